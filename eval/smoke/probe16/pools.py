"""Sentence pools for filler, digest and clutter text in probe16.

Templates use str.format slots filled by build.py (see build.slots()).
All names, clubs, towns, products and businesses are invented.  The town
list deliberately overlaps the towns used by the hand-written topics, so
filler shares vocabulary with them without giving any topic's answers.
"""

FIRST_NAMES = [
    "Anouk", "Bram", "Cerys", "Dov", "Elin", "Fabian", "Greer", "Hamza", "Ilka",
    "Jory", "Kestra", "Lennox", "Mira", "Niall", "Odile", "Piet", "Quinn",
    "Roisin", "Soren", "Talia", "Ulla", "Vaughn", "Wynne", "Xanthe", "Yusuf",
    "Zelda", "Abena", "Bartek", "Calla", "Desmond", "Effie", "Florin", "Gwilym",
    "Honor", "Idris", "Jemima", "Kofi", "Linnea", "Matthias", "Nesta", "Orrin",
    "Petra", "Rafferty", "Saskia", "Teodora", "Umar", "Verity", "Wilf",
]

SURNAMES = [
    "Ashdown-Kerr", "Bellamy-Roos", "Cardew", "Dunstable", "Eyre-Moss",
    "Fairlie", "Gorringe", "Halloran-Pike", "Isherwood", "Jessop", "Kilbride",
    "Larkin-Osei", "Maddern", "Nettleford", "Orchardson", "Pennock", "Quarrie",
    "Rushworth", "Stannard", "Tregear", "Umfreville", "Varley-Chua",
    "Wedderburn", "Yelland", "Zouche", "Abernant", "Brightwell", "Coldicott",
    "Dimmock", "Everdell", "Fothergill", "Greatorex", "Hebblethwaite",
    "Ingleby", "Jolliffe", "Kettleborough", "Lomax-Adeyemi", "Mountjoy",
    "Nuttall", "Ollerenshaw", "Pidcock-Ruiz", "Sowerbutts", "Thistlewood",
]

# Towns shared with the topics, then towns only filler uses.
TOWNS = [
    "Velmora", "Oxleigh", "Tarnbridge", "Carrowmere", "Dunmere", "Hessenford",
    "Brackwater", "Saltcombe Reach", "Dunmarrow", "Marrowby", "Tamsford",
    "Ostwick", "Lowick Ferris", "Port Averill", "Vellacourt", "Penwick",
    "Calderbrook", "Bramhollow", "Ketterby", "Wynstead", "Sallowfield",
    "Kilverne", "Hatherlow", "Thornwick Bay", "Elmsleigh", "Rookhaven",
    "Fallowmere",
]

HANDLE_WORDS = [
    "tidal", "kettle", "owl", "moss", "cinder", "harbour", "quiet", "lamp",
    "fern", "granite", "swift", "pebble", "rook", "bramble", "copper", "drift",
    "heron", "marsh", "slate", "willow", "ember", "saltmarsh", "lark", "otter",
]

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"]

APPS = ["Quillnote", "Brookdesk", "Tallyfold", "Lumenpad", "Sparrowsync",
        "Hearthlog", "Driftbase", "Pinecone Tasks", "Kitewire", "Marlin CMS"]

PRODUCTS = ["Corvane X2 headphones", "Tessel Air 5 laptop", "Brightloom e-reader",
            "Halyard S smartwatch", "Fennec Go tablet", "Osprey Mini speaker",
            "Norland 12 phone", "Kilnworth stand mixer", "Ridgeback Pro drill",
            "Plover robot vacuum"]

BANDS = ["the Marram Lights", "Velvet Anchorage", "Cold Quarry", "the Sundial Set",
         "Moth & Lantern", "Harrier Bloom", "the Loose Tethers", "Pale Orchard",
         "Cobalt Ferry", "the Hatchlings"]

BOOKS = ["The Lamplighter's Ledger", "Nine Bells for Winter", "A Harbour of Keys",
         "The Salt Cartographer", "Under Kiln Hill", "The Orchard Accounts",
         "Small Weathers", "The Tidewatcher", "Paper Foxes", "Gull Season"]

SHOWS = ["Fenland Nights", "The Ferrier Inquiry", "Harbour Lights",
         "Kitchen Table", "Brass & Bone", "The Lockkeeper's Daughter",
         "Northbound", "Quarry Road"]

VENUES = ["the Corn Exchange", "the Harbour Rooms", "St Oda's Hall",
          "the Drill Hall", "the Lantern Theatre", "the Mechanics' Institute",
          "the Old Ropeworks", "the Pavilion Bar"]

BUSINESSES = ["Greenhithe Bakery", "Fothergill & Daughters", "The Copper Spoon",
              "Ketterby Cycles", "Marram Print Works", "Sallowfield Dairy",
              "Brightwell Opticians", "The Quiet Crab", "Hatherlow Hardware",
              "Rookhaven Brewing Co."]

STREETS = ["Mill Lane", "Quay Street", "Ropewalk", "Chapel Row", "Fore Street",
           "Tanners Lane", "Orchard Way", "Harbour Terrace", "Station Approach",
           "Kiln Road"]

DISHES = ["smoked haddock chowder", "leek and cheddar tart", "lamb hotpot",
          "crab linguine", "beetroot risotto", "sticky toffee pudding",
          "spiced lentil soup", "rhubarb crumble"]

PLANTS = ["tomatoes", "runner beans", "dahlias", "garlic", "sweet peas",
          "courgettes", "raspberries", "lavender"]

FORUM_SECTIONS = ["General discussion", "Help & support", "Local chat",
                  "Off topic", "Buying advice", "Training & technique",
                  "Match day", "Announcements"]

# --------------------------------------------------------------------------
# Themes.  Each has headlines (news), titles (blog/review), facts (neutral),
# opinions (first person), questions (forum/Q&A), steps (how-to), howto
# (what the how-to teaches) and events (timeline lines without the year).
# --------------------------------------------------------------------------

