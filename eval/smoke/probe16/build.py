"""Build the probe16 synthetic retrieval benchmark.

Regenerates docs/, eval.jsonl, gold.jsonl, doc_index.tsv and README.md byte
for byte from topics.py and pools.py with a fixed seed.  Standard library
only.  Run:  python3 build.py
"""

import json
import re
import shutil
from pathlib import Path
from random import Random

import pools
from topics import TOPICS

SEED = 16016
HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
N_DOCS = 900
N_DIGESTS = 60
CLUTTER_RATE = 1 / 3
MIN_WORDS = 40
MAX_WORDS = 200
PROTECT_MIN_LEN = 5  # answer strings at least this long are protected
KINDS = ["who", "when", "where", "how_many", "how_much", "which", "what"]

# Names of topic events and entities that generic filler must never contain,
# so that filler cannot answer (or half-answer) any topic question.
FILLER_FORBIDDEN = [
    "Velmora Lakes", "Hollow Meridian", "Quillfeather", "Copperline",
    "Port Averill mayor", "Okaro", "Keldor", "Ravensholm", "Fernwick",
    "Calloway Brine", "Civic Library", "Dunmere Philharmonic", "Glass Pilgrims",
    "Tour of Carrowmere", "Brindlemoor", "Kite Festival", "Dunmore-Pryce",
    "Seabright", "Norrvik", "Halden Water", "Orrin Telemetrics", "Golden Heron",
    "Calderbrook Film Festival", "Quayside Link", "Kestrelmark Assembly",
    "Green Tide", "Civic Union", "Aldermoor", "Vesta", "Cinder Almanac",
    "Ironvale", "Marrowby Open", "Larkspur Lane", "Storm Brannock",
    "Tallis Astrolabe", "Hessenford Museum", "Vellacourt Metro", "Line 3",
    "Line 4", "Feltham-Njoku", "Colwick Athletic", "Lantern Aid",
    "Corrigan Shaw", "Alder Moss", "Midnight Orchard", "Paper Comets",
    "Brantham Water", "Ashcombe", "St Wilfrid", "Dunmarrow Herons",
    "Greyling", "Tessaract", "Ashen Crown", "Rural Alliance", "Saltcombe Folk",
    "Skeldra", "Talloway", "Marrowby RFC", "Calder Tower", "Ember Music Awards",
    "Brackwater ferry terminal", "third album", "Best New Artist",
]

FILLER_GENRES = [
    ("news", 14), ("blog", 12), ("forum", 11), ("how_to", 7), ("review", 8),
    ("notice", 7), ("listing", 6), ("newsletter", 6), ("qa", 5),
    ("obituary", 4), ("timeline", 4), ("changelog", 4), ("press_release", 5),
    ("encyclopedia", 4), ("results", 6),
]

CLUB_THEMES = ["running", "cycling", "rowing", "chess", "swimming", "football",
               "basketball"]
REVIEW_THEMES = ["phones", "music", "film_tv", "books", "food", "gaming",
                 "software"]


# ---------------------------------------------------------------- helpers

def words(text):
    return len(text.split())


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def boundary_regex(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)", re.IGNORECASE)


