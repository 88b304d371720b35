"""Hand-written topic passages and questions for the probe10 blind eval set.

Every person, place, organisation, product and event here is invented.
Licence: Apache-2.0 (written for this project).

Each topic T(...) holds one question, its source passage(s) (empty for an
unanswerable question) and 2-5 look-alike passages.  A src/nm entry is either
(genre, text) or a string key of a passage defined in another topic
("t08.n2").  Inline passages get keys "<topic>.s<i>" and "<topic>.n<i>".

absent: rules for unanswerable questions.  Each rule is a list of tokens; no
single document may match all tokens of a rule.  Token syntax (case-insensitive):
  "word"      whole word / phrase (word boundaries on both sides)
  "stem*"     prefix match (left boundary only)
  "re:..."    raw regular expression
anchors: strings; every look-alike passage must contain at least one.
mentions: neutral sentences naming the topic entity, used in digests; they
must carry no answer content.
"""

TOPICS = []


def T(key, kind, question, answers, src, nm, nm_kind, anchors,
      absent=(), mentions=()):
    TOPICS.append(dict(key=key, kind=kind, question=question,
                       answers=list(answers), src=list(src), nm=list(nm),
                       nm_kind=nm_kind, anchors=list(anchors),
                       absent=[list(r) for r in absent],
                       mentions=list(mentions)))


# ---------------------------------------------------------------- t01
T("t01", "who",
  "Which engineer came up with the design for the walkers' bridge spanning the Ellery at Castlemoor?",
  ["Ines Vaardal", "Vaardal"],
  [("news", """CASTLEMOOR — Walkers finally crossed the River Ellery on foot at Mill Lane on Saturday, when the town's new footbridge opened after eleven months of work. The 48-metre timber and weathering-steel span was drawn up by Ines Vaardal, a structural engineer whose small practice is based in Dunmere. Councillor Rob Athey told the crowd the project had come in under budget. Vaardal, who grew up two streets from the river, said she had wanted "a bridge you barely notice until you are standing on it".""")],
  [("news", """DUNMERE — Piling has begun for a replacement footbridge across the River Ellery at Dunmere quay. The scheme was designed by Piet Oosterhuis of the Oosterhuis Partnership, whose single-mast, cable-stayed layout beat four rival entries. The old crossing, shut since cracks were found in its deck last winter, will be lifted out by crane in sections. The council expects walkers and cyclists to be using the new bridge by late summer."""),
   ("council", """CASTLEMOOR BOROUGH COUNCIL — PUBLIC NOTICE
Temporary closure: Ellery Road Bridge (B6120)
The road bridge carrying Ellery Road over the river will be closed to vehicles from 07:00 on 2 June for up to three weeks while bearing replacement works are carried out by Halvard Civil Ltd on behalf of the council. Pedestrians will be escorted across at set times. Signed diversion via Kings Ford. Enquiries: highways team, Castlemoor Town Hall.""")],
  "other place (same river, other town) / other bridge in same town",
  ["Ellery"],
  mentions=["Castlemoor's Mill Lane footbridge has been busy with dog walkers every morning this week.",
            "Anglers on the Ellery near Castlemoor report the best trout numbers in years."])

# ---------------------------------------------------------------- t02
T("t02", "who",
  "Who has taken charge as head coach of Kessleby Rovers' women's team?",
  [], [],
  [("news", """Kessleby Rovers have confirmed Aleksander Brodin as the new head coach of their men's first team following the departure of Ged Fairley. Brodin, 41, arrives from Holm Town, where he won two promotions in four seasons. "This is a club with real ambition and a loyal crowd," he said at Tuesday's unveiling at the Quarry Lane ground. His assistant is expected to be named later in the week, and pre-season training starts on Monday."""),
   ("news", """Kessleby Athletic Women have named former club captain Carys Penhale as their new manager ahead of the regional league campaign. Penhale, who made more than 150 appearances in midfield for the side, takes over from Lotte Veerman, who has moved into a coaching role with the national under-19s. Penhale said she wanted to "bring the fun back" after a season spent fighting relegation."""),
   ("forum", """Re: Rovers women's side – new coach?
Posted by quarrylane_mick
Not yet mate. Club statement just says an announcement will come "in due course". Rumour on the supporters' group is they've spoken to somebody from the Athletic set-up but I wouldn't put money on it. Either way they need someone in before the league starts or we'll be fielding the under-18s again.""")],
  "other category (men's team) / similar-named club / rumour",
  ["Kessleby", "Rovers"],
  absent=[["kessleby rovers", "women*", "coach*"], ["kessleby rovers", "women*", "manager"],
          ["kessleby rovers", "women*", "appoint*"], ["kessleby rovers", "women*", "in charge"]],
  mentions=["Kessleby Rovers have released their home kit for the new campaign, a return to plain amber.",
            "Season tickets for Kessleby Rovers go on sale at the Quarry Lane club shop on Friday."])

# ---------------------------------------------------------------- t03
T("t03", "what",
  "What name has the Varnholt chess club given to the new prize for its young players?",
  ["Brannock Cup", "The Brannock Cup", "Brannock"],
  [("newsletter", """VARNHOLT CHESS CLUB — Autumn Newsletter
Junior news: thanks to a generous gift from the Brannock family, our under-16 members will from now on compete each spring for the Brannock Cup, named in memory of founding member Edda Brannock, who taught half the club to play. It will go to the junior with the best score across the rapid evenings.
Seniors: the ladder resumes on Thursday. The bar rota is on the noticeboard, and subs are due by the end of the month.""")],
  [("news", """Varnholt Chess Club's championship for adult members will in future be contested for the Lindqvist Shield, after former club president Arvid Lindqvist donated a silver shield he won at a county congress decades ago. The club, which meets at the Corn Exchange, says the championship is open to all members aged 18 and over and will be played over seven rounds between January and March."""),
   ("news", """Varnholt Bridge Club has introduced a new award for its youngest players. The Osk Salver, donated by retired teacher Marit Osk, will be presented each summer to the junior pair with the highest percentage across the season's Tuesday duplicates. Club secretary Leon Havel said junior numbers had doubled since lessons began at the town library.""")],
  "other category (adult trophy) / sister club (bridge, not chess)",
  ["Varnholt"],
  mentions=["Varnholt Chess Club meets on Thursday evenings at the Corn Exchange and welcomes beginners.",
            "A simultaneous display at Varnholt Chess Club drew a record crowd of onlookers."])

# ---------------------------------------------------------------- t04
T("t04", "when",
  "On what day did ferries start using the Port Aurel terminal again after the storm?",
  [], [],
  [("news", """PORT AUREL — The storm-damaged ferry terminal at Port Aurel is expected to reopen to passengers in the spring, harbour officials said on Monday, though they warned that the timetable depends on a structural survey of the linkspan. Until then, sailings to the islands continue from the temporary pontoon at Gull Wharf, where foot passengers are asked to arrive 30 minutes before departure."""),
   ("news", """Port Aurel marina reopened on 3 May after repairs to the pontoons wrecked in the February gales. Berth-holders began returning their boats over the weekend, and the fuel dock and chandlery are open again. The harbour board thanked owners for their patience and said a new wave screen would be fitted before next winter."""),
   ("forum", """Ferry from Port Aurel — which pier?
Q: Travelling to the islands next week, do I still go to the big building by the harbour?
A: No, the main terminal's still fenced off. Boats leave from the temporary pontoon at Gull Wharf, about ten minutes' walk along the front. There's a portacabin selling tickets and a few benches, bring a coat.""")],
  "plan vs fact / other facility (marina) in same port",
  ["Port Aurel"],
  absent=[["port aurel", "ferry terminal", "reopened"], ["port aurel", "ferry terminal", "back in service"],
          ["port aurel", "ferry terminal", "resumed"], ["port aurel", "terminal", "reopened on"],
          ["port aurel", "terminal", "back in use"]],
  mentions=["Port Aurel's seafront is hosting a kite-flying afternoon for families on Sunday.",
            "Harbour officials at Port Aurel are asking for volunteers to help clear storm debris from the beach."])

# ---------------------------------------------------------------- t05
T("t05", "how many",
  "How many people can be seated in the principal hall at Lindqvarn's Teodora Hall?",
  ["1,240", "1240", "1,240 seats"],
  [("encyclopedia", """Teodora Hall is a concert venue in Lindqvarn, named after the soprano Teodora Vasquez-Lind. Designed by the practice Aaltomaa & Reyes, it replaced the ageing Lindqvarn Civic Hall as home of the Lindqvarn Philharmonic. The main auditorium, laid out in a vineyard arrangement around the stage, seats 1,240 people. A smaller studio room holding up to 180 is used for chamber music, rehearsals and school workshops.""")],
  [("news", """Demolition crews moved into the old Lindqvarn Civic Hall this week. The brick hall, whose 900 seats were famously uncomfortable, hosted everything from wrestling bouts to the Philharmonic's concerts for more than half a century. A few fittings, including the brass stage clock, have been saved for the city museum. The site will become housing."""),
   ("listing", """Teodora Hall, Sarnow — community venue for hire
Capacity 650 seated / 800 standing. Sprung floor, licensed bar, commercial kitchen, hearing loop. Ideal for weddings, dances, markets and theatre. Weekday and weekend rates available; charity discounts on request. Call the bookings office or call in, Tue–Sat 10–4.""")],
  "predecessor venue / same-named venue in another town",
  ["Teodora Hall", "Civic Hall"],
  mentions=["Lindqvarn's new concert hall is holding a free open day for families this weekend.",
            "The Lindqvarn Philharmonic has announced a season of late-night concerts at Teodora Hall."])

# ---------------------------------------------------------------- t06
T("t06", "how much",
  "What was the price tag for extending the library in Ostervik?",
  [], [],
  [("news", """OSTERVIK — The extension to Ostervik sports hall has cost €3.1 million, almost half a million more than planned, the municipality's audit committee heard on Wednesday. Officials blamed steel prices and a redesign of the roof after the original contractor went bust. The new wing houses a climbing wall and two squash courts."""),
   ("news", """Ostbruck's library extension opened its doors on Saturday with a reading by local author Siv Malmgren. The €2.4 million project adds a glass-walled study room, a children's corner and a small café on the ground floor. Head librarian Jonas Ek said lending had already risen in the weeks the temporary building was in use."""),
   ("blog", """Spent a wet afternoon in Ostervik library's new wing — lovely light, far more study desks than before, and a proper children's corner with beanbags. The old reference room is now a quiet zone. The café isn't open yet but the staff said "soon". If you haven't been since the builders left, it's worth a look.""")],
  "other facility in same town / similar-named town / same building, other attribute",
  ["Ostervik", "Ostbruck"],
  absent=[["ostervik", "library", "cost*"], ["ostervik", "library", "€"], ["ostervik", "library", "million"],
          ["ostervik", "library", "price*"], ["ostervik", "library", "budget*"]],
  mentions=["Ostervik's library now stays open until eight on Thursdays.",
            "A book swap will be held in Ostervik's main square on Saturday morning."])

# ---------------------------------------------------------------- t07
T("t07", "which",
  "Which company ended up owning the Helmfors bakery chain?",
  ["Drummond & Vey", "Drummond and Vey"],
  [("press", """PRESS RELEASE — Drummond & Vey completes acquisition of Helmfors Bakeries
The food group Drummond & Vey today confirmed that it has completed the purchase of Helmfors Bakeries, the family-run chain of 38 shops across the northern provinces. Helmfors will keep its name, recipes and head office in Kessleby. "Helmfors has a loyalty most brands can only dream of," said chief executive Oriane Vey. Financial terms were not disclosed.
Media contact: press office, Drummond & Vey.""")],
  [("forum", """Heard from a mate who drives for them that Bergkamp Foods were sniffing round Helmfors a while back. Anyone know if that went anywhere? Their rye loaf is the only reason I get out of bed on a Saturday and I'd hate to see it turned into supermarket sliced.
Reply · Quote"""),
   ("news", """Helmfors Dairy, the cheesemaker, has been sold to the Nordlake Cooperative for an undisclosed sum. The firm, which has no connection with the bakery chain of the same name, employs 60 people and is best known for its smoked curd. The cooperative said the creamery would keep operating from its site outside Velsby.""")],
  "rumoured bidder vs completed deal / similar-named company",
  ["Helmfors"],
  mentions=["Helmfors Bakeries has added a seeded rye and a cardamom bun to its winter range.",
            "Queues formed outside the Helmfors bakery on Kessleby high street for its anniversary cinnamon rolls."])

