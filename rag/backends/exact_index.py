"""A :class:`~rag.backends.ports.VectorIndex` in plain NumPy: exact, no FAISS.

It is the reference the contract suite holds every other index to (its
results are exact by construction), and what rag uses where FAISS would be
overkill: linking near-duplicates within one ingest's chunks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np


class ExactIndex:
    """Brute-force inner product over the stored vectors."""

    kind = "flat"

    def __init__(self, dim: int) -> None:
        self.dim = dim
        self._vectors = np.zeros((0, dim), dtype=np.float32)

    @classmethod
    def create(cls, dim: int, kind: str = "flat") -> "ExactIndex":
        if kind != "flat":
            raise ValueError(f"ExactIndex is exact only, not {kind!r}")
        return cls(dim)

    @classmethod
    def load(cls, path: Path) -> "ExactIndex":
        vectors = np.load(path, allow_pickle=False)
        index = cls(int(vectors.shape[1]))
        index.add(vectors)
        return index

    def __len__(self) -> int:
        return len(self._vectors)

    def add(self, vectors: np.ndarray) -> None:
        if len(vectors):
            self._vectors = np.vstack([self._vectors, np.asarray(vectors, dtype=np.float32)])

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        k = max(1, k)
        q = np.asarray(queries, dtype=np.float32)
        scores = np.full((len(q), k), -np.inf, dtype=np.float32)
        ids = np.full((len(q), k), -1, dtype=np.int64)
        if len(self) == 0:
            return scores, ids
        sims = q @ self._vectors.T
        take = min(k, len(self))
        for row, s in enumerate(sims):
            # stable order: ties go to the earlier position, as FAISS's flat index does
            order = np.lexsort((np.arange(len(s)), -s))[:take]
            scores[row, :take] = s[order]
            ids[row, :take] = order
        return scores, ids

    def reconstruct(self, positions: Sequence[int] | None = None) -> np.ndarray:
        if positions is None:
            return self._vectors.copy()
        return self._vectors[np.asarray(list(positions), dtype=np.int64)] if len(positions) else np.zeros((0, self.dim), dtype=np.float32)

    def save(self, path: Path) -> None:
        with open(path, "wb") as handle:
            np.save(handle, self._vectors, allow_pickle=False)
