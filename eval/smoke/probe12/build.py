"""Regenerate the probe12 evaluation set byte for byte.

Usage: python3 build.py   (writes docs/, eval.jsonl, gold.jsonl, doc_index.tsv, README.md)
Only the Python standard library is used; all randomness uses fixed seeds.
"""

import json
import random
import re
from pathlib import Path

import pools
from topics import TOPICS

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
SEED = 12
N_DOCS = 900
N_DIGESTS = 150
MIN_WORDS = 40
MAX_WORDS = 140

YVO = re.compile(
    r"\b(1[6-9]\d\d|20\d\d)\b"
    r"|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th))\b"
    r"|\bversion\b|\b\d+\.\d+\b|\b[A-Z]\d\b|Fellrunner \d",
    re.IGNORECASE,
)


def names_year_version_ordinal(text):
    return bool(YVO.search(text))


def nwords(text):
    return len(text.split())


def fill(template, rng):
    out = template
    while "{name}" in out:
        out = out.replace("{name}", rng.choice(pools.FIRST) + " " + rng.choice(pools.LAST), 1)
    while "{place}" in out:
        out = out.replace("{place}", rng.choice(pools.PLACES), 1)
    while "{street}" in out:
        out = out.replace("{street}", rng.choice(pools.STREETS), 1)
    while "{day}" in out:
        out = out.replace("{day}", rng.choice(pools.DAYS), 1)
    return out


def clutter(rng):
    top = bottom = None
    if rng.random() < 0.34:
        kind = rng.random()
        if kind < 0.4:
            top = fill(rng.choice(pools.CLUTTER_TOP), rng)
        elif kind < 0.75:
            bottom = rng.choice(pools.CLUTTER_BOTTOM)
        else:
            top = fill(rng.choice(pools.CLUTTER_TOP), rng)
            bottom = rng.choice(pools.CLUTTER_BOTTOM)
        if bottom:
            rel = rng.sample(pools.RELATED, 2)
            bottom = bottom.replace("{rel1}", rel[0]).replace("{rel2}", rel[1])
    return top, bottom


def render(head, body, date, top, bottom):
    lines = [head]
    if date:
        lines.append(date)
    if top:
        lines.append(top)
    lines.append(body)
    if bottom:
        lines.append(bottom)
    text = "\n".join(lines) + "\n"
    if nwords(text) > MAX_WORDS and (top or bottom):
        return render(head, body, date, None, None)
    return text


def pad(body, genre_index):
    i = genre_index
    while nwords(body) < MIN_WORDS - 8:
        body = body + " " + pools.PAD[i % len(pools.PAD)]
        i += 1
    return body


def make_topic_docs(rng):
    docs = []
    for t in TOPICS:
        parts = []
        if t["answer"] is not None:
            parts.append(("answer", t["answer"]))
        parts.extend(("near_miss", d) for d in t["near"])
        for role, d in parts:
            top, bottom = clutter(rng)
            body = pad(d["body"], len(docs))
            text = render(d["head"], body, d["date"], top, bottom)
            docs.append({"text": text, "topic": t["key"], "role": role,
                         "genre": d["genre"], "obj": d})
    return docs


def make_digests(rng):
    flat = []
    for t in TOPICS:
        for kind, ent in t["mentions"]:
            flat.append((t["key"], kind, ent))
    docs = []
    for i in range(N_DIGESTS):
        chosen = [flat[i % len(flat)]]
        if rng.random() < 0.5:
            other = rng.choice(flat)
            if other[0] != chosen[0][0]:
                chosen.append(other)
        items = []
        for _key, kind, ent in chosen:
            pool = pools.DIGEST_PLACE if kind == "place" else pools.DIGEST_THING
            s = rng.choice(pool).replace("{e}", ent)
            items.append(fill(s[0].upper() + s[1:], rng))
        neutral = rng.sample(pools.DIGEST_NEUTRAL, 4)
        for s in neutral:
            items.append(fill(s, rng))
            if nwords(" ".join(items)) >= 55:
                break
        rng.shuffle(items)
        head = fill(rng.choice(pools.DIGEST_HEADS), rng)
        date = None
        if rng.random() < 0.5:
            date = "%s %d %s" % (rng.choice(pools.DAYS), rng.randint(1, 28), rng.choice(pools.MONTHS))
        body = "\n".join("* " + s for s in items)
        top, bottom = clutter(rng)
        text = render(head, body, date, top, bottom)
        topics = sorted({c[0] for c in chosen})
        docs.append({"text": text, "topic": ";".join(topics), "role": "digest",
                     "genre": "digest", "obj": None})
    return docs