def slots(rng):
    """A fresh dictionary of slot values for one filler or digest text."""
    city, city2 = rng.sample(pools.TOWNS, 2)

    def person():
        return f"{rng.choice(pools.FIRST_NAMES)} {rng.choice(pools.SURNAMES)}"

    def handle():
        a, b = rng.sample(pools.HANDLE_WORDS, 2)
        return rng.choice([f"{a}_{b}", f"{a}{rng.randint(7, 99)}", f"{a}-{b}"])

    def date():
        return f"{rng.randint(1, 28)} {rng.choice(pools.MONTHS)}"

    n2 = rng.randint(10, 60)
    n3 = rng.randint(100, 950)
    price = rng.randint(5, 95)
    year = rng.randint(2012, 2023)
    s = {
        "city": city,
        "city2": city2,
        "name": person(),
        "name2": person(),
        "name3": person(),
        "first": rng.choice(pools.FIRST_NAMES),
        "handle": handle(),
        "handle2": handle(),
        "handle3": handle(),
        "n": rng.randint(2, 9),
        "n2": n2,
        "n3": n3,
        "n2th": ordinal(n2),
        "n3th": ordinal(n3),
        "big": f"{rng.randint(1, 14)},{rng.randint(0, 999):03d}",
        "pct": rng.randint(3, 48),
        "pop": f"{rng.randint(180, 2900):,}",
        "price": price,
        "price2": price + rng.randint(2, 15),
        "house_price": f"£{rng.randint(150, 690)},000",
        "year": year,
        "year2": year + rng.randint(1, 3),
        "founded": rng.randint(1950, 2012),
        "date": date(),
        "date2": date(),
        "weekday": rng.choice(pools.WEEKDAYS),
        "month": rng.choice(pools.MONTHS),
        "time10k": f"{rng.randint(29, 38)}:{rng.randint(0, 59):02d}",
        "score": f"{rng.randint(2, 4)}-{rng.randint(0, 1)}",
        "bbscore": f"{rng.randint(88, 104)}-{rng.randint(80, 87)}",
        "ordinal": rng.choice(["second", "third", "fourth", "fifth", "sixth",
                               "seventh"]),
        "venue": rng.choice(pools.VENUES),
        "venue_ground": rng.choice(pools.GROUNDS),
        "app": rng.choice(pools.APPS),
        "ver": f"{rng.randint(1, 6)}.{rng.randint(0, 9)}",
        "product": rng.choice(pools.PRODUCTS),
        "band": rng.choice(pools.BANDS),
        "book": rng.choice(pools.BOOKS),
        "show": rng.choice(pools.SHOWS),
        "business": rng.choice(pools.BUSINESSES),
        "street": rng.choice(pools.STREETS),
        "street2": rng.choice(pools.STREETS),
        "dish": rng.choice(pools.DISHES),
        "plant": rng.choice(pools.PLANTS),
        "refno": f"{year}/{rng.randint(1000, 9999)}/FUL",
        "ward": rng.choice(["Harbour", "Northgate", "Mill", "Castle", "Riverside"]),
        "age": rng.randint(68, 99),
        "section": rng.choice(pools.SECTIONS),
        "sport": rng.choice(pools.SPORTS),
        "thing": rng.choice(pools.QA_THINGS),
    }
    for key, suffixes in pools.CLUB_SUFFIX.items():
        s[key] = f"{city} {rng.choice(suffixes)}"
    s["team2"] = f"{city2} {rng.choice(pools.CLUB_SUFFIX['team'])}"
    s["team_bb2"] = f"{city2} {rng.choice(pools.CLUB_SUFFIX['team_bb'])}"
    s["club_any"] = s[rng.choice(["club_run", "club_cyc", "club_row",
                                  "club_chess", "club_swim"])]
    for key, values in pools.ENCYC_PLACE_PARTS.items():
        s[key] = rng.choice(values)
    s["site"] = rng.choice(pools.SITE_NAMES).format(city=city)
    return s


def fill(template, s):
    return template.format(**s)


def take_sentences(rng, pool, s, target, start_words, k_max=None):
    """Format pool sentences in random order until target words are reached."""
    out = []
    count = start_words
    order = list(pool)
    rng.shuffle(order)
    for t in order:
        if count >= target or (k_max is not None and len(out) >= k_max):
            break
        sentence = fill(t, s)
        if count + words(sentence) > MAX_WORDS - 25:
            break
        out.append(sentence)
        count += words(sentence)
    return out


def dateline(rng, s):
    style = rng.randrange(4)
    if style == 0:
        return f"{s['city'].upper()}, {s['date']} {s['year']} —"
    if style == 1:
        return f"{s['date']} {s['year']} |"
    if style == 2:
        return f"Published {s['weekday']} {s['date']} {s['year']}."
    return f"{s['section']} – {s['date']} {s['year']}."


# ---------------------------------------------------------------- filler genres

def g_news(rng, theme, s, target):
    th = pools.THEMES[theme]
    title = fill(rng.choice(th["headlines"]), s)
    first = dateline(rng, s)
    facts = take_sentences(rng, th["facts"], s, target - 12, words(title) + 5,
                           k_max=rng.randint(3, 6))
    quote = fill(rng.choice(th["opinions"]), s)
    if quote.endswith("."):
        quote = quote[:-1] + ","
    quote_line = f"'{quote}' said {s['name2']}."
    paras = [first + " " + " ".join(facts[:2])]
    if facts[2:]:
        paras.append(" ".join(facts[2:]))
    paras.append(quote_line)
    return title, "\n\n".join(paras)


def g_blog(rng, theme, s, target):
    th = pools.THEMES[theme]
    title = fill(rng.choice(th["titles"]), s)
    head = rng.choice([
        f"Posted by {s['handle']} on {s['date']} {s['year']}",
        f"{s['date']} {s['year']} · {s['handle']} · {s['n']} comments",
        f"Blog | {s['month']} {s['year']}",
    ])
    ops = take_sentences(rng, th["opinions"], s, target // 2, words(title) + 6,
                         k_max=rng.randint(2, 4))
    facts = take_sentences(rng, th["facts"], s, target,
                           words(title) + 6 + words(" ".join(ops)),
                           k_max=rng.randint(3, 6))
    mixed = ops[:1] + facts + ops[1:]
    paras = [" ".join(mixed[i:i + 3]) for i in range(0, len(mixed), 3)]
    return title, head + "\n\n" + "\n\n".join(paras)


