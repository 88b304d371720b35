"""Hand-written topics for the probe16 synthetic retrieval benchmark.

Every person, place, company, team, event, film, band and product named here
is invented.  Each topic holds its passages (answer and near-miss), a few
neutral sentences that digests may quote in passing, and its questions.

Passage roles are derived in build.py: a passage listed as a source of an
answerable question is an "answer" passage, every other topic passage is a
"near_miss".
"""


def P(genre, title, body):
    """A topic passage: genre label, title line and body text."""
    return {"genre": genre, "title": title, "body": body}


def A(question, kind, answers, evidence, src, near, names_year):
    """An answerable question; src and near are passage labels of the topic."""
    return {
        "question": question,
        "kind": kind,
        "answerable": True,
        "answers": answers,
        "evidence": evidence,
        "src": src,
        "near": near,
        "absent": [],
        "cooccur": [],
        "names_year": names_year,
    }


def U(question, kind, near, absent, cooccur, names_year):
    """An unanswerable question: near-miss labels, absent strings, co-occurrences."""
    return {
        "question": question,
        "kind": kind,
        "answerable": False,
        "answers": [],
        "evidence": "",
        "src": [],
        "near": near,
        "absent": absent,
        "cooccur": cooccur,
        "names_year": names_year,
    }


TOPICS = [
    # ------------------------------------------------------------------ t01
    {
        "id": "velmora_marathon",
        "type": "recurring race",
        "passages": {
            "a": P(
                "news",
                "Ildefonse sets course record at Velmora Lakes Marathon",
                "VELMORA, 9 October 2022 — Caspar Ildefonse ran away from the field "
                "after 30 kilometres on Sunday to win the men's race at the Velmora "
                "Lakes Marathon in 2:09:41, a course record. Kwabena Ostrander was "
                "second in 2:10:58 and Anselm Draycott, the winner in 2019, faded to "
                "third after leading at halfway.\n\n"
                "In the women's race Marit Solvaag held off a late surge from Ines "
                "Carbonell-Yue to win by eleven seconds in 2:26:05.\n\n"
                "Organisers said 11,870 runners started, a record for the event. Race "
                "director Fiona Lathwell thanked residents along the lakeside route for "
                "their patience during the road closures.",
            ),
            "n1": P(
                "results",
                "Velmora Lakes Marathon 2019 – official results",
                "Published 7 October 2019. Provisional results, subject to "
                "ratification.\n\n"
                "Men: 1. Anselm Draycott (Velmora Harriers) 2:11:02; 2. Tobiah Renwick "
                "(Ostwick AC) 2:11:40; 3. Kwabena Ostrander 2:12:15.\n"
                "Women: 1. Ines Carbonell-Yue 2:27:33; 2. Marit Solvaag 2:28:10; "
                "3. Hedda Pryor (Carrowmere Striders) 2:30:47.\n"
                "Wheelchair: 1. Lorcan Feeny 1:38:20.\n\n"
                "Finishers: 9,412. Conditions: 11°C, light rain, south-westerly wind. "
                "Age-group results and split times are available from the timing "
                "provider.",
            ),
            "n2": P(
                "press_release",
                "Entries open for the 2023 Velmora Lakes Marathon",
                "Press release — 1 February 2023\n\n"
                "Entries are now open for the Velmora Lakes Marathon on Sunday "
                "8 October 2023. The field will be capped at 12,500, and club runners "
                "affiliated to a national federation receive a discounted fee of €58. "
                "A relay category for teams of four joins the programme this year.\n\n"
                "The course again starts on the Promenade, loops twice around the north "
                "lake and finishes in front of the Velmora Corn Exchange. Pacers will be "
                "provided for finish times from 2:45 to 5:00. For accessibility "
                "information and the volunteer programme, contact the race office.",
            ),
        },
        "mentions": [
            "Road closures for the Velmora Lakes Marathon will again affect the "
            "Promenade and the north lake shore.",
            "The Velmora Harriers are recruiting volunteer marshals for the lakeside "
            "marathon.",
        ],
        "questions": [
            A(
                "Who won the men's race at the Velmora Lakes Marathon in 2022?",
                "who",
                ["Caspar Ildefonse"],
                "Caspar Ildefonse ran away from the field after 30 kilometres on "
                "Sunday to win the men's race at the Velmora Lakes Marathon",
                ["a"],
                ["n1", "n2"],
                True,
            ),
            A(
                "How many runners finished the 2019 Velmora Lakes Marathon?",
                "how_many",
                ["9,412"],
                "Finishers: 9,412",
                ["n1"],
                ["a", "n2"],
                True,
            ),
            U(
                "Who won the Velmora Lakes Marathon in 2021?",
                "who",
                ["a", "n1"],
                [
                    "Velmora Lakes Marathon 2021",
                    "2021 Velmora Lakes Marathon",
                    "winner in 2021",
                ],
                [["2021", "Velmora Lakes"]],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t02
    {
        "id": "hollow_meridian",
        "type": "game with a missing film namesake",
        "passages": {
            "n1": P(
                "encyclopedia",
                "Hollow Meridian",
                "Hollow Meridian is a 2021 action-adventure video game developed by "
                "Quillfeather Interactive and published by Brasswing Games for consoles "
                "and Windows. The creative director was Ysolde Varga-Pinto, who had "
                "previously led design on the studio's puzzle title Lampwick; the score "
                "was composed by Emrys Talbot-Quint.\n\n"
                "Players control a cartographer mapping a drowned archipelago, redrawing "
                "coastlines as tides rise and fall. The game received generally "
                "favourable reviews, with praise for its art direction and criticism of "
                "its late-game pacing. It sold more than 1.2 million copies in its first "
                "year. A sequel, provisionally titled Hollow Meridian: Undertow, was "
                "announced in 2023.",
            ),
            "n2": P(
                "changelog",
                "Hollow Meridian – patch 1.3 notes",
                "Version 1.3 is rolling out on all platforms today. Highlights:\n"
                "- New photo mode with a tide-level slider.\n"
                "- Fixed a soft-lock when leaving the Lighthouse Archive during a storm.\n"
                "- Map pins now persist after fast travel.\n"
                "- Reduced shader stutter on first launch (Windows).\n"
                "- Accessibility: subtitles can now be scaled up to 200 per cent.\n"
                "Known issue: some achievements do not unlock retroactively. We are "
                "working on it for 1.3.1. Thanks to everyone in the community who sent "
                "in save files. — the Quillfeather team",
            ),
            "n3": P(
                "blog",
                "Hollow Meridian is the best map-making game I've played",
                "I finally finished Hollow Meridian last weekend, forty hours in, and I "
                "can't stop thinking about it. Ysolde Varga-Pinto's team at Quillfeather "
                "has made something that feels like a cartography lesson wrapped in a "
                "ghost story. The moment the tide drops and a whole village reappears on "
                "your chart is unforgettable. It isn't perfect: the last act drags, and "
                "the combat is an afterthought. But as a piece of world-building it is "
                "remarkable. Score: 9/10. Played on PC, bought with my own money.",
            ),
        },
        "mentions": [
            "Quillfeather Interactive, the studio behind Hollow Meridian, is hiring "
            "level designers.",
            "A Hollow Meridian fan meet-up takes place at the Oxleigh games café on "
            "Saturday.",
        ],
        "questions": [
            U(
                "Who directed the film Hollow Meridian?",
                "who",
                ["n1", "n3"],
                [
                    "Hollow Meridian (film)",
                    "the film Hollow Meridian",
                    "Hollow Meridian film",
                ],
                [["Hollow Meridian", "film"], ["Hollow Meridian", "movie"]],
                False,
            ),
        ],
    },
    # ------------------------------------------------------------------ t03
    {
        "id": "copperline",
        "type": "film with namesakes",
        "passages": {
            "a": P(
                "encyclopedia",
                "Copperline (2018 film)",
                "Copperline is a 2018 drama film directed by Ottilie Brannagh and "
                "written by Sefton Haraway, based on Haraway's stage play of the same "
                "name. It stars Rhiannon Ekwueme as a union organiser in a mining town "
                "in the Ember Valley during a long strike, with Corwin Apsley and "
                "Deirdre Mallane in supporting roles.\n\n"
                "The film premiered at the Calderbrook Film Festival and was released in "
                "cinemas the following spring. It was shot on location in and around "
                "Pellworth. Critics praised Ekwueme's performance; the film won the "
                "audience award at Calderbrook and earned Brannagh a best debut feature "
                "nomination.",
            ),
            "n1": P(
                "news",
                "Ashgrove Wire return with fourth album Copperline",
                "Oxleigh four-piece Ashgrove Wire will release their fourth album, "
                "Copperline, on 14 April. The record was produced by Daxton Mirelle at "
                "his studio in a converted chapel outside Tarnbridge and features the "
                "singles Slag Heap Moon and Telegraph. Singer Maddox Penhallow said the "
                "title came from the copper telephone wires strung along the valley road "
                "where the band grew up. A tour follows in May, ending at the Velmora "
                "Corn Exchange.",
            ),
            "n2": P(
                "news",
                "Copperline to return as a six-part series",
                "The mining drama Copperline is being reimagined for television. The "
                "six-part series, a new version of the 2018 film, will stream from next "
                "autumn, with all episodes directed by Benedikt Oyelaran. Nadia "
                "Foulkes-Amari takes the lead role. Producers said the story would be "
                "moved forward to the present day, with a data centre replacing the mine "
                "as the town's main employer. Filming begins in Pellworth in March.",
            ),
        },
        "mentions": [
            "Tickets for an anniversary screening of Copperline at the Pellworth "
            "Picturehouse go on sale on Friday.",
            "Ashgrove Wire have added a second Velmora date to their tour.",
        ],
        "questions": [
            A(
                "Who directed the 2018 film Copperline?",
                "who",
                ["Ottilie Brannagh"],
                "Copperline is a 2018 drama film directed by Ottilie Brannagh",
                ["a"],
                ["n1", "n2"],
                True,
            ),
            A(
                "Who produced the Ashgrove Wire album Copperline?",
                "who",
                ["Daxton Mirelle"],
                "The record was produced by Daxton Mirelle",
                ["n1"],
                ["a", "n2"],
                False,
            ),
        ],
    },
    # ------------------------------------------------------------------ t04
    {
        "id": "port_averill_mayor",
        "type": "election",
        "passages": {
            "a": P(
                "news",
                "Okaro elected Port Averill mayor",
                "PORT AVERILL, 8 May 2020 — Delphine Okaro of the Harbour Alliance was "
                "elected mayor of Port Averill on Thursday, winning 41.2 per cent of "
                "first-preference votes and taking the seat after transfers. Marcus "
                "Thelwall-Reid of the Civic Forward list was runner-up with 33.9 per "
                "cent; four other candidates shared the remainder. Turnout was 38 per "
                "cent, down from 44 per cent four years ago.\n\n"
                "Okaro, a former port engineer, succeeds Hollis Brandvold, who did not "
                "seek a third term. In her acceptance speech she promised to reopen the "
                "ferry link to Saltcombe Reach and to freeze parking charges for a year.",
            ),
            "n1": P(
                "news",
                "Brandvold re-elected in Port Averill",
                "6 May 2016 | Local politics\n\n"
                "Hollis Brandvold has won a second term as mayor of Port Averill, "
                "beating Priya Castellane by 2,318 votes. Brandvold, who stood for the "
                "Harbour Alliance, took 46 per cent of the vote on a turnout of 44 per "
                "cent. Castellane, standing for the first time, said she was proud of a "
                "campaign run 'on a shoestring' and did not rule out standing again. The "
                "count at the Port Averill Guildhall finished shortly after 3am.",
            ),
            "n2": P(
                "news",
                "Deputy to serve as acting mayor after Okaro resigns",
                "Updated 14 November 2023\n\n"
                "Port Averill's deputy mayor, Ruth Abernethy-Cole, will serve as acting "
                "mayor following the resignation of Delphine Okaro, who is stepping down "
                "on health grounds at the end of the month. The council confirmed that a "
                "by-election will be held alongside the regional polls in May 2024. "
                "Abernethy-Cole said she would not be a candidate. Several parties have "
                "begun selecting nominees; the Civic Forward list is expected to choose "
                "between Marcus Thelwall-Reid and councillor Osian Prothero.",
            ),
        },
        "mentions": [
            "Port Averill council has again postponed a vote on parking charges at the "
            "harbour.",
            "The Port Averill Guildhall will be closed for roof repairs until the "
            "spring.",
        ],
        "questions": [
            A(
                "Who was elected mayor of Port Averill in 2020?",
                "who",
                ["Delphine Okaro"],
                "Delphine Okaro of the Harbour Alliance was elected mayor of Port "
                "Averill on Thursday",
                ["a"],
                ["n1", "n2"],
                True,
            ),
            A(
                "Who came second in the 2020 Port Averill mayoral election?",
                "who",
                ["Marcus Thelwall-Reid"],
                "Marcus Thelwall-Reid of the Civic Forward list was runner-up with 33.9 "
                "per cent",
                ["a"],
                ["n1"],
                True,
            ),
            U(
                "Who won the 2024 Port Averill mayoral by-election?",
                "who",
                ["n2", "a"],
                ["won the by-election", "by-election was won", "won the 2024"],
                [["by-election", "elected mayor"]],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t05
    {
        "id": "keldor_womens_cup",
        "type": "sports season",
        "passages": {
            "a": P(
                "newsletter",
                "Ravensholm Ladies FC newsletter – Cup final special",
                "What a day! For those who couldn't make it to Glenharrow Park on "
                "20 May 2023, here's how we won the Keldor Women's Cup final to round "
                "off our 2022-23 season. Tamsford Women went ahead through Chidi "
                "Rowntree just before half-time, but captain Elspeth Marlowe headed us "
                "level on 71 minutes and substitute Juno Aberdale scored the winner in "
                "the 104th minute. Final score after extra time: Ravensholm Ladies 2, "
                "Tamsford Women 1.\n\n"
                "The official attendance was 6,140, a record for a women's final in the "
                "county. Thank you to everyone who travelled on the supporters' coaches. "
                "The cup will be on display in the clubhouse bar every Saturday this "
                "summer. Season tickets for 2023-24 go on sale in June.",
            ),
            "n1": P(
                "news",
                "Ostwick Rovers cruise to Keldor Cup glory",
                "27 May 2023 — Ostwick Rovers won the Keldor Cup for the third time on "
                "Saturday, beating Brantham United 3-0 in front of 11,205 at Glenharrow "
                "Park. Two goals from Lukas Ferriday and a late penalty from Ade "
                "Brookwell settled the 2022-23 final. Rovers manager Sean Tolliver said "
                "the win made up for last season's semi-final defeat and dedicated it to "
                "the club's long-serving kit man.",
            ),
            "n2": P(
                "news",
                "Rematch set for Keldor Women's Cup final",
                "14 April 2024 — Ravensholm Ladies will face Tamsford Women in "
                "the 2023-24 Keldor Women's Cup final on Sunday 19 May after both won "
                "their semi-finals this weekend. Ravensholm beat Penwick Town Women 3-1 "
                "at home, while Tamsford needed penalties to get past Colwick Ladies. "
                "Tickets for the final at Glenharrow Park go on sale on Monday, priced "
                "£8 for adults and £2 for under-16s. Last season's final drew a county "
                "record crowd.",
            ),
            "n3": P(
                "listing",
                "Keldor Women's Cup – roll of honour",
                "Winners of the Keldor Women's Cup since it was reorganised in 2015 "
                "(last updated June 2022):\n"
                "2015-16 Penwick Town Women\n"
                "2016-17 Colwick Ladies\n"
                "2017-18 Penwick Town Women\n"
                "2018-19 Ravensholm Ladies\n"
                "2019-20 competition abandoned\n"
                "2020-21 Colwick Ladies\n"
                "2021-22 Tamsford Women\n"
                "Finals are normally played at Glenharrow Park in May. Records of "
                "earlier competitions, played as the County Women's Challenge Shield, "
                "are held by the county football association.",
            ),
        },
        "mentions": [
            "Glenharrow Park will host a schools football festival during the "
            "half-term break.",
            "Tamsford Women have appointed a new goalkeeping coach.",
        ],
        "questions": [
            A(
                "Which club won the women's Keldor Cup in 2022-23?",
                "which",
                ["Ravensholm Ladies"],
                "Final score after extra time: Ravensholm Ladies 2, Tamsford Women 1",
                ["a"],
                ["n1", "n2", "n3"],
                True,
            ),
            A(
                "What was the attendance at the 2022-23 Keldor Women's Cup final?",
                "how_many",
                ["6,140"],
                "The official attendance was 6,140",
                ["a"],
                ["n1"],
                True,
            ),
            U(
                "Which club won the women's Keldor Cup last season (2023-24)?",
                "which",
                ["n2", "n3", "a"],
                [
                    "2023-24 Ravensholm",
                    "2023-24 Tamsford",
                    "won the 2023-24",
                    "2023-24 winners",
                ],
                [],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t06
    {
        "id": "fernwick_releases",
        "type": "software releases",
        "passages": {
            "a": P(
                "changelog",
                "Fernwick release history",
                "This page lists stable releases of Fernwick, the open-source "
                "note-taking and outlining app.\n\n"
                "Fernwick 4.1 — 14 July 2021. Tabbed editor; export to EPUB; faster "
                "search index.\n"
                "Fernwick 4.0.1 — 23 March 2021. Fixes a crash when importing large "
                "Markdown folders and a sync loop on some network drives.\n"
                "Fernwick 4.0 — 9 March 2021. New sync engine; plugin API v2; 32-bit "
                "builds dropped; minimum macOS version raised.\n"
                "Fernwick 3.2 — 30 September 2020. Dark theme; daily notes template.\n"
                "Fernwick 3.0 — 2 February 2020. Outliner rewritten; first release under "
                "the Apache licence.\n\n"
                "Older releases are archived on the project's download server.",
            ),
            "n1": P(
                "blog",
                "Fernwick 4.0 beta: first impressions",
                "Posted 12 November 2020 by lowtide_notes\n\n"
                "The first public beta of Fernwick 4.0 landed today and I've been poking "
                "at it all afternoon. The headline is the new sync engine, which no "
                "longer needs a separate server process. Plugins written for the old API "
                "mostly break, so expect a bumpy few weeks. The developers say the final "
                "release is expected 'early next year' once plugin authors have caught "
                "up. I'd hold off on moving your main vault until then. Backups, people!",
            ),
            "n2": P(
                "forum",
                "Re: Fernwick 5 – any release date yet?",
                "Thread: Fernwick 5 – any release date yet? (General discussion)\n\n"
                "marigold_dev wrote: The public roadmap still says 5.0 is targeted for "
                "'late 2024' but the milestone has slipped twice already.\n\n"
                "quietkettle wrote: There's a 5.0 alpha build on the nightly channel if "
                "you're brave. It ate my templates, so maybe don't.\n\n"
                "marigold_dev wrote: Ha. I'll stick with 4.3 until there's at least a "
                "beta. Anyone know if the plugin API changes again?",
            ),
        },
        "mentions": [
            "The Fernwick project is looking for volunteers to translate its "
            "documentation.",
            "A Fernwick users' meet-up is planned at the Tarnbridge library "
            "makerspace.",
        ],
        "questions": [
            A(
                "When was Fernwick 4.0 released?",
                "when",
                ["9 March 2021"],
                "Fernwick 4.0 — 9 March 2021",
                ["a"],
                ["n1"],
                True,
            ),
            U(
                "When did Fernwick 5.0 come out?",
                "when",
                ["n2", "a"],
                [
                    "Fernwick 5.0 —",
                    "5.0 was released",
                    "released Fernwick 5",
                    "Fernwick 5.0 is out",
                ],
                [],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t07
    {
        "id": "calloway_brine_results",
        "type": "company results",
        "passages": {
            "a": P(
                "press_release",
                "Calloway Brine Foods plc – preliminary results for the year ended "
                "31 December 2022",
                "Calloway Brine Foods plc, the pickles, sauces and preserved vegetables "
                "group, today announces preliminary results for the year ended "
                "31 December 2022.\n\n"
                "Highlights\n"
                "- Revenue up 8 per cent to £412.6 million (2021: £382.0 million)\n"
                "- Adjusted operating profit £31.8 million (2021: £34.5 million), "
                "reflecting input cost inflation\n"
                "- Final dividend of 6.1p per share\n"
                "- Net debt £58.2 million\n\n"
                "Chief executive Annika Hollowell said: 'Volumes held up well and our "
                "new Ostwick plant is now fully operational. We expect the coming year "
                "to remain challenging on costs.'",
            ),
            "n1": P(
                "news",
                "Calloway Brine sales rise in first half as prices bite",
                "BUSINESS | 7 September 2023\n\n"
                "Calloway Brine Foods reported revenue of £219.3 million for the six "
                "months to 30 June 2023, up 6 per cent, as price rises offset slightly "
                "lower volumes. The group kept its guidance for the full year, telling "
                "analysts it expects revenue of about £450 million. Shares rose 3 per "
                "cent. Chief executive Annika Hollowell said the vinegar supply contract "
                "signed in March had removed 'the biggest single risk' to margins.",
            ),
        },
        "mentions": [
            "Calloway Brine Foods will sponsor the Ostwick food fair again.",
            "Calloway Brine Foods has opened a visitor shop at its Ostwick plant.",
        ],
        "questions": [
            A(
                "What was Calloway Brine Foods' revenue for 2022?",
                "how_much",
                ["£412.6 million"],
                "Revenue up 8 per cent to £412.6 million",
                ["a"],
                ["n1"],
                True,
            ),
            A(
                "What adjusted operating profit did Calloway Brine report for 2021?",
                "how_much",
                ["£34.5 million"],
                "Adjusted operating profit £31.8 million (2021: £34.5 million)",
                ["a"],
                ["n1"],
                True,
            ),
            U(
                "What revenue did Calloway Brine Foods report for the full 2023 "
                "financial year?",
                "how_much",
                ["n1", "a"],
                [
                    "year ended 31 December 2023",
                    "full-year revenue of £",
                    "2023 revenue of £",
                ],
                [],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t08
    {
        "id": "tarnbridge_library",
        "type": "building project",
        "passages": {
            "a": P(
                "news",
                "New Tarnbridge library finally opens – a year late and £13.4m over "
                "budget",
                "TARNBRIDGE, 3 September 2019 — The new Tarnbridge Civic Library opened "
                "its doors on Monday 2 September, more than a year behind schedule. The "
                "council confirmed the final cost of the four-storey building at "
                "£51.4 million, against the £38 million budget approved in 2015.\n\n"
                "The first visitors queued from 8am. Inside are 420 study seats, a "
                "children's floor, a makerspace and the town's local history archive, "
                "moved from the old Carnegie building on Mill Lane. Council leader "
                "Brenda Osei-Tull said the overspend was 'regrettable' but blamed ground "
                "conditions and the collapse of the original contractor in 2017.",
            ),
            "n1": P(
                "notice",
                "Cabinet approves £38 million library scheme",
                "Tarnbridge Borough Council – news release, 17 June 2015\n\n"
                "Cabinet has approved plans for a new civic library on the site of the "
                "former bus depot on Station Road. The £38 million scheme, funded by "
                "borrowing and a heritage lottery grant, is expected to open in spring "
                "2018. The design by Harrow & Quaile Architects includes a rooftop "
                "reading garden and space for the borough's local history collection. "
                "Public consultation on the interior layout will run until the end of "
                "August.",
            ),
            "n2": P(
                "blog",
                "Hard hats on: a tour of the library building site",
                "Our local history society got a tour of the new library site last "
                "week. The steel frame is up to the fourth floor and the contractor says "
                "the building will be weathertight by Christmas. We were shown where the "
                "archive strongroom will go, with space for 1.2 kilometres of shelving. "
                "The site manager was cagey about the opening date, which has already "
                "slipped once. Photos from the visit are in the members' gallery. — "
                "posted by Tarnbridge Local History Society, March 2018",
            ),
        },
        "mentions": [
            "Tarnbridge Civic Library is extending its Saturday opening hours over the "
            "summer.",
            "A talk on canal history will be held at Tarnbridge Civic Library next "
            "Thursday.",
        ],
        "questions": [
            A(
                "How much did the new Tarnbridge Civic Library cost in the end?",
                "how_much",
                ["£51.4 million"],
                "the final cost of the four-storey building at £51.4 million",
                ["a"],
                ["n1"],
                False,
            ),
            A(
                "On what date did the new Tarnbridge Civic Library open?",
                "when",
                ["2 September"],
                "opened its doors on Monday 2 September",
                ["a"],
                ["n1", "n2"],
                False,
            ),
        ],
    },
    # ------------------------------------------------------------------ t09
    {
        "id": "dunmere_philharmonic",
        "type": "organisation leadership",
        "passages": {
            "a": P(
                "press_release",
                "Dunmere Philharmonic names Teodor Vasque as principal conductor",
                "For immediate release – 15 January 2020\n\n"
                "The Dunmere Philharmonic Orchestra today announced that Teodor Vasque "
                "will become its ninth principal conductor from the start of the "
                "2020-21 season, on an initial four-year contract. Vasque, 41, currently "
                "music director of the Ostwick Sinfonia, succeeds Ilse Morrow-Kant, who "
                "stepped down last summer after eight seasons.\n\n"
                "Gwendolyn Achterberg, who has led the orchestra as interim principal "
                "conductor during the 2019-20 season, will take the new title of "
                "principal guest conductor. Vasque's first concert in the role will be "
                "the season opener at Dunmere Assembly Hall in September.",
            ),
            "n1": P(
                "news",
                "Morrow-Kant to step down at Dunmere; Achterberg named interim",
                "Arts desk, 2 April 2019. Ilse Morrow-Kant will leave the Dunmere "
                "Philharmonic at the end of the current season, the orchestra said on "
                "Tuesday. Gwendolyn Achterberg, its associate conductor, will act as "
                "interim principal conductor for 2019-20 while a search committee looks "
                "for a permanent successor. Morrow-Kant, who took the post in 2011, said "
                "she wanted to spend more time composing. Her final concert is on "
                "29 June.",
            ),
            "n2": P(
                "obituary",
                "Leopold Haskard, founding conductor of the Dunmere Philharmonic, "
                "1928–2019",
                "Leopold Haskard, who founded the Dunmere Philharmonic in 1961 and led "
                "it for twenty-three years, has died aged 91. Born in Lowick Ferris, he "
                "studied horn before turning to conducting. Under his direction the "
                "orchestra grew from a part-time ensemble of students into a salaried "
                "company with its own hall. He is survived by his wife, the cellist "
                "Maren Haskard, and two sons. A memorial concert will be given by the "
                "orchestra in the autumn.",
            ),
        },
        "mentions": [
            "The Dunmere Philharmonic is holding open rehearsals for schools this "
            "term.",
            "Dunmere Assembly Hall's box office has moved online.",
        ],
        "questions": [
            A(
                "Who became principal conductor of the Dunmere Philharmonic for the "
                "2020-21 season?",
                "who",
                ["Teodor Vasque"],
                "Teodor Vasque will become its ninth principal conductor from the start "
                "of the 2020-21 season",
                ["a"],
                ["n1", "n2"],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t10
    {
        "id": "glass_pilgrims",
        "type": "band discography (no answer)",
        "passages": {
            "n1": P(
                "encyclopedia",
                "The Glass Pilgrims",
                "The Glass Pilgrims are an indie folk band from Oxleigh, formed in 2011 "
                "by singer Wren Haltby and guitarist Osric Dunmoor. Their debut album, "
                "Lanterns for Strangers, was released in 2013 on the independent label "
                "Tidewrack Records and was followed by Saltwater Hymnal in 2016, which "
                "reached the top twenty of the independent chart. After touring Saltwater "
                "Hymnal the band announced an indefinite hiatus in 2018. Haltby has since "
                "released solo material under the name Wren & Wick.\n\n"
                "Members: Wren Haltby (vocals), Osric Dunmoor (guitar), Pella Marchetti "
                "(fiddle), Jonah Crisp (drums).",
            ),
            "n2": P(
                "forum",
                "Glass Pilgrims back in the studio??",
                "Posted in Music > Folk & Acoustic\n\n"
                "folkfan_88: Just saw a photo on Wren's socials of the whole band in a "
                "studio in Velmora. Are we finally getting new music?\n\n"
                "tidewrack_lurker: Someone at the Oxleigh gig said a new record is "
                "'mostly written'. No dates though.\n\n"
                "folkfan_88: I'll believe it when I see a tracklist. It's been years "
                "since Saltwater Hymnal.\n\n"
                "mod_ash: Please keep rumour threads to one per band, merging.",
            ),
            "n3": P(
                "review",
                "Review: Saltwater Hymnal – The Glass Pilgrims",
                "Four stars. The Glass Pilgrims' second album trades the campfire charm "
                "of Lanterns for Strangers for something stranger and more ambitious. "
                "Pella Marchetti's fiddle is pushed to the front, and the ten-minute "
                "title track builds from a whisper to a storm. Not every experiment "
                "works – the spoken-word interlude is a misstep – but this is a band "
                "stretching itself. Released 4 March on Tidewrack Records.",
            ),
        },
        "mentions": [
            "Wren Haltby plays a solo set at the Oxleigh Arts Centre on Friday.",
            "Tidewrack Records is reissuing Lanterns for Strangers on vinyl.",
        ],
        "questions": [
            U(
                "When did The Glass Pilgrims release their third album?",
                "when",
                ["n1", "n3", "n2"],
                ["third album", "third studio album", "third record"],
                [],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t11
    {
        "id": "tour_of_carrowmere",
        "type": "stage race",
        "passages": {
            "a": P(
                "news",
                "Vasquel seals Tour of Carrowmere as Lobato wins final stage",
                "CARROWMERE, 29 August 2021 — Emeric Lobato won the sixth and final "
                "stage of the Tour of Carrowmere in a bunch sprint on the Harbour "
                "Parade, but the day belonged to Jorin Vasquel, who finished safely in "
                "the bunch to secure the overall classification by 38 seconds from "
                "Pieter-Jan Osk.\n\n"
                "Vasquel took the race lead in Saturday's time trial, overturning a "
                "12-second deficit to Osk. His Team Kessock teammate Rafe Quillon won "
                "the mountains jersey, and Tomas Bellweather was best young rider.\n\n"
                "'I came here to help Rafe in the mountains,' Vasquel said. 'To leave "
                "with the leader's jersey is a dream.'",
            ),
            "n1": P(
                "news",
                "Osk climbs into Tour of Carrowmere lead on Hallam Ridge",
                "26 August 2021 — Pieter-Jan Osk won stage four of the Tour of "
                "Carrowmere at the summit of Hallam Ridge and moved into the overall "
                "lead, 12 seconds ahead of Jorin Vasquel. Rafe Quillon was third on the "
                "stage. Overnight leader Emeric Lobato, winner of the opening two sprint "
                "stages, lost more than six minutes on the climb. The race continues "
                "with a 24-kilometre time trial around the lake on Saturday before "
                "Sunday's finale on the coast.",
            ),
            "n2": P(
                "results",
                "Tour of Carrowmere 2020 – final general classification",
                "Final general classification after six stages (30 August 2020): "
                "1. Pieter-Jan Osk (Velmora Cycling) 21h 14' 09\"; 2. Augustin Ferrow "
                "(Team Kessock) at 0' 51\"; 3. Rafe Quillon (Team Kessock) at 1' 20\"; "
                "4. Tomas Bellweather at 2' 02\"; 5. Hamish Okereke at 2' 47\". "
                "Points: Emeric Lobato. Mountains: Rafe Quillon. Young rider: Tomas "
                "Bellweather. Teams: Team Kessock.",
            ),
        },
        "mentions": [
            "The Tour of Carrowmere organisers are seeking host towns for future stage "
            "finishes.",
            "Team Kessock has unveiled its new kit for the coming season.",
        ],
        "questions": [
            A(
                "Who won the overall classification at the 2021 Tour of Carrowmere?",
                "who",
                ["Jorin Vasquel"],
                "Jorin Vasquel, who finished safely in the bunch to secure the overall "
                "classification by 38 seconds from Pieter-Jan Osk",
                ["a"],
                ["n1", "n2"],
                True,
            ),
            A(
                "Who won the last stage of the 2021 Tour of Carrowmere?",
                "who",
                ["Emeric Lobato"],
                "Emeric Lobato won the sixth and final stage of the Tour of Carrowmere",
                ["a"],
                ["n1"],
                True,
            ),
            U(
                "Who won the 2022 Tour of Carrowmere?",
                "who",
                ["a", "n2"],
                ["2022 Tour of Carrowmere", "Tour of Carrowmere 2022"],
                [["2022", "Tour of Carrowmere"]],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t12
    {
        "id": "brindlemoor_prize",
        "type": "literary award",
        "passages": {
            "a": P(
                "news",
                "Debut novel The Weir Keepers wins Brindlemoor Prize",
                "Aurelia Fenwright has won the 2020 Brindlemoor Prize for Fiction for "
                "her debut novel The Weir Keepers, a family saga set among the "
                "lock-keepers of the Ember canal. The £25,000 prize was presented on "
                "Tuesday evening at a ceremony in Hessenford, held with a reduced "
                "audience.\n\n"
                "Judges' chair Moses Tremlett called the book 'quietly devastating'. "
                "The other shortlisted titles were Salt Roads by Ifeoma Clare-Vance, "
                "The Long Audit by Gerrit Spalding and Nightwater by Honor Achebe-Lund. "
                "Fenwright, a former canal boat mechanic, said she would spend the money "
                "on 'time to write the next one'.",
            ),
            "n1": P(
                "news",
                "Brindlemoor Prize 2019: Ngata-Lisle takes the award",
                "Bartholomew Ngata-Lisle has won the Brindlemoor Prize for Fiction for A "
                "Field of Small Bells, his fourth novel. Judges praised its "
                "'extraordinary control of time'. Ngata-Lisle, shortlisted twice before, "
                "receives £20,000. The award was presented at Hessenford Town Hall on "
                "19 November 2019 by last year's winner, the poet and novelist Una "
                "Garroway.",
            ),
            "n2": P(
                "press_release",
                "Brindlemoor Prize 2022 longlist announced",
                "Twelve novels have been longlisted for the 2022 Brindlemoor Prize for "
                "Fiction, whose value rises this year to £30,000. The list includes "
                "three debuts and, for the first time, a novel originally "
                "self-published. The shortlist will be announced on 6 September and the "
                "winner on 15 November at Hessenford Town Hall. Longlisted authors "
                "include Ifeoma Clare-Vance, Tobias Renmark and Lys Adeyemi-Hart.",
            ),
        },
        "mentions": [
            "Hessenford Town Hall hosts a book fair for small presses next month.",
            "Brindlemoor Prize judges will appear at the Hessenford literary festival.",
        ],
        "questions": [
            A(
                "Which novel won the 2020 Brindlemoor Prize for Fiction?",
                "which",
                ["The Weir Keepers"],
                "Aurelia Fenwright has won the 2020 Brindlemoor Prize for Fiction for "
                "her debut novel The Weir Keepers",
                ["a"],
                ["n1", "n2"],
                True,
            ),
            A(
                "How much was the Brindlemoor Prize worth in 2020?",
                "how_much",
                ["£25,000"],
                "The £25,000 prize was presented",
                ["a"],
                ["n1", "n2"],
                True,
            ),
            U(
                "Who won the Brindlemoor Prize for Fiction in 2022?",
                "who",
                ["n2", "a"],
                [
                    "won the 2022 Brindlemoor",
                    "2022 Brindlemoor Prize winner",
                    "2022 winner",
                ],
                [],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t13
    {
        "id": "oxleigh_kite_festival",
        "type": "festival attendance",
        "passages": {
            "a": P(
                "blog",
                "Thank you, kite flyers! Our festival in numbers",
                "Posted by the Oxleigh Kite Festival team, 24 June 2019\n\n"
                "What a weekend. The final figures are in: 23,400 people came through "
                "the gates over the two days of the festival, up from 19,750 last year, "
                "even with Sunday's showers. The Downs site is licensed for 30,000 a "
                "day, so there's room to grow!\n\n"
                "We counted 212 registered display flyers from nine countries, and the "
                "giant octopus kite from the Velmora club stole the show. Lost property "
                "(three jackets, a lot of sunglasses, one very small shoe) can be "
                "collected from the town hall until Friday.",
            ),
            "n1": P(
                "notice",
                "Oxleigh Kite Festival returns in June 2023",
                "The Oxleigh Kite Festival will return to the Downs on 17 and 18 June "
                "2023 after a three-year break. Organisers say the event will be "
                "smaller, with a cap of 20,000 tickets across the weekend, and entry "
                "will be by advance ticket only. Display slots for flyers open on "
                "1 March. Free shuttle buses will run from Oxleigh station. Volunteers "
                "are needed for stewarding, litter picking and the children's "
                "kite-making tent.",
            ),
        },
        "mentions": [
            "The Oxleigh Kite Festival committee has unveiled a new logo.",
            "Kite-making workshops for children continue at the Oxleigh Arts Centre.",
        ],
        "questions": [
            A(
                "How many people attended the 2019 Oxleigh Kite Festival?",
                "how_many",
                ["23,400"],
                "23,400 people came through the gates over the two days of the festival",
                ["a"],
                ["n1"],
                True,
            ),
            U(
                "How many people went to the Oxleigh Kite Festival in 2023?",
                "how_many",
                ["n1", "a"],
                [
                    "attended the 2023",
                    "2023 festival attracted",
                    "came through the gates in 2023",
                ],
                [],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t14
    {
        "id": "dunmore_pryce",
        "type": "person (obituary)",
        "passages": {
            "a": P(
                "obituary",
                "Hartwell Dunmore-Pryce, architect of the Seabright Pavilion",
                "Obituaries | Published 6 February 2020\n\n"
                "The architect Hartwell Dunmore-Pryce, whose concrete seaside buildings "
                "divided opinion for half a century, died on 4 February at his home in "
                "Lowick Ferris. He was 88.\n\n"
                "Born in Kessock Mill in 1931, the son of a ferryman, he trained in "
                "Hessenford and worked for a decade in municipal housing before founding "
                "his own practice. His best-known work, the Seabright Pavilion, was "
                "completed in 1978 and was listed in 2004 after a campaign by residents. "
                "He is survived by his second wife, Orla, and a daughter.",
            ),
            "n1": P(
                "encyclopedia",
                "Seabright Pavilion",
                "The Seabright Pavilion is a concert hall and café on the seafront at "
                "Saltcombe Reach. It was designed by Hartwell Dunmore-Pryce and built "
                "between 1976 and 1978 on the site of a Victorian bandstand destroyed by "
                "a storm in 1962. The building is known for its folded concrete roof. "
                "Threatened with demolition in the 1990s, it was listed in 2004 and "
                "reopened on 12 May 2016 after a two-year restoration costing "
                "£6.7 million.",
            ),
        },
        "mentions": [
            "The Seabright Pavilion café has new winter opening hours.",
            "An exhibition on seaside architecture opens at the Seabright Pavilion.",
        ],
        "questions": [
            A(
                "When did the architect Hartwell Dunmore-Pryce die?",
                "when",
                ["4 February"],
                "died on 4 February at his home in Lowick Ferris",
                ["a"],
                ["n1"],
                False,
            ),
            A(
                "Where was Hartwell Dunmore-Pryce born?",
                "where",
                ["Kessock Mill"],
                "Born in Kessock Mill in 1931",
                ["a"],
                ["n1"],
                False,
            ),
        ],
    },
    # ------------------------------------------------------------------ t15
    {
        "id": "norrvik_games",
        "type": "multi-sport event editions",
        "passages": {
            "a": P(
                "qa",
                "Norrvik Games – frequently asked questions",
                "What are the Norrvik Games?\n"
                "A multi-sport event for athletes from the coastal towns of the northern "
                "federation, first held in 1974.\n\n"
                "How often are they held?\n"
                "Every four years, usually in late July.\n\n"
                "Where have recent Games taken place?\n"
                "The 10th Games were held in Brackwater in 2010, the 11th in Saltcombe "
                "Reach in 2014 and the 12th in Brisling Harbour in 2018.\n\n"
                "Where are the next Games?\n"
                "The 13th Norrvik Games have been awarded to Dunmarrow.\n\n"
                "How many sports are on the programme?\n"
                "Nineteen, including sailing, orienteering and tug of war.",
            ),
            "n1": P(
                "news",
                "Dunmarrow Games pushed back a year",
                "DUNMARROW, 19 March 2021 — The 13th Norrvik Games, due to be held in "
                "Dunmarrow in July 2022, have been postponed to 2023, the federation "
                "confirmed. Organisers cited delays to the new aquatics centre and the "
                "athletes' village. The sailing events will move to Brisling Harbour, "
                "which staged the sailing and rowing at the previous Games. Ticket "
                "holders will be contacted by email.",
            ),
        },
        "mentions": [
            "The Norrvik Games federation has opened applications for volunteer "
            "interpreters.",
            "Dunmarrow's new aquatics centre will host a swimming gala in the spring.",
        ],
        "questions": [
            A(
                "Where was the 12th Norrvik Games held?",
                "where",
                ["Brisling Harbour"],
                "the 12th in Brisling Harbour in 2018",
                ["a"],
                ["n1"],
                True,
            ),
            U(
                "Where were the 14th Norrvik Games held?",
                "where",
                ["a", "n1"],
                ["14th Norrvik", "14th Games", "fourteenth"],
                [],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t16
    {
        "id": "halden_regatta",
        "type": "regatta results",
        "passages": {
            "a": P(
                "results",
                "Halden Water Regatta 2023 – finals results",
                "Sunday 2 July 2023. Finals over 1,500 m, light cross-headwind.\n\n"
                "Senior men's eights: Colwick Rowing Club beat Marrowby RC by "
                "three-quarters of a length in 4:41.2.\n"
                "Senior men's coxless fours: Velmora Boat Club beat Colwick RC by two "
                "lengths.\n"
                "Junior men's eights (J18): St Aldric's School beat Pellworth Grammar by "
                "a canvas.\n"
                "Senior single sculls: Fergus Anstruther-Lowe (Halden Water RC) beat "
                "Isak Trevenna.\n"
                "Senior double sculls: Marrowby RC beat Ostwick ARC.\n\n"
                "Women's finals were raced on Saturday; those results will be published "
                "separately. The regatta committee thanks umpires and launch drivers.",
            ),
            "n1": P(
                "newsletter",
                "Marrowby double at Halden Water",
                "Club news, 5 July 2022. A superb weekend for Marrowby RC at the Halden "
                "Water Regatta, with wins in the senior men's eights and the senior "
                "double sculls. The eight beat Colwick in the final by a length and a "
                "half, avenging last year's defeat. Our junior women's quad reached the "
                "semi-final. Thanks to everyone who helped with trailer loading and to "
                "the parents' barbecue team.",
            ),
        },
        "mentions": [
            "Halden Water Rowing Club is running learn-to-row courses this summer.",
            "The Halden Water Regatta committee is looking for new umpires.",
        ],
        "questions": [
            A(
                "Which club won the senior men's eights at the 2023 Halden Water "
                "Regatta?",
                "which",
                ["Colwick Rowing Club"],
                "Senior men's eights: Colwick Rowing Club beat Marrowby RC",
                ["a"],
                ["n1"],
                True,
            ),
            U(
                "Which crew won the senior women's eights at the 2023 Halden Water "
                "Regatta?",
                "which",
                ["a", "n1"],
                ["women's eights", "senior women's"],
                [],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t17
    {
        "id": "orrin_telemetrics",
        "type": "company leadership",
        "passages": {
            "a": P(
                "press_release",
                "Orrin Telemetrics appoints Saoirse Lindqvist-Obi as chief executive",
                "PELLWORTH, 8 February 2022 — Orrin Telemetrics, the maker of sensors "
                "for water utilities, today announced the appointment of Saoirse "
                "Lindqvist-Obi as chief executive officer, effective 1 April 2022. She "
                "joins from Brasswing Systems, where she ran the industrial division.\n\n"
                "Lindqvist-Obi succeeds founder Gideon Marsh, who stepped down in "
                "November. Chief financial officer Tomasz Eberle, who has served as "
                "interim chief executive since then, will return to his role as CFO. "
                "Chair Lorna Achterberg said the board had 'found the right leader for "
                "our next stage of growth'.",
            ),
            "n1": P(
                "news",
                "Orrin founder Marsh steps down; CFO to act as interim chief",
                "Tech & Business, 22 November 2021. Gideon Marsh, who founded Orrin "
                "Telemetrics in a garage in Pellworth in 2009, is stepping down as chief "
                "executive with immediate effect. Chief financial officer Tomasz Eberle "
                "will act as interim chief executive while the board searches for a "
                "successor. The company gave no reason for the departure. Orrin employs "
                "about 340 people and last year won a contract to supply flow meters to "
                "the Brantham Water Company.",
            ),
        },
        "mentions": [
            "Orrin Telemetrics is expanding its engineering office.",
            "Orrin Telemetrics will exhibit at the water industry show in Dunmarrow.",
        ],
        "questions": [
            A(
                "Who was appointed permanent chief executive of Orrin Telemetrics in "
                "2022?",
                "who",
                ["Saoirse Lindqvist-Obi"],
                "announced the appointment of Saoirse Lindqvist-Obi as chief executive "
                "officer, effective 1 April 2022",
                ["a"],
                ["n1"],
                True,
            ),
            U(
                "Who succeeded Saoirse Lindqvist-Obi as head of Orrin Telemetrics?",
                "who",
                ["a", "n1"],
                [
                    "succeeds Saoirse",
                    "succeeding Saoirse",
                    "succeed Lindqvist-Obi",
                    "Lindqvist-Obi's successor",
                ],
                [],
                False,
            ),
        ],
    },
    # ------------------------------------------------------------------ t18
    {
        "id": "calderbrook_film_festival",
        "type": "award ceremony",
        "passages": {
            "a": P(
                "news",
                "The Salt Ledger takes the Golden Heron at Calderbrook",
                "CALDERBROOK, 18 October 2021 — The Salt Ledger, a courtroom drama "
                "directed by Mireille Oduya, won the Golden Heron for best film at the "
                "closing ceremony of the Calderbrook Film Festival on Sunday night. The "
                "jury, chaired by the actor Corwin Apsley, gave the Silver Heron to Nine "
                "Winters by Caspian Drewe, and the best actress award to Lottie "
                "Nakamura-Byrne for Afterglow Street.\n\n"
                "Oduya, accepting the prize, dedicated it to 'every clerk who ever kept "
                "the records straight'. Attendance at this year's festival was 41,300, "
                "the organisers said.",
            ),
            "n1": P(
                "listing",
                "Calderbrook Film Festival 2021 line-up revealed",
                "Festival news, 1 September 2021. Afterglow Street will open this year's "
                "Calderbrook Film Festival on 8 October, with The Salt Ledger, Nine "
                "Winters and eleven other titles competing for the Golden Heron. The "
                "closing film is a restored print of the comedy Mrs Pellow's Ferry. "
                "Festival passes go on sale on 10 September; single tickets follow a "
                "week later. Screenings take place at the Regent, the Corn Hall and the "
                "open-air screen on Quay Green.",
            ),
            "n2": P(
                "news",
                "Afterlight Road wins Golden Heron",
                "Calderbrook, 17 October 2022. Afterlight Road, the second feature by "
                "Tamsin Oyelowo-Reed, won the Golden Heron at the 2022 Calderbrook Film "
                "Festival on Sunday. Last year's winner Mireille Oduya presented the "
                "award. The Silver Heron went to the documentary Brine, about the last "
                "salt works on the estuary.",
            ),
        },
        "mentions": [
            "The Calderbrook Film Festival is inviting submissions for its short film "
            "strand.",
            "A Calderbrook Film Festival pop-up cinema visits Tarnbridge next week.",
        ],
        "questions": [
            A(
                "Which film won the Golden Heron at the 2021 Calderbrook Film Festival?",
                "which",
                ["The Salt Ledger"],
                "The Salt Ledger, a courtroom drama directed by Mireille Oduya, won the "
                "Golden Heron for best film",
                ["a"],
                ["n1", "n2"],
                True,
            ),
            A(
                "Which film received the Silver Heron at Calderbrook in 2021?",
                "which",
                ["Nine Winters"],
                "gave the Silver Heron to Nine Winters by Caspian Drewe",
                ["a"],
                ["n1", "n2"],
                True,
            ),
            U(
                "Which film won the Golden Heron at the 2020 Calderbrook Film Festival?",
                "which",
                ["a", "n2"],
                [
                    "2020 Calderbrook",
                    "Calderbrook Film Festival 2020",
                    "Golden Heron 2020",
                ],
                [["2020", "Golden Heron"]],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t19
    {
        "id": "quayside_link",
        "type": "building project (no answer)",
        "passages": {
            "n1": P(
                "news",
                "Go-ahead for Quayside Link bridge",
                "SALTCOMBE REACH, 11 July 2019 — Planners have approved the Quayside "
                "Link, a 190-metre swing bridge that will carry cars, buses and cyclists "
                "across the harbour mouth. The £74 million project is expected to take "
                "three years, with the bridge due to carry its first traffic in summer "
                "2022. Opponents, including the harbour pilots' association, say the "
                "swing span will delay shipping.",
            ),
            "n2": P(
                "news",
                "Quayside Link delayed again",
                "Saltcombe Reach Gazette, 3 May 2022. The Quayside Link will not be "
                "ready this summer, the county council has admitted, after problems with "
                "the hydraulic machinery for the swing span. The council now expects the "
                "bridge to be finished 'in the second half of 2023' and says the cost "
                "has risen to £88 million. Local traders said the delay was 'a blow' "
                "after two years of roadworks on the approach roads.",
            ),
            "n3": P(
                "forum",
                "Quayside Link – anyone know what's happening?",
                "Local Chat > Saltcombe Reach\n\n"
                "harbourcat: Walked past the bridge today, still fences everywhere and "
                "no sign of the swing span moving.\n\n"
                "reach_resident: My neighbour works on the site. Reckons they're still "
                "testing and nobody will say a date.\n\n"
                "harbourcat: Same as every year then. At least the cycle path on the "
                "east side is nice now.",
            ),
        },
        "mentions": [
            "Lane closures on the Quayside Link approach roads continue this week.",
            "The harbour pilots' association will hold a public meeting about the "
            "Quayside Link.",
        ],
        "questions": [
            U(
                "When did the Quayside Link bridge open to traffic?",
                "when",
                ["n1", "n2", "n3"],
                [
                    "Quayside Link opened",
                    "Quayside Link was opened",
                    "bridge opened to traffic",
                    "officially opened the Quayside",
                ],
                [["Quayside Link", "opened to"], ["Quayside Link", "was opened"]],
                False,
            ),
        ],
    },
    # ------------------------------------------------------------------ t20
    {
        "id": "kestrelmark_election",
        "type": "election",
        "passages": {
            "a": P(
                "encyclopedia",
                "2019 Kestrelmark Assembly election",
                "The 2019 Kestrelmark Assembly election was held on 12 March 2019 to "
                "elect all 71 members of the Kestrelmark Regional Assembly. The Civic "
                "Union remained the largest party with 34 seats, three short of a "
                "majority, and formed a minority administration with the support of "
                "independents. The Green Tide party won 17 seats, the Rural Alliance 12 "
                "and independents 8. Turnout was 61.4 per cent, the highest since the "
                "assembly was created in 1998. Civic Union leader Marta Evangelou-Shaw "
                "was re-elected first minister on 2 April.",
            ),
            "n1": P(
                "results",
                "Kestrelmark votes: Civic Union short of majority again",
                "Results, 13 March 2015. With all constituencies declared, the Civic "
                "Union has 29 seats in the 71-member assembly, Green Tide 21, the Rural "
                "Alliance 14 and independents 7. Green Tide leader Aled Varanasi-Holt "
                "called it 'our best ever result'. Turnout: 55.2 per cent. Counting in "
                "the two Brackwater seats went to a second recount.",
            ),
            "n2": P(
                "news",
                "Poll: Green Tide set for gains in 2023 Kestrelmark vote",
                "A new poll for the Kestrelmark Herald suggests Green Tide would take 22 "
                "seats if the 2023 assembly election were held tomorrow, up from its "
                "current 17. The Civic Union, which holds 34 seats, is projected to fall "
                "to 30. Pollsters warned that a fifth of voters remain undecided. "
                "Polling day is 14 March.",
            ),
        },
        "mentions": [
            "The Kestrelmark Regional Assembly will debate rural bus subsidies this "
            "week.",
            "Green Tide has opened a new constituency office in Brackwater.",
        ],
        "questions": [
            A(
                "How many seats did the Green Tide party win at the 2019 Kestrelmark "
                "Assembly election?",
                "how_many",
                ["17"],
                "The Green Tide party won 17 seats",
                ["a"],
                ["n1", "n2"],
                True,
            ),
            U(
                "How many seats did the Civic Union win in the 2023 Kestrelmark "
                "Assembly election?",
                "how_many",
                ["n2", "a"],
                ["Civic Union won", "2023 Kestrelmark Assembly election was held"],
                [],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t21
    {
        "id": "aldermoor_vesta",
        "type": "product releases",
        "passages": {
            "a": P(
                "news",
                "Aldermoor Vesta 3 priced at €649, on sale this month",
                "Tech | 7 September 2022\n\n"
                "Aldermoor has unveiled the Vesta 3, its mid-range phone with a larger "
                "battery and a second telephoto camera. The Vesta 3 will cost €649 for "
                "the 128 GB model and goes on sale on 23 September. A Vesta 3 Pro with a "
                "titanium frame and 1 TB option starts at €899.\n\n"
                "In our first hands-on, the Vesta 3 felt lighter than its predecessor "
                "and the screen was noticeably brighter outdoors. Battery life claims of "
                "two days will need testing. Pre-orders open today in Aldermoor's own "
                "stores and through carriers.",
            ),
            "n1": P(
                "review",
                "Aldermoor Vesta 2 review: solid, unspectacular",
                "Review, October 2021. The Vesta 2 launched at €599 and it mostly earns "
                "that price: the screen is excellent, the main camera is good in "
                "daylight and the software is clean. Low-light photos are noisy, "
                "charging tops out at 25 W and there's no telephoto lens. Verdict: "
                "3.5/5. A good buy if you find it discounted.",
            ),
        },
        "mentions": [
            "Aldermoor is offering trade-in discounts on older phones.",
            "Aldermoor has opened a repair centre in Velmora.",
        ],
        "questions": [
            A(
                "How much did the Aldermoor Vesta 3 cost at launch?",
                "how_much",
                ["€649"],
                "The Vesta 3 will cost €649 for the 128 GB model",
                ["a"],
                ["n1"],
                True,
            ),
            A(
                "When did the Aldermoor Vesta 3 go on sale?",
                "when",
                ["23 September"],
                "goes on sale on 23 September",
                ["a"],
                ["n1"],
                True,
            ),
            U(
                "What was the launch price of the Aldermoor Vesta 4?",
                "how_much",
                ["a", "n1"],
                ["Vesta 4"],
                [],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t22
    {
        "id": "cinder_almanac",
        "type": "book with a namesake",
        "passages": {
            "a": P(
                "encyclopedia",
                "The Cinder Almanac",
                "The Cinder Almanac is a 2017 novel by Wenonah Farrister, the third in "
                "her Ember Valley sequence. Set in a foundry town during a winter of "
                "strikes, it follows a printer who compiles an illegal almanac of the "
                "town's disasters. It was published by Hessenford Press on 21 September "
                "2017 and was longlisted for the Brindlemoor Prize for Fiction. A radio "
                "adaptation followed in 2019.",
            ),
            "n1": P(
                "review",
                "Board game night: The Cinder Almanac",
                "This week our group tried The Cinder Almanac, a worker-placement game "
                "designed by Rufus Kell and published by Lanternjaw Games in 2020. "
                "Despite the title it has nothing to do with the novel – you're running "
                "a volcanic island's observatory, predicting eruptions. Setup takes "
                "twenty minutes, a full game about ninety. The card art by Sunniva "
                "Okafor is gorgeous. Verdict: great for three or four players, drags "
                "with five.",
            ),
        },
        "mentions": [
            "Hessenford Press will hold an author signing for The Cinder Almanac on "
            "Saturday.",
            "Lanternjaw Games is crowdfunding a new expansion.",
        ],
        "questions": [
            A(
                "Who wrote the novel The Cinder Almanac?",
                "who",
                ["Wenonah Farrister"],
                "The Cinder Almanac is a 2017 novel by Wenonah Farrister",
                ["a"],
                ["n1"],
                False,
            ),
            A(
                "On what date was the novel The Cinder Almanac published?",
                "when",
                ["21 September 2017"],
                "It was published by Hessenford Press on 21 September 2017",
                ["a"],
                ["n1"],
                False,
            ),
        ],
    },
    # ------------------------------------------------------------------ t23
    {
        "id": "ironvale_invitational",
        "type": "esports tournament editions",
        "passages": {
            "a": P(
                "news",
                "Gravelock Gaming win second Ironvale Invitational",
                "ESPORTS – 14 November 2021. Gravelock Gaming are champions of the "
                "second Ironvale Invitational after a 3-1 win over Nightjar Collective "
                "in Sunday's grand final at the Dunmarrow Arena. Support player 'Moth' "
                "(Kasimir Oduro) was named most valuable player. The winners share a "
                "prize of $120,000. Nightjar, who topped the group stage unbeaten, had "
                "beaten Gravelock in the upper bracket final on Friday before the two "
                "met again.",
            ),
            "n1": P(
                "news",
                "Ironvale Invitational 2020: Nightjar Collective take the inaugural "
                "title",
                "The first Ironvale Invitational, played online because of travel "
                "restrictions, ended with Nightjar Collective beating Redfern Static 3-0 "
                "in the final. The $50,000 event drew a peak of 84,000 viewers. "
                "Organisers promise an in-person second edition next year, with the "
                "venue to be announced in the spring.",
            ),
            "n2": P(
                "press_release",
                "Ironvale Invitational returns with bigger prize pool",
                "Announcement, 2 June 2022. The third Ironvale Invitational will take "
                "place at the Dunmarrow Arena from 10 to 13 November 2022, with a prize "
                "pool of $200,000. Sixteen teams will qualify through regional events, "
                "and the two finalists from last year receive direct invitations. "
                "Tickets go on sale in August.",
            ),
        },
        "mentions": [
            "The Dunmarrow Arena will host a charity gaming night in aid of the "
            "children's hospital.",
            "Nightjar Collective have signed a new coach.",
        ],
        "questions": [
            A(
                "Which team won the second Ironvale Invitational?",
                "which",
                ["Gravelock Gaming"],
                "Gravelock Gaming are champions of the second Ironvale Invitational",
                ["a"],
                ["n1", "n2"],
                True,
            ),
            U(
                "Which team won the third Ironvale Invitational?",
                "which",
                ["n2", "a"],
                [
                    "won the third Ironvale",
                    "third Ironvale Invitational champions",
                    "champions of the third",
                ],
                [],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t24
    {
        "id": "marrowby_open",
        "type": "chess tournament (no answer)",
        "passages": {
            "n1": P(
                "news",
                "Marrowby Open: Halvorsen-Achebe takes clear first",
                "Chess | 28 April 2019. Grandmaster Sindre Halvorsen-Achebe won the "
                "Marrowby Open outright with 7½ points from 9, half a point ahead of a "
                "four-way tie for second. The top seed, Lev Okonedo, lost in round six "
                "and finished on 6½. A record 214 players took part in the three "
                "sections. The best junior prize went to 14-year-old Priya "
                "Mallory-Kaur.",
            ),
            "n2": P(
                "newsletter",
                "Marrowby Chess Club newsletter – spring",
                "Marrowby Chess Club newsletter, February 2021. After a year off, we're "
                "delighted to confirm the Marrowby Open will return on 23-25 April 2021, "
                "with extra ventilation and distanced boards in the playing hall. "
                "Entries are capped at 150. The open section prize fund is £2,500. "
                "Please volunteer for arbiting or the tea rota if you can.",
            ),
            "n3": P(
                "newsletter",
                "Junior chess update – May 2021",
                "Well done to our juniors at the 2021 Marrowby Open! Ellis Brandreth "
                "won the under-12 section with a perfect 5 out of 5, and Maisie "
                "Okafor-Lunn shared second in the under-16s. Club nights for juniors are "
                "back on Tuesdays from 6pm in the church hall. Parents: please remember "
                "to sign the attendance sheet.",
            ),
        },
        "mentions": [
            "Marrowby Chess Club meets on Thursday evenings at the Royal Oak.",
            "A simultaneous display by a visiting grandmaster is planned at Marrowby "
            "library.",
        ],
        "questions": [
            U(
                "Who won the open section at the 2021 Marrowby Open?",
                "who",
                ["n3", "n2", "n1"],
                [
                    "won the open section",
                    "open section winner",
                    "2021 Marrowby Open champion",
                ],
                [],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t25
    {
        "id": "larkspur_lane",
        "type": "television series",
        "passages": {
            "a": P(
                "news",
                "Larkspur Lane series three gets a premiere date",
                "TV | 30 August 2022. The third series of the family drama Larkspur Lane "
                "will premiere on Sunday 2 October 2022 at 9pm on Channel Ember, the "
                "broadcaster confirmed. The eight-episode run picks up two years after "
                "the fire that closed series two. Returning cast include Imogen Trask "
                "and Farouk Delacroix-Bell, with newcomer Peregrine Assoumou as the new "
                "village doctor.",
            ),
            "n1": P(
                "listing",
                "Larkspur Lane (series 2) – episode guide",
                "Series two of Larkspur Lane aired on Channel Ember from 5 September to "
                "24 October 2020.\n"
                "1. Smoke\n2. The Orchard Fund\n3. Long Division\n4. Harvest Supper\n"
                "5. The Inquest\n6. Crossings\n7. Tinder\n8. What the Fire Took\n"
                "The series averaged 4.1 million viewers, up from 3.2 million for the "
                "first series.",
            ),
            "n2": P(
                "news",
                "Channel Ember renews Larkspur Lane for fourth and fifth series",
                "18 November 2022 — Channel Ember has commissioned two more series of "
                "Larkspur Lane, taking the drama to at least five series. Filming on "
                "series four begins in Tarnbridge in January; series five is expected to "
                "follow in 2025. Writer Hester Quaile said she had 'always planned the "
                "story in five parts'.",
            ),
        },
        "mentions": [
            "Larkspur Lane filming will close a road in Tarnbridge on Tuesday.",
            "Channel Ember is holding open auditions for extras.",
        ],
        "questions": [
            A(
                "When did series three of Larkspur Lane premiere?",
                "when",
                ["2 October 2022"],
                "will premiere on Sunday 2 October 2022 at 9pm on Channel Ember",
                ["a"],
                ["n1", "n2"],
                True,
            ),
            U(
                "When did the fifth series of Larkspur Lane premiere?",
                "when",
                ["n2", "a"],
                [
                    "series five premiered",
                    "fifth series premiered",
                    "series five will premiere on",
                ],
                [],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t26
    {
        "id": "storm_brannock",
        "type": "weather event",
        "passages": {
            "a": P(
                "news",
                "Storm Brannock: 142 km/h gust recorded at Hallam Point",
                "WEATHER – 13 January 2023. The strongest gust during Storm Brannock was "
                "142 km/h, recorded at the Hallam Point weather station at 04:20 on "
                "Thursday, the national weather service said. Inland, gusts reached "
                "96 km/h at Tarnbridge. More than 38,000 homes lost power at the peak of "
                "the storm, and the Saltcombe Reach ferry was suspended for two days. "
                "Forecasters had warned of gusts of up to 120 km/h on exposed coasts.",
            ),
            "n1": P(
                "notice",
                "Amber wind warning issued as Storm Brannock approaches",
                "Issued 11 January 2023, 10:00. An amber warning for wind is in force "
                "from 21:00 Wednesday until 15:00 Thursday. Gusts of 90 to 110 km/h are "
                "expected widely, with up to 120 km/h possible on exposed coasts and "
                "headlands. Travel disruption and power cuts are likely. Secure loose "
                "objects and avoid coastal paths.",
            ),
        },
        "mentions": [
            "Repairs to sea walls damaged by Storm Brannock will begin next month.",
            "The Saltcombe Reach ferry timetable returns to normal after Storm "
            "Brannock.",
        ],
        "questions": [
            A(
                "What was the strongest wind gust recorded during Storm Brannock?",
                "what",
                ["142 km/h"],
                "The strongest gust during Storm Brannock was 142 km/h",
                ["a"],
                ["n1"],
                False,
            ),
            A(
                "Where was Storm Brannock's strongest gust recorded?",
                "where",
                ["Hallam Point"],
                "recorded at the Hallam Point weather station",
                ["a"],
                ["n1"],
                False,
            ),
        ],
    },
    # ------------------------------------------------------------------ t27
    {
        "id": "tallis_astrolabe",
        "type": "museum acquisition",
        "passages": {
            "a": P(
                "press_release",
                "Hessenford Museum acquires the Tallis Astrolabe",
                "Press release, 4 October 2021\n\n"
                "Hessenford Museum has acquired the Tallis Astrolabe, a brass instrument "
                "made in the town around 1560, for £1.9 million after a public appeal. "
                "The purchase was supported by a grant of £1.1 million from the national "
                "heritage fund and more than 4,000 individual donations. The astrolabe "
                "had been in a private collection abroad since 1911 and was offered for "
                "sale at auction in March, when an export bar was placed on it. It will "
                "go on display in the museum's Hall of Instruments from 12 November.",
            ),
            "n1": P(
                "news",
                "Rare Hessenford astrolabe to be sold at auction",
                "Arts, 20 January 2021. A Renaissance astrolabe made in Hessenford is "
                "expected to fetch between £1.2 million and £1.5 million when it is "
                "sold at Pellow & Marsh in Dunmarrow in March. The instrument, known as "
                "the Tallis Astrolabe, is signed and dated 1559. Museum director Rhona "
                "Keating-Abara said she hoped it could 'come home'.",
            ),
        },
        "mentions": [
            "Hessenford Museum is offering free entry on the first Sunday of each "
            "month.",
            "The Hall of Instruments at Hessenford Museum will close briefly for "
            "lighting work.",
        ],
        "questions": [
            A(
                "How much did Hessenford Museum pay for the Tallis Astrolabe?",
                "how_much",
                ["£1.9 million"],
                "for £1.9 million after a public appeal",
                ["a"],
                ["n1"],
                False,
            ),
        ],
    },
    # ------------------------------------------------------------------ t28
    {
        "id": "vellacourt_metro",
        "type": "transport line openings",
        "passages": {
            "a": P(
                "timeline",
                "Vellacourt Metro – timeline",
                "1998 – Line 1 opens between Central and Northgate.\n"
                "2006 – Line 1 extended to the airport.\n"
                "2011 – Line 2 opens on 19 June 2011, linking the university with the "
                "port.\n"
                "2017 – Line 3 opens on 27 November 2017, the city's first driverless "
                "line.\n"
                "2019 – Contactless fares introduced on all lines.\n"
                "2021 – Construction begins on Line 4 (east–west), planned to open in "
                "2026.\n"
                "2023 – Line 2 trains replaced by a new fleet.",
            ),
            "n1": P(
                "news",
                "Tunnelling starts on Vellacourt Metro Line 4",
                "VELLACOURT, 16 March 2021 — The first tunnel boring machine for Line 4 "
                "of the Vellacourt Metro was launched on Tuesday, marking the start of "
                "construction on the 14-kilometre east–west line. Twelve stations are "
                "planned. The city says the line will open in 2026 at a cost of "
                "€2.7 billion. Line 3, the city's newest, carried 41 million passengers "
                "last year.",
            ),
        },
        "mentions": [
            "Vellacourt Metro Line 1 will close early on Sunday for engineering work.",
            "Vellacourt Metro has launched a new journey planner app.",
        ],
        "questions": [
            A(
                "When did Line 3 of the Vellacourt Metro open?",
                "when",
                ["27 November 2017"],
                "Line 3 opens on 27 November 2017",
                ["a"],
                ["n1"],
                True,
            ),
            U(
                "When did Line 4 of the Vellacourt Metro open?",
                "when",
                ["n1", "a"],
                ["Line 4 opens on", "Line 4 opened", "Line 4 was opened"],
                [],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t29
    {
        "id": "feltham_njoku",
        "type": "person's career",
        "passages": {
            "a": P(
                "encyclopedia",
                "Dario Feltham-Njoku",
                "Dario Feltham-Njoku (born 3 May 1997) is a footballer who plays as a "
                "winger for Brantham United. A product of the Ostwick Rovers academy, he "
                "made his senior debut in 2015 and spent the 2017-18 season on loan at "
                "Penwick Town. In July 2019 he joined Colwick Athletic for a fee of "
                "£2.6 million, scoring 23 goals in three seasons. He moved to Brantham "
                "United in August 2022.",
            ),
            "n1": P(
                "news",
                "Brantham sign Feltham-Njoku",
                "5 August 2022 — Brantham United have signed winger Dario Feltham-Njoku "
                "on a four-year contract for an undisclosed fee, reported to be "
                "£4.1 million. The 25-year-old, who began his career at Ostwick Rovers, "
                "becomes Brantham's fourth summer signing and is expected to go straight "
                "into the squad for the opening league game.",
            ),
        },
        "mentions": [
            "Brantham United have announced a pre-season friendly against Penwick "
            "Town.",
            "Ostwick Rovers' academy open day is on Saturday.",
        ],
        "questions": [
            A(
                "Which club did Dario Feltham-Njoku join in 2019?",
                "which",
                ["Colwick Athletic"],
                "In July 2019 he joined Colwick Athletic for a fee of £2.6 million",
                ["a"],
                ["n1"],
                True,
            ),
            A(
                "What fee did Colwick Athletic pay for Dario Feltham-Njoku?",
                "how_much",
                ["£2.6 million"],
                "In July 2019 he joined Colwick Athletic for a fee of £2.6 million",
                ["a"],
                ["n1"],
                False,
            ),
        ],
    },
    # ------------------------------------------------------------------ t30
    {
        "id": "lantern_aid_trust",
        "type": "organisation",
        "passages": {
            "a": P(
                "encyclopedia",
                "Lantern Aid Trust",
                "The Lantern Aid Trust is a charity based in Port Averill that provides "
                "emergency lighting, solar lamps and generators to communities affected "
                "by floods and storms. It was founded in 2004 by the retired electrician "
                "Cormac Vellaney after the Ember Valley floods, and registered as a "
                "charity the following year. Its chair since 2018 has been Rosalind "
                "Ekwensi-Hart and its chief executive is Tobin Sauvage. In 2022 it "
                "distributed 31,000 solar lamps in nine countries.",
            ),
            "n1": P(
                "news",
                "Lantern Aid Trust names new chief executive",
                "1 March 2020 — Port Averill charity the Lantern Aid Trust has appointed "
                "Tobin Sauvage as chief executive, replacing Nell Hargreave, who led the "
                "trust for eleven years. Sauvage joins from the Red Kite Relief network. "
                "Chair Rosalind Ekwensi-Hart said his logistics experience would help "
                "the trust reach more remote communities.",
            ),
        },
        "mentions": [
            "The Lantern Aid Trust is collecting donated camping lanterns at the Port "
            "Averill Guildhall.",
            "Volunteers from the Lantern Aid Trust will run a stall at the harbour "
            "market.",
        ],
        "questions": [
            A(
                "Who founded the Lantern Aid Trust?",
                "who",
                ["Cormac Vellaney"],
                "It was founded in 2004 by the retired electrician Cormac Vellaney",
                ["a"],
                ["n1"],
                False,
            ),
        ],
    },
    # ------------------------------------------------------------------ t31
    {
        "id": "rv_corrigan_shaw",
        "type": "ship build",
        "passages": {
            "a": P(
                "news",
                "Research ship Corrigan Shaw floats out",
                "16 May 2020 — The polar research vessel RV Corrigan Shaw was floated "
                "out of the dry dock at the Haverstock yard on Saturday after two years "
                "of construction. The 98-metre ship, built for the Northern Oceans "
                "Institute at a cost of £112 million, will undergo sea trials in the "
                "autumn before its first voyage to the Halvard ice shelf. Its sister "
                "ship, RV Alder Moss, is being fitted out at the Grennock yard in "
                "Brackwater.",
            ),
            "n1": P(
                "news",
                "RV Alder Moss handed over to institute",
                "Maritime, 12 October 2021. The Northern Oceans Institute has taken "
                "delivery of its second new research vessel, RV Alder Moss, built at the "
                "Grennock yard in Brackwater. The ship, slightly smaller than its sister "
                "RV Corrigan Shaw, will specialise in fisheries science and seabed "
                "mapping. Its first survey cruise leaves in January.",
            ),
        },
        "mentions": [
            "The Northern Oceans Institute is recruiting deckhands for its research "
            "fleet.",
            "Schoolchildren can tour a research ship during the Brackwater maritime "
            "weekend.",
        ],
        "questions": [
            A(
                "At which shipyard was the research vessel Corrigan Shaw built?",
                "where",
                ["Haverstock yard", "Haverstock"],
                "floated out of the dry dock at the Haverstock yard",
                ["a"],
                ["n1"],
                False,
            ),
        ],
    },
    # ------------------------------------------------------------------ t32
    {
        "id": "midnight_orchard",
        "type": "music chart",
        "passages": {
            "a": P(
                "news",
                "Paper Comets peaks at number 4",
                "Chart round-up | 2 April 2021. After six weeks of climbing, Paper "
                "Comets by Midnight Orchard has peaked at number 4 on the national "
                "singles chart, the Velmora band's first top-five hit. It slips to "
                "number 6 this week. Their previous best was number 13 with Glasshouse "
                "in 2019, and parent album Weathervane Hearts entered the albums chart "
                "at number 11. The band play Dunmere Assembly Hall on 30 April.",
            ),
            "n1": P(
                "news",
                "Midnight Orchard's second album goes top three",
                "Music, 9 June 2023. The Long Blue, the second album from Velmora "
                "four-piece Midnight Orchard, has entered the albums chart at number 2, "
                "their highest placing yet. Lead single Signal Fires reached number 9 "
                "last month. The band begin a twelve-date tour in Oxleigh in September.",
            ),
        },
        "mentions": [
            "Midnight Orchard have announced a free acoustic set at a Velmora record "
            "shop.",
            "Tidewrack Records is moving to larger premises in Oxleigh.",
        ],
        "questions": [
            A(
                "What was the highest chart position reached by the single Paper "
                "Comets?",
                "what",
                ["number 4"],
                "has peaked at number 4 on the national singles chart",
                ["a"],
                ["n1"],
                False,
            ),
        ],
    },
    # ------------------------------------------------------------------ t33
    {
        "id": "brantham_water_fine",
        "type": "court case",
        "passages": {
            "a": P(
                "news",
                "Brantham Water Company fined £2.3 million for river pollution",
                "COURT – 22 June 2022. The Brantham Water Company was fined £2.3 million "
                "at Dunmarrow Crown Court on Wednesday after admitting allowing "
                "untreated sewage to flow into the River Lisk on 14 occasions between "
                "2017 and 2019. Prosecutors had argued for a fine of at least £4 million. "
                "The company must also pay costs of £186,000. Judge Helena Okwu-Marsh "
                "said the spills had been 'entirely avoidable'. In 2018 the company was "
                "fined £600,000 for a separate spill at its Tamsford works.",
            ),
            "n1": P(
                "news",
                "Water company to face charges over River Lisk spills",
                "Environment, 9 September 2021. The Brantham Water Company will be "
                "prosecuted over repeated sewage discharges into the River Lisk, the "
                "environment regulator said. The company faces 14 charges. A first "
                "hearing is listed at Dunmarrow Magistrates' Court on 20 October. "
                "Anglers say fish numbers in the lower Lisk have halved since 2015.",
            ),
        },
        "mentions": [
            "Brantham Water Company is replacing water mains in Tamsford this month.",
            "Anglers will hold a clean-up day on the River Lisk on Saturday.",
        ],
        "questions": [
            A(
                "How much was the Brantham Water Company fined in June 2022?",
                "how_much",
                ["£2.3 million"],
                "The Brantham Water Company was fined £2.3 million at Dunmarrow Crown "
                "Court",
                ["a"],
                ["n1"],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t34
    {
        "id": "ashcombe_merger",
        "type": "school merger (no answer)",
        "passages": {
            "n1": P(
                "notice",
                "Consultation: proposed merger of Ashcombe Grammar and St Wilfrid's",
                "Kestrelmark Education Authority is consulting on a proposal to merge "
                "Ashcombe Grammar School and St Wilfrid's High School into a single "
                "academy on the Ashcombe site. If approved, the combined school would "
                "open in September 2024 with places for 1,650 pupils. The consultation "
                "closes on 31 January 2023. Drop-in sessions will be held at both "
                "schools.",
            ),
            "n2": P(
                "news",
                "Parents oppose Ashcombe school merger plan",
                "16 January 2023 — More than 900 parents have signed a petition against "
                "plans to combine Ashcombe Grammar and St Wilfrid's, arguing the site is "
                "too small and that pupils from St Wilfrid's would face a long walk "
                "along the Ember Road. The authority will make a final decision in the "
                "spring. Headteacher Olufemi Radclyffe said both schools would 'work "
                "constructively whatever the outcome'.",
            ),
        },
        "mentions": [
            "Ashcombe Grammar School's summer fair takes place on Saturday.",
            "St Wilfrid's High School has been praised for its music provision.",
        ],
        "questions": [
            U(
                "When did Ashcombe Grammar and St Wilfrid's High School merge?",
                "when",
                ["n1", "n2"],
                [
                    "Ashcombe Grammar and St Wilfrid's merged",
                    "merged school opened",
                    "merger was approved",
                ],
                [],
                False,
            ),
        ],
    },
    # ------------------------------------------------------------------ t35
    {
        "id": "dunmarrow_herons",
        "type": "sports season",
        "passages": {
            "a": P(
                "blog",
                "Herons season review: best regular season in club history",
                "Posted by HeronsFanatic | 20 April 2022\n\n"
                "What a year. The Dunmarrow Herons finished the 2021-22 regular season "
                "with 41 wins and 13 losses, top of the Northern Basketball League for "
                "the first time. Kofi Ballantyne-Reyes averaged 22.4 points and was "
                "named league MVP. Then came the playoffs, and a 3-1 semi-final defeat "
                "to the Velmora Vipers, who went on to win the title. Still, 41 wins "
                "beats the old club record of 35, set in 2016-17. Roll on next season.",
            ),
            "n1": P(
                "news",
                "Herons miss playoffs after 29-25 season",
                "Basketball, 2 May 2021. The Dunmarrow Herons' 2020-21 campaign ended "
                "without a playoff place after a 29-25 record, two wins short of eighth "
                "spot. Coach Bram Oyelaran-Tate said injuries to his two starting "
                "guards had cost the team 'at least five games'. Season ticket renewals "
                "open next month.",
            ),
        },
        "mentions": [
            "The Dunmarrow Herons are running a basketball camp for under-14s.",
            "The Northern Basketball League has published its new fixture list.",
        ],
        "questions": [
            A(
                "How many regular-season games did the Dunmarrow Herons win in "
                "2021-22?",
                "how_many",
                ["41"],
                "finished the 2021-22 regular season with 41 wins and 13 losses",
                ["a"],
                ["n1"],
                True,
            ),
            A(
                "Which team knocked the Dunmarrow Herons out of the 2021-22 playoffs?",
                "which",
                ["Velmora Vipers"],
                "a 3-1 semi-final defeat to the Velmora Vipers",
                ["a"],
                ["n1"],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t36
    {
        "id": "greyling_takeover",
        "type": "acquisition",
        "passages": {
            "a": P(
                "news",
                "Tessaract Freight agrees $780m deal for Greyling Logistics",
                "DEALS | 11 April 2022. Tessaract Freight has agreed to buy Greyling "
                "Logistics for $780 million in cash, ending a six-week takeover battle. "
                "Greyling's board had rejected an initial approach at $650 million in "
                "February, saying it 'significantly undervalued' the company. The deal, "
                "which includes $120 million of Greyling's debt, is expected to close in "
                "the third quarter, subject to regulatory approval. Greyling operates 64 "
                "warehouses across the northern region.",
            ),
            "n1": P(
                "news",
                "Greyling rejects $650m Tessaract approach",
                "Markets, 24 February 2022. Greyling Logistics has rejected a $650 "
                "million takeover proposal from rival Tessaract Freight, saying the "
                "offer 'significantly undervalued' its warehouse network. Greyling's "
                "shares jumped 22 per cent. Analysts expect Tessaract to return with a "
                "higher bid; it has until 23 March to make a firm offer or walk away.",
            ),
        },
        "mentions": [
            "Greyling Logistics is hiring warehouse staff in Brackwater.",
            "Tessaract Freight has ordered electric lorries for its city routes.",
        ],
        "questions": [
            A(
                "How much did Tessaract Freight agree to pay for Greyling Logistics?",
                "how_much",
                ["$780 million"],
                "Tessaract Freight has agreed to buy Greyling Logistics for $780 "
                "million in cash",
                ["a"],
                ["n1"],
                False,
            ),
        ],
    },
    # ------------------------------------------------------------------ t37
    {
        "id": "ashen_crown",
        "type": "film with a missing game namesake",
        "passages": {
            "n1": P(
                "encyclopedia",
                "Ashen Crown",
                "Ashen Crown is a 2019 fantasy film directed by Lorcan Ysgol-Mbeki and "
                "produced by Brightfen Pictures. Based on the novel by Cressida "
                "Wainhouse, it follows a disgraced queen's bodyguard through a kingdom "
                "of burnt forests. The visual effects were created by Mothlight Studio "
                "in Vellacourt. It grossed $64 million worldwide. A sequel was announced "
                "in 2020 but later cancelled.",
            ),
            "n2": P(
                "review",
                "Book review: Ashen Crown by Cressida Wainhouse",
                "Cressida Wainhouse's second novel is a slow-burning fantasy about "
                "loyalty and ash. Its heroine, a bodyguard stripped of rank, walks "
                "across a kingdom that has burned its own forests to starve an enemy. "
                "The prose is dense and sometimes overwrought, but the final hundred "
                "pages are superb. Published by Hessenford Press, 2014, 412 pages.",
            ),
            "n3": P(
                "forum",
                "Ashen Crown sequel – is it really dead?",
                "Board: Fantasy & Sci-Fi\n\n"
                "emberwitch: Brightfen have officially shelved the sequel. Gutted.\n\n"
                "ashfall_rob: The books are better anyway. Someone should turn it into a "
                "game, the world is perfect for it.\n\n"
                "emberwitch: Wainhouse said in an interview she'd rather write book "
                "three than sell more rights.",
            ),
        },
        "mentions": [
            "Brightfen Pictures is casting extras for a new production in the Ember "
            "Valley.",
            "Cressida Wainhouse will give a reading at the Hessenford literary "
            "festival.",
        ],
        "questions": [
            U(
                "Which studio developed the video game Ashen Crown?",
                "which",
                ["n1", "n3"],
                [
                    "Ashen Crown video game",
                    "Ashen Crown (video game)",
                    "developed Ashen Crown",
                ],
                [["Ashen Crown", "video game"], ["Ashen Crown", "developer"]],
                False,
            ),
        ],
    },
    # ------------------------------------------------------------------ t38
    {
        "id": "rural_alliance_leadership",
        "type": "party leadership election",
        "passages": {
            "a": P(
                "news",
                "Rural Alliance elects Nkemdirim-Vale as leader",
                "POLITICS – 26 September 2021. Farmer and assembly member Beatrix "
                "Nkemdirim-Vale has been elected leader of the Rural Alliance, defeating "
                "Gethin Morrow-Ames by 4,112 votes to 3,386 in a ballot of party "
                "members. She replaces Anwen Tolhurst, who led the party for nine years. "
                "In a separate contest, Rhys Okafor was elected deputy leader. Turnout "
                "among the party's 9,950 members was 75 per cent.",
            ),
            "n1": P(
                "news",
                "Tolhurst re-elected unopposed as Rural Alliance leader",
                "Politics, 2 October 2017. Anwen Tolhurst has been confirmed for a "
                "second term as leader of the Rural Alliance after no challenger "
                "secured enough nominations. Her deputy, Gethin Morrow-Ames, was also "
                "returned unopposed. Tolhurst told the party conference in Brackwater "
                "that the Alliance would 'never again be taken for granted'.",
            ),
        },
        "mentions": [
            "The Rural Alliance will hold its annual conference in Brackwater.",
            "Rural Alliance members are campaigning against the closure of village "
            "post offices.",
        ],
        "questions": [
            A(
                "Who won the Rural Alliance leadership election in 2021?",
                "who",
                ["Beatrix Nkemdirim-Vale"],
                "Beatrix Nkemdirim-Vale has been elected leader of the Rural Alliance",
                ["a"],
                ["n1"],
                True,
            ),
            A(
                "How many votes did the winner of the 2021 Rural Alliance leadership "
                "ballot receive?",
                "how_many",
                ["4,112"],
                "defeating Gethin Morrow-Ames by 4,112 votes to 3,386",
                ["a"],
                ["n1"],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t39
    {
        "id": "saltcombe_folk",
        "type": "festival line-ups (no answer)",
        "passages": {
            "n1": P(
                "listing",
                "Saltcombe Folk Weekend 2019 line-up",
                "Headliners for the 2019 Saltcombe Folk Weekend are Kittiwake Lane "
                "(Friday), the Dunmoor Brothers (Saturday) and Maeve Ostrander's Ceilidh "
                "Band (Sunday). Also appearing: Harbour Static, Tess Penrice, the "
                "Lisk Valley Singers and the Saltcombe Reach Community Choir. Weekend "
                "tickets £65, day tickets £28, under-12s free. Camping opens on Thursday "
                "evening.",
            ),
            "n2": P(
                "news",
                "Folk Weekend unveils 2022 headliners",
                "Saltcombe Folk Weekend will take place from 26 to 28 August 2022 on "
                "the harbour green, with Wren & Wick, the Teasel Club and Kittiwake "
                "Lane topping the bill. Organiser Bryony Calloway said the festival "
                "would add a second stage for young performers and a quiet camping "
                "field. Early-bird tickets sold out in a day.",
            ),
        },
        "mentions": [
            "Saltcombe Folk Weekend is looking for volunteer stewards.",
            "A folk session takes place every Wednesday at the Saltcombe Reach harbour "
            "bar.",
        ],
        "questions": [
            U(
                "Who headlined the Saltcombe Folk Weekend in 2021?",
                "who",
                ["n1", "n2"],
                ["2021 Saltcombe Folk", "Saltcombe Folk Weekend 2021"],
                [["2021", "Saltcombe Folk"]],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t40
    {
        "id": "skeldra_air",
        "type": "company statistics",
        "passages": {
            "a": P(
                "press_release",
                "Skeldra Air carried 3.6 million passengers in 2022",
                "Press release – 19 January 2023. Regional airline Skeldra Air carried "
                "3.6 million passengers in 2022, up from 2.1 million in 2021 and close "
                "to the 3.9 million it flew in 2019. Load factor averaged 81 per cent "
                "across its 44 routes. For the current year the airline is targeting "
                "4.5 million passengers, helped by new bases in Velmora and Brackwater.",
            ),
            "n1": P(
                "news",
                "Skeldra Air adds winter routes",
                "Travel, 14 August 2023. Skeldra Air will add six routes this winter, "
                "including a daily service from Brackwater to Vellacourt. The airline "
                "said it had carried 2.3 million passengers in the first six months of "
                "the year, 12 per cent more than a year earlier, and that bookings for "
                "the autumn half-term were 'very strong'.",
            ),
        },
        "mentions": [
            "Skeldra Air has opened check-in kiosks at Brackwater airport.",
            "Skeldra Air cabin crew will hold a recruitment day in Velmora.",
        ],
        "questions": [
            A(
                "How many passengers did Skeldra Air carry in 2022?",
                "how_many",
                ["3.6 million"],
                "Skeldra Air carried 3.6 million passengers in 2022",
                ["a"],
                ["n1"],
                True,
            ),
            U(
                "How many passengers did Skeldra Air fly in 2023?",
                "how_many",
                ["a", "n1"],
                ["passengers in 2023", "carried in 2023", "flew in 2023"],
                [],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t41
    {
        "id": "neve_talloway",
        "type": "athlete's career",
        "passages": {
            "a": P(
                "encyclopedia",
                "Neve Talloway",
                "Neve Talloway (born 2001) is a swimmer from Tamsford who specialises in "
                "the 200 metres butterfly. She won the national junior title in 2017 at "
                "Brackwater Lido and her first senior national title in 2020 at the "
                "Ostwick Aquatics Centre, setting a championship record of 2:07.11. She "
                "trains with Dunmarrow Swim Club under coach Idris Pennington-Hale and "
                "studies at the University of Vellacourt.",
            ),
            "n1": P(
                "news",
                "Schoolgirl Talloway takes junior crown",
                "Swimming, 15 April 2017. Tamsford's Neve Talloway, 16, won the national "
                "junior 200 m butterfly title at Brackwater Lido on Saturday, touching "
                "in 2:13.40. Her coach at Tamsford Otters, Jan Vireo, said she had "
                "'every chance' of making the senior team within three years.",
            ),
        },
        "mentions": [
            "Dunmarrow Swim Club's learn-to-swim waiting list has reopened.",
            "Brackwater Lido opens for the summer season on Saturday.",
        ],
        "questions": [
            A(
                "Where did Neve Talloway win her first senior national title?",
                "where",
                ["Ostwick Aquatics Centre"],
                "her first senior national title in 2020 at the Ostwick Aquatics Centre",
                ["a"],
                ["n1"],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t42
    {
        "id": "marrowby_rfc_coach",
        "type": "sports appointment",
        "passages": {
            "a": P(
                "news",
                "Marrowby appoint Delacourt-Hume as head coach",
                "RUGBY — 12 June 2023. Marrowby RFC have appointed Aoife Delacourt-Hume "
                "as head coach for the 2023-24 season, replacing Dewi Prendergast, who "
                "leaves after four years to join the national academy. Delacourt-Hume, "
                "previously forwards coach at Colwick, becomes the first woman to lead a "
                "senior men's side in the league. Backs coach Sam Oyelaran stays on as "
                "her assistant.",
            ),
            "n1": P(
                "news",
                "Prendergast takes Marrowby job",
                "Rugby, 30 May 2019. Marrowby RFC have named Dewi Prendergast as head "
                "coach from the 2019-20 season. The former scrum-half, 38, spent five "
                "years as assistant at Penwick. He replaces Gareth Lowndes-Ibe, who "
                "returns to teaching after seven seasons in charge.",
            ),
        },
        "mentions": [
            "Marrowby RFC's clubhouse is available for private hire.",
            "Marrowby RFC mini-rugby sessions restart on Sunday mornings.",
        ],
        "questions": [
            A(
                "Who is Marrowby RFC's head coach for the 2023-24 season?",
                "who",
                ["Aoife Delacourt-Hume"],
                "Marrowby RFC have appointed Aoife Delacourt-Hume as head coach for the "
                "2023-24 season",
                ["a"],
                ["n1"],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t43
    {
        "id": "calder_tower",
        "type": "building dimensions",
        "passages": {
            "a": P(
                "encyclopedia",
                "Calder Tower",
                "Calder Tower is a 47-storey residential skyscraper in the Riverside "
                "district of Vellacourt. Completed in 2020, it stands 187 metres tall, "
                "making it the tallest building in the city. The original 2014 design "
                "proposed a 210-metre tower of 55 storeys, but the height was reduced "
                "after objections from the airport. A shorter companion building, "
                "Calder Tower II (152 metres), is under construction on the "
                "neighbouring plot. The architects were Quaile Ostrowski Partnership.",
            ),
            "n1": P(
                "news",
                "Plans unveiled for 210-metre Calder Tower",
                "Property, 4 March 2014. Developer Riverside Estates has submitted plans "
                "for a 55-storey, 210-metre residential tower on the former gasworks "
                "site in Vellacourt. If approved, Calder Tower would be the tallest "
                "building in the region, overtaking the 176-metre Meridian House in "
                "Dunmarrow. The airport authority has said it will review the "
                "application.",
            ),
        },
        "mentions": [
            "The viewing deck proposal for Calder Tower has been withdrawn.",
            "Residents of Calder Tower have complained about lift outages.",
        ],
        "questions": [
            A(
                "How tall is Calder Tower?",
                "what",
                ["187 metres"],
                "it stands 187 metres tall",
                ["a"],
                ["n1"],
                False,
            ),
        ],
    },
    # ------------------------------------------------------------------ t44
    {
        "id": "ember_music_awards",
        "type": "award ceremony (no answer)",
        "passages": {
            "n1": P(
                "listing",
                "Ember Music Awards 2022: the winners",
                "Best New Artist: Sable Corrigan\n"
                "Album of the Year: Weathervane Hearts – Midnight Orchard\n"
                "Song of the Year: Lighthouse Keeper – Ottoline Grace\n"
                "Best Live Act: Kittiwake Lane\n"
                "Best Folk Act: Wren & Wick\n"
                "Outstanding Contribution: Tidewrack Records\n"
                "The ceremony was held at Dunmere Assembly Hall on 10 March 2022 and "
                "broadcast on Channel Ember.",
            ),
            "n2": P(
                "news",
                "Ember Music Awards 2023 nominations announced",
                "Nominees for Best New Artist at this year's Ember Music Awards are "
                "Ottoline Grace, Harbour Static, June Achterberg-Oyo and the Teasel "
                "Club. Midnight Orchard lead the field with four nominations. The "
                "ceremony takes place at Dunmere Assembly Hall on 9 March 2023 and will "
                "again be broadcast live on Channel Ember.",
            ),
        },
        "mentions": [
            "Tickets for the Ember Music Awards ceremony sold out within hours.",
            "The Ember Music Awards have introduced a category for folk acts.",
        ],
        "questions": [
            U(
                "Who won Best New Artist at the 2023 Ember Music Awards?",
                "who",
                ["n2", "n1"],
                [
                    "Ember Music Awards 2023: the winners",
                    "won Best New Artist in 2023",
                    "2023 Best New Artist winner",
                ],
                [],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t45
    {
        "id": "lowick_ferris_census",
        "type": "place statistics (no answer)",
        "passages": {
            "n1": P(
                "encyclopedia",
                "Lowick Ferris",
                "Lowick Ferris is a market town on the River Lisk, eleven kilometres "
                "upstream of Tarnbridge. At the 2011 census the parish had a population "
                "of 11,842, up from 10,905 in 2001. The town grew around a medieval "
                "ferry crossing, replaced by a stone bridge in 1786. It has a weekly "
                "market on Thursdays, a railway station on the Tarnbridge line and two "
                "secondary schools.",
            ),
            "n2": P(
                "notice",
                "Lowick Ferris neighbourhood plan – housing background paper",
                "Lowick Ferris Town Council, consultation draft, September 2019. The "
                "town's population is projected to reach about 14,000 by 2031, driven "
                "mainly by new housing north of the station. The plan allocates land "
                "for 620 homes, of which at least a quarter should be affordable, and "
                "protects the water meadows from development.",
            ),
        },
        "mentions": [
            "Lowick Ferris market moves to the station car park during resurfacing "
            "works.",
            "Lowick Ferris town council has approved new benches for the river walk.",
        ],
        "questions": [
            U(
                "What was the population of Lowick Ferris at the 2021 census?",
                "what",
                ["n1", "n2"],
                ["2021 census"],
                [["2021", "Lowick Ferris"]],
                True,
            ),
        ],
    },
    # ------------------------------------------------------------------ t46
    {
        "id": "brackwater_ferry_terminal",
        "type": "building project cost (no answer)",
        "passages": {
            "n1": P(
                "notice",
                "Brackwater ferry terminal refurbishment approved",
                "Council news, 22 March 2021. Councillors have approved a £9.8 million "
                "budget to refurbish the Brackwater ferry terminal, including a new "
                "waiting hall, covered walkways and electric charging points for "
                "vehicles queuing for the boat. Work is due to start in the autumn and "
                "last eighteen months. Ferry services will continue throughout.",
            ),
            "n2": P(
                "news",
                "Saltcombe Reach terminal revamp comes in under budget",
                "The refurbished Saltcombe Reach ferry terminal reopened on Friday. The "
                "final cost was £7.2 million, below the £7.9 million budget, the harbour "
                "authority said. The work added a glazed waiting room, a café and "
                "step-free access to the pontoon. Harbour master Ines Kowalczyk-Brae "
                "thanked passengers for their patience.",
            ),
        },
        "mentions": [
            "Passengers at the Brackwater ferry terminal should allow extra time "
            "during building work.",
            "An extra evening sailing will run from Brackwater on the bank holiday.",
        ],
        "questions": [
            U(
                "What was the final cost of the Brackwater ferry terminal "
                "refurbishment?",
                "how_much",
                ["n1", "n2"],
                ["final cost of the Brackwater", "Brackwater terminal reopened"],
                [["Brackwater ferry terminal", "final cost"]],
                False,
            ),
        ],
    },
]
