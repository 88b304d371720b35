"""`rag bench`: rag's performance against its own baselines, all measured in one run.

Every ratio compares two figures taken in the same process on the same machine
(rag's ingest against bare sentence-transformers, FAISS HNSW against flat,
rag's generation against bare llama-cpp-python), never a constant, so the
result stays meaningful on a slow or busy machine. :func:`run_bench` returns a
JSON-serialisable dict; each section holds its figures, its ``targets`` and a
boolean per target under ``met``.
"""

from __future__ import annotations

import gc
import os
import platform
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

import numpy as np

from rag.bench.documents import bench_documents
from rag.bench.process import bench_cold_start
from rag.bench.search import bench_search
from rag.bench.server import bench_server
from rag.bench.store import bench_store
from rag.bench.util import TARGETS, Log, median_or_none, p50_p95, rounded, targets_met
from rag.config import _CHECKOUT, Settings, default_corpus, enforce_offline
from rag.errors import UsageError

if TYPE_CHECKING:  # pragma: no cover
    import llama_cpp

SECTIONS = ("ingest", "search", "documents", "generation", "cold_start", "answers", "server", "store")
#: sections run only when asked for by name (they start a server: an LLM's, a database)
OPT_IN = ("server", "store")
#: the generation section's default question: over seeds/ it draws a 30-64 token answer (a gold question's
#: answer is a name, 3-7 tokens, too few to time decoding); the prompt is built the way rag builds any
GENERATION_QUESTION = "Summarise what the documents say about Iran's presence in Syria."


def machine_info(settings: Settings) -> dict[str, Any]:
    """CPU, OS, Python and the versions of the libraries that do the work."""
    from importlib import metadata

    def version(dist: str) -> str | None:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return None

    cpu = platform.processor() or None
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), cpu)
    except OSError:
        pass
    return {
        "cpu": cpu, "cpu_count": os.cpu_count(), "threads": settings.threads,
        "load_avg_at_start": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
        "platform": platform.platform(), "python": platform.python_version(),
        "versions": {d: version(d) for d in ("faiss-cpu", "llama-cpp-python", "onnxruntime", "torch", "sentence-transformers", "numpy")},
    }


def default_questions(limit: int = 10) -> list[str]:
    """The first ``limit`` answerable questions of the held-out split of eval/gold.jsonl."""
    from rag.eval.gold import load_gold

    path = next((p for p in (_CHECKOUT / "eval" / "gold.jsonl", Path.cwd() / "eval" / "gold.jsonl") if p.is_file()), None)
    if path is None:
        raise UsageError("eval/gold.jsonl is missing: give the questions to benchmark.")
    return [i.question for i in load_gold(path) if i.split == "heldout" and i.answerable][:limit]


def run_bench(
    settings: Settings,
    *,
    sections: set[str] | None = None,
    model: str | None = None,
    sizes: Iterable[int] = (1_000, 10_000, 100_000),
    questions: list[str] | None = None,
    repeats: int = 5,
    max_tokens: int = 64,
    log: Log = lambda s: None,
) -> dict[str, Any]:
    """Measure the chosen ``sections`` (default: all of :data:`SECTIONS`) and return the figures.

    ``model`` overrides ``settings.model`` (catalogue name, alias or .gguf path);
    ``sizes`` are the vector counts of the search section; ``questions`` feed
    answers, cold_start and generation (the first one; default: :func:`default_questions`
    and, for generation, :data:`GENERATION_QUESTION`); ``repeats`` is the number of runs whose median
    is reported (generation and `rag ask` use at most 3); ``max_tokens`` caps
    the generation section's output. Raises NoIndexError before measuring
    anything when a chosen section needs the index of ``settings`` and there is none.
    """
    chosen = set(SECTIONS) - set(OPT_IN) if sections is None else set(sections)
    if chosen - set(SECTIONS):
        raise UsageError(f"Unknown bench section(s): {', '.join(sorted(chosen - set(SECTIONS)))}.", hint=f"Known: {', '.join(SECTIONS)}.")
    repeats = max(1, int(repeats))
    t0 = time.perf_counter()
    result: dict[str, Any] = {
        "started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": machine_info(settings),
        "settings": {"home": str(settings.home), "model": model or settings.model, "embedder": settings.embedder,
                     "threads": settings.threads, "n_ctx": settings.n_ctx, "k": settings.k},
    }
    qs: list[str] = []
    if chosen & {"generation", "cold_start", "answers", "server"}:
        from rag.index.store import IndexStore

        IndexStore(settings.index_dir).read_manifest()  # NoIndexError, with its hint
        qs = list(questions or default_questions())
        if not qs:
            raise UsageError("No questions to benchmark.")
    runs: dict[str, Callable[[], dict[str, Any]]] = {
        "ingest": lambda: bench_ingest(settings, repeats, log),
        "search": lambda: bench_search(sizes, log, search_k=2 * max(settings.candidates, settings.k * 4)),
        "generation": lambda: bench_generation(
            settings, model, questions[0] if questions else GENERATION_QUESTION, max_tokens, min(repeats, 4), log
        ),
        "cold_start": lambda: bench_cold_start(settings, model, qs[0], repeats, log),
        "answers": lambda: bench_answers(settings, model, qs, log),
        "documents": lambda: bench_documents(settings, repeats, log),
        "store": lambda: bench_store(settings, sizes, log),
        "server": lambda: bench_server(settings, model, questions[0] if questions else GENERATION_QUESTION, max_tokens, min(repeats, 4), log),
    }
    for name in (s for s in SECTIONS if s in chosen):
        log(f"bench: {name} …")
        t = time.perf_counter()
        result[name] = runs[name]()
        log(f"bench: {name} done in {time.perf_counter() - t:.1f} s")
    result["duration_s"] = rounded(time.perf_counter() - t0, 2)
    return result


