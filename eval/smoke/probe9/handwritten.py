"""Hand-written topic passages and questions for the probe9 blind evaluation set.

Every name in this file is invented.  Each topic holds 2-5 look-alike passages
and one or more questions.  Questions refer to passages by key; build.py maps
keys to the anonymous e0001.txt ... file names.
"""

import textwrap

DOCS = {}
QUESTIONS = []


def doc(key, text):
    if key in DOCS:
        raise ValueError("duplicate key " + key)
    DOCS[key] = textwrap.dedent(text).strip() + "\n"


def ask(topic, question, kind, nm_kind, answers=(), sources=(), near_miss=(),
        absent=(), absent_together=(), support=()):
    QUESTIONS.append({
        "topic": topic,
        "question": question,
        "kind": kind,
        "answerable": bool(answers),
        "answers": list(answers),
        "sources": list(sources),
        "near_miss_kind": nm_kind,
        "near_miss": list(near_miss),
        "absent": list(absent),
        "absent_together": [list(g) for g in absent_together],
        "support": list(support),
    })


# --------------------------------------------------------------- Feyrin Medal
doc("feyrin_2021", """
    Geometer Ilse Vantongeren receives Feyrin Medal
    Aldersea, 9 June 2021 - The Society for Pure Mathematics of Aldersea has awarded the 2021 Feyrin Medal to Ilse Vantongeren, a geometer at the Kellsmoor Institute of Mathematical Sciences, for her work on curvature flows in singular spaces. The medal, named after the nineteenth-century analyst Oskar Feyrin, is given every year to a researcher under 45 and carries prize money of 40,000 crowns. Vantongeren will deliver the Feyrin Lecture at the society's autumn meeting. "I am completely surprised, and a little terrified of the lecture," she said.
    """)
doc("feyrin_2023", """
    SOCIETY NAMES ORLEWICZ AS FEYRIN MEDALLIST
    By Marta Eskildsen, science desk
    Aldersea, 14 June 2023 - Number theorist Tomasz Orlewicz of Marrow Bay University has received the 2023 Feyrin Medal, the Society for Pure Mathematics of Aldersea announced on Wednesday. The citation praises his proof of the Hallström conjecture on prime gaps in short intervals. Orlewicz, 39, studied in Dunhallow before moving to Marrow Bay in 2015. The medal comes with 40,000 crowns. Previous winners include geometer Ilse Vantongeren. The presentation takes place at the society's annual dinner in October.
    """)
doc("feyrin_2022_shortlist", """
    PRESS RELEASE - FOR IMMEDIATE RELEASE
    Society for Pure Mathematics of Aldersea announces Feyrin Medal shortlist
    The Society for Pure Mathematics of Aldersea today published the shortlist for the 2022 Feyrin Medal. The three researchers under consideration are Amaru Quispe-Lind (Tervola Institute of Technology), Selin Karadagli (University of Vessbrook) and Ewout Brink (Delmar College). The committee, chaired by Professor Henrike Salo, will make its decision at the society's June meeting. The Feyrin Medal recognises outstanding work by mathematicians under 45.
    Media contact: press office, Society for Pure Mathematics of Aldersea, 11 Quay Lane, Aldersea. Ends.
    """)
doc("feyrin_wiki", """
    Feyrin Medal
    The Feyrin Medal is an annual prize in mathematics presented by the Society for Pure Mathematics of Aldersea. It was established in 1952 in memory of the analyst Oskar Feyrin (1831-1899) and is open to researchers under the age of 45 working in any branch of pure mathematics. Nominations are made by members of the society and a shortlist of three is usually announced in spring. The recipient gives the Feyrin Lecture in the autumn. Notable recipients include Ilse Vantongeren (2021). The prize money was raised to 40,000 crowns in 2016.
    See also: Aldersea Prize in Applied Mathematics.
    """)
ask("feyrin", "Who received the 2022 Feyrin Medal?", "who",
    "shortlist/nominees only (plus other years' winners)",
    near_miss=["feyrin_2022_shortlist", "feyrin_2021", "feyrin_2023"],
    absent=["awarded the 2022 Feyrin Medal", "received the 2022 Feyrin Medal",
            "2022 Feyrin Medal went to", "won the 2022 Feyrin Medal"],
    absent_together=[["Feyrin Medal", "2022", "awarded"], ["Feyrin Medal", "2022", "received"]],
    support=["Feyrin Medal", "2022"])
ask("feyrin", "Who received the 2023 Feyrin Medal?", "who", "other years present (distractor)",
    answers=["Tomasz Orlewicz"], sources=["feyrin_2023"], support=["Feyrin Medal", "2023"])

# ---------------------------------------------------------- Moonreach festival
doc("moon_2022", """
    Moonreach Folk Festival closes with record crowd
    By Hanna Leinonen | Tarnwick Courier | 8 August 2022
    The 2022 Moonreach Folk Festival ended on Sunday night with organisers reporting a total attendance of 18,500 over three days, the largest since the event moved to the Ellery Meadows site. Headliners the Corrigan Sisters closed the main stage with a set that ran forty minutes over schedule. Festival director Padraig Mulvane said the shuttle bus from Tarnwick station had carried almost half of all visitors. Dates for next year will be published in the autumn.
    """)
doc("moon_2023_preview", """
    What to expect at Moonreach 2023
    Tarnwick, 20 July 2023 - With a fortnight to go, organisers of the Moonreach Folk Festival say they expect around 20,000 visitors at Ellery Meadows this year, helped by a new camping field on the east side of the site. The line-up includes Brisa Marinha, the Holloway Reel Band and a late-night ceili tent. Weekend tickets cost 85 pounds; day tickets remain on sale at the gate. Director Padraig Mulvane asked visitors to use the shuttle from Tarnwick station because parking is limited.
    """)
doc("moon_2021", """
    Moonreach returns, smaller but happy
    Tarnwick Courier, 9 August 2021
    After a year without a festival, Moonreach was back at Ellery Meadows this weekend with numbers capped at 12,300 under the county's safety plan. Every ticket was sold. Stewards reported no serious incidents. The fiddle competition was won by 14-year-old Orla Devane from Kilbray. Organisers hope to lift the cap in 2022 and add a third stage.
    """)
ask("moonreach", "How many people attended the 2023 Moonreach Folk Festival?", "how many",
    "preview with expected figure (plus other years' attendance)",
    near_miss=["moon_2023_preview", "moon_2022", "moon_2021"],
    absent_together=[["Moonreach", "2023", "total attendance"], ["Moonreach", "2023", "attended by"]],
    support=["Moonreach", "2023"])
ask("moonreach", "How many people attended the 2022 Moonreach Folk Festival?", "how many",
    "other years and a preview present (distractor)",
    answers=["18,500", "18500"], sources=["moon_2022"], support=["Moonreach", "2022"])
ask("moonreach", "Which act closed the main stage at the 2022 Moonreach Folk Festival?", "which",
    "other years' line-ups present (distractor)",
    answers=["the Corrigan Sisters", "Corrigan Sisters"], sources=["moon_2022"],
    support=["Moonreach", "2022"])

# ------------------------------------------------------------ Kessary Half
doc("kess_2024_women", """
    Wekesa storms to Kessary course record - women's race report
    Kessary, Sunday 21 April 2024 - Auma Wekesa took more than a minute off the women's course record at the Kessary Half Marathon this morning, crossing the line in 1:09:42 ahead of Liesl Brandauer (1:11:05) and Noor Hadjadj (1:11:30). Wekesa, 27, broke away on the climb past the old mill at 14 km and was never caught. "The wind was behind us on the river path, so I just went," she said. Our report on the men's race, which finished in heavy rain, follows later today.
    """)
doc("kess_2023_results", """
    KESSARY HALF MARATHON 2023 - OFFICIAL RESULTS (TOP THREE)
    Men: 1. Dawit Gebremariam 1:01:58 / 2. Oskar Lindahl-Ruiz 1:02:20 / 3. Tobiah Mwangi-Berg 1:02:41
    Women: 1. Liesl Brandauer 1:10:51 / 2. Noor Hadjadj 1:11:12 / 3. Sanne Oudekerk 1:12:03
    Wheelchair: 1. Rafael Iturbe 47:10
    Starters: 6,240. Finishers: 6,011. Race date: 16 April 2023.
    Results are provisional until confirmed by the race referee. Queries to results@kessaryhalf.example within seven days.
    """)
ask("kessary", "Who won the men's race at the 2024 Kessary Half Marathon?", "who",
    "women's race report only (plus other years' men's winners)",
    near_miss=["kess_2024_women", "kess_2023_results"],
    absent_together=[["Kessary", "2024", "men's race was won"], ["Kessary", "2024", "won the men's"],
                     ["Kessary", "2024", "Men: 1."]],
    support=["Kessary", "2024"])
ask("kessary", "What was the winning time in the women's race at the 2024 Kessary Half Marathon?", "what",
    "runner-up times and other years present (distractor)",
    answers=["1:09:42"], sources=["kess_2024_women"], support=["Kessary", "2024"])
ask("kessary", "Who won the men's race at the 2023 Kessary Half Marathon?", "who",
    "other years present (distractor)",
    answers=["Dawit Gebremariam"], sources=["kess_2023_results"], support=["Kessary", "2023"])

# ------------------------------------------------------------ Halvorsen Brek
doc("hb_q2_2024", """
    Halvorsen Brek ASA - second quarter 2024 results
    Stavanes, 16 July 2024. Halvorsen Brek, the ferry and offshore logistics group, reported revenue of NOK 4.18 billion for the second quarter of 2024, up 6 per cent year on year, and operating profit (EBIT) of NOK 512 million. Chief executive Marit Solbakken-Yue said demand on the coastal freight routes remained strong while the offshore supply segment was flat. The board maintains its dividend policy. The group will publish its third-quarter report on 24 October 2024.
    """)
doc("hb_q1_2024", """
    Halvorsen Brek: first quarter 2024
    Stavanes, 25 April 2024 - Halvorsen Brek ASA posted revenue of NOK 3.92 billion in the first quarter of 2024 (Q1 2023: NOK 3.71 billion). EBIT came in at NOK 401 million. Two new hybrid ferries entered service on the Lindaas crossing in March. CEO Marit Solbakken-Yue: "A solid start to the year despite the winter storms."
    Financial calendar: Q2 report 16 July 2024.
    """)
