"""Hand-written topics 31-45 for the probe22 evaluation set (all invented)."""

TOPICS_C = [
    {
        "id": "castellan_medal",
        "domain": "architecture prize",
        "passages": {
            "a": ("news release", """\
Meadowgate Library wins 2022 Castellan Medal
Architecture news | 25 November 2022

Meadowgate Library in Tolland, designed by Brack & Ferrand, has won the 2022 Castellan Medal for Architecture, awarded each year to the best new public building in the region.

The jury, chaired by engineer Professor Dame Ottilie Sand, praised the library's "generous, daylit reading room and the way it turns a car park into a garden". The building reuses the steel frame of a former bus garage.

Partner Lucas Ferrand said the practice was "thrilled for the library staff, who told us exactly what they needed and then put up with us for three years". The medal was presented in Lisketh on Thursday evening."""),
            "b": ("news brief", """\
Castellan Medal 2022: the shortlist
Architecture news | 30 September 2022

Five buildings are shortlisted for this year's Castellan Medal:
- Meadowgate Library, Tolland
- Cobb Street almshouses, Pellow (Iver Dray Architects)
- Wrenfield station footbridge (Halloran Studio)
- Greywell primary school extension (Tamsin Oake Architects)
- Ashcombe visitor barn (Field Office)

The winner will be announced in November."""),
            "c": ("local news", """\
Harbour Baths take Castellan Medal
Port Orrery Echo | 26 November 2021

The restored Harbour Baths in Port Orrery have won the 2021 Castellan Medal for Architecture. The project, by Lisle Okafor Studio, brought a 1930s sea-water pool back into use after two decades behind hoardings.

The judges said the scheme showed "how much joy can be squeezed out of a modest budget". The baths reopened to swimmers in July 2021 and have since sold more than 30,000 tickets."""),
        },
        "mentions": [
            "Meadowgate Library in Tolland is running architecture tours on Saturday mornings.",
            "Entries for next year's Castellan Medal open in the spring.",
            "Port Orrery's Harbour Baths have extended their summer opening hours.",
            "Lisle Okafor Studio is exhibiting drawings of the Harbour Baths project in Lisketh.",
        ],
        "questions": [
            {"q": "Which architecture practice designed the building that won the 2022 Castellan Medal?",
             "a": ["Brack & Ferrand"], "src": ["a"], "ev": "designed by Brack & Ferrand", "nm": ["b", "c"],
             "kind": "which"},
            {"q": "Who chaired the jury for the 2021 Castellan Medal?",
             "a": [], "src": [], "nm": ["a", "c"], "kind": "who",
             "absent": ["2021 jury", "chaired the 2021", "2021 Castellan Medal jury"]},
        ],
    },
    {
        "id": "cinderfall_game",
        "domain": "games",
        "passages": {
            "a": ("encyclopedia entry", """\
Cinderfall (2011 video game)
For the 2021 remaster, see Cinderfall Remastered.

Cinderfall is a 2011 action role-playing game developed by Greyhaven Studio and published by Ostrander Interactive. Set in a city built inside a dormant volcano, it follows a lamplighter who can control ash.

The game was a surprise hit for the small studio, which had twenty-two staff at the time. It sold 1.2 million copies by the end of 2014 and won awards for its art direction. Greyhaven Studio closed in 2017, and its founders went on to start other companies."""),
            "b": ("review", """\
Cinderfall Remastered review: still burning
Games | 14 October 2021

Pixelwright's remaster of Cinderfall sensibly leaves the bones of the 2011 original alone. The ash-bending combat still feels great, the city is still a marvel of vertical design, and the lamplighter's story still lands.

What's new is the lighting, a rebuilt camera and an optional modern control scheme. Load times on current consoles are almost instant. A couple of cut side quests have been restored, though they're not essential.

Verdict: 8/10. The best way to play a cult classic."""),
            "c": ("forum post", """\
Cinderfall Remastered - worth it if you played the original?
Posted by ashwalker77

I put about 80 hours into Cinderfall back in the day. Is the remaster worth buying again or is it just a texture pack? Also saw somebody saying the remaster was a flop sales-wise, anyone know if that's true?

Reply from lamplight_lou: It's a lot more than textures, the camera alone is worth it. No idea about sales, Pixelwright never seem to publish numbers."""),
        },
        "mentions": [
            "Pixelwright is hiring engine programmers for an unannounced remaster.",
            "Former staff of the original Cinderfall team are speaking at an indie games meet-up in Lisketh.",
            "Ostrander Interactive is reissuing several older titles in a bundle.",
            "A speedrunning marathon will feature Cinderfall alongside other classics.",
        ],
        "questions": [
            {"q": "Which studio developed the original 2011 Cinderfall?",
             "a": ["Greyhaven Studio", "Greyhaven"], "src": ["a"], "ev": "developed by Greyhaven Studio",
             "nm": ["b", "c"], "kind": "which"},
            {"q": "How many copies has Cinderfall Remastered sold?",
             "a": [], "src": [], "nm": ["a", "b", "c"], "kind": "how_many",
             "absent": ["remaster has sold", "Remastered has sold", "Remastered sold"]},
        ],
    },
    {
        "id": "lowmoor_tribunal",
        "domain": "courts",
        "passages": {
            "a": ("court report", """\
Care worker awarded £34,500 after unfair dismissal
Employment tribunal | 7 September 2023

A senior care worker who was sacked after raising concerns about staffing levels has been awarded £34,500 by an employment tribunal.

Daria Kell had worked at a Lowmoor Care Homes Ltd home in Pellow for nine years. The tribunal found that she had been unfairly dismissed and that the company had failed to follow its own disciplinary procedure.

Employment Judge Conrad Beale said Ms Kell had been "a conscientious employee who was treated as a nuisance for doing her job". Lowmoor Care Homes said it was considering the judgment."""),
            "b": ("correction", """\
Correction: Lowmoor Care Homes tribunal
Published 12 September 2023

An article on 8 September said that a second claim against Lowmoor Care Homes Ltd, brought by former kitchen supervisor Ruben Stoat, had been upheld. In fact the tribunal dismissed Mr Stoat's claim. We apologise for the error, which has been corrected online."""),
        },
        "mentions": [
            "Lowmoor Care Homes has appointed a new regional manager for its Pellow homes.",
            "A union drop-in for care workers is held in Pellow on Wednesday evenings.",
            "The employment tribunal in Lisketh is moving to new premises.",
            "Care home staffing levels are on the agenda at the county health scrutiny committee.",
        ],
        "questions": [
            {"q": "How much was care worker Daria Kell awarded by the employment tribunal?",
             "a": ["£34,500"], "src": ["a"], "ev": "has been awarded £34,500", "nm": ["b"], "kind": "how_much"},
        ],
    },
    {
        "id": "tarn_hosepipe",
        "domain": "weather and utilities",
        "passages": {
            "a": ("news release", """\
Tarn Valley Water lifts hosepipe ban
News release | 14 December 2022

Tarn Valley Water has lifted the temporary use ban - commonly known as a hosepipe ban - with immediate effect from today, 14 December 2022.

Heavy rain in October and November has refilled our reservoirs, which are now at 86 per cent of capacity, close to normal for the time of year. We would like to thank customers for cutting their water use during one of the driest summers on record.

We will continue to fix leaks at a faster rate and remind customers that free water-saving packs are still available."""),
            "b": ("notice", """\
Temporary use ban: what you need to know
Tarn Valley Water | 26 July 2022

A temporary use ban will come into force on 1 August 2022 for all Tarn Valley Water customers. From that date you must not use a hosepipe to water gardens, clean cars or fill paddling pools.

You can still use a watering can or buckets filled from the tap. Customers with blue badges are exempt. We will lift the ban as soon as reservoir levels recover."""),
            "c": ("local news", """\
Tarnside Water brings in hosepipe ban
Fenwold Gazette | 2 August 2022

Tarnside Water, which supplies around 90,000 homes around Fenwold, will introduce a hosepipe ban from 5 August, days after its neighbour Tarn Valley Water did the same.

The company said reservoir stocks were the lowest it had recorded in July. It did not say how long the ban would last. Fines of up to £1,000 can be issued for breaches."""),
        },
        "mentions": [
            "Tarn Valley Water is offering free water-saving packs to customers.",
            "Tarnside Water has started work on a new pipeline near Fenwold.",
            "Gardeners in the Tarn valley are being shown how to set up water butts.",
            "Reservoir levels across the region are published weekly by the water companies.",
        ],
        "questions": [
            {"q": "Has Tarn Valley Water lifted its 2022 hosepipe ban, and if so on what date?",
             "a": ["14 December 2022"], "src": ["a"], "ev": "with immediate effect from today, 14 December 2022",
             "nm": ["b", "c"], "kind": "yes_no_fact"},
            {"q": "When did Tarnside Water lift its hosepipe ban?",
             "a": [], "src": [], "nm": ["a", "c"], "kind": "when",
             "absent": ["Tarnside Water lifted", "Tarnside Water has lifted", "Tarnside Water will lift"]},
        ],
    },
    {
        "id": "fennick_pies",
        "domain": "food",
        "passages": {
            "a": ("results list", """\
Great Fennick Pie Awards 2023 - winners
Judged at Fennick Corn Exchange, 4 March 2023

Supreme champion and open class (pork pie): Gethin Ferris, Ferris & Daughter, Coldby
Open class (steak pie): Hallam's Butchers, Wrenfield
Open class (vegetarian): The Pie Cart, Hallowmere
Junior class (under 16): Millie Rowntree, aged 13, for a chicken and leek pie
Best pastry: Oaks Farm Shop

Entries this year: 412 pies from 96 bakers. Head judge Bernadette Lyle said the standard in the junior class was "frighteningly good"."""),
            "b": ("local news", """\
Coldby butcher misses out as Wrenfield shop takes pie crown
Fennick Mercury | 6 March 2022

Hallam's Butchers of Wrenfield won the open pork pie class at this year's Great Fennick Pie Awards, with Coldby's Ferris & Daughter, last year's winners, in second place.

The junior class was won by 15-year-old Oscar Teague with a venison pasty, which the judges allowed "on a technicality"."""),
        },
        "mentions": [
            "Entries for the Great Fennick Pie Awards close in February.",
            "Fennick Corn Exchange hosts a pastry masterclass for young bakers.",
            "Hallam's Butchers in Wrenfield is extending its shop.",
            "Head judge Bernadette Lyle is writing a book about regional pies.",
        ],
        "questions": [
            {"q": "Who won the open pork pie class at the 2023 Great Fennick Pie Awards (not the junior class)?",
             "a": ["Gethin Ferris"], "src": ["a"],
             "ev": "Supreme champion and open class (pork pie): Gethin Ferris", "nm": ["b"], "kind": "who"},
        ],
    },
    {
        "id": "wexcombe_vc",
        "domain": "education",
        "passages": {
            "a": ("university news", """\
University of Wexcombe names new Vice-Chancellor
University news | 22 February 2024

The University of Wexcombe has appointed Professor Leontyne Farr as its next Vice-Chancellor. She will take up the post on 1 September 2024, succeeding Professor Martin Hulse, who has been interim Vice-Chancellor since January 2023.

Professor Farr is currently Deputy Vice-Chancellor for Education at the University of Calderbridge, and is a historian of medieval trade. She was chosen after an international search.

Chair of Council Ewan Brodie said: "Leontyne's record on widening access is outstanding. We are also hugely grateful to Martin, who will return to the School of Engineering."""),
            "b": ("university news", """\
Interim Vice-Chancellor appointed
University news | 20 December 2022

Professor Martin Hulse, Pro-Vice-Chancellor for Research, will serve as interim Vice-Chancellor of the University of Wexcombe from 1 January 2023, following the retirement of Professor Ann Keswick.

Council expects to begin the search for a permanent Vice-Chancellor in the spring. Professor Hulse has said he will not be a candidate."""),
        },
        "mentions": [
            "The University of Wexcombe is holding an open day for mature students.",
            "Professor Martin Hulse is returning to teaching in the School of Engineering.",
            "Wexcombe's university council is consulting on a new access strategy.",
            "The University of Wexcombe library is extending its weekend opening hours.",
        ],
        "questions": [
            {"q": "Has the University of Wexcombe appointed a permanent vice-chancellor yet, and who is it?",
             "a": ["Leontyne Farr"], "src": ["a"], "ev": "has appointed Professor Leontyne Farr as its next Vice-Chancellor",
             "nm": ["b"], "kind": "yes_no_fact"},
        ],
    },
    {
        "id": "rundell_ploughing",
        "domain": "agriculture",
        "passages": {
            "a": ("show report", """\
Rundell Ploughing Match draws record entry
Farming pages | 10 October 2023

More than 120 ploughmen and women competed at the Rundell Ploughing Match on Saturday, a record for the event's 90-year history.

The overall championship, in the reversible tractor class, went to Neil Garside of Coldside. The horse-drawn class was won by Tomos Ashworth with his pair of Clydesdales, Duke and Bess; last year's horse-class champion, Elspeth Gorrie, was second.

The vintage class attracted 31 tractors, the oldest built in 1938. Judges praised the straightness of the work despite a damp, heavy field."""),
            "b": ("show report", """\
Ploughing match returns to Rundell
Farming pages | 12 October 2021

The Rundell Ploughing Match went ahead on Saturday after a year's break, with 84 competitors.

The overall championship was won by Neil Garside, who also took the reversible class. The horse-drawn class went to veteran ploughman Walter Pennock, and the vintage class to Jean Tuckett on a 1951 tractor she restored herself."""),
        },
        "mentions": [
            "The Rundell Ploughing Match is looking for land for next year's event.",
            "A heavy horse training day is planned near Rundell for novice ploughmen.",
            "The vintage tractor section at Rundell now has its own class for restorers under 25.",
            "Rundell young farmers are running the catering tent at the ploughing match.",
        ],
        "questions": [
            {"q": "Who won the horse-drawn class at the 2022 Rundell Ploughing Match?",
             "a": ["Elspeth Gorrie", "Gorrie"], "src": ["a"],
             "ev": "last year's horse-class champion, Elspeth Gorrie", "nm": ["b"], "kind": "who_last_year"},
        ],
    },
    {
        "id": "skerrow_light",
        "domain": "heritage buildings",
        "passages": {
            "a": ("encyclopedia entry", """\
Skerrow Light
Not to be confused with Skerry Point Light.

Skerrow Light is a decommissioned lighthouse on Skerrow Island at the mouth of the Tey estuary. The 31-metre granite tower was designed by the engineer Josiah Gant and was first lit in 1847.

The light was converted from oil to electricity in 1926 and automated in 1989, when the last keepers left the island. It was permanently switched off in 2019, when a modern buoyage system made it redundant.

The keepers' cottages are now holiday lets, and the tower opens to visitors on summer weekends."""),
            "b": ("encyclopedia entry", """\
Skerry Point Light
Not to be confused with Skerrow Light.

Skerry Point Light is an active lighthouse on the headland south of Marrick Bay. The white-painted brick tower, 18 metres tall, was completed in 1872 and still flashes white every ten seconds.

The light is managed by the coastal lights board. The grounds are open, but the tower itself is not accessible to the public."""),
        },
        "mentions": [
            "Holiday lets in the old keepers' cottages on Skerrow Island are booking up for summer.",
            "The coastal lights board is repainting Skerry Point Light this spring.",
            "A photography walk around the Tey estuary lighthouses starts at Marrick Bay.",
            "Boat trips to Skerrow Island run on summer weekends, weather permitting.",
        ],
        "questions": [
            {"q": "In what year was the Skerrow lighthouse first lit?",
             "a": ["1847"], "src": ["a"], "ev": "was first lit in 1847", "nm": ["b"], "kind": "when"},
        ],
    },
    {
        "id": "meresby_orchestra",
        "domain": "music",
        "passages": {
            "a": ("press release", """\
Meresby Symphony Orchestra names Anouk Brevard as principal conductor
Press release | 3 June 2024

The Meresby Symphony Orchestra has appointed the Norveld-born conductor Anouk Brevard as its next principal conductor, from the start of the 2025/26 season. She has signed a contract for four seasons.

Brevard, 36, first conducted the orchestra in 2022, stepping in at two days' notice for an indisposed colleague. She will conduct at least eight programmes a season in Meresby and lead the orchestra's first overseas tour in a decade.

"From the first rehearsal it felt like a conversation," she said."""),
            "b": ("concert listing", """\
Meresby Symphony Orchestra: Lars Hemming returns
Concert listing | Meresby Town Hall, 7.30pm, 15 November 2024

Guest conductor Lars Hemming returns to Meresby for an all-Nordic-inspired programme of overtures and the orchestra's first performance of a new cello concerto.

Hemming has been principal guest conductor of the orchestra since 2019; his current two-year extension runs until 2025. Tickets £12-£38, under-26s £5."""),
        },
        "mentions": [
            "The Meresby Symphony Orchestra is holding open rehearsals for schools.",
            "Meresby Town Hall's organ is being restored over the summer.",
            "Guest conductor Lars Hemming leads a conducting masterclass in Meresby.",
            "The Meresby Symphony Orchestra's community choir is recruiting tenors.",
        ],
        "questions": [
            {"q": "How long is Anouk Brevard's contract as principal conductor of the Meresby Symphony Orchestra?",
             "a": ["four seasons"], "src": ["a"], "ev": "She has signed a contract for four seasons",
             "nm": ["b"], "kind": "how_long"},
        ],
    },
    {
        "id": "greywell_docs",
        "domain": "film",
        "passages": {
            "a": ("news brief", """\
Greywell Documentary Festival 2024: award winners
Film news | 21 October 2024

The audience award at this year's Greywell Documentary Festival went to Nine Winters at Drum Bay, Aled Voyce's portrait of a family who run a remote island shop.

The jury prize was awarded to The Weighbridge, a study of a rural haulage yard directed by Hattie Lemaire, which the jury called "a tiny film about enormous things". A special mention went to Bellringers.

The festival sold 9,200 tickets, its highest total so far."""),
            "b": ("news brief", """\
Greywell Documentary Festival 2023: winners announced
Film news | 23 October 2023

Slow Road North, a film following a mobile library van through the hill villages, took the audience award at the Greywell Documentary Festival on Sunday. The jury prize went to Tidewatchers, about volunteer coastguards in Olsby."""),
        },
        "mentions": [
            "The Greywell Documentary Festival is calling for submissions of short films.",
            "Director Hattie Lemaire is running a documentary workshop for teenagers.",
            "Greywell's festival cinema is being refurbished with new seats.",
            "A touring programme of Greywell documentaries visits village halls this winter.",
        ],
        "questions": [
            {"q": "Which film won the audience award at the 2024 Greywell Documentary Festival?",
             "a": ["Nine Winters at Drum Bay"], "src": ["a"],
             "ev": "The audience award at this year's Greywell Documentary Festival went to Nine Winters at Drum Bay",
             "nm": ["b"], "kind": "which"},
        ],
    },
    {
        "id": "aldous_fenn",
        "domain": "ships",
        "passages": {
            "a": ("news release", """\
Research ship Aldous Fenn named at Marrick Bay
News release | 9 May 2023

The new research vessel RV Aldous Fenn was formally named at Marrick Bay on Tuesday by marine biologist Professor Hanne Ludvik, who broke a bottle of local cider over the bow.

The 64-metre ship was built by Vossberg Marine in Estravia and arrived in Marrick Bay in March after a nine-day delivery voyage. She will be operated by the Coastal Research Institute and can carry 28 scientists.

Her first expedition, to survey seabed habitats off Skerrow Island, begins in June."""),
            "b": ("encyclopedia entry", """\
RV Marit Fenn
RV Marit Fenn is a coastal research vessel operated by the Coastal Research Institute since 2016. She is the older sister ship of RV Aldous Fenn, and is named after the institute's founder's daughter.

Marit Fenn was built by Halvorsen Yard in Palmora. She is 48 metres long and is used mainly for inshore fisheries surveys. Her home port is Marrick Bay."""),
        },
        "mentions": [
            "The Coastal Research Institute is opening its labs to the public for one weekend.",
            "RV Marit Fenn will be in dry dock for routine maintenance this winter.",
            "Professor Hanne Ludvik is giving the annual marine lecture at Marrick Bay.",
            "School groups can apply to visit a research ship moored at Marrick Bay.",
        ],
        "questions": [
            {"q": "In which country was the research vessel RV Aldous Fenn built?",
             "a": ["Estravia"], "src": ["a"], "ev": "built by Vossberg Marine in Estravia", "nm": ["b"],
             "kind": "where_country"},
        ],
    },
    {
        "id": "mossbeck_dental",
        "domain": "health services",
        "passages": {
            "a": ("local news", """\
4,300 patients told to find new dentist as Mossbeck practice closes
Mossbeck Advertiser | 30 January 2024

Mossbeck Dental Practice on Kiln Street will close at the end of April, leaving 4,300 patients looking for a new dentist.

The practice's owner, Dr Priya Natesan, said she had been unable to recruit a second dentist for two years despite repeated advertising. Patients have been sent letters and a list of other practices in the area.

The county health board said it was "working urgently" to find extra appointments."""),
            "b": ("notice", """\
Mossbeck Road Dental, Fennick - now accepting new patients
Practice notice

Mossbeck Road Dental in Fennick (not to be confused with Mossbeck Dental Practice in the village of Mossbeck) is accepting new adult and child patients from February.

Registration is by phone or in person; please bring proof of address. We expect the list to fill quickly, so we are asking people to register only once per household."""),
        },
        "mentions": [
            "The county health board is holding a drop-in on dental access in Mossbeck.",
            "Mossbeck's Kiln Street is getting new pavements this spring.",
            "Mossbeck Road Dental in Fennick is extending its evening appointments.",
            "A mobile dental van is visiting villages in the north of the county.",
        ],
        "questions": [
            {"q": "How many patients are affected by the closure of Mossbeck Dental Practice?",
             "a": ["4,300"], "src": ["a"], "ev": "leaving 4,300 patients looking for a new dentist", "nm": ["b"],
             "kind": "how_many"},
        ],
    },
    {
        "id": "lindon_cricket",
        "domain": "clubs",
        "passages": {
            "a": ("minutes", """\
Lindon Cricket Club - annual general meeting, 6 March 2023

The meeting was attended by 38 members.

Officers elected for the 2023 season:
President: Margaret Hewlett
Chair: Stuart Pim
First XI captain: Tobin Ashe
Second XI captain: Rafe Dunnock
Junior coordinator: Kerry Lusted

The treasurer reported a surplus of £3,210, mainly from bar takings and the six-a-side festival. The new roller has been delivered. Nets will start on the first Tuesday in April."""),
            "b": ("minutes", """\
Lindon Cricket Club - AGM report, March 2022

Thirty-one members attended. Rafe Dunnock was re-elected first XI captain for a third season and Tobin Ashe was elected second XI captain. The pavilion roof will be repaired before the season starts.

Subscriptions will stay at £90 for adults and £35 for juniors."""),
        },
        "mentions": [
            "Lindon Cricket Club's six-a-side festival returns in August.",
            "Nets at Lindon Cricket Club start in April and new players are welcome.",
            "Lindon's pavilion is available to hire for parties on winter weekends.",
            "Junior coordinator Kerry Lusted is looking for parents to help at training.",
        ],
        "questions": [
            {"q": "Who is captain of Lindon CC's first XI for the 2023 season?",
             "a": ["Tobin Ashe"], "src": ["a"], "ev": "First XI captain: Tobin Ashe", "nm": ["b"],
             "kind": "who_abbrev"},
        ],
    },
    {
        "id": "hollowmere_rescue",
        "domain": "charities",
        "passages": {
            "a": ("charity news", """\
New director for Hollowmere Animal Rescue
Charity news | 15 January 2024

Hollowmere Animal Rescue has appointed Osian Marr as its new director, replacing Judith Penn, who retires at the end of February after 19 years in charge.

Mr Marr has been the rescue's operations manager since 2018 and previously worked as a veterinary nurse. Ms Penn founded the rescue's foster network, which now has more than 150 volunteer households.

The rescue rehomed 612 animals last year, most of them cats."""),
            "b": ("charity news", """\
Hallowmere Horse Sanctuary elects new chair
Charity news | 8 November 2023

Trustees of the Hallowmere Horse Sanctuary have elected Gwen Saddler as chair, succeeding retired farrier Alun Prosser. The sanctuary, on the edge of Hallowmere, cares for 42 retired and rescued horses and ponies.

The sanctuary is not connected with Hollowmere Animal Rescue."""),
        },
        "mentions": [
            "Hollowmere Animal Rescue is looking for new foster households for cats.",
            "The Hallowmere Horse Sanctuary holds an open day with pony grooming sessions.",
            "A sponsored dog walk in aid of Hollowmere Animal Rescue takes place in May.",
            "Retiring rescue director Judith Penn is guest of honour at a volunteers' party.",
        ],
        "questions": [
            {"q": "Who replaced Judith Penn as director of Hollowmere Animal Rescue?",
             "a": ["Osian Marr"], "src": ["a"], "ev": "has appointed Osian Marr as its new director, replacing Judith Penn",
             "nm": ["b"], "kind": "who_replaced"},
        ],
    },
    {
        "id": "libtessel_advisory",
        "domain": "software",
        "passages": {
            "a": ("security advisory", """\
Security advisory: heap overflow in libtessel polygon tessellation
Published 5 February 2024 | Severity: high

A heap buffer overflow in libtessel's tessellation of self-intersecting polygons could allow a crafted vector file to crash an application or, in some configurations, execute code.

Affected versions: 2.3.0 up to and including 2.4.0.
Fixed in: 2.4.1, released today.

Users should upgrade as soon as possible. If you cannot upgrade, disable the self-intersection repair option. The issue was reported by researcher Marta Quill through the project's private disclosure process."""),
            "b": ("release notes", """\
libtessel 2.4.0 released
Release notes | 18 December 2023

libtessel 2.4.0 adds faster triangulation for large meshes, a new constrained Delaunay mode and an option to repair self-intersecting polygons before tessellation.

Minimum compiler versions have been raised. Thanks to all contributors."""),
            "c": ("security advisory", """\
tessellate-js: denial of service with deeply nested rings
Security advisory | 22 January 2024

tessellate-js, an independent JavaScript library that is unrelated to libtessel, could hang when given polygons with thousands of nested rings. The issue is fixed in 1.9.3. Affected: all versions before 1.9.3."""),
        },
        "mentions": [
            "The libtessel project is looking for maintainers for its language bindings.",
            "A workshop on computational geometry libraries is planned in Lisketh.",
            "libtessel's documentation has moved to a new website.",
            "Researcher Marta Quill is speaking about fuzzing geometry code at a security meet-up.",
        ],
        "questions": [
            {"q": "Which libtessel release fixed the heap overflow in polygon tessellation?",
             "a": ["2.4.1"], "src": ["a"], "ev": "Fixed in: 2.4.1", "nm": ["b", "c"], "kind": "which"},
        ],
    },
]
