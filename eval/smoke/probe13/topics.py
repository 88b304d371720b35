"""Hand-written topics for the probe13 blind evaluation set.

Each topic has documents (one answer passage unless the topic is
answer-free by design, plus near misses), a passing-mention line for the
news-in-brief digests, and questions.  All names are invented.
"""

TOPICS = [
    {
        "id": "carrow_fell_race",
        "docs": [
            ("a", "answer", "sports results", """Carrow Fell Race 2024: full results
Saturday 8 June 2024
Tomas Elderkin of Harrowgill Harriers took the men's title at the 2024 Carrow Fell Race, crossing the line on the village green in 1:12:40 after a fast descent from Carrow Pike. Second was Ewan Rudd of Lakeland Fellrunners in 1:13:55, with Joe Pastor third. Conditions were dry with a stiff westerly on the ridge. A total of 312 runners completed the 14 km course, which climbs 820 metres. Full category results are posted at the race tent and will appear on the club website within a week."""),
            ("n1", "near_miss", "news", """Gannaway defends Carrow crown in the mist
Rhys Gannaway won the Carrow Fell Race for the second year running in 2023, finishing in 1:15:02 despite thick cloud that hid the flags on Carrow Pike for most of the morning. Several runners lost the line off the summit and marshals extended the cut-off by twenty minutes. Gannaway, a farmer from nearby Skellside, said he had simply followed the wall down. He plans to defend his title again next summer if his knee allows."""),
            ("n2", "near_miss", "news", """Tulloch sets women's course record at Carrow
Maddy Tulloch of Borrowdale AC won the women's race at the 2024 Carrow Fell Race in 1:21:18, a course record by almost a minute. Tulloch, who only took up fell running three years ago, led from the first stile and was never caught. "The descent was quick and dry, so I just let go," she said afterwards. Her club-mate Anya Berg was second and picked up the veteran prize."""),
        ],
        "mention": "Entries for next year's Carrow Fell Race open on the first of the month, and organisers say parking at the village green will again be limited.",
        "questions": [
            {"q": "Which runner was first man home at the Carrow Fell Race in 2024?", "kind": "who", "answers": ["Tomas Elderkin"], "evidence": "Tomas Elderkin of Harrowgill Harriers took the men's title at the 2024 Carrow Fell Race", "dated": True},
            {"q": "What was the winning time at the 2021 edition of the Carrow Fell Race?", "kind": "what", "answerable": False, "absent": ["2021 Carrow", "Carrow Fell Race 2021", "Carrow Fell Race in 2021"], "dated": True},
        ],
    },
    {
        "id": "halsey_valley_brewing",
        "docs": [
            ("a", "answer", "about us", """About Halsey Valley Brewing Co.
Home > About us
Halsey Valley Brewing Co. was started in 2011 by siblings Orla and Fintan Maguire in a converted dairy shed on the edge of Bramwick. What began as a ten-barrel kit brewing one pale ale has grown into a team of fourteen, but every beer we sell is still brewed in Bramwick, using water drawn from the valley's own borehole. Our core range includes Shed Door Pale, Borehole Bitter and a rotating seasonal stout. Brewery tours run on the first Saturday of each month."""),
            ("n1", "near_miss", "listing", """Halsey Brewing Company, Portmere
Business directory listing
Halsey Brewing Company, Unit 4 Quayside Works, Portmere. Established 1998. Independent brewery and bottle shop producing traditional cask ales including Portmere Mild and Lantern Porter. Founded by Gordon Halsey, a former ship's engineer, and still family owned. Open Tuesday to Saturday, 11am to 6pm. Not connected with any other brewery using the Halsey name. Free parking on Quay Lane after 4pm."""),
            ("n2", "near_miss", "news", """Valley brewery opens town taproom
14 May 2019
Halsey Valley Brewing Co. has opened its second site, a taproom on Mill Street in Lensford. The bar has twelve lines pouring the brewery's full range, delivered from the valley twice a week, alongside guest ciders and a short food menu from a street-food kitchen. Co-founder Orla Maguire said Lensford had been the brewery's biggest market for years. The taproom is open from noon every day except Monday."""),
        ],
        "mention": "Halsey Valley Brewing Co. will pour a new winter stout at the Lensford Christmas market this weekend.",
        "questions": [
            {"q": "In what year did the Maguire siblings set up Halsey Valley Brewing Co.?", "kind": "when", "answers": ["2011"], "evidence": "Halsey Valley Brewing Co. was started in 2011 by siblings Orla and Fintan Maguire"},
            {"q": "In which town is all of Halsey Valley's beer brewed?", "kind": "where", "answers": ["Bramwick"], "evidence": "every beer we sell is still brewed in Bramwick"},
            {"q": "Who manages Halsey Valley Brewing's taproom in Lensford?", "kind": "who", "answerable": False, "absent": ["taproom manager", "manages the taproom", "manager of the taproom"]},
        ],
    },
    {
        "id": "pellham_library",
        "docs": [
            ("a", "answer", "council notice", """Pellham Central Library refurbishment: final account
Pellham Borough Council - public notice
The council's audit committee has received the final account for the refurbishment of Pellham Central Library on Market Row. The total outturn cost of the scheme was £4.2 million, including the new roof, lift and children's floor. The library reopened to the public on 14 September 2025 after closing for twenty-two months. Members noted that most of the overspend arose from asbestos found after work began. The full report can be inspected at the council offices."""),
            ("n1", "near_miss", "news", """Library revamp to cost £3.6m, cabinet told
Published 21 March 2023
Refurbishing Pellham Central Library is expected to cost £3.6 million, according to a report going to the council's cabinet next week. The plans include a new roof, a passenger lift and a dedicated children's floor. Officers forecast that the building could close this winter and reopen in spring 2025. Opposition councillors questioned whether the estimate allowed enough for the age of the building."""),
            ("n2", "near_miss", "news", """Northfield library reopens after refit
Northfield Library, one of Pellham's four branch libraries, has reopened after a six-month refit costing £610,000. The branch now has a larger study room, self-service machines and a community kitchen that groups can book. Staff say the number of visitors in the first week was double the usual figure. Opening hours remain unchanged, with late evenings on Tuesday and Thursday."""),
        ],
        "mention": "Pellham Borough Council has reminded residents that its libraries will close early on Christmas Eve.",
        "questions": [
            {"q": "What did the revamp of Pellham's main library end up costing in total?", "kind": "how_much", "answers": ["£4.2 million", "4.2 million"], "evidence": "The total outturn cost of the scheme was £4.2 million"},
            {"q": "On what date did Pellham Central Library open its doors again after the works?", "kind": "when", "answers": ["14 September 2025"], "evidence": "The library reopened to the public on 14 September 2025"},
            {"q": "How much was spent refitting Pellham's Westbrook branch library?", "kind": "how_much", "answerable": False, "absent": ["Westbrook"]},
        ],
    },
    {
        "id": "oakeshaw_obituary",
        "docs": [
            ("a", "answer", "obituary", """Marguerite Oakeshaw, potter, 1938-2025
Marguerite Oakeshaw, whose salt-glazed jugs and bowls were collected across Europe, has died at her home in Tillingford aged 87. She set up her first kiln in a rented barn in 1964 and worked almost every day until last spring. Her pieces are held by the Ashmore Gallery and several private collections. She taught for many years at Kennet School of Art, where former students remember her insistence on throwing a hundred cylinders before attempting a teapot. She is survived by her nephew, Daniel."""),
            ("n1", "near_miss", "obituary", """Beatrice Oakeshaw, landscape painter
Beatrice Oakeshaw, the landscape painter and elder sister of the potter Marguerite Oakeshaw, died on 3 February 2015 in Harwell Cross, aged 79. Her large oils of flooded meadows were shown at the Ashmore Gallery in a joint exhibition with her sister in 1988. She never married and spent most of her life in a cottage overlooking the river. Friends recall her painting outdoors in all weathers, with a flask of tea balanced on the easel."""),
            ("n2", "near_miss", "blog", """A morning in the Oakeshaw studio
Posted 17 April 2019
I spent a morning last week with Marguerite Oakeshaw, who at 81 still fires her salt kiln four times a year. The barn is cold and smells of wet clay and woodsmoke. She showed me a row of jugs waiting for handles and explained that the glaze comes from throwing rock salt into the kiln at full heat. She laughed when I asked about retirement: "What would I do, sit down?" she said."""),
        ],
        "mention": "A small display of salt-glazed pots by the late Marguerite Oakeshaw is on show in the Ashmore Gallery foyer until the end of the month.",
        "questions": [
            {"q": "How old was the potter Marguerite Oakeshaw when she died?", "kind": "how_many", "answers": ["87"], "evidence": "has died at her home in Tillingford aged 87"},
            {"q": "In which town did Marguerite Oakeshaw die?", "kind": "where", "answers": ["Tillingford"], "evidence": "has died at her home in Tillingford aged 87"},
            {"q": "Where was the potter Marguerite Oakeshaw born?", "kind": "where", "answerable": False, "absent": ["Oakeshaw was born", "born in"]},
        ],
    },
    {
        "id": "corvane_ebike",
        "docs": [
            ("a", "answer", "product page", """Corvane K7 Commuter e-bike
Shop > E-bikes > Commuter
The Corvane K7 pairs a 250 W rear hub motor with a 720 Wh battery hidden in the down tube. Claimed range: up to 112 km on a single charge in Eco mode, tested with a 75 kg rider on flat roads. Charging time from empty is 5.5 hours. Weight 23.4 kg. Hydraulic disc brakes, integrated lights and a seven-speed drivetrain come as standard. Frame sizes S, M and L. Price £2,199 with free delivery and a two-year warranty."""),
            ("n1", "near_miss", "review", """Corvane K6 review: comfortable, but the range disappoints
The K6 was Corvane's best seller for three years and it is easy to see why: the ride is smooth and the upright position suits town riding. The problem is the battery. Corvane claims 85 km per charge, but on our hilly test loop we managed 62 km before the motor cut out. The 500 Wh pack also takes over six hours to charge. At its current discounted price it is still decent value. Rating: three stars out of five."""),
            ("n2", "near_miss", "product page", """Corvane K7 Cargo
Shop > E-bikes > Cargo
The K7 Cargo uses the same motor as the K7 Commuter but adds a long rear deck rated to 60 kg and a centre stand for loading children or shopping. Because of the extra weight, claimed range is up to 70 km per charge in Eco mode. A second battery can be fitted to extend this. Weight 31 kg. Price £2,899. Deck cushions and footrests sold separately."""),
        ],
        "mention": "Corvane has announced a recall of a small batch of chargers supplied with its commuter e-bikes; owners are asked to check the serial number.",
        "questions": [
            {"q": "How many kilometres can the Corvane K7 Commuter go on one charge, according to the maker?", "kind": "how_many", "answers": ["112 km", "112"], "evidence": "Claimed range: up to 112 km on a single charge in Eco mode", "dated": True},
            {"q": "What range does Corvane claim for its K9 e-bike?", "kind": "what", "answerable": False, "absent": ["K9"], "dated": True},
        ],
    },
    {
        "id": "dunmore_athletic_women",
        "docs": [
            ("n1", "near_miss", "news", """Dunmore Athletic appoint Pryce as head coach
Dunmore Athletic have named Gareth Pryce head coach of the men's first team on a two-year contract. Pryce, 44, previously led Carnside Town to the regional league title and spent a decade as a centre-half in the lower divisions. He replaces Neil Bannon, who left by mutual consent in April. Pryce said he wanted the side to press higher and give more chances to players from the academy."""),
            ("n2", "near_miss", "news", """Ashdown joins Dunmore Athletic Women coaching staff
Dunmore Athletic Women have appointed former midfielder Kerry Ashdown as assistant coach ahead of the new season. Ashdown, who made more than 150 appearances for the club, will work mainly with the defence and on set pieces. She also holds a role in the club's girls' academy. The club said further announcements about the backroom team would follow before pre-season training begins in July."""),
            ("n3", "near_miss", "news", """Ostrova takes charge at Dunmore Rovers Women
Dunmore Rovers Women have confirmed Lina Ostrova as their new head coach. The 38-year-old former Czech international arrives from a university side and has signed until the end of next season. Rovers, who finished fourth last year, play their home games at Kilnfield Park on Sunday afternoons. Ostrova said her first priority was to improve the team's fitness."""),
        ],
        "mention": "Dunmore Athletic have confirmed that next season's kit will be launched at a fans' evening in the clubhouse.",
        "questions": [
            {"q": "Who is the head coach of Dunmore Athletic Women?", "kind": "who", "answerable": False, "absent": ["head coach of Dunmore Athletic Women", "Dunmore Athletic Women head coach"]},
        ],
    },
    {
        "id": "brackenridge_film_festival",
        "docs": [
            ("a", "answer", "news", """The Salt Orchard takes Golden Heron at Brackenridge
19 October 2025
Ines Varga's The Salt Orchard, a quiet drama about a family of fruit growers on a drying coastline, won the Golden Heron for best feature film at the 2025 Brackenridge Film Festival on Saturday night. Accepting the award, Varga thanked her cast of non-professional actors from the village where the film was shot. The jury, chaired by the critic Owen Marsh, praised the film's patience and restraint. This year's festival screened 96 films over nine days."""),
            ("n1", "near_miss", "news", """Night Ferries sails to Golden Heron win
Tomasz Ryl's Night Ferries, a black-and-white thriller set on overnight crossings of the Baltic, won the Golden Heron at the 2024 Brackenridge Film Festival. It was the first debut feature to take the prize in a decade. Ryl dedicated the award to his late father, a ship's cook. The festival reported record attendance of 41,000 across its eleven venues."""),
            ("n2", "near_miss", "news", """Lantern Street wins Brackenridge audience award
Femi Adeyale's Lantern Street, a warm comedy about a corner shop threatened by redevelopment, won the audience award at the 2025 Brackenridge Film Festival, voted for by filmgoers across all screenings. The award for best short film went to Dry Dock by Hanne Solberg. Adeyale said the audience vote meant more to him than any jury prize. Lantern Street opens in cinemas next spring."""),
            ("n3", "near_miss", "news", """Brackenridge 2025: Golden Heron shortlist revealed
Eight films will compete for the Golden Heron at this year's Brackenridge Film Festival, organisers announced on Tuesday. The shortlist includes The Salt Orchard, Lantern Street, Paper Horses, The Long Winter of Ada Pike and four other titles. The jury will be chaired by the critic Owen Marsh. The winner will be announced at the closing ceremony in October."""),
        ],
        "mention": "Tickets for Brackenridge Film Festival's winter repertory season go on sale on Friday.",
        "questions": [
            {"q": "Which film received the top feature award at the Brackenridge Film Festival in 2025?", "kind": "which", "answers": ["The Salt Orchard", "Salt Orchard"], "evidence": "won the Golden Heron for best feature film at the 2025 Brackenridge Film Festival", "dated": True},
            {"q": "Who is the director of The Salt Orchard?", "kind": "who", "answers": ["Ines Varga"], "evidence": "Ines Varga's The Salt Orchard, a quiet drama about a family of fruit growers"},
        ],
    },
    {
        "id": "quillon_ferry",
        "docs": [
            ("a", "answer", "timetable", """Marrowby - Quillon Island ferry: summer timetable 2026
Valid 1 April to 30 September 2026
Monday to Friday departures from Marrowby: 06:45, 08:30, 10:15, 12:00, 14:30, 16:15, 18:00. Crossing time is approximately 35 minutes. Return sailings leave Quillon Island 45 minutes after each Marrowby departure. Vehicles must check in 20 minutes before sailing and foot passengers 10 minutes before. Sailings may be altered at short notice in poor weather; check the service status line before travelling."""),
            ("n1", "near_miss", "timetable", """Marrowby - Quillon Island ferry: weekend sailings, summer 2026
Saturday and Sunday departures from Marrowby: 08:15, 10:00, 12:30, 15:00, 17:30. Departures from Quillon Island: 09:00, 10:45, 13:15, 15:45, 18:15. On bank holiday Mondays the weekend timetable applies. An extra late sailing from Quillon Island at 21:00 runs on Saturdays in July and August only. Bicycles are carried free of charge but space is limited."""),
            ("n2", "near_miss", "timetable", """Marrowby - Quillon Island ferry: winter timetable 2025-26
Valid 1 October 2025 to 31 March 2026
Monday to Friday departures from Marrowby: 07:10, 09:30, 12:15, 15:00, 17:20. Weekend sailings are reduced to three each way. Crossing time is approximately 40 minutes in winter owing to the slower relief vessel. The service does not operate on Christmas Day or New Year's Day. Passengers are advised to allow extra time for check-in during storms."""),
        ],
        "mention": "The Quillon Island ferry will run to a reduced timetable next Tuesday while the Marrowby slipway is inspected.",
        "questions": [
            {"q": "Under the summer 2026 timetable, when does the earliest weekday boat leave Marrowby for Quillon Island?", "kind": "when", "answers": ["06:45"], "evidence": "Monday to Friday departures from Marrowby: 06:45", "dated": True},
            {"q": "How much is an adult return ticket on the Marrowby to Quillon Island ferry?", "kind": "how_much", "answerable": False, "absent": ["return fare", "adult return", "fares"]},
        ],
    },
    {
        "id": "tarnwell_parish_council",
        "docs": [
            ("a", "answer", "minutes", """Tarnwell Parish Council - minutes of the meeting held 9 October 2025
Present: Cllrs Hebden (chair), Okafor, Lisle, Fairbairn and Moss.
5. Millbank Green play area. Following the deferral in September, members considered a revised quotation from Playcraft North. It was RESOLVED to approve expenditure of £18,500 for new play equipment and safety surfacing at Millbank Green, funded from parish reserves and a developer contribution. Works to be completed before Easter.
6. Correspondence. A letter about dog fouling on Station Lane was noted and will be passed to the district council."""),
            ("n1", "near_miss", "minutes", """Tarnwell Parish Council - minutes of the meeting held 11 September 2025
Present: Cllrs Hebden (chair), Okafor, Lisle and Moss. Apologies: Cllr Fairbairn.
4. Millbank Green play area. Members considered a quotation of £22,000 for replacement play equipment. Concern was expressed that only one supplier had been approached. It was RESOLVED to defer a decision until the October meeting and to seek at least one further quotation.
5. Grass cutting. The clerk reported that the contractor had missed two cuts in August."""),
            ("n2", "near_miss", "minutes", """Tarnwell St Mary Parish Council - meeting notes, October 2025
Present: Cllrs Rowe (chair), Baptiste, Ingham.
3. Bus shelter, Church Corner. Following storm damage, members approved £9,400 for a replacement timber bus shelter, subject to highways consent. 4. Village hall. The hall committee reported that the new boiler had been fitted. 5. Date of next meeting to be confirmed after the clerk's leave. Residents are reminded that this council is separate from Tarnwell Parish Council."""),
        ],
        "mention": "Tarnwell Parish Council is looking for volunteers to help with the spring litter pick along Station Lane.",
        "questions": [
            {"q": "How much money did Tarnwell's parish councillors agree to spend on the Millbank Green play area?", "kind": "how_much", "answers": ["£18,500", "18,500"], "evidence": "It was RESOLVED to approve expenditure of £18,500 for new play equipment and safety surfacing at Millbank Green"},
            {"q": "Who chaired the Tarnwell Parish Council meeting held on 13 November 2025?", "kind": "who", "answerable": False, "absent": ["meeting held 13 November 2025", "held on 13 November 2025"], "dated": True},
        ],
    },
    {
        "id": "hollis_marrant",
        "docs": [
            ("a", "answer", "encyclopedia", """Hollis Marrant
Hollis Marrant (born 1961) is a novelist from the port town of Fenmouth. His debut, The Glasshouse Winter, appeared in 2003. His fourth novel, Riverlight (2010), the story of two brothers running a failing ferry business, won the Calder Prize for Fiction in 2011 and was later adapted for radio. Later books include The Cartographer's Son (2014) and Wrecking Season (2018). Marrant lives in Fenmouth and teaches creative writing part-time at the local college."""),
            ("n1", "near_miss", "encyclopedia", """Edwin Marrant
Edwin Marrant (1929-2004) was a journalist and editor of the Fenmouth Courier from 1968 to 1991. He was known for a long campaign against the closure of the town's shipyard, for which he received the Press Guild's regional award in 1979. He wrote two volumes of local history. He was the father of the novelist Hollis Marrant, who has said that his father's newsroom taught him to write to length."""),
            ("n2", "near_miss", "news", """Calder Prize shortlist announced
The shortlist for this year's Calder Prize for Fiction includes The Cartographer's Son by Hollis Marrant, a previous winner of the award. Also shortlisted are novels by Jun Takeda, Ruth Okonjo and Pieter Vos. The judges said the six books showed fiction in rude health. The winner will be announced in November at a dinner in the city's Guildhall."""),
        ],
        "mention": "Novelist Hollis Marrant will read from his work at Fenmouth library on Thursday evening; admission is free.",
        "questions": [
            {"q": "Which Hollis Marrant book earned him the Calder Prize?", "kind": "which", "answers": ["Riverlight"], "evidence": "His fourth novel, Riverlight (2010), the story of two brothers running a failing ferry business, won the Calder Prize for Fiction in 2011"},
        ],
    },
    {
        "id": "ardlow_marathon",
        "docs": [
            ("a", "answer", "news", """Record field completes Ardlow Marathon
28 April 2025
A record 8,412 runners finished the 2025 Ardlow Marathon on Sunday, organisers confirmed after the official results were published. The men's race was won by Kiprop Mwangi in 2:11:48 and the women's race by Sanne de Vries in 2:27:30. Warm conditions after midday kept medical teams busy in the final hours, and water stations ran short near the 30 km mark. The accompanying 10K fun run attracted a further 2,300 people."""),
            ("n1", "near_miss", "news", """Ardlow Marathon entries close at record level
Entries for the 2025 Ardlow Marathon have closed with 10,050 people registered, the highest number in the race's history. Organisers expect around a fifth of entrants not to start, which is typical for big-city marathons. Bib collection will take place at the Ardlow Exhibition Hall on the Friday and Saturday before race day. Road closures will be published a fortnight in advance."""),
            ("n2", "near_miss", "sports results", """Ardlow Marathon 2024 in numbers
Finishers: 7,960. Oldest finisher: 81. Fastest time: 2:12:05 by Abel Tesfaye Girma. Litres of water handed out: 96,000. Volunteers: 1,150. Charity money raised: an estimated £2.1 million. The 2024 race was held in cool, damp conditions, which runners said helped fast times in the second half."""),
        ],
        "mention": "Ardlow Marathon organisers have opened the ballot for volunteer marshals.",
        "questions": [
            {"q": "How many people completed the Ardlow Marathon in 2025?", "kind": "how_many", "answers": ["8,412"], "evidence": "A record 8,412 runners finished the 2025 Ardlow Marathon on Sunday", "dated": True},
            {"q": "In the Ardlow Marathon that Kiprop Mwangi won, who took the women's race?", "kind": "who", "answers": ["Sanne de Vries"], "evidence": "the women's race by Sanne de Vries in 2:27:30"},
            {"q": "How many runners crossed the finish line of the Ardlow half marathon?", "kind": "how_many", "answerable": False, "absent": ["half marathon"]},
        ],
    },
    {
        "id": "vantry_robotics",
        "docs": [
            ("a", "answer", "press release", """Vantry Robotics appoints Priya Halloran as Chief Executive Officer
PRESS RELEASE - 12 January 2026
Vantry Robotics, the Dunchester-based maker of warehouse picking arms, today announced that its board has appointed Priya Halloran as Chief Executive Officer, effective 1 March 2026. Halloran joins from Orvell Logistics, where she was chief operating officer for six years. She succeeds Marcus Delane, who has served as interim chief executive since July 2025 and will return to his previous role as chief financial officer. About Vantry: founded in 2014, Vantry employs 640 people."""),
            ("n1", "near_miss", "news", """Vantry founder steps down; finance chief to lead in interim
July 2025
Vantry Robotics founder Alan Coyle has stepped down as chief executive with immediate effect, citing health reasons. The board has asked chief financial officer Marcus Delane to act as interim CEO while it searches for a permanent successor. Shares fell 4 per cent on the news. Coyle will remain a non-executive director."""),
            ("n2", "near_miss", "news", """Ventry Automation names new chief executive
Ventry Automation, the Dutch supplier of conveyor control software, has appointed Jonas Wick as chief executive. Wick was previously head of sales for the company's North American business. The firm, which is unrelated to the British robot maker with a similar name, employs 210 people and is privately owned."""),
        ],
        "mention": "Vantry Robotics will open its Dunchester test warehouse to local schools during science week.",
        "questions": [
            {"q": "Who did Vantry Robotics choose as its permanent chief executive?", "kind": "who", "answers": ["Priya Halloran"], "evidence": "its board has appointed Priya Halloran as Chief Executive Officer"},
            {"q": "From what date does Vantry's new permanent CEO take up the post?", "kind": "when", "answers": ["1 March 2026"], "evidence": "effective 1 March 2026"},
            {"q": "In which town is the robot maker Vantry Robotics based?", "kind": "where", "answers": ["Dunchester"], "evidence": "Vantry Robotics, the Dunchester-based maker of warehouse picking arms"},
            {"q": "Which company did Vantry's new chief executive move from?", "kind": "which", "answers": ["Orvell Logistics"], "evidence": "Halloran joins from Orvell Logistics, where she was chief operating officer for six years"},
        ],
    },
    {
        "id": "kelderby_zoo",
        "docs": [
            ("a", "answer", "news", """Red panda twins delight Kelderby Zoo keepers
2 June 2025
Two red panda cubs have been born at Kelderby Zoo to mother Meili and father Tashi, keepers announced this week. The pair were spotted on a nest-box camera and appear healthy, although their sex is not yet known. Red panda cubs usually stay in the nest for about three months, so visitors are unlikely to see them before late summer. A public vote will choose their names later in the year."""),
            ("n1", "near_miss", "news", """Snow leopard triplets born at Kelderby
Kelderby Zoo is celebrating the birth of three snow leopard cubs, the first of the species to be born there. Mother Anya gave birth in a quiet den behind the main enclosure in May 2025. Keepers are monitoring the family by camera and say the cubs are feeding well. The zoo is part of a European breeding programme for the vulnerable cats."""),
            ("n2", "near_miss", "news", """Single red panda cub thriving at Kelderby
A red panda cub born at Kelderby Zoo in 2023 has made its first public appearance. The female cub, called Pip by keepers, is the only surviving offspring from that year's litter and has been hand-reared for part of her first weeks. She can now be seen climbing in the bamboo enclosure on most mornings."""),
        ],
        "mention": "Kelderby Zoo is offering half-price entry to local residents on the first Sunday of each month.",
        "questions": [
            {"q": "How many red panda cubs were born at Kelderby Zoo in 2025?", "kind": "how_many", "answers": ["two", "2"], "evidence": "Two red panda cubs have been born at Kelderby Zoo to mother Meili and father Tashi", "dated": True},
            {"q": "What names were picked for Kelderby Zoo's red panda twins?", "kind": "what", "answerable": False, "absent": ["have been named", "were named", "names chosen"]},
        ],
    },
]

