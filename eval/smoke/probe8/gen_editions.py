"""Generated 'other editions' of recurring events (look-alike passages).

Only years listed as allowed for an event are generated, so no generated
passage can state a result for a year that a question asks about.
"""

import random

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

DRAMSEY_TEAMS = ["Pellany Rovers", "Varnholt Town", "Lorvan Wanderers", "Tarrowin FC", "Mossby Athletic",
                 "Orlay City", "Kelby Marsh United", "Caldmere United", "Harrowmere Athletic"]
DRAMSEY_NO_WIN = {"Caldmere United", "Harrowmere Athletic"}
CYCLING_TEAMS = ["Team Korvel", "Ostrevik-Baltrans", "Pellany Cycling", "Harl Velo", "Tarrowin-Mercator",
                 "Coastline Pro", "Velland Rail Cycling"]
TESSALY_TEAMS = ["Caldmere Foxes", "Varnholt Otters", "Ostrevik Herons", "Lorvan Lynx", "Tarrowin Tide",
                 "Orlay Stags", "Mossby Millers"]
ROW_CLUBS = ["Varnholt Rowing Club", "Lorvan Tideway", "Mossby Ladies RC", "Caddon University Boat Club",
             "Orlay ARC", "Kelby RC", "Tarrowin Amateur RC", "Fennick Canal RC"]
VERRAN_TOWNS = ["Caldmere", "Varnholt", "Mossby", "Orlay", "Lorvan", "Tarrowin", "Kelby Marsh", "Fennick",
                "Pellany", "Ostrevik"]
FIELDS = [("geologist", "the age of coastal cliffs"), ("chemist", "catalysts that break down plastics"),
          ("physicist", "the behaviour of ice under pressure"), ("botanist", "salt-tolerant grasses"),
          ("zoologist", "the migration of eels"), ("mathematician", "the theory of tides"),
          ("astronomer", "variable stars"), ("oceanographer", "deep currents in the northern seas"),
          ("microbiologist", "soil bacteria"), ("meteorologist", "the forecasting of sea fog"),
          ("ecologist", "the recovery of river meadows"), ("biochemist", "enzymes in cold-water fish")]
INSTITUTIONS = ["Caddon University", "the University of Lorvan", "the Ostrevik Institute of Technology",
                "the Varnholt Marine Laboratory", "the Velland Geological Survey", "Orlay University"]


def fmt_time(sec):
    h, r = divmod(sec, 3600)
    m, s = divmod(r, 60)
    return "%d:%02d:%02d" % (h, m, s)


def times(rng, base_lo, base_hi, n=3):
    t = rng.randint(base_lo, base_hi)
    out = [t]
    for _ in range(n - 1):
        t += rng.randint(4, 95)
        out.append(t)
    return [fmt_time(x) for x in out]


def day_in(rng, month):
    return "%d %s" % (rng.randint(1, 28), month)


# ------------------------------------------------------------------ generators
def marathon(ev, year, rng, nm):
    name, city = ev["name"], ev["place"]
    half = ev.get("half", False)
    m = [nm.person(rng, "m") for _ in range(3)]
    w = [nm.person(rng, "f") for _ in range(3)]
    if half:
        mt, wt = times(rng, 3700, 3900), times(rng, 4150, 4500)
    else:
        mt, wt = times(rng, 7800, 8400), times(rng, 8700, 9450)
    month = rng.choice(["April", "May"]) if not half else rng.choice(["March", "September", "October"])
    finishers = rng.randint(45, 120) * 100 if not half else rng.randint(15, 60) * 100
    extras = [
        "About %s runners finished, in conditions described by organisers as %s." % (
            format(finishers, ","), rng.choice(["ideal", "cool and breezy", "humid", "wet underfoot"])),
        "The race raised about %s crowns for local charities." % format(rng.randint(8, 90) * 1000, ","),
        "Organisers said the course would be altered next year because of roadworks on the seafront.",
        "%s, who led the men's race until the final few kilometres, faded to %s." % (nm.person(rng, "m"), rng.choice(["fifth", "sixth", "ninth"])),
        "Medical teams treated a number of runners for dehydration near the finish.",
        "It was %s's first victory in the event after two previous podium finishes." % m[0].split()[-1],
    ]
    rng.shuffle(extras)
    style = rng.randrange(3)
    if style == 0:
        head = "%s and %s win %s" % (m[0].split()[-1], w[0].split()[-1], name)
        body = ("%s, %s %d - %s won the men's race at the %d %s on Sunday in %s, finishing ahead of %s (%s) and %s (%s). "
                "The women's race went to %s in %s, with %s second and %s third. %s %s" % (
                    city.upper(), month, rng.randint(1, 28), m[0], year, name, mt[0], m[1], mt[1], m[2], mt[2],
                    w[0], wt[0], w[1], w[2], extras[0], extras[1]))
        return ("news", head + "\n" + body)
    if style == 1:
        lines = ["%s %d - results" % (name, year), "Men"]
        lines += ["%d. %s %s" % (i + 1, m[i], mt[i]) for i in range(3)]
        lines += ["Women"]
        lines += ["%d. %s %s" % (i + 1, w[i], wt[i]) for i in range(3)]
        lines += ["Held on %s %d. %s %s Full results are available from the race office." % (
            day_in(rng, month), year, extras[0], extras[2])]
        return ("results", "\n".join(lines))
    body = ("Form went out of the window at the %d %s in %s: the little-fancied %s won the men's race in %s, "
            "with the favourite %s second and %s third. In the women's race %s was a clear winner in %s ahead of %s and %s. %s %s %s" % (
                year, name, city, m[0], mt[0], m[1], m[2], w[0], wt[0], w[1], w[2], extras[0], extras[1], extras[3]))
    return ("news", body)


