#!/usr/bin/env python3
"""Verify the probe18 smoke set. Exits non-zero on any failure.

Checks: passage files and word counts; doc_index.tsv; eval.jsonl / gold.jsonl structure and agreement; every answer
is an exact substring of every listed source; evidence is in a source and contains an answer; answers do not occur
in the question's near-miss passages; every `absent` string occurs in no passage; split and unanswerable counts;
topic-disjoint splits; questions flagged `names_year` really name a year, edition, version or ordinal.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
N_DOCS = 900
N_QUESTIONS = 80
MIN_WORDS = 40
MAX_WORDS = 200
EVAL_KEYS = ["id", "question", "answers", "sources", "answerable", "kind", "split"]
GOLD_KEYS = EVAL_KEYS + ["topic", "evidence", "near_miss", "absent", "names_year"]
ROLES = {"answer", "near_miss", "digest", "filler"}
YEAR_RE = re.compile(
    r"\b(19|20)\d\d\b|\b\d+(st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
    r"|\b(series|season|edition|version|stage|quarter|q[1-4])\b|\bII+\b|\b\d\b|\b\d+\.\d+\b",
    re.IGNORECASE,
)

failures = []


def fail(message):
    failures.append(message)


def load_jsonl(path):
    records = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as err:
                fail(f"{path.name}:{number}: invalid JSON ({err})")
    return records


def check_docs():
    docs = {}
    expected = {f"s{i:04d}.txt" for i in range(1, N_DOCS + 1)}
    found = {p.name for p in (HERE / "docs").glob("*.txt")}
    if found != expected:
        fail(f"docs/: expected s0001..s{N_DOCS:04d}, missing {len(expected - found)}, extra {len(found - expected)}")
    for name in sorted(found & expected):
        text = (HERE / "docs" / name).read_text(encoding="utf-8")
        docs[name] = text
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            fail(f"{name}: {words} words")
        title = text.split("\n", 1)[0].strip()
        if not title or len(title) > 150 or title.lower().startswith(("home", "we use cookies", "by ")):
            fail(f"{name}: first line is not a title: {title!r}")
    duplicates = [t for t, n in Counter(docs.values()).items() if n > 1]
    if duplicates:
        fail(f"{len(duplicates)} duplicate passages")
    return docs


def check_index(docs):
    index = {}
    lines = (HERE / "doc_index.tsv").read_text(encoding="utf-8").splitlines()
    if not lines or lines[0] != "file\ttopic\trole\tgenre":
        fail("doc_index.tsv: bad header")
    for line in lines[1:]:
        parts = line.split("\t")
        if len(parts) != 4:
            fail(f"doc_index.tsv: bad row {line!r}")
            continue
        name, topic, role, genre = parts
        if role not in ROLES or not genre or not topic:
            fail(f"doc_index.tsv: bad values in {line!r}")
        index[name] = {"topic": topic, "role": role, "genre": genre}
    if set(index) != set(docs):
        fail("doc_index.tsv: files do not match docs/")
    return index


def check_questions(docs, index):
    evals = load_jsonl(HERE / "eval.jsonl")
    golds = load_jsonl(HERE / "gold.jsonl")
    if len(evals) != N_QUESTIONS or len(golds) != N_QUESTIONS:
        fail(f"expected {N_QUESTIONS} questions, got eval={len(evals)} gold={len(golds)}")
    lowered = {name: text.lower() for name, text in docs.items()}
    for number, (ev, gd) in enumerate(zip(evals, golds), 1):
        qid = f"q{number:03d}"
        if list(ev) != EVAL_KEYS:
            fail(f"eval {qid}: keys {list(ev)}")
        if list(gd) != GOLD_KEYS:
            fail(f"gold {qid}: keys {list(gd)}")
        if ev.get("id") != qid or any(ev.get(k) != gd.get(k) for k in EVAL_KEYS):
            fail(f"{qid}: eval and gold records disagree or id out of order")
        check_one(qid, gd, docs, lowered, index)
    return golds


def check_one(qid, q, docs, lowered, index):
    sources, answers, near = q["sources"], q["answers"], q["near_miss"]
    if q["split"] not in ("tune", "heldout"):
        fail(f"{qid}: bad split {q['split']!r}")
    if not q["question"].strip() or not q["kind"].strip():
        fail(f"{qid}: empty question or kind")
    if q["answerable"] != bool(sources):
        fail(f"{qid}: answerable flag does not match sources")
    for name in sources + near:
        if name not in docs:
            fail(f"{qid}: unknown file {name}")
    if set(sources) & set(near):
        fail(f"{qid}: a file is both source and near miss")
    if not near:
        fail(f"{qid}: no near-miss passages")
    for name in near:
        if name in index and index[name]["role"] not in ("answer", "near_miss"):
            fail(f"{qid}: near miss {name} has role {index[name]['role']}")
    if q["answerable"]:
        if not answers:
            fail(f"{qid}: answerable but no answers")
        for name in sources:
            if name in index and index[name]["role"] != "answer":
                fail(f"{qid}: source {name} has role {index[name]['role']}")
            for answer in answers:
                if answer not in docs.get(name, ""):
                    fail(f"{qid}: answer {answer!r} not in source {name}")
        if not q["evidence"] or not any(q["evidence"] in docs.get(name, "") for name in sources):
            fail(f"{qid}: evidence not found in any source")
        if not any(answer in q["evidence"] for answer in answers):
            fail(f"{qid}: evidence contains no answer string")
        for name in near:
            for answer in answers:
                if answer in docs.get(name, ""):
                    fail(f"{qid}: answer {answer!r} also occurs in near miss {name}")
    else:
        if answers or q["evidence"]:
            fail(f"{qid}: unanswerable question has answers or evidence")
        if not q["absent"]:
            fail(f"{qid}: unanswerable question lists no absent strings")
    for absent in q["absent"]:
        hits = [name for name, text in lowered.items() if absent.lower() in text]
        if hits:
            fail(f"{qid}: absent string {absent!r} occurs in {', '.join(hits[:5])}")
    if q["names_year"] and not YEAR_RE.search(q["question"]):
        fail(f"{qid}: flagged names_year but names no year/edition/version/ordinal")


def check_counts(golds):
    splits = Counter(q["split"] for q in golds)
    unans = Counter(q["split"] for q in golds if not q["answerable"])
    total_unans = sum(unans.values())
    named = sum(q["names_year"] for q in golds)
    whens = sum(q["answerable"] and q["question"].lower().startswith("when") for q in golds)
    if splits["tune"] != N_QUESTIONS // 2 or splits["heldout"] != N_QUESTIONS // 2:
        fail(f"split sizes {dict(splits)}")
    if not 26 <= total_unans <= 28:
        fail(f"{total_unans} unanswerable questions (want 26-28)")
    if abs(unans["tune"] - unans["heldout"]) > 1:
        fail(f"unanswerable split unevenly {dict(unans)}")
    if named < 50:
        fail(f"only {named} questions name a year/edition/version/ordinal")
    topic_splits = {}
    for q in golds:
        topic_splits.setdefault(q["topic"], set()).add(q["split"])
    mixed = sorted(t for t, s in topic_splits.items() if len(s) > 1)
    if mixed:
        fail(f"topics in both splits: {mixed}")
    ids = [q["id"] for q in golds]
    if len(set(ids)) != len(ids):
        fail("duplicate ids")
    return splits, unans, named, whens


def main():
    docs = check_docs()
    index = check_index(docs)
    golds = check_questions(docs, index)
    splits, unans, named, whens = check_counts(golds)
    roles = Counter(entry["role"] for entry in index.values())
    print(f"passages: {len(docs)} {dict(sorted(roles.items()))}")
    print(f"questions: {len(golds)} {dict(sorted(splits.items()))}; unanswerable {dict(sorted(unans.items()))}")
    print(f"names year/edition/version: {named}; answerable 'when' questions: {whens}")
    if failures:
        for message in failures:
            print("FAIL:", message)
        print(f"{len(failures)} failure(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
