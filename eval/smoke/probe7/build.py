#!/usr/bin/env python3
"""Build the probe7 near-miss retrieval test set.

Deterministic: running it twice produces byte-identical docs/, gold.jsonl and README.md.
Standard library only.  Usage:  python3 build.py
"""
import collections
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data_core1  # noqa: E402
import data_core2  # noqa: E402
import data_core3  # noqa: E402
import gen_extras  # noqa: E402
import gen_filler  # noqa: E402
import gen_side  # noqa: E402

TOTAL_DOCS = 700
MIN_WORDS, MAX_WORDS = 60, 180

CANON = {
    "A": "same recurring event / prize / figure, different year or period",
    "B": "men's vs women's (or other) category",
    "C": "preview, plan, rumour, guidance or application vs actual outcome",
    "D": "nomination list / shortlist / public vote vs winner",
    "E": "winner vs runner-up, or another role/rank in the same passage",
    "F": "role held by different people over time",
    "G": "same title, different works or creators (film / game / play / novel / podcast)",
    "H": "similar names (places, companies, people, streets, structures, exhibitions)",
    "I": "numbered versions, editions, seasons or missions",
    "J": "updated or superseded fact (extension, moved headquarters)",
}
TOPIC_KIND = {}
for _k in ["same event, different years", "same prize, different years", "same awards, different years",
           "same conference, different years", "same contest, different years", "same count, different years",
           "same election, different years", "same festival, different years", "same figure, different periods",
           "same funder, different years", "same race, different years", "same show, different years"]:
    TOPIC_KIND[_k] = "A"
for _k in ["men's vs women's category", "distance (5 km vs 10 km)"]:
    TOPIC_KIND[_k] = "B"
for _k in ["preview vs result", "plan vs done", "plan vs done (changed figures)", "plan vs what shipped",
           "preview (guidance) vs result", "preview (teaser) vs specification", "rumour vs confirmed figure",
           "application vs approval", "deprecation vs removal"]:
    TOPIC_KIND[_k] = "C"
for _k in ["nomination list vs winner", "shortlist vs winner", "public vote vs jury"]:
    TOPIC_KIND[_k] = "D"
for _k in ["winner vs runner-up", "first prize vs second prize vs judge", "jockey vs trainer vs horse",
           "opening vs closing keynote"]:
    TOPIC_KIND[_k] = "E"
for _k in ["role held by different people over time", "role (operator) over time"]:
    TOPIC_KIND[_k] = "F"
for _k in ["same title, different works", "novel vs film adaptation (different creators)"]:
    TOPIC_KIND[_k] = "G"
for _k in ["similar company names", "similar place names", "similar business names", "similar exhibition titles",
           "similar notices (look-alike street names)", "similar organisation names", "similar person names",
           "similar structure names"]:
    TOPIC_KIND[_k] = "H"
for _k in ["product versions", "product versions (patches)", "product versions with different release dates",
           "numbered editions (albums)", "numbered missions with different dates", "numbered seasons",
           "software versions"]:
    TOPIC_KIND[_k] = "I"
for _k in ["founded vs moved", "updated date"]:
    TOPIC_KIND[_k] = "J"

Q_KIND = {
    "year": "A", "other year": "A", "period": "A", "year+category": "B", "year+role": "A",
    "year+similar name": "A", "year+winner vs runner-up": "A", "year+category+distance": "B", "year+rank": "A",
    "similar names": "H", "similar names+year": "H", "similar names+moved": "H",
    "plan vs done+similar names": "C", "role over time+similar names": "F", "updated fact+similar name": "J",
    "role over time": "F", "same title": "G", "same title+role": "G", "novel vs film": "G",
    "other subject of same name": "G", "premiere vs revival": "E",
    "preview only": "C", "plan only": "C", "preview (guidance) only": "C", "plan vs shipped": "C",
    "plan vs done": "C", "rumour vs confirmed": "C", "application vs approval": "C",
    "deprecation vs removal": "C", "other category / preview only": "B",
    "version": "I", "numbered versions": "I", "numbered editions": "I", "other edition": "I",
    "nomination vs winner": "D", "nomination only": "D", "shortlist vs winner": "D", "count vs count": "D",
    "other category": "B", "other person of similar name": "H", "winner vs runner-up": "E", "winner vs runner-up+preview": "E",
}


def norm(text):
    lines = [ln.rstrip() for ln in text.strip().split("\n")]
    return "\n".join(lines) + "\n"


