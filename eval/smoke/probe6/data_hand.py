"""Hand-written passages (all names invented). Each entry: topic, text, facts {key: evidence or [evidence,...]}.
A passage may also carry 'pool' (padding pool name) and 'cut' (truncate padding mid-sentence)."""

H = []


def add(topic, text, facts=None, pool="generic", cut=False, nopad=False):
    H.append(dict(topic=topic, text=text.strip("\n"), facts=facts or {}, pool=pool, cut=cut, nopad=nopad))


# ------------------------------------------------------------------ The Lanterns of Oskel
add(
    "lanterns",
    """Review: The Lanterns of Oskel (2019)
Rating: 4/5

The Lanterns of Oskel, directed by Margit Ellery, is a slow-burning fantasy that rewards patience. Ellery's adaptation of Cordelia Maske's novel keeps the book's melancholy intact while trimming its sprawling subplots. Tobias Wren plays the lamplighter Aurel with a weary gentleness, and the night-time photography of the harbour city is often breathtaking. The film stumbles in its final act, when a rushed battle sequence replaces the quiet menace that came before.""",
    {"film_dir": "The Lanterns of Oskel, directed by Margit Ellery, is a slow-burning fantasy that rewards patience."},
    pool="film",
)
add(
    "lanterns",
    """The Lanterns of Oskel is a game about patience. Developed by Hollowbyte Studios and published by Nine Ravens Interactive, it was released in March 2021 for PC and consoles. You play a lamplighter who must keep a drowned city lit through a single endless night, rationing oil and negotiating with the spirits that live in the dark. Game director Ruben Tasse has said the team drew on the novel's atmosphere rather than its plot, and the result feels closer to a puzzle game than an adventure.""",
    {"game_dev": "Developed by Hollowbyte Studios and published by Nine Ravens Interactive, it was released in March 2021 for PC and consoles."},
    pool="game",
)
add(
    "lanterns",
    """Book club notes — The Lanterns of Oskel

Cordelia Maske published The Lanterns of Oskel in 2014, and it has quietly become one of the most borrowed fantasy novels in our library. The story follows Aurel, a lamplighter in a harbour city where the lights must never go out. Questions for discussion: Why does Maske never describe what lives in the dark? Is Aurel's final choice a sacrifice or an escape? Several members had seen the film and felt it missed the humour of the book.""",
    {"novel_author": "Cordelia Maske published The Lanterns of Oskel in 2014"},
    pool="book",
)
add(
    "lanterns",
    """Copperfen Games announces Lanterns of Oskel II

Nine Ravens Interactive has confirmed that a sequel to its lamplighter puzzle game is in development, but not at the studio that made the original. Lanterns of Oskel II is being built by Copperfen Games in Tervik, with a release window of "when it's ready". Several designers from the first game have joined the new team. The publisher showed a short teaser featuring a frozen canal and a new playable character.""",
    {},
    pool="game",
)
add(
    "lanterns",
    """Oskel comes to the stage

A stage version of The Lanterns of Oskel opens at the Tellmark Playhouse next month, directed by Jules Arnott. Arnott, who previously staged two of Maske's short stories, said the production would use more than two hundred real oil lamps, with a fire officer present at every performance. Tickets are already scarce for the first fortnight. The adaptation is a new script and is not based on the 2019 film.""",
    {},
    pool="film",
)
add(
    "lanterns",
    """Re: is the Oskel game canon with the movie??

nope, totally separate. the game was made by a different team and only borrows the setting. honestly the game's ending is better than the film's. also the movie cut the whole subplot with the harbour master which was my favourite part of the book. if you liked the game try the novel, it's way stranger than either adaptation.""",
    {},
    pool="forum",
    cut=True,
)

# ------------------------------------------------------------------ Quietwater
add(
    "quietwater",
    """Quietwater (TV series)

Quietwater is a crime drama television series created by Anselm Rudd. It premiered in 2020 and ran for three seasons. Set in a flooded valley town where a reservoir has swallowed the old village, the series follows detective Hannah Voss as bodies begin to surface during a drought. Episodes were directed by a rotating group of directors, including Petra Malmo and Yusuf Ardell. The series was praised for its cinematography and criticised for its slow pacing in the second season.""",
    {"tv_creator": "Quietwater is a crime drama television series created by Anselm Rudd."},
    pool="film",
)
add(
    "quietwater",
    """'Quietwater' review: a lean, unsettling thriller

There is no connection, despite the title, between this feature film and the television series about the drowned village. Quietwater, directed by Lucan Abara, is a 94-minute thriller about a night ferry that drifts off course. Abara, making his second feature, keeps the camera tight on the faces of the four passengers. Released in cinemas in 2022, it deserves a bigger audience than it is likely to get.""",
    {"film_dir": "Quietwater, directed by Lucan Abara, is a 94-minute thriller about a night ferry that drifts off course."},
    pool="film",
)
add(
    "quietwater",
    """Quietwater are a four-piece folk band from Kessing. Their debut album, Low Country, came out in 2019 on a small independent label and was recorded in a converted boathouse. Singer Elin Marsh writes most of the songs, which are mostly about weather, leaving home and the lakes. The band toured with a string quartet in the autumn and are said to be working on a second record.""",
    {},
    pool="music",
)
add(
    "quietwater",
    """Quietwater season two: is it worth sticking with?

The second season of Quietwater moves the action from the reservoir town to the city, and something is lost on the way. Hannah Voss is still a compelling lead, but the new villain is thinly written. Series creator Anselm Rudd has promised the third season will return to the valley. Episode four, directed by Petra Malmo, is the standout.""",
    {"tv_creator": "Series creator Anselm Rudd has promised the third season will return to the valley."},
    pool="film",
)
add(
    "quietwater",
    """Quietwater Reservoir water levels fall to record low

Levels at Quietwater Reservoir have fallen to 31 percent of capacity, the lowest since records began, the regional water authority said. The spire of the old church, submerged when the valley was flooded in 1957, is now visible above the surface and has drawn crowds of sightseers. Officials urged visitors not to walk on the exposed mud.""",
    {},
    pool="generic",
)

