"""Hand-written topics for the probe15 evaluation set.

Every person, place, company, race, film, game, band and product below is invented.
Each topic lists its passages (docs) and its questions. A question whose "src" is None
is unanswerable by construction: only near-miss passages exist for it.
"""


def doc(key, genre, title, body):
    return {"key": key, "genre": genre, "title": title, "body": body}


def q(question, kind, answers=(), src=None, evidence="", absent=(), names_year=False):
    return {
        "question": question,
        "kind": kind,
        "answers": list(answers),
        "src": src,
        "evidence": evidence,
        "absent": list(absent),
        "names_year": names_year,
    }


TOPICS = [
    {
        "topic": "tour_of_velmora",
        "docs": [
            doc("y2021", "encyclopedia", "2021 Tour of Velmora",
                "The 2021 Tour of Velmora was the 34th edition of the Tour of Velmora, a five-day stage race held "
                "in the hill country around Velmora between 11 and 15 August 2021.\n\n"
                "The race was won by Ansel Drobny of Team Corvant, who took the leader's jersey on the queen stage "
                "to Mount Esker and defended it through the closing time trial. Teodor Lask finished second "
                "overall, 38 seconds behind, and Mikel Aranburu completed the podium. The points classification "
                "went to the sprinter Luuk Bervoets, who won two stages."),
            doc("y2019", "encyclopedia", "2019 Tour of Velmora",
                "The 2019 Tour of Velmora, the 32nd edition of the race, took place from 13 to 17 August 2019.\n\n"
                "Mikkel Farrow of Harlan-Sport won the general classification after a long breakaway on the third "
                "stage, finishing 1 minute 4 seconds ahead of Ansel Drobny. It was Farrow's first overall victory "
                "in a stage race. The edition was the last to finish in the old town square; the finish line was "
                "moved to the riverside for later editions, including the 2021 race."),
            doc("y2022", "news", "Castanheda takes Tour of Velmora on final day",
                "VELMORA, 14 August 2022 - Rui Castanheda won the Tour of Velmora on Sunday, overturning a "
                "nine-second deficit in the closing time trial to become the first Portuguese rider to win the "
                "race.\n\nThe 27-year-old, riding for Orla Cycling, said the result was \"the best day of my "
                "career\". Teodor Lask finished third overall. Organisers said crowds on the Mount Esker climb "
                "were the largest they had recorded and confirmed the race will keep its August date next year."),
        ],
        "questions": [
            q("Who won the 2021 Tour of Velmora?", "who", ["Ansel Drobny"], "y2021",
              "The race was won by Ansel Drobny of Team Corvant", names_year=True),
            q("Who came second overall in the 2021 Tour of Velmora?", "who", ["Teodor Lask"], "y2021",
              "Teodor Lask finished second overall, 38 seconds behind", names_year=True),
            q("Who won the Tour of Velmora in 2020?", "who",
              absent=["2020 Tour of Velmora", "33rd edition", "Tour of Velmora 2020"], names_year=True),
        ],
        "mentions": [
            "Organisers of the Tour of Velmora have published the route for the coming edition, which again "
            "includes the climb to Mount Esker.",
        ],
    },
    {
        "topic": "kessing_marathon",
        "docs": [
            doc("r2019", "results", "Kessing Marathon 2019 - official results",
                "Race date: 7 April 2019. Conditions: cool, light wind from the west.\n\n"
                "Men\n1. Joris Waldner (Kessing AC) 2:11:47\n2. Peter Kimaru (Rift Harriers) 2:12:05\n"
                "3. Anders Holt (Tollby RC) 2:13:30\n\n"
                "Women\n1. Leni Marchetti (Varro Athletica) 2:29:12\n2. Saba Tefera (Kessing AC) 2:30:48\n"
                "3. Ilse Dorn (unattached) 2:31:02\n\n"
                "Results are provisional until confirmed by the race referee. Finishers: 4,812. Chip times are "
                "available from the timing partner."),
            doc("n2022", "news", "Ndiku breaks course record as Kessing Marathon moves to autumn",
                "KESSING, 3 October 2022 - Joseph Ndiku won the Kessing Marathon on Sunday in 2:10:02, a course "
                "record, and Aster Wolde took the women's title in 2:27:55.\n\n"
                "The race was held in October for the first time, having moved from the April date it used in "
                "2021. Race director Hanna Lund said the cooler autumn weather had suited the runners and that "
                "the event would stay in October. About 5,300 runners finished, the most in the race's history."),
        ],
        "questions": [
            q("Who won the men's race at the 2021 Kessing Marathon?", "who",
              absent=["2021 Kessing Marathon", "Kessing Marathon 2021", "won in 2021"], names_year=True),
            q("Which woman won the Kessing Marathon in 2021?", "who",
              absent=["2021 Kessing Marathon", "Kessing Marathon 2021", "women's title in 2021"], names_year=True),
        ],
        "mentions": [
            "The Kessing Marathon has opened entries for its next race, with places capped at 6,000 runners.",
        ],
    },
    {
        "topic": "marrow_cup",
        "docs": [
            doc("f2023", "encyclopedia", "2023 Marrow Cup final",
                "The 2023 Marrow Cup final was the 61st final of the Marrow Cup, the national knockout "
                "competition for football clubs in Essland. It was played on 27 May 2023 at the Halcombe Stadium "
                "in front of 41,200 spectators.\n\n"
                "Oskerby Rovers beat Dunmere Athletic 2-1, with Yannick Obi scoring the winning goal in the 88th "
                "minute, to lift the trophy for the third time. Dunmere had been the holders."),
            doc("f2022", "news", "Dunmere Athletic win first Marrow Cup",
                "BRIGHTMOOR, 22 May 2022 - Dunmere Athletic won the Marrow Cup for the first time on Saturday, "
                "beating Fenwick Town 3-0 at Brightmoor Park.\n\n"
                "Two goals from Sami Kettunen in the first half settled the final before substitute Ove Lind "
                "added a third. Manager Clara Wyn said her players had \"earned every minute of this\". About "
                "30,000 supporters attended."),
            doc("s2023", "news", "Oskerby Rovers reach Marrow Cup final",
                "OSKERBY, 23 April 2023 - Oskerby Rovers reached the Marrow Cup final with a 1-0 semi-final "
                "win over Calder United on Sunday.\n\n"
                "Defender Mats Egede headed the only goal from a corner midway through the second half. Rovers "
                "will face the holders Dunmere Athletic next month. The club last reached the final nine years "
                "ago. Tickets for the final go on sale to members this week."),
        ],
        "questions": [
            q("Which club won the Marrow Cup final in 2023?", "which", ["Oskerby Rovers"], "f2023",
              "Oskerby Rovers beat Dunmere Athletic 2-1", names_year=True),
            q("Where was the 2023 Marrow Cup final played?", "where",
              ["Halcombe Stadium", "the Halcombe Stadium"], "f2023",
              "at the Halcombe Stadium in front of 41,200 spectators", names_year=True),
        ],
        "mentions": [
            "Oskerby Rovers announced a new shirt sponsor for next season.",
        ],
    },
    {
        "topic": "calloway_half",
        "docs": [
            doc("women", "news", "Ansell wins Calloway Half Marathon women's race",
                "CALLOWAY, 18 September 2022 - Priya Ansell won the women's race at the Calloway Half Marathon "
                "on Sunday, finishing in 1:09:40 to beat Dagny Ruud by 22 seconds. Celine Abara was third.\n\n"
                "Ansell, who only moved up to the half marathon distance this year, pulled away on the long "
                "riverside stretch after ten kilometres. \"I didn't expect to be alone so early,\" she said."),
            doc("men", "news", "Wiecek storms to Calloway Half Marathon win",
                "CALLOWAY, 18 September 2022 - Tomasz Wiecek won the men's race at the Calloway Half Marathon "
                "on Sunday in 1:01:15, the second-fastest time in the event's history.\n\n"
                "Wiecek broke away from a lead group of six with three kilometres remaining and crossed the line "
                "eleven seconds clear of Ibrahim Sesay. Around 9,000 runners took part in warm, humid "
                "conditions."),
        ],
        "questions": [
            q("Who won the women's half marathon in Calloway in 2022?", "who", ["Priya Ansell"], "women",
              "Priya Ansell won the women's race at the Calloway Half Marathon", names_year=True),
            q("Who won the wheelchair race at the 2022 Calloway Half Marathon?", "who",
              absent=["wheelchair"], names_year=True),
        ],
        "mentions": [
            "Road closures for the Calloway Half Marathon will be in place along the river from early morning.",
        ],
    },
    {
        "topic": "ronsdal_championships",
        "docs": [
            doc("u23", "results", "Ronsdal National Road Championships 2023 - under-23 men's road race",
                "Held on 24 June 2023 over 168 km on the Ronsdal circuit.\n\n"
                "1. Olek Brandt (Team Vessel) 4h 02' 11\"\n2. Finn Aasgard (Kjell Cycling) same time\n"
                "3. Jonas Eide (Ronsdal CK) +0' 14\"\n4. Pal Strand (Team Vessel) +0' 14\"\n"
                "5. Rune Hovde (Nordvind) +0' 31\"\n\n"
                "Starters: 88. Finishers: 61. The under-23 race was held on the morning of the same day as "
                "the elite races. Commissaires' decisions are final."),
            doc("women", "news", "Solheim retains national road title",
                "RONSDAL, 25 June 2023 - Marit Solheim won the elite women's road race at the national road "
                "championships on Saturday, retaining the title she won a year ago.\n\n"
                "Solheim attacked on the final lap of the Ronsdal circuit and held off a chasing group led by "
                "Kari Moen. \"The team rode perfectly,\" Solheim said. She will wear the national champion's "
                "jersey for another season."),
        ],
        "questions": [
            q("Who won the elite men's road race at the 2023 Ronsdal national championships?", "who",
              absent=["elite men"], names_year=True),
            q("Who won the under-23 women's road race at the 2023 Ronsdal championships?", "who",
              absent=["under-23 women"], names_year=True),
        ],
        "mentions": [
            "The Ronsdal circuit will host the national road championships again, the cycling federation said.",
        ],
    },
    {
        "topic": "glass_harbor",
        "docs": [
            doc("film", "encyclopedia", "Glass Harbor (film)",
                "Glass Harbor is a 2016 drama film directed by Hedda Varga and written by Simone Achterberg. "
                "It follows a ferry captain who must decide whether to report a smuggling ring run by her own "
                "brother.\n\n"
                "The film was produced by Lowland Pictures and premiered at the Brenner Film Festival, where it "
                "won the audience award. Critics praised the performance of Anja Lemaire in the lead role and "
                "the cinematography of the fog-bound port."),
            doc("game", "encyclopedia", "Glass Harbor (video game)",
                "Glass Harbor is a 2019 adventure video game developed by Pinecrest Interactive. The player "
                "explores a flooded coastal town and restores its lighthouse network to uncover what happened "
                "to the missing harbour master.\n\n"
                "The game was directed by Tomas Reyl, who had previously worked on several mobile puzzle games. "
                "It received generally positive reviews for its atmosphere. It is unrelated to the 2016 film "
                "of the same name."),
        ],
        "questions": [
            q("Who directed the film Glass Harbor?", "who", ["Hedda Varga"], "film",
              "directed by Hedda Varga and written by Simone Achterberg"),
            q("Which company produced the movie Glass Harbor?", "which", ["Lowland Pictures"], "film",
              "The film was produced by Lowland Pictures"),
        ],
        "mentions": [
            "A restored print of Glass Harbor will be shown in the Brenner Film Festival's retrospective strand.",
        ],
    },
    {
        "topic": "lantern_keeper",
        "docs": [
            doc("novel", "encyclopedia", "The Lantern Keeper (novel)",
                "The Lantern Keeper is a 2004 novel by the writer Ottilie Braun. Set on a remote island in the "
                "1890s, it tells the story of a widow who takes over her husband's post at the lighthouse and "
                "the rivalry that follows with the island's pilot.\n\n"
                "The novel won the Ferrand Prize for historical fiction and has been translated into eleven "
                "languages. Screen rights were sold in 2008. A sequel, The Pilot's Daughter, followed in 2010."),
            doc("game", "encyclopedia", "The Lantern Keeper (video game)",
                "The Lantern Keeper is a 2021 puzzle video game developed by Mossgate Studio and directed by "
                "Anouk Fell. Players guide a lamplighter through a city at night, relighting streets so that "
                "lost residents can find their way home.\n\n"
                "The game was released for personal computers and handheld consoles and was praised for its "
                "hand-drawn art. It shares only its title with Ottilie Braun's novel."),
        ],
        "questions": [
            q("Who directed the film The Lantern Keeper?", "who",
              absent=["Lantern Keeper (film)", "Lantern Keeper is a film", "film The Lantern Keeper"]),
        ],
        "mentions": [
            "Mossgate Studio is hiring artists after the success of The Lantern Keeper.",
        ],
    },
    {
        "topic": "northern_static",
        "docs": [
            doc("album", "encyclopedia", "Northern Static",
                "Northern Static is the second studio album by the Essland rock band Cold Meridian. It was "
                "released on 14 March 2018 through Halyard Records.\n\n"
                "The album was recorded at Fernhill Studios over six weeks and produced by Ivo Castellan. It "
                "contains eleven tracks, including the singles \"Wirework\" and \"Slow Lights\". Reviewers noted "
                "a move away from the band's earlier punk sound towards longer, layered songs."),
            doc("single", "news", "Cold Meridian share new single Wirework",
                "9 November 2017 - Cold Meridian have released \"Wirework\", the first single from their "
                "forthcoming second album Northern Static, which is due next spring.\n\n"
                "Singer Lise Oberg said the song was written in a single afternoon. The band will play a short "
                "run of club shows in December before a longer tour once the record is out. The single is "
                "available on streaming services from today."),
        ],
        "questions": [
            q("When did Cold Meridian release the album Northern Static?", "when", ["14 March 2018"], "album",
              "It was released on 14 March 2018 through Halyard Records"),
            q("How many tracks are on Northern Static by Cold Meridian?", "how_many", ["eleven"], "album",
              "contains eleven tracks"),
        ],
        "mentions": [
            "Cold Meridian have added a second night at the Harbour Ballroom to their tour.",
        ],
    },
    {
        "topic": "quillby",
        "docs": [
            doc("stable", "press_release", "Quillby 4.0 now available",
                "Press release - BERGHOLT, 22 June 2021\n\n"
                "Quillby Software announced that Quillby 4.0, the new stable version of its note-taking "
                "application, became generally available on 21 June for Windows, macOS and Linux.\n\n"
                "Version 4.0 adds offline sync, a redesigned editor and end-to-end encrypted notebooks. Existing "
                "users can upgrade from inside the application. \"This is the biggest release in our history,\" "
                "said chief executive Mona Skarr."),
            doc("beta", "news", "Quillby opens public beta of version 4.0",
                "BERGHOLT, 3 March 2021 - Quillby Software opened a public beta of Quillby 4.0 on Wednesday, "
                "inviting users to test offline sync and the new editor before the final release.\n\n"
                "The company warned that beta builds may lose data and asked testers to keep backups. It did "
                "not give a date for the stable version, saying only that it would follow \"when it is "
                "ready\"."),
            doc("v3", "listing", "Quillby 3.0 release notes",
                "Quillby 3.0 - released 10 September 2019\n\n"
                "New: tags and nested notebooks. New: dark theme. Improved: search is up to five times faster. "
                "Improved: import from plain text folders. Fixed: crash when pasting large images. Fixed: sync "
                "conflicts on shared notebooks. Known issue: printing from the mobile app is not yet supported. "
                "Upgrade notes: back up your library before installing."),
        ],
        "questions": [
            q("When was the stable version of Quillby 4.0 released?", "when", ["21 June"], "stable",
              "became generally available on 21 June"),
        ],
        "mentions": [
            "Quillby Software said it would keep supporting older versions of its note-taking app for a year.",
        ],
    },
    {
        "topic": "ferrowind",
        "docs": [
            doc("announce", "news", "Studio Halvard reveals sailing game Ferrowind",
                "PORT ELSING, 12 June 2022 - Studio Halvard announced Ferrowind, an open-world sailing game, at "
                "the Elsing Games Showcase on Sunday.\n\n"
                "The trailer showed players charting storm-bound islands and trading with floating markets. The "
                "studio said the game is planned for release next year on PC and consoles, and that a closed "
                "test would open to a small number of players in the autumn."),
            doc("preview", "review", "Hands-on: Ferrowind wants you to read the wind",
                "We played about forty minutes of a preview build of Ferrowind, and the thing that stays with "
                "you is the wind. Every sail has to be trimmed by hand, and a careless turn can leave your "
                "schooner drifting for minutes.\n\n"
                "The islands we visited were sparse but striking, and the trading screens still felt "
                "unfinished. Studio Halvard says the build is months old. There is promise here, but also a "
                "lot left to do."),
        ],
        "questions": [
            q("When did the game Ferrowind come out?", "when",
              absent=["Ferrowind was released", "Ferrowind is out", "released Ferrowind", "Ferrowind launched"]),
        ],
        "mentions": [
            "Studio Halvard opened a second office in Port Elsing as work on Ferrowind continues.",
        ],
    },
    {
        "topic": "tamsin_bridge",
        "docs": [
            doc("bridge", "encyclopedia", "Tamsin Bridge",
                "The Tamsin Bridge is a cable-stayed road bridge over the River Orl in Maddenport. Designed by "
                "the engineering firm Harwell & Crane, it carries four lanes of traffic and a shared path for "
                "walkers and cyclists.\n\n"
                "Work on the foundations started in 1983 and the bridge opened to traffic on 2 October 1987, "
                "replacing a ferry crossing. Its main span of 310 metres was the longest in the country until "
                "the early 2000s."),
            doc("works", "news", "Work starts on Orl river crossing",
                "MADDENPORT, 6 May 1983 - Construction of the Tamsin Bridge began this week, with piling rigs "
                "moving onto the north bank of the River Orl.\n\n"
                "The city council said the crossing would take about four years to build and would end the "
                "long queues for the ferry. Some residents of the old quay have objected to the approach road, "
                "which will require the demolition of a row of warehouses."),
            doc("foot", "encyclopedia", "Tamsin Footbridge",
                "The Tamsin Footbridge is a pedestrian bridge across the Tamsin Canal in the Old Docks district "
                "of Maddenport. It opened on 19 March 2004.\n\n"
                "The bridge has a single steel arch painted blue and was designed by the architect Eva Morland. "
                "It takes its name from the canal rather than from the road bridge over the River Orl, which "
                "lies about two kilometres away."),
        ],
        "questions": [
            q("When did the Tamsin Bridge over the Orl open to traffic?", "when", ["2 October 1987"], "bridge",
              "the bridge opened to traffic on 2 October 1987"),
            q("How many lanes of traffic does the Tamsin Bridge carry?", "how_many", ["four"], "bridge",
              "it carries four lanes of traffic"),
        ],
        "mentions": [
            "Overnight resurfacing will close one lane of the Tamsin Bridge for two weeks.",
        ],
    },
    {
        "topic": "brackwater",
        "docs": [
            doc("company", "encyclopedia", "Brackwater Instruments",
                "Brackwater Instruments is a manufacturer of marine depth sounders and sonar equipment based in "
                "Kellby. The company was founded in 1962 by the engineer Oswin Tarrant, who began building echo "
                "sounders for fishing boats in a former net loft.\n\n"
                "Brackwater now employs about 600 people and sells to commercial shipping, navies and research "
                "institutes. Its best-known product line, the Tarrant series, was introduced in 1979."),
            doc("audio", "encyclopedia", "Brackwater Audio",
                "Brackwater Audio is a loudspeaker maker based in Tollby. It was founded in 1978 by Hal "
                "Brackwater, a former studio engineer, and is known for its small bookshelf speakers.\n\n"
                "The company has no connection with the marine electronics firm of a similar name. In 2015 it "
                "was bought by a consumer electronics group but continues to design its products in Tollby."),
        ],
        "questions": [
            q("In what year was Brackwater Instruments founded?", "when", ["1962"], "company",
              "founded in 1962 by the engineer Oswin Tarrant"),
            q("Who founded Brackwater Instruments?", "who", ["Oswin Tarrant"], "company",
              "founded in 1962 by the engineer Oswin Tarrant"),
            q("When did Brackwater Instruments go public on the stock market?", "when",
              absent=["stock exchange", "initial public offering", "went public", "flotation", "stock market"]),
        ],
        "mentions": [
            "Brackwater Instruments is to supply sonar equipment for two new research vessels.",
        ],
    },
    {
        "topic": "halden_cross",
        "docs": [
            doc("sallow", "encyclopedia", "Imogen Sallow",
                "Imogen Sallow (born 1968) is an Essland politician who served as Mayor of Halden Cross from 2017 "
                "to 2021. A member of the Civic Reform party, she previously sat on the town council for ten "
                "years.\n\n"
                "As mayor she oversaw the reopening of the town's tram line and a programme of flood defences. "
                "She did not stand for re-election and returned to teaching."),
            doc("deputy", "news", "Quanse named deputy mayor of Halden Cross",
                "HALDEN CROSS, 9 January 2018 - Councillor Pieter Quanse was named deputy mayor of Halden Cross "
                "on Tuesday, taking responsibility for transport and housing.\n\n"
                "Quanse, a former bus driver, has represented the Eastfield ward since 2012. He said his first "
                "priority would be the long-delayed tram line. The appointment runs until the next municipal "
                "election."),
            doc("roland", "encyclopedia", "Roland Sallow",
                "Roland Sallow (born 1990) is an Essland footballer who plays as a goalkeeper. Born in Halden "
                "Cross, he came through the youth system at Ashcombe Vale before moving to Calder United in "
                "2014.\n\nSallow has made more than 200 league appearances and won one cap for the national team. "
                "He is not related to the politician of the same surname."),
        ],
        "questions": [
            q("Who was mayor of Halden Cross in 2019?", "who", ["Imogen Sallow"], "sallow",
              "Imogen Sallow (born 1968) is an Essland politician who served as Mayor of Halden Cross",
              names_year=True),
            q("Who was the mayor of Halden Cross in 2023?", "who",
              absent=["mayor since 2021", "succeeded Sallow", "succeeded Imogen Sallow", "elected mayor in 2021",
                      "Mayor of Halden Cross since"], names_year=True),
        ],
        "mentions": [
            "The tram line in Halden Cross will run a reduced timetable during track repairs.",
        ],
    },
    {
        "topic": "kelso_freight",
        "docs": [
            doc("interim", "news", "Kelso Freight names interim chief after Ostrow exit",
                "KELSO, 2 March 2020 - Kelso Freight named its finance director, Dara Fenn, as interim chief "
                "executive on Monday after Graham Ostrow stepped down with immediate effect.\n\n"
                "The board said a search for a permanent successor would begin at once and that Fenn would be "
                "considered. Shares in the logistics group fell four per cent. Ostrow had led the company for "
                "six years."),
            doc("ostrow", "news", "Ostrow appointed to lead Kelso Freight",
                "KELSO, 11 February 2014 - Kelso Freight has appointed Graham Ostrow, formerly operations chief "
                "at a rival haulier, as its chief executive from April.\n\n"
                "He replaces Nils Harju, who is retiring after 22 years with the company. Ostrow said he would "
                "focus on rail freight and warehousing. The company runs about 1,400 lorries."),
        ],
        "questions": [
            q("Who became Kelso Freight's permanent CEO in 2020?", "who",
              absent=["permanent chief executive", "permanent CEO", "named permanent", "as permanent"],
              names_year=True),
        ],
        "mentions": [
            "Kelso Freight said it would add forty electric lorries to its fleet.",
        ],
    },
    {
        "topic": "orrin_labs",
        "docs": [
            doc("fy2023", "press_release", "Orrin Labs reports full-year 2023 results",
                "HELMSBURG, 14 February 2024 - Orrin Labs, the diagnostics company, today reported revenue of "
                "EUR 412 million for the 2023 financial year and an operating profit of EUR 58 million.\n\n"
                "Growth was led by the company's rapid blood-testing kits, which now account for more than half "
                "of sales. Chief executive Lena Voss said the company would open a second factory in the coming "
                "year. The board proposed a dividend of EUR 0.40 per share."),
            doc("fy2022", "press_release", "Orrin Labs publishes 2022 annual results",
                "HELMSBURG, 16 February 2023 - Orrin Labs today reported revenue of EUR 371 million for the 2022 "
                "financial year. Operating profit was EUR 49 million.\n\n"
                "The company said demand from hospital laboratories remained strong and that it had hired 300 "
                "staff during the year. Chief executive Lena Voss described the results as \"a solid base for "
                "further investment\"."),
        ],
        "questions": [
            q("What was Orrin Labs' revenue for 2023?", "how_much", ["EUR 412 million"], "fy2023",
              "reported revenue of EUR 412 million for the 2023 financial year", names_year=True),
            q("How much revenue did Orrin Labs make in 2021?", "how_much",
              absent=["2021 financial year", "revenue for 2021", "financial year 2021", "full-year 2021"],
              names_year=True),
        ],
        "mentions": [
            "Orrin Labs shares rose after the diagnostics company won a hospital supply contract.",
        ],
    },
    {
        "topic": "ashcombe_vale",
        "docs": [
            doc("s1819", "encyclopedia", "2018-19 Ashcombe Vale F.C. season",
                "The 2018-19 season was Ashcombe Vale F.C.'s 97th season in existence and their third "
                "consecutive season in the First Division.\n\n"
                "Under manager Tobias Renn the club finished fourth in the First Division, their best league "
                "position for two decades, and reached the quarter-finals of the Marrow Cup. Kasper Linde was the "
                "club's top scorer with 17 league goals, and goalkeeper Emil Sand was voted player of the "
                "season."),
            doc("s1718", "encyclopedia", "2017-18 Ashcombe Vale F.C. season",
                "The 2017-18 season was Ashcombe Vale F.C.'s 96th season in existence. The club finished seventh "
                "in the First Division and went out of the Marrow Cup in the third round.\n\n"
                "Ruben Marr was the leading scorer with 14 league goals before leaving for a club abroad in the "
                "summer. Tobias Renn was appointed manager in October after the departure of Jon Aske."),
        ],
        "questions": [
            q("Who was Ashcombe Vale's leading goalscorer in the 2018-19 season?", "who", ["Kasper Linde"],
              "s1819", "Kasper Linde was the club's top scorer with 17 league goals", names_year=True),
            q("In which position did Ashcombe Vale finish in the First Division in 2018-19?", "which", ["fourth"],
              "s1819", "the club finished fourth in the First Division", names_year=True),
        ],
        "mentions": [
            "Ashcombe Vale confirmed pre-season friendlies against two lower-league sides.",
        ],
    },
    {
        "topic": "salt_orchard",
        "docs": [
            doc("novel", "encyclopedia", "The Salt Orchard",
                "The Salt Orchard is a 2009 novel by Wen Halloway, published by Larkspur Press. Set in a coastal "
                "village during a long drought, it follows three generations of a family of apple growers as the "
                "sea slowly poisons their land.\n\n"
                "The book was a surprise bestseller and was shortlisted for several prizes. It was later adapted "
                "as a feature film."),
            doc("film", "review", "Review: The Salt Orchard",
                "Beno Kastl's adaptation of the 2009 novel is handsome, patient and a little too polite. The "
                "drought-stricken village looks wonderful, and Ruth Caddick is superb as the grandmother who "
                "refuses to sell.\n\n"
                "But the film trims the book's sprawling middle so hard that the younger characters barely "
                "register, and the ending arrives without weight. Worth seeing for the performances; the book "
                "remains the richer experience. Three stars."),
        ],
        "questions": [
            q("Who is the author of the novel The Salt Orchard?", "who", ["Wen Halloway"], "novel",
              "The Salt Orchard is a 2009 novel by Wen Halloway"),
            q("Which publisher brought out The Salt Orchard?", "which", ["Larkspur Press"], "novel",
              "published by Larkspur Press"),
        ],
        "mentions": [
            "A stage version of The Salt Orchard is being developed for a regional theatre.",
        ],
    },
    {
        "topic": "velvet_orrery",
        "docs": [
            doc("band", "encyclopedia", "Velvet Orrery",
                "Velvet Orrery are an indie pop band formed in Caddon Wells in 2011 by singer Noor Haddad and "
                "guitarist Felix Arne. The group is known for its use of vintage organs and close vocal "
                "harmonies.\n\n"
                "Their debut album, Clockwork Garden, appeared in 2013. The band's line-up has changed several "
                "times; Haddad and Arne are the only remaining founders. They have toured widely in Essland and "
                "abroad."),
            doc("solo", "news", "Noor Haddad launches solo project Paper Moth",
                "17 May 2022 - Velvet Orrery singer Noor Haddad has launched a solo project, Paper Moth, with an "
                "EP recorded in the coastal town of Lisbury.\n\n"
                "Haddad said the songs were \"too quiet\" for the band and that Velvet Orrery were not splitting "
                "up. The EP was made in a converted chapel with producer Jo Wendt and will be released on "
                "vinyl next month."),
        ],
        "questions": [
            q("Where were the band Velvet Orrery formed?", "where", ["Caddon Wells"], "band",
              "formed in Caddon Wells in 2011"),
            q("Who was the original drummer of Velvet Orrery?", "who", absent=["drummer"]),
        ],
        "mentions": [
            "Velvet Orrery will headline the small stage at a harbour festival this summer.",
        ],
    },
    {
        "topic": "saltmarsh_ultra",
        "docs": [
            doc("e12", "results", "Saltmarsh Ultra 2020 - 12th edition - official results",
                "Distance: 82 km. Date: 19 September 2020. Weather: dry, strong onshore wind.\n\n"
                "Overall\n1. Hanne Vik (Tarn Harriers) 7:42:10\n2. Bo Lindgren (Saltmarsh RC) 7:49:55\n"
                "3. Cato Berg (unattached) 7:58:02\n4. Sunniva Holm (Tarn Harriers) 8:03:40\n\n"
                "Starters: 214. Finishers: 176. Cut-off at the 60 km checkpoint was 6 hours. Thanks to all "
                "marshals and the lifeboat crew."),
            doc("e11", "results", "Saltmarsh Ultra 2019 - 11th edition - results",
                "Distance: 82 km. Date: 21 September 2019. Weather: overcast, light rain after midday.\n\n"
                "Overall\n1. Oscar Lund (Kellby Trail) 7:51:33\n2. Hanne Vik (Tarn Harriers) 7:55:01\n"
                "3. Ida Naess (Saltmarsh RC) 8:10:27\n\n"
                "Starters: 198. Finishers: 160. Course records: unchanged. Full split times are posted on the "
                "notice board at the finish."),
        ],
        "questions": [
            q("Who won the 12th Saltmarsh Ultra?", "who", ["Hanne Vik"], "e12",
              "1. Hanne Vik (Tarn Harriers) 7:42:10", names_year=True),
            q("Who won the 13th edition of the Saltmarsh Ultra?", "who",
              absent=["13th edition", "Saltmarsh Ultra 2021", "13th Saltmarsh"], names_year=True),
        ],
        "mentions": [
            "Entries for the Saltmarsh Ultra fill quickly, organisers warned, with a waiting list likely.",
        ],
    },
    {
        "topic": "ravensholm_regatta",
        "docs": [
            doc("r2016", "encyclopedia", "2016 Ravensholm Regatta",
                "The 2016 Ravensholm Regatta was held on the River Ravel from 1 to 3 July 2016. More than 400 "
                "crews entered across 19 events.\n\n"
                "The Grand Challenge Cup for men's eights was won by the crew of Orlen Rowing Club, who beat "
                "Tollby University in the final by three-quarters of a length. The Ladies' Plate went to "
                "Kellby Boat Club."),
            doc("r2018", "news", "Kellby crew take Grand Challenge Cup",
                "RAVENSHOLM, 8 July 2018 - Kellby Boat Club won the Grand Challenge Cup at the Ravensholm "
                "Regatta on Sunday, beating Orlen Rowing Club by a length and a half.\n\n"
                "Racing took place on a shorter course introduced after the 2017 event, when organisers decided "
                "the old start was too exposed to the wind. Attendance over the three days was estimated at "
                "25,000."),
        ],
        "questions": [
            q("Which crew won the Grand Challenge Cup at the 2017 Ravensholm Regatta?", "which",
              absent=["2017 Ravensholm Regatta", "Ravensholm Regatta 2017", "2017 Grand Challenge",
                      "won in 2017"], names_year=True),
        ],
        "mentions": [
            "Volunteers are needed to help run the Ravensholm Regatta enclosures.",
        ],
    },
    {
        "topic": "harrow_point",
        "docs": [
            doc("reopen", "news", "Harrow Point Lighthouse welcomes visitors again",
                "HARROW POINT, 10 May 2021 - Harrow Point Lighthouse reopened to visitors on 8 May after a "
                "two-year restoration that replaced the lantern glass and repaired the cast-iron gallery.\n\n"
                "More than 700 people climbed the 112 steps over the weekend. The trust that runs the tower "
                "said tickets must now be booked in advance and that the small museum in the keeper's cottage "
                "would follow later in the summer."),
            doc("history", "encyclopedia", "Harrow Point Lighthouse",
                "Harrow Point Lighthouse is a 31-metre stone lighthouse on the headland of Harrow Point. It was "
                "first lit on 1 November 1874 and was automated in 1982, when the last keepers left.\n\n"
                "The tower is owned by a local trust. A restoration programme began in 2019, funded partly by a "
                "public appeal. The light remains an active aid to navigation."),
        ],
        "questions": [
            q("On what date in 2021 did Harrow Point Lighthouse reopen to visitors?", "when", ["8 May"], "reopen",
              "Harrow Point Lighthouse reopened to visitors on 8 May", names_year=True),
            q("When was Harrow Point Lighthouse first lit?", "when", ["1 November 1874"], "history",
              "first lit on 1 November 1874"),
        ],
        "mentions": [
            "The trust behind Harrow Point Lighthouse is looking for volunteer guides.",
        ],
    },
    {
        "topic": "tidecaller",
        "docs": [
            doc("game", "encyclopedia", "Tidecaller (video game)",
                "Tidecaller is a 2017 action-adventure video game developed by Grey Finch Games and published by "
                "Oakline. It was released for Windows and home consoles on 21 September 2017.\n\n"
                "The player controls a young diver who can command the tides to reach sunken ruins. The game "
                "sold well and a sequel was announced in 2020."),
            doc("album", "encyclopedia", "Tidecaller (album)",
                "Tidecaller is the debut album by the singer Maren Hollis, released on 4 April 2015 by Pale "
                "Records. It was recorded in a boathouse on the coast over a single winter.\n\n"
                "The title track became a minor radio hit, and the album was nominated for a national music "
                "prize for best debut. Hollis toured with a string quartet to support it."),
        ],
        "questions": [
            q("When was the video game Tidecaller released?", "when", ["21 September 2017"], "game",
              "It was released for Windows and home consoles on 21 September 2017"),
            q("Which studio developed the game Tidecaller?", "which", ["Grey Finch Games"], "game",
              "developed by Grey Finch Games and published by Oakline"),
            q("When was the film Tidecaller released?", "when",
              absent=["Tidecaller (film)", "film Tidecaller", "Tidecaller is a film", "Tidecaller film"]),
        ],
        "mentions": [
            "Grey Finch Games has shown first footage of its next project.",
        ],
    },
    {
        "topic": "marsk",
        "docs": [
            doc("elin", "encyclopedia", "Elin Marsk",
                "Elin Marsk (born 1975) is an Essland architect known for public buildings in timber. Her "
                "practice, founded in 2003, designed the Kellby public library and the ferry terminal at "
                "Skarvik.\n\n"
                "Marsk teaches at the school of architecture in Tollby and has written two books on building "
                "with wood. She won the national architecture medal in 2016."),
            doc("tove", "news", "Striker Tove Marsk joins Hallby IF",
                "HALLBY, 7 January 2022 - Striker Tove Marsk has joined Hallby IF on a two-year contract, the "
                "club announced on Friday.\n\n"
                "Marsk, 24, scored 15 goals last season and now plays for Hallby after three years at a "
                "second-tier club. \"She gives us pace and a real threat in the air,\" coach Anna Lie said."),
        ],
        "questions": [
            q("Which club does the footballer Elin Marsk play for?", "which",
              absent=["Elin Marsk plays", "footballer Elin Marsk", "Elin Marsk signed", "Elin Marsk joined",
                      "Elin Marsk has joined"]),
        ],
        "mentions": [
            "Hallby IF open their season at home on Saturday.",
        ],
    },
    {
        "topic": "wester_lowe",
        "docs": [
            doc("b2019", "encyclopedia", "2019 Wester Lowe by-election",
                "The 2019 Wester Lowe by-election was held on 7 November 2019 after the death of the sitting "
                "member, Arthur Pell.\n\n"
                "It was won by Gideon Pryce of the Civic Reform party with a majority of 2,314. Lydia Oyelaran "
                "of the Workers' Alliance came second and the Coastal Alliance candidate was third. Turnout was "
                "38.2 per cent, the lowest in the constituency's history."),
            doc("g2015", "encyclopedia", "Wester Lowe (constituency)",
                "Wester Lowe is a constituency in the north of Essland, created in 1974.\n\n"
                "At the 2015 general election Arthur Pell of the Workers' Alliance held the seat with a majority "
                "of 6,102, his fourth consecutive victory. Pell, a former dock worker, represented the seat until "
                "his death. The constituency covers the town of Lowe and surrounding farmland."),
        ],
        "questions": [
            q("Who won the Wester Lowe by-election in 2019?", "who", ["Gideon Pryce"], "b2019",
              "It was won by Gideon Pryce of the Civic Reform party", names_year=True),
            q("What was the turnout at the 2019 Wester Lowe by-election?", "what", ["38.2 per cent"], "b2019",
              "Turnout was 38.2 per cent", names_year=True),
            q("How many votes did Gideon Pryce get in the 2019 Wester Lowe by-election?", "how_many",
              absent=["votes for Pryce", "Pryce received", "Pryce polled", "Pryce won with"], names_year=True),
        ],
        "mentions": [
            "Gideon Pryce will chair a new committee on rural bus services.",
        ],
    },
    {
        "topic": "corvan_tower",
        "docs": [
            doc("tower", "encyclopedia", "Corvan Tower",
                "Corvan Tower is a 48-storey office skyscraper in central Maddenport. Designed by the studio "
                "Lind Okafor, it was built for the insurer Corvan Mutual.\n\n"
                "Construction began in 2007 and was slowed by the financial crisis; the tower was completed in "
                "2011. At 201 metres it was briefly the tallest building in the city. Its crown is lit in "
                "different colours on public holidays."),
            doc("start", "news", "Work begins on Corvan Mutual skyscraper",
                "MADDENPORT, 2 April 2007 - Cranes arrived on Tuesday at the site of Corvan Tower, the insurer "
                "Corvan Mutual's planned headquarters.\n\n"
                "The company said the building should be ready within three years and would bring 2,500 staff "
                "together under one roof. Local businesses have complained about lorry traffic during the "
                "demolition of the old bus depot."),
            doc("house", "listing", "Corvan House - listed building record",
                "Name: Corvan House. Type: former merchant's house, now offices. Built: 1890. Architect: "
                "unknown. Grade: II.\n\n"
                "Description: three-storey brick house with stone dressings and a central doorway with fanlight. "
                "Interior retains original staircase. Notes: named after the Corvan family of ship owners; no "
                "connection to the modern office tower. Access: exterior only."),
        ],
        "questions": [
            q("When was Corvan Tower completed?", "when", ["2011"], "tower",
              "the tower was completed in 2011"),
            q("How many storeys does Corvan Tower have?", "how_many", ["48"], "tower",
              "Corvan Tower is a 48-storey office skyscraper"),
        ],
        "mentions": [
            "The crown of Corvan Tower will be lit green for the city's environment week.",
        ],
    },
    {
        "topic": "meridale_hall",
        "docs": [
            doc("design", "news", "Winning design chosen for Meridale Concert Hall",
                "MERIDALE, 21 November 2018 - A glass-and-timber design by the practice Aulin Marr has won the "
                "competition for the new Meridale Concert Hall.\n\n"
                "The 1,800-seat hall will stand on the old railway yards. The city said the hall is expected to "
                "open in 2023 and will be home to the Meridale Philharmonic. The cost is estimated at 140 "
                "million crowns."),
            doc("ground", "news", "Ground broken on Meridale concert hall",
                "MERIDALE, 15 September 2020 - The mayor of Meridale dug the first spade of earth on Tuesday at "
                "the site of the city's new concert hall.\n\n"
                "Contractors said the foundations would take about a year. Musicians from the Meridale "
                "Philharmonic played a short fanfare. The project has faced criticism over its rising budget."),
        ],
        "questions": [
            q("When did the Meridale Concert Hall open?", "when",
              absent=["Meridale Concert Hall opened", "opening concert", "officially opened", "hall opened",
                      "opened its doors"]),
        ],
        "mentions": [
            "The Meridale Philharmonic has announced its next season of concerts.",
        ],
    },
    {
        "topic": "lindqvist_awards",
        "docs": [
            doc("w14", "listing", "14th Lindqvist Film Awards: full list of winners",
                "The 14th Lindqvist Film Awards were presented in Tollby on 4 March 2022.\n\n"
                "Best Film: The Winter Ledger\nBest Director: Amara Quist (The Winter Ledger)\n"
                "Best Actress: Signe Holt (Lowtide)\nBest Screenplay: Jonah Reyes (Paper Crowns)\n"
                "Best Documentary: Salt and Iron\nBest Cinematography: Pavel Dusek (Lowtide)\n"
                "Best Short Film: Night Ferry\n\n"
                "The ceremony was hosted by comedian Maja Grell."),
            doc("n14", "listing", "14th Lindqvist Film Awards: the nominations",
                "Nominations for the 14th Lindqvist Film Awards were announced on 1 February 2022.\n\n"
                "Best Film: Lowtide; Paper Crowns; The Winter Ledger; Quiet Rooms.\n"
                "Best Director: Amara Quist; Jonah Reyes; Lotte Brem; Ilias Fong.\n"
                "Best Actress: Signe Holt; Ana Ruiz Vidal; Hedvig Aas.\n\n"
                "The Winter Ledger leads with nine nominations. Winners will be announced at a ceremony in "
                "March."),
            doc("w13", "news", "Brem wins best director at Lindqvist Awards",
                "TOLLBY, 6 March 2021 - Lotte Brem was named best director at the 13th Lindqvist Film Awards on "
                "Saturday for her drama Quiet Harbour Lights, which also took the best film prize.\n\n"
                "The ceremony was held without an audience. Brem thanked her crew, saying the film had been "
                "shot in only 24 days."),
        ],
        "questions": [
            q("Who won Best Director at the 14th Lindqvist Film Awards?", "who", ["Amara Quist"], "w14",
              "Best Director: Amara Quist (The Winter Ledger)", names_year=True),
            q("Which film won Best Film at the 14th Lindqvist awards?", "which", ["The Winter Ledger"], "w14",
              "Best Film: The Winter Ledger", names_year=True),
            q("Who was named Best Actor at the 14th Lindqvist Film Awards?", "who",
              absent=["Best Actor"], names_year=True),
        ],
        "mentions": [
            "Tickets for the Lindqvist Film Awards ceremony go on public sale next week.",
        ],
    },
    {
        "topic": "pallet_os",
        "docs": [
            doc("v7", "encyclopedia", "Pallet OS 7",
                "Pallet OS 7 is the seventh major release of Pallet OS, a Linux-based operating system for "
                "point-of-sale terminals maintained by Crate Systems. It was released on 5 October 2020.\n\n"
                "The release introduced contactless payment support in the base system, a new kiosk mode and "
                "faster boot times. It was supported with security updates until the end of 2023."),
            doc("v6", "encyclopedia", "Pallet OS 6",
                "Pallet OS 6 is a release of the Pallet OS operating system, made available by Crate Systems on "
                "12 September 2018.\n\n"
                "It moved the system to a 64-bit base, dropped support for several older card readers and "
                "added remote management tools for shop chains. Pallet OS 6 was succeeded by the next major "
                "version two years later."),
            doc("v8", "news", "Crate Systems announces Pallet OS 8",
                "14 June 2022 - Crate Systems has announced Pallet OS 8, the next major version of its "
                "operating system for shop tills and kiosks.\n\n"
                "The company showed a redesigned setup screen and support for new receipt printers. It expects "
                "to ship the release in the first half of next year, with test builds for partners from the "
                "autumn."),
        ],
        "questions": [
            q("When did Pallet OS 7 come out?", "when", ["5 October 2020"], "v7",
              "It was released on 5 October 2020"),
            q("When was Pallet OS 8 released?", "when",
              absent=["Pallet OS 8 was released", "Pallet OS 8 is now available", "released Pallet OS 8",
                      "Pallet OS 8 shipped"]),
        ],
        "mentions": [
            "Crate Systems reminded shop owners to install the latest security updates for their tills.",
        ],
    },
    {
        "topic": "tessellate",
        "docs": [
            doc("rc", "news", "Tessellate 3.0 release candidate available for testing",
                "2 August 2023 - The maintainers of Tessellate, the open-source geometry library, have published "
                "the first release candidate for version 3.0.\n\n"
                "The candidate removes long-deprecated functions and adds faster polygon clipping. Users are "
                "asked to report regressions on the project tracker. The maintainers said the final version "
                "would follow once no blocking bugs remain."),
            doc("v25", "listing", "Tessellate 2.5 changelog",
                "Tessellate 2.5.0 (released 30 January 2023)\n\n"
                "Added: support for curved segments in boolean operations. Added: new triangulation mode. "
                "Changed: minimum supported compiler version raised. Deprecated: legacy clipping functions, to "
                "be removed in the next major version. Fixed: precision loss when merging nearly parallel "
                "edges. Fixed: memory leak in the mesh builder."),
        ],
        "questions": [
            q("When was Tessellate 3.0 released?", "when",
              absent=["Tessellate 3.0 is now available", "Tessellate 3.0 was released", "3.0.0 (released",
                      "final release of Tessellate 3.0"]),
        ],
        "mentions": [
            "The Tessellate geometry library gained two new maintainers this month.",
        ],
    },
    {
        "topic": "coastal_alliance",
        "docs": [
            doc("l2018", "news", "Adeyemi elected Coastal Alliance leader",
                "PORTHAVEN, 16 September 2018 - Selma Adeyemi was elected leader of the Coastal Alliance on "
                "Saturday, winning 58 per cent of members' votes in a three-way contest.\n\n"
                "In a separate ballot, Kit Brannagh was chosen as deputy leader. Adeyemi, a former fisheries "
                "inspector, promised to make the party \"the voice of every harbour town\"."),
            doc("l2014", "news", "Tamm wins Coastal Alliance leadership",
                "PORTHAVEN, 20 September 2014 - Hugo Tamm has been elected leader of the Coastal Alliance, "
                "defeating two rivals on the second round of counting.\n\n"
                "Tamm, a ferry company manager, takes over a party with two seats in parliament. He said he "
                "would serve for one term only."),
        ],
        "questions": [
            q("Who was elected leader of the Coastal Alliance in 2018?", "who", ["Selma Adeyemi"], "l2018",
              "Selma Adeyemi was elected leader of the Coastal Alliance", names_year=True),
            q("Who became deputy leader of the Coastal Alliance in 2018?", "who", ["Kit Brannagh"], "l2018",
              "Kit Brannagh was chosen as deputy leader", names_year=True),
        ],
        "mentions": [
            "The Coastal Alliance holds its annual conference in Porthaven this weekend.",
        ],
    },
    {
        "topic": "paper_satellites",
        "docs": [
            doc("album", "encyclopedia", "Paper Satellites",
                "Paper Satellites is the third studio album by the singer-songwriter Ines Marrot, released in "
                "2020. It was written during a year spent living on a houseboat.\n\n"
                "The album peaked at number three on the Essland Albums Chart, her highest position to date, "
                "and was praised for its sparse piano arrangements. It was nominated for album of the year at "
                "the national music awards."),
            doc("single", "news", "Marrot's Low Orbit climbs the chart",
                "Ines Marrot's \"Low Orbit\", the lead single from her upcoming album Paper Satellites, has "
                "peaked at number 11 on the singles chart, her first top-20 hit.\n\n"
                "The song was recorded live in one take, Marrot said in an interview this week. She will "
                "perform it on a late-night music programme on Friday."),
        ],
        "questions": [
            q("What was the highest chart position reached by the album Paper Satellites?", "what",
              ["number three"], "album", "peaked at number three on the Essland Albums Chart"),
            q("How many copies has Ines Marrot's album Paper Satellites sold?", "how_many", absent=["copies"]),
        ],
        "mentions": [
            "Ines Marrot has announced a run of intimate piano shows.",
        ],
    },
    {
        "topic": "greyfield_chess",
        "docs": [
            doc("c2020", "news", "Kowal wins Greyfield Chess Open on tiebreak",
                "GREYFIELD, 16 February 2020 - Ada Kowal won the Greyfield Chess Open on Sunday, finishing on 7.5 "
                "points from nine rounds and taking the title on tiebreak after three other players ended on the "
                "same score.\n\n"
                "The tournament, played at the Greyfield Corn Exchange, drew 160 players from eleven countries. "
                "Kowal, 19, said she had been \"lucky in the last round\"."),
            doc("c2019", "results", "Greyfield Chess Open 2019 - final standings",
                "Nine rounds, Swiss system. Venue: Greyfield Town Hall. Dates: 15-17 February 2019.\n\n"
                "1. Stefan Oduya 8 points\n2. Lina Petrov 7.5\n3. Mark Ellery 7.5\n4. Ada Kowal 7\n"
                "5. Yusuf Demir 7\n\n"
                "Ties broken by Buchholz score. Prize money is paid by bank transfer within 30 days. The "
                "organisers thank the volunteer arbiters."),
        ],
        "questions": [
            q("Who won the 2020 Greyfield Chess Open?", "who", ["Ada Kowal"], "c2020",
              "Ada Kowal won the Greyfield Chess Open on Sunday", names_year=True),
            q("Where was the 2020 Greyfield Chess Open played?", "where",
              ["Greyfield Corn Exchange", "the Greyfield Corn Exchange"], "c2020",
              "played at the Greyfield Corn Exchange", names_year=True),
            q("Who was runner-up at the 2020 Greyfield Chess Open?", "who",
              absent=["2020 runner-up", "second in 2020", "runner-up in 2020", "finished second behind Kowal"],
              names_year=True),
        ],
        "mentions": [
            "Junior sections have been added to the Greyfield Chess Open.",
        ],
    },
    {
        "topic": "fennick_rowe",
        "docs": [
            doc("firm", "encyclopedia", "Fennick & Rowe",
                "Fennick & Rowe is a firm of chartered surveyors with offices in Tollby and Maddenport. It was "
                "founded as a partnership in 1921 by Edgar Fennick and Walter Rowe, who had served together as "
                "military engineers.\n\n"
                "The firm is known for valuation work on historic buildings and ports. It employs about 350 "
                "people and is led by a board of partners."),
            doc("merger", "news", "Surveyors Fennick & Rowe agree merger",
                "TOLLBY, 4 March 1998 - The surveying firms Fennick & Rowe and Castell Partners have agreed to "
                "merge, creating one of the largest practices in the north of Essland.\n\n"
                "The combined business will keep the Fennick & Rowe name. About 40 jobs are expected to go in "
                "back-office roles. The deal is expected to complete in the summer."),
        ],
        "questions": [
            q("In what year was Fennick & Rowe incorporated as a company?", "when",
              absent=["incorporated", "limited company"]),
        ],
        "mentions": [
            "Fennick & Rowe published its annual survey of port property values.",
        ],
    },
    {
        "topic": "ember_line",
        "docs": [
            doc("film", "encyclopedia", "Ember Line (film)",
                "Ember Line is a 2018 thriller film directed by Paulo Serrat, with music composed by Sigrun Dahl. "
                "It stars Oren Blake as a signal engineer who discovers that a night train is carrying "
                "something it should not.\n\n"
                "The film was shot almost entirely on a working railway line in winter. Its score, built from "
                "recorded train noises, was widely praised."),
            doc("series", "encyclopedia", "Ember Line (TV series)",
                "Ember Line is a 2022 crime drama television series set in a mining town. It was created by "
                "Rosa Almqvist and ran for eight episodes.\n\n"
                "The theme music and score were written by Jakob Lindahl. The series has no connection with "
                "the 2018 film of the same title. A second season was commissioned after strong viewing "
                "figures."),
        ],
        "questions": [
            q("Who composed the music for the 2018 film Ember Line?", "who", ["Sigrun Dahl"], "film",
              "with music composed by Sigrun Dahl", names_year=True),
            q("Who directed the movie Ember Line?", "who", ["Paulo Serrat"], "film",
              "thriller film directed by Paulo Serrat"),
        ],
        "mentions": [
            "The soundtrack of Ember Line has been reissued on vinyl.",
        ],
    },
    {
        "topic": "kellby_airport",
        "docs": [
            doc("p2022", "press_release", "Kellby Airport passenger numbers for 2022",
                "KELLBY, 19 January 2023 - Kellby Airport handled 6.4 million passengers in 2022, the airport "
                "operator said today.\n\n"
                "Summer routes to the south were the busiest, and two new airlines began flying from the "
                "airport during the year. Managing director Per Ostling said the terminal extension would be "
                "finished before the summer peak."),
            doc("p2021", "press_release", "Kellby Airport traffic recovers in 2021",
                "KELLBY, 18 January 2022 - Kellby Airport handled 3.9 million passengers in 2021, the operator "
                "said today.\n\n"
                "Domestic flights recovered first, with international routes following in the second half of "
                "the year. The airport said it expected further growth and would restart work on the terminal "
                "extension in the spring."),
        ],
        "questions": [
            q("How many passengers used Kellby Airport in 2022?", "how_many", ["6.4 million"], "p2022",
              "Kellby Airport handled 6.4 million passengers in 2022", names_year=True),
            q("How many passengers passed through Kellby Airport in 2020?", "how_many",
              absent=["passengers in 2020", "2020 passenger"], names_year=True),
        ],
        "mentions": [
            "Kellby Airport will trial a new security lane for passengers without hold luggage.",
        ],
    },
    {
        "topic": "brightwater_bank",
        "docs": [
            doc("show", "encyclopedia", "Brightwater Bank",
                "Brightwater Bank is an Essland television quiz show first broadcast in 2015. Teams of three "
                "answer questions to move money between a bank and a river of penalties.\n\n"
                "The first series was presented by Ola Brennick; from the second series onward the show has been "
                "hosted by Marcus Dale. It has won two national television awards for best quiz."),
            doc("dale", "news", "Marcus Dale named new Brightwater Bank host",
                "22 March 2016 - Comedian Marcus Dale will host the quiz show Brightwater Bank when it returns "
                "in the autumn, the broadcaster confirmed today.\n\n"
                "Dale said he had been a fan of the programme since its launch. The broadcaster thanked the "
                "show's previous presenter and said the format would stay the same."),
        ],
        "questions": [
            q("Who hosted the first series of the quiz show Brightwater Bank?", "who", ["Ola Brennick"], "show",
              "The first series was presented by Ola Brennick", names_year=True),
        ],
        "mentions": [
            "Brightwater Bank is looking for contestants for its next series.",
        ],
    },
    {
        "topic": "kellby_24h",
        "docs": [
            doc("r2022", "results", "Kellby 24 Hours 2022 - final classification",
                "Circuit: Kellby Ring, 4.1 km. Start: 11 June 2022, 15:00.\n\n"
                "1. Strand Motorsport #7 (Aldo Keel / Bram Moreau / Jon Sivertsen) - 612 laps\n"
                "2. Brisk Racing #22 (Tim Ahl / Rafa Soler / Per Nyquist) - 611 laps\n"
                "3. Norling Autosport #4 (Eva Lunde / Kris Dahlberg / Leo Marsh) - 607 laps\n\n"
                "Fastest lap: Bram Moreau, 1:38.204. Classified finishers: 31. Results subject to the usual "
                "checks by the stewards."),
            doc("n2021", "news", "Brisk Racing win rain-hit Kellby 24 Hours",
                "KELLBY, 13 June 2021 - Brisk Racing won the Kellby 24 Hours on Sunday after a race interrupted "
                "for almost three hours by heavy rain.\n\n"
                "The team's car led for most of the night and its drivers kept it out of trouble when the "
                "track reopened. Strand Motorsport finished second after a late puncture cost them two laps."),
            doc("n2023", "news", "Norling Autosport claim first Kellby 24 Hours victory",
                "KELLBY, 11 June 2023 - Norling Autosport won the Kellby 24 Hours for the first time on Sunday, "
                "a lap clear of Strand Motorsport.\n\n"
                "The team's drivers said the car had run without a single problem. Crowds over the weekend "
                "were estimated at 60,000."),
        ],
        "questions": [
            q("Which team won the 2022 Kellby 24 Hours?", "which", ["Strand Motorsport"], "r2022",
              "1. Strand Motorsport #7 (Aldo Keel / Bram Moreau / Jon Sivertsen) - 612 laps", names_year=True),
            q("How many laps did the winning car complete at the 2022 Kellby 24 Hours?", "how_many", ["612"],
              "r2022", "1. Strand Motorsport #7 (Aldo Keel / Bram Moreau / Jon Sivertsen) - 612 laps",
              names_year=True),
        ],
        "mentions": [
            "Ticket prices for the Kellby 24 Hours are unchanged, the circuit said.",
        ],
    },
    {
        "topic": "lotte_vinter",
        "docs": [
            doc("sworn", "news", "Vinter takes office as council president",
                "ORSK, 3 July 2019 - Lotte Vinter was sworn in as president of the Orsk Regional Council on "
                "1 July, becoming the first member of the Green Union to hold the post.\n\n"
                "In a short speech Vinter promised to publish all council contracts online and to hold a "
                "public meeting in every district during her first year."),
            doc("vote", "news", "Orsk council picks Vinter as next president",
                "ORSK, 15 June 2019 - The Orsk Regional Council voted on 14 June to make Lotte Vinter its next "
                "president, by 31 votes to 24.\n\n"
                "Vinter, who has sat on the council for eight years, will take office after the summer "
                "session begins. Her opponent said he would serve loyally on the council's finance "
                "committee."),
        ],
        "questions": [
            q("On what date was Lotte Vinter sworn in as president of the Orsk Regional Council?", "when",
              ["1 July"], "sworn", "sworn in as president of the Orsk Regional Council on 1 July"),
            q("Which party does Lotte Vinter belong to?", "which", ["Green Union", "the Green Union"], "sworn",
              "the first member of the Green Union to hold the post"),
        ],
        "mentions": [
            "The Orsk Regional Council will meet in public in the district of Norra next month.",
        ],
    },
    {
        "topic": "hallam_prize",
        "docs": [
            doc("w2020", "news", "Renn wins Hallam Prize with The Quiet Ferry",
                "TOLLBY, 12 November 2020 - Magda Renn has won the 2020 Hallam Prize for fiction for her novel "
                "The Quiet Ferry, a story of two sisters running a river crossing.\n\n"
                "The judges called the book \"tender and exact\". Renn receives 25,000 crowns. She said she would "
                "use the money to take a year off from her job as a school librarian."),
            doc("s2020", "news", "Hallam Prize shortlist announced",
                "TOLLBY, 1 October 2020 - Six novels have been shortlisted for this year's Hallam Prize for "
                "fiction: The Quiet Ferry by Magda Renn, Winter Birds by Anton Lisk, The Glass Road by Hedi Oru, "
                "Small Hours by Clem Yates, North of Home by Rafi Dagan and Low Water by Siv Halme.\n\n"
                "The winner will be announced next month."),
            doc("w2019", "news", "Lisk takes Hallam Prize",
                "TOLLBY, 14 November 2019 - Anton Lisk won the 2019 Hallam Prize for fiction on Thursday for his "
                "debut novel Cold Orchard Road.\n\n"
                "The chair of judges said the decision had been unanimous. Lisk, a former fisherman, wrote the "
                "book over seven winters and said he had nearly abandoned it twice."),
        ],
        "questions": [
            q("Who won the Hallam Prize for fiction in 2020?", "who", ["Magda Renn"], "w2020",
              "Magda Renn has won the 2020 Hallam Prize for fiction", names_year=True),
            q("Which novel won the 2020 Hallam Prize?", "which", ["The Quiet Ferry"], "w2020",
              "for her novel The Quiet Ferry", names_year=True),
        ],
        "mentions": [
            "Submissions for the Hallam Prize for fiction close at the end of the month.",
        ],
    },
    {
        "topic": "crumb_kettle",
        "docs": [
            doc("chain", "encyclopedia", "Crumb & Kettle",
                "Crumb & Kettle is a chain of bakery cafes in Essland. The business was founded in Maddenport in "
                "1994 by Agnes Pollard, who opened the first shop in a former bicycle repair workshop.\n\n"
                "The chain now has more than 120 branches and is known for its cardamom buns. It remained "
                "family-owned until a private equity investment in 2016."),
            doc("ceo", "news", "Crumb & Kettle appoints new chief executive",
                "MADDENPORT, 5 April 2021 - The bakery chain Crumb & Kettle has appointed Victor Osei as chief "
                "executive.\n\n"
                "Osei, who previously ran a chain of coffee shops, said he planned to open 30 new branches in "
                "three years. He succeeds the interim boss who led the company for six months."),
        ],
        "questions": [
            q("Who founded the bakery chain Crumb & Kettle?", "who", ["Agnes Pollard"], "chain",
              "founded in Maddenport in 1994 by Agnes Pollard"),
        ],
        "mentions": [
            "Crumb & Kettle is trialling a paper cup return scheme in ten branches.",
        ],
    },
    {
        "topic": "northern_isles_games",
        "docs": [
            doc("g2019", "encyclopedia", "2019 Northern Isles Games",
                "The 2019 Northern Isles Games were the ninth edition of the multi-sport event for the island "
                "communities of the Northern Sea.\n\n"
                "They were held in Skarvik from 6 to 13 July 2019, with 14 island teams competing in 12 sports. "
                "The host island topped the medal table for the first time. The Games were opened by the "
                "island's oldest resident."),
            doc("g2017", "encyclopedia", "2017 Northern Isles Games",
                "The 2017 Northern Isles Games, the eighth edition of the event, took place in Tollby Holm from "
                "1 to 8 July 2017.\n\n"
                "Thirteen island teams took part. The programme included rowing, archery and football for the "
                "first time. Poor weather forced several sailing races to be cancelled."),
            doc("g2021", "news", "Enholm to host next Northern Isles Games",
                "22 July 2019 - The island of Enholm will host the next Northern Isles Games, the organising "
                "council confirmed on Monday.\n\n"
                "Enholm, which has never staged the event, plans to build a new sports hall. Council members "
                "praised this month's Games, which drew record crowds."),
        ],
        "questions": [
            q("Where were the 2019 Northern Isles Games held?", "where", ["Skarvik"], "g2019",
              "They were held in Skarvik from 6 to 13 July 2019", names_year=True),
            q("How many island teams took part in the 2019 Northern Isles Games?", "how_many", ["14"], "g2019",
              "with 14 island teams competing in 12 sports", names_year=True),
        ],
        "mentions": [
            "Skarvik's ferry timetable will change for the summer season.",
        ],
    },
    {
        "topic": "ostler_museum",
        "docs": [
            doc("open", "news", "Ostler Museum extension opens over budget",
                "LOWE, 9 April 2021 - The new wing of the Ostler Museum opened to the public on Friday, three "
                "years late.\n\n"
                "The extension, which adds two galleries and a learning centre, cost 18.5 million crowns, the "
                "museum's director confirmed. Most of the overrun was blamed on problems with the old "
                "foundations."),
            doc("plan", "news", "Ostler Museum unveils extension plans",
                "LOWE, 3 May 2017 - The Ostler Museum has unveiled plans for a new wing, budgeted at 12 million "
                "crowns and due to open in 2018.\n\n"
                "Architects said the building would be clad in local stone from a quarry north of the town. The "
                "museum hopes to double its visitor numbers and to put more of its collection on show."),
        ],
        "questions": [
            q("How much did the Ostler Museum extension end up costing?", "how_much", ["18.5 million crowns"],
              "open", "cost 18.5 million crowns, the museum's director confirmed"),
        ],
        "mentions": [
            "The Ostler Museum offers free entry on the first Sunday of each month.",
        ],
    },
    {
        "topic": "sable_sorrel",
        "docs": [
            doc("review", "review", "Restaurant review: Sable & Sorrel",
                "Sable & Sorrel has had a quiet revolution. Marco Ilves, who took over as head chef in 2022, has "
                "stripped the menu back to eight dishes and it is better for it.\n\n"
                "A plate of smoked eel with beetroot was the best thing we ate all year; the lamb was merely "
                "good. Service is warm, the wine list short and fairly priced. Book ahead for weekends. Four "
                "stars."),
            doc("roos", "news", "Founding chef to leave Sable & Sorrel",
                "14 October 2021 - Dina Roos, the founding head chef of Sable & Sorrel, will leave the "
                "restaurant at the end of the year to open her own bakery.\n\n"
                "Roos opened the restaurant with her business partner in 2015. The owners said a successor "
                "would be named in the new year."),
        ],
        "questions": [
            q("Who took over as head chef at Sable & Sorrel in 2022?", "who", ["Marco Ilves"], "review",
              "Marco Ilves, who took over as head chef in 2022", names_year=True),
        ],
        "mentions": [
            "Sable & Sorrel will close for two weeks in January for a kitchen refit.",
        ],
    },
    {
        "topic": "lowgate_market",
        "docs": [
            doc("summer", "listing", "Lowgate Farmers' Market",
                "What: weekly farmers' market with around 40 stalls selling vegetables, cheese, bread, meat and "
                "plants.\nWhere: Lowgate Square.\nWhen: Saturdays, 8am to 1pm, April to October.\n"
                "Cost: free entry.\nParking: the multi-storey on Mill Street.\nDogs: welcome on leads.\n"
                "Contact: the market office at the town hall."),
            doc("winter", "listing", "Lowgate Winter Market",
                "What: smaller indoor market with about 15 stalls.\nWhere: the old Corn Hall, Lowgate.\n"
                "When: Sundays, 10am to 2pm, November to March.\nCost: free entry.\n"
                "Notes: hot food available; card payments accepted at most stalls. Closed on the Sunday after "
                "the New Year holiday.\nAccess: step-free entrance on Church Lane; toilets inside the hall."),
        ],
        "questions": [
            q("What time does the Lowgate Farmers' Market open on Saturdays?", "when", ["8am"], "summer",
              "When: Saturdays, 8am to 1pm, April to October."),
        ],
        "mentions": [
            "Stallholders at Lowgate have asked the council for better lighting in the square.",
        ],
    },
]
