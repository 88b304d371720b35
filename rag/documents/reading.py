"""Finding and loading documents: .txt, .md, .rst and .html (text only).

A :class:`Document` holds the decoded text that is chunked. For HTML that is
the extracted text (:mod:`rag.documents.html_text`), and for Markdown and reStructuredText the text without its
markup (:mod:`rag.documents.markup`), each with a map from each of its characters back to
an offset in the decoded source, so chunks still point at exact lines of the file.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from rag.documents.encodings import decode
from rag.documents.filetypes import is_binary_name, is_prose
from rag.documents.html_text import OffsetMap, extract_html_mapped
from rag.documents.ignore import IgnoreRules
from rag.documents.loaders import SUFFIXES as LOADER_SUFFIXES
from rag.documents.markup import MARKUP_SUFFIXES, extract_markup, markup_headings
from rag.errors import DocumentError

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
#: larger files are skipped with a warning (RAG_MAX_FILE_MB overrides it). A 16 MiB text file is
#: ~2.5M words, ~25,000 chunks of prose, and 56,301 for a changelog of short lines (a sweep, 2026-12-02:
#: ~80 min of embedding on 2 cores). At 50 MB (~76,000 chunks) chunking, BM25
#: and near-duplicate linking alone took ~110 s with the fake embedder, and the real one needs tens
#: of minutes: such a file is a dump, not a document, and is better split.
MAX_FILE_BYTES = 16 * 1024 * 1024
#: a file still changing after this many reads is skipped (it is being written)
READ_ATTEMPTS = 3


def max_file_bytes(home: Path | None = None) -> int:
    """The size limit: RAG_MAX_FILE_MB (environment, then rag.toml; read per call) or :data:`MAX_FILE_BYTES`."""
    from rag.config_file import number

    value = number("RAG_MAX_FILE_MB", home, "megabytes", zero_ok=False)
    return MAX_FILE_BYTES if value is None else int(value * 1024 * 1024)


@dataclass
class Skipped:
    path: str
    reason: str


@dataclass
class Document:
    """A loaded document."""

    path: Path
    #: the decoded text of the file (what chunk offsets index into, for text files)
    source_text: str
    #: the text to chunk: ``source_text`` itself, or the text extracted from HTML or markup
    text: str
    sha256: str
    size: int
    #: for HTML and markup: offset in ``source_text`` of every character of ``text``
    offset_map: Sequence[int] | None = None
    warnings: list[str] = field(default_factory=list)
    #: for HTML: offset in ``source_text`` just past the markup each character of ``text`` came from
    #: (past the whole ``&amp;`` for a decoded entity); None means ``offset_map[i] + 1``
    end_map: Sequence[int] | None = None
    #: mtime of the file when it was read (the version ``sha256`` is of)
    mtime_ns: int | None = None
    #: "page" or "slide" for paged documents (PDF, PPTX), with ``units``: (offset in ``text`` where a
    #: page or slide starts, its 1-based number), in order
    unit_kind: str | None = None
    units: Sequence[tuple[int, int]] | None = None
    #: (offset in ``text`` where a heading's section starts, the heading path), in order (DOCX, EPUB,
    #: Markdown, reStructuredText)
    headings: Sequence[tuple[int, str]] | None = None
    #: whether a chunk ends where a heading's section does (DOCX, EPUB); a Markdown or reST chunk
    #: only carries the heading in force where it starts: a README's many short sections would
    #: otherwise become passages of a line or two
    cut_at_headings: bool = True
    #: code, data or configuration: chunked by lines, not sentences
    by_lines: bool = False

    def source_offset(self, i: int) -> int:
        """Offset in ``source_text`` of character ``i`` of ``text`` (``i == len(text)`` allowed)."""
        if self.offset_map is None:
            return i
        if not self.offset_map:
            return 0
        if i >= len(self.offset_map):
            return self.source_end(len(self.offset_map) - 1)
        return self.offset_map[i]

    def source_end(self, i: int) -> int:
        """Offset in ``source_text`` just past character ``i`` of ``text`` (for the end of a span)."""
        if self.offset_map is None:
            return i + 1
        if self.end_map is not None and 0 <= i < len(self.end_map):
            return self.end_map[i]
        return self.source_offset(i) + 1


def scan(
    paths: Iterable[str | os.PathLike[str]], limit: int | None = None, left_out: Callable[[Path], bool] | None = None
) -> tuple[list[Path], list[Skipped]]:
    """Expand files and folders into the supported files below them, sorted.

    Hidden files and folders are passed over; folder symlinks are not followed
    (so a symlink loop cannot trap the walk) but are reported, as are
    unsupported, unreadable, looping and oversized files, each with the reason.
    A file for which ``left_out`` is true, as the scan finds it (a file symlink by
    its link, not its target), is passed over too.
    """
    found: dict[str, Path] = {}
    skipped: list[Skipped] = []
    limit = max_file_bytes() if limit is None else limit
    for raw in paths:
        p = Path(raw).expanduser()
        if not p.exists():
            if p.is_symlink():  # a dangling or looping symlink named on the command line
                skipped.append(Skipped(str(p), _stat_reason(p)))
                continue
            raise DocumentError(f"No such file or folder: {raw}.", hint="Check the path and try again.")
        if p.is_dir():

            def unreadable(exc: OSError, root: Path = p) -> None:
                skipped.append(Skipped(str(exc.filename or root), f"cannot read folder ({exc.strerror or exc})"))

            rules = IgnoreRules()
            for dirpath, dirnames, filenames in os.walk(p, followlinks=False, onerror=unreadable):
                here = Path(dirpath)
                rules.enter(here)
                visible = []
                for d in sorted(dirnames):
                    if d.startswith(".") or rules.ignored(here / d, is_dir=True):
                        continue
                    try:
                        link = (here / d).is_symlink()
                    except OSError as exc:  # a folder rag may list but not enter (no search permission)
                        unreadable(exc, here / d)
                        continue
                    if link:
                        skipped.append(Skipped(str(here / d), _folder_link_reason(here, here / d)))
                        continue
                    visible.append(d)
                dirnames[:] = visible
                for name in sorted(filenames):
                    if name.startswith(".") or rules.ignored(here / name, is_dir=False):
                        continue
                    if left_out is None or not left_out(here / name):
                        _consider(here / name, found, skipped, limit)
        else:
            _consider(p, found, skipped, limit)
    return [found[k] for k in sorted(found)], skipped


def _folder_link_reason(parent: Path, link: Path) -> str:
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):
        return "symlink loop or dangling folder symlink; not followed"
    here = parent.resolve()
    if target == here or target in here.parents:
        return f"symlink loop (points back to {target}); not followed"
    return f"folder symlink not followed; to index it, run: rag ingest {target}"


def _stat_reason(path: Path) -> str:
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop; not followed"
        if exc.errno == errno.ENOENT and path.is_symlink():
            return "dangling symlink (its target does not exist)"
        return f"cannot read ({exc.strerror or exc})"
    return "cannot read"


def _consider(path: Path, found: dict[str, Path], skipped: list[Skipped], limit: int) -> None:
    try:
        st = path.stat()
    except OSError:  # dangling or looping symlink, vanished file
        skipped.append(Skipped(str(path), _stat_reason(path)))
        return
    if stat.S_ISDIR(st.st_mode):
        return
    if not stat.S_ISREG(st.st_mode):  # a FIFO would block the read forever
        skipped.append(Skipped(str(path), "not a regular file (a pipe, socket or device)"))
        return
    if is_binary_name(path):
        # every other file is read when its content is text, whatever its suffix
        skipped.append(Skipped(str(path), f"unsupported file type {path.suffix} (binary)"))
        return
    if st.st_size > limit:
        skipped.append(
            Skipped(
                str(path),
                f"too large ({st.st_size / (1024 * 1024):.0f} MiB; the limit is {limit / (1024 * 1024):g} MiB): "
                "split it into smaller files, or raise RAG_MAX_FILE_MB",
            )
        )
        return
    resolved = path.resolve()
    found.setdefault(str(resolved), resolved)


def file_sha256(path: Path) -> str:
    """sha256 of a file, read in blocks (the one checksum helper of rag)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 22), b""):
            h.update(block)
    return h.hexdigest()