def g_forum(rng, theme, s, target):
    th = pools.THEMES[theme]
    q = fill(rng.choice(th["questions"]), s)
    title = rng.choice([q, "Re: " + q, q + " [solved]"])
    section = rng.choice(pools.FORUM_SECTIONS)
    lines = [f"Thread in {section} · {s['n2']} replies", "",
             f"{s['handle']} wrote: {q} "
             + fill(rng.choice(th["opinions"]), s)]
    count = words(title) + words(" ".join(lines))
    users = [s["handle2"], s["handle3"], s["handle"]]
    pool = th["facts"] + th["opinions"]
    order = list(pool)
    rng.shuffle(order)
    i = 0
    while count < target and i + 1 < len(order):
        reply = fill(order[i], s) + " " + fill(order[i + 1], s)
        if count + words(reply) + 2 > MAX_WORDS - 25:
            break
        lines.append("")
        lines.append(f"{users[(i // 2) % 3]} wrote: {reply}")
        count += words(reply) + 2
        i += 2
    return title, "\n".join(lines)


def g_how_to(rng, theme, s, target):
    th = pools.THEMES[theme]
    what = fill(rng.choice(th["howto"]), s)
    title = rng.choice([f"How to {what}", f"Guide: how to {what}",
                        f"{what[0].upper() + what[1:]}: a step-by-step guide"])
    intro, outro = (fill(x, s) for x in rng.sample(th["facts"], 2))
    steps = th["steps"][: rng.randint(4, len(th["steps"]))]
    body = [intro, ""]
    for i, step in enumerate(steps, 1):
        body.append(f"{i}. {fill(step, s)}")
    body.append("")
    body.append("Tip: " + fill(rng.choice(th["opinions"]), s))
    if words(title + " " + " ".join(body)) < target:
        body.append(outro)
    return title, "\n".join(body)


def g_review(rng, theme, s, target):
    th = pools.THEMES[theme]
    subject = {
        "phones": s["product"], "music": s["band"], "film_tv": s["show"],
        "books": s["book"], "food": s["business"], "gaming": "a new board game",
        "software": f"{s['app']} {s['ver']}",
    }[theme]
    title = rng.choice([f"Review: {subject}", fill(rng.choice(th["titles"]), s),
                        f"{subject} – reviewed"])
    ops = take_sentences(rng, th["opinions"], s, target // 2, words(title),
                         k_max=rng.randint(2, 4))
    facts = take_sentences(rng, th["facts"], s, target,
                           words(title) + words(" ".join(ops)),
                           k_max=rng.randint(2, 5))
    verdict = rng.choice([f"Verdict: {rng.randint(2, 5)}/5.",
                          f"Rating: {rng.randint(5, 9)} out of 10.",
                          "Stars: " + "★" * rng.randint(2, 5)])
    return title, " ".join(ops[:2] + facts + ops[2:]) + "\n\n" + verdict


def g_notice(rng, theme, s, target):
    title_t, lines = rng.choice(pools.NOTICES)
    head = rng.choice(["Public notice", f"{s['city']} Town Council",
                       f"Issued {s['date']} {s['year']}", "Council news"])
    body = [head, ""] + [fill(line, s) for line in lines]
    return fill(title_t, s), "\n".join(body)


def g_listing(rng, theme, s, target):
    kind = rng.choice(sorted(pools.LISTING_KINDS))
    spec = pools.LISTING_KINDS[kind]
    title = fill(rng.choice(spec["titles"]), s)
    items = list(spec["items"])
    rng.shuffle(items)
    out = []
    count = words(title)
    for item in items:
        s["weekday"] = rng.choice(pools.WEEKDAYS)
        s["band"] = rng.choice(pools.BANDS)
        s["venue"] = rng.choice(pools.VENUES)
        line = "- " + fill(item, s)
        if count >= target or count + words(line) > MAX_WORDS - 25:
            break
        out.append(line)
        count += words(line)
    return title, "\n".join(out)


def g_newsletter(rng, theme, s, target):
    th = pools.THEMES[theme]
    club_key = {"running": "club_run", "cycling": "club_cyc", "rowing": "club_row",
                "chess": "club_chess", "swimming": "club_swim",
                "football": "team", "basketball": "team_bb"}[theme]
    club = s[club_key]
    title = f"{club} newsletter – {s['month']} {s['year']}"
    opener = fill(rng.choice(pools.NEWSLETTER_OPENERS), s)
    facts = take_sentences(rng, th["facts"], s, target - 10, words(title) + 10,
                           k_max=rng.randint(3, 6))
    ops = take_sentences(rng, th["opinions"], s, target, words(title) + 10
                         + words(" ".join(facts)), k_max=2)
    closer = fill(rng.choice(pools.NEWSLETTER_CLOSERS), s)
    return title, "\n\n".join([opener, " ".join(facts + ops), closer])


def g_qa(rng, theme, s, target):
    title = fill(rng.choice(pools.QA_TITLES), s)
    pairs = list(pools.QA_PAIRS)
    rng.shuffle(pairs)
    out = []
    count = words(title)
    for q, a in pairs:
        block = f"Q: {q}\nA: {fill(a, s)}"
        if count >= target or count + words(block) > MAX_WORDS - 25:
            break
        out.append(block)
        count += words(block)
    return title, "\n\n".join(out)


