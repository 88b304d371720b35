"""Build the probe9 blind evaluation set: docs/eXXXX.txt and gold.jsonl.

Deterministic: a seeded random.Random drives every choice, so running this
script twice produces byte-identical output.  Python 3 standard library only.
"""

import json
import random
from pathlib import Path

import handwritten

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
TOTAL_DOCS = 900
N_ROUNDUPS = 150
SEED = 90909

FIRST = ["Aino", "Bjarke", "Chidi", "Dagny", "Eamon", "Farah", "Giedre", "Hamza", "Ines", "Jovan",
         "Kaia", "Lorcan", "Maren", "Nnamdi", "Oona", "Paavo", "Quirin", "Rasa", "Sauli", "Tovah",
         "Ulla", "Vesna", "Wiebke", "Xiadani", "Yaw", "Zofia", "Anouk", "Benedikt", "Catalina",
         "Dmitar", "Elif", "Florin", "Greta", "Hideo", "Ilona", "Joaquin", "Kerttu", "Leandro",
         "Mirza", "Nadia", "Odhran", "Priya", "Radek", "Siobhan", "Tariq", "Uxia", "Valdis",
         "Wairimu", "Ximena", "Yusuf", "Amara", "Bruno", "Cosmin", "Delphine", "Emeka", "Fenna",
         "Gorka", "Halldora", "Ivo", "Jelena", "Kwame", "Liv", "Matthijs", "Nuala", "Orhan"]
LAST = ["Aaltola", "Brennagh", "Castellvi", "Dunmore", "Eskildsen", "Fairleigh", "Grzelak",
        "Hovanessian", "Ilunga", "Jarvenpaa", "Kovalchik", "Marchetti", "Nwachukwu", "Oberlander",
        "Pellerin", "Quayson", "Rautio", "Strelnikova", "Thornbury", "Uusitalo", "Valderrama",
        "Wojtaszek", "Yardley", "Zablocka", "Achterhof", "Brisbois", "Cienfuegos", "Dragomir",
        "Ekstrom", "Fenwright", "Gallardo", "Haugland", "Iordanou", "Jelinek", "Kastrati",
        "Lachance", "Mbatha", "Norgaard", "Ostrowski", "Pemberton", "Ruusuvuori", "Sandoval",
        "Tamminen", "Ubaldini", "Whitcombe", "Yilmazer", "Zoubir", "Abernethy", "Bakshi",
        "Corrado", "Drummond-Oke", "Esposito-Lang", "Fogarty", "Gunnarsdottir", "Heskey",
        "Ivanova-Reid", "Juhl", "Kiplagat", "Lindvall", "Moreau-Asante", "Nakashima", "Olowe"]
