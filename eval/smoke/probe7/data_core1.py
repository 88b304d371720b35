# Hand-written topic passages and questions, part 1 (topics 1-15).
# All names of people, places, organisations, events and works are invented.


def Q(question, answers, evidence, nm, kind, absent=None):
    return dict(question=question, answers=answers, evidence=evidence,
                answerable=absent is None, absent=absent or [],
                near_miss=nm, nm_kind=kind)


TOPICS = []

# ---------------------------------------------------------------- 1
TOPICS.append(dict(
    id="kestrel", kinds=["same event, different years", "men's vs women's category", "preview vs result"],
    passages=[
        ("kp_2019", """KESTREL POINT, May 5, 2019 — Tobiah Renkell pulled clear of a four-man pack after the harbour turn and won the Kestrel Point Marathon in 2:11:48 on Sunday. The women's race went to Marisol Aadland, who finished in 2:29:05 despite a stiff wind off the estuary over the final ten kilometres. Organisers counted 6,240 finishers, a record for the event. Renkell, who trains in the hills above Dunlow, said he had only decided to enter three weeks earlier. Organisers said the start line would move to Quay Street for future editions because of roadworks near the old ferry terminal."""),
        ("kp_2021", """Kestrel Point Marathon 2021 — official top finishers
Men
1. Emeka Stroud 2:12:30
2. Tobiah Renkell 2:13:02
3. Anselm Garrido-Vey 2:14:41
Women
1. Linnea Corvath 2:27:44
2. Marisol Aadland 2:28:19
3. Hedda Prowse 2:31:50
Wheelchair: Conall Mayberry 1:38:12
Results are provisional until the timing review is complete. The race was run on October 10 after the usual spring date was dropped. Age-group medals can be collected from the Harriers clubhouse on Tuesday evenings."""),
        ("kp_2022", """There was a new name on the trophy at the Kestrel Point Marathon this spring, and it came after one of the tightest finishes the seafront has seen. Linnea Corvath, the defending champion, led the women's field for almost 38 kilometres before Idalia Veskin passed her on the climb to the lighthouse. Veskin won in 2:26:31, eleven seconds ahead of Corvath. In the men's race Halvard Brisco took the title in 2:10:59, with Emeka Stroud second. "I looked back once and that was enough," Veskin said. The 2022 edition drew just over 7,000 runners and was held in bright sunshine."""),
        ("kp_2023_preview", """Runners' forum > Road racing > Kestrel Point predictions?
posted by saltflats_jo
Entries closed last night so here goes. Women's race: I can't see past Idalia Veskin after last year, though Petra Dahlmoor ran a big personal best in the autumn. Men's: Halvard Brisco is the obvious pick but I heard he has been carrying a calf problem. Dark horse for me is Ruben Askwith, who has never run the distance at sea level. Forecast looks cool and dry. Anyone else from here running? I'm aiming for sub-3:30 and a pint at the Anchor afterwards."""),
        ("kp_2023", """Ruben Askwith's first marathon at sea level turned into a course record. The 27-year-old broke away at 30 kilometres and crossed the line on the promenade in 2:09:57, taking 17 seconds off the mark Osric Lanyon set in 2008. Halvard Brisco, last year's winner, dropped out before halfway with a calf injury. Petra Dahlmoor won the women's race in 2:28:10, with Idalia Veskin third. Race director Mags Ollerton said the 2023 Kestrel Point Marathon had raised £310,000 for the lifeboat station, and thanked residents of Brede End for their patience with the road closures."""),
        ("kp_stub", """The Kestrel Point Marathon is an annual road race held on the coast road and promenade of Kestrel Point. First run in 1994 as a club event with 180 entrants, it now attracts several thousand runners. The course is a single loop passing the lighthouse, the salt marshes at Brede End and the harbour. The men's course record of 2:10:14 was set by Osric Lanyon in 2008 and stood for fifteen years; the women's record, 2:26:31, belongs to Idalia Veskin. The race is organised by Kestrel Point Harriers with support from the town council and the lifeboat charity."""),
        ("kp_half", """KESTREL POINT HALF MARATHON — RESULTS, September 18, 2022
Men: 1 Dawit Hallorann 1:03:40, 2 Emeka Stroud 1:04:02, 3 Colm Ruddock 1:05:15.
Women: 1 Hedda Prowse 1:11:09, 2 Saoirse Kettleby 1:11:55, 3 Linnea Corvath 1:12:30.
Team prize: Dunlow Athletic Club.
Thanks to the 300 marshals who stood in the drizzle, and to the Anchor for the free soup. The full list of 2,118 finishers is on the club noticeboard and will be posted online once the chip times are checked."""),
    ],
    questions=[
        Q("who won the women's race at the 2022 Kestrel Point Marathon?", ["Idalia Veskin"], ["kp_2022"],
          "2021 women's champion Linnea Corvath finished second in 2022; Hedda Prowse won the women's 2022 Kestrel Point HALF marathon", "year+category"),
        Q("what was the men's winning time at the Kestrel Point Marathon in 2023?", ["2:09:57"], ["kp_2023"],
          "2022 winning time 2:10:59 and old course record 2:10:14 appear in look-alike passages", "year"),
        Q("who won the women's race at the 2020 Kestrel Point Marathon?", [], [],
          "results exist for 2019, 2021, 2022, 2023 and many earlier years, but nothing for 2020", "other year",
          absent=["2020 Kestrel Point", "Kestrel Point Marathon 2020", "Kestrel Point Marathon in 2020"]),
    ]))