def book_prize(ev, year, rng, nm):
    name = ev["name"]
    kind = ev.get("work", "novel")
    author = nm.person(rng)
    title = nm.title(rng)
    others = [(nm.person(rng), nm.title(rng)) for _ in range(rng.randint(2, 4))]
    chair = nm.person(rng)
    amount = format(rng.choice([10000, 12000, 15000, 20000]), ",")
    parts = ["%s by %s" % (t, a) for a, t in others]
    short = ", ".join(parts[:-1]) + " and " + parts[-1]
    style = rng.randrange(3)
    if style == 0:
        text = ("%s wins the %d %s\n%s's %s, %s, has won the %d %s. The judges, chaired by %s, praised its %s. "
                "The author receives %s crowns. Also shortlisted: %s. The winner was announced at a dinner in %s." % (
                    title, year, name, author, kind, title, year, name, chair,
                    rng.choice(["ambition and restraint", "humour", "patient, unshowy prose", "formal daring"]),
                    amount, short, ev.get("place", "Lorvan")))
        return ("news", text)
    if style == 1:
        text = ("%s is a Velland writer who won the %d %s. Born in %s, %s worked as %s before turning to writing. "
                "The winning %s, %s, was published by a small independent press and had been turned down by several larger houses. "
                "The shortlist that year also included %s. The prize was presented by %s." % (
                    author, year, name, nm.town(rng), author.split()[-1],
                    rng.choice(["a ferry mechanic", "a primary teacher", "a translator", "a hospital porter", "a journalist"]),
                    kind, title, short, chair))
        return ("encyclopedia", text)
    text = ("Prize round-up, %d: the %s went to %s for %s, a %s the judges called \"%s\". %s, who chaired the panel, "
            "said the decision was unanimous. The runner-up, by common consent, was %s by %s. The %s crowns will, "
            "the winner joked, \"mostly go on the roof\"." % (
                year, name, author, title, kind,
                rng.choice(["impossible to put down", "a book about grief that is full of life", "as exact as a clock"]),
                chair, others[0][1], others[0][0], amount))
    return ("news", text)


def festival_host(ev, year, rng, nm):
    name = ev["name"]
    excl = set(ev.get("exclude_hosts", []))
    host = nm.town(rng)
    while host in excl:
        host = nm.town(rng)
    crowd = format(rng.randint(15, 50) * 1000, ",")
    organiser = nm.person(rng)
    style = rng.randrange(2)
    if style == 0:
        text = ("%s draws %s to %s\nThe %d %s was held in %s, with an estimated %s people watching the paper-boat launch "
                "on the Saturday night. Organiser %s called it \"the wettest and happiest\" edition in years. "
                "Local traders reported their busiest weekend of the year, and the closing fireworks were watched from "
                "boats moored along the river. The festival moves to a different town each year." % (name, crowd, host, year, name, host, crowd, organiser))
        return ("news", text)
    text = ("%s %d - %s\nFriday: opening procession from the market square, 8pm\nSaturday: lantern boats on the river, dusk\n"
            "Sunday: family day and fireworks\nThe travelling %s comes to %s this July. Free entry; lantern workshops "
            "bookable at %s library. Programme coordinated by %s." % (
                name.upper(), year, host.upper(), name, host, host, organiser))
    return ("listing", text)