def g_obituary(rng, theme, s, target):
    born = s["year"] - s["age"]
    title = rng.choice([f"{s['name']}, {born}–{s['year']}", f"Obituary: {s['name']}",
                        f"{s['name']} remembered"])
    s["first"] = s["name"].split()[0]
    parts = [fill(rng.choice(pools.OBIT_OPENERS), s)]
    parts += take_sentences(rng, pools.OBIT_MIDDLES, s, target - 15,
                            words(title) + words(parts[0]),
                            k_max=rng.randint(2, 3))
    parts.append(fill(rng.choice(pools.OBIT_CLOSERS), s))
    return title, " ".join(parts)


def g_timeline(rng, theme, s, target):
    th = pools.THEMES[theme]
    events = th["events"]
    title = rng.choice([f"{s['city']}: a short timeline",
                        f"Key dates – {s['city']}", "Timeline"])
    years = sorted(rng.sample(range(1840, 2024), len(events)))
    lines = [f"{y} – {fill(e, s)}" for y, e in zip(years, events)]
    extra = ["Population passes {big}.", "New town hall opened on {street}.",
             "Floods damage the lower town.", "Bypass opened.",
             "Twinning agreement signed with a town overseas.",
             "Market charter renewed.", "Last coal delivered to the quay."]
    rng.shuffle(extra)
    more_years = sorted(rng.sample(range(1840, 2024), len(extra)))
    for y, e in zip(more_years, extra):
        if words(title + " " + " ".join(lines)) >= target:
            break
        lines.append(f"{y} – {fill(e, s)}")
    lines.sort(key=lambda line: int(line[:4]))
    return title, "\n".join(lines)


def g_changelog(rng, theme, s, target):
    app = s["app"]
    title = rng.choice([f"{app} changelog", f"{app} – release notes",
                        f"What's new in {app}"])
    major = rng.randint(1, 6)
    minor = rng.randint(3, 9)
    year = s["year"]
    out = []
    count = words(title)
    lines = list(pools.CHANGELOG_LINES)
    rng.shuffle(lines)
    li = 0
    while count < target and minor >= 0 and li < len(lines):
        date = f"{rng.randint(1, 28)} {rng.choice(pools.MONTHS)} {year}"
        k = rng.randint(1, 3)
        entry = f"{app} {major}.{minor} ({date})\n" + "\n".join(
            "- " + x for x in lines[li:li + k])
        if count + words(entry) > MAX_WORDS - 25:
            break
        out.append(entry)
        count += words(entry)
        li += k
        minor -= 1
        if rng.random() < 0.4:
            year -= 1
    return title, "\n\n".join(out)


def g_press_release(rng, theme, s, target):
    title = fill(rng.choice(pools.PRESS_OPENERS), s).rstrip(".")
    head = rng.choice([f"For immediate release – {s['date']} {s['year']}",
                       f"Press release, {s['city']}, {s['date']} {s['year']}"])
    mids = take_sentences(rng, pools.PRESS_MIDDLES, s, target - 10,
                          words(title) * 2 + 8)
    closer = rng.choice(pools.PRESS_CLOSERS)
    return title, "\n\n".join([head, title + ". " + " ".join(mids), closer])


def g_encyclopedia(rng, theme, s, target):
    title = s["town"]
    parts = [fill(pools.ENCYC_PLACE[0], s)]
    parts += take_sentences(rng, pools.ENCYC_PLACE[1:], s, target,
                            words(title) + words(parts[0]))
    return title, " ".join(parts)