# ---------------------------------------------------------------- 2
TOPICS.append(dict(
    id="veldmoor", kinds=["role held by different people over time", "similar company names"],
    passages=[
        ("vm_stub", """Veldmoor Group is a packaging and paper-products manufacturer headquartered in Arlesby. It was founded in 1998 by Agnes Threlkeld, who had previously managed a box plant at Millbrack, and grew through a series of acquisitions in the 2000s. The group operates eleven mills and employs around 5,400 people. Threlkeld served as chief executive until 2011. The company's recycled board division, launched in 2014, now provides roughly a third of its revenue. Veldmoor shares have been listed on the Arlesby exchange since 2006."""),
        ("vm_2011", """FOR IMMEDIATE RELEASE
Veldmoor Group names Corwin Ashdale chief executive
Arlesby, 14 March 2011 — The board of Veldmoor Group today announced that Corwin Ashdale, currently managing director of the group's northern mills, will become chief executive on 1 July 2011. He succeeds founder Agnes Threlkeld, who will remain on the board as a non-executive director. Mr Ashdale joined Veldmoor in 2003 from a rival board maker. "Corwin knows every mill we own and most of the people in them," Ms Threlkeld said. Media enquiries: press office, Veldmoor House, Arlesby."""),
        ("vm_2019", """Veldmoor Group said on Tuesday that Priya Vantongeren will take over as chief executive from Corwin Ashdale, who is retiring after eight years in the role. Vantongeren, 46, joins from the drinks-can maker Halberd Containers, where she was chief operating officer. Analysts welcomed an outside appointment after a period in which the group's margins lagged its rivals'. The change takes effect in September. Veldmoor shares rose 2 per cent in morning trading.
(Arlesby Business Daily, June 2019)"""),
        ("vm_2022", """Veldmoor Group reported full-year operating profit of 212 million crowns for 2022, up from 187 million, as higher prices for recycled board offset a sharp rise in energy costs. Revenue rose 9 per cent to 2.31 billion crowns. Chief executive Priya Vantongeren said the company would close its oldest mill, at Strand Moor, by the end of 2023 and move production to Tolvercombe. The board proposed a dividend of 4.10 crowns per share. Net debt fell slightly, to 640 million crowns."""),
        ("vm_freight", """Veldmore Freight, the regional haulage firm based in Quennick, has appointed Hugo Estrany as chief executive. Estrany, who previously ran the company's cold-chain division, replaces Bernadette Ruane, who left in January after a boardroom dispute. Veldmore Freight operates 620 lorries and a rail depot at Quennick Junction. The company is not connected to the Arlesby packaging group Veldmoor, despite frequent confusion over the names. "We get their post about once a week," a spokesman said."""),
        ("vm_obit", """Agnes Threlkeld, who built Veldmoor Group from a single rented warehouse into one of the region's largest manufacturers, has died aged 81. Born in Millbrack, the daughter of a railway clerk, she left school at sixteen and worked on the floor of a box plant before becoming its manager. She founded Veldmoor with two second-hand presses and a bank loan she later described as "terrifying". After handing over the day-to-day running of the business she chaired the Arlesby hospice appeal. She is survived by her son, Laurence, and three grandchildren."""),
        ("vm_forum", """Q: Is Veldmoor the same company as Veldmore? My uncle says he used to drive for Veldmoor but the lorries I see on the bypass all say Veldmore.
A: Two different firms. Veldmore (with an e) is the haulage company out of Quennick. Veldmoor (double o) makes cardboard and paper in Arlesby. Easy to mix up, and I suspect your uncle drove for the haulier. I think Veldmore started as a family business in the eighties but don't quote me on that."""),
    ],
    questions=[
        Q("who was Veldmoor Group's chief executive before Priya Vantongeren?", ["Corwin Ashdale"], ["vm_2019"],
          "founder Agnes Threlkeld was CEO before Ashdale; Veldmore Freight (similar name) had Bernadette Ruane before Hugo Estrany", "role over time"),
        Q("who is the chief executive of Veldmore Freight?", ["Hugo Estrany"], ["vm_freight"],
          "Veldmoor Group (double o) is a different company with CEO Priya Vantongeren", "similar names"),
    ]))

# ---------------------------------------------------------------- 3
TOPICS.append(dict(
    id="lantern", kinds=["same title, different works"],
    passages=[
        ("la_film", """The Lantern Accord is a 2018 drama film written and directed by Oriel Banfield. Set in a mining town during a long strike, it follows a night-shift foreman (Tamsin Greaves) who brokers a secret truce between the union and the owners. It was shot over six weeks in the Cardow valley on a modest budget. The film premiered at the Halvergate Film Festival, where it won the audience award, and was released in cinemas the following spring. Critics praised Greaves's performance and the cinematography of Jonah Fell."""),
        ("la_review", """Banfield's camera stays low and close, down in the coal dust, and for most of its running time The Lantern Accord earns its silences. Tamsin Greaves gives the foreman a tired stubbornness that never tips into speechifying, and the scenes in the union hall crackle. Where the film stumbles is the final act, when a courtroom subplot arrives from nowhere and resolves far too neatly. Still, this is a confident second feature. Three and a half stars. Showing at the Regal and the Arthouse on Penn Street from Friday."""),
        ("la_game", """Quillback Interactive released The Lantern Accord, its lighthouse-keeping strategy game, on October 14, 2021 for PC and consoles. Players manage a chain of island lights and bargain with smugglers, storms and a suspicious navy. Lead designer Sunniva Tollefsrud said the team had "honestly never heard of the film" when they picked the title. The deluxe edition includes a digital soundtrack by composer Tobin Rask and an extra island, Gannet Rock."""),
        ("la_patch", """The Lantern Accord — Patch 1.3 notes
- Fixed a crash when loading saves made before the autumn update
- Fog now correctly hides smuggler boats beyond the second reef
- Keeper fatigue rebalanced (-15% on night shifts)
- Added Brazilian Portuguese and Polish text
- Navy reputation no longer drops below zero after treaty events
Thanks for all the bug reports since launch. Next up is the Tidebreak expansion, which we'll talk about soon. — the Quillback Interactive team"""),
        ("la_gamereview", """User review, 8/10: The Lantern Accord is the cosiest game about shipwrecks I have ever played. You keep the lamps lit, ration the oil and decide whether to look the other way when the smugglers pass. The late game gets repetitive and the naval treaty screens are clunky. It is not related to the 2018 film as far as I can tell — totally different story, no miners anywhere. Quillback nailed the sound design though, and the storms are genuinely scary with headphones on."""),
        ("la_festival", """Halvergate Film Festival closing night: the jury prize went to Perrin Soutar's documentary Low Tide at Casby, while the audience award was won by The Lantern Accord. Best actress went to Romilly Achterberg for Seven Bright Rooms, and the short film prize to a nine-minute animation made by students at the Halvergate School of Art. The festival sold 41,000 tickets over ten days, its best year since it moved into the old corn exchange."""),
    ],
    questions=[
        Q("who directed the film The Lantern Accord?", ["Oriel Banfield"], ["la_film"],
          "a video game with the same title has lead designer Sunniva Tollefsrud (Quillback Interactive)", "same title"),
        Q("when did The Lantern Accord video game come out?", ["October 14, 2021"], ["la_game"],
          "the film of the same title is from 2018", "same title"),
        Q("who wrote the novel The Lantern Accord?", [], [],
          "only a film (written and directed by Oriel Banfield) and a video game with this title exist in the folder; no novel", "other subject of same name",
          absent=["Lantern Accord novel", "novel The Lantern Accord", "The Lantern Accord (novel)"]),
    ]))

