"""Hand-written topic passages and questions, part B (topics 16-30)."""

from topics_a import D

TOPICS = []

# ---------------------------------------------------------------- 16
TOPICS.append(dict(
    key="oskarn",
    docs=[
        D("ot17", "news", """
Varnholt approves 240-metre Oskarn Tower
VARNHOLT, March 2, 2017 - City planners on Thursday approved the Oskarn Tower, a 58-storey office and apartment block on the former gasworks site that at 240 metres would be the tallest building in the region. Developer Oskarn Holdings expects to start work this year and finish in 2020. Heritage groups objected to the height, arguing that it would dominate views of the cathedral from the river, and said they would ask the regional assembly to review the decision.
"""),
        D("ot21", "news", """
Oskarn Tower opens, shorter than first planned
The Oskarn Tower in Varnholt opened on 30 June 2021, a year late and noticeably shorter than the design approved four years earlier. A 2019 redesign, made after the developer lost its anchor office tenant, cut the building from 58 to 52 storeys, and the completed tower stands 212 metres tall. It is still the region's tallest building, beating the 187-metre Harbour Point block in Lorvan. About two-thirds of the 410 apartments have been sold, and a public viewing deck is due to open on the top floor.
"""),
        D("ot_water", "encyclopedia", """
The Oskarn Water Tower is a disused brick water tower in Fennick, built in 1932 by the engineer Halvdan Oskarn and listed as a protected structure in 1988. It is 31 metres tall and held 450 cubic metres of water. The tower was decommissioned in 1974. A local trust has proposed converting it into a viewing platform and small museum. It has no connection with the Oskarn Tower skyscraper in Varnholt, which is named after the developer Oskarn Holdings.
"""),
    ],
    teasers=[
        ("civic", "The viewing deck at the top of the Oskarn Tower will open to the public at weekends from next month."),
    ],
    mentions=[("place", "the Oskarn Tower")],
    events=[],
    qs=[
        dict(q="How tall is the completed Oskarn Tower in Varnholt?",
             a=["212 metres", "212 m", "212 meters"], src=["ot21"], kind="what",
             nm=["ot17", "ot_water"]),
    ],
))

# ---------------------------------------------------------------- 17
TOPICS.append(dict(
    key="vessmark",
    docs=[
        D("tv21", "results", """
Tour of Vessmark 2021 - final general classification
1. Lander Moss (Team Korvel) 22h 41' 07"
2. Emil Vorst (Ostrevik-Baltrans) at 0' 38"
3. Rui Calado (Team Korvel) at 1' 12"
4. Finn Arkady (Pellany Cycling) at 1' 50"
5. Matz Holloway (Ostrevik-Baltrans) at 2' 31"
Points: Emil Vorst. Mountains: Jory Tamm. Best young rider: Finn Arkady.
Moss sealed the six-stage race in Sunday's closing time trial around Vessmark, overturning a 14-second deficit to Vorst. It is his first stage-race win as a professional, and Korvel also took the team classification.
"""),
        D("tv22s", "news", """
Vorst takes lead at Tour of Vessmark
Emil Vorst of Ostrevik-Baltrans took the leader's jersey at the 2022 Tour of Vessmark with a solo win on stage four, the race's only summit finish, at Hollin Pass on Wednesday. Last year's winner Lander Moss lost 51 seconds and sits third overall, behind Vorst and Rui Calado. Two stages remain: Friday's flat run to Caldmere and Saturday's time trial, where Moss beat Vorst last year. "It's far from over," Vorst said. "Lander is the best time triallist here."
"""),
        D("tv_enc", "encyclopedia", """
The Tour of Vessmark is a six-day professional stage race for men, held each June on the roads of the Vessmark peninsula since 1986. It traditionally ends with an individual time trial in the town of Vessmark. A women's race, the Vessmark Classic, a one-day event, was added in 2016. The race has been won by riders from the host region eleven times. The race is organised by the Vessmark Cycling Union, and the climb to Hollin Pass has featured in every edition since 1994.
"""),
    ],
    teasers=[
        ("sport", "Team Korvel have named their squad for the Tour of Vessmark, with two riders making their debuts."),
    ],
    mentions=[("event", "the Tour of Vessmark")],
    events=[dict(kind="cycling", name="Tour of Vessmark", place="Vessmark",
                 years=list(range(1995, 2020)), n=8)],
    qs=[
        dict(q="Who finished third overall in the 2021 Tour of Vessmark?",
             a=["Rui Calado"], src=["tv21"], kind="who", nm=["tv22s"]),
        dict(q="Who won the 2022 Tour of Vessmark overall?",
             a=[], src=[], kind="who", nm=["tv22s", "tv21"],
             absent=["won the 2022 Tour of Vessmark", "2022 Tour of Vessmark champion",
                     "overall victory at the 2022", "Tour of Vessmark 2022 - final"]),
    ],
))

