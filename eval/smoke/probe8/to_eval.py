#!/usr/bin/env python3
"""Write eval.jsonl from gold.jsonl, keeping only the keys
id, question, answers, sources, answerable, kind, split (in that order)."""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "question", "answers", "sources", "answerable", "kind", "split"]


def main():
    out = []
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                out.append(json.dumps({k: row[k] for k in KEYS}, ensure_ascii=False))
    with open(os.path.join(HERE, "eval.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("wrote %d lines to eval.jsonl" % len(out))


if __name__ == "__main__":
    main()
