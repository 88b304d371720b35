# Hand-written topic passages and questions, part 3 (topics 31-45).
# All names are invented.
from data_core1 import Q

TOPICS = []

# ---------------------------------------------------------------- 31
TOPICS.append(dict(
    id="linfold", kinds=["plan vs done (changed figures)"],
    passages=[
        ("lh_plan", """Plans for a new wing at Linfold General Hospital have been approved by the regional health authority. The Ashcombe Wing will provide 96 beds, a day-surgery unit and a new entrance from Station Road, at an estimated cost of £48 million. Construction is due to begin next spring and take about three years. Hospital chief executive Marian Doyle-Petrakis said the extra beds would "end the nightly scramble for space" in winter. (October 2019)"""),
        ("lh_open", """Linfold General Hospital's Ashcombe Wing opened to its first patients on 2 October 2023, a year later than planned. The finished building is bigger than first proposed: it has 120 beds, after the design was enlarged during the pandemic, and cost £64 million. The wing also houses a day-surgery unit with four theatres and a new children's outpatient clinic. The old Victorian ward block will be demolished next year to make way for a car park."""),
        ("lh_parking", """Linfold General Hospital — parking update
From 1 November, visitors' parking will move from the Station Road car park to the new multi-storey on Ashcombe Lane while building work continues. Blue badge holders can still park free of charge in the front bays by the main entrance. The hospital shuttle bus from the railway station runs every 20 minutes between 7 am and 9 pm. Please allow extra time for your appointment."""),
        ("lh_stub", """Linfold General Hospital is an acute hospital serving Linfold and the surrounding valleys. It opened in 1897 as the Linfold Cottage Hospital, with twelve beds paid for by public subscription, and expanded greatly after 1948. It has an emergency department, a maternity unit and a renal dialysis centre. The hospital is a teaching site for Pellworth University's medical students and employs about 3,600 staff."""),
    ],
    questions=[
        Q("how many beds does the Ashcombe Wing at Linfold General Hospital have?", ["120"], ["lh_open"],
          "the 2019 plan said 96 beds", "plan vs done"),
    ]))

# ---------------------------------------------------------------- 32
TOPICS.append(dict(
    id="varrow", kinds=["similar place names"],
    passages=[
        ("cv_stub", """Creag Varrow is a mountain in the northern Marches and, at 1,046 m, the highest point in the Varrow range. Its summit is a broad plateau of frost-shattered rock with a trig pillar and a small stone shelter. The usual ascent is from the Glen Varrow car park by the stalkers' path, a round trip of about 16 km. In winter the plateau is exposed and navigation can be difficult in cloud."""),
        ("vp_stub", """Varrow Pike (872 m) is a steep, pointed hill at the southern end of the Varrow range, not to be confused with the higher Creag Varrow eleven kilometres to the north. Its rocky east ridge is a popular scramble. A path from the village of Pennock Cross reaches the top in about two and a half hours. The hill's name comes from an old word for a watchtower, and a beacon was lit on its summit in times of war."""),
        ("cv_blog", """Trip report: Creag Varrow in November
Left the Glen Varrow car park at 8 am in drizzle. Stalkers' path was fine, boggy in places. Cloud came down at about 800 m and we didn't see a thing on the plateau — compass work to the trig pillar. Wind was ferocious, had lunch crouched in the shelter. On the way down the cloud lifted and we could see the pointy top of Varrow Pike to the south, all lit up. Total 6 hours 40."""),
        ("cv_rescue", """Varrow Mountain Rescue Team was called out twice at the weekend. On Saturday a walker with a broken ankle was stretchered off the east ridge of Varrow Pike, and on Sunday evening two students were found cold but unhurt on the Creag Varrow plateau after losing their way in cloud. The team reminds walkers to carry a map, a compass and a torch, and to check the mountain forecast before setting out."""),
    ],
    questions=[
        Q("how high is Varrow Pike?", ["872 m", "872"], ["vp_stub"],
          "Creag Varrow, a different and higher summit in the same range, is 1,046 m", "similar names"),
    ]))