# ---------------------------------------------------------------- t08
T("t08", "who",
  "Which writer was honoured with the Ashgrove Prize in the category for a novelist's debut?",
  [], [],
  [("news", """The shortlist for this year's Ashgrove Prize for debut fiction has been announced, with five first-time novelists in contention: Tobiah Rennard for 'The Weir', Saskia Obuya for 'Paper Lanterns', Emre Kastell for 'North of Nothing', Agathe Moreau-Lind for 'The Glass Aviary' and Ruairi Pell for 'Low Water'. The recipient will be named at a ceremony in Ashgrove Town Hall in November. Chair of judges Hal Penrose called it "a list full of nerve\"."""),
   ("news", """The Ashgrove Prize for poetry has gone to Mireille Okonjo for 'Salt Hours', a sequence of poems about her grandmother's fishing village. Judges called the book "tender and ferocious at once". Okonjo receives £5,000 and a commissioned piece of glassware by a local maker. The award is one of several categories run by the Ashgrove literary festival.""")],
  "shortlist only (no result) / other category (poetry)",
  ["Ashgrove Prize"],
  absent=[["ashgrove prize", "debut", "won"], ["ashgrove prize", "debut", "winner*"],
          ["ashgrove prize", "debut", "awarded"], ["ashgrove prize", "debut", "goes to"],
          ["ashgrove prize", "debut", "gone to"], ["ashgrove prize", "debut", "wins"],
          ["ashgrove prize", "debut", "takes"]],
  mentions=["The Ashgrove literary festival has published its programme of readings and workshops.",
            "Tickets for the Ashgrove Prize evening are available from the festival box office."])

# ---------------------------------------------------------------- t09
T("t09", "where",
  "What was the birthplace of the sculptor Aurelio Manzetti?",
  ["Castelbrun"],
  [("obituary", """Aurelio Manzetti, sculptor, has died aged 87. Best known for the bronze 'Wading Figures' on the Velsby waterfront, he was born in Castelbrun, a hill town where his father cut marble for church altars, and left at sixteen to apprentice in a foundry. He spent most of his working life in Trasimo, where his studio on Via Lanterna became a gathering place for younger artists. He is survived by his wife, the weaver Chiara Bellosi, and two daughters.""")],
  [("encyclopedia", """Aurelio Manzetti (born in Vellora) is a professional footballer who plays as a left-back for Orsk Dynamo. A product of the Vellora youth academy, he made his senior debut at seventeen and moved to Orsk after a loan spell at Tremarin. He is known for his crossing and long throw-ins, and has been capped at under-21 level."""),
   ("listing", """Manzetti: Late Works — Galleria Sestante, Trasimo
An exhibition of bronzes, plasters and drawings made in the artist's Trasimo studio over his final two decades, including studies for 'Wading Figures'. Open Wednesday to Sunday, 11:00–19:00. Free entry. Guided tours on Saturdays at 15:00 (booking advised).""")],
  "another person with the same name / place he worked rather than was born",
  ["Manzetti"],
  mentions=["A guided walk around Velsby's public sculptures starts at the 'Wading Figures' bronze on the waterfront."])

# ---------------------------------------------------------------- t10
T("t10", "where",
  "Where has the Norrfjall mountain rescue team set up its new headquarters?",
  [], [],
  [("news", """NORRFJALL — The volunteer mountain rescue team has shortlisted three possible sites for a new base: the old creamery at Eldby, a plot beside the Skarvik road and land behind the fire station. Team leader Hakon Dreyer said the current garage "can't take another vehicle, let alone a drying room". A decision is expected once a lottery grant is secured."""),
   ("news", """Norrfjall Cave Rescue has moved into its new base at Eldby after five years of fundraising. The converted barn holds the team's pumps, hauling gear and a training wall, and has space for the communications van. Volunteers marked the occasion with an open evening and a demonstration of a stretcher lowering."""),
   ("newsletter", """Norrfjall mountain rescue — supporters' update
Callouts this quarter: 23, including two night searches on the Skarvik ridge. Thank you to everyone who did the sponsored fell walk, which raised enough for a new stretcher. Our fundraising for a bigger building continues; if you know of a suitable site, please get in touch with the committee.""")],
  "plan / shortlist vs decision; sister organisation (cave rescue)",
  ["Norrfjall"],
  absent=[["norrfjall", "mountain rescue", "moved into"], ["norrfjall", "mountain rescue", "opened its"],
          ["norrfjall", "mountain rescue", "new base opened"],
          ["norrfjall", "mountain rescue", "built"], ["norrfjall", "mountain rescue", "completed"],
          ["norrfjall", "mountain rescue", "new home"]],
  mentions=["Norrfjall's mountain rescue volunteers will be collecting at the Eldby show.",
            "Walkers heading onto the Norrfjall hills this weekend are warned of low cloud."])

# ---------------------------------------------------------------- t11
T("t11", "when",
  "When did Velsby's covered market on Brisco Street start doing business?",
  ["14 March 1987", "March 1987", "1987"],
  [("encyclopedia", """Brisco Street Market is a covered market in central Velsby. Built on the site of a demolished tram depot, the iron-and-glass hall began trading on 14 March 1987 with 64 stalls. A later refurbishment added a mezzanine food court and replaced the roof glazing. The market is owned by Velsby City Council and leased to a traders' cooperative, which runs a night market on the last Friday of each month.""")],
  [("news", """Brisco Street Market reopened on 2 April 2019 after a two-year refurbishment, with 20 new food stalls on a mezzanine level and brighter glazing overhead. Traders who had spent the works in a temporary tent on the car park said footfall on the first day was "like Christmas". The council says rents will be frozen for a year."""),
   ("listing", """Brisco Road Farmers' Market, Ashgrove
Every Saturday, 8am–1pm, Brisco Road car park. Running since 5 June 2004. Local veg, meat, cheese, bread and plants; hot food from 10am. Dogs welcome on leads. New traders: application form on our website or ask at the info gazebo.""")],
  "reopening after refurbishment vs original opening / similar-named market in other town",
  ["Brisco"],
  mentions=["Brisco Street Market in Velsby is running a late-night food evening with live music."])

# ---------------------------------------------------------------- t12
T("t12", "how many",
  "Roughly how many staff does the glassworks in Sarnow employ?",
  ["340", "about 340"],
  [("news", """SARNOW — The town's glassworks, which makes bottles for breweries across the region, is to invest in a new gas-electric hybrid furnace, its owners said on Thursday. The plant, Sarnow's largest private employer, has about 340 people on its payroll, down from a peak of more than 1,100 in the 1970s. Managing director Ruth Kaminski said the furnace would cut emissions by a third.""")],
  [("news", """Sarnow Brewery is taking on six apprentices this autumn, bringing its headcount to 120. The family firm, which buys its bottles from down the road, said it had struggled to recruit engineers and would now train its own. Applicants need to be over 17; no experience is required."""),
   ("forum", """Re: apprenticeships at Holm glassworks?
My lad did one there. It's a small outfit, employs 85 or so, mostly making lampshades and art glass for the trade. Good people, early starts, and they do put you through college one day a week. Worth a phone call rather than the online form, which never seems to work.""")],
  "other employer in same town / other glassworks in other town",
  ["Sarnow", "glassworks"],
  mentions=["Sarnow's glassworks will open its furnace hall to the public for a heritage weekend.",
            "A new cycle path now links Sarnow station with the industrial estate."])

# ---------------------------------------------------------------- t13
T("t13", "who",
  "Who directed the screen version of 'The Salt Orchard'?",
  ["Kenji Moravec", "Moravec"],
  [("review", """Review: The Salt Orchard (12A, 118 min)
Liesl Amberg's novel about three sisters keeping a failing apple farm alive on a windswept coast was always going to be hard to film, and Kenji Moravec's adaptation wisely cuts most of the flashbacks. What is left is quieter and stranger: long takes of fog on the trees, a kitchen table that becomes a battlefield. Saoirse Lamb, as the middle sister, is the reason to go.
★★★★☆""")],
  [("listing", """The Salt Orchard — Corn Theatre, Velsby
A new stage adaptation of Liesl Amberg's much-loved novel, directed by Odile Fanchon and performed by the Corn Theatre company. Running time approx. 2 hrs 20 mins including interval. Contains strong language. Evenings 7.30pm, matinees Thursday and Saturday 2.30pm. Captioned performance on the closing Saturday."""),
   ("encyclopedia", """The Salt Orchard is a novel by Liesl Amberg. Set on an apple farm on an exposed stretch of coast, it follows three sisters over a single year after their father's death. The book won the Tremarin Book Award and has been translated into 23 languages. It has been adapted for the stage and for cinema, and an audio version is read by the author.""")],
  "other category (stage play / novel of same title)",
  ["Salt Orchard"],
  mentions=["Book groups across the region have been reading 'The Salt Orchard' this month."])

# ---------------------------------------------------------------- t14
T("t14", "what",
  "What top speed does the Veltra Aero electric scooter reach?",
  [], [],
  [("product", """Veltra Aero City E-Bike
Lightweight aluminium frame · 250 W hub motor · pedal assistance up to 25 km/h · removable 504 Wh battery (up to 90 km range) · hydraulic disc brakes · integrated lights and rack.
Available in Moss, Slate and Sand. Free delivery and assembly. Two-year warranty on frame and electrics."""),
   ("review", """Veltro Aero scooter review: solid, but heavy
Veltro's Aero scooter tops out at 30 km/h and managed about 38 km of mixed riding on our test loop before cutting out. At 19 kg it is a workout to carry up stairs, and the folding latch needs two hands. Not to be confused with the bicycles sold by Veltra, which share neither parts nor design. Verdict: 3/5."""),
   ("news", """Bicycle maker Veltra has hinted that it will add a stand-up scooter to its Aero line, showing a silhouette at a trade fair in Ostmark. The company declined to give specifications or a price, saying only that more details would follow "when it's ready". Veltra Aero bikes are currently sold in 14 countries.""")],
  "other product category (e-bike) / similar-named brand / teaser without specs",
  ["Aero"],
  absent=[["veltra aero", "scooter*", "km/h"], ["veltra aero", "scooter*", "mph"],
          ["veltra aero", "scooter*", "top speed"], ["veltra aero", "scooter*", "maximum speed"],
          ["veltra aero", "scooter*", "tops out"]],
  mentions=["Veltra is running free bike-maintenance sessions at its Ostmark showroom."])

# ---------------------------------------------------------------- t15
T("t15", "which",
  "Which side did the Harwick Hornets overcome in the county cup final?",
  ["Oldbury Vale"],
  [("results", """COUNTY CUP FINAL (at Brannerton Park)
Harwick Hornets 3 Oldbury Vale 1
Hornets: Achebe 12, 67; Lindgren 80. Vale: Moss 55 (pen).
Booked: Carrow (Vale), Achebe (Hornets). Att: 1,874.
Harwick lift the trophy for the first time in a decade; man of the match Tunde Achebe.""")],
  [("results", """COUNTY CUP SEMI-FINAL
Harwick Hornets 2 Pensby Rangers 0
Hornets: Lindgren 34, Okafor 88.
Pensby had a goal ruled out for offside just before half-time. Hornets go through to meet the winners of Saturday's other semi at Brannerton Park. Goalkeeper Sam Iversen kept a clean sheet in front of a crowd of 900."""),
   ("news", """Harwick Hornets Women were edged out 2-1 by Crossley Town in the women's county cup final on Sunday, conceding a stoppage-time winner after Abbie Lorne's header had cancelled out Crossley's opener. Manager Sunniva Dale said she was proud of a young squad that had reached its maiden final.""")],
  "other round (semi-final) / other category (women's team)",
  ["Harwick Hornets"],
  mentions=["Harwick Hornets' open training session for young players is on Sunday morning."])

# ---------------------------------------------------------------- t16
T("t16", "when",
  "In what year did the Amberly Gate lighthouse stop needing resident keepers?",
  [], [],
  [("encyclopedia", """Amberly Head Lighthouse stands on the southern tip of the Amberly peninsula. The 31-metre tower was lit in 1871. The light was automated in 1989 and its last keepers left the station that autumn; the cottages are now holiday lets. The lantern is visible for 22 nautical miles and flashes white twice every ten seconds."""),
   ("blog", """A walk out to Amberly Gate lighthouse
Low tide is the only time you can reach it dry-footed, so we set off at seven. Built in 1864 from granite shipped round from Tremarin, the squat tower still has its original lens, which you can glimpse through the lantern glass. The keepers' cottages have lost their roofs. Bring boots: the causeway is slippery with weed. Share this post""")],
  "similar-named lighthouse / other event (construction)",
  ["Amberly"],
  absent=[["amberly gate", "automat*"], ["amberly gate", "keepers left"], ["amberly gate", "unmanned"],
          ["amberly gate", "keepers were withdrawn"], ["amberly gate", "de-manned"]],
  mentions=["The coast path between Amberly Gate and the harbour has reopened after a landslip."])

