#!/usr/bin/env python3
"""Regenerate probe11: docs/, gold.jsonl and doc_index.tsv (byte for byte).

Usage:  python3 build.py
All randomness comes from fixed seeds, so the output is deterministic.
"""
import json
import os
import random
import re
import shutil

import filler
import topics

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
SEED = 20241104
N_FILES = 900
N_DIGESTS = 150
CLUTTER_FRACTION = 1 / 3
MIN_WORDS, MAX_WORDS = 40, 140


def tidy(text):
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return text.strip()


def wc(text):
    return len(text.split())


def has(text, tok):
    """Case-insensitive match of tok starting at a word boundary."""
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(tok), text, re.I) is not None


# ------------------------------------------------------------------ constraints
UNANS = [q for t in topics.TOPICS for q in t["qs"] if q["src"] is None]
ABSENT = [a for q in UNANS for a in q["absent"]]
TOGETHER = [g for q in UNANS for g in q["together"]]


def violates(text):
    low = text.lower()
    for a in ABSENT:
        if a.lower() in low:
            return "absent:" + a
    for g in TOGETHER:
        if all(has(text, tok) for tok in g):
            return "together:" + "+".join(g)
    return None


# ------------------------------------------------------------------ digests
def digest_text(r, mentions, items):
    town = r.choice(filler.TOWNS + ["the district", "the county", "our area"])
    d = filler.date(r, (2021, 2024))
    lines = mentions + items
    r.shuffle(lines)
    k = r.randrange(13)
    if k == 0:
        title = r.choice(["News in brief", "The week in brief", "Round-up: news from around %s" % town])
        body = "\n".join("- " + x for x in lines)
        return "digest/news", "%s\n%s\n%s" % (title, d, body)
    if k == 1:
        title = r.choice(["What's on this week", "Out and about: things to do", "Your weekend planner"])
        return "digest/listing", "%s\nOur pick of what is happening across %s in the days ahead. %s %s" % (
            title, town, " ".join(lines), r.choice(["Send your listings to the events desk.", "Check with organisers before setting out.", ""]))
    if k == 2:
        return "digest/newsletter", "From the editor\nDear readers, welcome to the %s issue. It has been a busy few weeks. %s %s As ever, thank you to our volunteer distributors. %s" % (
            r.choice(filler.MONTHS), " ".join(lines), r.choice(["Letters are welcome, but please keep them short.", ""]),
            r.choice(["%s, editor" % filler.name(r), "The editorial team"]))
    if k == 3:
        return "digest/council notice", "Council round-up\nA quick summary of items reported to councillors this month. %s Full papers are available from the council offices. %s" % (
            " ".join(lines), r.choice(["The next full council meeting is on %s." % d, ""]))
    if k == 4:
        h = r.choice(filler.HANDLES)
        return "digest/forum", "Anything going on this month?\nPosted by %s\nNew to the area, looking for things to do. Suggestions?\nReply from %s: A few things I have seen: %s %s" % (
            h, r.choice(filler.HANDLES), " ".join(lines), r.choice(["Welcome to the area!", "Hope that helps.", ""]))
    if k == 5:
        return "digest/blog", "%s\nI have been collecting bits of local news again. %s %s" % (
            r.choice(["Odds and ends", "Notes from the kitchen table", "Things I noticed this week", "Local bits and bobs"]),
            " ".join(lines), r.choice(["More next week.", "Do tell me what I have missed.", "That is all for now."]))
    if k == 6:
        return "digest/listing", "On air this week: community hour\nMonday to Friday, 6pm, with %s. This week on the programme: %s %s" % (
            filler.name(r), " ".join(lines), r.choice(["Phone lines open from 5.45pm.", "Listen again online.", ""]))
    if k == 7:
        return "digest/listing", "Community noticeboard\n%s\n%s" % (
            "\n".join("* " + x for x in lines), r.choice(["To add a notice, email the newsdesk.", "Notices are free for community groups.", ""]))
    if k == 8:
        return "digest/Q&A", "Reader questions\nQ: Is there anything happening locally that I should know about?\nA: Plenty. %s %s" % (
            " ".join(lines), r.choice(["Keep the questions coming.", ""]))
    if k == 9:
        return "digest/school newsletter", "Community news for families\nA few items passed on to us by local groups. Please note the school is not responsible for these events. %s %s" % (
            " ".join(lines), r.choice(["Have a lovely weekend.", ""]))
    if k == 10:
        return "digest/newsletter", "Around the district\n%s\n%s %s" % (
            d, " ".join(lines), r.choice(["Compiled by the newsletter team.", "Deadline for the next issue is the 20th.", ""]))
    if k == 11:
        return "digest/news", "Morning briefing\nGood morning. Here is what you need to know today. %s %s" % (
            " ".join(lines), r.choice(["Weather: mild, with showers later.", "Traffic: delays on the ring road.", ""]))
    return "digest/blog", "Weekly link round-up\nA few stories that caught my eye this week.\n%s\n%s" % (
        "\n".join(lines), r.choice(["Back next Friday.", "Thanks for reading.", ""]))


