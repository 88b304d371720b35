"""Hand-written topics for probe14. Every name here is invented.

Each topic has documents keyed "A" (answer passage, absent for no-answer topics)
and "N1".."N3" (near misses), a digest mention, and one or two questions.
"""


def doc(role, genre, text):
    return {"role": role, "genre": genre, "text": text.strip("\n")}


def ans(question, kind, answers, source, evidence, near_miss, yvo):
    return {"question": question, "kind": kind, "answers": answers, "source": source,
            "evidence": evidence, "near_miss": near_miss, "absent": [], "yvo": yvo, "answerable": True}


def una(question, kind, near_miss, absent, yvo):
    return {"question": question, "kind": kind, "answers": [], "source": None, "evidence": "",
            "near_miss": near_miss, "absent": absent, "yvo": yvo, "answerable": False}


TOPICS = []


def topic(name, docs, mention, questions):
    TOPICS.append({"topic": name, "docs": docs, "mention": mention, "questions": questions})


topic("harlow_vale_marathon", {
    "A": doc("answer", "news", """
Malmqvist and Carvalheira take Harlow Vale titles
HARLOW VALE, 18 April 2021 - Teodor Malmqvist pulled clear on the climb past Gorse Mill to win the men's race at the
2021 Harlow Vale Marathon in 2:11:48, while Ines Carvalheira was first in the women's race in 2:29:05. Organisers said
4,312 runners crossed the line on Quayside Road, the biggest field since the race moved to April. Malmqvist, a
physiotherapist from Eddon, said the wind off the estuary made the last ten kilometres "a proper grind".
"""),
    "N1": doc("near_miss", "results", """
Harlow Vale Marathon 2019: full results
The 2019 Harlow Vale Marathon was run on 14 April 2019 over the estuary course.
Men: 1. Josef Haldane 2:13:02; 2. Teodor Malmqvist 2:13:40; 3. Arun Pellew 2:15:11.
Women: 1. Sian Morrow 2:31:20; 2. Ines Carvalheira 2:32:02; 3. Leah Dunstan 2:35:47.
Finishers: 3,980. The course record of 2:10:55 was not threatened. Chip times are provisional until confirmed by the
~ race referee.
"""),
    "N2": doc("near_miss", "news", """
Dobbs claims Harlow Vale Half title
Kieran Dobbs won the Harlow Vale Half Marathon on Sunday 18 April 2021, finishing the shorter loop in 1:04:31, almost a
minute clear of clubmate Ravi Sandhu. The half starts thirty minutes after the full marathon and shares its finish on
Quayside Road. Dobbs, who coaches at Eddon Harriers, said he had used the race as a tempo session before the track
season.
"""),
}, "Road closures for the Harlow Vale Marathon will again affect Quayside Road, the council has warned.", [
    ans("Who won the men's race at the 2021 Harlow Vale Marathon?", "who", ["Teodor Malmqvist", "Malmqvist"], "A",
        "Teodor Malmqvist pulled clear on the climb past Gorse Mill to win the men's race", ["N1", "N2"], True),
    una("Who won the Harlow Vale Marathon in 2020?", "who", ["A", "N1"],
        ["2020 Harlow Vale", "Harlow Vale Marathon 2020", "Harlow Vale Marathon in 2020"], True),
])

topic("quillmate", {
    "A": doc("answer", "release_notes", """
Quillmate 4.2 release notes
Released: 9 March 2023
Quillmate 4.2 is a feature release of the note-taking app for desktop and mobile.
New
- Offline sync: notebooks now sync changes made without a connection once you are back online.
- Tables can be sorted by any column.
Fixed
- Crash when pasting images larger than 20 MB on Android.
- Search no longer ignores accented characters.
Known issues
- The Windows installer may ask for a restart twice.
"""),
    "N1": doc("near_miss", "release_notes", """
Quillmate 4.1 release notes
Released: 12 December 2022
New
- Tags can now have colours, and the tag list can be filtered.
- A new compact layout for small laptop screens.
Fixed
- Reminders no longer fire twice after daylight saving changes.
- Exported PDFs keep their page margins.
Thanks to everyone who reported bugs on the community board during the beta.
"""),
    "N2": doc("near_miss", "blog", """
Quillmate 5.0 announced, due in the autumn
The Quillmate team announced version 5.0 at its user meetup on 20 June 2023 and said the release is planned for the
autumn. The headline change is shared notebooks with live editing, something users have requested for years. The
developers also promised a rebuilt mobile editor. No firm date was given, and the team said beta invitations would go
out to paying subscribers first.
"""),
}, "Quillmate users on the community board are once again asking for a web clipper.", [
    ans("When did Quillmate 4.2 come out?", "when", ["9 March 2023"], "A", "Released: 9 March 2023",
        ["N1", "N2"], True),
    una("What is the release date of Quillmate 4.3?", "when", ["A", "N1", "N2"],
        ["Quillmate 4.3", "version 4.3", "4.3 release"], True),
])

topic("saltmarsh", {
    "A": doc("answer", "encyclopedia", """
Saltmarsh (film)
Saltmarsh is a 2016 British drama film directed by Maren Ashcroft and written by Ashcroft and Tobias Venn. Set in a
coastal village during a winter flood, it follows a ferryman's daughter who hides a stranger from the authorities.
Made on a budget of $3.1 million, it grossed $14.2 million worldwide and won the debut feature prize at the Corran Film
Festival. Critics praised the cinematography of Ilse Marr.
"""),
    "N1": doc("near_miss", "encyclopedia", """
Saltmarsh (video game)
Saltmarsh is a 2019 puzzle adventure game developed by Lowtide Studio and directed by Pieter Vossberg. The player
guides a lighthouse keeper through a drowned estuary, redirecting tides to open new paths. It was released for Windows
and consoles and was nominated for best debut at the Northern Games Awards. Its soundtrack was composed by Ada Fenn.
"""),
    "N2": doc("near_miss", "review", """
Book review: Saltmarsh by Clement Ridley
Clement Ridley's new novel, Saltmarsh, is a slow and salty thing, told by a retired customs officer who cannot stop
writing letters to his dead brother. Ridley is good on weather and better on guilt. The middle third drags, and a
subplot about a missing boat never quite pays off, but the final chapter is as good as anything he has written.
Published by Greyhame Books, 320 pages.
"""),
}, "A restored print of Saltmarsh screens at the Regent on Friday as part of the coastal cinema season.", [
    ans("Who directed the film Saltmarsh?", "who", ["Maren Ashcroft"], "A",
        "drama film directed by Maren Ashcroft", ["N1", "N2"], False),
    ans("How much money did the film Saltmarsh take at the box office worldwide?", "how_much", ["$14.2 million"], "A",
        "it grossed $14.2 million worldwide", ["N1"], False),
])

