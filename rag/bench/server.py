"""`rag bench`'s server section: the OpenAI-compatible server path against the in-process model.

Both run the same GGUF file with the same context settings and the same rag
prompt; their runs alternate, so that a machine that speeds up or slows down
weighs on both alike. The prompt is warm in both (llama.cpp keeps the
evaluated prefix in process and in the server alike), so the first-token
difference is the server path's own cost: HTTP, JSON, server-sent events.
"""

from __future__ import annotations

import time
from typing import Any, Callable, Iterator

from rag.bench.util import TARGETS, Log, median_or_none, rounded, targets_met
from rag.config import Settings


def _timed(pieces: Iterator[str]) -> dict[str, Any]:
    t0, first, n, text = time.perf_counter(), None, 0, []
    for piece in pieces:
        first = first or time.perf_counter()
        n += 1
        text.append(piece)
    end = time.perf_counter()
    ttft = (first or end) - t0
    return {"ttft_s": ttft, "tokens_per_s": (n - 1) / (end - first) if first and n > 1 and end > first else None, "text": "".join(text), "pieces": n}


def bench_server(settings: Settings, model: str | None, question: str, max_tokens: int, runs: int, log: Log) -> dict[str, Any]:
    """Tokens/s and first-token time through an OpenAI-compatible server vs in process, same model and prompt.

    With ``settings.llm_url`` that server is measured (it must serve the same model as ``model``);
    else llama-cpp-python's server is started on 127.0.0.1 for the duration.
    """
    from rag.answering.prompt import build_messages, fit_to_budget
    from rag.backends.http_client import shown_url
    from rag.backends.llama_cpp import LlamaGenerator
    from rag.backends.llama_server import LlamaServer
    from rag.backends.openai_http import OpenAIGenerator
    from rag.models.catalog import resolve_llm
    from rag.runtime import Runtime

    name, path = resolve_llm(model or settings.model, settings)
    retriever = Runtime(settings).retriever()
    hits = retriever.search(question, settings.k, settings.candidates)
    local = LlamaGenerator(name, path, settings.n_ctx, settings.threads)
    _, evidence = build_messages(question, hits, embedder=retriever.embedder)
    messages, _, prompt_tokens = fit_to_budget(question, evidence, [], local.prompt_tokens, local.n_ctx - settings.max_answer_tokens - 16)
    server = None if settings.llm_url else LlamaServer(path, n_ctx=settings.n_ctx, threads=settings.threads)
    try:
        url = settings.llm_url or (server.url if server else "")
        remote = OpenAIGenerator(url, settings.llm_model or None, n_ctx=settings.n_ctx)
        contenders: dict[str, Callable[[], Iterator[str]]] = {
            "in_process": lambda: local.stream(messages, max_tokens, 0.0),
            "server": lambda: remote.stream(messages, max_tokens, 0.0),
        }
        for stream in contenders.values():
            "".join(stream())  # pages the weights in and leaves the prompt evaluated
        results: dict[str, list[dict[str, Any]]] = {"in_process": [], "server": []}
        log(f"  server: {name}, {prompt_tokens} prompt tokens, in process and through {shown_url(url)} in turn …")
        for i in range(runs):
            for key in ("in_process", "server") if i % 2 == 0 else ("server", "in_process"):
                results[key].append(_timed(contenders[key]()))
        remote.close()
    finally:
        if server is not None:
            server.stop()
    med = {k: {m: median_or_none([r[m] for r in v if r[m] is not None]) for m in ("ttft_s", "tokens_per_s")} for k, v in results.items()}
    ratio = med["server"]["tokens_per_s"] / med["in_process"]["tokens_per_s"] if med["server"]["tokens_per_s"] and med["in_process"]["tokens_per_s"] else None
    added = (med["server"]["ttft_s"] - med["in_process"]["ttft_s"]) * 1000 if med["server"]["ttft_s"] is not None and med["in_process"]["ttft_s"] is not None else None
    tg = TARGETS["server"]
    return {
        "model": name, "url": shown_url(url) if settings.llm_url else "llama_cpp.server started by the bench", "prompt_tokens": prompt_tokens,
        "max_tokens": max_tokens, "runs": runs, "server_start_s": rounded(server.started_in) if server else None,
        "in_process": {k: rounded(v, 3) for k, v in med["in_process"].items()}, "server": {k: rounded(v, 3) for k, v in med["server"].items()},
        "same_text": results["server"][-1]["text"] == results["in_process"][-1]["text"],
        "tokens_per_s_ratio": rounded(ratio, 3), "added_ttft_ms": rounded(added, 1),
        **targets_met("server", tokens_per_s_ratio=ratio is not None and ratio >= tg["tokens_per_s_ratio_min"],
                      added_ttft_ms=added is not None and added <= tg["added_ttft_ms_max"]),
    }