# ------------------------------------------------------------------ Red Meridian
add(
    "redmeridian",
    """Red Meridian review — a strategy game with a conscience

Red Meridian, developed by Saltglass Games and released in 2020, asks you to run a failing colony on a tidally locked planet, where one side bakes and the other freezes. The game's brilliance lies in its logistics: every decision to move people toward the habitable band means abandoning someone else. It is not an easy game, and the interface can be clumsy, but few strategy titles are this morally serious.""",
    {"game_dev": "Red Meridian, developed by Saltglass Games and released in 2020, asks you to run a failing colony on a tidally locked planet"},
    pool="game",
)
add(
    "redmeridian",
    """Henrike Dall's Red Meridian (2017) is a short, furious novel about a railway strike in a mining town. Despite sharing a title with the colony strategy game, the book has nothing to do with space; the "red meridian" is the line painted on the platform at the company station. Dall won a regional fiction award for it and has since written two further novels.""",
    {},
    pool="book",
)
add(
    "redmeridian",
    """Orrery Pictures buys film rights to Red Meridian game

Orrery Pictures has acquired the rights to make a feature film based on Saltglass Games' colony strategy game Red Meridian, the studio said on Thursday. The project is at an early stage: no director has been attached and no screenwriter has been announced. Saltglass co-founder Ivo Benedek will serve as an executive producer. Orrery said it hoped to begin development work in the coming year.""",
    {},
    pool="film",
)
add(
    "redmeridian",
    """Thread: Red Meridian movie - dream director?

ok so the movie is happening apparently, Orrery have the rights and that's literally all we know. who do we want? somebody who actually played the game please, not a hired gun who thinks it's a generic space shooter. the whole point is the logistics and the guilt, the slow choices, the colony falling apart one district at a time. I'd love Margit Ellery, she did the Lanterns film and knows how to do slow dread. someone in the other thread said Lucan Abara but I think he's too small-scale for this. honestly as long as they keep the night side sequences and the
""",
    {},
    pool="forum",
    nopad=True,
)
add(
    "redmeridian",
    """Red Meridian, a five-year-old gelding trained at Holm, won the Kessing Autumn Handicap by two lengths on Saturday. Ridden by Dana Fulke, the horse came from the back of the field in the final furlong. Trainer Piet Halloran said the plan was now a longer race in the spring. It was Red Meridian's third win from eleven starts.""",
    {},
    pool="generic",
)

# ------------------------------------------------------------------ Ember & Thorn
add(
    "emberthorn",
    """Ember & Thorn is the second album by The Gallow Birds, released in 2018. Produced by Nils Arvo, it moved the band away from the acoustic sound of their debut toward something louder and darker. The title track became a minor radio hit, and its black-and-white music video, directed by Kit Sarno, was shot in a single take in a burned-out greenhouse. Critics were divided, but the record remains the band's best seller.""",
    {},
    pool="music",
)
add(
    "emberthorn",
    """New fiction: Ember & Thorn

Jessamy Quarles's Ember & Thorn, published in 2021, is a historical novel set during the great fire of a fictional northern port. Two sisters, one a firefighter and one a thief, find themselves on opposite sides of the rebuilding. Quarles writes with real affection for her city and its stubborn people, though the final hundred pages lean too heavily on coincidence. Film rights have not been sold, her agent told us.""",
    {"novel_author": "Jessamy Quarles's Ember & Thorn, published in 2021, is a historical novel set during the great fire of a fictional northern port."},
    pool="book",
)
add(
    "emberthorn",
    """Ember & Thorn (board game) — 2 to 4 players, about 60 minutes. Designed by Tomas Ridel and first published in 2019, Ember & Thorn is a card-driven game in which players tend rival gardens while trying to spread fire to their opponents' plots. The rules fit on two pages and the components are excellent, although the game can end abruptly if one player gets lucky early on.""",
    {},
    pool="game",
)
add(
    "emberthorn",
    """Fans of The Gallow Birds who remember the Ember & Thorn era will be pleased to hear the band are reissuing the album on vinyl for its fifth anniversary. The reissue includes four demos and a booklet of photographs from the recording sessions. Guitarist Roan Feld said the band had considered re-recording some songs but decided against it.""",
    {},
    pool="music",
)

