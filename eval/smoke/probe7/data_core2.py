# Hand-written topic passages and questions, part 2 (topics 16-30).
# All names are invented.
from data_core1 import Q

TOPICS = []

# ---------------------------------------------------------------- 16
TOPICS.append(dict(
    id="ironbloom", kinds=["product versions (patches)", "plan vs what shipped"],
    passages=[
        ("ib_roadmap", """Ironbloom 2022 roadmap (posted by Pinewhistle Games in January)
1.2 — the Fenwater biome, new fishing system, controller remapping
1.3 — cross-platform play between PC and consoles, level cap raised to 60
1.4 — ranked arenas and guild halls
Dates are targets, not promises. We'd rather delay a feature than ship it broken. Thanks for sticking with us through launch, and keep the feedback coming on the forums and in the Discord suggestions channel."""),
        ("ib_13", """Ironbloom patch 1.3 is live! Highlights:
- Level cap raised from 50 to 60, with twelve new talents
- New world boss: the Rootmother, in the Fenwater depths
- Guild bank tabs increased to six
- Many, many bug fixes (full list on the forums)
A note on cross-platform play: it isn't in this patch. Testing showed desync problems on consoles, so we have moved it to 1.4. We know many of you were waiting for it, and we're sorry. — Pinewhistle Games"""),
        ("ib_14", """Pinewhistle Games' fantasy survival game Ironbloom finally lets PC and console players share servers. Cross-platform play arrived with patch 1.4 on Tuesday, two months later than the studio had first promised. The update also added guild halls, but ranked arenas have been pushed back again. Players on the game's forums reported long queues on launch night, but few of the desync problems that delayed the feature. Ironbloom has sold around 1.8 million copies."""),
        ("ib_review", """Ironbloom review — six months on
At launch Ironbloom was a handsome survival game with too little to do after the first forty hours. Three patches later it is a much fuller thing: the Fenwater biome is the best area in the game, fishing is oddly relaxing, and the Rootmother fight is a proper endgame challenge. The crafting menus are still a mess. If you bounced off it last year, it is worth another look. 8/10."""),
        ("ib_forum", """Is it worth buying Ironbloom on console if all my friends are on PC? — asked by brambleknot
Top answer: Yes now, no before. Crossplay works fine in my experience, we run a mixed PC/console group of six every weekend. Voice chat across platforms is still a bit flaky so we use a separate app. Buy it on sale though, it drops to half price fairly often."""),
    ],
    questions=[
        Q("which Ironbloom patch added cross-platform play?", ["1.4"], ["ib_14"],
          "the roadmap promised cross-platform play in 1.3 and the 1.3 notes say it was moved", "plan vs shipped"),
    ]))

# ---------------------------------------------------------------- 17
TOPICS.append(dict(
    id="pellmarsh", kinds=["preview vs result", "same event, different years", "winner vs runner-up"],
    passages=[
        ("po_2022", """Dorian Felsk won the Pellmarsh Open chess tournament on Sunday with 7 points from 9 games, half a point ahead of a group of four players. Felsk, a 34-year-old maths teacher from Arlesby, drew his final-round game against top seed Wen Halloway in just eighteen moves to secure the title. The 2022 event, held at the Pellmarsh Corn Exchange, attracted 212 players across three sections, a record entry for the club."""),
        ("po_2023preview", """Pellmarsh Open: who to watch
The top seed is once again Wen Halloway, who has finished in the top three four times without winning the event. Defending champion Dorian Felsk returns, and 17-year-old Aurelio Banks-Tamm, who gained 150 rating points last season, will be many people's dark horse. Round one starts at 10 am on Friday. Spectators are welcome but phones must be switched off inside the playing hall."""),
        ("po_2023", """Nine rounds, three days and a tiebreak decided on the narrowest of margins. When the final games ended on Sunday evening, Aurelio Banks-Tamm and Wen Halloway were level on 7.5 points, and the Pellmarsh Open title went to the teenager on the Buchholz tiebreak. "I didn't know I had won until the arbiter told me," said Banks-Tamm, 17, the youngest winner in the tournament's history. The 2023 edition drew 226 players to the Corn Exchange. Halloway took second place for the third time. Defending champion Dorian Felsk finished joint sixth."""),
        ("po_2024preview", """PELLMARSH, March 8, 2024 — Aurelio Banks-Tamm returns to defend his title at this weekend's Pellmarsh Open as the top seed for the first time. Wen Halloway has withdrawn with a wrist injury, leaving Dorian Felsk and the Quennick veteran Eustace Marlowe-Finch as the other main contenders. Organisers expect about 230 players. The final round is on Sunday afternoon; results will be posted on the club noticeboard and the county chess website."""),
        ("po_club", """Pellmarsh Chess Club was founded in 1921 in the back room of the Plough Inn and now meets on Tuesday evenings at the Corn Exchange. The club runs four teams in the county league, a junior section on Saturday mornings and the annual Pellmarsh Open, a nine-round weekend tournament held each March. New members of all strengths are welcome; boards and clocks are provided. Subscriptions are £40 a year, £15 for juniors."""),
    ],
    questions=[
        Q("who won the 2023 Pellmarsh Open?", ["Aurelio Banks-Tamm"], ["po_2023"],
          "Wen Halloway tied on points but lost on tiebreak; the preview named Halloway top seed; Dorian Felsk won in 2022", "winner vs runner-up+preview"),
        Q("who won the Pellmarsh Open in 2024?", [], [],
          "only a preview dated March 8, 2024 exists; no result", "preview only",
          absent=["2024 Pellmarsh Open", "Pellmarsh Open 2024", "Pellmarsh Open in 2024"]),
    ]))

