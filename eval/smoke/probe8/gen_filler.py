"""Generated filler passages on unrelated invented subjects, in many web genres."""

import random

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def c(n):
    return format(n, ",")


def P(rng, seq):
    return rng.choice(seq)


# ---------------------------------------------------------------- templates
def council(rng, nm):
    town = nm.town(rng)
    proj = P(rng, ["a new skate park behind the leisure centre", "a 20 mph limit around all primary schools",
                   "the conversion of the old library into eleven flats", "longer opening hours at the swimming pool",
                   "a trial of food-waste collections in three wards", "new public toilets on the seafront",
                   "a covered market hall on the former bus depot site", "free parking on Saturdays in December"])
    a, b = rng.randint(12, 30), rng.randint(2, 11)
    p1, p2 = nm.person(rng), nm.person(rng)
    cost = c(rng.randint(40, 900) * 1000)
    text = ("%s council backs %s\n%s - Councillors in %s voted %d to %d on %s to approve %s, ending %d months of debate. "
            "Council leader %s said the scheme would \"make a real difference to families\". The cost, about %s crowns, "
            "will come from %s. Work is expected to start in %s. Opponents, led by councillor %s, argued that %s." % (
                town, P(rng, ["plan", "scheme", "proposal"]), town.upper(), town, a, b, P(rng, DAYS), proj,
                rng.randint(3, 18), p1, cost,
                P(rng, ["reserves", "a government grant", "developer contributions", "the parking budget"]),
                P(rng, MONTHS), p2,
                P(rng, ["the money would be better spent on road repairs", "residents had not been properly consulted",
                        "the site should be kept for housing", "running costs had been underestimated"])))
    return ("news", text)


def obituary(rng, nm):
    who = nm.person(rng)
    prof = P(rng, [("boatbuilder", "built more than 300 wooden dinghies"), ("headteacher", "ran the town's grammar school for two decades"),
                   ("choir director", "led the cathedral choir on six overseas tours"), ("vet", "looked after the animals of three valleys"),
                   ("photographer", "documented the closure of the coal harbour"), ("engineer", "designed the town's first flood barrier"),
                   ("bookseller", "kept the same shop open for 51 years")])
    born = rng.randint(1925, 1960)
    age = rng.randint(2024 - born - 12, 2024 - born - 1)
    town, town2 = nm.town(rng), nm.town(rng)
    text = ("%s, %s, dies at %d\n%s, who %s, has died at the age of %d. Born in %s in %d, %s left school at sixteen and "
            "served an apprenticeship before %s. Friends remember a generous, stubborn and very funny %s who %s. "
            "%s is survived by %s. A funeral will be held at %s parish church on %s." % (
                who, prof[0], age, who, prof[1], age, town, born, who.split()[-1],
                P(rng, ["moving to %s" % town2, "starting a business", "a spell at sea"]),
                "colleague", P(rng, ["never missed a town meeting", "kept bees on the roof", "wrote letters to the paper every week"]),
                who.split()[-1], P(rng, ["two children and five grandchildren", "a sister", "a wide circle of friends"]),
                town, P(rng, DAYS)))
    return ("obituary", text)


def recipe(rng, nm):
    dish = P(rng, ["rhubarb and ginger crumble", "smoked mackerel pate", "barley and leek soup", "plum upside-down cake",
                   "slow-cooked beans with sage", "oatcakes", "potato and caraway bread", "apple and blackberry jam"])
    who = nm.person(rng).split()[0]
    text = ("%s, the way my grandmother made it\nThis is the recipe I come back to every %s. %s (my grandmother) never "
            "measured anything, so the quantities below are my best guess after years of trial and error. The secret, "
            "as far as I can tell, is patience: don't rush the %s stage, and use the heaviest pan you own. "
            "Serves %d. Takes about %d minutes, most of it unattended. If you make it, let me know in the comments how it went - "
            "and tell me if your family does it differently." % (
                dish.capitalize(), P(rng, ["autumn", "winter", "spring", "Sunday"]), who,
                P(rng, ["browning", "resting", "simmering", "cooling"]), rng.randint(2, 8), rng.randint(25, 180)))
    return ("blog", text)


def product_review(rng, nm):
    brand = nm.surname(rng)
    prod = P(rng, ["wireless headphones", "cordless vacuum", "e-reader", "folding bike", "coffee grinder", "smart doorbell",
                   "robot lawnmower", "hiking boots"])
    model = "%s %s%d" % (brand, P(rng, ["Aero", "Pro", "Lite", "Max", "One"]), rng.randint(2, 9))
    price = rng.randint(39, 899)
    stars = rng.randint(2, 5)
    text = ("%s review: %s\nPrice: %d crowns. Verdict: %d/5.\nThe %s is %s %s that mostly does what it says on the box. "
            "Set-up took about %d minutes, %s. In a fortnight of daily use the %s impressed us most, while the %s let it down. "
            "Pros: %s. Cons: %s. If you can find it on offer, it's worth a look; at full price, %s." % (
                prod.capitalize(), model, price, stars, model, "an" if prod[0] in "aeiou" else "a", prod, rng.randint(5, 40),
                P(rng, ["which is longer than it should be", "with no surprises", "mostly spent updating the firmware"]),
                P(rng, ["battery life", "build quality", "comfort", "app"]), P(rng, ["noise", "weight", "price", "instructions"]),
                P(rng, ["solid build, simple controls", "light, quiet", "long battery life"]),
                P(rng, ["fiddly app", "no carry case", "slow charging"]),
                P(rng, ["shop around", "there are better options", "it's still a fair deal"])))
    return ("review", text)


