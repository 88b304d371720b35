#!/usr/bin/env python3
"""Consistency checks for the probe8 evaluation set. Exits non-zero on any failure.

Checks:
  * docs/ holds 800-900 files named d0001.txt ... contiguously, each 50-180 words;
  * gold.jsonl: 80 lines, unique ids, required keys and types, tune/heldout split;
  * answerable questions: at least one answer occurs (case-insensitive) in every
    listed source file; sources exist;
  * unanswerable questions: answers and sources empty, at least one near_miss file;
  * every `absent` string occurs in no document (case-insensitive);
  * every near_miss file exists.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
GOLD = os.path.join(HERE, "gold.jsonl")
MIN_DOCS, MAX_DOCS = 800, 900
MIN_WORDS, MAX_WORDS = 50, 180
KEYS = ["id", "question", "answers", "sources", "answerable", "kind", "split", "absent", "near_miss"]


def main():
    errors = []

    def fail(msg):
        errors.append(msg)

    # ------------------------------------------------------------ documents
    names = sorted(os.listdir(DOCS))
    n = len(names)
    if not (MIN_DOCS <= n <= MAX_DOCS):
        fail("document count %d outside %d-%d" % (n, MIN_DOCS, MAX_DOCS))
    expected = ["d%04d.txt" % i for i in range(1, n + 1)]
    if names != expected:
        fail("document names are not contiguous d0001.txt..d%04d.txt" % n)
    text = {}
    low = {}
    for name in names:
        with open(os.path.join(DOCS, name), encoding="utf-8") as f:
            t = f.read()
        text[name] = t
        low[name] = t.lower()
        wc = len(t.split())
        if not (MIN_WORDS <= wc <= MAX_WORDS):
            fail("%s has %d words (bounds %d-%d)" % (name, wc, MIN_WORDS, MAX_WORDS))
    dups = {}
    for name, t in text.items():
        dups.setdefault(t, []).append(name)
    for ns in dups.values():
        if len(ns) > 1:
            fail("identical documents: %s" % ", ".join(ns))

    # ------------------------------------------------------------ questions
    rows = []
    with open(GOLD, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                fail("gold.jsonl line %d is empty" % i)
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                fail("gold.jsonl line %d: bad JSON (%s)" % (i, e))
    if len(rows) != 80:
        fail("expected 80 questions, found %d" % len(rows))
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        fail("duplicate ids")
    qtexts = [r.get("question", "").strip().lower() for r in rows]
    if len(set(qtexts)) != len(qtexts):
        fail("duplicate question texts")

    n_unans = 0
    split_count = {"tune": [0, 0], "heldout": [0, 0]}
    for r in rows:
        qid = r.get("id", "?")
        if list(r.keys()) != KEYS:
            fail("%s: keys %s, expected %s" % (qid, list(r.keys()), KEYS))
            continue
        if not re.fullmatch(r"q\d{3}", qid):
            fail("%s: malformed id" % qid)
        if r["split"] not in split_count:
            fail("%s: bad split %r" % (qid, r["split"]))
            continue
        if not isinstance(r["answerable"], bool):
            fail("%s: answerable must be a boolean" % qid)
        for key in ("answers", "sources", "absent", "near_miss"):
            if not isinstance(r[key], list) or not all(isinstance(x, str) and x for x in r[key]):
                fail("%s: %s must be a list of non-empty strings" % (qid, key))
        for fn in r["sources"] + r["near_miss"]:
            if fn not in text:
                fail("%s: file %s does not exist" % (qid, fn))
        if r["answerable"]:
            split_count[r["split"]][0] += 1
            if not r["answers"]:
                fail("%s: answerable question without answers" % qid)
            if not r["sources"]:
                fail("%s: answerable question without sources" % qid)
            for fn in r["sources"]:
                if fn in low and not any(a.lower() in low[fn] for a in r["answers"]):
                    fail("%s: no answer form found in source %s" % (qid, fn))
            if set(r["sources"]) & set(r["near_miss"]):
                fail("%s: a file is both source and near_miss" % qid)
        else:
            n_unans += 1
            split_count[r["split"]][1] += 1
            if r["answers"] or r["sources"]:
                fail("%s: unanswerable question must have empty answers and sources" % qid)
            if not r["near_miss"]:
                fail("%s: unanswerable question needs at least one near_miss file" % qid)
            if not r["absent"]:
                fail("%s: unanswerable question needs absent strings" % qid)
        for s in r["absent"]:
            hits = [fn for fn in names if s.lower() in low[fn]]
            if hits:
                fail("%s: absent string %r occurs in %s" % (qid, s, ", ".join(hits[:5])))

    if not (20 <= n_unans <= 24):
        fail("unanswerable count %d outside 20-24" % n_unans)
    for split, (a, u) in split_count.items():
        if a + u != 40:
            fail("split %s has %d questions, expected 40" % (split, a + u))
    if abs(split_count["tune"][1] - split_count["heldout"][1]) > 1:
        fail("unanswerable share differs between splits: %s" % split_count)

    # ------------------------------------------------------------ report
    print("documents: %d" % n)
    print("questions: %d (answerable %d, unanswerable %d)" % (len(rows), len(rows) - n_unans, n_unans))
    for split, (a, u) in sorted(split_count.items()):
        print("  %-8s answerable %d, unanswerable %d" % (split, a, u))
    if errors:
        print("FAILED: %d problem(s)" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
