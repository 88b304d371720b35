"""Build probe14: documents, questions, gold records, index and README. Deterministic (fixed seed)."""

import json
import random
import re
from collections import Counter
from pathlib import Path

import pools
from topics import TOPICS

HERE = Path(__file__).resolve().parent
SEED = 14014
N_DOCS = 900
N_DIGEST = 60
MIN_WORDS = 40
MAX_WORDS = 160
CLUTTER_RATE = 0.34
STRUCTURED = {"release_notes", "results", "forum"}
KINDS = ["who", "when", "where", "how_many", "how_much", "which", "what"]


def words(text):
    return len(text.split())


def render_topic_doc(text, genre):
    lines = text.split("\n")
    head, body = lines[0], lines[1:]
    if genre in STRUCTURED:
        out = []
        for line in body:
            if line.startswith("~ ") and out:
                out[-1] += " " + line[2:]
            else:
                out.append(line)
        return [head] + out
    return [head, " ".join(line.lstrip("~ ") if line.startswith("~ ") else line for line in body)]


def add_clutter(rng, lines):
    if rng.random() >= CLUTTER_RATE:
        return lines, False
    for _ in range(20):
        top = [rng.choice(pools.TOP_CLUTTER)] if rng.random() < 0.6 else []
        bottom = rng.sample(pools.BOTTOM_CLUTTER, rng.choice([1, 1, 2, 3]))
        cand = [lines[0]] + top + lines[1:] + bottom
        if words("\n".join(cand)) <= MAX_WORDS:
            return cand, True
    return lines, False


def fill(rng, template):
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(pools.SLOTS[m.group(1)]), template)


def make_filler(rng, genre):
    spec = pools.FILLER[genre]
    target = rng.randint(45, 130)
    title = fill(rng, rng.choice(spec["titles"]))
    sents = rng.sample(spec["sentences"], len(spec["sentences"]))
    if genre == "forum":
        body, count, i = [], words(title), 0
        post = [fill(rng, pools.FORUM_POST_PREFIX)]
        for s in sents[:rng.randint(2, 4)]:
            post.append(fill(rng, s))
        body.append(" ".join(post))
        i = len(post) - 1
        count += words(body[-1])
        while count < target and i < len(sents):
            reply = [fill(rng, pools.FORUM_REPLY_PREFIX)]
            for s in sents[i:i + rng.randint(1, 3)]:
                reply.append(fill(rng, s))
            i += len(reply) - 1
            body.append(" ".join(reply))
            count += words(body[-1])
        return [title] + body
    body = []
    for s in sents:
        body.append(fill(rng, s))
        if words(title) + words(" ".join(body)) >= target:
            break
    if genre == "event_listing":
        return [title] + body
    return [title, " ".join(body)]


def make_digest(rng, mentions):
    head = rng.choice(pools.DIGEST_HEADLINES)
    generic = rng.sample(pools.DIGEST_GENERIC, len(pools.DIGEST_GENERIC))
    n = rng.randint(1, 3)
    while words(" ".join([head] + list(mentions) + generic[:n])) < 48:
        n += 1
    items = list(mentions) + generic[:n]
    rng.shuffle(items)
    if rng.random() < 0.5:
        return [head] + ["- " + x for x in items]
    return [head, " ".join(items)]