doc("hb_q3_invite", """
    Invitation: Halvorsen Brek third-quarter 2024 presentation
    Halvorsen Brek ASA will present its results for the third quarter of 2024 on Thursday 24 October 2024 at 08:00 CET at the Harbour House conference centre in Stavanes. The presentation will be held in English by CEO Marit Solbakken-Yue and CFO Ivar Dahle-Omondi, followed by a question session. A live webcast will be available on the company website and a recording will be posted afterwards. Analysts wishing to attend in person should register with investor relations by 21 October.
    """)
ask("halvorsen", "What revenue did Halvorsen Brek report for the third quarter of 2024?", "how much",
    "other quarters' figures and a results-date notice",
    near_miss=["hb_q2_2024", "hb_q1_2024", "hb_q3_invite"],
    absent_together=[["Halvorsen Brek", "third quarter of 2024", "revenue of"],
                     ["Halvorsen Brek", "Q3 2024", "revenue of"]],
    support=["Halvorsen Brek", "2024"])
ask("halvorsen", "What revenue did Halvorsen Brek report for the second quarter of 2024?", "how much",
    "other quarters present (distractor)",
    answers=["NOK 4.18 billion", "4.18 billion"], sources=["hb_q2_2024"],
    support=["Halvorsen Brek", "second quarter of 2024"])

# ------------------------------------------------------------ Port Velanne
doc("pv_resign", """
    Harbour chief resigns; deputy steps in
    Port Velanne, 2 February 2024 - The director of the Port Velanne Harbour Authority, Laurent Quemener, resigned on Thursday after eleven years in the post, citing family reasons. The authority's board appointed his deputy, Mirela Zdravkovic, as acting director with immediate effect while an international search for a permanent successor is carried out. Board chair Yannick Le Bihan said he expected a permanent appointment "within six months". The authority manages the container terminal, the fishing harbour and the Velanne ferry pier.
    """)
doc("pv_interview", """
    Five questions for Mirela Zdravkovic
    The acting director of the Port Velanne Harbour Authority on dredging, ferries and what comes next.
    Q: You took over at very short notice. How has it gone?
    A: Busy. The dredging contract had to be signed within weeks, and we did it.
    Q: Will you apply for the permanent job?
    A: I have said I am available. It is the board's decision.
    Q: What worries you most?
    A: The ferry pier. It is sixty years old and we need a plan before winter.
    Interview by Gaelle Morvan, Velanne Ouest weekend edition.
    """)
doc("pv_shortlist", """
    Three in running for Port Velanne top job
    3 June 2024 - The board of the Port Velanne Harbour Authority has interviewed three candidates for the permanent post of director: acting director Mirela Zdravkovic, logistics executive Henrik Aaltonen-Brisk and Yasmin Achterberg, currently deputy head of the Oskavik port company. A decision is expected at the board's July meeting. Staff representatives have asked for the process to be concluded before the summer ferry season.
    """)
ask("velanne", "Who was appointed permanent director of the Port Velanne Harbour Authority?", "who",
    "acting holder and candidate list only",
    near_miss=["pv_resign", "pv_interview", "pv_shortlist"],
    absent=["appointed permanent director", "named permanent director", "new permanent director",
            "as permanent director"],
    absent_together=[["Port Velanne", "permanent director", "appointed"]],
    support=["Port Velanne"])
ask("velanne", "Who was appointed acting director of the Port Velanne Harbour Authority after Laurent Quemener resigned?",
    "who", "candidates for the permanent post present (distractor)",
    answers=["Mirela Zdravkovic"], sources=["pv_resign", "pv_interview", "pv_shortlist"],
    support=["Port Velanne", "acting director"])

# ------------------------------------------------------------ Sorrel Park
doc("sp_garden", """
    Sorrel Park
    Sorrel Park is a public garden in the market town of Tillingford. It opened on 14 May 1911 on land given by the Ashby-Crane family and was laid out by the landscape gardener Edmund Harrowell. The park covers about six hectares and includes a bandstand, a rose walk and a small boating lake, which was drained in 1968 and restored in 2004. The park is managed by Tillingford Town Council and has been listed as a historic garden since 1989.
    Not to be confused with the football ground of the same name.
    """)
doc("sp_stadium", """
    Sorrel Park back in business after rebuild
    Bramhaven, 19 August 2023 - Bramhaven Athletic played their first match at a rebuilt Sorrel Park on Saturday, two years after work began on the 30-million-pound project. The ground now holds 14,200, all seated, with a new main stand replacing the timber structure that had stood since the club's early years. Fans praised the improved sightlines but complained about queues at the kiosks. The club's chief executive, Rhian Pugh-Adeyemi, promised extra serving points before the next home game.
    """)
doc("sp_forum", """
    Re: How old is Sorrel Park really?
    Posted by hatters_1979
    Anyone know when Sorrel Park (the Bramhaven one, not the gardens in Tillingford) was actually built? My grandad always said the 1920s but the club website says nothing and the programme just says "historic home". Every search I do brings up the Tillingford park and its bandstand.
    Reply from BramhavenBlue: The old stand was timber, that's all I know. Try the county archive.
    """)
ask("sorrel", "When did the Sorrel Park football ground in Bramhaven first open?", "when",
    "same-name park elsewhere with an opening date",
    near_miss=["sp_garden", "sp_stadium", "sp_forum"],
    absent_together=[["Sorrel Park", "Bramhaven", "opened on"], ["Sorrel Park", "Bramhaven", "first opened"],
                     ["Sorrel Park", "Bramhaven", "built in"]],
    support=["Sorrel Park", "Bramhaven"])
ask("sorrel", "How many seats does Sorrel Park in Bramhaven hold after its rebuild?", "how many",
    "same-name park present (distractor)",
    answers=["14,200", "14200"], sources=["sp_stadium"], support=["Sorrel Park", "Bramhaven"])

# ------------------------------------------------------------ Ardmoran Prize
doc("ard_2023", """
    The Salt Ledger wins Ardmoran Prize
    12 October 2023 - Neasa O Floinn's novel The Salt Ledger has won the 2023 Ardmoran Prize for Fiction, the judges announced at a ceremony in Corvathy last night. The book, about a family of salt merchants on a tidal island, beat five other titles. Kwabena Asante-Ruiz was runner-up with Harmattan Letters. The prize is worth 25,000 pounds to the winner and 2,500 pounds to each shortlisted author. Chair of judges Imogen Fairleigh called the winning novel "patient, funny and devastating".
    """)
doc("ard_2024_runnerup", """
    "Second place feels like a habit now": Kwabena Asante-Ruiz
    20 October 2024 - For the second year running Kwabena Asante-Ruiz has finished as runner-up for the Ardmoran Prize for Fiction, this time with The Quiet Ferry, a novel set among the night crossings of the Corvathy estuary. Speaking at his publisher's office, he laughed off the near miss. "The shortlist money pays the rent, and the book is selling," he said. He is now writing a collection of stories and teaching a summer course in Eskvale.
    """)
doc("ard_2024_short", """
    Ardmoran Prize 2024 shortlist
    The six books on the 2024 shortlist for the Ardmoran Prize for Fiction are: The Quiet Ferry by Kwabena Asante-Ruiz; Lanterns for the Drowned by Milena Strelnikova; A House in Gallowmere by Tobias Wren-Okafor; Copper Weather by Ines Castellvi; The Hedge School by Lorcan Brennagh; and Nine Winters by Sauli Rautio. The result will be revealed at a ceremony in Corvathy in October. Each shortlisted author receives 2,500 pounds.
    """)
ask("ardmoran", "Who won the 2024 Ardmoran Prize for Fiction?", "who",
    "runner-up and shortlist only (plus other years' winners)",
    near_miss=["ard_2024_runnerup", "ard_2024_short", "ard_2023"],
    absent_together=[["Ardmoran Prize for Fiction", "2024", "won the"], ["Ardmoran Prize for Fiction", "2024", "winner"],
                     ["Ardmoran Prize for Fiction", "2024", "wins"]],
    support=["Ardmoran", "2024"])
ask("ardmoran", "Which novel won the 2023 Ardmoran Prize for Fiction?", "which",
    "runner-up named in same passage; other years present (distractor)",
    answers=["The Salt Ledger"], sources=["ard_2023"], support=["Ardmoran", "2023"])

# ------------------------------------------------------------ Tamsin Award
doc("tam_2023_sched", """
    Tamsin Award for Civic Architecture 2023: finalists announced
    Four buildings are in the running for this year's Tamsin Award for Civic Architecture: the Lowenmark Public Baths, the Pellmoor Community Archive, the Quarrington Bus Interchange and the restored Old Grain Hall in Heddervik. The ceremony will take place on 9 November 2023 at the Corvane Exchange in Haldane, where the jury chair, architect Dagny Haugland, will present the award. Tickets for the public gallery are free but must be booked.
    """)
doc("tam_2023_postponed", """
    NOTICE FROM THE TAMSIN FOUNDATION
    30 October 2023. Following the fire at the Corvane Exchange on 27 October, the Tamsin Award ceremony scheduled for 9 November has been postponed. No one was hurt in the fire, but the building will remain closed for repairs. The four finalists have been informed. A new date and venue will be announced in the new year. Bookings for the public gallery will be cancelled automatically and we apologise for the inconvenience.
    """)
doc("tam_2022", """
    Brenner Quay Library takes 2022 Tamsin Award
    Haldane, 11 November 2022 - The Brenner Quay Library in Sandhaven, designed by the practice Lindqvist Oyelaran Architects, has won the 2022 Tamsin Award for Civic Architecture. The ceremony was held on 10 November 2022 at the Corvane Exchange. The jury praised the library's timber reading hall and its flood-proof ground floor, which doubles as a covered market on Saturdays.
    """)
ask("tamsin", "On what date was the 2023 Tamsin Award ceremony held?", "when",
    "scheduled date, then postponement notice",
    near_miss=["tam_2023_sched", "tam_2023_postponed", "tam_2022"],
    absent_together=[["Tamsin", "2023", "was held on"], ["Tamsin", "2023", "took place on"],
                     ["Tamsin", "2023", "new date will be"], ["Tamsin", "rescheduled"]],
    support=["Tamsin", "2023"])
ask("tamsin", "Which building won the 2022 Tamsin Award for Civic Architecture?", "which",
    "other years and 2023 finalists present (distractor)",
    answers=["Brenner Quay Library"], sources=["tam_2022"], support=["Tamsin", "2022"])