def make_filler(rng, n):
    subjects = sorted(pools.FILLER)
    docs = []
    for i in range(n):
        subj = subjects[i % len(subjects)] if i < len(subjects) else rng.choice(subjects)
        genres, heads, sents = pools.FILLER[subj]
        genre = rng.choice(genres)
        place = rng.choice(pools.PLACES)
        head = fill(rng.choice(heads).replace("{place}", place), rng)
        sents = [x.replace("{place}", place) for x in sents]
        order = rng.sample(sents, len(sents))
        target = rng.randint(45, 105)
        chosen = []
        for s in order:
            chosen.append(fill(s, rng))
            if nwords(" ".join(chosen)) + nwords(head) >= target:
                break
        body = " ".join(chosen)
        if genre == "forum post":
            body = "Posted by %s%d. %s" % (rng.choice(pools.FIRST).lower(), rng.randint(1, 99), body)
        date = None
        if rng.random() < 0.35:
            date = "Posted %d %s %d" % (rng.randint(1, 28), rng.choice(pools.MONTHS), rng.randint(2015, 2024))
        top, bottom = clutter(rng)
        text = render(head, body, date, top, bottom)
        docs.append({"text": text, "topic": "-", "role": "filler:" + subj,
                     "genre": genre, "obj": None})
    return docs


