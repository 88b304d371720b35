#!/usr/bin/env python3
"""Verify the probe21 evaluation set.  Exits non-zero on any failure."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS_DIR = os.path.join(HERE, "docs")
N_DOCS = 900
MIN_WORDS = 40
MAX_WORDS = 260
ROLES = {"answer", "near_miss", "digest", "filler"}
CLUTTER_MARKERS = [
    "Skip to main content", "\nBy ", "Advertisement", "Listen to this article",
    " min read", "Home > News", "We use cookies", "affiliate links",
    "Share this", "Related: ", "Read more: ", "Comments (", "Sign up to our",
    "Print | Email", "Report an error", "Cookie settings", "Most read: ",
]

errors = []


def fail(msg):
    errors.append(msg)


def load_jsonl(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main():
    # --- documents -------------------------------------------------------
    files = sorted(f for f in os.listdir(DOCS_DIR) if f.endswith(".txt"))
    expected = ["u%04d.txt" % i for i in range(1, N_DOCS + 1)]
    if files != expected:
        fail("docs/ must hold exactly u0001.txt..u%04d.txt" % N_DOCS)
    texts = {}
    for f in files:
        with open(os.path.join(DOCS_DIR, f), encoding="utf-8") as fh:
            texts[f] = fh.read()
    lower = {f: t.lower() for f, t in texts.items()}
    lengths = []
    for f, t in texts.items():
        n = len(t.split())
        lengths.append(n)
        if not MIN_WORDS <= n <= MAX_WORDS:
            fail("%s has %d words" % (f, n))
        first = t.split("\n", 1)[0].strip()
        if not first or len(first.split()) > 16:
            fail("%s: first line is not a title" % f)
    if len(set(texts.values())) != len(texts):
        fail("duplicate document texts")

    # --- index -----------------------------------------------------------
    index = {}
    with open(os.path.join(HERE, "doc_index.tsv"), encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        if header != ["file", "topic", "role", "genre"]:
            fail("doc_index.tsv header")
        for line in fh:
            f, topic, role, genre = line.rstrip("\n").split("\t")
            index[f] = {"topic": topic, "role": role, "genre": genre}
            if role not in ROLES:
                fail("%s: bad role %s" % (f, role))
    if sorted(index) != files:
        fail("doc_index.tsv does not cover docs/ exactly")

    # --- questions -------------------------------------------------------
    ev = load_jsonl("eval.jsonl")
    gold = load_jsonl("gold.jsonl")
    if len(ev) != len(gold):
        fail("eval.jsonl and gold.jsonl differ in length")
    keys = ["id", "question", "answers", "sources", "answerable", "kind", "split"]
    for e, g in zip(ev, gold):
        if sorted(e) != sorted(keys):
            fail("%s: eval fields %s" % (e.get("id"), sorted(e)))
        for k in keys:
            if e.get(k) != g.get(k):
                fail("%s: eval and gold differ on %s" % (e.get("id"), k))
    ids = [g["id"] for g in gold]
    if len(set(ids)) != len(ids):
        fail("duplicate ids")
    if ids != ["q%03d" % i for i in range(1, len(ids) + 1)]:
        fail("ids are not q001..")

    split_topics = collections.defaultdict(set)
    for g in gold:
        split_topics[g["split"]].add(g["topic"])
        qid = g["id"]
        for f in g["sources"] + g["near_miss"]:
            if f not in texts:
                fail("%s: unknown file %s" % (qid, f))
        if set(g["sources"]) & set(g["near_miss"]):
            fail("%s: a file is both source and near miss" % qid)
        for f in g["near_miss"]:
            if index.get(f, {}).get("topic") != g["topic"]:
                fail("%s: near miss %s is from another topic" % (qid, f))
        if g["answerable"]:
            if not 1 <= len(g["answers"]) <= 3 or not g["sources"]:
                fail("%s: answerable needs 1-3 answers and sources" % qid)
            for f in g["sources"]:
                if index.get(f, {}).get("role") != "answer":
                    fail("%s: source %s is not an answer passage" % (qid, f))
                if index.get(f, {}).get("topic") != g["topic"]:
                    fail("%s: source %s is from another topic" % (qid, f))
                for a in g["answers"]:
                    if a not in texts.get(f, ""):
                        fail("%s: answer %r not in source %s" % (qid, a, f))
            if not any(g["evidence"] in texts.get(f, "") for f in g["sources"]):
                fail("%s: evidence not found in any source" % qid)
            if not any(a in g["evidence"] for a in g["answers"]):
                fail("%s: evidence does not contain an answer" % qid)
            # leak check: answer strings must not appear outside the topic
            for a in g["answers"]:
                al = a.lower()
                for f, t in lower.items():
                    if index[f]["topic"] != g["topic"] and al in t:
                        fail("%s: answer %r leaks into %s (%s)" % (qid, a, f, index[f]["topic"]))
        else:
            if g["answers"] or g["sources"] or g["evidence"]:
                fail("%s: unanswerable must have no answers/sources/evidence" % qid)
            if not g["near_miss"]:
                fail("%s: unanswerable needs near-miss passages" % qid)
            if not g["absent"]:
                fail("%s: unanswerable needs absent strings" % qid)
        for s in g["absent"]:
            sl = s.lower()
            for f, t in lower.items():
                if sl in t:
                    fail("%s: absent string %r occurs in %s" % (qid, s, f))

    if split_topics["tune"] & split_topics["heldout"]:
        fail("a topic appears in both splits")
    counts = collections.Counter(g["split"] for g in gold)
    unans = collections.Counter(g["split"] for g in gold if not g["answerable"])
    if counts["tune"] != 40 or counts["heldout"] != 40:
        fail("split counts %s" % dict(counts))
    for sp in ("tune", "heldout"):
        if not 13 <= unans[sp] <= 14:
            fail("unanswerable in %s: %d" % (sp, unans[sp]))
    if sum(unans.values()) < 26:
        fail("fewer than 26 unanswerable questions")

    # --- summary ---------------------------------------------------------
    roles = collections.Counter(v["role"] for v in index.values())
    topics = {v["topic"] for v in index.values() if v["role"] in ("answer", "near_miss")}
    cluttered = sum(1 for t in texts.values() if any(m in t for m in CLUTTER_MARKERS))
    share = cluttered / max(1, len(texts))
    if not 0.25 <= share <= 0.5:
        fail("clutter share %.2f outside 0.25-0.50" % share)
    kinds = collections.Counter(g["kind"] for g in gold)
    print("docs: %d  topics: %d  roles: %s" % (len(texts), len(topics), dict(sorted(roles.items()))))
    print("words per doc: %d-%d" % (min(lengths), max(lengths)))
    print("questions: %s  unanswerable: %s" % (dict(counts), dict(unans)))
    print("kinds: %s" % dict(sorted(kinds.items())))
    print("docs with clutter: %d (%.0f%%)" % (cluttered, 100 * share))
    if errors:
        for e in errors[:60]:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