# ---------------------------------------------------------------- 4
TOPICS.append(dict(
    id="tarnwick", kinds=["product versions with different release dates", "preview vs result"],
    passages=[
        ("tw_1", """Tarnwick 1.0 is here!
After eighteen months in private testing, our note-taking app for field researchers is available for Android and desktop from today, May 9, 2016. Tarnwick stores notes as plain Markdown, tags them with GPS coordinates and works entirely on your device, with no account needed. It is free for individuals. Sync between devices is on the roadmap but is not part of this release. Thank you to the 400 ecologists, archaeologists and surveyors who tested it in the mud. — The Tarnwick team, Brannagh Softworks"""),
        ("tw_2", """Tarnwick 2.0 release notes (September 2018)
New: offline sync between up to five devices over local Wi-Fi
New: photo attachments with automatic compression
New: iOS app
Changed: tags are now case-insensitive
Removed: legacy XML export (use Markdown export instead)
Known issue: very large notebooks (over 20,000 notes) may take several minutes to index on first launch.
Upgrading from 1.x keeps all your notes in place. As always, back up before you upgrade."""),
        ("tw_3", """Brannagh Softworks shipped Tarnwick 3.0 on February 11, 2021, the biggest update to its field notebook since launch. The headline feature is end-to-end encrypted cloud sync, which replaces the local-network sync that arrived in version 2.0 and works from anywhere with a signal. There is also a new map view that plots every note on a downloadable offline map. Existing users keep the free tier; cloud sync costs 3 euros a month. The company says it now has about 60,000 active users, mostly in universities and survey firms."""),
        ("tw_3review", """I've been using Tarnwick since the 1.x days for bird surveys and version 3 finally fixed my biggest complaint: I can sync from the marsh without carrying a router around in my rucksack. The map view is lovely and the offline tiles are sharp. Battery drain is worse than 2.x though, maybe 10% more on a long day. Still four stars from me. Tip: turn off photo previews in the map layer and it gets noticeably faster on older phones."""),
        ("tw_35", """Tarnwick 3.5 (released 3 August 2022) adds voice memos with on-device transcription, a dark theme and shared notebooks for teams of up to 25 people. The Windows installer is now signed, so you should no longer see the security warning on first run. The minimum Android version has been raised to 9. Shared notebooks need cloud sync enabled on every member's device. Full changelog and known issues are on the Brannagh Softworks support pages."""),
        ("tw_4beta", """Brannagh Softworks has opened sign-ups for the Tarnwick 4.0 beta. The company says the next major version rebuilds the editor from scratch and adds handwriting support on tablets, a long-standing request from archaeologists who sketch finds in the field. No release date has been given; chief developer Oona Pettigrew wrote on the company blog that 4.0 "will ship when it is ready, not before". Beta testers must be running 3.5 or later and agree not to share screenshots."""),
        ("tw_forum", """Anyone know when Tarnwick 4 comes out? I keep seeing blurry screenshots of the handwriting mode. — posted by quillpig
Reply from marshmallow_ecol: Nobody knows. They opened the beta sign-ups in the spring and that's all we've heard. 3.5 works fine for me in the meantime.
Reply from t_okonedo: Last I saw it was "when it's ready". Don't hold your breath, they took over two years between 2.0 and 3.0."""),
    ],
    questions=[
        Q("when was Tarnwick 3.0 released?", ["February 11, 2021"], ["tw_3"],
          "version 3.5 was released 3 August 2022, 2.0 in September 2018, 1.0 on May 9, 2016", "version"),
        Q("which version of Tarnwick first added sync between devices?", ["2.0"], ["tw_2", "tw_3"],
          "version 3.0 added cloud sync, which a reader may mistake for the first sync feature", "version"),
        Q("when was Tarnwick 4.0 released?", [], [],
          "only a beta sign-up announcement with no release date exists", "preview only",
          absent=["Tarnwick 4.0 was released", "Tarnwick 4.0 is now available", "released Tarnwick 4.0"]),
    ]))

# ---------------------------------------------------------------- 5
TOPICS.append(dict(
    id="brindle", kinds=["same election, different years", "similar place names"],
    passages=[
        ("br_2017", """BRINDLECOMBE BOROUGH COUNCIL
DECLARATION OF RESULTS — BOROUGH ELECTION, 4 MAY 2017
Seats won by party (33 seats in total):
Civic Forward 14
People's Harbour Party 9
Green Commons 6
Independent Ratepayers 4
Turnout: 38.2%
No party has an overall majority. The returning officer thanks all polling station staff and the counting team at the Corn Hall. Ward-by-ward figures are available from the electoral services office."""),
        ("br_2021", """Green Commons were the story of the night in Brindlecombe, where the party went from six councillors to ten at the 2021 borough election. Civic Forward remain the largest group with 11 seats but lost three, while the People's Harbour Party slipped to 8 and the Independent Ratepayers held their 4. Green Commons leader Ysolde Farrant said her party would talk to "anyone serious about the harbour wall". Turnout was 41.6 per cent, the highest in the borough for two decades."""),
        ("br_coalition", """Weeks after the May vote, Brindlecombe finally has an administration. Civic Forward and Green Commons have agreed a coalition, giving them 21 of the council's 33 seats. Tobias Wrenfield of Civic Forward stays on as council leader, with Ysolde Farrant as his deputy and cabinet member for the coast. The People's Harbour Party called the deal "a stitch-up cooked in a back room", while the Independent Ratepayers said they would judge the new cabinet on council tax."""),
        ("br_cote", """Brindlecote District Council election 2021: results by party
Rural Alliance 17
Green Commons 5
Civic Forward 3
Independents 2
The Rural Alliance keeps its majority on the 27-seat council for a third term. Brindlecote, a mostly agricultural district in the upper Lume valley, should not be confused with the coastal borough of Brindlecombe, about twenty miles to the south. Turnout in Brindlecote was 44 per cent."""),
        ("br_explainer", """How does Brindlecombe Borough Council work?
The borough is divided into eleven wards, each electing three councillors for a four-year term, so there are 33 councillors in all. All seats are elected at once. The council leader is chosen by councillors at the annual meeting in May, and the mayor is a ceremonial role that rotates each year. You can watch meetings live on the council website or attend in person at the Corn Hall, where the public gallery holds forty people."""),
    ],
    questions=[
        Q("how many seats did Green Commons win in the 2021 Brindlecombe council election?", ["ten", "10"], ["br_2021"],
          "Green Commons won 6 in 2017 in Brindlecombe and 5 in the 2021 election in similarly named Brindlecote", "year+similar name"),
        Q("which party won the most seats in the 2021 Brindlecote election?", ["Rural Alliance"], ["br_cote"],
          "in similarly named Brindlecombe the largest party in 2021 was Civic Forward", "similar names"),
        Q("how many seats did the People's Harbour Party win in the 2013 Brindlecombe Borough Council election?", [], [],
          "only the 2017 and 2021 Brindlecombe results are given", "other year",
          absent=["2013 Brindlecombe", "Brindlecombe 2013", "Brindlecombe Borough Council election in 2013"]),
    ]))

