"""Word pools for filler, digest and clutter text in the probe17 set.

All names built from these pools are invented combinations. build.py rejects
any generated text that contains a topic's entity names, answers or absent
strings, so filler can never answer (or leak) a topic question.
"""

FIRST = [
    "Adaeze", "Agnes", "Alban", "Alesha", "Amara", "Anders", "Annika", "Arlo", "Astrid", "Bastian",
    "Benedikt", "Bronagh", "Caius", "Calla", "Cormac", "Dagny", "Dario", "Delyth", "Dorian", "Eira",
    "Elodie", "Emrys", "Esme", "Fenna", "Florin", "Gideon", "Greta", "Halina", "Hamish", "Ilona",
    "Isaak", "Jorun", "Jovan", "Kasimir", "Kerstin", "Laszlo", "Leonie", "Linnea", "Lorcan", "Maelle",
    "Magnus", "Malak", "Marit", "Matteo", "Nadia", "Nikolai", "Noor", "Odalys", "Olwen", "Oskar",
    "Petra", "Quentin", "Rafferty", "Rhiannon", "Rune", "Saskia", "Selwyn", "Signe", "Solveig", "Sven",
    "Tamar", "Teodor", "Thea", "Ulrike", "Valentin", "Vesna", "Wilhelmina", "Xavier", "Yara", "Yusuf",
    "Zelda", "Zoltan", "Bartholomew", "Clementine", "Desmond", "Evander", "Ffion", "Gwilym", "Imelda", "Jolyon",
]

LAST = [
    "Abernathy", "Achterlee", "Balcombe", "Bellamont", "Birkett", "Blackwood-Noor", "Brackley", "Cadwallon",
    "Carrow-Hind", "Chisolm", "Corrigall", "Dallimore", "Delacroix-Bey", "Drummond-Vik", "Eastcott", "Elphick",
    "Fairweather", "Farquar", "Fenwright", "Gallacher", "Garside", "Grimwade", "Halloran", "Haverfield",
    "Hepplewhite", "Iddon", "Inchbald", "Jellicoe", "Jessop-Rae", "Kavanagh-Lund", "Kettleby", "Kinsella",
    "Lambkin", "Larkspur", "Lomax", "Lovibond", "Maddox-Ayre", "Mallinder", "Marchetti-Rowe", "Merriman",
    "Mottram", "Netherway", "Nussbaum", "Oakenfold", "Oduya-Grant", "Ormerod", "Pargeter", "Penrose-Idle",
    "Pettifer", "Quennell", "Quixall", "Radclyffe", "Ravenhill", "Rookwood", "Saltonstall", "Scarisbrick",
    "Sedgwick-Ang", "Shacklock", "Stainthorpe", "Sturridge-Paul", "Tansley", "Thackwray", "Threlfall",
    "Tregarthen", "Ulverston-Bey", "Underhay", "Vanstone", "Varley-Osei", "Vickerstaff", "Wadsworth-Ling",
    "Waghorn", "Wenlock-Tay", "Whitlock-Sen", "Wolstenholme", "Yardley-Ibe", "Yeoland", "Zabriskie-Holt",
]

PLACE_PRE = [
    "Brisk", "Cavel", "Druim", "Elsk", "Fardle", "Gorm", "Hask", "Ilder", "Jarn", "Kelv", "Lorsk",
    "Morv", "Ormel", "Quend", "Rusk", "Scarv", "Tamb", "Ursk", "Varn", "Wolk", "Yeld", "Zenn",
    "Brantle", "Coldra", "Dreavel", "Feorn", "Glissa", "Hurne", "Isca", "Kirrow",
]

PLACE_SUF = [
    "ford", "wick", "mouth", "by", "stead", "holm", "ton", "bridge", "moor", "leigh", "thorpe",
    "haven", "dale", "combe", "field", "ness",
]

TEAM_SUF = ["United", "Athletic", "Wanderers", "City", "Harriers", "Albion", "Town", "Rangers", "FC"]

RACE_KIND = [
    "Classic", "Road Race", "Grand Prix", "10K", "Half Marathon", "Trophy", "Invitational",
    "Open", "Hill Climb", "Triathlon", "Shield", "Sprint Series",
]

SPORT_FOR_RACE = {
    "Classic": "cycling", "Road Race": "cycling", "Grand Prix": "motor racing", "10K": "running",
    "Half Marathon": "running", "Trophy": "golf", "Invitational": "golf", "Open": "squash",
    "Hill Climb": "cycling", "Triathlon": "triathlon", "Shield": "rowing", "Sprint Series": "athletics",
}

COMPANY_PRE = [
    "Orvane", "Trelix", "Halcyra", "Brumwell", "Zentaro", "Mirelle", "Kaskadia", "Pendrell", "Solvane",
    "Auberon", "Cressing", "Dovecote", "Ferrisburg", "Glenholt", "Ivywick", "Lamorna", "Northcrest",
]