TOPICS += [
    {
        "id": "hallam_shield",
        "docs": [
            ("a", "answer", "sports results", """Hallam Shield final: Corrie Vale 24 Ashby Moor 17
3 May 2025
Corrie Vale lifted the 2025 Hallam Shield after a second-half comeback against Ashby Moor, winning 24-17. Trailing 12-3 at the break, Vale scored tries through winger Dion Marsh and flanker Calum Reid, with fly-half Tom Ecclestone adding 14 points from the boot. Ashby Moor's only reply after the interval was a late penalty try. Vale captain Sam Oduya said the squad had been written off all season and enjoyed proving people wrong."""),
            ("n1", "near_miss", "sports results", """Women's Hallam Shield: Ashby Moor Ladies 31 Pendle Park Ladies 10
Ashby Moor Ladies won the 2025 women's Hallam Shield with a dominant display, running in five tries against Pendle Park Ladies. Prop Jade Whitlock scored twice from close range. The women's final was played as the curtain-raiser to the men's match, and a crowd of around 900 stayed to watch both. It is the third women's title in four years for Ashby Moor."""),
            ("n2", "near_miss", "sports results", """Pendle Park edge Corrie Vale in Hallam Shield final
Pendle Park won the 2024 Hallam Shield by beating Corrie Vale 19-16 at Lowther Road, with a drop goal in the final minute deciding a tense match. Corrie Vale had led for most of the second half after a converted try by their captain. Pendle Park coach Martin Eyre said his side had shown great character to come back."""),
        ],
        "mention": "The Hallam Shield committee will meet next week to agree the draw for the opening round.",
        "questions": [
            {"q": "Which side won the Hallam Shield final in 2025?", "kind": "which", "answers": ["Corrie Vale"], "evidence": "Corrie Vale lifted the 2025 Hallam Shield", "dated": True},
            {"q": "What was the score when Corrie Vale won the Hallam Shield final?", "kind": "what", "answers": ["24-17"], "evidence": "winning 24-17"},
            {"q": "Who was named player of the match when Corrie Vale beat Ashby Moor in the Hallam Shield final?", "kind": "who", "answerable": False, "absent": ["player of the match", "man of the match"]},
        ],
    },
    {
        "id": "marlows_kitchen",
        "docs": [
            ("a", "answer", "review", """Marlow's Kitchen, Harbour Street: fish done properly
Reviewed by our food writer
The Harbour Street branch of Marlow's Kitchen has quietly become the best place in town for fish. Head chef Deniz Arslan, who moved here from a hotel kitchen in Brightsea, keeps the menu short: a crudo of the day, grilled mackerel with rhubarb, and a whole plaice for two. Service was friendly if a little slow on a busy Friday. Three courses cost about £42 a head before drinks. Rating: four stars."""),
            ("n1", "near_miss", "review", """Marlow's Kitchen Old Town: Sunday roasts worth queuing for
The original Marlow's Kitchen on Castle Hill in the Old Town is a very different place from its seafront sibling. Head chef Sophie Crane runs a meat-led menu, and the Sunday roast of rare beef with proper Yorkshire puddings is the reason for the queue out of the door. Book ahead or arrive before noon. Mains from £17."""),
            ("n2", "near_miss", "listing", """Marlow's Kitchen - locations and opening times
Old Town, 3 Castle Hill: Tuesday to Sunday, 12:00-15:00 and 18:00-22:00.
Harbour Street, 41 Harbour Street: Wednesday to Sunday, 12:00-22:00.
Private dining available at both restaurants for up to 16 guests. Gift vouchers can be used at either site. For group bookings of more than eight please call the restaurant directly rather than booking online."""),
        ],
        "mention": "Marlow's Kitchen has been shortlisted in a regional restaurant awards scheme, with the results due in the new year.",
        "questions": [
            {"q": "Who runs the kitchen at the Harbour Street Marlow's Kitchen?", "kind": "who", "answers": ["Deniz Arslan"], "evidence": "Head chef Deniz Arslan, who moved here from a hotel kitchen in Brightsea"},
            {"q": "Who is head chef at the Canal Wharf branch of Marlow's Kitchen?", "kind": "who", "answerable": False, "absent": ["Canal Wharf"]},
        ],
    },
    {
        "id": "feldham_choir",
        "docs": [
            ("a", "answer", "club newsletter", """Feldham Community Choir - Newsletter, May 2025
Thank you to everyone who came to our spring concert at St Aidan's Church. We are delighted to report that the evening raised £3,240 for Feldham Hospice, helped by a generous raffle and the cake stall run by the altos. Our conductor, Jane Ollerton, has chosen a lighter programme for the summer, including songs from the shows. Rehearsals continue on Wednesdays at 7.30pm in the Memorial Hall. New members, especially tenors, are always welcome."""),
            ("n1", "near_miss", "club newsletter", """Feldham Community Choir - Newsletter, January 2025
Happy new year to all our singers and supporters. Our winter concert in December raised £2,870 for Feldham Hospice, our best winter total so far. Subscriptions for the new year are now due and can be paid to our treasurer, Mike Reeve. Spring term rehearsals start on 8 January. Please return your carol folders to the music librarian."""),
            ("n2", "near_miss", "club newsletter", """Feldham Community Choir - summer update
Our summer concert will take place on Saturday 12 July on the lawn at Feldham Manor, weather permitting. This time we are aiming to raise £4,000 for the hospice's new garden room, so please bring friends and family. Tickets will be £10, children free. We also need volunteers to help set out chairs from 5pm on the day."""),
        ],
        "mention": "Feldham Community Choir will sing carols outside the town hall on the evening the Christmas lights are switched on.",
        "questions": [
            {"q": "How much did the Feldham Community Choir's spring concert bring in for the hospice?", "kind": "how_much", "answers": ["£3,240", "3,240"], "evidence": "the evening raised £3,240 for Feldham Hospice"},
            {"q": "Where did the Feldham Community Choir hold its spring concert?", "kind": "where", "answers": ["St Aidan's Church", "St Aidan's"], "evidence": "Thank you to everyone who came to our spring concert at St Aidan's Church."},
            {"q": "How much money did the Feldham choir's summer concert at Feldham Manor actually raise?", "kind": "how_much", "answerable": False, "absent": ["summer concert raised", "summer concert at Feldham Manor raised"]},
        ],
    },
    {
        "id": "orrin_valley_railway",
        "docs": [
            ("a", "answer", "Q&A page", """Orrin Valley Railway - frequently asked questions
How long is the line? The railway runs for 11.5 miles between Cawley Junction and Brent Hollow, with intermediate stations at Ashford Halt and Mill End.
How long does a trip take? A return journey takes around an hour and three quarters, or longer if you stop off at Mill End for the engine shed.
Are dogs allowed? Yes, well-behaved dogs on leads travel free.
Is there parking? There is a pay-and-display car park at Cawley Junction."""),
            ("n1", "near_miss", "news", """Heritage railway sets out extension plan
The Orrin Valley Railway has published plans to extend its line by three miles from Brent Hollow to the market town of Ferriby, using the trackbed of the old branch closed in 1966. The trust hopes to raise £5 million and have trains running into Ferriby by 2028, subject to planning consent. Volunteers have already cleared the first half mile of scrub."""),
            ("n2", "near_miss", "encyclopedia", """Orrin Vale Tramway
The Orrin Vale Tramway is a narrow-gauge electric tramway running for 2 miles along the seafront at Orrin Bay. It opened in 1901 and was restored by volunteers in the 1980s. Its fleet of six open-top cars operates between Easter and October. It is not connected with the Orrin Valley Railway, a standard-gauge steam line inland."""),
        ],
        "mention": "Santa specials on the Orrin Valley Railway are almost sold out, the volunteers report.",
        "questions": [
            {"q": "What is the length of the Orrin Valley Railway's line?", "kind": "how_many", "answers": ["11.5 miles"], "evidence": "The railway runs for 11.5 miles between Cawley Junction and Brent Hollow"},
            {"q": "When did passenger trains on the Orrin Valley Railway first reach Ferriby?", "kind": "when", "answerable": False, "absent": ["extension opened", "trains reached Ferriby", "first trains into Ferriby"]},
        ],
    },
    {
        "id": "nexa_pad",
        "docs": [
            ("a", "answer", "product page", """Nexa Pad 3 (11-inch, Wi-Fi, 128 GB)
Price: £349
The Nexa Pad 3 has an 11-inch 2K display, an octa-core processor and 6 GB of memory. A 10,200 mAh battery gives up to 14 hours of video playback. Front and rear 13 MP cameras, quad speakers and a USB-C port. Works with the Nexa Pen (sold separately). Colours: graphite, sage. In the box: tablet, cable, quick start guide. Free next-day delivery on orders placed before 8pm."""),
            ("n1", "near_miss", "product page", """Nexa Pad 3 Pro (12.4-inch, Wi-Fi, 256 GB)
Price: £499
The Pad 3 Pro steps up to a 12.4-inch 120 Hz OLED display, 8 GB of memory and a larger 11,500 mAh battery. The Nexa Pen is included in the box. Optional keyboard cover available at £119. Colours: graphite, silver. Two-year manufacturer warranty included."""),
            ("n2", "near_miss", "review", """Nexa Pad 2 review: the budget tablet to beat
At £299 the Nexa Pad 2 undercuts most of its rivals and still feels well made. The 10.5-inch screen is bright enough for the garden, battery life is excellent, and the speakers are surprisingly loud. The camera is poor, but few people take photos with a tablet. If you can find one in the sales it is an easy recommendation. Rating: four stars."""),
        ],
        "mention": "Nexa has released a software update for its tablets that fixes a charging bug.",
        "questions": [
            {"q": "What is the retail price of the standard Nexa Pad 3?", "kind": "how_much", "answers": ["£349", "349"], "evidence": "Price: £349", "dated": True},
            {"q": "How much does the Nexa Pad 3 Mini cost?", "kind": "how_much", "answerable": False, "absent": ["Pad 3 Mini", "Nexa Pad Mini"], "dated": True},
        ],
    },
    {
        "id": "whitlow_bridge",
        "docs": [
            ("a", "answer", "encyclopedia", """Whitlow Bridge
Whitlow Bridge is a three-arch sandstone road bridge carrying the old Kendry turnpike over the River Laddon at Whitlow. It was designed by the engineer Josiah Fenwick-Hart and opened in 1887, replacing a timber crossing that had been swept away in a flood. The bridge is Grade II listed. It was closed to motor traffic in 1974, when New Whitlow Bridge opened a quarter of a mile downstream, and now carries only pedestrians and cyclists."""),
            ("n1", "near_miss", "encyclopedia", """New Whitlow Bridge
New Whitlow Bridge is a concrete box-girder bridge carrying the A-road bypass over the River Laddon. It was designed by the county surveyor's department under Alan Pettifer and opened in 1974. At 210 metres it is the longest road bridge in the county. Its opening allowed the older sandstone bridge upstream to be closed to cars."""),
            ("n2", "near_miss", "council notice", """Whitlow Footbridge: temporary closure
The Whitlow Footbridge over the mill race, built in 2009 to link the riverside path with the car park, will be closed from Monday for two weeks while its timber deck boards are replaced. A signed diversion via Mill Lane will be in place. We apologise for any inconvenience."""),
        ],
        "mention": "Whitlow's riverside path will be busier than usual on Sunday when a charity walk passes through.",
        "questions": [
            {"q": "Which engineer was responsible for the design of the sandstone Whitlow Bridge?", "kind": "who", "answers": ["Josiah Fenwick-Hart"], "evidence": "It was designed by the engineer Josiah Fenwick-Hart and opened in 1887"},
            {"q": "In what year did the three-arch Whitlow Bridge open?", "kind": "when", "answers": ["1887"], "evidence": "It was designed by the engineer Josiah Fenwick-Hart and opened in 1887"},
        ],
    },
    {
        "id": "sorrel_bay_lifeboat",
        "docs": [
            ("a", "answer", "club newsletter", """Sorrel Bay Lifeboat Station - annual report 2025
Our volunteer crews launched 64 times during 2025, the busiest year in the station's history. Most calls came in July and August, when paddleboarders and small craft were caught by offshore winds. The inshore boat was replaced in October after twenty years of service. Detailed statistics will be published by the national charity in the spring. Thank you to every volunteer, fundraiser and family who made this possible."""),
            ("n1", "near_miss", "club newsletter", """Sorrel Bay Lifeboat Station - annual report 2024
It was another demanding year at Sorrel Bay. The crews launched 58 times in 2024, compared with 51 the year before. Two new crew members passed out as helms. The shop on the harbour wall raised more than £40,000. We are sad to record the death of former coxswain Harry Pengelly, who served for 34 years."""),
            ("n2", "near_miss", "news", """Keld Point lifeboat crews answer 41 calls
Volunteers at Keld Point, the nearest lifeboat station to Sorrel Bay along the coast, launched 41 times in 2025. Station manager Rona Hale said the figure was close to average. The station is raising money for a new launching tractor, which will cost around £250,000."""),
        ],
        "mention": "Sorrel Bay lifeboat crew will hold a harbour open day with demonstrations on Saturday afternoon.",
        "questions": [
            {"q": "How many times did the Sorrel Bay lifeboat crews launch in 2025?", "kind": "how_many", "answers": ["64"], "evidence": "Our volunteer crews launched 64 times during 2025", "dated": True},
            {"q": "How many people did the Sorrel Bay lifeboat crews bring to safety during their record year?", "kind": "how_many", "answerable": False, "absent": ["were rescued", "people rescued", "lives saved", "brought to safety"]},
        ],
    },
    {
        "id": "thornbury_gardens_show",
        "docs": [
            ("n1", "near_miss", "news", """Dahlias take best in show at Thornbury
Ada Kowalczyk's display of cactus dahlias was judged best in show at the 2025 Thornbury Gardens Show. The retired teacher, who grows more than 200 plants on her allotment, said she had nearly stayed at home because of the rain. The show attracted 410 entries across 60 classes, and the judges said the vegetable classes were the strongest for years."""),
            ("n2", "near_miss", "news", """Dates set for 2026 Thornbury Gardens Show
The 2026 Thornbury Gardens Show will be held on 22 and 23 August in the Recreation Ground, the organising committee has confirmed. New classes will include a children's miniature garden and a prize for the best photograph of a garden bird. Schedules will be available from the library in the spring. The committee is looking for two new stewards."""),
            ("n3", "near_miss", "sports results", """Thornby Flower Show 2026: results
Best in show: Graham Oduya, sweet peas. Best vase of roses: Lin Harcourt. Heaviest onion: Reg Tilly, 3.1 kg. Children's decorated egg: Mia Brooks, age 7. The Thornby Flower Show thanks its sponsors and the village hall committee for the use of the hall."""),
        ],
        "mention": "The Thornbury Gardens Show committee is asking for donations of raffle prizes.",
        "questions": [
            {"q": "Whose entry won best in show at the 2026 Thornbury Gardens Show?", "kind": "who", "answerable": False, "absent": ["2026 best in show", "best in show at the 2026 Thornbury"], "dated": True},
        ],
    },
    {
        "id": "carrick_beacon",
        "docs": [
            ("a", "answer", "Q&A page", """How high is Carrick Beacon?
Q: I'm planning a walk up Carrick Beacon next month. How high is it, and is it the tallest hill around?
A: Carrick Beacon reaches 1,147 metres above sea level, which makes it the highest point in the Morvane Hills. The summit has a trig pillar and a stone shelter. On a clear day you can see the coast. Take a map and compass, because the plateau is confusing in mist.
Answered by a volunteer ranger."""),
            ("n1", "near_miss", "encyclopedia", """Little Carrick
Little Carrick is a subsidiary summit of Carrick Beacon, rising to 893 metres about two kilometres to the north-east. It is usually climbed on the way to the main summit from the Glenlarn side. Its rocky top offers the best view of the corrie lake below. The hill is a popular spot for paragliders in light westerly winds."""),
            ("n2", "near_miss", "blog", """Carrick Beacon from Glenlarn: our Saturday hike
Posted by Hilltop Hannah
We set off from the Glenlarn car park at 8am. The route is about 14 km with a total ascent of 780 metres from the car park, so it is a full day for most people. The path is clear as far as the corrie, then it gets steep and loose. We had lunch in the summit shelter and came down via Little Carrick."""),
        ],
        "mention": "Mountain rescue volunteers have repeated their warning about walkers attempting Carrick Beacon without a map in poor weather.",
        "questions": [
            {"q": "How tall is Carrick Beacon, measured above sea level?", "kind": "how_many", "answers": ["1,147 metres", "1,147"], "evidence": "Carrick Beacon reaches 1,147 metres above sea level"},
            {"q": "Carrick Beacon is the highest point of which range of hills?", "kind": "which", "answers": ["Morvane Hills", "Morvane"], "evidence": "which makes it the highest point in the Morvane Hills"},
        ],
    },
    {
        "id": "lorn_street_bakery",
        "docs": [
            ("a", "answer", "forum", """Lorn Street Bakery Sunday hours?
Forum > Food and drink > Local recommendations
posted by crumbfan: Does anyone know if Lorn Street Bakery is open on Sundays now? Used to be closed.
reply from tessw: Yes, since October they open on Sundays from 8am until 1pm. Get there early though, the sourdough is usually gone by ten.
reply from crumbfan: Brilliant, thanks. Will try their cardamom buns."""),
            ("n1", "near_miss", "listing", """Farmers' market stallholders
Corn Exchange farmers' market, every Saturday from 7.30am to 12.30pm.
Bread and cakes: Lorn Street Bakery. Cheese: Hollow Farm Dairy. Vegetables: Greenacre Growers. Meat: Dalton's Butchers. Plants: Fernside Nursery. Stalls may change during the winter months; please check before travelling. Card payments are accepted by most traders."""),
            ("n2", "near_miss", "listing", """Lorne Bakery, Castle Street
Traditional family bakery established 1952. Bread, pies, sausage rolls and celebration cakes to order. Opening hours: Monday to Saturday, 7am to 5pm. Closed Sundays and bank holidays. Not to be confused with other bakeries with similar names in the town. Orders for birthday cakes need three days' notice."""),
        ],
        "mention": "Lorn Street will be closed to traffic on Wednesday morning for resurfacing.",
        "questions": [
            {"q": "What time does Lorn Street Bakery open its doors on a Sunday?", "kind": "when", "answers": ["8am"], "evidence": "they open on Sundays from 8am until 1pm"},
        ],
    },
    {
        "id": "aldcastle_university",
        "docs": [
            ("a", "answer", "news", """Aldcastle University installs new chancellor
11 November 2024
Dame Rosalind Achebe-Ward was formally installed as chancellor of Aldcastle University at a ceremony in the Great Hall on Friday. The former diplomat, who grew up in the city, will preside over graduation ceremonies and act as an ambassador for the university. She succeeds the broadcaster Lord Pennington, who held the ceremonial post for twelve years. Students' union president Kofi Mensah welcomed her appointment."""),
            ("n1", "near_miss", "news", """New vice-chancellor for Aldcastle
Aldcastle University has appointed Professor Imran Sethi as its next vice-chancellor and chief executive. Professor Sethi, a chemist, is currently deputy vice-chancellor at a university in the Midlands. He will take up the post in January and will be responsible for the day-to-day running of the institution, which has 24,000 students."""),
            ("n2", "near_miss", "about us", """About Aldcastle College
Aldcastle College is a further education college offering apprenticeships, A levels and adult courses to 6,500 learners on two campuses. Our principal, Joanna Ferris, joined in 2021. The college works closely with local employers and with Aldcastle University, but the two institutions are separate."""),
        ],
        "mention": "Aldcastle University's winter graduation ceremonies will cause road closures near the Great Hall.",
        "questions": [
            {"q": "Who holds the ceremonial post of chancellor at Aldcastle University?", "kind": "who", "answers": ["Rosalind Achebe-Ward"], "evidence": "Dame Rosalind Achebe-Ward was formally installed as chancellor of Aldcastle University"},
            {"q": "Whom did the current chancellor of Aldcastle University replace in that role?", "kind": "who", "answers": ["Lord Pennington", "Pennington"], "evidence": "She succeeds the broadcaster Lord Pennington, who held the ceremonial post for twelve years."},
        ],
    },
    {
        "id": "grimsdale_reservoir",
        "docs": [
            ("n1", "near_miss", "encyclopedia", """Grimsdale Lower Reservoir
Grimsdale Lower Reservoir is a drinking-water reservoir in the upper Grim valley. Completed in 1911, it holds 2.1 billion litres when full and supplies the towns of Aldcastle and Hebbleton. A sailing club uses the water at weekends. The reservoir is fed by the outflow of Grimsdale Upper Reservoir, two miles further up the valley."""),
            ("n2", "near_miss", "encyclopedia", """Grimsdale Upper Reservoir
Grimsdale Upper Reservoir was created in 1932 when an earth dam was built across the head of the Grim valley. The reservoir covers 48 hectares and is up to 27 metres deep near the dam. A circular footpath of 6 km runs around the shore. Fishing is permitted with a day ticket from the warden's hut."""),
            ("n3", "near_miss", "news", """Upland reservoir at 63 per cent after dry summer
Grimsdale Upper Reservoir was 63 per cent full at the start of September, well below the usual level for the time of year, the water company said. The company does not expect a hosepipe ban this year but has asked customers to use water wisely. Levels at Grimsdale Lower Reservoir were described as healthy."""),
        ],
        "mention": "The footpath around Grimsdale Upper Reservoir is partly closed while fencing is repaired.",
        "questions": [
            {"q": "What is the storage capacity of Grimsdale Upper Reservoir when full?", "kind": "how_many", "answerable": False, "absent": ["Upper Reservoir holds", "Upper Reservoir can hold"]},
        ],
    },
    {
        "id": "pembury_open",
        "docs": [
            ("a", "answer", "news", """Rusk takes Pembury Open title
Grandmaster Aleksander Rusk won the open section of the 2025 Pembury Open with 7.5 points from nine rounds, half a point clear of a group of four players. Rusk, the top seed, drew only his games against the two other grandmasters in the field. The tournament attracted 188 players across three sections, a record for the event. Prize-giving took place in the Pembury Assembly Rooms on Monday evening."""),
            ("n1", "near_miss", "sports results", """Pembury Open 2025: under-1800 section
Winner: Tilly Foss (Hebbleton), 8 points from 9. Joint second: Sam Iqbal and Greta Lund, 7 points. Best junior: Oskar Flynn, 6.5 points. Best newcomer: Paula Diaz. The under-1800 section had 74 entries. Thanks to the arbiters and to the Assembly Rooms staff."""),
            ("n2", "near_miss", "news", """Ivers wins Pembury Open at first attempt
International Master Hana Ivers won the 2024 Pembury Open on tie-break after finishing level on 7 points with Aleksander Rusk. Ivers, playing in the event for the first time, beat Rusk in round six with a sharp queen sacrifice. Organisers said they hoped to welcome both players back next year."""),
        ],
        "mention": "The Pembury chess club meets on Tuesday evenings and welcomes newcomers of all strengths.",
        "questions": [
            {"q": "Who won the main open section of the Pembury Open chess tournament in 2025?", "kind": "who", "answers": ["Aleksander Rusk"], "evidence": "Grandmaster Aleksander Rusk won the open section of the 2025 Pembury Open", "dated": True},
            {"q": "How many points did Aleksander Rusk score on his way to the Pembury Open title?", "kind": "how_many", "answers": ["7.5"], "evidence": "with 7.5 points from nine rounds"},
        ],
    },
    {
        "id": "tallis_photo",
        "docs": [
            ("n1", "near_miss", "news", """Tallis 4.2 released with faster exports
3 May 2025
Version 4.2 of Tallis, the open-source photo editor, is now available for download. The release brings exports up to twice as fast on multi-core machines, a redesigned crop tool and support for several new camera raw formats. Users of 4.1 will be offered the update automatically. The developers thanked more than 90 volunteer contributors."""),
            ("n2", "near_miss", "blog", """First look: the next major Tallis enters public beta
The next major version of the Tallis photo editor, codenamed Harrier, is now in public beta. It replaces the old layer engine and adds non-destructive masks, which have been the most requested feature for years. The developers stress that the beta is not ready for important work and say a final release is planned for next year. Testers can install it alongside the current version."""),
            ("n3", "near_miss", "news", """Tallis Mobile 2.0 arrives on phones
Tallis Mobile 2.0, the phone companion to the desktop photo editor, was released on 11 November 2025. It can now open projects saved on a computer and sync edits through any cloud folder. The app remains free and without adverts. Version 1 users will be upgraded automatically."""),
        ],
        "mention": "The Tallis photo editor project is looking for volunteer translators for its user guide.",
        "questions": [
            {"q": "When was version 5.0 of the Tallis photo editor released?", "kind": "when", "answerable": False, "absent": ["Tallis 5.0", "version 5.0", "Tallis 5 "], "dated": True},
        ],
    },
    {
        "id": "brannock_hale",
        "docs": [
            ("a", "answer", "about us", """About Brannock & Hale Solicitors
Home > About the firm
Brannock & Hale has advised families and small businesses in the county for more than fifty years. Celia Brannock has been managing partner since 2019 and leads our private client team. Our eleven lawyers cover wills and probate, residential property, employment and family law. We offer a free thirty-minute first meeting for new clients. Offices in Kelmscott and Drayford."""),
            ("n1", "near_miss", "news", """Founding partner of local law firm dies
George Hale, who founded the solicitors Brannock & Hale with his friend Arthur Brannock in 1972, has died aged 91. He retired from the firm in 2001 but continued to visit the office every Friday. Colleagues described him as a patient adviser who never charged for a phone call. He leaves a wife, Margaret, and three children."""),
            ("n2", "near_miss", "about us", """Brannock Hale Associates - architects
Brannock Hale Associates is a design practice specialising in school and community buildings. The practice was founded in 2008 by Simon Brannock and Lucy Hale, who remain its directors. Recent projects include the Drayford sports hall and a new library for a primary school. We are not connected with any law firm of a similar name."""),
        ],
        "mention": "Brannock & Hale Solicitors will hold a free wills clinic at Drayford library next month.",
        "questions": [
            {"q": "Who is the managing partner of the solicitors Brannock & Hale?", "kind": "who", "answers": ["Celia Brannock"], "evidence": "Celia Brannock has been managing partner since 2019"},
        ],
    },
]