THEMES = {
    "running": {
        "headlines": [
            "Record field for {city} Half Marathon",
            "{club_run} celebrate {n2} years on the roads",
            "New route confirmed for {city} 10K",
            "{city} parkrun reaches {n3th} event",
            "Volunteers needed for {city} fun run",
        ],
        "titles": [
            "Race report: {city} Half Marathon",
            "Training log, week {n2}",
            "Why I finally joined a running club",
            "My first trail race in the hills above {city}",
        ],
        "facts": [
            "The {city} Half Marathon starts at 9am on {weekday} {date}, with the "
            "field limited to {big} runners.",
            "{club_run} meet on Tuesday and Thursday evenings at the leisure centre "
            "track.",
            "The {city} 10K course was remeasured this year and is now certified.",
            "{name} of {club_run} won the {city} 10K in {time10k}, with {name2} "
            "second.",
            "Entries for the half marathon cost £{price}, with a discount for "
            "affiliated club members.",
            "Road closures will be in place along the seafront between 8am and 1pm.",
            "The {city} parkrun attracted {n3} runners last Saturday, a course "
            "record.",
            "Water stations are placed roughly every five kilometres on the course.",
            "Chip timing will be provided and results published online the same "
            "afternoon.",
            "{club_run} held a handicap race followed by a dinner at {venue}.",
            "The junior race over two kilometres starts half an hour before the main "
            "event.",
            "A pacing team will run at even splits for target times between 1:30 "
            "and 2:30.",
        ],
        "opinions": [
            "I went out far too fast and paid for it over the last three kilometres.",
            "Honestly, the hill at the halfway point is brutal.",
            "My new shoes felt great for the first hour and terrible after that.",
            "Running with a club has done more for my pace than any training plan.",
            "If you're thinking about your first race, just sign up.",
            "I still can't believe I knocked {n} minutes off my personal best.",
            "The marshals and the crowd on the promenade were brilliant.",
            "Next year I'm going to actually taper properly.",
        ],
        "questions": [
            "How do you pace a half marathon without a watch?",
            "Is the {city} 10K course flat?",
            "Best running shoes for wide feet?",
            "How early should I arrive for a big road race?",
        ],
        "steps": [
            "Start with three short runs a week and keep them easy.",
            "Add one longer run at the weekend, increasing it by ten per cent.",
            "Include a session of hill repeats every fortnight.",
            "Take a rest day after every hard session.",
            "Practise drinking on the move during your long runs.",
            "Reduce your mileage in the final ten days before the race.",
        ],
        "howto": ["train for your first half marathon", "build up to a 10K"],
        "events": [
            "{club_run} founded by a group of factory workers.",
            "First {city} 10K held on closed roads.",
            "Clubhouse opened next to the athletics track.",
            "Women's section formed.",
        ],
    },
    "cycling": {
        "headlines": [
            "{name} wins {city} Road Race in sprint finish",
            "Circuit of {city} cancelled after flooding",
            "New cycle lane opens on {street}",
            "{club_cyc} sportive raises £{price},{n3} for hospice",
        ],
        "titles": [
            "Riding the Circuit of {city}",
            "Ten things I learned from my first sportive",
            "Fixing a creaky bottom bracket",
            "Winter training on the lanes around {city}",
        ],
        "facts": [
            "The {city} Road Race covers {n2} laps of a {n}-kilometre circuit.",
            "{name} of {club_cyc} won the {city} Grand Prix after a long solo "
            "break.",
            "Riders must carry front and rear lights on the evening time trial.",
            "The sportive offers routes of 50, 100 and 160 kilometres.",
            "{club_cyc} runs a beginners' ride every Sunday at 9am from {venue}.",
            "The council has installed {n2} new bike racks in the town centre.",
            "The circuit race was neutralised for a lap after a crash on the final "
            "bend.",
            "Entries for the time trial league close on the Friday before each "
            "round.",
            "The climb to the reservoir averages seven per cent over three "
            "kilometres.",
            "{name2} took the points jersey after winning two intermediate sprints.",
            "Marshals will be stationed at every junction on the course.",
        ],
        "opinions": [
            "I punctured twice before the first feed station.",
            "The descent was terrifying in the wet.",
            "A proper bike fit made a huge difference to my knees.",
            "I was dropped on the first climb and rode the rest alone.",
            "Best cake stop of the year, no contest.",
            "Tubeless tyres are worth the faff, in my experience.",
        ],
        "questions": [
            "What tyre pressure for a wet sportive?",
            "Is the Circuit of {city} suitable for a first road race?",
            "Any recommendations for a bike shop in {city}?",
            "How do I stop my chain slipping on the big sprocket?",
        ],
        "steps": [
            "Shift onto the smallest sprocket and release the wheel.",
            "Clean the chain with a degreaser and a stiff brush.",
            "Check the cable tension with the barrel adjuster.",
            "Turn the adjuster a quarter turn at a time and test each gear.",
            "Lubricate the chain sparingly and wipe off the excess.",
        ],
        "howto": ["index your rear gears", "clean a bike chain properly"],
        "events": [
            "{club_cyc} formed at a meeting in {venue}.",
            "First Circuit of {city} held on closed roads.",
            "Club time trial course moved to the bypass.",
            "Youth academy launched.",
        ],
    },
    "football": {
        "headlines": [
            "{team} sign winger from {city2}",
            "Late goal earns {team} a point",
            "{team} appoint new manager",
            "Floodlights approved at {team} ground",
            "{team} Women promoted after unbeaten season",
        ],
        "titles": [
            "Away day diary: {team} at {city2}",
            "Our new stand, one season on",
            "Five things we learned from the first month",
            "Grassroots football in {city}: a coach's view",
        ],
        "facts": [
            "{team} came from behind to beat {team2} {score} on {weekday}.",
            "{name} scored twice as {team} moved up to {ordinal} in the table.",
            "The attendance at {team}'s last home game was {big}.",
            "{team} have signed {name} on a two-year contract.",
            "The league cup second-round tie will be played on {date}.",
            "{team2} had a goal disallowed for offside in the second half.",
            "{team}'s under-14 side reached the county semi-finals.",
            "Season tickets will go on sale on {date}, priced from £{price}.",
            "The pitch at {venue_ground} was relaid during the summer.",
            "The referee showed {n} yellow cards in a bad-tempered first half.",
            "{team} Women play their home games at the same ground on Sunday "
            "afternoons.",
            "Kick-off has been moved to 12.30pm for live streaming.",
        ],
        "opinions": [
            "We were second best for an hour and lucky to get anything.",
            "That was the best atmosphere I've known at the ground in years.",
            "The manager has to change the system, it isn't working.",
            "Fair play to the travelling fans, they never stopped singing.",
            "The new signing looks like the real deal.",
            "Another set piece conceded, another point thrown away.",
        ],
        "questions": [
            "Anyone know if the away end is all-ticket?",
            "Where do you park for {team} home games?",
            "Who should start up front on Saturday?",
            "Is the club shop open on non-match days?",
        ],
        "steps": [
            "Book the pitch with the council at least two weeks in advance.",
            "Register every player with the county association.",
            "Appoint a welfare officer and a first-aider.",
            "Buy a full set of corner flags and nets.",
            "Arrange a qualified referee for each home fixture.",
        ],
        "howto": ["start a junior football team", "run a five-a-side league"],
        "events": [
            "{team} founded by railway workers.",
            "Club moves to {venue_ground}.",
            "First promotion in the club's history.",
            "Women's team formed.",
            "New main stand opened.",
        ],
    },
    "rowing": {
        "headlines": [
            "{club_row} take four wins at {city} regatta",
            "New boathouse plans for {club_row}",
            "River closed to crews after heavy rain",
            "{club_row} learn-to-row courses full",
        ],
        "titles": [
            "Learning to row at forty",
            "Head race season: what to expect",
            "Inside our new boathouse",
            "Why I love early mornings on the river",
        ],
        "facts": [
            "{club_row} won the men's coxed fours at the {city} regatta by a "
            "length.",
            "The {city} Head of the River attracted {n3} crews this year.",
            "Racing was delayed by an hour because of a strong stream.",
            "{name} and {name2} won the double sculls at {city2}.",
            "The boathouse extension will add racking for {n2} boats.",
            "Coxes must wear lifejackets at all times on the water.",
            "The junior squad trains six times a week during the season.",
            "{club_row} has bought a new eight with help from a lottery grant.",
            "The club's masters crew set a course record over 2,000 metres.",
            "The regatta course runs for {n3} metres from the railway bridge to the "
            "finish pontoon.",
        ],
        "opinions": [
            "My hands are still recovering from the weekend.",
            "Nothing beats a flat calm river at six in the morning.",
            "We caught a crab at the start and never recovered.",
            "The coach says our timing is getting better. I'm not convinced.",
            "Winter ergs are the price you pay for summer regattas.",
        ],
        "questions": [
            "How long before a novice can race in an eight?",
            "Which side should I row, stroke or bow?",
            "Is the {city} head suitable for beginners?",
        ],
        "steps": [
            "Sit with your shins vertical and arms straight at the catch.",
            "Drive with the legs before opening the back.",
            "Finish the stroke with the handle drawn to the lower ribs.",
            "Extend the arms before sliding forward on the recovery.",
            "Keep the recovery slow and controlled.",
        ],
        "howto": ["improve your rowing stroke", "prepare for a head race"],
        "events": [
            "{club_row} founded by local boatbuilders.",
            "First regatta on the town reach.",
            "Boathouse rebuilt after a fire.",
            "Junior section established.",
        ],
    },
    "chess": {
        "headlines": [
            "{club_chess} win county league",
            "{name} takes {city} Rapidplay title",
            "Schools chess championship returns to {city}",
            "Grandmaster to give simultaneous display in {city}",
        ],
        "titles": [
            "My favourite game of the season",
            "Opening repertoire for club players",
            "What I learned from losing on time",
            "Notes from the {city} Rapidplay",
        ],
        "facts": [
            "{name} won the {city} Rapidplay with 6 points from 7.",
            "{club_chess} meet every {weekday} evening at {venue}.",
            "The county league has {n2} teams across three divisions.",
            "The junior congress attracted {n3} players aged 7 to 16.",
            "All games in the rapidplay are played at 25 minutes plus 10 seconds a "
            "move.",
            "{name2} shared first place in the minor section.",
            "The club has bought new digital clocks for league matches.",
            "Entries for the congress close on {date}.",
            "The arbiter ruled the game drawn by repetition.",
        ],
        "opinions": [
            "I was completely winning and then hung my queen.",
            "Time trouble is my biggest weakness.",
            "The endgame was a lot harder than the engine made it look.",
            "Playing in a club league has improved my chess more than any book.",
        ],
        "questions": [
            "What's a good opening for a beginner with black?",
            "How do I stop getting into time trouble?",
            "Is there a junior chess club in {city}?",
        ],
        "steps": [
            "Develop your knights before your bishops.",
            "Castle early to keep your king safe.",
            "Don't move the same piece twice in the opening without a reason.",
            "Control the centre with pawns and pieces.",
            "Check every capture and every check before you move.",
        ],
        "howto": ["improve your opening play", "avoid blunders in rapid games"],
        "events": [
            "{club_chess} founded in the back room of a pub.",
            "First {city} Rapidplay held.",
            "Club moves to {venue}.",
            "Junior section started.",
        ],
    },
    "software": {
        "headlines": [
            "{app} {ver} adds offline mode",
            "Security flaw patched in {app}",
            "{app} moves to subscription pricing",
            "Open-source {app} reaches {n2},000 users",
        ],
        "titles": [
            "Why I switched from {app} to plain text files",
            "{app} {ver}: first look",
            "My note-taking setup in {year}",
            "Syncing notes between laptop and phone",
        ],
        "facts": [
            "{app} {ver} adds a command palette and faster full-text search.",
            "The {app} developers say the new sync engine uses end-to-end "
            "encryption.",
            "Plugins written for the old API need to be updated before they will "
            "load.",
            "{app} is available for Windows, macOS and Linux.",
            "A security fix in version {ver} closes a path traversal bug.",
            "The project accepts donations but has no paid tier.",
            "Older 32-bit builds are no longer supported.",
            "The roadmap lists collaborative editing as a long-term goal.",
            "{app} stores notes as Markdown files in a folder you choose.",
            "A nightly build channel is available for testers.",
        ],
        "opinions": [
            "I lost a week of notes to a sync conflict, so I'm wary.",
            "The search is finally fast enough to be useful.",
            "Honestly, the old version was better.",
            "It's free and it does what I need. That's enough for me.",
            "I wish they would stop redesigning the sidebar.",
            "Backups, people. Always backups.",
        ],
        "questions": [
            "{app} won't sync after updating – any ideas?",
            "How do I export all my notes from {app}?",
            "Is there a way to get dark mode in {app}?",
            "Best plugin for daily notes?",
        ],
        "steps": [
            "Close the app on every device before you start.",
            "Make a full backup of your notes folder.",
            "Open Settings and choose the sync tab.",
            "Sign out, then sign in again with the same account.",
            "Wait for the first sync to finish before editing anything.",
            "Check the log file if any notes show a conflict marker.",
        ],
        "howto": ["fix sync conflicts in a notes app", "move your notes to a new laptop"],
        "events": [
            "First public release of {app}.",
            "{app} adds plugin support.",
            "Mobile apps released.",
            "Project moves to a new licence.",
        ],
    },
    "phones": {
        "headlines": [
            "{product} priced at £{price}9",
            "{product} review: good value, weak battery",
            "Repair shop opens on {street}",
            "Trade-in scheme launched for old handsets",
        ],
        "titles": [
            "Review: {product}",
            "Three months with the {product}",
            "Is a refurbished phone worth it?",
            "The best budget gadgets this year",
        ],
        "facts": [
            "The {product} goes on sale on {date} in three colours.",
            "Battery life lasted about a day and a half in our testing.",
            "The screen is bright enough to read in direct sunlight.",
            "Charging tops out at {n2} W with the supplied cable.",
            "The camera struggles in low light but is fine in daylight.",
            "Software updates are promised for {n} years.",
            "There is no headphone jack and no memory card slot.",
            "The base model comes with 128 GB of storage.",
        ],
        "opinions": [
            "It feels cheaper in the hand than the price suggests.",
            "I'd wait for the first discount.",
            "Honestly, I didn't miss my old flagship.",
            "The fingerprint reader is fast and reliable.",
            "Verdict: a solid choice if you can live with the camera.",
        ],
        "questions": [
            "Is the {product} worth upgrading to?",
            "Phone won't charge past 80 per cent – normal?",
            "Where can I get a screen fixed in {city}?",
        ],
        "steps": [
            "Back up your photos and messages.",
            "Sign out of your accounts.",
            "Remove the SIM card and any memory card.",
            "Perform a factory reset from the settings menu.",
            "Check that the reset has finished before handing the phone over.",
        ],
        "howto": ["prepare a phone for trade-in", "extend your battery life"],
        "events": [
            "Company's first handset launched.",
            "First phone with a folding screen shown.",
            "Repair programme introduced.",
        ],
    },
    "music": {
        "headlines": [
            "{band} announce tour dates",
            "{band} to headline {venue}",
            "Record shop celebrates {n2} years on {street}",
            "{city} folk club marks {n3th} session",
        ],
        "titles": [
            "Gig review: {band} at {venue}",
            "Album review: {band}",
            "The best local gigs this month",
            "Why I still buy vinyl",
        ],
        "facts": [
            "{band} play {venue} in {city} on {weekday} {date}.",
            "Tickets cost £{price} in advance and £{price2} on the door.",
            "The band's debut album was recorded in a week in a barn near {city2}.",
            "Support comes from singer-songwriter {name}.",
            "The record shop on {street} is hosting an in-store session on "
            "Saturday.",
            "{band} have signed to a small independent label.",
            "The folk club meets on the first Friday of each month at {venue}.",
            "The festival line-up will be announced in the spring.",
            "The single was played on national radio for the first time last week.",
        ],
        "opinions": [
            "The sound was muddy for the first few songs but improved.",
            "They played the new material with real confidence.",
            "The encore was worth the ticket price alone.",
            "I've had the chorus stuck in my head for days.",
            "It's a grower. Give it three listens.",
            "Four stars, and the support act deserves a mention too.",
        ],
        "questions": [
            "Anyone going to see {band} at {venue}?",
            "Good places for live music in {city}?",
            "Is the standing area at {venue} all ages?",
        ],
        "steps": [
            "Clean the record with a carbon-fibre brush before each play.",
            "Check the tracking force on the tonearm.",
            "Store records upright, away from radiators.",
            "Replace the stylus after about a thousand hours.",
        ],
        "howto": ["look after a vinyl collection", "set up a turntable"],
        "events": [
            "{band} formed at college.",
            "First single released on a local label.",
            "Band plays its first festival.",
            "Debut album released.",
        ],
    },
    "film_tv": {
        "headlines": [
            "Filming for {show} comes to {city}",
            "{show} renewed for another series",
            "Community cinema reopens in {city}",
            "Local extras wanted for period drama",
        ],
        "titles": [
            "Review: {show}, episode one",
            "What to watch this weekend",
            "Behind the scenes at our community cinema",
            "The best TV dramas of the year so far",
        ],
        "facts": [
            "{show} returns to Channel Ember on {weekday} at 9pm.",
            "Filming will close {street} in {city} for two days next week.",
            "The community cinema shows films every Friday and Saturday at "
            "{venue}.",
            "The series was written by {name} and stars {name2}.",
            "The first episode drew {n} million viewers on the night.",
            "Extras will be paid a day rate and must be available at short notice.",
            "The restored projector was bought with a grant from the arts council.",
            "The new series has eight episodes.",
        ],
        "opinions": [
            "The first episode was slow, but the ending hooked me.",
            "The acting is terrific; the script, less so.",
            "I've no idea why this got renewed.",
            "Best thing on television this year.",
            "The cinematography makes the coast look gorgeous.",
        ],
        "questions": [
            "Where was {show} filmed?",
            "Is {show} worth catching up on?",
            "Does the community cinema do subtitled screenings?",
        ],
        "steps": [
            "Apply to the casting agency with a recent photograph.",
            "Give your exact measurements for costume fittings.",
            "Keep your calendar free for the filming dates.",
            "Arrive at the unit base on time and sign in.",
        ],
        "howto": ["become a TV extra", "run a community film night"],
        "events": [
            "Community cinema founded in the church hall.",
            "First television drama filmed in the town.",
            "Cinema moves to {venue}.",
        ],
    },
    "books": {
        "headlines": [
            "{city} book festival announces programme",
            "Independent bookshop opens on {street}",
            "Library to extend Sunday hours",
            "Local author {name} shortlisted for regional prize",
        ],
        "titles": [
            "Review: {book}",
            "What our book group read this year",
            "Five novels set on the coast",
            "In praise of second-hand bookshops",
        ],
        "facts": [
            "{book} is the second novel by {name}.",
            "The book festival runs for {n} days at {venue}.",
            "The library will open from 10am to 4pm on Sundays from next month.",
            "The bookshop on {street} hosts a children's story hour on Saturdays.",
            "{name} will read from {book} at {venue} on {date}.",
            "The book group meets on the last {weekday} of the month.",
            "The regional prize carries an award of £{price}0 for the winner.",
        ],
        "opinions": [
            "I couldn't put it down.",
            "The middle section drags, but the ending is worth it.",
            "Our group was split right down the middle on this one.",
            "Beautifully written, if a little cold.",
            "Three stars: good, not great.",
        ],
        "questions": [
            "Any recommendations for a book group with mixed tastes?",
            "Is {book} suitable for teenagers?",
            "Where can I donate old paperbacks in {city}?",
        ],
        "steps": [
            "Choose a book that is available in paperback and from the library.",
            "Agree a date and a place for the first meeting.",
            "Prepare three or four open questions.",
            "Let everyone speak before sharing your own view.",
        ],
        "howto": ["start a book group", "organise a book swap"],
        "events": [
            "Town library opened.",
            "First book festival held.",
            "Library moves to a new building.",
        ],
    },
    "food": {
        "headlines": [
            "{business} wins regional food award",
            "New café opens on {street}",
            "Farmers' market returns to {city}",
            "{city} food festival expects record crowds",
        ],
        "titles": [
            "Recipe: {dish}",
            "Restaurant review: {business}",
            "What I cooked this week",
            "The best bakeries in {city}",
        ],
        "facts": [
            "{business} on {street} serves {dish} on Fridays.",
            "The farmers' market takes place on the second Saturday of each month.",
            "The food festival features {n2} stalls and a cookery theatre.",
            "Main courses cost between £{price} and £{price2}.",
            "The café is open from 8am until 4pm, closed on Mondays.",
            "{name}, the head chef, trained in {city2}.",
            "Bookings are recommended at weekends.",
        ],
        "opinions": [
            "The {dish} was the best I've had in years.",
            "Service was friendly but slow.",
            "Portions are generous, so skip the starter.",
            "It's not cheap, but you get what you pay for.",
            "I'll be back for the puddings alone.",
        ],
        "questions": [
            "Where can I get a decent breakfast in {city}?",
            "Any good vegetarian places near {street}?",
            "Does anyone have a reliable recipe for {dish}?",
        ],
        "steps": [
            "Soften the onions gently in butter for ten minutes.",
            "Add the stock and bring to a simmer.",
            "Season well and taste before serving.",
            "Leave to rest for five minutes.",
            "Serve with crusty bread.",
        ],
        "howto": ["make {dish}", "cook for a crowd on a budget"],
        "events": [
            "{business} opens its first shop.",
            "Farmers' market launched.",
            "First food festival held on the quay.",
        ],
    },
    "gardening": {
        "headlines": [
            "Allotment waiting list tops {n3}",
            "{city} in Bloom judges visit",
            "Community orchard planted in {city}",
            "Open gardens weekend raises money for hospice",
        ],
        "titles": [
            "What I'm sowing this month",
            "Allotment diary: a wet spring",
            "Growing {plant} in pots",
            "The best plants for a windy garden",
        ],
        "facts": [
            "Sow {plant} under cover in early spring and plant out after the last "
            "frost.",
            "The allotment society has {n3} plots across four sites.",
            "Open gardens weekend takes place on {date}.",
            "The community orchard has {n2} fruit trees of local varieties.",
            "Water butts are available from the council at a discount.",
            "The horticultural show has classes for vegetables, flowers and "
            "baking.",
        ],
        "opinions": [
            "The slugs got everything this year.",
            "My {plant} did far better in the greenhouse.",
            "I'm never growing courgettes again – too many!",
            "Nothing beats eating something you grew yourself.",
        ],
        "questions": [
            "Why are my {plant} leaves turning yellow?",
            "When should I prune lavender?",
            "How do I get an allotment in {city}?",
        ],
        "steps": [
            "Dig over the bed and remove perennial weeds.",
            "Add a thick layer of compost.",
            "Sow seeds thinly in shallow drills.",
            "Water gently and keep the soil moist.",
            "Thin the seedlings once they have two true leaves.",
        ],
        "howto": ["grow {plant}", "start an allotment"],
        "events": [
            "Allotment society founded.",
            "First horticultural show held.",
            "Community orchard planted.",
        ],
    },
    "weather": {
        "headlines": [
            "Yellow warning for rain in {city}",
            "Wettest month on record for {city}",
            "Coastal path closed after landslip",
            "Frost warning for gardeners",
        ],
        "titles": [
            "My weather station: a year of data",
            "Why does it always rain on show day?",
            "Storm-watching on the coast",
        ],
        "facts": [
            "The weather station at {city} recorded {n2} millimetres of rain in "
            "24 hours.",
            "Gusts of up to {n2} km/h are possible on exposed coasts.",
            "The coastal path between {city} and {city2} remains closed.",
            "Drivers are advised to allow extra time on the moorland roads.",
            "Temperatures could fall to minus {n} overnight in rural areas.",
            "The warning is in force from 6am until midnight.",
        ],
        "opinions": [
            "My rain gauge overflowed for the first time.",
            "I love a proper storm, as long as the power stays on.",
            "The forecast was completely wrong again.",
        ],
        "questions": [
            "Which weather station do you trust for {city}?",
            "Is the coastal path open yet?",
        ],
        "steps": [
            "Secure garden furniture and bins.",
            "Check your torch batteries.",
            "Keep your phone charged.",
            "Avoid coastal paths and exposed headlands.",
        ],
        "howto": ["prepare your home for a storm", "set up a home weather station"],
        "events": [
            "Great flood damages the harbour.",
            "Weather station installed on the pier.",
            "Sea wall rebuilt.",
        ],
    },
    "property": {
        "headlines": [
            "Plans for {n3} homes on former depot site",
            "House prices in {city} rise {pct} per cent",
            "Developer withdraws tower plan",
            "Empty shops to become flats",
        ],
        "titles": [
            "Buying our first house in {city}",
            "Renovation diary: the kitchen",
            "What a survey will and won't tell you",
        ],
        "facts": [
            "The average house price in {city} rose by {pct} per cent last year.",
            "The scheme includes {n3} homes, of which a third will be affordable.",
            "The planning committee will consider the application on {date}.",
            "The former depot has been empty for {n2} years.",
            "A public exhibition of the plans will be held at {venue}.",
            "The developer says construction could start next spring.",
        ],
        "opinions": [
            "We offered on six houses before one was accepted.",
            "The builders found asbestos under the kitchen floor, of course.",
            "Get a proper survey. Trust me.",
        ],
        "questions": [
            "Is {city} a good place to buy a first home?",
            "How long does conveyancing take at the moment?",
        ],
        "steps": [
            "Get a mortgage agreement in principle.",
            "Register with local estate agents.",
            "View each house at least twice.",
            "Commission a full building survey.",
        ],
        "howto": ["buy your first home", "object to a planning application"],
        "events": [
            "Town's first council estate built.",
            "Conservation area designated.",
            "Former depot closes.",
        ],
    },
    "travel": {
        "headlines": [
            "New bus route links {city} and {city2}",
            "Ferry timetable changes for winter",
            "Railway station to get step-free access",
            "Car park charges to rise in {city}",
        ],
        "titles": [
            "A weekend in {city}",
            "Walking the coast from {city} to {city2}",
            "Ten things to do in {city} when it rains",
            "Island hopping on a budget",
        ],
        "facts": [
            "The bus runs every {n2} minutes during the day and hourly in the "
            "evening.",
            "The ferry to {city2} takes about {n2} minutes.",
            "The walk from {city} to {city2} is {n2} kilometres along the cliffs.",
            "Parking on the seafront costs £{n} for two hours.",
            "The station's new lifts are due to be finished in the autumn.",
            "The museum in {city} is free to enter and open daily.",
            "Day tickets cost £{price} and can be bought on board.",
        ],
        "opinions": [
            "We had the beach almost to ourselves.",
            "The harbour at sunset was worth the trip alone.",
            "Bring waterproofs, whatever the forecast says.",
            "The fish and chips by the quay are overrated.",
        ],
        "questions": [
            "Best way to get from {city} to {city2} without a car?",
            "Is the coastal walk suitable for children?",
            "Where to stay in {city} for a weekend?",
        ],
        "steps": [
            "Check the tide times before setting out.",
            "Pack water, snacks and a map.",
            "Tell someone your route.",
            "Allow extra time for the steep sections.",
        ],
        "howto": ["walk the coast path safely", "plan a car-free weekend"],
        "events": [
            "Railway reaches {city}.",
            "Pier opened.",
            "Passenger ferry service restarted.",
        ],
    },
    "local_history": {
        "headlines": [
            "Blue plaque for {city} engineer",
            "History society marks {n2th} anniversary",
            "Old photographs wanted for exhibition",
            "Restoration of {city} mill completed",
        ],
        "titles": [
            "The lost railways of {city}",
            "Who lived in our house?",
            "Memories of the old cattle market",
        ],
        "facts": [
            "The mill on {street} was built in the 1820s to grind corn.",
            "The history society meets at {venue} on the first {weekday} of the "
            "month.",
            "The exhibition includes {n3} photographs donated by residents.",
            "The town's first railway station closed in 1964.",
            "Census records show the street housed mostly fishermen and rope "
            "makers.",
            "A blue plaque will be unveiled on {date}.",
        ],
        "opinions": [
            "My grandmother remembered the cattle market well.",
            "It's amazing what turns up in a loft clearance.",
            "I wish we'd recorded these stories sooner.",
        ],
        "questions": [
            "Does anyone have photos of {street} before the war?",
            "Where can I find old maps of {city}?",
        ],
        "steps": [
            "Start with the census returns for your address.",
            "Check old trade directories at the library.",
            "Look at the deeds if you can get hold of them.",
            "Ask neighbours who have lived there longest.",
        ],
        "howto": ["research the history of your house", "record an oral history"],
        "events": [
            "Mill built on the river.",
            "Railway opens to passengers.",
            "Cattle market closes.",
            "History society founded.",
        ],
    },
    "business": {
        "headlines": [
            "{business} to create {n2} jobs",
            "{business} expands into {city2}",
            "Town centre footfall up {pct} per cent",
            "{business} marks {n2} years in business",
        ],
        "titles": [
            "Running a small business in {city}",
            "What we learned in our first year",
        ],
        "facts": [
            "{business} will open a second site in {city2} in the spring.",
            "The company employs {n2} people at its {city} base.",
            "Turnover rose by {pct} per cent in the last financial year.",
            "The expansion is supported by a £{price},000 regional growth grant.",
            "{name}, the managing director, founded the firm in {founded}.",
            "The business improvement district has funded new lighting on "
            "{street}.",
        ],
        "opinions": [
            "Cash flow is everything in the first year.",
            "The support from regulars has been incredible.",
            "Business rates are the biggest worry for us.",
        ],
        "questions": [
            "Any accountants in {city} you'd recommend?",
            "How do I apply for the small business grant?",
        ],
        "steps": [
            "Write a one-page business plan.",
            "Register with the tax office.",
            "Open a separate business bank account.",
            "Keep every receipt.",
        ],
        "howto": ["set up as a sole trader", "apply for a business grant"],
        "events": [
            "{business} founded.",
            "Second shop opened.",
            "Firm moves to a larger unit.",
        ],
    },
    "gaming": {
        "headlines": [
            "Games café opens in {city}",
            "Local team qualify for regional esports finals",
            "Indie studio in {city} releases debut title",
            "Board game convention returns to {venue}",
        ],
        "titles": [
            "What I've been playing this month",
            "Board game night: our top five",
            "Why I love co-op games",
        ],
        "facts": [
            "The games café on {street} has a library of {n3} board games.",
            "The regional esports finals are held at {venue} in {city}.",
            "The studio in {city} employs {n2} developers.",
            "Entry to the convention costs £{price} for the weekend.",
            "The tournament uses a double-elimination bracket.",
            "{name} designed the game in her spare time over four years.",
        ],
        "opinions": [
            "Far too many rules for a casual night.",
            "The art is gorgeous, the gameplay less so.",
            "We played it three times in a row.",
            "A brilliant two-player game.",
        ],
        "questions": [
            "Good board games for four players?",
            "Is the games café in {city} child-friendly?",
            "How do I get into competitive gaming?",
        ],
        "steps": [
            "Pick a game that plays in under an hour.",
            "Read the rules before everyone arrives.",
            "Set up the board in advance.",
            "Teach the game by playing an open-handed first round.",
        ],
        "howto": ["host a board game night", "run a small tournament"],
        "events": [
            "Games café opened.",
            "First convention held.",
            "Esports society formed at the college.",
        ],
    },
    "basketball": {
        "headlines": [
            "{team_bb} win overtime thriller",
            "{team_bb} sign new point guard",
            "Basketball courts refurbished in {city} park",
        ],
        "titles": [
            "Courtside: a season ticket holder's diary",
            "Why basketball is growing in {city}",
        ],
        "facts": [
            "{team_bb} beat {team_bb2} {bbscore} after overtime.",
            "{name} scored {n2} points and took {n} rebounds.",
            "The refurbished courts have new hoops and floodlights.",
            "Home games are played at the leisure centre on Saturday evenings.",
            "The junior programme has {n3} players aged 8 to 18.",
        ],
        "opinions": [
            "The fourth quarter was unbearable.",
            "We need a proper big man.",
            "Best crowd of the season so far.",
        ],
        "questions": [
            "Where can adults play pick-up basketball in {city}?",
            "Are season tickets worth it?",
        ],
        "steps": [
            "Keep your elbow under the ball.",
            "Bend your knees and use your legs.",
            "Follow through towards the hoop.",
            "Practise from close range before moving back.",
        ],
        "howto": ["improve your free throws"],
        "events": [
            "{team_bb} founded.",
            "Club joins the national league.",
            "Leisure centre arena opened.",
        ],
    },
    "swimming": {
        "headlines": [
            "Pool to close for six months of repairs",
            "{club_swim} swimmers win county medals",
            "Open-water swimming group grows in {city}",
        ],
        "titles": [
            "Learning to swim as an adult",
            "Cold-water swimming: my first winter",
        ],
        "facts": [
            "{club_swim} won {n2} medals at the county championships.",
            "The pool will close from {date} for roof repairs.",
            "The open-water group swims from the harbour beach every morning at "
            "7am.",
            "{name} set a county record in the 100 metres backstroke.",
            "Lane swimming sessions must be booked in advance.",
        ],
        "opinions": [
            "The first minute is always the worst.",
            "I've never felt better than after a winter swim.",
            "The changing rooms really need updating.",
        ],
        "questions": [
            "Where's the best place for open-water swimming near {city}?",
            "Adult swimming lessons in {city}?",
        ],
        "steps": [
            "Never swim alone in open water.",
            "Wear a bright hat and a tow float.",
            "Acclimatise gradually.",
            "Get warm quickly after you come out.",
        ],
        "howto": ["start cold-water swimming safely"],
        "events": [
            "Swimming baths opened.",
            "{club_swim} founded.",
            "New leisure pool opened.",
        ],
    },
    "architecture": {
        "headlines": [
            "Listed status for {city} bus station",
            "Plans unveiled for riverside tower in {city}",
            "Award for restored chapel",
        ],
        "titles": [
            "In defence of concrete",
            "A walking tour of {city}'s modern buildings",
        ],
        "facts": [
            "The bus station was designed in the 1960s and is known for its "
            "cantilevered roof.",
            "The proposed tower would be {n2} storeys high.",
            "The restored chapel on {street} is now a community arts space.",
            "The building was listed after a campaign by residents.",
            "The architects, {name} and {name2}, won a regional design award.",
        ],
        "opinions": [
            "You either love it or hate it, and I love it.",
            "It looks better in the rain, somehow.",
            "The restoration has been done with real care.",
        ],
        "questions": [
            "What's the oldest building in {city}?",
            "Can you visit the inside of the old bus station?",
        ],
        "steps": [
            "Check whether the building is listed.",
            "Talk to the conservation officer before any work.",
            "Use lime mortar on old brickwork.",
            "Keep records and photographs of every change.",
        ],
        "howto": ["repair an old brick wall", "research a listed building"],
        "events": [
            "Chapel built for a nonconformist congregation.",
            "Bus station opened.",
            "Building listed.",
        ],
    },
    "charity": {
        "headlines": [
            "Sponsored walk raises £{price},{n3} for hospice",
            "Food bank appeals for donations",
            "Charity shop opens on {street}",
        ],
        "titles": [
            "Why I volunteer",
            "A day at the food bank",
        ],
        "facts": [
            "The food bank handed out {n3} parcels last month.",
            "The sponsored walk follows a {n2}-kilometre route along the river.",
            "The charity shop is run entirely by volunteers.",
            "Donations can be left at {venue} on weekday mornings.",
            "The hospice needs volunteer drivers and gardeners.",
        ],
        "opinions": [
            "It's the best thing I do all week.",
            "Demand has never been higher.",
            "People's generosity still amazes me.",
        ],
        "questions": [
            "Where can I donate furniture in {city}?",
            "Does the food bank need volunteers at weekends?",
        ],
        "steps": [
            "Choose a charity and contact their fundraising team.",
            "Set up an online giving page.",
            "Tell friends and colleagues.",
            "Say thank you to every donor.",
        ],
        "howto": ["organise a sponsored walk"],
        "events": [
            "Food bank opened in a church hall.",
            "Charity shop opened.",
            "Hospice built.",
        ],
    },
}

