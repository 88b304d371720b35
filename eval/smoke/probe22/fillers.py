"""Template generators for digest and filler passages (probe22).

All names and places are invented. Generators take a random.Random
instance and return (genre, text) where the first line of text is a title.
"""

import datetime

TOWNS = [
    "Ardmoor", "Brennock", "Fennick", "Lisketh", "Tolland", "Pellow", "Olsby", "Marrick Bay",
    "Penlow", "Hallowmere", "Mossbeck", "Port Orrery", "Wrenfield", "Coldby", "Halse", "Tarrow",
    "Harwick Magna", "Little Harwick", "Wexcombe", "Meresby", "Greywell", "Fenwold", "Rundell",
    "Lindon", "Dunholt", "Ostwick", "Coldside", "Astley", "Kelbeck", "Dunmere", "Ashcombe St Mary",
]

STREETS = [
    "Mill Lane", "Church Street", "Station Road", "High Street", "Quarry Road", "Chapel Row",
    "Bridge Street", "Market Square", "Orchard Close", "Ropewalk", "Tanners Yard", "Castle Hill",
    "Sandpit Lane", "Fore Street", "North Quay", "Well Lane", "Priory Road", "Nettle Bank",
    "Saltings Way", "Weavers Court", "Kiln Lane", "Barrow Hill", "Foundry Street", "Mere Road",
]

FIRST = [
    "Alys", "Bram", "Cerys", "Dorian", "Edda", "Fenn", "Greta", "Hal", "Isla", "Jago", "Kit",
    "Linnea", "Milo", "Nesta", "Oren", "Pippa", "Quentin", "Rosa", "Silas", "Tamsin", "Ulric",
    "Vida", "Wilf", "Xanthe", "Yorick", "Zelda", "Ambrose", "Bettina", "Cosmo", "Delia", "Ezra",
    "Flora", "Gideon", "Hattie", "Ivo", "Jude", "Keziah", "Lorcan", "Maud", "Niall", "Odette",
    "Piers", "Rhiannon", "Seren", "Tobias", "Una", "Vaughan", "Winnie",
]

LAST = [
    "Applegarth", "Bracewell", "Cawthorne", "Daintree", "Elwes", "Fothergill", "Gaskin",
    "Hesketh", "Illingworth", "Jessop", "Kirkbride", "Lowther", "Mellor", "Nuttall", "Ogden",
    "Pickersgill", "Quarrie", "Ramsbottom", "Sowerby", "Thwaite", "Ullathorne", "Varley",
    "Wainwright", "Yeadon", "Ackroyd", "Birtwistle", "Crabtree", "Dyson", "Entwistle", "Firth",
    "Greenhalgh", "Haworth", "Ibbotson", "Jowett", "Kershaw", "Lumb", "Midgley", "Normington",
    "Oldroyd", "Priestley", "Rushworth", "Sutcliffe", "Tattersall", "Uttley", "Whiteley",
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SITES = ["Valley Courier", "County Echo", "Weekly Mercury", "Local Voice", "Evening Herald",
         "Community News", "The Gazette", "Dale Times", "Coast & Country", "Parish Pump"]


def name(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def pick_date(r, y0=2019, y1=2024):
    d = datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))
    return d


def fmt_date(d, weekday=False):
    s = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if weekday:
        s = f"{WEEKDAYS[d.weekday()]} {s}"
    return s


def money(r, lo, hi, step=5):
    v = r.randrange(lo, hi, step)
    return f"£{v:,}"


def clock(r, lo=7, hi=21):
    h = r.randint(lo, hi)
    m = r.choice(["", ".15", ".30", ".45"])
    suffix = "am" if h < 12 else "pm"
    h12 = h if h <= 12 else h - 12
    return f"{h12}{m}{suffix}"


# ---------------------------------------------------------------- fillers

def f_road_closure(r):
    town, st, st2 = r.choice(TOWNS), r.choice(STREETS), r.choice(STREETS)
    d = pick_date(r)
    works = r.choice(["resurfacing", "gas main replacement", "drainage repairs", "bridge inspection",
                      "a new pedestrian crossing", "water pipe renewal", "kerb replacement"])
    weeks = r.randint(1, 6)
    title = r.choice([f"Road closure: {st}, {town}", f"{st} in {town} to close for {works}",
                      f"Temporary traffic order - {st}, {town}"])
    body = (f"{st} in {town} will be closed to through traffic from {fmt_date(d, True)} for about "
            f"{weeks} week{'s' if weeks > 1 else ''} while contractors carry out {works}. ")
    body += r.choice([
        f"A signed diversion will be in place via {st2}. ",
        f"Drivers are advised to use {st2} instead and to allow extra time. ",
        f"Diversion signs will direct traffic along {st2} and back onto the main road. ",
    ])
    body += r.choice([
        "Access will be maintained for residents, deliveries and emergency vehicles. ",
        "Pedestrian access to homes and shops will remain open at all times. ",
        "Businesses on the street will stay open as normal. ",
    ])
    body += r.choice([
        "Bus stops on the affected section will be suspended and temporary stops provided.",
        "Work will take place between 8am and 5pm on weekdays only.",
        "The highways team apologises for any inconvenience and thanks people for their patience.",
        "Overnight working may be needed on two nights; residents will be notified by letter.",
    ])
    return "notice", f"{title}\n{body}"


def f_planning(r):
    town, st = r.choice(TOWNS), r.choice(STREETS)
    ref = f"{r.randint(19, 24)}/{r.randint(100, 2999):04d}/{r.choice(['FUL', 'HH', 'LBC', 'OUT'])}"
    desc = r.choice([
        "Single-storey rear extension and replacement garage",
        "Change of use from shop to café with outdoor seating",
        "Erection of two detached dwellings with parking",
        "Replacement windows to a listed cottage",
        "Conversion of agricultural barn to holiday let",
        "Installation of solar panels on a south-facing roof",
        "Demolition of outbuilding and erection of a workshop",
        "Loft conversion with two dormer windows",
    ])
    d = pick_date(r)
    text = (f"Planning application {ref}: {desc.lower()}, {r.randint(1, 120)} {st}, {town}\n"
            f"Applicant: {name(r)}\nProposal: {desc}.\n"
            f"Consultation period ends: {fmt_date(d)}.\n\n")
    text += r.choice([
        "Comments can be made online or in writing to the planning department, quoting the reference above. ",
        "Anyone wishing to comment should do so before the end of the consultation period. ",
        "Plans can be viewed at the council offices during opening hours or on the planning portal. ",
    ])
    text += r.choice([
        "The parish council will consider the application at its next meeting.",
        "Comments received will be published and cannot be treated as confidential.",
        "A site notice has been displayed near the property.",
        "Neighbours have been notified by letter.",
    ])
    return "official notice", text