# ---------------------------------------------------------------- 6
TOPICS.append(dict(
    id="meridian", kinds=["same event, different years"],
    passages=[
        ("mw_2018", """PORT CALDER, 22 October 2018 — Delegates from 34 countries are meeting at the Calder Exchange this week for the Meridian Water Forum, the yearly gathering of river-basin agencies, engineers and farmers' groups. Groundwater depletion dominates the agenda. Forum chair Ines Marroquin-Hale opened proceedings by warning that three of the region's aquifers could be "functionally empty" within a generation. The forum closes on Thursday with the presentation of the Meridian Water Prize."""),
        ("mw_2019", """Savrin hosts water forum
The old textile town of Savrin was the host of the 2019 Meridian Water Forum, which ended on Friday with a pledge by eleven basin authorities to publish abstraction data every month. Around 1,900 delegates attended, down slightly on the previous year. The Meridian Water Prize went to the Kessling Delta restoration group. Local hotels reported full occupancy for the week, and the town council said it would bid to host again in future."""),
        ("mw_2021", """It rained for five straight days in Velasca, which felt appropriate. The 2021 Meridian Water Forum, held at the Velasca Congress Centre from 8 to 11 November, was the largest edition so far, and the corridors were noticeably fuller than the session halls. The big news was the launch of a shared flood-forecasting model covering the Sarre and the Lume. Next year the forum heads north to Tromholt, where organisers promise fewer parallel sessions and better coffee."""),
        ("mw_2022", """Tromholt, a port of 60,000 people better known for its herring smokehouses, welcomed 2,400 delegates to the Meridian Water Forum in the last week of September 2022. Sessions on drought planning drew the biggest crowds. The Meridian Water Prize was shared between a women's irrigation cooperative from the Ostra plain and the engineers behind the Lume flood model. The closing address was given by Tromholt's harbourmaster, who spoke about silt."""),
        ("mw_history", """The Meridian Water Forum is an annual conference on river-basin management. It was first convened in 2009 in Harnsey with fewer than two hundred participants, most of them hydrologists. The forum moves between host cities chosen by an organising committee. Recent hosts include Port Calder (2018), Savrin (2019), Velasca (2021) and Tromholt (2022). The Meridian Water Prize, awarded at the close of each forum, recognises practical work on water sharing."""),
        ("mw_2024", """The Meridian Water Forum's organising committee has chosen Saltcombe Vale to host the 2024 forum, ahead of bids from Ambrey and Port Calder. The town's new conference hall on the river front is due to open next spring. Committee secretary Olav Brekke-Simm said the choice reflected Saltcombe Vale's work on wetland restoration and its rail links. Dates will be confirmed later this year. Hotels in the valley have already been asked to hold rooms."""),
    ],
    questions=[
        Q("where was the 2021 Meridian Water Forum held?", ["Velasca"], ["mw_2021", "mw_history"],
          "2022 forum was in Tromholt (mentioned in the 2021 report as next host), 2019 in Savrin", "year"),
        Q("where will the 2024 Meridian Water Forum take place?", ["Saltcombe Vale"], ["mw_2024"],
          "Ambrey and Port Calder were losing bidders", "year"),
        Q("where was the 2020 Meridian Water Forum held?", [], [],
          "hosts are listed for 2018, 2019, 2021, 2022, 2024 and earlier years, skipping 2020", "other year",
          absent=["2020 Meridian Water Forum", "Meridian Water Forum 2020", "Meridian Water Forum in 2020"]),
    ]))

