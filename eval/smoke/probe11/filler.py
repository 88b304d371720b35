# -*- coding: utf-8 -*-
"""Generators for filler passages on everyday subjects (all text invented).

Each generator takes a random.Random and returns (genre, text).  Names and
places are drawn from lists that do not overlap the topic passages.
"""

FIRST = ["Amelia", "Ben", "Chloe", "Dan", "Erin", "Fraser", "Gemma", "Harry", "Isla", "Jack",
         "Kerry", "Liam", "Megan", "Nathan", "Olivia", "Patrick", "Rosie", "Sam", "Tara", "Umar",
         "Vicky", "Will", "Yasmin", "Zac", "Bronwen", "Declan", "Esme", "Farah", "Gareth", "Hattie",
         "Imran", "Jodie", "Kit", "Lorna", "Malcolm", "Nadia", "Owain", "Pippa", "Rhys", "Selina",
         "Toby", "Ursula", "Vernon", "Wendy", "Yusuf", "Agnes", "Barry", "Cerys", "Dominic", "Eileen"]
LAST = ["Abbott", "Birch", "Carver", "Dalton", "Ellery", "Fenton", "Gale", "Hartley", "Ives",
        "Jessop", "Kirby", "Lomax", "Nolan", "Osborne", "Pryce", "Radley", "Shaw", "Thorne",
        "Upton", "Vickers", "Wade", "Yates", "Bright", "Cowley", "Denby", "Eccles", "Fairley",
        "Gough", "Hurst", "Kemp", "Lister", "Nuttall", "Parr", "Rigby", "Sutton", "Tolley",
        "Weston", "Ashcroft", "Beddow", "Crane", "Dimmock", "Elwood", "Frain", "Gilchrist",
        "Hebden", "Inskip", "Jolley", "Kendrew", "Lacey", "Morcom"]
TOWNS = ["Pellingford", "Dunnock Green", "Winterbeck", "Lowmoor", "Greyhithe", "Copperthwaite",
         "Maudlin Cross", "Quillford", "Standish Dene", "Rookby", "Thornwick", "Ashmoor",
         "Hadley Cope", "Kirkby Wold", "Overbeck", "Hawkridge", "Selby Moor", "Frayling"]
