"""Chunking: sentence-aware windows with overlap, sized in the embedder's own tokens.

Documents are first cut into segments (:mod:`rag.ingestion.segments`): the article body, each
reader comment of a comment thread, and boilerplate (paywall notices, "Leave a Reply", photo
credits). Windows never cross a segment, so a comment is never mixed with the article it comments
on, and boilerplate never dilutes a passage.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from rag.documents.reading import Document
from rag.ingestion.segments import Segment, furniture, segment
from rag.records import Chunk
from rag.text import normalise, sentence_spans

#: counts the embedder's word pieces (no special tokens) of each text
TokenCounter = Callable[[Sequence[str]], list[int]]

_NEWLINE = re.compile("\n")


@dataclass(frozen=True)
class ChunkerConfig:
    chunk_tokens: int = 128
    overlap_tokens: int = 24
    #: hard limit of word pieces the embedder reads, special tokens included
    max_model_tokens: int = 256
    #: word pieces kept free for the context header of comments (see Chunk.embed_text)
    header_reserve: int = 24

    def as_dict(self) -> dict[str, int | str]:
        return {
            # bump when chunk boundaries, text or sections change, so that ingest rebuilds instead of
            # mixing old chunks of unchanged files with new ones (v3: Markdown and reST markup dropped;
            # v4: a Markdown or reST chunk carries its heading; v5: a photo's credit and an image's file
            # name are left out of the text)
            "strategy": "sentence-window-v5",
            "chunk_tokens": self.chunk_tokens,
            "overlap_tokens": self.overlap_tokens,
            "max_model_tokens": self.max_model_tokens,
        }

    @property
    def hard_limit(self) -> int:
        return min(self.chunk_tokens, self.max_model_tokens - 2 - self.header_reserve)


def _segment_limit(seg: Segment, count_tokens: TokenCounter, config: ChunkerConfig) -> int:
    """Word pieces a window of ``seg`` may hold, so that its embed_text (with the context
    header of a comment) still fits the model."""
    limit = config.hard_limit
    if seg.section == "comment" and seg.author:
        header = Chunk("", "", 0, 0, 0, 0, "", section=seg.section, author=seg.author).embed_text
        needed = count_tokens([header.strip()])[0]
        limit = min(limit, config.max_model_tokens - 2 - needed)
    return max(limit, 4)


def chunk_document(doc: Document, count_tokens: TokenCounter, config: ChunkerConfig) -> list[Chunk]:
    """Chunks of ``doc``; together they cover all of its non-blank text."""
    text = doc.text
    units: list[tuple[int, int, Segment]] = []
    normalised: list[str] = []
    limits: dict[Segment, int] = {}
    spans = _line_spans if doc.by_lines else sentence_spans
    segments = _split_at_sections([Segment(0, len(text), "body")] if doc.by_lines else segment(text), doc)
    # photo credits and image file names stay inside the windows (so that they move no chunk's bounds) but
    # out of their text
    left_out = [] if doc.by_lines else furniture(text, segments)
    for seg in segments:
        for a, b in spans(text, seg.start, seg.end):
            # a "sentence" of invisible characters only (zero-width spaces...) holds no text
            norm = normalise(text[a:b])
            if norm:
                units.append((a, b, seg))
                normalised.append(norm)
        if seg not in limits:
            limits[seg] = _segment_limit(seg, count_tokens, config)
    if not units:
        return []
    counts = count_tokens(normalised)
    del normalised
    units, counts, cut = _split_long(text, units, counts, count_tokens, limits)

    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(doc.source_text)]
    # surrogateescape: a file name that is not valid UTF-8 holds lone surrogates (PEP 383)
    base = hashlib.sha1(f"{doc.path}\0{doc.sha256}".encode("utf-8", "surrogateescape")).hexdigest()[:12]
    chunks: list[Chunk] = []
    i = 0
    while i < len(units):
        seg = units[i][2]
        limit = limits[seg]
        j, total = i, counts[i]
        while j + 1 < len(units) and units[j + 1][2] is seg and total + counts[j + 1] <= limit:
            j += 1
            total += counts[j]
        if cut and any(k in cut for k in range(i, j + 1)):
            # pieces of one long word are adjacent: the word pieces of their concatenation
            # are not the sum of theirs, so count the window itself
            while j > i and count_tokens([normalise(text[units[i][0] : units[j][1]])])[0] > limit:
                j -= 1
        chunk = _make_chunk(doc, units[i][0], units[j][1], seg, base, len(chunks), line_starts, left_out)
        if not chunk.text:  # a window of left-out text alone: kept, as boilerplate (as a line of a credit alone is)
            chunk = replace(chunk, text=normalise(text[units[i][0] : units[j][1]]), section="boilerplate", author=None)
        chunks.append(chunk)
        if j + 1 >= len(units):
            break
        # next window: the trailing sentences that fit in the overlap, if they are in the same segment
        nxt = j + 1
        if units[nxt][2] is seg:
            back, acc = j, 0
            while back > i and acc + counts[back] <= config.overlap_tokens:
                acc += counts[back]
                back -= 1
            nxt = back + 1 if back + 1 <= j else j + 1
        i = max(nxt, i + 1)
    return chunks


def _split_long(
    text: str,
    units: list[tuple[int, int, Segment]],
    counts: list[int],
    count_tokens: TokenCounter,
    limits: dict[Segment, int],
) -> tuple[list[tuple[int, int, Segment]], list[int], set[int]]:
    """Split sentences longer than their segment's limit at word boundaries.

    Also returns the positions of the units that are character pieces of one long word.
    """
    if all(c <= limits[u[2]] for u, c in zip(units, counts)):
        return units, counts, set()
    out_units: list[tuple[int, int, Segment]] = []
    out_counts: list[int] = []
    cut: set[int] = set()

    def emit(a: int, b: int, seg: Segment, count: int, piece: bool = False) -> None:
        if normalise(text[a:b]):
            if piece:
                cut.add(len(out_units))
            out_units.append((a, b, seg))
            out_counts.append(count)

    for (a, b, seg), c in zip(units, counts):
        limit = limits[seg]
        if c <= limit:
            out_units.append((a, b, seg))
            out_counts.append(c)
            continue
        spans = [(m.start() + a, m.end() + a) for m in re.finditer(r"\S+", text[a:b])]
        wcounts = count_tokens([normalise(text[s:e]) or "x" for s, e in spans])
        piece_start, acc, prev_end = None, 0, a
        for (s, e), wc in zip(spans, wcounts):
            wc = max(wc, 1)
            if wc > limit:  # one "word" longer than the limit (a URL, a base64 blob): cut it by characters
                if piece_start is not None:
                    emit(piece_start, prev_end, seg, acc)
                    piece_start, acc = None, 0
                for cs, ce, cc in _cut_word(text, s, e, wc, limit, count_tokens):
                    emit(cs, ce, seg, cc, piece=True)
                continue
            if piece_start is not None and acc + wc > limit:
                emit(piece_start, prev_end, seg, acc)
                piece_start, acc = None, 0
            if piece_start is None:
                piece_start = s
            acc += wc
            prev_end = e
        if piece_start is not None:
            emit(piece_start, prev_end, seg, acc)
    return out_units, out_counts, cut


def _cut_word(
    text: str, s: int, e: int, count: int, limit: int, count_tokens: TokenCounter
) -> list[tuple[int, int, int]]:
    """Cut ``text[s:e]`` into character pieces of at most ``limit`` word pieces each.

    Pieces are first sized in proportion to the word's count; a piece still over the
    limit (word pieces are not spread evenly over the characters) is halved until it fits.
    """
    step = max(1, (e - s) * limit // (count * 2))
    todo = [(cs, min(e, cs + step)) for cs in range(s, e, step)]
    piece_counts = count_tokens([normalise(text[cs:ce]) or "x" for cs, ce in todo])
    out: list[tuple[int, int, int]] = []
    stack = list(zip(todo, piece_counts))[::-1]
    while stack:
        (cs, ce), cc = stack.pop()
        if cc <= limit or ce - cs <= 1:
            out.append((cs, ce, cc))
            continue
        mid = (cs + ce) // 2
        left, right = count_tokens([normalise(text[cs:mid]) or "x", normalise(text[mid:ce]) or "x"])
        stack.append(((mid, ce), right))
        stack.append(((cs, mid), left))
    return out


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every non-blank line of ``text[start:end]``: the units of code, data and configuration files,
    whose periods are not sentence ends (and whose comment markers are not reader comments)."""
    out = []
    for m in _LINE.finditer(text, start, end):
        if m.group().strip():
            out.append((m.start(), m.end()))
    return out