def release_notes(rng, nm):
    app = P(rng, ["Tallyfold", "Ripplenote", "Orbwright", "Kestrelbox", "Pantrykeep", "Ledgerly", "Fernmap", "Burrowsync"])
    v = "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 14), rng.randint(0, 9))
    d = "%d %s %d" % (rng.randint(1, 28), P(rng, MONTHS), rng.randint(2016, 2024))
    items = rng.sample([
        "Fixed a crash when opening files from a network drive.", "Dark mode now follows the system setting.",
        "Import from CSV handles quoted line breaks.", "Improved start-up time on older machines.",
        "Added keyboard shortcuts for common actions.", "Sync conflicts are now shown side by side.",
        "Removed the legacy export format (deprecated since the previous major version).",
        "Updated translations for eleven languages.", "Fixed a memory leak in the preview pane.",
        "Search now matches accented characters."], 5)
    text = "%s %s release notes (%s)\n" % (app, v, d) + "\n".join("- " + i for i in items) + \
        "\nThanks to everyone who reported bugs on the forum. Upgrading is recommended for all users."
    return ("release notes", text)


def forum(rng, nm):
    topic = P(rng, [
        ("Tomato leaves curling - overwatering?", "My greenhouse tomatoes have leaves curling upwards since the hot spell. I water every evening. Too much?",
         "Leaf curl in heat is usually the plant protecting itself. Water in the morning instead and open the vents wider."),
        ("Car makes a clicking noise when turning", "Ten-year-old hatchback, clicking on full lock, worse when reversing. Garage quoted a lot. Is this serious?",
         "Sounds like a CV joint. Not an emergency but get it done before the boot splits and it gets worse."),
        ("Damp patch on bedroom ceiling", "Appeared after the storms last week. Roof looks fine from the street. Where do I start?",
         "Check the flashing around the chimney and the gutters first. Nine times out of ten it's a blocked gutter."),
        ("Best way to learn to sail as an adult?", "Forty-two, never sailed, live near the coast. Club or commercial school?",
         "Join a club. Cheaper, friendlier, and you'll crew for people all summer, which is how you really learn."),
        ("Sourdough starter smells of nail varnish", "Week two of my starter and it smells like acetone. Bin it?",
         "Don't bin it - it's hungry. Feed it twice a day for a few days and the smell will go."),
    ])
    user, replier = P(rng, ["newbie_%d" % rng.randint(10, 99), "quietgardener", "weekendwrench", "marshwalker"]), \
        P(rng, ["oldhand", "rustybolt", "greenfingers%d" % rng.randint(1, 9), "helpfulhen"])
    text = ("%s\nPosted by %s\n%s Any advice appreciated, thanks.\nReply from %s: %s Good luck and report back.\n"
            "Reply from %s: Thanks, will try that this weekend." % (topic[0], user, topic[1], replier, topic[2], user))
    return ("forum", text)


def qa_admin(rng, nm):
    town = nm.town(rng)
    qa = P(rng, [
        ("How do I get a residents' parking permit in %s?" % town,
         "Apply online through the council website with proof of address and your vehicle registration. Permits cost %d crowns a year and usually arrive within ten working days." % rng.randint(30, 120)),
        ("When are bin collections in %s over the holidays?" % town,
         "Collections move back by one day for the two weeks after the holiday. Garden waste collections are suspended until the second week of the new year."),
        ("Can I swim at %s beach in winter?" % town,
         "Yes, but there are no lifeguards between October and May. The sea swimming club meets every Sunday at 9am and welcomes newcomers who can swim 200 metres."),
        ("Is there step-free access at %s station?" % town,
         "Only on the northbound platform. Staff can arrange a ramp for the southbound side if you call an hour ahead."),
    ])
    text = "Q: %s\nA: %s If you are unsure, the council's customer service line is open on weekdays from 9am to 5pm, and the library can help with online forms." % qa
    return ("Q&A", text)