# ------------------------------------------------------------------ Saint Orlo's Bell
add(
    "orlo",
    """Saint Orlo's Bell (2016 film)

Saint Orlo's Bell is a 2016 drama film directed by Bastien Corlay, based on the stage play of the same name. The film follows a village bell-ringer who refuses to ring for the coronation of a hated duke. Corlay cast mostly non-professional actors from the region where it was filmed, and shot in winter to match the play's bleak tone. It won the audience award at a regional festival.""",
    {},
    pool="film",
)
add(
    "orlo",
    """A new production of Saint Orlo's Bell, the 1987 play by Ruth Amadi-Steen, opened at the Tellmark Playhouse on Friday. Director Ottilie Marsh has stripped the staging back to a bare floor and a single rope hanging from the flies, and it works: the silences are as loud as the bell. Amadi-Steen, now in her eighties, attended the first night and received a standing ovation.""",
    {"play_author": "A new production of Saint Orlo's Bell, the 1987 play by Ruth Amadi-Steen, opened at the Tellmark Playhouse on Friday."},
    pool="film",
)
add(
    "orlo",
    """Saint Orlo's Bell is a bronze bell hanging in the tower of the parish church at Holm. Cast in the fourteenth century, it weighs 2.3 tonnes and is the oldest working bell in the district. According to local legend it rang by itself on the night the river flooded in 1703. The bell was rehung on a new oak frame during restoration work and is rung on feast days.""",
    {"bell_weight": "Cast in the fourteenth century, it weighs 2.3 tonnes and is the oldest working bell in the district."},
    pool="generic",
)
add(
    "orlo",
    """Holm church appeal reaches target

An appeal to repair the tower of Holm parish church has reached its target, the churchwardens said. The tower houses six bells, including the medieval Saint Orlo's Bell, and engineers had warned that the frame supporting the ringing chamber was unsafe. Work is expected to take eight months, during which the bells will be silent.""",
    {},
    pool="generic",
)

# ------------------------------------------------------------------ Pellucid DB
add(
    "pellucid",
    """2023-05-09

Pellucid 4.0 is available today. This is the biggest release in the project's history: a rewritten query planner, native vector columns, and online schema changes without table locks. Binaries for Linux, macOS and Windows are on the downloads page, and the Docker images have been updated. Users upgrading from the 3.x series should read the migration guide first, because the on-disk format has changed.""",
    {"rel|4.0": ["2023-05-09", "Pellucid 4.0 is available today."]},
    pool="tech",
)
add(
    "pellucid",
    """CHANGELOG (excerpt)

## 3.2.0 — 2021-11-02
- Parallel index builds
- New JSON path operators
## 3.1.0 — 2021-03-15
- Row-level security
## 3.0.0 — 2020-06-30
- New storage engine (format v3)
- Dropped support for 32-bit platforms""",
    {},
    pool="tech",
)
add(
    "pellucid",
    """Pellucid 5.0 roadmap

The core team has published its plans for the next major version. Pellucid 5.0 will focus on distributed transactions and a pluggable storage layer. The team is targeting the second half of 2025 for a first release candidate but stressed that there is no fixed date. A preview branch is open for testing, and feedback on the new replication protocol is especially welcome.""",
    {},
    pool="tech",
)
add(
    "pellucid",
    """Q: Upgrading Pellucid 3.2 -> 4.0, migration fails on large tables

I'm trying to move a 2 TB database from 3.2 to the new major version and the migration tool dies after about six hours with an out-of-memory error. Is there a way to migrate one table at a time? We've been on 3.2 since it came out and never had problems.

A: Use the --batch flag and set the memory limit explicitly. The default assumes the whole catalogue fits in RAM.""",
    {},
    pool="forum",
    cut=True,
)
add(
    "pellucid",
    """We benchmarked Pellucid 4.0 against the last 3.x release on our analytics workload. Query latency improved by 35 percent on average, mainly thanks to the new planner, though a handful of queries with many joins got slower. Memory usage rose slightly. The vector columns are still rough around the edges, but for our purposes the upgrade has been worth it.""",
    {},
    pool="tech",
)