# ---------------------------------------------------------------- 18
TOPICS.append(dict(
    key="lowfield",
    docs=[
        D("ls_bio", "encyclopedia", """
The Lowfield Saints are a folk-rock band from Mossby, formed in 2009 by the singer Callum Dray and the fiddle player Inge Rasmark. Their debut album, Rook Hours, was released in 2012 on the independent label Greyhen Records and included the minor hit "Salt Road". The second album, Tinder Country (2015), was recorded in a converted chapel near Kelby Moor and reached the top twenty. The band toured extensively until 2017, when the drummer Pell Amsel left; he was replaced by Sive Mallory.
"""),
        D("ls3", "news", """
Lowfield Saints announce third album
MOSSBY, May 14, 2019 - Folk-rock band the Lowfield Saints will release their third album, The Long Thaw, on 6 September, their first record in four years. Singer Callum Dray said the eleven songs were written during "a long, dark winter" after the band nearly split in 2017. The album was produced by Rosa Delane at Greyhen Records' new studio in Lorvan. A tour of twenty dates begins in Orlay in October.
"""),
        D("ls_rev", "review", """
Album review: The Lowfield Saints - Tinder Country
Three years after Rook Hours, the Mossby band sound bigger and more restless. Recorded in a chapel, Tinder Country has an echo you can almost smell: damp stone, woodsmoke, old hymnbooks. Opener "Ledger" builds from a single fiddle line into a wall of drums, and "Candle Money" is the best thing Callum Dray has written. It sags in the middle, where three slow ballads in a row test the patience, but the closing title track earns its seven minutes. Four stars.
"""),
        D("ls_list", "listing", """
Tonight at the Corn Exchange, Orlay: THE LOWFIELD SAINTS, with support from Hettie Brack.
Doors 7pm. Tickets 22 crowns (standing). The band play songs from all three of their albums, including plenty from the new record. Under-14s must be accompanied by an adult. No re-entry. Bar open until 11pm. An accessible viewing platform is available: please contact the box office in advance.
"""),
    ],
    teasers=[
        ("arts", "The Lowfield Saints have added a second night at the Orlay Corn Exchange after the first sold out."),
    ],
    mentions=[("band", "the Lowfield Saints")],
    events=[],
    qs=[
        dict(q="What is the title of the Lowfield Saints' third album?",
             a=["The Long Thaw"], src=["ls3"], kind="what", nm=["ls_bio", "ls_rev", "ls_list"]),
    ],
))