def g_results(rng, theme, s, target):
    title_t, sport = rng.choice(pools.RESULTS_EVENTS)
    title = fill(title_t, s) + f" {s['year']}"
    ppl = [f"{rng.choice(pools.FIRST_NAMES)} {rng.choice(pools.SURNAMES)}"
           for _ in range(6)]
    if sport == "running":
        base = rng.randint(30, 34)
        rows = [f"{i}. {p} ({rng.choice(pools.TOWNS)} "
                f"{rng.choice(pools.CLUB_SUFFIX['club_run'])}) {base + i}:"
                f"{rng.randint(0, 59):02d}" for i, p in enumerate(ppl, 1)]
        extra = f"Finishers: {rng.randint(150, 2400)}. Conditions: dry, breezy."
    elif sport == "cycling":
        rows = [f"{i}. {p} ({rng.choice(pools.TOWNS)} "
                f"{rng.choice(pools.CLUB_SUFFIX['club_cyc'])})"
                + ("" if i == 1 else f" +{rng.randint(0, 90)}s")
                for i, p in enumerate(ppl, 1)]
        extra = f"{rng.randint(40, 90)} starters, {rng.randint(20, 39)} finishers."
    elif sport == "football":
        towns = rng.sample(pools.TOWNS, 8)
        rows = [f"{towns[i]} {rng.choice(pools.CLUB_SUFFIX['team'])} "
                f"{rng.randint(0, 4)} {towns[i + 1]} "
                f"{rng.choice(pools.CLUB_SUFFIX['team'])} {rng.randint(0, 4)}"
                for i in range(0, 8, 2)]
        extra = "Postponed: one fixture, waterlogged pitch."
    elif sport == "rowing":
        events = ["Open eights", "Masters fours", "Junior quads", "Novice sculls",
                  "Intermediate pairs", "Open doubles"]
        rows = [f"{ev}: {rng.choice(pools.TOWNS)} "
                f"{rng.choice(pools.CLUB_SUFFIX['club_row'])} beat "
                f"{rng.choice(pools.TOWNS)} "
                f"{rng.choice(pools.CLUB_SUFFIX['club_row'])}" for ev in events]
        extra = "Racing over 500 metres, side-by-side knockout."
    elif sport == "chess":
        rows = [f"{i}. {p} {rng.choice(['6', '5½', '5', '4½', '4'])}"
                for i, p in enumerate(ppl, 1)]
        extra = f"{rng.randint(40, 160)} players in three sections."
    elif sport == "basketball":
        towns = rng.sample(pools.TOWNS, 6)
        rows = [f"{towns[i]} {rng.choice(pools.CLUB_SUFFIX['team_bb'])} "
                f"{rng.randint(70, 105)}, {towns[i + 1]} "
                f"{rng.choice(pools.CLUB_SUFFIX['team_bb'])} {rng.randint(60, 99)}"
                for i in range(0, 6, 2)]
        extra = "Top scorer: " + ppl[0] + f", {rng.randint(20, 38)} points."
    else:
        rows = [f"{ev}: {p} ({rng.choice(pools.TOWNS)} "
                f"{rng.choice(pools.CLUB_SUFFIX['club_swim'])}) "
                f"{rng.randint(27, 70)}.{rng.randint(0, 99):02d}"
                for ev, p in zip(["50m free", "100m back", "100m breast",
                                  "200m IM", "100m fly", "400m free"], ppl)]
        extra = "All times provisional."
    head = rng.choice(["Provisional results.", f"Published {s['date']} {s['year']}.",
                       "Results as supplied by the organisers."])
    return title, head + "\n\n" + "\n".join(rows) + "\n\n" + extra


GENRE_FUNCS = {
    "news": g_news, "blog": g_blog, "forum": g_forum, "how_to": g_how_to,
    "review": g_review, "notice": g_notice, "listing": g_listing,
    "newsletter": g_newsletter, "qa": g_qa, "obituary": g_obituary,
    "timeline": g_timeline, "changelog": g_changelog,
    "press_release": g_press_release, "encyclopedia": g_encyclopedia,
    "results": g_results,
}


def theme_for(rng, genre):
    if genre == "newsletter":
        return rng.choice(CLUB_THEMES)
    if genre == "review":
        return rng.choice(REVIEW_THEMES)
    if genre == "changelog":
        return "software"
    return rng.choice(sorted(pools.THEMES))


# ---------------------------------------------------------------- clutter

def clutter_parts(rng, s):
    top, bottom = [], []
    kinds = rng.sample(["breadcrumb", "byline", "cookie_top", "share", "related",
                        "footer", "cookie_bottom"], rng.randint(1, 3))
    for k in kinds:
        if k == "breadcrumb":
            top.append(fill(rng.choice(pools.BREADCRUMBS), s))
        elif k == "byline":
            top.append(fill(rng.choice(pools.BYLINES), s))
        elif k == "cookie_top":
            top.append(rng.choice(pools.COOKIE_LINES))
        elif k == "cookie_bottom":
            bottom.append(rng.choice(pools.COOKIE_LINES))
        elif k == "share":
            bottom.append(rng.choice(pools.SHARE_LINES))
        elif k == "related":
            head = fill(rng.choice(pools.RELATED_HEADS), s)
            heads = []
            for th in rng.sample(sorted(pools.THEMES), 2):
                heads.append("• " + fill(rng.choice(pools.THEMES[th]["headlines"]),
                                         s))
            bottom.append(head + "\n" + "\n".join(heads))
        else:
            bottom.append(fill(rng.choice(pools.FOOTERS), s))
    return top, bottom


def assemble(title, body, top=(), bottom=()):
    parts = [title]
    if top:
        parts.append("\n".join(top))
    parts.append(body)
    if bottom:
        parts.append("\n".join(bottom))
    return "\n\n".join(parts).strip() + "\n"


# ---------------------------------------------------------------- constraints

class Constraints:
    def __init__(self, questions):
        self.absent = []
        self.cooccur = []
        self.protected = []  # (regex, topic_id, string)
        for q in questions:
            self.absent += [a.lower() for a in q["absent"]]
            self.cooccur += [[x.lower() for x in group] for group in q["cooccur"]]
            for a in q["answers"]:
                if len(a) >= PROTECT_MIN_LEN:
                    self.protected.append((boundary_regex(a), q["topic"], a))
        self.forbidden = [f.lower() for f in FILLER_FORBIDDEN]

    def problems(self, text, topic_ids, role):
        """Return a list of constraint violations for a document's text."""
        low = text.lower()
        out = []
        for a in self.absent:
            if a in low:
                out.append(f"absent string {a!r}")
        for group in self.cooccur:
            if all(x in low for x in group):
                out.append(f"co-occurrence {group!r}")
        for rx, topic, a in self.protected:
            if role in ("answer", "near_miss") and topic in topic_ids:
                continue
            if rx.search(text):
                out.append(f"answer string {a!r} of {topic}")
        if role == "filler":
            for f in self.forbidden:
                if f in low:
                    out.append(f"forbidden topic name {f!r}")
        return out