def f_lost_pet(r):
    animal = r.choice(["cat", "dog", "tortoise", "parrot", "rabbit", "spaniel", "lurcher"])
    colour = r.choice(["black", "ginger", "tabby", "grey and white", "brown", "black and tan", "cream"])
    town, st = r.choice(TOWNS), r.choice(STREETS)
    pet = r.choice(["Biscuit", "Pepper", "Moss", "Juniper", "Sprout", "Nutmeg", "Wellington", "Dot", "Bramble"])
    user = r.choice(["worried_owner", "petlover", "local_mum", "catlady", "dogwalker", "neighbourhood_watch"])
    text = (f"LOST: {colour} {animal} near {st}, {town}\nPosted by {user}{r.randint(1, 99)}\n\n"
            f"Our {animal} {pet} has been missing since {r.choice(WEEKDAYS)} evening. ")
    text += r.choice([
        f"{pet} is microchipped and very friendly but nervous of traffic. ",
        f"{pet} is wearing a red collar with a bell. ",
        f"{pet} is elderly and needs medication, so we are very keen to find them. ",
    ])
    text += r.choice([
        "Please could people check sheds and garages? ",
        "Any sightings, however small, would be really appreciated. ",
        "We have put posters up around the shops and the school. ",
    ])
    text += r.choice([
        f"\n\nReply from {r.choice(FIRST).lower()}_{r.randint(10, 99)}: Shared. I'll keep an eye out on my walk tomorrow.",
        f"\n\nReply from {r.choice(FIRST).lower()}{r.randint(1, 9)}: Possibly saw something similar by the allotments this morning - have messaged you.",
        "\n\nUPDATE: Found safe and well in a neighbour's greenhouse! Thank you all.",
        "\n\nReply from admin: Please also report to the vets in town, they keep a list.",
    ])
    return "forum post", text


def f_club_notice(r):
    town = r.choice(TOWNS)
    soc = r.choice(["Gardening Club", "Photographic Society", "Local History Group", "Walking Group",
                    "Camera Club", "Women's Institute", "Beekeepers' Association", "Film Society",
                    "Model Railway Club", "Wildlife Group"])
    topic = r.choice([
        "the lost railways of the county", "growing vegetables in small spaces", "bees through the year",
        "old shop fronts and how to read them", "night photography for beginners",
        "the history of the village school", "hedgerows and what lives in them",
        "a year with a narrowboat", "restoring a 1950s radio", "wild flowers of the coast",
    ])
    d = pick_date(r)
    text = (f"{town} {soc} - {MONTHS[d.month - 1]} meeting\n"
            f"Our next meeting is on {fmt_date(d, True)} at {clock(r, 18, 20)} in the "
            f"{r.choice(['village hall', 'church rooms', 'library meeting room', 'scout hut', 'Methodist hall'])}. "
            f"{name(r)} will talk about {topic}.\n\n")
    text += r.choice([
        f"Visitors are welcome ({money(r, 2, 6, 1)} on the door, including tea and biscuits). ",
        "Members free, visitors by donation. Refreshments afterwards. ",
        "New members are always welcome - just come along. ",
    ])
    text += r.choice([
        "Please note the change of room this month.",
        "The summer outing list is on the noticeboard; please sign up by the end of the month.",
        "Subscriptions for the new year can be paid at the meeting.",
        f"Any questions, contact our secretary, {name(r)}.",
    ])
    return "club notice", text


def f_recipe(r):
    dish = r.choice([
        ("Leek and potato soup", ["3 leeks", "2 large potatoes", "1 onion", "1 litre of stock", "a knob of butter"]),
        ("Cheese scones", ["225g self-raising flour", "55g butter", "100g strong cheese", "150ml milk", "a pinch of mustard powder"]),
        ("Apple and blackberry crumble", ["4 cooking apples", "200g blackberries", "150g flour", "100g butter", "75g sugar"]),
        ("Lentil and tomato stew", ["250g red lentils", "a tin of tomatoes", "2 carrots", "1 onion", "cumin and paprika"]),
        ("Simple soda bread", ["500g plain flour", "1 tsp bicarbonate of soda", "1 tsp salt", "400ml buttermilk"]),
        ("Flapjacks", ["250g oats", "125g butter", "125g brown sugar", "3 tbsp golden syrup"]),
        ("Fish pie", ["400g mixed fish", "600g potatoes", "500ml milk", "a handful of parsley", "2 eggs"]),
    ])
    title, ing = dish
    blogger = r.choice(["The Thrifty Kitchen", "Pans & Pantries", "Supper at Six", "A Cook in the Dales", "Crumbs & Co"])
    suffix = r.choice(["(the easy way)", "for a cold evening", "- my go-to version", "that never fails",
                       "on a budget", "for beginners"])
    text = (f"{title} {suffix}\n{blogger} | {r.choice(['Recipes', 'Weeknight food', 'Baking'])}\n\n"
            + r.choice([
                "This is the one I make when the cupboards are nearly bare.",
                "A reader asked for this after I mentioned it last week, so here it is.",
                "My grandmother made this every Sunday and I have barely changed it.",
            ])
            + "\n\nYou will need:\n" + "\n".join(f"- {i}" for i in ing) + "\n\n")
    text += r.choice([
        "Prepare everything first, then cook gently - there is no need to rush. ",
        "Heat the oven to 200C (180C fan) before you start. ",
        "Soften the vegetables slowly in a heavy pan with the lid on. ",
    ])
    text += r.choice([
        "Season well, taste, and adjust at the end. ",
        "Leave to rest for ten minutes before serving. ",
        "It freezes well for up to three months. ",
    ])
    text += r.choice(["Serves four.", "Makes about twelve.", "Serves four generously, or six with bread."])
    return "blog post", text


def f_weather(r):
    town = r.choice(TOWNS)
    day = r.choice(WEEKDAYS)
    hi, lo = r.randint(3, 26), r.randint(-3, 12)
    if lo >= hi:
        lo = hi - 4
    summ = r.choice(["bright spells and scattered showers", "cloudy with outbreaks of drizzle",
                     "dry and sunny", "windy with heavy showers", "fog clearing to sunshine",
                     "a cold, frosty start then sunny", "mild and damp"])
    text = (f"{town} weather for {day}: {summ}\n"
            f"Today will be {summ}, with a top temperature of {hi}C. ")
    text += r.choice([
        f"Winds {r.choice(['light', 'moderate', 'fresh', 'strong at times'])} from the {r.choice(['west', 'south-west', 'north', 'east'])}. ",
        "Winds will ease through the afternoon. ",
        "Breezy on the coast, calmer inland. ",
    ])
    text += r.choice([
        "Any early mist will lift by mid-morning. ",
        "Showers will be most frequent near the hills, with longer dry spells further east. ",
        "It will feel cooler than recent days in the breeze. ",
        "Sunshine will be hazy at times through the afternoon. ",
    ])
    text += f"Tonight, a minimum of {lo}C. "
    text += r.choice([
        "Cloud will thicken towards dawn. ",
        "Clear spells will allow a touch of frost in sheltered spots. ",
        "Showers will die out after dark. ",
    ])
    text += r.choice([
        "The outlook for the weekend is more settled.",
        "Further rain is likely later in the week.",
        "Pollen levels will be moderate.",
        "UV levels will be low.",
        "Watch out for ice on untreated roads early tomorrow.",
    ])
    return "weather", text


