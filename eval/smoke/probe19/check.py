"""Verify the probe19 evaluation set; exit non-zero on any failure.

Checks: 900 passages of 40-250 words with a title line; every answer is an
exact substring of every listed source; evidence occurs in a source;
absent strings occur in no passage; near misses exist and are not sources;
per-split question counts and topic separation; doc_index.tsv agrees with
the passages; and build.py regenerates every file byte for byte.
"""

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
N_DOCS = 900
MIN_WORDS = 40
MAX_WORDS = 250
PER_SPLIT = 40
UNANSWERABLE_RANGE = (26, 28)
EVAL_KEYS = ["id", "question", "answers", "sources", "answerable", "kind", "split"]
GOLD_KEYS = EVAL_KEYS + ["topic", "evidence", "near_miss", "absent"]
ROLES = {"answer", "near_miss", "digest", "filler"}


class Checker:
    def __init__(self):
        self.errors = []

    def expect(self, condition, message):
        if not condition:
            self.errors.append(message)


def load_docs():
    return {p.name: p.read_text(encoding="utf-8")
            for p in sorted((HERE / "docs").glob("*.txt"))}


def load_jsonl(name):
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def check_docs(c, docs):
    expected = {f"t{i:04d}.txt" for i in range(1, N_DOCS + 1)}
    c.expect(set(docs) == expected, "docs/ must hold exactly t0001.txt .. t0900.txt")
    for name, text in docs.items():
        words = len(text.split())
        c.expect(MIN_WORDS <= words <= MAX_WORDS, f"{name}: {words} words")
        title = text.split("\n", 1)[0]
        c.expect(bool(title.strip()) and title == title.strip(), f"{name}: bad title line")
        c.expect(text.endswith("\n"), f"{name}: missing final newline")


def load_index():
    rows = (HERE / "doc_index.tsv").read_text(encoding="utf-8").splitlines()
    header, body = rows[0], rows[1:]
    return header, [row.split("\t") for row in body]


def check_index(c, docs, golds):
    header, rows = load_index()
    c.expect(header == "file\ttopic\trole\tgenre", "doc_index.tsv: bad header")
    c.expect(all(len(r) == 4 for r in rows), "doc_index.tsv: rows need 4 fields")
    index = {r[0]: r for r in rows if len(r) == 4}
    c.expect(set(index) == set(docs), "doc_index.tsv: files differ from docs/")
    for name, row in index.items():
        c.expect(row[2] in ROLES, f"doc_index.tsv: {name} has role {row[2]}")
    for g in golds:
        for src in g["sources"]:
            row = index.get(src, ["", "", "", ""])
            c.expect(row[2] == "answer", f"{g['id']}: source {src} not role answer")
            c.expect(row[1] == g["topic"], f"{g['id']}: source {src} from another topic")
        for near in g["near_miss"]:
            row = index.get(near, ["", "", "", ""])
            c.expect(row[2] in ("answer", "near_miss"), f"{g['id']}: near miss {near} has role {row[2]}")


def check_pairs(c, evals, golds):
    c.expect(len(evals) == len(golds), "eval.jsonl and gold.jsonl differ in length")
    for e, g in zip(evals, golds):
        c.expect(list(e) == EVAL_KEYS, f"{e.get('id')}: eval keys {list(e)}")
        c.expect(list(g) == GOLD_KEYS, f"{g.get('id')}: gold keys {list(g)}")
        c.expect(all(e.get(k) == g.get(k) for k in EVAL_KEYS), f"{e.get('id')}: eval and gold disagree")


def check_answerable(c, g, docs):
    qid = g["id"]
    c.expect(bool(g["answers"]) and bool(g["sources"]), f"{qid}: answerable needs answers and sources")
    for src in g["sources"]:
        text = docs.get(src)
        c.expect(text is not None, f"{qid}: missing source {src}")
        for answer in g["answers"]:
            c.expect(text is not None and answer in text, f"{qid}: answer {answer!r} not in {src}")
    evidence = g["evidence"]
    c.expect(bool(evidence) and any(evidence in docs.get(s, "") for s in g["sources"]),
             f"{qid}: evidence not found in a source")
    c.expect(any(a in evidence for a in g["answers"]), f"{qid}: evidence lacks the answer")


def check_question(c, g, docs, lowered):
    qid = g["id"]
    c.expect(g["answerable"] == bool(g["answers"]), f"{qid}: answerable flag inconsistent")
    if g["answerable"]:
        check_answerable(c, g, docs)
    else:
        c.expect(g["answers"] == [] and g["sources"] == [], f"{qid}: unanswerable must have no answers/sources")
        c.expect(bool(g["absent"]), f"{qid}: unanswerable needs absent strings")
        c.expect(bool(g["near_miss"]), f"{qid}: unanswerable needs near misses")
    for absent in g["absent"]:
        hits = [name for name, text in lowered.items() if absent.lower() in text]
        c.expect(not hits, f"{qid}: absent string {absent!r} occurs in {hits[:3]}")
    for near in g["near_miss"]:
        c.expect(near in docs, f"{qid}: missing near miss {near}")
        c.expect(near not in g["sources"], f"{qid}: near miss {near} is also a source")


def check_splits(c, golds):
    ids = [g["id"] for g in golds]
    c.expect(ids == [f"q{i:03d}" for i in range(1, len(ids) + 1)], "ids must run q001, q002, ...")
    unanswerable = {}
    for split in ("tune", "heldout"):
        part = [g for g in golds if g["split"] == split]
        c.expect(len(part) == PER_SPLIT, f"{split}: {len(part)} questions, want {PER_SPLIT}")
        unanswerable[split] = sum(not g["answerable"] for g in part)
    c.expect(len(golds) == 2 * PER_SPLIT, "unknown split values present")
    c.expect(unanswerable["tune"] == unanswerable["heldout"], f"unanswerable per split {unanswerable}")
    low, high = UNANSWERABLE_RANGE
    c.expect(low <= sum(unanswerable.values()) <= high, f"unanswerable total {sum(unanswerable.values())}")
    tune = {g["topic"] for g in golds if g["split"] == "tune"}
    heldout = {g["topic"] for g in golds if g["split"] == "heldout"}
    c.expect(not tune & heldout, f"topics in both splits: {sorted(tune & heldout)}")


def check_rebuild(c):
    sys.dont_write_bytecode = True
    spec = importlib.util.spec_from_file_location("probe19_build", HERE / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    files = module.render()
    for rel, content in files.items():
        path = HERE / rel
        same = path.exists() and path.read_text(encoding="utf-8") == content
        c.expect(same, f"{rel}: differs from build.py output")
    on_disk = {f"docs/{p.name}" for p in (HERE / "docs").glob("*.txt")}
    c.expect(on_disk <= set(files), "docs/ holds files build.py does not produce")


def main():
    c = Checker()
    docs = load_docs()
    evals, golds = load_jsonl("eval.jsonl"), load_jsonl("gold.jsonl")
    check_docs(c, docs)
    check_pairs(c, evals, golds)
    lowered = {name: text.lower() for name, text in docs.items()}
    for g in golds:
        check_question(c, g, docs, lowered)
    check_splits(c, golds)
    check_index(c, docs, golds)
    check_rebuild(c)
    for error in c.errors:
        print("FAIL:", error)
    if c.errors:
        print(f"{len(c.errors)} problem(s) found")
        return 1
    answerable = sum(g["answerable"] for g in golds)
    print(f"OK: {len(docs)} passages, {len(golds)} questions "
          f"({answerable} answerable, {len(golds) - answerable} unanswerable)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
