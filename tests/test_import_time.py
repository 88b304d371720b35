"""`import rag` and `import rag.cli.main` stay fast and load no heavy library (the query path must answer in < 1 s).

Each measurement is a fresh interpreter timing its own import (interpreter
start-up not included), best of several runs to keep scheduler noise out.
Measured on the development machine (Python 3.11): ``import rag`` ~9-10 ms,
``import rag.cli.main`` ~45-55 ms (typer); the budgets leave generous headroom (a loaded CI machine must not turn them red) while still catching a heavy import (torch alone takes seconds).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

RUNS = 5
BUDGETS = {"rag": 0.1, "rag.cli.main": 0.3}
#: never imported by `import rag`
HEAVY_FOR_RAG = ("torch", "faiss", "sentence_transformers", "transformers", "llama_cpp", "numpy", "onnxruntime")
#: never imported by `import rag.cli.main` (it may load numpy or the like, but not a model runtime)
HEAVY_FOR_CLI = ("torch", "sentence_transformers", "transformers", "llama_cpp")

_PROBE = """
import json, sys, time
start = time.perf_counter()
import {module}
seconds = time.perf_counter() - start
print(json.dumps({{"seconds": seconds, "modules": sorted(m for m in sys.modules if "." not in m)}}))
"""


def _measure(module: str) -> tuple[float, set[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAG_")}
    best = float("inf")
    loaded: set[str] = set()
    for _ in range(RUNS):
        proc = subprocess.run(
            [sys.executable, "-c", _PROBE.format(module=module)], capture_output=True, text=True, env=env, timeout=60
        )
        assert proc.returncode == 0, proc.stderr
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        best = min(best, result["seconds"])
        loaded = set(result["modules"])
    return best, loaded


@pytest.mark.parametrize(
    "module,heavy",
    [("rag", HEAVY_FOR_RAG), ("rag.cli.main", HEAVY_FOR_CLI)],
)
def test_import_is_fast_and_light(module: str, heavy: tuple[str, ...]) -> None:
    seconds, loaded = _measure(module)
    assert not loaded & set(heavy), f"import {module} loads {sorted(loaded & set(heavy))}"
    assert seconds < BUDGETS[module], f"import {module} took {seconds * 1000:.0f} ms (budget {BUDGETS[module] * 1000:.0f} ms)"