# ------------------------------------------------------------ Vorberg / Vorburg
doc("vor_rector", """
    University of Kellenau appoints Anneliese Vorberg as rector
    Kellenau, 3 March 2022 - The senate of the University of Kellenau today appointed the physicist Anneliese Vorberg as the university's rector for a six-year term. Vorberg, 54, has been vice-rector for research since 2017 and led the university's laser physics group for a decade. She succeeds Konrad Ubaldini, who retires at the end of the month. Vorberg said her priorities were student housing and "fewer committees".
    """)
doc("vor_bio", """
    Annelie Vorburg
    Annelie Vorburg (born 1971) is a marine biologist at the Kellenau Institute for Coastal Research, where she heads the seagrass ecology group. She studied at Westmarch and completed her doctorate on eelgrass meadows of the Istrany lagoon. In 2019 she led an expedition that mapped over 40 square kilometres of seagrass off the Skarvoy islands. She is deputy chair of the Coastal Habitats Panel and has written two popular books on the sea floor.
    """)
ask("vorberg", "When was Annelie Vorburg appointed rector of the University of Kellenau?", "when",
    "similar-named person appointed",
    near_miss=["vor_rector", "vor_bio"],
    absent_together=[["Annelie Vorburg", "rector"], ["Vorburg", "rector"]],
    support=["Vorburg"])
ask("vorberg", "When was Anneliese Vorberg appointed rector of the University of Kellenau?", "when",
    "similar-named person present (distractor)",
    answers=["3 March 2022"], sources=["vor_rector"], support=["Anneliese Vorberg", "rector"])

# ------------------------------------------------------------ Nordvik / Nordvika
doc("nv_municipality", """
    Nordvika (municipality)
    Nordvika is a municipality in Hallingmark county on the mainland coast. Its administrative centre is the village of Brekkestad. At the 2021 census its population was 8,412, a small decline from the previous census. The economy is based on salmon farming, a hydroelectric plant and summer tourism. The municipal council has 21 members. Nordvika church, built in stone in 1852, replaced an earlier timber church destroyed by fire.
    """)
doc("nv_village", """
    Nordvik
    Nordvik is a small fishing village on the island of Skarvoy. It is known for its wooden church from 1794, its drying racks for stockfish and the annual rowing race across the sound in July. A car ferry connects Nordvik with the mainland four times a day in summer and twice in winter. The village school closed in 2008 and children now travel to the island's main town.
    """)
doc("nv_forum", """
    Travel forum > Hallingmark coast
    Tip for anyone driving up: don't confuse Nordvik (the village out on Skarvoy, ferry only) with Nordvika on the mainland! Our sat-nav sent us to the wrong one and we missed the last boat. Nordvika has the big supermarket and the petrol station; Nordvik has the church and the fish racks and not much else. Both lovely, but book the ferry in advance in July.
    """)
ask("nordvik", "What was the population of the village of Nordvik on Skarvoy at the 2021 census?", "how many",
    "similar-named municipality with census figure",
    near_miss=["nv_municipality", "nv_village", "nv_forum"],
    absent_together=[["Skarvoy", "population"], ["Skarvoy", "census"], ["Skarvoy", "inhabitants"]],
    support=["Skarvoy"])
ask("nordvik", "What was the population of Nordvika municipality at the 2021 census?", "how many",
    "similar-named village present (distractor)",
    answers=["8,412", "8412"], sources=["nv_municipality"], support=["Nordvika", "2021 census"])

# ------------------------------------------------------------ Calloway
doc("cal_foundation", """
    Calloway Foundation pledges 2.5 million to children's hospital
    Fenmarsh, 5 September 2023 - The Calloway Foundation has pledged £2.5 million towards a new wing at Fenmarsh Children's Hospital, the largest single gift in the hospital's history. The money will fund an oncology day unit and a family kitchen. Foundation trustee Eleanor Calloway-Voss said the gift honoured her late father, who was treated at the hospital as a boy. Building work is due to begin in the spring.
    """)
doc("cal_trust", """
    Calloway Trust opens forty new homes
    Wrenford, 14 March 2024 - The Calloway Trust, a housing charity founded by local builders in the 1960s, has opened 40 affordable flats on the former bus depot site in Wrenford. Rents are set at 60 per cent of the market rate. Chief executive Joaquin Pellerin said the trust hopes to build another 120 homes by 2028. The trust is not connected to the Calloway Foundation.
    """)
doc("cal_hospital", """
    New wing opens at Fenmarsh Children's Hospital
    The new Skylark Wing at Fenmarsh Children's Hospital opened to patients last Monday. The wing has 64 beds, a day unit for cancer treatment and a kitchen where parents can cook. The project was funded in part by the Calloway Foundation and by a public appeal that raised money through sponsored walks and bake sales across the county. Hospital director Dr Wairimu Ngugi-Holt thanked "everyone who baked a cake".
    """)
ask("calloway", "How much did the Calloway Trust donate to Fenmarsh Children's Hospital?", "how much",
    "similar-named organisation made the donation",
    near_miss=["cal_foundation", "cal_trust", "cal_hospital"],
    absent_together=[["Calloway Trust", "Fenmarsh"]],
    support=["Calloway Trust"])
ask("calloway", "How much did the Calloway Foundation pledge to Fenmarsh Children's Hospital?", "how much",
    "similar-named organisation present (distractor)",
    answers=["£2.5 million", "2.5 million"], sources=["cal_foundation"],
    support=["Calloway Foundation", "Fenmarsh"])
ask("calloway", "How many beds does the new wing at Fenmarsh Children's Hospital have?", "how many",
    "no strong distractor",
    answers=["64 beds", "64"], sources=["cal_hospital"], support=["Fenmarsh", "wing"])

# ------------------------------------------------------------ Rivenna harvest
doc("riv_2022", """
    Rivenna: 2022 wheat harvest final figures
    Ministry of Agriculture of Rivenna, statistical bulletin, 30 November 2022
    The final figures show the national wheat harvest for 2022 at 1.84 million tonnes, down 9 per cent on the previous year, after a dry May and heavy rain during harvest in the northern districts. Average yield fell to 5.1 tonnes per hectare. Barley production rose slightly to 0.62 million tonnes. Export licences will be reviewed in January.
    """)
doc("riv_2023_forecast", """
    Ministry forecasts bigger wheat crop
    12 June 2023 - Rivenna's Ministry of Agriculture expects the 2023 wheat harvest to reach 2.1 million tonnes, according to its first crop estimate of the season, published on Monday. Officials cited good spring rainfall and a larger sown area. Farmers' union leader Bogdan Iliescu-Marr warned that the estimate "assumes a perfect summer". The official results will be published in November.
    """)
ask("rivenna", "How much wheat did Rivenna harvest in 2023, according to the final figures?", "how much",
    "forecast only (plus other years' final figures)",
    near_miss=["riv_2023_forecast", "riv_2022"],
    absent_together=[["Rivenna", "2023", "million tonnes", "final"]],
    support=["Rivenna", "2023"])
ask("rivenna", "How much wheat did Rivenna harvest in 2022, according to the final figures?", "how much",
    "forecast for next year and other years present (distractor)",
    answers=["1.84 million tonnes"], sources=["riv_2022"], support=["Rivenna", "2022", "final"])

# ------------------------------------------------------------ Ostrelian chess
doc("chess_junior_2023", """
    Ilyin, 15, takes Ostrelian junior chess title
    Pardova, 28 July 2023 - Mateo Ilyin won the 2023 Ostrelian Junior Chess Championship on Friday with 7.5 points from nine games, a full point ahead of Daria Sokolenko. Ilyin, who is 15 and plays for the Pardova Knights club, clinched the title with a sharp win in the last round. The under-20 event was held alongside an open rapid tournament in the Pardova town hall.
    """)
doc("chess_senior_2022", """
    Kaltenbrunn crowned national champion
    Grandmaster Vesna Kaltenbrunn won the 2022 Ostrelian Chess Championship in Velsk on Sunday, finishing on 8 points from 11 games. It was her third national title. International master Radek Ostrowski was second. The championship, Ostrelia's main national tournament, drew twelve of the country's strongest players.
    """)
doc("chess_senior_2023_preview", """
    Ostrelian Chess Championship 2023 begins Monday
    Twelve players will meet in Lowenmark from Monday for the 2023 Ostrelian Chess Championship, the country's top national event. Defending champion Vesna Kaltenbrunn is the top seed, with Radek Ostrowski and the young Daria Sokolenko among the challengers. Games start at 15:00 daily and will be broadcast with commentary on the federation's website. The final round is on 17 September.
    """)
ask("chess", "Who won the 2023 Ostrelian Chess Championship (the senior national title)?", "who",
    "junior championship of same year; preview of senior event",
    near_miss=["chess_junior_2023", "chess_senior_2022", "chess_senior_2023_preview"],
    absent_together=[["Ostrelian Chess Championship", "2023", "won"],
                     ["Ostrelian Chess Championship", "2023", "champion is"]],
    support=["Ostrelian Chess Championship", "2023"])
ask("chess", "Who won the 2023 Ostrelian Junior Chess Championship?", "who",
    "senior event and other years present (distractor)",
    answers=["Mateo Ilyin"], sources=["chess_junior_2023"],
    support=["Ostrelian Junior Chess Championship", "2023"])

# ------------------------------------------------------------ Brannock
doc("br_rail", """
    Brannock Rail
    Brannock Rail is a rolling-stock maintenance company based in Corvathy. It was set up in 1987 as the railway subsidiary of Brannock Group and today employs around 3,400 people at six depots. Its main customers are regional passenger operators. In 2019 it opened a battery-train workshop in Tolvern. The company's managing director is Priya Anand-Lowther.
    """)
doc("br_group", """
    Brannock Group - annual results statement
    Corvathy, 2 March 2024. Brannock Group, the engineering and transport services group, today reported revenue of 2.9 billion for 2023. The group's three divisions - Brannock Rail, Brannock Marine and Brannock Energy Services - all grew. Chair Florin Dragomir said the board would propose a dividend of 41 pence per share. The group's head office moves to the new Tolvern campus in the summer.
    """)
ask("brannock", "In what year was Brannock Group founded?", "when",
    "subsidiary's founding year given instead",
    near_miss=["br_rail", "br_group"],
    absent_together=[["Brannock Group", "founded"], ["Brannock Group", "established in"]],
    support=["Brannock Group"])
ask("brannock", "In what year was Brannock Rail set up?", "when",
    "parent group present (distractor)",
    answers=["1987"], sources=["br_rail"], support=["Brannock Rail", "set up"])