# ---------------------------------------------------------------- t17
T("t17", "what",
  "What was the name of the dog judged best overall at the Tollerby county fair?",
  ["Biscotti"],
  [("news", """TOLLERBY — A curly-coated lagotto called Biscotti took best in show at the Tollerby County Fair on Sunday, beating 212 other entries. Owner Fenna Douwes, from Marrowgate, said the six-year-old "only behaves when there's cheese in my pocket". Reserve best in show went to Pepperjack, a wire-haired dachshund from Holm. The fair's dog ring raised £1,400 for the local animal shelter.""")],
  [("news", """Mistral, a blue Persian belonging to Tollerby pensioner Alma Reyes, was named best in show at the Tollerby cat show in the village hall. More than 90 cats were entered across 14 classes. Judge Pieter Kamp said Mistral's coat was "the best I have handled this year"."""),
   ("results", """TOLLERBY COUNTY FAIR — LIVESTOCK RESULTS
Cattle, supreme champion: Morag, Highland heifer (Glen Ardle Farm).
Sheep, champion: Texel ram (B. & J. Hollis). Pigs, champion: Gloucester Old Spot gilt (Wren Cottage).
Young handlers: Isla Penn. Full class results are posted in the secretary's tent.""")],
  "runner-up in same ring / other animal show / other category (livestock)",
  ["Tollerby"],
  mentions=["Car parking at the Tollerby County Fair will be in the lower field this year."])

# ---------------------------------------------------------------- t18
T("t18", "how many",
  "How many young people are on the roll at Greyloch Academy?",
  [], [],
  [("news", """Greyloch Primary has been rated good in every area by inspectors, who praised its reading programme and "calm, purposeful" classrooms. The village school, which has 210 pupils aged four to eleven, was told to give its governors more training on finance. Parents gathered at the gate on Friday to congratulate staff."""),
   ("news", """Greyloch Academy, led by principal Helena Voss, employs 64 teachers and has become the first school in the district to offer astronomy as an examined subject. Inspectors who visited last month singled out its music department and its links with local employers. The academy is now planning a new sports hall on its east field.""")],
  "similar-named school / other figure (staff count)",
  ["Greyloch"],
  absent=[["greyloch academy", "pupils"], ["greyloch academy", "students"], ["greyloch academy", "enrol*"],
          ["greyloch academy", "on roll"], ["greyloch academy", "learners"], ["greyloch academy", "children"]],
  mentions=["Greyloch Academy's brass band is playing at the town Christmas lights switch-on."])

# ---------------------------------------------------------------- t19
T("t19", "who",
  "Who succeeded Dagny Solberg as head of the Fennick Harbour Trust?",
  ["Marcus Oyelaran", "Oyelaran"],
  [("news", """FENNICK — Marcus Oyelaran, a former ship's pilot, has been elected chair of the Fennick Harbour Trust, replacing Dagny Solberg, who stepped down after nine years. Oyelaran said his priority would be dredging the inner basin so that larger fishing boats could land at low tide. He also promised to reopen talks on a marina at the old coal quay, which Solberg had shelved.""")],
  [("news", """Dagny Solberg has been named chair of the Fennick Harbour Trust in succession to Hugo Brandt, who is retiring after a long spell in the role. Solberg, a marine biologist, has sat on the board for four years. She said she would focus on the harbour's finances and on repairs to the north breakwater."""),
   ("newsletter", """FENNICK ROWING TRUST — News
Priya Castellane has taken over as chair of the trust from Anders Solberg. Priya, who first rowed with us as a teenager, has been treasurer since the boathouse appeal. The trust was founded in 1972 to keep the old gig boats on the water, and our Saturday taster sessions continue all summer.""")],
  "predecessor (earlier succession) / similar-named organisation with same-surname chair",
  ["Fennick", "Solberg"],
  mentions=["The Fennick Harbour Trust has published tide-gate maintenance times for the coming month."])

# ---------------------------------------------------------------- t20
T("t20", "how much",
  "What does it cost per year to join the Tarrow allotment society?",
  ["£35", "35"],
  [("newsletter", """TARROW & DISTRICT ALLOTMENT SOCIETY — Spring Bulletin
Subscriptions: annual membership of the society remains £35 (£20 for over-65s), payable to Gwen at the trading hut on Sunday mornings. Plot rents are set by the parish council and are now £48 a year for a full plot. Seed potato orders close on the 20th. Please keep the central path clear of barrows.""")],
  [("listing", """Tarrow Bowls Club — new members welcome
Flat green, floodlit, friendly. Annual membership £60, juniors £10; first month free for beginners, woods available to borrow. Roll-ups Tuesday and Thursday evenings and Saturday afternoons. Club house with bar. Come along in flat-soled shoes."""),
   ("council", """TARROW PARISH COUNCIL — Allotment rents
At its meeting on 9 January the council agreed the following annual rents: full plot £48, half plot £26, raised bed (accessible site) £15. Water charges are included. Tenants will receive invoices in March. Requests to join the waiting list should be made to the clerk.""")],
  "other organisation in same town / other fee (plot rent) in same setting",
  ["Tarrow"],
  mentions=["Tarrow allotments will hold their open day and produce show in late August."])

# ---------------------------------------------------------------- t21
T("t21", "who",
  "Who started the Mirelle cosmetics company?",
  [], [],
  [("encyclopedia", """Mirelle Home is a homeware company based in Velsby. It was founded by Astrid Kohl, a former set designer, who began by pouring scented candles in her kitchen and selling them at the Brisco Street night market. The firm now sells candles, linen and tableware through 40 stockists and its own shop on the harbour front."""),
   ("news", """Mirelle, the skincare and cosmetics label, has appointed Nadia Ferreira as chief executive. Ferreira joins from the fragrance house Calloway & Finch, where she ran the retail business. Mirelle, which is sold in pharmacies and department stores, said it wanted her to lead an expansion into lipsticks and tinted balms."""),
   ("qa", """Q: Is Mirelle makeup cruelty-free?
A: According to the brand's own FAQ, none of its cosmetics are tested on animals and the vegan range is labelled with a green leaf. Ingredients lists are on every product page. If you want certainty, look for the independent leaping-bunny logo, which a few of their lines now carry.""")],
  "similar-named company (homeware) / other role (chief executive)",
  ["Mirelle"],
  absent=[["mirelle", "cosmetic*", "founded"], ["mirelle", "cosmetic*", "founder*"],
          ["mirelle", "cosmetic*", "set up"], ["mirelle", "cosmetic*", "started by"],
          ["mirelle", "cosmetic*", "created by"], ["mirelle", "cosmetic*", "launched by"],
          ["mirelle", "makeup", "founded"], ["mirelle", "makeup", "founder*"]],
  mentions=["Mirelle is holding a pop-up beauty counter in the Velsby arcade this week."])

# ---------------------------------------------------------------- t22
T("t22", "where",
  "In which church did the Bremsholm Chamber Choir make its Christmas recording?",
  ["St Aldric's Church", "St Aldric's"],
  [("review", """Bremsholm Chamber Choir — 'Midwinter Carols' (Corvid Records)
Recorded over three cold nights in St Aldric's Church, Fennick, this collection of seasonal pieces has a glow that no studio could give it. Conductor Maja Lundqvist keeps the textures clean, and the choir's basses are superb in the old Wexholt carol. The booklet notes are thin, but at this price that hardly matters.""")],
  [("news", """The Bremsholm Chamber Choir has released 'Passiontide', an album of music for Holy Week recorded at Oxley Abbey last spring. Proceeds from the CD will go towards repairing the abbey's organ. The choir is giving a launch concert in Bremsholm cathedral next Saturday."""),
   ("blog", """Proud choir-parent moment: the Bremsholm Youth Choir has made its own Christmas CD! Forty-two kids, one very patient conductor, and two long evenings in St Wenna's Church, where the acoustic made even the recorders sound angelic. Copies are £10 from the school office and all money goes to the choir's tour fund.""")],
  "other album (Easter) / sister choir (youth choir)",
  ["Bremsholm"],
  mentions=["The Bremsholm Chamber Choir is auditioning for tenors and basses."])

# ---------------------------------------------------------------- t23
T("t23", "when",
  "On which date will runners line up for the Elvenbrook half marathon?",
  ["21 September", "Sunday 21 September"],
  [("listing", """Elvenbrook Half Marathon — Sunday 21 September
9:30am start, Market Square. Entry £28 (club-affiliated £26). Chip timing, medal and technical T-shirt for all finishers. Route: two laps of the river path and a climb past the old mill. Entries close on 7 September or when all 1,500 places are filled. Baggage drop at the leisure centre.""")],
  [("listing", """Elvenbrook 10K — Sunday 6 July
A flat, fast single lap around the reservoir, starting 9am at the sailing club. Entry £16, juniors 15–17 £10. Water station at halfway; medals and flapjack at the finish. Pacers for 40, 45, 50 and 55 minutes. Limited parking, please car share or use the shuttle bus from town."""),
   ("listing", """Elverbrook Half Marathon — Saturday 13 September
Scenic point-to-point route from Elverbrook village green to the coast. Entry £30. Coaches return runners to the start. Minimum age 17. Trail shoes recommended for the final four miles, which follow the old railway line.""")],
  "other race in same town / similar-named town",
  ["Elvenbrook", "Elverbrook"],
  mentions=["The Elvenbrook half marathon is looking for volunteer marshals and water-station helpers."])

# ---------------------------------------------------------------- t24
T("t24", "which",
  "Which manufacturer is behind the Orrin smart thermostat?",
  [], [],
  [("review", """Orrin smart thermostat review
The Orrin is a small white puck that sticks to the wall and talks to your boiler over the house wi-fi. Instead of asking you to set a schedule, it uses a tiny radar sensor to tell when the house is empty and drops the temperature. After a month it had learned our routine almost perfectly. It costs €179 through Haverly's stores, and the app is clear and quick.
Rating: 4/5"""),
   ("product", """Orrin Smart Lock by Lunden Systems
Keyless entry with fingerprint, PIN or phone. Fits most euro-profile cylinders without drilling; installs in 15 minutes. Auto-locks when you leave, sends alerts when the door opens, and the battery lasts about a year. Colour: brushed steel or matt black. €229.""")],
  "retailer instead of maker / same-named product from another company",
  ["Orrin"],
  absent=[["orrin", "thermostat*", "made by"], ["orrin", "thermostat*", "manufactur*"],
          ["orrin", "thermostat*", "maker"], ["orrin", "thermostat*", "developed by"],
          ["orrin", "thermostat*", "produced by"], ["orrin", "thermostat*", "lunden"],
          ["orrin", "thermostat*", "designed by"]],
  mentions=["Haverly's stores are offering free fitting on smart-home gadgets this month."])

# ---------------------------------------------------------------- t25
T("t25", "how many",
  "How many times did Tomasz Wierzba find the net for Pellham United last season?",
  ["17"],
  [("news", """Pellham United striker Tomasz Wierzba has been named the club's player of the season after scoring 17 league goals, the most by a Pellham player in a single campaign for twenty years. The 24-year-old, signed from Kessleby Rovers two summers ago, also provided six assists. He collected the award at Saturday's supporters' dinner and is expected to sign a new contract.""")],
  [("news", """Ice hockey: Tomasz Wierzba led the northern league in scoring as the Pellham Pumas reached the play-off semi-finals. The 29-year-old winger, no relation to the footballer of the same name, finished with 22 goals and 31 assists and was voted the league's most valuable player by the coaches."""),
   ("results", """PELLHAM UNITED WOMEN — season statistics
League goals: Ama Boateng 24, Freya Lund 9, Chloe Marr 7, Ines Roca 5, others 11.
Clean sheets: Harriet Vogel 10. Appearances (all competitions): Lund 30, Boateng 29.
Player of the year: Ama Boateng. Young player: Ines Roca.""")],
  "same-named person in another sport / other team at same club",
  ["Wierzba", "Pellham"],
  mentions=["Pellham United's training ground is hosting a blood-donor session on Wednesday."])

