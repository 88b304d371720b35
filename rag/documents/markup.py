"""Readable text out of Markdown and reStructuredText: the markup a reader never sees is dropped.

A README says "Latest version is `psutil 6.1.1 <https://pypi.org/…>`__" and
shows "Latest version is psutil 6.1.1". The model, the embedder and BM25 are
given what the reader sees: link targets, emphasis and code delimiters, badge
images, heading underlines and directive lines cost prompt tokens and pull
the small model towards markup instead of words.

Characters are only removed, never added or moved, and newlines always stay,
so every character of the result maps back to its offset in the file and
line numbers are the file's. Code (fenced or indented blocks) is left exactly
as written: there `*`, `_`, `[` and backticks are content. Every pattern runs
in linear time, whatever a hostile file holds (no pattern can scan past the
next occurrence of its own opening character, and lengths are bounded).
"""

from __future__ import annotations

import bisect
import re
from array import array

MARKUP_SUFFIXES = {".md", ".markdown", ".rst"}

_LINE = re.compile(r"^[^\n]*", re.MULTILINE)
# heading underlines and rules: "=====", "-----", "~~~~", "****"
_RULE = re.compile(r"[ \t]*([=\-~^#*+:_])\1{2,}[ \t]*")
_FENCE = re.compile(r"[ \t]{0,3}(```|~~~)")
_LIST_ITEM = re.compile(r"[ \t]+(?:[-*+]|\d{1,9}[.)])[ \t]+")
_TABLE_RULE = re.compile(r"[ \t|:+-]*\|[ \t|:+-]*")  # "|---|:--|", and a row left empty
_HEADING = re.compile(r"#{1,6}[ \t]+")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
# reST: ".. name:: argument", ".. |sub| image:: url", ".. _target: url", and a directive's ":option: value" lines
_DIRECTIVE = re.compile(r"\.\.[ \t]+(\|[^|\n]{1,100}\|[ \t]+)?([\w:.+-]{1,60})::[ \t]*")
_TARGET = re.compile(r"\.\.[ \t]+_[^\n]{0,200}:")
_OPTION = re.compile(r"[ \t]+:[\w-]{1,40}:")
_SUBSTITUTION_DEF = re.compile(r"^\.\.[ \t]+\|([^|\n]{1,100})\|", re.MULTILINE)
# directives whose argument is a file, URL or language, not something a reader reads
_SILENT_DIRECTIVES = {
    "image", "figure", "raw", "include", "literalinclude", "code", "code-block", "sourcecode",
    "highlight", "toctree", "contents", "meta", "only", "csv-table", "plot",
}

# (pattern, groups to keep): everything the match covers outside the kept groups is dropped.
# No class may hold the pattern's own opener ("[" in link text, "<" in a URL), so that a failed
# attempt stops at the next opener instead of scanning the rest of the line.
_INLINE: list[tuple[re.Pattern[str], tuple[int, ...]]] = [
    # [![CI](badge.svg)](link): a linked image
    (re.compile(r"\[!\[([^\[\]\n]{0,300})\]\([^()\s]{0,500}\)\]\([^()\s]{0,500}\)"), (1,)),
    (re.compile(r"!\[([^\[\]\n]{0,300})\]\([^()\s]{0,500}\)"), (1,)),  # ![alt](image.png)
    (re.compile(r"\[([^\[\]\n]{1,300})\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,500}\)"), (1,)),  # [text](url)
    (re.compile(r"\[([^\[\]\n]{1,300})\]\[[^\[\]\n]{0,100}\]"), (1,)),  # [text][ref]
    (re.compile(r"`([^`<\n]{1,300}?)[ \t]*<[^<>`\s]{1,500}>`_{1,2}"), (1,)),  # `text <url>`__
    (re.compile(r"(?<![\w`:]):[\w+.-]{1,40}(?::[\w+.-]{1,40})?:`([^`\n]{1,300})`"), (1,)),  # :func:`name`
    (re.compile(r"``([^`\n]{1,300})``"), (1,)),  # ``code``
    (re.compile(r"(?<!`)`([^`\n]{1,300})`(?:_{1,2})?(?!`)"), (1,)),  # `code`, `name`_
    # **bold**, also over a line break; not 2**10 or **kwargs ("__bold__" is left: it is __init__ too)
    (re.compile(r"(?<![\w*])\*\*(?=\S)((?:[^*\n]|\n(?![ \t]*\n)){1,1000}?)(?<=\S)\*\*(?![\w*])"), (1,)),
    # *italic*: closed right after a word, so "*.txt or *.md" and "a * b" stay
    (re.compile(r"(?<![\w*])\*([^*\s][^*\n]{0,300}?)(?<=\S)\*(?![\w*])"), (1,)),
]


