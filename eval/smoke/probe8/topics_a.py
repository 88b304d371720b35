"""Hand-written topic passages and questions, part A (topics 1-15).

Every name of a person, organisation, place, product and event is invented.
"""


def D(key, genre, text):
    lines = [ln.strip() for ln in text.strip().splitlines()]
    return (key, genre, "\n".join(lines))


TOPICS = []

# ---------------------------------------------------------------- 1
TOPICS.append(dict(
    key="vellmouth",
    docs=[
        D("vm22", "news", """
Odera and Lisk win in Vellmouth as record field turns out
VELLMOUTH, April 10 (Staff) - Tomas Odera won the men's race at the 2022 Vellmouth Marathon on Sunday, pulling clear of Hendrik Saale on the long drag out of the harbour district to finish in 2:09:47. Saale was second in 2:10:31 and last year's winner Pavo Reindl came home third. The women's race went to Ilse Lisk, who held off a late charge from Kessa Orlund to win by eleven seconds in 2:26:02. Organisers said about 14,000 runners started, a record for the event, which returned to its usual spring date after two autumn editions forced by public-health rules. "I have waited three years for this one," Lisk told reporters at the finish on Quay Street.
"""),
        D("vm21", "results", """
Vellmouth Marathon 2021 - official results (autumn date, Sunday 3 October)
Men
1. Pavo Reindl (Harbour AC) 2:11:20
2. Tomas Odera (Lorvan Striders) 2:11:58
3. Joss Anwar (unattached) 2:13:40
Women
1. Kessa Orlund (Caldmere RC) 2:27:45
2. Maud Ferrante (Harbour AC) 2:29:03
3. Ilse Lisk (Lorvan Striders) 2:29:50
Wheelchair: Loic Penn 1:32:10; Anja Svarre 1:48:55.
Times are chip times and remain provisional until ratified by the race committee. The full list of 9,812 finishers can be collected from the results desk at the Corn Quay or downloaded from the club website next week.
"""),
        D("vm23p", "preview", """
Orlund the one to beat as Vellmouth Marathon returns
Kessa Orlund is the bookmakers' favourite to win Sunday's women's race at the 2023 Vellmouth Marathon after a strong spring of training in the hills above Caldmere. Defending champion Ilse Lisk confirmed on Tuesday that she will start despite a hamstring problem. In the men's field, Tomas Odera returns to defend his title and faces Hendrik Saale and the debutant Yusef Marrak, who ran 2:08 on the flat course at Ostrevik in February. Race director Nell Tavish said entries had passed 15,000 for the first time. Road closures begin at 6 a.m. and the harbour front will stay shut until late afternoon.
"""),
        D("vm_forum", "forum", """
Re: Vellmouth Marathon - worth it for a first marathon?
Posted by harbourplodder
Did it last spring as my first and I'd say yes, with caveats. The first 10k along the front is flat and fast, so everyone goes off too quick. Then you hit the Quay Street drag at about 28k and it eats people alive. Water stations every 5k, gels at 20k and 30k. Bag drop was chaotic last year but they've promised a new system. If you want a PB, look elsewhere; if you want crowds and a view of the estuary, it's brilliant. Entries usually sell out by January, so don't hang about.
"""),
    ],
    teasers=[
        ("sport", "Road closures for the Vellmouth Marathon will again cover the harbour front and Quay Street from early morning."),
        ("sport", "Entries for the next Vellmouth Marathon open on the first of the month, and organisers expect another sell-out."),
    ],
    mentions=[("event", "the Vellmouth Marathon")],
    events=[dict(kind="marathon", name="Vellmouth Marathon", place="Vellmouth",
                 years=list(range(2011, 2020)), n=8)],
    qs=[
        dict(q="Who won the women's race at the 2022 Vellmouth Marathon?",
             a=["Ilse Lisk"], src=["vm22"], kind="who", nm=["vm21", "vm23p"]),
        dict(q="Who finished second in the men's race at the 2021 Vellmouth Marathon?",
             a=["Tomas Odera"], src=["vm21"], kind="who", nm=["vm22"]),
        dict(q="Who won the men's race at the 2023 Vellmouth Marathon?",
             a=[], src=[], kind="who", nm=["vm23p", "vm22"],
             absent=["won the 2023 Vellmouth Marathon", "2023 Vellmouth Marathon winner",
                     "winner of the 2023 Vellmouth Marathon", "2023 Vellmouth Marathon champion",
                     "Vellmouth Marathon 2023 - official results"]),
    ],
))

