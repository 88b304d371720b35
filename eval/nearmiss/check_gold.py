#!/usr/bin/env python3
"""Check eval/nearmiss/gold.jsonl against the corpus in eval/nearmiss/docs/.

    python eval/nearmiss/check_gold.py            # from the repository root (or any folder)
    python eval/nearmiss/check_gold.py --gold G --docs D

For every question it checks that:

* the line is a JSON object with the keys of eval/README.md (id, question, answers, sources,
  answerable, evidence, kind, split) of the right types; ids run n001, n002, … in file order;
  kind is single / numeric / constraint / unanswerable; split is tune / heldout;
* answerable: every source file exists in docs/; every evidence quote occurs in at least one of the
  listed sources (compared with runs of whitespace collapsed to one space); at least one answer
  occurs in the evidence (case-insensitive, whitespace collapsed);
* unanswerable: answers, sources and evidence are empty; ``near_miss`` names one or more files that
  exist in docs/; ``absent`` lists one or more strings and none of them occurs in any file of the
  corpus (case-insensitive, whitespace collapsed).

It also checks that each kind is split evenly between tune and heldout (a difference of at most one)
and that at least a third of the questions are unanswerable. It exits 1 with one line per failure.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ("single", "numeric", "constraint", "unanswerable")
SPLITS = ("tune", "heldout")
REQUIRED = {"id": str, "question": str, "answers": list, "sources": list, "answerable": bool,
            "evidence": list, "kind": str, "split": str}


def norm(text: str) -> str:
    return " ".join(text.split())


def check(gold: Path, docs: Path) -> tuple[list[str], list[dict]]:
    errors: list[str] = []
    if not docs.is_dir():
        return [f"{docs}: no such folder (run eval/nearmiss/make_corpus.py first)"], []
    corpus = {p.name: norm(p.read_text(encoding="utf-8")) for p in sorted(docs.iterdir()) if p.is_file()}
    corpus_lower = {name: text.lower() for name, text in corpus.items()}
    items: list[dict] = []
    for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{gold.name}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            errors.append(f"{where}: not a JSON object")
            continue
        bad = [k for k, t in REQUIRED.items() if not isinstance(obj.get(k), t)]
        if bad:
            errors.append(f"{where}: missing or mistyped keys {bad}")
            continue
        items.append(obj)
        qid = obj["id"]
        where = f"{where} ({qid})"
        if qid != f"n{len(items):03d}":
            errors.append(f"{where}: id should be n{len(items):03d}")
        if obj["kind"] not in KINDS:
            errors.append(f"{where}: kind {obj['kind']!r} not one of {KINDS}")
        if obj["split"] not in SPLITS:
            errors.append(f"{where}: split {obj['split']!r} not one of {SPLITS}")
        for key in ("answers", "sources", "evidence", "near_miss", "absent"):
            if key in obj and not (isinstance(obj[key], list) and all(isinstance(v, str) and v.strip() for v in obj[key])):
                errors.append(f"{where}: {key} must be a list of non-empty strings")
                break
        else:
            if obj["answerable"]:
                errors += check_answerable(obj, where, corpus)
            else:
                errors += check_unanswerable(obj, where, corpus, corpus_lower)
    errors += check_balance(items)
    return errors, items


def check_answerable(obj: dict, where: str, corpus: dict[str, str]) -> list[str]:
    errors = []
    if obj["kind"] == "unanswerable":
        errors.append(f"{where}: kind unanswerable but answerable is true")
    if not obj["answers"] or not obj["sources"] or not obj["evidence"]:
        return errors + [f"{where}: an answerable question needs answers, sources and evidence"]
    missing = [s for s in obj["sources"] if s not in corpus]
    if missing:
        return errors + [f"{where}: source files not in docs/: {missing}"]
    for quote in obj["evidence"]:
        q = norm(quote)
        if not any(q in corpus[s] for s in obj["sources"]):
            errors.append(f"{where}: evidence not found verbatim in {obj['sources']}: {quote!r}")
    evidence = norm(" \n ".join(obj["evidence"])).lower()
    if not any(norm(a).lower() in evidence for a in obj["answers"]):
        errors.append(f"{where}: none of the answers {obj['answers']} occurs in the evidence")
    for key in ("near_miss", "absent"):
        if obj.get(key):
            errors.append(f"{where}: {key} is only for unanswerable questions")
    return errors


def check_unanswerable(obj: dict, where: str, corpus: dict[str, str], corpus_lower: dict[str, str]) -> list[str]:
    errors = []
    if obj["kind"] != "unanswerable":
        errors.append(f"{where}: answerable is false but kind is {obj['kind']!r}")
    if obj["answers"] or obj["sources"] or obj["evidence"]:
        errors.append(f"{where}: an unanswerable question has empty answers, sources and evidence")
    near, absent = obj.get("near_miss") or [], obj.get("absent") or []
    if not near:
        errors.append(f"{where}: near_miss must name the file(s) that look like the answer")
    for name in near:
        if name not in corpus:
            errors.append(f"{where}: near_miss file not in docs/: {name}")
    if not absent:
        errors.append(f"{where}: absent must list the strings that are checked to be missing")
    for s in absent:
        s_low = norm(s).lower()
        hits = [name for name, text in corpus_lower.items() if s_low in text]
        if hits:
            errors.append(f"{where}: {s!r} should be absent but occurs in {hits[:5]}")
    return errors


def check_balance(items: list[dict]) -> list[str]:
    errors = []
    by_kind = Counter((o.get("kind"), o.get("split")) for o in items)
    for kind in KINDS:
        t, h = by_kind[(kind, "tune")], by_kind[(kind, "heldout")]
        if abs(t - h) > 1:
            errors.append(f"kind {kind}: {t} tune against {h} heldout (should differ by at most one)")
    n_un = sum(1 for o in items if o.get("answerable") is False)
    if items and 3 * n_un < len(items):
        errors.append(f"only {n_un} of {len(items)} questions are unanswerable (need at least a third)")
    return errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=HERE / "gold.jsonl")
    ap.add_argument("--docs", type=Path, default=HERE / "docs")
    args = ap.parse_args()
    errors, items = check(args.gold, args.docs)
    for e in errors:
        print(f"FAIL {e}", file=sys.stderr)
    counts = Counter((o.get("kind"), o.get("split")) for o in items)
    summary = ", ".join(f"{k} {counts[(k, 'tune')]}+{counts[(k, 'heldout')]}" for k in KINDS)
    print(f"{len(items)} questions (tune+heldout): {summary}")
    if errors:
        print(f"{len(errors)} problem(s)", file=sys.stderr)
        return 1
    print("gold OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