LEADS = ["Reminder:", "Diary date:", "Also:", "Heads up:", "Good news:", "Worth knowing:", "Just in:",
         "Save the date:", "For your diary:", "Update:"]


def make_digests(r):
    pool = [(t["key"], m) for t in topics.TOPICS for m in t["mentions"]]
    out = []
    order = []
    while len(out) < N_DIGESTS:
        if len(order) < 4:
            extra = pool[:]
            r.shuffle(extra)
            order += extra
        for _attempt in range(200):
            n = r.choice([2, 2, 3, 3, 4])
            chosen, keys = [], []
            for (k, m) in order:
                if k not in keys:
                    chosen.append((k, m))
                    keys.append(k)
                if len(chosen) == n:
                    break
            items = r.sample(filler.DIGEST_ITEMS, r.choice([0, 1, 1, 2]))
            ments = [(r.choice(LEADS) + " " + m) if r.random() < 0.3 else m for _, m in chosen]
            genre, text = digest_text(r, ments, items)
            text = tidy(text)
            if MIN_WORDS <= wc(text) <= MAX_WORDS - 20 and not violates(text) and text not in {o[2] for o in out}:
                for c in chosen:
                    order.remove(c)
                out.append(("digest", "+".join(sorted(keys)), text, genre))
                break
            r.shuffle(order)
        else:
            raise SystemExit("could not build digest")
    return out


# ------------------------------------------------------------------ filler
def make_filler(r, n):
    gens = filler.GENERATORS
    out, seen = [], set()
    i = 0
    while len(out) < n:
        if i % len(gens) == 0:
            order = gens[:]
            r.shuffle(order)
        g = order[i % len(gens)]
        i += 1
        for _attempt in range(50):
            genre, text = g(r)
            text = tidy(text)
            if r.random() < 0.25 and not re.search(r"\b20\d\d\b", text.split("\n")[1] if "\n" in text else ""):
                head, _, rest = text.partition("\n")
                text = "%s\n%s\n%s" % (head, r.choice(["Published ", "Updated ", ""]) + filler.date(r), rest)
            if MIN_WORDS <= wc(text) <= MAX_WORDS - 15 and text not in seen and not violates(text):
                seen.add(text)
                out.append(("filler", g.__name__, text, genre))
                break
        else:
            raise SystemExit("filler generator failed: " + g.__name__)
    return out


# ------------------------------------------------------------------ clutter
RELATED = ["Town centre parking charges to rise", "Village hall roof fund hits target", "Ten autumn walks to try",
           "Seven ways to cut your energy bills", "School holiday dates confirmed", "Tributes paid to former postmaster",
           "Farmers' market moves indoors", "New skate park opens", "Pothole repairs: where the money is going",
           "Best fish and chips in the county, as voted by you", "Bin collection changes explained",
           "Rail fares: what the rise means for you", "Pub quiz league reaches its climax", "Dog fouling fines doubled"]


def clutter(r, text):
    top, bottom = [], []
    kinds = r.sample(["byline", "cookie", "share", "related", "posted", "comments", "newsletter", "advert"], r.choice([1, 2, 2, 3]))
    for k in kinds:
        if k == "byline":
            if re.search(r"\b(19|20)\d\d\b", text):
                top.append(r.choice(["By %s" % filler.name(r), "By %s, community reporter" % filler.name(r)]))
            else:
                top.append(r.choice(["By %s" % filler.name(r), "By %s | %s | %d min read" % (filler.name(r), filler.date(r), r.randint(2, 5)),
                                     "By %s, community reporter" % filler.name(r)]))
        elif k == "cookie":
            top.insert(0, r.choice(["We use cookies to improve your experience on our site. Accept all | Manage settings",
                                    "This website uses cookies. By continuing to browse you agree to our use of cookies. [OK]",
                                    "Cookie settings: We and our partners use cookies. Accept | Reject | Preferences"]))
        elif k == "share":
            bottom.append(r.choice(["Share this: Facebook | X | WhatsApp | Email", "Share this article", "Share: Facebook Twitter Email Copy link"]))
        elif k == "related":
            h = r.sample(RELATED, 2)
            bottom.append("Related articles\n%s\n%s" % tuple(h))
        elif k == "posted":
            if "Posted by" not in text:
                bottom.append("Posted by %s at %d:%02d" % (r.choice(filler.HANDLES), r.randint(6, 23), r.randint(0, 59)))
        elif k == "comments":
            bottom.append(r.choice(["Comments (%d)" % r.randint(0, 40), "Leave a comment", "Log in to comment"]))
        elif k == "newsletter":
            bottom.append(r.choice(["Sign up to our free weekly newsletter", "Enjoyed this? Subscribe for more local news."]))
        elif k == "advert":
            top.append("Advertisement")
    return "\n".join(top + [text] + bottom)