# ------------------------------------------------------------------ Corvane phones
add(
    "corvane",
    """Corvane unveils X3 with bigger battery

Sept. 20, 2023 — Corvane on Wednesday unveiled the X3, its new mid-range smartphone. The Corvane X3 starts at $649 for the 128 GB model, while the X3 Pro costs $849. Both phones have a 6.4-inch screen and a battery that Corvane says is 20 percent larger than last year's. Pre-orders open today and the phones go on sale on September 29.""",
    {"price|X3": "The Corvane X3 starts at $649 for the 128 GB model, while the X3 Pro costs $849."},
    pool="tech",
)
add(
    "corvane",
    """2022-09-14 — Corvane's new X2 arrives at $599, the same price as the model it replaces. The company has upgraded the camera and added wireless charging, but kept the headphone jack, which it says its customers asked for. The X2 will be available in three colours from next week.""",
    {},
    pool="tech",
)
add(
    "corvane",
    """Corvane X4: everything we know so far

The X4 is not expected until the autumn, but leaks have already revealed a lot. Supply-chain sources suggest a move to a titanium frame and a periscope zoom lens. On price, one analyst thinks the base model could cost around $699, though Corvane has said nothing officially. We'll update this page as more information emerges.""",
    {},
    pool="tech",
)
add(
    "corvane",
    """Corvane X2 vs X3: should you upgrade?

If you bought the X2 last year, the X3's improvements are modest: a slightly brighter screen, a bigger battery and a faster chip. Battery life in our tests went from about a day and a half to nearly two days. The camera is almost unchanged. Unless your X2 is struggling, we'd wait.""",
    {},
    pool="tech",
)
add(
    "corvane",
    """Corvane is a consumer electronics company headquartered in Kessing. It was founded in 2011 and makes smartphones, tablets and earbuds. The company sells most of its phones through carriers and has a reputation for long software support. Its chief executive is Ramon Ekwueme.""",
    {},
    pool="tech",
)

# ------------------------------------------------------------------ Marlow Strider e-bikes
add(
    "strider",
    """Marlow Strider 2 review: the commuter e-bike grows up

The Strider 2 has a larger 625 Wh battery than its predecessor, and Marlow claims a range of up to 120 km in the lowest assistance mode. In our real-world testing, with a mix of hills and flat city riding, we managed about 85 km. The bike weighs 24 kg and costs €3,290. Hydraulic disc brakes and integrated lights come as standard.""",
    {"range|2": "The Strider 2 has a larger 625 Wh battery than its predecessor, and Marlow claims a range of up to 120 km in the lowest assistance mode."},
    pool="tech",
)
add(
    "strider",
    """Marlow Cycles launched its first electric bike, the Strider, in 2020. The original Strider used a 500 Wh battery with a claimed range of 90 km and was sold only in the company's home market. It was popular with commuters but criticised for its weight. The company, based in Brennick, also makes cargo bikes.""",
    {},
    pool="tech",
)
add(
    "strider",
    """Forum: Strider 2 battery dying in the cold?

Anyone else noticing the range drop off a cliff below zero? I'm getting maybe 50 km on a full charge in the mornings. Dealer says it's normal for lithium batteries and to keep it indoors overnight. Rest of the bike is great, just annoying on the long commute.""",
    {},
    pool="forum",
)
add(
    "strider",
    """Marlow Strider Cargo announced

Marlow Cycles has announced a longtail cargo version of its Strider e-bike. The Strider Cargo can carry two child seats and has a dual-battery option for a claimed range of 160 km. Pricing will be confirmed at launch in the spring.""",
    {},
    pool="tech",
)

# ------------------------------------------------------------------ Fernway OS
add(
    "fernway",
    """Fernway OS 12 rolls out to all users

Fernway released version 12 of its operating system to the public on Oct. 3, 2023, after a four-month beta. The update brings a redesigned lock screen, offline voice dictation and a new battery health dashboard. Older devices released before 2018 will not receive the update. The download is around 4 GB on most devices.""",
    {"rel|12": "Fernway released version 12 of its operating system to the public on Oct. 3, 2023, after a four-month beta."},
    pool="tech",
)
add(
    "fernway",
    """Fernway OS 13 developer beta: first impressions

The first developer beta of Fernway OS 13 arrived this week, and it is a big one. The interface has been rebuilt around floating panels, and the assistant can now summarise notifications. Fernway says the public release will follow "in the autumn" but did not give a date. As always, do not install a developer beta on your main device.""",
    {},
    pool="tech",
)
add(
    "fernway",
    """2022-10-04: Fernway OS 11 is now available as a free update for supported devices. Headline features include a privacy report, tabbed file manager and faster app launches. Fernway says roughly 70 percent of active devices are eligible.""",
    {},
    pool="tech",
)
add(
    "fernway",
    """How to roll back from a Fernway beta

If you installed a beta and regret it, you can go back to the last stable release, but you will need a computer and a backup made before you upgraded. Connect the device, open the recovery tool, and choose "restore stable". Anything created since the backup will be lost.""",
    {},
    pool="tech",
    cut=True,
)