# ---------------------------------------------------------------- 33
TOPICS.append(dict(
    id="skellan", kinds=["role (operator) over time"],
    passages=[
        ("sk_2022", """A new operator took over the Skellan Isles ferry on Friday. Gannet Sea Services, a small shipping firm based in Harnsey, began running the route on 1 April 2022 under a ten-year contract with the island council, replacing Harrowline, whose contract was not renewed after years of cancellations. The company has promised a second vessel in summer and a new timetable with an early-morning sailing for commuters. Islanders say they will believe it when they see it."""),
        ("sk_history", """Ferries to the Skellan Isles
For most of the twentieth century the islands were served by the Skellan Steam Packet Company, which ran a mail steamer three times a week. After the company went bankrupt in 2008, the island council tendered the route, and Harrowline operated it for the next fourteen years using the converted car ferry Orca Bay. The crossing from Harnsey takes about two hours and ten minutes in good weather."""),
        ("sk_timetable", """Skellan Isles ferry — summer timetable (valid until 30 September)
Harnsey dep 07:10, 11:30, 16:45
Skellan Main Quay dep 09:30, 14:00, 19:00
Thursday extra sailing: Harnsey dep 20:15
Vehicles must check in 45 minutes before departure; foot passengers 20 minutes. Dogs allowed on the outside deck only. Sailings may be cancelled at short notice in winds above force 7. The winter timetable will be published in September."""),
        ("sk_forum", """Visiting the Skellan Isles with a car — worth it? — posted by tern_watcher
Reply: Not really, the main island is only 9 km long. Leave the car in Harnsey (long-stay by the harbour is cheaper) and hire bikes at the quay.
Reply: The ferry is much better than it used to be. Book early in August though, the car deck fills up.
Reply: Bring waterproofs. Always bring waterproofs."""),
    ],
    questions=[
        Q("which company took over the Skellan Isles ferry service in 2022?", ["Gannet Sea Services"], ["sk_2022"],
          "Harrowline ran the route 2008-2022; the Skellan Steam Packet Company before that", "role over time"),
    ]))

# ---------------------------------------------------------------- 34
TOPICS.append(dict(
    id="wrenhollow", kinds=["same title, different works", "numbered seasons"],
    passages=[
        ("ns_tv", """Night Shift at Wren Hollow is a television drama series created by Marguerite Halloran-Voss for the Marches Broadcasting Service. Set in a rural cottage hospital, it follows the nurses and porters of the overnight shift. The first season, directed by Anselm Fairbairn, aired in autumn 2019; the second, directed by Priya Castellane-Ruiz, followed in 2021. The series was filmed at a disused hospital outside Linfold. It won the drama award at the Marches Television Prizes in 2020."""),
        ("ns_s2", """The second season of Night Shift at Wren Hollow is darker and slower than the first, and all the better for it. The new director, Priya Castellane-Ruiz, lets scenes breathe: a whole episode takes place during a single power cut. Some of the comedy has gone, along with the much-loved porter Dennis. Halloran-Voss's scripts remain the best thing on Sunday night television. Four stars."""),
        ("ns_podcast", """Night Shift at Wren Hollow (podcast)
Weekly, about 40 minutes. Despite the title, this is not about the TV drama: it's a true-life podcast hosted by Kit Arrandale, a night nurse at a real hospital, who interviews people who work while the rest of us sleep — bakers, lorry drivers, a lighthouse keeper, a zookeeper on the night of a birth. Arrandale says she borrowed the title from the show "because my patients kept quoting it at me"."""),
        ("ns_podreview", """Podcast pick of the week: in this week's episode of Night Shift at Wren Hollow, Kit Arrandale spends a night in a bakery in Quennick and somehow makes the rising of dough sound like a thriller. It's gentle and generous listening, good for a long drive. The earlier episode with the air-ambulance pilot is a good place to start if you are new to it."""),
    ],
    questions=[
        Q("who created the TV series Night Shift at Wren Hollow?", ["Marguerite Halloran-Voss"], ["ns_tv"],
          "the directors of the two seasons are named in the same passage; a podcast of the same name is hosted by Kit Arrandale", "same title+role"),
        Q("who hosts the Night Shift at Wren Hollow podcast?", ["Kit Arrandale"], ["ns_podcast", "ns_podreview"],
          "the TV series of the same name was created by Marguerite Halloran-Voss", "same title"),
        Q("who directed season 3 of Night Shift at Wren Hollow?", [], [],
          "directors of the first and second seasons are given; no third season is mentioned", "other edition",
          absent=["season 3", "third season", "series three"]),
    ]))

