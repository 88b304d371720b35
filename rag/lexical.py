"""Lexical search: BM25 (bm25s) over stemmed content words of the chunks."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np

from rag.records import Chunk
from rag.text import lexical_terms


class LexicalIndex:
    """A BM25 index over chunks (by position)."""

    def __init__(self, retriever, size: int) -> None:  # type: ignore[no-untyped-def]
        self._bm25 = retriever
        self.size = size

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if self._bm25 is not None:
            self._bm25.save(str(folder))
        else:  # an empty corpus: bm25s cannot index nothing
            (folder / "EMPTY").write_text("")

    @classmethod
    def load(cls, folder: Path, size: int) -> "LexicalIndex":
        if (folder / "EMPTY").exists() or size == 0:
            return cls(None, 0)
        import bm25s

        from rag.errors import IndexCorruptError

        try:
            retriever = bm25s.BM25.load(str(folder), mmap=False)
            num_docs = int(retriever.scores["num_docs"])
        except Exception:  # noqa: BLE001 - any unreadable file means the same to the user
            raise IndexCorruptError("The BM25 index is unreadable.", hint="Run: rag ingest --rebuild") from None
        if num_docs != size:  # its positions would name the wrong chunks (or none)
            raise IndexCorruptError("The BM25 index and the chunk records disagree.", hint="Run: rag ingest --rebuild")
        return cls(retriever, size)

    def search(self, query: str, k: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """(position, score) of the best ``k`` chunks with a positive score."""
        if self._bm25 is None or k <= 0:
            return []
        terms = [t for t in lexical_terms(query) if t in self._bm25.vocab_dict][:256]
        if not terms:
            return []
        ids = [self._bm25.vocab_dict[t] for t in terms]
        scores = self._bm25.get_scores(ids)
        scores = np.asarray(scores, dtype=np.float32)
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]


def build(chunks: Sequence[Chunk]) -> LexicalIndex:
    """Index the chunks' text (with their context header) for BM25."""
    corpus = [lexical_terms(c.embed_text) or ["∅"] for c in chunks]
    if not corpus:
        return LexicalIndex(None, 0)
    import bm25s

    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    return LexicalIndex(retriever, len(corpus))