STREETS = ["Orchard Way", "Station Road", "Chapel Street", "Beech Avenue", "Millbrook Close",
           "Kingfisher Drive", "High Street", "Church Walk", "Victoria Terrace", "Bramble Lane",
           "Foundry Row", "Park Crescent", "Willow Gardens", "School Lane", "Coronation Road"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS = DAYS[:5]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
HANDLES = ["mossyboots", "kettle_on", "rk_cycles", "jen_w", "northern_grump", "tinkerer42",
           "fernleaf", "owlhouse", "dadof3", "brightsider", "allotment_al", "quietcarriage"]


def name(r):
    return "%s %s" % (r.choice(FIRST), r.choice(LAST))


def town(r):
    return r.choice(TOWNS)


def date(r, years=(2019, 2024)):
    return "%d %s %d" % (r.randint(1, 28), r.choice(MONTHS), r.randint(*years))


def money(r, lo, hi, step=1):
    return "£{:,}".format(r.randrange(lo, hi, step))


def sent(r, options, k):
    return " ".join(r.sample(options, k))


# --------------------------------------------------------------------------
def recipe(r):
    dishes = [
        ("Leek and potato soup", "three leeks, four floury potatoes, an onion, a litre of stock and a splash of cream",
         ["Sweat the sliced leeks and onion in butter for ten minutes without letting them colour.",
          "Add the diced potato and stock, then simmer until everything is soft.",
          "Blend until smooth and stir in the cream just before serving."]),
        ("Apple and blackberry crumble", "six cooking apples, a punnet of blackberries, flour, butter, oats and brown sugar",
         ["Peel and slice the apples and soften them in a pan with a spoonful of sugar.",
          "Rub the butter into the flour, then stir in the oats and sugar.",
          "Scatter the topping over the fruit and bake at 180C for about 35 minutes."]),
        ("Chickpea curry", "two tins of chickpeas, a tin of tomatoes, an onion, garlic, ginger, curry powder and spinach",
         ["Fry the onion slowly until golden, then add the garlic, ginger and spices.",
          "Tip in the tomatoes and chickpeas and simmer for twenty minutes.",
          "Wilt in the spinach at the end and season well."]),
        ("Cheese scones", "250g self-raising flour, 50g butter, 100g strong cheddar, a pinch of mustard powder and milk",
         ["Rub the butter into the flour, then stir in most of the cheese and the mustard.",
          "Add just enough milk to make a soft dough and pat it out to 3cm thick.",
          "Cut into rounds, top with the rest of the cheese and bake for 12 minutes."]),
        ("Sausage and bean casserole", "eight sausages, a tin of butter beans, a tin of tomatoes, smoked paprika and a red pepper",
         ["Brown the sausages in a heavy pan and set them aside.",
          "Soften the pepper, add the paprika, tomatoes and beans, then return the sausages.",
          "Cover and cook gently for forty minutes, adding a splash of water if it gets thick."]),
        ("Lemon drizzle traybake", "225g butter, 225g caster sugar, four eggs, 275g self-raising flour and two lemons",
         ["Beat the butter and sugar until pale, then add the eggs one at a time.",
          "Fold in the flour and lemon zest and spread in a lined tin.",
          "Bake for 35 minutes and pour over lemon juice mixed with sugar while it is still warm."]),
    ]
    d, ing, steps = r.choice(dishes)
    intro = r.choice([
        "This is the one I make when the weather turns.",
        "My children ask for this every week, so it must be doing something right.",
        "A cheap, forgiving recipe that works every time.",
        "I got this from my neighbour %s and have tweaked it over the years." % r.choice(FIRST),
        "Perfect for a batch cook on a Sunday afternoon.",
    ])
    tip = r.choice([
        "It freezes well for up to three months.",
        "Serve with crusty bread.",
        "Leftovers are even better the next day.",
        "Double the quantities if you are feeding a crowd.",
        "",
    ])
    serves = r.choice(["Serves 4.", "Serves 6.", "Makes about 12.", "Serves 4 to 6."])
    title = r.choice(["%s", "Easy %s", "%s: a family favourite", "Recipe: %s"]) % d
    if title.startswith("Easy "):
        title = "Easy " + d[0].lower() + d[1:]
    text = "%s\n%s %s\nYou will need %s.\n%s %s" % (title, intro, serves, ing, " ".join(steps), tip)
    return "blog", text.strip()


def garden(r):
    m = r.randrange(12)
    jobs = {
        0: ["Order seed catalogues and plan this year's beds.", "Check stored dahlia tubers for rot.",
            "Prune apple and pear trees while they are dormant.", "Clean and sharpen your tools."],
        1: ["Chit early potatoes on a cool windowsill.", "Cut back ornamental grasses before new growth appears.",
            "Sow sweet peas in root trainers.", "Put out fat balls for the birds."],
        2: ["Sow tomatoes and peppers indoors.", "Mow the lawn on a high setting if it is dry.",
            "Divide clumps of snowdrops after flowering.", "Top-dress containers with fresh compost."],
        3: ["Plant out first early potatoes.", "Tie in climbing roses.",
            "Sow carrots and beetroot under fleece.", "Watch for slugs on new shoots."],
        4: ["Harden off bedding plants before planting.", "Earth up potatoes.",
            "Thin seedlings to the spacing on the packet.", "Water new plants in the evening."],
        5: ["Pinch out side shoots on cordon tomatoes.", "Deadhead roses to keep them flowering.",
            "Net strawberries against birds.", "Keep ponds topped up with rainwater."],
        6: ["Feed tomatoes weekly with a high-potash feed.", "Cut lavender after flowering.",
            "Sow spring cabbage.", "Pick courgettes small and often."],
        7: ["Take cuttings from pelargoniums.", "Trim hedges once nesting birds have fledged.",
            "Order spring bulbs.", "Collect seed from annuals."],
        8: ["Plant daffodil bulbs.", "Lift and dry onions.",
            "Sow green manure on empty beds.", "Clean out the greenhouse."],
        9: ["Plant tulips at the end of the month.", "Rake leaves off the lawn.",
            "Lift dahlias after the first frost.", "Make leaf mould in bin bags."],
        10: ["Plant bare-root hedging.", "Insulate outdoor taps.",
             "Move tender plants under cover.", "Check tree ties and stakes."],
        11: ["Cut holly for decorations.", "Keep off frozen lawns.",
             "Check stored apples and remove any rotten ones.", "Put your feet up with a catalogue."],
    }[m]
    who = name(r)
    title = r.choice(["Jobs for the garden in %s", "%s in the garden", "Gardening notes: %s"]) % MONTHS[m]
    intro = r.choice([
        "%s, from %s Horticultural Society, offers this month's to-do list." % (who, town(r)),
        "Here is what I will be doing on my plot this month.",
        "A short list for busy gardeners.",
    ])
    extra = r.choice(["", "Above all, enjoy it: the weeds will still be there tomorrow.",
                      "Questions? Drop in to the society's trading hut on a %s morning." % r.choice(DAYS)])
    general = ["Keep the bird bath clean and topped up.", "Turn the compost heap if you have the energy.",
               "Make a note of what did well and what did not; you will not remember next year.",
               "Check greenhouse vents on sunny days, even in cold weather.",
               "It is a good month to visit open gardens for ideas."]
    return "blog", "%s\n%s %s %s %s" % (title, intro, " ".join(r.sample(jobs, r.choice([3, 4]))),
                                        " ".join(r.sample(general, 2)), extra)


def lost_pet(r):
    animal = r.choice(["cat", "cat", "dog", "tortoise", "rabbit"])
    colour = r.choice(["black and white", "ginger", "tabby", "grey", "brown", "black"])
    pet = r.choice(["Miso", "Biscuit", "Pepper", "Nelson", "Luna", "Archie", "Tilly", "Bean", "Otis", "Mabel"])
    feat = r.choice(["She has a pink collar with a bell.", "He is microchipped but has no collar.",
                     "He is very friendly but nervous of children.", "She has a white tip on her tail.",
                     "He is elderly and needs medication."])
    rew = r.choice(["Small reward offered.", "", "Please share!"])
    tel = "07%03d %06d" % (r.randint(0, 999), r.randint(0, 999999))
    title = r.choice(["LOST: %s %s in %s" % (colour, animal, town(r)), "Missing %s: please look out" % animal,
                      "Have you seen %s?" % pet])
    return "listing", "%s\nOur %s %s, %s, has been missing since %s evening from %s. %s Please check sheds, garages and outbuildings in case %s got shut in. If you see %s, call %s at any time. %s" % (
        title, colour, animal, pet, r.choice(DAYS), r.choice(STREETS), feat,
        "she" if "She" in feat else "he", pet, tel, rew)


def for_sale(r):
    items = [
        ("Child's bike, 20-inch wheels", "Six gears, new tyres last spring, a few scratches on the frame. Outgrown.", 25, 60),
        ("Three-seater sofa, grey fabric", "Smoke-free and pet-free home. Covers are removable and washable. Must be collected.", 60, 200),
        ("Petrol lawnmower", "Starts first pull, serviced in March. Grass box included.", 40, 120),
        ("Acoustic guitar with case", "Full size, steel strings, lovely warm tone. Comes with a tuner and strap.", 50, 150),
        ("Pine dining table and four chairs", "Solid and sturdy, some marks on the top as you would expect.", 45, 140),
        ("Travel cot", "Folds flat into its bag, mattress included, used at grandparents' only.", 15, 40),
        ("Chest freezer", "Works perfectly, we are moving and it will not fit. 150 litres.", 40, 90),
        ("Exercise bike", "Magnetic resistance, eight levels, display works. Bought with good intentions.", 30, 110),
    ]
    it, desc, lo, hi = r.choice(items)
    cond = r.choice(["Cash on collection.", "No offers.", "Open to sensible offers.", "Collection only."])
    title = r.choice(["For sale: %s", "%s", "FS: %s"]) % it
    why = r.choice(["Selling because we are moving house.", "Only selling as we have upgraded.",
                    "Clearing out the garage before winter.", "Bought for a project that never happened.",
                    "Genuine reason for sale."])
    return "listing", "%s\n%s %s %s Price %s. %s Collection from %s, near %s. Message %s for details. %s" % (
        title, desc, why, r.choice(["Good condition.", "Excellent condition.", "Fair condition for its age."]),
        money(r, lo, hi, 5), cond, town(r), r.choice(STREETS), r.choice(FIRST),
        r.choice(["", "Posted %s." % date(r), "Can deliver locally for a small charge."]))


def job_ad(r):
    roles = [
        ("Cafe assistant", "serving customers, making drinks and keeping the counter spotless", 10, 12),
        ("Delivery driver", "delivering parcels across the district in a company van", 11, 13),
        ("Receptionist", "greeting patients, answering phones and managing the appointment diary", 11, 12),
        ("Kitchen porter", "washing up, keeping the kitchen clean and helping with prep", 10, 12),
        ("Care assistant", "supporting older people to live independently at home", 11, 14),
        ("Warehouse operative", "picking, packing and loading orders", 11, 13),
        ("Classroom assistant", "supporting small groups of pupils with reading and maths", 10, 12),
    ]
    role, duty, lo, hi = r.choice(roles)
    hours = r.choice(["Full time, 37.5 hours a week.", "Part time, 20 hours over four days.",
                      "Weekends only.", "Flexible hours to suit school runs."])
    emp = r.choice(["%s Bakery" % r.choice(LAST), "%s Medical Practice" % town(r), "%s & Sons" % r.choice(LAST),
                    "%s Care" % r.choice(LAST), "%s Primary School" % town(r)])
    return "listing", "%s wanted\n%s, %s\nWe are looking for a reliable %s to join our friendly team. The job involves %s. %s Pay from £%d.%02d an hour, plus holiday and a pension. %s To apply, send a short CV to %s by %s." % (
        role, emp, town(r), role.lower(), duty, hours, r.randint(lo, hi), r.choice([0, 25, 50, 75]),
        r.choice(["No experience needed; full training given.", "A driving licence is essential.",
                  "A DBS check will be required.", ""]), name(r), date(r))


def weather(r):
    d = r.sample(DAYS, 3)
    region = r.choice(["the dales", "the coast", "the county", "the valleys", "the region"])
    bits = [
        "%s starts cloudy with outbreaks of rain, clearing from the west by the afternoon." % d[0],
        "%s looks drier and brighter, with highs of %d C." % (d[1], r.randint(6, 24)),
        "Winds strengthen on %s, gusting to %d mph on exposed hills." % (d[2], r.randint(30, 60)),
        "Overnight lows of %d C in rural spots, so watch for frost in sheltered valleys." % r.randint(-3, 6),
        "Pollen levels will be %s." % r.choice(["high", "moderate", "low"]),
        "A band of heavier rain may bring localised flooding on minor roads.",
    ]
    title = r.choice(["Weather outlook for %s" % region, "The week ahead: weather", "Forecast: %s" % region])
    return "news", "%s\n%s %s" % (title, " ".join(r.sample(bits, 4)),
                                  r.choice(["Forecast by %s." % name(r), "", "Updated at 6am."]))


def library(r):
    t = town(r)
    items = [
        "Story time for under-fives is on %s mornings at 10.30." % r.choice(WEEKDAYS),
        "The library now lends out energy meters and telescopes, as well as books.",
        "Free computer help sessions run on %s afternoons; just drop in." % r.choice(WEEKDAYS),
        "Our summer reading challenge for children starts in July.",
        "We will be closed on %s for staff training." % date(r),
        "The local history collection is available by appointment.",
        "Overdue fines have been abolished for children's books.",
        "A new e-book service is available with your library card.",
        "Volunteers are needed to help with the home library service.",
    ]
    title = r.choice(["%s Library news" % t, "What's new at %s Library" % t, "Library update: %s" % t])
    return "newsletter", "%s\n%s Opening hours are %s. %s" % (
        title, " ".join(r.sample(items, 3)),
        r.choice(["Tuesday to Saturday, 9.30am to 5pm", "Monday to Friday, 10am to 6pm, and Saturday mornings",
                  "unchanged"]), r.choice(["Ask at the desk for details.", "", "Follow us for updates."]))


def book_club(r):
    books = [("The Lighthouse Keeper's Daughter", "Nora Fell"), ("A Winter in Carlow Street", "James Innes"),
             ("The Salt Road", "Priya Bhandari"), ("Small Mercies", "Dan Kettle"),
             ("Under the Rowan", "Mairi Gunn"), ("The Orchard Keeper's Almanac", "Philip Dray"),
             ("Night Trains", "Lucy Amberley"), ("Paper Boats", "Tom Wynne-Ellis")]
    (b1, a1), (b2, a2) = r.sample(books, 2)
    g = r.choice(["%s Book Group" % town(r), "The %s Readers" % r.choice(STREETS).split()[0],
                  "Tuesday Night Book Club"])
    opinions = [
        "Opinions were split: some loved the slow pace, others gave up halfway.",
        "Everyone agreed the ending was a let-down.",
        "It was the most popular choice we have had this year.",
        "Several of us thought it was too long by a hundred pages.",
        "The discussion ran so long that the cake was forgotten.",
    ]
    return "blog", "%s: this month\nThis month we discussed %s by %s. %s Next month's book is %s by %s, and we meet at %s's house on %s. %s" % (
        g, b1, a1, r.choice(opinions), b2, a2, r.choice(FIRST), r.choice(DAYS),
        r.choice(["New members are always welcome.", "Please bring a plate to share.", "Spare copies are in the library."]))


def fitness(r):
    cls = r.choice(["Yoga", "Pilates", "Zumba", "Chair exercise", "Circuit training", "Tai chi", "Boxercise"])
    venue = r.choice(["the community centre", "St %s's church hall" % r.choice(["Mark", "Anne", "Peter", "Helen", "Luke"]),
                      "the scout hut", "the leisure centre studio", "the village hall"])
    return "listing", "%s classes in %s\n%s every %s at %s in %s, %s. Suitable for all abilities, including complete beginners. Classes last %s and cost %s, or %s for a block of six. Please bring %s. Taught by %s, who has been teaching for %d years. %s" % (
        cls, town(r), cls, r.choice(DAYS), r.choice(["9.30am", "10am", "6pm", "7pm", "7.30pm"]), venue, town(r),
        r.choice(["an hour", "45 minutes", "an hour and a quarter"]), money(r, 5, 9), money(r, 25, 45, 5),
        r.choice(["a mat and water", "water and comfortable clothes", "a towel"]), name(r), r.randint(2, 20),
        r.choice(["No need to book.", "Booking essential as spaces are limited.", "First class free."]))


def diy_forum(r):
    probs = [
        ("Boiler pressure keeps dropping", "My combi boiler loses pressure every couple of days. I top it up to 1.5 bar and by the weekend it is back under 1. No visible leaks anywhere.",
         "Check the pressure relief valve pipe outside; if it drips, the valve may be letting by. Could also be the expansion vessel needing air. Get a Gas Safe engineer to look."),
        ("Damp patch on bedroom wall", "We have a damp patch in the corner of the back bedroom, worse in winter. The house is 1930s. Is this rising damp?",
         "Almost certainly condensation if it is high up in a corner. Open the windows, use the extractor, and keep furniture away from the wall."),
        ("Squeaky floorboards on the landing", "Every step on the landing creaks. The carpet is coming up anyway. Best fix?",
         "Screw the boards down into the joists with decent wood screws, not nails. Find the joists by the existing nail lines."),
        ("Radiator cold at the top", "One radiator downstairs is warm at the bottom but cold at the top. The others are fine.",
         "That is air. Turn the heating off, bleed it with a radiator key until water comes out, then check the pressure."),
        ("Shed roof felt", "The felt on my shed roof has split. Felt again or go for something else?",
         "Shingles look nicer but felt is fine if you use a decent torch-on or nail-down grade and batten the edges."),
    ]
    t, q, a = r.choice(probs)
    return "forum", "%s\nPosted by %s\n%s Any advice appreciated.\nReply from %s: %s" % (
        t, r.choice(HANDLES), q, r.choice(HANDLES), a)


def product_review(r):
    prods = [
        ("wireless headphones", "the battery lasts all week", "the case feels cheap"),
        ("cordless kettle", "it boils quickly and quietly", "the limescale filter is fiddly"),
        ("two-person tent", "it goes up in ten minutes", "the porch is tiny"),
        ("walking boots", "they were comfortable straight out of the box", "the laces came undone constantly"),
        ("slow cooker", "the keep-warm setting is handy", "the lid rattles"),
        ("robot vacuum", "it copes well with pet hair", "it got stuck under the sofa daily"),
        ("bike lights", "they are very bright", "the mount slips on bumpy roads"),
    ]
    p, pro, con = r.choice(prods)
    stars = r.randint(2, 5)
    return "review", "%s out of 5 stars: %s\nReviewed by %s, %s\nI bought these %s %s ago. The good: %s. The bad: %s. %s %s" % (
        stars, r.choice(["Does the job", "Mixed feelings", "Great value", "Would buy again", "Not bad for the price"]),
        name(r), town(r), p, r.choice(["two weeks", "a month", "three months", "a year"]), pro, con,
        r.choice(["Delivery was quick.", "Customer service were helpful when I emailed.", "Packaging was excessive."]),
        r.choice(["Overall, recommended.", "Fine for occasional use.", "I would look around before buying."]) + " " + r.choice([
            "For the money I cannot really complain.", "I have since bought a second one for my mother.",
            "The instructions were next to useless, but it is simple enough once you get going.",
            "Will update this review if anything changes."]))


def walk_blog(r):
    t = town(r)
    dist = r.choice(["5 miles", "7 miles", "4 miles", "9 miles", "6 km", "10 km"])
    feats = ["an old packhorse bridge", "a ruined lime kiln", "a pub with a real fire", "a waterfall after rain",
             "a long ridge with views to the sea", "a bluebell wood in May", "a disused railway line",
             "a trig point with a cracking view"]
    f = r.sample(feats, 2)
    return "blog", "Walk of the week: the %s circular\n%s, %s, %s climbing. Park at the %s and follow the footpath signs towards %s. The route passes %s and %s before dropping back to the village. %s %s" % (
        t, dist, r.choice(["easy going", "moderate", "quite strenuous in places"]),
        r.choice(["very little", "one steep", "some"]), r.choice(["church", "village hall", "layby by the bridge"]),
        town(r), f[0], f[1], r.choice(["Boots recommended: the lower fields are always muddy.", "Dogs on leads near livestock, please.",
                                       "Allow about three hours with stops."]),
        r.choice(["", "Map: Explorer sheet recommended.", "Walked by %s in %s." % (name(r), r.choice(MONTHS))]))


def school_trip(r):
    sch = "%s %s" % (town(r), r.choice(["Primary School", "C of E Primary", "Junior School", "Infant School"]))
    cls = r.choice(["Year 3", "Year 4", "Year 5", "Class Oak", "Class Willow", "Year 2"])
    place = r.choice(["the science museum", "a Roman fort", "the farm park", "the seaside", "the aquarium",
                      "the cathedral", "the nature reserve"])
    return "school newsletter", "%s: %s trip\n%s had a brilliant day at %s on %s. %s %s Thank you to %s and the parent helpers who came along. %s" % (
        sch, cls, cls, place, r.choice(WEEKDAYS),
        r.choice(["The children were a credit to the school.", "Everyone came back tired but happy.",
                  "The coach was only twenty minutes late."]),
        r.choice(["The highlight for many was the gift shop.", "Several pupils now want to be archaeologists.",
                  "We learned a lot and ate a lot of sandwiches."]),
        r.choice(["Mrs %s" % r.choice(LAST), "Mr %s" % r.choice(LAST), "Miss %s" % r.choice(LAST)]),
        r.choice(["Photos are on the class blog.", "Please return the feedback slips by Friday.", ""]))


def road_closure(r):
    road = r.choice(STREETS)
    t = town(r)
    reason = r.choice(["resurfacing", "gas main replacement", "water main repairs", "bridge inspection",
                       "installation of a new crossing", "tree felling"])
    return "council notice", "Temporary road closure: %s, %s\nNotice is given that %s, %s, will be closed to through traffic from %s for approximately %s to allow %s. A signed diversion will be in place via %s. Access for residents and emergency vehicles will be maintained where possible. Enquiries to the highways team, quoting reference TRO/%d." % (
        road, t, road, t, date(r), r.choice(["three days", "two weeks", "five nights", "one week"]),
        reason, r.choice(STREETS), r.randint(1000, 9999))


def bin_change(r):
    t = town(r)
    return "council notice", "Changes to bin collections in %s\nFrom %s, collections in %s will move from %s to %s. %s Please put your bins out by 7am on the day of collection. %s Garden waste subscriptions can be renewed online or by phone." % (
        t, date(r), t, r.choice(WEEKDAYS), r.choice(WEEKDAYS),
        r.choice(["Recycling will be collected every other week, alternating with general waste.",
                  "Food waste will continue to be collected weekly.",
                  "Glass should now go in the blue box, not the wheeled bin."]),
        r.choice(["Over the holiday period, collections may be a day late.", "Missed collections can be reported online.", ""]))


def craft_group(r):
    g = r.choice(["Knit and Natter", "Stitch Club", "Crochet Circle", "Quilters' Guild", "Craft Corner"])
    return "newsletter", "%s %s news\nWe meet every %s afternoon at %s. This month we finished %s, which will be %s. %s Subs are %s a session including tea. %s" % (
        town(r), g, r.choice(DAYS), r.choice(["the library", "the Methodist hall", "the Feathers pub", "the community cafe"]),
        r.choice(["twenty-two blankets", "a banner for the church", "forty premature baby hats", "a memory quilt"]),
        r.choice(["donated to the hospital", "raffled at the summer fair", "sent to the refugee centre", "displayed in the library"]),
        r.choice(["Welcome to our new members.", "Thank you to %s for the wool donation." % name(r), "We are short of knitting needles."]),
        money(r, 1, 4), r.choice(["Beginners welcome.", "Bring your own project.", ""]))


def cafe_review(r):
    cafe = r.choice(["The Copper Pot", "Bean There", "The Old Forge Cafe", "Crumbs of Comfort", "The Teal Door",
                     "Pip's Kitchen", "The Station Tea Room", "Little Larder"])
    return "review", "%s, %s\n%s on %s is %s. I had %s and my partner had %s. %s The bill came to %s for two. %s" % (
        cafe, town(r), cafe, r.choice(STREETS),
        r.choice(["a small, friendly place with mismatched chairs", "always busy on market day", "a dog-friendly spot near the park"]),
        r.choice(["a bacon sandwich", "the soup of the day", "a cheese toastie", "eggs on toast"]),
        r.choice(["a slab of carrot cake", "a jacket potato", "a sausage roll", "scones with jam"]),
        r.choice(["Service was slow but cheerful.", "The coffee was excellent.", "Portions were huge.", "Tables were a bit cramped."]),
        money(r, 12, 30), r.choice(["Three stars.", "Four stars.", "Worth a detour.", "Cash only, be warned."]))


def bnb_review(r):
    return "review", "Lovely stay at %s\nReviewed %s\nWe stayed %s nights at %s in %s. %s Breakfast was %s. %s %s" % (
        r.choice(["Rose Cottage", "The Granary", "Hill View B&B", "The Old Rectory", "Mill House"]),
        r.choice(MONTHS), r.choice(["two", "three", "four"]),
        r.choice(["Rose Cottage", "The Granary", "Hill View B&B", "The Old Rectory", "Mill House"]), town(r),
        r.choice(["The room was spotless and the bed very comfortable.", "Our hosts could not have been kinder.",
                  "The shower was a bit weak but everything else was perfect."]),
        r.choice(["superb, with local sausages", "a generous full English", "homemade granola and fruit"]),
        r.choice(["Parking is on the street.", "Handy for the walking routes.", "A short walk to two good pubs."]),
        r.choice(["Would definitely return.", "Highly recommended.", "Good value."]) + " " + r.choice([
            "We were given a map of local walks and a list of places to eat.",
            "The garden was a lovely spot for an evening drink.",
            "Check-in was easy even though we arrived late.",
            "Our only complaint is that we could not stay longer."]))


def podcast(r):
    show = r.choice(["The Allotment Hour", "Small Town Stories", "Tea Break History", "The Slow Cyclist", "Kitchen Table Money"])
    return "blog", "%s: episode %d\nThis week %s talks to %s about %s. %s We also answer listener questions about %s. %s" % (
        show, r.randint(12, 180), name(r), name(r),
        r.choice(["saving seeds", "the history of the local workhouse", "touring on a budget", "paying off debt",
                  "restoring an old narrowboat", "keeping bees in a back garden"]),
        r.choice(["It is a funny, honest conversation.", "Expect some strong opinions.", "We recorded this in a very windy field."]),
        r.choice(["compost", "pensions", "punctures", "old maps", "sourdough starters"]) + ". " + r.choice([
            "Thanks to everyone who has left a review; it really does help other people find the show",
            "Apologies for the sound quality in the second half, which was recorded over a dodgy phone line",
            "Next week we are back in the studio with a special guest",
            "Show notes and links are on our website"]),
        r.choice(["Running time 42 minutes.", "Running time 58 minutes.", "Subscribe wherever you get your podcasts."]))


def product_page(r):
    prods = [
        ("Ceramic table lamp", "Hand-glazed base with a linen shade. Height 45 cm. Takes an E27 bulb (not included).", 35, 90),
        ("Stoneware mug set of four", "Dishwasher and microwave safe. Each holds 350 ml.", 18, 40),
        ("Oak chopping board", "Made from a single piece of oak. Oil occasionally to keep it looking its best.", 20, 55),
        ("Folding camping chair", "Steel frame, cup holder, carry bag included. Supports up to 120 kg.", 15, 45),
        ("Wool throw", "Soft lambswool in a herringbone pattern. 130 x 180 cm.", 40, 95),
        ("Bird feeder station", "Powder-coated steel pole with four hooks and a water dish.", 20, 50),
    ]
    p, d, lo, hi = r.choice(prods)
    blurb = r.choice(["Designed in our studio and made by a small family workshop.",
                      "One of our best sellers, and it makes a lovely gift.",
                      "Each piece is slightly different, which is part of the charm.",
                      "Thoughtfully made to last for years, not seasons."])
    care = r.choice(["Wipe clean with a damp cloth.", "Please allow for slight variations in colour.",
                     "Packaged in recycled cardboard with no plastic.", "Ships in a gift box."])
    return "product page", "%s\n%s %s %s Available in %s. Price %s. %s %s\nAdd to basket" % (
        p, blurb, d, care, r.choice(["three colours", "natural only", "grey, blue and green"]), money(r, lo, hi),
        r.choice(["Free delivery over £40.", "Delivery in 3 to 5 working days.", "Click and collect available."]),
        r.choice(["30-day returns.", "Rated 4.6 out of 5 by 212 customers.", ""]))


def pet_adoption(r):
    pet = r.choice(["Bramble", "Smudge", "Ziggy", "Rolo", "Marmite", "Hector", "Poppy", "Dusty"])
    sp = r.choice(["a lurcher", "a tabby cat", "a Staffie cross", "a pair of guinea pigs", "a collie", "an elderly cat"])
    return "listing", "Meet %s\n%s is %s aged about %d, looking for a forever home. %s %s %s Adoption fee %s, including vaccinations. Contact %s Animal Rescue to arrange a visit." % (
        pet, pet, sp, r.randint(1, 12),
        r.choice(["Loves a fuss and a warm lap.", "Walks beautifully on the lead.", "A bit shy at first but very loving."]),
        r.choice(["Would suit an adult-only home.", "Fine with other pets.", "Needs a garden."]),
        r.choice(["Came to us when their owner went into care.", "Found as a stray.", ""]), money(r, 50, 200, 10), town(r))


def quiz_results(r):
    pub = r.choice(["the Red Lion", "the Plough", "the Fleece", "the Bell", "the Woolpack", "the Grapes"])
    teams = r.sample(["Quizteama Aguilera", "The Know-Alls", "Les Quizerables", "Table Six", "The Usual Suspects",
                      "Universally Challenged", "Agatha Quiztie", "The Late Arrivals"], 3)
    return "sports results", "Quiz night results at %s, %s\n1st %s, %d points\n2nd %s, %d\n3rd %s, %d\n%s The jackpot question went unanswered, so it rolls over to %s. Quizmaster: %s. %s" % (
        pub, town(r), teams[0], r.randint(70, 80), teams[1], r.randint(60, 69), teams[2], r.randint(50, 59),
        r.choice(["Twelve teams took part.", "A full house this week.", "Thanks to everyone who came."]),
        money(r, 40, 150, 10), name(r), r.choice(["Every Thursday, 8.30pm.", "", "All proceeds to the air ambulance."]))


def wildlife(r):
    sp = r.choice(["a kingfisher", "two otters", "a barn owl", "a red kite", "a grass snake", "a pod of dolphins",
                   "a hedgehog", "a family of stoats"])
    return "blog", "Sightings: %s near %s\n%s spotted %s %s on %s %s. %s %s" % (
        sp, town(r), name(r), sp, r.choice(["by the river", "on the old railway line", "at the reservoir", "in the churchyard"]),
        r.choice(DAYS), r.choice(["morning", "evening", "afternoon"]),
        r.choice(["This is the first record for the area in years.", "Please send us your own sightings.",
                  "A photo was shared on the group page."]),
        r.choice(["Remember to keep your distance.", "", "Records go to the county recorder."]) + " " + " ".join(r.sample([
            "Other sightings this week included a pair of grey wagtails and the first swallows of the year.",
            "The recording group meets on the second Tuesday of the month and new members are welcome.",
            "If you find an injured animal, please ring the wildlife hospital rather than trying to move it.",
            "Our monthly bird count found 34 species, about average for the time of year.",
            "Many thanks to the landowner for allowing access."], 2)))


def obituary(r):
    n = name(r)
    age = r.randint(68, 99)
    job = r.choice(["a postman", "a district nurse", "a farmer", "a primary school teacher", "a bus driver", "a butcher"])
    return "obituary", "%s\n%s, who has died aged %d, was %s in %s for more than thirty years. %s %s %s is survived by %s. %s" % (
        n, n, age, job, town(r),
        r.choice(["Known for a quick wit and a generous heart.", "A lifelong supporter of the town band.",
                  "A keen gardener who won prizes for sweet peas."]),
        r.choice(["Friends remember long walks and longer conversations.", "The whole street turned out for the retirement party.", ""]),
        n.split()[0], r.choice(["a daughter and two grandchildren", "a wife of fifty years", "three sons"]),
        r.choice(["Donations in lieu of flowers to the hospice.", "Funeral details to follow.", "Family flowers only."]) + " " + r.choice([
            "Friends are welcome at the service and afterwards at the cricket club.", "The family thank the staff of the care home for their kindness.",
            "A memorial bench is planned for the green."]))


def residents_minutes(r):
    assoc = "%s Residents' Association" % r.choice(STREETS).split()[0]
    return "minutes", "%s: minutes\nMeeting held %s at %s. %d residents present. 1. Apologies from %s. 2. Parking: members agreed to ask the council about %s. 3. Litter pick arranged for %s. 4. Treasurer reported a balance of %s. Next meeting in %s." % (
        assoc, date(r), r.choice(["the scout hut", "the community room", "No. 14"]), r.randint(8, 30), name(r),
        r.choice(["residents' permits", "double yellow lines at the junction", "a 20mph limit"]), r.choice(DAYS),
        money(r, 100, 900), r.choice(MONTHS))


def tech_qa(r):
    qs = [
        ("Why does my wifi drop out in the back bedroom?", "Thick walls and distance are the usual culprits. Try moving the router higher and away from the TV, or use a mesh system."),
        ("My printer says it is offline. What now?", "Turn the printer and router off and on again, then remove and re-add the printer on your computer."),
        ("How do I stop my phone running out of storage?", "Back up photos to the cloud, then delete them from the phone, and clear the cache in your messaging apps."),
        ("Is it safe to use public wifi?", "For browsing, mostly. Avoid banking on it unless you use your phone's mobile data or a VPN."),
        ("My laptop is very slow. Should I buy a new one?", "Not yet. Check what starts up automatically and consider swapping the hard drive for an SSD."),
    ]
    q, a = r.choice(qs)
    return "Q&A", "Ask the tech helper\nQ: %s (%s, %s)\nA: %s %s %s" % (
        q, r.choice(FIRST), town(r), a, r.choice([
            "If none of that works, the shop you bought it from may be able to help under warranty.",
            "It is also worth checking for updates, which fix a surprising number of problems.",
            "Write down what you change, so you can undo it if things get worse.",
            "Many libraries run free drop-in sessions where volunteers can take a look."]), r.choice(["Good luck!", "Write in with your own questions.", "Hope that helps."]))


def school_bits(r):
    sch = "%s %s" % (town(r), r.choice(["Primary", "Infants", "Junior School", "Academy"]))
    items = [
        "Please label all uniform, especially jumpers.",
        "We have had a case of head lice in Year 2, so please check your child's hair.",
        "Parents' evening will be held on %s and %s." % tuple(r.sample(WEEKDAYS, 2)),
        "The school council has chosen a new charity for the year.",
        "Flu vaccinations for all year groups will take place on %s." % date(r),
        "Reminder: the gates open at 8.40am.",
        "Thank you to the PTA, who raised %s at the disco." % money(r, 200, 900),
        "Please do not park on the zigzag lines.",
        "Book bags should come into school every day.",
    ]
    return "school newsletter", "%s weekly bulletin\n%s %s" % (
        sch, " ".join(r.sample(items, 4)), r.choice(["Have a lovely weekend.", "Headteacher", ""]))


def press_release(r):
    co = r.choice(["%s Digital" % r.choice(LAST), "%s Foods" % r.choice(LAST), "%s Cleaning Co" % town(r),
                   "%s Outdoor" % r.choice(LAST), "%s Brewery" % town(r)])
    news = r.choice(["has launched a new app that lets customers book appointments online",
                     "has moved into larger premises on the %s industrial estate" % town(r),
                     "has won a contract to supply schools across the county",
                     "has been awarded a local business award for customer service",
                     "is creating %d new jobs" % r.randint(5, 40)])
    return "press release", "PRESS RELEASE\n%s %s\n%s, based in %s, %s. Managing director %s said: '%s' %s\nNotes to editors: founded in %d." % (
        co, r.choice(["expands", "announces", "news"]), co, town(r), news, name(r),
        r.choice(["This is a proud moment for the whole team.", "We are delighted and a bit exhausted.",
                  "Our customers have been asking for this for a long time."]),
        r.choice(["More information is on the company website.", "", "Ends."]), r.randint(1985, 2020))


def minibus(r):
    t1, t2 = r.sample(TOWNS, 2)
    times = sorted(r.sample(["08:15", "09:30", "10:45", "12:00", "13:30", "14:45", "16:00"], 3))
    return "timetable", "Community minibus: %s to %s\nRuns %s and %s only. Departs %s (%s) at %s, %s and %s. Returns from %s market place 45 minutes later. Fares: %s single, concessionary passes accepted. Wheelchair accessible; please book 24 hours ahead with the volunteer coordinator." % (
        t1, t2, *r.sample(WEEKDAYS, 2), t1, r.choice(["village green", "post office", "church gate"]), *times, t2,
        money(r, 2, 5))


def cricket(r):
    c1, c2 = [t + " CC" for t in r.sample(TOWNS, 2)]
    runs1, runs2 = r.randint(120, 260), r.randint(100, 259)
    return "sports results", "Cricket: %s v %s\n%s %d for %d (%d overs); %s %d all out. %s won by %d runs. %s made %d and %s took %d for %d. %s" % (
        c1, c2, c1, runs1, r.randint(4, 9), r.choice([40, 45, 50]), c2, min(runs2, runs1 - 1), c1,
        runs1 - min(runs2, runs1 - 1), name(r), r.randint(40, 110), name(r), r.randint(3, 6), r.randint(12, 45),
        r.choice(["Teas were excellent.", "Play was delayed an hour by rain.", "Next week: away at %s." % town(r)]) + " " + r.choice([
            "The second eleven lost a low-scoring game by two wickets.", "Nets are on Tuesday and Thursday evenings.",
            "The club thanks its sponsors for new sight screens."]))


def chess(r):
    c1, c2 = r.sample(TOWNS, 2)
    res = []
    for b in range(1, 5):
        res.append("Board %d: %s %s %s" % (b, name(r), r.choice(["beat", "lost to", "drew with"]), name(r)))
    return "sports results", "Chess league: %s A v %s A\n%s. %s %s" % (
        c1, c2, ". ".join(res), r.choice(["A tense evening.", "The match was decided in the last game to finish.", ""]),
        r.choice(["Club night is Tuesday at the library.", "New players welcome.", ""]) + " " + r.choice([
            "The return fixture is scheduled for March.", "Both clubs remain in contention for the division title.",
            "Grading lists are published at the end of the season."]))


def announcements(r):
    n1, n2 = name(r), name(r)
    kind = r.randrange(3)
    if kind == 0:
        body = "Happy %dth birthday to %s of %s! Love from all the family, who will be raising a glass on %s. %s" % (
            r.choice([40, 50, 60, 70, 80, 90]), n1, town(r), r.choice(DAYS),
            r.choice(["You do not look a day over thirty.", "Enjoy your special day.", "Party at the Legion, all welcome."]))
        title = "Birthday wishes"
    elif kind == 1:
        body = "Congratulations to %s and %s of %s, who celebrate their golden wedding anniversary this month. They married at %s church in %s and have lived in the town ever since. %s" % (
            n1, n2, town(r), town(r), r.choice(MONTHS), r.choice(["With love from children and grandchildren.", "Many happy returns."]))
        title = "Anniversary"
    else:
        body = "%s and %s are delighted to announce the birth of their daughter, %s, on %s, weighing %d lb %d oz. A little sister for %s. %s" % (
            n1, n2, r.choice(["Ivy", "Maud", "Orla", "Edie", "Nell"]), date(r), r.randint(5, 9), r.randint(0, 15),
            r.choice(FIRST), r.choice(["Thank you to the midwives.", "Mum and baby are doing well."]))
        title = "Births"
    tail = r.choice(["Announcements can be placed by calling the newsdesk before noon on Tuesday.",
                     "To place a free family announcement, use the form on our website.",
                     "Family notices appear every Thursday in print and online."])
    return "listing", "%s\n%s %s" % (title, body, tail)


def planning(r):
    apps = []
    for _ in range(3):
        apps.append("%d %s, %s: %s." % (r.randint(1, 120), r.choice(STREETS), town(r), r.choice([
            "single-storey rear extension", "loft conversion with rear dormer", "change of use from shop to cafe",
            "two-storey side extension", "new vehicle access", "felling of one sycamore in a conservation area",
            "replacement windows"])))
    return "council notice", "Planning applications received\nThe following applications may be viewed online or at the council offices. Comments must be received within 21 days. %s" % " ".join(apps)


def church(r):
    ch = "St %s's, %s" % (r.choice(["Michael", "Mary", "John", "Bartholomew", "Margaret", "Andrew"]), town(r))
    return "newsletter", "%s: notices\n%s %s %s Coffee after the service; all welcome. %s" % (
        ch, r.choice(["Holy Communion on Sunday at 9.30am.", "Morning worship at 10.30am this Sunday.", "Evensong at 6pm."]),
        r.choice(["The flower rota for next month is on the noticeboard.", "The roof appeal has reached %s." % money(r, 2000, 30000, 100),
                  "Bell practice has moved to Wednesdays."]),
        r.choice(["Harvest gifts will go to the food bank.", "Please pray for all who are unwell.", "Volunteers needed for the coffee rota."]),
        r.choice(["Vicar: Revd %s." % name(r), "", "Churchwarden: %s." % name(r)]) + " " + " ".join(r.sample([
            "The Tuesday lunch club continues in the hall, with soup and a pudding for a small donation.",
            "Baptisms and weddings can be arranged by contacting the parish office.",
            "The toddler group meets on Thursday mornings during term time.",
            "The church is open for quiet prayer every day from 9am until dusk.",
            "Thank you to everyone who helped with the churchyard tidy."], 2)))


def car_boot(r):
    return "listing", "Car boot sale: %s\nEvery %s from %s at %s, %s. Sellers from 6.30am, buyers from 8am. Pitches %s per car, %s for vans. %s Refreshments available. %s" % (
        town(r), r.choice(["Sunday", "Saturday"]), r.choice(["Easter to October", "May to September", "the first weekend in April"]),
        r.choice(["the rugby club", "Home Farm", "the school field", "the showground"]), town(r), money(r, 5, 12),
        money(r, 12, 20), r.choice(["No trade sellers.", "Cancelled if the field is waterlogged.", ""]),
        r.choice(["Dogs on leads.", "Proceeds to the village hall fund.", ""]) + " " + r.choice([
            "Please take all unsold items home with you; the field is not a tip.",
            "Toilets are in the clubhouse and there is plenty of parking.",
            "Check our page on the morning of the sale if the weather looks doubtful."]))


def tree_works(r):
    t = town(r)
    return "council notice", "Tree works in %s\nThe council's tree team will be working in %s and around %s during the week beginning %s. Work includes %s. %s Parking may be suspended for short periods. We apologise for any noise." % (
        t, r.choice(["Memorial Park", "the cemetery", "the recreation ground"]), r.choice(STREETS), date(r),
        r.choice(["crown lifting of limes", "removal of two dead ash trees", "pruning of street trees",
                  "replanting with native species"]),
        r.choice(["The work is needed for safety reasons.", "All trees removed will be replaced.", ""]))


def local_history(r):
    t = town(r)
    thing = r.choice(["the corn mill", "the workhouse", "the tannery", "the railway viaduct", "the old grammar school", "the brickworks"])
    y = r.randint(1760, 1910)
    return "encyclopedia", "History of %s: %s\n%s in %s was built in about %d and %s. %s %s" % (
        t, thing, thing[0].upper() + thing[1:], t, y,
        r.choice(["employed much of the village for a century", "closed after a fire", "was converted to flats in the 1980s",
                  "is now a listed building"]),
        r.choice(["Old photographs show horse-drawn carts lined up outside.", "Little of the original structure survives.",
                  "The local history society holds its records."]),
        r.choice(["A blue plaque marks the site.", "", "Guided walks pass the site in summer."]) + " " + " ".join(r.sample([
            "Census returns show that many of the workers came from neighbouring parishes.",
            "A trade directory of the period lists a manager, a clerk and a carter living nearby.",
            "The building appears on the first edition Ordnance Survey map.",
            "Oral history recordings made in the 1970s describe the noise and the smell.",
            "Some of the original machinery was sold for scrap during the Second World War."], 2)))


def recommend_forum(r):
    trade = r.choice(["plumber", "dentist taking NHS patients", "electrician", "window cleaner", "dog groomer", "mechanic"])
    t = town(r)
    return "forum", "Can anyone recommend a %s in %s?\nPosted by %s at %d:%02d\nJust moved to %s and need a reliable %s. %s\nReply from %s: %s is very good, fair prices and turns up when he says.\nReply from %s: Second that." % (
        trade, t, r.choice(HANDLES), r.randint(7, 22), r.randint(0, 59), t, trade,
        r.choice(["Thanks in advance.", "Not bothered about price, just want it done properly.", "Had a bad experience with the last one."]),
        r.choice(HANDLES), name(r), r.choice(HANDLES))


def holiday_cottage(r):
    return "listing", "%s, near %s\nSleeps %d. %s %s Dogs %s. Short breaks from %s, weeks from %s. %s" % (
        r.choice(["Curlew Cottage", "Shepherd's Rest", "The Old Dairy", "Wren Barn", "Tide Cottage"]), town(r),
        r.randint(2, 8), r.choice(["Converted stone barn with a wood burner.", "Cosy cottage on a working farm.",
                                   "Light-filled cottage with a sea view."]),
        r.choice(["Enclosed garden and parking.", "Walks from the door.", "Pub and shop within a mile."]),
        r.choice(["welcome", "not permitted", "by arrangement"]), money(r, 200, 450, 10), money(r, 450, 1200, 10),
        r.choice(["Changeover day Friday.", "Free wifi.", ""]) + " " + " ".join(r.sample([
            "The kitchen is fully equipped, with a dishwasher and a range cooker.",
            "Bed linen and towels are included, and there is a welcome pack on arrival.",
            "The nearest beach is a ten-minute drive.",
            "Sorry, no smoking anywhere on the property.",
            "There is a travel cot and high chair on request.",
            "Guests have use of a boot room for muddy walking gear."], 2)))


def bowls(r):
    sport = r.choice(["Bowls", "Netball", "Table tennis", "Badminton"])
    t1, t2 = r.sample(TOWNS, 2)
    return "sports results", "%s: league round-up\n%s beat %s %d-%d in the top division on %s, with %s outstanding. %s %s" % (
        sport, t1, t2, r.randint(5, 30), r.randint(0, 4), r.choice(DAYS), name(r),
        r.choice(["Elsewhere, the derby was abandoned because of the weather.", "%s remain top of the table." % t1,
                  "%s have now gone six games unbeaten." % t1]),
        r.choice(["New players are welcome at club nights.", "Results compiled by the league secretary.", ""]) + " " + " ".join(r.sample([
            "The cup draw for the next round will be made at the league meeting.",
            "Teams are reminded that results must be phoned through by 10pm on match night.",
            "%s sit bottom after a run of narrow defeats." % town(r),
            "The end-of-season dinner is booked for the Golf Club.",
            "Umpires are still needed for the junior fixtures."], 2)))


def village_entry(r):
    t = town(r)
    return "encyclopedia", "%s\n%s is a village in the %s district, %d miles from the county town. It has a population of about %s. The parish church of St %s dates from the %s century. %s %s" % (
        t, t, r.choice(["Ridley", "Eastmoor", "Calder Vale", "Sandley"]), r.randint(3, 18),
        "{:,}".format(r.randint(3, 40) * 100), r.choice(["Andrew", "James", "Cuthbert", "Michael"]),
        r.choice(["twelfth", "thirteenth", "fifteenth"]),
        r.choice(["The village has a primary school and a pub.", "A weekly bus links it with the market town.",
                  "The former railway station is now a house."]),
        r.choice(["It was mentioned in the Domesday Book.", "Sheep farming remains important.", ""]))


def charity_cheque(r):
    return "news", "Cheque handed over to %s\nMembers of %s have presented a cheque for %s to %s after a year of fundraising. Events included %s. %s said: '%s'" % (
        r.choice(["air ambulance", "the hospice", "the food bank", "the children's ward"]),
        r.choice(["%s Rotary Club" % town(r), "%s Women's Institute" % town(r), "the Feathers darts team", "%s Young Farmers" % town(r)]),
        money(r, 500, 8000, 10), r.choice(["the air ambulance", "the hospice", "the food bank", "the children's ward"]),
        r.choice(["a sponsored walk and a quiz", "a charity ball", "a tractor run", "bake sales"]), name(r),
        r.choice(["We are overwhelmed by people's generosity.", "Every penny will make a difference.", "Thank you to everyone who helped."]) + " " + r.choice([
            "The group has raised more than ten thousand pounds over the past decade.", "Next year's fundraising starts with a barn dance in the spring.",
            "A new charity of the year will be chosen at the annual meeting."]))


GENERATORS = [recipe, garden, lost_pet, for_sale, job_ad, weather, library, book_club, fitness, diy_forum,
              product_review, walk_blog, school_trip, road_closure, bin_change, craft_group, cafe_review,
              bnb_review, podcast, product_page, pet_adoption, quiz_results, wildlife, obituary,
              residents_minutes, tech_qa, school_bits, press_release, minibus, cricket, chess, announcements,
              planning, church, car_boot, tree_works, local_history, recommend_forum, holiday_cottage, bowls,
              village_entry, charity_cheque]


# Generic local items for digests (never about topic entities).
DIGEST_ITEMS = [
    "Roadworks on Station Road in Pellingford will continue until the end of the month.",
    "The Winterbeck farmers' market moves indoors for the winter.",
    "Lowmoor library has extended its Saturday opening hours.",
    "A new zebra crossing has been installed outside Greyhithe Primary School.",
    "Copperthwaite Scouts are collecting Christmas trees for recycling in January.",
    "The Maudlin Cross post office is moving into the Spar shop.",
    "Quillford Rotary's duck race raised money for the air ambulance.",
    "Volunteers cleared two tonnes of litter from the riverbank at Standish Dene.",
    "The Rookby Arms has reopened under new landlords.",
    "Thornwick's new skate park opens on Saturday.",
    "Ashmoor Women's Institute celebrates its centenary with an afternoon tea.",
    "A petition to save the bus shelter in Hadley Cope has passed 500 signatures.",
    "The Kirkby Wold beer festival returns to the village hall.",
    "Overbeck's community orchard needs help with pruning.",
    "Hawkridge Cricket Club is looking for a new groundsman.",
    "Selby Moor Men's Shed has built benches for the churchyard.",
    "A blood donor session will be held at Frayling leisure centre.",
    "Dunnock Green residents are invited to a meeting about speeding traffic.",
    "The county council has launched a survey on rural broadband.",
    "Free flu jabs are available at pharmacies across the district.",
    "A lost property office has opened at the main bus station.",
    "The district's repair cafe meets on the first Saturday of the month.",
    "Scam warning: residents have received fake parking fine texts.",
    "The annual tractor run will pass through six villages.",
    "Nominations are open for the community volunteer awards.",
]