def f_bins(r):
    town = r.choice(TOWNS)
    hol = r.choice(["Christmas", "Easter", "late May bank holiday", "summer bank holiday"])
    text = (f"Bin collections over the {hol} period: your questions answered\n"
            f"{town} district council | Waste and recycling\n\n"
            f"Will my bins be collected as normal over {hol}?\n")
    text += r.choice([
        "Collections will be one day later than usual for the whole week after the bank holiday.\n\n",
        "Most collections will run as normal; check the online calendar for your street.\n\n",
        "Collections due on the bank holiday will take place on the following Saturday.\n\n",
    ])
    text += "What about garden waste?\n"
    text += r.choice([
        "Garden waste collections are suspended for one week.\n\n",
        "Garden waste will be collected as normal.\n\n",
        "The garden waste service takes a winter break; it restarts in March.\n\n",
    ])
    text += "Can I put out extra recycling?\n"
    text += r.choice([
        "Yes - put extra cardboard, flattened, next to your recycling bin.",
        "Please put extra recycling in a clear bag next to your box.",
        "Extra glass can be taken to the bottle bank at the recycling centre.",
    ])
    return "FAQ", text


def f_library(r):
    town = r.choice(TOWNS)
    m = r.choice(MONTHS)
    events = r.sample([
        "Rhyme time for under-fives, Mondays 10am",
        "Knit and natter, Tuesdays 2pm",
        "Family history drop-in with volunteer helpers",
        "Lego club for ages 6-11, Saturdays 11am",
        "Computer help sessions - book in advance",
        "Reading group: this month's book is a short crime novel",
        "Author talk and book signing",
        "Board games afternoon, all ages welcome",
        "Job club: help with CVs and applications",
        "Chess for beginners",
    ], 4)
    text = (f"What's on at {town} Library in {m}\n"
            + r.choice(["All events are free unless stated.", "Most events are free; some need booking.",
                        "Drop in - no need to book unless stated."])
            + "\n\n" + "\n".join(f"- {e}" for e in events) + "\n\n")
    text += r.choice([
        "The library will be closed on the bank holiday Monday.",
        "The library is open late on Thursdays until 7pm.",
        "Don't forget you can renew books online or by phone.",
        "The accessible entrance is at the side of the building.",
    ])
    return "event listing", text


def f_death_notice(r):
    f, ln = r.choice(FIRST), r.choice(LAST)
    d = pick_date(r)
    town = r.choice(TOWNS)
    age = r.randint(67, 99)
    text = (f"{ln.upper()}, {f}\nDeath notice\n\n"
            f"Peacefully {r.choice(['at home', 'in hospital', 'at a care home', 'surrounded by family'])} in {town} on "
            f"{fmt_date(d)}, aged {age}. ")
    text += r.choice([
        f"Beloved {r.choice(['wife', 'husband'])} of the late {r.choice(FIRST)}, much-loved parent and grandparent. ",
        f"Dear sibling of {r.choice(FIRST)} and {r.choice(FIRST)}, and a friend to many. ",
        "Former teacher, keen gardener and long-time member of the choir. ",
    ])
    text += r.choice([
        f"Funeral service at {r.choice(['St Wenna', 'St Mary', 'St Aidan', 'Holy Trinity'])}'s Church, {town}, followed by private committal. ",
        "Family flowers only; donations if desired to the local hospice. ",
        "A celebration of life will be held at a later date. ",
    ])
    text += r.choice(["All enquiries to the funeral directors.", "Bright colours welcome.", "No black ties, please."])
    return "death notice", text


def f_term_dates(r):
    town = r.choice(TOWNS)
    y = r.randint(2019, 2024)
    text = (f"School term dates {y}/{str(y + 1)[2:]}: frequently asked questions\n"
            f"Schools in the {town} area\n\n"
            "When does the autumn term start?\n")
    text += r.choice(["In the first week of September; check with your school for INSET days.\n\n",
                      "Most schools return on the first Wednesday in September.\n\n"])
    text += "How long is half term?\n"
    text += r.choice(["One week in late October and one week in mid-February.\n\n",
                      "A week in each term, usually at the midpoint.\n\n"])
    text += "Can academies set different dates?\n"
    text += r.choice([
        "Yes. Academies and free schools can set their own dates, so please check directly.",
        "Yes, and some do, so families with children at more than one school should check carefully.",
    ])
    return "FAQ", text


def f_product_review(r):
    prod = r.choice(["cordless kettle", "walking boots", "bread maker", "folding bike", "head torch",
                     "garden shredder", "waterproof jacket", "slow cooker", "radio alarm clock", "camping stove"])
    brand = r.choice(["Hearthmate", "Tallyho", "Brookfield", "Crestline", "Nordby", "Wayfarer", "Kilnworth"])
    stars = r.randint(2, 5)
    text = (f"{brand} {prod} review\n{r.choice(['Rating', 'Our verdict', 'Score'])}: {stars}/5\n\n")
    text += r.choice([
        f"I bought the {brand} {prod} after my old one gave up, and I've now used it for about three months. ",
        f"We tested the {brand} {prod} over a wet autumn. ",
        f"The {brand} {prod} costs {money(r, 25, 180, 5)} and promises a lot for the money. ",
    ])
    text += r.choice([
        "Build quality is better than expected, though the instructions are poor. ",
        "It does the basics well but feels a little flimsy in places. ",
        "It is heavier than rivals, which you will notice if you carry it far. ",
    ])
    text += r.choice([
        "Good value, and I would buy it again.",
        "Fine if you see it on offer; otherwise look elsewhere.",
        "Recommended, with small reservations.",
        "Not for me, but it might suit occasional users.",
    ])
    return "review", text


def f_job(r):
    role = r.choice(["Part-time library assistant", "Grounds maintenance operative", "Care assistant (nights)",
                     "Kitchen porter", "Trainee boat builder", "Parish clerk", "Receptionist", "Delivery driver",
                     "Volunteer coordinator", "Apprentice electrician"])
    org = r.choice(["District Council", "Community Trust", "Harbour Trust", "Leisure Centre", "Family Bakery",
                    "Medical Centre", "Garden Centre", "Boatyard", "Care Home"])
    town = r.choice(TOWNS)
    hours = r.choice(["16 hours a week", "full time, 37.5 hours", "20 hours over four days", "flexible hours"])
    text = (f"Vacancy: {role}, {town} {org}\n"
            f"Hours: {hours}. Salary: {money(r, 11, 30, 1)},{r.choice(['000', '500'])} pro rata.\n\n")
    text += r.choice([
        "We are looking for a reliable, friendly person to join our small team. ",
        "This is a varied role in a busy, supportive workplace. ",
        "No experience is needed as full training will be given. ",
    ])
    text += r.choice([
        "You will need good communication skills and a willingness to learn. ",
        "A full driving licence is essential. ",
        "Some weekend work will be required on a rota. ",
    ])
    d = pick_date(r)
    text += f"Closing date: {fmt_date(d)}. To apply, send a CV and covering letter to the manager."
    return "job advert", text