# ---------------------------------------------------------------- 7
TOPICS.append(dict(
    id="amberline", kinds=["nomination list vs winner", "same prize, different years"],
    passages=[
        ("ha_about", """The Hollis Amberline Prize for Fiction is an annual award for a novel by a writer living in the Marches region. It was established in 2004 by the estate of the publisher Hollis Amberline and carries a purse of £25,000. A longlist of twelve is cut to a shortlist of six in the autumn. Recent winners include Hester Qualtrough for Upwind of Pellmore (2019), Joachim Feeny for The Glass Tithe (2020) and Odile Brackenbury for The Lamplighter's Almanac (2021). Entries must be published in the twelve months before the closing date."""),
        ("ha_2022short", """PELLWORTH, September 8, 2022 — Six novels are in contention for this year's Hollis Amberline Prize for Fiction, the judges announced on Thursday:
Delphine Marrach, Harrow Lights
Tomasz Wyle, The Orchard Ledger
Imogen Falk-Teller, Salt Year
Kwame Astley-Rowe, A Map of Borrowed Rooms
Bettina Lorne, The Ninth Ferry
Arne Castellane, Small Hours in Velp
Chair of judges Raymond Ochs-Pellow called it "a shortlist of quiet, stubborn books". The winner will be named in November."""),
        ("ha_2022odds", """Who will take the Amberline this year? The bookmakers have Imogen Falk-Teller's Salt Year as a clear favourite at 2-1, with Tomasz Wyle's The Orchard Ledger second favourite. I'd be surprised if the judges went for anything that obvious. My own tip is Arne Castellane, whose Small Hours in Velp is the only book on the list I have read twice. Either way, the ceremony on Tuesday should be livelier than last year's, when the microphone failed for the entire winner's speech."""),
        ("ha_2022win", """The Assembly Rooms in Pellworth were packed on Tuesday night for the announcement, and the room fell silent when the chair of judges opened the envelope. Bettina Lorne, a retired ferry purser who began writing fiction at fifty-five, has won the 2022 Hollis Amberline Prize for Fiction for The Ninth Ferry, her spare novel about a crossing that never arrives. She beat the bookmakers' favourite, Imogen Falk-Teller. Lorne said she would spend part of the £25,000 on a new roof."""),
        ("ha_2023short", """The shortlist for the 2023 Hollis Amberline Prize for Fiction has been announced:
- The Weir Keeper's Son by Caradoc Imrie
- Nine Rivers by Lucasta Penhallow
- A Field Guide to Leaving by Joss Adeyemi-Flint
- Orrin by Seren Valcourt
- The Salt Census by Wilbur Anstey
- Lamps for the Drowned by Mirela Dunstan
The winner will be announced at the Assembly Rooms in Pellworth on 14 November. Shortlisted authors each receive £1,000."""),
        ("ha_interview", """Bettina Lorne still sounds surprised. "I kept thinking they had read the wrong name," she says, a month after The Ninth Ferry took the Amberline. The book came out of thirty years of night crossings on the Skellan route, most of them uneventful. She wrote it in longhand at the kitchen table. Her publisher, the tiny Gullwing Press, has reprinted it four times. Is there a second novel? "There is half of one," she says, "and a new roof.\""""),
    ],
    questions=[
        Q("who won the 2022 Hollis Amberline Prize?", ["Bettina Lorne"], ["ha_2022win"],
          "the 2022 shortlist has six names and a blog names Imogen Falk-Teller as bookmakers' favourite", "nomination vs winner"),
        Q("which book won the Hollis Amberline Prize in 2021?", ["The Lamplighter's Almanac"], ["ha_about"],
          "2020 and 2019 winners are listed in the same sentence; 2022 winner is The Ninth Ferry", "year"),
        Q("who won the 2023 Hollis Amberline Prize?", [], [],
          "only the 2023 shortlist exists; the winner announcement is not in the folder", "nomination only",
          absent=["won the 2023 Hollis Amberline", "2023 Hollis Amberline Prize winner", "winner of the 2023 Hollis Amberline"]),
    ]))

# ---------------------------------------------------------------- 8
TOPICS.append(dict(
    id="carrowmere", kinds=["men's vs women's category", "preview vs result", "same event, different years"],
    passages=[
        ("cc_stub", """The Carrowmere Cup is a one-day road cycling race held each spring on the moorland roads around Carrowmere reservoir. The men's race, first run in 1987, covers 182 km and includes six ascents of the Bleak Nab climb. A women's race over 118 km was added in 2019 and uses the same finish on the dam road. The event is organised by Carrowmere Wheelers and is part of the regional classics series. Wind on the exposed top road often splits the field."""),
        ("cc_2021", """Carrowmere Cup 2021 — results
Men (182 km): 1. Lucan Herrold 4h31m08s; 2. Bastien Oyarzun +0:04; 3. Teodor Malkin +0:41
Women (118 km): 1. Greta Solvang 3h12m55s; 2. Anouk Tessaro same time; 3. Ilse Marwood +1:10
King of the mountains: Teodor Malkin. Best young rider: Pim Doorhaven.
Commissaires' report: race neutralised for eight minutes at 60 km because of sheep on the road."""),
        ("cc_2022men", """Lucan Herrold made it two in a row at the Carrowmere Cup on Sunday, attacking on the final ascent of Bleak Nab and holding off a chasing group of five on the descent to the dam. The 29-year-old finished 18 seconds clear of Bastien Oyarzun. "Last year I won by four seconds, so this felt like a holiday," Herrold said. Crosswinds shredded the peloton early, and only 61 of the 140 starters in the 2022 men's race reached the finish."""),
        ("cc_2022women", """It was a day for the climbers. On a cold, bright morning at the reservoir, the women's field stayed together for the first two laps before the favourites went clear on Bleak Nab. Greta Solvang, the 2021 champion, punctured at the worst moment, and Anouk Tessaro took her chance, riding the last 20 km alone to win the women's race at the 2022 Carrowmere Cup by 52 seconds. Ilse Marwood was second. Tessaro dedicated the win to her grandfather, who raced on these roads in the sixties."""),
        ("cc_2023preview", """CARROWMERE, April 14, 2023 — Can anyone stop Anouk Tessaro? The Swiss-based rider is the clear favourite for Saturday's women's race after dominating last year, although Greta Solvang says she is "fitter than ever". In the men's race, Lucan Herrold goes for a hat-trick, with Ferran Quill-Ashby the most likely spoiler. The forecast is for rain and a strong westerly, which usually favours riders willing to attack early on the top road."""),
        ("cc_2023men", """Ferran Quill-Ashby won the men's race at the 2023 Carrowmere Cup, outsprinting Lucan Herrold on the dam road after the pair had escaped together on the last climb. Herrold, chasing a third straight win, finished second, two bike lengths back, with Teodor Malkin third at 35 seconds. Quill-Ashby, 24, said he had studied video of Herrold's previous wins "frame by frame". Heavy rain and a strong westerly made it the slowest edition of the race in a decade."""),
    ],
    questions=[
        Q("who won the women's Carrowmere Cup in 2022?", ["Anouk Tessaro"], ["cc_2022women"],
          "Greta Solvang won the 2021 women's race; Lucan Herrold won the 2022 men's race", "year+category"),
        Q("who finished second in the men's race at the 2023 Carrowmere Cup?", ["Lucan Herrold"], ["cc_2023men"],
          "Herrold was the winner in 2021 and 2022; the 2023 winner was Ferran Quill-Ashby", "winner vs runner-up"),
        Q("who won the women's race at the 2023 Carrowmere Cup?", [], [],
          "only a preview naming Anouk Tessaro as favourite and the men's 2023 result exist", "other category / preview only",
          absent=["women's race at the 2023 Carrowmere", "2023 women's Carrowmere", "women's Carrowmere Cup 2023"]),
    ]))

