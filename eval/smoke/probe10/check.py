#!/usr/bin/env python3
"""Verify the probe10 eval set.  Exit 0 on success, 1 on any hard failure.

Hard checks
  * docs/ holds e0001.txt..eNNNN.txt only, matching doc_index.tsv; every doc 40-200 words
  * eval.jsonl agrees with gold.jsonl; ids, kinds, splits well formed
  * answerable: answers[0] occurs verbatim in every source file, and does not
    occur in any of the question's look-alike (near-miss) files
  * unanswerable: answers/sources empty; every near-miss file exists and holds
    one of the topic anchors; no single doc matches all tokens of any "absent"
    rule; at least one rule per question is live (its tokens minus the last
    co-occur in some doc), so the rules are not vacuous
  * split balance: 40/40, 13-14 unanswerable per half, per-kind counts differ
    by at most 2 between halves
  * at least half of the questions name no year / date / version / ordinal
  * rebuilding into a temporary folder gives byte-identical docs, gold,
    doc_index and eval
Soft reports (printed, not fatal): answer strings that also occur in other
docs, question/passage word overlap, shared 5-grams with the source.
Licence: Apache-2.0.
"""
import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import has_temporal  # noqa: E402

FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def token_re(tok):
    if tok.startswith("re:"):
        return re.compile(tok[3:], re.I)
    if tok.endswith("*"):
        return re.compile(r"(?<!\w)" + re.escape(tok[:-1]), re.I)
    return re.compile(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", re.I)


def load_jsonl(p):
    with open(p, encoding="utf-8") as fh:
        return [json.loads(ln) for ln in fh if ln.strip()]


def tree_hash(d):
    h = hashlib.sha256()
    for name in ["gold.jsonl", "doc_index.tsv", "eval.jsonl"]:
        with open(os.path.join(d, name), "rb") as fh:
            h.update(name.encode() + b"\0" + fh.read())
    for name in sorted(os.listdir(os.path.join(d, "docs"))):
        with open(os.path.join(d, "docs", name), "rb") as fh:
            h.update(name.encode() + b"\0" + fh.read())
    return h.hexdigest()


STOP = set("the a an of in on at to for by with from and or is was were be been has have had did does do what "
           "which who whom where when how many much its it their that this as after into over about new".split())


def words(s):
    return [w for w in re.findall(r"[a-z0-9']+", s.lower())]


def main():
    ddir = os.path.join(HERE, "docs")
    names = sorted(os.listdir(ddir))
    docs = {}
    for n in names:
        if not re.fullmatch(r"e\d{4}\.txt", n):
            fail("unexpected file in docs/: %s" % n)
            continue
        with open(os.path.join(ddir, n), encoding="utf-8") as fh:
            docs[n] = fh.read()
    expect = ["e%04d.txt" % (i + 1) for i in range(len(docs))]
    if sorted(docs) != expect:
        fail("doc names are not contiguous e0001..")
    index = {}
    with open(os.path.join(HERE, "doc_index.tsv"), encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            f, k, g = line.rstrip("\n").split("\t")
            index[f] = (k, g)
    if set(index) != set(docs):
        fail("doc_index.tsv does not match docs/")
    wc = {n: len(t.split()) for n, t in docs.items()}
    bad = [(n, c) for n, c in wc.items() if c < 40 or c > 200]
    for n, c in sorted(bad):
        fail("word count %d out of 40-200 in %s (%s)" % (c, n, index[n][0]))

    gold = load_jsonl(os.path.join(HERE, "gold.jsonl"))
    ev = load_jsonl(os.path.join(HERE, "eval.jsonl"))
    gid = {g["id"]: g for g in gold}
    if len(ev) != len(gold) or set(e["id"] for e in ev) != set(gid):
        fail("eval.jsonl and gold.jsonl disagree on ids")
    kinds = {"who", "what", "when", "where", "how many", "how much", "which"}
    for e in ev:
        g = gid.get(e["id"])
        if g is None:
            continue
        for k in ["question", "answers", "sources", "answerable", "kind", "split"]:
            if e[k] != g[k]:
                fail("%s: eval/gold mismatch on %s" % (e["id"], k))
        if e["kind"] not in kinds:
            fail("%s: bad kind %s" % (e["id"], e["kind"]))
        if e["split"] not in ("tune", "heldout"):
            fail("%s: bad split" % e["id"])

    rules_cache = {}
    elsewhere = []
    variants_off = []
    for g in gold:
        qid = g["id"]
        for f in g["near_miss"]:
            if f not in docs:
                fail("%s: near-miss file %s missing" % (qid, f))
            elif not any(a.lower() in docs[f].lower() for a in g["anchors"]):
                fail("%s: near-miss %s holds none of the anchors %s" % (qid, f, g["anchors"]))
        if len(g["near_miss"]) < 2 or len(g["near_miss"]) > 5:
            fail("%s: %d look-alikes (want 2-5)" % (qid, len(g["near_miss"])))
        if g["answerable"]:
            if not g["answers"] or not g["sources"]:
                fail("%s: answerable without answers/sources" % qid)
                continue
            a0 = g["answers"][0]
            for f in g["sources"]:
                if a0 not in docs.get(f, ""):
                    fail("%s: answers[0] not in source %s" % (qid, f))
            for v in g["answers"][1:]:
                if not any(v.lower() in docs[f].lower() for f in g["sources"]):
                    variants_off.append(qid)
            for f in g["near_miss"]:
                if a0 in docs.get(f, ""):
                    fail("%s: answers[0] also in look-alike %s" % (qid, f))
            others = [f for f in docs if a0 in docs[f] and f not in g["sources"]]
            if others:
                elsewhere.append((qid, a0, [index[f][0] for f in others]))
        else:
            if g["answers"] or g["sources"]:
                fail("%s: unanswerable but has answers/sources" % qid)
            if not g["absent"]:
                fail("%s: unanswerable without absent rules" % qid)
            live = False
            for rule in g["absent"]:
                regs = [rules_cache.setdefault(t, token_re(t)) for t in rule]
                for f, txt in docs.items():
                    if all(rg.search(txt) for rg in regs):
                        fail("%s: absent rule %s matched by %s (%s)" % (qid, rule, f, index[f][0]))
                if any(regs[0].search(txt) for txt in docs.values()):
                    live = True
            if not live:
                fail("%s: no absent rule is live (typo in entity token?)" % qid)

    # balance
    sp = Counter(g["split"] for g in gold)
    if sp["tune"] != 40 or sp["heldout"] != 40:
        fail("split sizes %s" % dict(sp))
    for s in ("tune", "heldout"):
        u = sum(1 for g in gold if g["split"] == s and not g["answerable"])
        if not 13 <= u <= 14:
            fail("%s has %d unanswerable" % (s, u))
    for k in sorted(kinds):
        a = sum(1 for g in gold if g["kind"] == k and g["split"] == "tune")
        b = sum(1 for g in gold if g["kind"] == k and g["split"] == "heldout")
        if abs(a - b) > 2:
            fail("kind %s unbalanced %d/%d" % (k, a, b))
    notime = [g for g in gold if not has_temporal(g["question"])]
    for g in gold:
        if g["names_time_or_number"] != has_temporal(g["question"]):
            fail("%s: names_time_or_number flag stale" % g["id"])
    if len(notime) * 2 < len(gold):
        fail("only %d/%d questions without year/date/version/ordinal" % (len(notime), len(gold)))

    # soft: paraphrase distance
    overlaps, shared5 = [], []
    for g in gold:
        if not g["answerable"]:
            continue
        qw = [w for w in words(g["question"]) if w not in STOP]
        src = " ".join(docs[f] for f in g["sources"]).lower()
        sw = set(words(src))
        overlaps.append(sum(1 for w in qw if w in sw) / max(1, len(qw)))
        q = words(g["question"])
        for i in range(len(q) - 4):
            if " ".join(q[i:i + 5]) in " ".join(words(src)):
                shared5.append((g["id"], " ".join(q[i:i + 5])))
                break

    # determinism
    with tempfile.TemporaryDirectory() as tmp:
        for script in ("build.py", "to_eval.py"):
            subprocess.run([sys.executable, os.path.join(HERE, script), tmp], check=True,
                           stdout=subprocess.DEVNULL)
        h1, h2 = tree_hash(HERE), tree_hash(tmp)
        if h1 != h2:
            fail("rebuild is not byte-identical (%s vs %s)" % (h1[:12], h2[:12]))

    genres = Counter(g for _, g in index.values())
    keys = Counter(("topic" if k.startswith("t") else k[:3]) for k, _ in index.values())
    print("docs: %d (%s); words median %d, min %d, max %d" % (
        len(docs), ", ".join("%s %d" % kv for kv in sorted(keys.items())),
        statistics.median(wc.values()), min(wc.values()), max(wc.values())))
    topic_wc = [wc[f] for f, (k, _) in index.items() if k.startswith("t")]
    print("topic passages: median %d words" % statistics.median(topic_wc))
    print("genres: " + ", ".join("%s %d" % kv for kv in sorted(genres.items(), key=lambda x: -x[1])))
    print("questions: %d, answerable %d, unanswerable %d; without year/date/version/ordinal: %d (%.0f%%)" % (
        len(gold), sum(g["answerable"] for g in gold), sum(not g["answerable"] for g in gold),
        len(notime), 100.0 * len(notime) / len(gold)))
    for s in ("tune", "heldout"):
        sub = [g for g in gold if g["split"] == s]
        print("  %s: %d (unanswerable %d) kinds %s" % (s, len(sub), sum(not g["answerable"] for g in sub),
                                                       dict(sorted(Counter(g["kind"] for g in sub).items()))))
    print("content-word overlap question->source: mean %.2f, max %.2f" % (
        statistics.mean(overlaps), max(overlaps)))
    print("questions sharing a 5-gram with their source: %d %s" % (len(shared5), [s[0] for s in shared5]))
    print("answers[0] also present in non-source docs: %d questions %s" % (
        len(elsewhere), [e[0] for e in elsewhere]))
    print("accepted variants not verbatim in source (e.g. number without comma): %s" % sorted(set(variants_off)))
    print("sha256 over docs+gold+doc_index+eval: %s" % tree_hash(HERE))
    if FAIL:
        print("%d FAILURES" % len(FAIL))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