# ---------------------------------------------------------------- 35
TOPICS.append(dict(
    id="rathmoor", kinds=["same contest, different years"],
    passages=[
        ("rq_2022", """Holloway Grange School are the 2022 Rathmoor Schools Quiz champions after beating Kelderbrook Academy 310-285 in a tense final at the Rathmoor Civic Hall. The four-pupil team, all in Year 11, answered the last three questions on the solar system correctly to snatch victory. Team captain Femi Lawrence-Ashe said they had "watched a lot of documentaries". Sixteen schools entered this year's competition."""),
        ("rq_2023", """Rathmoor Schools Quiz — final, March 2023
Rathmoor Academy 342, Holloway Grange School 298
The defending champions were never in front. Rathmoor Academy, appearing in their first final, led from the opening music round and sealed it with a perfect score on flags of the world. Quizmaster Derry Ockenden said it was the highest score in a final since the competition began. Semi-finalists: Kelderbrook Academy and Tarrant Hill High."""),
        ("rq_info", """The Rathmoor Schools Quiz is an annual general-knowledge competition for teams of four pupils aged 14 to 16 from secondary schools in the Rathmoor area. Heats are held in January at the schools, with the eight highest-scoring teams going through to a knockout stage at the Rathmoor Civic Hall. The winning school receives the Ockenden Shield and £500 for its library. Entry is free."""),
    ],
    questions=[
        Q("which school won the 2023 Rathmoor Schools Quiz?", ["Rathmoor Academy"], ["rq_2023"],
          "Holloway Grange School won in 2022 and were 2023 runners-up", "year+winner vs runner-up"),
    ]))

# ---------------------------------------------------------------- 36
TOPICS.append(dict(
    id="candlefish", kinds=["rumour vs confirmed figure", "similar company names"],
    passages=[
        ("cf_rumour", """Ombrel Systems is in advanced talks to buy Candlefish Labs, the Quennick start-up that makes sensors for cold-storage warehouses, for about $120 million, according to two people familiar with the matter. The talks could still collapse, the people said. Ombrel, which sells warehouse management software, has been looking to add hardware to its offering. Neither company commented. (Reporting from February 2020)"""),
        ("cf_deal", """Ombrel Systems has completed its acquisition of Candlefish Labs. In a filing on Thursday, Ombrel said it paid $85 million in cash and shares for the sensor maker, well below the figure reported during earlier talks, after Candlefish lost a large customer in the spring. Candlefish's 70 staff will join Ombrel's hardware division, and co-founder Tove Linnarsson becomes Ombrel's head of devices. The Candlefish brand will be phased out within a year."""),
        ("cf_candlewick", """Candlewick Labs, a Pellworth company developing low-cost water testing kits, has raised $12 million in its first major funding round, led by Arlesby Ventures. The company, which is unrelated to the sensor maker Candlefish, says it will use the money to hire chemists and to begin field trials in three countries. Founder Osman Delacroix-Penn started the business in his kitchen in 2019."""),
        ("cf_profile", """Candlefish Labs was founded in 2015 in Quennick by Tove Linnarsson and Arjun Mehrotra-Bell. Its wireless sensors monitor temperature and humidity in cold-storage warehouses and alert staff when a freezer door is left open. By 2019 its devices were installed in some 900 warehouses. The company was named after a small oily fish that was once burned as a candle."""),
    ],
    questions=[
        Q("how much did Ombrel Systems pay for Candlefish Labs?", ["$85 million"], ["cf_deal"],
          "an earlier rumour said about $120 million; similarly named Candlewick Labs raised $12 million", "rumour vs confirmed"),
    ]))

