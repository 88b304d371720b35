"""Write eval.jsonl (the public question file) from gold.jsonl."""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ["id", "question", "answers", "sources", "answerable", "kind", "split"]


def main():
    lines = []
    with open(HERE / "gold.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            lines.append(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False))
    with open(HERE / "eval.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote %d questions to eval.jsonl" % len(lines))


if __name__ == "__main__":
    main()