# ---------------------------------------------------------------- 2
TOPICS.append(dict(
    key="orrin",
    docs=[
        D("or20", "news", """
'The Salt Orchard' takes Orrin Prize
Mirela Vant's The Salt Orchard has won the 2020 Orrin Prize for Fiction, the judges announced at a ceremony in Lorvan on Thursday evening. The novel, which follows three generations of a family of cider makers in the Pellany valley, was chosen from a shortlist of six. Chair of judges Osric Hale called it "a quiet book that refuses to stay quiet". Vant, whose previous novel was longlisted in 2017, receives 25,000 crowns. The other shortlisted titles were Jonah Brisco's Low Country, Aud Kessler's The Ferry Year, Tamsin Roe's Winterlight, Hallam Nyquist's A House of Bells and Pria Delacorte's Nine Small Fires.
"""),
        D("or21s", "press release", """
PRESS RELEASE - For immediate release
Shortlist announced for the 2021 Orrin Prize for Fiction
The Orrin Foundation is pleased to announce the six novels shortlisted for the 2021 Orrin Prize for Fiction: The Glass Ferry by Noor Halvey; Quiet Weather by Elan Tessier; Undertow by Sefa Oduya; The Understory by Lindqvist Hart; Small Hours in Caldmere by Petra Onslow; and Saltmarsh Hymns by Ivo Trell. The winner will be announced at the Lorvan Athenaeum on 14 October 2021 and will receive 25,000 crowns. Chair of judges Ilona Merk said the panel had read 142 submissions and had argued "fiercely and happily" for four months.
Press enquiries: Beatrix Coyle, Orrin Foundation, Lorvan.
"""),
        D("or_enc", "encyclopedia", """
The Orrin Prize for Fiction is an annual literary award for a novel written in the Velland language and published in the previous year. It was established in 1998 by the publisher Caspar Orrin and is administered by the Orrin Foundation in Lorvan. The winner receives 25,000 crowns and a bronze lectern designed by the sculptor Runa Falk. Past winners include Hallam Nyquist, for The Cartographer's Dog (2016), and Sefa Oduya, whose debut The Weir won in 2019. A separate Orrin Prize for Poetry was added in 2009. The prize has been criticised for favouring established publishers; in 2018 only one shortlisted book came from an independent press.
"""),
        D("or21p", "news", """
Amberly takes Orrin poetry award
The 2021 Orrin Prize for Poetry has gone to Dace Amberly for Field Notes from a Flooded Parish, her fourth collection. Judges praised its "unshowy precision" and its long closing sequence about the winter floods. Amberly, who teaches at Caddon University, said she would use the 10,000-crown award to fund a writing residency in Kelby Moor. The Orrin Prize for Fiction, the foundation's larger award, is decided by a separate panel and is announced later in the autumn.
"""),
    ],
    teasers=[
        ("arts", "The Orrin Foundation has opened submissions for its next fiction prize; publishers may enter up to three titles each."),
        ("arts", "Booksellers report the usual autumn bump as Orrin Prize shortlists go up in shop windows."),
    ],
    mentions=[("prize", "the Orrin Prize for Fiction")],
    events=[dict(kind="book_prize", name="Orrin Prize for Fiction", place="Lorvan",
                 years=[y for y in range(2001, 2016)], n=9)],
    qs=[
        dict(q="Which novel won the 2020 Orrin Prize for Fiction?",
             a=["The Salt Orchard", "Salt Orchard"], src=["or20"], kind="which",
             nm=["or_enc", "or21s"]),
        dict(q="Which novel won the 2021 Orrin Prize for Fiction?",
             a=[], src=[], kind="which", nm=["or21s", "or21p", "or20"],
             absent=["won the 2021 Orrin Prize for Fiction", "2021 Orrin Prize for Fiction went to",
                     "2021 Orrin Prize for Fiction has gone", "winner of the 2021 Orrin Prize for Fiction",
                     "2021 Orrin Prize for Fiction winner"]),
    ],
))

# ---------------------------------------------------------------- 3
TOPICS.append(dict(
    key="glasswake",
    docs=[
        D("gw_novel", "encyclopedia", """
Glasswake is a 2011 novel by the Velland writer Perrin Ashdown. Set in a half-drowned lighthouse town on the Skerrow coast, it follows a keeper's daughter who begins receiving letters from a ship that sank forty years earlier. The book was Ashdown's third novel and her first to be translated; it won the Coastline Book Award in 2012. According to her publisher, Marl House, the novel has sold more than 400,000 copies in eleven languages. A film adaptation was released in 2019. The title is shared with an unrelated video game released in 2022, which has caused some confusion in online shops.
"""),
        D("gw_film", "review", """
Review: Glasswake (2019)
Directed by Saskia Dunmore. Starring Iona Pryce, Teo Vandermeer. 118 minutes.
Saskia Dunmore's adaptation of Perrin Ashdown's much-loved novel keeps the lighthouse, the letters and the fog, and loses almost everything else. Pryce is excellent as the keeper's daughter, all clenched jaw and wet wool, but the screenplay flattens the book's slow dread into a conventional ghost story with a twist you will spot in the first reel. Dunmore, whose debut Hart's Ferry was a festival favourite, shoots the sea beautifully. It is a shame the people on the shore feel like an afterthought. Three stars.
"""),
        D("gw_game", "news", """
Hollowlight Studios ships Glasswake
Independent developer Hollowlight Studios released Glasswake, a narrative puzzle game about a salvage diver exploring a sunken city, on 8 March 2022 for PC and consoles. The game has no connection to Perrin Ashdown's novel of the same name, studio director Rafe Tillery told us, adding that the team "only found out about the book after the trademark search". Glasswake was built by a team of fourteen people in Caldmere over four years and is priced at 24.99. An expansion, The Lower Vaults, is planned for later in the year.
"""),
        D("gw_forum", "forum", """
Glasswake (the game, not the book!) - chapter 4 door puzzle
Stuck on the flooded archive door in chapter 4. I've got the three valve wheels but the gauge never goes green. Anyone?
Reply from deepkelp: Close the left valve first, then open the other two halfway. The gauge lags a couple of seconds, so wait before you touch anything. Also the note on the desk in the previous room has the order scratched on the back if you rotate it.
Reply from OP: That worked, thanks. Loving this so far, way better than I expected from a tiny studio.
"""),
    ],
    teasers=[
        ("arts", "A new paperback edition of Perrin Ashdown's Glasswake arrives next week with a foreword by Hallam Nyquist."),
        ("tech", "Hollowlight Studios says a patch for Glasswake fixing save-file problems is in testing."),
    ],
    mentions=[("work", "Glasswake")],
    events=[],
    qs=[
        dict(q="Who directed the 2019 film Glasswake?",
             a=["Saskia Dunmore"], src=["gw_film"], kind="who", nm=["gw_novel", "gw_game"]),
        dict(q="Which studio developed the video game Glasswake?",
             a=["Hollowlight Studios", "Hollowlight"], src=["gw_game"], kind="which",
             nm=["gw_novel", "gw_film"]),
        dict(q="How many copies has the Glasswake video game sold?",
             a=[], src=[], kind="how many", nm=["gw_novel", "gw_game"],
             absent=["game has sold", "copies of the game", "Glasswake has sold", "Glasswake sold",
                     "units of Glasswake"]),
    ],
))