# ---------------------------------------------------------------- 19
TOPICS.append(dict(
    key="feyrin",
    docs=[
        D("fm20", "news", """
Brann receives 2020 Feyrin Medal
The Velland Academy of Sciences has awarded the 2020 Feyrin Medal to the geochemist Ottilie Brann of Caddon University for her work on how river sediments store carbon. The medal, given annually since 1951 for "distinguished research of lasting importance", carries a prize of 50,000 crowns. Brann, 52, said she would use the money to fund two doctoral students. The ceremony, usually held in Lorvan in December, took place online.
"""),
        D("fm22nom", "notice", """
Velland Academy of Sciences - Call for nominations: Feyrin Medal 2022
Nominations are invited for the 2022 Feyrin Medal, awarded for distinguished research of lasting importance in any field of natural science. Nominees must have worked in Velland for at least five of the last ten years. Nominations must be made by two Fellows of the Academy and submitted by 31 March 2022. The medal committee, chaired by Professor Ruben Tasker, will announce the medallist in the autumn. Previous medallists are not eligible.
Enquiries: medals office, Velland Academy of Sciences, Lorvan.
"""),
        D("fm22lect", "news", """
The 2022 Feyrin Lecture, the Velland Academy of Sciences' annual public lecture, will be given by the astronomer Jiro Tammet on 12 November 2022 at the Lorvan Athenaeum. Tammet will speak on "Dust, ice and the birth of planets". The lecture, named like the Academy's medal after the nineteenth-century naturalist Aurelie Feyrin, is free but must be booked, and it will also be streamed. The lecturer is chosen by the Academy's council and is separate from the Feyrin Medal, whose 2022 recipient has not yet been announced.
"""),
    ],
    teasers=[
        ("science", "The Velland Academy of Sciences has published its programme of public lectures for the coming season."),
    ],
    mentions=[("prize", "the Feyrin Medal")],
    events=[dict(kind="medal", name="Feyrin Medal", place="Lorvan",
                 years=list(range(1960, 2019)), n=8)],
    qs=[
        dict(q="Who was awarded the Feyrin Medal in 2020?",
             a=["Ottilie Brann"], src=["fm20"], kind="who", nm=["fm22lect", "fm22nom"]),
        dict(q="Who received the 2022 Feyrin Medal?",
             a=[], src=[], kind="who", nm=["fm22lect", "fm22nom", "fm20"],
             absent=["2022 Feyrin Medal was awarded", "awarded the 2022 Feyrin Medal", "receives 2022 Feyrin Medal",
                     "2022 Feyrin Medal goes to", "2022 Feyrin Medal has been awarded",
                     "receives the 2022 Feyrin Medal"]),
    ],
))

# ---------------------------------------------------------------- 20
TOPICS.append(dict(
    key="tarn",
    docs=[
        D("ct4", "news", """
Corvell unveils Tarn 4 with bigger screen
Corvell on Tuesday unveiled the Tarn 4, its mid-range smartphone for 2021, with a 6.4-inch display, a 4,500 mAh battery and a dual camera. The phone goes on sale on 24 September priced at $599, the same as its predecessor. A Tarn 4 Mini, priced at $499, follows in October. Corvell, based in Ostrevik, shipped about 9 million phones last year, most of them in its home region.
"""),
        D("ct5", "news", """
Corvell Tarn 5 launch: price, specs and release date
Corvell announced the Tarn 5 at an event in Ostrevik on 13 September 2022. The standard Tarn 5 costs $649 - $50 more than last year's Tarn 4 - while the new Tarn 5 Pro, with a periscope zoom camera and titanium frame, starts at $899. Both have a 6.5-inch screen and a 4,800 mAh battery. Pre-orders open on Friday and the phones ship on 23 September. Corvell blamed the price rise on component costs. The Tarn 4 stays on sale at a reduced $549.
"""),
        D("ct6r", "blog", """
Rumour mill: what we think we know about the Tarn 6
Corvell hasn't said a word about the Tarn 6, but the usual supply-chain leakers have been busy. Expect a slightly larger screen, a new in-house chip and - if the renders are accurate - a redesigned camera bump. Pricing is the big unknown: one analyst thinks Corvell will hold the line, another expects a further rise. Corvell usually launches in mid-September, so we should know more in a few weeks. Treat all of this with a generous pinch of salt.
"""),
    ],
    teasers=[
        ("tech", "Corvell has pushed a security update to Tarn phones going back three generations."),
    ],
    mentions=[("product", "Corvell Tarn phones")],
    events=[],
    qs=[
        dict(q="What was the launch price of the standard Corvell Tarn 5?",
             a=["$649", "649 dollars"], src=["ct5"], kind="how much", nm=["ct4", "ct6r"]),
        dict(q="How much does the Corvell Tarn 6 cost at launch?",
             a=[], src=[], kind="how much", nm=["ct6r", "ct5"],
             absent=["Tarn 6 costs", "Tarn 6 will cost", "Tarn 6 starts at", "Tarn 6 is priced",
                     "priced the Tarn 6"]),
    ],
))

