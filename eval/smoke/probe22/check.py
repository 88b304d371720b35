"""Verify the probe22 evaluation set. Exits non-zero on any failure.

Usage: python3 check.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MIN_WORDS, MAX_WORDS = 40, 260
EXPECTED_QUESTIONS = 80
EXPECTED_PER_SPLIT = 40
MIN_UNANSWERABLE = 26
UNANSWERABLE_PER_SPLIT = (13, 14)

errors = []


def fail(msg):
    errors.append(msg)


def load_jsonl(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main():
    evals = load_jsonl("eval.jsonl")
    gold = load_jsonl("gold.jsonl")

    index = {}
    with open(os.path.join(HERE, "doc_index.tsv"), encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        if header != ["file", "topic", "role", "genre"]:
            fail(f"doc_index.tsv header is {header}")
        for line in fh:
            f, topic, role, genre = line.rstrip("\n").split("\t")
            index[f] = (topic, role, genre)

    ddir = os.path.join(HERE, "docs")
    files = sorted("docs/" + n for n in os.listdir(ddir) if n.endswith(".txt"))
    expected_files = [f"docs/v{i:04d}.txt" for i in range(1, len(files) + 1)]
    if files != expected_files:
        fail("doc files are not a contiguous v0001.txt ... sequence")
    if sorted(index) != files:
        fail("doc_index.tsv does not list exactly the files in docs/")
    texts = {}
    for f in files:
        with open(os.path.join(HERE, f), encoding="utf-8") as fh:
            texts[f] = fh.read()
        w = len(texts[f].split())
        if not MIN_WORDS <= w <= MAX_WORDS:
            fail(f"{f}: {w} words, outside {MIN_WORDS}-{MAX_WORDS}")
        if not texts[f].split("\n", 1)[0].strip():
            fail(f"{f}: first line (title) is empty")
    for f, (_topic, role, _genre) in index.items():
        if role not in ("answer", "near_miss", "digest", "filler"):
            fail(f"{f}: bad role {role}")
    lower = {f: t.lower() for f, t in texts.items()}

    # ids and consistency between eval and gold
    ids = [e["id"] for e in evals]
    if len(ids) != len(set(ids)):
        fail("duplicate ids in eval.jsonl")
    if ids != [g["id"] for g in gold]:
        fail("eval.jsonl and gold.jsonl ids differ")
    if ids != [f"q{i:03d}" for i in range(1, len(ids) + 1)]:
        fail("ids are not q001 ... in order")
    for e, g in zip(evals, gold):
        for k in ("question", "answers", "sources", "answerable", "kind", "split"):
            if e.get(k) != g.get(k):
                fail(f"{e['id']}: field {k} differs between eval and gold")
    if len(evals) != EXPECTED_QUESTIONS:
        fail(f"{len(evals)} questions, expected {EXPECTED_QUESTIONS}")

    # splits
    split_topics = {}
    for g in gold:
        if g["split"] not in ("tune", "heldout"):
            fail(f"{g['id']}: bad split {g['split']}")
        split_topics.setdefault(g["topic"], set()).add(g["split"])
    for topic, splits in split_topics.items():
        if len(splits) > 1:
            fail(f"topic {topic} appears in both splits")
    for split in ("tune", "heldout"):
        qs = [g for g in gold if g["split"] == split]
        un = [g for g in qs if not g["answerable"]]
        if len(qs) != EXPECTED_PER_SPLIT:
            fail(f"{split}: {len(qs)} questions, expected {EXPECTED_PER_SPLIT}")
        if not UNANSWERABLE_PER_SPLIT[0] <= len(un) <= UNANSWERABLE_PER_SPLIT[1]:
            fail(f"{split}: {len(un)} unanswerable, expected {UNANSWERABLE_PER_SPLIT}")
    n_un = sum(1 for g in gold if not g["answerable"])
    if n_un < MIN_UNANSWERABLE:
        fail(f"only {n_un} unanswerable questions")

    # per-question checks
    for g in gold:
        qid = g["id"]
        for f in g["sources"] + g["near_miss"]:
            if f not in texts:
                fail(f"{qid}: missing file {f}")
        if any(f not in texts for f in g["sources"] + g["near_miss"]):
            continue
        for f in g["near_miss"]:
            if index[f][0] != g["topic"]:
                fail(f"{qid}: near miss {f} belongs to another topic")
        if not g["near_miss"]:
            fail(f"{qid}: no near-miss passages")
        for s in g["absent"]:
            for f, t in lower.items():
                if s.lower() in t:
                    fail(f"{qid}: absent string {s!r} found in {f}")
        if g["answerable"]:
            if not g["answers"] or not g["sources"]:
                fail(f"{qid}: answerable but no answers or sources")
            if not 1 <= len(g["answers"]) <= 3:
                fail(f"{qid}: {len(g['answers'])} answer variants")
            for f in g["sources"]:
                if index[f][0] != g["topic"] or index[f][1] != "answer":
                    fail(f"{qid}: source {f} is not an answer passage of the topic")
                for a in g["answers"]:
                    if a not in texts[f]:
                        fail(f"{qid}: answer {a!r} not in source {f}")
            if not g["evidence"] or not any(g["evidence"] in texts[f] for f in g["sources"]):
                fail(f"{qid}: evidence not found in any source")
            for a in g["answers"]:
                for f, t in lower.items():
                    if index[f][0] != g["topic"] and a.lower() in t:
                        fail(f"{qid}: answer {a!r} appears in {f} (topic {index[f][0]})")
        else:
            if g["answers"] or g["sources"] or g["evidence"]:
                fail(f"{qid}: unanswerable but has answers, sources or evidence")
            if not g["absent"]:
                fail(f"{qid}: unanswerable without absent strings")

    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(files)} docs, {len(gold)} questions ({n_un} unanswerable)")


if __name__ == "__main__":
    main()
