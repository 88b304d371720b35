#!/usr/bin/env python3
"""Regenerate the probe23 evaluation set byte-for-byte (standard library only).

Writes docs/w0001.txt .. docs/w0900.txt, eval.jsonl, gold.jsonl and
doc_index.tsv next to this file.  Hand-written topics live in
topics_a.py, topics_b.py and topics_c.py; filler, digest and clutter
templates live in fillers.py.  All randomness uses fixed seeds.
"""
import json
import os
import random
import sys

import fillers
import topics_a
import topics_b
import topics_c

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
N_DOCS = 900
N_DIGESTS = 110
CLUTTER_RATE = 0.34
SEED = 2323
MIN_WORDS, MAX_WORDS = 40, 260


def norm(text):
    """Collapse whitespace inside paragraphs; paragraphs are split by blank lines."""
    paras = [" ".join(p.split()) for p in text.split("\n\n")]
    return "\n\n".join(p for p in paras if p)


def norm_lines(text):
    """Like norm, but keep single line breaks (used for lists in fillers)."""
    paras = []
    for p in text.split("\n\n"):
        lines = [" ".join(x.split()) for x in p.split("\n")]
        paras.append("\n".join(x for x in lines if x))
    return "\n\n".join(p for p in paras if p)


def contains_any(text, needles):
    low = text.lower()
    return any(n in low for n in needles)


def fail(msg):
    sys.stderr.write("build.py: " + msg + "\n")
    sys.exit(1)


def load_topics():
    topics = topics_a.TOPICS + topics_b.TOPICS + topics_c.TOPICS
    seen = set()
    for t in topics:
        if t["id"] in seen:
            fail("duplicate topic id " + t["id"])
        seen.add(t["id"])
    return topics


def topic_material(topics):
    docs, questions = [], []
    for t in topics:
        bodies = {k: norm(v[2]) for k, v in t["docs"].items()}
        used_src, used_any = set(), set()
        for q in t["qs"]:
            kind, text, answers, src, nm, evidence, absent = q
            for k in list(src) + list(nm):
                if k not in bodies:
                    fail("%s: unknown doc key %s" % (t["id"], k))
            used_src.update(src)
            used_any.update(src)
            used_any.update(nm)
            evidence = " ".join(evidence.split())
            if answers:
                for k in src:
                    for a in answers:
                        if a not in bodies[k]:
                            fail("%s: answer %r not in %s" % (t["id"], a, k))
                if not any(evidence in bodies[k] for k in src):
                    fail("%s: evidence not in a source: %r" % (t["id"], evidence))
                if not any(a in evidence for a in answers):
                    fail("%s: evidence holds no answer: %r" % (t["id"], evidence))
            elif src or evidence or not absent or not nm:
                fail("%s: malformed unanswerable question %r" % (t["id"], text))
            questions.append({"topic": t["id"], "split": t["split"], "kind": kind, "question": text,
                              "answers": list(answers), "src": list(src), "nm": list(nm),
                              "evidence": evidence, "absent": list(absent)})
        for k, (genre, title, _text) in t["docs"].items():
            if k not in used_any:
                fail("%s: doc %s is not used by any question" % (t["id"], k))
            role = "answer" if k in used_src else "near_miss"
            docs.append({"topic": t["id"], "key": k, "role": role, "genre": genre,
                         "title": " ".join(title.split()), "body": bodies[k]})
    return docs, questions