def build():
    rng = random.Random(SEED)
    docs = []  # dicts: lines, topic, role, genre, key
    for t in TOPICS:
        for key in sorted(t["docs"]):
            d = t["docs"][key]
            docs.append({"lines": render_topic_doc(d["text"], d["genre"]), "topic": t["topic"], "role": d["role"],
                         "genre": d["genre"], "key": (t["topic"], key)})
    # digests: every topic mentioned at least once, two or three topics per digest
    order = []
    while len(order) < N_DIGEST * 3:
        block = [t["topic"] for t in TOPICS]
        rng.shuffle(block)
        order.extend(block)
    mention = {t["topic"]: t["mention"] for t in TOPICS}
    pos = 0
    for _ in range(N_DIGEST):
        k = rng.choice([2, 2, 3])
        chosen = []
        while len(chosen) < k:
            name = order[pos]
            pos += 1
            if name not in chosen:
                chosen.append(name)
        docs.append({"lines": make_digest(rng, [mention[c] for c in chosen]), "topic": ",".join(chosen),
                     "role": "digest", "genre": "digest", "key": None})
    genres = sorted(pools.FILLER)
    seen = {"\n".join(d["lines"]) for d in docs}
    while len(docs) < N_DOCS:
        genre = rng.choice(genres)
        lines = make_filler(rng, genre)
        text = "\n".join(lines)
        if text in seen or not MIN_WORDS <= words(text) <= MAX_WORDS:
            continue
        seen.add(text)
        docs.append({"lines": lines, "topic": "-", "role": "filler", "genre": genre, "key": None})
    for d in docs:
        d["lines"], d["clutter"] = add_clutter(rng, d["lines"])
    rng.shuffle(docs)
    fname = {}
    for i, d in enumerate(docs, 1):
        d["file"] = "k%04d.txt" % i
        if d["key"]:
            fname[d["key"]] = d["file"]

    # questions
    qs = []
    for t in TOPICS:
        for q in t["questions"]:
            qs.append((t["topic"], q))
    rng.shuffle(qs)
    records = []
    for i, (tname, q) in enumerate(qs, 1):
        records.append({
            "id": "q%03d" % i,
            "question": q["question"],
            "answers": list(q["answers"]),
            "sources": [fname[(tname, q["source"])]] if q["answerable"] else [],
            "answerable": q["answerable"],
            "kind": q["kind"],
            "split": None,
            "topic": tname,
            "evidence": q["evidence"],
            "near_miss": [fname[(tname, k)] for k in q["near_miss"]],
            "absent": list(q["absent"]),
            "names_year_version_ordinal": q["yvo"],
        })
    for answerable in (True, False):
        toggle = 0
        for kind in KINDS:
            for r in records:
                if r["answerable"] == answerable and r["kind"] == kind:
                    r["split"] = ("tune", "heldout")[toggle]
                    toggle ^= 1
    return docs, records


EVAL_KEYS = ["id", "question", "answers", "sources", "answerable", "kind", "split"]


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def table(counter, keys=None):
    keys = keys or sorted(counter)
    return "\n".join("| %s | %d |" % (k, counter[k]) for k in keys)