topic("brackenford", {
    "A": doc("answer", "encyclopedia", """
Brackenford
Brackenford is a market town and civil parish on the River Leme in the county of Westmoor. At the 2021 census the town
had a population of 23,417. It grew up around a wool market chartered in the thirteenth century, and its Tuesday
market still fills the triangular square below St Aldhelm's church. The town is served by Brackenford railway station
on the Leme Valley line.
"""),
    "N1": doc("near_miss", "club_page", """
Brackenford Athletic F.C. - About the club
Brackenford Athletic Football Club, nicknamed the Weavers, play at Mill Lane, which holds 4,800 spectators. The record
crowd of 6,112 came for a cup tie in 1987. Founded in 1891, the club plays in the Westmoor Combination and runs
sixteen youth sides. Matchday tickets are available at the turnstiles; under-12s go free with a paying adult.
"""),
}, "Brackenford's Tuesday market will move to the station car park for two weeks during resurfacing.", [
    ans("How many people lived in Brackenford according to the 2021 census?", "how_many", ["23,417"], "A",
        "At the 2021 census the town had a population of 23,417", ["N1"], True),
    ans("Which river does the town of Brackenford stand on?", "which", ["River Leme", "Leme"], "A",
        "market town and civil parish on the River Leme", ["N1"], False),
])

topic("hollow_jetty", {
    "A": doc("answer", "encyclopedia", """
Copperline (album)
Copperline is the second studio album by the English indie band Hollow Jetty, released on 22 May 2015 through
Pinewire Records. It was produced by Dara Quennell at a converted chapel in Ruthwell and recorded over six weeks. The
lead single, "Signal Fires", reached number 31 on the national chart, and the album peaked at number 12.
"""),
    "N1": doc("near_miss", "encyclopedia", """
Gull Harbour
Gull Harbour is the debut studio album by Hollow Jetty, released in 2012 on Pinewire Records. The band produced it
themselves with the engineer Hal Ostrow in a rented farmhouse outside Ruthwell. It sold modestly on release but later
gained a following after "Tin Boat" was used in a television advert.
"""),
    "N2": doc("near_miss", "review", """
Live review: Hollow Jetty, Corn Exchange
Hollow Jetty played most of Copperline on Saturday night, plus a ragged, joyful cover of an old sea shanty. The sound
was muddy for the first three songs, and the singer's guitar kept dropping out, but by "Signal Fires" the room was
with them. Support came from the Ruthwell duo Cairn & Kestrel. Four stars.
"""),
}, "Hollow Jetty have added a second night at the Corn Exchange after the first sold out.", [
    ans("Who produced Hollow Jetty's album Copperline?", "who", ["Dara Quennell"], "A",
        "It was produced by Dara Quennell", ["N1", "N2"], False),
    una("When did Hollow Jetty release their third studio album?", "when", ["A", "N1"],
        ["third studio album", "third album"], True),
])

topic("tervane_logistics", {
    "A": doc("answer", "press_release", """
Tervane Logistics names Helga Strand chief executive
OLDMERE, 4 July 2022 - Tervane Logistics, the Oldmere-based freight and warehousing group, today announced the
appointment of Helga Strand as chief executive officer, effective 1 September 2022. Strand joins from Baltic Reach
Shipping, where she ran European operations. She succeeds Omar Feld, who has served as interim chief executive since
November 2021 and will return to his post as chief financial officer.
"""),
    "N1": doc("near_miss", "news", """
Tervane chief steps down as finance head takes interim role
12 November 2021 - Tervane Logistics said on Friday that its chief executive, Rupert Sallow, would leave the freight
group with immediate effect after six years. Omar Feld, the chief financial officer, was named interim chief executive
while the board searches for a permanent successor. Shares fell four per cent.
"""),
}, "Tervane Logistics is recruiting 40 drivers for its new cold-store depot.", [
    ans("Who was appointed chief executive of Tervane Logistics in 2022?", "who", ["Helga Strand"], "A",
        "announced the appointment of Helga Strand as chief executive officer", ["N1"], True),
    ans("In which town is Tervane Logistics headquartered?", "where", ["Oldmere"], "A",
        "the Oldmere-based freight and warehousing group", ["N1"], False),
])

topic("tarrant", {
    "A": doc("answer", "encyclopedia", """
Wilhelmina Tarrant
Wilhelmina Tarrant (born 3 August 1961) is an architect known for timber public buildings, including the Skerrow ferry
terminal and the library of Hallam Bridge University. Born in Cobb Ferry, she trained with the practice of Lowe &
Hadley before opening her own studio in 1994. She is the daughter of the botanist Agnes Tarrant.
"""),
    "N1": doc("near_miss", "encyclopedia", """
Agnes Tarrant
Agnes Tarrant (1934 - 2009) was a botanist who catalogued the mosses and liverworts of the Westmoor uplands. She was
born in Lindhurst and studied at Hallam Bridge University, where she later taught for thirty years. Her field notebooks
are held by the county archive. Her daughter is the architect Wilhelmina Tarrant.
"""),
}, "A talk on Wilhelmina Tarrant's timber buildings has been moved to the larger hall.", [
    ans("Where was the architect Wilhelmina Tarrant born?", "where", ["Cobb Ferry"], "A",
        "Born in Cobb Ferry", ["N1"], False),
    ans("In what year was Wilhelmina Tarrant born?", "when", ["1961"], "A", "born 3 August 1961", ["N1"], False),
])

topic("corrie_valley_league", {
    "A": doc("answer", "encyclopedia", """
2018-19 Corrie Valley League
The 2018-19 Corrie Valley League was the 42nd season of the league. Dunmore Wanderers won the title, their fourth,
finishing two points ahead of Eskbridge Town. The holders, Pellow Rangers, finished fifth. The season began on 11
August 2018 and ended on 4 May 2019, and Ashby Colliery were relegated after losing their last six matches.
"""),
    "N1": doc("near_miss", "encyclopedia", """
2017-18 Corrie Valley League
The 2017-18 Corrie Valley League was the 41st season of the league. Pellow Rangers won the championship on goal
difference from Dunmore Wanderers after beating them 2-1 on the final day. Eskbridge Town finished third. Kelsey
Road were promoted from the Corrie Valley First Division.
"""),
}, "The Corrie Valley League fixtures meeting will be held at Eskbridge on Thursday.", [
    ans("Which club won the 2018-19 Corrie Valley League?", "which", ["Dunmore Wanderers"], "A",
        "Dunmore Wanderers won the title, their fourth", ["N1"], True),
    una("Which team were Corrie Valley League champions in 2019-20?", "which", ["A", "N1"],
        ["2019-20", "2019/20", "2019\u201320"], True),
])

topic("kitchen_lantern", {
    "A": doc("answer", "encyclopedia", """
Kitchen Lantern (series 3)
The third series of the cookery competition Kitchen Lantern aired on Channel Nine West from 6 September to 22 November.
The series featured twelve home cooks, judged by Marguerite Osei and Danny Fallon. The final was won by Priya
Nandakumar, a school librarian from Tansley, with Gideon Fell as runner-up. Her winning menu included smoked eel on
rye and a burnt honey tart.
"""),
    "N1": doc("near_miss", "encyclopedia", """
Kitchen Lantern (series 2)
The second series of Kitchen Lantern featured ten home cooks and was again presented by Tess Abara. It was won by
Lottie Marsh, a retired firefighter, who beat the student Amir Haddad in the final. Viewing figures rose by a third
compared with the first series.
"""),
}, "Applications are open for the next series of Kitchen Lantern.", [
    ans("Who won series three of Kitchen Lantern?", "who", ["Priya Nandakumar"], "A",
        "The final was won by Priya Nandakumar", ["N1"], True),
    ans("How many contestants took part in the third series of Kitchen Lantern?", "how_many", ["twelve"], "A",
        "The series featured twelve home cooks", ["N1"], True),
])

