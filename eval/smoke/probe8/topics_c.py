"""Hand-written topic passages and questions, part C (topics 31-45)."""

from topics_a import D

TOPICS = []

# ---------------------------------------------------------------- 31
TOPICS.append(dict(
    key="ravelle",
    docs=[
        D("rm14", "news", """
Ravelle Museum appoints Sorell as director
The Ravelle Museum in Varnholt has appointed Agathe Sorell, currently chief curator at the Lorvan City Gallery, as its new director. She succeeds Piers Ambler, who retires in September 2014 after sixteen years in the post. Sorell, 44, said she wanted the museum to "open its stores" and show more of its collection of maritime paintings. She takes up the post on 1 October 2014.
"""),
        D("rm22", "news", """
Ravelle names Easterly to succeed Sorell
The Ravelle Museum has named Tobin Easterly as its next director, replacing Agathe Sorell, who leaves at the end of the year to run the National Maritime Collection in Lorvan. Easterly, 39, has been deputy director of the Caddon Museum of Science since 2019. He starts in January 2023. Under Sorell the Ravelle's visitor numbers rose from 180,000 to 310,000 a year, helped by a new wing opened in 2019.
"""),
        D("rm_house", "news", """
The Ravelle House Museum in Orlay, a small museum in the birthplace of the shipowner Iver Ravelle, has a new curator: Daphne Kroll, previously an education officer at the Vantry Gallery. The house museum is run by volunteers and is unconnected with the Ravelle Museum in Varnholt, though both are named after the same family. It is open on Saturdays from April to October, and group visits can be arranged by appointment.
"""),
    ],
    teasers=[
        ("arts", "The Ravelle Museum's new maritime wing hosts a late opening with live music on Friday."),
    ],
    mentions=[("org", "the Ravelle Museum")],
    events=[],
    qs=[
        dict(q="Who replaced Agathe Sorell as director of the Ravelle Museum?",
             a=["Tobin Easterly"], src=["rm22"], kind="who", nm=["rm14", "rm_house"]),
    ],
))

# ---------------------------------------------------------------- 32
TOPICS.append(dict(
    key="idony",
    docs=[
        D("si15", "news", """
Storm Idony batters coast
Storm Idony brought gusts of 131 km/h to Skerrow Head on Tuesday night, the Velland Met Service said, bringing down trees and power lines across the Ennor estuary. About 12,000 homes lost electricity. Ferries to Skerry Island were cancelled for a second day. The storm, the fourth named storm of the 2015-16 season, is expected to clear eastwards by Wednesday afternoon, although a yellow warning for rain remains in place.
"""),
        D("si24", "news", """
Idony returns: 2024 storm strongest in a decade
The name may be familiar - the Met Service's rotating list brought Storm Idony back this winter, nine years after its namesake - but the 2024 Storm Idony was far stronger. A gust of 158 km/h was recorded at Caldmere Point on Saturday, the highest reading in the region since 2014, and more than 40,000 homes lost power. Two people were injured by falling masonry in Varnholt. Insurers estimate claims of 90 million crowns.
"""),
        D("si_qa", "Q&A", """
Why do storm names come back?
The Velland Met Service names storms from an alphabetical list agreed with neighbouring weather services each autumn. Names are reused after several years unless a storm was so damaging that its name is retired. That is why there have been two storms called Idony, in 2015 and 2024. Forecasters say naming storms makes warnings easier to remember and share. Members of the public can suggest names through the Met Service website.
"""),
    ],
    teasers=[
        ("civic", "The Met Service has published this winter's list of storm names."),
        ("civic", "Insurers explain how to claim for fallen trees and fences after Storm Idony."),
    ],
    mentions=[],
    events=[],
    qs=[
        dict(q="What was the strongest gust recorded during Storm Idony in 2024?",
             a=["158 km/h", "158 kilometres per hour"], src=["si24"], kind="what", nm=["si15", "si_qa"]),
    ],
))