TOPICS += [
    {
        "id": "tidewater_jazz",
        "docs": [
            ("a", "answer", "news", """Tidewater Jazz Festival reports best year yet
Published 9 September 2026
The Tidewater Jazz Festival sold 14,600 tickets in 2026, organisers said on Monday, making this summer's event the best attended since it began in 2009. Headline sets by the Mara Quist Quintet and the veteran saxophonist Lonnie Bell sold out within days. Festival director Ruth Adair said the new riverside stage had allowed more free daytime concerts. Next year's dates will be announced in January."""),
            ("n1", "near_miss", "news", """Tidewater Jazz Festival draws steady crowds
Ticket sales for the 2025 Tidewater Jazz Festival reached 12,900, slightly up on the previous year, organisers said. Rain on the Saturday forced two outdoor concerts into the town hall. Director Ruth Adair said she was pleased with the figures and hoped to add a riverside stage for the following year."""),
            ("n2", "near_miss", "news", """Tidewater jazz organisers aim high for 2026
Organisers of the Tidewater Jazz Festival expect to sell around 16,000 tickets for the 2026 event, helped by a new riverside stage and a longer programme of free daytime music. The line-up will be announced in March. Early-bird weekend passes are on sale now at £85."""),
        ],
        "mention": "The Tidewater Jazz Festival is inviting young bands to apply for next summer's showcase stage.",
        "questions": [
            {"q": "How many tickets were sold for the Tidewater Jazz Festival in 2026?", "kind": "how_many", "answers": ["14,600"], "evidence": "The Tidewater Jazz Festival sold 14,600 tickets in 2026", "dated": True},
        ],
    },
    {
        "id": "mossgiel_school",
        "docs": [
            ("a", "answer", "news", """Mossgiel Primary rated Good by inspectors
Mossgiel Primary School has been rated Good in every area following a two-day inspection in March 2025. Inspectors said pupils were polite and keen to learn and that reading was taught well from the first weeks in reception. Headteacher Carla Nwosu said staff and families had worked hard to improve the school. The report is available on the inspectorate's website."""),
            ("n1", "near_miss", "news", """Mossgiel Academy told it requires improvement
Mossgiel Academy, the secondary school on Kirk Road, has been judged as requiring improvement by inspectors. The report praised sixth-form teaching but said behaviour in corridors and attendance among older pupils were not good enough. The academy trust said an action plan was already in place."""),
            ("n2", "near_miss", "listing", """Mossgiel Nursery and Pre-school
Mossgiel Nursery offers care for children aged two to four in a converted chapel next to the primary school. Rated Outstanding at its last early years inspection. Open 8am to 6pm, Monday to Friday, 51 weeks a year. Funded places available. Visits welcome by appointment."""),
        ],
        "mention": "Mossgiel Primary School's winter fair takes place in the school hall on Friday afternoon.",
        "questions": [
            {"q": "What overall judgement did inspectors give Mossgiel Primary School?", "kind": "what", "answers": ["Good"], "evidence": "Mossgiel Primary School has been rated Good in every area"},
        ],
    },
    {
        "id": "lydford_bake_off",
        "docs": [
            ("n1", "near_miss", "news", """Soltani wins Lydford Bake-Off with cardamom plait
Amira Soltani, a pharmacist from Lower Lydford, won the 2025 Lydford Bake-Off with a cardamom and orange plaited loaf. The judges, led by the baker Colin Frear, praised the even crumb and the glaze. Eleven home bakers entered the final in the village hall. Soltani's prize includes a day at a professional bakery."""),
            ("n2", "near_miss", "club newsletter", """Village news: Lydford Bake-Off 2024
Congratulations to Josie Clark, winner of this year's Lydford Bake-Off with her lemon drizzle tower, and to runner-up Ben Pardew for his pork pies. The cake sale afterwards raised £412 for the playgroup. Thank you to the village hall committee for the loan of the kitchen."""),
            ("n3", "near_miss", "news", """Young bakers shine in junior Lydford Bake-Off
The junior Lydford Bake-Off for under-14s was won by Isla Morgan, aged 12, with a tray of decorated cupcakes. Kit Langley, 10, was runner-up with cheese scones. The junior competition was held on the same day as the adult final in 2025 and drew fourteen entries."""),
        ],
        "mention": "Entry forms for the Lydford Bake-Off are available from the village shop.",
        "questions": [
            {"q": "Who came second behind Amira Soltani in the adult Lydford Bake-Off?", "kind": "who", "answerable": False, "absent": ["runner-up to Amira Soltani", "second to Amira Soltani", "Soltani's runner-up"]},
        ],
    },
    {
        "id": "haverleigh_clock",
        "docs": [
            ("a", "answer", "news", """Haverleigh Town Hall clock ticks again
The clock on Haverleigh Town Hall is keeping time again for the first time in nine years after a full restoration by the clockmakers Pettigrew & Sons of Lindford. The firm dismantled the 1880 mechanism and rebuilt it in its workshop, replacing worn gears and fitting an automatic winding system. The work cost £86,000, paid for by the town council and a heritage grant. The bell will strike the hours from 7am to 11pm."""),
            ("n1", "near_miss", "news", """Church clock restored at St Bride's
The clock in the tower of St Bride's Church in Haverleigh has been restored by Hollins Turret Clocks at a cost of £31,000, raised by parishioners over three years. The dials were regilded and the hands rebalanced. The vicar said hearing the chimes again had lifted spirits in the town centre."""),
        ],
        "mention": "Haverleigh Town Hall will host a winter craft fair on Saturday.",
        "questions": [
            {"q": "Which firm carried out the restoration of Haverleigh Town Hall's clock?", "kind": "which", "answers": ["Pettigrew & Sons", "Pettigrew"], "evidence": "after a full restoration by the clockmakers Pettigrew & Sons of Lindford"},
            {"q": "How much did it cost to get the Haverleigh Town Hall clock working again?", "kind": "how_much", "answers": ["£86,000", "86,000"], "evidence": "The work cost £86,000"},
        ],
    },
    {
        "id": "marisol_fenn",
        "docs": [
            ("a", "answer", "sports results", """Fenn breaks national 800m record at Lundberg Games
Marisol Fenn set a national record of 1:58.31 in the women's 800m at the Lundberg Games on Saturday, taking almost half a second off a mark that had stood since 1996. Fenn, 24, sat in fourth place at the bell before a long sprint from 200 metres out. She finished second in the race behind the world indoor champion. "I knew the time was there," Fenn said."""),
            ("n1", "near_miss", "news", """Carys Fenn qualifies for championships
Carys Fenn, younger sister of the 800m record holder Marisol Fenn, has qualified for the national championships in the 1500m after running 4:09.77 in Breda. The 20-year-old is coached by her mother, a former international cross-country runner. The sisters train together in the winter but race different distances."""),
            ("n2", "near_miss", "sports results", """Indoor athletics: Fenn wins in Glasgow
Marisol Fenn won the women's 800m at the Glasgow indoor meeting in 2:00.12, an indoor personal best. The race was slowed by a tactical first lap before Fenn kicked clear on the final bend. She will now rest before the outdoor season."""),
        ],
        "mention": "Middle-distance runner Marisol Fenn will present prizes at the county schools' cross-country.",
        "questions": [
            {"q": "What time did Marisol Fenn run when she set the national 800m record?", "kind": "what", "answers": ["1:58.31"], "evidence": "Marisol Fenn set a national record of 1:58.31 in the women's 800m at the Lundberg Games"},
            {"q": "What is Marisol Fenn's personal best over 400 metres?", "kind": "what", "answerable": False, "absent": ["400m", "400 metres"]},
        ],
    },
    {
        "id": "kilbride_heritage",
        "docs": [
            ("a", "answer", "listing", """Kilbride Heritage Centre - visitor information
Open daily 10am to 5pm, April to October; weekends only in winter.
Admission: adults £7.50, concessions £5, under-16s free when accompanied by an adult. Tickets are valid for a year.
The centre tells the story of Kilbride's herring fleet and the women who gutted and packed the catch. Cafe, shop and accessible toilets. Guide dogs welcome. Parking on the harbour front."""),
            ("n1", "near_miss", "listing", """Kilbride Castle
Ruined fifteenth-century tower house on the headland two miles north of Kilbride harbour, in the care of the national heritage body. Open April to September. Admission: adults £12, children £6, members free. Steep steps; not suitable for wheelchairs. Last entry 45 minutes before closing."""),
            ("n2", "near_miss", "listing", """Kilbride Heritage Centre - 2023 season
Opening hours: 10am to 4pm, Easter to September. Adult admission £6.50, concessions £4. The new net loft gallery opens in June. Please note that the centre will close for refurbishment over the winter. Group visits and school parties should book at least two weeks ahead."""),
        ],
        "mention": "Kilbride Heritage Centre is recording memories from families of former herring workers.",
        "questions": [
            {"q": "What is the standard adult entry charge at Kilbride Heritage Centre now?", "kind": "how_much", "answers": ["£7.50", "7.50"], "evidence": "Admission: adults £7.50"},
            {"q": "How much does a family ticket cost at Kilbride Heritage Centre?", "kind": "how_much", "answerable": False, "absent": ["family ticket", "family pass"]},
        ],
    },
    {
        "id": "ravensholme_theatre",
        "docs": [
            ("n1", "near_miss", "news", """Ravensholme Theatre studio opens its doors
The first stage of the new Ravensholme Theatre opened on Friday with a 140-seat studio theatre, a rehearsal room and a cafe bar. The main auditorium, still under construction next door, is due to open in spring 2027. Artistic director Farah Quayle said the studio would host new writing and youth theatre."""),
            ("n2", "near_miss", "encyclopedia", """Ravensholme Playhouse
The Ravensholme Playhouse was a theatre on Bridge Street that opened in 1921 and had 620 seats on three levels. It closed in 2019 after the discovery of structural problems in the roof and was demolished in 2022 to make way for the new Ravensholme Theatre on the same site."""),
            ("n3", "near_miss", "council notice", """Planning application: new theatre, Bridge Street, Ravensholme
Application for the erection of a theatre comprising a proposed 750-seat main auditorium, 140-seat studio, rehearsal room, cafe and ancillary space, following demolition of the former playhouse. Comments may be made to the planning department within 21 days of this notice."""),
        ],
        "mention": "Ravensholme Theatre's youth company is holding auditions for its spring production.",
        "questions": [
            {"q": "How many seats does the finished main auditorium at the new Ravensholme Theatre have?", "kind": "how_many", "answerable": False, "absent": ["completed main auditorium", "finished main auditorium", "main auditorium opened"]},
        ],
    },
    {
        "id": "gwenlan_cider",
        "docs": [
            ("a", "answer", "sports results", """West Counties Cider Awards 2025: results
Dry cider - gold: Stonefall Dry, Gwenlan Farm. Silver: Old Barn Scrumpy, Pennock Orchards. Bronze: Redstreak Dry, Hill House Cider.
Medium cider - gold: Taddy Vale Medium. Silver: Kingston Press.
Perry - gold: Marden Perry Co. The awards were judged blind by a panel of twelve at the county showground in June."""),
            ("n1", "near_miss", "blog", """News from the orchard
Posted by the Gwenlan Farm team, July 2024
We are thrilled that Orchard Hush, our medium cider, picked up a silver at this year's West Counties Cider Awards, and that Stonefall Dry took bronze. Not bad for a farm that only started pressing apples six years ago. Thank you to everyone who helped with last autumn's harvest."""),
            ("n2", "near_miss", "news", """Gwenlan perry wins gold at Marches show
Gwenlan Farm's first perry, made from old Blakeney Red trees on the farm, has won gold at the 2025 Marches Perry Show. The farm made just 600 bottles. Owner Dilys Gwenlan said she had nearly abandoned the batch when it fermented slowly."""),
        ],
        "mention": "Gwenlan Farm will open its orchard for a wassail in January.",
        "questions": [
            {"q": "Which of Gwenlan Farm's ciders earned a gold medal at the West Counties Cider Awards?", "kind": "which", "answers": ["Stonefall Dry", "Stonefall"], "evidence": "Dry cider - gold: Stonefall Dry, Gwenlan Farm."},
        ],
    },
    {
        "id": "kittering_bus",
        "docs": [
            ("a", "answer", "timetable", """Route 42: Kittering Bus Station - Hawley Park
Monday to Saturday daytime: buses run every 20 minutes between 07:00 and 18:40.
Evenings: hourly until 23:10.
Stops include Market Square, General Hospital, Orchard Way and Hawley Park shops. Journey time about 25 minutes. Contactless payment accepted on all buses. Day tickets can be bought from the driver."""),
            ("n1", "near_miss", "timetable", """Route 42A: Kittering Bus Station - Hawley Park via Brookside
Monday to Saturday: every hour from 07:30 to 17:30. No evening or Sunday service.
Route 42A follows route 42 as far as the General Hospital, then serves Brookside and Elm Rise before rejoining at Hawley Park shops. Journey time about 35 minutes."""),
            ("n2", "near_miss", "timetable", """Sunday and bank holiday services, Kittering area
Route 42 (Kittering - Hawley Park): every 40 minutes from 09:00 to 18:20.
Route 17 (Kittering - Amberley): every two hours.
Route 9 (town circular): hourly. There is no service on Christmas Day. Timetables are subject to change; check the operator's website before travelling."""),
        ],
        "mention": "Roadworks on Orchard Way in Kittering may delay buses next week.",
        "questions": [
            {"q": "How frequently does the 42 bus run between Kittering and Hawley Park during the day from Monday to Saturday?", "kind": "what", "answers": ["every 20 minutes", "20 minutes"], "evidence": "Monday to Saturday daytime: buses run every 20 minutes between 07:00 and 18:40."},
        ],
    },
    {
        "id": "alden_crosse",
        "docs": [
            ("a", "answer", "obituary", """The Reverend Alden Crosse
The Reverend Alden Crosse, who has died aged 88, was vicar of St Wilfrid's, Hamblecote, for 31 years. Arriving in 1968 as a young priest with a motorbike and a guitar, he started a youth club in the church hall that ran for decades. He retired in 1999 but continued to take services when asked. He is survived by his wife, Eleanor, and their son, Peter, who followed him into the priesthood."""),
            ("n1", "near_miss", "news", """Vicar bids farewell after twelve years
The Reverend Peter Crosse has preached his last sermon as vicar of St Oswin's, Tunley, after twelve years in the parish. Mr Crosse, son of the former Hamblecote vicar Alden Crosse, is moving to a post as hospital chaplain. Parishioners presented him with a painting of the church."""),
        ],
        "mention": "St Wilfrid's, Hamblecote, will hold a service of nine lessons and carols on the Sunday before Christmas.",
        "questions": [
            {"q": "For how many years did Alden Crosse serve as vicar of St Wilfrid's in Hamblecote?", "kind": "how_many", "answers": ["31"], "evidence": "was vicar of St Wilfrid's, Hamblecote, for 31 years"},
        ],
    },
    {
        "id": "arcwell_headphones",
        "docs": [
            ("n1", "near_miss", "news", """Arcwell Z1 passes million mark
Arcwell said it sold 1.2 million pairs of its Z1 noise-cancelling headphones in 2024, making them the company's best-selling product ever. The Z1 launched at £179 and was widely praised for its battery life. Arcwell said a successor would follow next year."""),
            ("n2", "near_miss", "news", """Analysts expect strong start for Arcwell Z2
Industry analysts forecast that Arcwell could ship around 2 million units of its new Z2 headphones in their first year on sale, helped by a lower price and a lighter design. Arcwell itself has not given a target. The Z2 goes on sale in March at £159."""),
            ("n3", "near_miss", "press release", """Arcwell announces full-year results
Arcwell today reported revenue of £410 million for the year to 31 December 2025, up 18 per cent, driven by strong demand for headphones and portable speakers. The company will publish its annual report in April. It does not disclose sales figures for individual products."""),
        ],
        "mention": "Arcwell has opened a repair centre for its headphones and speakers in Dunchester.",
        "questions": [
            {"q": "How many pairs of Arcwell Z2 headphones were actually sold in their first year?", "kind": "how_many", "answerable": False, "absent": ["Z2 sold", "pairs of Z2", "sold 2 million"]},
        ],
    },
    {
        "id": "birchfield_allotments",
        "docs": [
            ("a", "answer", "club newsletter", """Birchfield Allotment Society - winter newsletter
Plot rents for 2026 have been agreed at the AGM: a full plot will cost £48 for the year and a half plot £26. Invoices will go out in January and are payable by the end of March. The society shop in the trading hut reopens on 7 February with seed potatoes and onion sets. Please remember that bonfires are only allowed on Sundays before 10am."""),
            ("n1", "near_miss", "listing", """Birchfield Road Allotments (council site)
The council's Birchfield Road site has 64 plots. Annual rent for a standard plot is £60, with a 50 per cent discount for pensioners. Water troughs are turned off between November and March. To join the waiting list, contact the parks department. This site is not managed by the Birchfield Allotment Society."""),
        ],
        "mention": "Birchfield Allotment Society has a small number of vacant plots and is inviting new members.",
        "questions": [
            {"q": "What annual rent does the Birchfield Allotment Society charge for a full plot?", "kind": "how_much", "answers": ["£48", "48"], "evidence": "a full plot will cost £48 for the year"},
        ],
    },
    {
        "id": "lavinia_storrow",
        "docs": [
            ("a", "answer", "news", """Storrow harbour scene sets auction record
Lavinia Storrow's Harbour at Dusk sold for £1.3 million at Hartwell's in London on Wednesday, a record for the painter. The 1931 oil shows fishing boats returning to Fenmouth under a violet sky. It was bought by a telephone bidder after a contest lasting several minutes. Storrow, who died in 1968, painted the harbour more than forty times."""),
            ("n1", "near_miss", "news", """Storrow painting could fetch £800,000
A harbour scene by Lavinia Storrow, unseen in public for sixty years, is expected to sell for between £600,000 and £800,000 when it is offered at auction next month. Harbour at Dusk has been in the same family since it was bought from the artist. Specialists say it is one of her finest works."""),
            ("n2", "near_miss", "news", """Storrow gulls fly past estimate
Gulls over Fenmouth, a small oil by Lavinia Storrow, sold for £410,000 at a regional sale room on Tuesday, more than double its estimate. The painting had hung in a Fenmouth hotel for decades. The buyer was a private collector."""),
        ],
        "mention": "A talk on the painter Lavinia Storrow will be given at Fenmouth museum next Thursday.",
        "questions": [
            {"q": "What price did Lavinia Storrow's Harbour at Dusk fetch at auction?", "kind": "how_much", "answers": ["£1.3 million", "1.3 million"], "evidence": "Lavinia Storrow's Harbour at Dusk sold for £1.3 million at Hartwell's in London"},
            {"q": "At which auction house was Harbour at Dusk sold?", "kind": "where", "answers": ["Hartwell's"], "evidence": "sold for £1.3 million at Hartwell's in London"},
        ],
    },
    {
        "id": "elmstead_cycle_path",
        "docs": [
            ("n1", "near_miss", "council notice", """Consultation: Elmstead Bridge cycle path
The council is seeking views on a proposed two-way cycle path across Elmstead Bridge, linking the station with the business park. The scheme would narrow the road to one lane in each direction. Drawings are on display at the civic centre until 30 June 2024. Responses will be reported to the transport committee."""),
            ("n2", "near_miss", "news", """Contract awarded for Elmstead cycle scheme
Daleway Civils has won the contract to build the Elmstead Bridge cycle path, the council has confirmed. Work is expected to start in the new year and take around nine months, with traffic lights in place during construction. The scheme will cost £2.4 million."""),
            ("n3", "near_miss", "news", """Elmstead Road cycle lane opens
A new protected cycle lane on Elmstead Road opened to riders on Monday. The 1.2 km lane runs from the Fox roundabout to the leisure centre and is separated from traffic by kerbs. Councillors said it was the first section of a wider network."""),
        ],
        "mention": "Temporary traffic lights are in place near Elmstead station while utility work is carried out.",
        "questions": [
            {"q": "On what date did the Elmstead Bridge cycle path open to the public?", "kind": "when", "answerable": False, "absent": ["Elmstead Bridge cycle path opened", "Elmstead Bridge cycle path opens"]},
        ],
    },
    {
        "id": "niamh_calloway",
        "docs": [
            ("a", "answer", "news", """Soil scientist wins Rutherford-Lane Medal
Dr Niamh Calloway of the University of Harnmouth has been awarded the Rutherford-Lane Medal for her research on soil fungi and the way they move carbon between plants and deep soil. The medal, presented every two years, recognises work of lasting importance to agriculture. Dr Calloway said the award belonged to the whole team, including the farmers who allowed years of sampling on their land."""),
            ("n1", "near_miss", "news", """Early-career prize for crop disease researcher
Dr Tobias Mendel has received the Rutherford-Lane early-career award for work on predicting outbreaks of potato blight using weather data. The award is made alongside the society's senior medal. Dr Mendel, 31, works at a research station in the east of the country."""),
            ("n2", "near_miss", "news", """Physicist Nora Calloway honoured
Dr Nora Calloway, a physicist at the Institute of Measurement, has received the Pemberton Prize for her work on quantum sensors that can detect tiny changes in gravity. The sensors may help engineers find old mine shafts before building work starts."""),
        ],
        "mention": "The University of Harnmouth will hold an open day for prospective students on Saturday.",
        "questions": [
            {"q": "What subject was Dr Niamh Calloway's prize-winning Rutherford-Lane research about?", "kind": "what", "answers": ["soil fungi"], "evidence": "for her research on soil fungi and the way they move carbon"},
            {"q": "At which university does Dr Niamh Calloway work?", "kind": "which", "answers": ["University of Harnmouth", "Harnmouth"], "evidence": "Dr Niamh Calloway of the University of Harnmouth"},
        ],
    },
    {
        "id": "hexley_regatta",
        "docs": [
            ("a", "answer", "sports results", """Hexley Regatta 2026: finals day results
Grand Challenge Eights: Fennick Rowing Club beat Tamsworth RC by two-thirds of a length.
Senior Fours: Kestle Boat Club. Open Pairs: Hexley RC. Veterans' Eights: Old Fennickians.
The Grand Challenge final was rowed into a strong headwind, and Fennick led from the start. Presentations were made on the lawn by the regatta president. Full results for heats and semi-finals are on the notice board by the boat tents."""),
            ("n1", "near_miss", "sports results", """Hexley Regatta 2026: women's events
Women's Eights: Harrow Vale RC beat Fennick Rowing Club by three lengths. Women's Fours: Tamsworth RC. Women's Double Sculls: Kestle Boat Club. Women's events were raced on the Saturday morning because of forecast strong winds on finals day. Medals were presented at the boat tents after the last race."""),
            ("n2", "near_miss", "news", """Tamsworth retain Grand Challenge at Hexley
Tamsworth RC won the Grand Challenge Eights at the 2025 Hexley Regatta for the second year in a row, beating Fennick Rowing Club in a close final. Tamsworth stroke Ollie Grant said the crew had raced their best 2,000 metres of the season."""),
        ],
        "mention": "Hexley Regatta is asking for volunteer umpires and launch drivers for next season.",
        "questions": [
            {"q": "Which club took the Grand Challenge Eights at Hexley Regatta in 2026?", "kind": "which", "answers": ["Fennick Rowing Club", "Fennick"], "evidence": "Grand Challenge Eights: Fennick Rowing Club beat Tamsworth RC by two-thirds of a length.", "dated": True},
            {"q": "Which crew won the junior sculls at the Hexley Regatta?", "kind": "which", "answerable": False, "absent": ["junior sculls", "junior single sculls"]},
        ],
    },
    {
        "id": "lindenport_mayor",
        "docs": [
            ("n1", "near_miss", "news", """Brisk elected mayor of Lindenport
Helena Brisk was elected mayor of Lindenport in May 2022, winning 52 per cent of the vote in the second round. The former head teacher promised to reopen the harbour ferry and freeze parking charges. Turnout was 38 per cent."""),
            ("n2", "near_miss", "council notice", """Statement of persons nominated: Lindenport mayoral election
The following persons have been validly nominated as candidates for the 2026 mayoral election in Lindenport: Helena Brisk (Independent), Omar Faisal (Green), Patricia Lowe (Liberal) and Dean Sorrell (Harbour First). Polling day is 7 May 2026. Polling stations will be open from 7am to 10pm."""),
            ("n3", "near_miss", "news", """Lindenport names deputy mayor
Councillor Oona Petrak has been appointed deputy mayor of Lindenport for 2026, taking responsibility for transport and housing. The deputy mayor chairs the council's cabinet when the mayor is absent. Petrak has represented the Quayside ward since 2018 and previously chaired the planning committee."""),
        ],
        "mention": "Lindenport's harbour ferry will run an hourly winter service from next week.",
        "questions": [
            {"q": "Who won the Lindenport mayoral election in 2026?", "kind": "who", "answerable": False, "absent": ["won the 2026 mayoral", "2026 mayoral election was won", "elected mayor of Lindenport in 2026"], "dated": True},
        ],
    },
]
