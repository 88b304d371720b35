"""Filler templates, digest templates and page clutter for probe23.

Everything here is generic: fillers reuse the topics' towns and everyday
local-news vocabulary but never name a topic's people, events or
organisations (build.py rejects any that do).  All names are invented.
"""

FIRST = ["Alys", "Bram", "Cerys", "Dev", "Elin", "Finn", "Greta", "Hal", "Ines", "Jonah",
         "Kit", "Lena", "Milo", "Nia", "Oren", "Pippa", "Quin", "Rhys", "Saffi", "Tam",
         "Una", "Vik", "Wren", "Xander", "Yusra", "Zac", "Maud", "Ned", "Orla", "Piers"]
LAST = ["Abney", "Birtle", "Corless", "Dunstan", "Eyre", "Frith", "Gedling", "Hurst", "Ibbot",
        "Jessup", "Kedge", "Lyle", "Mottram", "Norbury", "Oakes", "Pendle", "Quarmby", "Rydal",
        "Scarth", "Tunstall", "Uttley", "Varley", "Wragg", "Yeadon", "Ackroyd", "Blenkin"]
STREETS = ["Mill Lane", "Church Street", "Quarry Road", "Orchard Close", "Chapel Row", "Ferry Lane",
           "Tanners Way", "Willow Drive", "Beacon Hill", "Priory Walk", "Rope Walk", "Kiln Road",
           "Fold Lane", "Cobbler's Yard", "Saltings Road", "Mount Pleasant"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PUBS = ["the Plough", "the Ship", "the Drovers Arms", "the Fleece", "the Anchor", "the Woolpack"]


def person(rng):
    return rng.choice(FIRST) + " " + rng.choice(LAST)


def date(rng):
    return "%d %s" % (rng.randint(1, 28), rng.choice(MONTHS))


def two_towns(rng, towns):
    a, b = rng.sample(towns, 2)
    return a, b


def f_planning(rng, towns):
    t = rng.choice(towns)
    works = ["single-storey rear extension", "replacement windows in a conservation area",
             "change of use from shop to cafe", "two-storey side extension and garage",
             "felling of a sycamore covered by a tree preservation order", "loft conversion with rear dormer",
             "new vehicle access and dropped kerb", "solar panels on a listed barn",
             "timber garden office", "conversion of a stable block to a holiday let"]
    items = ["%d %s, %s: %s." % (rng.randint(1, 120), s, t, w)
             for s, w in zip(rng.sample(STREETS, 3), rng.sample(works, 3))]
    body = ("The following applications were received by the planning department in the week to %s. "
            "Comments can be made online or in writing for 21 days.\n\n%s\n\n"
            "Decisions on householder applications are normally made within eight weeks. Drawings and "
            "supporting documents can be viewed at the council offices during opening hours."
            % (date(rng), "\n".join(items)))
    return "notice", "Planning applications received: %s" % t, body


def f_bins(rng, towns):
    t = rng.choice(towns)
    d1, d2 = rng.sample(DAYS[:5], 2)
    body = ("Household waste collections in parts of %s will move from %s to %s from %s. Recycling "
            "will still be collected every other week on the same day as general waste. Residents are "
            "asked to put bins out by 7am and to bring them in as soon as possible after collection. "
            "Garden waste permits for next year go on sale in %s and cost £%d. Crews will not take "
            "side waste or overfilled bins." % (t, d1, d2, date(rng), rng.choice(MONTHS), rng.randint(38, 64)))
    return "notice", "Bin collection days changing in %s" % t, body


def f_roadworks(rng, towns):
    t, t2 = two_towns(rng, towns)
    s = rng.choice(STREETS)
    work = rng.choice(["resurfacing", "replacement of a gas main", "drainage repairs",
                       "new street lighting", "kerb and pavement repairs"])
    body = ("%s in %s will be closed from %s for %d nights while %s is carried out. A signed "
            "diversion will run via %s. Access for residents and emergency vehicles will be kept open "
            "where possible, and work will take place between 8pm and 6am to reduce disruption. Bus "
            "stops on the affected stretch will be suspended." % (s, t, date(rng), rng.randint(2, 12), work, t2))
    return "notice", "Roadworks: %s, %s" % (s, t), body


def f_whats_on(rng, towns):
    t = rng.choice(towns)
    pool = ["Coffee morning at the community hall, %s, 10am to noon." % rng.choice(DAYS),
            "Quiz night at %s, %s, 8pm, teams of up to six." % (rng.choice(PUBS), rng.choice(DAYS)),
            "Toddler rhyme time, %s morning, free, no need to book." % rng.choice(DAYS),
            "Repair cafe: bring broken lamps, toasters and clothes for volunteers to fix.",
            "Bird walk with the local wildlife group; meet at the church gate at 9am.",
            "Beginners' bridge club, %s evenings, partners found for newcomers." % rng.choice(DAYS),
            "Film club screening of a classic comedy, doors 7pm, tickets £%d." % rng.randint(3, 7),
            "Table-top sale in aid of the play area, tables £%d." % rng.randint(5, 12),
            "Line dancing for beginners, %s afternoons." % rng.choice(DAYS)]
    body = ("Here is a selection of events in and around %s over the coming week.\n\n%s\n\n"
            "Listings are free. Send details of your event at least ten days in advance."
            % (t, "\n".join(rng.sample(pool, 4))))
    return "listing", "What's on in %s this week" % t, body


def f_walk(rng, towns):
    t, t2 = two_towns(rng, towns)
    body = ("%d members joined the %s Walking Group for the monthly walk on %s, a %d-mile circuit "
            "from %s to %s and back along the old railway path. %s Lunch was taken at %s, where the "
            "landlord kindly let us eat our sandwiches in the garden. Next month's walk, led by %s, "
            "starts from the village green at 10am. New walkers are always welcome; boots and "
            "waterproofs are recommended." % (rng.randint(9, 31), t, date(rng), rng.randint(5, 12), t, t2,
                                              rng.choice(["The weather was kind until the last mile.",
                                                          "A steady drizzle did not dampen spirits.",
                                                          "We saw buzzards and a kingfisher."]),
                                              rng.choice(PUBS), person(rng)))
    return "club", "%s Walking Group: %s walk report" % (t, rng.choice(MONTHS)), body


def f_allotment(rng, towns):
    m = rng.choice(MONTHS)
    tips = ["Sow broad beans under cover and keep the mice off them.", "Lift and divide rhubarb crowns.",
            "Net brassicas against pigeons.", "Earth up potatoes when the shoots reach 20cm.",
            "Keep on top of the weeds before they set seed.", "Clean and sharpen tools on wet days.",
            "Water in the evening and water the roots, not the leaves.", "Order seed potatoes early."]
    body = ("%s on the plot in %s. %s\n\nThis month's jobs: %s\n\nIf you have a question for the "
            "allotment diary, send it in and %s will try to answer it in a future column."
            % (m, rng.choice(towns), rng.choice(["The ground is still too wet to dig.",
                                                 "The courgettes are finally getting going.",
                                                 "Slugs have had most of my lettuces."]),
               " ".join(rng.sample(tips, 4)), person(rng)))
    return "blog", "Allotment diary: %s" % m, body


def f_recipe(rng, towns):
    dish = rng.choice(["leek and potato soup", "plum crumble", "cheese and onion pasties",
                       "lentil and bacon stew", "apple and blackberry cake", "fish pie with a crumb top"])
    body = ("This %s is a favourite of %s from %s, who says it has fed her family through many cold "
            "evenings. It serves four and takes about %d minutes.\n\nMethod: prepare the vegetables or "
            "fruit, cook gently until soft, season or sweeten to taste, then finish in a hot oven until "
            "golden. Leftovers keep for two days in the fridge and freeze well."
            % (dish, person(rng), rng.choice(towns), rng.choice([35, 45, 50, 60, 75])))
    return "recipe", "Recipe: %s" % dish, body


def f_property(rng, towns):
    t = rng.choice(towns)
    beds = rng.randint(2, 5)
    kind = rng.choice(["terraced house", "semi-detached house", "detached cottage", "flat", "bungalow"])
    body = ("A %d-bedroom %s on %s, %s, offered with no onward chain. The accommodation includes a "
            "sitting room with wood burner, a kitchen-diner, a bathroom and %s. Outside there is %s. "
            "The property is within walking distance of shops, the primary school and bus routes. "
            "Guide price £%s. Viewing strictly by appointment."
            % (beds, kind, rng.choice(STREETS), t, rng.choice(["a downstairs cloakroom", "a utility room"]),
               rng.choice(["a south-facing garden", "off-road parking for two cars", "a small courtyard"]),
               format(rng.randint(120, 520) * 1000, ",")))
    return "property", "%d-bedroom %s for sale in %s" % (beds, kind, t), body


def f_job(rng, towns):
    t = rng.choice(towns)
    role = rng.choice(["part-time receptionist", "delivery driver", "kitchen porter", "care assistant",
                       "bookkeeper", "groundsperson", "shop assistant"])
    body = ("We are looking for a %s to join our friendly team in %s. Hours are %d per week, with "
            "some weekend work. Experience is helpful but training will be given. Pay is £%d.%02d an "
            "hour plus holiday pay. To apply, send a short letter and CV to %s by %s."
            % (role, t, rng.randint(12, 37), rng.randint(10, 14), rng.choice([0, 25, 50, 75]),
               person(rng), date(rng)))
    return "jobs", "Vacancy: %s, %s" % (role, t), body


def f_forum(rng, towns):
    t = rng.choice(towns)
    trade = rng.choice(["plumber", "electrician", "roofer", "dog groomer", "piano tuner", "chimney sweep"])
    replies = ["Used someone from %s last year, very tidy, will dig out the number." % rng.choice(towns),
               "Ask in the hardware shop, they always know who is reliable.",
               "Avoid anyone who cold-calls, there have been scams round here.",
               "Second the recommendation above, fair price and turned up on time.",
               "Check the parish newsletter, there are a few adverts in the back."]
    body = ("Posted by %s:\nCan anyone recommend a good %s in or near %s? Small job, nothing urgent, "
            "but I would like someone who actually answers the phone.\n\nReplies:\n%s"
            % (person(rng), trade, t, "\n".join(rng.sample(replies, 3))))
    return "forum", "Recommendations for a %s in %s?" % (trade, t), body


def f_letter(rng, towns):
    t = rng.choice(towns)
    topic = rng.choice(["parking", "litter", "speeding traffic", "dog fouling", "the state of the pavements"])
    body = ("Sir, I write about %s in %s town centre, which seems to get worse every month. On %s I "
            "counted %d examples on a single walk to the post office. Residents have raised this at "
            "meeting after meeting and nothing changes. Surely it is not beyond the authorities to "
            "take some simple steps? Yours faithfully, %s, %s." % (topic, t, rng.choice(DAYS),
                                                                   rng.randint(6, 40), person(rng),
                                                                   rng.choice(STREETS)))
    return "letter", "Letter: %s in %s" % (topic, t), body


def f_weather(rng, towns):
    t = rng.choice(towns)
    high = rng.randint(4, 24)
    body = ("The weekend in %s looks %s. Saturday will start %s, with highs of around %dC and a light "
            "%s breeze. Sunday is likely to be %s, and temperatures will drop to %dC overnight. "
            "Gardeners should %s. The outlook for next week is %s."
            % (t, rng.choice(["mixed", "settled", "unsettled"]), rng.choice(["cloudy", "bright", "misty"]),
               high, rng.choice(["westerly", "northerly", "southerly"]),
               rng.choice(["showery", "dry and bright", "grey with drizzle"]), high - rng.randint(5, 10),
               rng.choice(["protect tender plants", "make the most of the dry spell", "check for slugs"]),
               rng.choice(["changeable", "drier", "colder"])))
    return "weather", "Weekend weather outlook for %s" % t, body


def f_lost(rng, towns):
    t = rng.choice(towns)
    pet = rng.choice(["tabby cat", "black Labrador", "grey rabbit", "border collie", "ginger cat"])
    body = ("Lost: a much-loved %s, last seen near %s, %s, on %s evening. Answers to %s. Friendly but "
            "nervous with strangers, and microchipped. Please check sheds and garages. If seen, "
            "please call or message %s. A reward is offered for safe return. Thank you for sharing."
            % (pet, rng.choice(STREETS), t, rng.choice(DAYS),
               rng.choice(["Biscuit", "Pepper", "Moss", "Tilly", "Bramble"]), person(rng)))
    return "classified", "Lost %s in %s" % (pet, t), body


def f_terms(rng, towns):
    t = rng.choice(towns)
    body = ("Term dates for schools in %s have been published for the coming year. The autumn term "
            "starts on %s and half term falls in the last week of October. The spring term starts on %s, "
            "and the summer term on %s. Academies and church schools may set different dates, so "
            "parents should check with their child's school. Inset days are set by each school."
            % (t, date(rng), date(rng), date(rng)))
    return "notice", "School term dates for %s" % t, body


def f_hall(rng, towns):
    t = rng.choice(towns)
    body = ("%s Village Hall is available to hire for parties, meetings, classes and wedding "
            "receptions. The main hall seats %d and has a stage, a kitchen with dishwasher, and "
            "accessible toilets. Rates: £%d an hour for local residents and £%d for others. A deposit "
            "is required. To book, contact the bookings secretary, %s. The hall is run by volunteers "
            "and all income goes towards upkeep." % (t, rng.randint(60, 180), rng.randint(12, 20),
                                                      rng.randint(21, 30), person(rng)))
    return "listing", "%s Village Hall: hire rates" % t, body


def f_review(rng, towns):
    prod = rng.choice(["cordless kettle", "budget headphones", "garden shredder", "robot vacuum",
                       "bread maker", "e-reader"])
    body = ("We spent a fortnight with this %s. It does the basics well: it is easy to set up, quiet in "
            "use and feels solidly built. Less good is the %s, which feels like an afterthought. At "
            "around £%d it is fair value, though cheaper rivals come close. Verdict: %d out of 5. "
            "Reviewed by %s." % (prod, rng.choice(["manual", "app", "charging cable", "lid"]),
                                 rng.randint(25, 240), rng.randint(2, 5), person(rng)))
    return "review", "Review: %s" % prod, body


def f_howto(rng, towns):
    task = rng.choice(["back up your photos", "update your phone safely", "spot a phishing email",
                       "set up a strong password", "free up space on your laptop"])
    body = ("Many readers have asked how to %s. The good news is that it takes less than half an hour. "
            "First, make a list of what matters most to you. Second, use the tools that come with your "
            "device rather than downloading unknown apps. Third, repeat the process every month. If you "
            "get stuck, the free digital help sessions at the library run on %s mornings."
            % (task, rng.choice(DAYS)))
    return "howto", "How to %s" % task, body


def f_bus(rng, towns):
    t, t2 = two_towns(rng, towns)
    n = rng.randint(3, 98)
    body = ("Route %d between %s and %s will run to a new timetable from %s. Weekday buses will run "
            "every %d minutes during the day, with the last departure from %s moving to %d.%02dpm. "
            "Sunday services are unchanged. Passengers are advised to check times before travelling."
            % (n, t, t2, date(rng), rng.choice([20, 30, 40, 60]), t2, rng.randint(6, 10),
               rng.choice([5, 15, 35, 45])))
    return "transport", "Bus route %d: timetable changes" % n, body


def f_mart(rng, towns):
    t = rng.choice(towns)
    body = ("A total of %s sheep and %d cattle were forward at %s livestock market on %s. Prime lambs "
            "averaged %dp per kilo, with the best pens of continental lambs reaching %dp. Cull ewes sold "
            "to £%d. In the cattle ring, store bullocks averaged £%s. The auctioneers reported a keen "
            "trade throughout." % (format(rng.randint(900, 4200), ","), rng.randint(40, 320), t, date(rng),
                                   rng.randint(230, 290), rng.randint(295, 340), rng.randint(90, 160),
                                   format(rng.randint(900, 1500), ",")))
    return "market", "%s livestock market report" % t, body


def f_volunteer(rng, towns):
    t = rng.choice(towns)
    p = person(rng)
    body = ("This month's volunteer spotlight falls on %s, who has helped at the %s in %s for %d years. "
            "'I came in for one afternoon and never left,' %s says. As well as weekly shifts, %s has "
            "organised collections and trained new helpers. If you can spare a few hours a week, the "
            "organisers would love to hear from you." % (p, rng.choice(["charity shop", "community garden",
                                                                          "youth club", "heritage railway"]),
                                                          t, rng.randint(3, 25), p.split()[0], p.split()[0]))
    return "feature", "Volunteer spotlight: %s" % p, body


def f_history(rng, towns):
    t = rng.choice(towns)
    subj = rng.choice(["the old market hall", "the tannery", "the cattle fair", "the railway goods yard",
                       "the cinema", "the brickworks"])
    body = ("Our look back at %s in old photographs turns to %s. The picture, lent by %s, was taken "
            "around %d and shows crowds gathered on a busy %s. Older readers may remember it before the "
            "changes of the %ds. If you can name anyone in the photograph, please get in touch."
            % (t, subj, person(rng), rng.randint(1890, 1960), rng.choice(DAYS), rng.choice([196, 197, 198]) * 10))
    return "history", "%s in old photographs: %s" % (t, subj), body


def f_shop(rng, towns):
    t = rng.choice(towns)
    shop = rng.choice(["bakery", "bike repair shop", "bookshop", "refill shop", "barber", "greengrocer"])
    body = ("A new %s has opened on the high street in %s. Owner %s said she had wanted to run her own "
            "business for years and had been encouraged by support from local people. The shop is open "
            "%s to Saturday, and opening offers run until the end of the month. Neighbouring traders "
            "said it was good to see another empty unit filled." % (shop, t, person(rng), rng.choice(DAYS[:3])))
    return "business", "New %s opens in %s" % (shop, t), body


def f_sport(rng, towns):
    a, b = two_towns(rng, towns)
    sa, sb = rng.randint(0, 4), rng.randint(0, 4)
    body = ("%s Wanderers and %s Sports drew the crowds at the weekend, with the match finishing %d-%d. "
            "Wanderers manager %s said he was pleased with the effort. In the reserves, %s won by %d "
            "wickets in the midweek cricket friendly. Fixtures for next week are on the noticeboard at "
            "the recreation ground." % (a, b, sa, sb, person(rng), rng.choice([a, b]), rng.randint(2, 9)))
    return "sport", "Weekend sport round-up: %s and %s" % (a, b), body


def f_dayout(rng, towns):
    t = rng.choice(towns)
    body = ("Looking for a day out? %s has plenty to offer. Start with a stroll along %s and a coffee "
            "at one of the independent cafes, then head for the riverside path or the nature reserve. "
            "The parish church is worth a look for its carved pew ends. Parking is available at the "
            "long-stay car park, and there are regular buses from the surrounding villages."
            % (t, rng.choice(STREETS)))
    return "guide", "A day out in %s" % t, body


def f_parish(rng, towns):
    t = rng.choice(towns)
    items = ["Councillors agreed to replace two benches on the green.",
             "A request for a speed sign on %s was referred to the highways team." % rng.choice(STREETS),
             "The clerk reported that the grit bins have been refilled.",
             "The playground inspection found no urgent problems.",
             "A grant of £%d was agreed for the village fete." % rng.randint(150, 900),
             "Concerns about overgrown hedges will be raised with landowners."]
    body = ("Summary of the %s parish meeting held on %s.\n\n%s\n\nThe next meeting is open to the "
            "public, and residents may speak for up to three minutes at the start."
            % (t, date(rng), " ".join(rng.sample(items, 4))))
    return "minutes", "%s parish meeting: summary" % t, body


def f_pharmacy(rng, towns):
    body = ("Pharmacists in %s are reminding people that many winter illnesses can be treated at home. "
            "Rest, fluids and simple painkillers will help with most colds. Keep a small medicine "
            "cabinet stocked, check expiry dates, and ask your pharmacist before mixing medicines. "
            "Flu jabs are available on %s afternoons without an appointment." % (rng.choice(towns), rng.choice(DAYS)))
    return "health", "Winter health tips from your local pharmacy", body


def f_concert(rng, towns):
    t = rng.choice(towns)
    group = rng.choice(["Choral Society", "Community Orchestra", "Male Voice Choir", "Ukulele Group"])
    body = ("The %s %s gives its %s concert at the parish church on %s at 7.30pm. The programme "
            "includes music by local composers alongside favourite classics. Tickets cost £%d, with "
            "under-18s free, and are available from the library and on the door. Refreshments will be "
            "served in the interval, and proceeds go to the church roof fund."
            % (t, group, rng.choice(["spring", "summer", "autumn", "winter"]), date(rng), rng.randint(6, 15)))
    return "music", "Concert: %s %s" % (t, group), body


def f_chess(rng, towns):
    a, b = two_towns(rng, towns)
    body = ("In the county league, %s A met %s B on %s, with the visitors taking the match by %d "
            "games to %d after a long struggle on top board. The club meets every %s evening in the "
            "back room of %s. Juniors and beginners are welcome, and sets and clocks are provided."
            % (a, b, date(rng), rng.randint(3, 4), rng.randint(1, 2), rng.choice(DAYS[:5]), rng.choice(PUBS)))
    return "chess", "Chess: %s A v %s B" % (a, b), body


def f_library(rng, towns):
    t = rng.choice(towns)
    body = ("At your library this month: rhyme time for under-fives on %s mornings, a reading group "
            "discussing a new crime novel, and free help with phones and tablets. The summer reading "
            "challenge for children is open for sign-ups. Libraries in and around %s now lend energy "
            "monitors and telescopes as well as books. Ask staff for details." % (rng.choice(DAYS), t))
    return "library", "Library events in and around %s" % t, body


def f_show(rng, towns):
    t = rng.choice(towns)
    body = ("Entries are now open for the %s village show, to be held on %s. Classes include vegetables, "
            "flowers, baking, preserves, handicrafts and children's art, and there are classes for "
            "poultry and eggs. Schedules are available from the village shop. Entry is %dp per class, "
            "and the closing date is one week before the show." % (t, date(rng), rng.choice([20, 30, 50])))
    return "show", "%s village show: entries open" % t, body


def f_hygiene(rng, towns):
    t = rng.choice(towns)
    names = ["The Red Lion", "Harbour Fish Bar", "Sunrise Cafe", "Golden Dragon", "Oak Tree Tearoom",
             "Station Kebabs", "The Old Bakehouse", "Mill Pond Pizzeria"]
    lines = ["%s, %s: %d" % (n, rng.choice(STREETS), rng.randint(2, 5)) for n in rng.sample(names, 4)]
    body = ("The latest food hygiene ratings for businesses in %s, on a scale from 0 to 5, are listed "
            "below.\n\n%s\n\nRatings reflect conditions on the day of inspection. Businesses can "
            "ask for a revisit once improvements have been made." % (t, "\n".join(lines)))
    return "listing", "Food hygiene ratings: %s" % t, body


def f_rowing(rng, towns):
    t = rng.choice(towns)
    body = ("Fancy learning to row? A six-week beginners' course starts on the river at %s on %s. "
            "Sessions cover sculling, sweep rowing and water safety, and all equipment is provided. "
            "Participants must be able to swim 50 metres. The course costs £%d, including temporary "
            "club membership. Coaches %s and %s will lead the sessions." % (t, date(rng), rng.randint(60, 140),
                                                                             person(rng), person(rng)))
    return "club", "Learn to row in %s" % t, body


TEMPLATES = [f_planning, f_bins, f_roadworks, f_whats_on, f_walk, f_allotment, f_recipe, f_property,
             f_job, f_forum, f_letter, f_weather, f_lost, f_terms, f_hall, f_review, f_howto, f_bus,
             f_mart, f_volunteer, f_history, f_shop, f_sport, f_dayout, f_parish, f_pharmacy,
             f_concert, f_chess, f_library, f_show, f_hygiene, f_rowing]

# ---------------------------------------------------------------- digests

DIGEST_TITLES = ["Weekly digest: stories you may have missed", "The week in brief", "Newsletter: in this issue",
                 "Podcast notes: this week's episode", "Round-up: talking points", "Month in review"]
DIGEST_INTROS = [
    "Here is our round-up of the stories people have been talking about across the district.",
    "Welcome to the weekend digest, a short guide to what has been in the news and what is coming up.",
    "This newsletter brings together some of the items our readers asked us to follow up.",
    "In this episode of the Local Desk podcast, our reporters look back at the week.",
    "A quick look at the agendas, events and talking points for the coming days.",
]
DIGEST_LINES = [
    "There is more on {m} in our features section.",
    "Readers have written in about {m}.",
    "{m} comes up again on this week's letters page.",
    "We look back at our coverage of {m}.",
    "Our reporters will have more on {m} in the coming weeks.",
    "If you have a story about {m}, get in touch.",
    "Photographs connected with {m} are in the online gallery.",
    "The archive piece on {m} has been one of the most read this month.",
    "Listeners asked about {m}; we hope to return to it in a future episode.",
    "{m} also gets a mention in the events round-up.",
]
DIGEST_OUTROS = [
    "As always, thanks for reading. The next digest will be out next week.",
    "Corrections and clarifications can be sent to the news desk.",
    "Send your news, pictures and letters to the newsroom.",
]


def make_digest(rng, mentions, towns):
    """mentions: list of (topic_id, text). Returns (genre, title, body, topic_ids)."""
    topics = sorted({t for t, _ in mentions})
    chosen = rng.sample(topics, rng.randint(3, 5))
    lines = []
    for t, tpl in zip(chosen, rng.sample(DIGEST_LINES, len(chosen))):
        m = rng.choice([x for tt, x in mentions if tt == t])
        line = tpl.format(m=m)
        lines.append(line[0].upper() + line[1:])
    extra = "Also this week: %s in %s." % (rng.choice(["a new crossing", "the farmers' market",
                                                      "a litter pick", "the summer fete"]), rng.choice(towns))
    body = "%s\n\n%s %s\n\n%s" % (rng.choice(DIGEST_INTROS), " ".join(lines), extra, rng.choice(DIGEST_OUTROS))
    return "digest", rng.choice(DIGEST_TITLES), body, chosen

# ---------------------------------------------------------------- clutter

COOKIE = ["We use cookies to improve your experience on this site. Accept all | Manage settings",
          "This site uses cookies. By continuing to browse you agree to our use of cookies. OK",
          "Cookie preferences: necessary cookies only | allow all"]
SHARE = ["Share this article: Facebook | X | WhatsApp | Email", "Share | Print | Comments (0)",
         "Copy link | Email this story"]
SIGNUP = ["Sign up to our free morning newsletter for the day's top stories.",
          "Get local news in your inbox: subscribe for free."]
ADVERT = ["Advertisement", "ADVERTISEMENT - story continues below"]
ROLES = ["staff reporter", "local democracy reporter", "community correspondent", "news team", "sports desk"]
RELATED = ["Volunteers plant 500 trees along river path", "Cafe owner marks 20 years in business",
           "Potholes: how to report one", "Summer reading challenge returns", "Bus shelter repairs delayed again",
           "Village hall gets solar panels", "Wildlife group counts record number of swifts",
           "Farmers' market moves to Saturdays", "Warning over doorstep scam calls",
           "Pupils win recycling competition", "Charity shop appeals for helpers", "Heritage open days: what to see",
           "Allotment waiting list hits record", "New benches for community orchard"]


def make_clutter(rng):
    """Returns (top_lines, bottom_lines) of page furniture."""
    kinds = rng.sample(["cookie", "byline", "share", "related", "signup", "advert"], rng.randint(1, 3))
    top, bottom = [], []
    if "cookie" in kinds:
        top.append(rng.choice(COOKIE))
    if "byline" in kinds:
        top.append("By %s, %s" % (person(rng), rng.choice(ROLES)))
    if "advert" in kinds:
        top.append(rng.choice(ADVERT))
    if "share" in kinds:
        bottom.append(rng.choice(SHARE))
    if "related" in kinds:
        bottom.append("Related: " + " | ".join(rng.sample(RELATED, 2)))
    if "signup" in kinds:
        bottom.append(rng.choice(SIGNUP))
    return top, bottom
