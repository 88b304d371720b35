#!/usr/bin/env python3
"""Verify probe11: docs/, gold.jsonl, doc_index.tsv and (if present) eval.jsonl.

Usage:  python3 check.py        (exit status 0 when every check passes)
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
MIN_WORDS, MAX_WORDS = 40, 140
N_FILES_RANGE = (850, 950)
N_QUESTIONS = 80
UNANS_RANGE = (26, 28)
KINDS = {"who", "when", "where", "how much", "how many", "what", "which"}
STOP = set("""a an the of in on at to for from by with and or is are was were be been did do does
what which who whom whose when where how many much this that these those its it their his her
as into up out over after before about than then so if not no yes per new""".split())

REVIEWED_ANSWER_IN_NEAR_MISS = {
    "t28_helen_marsh": "the predecessor retires in the same year the new chief executive starts",
    "t20_brass_bands": "the winning band's newsletter is about its youth band in another contest",
    "t10_fennick_prize": "the winner is named on the pre-result shortlist",
}
errors = []
warnings = []
notes = []


def err(msg):
    errors.append(msg)


def has(text, tok):
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(tok), text, re.I) is not None


def content(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in STOP and len(w) > 1}


# ------------------------------------------------------------------ files
files = sorted(f for f in os.listdir(DOCS))
texts = {}
for f in files:
    if not re.fullmatch(r"f\d{4}\.txt", f):
        err("unexpected file name in docs/: %s" % f)
        continue
    with open(os.path.join(DOCS, f), encoding="utf-8") as fh:
        texts[f] = fh.read()
if not N_FILES_RANGE[0] <= len(texts) <= N_FILES_RANGE[1]:
    err("file count %d outside %s" % (len(texts), N_FILES_RANGE))
expected = ["f%04d.txt" % i for i in range(1, len(texts) + 1)]
if sorted(texts) != expected:
    err("file names are not a contiguous f0001..f%04d sequence" % len(texts))
for f, t in texts.items():
    n = len(t.split())
    if not MIN_WORDS <= n <= MAX_WORDS:
        err("%s has %d words" % (f, n))
dupes = [t for t, c in Counter(texts.values()).items() if c > 1]
if dupes:
    err("%d duplicated file texts" % len(dupes))

# ------------------------------------------------------------------ index
index = {}
with open(os.path.join(HERE, "doc_index.tsv"), encoding="utf-8") as fh:
    header = fh.readline().rstrip("\n").split("\t")
    for line in fh:
        row = dict(zip(header, line.rstrip("\n").split("\t")))
        index[row["file"]] = row
if set(index) != set(texts):
    err("doc_index.tsv does not list exactly the files in docs/")
roles = Counter(r["role"] for r in index.values())
clutter = sum(1 for r in index.values() if r.get("clutter") == "yes")

# ------------------------------------------------------------------ gold
gold = [json.loads(line) for line in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8")]
if len(gold) != N_QUESTIONS:
    err("gold has %d questions, expected %d" % (len(gold), N_QUESTIONS))
ids = [g["id"] for g in gold]
if ids != ["q%03d" % i for i in range(1, len(gold) + 1)]:
    if sorted(ids) != ["q%03d" % i for i in range(1, len(gold) + 1)]:
        err("question ids are not q001..q%03d" % len(gold))
splits = Counter(g["split"] for g in gold)
if splits != Counter({"tune": N_QUESTIONS // 2, "heldout": N_QUESTIONS // 2}):
    err("split counts %s" % dict(splits))
unans = [g for g in gold if not g["answerable"]]
if not UNANS_RANGE[0] <= len(unans) <= UNANS_RANGE[1]:
    err("%d unanswerable questions, expected %s" % (len(unans), UNANS_RANGE))
if len({g["question"] for g in gold}) != len(gold):
    err("duplicate question text")

answer_files = set()
overlaps = []
dated = 0
for g in gold:
    q = g["id"]
    if g["kind"] not in KINDS:
        err("%s: bad kind %r" % (q, g["kind"]))
    if re.search(r"\b(1[89]|20)\d\d\b|\b\d+\.\d+\b|Skylark \d|\b(first|second|third)\b", g["question"]):
        dated += 1
    for nm in g["near_miss"]:
        if nm not in texts:
            err("%s: near-miss file %s missing" % (q, nm))
    if not g["near_miss"]:
        err("%s: no near-miss files" % q)
    if g["answerable"]:
        if not g["answers"] or not g["sources"]:
            err("%s: answerable but no answers/sources" % q)
        for s in g["sources"]:
            if s not in texts:
                err("%s: source %s missing" % (q, s))
                continue
            answer_files.add(s)
            for a in g["answers"]:
                if a not in texts[s]:
                    err("%s: answer %r not verbatim in %s" % (q, a, s))
            if g["evidence"] not in texts[s]:
                err("%s: evidence not found in %s" % (q, s))
            if index.get(s, {}).get("role") != "answer":
                err("%s: source %s not marked as answer in doc_index" % (q, s))
        if not any(a in g["evidence"] for a in g["answers"]):
            err("%s: evidence does not contain any answer string" % q)
        # the main answer must not also be given by the near-miss passages (reviewed exceptions:
        # the string occurs there on purpose but does not answer the question)
        for nm in g["near_miss"]:
            if g["answers"][0] in texts.get(nm, ""):
                if g.get("topic") in REVIEWED_ANSWER_IN_NEAR_MISS:
                    notes.append("%s: %r also in near-miss %s (reviewed: %s)" % (
                        q, g["answers"][0], nm, REVIEWED_ANSWER_IN_NEAR_MISS[g["topic"]]))
                else:
                    err("%s: main answer %r also appears in near-miss %s" % (q, g["answers"][0], nm))
        qc, ec = content(g["question"]), content(g["evidence"])
        ov = len(qc & ec) / max(1, len(qc))
        overlaps.append(ov)
        if ov > 0.6:
            warnings.append("%s: question shares %.0f%% of content words with evidence" % (q, 100 * ov))
    else:
        if g["answers"] or g["sources"]:
            err("%s: unanswerable but has answers/sources" % q)
        if not g["absent"] or not g["absent_together"]:
            err("%s: unanswerable without absent / absent_together checks" % q)
        for a in g["absent"]:
            hits = [f for f, t in texts.items() if a.lower() in t.lower()]
            if hits:
                err("%s: absent string %r found in %s" % (q, a, hits[:3]))
        for grp in g["absent_together"]:
            hits = [f for f, t in texts.items() if all(has(t, tok) for tok in grp)]
            if hits:
                err("%s: strings %s co-occur in %s" % (q, grp, hits[:3]))

marked = {f for f, r in index.items() if r["role"] == "answer"}
if marked != answer_files:
    err("doc_index answer roles do not match gold sources")

# ------------------------------------------------------------------ eval.jsonl
ev_path = os.path.join(HERE, "eval.jsonl")
if os.path.exists(ev_path):
    ev = [json.loads(line) for line in open(ev_path, encoding="utf-8")]
    keys = ["id", "question", "answers", "sources", "answerable", "kind", "split"]
    if [list(e.keys()) for e in ev] != [keys] * len(ev):
        err("eval.jsonl fields differ from %s" % keys)
    if [{k: g[k] for k in keys} for g in gold] != ev:
        err("eval.jsonl is out of date with gold.jsonl (run to_eval.py)")
else:
    warnings.append("eval.jsonl not found (run to_eval.py)")

# ------------------------------------------------------------------ report
print("files: %d (%s); with web clutter: %d (%.0f%%)" % (
    len(texts), ", ".join("%s %d" % kv for kv in sorted(roles.items())), clutter, 100 * clutter / max(1, len(texts))))
wcs = [len(t.split()) for t in texts.values()]
print("words per file: min %d, max %d, mean %.0f" % (min(wcs), max(wcs), sum(wcs) / len(wcs)))
print("questions: %d (answerable %d, unanswerable %d)" % (len(gold), len(gold) - len(unans), len(unans)))
for sp in ("tune", "heldout"):
    sub = [g for g in gold if g["split"] == sp]
    print("  %-7s %d (answerable %d, unanswerable %d)" % (sp, len(sub), sum(g["answerable"] for g in sub),
                                                         sum(not g["answerable"] for g in sub)))
print("kinds: %s" % dict(Counter(g["kind"] for g in gold)))
print("questions naming a year/version/ordinal: %d of %d" % (dated, len(gold)))
if overlaps:
    print("question/evidence content-word overlap: mean %.2f, max %.2f" % (sum(overlaps) / len(overlaps), max(overlaps)))
for n in notes:
    print("note:", n)
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("CHECK %s" % ("PASSED" if not errors else "FAILED (%d errors)" % len(errors)))
sys.exit(1 if errors else 0)