def readme(docs, records):
    roles = Counter(d["role"] for d in docs)
    genres = Counter(d["genre"] for d in docs)
    kinds = Counter(r["kind"] for r in records)
    n_un = sum(not r["answerable"] for r in records)
    split_rows = []
    for s in ("tune", "heldout"):
        rs = [r for r in records if r["split"] == s]
        split_rows.append("| %s | %d | %d | %d |" % (s, len(rs), sum(r["answerable"] for r in rs),
                                                      sum(not r["answerable"] for r in rs)))
    kind_split = []
    for k in KINDS:
        kind_split.append("| %s | %d | %d | %d | %d |" % (
            k, kinds[k],
            sum(r["kind"] == k and r["split"] == "tune" for r in records),
            sum(r["kind"] == k and r["split"] == "heldout" for r in records),
            sum(r["kind"] == k and not r["answerable"] for r in records)))
    yvo = sum(r["names_year_version_ordinal"] for r in records)
    clutter = sum(d["clutter"] for d in docs)
    no_answer_topics = sum("A" not in t["docs"] for t in TOPICS)
    return f"""# probe14: blind smoke set for retrieval question answering with refusal

## Summary

probe14 is a small, synthetic evaluation set for a tool that reads a folder of short documents, answers a
question with citations, and must refuse when the documents do not hold the answer. It contains
{len(docs)} short passages and {len(records)} questions, {n_un} of which are unanswerable by construction.

Written blind: the author did not read the tool's code or other evaluation sets.

Every person, place, company, race, film, band and software package is invented, so a model cannot answer
from memory. Each topic has an answer passage (except {no_answer_topics} topics that have none by design) and
one to three near-miss passages that look like the answer but are not: another year or edition, the runner-up
or interim holder, a namesake of another kind, another software version, another stage of a project, a sister
category, another quantity, a plan or forecast instead of the outcome, or a neighbouring period.

## Contents

| file | what |
|---|---|
| `docs/k0001.txt` .. `docs/k0900.txt` | one passage per file, first line a headline or title, 40-160 words |
| `eval.jsonl` | questions: id, question, answers, sources, answerable, kind, split |
| `gold.jsonl` | the same plus topic, evidence, near_miss, absent, names_year_version_ordinal |
| `doc_index.tsv` | file, topic, role, genre |
| `topics.py` | the hand-written topics, passages and questions |
| `pools.py` | sentence pools for clutter, digests and filler |
| `build.py` | regenerates everything above byte for byte (seed {SEED}) |
| `check.py` | verifies the set; exits non-zero on failure |

Field notes: `answers` are acceptable short answers, each an exact substring of the source passage; empty for
unanswerable questions. `sources` lists the file(s) stating the answer. `evidence` is an exact substring of the
source stating the answer. `near_miss` lists the files built to look like the answer. `absent` lists strings
that occur in no document (the phrase the question requires, or the answer that would be right).

## Counts

Documents by role:

| role | docs |
|---|---|
{table(roles, ["answer", "near_miss", "digest", "filler"])}

Documents by genre:

| genre | docs |
|---|---|
{table(genres)}

{clutter} documents ({clutter * 100 // len(docs)}%) carry web clutter (breadcrumbs, bylines, cookie notices,
share links, footers).

Questions by split:

| split | questions | answerable | unanswerable |
|---|---|---|---|
{chr(10).join(split_rows)}

Questions by kind:

| kind | questions | tune | heldout | unanswerable |
|---|---|---|---|---|
{chr(10).join(kind_split)}

{yvo} of {len(records)} questions name a year, season, edition, version or ordinal.

## How it was built

{len(TOPICS)} topics were written by hand in `topics.py`: answer passages, near misses, one digest mention per
topic and one or two questions per topic. Questions paraphrase their passage. {N_DIGEST} digest passages ("news
in brief", round-ups) mention two or three topics' entities in passing without giving any answer. The rest are
filler passages (blogs, forum threads, how-to guides, reviews, event listings, club pages, local news)
assembled from the sentence pools in `pools.py`. About a third of all passages get web clutter. File order is
shuffled with a fixed seed, so file names carry no information. Splits alternate tune/heldout within each
kind, separately for answerable and unanswerable questions.

Rebuild and verify with `python3 build.py && python3 check.py`. Only the Python standard library is used.

## Limitations

The set is small and synthetic; filler passages are visibly templated and easy to tell apart from topic
passages. Unanswerable questions are unanswerable by construction against this folder only.

## Licence

Written for this project. Apache-2.0.
"""


def main():
    docs, records = build()
    ddir = HERE / "docs"
    ddir.mkdir(exist_ok=True)
    for p in sorted(ddir.glob("k*.txt")):
        p.unlink()
    for d in docs:
        write(ddir / d["file"], "\n".join(d["lines"]) + "\n")
    write(HERE / "eval.jsonl", "".join(json.dumps({k: r[k] for k in EVAL_KEYS}, ensure_ascii=False) + "\n"
                                       for r in records))
    write(HERE / "gold.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    rows = ["file\ttopic\trole\tgenre"] + ["%s\t%s\t%s\t%s" % (d["file"], d["topic"], d["role"], d["genre"])
                                          for d in sorted(docs, key=lambda d: d["file"])]
    write(HERE / "doc_index.tsv", "\n".join(rows) + "\n")
    write(HERE / "README.md", readme(docs, records))
    print("wrote %d docs, %d questions" % (len(docs), len(records)))


if __name__ == "__main__":
    main()
