"""Readable text out of Markdown and reStructuredText: the markup a reader never sees is dropped.

A README says "Latest version is `psutil 6.1.1 <https://pypi.org/…>`__" and
shows "Latest version is psutil 6.1.1". The model, the embedder and BM25 are
given what the reader sees: link targets, emphasis and code delimiters, badge
images, heading underlines and directive lines cost prompt tokens and pull
the small model towards markup instead of words.

Characters are only removed, never added or moved, and newlines always stay,
so every character of the result maps back to its offset in the file and
line numbers are the file's.
"""

from __future__ import annotations

import re
from array import array

MARKUP_SUFFIXES = {".md", ".markdown", ".rst"}

_M = re.MULTILINE
# whole lines that show nothing: heading underlines and rules ("=====", "-----"), directive and
# substitution definitions (".. |ci| image:: https://…", ".. code-block:: python"), and their
# indented options (":target: https://…")
_HIDDEN_LINES = [
    re.compile(r"^[ \t]*([=\-~^\"'`#*+:.])\1{2,}[ \t]*$", _M),
    re.compile(r"^\.\.[ \t]+[^\n]*::[^\n]*$", _M),
    re.compile(r"^\.\.[ \t]+_[^\n]*:[^\n]*$", _M),  # RST link targets: ".. _pypi: https://…"
    re.compile(r"^[ \t]+:[\w-]+:(?:[ \t][^\n]*)?$", _M),
    re.compile(r"^[ \t]*(?:```|~~~)[\w+.-]*[ \t]*$", _M),  # code fences
    re.compile(r"^[ \t|:+-]*\|[ \t|:+-]*$", _M),  # table rules "|---|:--|" and rows left empty
]
# (pattern, groups to keep): everything the match covers outside the kept groups is dropped
_INLINE: list[tuple[re.Pattern[str], tuple[int, ...]]] = [
    (re.compile(r"^#{1,6}[ \t]+([^\n]*?)(?:[ \t]+#+)?[ \t]*$", _M), (1,)),  # "## Heading ##"
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), (1,)),  # ![alt](image.png)
    (re.compile(r"\[([^\]\n]+)\]\((?:[^()\n]|\([^()\n]*\))*\)"), (1,)),  # [text](url)
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), (1,)),  # [text][ref]
    (re.compile(r"`([^`<\n]+?)[ \t]*<[^>\n]+>`_{1,2}"), (1,)),  # `text <url>`__
    (re.compile(r"(?<![\w`]):[\w:+.-]+:`([^`\n]+)`"), (1,)),  # :func:`name`
    (re.compile(r"``([^`\n]+)``"), (1,)),  # ``code``
    (re.compile(r"(?<!`)`([^`\n]+)`(?:_{1,2})?(?!`)"), (1,)),  # `code`, `name`_
    # **bold**, also over a line break; not 2**10 or **kwargs ("__bold__" is left: it is __init__ too)
    (re.compile(r"(?<![\w*])\*\*(?=\S)((?:[^*\n]|\n(?![ \t]*\n))+?)(?<=\S)\*\*(?![\w*])"), (1,)),
    (re.compile(r"(?<![\w*])\*([^*\s][^*\n]*?)\*(?![\w*])"), (1,)),  # *italic*
    (re.compile(r"(?<![\w|])\|[\w-][\w .-]*\|_{0,2}(?![\w|])"), ()),  # |badge| substitutions
]


def extract_markup(source: str, offset_type: type[array] = array) -> tuple[str, array]:
    """The visible text of a Markdown or reStructuredText document and the source offset of each character."""
    keep = bytearray(b"\x01") * len(source)

    def drop(a: int, b: int) -> None:
        keep[a:b] = bytes(b - a)

    for pattern in _HIDDEN_LINES:
        for m in pattern.finditer(source):
            drop(m.start(), m.end())
    for pattern, kept in _INLINE:
        for m in pattern.finditer(source):
            if not all(keep[m.start() : m.end()]):
                continue  # overlaps markup already dropped (a link inside a hidden line, say)
            cut = m.start()
            for g in kept:
                drop(cut, m.start(g))
                cut = m.end(g)
            drop(cut, m.end())
    # newlines are never dropped: line numbers stay the file's
    for m in re.finditer("\n", source):
        keep[m.start()] = 1
    pieces: list[str] = []
    offsets = offset_type("q")
    for run in re.finditer(rb"\x01+", keep):  # runs of kept characters, copied a slice at a time
        pieces.append(source[run.start() : run.end()])
        offsets.extend(range(run.start(), run.end()))
    return "".join(pieces), offsets
