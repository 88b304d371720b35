# Generated filler passages on unrelated invented subjects, in many genres.
import random

import names

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def company(r):
    return "%s %s" % (r.choice(names.COMPANY_A), r.choice(names.COMPANY_B))


def t_lostpet(r, p):
    animal = r.choice([("cat", "tabby", "him"), ("dog", "black-and-white collie", "her"), ("tortoise", "elderly", "him"),
                       ("cat", "ginger", "her"), ("parrot", "grey", "him")])
    return ("LOST: %s %s, answers (sometimes) to %s. Last seen on %s evening near the allotments in %s. "
            "%s is microchipped, wearing a red collar, and very nervous of strangers, so please don't chase %s. "
            "If you see %s, ring %s on the number on the lamp-post posters or leave a message at the corner shop. "
            "Reward offered. Thank you to everyone who has already checked their sheds and garages."
            % (animal[1].capitalize(), animal[0], r.choice(["Biscuit", "Pepper", "Moss", "Tansy", "Rollo", "Juniper"]),
               r.choice(DAYS), r.choice(names.TOWNS), "He" if animal[2] == "him" else "She", animal[2], animal[2], p()))


def t_recipe(r, p):
    veg = r.choice(["leek and potato", "spiced parsnip", "smoked haddock and sweetcorn", "roast squash", "pea and mint"])
    return ("This %s soup is what I make on the first properly cold evening of the year. It takes about forty minutes, "
            "most of which is the onions softening slowly in butter, and it freezes well. My grandmother, who ran the "
            "tea room in %s for thirty years, never measured anything, so the quantities below are my best guess. "
            "Serve with thick toast and a sharp cheese. If it gets too thick the next day, loosen it with a splash of "
            "milk rather than water. Scroll down for the full method and a note on stock."
            % (veg, r.choice(names.TOWNS)))


def t_library(r, p):
    t = r.choice(names.TOWNS)
    return ("%s Library — new opening hours from %s\nMonday: closed\nTuesday and Thursday: 9.30 am to 7 pm\n"
            "Wednesday and Friday: 9.30 am to 5 pm\nSaturday: 10 am to 1 pm\nThe change follows a consultation in "
            "which most respondents asked for later evening opening. The computer suite and the local history room keep "
            "the same hours as the main library. Books can still be returned at any time through the box by the door."
            % (t, "%d %s" % (r.randint(1, 28), r.choice(MONTHS))))


def t_weather(r, p):
    return ("Yellow weather warning: %s\nStrong winds are expected across %s and the surrounding hills from late "
            "%s until %s morning, with gusts of 60 to 70 mph on exposed coasts and high ground. Some short-term loss of "
            "power is possible, and there may be delays to road, rail and ferry services. Coastal routes and sea fronts "
            "may be affected by spray and large waves. Secure loose items such as bins and garden furniture."
            % (r.choice(["wind", "wind and rain"]), r.choice(names.TOWNS), r.choice(DAYS), r.choice(DAYS)))


def t_beetle(r, p):
    genus = r.choice(["Carabus", "Bembidion", "Agonum", "Pterostichus", "Stenus"])
    epi = r.choice(["hallowensis", "fennicolor", "marrowbii", "tidemarshi", "lowdeni"])
    return ("A ground beetle new to science has been described from a single wet meadow near %s. The insect, named "
            "%s %s, is about six millimetres long and a dull bronze colour, and was first noticed by an amateur "
            "naturalist, %s, in pitfall traps set for a school project. DNA analysis confirmed that it differs from "
            "its closest relatives. The landowner has agreed to stop draining the field while further surveys are "
            "carried out. The description appears in the latest issue of the county naturalists' journal."
            % (r.choice(names.TOWNS), genus, epi, p()))


def t_garden(r, p):
    plant = r.choice(["tomatoes", "runner beans", "courgettes", "sweet peas", "dahlias"])
    return ("Q: My %s looked wonderful in June but now the lower leaves are yellowing and curling. I water every "
            "evening. What am I doing wrong? — %s, %s\nA: Watering every evening may be the problem rather than the cure. "
            "Wet soil in the cool of the night encourages root trouble and fungal disease. Water deeply twice a week in "
            "the morning, mulch to keep the moisture in, remove the worst leaves and feed with a high-potash liquid "
            "every fortnight. Good air flow around the plants helps too."
            % (plant, p(), r.choice(names.TOWNS)))