# ---------------------------------------------------------------- 33
TOPICS.append(dict(
    key="cinder",
    docs=[
        D("cp_album", "encyclopedia", """
Cinder Psalm is the second studio album by the Lorvan post-rock band the Orrery Hours, released on 2 March 2018 by Greyhen Records. The songs were written by guitarist Idris Vane over a winter in a borrowed farmhouse, and the album was recorded live in five days. It reached number 14 on the national albums chart. The closing track, "Lantern Weather", was later used in the trailer for the film Salt and Iron.
"""),
        D("cp_novel", "review", """
Linnea Vasko's Cinder Psalm (2020) is a slim, fierce novel about a bell-founder's apprentice in a town that has banned music. Vasko, a former choir director, writes sentences that ring. The book borrows its title from a 2018 album by the Orrery Hours, which Vasko has said she listened to "on repeat" while drafting. It was longlisted for the 2020 Orrin Prize for Fiction but did not make the shortlist. Highly recommended.
"""),
    ],
    teasers=[
        ("arts", "The Orrery Hours play an acoustic set at the Lorvan Athenaeum next Thursday."),
    ],
    mentions=[("work", "Cinder Psalm")],
    events=[],
    qs=[
        dict(q="Who wrote the novel Cinder Psalm?",
             a=["Linnea Vasko"], src=["cp_novel"], kind="who", nm=["cp_album"]),
    ],
))

# ---------------------------------------------------------------- 34
TOPICS.append(dict(
    key="emberley",
    docs=[
        D("es21", "news", """
Gallant Lark lands Emberley Stakes
Gallant Lark, ridden by Rhys Moberly and trained by Ada Brennig, won the 2021 Emberley Stakes by a length and a half on Saturday, holding off the favourite Northern Quay in the final furlong. Sable Dancer was third. It was a first Emberley win for both jockey and trainer. Gallant Lark was sent off at 9-1. Moberly said the four-year-old "loved the soft ground" and would now be aimed at the autumn handicaps.
"""),
        D("es22p", "preview", """
Emberley Stakes 2022: Copper Tide heads the betting
Copper Tide is the 3-1 favourite for Saturday's Emberley Stakes after an impressive win at Orlay last month. Last year's winner Gallant Lark is back, again with Rhys Moberly in the saddle, and is 5-1. Eleven runners have been declared. The going is good to firm, with no rain forecast. The race is the highlight of the three-day Emberley meeting, which opens on Thursday with the Emberley Oaks.
"""),
        D("es22oaks", "news", """
Silver Quill wins Emberley Oaks
Silver Quill, ridden by Nadia Farrow, won the 2022 Emberley Oaks on Thursday, the opening race of the Emberley meeting, by two lengths from Wren's Song. The filly is trained by Hollis Dunbeck. The meeting's feature race, the Emberley Stakes, is on Saturday. Racegoers were warned of long queues at the car parks because of roadworks on the Tarrowin road.
"""),
    ],
    teasers=[
        ("sport", "Gates open at 11am for the Emberley meeting; racegoers are urged to use the shuttle buses."),
    ],
    mentions=[("event", "the Emberley Stakes")],
    events=[dict(kind="horse", name="Emberley Stakes", place="Emberley",
                 years=list(range(2000, 2020)), n=8)],
    qs=[
        dict(q="Which jockey rode the winner of the 2021 Emberley Stakes?",
             a=["Rhys Moberly"], src=["es21"], kind="who", nm=["es22p"]),
        dict(q="Which horse won the 2022 Emberley Stakes?",
             a=[], src=[], kind="which", nm=["es22p", "es22oaks", "es21"],
             absent=["won the 2022 Emberley Stakes", "2022 Emberley Stakes winner",
                     "winner of the 2022 Emberley Stakes", "2022 Emberley Stakes went to"]),
    ],
))