# ---------------------------------------------------------------- 4
TOPICS.append(dict(
    key="tellmarsh",
    docs=[
        D("tm16", "news", """
Quayle wins Tellmarsh mayoralty
TELLMARSH, May 6, 2016 - Harriet Quayle of the Civic Alliance was elected mayor of Tellmarsh on Thursday, taking 5,930 votes to 4,102 for the sitting mayor, Anselm Roake. Turnout was 41 per cent. Quayle, a former harbour engineer, promised to reopen the Tellmarsh lido and to freeze parking charges for two years. She will be sworn in at the Guildhall on May 16. Roake, who had served two terms, congratulated her in a short speech and said he would stay on the council as a ward member for Eastbank.
"""),
        D("tm21", "news", """
Tellmarsh mayor Quayle resigns; deputy to step in
Harriet Quayle resigned as mayor of Tellmarsh on Monday, citing family reasons, a year into her second term. Under the town's charter, deputy mayor Colm Fairweather will serve as interim mayor until a by-election can be held, probably early next year. Fairweather said he would not make "any big decisions" in the meantime and confirmed he had not ruled out standing in the by-election himself. Council leader Bettina Oyle thanked Quayle for "five years of steady work". Quayle's resignation takes effect on 30 June 2021.
"""),
        D("tm22", "news", """
Trask wins Tellmarsh by-election
Wenna Trask has been elected mayor of Tellmarsh, winning the 2022 by-election called after Harriet Quayle's resignation last summer. Trask, an independent, polled 4,812 votes; the interim mayor, Colm Fairweather, standing for the Civic Alliance, took 3,907, and the Green Compact candidate Ruth Ellery 1,288. Trask takes office immediately and will serve the remaining two years of the term. She said her first job would be to settle the long-running dispute over the Eastbank ferry slipway.
"""),
        D("tb_mayor", "news", """
Tellbury names new mayor
TELLBURY - Tellbury town council has chosen Oren Pask as its mayor for the coming year. Unlike neighbouring Tellmarsh, which elects its mayor directly, Tellbury's mayoralty rotates annually among councillors and is largely ceremonial. Pask, a retired postmaster who has sat on the council since 2009, takes over the chain of office from Dilys Marten at the annual meeting on Tuesday. His chosen charities for the year are the Tellbury lifeboat and the Kelby Moor food bank.
"""),
    ],
    teasers=[
        ("civic", "Tellmarsh Guildhall will be closed to visitors next week while the council chamber is rewired."),
        ("civic", "Tellbury's annual town meeting is on Tuesday; residents may submit questions in advance."),
    ],
    mentions=[("place", "Tellmarsh"), ("place", "Tellbury")],
    events=[],
    qs=[
        dict(q="Who served as interim mayor of Tellmarsh after Harriet Quayle resigned?",
             a=["Colm Fairweather"], src=["tm21"], kind="who", nm=["tm16", "tb_mayor"]),
        dict(q="Who won the 2022 Tellmarsh mayoral by-election?",
             a=["Wenna Trask"], src=["tm22"], kind="who", nm=["tm16", "tm21", "tb_mayor"]),
    ],
))

# ---------------------------------------------------------------- 5
TOPICS.append(dict(
    key="corvane",
    docs=[
        D("cb_enc", "encyclopedia", """
The Corvane Bridge is a cable-stayed road crossing of the river Ennor at Varnholt. The first phase, a 640-metre deck linking the Varnholt quays to Skerry Island, opened to traffic on 2 September 2018 after three years of construction, at a cost of 310 million crowns. It carries about 22,000 vehicles a day. A second phase, extending the crossing from Skerry Island to Callow Point on the north bank, was approved by the regional assembly in 2020. The bridge is named after the Corvane family, whose ferry service operated on the same route from 1871 until the first phase was completed.
"""),
        D("cb20", "news", """
Assembly backs second Corvane span
VARNHOLT, November 19 (Staff) - The regional assembly on Thursday approved the second phase of the Corvane Bridge, a 455 million-crown extension from Skerry Island to Callow Point. Officials said construction would begin next spring with a target opening date in 2024. The vote was 48 to 22. Opponents argued the money should go to rail, while supporters said the first phase, opened in 2018, had already halved journey times between Varnholt and the island. The contract is expected to go to the Marl & Osk consortium, which built the first phase.
"""),
        D("cb23", "news", """
Corvane Bridge extension pushed back to 2026
VARNHOLT, August 8, 2023 - The second phase of the Corvane Bridge will not open until 2026 at the earliest, two years later than planned, after contractors found softer riverbed clay than expected under the Callow Point piers. Marl & Osk said redesigned piles would add about 60 million crowns to the budget. Regional transport chief Ines Bardolf said she was "deeply frustrated" but that safety came first. Ferries between Skerry Island and Callow Point, due to be withdrawn in 2024, will now keep running. The first phase of the bridge, between Varnholt and the island, is unaffected.
"""),
        D("cb_qa", "Q&A", """
Q: Can I cycle over the Corvane Bridge to Callow Point yet?
A: Not yet. Only the first phase, from the Varnholt quays to Skerry Island, is open, and it has a segregated cycle lane on the downstream side. The second phase to Callow Point is still being built, so to reach the north bank you'll need the Skerry-Callow ferry, which takes bikes for free. Allow about 40 minutes from Varnholt station including the crossing. The bridge lane is lit at night but can be very windy; there are barriers at both ends that close in gusts above 90 km/h.
"""),
    ],
    teasers=[
        ("civic", "Overnight lane closures on the Corvane Bridge continue this week for cable inspections."),
        ("civic", "The Skerry Island ferry timetable changes on Monday; check the new times before travelling."),
    ],
    mentions=[("place", "the Corvane Bridge")],
    events=[],
    qs=[
        dict(q="When did the first phase of the Corvane Bridge open to traffic?",
             a=["2 September 2018", "September 2, 2018"], src=["cb_enc"], kind="when",
             nm=["cb20", "cb23"]),
        dict(q="How much did the first phase of the Corvane Bridge cost?",
             a=["310 million crowns", "310 million"], src=["cb_enc"], kind="how much",
             nm=["cb20", "cb23"]),
        dict(q="When did the second phase of the Corvane Bridge open?",
             a=[], src=[], kind="when", nm=["cb20", "cb23", "cb_qa"],
             absent=["second phase opened", "second phase of the Corvane Bridge opened",
                     "Callow Point span opened", "extension opened to traffic", "second phase was opened"]),
    ],
))