topic("anselm_bridge", {
    "A": doc("answer", "encyclopedia", """
Anselm Bridge
The Anselm Bridge is a cable-stayed road bridge across the River Orle at Pellory. Construction began in March 2009,
and the bridge opened to traffic on 2 October 2012, a year later than planned. Its main span is 310 metres. The
project's final cost was \u00a348 million, against an original budget of \u00a335 million; the overrun was blamed on
flooding of the south caisson.
"""),
    "N1": doc("near_miss", "news", """
Work starts on Orle crossing
PELLORY, 16 March 2009 - Contractors began work today on the Anselm Bridge, the long-awaited second crossing of the
River Orle. The council said the \u00a335 million bridge is expected to open to traffic in autumn 2011 and will take
lorries out of the town centre. Temporary lights will operate on Wharf Road for the first six months.
"""),
}, "The Anselm Bridge will close overnight on Tuesday for cable inspections.", [
    ans("When did the Anselm Bridge open to traffic?", "when", ["2 October 2012"], "A",
        "the bridge opened to traffic on 2 October 2012", ["N1"], False),
    ans("How much did the Anselm Bridge end up costing?", "how_much", ["\u00a348 million"], "A",
        "final cost was \u00a348 million", ["N1"], False),
])

topic("ferrotype", {
    "A": doc("answer", "release_notes", """
Ferrotype changelog: 3.2.0
3.2.0 (2021-06-14)
Added
- WebP decoding and encoding behind the new webp feature flag.
- Image::open accepts any reader that implements Read and Seek.
Changed
- Minimum supported Rust version raised to 1.51.
Fixed
- Wrong gamma when saving 16-bit PNG files.
- Panic on truncated GIF frames.
"""),
    "N1": doc("near_miss", "release_notes", """
Ferrotype changelog: 3.1.0
3.1.0 (2021-02-02)
Added
- Reading AVIF still images.
- Faster nearest-neighbour resizing on ARM.
Fixed
- Off-by-one error in crop bounds.
- Reading very large TIFF strips no longer exhausts memory.
Note: WebP support is planned for a later release; see the tracking issue.
"""),
    "N2": doc("near_miss", "release_notes", """
Ferrotype changelog: 3.4.0
3.4.0 (2022-01-20)
Changed
- The WebP encoder now uses lossless mode by default; pass a quality value to get lossy output.
- Error types implement Send and Sync.
Removed
- The deprecated open_path function.
Fixed
- Colour profile lost when converting JPEG to PNG.
"""),
}, "The Ferrotype maintainers are looking for volunteers to help triage issues.", [
    ans("Which release of Ferrotype added WebP support?", "which", ["3.2.0"], "A",
        "3.2.0 (2021-06-14)\nAdded\n- WebP decoding", ["N1", "N2"], False),
    una("When was Ferrotype 3.3 released?", "when", ["A", "N2"], ["3.3.0", "Ferrotype 3.3"], True),
])

topic("gristhorpe_mayor", {
    "A": doc("answer", "news", """
Okafor wins Gristhorpe mayoral race
GRISTHORPE, 6 May 2022 - Nadia Okafor was elected mayor of Gristhorpe on Thursday, taking 11,204 votes to 9,876 for
Dennis Holm. Turnout was 34 per cent, down from the previous contest. Okafor, a former head teacher, said her first
priority would be restoring evening buses to the outlying estates.
"""),
    "N1": doc("near_miss", "news", """
Gristhorpe mayor picks Reddy as deputy
Gristhorpe's new mayor has appointed councillor Colm Reddy as deputy mayor, with responsibility for housing and
planning. Reddy, who has represented Northgate ward since 2014, will chair the planning committee. The appointment
was confirmed at the council's annual meeting on 24 May 2022.
"""),
}, "Gristhorpe council will consult on bus lane changes this summer.", [
    ans("Who was elected mayor of Gristhorpe in 2022?", "who", ["Nadia Okafor"], "A",
        "Nadia Okafor was elected mayor of Gristhorpe", ["N1"], True),
    ans("How many votes did the winner of the 2022 Gristhorpe mayoral election get?", "how_many", ["11,204"], "A",
        "taking 11,204 votes", ["N1"], True),
])

topic("brennan_prize", {
    "A": doc("answer", "news", """
The Glass Orchard wins 2020 Brennan Prize
Ruth Calloway's The Glass Orchard has won the 2020 Brennan Prize for Fiction. The chair of judges, Oona Freel, called
it "a novel about inheritance that never raises its voice". Calloway, who wrote the book while working nights at a
bakery, receives \u00a315,000. She said she would spend some of it on a new laptop and the rest on her overdraft.
"""),
    "N1": doc("near_miss", "news", """
Brennan Prize 2020 shortlist announced
Six novels are in the running for this year's Brennan Prize for Fiction: The Glass Orchard by Ruth Calloway; Lanterns
at Low Water by Isaac Penrose; Small Arithmetic by Jude Amari; The Weir by Helen Costa; North of Ordinary by Sam
Tolley; and Ferrier's Hours by Nell Ashworth. The winner will be announced in November.
"""),
    "N2": doc("near_miss", "encyclopedia", """
Brennan Prize for Fiction
The Brennan Prize for Fiction is an annual award for a novel by a writer living in the northern counties. It was
founded by the bookseller Agatha Brennan. The 2019 prize went to Isaac Penrose for Harbour Dues, and the 2018 prize to
Mara Lindqvist for The Understudy. The winner receives \u00a315,000.
"""),
}, "The Brennan Prize will open submissions to self-published authors.", [
    ans("Which book won the Brennan Prize for Fiction in 2020?", "which", ["The Glass Orchard"], "A",
        "The Glass Orchard has won the 2020 Brennan Prize for Fiction", ["N1", "N2"], True),
    una("Who won the 2021 Brennan Prize for Fiction?", "who", ["A", "N2"],
        ["2021 Brennan", "Brennan Prize 2021", "Brennan Prize for Fiction 2021"], True),
])

topic("marrowby_folk", {
    "A": doc("answer", "news", """
Record crowd at Marrowby Folk Festival
MARROWBY, 29 July 2019 - The Marrowby Folk Festival drew 18,500 people over its three days, organisers said, its
largest audience since it began in a pub car park. Headliners included The Tallow Sisters and the fiddler Ewan Rook.
Traffic queues on the Marrowby road stretched for two miles on Saturday morning.
"""),
    "N1": doc("near_miss", "press_release", """
Marrowby Folk Festival 2022 line-up revealed
The Marrowby Folk Festival returns to Hoggett's Meadow for 2022 with more than forty acts across three stages,
including Mari Llewellyn and the Cold Harbour Band. Organisers expect around 20,000 visitors across the weekend; the
site is licensed for 25,000. Early-bird weekend tickets are on sale until the end of March.
"""),
}, "Volunteers are needed for the Marrowby Folk Festival litter crew.", [
    ans("How many people went to the 2019 Marrowby Folk Festival?", "how_many", ["18,500"], "A",
        "drew 18,500 people over its three days", ["N1"], True),
    una("What was the attendance at the 2022 Marrowby Folk Festival?", "how_many", ["A", "N1"],
        ["2022 festival drew", "2022 attendance", "attended the 2022"], True),
])

