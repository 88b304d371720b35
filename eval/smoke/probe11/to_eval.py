#!/usr/bin/env python3
"""Write eval.jsonl (the fields the tool's evaluator needs) from gold.jsonl.

Usage:  python3 to_eval.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "question", "answers", "sources", "answerable", "kind", "split"]

with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as src, \
        open(os.path.join(HERE, "eval.jsonl"), "w", encoding="utf-8", newline="\n") as out:
    n = 0
    for line in src:
        g = json.loads(line)
        out.write(json.dumps({k: g[k] for k in KEYS}, ensure_ascii=False) + "\n")
        n += 1
print("wrote eval.jsonl with %d questions" % n)