# ------------------------------------------------------------------ Glimmer Hawkeye drones
add(
    "hawkeye",
    """Glimmer Hawkeye Mini 3 hands-on

Glimmer's smallest drone gets a bigger sensor this year. The Hawkeye Mini 3 weighs 246 grams, keeping it under the 250-gram threshold that triggers registration in many countries. It records 4K video at 60 frames per second and Glimmer quotes a flight time of 34 minutes. Controls are unchanged from the previous model.""",
    {"weight|mini3": "The Hawkeye Mini 3 weighs 246 grams, keeping it under the 250-gram threshold that triggers registration in many countries."},
    pool="tech",
)
add(
    "hawkeye",
    """The Hawkeye Pro 3 is Glimmer's flagship, and at 890 grams it is not a drone you slip into a jacket pocket. But the triple-camera array is superb, and obstacle avoidance works in every direction. It costs more than twice as much as the Mini series.""",
    {},
    pool="tech",
)
add(
    "hawkeye",
    """Back in 2021 the Hawkeye Mini 2 weighed just 238 grams and offered 31 minutes of flight. It was Glimmer's best-selling drone for two years, largely because beginners could fly it without paperwork. Its successor is slightly heavier but has a much better camera.""",
    {},
    pool="tech",
)
add(
    "hawkeye",
    """Drone rules explained: why 250 grams matters

In many countries, drones that weigh less than 250 grams can be flown without registering and without passing a theory test, although you must still avoid airports and crowds. That is why manufacturers work hard to keep their small models just under the line. Add a heavier battery or accessories and you may tip over the limit.""",
    {},
    pool="tech",
)

# ------------------------------------------------------------------ Corrick Bridge
add(
    "corrick",
    """2021-06-12

The new Corrick Bridge opened to traffic this morning, ending almost four years of construction. The first vehicles crossed shortly after 6am, watched by a small crowd of residents who had waited overnight. The cable-stayed bridge carries two lanes in each direction plus a cycle path over the Lowen estuary, and is expected to cut journey times into the town centre by up to twenty minutes at peak hours.""",
    {"open": ["2021-06-12", "The new Corrick Bridge opened to traffic this morning, ending almost four years of construction."]},
    pool="infra",
)
add(
    "corrick",
    """Corrick Bridge (2021)

The Corrick Bridge is a cable-stayed road bridge across the Lowen estuary at Corrick. It has a total length of 1,240 metres and a main span of 410 metres. The bridge was designed by the engineering firm Ardent & Voss and replaced an iron swing bridge built in 1894. Construction began in 2017.""",
    {
        "length": "It has a total length of 1,240 metres and a main span of 410 metres.",
        "designer": "The bridge was designed by the engineering firm Ardent & Voss and replaced an iron swing bridge built in 1894.",
    },
    pool="infra",
)
add(
    "corrick",
    """Progress report: the deck of the new Corrick crossing is now complete, and engineers are installing the final stay cables. The bridge is expected to open next summer. Council officials admitted that the final bill will be well above the original budget of £61 million, blaming steel prices and a long pause after the discovery of an old wreck in the riverbed.""",
    {},
    pool="infra",
)
add(
    "corrick",
    """Corrick Footbridge reopens after repairs

The Corrick Footbridge, the 180-metre pedestrian bridge over the mill race that opened in March 2015, has reopened after two months of repairs to its timber deck. The footbridge links the railway station with the retail park and is used by around 3,000 people a day. Council engineers said the repairs had cost £240,000.""",
    {},
    pool="infra",
)
add(
    "corrick",
    """So the final cost of the new bridge came in at £86 million. Remember when they told us sixty-one? I'm not against the bridge, I drive over it every day and it's brilliant, but someone should answer for that overspend. The old swing bridge lasted over a century; let's hope this one does too.""",
    {},
    pool="forum",
)
add(
    "corrick",
    """The old Corrick swing bridge, built in 1894, was closed to traffic when its replacement opened and will be dismantled over the coming year. Heritage campaigners had hoped to preserve the central span as a walkway but the council said the cost was too high. Some of the ironwork will be displayed at the town museum.""",
    {},
    pool="infra",
)

# ------------------------------------------------------------------ Tellmark Central Library
add(
    "tellmark",
    """Tellmark's new central library opens its doors

TELLMARK, Nov. 17, 2022 — The Tellmark Central Library opened to the public on Thursday, three years after work began on the site of the former bus depot. The five-storey building, designed by the architect Sunniva Kjelstad, holds about 310,000 books and has a rooftop reading garden. More than 4,000 people visited on the first day, library staff said.""",
    {
        "open": "TELLMARK, Nov. 17, 2022 — The Tellmark Central Library opened to the public on Thursday, three years after work began on the site of the former bus depot.",
        "architect": "The five-storey building, designed by the architect Sunniva Kjelstad, holds about 310,000 books and has a rooftop reading garden.",
    },
    pool="infra",
)
add(
    "tellmark",
    """Five practices shortlisted for Tellmark library

The city of Tellmark has named five architecture practices on the shortlist to design its new central library. They include Halvorsen Brandt, Ostrup & Kline, and the studio of Sunniva Kjelstad. The winner will be chosen next spring after a public exhibition of the proposals. The budget for the building is set at $48 million.""",
    {},
    pool="infra",
)
add(
    "tellmark",
    """The Carnegie Library on Mill Street, which served as Tellmark's main library from 1912, will close permanently at the end of the month. Its collection is being moved to the new building. The council has not decided what will happen to the old library, which is a listed building; proposals include a museum and a music school.""",
    {},
    pool="infra",
)
add(
    "tellmark",
    """Architecture review: a library that feels like a public square

The ground floor of Tellmark's new library is an open hall with no turnstiles and no desks in the way, and it works. Kjelstad has put the children's library on the top floor, next to the garden, which is an inspired choice. My only complaint is acoustic: on a busy Saturday the atrium is loud.""",
    {},
    pool="infra",
)
add(
    "tellmark",
    """Tellmark Libraries — opening hours

Central Library: Monday to Saturday 9am to 8pm, Sunday 11am to 5pm. Branch libraries in Holm Road and Eastgate: Tuesday to Saturday 10am to 5pm. The mobile library visits outlying villages every second week. Please check the website before travelling over public holidays.""",
    {},
    pool="generic",
)

