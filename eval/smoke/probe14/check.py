"""Verify probe14. Exits non-zero on any failure."""

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pools

HERE = Path(__file__).resolve().parent
KINDS = {"who", "when", "where", "how_many", "how_much", "which", "what"}
EVAL_KEYS = ["id", "question", "answers", "sources", "answerable", "kind", "split"]
GOLD_KEYS = EVAL_KEYS + ["topic", "evidence", "near_miss", "absent", "names_year_version_ordinal"]
errors = []


def fail(msg):
    errors.append(msg)


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    docs = {}
    for p in sorted((HERE / "docs").glob("*.txt")):
        docs[p.name] = p.read_text(encoding="utf-8")
    expected = ["k%04d.txt" % i for i in range(1, 901)]
    if sorted(docs) != expected:
        fail("docs must be exactly k0001.txt..k0900.txt (found %d)" % len(docs))
    for name, text in docs.items():
        n = len(text.split())
        if not 40 <= n <= 160:
            fail("%s has %d words" % (name, n))
        first = text.split("\n", 1)[0]
        if not first.strip() or len(first.split()) > 20:
            fail("%s first line is not a headline: %r" % (name, first))
    lower = {k: v.lower() for k, v in docs.items()}

    with open(HERE / "doc_index.tsv", encoding="utf-8") as f:
        index = list(csv.DictReader(f, delimiter="\t"))
    role = {r["file"]: r["role"] for r in index}
    if sorted(role) != expected:
        fail("doc_index.tsv does not list every document once")
    roles = Counter(role.values())
    if roles["digest"] != 60:
        fail("expected 60 digests, found %d" % roles["digest"])
    if set(roles) - {"answer", "near_miss", "digest", "filler"}:
        fail("unknown roles %s" % roles)
    clutter_lines = pools.TOP_CLUTTER + pools.BOTTOM_CLUTTER
    cluttered = sum(any(line in clutter_lines for line in t.split("\n")) for t in docs.values())
    if not 0.25 <= cluttered / 900 <= 0.42:
        fail("clutter share %d/900 out of range" % cluttered)

    gold = load_jsonl(HERE / "gold.jsonl")
    ev = load_jsonl(HERE / "eval.jsonl")
    if len(gold) != 80 or len(ev) != 80:
        fail("expected 80 questions, found gold=%d eval=%d" % (len(gold), len(ev)))
    if [g["id"] for g in gold] != ["q%03d" % i for i in range(1, len(gold) + 1)]:
        fail("ids must be q001..q080 in order")
    for g, e in zip(gold, ev):
        if list(e) != EVAL_KEYS:
            fail("%s eval keys %s" % (e.get("id"), list(e)))
        if list(g) != GOLD_KEYS:
            fail("%s gold keys %s" % (g.get("id"), list(g)))
        if {k: g[k] for k in EVAL_KEYS} != e:
            fail("%s eval and gold differ" % g["id"])

    for g in gold:
        qid = g["id"]
        if g["kind"] not in KINDS or g["split"] not in ("tune", "heldout"):
            fail("%s bad kind/split" % qid)
        if not g["question"].endswith("?"):
            fail("%s question should end with ?" % qid)
        for f in g["near_miss"]:
            if f not in docs:
                fail("%s near-miss file %s missing" % (qid, f))
            elif role[f] not in ("near_miss", "answer"):
                fail("%s near-miss file %s has role %s" % (qid, f, role[f]))
        if not g["near_miss"]:
            fail("%s has no near miss" % qid)
        if g["answerable"]:
            if not g["answers"] or not g["sources"] or not g["evidence"]:
                fail("%s answerable but missing answers/sources/evidence" % qid)
                continue
            for s in g["sources"]:
                if s not in docs or role[s] != "answer":
                    fail("%s source %s missing or not an answer passage" % (qid, s))
                    continue
                for a in g["answers"]:
                    if a not in docs[s]:
                        fail("%s answer %r not in %s" % (qid, a, s))
                if g["evidence"] not in docs[s]:
                    fail("%s evidence not in %s" % (qid, s))
            if g["answers"][0] not in g["evidence"]:
                fail("%s first answer not inside evidence" % qid)
            for name, text in docs.items():
                if name in g["sources"]:
                    continue
                if g["evidence"] in text:
                    fail("%s evidence also occurs in %s" % (qid, name))
                if role[name] in ("digest", "filler") and re.search(r"[A-Z$\u00a3\u20ac,:]", g["answers"][0]) \
                        and g["answers"][0] in text:
                    fail("%s answer %r occurs in %s %s" % (qid, g["answers"][0], role[name], name))
            if g["absent"]:
                fail("%s answerable questions carry no absent strings" % qid)
        else:
            if g["answers"] or g["sources"] or g["evidence"]:
                fail("%s unanswerable but has answers/sources/evidence" % qid)
            if not g["absent"]:
                fail("%s unanswerable without absent strings" % qid)
            for a in g["absent"]:
                for name, text in lower.items():
                    if a.lower() in text:
                        fail("%s absent string %r occurs in %s" % (qid, a, name))

    n_un = [g for g in gold if not g["answerable"]]
    if not 25 <= len(n_un) <= 29:
        fail("unanswerable count %d not about 27" % len(n_un))
    for s in ("tune", "heldout"):
        k = sum(g["split"] == s for g in n_un)
        if not 13 <= k <= 14:
            fail("%s has %d unanswerable" % (s, k))
        k = sum(g["split"] == s for g in gold)
        if not 39 <= k <= 41:
            fail("%s has %d questions" % (s, k))
    yvo = sum(g["names_year_version_ordinal"] for g in gold)
    if yvo < 30:
        fail("only %d questions name a year/version/ordinal" % yvo)
    if len({g["question"] for g in gold}) != len(gold):
        fail("duplicate questions")

    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d failure(s)" % len(errors))
        sys.exit(1)
    print("OK: %d docs, %d questions (%d unanswerable), %d name a year/version/ordinal, roles %s"
          % (len(docs), len(gold), len(n_un), yvo, dict(sorted(roles.items()))))


if __name__ == "__main__":
    main()
