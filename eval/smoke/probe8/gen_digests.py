"""Generated digests, noticeboards and round-ups.

They name the topics (events, prizes, companies, places) but never state a
result, a date of a result, a score or a figure that a question asks for.
"""

import random

MENTION_TEMPLATES = {
    "event": ["Photo gallery: pictures from past editions of {n}.",
              "Letters: readers share their memories of {n}.",
              "Volunteers are needed for {n}; training sessions start next month.",
              "Podcast: the history of {n} in ten moments.",
              "Where to park, eat and watch if you are heading to {n}."],
    "prize": ["Our critics pick their personal favourites for {n}.",
              "Opinion: does {n} still matter?",
              "Explainer: how the judges for {n} are chosen."],
    "work": ["Listeners' questions about {n} are answered in this week's podcast.",
             "Why {n} still divides opinion, by our culture desk.",
             "Fan art inspired by {n}: a selection of readers' submissions."],
    "place": ["Weekend guide: walks, cafes and views around {n}.",
              "Readers' photos of {n} in the autumn light.",
              "History corner: the story behind {n}."],
    "company": ["Analysts' notes on {n} ahead of its next update.",
                "Jobs: {n} is advertising several roles this week.",
                "Explainer: what does {n} actually make?"],
    "product": ["Readers' tips for getting more out of {n}.",
                "Ask the expert: troubleshooting {n}.",
                "Community corner: user groups for {n} meet this month."],
    "org": ["{n} publishes its annual report this week.",
            "Meet the people who keep {n} running.",
            "{n} answers readers' questions in a live Q&A on Thursday."],
    "club": ["Supporters' club meeting: {n} fans gather on Wednesday.",
             "Ticket office hours change for {n} home games."],
    "venue": ["Food notes: a look at the new autumn menu at {n}.",
              "Readers recommend: Sunday lunch spots, including {n}."],
    "show": ["Catch up: our episode guides to {n}.",
             "Quiz: how well do you know {n}?"],
    "band": ["Interview: {n} on touring, vans and bad motorway cafes.",
             "Playlist: ten songs by {n} to start with."],
}

CATEGORY_FOR_TYPE = {"event": None, "prize": "arts", "work": "arts", "place": "civic", "company": "business",
                     "product": "tech", "org": "civic", "show": "arts", "band": "arts", "club": "sport",
                     "venue": "arts"}


def cap(s):
    return s[0].upper() + s[1:]


GENERIC = {
    "civic": ["{t} library reopens on Monday after a three-month refurbishment.",
              "Householders in {t} are reminded that the garden-waste service ends for the winter this month.",
              "A public meeting on the future of {t} swimming pool takes place on Thursday evening.",
              "{t} station's footbridge will be closed overnight for repairs.",
              "Volunteers are clearing the towpath between {t} and {u} on Saturday morning."],
    "sport": ["{t} Harriers hold their open cross-country race on Sunday; entries on the day.",
              "{t} Cricket Club's nets reopen for the new season on Tuesday evenings.",
              "The {t} five-a-side league is looking for two more teams.",
              "Junior swimming trials for the {t} squad are on Saturday."],
    "arts": ["The {t} choir is recruiting tenors and basses for its spring concert.",
             "A new exhibition of quilts opens at {t} town hall.",
             "{t} Film Society screens a season of silent comedies with live piano.",
             "Poets are invited to read at the open-mic night in {t} on Friday."],
    "business": ["A new bakery has opened on {t} high street, the third this year.",
                 "{t} business park is to get an electric-vehicle charging hub.",
                 "Shops in {t} report a better month than expected."],
    "tech": ["The {t} repair cafe will help with broken phones and laptops this Saturday.",
             "Free coding clubs for children start at {t} library.",
             "Broadband upgrades in {t} will continue through the winter."],
    "science": ["Astronomers in {t} are hosting a stargazing evening if skies are clear.",
                "The {t} bird count needs volunteers for the weekend.",
                "A talk on the geology of the {t} cliffs is on Wednesday."],
}

FORMATS = [
    ("Morning briefing", "Good morning. Here is what you need to know today.", "That's all for now - we'll be back tomorrow.",
     ["civic", "business", "sport", "arts", "tech", "science"]),
    ("This week in sport", "Your weekly round-up of fixtures, entries and club news.", "Send your club news to the sports desk by Wednesday.",
     ["sport"]),
    ("Culture notebook", "Exhibitions, books, screen and stage: the week ahead.", "Listings are compiled by the arts desk and may change.",
     ["arts"]),
    ("Community noticeboard", "Notices from readers, clubs and the council.", "Notices are free for community groups; keep them under 50 words.",
     ["civic", "arts", "sport"]),
    ("Business digest", "Companies, jobs and money in the region.", "Figures and share prices are not included in this digest.",
     ["business", "tech"]),
    ("Tech and science newsletter", "Gadgets, software, space and research in brief.", "Forward this to a friend who likes this sort of thing.",
     ["tech", "science"]),
    ("Most read this week", "The stories our readers clicked on most over the last seven days.", "Thank you for reading.",
     ["civic", "sport", "arts", "business", "tech"]),
    ("Forum - trending threads", "Threads with the most replies since Monday:", "Please keep discussion civil and on topic.",
     ["sport", "tech", "arts", "civic"]),
]


def generate(topics, nm, seed, n):
    rng = random.Random("%s-digests" % seed)
    teasers = []  # (category, text, topic_key, template_id)
    for t in topics:
        for cat, txt in t.get("teasers", []):
            teasers.append((cat, txt, t["key"], txt))
        for typ, name in t.get("mentions", []):
            cat = CATEGORY_FOR_TYPE[typ]
            if cat is None:
                cat = next((c for c, _ in t.get("teasers", [])), "civic")
            for tpl in MENTION_TEMPLATES[typ]:
                teasers.append((cat, cap(tpl.format(n=name)), t["key"], tpl))
    out = []
    for i in range(n):
        title, intro, outro, cats = FORMATS[i % len(FORMATS)]
        for _ in range(200):
            pool = [x for x in teasers if x[0] in cats]
            k = rng.randint(3, 5)
            chosen = []
            used_topics = set()
            used_tpl = set()
            for x in rng.sample(pool, len(pool)):
                if x[2] in used_topics or x[3] in used_tpl:
                    continue
                chosen.append(x[1])
                used_topics.add(x[2])
                used_tpl.add(x[3])
                if len(chosen) == k:
                    break
            generic = [(cat, g) for cat in cats for g in GENERIC[cat]]
            for _cat, g in rng.sample(generic, rng.randint(1, 3)):
                chosen.insert(rng.randint(0, len(chosen)), g.format(t=nm.town(rng), u=nm.town(rng)))
            if title.startswith("Forum"):
                items = ["- %s (%d replies)" % (c.rstrip("."), rng.randint(3, 240)) for c in chosen]
            elif title.startswith("Most read"):
                items = ["%d. %s" % (j + 1, c) for j, c in enumerate(chosen)]
            else:
                items = ["- " + c for c in chosen]
            text = "%s\n%s\n%s\n%s" % (title, intro, "\n".join(items), outro)
            if 50 <= len(text.split()) <= 180:
                break
        else:
            raise RuntimeError("digest cannot fit")
        genre = "forum" if title.startswith("Forum") else "digest"
        out.append(("dig_%03d" % i, genre, text))
    return out