# ---------------------------------------------------------------- 18
TOPICS.append(dict(
    id="wexcombe", kinds=["similar notices (look-alike street names)", "application vs approval"],
    passages=[
        ("wx_carrow", """WEXCOMBE DISTRICT COUNCIL — TEMPORARY ROAD CLOSURE
Carrow Lane, Wexcombe (between Mill Street and the recreation ground)
The road will be closed to all vehicles from 6 March 2023 to 17 March 2023 to allow Marches Gas Networks to replace a gas main. Pedestrian access to properties will be maintained at all times. Diversion: via Mill Street, Station Road and Oak Hill. Enquiries to the highways team quoting reference TRC/23/041."""),
        ("wx_carrowby", """Notice of temporary road closure
Carrowby Road, Wexcombe
Closure dates: 20 March 2023 to 24 March 2023, 9.30 am to 3.30 pm daily
Reason: carriageway resurfacing
Diversion route: Pound Lane and the B4410. Bus services 14 and 14A will not serve the Carrowby Road stops during working hours; temporary stops will be placed on Pound Lane. We apologise for any inconvenience."""),
        ("wx_bins", """Changes to bin collections in Wexcombe
From Monday 3 April, green garden waste bins will be collected every two weeks all year round rather than weekly in summer. Residents in Carrow Lane, Carrowby Road and the Orchard estate will move from Tuesday to Thursday collections. A new calendar will be delivered to every household in March. Food caddies are still collected weekly. Please have bins out by 7 am."""),
        ("wx_planning", """Wexcombe planning committee has approved 48 homes on land at Pennick Farm, on the eastern edge of the town, after the developer cut the scheme from the 65 homes originally applied for. Twenty of the houses will be affordable. Objectors had raised concerns about flooding on the lane and the loss of a footpath; the approval requires a new drainage pond and a diverted public path. Work could start next year."""),
        ("wx_meeting", """Wexcombe Town Forum — meeting notes
About thirty residents attended. Main topics: the Pennick Farm housing plans, speeding on Carrowby Road, and the closure of the bank branch on the high street. Councillor Gwenllian Price said a speed survey would be carried out in the spring. The forum agreed to write to the bank asking for a mobile banking van. Next meeting: first Wednesday of next month, scout hut, 7 pm."""),
    ],
    questions=[
        Q("when does the Carrow Lane closure in Wexcombe start?", ["6 March 2023", "March 6, 2023"], ["wx_carrow"],
          "the similar-looking Carrowby Road closure starts 20 March 2023", "similar names"),
        Q("how many homes were approved at Pennick Farm?", ["48"], ["wx_planning"],
          "the original application was for 65 homes; 20 are affordable", "application vs approval"),
    ]))