# ---------------------------------------------------------------- 37
TOPICS.append(dict(
    id="silverreed", kinds=["same count, different years"],
    passages=[
        ("sf_2021", """Silverreed Fen bird report 2021 (summary)
Bittern: 7 booming males, the best year since recording began
Marsh harrier: 12 nests, 27 young fledged
Bearded tit: at least 40 pairs
Cetti's warbler: 22 singing males
Crane: one pair present all summer but no breeding attempt
Thanks to the volunteers who carried out the dawn counts from March to June. Water levels were kept high through the spring."""),
        ("sf_2022", """Another record spring at Silverreed Fen. Warden Hollis Cattermole says the reedbed restoration is paying off: volunteers counted eleven booming bitterns this year, up from seven in 2021, and the cranes bred successfully for the first time, raising one chick. Marsh harrier numbers dipped slightly, to ten nests. "The bitterns are booming from places that were dry scrub five years ago," Cattermole said. The 2022 figures will appear in the full report in the new year."""),
        ("sf_2020", """Warden's blog: a quieter spring than we hoped
The dawn counts are finished for 2020 and the headline is five booming bitterns, one fewer than last year, probably because the reedbed in the north compartment dried out in April. Marsh harriers did well, with eleven nests. A pair of cranes visited for a week in May and then moved on. Thanks to the volunteers who got up at four in the morning, and to whoever left the flask of coffee in the east hide."""),
        ("sf_stub", """Silverreed Fen is a 340-hectare nature reserve in the lower Lume valley, managed by the Marches Wildlife Trust. Once drained for farming, the land was bought by the trust in 1994 and rewetted by blocking ditches. The reserve is one of the best places in the region to hear bitterns in spring and to see marsh harriers. There are three hides and a boardwalk; the visitor centre is open daily except Christmas Day."""),
    ],
    questions=[
        Q("how many booming bitterns were counted at Silverreed Fen in 2022?", ["eleven", "11"], ["sf_2022"],
          "7 booming males in 2021 and five in 2020; 10 marsh harrier nests in 2022", "year"),
    ]))

# ---------------------------------------------------------------- 38
TOPICS.append(dict(
    id="haddonvale", kinds=["role held by different people over time"],
    passages=[
        ("hv_2016", """Haddon Vale FC have appointed Ivo Strand as manager on a two-year contract. Strand, 41, led Dunlow Town to promotion last season and replaces caretaker boss Reg Tapley, who returns to his role as youth coach. Chairman Neville Osgood said Strand's attacking style would "get people back through the gates" at the Meadow Lane ground, where crowds have fallen below 900."""),
        ("hv_2020", """Ivo Strand has left Haddon Vale by mutual consent after four seasons, with the club in the relegation places. His assistant, Callum Orrey, has been promoted to manager with immediate effect. Orrey, a former Vale captain who played 300 games for the club, said he knew "every blade of grass at Meadow Lane". Strand's spell included a county cup win but two lower-half finishes."""),
        ("hv_2023", """Callum Orrey's three years in charge at Haddon Vale ended on Monday when he resigned to become assistant manager at a bigger club. The Vale acted quickly: by Wednesday they had named Benedetta Sarro, formerly head coach of the Pellworth University side, as the new manager. Sarro becomes the first woman to manage a men's team in the league. "Nobody here cares about that, they care about points," she said."""),
        ("hv_fans", """Fans' forum: Haddon Vale season preview
New manager, new formation, same leaky defence? We'll see. The signings look decent, especially the left back from Dunlow Town. Meadow Lane has had a new roof on the away end. Season tickets up 5%, which nobody is happy about. Prediction: mid-table, a cup run if we get a home draw. Up the Vale."""),
    ],
    questions=[
        Q("who replaced Callum Orrey as manager of Haddon Vale?", ["Benedetta Sarro"], ["hv_2023"],
          "Orrey himself replaced Ivo Strand in 2020; caretaker Reg Tapley before Strand", "role over time"),
    ]))