def f_property(r):
    beds = r.randint(1, 5)
    kind = r.choice(["terraced cottage", "semi-detached house", "detached bungalow", "first-floor flat",
                     "converted chapel", "end-of-terrace house", "barn conversion"])
    town, st = r.choice(TOWNS), r.choice(STREETS)
    price = f"£{r.randrange(95, 690, 5)},000"
    text = (f"{beds}-bedroom {kind} for sale, {st}, {town}\nGuide price {price}\n\n")
    text += r.choice([
        f"A well-presented {kind} within easy walking distance of the shops and station. ",
        f"An opportunity to buy a {kind} in need of some modernisation. ",
        f"A bright and spacious {kind} with views across the valley. ",
    ])
    text += r.choice([
        "Accommodation comprises an entrance hall, sitting room with wood-burner, kitchen-diner and bathroom. ",
        "The ground floor has an open-plan living space opening onto a south-facing garden. ",
        "There is off-road parking for two cars and a useful outbuilding. ",
    ])
    text += r.choice([
        "Upstairs there are the bedrooms and a shower room, with storage on the landing. ",
        "The principal bedroom has fitted wardrobes and a view over the garden. ",
        "The property has been rewired and has a new boiler. ",
    ])
    text += r.choice([
        "The garden is mainly laid to lawn with a patio and a timber shed. ",
        "Outside there is a small courtyard garden with space for pots. ",
        "A gate at the bottom of the garden opens onto a footpath. ",
    ])
    text += r.choice(["No onward chain.", "Viewing strictly by appointment.", "EPC rating D.", "Freehold."])
    return "property listing", text


def f_classified(r):
    town = r.choice(TOWNS)
    items = r.sample([
        "Child's bike, 20-inch wheels, good condition", "Oak dining table and four chairs",
        "Bag of kindling, free to collector", "Chest freezer, working", "Sewing machine with case",
        "Garden bench needing a coat of paint", "Box of jigsaws, all complete", "Pair of wellies, size 9",
        "Double buggy", "Set of saucepans", "Rowing machine, folds flat", "Electric lawnmower",
    ], 3)
    text = f"For sale and wanted - {town} and district\nClassified adverts\n\n"
    for it in items:
        text += f"- {it}. {r.choice(['Offers', 'Collection only', 'Can deliver locally', 'Cash on collection'])}. Call {r.choice(FIRST)}.\n"
    text += "\n" + r.choice([
        "Adverts are free for items under £50.",
        "Please mention this page when responding.",
        "Wanted: allotment space or a garden to share - please get in touch.",
    ])
    return "classified ads", text


def f_minutes(r):
    town = r.choice(TOWNS)
    body = r.choice(["Allotment Association", "Village Hall Committee", "Residents' Association",
                     "Playing Fields Trust", "Community Orchard Group", "Churchyard Working Party"])
    d = pick_date(r)
    text = (f"{town} {body} - minutes of committee meeting, {fmt_date(d)}\n"
            f"Present: {name(r)} (chair), {name(r)}, {name(r)}, {name(r)}.\n\n")
    items = r.sample([
        "Treasurer reported a healthy balance; accounts to be examined before the AGM.",
        "Water troughs to be checked before the frosts.",
        "Agreed to buy a new padlock for the main gate.",
        "The spring work party will meet at 10am on the first Saturday of the month.",
        "Complaints about parking on the verge to be raised with the district council.",
        "Insurance renewal quotes to be obtained.",
        "A thank-you card to be sent to the retiring caretaker.",
        "Hedge cutting to be booked for late winter, outside the nesting season.",
        "The noticeboard needs repainting; volunteers sought.",
    ], 4)
    for i, it in enumerate(items, 1):
        text += f"{i}. {it}\n"
    text += f"\nDate of next meeting: to be confirmed. Meeting closed at {clock(r, 20, 21)}."
    return "minutes", text


def f_coffee_morning(r):
    town = r.choice(TOWNS)
    cause = r.choice(["the village hall roof", "the hospice", "the school library", "the lifeboat station",
                      "a defibrillator for the pub", "the church organ fund", "the food bank"])
    amount = money(r, 120, 2500, 1)
    text = (f"Coffee morning raises {amount} for {cause}\n"
            f"{town} news\n\n"
            f"A coffee morning held in {town} on {r.choice(WEEKDAYS)} raised {amount} for {cause}. ")
    text += r.choice([
        "Around eighty people came through the doors, many staying for a second slice of cake. ",
        "The raffle alone raised more than a third of the total. ",
        "A bric-a-brac stall and a tombola added to the takings. ",
    ])
    text += f"Organiser {name(r)} " + r.choice([
        "thanked everyone who baked, served and washed up.",
        "said the support had been \"overwhelming\".",
        "said another event is planned for the autumn.",
    ])
    return "local news", text


def f_league_results(r):
    sport = r.choice(["darts", "bowls", "quiz", "pool", "skittles", "table tennis"])
    town = r.choice(TOWNS)
    teams = r.sample(["Red Lion A", "Red Lion B", "Plough", "Railway Tavern", "Crown", "Ship Inn",
                      "Social Club", "Anchor", "Bell", "Wheatsheaf", "Fox & Hounds", "Cricketers"], 8)
    scores = ["5-4", "6-2", "4-4", "7-1", "2-6", "4-5", "5-2", "8-0", "6-3"]
    week = r.randint(2, 22)
    text = f"{town} and District {sport.title()} League - week {week} results\n\n"
    for i in range(0, 8, 2):
        text += f"{teams[i]} {r.choice(scores)} {teams[i + 1]}\n"
    text += "\n" + r.choice([
        f"Match of the week was at the {teams[2]}, where the home side came back from a poor start to take the points.",
        f"The {teams[4]} were short of players again and had to borrow a reserve from the B team.",
        f"A close one at the {teams[6]}, decided by the very last game of the night.",
        "Several fixtures were rearranged because of the bank holiday; please check the revised list on the website.",
    ]) + "\n"
    text += "\n" + r.choice([
        f"{teams[0]} stay top on goal difference. Next week is a cup week.",
        "Results must be phoned in to the league secretary by Thursday.",
        f"Congratulations to {name(r)} on the highest individual score of the season so far.",
        "The league presentation night will be held at the social club in May.",
    ])
    return "results list", text


def f_tech_tip(r):
    task = r.choice([
        ("back up your phone photos", "Set automatic backups to run overnight when the phone is charging."),
        ("spot a phishing email", "Check the sender's address carefully and never click links asking you to log in."),
        ("speed up an old laptop", "Uninstall programs you no longer use and stop apps opening at start-up."),
        ("make a strong password", "Use three random words and add a number or symbol."),
        ("share a large file", "Use a file-sharing link instead of attaching the file to an email."),
        ("keep your router secure", "Change the default admin password and keep the firmware up to date."),
    ])
    lead = r.choice(["How to", "Quick tip: how to", "Ask the expert: how do I", "Back to basics: how to"])
    text = (f"{lead} {task[0]}\nTech help for beginners | {r.choice(['Digital drop-in', 'Computer club notes', 'Library tech tips'])}\n\n"
            + r.choice([
                "This question comes up at almost every drop-in session, so here is our short answer. ",
                "A reader asked us about this last week. ",
            ]) + task[1] + " "
            + r.choice([
                "If you are unsure, ask someone you trust before changing settings. ",
                "It only takes a few minutes and can save a lot of trouble later. ",
            ])
            + r.choice([
                f"Our free help sessions run every {r.choice(WEEKDAYS)} at {r.choice(TOWNS)} library.",
                "Bring your device and a charger if you would like help in person.",
            ]))
    return "blog post", text