def main():
    rng = random.Random(SEED)
    topic_docs = make_topic_docs(rng)
    digests = make_digests(rng)
    filler = make_filler(rng, N_DOCS - len(topic_docs) - len(digests))
    all_docs = topic_docs + digests + filler
    random.Random(SEED * 7).shuffle(all_docs)
    for i, d in enumerate(all_docs, 1):
        d["file"] = "g%04d.txt" % i
    file_of = {id(d["obj"]): d["file"] for d in all_docs if d["obj"] is not None}

    DOCS.mkdir(exist_ok=True)
    for old in DOCS.glob("*.txt"):
        old.unlink()
    for d in all_docs:
        (DOCS / d["file"]).write_text(d["text"], encoding="utf-8", newline="\n")

    with open(HERE / "doc_index.tsv", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\ttopic\trole\tgenre\n")
        for d in all_docs:
            role = d["role"].split(":")[0]
            topic = d["topic"] if not d["role"].startswith("filler") else "filler:" + d["role"].split(":")[1]
            fh.write("%s\t%s\t%s\t%s\n" % (d["file"], topic, role, d["genre"]))

    answerable, unanswerable = [], []
    for t in TOPICS:
        near = [file_of[id(x)] for x in t["near"]]
        ans_file = file_of[id(t["answer"])] if t["answer"] is not None else None
        for q in t["qs"]:
            rec = {"question": q["question"], "kind": q["kind"], "topic": t["key"]}
            if q["answerable"]:
                rec.update(answers=q["answers"], sources=[ans_file], answerable=True,
                           evidence=q["evidence"], near_miss=near, absent=[])
                answerable.append(rec)
            else:
                nm = ([ans_file] if ans_file else []) + near
                rec.update(answers=[], sources=[], answerable=False,
                           evidence=None, near_miss=nm, absent=q["absent"])
                unanswerable.append(rec)
    srng = random.Random(SEED + 1)
    srng.shuffle(answerable)
    srng.shuffle(unanswerable)
    half_a = len(answerable) // 2
    half_u = len(unanswerable) // 2
    for i, r in enumerate(answerable):
        r["split"] = "tune" if i < half_a else "heldout"
    for i, r in enumerate(unanswerable):
        r["split"] = "tune" if i < half_u else "heldout"
    questions = answerable + unanswerable
    srng.shuffle(questions)

    with open(HERE / "eval.jsonl", "w", encoding="utf-8", newline="\n") as fe, \
            open(HERE / "gold.jsonl", "w", encoding="utf-8", newline="\n") as fg:
        for i, r in enumerate(questions, 1):
            base = {"id": "q%03d" % i, "question": r["question"], "answers": r["answers"],
                    "sources": r["sources"], "answerable": r["answerable"],
                    "kind": r["kind"], "split": r["split"]}
            fe.write(json.dumps(base, ensure_ascii=False) + "\n")
            gold = dict(base)
            gold.update(topic=r["topic"], evidence=r["evidence"], near_miss=r["near_miss"],
                        absent=r["absent"],
                        names_year_version_ordinal=names_year_version_ordinal(r["question"]))
            fg.write(json.dumps(gold, ensure_ascii=False) + "\n")

    write_readme(all_docs, questions)


def write_readme(all_docs, questions):
    roles = {}
    genres = {}
    for d in all_docs:
        role = d["role"].split(":")[0]
        roles[role] = roles.get(role, 0) + 1
        genres[d["genre"]] = genres.get(d["genre"], 0) + 1
    counts = {}
    for q in questions:
        k = (q["split"], q["answerable"])
        counts[k] = counts.get(k, 0) + 1
    kinds = {}
    for q in questions:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    yvo = sum(names_year_version_ordinal(q["question"]) for q in questions)
    n_topics = len(TOPICS)
    n_absent_topics = sum(1 for t in TOPICS if t["answer"] is None)
    lines = [
        "# probe12: blind retrieval QA smoke set",
        "",
        "Written blind: the author did not read the tool's code, other evaluation sets or",
        "other smoke folders, and did not run the tool. Only the Python standard library was used.",
        "",
        "## Contents",
        "",
        "- `docs/g0001.txt` .. `docs/g%04d.txt`: %d short web-style passages (40-140 words)." % (len(all_docs), len(all_docs)),
        "  First line is a headline; some have a date line; about a third carry web clutter.",
        "  All names of people, places, organisations and products are invented.",
        "  File order is shuffled with a fixed seed, so file names carry no information.",
        "- `eval.jsonl`: %d questions (id, question, answers, sources, answerable, kind, split)." % len(questions),
        "- `gold.jsonl`: maintainers only. Adds topic, evidence sentence, near_miss files,",
        "  absent strings (checked absent from every file) and a year/version/ordinal flag.",
        "- `doc_index.tsv`: file, topic, role (answer, near_miss, digest, filler), genre.",
        "- `topics.py`: the %d hand-written topics (%d of them have no answer passage by design)." % (n_topics, n_absent_topics),
        "- `pools.py`: hand-written sentence pools for filler, digests and clutter.",
        "- `build.py`: regenerates docs, eval, gold, index and this README byte for byte.",
        "- `check.py`: verifies the set.",
        "",
        "## Counts",
        "",
        "Documents by role: " + ", ".join("%s %d" % (k, roles[k]) for k in sorted(roles)) + ".",
        "",
        "Genres: " + ", ".join("%s %d" % (k, genres[k]) for k in sorted(genres)) + ".",
        "",
        "| split | answerable | unanswerable | total |",
        "|---|---|---|---|",
    ]
    for split in ("tune", "heldout"):
        a = counts.get((split, True), 0)
        u = counts.get((split, False), 0)
        lines.append("| %s | %d | %d | %d |" % (split, a, u, a + u))
    lines += [
        "",
        "Question kinds: " + ", ".join("%s %d" % (k, kinds[k]) for k in sorted(kinds)) + ".",
        "",
        "Questions naming a year, version or ordinal: %d of %d." % (yvo, len(questions)),
        "",
        "## How it was built",
        "",
        "Each topic has one answer passage and one or more near-miss passages that look like",
        "the answer but concern another edition or year, a sister event, a similarly named",
        "organisation or place, another person or role, another quantity, another product",
        "version, another stage of the same thing's life, or a plan rather than the outcome.",
        "Answerable questions paraphrase the answer passage. Unanswerable questions are",
        "unanswerable by construction: near misses are present, the answer is in no file, and",
        "`check.py` confirms that the `absent` strings occur in no document.",
        "Digests (news-in-brief) mention topic entities in passing without answers; filler",
        "passages on everyday subjects are generated from sentence pools.",
        "",
        "Run `python3 build.py && python3 check.py`.",
        "",
        "## Licence",
        "",
        "Written for this project. Apache-2.0.",
        "",
    ]
    (HERE / "README.md").write_text("\n".join(lines), encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