# ---------------------------------------------------------------- 19
TOPICS.append(dict(
    id="silverheron", kinds=["nomination list vs winner", "same awards, different years"],
    passages=[
        ("sh_2023noms", """Silver Heron Awards 2023: the nominations
Blackwater Psalm leads the field with seven nominations, including best film and best director for Lysander Coombe. The Long Thaw and Kingfisher Road have five each.
Best director nominees:
Lysander Coombe — Blackwater Psalm
Agata Rennick — The Long Thaw
Ulf Branstad — Kingfisher Road
Mirren Dasgupta-Holt — Ferrous
Noor Bextor — Quarter Light
The ceremony takes place at the Harnsey Playhouse on 18 March."""),
        ("sh_2023win", """Blackwater Psalm took best film at the Silver Heron Awards on Saturday night, but the director's prize went elsewhere: Agata Rennick was named best director for The Long Thaw, her first feature in nine years. Rennick thanked her crew "for surviving two winters in a tent". Blackwater Psalm finished with three awards from its seven nominations. Best actress went to Orla Fenchurch for Kingfisher Road; best actor to Tomas Vidal-Rook for Ferrous. The 2023 ceremony ran forty minutes over time."""),
        ("sh_2024noms", """The nominations for next month's Silver Heron Awards were read out this morning at the Harnsey Playhouse. Leading the pack is the boxing drama Southpaw Hymn with six nods, including best director for Kasimir Oduya. Also nominated for best director are Helle Marston (The Lamp Room), Quentin Aske (Gravel), Priyanka Thorne (Winter Orchard) and Agata Rennick, who was nominated again for The Coast Road. Winners will be announced on 16 March 2024."""),
        ("sh_about", """The Silver Heron Awards are annual film prizes presented by the Marches Film Circle, a body of critics, programmers and film-makers. First presented in 1998, they recognise films released in the region in the previous calendar year. The statuette, a heron standing on one leg, was designed by the sculptor Hal Pryderi. Categories include best film, best director, best actress, best actor, best screenplay and best documentary. The ceremony is held each March in Harnsey."""),
    ],
    questions=[
        Q("who won best director at the 2023 Silver Heron Awards?", ["Agata Rennick"], ["sh_2023win"],
          "Lysander Coombe's Blackwater Psalm led the nominations and won best film; Rennick was also only nominated in 2024", "nomination vs winner"),
        Q("how many nominations did Blackwater Psalm receive at the 2023 Silver Heron Awards?", ["seven"], ["sh_2023noms", "sh_2023win"],
          "it won three awards; Southpaw Hymn had six nominations in 2024; The Long Thaw had five", "count vs count"),
        Q("who won best director at the 2022 Silver Heron Awards?", [], [],
          "winners exist for other years and 2023/2024 nominations, but nothing about 2022", "other year",
          absent=["2022 Silver Heron", "Silver Heron Awards 2022", "Silver Heron Awards in 2022"]),
    ]))

# ---------------------------------------------------------------- 20
TOPICS.append(dict(
    id="marrowvine", kinds=["role held by different people over time", "similar business names"],
    passages=[
        ("mv_review", """Marrow & Vine, Quennick
The room is small, loud and lit like a farmhouse kitchen, and the cooking of head chef Ilse Brandvold matches it: big plates, lots of smoke, nothing fussy. Bone marrow on toast with pickled shallots is the dish everyone orders, for good reason. Lamb neck with barley was excellent; a beetroot tart less so. Service was warm if stretched. About £45 a head with wine. Book ahead for Fridays."""),
        ("mv_newchef", """Marrow & Vine in Quennick has a new head chef. Tomasso Reyl, previously sous chef at the Saltery Arms, has taken over the kitchen after Ilse Brandvold left to open her own restaurant in Pellworth. Owners Fen and Harriet Galloway say the marrow on toast stays on the menu "on pain of death", but Reyl will introduce more fish. Brandvold's new place, called Ember Row, opens in the autumn."""),
        ("mv_deli", """Marrow and Vine Deli (no relation to the Quennick restaurant, the owner is quick to tell you) has been selling cheese, cured meats and very good sourdough on Arlesby's Castle Street since 2014. Owner Benedikta Sowerby stocks forty cheeses, most from small dairies in the Marches. The back room serves soup and sandwiches at lunchtime. Closed Mondays. Hampers can be ordered for collection at Christmas."""),
        ("mv_forum", """Where should I eat in Quennick for a birthday? — posted by lumecat
Reply: Marrow & Vine, no question. Get the marrow toast. It's tiny so book.
Reply: It's changed a bit since the chef switch but still great. The new fish dishes are good.
Reply: If you want somewhere quieter try the Harbour Lantern, decent seafood and you can actually hear each other.
Reply: Don't confuse it with the Marrow and Vine deli in Arlesby like my dad did, ha."""),
    ],
    questions=[
        Q("who replaced Ilse Brandvold as head chef at Marrow & Vine?", ["Tomasso Reyl"], ["mv_newchef"],
          "review names Brandvold as head chef; Marrow and Vine Deli (unrelated) is owned by Benedikta Sowerby", "role over time+similar names"),
    ]))