COMPANY_SUF = [
    "Systems", "Logistics", "Energy", "Analytics", "Telecom", "Pharma", "Instruments", "Retail",
    "Holdings", "Robotics", "Water", "Insurance", "Bakeries", "Freight",
]

SOFT_PRE = [
    "Bram", "Corv", "Dell", "Fenn", "Galt", "Hexa", "Jun", "Kip", "Lumo", "Moxi", "Nibb", "Orro",
    "Pell", "Quin", "Rill", "Sorra", "Tavi", "Umber", "Vello", "Wix", "Yarro", "Zell",
]

SOFT_SUF = ["db", "kit", "ly", "flow", "base", "stack", "grid", "mark", "sync", "pad", "forge", "lens"]

SOFT_KIND = [
    "open-source task scheduler", "note-taking app", "image editor", "web framework",
    "password manager", "static site generator", "message queue", "photo library app",
    "command-line backup tool", "spreadsheet app", "map renderer", "audio workstation",
]

DEVICE_BRAND = ["Orvix", "Talma", "Quillo", "Brenta", "Nuvola", "Sparrin", "Korda", "Helix-Vane"]
DEVICE_KIND = ["phone", "tablet", "smartwatch", "e-reader", "wireless earbuds", "laptop", "smart speaker"]

BAND_ADJ = [
    "Velvet", "Copper", "Quiet", "Distant", "Electric", "Northern", "Broken", "Silver", "Wandering",
    "Midnight", "Amber", "Glass", "Restless", "Crimson", "Little",
]

BAND_NOUN = [
    "Gannets", "Radios", "Orchards", "Pilots", "Harbours", "Kestrels", "Lamps", "Ferries", "Tides",
    "Satellites", "Foxes", "Weathervanes", "Cartographers", "Moths", "Anchors",
]

TITLE_ADJ = [
    "Small", "Last", "Hidden", "Cold", "Bright", "Paper", "Salt", "Winter", "Borrowed", "Silent",
    "Empty", "Slow", "Burning", "Open", "Second",
]

TITLE_NOUN = [
    "Rooms", "Rivers", "Hours", "Kingdoms", "Letters", "Signals", "Houses", "Summers", "Engines",
    "Promises", "Islands", "Mirrors", "Harvests", "Crossings", "Gardens",
]

FILM_GENRE = ["drama", "comedy", "thriller", "science-fiction film", "romantic comedy", "documentary", "horror film", "family film"]
MUSIC_GENRE = ["indie pop", "folk", "post-rock", "electronic", "country", "soul", "punk", "jazz"]

PARTIES = [
    "Civic Union", "People's Alliance", "Liberal Forum", "Green Network", "Rural Party",
    "Workers' Bloc", "Independent Ratepayers", "Reform Movement",
]

AWARD_PRE = ["Silver", "Harbour", "Northstar", "Crescent", "Beacon", "Kingfisher", "Ember", "Compass"]
AWARD_KIND = ["Theatre Awards", "Book Prize", "Photography Awards", "Jazz Awards", "Design Awards", "Poetry Prize", "Architecture Awards", "Food Awards"]

STREETS = [
    "Mill Lane", "Chapel Row", "Station Road", "Quarry Hill", "Market Street", "Orchard Way", "Kiln Road",
    "Ferry Lane", "Church Walk", "Long Acre", "Castle Mews", "Tanner's Yard",
]