# ---------------------------------------------------------------- 9
TOPICS.append(dict(
    id="orrin", kinds=["similar place names"],
    passages=[
        ("lo_stub", """Little Orrin is a village and civil parish at the head of the Orrin valley. It had a population of 4,312 at the 2020 count, up from 3,980 in 2010, largely because of new housing on the former dairy site. The village has a primary school, a church with a twelfth-century font and a weekly market on Wednesdays. The River Orrin rises on the moor two kilometres to the north. Little Orrin is twinned with the Breton village of Kerlouan-Vras."""),
        ("go_stub", """Great Orrin is a market town on the River Orrin, about 14 km downstream from Little Orrin. At the 2020 count it had 18,905 residents. The town grew around a wool market and still holds a sheep fair each October. The Orrin Bridge, a three-span steel road bridge carrying the bypass, was opened on 12 June 1987, replacing a ford and a narrow stone bridge in the town centre. Great Orrin railway station closed in 1964 but the line is now a cycle path."""),
        ("lo_notice", """LITTLE ORRIN PARISH COUNCIL — NOTICE
The Mill Lane footbridge over the River Orrin reopened on 4 April 2022 following repairs to the timber deck and handrails. The council thanks residents for their patience during the closure. Cyclists are reminded to dismount on the bridge. The next parish council meeting will be held in the village hall on Tuesday at 7.30 pm; items for the agenda should reach the clerk by Friday."""),
        ("go_market", """Great Orrin's Saturday market is back to full strength, with 46 stalls filling the square for the first time in years. Traders credit the new parking arrangements by the bridge and a reduction in pitch fees agreed by the town council. Among the newcomers is a cheesemaker from Little Orrin who sells out most weeks by eleven. "People come from all along the valley now," said market manager Dilys Aberconway. The Christmas market will run on three weekends."""),
        ("orrin_walk", """Walk of the week: the Orrin valley path
Start at the church in Little Orrin and follow the river south through meadows and two kissing gates. After about 5 km you pass the ruined fulling mill; the path then climbs briefly through Sallow Wood before dropping to the outskirts of Great Orrin. Finish at the old railway station, now a cafe. Distance 14 km, mostly level, muddy after rain. Buses back up the valley run every two hours."""),
    ],
    questions=[
        Q("what was Little Orrin's population at the 2020 count?", ["4,312"], ["lo_stub"],
          "Great Orrin had 18,905 at the same count; Little Orrin had 3,980 in 2010", "similar names+year"),
        Q("when was the Orrin Bridge opened?", ["12 June 1987", "June 12, 1987"], ["go_stub"],
          "the Mill Lane footbridge in Little Orrin reopened on 4 April 2022", "similar names"),
    ]))

# ---------------------------------------------------------------- 10
TOPICS.append(dict(
    id="semaphore", kinds=["same title, different works"],
    passages=[
        ("ss_play", """Salt and Semaphore, Ottoline Grieve's two-hander about a coastguard signaller and the farmer's widow who brings him his bread, premiered at the Marlow Yard Theatre in March 2015 in a production directed by Hesper Quayle. The play runs ninety minutes without an interval and takes place entirely inside a signal hut on a headland. It transferred to a larger venue later that year and has since been staged by more than forty amateur companies."""),
        ("ss_revival", """The Grange Street Playhouse revival of Salt and Semaphore, directed this time by Magnus Threap, swaps the original's cramped signal hut for a revolving set that lets us see the cliff and the sea. It is a mistake. Grieve's play depends on claustrophobia, on two people with nowhere to go. The performances are fine, especially Nell Ashgrove as the widow, but the spell never quite takes hold. Two stars. Until 30 June."""),
        ("ss_film", """Salt and Semaphore is a 2020 heist comedy directed by Caspian Rudd from a screenplay by Lorcan Beddoes. A crew of retired naval signallers plan to rob a dockyard payroll using flag codes nobody else remembers. The film stars Ambrose Kettering-Lowe and Daphne Oyelade. Despite sharing a title with Ottoline Grieve's stage play, it has no connection to it. It was released on streaming in most markets after a short cinema run."""),
        ("ss_filmreview", """Caspian Rudd clearly loves old caper films, and for its first hour Salt and Semaphore is a lot of fun: the semaphore gags are silly, the cast is game, and the dockyard looks terrific. Then the heist itself goes on far too long. Ambrose Kettering-Lowe mugs shamelessly; Daphne Oyelade steals every scene she is in. Worth a look on a wet Sunday afternoon. Rated 12A, 104 minutes."""),
        ("ss_grieve", """Ottoline Grieve (born 1968) is a playwright from the Skellan Isles. After working as a primary school teacher she wrote radio plays before her stage debut, Low Water Mark, in 2009. Her best-known work is Salt and Semaphore. Later plays include The Quiet Carriage and Ninepins. Grieve has said she writes "about people who are stuck somewhere and have to talk". She lives in Harnsey with her partner, the set designer Idris Vell."""),
    ],
    questions=[
        Q("where did the play Salt and Semaphore premiere?", ["Marlow Yard Theatre"], ["ss_play"],
          "a later revival was staged at the Grange Street Playhouse", "premiere vs revival"),
        Q("who directed the film Salt and Semaphore?", ["Caspian Rudd"], ["ss_film"],
          "the stage play of the same title was directed by Hesper Quayle (premiere) and Magnus Threap (revival)", "same title"),
    ]))