# ---------------------------------------------------------------- 6
TOPICS.append(dict(
    key="velliq",
    docs=[
        D("vq22q2", "press release", """
Velliq Systems reports second-quarter 2022 results
CALDMERE, July 28, 2022 - Velliq Systems Inc., a maker of industrial sensors and control software, today reported revenue of $318.4 million for the second quarter of 2022, up 12% from a year earlier. Net income was $29.7 million. "Demand from water utilities remained strong," said chief executive Anouk Strand. The company reiterated its full-year outlook and announced a quarterly dividend of 9 cents per share, payable on September 1. Velliq will host a conference call for analysts at 4:30 p.m. today.
"""),
        D("vq23q2", "news", """
Velliq second-quarter sales top estimates
Velliq Systems said on Thursday that revenue for the April-June quarter of 2023 rose 16.5 per cent to $371.0 million, ahead of analysts' forecasts, helped by a large order from the Harrowmere water board. Net income rose to $35.2 million. Shares gained 6 per cent in after-hours trading. Chief executive Anouk Strand said supply of specialised chips had "largely normalised" after two difficult years, and the company raised the bottom of its full-year range.
"""),
        D("vq23q3", "news", """
Velliq Systems Q3 revenue rises, outlook cautious
CALDMERE, Oct 26 (Staff) - Velliq Systems reported third-quarter 2023 revenue of $402.7 million on Thursday, up 9 per cent from a year earlier, while net income came in at $41.2 million. The company said it expects fourth-quarter revenue between $415 million and $430 million, slightly below the range analysts had pencilled in, citing slower orders from European customers. Chief financial officer Conrad Lauder said the company would report full-year results in late January. Velliq is not related to Velliq Robotics, a Lorvan-based start-up that uses a similar name.
"""),
        D("vr", "news", """
Velliq Robotics lands warehouse contract
Lorvan start-up Velliq Robotics has signed a deal to supply 300 autonomous pallet movers to the haulage group Pellmark Logistics, its largest order to date. The company, founded in 2019 and unrelated to the sensor maker Velliq Systems, said third-quarter 2023 revenue reached $58.9 million, almost double the same period last year. Co-founder Juno Pryor said the firm would hire 120 engineers by next summer and open a test site outside Tarrowin.
"""),
    ],
    teasers=[
        ("business", "Velliq Systems shares were among the day's most active after a broker upgrade."),
        ("business", "Sensor maker Velliq Systems holds its investor day in Caldmere next month."),
    ],
    mentions=[("company", "Velliq Systems")],
    events=[],
    qs=[
        dict(q="What revenue did Velliq Systems report for the third quarter of 2023?",
             a=["$402.7 million", "402.7 million"], src=["vq23q3"], kind="how much",
             nm=["vq23q2", "vr", "vq22q2"]),
        dict(q="What was Velliq Systems' revenue in the second quarter of 2022?",
             a=["$318.4 million", "318.4 million"], src=["vq22q2"], kind="how much",
             nm=["vq23q2", "vq23q3"]),
        dict(q="What revenue did Velliq Systems report for the fourth quarter of 2023?",
             a=[], src=[], kind="how much", nm=["vq23q3", "vq23q2"],
             absent=["fourth-quarter revenue of", "fourth-quarter revenue was", "fourth-quarter revenue rose",
                     "fourth-quarter revenue fell", "fourth quarter of 2023 revenue", "full-year 2023 revenue"]),
    ],
))

# ---------------------------------------------------------------- 7
TOPICS.append(dict(
    key="lantern",
    docs=[
        D("lt19", "listing", """
LANTERN TIDE FESTIVAL 2019 - ORLAY
Fri 19 - Sun 21 July
The Lantern Tide Festival comes to Orlay's harbour for its 2019 edition. Three nights of lantern processions, river music and street food, with the traditional launching of the paper boats at dusk on Saturday.
- Friday: opening parade from the Corn Exchange, 8pm
- Saturday: boat launch, Orlay Quay, 9.30pm
- Sunday: family day and closing fireworks, 10pm
Free entry. Park-and-ride from Orlay Racecourse. Lantern workshops must be booked in advance at the tourist office.
"""),
        D("lt21", "news", """
Lantern Tide returns to crowds in Fennick
FENNICK - The Lantern Tide Festival returned on Saturday after the 2020 edition was cancelled, with an estimated 38,000 people lining the canal basin in Fennick for the 2021 festival's paper-boat launch. It was the first time the travelling festival had visited the town since 2006. Organiser Clary Munro said numbers had been capped for safety. "Next year we hope to go back to full size," she said. Hotels in Fennick reported full occupancy for the weekend, and the canal towpath was closed for several hours after the launch.
"""),
        D("lt23", "news", """
Record crowds close Lantern Tide in Mossby
MOSSBY, July 23, 2023 - An estimated 62,000 visitors attended the Lantern Tide Festival in Mossby this weekend, a record for the event. Organisers confirmed on Sunday that the 2024 Lantern Tide Festival will be held in Skerrow, the first time the coastal town has hosted since the festival began in 1994. Mossby council said the weekend had cost 410,000 crowns to stage and estimated it had brought in four times that for local businesses. Skerrow's mayor, Ysolde Hollis, said planning would start "tomorrow morning".
"""),
    ],
    teasers=[
        ("arts", "Lantern-making workshops ahead of the Lantern Tide Festival are now bookable at libraries across the region."),
        ("arts", "Volunteers are still needed as stewards for the Lantern Tide Festival processions."),
    ],
    mentions=[("event", "the Lantern Tide Festival")],
    events=[dict(kind="festival_host", name="Lantern Tide Festival", place=None,
                 years=[y for y in range(1995, 2019) if y != 2006], n=8,
                 exclude_hosts=["Skerrow", "Fennick"])],
    qs=[
        dict(q="Where was the 2021 Lantern Tide Festival held?",
             a=["Fennick"], src=["lt21"], kind="where", nm=["lt19", "lt23"]),
        dict(q="Which town will host the 2024 Lantern Tide Festival?",
             a=["Skerrow"], src=["lt23"], kind="where", nm=["lt19", "lt21"]),
    ],
))

