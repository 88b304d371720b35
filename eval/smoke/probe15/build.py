"""Build the probe15 evaluation set: docs/, eval.jsonl, gold.jsonl, doc_index.tsv, README.md.

Deterministic: uses one fixed seed and only the Python standard library.
Run: python3 build.py
"""

import json
import random
import re
from collections import Counter
from pathlib import Path

from pools import CLUTTER, DIGEST_GENERIC, DIGEST_TITLES, FILLER, SLOTS
from topics import TOPICS

SEED = 15015
N_DOCS = 900
N_DIGESTS = 60
HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
KIND_ORDER = ["who", "when", "where", "how_many", "how_much", "which", "what"]
FILLER_GENRES = ["blog", "blog", "forum", "forum", "howto", "review", "notice"]


def words(text):
    return len(text.split())


def fill(template, rng, bound=None):
    """Fill {slot} markers; slots in `bound` keep one value per document (names always vary)."""
    def pick(m):
        slot = m.group(1)
        if bound is not None and slot != "name":
            return bound[slot]
        return rng.choice(SLOTS[slot])
    return re.sub(r"\{(\w+)\}", pick, template)


def topic_docs():
    out = []
    for t in TOPICS:
        srcs = {qq["src"] for qq in t["questions"] if qq["src"]}
        for d in t["docs"]:
            out.append({
                "uid": t["topic"] + "/" + d["key"],
                "topic": t["topic"],
                "role": "answer" if d["key"] in srcs else "near_miss",
                "genre": d["genre"],
                "title": d["title"],
                "body": d["body"],
            })
    return out


def digest_docs(rng):
    mentions = [(t["topic"], m) for t in TOPICS for m in t["mentions"]]
    out = []
    for i in range(N_DIGESTS):
        picked = rng.sample(mentions, rng.randint(2, 4))
        generic = rng.sample(DIGEST_GENERIC, 6)
        items = [m for _, m in picked] + generic[:2]
        while words(" ".join(items)) < 60:
            items.append(generic[len(items) - len(picked)])
        rng.shuffle(items)
        style = i % 3
        if style == 0:
            body = "\n".join("- " + it for it in items)
        elif style == 1:
            body = "\n\n".join(items)
        else:
            body = "In brief:\n" + "\n".join("* " + it for it in items)
        out.append({
            "uid": "digest/%02d" % i,
            "topic": "+".join(sorted({tp for tp, _ in picked})),
            "role": "digest",
            "genre": "digest",
            "title": rng.choice(DIGEST_TITLES),
            "body": body,
        })
    return out


LATE = ("Update", "Thanks everyone", "Marking this", "Next week", "Thanks to everyone", "Verdict", "Pros:",
        "Three and a half", "Once finished", "If something still", "Check back", "We ended the day")


def stage(sentence):
    """Order filler sentences: opening post first, replies next, updates and sign-offs last."""
    if sentence.startswith(("Posted by", "Step one")):
        return 0
    if sentence.startswith(LATE):
        return 3
    if sentence.startswith("Reply from"):
        return 2
    return 1


def filler_docs(rng, n):
    out = []
    for i in range(n):
        genre = rng.choice(FILLER_GENRES)
        pool = FILLER[genre]
        bound = {slot: rng.choice(values) for slot, values in sorted(SLOTS.items())}
        title = fill(rng.choice(pool["titles"]), rng, bound)
        title = title[0].upper() + title[1:]
        order = rng.sample(pool["sentences"], len(pool["sentences"]))
        if genre == "forum":
            order.sort(key=lambda s: not s.startswith("Posted by"))
        target = rng.randint(60, 140)
        chosen = []
        for s in order:
            chosen.append(s)
            if words(" ".join(chosen)) >= target:
                break
        chosen.sort(key=stage)
        sents = [fill(s, rng, bound) for s in chosen]
        if genre == "forum" or rng.random() < 0.5:
            body = "\n\n".join(sents)
        else:
            half = len(sents) // 2
            body = " ".join(sents[:half]) + "\n\n" + " ".join(sents[half:])
        out.append({
            "uid": "filler/%03d" % i,
            "topic": "",
            "role": "filler",
            "genre": genre,
            "title": title,
            "body": body,
        })
    return out