def t_tech(r, p):
    dev = r.choice(["printer", "router", "wireless keyboard", "smart speaker", "old laptop"])
    return ("Thread: %s stopped working after update?\nSince the update on %s my %s won't connect at all. Tried "
            "switching it off and on, tried a different cable, tried shouting at it. Any ideas? — %s\n"
            "Reply: Same here. Rolling back the driver fixed it for me; there's an option in the device settings.\n"
            "Reply: Check the power-saving setting on the USB ports, the update switches it back on.\n"
            "Reply: Rolling back worked. Thanks all!"
            % (dev.capitalize(), r.choice(DAYS), dev, r.choice(["grumpyowl", "pdq_pete", "teacup99", "halfbakedbread"])))


def t_review(r, p):
    thing = r.choice(["kettle", "pair of walking boots", "rechargeable torch", "bread maker", "pair of headphones"])
    brand = company(r).split()[0]
    stars = r.randint(2, 5)
    return ("Review: %s %s — %d stars\nI bought this %s in the sale to replace one that had lasted eleven years. "
            "First impressions are good: solid, not too heavy, and it looks smarter than the price suggests. After six "
            "weeks of daily use my main complaint is the instruction leaflet, which is useless. %s. Customer service "
            "answered my email within a day. Would I buy it again? %s"
            % (brand, thing.replace("pair of ", ""), stars, thing,
               r.choice(["It is louder than I expected", "The battery life is slightly under what is claimed",
                         "The finish already shows scratches"]),
               r.choice(["Probably.", "At the sale price, yes.", "Not at full price.", "Yes, without hesitation."])))


def t_obit(r, p):
    who = p()
    job = r.choice(["village postmaster", "dry-stone waller", "piano teacher", "district nurse", "bus driver",
                    "cricket umpire", "bookbinder"])
    age = r.randint(78, 99)
    return ("%s, who has died aged %d, was for many years the %s in %s. Born on a hill farm, %s left school at "
            "fifteen and, after national service, came home and stayed. Generations of residents remember the patience "
            "and the terrible jokes. In retirement came the parish history society, an allotment famous for its onions "
            "and a late enthusiasm for ballroom dancing. A funeral will be held at the parish church on %s; family "
            "flowers only, donations to the air ambulance."
            % (who, age, job, r.choice(names.TOWNS), who.split()[0], r.choice(DAYS)))


def t_property(r, p):
    beds = r.randint(2, 5)
    return ("FOR SALE — %d-bedroom stone cottage, %s\nA charming end-of-terrace cottage in the heart of the village, "
            "with %d bedrooms, a kitchen/breakfast room with a solid-fuel range, a sitting room with exposed beams and "
            "a long garden running down to a stream. Some updating required. Off-road parking for one car. No onward "
            "chain. Viewing strictly by appointment with the agents. Council tax band %s. Offers in the region of "
            "%s."
            % (beds, r.choice(names.TOWNS), beds, r.choice("BCDE"), "£%d,000" % r.randint(180, 420)))


def t_job(r, p):
    role = r.choice(["warehouse supervisor", "part-time bookkeeper", "trainee electrician", "kitchen porter",
                     "customer service adviser", "delivery driver"])
    return ("Vacancy: %s\n%s is looking for a reliable %s to join our friendly team in %s. Hours: %s. Pay: "
            "competitive, depending on experience, plus pension and 28 days' holiday. Full training given. You will "
            "need good communication skills, a sense of humour and the ability to work under pressure. To apply, send "
            "a CV and a short covering letter. Closing date: the end of the month. We regret we cannot respond to every "
            "application."
            % (role.capitalize(), company(r), role, r.choice(names.TOWNS), r.choice(["full time", "20 hours a week", "flexible"])))


def t_bus(r, p):
    a, b = r.sample(names.TOWNS, 2)
    n = r.randint(3, 95)
    return ("Service %d: %s — %s timetable change\nFrom %s %d %s, service %d will run every 40 minutes instead of "
            "every 30 on weekdays, and every hour on Saturdays. The last bus from %s will leave at 22:15. Sunday journeys "
            "are unchanged. The operator says falling passenger numbers since the closure of the depot have made the old "
            "timetable impossible to sustain. Printed timetables are available on the buses and at the library."
            % (n, a, b, r.choice(DAYS), r.randint(1, 28), r.choice(MONTHS), n, a))