# ---------------------------------------------------------------- t26
T("t26", "how much",
  "What price did Ilse Marrow's painting 'Harbour at Dusk' achieve at auction?",
  [], [],
  [("news", """'Harbour at Dusk', one of the best-known paintings by the coastal artist Ilse Marrow, will go under the hammer at Calloway's in Velsby next Thursday with an estimate of £40,000–£60,000. The oil, which shows the fishing fleet returning to Port Aurel, has belonged to the same family since the artist gave it to them as a wedding present."""),
   ("news", """A record for Ilse Marrow: her oil 'Harbour at Dawn' sold for £71,000 at an auction in Ostmark on Tuesday, far above its estimate. The buyer, bidding by phone, was not named. Auctioneers said interest in Marrow's work had risen sharply since a retrospective at the Tremarin gallery."""),
   ("blog", """Went to the Calloway's preview day to see Ilse Marrow's 'Harbour at Dusk' up close before the sale. Photos don't do the sky justice — it's nearly all orange and violet, with the boats just dark commas. The room was packed with dealers pretending not to be interested. Fingers crossed it ends up somewhere public.""")],
  "pre-sale estimate vs result / similarly titled painting by same artist",
  ["Harbour at Dusk", "Marrow"],
  absent=[["harbour at dusk", "sold"], ["harbour at dusk", "fetched"], ["harbour at dusk", "hammer price"],
          ["harbour at dusk", "realised"], ["harbour at dusk", "went for"], ["harbour at dusk", "bought"],
          ["harbour at dusk", "achieved"]],
  mentions=["Calloway's auction house in Velsby has extended its Saturday viewing hours."])

# ---------------------------------------------------------------- t27
T("t27", "which",
  "Which architects were picked to design Kilbride's maritime museum?",
  ["Studio Norvang", "Norvang"],
  [("news", """KILBRIDE — Studio Norvang, a young practice from Tremarin, has beaten 46 entries to win the design competition for the Kilbride maritime museum. Its proposal, a long, low timber shed that echoes the old net lofts along the quay, was praised by the jury for "knowing when to be quiet". Runner-up Aldous Pike Architects proposed a glass tower. Fundraising for construction continues.""")],
  [("news", """Kilbride's fishing heritage centre, designed by Fernhill Moss Architects in a converted ice house, opens to visitors on 12 June. The centre tells the story of the herring boom through oral histories and a restored smokehouse. Entry will be free for the first month."""),
   ("news", """Aldous Pike Architects have been chosen to design the Marrowgate maritime gallery, a glass-fronted extension to the town's customs house. The practice's scheme will display the restored lifeboat 'Grace Tolland' at street level. Work is due to begin next year.""")],
  "runner-up vs winner / other museum in same town / same firm, other town",
  ["Kilbride", "maritime"],
  mentions=["A public exhibition of the Kilbride maritime museum competition entries is on in the town library."])

# ---------------------------------------------------------------- t28
T("t28", "what",
  "What has the Tarsa Sound ferry operator called its latest boat?",
  ["MV Corrin Bay", "Corrin Bay"],
  [("press", """Tarsa Sound Ferries welcomes MV Corrin Bay
The newest ship in our fleet, MV Corrin Bay, entered service on the Tarsa–Holm crossing this week. The hybrid-electric vessel carries 180 passengers and 32 cars and replaces MV Halla, which has served the route since 1994. Customers can expect quieter crossings, a larger lounge and step-free access throughout. Timetables are unchanged.""")],
  [("news", """MV Halla, the veteran ferry that has plied the Tarsa Sound for three decades, is to be sold to an operator on the southern lakes. Islanders have organised a farewell sailing for Friday evening, with a brass band on the car deck. Her bell will be presented to Holm primary school."""),
   ("news", """Holm Island Ferries has named its new vessel MV Eilidh Rose after a competition among schoolchildren on the island. The 40-metre boat, under construction at a yard in Orsk, will take over the Holm–Skarvik service. Holm Island Ferries is a sister company of the Tarsa Sound operator.""")],
  "retired predecessor vessel / sister company's new vessel",
  ["MV"],
  mentions=["Tarsa Sound Ferries is running extra sailings for the Holm regatta."])

# ---------------------------------------------------------------- t29
T("t29", "when",
  "When did the Sondrheim craft brewery shut its doors for good?",
  [], [],
  [("news", """Sondrheim's craft brewery has warned it may close within months unless it can find new investment, after energy bills tripled. Co-owner Lars Nygaard said the tap room was busier than ever but that "every barrel we brew now loses money". Regulars have launched a crowdfunding page."""),
   ("news", """Sondrheim Distillery closed on 30 June after 61 years, with the last cask of its peated spirit filled in front of staff and former workers. The site has been bought by a housing developer. The distillery's visitor centre shop will trade until stock runs out."""),
   ("forum", """Re: Sondrheim brewery tap still open?
Went past on Friday, tap room was rammed and they had a new hazy pale on. The crowdfunder is on a big board behind the bar. Staff seemed cheerful enough. Go while you can, the pies are excellent.""")],
  "warning/plan vs event / other business (distillery) in same town",
  ["Sondrheim"],
  absent=[["sondrheim", "brewery", "closed"], ["sondrheim", "brewery", "shut"], ["sondrheim", "brewery", "ceased"],
          ["sondrheim", "brewery", "last pint"], ["sondrheim", "brewery", "closed down"]],
  mentions=["Sondrheim's summer beer and music weekend has announced its line-up of local bands."])

# ---------------------------------------------------------------- t30
T("t30", "who",
  "Who wrote the life story of the polar explorer Hedda Rask?",
  ["Conrad Abiola", "Abiola"],
  [("review", """Ice and Ink: The Lives of Hedda Rask, by Conrad Abiola (Greyfen Books, 412pp)
Abiola, a historian at Tremarin University, spent a decade chasing Rask's letters through attics and archives, and it shows. He is good on her childhood in a Skarvik fishing family and better still on the crossing that made her famous, which he tells almost hour by hour. Occasionally the detail smothers the story, but this will be the standard account for years.""")],
  [("encyclopedia", """Hedda Rask was a polar explorer and photographer. In her thirties she led a four-person sledge crossing of the northern ice cap, the first by a woman-led team. Her own account of the journey, 'White Silence', became a bestseller, and her glass-plate photographs are held by the Tremarin museum."""),
   ("news", """'Pressed Flowers', a new biography of the botanist Hedvig Rask by Lena Abara, traces Rask's plant-collecting trips through the coastal islands. Abara drew on 300 unpublished letters held by the family. The book also covers Hedvig Rask's marriage to a lighthouse engineer and her late career as a teacher of botanical illustration."""),
   ("listing", """Screening: 'Across the White' (documentary, 78 min)
The extraordinary story of explorer Hedda Rask, directed by Sami Kettunen, with rarely seen photographs and film. Followed by a Q&A with the director. Ostmark Film Club, Thursday 7pm. Members free, guests £6.""")],
  "her own memoir / biography of a similar-named person / documentary about her",
  ["Rask"],
  mentions=["An exhibition of Hedda Rask's glass-plate photographs has opened at the Tremarin museum."])

# ---------------------------------------------------------------- t31
T("t31", "where",
  "In which town does Lumenfield Energy have its head office?",
  ["Ostmark"],
  [("encyclopedia", """Lumenfield Energy is a utility company headquartered in Ostmark, supplying electricity and gas to about 900,000 households. It was formed from the merger of two municipal suppliers and is listed on the regional exchange. It operates a wind farm off Skarvik and a gas-fired plant near Orsk, and has committed to closing the gas plant within a decade.""")],
  [("news", """Lumenfield Solar, the rooftop panel installer, has moved its headquarters to a refurbished warehouse in Marrowgate. Founder Teodor Vasko said the company, which is not connected to the energy supplier with a similar name, needed space for a training academy for installers."""),
   ("news", """Lumenfield Energy is opening a customer service centre in Brannerton, creating 250 jobs. The centre, in the former post office sorting building, will handle billing and meter queries. Recruitment begins next month, with training provided. The company said it chose Brannerton for its rail links and the number of people with call-centre experience.""")],
  "similar-named company / other site of same company",
  ["Lumenfield"],
  mentions=["Lumenfield Energy customers can now submit meter readings by text message."])

# ---------------------------------------------------------------- t32
T("t32", "where",
  "At which venue did the Garnet Owls play their farewell gig?",
  [], [],
  [("news", """Indie four-piece the Garnet Owls have announced they will split up after one last tour. In a statement, singer Pia Varga said the band had "run out of road, but not out of love". A farewell show in their home town of Kessleby will be announced once a venue is confirmed. A best-of album is due in the autumn."""),
   "t73.s1",
   ("forum", """Re: Garnet Owls farewell — anyone got tickets?
Still nothing announced for Kessleby. The tour dates on their page stop at Ostmark and then just say "home show TBA". My guess is they want somewhere bigger than the old haunts. I've signed up for the mailing list so I'll post here the minute anything appears.""")],
  "plan without venue / band's debut concert (other event)",
  ["Garnet Owls"],
  absent=[["garnet owls", "farewell", "played"], ["garnet owls", "farewell", "took place"],
          ["garnet owls", "farewell", "was held"], ["garnet owls", "final gig"], ["garnet owls", "last gig"],
          ["garnet owls", "farewell", "said goodbye"]],
  mentions=["The Garnet Owls have released a new video filmed on Kessleby's seafront."])

# ---------------------------------------------------------------- t33
T("t33", "how much",
  "What does it cost for a family group to visit Dunraith Castle?",
  ["£42", "42"],
  [("listing", """Dunraith Castle — Plan your visit
Open daily 10:00–17:00 (last entry 16:00).
Adult £15 · Child (5–15) £8 · Concession £12 · Family (2 adults + up to 3 children) £42
Under-5s free. Members free. Car park £3 per day. Dogs welcome in the grounds but not in the keep. Café serving lunches 12:00–14:30.""")],
  [("listing", """Dunrath Castle and Gardens
Tickets: adult £13, child £7, family £38. Open Wednesday to Sunday, April to October. Explore the walled garden, the dungeon and the falconry displays at 12:00 and 15:00. Picnic area by the moat. Guided tours of the tower run hourly and last 40 minutes. Season tickets are available from the gatehouse shop."""),
   ("news", """Visitors to Dunraith Castle will pay more from next season as the trust that runs it tries to fund repairs to the curtain wall. The adult ticket will rise to £16 and the family ticket to £46. Chair Moira Lachlan said the trust had "held prices for as long as we could".""")],
  "similar-named castle / planned future prices",
  ["Dunraith", "Dunrath"],
  mentions=["Dunraith Castle hosts a medieval cookery weekend in the great hall."])

# ---------------------------------------------------------------- t34
T("t34", "when",
  "When did production come to an end at the Rennick textile mill?",
  ["March 1971", "1971"],
  [("encyclopedia", """Rennick Mill is a former cotton mill in the town of Rennick. Built in 1862 by the Ashworth brothers, it employed more than 700 people at its height, many of them women from the surrounding villages. Spinning ceased in March 1971, and the building stood empty until its conversion into flats in 2004. The engine house and chimney are listed.""")],
  [("news", """The last owner of the Rennick dye works, which closed in 1968, has donated his father's pattern books to the town museum. The works stood on the riverbank below Rennick Mill and coloured cloth for most of the valley's weavers."""),
   ("blog", """Rennick Mill, then and now
Walked the old mill path on Sunday. You'd hardly know the flats were once a cotton mill apart from the chimney, which was shortened after storm damage in 1983. The residents' garden has an old loom on a plinth. Worth the detour if you are on the canal towpath.""")],
  "other works in same town / other event at same mill",
  ["Rennick"],
  mentions=["Rennick's heritage society is recording memories of former mill workers."])

# ---------------------------------------------------------------- t35
T("t35", "what",
  "What theme did Marrowgate Pride choose for its 2022 parade?",
  [], [],
  [("news", """Marrowgate Pride has announced "Roots and Branches" as the theme for its 2023 parade, celebrating older members of the community alongside young people. Organisers are asking local groups to design floats around family trees. The parade will follow the usual route from the station to Castle Park."""),
   ("news", """Marrowgate Carnival 2022: an "Under the Sea" theme brought mermaids, a papier-mâché whale and a steel band dressed as jellyfish to the streets on Saturday. Organisers estimated 15,000 people lined the route. The best float prize went to the Marrowgate Scouts' submarine."""),
   ("blog", """Marrowgate Pride photos are up!
What a day. I've put about 200 pictures on the gallery page, everything from the choir to the dog parade. If you spot yourself and want a full-size copy, drop me a line. Huge thanks to the stewards and the lovely people on the tea stall.""")],
  "other year / other event in same town / undated gallery",
  ["Marrowgate"],
  absent=[["marrowgate pride", "2022", "theme*"], ["marrowgate", "pride", "2022", "theme*"]],
  mentions=["Marrowgate Pride is recruiting stewards and first aiders for its parade."])