def listing(rng, nm):
    town = nm.town(rng)
    kind = P(rng, [("CRAFT AND PRODUCE MARKET", "Local makers, bakers and growers"),
                   ("LUNCHTIME CONCERT", "Music for string quartet"),
                   ("PUBLIC LECTURE", "The lost villages of the estuary"),
                   ("REPAIR CAFE", "Bring broken lamps, toasters, bikes and clothes"),
                   ("QUIZ NIGHT", "Teams of up to six, all proceeds to the lifeboat")])
    text = ("%s - %s\n%s %d %s, %s\nVenue: %s %s\n%s. Entry %s. Refreshments available. Free parking behind the hall. "
            "Accessible venue; hearing loop fitted. Children welcome if accompanied. Organised by the %s Community Association "
            "with support from local businesses. Contact %s for details or to offer help on the day." % (
                kind[0], town.upper(), P(rng, DAYS), rng.randint(1, 28), P(rng, MONTHS),
                P(rng, ["10am-2pm", "12.30pm", "7.30pm", "2pm-5pm"]),
                town, P(rng, ["Town Hall", "Methodist Hall", "Library", "Old School Rooms"]), kind[1],
                P(rng, ["free", "5 crowns", "by donation", "3 crowns, children free"]), town, nm.person(rng)))
    return ("listing", text)


def enc_village(rng, nm):
    v = nm.town(rng)
    pop = rng.randint(180, 3900)
    text = ("%s is a village and civil parish in the %s district, about %d kilometres from %s. At the 2021 census it had "
            "%s inhabitants. The village is first recorded in %d and grew around %s. Its parish church, dedicated to St %s, "
            "has a %s tower. %s has a primary school, a pub and a village hall; the nearest railway station is at %s." % (
                v, nm.town(rng), rng.randint(3, 30), nm.town(rng), c(pop), rng.randint(1080, 1500),
                P(rng, ["a river crossing", "a salt works", "a priory", "a market cross", "a mill"]),
                P(rng, ["Odran", "Bertilla", "Ciaran", "Wendreda", "Aldhelm"]),
                P(rng, ["twelfth-century", "fifteenth-century", "Victorian"]), v, nm.town(rng)))
    return ("encyclopedia", text)


def enc_species(rng, nm):
    genus = P(rng, ["Carabellus", "Mossina", "Thalorix", "Velaria", "Pternia", "Skerrodes", "Limnocara"])
    sp = P(rng, ["marinus", "borealis", "pallidus", "minor", "velandica", "ripicola"])
    kind = P(rng, [("beetle", "ground beetle", "under stones on shingle banks"), ("moss", "moss", "on wet limestone"),
                   ("fish", "freshwater fish", "in cold, fast-flowing streams"), ("moth", "moth", "in coastal grassland")])
    text = ("%s %s is a species of %s in the family %sidae. It was first described in %d by the naturalist %s from "
            "specimens collected near %s. It is found %s and is considered %s. Adults are %s. "
            "Surveys since %d suggest the population is %s. Volunteers record sightings each summer, and records are held by "
            "the regional biological records centre." % (
                genus, sp, kind[1], genus[:-2], rng.randint(1820, 1990), nm.person(rng), nm.town(rng), kind[2],
                P(rng, ["locally common", "rare", "near threatened", "of least concern"]),
                P(rng, ["dark brown with paler margins", "small and easily overlooked", "most active at dusk"]),
                rng.randint(1995, 2015), P(rng, ["stable", "declining slowly", "recovering"])))
    return ("encyclopedia", text)


def enc_film(rng, nm):
    title = nm.title(rng)
    year = rng.randint(1968, 2023)
    text = ("%s is a %d %s film directed by %s and starring %s and %s. The story follows %s. It was shot on location "
            "in %s over %d weeks. The film premiered at %s and received %s reviews. %s" % (
                title, year, P(rng, ["drama", "comedy", "thriller", "documentary", "family"]), nm.person(rng),
                nm.person(rng), nm.person(rng),
                P(rng, ["two sisters who inherit a failing ferry company", "a retired detective reopening a cold case",
                        "a village choir preparing for a national competition", "a lighthouse engineer stranded for a winter"]),
                nm.town(rng), rng.randint(4, 14), P(rng, ["a regional festival", "a small cinema in its home town", "an open-air screening"]),
                P(rng, ["mixed", "warm", "enthusiastic", "lukewarm"]),
                P(rng, ["A stage version followed %d years later." % rng.randint(3, 15),
                        "It shares its title with an unrelated novel published a few years earlier.",
                        "A sequel was announced but never made."])))
    return ("encyclopedia", text)


def enc_athlete(rng, nm):
    who = nm.person(rng)
    born = rng.randint(1960, 2000)
    sport = P(rng, [("footballer", "plays as a defender for %s Town" % nm.town(rng), "a cup final win in %d" % (born + rng.randint(20, 28))),
                    ("rower", "won national titles in the single sculls", "a silver medal at the %d world championships" % (born + rng.randint(20, 26))),
                    ("handball player", "captained the national team at two championships", "a league title in %d" % (born + rng.randint(20, 28))),
                    ("cross-country skier", "competed in three world championships", "a top-ten finish in %d" % (born + rng.randint(20, 26)))])
    text = ("%s (born %d) is a Velland %s who %s. Born in %s, %s began in the sport at the age of %d. "
            "%s career highlights include %s. Away from sport, %s has worked as %s and is involved with a youth charity." % (
                who, born, sport[0], sport[1], nm.town(rng), who.split()[-1], rng.randint(6, 15),
                who.split()[-1] + "'s",
                sport[2],
                who.split()[-1], P(rng, ["a physiotherapist", "a coach", "a radio summariser"])))
    return ("encyclopedia", text)


