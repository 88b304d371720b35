"""`rag bench`'s search section: the vector index port's flat against HNSW on synthetic vectors, to check rag's FLAT_MAX."""

from __future__ import annotations

import gc
import time
from typing import Any, Iterable, Sequence

import numpy as np

from rag.bench.util import TARGETS, Log, p50_p95, rounded, targets_met

DIM = 384


def _unit(x: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(x / np.linalg.norm(x, axis=1, keepdims=True), dtype=np.float32)


def _latencies(index: Any, queries: np.ndarray, k: int) -> tuple[list[float], np.ndarray]:
    """Seconds per single-query search (one query at a time, as rag searches), and the ids found."""
    out, ids = [], np.empty((len(queries), k), dtype=np.int64)
    for i in range(len(queries)):
        t = time.perf_counter()
        _, found = index.search(queries[i : i + 1], k)
        out.append(time.perf_counter() - t)
        ids[i] = found[0]
    return out, ids


def hnsw_qualifies(row: dict[str, Any], speedup: float = 2.0, min_recall: float = 0.95) -> bool:
    """HNSW pays at this size: p50 at least ``speedup`` times faster than flat's, recall@10 >= ``min_recall``."""
    return row["hnsw_p50_ms"] > 0 and row["flat_p50_ms"] / row["hnsw_p50_ms"] >= speedup and row["recall_at_10"] >= min_recall


def crossover(rows: Sequence[dict[str, Any]], speedup: float = 2.0, min_recall: float = 0.95) -> int | None:
    """The smallest ``n`` whose row qualifies (see :func:`hnsw_qualifies`), or None when none does."""
    return next((int(r["n"]) for r in sorted(rows, key=lambda r: r["n"]) if hnsw_qualifies(r, speedup, min_recall)), None)


def flat_max_agrees(rows: Sequence[dict[str, Any]], flat_max: int, speedup: float = 2.0, min_recall: float = 0.95) -> bool:
    """True when rag's choice (flat up to ``flat_max``, HNSW above) is the qualifying one at every measured size."""
    return all((row["n"] > flat_max) == hnsw_qualifies(row, speedup, min_recall) for row in rows)


def bench_search(sizes: Iterable[int], log: Log, *, n_queries: int = 200, search_k: int = 60, seed: int = 0) -> dict[str, Any]:
    """Flat vs HNSW indexes of the default backend (FAISS) through the VectorIndex port, on synthetic unit
    vectors: build time, single-query latency (one thread, as rag searches), recall@10."""
    from rag.backends.faiss_index import HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH, HNSW_M
    from rag.backends.registry import vector_index_backend
    from rag.index.store import FLAT_MAX

    backend = vector_index_backend("faiss")
    rows = []
    for n in sorted({int(s) for s in sizes}):
        rng = np.random.default_rng(seed)
        data = _unit(rng.standard_normal((n, DIM), dtype=np.float32))
        queries = _unit(rng.standard_normal((n_queries, DIM), dtype=np.float32))
        k, top = min(n, search_k), min(n, 10)
        flat, hnsw = backend.create(DIM, "flat"), backend.create(DIM, "hnsw")
        builds = []
        for index in (flat, hnsw):
            t = time.perf_counter()
            index.add(data)
            builds.append(time.perf_counter() - t)
        _, truth = flat.search(queries, top)
        flat_lat, _ = _latencies(flat, queries, k)
        hnsw_lat, found = _latencies(hnsw, queries, k)
        recall = float(np.mean([len(set(found[i, :top]) & set(truth[i])) / top for i in range(n_queries)]))
        fs, hs = p50_p95(flat_lat, 1000), p50_p95(hnsw_lat, 1000)
        rows.append({
            "n": n, "flat_build_s": rounded(builds[0]), "hnsw_build_s": rounded(builds[1]),
            "flat_p50_ms": fs["p50"], "flat_p95_ms": fs["p95"],
            "hnsw_p50_ms": hs["p50"], "hnsw_p95_ms": hs["p95"], "speedup_p50": rounded(fs["p50"] / hs["p50"]) if fs["p50"] is not None and hs["p50"] else None,
            "recall_at_10": rounded(recall), "rag_uses": "hnsw" if n > FLAT_MAX else "flat",
        })
        log(f"  search n={n}: flat p50 {fs['p50']} ms, hnsw p50 {hs['p50']} ms (build {builds[1]:.1f} s), recall@10 {recall:.3f}")
        del flat, hnsw, data
        gc.collect()
    speedup, min_recall = TARGETS["search"]["speedup_min"], TARGETS["search"]["recall_at_10_min"]
    return {
        "dim": DIM, "queries": n_queries, "search_k": search_k, "seed": seed, "backend": "faiss",
        "hnsw": {"M": HNSW_M, "efConstruction": HNSW_EF_CONSTRUCTION, "efSearch": HNSW_EF_SEARCH},
        "sizes": rows, "crossover_n": crossover(rows, speedup, min_recall), "flat_max": FLAT_MAX,
        **targets_met("search", flat_max_agrees=flat_max_agrees(rows, FLAT_MAX, speedup, min_recall)),
    }