# Extra slot values for team and club names, keyed by slot name suffix.
CLUB_SUFFIX = {
    "club_run": ["Harriers", "Road Runners", "Striders", "Athletic Club", "Joggers"],
    "club_cyc": ["Wheelers", "Cycling Club", "Velo", "Road Club", "CC"],
    "club_row": ["Rowing Club", "Boat Club", "Amateur Rowing Club", "RC"],
    "club_chess": ["Chess Club", "Chess Society", "Knights"],
    "club_swim": ["Swimming Club", "Otters", "Seals", "Aquatics"],
    "team": ["Town", "Athletic", "United", "Rovers", "Wanderers", "Albion"],
    "team_bb": ["Kites", "Lions", "Mariners", "Flyers", "Comets"],
}

GROUNDS = ["Mill Meadow", "the Recreation Ground", "Quarry Lane", "Harbour Park",
           "the Memorial Ground", "Foundry Field"]

# --------------------------------------------------------------------------
# Genre-specific pools
# --------------------------------------------------------------------------

NOTICES = [
    ("Road closure: {street}, {city}",
     ["{street} in {city} will be closed to through traffic from {date} for "
      "{n} weeks while a new water main is laid.",
      "A signed diversion will be in place via {street2}.",
      "Access for residents and emergency vehicles will be maintained.",
      "Bus services will be diverted and some stops temporarily suspended.",
      "We apologise for any inconvenience."]),
    ("Changes to bin collections over the holidays",
     ["Collections due on {weekday} will take place one day later.",
      "Garden waste collections are suspended for two weeks.",
      "Please put bins out by 7am on the day of collection.",
      "Real Christmas trees can be left next to your garden waste bin in "
      "January.",
      "Check the council website for your revised collection date."]),
    ("Public consultation: {city} town centre parking",
     ["The council is seeking views on proposed changes to parking in {city} "
      "town centre.",
      "Proposals include longer free parking on {street} and new "
      "electric-vehicle charging bays.",
      "Drop-in sessions will be held at {venue} on {date}.",
      "The consultation closes at midnight on {date2}.",
      "Paper copies of the survey are available at the library."]),
    ("Notice of planning application",
     ["An application has been received for the change of use of {n} {street}, "
      "{city}, from a shop to a café.",
      "Plans can be inspected online or at the council offices.",
      "Comments must be received within 21 days of the date of this notice.",
      "Reference: {refno}."]),
    ("Temporary closure of {city} leisure centre pool",
     ["The swimming pool at {city} leisure centre will close from {date} for "
      "essential maintenance.",
      "The gym and sports hall will remain open as normal.",
      "Swimming lessons will move to {city2} during the closure.",
      "Members will receive a pro-rata refund."]),
    ("Licensing application: {business}",
     ["{business} of {street}, {city}, has applied for a premises licence to "
      "sell alcohol from 11am to 11pm.",
      "Representations may be made in writing to the licensing team.",
      "The closing date for representations is {date}."]),
    ("Library opening hours from {date}",
     ["{city} library will open from 9am to 5pm on weekdays and 10am to 1pm on "
      "Saturdays.",
      "The library will be closed on Sundays and public holidays.",
      "Book returns can be made at any time through the drop box.",
      "The homework club continues on Tuesdays and Thursdays."]),
    ("Election notice: {city} town council by-election",
     ["A poll will be held on {date} to elect one councillor for the {ward} "
      "ward.",
      "Polling stations will be open from 7am to 10pm.",
      "Applications for postal votes must be received by 5pm on {date2}.",
      "The count will take place at {venue} the following morning."]),
    ("Dog fouling and litter enforcement",
     ["Officers will patrol parks and beaches in {city} over the summer.",
      "Fixed penalty notices of £{price}0 may be issued.",
      "Free dog waste bags are available from the council offices.",
      "Please report problem areas through the council website."]),
    ("Water supply interruption – {city}",
     ["Properties on {street} and surrounding roads may experience low pressure "
      "or no water on {date}.",
      "Work is expected to take place between 9am and 4pm.",
      "Bottled water will be available for vulnerable customers.",
      "We are sorry for the disruption."]),
]

