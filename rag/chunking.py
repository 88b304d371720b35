"""Chunking: sentence-aware windows with overlap, sized in the embedder's own tokens.

Documents are first cut into segments: the article body, each reader comment
of a comment thread, and boilerplate lines (paywall notices, "Leave a Reply").
Windows never cross a segment, so a comment is never mixed with the article
it comments on, and boilerplate never dilutes a passage.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass
from typing import Callable, Sequence

from rag.documents import Document
from rag.records import Chunk
from rag.text import iter_lines, normalise, sentence_spans

#: counts the embedder's word pieces (no special tokens) of each text
TokenCounter = Callable[[Sequence[str]], list[int]]

# a comment header as blogs print it: "3. Rob1 says:" / "Jane Doe wrote:"
_COMMENT_HEADER = re.compile(r"^\s*(?:\d{1,4}[.)]\s+)?(?P<author>[^\n]{1,60}?)\s+(?:says|said|wrote|writes)\s*:\s*$", re.I)
_COMMENTS_HEADING = re.compile(r"^\s*(?:\d+\s+)?(?:comments?|responses?|replies|discussion)\s*(?:\(\d+\))?\s*:?\s*$", re.I)
# short lines that are page furniture, not content
_BOILERPLATE = re.compile(
    r"(please enable javascript|subscribe|already a subscriber|log ?in\b|sign ?up|sign in"
    r"|we are having trouble retrieving|thank you for your patience|leave a (?:reply|comment)"
    r"|your email address will not be published|required fields are marked|content is protected"
    r"|all rights reserved|accept (?:all )?cookies|cookie policy|advertisement|skip to (?:main )?content"
    r"|share (?:this|on)|reader mode)",
    re.I,
)
_BOILERPLATE_MAX_CHARS = 200


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    section: str  # body | comment | boilerplate
    author: str | None = None


def segment(text: str) -> list[Segment]:
    """Cut ``text`` into body, comment and boilerplate segments (offsets into ``text``)."""
    lines = list(iter_lines(text))
    kinds: list[tuple[str, str | None]] = []
    in_comments = False
    author: str | None = None
    for _, _, line in lines:
        stripped = line.strip()
        header = _COMMENT_HEADER.match(line)
        if header and (in_comments or re.match(r"^\s*\d", line)):
            in_comments = True
            author = header.group("author").strip()
            kinds.append(("comment", author))
        elif _COMMENTS_HEADING.match(line) and not in_comments:
            in_comments = True
            author = None
            kinds.append(("boilerplate", None))
        elif stripped and len(stripped) <= _BOILERPLATE_MAX_CHARS and _BOILERPLATE.search(stripped):
            kinds.append(("boilerplate", None))
        elif in_comments and author is not None:
            kinds.append(("comment", author))
        else:
            kinds.append(("body", None))
    segments: list[Segment] = []
    for (start, end, _), (section, who) in zip(lines, kinds):
        last = segments[-1] if segments else None
        new_comment = section == "comment" and _COMMENT_HEADER.match(text[start:end]) is not None
        if last and last.section == section and last.author == who and not new_comment:
            segments[-1] = Segment(last.start, end, section, who)
        else:
            segments.append(Segment(start, end, section, who))
    return [s for s in segments if text[s.start : s.end].strip()]


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
            "strategy": "sentence-window-v1",
            "chunk_tokens": self.chunk_tokens,
            "overlap_tokens": self.overlap_tokens,
            "max_model_tokens": self.max_model_tokens,
        }

    @property
    def hard_limit(self) -> int:
        return min(self.chunk_tokens, self.max_model_tokens - 2 - self.header_reserve)


def chunk_document(doc: Document, count_tokens: TokenCounter, config: ChunkerConfig) -> list[Chunk]:
    """Chunks of ``doc``; together they cover all of its non-blank text."""
    text = doc.text
    units: list[tuple[int, int, Segment]] = []
    for seg in segment(text):
        for a, b in sentence_spans(text, seg.start, seg.end):
            units.append((a, b, seg))
    if not units:
        return []
    counts = count_tokens([normalise(text[a:b]) for a, b, _ in units])
    units, counts = _split_long(text, units, counts, count_tokens, config.hard_limit)

    line_starts = [0] + [i + 1 for i, ch in enumerate(doc.source_text) if ch == "\n"]
    base = hashlib.sha1(f"{doc.path}\0{doc.sha256}".encode()).hexdigest()[:12]
    chunks: list[Chunk] = []
    i = 0
    while i < len(units):
        seg = units[i][2]
        j, total = i, counts[i]
        while j + 1 < len(units) and units[j + 1][2] is seg and total + counts[j + 1] <= config.hard_limit:
            j += 1
            total += counts[j]
        chunks.append(_make_chunk(doc, units[i][0], units[j][1], seg, base, len(chunks), line_starts))
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
    limit: int,
) -> tuple[list[tuple[int, int, Segment]], list[int]]:
    """Split sentences longer than ``limit`` word pieces at word boundaries."""
    if all(c <= limit for c in counts):
        return units, counts
    out_units: list[tuple[int, int, Segment]] = []
    out_counts: list[int] = []
    for (a, b, seg), c in zip(units, counts):
        if c <= limit:
            out_units.append((a, b, seg))
            out_counts.append(c)
            continue
        spans = [(m.start() + a, m.end() + a) for m in re.finditer(r"\S+", text[a:b])]
        wcounts = count_tokens([normalise(text[s:e]) or "x" for s, e in spans])
        piece_start, acc = None, 0
        for (s, e), wc in zip(spans, wcounts):
            wc = max(wc, 1)
            if wc > limit:  # one "word" longer than the limit (a URL, a base64 blob): cut it by characters
                if piece_start is not None:
                    out_units.append((piece_start, prev_end, seg))
                    out_counts.append(acc)
                    piece_start, acc = None, 0
                step = max(1, (e - s) * limit // (wc * 2))
                for cs in range(s, e, step):
                    ce = min(e, cs + step)
                    out_units.append((cs, ce, seg))
                    out_counts.append(count_tokens([normalise(text[cs:ce]) or "x"])[0])
                continue
            if piece_start is not None and acc + wc > limit:
                out_units.append((piece_start, prev_end, seg))
                out_counts.append(acc)
                piece_start, acc = None, 0
            if piece_start is None:
                piece_start = s
            acc += wc
            prev_end = e
        if piece_start is not None:
            out_units.append((piece_start, prev_end, seg))
            out_counts.append(acc)
    return out_units, out_counts


def _make_chunk(
    doc: Document, a: int, b: int, seg: Segment, base: str, ordinal: int, line_starts: list[int]
) -> Chunk:
    src_a = doc.source_offset(a)
    src_b = doc.source_offset(b - 1) + 1 if b > a else src_a
    start_line = bisect.bisect_right(line_starts, src_a)
    end_line = bisect.bisect_right(line_starts, max(src_a, src_b - 1))
    return Chunk(
        id=f"{base}-{ordinal:05d}",
        source=str(doc.path),
        start_line=start_line,
        end_line=end_line,
        start_char=src_a,
        end_char=src_b,
        text=normalise(doc.text[a:b]),
        section=seg.section,
        author=seg.author,
    )