# ---------------------------------------------------------------- 21
TOPICS.append(dict(
    id="arclight", kinds=["numbered missions with different dates", "plan vs done"],
    passages=[
        ("ac_1", """Arclight-1, a small solar observatory built by the Marches Space Agency, was launched on 19 August 2014 from the Varne Launch Complex. The 140 kg spacecraft carried an ultraviolet imager and a magnetometer into a sun-synchronous orbit. Designed for a two-year mission, it returned data for more than six years before its imager failed. Arclight-1 was the agency's first scientific satellite."""),
        ("ac_2", """VARNE LAUNCH COMPLEX — Arclight-2 is on its way. The agency's second solar observatory lifted off at 06:42 local time on April 27, 2022, aboard a Kestrel-M rocket, and separated cleanly 58 minutes later. Mission controllers in Pellworth confirmed that the spacecraft's solar panels had deployed. Arclight-2 is three times heavier than its predecessor and carries a coronagraph built at Tolvercombe Institute. First images are expected within six weeks."""),
        ("ac_3", """The Marches Space Agency has approved Arclight-3, a pair of spacecraft that will fly in formation to study the solar wind in three dimensions. Construction begins next year, with launch planned for late 2026 at the earliest. The mission's budget is capped at 310 million. Project scientist Dr Reuben Okafor-Lisle said the twin craft would "see the same storm from two angles at once". A contract for the spacecraft buses has not yet been awarded."""),
        ("ac_stub", """The Arclight programme is a series of solar observatories operated by the Marches Space Agency. The programme began with Arclight-1 (2014), followed by the larger Arclight-2 (2022). A third mission, Arclight-3, consisting of two spacecraft, was approved in 2023. Data from the programme are released publicly after a six-month embargo. Mission operations are run from the agency's control centre in Pellworth."""),
        ("ac_image", """Arclight-2's first light: the image released on Monday shows a long filament snaking across the sun's southern hemisphere, captured by the spacecraft's coronagraph during its commissioning phase. Scientists said the quality exceeded expectations. Routine observations begin next month. The agency has also published a time-lapse of a small flare, compiled from 400 frames taken over an hour. All images are free to download from the agency's public archive."""),
    ],
    questions=[
        Q("when was Arclight-2 launched?", ["April 27, 2022", "27 April 2022"], ["ac_2"],
          "Arclight-1 launched 19 August 2014; Arclight-3 is planned for late 2026", "numbered versions"),
        Q("when was Arclight-3 launched?", [], [],
          "only the approval and a planned launch 'late 2026 at the earliest' are reported", "plan only",
          absent=["Arclight-3 launched", "Arclight-3 lifted off", "launch of Arclight-3 took place"]),
    ]))

# ---------------------------------------------------------------- 22
TOPICS.append(dict(
    id="thistlecroft", kinds=["similar company names", "founded vs moved"],
    passages=[
        ("th_soft", """Thistlecroft Software makes scheduling tools for hospitals and care homes. The company was founded in 2009 in Harnsey by Olu Danvers and Sigrid Paley, who had both worked in hospital IT, and began in a rented room above a bicycle shop. It moved its headquarters to Arlesby in 2017 after a funding round and now employs about 340 people. Its main product, Rotaline, is used by more than 200 hospitals. Danvers remains chief executive; Paley left the business in 2020."""),
        ("th_brew", """Thistlecroft Brewing started in a garage in Dunlow in 2015, when former chemistry teacher Magda Ferrow began selling a smoked porter at the Saturday market. Today the brewery occupies an old mill on the Dunlow canal and produces about two million pints a year. Its best seller is Moorfire, a red ale. The taproom is open Thursday to Sunday, and dogs are welcome. Ferrow says she has had "a few confused emails from people wanting software"."""),
        ("th_jobs", """Thistlecroft Software is hiring! We're looking for a senior backend engineer to join the Rotaline team in our Arlesby office (hybrid, two days a week on site). You'll work on the rules engine that turns thousands of staff preferences into fair rotas. Experience with Postgres and scheduling problems is a plus. We offer 30 days' holiday, a learning budget and a very good coffee machine."""),
        ("th_award", """Thistlecroft Brewing's Moorfire red ale has been named champion beer at the Marches Beer Festival, beating 180 other entries. Head brewer Caio Lindell, who joined Magda Ferrow's brewery three years ago, said the team had tweaked the recipe "about forty times". The brewery plans to double capacity at its Dunlow mill next year and open a second taproom. Judges tasted every entry blind over two days."""),
    ],
    questions=[
        Q("where was Thistlecroft Software founded?", ["Harnsey"], ["th_soft"],
          "it is now headquartered in Arlesby (moved 2017); Thistlecroft Brewing was founded in Dunlow", "similar names+moved"),
    ]))