# ------------------------------------------------------------ Quillon mayor
doc("qu_mayor", """
    Quillon elects its first woman mayor
    Quillon, 23 March 2020 - Oriane Delacroix-Mbaye was elected mayor of Quillon by the new municipal council on Monday evening, succeeding Gerald Fontanet, who had held the post since 2008 and did not stand again. Delacroix-Mbaye, a former school head, led the Quillon Ensemble list to victory in the municipal election. Her first decisions: free bus travel for under-18s and a review of the harbour car park.
    """)
doc("qu_fontanet", """
    Gerald Fontanet at 70: "I don't miss the meetings"
    The former mayor of Quillon (2008-2020) now spends his mornings at the boules club and his afternoons writing a history of the town's sardine canneries. Before entering politics, Fontanet worked for twenty years as a notary on the Rue des Tanneurs. He remains a member of the regional heritage commission. Asked about his successor, he said only that the town "is in good hands".
    """)
ask("quillon", "Who was mayor of Quillon before Gerald Fontanet?", "who",
    "successor named, predecessor not",
    near_miss=["qu_mayor", "qu_fontanet"],
    absent=["preceded Fontanet", "Fontanet's predecessor", "before Fontanet"],
    absent_together=[["Quillon", "predecessor"], ["Quillon", "preceded"]],
    support=["Quillon", "Fontanet"])
ask("quillon", "Who succeeded Gerald Fontanet as mayor of Quillon?", "who",
    "no strong distractor",
    answers=["Oriane Delacroix-Mbaye"], sources=["qu_mayor"], support=["Quillon", "Fontanet", "mayor"])

# ------------------------------------------------------------ Velsk tram
doc("vt_phase1", """
    Trams return to Velsk after sixty years
    Velsk, 12 September 2021 - The first phase of the new Velsk tramway opened to passengers on 12 September 2021, with crowds lining the route from the central station to the university campus. The 7.4 km line has 13 stops and trams every six minutes at peak times. Rides are free for the first week. Mayor Tovah Kessler-Nour called it "the best thing this city has built in my lifetime".
    """)
doc("vt_phase2", """
    Velsk tramway extension: works update
    Velsk city transport office, 4 April 2024
    Work on phase 2 of the Velsk tramway, the 5.1 km extension from the university to Norrhamn harbour, continues. Track laying on Harbour Road is complete and the new depot is being fitted out. Because of delays in delivering the bridge over the Vel river, the extension is now expected to open in late 2026 rather than 2025. Temporary bus diversions remain in place on Harbour Road.
    """)
ask("velsk", "When did phase 2 of the Velsk tramway open?", "when",
    "first phase's opening date; second phase only scheduled",
    near_miss=["vt_phase1", "vt_phase2"],
    absent_together=[["Velsk", "phase 2", "opened"], ["Norrhamn", "opened to passengers"]],
    support=["Velsk", "phase 2"])
ask("velsk", "On what date did the first phase of the Velsk tramway open to passengers?", "when",
    "later phase present (distractor)",
    answers=["12 September 2021"], sources=["vt_phase1"], support=["Velsk", "first phase"])

# ------------------------------------------------------------ Harrowgate Robotics
doc("hr_2025_call", """
    Call for entries: Harrowgate Robotics Challenge 2025
    Teams of three to six secondary school students are invited to enter the 2025 Harrowgate Robotics Challenge. This year's task: build a robot that can sort recycling by material. The registration deadline is 15 January 2025; teams then receive a starter kit by post. Regional heats run in March. The prize pool is 12,000 euros, and every finalist team receives a trophy. Questions: see the FAQ on the Harrowgate Institute website.
    """)
doc("hr_2024_final", """
    Ostmark students win Harrowgate Robotics Challenge
    A team from Ostmark Grammar School won the final of the 2024 Harrowgate Robotics Challenge with a robot that could climb stairs while carrying a cup of water. More than 90 teams had registered before the 12 January 2024 deadline. Second place went to Pellmoor Academy. The organisers said next year's task would be announced in the autumn.
    """)
ask("harrowgate", "What is the registration deadline for the 2025 Harrowgate Robotics Challenge?", "when",
    "previous year's deadline present (distractor)",
    answers=["15 January 2025"], sources=["hr_2025_call"], support=["Harrowgate", "2025", "deadline"])

# ------------------------------------------------------------ Zephyrine phones
doc("ze_forum", """
    Zephyrine X7 price leak?? (thread)
    kestrel_88: My cousin works at a carrier and says the X7 will be around 899 euros for the base model. Thoughts?
    moth_and_lamp: Take it with a pinch of salt. Zephyrine hasn't even confirmed a launch date.
    kestrel_88: fair, but he was right about the X6 colours last year
    quietbyte: 899 would be a big jump. I'm keeping my X6 until they say something official.
    """)
doc("ze_x6", """
    Zephyrine X6 - product page
    6.4-inch OLED display, 120 Hz. Triple camera with 50 MP main sensor. 4,800 mAh battery with 45 W charging. Storage: 128 GB or 256 GB. Colours: Graphite, Sea Glass, Dune.
    Price: €749 (128 GB), €829 (256 GB). Free delivery. Two-year warranty.
    In the box: phone, USB-C cable, SIM tool. Charger sold separately.
    """)
doc("ze_teaser", """
    Zephyrine teases X7 event for "later this spring"
    Phone maker Zephyrine has posted a short teaser video showing a silhouette of a new handset and the words "X7 - soon". The company declined to give a launch date or price, saying only that more details would follow "later this spring". Analysts expect a larger battery and a periscope zoom lens.
    """)
ask("zephyrine", "What is the official launch price of the Zephyrine X7?", "how much",
    "rumoured price in a forum thread; predecessor's price",
    near_miss=["ze_forum", "ze_x6", "ze_teaser"],
    absent_together=[["X7", "official price"], ["X7", "Price:"], ["X7", "will cost"], ["X7", "€"]],
    support=["X7"])
ask("zephyrine", "What is the price of the 128 GB Zephyrine X6?", "how much",
    "rumoured successor price present (distractor)",
    answers=["€749"], sources=["ze_x6"], support=["Zephyrine X6", "128 GB"])

# ------------------------------------------------------------ Tour of Valmeira
doc("va_2024_stage5", """
    Tour of Valmeira 2024, stage 5: Ekwueme wins in Sarvento, Hruby keeps lead
    Ruben Ekwueme won the fifth stage of the 2024 Tour of Valmeira on Thursday, outsprinting a reduced group on the uphill finish in Sarvento. Jan Hruby finished safely in the group and keeps the leader's jersey with a 22-second advantage over Matteo Brisbois. Two stages remain, including Saturday's mountain stage to the Col de Perrine, where the race is expected to be decided.
    """)
doc("va_2023_final", """
    Vermaelen seals Tour of Valmeira
    Piet Vermaelen has won the 2023 Tour of Valmeira after finishing safely in the bunch on the final stage in the capital. The 28-year-old, who lives in Eskvale, took the lead on the Col de Perrine two days earlier and finished 41 seconds ahead of Jan Hruby. Ruben Ekwueme won the points classification.
    """)
ask("valmeira", "Who won the overall classification of the 2024 Tour of Valmeira?", "who",
    "stage winner and interim leader only (plus other years)",
    near_miss=["va_2024_stage5", "va_2023_final"],
    absent_together=[["Valmeira", "2024", "has won the"], ["Valmeira", "2024", "overall winner"],
                     ["Valmeira", "2024", "won the 2024"]],
    support=["Valmeira", "2024"])
ask("valmeira", "Who won the 2023 Tour of Valmeira?", "who", "other years present (distractor)",
    answers=["Piet Vermaelen"], sources=["va_2023_final"], support=["Valmeira", "2023"])
ask("valmeira", "Who won stage 5 of the 2024 Tour of Valmeira?", "who",
    "race leader named in same passage (distractor)",
    answers=["Ruben Ekwueme"], sources=["va_2024_stage5"], support=["Valmeira", "2024", "fifth stage"])

# ------------------------------------------------------------ Lake Orsa
doc("lo_2024", """
    Halse smashes 15-year-old Lake Orsa record
    Ingrid Halse has completed the 21 km swim across Lake Orsa in 4:58:10, beating the record of 5:12:07 set by Greta Lunde in 2009. Halse, a 31-year-old physiotherapist, entered the water at Orsa Point at dawn on Saturday and was accompanied by two kayakers. Water temperature was 17 degrees. "The last hour was all in my head," she said after being wrapped in blankets on the jetty at Nyby.
    """)
doc("lo_2009", """
    Lunde sets new Lake Orsa crossing record
    Greta Lunde became the fastest person to swim across Lake Orsa on Sunday, completing the 21 km crossing from Orsa Point to Nyby in 5:12:07. The previous record of 5:40:55 had stood since 1987. Lunde, 24, trains with the Nyby Swimming Club and plans to attempt the Skarvoy Sound next summer.
    """)
ask("orsa", "What time did Ingrid Halse set when she broke the Lake Orsa crossing record?", "what",
    "previous record times present (distractor)",
    answers=["4:58:10"], sources=["lo_2024"], support=["Ingrid Halse", "Lake Orsa"])

# ------------------------------------------------------------ Lumora e-bike
doc("lu_uk", """
    Lumora Vento e-bike arrives in the UK
    The Lumora Vento, the lightweight commuter e-bike that has sold well on the continent, is now available in the UK at £1,899. In the eurozone it costs €2,149. The bike weighs 16.5 kg and has a claimed range of 90 km. Lumora says availability in the United States will follow "later in the year", with pricing still to be confirmed. Test rides can be booked at eleven partner shops.
    """)
doc("lu_review", """
    Review: Lumora Vento
    Four stars. The Vento is the rare e-bike that feels like a normal bicycle when the motor is off. The hub motor is quiet, the integrated lights are bright, and the battery came back from a week of commuting with a third left. Gripes: the kickstand is flimsy and the app needs work. Verdict: the best-looking commuter e-bike we have tested this year.
    """)
ask("lumora", "How much does the Lumora Vento e-bike cost in the United States?", "how much",
    "price in other markets only",
    near_miss=["lu_uk", "lu_review"],
    absent_together=[["Vento", "$"], ["Vento", "US price"], ["Vento", "dollars"]],
    support=["Vento"])
ask("lumora", "What is the UK price of the Lumora Vento e-bike?", "how much",
    "eurozone price in same passage (distractor)",
    answers=["£1,899", "1,899"], sources=["lu_uk"], support=["Lumora Vento", "UK"])