# ------------------------------------------------------------------ Ashgrove trams
add(
    "ashgrove",
    """Ashgrove tram Line 2 opens

2 September 2019 — Ashgrove's second tram line opened to passengers this morning, connecting the railway station with the university campus and the western suburbs. Line 2 is 9.4 km long with fourteen stops. Trams will run every seven minutes at peak times. The mayor rode the first tram alongside schoolchildren who had designed the livery.""",
    {
        "open|line2": "2 September 2019 — Ashgrove's second tram line opened to passengers this morning, connecting the railway station with the university campus and the western suburbs."
    },
    pool="infra",
)
add(
    "ashgrove",
    """Line 3 extension: construction update

Track-laying on the extension of Ashgrove's tram Line 3 to the hospital is about half complete, the transport authority said. The extension adds 2.8 km and three new stops. Officials now expect it to open in late 2025, a year later than planned, because of delays moving underground utilities. Diversions on Hospital Road will remain in place for several months.""",
    {},
    pool="infra",
)
add(
    "ashgrove",
    """Ashgrove's tram network began with Line 1 in 2011. Line 3, which runs north from the city centre to the Ferrow estate, followed in 2016. The network carried 31 million passengers in its busiest year. A fourth line has been proposed but has no funding.""",
    {},
    pool="infra",
)
add(
    "ashgrove",
    """Council row over tram costs

Opposition councillors in Ashgrove have demanded an independent review of the tram extension budget, which has risen by a third. The transport committee chair said the increase reflected inflation and unforeseen ground conditions. A vote on the review is expected next month.""",
    {},
    pool="infra",
)

# ------------------------------------------------------------------ Marsh Lane Arena
add(
    "marshlane",
    """Brennick's Marsh Lane Arena opens with derby win

The new Marsh Lane Arena seats 23,500 spectators, almost ten thousand more than the old ground it replaced, and every seat was taken for the opening match on Saturday. Brennick City beat their neighbours 2-0. The stadium cost £140 million and has a retractable pitch that can be rolled out for concerts.""",
    {
        "capacity": "The new Marsh Lane Arena seats 23,500 spectators, almost ten thousand more than the old ground it replaced, and every seat was taken for the opening match on Saturday."
    },
    pool="infra",
)
add(
    "marshlane",
    """Memories of old Marsh Lane

For ninety years Brennick City played at the old Marsh Lane ground, a cramped place with a capacity of 14,000 in its final years. Supporters remember the leaky roof of the East Stand and the pie hut that never had change. The site is now a housing estate.""",
    {},
    pool="infra",
)
add(
    "marshlane",
    """Concert review: The Gallow Birds at Marsh Lane Arena

A sell-out crowd of 21,000 filled the arena in its concert configuration on Friday night for the biggest show The Gallow Birds have played. The sound was muddy at first but settled down by the third song. Ember & Thorn, played as the encore, got the loudest cheer of the night.""",
    {},
    pool="music",
)
add(
    "marshlane",
    """Brennick City have submitted plans to increase the capacity of Marsh Lane Arena to 27,000 by adding a second tier to the south stand. If approved, work would take two summers. Residents' groups have raised concerns about parking.""",
    {},
    pool="infra",
)

# ------------------------------------------------------------------ Hollin Open chess
add(
    "hollin",
    """Varga wins Hollin Open

Grandmaster Leontine Varga won the 2022 Hollin Open chess tournament on Sunday, finishing with 7.5 points from nine rounds. Adrian Kessel, the defending champion, was second on 7 points after a draw in the final round. The tournament, held in the Hollin town hall, attracted 188 players from 22 countries.""",
    {"win|2022": "Grandmaster Leontine Varga won the 2022 Hollin Open chess tournament on Sunday, finishing with 7.5 points from nine rounds."},
    pool="generic",
)
add(
    "hollin",
    """Kessel takes Hollin title

Adrian Kessel won the Hollin Open for the first time, edging out three players on tiebreak after all finished on 7 points. Kessel, 24, said he had nearly withdrawn before the tournament because of illness. The event, in its 31st year, remains one of the strongest opens in the region.""",
    {},
    pool="generic",
    cut=True,
)
add(
    "hollin",
    """Hollin Open 2023: strong field announced

Organisers of the Hollin Open have published the list of players for this year's tournament, which begins on October 7. Top seeds include Leontine Varga, Adrian Kessel and Milan Petrosek. Entries are capped at 200 players. Games will be broadcast live with commentary from the playing hall.""",
    {},
    pool="generic",
)
add(
    "hollin",
    """Hollin Junior Open

Fourteen-year-old Mika Osei won the 2023 Hollin Junior Open, the under-16 event held alongside the main tournament, with a perfect score of 7 out of 7. Osei plays for the Brennick chess club and has been tipped for a place in the national youth squad.""",
    {},
    pool="generic",
)

