"""Lexical search: BM25 (bm25s) over stemmed content words of the chunks."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

import numpy as np

from rag.records import Chunk
from rag.text import lexical_terms


class LexicalIndex:
    """A BM25 index over chunks (by position)."""

    def __init__(self, retriever: Any, size: int) -> None:
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
        from rag.errors import IndexCorruptError

        try:
            scorer = _SavedBM25(folder)
        except Exception:  # noqa: BLE001 - any unreadable file means the same to the user
            raise IndexCorruptError("The BM25 index is unreadable.", hint="Run: rag ingest --rebuild") from None
        if scorer.num_docs != size:  # its positions would name the wrong chunks (or none)
            raise IndexCorruptError("The BM25 index and the chunk records disagree.", hint="Run: rag ingest --rebuild")
        return cls(scorer, size)

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


class _SavedBM25:
    """Scores queries against an index saved by ``bm25s.BM25.save`` without importing bm25s.

    bm25s builds the index (its job); at query time importing it costs ~0.3 s
    (it pulls in scipy), a third of the budget of a cold `rag search`. Its saved
    index is a CSC matrix of precomputed per-term document scores, and a
    query's scores are the sum of its terms' columns, exactly what
    ``bm25s.BM25.get_scores`` computes (a test checks they agree).
    """

    def __init__(self, folder: Path) -> None:
        import json

        params = json.loads((folder / "params.index.json").read_text())
        self.num_docs = int(params["num_docs"])
        self.vocab_dict: dict[str, int] = json.loads((folder / "vocab.index.json").read_text())
        self.data = np.load(folder / "data.csc.index.npy", allow_pickle=False)
        self.indices = np.load(folder / "indices.csc.index.npy", allow_pickle=False)
        self.indptr = np.load(folder / "indptr.csc.index.npy", allow_pickle=False)
        # bm25s keeps a column per term plus an empty-string entry that has none
        if len(self.indptr) < len(self.vocab_dict) or len(self.data) != len(self.indices):
            raise ValueError("inconsistent BM25 arrays")
        if len(self.indices) and (int(self.indices.max()) >= self.num_docs or int(self.indices.min()) < 0):
            raise ValueError("BM25 document index out of range")

    def get_scores(self, ids: Sequence[int]) -> np.ndarray:
        scores = np.zeros(self.num_docs, dtype=np.float32)
        for t in ids:
            if t + 1 >= len(self.indptr):
                continue
            start, end = int(self.indptr[t]), int(self.indptr[t + 1])
            np.add.at(scores, self.indices[start:end], self.data[start:end])
        return scores


def build(chunks: Sequence[Chunk]) -> LexicalIndex:
    """Index the chunks' text (with their context header) for BM25."""
    corpus = [lexical_terms(c.embed_text) or ["∅"] for c in chunks]
    if not corpus:
        return LexicalIndex(None, 0)
    import bm25s

    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    return LexicalIndex(retriever, len(corpus))