def _read_stable(path: Path) -> tuple[bytes, os.stat_result] | Skipped:
    """The bytes of ``path`` and the stat they go with; Skipped when unreadable or still changing.

    The file's size and mtime are taken before and after the read: when they differ, the file was
    written to while being read (the bytes may mix two versions) and it is read again.
    """
    for _ in range(READ_ATTEMPTS):
        try:
            with path.open("rb") as fh:
                before = os.fstat(fh.fileno())
                data = fh.read()
                after = os.fstat(fh.fileno())
        except FileNotFoundError:
            return Skipped(str(path), "deleted during ingest")
        except PermissionError as exc:
            return Skipped(str(path), f"cannot read ({exc.strerror or 'permission denied'}): check its permissions")
        except IsADirectoryError:
            return Skipped(str(path), "is a folder, not a file")
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return Skipped(str(path), "symlink loop; not followed")
            return Skipped(str(path), f"cannot read ({exc.strerror or exc})")
        if (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns) and len(data) == after.st_size:
            return data, after
    return Skipped(str(path), "changed while being read (is it still being written?): run rag ingest again later")


def load(path: Path) -> Document | Skipped:
    """Read and decode one file. Returns :class:`Skipped` for binary, unreadable or vanished files."""
    read = _read_stable(path)
    if isinstance(read, Skipped):
        return read
    data, st = read
    if path.suffix.lower() in LOADER_SUFFIXES:
        return _load_binary(path, data, st)
    read_as = decode(data)
    if read_as is None:
        return Skipped(str(path), "binary file, not text")
    decoded, how = read_as
    warnings = [f"{path}: {how}"] if how else []
    # one newline convention, so that offsets and line numbers agree with editors
    decoded = decoded.replace("\r\n", "\n").replace("\r", "\n")
    sha = hashlib.sha256(data).hexdigest()
    if path.suffix.lower() in HTML_SUFFIXES:
        text, offsets, ends = extract_html_mapped(decoded)
        return Document(path, decoded, text, sha, len(data), offsets, warnings, ends, st.st_mtime_ns)
    if path.suffix.lower() in MARKUP_SUFFIXES:
        text, offsets = extract_markup(decoded, OffsetMap)
        return Document(
            path, decoded, text, sha, len(data), offsets, warnings, None, st.st_mtime_ns,
            headings=markup_headings(decoded, offsets) or None, cut_at_headings=False,
        )  # fmt: skip
    return Document(path, decoded, decoded, sha, len(data), None, warnings, None, st.st_mtime_ns, by_lines=not is_prose(path))


