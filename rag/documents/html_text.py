"""The visible text of an HTML document, with a map from each of its characters back to an offset in
the source, so that chunks of a page still point at exact lines of the file (stdlib html.parser)."""

from __future__ import annotations

import re
from array import array
from html.parser import HTMLParser
from typing import Sequence


class OffsetMap(array):
    """Source offsets as 8-byte integers: a list of Python ints costs ~36 bytes per character of an
    HTML page (1.3 GB for a 15 MB page). Indexes like a list and compares equal to one."""

    def __eq__(self, other: object) -> bool:
        if isinstance(other, list):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return array.__eq__(self, other)

    __hash__ = None


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
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        #: the extracted text, in pieces (one per text run or entity)
        self.chars: list[str] = []
        self.offsets = OffsetMap("q")
        self.ends = OffsetMap("q")
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
        if self.chars and not self.chars[-1].endswith("\n"):
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
        if self.skipping or not data:
            return
        import numpy as np

        start = self._pos()
        # a text run maps to consecutive source offsets: added in bulk, not character by character
        self.chars.append(data)
        run = np.arange(start, start + len(data) + 1, dtype=np.int64)
        self.offsets.frombytes(run[:-1].tobytes())
        self.ends.frombytes(run[1:].tobytes())

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


def extract_html_mapped(source: str) -> tuple[str, Sequence[int], Sequence[int]]:
    """Visible text of an HTML document, the source offset where each character starts and where it
    ends (an entity is one character of several source characters)."""
    parser = _Extractor(source)
    try:
        parser.feed(source)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; a failure leaves what was extracted
        pass
    return "".join(parser.chars), parser.offsets, parser.ends


def extract_html(source: str) -> tuple[str, Sequence[int]]:
    """Visible text of an HTML document and the source offset of each of its characters."""
    text, offsets, _ = extract_html_mapped(source)
    return text, offsets