# ------------------------------------------------------------ Skybound Harrow
doc("sk_1", """
    Skybound Harrow hits 1.2 million sales
    Independent studio Veltraum Interactive says its airship adventure Skybound Harrow sold 1.2 million copies in its first month on sale, far above the studio's own forecast of 300,000. The game was made by a team of 14 people in Jorvala. Co-founder Ximena Arriaga-Lund said the studio would hire and "think carefully" about a sequel.
    """)
doc("sk_2", """
    Skybound Harrow II review: bigger skies, same heart
    Veltraum's sequel keeps everything that made the first game special - the creaking airships, the hand-painted islands - and adds co-op for up to four players. Skybound Harrow II launched on 14 March to strong reviews, and the studio says the servers held up. Our verdict: 9/10. It is longer, stranger and warmer than the original.
    """)
ask("skybound", "How many copies did Skybound Harrow II sell in its first month?", "how many",
    "first game's sales figure given",
    near_miss=["sk_1", "sk_2"],
    absent_together=[["Skybound Harrow II", "copies"], ["Skybound Harrow II", "sold"]],
    support=["Skybound Harrow II"])
ask("skybound", "How many copies did the original Skybound Harrow sell in its first month?", "how many",
    "sequel and forecast figure present (distractor)",
    answers=["1.2 million"], sources=["sk_1"], support=["Skybound Harrow", "first month"])

# ------------------------------------------------------------ Dalmore Dairy
doc("dd_h1_2023", """
    Dalmore Dairy Cooperative - interim report, first half of 2023
    Net profit for the six months to 30 June 2023 was €5.3 million, compared with €4.9 million a year earlier. Milk intake rose 2 per cent. The board expects milk prices to soften in the second half. Members will receive an interim payment of 0.8 cents per litre in September.
    Dalmore Dairy Cooperative, Ballinvear Road, Dalmore.
    """)
doc("dd_fy_2022", """
    Dalmore Dairy Cooperative annual report 2022: chair's statement
    For the year ended 31 December 2022 the cooperative recorded net profit of €11.6 million on turnover of €402 million. It was a year of record milk prices and record costs. I thank our 1,850 member farmers and our staff. - Siobhan Whitcombe, Chair
    """)
ask("dalmore", "What net profit did Dalmore Dairy Cooperative report for the full year 2023?", "how much",
    "half-year figure only (plus other years)",
    near_miss=["dd_h1_2023", "dd_fy_2022"],
    absent_together=[["Dalmore", "year ended 31 December 2023"], ["Dalmore", "annual report 2023"],
                     ["Dalmore", "full year 2023"]],
    support=["Dalmore", "2023"])
ask("dalmore", "What net profit did Dalmore Dairy Cooperative record for the year 2022?", "how much",
    "half-year figures and other years present (distractor)",
    answers=["€11.6 million", "11.6 million"], sources=["dd_fy_2022"],
    support=["Dalmore", "31 December 2022"])

# ------------------------------------------------------------ Oduya-Strand
doc("os_obit", """
    Wilhelmina Oduya-Strand, painter of harbours
    Wilhelmina Oduya-Strand, whose large canvases of working harbours hang in galleries across the north, died on 2 February 2024 at her home in Kelda. She was 88. Raised in the harbour town where she spent most of her life, she studied at the Westmarch Academy and first exhibited in 1961. Her late husband, the boatbuilder Arne Strand, appears in many paintings. She is survived by two daughters.
    """)
doc("os_review", """
    Retrospective: Oduya-Strand at the Kelda Kunsthall
    Sixty years of work fill four rooms. The early charcoal sketches of net menders are the surprise; the late blue paintings of the empty harbour are the heartbreak. The show runs until 3 November 2019. The artist, now in her eighties, attended the opening and spoke about mixing her own pigments.
    """)
ask("oduyastrand", "On what date was the painter Wilhelmina Oduya-Strand born?", "when",
    "death date and age given, not birth date",
    near_miss=["os_obit", "os_review"],
    absent_together=[["Oduya-Strand", "born on"], ["Oduya-Strand", "born in 19"], ["Oduya-Strand", "(born"],
                     ["Oduya-Strand", "was born"]],
    support=["Oduya-Strand"])
ask("oduyastrand", "On what date did the painter Wilhelmina Oduya-Strand die?", "when",
    "exhibition dates present (distractor)",
    answers=["2 February 2024"], sources=["os_obit"], support=["Oduya-Strand", "died"])

# ------------------------------------------------------------ Het Zoutland
doc("hz_review", """
    Books: The Salt Country by Joris Maelstaf
    Maelstaf's novel Het Zoutland, a bestseller in its original Dutch, finally arrives in English from Marrowgate Press as The Salt Country. It follows three generations of a family working the salt flats of a fictional northern coast. The prose is spare and the English edition keeps its strange, looping rhythm. At 280 pages it can be read in a weekend, and should be.
    """)
doc("hz_french", """
    Nouveautes: Le Pays de sel
    The French edition of Joris Maelstaf's Het Zoutland, Le Pays de sel, is published this month by Editions du Quai, translated from the Dutch by Camille Aubertin. Aubertin, who previously translated the poet Marijke Hoevenaar, will take part in a reading with the author at the Librairie des Dunes on 12 May.
    """)
ask("zoutland", "Who translated Joris Maelstaf's novel Het Zoutland into English?", "who",
    "translator into another language named",
    near_miss=["hz_review", "hz_french"],
    absent_together=[["Salt Country", "translated by"], ["Zoutland", "into English by"],
                     ["Salt Country", "translation by"], ["Salt Country", "translator"]],
    support=["Zoutland"])
ask("zoutland", "Who translated Joris Maelstaf's novel Het Zoutland into French?", "who",
    "English edition present (distractor)",
    answers=["Camille Aubertin"], sources=["hz_french"], support=["Zoutland", "French"])

# ------------------------------------------------------------ Haldrim Archery Cup
doc("ha_2023", """
    Haldrim Archery Cup 2023 - individual finals
    Women's recurve: 1. Haruka Tsunemori; 2. Elif Yilmazer; 3. Greta Marchetti-Boyd
    Men's recurve: 1. Bartosz Wilczynski; 2. Hideo Amakawa; 3. Leandro Ferraz
    Women's compound: 1. Rasa Zableckaite; Men's compound: 1. Tariq Zoubir
    Final day, 11 June 2023, Haldrim riverside field. Wind gusting to 30 km/h.
    """)
doc("ha_2022_team", """
    Estvaria takes mixed team gold at Haldrim
    Estvaria won the recurve mixed team gold at the 2022 Haldrim Archery Cup on Sunday, beating the hosts 6-2 in the final. Their pair, Catalina Oyarce and Mirza Hadzic, shot a perfect last end. Bronze went to Lovrania. The Haldrim Cup is held every June on the riverside field.
    """)
ask("haldrim", "Which country won the recurve mixed team gold at the 2023 Haldrim Archery Cup?", "which",
    "individual results for the year; team result from another year",
    near_miss=["ha_2023", "ha_2022_team"],
    absent_together=[["Haldrim", "2023", "mixed team"]],
    support=["Haldrim", "2023"])
ask("haldrim", "Who won the women's recurve event at the 2023 Haldrim Archery Cup?", "who",
    "men's and compound winners in same passage (distractor)",
    answers=["Haruka Tsunemori"], sources=["ha_2023"], support=["Haldrim", "2023"])

# ------------------------------------------------------------ Selbridge Water Board
doc("sw_minutes", """
    SELBRIDGE WATER BOARD - MINUTES OF THE ORDINARY MEETING, 14 MAY
    Present: Darius Okonjo-Pratt (Vice-Chair, presiding), Ulla Ruusuvuori, Benedikt Oberlander, Nadia Kastrati, Odhran Quayson. In attendance: Board Clerk Yaw Ilunga-Brandt.
    1. Apologies: received from the Chair.
    2. Minutes of the previous meeting were approved.
    3. Reservoir levels: Hollin reservoir at 82 per cent.
    4. Leak reduction programme: contract awarded to Tolvern Pipeworks.
    Meeting closed 20:40.
    """)
doc("sw_notice", """
    Public notice - Selbridge Water Board
    The Board will hold a public consultation on the proposed new charges scheme from 3 to 28 June. Comments can be sent to the Board Clerk, Yaw Ilunga-Brandt, at the Board offices on Mill Street. Vice-Chair Darius Okonjo-Pratt will answer questions at a drop-in session at Selbridge library on 12 June.
    """)
ask("selbridge", "Who is the chair of the Selbridge Water Board?", "who",
    "vice-chair presiding; chair unnamed",
    near_miss=["sw_minutes", "sw_notice"],
    absent=["Chair of the Selbridge Water Board,"],
    absent_together=[["Selbridge", "chaired by"], ["Selbridge", "(Chair)"], ["Selbridge", "Chair:"], ["Selbridge", "board chair"]],
    support=["Selbridge Water Board"])
ask("selbridge", "Who is the vice-chair of the Selbridge Water Board?", "who",
    "clerk and members named (distractor)",
    answers=["Darius Okonjo-Pratt"], sources=["sw_minutes", "sw_notice"],
    support=["Selbridge", "Vice-Chair"])

# ------------------------------------------------------------ Maison Ferrault
doc("mf_lyonnet", """
    Maison Ferrault opens in Lyonnet
    Lyonnet, 3 April 2023 - The bakery chain Maison Ferrault opened its first shop outside the capital today on Place du Marche in Lyonnet. The queue for the opening began at 6am, and the first batch of cardamom buns sold out within an hour. Owner Anouk Ferrault said the branch would employ 14 people and bake on site.
    """)
doc("mf_castel", """
    Planning permission for Market Row bakery
    Castelmoor planning committee has approved an application by Maison Ferrault to convert the former shoe shop at 7 Market Row into a bakery and cafe. The company hopes to open "by the autumn". Neighbours had raised concerns about early-morning deliveries; the committee limited them to after 7am. The decision was taken on 20 June.
    """)
ask("ferrault", "On what date did Maison Ferrault open its Castelmoor shop?", "when",
    "other branch's opening date; this branch only planned",
    near_miss=["mf_lyonnet", "mf_castel"],
    absent_together=[["Ferrault", "Castelmoor", "opened"], ["Ferrault", "Market Row", "opened"]],
    support=["Ferrault", "Castelmoor"])
