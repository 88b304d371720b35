"""`rag bench` (rag.bench.run): layout of the result, the pure decision logic, and small real runs."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, real_models_available

from rag.bench import process as bench_process
from rag.bench import run as bench
from rag.bench import search as bench_search
from rag.config import Settings
from rag.errors import NoIndexError, UsageError
from rag.index.store import FLAT_MAX

SMALL_LLM = ROOT / "models" / "qwen2.5-coder-0.5b-instruct.gguf"
QUESTION = "Who is the US envoy who negotiated the Israel-Hezbollah ceasefire?"


def _row(n: int, flat_ms: float, hnsw_ms: float, recall: float) -> dict[str, float]:
    return {"n": n, "flat_p50_ms": flat_ms, "hnsw_p50_ms": hnsw_ms, "recall_at_10": recall}


# ---------------------------------------------------------------- fast


def test_search_section_with_tiny_sizes(settings: Settings) -> None:
    result = bench.run_bench(settings, sections={"search"}, sizes=(2000, 500))
    json.dumps(result, allow_nan=False)
    assert {"machine", "settings", "search", "duration_s"} <= set(result)
    assert not set(result) & {"ingest", "generation", "cold_start", "answers"}
    assert result["machine"]["cpu_count"] >= 1 and "faiss-cpu" in result["machine"]["versions"]
    s = result["search"]
    assert {"sizes", "crossover_n", "flat_max", "targets", "met", "hnsw", "dim"} <= set(s)
    assert s["flat_max"] == FLAT_MAX and s["dim"] == 384
    assert s["targets"] == {"speedup_min": 2.0, "recall_at_10_min": 0.95}
    assert isinstance(s["met"]["flat_max_agrees"], bool)
    assert [r["n"] for r in s["sizes"]] == [500, 2000]
    for row in s["sizes"]:
        assert row["flat_p50_ms"] > 0 and row["hnsw_p50_ms"] > 0
        assert row["flat_p95_ms"] >= row["flat_p50_ms"] and row["hnsw_p95_ms"] >= row["hnsw_p50_ms"]
        assert 0.0 <= row["recall_at_10"] <= 1.0
        assert row["flat_build_s"] >= 0 and row["hnsw_build_s"] > 0
        assert row["rag_uses"] == "flat"
    assert s["sizes"][0]["recall_at_10"] > 0.5  # HNSW on 500 points is close to exact
    assert s["crossover_n"] == bench_search.crossover(s["sizes"])


def test_crossover_is_the_smallest_size_fast_enough_and_accurate_enough() -> None:
    rows = [_row(100_000, 10.0, 0.5, 0.97), _row(1_000, 0.1, 0.08, 0.99), _row(10_000, 1.0, 0.4, 0.97)]
    assert bench_search.crossover(rows) == 10_000  # unsorted input: 10k is 2.5x faster with recall 0.97
    # fast enough at 10k but not accurate enough: the next size
    assert bench_search.crossover([_row(1_000, 0.1, 0.08, 0.99), _row(10_000, 1.0, 0.4, 0.94), _row(100_000, 10.0, 0.5, 0.96)]) == 100_000
    # exactly 2x and exactly 0.95 qualify
    assert bench_search.crossover([_row(5_000, 1.0, 0.5, 0.95)]) == 5_000
    assert bench_search.crossover([_row(5_000, 1.0, 0.51, 0.99), _row(9_000, 9.0, 0.1, 0.949)]) is None
    assert bench_search.crossover([]) is None
    assert bench_search.crossover([_row(5_000, 1.0, 0.4, 0.9)], speedup=2.0, min_recall=0.9) == 5_000
    assert bench_search.crossover([_row(5_000, 1.0, 0.4, 0.99)], speedup=3.0) is None


def test_flat_max_agreement() -> None:
    rows = [_row(1_000, 0.1, 0.08, 0.99), _row(10_000, 1.0, 0.4, 0.97), _row(100_000, 10.0, 0.5, 0.97)]
    assert bench_search.flat_max_agrees(rows, 5_000)  # flat where HNSW does not pay, HNSW where it does
    assert not bench_search.flat_max_agrees(rows, 50_000)  # flat at 10k although HNSW qualifies there
    assert not bench_search.flat_max_agrees(rows, 500)  # HNSW at 1k although it does not pay
    low_recall = [_row(100_000, 10.0, 0.5, 0.6)]
    assert bench_search.flat_max_agrees(low_recall, 200_000) and not bench_search.flat_max_agrees(low_recall, 50_000)


def test_unknown_section_is_a_usage_error(settings: Settings) -> None:
    with pytest.raises(UsageError, match="nope"):
        bench.run_bench(settings, sections={"search", "nope"})


@pytest.mark.parametrize("section", ["cold_start", "generation", "answers"])
def test_sections_that_need_the_index_say_so_first(settings: Settings, section: str) -> None:
    with pytest.raises(NoIndexError) as info:
        bench.run_bench(settings, sections={section})
    assert "rag ingest" in str(info.value)


def test_timed_stream_counts_pieces_and_decoding_speed() -> None:
    r = bench._timed_stream(iter(["Hoch", "stein", " [1]", "."]))
    assert r["tokens"] == 4 and r["text"] == "Hochstein [1]."
    assert r["ttft_s"] >= 0 and r["total_s"] >= r["ttft_s"] and r["decode_tokens_per_s"] > 0
    empty = bench._timed_stream(iter([]))
    assert empty["tokens"] == 0 and empty["ttft_s"] is None and empty["decode_tokens_per_s"] is None


def test_run_child_times_the_first_byte_and_reports_peak_rss() -> None:
    code = "import time, sys; sys.stdout.write('x'); sys.stdout.flush(); time.sleep(0.3); print('done')"
    r = bench_process._run_child([sys.executable, "-c", code], dict(os.environ))
    assert 0 < r["first_byte_s"] < r["total_s"] and r["total_s"] - r["first_byte_s"] >= 0.25
    assert 1 < r["peak_rss_mb"] < 1000
    with pytest.raises(RuntimeError, match="exited with 3"):
        bench_process._run_child([sys.executable, "-c", "import sys; sys.stderr.write('boom'); sys.exit(3)"], dict(os.environ))


def test_default_questions_are_answerable_heldout_gold_questions() -> None:
    qs = bench.default_questions()
    assert len(qs) == 10 and all(isinstance(q, str) and q.endswith("?") for q in qs)


# ---------------------------------------------------------------- integration (real models)

needs_embedder = pytest.mark.skipif(not real_models_available(), reason="all-MiniLM-L6-v2 is not installed (rag models install minilm)")
needs_llm = pytest.mark.skipif(not SMALL_LLM.is_file(), reason=f"{SMALL_LLM.name} is absent (rag models install fast)")


def _link_onnx(home: Path) -> None:
    """Let a test home use the checkout's ONNX export of the embedder, as a real install would."""
    (home / "models").mkdir(parents=True, exist_ok=True)
    for f in (ROOT / "models").glob("*.onnx*"):
        (home / "models" / f.name).symlink_to(f.resolve())


