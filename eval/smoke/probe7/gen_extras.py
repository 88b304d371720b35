# Generated look-alike passages: other editions (years) of the recurring events
# that the hand-written topics are about.  Years that questions ask about as
# unanswerable are never generated (see FORBIDDEN in build.py / check.py).
import datetime
import random

import names

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class Namer:
    def __init__(self, rng, banned_words, used=None, banned_text=""):
        self.rng = rng
        self.used = used if used is not None else set()
        self.banned_text = banned_text.lower()
        self.female = [f for f in names.FEMALE if f not in banned_words]
        self.male = [f for f in names.MALE if f not in banned_words]
        self.first = self.female + self.male
        self.last = [w for w in names.LAST if w not in banned_words]

    def person(self, g=None):
        pool = {"f": self.female, "m": self.male}.get(g, self.first)
        while True:
            f = self.rng.choice(pool)
            last = self.rng.choice(self.last)
            if self.rng.random() < 0.12:
                last = last + "-" + self.rng.choice(self.last)
            n = f + " " + last
            if n not in self.used and n.lower() not in self.banned_text:
                self.used.add(n)
                return n

    def title(self):
        r = self.rng
        pats = [
            lambda: "The %s %s" % (r.choice(names.ADJ), r.choice(names.NOUN)),
            lambda: "%s %s" % (r.choice(names.ADJ), r.choice(names.NOUN)),
            lambda: "The %s of %s" % (r.choice(names.NOUN), r.choice(names.TOWNS)),
            lambda: "A %s for the %s" % (r.choice(names.NOUN), r.choice(names.NOUN)),
            lambda: "%s %s" % (r.choice(names.TOWNS), r.choice(names.NOUN)),
        ]
        while True:
            t = r.choice(pats)()
            if t not in self.used and t.lower() not in self.banned_text:
                self.used.add(t)
                return t

    def horse(self):
        while True:
            h = "%s %s" % (self.rng.choice(names.HORSE_A), self.rng.choice(names.HORSE_B))
            if h not in self.used and h.lower() not in self.banned_text:
                self.used.add(h)
                return h


def weekday_date(rng, year, month, weekday):
    """Random date in month that falls on weekday (Mon=0..Sun=6)."""
    days = [d for d in range(1, 29) if datetime.date(year, month, d).weekday() == weekday]
    return datetime.date(year, month, rng.choice(days))