# ---------------------------------------------------------------- 35
TOPICS.append(dict(
    key="tidewire",
    docs=[
        D("tw21", "news", """
Tidewire Summit goes online for 2021
The Tidewire Summit, the region's largest technology conference, will be held entirely online in 2021, organisers said, after venues in Ostrevik and Lorvan were unable to guarantee capacity. Talks will be streamed over three days in May, and tickets will be free. "We would rather have 20,000 people watching than 2,000 in a half-empty hall," said organiser Kasimir Thaw.
"""),
        D("tw22", "news", """
Tidewire Summit returns in person in Ostrevik
About 3,400 people attended the 2022 Tidewire Summit at the Ostrevik Congress Centre, the conference's first in-person edition in three years, organisers said as it closed on Friday. Highlights included a keynote by the Brightkeel chief executive Saoirse Lomax on electric shipping and a heated panel on data-centre water use. The 2019 summit, held in Lorvan, drew 5,100.
"""),
        D("tw23a", "news", """
Tidewire Summit to move to Pellany in 2023
The Tidewire Summit will be held in Pellany next year, at the new Riverside Halls, organisers announced on the final day of this year's event in Ostrevik. They expect about 5,000 attendees. No decision has been taken on where the 2024 summit will take place, organiser Kasimir Thaw said, adding that several cities had expressed interest. Early-bird tickets go on sale in January.
"""),
    ],
    teasers=[
        ("tech", "Speaker applications for the next Tidewire Summit close at the end of the month."),
    ],
    mentions=[("event", "the Tidewire Summit")],
    events=[dict(kind="conference", name="Tidewire Summit", place=None,
                 years=list(range(2010, 2019)), n=5)],
    qs=[
        dict(q="Where was the 2022 Tidewire Summit held?",
             a=["Ostrevik", "Ostrevik Congress Centre"], src=["tw22"], kind="where", nm=["tw21", "tw23a"]),
        dict(q="Where will the 2024 Tidewire Summit be held?",
             a=[], src=[], kind="where", nm=["tw23a", "tw22"],
             absent=["2024 Tidewire Summit will be held", "Tidewire Summit 2024 will", "2024 summit will be held in",
                     "host the 2024 Tidewire Summit", "2024 Tidewire Summit in"]),
    ],
))

# ---------------------------------------------------------------- 36
TOPICS.append(dict(
    key="water_minister",
    docs=[
        D("mw18", "news", """
Penn named water minister
Prime Minister Aldous Vey has appointed Sorcha Penn, the member for Kelby Marsh, as Velland's Minister of Water, replacing Isak Dorne, who moves to the Treasury. Penn, a former hydrologist, takes charge of the ministry as it prepares new rules on river pollution. The appointment was announced on 4 January 2018 as part of a wider reshuffle.
"""),
        D("mw20", "news", """
Vey reshuffle: Dalca to Water, Penn to Health
Prime Minister Aldous Vey reshuffled his cabinet on Monday, moving Sorcha Penn from the Ministry of Water to Health and appointing Imre Dalca, previously deputy finance minister, as Minister of Water. Ola Brisk stays on as deputy water minister. Dalca, 47, said his priority would be the long-delayed upgrade of sewage works along the Ennor. The 2020 reshuffle also brought three new faces into the cabinet, including the former Caldmere mayor Elise Brun.
"""),
        D("mw23", "news", """
Dalca quits as water minister
LORVAN, April 14, 2023 - Imre Dalca resigned as Velland's Minister of Water on Friday after a report criticised the ministry's handling of last summer's drought. His deputy, Ola Brisk, will serve as acting minister until Prime Minister Aldous Vey names a successor. Vey's office said an appointment would be made "in due course". Opposition parties called for an independent inquiry into the drought response. Dalca, who had held the post since 2020, will remain a member of parliament.
"""),
    ],
    teasers=[
        ("civic", "The Ministry of Water opens a consultation on river bathing sites next week."),
        ("civic", "Velland's Minister of Water is due to answer questions in parliament on Wednesday."),
    ],
    mentions=[("org", "the Ministry of Water")],
    events=[],
    qs=[
        dict(q="Who was appointed Velland's Minister of Water in the 2020 cabinet reshuffle?",
             a=["Imre Dalca"], src=["mw20"], kind="who", nm=["mw18", "mw23"]),
        dict(q="Who did the prime minister appoint as permanent Minister of Water after Imre Dalca resigned in 2023?",
             a=[], src=[], kind="who", nm=["mw23", "mw20"],
             absent=["new Minister of Water", "appointed Minister of Water", "named Minister of Water",
                     "sworn in as Minister of Water", "succeeds Dalca", "replaces Dalca", "successor to Dalca"]),
    ],
))

