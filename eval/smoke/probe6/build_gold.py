#!/usr/bin/env python3
"""Build gold.jsonl from manifest.json (run build_docs.py first).
Sources = every passage whose recorded facts state the asked fact; evidence = the
recorded sentence(s). Unanswerable questions list near-miss passages and strings
that would state the answer (check.py verifies they occur in no document)."""

import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import D, date_answers

HERE = os.path.dirname(os.path.abspath(__file__))
MAN = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))

A = []  # answerable: (topic, factkey, question, answers, kind)


def q(topic, fact, question, answers, kind):
    A.append((topic, fact, question, answers, kind))


def dq(topic, fact, question, iso):
    A.append((topic, fact, question, date_answers(D(iso)), "when"))


# --- races (many look-alike distractors per topic)
q("varnholt", "w_win|2022", "Who won the women's race at the 2022 Varnholt City Marathon?", ["Lioba Santer", "Santer"], "who_won")
q("varnholt", "fin|2021", "How many runners completed the 2021 Varnholt City Marathon?", ["11,482", "11482"], "how_many")
dq("varnholt", "date|2022", "On what date was the 2022 Varnholt City Marathon run?", "2022-04-10")
q("kessing", "m_time|2023", "What was the winning time in the men's race at the 2023 Kessing Lakes Half Marathon?", ["1:00:58"], "how_much")
q("kessing", "w_win|2022", "Who won the women's race at the 2022 Kessing Lakes Half Marathon?", ["Clementine Aubry", "Aubry"], "who_won")
q("merravia", "m_win|2023", "Who won the men's Tour of Merravia in 2023?", ["Pello Urrutikoa", "Urrutikoa"], "who_won")
q("merravia", "w_win|2022", "Which rider won the women's Tour of Merravia in 2022?", ["Femke van Daalen", "van Daalen", "Van Daalen"], "who_won")
q("halvard", "m_ru|2022", "Who finished runner-up in the men's race at the 2022 Halvard Loppet?", ["Eskil Varrbakk", "Varrbakk"], "who_won")
q("halvard", "w_win|2021", "Who was the fastest woman at the 2021 Halvard Loppet?", ["Ingrid Brekkeslund", "Brekkeslund"], "who_won")
q("brask", "w_win|2023", "Who won the women's race at the 2023 Brask Island Swim?", ["Ada Pinheiro", "Pinheiro"], "who_won")
q("brask", "fin|2022", "How many swimmers finished the 2022 Brask Island Swim?", ["412"], "how_many")
# --- elections
q("emberly", "win|2023", "Who was elected mayor of Port Emberly in 2023?", ["Ines Okafor-Lund", "Okafor-Lund"], "who_elected")
q("emberly", "votes|2019", "How many votes did Rosalind Achterberg receive in the 2019 Port Emberly mayoral election?", ["18,402", "18402"], "how_many")
dq("emberly", "date|2019", "On what date did Port Emberly hold its 2019 mayoral election?", "2019-10-13")
q(
    "dunmore",
    "pct|2020",
    "What share of the vote did Abel Strathearn win in the 2020 Dunmore County executive election?",
    ["55.4%", "55.4 percent", "55.4 per cent"],
    "how_much",
)
q(
    "saltreach",
    "turnout|2022",
    "What proportion of voters turned out for the 2022 Saltreach governor election?",
    ["61.9%", "61.9 percent", "61.9 per cent"],
    "how_much",
)
q("saltreach", "win|2018", "Who became governor of Saltreach Province after the 2018 election?", ["Gustav Ellerby", "Ellerby"], "who_elected")
q("kestrel", "win|2023", "Who was elected president of the Kestrel Valley Farmers' Union in 2023?", ["Marta Quillan", "Quillan"], "who_elected")
# --- leadership
q("talvora", "current", "Who is the current chief executive of Talvora Systems?", ["Maren Castellano", "Castellano"], "who_leads")
dq("talvora", "start", "On what date did Maren Castellano take over as chief executive of Talvora Systems?", "2022-09-01")
q("brightmoor", "hq", "Where is Brightmoor Foods headquartered?", ["Larkhaven"], "where")
q("brightmoor", "current", "Who runs Brightmoor Foods as CEO now?", ["Oona Brightwell", "Brightwell"], "who_leads")
q("eastmere", "current", "Who is the chief conductor of the Eastmere Philharmonic?", ["Yuna Ferreira", "Ferreira"], "who_leads")
q("redwater", "current", "Who is the head coach of Redwater Rovers?", ["Ottavio Benn", "Benn"], "who_leads")
q("quillon", "hq", "In which city is Quillon Aerospace based?", ["Port Emberly"], "where")
# --- awards
q("sallow", "win|2022", "Which film won the Golden Heron at the 2022 Sallow Bay Film Festival?", ["Nine Winters in Ardle"], "who_won")
q(
    "sallow",
    "creator|2021",
    "Who directed the film that won the Golden Heron at the 2021 Sallow Bay Film Festival?",
    ["Benedikt Harrow", "Harrow"],
    "who_directs",
)
q("inverra", "win|2021", "Which novel won the 2021 Inverra Book Prize?", ["A Map of Lesser Rivers"], "who_won")
q("amberlyn", "host|2023", "Where was the 2023 Amberlyn Song Contest held?", ["Varnholt"], "where")
q("amberlyn", "win|2022", "Which song won the 2022 Amberlyn Song Contest?", ["Northern Thread"], "who_won")
# --- cup finals
q("norwold", "win|2022", "Which club won the 2022 Norwold Cup final?", ["Harlow Town"], "who_won")
q("norwold", "venue|2021", "Where was the 2021 Norwold Cup final played?", ["Greyfield Stadium", "Greyfield"], "where")
q("norwold", "att|2021", "How many spectators attended the 2021 Norwold Cup final?", ["31,204", "31204"], "how_many")
q("coastal", "win|2023", "Which team won the 2023 Coastal Basketball League championship?", ["Port Emberly Gulls", "Gulls"], "who_won")
q(
    "coastal",
    "star|2022",
    "Who was named finals MVP when the 2022 Coastal Basketball League championship was decided?",
    ["Jalen Morrow-Tate", "Morrow-Tate"],
    "who_won",
)
# --- same-name works
q("lanterns", "film_dir", "Who directed the film The Lanterns of Oskel?", ["Margit Ellery", "Ellery"], "who_directs")
q("lanterns", "game_dev", "Which studio developed the original The Lanterns of Oskel video game?", ["Hollowbyte Studios", "Hollowbyte"], "who_directs")
q("quietwater", "film_dir", "Who directed the 2022 film Quietwater?", ["Lucan Abara", "Abara"], "who_directs")
q("quietwater", "tv_creator", "Who created the television series Quietwater?", ["Anselm Rudd", "Rudd"], "who_directs")
q("redmeridian", "game_dev", "Which studio made the video game Red Meridian?", ["Saltglass Games", "Saltglass"], "who_directs")
q("emberthorn", "novel_author", "Who wrote the novel Ember & Thorn?", ["Jessamy Quarles", "Quarles"], "who_directs")
q("orlo", "play_author", "Who wrote the stage play Saint Orlo's Bell?", ["Ruth Amadi-Steen", "Amadi-Steen"], "who_directs")
q("orlo", "bell_weight", "How heavy is the medieval bell known as Saint Orlo's Bell?", ["2.3 tonnes", "2.3 tons", "2,300 kg", "2.3 t"], "how_much")
# --- products
dq("pellucid", "rel|4.0", "When was Pellucid 4.0 released?", "2023-05-09")
q("corvane", "price|X3", "What was the starting price of the Corvane X3 at launch?", ["$649", "649 dollars", "US$649", "649"], "how_much")
q(
    "strider",
    "range|2",
    "How far can the Marlow Strider 2 travel on a single charge, according to Marlow?",
    ["120 km", "120 kilometres", "120 kilometers", "120"],
    "how_much",
)
dq("fernway", "rel|12", "When was Fernway OS 12 released to the public?", "2023-10-03")
q("hawkeye", "weight|mini3", "How much does the Glimmer Hawkeye Mini 3 weigh?", ["246 grams", "246 g", "246"], "how_much")
# --- infrastructure
dq("corrick", "open", "When did the new Corrick Bridge open to traffic?", "2021-06-12")
q("corrick", "length", "What is the total length of the Corrick Bridge?", ["1,240 metres", "1,240 m", "1240 metres", "1,240 meters", "1.24 km"], "how_much")
q("tellmark", "architect", "Who designed the Tellmark Central Library?", ["Sunniva Kjelstad", "Kjelstad"], "who_directs")
dq("tellmark", "open", "When did the Tellmark Central Library open to the public?", "2022-11-17")
dq("ashgrove", "open|line2", "When did Ashgrove's tram Line 2 open?", "2019-09-02")
q("marshlane", "capacity", "How many spectators can the Marsh Lane Arena hold?", ["23,500", "23500"], "how_many")
# --- misc
q("hollin", "win|2022", "Who won the 2022 Hollin Open chess tournament?", ["Leontine Varga", "Varga"], "who_won")
q("aster", "w_win|2022", "Which club won the women's final of the 2022 Aster Trophy?", ["Tervik Ladies", "Tervik"], "who_won")