# ---------------------------------------------------------------- 8
TOPICS.append(dict(
    key="dramsey",
    docs=[
        D("dc21", "news", """
Harrowmere Athletic win Dramsey Cup
Harrowmere Athletic won the 2021 Dramsey Cup final 2-0 against Pellany Rovers at the Kessel Ground on Saturday, goals either side of half-time settling a scrappy game played in heavy rain. It is Harrowmere's first major trophy since 1998. Rovers, who had knocked out the holders in the semi-final, created little after the break. Attendance was limited to 9,000. Harrowmere manager Lorne Baptiste dedicated the win to the club's long-serving kitman, who retires at the end of the season.
"""),
        D("dc22", "match report", """
Brandt double as Rovers win Dramsey Cup
PELLANY ROVERS 3 CALDMERE UNITED 1
Ivo Brandt scored twice as Pellany Rovers beat Caldmere United 3-1 in the 2022 Dramsey Cup final at the Kessel Ground, a year after losing the final to Harrowmere Athletic. Brandt headed in the opener after 14 minutes and, after Teo Mallin had equalised for United just before the interval, restored the lead with a low shot on 58 minutes. Substitute Sami Roke added the third in stoppage time. Rovers captain Aled Vorn lifted the trophy in front of a crowd of 21,400.
"""),
        D("dc23p", "preview", """
Dramsey Cup final preview: Caldmere v Ostrevik
Caldmere United will be favourites when they meet Ostrevik Town in Saturday's 2023 Dramsey Cup final at the Kessel Ground, but manager Hana Dremmel is taking nothing for granted. United lost last year's final to Pellany Rovers and have not won the competition since 2011. Ostrevik, from the second tier, are in their first final and have already beaten two top-flight sides. Striker Jakub Lenn, who scored four goals in the earlier rounds, is a doubt with an ankle injury. Kick-off is 3pm; the match is live on regional television.
"""),
    ],
    teasers=[
        ("sport", "Tickets for the Dramsey Cup final at the Kessel Ground go on general sale on Monday morning."),
        ("sport", "The Dramsey Cup third-round draw pairs two of the region's oldest clubs."),
    ],
    mentions=[("event", "the Dramsey Cup")],
    events=[dict(kind="cup_final", name="Dramsey Cup", place="Kessel Ground",
                 years=list(range(2012, 2020)), n=6)],
    qs=[
        dict(q="What was the score in the 2022 Dramsey Cup final?",
             a=["3-1", "3–1", "3 - 1"], src=["dc22"], kind="what", nm=["dc21", "dc23p"]),
        dict(q="Which club won the 2021 Dramsey Cup final?",
             a=["Harrowmere Athletic", "Harrowmere"], src=["dc21"], kind="which", nm=["dc22", "dc23p"]),
        dict(q="Who won the 2023 Dramsey Cup final?",
             a=[], src=[], kind="who", nm=["dc23p", "dc22"],
             absent=["won the 2023 Dramsey Cup", "2023 Dramsey Cup winners", "2023 Dramsey Cup champions",
                     "lifted the Dramsey Cup", "2023 Dramsey Cup final result"]),
    ],
))

# ---------------------------------------------------------------- 9
TOPICS.append(dict(
    key="quillstack",
    docs=[
        D("qs2", "release notes", """
Quillstack 2.0 release notes
Released 12 May 2020.
Highlights:
- New plugin API (the 1.x hooks are deprecated and will be removed in 3.0).
- Incremental builds are now on by default; large sites rebuild up to 6x faster.
- Markdown tables support column alignment.
- Windows paths with spaces no longer break the asset pipeline.
Breaking changes: the minimum supported runtime is now version 14. Config keys `out_dir` and `theme_dir` have been renamed `output` and `theme`.
Thanks to the 41 contributors who made this release possible.
"""),
        D("qs3", "blog", """
Announcing Quillstack 3.0
Posted 17 January 2023 by the Quillstack core team
Today we're releasing Quillstack 3.0, the biggest change to the static site generator since the project began in 2017. The legacy 1.x plugin hooks are finally gone, the configuration format moves from INI to TOML, and the new image pipeline produces responsive sizes automatically. Build times on our benchmark site dropped from 41 seconds in 2.9 to 17 seconds. Upgrading? Run `quill migrate` first; it rewrites most configs for you. Version 2.x will receive security fixes until the end of the year.
"""),
        D("qs31", "release notes", """
Quillstack 3.1.0 (28 March 2023)
Fixes:
- `quill migrate` no longer drops comments from converted config files.
- Fixed a crash when an image path contained non-ASCII characters.
- RSS feeds now include the `updated` field.
Improvements:
- New `--drafts` flag for preview builds.
- The dev server reloads CSS without a full page refresh.
This is a minor release and is fully compatible with 3.0 sites. As always, report problems on the issue tracker with the output of `quill doctor`.
"""),
        D("qs4", "blog", """
Quillstack roadmap update: looking ahead to 4.0
With 3.1 out of the door, the core team met last week to plan the next major version. Quillstack 4.0 is tentatively aimed at "late next year", but we are not committing to a date: the headline feature, a rewritten incremental build engine, is still an experiment on a branch. Other candidates include first-class internationalisation and a plugin sandbox. We will publish a first alpha when the build engine passes the full test suite. Until then, please keep feature requests to the discussion board rather than the issue tracker.
"""),
        D("qs_qa", "Q&A", """
Q: After upgrading Quillstack from 2.9 to 3.0, my build fails with "unknown key: out_dir". What changed?
A: Two things. The config file format changed from INI to TOML in 3.0, and the key `out_dir` was actually renamed to `output` back in 2.0 - the 2.x series just kept accepting the old name with a warning. Run `quill migrate` in the project folder and it will convert the file and rename the keys. If you have custom plugins using the old hooks, those need rewriting by hand; see the 3.0 upgrade guide.
"""),
    ],
    teasers=[
        ("tech", "The Quillstack project is looking for volunteers to translate its documentation."),
        ("tech", "A community meetup for Quillstack users is planned in Lorvan next month."),
    ],
    mentions=[("product", "Quillstack")],
    events=[],
    qs=[
        dict(q="When was Quillstack 3.0 released?",
             a=["17 January 2023", "January 17, 2023"], src=["qs3"], kind="when",
             nm=["qs2", "qs31", "qs4"]),
        dict(q="When was Quillstack 4.0 released?",
             a=[], src=[], kind="when", nm=["qs4", "qs3"],
             absent=["Quillstack 4.0 was released", "Quillstack 4.0 is now available", "releasing Quillstack 4.0",
                     "Quillstack 4.0 release notes", "Announcing Quillstack 4.0"]),
    ],
))