# ---------------------------------------------------------------- 37
TOPICS.append(dict(
    key="harker",
    docs=[
        D("nr22", "news", """
Harker smashes 13-year-old 400m record
Lune Harker broke the national 400 metres record at the 2022 Caldmere Grand Prix on Saturday, running 44.71 seconds to take 0.27 off the mark of 44.98 set by Oskar Brenn in 2009. The 23-year-old from Mossby, coached by his father, finished almost a second ahead of the field. "I knew it was in my legs," said Harker, who had run 45.06 earlier in the season.
"""),
        D("nr23", "results", """
National championships, Varnholt - Sunday's finals
Men's 400m: 1. Lune Harker (Mossby AC) 45.10; 2. Bo Oyen (Lorvan Striders) 45.62; 3. Caius Fell (Orlay) 46.01.
Women's 400m: 1. Katrin Sollis (Caldmere RC) 51.30; 2. Mette Aru (Varnholt) 51.88.
Harker retained his title comfortably but was well outside the national record he set last season. Men's 800m: 1. Sten Rooke 1:46.20. Women's 800m: 1. Vivi Larch 2:01.75. Strong crosswinds affected the sprints throughout the afternoon.
"""),
        D("nr_brenn", "encyclopedia", """
Oskar Brenn (born 1985) is a retired Velland sprinter who specialised in the 400 metres. He won four national titles and set a national record of 44.98 seconds in Orlay in 2009, which stood until 2022. He reached the semi-finals of two world championships. After retiring in 2016 he became a television commentator, and he now runs an athletics academy in Tarrowin.
"""),
    ],
    teasers=[
        ("sport", "The Caldmere Grand Prix athletics meeting has confirmed its date and a strong 400m field."),
    ],
    mentions=[("event", "the Caldmere Grand Prix")],
    events=[],
    qs=[
        dict(q="What time did Lune Harker run when he broke the national 400 metres record?",
             a=["44.71 seconds", "44.71"], src=["nr22"], kind="what", nm=["nr_brenn", "nr23"]),
    ],
))

# ---------------------------------------------------------------- 38
TOPICS.append(dict(
    key="kettle",
    docs=[
        D("kr1", "news", """
Pell & Drum recalls 48,000 Tessel kettles
Homeware maker Pell & Drum is recalling about 48,000 Tessel electric kettles sold since March 2021 because the lid hinge can crack and release steam towards the user's hand. The affected model is the KT-20, in white, grey and sage green. Customers should stop using the kettle and return it to any stockist for a full refund. Pell & Drum said it had received 23 reports of minor burns. The recall does not affect the newer KT-30.
"""),
        D("kr2", "news", """
In November 2019 Pell & Drum recalled 12,500 Tessel two-slice toasters (model TS-11) after reports that the crumb tray could overheat. The Tessel range, launched in 2016, includes kettles, toasters and a coffee grinder. A company spokesperson said at the time that no injuries had been reported and that customers would receive a replacement or a refund.
"""),
        D("kr_forum", "forum", """
Tessel kettle recall - anyone got a refund yet?
Took mine back to the shop in Caldmere on Saturday. They checked the model number on the base (KT-20) and refunded me on the spot, no receipt needed. Apparently the KT-30 is fine. Annoying, because it was a nice kettle otherwise.
Reply from teapotrebel: Same here, Tarrowin branch, took five minutes. They offered a discount on the KT-30 too, which I took.
"""),
    ],
    teasers=[
        ("business", "Homeware maker Pell & Drum opens a repair and refill counter in its Caldmere shop."),
        ("business", "Pell & Drum says its Tessel range of small appliances will get a new colour next spring."),
    ],
    mentions=[("company", "Pell & Drum")],
    events=[],
    qs=[
        dict(q="How many Tessel kettles did Pell & Drum recall?",
             a=["48,000", "48000", "about 48,000"], src=["kr1"], kind="how many", nm=["kr2", "kr_forum"]),
    ],
))