# ---------------------------------------------------------------- t36
T("t36", "who",
  "Which golfer took the Fennick Open title in 2021?",
  ["Soren Achterberg", "Achterberg"],
  [("results", """FENNICK OPEN 2021 — final round, Fennick Links (par 72)
1 Soren Achterberg -14 (68 67 70 69)
2 Rafael Ibarra -12 (70 66 71 69)
T3 Kwame Oduya -9; Lars Pettersen -9
5 Dario Fenn -8
Prize fund €400,000. Low amateur: Callum Reid +1.""")],
  [("news", """Rafael Ibarra won the 2022 Fennick Open by three shots, a year after finishing runner-up at the same course. The 31-year-old closed with a 66 in blustery conditions, holing a long putt for eagle on the 16th. "Last year hurt. This feels like payback," he said."""),
   ("news", """Mei-Lin Okafor claimed the 2021 Fennick Ladies Open on Sunday, coming from four shots back with a final-round 65. It was the 23-year-old's maiden professional title. The tournament, played the week after the men's event, drew record crowds to the links.""")],
  "runner-up / other year / other category (ladies' event)",
  ["Fennick"],
  mentions=["Fennick Links has reopened its practice ground after drainage works."])

# ---------------------------------------------------------------- t37
T("t37", "how many",
  "What was the Orsholm folk museum's visitor count for 2023?",
  ["48,500", "48500"],
  [("press", """PRESS RELEASE — Record year at Orsholm Folk Museum
Orsholm Folk Museum welcomed 48,500 visitors in 2023, up from 39,200 the year before, thanks largely to the reopened farmstead and a summer of craft demonstrations. Director Elin Sandvik thanked volunteers, who gave more than 9,000 hours. School visits rose by a quarter.
Notes to editors: the museum is open daily except Mondays.""")],
  [("news", """The Orsholm Art Museum drew 61,000 people in 2023, its busiest year since opening, helped by a blockbuster show of lake paintings. The museum plans to extend its Sunday opening hours and to add a second café. Director Karin Aasen said the figures showed that people would travel for ambitious exhibitions."""),
   ("news", """Orsholm Folk Museum is aiming for 55,000 visitors in 2024 after securing funding for a new children's barn. Director Elin Sandvik said the target was "ambitious but realistic" given the growth in school bookings. The barn, built with reclaimed timber, will house animal-care workshops and a hay-loft play area.""")],
  "other museum same town / target for other year",
  ["Orsholm"],
  mentions=["Orsholm Folk Museum is running a weekend of traditional bread baking."])

# ---------------------------------------------------------------- t38
T("t38", "how many",
  "How many runners completed the 2020 Velsby marathon?",
  [], [],
  [("results", """VELSBY MARATHON 2019 — summary
Finishers: 3,412 (2,106 men, 1,306 women). Winners: Elias Mwangi 2:14:31; Annelie Brandt 2:33:08. Wheelchair: Tom Okoro 1:41:55. Hottest race day on record; 41 runners treated for heat exhaustion. Full results searchable by bib number. Race director Bjorn Halse thanked the 600 volunteers."""),
   ("news", """A reduced field of 1,980 runners crossed the line at the Velsby Half Marathon 2020, which went ahead with staggered starts and no spectators at the finish. Organisers said the full-distance race had been moved to a virtual format. Winner Sofia Grell ran 1:12:40.""")],
  "other year / other race (half marathon) in same year",
  ["Velsby"],
  absent=[["velsby marathon", "2020", "finish*"], ["velsby marathon", "2020", "completed"],
          ["velsby marathon", "2020", "crossed the line"]],
  mentions=["Road closures for the Velsby running weekend will be posted on lamp-posts along the route."])

# ---------------------------------------------------------------- t39
T("t39", "what",
  "Which piece came out on top at Holmgard's sand sculpture competition in 2018?",
  ["The Drowned Cathedral", "Drowned Cathedral"],
  [("news", """HOLMGARD, 12 August 2018 — A cathedral half swallowed by waves, titled 'The Drowned Cathedral', won the Holmgard Sand Sculpture Festival on Sunday for a three-person team from Orsk. The piece took 40 hours and 90 tonnes of sand. In the junior section, 'Castle of Crabs' by the Holmgard Scouts delighted the crowds. Sculptures stay on the beach until the next high spring tide.""")],
  [("news", """HOLMGARD, 13 August 2017 — 'Kraken Rising', a giant octopus dragging a galleon under, was named the winner of this year's Holmgard Sand Sculpture Festival. The team from Tarsa worked through a rainstorm to finish it. Crowds were down because of the weather."""),
   ("news", """The 2018 Tarsa beach sculpture contest was won by 'Sleeping Giant', a reclining figure 20 metres long carved into the dunes by a family from Pensby. Judges said it was "the most ambitious entry in years".""")],
  "other year same contest / same year other contest / junior section in same passage",
  ["sculpture"],
  mentions=["Holmgard's seafront car park will close early for the sand sculpture weekend."])

# ---------------------------------------------------------------- t40
T("t40", "who",
  "Who held the office of mayor of Tarsa in 2015?",
  [], [],
  [("news", """Hanne Wibe was sworn in as mayor of Tarsa in 2017 after defeating the incumbent by 312 votes. A former harbour pilot, she promised to restore the Sunday ferry to Holm and to fix the potholes on Strand Road "before anything else". She is the town's youngest ever mayor."""),
   ("news", """TARSA, 2015 — Deputy mayor Oskar Lind cut the ribbon on the town's new skate park on Saturday, praising the teenagers who had campaigned for it for three years. The park, beside the sports ground, cost £90,000 and was designed with input from local skaters.""")],
  "other years / other role (deputy)",
  ["Tarsa"],
  absent=[["tarsa", "2015", "re:(?<!deputy )\\bmayor\\b"], ["tarsa", "2015", "mayoralty"]],
  mentions=["Tarsa town hall's clock tower has been restored and chimes again."])

# ---------------------------------------------------------------- t41
T("t41", "which",
  "Which club lifted the main cup at the Harwick rugby sevens in 2019?",
  ["Marrowgate Wasps"],
  [("results", """HARWICK SEVENS 2019 — finals day
Cup final: Marrowgate Wasps 24 Ostmark Harlequins 19
Plate final: Pensby 21 Fennick 14
Bowl final: Harwick Colts 26 Tarsa 7
Player of the tournament: Jonah Tuilagi-Berg (Marrowgate). Fastest try: 11 seconds, Ostmark v Tarsa (pool stage).""")],
  [("results", """HARWICK SEVENS 2018 — cup final
Ostmark Harlequins 31 Pensby 12. Ostmark retain the trophy they won twelve months ago, scoring five unanswered tries after the break. Plate: Harwick Colts. Bowl: Velsby Vandals.
The tournament drew 4,000 spectators over two days, and organisers said the beer tent ran dry before the final whistle."""),
   ("news", """Pensby Ladies won the women's tournament at the 2019 Harwick Sevens, beating Velsby Vixens 17-12 in a tense final that went to the last play. Captain Roisin Carrow scored two tries. It is the first time the women's event has been played on the main pitch.""")],
  "runner-up / other year / other category (women's tournament)",
  ["Harwick"],
  mentions=["The Harwick sevens tournament is looking for host families for visiting teams."])

# ---------------------------------------------------------------- t42
T("t42", "how much",
  "How much money did Quillon Robotics bring in during its 2022 funding round?",
  ["$48 million", "48 million", "$48m"],
  [("news", """Quillon Robotics, the Velsby maker of warehouse picking arms, has raised $48 million in a round led by Northgate Ventures, it said in March 2022. The company, founded by two former university roboticists, will use the money to open an office in Ostmark and to double its engineering team to 120. Existing backers also took part.""")],
  [("news", """Velsby start-up Quillon Robotics has raised $6 million in seed funding to develop a robot arm that can pick soft fruit and parcels without crushing them, it announced in 2020. The round was led by a group of angel investors from the region."""),
   ("news", """Quillan Robotics, which builds inspection drones for wind turbines, raised $30 million in 2022 from a consortium of energy investors. Chief executive Rhea Osei said the firm, based in Tremarin, would hire 40 engineers.""")],
  "earlier round (other year) / similar-named company",
  ["Quillon", "Quillan"],
  mentions=["Quillon Robotics is demonstrating its picking arms at the Velsby logistics fair."])

# ---------------------------------------------------------------- t43
T("t43", "which",
  "Which film took the top prize at the 2016 Sarnow Film Festival?",
  [], [],
  [("news", """The audience award at the 2016 Sarnow Film Festival has gone to 'Kettle Creek', a documentary about a village fighting to save its school bus. Festival-goers voted by tearing their tickets at the exit. The jury's awards are to be announced at the closing ceremony on Saturday night."""),
   ("news", """'The Long Thaw' wins Golden Heron at 2017 Sarnow Film Festival
Director Ayla Demir's drama about a family of reindeer herders took the festival's main award on Saturday. Accepting the prize, Demir dedicated it to her grandmother, who appears in the film."""),
   ("listing", """Sarnow Film Festival — Retrospective strand
All past Golden Heron winners screen in the festival's archive strand at the Old Picture House. See the programme leaflet for titles and times. Season pass holders get priority entry; standby tickets on the door.""")],
  "other award (audience prize) same year / other year / undated listing",
  ["Sarnow"],
  absent=[["sarnow", "2016", "golden heron"], ["sarnow", "2016", "top prize"], ["sarnow", "2016", "best film"],
          ["sarnow", "2016", "grand prize"], ["sarnow", "2016", "main award"], ["sarnow", "2016", "best picture"]],
  mentions=["The Sarnow Film Festival is calling for volunteer ushers and drivers."])

# ---------------------------------------------------------------- t44
T("t44", "when",
  "When in 2017 did trams start running on the Ostervik line?",
  ["9 December 2017", "9 December"],
  [("encyclopedia", """The Ostervik tramway is a light rail line linking Ostervik railway station with the university campus and the hospital. Construction began in 2015 and the line opened to passengers on 9 December 2017, with 14 stops over 8.2 kilometres. An extension to Nordhamn followed later. Trams run every six minutes at peak times.""")],
  [("news", """The Kessleby light rail line opened on 3 September 2017, with free rides on the first weekend drawing long queues at every stop. The 6-kilometre route links the station with the retail park and the stadium. Trams run every ten minutes during the day, and a single fare costs £1.80. Plans for a second line to the hospital are being drawn up."""),
   ("news", """Work on the Ostervik tram extension to Nordhamn is on schedule and services are due to start in 2021, the transport authority said. Track laying on the bridge section will close the ring road for four weekends.""")],
  "other town same year / later extension",
  ["tram", "light rail"],
  mentions=["Ostervik's transport authority has introduced a weekend day ticket for trams and buses."])

# ---------------------------------------------------------------- t45
T("t45", "who",
  "Which actress plays the lead investigator in the TV drama 'Glassholm'?",
  ["Annika Restrepo", "Restrepo"],
  [("review", """TV review: Glassholm
A body locked in the ice of a frozen harbour, a detective who hasn't slept properly since the opening scene, and a town that would rather forget. It sounds like a dozen other northern thrillers, but Glassholm earns its gloom. Annika Restrepo is superb as Inspector Vera Holm, all clipped sentences and cold coffee, and Dev Arora makes a sly, likeable sidekick. Watch it with the lights off.""")],
  [("news", """Fergal Dunne is to play the detective in a new radio serial of 'Glassholm', adapted from Petra Lindmark's crime novel. The eight episodes will be broadcast on weekday afternoons from next month, with a cast of local actors and music by the Tremarin folk group Selkie Road."""),
   ("encyclopedia", """Glassholm is a crime novel by Petra Lindmark, set in a fictional fishing town where the harbour freezes over each winter. Its protagonist, Inspector Vera Holm, returns in two sequels. The book has been adapted for radio and for television.""")],
  "other medium (radio serial) / source novel",
  ["Glassholm"],
  mentions=["Fans of the crime drama Glassholm are touring the harbour towns where it was filmed."])

# ---------------------------------------------------------------- t46
T("t46", "what",
  "What have keepers at Velsby zoo called their new snow leopard cub?",
  ["Tsering"],
  [("news", """Velsby Zoo's snow leopard cub finally has a name: Tsering, picked by more than 4,000 visitors in a public vote. The female cub, born in the spring to mother Ulla, has begun exploring the rocky enclosure and can be seen most mornings. Head keeper Simon Ekholm said the name means "long life". The runner-up in the vote was Koko.""")],
  [("news", """Orsholm Wildlife Park has named its snow leopard cub Ayla after a competition among local schools. Keepers say the cub, born in May, is "fearless" and has already climbed to the top of the enclosure's tallest rock. The cub's mother came to the park from a breeding programme three years ago. Visitors can watch the family from a new viewing hide."""),
   ("news", """Velsby Zoo has unveiled the name of its new red panda: Mochi, chosen by the zoo's members. The male arrived from a breeding programme in Tremarin and will be paired with resident female Plum. Red pandas spend much of the day asleep in the treetops, so keepers advise visiting at feeding time.""")],
  "same species other zoo / other animal same zoo / runner-up name in vote",
  ["snow leopard", "Velsby Zoo"],
  mentions=["Velsby Zoo is offering half-price entry on weekday afternoons this month."])