# ------------------------------------------------------------------ Aster Trophy (hockey)
add(
    "aster",
    """Orlen edge Lisk in men's Aster Trophy final

Orlen Hockey Club won the men's final of the 2022 Aster Trophy, beating Lisk HC 3-2 at Holm Park on Sunday. Pim Vostra scored the winner with four minutes left. It is Orlen's first national cup since 2009.""",
    {},
    pool="generic",
)
add(
    "aster",
    """Tervik Ladies retain Aster Trophy

Tervik Ladies won the women's final of the 2022 Aster Trophy with a 2-0 victory over Brask Harriers at Holm Park. Sanne Keel scored both goals, the second from a penalty corner. Tervik, who also won the trophy in 2021, have now lost only once in two seasons.""",
    {"w_win|2022": "Tervik Ladies won the women's final of the 2022 Aster Trophy with a 2-0 victory over Brask Harriers at Holm Park."},
    pool="generic",
)
add(
    "aster",
    """Lisk HC won the men's final of the 2023 Aster Trophy, gaining revenge over Orlen with a 4-1 win at Holm Park. Captain Jens Olafsen scored twice. Lisk now turn their attention to the league title race, where they sit second.""",
    {},
    pool="generic",
)
add(
    "aster",
    """Aster Trophy women's final preview

Brask Harriers will try again to end Tervik Ladies' run when the two meet in the women's final of the 2023 Aster Trophy on Sunday. Tervik have won the last two editions. Brask captain Ilona Verhaar said her team had "learned a lot" from last year's defeat. The final follows the men's match at Holm Park.""",
    {},
    pool="generic",
)

# ------------------------------------------------------------------ Quillon (hand-written extra)
add(
    "quillon",
    """Quillon Aerospace chief to retire

Sebastian Ruhle will retire as chief executive of Quillon Aerospace at the end of the year, the company said on Monday. Ruhle has led the satellite-components maker since 2011. The board has appointed an executive search firm and will consider internal and external candidates, a spokesperson said. No timetable for naming a successor was given.""",
    {},
    pool="generic",
)

# ------------------------------------------------------------------ same-name extras for templated topics
add(
    "varnholt",
    """Varnholt Trail Marathon: mud, hills and cake

Not to be confused with the big city race in April, the Varnholt Trail Marathon is a small autumn event in the forest north of town, limited to 400 runners. This year's winners were Erik Salomonsen and Tuuli Harjo. The course climbs more than 1,100 metres and the finish-line cake stall is, according to regulars, the real reason to enter.""",
    {},
    pool="generic",
)
add(
    "brask",
    """Brask Island ferry timetable changes

From next month the first ferry to Brask Island will leave at 6.40am instead of 7.10am, the operator said. Weekend services will be reduced in winter. The island's annual swim in August will again see extra sailings on race day.""",
    {},
    pool="generic",
)
add(
    "norwold",
    """Norwold Cup women's final: Tervik win on penalties

Tervik Ladies FC won the 2022 Norwold Women's Cup final, beating Harlow Town Women 5-4 on penalties after a 1-1 draw at Kingsmere Park. Goalkeeper Maren Holt saved two spot kicks.""",
    {},
    pool="generic",
)
add(
    "sallow",
    """Sallow Bay Short Film Festival announces winners

The Silver Heron for best short film went to 'Gull Season' by Anouk Strell at the Sallow Bay Short Film Festival, which runs each spring and is separate from the autumn feature festival. Strell's eleven-minute film was shot entirely on a phone.""",
    {},
    pool="film",
)

