"""Build the probe13 blind evaluation set from topics.py and pools.py.

Running this script regenerates docs/, eval.jsonl, gold.jsonl,
doc_index.tsv and README.md byte for byte (all randomness is seeded).
"""

import json
import random
import shutil
from collections import Counter
from pathlib import Path

import pools
from topics import TOPICS

HERE = Path(__file__).resolve().parent
SEED = 13013
N_DOCS = 900
N_DIGESTS = 60
MIN_WORDS, MAX_WORDS = 40, 160
CLUTTER_RATE = 0.34


def n_words(text):
    return len(text.split())


def add_clutter(rng, text):
    """Maybe add web clutter around a passage; the first line stays the headline."""
    if rng.random() >= CLUTTER_RATE:
        return text, False
    lines = text.split("\n")
    head, body = lines[0], lines[1:]
    top, bottom = [], []
    choice = rng.randrange(4)
    has_crumb = any(">" in line for line in body[:1])
    if choice in (0, 3) and not has_crumb:
        top.append(rng.choice(pools.BREADCRUMBS))
    if choice in (1, 3):
        bottom.append(rng.choice(pools.SHARE_LINES))
    if choice == 2 or rng.random() < 0.3:
        bottom.append(rng.choice(pools.COOKIE_LINES))
    if rng.random() < 0.3:
        bottom.append(rng.choice(pools.FOOTER_LINES))
    if not top and not bottom:
        bottom.append(rng.choice(pools.SHARE_LINES))
    new = "\n".join([head] + top + body + bottom)
    if n_words(new) > MAX_WORDS:
        return text, False
    return new, True


def random_date(rng):
    year = rng.choice([2025, 2026])
    month = rng.randrange(12) if year == 2025 else rng.randrange(11)
    return f"{rng.randint(1, 28)} {pools.MONTHS[month]} {year}"


def make_digests(rng):
    order = [t["id"] for t in TOPICS]
    rng.shuffle(order)
    extra = [t["id"] for t in TOPICS]
    rng.shuffle(extra)
    queue = order + extra
    mentions = {t["id"]: t["mention"] for t in TOPICS}
    digests = []
    for _ in range(N_DIGESTS):
        k = 2 if rng.random() < 0.5 and len(queue) > 1 else 1
        picked = []
        while len(picked) < k and queue:
            tid = queue.pop(0)
            if tid not in picked:
                picked.append(tid)
        if not picked:
            picked = [rng.choice(order)]
        items = [mentions[tid] for tid in picked]
        items += rng.sample(pools.DIGEST_ITEMS, rng.randint(2, 3))
        rng.shuffle(items)
        lines = [rng.choice(pools.DIGEST_HEADLINES), f"Published {random_date(rng)}"]
        lines += items
        digests.append({"text": "\n".join(lines), "topic": ";".join(sorted(picked)),
                        "role": "digest", "genre": "news in brief"})
    return digests


def person(rng):
    return f"{rng.choice(pools.FIRST_NAMES)} {rng.choice(pools.SURNAMES)}"


def filler_text(rng, genre):
    if genre == "review":
        subj = pools.REVIEW_SUBJECTS[rng.choice(sorted(pools.REVIEW_SUBJECTS))]
        sents = rng.sample(subj["sentences"], rng.randint(4, 6))
        lines = [rng.choice(subj["headlines"]), f"Reviewed by {person(rng)}",
                 " ".join(sents), f"Rating: {rng.randint(3, 5)} out of 5"]
        return "\n".join(lines), "review"
    name = rng.choice(sorted(pools.SUBJECTS))
    subj = pools.SUBJECTS[name]
    if genre == "blog":
        sents = rng.sample(subj["sentences"], rng.randint(4, 7))
        lines = [rng.choice(subj["headlines"]), f"Posted by {person(rng)}", " ".join(sents)]
    elif genre == "forum":
        question = rng.choice(subj["questions"])
        sents = rng.sample(subj["sentences"], rng.randint(4, 6))
        users = rng.sample(pools.USERNAMES, 3)
        half = len(sents) // 2
        lines = [question, f"posted by {users[0]}: {question} Any advice welcome.",
                 f"reply from {users[1]}: " + " ".join(sents[:half]),
                 f"reply from {users[2]}: " + " ".join(sents[half:])]
    elif genre == "Q&A page":
        question = rng.choice(subj["questions"])
        sents = rng.sample(subj["sentences"], rng.randint(3, 6))
        lines = [question, f"Q: {question}", "A: " + " ".join(sents)]
    else:
        sents = rng.sample(subj["sentences"], rng.randint(4, 6))
        lines = [rng.choice(subj["headlines"])]
        lines += [f"{i}. {s}" for i, s in enumerate(sents, 1)]
    return "\n".join(lines), name