def _code_lines(lines: list[tuple[int, int]], source: str) -> set[int]:
    """Indexes of the lines that are code: fenced blocks (fences included) and indented blocks."""
    code: set[int] = set()
    fence: str | None = None
    for n, (a, b) in enumerate(lines):
        line = source[a:b]
        m = _FENCE.match(line)
        if fence is not None:
            code.add(n)
            if m and m.group(1) == fence and not line[m.end():].strip(" \t" + fence[0]):
                fence = None
            continue
        if m:
            fence = m.group(1)
            code.add(n)
        elif line.startswith(("    ", "\t")) and line.strip():
            # an indented block (Markdown code, a reST literal block, a doctest) starts after a blank
            # line; an indented list item or a paragraph's continuation is prose
            previous = source[lines[n - 1][0] : lines[n - 1][1]] if n else ""
            if (n - 1 in code or not previous.strip()) and not _LIST_ITEM.match(line):
                code.add(n)
    return code


def extract_markup(source: str, offset_type: type[array] = array) -> tuple[str, array]:
    """The visible text of a Markdown or reStructuredText document and the source offset of each character."""
    keep = bytearray(b"\x01") * len(source)
    lines = [(m.start(), m.end()) for m in _LINE.finditer(source)]
    code = _code_lines(lines, source)
    _drop_line_markup(source, lines, code, keep)
    _drop_inline_markup(source, lines, code, keep)
    return _kept_text(source, keep, offset_type)


def _drop(keep: bytearray, a: int, b: int) -> None:
    """Mark ``source[a:b]`` as dropped in ``keep`` (one byte per character of the source: 1 kept, 0 dropped)."""
    keep[a:b] = bytes(b - a)


def _drop_line_markup(source: str, lines: list[tuple[int, int]], code: set[int], keep: bytearray) -> None:
    """Drop the markup that takes a whole line or its start: fence lines, reST directives and their
    option lines, targets, rules and underlines, table rules, ATX heading marks. A directive's option
    line is taken out of ``code`` (indented, yet not code), which the inline pass then reads."""
    in_directive = False
    for n, (a, b) in enumerate(lines):
        line = source[a:b]
        if in_directive and _OPTION.match(line):
            _drop(keep, a, b)  # ":target: https://…" under a directive (indented, yet not code)
            code.discard(n)
            continue
        in_directive = False
        if n in code:
            if _FENCE.match(line):
                _drop(keep, a, b)  # the fence line itself ("```python")
            continue
        directive = _DIRECTIVE.match(line)
        if directive:
            in_directive = True
            name = directive.group(2).split(":")[-1].lower()
            if directive.group(1) or name in _SILENT_DIRECTIVES:
                _drop(keep, a, b)
            else:  # ".. note:: Read this first." shows "Read this first."
                _drop(keep, a, a + directive.end())
            continue
        if _TARGET.match(line) or _RULE.fullmatch(line) or _TABLE_RULE.fullmatch(line):
            _drop(keep, a, b)
            continue
        heading = _HEADING.match(line)
        if heading:
            _drop(keep, a, a + heading.end())
            closing = _CLOSING_HASHES.search(line, heading.end())
            if closing:
                _drop(keep, a + closing.start(), b)