topic("nimbrel_tab", {
    "A": doc("answer", "press_release", """
Nimbrel announces the Tab S3
Nimbrel today announced the Tab S3, its thinnest tablet yet, with an 11-inch display, a stylus in the box and up to
fourteen hours of battery life. The Nimbrel Tab S3 will be available from 15 October, priced at \u20ac429 for the
128 GB model and \u20ac499 for the 256 GB model. A keyboard cover is sold separately.
"""),
    "N1": doc("near_miss", "review", """
Nimbrel Tab S2 review: good screen, weak speakers
The Tab S2 gets a lot right for \u20ac379. The screen is bright and sharp, and the battery comfortably lasts a day of
video. The speakers are thin, the camera is an afterthought, and the bundled charger is slow. If you mostly read and
watch, it is easy to recommend. Score: 7/10.
"""),
}, "Nimbrel has opened a repair counter at its Port Ambrel store.", [
    ans("How much does the 128 GB Nimbrel Tab S3 cost?", "how_much", ["\u20ac429"], "A",
        "priced at \u20ac429 for the 128 GB model", ["N1"], True),
    una("What is the price of the Nimbrel Tab S4?", "how_much", ["A", "N1"], ["Tab S4"], True),
])

topic("tansley_lantern_parade", {
    "A": doc("answer", "event_listing", """
Tansley Lantern Parade 2024
Saturday 2 November. The parade sets off from Fairholme Green at 6.30pm and winds through the old town to the
riverside, where the lanterns are floated at about 7.15pm. Lantern-making workshops run in the library on the two
Saturdays before. Free, no booking needed. A step-free route is marked on the map at the library desk.
"""),
    "N1": doc("near_miss", "event_listing", """
Tansley Lantern Parade 2023
Saturday 4 November. Gather at Castle Mews from 5.30pm; the parade leaves at 6pm and follows the old town walls to the
bandstand. Bring a lantern or make one at the free workshops in the church hall. Stewards in yellow bibs will help
with road crossings. Hot chocolate on sale in aid of the scouts.
"""),
}, "Lantern-making sessions for the Tansley parade are filling quickly.", [
    ans("Where does the 2024 Tansley Lantern Parade start?", "where", ["Fairholme Green"], "A",
        "The parade sets off from Fairholme Green", ["N1"], True),
    ans("What time does the 2024 Tansley Lantern Parade set off?", "when", ["6.30pm"], "A",
        "sets off from Fairholme Green at 6.30pm", ["N1"], True),
])

topic("brindled_hare", {
    "A": doc("answer", "review", """
Review: The Brindled Hare, Owlsbury
The Brindled Hare has gone from dusty coaching inn to the best table in Owlsbury in under two years, and most of the
credit goes to head chef Tomasz Wren. The seven-course tasting menu is \u00a365 a head and worth it for the hogget
alone. Service was warm if a little slow. The wine list is short and fairly priced. Rating: 4/5.
"""),
    "N1": doc("near_miss", "club_page", """
The Brindled Hare, Marlcombe
Your village local since 1790. Pub quiz every Wednesday from 8pm, darts on Fridays, and a Sunday roast for \u00a316.50
served until 4pm. Landlord Gary Pound and the team welcome dogs in the snug. Function room available for parties of
up to forty; ask at the bar.
"""),
}, "The Brindled Hare in Owlsbury is closed for refurbishment next week.", [
    ans("Who is the head chef at The Brindled Hare in Owlsbury?", "who", ["Tomasz Wren"], "A",
        "head chef Tomasz Wren", ["N1"], False),
    ans("How much is the tasting menu at The Brindled Hare in Owlsbury?", "how_much", ["\u00a365"], "A",
        "tasting menu is \u00a365 a head", ["N1"], False),
])

topic("corvel_router", {
    "A": doc("answer", "forum", """
Corvel R7 dropping Wi-Fi every few hours - solved?
Posted by lindenmoth: My R7 has been dropping every device off Wi-Fi roughly every four hours for a month. Update:
~ Corvel pushed firmware 2.8.14 overnight and the dropouts have stopped. The notes mention a fix for 5 GHz band
~ steering.
Reply from k_arnott: Same here, 2.8.14 fixed it for me too. Two days without a drop.
Reply from teaselfield: Good to hear, mine has not updated yet.
"""),
    "N1": doc("near_miss", "forum", """
Corvel R7 still disconnecting on 2.8.12
Posted by k_arnott: Installed 2.8.12 last week hoping it would sort the Wi-Fi dropouts. It did not. Phones and the
~ laptop still lose the network every few hours, wired devices are fine.
Reply from grebe_99: Support told me a fix is coming in a later build and to turn off band steering for now.
"""),
}, "Corvel's support forum will be offline on Sunday for maintenance.", [
    ans("Which firmware version fixed the Wi-Fi dropouts on the Corvel R7?", "which", ["2.8.14"], "A",
        "Corvel pushed firmware 2.8.14 overnight and the dropouts have stopped", ["N1"], False),
    una("When did Corvel release firmware 2.9 for the R7?", "when", ["A", "N1"],
        ["firmware 2.9", "2.9.0", "R7 2.9"], True),
])

topic("wrenfield_rowing", {
    "A": doc("answer", "club_page", """
Wrenfield Rowing Club - Our history
Wrenfield Rowing Club was founded in 1887 by workers from the Albion tannery and has rowed from its boathouse on Mill
Reach ever since. The club won the Grand Challenge Sculls at the county regatta eleven times between the wars.
Today we have about 160 members, from juniors to veterans, and welcome beginners every spring.
"""),
    "N1": doc("near_miss", "club_page", """
Wrenfield Cricket Club - About
Wrenfield Cricket Club was founded in 1902 and plays at Parson's Field, off Church Lane. We run three Saturday sides,
a Sunday friendly eleven and junior teams from under-9 to under-15. Nets are on Tuesday and Thursday evenings from
April. New players of all abilities are welcome.
"""),
}, "Wrenfield Rowing Club holds an open day for new members in May.", [
    ans("In what year was Wrenfield Rowing Club founded?", "when", ["1887"], "A",
        "Wrenfield Rowing Club was founded in 1887", ["N1"], False),
    ans("Where is the Wrenfield Rowing Club boathouse?", "where", ["Mill Reach"], "A",
        "boathouse on Mill Reach", ["N1"], False),
])

topic("ellery", {
    "A": doc("answer", "encyclopedia", """
Jonah Ellery
Jonah Ellery (born 11 January 1994) is a footballer who plays as a centre-back for Stourmouth City. A product of the
club's academy, he has made 247 league appearances for Stourmouth City and captained them to promotion. He is known
for his aerial strength and long throw. His younger brother Caleb is also a footballer.
"""),
    "N1": doc("near_miss", "encyclopedia", """
Caleb Ellery
Caleb Ellery (born 2 June 1997) is a footballer who plays as a goalkeeper for Carrow Town. He came through the academy
at Stourmouth City, making 87 league appearances before joining Carrow Town on a free transfer. He is the younger
brother of the Stourmouth City defender Jonah Ellery.
"""),
}, "Stourmouth City have confirmed a pre-season friendly against Eskbridge Town.", [
    ans("How many league appearances has Jonah Ellery made for Stourmouth City?", "how_many", ["247"], "A",
        "he has made 247 league appearances", ["N1"], False),
    ans("What position does Jonah Ellery play?", "what", ["centre-back"], "A",
        "plays as a centre-back for Stourmouth City", ["N1"], False),
])