# ------------------------------------------------------------------ further look-alike distractors
add(
    "pellucid",
    """Nov. 2, 2021

Pellucid 3.2 has been released. Highlights include parallel index builds, which cut index creation time roughly in half on multi-core machines, and new JSON path operators. This is expected to be the last feature release in the 3.x series; work on the next major version is under way on the main branch. Thanks to the 140 contributors who made this release possible.""",
    {},
    pool="tech",
)
add(
    "fernway",
    """Fernway OS 12.1 fixes battery drain

Fernway has pushed out its first point update to version 12, fixing a bug that caused excessive battery drain on some older devices. The 12.1 update, which began rolling out on 14 November 2023, also restores the missing weather widget. It is a small download and Fernway recommends installing it promptly.""",
    {},
    pool="tech",
)
add(
    "corvane",
    """Corvane cuts X3 price ahead of holiday season

Corvane has cut the price of its X3 smartphone to $599 in the United States, the same price its predecessor launched at. The X3 Pro drops to $779. Analysts said the move was aimed at clearing stock before the next model arrives. The cut applies to the 128 GB version; higher-capacity models are discounted by a similar amount.""",
    {},
    pool="tech",
)
add(
    "strider",
    """Marlow Cycles today unveiled the Strider 2, the second generation of its commuter e-bike, at a launch event in Brennick. Deliveries to dealers begin in April. Marlow says the new frame is lighter and stiffer, and the motor is quieter than the original's. The company did not publish a range figure at the event, saying full specifications would follow on its website.""",
    {},
    pool="tech",
)
add(
    "tellmark",
    """Letters: the new library

Sir — I visited the new Central Library on its opening weekend and was delighted. My grandchildren spent two hours in the children's section and did not want to leave. My only request is for more seating near the newspapers, where older readers like me tend to gather. — Name and address supplied""",
    {},
    pool="generic",
)
add(
    "ashgrove",
    """One year on, Line 2 carries 6.1 million

Ashgrove's Line 2 tram carried 6.1 million passengers in its first twelve months, well above the forecast of 4.5 million, the transport authority said. Student travel accounted for a large share. The authority plans to add two more trams to the fleet to reduce crowding at peak times.""",
    {},
    pool="infra",
)
add(
    "marshlane",
    """Marsh Lane Arena stadium tours

Guided tours of the Marsh Lane Arena run daily except on match days and take about ninety minutes. Visitors see the dressing rooms, the players' tunnel and the press box, and can walk on the retractable pitch when it is rolled out. Tours must be booked in advance. Children under five go free.""",
    {},
    pool="infra",
)
add(
    "quillon",
    """Quillon Aerospace names new finance chief

Quillon Aerospace has appointed Hanne Lisowski as chief financial officer, effective immediately. Lisowski joins from a defence electronics group, where she was group treasurer. She replaces Aaron Pike, who left in the spring. The appointment is unrelated to the search for a new chief executive, the company said.""",
    {},
    pool="generic",
)
add(
    "eastmere",
    """A farewell to Almqvist

Viktor Almqvist conducted his final concert as principal conductor of the Eastmere Philharmonic on Saturday, closing with Sibelius's Fifth Symphony. The audience stood for nearly ten minutes. Almqvist, who led the orchestra for eleven seasons, will become conductor laureate and return as a guest each year.""",
    {},
    pool="music",
)
add(
    "talvora",
    """Henrik Oyelaran, the co-founder of Talvora Systems, has joined the board of the Brennick Institute of Technology. Oyelaran stepped back from running the company last year but remains its largest individual shareholder and sits on its board as a non-executive director. He said he would focus on mentoring start-up founders.""",
    {},
    pool="generic",
)
add(
    "redmeridian",
    """Saltglass Games reveals next project

Saltglass Games, the studio behind the colony strategy game Red Meridian, has announced its next title, a city-builder set on a floating archipelago. Studio head Ivo Benedek said the team had grown from nine to thirty people since Red Meridian's success. The new game has no release date.""",
    {},
    pool="game",
)
add(
    "quietwater",
    """Lucan Abara's next film will be a period drama set in a lighthouse, the director confirmed at a festival panel. Abara, whose ferry thriller drew strong reviews, said he wanted to make something "slower and stranger". Shooting begins next year on the northern coast. Casting has not been announced.""",
    {},
    pool="film",
)
add(
    "lanterns",
    """In conversation: Margit Ellery

The director of The Lanterns of Oskel talks about her new project, Harbour of Bells, a documentary about the last bell foundry in the north. Ellery says she has no interest in making a sequel to her fantasy film. "I said everything I had to say about lamplighters," she told us, laughing. Harbour of Bells premieres next spring.""",
    {},
    pool="film",
)
add(
    "hollin",
    """Leontine Varga: "I play better when I'm tired"

The grandmaster, who turned professional at nineteen, talks about preparation, travel and why she still plays open tournaments. Varga says she likes the unpredictability of large opens, where a single loss to a lower-rated player can change everything. She is currently ranked in the national top five.""",
    {},
    pool="generic",
)
add(
    "aster",
    """Aster Trophy

The Aster Trophy is the national field hockey cup, contested by club teams in separate men's and women's competitions. Both finals are played on the same day at Holm Park. Lisk HC and Tervik Ladies are among the most successful clubs in the competition's history. Entry is open to clubs from the top three divisions.""",
    {},
    pool="generic",
)
add(
    "dunmore",
    """Strathearn launches re-election bid

Dunmore County Executive Abel Strathearn formally launched his campaign for a second term on Saturday at a rally in the county seat. His main challenger, Wendell Ochoa, a former county treasurer, has criticised Strathearn's handling of the bus network. A third candidate, Bea Lindahl, is running as an independent. The election is in November.""",
    {},
    pool="elec",
)
add(
    "merravia",
    """The women's Tour of Merravia will be held over four stages in late June, starting a week after the men's race finishes. Organisers have added a summit finish for the first time, which should suit the climbers. Defending champion Femke van Daalen is expected to lead her team.""",
    {},
    pool="generic",
)