def f_bus(r):
    svc = r.randint(2, 99)
    t1, t2 = r.sample(TOWNS, 2)
    d = pick_date(r)
    text = (f"Service {svc} {t1} - {t2}: timetable changes from {fmt_date(d)}\n"
            f"Travel update\n\n"
            f"From {fmt_date(d, True)}, service {svc} between {t1} and {t2} will ")
    text += r.choice([
        "run every 90 minutes instead of hourly in the evenings. ",
        "no longer serve the hospital stop on Sundays. ",
        "start twenty minutes earlier on weekdays to connect with trains. ",
        "gain an extra journey on Saturday mornings. ",
    ])
    text += r.choice([
        "The operator says the changes follow a review of passenger numbers. ",
        "The changes are funded by the county council for a trial period. ",
        "Concessionary passes remain valid at all times. ",
    ])
    text += "New timetables are available on the bus and at the library."
    return "notice", text


def f_hall_hire(r):
    town = r.choice(TOWNS)
    text = (f"{town} Village Hall - hire FAQ\n\n"
            f"How much does it cost to hire the hall?\nThe main hall is {money(r, 10, 35, 1)} an hour for local groups "
            f"and {money(r, 20, 60, 1)} an hour for private parties.\n\n"
            "Is there a kitchen?\n")
    text += r.choice([
        "Yes, with an oven, fridge, urn and crockery for 80.\n\n",
        "Yes, a small kitchen with a hob, microwave and dishwasher.\n\n",
    ])
    text += "Can we play music?\n"
    text += r.choice([
        f"Yes, until {clock(r, 21, 22)}. Please keep doors closed to avoid disturbing neighbours.",
        "Amplified music is allowed until 11pm at weekends only.",
        "Yes, but there is a sound limiter in the main hall.",
    ])
    return "FAQ", text


def f_market(r):
    town = r.choice(TOWNS)
    m = r.choice(MONTHS)
    stalls = r.sample(["organic vegetables", "goat's cheese", "sourdough bread", "local honey", "free-range eggs",
                       "cider and apple juice", "hand-made soap", "rare-breed pork", "cut flowers", "hot pies",
                       "smoked fish", "plants and seedlings"], 5)
    text = (f"{town} farmers' market - {m}\n"
            f"{r.choice(['Second Saturday', 'First Sunday', 'Last Friday'])} of the month, 9am to 1pm, "
            f"{r.choice(['Market Square', 'the school playground', 'the cattle market car park', 'the town hall'])}\n\n"
            "This month you will find stalls selling " + ", ".join(stalls[:-1]) + f" and {stalls[-1]}. ")
    text += r.choice([
        "Bring your own bags. ",
        "Card payments are accepted by most stalls. ",
        "Dogs on short leads welcome. ",
    ])
    text += r.choice(["New stallholders welcome - contact the market manager.",
                      "There will be live music from a local folk duo.",
                      "Free parking after 10am."])
    return "event listing", text


def f_walk(r):
    t1, t2 = r.sample(TOWNS, 2)
    feat = r.choice(["the old railway line", "the river path", "the ridge", "the coast path", "the reservoir",
                     "the packhorse bridge", "the ruined priory"])
    km = r.choice(["6 km", "8.5 km", "11 km", "5 km", "13 km", "9 km"])
    text = (f"Walk: {t1} to {t2} via {feat}\nDistance: {km} | Grade: {r.choice(['easy', 'moderate', 'strenuous'])}\n\n"
            f"Start from the car park in {t1} and follow signs for {feat}. ")
    text += r.choice([
        "The path climbs gently through woodland before opening onto pasture. ",
        "After the second stile, keep the hedge on your left. ",
        "The first section can be muddy after rain, so wear boots. ",
    ])
    text += f"Drop down into {t2}, where there is a pub and a bus stop for the return journey. "
    text += r.choice(["Dogs must be on leads near livestock.", "Allow three hours including stops.",
                      "Not suitable for pushchairs."])
    return "walk guide", text


def f_health(r):
    topic = r.choice([
        ("Hay fever season: advice from your pharmacist", "Antihistamines work best taken before symptoms start."),
        ("Flu jabs: who can get one this winter", "People over 65, pregnant women and those with some health conditions are eligible."),
        ("Keeping warm and well in cold weather", "Heat the rooms you use most to at least 18C if you can."),
        ("Sun safety for outdoor workers", "Cover up, use sunscreen of at least SPF 30 and take breaks in the shade."),
        ("Looking after your feet", "Check your feet daily if you have diabetes and see a professional about any sores."),
    ])
    town = r.choice(TOWNS)
    text = f"{topic[0]} - {town} health centre\nHealth information\n\n{topic[1]} "
    text += r.choice([
        "Your local pharmacist can give advice without an appointment. ",
        "Ask at reception if you are not sure whether this applies to you. ",
    ])
    text += r.choice([
        "In an emergency, always call the emergency number.",
        "Leaflets in large print are available on request.",
        "This information is general and does not replace advice from a clinician.",
    ])
    return "health information", text


def f_correction(r):
    d = pick_date(r)
    town = r.choice(TOWNS)
    text = (f"Correction and clarification\nPublished {fmt_date(d)}\n\n")
    text += r.choice([
        f"An article last week about the {town} allotment open day gave the wrong start time. The event begins at "
        f"{r.choice(['10am', '10.30am', '11am'])}, not {r.choice(['noon', '1pm', '2pm'])}. ",
        f"In a report on the {town} scout hut appeal we misspelled the name of the treasurer, {name(r)}. ",
        f"A photo caption in our {town} pages wrongly described a group of bell-ringers as choir members. ",
        f"Our listings gave the wrong venue for the {town} book sale, which will be held in the church rooms. ",
    ])
    text += "We apologise for the error."
    return "correction", text


def f_letter(r):
    town = r.choice(TOWNS)
    gripe = r.choice([
        ("Potholes on the back road", "the potholes on the lane out of the village are now so deep that cyclists are riding in the middle of the road"),
        ("Dog mess on the playing field", "the playing field is once again a minefield, despite the new bins"),
        ("Thank you to the bus driver", "a driver on the early bus waited for my elderly mother when she was running late"),
        ("Parking near the school", "parents are parking across driveways at pick-up time"),
        ("Save our post office", "losing the post office counter would leave many older residents with a long bus ride"),
        ("Street lights left on", "the street lights on the industrial estate stay on all night while our estate is dark"),
    ])
    text = (f"Letter: {gripe[0]} ({town})\nLetters to the editor\n\n"
            f"Sir - I wish to point out that {gripe[1]}. ")
    text += r.choice([
        "I have written to the council twice without a reply. ",
        "Surely something can be done before someone is hurt. ",
        "I would be interested to know whether other readers feel the same. ",
        "It restored my faith in people. ",
    ])
    text += f"\n\n{name(r)}, {town}"
    return "letter", text