LISTING_KINDS = {
    "events": {
        "titles": ["What's on in {city} this week", "Events diary – {month}",
                   "Weekend listings: {city} and around"],
        "items": [
            "{weekday}: Quiz night at {venue}, 8pm, teams of up to six, £{n} each.",
            "{weekday}: Craft market on {street}, 10am–3pm.",
            "{weekday}: {band} live at {venue}, doors 7.30pm.",
            "{weekday}: Guided heritage walk from the town hall, 2pm, free.",
            "{weekday}: Repair café at the community centre, 10am–1pm.",
            "{weekday}: Children's story time at {city} library, 11am.",
            "{weekday}: Plant sale at the allotments, from 9am.",
            "{weekday}: Choir concert at St Oda's, 7pm, tickets £{price}.",
            "{weekday}: Beach clean, meet at the lifeboat station at 10am.",
            "{weekday}: Film club screening at {venue}, 7.30pm.",
            "{weekday}: Table-top sale at the church hall, 9am–noon.",
        ],
    },
    "property": {
        "titles": ["Property of the week: {street}, {city}",
                   "New to the market in {city}"],
        "items": [
            "Three-bedroom terraced house on {street}, {city}. Guide price "
            "{house_price}.",
            "Two-bedroom flat with harbour views. Offers over {house_price}.",
            "Detached cottage with large garden, needs modernisation.",
            "Converted chapel with mezzanine bedroom and parking for two cars.",
            "Ground-floor flat close to the station, no onward chain.",
            "Period townhouse retaining many original features.",
            "Energy rating C. Council tax band D.",
            "Viewing strictly by appointment with the agent.",
        ],
    },
    "jobs": {
        "titles": ["Jobs board – {city}", "Vacancies this week"],
        "items": [
            "Part-time kitchen assistant, {business}, {city}. 20 hours a week.",
            "Delivery driver, full licence required, evenings and weekends.",
            "Library assistant, fixed-term contract until March.",
            "Groundskeeper for {city} sports club, experience with mowers "
            "essential.",
            "Receptionist for busy dental practice on {street}.",
            "Apprentice electrician, training provided.",
            "Volunteer coordinator for a local charity, 3 days a week.",
            "Care assistants, days and nights, competitive rates.",
        ],
    },
}