def match_report(rng, nm):
    t1, t2 = "%s %s" % (nm.town(rng), P(rng, ["Town", "Rovers", "Athletic", "Albion"])), \
        "%s %s" % (nm.town(rng), P(rng, ["United", "Swifts", "Rangers", "Wanderers"]))
    g1, g2 = rng.randint(0, 4), rng.randint(0, 3)
    s = nm.person(rng)
    verdict = "Honours even on a heavy pitch" if g1 == g2 else P(rng, ["A late rally was not enough", "A game of two halves in every sense", "Three points, but not a classic"])
    text = ("%s %d %s %d\n%s. %s was the star of a lively game in front of %s spectators, %s. The visitors %s, "
            "and the home manager admitted afterwards that \"%s\". The result leaves %s %s in the league table." % (
                t1.upper(), g1, t2.upper(), g2, verdict,
                s, c(rng.randint(200, 3500)),
                P(rng, ["scoring once and setting up another", "hitting the bar twice", "marshalling the defence superbly"]),
                P(rng, ["had a goal ruled out for offside", "finished with ten men", "dominated possession after the break"]),
                P(rng, ["we didn't turn up in the first half", "that's as well as we've played all season", "the referee had a difficult afternoon"]),
                t1, P(rng, ["third", "mid-table", "just above the relegation places", "two points off the top"])))
    return ("match report", text)