topic("corra_dane", {
    "A": doc("answer", "news", """
New ferry enters service on the Skerrow crossing
PORT AMBREL, 14 June 2018 - The MV Corra Dane entered service on the Port Ambrel to Skerrow route this morning,
replacing the forty-year-old MV Elspeth. The new ship can carry 620 passengers and 140 cars and cuts the crossing
time by ten minutes. Islanders lined the pier at Skerrow to welcome her first sailing.
"""),
    "N1": doc("near_miss", "news", """
Corra Dane launched at Hallerby yard
3 March 2016 - The hull of the new island ferry Corra Dane was launched at the Hallerby shipyard on Thursday, watched
by several hundred workers and their families. Fitting out will now begin, and the operator said the ship is due to
enter service on the Skerrow route in spring 2017.
"""),
}, "Sailings on the Skerrow crossing may be disrupted by high winds this weekend.", [
    ans("When did the ferry MV Corra Dane begin carrying passengers?", "when", ["14 June 2018"], "A",
        "14 June 2018 - The MV Corra Dane entered service", ["N1"], False),
    ans("How many passengers can the Corra Dane carry?", "how_many", ["620"], "A",
        "can carry 620 passengers", ["N1"], False),
])

topic("lumenkit", {
    "A": doc("answer", "release_notes", """
Lumenkit 5.0.0 release notes
Lumenkit 5.0 is a major release with breaking changes.
Breaking
- Lumenkit now requires Python 3.9 or newer; support for Python 3.7 and 3.8 has been removed.
- The legacy Widget API has been removed; use the component API instead.
New
- Async event handlers.
- A built-in dark theme.
Upgrading: run the lumenkit-migrate tool on your project before updating.
"""),
    "N1": doc("near_miss", "release_notes", """
Lumenkit 4.6.0 release notes
Lumenkit 4.6 supports Python 3.7 to 3.11.
Deprecated
- 4.6 is the last release series to support Python 3.7.
- The Widget API is deprecated and will be removed in a future major release.
Fixed
- Memory leak when closing nested dialogs.
- Tooltips now respect the system font size.
"""),
}, "Lumenkit's documentation site has a new search box.", [
    ans("What is the minimum Python version needed for Lumenkit 5.0?", "what", ["Python 3.9", "3.9"], "A",
        "Lumenkit now requires Python 3.9 or newer", ["N1"], True),
    una("What Python version does Lumenkit 5.1 require?", "what", ["A", "N1"], ["Lumenkit 5.1", "5.1.0"], True),
])

topic("orrel_museum", {
    "A": doc("answer", "news", """
Orrel Maritime Museum: a record year
The Orrel Maritime Museum welcomed 142,300 visitors during 2019, its busiest year since it opened in the old customs
house, according to its annual review. The lifeboat gallery and the new children's dock were the most popular
attractions. School visits rose by a fifth, and the cafe turned a profit for the first time.
"""),
    "N1": doc("near_miss", "news", """
Museum visitor numbers up again
Visitor numbers at the Orrel Maritime Museum rose to 131,950 in 2018, up six per cent on the year before, the trustees
reported. They credited the summer exhibition on herring fishing and longer opening hours on Thursdays.
"""),
    "N2": doc("near_miss", "press_release", """
Orrel Maritime Museum sets out five-year plan
The trustees of the Orrel Maritime Museum have published a plan that aims to reach 150,000 visitors a year by the end
of the decade, with a new gallery in the former rope store and free entry for local residents on the first Sunday of
each month. The plan also commits the museum to cutting its energy use by a quarter.
"""),
}, "The Orrel Maritime Museum's lifeboat gallery reopens after repairs.", [
    ans("How many visitors did the Orrel Maritime Museum get in 2019?", "how_many", ["142,300"], "A",
        "welcomed 142,300 visitors during 2019", ["N1", "N2"], True),
    una("How many people visited the Orrel Maritime Museum in 2020?", "how_many", ["A", "N1", "N2"],
        ["visitors in 2020", "visitors during 2020", "2020 visitor", "in 2020"], True),
])

topic("brightwater", {
    "A": doc("answer", "press_release", """
Kellan Group completes acquisition of Brightwater Instruments
28 April 2020 - Kellan Group today completed its acquisition of Brightwater Instruments, the maker of laboratory
balances and moisture meters, for $212 million in cash. The deal was first announced on 3 February. Brightwater will
keep its name and its Sallow Cross factory, and its founder, Ruth Ingle, will join Kellan's board.
"""),
    "N1": doc("near_miss", "news", """
Kellan said to weigh bid for Brightwater
Kellan Group is considering an offer of about $180 million for Brightwater Instruments, according to people familiar
with the matter. No decision has been made and talks could still fall apart, they said. Brightwater declined to
comment.
"""),
}, "Brightwater Instruments is hiring apprentices at its Sallow Cross factory.", [
    ans("How much did Kellan Group pay to buy Brightwater Instruments?", "how_much", ["$212 million"], "A",
        "for $212 million in cash", ["N1"], False),
    ans("When was Kellan Group's takeover of Brightwater Instruments completed?", "when", ["28 April 2020"], "A",
        "28 April 2020 - Kellan Group today completed its acquisition", ["N1"], False),
])

topic("solberg", {
    "A": doc("answer", "news", """
Solberg breaks national steeplechase record
VELLANT, 2 July 2021 - Mira Solberg set a national record of 9:21.04 in the 3000m steeplechase at the Vellant Grand
Prix on Friday, taking more than two seconds off the old mark. She finished third behind two Olympic finalists. "I
knew I had it after the last water jump," said Solberg, who trains in Eddon.
"""),
    "N1": doc("near_miss", "news", """
Solberg fast indoors
Mira Solberg opened her indoor season with a personal best of 8:52.60 over 3000 metres on the flat at the Eddon
Arena on Saturday. The steeplechaser said she was using the winter to work on her speed before returning to the
barriers in the summer.
"""),
}, "Mira Solberg is expected to open her season at a cross-country meeting.", [
    ans("What is Mira Solberg's national record time in the steeplechase?", "what", ["9:21.04"], "A",
        "national record of 9:21.04 in the 3000m steeplechase", ["N1"], False),
    ans("Where did Mira Solberg set her national steeplechase record?", "where", ["Vellant Grand Prix", "Vellant"],
        "A", "at the Vellant Grand Prix", ["N1"], False),
])