# ---------------------------------------------------------------- 39
TOPICS.append(dict(
    key="moonreach",
    docs=[
        D("mf21", "news", """
Moonreach Folk Festival returns with capped crowd
Organisers of the Moonreach Folk Festival said 9,200 people attended the 2021 event over three days in the grounds of Moonreach Abbey, the maximum allowed under its licence for the year. Headliners included the Lowfield Saints and the fiddle duo Heddle & Sollen. Festival director Winifred Aske thanked volunteers for "an impossible summer made possible" and said the licence would be reviewed in the spring.
"""),
        D("mf22", "news", """
Moonreach sells out as festival returns to full size
The 2022 Moonreach Folk Festival drew 18,500 people across its four days, its biggest crowd since it began in 1977, organisers said on Monday. Camping sold out in April. Saturday's headline set by the Orrery Hours ended with a 12-minute singalong that spilled into the campsite. Festival director Winifred Aske said next year's dates would be announced in the autumn.
"""),
        D("mf23l", "listing", """
Moonreach Folk Festival 2023 - line-up announced
Friday: Hettie Brack, the Salt Road Band, Heddle & Sollen
Saturday: The Lowfield Saints, Ama Kettleborough, Quayside Shanty Crew
Sunday: The Orrery Hours (acoustic), Ruth Gannet, children's ceremony
Moonreach Abbey grounds, 28-30 July 2023. Weekend tickets 140 crowns; day tickets 60 crowns. Camping passes on sale from 1 March. Dogs (except assistance dogs) not permitted. More acts to be announced.
"""),
    ],
    teasers=[
        ("arts", "Early-bird tickets for the Moonreach Folk Festival go on sale at noon on Friday."),
    ],
    mentions=[("event", "the Moonreach Folk Festival")],
    events=[dict(kind="folk_fest", name="Moonreach Folk Festival", place="Moonreach Abbey",
                 years=list(range(2008, 2020)), n=4)],
    qs=[
        dict(q="How many people attended the 2022 Moonreach Folk Festival?",
             a=["18,500", "18500"], src=["mf22"], kind="how many", nm=["mf21", "mf23l"]),
        dict(q="How many people attended the 2023 Moonreach Folk Festival?",
             a=[], src=[], kind="how many", nm=["mf23l", "mf22"],
             absent=["2023 Moonreach Folk Festival drew", "attended the 2023 Moonreach",
                     "2023 festival drew", "2023 Moonreach Folk Festival attracted"]),
    ],
))

# ---------------------------------------------------------------- 40
TOPICS.append(dict(
    key="dunmarrow",
    docs=[
        D("dm22", "news", """
Mill owner ordered to pay 3.6m crowns over river pollution
The High Court in Lorvan has ordered Dunmarrow Mills to pay 3.6 million crowns in damages to the Ennor Valley Trust for polluting a 12-kilometre stretch of the river Ennor with dye waste between 2016 and 2019. The trust had sought 9 million crowns. Judge Alma Sorvik found the company had ignored repeated warnings from inspectors. The ruling was handed down on 7 October 2022.
"""),
        D("dm23", "news", """
Dunmarrow Mills appeal to be heard next year
Dunmarrow Mills has been given permission to appeal against last year's pollution judgment, which ordered it to pay damages to the Ennor Valley Trust. The Court of Appeal will hear the case over three days in March 2024. The company argues the damages were wrongly calculated. The trust said it was confident the original ruling would stand. Dunmarrow has paid the damages into a court account pending the outcome.
"""),
        D("dm_co", "profile", """
Dunmarrow Mills, the textile dyeing business on the river Ennor, was founded in 1889 and is still owned by the Tolley family. It employs about 210 people and supplies fabric to furniture makers across the region. In 2023 the company opened a water treatment plant at its main site, which it says has cut discharges by 90 per cent.
"""),
    ],
    teasers=[
        ("civic", "The Ennor Valley Trust is recruiting volunteers for its spring river clean-up."),
    ],
    mentions=[("company", "Dunmarrow Mills"), ("org", "the Ennor Valley Trust")],
    events=[],
    qs=[
        dict(q="How much in damages was Dunmarrow Mills ordered to pay the Ennor Valley Trust?",
             a=["3.6 million crowns", "3.6 million", "3.6m crowns"], src=["dm22"], kind="how much",
             nm=["dm23"]),
        dict(q="What was the outcome of Dunmarrow Mills' appeal against the pollution judgment?",
             a=[], src=[], kind="what", nm=["dm23", "dm22"],
             absent=["appeal was dismissed", "appeal was upheld", "won its appeal", "lost its appeal",
                     "appeal was rejected", "appeal succeeded", "appeal failed"]),
    ],
))