def add_clutter(d, rng):
    head, foot = [], []
    if rng.random() < 0.6:
        if d["role"] == "filler":
            crumbs = "breadcrumbs_life"
        elif d["genre"] in ("encyclopedia", "listing"):
            crumbs = "breadcrumbs_ref"
        else:
            crumbs = "breadcrumbs_news"
        head.append(rng.choice(CLUTTER[crumbs]))
    if rng.random() < 0.5:
        bylines = CLUTTER["bylines"] if d["role"] != "filler" else CLUTTER["bylines_life"]
        head.append(rng.choice(bylines))
    if rng.random() < 0.6:
        foot.append(rng.choice(CLUTTER["shares"]))
    if rng.random() < 0.4:
        foot.append("Related articles:\n" + "\n".join("- " + r for r in rng.sample(CLUTTER["related"], 3)))
    if rng.random() < 0.5:
        foot.append(rng.choice(CLUTTER["footers"]))
    if rng.random() < 0.35:
        foot.append(rng.choice(CLUTTER["cookies"]))
    if not head and not foot:
        foot.append(rng.choice(CLUTTER["shares"]))
    d["head"], d["foot"] = head, foot
    while words(render(d)) > 180 and (d["foot"] or d["head"]):
        (d["foot"] or d["head"]).pop()


def render(d):
    parts = [d["title"]]
    if d.get("head"):
        parts.append("\n".join(d["head"]))
    text = "\n".join(parts) + "\n\n" + d["body"]
    if d.get("foot"):
        text += "\n\n" + "\n".join(d["foot"])
    return text + "\n"


def assign_splits(records):
    for answerable in (True, False):
        toggle = 0
        for kind in KIND_ORDER:
            for r in records:
                if r["answerable"] == answerable and r["kind"] == kind:
                    r["split"] = ("tune", "heldout")[toggle]
                    toggle ^= 1


def build():
    rng = random.Random(SEED)
    docs = topic_docs()
    digests = digest_docs(rng)
    fillers = filler_docs(rng, N_DOCS - len(docs) - len(digests))
    alldocs = docs + digests + fillers
    for d in alldocs:
        d["head"], d["foot"] = [], []
        if rng.random() < 1 / 3:
            add_clutter(d, rng)
    rng.shuffle(alldocs)
    name_of = {}
    for i, d in enumerate(alldocs, 1):
        d["file"] = "m%04d.txt" % i
        name_of[d["uid"]] = d["file"]

    DOCS.mkdir(exist_ok=True)
    for old in DOCS.glob("*.txt"):
        old.unlink()
    for d in alldocs:
        (DOCS / d["file"]).write_text(render(d), encoding="utf-8")

    records = []
    for t in TOPICS:
        tfiles = [name_of[t["topic"] + "/" + d["key"]] for d in t["docs"]]
        for qq in t["questions"]:
            src = [name_of[t["topic"] + "/" + qq["src"]]] if qq["src"] else []
            records.append({
                "question": qq["question"],
                "answers": qq["answers"],
                "sources": src,
                "answerable": bool(src),
                "kind": qq["kind"],
                "topic": t["topic"],
                "evidence": qq["evidence"],
                "near_miss": [f for f in tfiles if f not in src],
                "absent": qq["absent"],
                "names_year": qq["names_year"],
            })
    rng.shuffle(records)
    for i, r in enumerate(records, 1):
        r["id"] = "q%03d" % i
    assign_splits(records)

    eval_keys = ["id", "question", "answers", "sources", "answerable", "kind", "split"]
    gold_keys = eval_keys + ["topic", "evidence", "near_miss", "absent", "names_year"]
    with open(HERE / "eval.jsonl", "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({k: r[k] for k in eval_keys}, ensure_ascii=False) + "\n")
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({k: r[k] for k in gold_keys}, ensure_ascii=False) + "\n")
    with open(HERE / "doc_index.tsv", "w", encoding="utf-8") as fh:
        fh.write("file\ttopic\trole\tgenre\n")
        for d in sorted(alldocs, key=lambda x: x["file"]):
            fh.write("%s\t%s\t%s\t%s\n" % (d["file"], d["topic"] or "-", d["role"], d["genre"]))
    (HERE / "README.md").write_text(readme(alldocs, records), encoding="utf-8")