def fun_run(rng, nm):
    town = nm.town(rng)
    lines = ["%s %s 10k - results" % (town, P(rng, ["Parkland", "Harbour", "Winter", "Midsummer"]))]
    base = rng.randint(1860, 2100)
    for i in range(5):
        base += rng.randint(5, 70)
        lines.append("%d. %s (%s) %d:%02d" % (i + 1, nm.person(rng), P(rng, ["%s AC" % nm.town(rng), "unattached", "%s Harriers" % nm.town(rng)]), base // 60, base % 60))
    lines.append("First woman: %s. First over-60: %s. %d finishers. Thanks to the marshals, the scouts who ran the water "
                 "station and everyone who came out to cheer in the drizzle." % (nm.person(rng, "f"), nm.person(rng), rng.randint(120, 900)))
    return ("results", "\n".join(lines))


def press_office(rng, nm):
    firm = "%s %s" % (nm.surname(rng), P(rng, ["Analytics", "Engineering", "Insurance", "Foods", "Design", "Marine"]))
    town = nm.town(rng)
    text = ("PRESS RELEASE\n%s opens new office in %s\n%s today announced the opening of a new office in %s, creating %d jobs "
            "over the next two years. The office will focus on %s. \"%s\" said managing director %s. The company, founded in %d, "
            "employs %d people across %d sites. Media contact: press office, %s." % (
                firm, town, firm, town, rng.randint(12, 150),
                P(rng, ["customer support", "software development", "research and testing", "regional sales"]),
                P(rng, ["This is a vote of confidence in the region's talent,", "We have wanted to be here for a long time,", "It's a big day for us,"]),
                nm.person(rng), rng.randint(1950, 2018), rng.randint(60, 2500), rng.randint(2, 12), firm))
    return ("press release", text)


def business_annual(rng, nm):
    firm = "%s %s" % (nm.surname(rng), P(rng, ["Group", "Holdings", "Brewing", "Textiles", "Shipping"]))
    rev = rng.randint(40, 1900)
    chg = rng.randint(-9, 15)
    text = ("%s annual profit %s\n%s reported annual revenue of %s million crowns on %s, %s %d per cent on the previous year. "
            "Pre-tax profit was %s million crowns. Chief executive %s blamed %s and said the outlook was %s. "
            "The company will pay a final dividend of %d cents a share. Shares closed little changed, and the annual meeting "
            "will be held at the head office next month." % (
                firm, "rises" if chg >= 0 else "slips", firm, c(rev), P(rng, DAYS), "up" if chg >= 0 else "down", abs(chg),
                c(max(1, rev // rng.randint(6, 15))), nm.person(rng),
                P(rng, ["higher energy costs", "a weak export market", "the wet summer", "currency swings"]),
                P(rng, ["cautiously positive", "uncertain", "improving"]), rng.randint(2, 30)))
    return ("news", text)


def weather(rng, nm):
    town = nm.town(rng)
    text = ("Flood warnings in place as rain continues\nThe Velland Met Service has issued %s warnings for rain across the %s "
            "area, with up to %d millimetres expected by %s. The river at %s rose by more than a metre overnight, and several "
            "roads, including the %s road, are closed. Residents in low-lying streets have been offered sandbags from the fire station. "
            "Drier weather is forecast from %s." % (
                P(rng, ["yellow", "amber"]), town, rng.randint(30, 120), P(rng, DAYS), nm.town(rng), nm.town(rng), P(rng, DAYS)))
    return ("news", text)


def travel(rng, nm):
    town = nm.town(rng)
    text = ("48 hours in %s\nI arrived in %s on a grey Friday expecting very little and left on Sunday planning my next visit. "
            "Start at the %s, then walk the %s path for views across the bay. Lunch at %s's, a tiny cafe near the harbour, "
            "is non-negotiable: order the %s. In the afternoon the town museum is free and surprisingly good on %s. "
            "Stay at the %s Arms, where rooms are simple but the breakfasts are enormous. Getting there: %s." % (
                town, town, P(rng, ["old fish market", "castle mound", "covered bridge"]),
                P(rng, ["cliff", "river", "coast"]), nm.person(rng).split()[0],
                P(rng, ["crab sandwich", "pea soup", "cardamom bun"]),
                P(rng, ["shipwrecks", "the wool trade", "smuggling"]), nm.surname(rng),
                P(rng, ["two changes by train, or a slow bus along the coast", "hourly buses from the city", "drive, and park at the top of town"])))
    return ("blog", text)


def book_review(rng, nm):
    title, author = nm.title(rng), nm.person(rng)
    text = ("Book review: %s by %s\n%s's %s novel is %s. It tells the story of %s across %s. The first half is %s; "
            "the second, %s. Not every thread is tied up, but the final chapter is %s. It is published in hardback by a small "
            "independent press, with a paperback due next year. %s stars." % (
                title, author, author.split()[-1], P(rng, ["debut", "second", "long-awaited fourth"]),
                P(rng, ["a quiet triumph", "an uneven but brave book", "a pleasure from start to finish"]),
                P(rng, ["a family of lock-keepers", "two rival organ builders", "a town waiting for a bridge that never comes"]),
                P(rng, ["three decades", "a single summer", "one long night"]),
                P(rng, ["slow but rewarding", "dazzling", "a little overwritten"]),
                P(rng, ["devastating", "rushed", "beautifully paced"]),
                P(rng, ["unforgettable", "worth the wait", "quietly perfect"]), P(rng, ["Three", "Four", "Five"])))
    return ("review", text)


def album_review(rng, nm):
    band = "the " + nm.title(rng, style=3)
    album = nm.title(rng)
    text = ("Album review: %s - %s\nThe %s album from %s finds them %s. Opening track \"%s\" sets the tone with %s, and "
            "the middle stretch is the strongest run of songs they have recorded. Lyrically it is %s. Production is %s. "
            "It won't convert the sceptics, but fans will be delighted. %s stars." % (
                band.title(), album, P(rng, ["second", "third", "fifth"]), band,
                P(rng, ["in reflective mood", "louder than ever", "stripping things back"]), nm.title(rng),
                P(rng, ["a lone banjo", "a wall of organ", "a drum machine and little else"]),
                P(rng, ["sharper than before", "heavy on the sea imagery", "funny and sad at once"]),
                P(rng, ["warm and close", "a little muddy", "crisp"]), P(rng, ["Three", "Four"])))
    return ("review", text)


def school(rng, nm):
    school = "%s %s" % (nm.town(rng), P(rng, ["Academy", "High School", "Grammar School", "Community College"]))
    ppl = [nm.person(rng) for _ in range(4)]
    text = ("%s prize-giving\nThe annual prize-giving at %s took place on %s evening. The guest speaker was %s, a former pupil "
            "who now works as %s. Prizes were awarded to %s (science), %s (history), %s (music) and %s, who received the "
            "headteacher's award for service to the school. Head of year %s thanked parents for their support." % (
                school, school, P(rng, DAYS), nm.person(rng),
                P(rng, ["a surgeon", "a television producer", "an engineer on offshore wind farms"]),
                ppl[0], ppl[1], ppl[2], ppl[3], nm.person(rng)))
    return ("news", text)


def planning(rng, nm):
    town = nm.town(rng)
    text = ("PUBLIC NOTICE - TOWN AND COUNTRY PLANNING\nApplication ref. %d/%04d. Site: %d %s Road, %s. Proposal: %s. "
            "The application and plans may be inspected at the council offices during normal opening hours or online. "
            "Comments must be made in writing within 21 days of the date of this notice. Dated %d %s." % (
                rng.randint(18, 24), rng.randint(1, 2999), rng.randint(1, 180), nm.surname(rng), town,
                P(rng, ["two-storey rear extension and loft conversion", "change of use from shop to cafe",
                        "erection of four dwellings with parking", "installation of solar panels on a listed barn"]),
                rng.randint(1, 28), P(rng, MONTHS)))
    return ("notice", text)


def job_ad(rng, nm):
    org = "%s %s" % (nm.town(rng), P(rng, ["Harbour Trust", "District Council", "Community Hospital", "Rowing Club", "Library Service"]))
    role = P(rng, ["Part-time Bookkeeper", "Volunteer Coordinator", "Grounds Maintenance Operative", "Events Assistant", "Deputy Manager"])
    text = ("VACANCY: %s\n%s is looking for a %s to join a small, friendly team. Hours: %s. Salary: %s crowns a year "
            "(pro rata). You will be organised, good with people and comfortable with spreadsheets. Experience of %s is "
            "desirable but not essential. Closing date: %d %s. For an application pack, write to %s." % (
                role, org, role.lower(), P(rng, ["20 per week", "full time", "flexible, including some weekends"]),
                c(rng.randint(18, 42) * 1000), P(rng, ["the charity sector", "working outdoors", "event planning"]),
                rng.randint(1, 28), P(rng, MONTHS), nm.person(rng)))
    return ("advert", text)


def correction(rng, nm):
    who, who2 = nm.person(rng), nm.person(rng)
    text = ("Correction\nA report on %s's page %d about the %s misstated %s. %s. We apologise for the error, which "
            "has been corrected in the online version of the article. Readers can contact the readers' editor about any "
            "error by writing to the newsroom." % (
                P(rng, DAYS), rng.randint(2, 30), P(rng, ["harbour wall repairs", "allotment dispute", "school merger", "bus timetable changes"]),
                *P(rng, [("the name of a councillor", "The councillor is %s, not %s" % (who, who2)),
                         ("the cost of the project", "The project will cost %s crowns, not %s" % (
                             c(rng.randint(2, 9) * 100000), c(rng.randint(10, 30) * 100000))),
                         ("the date of the public meeting", "The meeting is on %s %d %s" % (
                             P(rng, DAYS), rng.randint(1, 28), P(rng, MONTHS)))])))
    return ("correction", text)


def letter(rng, nm):
    who, town = nm.person(rng), nm.town(rng)
    text = ("Letters: %s\nSir - %s I have lived in %s for %d years and have never seen %s. The council says %s, but anyone "
            "who walks down the high street can see otherwise. Is it too much to ask that %s? I urge readers to attend the "
            "public meeting and make their views known.\n%s, %s" % (
                P(rng, ["Potholes", "Parking", "Our disappearing bus service", "Litter on the front"]),
                P(rng, ["I write in despair.", "Once again I find myself writing to your pages.", "Your report last week prompted this letter."]),
                town, rng.randint(5, 60),
                P(rng, ["the roads in such a state", "so many empty shops", "so little done about the buses"]),
                P(rng, ["money is tight", "improvements are planned", "it is listening"]),
                P(rng, ["the basics are done properly", "someone takes responsibility", "residents are consulted before decisions are made"]),
                who, town))
    return ("letter", text)


def road_closure(rng, nm):
    town = nm.town(rng)
    text = ("Road closure notice: %s Road, %s\nThe road will be closed between %s Street and the %s roundabout from %d %s "
            "for approximately %d weeks to allow %s. A signed diversion will be in place via %s. Access for residents and "
            "emergency vehicles will be maintained. Bus services %s will be diverted. We apologise for any inconvenience." % (
                nm.surname(rng), town, nm.surname(rng), nm.surname(rng), rng.randint(1, 28), P(rng, MONTHS),
                rng.randint(1, 10), P(rng, ["gas main replacement", "resurfacing", "bridge joint repairs", "water main works"]),
                nm.town(rng), "%d and %d" % (rng.randint(1, 40), rng.randint(41, 99))))
    return ("notice", text)


def science(rng, nm):
    inst = "%s University" % nm.town(rng)
    lead = nm.person(rng)
    text = ("Study finds %s\nResearchers at %s say %s, in a study published this week. The team, led by %s, analysed "
            "data from %s over %d years. \"%s\" said %s. Other scientists cautioned that %s. The team now plans to repeat "
            "the work in two other regions and has asked members of the public to send in their own records." % (
                P(rng, ["seabirds nest earlier in warm springs", "urban foxes live longer than rural ones",
                        "hedgerows store more carbon than thought", "cold-water swimming improves sleep"]),
                inst, P(rng, ["the effect was larger than expected", "the pattern held across every site studied", "the results were clear"]),
                lead, P(rng, ["more than 300 sites", "2,000 volunteers", "satellite images"]), rng.randint(3, 30),
                P(rng, ["We were surprised by how consistent it was,", "This changes how we think about the problem,", "It's a first step,"]),
                lead.split()[-1], P(rng, ["the sample was small", "correlation is not causation", "more work is needed"])))
    return ("news", text)


def timeline(rng, nm):
    firm = "%s %s" % (nm.surname(rng), P(rng, ["& Sons", "Brothers", "Cycles", "Rope Works", "Printers"]))
    y = rng.randint(1870, 1950)
    steps = []
    for ev in ["founded in a rented shed in %s" % nm.town(rng), "moved to a purpose-built works",
               "first exports", "family buy-out after a takeover bid", "new factory opened", "celebrated its centenary"]:
        y += rng.randint(6, 25)
        if y > 2023:
            break
        steps.append("%d - %s" % (y, ev))
    text = "%s: a short history\n" % firm + "\n".join(steps) + \
        "\nThe company still makes everything on one site and employs %d people. The current managing director, %s, is the " \
        "%s generation of the family to run it. Archive photographs and old catalogues can be seen on request at the works." % (
            rng.randint(20, 300), nm.person(rng), P(rng, ["third", "fourth", "fifth"]))
    return ("timeline", text)


def club_news(rng, nm):
    club = "%s %s Club" % (nm.town(rng), P(rng, ["Bowls", "Chess", "Camera", "Allotment", "Cycling"]))
    text = ("%s newsletter\nA busy month! Congratulations to %s, who won the club championship, and to %s, runner-up after "
            "a close final. The summer social raised %d crowns for the hospice. Subs are now due (%d crowns, juniors free). "
            "Next meeting: %s at 7.30pm. Please note the new key-holder is %s. New members are always welcome - "
            "just turn up." % (club, nm.person(rng), nm.person(rng), rng.randint(80, 900), rng.randint(10, 60), P(rng, DAYS), nm.person(rng)))
    return ("newsletter", text)


def howto(rng, nm):
    task = P(rng, [("reset a router to factory settings", "Hold the recessed reset button for 10-15 seconds until the lights flash, then wait two minutes. You'll need the default password printed on the label."),
                   ("free up space on a full laptop drive", "Empty the downloads folder, uninstall programs you don't use, and move photos to an external drive. Then run the built-in disk clean-up tool."),
                   ("back up your phone photos", "Turn on automatic backup in the photo app, or connect the phone to a computer and copy the camera folder. Do both if the photos matter."),
                   ("stop a dripping tap", "Turn off the water supply, remove the handle and replace the washer or cartridge. Take the old part to the shop to match it.")])
    text = ("How to %s\n%s Before you start, %s. If that doesn't fix it, %s. Most people manage this in under %d minutes, "
            "and you won't need any special tools." % (
                task[0], task[1], P(rng, ["make a note of your current settings", "check the warranty", "read the manual"]),
                P(rng, ["ask at a local repair cafe", "contact the manufacturer", "try the steps again slowly"]), rng.randint(10, 40)))
    return ("how-to", text)


def transfer(rng, nm):
    who = nm.person(rng, "m")
    c1, c2 = "%s %s" % (nm.town(rng), P(rng, ["Town", "Rovers", "City"])), "%s %s" % (nm.town(rng), P(rng, ["United", "Athletic", "Albion"]))
    text = ("%s joins %s\n%s have signed %s %s from %s on a %s deal. The %d-year-old, who made %d appearances last season, "
            "is the club's %s signing of the summer. \"%s\" the player told the club website. The fee was not disclosed. "
            "He is expected to go straight into the squad for the opening league game, subject to international clearance." % (
                who.split()[-1], c2, c2, P(rng, ["defender", "goalkeeper", "winger", "striker"]), who, c1,
                P(rng, ["two-year", "one-year", "three-year"]), rng.randint(19, 33), rng.randint(8, 44),
                P(rng, ["first", "second", "fourth"]),
                P(rng, ["I can't wait to get started,", "It's a club with big ambitions,", "I've heard great things about the fans,"])))
    return ("news", text)


def property(rng, nm):
    town = nm.town(rng)
    text = ("FOR SALE - %s, %s\n%s-bedroom %s with %s. Guide price %s crowns.\nThis %s home sits on a quiet lane a short "
            "walk from the centre of %s. Ground floor: sitting room with wood burner, kitchen/diner, utility. First floor: "
            "bedrooms and family bathroom. Outside: %s. No onward chain. Viewing strictly by appointment." % (
                "%d %s Lane" % (rng.randint(1, 60), nm.surname(rng)), town, P(rng, ["Two", "Three", "Four"]),
                P(rng, ["stone cottage", "semi-detached house", "converted chapel"]),
                P(rng, ["garden and garage", "sea views", "off-road parking"]), c(rng.randint(14, 70) * 10000),
                P(rng, ["charming", "well-presented", "characterful"]), town,
                P(rng, ["lawned garden with mature apple trees", "small courtyard", "south-facing terrace"])))
    return ("advert", text)


def lost_found(rng, nm):
    town = nm.town(rng)
    text = ("FOUND: %s near %s %s on %s morning. %s. The owner can collect it from %s by describing it. Thank you to "
            "the dog walker who handed it in. Please share so it gets back to its owner - and if it's yours, we're open "
            "until 6pm on weekdays and until noon on Saturdays." % (
                P(rng, ["a child's blue bicycle", "a set of keys with a lighthouse keyring", "a grey cat with a red collar", "a wedding ring"]),
                town, P(rng, ["park", "harbour", "station", "church"]), P(rng, DAYS),
                P(rng, ["No name or tag", "Clearly much loved", "Looks quite new"]),
                P(rng, ["the police station", "the library", "the post office"])))
    return ("notice", text)


def exhibition(rng, nm):
    artist = nm.person(rng)
    town = nm.town(rng)
    m0 = rng.randrange(12)
    m1 = (m0 + rng.randint(1, 3)) % 12
    text = ("Exhibition: %s - %s\n%s Gallery, %s. %d %s - %d %s.\nThe first solo show in %s for %s brings together %d works "
            "made over the last %d years: %s. Free entry. Open Tuesday to Sunday, 10am to 5pm. Artist's talk on the "
            "opening Saturday at 2pm." % (
                artist, nm.title(rng), town, town, rng.randint(1, 28), MONTHS[m0], rng.randint(1, 28), MONTHS[m1],
                town, artist, rng.randint(12, 70), rng.randint(3, 20),
                P(rng, ["large charcoal drawings of the estuary", "woven wall hangings", "photographs of abandoned farms", "small bronze figures"])))
    return ("listing", text)


def on_this_day(rng, nm):
    town = nm.town(rng)
    y = rng.randint(1890, 1990)
    text = ("On this day\n%d years ago, in %d, %s. It was %s. Later, in %d, %s, and in %d the site became %s. "
            "Our archive has photographs of all three moments - ask at the front desk, or browse the digitised collection "
            "online, where readers have added their own memories and family pictures." % (
                2024 - y, y, P(rng, ["the first tram ran through %s" % town, "fire destroyed the %s corn exchange" % town,
                                     "the %s lifeboat was launched for the first time" % town]),
                P(rng, ["a bitterly cold morning", "the talk of the region for weeks", "reported in every paper"]),
                y + rng.randint(5, 20), P(rng, ["the building was rebuilt", "the service was extended", "a memorial was unveiled"]),
                y + rng.randint(25, 34), P(rng, ["a car park", "a museum", "a supermarket", "a public garden"])))
    return ("timeline", text)


def same_name(rng, nm):
    t = nm.title(rng)
    y1 = rng.randint(1980, 2012)
    text = ("%s may refer to:\n- %s (novel), a %d novel by %s\n- %s (film), a %d film directed by %s, unrelated to the novel\n"
            "- %s (song), a song by the band the %s\n- %s, a racehorse that ran in the %s Cup\n"
            "This disambiguation page lists articles associated with the title %s. If an internal link led you here, "
            "you may wish to change the link to point directly to the intended article." % (
                t, t, y1, nm.person(rng), t, y1 + rng.randint(2, 10), nm.person(rng),
                t, nm.title(rng, style=3), t, nm.town(rng), t))
    return ("encyclopedia", text)


def interim_head(rng, nm):
    school = "%s %s" % (nm.town(rng), P(rng, ["Primary School", "Academy", "High School"]))
    a, b = nm.person(rng), nm.person(rng)
    text = ("Acting head named at %s\nGovernors at %s have appointed deputy head %s as acting headteacher following the "
            "departure of %s at the end of term. A permanent appointment is expected %s. Parents were told in a letter on "
            "%s that day-to-day life at the school would not change. The school, rated good at its last inspection, has "
            "%d pupils." % (school, school, a, b, P(rng, ["before Easter", "in the summer", "by the autumn"]), P(rng, DAYS), rng.randint(120, 1400)))
    return ("news", text)


def minor_preview(rng, nm):
    comp = "%s %s" % (nm.town(rng), P(rng, ["Netball Cup", "Hockey Trophy", "Junior Shield", "Rugby Plate"]))
    t1, t2 = nm.town(rng), nm.town(rng)
    text = ("Preview: %s final\n%s and %s meet in the %s final on %s at %s. %s go in as favourites after %s, but %s "
            "have won their last %d matches. %s is fit again after injury. Tickets are available on the gate; "
            "the final starts at %s." % (
                comp, t1, t2, comp, P(rng, DAYS), nm.town(rng), t1,
                P(rng, ["an unbeaten league season", "beating the holders in the semi-final", "a run of clean sheets"]),
                t2, rng.randint(3, 11), nm.person(rng), P(rng, ["2pm", "2.30pm", "7pm"])))
    return ("preview", text)


def radio(rng, nm):
    lines = ["Radio %s - today's schedule" % nm.town(rng)]
    slots = [(6, "Breakfast"), (9, "Morning Extra"), (12, "Lunchtime Live"), (14, "The Afternoon Show"),
             (16, "Drive"), (19, P(rng, ["Folk Hour", "Sport Talk", "The Country Hour"])), (21, "Late Night Requests")]
    for h, show in slots:
        lines.append("%02d:00 %s with %s" % (h, show, nm.person(rng)))
    lines.append("News and weather on the hour, travel every twenty minutes at peak times. Listeners can text the studio "
                 "or call the phone-in line, which opens at 9am. Schedules may change for live sport.")
    return ("listing", "\n".join(lines))


TEMPLATES = [council, obituary, recipe, product_review, release_notes, forum, qa_admin, listing, enc_village,
             enc_species, enc_film, enc_athlete, match_report, fun_run, press_office, business_annual, weather,
             travel, book_review, album_review, school, planning, job_ad, correction, letter, road_closure,
             science, timeline, club_news, howto, transfer, property, lost_found, exhibition, on_this_day,
             same_name, interim_head, minor_preview, radio]


def generate(n, nm, seed, lo=50, hi=180):
    rng = random.Random("%s-filler" % seed)
    out = []
    i = 0
    while len(out) < n:
        tpl = TEMPLATES[i % len(TEMPLATES)]
        i += 1
        for _ in range(50):
            genre, text = tpl(rng, nm)
            wc = len(text.split())
            if lo <= wc <= hi:
                break
        else:
            raise RuntimeError("template %s cannot fit word bounds" % tpl.__name__)
        out.append(("fill_%04d" % len(out), genre, text))
    return out
