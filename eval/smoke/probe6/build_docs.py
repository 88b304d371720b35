#!/usr/bin/env python3
"""Generate this folder's docs/ and manifest.json (deterministic, seeded).
All people, places, events, products and companies are invented."""

import json
import os
import random
import shutil
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data_events as DE
import fam_events as FE
from common import words
from data_filler import FILLERS, POOLS
from data_hand import H

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
rng = random.Random(6066)

POOLS["race"] = DE.RACE_POOL
POOLS["elec"] = DE.ELEC_POOL
POOLS["org"] = DE.ORG_POOL
POOLS["org_appoint"] = DE.ORG_APPOINT_POOL + DE.ORG_POOL
POOLS["award"] = DE.AWARD_POOL
POOLS["sport"] = DE.SPORT_POOL


USED = {}


def pad(text, pool_names, color, fmtargs, cut=False, nopad=False, topic=None):
    if nopad:
        return text
    target = rng.randint(100, 140)
    cand = list(color)
    for p in pool_names:
        cand += POOLS[p]
    cand = [c.format(**fmtargs) for c in cand]
    rng.shuffle(cand)
    used = USED.setdefault(topic, {})
    cand.sort(key=lambda c: used.get(c, 0))
    # colour sentences first so they are likely to appear
    added = []
    for c in cand:
        if words(text) + sum(words(a) for a in added) >= target:
            break
        if c in text:
            continue
        added.append(c)
    for c in added:
        used[c] = used.get(c, 0) + 1
    if not added:
        return text
    if cut and len(added) >= 1:
        last = added[-1].split()
        keep = max(3, int(len(last) * 0.6))
        trial = added[:-1] + [" ".join(last[:keep])]
        if words(text) + sum(words(a) for a in trial) >= 100:
            added = trial
    sep = "\n\n" if rng.random() < 0.5 else " "
    return text + sep + " ".join(added)


passages = []


def pools_for(tpl, default):
    if tpl in ("preview", "shortlist"):
        return ["preview"]
    if tpl in ("forum", "blog"):
        return ["forum"]
    if tpl == "wiki":
        return ["wiki"]
    if tpl == "appoint":
        return ["org_appoint"]
    return default


def emit(topic, tag, text, facts, pools, color, fmtargs, cut=False, nopad=False):
    pools = pools_for(tag.split("|")[0], pools)
    text = pad(text, pools, color, fmtargs, cut=cut, nopad=nopad, topic=topic)
    for k, ev in facts.items():
        for e in ev if isinstance(ev, list) else [ev]:
            assert e in text, (topic, tag, k, e)
    passages.append(dict(topic=topic, tag=tag, text=text, facts=facts))


for t in DE.RACES:
    for tpl, y, o in t["plan"]:
        o = dict(o)
        if "prev" in o:
            o["prev"] = t["ed"][o["prev"]]
        e = t["ed"].get(y) if y else None
        text, facts = FE.RACE_T[tpl](t, e, rng, o)
        emit(t["key"], f"{tpl}|{y}", text, facts, ["race"], t["color"], {"city": t["city"]}, cut=(rng.random() < 0.2))

for t in DE.ELECTIONS:
    for tpl, y, o in t["plan"]:
        o = dict(o)
        if "prev" in o:
            o["prev"] = t["ed"][o["prev"]]
        e = t["ed"].get(y) if y else None
        text, facts = FE.ELEC_T[tpl](t, e, rng, o)
        emit(t["key"], f"{tpl}|{y}", text, facts, ["elec"], t["color"], {}, cut=(rng.random() < 0.2))

for t in DE.ORGS:
    for tpl in t["plan"]:
        text, facts = FE.ORG_T[tpl](t, rng, {})
        emit(t["key"], tpl, text, facts, ["org"], t["color"], {}, cut=(rng.random() < 0.2))

for t in DE.AWARDS:
    for tpl, y, o in t["plan"]:
        e = t["ed"].get(y) if y else None
        text, facts = FE.AWARD_T[tpl](t, e, rng, dict(o))
        emit(t["key"], f"{tpl}|{y}", text, facts, ["award"], t["color"], {}, cut=(rng.random() < 0.2))

for t in DE.SPORTS:
    for tpl, y, o in t["plan"]:
        o = dict(o)
        if "prev" in o:
            o["prev"] = t["ed"][o["prev"]]
        e = t["ed"].get(y) if y else None
        text, facts = FE.SPORT_T[tpl](t, e, rng, o)
        emit(t["key"], f"{tpl}|{y}", text, facts, ["sport"], t["color"], {}, cut=(rng.random() < 0.2))

for i, h in enumerate(H):
    emit(h["topic"], f"hand{i}", h["text"], h["facts"], [h["pool"]], [], {}, cut=h["cut"], nopad=h["nopad"])

for i, f in enumerate(FILLERS):
    emit("filler", f"filler{i}", f, {}, ["filler"], [], {}, cut=(rng.random() < 0.15))

# validate lengths
bad = [(p["topic"], p["tag"], words(p["text"])) for p in passages if not 100 <= words(p["text"]) <= 350]
if bad:
    for b in bad:
        print("LENGTH", b)
    sys.exit(1)

rng.shuffle(passages)
if os.path.isdir(DOCS):
    shutil.rmtree(DOCS)
os.makedirs(DOCS)
manifest = []
for i, p in enumerate(passages, 1):
    fn = f"doc_{i:04d}.txt"
    with open(os.path.join(DOCS, fn), "w", encoding="utf-8") as fh:
        fh.write(p["text"].rstrip() + "\n")
    manifest.append(dict(file=fn, topic=p["topic"], tag=p["tag"], facts=p["facts"]))
with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as fh:
    json.dump(manifest, fh, indent=1, ensure_ascii=False)
topics = {p["topic"] for p in passages} - {"filler"}
print(f"docs={len(passages)} topics={len(topics)} filler={sum(p['topic'] == 'filler' for p in passages)}")

print(sorted(Counter(p["topic"] for p in passages).items(), key=lambda x: x[1]))