def f_volunteer(r):
    town = r.choice(TOWNS)
    role = r.choice(["drivers for the community car scheme", "stewards for the summer fete",
                     "readers to help in primary schools", "litter pickers", "café helpers at the hospice shop",
                     "guides for the museum", "befrienders for older people", "marshals for a fun run"])
    text = (f"Volunteers wanted in {town}: {role}\n{town} volunteer centre\n\n"
            f"We are looking for {role}. " + r.choice([
            "Demand has grown over the past year and our existing team is stretched. ",
            "Several of our long-standing volunteers have recently retired after many years. ",
            "We want to expand what we offer, and we cannot do it without more help. ",
        ]) + r.choice([
            "Volunteering is a good way to meet people, learn new skills and give something back. ",
            "Many of our volunteers say it is the best part of their week. ",
            "You can choose times that fit around work or family. ",
        ]))
    text += r.choice([
        "No experience is needed and full training is given. ",
        "Even a couple of hours a month makes a real difference. ",
        "Expenses are paid and there is a friendly team. ",
    ])
    text += r.choice([
        "Call in to the volunteer centre on a weekday morning for a chat.",
        "Register online or leave your details at the library.",
        f"Contact {name(r)} for more information.",
    ])
    return "appeal", text


def f_museum(r):
    town = r.choice(TOWNS)
    mus = r.choice(["Museum of Rural Life", "Heritage Centre", "Maritime Museum", "Toy Museum",
                    "Lead Mining Museum", "Costume Collection", "Railway Museum"])
    text = (f"{town} {mus} - visitor information\n\n"
            f"Opening times: {r.choice(['Tuesday to Sunday', 'daily', 'Wednesday to Saturday'])}, "
            f"{clock(r, 9, 10)} to {clock(r, 16, 17)} (last entry 45 minutes before closing).\n"
            f"Admission: adults {money(r, 3, 12, 1)}, children free.\n\n")
    text += r.choice([
        "The ground floor is fully accessible; the upper galleries are reached by stairs. ",
        "There is a small café and a shop selling local crafts. ",
        "Group visits can be booked in advance. ",
    ])
    text += r.choice(["Dogs are not allowed except assistance dogs.",
                      "Photography for personal use is permitted.",
                      "The museum is run entirely by volunteers."])
    return "listing", text


def f_fishing(r):
    water = r.choice(["the upper river", "the reservoir", "the canal", "the estuary", "the trout lake"])
    text = (f"Fishing report: {water}, {r.choice(MONTHS)} week {r.randint(1, 4)}\nAngling notes | {r.choice(TOWNS)} angling association\n\n")
    text += r.choice([
        "Levels have dropped after the dry spell and the fish are sulking in the deeper pools. ",
        "A good week, with several anglers reporting double-figure catches. ",
        "Coloured water after the weekend's rain made it hard going. ",
    ])
    text += r.choice([
        f"Best fish of the week went to {name(r)}. ",
        "Evening sessions have produced the most bites. ",
        "Small spinners have worked well for trout. ",
    ])
    text += r.choice(["Day tickets are available from the tackle shop.",
                      "Please remember to return undersized fish.",
                      "The club work party meets on Sunday morning."])
    return "blog post", text


def f_garden(r):
    m = r.choice(MONTHS)
    jobs = r.sample([
        "Sow broad beans under cover", "Cut back perennials but leave seed heads for birds",
        "Net brassicas against pigeons", "Divide congested clumps of snowdrops",
        "Water containers daily in hot weather", "Plant garlic cloves", "Prune apple trees",
        "Earth up potatoes", "Mulch borders while the soil is moist", "Clean and oil tools",
    ], 4)
    text = (f"Jobs for the garden in {m}\n{r.choice(['Allotment notes', 'Garden diary', 'From the potting shed'])}\n\n"
            + r.choice(["A busy month ahead.", "Not much to do this month - a chance to plan.",
                        "The weather will decide a lot this month."])
            + "\n\n" + "\n".join(f"- {j}" for j in jobs) + "\n\n")
    text += r.choice(["Happy gardening!", f"Questions to {name(r)} at the allotment shed.",
                      "Seed swap at the hall next month."])
    return "blog post", text


def f_anniversary(r):
    a, b, ln = r.choice(FIRST), r.choice(FIRST), r.choice(LAST)
    yrs = r.choice([("Golden wedding", 50), ("Diamond wedding", 60), ("Ruby wedding", 40)])
    town = r.choice(TOWNS)
    text = (f"{yrs[0]}: {a} and {b} {ln}\nAnnouncements\n\n"
            f"{a} and {b} {ln} of {town} celebrate {yrs[1]} years of marriage this month. ")
    text += r.choice([
        f"They met at a dance in {r.choice(TOWNS)} and married at the parish church. ",
        "They met while working at the same bank and have lived in the same house ever since. ",
        "They ran the village shop together for more than twenty years. ",
    ])
    text += r.choice(["Congratulations from all the family.", "With love from children and grandchildren.",
                      "A party will be held at the village hall."])
    return "announcement", text


def f_sports_club(r):
    town = r.choice(TOWNS)
    sport = r.choice(["rowing", "netball", "cycling", "swimming", "tennis", "running", "hockey", "bowls"])
    text = (f"{town} {sport} club: season round-up\nClub news\n\n")
    text += r.choice([
        "It has been a season of steady progress, with membership up and two new coaches qualified. ",
        "A mixed year on the results front but a great one for recruitment. ",
        "Thanks to everyone who helped at the open day, which brought in a dozen new members. ",
    ])
    text += r.choice([
        "Our juniors in particular deserve credit for their commitment in the winter months. ",
        "Fundraising for new equipment is nearly complete. ",
        "The clubhouse refurbishment will start after the AGM. ",
    ])
    text += r.choice([
        f"The AGM will be held on {r.choice(WEEKDAYS)} evening; nominations for the committee to the secretary.",
        "Subscriptions are due by the end of the month.",
        f"Award of the season goes to {name(r)} for endless volunteering.",
    ])
    return "club news", text


def f_listing(r):
    d = pick_date(r)
    town = r.choice(TOWNS)
    evs = r.sample([
        f"Quiz night, {r.choice(['the Plough', 'the Crown', 'the social club'])}, 8pm",
        "Bingo, village hall, eyes down 7.30pm",
        "Bird walk, meet at the reservoir car park, 9am",
        "Choir concert, parish church, 7pm, tickets on the door",
        "Repair café - bring broken items, 10am to 1pm",
        "Table-top sale, school hall, 10am",
        "Open studio, local artists, 11am to 4pm",
        "Folk session, back room of the Bell, from 8pm",
        "Family film afternoon, community centre, 2pm",
    ], 3)
    text = (f"Listings: {fmt_date(d, True)}\n{town} and around\n\n" + "\n".join(f"- {e}" for e in evs) + "\n\n"
            + r.choice(["Send your listings to the community desk by Tuesday.",
                        "Listings are free for non-profit groups.",
                        "Check with organisers before travelling."]))
    return "event listing", text