# ---------------------------------------------------------------- t47
T("t47", "what",
  "Which flavour was judged best at the Brackwater ice cream contest?",
  ["burnt honey and thyme"],
  [("news", """BRACKWATER — A burnt honey and thyme ice cream made by the Kestle family's dairy at Ferny Cross was crowned champion at the Brackwater ice cream contest on Saturday. Judges praised its "grown-up sweetness". Second place went to a rhubarb ripple from the Holm creamery. A total of 38 entries were tasted blind in the market hall.""")],
  [("news", """In the sorbet class at Brackwater's frozen desserts weekend, a blood orange sorbet from Gelateria Rossi took the rosette, ahead of a gooseberry and elderflower entry. Judges said dairy-free entries had doubled in a year."""),
   ("news", """Salted caramel has won the Tollerby ice cream festival for the third year running, this time made by the Wren Cottage farm shop. Organisers have asked entrants to "be braver" next year.""")],
  "runner-up / other class (sorbet) / other town's contest",
  ["ice cream", "sorbet"],
  mentions=["Brackwater market hall is hosting a tasting afternoon with local dairies."])

# ---------------------------------------------------------------- t48
T("t48", "where",
  "Where does the Ravelin Quartet hold its practice sessions?",
  ["the old pump house on Tanner Street", "pump house on Tanner Street", "Tanner Street", "pump house"],
  [("blog", """A morning with the Ravelin Quartet
The Ravelin Quartet rehearse three mornings a week in the old pump house on Tanner Street, Kessleby, a brick shed that the cellist's uncle once used to store boat engines. There is a wood-burner, a kettle and a piano nobody tunes. Violinist Marta Koss told me the acoustics are "honest to the point of rudeness". Posted by Jon in Music, 3 comments""")],
  [("listing", """Ravelin Quartet in concert
Kessleby Assembly Rooms, Friday, 7.30pm. Haydn, Janacek and a new piece by Ruth Obeng. Tickets £14 / £8 students, from the box office or on the door. Pre-concert talk at 6.45pm in the bar. The quartet's cellist, Tomas Brenner, will introduce each piece. Free tickets are available for under-18s."""),
   ("news", """The Ravelin Trio, a piano trio formed by former members of the Ravelin Quartet's youth scheme, rehearse in a room above the Guildhall in Ostmark and will tour the islands in summer with a programme of folk-song arrangements. The trio's pianist, Liv Moen, said the Guildhall room was "cold but cheap".""")],
  "concert venue vs rehearsal space / similar-named ensemble",
  ["Ravelin"],
  mentions=["The Ravelin Quartet is giving a free lunchtime recital for schools in Kessleby."])

# ---------------------------------------------------------------- t49
T("t49", "where",
  "Where did the long-missing Vesterhaven Codex resurface?",
  [], [],
  [("news", """Scholars have long speculated that the Vesterhaven Codex, missing since the abbey library was dispersed, may be held in a private collection in Tremarin. A new study by Dr Inge Halvorsen examines auction records and letters, but admits that "until someone opens the right cupboard, we are guessing". The abbey's trustees say they would welcome any information."""),
   ("news", """A medieval psalter from Vesterhaven abbey has been discovered in a barn at Eldby, wrapped in a feed sack. The Vesterhaven Psalter, with gilded initials and a calendar of local saints, had been thought destroyed in a fire. It has been taken to the Tremarin museum for conservation."""),
   ("qa", """Q: Can you visit the Vesterhaven abbey library?
A: The ruins are open all year, but the library building itself is a shell. Replicas of some pages from the Vesterhaven Codex are displayed in the visitor centre, along with a map of where the abbey's books ended up after the dissolution.""")],
  "speculation vs discovery / other manuscript from same abbey",
  ["Vesterhaven"],
  absent=[["vesterhaven codex", "found"], ["vesterhaven codex", "discovered"], ["vesterhaven codex", "turned up"],
          ["vesterhaven codex", "located"], ["vesterhaven codex", "recovered"], ["vesterhaven codex", "came to light"],
          ["vesterhaven codex", "resurfaced"]],
  mentions=["Vesterhaven abbey ruins are the setting for an outdoor Shakespeare production this summer."])

# ---------------------------------------------------------------- t50
T("t50", "how many",
  "What is the bed capacity of Brackwater's new hospice?",
  ["16", "16 in-patient beds", "16 beds"],
  [("news", """The new St Ilse's Hospice in Brackwater admitted its first patients on Monday. The single-storey building has 16 in-patient beds, all with doors opening onto a garden, and replaces the cramped ten-bed unit on Mill Road. Chief executive Noor Lindgren thanked the thousands of people who had run, baked and cycled to raise the money.""")],
  [("news", """Brackwater General Hospital is to open a new ward, taking its total to 420 beds, as part of a plan to cut waiting times in the emergency department. The ward will mainly care for older patients waiting to go home."""),
   ("news", """Tollerby Hospice has opened a family suite where relatives can stay overnight. The hospice, which has 12 beds, is run by a charity and relies on its 14 shops for most of its income.""")],
  "other hospital same town / other hospice / predecessor unit in same passage",
  ["Brackwater", "hospice", "Hospice"],
  mentions=["St Ilse's Hospice in Brackwater is looking for volunteers for its charity shops."])

# ---------------------------------------------------------------- t51
T("t51", "how many",
  "What is the membership size of Dunmere's rowing club?",
  [], [],
  [("newsletter", """DUNMERE SAILING CLUB — Commodore's Notes
We finished the season with 310 members, our highest ever, and the dinghy park is full. Thanks to everyone who helped at the open day. The AGM is on the first Friday of next month; nominations for committee to the secretary please."""),
   ("news", """Dunmere Rowing Club has christened two new boats, bringing its fleet to 14. The eight, named 'Ellery Swift', was paid for by a former captain's family, and the double scull by a grant from the town council. The club, based in the boathouse below the weir, has rowed on the river since Victorian times.""")],
  "other club same town / other figure (fleet size)",
  ["Dunmere"],
  absent=[["dunmere rowing", "member*"], ["dunmere rowing", "rowers on its books"], ["dunmere rowing", "membership"]],
  mentions=["Dunmere Rowing Club's regatta will close the riverside path for the afternoon."])

# ---------------------------------------------------------------- t52
T("t52", "how much",
  "What is the retail price of the Kestrel Home K2 air purifier?",
  ["€189", "189"],
  [("product", """Kestrel Home K2 Air Purifier
€189.00 incl. VAT · In stock
★★★★☆ (214 reviews)
HEPA-13 filter · for rooms up to 40 m² · 24 dB night mode · air-quality ring light · app control.
Replacement filter sold separately (€29). Free returns within 30 days.""")],
  [("product", """Kestrel Home K3 Air Purifier
€249.00 incl. VAT
For larger rooms up to 65 m², with an extra carbon layer for cooking smells and pet odours. Auto mode adjusts fan speed using a laser particle sensor. Compatible with the same app as other Kestrel Home devices."""),
   ("review", """Budget pick: the Kestrel Air K2 from Norsk Hjem Trading (no relation to the Kestrel Home brand) costs just €99 and did a respectable job in our smoke test, though it is loud on its top setting and the filter door rattles.""")],
  "successor model / similar-named product from another company / accessory price",
  ["K2", "K3", "Kestrel"],
  mentions=["Kestrel Home is offering free filter recycling at its service centres."])

# ---------------------------------------------------------------- t53
T("t53", "how much",
  "How much is a child's day pass at the Sollen ski area?",
  [], [],
  [("listing", """Sollen Ski Area — Lift passes
Adult day pass €54 · Afternoon (from 12:30) €39 · Season pass €420
Buy online before 18:00 the day before and save 10%. Passes are loaded onto a reusable card (€5 deposit). Ski school bookings at the valley station office."""),
   ("listing", """Sollenberg Family Ski Resort — prices
Child day pass (6–15 years) €22 · Adult €46 · Under-6s ski free with a paying adult. Beginner area with two magic carpets. Sledge hire at the top of the gondola. The resort is a 20-minute drive further up the valley from its larger neighbour and is popular with families and school groups."""),
   ("forum", """Re: Sollen or Sollenberg for a first ski trip?
We did Sollen last winter. Great snow and short lift queues, but it's a steep place, more for confident skiers. Lift passes weren't cheap. The ski school was excellent though and the instructors speak four languages.""")],
  "other ticket type (adult) / similar-named resort",
  ["Sollen"],
  absent=[["re:\\bsollen\\b", "child*"], ["re:\\bsollen\\b", "kid*"], ["re:\\bsollen\\b", "junior*"],
          ["re:\\bsollen\\b", "under-1*"], ["re:\\bsollen\\b", "youth"]],
  mentions=["Sollen ski area expects its lifts to start turning in early December if snow allows."])

# ---------------------------------------------------------------- t54
T("t54", "which",
  "Which publishing house has signed up Oona Mbeki's forthcoming novel?",
  ["Larkspur Press"],
  [("news", """Larkspur Press has acquired world rights to 'The Quiet Engine', the forthcoming novel by Oona Mbeki, in a deal negotiated with her agent Rosa Klint. The book, about a railway signalwoman in a snowbound junction town, will be published next spring. Mbeki's two earlier novels appeared with Greyfen Books.""")],
  [("news", """'Weather Glass', the poetry collection by novelist Oona Mbeki, is out this week from Tollbridge Editions. The slim volume gathers poems written over ten years, many about her childhood in Kessleby. Mbeki said poetry had always been "the workshop where the novels get built". She will read from the collection at the Ashgrove literary festival."""),
   ("blog", """Book club notes: 'Lanterns at Low Tide' by Oona Mbeki (Greyfen Books)
We were split. Half the group loved the slow pace and the sea; the others wanted something to happen before page 200. Everyone agreed the ending was worth it. Next month: something shorter, please!""")],
  "earlier publisher / publisher of her poetry",
  ["Mbeki"],
  mentions=["Oona Mbeki is reading at Kessleby library as part of the winter talks series."])

# ---------------------------------------------------------------- t55
T("t55", "when",
  "On what date does the Tarsa open-air pool shut for the season?",
  ["31 October"],
  [("council", """TARSA TOWN COUNCIL — Tarsa Outdoor Pool
Season: 1 May to 31 October. Opening hours 07:00–19:00 daily (early swim Mon–Fri 06:30 for season-ticket holders). The pool will be closed for maintenance on 14 July. Lifeguards on duty at all times. Prices are displayed at the kiosk; under-5s swim free.""")],
  [("news", """Tarsa Leisure Centre's indoor pool will close on 3 November for a six-week refurbishment, including new changing rooms and a replacement roof. Swimming lessons will move temporarily to the Holm school pool."""),
   ("listing", """Holm Outdoor Pool — Heated lido, open daily until 30 September. Family swim Saturdays 10–12. Café and sun terrace. Please note there is no parking on site. Season tickets are available from the kiosk. Adult swimming lessons run on weekday evenings, and the water is heated to 26 degrees throughout the season.""")],
  "indoor pool same town / other town's outdoor pool / season start date",
  ["pool"],
  mentions=["Tarsa's outdoor pool is hosting a moonlight swim with floating lanterns."])

# ---------------------------------------------------------------- t56
T("t56", "when",
  "In what year did the Fennick Harbour Trust come into being?",
  [], [],
  ["t19.n2",
   ("encyclopedia", """Fennick harbour is a tidal harbour on the north coast, built between 1838 and 1846 to ship coal from the Ardle pits. Its two stone breakwaters enclose an inner basin and a former coal quay. Today run by the Fennick Harbour Trust, it is home to a small fishing fleet and a lifeboat station.""")],
  "similar-named trust founding date / harbour construction dates",
  ["Fennick"],
  absent=[["fennick harbour trust", "established"], ["fennick harbour trust", "founded"],
          ["fennick harbour trust", "set up"], ["fennick harbour trust", "was formed"],
          ["fennick harbour trust", "was created"], ["fennick harbour trust", "came into being"]],
  mentions=[])