_LINE = re.compile(r"[^\n]+")


def _split_at_sections(segments: list[Segment], doc: Document) -> list[Segment]:
    """A slide's text (its notes included) is one unit, and so is a section under a heading: no chunk
    runs from one into the next, so that each chunk's slide or heading is the whole truth. (Pages
    are not: a sentence may run on to the next page, and the chunk then names both.)"""
    slides = (doc.units or ()) if doc.unit_kind == "slide" else ()
    headings = (doc.headings or ()) if doc.cut_at_headings else ()
    cuts = sorted({offset for offset, _ in slides} | {offset for offset, _ in headings})
    if not cuts:
        return segments
    out: list[Segment] = []
    for seg in segments:
        start = seg.start
        for cut in cuts:
            if start < cut < seg.end:
                out.append(Segment(start, cut, seg.section, seg.author))
                start = cut
        out.append(Segment(start, seg.end, seg.section, seg.author))
    return out


def _unit_at(units: Sequence[tuple[int, int]] | Sequence[tuple[int, str]] | None, offset: int) -> int | str | None:
    """The page, slide or heading in force at ``offset`` of the text (the last one starting at or before it)."""
    if not units:
        return None
    # units are (offset, value) pairs in order: bisect on the pairs themselves, no list of starts rebuilt
    i = bisect.bisect_right(units, (offset, _AFTER_ANY)) - 1
    return units[i][1] if i >= 0 else None