# ---------------------------------------------------------------- 10
TOPICS.append(dict(
    key="denniston",
    docs=[
        D("ad_fb", "news", """
Caldmere United sign Denniston from Ostrevik
CALDMERE, July 17, 2020 - Caldmere United have signed midfielder Aurel Denniston from Ostrevik Town on a three-year contract, the club confirmed on Friday. The fee was undisclosed but reported to be around 1.2 million crowns. Denniston, who scored nine goals for Ostrevik last season, completed his medical on Thursday and is expected to make his debut against Varnholt on Saturday. "I've wanted to play for this club since I was a boy," he said. He is United's third signing of the summer transfer window.
"""),
        D("ad_cello", "profile", """
Aurel Denniston, cellist
Aurel Denniston is principal cellist of the Lorvan Philharmonic, a post he has held since 2020. Born in Fennick in 1988, Denniston studied at the Caddon Conservatoire and later with the cellist Mireille Anstruther in Orlay. He won second prize at the Tessary International Cello Competition in 2013 and has recorded the complete suites of the composer Elias Marrow for the Silvane label. He plays an instrument made in Orlay in 1791, on loan from a private foundation. Denniston is not to be confused with the footballer of the same name.
"""),
        D("ad_fb2", "news", """
Denniston leaves Caldmere for Harrowmere
Midfielder Aurel Denniston has joined Harrowmere Athletic from Caldmere United for an undisclosed fee, ending a three-year spell in which he made 97 appearances and scored 21 goals. Denniston, who arrived at Caldmere from Ostrevik Town, signed a two-year deal with an option for a third. Harrowmere manager Lorne Baptiste described him as "exactly the kind of player we've been missing". The move was completed shortly before the transfer deadline on Thursday.
"""),
    ],
    teasers=[
        ("sport", "Caldmere United will be without two midfield regulars for the weekend trip to Varnholt."),
        ("arts", "The Lorvan Philharmonic opens its season with a programme of cello concertos."),
        ("arts", "Cellist Aurel Denniston gives a lunchtime recital of sonatas at the Lorvan Athenaeum on Friday."),
    ],
    mentions=[("org", "the Lorvan Philharmonic"), ("club", "Caldmere United")],
    events=[],
    qs=[
        dict(q="Which club did the footballer Aurel Denniston join in 2020?",
             a=["Caldmere United", "Caldmere"], src=["ad_fb"], kind="which", nm=["ad_fb2", "ad_cello"]),
        dict(q="In what year was the footballer Aurel Denniston born?",
             a=[], src=[], kind="when", nm=["ad_cello", "ad_fb", "ad_fb2"],
             absent=["Denniston was born", "Denniston (born", "Denniston, born",
                     "footballer Aurel Denniston, born"]),
    ],
))

# ---------------------------------------------------------------- 11
TOPICS.append(dict(
    key="harrowmere",
    docs=[
        D("he19", "news", """
Civic Alliance largest party in Harrowmere assembly
The Civic Alliance took 34 of the 81 seats in the Harrowmere regional assembly at the 2019 election, seven short of a majority, final results published on Monday showed. The Workers' Federation won 27 seats, the Green Compact 11, the Coastal Party 6 and independents 3. Turnout was 58.2 per cent, down from 61 per cent four years ago. Alliance leader Viktor Smollen said he would begin talks with the Green Compact on Tuesday. The Workers' Federation, which had been the largest party since 2015, lost four seats.
"""),
        D("he15", "results", """
Harrowmere regional assembly election, 2015 - results
Party | Seats | Change
Workers' Federation | 31 | +5
Civic Alliance | 29 | -3
Green Compact | 9 | +2
Coastal Party | 8 | -2
Independents | 4 | -2
Total: 81 seats. Turnout: 61.0%. Majority required: 41.
The Workers' Federation became the largest party for the first time since 1999 and formed a minority administration under Helga Rosquist, with support from the Green Compact on a vote-by-vote basis.
"""),
        D("he23p", "news", """
Poll: Alliance slips ahead of Harrowmere vote
A new survey for the Harrowmere Courier suggests the Civic Alliance would remain the largest party at the 2023 regional assembly election on 8 October, but with fewer seats than it holds now. Pollster Harken Fieldwork projects the Alliance at between 28 and 33 seats, the Workers' Federation at 26 to 30 and the Green Compact at 12 to 15. Nearly a fifth of respondents said they were undecided. The margin of error is plus or minus three percentage points, and the survey was carried out before the televised leaders' debate.
"""),
        D("hc19", "news", """
Harrowmere city council: Alliance holds on
In the Harrowmere city council election held on the same day as the 2019 regional vote, the Civic Alliance won 22 of the council's 45 seats, one short of control. The Workers' Federation took 15 and the Green Compact 8. The city and regional results are counted separately, and several candidates stood for both. Council leader Ottoline Vance said the Alliance would govern as a minority and would publish a budget by March.
"""),
    ],
    teasers=[
        ("civic", "Candidate nominations for the Harrowmere regional assembly close at noon on Friday."),
        ("civic", "The Harrowmere assembly's transport committee meets in public on Wednesday."),
    ],
    mentions=[("org", "the Harrowmere regional assembly")],
    events=[],
    qs=[
        dict(q="How many seats did the Civic Alliance win in the 2019 Harrowmere regional assembly election?",
             a=["34"], src=["he19"], kind="how many", nm=["hc19", "he15", "he23p"]),
        dict(q="How many seats did the Workers' Federation win in the 2015 Harrowmere regional election?",
             a=["31"], src=["he15"], kind="how many", nm=["he19"]),
        dict(q="How many seats did the Civic Alliance win in the 2023 Harrowmere regional assembly election?",
             a=[], src=[], kind="how many", nm=["he23p", "he19"],
             absent=["2023 regional assembly election results", "seats at the 2023 regional",
                     "final results of the 2023", "seats in the 2023 election",
                     "regional assembly election, 2023"]),
    ],
))