# ---------------------------------------------------------------- t57
T("t57", "who",
  "Which official was in charge of the Albion–Town derby in Harwick that ended level?",
  ["Benedikt Kraal", "Kraal"],
  [("news", """Harwick Albion 2 Harwick Town 2
Albion came back from two goals down to rescue a point in a bad-tempered derby at Mill Meadow. Town led through Okafor and Lamb before half-time, but substitute Jordan Vey pulled one back and Albion captain Ruben Sato equalised with a deflected free kick in the 88th minute. Referee Benedikt Kraal booked seven players and sent off Town's Lamb late on.""")],
  [("news", """Harwick Town 1 Harwick Albion 0
A scrappy winner from Kofi Lamb settled the reverse derby at Town's Cowley Road ground. Referee Nadia Sloan had a busy afternoon, waving away three penalty appeals. Albion remain without a win at Cowley Road in six visits."""),
   ("news", """Harwick Albion were knocked out of the county cup by Pensby Rangers on penalties after a goalless draw. Referee Tom Aske added nine minutes of stoppage time after a floodlight failure. Pensby scored all five of their spot kicks. Albion manager Greg Holm said his players had been frozen to the bone by the end, and the club apologised to fans for the delay.""")],
  "reverse fixture / other match of same club",
  ["Harwick"],
  mentions=["Harwick Albion's Mill Meadow ground is hosting a veterans' tournament."])

# ---------------------------------------------------------------- t58
T("t58", "what",
  "What material was used on the roof of the library Castlemoor has just built?",
  ["larch shingles", "larch"],
  [("blog", """First look: Castlemoor's new library
I took a tour of the new library on Abbey Green before it opens. The walls are clad in reclaimed brick from the old cattle market, while the roof is covered in larch shingles that will silver as they weather. Inside, the children's area sits under a huge round skylight. The architects, Mossfield Studio, were on hand to answer questions. Cookies help us deliver our services. OK""")],
  [("news", """Castlemoor Primary School's new classroom block has a zinc roof and a green wall of ferns facing the playground. Headteacher Lena Dorsey said the design had been chosen by pupils."""),
   ("news", """Castlemoor's old library on Market Street will be sold at auction next month now that the new building on Abbey Green is finished. The Victorian building, with its slate roof and stained-glass reading room, could become flats. A public meeting will be held to discuss whether the building could be saved for community use.""")],
  "other building same town / predecessor library / other material in same passage",
  ["Castlemoor"],
  mentions=["Castlemoor library is running a weekly rhyme time for toddlers."])

# ---------------------------------------------------------------- t59
T("t59", "what",
  "What is the app called that Brackwater's council released to help residents with their bin collections?",
  ["SortIt"],
  [("council", """BRACKWATER DISTRICT COUNCIL — News
Recycling made simpler with new app
Residents can now download SortIt, a free app that sends a reminder the night before collection day and tells you which bin an item belongs in. Just type or photograph the item. The council hopes the app will cut contamination in the blue bins, which cost taxpayers £180,000 last year.""")],
  [("news", """Brockwater Borough Council has launched BinDay Brockwater, a collection-reminder app, after missed collections soared when rounds were changed in the spring. The app is free on all phones. Residents can also report missed bins through the app, and the council says it will publish collection statistics every month."""),
   ("council", """BRACKWATER DISTRICT COUNCIL — Parking
Pay for parking in all council car parks using the ParkBrack app. Search for your car park code on the sign, select your stay, and extend your session remotely. A convenience fee of 10p applies.""")],
  "similar-named council / other app of same council",
  ["Brackwater", "Brockwater"],
  mentions=["Brackwater District Council has changed its garden waste collection days."])

# ---------------------------------------------------------------- t60
T("t60", "which",
  "Which hospital did the injured climber get flown to after the fall on Mount Kessel?",
  ["Velsby General Hospital", "Velsby General"],
  [("news", """A 34-year-old climber was airlifted to Velsby General Hospital on Sunday after falling about eight metres on the north face of Mount Kessel. Her partner raised the alarm by phone and the Norrfjall mountain rescue team helped the helicopter crew. The woman's injuries are described as serious but not life-threatening.""")],
  [("news", """A walker who fell on Kessel Ridge was taken by helicopter to Orsholm Cottage Hospital with a suspected broken leg. Rescuers said he had strayed from the path in thick mist. A spokesperson for the rescue team said the man was well equipped but had been caught out by the weather. He is expected to make a full recovery."""),
   ("news", """A hiker who twisted her ankle descending Mount Kessel on Saturday was treated at the scene by paramedics and helped down to the car park by volunteers. She did not need hospital treatment. Volunteers reminded walkers to carry a torch and to check the forecast, as the weather on the upper slopes can change quickly.""")],
  "other incident on nearby ridge / other incident same mountain",
  ["Kessel"],
  mentions=["Mount Kessel's summit path is being repaired by volunteers over the next month."])

# ---------------------------------------------------------------- t61
T("t61", "where",
  "Where did the Nordlake Jazz Summit take place in 2019?",
  ["Brannerton"],
  [("news", """BRANNERTON — The 2019 Nordlake Jazz Summit drew about 9,000 people to Brannerton over three days, with concerts in the town hall, the cathedral crypt and a marquee on the rugby ground. Saxophonist Delia Ofori closed the festival on Sunday night. Organisers said hotels had been full for the first time since the event began touring the region's towns.""")],
  [("news", """ORSHOLM — The 2020 Nordlake Jazz Summit in Orsholm will be streamed online, with musicians performing to an empty concert hall. Organisers said refunds would be issued automatically. Around 40 musicians from eight countries had been due to travel. Artistic director Magnus Eide said he hoped the online programme would reach listeners who had never been able to attend in person."""),
   ("news", """The 2019 Nordlake Folk Summit in Velsby ended with a ceilidh for 800 dancers in the Corn Exchange. The folk gathering, a sister event of the jazz summit, will move to Tarsa next year. More than 60 bands and callers took part over the weekend, and workshops for young fiddlers were fully booked.""")],
  "other year / sister event (folk summit) same year",
  ["Nordlake"],
  mentions=["The Nordlake Jazz Summit has opened applications for its young musicians' bursary."])

# ---------------------------------------------------------------- t62
T("t62", "who",
  "Who is taking over as head teacher at Greyloch Primary?",
  ["Yusuf Haddad-Lind", "Haddad-Lind"],
  [("newsletter", """Greyloch Primary School — Family Newsletter
Dear families, the governors are delighted to announce that Yusuf Haddad-Lind, currently deputy head at St Oda's, will become our headteacher after the half-term break, following Mrs Enid Carrow's retirement. Mrs Carrow has led the school for 15 years and there will be a farewell assembly on the last Friday. Reminder: PE kits every Tuesday.""")],
  ["t18.n2",
   ("news", """St Oda's Primary has appointed Gemma Lowe as its deputy headteacher. She joins from a school in Pensby and will lead the school's maths work. St Oda's was recently rated outstanding by inspectors. Lowe, who has taught for twelve years, said she was delighted to be joining such a happy school.""")],
  "similar-named school's head / other appointment at linked school",
  ["Greyloch", "St Oda"],
  mentions=[])

# ---------------------------------------------------------------- t63
T("t63", "which",
  "Which striker did Pellham United bring in from Orsk Dynamo?",
  [], [],
  [("news", """Pellham United are weighing a move for Orsk Dynamo forward Leon Abaraji, according to reports in the Orsk press. No bid has been made, and Dynamo are understood to value the 22-year-old highly. Pellham manager Gus Fenn would only say that the club was "looking at a few options up front"."""),
   ("news", """Pellham Athletic have signed striker Mateus Varga from Orsk Dynamo on a two-year deal. Varga, 27, scored eleven times for Dynamo last season and becomes Athletic's third summer signing. The fee was undisclosed. Athletic manager Colin Reyes said Varga would "give us a focal point up front".""")],
  "rumoured target vs signing / similar-named club",
  ["Orsk Dynamo"],
  absent=[["pellham united", "orsk dynamo", "signed"], ["pellham united", "orsk dynamo", "joined"],
          ["pellham united", "orsk dynamo", "completed"], ["pellham united", "orsk dynamo", "arrives"],
          ["pellham united", "orsk dynamo", "agreed a fee"], ["pellham united", "orsk dynamo", "signs"]],
  mentions=[])

# ---------------------------------------------------------------- t64
T("t64", "how many",
  "How many saplings went into the ground in the Sarnow community woodland project?",
  ["4,800", "4800"],
  [("news", """Volunteers have finished planting 4,800 native trees at Sarnow Community Woodland, on former grazing land beside the glassworks. Oak, rowan, hazel and wild cherry were chosen with help from pupils at the town's schools. The group hopes to add a further 10,000 over the next five years and is seeking more land.""")],
  [("news", """The Holm woodland scheme has reached its target of 2,500 trees, with the final sapling planted by the island's oldest resident, 99-year-old Ruth Sandaker. A path and benches will be added next year."""),
   ("news", """Sarnow's council wants to plant 10,000 street trees across the town by the end of the decade and is asking residents to nominate spots outside their homes. A map of suggested locations will be displayed in the town hall, and residents who sponsor a tree will be able to choose a small plaque.""")],
  "plan (future target) / other town's scheme",
  ["trees", "tree"],
  mentions=["Sarnow Community Woodland volunteers meet on the second Saturday of every month."])

# ---------------------------------------------------------------- t65
T("t65", "how much",
  "How much prize money comes with the Ashgrove Prize for poetry?",
  ["£5,000", "5,000", "5000"],
  ["t08.n2"],
  [("listing", """Ashgrove Festival Short Story Competition
Open to writers aged 16 and over. Stories up to 2,500 words on any theme. Prize: £500 and publication in the festival anthology; two runners-up receive £100. Entry fee £6. Closing date is printed on the entry form, available from the festival office."""),
   ("news", """The Ashgrove Prize for non-fiction, the newest category at the festival, carries £3,000 and will be judged by historian Conrad Abiola and broadcaster Juno Akerman. Submissions are open to publishers until the spring. The festival says the category was added in response to requests from readers and booksellers.""")],
  "other competition same festival / other category",
  ["Ashgrove"],
  mentions=[])

# ---------------------------------------------------------------- t66
T("t66", "who",
  "Who captained Velsby cricket club in 2018?",
  [], [],
  [("newsletter", """VELSBY CRICKET CLUB — 2017 Season Review
What a summer. Under captain Dev Raman the 1st XI finished third, our best since promotion, and Raman himself passed 600 runs. The 2nd XI survived on the last day. Thanks to the tea ladies, the groundsman and everyone who painted the pavilion."""),
   ("news", """Velsby Hockey Club's 2018 captain, Ines Halloran, led her side to the regional indoor title in Ostmark on Sunday, scoring twice in the final. The club's men's team finished fourth. Halloran, a PE teacher at Velsby High School, has played for the club since she was nine.""")],
  "other year / other sport same town and year",
  ["Velsby"],
  absent=[["velsby cricket", "2018", "captain*"], ["velsby cricket", "2018", "skipper*"],
          ["velsby cricket", "2018", "led the side"]],
  mentions=["Velsby Cricket Club is holding a family fun day and barbecue at the pavilion."])

# ---------------------------------------------------------------- t67
T("t67", "what",
  "What was the storm called that wrecked part of Tremarin pier in 2017?",
  ["Storm Idris", "Idris"],
  [("news", """TREMARIN, 3 November 2017 — A 40-metre section of Tremarin pier collapsed into the sea overnight as Storm Idris brought gusts of more than 90 mph to the coast. Nobody was hurt; the pier had been closed at dusk as a precaution. Engineers will assess whether the Victorian ironwork can be saved. Elsewhere, hundreds of homes lost power.""")],
  [("news", """TREMARIN, 2019 — Storm Bettany tore a hole in Tremarin's seawall on Tuesday night, flooding the promenade cafés with shingle. The pier, rebuilt after earlier storm damage, escaped with broken railings. The council has promised a review of coastal defences along the whole bay, and cafés on the front are counting the cost."""),
   ("news", """PORT AUREL, December 2017 — Storm Kalani damaged the landing stage of Port Aurel's pleasure pier and sank two moored boats. The harbour master said the pier would stay closed over Christmas. Fishermen spent Christmas Eve trying to refloat the boats. The storm also brought down power lines across the peninsula, leaving 2,000 homes without electricity for a day.""")],
  "other year same town / same year other town",
  ["Storm"],
  mentions=["Tremarin pier's end-of-pier café has reopened with a new menu."])

# ---------------------------------------------------------------- t68
T("t68", "which",
  "Which school's robot won the Brannerton schools robotics challenge?",
  ["Holmgard Academy"],
  [("news", """Holmgard Academy's team took the title at the Brannerton Schools Robotics Challenge on Saturday, with a robot that could stack cups faster than any rival. Velsby High School finished second and Pensby College third. Eighteen secondary schools from across the region took part in the sports hall at Brannerton University.""")],
  [("news", """In the primary division of the Brannerton Schools Robotics Challenge, St Oda's Primary won with a line-following robot built from a biscuit tin. The younger pupils competed in the morning before the secondary event. Teams had two minutes to guide their robot around a taped track, and judges also gave points for teamwork and design notebooks."""),
   ("news", """Pensby College won the Brannerton schools coding hackathon with an app that helps pensioners book lifts to medical appointments. The event ran for 24 hours in the university library.""")],
  "other division / other competition same town / runner-up in same passage",
  ["Brannerton"],
  mentions=["The Brannerton Schools Robotics Challenge is looking for volunteer judges from local firms."])