# ---------------------------------------------------------------- build

def collect_questions():
    qs = []
    for t in TOPICS:
        for q in t["questions"]:
            q = dict(q)
            q["topic"] = t["id"]
            qs.append(q)
    return qs


def topic_roles():
    roles = {}
    for t in TOPICS:
        srcs = set()
        for q in t["questions"]:
            srcs.update(q["src"])
        for label in t["passages"]:
            roles[(t["id"], label)] = "answer" if label in srcs else "near_miss"
    return roles


def make_topic_docs(rng, cons):
    roles = topic_roles()
    docs = []
    for t in TOPICS:
        for label, p in t["passages"].items():
            role = roles[(t["id"], label)]
            plain = assemble(p["title"], p["body"])
            bad = cons.problems(plain, {t["id"]}, role)
            if bad:
                raise SystemExit(f"topic passage {t['id']}/{label}: {bad}")
            text = plain
            if rng.random() < CLUTTER_RATE:
                for _ in range(50):
                    s = slots(rng)
                    top, bottom = clutter_parts(rng, s)
                    cand = assemble(p["title"], p["body"], top, bottom)
                    if (words(cand) <= MAX_WORDS
                            and not cons.problems(cand, {t["id"]}, role)):
                        text = cand
                        break
            if not MIN_WORDS <= words(text) <= MAX_WORDS:
                raise SystemExit(f"topic passage {t['id']}/{label}: "
                                 f"{words(text)} words")
            docs.append({"text": text, "topic": t["id"], "role": role,
                         "genre": p["genre"], "key": (t["id"], label)})
    return docs


def digest_text(rng, mentions):
    s = slots(rng)
    title = rng.choice(pools.DIGEST_TITLES)
    if rng.random() < 0.6:
        title += f" – {s['date']} {s['year']}"
    generic = [fill(x, s) for x in rng.sample(pools.DIGEST_ITEMS,
                                             rng.randint(3, 5))]
    items = list(mentions) + generic
    rng.shuffle(items)
    style = rng.randrange(3)
    if style == 0:
        body = "\n".join("• " + x for x in items)
    elif style == 1:
        body = "\n\n".join(items)
    else:
        body = "\n".join(f"{i}. {x}" for i, x in enumerate(items, 1))
    intro = rng.choice(["", "Our daily round-up of the stories you may have "
                        "missed.", "In brief:", f"Compiled by {s['name3']}."])
    if intro:
        body = intro + "\n\n" + body
    return title, body, s


def make_digests(rng, cons):
    pairs = [(t["id"], m) for t in TOPICS for m in t["mentions"]]
    queue = []
    while len(queue) < N_DIGESTS * 40:
        batch = list(pairs)
        rng.shuffle(batch)
        queue += batch
    docs = []
    qi = 0
    for _ in range(N_DIGESTS):
        k = rng.choice([1, 2, 2, 2, 3])
        for attempt in range(400):
            if attempt % 40 == 0:
                chosen = []
                while len(chosen) < k:
                    tid, m = queue[qi]
                    qi += 1
                    if tid not in {c[0] for c in chosen}:
                        chosen.append((tid, m))
                topic_ids = {c[0] for c in chosen}
            title, body, s = digest_text(rng, [c[1] for c in chosen])
            text = assemble(title, body)
            if rng.random() < CLUTTER_RATE:
                top, bottom = clutter_parts(rng, s)
                cand = assemble(title, body, top, bottom)
                if words(cand) <= MAX_WORDS:
                    text = cand
            if (MIN_WORDS <= words(text) <= MAX_WORDS
                    and not cons.problems(text, topic_ids, "digest")):
                break
        else:
            raise SystemExit("could not build a clean digest")
        docs.append({"text": text, "topic": "+".join(sorted(topic_ids)),
                     "role": "digest", "genre": "digest", "key": None})
    return docs


def make_filler(rng, cons, n):
    genres = [g for g, w in FILLER_GENRES for _ in range(w)]
    docs = []
    seen = set()
    while len(docs) < n:
        genre = rng.choice(genres)
        theme = theme_for(rng, genre)
        s = slots(rng)
        target = rng.randint(45, 185)
        title, body = GENRE_FUNCS[genre](rng, theme, s, target)
        text = assemble(title, body)
        if rng.random() < CLUTTER_RATE:
            top, bottom = clutter_parts(rng, s)
            cand = assemble(title, body, top, bottom)
            if words(cand) <= MAX_WORDS:
                text = cand
        if not MIN_WORDS <= words(text) <= MAX_WORDS:
            continue
        if text in seen or cons.problems(text, set(), "filler"):
            continue
        seen.add(text)
        docs.append({"text": text, "topic": "-", "role": "filler",
                     "genre": genre, "key": None})
    return docs


