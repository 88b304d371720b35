#!/usr/bin/env python3
"""Verify the probe23 evaluation set. Exits non-zero on any failure."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
N_DOCS, N_QUESTIONS = 900, 80
UNANSWERABLE_RANGE = (26, 28)
KINDS = {"who", "when", "where", "which", "what", "how_many", "how_much", "percentage",
         "by_how_much", "how_long", "yes_no"}
EVAL_FIELDS = ["id", "question", "answers", "sources", "answerable", "kind", "split"]
GOLD_FIELDS = EVAL_FIELDS + ["topic", "evidence", "near_miss", "absent"]
ROLES = {"answer", "near_miss", "digest", "filler"}

errors = []


def err(msg):
    errors.append(msg)


def read_jsonl(name):
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        err("missing " + name)
        return []
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main():
    docdir = os.path.join(HERE, "docs")
    names = sorted(os.listdir(docdir)) if os.path.isdir(docdir) else []
    expected = ["w%04d.txt" % i for i in range(1, N_DOCS + 1)]
    if names != expected:
        err("docs/ must hold exactly w0001.txt..w%04d.txt (found %d files)" % (N_DOCS, len(names)))
    texts = {}
    for n in names:
        with open(os.path.join(docdir, n), encoding="utf-8") as fh:
            texts["docs/" + n] = fh.read()
    for f, t in texts.items():
        title, _, rest = t.partition("\n")
        if not title.strip():
            err(f + ": empty title line")
        wc = len(rest.split())
        if not 40 <= wc <= 260:
            err("%s: %d words (want 40-260)" % (f, wc))
    lowered = {f: t.lower() for f, t in texts.items()}

    index = {}
    with open(os.path.join(HERE, "doc_index.tsv"), encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        if header != ["file", "topic", "role", "genre"]:
            err("doc_index.tsv: bad header")
        for line in fh:
            f, topic, role, genre = line.rstrip("\n").split("\t")
            index[f] = (topic, role, genre)
    if sorted(index) != sorted(texts):
        err("doc_index.tsv does not list exactly the docs")
    for f, (_topic, role, _genre) in index.items():
        if role not in ROLES:
            err("%s: bad role %s" % (f, role))

    ev = read_jsonl("eval.jsonl")
    gold = read_jsonl("gold.jsonl")
    if len(ev) != N_QUESTIONS or len(gold) != N_QUESTIONS:
        err("want %d questions, eval has %d, gold has %d" % (N_QUESTIONS, len(ev), len(gold)))
    ids = ["q%03d" % i for i in range(1, N_QUESTIONS + 1)]
    if [r.get("id") for r in ev] != ids or [r.get("id") for r in gold] != ids:
        err("ids must be q001..q%03d in order" % N_QUESTIONS)
    for r in ev:
        if list(r) != EVAL_FIELDS:
            err("%s: eval fields %s" % (r.get("id"), list(r)))
    for r, g in zip(ev, gold):
        if list(g) != GOLD_FIELDS:
            err("%s: gold fields %s" % (g.get("id"), list(g)))
        if any(r.get(k) != g.get(k) for k in EVAL_FIELDS):
            err("%s: eval and gold disagree" % r.get("id"))

    splits = {"tune": set(), "heldout": set()}
    counts = {"tune": 0, "heldout": 0}
    unanswerable = 0
    all_answers, all_absent = set(), set()
    for g in gold:
        qid = g["id"]
        if g["kind"] not in KINDS:
            err("%s: unknown kind %s" % (qid, g["kind"]))
        if g["split"] not in splits:
            err("%s: bad split %s" % (qid, g["split"]))
            continue
        splits[g["split"]].add(g["topic"])
        counts[g["split"]] += 1
        for f in g["sources"] + g["near_miss"]:
            if f not in texts:
                err("%s: missing file %s" % (qid, f))
            elif index.get(f, ("",))[0] != g["topic"]:
                err("%s: %s is not indexed under topic %s" % (qid, f, g["topic"]))
        if set(g["sources"]) & set(g["near_miss"]):
            err("%s: a file is both source and near miss" % qid)
        if g["answerable"]:
            if not g["answers"] or not g["sources"] or not g["evidence"]:
                err("%s: answerable but lacks answers, sources or evidence" % qid)
            for a in g["answers"]:
                all_answers.add(a.lower())
                for f in g["sources"]:
                    if a not in texts.get(f, ""):
                        err("%s: answer %r not in %s" % (qid, a, f))
            if not any(g["evidence"] in texts.get(f, "") for f in g["sources"]):
                err("%s: evidence not an exact substring of a source" % qid)
            if not any(a in g["evidence"] for a in g["answers"]):
                err("%s: evidence holds no answer" % qid)
        else:
            unanswerable += 1
            if g["answers"] or g["sources"] or g["evidence"]:
                err("%s: unanswerable but has answers, sources or evidence" % qid)
            if not g["absent"] or not g["near_miss"]:
                err("%s: unanswerable needs absent strings and near misses" % qid)
        for a in g["absent"]:
            all_absent.add(a.lower())
            hits = [f for f, t in lowered.items() if a.lower() in t]
            if hits:
                err("%s: absent string %r found in %s" % (qid, a, ", ".join(hits[:3])))

    if counts != {"tune": N_QUESTIONS // 2, "heldout": N_QUESTIONS // 2}:
        err("split counts %s, want 40/40" % counts)
    both = splits["tune"] & splits["heldout"]
    if both:
        err("topics in both halves: %s" % ", ".join(sorted(both)))
    lo, hi = UNANSWERABLE_RANGE
    if not lo <= unanswerable <= hi:
        err("unanswerable count %d outside %d-%d" % (unanswerable, lo, hi))
    for f, (_topic, role, _genre) in index.items():
        if role in ("digest", "filler"):
            t = lowered.get(f, "")
            bad = [a for a in sorted(all_answers | all_absent) if a in t]
            if bad:
                err("%s (%s) contains answer/absent string %r" % (f, role, bad[0]))

    roles = {}
    for _topic, role, _genre in index.values():
        roles[role] = roles.get(role, 0) + 1
    print("docs=%d questions=%d unanswerable=%d tune=%d heldout=%d topics=%d roles=%s"
          % (len(texts), len(gold), unanswerable, counts["tune"], counts["heldout"],
             len(splits["tune"] | splits["heldout"]), roles))
    if errors:
        for e in errors[:50]:
            print("FAIL: " + e)
        print("%d problem(s)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