# ---------------------------------------------------------------- 39
TOPICS.append(dict(
    id="quayside", kinds=["shortlist vs winner", "public vote vs jury"],
    passages=[
        ("ql_short", """Five practices have been shortlisted to design the new Quayside Library on the site of the old fish market in Harnsey: Marlpit Architects, Studio Veers, Oakum & Hale, Brennan Loft Partnership and the young collective Tideline. The designs will be on show at the Harnsey Guildhall for three weeks, and the public can vote for a favourite, although the final decision rests with a jury chaired by the city architect."""),
        ("ql_public", """The people have spoken — at least informally. Studio Veers' design for the Quayside Library, a glass drum wrapped in timber fins, topped the public vote at the Guildhall exhibition with 41 per cent of the 6,000 votes cast. Tideline's floating reading room came second. The jury, which is not bound by the vote, will meet next month to choose the winner."""),
        ("ql_win", """A jury has chosen Marlpit Architects to design Harnsey's new Quayside Library, passing over the public's favourite, Studio Veers. Jury chair Agnieszka Rowntree-Obi said Marlpit's low brick building, organised around a covered courtyard open to the harbour, was "the most generous to the city and the cheapest to run". Construction is expected to start in two years. Some residents have complained on social media that the vote was ignored."""),
        ("ql_fishmarket", """Harnsey's old fish market closed in 2011 after the fleet moved to the new harbour at the river mouth. The iron-framed building was demolished in 2016, leaving a gravel car park that has hosted a Christmas fair, a circus and several protests. It is now the site earmarked for the Quayside Library. Local historians have asked for the market's weather vane, a gilded cod, to be kept."""),
    ],
    questions=[
        Q("which firm won the Quayside Library design competition?", ["Marlpit Architects"], ["ql_win"],
          "Studio Veers topped the public vote; five firms were shortlisted", "shortlist vs winner"),
    ]))

# ---------------------------------------------------------------- 40
TOPICS.append(dict(
    id="sorrel", kinds=["product versions", "preview (teaser) vs specification"],
    passages=[
        ("se_1", """Pemberly Motors' first electric car, the Sorrel, is a tall, narrow city hatchback with room for four and an official range of 240 km. It went on sale in 2019 at a price that undercut most rivals. The ride is firm and the motorway noise is considerable, but around town it is nimble and easy to park. The battery warranty runs for eight years. Three stars from our testers."""),
        ("se_2", """The Sorrel 2 is a big step forward. Pemberly Motors has kept the boxy shape but fitted a larger battery and a more efficient motor, and the result is an official range of 410 km, enough to make the Sorrel a plausible only car for many families. Fast charging from 10 to 80 per cent takes 31 minutes. Prices start a little higher than the original's. The Sorrel 2 arrived in showrooms in March 2022."""),
        ("se_3", """Pemberly Motors showed a disguised prototype of the Sorrel 3 at the Arlesby Motor Show, but would say almost nothing about it. Chief engineer Leontyne Baptiste-Ward confirmed only that the car would be built at the company's Quennick plant and would "go further than any Sorrel so far". Asked about the battery and launch date, she smiled and said, "Next year." The camouflaged car was parked behind a rope all week."""),
        ("se_owner", """Owners' club post: two years with my Sorrel 2
Winter range is about 300 km in reality, summer about 390 on mixed roads. No faults apart from a sticky charging flap. The heat pump makes a big difference compared to my old first-generation Sorrel, which barely managed 180 in January. Tyres wear fast on the front. Would buy again, but I'm waiting to see the next one before I trade in."""),
    ],
    questions=[
        Q("what is the official range of the Sorrel 2?", ["410 km"], ["se_2"],
          "first-generation Sorrel 240 km; owner reports real-world 300-390 km", "version"),
        Q("what is the range of the Sorrel 3?", [], [],
          "only a disguised prototype was shown, with no figures", "preview only",
          absent=["Sorrel 3 has a range", "range of the Sorrel 3", "Sorrel 3's range"]),
    ]))

# ---------------------------------------------------------------- 41
TOPICS.append(dict(
    id="gullreach", kinds=["novel vs film adaptation (different creators)"],
    passages=[
        ("wg_novel", """Wintering at Gull Reach is the second novel by Imelda Sarrow, published in 2011 by Gullwing Press. It tells the story of two estranged sisters who are snowed in for a winter at their late father's bird observatory on a shingle spit. The novel was shortlisted for several regional prizes and has been translated into nine languages. A film adaptation was released in 2016."""),
        ("wg_film", """Wintering at Gull Reach (2016) is a drama film directed by Benedikt Olm and adapted by screenwriter Clemency Roe from Imelda Sarrow's novel. Olm moved the setting from a shingle spit to a lighthouse island and made one of the sisters a brother, changes that Sarrow later said she had "learned to live with". The film stars Ingrid Solheim-Barr and Tobias Merrow. It was shot on the Skellan Isles over a real winter."""),
        ("wg_festival", """Book festival listing — Saturday, 2 pm, the Marquee
Imelda Sarrow in conversation with the broadcaster Hywel Anstruther-Bligh. More than a decade after Wintering at Gull Reach, the author talks about her new collection of stories, about writing in a caravan on the shingle, and about what it felt like to watch strangers turn her novel into a film. Followed by a book signing. Tickets £8, concessions £6; the marquee has step-free access and a hearing loop."""),
        ("wg_review", """Benedikt Olm's adaptation looks wonderful — the grey sea, the snow on the shingle, the birds — but something of Sarrow's book has been lost in translation. The novel's quiet fury between two sisters becomes a more conventional sibling quarrel. Ingrid Solheim-Barr is superb nevertheless. Those who loved the book should read it again instead; those who never read it will find a handsome, chilly film."""),
    ],
    questions=[
        Q("who wrote the novel Wintering at Gull Reach?", ["Imelda Sarrow"], ["wg_novel"],
          "the film adaptation was directed by Benedikt Olm and written for the screen by Clemency Roe", "novel vs film"),
    ]))