def t_concert(r, p):
    t = r.choice(names.TOWNS)
    return ("%s Choral Society — Autumn Concert\nSaturday at 7.30 pm, St %s's Church, %s\nProgramme: music by "
            "Purcell, Fauré and a new piece by local composer %s, written for the society's fiftieth season. "
            "Conductor: %s. Organ: %s. Tickets £12 (students £5, under-16s free) from the market hall or on the door. "
            "Interval refreshments in the church rooms. The church is unheated; wrap up warm."
            % (t, r.choice(["Michael", "Anne", "Peter", "Bride", "Cuthbert"]), t, p(), p(), p()))


def t_astro(r, p):
    shower = r.choice(["Perseid", "Geminid", "Orionid", "Quadrantid"])
    return ("Sky notes: the %s meteor shower peaks this week. The best time to look is after midnight, away from "
            "streetlights, facing any direction with a wide view of the sky. Under dark skies you might see a meteor "
            "every couple of minutes. No telescope is needed; in fact binoculars make it harder. Give your eyes twenty "
            "minutes to adjust and take a reclining chair. The %s astronomy club will hold an open viewing evening on "
            "the recreation ground if the sky is clear."
            % (shower, r.choice(names.TOWNS)))


def t_history(r, p):
    t = r.choice(names.TOWNS)
    return ("%s is a small village in a fold of the hills, first recorded in a charter of the twelfth century as a "
            "grange belonging to a distant abbey. Its wealth came from wool and, later, from a short-lived lead mine whose "
            "spoil heaps can still be seen above the church. The population peaked at about %d in the 1850s and fell "
            "steadily after the mine closed. Notable buildings include the %s inn, a seventeenth-century packhorse "
            "bridge and a chapel now used as a pottery."
            % (t, r.randint(400, 1200), r.choice(["Drovers'", "Plough", "Woolpack", "Shepherd's Rest"])))


def t_dogshow(r, p):
    t = r.choice(names.TOWNS)
    return ("%s Fun Dog Show — results\nWaggiest tail: %s's Labrador, Bramble\nBest rescue: %s's lurcher, Twig\n"
            "Dog the judge would most like to take home: a dachshund called Pickle\nBest veteran (over 8): Nell, a "
            "collie cross aged 14\nBest in show: Bramble\nThank you to our judge, the local vet, and to everyone who "
            "came along. We raised money for the animal sanctuary. Same time next year!"
            % (t, p(), p()))


def t_cafe(r, p):
    t = r.choice(names.TOWNS)
    owner = p()
    return ("A new cafe has opened in the old bank building on %s's high street. %s, who previously ran a food van at "
            "farmers' markets, has kept the original counter and the vault door, which now hides the kitchen. The menu "
            "is short: soup, toasties, cakes and very strong coffee. \"People said a cafe would never work here,\" %s "
            "said. \"We sold out of scones by eleven on the first day.\" Open %s to Saturday, 8 am to 4 pm."
            % (t, owner, owner.split()[0], r.choice(["Tuesday", "Wednesday"])))