topic("ashgrove_lane", {
    "A": doc("answer", "encyclopedia", """
Ashgrove Lane (series 2)
The second series of the drama Ashgrove Lane consisted of eight episodes and was broadcast weekly from 14 January
2020. It picks up two years after the fire at the Dobson house, as the residents of the lane fight plans for a bypass.
Ruth Akande and Paul Garvey returned in the lead roles, and the series was written by Ellen Marsh.
"""),
    "N1": doc("near_miss", "encyclopedia", """
Ashgrove Lane (series 1)
The first series of Ashgrove Lane consisted of six episodes and was broadcast in the autumn of 2017. It introduced the
residents of a cul-de-sac in a northern market town and ended with the fire at the Dobson house. It was nominated for
best drama at the Northern Screen Awards.
"""),
}, "Filming for Ashgrove Lane has been spotted on Wrenfield high street.", [
    ans("How many episodes were in the second series of Ashgrove Lane?", "how_many", ["eight"], "A",
        "consisted of eight episodes", ["N1"], True),
    una("When was the third series of Ashgrove Lane broadcast?", "when", ["A", "N1"],
        ["third series of Ashgrove", "Ashgrove Lane (series 3)", "Ashgrove Lane series 3", "series three"], True),
])

topic("kelderby_park", {
    "A": doc("answer", "encyclopedia", """
Kelderby Park (stadium)
Kelderby Park is a football stadium in Kelderby and has been the home of Kelderby United since 1923. It has an
all-seated capacity of 31,500. The record attendance of 29,884 was set in 1994 for a cup replay, when the ground
still had standing terraces. The East Stand was rebuilt in 2008.
"""),
    "N1": doc("near_miss", "encyclopedia", """
Kelderby Park (nature reserve)
Kelderby Park is a nature reserve of 40 hectares near the village of Kelderby Cross, managed by the county wildlife
trust. It includes wet meadow, alder carr and a heronry. A boardwalk gives access to two hides, and the car park
holds about thirty cars.
"""),
}, "Kelderby United will host an open training session at Kelderby Park.", [
    ans("How many spectators can Kelderby Park stadium hold?", "how_many", ["31,500"], "A",
        "all-seated capacity of 31,500", ["N1"], False),
    ans("What is the record attendance at Kelderby Park?", "how_many", ["29,884"], "A",
        "The record attendance of 29,884", ["N1"], False),
])

topic("lamplight_alley", {
    "A": doc("answer", "encyclopedia", """
Lamplight Alley (musical)
Lamplight Alley is a stage musical with music by Sefton Rourke, lyrics by Anna Duvall and a book by Marcus Lyle. It
premiered at the Gable Street Theatre in Carrow in March 2008 and ran for fourteen months. Set among the lamplighters
of a Victorian port, it is best known for the ballad "Wick and Oil".
"""),
    "N1": doc("near_miss", "review", """
Review: Lamplight Alley revival
The first major revival of Lamplight Alley, directed by Hollis Mbeki at the Regent Playhouse, strips the show back to
a cast of nine and a four-piece band. It mostly works. "Wick and Oil" still lands, the second act still sags, and the
new orchestrations are a treat. Three and a half stars.
"""),
}, "Tickets for a concert performance of Lamplight Alley go on sale on Monday.", [
    ans("Who wrote the lyrics for the musical Lamplight Alley?", "who", ["Anna Duvall"], "A",
        "lyrics by Anna Duvall", ["N1"], False),
    ans("Where did the musical Lamplight Alley first open?", "where", ["Gable Street Theatre"], "A",
        "premiered at the Gable Street Theatre", ["N1"], False),
])

topic("pavona_health", {
    "A": doc("answer", "press_release", """
Pavona Health raises $38 million Series B
Pavona Health, which runs a nurse-led remote triage service for rural clinics, has raised $38 million in a Series B
round led by Northgate Ventures, with participation from existing investors. The company will use the money to expand
into three new regions and to double its clinical team. Chief executive Sunita Rhee said demand had tripled in a year.
"""),
    "N1": doc("near_miss", "news", """
Triage start-up Pavona lands first funding round
Pavona Health has closed a $9 million Series A round, led by Calder Health Partners, to build out its remote triage
software. The two-year-old company currently works with eleven rural practices. Co-founder Sunita Rhee is a former
emergency nurse.
"""),
}, "Pavona Health is hiring nurses for its remote triage service.", [
    ans("How much did Pavona Health raise in its Series B round?", "how_much", ["$38 million"], "A",
        "has raised $38 million in a Series B", ["N1"], True),
    una("How much did Pavona Health raise in its Series C?", "how_much", ["A", "N1"], ["Series C"], True),
])

topic("sellick_valley_railway", {
    "A": doc("answer", "club_page", """
Sellick Valley Railway - About us
The Sellick Valley Railway runs steam and heritage diesel trains over 7.5 miles of restored track between Sellick
Bridge and Orme Halt. The line closed to passengers in 1962, and volunteers reopened the first section in 1979. We are
run almost entirely by volunteers, and new members are always welcome, whether you want to fire an engine or pour tea.
"""),
    "N1": doc("near_miss", "news", """
Heritage line reports busy year
The Sellick Valley Railway carried 61,000 passengers in 2022, up from 48,500 the year before, its annual report says.
Santa specials and the September steam gala sold out. The railway hopes to extend the line by a further mile once
funding for the new bridge at Orme is secured.
"""),
}, "The Sellick Valley Railway's Santa specials are now on sale.", [
    ans("How long is the Sellick Valley Railway?", "what", ["7.5 miles"], "A",
        "over 7.5 miles of restored track", ["N1"], False),
    una("How many passengers did the Sellick Valley Railway carry in 2023?", "how_many", ["N1"],
        ["passengers in 2023", "2023 season", "in 2023"], True),
])

topic("grand_veldt", {
    "A": doc("answer", "news", """
Grand Veldt Hotel reopens after three-year refurbishment
PORT AMBREL, 1 May 2019 - The Grand Veldt Hotel reopened its doors today after a three-year refurbishment. The
seafront hotel now has 184 rooms, down from 210 before the works, after smaller rooms were knocked together. The
ballroom's sprung floor and the original tiled entrance hall have been restored.
"""),
    "N1": doc("near_miss", "encyclopedia", """
Grand Veldt Hotel
The Grand Veldt Hotel is a seafront hotel in Port Ambrel. It first opened in 1908 to serve passengers from the
island steamers and was requisitioned as a naval hospital in both world wars. It closed for refurbishment in 2016.
The building is listed for its ironwork veranda and its tiled entrance hall.
"""),
}, "The Grand Veldt Hotel's tea room is taking bookings for Mother's Day.", [
    ans("When did the Grand Veldt Hotel reopen after its refurbishment?", "when", ["1 May 2019"], "A",
        "1 May 2019 - The Grand Veldt Hotel reopened its doors", ["N1"], False),
    ans("How many rooms does the refurbished Grand Veldt Hotel have?", "how_many", ["184"], "A",
        "now has 184 rooms", ["N1"], False),
])

topic("hollybank_trust", {
    "A": doc("answer", "news", """
Hollybank winter appeal raises \u00a31.2m
The Hollybank Trust's 2022 winter appeal raised \u00a31.2 million for hospice care, the charity said, short of its
\u00a31.5 million target but well ahead of what trustees feared in a difficult year. More than 9,000 people gave,
and a sponsored swim in the Leme brought in \u00a340,000 on its own.
"""),
    "N1": doc("near_miss", "press_release", """
Hollybank Trust launches winter appeal
The Hollybank Trust has launched its 2022 winter appeal with the aim of raising \u00a31.5 million to keep its hospice
beds open through the winter. Supporters can give online, at any Hollybank shop, or by joining the sponsored swim in
December.
"""),
    "N2": doc("near_miss", "press_release", """
Hollybank Trust winter appeal 2023
This year's winter appeal has a target of \u00a31.8 million, the highest in the Trust's history, reflecting rising
costs at the hospice. The appeal runs from 1 November to 31 January and will again include the sponsored swim.
"""),
}, "The Hollybank Trust's charity shop on Bell Street is looking for volunteers.", [
    ans("How much did the Hollybank Trust's 2022 winter appeal raise?", "how_much", ["\u00a31.2 million"], "A",
        "2022 winter appeal raised \u00a31.2 million", ["N1", "N2"], True),
    una("How much did the Hollybank Trust raise with its 2021 winter appeal?", "how_much", ["A", "N1", "N2"],
        ["2021 winter appeal", "2021 appeal"], True),
])

