"""Verify the probe12 evaluation set. Exit status 1 on any failure."""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPECT_DOCS = 900
EXPECT_QUESTIONS = 80
EXPECT = {("tune", True): 27, ("tune", False): 13,
          ("heldout", True): 27, ("heldout", False): 13}
KINDS = {"who", "what", "when", "where", "how many", "how much", "which"}


def load(name):
    with open(HERE / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def ngrams(text, n):
    """Word n-grams with capitalised words (names) masked; name-only runs ignored."""
    toks = ["N" if t[0].isupper() else t.lower() for t in re.findall(r"[A-Za-z0-9£']+", text)]
    grams = {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}
    return {g for g in grams if sum(t == "N" for t in g) <= 2}


def main():
    errors = []
    docs = {p.name: p.read_text(encoding="utf-8") for p in sorted((HERE / "docs").glob("*.txt"))}
    lower_docs = {k: v.lower() for k, v in docs.items()}
    if len(docs) != EXPECT_DOCS:
        errors.append("expected %d docs, found %d" % (EXPECT_DOCS, len(docs)))
    for name, text in docs.items():
        n = len(text.split())
        if not 40 <= n <= 140:
            errors.append("%s has %d words" % (name, n))

    ev = load("eval.jsonl")
    gold = load("gold.jsonl")
    if len(ev) != EXPECT_QUESTIONS or len(gold) != EXPECT_QUESTIONS:
        errors.append("expected %d questions" % EXPECT_QUESTIONS)
    ids = [q["id"] for q in ev]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    counts = {}
    for q, g in zip(ev, gold):
        if g["id"] != q["id"] or g["question"] != q["question"]:
            errors.append("%s: eval and gold disagree" % q["id"])
        if set(q) != {"id", "question", "answers", "sources", "answerable", "kind", "split"}:
            errors.append("%s: unexpected eval fields" % q["id"])
        if q["kind"] not in KINDS:
            errors.append("%s: bad kind" % q["id"])
        key = (q["split"], q["answerable"])
        counts[key] = counts.get(key, 0) + 1
        for f in g["near_miss"]:
            if f not in docs:
                errors.append("%s: near-miss file %s missing" % (q["id"], f))
        if q["answerable"]:
            if len(q["sources"]) != 1 or q["sources"][0] not in docs:
                errors.append("%s: bad sources" % q["id"])
                continue
            src = docs[q["sources"][0]]
            if not q["answers"]:
                errors.append("%s: no answers" % q["id"])
            for a in q["answers"]:
                if a not in src:
                    errors.append("%s: answer %r not in source" % (q["id"], a))
            if not g["evidence"] or g["evidence"] not in src:
                errors.append("%s: evidence not in source" % q["id"])
            elif q["answers"] and q["answers"][0] not in g["evidence"]:
                errors.append("%s: first answer not in evidence" % q["id"])
            if g["near_miss"] == [] or q["sources"][0] in g["near_miss"]:
                errors.append("%s: near-miss list wrong" % q["id"])
            shared = ngrams(q["question"], 5) & ngrams(g["evidence"], 5)
            if shared:
                errors.append("%s: question copies evidence wording %s" % (q["id"], sorted(shared)))
        else:
            if q["answers"] or q["sources"]:
                errors.append("%s: unanswerable must have empty answers/sources" % q["id"])
            if not g["absent"] or not g["near_miss"]:
                errors.append("%s: unanswerable needs absent strings and near misses" % q["id"])
            for s in g["absent"]:
                hits = [k for k, v in lower_docs.items() if s.lower() in v]
                if hits:
                    errors.append("%s: absent string %r found in %s" % (q["id"], s, hits[:3]))
    if counts != EXPECT:
        errors.append("split counts %r != %r" % (counts, EXPECT))

    index = (HERE / "doc_index.tsv").read_text(encoding="utf-8").splitlines()
    if len(index) != EXPECT_DOCS + 1:
        errors.append("doc_index.tsv has wrong number of rows")

    for e in errors:
        print("FAIL:", e)
    if errors:
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    n_ans = sum(1 for q in ev if q["answerable"])
    print("OK: %d docs, %d questions (%d answerable, %d unanswerable), splits %s"
          % (len(docs), len(ev), n_ans, len(ev) - n_ans,
             ", ".join("%s/%s=%d" % (k[0], "ans" if k[1] else "unans", v) for k, v in sorted(counts.items()))))


if __name__ == "__main__":
    main()