def make_fillers(rng, n, seen):
    genres = ["blog", "forum", "Q&A page", "how-to guide", "review"]
    weights = [3, 3, 2, 2, 1]
    out = []
    while len(out) < n:
        genre = rng.choices(genres, weights)[0]
        text, _subject = filler_text(rng, genre)
        if text in seen or not MIN_WORDS <= n_words(text) <= MAX_WORDS:
            continue
        seen.add(text)
        out.append({"text": text, "topic": "-", "role": "filler", "genre": genre})
    return out


def assign_splits(questions):
    for answerable, offset in ((True, 0), (False, 1)):
        group = [q for q in questions if q["answerable"] == answerable]
        group.sort(key=lambda q: (q["kind"], q["id"]))
        for i, q in enumerate(group):
            q["split"] = "tune" if (i + offset) % 2 == 0 else "heldout"


def table(counter, title):
    rows = [f"| {title} | count |", "|---|---|"]
    rows += [f"| {k} | {v} |" for k, v in sorted(counter.items())]
    return "\n".join(rows)


def write_readme(docs, questions):
    roles = Counter(d["role"] for d in docs)
    genres = Counter(d["genre"] for d in docs)
    kinds = Counter(q["kind"] for q in questions)
    split_ans = Counter((q["split"], "answerable" if q["answerable"] else "unanswerable")
                        for q in questions)
    split_rows = ["| split | answerable | unanswerable | total |", "|---|---|---|---|"]
    for s in ("tune", "heldout"):
        a, u = split_ans[(s, "answerable")], split_ans[(s, "unanswerable")]
        split_rows.append(f"| {s} | {a} | {u} | {a + u} |")
    n_unans = sum(1 for q in questions if not q["answerable"])
    n_dated = sum(1 for q in questions if q["names_year_version_ordinal"])
    n_topics_noans = sum(1 for t in TOPICS if not any(d[0] == "a" for d in t["docs"]))
    n_clutter = sum(1 for d in docs if d["clutter"])
    text = f"""# probe13: near-miss retrieval QA smoke set

A small blind evaluation set for a retrieval question-answering tool that must
answer with citations and refuse when the documents do not hold the answer.
The set is built around NEAR MISSES: passages that look like the answer but
concern another year or edition, a sister event or category, a similarly named
organisation, place or person, another role (deputy, interim, runner-up),
another quantity of the same thing, another product version, a plan, forecast,
estimate or shortlist instead of the outcome, another branch or site, another
family member, or the same figure for a neighbouring period.

Written blind: the author did not read the tool's code or other evaluation sets.

## Contents

- `docs/h0001.txt` .. `docs/h{N_DOCS:04d}.txt`: {len(docs)} short web-style passages
  (40-160 words each, first line a headline). File order is shuffled with a fixed
  seed, so file names carry no information. {n_clutter} passages carry web clutter
  (breadcrumbs, cookie notices, share links, footers).
- `eval.jsonl`: {len(questions)} questions: id, question, answers, sources,
  answerable, kind, split. Unanswerable questions have empty answers and sources.
- `gold.jsonl`: the same plus topic, evidence (exact substring of the source),
  near_miss files, absent strings and the flag names_year_version_ordinal.
- `doc_index.tsv`: file, topic, role, genre for every document.
- `topics.py`: {len(TOPICS)} hand-written topics ({n_topics_noans} with no answer
  passage by design), each with near misses, a passing mention for digests and
  questions.
- `pools.py`: hand-written sentence pools for filler passages, digests and clutter.
- `build.py`: regenerates everything above (seed {SEED}), byte for byte.
- `check.py`: consistency checks; exits non-zero on failure.

## Counts

Questions: {len(questions)}, of which {n_unans} are unanswerable by construction and
{n_dated} name a year, version or ordinal.

{table(roles, "role")}

{table(genres, "genre")}

{table(kinds, "kind")}

{chr(10).join(split_rows)}

## How it was built

Each topic has one answer passage (except the answer-free topics) and one to
three near-miss passages, all written by hand. Questions paraphrase the answer
passage rather than copying it. Unanswerable questions ask for something the
near misses only seem to give (another edition, category, branch, version, or
an outcome where only a plan exists); their `absent` strings (the phrase the
question requires, or the answer that would be right) occur in no document,
which `check.py` verifies. News-in-brief digests mention topic entities in
passing without giving answers. Filler passages (blogs, forums, Q&A pages,
how-to guides, reviews on everyday subjects) are assembled from sentence pools.
Splits alternate tune/heldout within each question kind, separately for
answerable and unanswerable questions, so both halves hold about the same
number of each.

Run `python3 build.py && python3 check.py`.

## Licence

Written for this project. Apache-2.0.
"""
    (HERE / "README.md").write_text(text, encoding="utf-8")