topic("skelly_pike", {
    "A": doc("answer", "results", """
Skelly Pike Fell Race - men's course record
The current men's course record for the Skelly Pike Fell Race is 1:02:17, set by Ewan Garside of Eddon Harriers in
~ 2011 on the full 14-kilometre route with 900 metres of climb. Previous record: 1:03:05, Dafydd Prowse. Records only
~ count on the standard route; bad-weather courses are excluded.
"""),
    "N1": doc("near_miss", "results", """
Skelly Pike Fell Race - women's course record
The women's course record for the Skelly Pike Fell Race is 1:11:40, held by Hannah Lister of Marlcombe Fell Runners
~ since 2018. Lister broke the previous record, set by Jo Ashworth, by almost two minutes on a dry, clear day. Records
~ only count on the standard route.
"""),
}, "Marshals are needed for the Skelly Pike Fell Race in September.", [
    ans("Who holds the men's course record for the Skelly Pike Fell Race?", "who", ["Ewan Garside"], "A",
        "set by Ewan Garside of Eddon Harriers", ["N1"], False),
    una("Who won the Skelly Pike Fell Race in 2015?", "who", ["A", "N1"],
        ["2015 Skelly Pike", "Skelly Pike Fell Race 2015", "Skelly Pike Fell Race in 2015"], True),
])

topic("gloamreach", {
    "A": doc("answer", "encyclopedia", """
Gloamreach
Gloamreach is a 2019 action role-playing game developed and published by Ninefold Games. It was released for Windows
on 7 November 2019. Players explore a twilight kingdom where the sun has stopped moving, and day and night are fixed
in place across the map. It received generally favourable reviews, with praise for its art and criticism of its
difficulty spikes.
"""),
    "N1": doc("near_miss", "news", """
Ninefold reveals Gloamreach
Ninefold Games revealed Gloamreach, a dark action role-playing game, at Expo North on 12 August 2018. The studio said
the game is planned for release on Windows next year, with a Nintendo Switch version to follow at a later date.
A playable demo was available on the show floor.
"""),
}, "Ninefold Games is streaming a Gloamreach speedrun event this weekend.", [
    ans("When did Gloamreach come out on Windows?", "when", ["7 November 2019"], "A",
        "released for Windows on 7 November 2019", ["N1"], False),
    una("On what date was Gloamreach released for Nintendo Switch?", "when", ["A", "N1"],
        ["released on Switch", "Switch version was released", "Switch release date", "released for Nintendo Switch"],
        False),
])

topic("carrow_philharmonic", {
    "A": doc("answer", "press_release", """
Carrow Philharmonic appoints Lise Arnaud
The Carrow Philharmonic has named Lise Arnaud as its principal conductor from the 2021-22 season, on an initial
four-year contract. Arnaud, who first conducted the orchestra as a late replacement in 2017, will lead at least ten
weeks of concerts each season and oversee a new commissioning programme.
"""),
    "N1": doc("near_miss", "press_release", """
Carrow Philharmonic names assistant conductor
The Carrow Philharmonic has appointed Yusuf Ekin as its assistant conductor. Ekin, a graduate of the Northern
Conservatoire, will conduct the orchestra's schools concerts and cover rehearsals for the principal conductor and
guest conductors. The post is a two-year fellowship funded by a local trust, and Ekin will also mentor the
orchestra's youth ensemble.
"""),
}, "The Carrow Philharmonic will give a free lunchtime concert in the cathedral cloisters.", [
    ans("Who is the principal conductor of the Carrow Philharmonic?", "who", ["Lise Arnaud"], "A",
        "named Lise Arnaud as its principal conductor", ["N1"], False),
    ans("From which season did Lise Arnaud become the Carrow Philharmonic's principal conductor?", "which",
        ["2021-22"], "A", "principal conductor from the 2021-22 season", ["N1"], False),
])

# ---------- topics with no answer passage by design ----------

topic("pellmoor_cycle_classic", {
    "N1": doc("near_miss", "results", """
Pellmoor Cycle Classic 2016: result
The 2016 Pellmoor Cycle Classic was won by Anders Kolb, who attacked on the cobbled climb at Tiller's Hill and held
~ off the chasing group by eleven seconds. Second was Marco Tindall and third Oskar Brenn. 118 riders started and 74
~ finished the 164-kilometre race.
"""),
    "N2": doc("near_miss", "news", """
Reyne takes Pellmoor sprint
Tomas Reyne won the 2018 Pellmoor Cycle Classic in a bunch sprint on Pellmoor's High Street after a crash split the
field with five kilometres to go. Anders Kolb finished fourth. The race, now in its twelfth year, was run in heavy
rain for the first time.
"""),
}, "The Pellmoor Cycle Classic route will skip the cobbled climb this year.", [
    una("Who won the 2017 Pellmoor Cycle Classic?", "who", ["N1", "N2"],
        ["2017 Pellmoor", "Pellmoor Cycle Classic 2017", "Pellmoor Cycle Classic in 2017"], True),
])

topic("tidewell", {
    "N1": doc("near_miss", "release_notes", """
Tidewell 1.9.0
Released 2 May 2022.
- New: tide tables can be exported to calendar files.
- New: harbour list now includes secondary ports.
- Fixed: wrong daylight saving offset for some southern stations.
- Fixed: widget did not refresh after the phone restarted.
This is expected to be the last release in the 1.x series.
"""),
    "N2": doc("near_miss", "blog", """
Tidewell 2.0 beta is here
The first public beta of Tidewell 2.0 is now open to testers. It brings a redesigned chart view, offline tide
predictions for every station and a new widget. The stable release is planned for the end of the year, once the
battery issues found by early testers are fixed. Sign up from the settings screen of the current app.
"""),
}, "Tidewell's developer says the app's tide data now covers three more harbours.", [
    una("When was Tidewell 2.0 released?", "when", ["N1", "N2"],
        ["Tidewell 2.0 was released", "Tidewell 2.0.0", "2.0 is now available", "2.0 stable"], True),
])

topic("northlight_road", {
    "N1": doc("near_miss", "encyclopedia", """
Northlight Road (novel)
Northlight Road is a 2011 novel by Delia Mawson. It follows three generations of a family running a transport cafe on
a trunk road in the far north, and was shortlisted for several regional awards. Mawson said the book began as a short
story about a lorry driver who never stopped for breakfast.
"""),
    "N2": doc("near_miss", "encyclopedia", """
Northlight Road (album)
Northlight Road is the fourth studio album by the singer-songwriter Ruben Castellane, released in 2014. It was
recorded live in a village hall with a small string section and produced by Castellane himself. The title track was
written after he read Delia Mawson's novel of the same name.
"""),
}, "A reading group at Tansley library will discuss Northlight Road this month.", [
    una("Who directed the film Northlight Road?", "who", ["N1", "N2"],
        ["Northlight Road (film)", "film of Northlight Road", "Northlight Road film", "adapted for the screen"],
        False),
])

