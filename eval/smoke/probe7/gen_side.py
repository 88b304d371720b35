# Generated "side" passages: community digests, noticeboards and forum threads that
# mention topic entities in passing (same names, no answer facts) mixed with
# unrelated items.  They make lexical matching on names insufficient.
import random

import names

# (subtype, name) — name is written as it would appear mid-sentence.
SIDE = [
    ("sport", "the Kestrel Point Marathon"), ("sport", "the Kestrel Point Half Marathon"),
    ("company", "Veldmoor Group"), ("company", "Veldmore Freight"),
    ("film", "The Lantern Accord"), ("game", "The Lantern Accord"),
    ("app", "Tarnwick"),
    ("town", "Brindlecombe"), ("town", "Brindlecote"),
    ("gathering", "the Meridian Water Forum"),
    ("contest", "the Hollis Amberline Prize"),
    ("sport", "the Carrowmere Cup"),
    ("town", "Little Orrin"), ("town", "Great Orrin"),
    ("play", "Salt and Semaphore"), ("film", "Salt and Semaphore"),
    ("company", "the Corran Trust"),
    ("company", "Quorlan Mobility"),
    ("sport", "the Orvane Basketball League finals"),
    ("game", "Ironbloom"),
    ("contest", "the Pellmarsh Open"),
    ("town", "Wexcombe"),
    ("contest", "the Silver Heron Awards"),
    ("company", "Marrow & Vine"),
    ("science", "the Arclight programme"),
    ("company", "Thistlecroft Software"), ("company", "Thistlecroft Brewing"),
    ("band", "The Hollow Carillons"),
    ("sport", "the Aldermere Regatta"),
    ("town", "Saltery"),
    ("gathering", "the Brackenfold Folk Festival"),
    ("institution", "the University of Calloway Ridge"),
    ("contest", "the Gorsebrook Village Show"),
    ("sport", "the Tallowmere Gold Cup"),
    ("app", "pyrewick"),
    ("institution", "Linfold General Hospital"),
    ("outdoors", "Creag Varrow"), ("outdoors", "Varrow Pike"),
    ("outdoors", "the Skellan Isles"),
    ("tv", "Night Shift at Wren Hollow"), ("podcast", "Night Shift at Wren Hollow"),
    ("contest", "the Rathmoor Schools Quiz"),
    ("outdoors", "Silverreed Fen"),
    ("car", "the Pemberly Sorrel"),
    ("book", "Wintering at Gull Reach"), ("film", "Wintering at Gull Reach"),
    ("company", "Norrbeck Foods"), ("company", "Norrbeck Feeds"),
    ("sport", "the Caldris Open Water Swim"),
    ("contest", "the Greywater Poetry Prize"),
    ("gathering", "NorthByte"),
]

