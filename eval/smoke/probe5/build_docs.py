# Generates docs/*.txt beside this script
import os

HERE = os.path.dirname(os.path.abspath(__file__))
D = {}
D["halvard_prize_2021.txt"] = """Membrane chemist Ilse Maronek wins 2021 Halvard Prize
October 14, 2021 — Science Dispatch

Ilse Maronek, a professor of chemical engineering at Tessary University, has been named the winner of the 2021 Halvard Prize for Applied Chemistry, the Halvard Foundation announced on Thursday. The jury cited her work on ceramic catalytic membranes that cut the energy needed to purify industrial hydrogen by nearly a third.

The prize, worth 250,000 crowns, will be presented at a ceremony in Brisca on November 26. Maronek, 52, said she would use part of the money to fund two doctoral positions in her group.

The shortlist this year also included polymer recycling specialist Dag Holmfeldt and the battery electrolyte team led by Priya Saltanen. Foundation chair Evert Lunde said the jury had been "unusually divided" before settling on Maronek's membranes.

The Halvard Prize has been awarded annually since 1987.
"""
D["halvard_prize_2022.txt"] = """Halvard Prize goes to soil-carbon pioneer Oduya Brenck
October 12, 2022 — Science Dispatch

The 2022 Halvard Prize for Applied Chemistry has been awarded to Oduya Brenck of the Kessmark Institute of Agronomy for developing mineral additives that lock carbon into farm soils, the Halvard Foundation said on Wednesday.

Brenck, who grew up on a potato farm outside Greyholm, becomes the first agricultural scientist to receive the award in its 35-year history. The prize money remains 250,000 crowns.

Last year's laureate, Ilse Maronek, joined the jury for the first time. The foundation does not name a runner-up, but jury members said Priya Saltanen's electrolyte work was again among the final two.

The award ceremony is scheduled for November 30 in Brisca.
"""
D["halvard_prize_2024.txt"] = """Battery chemist Priya Saltanen finally takes the Halvard Prize
October 10, 2024 — Science Dispatch

After being shortlisted three times, Priya Saltanen has won the 2024 Halvard Prize for Applied Chemistry. The Halvard Foundation announced the decision on Thursday morning, praising her team's sodium-based electrolytes for grid storage batteries.

This year the prize was raised to 300,000 crowns, the first increase since 2015. Saltanen, who leads the energy materials lab at Caldwyn Institute, will receive the award on December 3 at the Brisca Concert Hall.

2022 laureate Oduya Brenck, who chaired this year's jury, said the decision was unanimous. The foundation also confirmed that the separate Halvard Young Investigator Prize will be announced next week.
"""
D["halvard_young_2024.txt"] = """Lotte Ferrakis named Halvard Young Investigator
October 17, 2024 — Science Dispatch

The Halvard Foundation has awarded its 2024 Young Investigator Prize to Lotte Ferrakis, 31, a postdoctoral researcher at Tessary University who designs enzymes that break down textile dyes. The prize, reserved for scientists under 35, carries 60,000 crowns.

Ferrakis is the second Young Investigator winner from Tessary in three years. She will share the stage with main Halvard Prize winner Priya Saltanen at the December 3 ceremony in Brisca.

Ferrakis said she planned to spend the money on a portable spectrometer for sampling river water near textile mills.
"""
D["halvard_2025_shortlist.txt"] = """Four names on the 2025 Halvard Prize shortlist
September 18, 2025 — Science Dispatch

The Halvard Foundation has published its shortlist for the 2025 Halvard Prize for Applied Chemistry. The four finalists are Dag Holmfeldt (polymer recycling), Renske Obuya (low-temperature cement), Marcus Thielemann (green ammonia catalysts) and the duo Hana Ilic and Jorin Vaste (solid-state refrigeration).

The winner will be announced on October 9 and receive 300,000 crowns. Holmfeldt was previously shortlisted in 2021. Bookmakers in Brisca, who rarely take bets on science prizes, have made Obuya the early favourite.

The ceremony is expected to take place in early December.
"""
D["corvell_systems_ceo.txt"] = """Corvell Systems names Annika Rhoe chief executive
February 6, 2024 — Harbor Business Review

Corvell Systems, the Aldmere-based maker of accounting software, has appointed Annika Rhoe as chief executive officer effective March 1, 2024. Rhoe, previously chief operating officer, succeeds co-founder Tomas Vell, who will become non-executive chairman after 19 years at the helm.

The company, which employs about 1,400 people, reported revenue of 318 million dollars last year. Rhoe said her priority would be moving more small-business customers to the cloud version of its flagship Ledgerline product.

Corvell Systems is not related to Corvell Foods, the Greyholm snack producer, despite the shared name, a spokesperson noted.
"""
D["corvell_systems_ledgerline.txt"] = """Corvell Systems launches Ledgerline 5 with automatic invoice matching
September 24, 2024 — TechLedger News

Corvell Systems released Ledgerline 5 on Tuesday, the first major update to its small-business accounting suite since Annika Rhoe took over as CEO. The new version matches incoming payments to invoices automatically and supports e-invoicing in eleven countries.

Ledgerline 5 costs 34 dollars per month for the standard plan, up from 29 dollars for Ledgerline 4. A Plus tier with payroll costs 58 dollars. Existing Ledgerline 4 customers will be migrated free of charge by the end of March 2025.

Analysts at Ferrow Capital said the price rise was modest given the new features.
"""
D["corvell_foods_recall.txt"] = """Corvell Foods recalls peanut spread over undeclared sesame
July 2, 2024 — Greyholm Evening Post

Corvell Foods has recalled about 14,000 jars of its Harvest Gold crunchy peanut spread after tests found traces of sesame that are not listed on the label. The recall covers 340-gram jars with best-before dates between 12 January and 28 February 2025.

The Greyholm-based company said no illnesses had been reported. Customers can return jars to any store for a full refund. The smooth variety of Harvest Gold is not affected.

"We traced the problem to a shared filling line at our Ostby plant," said company spokesperson Jonas Pirtle. The National Food Safety Board said it was satisfied with the company's response.
"""
D["corvell_foods_plant.txt"] = """Corvell Foods to build snack plant in Marrow
October 8, 2024 — Eastmarch Record

Corvell Foods, the Greyholm-based maker of nut spreads and crackers, plans to open a new production plant in Marrow in 2026, creating about 220 jobs. The company said it would invest 75 million crowns in the site, a former brewery on the east bank of the Marrow River.

Operations director Linnea Quist said the new plant would have separate filling lines for products containing sesame, following the company's peanut spread recall in July. Production at the Ostby plant will continue.

Construction is expected to start in the spring, subject to planning permission.
"""
D["northgate_cup_2022.txt"] = """Ostrin edges Delacourt to win Northgate Cup
April 24, 2022 — Northgate Observer

Grandmaster Pavel Ostrin won the 2022 Northgate Cup on Sunday, beating Karin Delacourt 1.5-0.5 in the final after a tense rapid tiebreak. The knockout event at the Northgate Guildhall drew 64 players from 19 countries.

Ostrin, 38, had lost in the semi-finals in each of the previous two years. He takes home 18,000 euros from a prize fund of 90,000 euros. Delacourt, the top seed, collected 10,000 euros as runner-up.

Organisers confirmed the tournament will return to the Guildhall next April.
"""
D["northgate_cup_2023.txt"] = """Delacourt takes Northgate Cup title at last
April 23, 2023 — Northgate Observer

Karin Delacourt won the Northgate Cup on Sunday, a year after losing the final to Pavel Ostrin. The 29-year-old defeated Yusuf Arlan 2-0 in the final, finishing the event without losing a single game.

Defending champion Ostrin was knocked out in the quarter-finals by the eventual runner-up Arlan. The prize fund rose to 110,000 euros, with 22,000 euros going to the winner.

Delacourt said she would be back next April to defend her title.
"""
D["northgate_junior_cup_2023.txt"] = """Fifteen-year-old Mira Tolvanen wins Northgate Junior Cup
April 16, 2023 — Northgate Observer

Mira Tolvanen, 15, won the Northgate Junior Cup on Saturday, finishing with 6.5 points out of seven at the under-18 tournament held a week before the senior Northgate Cup. Second place went to Elias Brannock on 6 points.

Tolvanen earns a wildcard into next year's main Northgate Cup, an invitation the organisers introduced this year. She trains at the Vessa Chess Academy and said her hero was Karin Delacourt.

A total of 48 juniors took part.
"""
D["northgate_junior_2024.txt"] = """Brannock wins Northgate Junior Cup on tiebreak
April 13, 2024 — Northgate Observer

Elias Brannock, last year's runner-up, won the Northgate Junior Cup on Saturday, edging Sofia Renlund on tiebreak after both finished on six points from seven games. Defending champion Mira Tolvanen did not take part because she is playing in the senior Northgate Cup next week.

Brannock, 16, is from Greyholm. He receives 2,000 euros and a wildcard for the 2025 Northgate Cup. Fifty-two juniors entered, a record for the event.
"""
D["northgate_cup_2024_preview.txt"] = """Delacourt defends Northgate Cup as record field gathers
April 17, 2024 — Northgate Observer

Defending champion Karin Delacourt heads a record field of 72 players when the 2024 Northgate Cup begins at the Guildhall on Thursday. The final is scheduled for Sunday, April 21.

Former champion Pavel Ostrin is back after skipping the autumn circuit, and last year's runner-up Yusuf Arlan is seeded third. Junior Cup champion Mira Tolvanen makes her debut in the main event using the wildcard she earned last year.

The prize fund is unchanged at 110,000 euros. Tickets for the final weekend have sold out, organisers said.
"""
D["eastmarch_2020.txt"] = """Lindqvist re-elected Eastmarch governor
November 9, 2020 — Eastmarch Record

Governor Petra Lindqvist of the Green Valley Alliance won a second term in Eastmarch County on Sunday, taking 55.2 percent of the vote against 39.6 percent for Civic Renewal challenger Arvid Moen. Turnout was 57.4 percent.

Lindqvist, a former veterinarian, said her second term would be her last. She pledged to complete the Marrow ring road and expand rural broadband before leaving office.
"""
D["eastmarch_poll_2024.txt"] = """Poll puts Kettleby ahead in Eastmarch governor race
October 28, 2024 — Eastmarch Record

Green Valley Alliance candidate Bram Kettleby holds a four-point lead over Civic Renewal's Hedda Sorum ahead of the November 10 election for governor of Eastmarch County, according to a survey by the Lindholt Polling Institute. Kettleby is on 47 percent, Sorum on 43 percent, with the remainder undecided or backing minor candidates.

The poll of 1,200 registered voters has a margin of error of 2.8 points. Kettleby is expected to benefit from strong support in the county seat, Marrow, while Sorum's campaign is banking on rural turnout.

Outgoing governor Petra Lindqvist is not seeking re-election.
"""
D["eastmarch_result_2024.txt"] = """Sorum wins Eastmarch governorship in upset
November 11, 2024 — Eastmarch Record

Civic Renewal's Hedda Sorum has been elected governor of Eastmarch County, defeating poll favourite Bram Kettleby of the Green Valley Alliance. With all precincts counted, Sorum took 51.3 percent of the vote to Kettleby's 44.8 percent. Turnout was 62.1 percent, the highest in a county election since 1998.

Sorum, a former school principal, will be sworn in on January 6, 2025, succeeding Petra Lindqvist. Her party also gained three seats on the county council, though the Alliance kept its majority there.

Kettleby conceded shortly after midnight.
"""
D["westmarch_preview_2024.txt"] = """Westmarch mayoral race too close to call, say analysts
November 4, 2024 — Eastmarch Record

Voters in Westmarch will choose a new mayor on November 10, the same day as the Eastmarch County governor election. Independent councillor Oona Blaise and Labour Union candidate Lucan Ferris are neck and neck, according to two local surveys.

Blaise has campaigned on building a second bridge over the Marrow River, while Ferris promises to freeze parking fees for four years. Incumbent mayor Gideon Aske is retiring after three terms.

Results are expected late on election night.
"""
D["saltholm_ferry_winter_2023.txt"] = """Saltholm ferry cuts winter crossings to eight a day
September 29, 2023 — The Vessa Herald

Saltholm Ferry Line will reduce the number of daily crossings between Port Vessa and Saltholm Island from 12 to 8 when its winter timetable starts on November 1, 2023. The last evening departure from Port Vessa moves forward from 23:10 to 21:40.

The company blamed falling off-season passenger numbers and the rising cost of marine diesel. Island residents' association chair Greta Omholt called the change "a blow to anyone working late shifts on the mainland".

The winter timetable runs until April 30, 2024.
"""
D["saltholm_ferry_summer_2024.txt"] = """New fast ferry Kestrel Wind joins Saltholm route for summer
May 10, 2024 — The Vessa Herald

Saltholm Ferry Line's summer timetable, valid from May 15, 2024, restores a full schedule of 14 daily crossings between Port Vessa and Saltholm Island, up from eight over the winter. The route's new vessel, Kestrel Wind, cuts the crossing time from 70 minutes to 55 minutes.

Kestrel Wind, built at the Ostby yard for 46 million crowns, carries 320 passengers and 60 cars. The older ship, Saltholm Maid, will be kept as a reserve vessel.

An adult return ticket rises from 24 to 26 crowns.
"""
D["linden_rail_timetable_2024.txt"] = """Faster trains on Ostby-Marrow line from December 8
November 20, 2024 — Linden Valley Times

Linden Valley Railway will introduce a new timetable on December 8, 2024, with hourly trains between Ostby and Marrow throughout the day instead of every 90 minutes. A realigned track section near Hessel Bridge cuts the fastest journey time from 94 minutes to 78 minutes.

The first departure from Ostby will leave at 05:12 and the last from Marrow at 23:25. Weekend services remain every two hours.

The operator said passenger numbers on the line had risen 11 percent so far this year.
"""
D["linden_rail_electrification_plan.txt"] = """Linden Valley Railway plans full electrification by 2029
March 3, 2025 — Linden Valley Times

Linden Valley Railway has unveiled plans to electrify the entire Ostby-Marrow line, with work expected to begin in 2026 and finish by 2029. The project is estimated to cost 410 million crowns, of which the regional government has pledged 150 million.

The plan still requires approval from the national rail regulator, which is expected to decide in the autumn. If approved, diesel units would be replaced by battery-electric trains on the branch to Hessel Bridge.

Chief executive Mads Torrell said electrification would cut journey times by a further six minutes.
"""
D["linden_coast_rail_2024.txt"] = """Linden Coast Railway adds Sunday trains
May 21, 2024 — The Vessa Herald

Linden Coast Railway will run Sunday services between Port Vessa and Greyholm for the first time from June 2, 2024. Trains will leave every two hours from 08:00, with a journey time of 52 minutes.

The Linden Coast line is operated separately from Linden Valley Railway's inland Ostby-Marrow route. Managing director Ilona Petrak said the trial would run until the end of September and continue if average loads exceed 90 passengers per train.
"""
D["rivermouth_budget_2024.txt"] = """Rivermouth council passes 612 million budget for 2024
December 14, 2023 — Rivermouth Gazette

Rivermouth City Council approved a 2024 budget of 612 million crowns on Wednesday night by nine votes to four. The budget includes 48 million for road repairs and a 3.5 percent rise in property tax.

Mayor Helga Strand said the plan protected library opening hours and funded 22 new teachers. Opposition councillor Ruben Akinde said the tax increase would "hit families hardest".

The city's budget for 2023 was 584 million crowns.
"""
D["rivermouth_budget_2025_proposal.txt"] = """Mayor Strand proposes 655 million budget for 2025
November 6, 2024 — Rivermouth Gazette

Rivermouth Mayor Helga Strand has proposed a 2025 city budget of 655 million crowns, including a new flood barrier along the Rivermouth quay and a freeze on property tax. The council is scheduled to vote on December 12.

Finance committee chair Ruben Akinde said the opposition would seek cuts to the mayor's office and "a serious look" at the flood barrier's 31 million price tag. The proposal is 43 million crowns higher than this year's budget.
"""
D["rivermouth_county_budget_2025.txt"] = """Rivermouth County adopts 238 million budget
December 5, 2024 — Rivermouth Gazette

The Rivermouth County board adopted a 2025 budget of 238 million crowns on Thursday, separate from the city of Rivermouth's own budget, which is still under debate. The county plan spends 96 million on regional bus services and 41 million on elder care.

The board vote was unanimous. County director Simone Varga said the budget was balanced without raising the regional levy, helped by higher-than-expected income from harbour fees.
"""
D["quillpad3_launch.txt"] = """Brightfold releases Quillpad 3 with offline sync
March 7, 2023 — TechLedger News

Brightfold Labs released Quillpad 3, the latest version of its note-taking app, on Tuesday. The update adds offline sync, handwriting search and shared notebooks for up to 25 people.

Quillpad 3 costs 6.99 dollars a month, while the free tier is now limited to 200 notes. Brightfold, founded in Tessary in 2016, says Quillpad has 4.2 million active users.

Chief product officer Yara Delgado-Hunt said the company had rewritten the sync engine from scratch. A separate business edition, Quillpad Teams, will follow in the summer.
"""
D["quillpad4_announce.txt"] = """Brightfold teases Quillpad 4 with built-in transcription
October 15, 2024 — TechLedger News

Brightfold Labs said on Tuesday that Quillpad 4 is expected to arrive in early 2025, with built-in audio transcription and a redesigned editor. The company did not give a price or exact release date.

Quillpad 3, released in March 2023, will continue to receive security updates for two years after the new version ships. Brightfold also confirmed that Quillpad Teams, its business edition, has passed 9,000 paying organisations.

Chief product officer Yara Delgado-Hunt showed a short demo at the company's developer day in Tessary.
"""
D["aldmere_library_shortlist.txt"] = """Five teams shortlisted for Aldmere Harbour Library
June 12, 2023 — Aldmere Courier

The jury of the Aldmere Harbour Library design competition has shortlisted five of the 143 entries. The finalists are Studio Vantor, Kessling & Ode Architects, Bramwell Pike Partners, Atelier Nordby and the young practice Form Eleven.

Each finalist receives 40,000 crowns to develop its proposal. The winning design will be chosen in the autumn, and the library, on the former ferry terminal site, is expected to open in 2027 at a cost of about 120 million crowns.
"""
D["aldmere_library_winner.txt"] = """Studio Vantor's 'Tidehouse' wins Aldmere library competition
October 3, 2023 — Aldmere Courier

Studio Vantor has won the competition to design the Aldmere Harbour Library with "Tidehouse", a timber building with a stepped reading terrace facing the water. Kessling & Ode Architects were named runners-up for their copper-clad tower scheme.

Jury chair Liv Andersson-Rau said Tidehouse "treats the harbour as the main reading room". The jury's decision was announced on Tuesday, nearly four months after the shortlist was published.

Construction is due to begin in 2025. Studio Vantor, founded by Elin Vantor and Cas Mbeki, is based in Tessary.
"""
D["aldmere_library_construction.txt"] = """Work begins on Aldmere Harbour Library as cost climbs
May 6, 2025 — Aldmere Courier

Construction of the Aldmere Harbour Library started on Monday, almost two years after Studio Vantor's "Tidehouse" design was chosen. The projected cost has risen to 138 million crowns, from about 120 million at the competition stage, mainly because of higher timber prices.

The opening has been pushed back from 2027 to spring 2028. City councillor Nora Haldane said the extra money would come from the harbour redevelopment fund.
"""
D["aldmere_concert_hall_preview.txt"] = """Aldmere launches open competition for new concert hall
January 22, 2025 — Aldmere Courier

Aldmere city council has launched an international competition to design a 1,600-seat concert hall on Cannery Point. Entries close on May 30, 2025, and a shortlist is expected in July, with a winner to be named before the end of the year.

The budget for the hall is put at 310 million crowns. The jury will again be chaired by Liv Andersson-Rau, who led the panel that selected Studio Vantor's harbour library design in 2023.
"""
D["brisca_film_2021.txt"] = """'The Salt Orchard' takes Golden Heron at Brisca
September 19, 2021 — Brisca Evening Post

Nel Ambrose's family drama "The Salt Orchard" won the Golden Heron for best film at the 34th Brisca Film Festival on Saturday night. The jury, chaired by actor Corin Hask, also gave the best actress award to Dalia Moreno for her role as a widowed orchard owner.

The runner-up Silver Heron went to "Quiet Engines" by Bo Trelawny. This year's festival, held in a reduced format, screened 61 films over nine days.
"""
D["brisca_film_2022.txt"] = """Tavi Raskin's 'Winter Ledger' wins Golden Heron
September 18, 2022 — Brisca Evening Post

"Winter Ledger", a tense bookkeeping thriller by first-time director Tavi Raskin, won the Golden Heron at the 35th Brisca Film Festival. Jolene Marr was named best actress for her role as an auditor, and the Silver Heron went to "Long Field" by Ama Oyelowo.

Festival director Sunniva Brekke said attendance had returned to pre-pandemic levels, with 88,000 tickets sold. Last year's Golden Heron winner Nel Ambrose presented the award.
"""
D["brisca_shorts_2023.txt"] = """'Ninth Stair' wins top prize at Brisca Short Film Festival
March 26, 2023 — Brisca Evening Post

The seven-minute animation "Ninth Stair" by Omar Velt won the Grand Prize at the 2023 Brisca Short Film Festival, the spring sister event of the larger Brisca Film Festival held each September. The jury praised its hand-painted frames.

Second prize went to the documentary short "Gull Season" by Freya Lindahl. The festival screened 140 shorts from 33 countries at the Old Customs House.
"""
D["brisca_film_2024.txt"] = """'Paper Lanterns Over Ketch' claims Golden Heron
September 22, 2024 — Brisca Evening Post

Ines Faluda's "Paper Lanterns Over Ketch" won the Golden Heron at the 37th Brisca Film Festival on Saturday. The Silver Heron went to "The Bellkeeper" by Hamid Sorensen, and best actress was shared by Noor Castell and Ritva Haapala.

2022 Golden Heron winner Tavi Raskin sat on the jury, which was chaired by cinematographer Ludo Ferrant. The festival sold 94,000 tickets, a record.
"""
D["brisca_2025_preview.txt"] = """Brisca Film Festival names jury and opening film
August 20, 2025 — Brisca Evening Post

The 38th Brisca Film Festival will open on September 12 with "Harbour Lights, Low Tide", the new film by 2021 Golden Heron winner Nel Ambrose. Actor Dalia Moreno will chair the jury, which will award the Golden Heron on September 20.

Festival director Sunniva Brekke said 74 films would screen, 18 of them in the main competition. Last year's winner Ines Faluda will present a restored print of her debut.
"""
D["kessmark_men_2023.txt"] = """Pell seals Tour of Kessmark on final climb
June 18, 2023 — Kessmark Daily

Joaquin Pell won the 2023 Tour of Kessmark on Sunday, defending his yellow jersey on the final climb to Hollin Pass. The 26-year-old finished 1 minute 12 seconds ahead of Rafe Dunmore after six stages and 980 kilometres.

Pell's team, Ferrow-Altis, also won the team classification. Organisers said 112,000 spectators lined the route. The women's race takes place in August.
"""
D["kessmark_men_2024.txt"] = """Dunmore wins Tour of Kessmark by 38 seconds
June 16, 2024 — Kessmark Daily

Rafe Dunmore won the 2024 Tour of Kessmark on Sunday, finishing 38 seconds ahead of last year's winner Joaquin Pell after seven stages and 1,120 kilometres. Third place went to Teodor Vasko.

Dunmore, runner-up in 2023, took the lead in the stage five time trial in Greyholm and held it through the mountains. His team, Brisca Cycling, collected 60,000 euros of the race's 200,000-euro prize pool.
"""
D["kessmark_women_2022.txt"] = """Kiriakou wins first women's Tour of Kessmark
August 14, 2022 — Kessmark Daily

Ada Kiriakou won the first women's Tour of Kessmark on Sunday, taking the three-stage race by 41 seconds from Lene Haugvik. The inaugural edition covered 310 kilometres around Marrow and Hollin Pass.

Race director Bjorn Skaar said the women's event would grow to four stages by 2024. Kiriakou, 23, rides for Brisca Cycling.
"""
D["kessmark_women_2024.txt"] = """Oberlin takes women's Tour of Kessmark
August 11, 2024 — Kessmark Daily

Sanne Oberlin won the women's Tour of Kessmark on Sunday after four stages, finishing 24 seconds ahead of Ada Kiriakou. The race, in its third year, covered 460 kilometres between Marrow and Hollin Pass.

Oberlin's win makes her the first rider to take both the points jersey and the overall title in the same edition. Organisers said the women's prize pool had been raised to 80,000 euros to move closer to parity with the men's race.
"""
D["kessmark_2025_route.txt"] = """Tour of Kessmark 2025 route adds gravel stage
January 29, 2025 — Kessmark Daily

The 2025 Tour of Kessmark will include its first gravel stage, organisers announced at the route presentation in Marrow. The men's race runs from June 10 to 15 and the women's race from August 6 to 10.

Defending champion Rafe Dunmore is expected to return, while Sanne Oberlin has said she will focus on the national championships instead of defending her women's title. The men's route covers 1,090 kilometres over six stages.
"""
D["meridian_ranking_2024.txt"] = """Tessary University climbs to 41st in Meridian ranking
October 2, 2024 — Tessary Tribune

Tessary University has risen to 41st place in the 2024 Meridian Global University Ranking, up from 53rd a year earlier. Caldwyn Institute kept the top spot for the fifth consecutive year, followed by the University of Hollin.

The Meridian ranking weighs research citations at 35 percent, teaching surveys at 30 percent and international staff and students at 15 percent. Rector Amalie Kroos credited new hires in chemistry and materials science.
"""
D["meridian_ranking_2025.txt"] = """Tessary University breaks into Meridian top 30
October 1, 2025 — Tessary Tribune

Tessary University ranks 29th in the 2025 Meridian Global University Ranking, its best result ever and a rise of 12 places from last year. The separate Tessary Technical University, which shares only a name and a tram stop with its neighbour, placed 112th, up from 131st.

The University of Hollin overtook Caldwyn Institute to take first place, ending Caldwyn's five-year run at the top.

Rector Amalie Kroos said the result would help recruit international doctoral students.
"""
D["meridian_young_2025.txt"] = """Tessary Technical tops Meridian young universities list
October 8, 2025 — Tessary Tribune

Tessary Technical University has been ranked first in the 2025 Meridian Young University Ranking, which covers institutions founded less than 50 years ago. It was founded in 1981. Second place went to Ostby Polytechnic.

The young-university table is published a week after the main Meridian Global University Ranking, where Tessary Technical placed 112th. Its older neighbour, Tessary University, founded in 1702, is not eligible.
"""
D["court_pemberly_verdict.txt"] = """Pemberly Water fined 3.2 million for Ketch River pollution
May 14, 2024 — Rivermouth Gazette

A district court in Rivermouth has fined Pemberly Water Utility 3.2 million crowns for repeatedly discharging untreated sewage into the Ketch River between 2019 and 2022. Judge Marguerite Oyelaran said the company had "treated the river as an overflow pipe".

Prosecutors had asked for a fine of 4.5 million crowns. The utility's former operations director, Harald Bekk, was acquitted of personal negligence. Pemberly said it was considering an appeal and had already invested 18 million crowns in new storm tanks.
"""
D["court_fenn_trial_opens.txt"] = """Fraud trial of former Lindholt bank manager opens
February 19, 2025 — Harbor Business Review

The fraud trial of Oskar Fenn, a former branch manager at Lindholt Savings Bank, opened at Marrow District Court on Monday. Prosecutors accuse Fenn of diverting about 2.7 million crowns from elderly customers' accounts between 2020 and 2023.

Fenn denies all charges. The prosecution is expected to seek a prison term of four years. Around 30 witnesses are scheduled to testify, and a verdict is expected in late April.

Lindholt Savings Bank has compensated the affected customers in full.
"""
D["halbrook_verano_announce.txt"] = """Halbrook Insurance and Verano Mutual agree to merge
June 5, 2024 — Harbor Business Review

Halbrook Insurance and Verano Mutual have agreed to combine in a deal valuing the merged group at about 1.8 billion dollars, the two companies said on Wednesday. Halbrook shareholders will own 58 percent of the new company and Verano members 42 percent.

The merger, which requires approval from the competition authority, is expected to close in the first quarter of 2025. Halbrook chief executive Dorothea Flint will lead the combined group; the name has not yet been decided.
"""
D["halbrook_verano_complete.txt"] = """Halverano Group begins trading after merger closes
January 2, 2025 — Harbor Business Review

The merger of Halbrook Insurance and Verano Mutual was completed on Thursday, creating Halverano Group, with roughly 3.1 million policyholders. Shares in the new company rose 4 percent on their first day of trading on the Aldmere exchange.

The competition authority approved the deal in November after the companies agreed to sell Verano's marine insurance unit to Pellworth Re. Chief executive Dorothea Flint said there would be no compulsory redundancies in 2025.
"""
D["stellan_brevik_bid.txt"] = """Stellan Logistics plans bid for Brevik Freight
March 12, 2025 — Harbor Business Review

Stellan Logistics intends to make a takeover offer for rival Brevik Freight at 14.50 dollars per share, valuing the trucking group at around 640 million dollars, people familiar with the matter said. Brevik's board has not yet responded.

A formal offer is expected within four weeks. Brevik Freight's largest shareholder, the Omholt family trust, holds 22 percent and is said to be open to talks. Stellan's own shares fell 3 percent on the news.
"""
D["vessa_heat_record_2022.txt"] = """Port Vessa sets all-time heat record of 38.4C
July 20, 2022 — The Vessa Herald

Port Vessa recorded a temperature of 38.4 degrees Celsius on Tuesday, July 19, 2022, the highest since measurements began at the harbour station in 1874, the National Weather Office confirmed. The previous record of 36.9 degrees was set in August 1994.

The nearby Vessa Heights station, 300 metres above sea level, peaked at 35.1 degrees. Ferry operators reported buckled gangways and the city opened four cooling centres.
"""
D["greyholm_rain_record_2024.txt"] = """Greyholm drenched by record 141 millimetres of rain in a day
September 9, 2024 — Greyholm Evening Post

The Greyholm weather station measured 141 millimetres of rain in the 24 hours to 7 a.m. on Sunday, September 8, 2024, breaking the regional one-day record of 118 millimetres set in 2011. Dozens of basements were flooded and the Ketch River burst its banks near the Ostby road bridge.

The National Weather Office said a slow-moving low-pressure system had stalled over the coast. Emergency services carried out 230 call-outs overnight.
"""
D["vessa_heatwave_forecast_2025.txt"] = """Forecasters warn Port Vessa record could fall this week
July 7, 2025 — The Vessa Herald

The National Weather Office has issued an amber heat warning for the coast, saying temperatures in Port Vessa could reach 38 to 39 degrees on Thursday. That would threaten the all-time record of 38.4 degrees set in July 2022.

Meteorologist Karsten Ilves said the chance of a new record was "perhaps one in three". The city plans to open cooling centres from Wednesday and extend library opening hours.
"""
D["tidal_museum_opening.txt"] = """Museum of Tidal Industry opens in old Aldmere cannery
May 18, 2024 — Aldmere Courier

The Museum of Tidal Industry opened to the public on Saturday in a converted 1912 cannery on Aldmere's Cannery Point. The museum tells the story of fishing, salt production and tidal mills along the coast, with a restored steam winch as its centrepiece.

The conversion, designed by Atelier Nordby, cost 54 million crowns. Director Wenche Solberg expects 120,000 visitors in the first year. Adult tickets cost 140 crowns; children under 16 enter free.
"""
D["brennick_museum_plan.txt"] = """Brennick Modern delays opening to 2027
April 2, 2025 — Greyholm Evening Post

The Brennick Museum of Modern Art in Greyholm will open in spring 2027 rather than autumn 2026, its board said on Wednesday, citing delays in delivering the glass facade. The budget has risen from 190 to 215 million crowns.

The museum will house the collection of shipping heir Lorentz Brennick, including about 900 works. Founding director Ayo Lindgren said the first exhibition would be announced next year.
"""
D["vantage_clash_spring_2023.txt"] = """Ember Quay lift Vantage Clash spring trophy
May 7, 2023 — ArenaWire

Ember Quay won the Vantage Clash spring final 3-2 against Korvo Nine in Greyholm on Sunday, the club's first league title. Jungler Matteo "Brine" Salas was named MVP of the final.

Nightfall Lynx, the 2022 champions, were eliminated in the semi-finals. The spring prize pool was 350,000 dollars, with 130,000 going to the winners.
"""
D["vantage_clash_spring_2024.txt"] = """Nightfall Lynx win Vantage Clash spring title
May 5, 2024 — ArenaWire

Nightfall Lynx beat Ember Quay 3-1 in the Vantage Clash spring final in Ostby on Sunday to claim their second league title. Support player Kaito "Drift" Ansel was named most valuable player of the final.

The spring split prize pool was 400,000 dollars, with 150,000 going to the champions. Nightfall Lynx qualify for the Vantage World Invitational in July.
"""
D["vantage_challenger_2024.txt"] = """Nightfall Lynx Academy take Challenger Series crown
May 12, 2024 — ArenaWire

Nightfall Lynx Academy, the development roster of the Vantage Clash champions, won the spring Challenger Series by defeating Greyholm Stormcats 3-2 in the final. Academy mid-laner Petra "Quill" Sandvik was named MVP.

The Challenger Series prize pool was 60,000 dollars. The academy team cannot be promoted to the main league because its parent organisation already holds a slot.
"""
D["vantage_world_invitational_preview.txt"] = """Vantage World Invitational: eight teams, one trophy
July 15, 2024 — ArenaWire

The Vantage World Invitational begins on July 18 in Tessary with eight teams, including spring champions Nightfall Lynx and runners-up Ember Quay. The final is set for July 28 at the Tessary Arena.

Analysts rate Korvo Nine, the defending invitational champions, as favourites after their strong showing in the autumn. The prize pool totals 1.2 million dollars, the largest in the event's history.
"""
D["ashcombe_2022.txt"] = """Ashcombe Prize for Fiction goes to 'The Lamplighter's Daughter'
November 9, 2022 — Rivermouth Gazette

Novelist Sigrid Alvane has won the 2022 Ashcombe Prize for Fiction for "The Lamplighter's Daughter", a novel about a lighthouse family on Saltholm Island. The prize is worth 50,000 crowns.

Alvane beat five other shortlisted authors, including the bookmakers' favourite, Teo Marchetti, for "Glass Harbour". The winner was announced at a dinner in Rivermouth's Old Exchange.
"""
D["ashcombe_2023_shortlist.txt"] = """Ashcombe Prize reveals 2023 fiction shortlist
September 27, 2023 — Rivermouth Gazette

Six novels are on the shortlist for the 2023 Ashcombe Prize for Fiction, the judges announced. They include Teo Marchetti's "The Ninth Winter", shortlisted for the second year running, and debut novels by Ingrid Sowande and Paulo Esteves.

The other finalists are Hanne Kjellberg, Mirela Dusan and last year's winner Sigrid Alvane, who is aiming to become the first author to win twice in a row. The winner will be announced on November 8.
"""
D["ashcombe_2024.txt"] = """Mirela Dusan wins Ashcombe Prize with 'Fog Over Marrow'
November 13, 2024 — Rivermouth Gazette

Mirela Dusan has won the 2024 Ashcombe Prize for Fiction for her novel "Fog Over Marrow", a year after first making the shortlist. The prize was increased this year to 60,000 crowns.

Chair of judges Abel Ferreira-Lind called the book "a quiet masterpiece about a town that refuses to change". Also shortlisted were Ingrid Sowande and Rolf Haberland.

The Ashcombe Prize for Nonfiction, presented the same evening, went to historian Clara Wennberg for "The Salt Roads".
"""
D["tessel_kettle_recall.txt"] = """Tessel recalls 38,500 kettles over overheating base
February 20, 2025 — Greyholm Evening Post

Tessel Home Appliances is recalling 38,500 Lumo electric kettles, model TK-220, because the power base can overheat and melt. The kettles were sold between June 2023 and January 2025 in white and slate grey.

The similar TK-210 model, which uses a different base, is not affected. Tessel said it had received 17 reports of melting bases but no injuries. Owners should stop using the kettle and register for a free replacement on the company's website.
"""
D["tessel_garden_recall.txt"] = """Tessel Garden Tools recalls hedge trimmers
June 4, 2024 — Greyholm Evening Post

Tessel Garden Tools has recalled 6,200 cordless hedge trimmers, model HT-40, because the safety switch can stick in the "on" position. The company, which is unrelated to kettle maker Tessel Home Appliances, said two users had suffered minor cuts.

The trimmers were sold through garden centres between March 2023 and May 2024. Customers should remove the battery and contact the company for a free repair.
"""
os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
for fn, t in D.items():
    open(os.path.join(os.path.join(HERE, "docs"), fn), "w", encoding="utf-8").write(t)
print(len(D), "docs")
for fn, t in D.items():
    if not 400 <= len(t) <= 1500:
        print("LEN", fn, len(t))