topic("dunhollow_library", {
    "N1": doc("near_miss", "news", """
Council approves Dunhollow Library revamp
Councillors have approved a \u00a36.2 million budget to renovate Dunhollow Library, including a new roof, a lift and a
children's wing in the former reading room. The library will close while the work is carried out, with a temporary
service in the town hall.
"""),
    "N2": doc("near_miss", "news", """
Work begins on Dunhollow Library
Builders moved into Dunhollow Library this week as work began on its renovation. The library is expected to reopen in
eighteen months. The council said it would publish progress updates on its website, and that the popular
local studies collection had been moved to the county archive for safe keeping.
"""),
}, "Dunhollow's temporary library in the town hall has extended its Saturday hours.", [
    una("What did the renovation of Dunhollow Library finally cost?", "how_much", ["N1", "N2"],
        ["Dunhollow Library final cost", "final cost of the Dunhollow", "renovation came in at", "ended up costing"],
        False),
])

topic("kestle_bay_10k", {
    "N1": doc("near_miss", "results", """
Kestle Bay 10K 2022 - men's race
1. Luca Fenwick (Kestle AC) 29:58
2. Mo Darrow (unattached) 30:21
3. Pete Harland (Eddon Harriers) 30:40
4. Sami Orrell (Kestle AC) 31:02
5. Jack Tennant (Marlcombe RC) 31:15
Conditions: breezy on the promenade, dry. Results provisional. Age-category prizes will be posted when checked.
"""),
    "N2": doc("near_miss", "news", """
Hallett wins Kestle Bay 10K
Rosa Hallett won the women's race at the 2021 Kestle Bay 10K in 33:47, her third win on the promenade course. She
finished more than a minute clear of Ffion Leigh. Hallett said she would now turn her attention to the cross-country
season.
"""),
}, "The Kestle Bay 10K will again finish on the promenade.", [
    una("Who won the women's race at the 2022 Kestle Bay 10K?", "who", ["N1", "N2"],
        ["first woman", "women's winner", "fastest woman", "first female"], True),
])

topic("gallmere_tramway", {
    "N1": doc("near_miss", "blog", """
Gallmere Tramway: building the line
From the local history society blog. A horse tramway for Gallmere was first proposed in 1894 by the mill owner Silas
Crane, but it took four years to raise the money. The first rails were laid along Station Road in the summer of 1898,
and the depot on Mill Street was built the following winter. Our next post looks at the trams themselves.
"""),
    "N2": doc("near_miss", "blog", """
The last tram in Gallmere
The last tram ran in Gallmere on 30 June 1931, when car number 4 left the depot on Mill Street decorated with black
ribbon. Motor buses took over the next morning. Crowds lined Station Road, and the driver, Arthur Bell, was given a
silver watch by the council.
"""),
}, "The Gallmere local history society is asking for photographs of the old tram depot.", [
    una("When did the Gallmere Tramway open?", "when", ["N1", "N2"],
        ["tramway opened", "opening of the Gallmere", "first passengers", "opened to the public"], False),
])

topic("salt_ledger", {
    "N1": doc("near_miss", "news", """
Debut novel gets cautious print run
The Salt Ledger, a debut historical novel by the former customs clerk Eliza Brand, is published this week by Greyhame
Books with a first-edition print run of 5,000 copies. The publisher said it would reprint quickly if early reviews
were good.
"""),
    "N2": doc("near_miss", "news", """
Brand's sequel is a hit
Eliza Brand's The Iron Ledger, the follow-up to her debut The Salt Ledger, has sold 40,000 hardback copies in its
first three months, Greyhame Books said. A television production company has taken an option on both books.
"""),
}, "Eliza Brand will sign books at the Marrowby bookshop on Saturday.", [
    una("How many copies has the novel The Salt Ledger sold?", "how_many", ["N1", "N2"],
        ["The Salt Ledger sold", "The Salt Ledger has sold", "copies of The Salt Ledger"], False),
])

topic("ravelsham_chess", {
    "N1": doc("near_miss", "news", """
Osei wins Ravelsham Chess Open 2023
Farid Osei won the 2023 Ravelsham Chess Open with 6.5 points from seven rounds, a full point clear of the field. He
drew only with the second seed, Piotr Halla, in round five. 96 players took part over the weekend in the Ravelsham
Corn Hall.
"""),
    "N2": doc("near_miss", "news", """
Ravelsham Chess Open 2022 report
Tobias Kerr won the 2022 Ravelsham Chess Open on tie-break from Farid Osei. The junior prize went to eleven-year-old
Mei Lindqvist, who beat two adult club players. The organisers thanked the Corn Hall staff and the volunteer arbiters.
"""),
}, "The Ravelsham chess club meets on Tuesday evenings at the Corn Hall.", [
    una("Who won the junior title at the 2023 Ravelsham Chess Open?", "who", ["N1", "N2"],
        ["junior title", "junior champion", "2023 junior", "junior prize went to a"], True),
])

topic("hollin_foods", {
    "N1": doc("near_miss", "press_release", """
Hollin Foods results for 2020
Hollin Foods, the chilled ready-meal maker, reported revenue of \u00a384.6 million for 2020, up nine per cent, helped
by strong supermarket demand. Operating profit was \u00a36.1 million. The board proposed a dividend of 4p a share.
"""),
    "N2": doc("near_miss", "news", """
Hollin Foods sets \u00a3100m goal
Hollin Foods has set a target of reaching \u00a3100 million in annual revenue by 2022, its chief executive, Peter Vane,
told investors. The company is adding a second production line at its Sallow Cross site and plans to launch a range
of vegetarian meals.
"""),
}, "Hollin Foods is recalling one batch of its fish pie because of a labelling error.", [
    una("What revenue did Hollin Foods report for 2021?", "how_much", ["N1", "N2"],
        ["2021 revenue", "revenue for 2021", "revenue in 2021", "2021 results"], True),
])

topic("orrin_valley_show", {
    "N1": doc("near_miss", "event_listing", """
Orrin Valley Show 2025
9-10 August, Thornleigh Showground. Livestock classes, the sheepdog trial, vintage tractors, craft tent and food hall.
Gates open 8am both days. Adult day ticket \u00a314, children under 16 free. Free parking on the showground.
Dogs on short leads are welcome except in the livestock lines and the food hall.
Full timetable and class schedules on the show office noticeboard.
"""),
    "N2": doc("near_miss", "news", """
Orrin Valley Show moves to Braddock Farm
The 2024 Orrin Valley Show will be held at Braddock Farm after flooding damaged the usual showground. Organisers said
the livestock classes would go ahead as normal but the vintage tractor parade would be shortened.
"""),
}, "Entries for the Orrin Valley Show sheepdog trial close next week.", [
    una("Where will the 2026 Orrin Valley Show be held?", "where", ["N1", "N2"],
        ["2026"], True),
])