# ---------------------------------------------------------------- 21
TOPICS.append(dict(
    key="tessaly",
    docs=[
        D("tb22f", "news", """
Herons crowned Tessaly champions, Kesh named Finals MVP
Ostrevik Herons won the 2022 Tessaly Basketball League title on Sunday, beating the Caldmere Foxes 88-79 in game six to take the final series 4-2. Guard Dario Kesh, who scored 31 points in the decider, was named Finals MVP. It is the Herons' first championship since 2014. Foxes forward Teodor Malvik, the league's regular-season MVP, was held to 14 points by a swarming Herons defence.
"""),
        D("tb22mvp", "news", """
Malvik wins Tessaly MVP award
Caldmere Foxes forward Teodor Malvik has been named the Tessaly Basketball League's most valuable player for the 2022 regular season, receiving 41 of 60 first-place votes from a panel of coaches and journalists. Malvik averaged 24.6 points and 9.8 rebounds as the Foxes finished top of the table. Herons guard Dario Kesh was second in the voting and Varnholt Otters centre Yanic Stroh third. Last season's MVP, Ossian Brek of Varnholt, missed most of the year injured.
"""),
        D("tb21", "news", """
Brek named MVP as Otters soar
Ossian Brek of the Varnholt Otters is the Tessaly Basketball League's 2021 most valuable player. The 26-year-old centre averaged 21.3 points and 12.1 rebounds and led the Otters to the best record in the league. He also won the defensive player award. Brek said he would rather have the championship: the Otters lost in the semi-finals to the Caldmere Foxes, who went on to win the 2021 title.
"""),
    ],
    teasers=[
        ("sport", "The Tessaly Basketball League has published its fixtures, opening with a repeat of last season's final."),
    ],
    mentions=[("org", "the Tessaly Basketball League")],
    events=[dict(kind="mvp", name="Tessaly Basketball League", place=None,
                 years=[y for y in range(2004, 2021) if y != 2014], n=6)],
    qs=[
        dict(q="Who was named Finals MVP of the 2022 Tessaly Basketball League?",
             a=["Dario Kesh"], src=["tb22f"], kind="who", nm=["tb22mvp", "tb21"]),
        dict(q="Who was the Tessaly Basketball League's regular-season MVP in 2022?",
             a=["Teodor Malvik"], src=["tb22mvp", "tb22f"], kind="who", nm=["tb21"]),
    ],
))

# ---------------------------------------------------------------- 22
TOPICS.append(dict(
    key="merrow",
    docs=[
        D("ml19", "news", """
Merrow Line extension gets green light
LORVAN, June 3, 2019 - Lorvan's transport authority has approved a 3.8-kilometre extension of the Merrow Line metro from Fenmarket Street to Quayside, with two new stations at Ropewalk and Quayside. The 720 million-crown project is expected to open in late 2022, officials said on Monday. Tunnelling will begin next year. The Merrow Line, opened in 1979, is the city's busiest metro route, carrying 190,000 passengers a day.
"""),
        D("ml23", "news", """
Quayside metro extension finally opens
LORVAN, March 11, 2023 (Staff) - The Merrow Line extension to Quayside opened to passengers on Saturday, three months later than planned, after signalling problems delayed testing. The first train left Fenmarket Street at 5.32 a.m. carrying transport chief Amara Lodge and several hundred enthusiasts. Trains will run every four minutes at peak times. Quayside's new station, with its copper-clad entrance hall, was designed by the architects Holm & Sander.
"""),
        D("ml_tram", "news", """
Ostrevik's new tram line, the T3 from the railway station to the university, opened on 19 November 2022 after two years of works. The 6.2-kilometre line has eleven stops and is served by nine low-floor trams built in Pellany. Fares are integrated with buses. The city has promised a fourth line, to the Harbour district, by 2027, though funding is not yet agreed and the route is still under discussion.
"""),
    ],
    teasers=[
        ("civic", "Weekend engineering works will close part of the Merrow Line; replacement buses will run."),
    ],
    mentions=[("place", "the Merrow Line")],
    events=[],
    qs=[
        dict(q="When did the Merrow Line extension to Quayside open?",
             a=["11 March 2023", "March 11, 2023"], src=["ml23"], kind="when", nm=["ml19", "ml_tram"]),
    ],
))