# ---------------------------------------------------------------- 42
TOPICS.append(dict(
    id="norrbeck", kinds=["similar company names"],
    passages=[
        ("nb_foods", """Norrbeck Foods, the maker of frozen pies and ready meals, has its headquarters and main factory in Ostley, where it employs about 1,200 people. The company was founded in 1956 as a bakery by Harald Norrbeck. It now supplies most of the region's supermarkets and exports to six countries. A new vegetarian range launched this year has been its fastest-growing line."""),
        ("nb_feeds", """Norrbeck Feeds, the animal-feed producer headquartered in Pennock Cross, has opened a new pellet mill to meet growing demand from dairy farmers. The firm, which shares a founding family with the pie-maker Norrbeck Foods but has been a separate company since 1988, says the plant will process 90,000 tonnes of grain a year. Managing director Signe Norrbeck-Haas cut the ribbon on Friday."""),
        ("nb_strike", """Workers at the Norrbeck Foods pie factory in Ostley have voted to accept a 6 per cent pay offer, ending a dispute that had threatened strikes before Christmas. The union said the deal also included extra paid breaks on night shifts. Norrbeck Foods said it was "pleased to have reached an agreement" and that production had not been affected. The agreement runs for two years."""),
        ("nb_farm", """Farmers' noticeboard: Does anyone else find the new Norrbeck dairy nuts too dusty? Cows aren't keen. — posted by holsteinhelen
Reply: Ring the Pennock Cross office, they sent a rep out to us within a week and swapped the batch.
Reply: We've had no problems. Make sure you're not on the old bulk bin, it gets damp.
Reply: Ours were fine once we switched to the bagged ones."""),
    ],
    questions=[
        Q("where is Norrbeck Feeds headquartered?", ["Pennock Cross"], ["nb_feeds"],
          "Norrbeck Foods (pies) is headquartered in Ostley", "similar names"),
    ]))

# ---------------------------------------------------------------- 43
TOPICS.append(dict(
    id="caldris", kinds=["men's vs women's category", "distance (5 km vs 10 km)", "same event, different years"],
    passages=[
        ("cs_2022", """CALDRIS OPEN WATER SWIM 2022 — RESULTS
10 km women: 1 Saskia Brennholt 2:04:11, 2 Fenella Orsk 2:04:39, 3 Marit Lunde-Achebe 2:07:02
10 km men: 1 Joaquin Pell-Ramsay 1:56:48, 2 Harald Oyen 1:57:30
5 km women: 1 Fenella Orsk 1:01:15
5 km men: 1 Ruaridh Caskie 0:58:40
Water temperature 17.5C. Wetsuits compulsory in the 5 km, optional in the 10 km."""),
        ("cs_2023", """Fenella Orsk finally got the better of her great rival. After finishing second behind Saskia Brennholt in the 10 km at Caldris a year ago, Orsk swam away from the field in the last lap of the lake to win the women's 10 km at the 2023 Caldris Open Water Swim in 2:02:55. Brennholt was third. In the men's 10 km Harald Oyen beat last year's winner, Joaquin Pell-Ramsay, by eight seconds. Choppy water made the feeding pontoons treacherous."""),
        ("cs_stub", """The Caldris Open Water Swim is an annual open-water swimming event held in Lake Caldris each August. Races are held over 1.5 km, 5 km and 10 km, with separate men's and women's categories in the longer races. The 10 km course consists of four laps of a buoyed circuit. The event is organised by Caldris Swimming Club and raises money for the lake rescue service."""),
    ],
    questions=[
        Q("who won the women's 10 km at the 2022 Caldris Open Water Swim?", ["Saskia Brennholt"], ["cs_2022"],
          "Fenella Orsk was second in that race, won the 2022 women's 5 km, and won the 2023 women's 10 km", "year+category+distance"),
        Q("who won the women's 10 km at the 2021 Caldris Open Water Swim?", [], [],
          "results are given for 2022, 2023 and some years before 2021, not 2021", "other year",
          absent=["2021 Caldris", "Caldris Open Water Swim 2021", "Caldris Open Water Swim in 2021"]),
    ]))