OBIT_OPENERS = [
    "{name}, who has died aged {age}, was a familiar figure in {city} for more "
    "than half a century.",
    "{name}, who died on {date} aged {age}, ran {business} on {street} for "
    "{n2} years.",
    "The death has been announced of {name}, a former teacher and stalwart of "
    "{club_any}, aged {age}.",
]

OBIT_MIDDLES = [
    "Born in {city2}, {first} moved to {city} as a young adult and never left.",
    "{first} trained as an engineer before turning to teaching.",
    "A keen sailor, {first} crewed in the harbour regatta well into old age.",
    "{first} served for many years on the town council and chaired its planning "
    "committee.",
    "Generations of children learned to swim under {first}'s patient eye.",
    "{first} was a founder member of the local history society.",
    "In retirement {first} volunteered at the food bank three days a week.",
    "{first} sang with the choral society for more than forty years.",
]

OBIT_CLOSERS = [
    "{first} is survived by two children and five grandchildren.",
    "A funeral will be held at St Oda's on {date}; donations to the hospice.",
    "A celebration of {first}'s life will take place at {venue}.",
    "{first} leaves a partner, a sister and a wide circle of friends.",
]

ENCYC_PLACE = [
    "{town} is a village in the {district} district, {n} kilometres from {city}.",
    "It had a population of {pop} at the last census.",
    "The parish church of St {saint} dates from the thirteenth century.",
    "The village grew around a {industry} in the nineteenth century.",
    "It has a primary school, a pub, a post office and a village hall.",
    "The {river} runs along the eastern edge of the parish.",
    "A railway station on the line to {city} closed in 1965.",
    "The village hosts an annual agricultural show in August.",
    "Notable buildings include a former corn mill and a row of weavers' "
    "cottages.",
    "The village is within a designated area of outstanding landscape.",
]

