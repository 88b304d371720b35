"""Small typed records that pass between the stages of rag.

A :class:`Chunk` knows the file and the line span it came from; that location
travels through a :class:`Hit` to a :class:`Citation` in an :class:`Answer`.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rag.documents.markup import MARKUP_SUFFIXES

#: text files whose chunks are cited by line even when they carry a heading
_LINED_SUFFIXES = tuple(MARKUP_SUFFIXES)


def display_path(path: str) -> str:
    """``path`` (absolute) relative to the working directory when below it, else as it is."""
    try:
        return str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return path


@dataclass(frozen=True, slots=True)
class Chunk:
    """A passage of a document.

    ``start_char``/``end_char`` are offsets into the decoded file text, so that
    ``normalise(text_of_file[start_char:end_char]) == text`` for plain-text
    files, but for a photo's credit at the end of a line, which is left out
    (for HTML and Markdown, ``text`` is what a reader sees of that span);
    ``start_line``/``end_line`` are 1-based and inclusive.
    """

    id: str
    source: str  # absolute path of the file
    start_line: int
    end_line: int
    start_char: int
    end_char: int
    text: str
    #: "body", "comment" (a reader comment under a post) or "boilerplate" (paywall, navigation)
    section: str = "body"
    #: who wrote it, for comments
    author: str | None = None
    #: id of the canonical chunk when this one is a near-duplicate of it, else None
    canonical: str | None = None
    #: a paged document's 1-based page, and the last page when the chunk runs onto the next
    page: int | None = None
    end_page: int | None = None
    #: a slide deck's 1-based slide
    slide: int | None = None
    #: the headings above the chunk in a DOCX, EPUB, Markdown or reST file ("Chapter 2 > Setup")
    heading: str | None = None

    @property
    def file_name(self) -> str:
        return os.path.basename(self.source)

    @property
    def display_path(self) -> str:
        """The source relative to the working directory when below it, else absolute."""
        return display_path(self.source)

    @property
    def location(self) -> str:
        """Where the chunk is, as shown in search results and citations: ``file:start-end`` (lines),
        ``manual.pdf p. 7`` (``pp. 7-8`` across a page break), ``deck.pptx slide 3``,
        ``guide.docx § Installation > Upgrading``."""
        if self.slide is not None:
            return f"{self.display_path} slide {self.slide}"
        if self.page is not None:
            pages = f"p. {self.page}" if self.end_page in (None, self.page) else f"pp. {self.page}-{self.end_page}"
            return f"{self.display_path} {pages}"
        if self.heading and not self.source.lower().endswith(_LINED_SUFFIXES):
            # a DOCX or EPUB: lines of its extracted text would lead nowhere (a Markdown or reST
            # file's lines are the file's own, and a reader's editor goes there)
            return f"{self.display_path} § {self.heading}"
        span = str(self.start_line) if self.start_line == self.end_line else f"{self.start_line}-{self.end_line}"
        return f"{self.display_path}:{span}"

    def place(self) -> dict[str, Any]:
        """The location fields a JSON hit or citation carries beside file and lines: ``page`` (and
        ``end_page`` when it differs), ``slide``, ``heading``, each only when the document has it."""
        out: dict[str, Any] = {}
        if self.page is not None:
            out["page"] = self.page
            if self.end_page not in (None, self.page):
                out["end_page"] = self.end_page
        if self.slide is not None:
            out["slide"] = self.slide
        if self.heading:
            out["heading"] = self.heading
        return out

    @property
    def embed_text(self) -> str:
        """What the embedder and BM25 read: the text with a short context header for comments."""
        if self.section == "comment" and self.author:
            return f"Reader comment by {self.author}: {self.text}"
        return self.text

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Chunk":
        return cls(**data)


@dataclass(slots=True)
class Hit:
    """A retrieved chunk with its scores."""

    chunk: Chunk
    #: fused reciprocal-rank score (higher is better)
    score: float
    #: cosine similarity of question and chunk
    dense: float
    #: BM25 score (0 when the lexical search did not return it)
    lexical: float
    rank: int = 0
    #: files holding near-duplicate copies of this passage, collapsed into this hit (absolute paths)
    duplicates: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        c = self.chunk
        # JSON is for scripts: absolute paths, whatever the working directory (the text output is short)
        return {
            "rank": self.rank,
            "id": c.id,
            "file": c.source,
            "start_line": c.start_line,
            "end_line": c.end_line,
            **c.place(),
            "section": c.section,
            "author": c.author,
            "score": round(self.score, 6),
            "dense": round(self.dense, 6),
            "lexical": round(self.lexical, 6),
            "duplicates": list(self.duplicates),
            "text": c.text,
        }


@dataclass(slots=True)
class Citation:
    """A numbered source in an answer: [n] names a passage and its file:line span."""

    n: int
    hit: Hit
    #: the passage sentence(s) that support the cited answer sentence(s)
    quote: str
    supported: bool = True

    def to_dict(self) -> dict[str, Any]:
        c = self.hit.chunk
        return {
            "n": self.n,
            "file": c.source,
            "start_line": c.start_line,
            "end_line": c.end_line,
            **c.place(),
            "text": self.quote or c.text,
            "score": round(self.hit.score, 6),
            "supported": self.supported,
        }


@dataclass(slots=True)
class AnswerSentence:
    """One sentence of an answer, with the citations that support it."""

    text: str
    citations: list[int] = field(default_factory=list)
    supported: bool = True
    support: float = 0.0


@dataclass(slots=True)
class Timings:
    retrieval_ms: float = 0.0
    prompt_tokens: int = 0
    ttft_ms: float = 0.0
    gen_tokens: int = 0
    tokens_per_s: float = 0.0
    total_ms: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {k: (round(v, 2) if isinstance(v, float) else v) for k, v in asdict(self).items()}


@dataclass(slots=True)
class Answer:
    """The result of :func:`rag.answering.answer.ask`."""

    question: str
    text: str
    refused: bool
    sentences: list[AnswerSentence]
    citations: list[Citation]
    hits: list[Hit]
    timings: Timings
    model: str
    embedder: str
    #: the raw model output before citation repair
    raw: str = ""
    #: the model's first reply, when it did not give the answer itself and was asked once more ("" otherwise);
    #: ``timings.ttft_ms`` and ``tokens_per_s`` describe that first reply, ``gen_tokens`` counts both
    first_raw: str = ""
    #: markers the model wrote that named no passage (removed from the text)
    invalid_markers: list[int] = field(default_factory=list)
    #: why the answer was refused: "retrieval" (nothing relevant), "constraint" (only near misses of the
    #: question's years, versions or kinds), "subject" (a name the question gives is in no document),
    #: "budget" (no passage fits the context), "model", "unsupported", "off-target" (asked again, still not
    #: what the question asks: rag.answering.replies), "other-subject" (the documents it cites do not mention a
    #: name the question gives: rag.answering.about), "off-year" (the answer's name goes with another year than
    #: the question's: rag.answering.years), "unrealised" (its passages only expect, plan or forecast what the
    #: answer gives as done: rag.answering.prospects), "off-label" (the sentences that hold it are about another
    #: part, number or kind than asked: rag.answering.labels), "off-event" (they give it for the other end of a span
    #: than asked, a birth for a death: rag.answering.events) or "unverified" (rag.answering.verification)
    refusal_reason: str | None = None
    search_query: str = ""
    #: the model's markers (its passages' numbers in the prompt) -> the answer's, which number the
    #: cited passages in order of use; what the terminal showed while the answer streamed used the former
    renumbered: dict[int, int] = field(default_factory=dict)
    #: with a refusal, how many files the last ingest skipped (the answer may be in one of them)
    skipped_at_ingest: int = 0
    #: with a "subject" refusal, the names of the question that no document mentions
    absent_names: list[str] = field(default_factory=list)
    #: the model's probability that the cited passages state the answer (rag.answering.verification); None when
    #: it was not asked (a refusal before it, a generator that cannot say, the check turned off)
    answerability: float | None = None

    @property
    def unsupported_count(self) -> int:
        return sum(1 for s in self.sentences if not s.supported)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.text,
            "refused": self.refused,
            "refusal_reason": self.refusal_reason,
            "citations": [c.to_dict() for c in self.citations],
            "sentences": [
                {"text": s.text, "citations": s.citations, "supported": s.supported, "support": round(s.support, 3)}
                for s in self.sentences
            ],
            "unsupported_sentences": self.unsupported_count,
            "invalid_markers": self.invalid_markers,
            "retrieved": [h.to_dict() for h in self.hits],
            "search_query": self.search_query,
            "timings": self.timings.to_dict(),
            "model": self.model,
            "embedder": self.embedder,
            # a refusal's count of files the last ingest skipped (0: none); null with an answer
            "skipped_at_ingest": self.skipped_at_ingest if self.refused else None,
            "absent_names": self.absent_names,
            "answerability": None if self.answerability is None else round(self.answerability, 4),
        }