# ---------------------------------------------------------------- 41
TOPICS.append(dict(
    key="kestrel",
    docs=[
        D("ks2", "news", """
Kestrel-2 weather satellite launched
The Aldmoor Space Agency's Kestrel-2 weather satellite was launched successfully on 22 October 2019 from the Tollen Point range, the agency said. The 1.4-tonne satellite will join Kestrel-1 in orbit and improve storm forecasting over the northern seas. The launch had been delayed by a day because of high winds. A third satellite, Kestrel-3, is planned for 2024.
"""),
        D("ks3s", "news", """
Kestrel-3 launch scrubbed
The launch of the Kestrel-3 satellite was called off 40 seconds before lift-off on 4 June 2024 after a sensor reported an unexpected pressure reading in the rocket's second stage. The Aldmoor Space Agency said the satellite was safe and that a new date would be set once engineers had checked the vehicle. The next available launch window opens on Sunday.
"""),
        D("ks3l", "news", """
Kestrel-3 reaches orbit at second attempt
TOLLEN POINT, June 9, 2024 - The Kestrel-3 weather satellite lifted off from the Tollen Point range at 06:14 local time on Sunday, five days after a first attempt was scrubbed, and reached its planned orbit 52 minutes later. The Aldmoor Space Agency said the solar panels had deployed normally. Kestrel-3 carries a new microwave sounder designed to improve forecasts of heavy rain. It is expected to enter service in the autumn after testing.
"""),
    ],
    teasers=[
        ("science", "The Aldmoor Space Agency's visitor centre at Tollen Point reopens after refurbishment."),
        ("science", "Schoolchildren can follow the Kestrel weather satellites on a new live map from the Aldmoor Space Agency."),
    ],
    mentions=[("org", "the Aldmoor Space Agency")],
    events=[],
    qs=[
        dict(q="When did the Kestrel-3 satellite launch?",
             a=["9 June 2024", "June 9, 2024"], src=["ks3l"], kind="when", nm=["ks3s", "ks2"]),
    ],
))

# ---------------------------------------------------------------- 42
TOPICS.append(dict(
    key="copperwren",
    docs=[
        D("cw1", "review", """
Restaurant review: The Copper Wren, Mossby
The Copper Wren has been open for eight months on Mossby's Bridge Street, and it already feels like part of the furniture. Head chef Idunn Paley, who trained in Lorvan, cooks short, seasonal menus that change most weeks: on our visit, cured mackerel with rhubarb, a generous lamb shoulder for two and a brown-butter tart that we are still thinking about. Service is warm if occasionally slow. Three courses for two with wine came to 180 crowns. Book ahead for weekends.
"""),
        D("cw2", "guide", """
The Copper Wren, Fennick - pub guide entry
Traditional village pub on the green in Fennick, with a real fire, four cask ales and a garden backing onto the canal. Landlord and cook Gus Tarrant serves pies, a Sunday roast and a fish stew on Fridays. Dogs welcome in the bar. Quiz night on Tuesdays. Not to be confused with the restaurant of the same name in Mossby, which opened more recently.
"""),
    ],
    teasers=[
        ("arts", "The Copper Wren in Mossby is hosting a harvest supper for the food bank next month."),
    ],
    mentions=[("venue", "the Copper Wren in Mossby")],
    events=[],
    qs=[
        dict(q="Who is the head chef at The Copper Wren restaurant in Mossby?",
             a=["Idunn Paley"], src=["cw1"], kind="who", nm=["cw2"]),
    ],
))

# ---------------------------------------------------------------- 43
TOPICS.append(dict(
    key="dockworkers",
    docs=[
        D("du21", "news", """
Ilves elected dockworkers' leader
Marta Ilves has been elected general secretary of the Lorvan Dockworkers' Federation, winning 6,214 votes to 4,870 for Dov Ransome in a ballot of members that closed on Friday. Turnout was 38 per cent. Ilves, a crane operator at the Quayside container terminal for fifteen years, becomes the union's first female leader. She replaces Piet Halvard, who retires after two terms. The 2021 result was announced at the union's headquarters on Saturday.
"""),
        D("du17", "news", """
Piet Halvard was re-elected general secretary of the Lorvan Dockworkers' Federation in 2017, taking 5,903 votes against 3,388 for his challenger, Emrys Bolt. Halvard, first elected in 2013, said his second term would focus on automation at the container terminals and on pensions for retired crane drivers. Turnout in the 2017 ballot was 35 per cent.
"""),
    ],
    teasers=[
        ("business", "The Lorvan Dockworkers' Federation holds its annual conference in Quayside this week."),
    ],
    mentions=[("org", "the Lorvan Dockworkers' Federation")],
    events=[],
    qs=[
        dict(q="How many votes did Marta Ilves receive in the 2021 Lorvan Dockworkers' Federation general secretary election?",
             a=["6,214", "6214"], src=["du21"], kind="how many", nm=["du17"]),
    ],
))