def f_travel(r):
    road = r.choice(["the bypass", "the coast road", "the A-road over the moor", "the level crossing",
                     "the main road into town", "the river bridge"])
    town = r.choice(TOWNS)
    text = (f"Travel: delays expected on {road} near {town}\nTravel news\n\n")
    text += r.choice([
        f"Temporary traffic lights are in place on {road} while a utility company repairs a burst pipe. ",
        f"Lane closures on {road} will continue overnight for barrier repairs. ",
        f"A broken-down lorry is partly blocking {road}. ",
    ])
    text += r.choice([
        "Drivers should allow an extra twenty minutes. ",
        "Queues are building in both directions. ",
        "Buses may run late. ",
    ])
    text += r.choice([
        "Local diversions through the villages are not suitable for large vehicles. ",
        "Police are asking people not to use minor roads as shortcuts. ",
        "The recovery vehicle is expected within the hour. ",
    ])
    text += "We will update this page as we hear more."
    return "travel update", text


def f_school_news(r):
    town = r.choice(TOWNS)
    school = f"{town} {r.choice(['Primary School', 'Church of England School', 'Community School', 'Infant School'])}"
    story = r.choice([
        ("plant a hedge", f"Children at {school} planted more than two hundred hedging whips along the edge of the playing field with help from local volunteers. "),
        ("win county quiz", f"A team of Year 6 pupils from {school} won the county primary schools' quiz, answering questions on science, history and books. "),
        ("raise money for lifeboats", f"Pupils at {school} raised money for the lifeboat service with a sponsored silence and a cake sale. "),
        ("build a bug hotel", f"Children at {school} built a bug hotel from pallets, pine cones and old bricks as part of their topic on minibeasts. "),
        ("perform summer musical", f"Pupils at {school} performed their summer musical to packed audiences on two evenings in the school hall. "),
    ])
    text = f"Pupils at {school} {story[0]}\nSchool news\n\n" + story[1]
    text += r.choice([
        f"Headteacher {name(r)} said she was \"incredibly proud\" of them. ",
        "Parents were invited to see the finished work on Friday afternoon. ",
        "The school thanked the parent-teacher association for its support. ",
    ])
    text += r.choice(["Photos are on the school website.", "The school hopes to make it an annual event.",
                      "More events are planned for the summer term."])
    return "local news", text


def f_shop_opening(r):
    town, st = r.choice(TOWNS), r.choice(STREETS)
    shop = r.choice(["bookshop", "bike repair shop", "greengrocer", "refill shop", "barber", "florist",
                     "cheese shop", "coffee roaster", "hardware store"])
    owner = name(r)
    text = (f"New {shop} opens on {st}\n{town} business news\n\n"
            f"A new {shop} has opened on {st} in {town}, in the former {r.choice(['bank', 'post office', 'shoe shop', 'estate agent', 'butcher'])}. ")
    text += f"Owner {owner} " + r.choice([
        "said she had wanted to run her own business for years.",
        "said the response in the first week had been \"brilliant\".",
        "has moved back to the area after a decade away.",
    ]) + " "
    text += r.choice(["The shop is open six days a week.", "There is a loyalty card for regulars.",
                      "An official opening with the mayor is planned next month."])
    return "local news", text


FILLERS = [
    f_road_closure, f_planning, f_lost_pet, f_club_notice, f_recipe, f_weather, f_bins, f_library,
    f_death_notice, f_term_dates, f_product_review, f_job, f_property, f_classified, f_minutes,
    f_coffee_morning, f_league_results, f_tech_tip, f_bus, f_hall_hire, f_market, f_walk, f_health,
    f_correction, f_letter, f_volunteer, f_museum, f_fishing, f_garden, f_anniversary, f_sports_club,
    f_listing, f_travel, f_school_news, f_shop_opening,
]


GENRE_EXTRA = {
    "notice": [
        "Further updates will be posted on the council website and on the noticeboard outside the town hall.",
        "Anyone with questions can call the customer services team during office hours.",
        "Information is also available in large print and other languages on request.",
    ],
    "official notice": [
        "This notice is published in accordance with the relevant regulations.",
        "Copies of the documents may be inspected free of charge at the council offices.",
        "Any representations should be made in writing and will be made public.",
    ],
    "forum post": [
        "Reply from quiet_neighbour: Good luck, I hope it works out. Bumping this for visibility.",
        "Reply from admin: Thread moved to the local noticeboard section.",
        "Reply from early_riser: Will keep an eye out on my way to work.",
    ],
    "club notice": [
        "Car sharing can be arranged for members who no longer drive.",
        "The programme for the rest of the year is on the club website and the noticeboard.",
        "Please bring a mug - we are trying to cut down on disposable cups.",
    ],
    "blog post": [
        "If you try this, let me know how you get on in the comments.",
        "I'll be back next week with something a little different.",
        "Thanks, as ever, to everyone who reads and shares these posts.",
    ],
    "FAQ": [
        "Who do I contact with other questions?\nCall the customer services team or use the online contact form.",
        "Where can I find this information in other formats?\nLarge print and audio versions are available on request.",
    ],
    "event listing": [
        "Details were correct at the time of publishing, but it is always worth checking with organisers.",
        "Accessible parking is available at most venues.",
        "Send details of your own events to the listings desk.",
    ],
    "local news": [
        "Anyone who would like to get involved can contact the organisers through the community centre.",
        "It is the latest in a series of community events planned for the year.",
        "Local councillors have welcomed the news.",
        "The organisers hope to build on the success next year.",
    ],
    "minutes": [
        "Actions from the previous meeting were reviewed; most were complete.",
        "Any other business: none raised.",
    ],
    "review": [
        "Price and availability may vary between shops.",
        "We were not paid for this review and bought the item ourselves.",
    ],
    "walk guide": [
        "Ordnance maps and a printed route card are available from the visitor centre.",
        "Please follow the countryside code and take your litter home.",
    ],
    "club news": [
        "Everyone is welcome at our taster sessions, whatever their age or ability.",
        "Thanks to our sponsors for their continued support.",
    ],
    "announcement": [
        "Announcements can be placed by phone or at the front counter.",
        "Family and friends are invited to join them for tea at the village hall on Saturday afternoon.",
    ],
    "death notice": [
        "The family would like to thank the staff who cared for them so kindly in their final weeks.",
        "A book of condolence will be available at the funeral directors' office.",
        "Donations in memory may be left at the service or sent to the funeral directors.",
    ],
    "health information": [
        "If symptoms get worse or do not improve after a few days, speak to your GP practice or pharmacist.",
        "More advice is available from the health centre website and at reception.",
        "Remember to keep a note of any medicines you take and bring it to appointments.",
    ],
    "letter": [
        "I doubt I am the only one who has noticed, and I would urge others to write in too.",
        "Perhaps one of our councillors would care to respond through your pages.",
        "I have lived here for over thirty years and have never known it so bad.",
    ],
    "listing": [
        "Please check the website before visiting, as opening times can change during the winter.",
        "Free parking is available nearby, and the bus stops outside.",
        "The collection tells the story of the town and the people who lived and worked there.",
    ],
    "travel update": [
        "For public transport updates, check the operator's website before travelling.",
    ],
    "weather": [
        "Further ahead, the weekend looks changeable, with rain at times.",
        "Sunrise is just after seven o'clock; sunset a little before six.",
    ],
    "appeal": [
        "All volunteers are covered by our insurance and receive an induction.",
        "We are particularly keen to hear from younger people and those who speak other languages.",
    ],
    "results list": [
        "Averages and the full league table will be published at the end of the month.",
        "Team captains are reminded to return score sheets within 48 hours.",
    ],
    "classified ads": [
        "Private sellers only. Please do not send money in advance to anyone you have not met.",
        "Adverts run for two weeks and can be renewed free of charge.",
    ],
    "job advert": [
        "We are an equal opportunities employer and welcome applications from all sections of the community.",
        "Informal enquiries are welcome before applying.",
    ],
}