# ---------------------------------------------------------------- 12
TOPICS.append(dict(
    key="pellmark",
    docs=[
        D("pf1", "news", """
Pellmark Foods chief Marr steps down
LORVAN, Sept 14, 2022 (Staff) - Gideon Marr has stepped down as chief executive of Pellmark Foods after nine years, the snack and bakery group said on Wednesday, with immediate effect. Chief financial officer Lotte Varga has been named interim chief executive while the board searches for a permanent successor, a process it expects to take "several months". Marr's departure follows two profit warnings this year. Pellmark shares fell 4 per cent. Chairman Reuben Oakes thanked Marr for turning "a regional baker into a national brand".
"""),
        D("pf2", "news", """
Pellmark Foods CEO search drags on
Pellmark Foods has yet to find a permanent boss five months after the departure of Gideon Marr, and interim chief Lotte Varga will stay in the role at least until the summer, the company said alongside annual results on Tuesday. Chairman Reuben Oakes said the board had interviewed "a strong field" but would not be rushed. Varga, who remains chief financial officer, said cost cuts announced in the autumn were ahead of schedule. Annual revenue slipped 3 per cent to 1.41 billion crowns.
"""),
        D("pf3", "press release", """
Pellmark Logistics has appointed Bram Cullis as chief executive with effect from 1 April 2023. Cullis joins from the parcel firm Parcelwise, where he ran operations. Pellmark Logistics, a haulage and warehousing business based in Tarrowin, was spun out of the Pellmark family's holdings in 1994 and has had no ownership link with the snack maker Pellmark Foods for more than two decades. It runs a fleet of 640 lorries and employs about 3,100 people. Cullis replaces Moira Dent, who retires after eleven years.
"""),
    ],
    teasers=[
        ("business", "Pellmark Foods is recalling one batch of oat biscuits over a labelling error; no other products are affected."),
        ("business", "Pellmark Logistics is recruiting drivers for its new Tarrowin depot."),
    ],
    mentions=[("company", "Pellmark Foods"), ("company", "Pellmark Logistics")],
    events=[],
    qs=[
        dict(q="Who was named interim chief executive of Pellmark Foods when Gideon Marr stepped down?",
             a=["Lotte Varga"], src=["pf1"], kind="who", nm=["pf3", "pf2"]),
        dict(q="Who was appointed permanent chief executive of Pellmark Foods after Gideon Marr's departure?",
             a=[], src=[], kind="who", nm=["pf1", "pf2", "pf3"],
             absent=["permanent chief executive of Pellmark Foods", "Pellmark Foods has appointed",
                     "Pellmark Foods appointed", "Pellmark Foods named", "new chief executive of Pellmark Foods"]),
    ],
))

# ---------------------------------------------------------------- 13
TOPICS.append(dict(
    key="calloway",
    docs=[
        D("hc_obit", "obituary", """
Hesper Calloway, painter of the Ennor estuary, 1939-2023
VARNHOLT, November 14, 2023 - Hesper Calloway, whose large, stormy canvases of the Ennor estuary hang in most of the region's public collections, died on Sunday at her home in Varnholt. She was 84. Born in Skerrow, the daughter of a pilot-boat skipper, she trained at the Caddon College of Art and first exhibited in Lorvan in 1964. Her breakthrough came with the "Low Water" series of 1978. She is survived by her partner, the potter Greer Harrow, and a nephew. A retrospective planned for next spring at the Ravelle Museum will go ahead.
"""),
        D("hc_pol", "news", """
Councillor Hesper Calloway, who represents Mossby North for the Workers' Federation, has been elected chair of the Harrowmere regional housing committee. Calloway, 46, was born in Orlay and worked as a tenancy adviser before entering politics in 2015. She shares her name with the late estuary painter, a coincidence she says has led to "a lot of confused phone calls from galleries". Her priorities include a register of private landlords and faster repairs to council homes.
"""),
        D("hc_review", "review", """
Calloway at seventy-five: the estuary in full
The Ravelle Museum's survey of Hesper Calloway, opening a year after the painter's seventy-fifth birthday, is the biggest show of her work yet: sixty-two canvases from 1964 to last summer. The early harbour scenes are dutiful; the "Low Water" series is where she finds herself, all mud-light and enormous sky. Calloway, who still paints daily in her Varnholt studio, told me she has never painted anything she could not walk to. The catalogue is excellent. Until 30 August 2015.
"""),
    ],
    teasers=[
        ("arts", "The Ravelle Museum extends its opening hours on Thursdays through the summer."),
        ("arts", "A radio documentary about Hesper Calloway's estuary paintings airs on Sunday evening."),
    ],
    mentions=[("org", "the Ravelle Museum")],
    events=[],
    qs=[
        dict(q="Where was the painter Hesper Calloway born?",
             a=["Skerrow"], src=["hc_obit"], kind="where", nm=["hc_pol", "hc_review"]),
    ],
))

