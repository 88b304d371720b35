#!/usr/bin/env python3
"""Verify the probe20 evaluation set. Exits non-zero on any failure.

Checks: document naming and word counts, eval/gold agreement, answers and
evidence are exact substrings of their sources, absent strings occur in no
document, filler/digests do not contain name-like answers, split balance,
topic/split disjointness, doc_index consistency, and byte-for-byte
reproducibility of build.py.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
N_DOCS = 900
N_QUESTIONS = 80
MIN_WORDS, MAX_WORDS = 40, 250
EVAL_KEYS = ["id", "question", "answers", "sources", "answerable", "kind", "split"]
GOLD_KEYS = EVAL_KEYS + ["topic", "evidence", "near_miss", "absent"]
GENERATED = ["eval.jsonl", "gold.jsonl", "doc_index.tsv"]

errors: list[str] = []


def fail(msg: str) -> None:
    errors.append(msg)


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def check_docs(docs: dict[str, str]) -> None:
    expected = {f"t{i:04d}.txt" for i in range(1, N_DOCS + 1)}
    if set(docs) != expected:
        fail(f"docs/ should hold exactly t0001.txt..t{N_DOCS:04d}.txt (found {len(docs)})")
    for name, text in docs.items():
        first = text.split("\n", 1)[0]
        if not first.strip() or first != first.strip():
            fail(f"{name}: first line must be a non-empty title")
        n = len(text.split())
        if not MIN_WORDS <= n <= MAX_WORDS:
            fail(f"{name}: {n} words (allowed {MIN_WORDS}-{MAX_WORDS})")


def check_index(docs: dict[str, str]) -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    with open(HERE / "doc_index.tsv", encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        if header != ["file", "topic", "role", "genre"]:
            fail(f"doc_index.tsv header is {header}")
        for line in fh:
            f, t, r, g = line.rstrip("\n").split("\t")
            rows[f] = {"topic": t, "role": r, "genre": g}
    if set(rows) != set(docs):
        fail("doc_index.tsv does not list exactly the files in docs/")
    for f, row in rows.items():
        if row["role"] not in {"answer", "near_miss", "digest", "filler"}:
            fail(f"{f}: bad role {row['role']}")
        if (row["role"] in {"digest", "filler"}) != (row["topic"] == "-"):
            fail(f"{f}: topic/role mismatch")
    roles = Counter(r["role"] for r in rows.values())
    if roles["digest"] < 140:
        fail(f"only {roles['digest']} digest passages")
    return rows


def check_questions(docs: dict[str, str], rows: dict[str, dict[str, str]]) -> None:
    ev = load_jsonl(HERE / "eval.jsonl")
    gold = load_jsonl(HERE / "gold.jsonl")
    if len(ev) != N_QUESTIONS or len(gold) != N_QUESTIONS:
        fail(f"expected {N_QUESTIONS} questions, got eval={len(ev)} gold={len(gold)}")
    ids = [f"q{i:03d}" for i in range(1, len(gold) + 1)]
    if [g.get("id") for g in gold] != ids or [e.get("id") for e in ev] != ids:
        fail("ids must run q001.. in order in both files")
    for e, g in zip(ev, gold):
        if list(e) != EVAL_KEYS:
            fail(f"{e.get('id')}: eval fields {list(e)}")
        if list(g) != GOLD_KEYS:
            fail(f"{g.get('id')}: gold fields {list(g)}")
        if any(e.get(k) != g.get(k) for k in EVAL_KEYS):
            fail(f"{g.get('id')}: eval and gold disagree")
    lower_docs = {f: t.lower() for f, t in docs.items()}
    answer_roles = defaultdict(set)
    topic_split: dict[str, set[str]] = defaultdict(set)
    per_split = Counter()
    unans_split = Counter()
    for g in gold:
        qid = g["id"]
        topic_split[g["topic"]].add(g["split"])
        if g["split"] not in {"tune", "heldout"}:
            fail(f"{qid}: bad split")
        per_split[g["split"]] += 1
        for f in g["sources"] + g["near_miss"]:
            if f not in docs:
                fail(f"{qid}: unknown file {f}")
            elif rows[f]["topic"] != g["topic"]:
                fail(f"{qid}: {f} belongs to topic {rows[f]['topic']}")
        if set(g["sources"]) & set(g["near_miss"]):
            fail(f"{qid}: a file is both source and near miss")
        if g["answerable"]:
            if not g["sources"] or not g["answers"]:
                fail(f"{qid}: answerable question needs sources and answers")
            for f in g["sources"]:
                answer_roles[f].add(qid)
                for a in g["answers"]:
                    if a not in docs.get(f, ""):
                        fail(f"{qid}: answer {a!r} not in {f}")
            if not g["evidence"] or not any(g["evidence"] in docs.get(f, "") for f in g["sources"]):
                fail(f"{qid}: evidence not found in any source")
            if not any(a in g["evidence"] for a in g["answers"]):
                fail(f"{qid}: evidence does not contain an answer string")
        else:
            unans_split[g["split"]] += 1
            if g["sources"] or g["answers"] or g["evidence"]:
                fail(f"{qid}: unanswerable question must have no sources/answers/evidence")
            if not g["absent"] or not g["near_miss"]:
                fail(f"{qid}: unanswerable question needs absent strings and near misses")
        for s in g["absent"]:
            hits = [f for f, t in lower_docs.items() if s.lower() in t]
            if hits:
                fail(f"{qid}: absent string {s!r} occurs in {hits[:3]}")
    for f, row in rows.items():
        if row["role"] == "answer" and f not in answer_roles:
            fail(f"{f}: role answer but no question uses it")
        if f in answer_roles and row["role"] != "answer":
            fail(f"{f}: is a source but role is {row['role']}")
    # name-like answers (capitalised words, no digits) must not leak into filler or digests
    background = [t for f, t in docs.items() if rows[f]["role"] in {"digest", "filler"}]
    for g in gold:
        for a in g["answers"]:
            if re.search(r"\d", a) or not re.search(r"\b[A-Z][a-z]", a) or len(a) < 6:
                continue
            if any(a in t for t in background):
                fail(f"{g['id']}: answer {a!r} appears in a filler/digest passage")
    for t, s in topic_split.items():
        if len(s) != 1:
            fail(f"topic {t} appears in both splits")
    total_unans = sum(unans_split.values())
    if not 26 <= total_unans <= 28:
        fail(f"{total_unans} unanswerable questions (want 26-28)")
    for s in ("tune", "heldout"):
        if not 36 <= per_split[s] <= 44:
            fail(f"split {s} has {per_split[s]} questions")
        if not 11 <= unans_split[s] <= 16:
            fail(f"split {s} has {unans_split[s]} unanswerable questions")
    kinds = Counter(g["kind"] for g in gold)
    if len(kinds) < 12:
        fail(f"only {len(kinds)} question kinds")
    print(f"questions per split: {dict(per_split)}; unanswerable: {dict(unans_split)}")


def check_reproducible() -> None:
    tmp = HERE / ".repro_check"
    if tmp.exists():
        shutil.rmtree(tmp)
    try:
        res = subprocess.run([sys.executable, str(HERE / "build.py"), "--out", str(tmp)],
                             capture_output=True, text=True, check=False)
        if res.returncode != 0:
            fail(f"build.py failed: {res.stderr.strip()[-500:]}")
            return
        for name in GENERATED:
            if (tmp / name).read_bytes() != (HERE / name).read_bytes():
                fail(f"{name} differs after rebuild")
        new = sorted(p.name for p in (tmp / "docs").iterdir())
        old = sorted(p.name for p in (HERE / "docs").iterdir())
        if new != old:
            fail("docs/ file list differs after rebuild")
        for name in new:
            if (tmp / "docs" / name).read_bytes() != (HERE / "docs" / name).read_bytes():
                fail(f"docs/{name} differs after rebuild")
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)


def main() -> int:
    docs = {p.name: p.read_text(encoding="utf-8") for p in sorted((HERE / "docs").glob("*.txt"))}
    check_docs(docs)
    rows = check_index(docs)
    check_questions(docs, rows)
    check_reproducible()
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print(f"OK: {len(docs)} docs, all checks passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
