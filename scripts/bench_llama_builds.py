#!/usr/bin/env python3
"""Prompt and generation speed of llama-cpp-python builds and load settings, side by side.

Issue 16 asked for the fix to be chosen by measurement. Each variant is a
folder holding an installed ``llama_cpp`` package (``pip install --no-deps
--target DIR WHEEL``) and a load setting (default, or ``safe``:
``use_extra_bufts=False``). The variants run in alternation, each in its own
child process, ``--rounds`` times; the median of the rounds is printed as JSON
with the ratio against the first variant.

    scripts/bench_llama_builds.py --model models/qwen2.5-coder-1.5b-instruct.gguf \\
        native=/tmp/llama-native native-safe=/tmp/llama-native:safe portable=/tmp/llama-portable
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

CHILD = r"""
import json, sys, time
import llama_cpp
from llama_cpp import llama as llama_module
model, safe, threads = sys.argv[1], sys.argv[2] == "safe", int(sys.argv[3])
lib = llama_module.llama_cpp
if safe:
    original = lib.llama_model_default_params
    def params():
        p = original(); p.use_extra_bufts = False; return p
    lib.llama_model_default_params = params
llm = llama_cpp.Llama(model_path=model, n_ctx=2048, n_threads=threads, n_threads_batch=threads, n_batch=512,
                      flash_attn=True, verbose=False)
text = " ".join(open(sys.argv[4], encoding="utf-8").read().split())
ids = llm.tokenize(text.encode())[:520]
prompt = llm.detokenize(ids).decode("utf-8", "ignore") + "\n\nSummarise the text above in five sentences."
n_prompt = len(llm.tokenize(prompt.encode()))
out = {}
for attempt in range(2):  # the first run warms the caches and pages in the weights
    llm.reset()
    t0 = time.perf_counter(); first = None; n = 0
    for part in llm.create_completion(prompt, max_tokens=64, temperature=0.0, top_k=1, stream=True):
        n += 1
        if first is None:
            first = time.perf_counter()
    end = time.perf_counter()
out["prompt_tokens"] = n_prompt
out["prompt_tps"] = n_prompt / (first - t0)
out["gen_tps"] = (n - 1) / (end - first) if n > 1 else 0.0
out["llama_cpp"] = llama_cpp.__version__
print(json.dumps(out))
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--text", default="seeds/002_0bcbfc6dc01f01cf.txt", help="the prompt's text (its first 520 tokens)")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("variants", nargs="+", help="NAME=DIR or NAME=DIR:safe")
    args = parser.parse_args()
    variants = []
    for spec in args.variants:
        name, _, where = spec.partition("=")
        folder, _, mode = where.partition(":")
        variants.append((name, folder, mode or "default"))
    runs: dict[str, list[dict[str, float]]] = {name: [] for name, _, _ in variants}
    for r in range(args.rounds):
        for name, folder, mode in variants:
            env = dict(os.environ, PYTHONPATH=folder)
            proc = subprocess.run([sys.executable, "-c", CHILD, args.model, mode, str(args.threads), args.text], capture_output=True, text=True, env=env)
            if proc.returncode != 0:
                print(f"{name}: exit {proc.returncode}: {proc.stderr[-300:]}", file=sys.stderr)
                continue
            runs[name].append(json.loads(proc.stdout.strip().splitlines()[-1]))
            print(f"round {r + 1} {name}: {runs[name][-1]}", file=sys.stderr)
    base = variants[0][0]
    result = {}
    for name, _, mode in variants:
        if not runs[name]:
            result[name] = {"error": "every run failed"}
            continue
        med = {k: statistics.median(x[k] for x in runs[name]) for k in ("prompt_tps", "gen_tps")}
        result[name] = {"mode": mode, **{k: round(v, 1) for k, v in med.items()}}
    for name in result:
        if "error" not in result[name] and "error" not in result.get(base, {"error": 1}):
            for k in ("prompt_tps", "gen_tps"):
                result[name][f"{k}_ratio_vs_{base}"] = round(result[name][k] / result[base][k], 3)
    print(json.dumps({"model": args.model, "threads": args.threads, "rounds": args.rounds, "variants": result}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