ENCYC_PLACE_PARTS = {
    "town": ["Little Hatherlow", "Coldharbour Green", "Upper Wynstead",
             "Saltings End", "Kilverne St Mary", "Rook's Ferry", "Elmsleigh Cross",
             "Fallow Brook", "Nether Ketterby", "Sallow Bridge"],
    "district": ["Ember Valley", "Lisk Vale", "Northern Coast", "Moorland",
                 "Kestrelmark"],
    "saint": ["Oda", "Brannoc", "Petroc", "Wenna", "Elwyn", "Cuby"],
    "industry": ["tannery", "brickworks", "paper mill", "quarry", "rope walk"],
    "river": ["River Lisk", "River Ember", "Kelder Brook", "River Wynn"],
}

RESULTS_EVENTS = [
    ("{city} 10K – results", "running"),
    ("{city} Grand Prix – result", "cycling"),
    ("County league round-up", "football"),
    ("{city} Sprint Regatta – results", "rowing"),
    ("{city} Rapidplay – final standings", "chess"),
    ("Weekend basketball scores", "basketball"),
    ("County swimming championships – results", "swimming"),
]

CHANGELOG_LINES = [
    "Fixed a crash when opening very large files.",
    "Improved startup time on older machines.",
    "Added keyboard shortcuts for headings.",
    "Updated translations (German, Welsh, Portuguese).",
    "Search now ignores accents.",
    "Fixed sync conflicts when two devices edit the same note.",
    "Dark theme contrast improvements.",
    "Removed the legacy importer.",
    "Export to PDF now keeps images.",
    "New setting: spellcheck language per document.",
    "Fixed a memory leak in the preview pane.",
    "Tables can now be resized by dragging.",
]

