"""What a document loader is: the suffixes it reads, the packages it needs, the text it extracts.

Loaders for binary formats (PDF, DOCX, PPTX, EPUB) turn a file's bytes into
plain text plus where each page, slide or heading starts in it; chunking
carries those places to every chunk, and so to the citation
(``manual.pdf p. 7``). A loader whose package is missing is not an error: the
file is skipped with a warning that names the install command (ragna's
``DocumentHandler.requirements()`` is the model).
"""

from __future__ import annotations

import importlib.util
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class LoaderError(Exception):
    """The file cannot be read by its loader (encrypted, corrupt, too big inside); the message says why."""


@dataclass(frozen=True)
class Requirement:
    """A Python package a loader imports: its module name and the pinned pip requirement."""

    module: str
    pip: str

    @property
    def available(self) -> bool:
        return importlib.util.find_spec(self.module) is not None


@dataclass
class Extracted:
    """The text of a binary document and where its pages, slides or headings start in it."""

    text: str
    #: "page" or "slide" when ``units`` are given
    unit_kind: str | None = None
    #: (offset in ``text``, 1-based page or slide number), in order
    units: list[tuple[int, int]] = field(default_factory=list)
    #: (offset in ``text``, heading path), in order
    headings: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class Loader(ABC):
    """Reads one family of file formats."""

    #: lower-case suffixes, with the dot
    suffixes: tuple[str, ...] = ()

    def requirements(self) -> list[Requirement]:
        """The packages this loader imports (none by default)."""
        return []

    def missing(self) -> list[Requirement]:
        """The requirements that are not installed."""
        return [r for r in self.requirements() if not r.available]

    @abstractmethod
    def extract(self, path: Path, data: bytes) -> Extracted:
        """The text of the document in ``data`` (the bytes of ``path``); LoaderError when unreadable."""


class TextBuilder:
    """Joins blocks of text with blank lines and records where pages, slides and headings start."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.units: list[tuple[int, int]] = []
        self.headings: list[tuple[int, str]] = []

    def _sep(self) -> None:
        if self.length:
            self.parts.append("\n\n")
            self.length += 2

    def unit(self, number: int) -> None:
        """The next block starts page or slide ``number``."""
        self._sep()
        self.units.append((self.length, number))

    def heading(self, path: str) -> None:
        """The next block starts the section under the heading ``path``."""
        self._sep()
        self.headings.append((self.length, " ".join(_CONTROL.sub(" ", path).split())))

    def add(self, block: str) -> None:
        """A block of text (a paragraph, a table row, a page's text), without outer blank lines."""
        # one newline convention, as for text files; control characters other than newline and tab
        # are dropped (a PDF's form feeds, stray escapes): nothing from a document reaches a terminal raw
        block = _CONTROL.sub("", block.replace("\r\n", "\n").replace("\r", "\n")).strip("\n")
        if not block.strip():
            return
        if self.parts and not self.parts[-1].endswith("\n\n"):
            self.parts.append("\n\n")
            self.length += 2
        self.parts.append(block)
        self.length += len(block)

    def text(self) -> str:
        return "".join(self.parts)
