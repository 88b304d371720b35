"""Build the probe22 blind evaluation set.

Writes docs/v0001.txt ... docs/v0900.txt, eval.jsonl, gold.jsonl and
doc_index.tsv next to this file. Deterministic: fixed seeds, no set
iteration, so repeated runs give byte-identical output.

Usage: python3 build.py
"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fillers import DIGESTS, FILLERS, add_clutter, add_extra  # noqa: E402
from topics_a import TOPICS_A  # noqa: E402
from topics_b import TOPICS_B  # noqa: E402
from topics_c import TOPICS_C  # noqa: E402

TOPICS = TOPICS_A + TOPICS_B + TOPICS_C
N_DOCS = 900
N_DIGESTS = 110
SEED = 2022
MIN_WORDS, MAX_WORDS = 40, 260
NO_BYLINE_GENRES = ("encyclopedia entry", "results table", "release notes", "results list",
                    "official notice", "security advisory", "minutes", "FAQ", "inspection summary",
                    "data summary", "timeline", "listing", "death notice", "correction")

# Topics in the tune half; every other topic is heldout (no topic in both).
TUNE_TOPICS = [
    "calloway_regatta", "brennock_byelection", "greyloch_results", "tessaly_beetle",
    "quillfeather_release", "lantern_fields", "corran_vale_show", "tallow_room", "ashcombe_mill",
    "merrow_queen", "tarrow_miu", "long_answer_quiz", "iris_penhallow", "fenwold_marathon",
    "castellan_medal", "lowmoor_tribunal", "fennick_pies", "wexcombe_vc", "rundell_ploughing",
    "skerrow_light", "meresby_orchestra", "greywell_docs", "aldous_fenn", "mossbeck_dental",
    "lindon_cricket", "libtessel_advisory",
]


def words(text):
    return len(text.split())


def forbidden_strings():
    """Lower-cased answer strings of answerable questions and all absent strings."""
    out = []
    for t in TOPICS:
        for q in t["questions"]:
            for s in q["a"] + q.get("absent", []):
                if s.lower() not in out:
                    out.append(s.lower())
    return out


def topic_docs():
    docs = []
    for t in TOPICS:
        src_keys = [k for q in t["questions"] for k in q["src"]]
        for key, (genre, text) in t["passages"].items():
            role = "answer" if key in src_keys else "near_miss"
            docs.append({"topic": t["id"], "key": key, "role": role, "genre": genre, "text": text})
    return docs


def digest_docs(r, forbid):
    usage = {}
    ids = [t["id"] for t in TOPICS]
    mentions = {t["id"]: t["mentions"] for t in TOPICS}
    docs = []
    for i in range(N_DIGESTS):
        frame = DIGESTS[i % len(DIGESTS)]
        k = r.randint(3, 5)
        chosen = r.sample(ids, k)
        ms = []
        for tid in chosen:
            opts = sorted(range(len(mentions[tid])), key=lambda j: (usage.get((tid, j), 0), j))
            low = [j for j in opts if usage.get((tid, j), 0) == usage.get((tid, opts[0]), 0)]
            j = r.choice(low)
            usage[(tid, j)] = usage.get((tid, j), 0) + 1
            ms.append(mentions[tid][j])
        genre, text = frame(r, ms)
        low_text = text.lower()
        for s in forbid:
            if s in low_text:
                raise SystemExit(f"digest contains forbidden string {s!r}: {text[:80]}")
        docs.append({"topic": "digest", "key": f"d{i}", "role": "digest", "genre": genre, "text": text})
    return docs


def filler_docs(r, n, forbid, seen_titles):
    docs = []
    i = 0
    while len(docs) < n:
        gen = FILLERS[i % len(FILLERS)]
        i += 1
        genre, text = gen(r)
        text = add_extra(r, genre, text)
        low_text = text.lower()
        title = text.split("\n", 1)[0]
        if any(s in low_text for s in forbid) or title in seen_titles:
            continue
        if not MIN_WORDS <= words(text) <= MAX_WORDS - 30:
            continue
        seen_titles.append(title)
        docs.append({"topic": "filler", "key": f"f{len(docs)}", "role": "filler", "genre": genre, "text": text})
    return docs


def build():
    r = random.Random(SEED)
    forbid = forbidden_strings()
    docs = topic_docs()
    docs += digest_docs(r, forbid)
    seen_titles = [d["text"].split("\n", 1)[0] for d in docs]
    docs += filler_docs(r, N_DOCS - len(docs), forbid, seen_titles)

    # Clutter on about a third of all passages.
    rc = random.Random(SEED + 1)
    for d in docs:
        if rc.random() < 0.34:
            cluttered = add_clutter(rc, d["text"], byline=d["genre"] not in NO_BYLINE_GENRES)
            if words(cluttered) <= MAX_WORDS and not any(s in cluttered.lower() for s in forbid if d["role"] in ("digest", "filler")):
                d["text"] = cluttered

    # Shuffle file names.
    order = list(range(len(docs)))
    random.Random(SEED + 2).shuffle(order)
    for pos, idx in enumerate(order, 1):
        docs[idx]["file"] = f"v{pos:04d}.txt"

    fmap = {(d["topic"], d["key"]): d["file"] for d in docs}
    by_file = {d["file"]: d for d in docs}

    # Questions.
    records = []
    for t in TOPICS:
        split = "tune" if t["id"] in TUNE_TOPICS else "heldout"
        for q in t["questions"]:
            answerable = bool(q["a"])
            records.append({
                "question": q["q"],
                "answers": list(q["a"]),
                "sources": sorted("docs/" + fmap[(t["id"], k)] for k in q["src"]),
                "answerable": answerable,
                "kind": q["kind"],
                "split": split,
                "topic": t["id"],
                "evidence": q.get("ev", "") if answerable else "",
                "near_miss": sorted("docs/" + fmap[(t["id"], k)] for k in q["nm"]),
                "absent": list(q.get("absent", [])),
            })
    random.Random(SEED + 3).shuffle(records)
    for n, rec in enumerate(records, 1):
        rec["id"] = f"q{n:03d}"

    # Sanity checks at build time.
    for d in docs:
        w = words(d["text"])
        if not MIN_WORDS <= w <= MAX_WORDS:
            raise SystemExit(f"{d['topic']}/{d['key']}: {w} words")
    for rec in records:
        for src in rec["sources"]:
            text = by_file[src[5:]]["text"]
            for a in rec["answers"]:
                if a not in text:
                    raise SystemExit(f"{rec['id']}: answer {a!r} not in {src}")
        if rec["answerable"] and not any(rec["evidence"] in by_file[s[5:]]["text"] for s in rec["sources"]):
            raise SystemExit(f"{rec['id']}: evidence not in a source")

    # Write outputs.
    ddir = os.path.join(HERE, "docs")
    os.makedirs(ddir, exist_ok=True)
    for name in sorted(os.listdir(ddir)):
        if name.endswith(".txt"):
            os.remove(os.path.join(ddir, name))
    for d in sorted(docs, key=lambda x: x["file"]):
        with open(os.path.join(ddir, d["file"]), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(line.rstrip() for line in d["text"].rstrip("\n").split("\n")) + "\n")

    eval_keys = ["id", "question", "answers", "sources", "answerable", "kind", "split"]
    gold_keys = eval_keys + ["topic", "evidence", "near_miss", "absent"]
    with open(os.path.join(HERE, "eval.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps({k: rec[k] for k in eval_keys}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps({k: rec[k] for k in gold_keys}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "doc_index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\ttopic\trole\tgenre\n")
        for d in sorted(docs, key=lambda x: x["file"]):
            fh.write(f"docs/{d['file']}\t{d['topic']}\t{d['role']}\t{d['genre']}\n")

    n_un = sum(1 for rec in records if not rec["answerable"])
    print(f"wrote {len(docs)} docs, {len(records)} questions ({n_un} unanswerable)")


if __name__ == "__main__":
    build()