PRESS_OPENERS = [
    "{business} today announced plans to open a new site in {city}.",
    "{business} has been named regional employer of the year.",
    "{business} is pleased to announce the appointment of {name} as operations "
    "director.",
    "{business} today launched a new range of products for local shops.",
]

PRESS_MIDDLES = [
    "The move will create {n2} new jobs over the next two years.",
    "{name2}, managing director, said: 'This is an exciting moment for the "
    "whole team.'",
    "The company was founded in {city2} in {founded} and now employs {n3} "
    "people.",
    "The new site will open in the spring, subject to planning approval.",
    "Customers will be able to order online from next month.",
    "The company works with more than {n2} local suppliers.",
]

PRESS_CLOSERS = [
    "Notes to editors: images are available on request.",
    "For further information contact the press office.",
    "Ends.",
]

QA_TITLES = [
    "Frequently asked questions – {city} {thing}",
    "{city} {thing}: your questions answered",
    "FAQ",
]

QA_THINGS = ["leisure centre", "library", "allotments", "harbour car park",
             "community cinema", "running club", "food festival", "recycling centre"]

QA_PAIRS = [
    ("What are the opening hours?",
     "We are open from 9am to 5pm on weekdays and 10am to 4pm at weekends."),
    ("Is there parking?", "Yes, there are {n2} spaces, including four for blue "
     "badge holders."),
    ("Can I bring my dog?", "Assistance dogs only, sorry."),
    ("How do I book?", "Online or by phone. We do not take bookings by email."),
    ("Is it accessible?", "There is step-free access to all public areas and an "
     "accessible toilet."),
    ("How much does it cost?", "Adults £{price}, concessions £{n}, under-fives "
     "free."),
    ("Can I get a refund?", "Refunds are available up to 48 hours before your "
     "booking."),
    ("Who do I contact with a complaint?", "Please write to the manager; we aim "
     "to reply within ten working days."),
    ("Do you offer gift vouchers?", "Yes, in any amount from £{n}."),
    ("Is there a café?", "A café on the ground floor serves drinks and light "
     "lunches."),
]

