#!/usr/bin/env python3
"""Write eval.jsonl (the public question file) from gold.jsonl.

usage: python3 to_eval.py [DIR]   (default: this script's folder)
Licence: Apache-2.0.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "question", "answers", "sources", "answerable", "kind", "split"]


def main(d):
    with open(os.path.join(d, "gold.jsonl"), encoding="utf-8") as fh:
        gold = [json.loads(ln) for ln in fh if ln.strip()]
    gold.sort(key=lambda g: g["id"])
    with open(os.path.join(d, "eval.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for g in gold:
            rec = {k: g[k] for k in FIELDS}
            if not rec["answerable"]:
                rec["answers"], rec["sources"] = [], []
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d questions to %s" % (len(gold), os.path.join(d, "eval.jsonl")))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