def t_walk(r, p):
    a = r.choice(names.TOWNS)
    km = r.randint(6, 18)
    return ("Walk: %s circular, %d km\nFrom the car park by the church, take the lane north past the school and "
            "cross the stile into the sheep fields. Follow the waymarked path uphill to the ridge, where there are "
            "views across three valleys on a clear day. Turn right along the ridge for two kilometres, then drop down "
            "through the beech wood to the river. The riverside path leads back to the village. Allow %d to %d hours. "
            "Steep in places; dogs on leads near livestock."
            % (a, km, km // 4 + 1, km // 4 + 2))


def t_language(r, p):
    lang = r.choice(["Welsh", "Norwegian", "Portuguese", "Dutch", "Finnish"])
    return ("Q: I'm 58 and have just started learning %s with an app. Is it realistic to hold a conversation by next "
            "summer? — %s\nA: Yes, if you practise a little every day and, crucially, speak out loud from the start. "
            "Apps are good for vocabulary but poor at conversation. Find a weekly conversation group or an online "
            "exchange partner. Expect the first few months to feel slow; then it tends to speed up. Don't worry about "
            "mistakes; native speakers are usually delighted that you are trying."
            % (lang, p()))


def t_patch(r, p):
    app = r.choice(["Pebblenote", "Rookledger", "Teaselcast", "Wrenboard", "Millpond Maps", "Sandpiper Tasks"])
    v = "%d.%d" % (r.randint(1, 6), r.randint(0, 9))
    return ("%s %s — what's new\n- Faster start-up on older devices\n- New: export to spreadsheet\n- Improved search, "
            "including partial matches\n- Fixed: reminders sometimes firing twice\n- Fixed: crash when rotating the "
            "screen during sync\n- Removed: the old tablet layout\nThanks to everyone who sent feedback. If something "
            "broke for you in this version, tell us through the help menu and include your device model."
            % (app, v))


def t_earnings(r, p):
    c = company(r)
    rev = r.randint(40, 900)
    return ("%s reported first-half revenue of %d million, %s %d per cent on the same period last year, citing %s. "
            "Operating margin %s. Chief executive %s said the company would %s. The interim dividend is unchanged. "
            "Shares %s in early trading."
            " Analysts said the outlook for the rest of the year depended largely on energy prices and on demand from "
            "the construction sector."
            % (c, rev, r.choice(["up", "down"]), r.randint(2, 19),
               r.choice(["weaker export demand", "strong orders from hospitals", "higher raw material costs",
                         "the loss of a major contract"]),
               r.choice(["improved slightly", "narrowed", "was flat"]), p(),
               r.choice(["open a new plant next year", "cut around 80 jobs", "focus on its core products",
                         "review its overseas operations"]),
               r.choice(["rose 3 per cent", "fell 5 per cent", "were little changed"])))


def t_appoint(r, p):
    org = r.choice(["%s Museum of Rural Life", "%s Symphony Orchestra", "%s Botanic Garden", "%s Arts Centre",
                    "%s Maritime Museum"]) % r.choice(names.TOWNS)
    new, old = p(), p()
    return ("The %s has appointed %s as its new director. %s, who currently runs a heritage trust in the north, will take "
            "up the post in the new year, succeeding %s, who is retiring after eleven years. Trustees said they had been "
            "impressed by the new director's record of attracting younger audiences. %s said: \"I have loved this "
            "place since I visited as a child, and I can't wait to get started.\""
            % (org, new, new.split()[0], old, new.split()[0]))


def t_filmreview(r, p, nm):
    title = nm.title()
    return ("%s\nDirector: %s. Starring %s and %s.\nA slow-burning thriller set in a fog-bound fishing town, %s "
            "takes its time, perhaps too much time, to get going. When it does, the final half hour is gripping, and "
            "%s is excellent as a harbourmaster with something to hide. The score is overbearing and the dialogue "
            "sometimes clunky, but the photography of the grey coast is beautiful. Three stars."
            % (title, p(), p(), p(), title, p()))


def t_podcast(r, p):
    show = r.choice(["The Allotment Hour", "Small Town Cases", "Tea With Historians", "The Birding Minute",
                     "Night Train Stories"])
    return ("%s — episode %d\nThis week %s talks to %s about %s. We also answer listener questions on %s, and "
            "there is the usual quiz at the end. Running time: %d minutes. Recorded in a cupboard full of coats, so "
            "apologies for the odd rustle. If you enjoy the show, tell a friend; it is the only advertising we do."
            " New episodes every Thursday morning."
            % (show, r.randint(12, 240), p(), p(), r.choice(["a forgotten canal", "winter moths", "lost pubs",
                                                                 "a village feud", "railway clocks"]),
               r.choice(["slugs", "old maps", "family trees", "bird feeders"]), r.randint(28, 65)))


def t_acquisition(r, p):
    museum = "%s Museum" % r.choice(names.TOWNS)
    return ("The %s has acquired a rare embroidered sampler stitched in 1794 by a nine-year-old girl, %s, thanks to "
            "a grant from a heritage fund and a public appeal that raised £%d,000. The sampler, which includes the "
            "alphabet, a verse and a surprisingly accurate drawing of the parish church, was sold at auction after "
            "being found in a house clearance. It will go on display next month after conservation."
            % (museum, p(), r.randint(4, 30)))


def t_grant(r, p):
    return ("Science funding round-up\nThe %s Research Council has announced grants totalling %d million for "
            "projects on %s. The largest single award, %d,000, goes to a team led by %s to %s. Smaller awards fund "
            "studentships, equipment and public engagement work. The council said it had received more than %d "
            "applications, its highest number, and would review its process to reduce the burden on applicants."
            % (r.choice(["Northern", "Upland", "Coastal", "Western"]), r.randint(3, 40),
               r.choice(["soil health", "antibiotic resistance", "battery recycling", "pollinator decline"]),
               r.randint(300, 950), p(), r.choice(["build a field laboratory", "monitor sites over ten years",
                                                   "develop new sensors"]), r.randint(200, 900)))


def t_football(r, p):
    a, b = r.sample(names.TOWNS, 2)
    ga, gb = r.randint(0, 5), r.randint(0, 4)
    return ("%s Athletic %d, %s United %d\nA %s afternoon in the county league. %s opened the scoring after %d "
            "minutes with a header from a corner, and the home side %s. The referee was kept busy, booking five players. "
            "Man of the match: %s. Attendance: %d. Next week the teams meet again in the cup, at the other ground."
            % (a, ga, b, gb, r.choice(["bitterly cold", "sunny", "wet and windy"]), p(), r.randint(3, 40),
               r.choice(["never looked back", "held on despite late pressure", "were made to pay for missed chances"]),
               p(), r.randint(80, 600)))


def t_sportsday(r, p):
    s = "%s Primary School" % r.choice(names.TOWNS)
    return ("%s sports day results\nEgg and spoon (Year 2): %s\nSack race (Year 4): %s\n80 m sprint (Year 6): %s\n"
            "Parents' race: won by a dad in flip-flops, who has asked not to be named\nHouse cup: %s House\n"
            "Thank you to the PTA for the ice lollies and to the caretaker for marking the track at 6 am. Lost property "
            "is in the school office until Friday."
            % (s, p(), p(), p(), r.choice(["Oak", "Ash", "Rowan", "Willow"])))


def t_allotment(r, p):
    t = r.choice(names.TOWNS)
    return ("%s Town Council — allotment notice\nA small number of half plots are available at the Mill Road and "
            "Common Lane sites. Rent is £%d a year for a half plot, with reductions for pensioners. Water is available "
            "from March to October. Tenants must keep at least three-quarters of the plot cultivated. Bonfires are "
            "permitted only between October and February. To join the waiting list, contact the council office; please "
            "note the current wait is around eighteen months."
            % (t, r.randint(18, 45)))


def t_charity(r, p):
    who = p()
    return ("%s has raised more than £%d,000 for the children's hospice by walking the length of the county's coast "
            "path in thirty days. The 54-year-old, who lost a niece to cancer, set off in early spring and battled storms, "
            "blisters and one angry goose. \"The kindness of strangers got me through,\" %s said. \"People gave me "
            "tea, plasters and lifts back to my car.\" A homecoming celebration is planned at the village hall."
            % (who, r.randint(4, 25), who.split()[0]))


def t_species(r, p):
    plant = r.choice(["Marsh hellebore", "Upland saxifrage", "Greater bog violet", "Dune sandwort", "Fen lousewort"])
    return ("%s is a perennial plant of wet, acid ground, found mainly in the uplands and on the edges of bogs. It "
            "grows to about 20 cm and flowers from May to July, producing small %s flowers. The species has declined "
            "sharply because of drainage and overgrazing and is now protected. It is pollinated mainly by bumblebees. "
            "Seeds are dispersed by water, which explains its frequent occurrence along streams and flushes."
            % (plant, r.choice(["white", "pale violet", "yellow", "pink"])))


def t_tides(r, p):
    t = r.choice(names.TOWNS)
    rows = []
    h = r.randint(0, 5)
    for d in DAYS[:5]:
        rows.append("%s: high water %02d:%02d (%.1f m), low water %02d:%02d" % (
            d, h, r.randint(0, 59), r.randint(40, 62) / 10, (h + 6) % 24, r.randint(0, 59)))
        h = (h + 1) % 24
    return ("Tide times for %s harbour, this week\n%s\nTimes are local. Heights are above chart datum and may be "
            "affected by wind and pressure. Check the harbourmaster's board before launching." % (t, "\n".join(rows)))


def t_talk(r, p):
    return ("Library talk: \"%s\"\n%s, local historian, tells the story of %s, using old photographs, maps and the "
            "memories of residents. %s evening, 7 pm, %s Library. Free, but booking is essential as space is "
            "limited to forty. Tea and biscuits from 6.30 pm. The talk will last about an hour with time for questions; "
            "bring your own photographs if you would like them scanned."
            % (r.choice(["Lost Railways of the Valley", "The Great Flood", "Pubs That Are No More", "Mills and Millers"]),
               p(), r.choice(["the branch line that closed in the sixties", "the flood that swept away the old bridge",
                              "the village's forty vanished pubs", "the water mills along the river"]),
               r.choice(DAYS), r.choice(names.TOWNS)))


def t_council_notice(r, p):
    t = r.choice(names.TOWNS)
    return ("PUBLIC NOTICE — %s Town Council\nNotice is hereby given that the council intends to make an order "
            "prohibiting the consumption of alcohol in the recreation ground and the memorial gardens between 10 pm and "
            "6 am. Any person wishing to object should write to the town clerk within 21 days of the date of this notice, "
            "stating the grounds of objection. Copies of the draft order may be inspected at the council offices during "
            "normal opening hours."
            % t)


def t_openmic(r, p):
    t = r.choice(names.TOWNS)
    return ("Open mic night at the %s, %s\nPoets, singers, storytellers and the merely brave are welcome at our monthly "
            "open mic, upstairs at the %s. Sign-up sheet from 7 pm, first act at 7.30. Five minutes each, strictly "
            "enforced by %s and a kitchen timer. Acoustic instruments only; there is a house guitar with most of its "
            "strings. Free entry, bucket collection for the lifeboat. Families welcome until 9 pm."
            % (r.choice(["Fleece", "Black Bull", "Railway Tavern", "Ship"]), t, t, p()))


def t_vicar(r, p):
    return ("From the vicarage\nDear friends, as the evenings draw in I find myself grateful for small things: the "
            "warmth of the church hall on a Tuesday, the flowers that appear on the altar without anyone being asked, "
            "the children who came carol-singing in the rain. Thank you to %s for mending the porch door at last, and "
            "to everyone who gave to the harvest appeal, which raised more than last year. The roof fund still needs "
            "help. With every blessing, %s"
            % (p(), p()))


def t_traffic(r, p):
    a, b = r.sample(names.TOWNS, 2)
    return ("Travel update, %s morning\nThe main road between %s and %s is closed in both directions after a lorry "
            "shed its load of %s near the quarry turn. Police expect the road to stay closed until at least lunchtime "
            "while the carriageway is cleared. Diversions are signed via the old coach road, which is narrow; please "
            "allow extra time. Buses on route %d are diverted and will not serve the village stops. Nobody was hurt."
            % (r.choice(DAYS), a, b, r.choice(["turnips", "gravel", "timber", "sheep feed"]), r.randint(2, 60)))


def t_inspection(r, p):
    s = "%s %s School" % (r.choice(names.TOWNS), r.choice(["Primary", "Community", "Church of England Primary"]))
    return ("%s has been rated good in every area following its latest inspection. Inspectors praised the "
            "\"calm and purposeful\" atmosphere, the outdoor learning in the school's woodland area and the way older "
            "pupils look after younger ones at lunchtime. They asked the school to make sure that reading books are "
            "better matched to pupils' abilities. Headteacher %s said staff were \"thrilled and a little tired\". The "
            "school has %d pupils."
            % (s, p(), r.randint(48, 320)))


def t_agm(r, p):
    club = "%s %s Club" % (r.choice(names.TOWNS), r.choice(["Bowls", "Tennis", "Cricket", "Angling", "Cycling"]))
    return ("%s — minutes of the annual general meeting (summary)\nPresent: 23 members. Apologies: 6.\n"
            "Chair's report: a good season despite the wet spring; membership up to %d.\nTreasurer's report: small "
            "surplus; subscriptions unchanged.\nElections: chair %s, secretary %s, treasurer %s, all re-elected unopposed.\n"
            "Any other business: the clubhouse kettle to be replaced, and the car park gate to be repainted before "
            "the new season. Meeting closed at 9.05 pm."
            % (club, r.randint(40, 160), p(), p(), p()))


def t_market(r, p):
    t = r.choice(names.TOWNS)
    return ("%s livestock market report\nA good entry of %d store cattle met a firm trade. Steers sold to %dp/kg, heifers "
            "to %dp/kg. In the sheep ring, %d prime lambs averaged %dp/kg, with the best pens from hill farms reaching "
            "higher. Cull ewes were a little easier. Top price of the day went to a pen of Texel cross lambs from %s. "
            "Next sale on %s; entries to the office by noon the day before."
            % (t, r.randint(80, 300), r.randint(260, 330), r.randint(250, 320), r.randint(400, 2200),
               r.randint(230, 290), p(), r.choice(DAYS)))


def t_cake(r, p):
    cake = r.choice(["lemon drizzle", "ginger", "coffee and walnut", "apple and cinnamon", "marmalade"])
    return ("%s cake (makes one loaf)\nIngredients: 175 g butter, 175 g caster sugar, 3 eggs, 175 g self-raising flour, "
            "a pinch of salt, and the flavouring described below.\nMethod: Cream the butter and sugar until pale. Beat in "
            "the eggs one at a time, then fold in the flour. Pour into a lined loaf tin and bake at 170C for about 50 "
            "minutes, until a skewer comes out clean. This is the version %s has made for the village fete for years, "
            "and it never lasts past lunchtime."
            % (cake.capitalize(), p()))


def t_travel(r, p):
    t = r.choice(names.TOWNS)
    return ("We spent three days in %s in late autumn and had the place almost to ourselves. The harbour is tiny and "
            "still working, with lobster pots stacked on the quay, and the cliff path north of the village is spectacular. "
            "We stayed in a guesthouse run by %s, whose breakfasts deserve a prize. The one pub does good chips and "
            "has a fire. Don't expect a phone signal. Go before the summer crowds discover it."
            % (t, p()))


def t_bookreview(r, p, nm):
    title = nm.title()
    author = p()
    return ("%s by %s\nA first novel about three generations of a family who run a failing ferry across a wide river, "
            "%s is patient, funny and occasionally infuriating. %s writes beautifully about weather and water, less "
            "convincingly about money. The middle section, told by the grandmother, is the best thing in the book. It "
            "ends too abruptly, as if the author had run out of time. Still, a name to watch."
            % (title, author, title, author.split()[-1]))


def t_vet(r, p):
    pet = r.choice(["rabbit", "elderly spaniel", "cat", "guinea pigs", "labrador"])
    return ("Ask the vet\nQ: My %s has started drinking much more water than usual. Should I be worried? — %s\n"
            "A: A sudden increase in thirst is worth a check-up. It can be caused by something as simple as hot weather "
            "or a change of diet, but it can also be an early sign of kidney problems or diabetes, which are much easier "
            "to manage if caught early. Measure how much is drunk in a day if you can and bring a urine sample if possible."
            % (pet, p()))


def t_hotel(r, p):
    t = r.choice(names.TOWNS)
    return ("Hotel review: The %s, %s — %d/5\nFriendly staff, a comfortable bed and a proper breakfast, but the "
            "walls are thin and the room above the bar was noisy until midnight on Saturday. Parking is tight. "
            "The restaurant was excellent, especially the fish. Ask for a room at the back overlooking the garden. "
            "Good value out of season; expensive in August. Dogs are allowed in two of the ground-floor rooms for a "
            "small extra charge."
            % (r.choice(["Old Rectory", "Harbour Inn", "Riverside Hotel", "Castle Arms"]), t, r.randint(3, 5)))


def t_police(r, p):
    t = r.choice(names.TOWNS)
    return ("Police are appealing for information after %d bicycles were stolen from sheds and garages in %s over the "
            "past fortnight. Most of the thefts happened overnight, and in two cases padlocks were cut. Officers are "
            "advising residents to lock sheds, mark bikes with a postcode and register frame numbers. Anyone who saw "
            "a white van in the area late at night, or who has been offered a cheap bike, is asked to call the "
            "non-emergency number quoting the operation name."
            % (r.randint(4, 15), t))


def t_planning_list(r, p):
    t = r.choice(names.TOWNS)
    rows = []
    for _ in range(4):
        rows.append("- %d %s, %s: %s" % (r.randint(1, 80), r.choice(["Church Lane", "High Street", "Mill Road",
                                                                     "Back Lane", "Station Road"]), t,
                                         r.choice(["single-storey rear extension", "replacement windows (listed "
                                                   "building)", "change of use from shop to cafe", "two-storey side "
                                                   "extension", "felling of one ash tree", "new vehicle access"])))
    return ("Planning applications received this week (%s)\n%s\nComments may be made in writing to the planning "
            "department within 21 days. Plans can be viewed at the council offices by appointment."
            % (t, "\n".join(rows)))


def t_volunteer(r, p):
    who = p()
    return ("Volunteer of the month: %s\nFor eleven years %s has driven the community minibus every Tuesday and "
            "Friday, taking older residents to the shops, the surgery and, on one memorable occasion, a wedding. "
            "\"I like to think I know every pothole in the county,\" %s says. When not driving, %s grows prize "
            "chrysanthemums and referees junior football. Thank you from everyone at the community transport scheme."
            % (who, who.split()[0], who.split()[0], who.split()[0]))


def t_hardware(r, p):
    c = company(r).split()[0]
    return ("%s has announced the %s %d, a rugged handheld GPS unit aimed at surveyors and hill walkers. The device "
            "has a sunlight-readable screen, a battery said to last 40 hours and replaceable AA cells as a backup. "
            "It weighs 230 g. Maps are loaded from a memory card. The company says it will go on sale in the spring "
            "through outdoor shops; no price has been announced."
            % (c, r.choice(["Trailmark", "Fellfinder", "Waypoint", "Ridgeline"]), r.randint(2, 9)))


def t_byelection(r, p):
    t = r.choice(names.TOWNS)
    a, b, c = p(), p(), p()
    return ("%s Parish Council by-election — result\n%s (Independent) %d\n%s (Independent) %d\n%s (Independent) %d\n"
            "%s is duly elected. Turnout: %d%%. The by-election was called after the resignation of a long-serving "
            "councillor who has moved away. The new councillor will be welcomed at the next meeting of the council, "
            "which takes place in the village hall on the first Monday of the month. Members of the public may attend "
            "and speak during the open session."
            % (t, a, r.randint(180, 260), b, r.randint(90, 170), c, r.randint(20, 80), a, r.randint(18, 34)))


def t_abstract(r, p):
    return ("Abstract. We surveyed %d hedgerows on %d farms to test whether hedge height affects the abundance of "
            "overwintering insects. Hedges cut every third year supported on average %d%% more insects than hedges cut "
            "annually, and differences were greatest for beetles and spiders. Hedge width had a smaller effect. Our "
            "results support less frequent cutting as a low-cost measure. Corresponding author: %s."
            " Data and code are available from the authors on request."
            % (r.randint(40, 200), r.randint(8, 30), r.randint(20, 70), p()))


TEMPLATES = [t_lostpet, t_recipe, t_library, t_weather, t_beetle, t_garden, t_tech, t_review, t_obit, t_property,
             t_job, t_bus, t_concert, t_astro, t_history, t_dogshow, t_cafe, t_walk, t_language, t_patch,
             t_earnings, t_appoint, t_filmreview, t_podcast, t_acquisition, t_grant, t_football, t_sportsday,
             t_allotment, t_charity, t_species, t_tides, t_talk, t_council_notice, t_openmic, t_vicar, t_traffic,
             t_inspection, t_agm, t_market, t_cake, t_travel, t_bookreview, t_vet, t_hotel, t_police,
             t_planning_list, t_volunteer, t_hardware, t_byelection, t_abstract]


def generate(n, nm, seed="filler"):
    r = random.Random(seed)
    docs = []
    order = []
    while len(order) < n:
        block = list(TEMPLATES)
        r.shuffle(block)
        order.extend(block)
    seen = set()
    k = 0
    while len(docs) < n:
        fn = order[k % len(order)]
        k += 1
        text = fn(r, nm.person, nm) if fn in (t_filmreview, t_bookreview) else fn(r, nm.person)
        if text in seen:
            continue
        seen.add(text)
        docs.append(text)
    return docs