SNIP = {
    "sport": [
        "Extra parking restrictions will be in place around the venue for {n}; residents are asked to move cars the night before.",
        "Volunteers are still needed to help on the day of {n}. Contact {p} if you can spare a few hours.",
        "Community radio will carry live coverage of {n}, with commentary from {p}.",
        "Spectators heading to {n} are reminded that there is no parking on the grass verges and that the field car park is cash only.",
        "A raffle held during {n} raised a tidy sum for the air ambulance, organisers say.",
        "{p} is looking for a lift to {n} from {t}, happy to share fuel costs.",
    ],
    "contest": [
        "Entry forms for {n} are available from the library and the post office.",
        "{p} will be talking about {n} on the Friday arts programme on community radio.",
        "The organisers of {n} are looking for a new sponsor after their previous backer withdrew.",
        "A small display on the history of {n} is on show in the library foyer this month.",
        "Tickets for the evening event linked to {n} are limited; the box office opens at 10 am.",
    ],
    "gathering": [
        "Accommodation near the venue for {n} is filling up fast, according to the tourist office.",
        "Stewards, drivers and tea-makers are wanted for {n}; {p} is coordinating volunteers.",
        "Shuttle buses will run from the station during {n}, every twenty minutes.",
        "{p} has written a long post explaining why they will skip {n} this time.",
        "Food traders hoping for a pitch at {n} should apply by the end of the month.",
    ],
    "company": [
        "{n} is sponsoring the shirts of the under-12s football league this season.",
        "Staff from {n} spent a volunteering day clearing litter from the riverbank at {t}.",
        "{n} is recruiting apprentices; applications close at the end of the month.",
        "A charity cycle ride by a team from {n} raised money for the hospice.",
        "Customers say the phone line at {n} was down for several hours on Tuesday.",
        "{p}, who has worked at {n} for many years, is retiring and wants to thank colleagues for the send-off.",
    ],
    "film": [
        "The community cinema is showing the film {n} on Friday at 7.30 pm, with soup beforehand.",
        "{p} recommends the film {n} for a wet weekend: \"better than I expected\".",
        "Film club members voted to screen {n} in the village hall next month.",
    ],
    "game": [
        "{p} will stream the video game {n} tonight from 8 pm for the food bank.",
        "The game {n} is half price in the online stores this weekend.",
        "The library's Thursday games club has added {n} to its console sessions.",
    ],
    "play": [
        "The {t} Players are rehearsing the play {n} for their spring production; auditions for small parts on Monday.",
        "A play-reading group will read {n} aloud at the arts centre on Wednesday evening.",
        "Schools matinee: sixth-formers studying {n} can book group tickets at a discount.",
    ],
    "tv": [
        "Fans of the TV drama {n} meet at the Crown on Sunday nights to watch the repeats together.",
        "{p} says the TV series {n} is \"the only thing my whole family agrees on\".",
        "The box set of the drama {n} is available to borrow from the library.",
    ],
    "podcast": [
        "Listener tip: the podcast {n} makes good company on a long night drive, says {p}.",
        "{p} recommends an episode of the podcast {n} about a night bakery.",
    ],
    "band": [
        "{n} play an acoustic set at the record shop in {t} on Saturday afternoon.",
        "{n} were on the late show on regional radio this week, playing old favourites.",
        "{p} is selling two spare tickets for {n} at face value.",
    ],
    "book": [
        "The novel {n} is this month's pick for the {t} library reading group.",
        "{p} says the novel {n} is \"the book I lend to everyone and never get back\".",
        "The bookshop on the high street has put copies of the novel {n} in the window.",
    ],
    "app": [
        "Help wanted: {n} keeps crashing on {p}'s laptop after the last update. Replies suggest reinstalling.",
        "{p} gave a short talk on using {n} for survey work at the user group meetup.",
        "The evening class on field recording will include an introduction to {n}.",
    ],
    "car": [
        "Owners of {n} are planning a meet in the car park of the {t} garden centre.",
        "{p} is selling a well-kept {n}, full service history, offers welcome.",
        "The {t} car club will compare electric models, including {n}, at its next meeting.",
    ],
    "science": [
        "{p} gives a public talk on {n} at the astronomy society on Wednesday.",
        "Pupils at {t} primary school sent drawings of the sun to the team behind {n}.",
        "A travelling exhibition about {n} stops at the science centre for a fortnight.",
    ],
    "town": [
        "The farmers' market returns to {n} on Saturday morning.",
        "A lost spaniel was last seen near the church in {n}; call {p} if you spot her.",
        "The bus between {n} and {t} will run a reduced timetable during the school holidays.",
        "The library in {n} will close early on Thursday for staff training.",
        "Residents of {n} collected forty bags of litter at a weekend clean-up.",
        "Carol singers from {n} raised money for the food bank.",
    ],
    "institution": [
        "The volunteers' cafe at {n} needs help on Tuesday mornings.",
        "Roadworks near {n} are causing delays at peak times.",
        "A charity concert in aid of a garden at {n} takes place in the church on Friday.",
        "{p} has praised the staff at {n} in a long letter to the editor.",
    ],
    "outdoors": [
        "Gales are forecast over {n} on Saturday; anyone heading out should take care.",
        "{p} shared photographs from a damp weekend at {n}.",
        "A guided walk around {n} is planned for Sunday; meet at 10 am.",
        "Litter left at {n} after the bank holiday has angered local volunteers.",
    ],
}

FILLER_ITEMS = [
    "The post office in {t} will be closed on Monday for refurbishment.",
    "Swimming lessons resume at the {t} leisure centre next week.",
    "{p} is organising a plant swap at the {t} community garden.",
    "Potholes on the road out of {t} will be filled by the end of the month, the council says.",
    "The {t} choir is looking for tenors.",
    "A craft fair in the {t} village hall raised money for the playground.",
    "{p} has found a set of keys on a blue lanyard near the {t} bus stop.",
    "Knit and natter meets every Wednesday in the {t} library.",
    "The {t} repair cafe will fix toasters, bikes and jumpers on Saturday.",
    "Blood donors are needed at a session in {t} on the 14th.",
    "Bin collections in {t} move by one day because of the bank holiday.",
    "{p} from {t} turns 100 this week and has asked for no fuss.",
]

HEADERS = [
    ("What's on this week", "bullets"),
    ("News in brief", "paras"),
    ("Community noticeboard", "bullets"),
    ("Around the region", "paras"),
    (None, "forum"),
    (None, "thread"),
]


def _fill(s, rng, name, person):
    return s.format(n=name, p=person, t=rng.choice(names.TOWNS))


def _cap(s):
    return s[0].upper() + s[1:]


def generate(person_fn, seed="side"):
    rng = random.Random(seed)
    mentions = []
    for sub, name in SIDE:
        tmpl = list(SNIP[sub])
        rng.shuffle(tmpl)
        for i in range(6):
            mentions.append((sub, name, tmpl[i % len(tmpl)]))
    rng.shuffle(mentions)
    docs = []
    i = 0
    while i < len(mentions):
        group = mentions[i:i + 2]
        i += 2
        items = [_cap(_fill(m[2], rng, m[1], person_fn())) for m in group]
        for f in rng.sample(FILLER_ITEMS, rng.randint(3, 4)):
            items.append(_cap(_fill(f, rng, "", person_fn())))
        rng.shuffle(items)
        head, style = rng.choice(HEADERS)
        if style == "bullets":
            text = head + "\n" + "\n".join("- " + x for x in items) + "\nSend items for next week's list by Wednesday noon."
        elif style == "paras":
            text = head + "\n" + " ".join(items) + " More local news inside."
        elif style == "forum":
            text = ("Anything going on round here this weekend? — posted by %s\n" % rng.choice(
                ["moorhen77", "quietlane", "bikeandbun", "wetdogwalker", "tidewatch", "olderthanthehills"]))
            text += "\n".join("Reply: " + x for x in items)
        else:
            text = ("Local group digest — the most-liked posts this week:\n" +
                    "\n".join("%d. %s" % (k + 1, x) for k, x in enumerate(items)))
        docs.append(text)
    return docs