# ---------------------------------------------------------------- 23
TOPICS.append(dict(
    id="carillons", kinds=["numbered editions (albums)"],
    passages=[
        ("hc_stub", """The Hollow Carillons are an indie folk band formed in Tolvercombe in 2011 by singer Rosalind Mackey-Dunne, guitarist Pieter Vass and drummer Sol Amberley. Their debut album, Saltmarsh Hymns, was released in 2014 on the independent label Greyhen Records. It was followed by Paper Weather (2017) and Lowland Static (2022), the latter recorded after a three-year break during which Vass left and was replaced by cellist Maren Holt."""),
        ("hc_debut", """Saltmarsh Hymns is the sound of a band that recorded in a church hall because it was cheap and discovered that the echo was the best thing about them. Rosalind Mackey-Dunne's voice drifts over the top of everything like sea fog. Not every song lands; the middle stretch sags. But Pier Lights and The Drowned Bell are as good as anything released on a small label this year. Three and a half stars. Greyhen Records, out now."""),
        ("hc_lowland", """It has been five years since Paper Weather, and the Hollow Carillons have come back stranger. Lowland Static swaps acoustic guitars for cello, tape hiss and drum machines, and Mackey-Dunne sings lower and closer to the microphone than ever before. Some longtime fans will hate it. I think it is their best record, and The Flood Meadow is the song of the year. Released on Friday on Greyhen Records."""),
        ("hc_tour", """The Hollow Carillons have announced a nine-date autumn tour, their first in three years, with shows in Pellworth, Harnsey, Arlesby and Quennick. The band say the sets will include songs from all three of their albums and "a couple of new things we're still arguing about". Support on all dates comes from the Dunlow singer Tamar Oakes. Tickets go on sale on Friday at 9 am."""),
        ("hc_interview", """Q&A with Rosalind Mackey-Dunne
Why did Paper Weather take three years? "We toured Saltmarsh Hymns until we hated it, then I wrote forty songs and threw away thirty."
Is it true you recorded it in a lighthouse? "A lighthouse keeper's cottage. The lighthouse was full of seagulls."
What do you listen to on tour? "Old shipping forecasts, honestly. Pieter hates it."
Favourite venue? "The Corn Hall in Brindlecombe. The floor bounces.\""""),
    ],
    questions=[
        Q("what was The Hollow Carillons' second album?", ["Paper Weather"], ["hc_stub"],
          "debut Saltmarsh Hymns (2014) and third album Lowland Static (2022) are described in detail elsewhere", "numbered editions"),
        Q("what is The Hollow Carillons' fourth album called?", [], [],
          "the band has three albums; a tour note mentions only untitled 'new things'", "other edition",
          absent=["fourth album", "fourth studio album", "fourth record"]),
    ]))

# ---------------------------------------------------------------- 24
TOPICS.append(dict(
    id="aldermere", kinds=["men's vs women's category", "same event, different years"],
    passages=[
        ("ad_2021", """Aldermere Regatta 2021 — finals results
Men's eights: Harnsey Rowing Club beat Pellworth University BC by 1 1/2 lengths
Women's eights: Quennick Rowing Club beat Tolvercombe University Boat Club by 3/4 length
Men's single sculls: Elias Varga (Aldermere RC)
Women's single sculls: Ottilie Brand (Harnsey RC)
Men's coxless fours: Dunlow Amateur RC
Women's double sculls: Quennick RC
Umpires' note: the course was shortened to 1,500 m on Sunday because of the stream."""),
        ("ad_2022", """Women's day at Aldermere
Saturday's women's programme at the 2022 Aldermere Regatta was won in style by the students. Tolvercombe University Boat Club, beaten finalists last year, took the women's eights by two lengths from Quennick Rowing Club, reversing the 2021 result. Ottilie Brand defended her single sculls title, and a Dunlow crew won the women's coxless fours. Organisers said entries were up by a fifth on last year, with a record 64 women's crews. Sunday's events will be reported in next week's edition."""),
        ("ad_stub", """The Aldermere Regatta is a two-day rowing regatta held each June on the River Alder below the Aldermere weir. First held in 1874, it is one of the oldest regattas in the Marches. The straight 1,800 m course allows two crews to race side by side. Events for women were introduced in 1962. The regatta is run by volunteers from the Aldermere Rowing Club, and the riverside enclosure is open to the public free of charge."""),
        ("ad_head", """The Aldermere Head, the autumn time-trial race on the same stretch of river as the summer regatta, was won overall by a Harnsey Rowing Club eight in 11 minutes 48 seconds. Crews start at 15-second intervals and race against the clock over 4.2 km, finishing at the Aldermere weir. Fastest women's crew was Pellworth University BC. Fog delayed the first division by forty minutes."""),
    ],
    questions=[
        Q("which club won the women's eights at the 2022 Aldermere Regatta?", ["Tolvercombe University Boat Club"], ["ad_2022"],
          "Quennick Rowing Club won the women's eights in 2021 and was runner-up in 2022", "year"),
        Q("which club won the men's eights at the 2022 Aldermere Regatta?", [], [],
          "only the women's programme of 2022 is reported (Sunday's events 'next week'); men's eights result is given for 2021", "other category",
          absent=["men's eights at the 2022 Aldermere", "2022 Aldermere Regatta men's", "Aldermere Regatta 2022 men's"]),
    ]))

