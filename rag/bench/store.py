"""`rag bench -s store`: search through the database store (PostgreSQL + pgvector) beside FAISS flat.

Both search the same synthetic unit vectors, one query at a time with rag's candidate depth,
exactly (pgvector without an approximate index), in the same run. The database is the one
``--store`` names, else a temporary local server that is removed afterwards.
"""

from __future__ import annotations

import gc
import tempfile
import time
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from rag.bench.search import DIM, _latencies, _unit
from rag.bench.util import Log, p50_p95, rounded
from rag.config import Settings


def bench_store(settings: Settings, sizes: Iterable[int], log: Log, *, n_queries: int = 100, search_k: int = 60, seed: int = 0) -> dict[str, Any]:
    """p50/p95 of one search through the database and through FAISS flat, with load time and agreement."""
    with tempfile.TemporaryDirectory(prefix="rag-bench-store-") as tmp:
        uri = settings.store or f"postgresql://{Path(tmp) / 'db'}?schema=bench"
        from rag.backends.pg_store import PgStore

        store = PgStore(uri)
        try:
            rows = [_one_size(store, n, log, n_queries, search_k, seed) for n in sorted({int(s) for s in sizes})]
        finally:
            store.close()
    return {"store": store.location, "dim": DIM, "queries": n_queries, "search_k": search_k, "seed": seed, "sizes": rows}


def _one_size(store: Any, n: int, log: Log, n_queries: int, search_k: int, seed: int) -> dict[str, Any]:
    from rag.backends.pg_vector import PgVectorIndex
    from rag.backends.registry import vector_index_backend

    rng = np.random.default_rng(seed)
    data = _unit(rng.standard_normal((n, DIM), dtype=np.float32))
    queries = _unit(rng.standard_normal((n_queries, DIM), dtype=np.float32))
    k = min(n, search_k)
    flat = vector_index_backend("faiss").create(DIM, "flat")
    t = time.perf_counter()
    flat.add(data)
    flat_build = time.perf_counter() - t
    table = f"bench{n}"
    pg = PgVectorIndex.create_in(store, table, DIM)
    try:
        t = time.perf_counter()
        pg.add(data)
        pg_build = time.perf_counter() - t
        _latencies(pg, queries[:5], k)  # warm the table into the server's cache, as a serving database is
        flat_lat, flat_ids = _latencies(flat, queries, k)
        pg_lat, pg_ids = _latencies(pg, queries, k)
    finally:
        pg.drop()
    same = float(np.mean([np.array_equal(flat_ids[i, :10], pg_ids[i, :10]) for i in range(n_queries)]))
    fs, ps = p50_p95(flat_lat, 1000), p50_p95(pg_lat, 1000)
    log(f"  store n={n}: FAISS flat p50 {fs['p50']} ms p95 {fs['p95']} ms; database p50 {ps['p50']} ms p95 {ps['p95']} ms; same top 10 {same:.2f}")
    del flat, data
    gc.collect()
    return {
        "n": n, "faiss_flat_p50_ms": fs["p50"], "faiss_flat_p95_ms": fs["p95"], "store_p50_ms": ps["p50"], "store_p95_ms": ps["p95"],
        "ratio_p50": rounded(ps["p50"] / fs["p50"]) if ps["p50"] and fs["p50"] else None,
        "faiss_build_s": rounded(flat_build), "store_load_s": rounded(pg_build), "same_top10": rounded(same),
    }