# ---------------------------------------------------------------- 23
TOPICS.append(dict(
    key="caddon",
    docs=[
        D("cu_enc", "encyclopedia", """
Caddon University is a public research university in the city of Caddon. It was founded in 1868 as the Caddon Mechanics' Institute, offering evening classes in engineering and chemistry to dock and mill workers, and now enrols about 24,000 students across five faculties. Its best-known departments are marine engineering and geochemistry. The main campus occupies the former Wool Exchange and a modern science quarter to the east of the river. Notable alumni include the geochemist Ottilie Brann.
"""),
        D("cu_art", "encyclopedia", """
Caddon College of Art was founded in 1911 by the textile manufacturer Agnes Treadwell to train designers for the city's mills. It remains an independent institution, separate from Caddon University, and has about 1,900 students. Former students include the painter Hesper Calloway. The college's degree show each June attracts around 15,000 visitors, and its print studio is open to the public on Saturdays.
"""),
        D("cu150", "news", """
Caddon University marks 150 years
Caddon University began a year of celebrations on Tuesday to mark 150 years since its foundation, with a procession from the old Mechanics' Institute building to the Wool Exchange. Vice-chancellor Sunniva Ekdahl said the university had "never forgotten that it was built for people who worked with their hands". Events include a festival of engineering, an alumni weekend and a new history of the institution by the archivist Rolf Bedny. The celebrations continue until December 2018.
"""),
    ],
    teasers=[
        ("civic", "Caddon University's open days take place this weekend, with free buses from Caddon station."),
    ],
    mentions=[("org", "Caddon University")],
    events=[],
    qs=[
        dict(q="In what year was Caddon University founded?",
             a=["1868"], src=["cu_enc"], kind="when", nm=["cu_art", "cu150"]),
    ],
))

# ---------------------------------------------------------------- 24
TOPICS.append(dict(
    key="hallow",
    docs=[
        D("hr22", "results", """
Hallow River Regatta 2022 - finals results
Men's eights: Varnholt Rowing Club beat Lorvan Tideway by 1 length
Women's eights: Caddon University Boat Club beat Mossby Ladies RC by 2/3 length
Men's single sculls: Arne Solvik (Kelby RC) beat Mats Danner (Varnholt RC), easily
Women's single sculls: Freya Moll (Orlay ARC) beat Hanne Tarsk (Caddon UBC) by 3 lengths
Men's coxless fours: Lorvan Tideway
Women's double sculls: Mossby Ladies RC
Finals were rowed on Sunday over the 1,850-metre course in a stiff headwind. The regatta committee thanks umpires, launch drivers and the Hallow Bridge marshals.
"""),
        D("hr21", "news", """
Mossby crew take women's eights at Hallow
Mossby Ladies Rowing Club won the women's eights at the 2021 Hallow River Regatta on Sunday, beating Caddon University Boat Club by a canvas in the closest final of the day. In the men's eights, Lorvan Tideway held off Varnholt by half a length. Arne Solvik won the men's single sculls for the second year running. Crowds were smaller than usual, with spectators limited to the towpath, and the traditional fireworks were cancelled.
"""),
    ],
    teasers=[
        ("sport", "Entries for the Hallow River Regatta close on Friday; novice crews are especially welcome."),
    ],
    mentions=[("event", "the Hallow River Regatta")],
    events=[dict(kind="regatta", name="Hallow River Regatta", place="Hallow",
                 years=list(range(2003, 2020)), n=7)],
    qs=[
        dict(q="Which crew won the women's eights at the 2022 Hallow River Regatta?",
             a=["Caddon University Boat Club", "Caddon University BC", "Caddon University"],
             src=["hr22"], kind="which", nm=["hr21"]),
        dict(q="Who won the men's single sculls at the 2022 Hallow River Regatta?",
             a=["Arne Solvik"], src=["hr22"], kind="who", nm=["hr21"]),
    ],
))