# ---------------------------------------------------------------- 25
TOPICS.append(dict(
    id="saltery", kinds=["similar structure names", "plan vs done"],
    passages=[
        ("sb_plan", """Work has begun on the long-awaited Saltery Footbridge, a 90-metre cable-stayed crossing that will link the Saltery quarter with the new rail station across the river. The council says the bridge should open in spring 2019, although contractors have warned that river levels could delay the lifting of the main span. The scheme costs £7.8 million, most of it from the regional transport fund."""),
        ("sb_open", """They said spring; it came on the longest day of the year. Hundreds of people walked across the Saltery Footbridge when it opened at noon on 21 June 2019, two months behind schedule after floods delayed the lift of the main span. A brass band from the Saltery quarter played on the station side. The £7.8 million bridge is expected to carry 5,000 people a day. Cyclists must dismount at peak times."""),
        ("sb_road", """The Saltery Road Bridge reopened to traffic on 8 November 2021 after fourteen months of strengthening work. The 1930s concrete bridge, which carries the A-road into the town centre, had been closed to vehicles over 7.5 tonnes since cracks were found in its arches. Buses are returning to their usual routes. The nearby Saltery Footbridge remained open to pedestrians throughout the works."""),
        ("sb_letter", """Letter to the editor: Sir — Now that the Saltery Footbridge has been open for a few years, can the council please do something about the lighting? After dark the ramp on the station side is pitch black, and I have seen two people fall on the wet steps this winter alone. A bridge that cost nearly eight million pounds deserves more than a single lamp. — R. Penhaligon, Saltery quarter"""),
    ],
    questions=[
        Q("when did the Saltery Footbridge open?", ["21 June 2019", "June 21, 2019"], ["sb_open"],
          "the plan said spring 2019; the Saltery Road Bridge reopened 8 November 2021", "plan vs done+similar names"),
    ]))

# ---------------------------------------------------------------- 26
TOPICS.append(dict(
    id="brackenfold", kinds=["same festival, different years"],
    passages=[
        ("bf_2019", """BRACKENFOLD FOLK FESTIVAL 2019 — FULL LINE-UP ANNOUNCED
Friday: The Wicker Larks (headline), Jory Penwarden, The Slate Quarry Band
Saturday: Morwenna Tull (headline), Ansel & Hope, Brackenfold Community Choir
Sunday: The Gallant Fiddlers of Orrin (headline), Nuala Kettering, ceilidh with the Hedgerow Band
Weekend tickets £85, day tickets £35, under-12s free. Camping opens Thursday at noon. No glass on site, please."""),
        ("bf_2022", """After two quiet summers the Brackenfold Folk Festival is back at full size, and the 2022 line-up has been confirmed. Friday night belongs to the Slate Quarry Band, promoted from the small stage three years ago. Saturday's headliner is the Harnsey singer-songwriter Ruairi Castellow, whose album The Long Field topped the folk charts in the spring. Sunday closes with a ceilidh led by the Hedgerow Band. Morwenna Tull returns for an afternoon set on Saturday."""),
        ("bf_2022review", """Brackenfold review: rain, mud and a perfect Saturday night
Ruairi Castellow didn't so much headline Brackenfold as take it over: by the final chorus of The Long Field the whole field was singing, soaked and not caring. Earlier, Morwenna Tull's afternoon set was a reminder of why she headlined here three years ago. The food stalls were better than ever, the toilets worse. Three stars for the site, five for the music."""),
        ("bf_2023", """Brackenfold 2023 line-up is out! Friday: Nuala Kettering. Saturday: The Wicker Larks, back ten years after their first appearance. Sunday: a tribute to the late fiddler Bram Aske, with guests. Also on the bill across the weekend: Jory Penwarden, the Dunlow Shanty Crew, Ansel & Hope and a late-night set from DJ Hollyhock in the barn. Early-bird weekend tickets £90 until the end of March."""),
    ],
    questions=[
        Q("who headlined the Saturday of the 2022 Brackenfold Folk Festival?", ["Ruairi Castellow"], ["bf_2022", "bf_2022review"],
          "Morwenna Tull headlined Saturday in 2019 and played an afternoon set in 2022; The Wicker Larks headline Saturday in 2023", "year"),
    ]))

