#!/usr/bin/env python3
"""Verify the fifth smoke check's corpus and gold set (this folder)."""

import json
import os
import re
import sys
from collections import Counter

BASE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(BASE, "docs")
GOLD = os.path.join(BASE, "gold.jsonl")
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


docs = {}
for fn in sorted(os.listdir(DOCS)):
    if fn.endswith(".txt"):
        docs[fn] = open(os.path.join(DOCS, fn), encoding="utf-8").read()
date_re = re.compile(r"^(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4} — \S")
for fn, t in docs.items():
    lines = [ln for ln in t.splitlines() if ln.strip()]
    if not (400 <= len(t) <= 1500):
        errors.append(f"{fn}: length {len(t)} outside 400-1500")
    if len(lines) < 3 or date_re.match(lines[0]):
        errors.append(f"{fn}: first line should be a headline")
    if not any(date_re.match(ln) for ln in lines[1:3]):
        errors.append(f"{fn}: no date line near top")
if not (55 <= len(docs) <= 70):
    errors.append(f"doc count {len(docs)} outside 55-70")
ndocs = {fn: norm(t) for fn, t in docs.items()}
ldocs = {fn: t.lower() for fn, t in ndocs.items()}

gold = []
for n, line in enumerate(open(GOLD, encoding="utf-8"), 1):
    if line.strip():
        try:
            gold.append(json.loads(line))
        except Exception as e:
            errors.append(f"gold line {n}: bad JSON {e}")

ids = Counter(g.get("id") for g in gold)
for i, c in ids.items():
    if c > 1:
        errors.append(f"duplicate id {i}")
REQ = ["id", "question", "answers", "sources", "answerable", "evidence", "kind", "split"]
for g in gold:
    gid = g.get("id")
    for k in REQ:
        if k not in g:
            errors.append(f"{gid}: missing field {k}")
    if g.get("split") not in ("tune", "heldout"):
        errors.append(f"{gid}: bad split")
    if g.get("answerable"):
        if g.get("kind") not in ("single", "numeric", "constraint"):
            errors.append(f"{gid}: bad kind for answerable")
        if not g["answers"] or not g["sources"] or not g["evidence"]:
            errors.append(f"{gid}: answerable needs answers/sources/evidence")
        for s in g["sources"]:
            if s not in docs:
                errors.append(f"{gid}: source {s} missing")
        srcs = [ndocs[s] for s in g["sources"] if s in docs]
        for ev in g["evidence"]:
            if not any(norm(ev) in t for t in srcs):
                errors.append(f"{gid}: evidence not in sources: {ev[:60]!r}")
        hay = " ".join([norm(e) for e in g["evidence"]] + srcs).lower()
        if not any(norm(a).lower() in hay for a in g["answers"]):
            errors.append(f"{gid}: no answer string found in evidence/source")
    else:
        if g.get("kind") != "unanswerable":
            errors.append(f"{gid}: unanswerable must have kind 'unanswerable'")
        if g.get("answers") or g.get("sources") or g.get("evidence"):
            errors.append(f"{gid}: unanswerable must have empty answers/sources/evidence")
        if not g.get("absent") or not g.get("near_miss"):
            errors.append(f"{gid}: unanswerable needs absent and near_miss")
        for s in g.get("absent", []):
            hits = [fn for fn, t in ldocs.items() if norm(s).lower() in t]
            if hits:
                errors.append(f"{gid}: absent string {s!r} found in {hits}")
        for f in g.get("near_miss", []):
            if f not in docs:
                errors.append(f"{gid}: near_miss file {f} missing")

splits = Counter(g.get("split") for g in gold)
nu = sum(1 for g in gold if not g.get("answerable"))
print(f"docs={len(docs)} questions={len(gold)} unanswerable={nu} splits={dict(splits)} kinds={dict(Counter(g.get('kind') for g in gold))}")
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("PASS")