# ---------------------------------------------------------------- 14
TOPICS.append(dict(
    key="kellhaven",
    docs=[
        D("kh18", "news", """
Tolle edges Kellhaven Open
Grandmaster Arvid Tolle won the 2018 Kellhaven Open on Sunday with 7 points from 9 games, half a point clear of a group of four. The 31-year-old drew his final game against Lenka Bahr in 19 moves to secure the first prize of 6,000 crowns. A record 212 players took part in the tournament, held as usual in the Kellhaven Exchange hall. Local hopes rested on the junior champion Ossi Kell, who finished with a respectable 6 points and a share of the under-18 prize.
"""),
        D("kh19", "results", """
Kellhaven Open 2019 - final standings (top 8, 9 rounds)
1. GM Sanna Kovi - 7.5
2. IM Jorund Faye - 7.0
3. GM Arvid Tolle - 7.0
4. FM Tomasz Marrek - 6.5
5. IM Lenka Bahr - 6.5
6. Ossi Kell - 6.0
7. FM Dagny Stroud - 6.0
8. Halvor Rist - 6.0
Ties for second place were broken by Buchholz score; Faye took second on tie-break from last year's winner Tolle. 221 players. Best junior: Ossi Kell. Best veteran: Halvor Rist. Prize-giving at 6pm in the Exchange hall.
"""),
        D("kh_enc", "encyclopedia", """
The Kellhaven Open is an annual open chess tournament held every spring in the port town of Kellhaven since 1987. It is a nine-round Swiss event open to players of all strengths, with separate prizes for juniors, veterans and women. The tournament was suspended in 2020 and 2021 and resumed in 2022 with a reduced field of 140. It is organised by the Kellhaven Chess Circle, which was founded in 1952 and meets in the upstairs room of the Exchange. Several players have won the event more than once, though nobody has won it three years running.
"""),
    ],
    teasers=[
        ("sport", "Registration for the Kellhaven Open chess tournament closes a week before the first round."),
    ],
    mentions=[("event", "the Kellhaven Open")],
    events=[dict(kind="chess", name="Kellhaven Open", place="Kellhaven",
                 years=list(range(1990, 2018)), n=8)],
    qs=[
        dict(q="Who finished runner-up at the 2019 Kellhaven Open?",
             a=["Jorund Faye"], src=["kh19"], kind="who", nm=["kh18", "kh_enc"]),
        dict(q="Who won the 2018 Kellhaven Open chess tournament?",
             a=["Arvid Tolle"], src=["kh18", "kh19"], kind="who", nm=["kh_enc"]),
    ],
))

# ---------------------------------------------------------------- 15
TOPICS.append(dict(
    key="sarrow",
    docs=[
        D("sf21", "news", """
'Salt and Iron' wins Golden Reed at Sarrow
SARROW, Sept 18 (Staff) - Salt and Iron, Mika Oyelaran's drama about a strike at a Varnholt shipyard, won the Golden Reed for best film at the 2021 Sarrow Film Festival on Saturday. The jury, chaired by the actor Benedek Salo, gave its Grand Jury Prize to Thirteen Lanterns by Corisande Vail, and the best director award to Tomas Reyne for The Ferryman's Wife. Oyelaran, accepting the prize in a borrowed jacket, thanked "every welder who talked to us". The festival, in its 32nd year, screened 140 films over ten days.
"""),
        D("sf22l", "news", """
Sarrow unveils 2022 competition line-up
The Sarrow Film Festival has announced the 16 films competing for the Golden Reed at its 2022 edition, which runs from 8 to 17 September. They include new work from last year's Grand Jury Prize winner Corisande Vail (The Orchard Wall), the veteran director Ansel Krug (Fathoms) and three first-time directors. The jury will be chaired by the screenwriter Oda Lindholm. Festival director Petra Saari said the selection was "angrier and funnier" than usual. Tickets go on sale on 22 August.
"""),
        D("sf22aw", "news", """
Sarrow 2022: Pryce and Krug take early honours
SARROW, Sept 16 - Iona Pryce was named best actress at the 2022 Sarrow Film Festival on Friday for her role as a lighthouse keeper's widow in Fathoms, whose director Ansel Krug also received the best director award. The acting and craft prizes are announced a day before the festival's main award, the Golden Reed, which will be presented at Saturday's closing ceremony. Critics' favourite The Orchard Wall is widely tipped for the top prize, though the jury has kept its counsel. Best actor went to Davit Morrel for Low Season.
"""),
    ],
    teasers=[
        ("arts", "The Sarrow Film Festival is looking for host families for visiting student filmmakers."),
        ("arts", "Festival passes for Sarrow go on sale next month, with discounts for under-25s."),
    ],
    mentions=[("event", "the Sarrow Film Festival"), ("prize", "the Golden Reed")],
    events=[dict(kind="film_fest", name="Sarrow Film Festival", place="Sarrow",
                 years=list(range(1995, 2020)), n=8)],
    qs=[
        dict(q="Which film won the Golden Reed at the 2021 Sarrow Film Festival?",
             a=["Salt and Iron"], src=["sf21"], kind="which", nm=["sf22l", "sf22aw"]),
        dict(q="Which film received the Grand Jury Prize at the 2021 Sarrow Film Festival?",
             a=["Thirteen Lanterns"], src=["sf21"], kind="which", nm=["sf22l"]),
        dict(q="Which film won the Golden Reed at the 2022 Sarrow Film Festival?",
             a=[], src=[], kind="which", nm=["sf22aw", "sf22l", "sf21"],
             absent=["won the Golden Reed at the 2022", "2022 Golden Reed", "Golden Reed went to",
                     "took the Golden Reed", "Golden Reed winner"]),
    ],
))