class _After:
    """Sorts after every page number and heading, so (offset, _AFTER_ANY) follows every (offset, x)."""

    def __lt__(self, other: object) -> bool:
        return False

    def __gt__(self, other: object) -> bool:
        return True


_AFTER_ANY = _After()


def _text_without(text: str, a: int, b: int, left_out: list[tuple[int, int]]) -> str:
    """``text[a:b]`` normalised, without the parts of it that ``left_out`` (sorted spans) covers."""
    parts, pos = [], a
    # the spans do not overlap, so their ends are sorted too: start at the first that ends after ``a``
    for fa, fb in left_out[bisect.bisect_right(left_out, a, key=lambda span: span[1]) :]:
        if fa >= b:
            break
        parts.append(text[pos:fa])
        pos = min(fb, b)
    parts.append(text[pos:b])
    return normalise(" ".join(parts))


def _make_chunk(
    doc: Document, a: int, b: int, seg: Segment, base: str, ordinal: int, line_starts: list[int],
    left_out: list[tuple[int, int]],
) -> Chunk:
    src_a = doc.source_offset(a)
    src_b = doc.source_end(b - 1) if b > a else src_a
    start_line = bisect.bisect_right(line_starts, src_a)
    end_line = bisect.bisect_right(line_starts, max(src_a, src_b - 1))
    first, last = _unit_at(doc.units, a), _unit_at(doc.units, max(a, b - 1))
    heading = _unit_at(doc.headings, a)
    return Chunk(
        id=f"{base}-{ordinal:05d}",
        source=str(doc.path),
        start_line=start_line,
        end_line=end_line,
        start_char=src_a,
        end_char=src_b,
        text=_text_without(doc.text, a, b, left_out),
        section=seg.section,
        author=seg.author,
        page=first if doc.unit_kind == "page" else None,  # type: ignore[arg-type]
        end_page=last if doc.unit_kind == "page" and last != first else None,  # type: ignore[arg-type]
        slide=first if doc.unit_kind == "slide" else None,  # type: ignore[arg-type]
        heading=str(heading) if heading else None,
    )