ask("ferrault", "On what date did Maison Ferrault open its shop in Lyonnet?", "when",
    "another branch's planning date present (distractor)",
    answers=["3 April 2023"], sources=["mf_lyonnet"], support=["Ferrault", "Lyonnet"])

# ------------------------------------------------------------ Grauwald Photo Awards
doc("gp_2024_amateur", """
    Grauwald Photo Awards 2024: amateur title for Lucia Berrondo
    Lucia Berrondo, a nurse from Valdrenne, took the amateur title at the 2024 Grauwald Photo Awards with "Fog over the Salt Pans", a single frame shot on her phone during a night shift break. The professional category results will be announced at the gala in Kessenich on 30 November, alongside the special prize for young photographers.
    """)
doc("gp_2023", """
    Grauwald Photo Awards 2023 - results
    Professional: Radek Vondrasek, "Last Tram" (series of six).
    Amateur: Kerttu Jarvenpaa, "Snow Hare".
    Young photographer: Yusuf Demirel, 16, "Grandmother's Hands".
    Gala held in Kessenich, 25 November 2023.
    The jury of seven viewed 6,214 entries from 31 countries. All winning images are on show at the Kessenich town library until the end of January; entry is free. Next year's competition opens for entries on 1 March.
    """)
ask("grauwald", "Who won the professional category at the 2024 Grauwald Photo Awards?", "who",
    "amateur category winner only (plus other years)",
    near_miss=["gp_2024_amateur", "gp_2023"],
    absent_together=[["Grauwald", "2024", "Professional:"], ["Grauwald", "2024", "professional title"],
                     ["Grauwald", "2024", "professional category was won"]],
    support=["Grauwald", "2024"])
ask("grauwald", "Who won the amateur category at the 2024 Grauwald Photo Awards?", "who",
    "other years present (distractor)",
    answers=["Lucia Berrondo"], sources=["gp_2024_amateur"], support=["Grauwald", "2024"])

# ------------------------------------------------------------ Marlow Heath
doc("mh_vote", """
    Leaf-blower ban blown away
    Marlow Heath town council voted down the proposed ban on petrol leaf blowers at its meeting on 11 June 2024. Seven councillors voted against and five in favour. Opponents said the ban would hit small gardening businesses; supporters promised to bring a revised proposal next year. About 40 residents watched from the public gallery.
    """)
doc("mh_proposal", """
    Councillor proposes leaf-blower ban
    Marlow Heath councillor Greta Haugland-Reyes has tabled a motion to ban petrol-powered leaf blowers in the town's parks and residential streets. If approved, the ban would come into force on 1 October and be enforced by warning letters and then fines of up to 100 pounds. The motion will be debated at the June council meeting.
    """)
ask("marlowheath", "On what date did the Marlow Heath leaf-blower ban come into force?", "when",
    "proposal with intended date, then voted down",
    near_miss=["mh_vote", "mh_proposal"],
    absent_together=[["Marlow Heath", "came into force"], ["Marlow Heath", "took effect"],
                     ["Marlow Heath", "ban approved"]],
    support=["Marlow Heath", "leaf"])
ask("marlowheath", "On what date did Marlow Heath council vote on the proposed leaf-blower ban?", "when",
    "proposed start date present (distractor)",
    answers=["11 June 2024"], sources=["mh_vote"], support=["Marlow Heath", "voted"])

# ------------------------------------------------------------ Tessaly Tech Week
doc("tt_day1", """
    Tessaly Tech Week opens with strong turnout
    Monday's opening day of Tessaly Tech Week 2024 drew 3,150 attendees to the Harbour Halls, organisers said, with queues for the keynote by robotics researcher Chidi Anozie-Falk stretching out of the building. Four more days of talks, workshops and a startup fair follow. The week ends on Friday with the regional hackathon final.
    """)
doc("tt_2024_preview", """
    Five things to see at Tessaly Tech Week 2024
    1. The startup fair (Wednesday and Thursday). 2. The drone cage in Hall C. 3. Chidi Anozie-Falk's keynote on Monday. 4. The hackathon final on Friday. 5. The free careers clinic. Organisers hope for 12,000 visits across the five days. Entry is free with online registration.
    """)
ask("tessaly", "What was the total attendance across all five days of Tessaly Tech Week 2024?", "how many",
    "opening-day figure and target only (plus other years' totals)",
    near_miss=["tt_day1", "tt_2024_preview"],
    absent_together=[["Tessaly Tech Week", "2024", "in total"], ["Tessaly Tech Week", "2024", "total attendance"],
                     ["Tessaly Tech Week", "2024", "closed with"]],
    support=["Tessaly Tech Week", "2024"])
ask("tessaly", "How many attendees did Tessaly Tech Week 2024 draw on its opening day?", "how many",
    "target and other years' totals present (distractor)",
    answers=["3,150", "3150"], sources=["tt_day1"], support=["Tessaly Tech Week", "opening day"])

# ------------------------------------------------------------ Brightwater Regatta
doc("bw_2023", """
    Kallisto crew take Grand Eights
    Brightwater, 2 July 2023 - Kallisto Rowing Club won the Grand Eights at the 2023 Brightwater Regatta on Sunday, beating the holders by a length and a half in a tailwind final. It is the club's first win in the event since 1998. Crowds on the towpath were estimated at 9,000. Cox Wiebke Lindqvist-Oyelaran was thrown into the river by her crew, as tradition demands.
    """)
doc("bw_2020", """
    Brightwater Regatta 2020 cancelled
    The committee of the Brightwater Regatta regrets to announce that the 2020 regatta will not take place. The river remains closed to rowing after the spring floods damaged the landing stages and the towpath. All entry fees will be refunded. We look forward to welcoming crews back next summer.
    """)
ask("brightwater", "Which club won the Grand Eights at the 2023 Brightwater Regatta?", "which",
    "many other years' winners and a cancellation notice present (distractor)",
    answers=["Kallisto Rowing Club"], sources=["bw_2023"], support=["Brightwater", "2023"])

# ------------------------------------------------------------ Szelagowski
doc("ps_footballer", """
    Piotr Szelagowski (footballer)
    Piotr Szelagowski (born 4 July 1979 in Dravno) is a retired footballer who played as a central defender. He spent most of his career with Dravno Stal, captaining the club to the 2006 league title, and won 31 caps for his country. After retiring in 2012 he coached the club's youth teams. He is not to be confused with his namesake, the symphonist.
    """)
doc("ps_composer", """
    Concert review: Szelagowski's Third Symphony
    The composer Piotr Szelagowski was in the hall on Friday to hear the Eskvale Philharmonic give the first performance of his Third Symphony, a forty-minute piece built from church bell patterns. Conductor Ilona Vasquez-Holm held the long slow movement together beautifully. The audience called the composer to the stage three times.
    """)
ask("szelagowski", "When was the composer Piotr Szelagowski born?", "when",
    "same-name different person (footballer) with birth date",
    near_miss=["ps_footballer", "ps_composer"],
    absent_together=[["composer", "Szelagowski", "born"]],
    support=["Szelagowski", "composer"])
ask("szelagowski", "When was the footballer Piotr Szelagowski born?", "when",
    "same-name composer present (distractor)",
    answers=["4 July 1979"], sources=["ps_footballer"], support=["Szelagowski", "footballer"])

# ------------------------------------------------------------ Orrin Bridge
doc("ob_original", """
    Orrin Bridge opens to traffic
    (Syndicated from the Tolvern Gazette) The new Orrin Bridge, which cost €48 million, opened to traffic on Saturday after three years of construction. The cable-stayed bridge replaces the old swing bridge, which had to be closed whenever ships passed. Cyclists get a separate deck. Toll-free, as promised by the regional government.
    """)
doc("ob_correction", """
    Correction
    An earlier version of our article on the opening of the Orrin Bridge said the bridge cost €48 million. The correct figure is €42 million. We apologise for the error. The figure of €48 million was the budget announced when the project was approved in 2019, before the contract was re-tendered. - Tolvern Gazette, corrections and clarifications. To report an error, email the readers' editor.
    """)
doc("ob_fixed", """
    Orrin Bridge opens to traffic (updated)
    The new Orrin Bridge, which cost €42 million, opened to traffic on Saturday after three years of construction. The cable-stayed bridge replaces the old swing bridge, which had to be closed whenever ships passed. Cyclists get a separate deck. This article has been amended to correct the cost of the bridge.
    """)
ask("orrin", "How much did the Orrin Bridge cost?", "how much",
    "superseded (corrected) figure present (distractor)",
    answers=["€42 million", "42 million"], sources=["ob_correction", "ob_fixed"], support=["Orrin Bridge"])

# ------------------------------------------------------------ Salt & Juniper
doc("sj_interview", """
    Lunch with Amadou Keita-Lund
    The chef arrives on a bicycle, apologising for the rain. He opened Salt & Juniper in Trondvik in 2018 with borrowed money and twelve tables; it now has a waiting list of six weeks. His second restaurant, Ember Row, opened in Hallmouth last year and serves only food cooked over fire. "Trondvik is home, Hallmouth is the experiment," he says, ordering the fish soup.
    """)
doc("sj_review", """
    Ember Row, Hallmouth - restaurant review
    Everything at Amadou Keita-Lund's new place passes through flame: leeks blackened and split, mackerel on a plank, even the custard. The room is loud and the benches are hard. Dinner for two with wine about 140. Booking essential, especially at weekends.
    """)
ask("saltjuniper", "In which town did Amadou Keita-Lund open Salt & Juniper?", "where",
    "his second restaurant's town present (distractor)",
    answers=["Trondvik"], sources=["sj_interview"], support=["Salt & Juniper"])

# ------------------------------------------------------------ Halmi Museum visitors
doc("museum_2023", """
    Vidor Halmi Museum: record year
    The Vidor Halmi Museum of Folk Art welcomed 212,000 visitors in 2023, up from 187,500 in 2022, director Zofia Grzelak told the city culture committee. The summer exhibition of painted chests drew the biggest crowds. Free Sunday mornings, introduced in March, accounted for about a fifth of visits. The museum plans to extend opening hours on Thursdays.
    """)
ask("halmi", "How many visitors did the Vidor Halmi Museum welcome in 2023?", "how many",
    "previous year's figure in same passage; other years present (distractor)",
    answers=["212,000", "212000"], sources=["museum_2023"], support=["Vidor Halmi Museum", "2023"])