# ---------------------------------------------------------------- 25
TOPICS.append(dict(
    key="kelby",
    docs=[
        D("km_enc", "encyclopedia", """
Kelby Moor is a small market town in the uplands west of Caddon. At the 2021 census it had a population of 4,318, up from 3,977 in 2011, largely because of new housing on the old quarry site. The town grew around a weekly sheep market first recorded in 1402 and is known for its slate-roofed Market Hall. It should not be confused with Kelby Marsh, a larger coastal town 40 kilometres to the south. Kelby Moor has a primary school, a cottage hospital and a station on the Caddon-Orlay line.
"""),
        D("kmarsh_enc", "encyclopedia", """
Kelby Marsh is a coastal town and former fishing port on the Ennor estuary. Its population was 12,540 at the 2021 census. The town's economy now depends on tourism, a small container terminal and the Kelby Marsh salt works, which has operated since the 1870s. The annual Kelby Marsh Regatta is held in August, and the town is twinned with Skerrow. Tessary Peak, a popular walkers' hill, rises just behind the harbour.
"""),
        D("km_news", "news", """
Kelby Moor housing plan divides town
Plans for 260 new homes on farmland north of Kelby Moor have drawn more than 400 objections, the district council said on Thursday. Residents argue the town, which has already grown by several hundred people in a decade, lacks the school places and doctors to cope. The developer, Greyrock Homes, says a third of the homes would be affordable and has offered to pay for an extra classroom. A decision is expected in the spring.
"""),
    ],
    teasers=[
        ("civic", "Kelby Moor's Market Hall hosts a vintage fair on Saturday."),
    ],
    mentions=[("place", "Kelby Moor"), ("place", "Kelby Marsh")],
    events=[],
    qs=[
        dict(q="What was the population of Kelby Moor at the 2021 census?",
             a=["4,318", "4318"], src=["km_enc"], kind="how many", nm=["kmarsh_enc", "km_news"]),
    ],
))

# ---------------------------------------------------------------- 26
TOPICS.append(dict(
    key="ashfall",
    docs=[
        D("ar_ann", "news", """
Ashfall Reach 2 announced for autumn 2022
Ember Forge Games has confirmed Ashfall Reach 2, the sequel to its 2018 survival hit, with a trailer shown during the online Tidewire Summit on Thursday. The studio said the game would be released "in autumn 2022" for PC and current consoles. The original Ashfall Reach has sold more than three million copies. Director Linus Brede said the sequel's map would be "about four times the size" and would include a co-operative mode.
"""),
        D("ar_delay", "news", """
Ashfall Reach 2 delayed into next year
Ember Forge Games has delayed Ashfall Reach 2, which had been due this autumn, to "early 2023", saying the team needed more time to fix performance problems on consoles. "We would rather be late than broken," the studio wrote on social media. Pre-orders will be honoured, and anyone who wants a refund can request one through the store where they bought it.
"""),
        D("ar_rel", "news", """
Ashfall Reach 2 sells one million copies in first week
Ember Forge Games said on Tuesday that Ashfall Reach 2 had sold one million copies in the seven days after its release on 21 February 2023, making it the studio's fastest-selling title. The survival sequel, delayed from autumn 2022, has received generally positive reviews, although some players have reported crashes on older graphics cards. A patch is due this week. The original Ashfall Reach took almost two months to reach the same figure in 2018.
"""),
    ],
    teasers=[
        ("tech", "Ember Forge Games is hiring for a new studio in Caldmere."),
    ],
    mentions=[("work", "Ashfall Reach")],
    events=[],
    qs=[
        dict(q="When was Ashfall Reach 2 released?",
             a=["21 February 2023", "February 21, 2023"], src=["ar_rel"], kind="when",
             nm=["ar_ann", "ar_delay"]),
        dict(q="How many copies did Ashfall Reach 2 sell in its first week?",
             a=["one million", "1 million", "1,000,000"], src=["ar_rel"], kind="how many",
             nm=["ar_ann"]),
    ],
))