NEWSLETTER_OPENERS = [
    "Welcome to the {month} newsletter.",
    "Hello everyone, and thanks for another busy month.",
    "A quick round-up of club news before the summer break.",
    "Apologies for the late newsletter – it's been a hectic few weeks.",
]

NEWSLETTER_CLOSERS = [
    "Subs are now due – please pay the treasurer by the end of the month.",
    "As always, send news and photos to the editor.",
    "See you at the AGM.",
    "Don't forget the social at {venue} on {date}.",
]

# --------------------------------------------------------------------------
# Digest pools: generic brief items; topic mentions come from topics.py.
# --------------------------------------------------------------------------

DIGEST_TITLES = [
    "News in brief",
    "Around the region",
    "Weekend round-up",
    "Business briefs",
    "Sport in brief",
    "What's happening this week",
    "Community noticeboard",
    "The week in review",
    "Local news round-up",
    "Arts and culture briefs",
    "Morning briefing",
]

DIGEST_ITEMS = [
    "A new pedestrian crossing has been installed on {street} in {city}.",
    "{business} has won a regional award for customer service.",
    "The {city} lifeboat was called out {n} times over the weekend.",
    "Volunteers planted {n3} trees along the river path in {city}.",
    "A charity quiz at {venue} raised £{price}{n}0 for the children's ward.",
    "{city} library is running free computer classes for older residents.",
    "Roadworks on {street} in {city2} are expected to finish on Friday.",
    "The {city} in Bloom committee is looking for new members.",
    "A lost dog reunited with its owner after three days on the moor made "
    "headlines in {city}.",
    "Police are appealing for witnesses after a minor collision on {street}.",
    "{club_run} raised £{price}0 at their annual fun run.",
    "The farmers' market in {city} has moved to the first Saturday of the "
    "month.",
    "A new bus shelter has been installed outside the station in {city}.",
    "{team} have confirmed their pre-season schedule.",
    "Tickets for the pantomime at {venue} go on sale next week.",
    "The harbour in {city2} will be dredged in the autumn.",
    "A fundraising appeal for a new scout hut in {city} has passed its target.",
    "{name} has been elected chair of the {city} chamber of commerce.",
    "The {city} food bank says demand rose by {pct} per cent this year.",
    "A public toilet block on the seafront will reopen after refurbishment.",
    "The council has approved new cycle parking outside {city} station.",
    "{band} will play a free outdoor concert in {city} park.",
    "A heritage open day will give access to the old customs house.",
    "{club_chess} have been promoted to the top division of the county "
    "league.",
]

# --------------------------------------------------------------------------
# Web clutter
# --------------------------------------------------------------------------

SITE_NAMES = [
    "The {city} Courier", "{city} Gazette", "Coastline News", "Valley Post",
    "The Northern Examiner", "{city} Live", "Harbour Weekly", "Moorland Mercury",
]

BREADCRUMBS = [
    "Home › News › Local", "Home > Sport > {sport}", "You are here: Home / "
    "{section} / Article", "Home » {section}", "News | {section} | {city}",
]

SECTIONS = ["Local", "Business", "Sport", "Culture", "Politics", "Community",
            "Technology", "Lifestyle", "Opinion"]

SPORTS = ["Athletics", "Cycling", "Football", "Rowing", "Chess", "Basketball",
          "Swimming"]

BYLINES = [
    "By {name} | {weekday} {date}", "By {name}, staff reporter", "Written by "
    "{name} · {n} min read", "{name} | Updated {n} hours ago",
    "Posted by admin", "By {name} and {name2}",
]

SHARE_LINES = [
    "Share this: Facebook · X · WhatsApp · Email",
    "Share | Tweet | Pin | Email",
    "Like this article? Share it with a friend.",
    "Copy link · Print · Share",
]

RELATED_HEADS = [
    "Related stories:", "You may also like:", "Read more:", "Most read:",
    "More from {section}:",
]

COOKIE_LINES = [
    "We use cookies to improve your experience. By continuing you agree to our "
    "cookie policy. Accept | Manage",
    "This site uses cookies. Find out more.",
    "Cookie settings: Accept all · Reject non-essential",
]

FOOTERS = [
    "© {site}. All rights reserved.",
    "© {site} – Terms · Privacy · Contact",
    "Registered office: Harbour Terrace, Brackwater. {site} is part of Coastline Media.",
    "Advertise with us | Contact the newsroom | Corrections",
    "Sign up to our newsletter for the latest headlines.",
    "Comments are closed.",
    "Advertisement",
]
