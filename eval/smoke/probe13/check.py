"""Consistency checks for the probe13 evaluation set. Exits non-zero on failure."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
N_DOCS = 900
N_QUESTIONS = 80
KINDS = {"who", "when", "where", "how_many", "how_much", "what", "which"}
ROLES = {"answer", "near_miss", "digest", "filler"}
EVAL_KEYS = ["id", "question", "answers", "sources", "answerable", "kind", "split"]
GOLD_EXTRA = ["topic", "evidence", "near_miss", "absent", "names_year_version_ordinal"]

errors = []


def fail(msg):
    errors.append(msg)


def load_jsonl(name):
    with open(HERE / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def words(text):
    return re.findall(r"[a-z0-9']+", text.lower())


def main():
    docdir = HERE / "docs"
    expected = [f"h{i:04d}.txt" for i in range(1, N_DOCS + 1)]
    present = sorted(p.name for p in docdir.iterdir())
    if present != expected:
        fail(f"docs/ should hold exactly {expected[0]}..{expected[-1]}")
    texts = {}
    for name in present:
        text = (docdir / name).read_text(encoding="utf-8")
        texts[name] = text
        n = len(text.split())
        if not 40 <= n <= 160:
            fail(f"{name}: {n} words")
        if not text.split("\n", 1)[0].strip():
            fail(f"{name}: empty headline")
    lowered = {name: t.lower() for name, t in texts.items()}

    index = {}
    with open(HERE / "doc_index.tsv", encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        if header != ["file", "topic", "role", "genre"]:
            fail("doc_index.tsv header")
        for line in fh:
            file, topic, role, genre = line.rstrip("\n").split("\t")
            index[file] = (topic, role, genre)
            if role not in ROLES:
                fail(f"{file}: bad role {role}")
            if not genre:
                fail(f"{file}: no genre")
    if sorted(index) != expected:
        fail("doc_index.tsv does not list every document exactly once")

    ev = load_jsonl("eval.jsonl")
    gold = load_jsonl("gold.jsonl")
    if len(ev) != N_QUESTIONS or len(gold) != N_QUESTIONS:
        fail(f"expected {N_QUESTIONS} questions, got {len(ev)} / {len(gold)}")
    for i, (e, g) in enumerate(zip(ev, gold), 1):
        qid = f"q{i:03d}"
        if e.get("id") != qid:
            fail(f"line {i}: id {e.get('id')} should be {qid}")
        if list(e) != EVAL_KEYS:
            fail(f"{qid}: eval keys {list(e)}")
        if list(g) != EVAL_KEYS + GOLD_EXTRA:
            fail(f"{qid}: gold keys {list(g)}")
        if any(e[k] != g.get(k) for k in EVAL_KEYS):
            fail(f"{qid}: eval and gold disagree")
        if e["kind"] not in KINDS:
            fail(f"{qid}: bad kind {e['kind']}")
        if e["split"] not in ("tune", "heldout"):
            fail(f"{qid}: bad split")
        if not g["near_miss"]:
            fail(f"{qid}: no near misses")
        for f in g["near_miss"]:
            if f not in index or index[f][1] not in ("near_miss", "answer"):
                fail(f"{qid}: near miss {f} is not a near_miss/answer document")
            elif index[f][0] != g["topic"]:
                fail(f"{qid}: near miss {f} belongs to another topic")
        if e["answerable"]:
            if not e["answers"] or not e["sources"]:
                fail(f"{qid}: answerable without answers/sources")
                continue
            if g["absent"]:
                fail(f"{qid}: answerable question lists absent strings")
            src = [s for s in e["sources"] if s in texts]
            if len(src) != len(e["sources"]):
                fail(f"{qid}: missing source file")
                continue
            for s in src:
                if index[s][1] != "answer" or index[s][0] != g["topic"]:
                    fail(f"{qid}: source {s} is not the topic's answer document")
            if not any(g["evidence"] and g["evidence"] in texts[s] for s in src):
                fail(f"{qid}: evidence not found in source")
            for a in e["answers"]:
                if not any(a.lower() in lowered[s] for s in src):
                    fail(f"{qid}: answer variant {a!r} not in source")
            qw = words(e["question"])
            for s in src:
                sw = " ".join(words(texts[s]))
                for j in range(len(qw) - 5):
                    run = " ".join(qw[j:j + 6])
                    if f" {run} " in f" {sw} ":
                        fail(f"{qid}: question copies source wording: {run!r}")
                        break
        else:
            if e["answers"] or e["sources"]:
                fail(f"{qid}: unanswerable with answers or sources")
            if g["evidence"]:
                fail(f"{qid}: unanswerable with evidence")
            if not g["absent"]:
                fail(f"{qid}: unanswerable without absent strings")
            for a in g["absent"]:
                hits = [n for n, t in lowered.items() if a.lower() in t]
                if hits:
                    fail(f"{qid}: absent string {a!r} found in {hits[:3]}")

    n_unans = sum(1 for e in ev if not e["answerable"])
    if not 26 <= n_unans <= 28:
        fail(f"{n_unans} unanswerable questions (want 26-28)")
    n_dated = sum(1 for g in gold if g["names_year_version_ordinal"])
    if not 15 <= n_dated <= 20:
        fail(f"{n_dated} questions name a year/version/ordinal (want 15-20)")
    splits = Counter(e["split"] for e in ev)
    if abs(splits["tune"] - splits["heldout"]) > 1:
        fail(f"unbalanced splits {dict(splits)}")
    unans = Counter(e["split"] for e in ev if not e["answerable"])
    if abs(unans["tune"] - unans["heldout"]) > 1:
        fail(f"unbalanced unanswerable splits {dict(unans)}")
    for kind in KINDS:
        c = Counter(e["split"] for e in ev if e["kind"] == kind)
        if abs(c["tune"] - c["heldout"]) > 2:
            fail(f"kind {kind} unbalanced across splits {dict(c)}")
    roles = Counter(r for _t, r, _g in index.values())
    if roles["answer"] != len({s for e in ev for s in e["sources"]}):
        fail("some answer documents are not the source of any question")
    if len(set(texts.values())) != len(texts):
        fail("duplicate documents")

    if errors:
        for msg in errors:
            print("FAIL:", msg)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(texts)} docs, {len(ev)} questions ({n_unans} unanswerable, "
          f"{n_dated} dated), splits {dict(splits)}, unanswerable by split {dict(unans)}, "
          f"roles {dict(sorted(roles.items()))}")


if __name__ == "__main__":
    main()
