"""An index generation in memory, whichever store read it (:mod:`rag.index.store`'s files or a database):
its manifest and chunk records, the passages' contexts, and its vectors and BM25 opened on first use."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

import numpy as np

from rag.errors import IndexCorruptError
from rag.records import Chunk

if TYPE_CHECKING:  # pragma: no cover
    from rag.backends.ports import VectorIndex
    from rag.index.manifest import Manifest


#: a title's length at most: a headline rarely runs longer (a passage's text has its line breaks collapsed,
#: so a headline runs on into the date line and the first sentence)
TITLE_CHARS = 80
#: a setext underline ("=====", "-----") ends a title
_UNDERLINE = re.compile(r"\s(?:={3,}|-{3,})(?:\s|$)")


def title(opening: str) -> str:
    """A document's title as its opening holds it: its first sentence, to an underline, at most
    :data:`TITLE_CHARS` characters and no word cut short ("Git v2.17.5 Release Notes", not "… Fixes since
    v2.17.4")."""
    from rag.text import split_sentences

    first = _UNDERLINE.split(next(iter(split_sentences(opening)), ""), maxsplit=1)[0]
    cut = first[:TITLE_CHARS]
    if len(first) > TITLE_CHARS and first[TITLE_CHARS].isalnum() and cut[-1:].isalnum() and " " in cut:
        # not a word cut short: "… the 2021 Varnholt Cit" named a sibling of the Varnholt City Marathon (the
        # sixth smoke check's r067, eval/README.md, fifteenth step)
        cut = cut.rsplit(" ", 1)[0]
    return cut


def headline(opening: str) -> str:
    """A document's :func:`title` without the date line a news report's headline runs into ("'The Salt Orchard'
    takes Golden Heron at Brisca", not "… at Brisca September 19, 2021 — Brisca Evening Post")."""
    from rag.dates import FULL_DATE

    first = title(opening)
    date = FULL_DATE.search(first)
    return (first[: date.start()] if date and date.start() > 0 else first).strip()


class LoadedIndex:
    """An index generation in memory: its manifest and chunk records; vectors and BM25 open on first use.

    The store that read it supplies how to open them (a FAISS file, database tables), so retrieval
    works the same whichever store holds the index.
    """

    def __init__(
        self,
        generation: str,
        manifest: Manifest,
        chunks: list[Chunk],
        open_dense: "Callable[[], VectorIndex]",
        open_lexical: "Callable[[], Any]",
        folder: Path | None = None,
    ) -> None:
        #: the generation's name: a new one means an ingest switched the index
        self.generation = generation
        #: the generation's folder (the file store only)
        self.folder = folder
        self.manifest = manifest
        self.chunks = chunks
        self.position = {c.id: i for i, c in enumerate(chunks)}
        self._open_dense = open_dense
        self._open_lexical = open_lexical
        self._dense: VectorIndex | None = None
        self._lexical: Any = None
        groups: dict[str, list[int]] = {}
        for i, c in enumerate(chunks):
            groups.setdefault(c.canonical or c.id, []).append(i)
        #: canonical chunk id -> positions of all its copies (itself included)
        self.groups = groups
        self._contexts: list[str] | None = None
        self._heads: dict[int, str] = {}
        self._documents: dict[str, list[Chunk]] | None = None

    def document_chunks(self, source: str) -> list[Chunk]:
        """Every chunk of the document ``source``, in document order (built for all on first use)."""
        if self._documents is None:
            documents: dict[str, list[Chunk]] = {}
            for c in self.chunks:
                documents.setdefault(c.source, []).append(c)
            for parts in documents.values():
                parts.sort(key=lambda c: c.start_char)  # stable: chunks that start together keep their order
            self._documents = documents
        return self._documents.get(source, [])

    def opening(self, source: str) -> str:
        """The opening of the document ``source`` (a title, a date line): what every passage of it is read
        with by rag.index.constraints and the year check; "" for a source the index does not hold."""
        from rag.index.constraints import OPENING_CHARS

        parts = self.document_chunks(source)
        return parts[0].text[:OPENING_CHARS] if parts else ""

    def context(self, pos: int) -> str:
        """The chunk at ``pos`` with its own context, in lower case (what rag.index.constraints matches): its
        file's name, its heading, and the opening of its document (a title, a date line), where a year
        or a version the body leaves out often is. Built for every chunk on first use."""
        if self._contexts is None:
            self._contexts = [
                "\n".join(x for x in (c.file_name, c.heading or "", self.opening(c.source), c.embed_text) if x).lower()
                for c in self.chunks
            ]
        return self._contexts[pos]

    def head(self, pos: int) -> str:
        """The head of the chunk at ``pos``, in lower case: its file's name, its heading and its document's
        :func:`title`. A passage whose head names the year or the version asked is about it; one
        that names it only in its body may be another's ("This release merges up the fixes of v2.17.4")."""
        if pos not in self._heads:  # built on first use: a question's year may meet hundreds of passages
            c = self.chunks[pos]
            self._heads[pos] = "\n".join(x for x in (c.file_name, c.heading or "", title(self.opening(c.source))) if x).lower()
        return self._heads[pos]

    def open(self) -> None:
        """Open the vectors and the BM25 index now (a reader that searches needs both; once open, the
        generation's files may be removed)."""
        _ = self.dense, self.lexical

    @property
    def dense(self) -> "VectorIndex":
        if self._dense is None:
            dense = self._open_dense()
            if len(dense) != len(self.chunks):
                raise IndexCorruptError("The vector index and the chunk records disagree.", hint="Run: rag ingest --rebuild")
            if dense.dim != self.manifest.embedder.get("dim"):
                raise IndexCorruptError("The vector index and the manifest disagree on the vector size.", hint="Run: rag ingest --rebuild")
            self._dense = dense
        return self._dense

    @property
    def lexical(self) -> Any:
        if self._lexical is None:
            self._lexical = self._open_lexical()
        return self._lexical

    def vectors(self, positions: list[int] | None = None) -> np.ndarray:
        """Stored vectors (all, or at ``positions``)."""
        return self.dense.reconstruct(positions)
