"""Finding and loading documents: .txt, .md, .rst and .html (text only).

A :class:`Document` holds the decoded text that is chunked. For HTML that is
the extracted text (:mod:`rag.documents.html_text`), and for Markdown and reStructuredText the text without its
markup (:mod:`rag.documents.markup`), each with a map from each of its characters back to
an offset in the decoded source, so chunks still point at exact lines of the file.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

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


#: share of control or undecodable characters above which a file is taken for binary
_BINARY_SHARE = 0.10
_BINARY_SAMPLE = 65536
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd]")


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data[:8192]:
        return True
    sample = data[:_BINARY_SAMPLE]
    if not _UTF8_SEQUENCE.search(sample):
        # judged as the Windows-1252 it is then read as (_decode_legacy): read as UTF-8, every accent of a
        # Latin-1 file counted as an undecodable byte, and a short French or German one ("Caf\xe9 cr\xe8me
        # \xe0 Gen\xe8ve", 13 %) was skipped as binary
        return _mostly_control(sample.decode("cp1252", errors="replace"))
    return _mostly_control(sample.decode("utf-8", errors="replace"))


def _mostly_control(sample: str) -> bool:
    """Whether more than :data:`_BINARY_SHARE` of decoded ``sample`` is control or undecodable characters."""
    return bool(sample) and len(_CONTROL_CHARS.findall(sample)) / len(sample) > _BINARY_SHARE


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text without a byte-order mark (some Windows exports): in
    mostly-Latin text one byte of each pair is NUL, always the same one, which binary data does not
    keep up; text in other scripts is judged by its characters (:func:`_utf16_of_other_scripts`); None
    otherwise (and for a sample too short to tell)."""
    sample = data[:4096]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 16:
        return None
    pairs = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for nuls, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls < 0.9 * pairs or other > 0.01 * pairs:
            continue
        text = sample.decode(codec, errors="replace")
        if "\x00" not in text and not _mostly_control(text):
            return codec
    if even or odd:  # 8-bit text holds no NUL byte: a Latin-1 file is never taken for UTF-16
        return _utf16_of_other_scripts(sample)
    return None


#: the blocks most text is written in: ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai,
#: punctuation and symbols, the CJK blocks (punctuation, kana, jamo, ideographs), Hangul, fullwidth forms
_TEXT_BLOCKS = re.compile(
    "[\t\n\r\x20-\x7e\u00a0-\u024f\u0370-\u052f\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f\u2000-\u27bf"
    "\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
)
#: share of a UTF-16 reading that must fall in :data:`_TEXT_BLOCKS`
_TEXT_SHARE = 0.95
#: share of its characters above U+00FF (that have no NUL byte) that may be made of two ASCII bytes
_ASCII_PAIRS = 0.75


def _utf16_of_other_scripts(sample: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text without a byte-order mark in Chinese, Japanese, Korean,
    Cyrillic or another script outside Latin, where few bytes are NUL (the high bytes of its spaces,
    newlines and digits, the low bytes of a few letters: U+4E00): read in its own byte order, such
    text stays in :data:`_TEXT_BLOCKS`; read in the other order, or binary data read as UTF-16, strays
    out of them or has a lone surrogate.

    ASCII text with NUL bytes in it (``find -print0`` lists, records) also stays in them, as CJK
    ideographs (b"ab" is U+6162): there nearly every character is two ASCII bytes, in Chinese or
    Japanese about a third to a half of them (:data:`_ASCII_PAIRS`). Measured (2026-12-03) on windows
    of 8-2,000 characters of the Chinese, Japanese, Korean, Russian and European texts at hand (GnuPG's
    help files, CPython's CJK codec tests): 3,997 of 3,999 read in their own order; none of 16,000 binary
    strings (random, random with NULs, ASCII text with NULs inserted, NUL-separated words and lines,
    records) taken for UTF-16, nor any of 90,000 files with NUL bytes on a development machine but
    UTF-16 text and files of suffixes rag never reads (.pyc, .a). A text without a single space,
    newline or digit stays out of reach."""
    best, best_share = None, _TEXT_SHARE
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            # incremental, not final: a surrogate pair cut at the sample's end is no error
            text = codecs.getincrementaldecoder(codec)().decode(sample)
        except UnicodeDecodeError:  # a lone surrogate: not text in this byte order
            continue
        share = len(_TEXT_BLOCKS.findall(text)) / len(text) if text else 0.0
        # no letter of a language is a quarter of its text; one number over and over (a tensor of 1.0,
        # b"\x00\x00\x80?" read as "耀?") is half of it
        letters = Counter(c for c in text if not c.isspace())
        varied = not letters or max(letters.values()) <= len(text) / 4
        if share >= best_share and varied and _ascii_pair_share(text) <= _ASCII_PAIRS:
            best, best_share = codec, share
    return best


def _ascii_pair_share(text: str) -> float:
    """Of the characters of ``text`` above U+00FF without a NUL byte, the share whose high byte is
    printable ASCII and low byte ASCII (what two bytes of ASCII text read as UTF-16 give)."""
    wide = [ord(c) for c in text if ord(c) > 0xFF and ord(c) & 0xFF]
    if not wide:
        return 0.0
    return sum(1 for c in wide if 0x20 <= c >> 8 <= 0x7E and c & 0xFF < 0x80) / len(wide)


def load(path: Path) -> Document | Skipped:
    """Read and decode one file. Returns :class:`Skipped` for binary, unreadable or vanished files."""
    read = _read_stable(path)
    if isinstance(read, Skipped):
        return read
    data, st = read
    if path.suffix.lower() in LOADER_SUFFIXES:
        return _load_binary(path, data, st)
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 with a byte-order mark (Windows "Unicode" text): full of NUL bytes, yet text
        decoded = data.decode("utf-16", errors="replace")
    elif (utf16 := _utf16_without_bom(data)) is not None:
        decoded = data.decode(utf16, errors="replace")
        warnings.append(f"{path}: no byte-order mark; read as {utf16.upper()}")
    elif _looks_binary(data):
        return Skipped(str(path), "binary file, not text")
    else:
        try:
            decoded = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            decoded, how = _decode_legacy(data)
            warnings.append(f"{path}: not valid UTF-8; {how}")
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


# a UTF-8 multi-byte sequence: a file holding one is UTF-8 with some damage, not a legacy code page
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Text of a file that is not UTF-8, and how it was read.

    Old Windows and Latin-1 text files ("café" as the single byte E9) are read
    as Windows-1252, so their accented words can still be found; a file that
    does hold UTF-8 sequences keeps them, with the broken bytes replaced.
    """
    if not _UTF8_SEQUENCE.search(data):
        try:
            return data.decode("cp1252"), "read as Windows-1252 (Latin-1)"
        except UnicodeDecodeError:  # one of the five bytes cp1252 leaves undefined
            pass
    return data.decode("utf-8", errors="replace"), "undecodable bytes were replaced"
