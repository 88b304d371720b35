"""Small-to-big: a passage of a short document is shown to the model as the whole document.

Retrieval searches small chunks (~128 word pieces), which keeps its matches sharp; but a short
document cut into two or three chunks keeps a fact in one chunk and what it is about or when it
happened in another. A Debian changelog entry names its version on its first line and its date on
its last: asked when git 2.26.2 was uploaded, rag retrieved the entry's first chunk and never saw
the date three chunks below (eval/nearmiss, n064). So a retrieved chunk of a document of at most
:data:`MAX_DOCUMENT_CHARS` is replaced by the whole document (its chunks joined, their overlaps
cut), and later hits in the same document are folded into it. Sentence selection
(rag.answering.prompt.select_evidence) still quotes only the sentences that bear on the question, so the
prompt grows little. Long documents, paged and slide documents and reader comments stay as chunks:
their chunks are the places a citation should name.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from rag.records import Chunk, Hit

if TYPE_CHECKING:  # pragma: no cover
    from rag.index.loaded_index import LoadedIndex

#: documents up to this many characters are shown whole: ~500 word pieces, four default chunks, and
#: the length of a news brief, a changelog entry or a short release note
MAX_DOCUMENT_CHARS = 2000


def whole_short_documents(index: "LoadedIndex", hits: list[Hit], max_chars: int = MAX_DOCUMENT_CHARS) -> list[Hit]:
    """``hits`` with each chunk of a short document widened to the whole document, one hit per
    document (at the rank of its best chunk), renumbered."""
    out: list[Hit] = []
    widened: dict[str, Hit] = {}
    for h in hits:
        source = h.chunk.source
        if source in widened:  # a later chunk of a document already shown whole
            w = widened[source]
            w.duplicates = tuple(sorted(set(w.duplicates) | set(h.duplicates)))
            continue
        whole = _whole(content(index.document_chunks(source)), max_chars) if h.chunk.section == "body" else None
        if whole is None:
            out.append(h)
            continue
        w = replace(h, chunk=whole)
        widened[source] = w
        out.append(w)
    for rank, h in enumerate(out, start=1):
        h.rank = rank
    return out


def is_whole(index: "LoadedIndex", hit: Hit, max_chars: int = MAX_DOCUMENT_CHARS) -> bool:
    """Whether ``hit`` is a whole document of at most ``max_chars`` characters: its one chunk, or its chunks
    joined by :func:`whole_short_documents`."""
    parts = content(index.document_chunks(hit.chunk.source))
    c = hit.chunk
    return bool(parts) and len(c.text) <= max_chars and c.start_char <= parts[0].start_char and c.end_char >= parts[-1].end_char


def content(parts: list[Chunk]) -> list[Chunk]:
    """The chunks of a document that hold its text: not its boilerplate (a cookie banner, "Advertisement", a list of
    related links), which is kept but never searched. A short report with an "Advertisement" line under its headline
    was two passages, neither shown whole, and the one that answers was cut to its first sentence (the twenty-second
    smoke check's q054)."""
    return [p for p in parts if p.section != "boilerplate"]


def shown_whole(parts: list[Chunk], max_chars: int = MAX_DOCUMENT_CHARS) -> bool:
    """Whether the document of ``parts`` (its chunks in order, two or more; its boilerplate left out by
    :func:`content`) is shown whole: at most ``max_chars`` characters of plain running text (no pages, slides,
    comments or boilerplate) in one section (a DOCX's sections are cited by their headings)."""
    if len(parts) < 2 or parts[-1].end_char - parts[0].start_char > max_chars:
        return False
    if any(p.section != "body" or p.page is not None or p.slide is not None for p in parts):
        return False
    return len({p.heading for p in parts}) == 1


def _whole(parts: list[Chunk], max_chars: int) -> Chunk | None:
    """The document of ``parts`` (its chunks in order) as one chunk, or None when it is not shown whole."""
    if not shown_whole(parts, max_chars):
        return None
    text = parts[0].text
    for before, p in zip(parts, parts[1:]):
        # the chunker repeats a window's last sentences only where the offsets say the windows overlap
        text = join_overlapping(text, p.text) if p.start_char < before.end_char else f"{text} {p.text}"
    first, last = parts[0], parts[-1]
    return replace(first, end_line=max(p.end_line for p in parts), end_char=last.end_char, text=text, canonical=None)


def join_overlapping(a: str, b: str) -> str:
    """``a`` and ``b`` as one text, the longest end of ``a`` that ``b`` starts with said once (the
    chunker repeats a window's last sentences at the start of the next), at a word boundary."""
    for k in range(min(len(a), len(b)), 0, -1):
        if (k == len(b) or b[k] == " ") and a.endswith(b[:k]) and (k == len(a) or a[-k - 1] == " "):
            return a + b[k:]
    return f"{a} {b}"