def _drop_inline_markup(source: str, lines: list[tuple[int, int]], code: set[int], keep: bytearray) -> None:
    """Drop inline markup (links, images, emphasis, code delimiters, roles, substitution references)
    outside code, keeping the groups a reader sees."""
    inline = list(_INLINE)
    # reST substitution references "|ci|" whose definition (".. |ci| image:: …") was dropped
    names = {re.escape(name) for name in _SUBSTITUTION_DEF.findall(source)}
    if names:
        inline.append((re.compile(r"(?<![\w|])\|(?:" + "|".join(sorted(names)) + r")\|_{0,2}(?![\w|])"), ()))
    starts = [a for a, _ in lines]
    for pattern, kept in inline:
        for m in pattern.finditer(source):
            if code and _touches(m.start(), m.end(), starts, code):
                continue
            cut = m.start()
            for g in kept:
                _drop(keep, cut, m.start(g))
                cut = m.end(g)
            _drop(keep, cut, m.end())


def _kept_text(source: str, keep: bytearray, offset_type: type[array]) -> tuple[str, array]:
    """The characters of ``source`` that ``keep`` keeps, newlines always, and each one's offset in ``source``."""
    # newlines are never dropped: line numbers stay the file's
    for m in re.finditer("\n", source):
        keep[m.start()] = 1
    pieces: list[str] = []
    offsets = offset_type("q")
    for run in re.finditer(rb"\x01+", keep):  # runs of kept characters, copied a slice at a time
        pieces.append(source[run.start() : run.end()])
        offsets.extend(range(run.start(), run.end()))
    return "".join(pieces), offsets


def _touches(start: int, end: int, starts: list[int], code: set[int]) -> bool:
    """True when ``source[start:end]`` reaches a line of code (``starts``: where each line begins)."""
    first = bisect.bisect_right(starts, start) - 1
    last = bisect.bisect_right(starts, max(start, end - 1)) - 1
    return any(n in code for n in range(first, last + 1))


# a reST adornment or a Markdown setext underline: one punctuation character repeated
_ADORNMENT = re.compile(r"([=\-~^\"'`#*+:_.])\1{2,}[ \t]*")
_ATX = re.compile(r"[ \t]{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_TITLE_MARKUP = re.compile(r"`+|\*\*|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")


def markup_headings(source: str, offsets: "array | list[int]") -> list[tuple[int, str]]:
    """(offset in the extracted text where a section starts, its heading path "A > B"), in order, for
    Markdown (``#`` and setext) and reStructuredText headings (a title under, or between, adornment
    lines; levels in the order the styles first appear, as docutils assigns them).

    A passage of a changelog under "2.3.0" says what changed, rarely which release: the heading is
    part of the passage's context (rag.index.constraints), as a DOCX heading is."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(source)]
    code = _code_lines(lines, source)
    styles: list[tuple[str, bool]] = []
    trail: list[tuple[int, str]] = []
    out: list[tuple[int, str]] = []

    def add(start: int, level: int, title: str) -> None:
        title = " ".join(_TITLE_MARKUP.sub("", title).split())
        if not title:
            return
        while trail and trail[-1][0] >= level:
            trail.pop()
        trail.append((level, title))
        out.append((bisect.bisect_left(offsets, start), " > ".join(t for _, t in trail)))

    n = 0
    while n < len(lines):
        a, b = lines[n]
        line = source[a:b]
        if n in code or not line.strip():
            n += 1
            continue
        atx = _ATX.match(line)
        if atx:
            add(a, len(atx.group(1)), atx.group(2))
            n += 1
            continue
        over = bool(_ADORNMENT.fullmatch(line))
        title_n = n + 1 if over else n
        if title_n + 1 < len(lines) and not {title_n, title_n + 1} & code:
            ta, tb = lines[title_n]
            title = source[ta:tb]
            ua, ub = lines[title_n + 1]
            under = _ADORNMENT.fullmatch(source[ua:ub])
            fits = under is not None and title.strip() and not _ADORNMENT.fullmatch(title) and not title.startswith((" ", "\t"))
            if fits and under is not None and (not over or source[a] == under.group(1)):
                style = (under.group(1), over)
                if style not in styles:
                    styles.append(style)
                add(a, 7 + styles.index(style), title)  # after any "#" level: a file mixes them rarely
                n = title_n + 2
                continue
        n += 1
    return out