# --------------------------------------------------------------------- unanswerable
U = []  # (topic, question, absent, near_miss tag predicate)


def race_absent(name, y, cat):
    out = [f"{v} the {cat}'s {'race' if cat == 'men' else 'title'} at the {y} {name}" for v in ("won", "took", "captured", "claimed", "secured")]
    out += [f"{name} {y} — Official results", f"completed the {y} {name}", f"{cat}'s race at the {y} {name}", f"winners of the {y} {name}"]
    return out


def u(topic, question, absent, near):
    U.append((topic, question, absent, near))


u(
    "varnholt",
    "Who won the men's race at the 2023 Varnholt City Marathon?",
    race_absent("Varnholt City Marathon", 2023, "men"),
    lambda t: t in ("preview|2023", "news_m|2022", "news_m|2021", "wiki|None"),
)
u(
    "merravia",
    "Who won the women's Tour of Merravia in 2023?",
    race_absent("Tour of Merravia", 2023, "women"),
    lambda t: t in ("news_m|2023", "preview|2023", "women|2022") or t.startswith("hand"),
)
u(
    "dunmore",
    "Who won the 2024 Dunmore County executive election?",
    [
        "county executive election, 2024",
        "elected county executive of Dunmore County on Tuesday, November 5",
        "won the 2024 Dunmore",
        "re-elected county executive",
        "Strathearn wins second term",
        "Ochoa wins",
        "Lindahl wins",
        "elected in 2024",
    ],
    lambda t: t in ("preview|2024", "news|2020") or t.startswith("hand"),
)
u(
    "redmeridian",
    "Who is directing the film adaptation of Red Meridian?",
    [
        "Red Meridian, directed by",
        "will direct Red Meridian",
        "to direct Red Meridian",
        "directing Red Meridian",
        "director of the Red Meridian film",
        "Red Meridian film, directed",
    ],
    lambda t: True,
)
u(
    "quillon",
    "Who succeeded Sebastian Ruhle as chief executive of Quillon Aerospace?",
    [
        "succeeding Sebastian Ruhle",
        "succeed Sebastian Ruhle",
        "succeeds Sebastian Ruhle",
        "succeeded Sebastian Ruhle",
        "named chief executive of Quillon",
        "new chief executive of Quillon",
        "Quillon Aerospace names new chief executive",
        "replaces Sebastian Ruhle",
        "replace Sebastian Ruhle as",
    ],
    lambda t: True,
)
u(
    "pellucid",
    "When was Pellucid 5.0 released?",
    [
        "Pellucid 5.0 is available",
        "Pellucid 5.0 has been released",
        "Pellucid 5.0 is now available",
        "5.0.0 —",
        "released Pellucid 5.0",
        "Pellucid 5.0 was released",
    ],
    lambda t: True,
)
u(
    "fernway",
    "On what date was Fernway OS 13 released to the public?",
    [
        "released version 13",
        "Fernway OS 13 rolls out",
        "Fernway OS 13 is now available",
        "version 13 of its operating system",
        "Fernway OS 13 was released",
        "13 is now available",
    ],
    lambda t: True,
)
u(
    "sallow",
    "Which film won the Golden Heron at the 2023 Sallow Bay Film Festival?",
    ["at the 2023 Sallow Bay Film Festival", "Sallow Bay Film Festival 2023 — my notes", "2023 Golden Heron went to", "won the 2023 Golden Heron"],
    lambda t: t in ("shortlist|2023", "winner|2022", "wiki|None") or t.startswith("hand"),
)
u(
    "inverra",
    "Who won the 2023 Inverra Book Prize?",
    ["at the 2023 Inverra Literary Festival", "Inverra Literary Festival 2023 — my notes", "won the 2023 Inverra", "2023 Inverra Book Prize went to"],
    lambda t: t in ("shortlist|2023", "winner|2022", "wiki|None"),
)
u(
    "ashgrove",
    "When did the Line 3 tram extension to Ashgrove's hospital open?",
    ["extension opened", "extension opens", "extension has opened", "opening of the Line 3 extension", "extension to the hospital opened"],
    lambda t: True,
)
u(
    "hollin",
    "Who won the 2023 Hollin Open chess tournament?",
    ["won the 2023 Hollin Open", "2023 Hollin Open chess tournament", "wins 2023 Hollin Open", "2023 Hollin Open champion"],
    lambda t: True,
)
u(
    "kessing",
    "Who won the women's race at the 2024 Kessing Lakes Half Marathon?",
    race_absent("Kessing Lakes Half Marathon", 2024, "women"),
    lambda t: t in ("preview|2024", "women|2023", "women|2022", "results|2022"),
)
u(
    "halvard",
    "Who won the men's race at the 2023 Halvard Loppet?",
    race_absent("Halvard Loppet", 2023, "men"),
    lambda t: t in ("preview|2023", "news_m|2022", "news_m|2021", "results|2022"),
)
u(
    "norwold",
    "Which club won the 2023 Norwold Cup final?",
    [
        "won the 2023 Norwold Cup final",
        "the 2023 Norwold Cup final, beating",
        "2023 Norwold Cup winners",
        "after beating Fenwick Athletic in the 2023",
        "after beating Harlow Town in the 2023",
    ],
    lambda t: t in ("preview|2023", "report|2022", "wiki|None"),
)
u(
    "amberlyn",
    "Who won the 2024 Amberlyn Song Contest?",
    ["at the 2024 Amberlyn Song Contest", "Amberlyn Song Contest 2024 — my notes", "won the 2024 Amberlyn", "won the Amberlyn Crown at the 2024"],
    lambda t: t in ("shortlist|2024", "winner|2023", "wiki|None"),
)
u(
    "corvane",
    "What was the launch price of the Corvane X4?",
    ["X4 starts at", "X4 costs", "X4 is priced", "X4 arrives at", "X4 will cost", "X4 will start at", "unveiled the X4"],
    lambda t: True,
)
u(
    "emberthorn",
    "Who directed the film Ember & Thorn?",
    ["Ember & Thorn, directed by", "Ember & Thorn (film)", "film adaptation of Ember & Thorn", "Ember & Thorn (20", "directed the film Ember & Thorn"],
    lambda t: True,
)
u(
    "aster",
    "Which club won the women's final of the 2023 Aster Trophy?",
    [
        "won the women's final of the 2023 Aster Trophy",
        "women's final of the 2023 Aster Trophy with",
        "women's final of the 2023 Aster Trophy, beating",
        "2023 women's Aster Trophy winners",
    ],
    lambda t: True,
)
u(
    "brask",
    "How many swimmers finished the 2021 Brask Island Swim?",
    ["completed the 2021 Brask Island Swim", "finished the 2021 Brask Island Swim", "finishers in 2021", "2021 Brask Island Swim drew"],
    lambda t: t in ("wiki|None", "brief|2022", "brief|2023"),
)