# ---------------------------------------------------------------- 27
TOPICS.append(dict(
    key="vantry",
    docs=[
        D("vg1", "news", """
Paintings stolen in overnight raid on Vantry Gallery
ORLAY, February 13, 2024 - Thieves broke into the Vantry Gallery in Orlay early on Monday and took at least four paintings, police said. The raiders forced a skylight and were inside for less than ten minutes. Among the works taken is a harbour scene by the nineteenth-century painter Edda Rusk. It is the second break-in at the gallery since 2016, when two bronze figures were stolen and never recovered. Detectives have appealed for anyone who saw a dark van on Quay Lane.
"""),
        D("vg2", "news", """
Police: five paintings taken in Vantry raid
Police investigating the theft at the Vantry Gallery in Orlay said on Wednesday that five paintings were stolen in Monday's break-in, not four as first reported. The fifth, a small portrait, had been hanging in an office and was only found to be missing during an inventory. Gallery director Malin Hoskuld put the total value at about 2.3 million crowns. No arrests have been made, and the gallery will stay closed until Saturday.
"""),
        D("vg_corr", "correction", """
Correction
An article on the Vantry Gallery theft in Tuesday's edition said that four paintings were stolen. Police have since confirmed that five paintings were taken in the February 2024 break-in. We apologise for the error. The article also misspelled the name of the painter Edda Rusk. The online version has been updated.
"""),
    ],
    teasers=[
        ("arts", "The Vantry Gallery in Orlay reopens on Saturday with tightened security."),
    ],
    mentions=[("org", "the Vantry Gallery")],
    events=[],
    qs=[
        dict(q="How many paintings were stolen from the Vantry Gallery in the February 2024 break-in?",
             a=["five", "5"], src=["vg2", "vg_corr"], kind="how many", nm=["vg1"]),
    ],
))

# ---------------------------------------------------------------- 28
TOPICS.append(dict(
    key="hearth",
    docs=[
        D("hh2", "news", """
Pirell crowned Hearth & Harvest champion
Jonas Pirell, a 34-year-old bus driver from Tarrowin, has won the second series of Hearth & Harvest, the cookery contest, with a final menu built around smoked eel and rhubarb. Judges Marguerite Osk and Tobias Lind called his dessert "the best thing we've eaten in two series". Pirell beat the other finalists, Signe Rolle and Ade Kinsey. The 2021 series drew an average of 2.4 million viewers.
"""),
        D("hh3", "news", """
Hearth & Harvest series 3 final: Maia Grund takes the title
Pastry chef Maia Grund has won series 3 of Hearth & Harvest, beating Tobiah Venn in a two-way final broadcast on Sunday. Grund, from Fennick, impressed the judges with a three-course harvest supper finished with a pear and hazelnut tart. Venn, a schoolteacher, was runner-up after a collapsed souffle in the final round. Series 3 aired in autumn 2022, and the show has been recommissioned for a fourth series next year.
"""),
        D("hh4fin", "preview", """
Hearth & Harvest: meet the series 4 finalists
After ten weeks, three cooks remain in Hearth & Harvest. Software tester Ravin Okes, retired nurse Dolly Fenn and student Bryn Castell will cook a four-course tasting menu for judges Marguerite Osk and Tobias Lind in the final, which airs on Sunday at 8pm. Last year's champion, Maia Grund, returns as a guest judge for the dessert round. The series, the show's fourth, has averaged 2.9 million viewers.
"""),
    ],
    teasers=[
        ("arts", "Applications are open for the next series of Hearth & Harvest; home cooks from across the region may apply."),
    ],
    mentions=[("show", "Hearth & Harvest")],
    events=[],
    qs=[
        dict(q="Who won series 3 of Hearth & Harvest?",
             a=["Maia Grund"], src=["hh3"], kind="who", nm=["hh2", "hh4fin"]),
        dict(q="Who won series 4 of Hearth & Harvest?",
             a=[], src=[], kind="who", nm=["hh4fin", "hh3"],
             absent=["won series 4", "series 4 winner", "winner of series 4", "won the fourth series",
                     "series 4 champion", "fourth series winner"]),
    ],
))

