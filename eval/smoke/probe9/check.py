"""Verify the probe9 evaluation set (docs/, gold.jsonl, eval.jsonl).

Exit status 0 when every check passes, 1 otherwise.
"""

import json
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL_KEYS = ["id", "question", "answers", "sources", "answerable", "kind", "split"]
MIN_UNANSWERABLE = 27


def load_jsonl(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main():
    errors = []
    docs = {p.name: p.read_text(encoding="utf-8") for p in sorted((HERE / "docs").glob("*.txt"))}
    lows = {name: text.lower() for name, text in docs.items()}
    expected = ["e%04d.txt" % i for i in range(1, len(docs) + 1)]
    if sorted(docs) != expected:
        errors.append("doc names are not contiguous e0001.txt..")

    gold = load_jsonl(HERE / "gold.jsonl")
    evals = load_jsonl(HERE / "eval.jsonl")
    if len(gold) != len(evals):
        errors.append("gold/eval length mismatch")
    for g, e in zip(gold, evals):
        if list(e.keys()) != EVAL_KEYS:
            errors.append("%s: eval keys %s" % (e.get("id"), list(e.keys())))
        if any(g[k] != e[k] for k in EVAL_KEYS):
            errors.append("%s: eval differs from gold" % g["id"])
    ids = [g["id"] for g in gold]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")

    for q in gold:
        qid = q["id"]
        support = [s.lower() for s in q["support"]]
        if q["answerable"]:
            if not q["answers"] or not q["sources"]:
                errors.append("%s: answerable without answers/sources" % qid)
            for src in q["sources"]:
                if src not in docs:
                    errors.append("%s: missing source %s" % (qid, src))
                    continue
                if not any(a in docs[src] for a in q["answers"]):
                    errors.append("%s: no answer string in %s" % (qid, src))
                for s in support:
                    if s not in lows[src]:
                        errors.append("%s: support %r missing in %s" % (qid, s, src))
            # sources must be complete: every doc with the support context and an answer is listed
            for name, text in docs.items():
                if name in q["sources"]:
                    continue
                if all(s in lows[name] for s in support) and any(a in text for a in q["answers"]):
                    errors.append("%s: %s also states an answer but is not a listed source" % (qid, name))
        else:
            if q["answers"] or q["sources"]:
                errors.append("%s: unanswerable with answers/sources" % qid)
            if not q["near_miss"]:
                errors.append("%s: no near_miss listed" % qid)
            for nm in q["near_miss"]:
                if nm not in docs:
                    errors.append("%s: near_miss %s missing" % (qid, nm))
            if not any(nm in docs and all(s in lows[nm] for s in support) for nm in q["near_miss"]):
                errors.append("%s: no near_miss file carries the support context" % qid)
            if not q["absent"] and not q["absent_together"]:
                errors.append("%s: no absent rule" % qid)
            for a in q["absent"]:
                for name, low in lows.items():
                    if a.lower() in low:
                        errors.append("%s: absent string %r occurs in %s" % (qid, a, name))
            for grp in q["absent_together"]:
                for name, low in lows.items():
                    if all(s.lower() in low for s in grp):
                        errors.append("%s: absent group %r co-occurs in %s" % (qid, grp, name))

    stats = {}
    for q in gold:
        s = stats.setdefault(q["split"], [0, 0])
        s[0] += 1
        s[1] += 0 if q["answerable"] else 1
    total_u = sum(v[1] for v in stats.values())
    if sorted(stats) != ["heldout", "tune"]:
        errors.append("splits: %s" % sorted(stats))
    elif stats["tune"][0] != stats["heldout"][0] or abs(stats["tune"][1] - stats["heldout"][1]) > 1:
        errors.append("unbalanced splits: %s" % stats)
    if total_u < MIN_UNANSWERABLE:
        errors.append("only %d unanswerable" % total_u)

    words = [len(t.split()) for t in docs.values()]
    print("documents: %d (words min %d, median %d, max %d)"
          % (len(docs), min(words), statistics.median(words), max(words)))
    print("questions: %d, unanswerable: %d" % (len(gold), total_u))
    for split in sorted(stats):
        print("  %s: %d questions, %d unanswerable" % (split, stats[split][0], stats[split][1]))
    if errors:
        for e in errors:
            print("FAIL:", e)
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