class _TimedEmbedder:
    """Wraps an embedder to add up the seconds spent counting tokens and embedding."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.name, self.dim, self.max_tokens = inner, inner.name, inner.dim, inner.max_tokens
        self.seconds = {"count_tokens": 0.0, "embed": 0.0}

    def _timed(self, method: str, *args: Any, **kwargs: Any) -> Any:
        t = time.perf_counter()
        try:
            return getattr(self.inner, method)(*args, **kwargs)
        finally:
            self.seconds[method] += time.perf_counter() - t

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return self._timed("count_tokens", texts)

    def embed(self, texts: Sequence[str], batch_size: int = 32, on_batch: Any = None) -> np.ndarray:
        return self._timed("embed", texts, batch_size=batch_size, on_batch=on_batch)


def bench_ingest(settings: Settings, repeats: int, log: Log) -> dict[str, Any]:
    """Full rebuild ingest of seeds/ into a temporary home vs sentence-transformers encoding the same chunks."""
    from rag.backends.registry import build_embedder
    from rag.index.store import IndexStore
    from rag.ingestion.ingest import ingest
    from rag.runtime import Runtime

    corpus, times, parts = default_corpus(), [], []
    with tempfile.TemporaryDirectory(prefix="rag-bench-") as tmp:
        tmp_settings = settings.with_(home=Path(tmp))
        tmp_settings.models_dir.mkdir()
        for f in settings.models_dir.glob("*.onnx*"):  # the ONNX export and its sidecar, nothing else
            (tmp_settings.models_dir / f.name).symlink_to(f.resolve())
        for i in range(repeats):
            emb = _TimedEmbedder(build_embedder(tmp_settings))  # fresh each run: loads the model, as `rag ingest` does
            t = time.perf_counter()
            report = ingest([corpus], Runtime(tmp_settings, embedder=emb), rebuild=True)
            times.append(time.perf_counter() - t)
            parts.append(emb.seconds)
            log(f"  ingest run {i + 1}/{repeats}: {times[-1]:.2f} s, {report.chunks} chunks")
        texts = [c.embed_text for c in IndexStore(tmp_settings.index_dir).load(verify=False).chunks]
    folder = getattr(emb.inner, "folder", None)
    if folder is None:
        raise UsageError(f"The embedder {settings.embedder} has no sentence-transformers folder to compare with.")
    enforce_offline()
    t = time.perf_counter()
    from sentence_transformers import SentenceTransformer

    import_s, loads, encodes = time.perf_counter() - t, [], []
    for _ in range(repeats):
        t = time.perf_counter()
        st = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        loads.append(time.perf_counter() - t)
        t = time.perf_counter()
        st.encode(texts, batch_size=32, show_progress_bar=False)
        encodes.append(time.perf_counter() - t)
        del st
    rag_s, enc_s, load_s = median_or_none(times), median_or_none(encodes), median_or_none(loads)
    assert rag_s is not None and enc_s is not None and load_s is not None
    return {
        "corpus": str(corpus), "chunks": len(texts), "backend": getattr(emb.inner, "backend", type(emb.inner).__name__), "runs": repeats,
        "rag_ingest_s": rounded(rag_s), "rag_ingest_runs_s": [rounded(x) for x in times],
        "rag_count_tokens_s": rounded(median_or_none([p["count_tokens"] for p in parts])), "rag_embed_s": rounded(median_or_none([p["embed"] for p in parts])),
        "st_import_s": rounded(import_s), "st_load_s": rounded(load_s), "st_encode_s": rounded(enc_s), "st_total_s": rounded(load_s + enc_s),
        "ratio": rounded(rag_s / enc_s), "ratio_including_st_load": rounded(rag_s / (load_s + enc_s)),
        **targets_met("ingest", ratio=rag_s / enc_s <= TARGETS["ingest"]["ratio_max"]),
    }


def _timed_stream(pieces: Iterator[str]) -> dict[str, Any]:
    """Time to first piece, piece count and decoding speed (pieces after the first / time after the first)."""
    t0 = time.perf_counter()
    stamps, text = [], []
    for piece in pieces:
        stamps.append(time.perf_counter())
        text.append(piece)
    n, end = len(stamps), time.perf_counter()
    decode = (n - 1) / (stamps[-1] - stamps[0]) if n > 1 and stamps[-1] > stamps[0] else None
    return {"ttft_s": stamps[0] - t0 if n else None, "tokens": n, "decode_tokens_per_s": decode, "total_s": end - t0, "text": "".join(text)}


def _summary(results: list[dict[str, Any]]) -> dict[str, Any]:
    median = {key: median_or_none([r[key] for r in results if r[key] is not None]) for key in ("ttft_s", "decode_tokens_per_s", "total_s")}
    return {**{k: rounded(v) for k, v in median.items()}, "tokens": results[-1]["tokens"], "runs": len(results), "text": results[-1]["text"]}


def bench_generation(settings: Settings, model: str | None, question: str, max_tokens: int, runs: int, log: Log) -> dict[str, Any]:
    """rag's LlamaGenerator.stream vs bare llama_cpp on rag's real prompt for ``question``: same model, same messages.

    Both models stay loaded and their runs alternate (rag, bare, bare, rag, …), so that a machine
    that speeds up or slows down during the bench (other load, CPU clocks) weighs on both alike.
    The bare call gets the context settings rag uses (threads, batch, flash attention): the ratio
    is rag's own overhead.
    """
    from rag.answering.prompt import build_messages, fit_to_budget
    from rag.backends.llama_cpp import LlamaGenerator
    from rag.models.catalog import resolve_llm
    from rag.runtime import Runtime

    name, path = resolve_llm(model or settings.model, settings)
    retriever = Runtime(settings).retriever()
    hits = retriever.search(question, settings.k, settings.candidates)
    gen = LlamaGenerator(name, path, settings.n_ctx, settings.threads)
    t = time.perf_counter()
    gen.llm  # noqa: B018 - loads the model
    rag_load = time.perf_counter() - t
    _, evidence = build_messages(question, hits, embedder=retriever.embedder)  # as rag.answering.answer.ask does
    budget = gen.n_ctx - settings.max_answer_tokens - 16
    messages, _, prompt_tokens = fit_to_budget(question, evidence, [], gen.prompt_tokens, budget)

    bare_llm, bare_load = _load_bare_llm(path, settings, gen.llm)
    contenders: dict[str, tuple[Any, Callable[[], Iterator[str]]]] = {
        "rag": (gen.llm, lambda: gen.stream(messages, max_tokens, 0.0)),
        "bare": (bare_llm, lambda: _bare_stream(bare_llm, messages, max_tokens)),
    }
    for llm, _ in contenders.values():
        llm.create_completion("Hello", max_tokens=2, temperature=0)  # page the weights in
    results: dict[str, list[dict[str, Any]]] = {"rag": [], "bare": []}
    log(f"  generation: {name}, {prompt_tokens} prompt tokens, rag and bare llama_cpp in turn …")
    for i in range(runs):
        for key in ("rag", "bare") if i % 2 == 0 else ("bare", "rag"):
            llm, stream = contenders[key]
            llm.reset()  # a cold prompt each time: the KV cache is cleared
            results[key].append(_timed_stream(stream()))
    rag, plain = _summary(results["rag"]), _summary(results["bare"])
    rag["load_s"], plain["load_s"] = rounded(rag_load), rounded(bare_load)
    ratio = rag["decode_tokens_per_s"] / plain["decode_tokens_per_s"] if rag["decode_tokens_per_s"] and plain["decode_tokens_per_s"] else None
    return {
        "model": name, "path": str(path), "question": question, "prompt_tokens": prompt_tokens, "max_tokens": max_tokens,
        "threads": settings.threads, "rag": rag, "bare": plain, "same_text": rag["text"] == plain["text"],
        "tokens_per_s_ratio": rounded(ratio), "ttft_ratio": rounded(rag["ttft_s"] / plain["ttft_s"]) if rag["ttft_s"] and plain["ttft_s"] else None,
        **targets_met("generation", tokens_per_s_ratio=ratio is not None and ratio >= TARGETS["generation"]["tokens_per_s_ratio_min"]),
    }


def _load_bare_llm(path: Path, settings: Settings, rag_llm: Any) -> tuple[llama_cpp.Llama, float]:
    """A bare ``llama_cpp.Llama`` on the model at ``path``, with the context settings rag's own
    (``rag_llm``) was given, and the seconds it took to load."""
    import llama_cpp

    from rag.backends.llama_cpp import _quiet_stderr

    t = time.perf_counter()
    with _quiet_stderr():
        bare_llm = llama_cpp.Llama(
            model_path=str(path), n_ctx=settings.n_ctx, n_threads=settings.threads, n_threads_batch=settings.threads,
            n_batch=512, flash_attn=rag_llm.context_params.flash_attn_type == llama_cpp.LLAMA_FLASH_ATTN_TYPE_ENABLED,
            verbose=False,
        )
    return bare_llm, time.perf_counter() - t


def _bare_stream(bare_llm: llama_cpp.Llama, messages: list[dict[str, str]], max_tokens: int) -> Iterator[str]:
    """The answer's pieces as bare llama-cpp-python streams them for ``messages`` (greedy, as rag's)."""
    parts: Any = bare_llm.create_chat_completion(messages=messages, max_tokens=max_tokens, temperature=0, stream=True)  # type: ignore[arg-type]
    for part in parts:
        piece = part["choices"][0].get("delta", {}).get("content")
        if piece:
            yield str(piece)


def bench_answers(settings: Settings, model: str | None, questions: list[str], log: Log) -> dict[str, Any]:
    """Warm answers in one process (index, embedder and model loaded once): `rag chat`'s latency per question.

    Each question is asked on its own (no chat history), so the figures do not
    depend on the order of the questions beyond llama.cpp's reuse of the system prompt.
    """
    from rag.answering.answer import ask
    from rag.runtime import Runtime

    rt = Runtime(settings.with_(model=model) if model else settings)
    t = time.perf_counter()
    rt.retriever().search(questions[0], settings.k, settings.candidates)  # loads index and embedder
    retriever_s = time.perf_counter() - t
    gen = rt.generator
    name = gen.name
    t = time.perf_counter()
    getattr(gen, "llm", None)  # loads a local model
    load_s = time.perf_counter() - t
    items: list[dict[str, Any]] = []
    for i, q in enumerate(questions):
        t = time.perf_counter()
        a = ask(q, rt)
        wall, tm = time.perf_counter() - t, a.timings
        llm = a.refusal_reason not in ("retrieval", "constraint", "subject")  # else the model was never asked
        items.append({"question": q, "total_s": rounded(wall, 3), "ttft_s": rounded(tm.ttft_ms / 1000, 3) if llm else None,
                      "prompt_tokens": tm.prompt_tokens if llm else None, "gen_tokens": tm.gen_tokens,
                      "tokens_per_s": rounded(tm.tokens_per_s, 2) if llm else None, "refused": a.refused, "refusal_reason": a.refusal_reason})
        log(f"  answer {i + 1}/{len(questions)}: {wall:.2f} s, first token {tm.ttft_ms / 1000:.2f} s, {tm.prompt_tokens} prompt tokens")
    del gen, rt
    gc.collect()

    def values(key: str) -> list[float]:
        return [float(x[key]) for x in items if x[key] is not None]

    def mean(key: str) -> float | None:
        return rounded(sum(values(key)) / len(values(key)), 2) if values(key) else None

    total, ttft, tg = p50_p95(values("total_s"), nd=3), p50_p95(values("ttft_s"), nd=3), TARGETS["answers"]
    return {
        "model": name, "questions": len(items), "model_load_s": rounded(load_s), "retriever_load_s": rounded(retriever_s),
        "total_s": total, "ttft_s": ttft, "first_total_s": items[0]["total_s"],
        "mean_prompt_tokens": mean("prompt_tokens"), "mean_gen_tokens": mean("gen_tokens"), "mean_tokens_per_s": mean("tokens_per_s"),
        "refused": sum(1 for x in items if x["refused"]), "items": items,
        **targets_met("answers", total_p50_s=total["p50"] is not None and total["p50"] <= tg["total_p50_s_max"],
               total_p95_s=total["p95"] is not None and total["p95"] <= tg["total_p95_s_max"],
               ttft_p50_s=ttft["p50"] is not None and ttft["p50"] <= tg["ttft_p50_s_max"]),
    }
