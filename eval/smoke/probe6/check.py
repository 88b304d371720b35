#!/usr/bin/env python3
"""Validate this folder gold.jsonl against docs/. Exit code 0 only with zero errors."""

import json
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import all_date_forms, norm_ws, parse_date_answer

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
errors = []


def err(m):
    errors.append(m)


docs = {}
for fn in sorted(os.listdir(DOCS)):
    if not re.fullmatch(r"doc_\d{4}\.txt", fn):
        err(f"unexpected file name in docs/: {fn}")
        continue
    raw = open(os.path.join(DOCS, fn), "rb").read()
    try:
        txt = raw.decode("utf-8")
    except UnicodeDecodeError:
        err(f"{fn}: not UTF-8")
        continue
    n = len(txt.split())
    if not 100 <= n <= 350:
        err(f"{fn}: {n} words (want 100-350)")
    docs[fn] = norm_ws(txt)
nums = sorted(int(f[4:8]) for f in docs)
if nums != list(range(1, len(nums) + 1)):
    err("doc numbering is not contiguous from doc_0001")
lower_docs = {k: v.lower() for k, v in docs.items()}


def present(ans, text):
    """Answer string present in text; date answers match any common written form."""
    if norm_ws(ans) in text:
        return True
    d = parse_date_answer(ans)
    if d:
        return any(f in text for f in all_date_forms(d))
    return False


rows, ids = [], Counter()
with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {ln}: bad JSON {e}")
            continue
        rows.append(r)

BASE = ["id", "question", "answers", "sources", "answerable", "evidence", "kind", "split"]
for r in rows:
    rid = r.get("id", "?")
    ids[rid] += 1
    want = BASE + ([] if r.get("answerable") else ["absent", "near_miss"])
    if sorted(r.keys()) != sorted(want):
        err(f"{rid}: keys {sorted(r.keys())} != {sorted(want)}")
    if r.get("split") not in ("tune", "heldout"):
        err(f"{rid}: bad split {r.get('split')}")
    if r.get("answerable"):
        if not r["answers"] or not r["sources"] or not r["evidence"]:
            err(f"{rid}: answerable but empty answers/sources/evidence")
            continue
        if r["kind"] == "unanswerable":
            err(f"{rid}: answerable with kind unanswerable")
        for s in r["sources"]:
            if s not in docs:
                err(f"{rid}: source {s} missing")
        src_text = " ".join(docs.get(s, "") for s in r["sources"])
        for ev in r["evidence"]:
            if not any(norm_ws(ev) in docs.get(s, "") for s in r["sources"]):
                err(f"{rid}: evidence not a substring of any source: {ev[:70]!r}")
        # every source must carry at least one evidence string
        for s in r["sources"]:
            if not any(norm_ws(ev) in docs.get(s, "") for ev in r["evidence"]):
                err(f"{rid}: source {s} has no evidence string")
        first = r["answers"][0]
        ev_text = " ".join(norm_ws(e) for e in r["evidence"])
        if not (present(first, ev_text) or present(first, src_text)):
            err(f"{rid}: first answer {first!r} not found in evidence or source")
        if r["kind"] == "when":
            for a in r["answers"]:
                if not re.search(r"\b(19|20)\d\d\b", a):
                    err(f"{rid}: date answer without year: {a!r}")
        for k in ("absent", "near_miss"):
            if k in r:
                err(f"{rid}: answerable row has {k}")
    else:
        if r.get("answers") or r.get("sources") or r.get("evidence"):
            err(f"{rid}: unanswerable with non-empty answers/sources/evidence")
        if r.get("kind") != "unanswerable":
            err(f"{rid}: unanswerable kind is {r.get('kind')}")
        if not r.get("absent"):
            err(f"{rid}: no absent strings")
        for a in r.get("absent", []):
            hits = [f for f, t in lower_docs.items() if norm_ws(a).lower() in t]
            if hits:
                err(f"{rid}: absent string {a!r} found in {hits[:3]}")
        if not r.get("near_miss"):
            err(f"{rid}: no near_miss files")
        for f in r.get("near_miss", []):
            if f not in docs:
                err(f"{rid}: near_miss {f} missing")

for i, c in ids.items():
    if c > 1:
        err(f"duplicate id {i}")

n = len(rows)
un = [r for r in rows if not r.get("answerable")]
sp = Counter(r.get("split") for r in rows)
usp = Counter(r.get("split") for r in un)
if not 64 <= n <= 76:
    err(f"{n} questions (want 64-76)")
if not 18 <= len(un) <= 20:
    err(f"{len(un)} unanswerable (want 18-20)")
if abs(sp["tune"] - sp["heldout"]) > 1:
    err(f"split imbalance {dict(sp)}")
if not usp["tune"] or not usp["heldout"]:
    err(f"unanswerables not in both splits {dict(usp)}")
if not 250 <= len(docs) <= 350:
    err(f"{len(docs)} docs (want 250-350)")

print(f"docs: {len(docs)}")
print(f"questions: {n}  answerable: {n - len(un)}  unanswerable: {len(un)}")
print(f"splits: {dict(sp)}  unanswerable per split: {dict(usp)}")
print(f"kinds: {dict(Counter(r.get('kind') for r in rows))}")
print(f"sources per answerable question: {dict(sorted(Counter(len(r['sources']) for r in rows if r.get('answerable')).items()))}")
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
