"""Vectors in PostgreSQL with pgvector: the :class:`~rag.backends.ports.VectorIndex` of a
:class:`~rag.backends.pg_store.PgStore` generation, searched exactly."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    from rag.backends.pg_store import PgStore


class PgVectorIndex:
    """A :class:`~rag.backends.ports.VectorIndex` over one generation's ``vectors`` table: exact search.

    ``<#>`` is pgvector's negative inner product; without an approximate index PostgreSQL
    computes it for every row, so the top k is FAISS flat's (same scores to float32 rounding,
    ties in the same order).
    """

    kind = "flat"

    def __init__(self, store: PgStore, generation: str, dim: int, count: int) -> None:
        self.store, self.generation, self.dim, self._count = store, generation, dim, count

    @classmethod
    def create_in(cls, store: PgStore, generation: str, dim: int) -> "PgVectorIndex":
        """An empty table of ``dim``-d vectors, outside any generation's life cycle (tests, benchmarks)."""
        with store.errors(generation):
            store._create_schema(store.conn)
            store.conn.execute(store._sql(f"CREATE TABLE {{t}} (pos int4 PRIMARY KEY, embedding vector({dim}) NOT NULL)", t=f"vectors_{generation}"))
        return cls(store, generation, dim, 0)

    def drop(self) -> None:
        with self.store.errors(self.generation):
            self.store.conn.execute(self.store._sql("DROP TABLE IF EXISTS {t}", t=f"vectors_{self.generation}"))

    def __len__(self) -> int:
        return self._count

    def add(self, vectors: np.ndarray) -> None:
        if not len(vectors):
            return
        copy_sql = self.store._sql("COPY {t} (pos, embedding) FROM STDIN WITH (FORMAT BINARY)", t=f"vectors_{self.generation}")
        with self.store.errors(self.generation), self.store.conn.transaction():
            copy_vectors(self.store.conn, copy_sql, self._count, vectors)
        self._count += len(vectors)

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        from pgvector import Vector

        k = max(1, k)
        n = len(queries)
        scores = np.full((n, k), -np.inf, dtype=np.float32)
        ids = np.full((n, k), -1, dtype=np.int64)
        if self._count == 0:
            return scores, ids
        # equal scores latest position first, as FAISS returns them: near-duplicate passages tie exactly,
        # and the order of a tie moves a passage by one dense rank (with ascending positions, the top 5
        # of 1 of the 88 gold questions differed from FAISS's; with this order none does). Which of many
        # tied vectors make the cut at k depends on FAISS's heap: that can differ (the test fake's zeros).
        query = self.store._sql("SELECT pos, embedding <#> %s AS d FROM {t} ORDER BY d, pos DESC LIMIT %s", t=f"vectors_{self.generation}")
        with self.store.errors(self.generation):
            for row, q in enumerate(np.asarray(queries, dtype=np.float32)):
                found = self.store.conn.execute(query, (Vector(q), k), binary=True).fetchall()
                for col, (pos, d) in enumerate(found):
                    ids[row, col], scores[row, col] = pos, -d
        return scores, ids

    def reconstruct(self, positions: Sequence[int] | None = None) -> np.ndarray:
        table = f"vectors_{self.generation}"
        with self.store.errors(self.generation):
            if positions is None:
                rows = self.store.conn.execute(self.store._sql("SELECT embedding FROM {t} ORDER BY pos", t=table), binary=True).fetchall()
                return stack([r[0] for r in rows], self.dim)
            if not len(positions):
                return np.zeros((0, self.dim), dtype=np.float32)
            wanted = [int(p) for p in positions]
            rows = self.store.conn.execute(self.store._sql("SELECT pos, embedding FROM {t} WHERE pos = ANY(%s)", t=table), (wanted,), binary=True).fetchall()
        found = {int(pos): vec for pos, vec in rows}
        missing = [p for p in wanted if p not in found]
        if missing:
            raise IndexError(f"no vector at position {missing[0]}")
        return stack([found[p] for p in wanted], self.dim)


def copy_vectors(conn: Any, copy_sql: Any, start: int, vectors: np.ndarray) -> None:
    from pgvector import Vector

    with conn.cursor().copy(copy_sql) as copy:
        copy.set_types(["int4", "vector"])
        for i, vec in enumerate(np.asarray(vectors, dtype=np.float32)):
            copy.write_row((start + i, Vector(vec)))


def stack(vectors: list[Any], dim: int) -> np.ndarray:
    if not vectors:
        return np.zeros((0, dim), dtype=np.float32)
    return np.vstack([v.to_numpy() for v in vectors]).astype(np.float32, copy=False)