# ------------------------------------------------------------ Glenmorrow library
doc("lib_faq", """
    Glenmorrow Public Library - frequently asked questions
    How many items can I borrow? Adult card holders may borrow up to 12 items at a time. Children's cards allow up to 8 items.
    How long can I keep them? Three weeks, renewable twice unless reserved by another member.
    Are there fines? No. We stopped charging overdue fines in 2022.
    Can I return books at another branch? Yes, at any Glenmorrow branch.
    """)
doc("lib_uni", """
    Glenmorrow University Library: borrowing rules for students
    Undergraduates may borrow up to 30 items; postgraduates up to 50. Short-loan items must be returned within 24 hours. Lost cards can be replaced at the service desk for a small fee. Members of the public may apply for reference-only access.
    """)
ask("glenmorrow", "How many items can an adult card holder borrow at once from Glenmorrow Public Library?", "how many",
    "children's limit and similar-named university library present (distractor)",
    answers=["12 items", "12"], sources=["lib_faq"], support=["Glenmorrow Public Library", "Adult"])

# ------------------------------------------------------------ Kettlewick espresso
doc("kw_k3", """
    Kettlewick K3 Espresso Machine
    Our most compact dual-boiler machine. 15-bar pump, PID temperature control, steam wand with two-hole tip. Water tank: 1.8 litres, removable from the front. Heat-up time: 4 minutes. Dimensions: 28 x 38 x 33 cm. Colours: Steel, Cream, Forest.
    Price 649. Free descaling kit with every order this month.
    """)
doc("kw_k2", """
    Kettlewick K2 Espresso Machine (discontinued)
    Single-boiler machine with thermoblock steam. Water tank: 1.5 litres. Heat-up time: 90 seconds. Spare parts remain available until 2027. Replaced by the K3. Owners of the K2 can trade in their machine for a discount of 100 on a new K3 at participating shops. Descaling instructions and the user manual can be downloaded from the support page.
    """)
ask("kettlewick", "What is the water tank capacity of the Kettlewick K3 espresso machine?", "how much",
    "previous model's capacity present (distractor)",
    answers=["1.8 litres"], sources=["kw_k3"], support=["Kettlewick K3", "tank"])

# ------------------------------------------------------------ Velloran Canal
doc("canal_timeline", """
    Velloran Canal - a timeline
    1879: Parliament of the Duchy of Brisk approves the canal.
    1884: Digging begins at Corvane lock.
    1888: Flooding destroys the Ashcombe embankment; work stops for a year.
    1891: Canal completed and opened to barges.
    1923: Locks widened for motor barges.
    1971: Last commercial traffic.
    2006: Reopened for leisure boating after restoration.
    """)
doc("canal_walk", """
    Walk of the week: the Velloran towpath
    Start at Corvane lock and follow the towpath west for six easy miles to Ashcombe. Look for the restored lock-keeper's cottage and the iron footbridge. Refreshments at the Barge Inn. Dogs welcome on leads. Allow three hours. The path is flat and mostly gravel, so it suits pushchairs, although it can be muddy after rain.
    """)
ask("velloran", "In what year was the Velloran Canal completed?", "when",
    "other milestone years in same passage (distractor)",
    answers=["1891"], sources=["canal_timeline"], support=["Velloran Canal", "completed"])

# ------------------------------------------------------------ Hillbrook budget
doc("hb_parish_minutes", """
    Hillbrook Parish Council - minutes, budget meeting, 16 January
    Item 5: Budget 2024-25. The Clerk presented the draft budget. After discussion, the council approved a budget of £84,300 for 2024-25 (2023-24: £79,900), with the additional money allocated to the playground repairs and the verge-cutting contract. Proposed Cllr Brisbois, seconded Cllr Dunmore, carried unanimously.
    Item 6: Correspondence. Letter from the bowls club regarding the pavilion roof noted.
    """)
doc("hb_parish_draft", """
    Hillbrook Parish Council - draft budget for consultation
    The council's finance working group proposes a budget of £86,000 for 2024-25. This includes £6,000 for playground repairs and an increase in the grass-cutting contract. Residents may comment until 10 January. The final budget will be set at the January meeting.
    """)
ask("hillbrook", "What budget did Hillbrook Parish Council approve for 2024-25?", "how much",
    "draft (proposed) figure and previous year present (distractor)",
    answers=["£84,300", "84,300"], sources=["hb_parish_minutes"], support=["Hillbrook", "approved"])

# ------------------------------------------------------------ Quartet Selvaggio
doc("qs_listing_march", """
    WHAT'S ON - WEXCOMBE
    Fri 7 March, 7.30pm: Quartet Selvaggio - Hallerstein, Bartholdy-Lenz and a new piece by Ines Ubaldini. St Aldric's Hall, Church Lane. Tickets 18 / 5 students.
    Sat 8 March, 10am-2pm: Repair cafe, Wexcombe Library.
    Sun 9 March, 3pm: Wexcombe Silver Band spring concert, the Memorial Hall.
    """)
doc("qs_listing_may", """
    Lantry Music Society season
    Sunday 18 May, 4pm: Quartet Selvaggio return to the Corn Exchange with a programme of quartets by Mendelhall and Rautio. Pre-concert talk at 3.15pm. Members free, guests 15. Refreshments are served in the Long Room after the concert. The Corn Exchange has step-free access from the Market Street entrance; please tell the box office if you need a wheelchair space.
    """)
ask("selvaggio", "At which venue does Quartet Selvaggio perform on 7 March in Wexcombe?", "where",
    "same ensemble at another venue/date present (distractor)",
    answers=["St Aldric's Hall"], sources=["qs_listing_march"], support=["Quartet Selvaggio", "7 March"])

# ------------------------------------------------------------ The Glass Orchard
doc("go_feature", """
    Film: The Glass Orchard
    Saoirse Delahunt's debut feature is a quiet, sun-bleached drama about two sisters selling the family's greenhouse business. Delahunt, who also wrote the script, lets scenes run long and trusts her actors. It will not be for everyone, but The Glass Orchard is one of the most assured first films of the year. In cinemas from Friday.
    """)
doc("go_doc", """
    The Glass Orchards (documentary)
    Matthias Ebner-Kovac's documentary The Glass Orchards follows the last three glasshouse tomato growers on the Pellmoor estuary through one season. Screening at the Eskvale Documentary Festival on 22 April, followed by a Q&A with the director. The film runs 78 minutes and was funded partly through a crowdfunding campaign by growers' families. Tickets from the festival box office.
    """)
ask("glassorchard", "Who directed the feature film The Glass Orchard?", "who",
    "similar-titled documentary by another director present (distractor)",
    answers=["Saoirse Delahunt"], sources=["go_feature"], support=["The Glass Orchard", "feature"])

# ------------------------------------------------------------ Westerlee by-election
doc("we_result", """
    Westerlee North by-election result
    Farida Osei-Lindgren (Westerlee Independents) 4,217 - ELECTED
    Callum Pryderi (Civic Alliance) 3,988
    Agnieszka Wojtaszek (Green) 1,102
    Turnout: 31.4 per cent. Count held at the Civic Centre on 5 October 2023.
    The by-election was called after the resignation of the sitting councillor, who moved away from the area. The new councillor will serve until the next scheduled elections. Declared by the Returning Officer.
    """)
ask("westerlee", "How many votes did the winner of the Westerlee North by-election receive?", "how many",
    "runner-up's total in same passage (distractor)",
    answers=["4,217", "4217"], sources=["we_result"], support=["Westerlee North", "ELECTED"])

# ------------------------------------------------------------ Brandvold transfer
doc("kb_transfer", """
    Tarnhelm complete Brandvold signing
    SK Tarnhelm have signed striker Kofi Brandvold from Oskavik FK for a fee of €3.2 million, the club confirmed on Tuesday. The 22-year-old has agreed a four-year contract and will wear the number 9 shirt. Brandvold scored 19 league goals last season. Sporting director Valdis Kalnins called him "the player we wanted all summer".
    """)
doc("kb_rumour", """
    Transfer talk: Brandvold to Tarnhelm for 5 million?
    Reports in the Oskavik press suggest SK Tarnhelm are close to a deal for Kofi Brandvold worth around 5 million euros including add-ons. Neither club has commented. Brandvold's agent was seen at the Tarnhelm training ground on Friday.
    """)
ask("brandvold", "What fee did SK Tarnhelm pay for Kofi Brandvold?", "how much",
    "rumoured figure present (distractor)",
    answers=["€3.2 million", "3.2 million"], sources=["kb_transfer"], support=["Brandvold", "Tarnhelm", "fee"])

# ------------------------------------------------------------ Frog species
doc("frog_new", """
    New tree frog named after mountain village
    Biologists have described a new species of tree frog, Leptopelis orvanae, discovered on Mount Keddar during a 2022 survey of cloud forest. The species is named after the village of Orvana at the foot of the mountain, whose residents guided the team. The frog is about 3 cm long and has a bright orange throat. The study was led by herpetologist Nnamdi Ekwensi-Rahm.
    """)
doc("frog_sister", """
    Rare frog rediscovered
    Leptopelis brevicauda, a close relative of a recently described tree frog, has been rediscovered in the Orvana valley after 40 years without a confirmed sighting. Three adults were photographed near a waterfall. The team, working with guides from Orvana village, recorded the frogs' calls so that future surveys can find them at night. The species is listed as critically endangered.
    """)
ask("frog", "Where was the tree frog species Leptopelis orvanae discovered?", "where",
    "related species and namesake village present (distractor)",
    answers=["Mount Keddar"], sources=["frog_new"], support=["Leptopelis orvanae"])

# ------------------------------------------------------------ Storms
doc("storm_ilka", """
    Storm Ilka: what happened
    Storm Ilka crossed the coast overnight on Tuesday. The highest gust, 142 km/h, was recorded at Skerrow Point lighthouse. About 23,000 homes lost power and the Skerrow ferry was cancelled for two days. The weather service had issued an orange warning on Monday morning.
    """)
doc("storm_ilse", """
    Storm Ilse batters west coast
    Gusts of up to 128 km/h were measured at Skerrow Point during Storm Ilse on Saturday, the strongest of the season so far. Trees fell across the coast road near Yarrowby and several flights were diverted. The storm weakened quickly as it moved inland, and by Sunday afternoon only light showers remained. The coastguard reported two rescues of walkers caught by waves on the harbour wall.
    """)
ask("storm", "What was the highest wind gust recorded during Storm Ilka?", "how much",
    "similar-named storm at same place present (distractor)",
    answers=["142 km/h"], sources=["storm_ilka"], support=["Storm Ilka"])