def fmt_date(d, style):
    if style == 0:
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def hms(rng, lo, hi):
    s = rng.randint(lo, hi)
    return s, "%d:%02d:%02d" % (s // 3600, (s % 3600) // 60, s % 60)


def split4(rng, total):
    cuts = sorted(rng.sample(range(12, total - 12), 3))
    parts = [cuts[0], cuts[1] - cuts[0], cuts[2] - cuts[1], total - cuts[2]]
    if min(parts) < 12 or max(parts) > 32:
        return split4(rng, total)
    return parts


def sorted_times(rng, lo, hi, n):
    ts = sorted(rng.sample(range(lo, hi), n))
    return ["%d:%02d:%02d" % (s // 3600, (s % 3600) // 60, s % 60) for s in ts]


# ------------------------------------------------------------------ Kestrel Point Marathon
def kestrel(nm, rng):
    out = []
    notes = ["Conditions were cool with a light sea breeze.",
             "A late shower soaked the final two miles along the promenade.",
             "Organisers praised the volunteers at the eleven drinks stations.",
             "The lighthouse climb again proved decisive in both races.",
             "Several hundred runners raised money for the lifeboat station."]
    for i, year in enumerate(range(2009, 2019)):
        m = [nm.person("m") for _ in range(3)]
        w = [nm.person("f") for _ in range(3)]
        mt = sorted_times(rng, 2 * 3600 + 11 * 60, 2 * 3600 + 16 * 60, 3)
        wt = sorted_times(rng, 2 * 3600 + 27 * 60, 2 * 3600 + 34 * 60, 3)
        d = weekday_date(rng, year, rng.choice([4, 5]), 6)
        fin = rng.randint(3100, 5900)
        k = i % 4
        if k == 0:
            t = ("Kestrel Point Marathon %d — leading finishers\nMen: 1 %s %s, 2 %s %s, 3 %s %s\n"
                 "Women: 1 %s %s, 2 %s %s, 3 %s %s\nFinishers: %s. %s Full results are displayed in the window "
                 "of the Harriers clubhouse on Quay Street and in Thursday's edition of the Kestrel Point Gazette."
                 % (year, m[0], mt[0], m[1], mt[1], m[2], mt[2], w[0], wt[0], w[1], wt[1], w[2], wt[2],
                    "{:,}".format(fin), rng.choice(notes)))
        elif k == 1:
            t = ("KESTREL POINT, %s — %s won the Kestrel Point Marathon on Sunday in %s, pulling away from %s in the "
                 "last five kilometres along the promenade. %s was third. The women's title went to %s in %s, with %s "
                 "second and %s third. %s Race organisers Kestrel Point Harriers said %s runners had finished, and that "
                 "the course would be unchanged next spring."
                 % (fmt_date(d, 0), m[0], mt[0], m[1], m[2], w[0], wt[0], w[1], w[2], rng.choice(notes),
                    "{:,}".format(fin)))
        elif k == 2:
            t = ("Harriers newsletter, %s %d\nWhat a weekend! Huge thanks to every marshal, medal-hanger and soup-maker "
                 "who made the Kestrel Point Marathon happen. Congratulations to %s, who won the women's race in %s, "
                 "and to %s, first man home in %s. Club members did us proud too: %s ran a personal best and %s "
                 "finished despite a twisted ankle at mile 20. Next club social is at the Anchor on the first Friday."
                 % (MONTHS[d.month - 1], year, w[0], wt[0], m[0], mt[0], nm.person(), nm.person()))
        else:
            t = ("Looking back: the %d Kestrel Point Marathon\nOld-timers still talk about the %d race, when %s and %s "
                 "ran shoulder to shoulder past the salt marshes at Brede End before %s finally broke clear to win in "
                 "%s. In the women's race %s led from the gun and won in %s, almost a minute ahead of %s. %s"
                 % (year, year, m[0], m[1], m[0].split()[-1], mt[0], w[0], wt[0], w[1], rng.choice(notes)))
        out.append(("x_kp_%d" % year, t))
    return out


# ------------------------------------------------------------------ Orvane league finals
ORVANE = {2009: ("Dunmore Herons", "Portloe Mariners"), 2010: ("Ashgrove Comets", "Kilrea Stags"),
          2011: ("Portloe Mariners", "Dunmore Herons"), 2012: ("Dunmore Herons", "Kilrea Stags"),
          2013: ("Ashgrove Comets", "Dunmore Herons"), 2014: ("Dunmore Herons", "Kilrea Stags"),
          2015: ("Portloe Mariners", "Saltery Wolves"), 2016: ("Dunmore Herons", "Ashgrove Comets"),
          2017: ("Saltery Wolves", "Kilrea Stags"), 2018: ("Dunmore Herons", "Portloe Mariners")}


def orvane(nm, rng):
    out = []
    for i, year in enumerate(sorted(ORVANE)):
        win, lose = ORVANE[year]
        a = rng.randint(74, 96)
        b = a - rng.randint(2, 14)
        p1, p2, coach = nm.person("m"), nm.person("m"), nm.person()
        k = i % 3
        if k == 0:
            t = ("%s %d, %s %d\nThe %d Orvane Basketball League final belonged to %s, who scored %d points as %s pulled "
                 "away in the third quarter. %s kept %s in touch for a half with some long-range shooting, but the "
                 "champions' bench was deeper. Coach %s said the title was \"for the people who kept the club going "
                 "through the lean years\". Crowd: %s."
                 % (win, a, lose, b, year, p1, rng.randint(22, 34), win, p2, lose, coach,
                    "{:,}".format(rng.randint(2100, 3300))))
        elif k == 1:
            qa, qb = split4(rng, a), split4(rng, b)
            t = ("ORVANE BASKETBALL LEAGUE — FINAL %d\n%s %d, %s %d\nQuarter scores: %d-%d, %d-%d, %d-%d, %d-%d\n"
                 "Top scorers: %s (%s) %d, %s (%s) %d\nFinals MVP: %s\nReferees: %s, %s. The trophy was presented by "
                 "the league president on court immediately after the final buzzer. Next season's fixtures will be published "
                 "in August."
                 % (year, win, a, lose, b, qa[0], qb[0], qa[1], qb[1], qa[2], qb[2], qa[3], qb[3], p1, win, rng.randint(20, 30),
                    p2, lose, rng.randint(15, 25), p1, nm.person(), nm.person()))
        else:
            t = ("Fan blog: what a night. I have followed %s for years and the %d final was the best game I have seen "
                 "them play. %s were the better side for long spells, but once %s got going there was only going to be "
                 "one winner: %s %d, %s %d. Special mention to %s, who played the whole fourth quarter with a "
                 "strapped ankle. The celebrations in the car park went on until midnight."
                 % (win, year, lose, p1, win, a, lose, b, p2))
        out.append(("x_ob_%d" % year, t))
    return out


# ------------------------------------------------------------------ Meridian Water Forum
MERIDIAN = {2009: "Harnsey", 2010: "Corvale", 2011: "Marrowby", 2012: "Gannetby", 2013: "Kessing",
            2014: "Istrell", 2015: "Ambrey", 2016: "Dunlow", 2017: "Vellmar"}
THEMES = ["flood defence", "irrigation efficiency", "drinking-water quality", "wetland restoration",
          "transboundary data sharing", "drought early warning", "river sediment", "urban drainage",
          "fish passage at weirs"]


def meridian(nm, rng):
    out = []
    for i, year in enumerate(sorted(MERIDIAN)):
        host = MERIDIAN[year]
        theme = THEMES[i]
        prize = "%s %s %s" % (rng.choice(names.TOWNS), rng.choice(["river", "catchment", "wetland", "water"]),
                              rng.choice(names.ORG_SUFFIX).lower())
        chair = nm.person()
        d = weekday_date(rng, year, rng.choice([9, 10, 11]), 0)
        k = i % 3
        if k == 0:
            t = ("%s, %s — The Meridian Water Forum opened in %s on Monday, with around %s delegates from agencies, "
                 "universities and farmers' groups. This year's theme is %s. Forum chair %s urged governments to share "
                 "river-flow data \"in real time, not in annual reports\". The week ends with the Meridian Water Prize. "
                 "Hotels across the town are fully booked, and extra trains have been laid on from the coast."
                 % (host.upper(), fmt_date(d, 1), host,
                    "{:,}".format(rng.randint(150, 190) if year == 2009 else rng.randint(400, 1700)), theme, chair))
        elif k == 1:
            t = ("Conference notes: Meridian Water Forum, %s, %d\nSessions on %s were the best attended. The Meridian "
                 "Water Prize went to the %s for its work on the ground. Keynote by %s. Catering poor, wifi worse, "
                 "conversations in the corridors excellent as always. Host city %s laid on a boat trip on the last "
                 "evening, which was rained off after twenty minutes."
                 % (host, year, theme, prize, chair, host))
        else:
            t = ("The %d Meridian Water Forum took place in %s, the first time the town had hosted the annual meeting. "
                 "Delegates spent much of the week on %s, and several basin authorities signed a joint statement on "
                 "sharing gauge data. The Meridian Water Prize was presented to the %s. The organising committee thanked "
                 "the mayor of %s and the volunteers who staffed the registration desk."
                 % (year, host, theme, prize, host))
        out.append(("x_mw_%d" % year, t))
    return out


# ------------------------------------------------------------------ Silver Heron Awards
def silverheron(nm, rng):
    out = []
    for i, year in enumerate(range(2012, 2022)):
        film, dfilm, act = nm.title(), nm.title(), nm.title()
        director, actress, actor = nm.person(), nm.person("f"), nm.person("m")
        k = i % 3
        if k == 0:
            t = ("Silver Heron Awards %d — winners\nBest film: %s\nBest director: %s (%s)\nBest actress: %s (%s)\n"
                 "Best actor: %s (%s)\nBest documentary: %s\nThe ceremony was held at the Harnsey Playhouse and "
                 "hosted by the broadcaster %s. Full list of winners in all categories on the Marches Film Circle noticeboard."
                 % (year, film, director, dfilm, actress, act, actor, film, nm.title(), nm.person()))
        elif k == 1:
            t = ("%s was the big winner at the %d Silver Heron Awards in Harnsey on Saturday night, taking best film. "
                 "The best director prize went to %s for %s, a surprise to many critics. %s won best actress for "
                 "%s, and %s was named best actor. Accepting the best film award, the producers thanked "
                 "\"everyone who lent us a field, a barn or a tractor\"."
                 % (film, year, director, dfilm, actress, act, actor))
        else:
            t = ("Critic's blog: my thoughts on the %d Silver Heron winners. Best film for %s was deserved, even if "
                 "it is a little long. I'm less sure about %s taking best director for %s over several bolder "
                 "choices. No complaints about %s, who was the best thing in %s. The evening itself dragged; the "
                 "speeches were endless and the orchestra played people off far too late."
                 % (year, film, director, dfilm, actress, act))
        out.append(("x_sh_%d" % year, t))
    return out


# ------------------------------------------------------------------ Tallowmere Gold Cup
def tallowmere(nm, rng):
    out = []
    for i, year in enumerate(range(2010, 2019)):
        h = [nm.horse() for _ in range(3)]
        j = [nm.person() for _ in range(3)]
        tr = [nm.person() for _ in range(3)]
        odds = ["%d/%d" % (rng.randint(2, 20), rng.choice([1, 2])) for _ in range(3)]
        k = i % 3
        if k == 0:
            t = ("TALLOWMERE GOLD CUP (3m 2f) — %d result\n1st %s (jockey %s, trainer %s) %s\n2nd %s (%s, %s) %s\n"
                 "3rd %s (%s, %s) %s\n%d ran. Winning distance: %s. Going: %s. Stewards' inquiry: none. "
                 "The winner was cheered back into the unsaddling enclosure by a large and damp crowd."
                 % (year, h[0], j[0], tr[0], odds[0], h[1], j[1], tr[1], odds[1], h[2], j[2], tr[2], odds[2],
                    rng.randint(7, 16), rng.choice(["2 lengths", "a head", "5 lengths", "a neck", "1 1/2 lengths"]),
                    rng.choice(["soft", "good", "good to soft", "heavy"])))
        elif k == 1:
            t = ("%s won the %d Tallowmere Gold Cup after a thrilling duel up the famous hill with %s. Ridden by %s and "
                 "trained by %s, the winner was only fourth jumping the last but stayed on strongly in the final "
                 "furlong. %s, on the runner-up, said: \"I thought I had it won halfway up the hill.\" %s was third. "
                 "The crowd was the biggest at the course for a decade."
                 % (h[0], year, h[1], j[0], tr[0], j[1], h[2]))
        else:
            t = ("Racing notebook: %d Tallowmere Gold Cup. %s made every yard under %s for trainer %s, and nothing "
                 "ever looked like catching him once he jumped the second-last clear. %s ran on for second, %s third. "
                 "The going was %s. The winning connections are now eyeing the Marches National, though the trainer "
                 "said the horse would have a long summer break first."
                 % (year, h[0], j[0], tr[0], h[1], h[2], rng.choice(["soft", "good", "heavy"])))
        out.append(("x_tg_%d" % year, t))
    return out


# ------------------------------------------------------------------ Caldris Open Water Swim
def caldris(nm, rng):
    out = []
    for i, year in enumerate(range(2014, 2020)):
        w10, m10, w5, m5, w10b, m10b = [nm.person(g) for g in "fmfmfm"]
        wt = sorted_times(rng, 2 * 3600 + 2 * 60, 2 * 3600 + 14 * 60, 2)
        mt = sorted_times(rng, 1 * 3600 + 54 * 60, 2 * 3600 + 4 * 60, 2)
        temp = rng.choice(["16.5", "17", "18", "18.5", "19.5", "20"])
        if i % 2 == 0:
            t = ("CALDRIS OPEN WATER SWIM %d — RESULTS\n10 km women: 1 %s %s, 2 %s %s\n10 km men: 1 %s %s, 2 %s %s\n"
                 "5 km women: 1 %s\n5 km men: 1 %s\nWater temperature %sC. Thanks to the lake rescue service, the "
                 "kayak safety crews and the club volunteers who ran the feeding pontoons."
                 % (year, w10, wt[0], w10b, wt[1], m10, mt[0], m10b, mt[1], w5, m5, temp))
        else:
            t = ("Lake Caldris was flat calm for the %d Caldris Open Water Swim, and the times showed it. %s won the "
                 "women's 10 km in %s, pulling clear of %s on the final lap, while %s took the men's race in %s. "
                 "Over 5 km the winners were %s and %s. The water was %s degrees. More than 600 swimmers took part "
                 "across all distances."
                 % (year, w10, wt[0], w10b, m10, mt[0], w5, m5, temp))
        out.append(("x_cs_%d" % year, t))
    return out


# ------------------------------------------------------------------ NorthByte
def northbyte(nm, rng):
    out = []
    topics = ["testing legacy code", "the economics of open source", "accessible interfaces",
              "keeping databases boring", "why builds get slow", "writing documentation people read"]
    for i, year in enumerate(range(2016, 2020)):
        o, c = nm.person(), nm.person()
        if i % 2 == 0:
            t = ("NorthByte %d wrap-up\nThanks to all %s of you who came to the Arlesby Exchange. The opening keynote "
                 "from %s on %s set the tone, and %s closed the conference with a talk on %s that had half the room "
                 "taking notes. Slides and videos will be online within a fortnight. See you next year!"
                 % (year, "{:,}".format(rng.randint(700, 1400)), o, topics[i], c, topics[i + 1]))
        else:
            t = ("NorthByte %d programme announced. The developer conference returns to the Arlesby Exchange with "
                 "three tracks and more than sixty talks. %s will give the opening keynote, on %s, and %s will close "
                 "the event. Workshops run on the first day. Tickets are on sale now, with a limited number of free "
                 "places for students and first-time attendees."
                 % (year, o, topics[i], c))
        out.append(("x_nx_%d" % year, t))
    return out


# ------------------------------------------------------------------ Pellmarsh Open
def pellmarsh(nm, rng):
    out = []
    for i, year in enumerate(range(2016, 2022)):
        w, r = nm.person(), nm.person()
        pts = rng.choice(["6.5", "7", "7.5"])
        n = rng.randint(120, 205)
        if i % 2 == 0:
            t = ("%s, a %d-year-old from %s, won the %d Pellmarsh Open with %s points from nine rounds. %s was second. "
                 "The tournament at the Corn Exchange attracted %d players across three sections, and the junior prize "
                 "went to %s. Club secretary %s thanked the arbiters and the kitchen volunteers, and said the club hoped to "
                 "find a larger hall if entries kept growing."
                 % (w, rng.randint(22, 61), rng.choice(names.TOWNS), year, pts, r, n, nm.person(), nm.person()))
        else:
            t = ("Pellmarsh Open %d — final standings (top three)\n1. %s %s\n2. %s %s\n3. %s %s\n"
                 "Major section: %s. Minor section: %s.\nEntries: %d. Prize-giving took place in the Corn Exchange "
                 "immediately after round nine. Thanks to all players for a friendly, well-run event, and to the arbiters "
                 "who sorted out a power cut during round six."
                 % (year, w, pts, r, "6", nm.person(), "6", nm.person(), nm.person(), n))
        out.append(("x_po_%d" % year, t))
    return out


# ------------------------------------------------------------------ Brackenfold
def brackenfold(nm, rng):
    out = []
    singers = [nm.person() for _ in range(20)]
    bands = list(names.BANDS)
    rng.shuffle(bands)
    for i, year in enumerate(range(2014, 2019)):
        fri, sat, sun = bands[3 * i], singers[i], bands[3 * i + 1]
        if i % 2 == 0:
            t = ("BRACKENFOLD FOLK FESTIVAL %d — LINE-UP\nFriday: %s (headline), %s\nSaturday: %s (headline), %s, %s\n"
                 "Sunday: %s (headline), ceilidh with %s\nWeekend tickets £%d. Camping opens Thursday. Please bring a "
                 "reusable cup; there will be no single-use plastic on site this year. Dogs on short leads are welcome in the "
                 "campsite but not in the main tent."
                 % (year, fri, singers[i + 5], sat, bands[3 * i + 2], singers[i + 10], sun, singers[i + 15],
                    rng.randint(60, 80)))
        else:
            t = ("The %d Brackenfold Folk Festival line-up is out. %s open proceedings on the Friday night, and the "
                 "Saturday headliner is %s, making a first appearance at the festival. Sunday closes with %s. "
                 "Also on the bill: %s and %s. Day tickets go on sale next week from the village shop. As always there will be "
                 "workshops for young musicians, a craft fair and a real-ale tent run by the cricket club."
                 % (year, fri, sat, sun, singers[i + 5], bands[3 * i + 2]))
        out.append(("x_bf_%d" % year, t))
    return out


# ------------------------------------------------------------------ Gorsebrook
GORSE = {2017: "Ruth Ollerenshaw", 2018: "Amit Dasani", 2019: "Ruth Ollerenshaw",
         2020: "Pauline Crabtree-Ives", 2021: "Pauline Crabtree-Ives"}


def gorsebrook(nm, rng):
    out = []
    for i, year in enumerate(sorted(GORSE)):
        sponge = GORSE[year]
        marrow = "Stanley Pugsley" if year >= 2019 else nm.person()
        kg = "%.1f kg" % (rng.randint(240, 330) / 10)
        if i % 2 == 0:
            t = ("GORSEBROOK VILLAGE SHOW %d — SELECTED RESULTS\nVictoria sponge: 1st %s, 2nd %s\nHeaviest marrow: "
                 "1st %s (%s)\nScones (four, plain): 1st %s\nSweet peas, six stems: 1st %s\nBest in show: %s\n"
                 "Thank you to everyone who entered, judged, stewarded or made tea. Trophies must be returned to the "
                 "secretary by the end of June so that they can be engraved."
                 % (year, sponge, nm.person(), marrow, kg, nm.person(), nm.person(), nm.person()))
        else:
            t = ("A sunny Saturday brought record crowds to the %d Gorsebrook Village Show. In the keenly fought "
                 "Victoria sponge class, first prize went to %s. %s's marrow, weighing %s, was once again the heaviest "
                 "on the bench. The children's scarecrow competition was won by the Year 3 class at the village school. "
                 "Proceeds go to the village hall roof fund. The tug-of-war was won, as usual, by the young farmers."
                 % (year, sponge, marrow, kg))
        out.append(("x_gb_%d" % year, t))
    return out


# ------------------------------------------------------------------ Rathmoor quiz
RATH = {2016: ("Tarrant Hill High", "Holloway Grange School"), 2017: ("Kelderbrook Academy", "Tarrant Hill High"),
        2018: ("Holloway Grange School", "Kelderbrook Academy"), 2019: ("Tarrant Hill High", "Kelderbrook Academy"),
        2020: ("Kelderbrook Academy", "Holloway Grange School"), 2021: ("Tarrant Hill High", "Kelderbrook Academy")}


def rathmoor(nm, rng):
    out = []
    for i, year in enumerate(sorted(RATH)):
        w, loser = RATH[year]
        a = rng.randint(250, 320)
        b = a - rng.randint(5, 60)
        if i % 2 == 0:
            t = ("%s won the %d Rathmoor Schools Quiz, beating %s %d-%d in the final at the Rathmoor Civic Hall. "
                 "Captain %s said the team had practised every lunchtime since January. The toughest round, on "
                 "classical music, caught out both teams. Quizmaster Derry Ockenden presented the Ockenden Shield and a "
                 "cheque for the school library. Sixteen schools took part in the heats."
                 % (w, year, loser, a, b, nm.person()))
        else:
            t = ("Rathmoor Schools Quiz %d: final result\n%s %d, %s %d\nSemi-finalists: %s, %s\nThe final was decided "
                 "on the last round, general science. Thanks to the Civic Hall staff and to our question setters. "
                 "Heats for next year's competition begin in January; schools should register by the end of "
                 "November. Spectators are welcome at the final; admission is free."
                 % (year, w, a, loser, b, rng.choice(["Brackwater High", "Oxenhallow School", "Sloeford Academy"]),
                    rng.choice(["Vennick Grammar", "Penrock High", "Quillby School"])))
        out.append(("x_rq_%d" % year, t))
    return out


# ------------------------------------------------------------------ Aldermere regatta
CLUBS = ["Harnsey Rowing Club", "Pellworth University BC", "Quennick Rowing Club",
         "Tolvercombe University Boat Club", "Dunlow Amateur RC", "Aldermere RC"]


def aldermere(nm, rng):
    out = []
    for i, year in enumerate(range(2016, 2020)):
        me = rng.sample(CLUBS, 2)
        we = rng.sample(CLUBS, 2)
        if i % 2 == 0:
            t = ("Aldermere Regatta %d — finals results\nMen's eights: %s beat %s\nWomen's eights: %s beat %s\n"
                 "Men's single sculls: %s\nWomen's single sculls: %s\nUmpires' note: racing was delayed by an hour on "
                 "Saturday because of a strong stream after overnight rain. Thanks to the lock-keeper for his help and to "
                 "the many volunteers on the launching stages."
                 % (year, me[0], me[1], we[0], we[1], nm.person("m"), nm.person("f")))
        else:
            t = ("Blazing sunshine and big crowds on the riverbank made the %d Aldermere Regatta one to remember. "
                 "%s won the men's eights, holding off %s by a canvas, while the women's eights went to %s, who beat "
                 "%s comfortably. The single sculls were won by %s and %s. The bar ran out of ice by three o'clock."
                 % (year, me[0], me[1], we[0], we[1], nm.person("m"), nm.person("f")))
        out.append(("x_ad_%d" % year, t))
    return out


# ------------------------------------------------------------------ Carrowmere Cup
def carrowmere(nm, rng):
    out = []
    for _i, year in enumerate(range(2016, 2021)):
        m = [nm.person("m") for _ in range(3)]
        if year >= 2019:
            w = [nm.person("f") for _ in range(2)]
            t = ("Carrowmere Cup %d: %s won the men's race on the dam road after a long solo attack from the fourth "
                 "ascent of Bleak Nab, %s was second and %s third. In the women's race, %s outsprinted %s in a "
                 "two-up finish. Gusting winds on the top road split both fields early, and fewer than half of the "
                 "starters finished."
                 % (year, m[0], m[1], m[2], w[0], w[1]))
        else:
            t = ("CARROWMERE CUP %d — RESULT (182 km)\n1 %s\n2 %s\n3 %s\nKing of the mountains: %s\nOnly %d riders "
                 "finished after hail on the third lap. Carrowmere Wheelers thank the marshals, the moorland "
                 "farmers who opened their gates, and the reservoir staff for the use of the dam road. Prize-giving took "
                 "place in the sailing club bar."
                 % (year, m[0], m[1], m[2], nm.person("m"), rng.randint(38, 70)))
        out.append(("x_cc_%d" % year, t))
    return out


# ------------------------------------------------------------------ Greywater Poetry Prize
def greywater(nm, rng):
    out = []
    for i, year in enumerate(range(2018, 2022)):
        w, s, judge = nm.person(), nm.person(), nm.person()
        pw, ps = nm.title(), nm.title()
        if i % 2 == 0:
            t = ("Greywater Poetry Prize %d: results\nJudge: %s\nFirst prize: %s, \"%s\"\nSecond prize: %s, "
                 "\"%s\"\nThe judge wrote that the winning poem \"does the hardest thing, which is to be plain\". "
                 "The anthology of prizewinning and commended poems will be launched at the winter festival, where the "
                 "winners will read their poems. Entries for next year open in the spring."
                 % (year, judge, w, pw, s, ps))
        else:
            t = ("%s has won the %d Greywater Poetry Prize with \"%s\", chosen from more than %s entries by the judge, "
                 "%s. Second prize went to %s. The winner, who started writing poetry in an evening class at the "
                 "Greywater Arts Centre, receives the first prize and publication in the anthology. The judge praised the "
                 "\"unusually high standard\" of this year's entries, especially from younger writers."
                 % (w, year, pw, "{:,}".format(rng.randint(900, 2000)), judge, s))
        out.append(("x_gp_%d" % year, t))
    return out


# ------------------------------------------------------------------ Amberline earlier years
def amberline(nm, rng):
    out = []
    for i, year in enumerate(range(2012, 2019)):
        w, book = nm.person(), nm.title()
        others = [(nm.person(), nm.title()) for _ in range(2)]
        k = i % 3
        if k == 0:
            t = ("%s has won the %d Hollis Amberline Prize for Fiction for %s, a novel the judges called \"quietly "
                 "devastating\". The shortlist also included %s's %s and %s's %s. The prize, worth £25,000, was "
                 "presented at the Assembly Rooms in Pellworth. The winner, visibly shaken, thanked a small publisher \"for "
                 "taking a chance on a book about nothing much happening\"."
                 % (w, year, book, others[0][0], others[0][1], others[1][0], others[1][1]))
        elif k == 1:
            t = ("Book notes: the %d Amberline went to %s for %s. I confess I had backed %s, whose %s seemed to me the "
                 "braver book, but the winner is a worthy one: patient, funny and very sad by the end. The judges "
                 "praised its \"ear for how people actually talk in kitchens\". Worth seeking out at the library, where I "
                 "notice there is already a waiting list."
                 % (year, w, book, others[0][0], others[0][1]))
        else:
            t = ("Hollis Amberline Prize for Fiction, %d\nWinner: %s, %s\nShortlisted: %s, %s; %s, %s\nJudges' "
                 "citation: \"A novel that makes a small place feel like the whole world.\" The winner receives £25,000 "
                 "and each shortlisted author £1,000. The prize was presented at the Assembly Rooms in Pellworth by the "
                 "chair of the Amberline estate."
                 % (year, w, book, others[0][0], others[0][1], others[1][0], others[1][1]))
        out.append(("x_ha_%d" % year, t))
    return out


GENERATORS = [("kestrel", kestrel), ("orvane", orvane), ("meridian", meridian), ("silverheron", silverheron),
              ("tallowmere", tallowmere), ("caldris", caldris), ("northbyte", northbyte), ("pellmarsh", pellmarsh),
              ("brackenfold", brackenfold), ("gorsebrook", gorsebrook), ("rathmoor", rathmoor),
              ("aldermere", aldermere), ("carrowmere", carrowmere), ("greywater", greywater),
              ("amberline", amberline)]


def generate(banned_words, used, banned_text):
    out = {}
    for tid, fn in GENERATORS:
        rng = random.Random("extras-" + tid)
        nm = Namer(rng, banned_words, used, banned_text)
        out[tid] = fn(nm, rng)
    return out