def main():
    topics = load_topics()
    docs, questions = topic_material(topics)

    answers = sorted({a.lower() for q in questions for a in q["answers"]})
    absents = sorted({a.lower() for q in questions for a in q["absent"]})
    ans_abs = answers + absents
    mentions = [(t["id"], m) for t in topics for m in t["mentions"]]
    named = sorted({x.lower() for t in topics for x in t["entities"] + t["mentions"]})
    filler_block = ans_abs + named
    for _tid, m in mentions:
        if contains_any(m, ans_abs):
            fail("mention %r contains an answer or absent string" % m)
    towns = sorted({x for t in topics for x in t["towns"] if not contains_any(x, filler_block)})

    # Digest / round-up passages: name topic people and events, never answers.
    rng = random.Random(SEED + 1)
    seen = {d["body"] for d in docs}
    digests = []
    while len(digests) < N_DIGESTS:
        genre, title, body, _chosen = fillers.make_digest(rng, mentions, towns)
        body = norm(body)
        n = len(body.split())
        if body in seen or contains_any(title + "\n" + body, ans_abs) or not MIN_WORDS <= n <= MAX_WORDS - 40:
            continue
        seen.add(body)
        digests.append({"topic": "-", "key": "", "role": "digest", "genre": genre, "title": title, "body": body})

    # Template fillers: towns and everyday vocabulary, no topic names, answers or absent strings.
    rng = random.Random(SEED + 2)
    n_fill = N_DOCS - len(docs) - len(digests)
    fills, tries = [], 0
    while len(fills) < n_fill:
        tries += 1
        if tries > 50 * N_DOCS:
            fail("could not generate enough fillers")
        genre, title, body = rng.choice(fillers.TEMPLATES)(rng, towns)
        body = norm_lines(body)
        n = len(body.split())
        if body in seen or contains_any(title + "\n" + body, filler_block) or not MIN_WORDS <= n <= MAX_WORDS - 40:
            continue
        seen.add(body)
        fills.append({"topic": "-", "key": "", "role": "filler", "genre": genre, "title": title, "body": body})

    alldocs = docs + digests + fills

    # Clutter (cookie banners, bylines, share lines, related links) on about a third of pages.
    rng = random.Random(SEED + 3)
    for d in alldocs:
        top, bottom = [], []
        if rng.random() < CLUTTER_RATE:
            while True:
                top, bottom = fillers.make_clutter(rng)
                if not contains_any("\n".join(top + bottom), filler_block):
                    break
        parts = []
        if top:
            parts.append("\n".join(top))
        parts.append(d["body"])
        if bottom:
            parts.append("\n".join(bottom))
        d["text"] = d["title"] + "\n\n" + "\n\n".join(parts) + "\n"
        d["clutter"] = bool(top or bottom)
        n = len(d["text"].split("\n", 1)[1].split())
        if not MIN_WORDS <= n <= MAX_WORDS:
            fail("word count %d out of range for %r" % (n, d["title"]))

    # Shuffle so that file names carry no information.
    rng = random.Random(SEED + 4)
    order = list(range(len(alldocs)))
    rng.shuffle(order)
    for pos, i in enumerate(order):
        alldocs[i]["file"] = "docs/w%04d.txt" % (pos + 1)
    where = {(d["topic"], d["key"]): d["file"] for d in docs}

    os.makedirs(DOCS, exist_ok=True)
    for name in sorted(os.listdir(DOCS)):
        if name.startswith("w") and name.endswith(".txt"):
            os.remove(os.path.join(DOCS, name))
    for d in alldocs:
        with open(os.path.join(HERE, d["file"]), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(d["text"])

    # Questions, shuffled with a fixed seed so ids carry no topic or split order.
    rng = random.Random(SEED + 5)
    qorder = list(range(len(questions)))
    rng.shuffle(qorder)
    eval_lines, gold_lines = [], []
    for n, i in enumerate(qorder, 1):
        q = questions[i]
        rec = {"id": "q%03d" % n, "question": q["question"], "answers": q["answers"],
               "sources": [where[(q["topic"], k)] for k in q["src"]],
               "answerable": bool(q["answers"]), "kind": q["kind"], "split": q["split"]}
        eval_lines.append(json.dumps(rec, ensure_ascii=False))
        gold = dict(rec)
        gold["topic"] = q["topic"]
        gold["evidence"] = q["evidence"]
        gold["near_miss"] = [where[(q["topic"], k)] for k in q["nm"]]
        gold["absent"] = q["absent"]
        gold_lines.append(json.dumps(gold, ensure_ascii=False))
    for name, lines in (("eval.jsonl", eval_lines), ("gold.jsonl", gold_lines)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(lines) + "\n")

    rows = sorted((d["file"], d["topic"], d["role"], d["genre"]) for d in alldocs)
    with open(os.path.join(HERE, "doc_index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\ttopic\trole\tgenre\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")

    roles = {}
    for d in alldocs:
        roles[d["role"]] = roles.get(d["role"], 0) + 1
    unans = sum(1 for q in questions if not q["answers"])
    print("docs=%d %s clutter=%d topics=%d questions=%d unanswerable=%d tune=%d heldout=%d"
          % (len(alldocs), " ".join("%s=%d" % kv for kv in sorted(roles.items())),
             sum(d["clutter"] for d in alldocs), len(topics), len(questions), unans,
             sum(q["split"] == "tune" for q in questions), sum(q["split"] == "heldout" for q in questions)))


if __name__ == "__main__":
    main()