def add_extra(r, genre, text, p=0.6):
    pool = GENRE_EXTRA.get(genre)
    if pool and r.random() < p:
        text = text + "\n\n" + r.choice(pool)
    if pool and len(text.split()) < 55:
        text = text + " " + r.choice(pool) if text.endswith(".") else text + "\n\n" + r.choice(pool)
    return text


# ---------------------------------------------------------------- digests

def d_weekend(r, ms):
    d = pick_date(r)
    return "round-up", (f"Weekend round-up: {fmt_date(d, True)}\n"
                        + r.choice(["A quick look at what's been happening around the county.",
                                    "Catch up on the stories you might have missed.",
                                    "Your short guide to the week's news."])
                        + "\n\n" + "\n".join(f"- {m}" for m in ms))


def d_noticeboard(r, ms):
    return "noticeboard", (f"Community noticeboard\n{r.choice(SITES)} | {r.choice(MONTHS)} edition\n\n"
                           + "\n\n".join(ms)
                           + "\n\nSend your notices to the community desk by noon on Tuesday.")


def d_five_things(r, ms):
    return "round-up", (f"{len(ms)} things to know this week\n\n"
                        + "\n".join(f"{i}. {m}" for i, m in enumerate(ms, 1))
                        + "\n\n" + r.choice(["That's all for now.", "More next week.", "Have a good week."]))


def d_in_brief(r, ms):
    return "news briefs", (f"In brief: news from around the county\n{r.choice(SITES)}\n\n" + "\n\n".join(ms))


def d_newsletter(r, ms):
    m, y = r.choice(MONTHS), r.randint(2019, 2024)
    return "newsletter", (f"Newsletter - {m} {y}\nIn this issue:\n\n"
                          + "\n".join(f"* {x}" for x in ms)
                          + "\n\nYou are receiving this because you signed up at one of our events. Unsubscribe at any time.")


def d_links(r, ms):
    return "blog post", (f"Links of the week #{r.randint(12, 240)}\n"
                         + r.choice(["Some bits and pieces I've been reading.", "A short one this week.",
                                     "Things that caught my eye."])
                         + "\n\n" + "\n".join(f"-> {x}" for x in ms)
                         + "\n\nAs ever, tips and links welcome in the comments.")


def d_briefing(r, ms):
    d = pick_date(r)
    return "morning briefing", (f"Morning briefing, {fmt_date(d)}\n"
                                "Good morning. Here is what is happening today.\n\n"
                                + "\n\n".join(ms))


def d_podcast(r, ms):
    return "podcast notes", (f"Episode {r.randint(5, 180)} show notes: local news catch-up\n"
                             "This week the team talk about:\n\n"
                             + "\n".join(f"- {x}" for x in ms)
                             + "\n\nListen wherever you get your podcasts.")


def d_week_ahead(r, ms):
    return "round-up", ("The week ahead\n"
                        + r.choice(["Diary dates and things to watch.", "What's coming up in the next few days."])
                        + "\n\n" + "\n".join(f"• {x}" for x in ms))


def d_most_read(r, ms):
    return "round-up", (f"Most read this month on {r.choice(SITES)}\n\n"
                        + "\n".join(f"{i}. {x}" for i, x in enumerate(ms, 1))
                        + "\n\nSubscribe for unlimited access.")


def d_forum(r, ms):
    user = r.choice(["localhistory_fan", "parish_watcher", "dale_dweller", "newsjunkie42", "quayside_pete"])
    return "forum post", (f"What's going on round here this month? (thread)\nPosted by {user}\n\n"
                          "Saw a few of these in the paper and on the noticeboards:\n\n"
                          + "\n".join(f"- {x}" for x in ms)
                          + "\n\nAnything else people have heard about?")


def d_radio(r, ms):
    return "radio transcript", (f"Local radio news bulletin, {clock(r, 7, 18)}\nTranscript\n\n"
                                + " ".join(ms)
                                + " Now the weather and travel.")


DIGESTS = [d_weekend, d_noticeboard, d_five_things, d_in_brief, d_newsletter, d_links, d_briefing,
           d_podcast, d_week_ahead, d_most_read, d_forum, d_radio]


# ---------------------------------------------------------------- clutter

CLUTTER_TOP = [
    "Skip to main content",
    "We use cookies to give you the best experience on our website. By continuing you agree to our use of cookies. Accept | Manage settings",
    "Advertisement",
    "Home > News > Local",
    "Posted in: News, Community",
    "Subscribe | Log in | Search",
]

CLUTTER_BOTTOM = [
    "Share this: Facebook | X | Email | Copy link",
    "Related: Council tax explained | Bin collection dates | Road closures this week",
    "Sign up for our free morning newsletter",
    "Comments ({n}) | Report this page",
    "Follow us on social media for the latest updates",
    "Most read: Garden waste changes | New café for the square | School run parking warning",
    "© {site}. All rights reserved. Privacy | Terms | Contact us",
    "Was this page helpful? Yes | No",
    "Read more: Weekend weather | Local events | Letters",
    "Tags: community, local news",
]


def add_clutter(r, text, byline=True):
    lines = text.split("\n")
    title, rest = lines[0], lines[1:]
    mode = r.randint(0, 2)
    if mode in (0, 2):
        rest = [r.choice(CLUTTER_TOP)] + rest
    if mode in (1, 2):
        extra = r.choice(CLUTTER_BOTTOM).format(n=r.randint(0, 48), site=r.choice(SITES))
        rest = rest + ["", extra]
    if byline and r.random() < 0.3:
        rest = [f"By {name(r)}, {r.choice(['staff reporter', 'community correspondent', 'contributor'])}"] + rest
    return "\n".join([title] + rest)