def cup_final(ev, year, rng, nm):
    name = ev["name"]
    teams = ev.get("teams", DRAMSEY_TEAMS)
    nowin = set(ev.get("no_win", DRAMSEY_NO_WIN))
    winner = rng.choice([t for t in teams if t not in nowin])
    loser = rng.choice([t for t in teams if t != winner])
    g1 = rng.randint(1, 4)
    g2 = rng.randint(0, g1 - 1)
    scorer = nm.person(rng)
    manager = nm.person(rng)
    crowd = format(rng.randint(9, 24) * 1000 + rng.randint(0, 999), ",")
    text = ("%s win %d %s\n%s beat %s %d-%d in the %d %s final at the %s, %s opening the scoring after %d minutes. "
            "Manager %s said the players had \"earned every second of this\". The crowd was %s, and both clubs' supporters "
            "stayed long after the final whistle. %s" % (
                winner, year, name, winner, loser, g1, g2, year, name, ev["place"], scorer, rng.randint(3, 70),
                manager, crowd,
                rng.choice(["The winners had trailed at half-time in their semi-final.",
                            "The losing side had a late penalty appeal turned down.",
                            "Heavy rain in the second half made the pitch treacherous.",
                            "Both sets of supporters were praised by police for their behaviour."])))
    return ("match report", text)


def chess(ev, year, rng, nm):
    name = ev["name"]
    ppl = [nm.person(rng) for _ in range(5)]
    titles = ["GM", "IM", "FM", "", ""]
    rng.shuffle(titles)
    pts = [7.5, 7.0, 6.5, 6.5, 6.0] if rng.random() < 0.5 else [8.0, 7.0, 7.0, 6.5, 6.5]
    players = rng.randint(90, 200)
    style = rng.randrange(2)
    if style == 0:
        lines = ["%s %d - final standings (top 5)" % (name, year)]
        for i in range(5):
            t = (titles[i] + " ") if titles[i] else ""
            lines.append("%d. %s%s - %s" % (i + 1, t, ppl[i], pts[i]))
        lines.append("%d players took part. Ties broken by Buchholz score. The best junior prize went to %s, "
                     "and the organisers thanked the volunteers who ran the bookstall and the analysis room." % (
                         players, nm.person(rng)))
        return ("results", "\n".join(lines))
    text = ("%s wins %s\n%s won the %d %s with %s points from nine rounds, finishing ahead of %s on %s. "
            "%d players took part in the event in %s. The winner's decisive game, a long endgame against %s in round seven, "
            "lasted more than five hours." % (
                ppl[0].split()[-1], name, ppl[0], year, name, pts[0], ppl[1], pts[1], players, ev["place"], ppl[2]))
    return ("news", text)


def film_fest(ev, year, rng, nm):
    name = ev["name"]
    film, director = nm.title(rng), nm.person(rng)
    gj, gjd = nm.title(rng), nm.person(rng)
    chair = nm.person(rng)
    text = ("%s wins Golden Reed\n%s, directed by %s, won the Golden Reed for best film at the %d %s. "
            "The Grand Jury Prize went to %s by %s. The jury, chaired by %s, said it had reached its decision after two long meetings. %s" % (
                film, film, director, year, name, gj, gjd, chair,
                rng.choice(["The festival screened more than 100 films over ten days.",
                            "Ticket sales were up on the previous year despite a rail strike.",
                            "The closing ceremony was delayed by a power cut in the old town.",
                            "It was the first time a debut feature had taken the top prize."])))
    return ("news", text)


