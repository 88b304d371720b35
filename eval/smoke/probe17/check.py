"""Verify the probe17 evaluation set. Exits non-zero on any failure.

Reads only the files in this folder (docs/, eval.jsonl, gold.jsonl,
doc_index.tsv). Standard library only.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
N_DOCS = 900
N_QUESTIONS = 80
KINDS = {"who", "when", "where", "how_many", "how_much", "which", "what"}
ROLES = {"answer", "near_miss", "digest", "filler"}
EVAL_KEYS = ["id", "question", "answers", "sources", "answerable", "kind", "split"]
GOLD_KEYS = EVAL_KEYS + ["topic", "evidence", "near_miss", "absent", "names_year"]
YEARISH = re.compile(r"\b(19|20)\d{2}\b|season|edition|version|remaster|deluxe|\b\d+\.\d+\b|\b\d+(st|nd|rd|th)\b", re.I)

failures = []


def fail(msg):
    failures.append(msg)


def load_jsonl(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    ddir = os.path.join(HERE, "docs")
    names = sorted(os.listdir(ddir))
    expected = [f"r{i:04d}.txt" for i in range(1, N_DOCS + 1)]
    if names != expected:
        fail(f"docs/ must hold exactly r0001.txt..r{N_DOCS:04d}.txt (found {len(names)} entries)")
    docs = {}
    for n in names:
        with open(os.path.join(ddir, n), encoding="utf-8") as f:
            docs[n] = f.read()
    for n, text in docs.items():
        w = len(text.split())
        if not 40 <= w <= 220:
            fail(f"{n}: {w} words (must be 40-220)")
        first = text.split("\n", 1)[0].strip()
        if not first or len(first.split()) > 25:
            fail(f"{n}: first line is not a title")
    low = {n: t.lower() for n, t in docs.items()}

    # doc index
    index = {}
    with open(os.path.join(HERE, "doc_index.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header != ["file", "topic", "role", "genre"]:
            fail(f"doc_index.tsv header is {header}")
        for line in f:
            file, topic, role, genre = line.rstrip("\n").split("\t")
            index[file] = (topic, role, genre)
    if sorted(index) != expected:
        fail("doc_index.tsv does not list every document exactly once")
    for file, (_topic, role, genre) in index.items():
        if role not in ROLES:
            fail(f"{file}: unknown role {role}")
        if not genre:
            fail(f"{file}: empty genre")
    roles = {}
    for _topic, role, _ in index.values():
        roles[role] = roles.get(role, 0) + 1
    if not 50 <= roles.get("digest", 0) <= 70:
        fail(f"expected about 60 digest passages, found {roles.get('digest', 0)}")

    # per-topic passage roles
    topic_files = {}
    for file, (topic, role, _) in index.items():
        if role in ("answer", "near_miss"):
            topic_files.setdefault(topic, {"answer": [], "near_miss": []})[role].append(file)
    if not 40 <= len(topic_files) <= 50:
        fail(f"expected about 45 topics, found {len(topic_files)}")
    no_answer = 0
    for topic, d in topic_files.items():
        if len(d["answer"]) > 1:
            fail(f"topic {topic}: {len(d['answer'])} answer passages")
        if len(d["answer"]) == 0:
            no_answer += 1
        if not 1 <= len(d["near_miss"]) <= 3:
            fail(f"topic {topic}: {len(d['near_miss'])} near-miss passages")
    if not 8 <= no_answer <= 12:
        fail(f"expected about 10 topics without an answer passage, found {no_answer}")

    # questions
    ev = load_jsonl("eval.jsonl")
    gold = load_jsonl("gold.jsonl")
    if len(ev) != N_QUESTIONS or len(gold) != N_QUESTIONS:
        fail(f"expected {N_QUESTIONS} questions, found {len(ev)} eval / {len(gold)} gold")
    for i, (e, g) in enumerate(zip(ev, gold), 1):
        qid = f"q{i:03d}"
        if list(e) != EVAL_KEYS:
            fail(f"{qid}: eval keys {list(e)}")
        if list(g) != GOLD_KEYS:
            fail(f"{qid}: gold keys {list(g)}")
        if e["id"] != qid or g["id"] != qid:
            fail(f"{qid}: id out of sequence")
        if any(e[k] != g[k] for k in EVAL_KEYS):
            fail(f"{qid}: eval and gold records differ")
        if g["kind"] not in KINDS:
            fail(f"{qid}: bad kind {g['kind']}")
        if g["split"] not in ("tune", "heldout"):
            fail(f"{qid}: bad split {g['split']}")
        if g["answerable"] != bool(g["sources"]):
            fail(f"{qid}: answerable flag disagrees with sources")
        if g["names_year"] and not YEARISH.search(g["question"]) and not re.search(r"\d", g["question"]):
            fail(f"{qid}: names_year set but the question names no year, season, edition or version")
        if YEARISH.search(g["question"]) and re.search(r"\b(19|20)\d{2}\b", g["question"]) and not g["names_year"]:
            fail(f"{qid}: question names a year but names_year is false")
        topic = g["topic"]
        if topic not in topic_files:
            fail(f"{qid}: unknown topic {topic}")
        if not g["near_miss"]:
            fail(f"{qid}: no near-miss passages")
        for f_ in g["near_miss"]:
            if f_ not in docs:
                fail(f"{qid}: near-miss file {f_} missing")
            elif index[f_][0] != topic or index[f_][1] not in ("near_miss", "answer"):
                fail(f"{qid}: near-miss file {f_} is not a passage of topic {topic}")
            if f_ in g["sources"]:
                fail(f"{qid}: {f_} is both source and near miss")
        for a in g["absent"]:
            hits = [n for n, t in low.items() if a.lower() in t]
            if hits:
                fail(f"{qid}: absent string {a!r} occurs in {hits[:3]}")
        if g["answerable"]:
            if not g["answers"]:
                fail(f"{qid}: answerable but no answers")
            if not g["evidence"]:
                fail(f"{qid}: answerable but no evidence")
            for s in g["sources"]:
                if s not in docs:
                    fail(f"{qid}: source {s} missing")
                    continue
                if index[s][0] != topic or index[s][1] != "answer":
                    fail(f"{qid}: source {s} is not the answer passage of {topic}")
                for a in g["answers"]:
                    if a not in docs[s]:
                        fail(f"{qid}: answer {a!r} not in source {s}")
                    if len(a.split()) > 6:
                        fail(f"{qid}: answer {a!r} is not short")
            if not any(g["evidence"] in docs[s] for s in g["sources"] if s in docs):
                fail(f"{qid}: evidence not in any source")
            if not any(a in g["evidence"] for a in g["answers"]):
                fail(f"{qid}: evidence holds none of the answers")
            for a in g["answers"]:
                if len(a) < 5:
                    continue
                for n, t in low.items():
                    if index[n][0] != topic and a.lower() in t:
                        fail(f"{qid}: answer {a!r} appears in {n} ({index[n][1]}, topic {index[n][0]})")
        else:
            if g["answers"] or g["evidence"]:
                fail(f"{qid}: unanswerable but has answers or evidence")
            if not g["absent"]:
                fail(f"{qid}: unanswerable but no absent strings")

    # counts
    n_un = sum(not g["answerable"] for g in gold)
    n_year = sum(g["names_year"] for g in gold)
    n_dates = sum(1 for g in gold if g["kind"] == "when" and g["answerable"]
                  and any(re.search(r"\b\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}\b", a) for a in g["answers"]))
    if n_un < 26:
        fail(f"only {n_un} unanswerable questions (need at least 26)")
    if n_year < 40:
        fail(f"only {n_year} questions name a year/season/edition/version (need at least 40)")
    if n_dates < 10:
        fail(f"only {n_dates} questions with a date answer (need at least 10)")
    kinds = {g["kind"] for g in gold}
    if kinds != KINDS:
        fail(f"kinds used: {sorted(kinds)}")
    for s in ("tune", "heldout"):
        rs = [g for g in gold if g["split"] == s]
        un = sum(not g["answerable"] for g in rs)
        if len(rs) != N_QUESTIONS // 2:
            fail(f"split {s} has {len(rs)} questions")
        if not 12 <= un <= 14:
            fail(f"split {s} has {un} unanswerable questions")
    # each source of an answerable question must be an answer passage, and each answer passage used
    used = {s for g in gold for s in g["sources"]}
    for d in topic_files.values():
        for f_ in d["answer"]:
            if f_ not in used:
                fail(f"{f_}: marked answer but no question uses it")

    if failures:
        for m in failures:
            print("FAIL:", m)
        print(f"{len(failures)} failure(s)")
        return 1
    print(f"OK: {len(docs)} docs, {len(gold)} questions ({len(gold) - n_un} answerable, {n_un} unanswerable), "
          f"{n_year} name a year/edition/version, {n_dates} date answers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
