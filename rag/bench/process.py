"""`rag bench`'s cold-start section: `rag search` and `rag ask` as fresh processes, timed and measured."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from rag.bench.util import TARGETS, Log, median_or_none, rounded, targets_met
from rag.config import Settings
from rag.errors import UsageError


def _peak_rss(pid: int) -> int:
    """Peak RSS so far of a live process in bytes (VmHWM on Linux, else current RSS); 0 once it is gone."""
    if sys.platform.startswith("linux"):
        try:
            with open(f"/proc/{pid}/status") as fh:
                return next((int(line.split()[1]) * 1024 for line in fh if line.startswith("VmHWM:")), 0)
        except OSError:
            return 0
    import psutil

    try:
        return psutil.Process(pid).memory_info().rss
    except psutil.Error:
        return 0


def _run_child(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds to the first byte of stdout and to exit, and peak RSS in MB (polled every 20 ms), of one command.

    (getrusage's ru_maxrss is no use: Linux charges a child with the RSS of the
    process it was forked from, so every child of a big process looks big.)
    """
    import psutil

    peak, done = [0], threading.Event()

    def poll(pid: int) -> None:
        # the `rag` command is a supervisor that runs the work in a child (rag.process.launcher): the
        # peak is of the whole tree, each process's own peak added up
        try:
            root = psutil.Process(pid)
        except psutil.Error:
            return
        while not done.is_set():
            try:
                tree = [pid] + [c.pid for c in root.children(recursive=True)]
            except psutil.Error:
                tree = [pid]
            peak[0] = max(peak[0], sum(_peak_rss(p) for p in tree))
            done.wait(0.02)

    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL, env=env)
        poller = threading.Thread(target=poll, args=(proc.pid,), daemon=True)
        poller.start()
        assert proc.stdout is not None
        first_byte = proc.stdout.read1(1)  # type: ignore[attr-defined]  # a BufferedReader: read1 returns what is there
        first = time.perf_counter() - t0
        proc.stdout.read()
        proc.wait()
        total = time.perf_counter() - t0
        done.set()
        poller.join()
        proc.stdout.close()
        if proc.returncode != 0 or not first_byte:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace").strip()[-500:]
            raise RuntimeError(f"{' '.join(cmd[1:3])} exited with {proc.returncode}: {tail or 'no output'}")
    return {"first_byte_s": first, "total_s": total, "peak_rss_mb": peak[0] / 2**20}


def bench_cold_start(settings: Settings, model: str | None, question: str, repeats: int, log: Log) -> dict[str, Any]:
    """`rag search` and `rag ask --no-stream` as fresh processes: time to first byte of output and peak RSS."""
    exe = Path(sys.executable).with_name("rag")
    if not exe.is_file():
        raise UsageError(f"The rag script is missing beside {sys.executable}.", hint="Install rag into this environment.")
    env = {**os.environ, "RAG_HOME": str(settings.home), "RAG_EMBEDDER": settings.embedder, "RAG_MODEL": model or settings.model,
           "RAG_K": str(settings.k), "RAG_THREADS": str(settings.threads), "RAG_CTX": str(settings.n_ctx),
           "RAG_MAX_ANSWER_TOKENS": str(settings.max_answer_tokens)}
    out: dict[str, Any] = {"question": question}
    for cmd, runs in ((["search"], repeats), (["ask", "--no-stream"], min(3, repeats))):
        results = []
        for i in range(runs):
            results.append(_run_child([str(exe), *cmd, question], env))
            log(f"  rag {cmd[0]} run {i + 1}/{runs}: first byte {results[-1]['first_byte_s']:.2f} s")
        out[cmd[0]] = {
            "runs": runs, "first_byte_s": rounded(median_or_none([r["first_byte_s"] for r in results]), 3),
            "total_s": rounded(median_or_none([r["total_s"] for r in results]), 3), "peak_rss_mb": rounded(max(r["peak_rss_mb"] for r in results), 1),
            "first_byte_runs_s": [rounded(r["first_byte_s"], 3) for r in results],
        }
    return {**out, **targets_met("cold_start", search_first_byte_s=out["search"]["first_byte_s"] <= TARGETS["cold_start"]["search_first_byte_s_max"])}