def cycling(ev, year, rng, nm):
    name = ev["name"]
    riders = [nm.person(rng, "m") for _ in range(3)]
    teams = [rng.choice(CYCLING_TEAMS) for _ in range(3)]
    gap1, gap2 = rng.randint(5, 90), rng.randint(91, 200)
    lines = ["%s %d - final general classification" % (name, year)]
    lines.append("1. %s (%s) %dh %02d' %02d\"" % (riders[0], teams[0], rng.randint(21, 24), rng.randint(0, 59), rng.randint(0, 59)))
    lines.append("2. %s (%s) at %d' %02d\"" % (riders[1], teams[1], gap1 // 60, gap1 % 60))
    lines.append("3. %s (%s) at %d' %02d\"" % (riders[2], teams[2], gap2 // 60, gap2 % 60))
    lines.append("Points: %s. Mountains: %s." % (nm.person(rng, "m"), nm.person(rng, "m")))
    lines.append("%s took the lead on the Hollin Pass stage and defended it through the closing time trial in Vessmark." % riders[0])
    return ("results", "\n".join(lines))


def medal(ev, year, rng, nm):
    name = ev["name"]
    who = nm.person(rng)
    field, topic = rng.choice(FIELDS)
    inst = rng.choice(INSTITUTIONS)
    amount = format(rng.choice([5000, 10000, 20000, 30000]) if year < 2005 else 40000, ",")
    text = ("The %d %s, the Velland Academy of Sciences' highest honour for research, was awarded to the %s %s of %s "
            "for work on %s. The medal carried a prize of %s crowns. %s later said the award had allowed %s to %s. "
            "The presentation took place at the Academy in Lorvan in December." % (
                year, name, field, who, inst, topic, amount, who.split()[-1],
                rng.choice(["the team", "the laboratory", "the group"]),
                rng.choice(["buy a long-wanted instrument", "fund two research students", "run a field season in the north"])))
    return ("encyclopedia" if rng.random() < 0.5 else "news", text)


def mvp(ev, year, rng, nm):
    name = ev["name"]
    who = nm.person(rng, "m")
    team = rng.choice(TESSALY_TEAMS)
    champ = rng.choice([t for t in TESSALY_TEAMS if t != "Ostrevik Herons"])
    pts, reb = rng.randint(180, 270) / 10, rng.randint(40, 120) / 10
    text = ("%s named %s MVP\n%s of the %s has been named the %s's most valuable player for the %d season after "
            "averaging %.1f points and %.1f rebounds. The %s went on to win the %d title. %s finished second in the voting. "
            "The award is decided by a panel of coaches and journalists, and %s said %s would \"%s\"." % (
                who.split()[-1], "Tessaly", who, team, name, year, pts, reb, champ, year, nm.person(rng),
                who.split()[-1], "he",
                rng.choice(["share this with the whole locker room", "rather have a ring", "keep it next to my first ball"])))
    return ("news", text)


def regatta(ev, year, rng, nm):
    name = ev["name"]
    men8 = rng.choice(ROW_CLUBS)
    wom8 = rng.choice(ROW_CLUBS)
    lines = ["%s %d - finals" % (name, year),
             "Men's eights: %s beat %s" % (men8, rng.choice([c for c in ROW_CLUBS if c != men8])),
             "Women's eights: %s beat %s" % (wom8, rng.choice([c for c in ROW_CLUBS if c != wom8])),
             "Men's single sculls: %s (%s)" % (nm.person(rng, "m"), rng.choice(ROW_CLUBS)),
             "Women's single sculls: %s (%s)" % (nm.person(rng, "f"), rng.choice(ROW_CLUBS)),
             "Racing took place over the 1,850-metre course on %s. The regatta committee thanks all umpires, "
             "marshals and the crews of the safety launches." % rng.choice(["a calm morning", "a blustery afternoon", "a wet Sunday"])]
    return ("results", "\n".join(lines))


def horse(ev, year, rng, nm):
    name = ev["name"]
    h = [nm.horse(rng) for _ in range(3)]
    jockey, trainer = nm.person(rng), nm.person(rng)
    sp = rng.choice(["2-1", "5-2", "4-1", "7-1", "10-1", "14-1", "evens"])
    text = ("%s takes %s\n%s, ridden by %s and trained by %s, won the %d %s by %s. %s was second and %s third. "
            "The winner started at %s. %s" % (
                h[0], name, h[0], jockey, trainer, year, name,
                rng.choice(["a neck", "half a length", "two lengths", "a short head", "three lengths"]),
                h[1], h[2], sp,
                rng.choice(["The going was soft after overnight rain.", "A crowd of about 12,000 watched in sunshine.",
                            "The race was delayed by ten minutes after a loose horse.", "It was the trainer's first winner at the meeting."]) +
                " " + rng.choice(["The jockey said the horse had \"travelled like a dream\" throughout.",
                                  "Connections said an autumn campaign was now the plan.",
                                  "The runner-up's jockey felt his mount had been unlucky in running."])))
    return ("news", text)


def conference(ev, year, rng, nm):
    name = ev["name"]
    city = rng.choice(["Lorvan", "Ostrevik", "Caldmere", "Varnholt"])
    n = format(rng.randint(12, 48) * 100, ",")
    text = ("%s %d wraps up in %s\nAbout %s people attended the %d %s in %s, organisers said. The keynote by %s on "
            "%s drew the biggest audience, while a panel on %s ran well over time. Exhibitors reported brisk business in the "
            "start-up hall. Next year's dates will be announced shortly." % (
                name, year, city, n, year, name, city, nm.person(rng),
                rng.choice(["open-source hardware", "rural broadband", "the future of payments", "battery recycling"]),
                rng.choice(["privacy", "remote work", "robotics in farming", "public-sector software"])))
    return ("news", text)


def folk_fest(ev, year, rng, nm):
    name = ev["name"]
    n = format(rng.randint(60, 160) * 100, ",")
    acts = ["the " + nm.title(rng, style=3), nm.person(rng), nm.person(rng) + " & Band"]
    text = ("The %d %s attracted about %s visitors over the weekend at %s. Headliners included %s, %s and %s. "
            "Organisers said %s, and the campsite had been extended into a second field. %s" % (
                year, name, n, ev["place"], acts[0], acts[1], acts[2],
                rng.choice(["the rain held off until Sunday evening", "the heat had kept first-aid volunteers busy",
                            "ticket sales had been steady rather than spectacular"]),
                rng.choice(["Early-bird tickets for next year go on sale in the autumn.",
                            "A new children's stage proved popular.", "Traffic queues on the approach road lasted for hours."])))
    return ("news", text)


def song_contest(ev, year, rng, nm):
    name = ev["name"]
    towns = rng.sample(VERRAN_TOWNS, 3)
    host = rng.choice(VERRAN_TOWNS)
    song, singer = nm.title(rng), nm.person(rng)
    p1 = rng.randint(170, 240)
    p2 = p1 - rng.randint(5, 40)
    text = ("\"%s\", performed by %s for %s, won the %d %s in %s with %d points. %s finished second on %d points "
            "and %s third. %s" % (
                song, singer, towns[0], year, name, host, p1, towns[1], p2, towns[2],
                rng.choice(["The winning song had been written in a single afternoon, according to its composer.",
                            "Viewers' votes decided the result after the juries were split.",
                            "It was the first time the contest had been broadcast live on radio and television together."]) +
                " " + rng.choice(["About %d towns took part, and the evening ran almost an hour over schedule." % rng.randint(9, 14),
                                  "The winner was carried shoulder-high out of the hall by friends from home.",
                                  "Tickets for the final had sold out within a day of going on sale."])))
    return ("news", text)


GEN = dict(marathon=marathon, book_prize=book_prize, festival_host=festival_host, cup_final=cup_final,
           chess=chess, film_fest=film_fest, cycling=cycling, medal=medal, mvp=mvp, regatta=regatta,
           horse=horse, conference=conference, folk_fest=folk_fest, song_contest=song_contest)

# Recurring events that exist only as filler (no question is asked about them).
EXTRA_EVENTS = [
    dict(key="x_trellford", kind="marathon", name="Trellford Half Marathon", place="Trellford", half=True,
         years=list(range(2008, 2024)), n=6),
    dict(key="x_vaskmouth", kind="book_prize", name="Vaskmouth Poetry Prize", place="Vaskmouth", work="collection",
         years=list(range(2005, 2024)), n=6),
    dict(key="x_karnholt", kind="cup_final", name="Karnholt Shield", place="Karnholt Park",
         teams=["Karnholt Albion", "Dasksby Town", "Morvgate Rangers", "Ilmford United", "Pasksby Swifts",
                "Holldale Athletic"], no_win=[], years=list(range(2005, 2024)), n=6),
    dict(key="x_morvgate", kind="folk_fest", name="Morvgate Jazz Weekend", place="Morvgate Park",
         years=list(range(2005, 2024)), n=5),
    dict(key="x_eldren", kind="chess", name="Eldrenby Rapid Open", place="Eldrenby",
         years=list(range(2005, 2024)), n=5),
]


def generate(topics, nm, seed):
    out = []
    events = []
    for t in topics:
        for ev in t.get("events", []):
            events.append((t["key"], ev))
    for ev in EXTRA_EVENTS:
        events.append((ev["key"], ev))
    for tkey, ev in events:
        rng = random.Random("%s-editions-%s" % (seed, ev["name"]))
        years = sorted(rng.sample(ev["years"], ev["n"]))
        for y in years:
            for _ in range(50):
                genre, text = GEN[ev["kind"]](ev, y, rng, nm)
                if 50 <= len(text.split()) <= 180:
                    break
            else:
                raise RuntimeError("edition %s %d cannot fit word bounds" % (ev["name"], y))
            out.append(("gen_%s_%d" % (tkey, y), genre, text))
    return out