def build(seed):
    rows = []
    for topic, fact, question, answers, kind in A:
        srcs, evs = [], []
        for m in MAN:
            if m["topic"] == topic and fact in m["facts"]:
                ev = m["facts"][fact]
                srcs.append(m["file"])
                evs += ev if isinstance(ev, list) else [ev]
        assert srcs, (topic, fact)
        rows.append(dict(question=question, answers=answers, sources=srcs, answerable=True, evidence=evs, kind=kind))
    for topic, question, absent, near in U:
        nm = [m["file"] for m in MAN if m["topic"] == topic and near(m["tag"])]
        assert nm, (topic, question)
        rows.append(dict(question=question, answers=[], sources=[], answerable=False, evidence=[], kind="unanswerable", absent=absent, near_miss=sorted(nm)))
    r = random.Random(seed)
    r.shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        d = {"id": f"r{i:03d}"}
        d.update(row)
        d["split"] = "tune" if i % 2 else "heldout"
        # keep key order as in the brief
        keys = ["id", "question", "answers", "sources", "answerable", "evidence", "kind", "split"]
        if not d["answerable"]:
            keys += ["absent", "near_miss"]
        out.append({k: d[k] for k in keys})
    return out


seed = 606
while True:
    rows = build(seed)
    un = [r for r in rows if not r["answerable"]]
    t = sum(r["split"] == "tune" for r in un)
    if abs(t - (len(un) - t)) <= 1:
        break
    seed += 1
with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"questions={len(rows)} answerable={len(rows) - len(un)} unanswerable={len(un)} seed={seed}")
