"""Verify the probe16 outputs.  Exits non-zero on any failure.

Checks files, word counts, answer and evidence substrings, absent strings and
co-occurrences, near-miss files, cross-document leakage of answer strings,
the index and the required counts.  Standard library only.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
N_DOCS = 900
N_QUESTIONS = 80
MIN_WORDS = 40
MAX_WORDS = 200
MIN_UNANSWERABLE = 26
MIN_UNANSWERABLE_PER_SPLIT = 12
MIN_NAMES_YEAR = 40
PROTECT_MIN_LEN = 5
KINDS = {"who", "when", "where", "how_many", "how_much", "which", "what"}
ROLES = {"answer", "near_miss", "digest", "filler"}
EVAL_KEYS = ["id", "question", "answers", "sources", "answerable", "kind", "split"]
GOLD_KEYS = EVAL_KEYS + ["topic", "evidence", "near_miss", "absent",
                         "absent_together", "names_year"]

failures = []


def fail(msg):
    failures.append(msg)


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                fail(f"{path.name} line {n}: {exc}")
    return rows


def main():
    # ---- documents
    expected = {f"n{i:04d}.txt" for i in range(1, N_DOCS + 1)}
    present = {p.name for p in DOCS.iterdir()} if DOCS.is_dir() else set()
    if present != expected:
        fail(f"docs/: {len(present - expected)} unexpected, "
             f"{len(expected - present)} missing files")
    texts = {}
    for name in sorted(present & expected):
        text = (DOCS / name).read_text(encoding="utf-8")
        texts[name] = text
        first = text.split("\n", 1)[0].strip()
        if not first:
            fail(f"{name}: empty title line")
        n = len(text.split())
        if not MIN_WORDS <= n <= MAX_WORDS:
            fail(f"{name}: {n} words")
    lowered = {k: v.lower() for k, v in texts.items()}

    # ---- index
    index = {}
    with open(HERE / "doc_index.tsv", encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        if header != ["file", "topic", "role", "genre"]:
            fail(f"doc_index.tsv header {header}")
        for line in fh:
            file, topic, role, genre = line.rstrip("\n").split("\t")
            index[file] = {"topic": topic, "role": role, "genre": genre}
    if set(index) != expected:
        fail("doc_index.tsv does not list exactly the 900 files")
    for file, row in index.items():
        if row["role"] not in ROLES:
            fail(f"{file}: bad role {row['role']}")
        if row["role"] == "filler" and row["topic"] != "-":
            fail(f"{file}: filler with topic {row['topic']}")
    roles = {r: sum(x["role"] == r for x in index.values()) for r in ROLES}

    # ---- questions
    ev = load_jsonl(HERE / "eval.jsonl")
    gold = load_jsonl(HERE / "gold.jsonl")
    if len(ev) != N_QUESTIONS or len(gold) != N_QUESTIONS:
        fail(f"expected {N_QUESTIONS} questions, got {len(ev)} / {len(gold)}")
    for i, (e, g) in enumerate(zip(ev, gold), 1):
        qid = f"q{i:03d}"
        if list(e) != EVAL_KEYS:
            fail(f"{qid}: eval keys {list(e)}")
        if list(g) != GOLD_KEYS:
            fail(f"{qid}: gold keys {list(g)}")
        if e.get("id") != qid or g.get("id") != qid:
            fail(f"{qid}: id mismatch {e.get('id')} / {g.get('id')}")
        for k in EVAL_KEYS:
            if e.get(k) != g.get(k):
                fail(f"{qid}: eval and gold differ on {k}")
        if g["kind"] not in KINDS:
            fail(f"{qid}: bad kind {g['kind']}")
        if g["split"] not in ("tune", "heldout"):
            fail(f"{qid}: bad split {g['split']}")
        topic_files = {f for f, r in index.items() if r["topic"] == g["topic"]
                       and r["role"] in ("answer", "near_miss")}
        if not topic_files:
            fail(f"{qid}: topic {g['topic']} has no passages")
        for f in g["near_miss"]:
            if f not in texts:
                fail(f"{qid}: near-miss file {f} missing")
            elif f not in topic_files:
                fail(f"{qid}: near-miss file {f} not in topic {g['topic']}")
        if g["answerable"]:
            if not g["answers"] or not g["sources"]:
                fail(f"{qid}: answerable without answers or sources")
            for f in g["sources"]:
                if f not in texts:
                    fail(f"{qid}: source {f} missing")
                    continue
                if index[f]["role"] != "answer":
                    fail(f"{qid}: source {f} has role {index[f]['role']}")
                for a in g["answers"]:
                    if a not in texts[f]:
                        fail(f"{qid}: answer {a!r} not in {f}")
                if g["evidence"] not in texts[f]:
                    fail(f"{qid}: evidence not in {f}")
            if not any(a in g["evidence"] for a in g["answers"]):
                fail(f"{qid}: no answer string inside the evidence")
            if g["absent"] or g["absent_together"]:
                fail(f"{qid}: answerable question lists absent strings")
            if set(g["sources"]) & set(g["near_miss"]):
                fail(f"{qid}: a source is also listed as near miss")
            # Long answer strings must not occur outside the topic's passages.
            for a in g["answers"]:
                if len(a) < PROTECT_MIN_LEN:
                    continue
                rx = re.compile(r"(?<!\w)" + re.escape(a) + r"(?!\w)", re.I)
                for f, text in texts.items():
                    if f not in topic_files and rx.search(text):
                        fail(f"{qid}: answer {a!r} also occurs in {f} "
                             f"({index[f]['role']})")
        else:
            if g["answers"] or g["sources"] or g["evidence"]:
                fail(f"{qid}: unanswerable with answers, sources or evidence")
            if not g["near_miss"]:
                fail(f"{qid}: unanswerable without near-miss files")
            if not g["absent"]:
                fail(f"{qid}: unanswerable without absent strings")
            for a in g["absent"]:
                hits = [f for f, t in lowered.items() if a.lower() in t]
                if hits:
                    fail(f"{qid}: absent string {a!r} occurs in {hits[:3]}")
            for group in g["absent_together"]:
                low = [x.lower() for x in group]
                hits = [f for f, t in lowered.items() if all(x in t for x in low)]
                if hits:
                    fail(f"{qid}: {group!r} occur together in {hits[:3]}")

    # ---- counts
    n_un = sum(not g["answerable"] for g in gold)
    if n_un < MIN_UNANSWERABLE:
        fail(f"only {n_un} unanswerable questions")
    for sp in ("tune", "heldout"):
        k = sum(g["split"] == sp and not g["answerable"] for g in gold)
        if k < MIN_UNANSWERABLE_PER_SPLIT:
            fail(f"split {sp}: only {k} unanswerable questions")
    n_year = sum(g["names_year"] for g in gold)
    if n_year < MIN_NAMES_YEAR:
        fail(f"only {n_year} questions name a year or edition")
    if roles["digest"] < 55:
        fail(f"only {roles['digest']} digests")
    topics = {g["topic"] for g in gold}
    for t in topics:
        nm = sum(1 for r in index.values()
                 if r["topic"] == t and r["role"] == "near_miss")
        if nm < 1:
            fail(f"topic {t}: no near-miss passage")

    split_counts = {}
    for g in gold:
        key = (g["split"], g["answerable"])
        split_counts[key] = split_counts.get(key, 0) + 1
    print(f"documents: {len(texts)}  roles: "
          + ", ".join(f"{r}={roles[r]}" for r in sorted(roles)))
    print(f"questions: {len(gold)}  unanswerable: {n_un}  names a year: {n_year}")
    for sp in ("tune", "heldout"):
        print(f"  {sp}: answerable={split_counts.get((sp, True), 0)} "
              f"unanswerable={split_counts.get((sp, False), 0)}")
    if failures:
        for f in failures:
            print("FAIL:", f)
        print(f"{len(failures)} failure(s)")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