def _load_binary(path: Path, data: bytes, st: os.stat_result) -> Document | Skipped:
    """A PDF, DOCX, PPTX or EPUB through its loader; Skipped with the reason (and the install command
    when the loader's package is missing)."""
    from rag.documents.loaders import LoaderError, loader_for

    loader = loader_for(path.suffix.lower())
    assert loader is not None
    missing = loader.missing()
    if missing:
        pins = " ".join(f"'{r.pip}'" for r in missing)
        return Skipped(str(path), f"reading {path.suffix.lower()} files needs {', '.join(r.pip for r in missing)}: pip install {pins}")
    from rag.process.stage import stage

    stage(f"reading {path} ({loader.__class__.__name__})")
    try:
        got = loader.extract(path, data)
    except LoaderError as exc:
        return Skipped(str(path), str(exc))
    except (MemoryError, RecursionError) as exc:
        return Skipped(str(path), f"too complex to read ({exc.__class__.__name__})")
    except Exception as exc:  # noqa: BLE001 - one odd file must not stop an ingest of hundreds
        if os.environ.get("RAG_DEBUG"):
            raise
        return Skipped(str(path), f"cannot be read ({exc.__class__.__name__}: {' '.join(str(exc).split())[:160]})")
    if not got.text.strip():
        return Skipped(str(path), "no text in it (a scan or images only: rag reads text layers, it does no OCR)")
    sha = hashlib.sha256(data).hexdigest()
    return Document(
        path, got.text, got.text, sha, len(data), None, [f"{path}: {w}" for w in got.warnings], None, st.st_mtime_ns,
        unit_kind=got.unit_kind, units=got.units or None, headings=got.headings or None,
    )  # fmt: skip
