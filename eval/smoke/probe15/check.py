"""Verify the probe15 evaluation set. Exits non-zero on any failure.

Run after build.py: python3 check.py
"""

import json
import sys
from collections import Counter
from pathlib import Path

from pools import CLUTTER

HERE = Path(__file__).resolve().parent
KINDS = {"who", "when", "where", "how_many", "how_much", "which", "what"}
errors = []


def fail(msg):
    errors.append(msg)


def load_jsonl(name):
    with open(HERE / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main():
    docs = {p.name: p.read_text(encoding="utf-8") for p in sorted((HERE / "docs").glob("*.txt"))}
    lower = {k: v.lower() for k, v in docs.items()}
    expected = ["m%04d.txt" % i for i in range(1, 901)]
    if sorted(docs) != expected:
        fail("docs/ must hold exactly m0001.txt .. m0900.txt")
    for name, text in docs.items():
        n = len(text.split())
        if not 50 <= n <= 180:
            fail("%s has %d words" % (name, n))
        if not text.split("\n", 1)[0].strip():
            fail("%s has an empty title line" % name)

    index = {}
    with open(HERE / "doc_index.tsv", encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        if header != ["file", "topic", "role", "genre"]:
            fail("bad doc_index header")
        for line in fh:
            f, topic, role, genre = line.rstrip("\n").split("\t")
            index[f] = (topic, role, genre)
    if sorted(index) != expected:
        fail("doc_index.tsv does not list every document once")
    roles = Counter(r for _, r, _ in index.values())
    if roles["digest"] != 60:
        fail("expected 60 digests, got %d" % roles["digest"])

    markers = [m for key in ("breadcrumbs_news", "breadcrumbs_ref", "breadcrumbs_life", "bylines",
                                 "bylines_life", "shares", "footers", "cookies") for m in CLUTTER[key]]
    markers.append("Related articles:")
    cluttered = sum(1 for t in docs.values() if any(m in t for m in markers))
    if not 0.25 * len(docs) <= cluttered <= 0.42 * len(docs):
        fail("clutter share out of range: %d" % cluttered)

    gold = load_jsonl("gold.jsonl")
    ev = load_jsonl("eval.jsonl")
    eval_keys = ["id", "question", "answers", "sources", "answerable", "kind", "split"]
    if len(gold) != 80 or len(ev) != 80:
        fail("expected 80 questions")
    for g, e in zip(gold, ev):
        if list(e) != eval_keys or e != {k: g[k] for k in eval_keys}:
            fail("eval/gold mismatch at %s" % g["id"])
    if [g["id"] for g in gold] != ["q%03d" % i for i in range(1, len(gold) + 1)]:
        fail("ids must run q001..q%03d" % len(gold))

    for g in gold:
        gid = g["id"]
        if g["kind"] not in KINDS:
            fail("%s bad kind" % gid)
        if g["split"] not in ("tune", "heldout"):
            fail("%s bad split" % gid)
        qtext = g["question"].rstrip("?").lower()
        if any(qtext in t for t in lower.values()):
            fail("%s question copied verbatim from a passage" % gid)
        for f in g["near_miss"]:
            if f not in docs or index[f][1] not in ("near_miss", "answer") or index[f][0] != g["topic"]:
                fail("%s bad near_miss %s" % (gid, f))
        if g["answerable"]:
            if not g["answers"] or not g["sources"] or not g["evidence"]:
                fail("%s answerable but missing answers/sources/evidence" % gid)
            for s in g["sources"]:
                if s not in docs or index[s][1] != "answer":
                    fail("%s source %s missing or not an answer doc" % (gid, s))
                    continue
                for a in g["answers"]:
                    if a not in docs[s]:
                        fail("%s answer %r not in %s" % (gid, a, s))
                if g["evidence"] not in docs[s]:
                    fail("%s evidence not in %s" % (gid, s))
            if not any(a in g["evidence"] for a in g["answers"]):
                fail("%s evidence does not contain an answer" % gid)
            ev_low = g["evidence"].lower()
            others = [n for n in docs if n not in g["sources"] and ev_low in lower[n]]
            if others:
                fail("%s evidence also occurs in %s" % (gid, others))
        else:
            if g["answers"] or g["sources"] or g["evidence"]:
                fail("%s unanswerable but has answers/sources/evidence" % gid)
            if not g["absent"] or not g["near_miss"]:
                fail("%s unanswerable needs absent strings and near misses" % gid)
        for a in g["absent"]:
            hits = [n for n in docs if a.lower() in lower[n]]
            if hits:
                fail("%s absent string %r occurs in %s" % (gid, a, hits[:5]))

    unans = [g for g in gold if not g["answerable"]]
    if not 24 <= len(unans) <= 28:
        fail("unanswerable count %d" % len(unans))
    per_split = Counter(g["split"] for g in unans)
    if abs(per_split["tune"] - per_split["heldout"]) > 1:
        fail("unanswerable split imbalance %s" % dict(per_split))
    ans_split = Counter(g["split"] for g in gold if g["answerable"])
    if abs(ans_split["tune"] - ans_split["heldout"]) > 1:
        fail("answerable split imbalance %s" % dict(ans_split))
    n_year = sum(1 for g in gold if g["names_year"])
    if n_year < 35:
        fail("only %d questions name a year/edition/ordinal" % n_year)
    if len(set(g["question"] for g in gold)) != len(gold):
        fail("duplicate questions")

    if errors:
        for m in errors:
            print("FAIL:", m)
        print("%d problem(s)" % len(errors))
        return 1
    print("OK: %d docs, %d questions (%d unanswerable: tune %d, heldout %d), %d name a year/edition, "
          "%d docs with clutter" % (len(docs), len(gold), len(unans), per_split["tune"], per_split["heldout"],
                                    n_year, cluttered))
    return 0


if __name__ == "__main__":
    sys.exit(main())