ATTRACTIONS = [
    "Castle", "Botanic Garden", "Steam Railway", "Mill Museum", "Lighthouse", "Abbey Ruins", "Aquarium",
    "Toy Museum", "Sculpture Park", "Wetland Centre", "Tin Mine", "Observatory",
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTH_ABBR = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

RELEASE_ADDED = [
    "Dark mode for the settings panel",
    "Export to CSV from the reports view",
    "Keyboard shortcuts for switching workspaces",
    "Support for two-factor authentication with hardware keys",
    "A new command palette",
    "Offline mode for saved documents",
    "Bulk rename for files and folders",
    "Per-project colour themes",
    "An option to pause sync on metered connections",
    "Improved search with fuzzy matching",
    "Right-to-left text support in the editor",
    "A plugin API for custom importers",
]

RELEASE_FIXED = [
    "Crash when opening very large files",
    "Sync conflicts after resuming from sleep",
    "Incorrect week numbers in the calendar view",
    "Memory use growing during long sessions",
    "Broken links in exported PDFs",
    "Slow start-up on machines with many fonts",
    "Notifications appearing twice",
    "Scrolling jitter on high-refresh-rate displays",
    "Login loop when the session token expired",
    "Wrong time zone shown in the activity log",
]

RELEASE_CHANGED = [
    "The minimum supported OS version has been raised",
    "Default autosave interval changed from 5 to 2 minutes",
    "Telemetry is now off by default",
    "The legacy XML importer is deprecated",
    "Configuration is now read from the user's config directory",
]

COUNCIL_SUBJECTS = [
    ("resurfacing work on {street}", "roads"),
    ("a new pedestrian crossing near the primary school on {street}", "roads"),
    ("changes to bin collection days in the {ward} ward", "waste"),
    ("extended opening hours at the {place} library", "libraries"),
    ("a refurbishment of the play area in {place} Park", "parks"),
    ("a planning application for 48 homes off {street}", "planning"),
    ("new parking charges at the {place} leisure centre", "parking"),
    ("flood defence work along the river at {place}", "environment"),
    ("a community garden on the old bowling green in {place}", "parks"),
    ("a trial of late-night bus services from {place}", "transport"),
]

WARDS = ["Riverside", "Castle", "Northgate", "Hillside", "Abbey", "Harbour", "Westfield", "Orchard", "Moorside", "Station"]

FORUM_USERS = [
    "gravel_grinder", "quietpint", "bytewrangler", "spanner_sal", "northbound_kat", "tidewatcher",
    "pixel_ferret", "oldmancycles", "mossyrock", "latenightcoder", "fern_and_fog", "kettlebellkev",
    "harbourrat", "vinyl_vicar", "slowjogger", "cloudberry", "toastytoes", "lamp_post_larry",
]

PUBLISHERS = [
    "Northgate Media", "Harbourline News Group", "The Quay Press", "Weald & Marsh Publishing",
    "Lantry Digital", "Coastline Newspapers", "Brightfield Media",
]

RELATED_HEADLINES = [
    "Five things to watch this weekend",
    "Letters: readers on the parking changes",
    "How we choose our top picks",
    "Weather: a wet start to the week",
    "Quiz of the week",
    "Opinion: why local news still matters",
    "Readers' photos of the month",
    "What the new rules mean for you",
    "Our guide to the best walks nearby",
    "Podcast: the week in review",
    "Explained: how council tax is set",
    "Where to eat this month",
]

CLUTTER_HEAD = {
    "sports_results": ["Home > Sport", "Sport | Results", "Home > Sport > Local sport"],
    "wire_news": ["Home > News", "News | Region", "Home > News > Latest"],
    "election_report": ["News > Politics", "Home > News > Elections", "Politics | Local"],
    "council_news": ["Home > News > Local", "Local | Council", "News > Your area"],
    "company_announcement": ["News | Business", "Home > Business > Companies", "Newsroom > Press releases"],
    "release_notes": ["Docs > Changelog", "Blog > Releases", "Home > Downloads > Release notes"],
    "travel_listing": ["Home > Travel > Days out", "What's on > Events", "Visit > Attractions"],
    "award_writeup": ["Home > Culture", "Entertainment > Awards", "Arts | News"],
    "review": ["Reviews", "Home > Reviews", "Culture > Reviews"],
    "news_digest": ["Home > News", "Newsletters > Daily briefing", "News | In brief"],
    "wiki": ["From Openpedia, the free encyclopedia", "Jump to navigation | Jump to search"],
    "music_page": ["From Openpedia, the free encyclopedia", "Jump to navigation | Jump to search"],
    "film_page": ["From Openpedia, the free encyclopedia", "Jump to navigation | Jump to search"],
}

WIKI_GENRES = ["wiki", "music_page", "film_page"]

CLUTTER_TAIL_WIKI = [
    "Text is available under a Creative Commons licence; additional terms may apply.",
    "Retrieved from Openpedia | Privacy policy | About | Disclaimers",
    "This article needs additional citations for verification.",
    "Edit | View history | Talk",
]

CLUTTER_TAIL_DOCS = [
    "Edit this page | View source | Report an issue",
    "Was this page helpful? Yes | No",
    "Previous: Installation | Next: Configuration",
]

CLUTTER_TAIL = [
    "Share this article: Facebook | X | WhatsApp | Email",
    "Share / Tweet / Pin / Email",
    "Copy link | Print this page",
    "We use cookies to give you the best experience on our website. By continuing you agree to our cookie policy. Accept all | Manage settings",
    "Sign up to our morning newsletter for the day's top stories.",
    "Comments are closed for this article.",
    "Advertisement",
    "Report an error | Contact the newsroom",
    "Was this page helpful? Yes | No",
]

DIGEST_TITLES = {
    "sport": ["Sport round-up", "Sport in brief", "The sporting weekend", "Results round-up"],
    "tech": ["This week in software", "Tech briefing", "Gadgets and apps in brief"],
    "arts": ["Arts and culture round-up", "Culture in brief", "What's on this week", "Entertainment news in brief"],
    "business": ["Business in brief", "Markets and companies round-up", "Business briefing"],
    "local": ["Local briefs", "News in brief", "Around the towns", "Council round-up"],
    "politics": ["Politics in brief", "News in brief", "The week in review"],
    "travel": ["Weekend round-up", "Days out in brief", "What's on this week"],
}