TOWNS = ["Ashcombe", "Brindlemere", "Corvathy", "Dunhallow", "Eskvale", "Fernbrook", "Gallowmere",
         "Heddervik", "Istrany", "Jorvala", "Kestrelford", "Lowenmark", "Marlowby", "Nettlecombe",
         "Oskavik", "Pellmoor", "Quarrington", "Ravensholt", "Sandhaven", "Tolvern", "Uppermoor",
         "Valdrenne", "Westmarch", "Yarrowby", "Zelmar", "Brackenfold", "Cullivar", "Drummore Bay",
         "Elstow Cross", "Fiskebo", "Glenarva", "Hollinsby", "Kirkaby", "Lisvane Moor", "Merrowgate",
         "Norbeck", "Ormsby Vale", "Penhallow", "Rillaton", "Sennerby", "Tarrow", "Vinterby"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used_names = set()

    def person(self):
        for _ in range(1000):
            n = self.r.choice(FIRST) + " " + self.r.choice(LAST)
            if n not in self.used_names:
                self.used_names.add(n)
                return n
        raise RuntimeError("name pool exhausted")

    def any_person(self):
        return self.r.choice(FIRST) + " " + self.r.choice(LAST)

    def town(self):
        return self.r.choice(TOWNS)

    def date(self, year=None, month=None):
        m = month if month is not None else self.r.randrange(12)
        d = self.r.randint(1, 28)
        style = self.r.randrange(4)
        if year is None:
            return "%s %d %s" % (self.r.choice(DAYS), d, MONTHS[m])
        if style == 0:
            return "%d %s %d" % (d, MONTHS[m], year)
        if style == 1:
            return "%s %d, %d" % (MONTHS[m], d, year)
        if style == 2:
            return "%02d/%02d/%d" % (d, m + 1, year)
        return "%d %s %d" % (d, MONTHS[m][:3], year)

    def num(self, lo, hi, step=1):
        return self.r.randrange(lo, hi, step)


def fmt(n):
    return "{:,}".format(n)


# ---------------------------------------------------------------- series docs
def series_docs(g):
    """Other editions/years of recurring topics (near misses by year/quarter)."""
    out = []
    r = g.r

    # Feyrin Medal 2008-2020
    fields = ["algebraic topology", "ergodic theory", "representation theory", "harmonic analysis",
              "combinatorics", "arithmetic geometry", "operator algebras", "logic and set theory"]
    for y in range(2008, 2021):
        who, inst, fld = g.person(), "University of " + g.town(), r.choice(fields)
        if r.random() < 0.5:
            t = ("Feyrin Medal %d\nAldersea, %s - The Society for Pure Mathematics of Aldersea has awarded the "
                 "%d Feyrin Medal to %s of the %s for contributions to %s. The society's committee received %d "
                 "nominations this year. The medallist will give the Feyrin Lecture in the autumn, and the "
                 "award will be presented at the annual dinner. The medal is open to mathematicians under 45."
                 % (y, g.date(y, 5), y, who, inst, fld, g.num(18, 60)))
        else:
            t = ("Mathematics department news, %s\nCongratulations to %s, who received the %d Feyrin Medal "
                 "from the Society for Pure Mathematics of Aldersea for work in %s. Colleagues will "
                 "celebrate with coffee and cake in the common room on Friday at 3pm. %s joined the "
                 "%s in %d and supervises %d doctoral students. All welcome."
                 % (g.date(y, 5), who, y, fld, who.split()[0], inst, y - g.num(3, 12), g.num(2, 7)))
        out.append(("gen_feyrin_%d" % y, t))

    # Moonreach 2012-2019
    for y in range(2012, 2020):
        att = g.num(6000, 16000, 50)
        head = r.choice(["the Brannagh Family", "Tidewrack", "Solveig and the Low Road", "Kilbray Pipes",
                         "Marisol Fenwright", "the Drover's Wake", "Hollin Fiddles", "Aurelie Ndaye Trio"])
        t = ("Moonreach %d review\nTarnwick Courier, %s\nThe %d Moonreach Folk Festival drew %s people to "
             "Ellery Meadows over the weekend, organisers said. %s headlined on Saturday night. Rain on the "
             "Sunday sent many into the ceili tent, where the dancing went on until midnight. The craft "
             "market and the children's field were busy throughout, and stewards said the site stayed calm."
             % (y, g.date(y, 7), y, fmt(att), head))
        out.append(("gen_moon_%d" % y, t))

    # Kessary 2014-2022
    for y in range(2014, 2023):
        m, w = g.person(), g.person()
        mt = "1:0%d:%02d" % (r.randint(1, 4), r.randint(0, 59))
        wt = "1:1%d:%02d" % (r.randint(0, 4), r.randint(0, 59))
        t = ("Kessary Half Marathon %d - results summary\nRace date: %s.\nMen's winner: %s (%s).\n"
             "Women's winner: %s (%s).\nFinishers: %s. Weather: %s. Medical incidents: %d minor.\n"
             "The organisers thanked the volunteers from the Kessary running clubs and the residents of the "
             "river path for their patience. Photos are available from the official race photographer."
             % (y, g.date(y, 3), m, mt, w, wt, fmt(g.num(3500, 6000)),
                r.choice(["cool and dry", "warm", "windy", "light rain"]), g.num(2, 20)))
        out.append(("gen_kess_%d" % y, t))

    # Halvorsen Brek quarters 2021-2023
    qn = ["first", "second", "third", "fourth"]
    for y in range(2021, 2024):
        for q in range(4):
            rev = "%.2f" % (r.randint(300, 410) / 100.0)
            if (y, q) == (2023, 0):
                rev = "3.71"  # consistent with the hand-written Q1 2024 comparison
            t = ("Halvorsen Brek ASA - %s quarter %d\nStavanes, %s. Halvorsen Brek reported revenue of NOK %s "
                 "billion for the %s quarter of %d and EBIT of NOK %d million. The ferry segment carried %s "
                 "passengers. The offshore supply fleet had a utilisation rate of %d per cent. The group "
                 "repeated its guidance for the year and said fuel costs had %s."
                 % (qn[q], y, g.date(y + (1 if q == 3 else 0), (q * 3 + 4) % 12 if q < 3 else 1),
                    rev, qn[q], y, g.num(250, 480), fmt(g.num(900000, 1500000, 1000)), g.num(70, 95),
                    r.choice(["stabilised", "risen", "fallen slightly"])))
            out.append(("gen_hb_%d_q%d" % (y, q + 1), t))

    # Ardmoran Prize 2012-2022
    words = ["Harbour", "Orchard", "Winter", "Ledger", "Lantern", "Meadow", "Tide", "Bell", "Mirror",
             "Quarry", "Kestrel", "Ferry", "Ashes", "Granary"]
    for y in range(2012, 2023):
        who, ru = g.person(), g.person()
        title = "The %s %s" % (r.choice(["Last", "Silent", "Borrowed", "Northern", "Second", "Paper"]),
                               r.choice(words))
        t = ("%s wins Ardmoran Prize\n%s - %s has won the %d Ardmoran Prize for Fiction with %s. The runner-up "
             "was %s. The judges, chaired by %s, read %d submitted novels. The prize ceremony took place in "
             "Corvathy and was broadcast on regional radio. Sales of the winning book are expected to rise."
             % (who, g.date(y, 9), who, y, title, ru, g.any_person(), g.num(90, 180)))
        out.append(("gen_ard_%d" % y, t))

    # Tamsin Award 2014-2021
    kinds = ["Library", "Swimming Baths", "Fire Station", "Town Hall Extension", "Market Hall", "School",
             "Bus Station", "Community Centre", "Footbridge", "Health Centre"]
    for y in range(2014, 2022):
        b = "%s %s" % (g.town(), r.choice(kinds))
        t = ("Tamsin Award %d goes to %s\nHaldane - The %s, designed by %s Architects, has won the %d Tamsin "
             "Award for Civic Architecture. The ceremony was held at the Corvane Exchange. The jury noted the "
             "building's use of local stone and its generous public entrance. %d projects were entered. "
             "The award carries no prize money but a bronze plaque for the building."
             % (y, b, b, g.person().split()[1], y, g.num(20, 60)))
        out.append(("gen_tam_%d" % y, t))

    # Ostrelian chess: senior 2014-2021, junior 2016-2022
    for y in range(2014, 2022):
        w = g.person()
        t = ("%s wins Ostrelian Chess Championship\n%s - %s won the %d Ostrelian Chess Championship in %s "
             "with %s points from 11 games. The national title brings qualification to the continental "
             "championship. %s finished second on tie-break. The event was held over two weeks in the "
             "town's cultural centre."
             % (w.split()[1], g.date(y, 8), w, y, g.town(), r.choice(["7.5", "8", "8.5", "7"]), g.person()))
        out.append(("gen_chess_sen_%d" % y, t))
    for y in range(2016, 2023):
        w = g.person()
        t = ("Junior chess: %s takes national title\n%s won the %d Ostrelian Junior Chess Championship, held in "
             "%s in July, scoring %s from nine rounds. The under-20 event had %d players. The winner earns a "
             "place in the senior Ostrelian Chess Championship next year and a training camp with the "
             "national team coach."
             % (w, w, y, g.town(), r.choice(["7", "7.5", "6.5", "8"]), g.num(30, 70)))
        out.append(("gen_chess_jun_%d" % y, t))

    # Tour of Valmeira 2015-2022
    for y in range(2015, 2023):
        w, s = g.person(), g.person()
        t = ("Tour of Valmeira %d: final classification\n1. %s  2. %s at %d seconds  3. %s\nPoints: %s. "
             "Mountains: %s.\nThe race finished on %s in the capital after seven stages and %d km. "
             "The decisive stage was once again the climb to the Col de Perrine."
             % (y, w, s, g.num(10, 120), g.person(), g.person(), g.person(), g.date(y, 5), g.num(980, 1200)))
        out.append(("gen_valm_%d" % y, t))

    # Dalmore Dairy full years 2015-2021
    for y in range(2015, 2022):
        t = ("Dalmore Dairy Cooperative - results for %d\nFor the year ended 31 December %d the cooperative "
             "recorded net profit of EUR %.1f million on turnover of EUR %d million. Milk intake was %d million "
             "litres. The board recommends a bonus payment to members. Chair's statement and full accounts "
             "are available from the cooperative office on Ballinvear Road."
             % (y, y, r.randint(40, 110) / 10.0, g.num(250, 390), g.num(300, 420)))
        out.append(("gen_dd_%d" % y, t))

    # Brightwater Regatta 2008-2019, 2021, 2022
    clubs = ["Tolvern Rowing Club", "Sandhaven Boat Club", "Corvathy University BC", "Eskvale Amateur RC",
             "Marlowby Scullers", "Westmarch Rowing Club", "Heddervik Roklubb", "Yarrowby Boat Club"]
    for y in list(range(2008, 2020)) + [2021, 2022]:
        c = r.choice(clubs)
        t = ("Brightwater Regatta %d: results\nGrand Eights: %s beat %s by %s.\nSenior Fours: %s.\n"
             "Double Sculls: %s and %s.\nFinals day: %s. The committee thanks the umpires, the launch "
             "drivers and the Brightwater Scouts who ran the car park."
             % (y, c, r.choice([x for x in clubs if x != c]),
                r.choice(["a canvas", "half a length", "a length", "two lengths", "easily"]),
                r.choice(clubs), g.person(), g.person(), g.date(y, 6)))
        out.append(("gen_bw_%d" % y, t))

    # Grauwald Photo Awards 2018-2022
    for y in range(2018, 2023):
        t = ("Grauwald Photo Awards %d - winners\nProfessional: %s, \"%s\".\nAmateur: %s, \"%s\".\n"
             "Gala held in Kessenich in November. The jury viewed %s entries from %d countries. An exhibition "
             "of the shortlisted photographs tours regional libraries in the spring."
             % (y, g.person(), r.choice(["Salt Road", "Night Ferry", "After the Flood", "Winter Market"]),
                g.person(), r.choice(["Heron", "Frost Window", "Sisters", "Empty Pier"]),
                fmt(g.num(3000, 9000)), g.num(12, 40)))
        out.append(("gen_gp_%d" % y, t))

    # Haldrim Archery Cup 2017-2021
    nations = ["Estvaria", "Lovrania", "Morvenia", "Kaskadia", "Ostrelia", "Belmark"]
    for y in range(2017, 2022):
        t = ("Haldrim Archery Cup %d\nWomen's recurve: %s. Men's recurve: %s. Recurve mixed team: %s.\n"
             "The competition was shot on the riverside field in June. %d archers from %d nations took part. "
             "The organisers thanked the Haldrim Bowmen volunteers and the field owners."
             % (y, g.person(), g.person(), r.choice(nations), g.num(80, 160), g.num(8, 20)))
        out.append(("gen_ha_%d" % y, t))

    # Halmi Museum 2015-2021
    for y in range(2015, 2022):
        t = ("Vidor Halmi Museum annual report %d (summary)\nVisitors: %s. School groups: %d. New acquisitions: "
             "%d objects, including a painted wedding chest from the %s district. Volunteers gave %s hours. "
             "The museum shop raised %s for the conservation fund."
             % (y, fmt(g.num(120000, 185000, 100)), g.num(200, 500), g.num(20, 90), g.town(),
                fmt(g.num(4000, 9000)), fmt(g.num(20000, 60000))))
        out.append(("gen_halmi_%d" % y, t))

    # Harrowgate Robotics 2019-2023
    for y in range(2019, 2024):
        t = ("Harrowgate Robotics Challenge %d\nThe final of the %d Harrowgate Robotics Challenge was won by %s "
             "School, %s. Teams had to register by %s. This year's task was to build a robot that could %s. "
             "%d teams took part in the regional heats."
             % (y, y, g.town(), g.town(), g.date(y, 0),
                r.choice(["stack cups", "follow a maze", "plant seeds", "sort coloured balls"]), g.num(40, 95)))
        out.append(("gen_hr_%d" % y, t))

    # Rivenna harvest 2015-2021
    for y in range(2015, 2022):
        t = ("Rivenna wheat harvest %d\nMinistry of Agriculture bulletin, %s. Final figures put the %d wheat "
             "harvest at %.2f million tonnes, with an average yield of %.1f tonnes per hectare. Barley: %.2f "
             "million tonnes. The ministry thanked farmers for returning the survey forms on time."
             % (y, g.date(y, 10), y, r.randint(160, 215) / 100.0, r.randint(45, 62) / 10.0,
                r.randint(50, 75) / 100.0))
        out.append(("gen_riv_%d" % y, t))

    # Tessaly Tech Week 2018-2022
    for y in range(2018, 2023):
        t = ("Tessaly Tech Week %d wraps up\nTessaly Tech Week closed on Friday with %s visits in total over "
             "five days, organisers said. The hackathon final was won by a team from %s. Exhibitors at the "
             "startup fair reported strong interest. The event returns to the Harbour Halls next year."
             % (y, fmt(g.num(6000, 11000, 10)), g.town()))
        out.append(("gen_tt_%d" % y, t))

    # Lake Orsa crossings (non-record swims)
    for y in range(2012, 2024):
        if y % 2:
            continue
        t = ("Lake Orsa crossing: %d swimmers complete the 21 km\n%s - %d swimmers set off from Orsa Point "
             "this summer and %d reached the jetty at Nyby. The fastest was %s in %d:%02d:%02d, well outside "
             "the record of 5:12:07 held by Greta Lunde. The Nyby Swimming Club runs safety boats for every "
             "attempt."
             % (y, g.date(y, 7), g.num(8, 20), g.num(4, 8), g.person(), r.randint(5, 7), r.randint(15, 59),
                r.randint(0, 59)))
        out.append(("gen_orsa_%d" % y, t))
    return out


# ------------------------------------------------------------ round-up docs
MENTIONS = [
    "the Society for Pure Mathematics of Aldersea has opened nominations for the Feyrin Medal",
    "volunteers are wanted for the Moonreach Folk Festival at Ellery Meadows",
    "road closures are planned around the Kessary Half Marathon route",
    "Halvorsen Brek has added two sailings on its coastal freight route",
    "the Port Velanne Harbour Authority is consulting on the ferry pier",
    "Bramhaven Athletic has announced a family ticket scheme at Sorrel Park",
    "the Ardmoran Prize for Fiction has a new chair of judges",
    "the Tamsin Foundation is running free architecture walks",
    "the University of Kellenau has opened a new student residence",
    "Nordvika's council has approved a new harbour wall",
    "the Calloway Foundation is accepting grant applications from youth clubs",
    "Rivenna's farmers' union has elected a new president",
    "the Ostrelian chess federation is launching a schools programme",
    "Brannock Group has moved its head office to Tolvern",
    "Quillon's market hall is closed for repainting",
    "the Velsk transport office has changed the night bus timetable",
    "the Harrowgate Institute is holding a robotics open day",
    "Zephyrine has issued a software update for older phones",
    "the Tour of Valmeira route will be unveiled at a ceremony in the capital",
    "Lumora has opened a service centre for e-bikes",
    "Veltraum Interactive is hiring testers",
    "the Dalmore Dairy Cooperative is holding its members' evening",
    "the Kelda Kunsthall has extended its opening hours",
    "Marrowgate Press has a new poetry list",
    "entries are open for the Haldrim Archery Cup",
    "the Selbridge Water Board has issued a hosepipe advice leaflet",
    "Maison Ferrault is recruiting bakers",
    "the Grauwald Photo Awards jury has been announced",
    "Marlow Heath council will livestream its meetings",
    "Tessaly Tech Week has announced its first speakers",
    "the Brightwater Regatta committee is repairing the landing stages",
    "Dravno Stal has appointed a new youth coach",
    "the Tolvern Gazette is redesigning its website",
    "the Vidor Halmi Museum is looking for volunteer guides",
    "Glenmorrow Public Library has new opening hours",
    "Kettlewick has a recall notice for a batch of milk jugs",
    "the Velloran Canal towpath is closed near Ashcombe for repairs",
    "Hillbrook Parish Council has a vacancy for a councillor",
    "Quartet Selvaggio has released a new recording",
    "the Eskvale Documentary Festival has published its programme",
    "the Westerlee Independents are holding a public meeting",
    "SK Tarnhelm has unveiled its new away kit",
    "the Orvana village guides are offering cloud forest walks",
    "the weather service has updated its storm naming list",
    "Skerrow Point lighthouse is open to visitors on Sundays",
    "the Fenmarsh Children's Hospital is holding a fun run",
    "the Calloway Trust is consulting on a new housing site",
    "Salt & Juniper is closed for its annual holiday",
]


def roundup_doc(g):
    r = g.r
    picks = r.sample(MENTIONS, r.randint(3, 5))
    year = r.choice([None, 2021, 2022, 2023, 2024, 2025])
    kind = r.randrange(4)
    if kind == 0:
        head = "Weekend briefing - %s" % g.date(year)
        body = " ".join("Also: %s." % p for p in picks)
        tail = "Send your news to the desk by Thursday noon."
    elif kind == 1:
        head = "Newsletter no. %d\n%s" % (g.num(10, 400), g.date(year))
        body = "\n".join("- %s%s." % (p[0].upper(), p[1:]) for p in picks)
        tail = "You are receiving this because you subscribed. Unsubscribe at any time."
    elif kind == 2:
        head = "What we're watching this week (posted by %s)" % g.any_person()
        body = " ".join("Keep an eye on this: %s, with details still to come." % p for p in picks)
        tail = "More next week. Comments are open below."
    else:
        head = "Community noticeboard | %s" % g.date(year)
        body = " ".join("%s%s; more information from the organisers." % (p[0].upper(), p[1:]) for p in picks)
        tail = "Notices are free for not-for-profit groups. Maximum 50 words each."
    intro = r.choice(["A quick look at what is coming up.", "Here is our round-up of local news.",
                      "Plenty going on across the region.", "Short items from around the area."])
    return "%s\n%s %s\n%s\n" % (head, intro, body, tail)


# ---------------------------------------------------------------- filler docs
def filler_doc(g):
    r = g.r
    p, t, t2 = g.any_person(), g.town(), g.town()
    k = r.randrange(16)
    yr = r.choice([None, 2019, 2020, 2021, 2022, 2023, 2024])
    if k == 0:
        return ("Road resurfacing on %s High Street\n%s - Resurfacing work on the High Street in %s will begin "
                "next %s and last about %d weeks, the county highways team said. The road will be closed to "
                "through traffic between 9am and 4pm; residents will keep access to their homes. Buses will "
                "divert via Mill Lane. Councillor %s said the work was 'long overdue' after a winter of potholes."
                % (t, g.date(yr), t, r.choice(DAYS), g.num(2, 7), p))
    if k == 1:
        return ("Recipe: %s's %s\nServes %d. Soften two onions in butter, add %s and a pinch of salt, then pour "
                "in a litre of stock and simmer for %d minutes. Blend until smooth, stir in a spoon of cream and "
                "season with pepper. %s says the secret is to roast the vegetables first. Keeps for three days "
                "in the fridge and freezes well."
                % (p.split()[0], r.choice(["carrot soup", "leek broth", "pumpkin soup", "pea soup"]),
                   g.num(2, 7), r.choice(["carrots", "leeks", "pumpkin", "frozen peas"]), g.num(15, 40), p))
    if k == 2:
        return ("Re: Tomatoes splitting - help!\nPosted by %s_grows\nEvery year my greenhouse tomatoes split just "
                "as they ripen. I water every evening. Is it the variety? I'm growing %s in %s.\nReply: Irregular "
                "watering is the usual cause. Water in the morning, the same amount each day, and mulch the pots. "
                "Splitting after heavy rain is normal too.\nReply: Mine stopped splitting when I switched to "
                "a cherry variety. Good luck!"
                % (p.split()[0].lower(), r.choice(["Red Lantern", "Garden Pearl", "Sunmark"]), t))
    if k == 3:
        return ("%s Cricket Club - match report\n%s batted first and made %d for %d, with %s top-scoring on %d. "
                "In reply the visitors from %s were bowled out for %d, the last wicket falling with two overs "
                "left. Teas were excellent as always. Next week: away at %s, start 1.30pm."
                % (t, t, g.num(140, 260), g.num(5, 10), p, g.num(35, 110), t2, g.num(90, 200), g.town()))
    if k == 4:
        return ("Obituary: %s\n%s, who ran the hardware shop on %s's Market Street for %d years, has died aged "
                "%d. Known to generations of customers for selling single screws and giving free advice, %s "
                "was also a founder of the town's flower show. The funeral will be held at St %s's church on "
                "%s. Family flowers only; donations to the lifeboat fund."
                % (p, p, t, g.num(20, 45), g.num(70, 99), p.split()[0],
                   r.choice(["Brigid", "Oswin", "Ninian", "Hild"]), g.date(None)))
    if k == 5:
        return ("FAQ - %s Leisure Centre\nDo I need to book a swim? Lane swimming must be booked online; family "
                "sessions are pay-and-play. Is there parking? Yes, %d spaces, free for the first three hours. "
                "Can I freeze my membership? Yes, for up to %d months with a doctor's note. Are there lockers? "
                "Coin-return lockers are in both changing rooms. Bring a one-pound coin."
                % (t, g.num(40, 200), g.num(2, 6)))
    if k == 6:
        return ("For sale: %s %s\nSelling my %s, %d years old, used mainly at weekends. Good condition, small "
                "scratch on the side (see photo). Comes with %s. Collection only from %s. Asking %d or nearest "
                "offer. No time-wasters please. Message me through the site."
                % (r.choice(["Norvik", "Tallis", "Brightfold"]),
                   r.choice(["road bike", "lawnmower", "sewing machine", "garden bench"]),
                   r.choice(["bike", "mower", "machine", "bench"]), g.num(1, 9),
                   r.choice(["the original manual", "a spare cover", "two spare parts"]), t, g.num(40, 400)))
    if k == 7:
        return ("Weather outlook for %s\nA band of rain moves in from the west on %s, clearing to sunny spells "
                "by the afternoon. Highs of %d degrees, lows of %d overnight. Winds %s, fresh near the coast. "
                "The weekend looks drier with a chance of fog in the valleys early on. Pollen count: %s."
                % (t, r.choice(DAYS), g.num(8, 26), g.num(-2, 12), r.choice(["westerly", "south-westerly",
                                                                              "northerly"]),
                   r.choice(["low", "moderate", "high"])))
    if k == 8:
        return ("Minutes - %s Allotment Society\nPresent: %d members. The treasurer reported a balance of %d. "
                "Plot %d has been re-let. The water troughs will be turned on in April. Members were reminded "
                "that bonfires are not permitted between May and September. The seed swap will take place in "
                "the hut on %s. Any other business: the gate lock will be replaced. Meeting closed 8.15pm."
                % (t, g.num(9, 30), g.num(200, 3000), g.num(1, 60), g.date(yr)))
    if k == 9:
        return ("Review: %s (%s)\nThree stars. A perfectly pleasant %s that never quite takes flight. The opening "
                "act is sharp and the lead performance by %s is warm and funny, but the final half hour drags. "
                "Worth it for the soundtrack alone. Running time %d minutes."
                % (r.choice(["The Tin Lighthouse", "Summer at Rillaton", "The Wrong Ferry", "Paper Kites"]),
                   r.choice(["film", "stage play", "audio drama"]), r.choice(["comedy", "drama", "romance"]),
                   p, g.num(85, 150)))
    if k == 10:
        return ("%s Choir spring concert\n%s - The %s Community Choir presents its spring concert at the Methodist "
                "hall, with songs from the shows, folk arrangements and a new piece by local composer %s. Tickets "
                "%d, children free, including a cup of tea and a biscuit at the interval. New singers are always "
                "welcome: rehearsals are on %s evenings, no audition needed."
                % (t, g.date(yr), t, p, g.num(5, 15), r.choice(DAYS)))
    if k == 11:
        return ("Product: %s %s kettle\n%.1f-litre capacity, %d W rapid boil, limescale filter, 360-degree base, "
                "auto switch-off. Brushed steel finish. Two-year guarantee. Customer rating %.1f out of 5 from %d "
                "reviews. 'Boils quickly and looks smart,' says one reviewer; another notes that the lid is stiff."
                % (r.choice(["Fenwick", "Aalborn", "Celtex"]), r.choice(["Classic", "Arc", "Swift"]),
                   r.randint(10, 18) / 10.0, g.num(2000, 3100, 100), r.randint(35, 49) / 10.0, g.num(10, 900)))
    if k == 12:
        return ("Lost cat - %s\nHave you seen Biscuit? Ginger tom, %d years old, very friendly, no collar but "
                "microchipped. Last seen near the %s end of Orchard Road on %s evening. Please check sheds and "
                "garages. Call or message %s. Thank you to everyone who has shared this post already."
                % (t, g.num(2, 14), r.choice(["north", "south", "church", "river"]), r.choice(DAYS), p))
    if k == 13:
        return ("%s: school news\nPupils at %s Primary raised %d for the local food bank with a sponsored "
                "silence, head teacher %s said. Year 6 also won the district quiz for the first time. The "
                "school's new outdoor classroom, built by parents over the summer, will be opened on %s. "
                "Term ends on a Friday with a 1.30pm finish."
                % (t, t, g.num(150, 2000), p, g.date(yr)))
    if k == 14:
        return ("@%s_daily: Queue at the %s farmers' market already round the corner at 8am - the cheese van is "
                "back!! Also spotted: new stall doing %s. Parking is a nightmare, come by bike. Market runs every "
                "second %s until October. Who else is here? #shoplocal #%s"
                % (t.lower().replace(" ", ""), t, r.choice(["dumplings", "sourdough", "hot cider", "empanadas"]),
                   r.choice(DAYS), t.lower().replace(" ", "")))
    return ("Timeline: the %s lifeboat station\n%d: first rowing lifeboat stationed in the harbour.\n%d: new "
            "boathouse built after a storm destroyed the old one.\n%d: first motor lifeboat.\n%d: station "
            "crew rescue %d people from the cargo ship Aurelian.\n%d: inshore boat added.\nToday the station has "
            "%d volunteer crew and launches about %d times a year."
            % (t, g.num(1840, 1870), g.num(1880, 1900), g.num(1910, 1930), g.num(1940, 1965), g.num(5, 30),
               g.num(1970, 2000), g.num(15, 40), g.num(10, 60)))


# ---------------------------------------------------------------- checks
def lower_all(seq):
    return [s.lower() for s in seq]


def violates(text, questions):
    low = text.lower()
    for q in questions:
        for a in lower_all(q["absent"]):
            if a in low:
                return True
        for grp in q["absent_together"]:
            if all(s in low for s in lower_all(grp)):
                return True
    return False


def assign_splits(questions):
    counters = {True: 0, False: 0}
    for q in questions:
        n = counters[q["answerable"]]
        q["split"] = "tune" if n % 2 == 0 else "heldout"
        counters[q["answerable"]] = n + 1


def main():
    g = Gen(SEED)
    questions = [dict(q) for q in handwritten.QUESTIONS]
    docs = list(handwritten.DOCS.items())
    for key, text in series_docs(g):
        if violates(text, questions):
            raise RuntimeError("series doc violates absent rule: " + key)
        docs.append((key, text.strip() + "\n"))
    n = 0
    while n < N_ROUNDUPS:
        text = roundup_doc(g)
        if violates(text, questions):
            continue
        n += 1
        docs.append(("roundup_%03d" % n, text))
    n = 0
    while len(docs) < TOTAL_DOCS:
        text = filler_doc(g).strip() + "\n"
        if violates(text, questions):
            continue
        n += 1
        docs.append(("filler_%03d" % n, text))

    order = list(range(len(docs)))
    g.r.shuffle(order)
    key_to_file = {}
    DOCS_DIR.mkdir(exist_ok=True)
    for old in sorted(DOCS_DIR.glob("*.txt")):
        old.unlink()
    for pos, idx in enumerate(order, start=1):
        key, text = docs[idx]
        name = "e%04d.txt" % pos
        key_to_file[key] = name
        (DOCS_DIR / name).write_text(text, encoding="utf-8", newline="\n")

    assign_splits(questions)
    with open(HERE / "gold.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for i, q in enumerate(questions, start=1):
            rec = {
                "id": "q%03d" % i,
                "question": q["question"],
                "answers": q["answers"],
                "sources": sorted(key_to_file[k] for k in q["sources"]),
                "answerable": q["answerable"],
                "kind": q["kind"],
                "split": q["split"],
                "topic": q["topic"],
                "near_miss_kind": q["near_miss_kind"],
                "near_miss": sorted(key_to_file[k] for k in q["near_miss"]),
                "source_keys": q["sources"],
                "near_miss_keys": q["near_miss"],
                "absent": q["absent"],
                "absent_together": q["absent_together"],
                "support": q["support"],
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(HERE / "doc_index.tsv", "w", encoding="utf-8", newline="\n") as fh:
        for key, name in sorted(key_to_file.items(), key=lambda kv: kv[1]):
            fh.write("%s\t%s\n" % (name, key))
    print("wrote %d docs, %d questions" % (len(docs), len(questions)))


if __name__ == "__main__":
    main()