def assign_splits(questions):
    """Alternate tune/heldout within each (answerable, kind) group in id order.

    A group of odd size gives its extra question to tune and heldout in turn,
    so both halves stay balanced within answerable and unanswerable questions.
    """
    splits = [None] * len(questions)
    for answerable in (True, False):
        extra_to_tune = True
        for kind in KINDS:
            idx = [i for i, q in enumerate(questions)
                   if q["answerable"] == answerable and q["kind"] == kind]
            first = "tune"
            if len(idx) % 2 == 1:
                first = "tune" if extra_to_tune else "heldout"
                extra_to_tune = not extra_to_tune
            other = "heldout" if first == "tune" else "tune"
            for j, i in enumerate(idx):
                splits[i] = first if j % 2 == 0 else other
    return splits


def build():
    rng = Random(SEED)
    questions = collect_questions()
    cons = Constraints(questions)

    docs = make_topic_docs(rng, cons)
    docs += make_digests(rng, cons)
    docs += make_filler(rng, cons, N_DOCS - len(docs))
    rng.shuffle(docs)
    key_to_file = {}
    for i, d in enumerate(docs, 1):
        d["file"] = f"n{i:04d}.txt"
        if d["key"]:
            key_to_file[d["key"]] = d["file"]

    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir()
    for d in docs:
        (DOCS / d["file"]).write_text(d["text"], encoding="utf-8")

    with open(HERE / "doc_index.tsv", "w", encoding="utf-8") as fh:
        fh.write("file\ttopic\trole\tgenre\n")
        for d in docs:
            fh.write(f"{d['file']}\t{d['topic']}\t{d['role']}\t{d['genre']}\n")

    # Questions: shuffle, number, resolve files, split.
    rng.shuffle(questions)
    splits = assign_splits(questions)
    records = []
    for i, q in enumerate(questions, 1):
        split = splits[i - 1]
        records.append({
            "id": f"q{i:03d}",
            "question": q["question"],
            "answers": q["answers"],
            "sources": sorted(key_to_file[(q["topic"], x)] for x in q["src"]),
            "answerable": q["answerable"],
            "kind": q["kind"],
            "split": split,
            "topic": q["topic"],
            "evidence": q["evidence"],
            "near_miss": sorted(key_to_file[(q["topic"], x)] for x in q["near"]),
            "absent": q["absent"],
            "absent_together": q["cooccur"],
            "names_year": q["names_year"],
        })
    eval_keys = ["id", "question", "answers", "sources", "answerable", "kind",
                 "split"]
    with open(HERE / "eval.jsonl", "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({k: r[k] for k in eval_keys},
                                ensure_ascii=False) + "\n")
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    write_readme(docs, records)
    print(f"wrote {len(docs)} documents and {len(records)} questions")


# ---------------------------------------------------------------- README

