#!/usr/bin/env python3
"""Regenerate docs/ and gold.jsonl deterministically.

Usage: python3 build.py
Standard library only. Output is byte-for-byte identical on every run.
"""

import collections
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_digests  # noqa: E402
import gen_editions  # noqa: E402
import gen_filler  # noqa: E402
from names import Namer  # noqa: E402
from topics_a import TOPICS as TA  # noqa: E402
from topics_b import TOPICS as TB  # noqa: E402
from topics_c import TOPICS as TC  # noqa: E402

SEED = 8008
TARGET_DOCS = 860
N_DIGESTS = 155
MIN_WORDS, MAX_WORDS = 50, 180

TOPICS = TA + TB + TC


def words(text):
    return len(text.split())


def main():
    # ---------------------------------------------------------------- documents
    hand = []
    for t in TOPICS:
        hand.extend(t["docs"])
    keys = [k for k, _, _ in hand]
    dup = [k for k, n in collections.Counter(keys).items() if n > 1]
    assert not dup, "duplicate doc keys: %s" % dup

    reserved_text = "\n".join(txt for _, _, txt in hand)
    reserved_text += "\n" + "\n".join(x for t in TOPICS for _, x in t.get("teasers", []))
    reserved_text += "\n" + "\n".join(n for t in TOPICS for _, n in t.get("mentions", []))
    reserved_text += "\n" + "\n".join(q["q"] for t in TOPICS for q in t["qs"])
    nm = Namer("%s-names" % SEED, reserved_text)

    editions = gen_editions.generate(TOPICS, nm, SEED)
    digests = gen_digests.generate(TOPICS, nm, SEED, N_DIGESTS)
    n_fill = TARGET_DOCS - len(hand) - len(editions) - len(digests)
    assert n_fill > 0
    filler = gen_filler.generate(n_fill, nm, SEED, MIN_WORDS, MAX_WORDS)

    groups = [("hand-written topic passage", hand), ("generated other edition", editions),
              ("generated digest/round-up", digests), ("generated filler", filler)]
    all_docs = []
    for _, g in groups:
        all_docs.extend(g)
    for k, _genre, text in all_docs:
        wc = words(text)
        assert MIN_WORDS <= wc <= MAX_WORDS, "%s has %d words" % (k, wc)

    order = sorted(k for k, _, _ in all_docs)
    random.Random("%s-shuffle" % SEED).shuffle(order)
    fname = {k: "d%04d.txt" % (i + 1) for i, k in enumerate(order)}

    docs_dir = os.path.join(HERE, "docs")
    if os.path.isdir(docs_dir):
        shutil.rmtree(docs_dir)
    os.makedirs(docs_dir)
    by_key = {k: (g, t) for k, g, t in all_docs}
    for k in order:
        with open(os.path.join(docs_dir, fname[k]), "w", encoding="utf-8", newline="\n") as f:
            f.write(by_key[k][1] + "\n")

    # ---------------------------------------------------------------- questions
    qs = []
    for t in TOPICS:
        for q in t["qs"]:
            qs.append(dict(q, topic=t["key"]))
    kinds_order = ["who", "when", "where", "which", "what", "how many", "how much"]
    for answerable in (True, False):
        group = [q for q in qs if bool(q["a"]) == answerable]
        group.sort(key=lambda q: kinds_order.index(q["kind"]))  # stable: keeps topic order within kind
        for i, q in enumerate(group):
            q["split"] = "tune" if i % 2 == 0 else "heldout"
    random.Random("%s-questions" % SEED).shuffle(qs)

    lines = []
    for i, q in enumerate(qs):
        obj = collections.OrderedDict()
        obj["id"] = "q%03d" % (i + 1)
        obj["question"] = q["q"]
        obj["answers"] = list(q["a"])
        obj["sources"] = sorted(fname[s] for s in q["src"])
        obj["answerable"] = bool(q["a"])
        obj["kind"] = q["kind"]
        obj["split"] = q["split"]
        obj["absent"] = list(q.get("absent", []))
        obj["near_miss"] = sorted(fname[s] for s in q.get("nm", []))
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    # ---------------------------------------------------------------- stats
    print("documents: %d" % len(all_docs))
    for label, g in groups:
        print("  %-28s %d" % (label, len(g)))
    gc = collections.Counter(genre for _, genre, _ in all_docs)
    print("documents by genre:")
    for genre, n in sorted(gc.items(), key=lambda x: (-x[1], x[0])):
        print("  %-16s %d" % (genre, n))
    wcs = [words(t) for _, _, t in all_docs]
    print("words per document: min %d, max %d, mean %.1f" % (min(wcs), max(wcs), sum(wcs) / len(wcs)))
    print("questions: %d (answerable %d, unanswerable %d)" % (
        len(qs), sum(1 for q in qs if q["a"]), sum(1 for q in qs if not q["a"])))
    for split in ("tune", "heldout"):
        sub = [q for q in qs if q["split"] == split]
        kc = collections.Counter(q["kind"] for q in sub)
        print("  %-8s %d questions, %d unanswerable; kinds: %s" % (
            split, len(sub), sum(1 for q in sub if not q["a"]),
            ", ".join("%s %d" % (k, kc[k]) for k in kinds_order if kc[k])))
    kc = collections.Counter((q["kind"], bool(q["a"])) for q in qs)
    print("questions by kind (answerable/unanswerable):")
    for k in kinds_order:
        print("  %-9s %d / %d" % (k, kc[(k, True)], kc[(k, False)]))


if __name__ == "__main__":
    main()