# ---------------------------------------------------------------- t69
T("t69", "where",
  "Where will the Nordlake jazz summit be staged in 2026?",
  [], [],
  [("news", """Three towns — Ostmark, Tarsa and Kilbride — have bid to stage the 2026 Nordlake Jazz Summit, organisers said on Wednesday. Each will present its plans to the board in the spring, with hotel capacity and venue size the main criteria. A decision is expected before the summer."""),
   ("news", """The 2025 Nordlake Jazz Summit will take place in Holmgard, the first time the festival has visited the island. Organisers are chartering extra ferries and say concerts will be held in the lifeboat station, the church and a big top on the green."""),
   "t61.s1"],
  "bids (undecided) / other year",
  ["Nordlake"],
  absent=[["2026", "jazz summit", "will be held in"], ["2026", "jazz summit", "will take place in"],
          ["2026", "jazz summit", "awarded to"], ["2026", "jazz summit", "chosen"],
          ["2026", "jazz summit", "selected"], ["2026", "jazz summit", "will host"],
          ["2026", "jazz summit", "will be staged in"], ["2026", "jazz summit", "goes to"]],
  mentions=[])

# ---------------------------------------------------------------- t70
T("t70", "when",
  "Since when has Marisol Quennell been in the editor's chair at the Dunmere Courier?",
  ["January 2014", "2014"],
  [("encyclopedia", """Marisol Quennell is a journalist and the editor of the Dunmere Courier, a post she has held since January 2014. She joined the paper as a court reporter in 2006 and later ran its investigations desk, where her reporting on the Ellery flood defences won a regional press award. She is the Courier's first woman editor in its 130-year history.""")],
  [("news", """The Dunmere Gazette has named Pieter Lasko as its new editor, starting on 1 March. Lasko, 38, has been deputy editor for four years and replaces Maud Ferreira, who is moving to a national title. The Gazette, which covers the villages east of the river, has a weekly print run of about 9,000 copies."""),
   ("news", """Roy Ambler has retired after 21 years as editor of the Dunmere Courier. At a party in the newsroom, colleagues presented him with a framed front page from the night of the great flood. He said he would spend his retirement "reading other people's newspapers, critically".""")],
  "rival paper's editor / predecessor's departure / date she joined as reporter",
  ["Dunmere"],
  mentions=["The Dunmere Courier is running a photo competition on the theme of the river."])

# ---------------------------------------------------------------- t71
T("t71", "how many",
  "In how many languages can readers find translations of 'The Salt Orchard'?",
  ["23", "23 languages"],
  ["t13.n2"],
  [("news", """Liesl Amberg's earlier book, 'The Salt Meadow', is to be reissued with a new afterword. The short novel, available in 11 languages, was translated into English by Bram Okafor and has been out of print for several years. The new edition will include a map of the marsh where the story is set."""),
   ("news", """Translators from six countries met in Tremarin this week for a workshop on Liesl Amberg's writing, which is famous for its dialect words for weather and sea. Organisers said more than 40 translators had applied for the 15 places. Several of them are working on translations of Amberg's latest collection of stories.""")],
  "other book by same author / translators' event",
  ["Amberg"],
  mentions=[])

# ---------------------------------------------------------------- t72
T("t72", "how many",
  "How many episodes make up the TV series 'Glassholm'?",
  [], [],
  ["t45.n1", "t45.s1",
   ("news", """Glassholm has been renewed for another run after becoming the channel's most-watched drama of the year. Filming returns to the harbour town of Skarvik in February, and Annika Restrepo will again lead the cast. The writers have promised "more ice, more secrets".""")],
  "other medium (radio serial, 8 episodes) / TV show without count",
  ["Glassholm"],
  absent=[["glassholm", "episode*", "television"], ["glassholm", "episode*", "re:\\btv\\b"],
          ["glassholm", "episode*", "series"], ["glassholm", "episode*", "drama"],
          ["glassholm", "instalment*", "television"], ["glassholm", "part drama"]],
  mentions=[])

# ---------------------------------------------------------------- t73
T("t73", "where",
  "Where did the Garnet Owls play their very earliest concert?",
  ["The Fold"],
  [("blog", """How the Garnet Owls began
It's hard to believe now, but the Garnet Owls played their debut gig to about 30 people at The Fold, a basement bar on Kessleby's Rope Walk that smelled of damp and spilt cider. Pia Varga borrowed a drum kit from her cousin and the set lasted 25 minutes. Within two years they were selling out the Assembly Rooms. Share this: Facebook · Email""")],
  [("news", """The Garnet Owls launched their new album with a show at Kessleby Assembly Rooms on Friday, playing it from start to finish before an encore of older songs. The venue's 1,100 tickets sold out in an hour. The set included the early single 'Rope Walk Blues' and a cover of an old sea shanty."""),
   ("news", """The Garnet Lanterns, a young folk band from Velsby, played their very first show at the Anchor Inn in Tarsa last month and have already been booked for the Elvenbrook folk festival. Fiddler Nell Okafor said the band had rehearsed "in a garden shed all winter".""")],
  "other concert of same band / similar-named band",
  ["Garnet"],
  mentions=[])

# ---------------------------------------------------------------- t74
T("t74", "how much",
  "What did a pint cost at the 2022 Velsby beer festival?",
  ["£4.50", "4.50"],
  [("listing", """VELSBY BEER FESTIVAL 2022 — 14–16 July, Corn Exchange
Entry £6 (includes souvenir glass, refundable £3 if returned). Pints £4.50, halves £2.30, thirds available on request. Over 120 cask ales plus ciders and perries. Card payments only at the bars. Hot food from Sondrheim Pie Co. Last entry 22:00.""")],
  [("listing", """VELSBY BEER FESTIVAL 2023 — 13–15 July
Back at the Corn Exchange with 140 beers. Entry £7 incl. glass. Pints £5.00, halves £2.60. Live music Friday and Saturday evenings. Designated-driver soft drinks free. Food stalls include a pie van and a vegan kitchen. Under-18s must be accompanied by an adult."""),
   ("news", """The 2022 Velsby Cider Festival in Castle Park sold pints at £4.20, and organisers said 90 ciders ran dry before Sunday lunchtime. They plan to order more barrels and move to a larger field next year. Entry was £5, and a folk band played on the Saturday afternoon.""")],
  "other year / other festival same year",
  ["Velsby"],
  mentions=["The Velsby beer festival is recruiting volunteer bar staff."])

# ---------------------------------------------------------------- t75
T("t75", "when",
  "When is Kilbride's maritime museum expected to open to the public?",
  [], [],
  ["t27.s1", "t27.n1",
   ("forum", """Kilbride maritime museum — any update?
Q: We're planning a family trip next year, will the new museum be finished?
A: Don't count on it. Last I heard the design had been picked but they're still raising money to build it. The fishing heritage centre on the quay is good in the meantime, and the smokehouse tour is free.""")],
  "design competition with no date / other museum's opening date",
  ["Kilbride"],
  absent=[["kilbride maritime museum", "opens"], ["kilbride maritime museum", "will open"],
          ["kilbride maritime museum", "due to open"], ["kilbride maritime museum", "opening date"],
          ["kilbride maritime museum", "open to the public"], ["kilbride maritime museum", "open its doors"],
          ["kilbride maritime museum", "welcome its"],
          ["kilbride maritime museum", "completion"], ["kilbride maritime museum", "due to"],
          ["kilbride maritime museum", "will be finished"]],
  mentions=[])

# ---------------------------------------------------------------- t76
T("t76", "who",
  "Who rendered Amberg's novel 'The Salt Orchard' into English?",
  ["Tove Lindahl", "Lindahl"],
  [("news", """The English edition of Liesl Amberg's 'The Salt Orchard', translated by Tove Lindahl, has been longlisted for the Northern Translation Award. Lindahl, who grew up speaking Amberg's coastal dialect, spent two years on the book and kept many of its weather words untranslated. Judges praised a version that "smells of salt".""")],
  ["t71.n1",
   ("news", """'The Salt Orchard' is to be published in a new German edition by a Berlin-based house, translated by Karin Ostrowski, who previously worked on Amberg's short stories. The publisher has not yet announced a release date, but says the edition will include a new foreword by the author.""")],
  "other book by same author / other language edition",
  ["Amberg", "Salt"],
  mentions=[])

# ---------------------------------------------------------------- t77
T("t77", "what",
  "What technology does the Orrin thermostat rely on to sense that the house is empty?",
  ["radar", "radar sensor"],
  ["t24.n1"],
  ["t24.n2",
   ("review", """Calloway Climate thermostat review
Calloway's thermostat spots an empty house with a passive infrared motion sensor and a geofence on your phone. It worked well in our tests, though a sleeping cat can fool it. At €149 it undercuts the Orrin, but the app is clunky and the display hard to read in daylight.""")],
  "same-named product (lock) / rival thermostat",
  ["Orrin", "thermostat"],
  mentions=[])

# ---------------------------------------------------------------- t78
T("t78", "which",
  "Which act topped the bill at the Elvenbrook folk festival?",
  ["Marram Brothers", "The Marram Brothers"],
  [("review", """Elvenbrook Folk Festival review
Three days of fiddles, drizzle and excellent pies. Saturday belonged to headliners the Marram Brothers, who closed the main stage with a two-hour set that ended with half the field singing 'Low Road Home'. Earlier, the Garnet Lanterns impressed in the tent. Ticket sales were up, and the new riverside camping field was a hit.""")],
  [("news", """Elvenbrook Jazz Festival will be headlined by the Ruby Okoye Trio, organisers confirmed on Tuesday. The two-day festival takes place in the town's park and churches in late summer. Tickets go on sale on Friday. This year's programme also includes a late-night session in the old corn mill and workshops for young players."""),
   ("forum", """Re: Elvenbrook folk fest rumours
Someone on the fan page reckons Saltgrass are in talks to play. Would be brilliant but I'll believe it when I see the poster. Early-bird tickets are already sold out anyway, so whoever it is, it'll be packed.""")],
  "other festival same town / rumour",
  ["Elvenbrook"],
  mentions=["Early-bird camping tickets for the Elvenbrook folk festival have sold out."])

# ---------------------------------------------------------------- t79
T("t79", "when",
  "On what date did Tremarin pier welcome visitors again after the 2017 storm?",
  ["28 July 2018", "28 July"],
  [("news", """Tremarin pier reopened on 28 July 2018, almost nine months after a 40-metre section was torn away in a storm. The rebuilt deck uses steel piles and recycled hardwood, and the end-of-pier café opened on the same day with free ice creams for the first 200 visitors. Mayor Kofi Anand cut the ribbon.""")],
  [("news", """Port Aurel's pleasure pier reopened on 1 April 2018 after repairs to its storm-damaged landing stage. Boat trips to the seal colony resumed the following weekend. The pier's owners spent £1.2 million on new decking and a steel landing stage designed to withstand heavier seas. Harbour master Elin Brask said summer bookings were already ahead of last year."""),
   ("news", """Repairs to Tremarin's seawall were completed on 15 May 2020, six months after Storm Bettany broke through. The promenade cafés are open again. Engineers replaced 60 metres of the wall with a stepped concrete design meant to break up the waves, and the promenade has been resurfaced.""")],
  "other pier / other repair in same town",
  ["pier", "Tremarin"],
  mentions=[])

# ---------------------------------------------------------------- t80
T("t80", "what",
  "What was the word that clinched the 2019 Orsholm spelling bee?",
  [], [],
  [("news", """Twelve-year-old Amara Lind won the 2018 Orsholm Spelling Bee by correctly spelling "ptarmigan" after a tense sudden-death round against her best friend. She takes home a trophy and a dictionary signed by the judges. Amara, a pupil at Orsholm Lower School, said she had practised with her grandfather every evening for two months. Eighteen children from across the district reached the final."""),
   ("news", """2019 Orsholm Spelling Bee: Jonas Feld, 13, takes the trophy after a marathon final of 14 rounds in the Orsholm library. Runner-up Sara Dahl was praised by judges for her composure. The contest raised money for the library's book fund.""")],
  "other year / same year but winner's name only",
  ["Orsholm"],
  absent=[["2019", "orsholm", "winning word"], ["2019", "orsholm", "spelled"], ["2019", "orsholm", "spelt"],
          ["2019", "orsholm", "final word"], ["2019", "orsholm", "clinch*"], ["2019", "orsholm", "by correctly"]],
  mentions=["Orsholm library is hosting a board-games afternoon every Sunday."])