def table(header, rows):
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---" for _ in header) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def write_readme(docs, records):
    roles = ["answer", "near_miss", "digest", "filler"]
    role_rows = [[r, sum(d["role"] == r for d in docs)] for r in roles]
    role_rows.append(["total", len(docs)])

    genres = sorted({d["genre"] for d in docs})
    genre_rows = []
    for g in genres:
        row = [g]
        for r in roles:
            row.append(sum(d["genre"] == g and d["role"] == r for d in docs))
        row.append(sum(d["genre"] == g for d in docs))
        genre_rows.append(row)

    kind_rows = []
    for k in KINDS:
        a = sum(r["kind"] == k and r["answerable"] for r in records)
        u = sum(r["kind"] == k and not r["answerable"] for r in records)
        kind_rows.append([k, a, u, a + u])
    ta = sum(r["answerable"] for r in records)
    kind_rows.append(["total", ta, len(records) - ta, len(records)])

    split_rows = []
    for sp in ["tune", "heldout"]:
        a = sum(r["split"] == sp and r["answerable"] for r in records)
        u = sum(r["split"] == sp and not r["answerable"] for r in records)
        y = sum(r["split"] == sp and r["names_year"] for r in records)
        split_rows.append([sp, a, u, a + u, y])

    n_topics = len(TOPICS)
    no_answer = sum(
        1 for t in TOPICS if not any(q["answerable"] for q in t["questions"]))
    n_year = sum(r["names_year"] for r in records)
    clutter_markers = ("Share", "cookie", "©", "Related stories", "You may also",
                       "Read more:", "Most read:", "More from", "Home ›",
                       "Home >", "Home »", "You are here", "By ", "Posted by admin",
                       "Advertis", "Comments are closed", "Sign up to our",
                       "Registered office", "Copy link", "Like this article")
    cluttered = sum(any(m in d["text"] for m in clutter_markers) for d in docs)

    text = f"""# probe16 — synthetic blind evaluation set for retrieval QA

**probe16** is a synthetic stand-in for a hidden benchmark of real web and news
passages. It tests a retrieval question-answering tool that must answer from a
folder of short documents with citations, and must refuse when the documents
do not hold the answer. The set was **written blind**: its author did not read
the tool's code, its tests or the other evaluation sets, and did not run the
tool.

## What it tests

Every person, place, company, team, event, film, band and product is
invented, so answers cannot come from a language model's memory. The
{n_topics} hand-written topics (recurring races, elections, sports seasons,
software and phone releases, company results, building projects, awards,
films, books and games with namesakes, careers, obituaries, and so on) each
have near-miss passages that a careless reader would take for the answer:
another year or edition, another stage or round, the runner-up, an interim or
deputy holder, a namesake of another kind (a game, an album, a board game, a
television remake), another release or version, a sister category (women's
versus men's, junior versus senior), a plan or forecast instead of an outcome,
another branch or city, or another quantity of the same thing (budget versus
final cost, capacity versus attendance, starters versus finishers, a guide
price versus the price paid).

{no_answer} topics have no answer passage at all, and several other topics
carry an extra question about an edition, season or version that no document
covers. These unanswerable questions have a near miss present and the answer
absent **by construction**; `check.py` verifies that the obvious phrasings of
the missing answer (`absent`) and the risky word pairs (`absent_together`)
occur in no document.

Some answer passages give a date without the year in the sentence (the year is
only in the date line or title); some mention several years, people or
amounts, so the right one must be picked. Digest passages ("news in brief",
round-ups) mention topic entities in passing without answering anything.
Filler passages (blogs, forums, how-tos, reviews, notices, listings, club
newsletters, Q&A pages, obituaries, timelines, changelogs, press releases,
gazetteer entries and results) reuse the topics' towns and vocabulary (the
same sports, the same kind of software, the same places) without giving
answers. About a third of all passages carry web clutter: breadcrumbs, bylines,
cookie notices, share lines, related links and footers.

## Contents

| File | What it is |
|---|---|
| `docs/n0001.txt` … `docs/n{N_DOCS:04d}.txt` | {N_DOCS} passages, one per file; first line is a title; {MIN_WORDS}–{MAX_WORDS} words each; file order shuffled, so names carry no information |
| `eval.jsonl` | {len(records)} questions: `id`, `question`, `answers`, `sources`, `answerable`, `kind`, `split` |
| `gold.jsonl` | the same records plus `topic`, `evidence`, `near_miss`, `absent`, `absent_together`, `names_year` |
| `doc_index.tsv` | `file`, `topic`, `role` (answer / near_miss / digest / filler), `genre` |
| `topics.py` | the hand-written topics, passages, digest mentions and questions |
| `pools.py` | sentence pools for filler, digests and clutter |
| `build.py` | regenerates every output byte for byte (seed {SEED}) |
| `check.py` | verifies the outputs; exits non-zero on any failure |

`answers` are short strings (a name, a date, a number, a place), each an exact
substring of every file in `sources`. Where a passage states the date without
the year, the answer is the date as written. `evidence` is an exact substring
of the source passage that holds the answer. `sources` is empty for
unanswerable questions. In the digest rows of `doc_index.tsv`, `topic` lists
the topics mentioned, joined by `+`; filler rows have `-`.

## Counts

Passages by role:

{table(["role", "passages"], role_rows)}

Passages by genre and role:

{table(["genre"] + roles + ["total"], genre_rows)}

Passages with web clutter (approximate, by marker): {cluttered} of {len(docs)}.

Questions by kind:

{table(["kind", "answerable", "unanswerable", "total"], kind_rows)}

Questions by split:

{table(["split", "answerable", "unanswerable", "total", "names a year/edition"],
       split_rows)}

{n_year} of {len(records)} questions name a year, season, edition, version,
series, line number or ordinal. The split alternates tune / heldout within
each kind, separately for answerable and unanswerable questions, in id order.

## How it was built

1. The topics, their passages and their questions were written by hand in
   `topics.py`. For each answerable question the author checked that no
   near-miss passage gives a different answer; for each unanswerable question
   the author listed absent strings and word pairs.
2. `build.py` generates filler from the pools in `pools.py` (genre templates
   filled with invented names, towns, numbers and dates) and digests that mix
   topic mentions with generic brief items. Every generated text is rejected
   and redrawn if it contains an absent string, an `absent_together` pair, an
   answer string of five or more characters (matched on word boundaries), or
   (for filler) the name of a topic's event or entity.
3. Clutter is added to about a third of all passages; for topic passages it is
   redrawn if it would break a constraint.
4. Files are shuffled with a fixed seed and numbered; questions are shuffled,
   numbered and split.

Regenerate and verify with:

```
python3 build.py && python3 check.py
```

## Limitations

- Synthetic text: the filler is template-generated and more repetitive than
  real web text, and the hand-written passages share one author's style.
- Answer matching is by substring; short numeric answers (two digits) can
  match by accident in a long response, and a correct answer phrased in
  another date or number format will not match.
- Near misses were chosen by hand; the set does not measure how often each
  kind of confusion happens in real data.
- "Unanswerable" means that no document states the answer; it does not mean
  that a reader could not guess it.
- The set is small (80 questions), so differences of a few questions between
  systems are not significant.

## Licence

Written for this project. Apache-2.0.
"""
    (HERE / "README.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    build()