# ---------------------------------------------------------------- 44
TOPICS.append(dict(
    id="greywater", kinds=["first prize vs second prize vs judge", "same prize, different years"],
    passages=[
        ("gp_2023", """Greywater Poetry Prize 2023: results
This year's judge, the poet Fennick Arrowsmith, read all 2,140 entries himself. First prize (£2,000) goes to Lowri Penhallow-Shaw for "Inventory of a Flooded House". Second prize (£500): Teodora Vance for "Pylons". Third prize (£250): Amos Kerridge for "Allotment, February". Ten commended poems will appear in the prize anthology, published in the spring. The 2024 competition opens for entries on 1 June."""),
        ("gp_2022", """Congratulations to Teodora Vance, whose poem "The Salt Road" has won first prize in the 2022 Greywater Poetry Prize. Judge Isabeau Mwangi-Hart called it "a poem that walks slowly and arrives somewhere". Second prize went to Callum Sayer for "Night Feeds". Vance, who lives in Tolvercombe, works as a hospital porter and writes on her breaks. Both poems will appear in the prize anthology."""),
        ("gp_about", """The Greywater Poetry Prize is an open competition for single poems of up to 40 lines, run each year by the Greywater Arts Centre. Anyone over 16 may enter, and poems are judged anonymously by a single established poet. Entry costs £6 per poem. Prizewinning and commended poems are published in an annual anthology launched at the centre's winter festival."""),
    ],
    questions=[
        Q("who won first prize in the 2023 Greywater Poetry Prize?", ["Lowri Penhallow-Shaw"], ["gp_2023"],
          "Teodora Vance won in 2022 and came second in 2023; judge Fennick Arrowsmith is named first in the passage", "year+rank"),
    ]))

# ---------------------------------------------------------------- 45
TOPICS.append(dict(
    id="northbyte", kinds=["same conference, different years", "opening vs closing keynote"],
    passages=[
        ("nx_2022", """NorthByte 2022 wrap-up
Three days, 1,600 developers, 84 talks and one fire alarm. Thanks to everyone who came to the Arlesby Exchange. Highlights: Farida Osterholm's opening keynote on building software that outlives its authors; the lightning-talk marathon on day two; and Jasper Nakagawa-Bright's closing keynote, which was mostly about his cat and yet somehow also about distributed systems. Videos of every session are now online."""),
        ("nx_2023", """NorthByte is moving. After years at the Arlesby Exchange, the 2023 conference will take place at the new Quennick Waterfront Centre on 12-14 September, with room for 2,500 attendees. The organisers have announced that the opening keynote will be given by Ayodele Strand, creator of the Brindle build tool. The call for papers closes on 30 April. Early-bird tickets sell out quickly."""),
        ("nx_cfp", """Thinking of speaking at NorthByte? Some advice from a reviewer
We get about six proposals for every slot. Ones that stand out have a clear story, a specific audience and at least one thing we haven't heard before. Don't submit a product pitch. Don't submit the same talk you gave at three other conferences. First-time speakers are very welcome, and we offer mentoring. Proposals are reviewed anonymously."""),
    ],
    questions=[
        Q("who gave the opening keynote at NorthByte 2022?", ["Farida Osterholm"], ["nx_2022"],
          "Jasper Nakagawa-Bright gave the closing keynote; Ayodele Strand was announced for the 2023 opening keynote", "year+role"),
        Q("who gave the opening keynote at NorthByte 2021?", [], [],
          "keynotes are given for 2022, 2023 (announced) and earlier years, not 2021", "other year",
          absent=["NorthByte 2021", "2021 NorthByte", "NorthByte in 2021"]),
    ]))