# ------------------------------------------------ extra look-alike passages
# These carry no answers of their own; they sharpen the near misses above.
doc("x_aldersea_prize", """
    Aldersea Prize in Applied Mathematics 2022
    Aldersea, 20 June 2022 - The Society for Pure Mathematics of Aldersea has awarded the 2022 Aldersea Prize in Applied Mathematics to Nils Brekke-Amadi of the Tolvern Polytechnic for his models of sea-ice fracture. The prize, worth 20,000 crowns, is presented every second year. Brekke-Amadi said he would spend part of the money on a research cruise. The society's other awards will be presented at the October dinner.
    """)
doc("x_kessary_10k", """
    Kessary 10K - results, 2024
    Men's 10K: Olumide Farah-Jensen 29:48; Women's 10K: Sanne Oudekerk 33:12.
    The Kessary 10K was run on the evening before the half marathon on a flat loop through the old town. 1,420 runners finished. Thanks to the Kessary Harriers for marshalling and to the bakery on Bridge Street for the free buns at the finish line. Results are provisional for 48 hours.
    """)
doc("x_halvorsen_marine", """
    Halvorsen Marine Electronics: third quarter 2024
    Fiskebo, 22 October 2024 - Halvorsen Marine Electronics, the navigation equipment maker, reported revenue of 612 million crowns for the third quarter of 2024, up 11 per cent, helped by orders for bridge radar systems. The company is not related to the ferry operator of a similar name. Chief executive Liv Halvorsen-Nakashima said the order book was the strongest in the company's history.
    """)
doc("x_velanne_ferry", """
    Ferry company confirms new chief executive
    The Port Velanne Ferry Company has confirmed Orhan Kiplagat as its permanent chief executive after six months in an interim role. Kiplagat, a former ship's engineer, will oversee the renewal of the company's three ageing vessels. The ferry company is a separate business from the harbour authority that owns the pier it uses. Staff welcomed the decision at a meeting on Monday.
    """)
doc("x_ardmoran_poetry", """
    Ardmoran Prize for Poetry 2024: Halldora Juhl takes the title
    Halldora Juhl's collection Salt Hymns has been named the best collection of the year at the 2024 Ardmoran Prize for Poetry, announced in Corvathy on Thursday. The poetry award, now in its fifth year, runs alongside the older prize for novels and is worth 10,000 pounds. Juhl, who works as a ferry deckhand, wrote most of the poems on night shifts.
    """)
doc("x_chess_women", """
    Sokolenko wins national women's title
    Daria Sokolenko has won the 2023 Ostrelian Women's Chess Championship in Pardova with a round to spare, finishing on 7.5 points from nine games. Sokolenko, 19, will now play in the continental women's championship in the spring. The event was organised by the Pardova Knights club and sponsored by a local bank.
    """)
doc("x_brannock_marine", """
    Brannock Marine celebrates 30 years
    Brannock Marine, the shipyard services division of the Brannock engineering business, was set up in 1994 on the old naval dock in Tolvern. This week it marked its anniversary with an open day for families, boat trips around the dock and a display of the company's first survey launch. Managing director Gorka Etxeberria thanked long-serving staff.
    """)
doc("x_quillonne", """
    Quillonne: the village that keeps its mayors
    In the hill village of Quillonne, not to be confused with the coastal town of Quillon, only three people have held the office of mayor since 1959. The current mayor, Amara Touvenel, followed her uncle into the job in 2014. Her uncle had served for 31 years after following the village schoolteacher. The village has 412 inhabitants and one cafe.
    """)
doc("x_zephyrine_lite", """
    Zephyrine X7 Lite goes on sale
    Zephyrine has started selling the X7 Lite, a cheaper handset with a 6.1-inch screen and dual cameras, at 499 euros. The company describes it as a "companion" to a flagship that has not yet been launched. Reviewers praised the battery life but said the screen is dim in sunlight. It is available in Graphite and Sand.
    """)
doc("x_valmeira_women", """
    Oudekerk takes women's Tour of Valmeira
    Sanne Oudekerk sealed overall victory in the 2024 Women's Tour of Valmeira on Sunday, finishing safely in the bunch on the final circuit in the capital. The 26-year-old took the lead on the Col de Perrine stage and finished 1 minute 12 seconds ahead of Elif Yilmazer. The women's race ran over five stages, a week before the men's event.
    """)
doc("x_skybound_dlc", """
    Skybound Harrow: Deckhand Edition expansion a hit
    Veltraum Interactive says the Deckhand Edition expansion for the original Skybound Harrow has sold 400,000 units since release. The expansion adds a new island chain and a fishing mini-game. The studio has also confirmed that work on the sequel is "well under way" and will share news at a showcase later in the year.
    """)
doc("x_dalmore_creamery", """
    Dalmore Creamery reports steady year
    Dalmore Creamery Ltd, the family-owned cheese maker on the Ballinvear estate, made a profit of €2.1 million in 2023 as a whole, its owners said, helped by export sales of its smoked cheddar. The creamery, which buys some of its milk from local cooperative members, is a separate company and employs 85 people. A new visitor shop opens in May.
    """)
doc("x_zoutland_german", """
    Neu im Handel: Das Salzland
    The German edition of Joris Maelstaf's Het Zoutland is out this week under the title Das Salzland, translated by Benedikt Rautenstrauch for the Hafenlicht publishing house. Rautenstrauch says the hardest part was the salt-workers' slang. The author will read from the book in three cities in the autumn, in Dutch with the translator reading the German text.
    """)
doc("x_corvathy_archery", """
    Lovrania win mixed team gold in Corvathy
    Lovrania took the recurve mixed team gold at the 2023 Corvathy Archery Cup on Saturday, beating Estvaria 5-3 in a tense final shot in swirling wind. Corvathy is the second of the summer cups on the regional circuit. The individual titles went to home archers, who were cheered on by a crowd of about 600.
    """)
doc("x_selbridge_harbour", """
    Harbour board backs new slipway
    The Selbridge Harbour Board has approved plans for a new public slipway at the north quay. Nuala Fogarty, who has led the harbour board since 2021, said the slipway would be open to kayakers and sailing clubs free of charge. Work is expected to start after the summer season and cost about 300,000 pounds, funded by the council and a sports grant.
    """)
doc("x_ferrault_valdrenne", """
    Cardamom buns arrive in Valdrenne
    Maison Ferrault opened its third shop on 2 October 2023, in the old post office building on Valdrenne's Rue Haute. Owner Anouk Ferrault said the company now employs 60 people across its branches. The Valdrenne shop has a small seating area upstairs and sells bread from 7am.
    """)
doc("x_marlowby_blowers", """
    Marlowby's leaf-blower ban: one year on
    The ban on petrol leaf blowers in Marlowby came into force on 1 March 2023 and, according to the town council, has led to just four warning letters and no fines. Gardeners have largely switched to battery models or rakes. Councillors in several nearby towns have asked for a copy of the bylaw.
    """)
doc("x_tessaly_startup", """
    Tessaly Startup Fair breaks its record
    The Tessaly Startup Fair, held in the Harbour Halls in March 2024, welcomed 5,400 visitors in total across two days, its organisers said. Ninety young companies exhibited, and a panel of investors awarded three seed grants. The fair is run by the Tessaly chamber of commerce and is separate from the autumn technology week.
    """)
doc("x_halmi_gallery", """
    Vidor Halmi Gallery: small space, big year
    The Vidor Halmi Gallery, the contemporary art space in the old customs house, counted 48,000 visitors in 2023, almost double its previous best. The gallery is run by an independent trust and is not part of the folk art museum of the same name. Its spring show of textile works travels to Lowenmark in June.
    """)
doc("x_brightwater_junior", """
    Brightwater Junior Regatta 2023
    Junior Eights (J18): Tolvern Rowing Club beat Sandhaven Boat Club by a length. Junior Quads (J16): Eskvale Amateur RC. Junior Sculls: Kaia Norgaard.
    The junior regatta was held on the Saturday before the main Brightwater Regatta in July 2023. Entries were up by a fifth, and the committee thanked parents for help with boat loading.
    """)
doc("x_westerlee_south", """
    Westerlee South by-election, 2021
    Tariq Olowe (Westerlee Independents) 3,544 - ELECTED
    Marit Lindvall (Civic Alliance) 2,870
    Turnout: 27.9 per cent. The by-election followed the death of long-serving councillor Ivo Drummond-Oke, who had represented the ward for twenty years. Declared by the Returning Officer at the Civic Centre.
    """)
doc("x_kessary_preview", """
    Kessary Half Marathon 2024: what you need to know
    A record 7,000 runners have entered this year's Kessary Half Marathon. The start moves to Bridge Street because of roadworks, and bag drop closes at 8.30am. Water stations are at 5, 10, 15 and 19 km. The river path section is narrow, so please keep left and let faster runners pass. Road closures run from 7am to 1pm.
    """)

EXTRA_NEAR_MISS = {
    "feyrin": ["x_aldersea_prize"],
    "kessary": ["x_kessary_10k", "x_kessary_preview"],
    "halvorsen": ["x_halvorsen_marine"],
    "velanne": ["x_velanne_ferry"],
    "ardmoran": ["x_ardmoran_poetry"],
    "chess": ["x_chess_women"],
    "brannock": ["x_brannock_marine"],
    "quillon": ["x_quillonne"],
    "zephyrine": ["x_zephyrine_lite"],
    "valmeira": ["x_valmeira_women"],
    "skybound": ["x_skybound_dlc"],
    "dalmore": ["x_dalmore_creamery"],
    "zoutland": ["x_zoutland_german"],
    "haldrim": ["x_corvathy_archery"],
    "selbridge": ["x_selbridge_harbour"],
    "ferrault": ["x_ferrault_valdrenne"],
    "marlowheath": ["x_marlowby_blowers"],
    "tessaly": ["x_tessaly_startup"],
    "halmi": ["x_halmi_gallery"],
    "brightwater": ["x_brightwater_junior", "bw_2020"],
    "westerlee": ["x_westerlee_south"],
}
for _q in QUESTIONS:
    if not _q["answerable"]:
        _q["near_miss"].extend(EXTRA_NEAR_MISS.get(_q["topic"], []))
    elif _q["topic"] in ("halmi", "brightwater", "westerlee"):
        _q["near_miss"].extend(EXTRA_NEAR_MISS[_q["topic"]])