def table(counter, head):
    lines = ["| %s | count |" % head, "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append("| %s | %d |" % (k, v))
    return "\n".join(lines)


def readme(alldocs, records):
    n_topics = len(TOPICS)
    no_answer = sum(1 for t in TOPICS if not any(qq["src"] for qq in t["questions"]))
    clutter = sum(1 for d in alldocs if d["head"] or d["foot"])
    unans = [r for r in records if not r["answerable"]]
    split_rows = Counter((r["split"], "answerable" if r["answerable"] else "unanswerable") for r in records)
    split_lines = ["| split | answerable | unanswerable |", "|---|---|---|"]
    for s in ("tune", "heldout"):
        split_lines.append("| %s | %d | %d |" % (s, split_rows[(s, "answerable")], split_rows[(s, "unanswerable")]))
    kind_lines = ["| kind | answerable | unanswerable |", "|---|---|---|"]
    for k in KIND_ORDER:
        a = sum(1 for r in records if r["kind"] == k and r["answerable"])
        u = sum(1 for r in records if r["kind"] == k and not r["answerable"])
        kind_lines.append("| %s | %d | %d |" % (k, a, u))
    return "\n".join([
        "# probe15: blind retrieval QA smoke set with near misses",
        "",
        "Written blind: the author did not read the tool's code or other evaluation sets.",
        "",
        "## What this is",
        "",
        "A small synthetic stand-in for a benchmark of short web and news passages. A retrieval "
        "question-answering tool reads the folder `docs/`, answers each question in `eval.jsonl` with "
        "citations, and must refuse when the documents do not hold the answer. Every name of a person, "
        "place, company, race, film, game, band or product in the topic passages is invented, so the "
        "answers cannot come from a model's memory.",
        "",
        "Unanswerable questions are unanswerable by construction: the passages that look like the answer "
        "are near misses (another year or edition, a namesake of another kind, another role, another "
        "release or stage, a sister category, a neighbouring period), and the answer itself is in no "
        "document.",
        "",
        "## Contents",
        "",
        "- `docs/m0001.txt` .. `docs/m%04d.txt`: %d passages, one per file, first line a title, 50-180 "
        "words. File order is shuffled with a fixed seed, so names carry no information." % (len(alldocs),
                                                                                            len(alldocs)),
        "- `eval.jsonl`: %d questions with keys id, question, answers, sources, answerable, kind, split."
        % len(records),
        "- `gold.jsonl`: the same records plus topic, evidence (exact substring of the source), near_miss "
        "(file names), absent (strings that occur in no document) and names_year.",
        "- `doc_index.tsv`: file, topic, role (answer / near_miss / digest / filler), genre.",
        "- `topics.py` (hand-written topics), `pools.py` (sentence pools), `build.py` (regenerates every "
        "output byte for byte), `check.py` (verifies the set; exits non-zero on failure).",
        "",
        "## Counts",
        "",
        "- Topics: %d (%d of them with no answer passage by design)." % (n_topics, no_answer),
        "- Questions: %d; answerable %d; unanswerable %d." % (len(records), len(records) - len(unans),
                                                               len(unans)),
        "- Questions naming a year, season, edition or ordinal: %d." % sum(r["names_year"] for r in records),
        "- Documents with web clutter (breadcrumbs, bylines, share lines, related lists, footers, cookie "
        "notices): %d." % clutter,
        "",
        table(Counter(d["role"] for d in alldocs), "role"),
        "",
        table(Counter(d["genre"] for d in alldocs), "genre"),
        "",
        "\n".join(kind_lines),
        "",
        "\n".join(split_lines),
        "",
        "## How it was built",
        "",
        "Topics were written by hand in `topics.py`: each has one answer passage (except the topics with "
        "none) and one to three near-miss passages, in encyclopedia, news (with a date line), results, "
        "review, press release and listing styles. Some answer passages give a date without the year in "
        "the sentence (the year is only in the date line), and several answerable questions have "
        "neighbouring years' passages present. Digest passages (news in brief, round-ups) mention topic "
        "entities in passing without giving answers. Filler passages (blogs, forum threads, how-to guides, "
        "product reviews, community notices) are assembled from the sentence pools in `pools.py`. About a "
        "third of all passages get web clutter. Splits alternate tune/heldout within each kind, separately "
        "for answerable and unanswerable questions. `python3 build.py` uses seed %d and rewrites "
        "everything; `python3 check.py` verifies substrings, absent strings, evidence uniqueness and counts."
        % SEED,
        "",
        "## Limitations",
        "",
        "- Synthetic and small; the prose is cleaner and more uniform than real web text, and filler is "
        "easy to tell apart from topic passages.",
        "- Answer strings are short exact substrings; a tool that paraphrases (for example a date with the "
        "year added) needs lenient matching.",
        "- The absent strings check the obvious phrasings only; unanswerability was also reviewed by hand "
        "but not by a second person.",
        "- One author wrote every passage and question, so style and question phrasing are correlated.",
        "",
        "## Licence",
        "",
        "Written for this project. Apache-2.0.",
        "",
    ])


if __name__ == "__main__":
    build()