@pytest.fixture(scope="module")
def real_index(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The seeds indexed once with the real embedder, in a home of its own."""
    if not real_models_available():
        pytest.skip("the all-MiniLM-L6-v2 embedder is not installed")
    from rag.ingestion.ingest import ingest

    home = tmp_path_factory.mktemp("bench-home")
    _link_onnx(home)
    settings = Settings(home=home)
    ingest([SEEDS], settings)
    return settings


@pytest.mark.integration
@needs_embedder
def test_ingest_section_against_sentence_transformers(settings: Settings) -> None:
    _link_onnx(settings.home)
    result = bench.run_bench(settings, sections={"ingest"}, repeats=1)
    json.dumps(result, allow_nan=False)
    s = result["ingest"]
    assert s["chunks"] > 50 and s["runs"] == 1
    assert s["backend"] == ("onnx" if list((ROOT / "models").glob("*.onnx")) else "sentence-transformers")
    assert s["rag_ingest_s"] > s["rag_embed_s"] > 0 and s["st_encode_s"] > 0 and s["st_load_s"] > 0
    assert s["ratio"] == pytest.approx(s["rag_ingest_s"] / s["st_encode_s"], rel=1e-2)
    assert s["ratio_including_st_load"] < s["ratio"]
    assert isinstance(s["met"]["ratio"], bool) and s["targets"] == {"ratio_max": 1.15}
    assert not (settings.home / ".rag").exists()  # the bench ingests into a temporary home only


@pytest.mark.integration
@needs_llm
def test_generation_section_with_the_small_model(real_index: Settings) -> None:
    result = bench.run_bench(real_index, sections={"generation"}, model=str(SMALL_LLM), repeats=1, max_tokens=16)
    json.dumps(result, allow_nan=False)
    g = result["generation"]
    assert g["model"] == SMALL_LLM.name and g["max_tokens"] == 16 and g["prompt_tokens"] > 100
    assert g["question"] == bench.GENERATION_QUESTION  # a summary: long enough an answer to time decoding
    for side in ("rag", "bare"):
        assert 8 <= g[side]["tokens"] <= 16 and g[side]["ttft_s"] > 0 and g[side]["decode_tokens_per_s"] > 0
    assert abs(g["rag"]["tokens"] - g["bare"]["tokens"]) <= 2  # comparable work on both sides
    assert g["tokens_per_s_ratio"] > 0 and isinstance(g["met"]["tokens_per_s_ratio"], bool)


@pytest.mark.integration
@needs_llm
def test_cold_start_section(real_index: Settings) -> None:
    result = bench.run_bench(real_index, sections={"cold_start"}, model=str(SMALL_LLM), questions=[QUESTION], repeats=1)
    c = result["cold_start"]
    for cmd in ("search", "ask"):
        assert c[cmd]["runs"] == 1
        assert 0 < c[cmd]["first_byte_s"] <= c[cmd]["total_s"]
        assert 50 < c[cmd]["peak_rss_mb"] < 8000
    assert c["ask"]["peak_rss_mb"] > c["search"]["peak_rss_mb"]  # ask loads the LLM as well
    assert isinstance(c["met"]["search_first_byte_s"], bool)


@pytest.mark.integration
@needs_llm
def test_answers_section_warm(real_index: Settings) -> None:
    qs = [QUESTION, "Which Afghan brigade was moved to Damascus and Latakia?"]
    result = bench.run_bench(real_index, sections={"answers"}, model=str(SMALL_LLM), questions=qs)
    a = result["answers"]
    assert a["questions"] == 2 and len(a["items"]) == 2
    assert a["total_s"]["p50"] > 0 and a["total_s"]["p95"] >= a["total_s"]["p50"]
    assert a["ttft_s"]["p50"] > 0 and a["mean_prompt_tokens"] > 100
    assert set(a["met"]) == {"total_p50_s", "total_p95_s", "ttft_p50_s"}


@pytest.mark.integration
@needs_embedder
def test_documents_section(tmp_path: Path) -> None:
    pytest.importorskip("pypdfium2")
    home = tmp_path / "home"
    _link_onnx(home)
    result = bench.run_bench(Settings(home=home), sections={"documents"}, repeats=1)
    d = result["documents"]
    assert d["pages"] > 200 and d["bare_pages_per_s"] > 0 and d["rag_pages_per_s"] > 0
    assert d["ratio"] == pytest.approx(d["rag_pages_per_s"] / d["bare_pages_per_s"], rel=0.01)
    assert d["big_pdf"]["pages"] == 1000 and d["big_pdf"]["chunks"] > 1000 and 10 < d["big_pdf"]["peak_rss_mb"] < 4000
    assert isinstance(d["met"]["ratio"], bool)