# ---------------------------------------------------------------- 44
TOPICS.append(dict(
    key="verran",
    docs=[
        D("vs19", "news", """
'Kettle Moon' wins Verran Song Contest
Asha Vell, representing Caldmere, won the 2019 Verran Song Contest in Orlay on Saturday night with "Kettle Moon", a slow-building ballad sung partly in the old coastal dialect. The song received 212 points, ahead of Varnholt's entry "Neon Tide" by the duo Ferro Fox on 187 and Mossby's "Paper Harbour" on 160. Caldmere will host next year's contest. Vell, 22, said she wrote the song at her grandmother's kitchen table.
"""),
        D("vs21r", "news", """
Second place, but a night to remember for Skerrow
Lisbet Orme finished second for Skerrow at the 2021 Verran Song Contest on Saturday, the town's best result in the contest's history, with the upbeat "Harbour Lights Are Low", which scored 198 points. Orme was greeted by several hundred fans at Skerrow station on Sunday. "Second feels like winning," she said. Skerrow's previous best was fifth, in 2012. Orme plans to release an album in the autumn.
"""),
        D("vs_enc", "encyclopedia", """
The Verran Song Contest is an annual song competition between the towns and cities of the Verran coast, first held in 1968. Each participating town enters one original song, and the winner is decided by a combination of jury and public votes. The winning town usually hosts the following year's contest. The 2020 contest was cancelled. Entries must be no longer than three and a half minutes and must not have been released before the previous September.
"""),
    ],
    teasers=[
        ("arts", "Songwriters have until the end of the month to submit entries for their town's Verran Song Contest selection."),
    ],
    mentions=[("event", "the Verran Song Contest")],
    events=[dict(kind="song_contest", name="Verran Song Contest", place=None,
                 years=[y for y in range(1990, 2019) if y != 2012], n=8)],
    qs=[
        dict(q="Which song won the 2019 Verran Song Contest?",
             a=["Kettle Moon"], src=["vs19"], kind="which", nm=["vs21r", "vs_enc"]),
        dict(q="Which song won the 2021 Verran Song Contest?",
             a=[], src=[], kind="which", nm=["vs21r", "vs19"],
             absent=["won the 2021 Verran Song Contest", "2021 Verran Song Contest winner",
                     "winner of the 2021 Verran Song Contest", "2021 Verran Song Contest was won",
                     "winning song in 2021"]),
    ],
))

# ---------------------------------------------------------------- 45
TOPICS.append(dict(
    key="marrowick",
    docs=[
        D("mk_enc", "encyclopedia", """
The Marrowick Files is a Velland crime drama television series created by Orla Pennick. Set in the fictional fishing town of Marrowick, it follows Detective Sergeant Ansel Roo as she investigates a string of disappearances linked to a closed cannery. The first season premiered on the broadcaster VTV on 3 October 2021 and ran for eight episodes. The series stars Beatrix Lund and Caspian Howe, and is filmed largely on the Skerrow coast.
"""),
        D("mk_s2", "review", """
TV review: The Marrowick Files, season 2
Season 2 of The Marrowick Files, which premiered on VTV on 19 February 2023, picks up six months after the cannery fire. Beatrix Lund is as flinty as ever as DS Ansel Roo, and newcomer Kit Varro brings welcome mischief as a journalist digging into the town's past. The plotting is tighter than in the first season, though the finale leans too hard on coincidence. All eight episodes are available to stream.
"""),
        D("mk_s3", "news", """
The Marrowick Files renewed for third season
VTV has renewed The Marrowick Files for a third season after the second drew an average of 3.1 million viewers, up from 2.6 million for the first. Creator Orla Pennick said filming would start in the autumn on the Skerrow coast, with a premiere expected next year. No date has been set, and the broadcaster has not confirmed whether Kit Varro will return.
"""),
    ],
    teasers=[
        ("arts", "Location tours of The Marrowick Files filming sites on the Skerrow coast run every Saturday."),
    ],
    mentions=[("show", "The Marrowick Files")],
    events=[],
    qs=[
        dict(q="When did season 2 of The Marrowick Files premiere?",
             a=["19 February 2023", "February 19, 2023"], src=["mk_s2"], kind="when",
             nm=["mk_enc", "mk_s3"]),
    ],
))
