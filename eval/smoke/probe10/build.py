#!/usr/bin/env python3
"""Regenerate docs/, gold.jsonl and doc_index.tsv deterministically.

usage: python3 build.py [OUTDIR]      (default: this script's folder)

Standard library only.  All randomness comes from one seeded random.Random,
so two builds are byte-identical.  Licence: Apache-2.0.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import handwritten  # noqa: E402

SEED = 1010
TARGET_DOCS = 900
N_DIGESTS = 150

TEMPORAL_RE = re.compile(
    r"\b(1[5-9]|20)\d\d\b|\b(January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b|\b(first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|last year|next year)\b|\b\d+(st|nd|rd|th)\b|"
    r"\b[vV]\d|\b[A-Z]\d\b|\bversion\b|\b\d+\.\d+\b", re.I)


def has_temporal(q):
    return bool(TEMPORAL_RE.search(q))


def clean(text):
    lines = [ln.strip() for ln in text.strip().splitlines()]
    return "\n".join(lines)


# ------------------------------------------------------------------ pools
FIRST = ["Agnes", "Bram", "Celia", "Dawit", "Elif", "Farid", "Greta", "Hamish", "Ivana", "Joaquin",
         "Kirsi", "Lorcan", "Mahala", "Nils", "Olamide", "Perpetua", "Quentin", "Rasmus", "Selin",
         "Thandi", "Ulrich", "Valentina", "Wendell", "Xiomara", "Yannick", "Zofia", "Anwen", "Bertil",
         "Catalina", "Dmitri", "Esme", "Folake", "Gideon", "Hanna", "Idris", "Jovana", "Kaito", "Leopold",
         "Maeve", "Njeri", "Osvaldo", "Pernille", "Radek", "Sunita", "Tobias", "Ursula", "Vikram",
         "Wilhelmina", "Yaw", "Zeynep", "Alastair", "Birgit", "Colm", "Dilnoza", "Eero", "Fiorella"]
FIRST = [f for f in FIRST if f != "Idris"]
SUR = ["Ashcombe", "Brightwater", "Czerwin", "Dalgarno", "Eskelund", "Fairweather", "Gorrie", "Haverkamp",
       "Ingleby", "Jurgensen", "Kilbane", "Lathwell", "Mbatha", "Northcott", "Ormerod", "Pacheco-Ruiz",
       "Quarrie", "Rautio", "Szabo-Lenz", "Tregarthen", "Uddin", "Vasarely", "Whitlock", "Yeboah",
       "Zamfir", "Abernethy", "Blackadder", "Corcoran", "Dunstable", "Eriksdottir", "Fontaine", "Garside",
       "Holloway-Mbeya", "Ilves", "Jaramillo", "Kowalczyk", "Lindberg-Shaw", "Mackintosh", "Nakamura-Fell",
       "Okonkwo", "Penhaligon", "Rasmussen", "Strand", "Thorsby", "Urquhart", "Vintner", "Wardle"]
TOWNS = ["Wexholt", "Ambry Cross", "Quarrenby", "Lisselton", "Hobb's Ferry", "Carnwick", "Stellby", "Frayne",
         "Oakhurst Green", "Midlow", "Pennock", "Ruddle", "Thistleby", "Garroway", "Brockley Hythe",
         "Yarrowick", "Ketterholm", "Aldermere", "Copperdale", "Fenwold", "Luxmoor", "Skelby", "Wrennock",
         "Haddon Vale", "Norbury St Ives", "Gildersome Bay", "Tamsby", "Ravenhythe"]
STREETS = ["Chapel Row", "Orchard Lane", "Station Road", "Weaver's Walk", "Nettle Street", "Kiln Lane",
           "Priory Close", "Lime Avenue", "Cooper's Yard", "Beacon Hill", "Sheepwash Lane", "Foundry Street"]
PAPERS = ["Wexholt Echo", "Carnwick Evening Post", "Frayne Advertiser", "Northern Ledger", "Midlow Mercury",
          "Luxmoor Times", "Valley Gazette", "Coast & County News"]
HANDLES = ["mudlark77", "greenfingers_jo", "old_wheelwright", "kettlebird", "northernbrew", "lampost_lou",
           "riverside_rita", "cyclist_dave", "quietbadger", "fenwold_fan", "ducklane", "bookish_bea"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def person(rng):
    return rng.choice(FIRST) + " " + rng.choice(SUR)


def day_month(rng):
    return "%d %s" % (rng.randint(1, 28), rng.choice(MONTHS))


# ------------------------------------------------------------------ fillers
def f_recipe(r):
    dish = r.choice(["leek and potato soup", "spiced lentil dal", "rhubarb crumble", "oat and raisin cookies",
                     "roast squash risotto", "barley and mushroom stew", "lemon drizzle cake", "soda bread",
                     "beetroot hummus", "plum chutney"])
    mins = r.choice([20, 25, 35, 40, 45, 60, 90])
    extra = r.choice(["My grandmother never measured anything, so these quantities are my best guess.",
                      "It freezes well, so I always make a double batch.",
                      "The kids actually ate it, which is a first in this house.",
                      "Use whatever is sitting in the bottom of the fridge; it is forgiving."])
    return "blog", ("Easy %s (serves %d)\n%s You will need about %d minutes from start to finish. "
                    "Start by warming a good glug of oil in a heavy pan, add the onion and a pinch of salt, and let "
                    "it soften slowly. Add the rest, stir, cover and leave it alone for a while. Taste before serving "
                    "and adjust the seasoning. Leftovers keep for three days in the fridge.\n"
                    "Posted by %s in Recipes" % (dish, r.choice([2, 4, 6]), extra, mins, r.choice(HANDLES)))


def f_weather(r):
    town = r.choice(TOWNS)
    hazard = r.choice(["heavy rain", "strong winds", "ice on untreated roads", "dense fog", "high tides and spray"])
    return "council", ("WEATHER ADVISORY — %s and surrounding villages\nForecasters expect %s from %s evening until "
                       "midday %s. Residents are advised to allow extra time for journeys, secure garden furniture and "
                       "check on elderly neighbours. Gritting crews will be out on priority routes. To report a "
                       "blocked drain or fallen tree, call the highways line, which is staffed around the clock."
                       % (town, hazard, r.choice(DAYS), r.choice(DAYS)))


def f_lostpet(r):
    animal = r.choice(["tabby cat", "black-and-white cat", "border terrier", "grey rabbit", "ginger tom",
                       "springer spaniel", "tortoise"])
    name = r.choice(["Pickle", "Bramble", "Socks", "Nutmeg", "Ziggy", "Pepper", "Moss", "Toffee", "Luna", "Basil"])
    return "forum", ("LOST: %s called %s, %s area\nWent missing on %s from near %s. Very friendly but nervous "
                     "of loud noises. Microchipped, wearing a %s collar. Please check sheds and garages. Any sightings, "
                     "however small, please reply here or message me.\n%s replies · Reply · Quote · Report"
                     % (animal, name, r.choice(TOWNS), r.choice(DAYS), r.choice(STREETS),
                        r.choice(["red", "blue", "green", "purple", "reflective"]), r.randint(2, 19)))


def f_roadworks(r):
    town = r.choice(TOWNS)
    return "council", ("NOTICE OF ROAD WORKS — %s\nWork: %s\nLocation: %s, between the junctions with %s and %s.\n"
                       "Dates: from %s for approximately %d days, 09:30–15:30. Temporary traffic lights will be in "
                       "operation. Access for residents and emergency vehicles will be maintained. We apologise for "
                       "any inconvenience." % (town, r.choice(["resurfacing", "gas main replacement", "drainage repair",
                                                               "new kerbs and crossing", "fibre broadband ducting"]),
                                               r.choice(STREETS), r.choice(STREETS), r.choice(STREETS),
                                               day_month(r), r.randint(3, 20)))


def f_bins(r):
    town = r.choice(TOWNS)
    return "council", ("Holiday bin collections — %s\nOver the holiday period collections will move by one day. If "
                       "your usual day is %s, put your bins out on %s instead. Garden waste collections are suspended "
                       "for two weeks. Real trees can be left beside your green bin, cut into sections no longer than "
                       "one metre, with decorations and stands removed. Thank you for recycling." %
                       (town, r.choice(DAYS[:5]), r.choice(DAYS[1:6])))


FEMALE = ["Agnes", "Celia", "Elif", "Greta", "Ivana", "Kirsi", "Mahala", "Olamide", "Perpetua", "Selin", "Thandi",
          "Valentina", "Xiomara", "Zofia", "Anwen", "Catalina", "Esme", "Folake", "Hanna", "Jovana", "Maeve", "Njeri",
          "Pernille", "Sunita", "Ursula", "Wilhelmina", "Zeynep", "Birgit", "Dilnoza", "Fiorella"]


def f_obit(r):
    name = r.choice(FEMALE) + " " + r.choice(SUR)
    job = r.choice(["teacher", "postwoman", "farmer", "church organist", "district nurse", "signalman",
                    "librarian", "joiner", "bus driver", "school cook"])
    age = r.randint(71, 99)
    return "obituary", ("%s, who has died aged %d, was a %s in %s for most of her working life and a familiar figure "
                        "at the Saturday market. Born on a smallholding outside %s, she married young, raised four "
                        "children and was never happier than in her vegetable garden. She sang in the choir for "
                        "decades. The funeral will take place at the parish church; family flowers only, donations "
                        "to the hospice." % (name, age, job, r.choice(TOWNS), r.choice(TOWNS)))


def f_product(r):
    item = r.choice([("Cast-iron griddle pan, 26 cm", "Pre-seasoned, oven-safe, suitable for all hobs including induction."),
                     ("Bamboo chopping board set (3 pieces)", "Juice grooves, non-slip feet, hand wash only."),
                     ("Enamel camping mug, 350 ml", "Lightweight, chip-resistant, available in six colours."),
                     ("Stainless steel garden hose reel", "Holds 30 m of hose, wall-mounted, tools not included."),
                     ("Wool blend throw, 130 × 170 cm", "Woven in a herringbone pattern, dry clean only."),
                     ("Digital kitchen scale", "Weighs up to 5 kg in 1 g steps, tare function, batteries included."),
                     ("Insulated lunch box", "Keeps food cool for up to six hours, wipe-clean lining.")])
    price = "%d.%02d" % (r.randint(6, 79), r.choice([0, 49, 95, 99]))
    return "product", ("%s\n£%s · %s\n%s\nCustomers rated this %d out of 5. Order before 2pm for next-day dispatch. "
                       "Free returns within 30 days. Questions about this product? Ask our team using the chat button."
                       % (item[0], price, r.choice(["In stock", "Low stock", "Back in stock"]), item[1], r.randint(3, 5)))


def f_cafe(r):
    name = r.choice(["The Copper Kettle", "Bean & Bramble", "Number Nine", "The Lantern Room", "Crumbs",
                     "Millrace Café", "The Tea Loft", "Dockside Deli"])
    return "review", ("%s, %s — review\nTucked away on %s, this little place does one thing very well: breakfast. The "
                      "sourdough is made on site, the eggs are from a farm up the road and the coffee is strong. "
                      "Service was friendly if a little slow on a busy %s. Prices are fair. It gets crowded after ten, "
                      "so go early. Rating: %d/5" % (name, r.choice(TOWNS), r.choice(STREETS), r.choice(DAYS), r.randint(3, 5)))


def f_plantqa(r):
    plant = r.choice(["peace lily", "fiddle-leaf fig", "spider plant", "monstera", "rubber plant", "calathea", "jade plant"])
    return "qa", ("Q: Why are the leaves on my %s going yellow?\nA: Nine times out of ten it is overwatering. Let the "
                  "top few centimetres of compost dry out before you water again, and make sure the pot has a drainage "
                  "hole. Move it out of direct afternoon sun and away from radiators. A few yellow leaves at the bottom "
                  "are normal as the plant grows; just pull them off. Feed lightly in spring and summer only." % plant)


def f_event(r):
    ev = r.choice(["Quiz night", "Gentle yoga for beginners", "Repair café", "Family bingo", "Ceilidh",
                   "Open mic evening", "Knit and natter", "Beetle-spotting walk", "Film club: classic comedies"])
    return "listing", ("%s — %s Village Hall\n%s, %d.%s. Tickets £%d on the door, including tea and cake. All welcome, "
                       "no experience needed. Wheelchair accessible; hearing loop available. Proceeds go to the hall "
                       "roof fund. Contact %s for details." % (ev, r.choice(TOWNS), r.choice(DAYS), r.randint(2, 8),
                                                               r.choice(["00pm", "30pm"]), r.randint(2, 10), person(r)))


def f_darts(r):
    teams = r.sample(["Red Lion A", "Crown B", "Plough", "Railway Tavern", "Fox & Hounds", "Ship Inn", "White Hart",
                      "Legion Club", "Bell", "Anchor"], 6)
    lines = ["%s %d %s %d" % (teams[i], r.randint(0, 9), teams[i + 1], r.randint(0, 9)) for i in (0, 2, 4)]
    return "results", ("%s & DISTRICT DARTS LEAGUE — Division %d results\n%s\nHighest checkout: %d (%s). "
                       "180s: %s 2, %s 1.\nNext week's fixtures are on the league noticeboard. Captains, please "
                       "return scoresheets by Friday." % (r.choice(TOWNS).upper(), r.randint(1, 3), "\n".join(lines),
                                                          r.randint(100, 170), person(r), person(r), person(r)))


def f_press(r):
    co = r.choice(["Brightline Logistics", "Harbourside Insurance", "Copperfield Print", "Norland Packaging",
                   "Kettle & Wick Candles", "Ferncastle Software", "Gildan Freight", "Oxbow Dental Group"])
    return "press", ("FOR IMMEDIATE RELEASE\n%s opens new office in %s\n%s today announced the opening of a new office "
                     "on %s, creating %d local jobs over the next two years. \"We have always had customers in the area "
                     "and this lets us serve them better,\" said managing director %s. The office will host an open "
                     "morning for jobseekers.\nEnds. For media enquiries contact the press team." %
                     (co, r.choice(TOWNS), co, r.choice(STREETS), r.randint(8, 60), person(r)))


def f_birds(r):
    town = r.choice(TOWNS)
    birds = r.sample(["waxwings", "a pair of goosanders", "a little egret", "redwings", "a kingfisher",
                      "a barn owl", "siskins", "a great crested grebe", "fieldfares", "a marsh harrier"], 3)
    return "newsletter", ("%s BIRD GROUP — Monthly Notes\nSightings this month included %s at the reservoir, %s by the "
                          "sewage works and %s over the water meadows. Thanks to everyone who sent records. The winter "
                          "feeder count is on %s morning; meet at the car park at 8. Binoculars can be borrowed. Subs "
                          "are due at the next meeting." % (town.upper(), birds[0], birds[1], birds[2], r.choice(DAYS)))


def f_tech(r):
    dev = r.choice(["printer", "laptop", "router", "smart TV", "tablet", "wireless mouse"])
    return "forum", ("Re: %s keeps disconnecting from wi-fi\nHave you tried turning off the power-saving mode? On mine it "
                     "was dropping the connection every time it went to sleep. Also worth giving it a fixed address in "
                     "the router settings and updating the firmware. If that doesn't work, a factory reset fixed it for "
                     "my neighbour, but write your settings down first.\nPosted by %s · %d likes" %
                     (dev, r.choice(HANDLES), r.randint(0, 40)))


def f_village(r):
    town = r.choice(TOWNS)
    return "encyclopedia", ("%s is a village and civil parish in the %s valley. It has a population of about %d. The "
                            "parish church, dedicated to St %s, dates from the twelfth century and has a rare painted "
                            "rood screen. The village grew around a ford and later a water mill, which now houses a "
                            "pottery. There is a primary school, a pub and a village shop run by volunteers." %
                            (town, r.choice(["Lisk", "Wenning", "Oxley", "Tarrant", "Bray", "Corve"]), r.randint(300, 4000),
                             r.choice(["Botolph", "Cuthman", "Eanswythe", "Petroc", "Wulfran", "Hilda"])))


def f_species(r):
    genus = r.choice(["Carabus", "Agonum", "Stenus", "Bembidion", "Lathrobium", "Amara", "Harpalus"])
    epi = r.choice(["fennicus", "montivagus", "rivularis", "obscurellus", "paludosus", "lacustris", "ripicola"])
    return "encyclopedia", ("%s %s is a species of ground beetle found in damp grassland and at the edges of lakes. "
                            "Adults are %d–%d mm long, glossy black with faint bronze reflections. They hunt small "
                            "invertebrates at night and shelter under stones by day. The species is considered locally "
                            "scarce, and recent surveys suggest it has declined where wetlands were drained." %
                            (genus, epi, r.randint(5, 9), r.randint(10, 16)))


def f_job(r):
    role = r.choice(["Part-time bookkeeper", "Warehouse operative", "Kitchen porter", "Care assistant",
                     "Van driver", "Receptionist", "Groundskeeper", "Customer service adviser"])
    return "listing", ("Job: %s — %s\nHours: %d per week. Pay: £%d.%02d per hour. We are looking for a reliable, "
                       "friendly person to join our small team. No experience needed as full training is given. Must "
                       "be able to work some weekends. To apply, send a short CV and covering note. Closing date: %s."
                       % (role, r.choice(TOWNS), r.randint(16, 40), r.randint(11, 16), r.choice([0, 25, 50, 75]), day_month(r)))


def f_travel(r):
    town = r.choice(TOWNS)
    return "blog", ("A day in %s\nWe caught the early train and were drinking coffee on the harbour wall by nine. The "
                    "old town is tiny, so you can see the church, the museum of rural life and the antique shops in a "
                    "morning. Lunch was fish stew at a place on %s. In the afternoon we walked the cliff path to the "
                    "next cove and back, about six miles. Tip: the last bus leaves earlier than you think.\n%d comments"
                    % (town, r.choice(STREETS), r.randint(0, 12)))


def f_school(r):
    town = r.choice(TOWNS)
    return "newsletter", ("%s Primary School — Weekly News\nWhat a fantastic sports day! Thank you to all the parents "
                          "who came to cheer. Year 4 have been learning about volcanoes and their models are on "
                          "display in the hall. Please remember that %s is a non-uniform day in aid of the library. "
                          "Nut-free lunches only, please. Clubs restart next week." % (town, r.choice(DAYS[:5])))


def f_planning(r):
    town = r.choice(TOWNS)
    return "council", ("PLANNING APPLICATION — %s\nProposal: %s at %d %s.\nThe application and plans may be viewed "
                       "online or at the council offices. Comments must be made in writing within 21 days of the date "
                       "of this notice. Representations will be made public." %
                       (town, r.choice(["single-storey rear extension", "change of use from shop to café",
                                        "erection of detached garage", "loft conversion with dormer window",
                                        "installation of solar panels on listed building", "replacement shopfront"]),
                        r.randint(1, 120), r.choice(STREETS)))


def f_bookrev(r):
    title = r.choice(["The Lamplighter's Daughter", "Nine Winters", "A House of Kites", "The Cartographer's Cat",
                      "Small Hours", "The Weight of Feathers", "Under Copper Skies", "Field Notes"])
    return "review", ("Review: '%s' by %s\nThis quietly assured novel follows a family over one long summer as old "
                      "secrets surface. The writing is precise and often funny, though the middle section drags. The "
                      "ending, when it comes, is earned. Not a book for readers who want fireworks, but one that lingers. "
                      "%d/5" % (title, person(r), r.randint(3, 5)))


def f_podcast(r):
    topic = r.choice(["the history of the canal network", "why bees dance", "home composting myths",
                      "the hidden lives of lighthouse keepers' families", "learning the fiddle at sixty",
                      "the economics of village shops", "restoring old bicycles"])
    return "listing", ("Podcast: The Long Way Round — episode %d\nThis week we talk to %s about %s. We also answer "
                       "listener questions and recommend a walk for the weekend. Runtime %d minutes. Listen wherever "
                       "you get your podcasts, and if you enjoy it, please leave us a review." %
                       (r.randint(12, 140), person(r), topic, r.randint(28, 75)))


def f_charity(r):
    town = r.choice(TOWNS)
    return "news", ("%s — A sponsored %s has raised more than £%d,%03d for the children's ward at the district hospital. "
                    "Organiser %s said more than %d people took part, some in fancy dress. \"The weather was awful and "
                    "nobody cared,\" she said. Donations can still be made at the town library." %
                    (town.upper(), r.choice(["swim", "bike ride", "bake-off", "dog walk", "sleep-out", "bed push"]),
                     r.randint(1, 19), r.randint(0, 999), person(r), r.randint(30, 400)))


def f_traffic(r):
    town = r.choice(TOWNS)
    return "news", ("Drivers faced long delays near %s on %s morning after a lorry shed its load of %s on the main road. "
                    "Nobody was injured. Police closed one lane for about three hours while the road was cleared. "
                    "Motorists are reminded to check travel updates before setting off." %
                    (town, r.choice(DAYS), r.choice(["potatoes", "timber", "paint tins", "hay bales", "roof tiles"])))


def f_shop(r):
    town = r.choice(TOWNS)
    kind = r.choice(["bookshop", "bike repair shop", "zero-waste grocer", "cheesemonger", "vintage clothing store",
                     "hardware shop", "bakery"])
    return "news", ("A new %s has opened on %s in %s, filling a unit that had been empty for two years. Owner %s said "
                    "she had wanted to run her own shop since she was a teenager. Opening hours are Tuesday to "
                    "Saturday. Neighbouring traders welcomed the arrival, saying every new business helps bring people "
                    "into the town centre." % (kind, r.choice(STREETS), town, person(r)))


def f_classified(r):
    item = r.choice(["Child's bike, 20-inch wheels, good condition", "Oak dining table and four chairs",
                     "Upright piano, needs tuning, buyer collects", "Chest freezer, fully working",
                     "Garden shed, 8x6, to be dismantled", "Box of vinyl records, mostly jazz and folk"])
    return "listing", ("FOR SALE: %s. £%d or nearest offer. Collection from %s only, cash on collection. Selling "
                       "because we are moving house and it will not fit in the new place. It has been well looked "
                       "after and comes from a smoke-free, pet-free home. Can send more photos if needed. No "
                       "time-wasters please. Message for details." % (item, r.randint(10, 400), r.choice(TOWNS)))


def f_taxqa(r):
    q = r.choice(["Do I need to tell my insurer if I work from home?",
                  "Can my landlord keep my deposit for normal wear and tear?",
                  "How long should I keep my old bank statements?",
                  "Is it worth switching energy tariff in the summer?"])
    return "qa", ("%s\nAnswer from our consumer team: it depends on your circumstances, but in most cases the short "
                  "answer is to check the small print and ask in writing. Keep copies of everything, including emails "
                  "and photographs, and note the date of every phone call. If you are unhappy with the response, "
                  "there is a free complaints service you can use after eight weeks." % q)


def f_junior(r):
    teams = r.sample(["Stellby Colts", "Frayne Juniors", "Midlow Tigers", "Ruddle Rangers", "Pennock Panthers",
                      "Thistleby Town U12", "Garroway Lions", "Skelby Sharks"], 4)
    return "results", ("UNDER-12 LEAGUE — weekend results\n%s %d %s %d\n%s %d %s %d\nPlayer of the match awards went "
                       "to %s and %s. Reminder to all coaches: respect barriers must be in place at every pitch. Next "
                       "round of fixtures has been emailed to team secretaries." %
                       (teams[0], r.randint(0, 6), teams[1], r.randint(0, 6), teams[2], r.randint(0, 6),
                        teams[3], r.randint(0, 6), person(r), person(r)))


def f_parking(r):
    town = r.choice(TOWNS)
    return "news", ("Councillors in %s have voted to scrap free after-three parking in the town centre, despite a "
                    "petition signed by %d residents. Supporters of the change said the spaces were being taken by "
                    "commuters. Traders warned it would drive shoppers to out-of-town retail parks. The new charges "
                    "will be reviewed after six months." % (town, r.randint(300, 2500)))


def f_garden(r):
    return "blog", ("Allotment diary: %s\nThe broad beans are finally up, and the slugs have found the lettuces, as "
                    "they always do. Spent most of the afternoon edging the paths and turning the compost. My neighbour "
                    "gave me a bag of seed potatoes she had left over, so the %s bed is now full. Next job: netting "
                    "the brassicas before the pigeons notice." % (r.choice(DAYS), r.choice(["top", "bottom", "new", "far"])))


def f_church(r):
    return "newsletter", ("St %s's Parish Notices\nThis week: %s morning service at 10.30, with coffee afterwards. "
                          "The flower rota for next month is in the porch. Thank you to everyone who helped with the "
                          "jumble sale, which raised £%d for the bell fund. Bible study resumes on %s evening in the "
                          "vicarage. The churchyard working party meets on Saturday; bring gloves." %
                          (r.choice(["Botolph", "Cuthman", "Petroc", "Hilda", "Wulfran"]), r.choice(DAYS),
                           r.randint(120, 900), r.choice(DAYS[:5])))


EXTRA = {
    "blog": ["I'll update this post if anything changes.", "Thanks to everyone who commented last time.",
             "Apologies for the blurry photos; the light was going.", "As always, let me know what you think below.",
             "It has been a busy few weeks here, hence the silence.", "Next week: something completely different."],
    "council": ["Further information is available from the customer contact centre.",
                "Residents with mobility needs can request assisted help by phone.",
                "The council thanks residents for their patience and cooperation.",
                "Updates will be posted on the council's noticeboards and social media pages."],
    "forum": ["Hope that helps.", "Same thing happened to me last month, so you are not alone.",
              "Will report back if I find anything else.", "Edit: fixed a typo.", "Cheers all."],
    "obituary": ["Friends remember her sharp wit and her generosity to anyone who knocked on her door.",
                 "She is survived by her children, grandchildren and a devoted dog.",
                 "In later life she took up watercolours and exhibited at the village show."],
    "product": ["Dimensions and care instructions are shown on the packaging.", "Gift wrapping is available at checkout.",
                "Please note colours may vary slightly from the photographs."],
    "review": ["Would I go back? Probably, on a quieter day.", "Worth your time, with reservations.",
               "Booking ahead is recommended at weekends."],
    "qa": ["Other readers have found the same approach works.", "If in doubt, ask a specialist before you act.",
           "We update our answers when the rules change."],
    "listing": ["Please arrive ten minutes early.", "Refreshments available.", "Cash and card accepted.",
                "Further details on request.", "Spaces are limited, so early booking is advised."],
    "results": ["Results are provisional until confirmed by the league secretary.",
                "Fines for late scoresheets will be applied from next month.", "Well done to all who took part."],
    "press": ["The company was founded as a family business and now employs staff across the region.",
              "High-resolution images are available on request.",
              "The firm has been recognised by a regional business awards scheme for its apprenticeship programme.",
              "Customers will not be affected by the move, and existing phone numbers remain the same."],
    "newsletter": ["Please let the secretary know if your contact details change.",
                   "Contributions for the next issue are welcome.", "Thank you, as ever, to our volunteers."],
    "encyclopedia": ["Records from the area are held at the county archive.",
                     "The name is thought to derive from an old word for a marshy meadow.",
                     "A local history society publishes an annual journal on the area.",
                     "Surveys carried out by volunteers have added considerably to what is known."],
    "news": ["A spokesperson said more details would be released in due course.",
             "Local councillors are expected to discuss the matter next week.",
             "Residents have been invited to share their views.", "Police thanked the public for their help."],
}


def with_extra(r, g, txt, lo=0):
    pool = EXTRA.get(g, [])
    k = r.randint(min(lo, len(pool)), min(4, len(pool)))
    if k:
        txt = txt + " " + " ".join(r.sample(pool, k))
    return txt


FILLERS = [f_recipe, f_weather, f_lostpet, f_roadworks, f_bins, f_obit, f_product, f_cafe, f_plantqa, f_event,
           f_darts, f_press, f_birds, f_tech, f_village, f_species, f_job, f_travel, f_school, f_planning,
           f_bookrev, f_podcast, f_charity, f_traffic, f_shop, f_classified, f_taxqa, f_junior, f_parking,
           f_garden, f_church]

GENERIC_ITEMS = [
    "A lost-property box at the railway station is now overflowing with umbrellas.",
    "The mobile library will skip its village stops next week for a service.",
    "A heron has been seen fishing in the ornamental pond in the town park most mornings.",
    "Road resurfacing on the coast road will cause delays until the end of the month.",
    "The community fridge needs volunteers to collect surplus food from supermarkets.",
    "A free talk on draught-proofing old houses will be held at the library on Wednesday.",
    "The farmers' market is moving indoors for the winter months.",
    "Scouts are collecting used stamps for charity at the post office counter.",
    "Bus timetables change on Sunday; check the stop before you travel.",
    "A choir for people who think they can't sing is starting at the community centre.",
    "The swimming club is offering adult lessons for nervous beginners.",
    "A bench has been installed in memory of a much-loved lollipop man.",
]


# ------------------------------------------------------------------ digests
def digest(r, mentions):
    k = r.randint(3, 5)
    items = r.sample(mentions, k)
    extra = r.sample(GENERIC_ITEMS, r.randint(1, 2))
    allitems = items + extra
    while len(" ".join(allitems).split()) < 50:
        more = [s for s in GENERIC_ITEMS + mentions if s not in allitems]
        allitems.append(r.choice(more))
    r.shuffle(allitems)
    fmt = r.randrange(6)
    if fmt == 0:
        return "news", "NEWS IN BRIEF\n" + "\n".join("• " + s for s in allitems)
    if fmt == 1:
        return "blog", ("Weekend round-up: bits and pieces I've spotted around the region.\n" +
                        " ".join(allitems) + "\nThat's all for this week; send me your tips.")
    if fmt == 2:
        lines = ["Re: What's on this weekend?"]
        for s in allitems:
            lines.append("%s: %s" % (r.choice(HANDLES), s))
        return "forum", "\n".join(lines)
    if fmt == 3:
        return "newsletter", "AROUND THE REGION — community noticeboard\n" + "\n".join("- " + s for s in allitems)
    if fmt == 4:
        return "listing", ("This week's events and notices, compiled by volunteers:\n" +
                           "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(allitems)))
    return "news", ("Morning briefing: here is what people are talking about today. " + " ".join(allitems) +
                    " More local news on our website throughout the day.")


# ------------------------------------------------------------------ clutter
def clutter(r, genre, text):
    top, bottom = [], []
    if genre == "news":
        c = r.randrange(4)
        if c == 0:
            top.append("By %s, %s | Updated %d hours ago" % (person(r), r.choice(PAPERS), r.randint(1, 11)))
        elif c == 1:
            bottom.append("Share this article: Facebook · X · WhatsApp · Email")
        elif c == 2:
            bottom.append("© %s. All rights reserved." % r.choice(PAPERS))
        else:
            top.append("%s | Local News" % r.choice(PAPERS))
    elif genre == "blog":
        bottom.append(r.choice(["Leave a reply", "Share this post", "Filed under: Local, Weekend",
                                "Like this? Subscribe by email for new posts."]))
    elif genre == "forum":
        bottom.append(r.choice(["Reply · Quote · Report", "Last edited by %s" % r.choice(HANDLES),
                                "%d replies · %d views" % (r.randint(1, 30), r.randint(40, 3000))]))
    elif genre == "product":
        bottom.append(r.choice(["Add to basket", "Free delivery on orders over €50", "Customers also viewed: similar items"]))
    elif genre in ("council", "newsletter"):
        bottom.append(r.choice(["This notice is available in large print on request.",
                                "To stop receiving these updates, reply UNSUBSCRIBE.", "Printed and distributed by volunteers."]))
    if r.random() < 0.25:
        bottom.append("We use cookies to improve your experience on our site. Accept all | Manage preferences")
    return "\n".join(top + [text] + bottom)


# ------------------------------------------------------------------ build
def build(outdir):
    r = random.Random(SEED)
    docs = {}      # key -> (genre, text)
    order = []
    for t in handwritten.TOPICS:
        for role, lst in (("s", t["src"]), ("n", t["nm"])):
            for i, d in enumerate(lst, 1):
                if isinstance(d, str):
                    continue
                key = "%s.%s%d" % (t["key"], role, i)
                docs[key] = (d[0], clean(d[1]))
                order.append(key)

    def resolve(t, role):
        out = []
        for i, d in enumerate(t["src"] if role == "s" else t["nm"], 1):
            out.append(d if isinstance(d, str) else "%s.%s%d" % (t["key"], role, i))
        return out

    for key in order:  # clutter on a third of topic passages
        g, txt = docs[key]
        if r.random() < 0.33:
            docs[key] = (g, clutter(r, g, txt))

    mentions = [m for t in handwritten.TOPICS for m in t["mentions"]]
    for i in range(N_DIGESTS):
        key = "dig%03d" % (i + 1)
        docs[key] = digest(r, mentions)
        order.append(key)

    n_fill = TARGET_DOCS - len(order)
    for i in range(n_fill):
        f = FILLERS[i % len(FILLERS)]
        g, txt = f(r)
        txt = with_extra(r, g, txt, lo=3 if len(txt.split()) < 50 else 1)
        if r.random() < 0.3:
            txt = clutter(r, g, txt)
        key = "fil%03d_%s" % (i + 1, f.__name__[2:])
        docs[key] = (g, txt)
        order.append(key)

    shuffled = list(order)
    r.shuffle(shuffled)
    fname = {k: "e%04d.txt" % (i + 1) for i, k in enumerate(shuffled)}

    ddir = os.path.join(outdir, "docs")
    os.makedirs(ddir, exist_ok=True)
    for f in os.listdir(ddir):
        if f.endswith(".txt"):
            os.remove(os.path.join(ddir, f))
    for k in shuffled:
        with open(os.path.join(ddir, fname[k]), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(docs[k][1] + "\n")
    with open(os.path.join(outdir, "doc_index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tkey\tgenre\n")
        for k in shuffled:
            fh.write("%s\t%s\t%s\n" % (fname[k], k, docs[k][0]))

    # questions: shuffle order, then split by (answerable, kind) strata
    topics = list(handwritten.TOPICS)
    r.shuffle(topics)
    qid = {t["key"]: "q%03d" % (i + 1) for i, t in enumerate(topics)}
    strat = sorted(topics, key=lambda t: (len(t["src"]) > 0, t["kind"], r.random()))
    split = {t["key"]: ("tune" if i % 2 == 0 else "heldout") for i, t in enumerate(strat)}

    with open(os.path.join(outdir, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for t in topics:
            src = resolve(t, "s")
            nm = resolve(t, "n")
            rec = {
                "id": qid[t["key"]], "topic": t["key"], "question": t["question"],
                "answers": t["answers"], "answerable": bool(src), "kind": t["kind"],
                "split": split[t["key"]],
                "sources": [fname[k] for k in src], "support": src,
                "near_miss": [fname[k] for k in nm], "near_miss_keys": nm,
                "near_miss_kind": t["nm_kind"], "anchors": t["anchors"], "absent": t["absent"],
                "names_time_or_number": has_temporal(t["question"]),
            }
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
    return len(shuffled)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    n = build(out)
    print("built %d docs into %s" % (n, out))