# ---------------------------------------------------------------- 27
TOPICS.append(dict(
    id="calloway", kinds=["role held by different people over time"],
    passages=[
        ("cr_stub", """The University of Calloway Ridge is a public research university founded in 1961 on a former army camp above the town of Calloway. It has about 14,000 students in four faculties. The university is led by a vice-chancellor: Helmut Sarne served from 2005 to 2014, Adaeze Pollard from 2014 to 2022, and Rhodri Vance-Kemp since 2022. The campus is known for its brutalist library and its arboretum, planted by the first vice-chancellor."""),
        ("cr_2014", """Calloway Ridge appoints first woman vice-chancellor
Professor Adaeze Pollard, currently deputy principal at Pellworth University, will become vice-chancellor of the University of Calloway Ridge in October, succeeding Professor Helmut Sarne, who retires after nine years. Pollard, a marine chemist, said she wanted the university to be "the first choice for students from the valleys, not the last". The appointment was approved by the university council on Wednesday."""),
        ("cr_2022", """The University of Calloway Ridge has named Professor Rhodri Vance-Kemp as its next vice-chancellor. Vance-Kemp, a historian and currently provost, will take over from Adaeze Pollard when she steps down in September after eight years in the post. Under Pollard, student numbers grew by a quarter and the university opened its medical school. She is leaving to chair the regional health authority."""),
        ("cr_grad", """Graduation week at Calloway Ridge: honorary degrees this year go to the novelist Imelda Sarrow, the lifeboat coxswain Dai Trevarrow and the former vice-chancellor Helmut Sarne. Ceremonies take place in the Great Hall from Monday to Thursday, with overflow seating in the library courtyard. Guests are asked to arrive 45 minutes early. Gown hire closes this Friday. Parking on campus will be free for guests all week."""),
    ],
    questions=[
        Q("who was vice-chancellor of the University of Calloway Ridge in 2018?", ["Adaeze Pollard"], ["cr_stub"],
          "Helmut Sarne (2005-2014) and Rhodri Vance-Kemp (since 2022) held the role at other times", "role over time"),
    ]))

# ---------------------------------------------------------------- 28
TOPICS.append(dict(
    id="gorsebrook", kinds=["same show, different years"],
    passages=[
        ("gb_2022", """GORSEBROOK VILLAGE SHOW 2022 — PRIZE LIST (selected classes)
Victoria sponge: 1st Pauline Crabtree-Ives, 2nd Ruth Ollerenshaw, 3rd Amit Dasani
Heaviest marrow: 1st Stanley Pugsley (31.4 kg)
Three dahlias, one variety: 1st Gwen Aberdaron
Jar of chutney: 1st Moira Fenwick-Hale
Children's decorated wooden spoon (under 8): 1st Isla Pugsley
Best in show: Gwen Aberdaron's dahlias
Thank you to our judges and to the WI for the teas."""),
        ("gb_2023", """There was drama in the cake tent at the 2023 Gorsebrook Village Show on Saturday when the judges were unable to separate the top two Victoria sponges and had to call in a third taster. In the end Ruth Ollerenshaw took first prize, ending Pauline Crabtree-Ives's run of three wins in the class, with Crabtree-Ives second. The heaviest marrow weighed in at 28.9 kg, grown by Stanley Pugsley for the fifth year in a row. About 900 visitors came through the gate."""),
        ("gb_schedule", """Gorsebrook Village Show — schedule and entry rules
Entries must be delivered to the marquee between 7 am and 9.30 am on show day. Judging 10 am to 12 noon; the marquee reopens to the public at 12.30 pm. Prizes presented at 4 pm by the show president. All cakes to be made by the exhibitor. Victoria sponge: to be filled with raspberry jam only, no cream, top dusted with caster sugar. Entry 50p per class."""),
    ],
    questions=[
        Q("who won the Victoria sponge class at the 2023 Gorsebrook Village Show?", ["Ruth Ollerenshaw"], ["gb_2023"],
          "Pauline Crabtree-Ives won in 2022 (and came second in 2023)", "year+winner vs runner-up"),
    ]))

