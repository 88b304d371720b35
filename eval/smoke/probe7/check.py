#!/usr/bin/env python3
"""Verify the probe7 set. Exits non-zero on any failure.  Usage: python3 check.py"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
EXPECT_DOCS = 700
EXPECT_Q = 80
EXPECT_UNANS = 20

fails = []


def fail(msg):
    fails.append(msg)


def main():
    names = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
    if len(names) != EXPECT_DOCS:
        fail("doc count %d != %d" % (len(names), EXPECT_DOCS))
    if names != ["p%04d.txt" % i for i in range(1, len(names) + 1)]:
        fail("doc names are not p0001.txt..p%04d.txt" % len(names))
    text = {}
    for n in names:
        with open(os.path.join(DOCS, n), encoding="utf-8") as fh:
            text[n] = fh.read()
        w = len(text[n].split())
        if not 60 <= w <= 180:
            fail("%s has %d words (want 60-180)" % (n, w))
    low = {n: t.lower() for n, t in text.items()}

    qs = []
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                qs.append(json.loads(line))
    if len(qs) != EXPECT_Q:
        fail("question count %d != %d" % (len(qs), EXPECT_Q))
    ids = [q.get("id") for q in qs]
    if ids != ["q%03d" % i for i in range(1, len(qs) + 1)]:
        fail("ids are not q001..q%03d in order" % len(qs))
    fields = ["id", "question", "answers", "evidence", "answerable", "absent", "near_miss", "split"]
    for q in qs:
        for f in fields:
            if f not in q:
                fail("%s missing field %s" % (q.get("id"), f))
        if q.get("split") not in ("tune", "heldout"):
            fail("%s bad split %r" % (q.get("id"), q.get("split")))
    if len(set(q["question"].lower() for q in qs)) != len(qs):
        fail("duplicate question text")

    n_ans = n_un = 0
    info = []
    for q in qs:
        qid = q["id"]
        if q["answerable"]:
            n_ans += 1
            if not q["answers"] or not q["evidence"]:
                fail("%s answerable but answers/evidence empty" % qid)
                continue
            if q["absent"]:
                fail("%s answerable but has absent strings" % qid)
            for e in q["evidence"]:
                if e not in text:
                    fail("%s evidence file %s does not exist" % (qid, e))
            hit = [(a, e) for a in q["answers"] for e in q["evidence"] if e in low and a.lower() in low[e]]
            if not hit:
                fail("%s: no answer string %r found in evidence %r" % (qid, q["answers"], q["evidence"]))
            # every evidence file should contain at least one answer string
            for e in q["evidence"]:
                if e in low and not any(a.lower() in low[e] for a in q["answers"]):
                    fail("%s: evidence %s contains none of the answers" % (qid, e))
            a0 = q["answers"][0].lower()
            if re.fullmatch(r"[a-z][a-z' &-]+", a0) and len(a0) > 6 or len(a0) > 8:
                nd = sum(1 for t in low.values() if a0 in t)
                info.append("%s answer %r occurs in %d docs" % (qid, q["answers"][0], nd))
        else:
            n_un += 1
            if q["answers"] or q["evidence"]:
                fail("%s unanswerable but answers/evidence not empty" % qid)
            if not 1 <= len(q["absent"]) <= 3:
                fail("%s unanswerable needs 1-3 absent strings" % qid)
            for s in q["absent"]:
                found = [n for n, t in low.items() if s.lower() in t]
                if found:
                    fail("%s: absent string %r appears in %s" % (qid, s, found[:5]))
    if n_un != EXPECT_UNANS or n_ans != EXPECT_Q - EXPECT_UNANS:
        fail("answerable/unanswerable = %d/%d, want %d/%d" % (n_ans, n_un, EXPECT_Q - EXPECT_UNANS, EXPECT_UNANS))

    c = collections.Counter((q["split"], q["answerable"]) for q in qs)
    for s in ("tune", "heldout"):
        tot = c[(s, True)] + c[(s, False)]
        if not 36 <= tot <= 44:
            fail("split %s has %d questions" % (s, tot))
        if c[(s, False)] != EXPECT_UNANS // 2:
            fail("split %s has %d unanswerable (want %d)" % (s, c[(s, False)], EXPECT_UNANS // 2))

    wc = [len(t.split()) for t in text.values()]
    print("docs: %d files, words per doc min %d / mean %.1f / max %d" % (len(text), min(wc), sum(wc) / len(wc), max(wc)))
    print("questions: %d (answerable %d, unanswerable %d)" % (len(qs), n_ans, n_un))
    for s in ("tune", "heldout"):
        print("  %-8s answerable %2d  unanswerable %2d" % (s, c[(s, True)], c[(s, False)]))
    qtypes = collections.Counter(q["question"].split()[0].lower() for q in qs)
    print("question openings:", dict(sorted(qtypes.items())))
    if "-v" in sys.argv:
        for line in info:
            print("  info:", line)
    if fails:
        print("FAILED (%d):" % len(fails))
        for f in fails:
            print("  -", f)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
