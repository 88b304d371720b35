"""Hand-written topics for the probe17 blind evaluation set.

Every person, place, company, team, event, film, band and product named here
is invented. Each topic holds its own passages (one answer passage at most,
plus near misses), a few passing mentions used by digest passages, and the
questions asked about it.

Question fields:
  q       question text
  kind    who / when / where / how_many / how_much / which / what
  ans     acceptable short answers (exact substrings of every source)
  src     keys of the passages that hold the answer (empty: unanswerable)
  ev      evidence: exact substring of the first source holding the answer
  nm      keys of near-miss passages
  absent  strings that must occur in no document (obvious phrasings of a
          missing answer)
  ny      the question names a year, season, edition, version or ordinal
"""


def T(key, beat, names, passages, mentions, questions):
    return {
        "key": key,
        "beat": beat,
        "names": names,
        "passages": passages,
        "mentions": mentions,
        "questions": questions,
    }


def Q(q, kind, ans=(), src=(), ev="", nm=(), absent=(), ny=False):
    return {
        "q": q,
        "kind": kind,
        "ans": list(ans),
        "src": list(src),
        "ev": ev,
        "nm": list(nm),
        "absent": list(absent),
        "ny": ny,
    }


TOPICS = [
    # ------------------------------------------------------------------ 1
    T("farrow_cup", "sport", ["Farrow Cup", "Ostlin", "Keld Hill", "Tomas Brask", "Janek Orsolow"], {
        "y2021": ("sports_results", """Farrow Cup 2021: Brask holds off late charge in Ostlin
Tomas Brask won the Farrow Cup on Sunday, crossing the line on Ostlin's Market Parade two seconds clear of a chasing group led by Ivo Maddern. The 186-kilometre one-day race was decided on the final climb of the Keld Hill circuit, where Brask attacked with eight kilometres remaining.

"I knew the descent suited me," Brask said afterwards. Maddern took second and Pavel Dorrin completed the podium. Around 14,000 spectators lined the finishing straight, according to organisers.

Result: 1. Tomas Brask (Team Vollen) 4h 31m 08s; 2. Ivo Maddern (Sarto-Lune) +2s; 3. Pavel Dorrin (Team Vollen) +2s."""),
        "y2022": ("wire_news", """Orsolow takes Farrow Cup as defending champion Brask settles for second
OSTLIN, Aug 14, 2022 (NWS) - Janek Orsolow won the Farrow Cup on Sunday, outsprinting defending champion Tomas Brask on Market Parade after the pair escaped together on the last ascent of Keld Hill.

Orsolow, 24, riding for Kaskelin Pro, finished the 191-kilometre course in 4 hours 27 minutes. Brask was given the same time, with Ivo Maddern third at 11 seconds.

"Last year I watched Tomas win from the bunch. Today I wanted to be the one with his arms in the air," Orsolow told reporters. Race director Hilde Saarn said the event would keep its August date."""),
    }, [
        "Farrow Cup organisers in Ostlin have opened volunteer registration for marshals along the Keld Hill circuit.",
        "Team Vollen says it will again build its summer around the Farrow Cup, the one-day race that finishes on Ostlin's Market Parade.",
    ], [
        Q("2022 Farrow Cup winner?", "who", ["Janek Orsolow", "Orsolow"], ["y2022"],
          "Janek Orsolow won the Farrow Cup on Sunday", ["y2021"], ny=True),
        Q("I'm putting together a history of the Farrow Cup cycling race in Ostlin. Who won it in 2023?", "who",
          nm=["y2022", "y2021"], absent=["2023 Farrow Cup", "Farrow Cup 2023", "Farrow Cup in 2023"], ny=True),
    ]),
    # ------------------------------------------------------------------ 2
    T("quillhaven_marathon", "sport", ["Quillhaven Marathon", "Quillhaven", "Hanne Lusk", "Rosa Imbert"], {
        "y2019": ("sports_results", """Quillhaven Marathon 2019 results
Rosa Imbert won the women's race at the Quillhaven Marathon in 2:27:41, pulling away from the lead group after the harbour turn at 30 kilometres. Kofi Dashwell took the men's title in 2:09:58.

Imbert's time was a course record for the women's race. More than 9,200 runners finished, the organisers said, in cool and overcast conditions.

Top three (women): Rosa Imbert 2:27:41; Tessa Mayhall 2:28:30; Ngozi Pratt 2:29:02.
Top three (men): Kofi Dashwell 2:09:58; Arvid Tenholm 2:10:44; Maxim Orel 2:11:15."""),
        "y2021": ("wire_news", """Lusk breaks Quillhaven course record
QUILLHAVEN, Oct 3, 2021 (NWS) - Hanne Lusk won the women's race at the Quillhaven Marathon on Sunday in 2:25:03, lowering the course record set by Rosa Imbert. Arvid Tenholm won the men's race in 2:10:12, having finished second on his previous visit.

Lusk ran alone for the final 12 kilometres along the seafront. "The wind dropped at the right moment," she said.

Race organisers reported 7,840 finishers, with the field limited by new start-wave rules. Medical staff treated around 60 runners, most for cramp."""),
    }, [
        "Road closures for the Quillhaven Marathon will again affect the seafront and the harbour turn from early morning.",
        "Quillhaven Marathon entries open at noon on Friday, with charity places already allocated.",
    ], [
        Q("What was the winning time in the women's race at the Quillhaven Marathon in 2021?", "what", ["2:25:03"], ["y2021"],
          "Hanne Lusk won the women's race at the Quillhaven Marathon on Sunday in 2:25:03", ["y2019"], ny=True),
        Q("quillhaven marathon 2023 men's race winning time", "what",
          nm=["y2019", "y2021"], absent=["2023 Quillhaven", "Quillhaven Marathon 2023"], ny=True),
    ]),
    # ------------------------------------------------------------------ 3
    T("brennick_open", "sport", ["Brennick Open", "Mireille Sorro", "Yuna Castell", "Dalia Quent"], {
        "y2018": ("sports_results", """Quent wins Brennick Open women's title
Dalia Quent won the women's singles at the Brennick Open on Saturday, beating Mireille Sorro 6-3 6-2 in 71 minutes on the clay of Ambry Court. It was Quent's first title at the tournament.

Sorro, playing in her first final at the event, saved two match points before Quent served it out. In the men's final, Oskar Vellacott beat Theo Lindhurst 7-6 6-4.

The 2018 Brennick Open drew a record crowd of 41,000 over the week, the tournament said."""),
        "y2020": ("wire_news", """Sorro claims Brennick Open crown in three sets
BRENNICK, June 13, 2020 (NWS) - Mireille Sorro won the women's singles at the Brennick Open on Saturday, beating Yuna Castell 6-4 3-6 7-5 in a final that lasted two hours and 38 minutes.

Two years after losing the final to Dalia Quent, Sorro broke serve at 5-5 in the deciding set and held to love. Castell, the sixth seed, had knocked out the top seed in the semi-finals.

"I lost here in the final once. I wasn't going to lose twice," Sorro said. Play on the outside courts was held without spectators because of ground repairs."""),
    }, [
        "Ticket sales for the Brennick Open open next week, with ground passes limited again this year.",
        "Work on a retractable roof for Ambry Court, home of the Brennick Open finals, has been pushed back by a year.",
    ], [
        Q("Who won the women's singles title at the Brennick Open in 2020?", "who", ["Mireille Sorro"], ["y2020"],
          "Mireille Sorro won the women's singles at the Brennick Open on Saturday", ["y2018"], ny=True),
        Q("Brennick Open 2020 - who was runner-up in the women's final?", "who", ["Yuna Castell", "Castell"], ["y2020"],
          "beating Yuna Castell 6-4 3-6 7-5", ["y2018"], ny=True),
        Q("Who won the women's singles at the Brennick Open tennis tournament in 2022?", "who",
          nm=["y2020", "y2018"], absent=["2022 Brennick", "Brennick Open 2022", "Brennick Open in 2022"], ny=True),
    ]),
    # ------------------------------------------------------------------ 4
    T("saltrey_folk", "arts", ["Saltrey Folk Festival", "Saltrey", "Odell Farrant", "Marram Sisters"], {
        "y2022": ("travel_listing", """Saltrey Folk Festival 2022 - What's on
Dates: Friday 8 July - Sunday 10 July 2022
Venue: Harbour Green, Saltrey

The Marram Sisters headline the Saturday night main stage, with sets across the weekend from fiddle trio Ketch & Crane and singer Aoife Lindell. Weekend tickets cost £85, day tickets from £35. Under-12s go free with a paying adult.

Camping opens on Thursday at 4pm. Parking on site is limited; a shuttle bus runs from Saltrey station every 20 minutes."""),
        "y2023": ("wire_news", """Saltrey Folk Festival 2023: dates confirmed and first acts announced
Posted 2 February by Saltrey Courier staff

The festival committee has confirmed that this year's event will run from Friday 14 July to Sunday 16 July, returning to Harbour Green with a second stage on the quayside for the first time.

Singer-songwriter Odell Farrant will headline the Saturday, with more than thirty acts still to be announced. Early-bird weekend tickets go on sale on 1 March.

Committee chair Bryony Maskell said the move to a later weekend was made to avoid a clash with other events on the coast."""),
    }, [
        "Volunteers are needed for the Saltrey Folk Festival's litter-picking crew; sign-up sheets are at the harbour office.",
        "The Saltrey Folk Festival committee says the shuttle bus from Saltrey station will run again.",
    ], [
        Q("When does the 2023 Saltrey Folk Festival begin?", "when", ["14 July", "Friday 14 July"], ["y2023"],
          "will run from Friday 14 July to Sunday 16 July", ["y2022"], ny=True),
        Q("Who is headlining the Saturday at Saltrey Folk Festival 2023?", "who", ["Odell Farrant"], ["y2023"],
          "Singer-songwriter Odell Farrant will headline the Saturday", ["y2022"], ny=True),
    ]),
    # ------------------------------------------------------------------ 5
    T("golden_lantern", "arts", ["Golden Lantern", "Corisande Theatre", "Nine Winters in Carrow", "Dev Ramsaran"], {
        "y2021": ("award_writeup", """Golden Lantern Awards 2021: Harbour of Small Hours takes Best Picture
The 2021 Golden Lantern Awards were presented on 27 February at the Corisande Theatre, hosted by comedian Celia Marchbank. Harbour of Small Hours won Best Picture and Best Screenplay, while Tobias Renwick was named Best Actor for Winter Accounts.

Best Director went to Saoirse Kahale for Harbour of Small Hours. Best Actress: Ines Dalgaard, The Quiet Ferry.

The ceremony was shortened to two hours and streamed online for the first time."""),
        "y2022": ("award_writeup", """Nine Winters in Carrow wins Best Picture at Golden Lantern Awards
The 2022 Golden Lantern Awards ceremony was held on 5 March at the Corisande Theatre, with actor Dev Ramsaran hosting for the first time. Nine Winters in Carrow won Best Picture, beating the favourite, The Lighthouse Clerk.

Anouk Pellerin was named Best Director for Nine Winters in Carrow, and Marisol Eke won Best Actress for The Lighthouse Clerk. The lifetime achievement award went to cinematographer Hal Brodzik.

Winners: Best Picture - Nine Winters in Carrow; Best Director - Anouk Pellerin; Best Actress - Marisol Eke; Best Actor - Femi Oduwole, Ledger Days."""),
    }, [
        "Nominations for the Golden Lantern Awards will be read out at the Corisande Theatre on Tuesday morning.",
        "The Golden Lantern Awards have added a category for animated features, organisers confirmed.",
    ], [
        Q("Which film won Best Picture at the 2022 Golden Lantern Awards?", "which", ["Nine Winters in Carrow"], ["y2022"],
          "Nine Winters in Carrow won Best Picture", ["y2021"], ny=True),
        Q("On what date was the Golden Lantern Awards ceremony held in 2022?", "when", ["5 March"], ["y2022"],
          "The 2022 Golden Lantern Awards ceremony was held on 5 March", ["y2021"], ny=True),
        Q("Who is hosting the Golden Lantern Awards in 2024?", "who",
          nm=["y2022", "y2021"], absent=["2024 Golden Lantern", "Golden Lantern Awards 2024"], ny=True),
    ]),
    # ------------------------------------------------------------------ 6
    T("orrin_prize", "arts", ["Orrin Prize", "Beatrix Callow", "A Ledger of Birds"], {
        "y2020": ("award_writeup", """Beatrix Callow wins Orrin Prize for Fiction 2020
Beatrix Callow has won the 2020 Orrin Prize for Fiction for A Ledger of Birds, her third novel, the judges announced on Thursday evening. The award carries a purse of £30,000.

Chair of judges Ruairi Penhallow called the book "a patient, funny and devastating account of a family bookkeeping firm". Callow beat five other shortlisted writers, including Emeka Strand and Judit Oszlo.

Callow, who lives in Pellmouth, said she would use the money to "buy time to write the next one"."""),
        "y2022": ("wire_news", """Orrin Prize for Fiction reveals 2022 shortlist
Six novels have been shortlisted for the 2022 Orrin Prize for Fiction, with debut writers making up half of the list for the first time.

The shortlist: The Tallyman's Wife by Marcus Ojo; Quiet Country by Lise Vantongeren; Salt in the Ledger by Hetty Gorse; The Understudy by Amadou Reyne; Orchard Weather by Petra Sallis; and Nightwork by Conall Brierly.

The winner will be announced at a ceremony in Pellmouth on 3 November. This year's chair of judges, Dr Anjali Morrow, said the panel read 162 submitted novels."""),
    }, [
        "The Orrin Prize for Fiction is to open submissions to self-published novels for the first time.",
        "Booksellers in Pellmouth report a rise in sales of Orrin Prize shortlisted titles.",
    ], [
        Q("Which novel won the Orrin Prize for Fiction in 2020?", "which", ["A Ledger of Birds"], ["y2020"],
          "won the 2020 Orrin Prize for Fiction for A Ledger of Birds", ["y2022"], ny=True),
        Q("Who won the Orrin Prize for Fiction in 2022?", "who",
          nm=["y2022", "y2020"], absent=["won the 2022 Orrin", "2022 Orrin Prize winner", "Orrin Prize 2022 winner"], ny=True),
    ]),
    # ------------------------------------------------------------------ 7
    T("halvercombe_mayor", "local", ["Halvercombe", "Priya Vandermeer", "Gareth Ostry"], {
        "y2019": ("election_report", """Ostry elected Halvercombe mayor
Published 3 May 2019

Gareth Ostry has been elected mayor of Halvercombe, winning 13,540 votes to the 11,902 cast for Lorna Pask of the Civic Forum. Turnout was 41.2 per cent, down from the previous contest.

Ostry, a former harbour board member, promised to "fix the buses before anything else". The count at Halvercombe Leisure Centre finished shortly after 2am on Friday.

Result: Gareth Ostry (Independent) 13,540; Lorna Pask (Civic Forum) 11,902; Samir Oduya (Green List) 3,114."""),
        "y2023": ("election_report", """Halvercombe mayoral election 2023: Vandermeer unseats Ostry
Priya Vandermeer of the Civic Forum has been elected mayor of Halvercombe, ending Gareth Ostry's four years in office. Vandermeer received 14,862 votes to Ostry's 12,109, a margin of 2,753.

Turnout was 38.4 per cent. Vandermeer, a former primary school head, said her first act would be a review of the town's bus contracts. Ostry congratulated her in a short speech at the count.

Result: Priya Vandermeer (Civic Forum) 14,862; Gareth Ostry (Independent) 12,109; Daniel Akerele (Green List) 2,877."""),
    }, [
        "Halvercombe's mayor will face questions from residents at a public meeting in the leisure centre next month.",
        "Bus contracts are expected to dominate the agenda at Halvercombe town hall this autumn.",
    ], [
        Q("Who was elected mayor of Halvercombe in 2023?", "who", ["Priya Vandermeer", "Vandermeer"], ["y2023"],
          "Priya Vandermeer of the Civic Forum has been elected mayor of Halvercombe", ["y2019"], ny=True),
        Q("What was the turnout in the most recent Halvercombe mayoral election (2023)?", "what", ["38.4 per cent", "38.4"], ["y2023"],
          "Turnout was 38.4 per cent.", ["y2019"], ny=True),
    ]),
    # ------------------------------------------------------------------ 8
    T("corvane_regional", "politics", ["Corvane", "Coastal Alliance", "Edda Morlane"], {
        "y2017": ("election_report", """Corvane regional election: Coastal Alliance falls short of majority
The Coastal Alliance won 17 of the 51 seats on the Corvane Regional Council in Sunday's 2017 election, remaining the largest group but well short of the 26 needed for a majority.

The Farmers' and Towns' League took 14 seats and the Progressive Union 11. Independents and smaller parties shared the remaining nine. Turnout across the region was 52 per cent, the electoral office said on Monday."""),
        "y2021": ("wire_news", """Coastal Alliance secures majority in Corvane regional vote
CORVANE, Sept 20, 2021 (NWS) - The Coastal Alliance won 27 of the 51 seats on the Corvane Regional Council in Sunday's election, giving the party an outright majority for the first time.

Party leader Edda Morlane said the result was a mandate for the coastal rail link. The Farmers' and Towns' League fell to 10 seats, with the Progressive Union on 9. Independents took the remaining five.

Turnout was 49 per cent, the regional electoral office said."""),
    }, [
        "Corvane Regional Council will debate the coastal rail link at a special session on Thursday.",
        "The Coastal Alliance group on Corvane Regional Council has chosen a new whip.",
    ], [
        Q("How many seats did the Coastal Alliance win in the 2021 Corvane regional election?", "how_many", ["27"], ["y2021"],
          "The Coastal Alliance won 27 of the 51 seats", ["y2017"], ny=True),
        Q("Which party won the 2025 Corvane regional election?", "which",
          nm=["y2021", "y2017"], absent=["2025 Corvane", "Corvane regional election 2025", "2025 regional election"], ny=True),
    ]),
    # ------------------------------------------------------------------ 9
    T("velmora_cup", "sport", ["Velmora Cup", "Port Aldry", "Kilnbrook", "Vesk United", "Sallow Town"], {
        "y2021": ("sports_results", """Velmora Cup final 2021: Vesk United edge Port Aldry
Vesk United won the Velmora Cup for the third time, beating Port Aldry 2-1 in the final at Castmoor Park on Saturday. Nils Barraclough scored the winner in the 84th minute after Port Aldry had equalised through Emre Talbot.

A crowd of 31,410 watched the 2021 final, the first at Castmoor Park since its roof was replaced. Vesk manager Roald Hennessy called it "the best of the three"."""),
        "y2022": ("wire_news", """Port Aldry end wait for Velmora Cup
TARROW, May 28, 2022 (NWS) - Port Aldry won the Velmora Cup on Saturday, beating Sallow Town 3-0 in the final at Kilnbrook Stadium in Tarrow.

Emre Talbot scored twice before half-time and substitute Jory Penwarden added a third. It was Port Aldry's first cup win in 19 years and came a year after they lost the final to Vesk United.

Manager Ilka Rensford said the club had "waited long enough" and that the town deserved its night."""),
    }, [
        "The draw for the first round of the Velmora Cup will be made on Monday evening.",
        "Port Aldry have announced a pre-season friendly against Vesk United.",
    ], [
        Q("Where was the 2022 Velmora Cup final played?", "where", ["Kilnbrook Stadium", "Kilnbrook"], ["y2022"],
          "in the final at Kilnbrook Stadium in Tarrow", ["y2021"], ny=True),
        Q("By what score did Port Aldry win last year's Velmora Cup final (2022)?", "what", ["3-0"], ["y2022"],
          "beating Sallow Town 3-0 in the final", ["y2021"], ny=True),
    ]),
    # ------------------------------------------------------------------ 10
    T("estermouth_regatta", "sport", ["Estermouth Regatta", "Estermouth", "Seaborne Dancer", "Morwenna"], {
        "y2022": ("council_news", """Estermouth Regatta 2022 report
Sixty-four boats took part in the Estermouth Regatta on Saturday, with the Harbour Challenge won by the crew of Morwenna, skippered by Alun Trebilcock. Light winds forced organisers to shorten the course twice.

The regatta, run by Estermouth Sailing Club since 1894, ended with a fireworks display over the estuary. The club thanked the harbour master and the lifeboat crew for their help on the day."""),
        "y2023": ("sports_results", """Record fleet for Estermouth Regatta
A record 87 boats entered the 2023 Estermouth Regatta, the sailing club said on Sunday, beating the previous high of 79 set in 2009.

The Harbour Challenge was won by Seaborne Dancer, skippered by Kerensa Vowles, by just under a minute from last year's winner Morwenna. Juniors raced in a separate fleet for the first time.

Club commodore Piers Haldane thanked the volunteers who ran 14 races across the two days."""),
    }, [
        "Estermouth Sailing Club is looking for safety-boat volunteers ahead of the Estermouth Regatta.",
        "Parking restrictions will apply on the Estermouth quay on regatta weekend.",
    ], [
        Q("How many boats took part in last year's Estermouth Regatta (2023)?", "how_many", ["87"], ["y2023"],
          "A record 87 boats entered the 2023 Estermouth Regatta", ["y2022"], ny=True),
        Q("Which boat won the Harbour Challenge at the Estermouth Regatta in 2023?", "which", ["Seaborne Dancer"], ["y2023"],
          "The Harbour Challenge was won by Seaborne Dancer", ["y2022"], ny=True),
        Q("How many boats are entered for the 2024 Estermouth Regatta?", "how_many",
          nm=["y2023", "y2022"], absent=["2024 Estermouth", "Estermouth Regatta 2024"], ny=True),
    ]),
    # ------------------------------------------------------------------ 11 (no answer)
    T("ardell_chess", "sport", ["Ardell National Chess", "Piet Vanlanden", "Ines Korvath", "Stannary Hall"], {
        "y2018": ("sports_results", """Vanlanden retains Ardell national chess title
Piet Vanlanden won the Ardell National Chess Championship for the second year running, finishing on 7.5 points from nine rounds at Stannary Hall in Corburgh. Ines Korvath was second on 7 points.

Vanlanden secured the title with a quick draw in the final round. The 2018 championship was a ten-player round robin played over eleven days, with a rest day after round five."""),
        "y2019": ("wire_news", """Korvath becomes first woman to win Ardell chess championship
CORBURGH, Nov 9, 2019 (NWS) - Ines Korvath won the Ardell National Chess Championship on Saturday, the first woman to take the open title in its 70-year history.

Korvath, 27, finished half a point ahead of two-time champion Piet Vanlanden after beating him in their individual game in round seven. The championship was held at Stannary Hall.

"I have been second too many times," Korvath said."""),
    }, [
        "The Ardell chess federation has announced a new junior squad ahead of the national championship.",
        "Stannary Hall in Corburgh will host a simultaneous exhibition by former Ardell national champions.",
    ], [
        Q("Who won the Ardell National Chess Championship in 2021?", "who",
          nm=["y2019", "y2018"], absent=["2021 Ardell", "Ardell National Chess Championship 2021", "championship in 2021"], ny=True),
        Q("Where was the Ardell chess championship held in 2020?", "where",
          nm=["y2019", "y2018"], absent=["2020 Ardell", "Ardell National Chess Championship 2020"], ny=True),
    ]),
    # ------------------------------------------------------------------ 12
    T("morrisk_stakes", "sport", ["Morrisk Gold Stakes", "Morrisk Downs", "Kestle Lad", "Brindle Moth", "Owen Marsh-Tilley"], {
        "y2019": ("sports_results", """Brindle Moth lands Morrisk Gold Stakes
Brindle Moth, ridden by Sean Aldous, won the Morrisk Gold Stakes at Morrisk Downs on Saturday by a length and a half. The 9-2 shot was trained by Hester Gaunt.

Favourite Copper Vane finished third after being slowly away. The 2019 running was staged on good-to-soft ground in front of a crowd of 12,000.

Gaunt said the five-year-old would be aimed at the autumn handicaps."""),
        "y2021": ("wire_news", """Kestle Lad wins Morrisk Gold Stakes for Marsh-Tilley
MORRISK, July 10, 2021 (NWS) - Kestle Lad won the Morrisk Gold Stakes on Saturday, giving trainer Owen Marsh-Tilley his first win in the race. Ruth Penhale rode the four-year-old, who started at 7-1.

Brindle Moth, a previous winner of the race, finished fourth. The meeting was run with a limited crowd of 4,000.

"He relaxed for Ruth and that won it," Marsh-Tilley said."""),
    }, [
        "Morrisk Downs has confirmed a new start time for its Saturday card, including the Morrisk Gold Stakes trials.",
        "Groundstaff at Morrisk Downs are watering the track after a dry fortnight.",
    ], [
        Q("Which horse won the 2021 Morrisk Gold Stakes?", "which", ["Kestle Lad"], ["y2021"],
          "Kestle Lad won the Morrisk Gold Stakes on Saturday", ["y2019"], ny=True),
        Q("Who trained the winner of the Morrisk Gold Stakes in 2021?", "who", ["Owen Marsh-Tilley", "Marsh-Tilley"], ["y2021"],
          "giving trainer Owen Marsh-Tilley his first win in the race", ["y2019"], ny=True),
    ]),
    # ------------------------------------------------------------------ 13 (no answer)
    T("skarrow_rally", "sport", ["Skarrow Rally", "Lars Hennick", "Ottilie Vrane"], {
        "y2020": ("sports_results", """Hennick wins Skarrow Rally on gravel return
Lars Hennick and co-driver Mette Sorvik won the 2020 Skarrow Rally by 41.7 seconds, taking the lead on Saturday morning's forest stages and never giving it back.

The event returned to gravel after three years on asphalt. Eleven of the 62 starters retired, most on the rough Hollin Ridge stage. Hennick said the car "felt like a tractor and that was exactly what we needed"."""),
        "y2022": ("wire_news", """Vrane takes maiden Skarrow Rally win
SKARROW, Sept 4, 2022 (NWS) - Ottilie Vrane won the Skarrow Rally on Sunday, her first victory in the event, finishing 12.3 seconds ahead of Lars Hennick after 14 stages.

Vrane and co-driver Bram Eskildsen set the fastest time on five of the last six stages. "The car was perfect on the last loop," Vrane said.

Organisers said 58 crews started."""),
    }, [
        "Skarrow Rally organisers have published the provisional stage list, with the Hollin Ridge stage run twice.",
        "Forest roads near Skarrow will close on rally weekend; residents have been sent access passes.",
    ], [
        Q("who won skarrow rally 2021", "who",
          nm=["y2022", "y2020"], absent=["2021 Skarrow", "Skarrow Rally 2021", "Skarrow Rally in 2021"], ny=True),
    ]),
    # ------------------------------------------------------------------ 14
    T("nordvale_song", "arts", ["Nordvale Song Contest", "Lighthouse Year", "Veldhaven", "Skerrin Arena", "Elin Saard"], {
        "y2022": ("wire_news", """Elin Saard wins Nordvale Song Contest with "Paper Moons"
MARRISFORD, March 12, 2022 (NWS) - Elin Saard won the Nordvale Song Contest on Saturday night with "Paper Moons", a piano ballad that topped both the jury vote and the public vote.

Twenty-two acts competed in the final at the Marrisford Exhibition Centre. Saard, 19, wrote the song with her brother in their parents' garage. Runner-up was the electro duo Fennel & Frost with "Night Bus"."""),
        "y2023": ("award_writeup", """Nordvale Song Contest 2023: Tovi & the Driftwood triumph
Tovi & the Driftwood won the Nordvale Song Contest 2023 with "Lighthouse Year", finishing 41 points clear of runner-up Malin Oster's "Glass Weather". The final was held at Skerrin Arena in Veldhaven on 11 March.

The band, from the island of Skelder, became the first group to win since 2011. Elin Saard, the previous winner, opened the show with "Paper Moons"."""),
    }, [
        "Broadcasters have confirmed the running order for the Nordvale Song Contest semi-final.",
        "Songwriters have until the end of the month to submit entries for the Nordvale Song Contest.",
    ], [
        Q("Which song won the Nordvale Song Contest in 2023?", "which", ["Lighthouse Year"], ["y2023"],
          'Tovi & the Driftwood won the Nordvale Song Contest 2023 with "Lighthouse Year"', ["y2022"], ny=True),
        Q("In which city was the Nordvale Song Contest final held in 2023?", "where", ["Veldhaven", "Skerrin Arena"], ["y2023"],
          "The final was held at Skerrin Arena in Veldhaven", ["y2022"], ny=True),
        Q("Where will the Nordvale Song Contest be held in 2024?", "where",
          nm=["y2023", "y2022"], absent=["2024 Nordvale", "Nordvale Song Contest 2024", "next year's contest"], ny=True),
    ]),
    # ------------------------------------------------------------------ 15 (no answer)
    T("meridian_awards", "arts", ["Meridian Music Awards", "Holt Avenue", "Maisie Arkwright", "Tin Rivers"], {
        "y2019": ("award_writeup", """Meridian Music Awards 2019: Holt Avenue win album of the year
Holt Avenue won album of the year at the 2019 Meridian Music Awards for Glasswork, their fourth record. Juno Caraway was named best new artist and Delphine Okafor took best solo performer.

The ceremony at the Corn Exchange in Ravensley also honoured producer Len Matlock with a lifetime award. Holt Avenue closed the night with a four-song set."""),
        "y2021": ("wire_news", """Arkwright's Tin Rivers named album of the year
RAVENSLEY, Feb 21, 2021 (NWS) - Maisie Arkwright's Tin Rivers was named album of the year at the 2021 Meridian Music Awards on Sunday, capping a run that included two number-one singles.

Best new artist went to Okoro Bell, and the band Quiet Engines won best live act. Arkwright thanked "everyone who bought a record from a real shop"."""),
    }, [
        "Voting for the public prize at the Meridian Music Awards closes on Friday.",
        "The Corn Exchange in Ravensley is being refitted before it hosts the Meridian Music Awards again.",
    ], [
        Q("What won album of the year at the Meridian Music Awards 2020?", "what",
          nm=["y2021", "y2019"], absent=["2020 Meridian", "Meridian Music Awards 2020"], ny=True),
        Q("Who was named best new artist at the 2020 Meridian Music Awards?", "who",
          nm=["y2021", "y2019"], absent=["2020 Meridian", "Meridian Music Awards 2020"], ny=True),
    ]),
    # ------------------------------------------------------------------ 16
    T("lorvane_festival", "arts", ["Lorvane Film Festival", "Golden Reed", "The Weir Keepers", "Marguerite Osei-Lund"], {
        "y2021": ("award_writeup", """Lorvane Film Festival 2021: Small Fires wins the Golden Reed
Small Fires, directed by Henrik Maelgwyn, won the Golden Reed for best film at the 2021 Lorvane Film Festival. The jury, chaired by actor Carys Wendt, praised its "unshowy courage".

The audience award went to the documentary Tidewater School, and Aiyana Brooke was named best actor for The Stone Boat. The festival screened 96 films over nine days."""),
        "y2022": ("wire_news", """The Weir Keepers wins Golden Reed at Lorvane
LORVANE, Sept 18, 2022 (NWS) - The Weir Keepers, directed by Marguerite Osei-Lund, won the Golden Reed for best film at the Lorvane Film Festival on Saturday.

The drama about two sisters running a river lock beat 17 other films in competition. Osei-Lund, accepting the prize, dedicated it to her late father. The jury prize went to Lantern Moss, a debut by Tariq Bellweather."""),
    }, [
        "The Lorvane Film Festival has announced its competition jury, with the full programme due next month.",
        "Hotels in Lorvane report strong bookings for festival week.",
    ], [
        Q("Who directed the film that won the Golden Reed at the 2022 Lorvane Film Festival?", "who",
          ["Marguerite Osei-Lund", "Osei-Lund"], ["y2022"],
          "The Weir Keepers, directed by Marguerite Osei-Lund, won the Golden Reed", ["y2021"], ny=True),
        Q("Lorvane Film Festival 2022: which film took the Golden Reed?", "which", ["The Weir Keepers", "Weir Keepers"], ["y2022"],
          "The Weir Keepers, directed by Marguerite Osei-Lund, won the Golden Reed", ["y2021"], ny=True),
    ]),
    # ------------------------------------------------------------------ 17
    T("glass_orchard", "arts", ["Glass Orchard", "Nadia Querrell", "Lowlight Interactive"], {
        "film": ("film_page", """Glass Orchard (film)
Glass Orchard is a 2019 drama film directed by Nadia Querrell and written by Querrell and Tomasz Eberle. It stars Anika Rusk as a widowed fruit farmer who takes in a runaway teenager during a drought summer. The film was produced by Fernhall Pictures.

Glass Orchard premiered at the Halden Bay International Film Festival and was released in cinemas on 6 March 2020. Critics praised Rusk's performance and the cinematography of Bo Starkey. It grossed $2.3 million."""),
        "game": ("wiki", """Glass Orchard (video game)
Glass Orchard is a 2021 puzzle-adventure video game developed by Lowlight Interactive and published by Oxwing Games. The game was directed by Ruben Castagne, who previously led design on the studio's Pocket Tides series of mobile puzzles.

Players tend a greenhouse of glass trees whose reflections open paths through each level. Glass Orchard was released on 12 August 2021 for consoles and PC and won the Indie Showcase award at the Brightcon expo."""),
    }, [
        "A limited vinyl soundtrack for Glass Orchard has sold out within an hour.",
        "Glass Orchard is among the titles in a weekend streaming bundle.",
    ], [
        Q("Who directed the film Glass Orchard?", "who", ["Nadia Querrell", "Querrell"], ["film"],
          "Glass Orchard is a 2019 drama film directed by Nadia Querrell", ["game"]),
        Q("When was the movie Glass Orchard released in cinemas?", "when", ["6 March 2020"], ["film"],
          "was released in cinemas on 6 March 2020", ["game"]),
    ]),
    # ------------------------------------------------------------------ 18
    T("hollow_tide", "arts", ["The Hollow Tide", "Cressida Vayne", "Bastien Drey"], {
        "novel": ("wiki", """The Hollow Tide
The Hollow Tide is a 2011 novel by Cressida Vayne, published by Quillon Books. Set in a fishing village during the winter of 1953, it follows a lighthouse keeper's daughter who finds a ledger of debts owed by half the village.

The novel was Vayne's second and was shortlisted for several first-prose awards. It was adapted for radio in 2014 in six half-hour episodes. A tenth-anniversary edition with a new afterword appeared in 2021."""),
        "film": ("film_page", """The Hollow Tide (2017 film)
The Hollow Tide is a 2017 thriller film directed by Bastien Drey from an original screenplay by Lotte Mayhew. It stars Corin Vale as a salvage diver who discovers a sealed room in a sunken ferry.

The film is not related to the 2011 novel of the same name. It was shot in 38 days, largely in water tanks, and released on 9 June 2017. Reviews were mixed, though the underwater photography was widely praised."""),
    }, [
        "A stage version of The Hollow Tide is in development, according to the theatre's new season brochure.",
        "Readers' groups across the region have chosen The Hollow Tide for their winter book swap.",
    ], [
        Q("Who wrote the novel The Hollow Tide?", "who", ["Cressida Vayne", "Vayne"], ["novel"],
          "The Hollow Tide is a 2011 novel by Cressida Vayne", ["film"]),
    ]),
    # ------------------------------------------------------------------ 19 (no answer)
    T("ironbell", "arts", ["Ironbell", "Slate Harbour", "Wendell Prakash"], {
        "album": ("music_page", """Ironbell (album)
Ironbell is the third studio album by the band Slate Harbour, released on 9 November 2018 through Fallow Records. It was produced by Wendell Prakash and recorded over five weeks at a converted chapel in Orrey.

The album has 11 tracks and runs 47 minutes. The lead single, "Undertow Hymn", reached number 14 on the national chart, and the record was later certified silver.

Track listing (side one): Undertow Hymn; Coal Light; The Long Field; Saltwater Clock; Blind Canal; Ironbell."""),
        "forum": ("forum_post", """Re: Ironbell - best track?
Posted by driftwood_dan » Thu 14 Mar

Been spinning Ironbell again after the reissue news. For me it's still Undertow Hymn, but the closer is massively underrated.

Reply from kettle_on_77: Side two is where it's at. Shame Slate Harbour never toured it properly, they only did three shows.

Reply from driftwood_dan: Agreed. Also, searching for the album is a nightmare, half the results are for something else with the same name."""),
    }, [
        "Slate Harbour's Ironbell is getting a vinyl reissue with two demo tracks, the label says.",
        "Fans have started a petition for Slate Harbour to play Ironbell in full.",
    ], [
        Q("Who created the TV series Ironbell?", "who",
          nm=["album", "forum"], absent=["Ironbell (TV series)", "TV series Ironbell", "Ironbell is a television", "television series Ironbell"]),
        Q("How many episodes does the television drama Ironbell have?", "how_many",
          nm=["album"], absent=["episodes of Ironbell", "Ironbell episodes", "Ironbell (TV series)", "Ironbell is a television"]),
    ]),
    # ------------------------------------------------------------------ 20
    T("wren_halloway", "local", ["Wren Halloway", "Tolley Point", "Fennick Cross"], {
        "ship": ("wiki", """RV Wren Halloway
RV Wren Halloway is an oceanographic research vessel operated by the Coastal Survey Institute. She was built at the Tolley Point yard and launched on 4 May 1998, entering service the following spring.

The ship is 68 metres long and carries a crew of 22 plus up to 18 scientists. She is named after the marine botanist Wren Halloway. A mid-life refit in 2016 added a new sonar suite and a moon pool."""),
        "person": ("wiki", """Wren Halloway
Wren Halloway (2 March 1902 - 11 October 1979) was a marine botanist known for her surveys of kelp forests along the northern coast. Born in Fennick Cross, she studied at Dunhurst College and later ran the seaweed herbarium at the marine station in Skelwick.

Her two-volume Flora of the Tidal Shelf (1948) remained a standard reference for decades. A research vessel was later named in her honour."""),
    }, [
        "The research ship Wren Halloway is due back in port after a six-week survey.",
        "An exhibition on the marine botanist Wren Halloway opens at the Skelwick library.",
    ], [
        Q("When was the research vessel Wren Halloway launched?", "when", ["4 May 1998"], ["ship"],
          "launched on 4 May 1998", ["person"]),
        Q("Where was the RV Wren Halloway built?", "where", ["Tolley Point"], ["ship"],
          "She was built at the Tolley Point yard", ["person"]),
    ]),
    # ------------------------------------------------------------------ 21 (no answer)
    T("orla_benning_hall", "local", ["Orla Benning", "Brightmere Construction"], {
        "person": ("wiki", """Orla Benning
Orla Benning (1911-1988) was a physicist whose work on crystal growth under low gravity anticipated later experiments in orbit. She taught at Dunhurst College for three decades and was the first woman to chair its science faculty.

Benning published more than 80 papers and supervised 31 doctoral students. She was known for insisting that undergraduates be allowed into the research labs."""),
        "news": ("council_news", """Orla Benning Hall reopens after two-year refurbishment
Dunhurst College's Orla Benning Hall reopened to students on Monday after a two-year refurbishment carried out by Brightmere Construction.

The building, named after the physicist who taught at the college for three decades, now houses teaching labs, a 200-seat lecture theatre and a cafe. College principal Aled Roscoe said the works had come in on budget and thanked neighbours for their patience during the noisiest months."""),
    }, [
        "Orla Benning Hall will open its doors for a public science evening on Friday.",
        "Dunhurst College says parking near Orla Benning Hall remains restricted.",
    ], [
        Q("Who was the architect of Orla Benning Hall?", "who",
          nm=["news", "person"], absent=["architect of Orla Benning Hall", "Orla Benning Hall was designed", "designed Orla Benning Hall"]),
    ]),
    # ------------------------------------------------------------------ 22
    T("lantern_street", "arts", ["Lantern Street", "Callum Whitlow", "Roisin Achterberg"], {
        "album": ("music_page", """Lantern Street (album)
Lantern Street is the debut studio album by singer-songwriter Roisin Achterberg, released in 2016 on Sparrowgate Records. It was produced by Callum Whitlow and recorded in Achterberg's home town of Drennan over a single winter.

The album's ten songs are mostly acoustic, with strings arranged by Odile Marchetti. The single "Half the Harbour" became a surprise radio hit. Lantern Street was reissued on vinyl in 2022."""),
        "film": ("film_page", """Lantern Street (film)
Lantern Street is a 2015 crime drama film directed by Rafe Dunmore and produced by Ines Pardoe for Halfmoon Films. It stars Tobiah Grange as a night-shift taxi driver drawn into a smuggling ring.

The film was shot in 29 nights and premiered at the Halden Bay International Film Festival. It received a limited release and later found an audience on streaming services."""),
    }, [
        "Roisin Achterberg has added a second night to her Lantern Street anniversary show.",
        "Lantern Street is one of the films showing in the outdoor cinema season at the park.",
    ], [
        Q("Who produced the album Lantern Street?", "who", ["Callum Whitlow", "Whitlow"], ["album"],
          "It was produced by Callum Whitlow", ["film"]),
    ]),
    # ------------------------------------------------------------------ 23
    T("tamsin_reyes", "local", ["Tamsin Reyes", "Hollin Vale"], {
        "person": ("wiki", """Tamsin Reyes
Tamsin Reyes (19 August 1921 - 2 January 1990) was an aviator and flying instructor who in 1949 became the first woman to fly the mail route across the Skelder Strait. Born in Hollin Vale, she learned to fly at a club airfield at the age of sixteen.

Reyes later ran a flying school at Corburgh aerodrome and trained more than 400 pilots. Her memoir, Crosswinds, was published in 1974."""),
        "ferry": ("wiki", """MV Tamsin Reyes
MV Tamsin Reyes is a roll-on/roll-off ferry operating on the Skelder Strait crossing. She was built in Port Hallen and launched on 19 March 2009, entering service that autumn.

The ship can carry 640 passengers and 160 cars, and is named after the aviator who first flew the strait mail route. Her home port is Skelwick. A new lounge and a pet area were added in 2019."""),
    }, [
        "The ferry Tamsin Reyes is out of service for a week for scheduled maintenance.",
        "A blue plaque for aviator Tamsin Reyes will be unveiled at Corburgh aerodrome.",
    ], [
        Q("When was aviator Tamsin Reyes born?", "when", ["19 August 1921"], ["person"],
          "Tamsin Reyes (19 August 1921 - 2 January 1990) was an aviator", ["ferry"]),
        Q("Where was the aviator Tamsin Reyes born?", "where", ["Hollin Vale"], ["person"],
          "Born in Hollin Vale", ["ferry"]),
    ]),
    # ------------------------------------------------------------------ 24 (no answer)
    T("marrow_point", "arts", ["Marrow Point", "Adaeze Korrin"], {
        "tv": ("wiki", """Marrow Point (TV series)
Marrow Point is a crime drama television series created by Adaeze Korrin that aired for two series on Harbour One from 2018 to 2020. Set in a coastal town where a disused naval base is being sold off, it follows detective Rhian Sollis.

The series ran for 12 episodes and was praised for its location filming. A third series was announced but later cancelled."""),
        "forum": ("forum_post", """Is Marrow Point based on a book?
Posted by quietreader » Sun 3 Nov

Just finished both series of Marrow Point. I'm fairly sure there's a novel with the same name, my aunt had a copy years ago, but I can't remember who wrote it. Is the show based on it?

Reply from lighthouse_lou: The show is an original, Korrin has said so in interviews. Can't help with the book, sorry.

Reply from quietreader: Thanks, I'll ask my aunt."""),
    }, [
        "Marrow Point is returning to Harbour One's schedule for a weekday-afternoon repeat run.",
        "Filming locations from Marrow Point are now part of a walking tour, the tourist office says.",
    ], [
        Q("Who wrote the novel Marrow Point?", "who",
          nm=["tv", "forum"], absent=["Marrow Point (novel)", "novel Marrow Point", "Marrow Point is a novel"]),
    ]),
    # ------------------------------------------------------------------ 25
    T("brightwell_ceo", "business", ["Brightwell Foods", "Mireya Sotelo", "Colin Ashby", "Harriet Lune"], {
        "y2022": ("company_announcement", """Brightwell Foods names Colin Ashby interim chief executive
PRESS RELEASE - 9 August 2022

Brightwell Foods plc today announced that Harriet Lune will step down as chief executive with immediate effect. Chief financial officer Colin Ashby has been appointed interim chief executive while the board conducts a search for a permanent successor.

Chair Desmond Okonjo said: "Harriet has led Brightwell through a difficult period and we thank her." The company reaffirmed its full-year guidance."""),
        "y2023": ("wire_news", """Brightwell Foods appoints Mireya Sotelo as chief executive
HALDEN BAY, Feb 6, 2023 (NWS) - Brightwell Foods said on Monday it had appointed Mireya Sotelo, head of its frozen division, as chief executive with effect from 3 April, ending a six-month search.

Colin Ashby, who has led the company on an interim basis since August, will return to his role as chief financial officer. Shares in Brightwell rose 3.1 per cent in morning trading."""),
    }, [
        "Brightwell Foods will publish its quarterly trading update on Thursday.",
        "Brightwell Foods is recalling a batch of frozen pies over a labelling error.",
    ], [
        Q("Who was named permanent chief executive of Brightwell Foods in 2023?", "who", ["Mireya Sotelo", "Sotelo"], ["y2023"],
          "it had appointed Mireya Sotelo, head of its frozen division, as chief executive", ["y2022"], ny=True),
        Q("From what date does Mireya Sotelo take over as Brightwell Foods chief executive?", "when", ["3 April"], ["y2023"],
          "as chief executive with effect from 3 April", ["y2022"]),
    ]),
    # ------------------------------------------------------------------ 26 (no answer)
    T("tavish_falls", "local", ["Tavish Falls", "Derek Mollan"], {
        "deputy": ("council_news", """Tavish Falls council appoints deputy mayor
Councillor Derek Mollan has been appointed deputy mayor of Tavish Falls for the coming year, the town council confirmed at its annual meeting on Tuesday.

Mollan, who represents the Riverside ward, will chair council meetings when the mayor is unavailable and represent the town at civic events. He replaces Councillor Anita Fairclough, who held the role for two years.

The meeting also approved a £2.4 million programme of pavement repairs."""),
        "budget": ("council_news", """Budget consultation opens in Tavish Falls
Residents of Tavish Falls have until 30 November to comment on the town's draft budget, the mayor's office said on Wednesday.

The proposals include longer opening hours at the central library, a new skate park at Weir Meadow and a 2.9 per cent rise in the council's share of local tax. Paper copies are available at the library and the town hall. A spokesperson said every response would be read."""),
    }, [
        "Tavish Falls town council will meet in the library while the town hall roof is repaired.",
        "The skate park plan for Weir Meadow in Tavish Falls has drawn more than 300 comments.",
    ], [
        Q("Who is the mayor of Tavish Falls?", "who",
          nm=["deputy", "budget"], absent=["elected mayor of Tavish Falls", "the mayor of Tavish Falls is", "Tavish Falls mayor"]),
    ]),
    # ------------------------------------------------------------------ 27
    T("dunmarrow_rovers", "sport", ["Dunmarrow Rovers", "Kit Valdane", "Lars Ebbing", "Sunniva Lark", "Aurelio Brant"], {
        "captain": ("wire_news", """Valdane named Dunmarrow Rovers captain
Dunmarrow Rovers have named midfielder Kit Valdane as club captain for the 2023-24 season, head coach Aurelio Brant announced on Thursday.

Valdane, 27, takes over the armband from goalkeeper Lars Ebbing, who remains vice-captain. "Kit leads by example, on and off the pitch," Brant said.

Valdane joined from Fallowby Athletic three years ago and has made 104 appearances for the club."""),
        "coach": ("wire_news", """Dunmarrow Rovers appoint Sunniva Lark as head coach
DUNMARROW, Jan 15, 2024 (NWS) - Dunmarrow Rovers have appointed Sunniva Lark as head coach on a contract until 2026, a week after Aurelio Brant left by mutual consent.

Lark, 39, previously led Kessenby Town to promotion and spent four years as an assistant at national level. She takes charge for the first time at Saturday's home game."""),
    }, [
        "Dunmarrow Rovers have cut season-ticket prices for under-18s.",
        "Dunmarrow Rovers' training ground will host a community open day next Sunday.",
    ], [
        Q("Who was named captain of Dunmarrow Rovers for the 2023-24 season?", "who", ["Kit Valdane", "Valdane"], ["captain"],
          "have named midfielder Kit Valdane as club captain for the 2023-24 season", ["coach"], ny=True),
        Q("Who is Dunmarrow Rovers' vice-captain for 2023-24?", "who", ["Lars Ebbing", "Ebbing"], ["captain"],
          "goalkeeper Lars Ebbing, who remains vice-captain", ["coach"], ny=True),
    ]),
    # ------------------------------------------------------------------ 28
    T("saltmarsh_kings", "arts", ["Saltmarsh Kings", "Freya Dunleavy", "Ottavio Renn"], {
        "page": ("film_page", """Saltmarsh Kings
Saltmarsh Kings is a 2020 drama film directed by Ottavio Renn and produced by Freya Dunleavy for Greyheron Films. Written by Renn, it follows three brothers who inherit a failing oyster farm.

Cast: Eamon Trask, Joel Marant, Kalani Moss, Petra Oyelaran.
Release date: 16 October 2020. Running time: 104 minutes. Box office: $4.1 million.

The film was nominated for best ensemble at several regional critics' awards."""),
        "review": ("review", """Review: Saltmarsh Kings is muddy, moving and far too long
Three stars

Ottavio Renn's third feature has a great setting, a trio of fine performances and about twenty minutes it does not need. The oyster beds, shot by cinematographer Agata Merrow in cold blue light, are the real star.

Eamon Trask is excellent as the eldest brother, quietly drowning in debt. Renn's script, though, keeps circling the same argument. Worth seeing on a big screen, if you have the patience."""),
    }, [
        "Saltmarsh Kings is the closing film of the community cinema's winter season.",
        "Cast members from Saltmarsh Kings will take part in a question-and-answer session after Friday's screening.",
    ], [
        Q("Who produced Saltmarsh Kings?", "who", ["Freya Dunleavy", "Dunleavy"], ["page"],
          "produced by Freya Dunleavy for Greyheron Films", ["review"]),
    ]),
    # ------------------------------------------------------------------ 29
    T("pellingham_bee", "local", ["Pellingham Spelling Bee", "Pellingham", "Ciara Holm", "Aarav Millbrook", "quillwort"], {
        "y2022": ("council_news", """Bea Tollane wins Pellingham Spelling Bee
Eleven-year-old Bea Tollane of St Ferrin's Primary won the 2022 Pellingham Spelling Bee on Saturday, correctly spelling "sesquipedalian" in the 14th round.

Runner-up was Oren Tallack, 12, who went out on "mnemonic". Thirty-eight children from schools across Pellingham took part in the contest at the town library. Organiser Judith Vayle thanked the parents who volunteered as timekeepers."""),
        "y2023": ("wire_news", """Pellingham Spelling Bee 2023: Aarav Millbrook, 12, takes the title
Aarav Millbrook of Harnside Academy won the Pellingham Spelling Bee on Saturday after 19 rounds, spelling "quillwort" to clinch the title.

Ciara Holm, 13, finished runner-up after stumbling on "ptarmigan". A record 46 spellers took part, up from 38 the year before.

Aarav said he had practised with his grandmother every evening for two months."""),
    }, [
        "Schools have until Friday to nominate pupils for the Pellingham Spelling Bee.",
        "The Pellingham Spelling Bee will move to the town hall while the library is rewired.",
    ], [
        Q("Who was runner-up at the 2023 Pellingham Spelling Bee?", "who", ["Ciara Holm"], ["y2023"],
          "Ciara Holm, 13, finished runner-up", ["y2022"], ny=True),
        Q("What word won the Pellingham Spelling Bee in 2023?", "what", ["quillwort"], ["y2023"],
          'spelling "quillwort" to clinch the title', ["y2022"], ny=True),
    ]),
    # ------------------------------------------------------------------ 30 (no answer)
    T("orrinford_chamber", "business", ["Orrinford Chamber of Commerce", "Martin Kell", "Tomasz Redd"], {
        "y2021": ("company_announcement", """Orrinford Chamber of Commerce re-elects Martin Kell
Members of the Orrinford Chamber of Commerce have re-elected Martin Kell as their president for a second two-year term, the chamber announced after its April 2021 annual general meeting.

Kell, who runs a printing firm on Mill Lane, said his priority would be persuading the council to reopen the Bridge Street car park. The chamber has 212 member businesses."""),
        "y2024": ("council_news", """Chamber AGM: presidency vote deferred
Members of the Orrinford Chamber of Commerce elected Tomasz Redd as vice-president and Gail Ferro as treasurer at the 2024 annual general meeting on Tuesday, but postponed the vote for president after two nominations were ruled invalid.

A special meeting will be called in the summer to settle the presidency. Until then, the outgoing board will remain in place, a chamber spokesperson said."""),
    }, [
        "The Orrinford Chamber of Commerce is running a free workshop on business rates.",
        "Orrinford Chamber of Commerce members will vote on a new logo at their next meeting.",
    ], [
        Q("Who was elected president of the Orrinford Chamber of Commerce in 2024?", "who",
          nm=["y2024", "y2021"], absent=["elected president of the Orrinford", "2024 president", "new president of the Orrinford"], ny=True),
    ]),
    # ------------------------------------------------------------------ 31
    T("paper_herons", "arts", ["Paper Herons", "Lottie Brannagh", "Jonah Feld", "Sid Harlan"], {
        "band": ("music_page", """The Paper Herons
The Paper Herons are an indie rock band formed in Brigmoor in 2012. The current line-up is Jonah Feld (vocals, guitar), Ama Quarshie (lead guitar), Niamh Corrigan (bass) and Lottie Brannagh (drums), who joined in 2017.

The band's second album, Low Country Radio, reached number 9 on the album chart. They are known for long live shows and for releasing every single on cassette."""),
        "interview": ("review", """Interview: Jonah Feld on ten years of The Paper Herons
Jonah Feld laughs when asked about the early days. "We had one amp and a van that only went uphill in reverse."

Feld remembers the first shows with original drummer Sid Harlan, who left in 2016 to train as a nurse. "Sid still comes to every hometown gig," he says.

The band start a twelve-date tour next month."""),
    }, [
        "The Paper Herons have announced a hometown show in Brigmoor.",
        "Tickets for the Paper Herons tour sold out in under an hour, the promoter said.",
    ], [
        Q("Who plays drums in The Paper Herons?", "who", ["Lottie Brannagh", "Brannagh"], ["band"],
          "Lottie Brannagh (drums)", ["interview"]),
    ]),
    # ------------------------------------------------------------------ 32
    T("kestrel_os", "tech", ["Kestrel OS", "Tessaline Devices"], {
        "v13": ("release_notes", """Kestrel OS 13.2 release notes
Published 4 April 2023

Kestrel OS 13.2 will be available from 18 April for all supported devices. This update includes:
- New battery health screen in Settings
- Fixes for Bluetooth audio dropouts on some headsets
- Improved accuracy for step counting
- Security patches for the media framework

Devices released before 2018 will not receive this update. Download size varies by model."""),
        "v14": ("wire_news", """Kestrel OS 14 rollout date confirmed
SANVIK, Sept 20, 2023 (NWS) - Tessaline Devices said on Wednesday that Kestrel OS 14 will start rolling out to supported phones and tablets on 9 October, with older models receiving the update in November.

The release adds a redesigned lock screen, offline voice dictation and a battery-saving mode that pauses background sync overnight. Tessaline said beta testers had filed more than 40,000 bug reports."""),
    }, [
        "Some users report battery drain after the latest Kestrel OS update; Tessaline Devices says a fix is coming.",
        "A Kestrel OS developer conference will take place online this spring.",
    ], [
        Q("When did Kestrel OS 14 start rolling out?", "when", ["9 October"], ["v14"],
          "will start rolling out to supported phones and tablets on 9 October", ["v13"], ny=True),
        Q("When will Kestrel OS 15 be released?", "when",
          nm=["v14", "v13"], absent=["Kestrel OS 15"], ny=True),
    ]),
    # ------------------------------------------------------------------ 33
    T("veyra_phones", "tech", ["Veyra X", "Veyra Mobile"], {
        "x4": ("company_announcement", """Veyra X4 launches at $649
PRESS RELEASE - 26 April 2022

Veyra Mobile today unveiled the Veyra X4, its new mid-range phone with a 6.4-inch display, a 50-megapixel main camera and two-day battery life. The Veyra X4 goes on sale on 12 May 2022, priced from $649 for the 128 GB model.

"The X4 is our most complete phone yet," said product chief Lena Sarkis."""),
        "x5": ("wire_news", """Veyra X5 priced at $699, on sale this month
PORT HALLEN, April 4, 2023 (NWS) - Veyra Mobile said the Veyra X5 will go on sale on 21 April, starting at $699 for the 128 GB model, $50 more than its predecessor at launch.

The X5 adds a periscope zoom lens and a larger battery. Analysts said the price rise reflected higher component costs. Pre-orders open on Friday."""),
    }, [
        "Veyra Mobile has opened a flagship store in Port Hallen's Quay Street.",
        "A software update for older Veyra phones fixes a camera crash, the company says.",
    ], [
        Q("How much does the Veyra X5 cost at launch?", "how_much", ["$699"], ["x5"],
          "starting at $699 for the 128 GB model", ["x4"]),
        Q("What date did the Veyra X5 go on sale in 2023?", "when", ["21 April"], ["x5"],
          "the Veyra X5 will go on sale on 21 April", ["x4"], ny=True),
        Q("What is the launch price of the Veyra X6?", "how_much",
          nm=["x5", "x4"], absent=["Veyra X6"]),
    ]),
    # ------------------------------------------------------------------ 34
    T("cobalt_ferns", "arts", ["Cobalt Ferns", "Northbound Static"], {
        "orig": ("music_page", """Northbound Static
Northbound Static is the second studio album by Cobalt Ferns, released on 14 June 2019 by Gantry Records. Produced by Ilse Thornquist, it has 10 tracks and was recorded in a disused radio station.

The album reached number 6 on the national chart and produced the singles "Signal Fire" and "Low Frequencies". Critics singled out the band's use of shortwave recordings."""),
        "deluxe": ("wire_news", """Cobalt Ferns announce Northbound Static deluxe edition
Cobalt Ferns will release a deluxe edition of Northbound Static on 3 September 2021, adding six bonus tracks including live versions recorded on the band's last tour and the previously unreleased "Cold Antenna".

The new edition will be available on double vinyl and streaming services. Singer Mael Ostrander said the band had "found a box of tapes we forgot existed"."""),
    }, [
        "Cobalt Ferns have cancelled two dates of their tour because of illness.",
        "Cobalt Ferns are back in the studio, the band says on social media.",
    ], [
        Q("When was the deluxe edition of Northbound Static released?", "when", ["3 September 2021"], ["deluxe"],
          "a deluxe edition of Northbound Static on 3 September 2021", ["orig"], ny=True),
        Q("How many bonus tracks are on the Northbound Static deluxe edition?", "how_many", ["six"], ["deluxe"],
          "adding six bonus tracks", ["orig"], ny=True),
    ]),
    # ------------------------------------------------------------------ 35
    T("hollowmere", "tech", ["Hollowmere", "Quarry Nine", "Greyfen Studio"], {
        "orig": ("wiki", """Hollowmere
Hollowmere is a 2016 action-adventure game developed by Greyfen Studio. It was released on 8 March 2016 for consoles and PC.

Set in a flooded valley, the game follows a ferry pilot searching for her missing brother. Hollowmere sold more than two million copies and won several awards for its art direction. A sequel was announced in 2019 but has not been released."""),
        "remaster": ("wire_news", """Hollowmere Remastered out now
Hollowmere Remastered was released on February 22, 2023, bringing the 2016 adventure game to current consoles with rebuilt lighting, a photo mode and a new difficulty setting.

The remaster was developed by Quarry Nine, working with some of the original team. Owners of the original on PC can upgrade for a small fee. Early reviews have praised the improved frame rate."""),
    }, [
        "Hollowmere is free to play this weekend for online subscribers.",
        "A Hollowmere art book is being reprinted after selling out.",
    ], [
        Q("When did Hollowmere Remastered come out?", "when", ["February 22, 2023"], ["remaster"],
          "Hollowmere Remastered was released on February 22, 2023", ["orig"], ny=True),
        Q("Which studio developed the Hollowmere remaster?", "which", ["Quarry Nine"], ["remaster"],
          "The remaster was developed by Quarry Nine", ["orig"], ny=True),
    ]),
    # ------------------------------------------------------------------ 36
    T("tarnlib", "tech", ["Tarnlib"], {
        "v28": ("release_notes", """Tarnlib 2.8.0 released
Tarnlib 2.8.0 is now available.

Removed
- The Lumen driver, deprecated since 2.5, has been removed.

Added
- Connection pooling now supports per-query timeouts.
- New tarn.inspect() helper for listing tables and views.

Fixed
- Memory leak when large result sets were cancelled mid-stream.
- Incorrect handling of time zones in timestamp columns.

Thanks to the 23 contributors to this release."""),
        "v30": ("release_notes", """Tarnlib 3.0.0 release notes
Tarnlib 3.0 is a major release with breaking changes. Please read the migration guide before upgrading.

Breaking changes
- The Corvid driver has been removed. Use the built-in Ferrite driver instead.
- Configuration files now use the .toml format only.
- The minimum supported runtime version has been raised.

New
- Async query API.
- Streaming inserts for bulk loads.

This release includes work from 41 contributors."""),
    }, [
        "The Tarnlib maintainers are looking for volunteers to help with documentation translations.",
        "A security advisory has been published for older Tarnlib releases; users should upgrade.",
    ], [
        Q("Which database driver was removed in Tarnlib 3.0?", "which", ["Corvid"], ["v30"],
          "The Corvid driver has been removed.", ["v28"], ny=True),
        Q("When was Tarnlib 3.1 released?", "when",
          nm=["v30", "v28"], absent=["Tarnlib 3.1", "3.1.0"], ny=True),
    ]),
    # ------------------------------------------------------------------ 37 (no answer)
    T("emberdb", "tech", ["Emberdb"], {
        "v51": ("release_notes", """Emberdb 5.1 released
30 January 2024

We are pleased to announce Emberdb 5.1, the first feature release of the 5.x series.

Highlights
- Faster index builds on large tables (up to 3x in our tests)
- New compression option for cold partitions
- Improved replication lag reporting

Emberdb 5.0 remains supported until the end of next year. Upgrade notes are in the documentation."""),
        "beta": ("forum_post", """Emberdb 6.0 beta 1 is available for testing
Posted by the Emberdb team

The first beta of Emberdb 6.0 is ready for testing. It includes the new query planner and the long-awaited native JSON column type.

Please do not run beta builds in production. The final 6.0 release is planned for after the beta period ends, and we will announce a date once we are confident in stability. Bug reports are welcome on the issue tracker."""),
    }, [
        "Emberdb's maintainers will hold a community call on the new query planner.",
        "Several hosting providers have started offering managed Emberdb.",
    ], [
        Q("When was Emberdb 6.0 released?", "when",
          nm=["beta", "v51"], absent=["Emberdb 6.0 is now available", "Emberdb 6.0 was released", "6.0 is now generally available"], ny=True),
    ]),
    # ------------------------------------------------------------------ 38
    T("pulsewave", "tech", ["Pulsewave 3"], {
        "std": ("review", """Pulsewave 3 review: a smartwatch that finally lasts the weekend
Four stars

The Pulsewave 3 is lighter than its predecessor and its screen is brighter outdoors. In our testing the battery lasted up to 36 hours with the always-on display enabled, and a little longer without.

Heart-rate tracking was accurate against a chest strap, though GPS took a while to lock on in town. At $249 it is good value."""),
        "pro": ("company_announcement", """Introducing the Pulsewave 3 Pro
The Pulsewave 3 Pro adds a titanium case, dual-band GPS and a battery life of up to 60 hours on a single charge.

The Pro model also includes an emergency siren and a depth gauge for snorkelling. It will be available in two sizes and three colours from next month, priced at $399."""),
    }, [
        "Pulsewave 3 owners report a firmware update has fixed step-count errors.",
        "Pulsewave 3 straps are on offer this week at several retailers.",
    ], [
        Q("How many hours of battery life does the Pulsewave 3 Pro offer?", "how_many", ["60 hours", "60"], ["pro"],
          "a battery life of up to 60 hours on a single charge", ["std"]),
    ]),
    # ------------------------------------------------------------------ 39
    T("ridgefire", "arts", ["Ridgefire", "Maks Oberlin"], {
        "orig": ("film_page", """Ridgefire (film)
Ridgefire is a 2019 action film directed by Maks Oberlin. It stars Dara Colquhoun as a smokejumper trapped on a burning ridge with a group of hikers.

Ridgefire was released on 11 October 2019 and grossed $88 million worldwide against a $30 million budget. The practical fire effects were widely praised."""),
        "sequel": ("wire_news", """Ridgefire 2 dated for November
CARRICK BAY, June 3, 2024 (NWS) - The studio behind Ridgefire said on Monday that Ridgefire 2 will open in cinemas on 7 November, with Maks Oberlin returning to direct and Dara Colquhoun back in the lead.

The sequel moves the action to a coastal forest during a drought. A first trailer is expected later this month."""),
    }, [
        "Ridgefire is getting a special screening with a live talk from firefighters at the arts centre.",
        "A Ridgefire board game is being funded through a crowdfunding campaign.",
    ], [
        Q("When does Ridgefire 2 open in cinemas?", "when", ["7 November"], ["sequel"],
          "Ridgefire 2 will open in cinemas on 7 November", ["orig"], ny=True),
        Q("Who is directing Ridgefire 3?", "who",
          nm=["sequel", "orig"], absent=["Ridgefire 3"], ny=True),
    ]),
    # ------------------------------------------------------------------ 40
    T("garrow_caves", "travel", ["Garrow Caves"], {
        "y2022": ("travel_listing", """Garrow Caves - visitor information (2022 season)
Open daily 10am-5pm, April to October. Last guided tour 4pm.

Admission: adults £14; children (5-15) £8; family ticket £38. Under-5s free.

Tours last about 50 minutes and include 180 steps. The temperature inside is around 10C all year, so bring a jacket. Dogs are not allowed in the caves but may be left at the kennels by the ticket office."""),
        "y2024": ("travel_listing", """Garrow Caves: opening times and prices 2024
Opening hours: daily 9.30am-5.30pm from 23 March to 3 November.

Adult admission £16.50, children (5-15) £9.50, family ticket (2+2) £45. Tickets bought online are 10 per cent cheaper.

New this year: a lantern-lit evening tour on Fridays in August. Parking is free for ticket holders. The cafe and gift shop are open until 6pm."""),
    }, [
        "Garrow Caves will be closed for two days next week while lighting is replaced.",
        "Garrow Caves has been named one of the region's top family attractions by a travel guide.",
    ], [
        Q("How much is adult admission at Garrow Caves in 2024?", "how_much", ["£16.50"], ["y2024"],
          "Adult admission £16.50", ["y2022"], ny=True),
    ]),
    # ------------------------------------------------------------------ 41
    T("tolland_bridge", "local", ["Tolland Street Bridge", "Harnleigh"], {
        "plan": ("council_news", """Tolland Street Bridge to close for repairs
Harnleigh's Tolland Street Bridge will close to traffic from 6 February for strengthening work, the county highways department said.

Pedestrians will be able to use a temporary footway on the east side. Engineers expect the bridge to reopen in spring 2023. A diversion via Carter's Lane and the ring road will add around ten minutes to journeys. Bus route 14 will be diverted."""),
        "reopen": ("council_news", """Tolland Street Bridge reopens to traffic
HARNLEIGH, 13 June 2023 - The Tolland Street Bridge reopened to traffic on Monday 12 June, ten weeks later than planned, after repairs to its steel bearings took longer than expected.

Councillor Ruth Ashgrove-Kemp, cabinet member for highways, thanked residents for their patience. A 20mph limit will remain in place on the bridge while the road surface settles."""),
    }, [
        "Traffic in Harnleigh is expected to be heavy near the Tolland Street Bridge during the school holidays.",
        "Harnleigh's highways team is consulting on a new cycle lane approaching the Tolland Street Bridge.",
    ], [
        Q("When did the Tolland Street Bridge reopen?", "when", ["12 June", "Monday 12 June"], ["reopen"],
          "reopened to traffic on Monday 12 June", ["plan"]),
    ]),
    # ------------------------------------------------------------------ 42
    T("norrick_labs", "business", ["Norrick Labs", "Aldane Group"], {
        "rumour": ("wire_news", """Aldane Group in talks to buy Norrick Labs - sources
KESSLEY, July 12, 2023 (NWS) - Aldane Group is in advanced talks to acquire testing-equipment maker Norrick Labs in a deal that would value the company at about $300 million, two people familiar with the matter said.

The talks could still collapse, the sources said. Neither company commented. Norrick Labs has around 600 employees and plants in Kessley and Port Hallen."""),
        "deal": ("company_announcement", """Aldane Group completes acquisition of Norrick Labs
PRESS RELEASE

Aldane Group today confirmed it completed its acquisition of Norrick Labs on 2 October 2023 for $410 million in cash.

Norrick Labs will operate as a division of Aldane's instruments business and will keep its headquarters in Kessley. "Norrick's testing expertise fits naturally with what we do," said Aldane chief executive Pieter Janssone."""),
    }, [
        "Norrick Labs is hiring 40 engineers at its Kessley site.",
        "Aldane Group will report half-year results next week.",
    ], [
        Q("How much did Aldane Group pay for Norrick Labs?", "how_much", ["$410 million"], ["deal"],
          "for $410 million in cash", ["rumour"]),
        Q("On what date did Aldane Group complete its purchase of Norrick Labs?", "when", ["2 October 2023"], ["deal"],
          "completed its acquisition of Norrick Labs on 2 October 2023", ["rumour"]),
    ]),
    # ------------------------------------------------------------------ 43 (no answer)
    T("lyndmoor_jazz", "arts", ["Lyndmoor Jazz Weekend", "Cropwell Park"], {
        "y2023": ("travel_listing", """Lyndmoor Jazz Weekend 2023
Dates: 18-20 August 2023
Where: Cropwell Park, Lyndmoor

Three days of jazz on two stages, with a late-night club tent on Friday and Saturday. Weekend wristbands £72, day tickets £30. Food stalls, a real-ale bar and free children's workshops on Saturday morning.

Gates open at noon each day. No glass on site."""),
        "y2022": ("review", """Review: Lyndmoor Jazz Weekend 2022
The sun shone, the brass was loud and the queue for the ale tent was long. Lyndmoor Jazz Weekend had its best year yet, with the big-band set on Saturday night drawing the biggest crowd the park has seen.

Highlights included pianist Wendeline Osu's trio and a surprise late-night jam in the club tent. Organisers said around 6,000 people came over the weekend."""),
    }, [
        "Volunteers are being sought for the Lyndmoor Jazz Weekend stewarding team.",
        "The Lyndmoor Jazz Weekend has won a small grant for free children's workshops.",
    ], [
        Q("What are the dates for Lyndmoor Jazz Weekend 2024?", "when",
          nm=["y2023", "y2022"], absent=["Lyndmoor Jazz Weekend 2024", "2024 Lyndmoor"], ny=True),
        Q("Where is the 2024 Lyndmoor Jazz Weekend taking place?", "where",
          nm=["y2023", "y2022"], absent=["Lyndmoor Jazz Weekend 2024", "2024 Lyndmoor"], ny=True),
    ]),
    # ------------------------------------------------------------------ 44
    T("threads_delta", "travel", ["Threads of the Delta", "Corran Museum", "Vell Gallery"], {
        "corran": ("travel_listing", """Threads of the Delta at the Corran Museum
Exhibition - Textiles from the river villages

Threads of the Delta brings together more than 200 woven and embroidered pieces from the river villages, many shown for the first time. The exhibition runs until 5 January 2025 in the museum's east galleries.

Tickets: £9, concessions £6, under-16s free. Open Tuesday to Sunday, 10am-5pm. Audio guides are included in the ticket price."""),
        "vell": ("wire_news", """Threads of the Delta draws record crowds at Vell Gallery
The textile exhibition Threads of the Delta closed at the Vell Gallery on 30 April 2023 after a record run of 58,000 visitors, the gallery said.

Curator Imogen Saltash said the show would tour to another venue next year with additional loans. The gallery's next exhibition, on ceramics, opens in June."""),
    }, [
        "Late openings on Thursdays begin at the Corran Museum this month.",
        "The Corran Museum is seeking volunteers for its textile conservation lab.",
    ], [
        Q("When does the Threads of the Delta exhibition at the Corran Museum close?", "when", ["5 January 2025"], ["corran"],
          "The exhibition runs until 5 January 2025", ["vell"]),
    ]),
    # ------------------------------------------------------------------ 45
    T("pennock_strike", "business", ["Pennock Rail", "Rail Drivers' Guild"], {
        "june": ("wire_news", """Pennock Rail drivers to strike next week
KESSLEY, June 5, 2023 (NWS) - Train drivers at Pennock Rail will strike for 24 hours on 14 June in a dispute over rest days, the Rail Drivers' Guild said on Monday.

Pennock Rail said it expected to run about a third of its normal timetable. Talks at the arbitration service broke down last week."""),
        "nov": ("wire_news", """Pennock Rail drivers announce 48-hour November walkout
KESSLEY, Oct 24, 2023 (NWS) - Pennock Rail drivers will strike on 9 and 10 November, the Rail Drivers' Guild said on Tuesday, after members rejected the company's latest offer on rest days.

It will be the second strike this year. Pennock Rail said it was "disappointed" and would publish an emergency timetable. Passengers with advance tickets can claim refunds."""),
    }, [
        "Pennock Rail has published its winter timetable, with fewer late-evening services.",
        "The Rail Drivers' Guild will ballot members at two more operators, officials say.",
    ], [
        Q("When will Pennock Rail drivers walk out in November 2023?", "when", ["9 and 10 November"], ["nov"],
          "Pennock Rail drivers will strike on 9 and 10 November", ["june"], ny=True),
    ]),
]
