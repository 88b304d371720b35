#!/usr/bin/env python3
"""Sort the misses of a full `rag eval` run on eval/nearmiss/gold.jsonl into the failure classes of issue 12.

    python eval/nearmiss/failure_classes.py eval/nearmiss/results/<run>.json [<run2>.json …] [-v]

Every question scored wrong gets exactly one class:

* ``near-miss answered``: an unanswerable question was answered (from the neighbouring release,
  another package's entry, …) instead of refused;
* ``answer not retrieved``: answerable, but no gold answer is in the five passages of the prompt
  (``answer_in_context`` false; for a count such as "3", which a passage shows as a list, not as a
  number: no gold source among them); split by what the model did (answered wrong / refused);
* ``date without year``: the gold answer is a date and the reply names its day and month but not its year;
* ``wrong entity picked``: the answer was in the prompt and the model answered with another version,
  CVE, date or name from the passages (the neighbouring entry, the other CVE of the same upload, …);
* ``wrong refusal``: the answer was in the prompt and the model (or the support check) refused.

With several result files (the tune and the heldout run, say) the classes are counted per split.
``-v`` prints every miss with its reply.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLASSES = ("near-miss answered", "answer not retrieved (answered wrong)", "answer not retrieved (refused)",
           "date without year", "wrong entity picked", "wrong refusal")


def gold_date(answers: list[str]) -> datetime | None:
    for a in answers:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", a):
            return datetime.strptime(a, "%Y-%m-%d")
    return None


def date_without_year(reply: str, when: datetime) -> bool:
    if str(when.year) in reply:
        return False
    day = str(when.day)
    month_names = (f"{when:%B}", f"{when:%b}")
    patterns = [rf"\b{m}\.?\s+0?{day}\b" for m in month_names] + [rf"\b0?{day}\s+{m}\b" for m in month_names]
    patterns.append(rf"\b{when:%m}-{when:%d}\b")
    return any(re.search(p, reply, re.IGNORECASE) for p in patterns)


def classify(rec: dict, gold: dict) -> str | None:
    if rec.get("correct"):
        return None
    if not gold["answerable"]:
        return "near-miss answered"
    reply = rec.get("answer") or ""
    # a count ("3 CVEs") is never written as a number in the passage, which lists the items instead:
    # for those the gold file being retrieved is what puts the answer in the prompt
    count = all(re.fullmatch(r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten", a) for a in gold["answers"])
    in_context = rec.get("answer_in_context") or (count and rec.get("hit"))
    if not in_context:
        return "answer not retrieved (refused)" if rec.get("refused") else "answer not retrieved (answered wrong)"
    if rec.get("refused"):
        return "wrong refusal"
    when = gold_date(gold["answers"])
    if when is not None and date_without_year(reply, when):
        return "date without year"
    return "wrong entity picked"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("results", nargs="+", type=Path)
    ap.add_argument("--gold", type=Path, default=HERE / "gold.jsonl")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    gold = {o["id"]: o for o in map(json.loads, args.gold.read_text(encoding="utf-8").splitlines()) if o}
    counts: dict[str, Counter] = defaultdict(Counter)
    for path in args.results:
        run = json.loads(path.read_text(encoding="utf-8"))
        if run.get("retrieval_only"):
            print(f"{path}: a retrieval-only run has no answers", file=sys.stderr)
            return 1
        for rec in run["records"]:
            g = gold[rec["id"]]
            cls = classify(rec, g)
            if cls is None:
                continue
            counts[rec.get("split") or "-"][cls] += 1
            if args.verbose:
                reply = " ".join((rec.get("answer") or "").split())[:160]
                print(f"{rec['id']} {rec.get('split')} [{g['kind']}] {cls}: {g['question']}\n"
                      f"    gold {g['answers'][:1] or g.get('near_miss')} -> {reply!r}")
    splits = sorted(counts)
    print("| failure class | " + " | ".join(splits) + " | all |")
    print("|---|" + "---|" * (len(splits) + 1))
    for cls in CLASSES:
        row = [counts[s][cls] for s in splits]
        print(f"| {cls} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    totals = [sum(counts[s].values()) for s in splits]
    print("| **all misses** | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