# ---------------------------------------------------------------- 11
TOPICS.append(dict(
    id="corran", kinds=["same funder, different years", "similar organisation names"],
    passages=[
        ("ct_2021", """The Corran Trust has awarded £1.1 million to Dr Ishbel Marrow's coastal ecology group at Pellworth University for a three-year study of how much carbon is stored in the saltmarshes of the Lume estuary. The award, announced in May 2021, will fund two postdoctoral researchers and a network of sediment sensors. "Saltmarshes are disappearing faster than we can measure them," Marrow said. The trust funds around thirty projects a year in environmental science."""),
        ("ct_2022", """Corran Trust — 2022 research awards
The trustees are pleased to announce this year's major grants:
- Coastal ecology group, Pellworth University (lead: Dr Ishbel Marrow): £2.4 million over five years to extend saltmarsh carbon monitoring to four estuaries
- Dr Jun-seo Arkwright, Tolvercombe Institute: £850,000 for work on eelgrass restoration
- Ravensholt Field Station: £310,000 for a seabird tracking programme
Applications for the 2023 round open in January."""),
        ("ct_about", """The Corran Trust is a charitable foundation that funds research in marine and coastal science. It was set up in 1962 by the shipping family Corran with the proceeds of the sale of their fleet, and is based in a converted chandlery in Harnsey. The trust makes grants of between £50,000 and several million pounds. It should not be confused with the Corran Foundation, a separate arts charity founded by a different branch of the family."""),
        ("ct_foundation", """The Corran Foundation has given £400,000 to Pellworth University's theatre department to restore the Victorian playhouse on Abbey Street. The grant, the largest in the foundation's history, will pay for new seating, a rebuilt fly tower and a rehearsal room. Foundation director Perpetua Lyle said the arts charity wanted the building "full every night, not just at Christmas". Work is expected to take eighteen months."""),
        ("ct_marrow", """Profile: Ishbel Marrow grew up on a tidal island where the school bus only ran at low water. She now leads the coastal ecology group at Pellworth University, where her team counts the carbon locked in saltmarsh mud. The group's funding from the Corran Trust has grown with each round, and she is now recruiting for a field technician. Marrow also sings in the Pellworth Cathedral choir and keeps bees, badly, she admits."""),
    ],
    questions=[
        Q("how much did the Corran Trust award to Ishbel Marrow's group in 2022?", ["£2.4 million"], ["ct_2022"],
          "the 2021 award to the same group was £1.1 million; the Corran Foundation (different charity) gave £400,000 to the same university", "year+similar name"),
    ]))

# ---------------------------------------------------------------- 12
TOPICS.append(dict(
    id="quorlan", kinds=["same figure, different periods", "preview (guidance) vs result"],
    passages=[
        ("qm_q2_2022", """Quorlan Mobility, the e-scooter and bike-share operator, reported revenue of $356 million for the second quarter of 2022, up 31 per cent on a year earlier, as ridership recovered in its largest cities. The company narrowed its operating loss to $22 million. Chief executive Dalia Sorenstam said Quorlan had pulled out of six unprofitable towns and raised prices in most markets. Shares rose 7 per cent in after-hours trading."""),
        ("qm_q2_2023", """Earnings blurb — Quorlan Mobility (QRLN)
Q2 2023: revenue $412 million (+16% y/y); operating profit $9 million vs loss of $22 million a year earlier; rides 71 million.
Management comment: first profitable quarter in company history, driven by longer average trips and lower repair costs after the switch to swappable batteries.
Guidance: full-year revenue target raised. Stock +11% on the day."""),
        ("qm_q3_2023", """Quorlan Mobility said third-quarter revenue rose to $438 million, slightly ahead of analysts' forecasts, helped by a warm September in its northern cities. For the final three months of the year, the company expects revenue of between $450 million and $470 million, although it warned that winter weather makes the period hard to predict. Quorlan also announced a recall of 4,000 older scooters after reports of cracked steering columns."""),
        ("qm_profile", """Quorlan Mobility was founded in 2016 in Quennick by two former bus company engineers, Dalia Sorenstam and Felix Arbogast. It operates shared e-scooters and e-bikes in 38 cities and has about 2,900 employees, many of them in repair depots. The company went public in 2021. Critics have accused it of cluttering pavements; Quorlan says its parking-zone system has cut complaints by half."""),
    ],
    questions=[
        Q("what was Quorlan Mobility's revenue in the second quarter of 2023?", ["$412 million"], ["qm_q2_2023"],
          "Q2 2022 revenue $356 million and Q3 2023 revenue $438 million appear in look-alike passages", "period"),
        Q("what revenue did Quorlan Mobility report for the fourth quarter of 2023?", [], [],
          "only guidance ($450-470 million expected) for the last three months of the year exists", "preview (guidance) only",
          absent=["fourth-quarter revenue", "fourth quarter of 2023", "Q4 2023"]),
    ]))

# ---------------------------------------------------------------- 13
TOPICS.append(dict(
    id="marchbank", kinds=["similar person names"],
    passages=[
        ("em_obit", """Edwin Marchbank, sculptor, 1931-2019
Edwin Marchbank, whose weathered bronze figures stand in parks and hospital gardens across the region, died on 3 November 2019 at his home in Hatherby Fell, aged 88. The son of a blacksmith, he learned to cast metal in his father's forge before studying at the Pellworth School of Art. His best-known work, Tide Waiters, was unveiled on the Harnsey waterfront in 1978. He was often confused with the botanist Edwina Marchbank, to whom he was not related. He is survived by his wife, the weaver Hanne Marchbank."""),
        ("em_retro", """A retrospective of the sculptor Edwin Marchbank opens at the Fenner Gallery on Saturday, two years after his death. Curators have gathered 60 works, including maquettes for Tide Waiters and a set of drawings never shown in public. Marchbank's widow, Hanne, has lent the small anvil on which he worked for over sixty years. The exhibition runs until the end of January. Admission is free on Thursday evenings."""),
        ("ewa_stub", """Edwina Marchbank (born 1954 in Stourleigh) is a botanist known for her work on mosses and liverworts of upland bogs. She spent most of her career at the Pellworth Botanic Garden, where she was keeper of the herbarium from 1996 to 2016. Her field guide to the bryophytes of the Marches, first published in 1989, is still in print. She has described eleven species new to science, including the bog moss Sphagnum orrinense."""),
        ("ewa_medal", """The Linnaean Circle of the Marches has awarded its 2021 gold medal to Dr Edwina Marchbank for "four decades of patient work on small green things", as the citation puts it. Accepting the medal in Pellworth, Marchbank, 67, said she hoped it would encourage young botanists to "get on their knees in the wet". She is currently revising her field guide and leading volunteer surveys on the Orrin moor."""),
        ("ewa_talk", """Thursday evening talk: "Mosses of the Orrin Moor"
Speaker: Dr Edwina Marchbank, former keeper of the herbarium at Pellworth Botanic Garden
Village hall, Little Orrin, 7.30 pm. Entry £3, members free, refreshments available.
Bring a hand lens if you have one; a few will be available to borrow. Field trip to the moor on Saturday morning for those who want to see the species in person, weather permitting. Stout boots essential."""),
    ],
    questions=[
        Q("when did the sculptor Edwin Marchbank die?", ["3 November 2019", "November 3, 2019"], ["em_obit"],
          "botanist Edwina Marchbank has a similar name and is alive in the passages", "similar names"),
        Q("where was the botanist Edwina Marchbank born?", ["Stourleigh"], ["ewa_stub"],
          "sculptor Edwin Marchbank lived and died in Hatherby Fell", "similar names"),
        Q("when did the botanist Edwina Marchbank die?", [], [],
          "only the death of the similarly named sculptor Edwin Marchbank is reported", "other person of similar name",
          absent=["Edwina Marchbank died", "death of Edwina Marchbank", "Edwina Marchbank, who died"]),
    ]))