# ---------------------------------------------------------------- 29
TOPICS.append(dict(
    id="tallowmere", kinds=["same race, different years", "jockey vs trainer vs horse"],
    passages=[
        ("tg_2021", """Copper Almanac galloped clear up the hill to win the Tallowmere Gold Cup by four lengths on Saturday, giving trainer Desmond Pryor his first success in the race. Jockey Niamh Brathwaite, who had never ridden the horse before being called up that morning, sat motionless until the final fence. "I just had to stay out of his way," she said. The 2021 race was run on soft ground in front of a limited crowd."""),
        ("tg_2022", """TALLOWMERE GOLD CUP (3m 2f) — 2022 result
1st Sable Quarry (jockey Tadhg Morrow, trainer Ffion Ashwell) 9/2
2nd Copper Almanac (Niamh Brathwaite, Desmond Pryor) 2/1 fav
3rd Lantern Hill (Oisin Carbery, Hester Vaux) 12/1
Nine ran. Winning distance: a neck, 6 lengths. Going: good to soft.
Non-runners: Glenbrook Lad (lame), Marsh Warbler (going).
Stewards' inquiry: none. The winner was led in by the trainer's daughter, as is the stable's custom."""),
        ("tg_2023", """Sable Quarry made it back-to-back Tallowmere Gold Cups, but only just. Ridden again by Tadhg Morrow, the Ffion Ashwell-trained gelding held off the late charge of Harbourmaster's Daughter by a short head after a long stewards' inquiry into bumping on the run-in. Copper Almanac, the 2021 winner, was pulled up. Ashwell said the horse would now be aimed at the Marches National."""),
        ("tg_stub", """The Tallowmere Gold Cup is a steeplechase run over three miles and two furlongs at Tallowmere racecourse each March. Established in 1951, it is the most valuable race at the course, with prize money of £150,000. The course is famous for its uphill finish, which has seen many leaders caught in the final furlong. Horses aged five and over may run."""),
    ],
    questions=[
        Q("which jockey rode the winner of the 2021 Tallowmere Gold Cup?", ["Niamh Brathwaite"], ["tg_2021"],
          "trainer Desmond Pryor is named in the same passage; Tadhg Morrow rode the 2022 and 2023 winner", "year+role"),
        Q("which jockey won the 2019 Tallowmere Gold Cup?", [], [],
          "results exist for 2021-2023 and for several years before 2019, but not 2019 itself", "other year",
          absent=["2019 Tallowmere", "Tallowmere Gold Cup 2019", "Tallowmere Gold Cup in 2019"]),
    ]))

# ---------------------------------------------------------------- 30
TOPICS.append(dict(
    id="pyrewick", kinds=["software versions", "deprecation vs removal"],
    passages=[
        ("pw_10", """pyrewick 1.0.0 — release announcement
After three years of 0.x releases, pyrewick, the small library for reading and writing field-survey shapefiles in Python, has reached 1.0. The API is now considered stable and will follow semantic versioning. Supported Python versions: 3.6 to 3.10. Thanks to the 31 contributors who made this happen. Install with pip as usual. Bug reports go to the issue tracker, questions to the discussion board."""),
        ("pw_14", """pyrewick 1.4.0 changelog
- Added: read support for compressed survey archives
- Added: `Layer.bounds()` helper
- Deprecated: Python 3.7 support. A DeprecationWarning is now shown on import under 3.7; support will be removed in the next major release.
- Fixed: encoding errors with non-ASCII attribute names
- Fixed: memory leak when iterating very large layers
Upgrade is recommended for all users."""),
        ("pw_20", """pyrewick 2.0.0 changelog
Breaking changes:
- Dropped support for Python 3.7. The minimum supported version is now 3.8.
- `open_layer()` now returns a context manager.
- Removed the long-deprecated `legacy_crs` argument.
New:
- Type hints throughout the public API.
- Write support for compressed survey archives.
See the migration guide for help upgrading from 1.x. Thanks to everyone who tested the release candidates and reported problems."""),
        ("pw_issue", """Issue #412: ImportError after upgrading to 2.0 on old server
I upgraded pyrewick on our survey server and now nothing imports. We're stuck on Python 3.7 because of another package.
Maintainer reply: Sorry about that — 3.7 support was removed in 2.0 (it was deprecated with a warning since 1.4). Please pin to the 1.x series until you can upgrade Python. We'll add a clearer error message in 2.0.1. Closing as expected behaviour."""),
    ],
    questions=[
        Q("which version of pyrewick dropped support for Python 3.7?", ["2.0"], ["pw_20", "pw_issue"],
          "1.4.0 only deprecated 3.7 (warning); 1.0 supported 3.6-3.10", "deprecation vs removal"),
    ]))
