"""How long Ctrl-C takes to stop an answer while llama.cpp reads a long prompt (rag/process/interrupt.py).

    PYTHONPATH=. .venv/bin/python scripts/measure_interrupt.py [MODEL.gguf] [DELAYS]

SIGINT is sent to this process DELAYS seconds (comma-separated, default 1,2,4,8) into answers over
a ~1,560-token prompt (seeds/002, three batches of 512 and a bit); each answer has its own first
line, so that nothing of it is in llama.cpp's cache. Prints the seconds from the signal to the
KeyboardInterrupt.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    from rag.backends.llama_cpp import LlamaGenerator

    model = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "models" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
    delays = [float(x) for x in (sys.argv[2] if len(sys.argv) > 2 else "1,2,4,8").split(",")]
    gen = LlamaGenerator(model.stem, model, n_ctx=4096)
    gen.llm  # noqa: B018 - loaded before the first measurement
    text = (ROOT / "seeds" / "002_0bcbfc6dc01f01cf.txt").read_text(encoding="utf-8")[:7400]

    def messages(run: int) -> list[dict[str, str]]:
        return [
            {"role": "system", "content": f"Run {run}. Answer from the passages."},
            {"role": "user", "content": f"Passages:\n{text}\n\nQuestion: Who denied the report?"},
        ]

    print(f"{model.name}, {gen.prompt_tokens(messages(0))} prompt tokens, load average {os.getloadavg()[0]:.1f}", flush=True)
    for run, delay in enumerate(delays, start=1):
        sent: list[float] = []

        def fire(sent: list[float] = sent) -> None:
            sent.append(time.perf_counter())
            os.kill(os.getpid(), signal.SIGINT)

        timer = threading.Timer(delay, fire)
        timer.start()
        pieces = 0
        try:
            for _ in gen.stream(messages(run), 64):
                pieces += 1
            timer.cancel()
            print(f"Ctrl-C at {delay:.1f} s: the answer ended first", flush=True)
        except KeyboardInterrupt:
            print(f"Ctrl-C at {delay:.1f} s ({pieces} pieces written): acted after {time.perf_counter() - sent[0]:.3f} s", flush=True)


if __name__ == "__main__":
    main()
