"""Finding and loading documents: .txt, .md and .html (text only).

A :class:`Document` holds the decoded text that is chunked. For HTML that is
the extracted text, with a map from each of its characters back to an offset
in the decoded source, so chunks still point at exact lines of the file.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable

from rag.errors import DocumentError

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".rst"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
#: larger files are skipped with a warning (a 64 MiB text file is ~10M words: not a document)
MAX_FILE_BYTES = 64 * 1024 * 1024


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
    #: the text to chunk: ``source_text`` itself, or the text extracted from HTML
    text: str
    sha256: str
    size: int
    #: for HTML: offset in ``source_text`` of every character of ``text``
    offset_map: list[int] | None = None
    warnings: list[str] = field(default_factory=list)
    #: for HTML: offset in ``source_text`` just past the markup each character of ``text`` came from
    #: (past the whole ``&amp;`` for a decoded entity); None means ``offset_map[i] + 1``
    end_map: list[int] | None = None

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


def scan(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Skipped]]:
    """Expand files and folders into the supported files below them, sorted.

    Hidden files and folders are passed over; folder symlinks are not followed
    (so a symlink loop cannot trap the walk); unsupported files are returned
    as skipped, with the reason.
    """
    found: dict[str, Path] = {}
    skipped: list[Skipped] = []
    for raw in paths:
        p = Path(raw).expanduser()
        if not p.exists():
            raise DocumentError(f"No such file or folder: {raw}.", hint="Check the path and try again.")
        if p.is_dir():
            for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if name.startswith("."):
                        continue
                    _consider(Path(dirpath) / name, found, skipped)
        else:
            _consider(p, found, skipped)
    return [found[k] for k in sorted(found)], skipped


def _consider(path: Path, found: dict[str, Path], skipped: list[Skipped]) -> None:
    try:
        st = path.stat()
    except OSError as exc:  # dangling or looping symlink, vanished file
        skipped.append(Skipped(str(path), f"cannot read ({exc.strerror or exc})"))
        return
    if not stat.S_ISREG(st.st_mode):
        return
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        skipped.append(Skipped(str(path), f"unsupported file type {path.suffix or '(none)'}"))
        return
    if st.st_size > MAX_FILE_BYTES:
        skipped.append(Skipped(str(path), f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB"))
        return
    resolved = path.resolve()
    found.setdefault(str(resolved), resolved)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def load(path: Path) -> Document | Skipped:
    """Read and decode one file. Returns :class:`Skipped` for binary or unreadable files."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(str(path), f"cannot read ({exc.strerror or exc})")
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 with a byte-order mark (Windows "Unicode" text): full of NUL bytes, yet text
        decoded = data.decode("utf-16", errors="replace")
    elif b"\x00" in data[:8192]:
        return Skipped(str(path), "binary file")
    else:
        try:
            decoded = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            decoded = data.decode("utf-8", errors="replace")
            warnings.append(f"{path.name}: not valid UTF-8; undecodable bytes were replaced")
    # one newline convention, so that offsets and line numbers agree with editors
    decoded = decoded.replace("\r\n", "\n").replace("\r", "\n")
    sha = hashlib.sha256(data).hexdigest()
    if path.suffix.lower() in HTML_SUFFIXES:
        text, offsets, ends = _extract_html(decoded)
        return Document(path, decoded, text, sha, len(data), offsets, warnings, ends)
    return Document(path, decoded, decoded, sha, len(data), None, warnings)


_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "header", "footer", "blockquote", "pre", "hr", "dt", "dd", "title", "figcaption", "main",
    "aside", "nav", "td", "th",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head"}


#: tags that may appear in <head>; any other content tag ends a <head> left unclosed
_HEAD_TAGS = {"title", "meta", "link", "base", "style", "script", "noscript", "template"}


class _Extractor(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0]
        for i, ch in enumerate(source):
            if ch == "\n":
                self.line_starts.append(i + 1)
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.ends: list[int] = []
        #: open elements whose content is not text (script, style, head...), innermost last
        self.skipping: list[str] = []

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _add(self, ch: str, start: int, end: int) -> None:
        self.chars.append(ch)
        self.offsets.append(start)
        self.ends.append(end)

    def _newline(self) -> None:
        if self.chars and self.chars[-1] != "\n":
            pos = self._pos()
            self._add("\n", pos, pos + 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <head> is often left unclosed: <body> (or any body content) ends it, as in a browser
        if "head" in self.skipping and (tag == "body" or tag not in _HEAD_TAGS):
            del self.skipping[self.skipping.index("head") :]
        if tag in _SKIP_TAGS:
            self.skipping.append(tag)
        elif tag in _BLOCK_TAGS:
            self._newline()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            if tag in self.skipping:  # a stray end tag closes nothing
                del self.skipping[len(self.skipping) - 1 - self.skipping[::-1].index(tag) :]
        elif tag in _BLOCK_TAGS:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        start = self._pos()
        for i, ch in enumerate(data):
            self._add(ch, start + i, start + i + 1)

    def _entity(self, prefix: str, name: str) -> None:
        if self.skipping:
            return
        import html

        start = self._pos()
        raw = prefix + name
        if self.source.startswith(";", start + len(raw)):
            raw += ";"
        decoded = html.unescape(raw)
        if decoded == raw:  # not an entity after all ("AT&T"): the characters as written
            for i, ch in enumerate(raw):
                self._add(ch, start + i, start + i + 1)
            return
        for ch in decoded:
            self._add(ch, start, start + len(raw))

    def handle_entityref(self, name: str) -> None:
        self._entity("&", name)

    def handle_charref(self, name: str) -> None:
        self._entity("&#", name)


def _extract_html(source: str) -> tuple[str, list[int], list[int]]:
    parser = _Extractor(source)
    try:
        parser.feed(source)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; a failure leaves what was extracted
        pass
    return "".join(parser.chars), parser.offsets, parser.ends


def extract_html(source: str) -> tuple[str, list[int]]:
    """Visible text of an HTML document and the source offset of each of its characters."""
    text, offsets, _ = _extract_html(source)
    return text, offsets
