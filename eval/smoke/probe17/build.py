"""Build the probe17 blind evaluation set.

Regenerates every output (docs/, eval.jsonl, gold.jsonl, doc_index.tsv,
README.md) byte for byte from topics.py and pools.py with seed 17017.
Standard library only.
"""

import json
import os
import random

import pools as P
from topics import TOPICS

SEED = 17017
N_DOCS = 900
N_DIGESTS = 60
CLUTTER_RATE = 1 / 3
MIN_WORDS, MAX_WORDS = 40, 220
HERE = os.path.dirname(os.path.abspath(__file__))
KIND_ORDER = ["who", "when", "where", "how_many", "how_much", "which", "what"]
STUDIOS = ["a farmhouse", "a converted church", "a seaside studio", "the band's rehearsal space"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth"]


def lc(s):
    return s[0].lower() + s[1:]


def wc(text):
    return len(text.split())


# ---------------------------------------------------------------- helpers
class Gen:
    def __init__(self, rng):
        self.r = rng

    def pick(self, seq):
        return self.r.choice(seq)

    def person(self):
        return f"{self.pick(P.FIRST)} {self.pick(P.LAST)}"

    def place(self):
        return self.pick(P.PLACE_PRE) + self.pick(P.PLACE_SUF)

    def team(self):
        return f"{self.place()} {self.pick(P.TEAM_SUF)}"

    def year(self):
        return self.r.randint(2015, 2024)

    def day(self):
        return self.r.randint(1, 28)

    def month(self):
        return self.r.randrange(12)

    def dmy(self, y=None):
        y = y or self.year()
        return f"{self.day()} {P.MONTHS[self.month()]} {y}"

    def mdy(self, y=None):
        y = y or self.year()
        return f"{P.MONTHS[self.month()]} {self.day()}, {y}"

    def dm(self):
        return f"{self.day()} {P.MONTHS[self.month()]}"

    def dateline(self, y=None, place=None):
        y = y or self.year()
        place = place or self.place()
        return f"{place.upper()}, {P.MONTH_ABBR[self.month()]} {self.day()}, {y} (NWS) - "

    def company(self):
        return f"{self.pick(P.COMPANY_PRE)} {self.pick(P.COMPANY_SUF)}"

    def software(self):
        return self.pick(P.SOFT_PRE) + self.pick(P.SOFT_SUF)

    def version(self):
        v = f"{self.r.randint(1, 12)}.{self.r.randint(0, 9)}"
        if self.r.random() < 0.5:
            v += f".{self.r.randint(0, 6)}"
        return v

    def band(self):
        return f"The {self.pick(P.BAND_ADJ)} {self.pick(P.BAND_NOUN)}"

    def title(self):
        k = self.r.randrange(4)
        a, n = self.pick(P.TITLE_ADJ), self.pick(P.TITLE_NOUN)
        if k == 0:
            return f"{a} {n}"
        if k == 1:
            return f"The {a} {n}"
        if k == 2:
            return f"{n} of {self.place()}"
        return f"{a} {self.pick(P.TITLE_NOUN)} in {self.place()}"

    def weekday(self):
        return self.pick(P.WEEKDAYS)

    def num(self, a, b):
        return self.r.randint(a, b)

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def keep(self, seq, k):
        idx = sorted(self.r.sample(range(len(seq)), k))
        return [seq[i] for i in idx]

    def paras(self, sentences, max_per=3):
        out, i = [], 0
        while i < len(sentences):
            k = self.r.randint(1, max_per)
            out.append(" ".join(sentences[i:i + k]))
            i += k
        return out


def race_time(g, sport):
    if sport == "running":
        return f"{g.num(0, 1)}:{g.num(10, 59):02d}:{g.num(0, 59):02d}" if g.r.random() < 0.5 else f"{g.num(27, 34)}:{g.num(0, 59):02d}"
    return f"{g.num(2, 5)}h {g.num(0, 59):02d}m {g.num(0, 59):02d}s"


# ---------------------------------------------------------------- filler generators
def gen_match(g):
    t1, t2 = g.team(), g.team()
    while t2 == t1:
        t2 = g.team()
    a, b = g.num(1, 5), g.num(0, 3)
    if b >= a:
        a, b = b + 1, a
    s1, s2 = g.person(), g.person()
    ground = f"{g.place()} {g.pick(['Park', 'Road', 'Stadium', 'Lane', 'Meadow'])}"
    y = g.year()
    title = g.pick([f"{t1} {a}-{b} {t2}", f"{s1.split()[-1]} on target as {t1} beat {t2}", f"{t2} beaten at {ground}"])
    sents = [
        f"{t1} beat {t2} {a}-{b} at {ground} on {g.weekday()}, moving up to {g.pick(ORD)} in the table.",
        f"{s1} opened the scoring in the {g.num(3, 40)}th minute and {s2} added {g.pick(['a second', 'another', 'a late goal'])} after the break.",
        f"The attendance was {g.num(1200, 38000):,}.",
        f"{t2} manager {g.person()} said: \"We were second best for long spells and we know it.\"",
        f"{t1} travel to {g.team()} next {g.weekday()}, while {t2} host {g.team()}.",
        f"It was {t1}'s {g.pick(['third', 'fourth', 'fifth', 'sixth'])} win in a row in the {y}-{(y + 1) % 100:02d} season.",
        f"{g.person()} was booked for a late challenge and will miss the next game through suspension.",
        f"{t2} had a goal ruled out for offside shortly before half-time.",
    ]
    body = g.keep(sents[1:], g.num(3, 6))
    lead = g.dateline(y) + sents[0] if g.r.random() < 0.5 else sents[0]
    return "sports_results", title, g.paras([lead] + body)


def gen_race(g):
    kind = g.pick(P.RACE_KIND)
    sport = P.SPORT_FOR_RACE[kind]
    event = f"{g.place()} {kind}"
    y = g.year()
    w, r2, r3 = g.person(), g.person(), g.person()
    title = g.pick([f"{event} {y}: {w.split()[-1]} wins", f"{event} {y} results", f"{w} takes {y} {event}"])
    if sport in ("golf",):
        result = f"{w} won the {y} {event} on {g.num(6, 18)} under par, {g.num(1, 4)} shots clear of {r2}."
        table = f"Leading scores: {w} -{g.num(6, 18)}; {r2}; {r3}."
    elif sport == "squash":
        result = f"{w} won the {y} {event}, beating {r2} 11-{g.num(3, 9)} 11-{g.num(3, 9)} 11-{g.num(3, 9)} in the final."
        table = f"Semi-finalists: {r3}, {g.person()}."
    else:
        tm = race_time(g, sport)
        result = f"{w} won the {y} {event} in {tm}, finishing {g.num(2, 50)} seconds ahead of {r2}."
        table = f"Top three: 1. {w} {tm}; 2. {r2}; 3. {r3}."
    sents = [
        result,
        f"{r3} completed the podium in {g.pick(['cold', 'windy', 'warm', 'wet', 'ideal'])} conditions.",
        f"More than {g.num(80, 4000):,} competitors took part, the organisers said.",
        f"\"{g.pick(['It hurt from start to finish', 'I just tried to stay patient', 'This one means a lot', 'The crowd carried me'])},\" {w.split()[-1]} said.",
        f"The {event} has been held every year since {g.num(1950, 2008)}.",
        f"Last year's winner, {g.person()}, did not start because of injury.",
        f"{r2} had led at the halfway point but faded in the closing stages.",
        f"Race director {g.person()} said next year's event would keep the same date and start area.",
        f"The women's race was won by {g.person()}, with {g.person()} second.",
        f"Prize money this year totalled {g.num(2, 40)},000 pounds.",
        table,
    ]
    return "sports_results", title, g.paras([sents[0]] + g.keep(sents[1:], g.num(4, 8)))


def gen_awards(g):
    name = f"{g.place()} {g.pick(P.AWARD_PRE)} {g.pick(P.AWARD_KIND)}"
    y = g.year()
    cats = ["Best newcomer", "Outstanding achievement", "Judges' special award", "People's choice",
            "Lifetime achievement", "Best collaboration", "Rising star", "Best in show"]
    chosen = g.sample(cats, g.num(3, 5))
    lines = "; ".join(f"{c} - {g.person()}" for c in chosen)
    title = g.pick([f"{name} {y}: winners announced", f"{name} {y}: full list of winners", f"{g.person()} leads winners at {name}"])
    sents = [
        f"Winners of the {y} {name} were announced on {g.dm()} at the {g.place()} Assembly Rooms, in a ceremony hosted by {g.person()}.",
        f"Winners: {lines}.",
        f"The judges considered more than {g.num(60, 900)} entries this year.",
        f"Organisers said the ceremony raised {g.num(4, 60)},000 pounds for local charities.",
        f"{g.person()} was shortlisted in two categories but went home empty-handed.",
    ]
    return "award_writeup", title, g.paras([sents[0], sents[1]] + g.keep(sents[2:], g.num(1, 3)))


def gen_byelection(g):
    ward = g.pick(P.WARDS)
    town = g.place()
    parties = g.sample(P.PARTIES, 3)
    cands = [g.person() for _ in range(3)]
    votes = sorted([g.num(300, 2400) for _ in range(3)], reverse=True)
    y = g.year()
    title = g.pick([f"{parties[0]} win {ward} ward by-election in {town}", f"{town} by-election: {cands[0]} elected for {ward}"])
    sents = [
        f"{cands[0]} of the {parties[0]} has won the {ward} ward by-election on {town} council with {votes[0]:,} votes.",
        f"{cands[1]} ({parties[1]}) received {votes[1]:,} and {cands[2]} ({parties[2]}) {votes[2]:,}.",
        f"Turnout was {g.num(18, 44)}.{g.num(0, 9)} per cent.",
        f"The by-election was called after the resignation of councillor {g.person()} in {P.MONTHS[g.month()]} {y}.",
        f"{cands[0].split()[0]} said the result showed residents wanted \"action on potholes and parking\".",
        "The result leaves the council's balance of power unchanged.",
    ]
    return "election_report", title, g.paras([sents[0]] + g.keep(sents[1:], g.num(2, 5)))


def gen_council_election(g):
    town = g.place()
    y = g.year()
    parties = g.sample(P.PARTIES, 4)
    total = g.num(30, 60)
    s1 = g.num(total // 3, total // 2 + 4)
    s2 = g.num(4, max(5, (total - s1) // 2))
    s3 = max(0, total - s1 - s2 - g.num(0, 4))
    s4 = total - s1 - s2 - s3
    title = f"{town} council election {y}: {parties[0]} {'take control' if s1 > total // 2 else 'largest party'}"
    sents = [
        f"The {parties[0]} won {s1} of the {total} seats on {town} council in the {y} local elections.",
        f"The {parties[1]} took {s2}, the {parties[2]} {s3} and the {parties[3]} {s4}.",
        f"Turnout across the district was {g.num(24, 48)} per cent.",
        f"Group leader {g.person()} said the party would \"get on with the job from Monday\".",
        f"Counting at the {g.place()} sports centre finished shortly after {g.num(1, 5)}am.",
        f"{g.person()}, who had led the council for {g.num(2, 9)} years, lost the seat by {g.num(3, 140)} votes.",
    ]
    return "election_report", title, g.paras(sents[:2] + g.keep(sents[2:], g.num(2, 4)))


def gen_press(g):
    co = g.company()
    y = g.year()
    who = g.person()
    k = g.r.randrange(3)
    if k == 0:
        role = g.pick(["chief operating officer", "chief financial officer", "chief technology officer", "chair", "head of sustainability"])
        title = f"{co} appoints {who} as {role}"
        lead = f"{co} today announced the appointment of {who} as {role}, effective {g.dm()}."
        more = [f"{who.split()[0]} joins after {g.num(3, 12)} years at {g.company()}.",
                f"Chief executive {g.person()} said: \"{who.split()[0]} brings exactly the experience we need.\"",
                f"{who.split()[0]} succeeds {g.person()}, who is retiring."]
    elif k == 1:
        pct = g.num(2, 19)
        title = f"{co} reports {pct} per cent rise in revenue"
        lead = f"{co} today reported revenue of {g.num(20, 900)} million for the year to {g.dm()} {y}, up {pct} per cent."
        more = [f"Operating profit was {g.num(2, 80)} million.",
                f"The board proposed a dividend of {g.num(2, 30)}p per share.",
                f"Chief executive {g.person()} said trading in the first weeks of the new year had been \"in line with expectations\"."]
    else:
        jobs = g.num(20, 400)
        site = g.place()
        title = f"{co} opens new site in {site}, creating {jobs} jobs"
        lead = f"{co} has opened a new facility in {site}, creating {jobs} jobs over the next {g.num(2, 4)} years."
        more = [f"The site on {g.pick(P.STREETS)} cost {g.num(5, 60)} million to build.",
                "Recruitment has already begun, with apprenticeships for school leavers.",
                f"Local councillor {g.person()} welcomed the investment."]
    head = g.pick([f"PRESS RELEASE - {g.dmy(y)}", f"For immediate release - {g.mdy(y)}", f"{g.dmy(y)}"])
    return "company_announcement", title, [head, lead] + g.paras(g.keep(more, g.num(2, 3)) + [f"About {co}: {co} employs around {g.num(200, 9000):,} people."])


def gen_device(g):
    brand = g.pick(P.DEVICE_BRAND)
    kind = g.pick(P.DEVICE_KIND)
    model = f"{brand} {g.pick(['S', 'M', 'Air ', 'Pro ', 'Go ', ''])}{g.num(2, 12)}"
    y = g.year()
    price = g.num(49, 1299)
    title = g.pick([f"{model} launches at ${price}", f"{brand} unveils the {model}", f"{model} {kind}: price and release date"])
    sents = [
        f"{brand} has unveiled the {model}, a new {kind} that goes on sale on {g.dm()} priced from ${price}.",
        f"It replaces the {brand} {g.num(1, 9)} and adds {g.pick(['a brighter screen', 'longer battery life', 'a faster chip', 'better water resistance', 'a lighter body'])}.",
        f"Battery life is rated at up to {g.num(8, 90)} hours.",
        f"The company said pre-orders open on {g.weekday()}.",
        f"It comes in {g.num(2, 5)} colours and {g.num(1, 3)} sizes.",
        f"Analysts at {g.company()} expect the device to sell strongly in the run-up to the holidays.",
    ]
    lead = g.dateline(y) + sents[0] if g.r.random() < 0.6 else sents[0]
    return "company_announcement", title, g.paras([lead] + g.keep(sents[1:], g.num(2, 5)))


def gen_release(g):
    sw = g.software()
    v = g.version()
    y = g.year()
    title = g.pick([f"{sw} {v} release notes", f"{sw} {v} released", f"Changelog: {sw} {v}"])
    parts = [g.pick([f"Released {g.dmy(y)}", f"Published {g.mdy(y)}", f"{g.dmy(y)}"])]
    parts.append("Added\n" + "\n".join("- " + x for x in g.sample(P.RELEASE_ADDED, g.num(1, 4))))
    parts.append("Fixed\n" + "\n".join("- " + x for x in g.sample(P.RELEASE_FIXED, g.num(1, 4))))
    if g.r.random() < 0.6:
        parts.append("Changed\n" + "\n".join("- " + x for x in g.sample(P.RELEASE_CHANGED, g.num(1, 2))))
    parts.append(g.pick([f"Thanks to the {g.num(3, 60)} contributors to this release.",
                         "Upgrade notes are in the documentation.",
                         f"Version {g.version()} remains supported with security fixes."]))
    return "release_notes", title, parts


def gen_release_blog(g):
    sw = g.software()
    v = g.version()
    kind = g.pick(P.SOFT_KIND)
    y = g.year()
    title = g.pick([f"{sw} {v} is out", f"Announcing {sw} {v}", f"What's new in {sw} {v}"])
    sents = [
        f"The {sw} team has released version {v} of the {kind}.",
        f"Highlights include {lc(g.pick(P.RELEASE_ADDED))} and {lc(g.pick(P.RELEASE_ADDED))}.",
        f"This release also fixes {lc(g.pick(P.RELEASE_FIXED))}.",
        f"Version {g.version()} will continue to receive security fixes until {g.dmy(y + 1)}.",
        "Packages are available for all major platforms; the source is on the project's website.",
        f"{sw} is maintained by {g.num(3, 40)} volunteers and sponsored by {g.company()}.",
        f"The next feature release is planned for {P.MONTHS[g.month()]}.",
    ]
    posted = g.pick([f"Posted {g.dmy(y)}", f"{g.mdy(y)} by {g.person()}"])
    return "release_notes", title, [posted] + g.paras([sents[0]] + g.keep(sents[1:], g.num(2, 5)))


def gen_council(g):
    place = g.place()
    street = g.pick(P.STREETS)
    ward = g.pick(P.WARDS)
    subj, beat = g.pick(P.COUNCIL_SUBJECTS)
    subj = subj.format(street=street, ward=ward, place=place)
    y = g.year()
    title = g.pick([f"Council approves {subj}", f"Residents asked for views on {subj}", f"Work to start on {subj}"])
    title = title[0].upper() + title[1:]
    sents = [
        f"{place} council has agreed {subj}, following a vote at {g.weekday()}'s {g.pick(['cabinet', 'full council', 'planning committee'])} meeting.",
        f"The scheme is expected to cost {g.num(40, 900)},000 pounds and to take {g.num(2, 20)} weeks.",
        f"Councillor {g.person()}, cabinet member for {beat}, said: \"This is something residents have asked for again and again.\"",
        f"Residents can comment until {g.dm()} online or at the town hall.",
        f"Work is due to begin on {g.dm()} {y}.",
        f"Opposition councillors questioned whether the money would be better spent on {g.pick(['road repairs', 'youth services', 'street lighting', 'flood defences'])}.",
        f"A public drop-in session will be held at the {place} community centre.",
    ]
    lead = sents[0]
    if g.r.random() < 0.4:
        lead = f"{place.upper()}, {g.dmy(y)} - " + lead
    return "council_news", title, g.paras([lead] + g.keep(sents[1:], g.num(3, 6)))


def gen_album(g):
    band = g.band()
    alb = g.title()
    y = g.year()
    title = g.pick([f"{alb} (album)", alb])
    sents = [
        f"{alb} is the {g.pick(ORD)} studio album by {g.pick(P.MUSIC_GENRE)} band {band}, released on {g.dmy(y)} through {g.pick(P.COMPANY_PRE)} Records.",
        f"It was produced by {g.person()} and recorded at {g.pick(STUDIOS)} in {g.place()}.",
        f"The album has {g.num(8, 14)} tracks and runs {g.num(34, 62)} minutes.",
        f"The lead single, \"{g.title()}\", reached number {g.num(3, 60)} on the national chart.",
        f"Critics praised its {g.pick(['warm production', 'sharp lyrics', 'ambition', 'restraint'])}.",
        f"A deluxe edition with {g.num(2, 8)} extra tracks followed in {y + 1}.",
    ]
    return "music_page", title, g.paras([sents[0]] + g.keep(sents[1:], g.num(2, 5)))


def gen_band(g):
    band = g.band()
    y = g.num(1995, 2018)
    members = [g.person() for _ in range(g.num(3, 5))]
    roles = ["vocals", "guitar", "bass", "drums", "keyboards"]
    lineup = ", ".join(f"{m} ({roles[i]})" for i, m in enumerate(members))
    sents = [
        f"{band} are a {g.pick(P.MUSIC_GENRE)} band formed in {g.place()} in {y}.",
        f"The line-up is {lineup}.",
        f"They have released {g.num(2, 7)} studio albums, most recently {g.title()} ({g.num(y + 2, 2024)}).",
        f"The band's original drummer, {g.person()}, left in {y + g.num(1, 5)}.",
        f"They are known for {g.pick(['long live shows', 'hand-made album sleeves', 'playing in unusual venues', 'their annual charity gig'])}.",
        f"Their breakthrough came with the single \"{g.title()}\", which was used in a television advert.",
        f"They have toured with {g.band()} and played the {g.place()} Festival {g.pick(['twice', 'three times', 'four times'])}.",
        f"The band are signed to {g.pick(P.COMPANY_PRE)} Records.",
    ]
    return "music_page", band, g.paras(sents[:2] + g.keep(sents[2:], g.num(3, 5)))


def gen_film(g):
    film = g.title()
    y = g.year()
    director, producer = g.person(), g.person()
    genre = g.pick(P.FILM_GENRE)
    title = g.pick([f"{film} ({y} film)", film])
    sents = [
        f"{film} is a {y} {genre} directed by {director} and produced by {producer}.",
        f"It stars {g.person()} and {g.person()}.",
        f"The film premiered at the {g.place()} Film Festival and was released on {g.dmy(y)}.",
        f"Running time: {g.num(82, 151)} minutes. Box office: ${g.num(1, 90)}.{g.num(0, 9)} million.",
        f"It was shot over {g.num(20, 70)} days in and around {g.place()}.",
        f"The screenplay, by {g.person()}, is based on a true story.",
        f"Reviews were {g.pick(['mostly positive', 'mixed', 'warm', 'divided'])}.",
        f"The music was composed by {g.person()}.",
        f"It follows {g.pick(['a retired teacher', 'two estranged brothers', 'a night-shift nurse', 'a failing magician', 'a teenage chess player'])} who {g.pick(['returns home for a funeral', 'enters a national competition', 'inherits a bankrupt hotel', 'tries to win back a lost friend'])}.",
    ]
    return "film_page", title, g.paras([sents[0]] + g.keep(sents[1:], g.num(4, 7)))


def gen_attraction(g):
    place = g.place()
    att = g.pick(P.ATTRACTIONS)
    y = g.year()
    adult = g.num(5, 22)
    child = max(2, adult - g.num(2, 6))
    title = g.pick([f"{place} {att}: opening times and prices {y}", f"{place} {att} - visitor information", f"Visiting {place} {att}"])
    parts = [
        f"Open {g.pick(['daily', 'Tuesday to Sunday', 'weekends and school holidays'])}, {g.num(9, 10)}am-{g.num(4, 6)}pm, from {g.dm()} to {g.dm()}.",
        f"Admission: adults £{adult}; children £{child}; family ticket £{adult * 2 + child * 2 - g.num(2, 8)}. Under-5s free.",
        f"{g.pick(['Free parking for visitors', 'Parking £3 all day', 'No parking on site; use the town car park'])}. {g.pick(['Dogs welcome on leads.', 'Assistance dogs only.', 'Cafe open until 4pm.'])}",
        f"Guided tours run at {g.num(10, 11)}am and {g.num(1, 3)}pm and last about {g.num(30, 90)} minutes. Booking is recommended in the school holidays.",
        f"Closed {g.dm()} for maintenance.",
        f"Getting there: bus {g.num(1, 99)} from {g.place()} stops outside the main gate every {g.num(15, 60)} minutes.",
        f"Accessibility: {g.pick(['step-free access to the ground floor and gardens', 'some areas are only reachable by stairs', 'wheelchairs can be borrowed free of charge'])}.",
        f"The {att.lower()} {g.pick(['dates from the 1800s', 'was restored by volunteers', 'is run by a local charity', 'won a regional tourism award'])} and welcomes around {g.num(10, 200)},000 visitors a year.",
    ]
    return "travel_listing", title, parts[:2] + g.keep(parts[2:], g.num(3, 5))


def gen_event_listing(g):
    place = g.place()
    kind = g.pick(["Food Festival", "Beer Festival", "Book Festival", "Kite Festival", "Christmas Market",
                   "Comedy Festival", "Vintage Fair", "Folk Night", "Dog Show", "Science Fair"])
    y = g.year()
    m = P.MONTHS[g.month()]
    d = g.num(1, 25)
    title = f"{place} {kind} {y}"
    parts = [
        f"Dates: {d}-{d + g.num(1, 2)} {m} {y}",
        f"Venue: {g.pick(['the Market Square', 'Riverside Park', 'the Town Hall', 'the Showground', 'the Harbour'])}, {place}",
        f"{g.pick(['More than 60 stalls', 'Three stages', 'Talks and workshops', 'Live music all weekend'])}, with {g.pick(['free entry', 'tickets from £6', 'weekend passes at £25'])}. The {kind.lower()} is now in its {g.num(2, 30)}th year and is run by volunteers.",
        f"{g.person()} {g.pick(['opens the event', 'headlines the Saturday', 'hosts the main stage', 'judges the competitions'])}, and {g.person()} returns for a second year.",
        "No glass on site. Accessible toilets and baby-changing facilities available.",
        f"Parking: {g.pick(['park and ride from the leisure centre', 'limited on-street parking', 'the showground car park, £5 per day'])}. Trains run from {g.place()} every half hour.",
        f"Opening times: {g.num(9, 11)}am to {g.num(5, 10)}pm each day. Last entry one hour before closing.",
    ]
    return "travel_listing", title, parts[:3] + g.keep(parts[3:], g.num(2, 4))


def gen_forum_tech(g):
    sw = g.software()
    v = g.version()
    u1, u2, u3 = g.sample(P.FORUM_USERS, 3)
    problem = g.pick(["won't sync after update", "crashes on start-up", "lost my settings", "is really slow since the update", "can't log in"])
    title = f"{sw} {v} {problem}?"
    parts = [
        f"Posted by {u1} » {g.weekday()[:3]} {g.dm()}",
        f"Since updating to {v} yesterday {sw} {problem}. Tried restarting and reinstalling, no luck. Anyone else?",
        f"Reply from {u2}: Same here. Rolling back to {g.version()} fixed it for me, but that's not ideal.",
        f"Reply from {u3}: Check the log file, there's a known issue with {g.pick(['proxy settings', 'old config files', 'the cache folder', 'antivirus software'])}. Deleting it worked for me.",
        f"Reply from {u1}: That did it, thanks!",
    ]
    return "forum_post", title, parts[:2] + parts[2:2 + g.num(2, 3)]


def gen_forum_chat(g):
    u1, u2, u3 = g.sample(P.FORUM_USERS, 3)
    place = g.place()
    k = g.r.randrange(3)
    if k == 0:
        ev = f"{place} {g.pick(P.RACE_KIND)}"
        title = f"Anyone doing the {ev} this year?"
        first = f"First time entering the {ev}. Any tips on the course? Heard the last few miles are brutal."
        rep = [f"Reply from {u2}: Go steady on the first climb, everyone goes off too fast.",
               f"Reply from {u3}: Did it in {g.year()}. Bring gels, the feed station ran out."]
    elif k == 1:
        band = g.band()
        title = f"{band} at {place} - setlist?"
        first = f"Going to see {band} on {g.weekday()}. Anyone know if they're playing the old stuff?"
        rep = [f"Reply from {u2}: Saw them last week, mostly the new album plus three oldies.",
               f"Reply from {u3}: Get there early, the support act is great."]
    else:
        title = f"Best place to park near {place} station?"
        first = f"Visiting {place} next month. Is it worth parking at the station or is there somewhere cheaper?"
        rep = [f"Reply from {u2}: The {g.pick(P.STREETS)} car park is half the price and five minutes' walk.",
               f"Reply from {u3}: Avoid market day, it's chaos."]
    return "forum_post", title, [f"Posted by {u1} » {g.weekday()[:3]} {g.dm()}", first] + rep


def gen_village(g):
    place = g.place()
    y = g.num(2011, 2021)
    sents = [
        f"{place} is a village and civil parish in the district of {g.place()}, about {g.num(3, 15)} miles from {g.place()}.",
        f"At the {y} census it had a population of {g.num(300, 6000):,}.",
        f"The parish church of St {g.pick(['Aldhelm', 'Brigid', 'Cuthbert', 'Non', 'Petroc', 'Wilfrid'])} dates from the {g.pick(['12th', '13th', '14th', '15th'])} century.",
        f"The village has a primary school, a pub, the {g.pick(['Plough', 'Anchor', 'Red Lion', 'Ferryman', 'Wheatsheaf'])}, and a {g.pick(['post office', 'village shop', 'cricket club'])}.",
        f"The railway station closed in {g.num(1955, 1970)}.",
        f"An annual {g.pick(['scarecrow festival', 'duck race', 'flower show', 'fun run'])} is held in {P.MONTHS[g.month()]}.",
    ]
    return "wiki", place, g.paras(sents[:2] + g.keep(sents[2:], g.num(2, 4)))


def gen_namesake(g):
    who = g.person()
    if g.r.random() < 0.5:
        title = f"MV {who}"
        sents = [
            f"MV {who} is a {g.pick(['passenger ferry', 'cargo ship', 'survey vessel', 'tug'])} launched on {g.dmy(g.num(1985, 2020))}.",
            f"She is named after {who}, a {g.pick(['lifeboat coxswain', 'harbour engineer', 'local councillor', 'naturalist'])}.",
            f"The ship is {g.num(30, 140)} metres long and can carry {g.num(12, 900)} passengers.",
            f"Her home port is {g.place()}.",
            f"She was built by {g.company().split()[0]} Shipbuilders and entered service the following year.",
            f"In {g.num(2005, 2023)} she was refitted with {g.pick(['new engines', 'a larger car deck', 'a hybrid battery system', 'new lifeboats'])}.",
        ]
    else:
        title = f"{who} Building"
        sents = [
            f"The {who} Building is a {g.num(3, 14)}-storey {g.pick(['office block', 'library', 'teaching building', 'hospital wing'])} in {g.place()}, completed in {g.num(1962, 2019)}.",
            f"It was named after {who}, who {g.pick(['founded the local college', 'chaired the hospital trust', 'led the flood relief effort', 'endowed the first scholarships'])}.",
            f"The building was designed by {g.company().split()[0]} Architects.",
            f"It was refurbished in {g.num(2000, 2023)} at a cost of {g.num(2, 40)} million pounds.",
            f"The ground floor houses a {g.pick(['cafe', 'public exhibition space', 'bookshop', 'reception and visitor centre'])}.",
            f"It is listed for its {g.pick(['concrete facade', 'stained-glass stairwell', 'roof garden', 'clock tower'])}.",
        ]
    return "wiki", title, g.paras(sents[:2] + g.keep(sents[2:], g.num(3, 4)))


def gen_wire(g):
    place = g.place()
    y = g.year()
    k = g.r.randrange(3)
    if k == 0:
        title = g.pick([f"Storm brings travel disruption to {place}", f"Flood warnings issued for {place} area"])
        sents = [f"Heavy rain and strong winds caused disruption across {place} on {g.weekday()}, with several roads closed.",
                 f"Rail services between {place} and {g.place()} were suspended for {g.num(2, 9)} hours.",
                 f"Around {g.num(200, 8000):,} homes lost power, the network operator said.",
                 f"Forecasters expect conditions to ease by {g.weekday()}.",
                 f"Schools in {g.place()} closed early and a music festival was postponed.",
                 f"Police urged drivers to avoid the coast road until at least {g.weekday()} evening.",
                 f"A spokesperson for the council said {g.num(20, 200)} sandbags had been handed out."]
    elif k == 1:
        co = g.company()
        title = f"{co} to cut {g.num(40, 600)} jobs"
        sents = [f"{co} said on {g.weekday()} it would close its plant in {place} by the end of the year.",
                 "The union called the decision \"a hammer blow for the town\".",
                 "The company blamed rising energy costs and weaker demand.",
                 f"Shares fell {g.num(1, 9)}.{g.num(0, 9)} per cent.",
                 f"The plant opened in {g.num(1960, 2005)} and once employed more than {g.num(700, 2000):,} people.",
                 f"Local MP {g.person()} called for an urgent meeting with the company.",
                 "Staff will be offered redeployment at other sites where possible."]
    else:
        title = f"New ferry route to link {place} and {g.place()}"
        sents = [f"A new ferry service will start in {P.MONTHS[g.month()]}, cutting the journey time by {g.num(20, 90)} minutes.",
                 f"The operator, {g.company()}, said it would run {g.num(2, 8)} crossings a day.",
                 f"Fares start at {g.num(5, 30)} pounds for foot passengers.",
                 "Local businesses welcomed the route.",
                 f"The vessel, built in {g.place()}, can carry {g.num(100, 600)} passengers and {g.num(20, 120)} cars.",
                 f"A previous service was withdrawn in {g.num(1995, 2015)} after losses.",
                 f"Tickets go on sale on {g.dm()}."]
    return "wire_news", title, g.paras([g.dateline(y, place) + sents[0]] + g.keep(sents[1:], g.num(3, 6)))


def gen_review(g):
    stars = g.num(2, 5)
    k = g.r.randrange(3)
    if k == 0:
        thing = f"{g.pick(P.DEVICE_BRAND)} {g.num(2, 12)}"
        title = f"{thing} review: {g.pick(['solid but unexciting', 'the best value around', 'a big step forward', 'hard to recommend'])}"
        body = [f"The {thing} {g.pick(['feels well made', 'is lighter than before', 'has a superb screen'])}.",
                f"In our tests the battery lasted {g.num(8, 48)} hours.",
                f"At ${g.num(79, 999)} it faces strong competition.",
                f"The software is {g.pick(['clean', 'cluttered', 'fast', 'a little buggy'])}.",
                f"Charging from empty took {g.num(40, 150)} minutes with the supplied cable.",
                "The speakers are loud but thin, and there is no headphone socket.",
                f"Verdict: {g.pick(['buy it on offer', 'the one to beat'] if stars >= 4 else ['a safe choice', 'wait for the next model'])}."]
    elif k == 1:
        thing = g.title()
        title = f"Review: {thing} by {g.band()}"
        body = [f"The band's {g.pick(ORD)} record is {g.pick(['their boldest yet', 'a return to form', 'a slow burner'])}.",
                f"Producer {g.person()} gives the songs room to breathe.",
                f"Highlights include the title track and \"{g.title()}\".",
                "It drags a little in the middle, but the closing run is superb.",
                f"Recorded in {g.place()} over a single winter, it sounds warm and unhurried.",
                f"The band play {g.place()} Corn Hall next month.",
                "Not every experiment works, but few records this year are as generous."]
    else:
        thing = g.title()
        title = f"{thing} review - {g.pick(['a quietly devastating drama', 'a thriller that runs out of road', 'warm, funny and far too long'])}"
        body = [f"Director {g.person()} has made {g.pick(['a film of real patience', 'an uneven but memorable film', 'a crowd-pleaser'])}.",
                f"{g.person()} is superb in the lead role.",
                f"The {g.num(90, 150)}-minute running time tests the patience.",
                f"It is in cinemas from {g.weekday()}.",
                f"Cinematographer {g.person()} makes the most of the {g.pick(['coastline', 'city at night', 'mountain village', 'empty motorways'])}.",
                "The final act ties things up a little too neatly.",
                "The supporting cast, mostly first-time actors, are excellent."]
    return "review", title, [f"{stars} stars"] + g.paras(g.keep(body, g.num(4, 6)))


GENERATORS = [
    gen_match, gen_race, gen_awards, gen_byelection, gen_council_election, gen_press, gen_device,
    gen_release, gen_release_blog, gen_council, gen_album, gen_band, gen_film, gen_attraction,
    gen_event_listing, gen_forum_tech, gen_forum_chat, gen_village, gen_namesake, gen_wire, gen_review,
]


# ---------------------------------------------------------------- digest briefs
def brief(g, beat):
    """One short news item: returns (template id, text)."""
    place = g.place()
    if beat == "sport":
        opts = [
            f"{g.team()} have signed {g.person()} from {g.team()} on a two-year deal.",
            f"The {place} {g.pick(P.RACE_KIND)} has a new route this year to avoid roadworks.",
            f"{g.person()} has been named in the county squad for the first time.",
            f"{g.team()} have sacked manager {g.person()} after a run of {g.num(5, 9)} games without a win.",
            f"Floodlight failure caused {g.team()}'s home game to be abandoned at half-time.",
            f"The {place} {g.pick(P.RACE_KIND)} has sold out its {g.num(800, 5000):,} places.",
        ]
    elif beat == "tech":
        opts = [
            f"{g.software()} {g.version()} fixes a bug that could corrupt saved files.",
            f"{g.pick(P.DEVICE_BRAND)} has confirmed a software update for its older {g.pick(P.DEVICE_KIND)} models.",
            f"The {g.software()} project has moved its code hosting to a new platform.",
            f"{g.company()} has shut down its {g.software()} app, giving users {g.num(30, 90)} days to export their data.",
            f"A flaw in {g.software()} versions before {g.version()} could let attackers read private notes, researchers say.",
            f"{g.pick(P.DEVICE_BRAND)} is cutting the price of its {g.pick(P.DEVICE_KIND)} by {g.num(10, 25)} per cent.",
        ]
    elif beat == "arts":
        opts = [
            f"{g.band()} will play {place} Town Hall in {P.MONTHS[g.month()]}.",
            f"The {place} Playhouse has announced its spring season.",
            f"A retrospective of the painter {g.person()} opens at the {place} gallery.",
            f"{g.person()}'s debut novel, {g.title()}, has been optioned for television.",
            f"The {place} Film Society is showing {g.title()} on {g.weekday()} night.",
            f"{g.band()} have split after {g.num(6, 20)} years, the band said in a statement.",
        ]
    elif beat == "business":
        opts = [
            f"{g.company()} has moved its head office to {place}.",
            f"{g.company()} shares rose after a bigger-than-expected profit.",
            f"A new bakery chain, {g.pick(P.COMPANY_PRE)} Bread, is opening its {g.pick(ORD)} shop in {place}.",
            f"{g.company()} has been fined {g.num(20, 900)},000 pounds over a safety breach at its {place} depot.",
            f"{g.company()} is recruiting {g.num(15, 200)} staff for a new contact centre in {place}.",
            f"The {place} branch of {g.company()} will close in {P.MONTHS[g.month()]}.",
        ]
    else:
        opts = [
            f"{place} council has approved {g.pick(P.COUNCIL_SUBJECTS)[0].format(street=g.pick(P.STREETS), ward=g.pick(P.WARDS), place=g.place())}.",
            f"Roadworks on {g.pick(P.STREETS)} in {place} will last until the end of the month.",
            f"The {place} {g.pick(P.ATTRACTIONS)} reopens on {g.weekday()} after repairs.",
            f"Police in {place} are appealing for witnesses after a car was damaged on {g.pick(P.STREETS)}.",
            f"Residents of {place} have raised {g.num(2, 40)},000 pounds to save the village hall.",
            f"A new footbridge over the river at {place} is due to open in {P.MONTHS[g.month()]}.",
        ]
    i = g.r.randrange(len(opts))
    return f"{beat}{i}", opts[i]


def briefs(g, beat, n):
    """n distinct-template briefs; the first on the digest's beat, the rest mixed."""
    out, seen = [], set()
    while len(out) < n:
        b = beat if not out else g.pick([beat, beat, "sport", "tech", "arts", "business", "local"])
        tid, text = brief(g, b)
        if tid not in seen:
            seen.add(tid)
            out.append(text)
    return out


# ---------------------------------------------------------------- clutter
def clutter(g, genre):
    head, tail = [], []
    if genre == "forum_post":
        tail.append(g.pick(["Reply | Quote | Report", "Back to top", f"{g.num(2, 40)} replies | {g.num(50, 3000)} views"]))
        if g.r.random() < 0.5:
            tail.append(g.pick(P.CLUTTER_TAIL[3:5]))
        return head, tail
    if genre in P.WIKI_GENRES:
        if g.r.random() < 0.6:
            head.append(g.pick(P.CLUTTER_HEAD[genre]))
        tail.extend(g.sample(P.CLUTTER_TAIL_WIKI, g.num(1, 2)))
        if g.r.random() < 0.5:
            tail.append(f"This page was last edited on {g.dmy(g.pick([2024, 2025]))}.")
        return head, tail
    if g.r.random() < 0.6:
        head.append(g.pick(P.CLUTTER_HEAD[genre]))
    if genre == "release_notes":
        tail.extend(g.sample(P.CLUTTER_TAIL_DOCS, g.num(1, 2)))
        return head, tail
    if g.r.random() < 0.5:
        head.append(g.pick([f"By {g.person()} | {g.num(2, 7)} min read", f"By {g.person()}, staff reporter",
                            f"Updated {g.num(1, 11)} hours ago", f"By {g.person()}"]))
    tail.extend(g.sample(P.CLUTTER_TAIL, g.num(1, 2)))
    if g.r.random() < 0.5:
        tail.append("Related: " + " | ".join(g.sample(P.RELATED_HEADLINES, 2)))
    if g.r.random() < 0.4:
        tail.append(f"(c) {g.pick(P.PUBLISHERS)}. All rights reserved. | Privacy | Terms")
    return head, tail


def compose(title, paras, head=(), tail=()):
    lines = [title]
    lines += list(head)
    body = "\n\n".join(paras)
    text = "\n".join(lines) + "\n" + body
    if tail:
        text += "\n\n" + "\n".join(tail)
    return text


def contains_any(text, needles):
    low = text.lower()
    return any(n in low for n in needles)


# ---------------------------------------------------------------- main build
def build():
    rng = random.Random(SEED)
    g = Gen(rng)

    # topic passages
    docs = []
    answer_strings = []  # (topic, string) for answers of 5+ chars
    reserved = []
    for t in TOPICS:
        src_keys = set()
        for q in t["questions"]:
            src_keys.update(q["src"])
            for a in q["ans"]:
                if len(a) >= 5:
                    answer_strings.append((t["key"], a))
                    reserved.append(a.lower())
            reserved.extend(x.lower() for x in q["absent"])
        reserved.extend(n.lower() for n in t["names"])
        for pkey, (genre, text) in t["passages"].items():
            title, _, body = text.strip().partition("\n")
            docs.append({
                "topic": t["key"], "pkey": pkey, "genre": genre,
                "role": "answer" if pkey in src_keys else "near_miss",
                "title": title, "paras": [body.strip()],
            })
    leak = sorted({a.lower() for _, a in answer_strings})
    absent_all = sorted({x.lower() for t in TOPICS for q in t["questions"] for x in q["absent"]})
    reserved = sorted(set(reserved))

    # digests
    mentions = [(t["key"], t["beat"], m) for t in TOPICS for m in t["mentions"]]
    rng.shuffle(mentions)
    per = [2 if i < len(mentions) - N_DIGESTS else 1 for i in range(N_DIGESTS)]
    pos = 0
    for i in range(N_DIGESTS):
        mine = mentions[pos:pos + per[i]]
        pos += per[i]
        while True:
            items = briefs(g, mine[0][1], g.num(2, 4))
            while wc(" ".join(items + [m for _, _, m in mine])) < 50:
                items = briefs(g, mine[0][1], len(items) + 1)
            if not contains_any(" ".join(items), reserved):
                break
        for _, _, m in mine:
            items.insert(g.num(0, len(items)), m)
        while True:
            y = g.pick([2023, 2024])
            title = g.pick(P.DIGEST_TITLES[mine[0][1]]) + g.pick([f": {g.weekday()} {g.dm()}", f" - {g.mdy(y)}", f", week {g.num(1, 52)}", ""])
            if not contains_any(title, reserved):
                break
        style = g.r.randrange(3)
        if style == 0:
            paras = ["- " + x for x in items]
        elif style == 1:
            paras = ["\n".join("* " + x for x in items)]
        else:
            paras = items
        docs.append({"topic": ";".join(sorted({k for k, _, _ in mine})), "pkey": "", "genre": "news_digest",
                     "role": "digest", "title": title, "paras": paras})

    # filler
    n_filler = N_DOCS - len(docs)
    made = tries = 0
    while made < n_filler:
        tries += 1
        if tries > 20 * N_DOCS:
            raise SystemExit("filler generation is not converging")
        fn = g.pick(GENERATORS)
        genre, title, paras = fn(g)
        text = compose(title, paras)
        while wc(text) > MAX_WORDS - 45 and len(paras) > 1:
            paras = paras[:-1]
            text = compose(title, paras)
        if wc(text) < MIN_WORDS + 5 or contains_any(text, reserved):
            continue
        docs.append({"topic": "-", "pkey": "", "genre": genre, "role": "filler", "title": title, "paras": paras})
        made += 1

    # clutter + final text
    for d in docs:
        head, tail = (), ()
        if rng.random() < CLUTTER_RATE:
            for _ in range(20):
                h, tl = clutter(g, d["genre"])
                cand = compose(d["title"], d["paras"], h, tl)
                if wc(cand) <= MAX_WORDS and not contains_any("\n".join(h + tl), reserved):
                    head, tail = h, tl
                    break
        d["text"] = compose(d["title"], d["paras"], head, tail) + "\n"
        d["clutter"] = bool(head or tail)

    rng.shuffle(docs)
    for i, d in enumerate(docs, 1):
        d["file"] = f"r{i:04d}.txt"
    by_key = {(d["topic"], d["pkey"]): d["file"] for d in docs if d["role"] in ("answer", "near_miss")}

    # questions
    qs = []
    for t in TOPICS:
        for q in t["questions"]:
            qs.append((t, q))
    rng.shuffle(qs)
    records = []
    for i, (t, q) in enumerate(qs, 1):
        records.append({
            "id": f"q{i:03d}",
            "question": q["q"],
            "answers": q["ans"],
            "sources": [by_key[(t["key"], k)] for k in q["src"]],
            "answerable": bool(q["src"]),
            "kind": q["kind"],
            "split": None,
            "topic": t["key"],
            "evidence": q["ev"],
            "near_miss": [by_key[(t["key"], k)] for k in q["nm"]],
            "absent": q["absent"],
            "names_year": q["ny"],
        })
    toggle = 0
    for answerable in (True, False):
        for kind in KIND_ORDER:
            group = [r for r in records if r["answerable"] == answerable and r["kind"] == kind]
            for j, r in enumerate(group):
                r["split"] = "tune" if (j + toggle) % 2 == 0 else "heldout"
            if len(group) % 2:
                toggle ^= 1

    # write outputs
    ddir = os.path.join(HERE, "docs")
    os.makedirs(ddir, exist_ok=True)
    for name in sorted(os.listdir(ddir)):
        if name.endswith(".txt"):
            os.remove(os.path.join(ddir, name))
    for d in docs:
        with open(os.path.join(ddir, d["file"]), "w", encoding="utf-8", newline="\n") as f:
            f.write(d["text"])
    eval_keys = ["id", "question", "answers", "sources", "answerable", "kind", "split"]
    gold_keys = eval_keys + ["topic", "evidence", "near_miss", "absent", "names_year"]
    with open(os.path.join(HERE, "eval.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps({k: r[k] for k in eval_keys}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps({k: r[k] for k in gold_keys}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "doc_index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\ttopic\trole\tgenre\n")
        for d in sorted(docs, key=lambda x: x["file"]):
            f.write(f"{d['file']}\t{d['topic']}\t{d['role']}\t{d['genre']}\n")
    write_readme(docs, records)
    return docs, records, leak, absent_all


def table(rows, header):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def count(items):
    c = {}
    for x in items:
        c[x] = c.get(x, 0) + 1
    return c


def write_readme(docs, records):
    roles = count(d["role"] for d in docs)
    genres = count(d["genre"] for d in docs)
    role_rows = [(r, roles.get(r, 0)) for r in ("answer", "near_miss", "digest", "filler")]
    genre_rows = sorted(genres.items(), key=lambda kv: (-kv[1], kv[0]))
    kind_rows = []
    for k in KIND_ORDER:
        a = sum(1 for r in records if r["kind"] == k and r["answerable"])
        u = sum(1 for r in records if r["kind"] == k and not r["answerable"])
        kind_rows.append((k, a, u, a + u))
    split_rows = []
    for s in ("tune", "heldout"):
        rs = [r for r in records if r["split"] == s]
        split_rows.append((s, len(rs), sum(r["answerable"] for r in rs), sum(not r["answerable"] for r in rs),
                           sum(r["names_year"] for r in rs)))
    words = [wc(d["text"]) for d in docs]
    n_clutter = sum(d["clutter"] for d in docs)
    n_topics = len(TOPICS)
    n_noans = sum(1 for t in TOPICS if not any(q["src"] for q in t["questions"]))
    n_when_dates = sum(1 for r in records if r["kind"] == "when" and r["answerable"])
    text = f"""# probe17: synthetic near-miss retrieval QA set (smoke test)

## What it is

A small, synthetic stand-in for a hidden benchmark of real web and news
passages. It tests a retrieval question-answering tool on questions whose
corpus holds confusable passages: other years or editions of a recurring
event, namesakes of another kind (film vs game, person vs ship), people in
another role (runner-up, interim, vice-captain, producer vs director) and the
dates of other releases. A share of the questions are unanswerable by
construction: the near misses are present, the answer is in no document, and
the tool is expected to refuse.

All people, places, companies, teams, events, titles and products are
invented. The set was written blind: without reading the tool's code, its
tests, or any other evaluation set in the repository.

## Contents

- `docs/r0001.txt` .. `docs/r0900.txt`: {len(docs)} passages, one per file; first line is a title; {min(words)}-{max(words)} words each (mean {sum(words) / len(words):.0f}). File order is shuffled with a fixed seed, so names carry no information. {n_clutter} passages carry web clutter (breadcrumbs, bylines, share lines, related links, cookie notices, footers).
- `eval.jsonl`: {len(records)} questions (`id`, `question`, `answers`, `sources`, `answerable`, `kind`, `split`). Each answer string is an exact substring of every listed source.
- `gold.jsonl`: the same records plus `topic`, `evidence` (exact substring of the source), `near_miss` (files), `absent` (strings that occur in no document) and `names_year`.
- `doc_index.tsv`: `file`, `topic`, `role` (answer / near_miss / digest / filler), `genre`. For digests the topic column lists the topics mentioned in passing.
- `topics.py` ({n_topics} hand-written topics, {n_noans} of them with no answer passage), `pools.py` (word pools for filler, digests and clutter), `build.py`, `check.py`.

### Passages by role

{table(role_rows, ["role", "passages"])}

### Passages by genre

{table(genre_rows, ["genre", "passages"])}

### Questions by kind

{table(kind_rows, ["kind", "answerable", "unanswerable", "total"])}

{n_when_dates} answerable `when` questions have a date as their answer; for several of them the sentence gives the day and month while the year appears only in the date line or title.

### Splits

{table(split_rows, ["split", "questions", "answerable", "unanswerable", "names a year/edition/version"])}

Splits alternate tune/heldout within each kind, separately for answerable and
unanswerable questions, carrying the parity across kinds so both halves have
the same size.

## How it was built

`python3 build.py` regenerates every output byte for byte (seed {SEED}).
Topic passages and questions are hand-written in `topics.py`. Digest passages
(news in brief, round-ups) combine passing mentions of topic entities with
generated briefs and never state an answer. Filler passages are generated from
templates in the same genres and subjects as the topic passages (sport results,
awards, elections, company news, release notes, council news, music and film
pages, listings, forum posts, reviews); any generated text containing a topic
entity name, an answer string or an `absent` string is rejected and redrawn.
`python3 check.py` verifies file names, word counts, answer and evidence
substrings, absent strings, near-miss files, cross-topic answer leaks, counts
and splits, and exits non-zero on any failure.

## Limitations

- Synthetic and small: {n_topics} topics, {len(records)} questions. Phrasing is varied by hand but written by one author.
- Filler is template-generated and repetitive compared with real web text; a tool could in principle learn its patterns.
- Answers are matched as substrings; where a passage gives a date without the year in the sentence, the accepted answer is the day and month as written.
- Unanswerable questions are unanswerable with respect to this corpus only.

## Licence

Written for this project. Apache-2.0.
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    docs, records, _, _ = build()
    print(f"wrote {len(docs)} docs and {len(records)} questions")