def main():
    rng = random.Random(SEED)
    docs = []
    for t in TOPICS:
        for key, role, genre, text in t["docs"]:
            docs.append({"text": text, "topic": t["id"], "role": role, "genre": genre,
                         "key": key})
    docs += make_digests(rng)
    seen = {d["text"] for d in docs}
    docs += make_fillers(rng, N_DOCS - len(docs), seen)
    for d in docs:
        d["text"], d["clutter"] = add_clutter(rng, d["text"])
        w = n_words(d["text"])
        if not MIN_WORDS <= w <= MAX_WORDS:
            raise SystemExit(f"word count {w} out of range: {d['text'][:60]!r}")
    rng.shuffle(docs)
    for i, d in enumerate(docs, 1):
        d["file"] = f"h{i:04d}.txt"
    by_key = {(d["topic"], d.get("key")): d["file"] for d in docs if "key" in d}

    docdir = HERE / "docs"
    if docdir.exists():
        shutil.rmtree(docdir)
    docdir.mkdir()
    for d in docs:
        (docdir / d["file"]).write_text(d["text"] + "\n", encoding="utf-8")
    with open(HERE / "doc_index.tsv", "w", encoding="utf-8") as fh:
        fh.write("file\ttopic\trole\tgenre\n")
        for d in docs:
            fh.write(f"{d['file']}\t{d['topic']}\t{d['role']}\t{d['genre']}\n")

    questions = []
    for t in TOPICS:
        near = sorted(by_key[(t["id"], k)] for k, role, _g, _x in t["docs"] if role == "near_miss")
        answer_doc = by_key.get((t["id"], "a"))
        for q in t["questions"]:
            answerable = q.get("answerable", True)
            if answerable:
                sources = [by_key[(t["id"], q.get("source", "a"))]]
                near_miss = near
            else:
                sources = []
                near_miss = sorted(near + ([answer_doc] if answer_doc else []))
            questions.append({
                "question": q["q"], "answers": q.get("answers", []) if answerable else [],
                "sources": sources, "answerable": answerable, "kind": q["kind"],
                "topic": t["id"], "evidence": q.get("evidence", ""), "near_miss": near_miss,
                "absent": q.get("absent", []), "names_year_version_ordinal": q.get("dated", False),
            })
    qrng = random.Random(SEED + 1)
    qrng.shuffle(questions)
    for i, q in enumerate(questions, 1):
        q["id"] = f"q{i:03d}"
    assign_splits(questions)

    eval_keys = ["id", "question", "answers", "sources", "answerable", "kind", "split"]
    gold_keys = eval_keys + ["topic", "evidence", "near_miss", "absent",
                             "names_year_version_ordinal"]
    with open(HERE / "eval.jsonl", "w", encoding="utf-8") as fe, \
            open(HERE / "gold.jsonl", "w", encoding="utf-8") as fg:
        for q in questions:
            fe.write(json.dumps({k: q[k] for k in eval_keys}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({k: q[k] for k in gold_keys}, ensure_ascii=False) + "\n")
    write_readme(docs, questions)
    print(f"wrote {len(docs)} docs and {len(questions)} questions")


if __name__ == "__main__":
    main()
