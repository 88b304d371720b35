"""Write eval.jsonl: gold.jsonl in the shape `rag eval --gold` reads.

The set's own gold.jsonl names the files that state an answer `evidence` and keeps `absent` and
`near_miss` for check.py; rag's reader wants those files as `sources` (rag.eval.gold). Standard
library only; the output is the same byte for byte on every run.
"""

from __future__ import annotations

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main() -> None:
    out = []
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            q = json.loads(line)
            out.append(
                {
                    "id": q["id"],
                    "question": q["question"],
                    "answers": q["answers"],
                    "sources": q["evidence"],
                    "answerable": q["answerable"],
                    "kind": q["question"].split()[0].lower(),
                    "split": q["split"],
                }
            )
    with open(os.path.join(HERE, "eval.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for q in out:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