# ---------------------------------------------------------------- 14
TOPICS.append(dict(
    id="tidewrack", kinds=["similar exhibition titles", "updated date"],
    passages=[
        ("tx_fenner", """EXHIBITION
Tidewrack: Objects from the Lost Harbour
Fenner Gallery, Harnsey — 14 September 2023 to 7 January 2024
Four hundred objects recovered from the silted-up medieval harbour at Casby, from leather shoes to a complete ship's bell, shown together for the first time. Curated by Maud Ferrier-Lisle with the Casby Archaeology Trust. Open Tuesday to Sunday, 10 am to 5 pm. Adults £9, under-18s free. Audio guides available in four languages."""),
        ("tx_extension", """Good news for anyone who hasn't made it yet: the Fenner Gallery has extended Tidewrack: Objects from the Lost Harbour. Because of demand, the exhibition will now close on 4 February 2024 instead of 7 January. More than 52,000 people have visited since it opened in September, the gallery's best figure for a paid show. Extra late openings will run on Fridays in January."""),
        ("tx_review", """The ship's bell is the showstopper, but the thing I keep thinking about is a child's shoe, tiny and cracked, found in the harbour silt with a pebble still inside it. Tidewrack is full of moments like that. Maud Ferrier-Lisle has resisted the urge to over-explain; the labels are short and the lighting is low. My only complaint is the crush at weekends. Go on a weekday morning if you can."""),
        ("tx_drawings", """Tidewrack Drawings, a small show at the Osgood Museum in Pellworth, brings together forty ink studies of beach debris by the illustrator Corinna Vale. It has no link to the Fenner Gallery's archaeology exhibition of a similar name, although Vale says she was delighted by the coincidence. The drawings are on show until 30 March 2024 in the museum's upstairs print room. Entry is free."""),
    ],
    questions=[
        Q("until when is Tidewrack: Objects from the Lost Harbour on at the Fenner Gallery?", ["4 February 2024", "February 4, 2024"], ["tx_extension"],
          "the original listing gives 7 January 2024 (superseded by the extension); the similarly named Tidewrack Drawings runs until 30 March 2024", "updated fact+similar name"),
    ]))

# ---------------------------------------------------------------- 15
TOPICS.append(dict(
    id="orvane", kinds=["same event, different years", "winner vs runner-up"],
    passages=[
        ("ob_2019", """Dunmore Herons 88, Kilrea Stags 81
The Herons are champions again. Marlon Osei-Grange scored 31 points and the Dunmore defence held the Stags to nine points in the final quarter as the 2019 Orvane Basketball League final slipped away from the visitors. Kilrea led by six at half-time. Herons coach Tessa Rydahl called it "the best twenty minutes we've played all year". A crowd of 3,100 packed the Dunmore Arena."""),
        ("ob_2021", """For twelve years Kilrea had been the nearly men of the league. On Saturday night they finally got over the line. Before a sold-out crowd in Ashgrove, Kilrea Stags beat Ashgrove Comets 79-74 to win the 2021 Orvane Basketball League final and their first championship. Point guard Jarrah Vettel made four straight free throws in the last minute. "This is for everyone who has been coming since the old school gym," said coach Benedek Sarlo."""),
        ("ob_2022", """ORVANE BASKETBALL LEAGUE — 2022 FINAL (one game, Dunmore Arena)
Dunmore Herons 91, Portloe Mariners 85 (OT)
Top scorers: Osei-Grange (DUN) 27, Ilves (POR) 25, Achebe-Lund (DUN) 19
Finals MVP: Marlon Osei-Grange
Attendance: 3,400
Regulation ended 80-80 after a Mariners three-pointer at the buzzer. Defending champions Kilrea Stags went out in the semi-finals to Portloe. Tickets for the final sold out within two hours of going on sale."""),
        ("ob_stub", """The Orvane Basketball League is the top men's basketball competition in the Orvane region, founded in 2008 with eight clubs and now contested by ten. The regular season runs from October to March, followed by semi-finals and a one-game final. Dunmore Herons are the most successful club. The league's most valuable player award is named after Desmond Farrow, a founder of the Portloe club."""),
        ("ob_semis", """Semi-final preview: can anyone beat the Herons? Dunmore finished the regular season 20-4 and have home advantage throughout. Their opponents, Ashgrove Comets, have lost their last three visits to the Dunmore Arena. In the other semi, Portloe Mariners host Kilrea Stags in a repeat of last season's thriller. Our prediction: a Herons-Mariners final. Tip-off for both games is 7.30 pm on Friday."""),
    ],
    questions=[
        Q("which team won the 2021 Orvane Basketball League final?", ["Kilrea Stags"], ["ob_2021"],
          "Kilrea lost the 2019 final; Dunmore Herons won 2019 and 2022", "year"),
        Q("who did the Dunmore Herons beat in the 2022 Orvane league final?", ["Portloe Mariners"], ["ob_2022"],
          "in the 2019 final the Herons beat Kilrea Stags", "year"),
        Q("which team won the Orvane Basketball League final in 2020?", [], [],
          "finals are reported for 2019, 2021, 2022 and earlier years but not 2020", "other year",
          absent=["2020 Orvane", "Orvane Basketball League 2020", "Orvane final in 2020"]),
    ]))