def main():
    topics = data_core1.TOPICS + data_core2.TOPICS + data_core3.TOPICS
    assert len(topics) == 45, len(topics)

    # ---------------------------------------------------------------- passages
    docs = []  # (key, text, category, topic)
    seen_keys = set()
    for t in topics:
        for key, text in t["passages"]:
            assert key not in seen_keys, key
            seen_keys.add(key)
            docs.append((key, norm(text), "core", t["id"]))
    core_blob = "\n".join(d[1] for d in docs)
    banned_words = set(re.findall(r"[A-Z][a-z]+", core_blob))

    used = set()
    extras = gen_extras.generate(banned_words, used, core_blob)
    for tid in sorted(extras):
        for key, text in extras[tid]:
            assert key not in seen_keys, key
            seen_keys.add(key)
            docs.append((key, norm(text), "edition", tid))

    nm = gen_extras.Namer(random.Random("people-side"), banned_words, used, core_blob)
    for i, text in enumerate(gen_side.generate(nm.person)):
        docs.append(("side_%03d" % i, norm(text), "side", None))

    n_filler = TOTAL_DOCS - len(docs)
    assert n_filler > 0, n_filler
    nmf = gen_extras.Namer(random.Random("people-filler"), banned_words, used, core_blob)
    for i, text in enumerate(gen_filler.generate(n_filler, nmf)):
        docs.append(("fill_%03d" % i, norm(text), "filler", None))

    bad = []
    texts = set()
    for key, text, _cat, _tid in docs:
        n = len(text.split())
        if not (MIN_WORDS <= n <= MAX_WORDS):
            bad.append((key, n))
        if text in texts:
            bad.append((key, "duplicate"))
        texts.add(text)
    if bad:
        for b in bad:
            print("BAD", b)
        sys.exit(1)

    order = list(range(len(docs)))
    random.Random("probe7-order").shuffle(order)
    fname = {}
    docdir = os.path.join(HERE, "docs")
    os.makedirs(docdir, exist_ok=True)
    for f in os.listdir(docdir):
        if f.endswith(".txt"):
            os.remove(os.path.join(docdir, f))
    for pos, idx in enumerate(order):
        key, text, cat, tid = docs[idx]
        fn = "p%04d.txt" % (pos + 1)
        fname[key] = fn
        with open(os.path.join(docdir, fn), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    # ---------------------------------------------------------------- questions
    qs = []
    for t in topics:
        for q in t["questions"]:
            q = dict(q)
            q["topic"] = t["id"]
            qs.append(q)
    assert len(qs) == 80, len(qs)
    na = nu = 0
    for q in qs:
        if q["answerable"]:
            q["split"] = "tune" if na % 2 == 0 else "heldout"
            na += 1
        else:
            q["split"] = "heldout" if nu % 2 == 0 else "tune"
            nu += 1
    assert (na, nu) == (60, 20), (na, nu)
    random.Random("probe7-questions").shuffle(qs)
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for i, q in enumerate(qs):
            rec = collections.OrderedDict()
            rec["id"] = "q%03d" % (i + 1)
            rec["question"] = q["question"]
            rec["answers"] = q["answers"]
            rec["evidence"] = [fname[k] for k in q["evidence"]]
            rec["answerable"] = q["answerable"]
            rec["absent"] = q["absent"]
            rec["near_miss"] = q["near_miss"]
            rec["split"] = q["split"]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    write_readme(topics, docs, qs)
    cats = collections.Counter(d[2] for d in docs)
    print("docs:", len(docs), dict(cats))
    print("questions:", len(qs), collections.Counter((q["split"], q["answerable"]) for q in qs))


def write_readme(topics, docs, qs):
    cats = collections.Counter(d[2] for d in docs)
    per_topic = collections.Counter(d[3] for d in docs if d[2] == "core")
    ed_topic = collections.Counter(d[3] for d in docs if d[2] == "edition")
    split_ans = collections.Counter((q["split"], q["answerable"]) for q in qs)
    wc = [len(d[1].split()) for d in docs]

    L = []
    L.append("# probe7 — blind near-miss retrieval QA set\n")
    L.append("Written for this project, Apache-2.0.\n")
    L.append("A folder of short English passages imitating a benchmark built from real web and news text "
             "written by many different people (one passage per file), with many look-alike passages "
             "(near misses), plus 80 questions with gold answers. The set was written blind: without "
             "reading the code or data of the tool it is meant to test.\n")
    L.append("**Every person, team, company, place, product, film, race, prize, etc. is invented.** "
             "A language model cannot answer these questions from memory; the answer must come from the documents.\n")
    L.append("## Files\n")
    L.append("- `docs/p0001.txt` ... `docs/p%04d.txt` — %d passages, %d-%d words each (mean %.0f). "
             "File names are opaque and the order is shuffled." % (len(docs), len(docs), min(wc), max(wc), sum(wc) / len(wc)))
    L.append("- `gold.jsonl` — 80 questions: `id`, `question`, `answers` (acceptable short strings, spelled as in the "
             "docs), `evidence` (files that state the answer), `answerable`, `absent` (for unanswerable questions: "
             "strings that occur in no document), `near_miss` (what makes it tricky), `split`.")
    L.append("- `build.py` (+ `data_core1.py`, `data_core2.py`, `data_core3.py`, `gen_extras.py`, `gen_side.py`, "
             "`gen_filler.py`, `names.py`) — regenerates docs/, gold.jsonl and this README byte for byte "
             "(`python3 build.py`; seeded, standard library only).")
    L.append("- `check.py` — verifies the set (`python3 check.py`, exits non-zero on failure).\n")
    L.append("## How it was made\n")
    L.append("45 topics were designed around near misses. For each topic 3-7 passages were written by hand "
             "(in the `data_core*.py` files), each in a different voice, and questions were written against them. "
             "For the 15 recurring-event topics, further editions (other years of the same race, prize, forum, show...) "
             "were generated from several hand-written templates per event with invented names (`gen_extras.py`); "
             "these never cover the year asked by an unanswerable question. Community digests, noticeboards and forum "
             "threads that mention topic names in passing without any answer fact were generated by `gen_side.py`, "
             "and unrelated filler passages by `gen_filler.py` (%d templates with random invented slots)" % len(gen_filler.TEMPLATES) + ".\n")
    L.append("| passage kind | count |\n|---|---|")
    L.append("| hand-written topic passages (core look-alikes) | %d |" % cats["core"])
    L.append("| generated other editions of recurring topic events | %d |" % cats["edition"])
    L.append("| side mentions (digests/noticeboards naming topic entities, no answer facts) | %d |" % cats["side"])
    L.append("| unrelated filler | %d |" % cats["filler"])
    L.append("| **total** | **%d** |\n" % len(docs))
    tot = [per_topic[t] + ed_topic[t] for t in ed_topic]
    L.append("Hand-written passages per topic: min %d, max %d. Topics with generated editions: %d "
             "(%d-%d extra editions each), so those recurring-event topics have %d-%d look-alike passages in total. "
             "Counting both, every topic has at least %d look-alike passages. "
             "Side mentions add further passages naming the same entities.\n"
             % (min(per_topic.values()), max(per_topic.values()), len(ed_topic),
                min(ed_topic.values()), max(ed_topic.values()), min(tot), max(tot),
                min(per_topic[t] + ed_topic[t] for t in per_topic)))
    L.append("Genres and voices: news briefs with and without a date line, encyclopedia-style stubs, forum posts and "
             "Q&A threads, product release/patch notes and changelogs, press releases, film/game/theatre/music/"
             "restaurant reviews, sports results lists and results written as text tables, local government notices "
             "(road closures, elections, planning, bins), museum and exhibition notes, science-funding announcements, "
             "company earnings blurbs, obituaries, event listings and line-ups, interviews, letters to the editor, "
             "newsletters, fan blogs, classified ads, recipes, weather warnings, tide tables. Some passages have a "
             "headline line, most do not. Dates appear in full (\"March 3, 2022\" and \"3 March 2022\"), only "
             "relative (\"on Sunday\", \"last year\") with the year in a date line, or with no year at all. Answer "
             "facts sit at varying positions, often not in the first sentence.\n")
    L.append("## Questions\n")
    L.append("| split | answerable | unanswerable | total |\n|---|---|---|---|")
    for s in ("tune", "heldout"):
        L.append("| %s | %d | %d | %d |" % (s, split_ans[(s, True)], split_ans[(s, False)],
                                           split_ans[(s, True)] + split_ans[(s, False)]))
    L.append("| total | %d | %d | %d |\n" % (sum(v for k, v in split_ans.items() if k[1]),
                                             sum(v for k, v in split_ans.items() if not k[1]), len(qs)))
    L.append("Splits alternate within the answerable and within the unanswerable questions (in topic order), so "
             "both halves have a similar mix. The 20 unanswerable questions are unanswerable by construction: the "
             "folder holds the same kind of fact for another year, another category, another edition, another "
             "subject of the same name, or only a preview/nomination/plan, but not the fact asked. Their `absent` "
             "strings (e.g. the event name plus the year in the phrasing the docs use) occur in no document.\n")
    L.append("## Near-miss kinds\n")
    L.append("Each topic is tagged with one or more near-miss kinds; each question with its main trap "
             "(the `near_miss` field describes the specific look-alike).\n")
    tk = collections.Counter()
    for t in topics:
        for c in sorted(set(TOPIC_KIND[k] for k in t["kinds"])):
            tk[c] += 1
    qa = collections.Counter(Q_KIND[q["nm_kind"]] for q in qs if q["answerable"])
    qu = collections.Counter(Q_KIND[q["nm_kind"]] for q in qs if not q["answerable"])
    L.append("| near-miss kind | topics | answerable questions | unanswerable questions |\n|---|---|---|---|")
    for c in sorted(CANON):
        L.append("| %s | %d | %d | %d |" % (CANON[c], tk[c], qa[c], qu[c]))
    L.append("| **total** | (45 topics) | **%d** | **%d** |" % (sum(qa.values()), sum(qu.values())))
    L.append("\nUnanswerable questions by what the folder holds instead: "
             + ", ".join("%s %d" % (k, v) for k, v in sorted(collections.Counter(
                 q["nm_kind"] for q in qs if not q["answerable"]).items(), key=lambda x: (-x[1], x[0]))) + ".")
    L.append("\n## Caveats\n")
    L.append("- Generated passages (editions, side mentions, filler) are template-based and more uniform than the "
             "hand-written ones; the hand-written ones carry all the question evidence.")
    L.append("- Answer matching in `check.py` is a case-insensitive substring test, so short answers such as "
             "\"ten\" or \"2.0\" are checked only against their evidence files, not for uniqueness.")
    L.append("- Some invented place names may coincide with obscure real places; no real-world facts are used.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
