"""The default :class:`~rag.backends.ports.VectorIndex`: FAISS in this process, saved to one file."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

import numpy as np

from rag.errors import IndexCorruptError

#: HNSW graph degree and search breadth: recall@10 0.98 at 1k vectors; see eval/README.md "Benchmarks"
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 64

_THREADS_SET = False


def _faiss() -> Any:
    global _THREADS_SET
    import faiss

    if not _THREADS_SET:
        # one query at a time: OpenMP threads cost more to wake than they save (50-80x slower
        # at 10k+ vectors with 2 threads on a busy 2-core machine, see `rag bench`)
        faiss.omp_set_num_threads(1)
        _THREADS_SET = True
    return faiss


class FaissIndex:
    """Inner-product search with FAISS: ``flat`` (exact) or ``hnsw`` (approximate)."""

    def __init__(self, index: Any, kind: str) -> None:
        self._index = index
        self.dim: int = int(index.d)
        self.kind = kind

    @classmethod
    def create(cls, dim: int, kind: str = "flat") -> "FaissIndex":
        """An empty index of ``dim``-d vectors."""
        faiss = _faiss()
        if kind == "hnsw":
            index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
            index.hnsw.efSearch = HNSW_EF_SEARCH
        elif kind == "flat":
            index = faiss.IndexFlatIP(dim)
        else:
            raise ValueError(f"unknown index kind {kind!r}")
        return cls(index, kind)

    @classmethod
    def load(cls, path: Path) -> "FaissIndex":
        """The index saved at ``path``; IndexCorruptError when it cannot be read."""
        faiss = _faiss()
        try:
            index = faiss.read_index(str(path))
        except RuntimeError:
            raise IndexCorruptError("The vector index is unreadable.", hint="Run: rag ingest --rebuild") from None
        if hasattr(index, "hnsw"):
            index.hnsw.efSearch = HNSW_EF_SEARCH
            return cls(index, "hnsw")
        return cls(index, "flat")

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def add(self, vectors: np.ndarray) -> None:
        if len(vectors):
            self._index.add(np.ascontiguousarray(vectors, dtype=np.float32))

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        k = max(1, k)
        if len(self) == 0:
            n = len(queries)
            return np.full((n, k), -np.inf, dtype=np.float32), np.full((n, k), -1, dtype=np.int64)
        scores, ids = self._index.search(np.ascontiguousarray(queries, dtype=np.float32), k)
        scores[ids < 0] = -np.inf
        return scores, ids

    def reconstruct(self, positions: Sequence[int] | None = None) -> np.ndarray:
        if positions is None:
            if len(self) == 0:
                return np.zeros((0, self.dim), dtype=np.float32)
            return np.asarray(self._index.reconstruct_n(0, len(self)), dtype=np.float32)
        if not len(positions):
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self._index.reconstruct(int(p)) for p in positions]).astype(np.float32, copy=False)

    def save(self, path: Path) -> None:
        faiss = _faiss()
        # streamed through a Python file, so a full disk is an OSError with its errno and the file's name
        # (faiss.write_index to a path raises a RuntimeError with the C++ message in it); the same bytes,
        # and no copy of the index in memory as serialize_index would make
        try:
            with open(path, "wb") as fh:
                faiss.write_index(self._index, faiss.PyCallbackIOWriter(fh.write))
        except OSError as exc:
            if exc.filename is None:
                raise OSError(exc.errno, exc.strerror, str(path)) from None
            raise