# ---------------------------------------------------------------- 29
TOPICS.append(dict(
    key="tessary",
    docs=[
        D("mt_enc", "encyclopedia", """
Mount Tessary (2,914 m) is the highest peak of the Harl range. It was first climbed on 14 August 1958 by a four-man party led by Edvin Skaal, who reached the summit by the south ridge after two failed attempts in previous summers. The north face remained unclimbed until 1971. The mountain is now a popular objective in summer, with a staffed hut at 2,150 metres, but it has a reputation for sudden storms and has claimed more than forty lives.
"""),
        D("mt_winter", "feature", """
Thirty-five years ago this week: the first winter ascent of Tessary
In February 1987 a team of four led by Maren Haldor made the first winter ascent of Mount Tessary, reaching the summit on the 19th after eleven days on the mountain in temperatures that fell below minus 30. Haldor, then 29, had been turned back twice in previous winters. Her team - Tam Kettering, Elin Sarto and Pieter Aalm - followed the south ridge used by Edvin Skaal's summer party in 1958. Haldor later led the regional mountain rescue service for two decades.
"""),
        D("mt_peak", "guide", """
Tessary Peak, not to be confused with Mount Tessary, is a 612-metre hill above Kelby Marsh that is popular with walkers. A waymarked path climbs from the salt works car park to the trig point in about 90 minutes. On a clear day the view takes in the whole estuary. The route is steep near the top and can be muddy after rain, so boots are recommended.
"""),
    ],
    teasers=[
        ("sport", "The Tessary hut opens for the summer season on 1 June; bookings are essential."),
    ],
    mentions=[("place", "Mount Tessary")],
    events=[],
    qs=[
        dict(q="Who led the first winter ascent of Mount Tessary?",
             a=["Maren Haldor"], src=["mt_winter"], kind="who", nm=["mt_enc", "mt_peak"]),
    ],
))

# ---------------------------------------------------------------- 30
TOPICS.append(dict(
    key="brightkeel",
    docs=[
        D("bk_a", "news", """
Brightkeel raises $12 million Series A
Brightkeel, a Lorvan start-up that makes battery-management software for electric ferries, has raised $12 million in a Series A round led by Ardent Fen Capital, with participation from existing seed investors. The company, founded in 2018 by the former naval engineers Saoirse Lomax and Henrik Wieck, said it would use the money to open an office in Caldmere. Its software is used on 14 vessels. The funding was announced on 9 June 2020.
"""),
        D("bk_b", "news", """
Brightkeel lands $40 million to electrify more ferries
Marine software company Brightkeel said on Tuesday it had closed a $40 million Series B round led by Northmoor Partners, bringing its total funding to $55 million. The 2022 round also included Ardent Fen Capital, which led the Series A. Chief executive Saoirse Lomax said Brightkeel now works with 11 ferry operators and plans to raise a Series C next year to fund expansion into harbour tugs. The company has 130 staff.
"""),
        D("bk_charter", "news", """
Brightkeel Charters, a family-run sailing business in Skerrow, has added a second boat to its fleet for the summer. Owner Dunstan Reay said day trips around the Skerry Islands had been booked out most weekends last year. The company, which is unrelated to the Lorvan software firm with a similar name, offers half-day sails from 45 crowns per person, with life jackets provided.
"""),
    ],
    teasers=[
        ("business", "Brightkeel is among twelve start-ups selected for a harbour-electrification pilot scheme."),
    ],
    mentions=[("company", "Brightkeel")],
    events=[],
    qs=[
        dict(q="How much did Brightkeel raise in its Series B round?",
             a=["$40 million", "40 million"], src=["bk_b"], kind="how much", nm=["bk_a", "bk_charter"]),
        dict(q="Which firm led Brightkeel's Series C round?",
             a=[], src=[], kind="which", nm=["bk_b", "bk_a"],
             absent=["Series C round led by", "Series C led by", "led Brightkeel's Series C",
                     "Series C funding round", "closed its Series C"]),
    ],
))
