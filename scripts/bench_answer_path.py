#!/usr/bin/env python3
"""Warm answer latency of two versions of rag's answer path, side by side, in one run.

Issue 12 asks that the answer path's checks (constraints, near-miss re-asks, a reply that only
names a passage asked for the answer itself) keep the warm answer latency p50 within 1.5x of
before. Each variant is a source tree of rag (a git worktree) with a state folder already ingested
by that tree. The variants run in alternation, each round in a child process that loads the index
and the model once and answers every question (rag.bench.run.bench_answers, what `rag bench -s
answers` measures); per-question times are pooled over the rounds, and the p50 and p95 are
printed as JSON with the ratio against the first variant.

    scripts/bench_answer_path.py --questions eval/gold.jsonl:heldout:10 \\
        before=/tmp/wt-before:/tmp/home-before after=.:/tmp/home-after
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
try:
    from rag.bench.run import bench_answers
except ImportError:  # a tree from before the folder per stage: one module
    from rag.bench import bench_answers
from rag.config import Settings
questions = json.loads(sys.argv[2])
out = bench_answers(Settings.load(), None, questions, lambda s: print(s, file=sys.stderr, flush=True))
print(json.dumps([(x["question"], x["total_s"], x["refused"], x["gen_tokens"]) for x in out["items"]]))
"""


def questions_from(spec: str) -> list[str]:
    """``FILE:SPLIT:N``: the first N questions of that split of a gold file (answerable or not)."""
    path, split, n = spec.rsplit(":", 2)
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            if item.get("split", "tune") == split:
                out.append(item["question"])
    return out[: int(n)]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("variants", nargs="+", help="NAME=SOURCE_TREE:RAG_HOME")
    parser.add_argument("--questions", action="append", required=True, help="FILE:SPLIT:N (repeatable)")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    questions = [q for spec in args.questions for q in questions_from(spec)]
    variants = []
    for v in args.variants:
        name, rest = v.split("=", 1)
        tree, home = rest.rsplit(":", 1)
        variants.append((name, str(Path(tree).resolve()), home))
    times: dict[str, list[float]] = {name: [] for name, _, _ in variants}
    per_question: dict[str, dict[str, list[float]]] = {name: {} for name, _, _ in variants}
    refused: dict[str, int] = {name: 0 for name, _, _ in variants}
    for r in range(args.rounds):
        for name, tree, home in variants:
            print(f"round {r + 1}/{args.rounds}: {name}", file=sys.stderr, flush=True)
            env = dict(os.environ, RAG_HOME=home, PYTHONPATH=tree)
            done = subprocess.run([sys.executable, "-c", CHILD, tree, json.dumps(questions)], env=env, cwd=tree,
                                  capture_output=True, text=True, check=False)
            if done.returncode != 0:
                sys.exit(f"{name} failed: {done.stderr[-2000:]}")
            for q, total, was_refused, _ in json.loads(done.stdout.strip().splitlines()[-1]):
                times[name].append(total)
                per_question[name].setdefault(q, []).append(total)
                refused[name] += bool(was_refused) if r == 0 else 0
    first = variants[0][0]
    base = statistics.median(times[first])
    report = {
        "questions": len(questions), "rounds": args.rounds, "threads": os.environ.get("RAG_THREADS"),
        "variants": {
            name: {"p50_s": round(statistics.median(t), 2), "p95_s": round(percentile(t, 0.95), 2),
                   "mean_s": round(statistics.fmean(t), 2), "ratio_p50": round(statistics.median(t) / base, 3),
                   "refused_round1": refused[name]}
            for name, t in times.items()
        },
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