# ------------------------------------------------------------------ main
def main():

    docs = []  # (kind, key, text, genre, topic_role)
    for t in topics.TOPICS:
        for role, (genre, text) in t["docs"].items():
            v = violates(text)
            if v:
                raise SystemExit("topic doc %s:%s violates %s" % (t["key"], role, v))
            if not MIN_WORDS <= wc(text) <= MAX_WORDS:
                raise SystemExit("topic doc %s:%s has %d words" % (t["key"], role, wc(text)))
            docs.append(("topic", "%s:%s" % (t["key"], role), text, genre))
    n_topic = len(docs)
    docs += make_digests(random.Random(SEED + 1))
    docs += make_filler(random.Random(SEED + 2), N_FILES - len(docs))
    assert len(docs) == N_FILES

    # web clutter on a third of the files
    rc = random.Random(SEED + 3)
    idx = list(range(len(docs)))
    rc.shuffle(idx)
    target = round(N_FILES * CLUTTER_FRACTION)
    has_clutter = set()
    for i in idx:
        if len(has_clutter) >= target:
            break
        kind, key, text, genre = docs[i]
        for _ in range(10):
            new = tidy(clutter(rc, text))
            if wc(new) <= MAX_WORDS and not violates(new):
                docs[i] = (kind, key, new, genre)
                has_clutter.add(i)
                break

    # shuffle and name
    rs = random.Random(SEED + 4)
    order = list(range(len(docs)))
    rs.shuffle(order)
    names = {}
    for pos, i in enumerate(order):
        names[i] = "f%04d.txt" % (pos + 1)
    by_key = {docs[i][1]: names[i] for i in range(n_topic)}

    # questions
    answer_files = set()
    qs = []
    for t in topics.TOPICS:
        roles = list(t["docs"].keys())
        for q in t["qs"]:
            item = {"topic": t["key"], "question": q["q"], "kind": q["kind"]}
            if q["src"] is not None:
                src = by_key["%s:%s" % (t["key"], q["src"])]
                answer_files.add(src)
                item.update(answers=q["a"], sources=[src], answerable=True, evidence=q["ev"],
                            near_miss=sorted(by_key["%s:%s" % (t["key"], ro)] for ro in roles if ro != q["src"]),
                            absent=[], absent_together=[])
            else:
                item.update(answers=[], sources=[], answerable=False, evidence="",
                            near_miss=sorted(by_key["%s:%s" % (t["key"], ro)] for ro in roles),
                            absent=q["absent"], absent_together=q["together"])
            qs.append(item)
    rq = random.Random(SEED + 5)
    rq.shuffle(qs)
    na = nu = 0
    gold = []
    for n, item in enumerate(qs, 1):
        if item["answerable"]:
            split = "tune" if na % 2 == 0 else "heldout"
            na += 1
        else:
            split = "heldout" if nu % 2 == 0 else "tune"
            nu += 1
        gold.append({"id": "q%03d" % n, "question": item["question"], "answers": item["answers"],
                     "sources": item["sources"], "answerable": item["answerable"], "kind": item["kind"],
                     "split": split, "evidence": item["evidence"], "near_miss": item["near_miss"],
                     "absent": item["absent"], "absent_together": item["absent_together"], "topic": item["topic"]})

    # write
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    rows = []
    for i, (kind, key, text, genre) in enumerate(docs):
        fn = names[i]
        with open(os.path.join(DOCS, fn), "w", encoding="utf-8", newline="\n") as f:
            f.write(text + "\n")
        if kind == "topic":
            tkey = key.split(":")[0]
            role = "answer" if fn in answer_files else "near_miss"
        else:
            tkey, role = key if kind == "digest" else "-", kind
        rows.append((fn, tkey, role, genre, "yes" if i in has_clutter else "no"))
    rows.sort()
    with open(os.path.join(HERE, "doc_index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\ttopic\trole\tgenre\tclutter\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print("wrote %d files (%d topic, %d digest, %d filler; %d with clutter), %d questions (%d answerable, %d unanswerable)" % (
        len(docs), n_topic, sum(1 for d in docs if d[0] == "digest"), sum(1 for d in docs if d[0] == "filler"),
        len(has_clutter), len(gold), na, nu))


if __name__ == "__main__":
    main()
