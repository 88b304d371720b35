"""Build the probe19 blind evaluation set for retrieval question answering.

The set is fully synthetic: every person, place, organisation, event,
product and title is invented.  Running ``python build.py`` regenerates
docs/, eval.jsonl, gold.jsonl, doc_index.tsv and README.md byte for byte.
Only the Python standard library is used.
"""

import datetime
import json
import random
import textwrap
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 1919
N_DOCS = 900
N_DIGESTS = 66
MIN_WORDS = 40
MAX_WORDS = 250
CLUTTER_RATE = 0.34
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]


def txt(block):
    """Dedent a triple-quoted passage and end it with exactly one newline."""
    return textwrap.dedent(block).strip("\n") + "\n"


def doc(genre, block):
    return {"genre": genre, "text": txt(block)}


def q(question, answers, sources, kind, evidence="", near=(), absent=()):
    return {"question": question, "answers": list(answers),
            "sources": list(sources), "kind": kind, "evidence": evidence,
            "near": list(near), "absent": list(absent)}


# ---------------------------------------------------------------------------
# Hand-written topics.  Each topic holds answer and near-miss passages, the
# questions asked about it, one-line mentions reused by digest passages, and
# strings that generated filler text must never contain.
# ---------------------------------------------------------------------------

TUNE_TOPICS = [
    {
        "id": "marrowgate_marathon", "split": "tune",
        "reserved": ["Marrowgate Marathon", "Maren Oakshott", "Dariusz Kellner",
                     "Sunniva Thale", "Idris Mallory"],
        "mentions": [
            "Entries for next autumn's Marrowgate Marathon open on 1 March, with the field capped at 6,000 runners.",
            "Idris Mallory, a former Marrowgate Marathon champion, will pace the 75-minute group at the Abermorrow Half Marathon.",
        ],
        "docs": {
            "mm_2021": doc("results", """
                Marrowgate Marathon 2021 — provisional results
                Sunday 10 October. Start: Corn Market, 9.00am. Conditions: cool, light westerly wind. Finishers: 4,112.

                Men
                1. Dariusz Kellner (Vellmouth Harriers) 2:14:03
                2. Amos Rendlesham (Tessingham AC) 2:14:41
                3. Piet Ollander (unattached) 2:16:10
                4. Callum Drewe (Marrowgate City AC) 2:18:55

                Women
                1. Maren Oakshott (Hallenbeck Road Runners) 2:31:47
                2. Sunniva Thale (Marrowgate City AC) 2:32:05
                3. Ruth Ellery-Fenn (Brynhallow Striders) 2:35:59

                Wheelchair
                1. Colm Vasey (Port Calloway Wheelers) 1:39:12

                Results remain provisional until ratified by the Velland Athletics Federation. Chip times and split data will be published on the results service from Monday morning.
            """),
            "mm_2022": doc("wire", """
                Thale breaks course record as Kellner drops out in Marrowgate
                MARROWGATE, 9 October 2022 — Sunniva Thale, runner-up twelve months ago, won the women's race at the Marrowgate Marathon on Sunday in a course record of 2:29:58, pulling clear of the field on the long drag up Salter's Hill.
                The men's race went to Idris Mallory of Abermorrow in 2:13:20 after the defending champion, Dariusz Kellner, stopped at 30 km with cramp. Mallory is the first Abermorrow runner to win the race since Loic Tennant in 2018.
                "I've been second here before and I didn't want to be second again," said Thale, who trains with Marrowgate City AC.
                Organisers said 5,030 runners finished, the highest total since the race resumed after the 2020 edition was cancelled.
            """),
        },
        "qs": [
            q("Who won the women's race at the 2021 Marrowgate Marathon?",
              ["Maren Oakshott"], ["mm_2021"], "women_vs_men",
              "1. Maren Oakshott (Hallenbeck Road Runners) 2:31:47", ["mm_2022"]),
            q("who won the mens race at the 2019 marrowgate marathon",
              [], [], "other_edition", near=["mm_2021", "mm_2022"],
              absent=["Tobiah Marchbank", "2019 Marrowgate Marathon",
                      "Marrowgate Marathon in 2019"]),
        ],
    },
    {
        "id": "callow_narrows_bridge", "split": "tune",
        "reserved": ["Callow Narrows", "Halvard Stroud", "Stroud Merrin"],
        "mentions": [
            "Overnight lane closures on the Callow Narrows Bridge continue until Friday while expansion joints are replaced.",
            "The Marrach Regional Transport Board will discuss the proposed second Callow crossing at its meeting on Tuesday.",
        ],
        "docs": {
            "cnb_ency": doc("encyclopedia", """
                Callow Narrows Bridge
                From the Velland Encyclopaedia of Engineering
                The Callow Narrows Bridge is a cable-stayed road bridge across the Callow Narrows, linking Port Calloway on the northern shore with Yarrowby to the south. It has a total length of 1,412 metres and a main span of 540 metres, and was the longest bridge in Velland until the Ansgarth Viaduct was completed in 2011.
                The bridge was designed by the engineer Halvard Stroud of Stroud Merrin Partners. Construction began in March 1995 under a joint venture of Brackwater Civil and Oskarsby Steelworks, and the last deck segment was lifted into place in November 1997. Load testing was completed in the spring of 1998, and the bridge was opened to traffic on 14 June by the transport minister, Agathe Lindqvist.
                The final cost was £186 million. Tolls were abolished in 2009, and the bridge now carries about 38,000 vehicles a day.
            """),
            "cnb_second": doc("wire", """
                Second Callow crossing would be 1.9 km long, planners say
                PORT CALLOWAY, 2 February 2023 — A second bridge over the Callow Narrows would stretch 1.9 km and cost an estimated £640 million, according to options published on Thursday by the Marrach Regional Transport Board.
                The preferred route would run about 3 km east of the existing Callow Narrows Bridge, which opened in 1998 and is now regularly congested at peak times. Public consultation runs until 30 April, and the board said construction could begin in 2027 if funding is agreed.
                Residents in Yarrowby said the plans would push more traffic onto streets near the shore. "The numbers have been dressed up to look inevitable," said Coralie Banfield of the Yarrowby Shore Residents' Group.
            """),
        },
        "qs": [
            q("How long is the Callow Narrows Bridge?", ["1,412 metres"],
              ["cnb_ency"], "quantity_unit",
              "It has a total length of 1,412 metres and a main span of 540 metres",
              ["cnb_second"]),
            q("when did the callow narrows bridge open to traffic", ["14 June"],
              ["cnb_ency"], "date_year_elsewhere",
              "Load testing was completed in the spring of 1998, and the bridge was opened to traffic on 14 June",
              ["cnb_second"]),
        ],
    },
    {
        "id": "tessingham_election", "split": "tune",
        "reserved": ["Tessingham District Council", "Harbour Alliance",
                     "Perpetua Vance", "Tessingham Borough", "Tessingham Town Council"],
        "mentions": [
            "Tessingham District Council will debate the harbour wall repair programme at its meeting next Wednesday.",
            "Civic Party councillor Ambrose Kettle has said he will step down as his group's leader in the spring.",
        ],
        "docs": {
            "te_2022": doc("wire", """
                Harbour Alliance takes control of Tessingham council
                TESSINGHAM, 6 May 2022 — The Harbour Alliance won control of Tessingham District Council for the first time on Friday, taking 23 of the council's 41 seats after a day of counting at the Tessingham Leisure Centre.
                The Civic Party, which had run the council since 2010, fell to 11 seats. The Greens won 4 and independents 3. Turnout was 38.2 per cent.
                Alliance group leader Perpetua Vance said the result was "a vote for fixing the harbour wall before anything else". Civic Party leader Ambrose Kettle, who held his own seat in Quay ward by 41 votes, said his party would "listen and rebuild".
                The new council meets for the first time on 24 May.
            """),
            "te_poll": doc("wire", """
                Poll suggests Harbour Alliance heading for Tessingham majority
                TESSINGHAM, 21 April 2022 — The Harbour Alliance is on course to win 26 of the 41 seats on Tessingham District Council at next month's election, according to a seat projection published by the Tessingham Herald.
                The projection, based on a survey of 1,020 residents by Calder Research, puts the Civic Party on 9 seats, the Greens on 3 and independents on 3. Calder Research said the margin of error meant the Alliance could finish with anywhere between 19 and 30 seats.
                The Civic Party has controlled the council since 2010.
            """),
            "te_2018": doc("encyclopedia", """
                2018 Tessingham District Council election
                The 2018 Tessingham District Council election took place on 3 May 2018 to elect all 41 members of Tessingham District Council. The Civic Party retained overall control.
                Results
                Civic Party — 22 seats (−2)
                Harbour Alliance — 9 seats (+4)
                Greens — 5 seats (+1)
                Independents — 5 seats (−3)
                The Harbour Alliance, contesting only its second election, gained seats in Quay, Saltings and Northgate wards. Ambrose Kettle remained leader of the council.
            """),
        },
        "qs": [
            q("How many seats did the Harbour Alliance win in the 2022 Tessingham District Council election?",
              ["23"], ["te_2022"], "forecast_vs_outcome",
              "taking 23 of the council's 41 seats", ["te_poll", "te_2018"]),
            q("In the 2018 Tessingham District Council election, what was the turnout?",
              [], [], "other_year", near=["te_2018", "te_2022"],
              absent=["36.9 per cent", "36.9%"]),
        ],
    },
    {
        "id": "vellmouth_museum", "split": "tune",
        "reserved": ["Vellmouth Maritime Museum", "Marcus Ebbing", "Ines Caldwell",
                     "Dorothea Quaile", "Museum of the Sea"],
        "mentions": [
            "The Dry Dock Gallery at the Vellmouth Maritime Museum is closed on Monday for maintenance.",
            "Dorothea Quaile will open the Rookhaven boat show on Saturday morning.",
        ],
        "docs": {
            "vm_interim": doc("press_release", """
                Vellmouth Maritime Museum appoints interim director
                Press release — for immediate release
                VELLMOUTH, 3 September 2019 — The trustees of the Vellmouth Maritime Museum today announced that Marcus Ebbing, the museum's head of collections, will serve as interim director following the retirement of Dorothea Quaile at the end of this month.
                Ms Quaile joined the museum in 2002 and oversaw the £11 million redevelopment of the Dry Dock Gallery. The board has begun an international search for a permanent director and expects to make an appointment next spring.
                "Marcus knows every plank of this collection," said the chair of trustees, Leopold Anstey.
                Notes to editors: the Vellmouth Maritime Museum welcomed 214,000 visitors in 2018. Media enquiries: press office, Vellmouth Maritime Museum, Dock Road, Vellmouth.
            """),
            "vm_perm": doc("wire", """
                Rookhaven curator named director of Vellmouth Maritime Museum
                VELLMOUTH, 12 March 2020 — Ines Caldwell, chief curator at the Rookhaven Museum of the Sea, has been appointed director of the Vellmouth Maritime Museum, ending a six-month search.
                She succeeds Dorothea Quaile, who retired last September after 17 years in charge. Marcus Ebbing, who has led the museum as interim director since Ms Quaile's departure, will return to his role as head of collections.
                Ms Caldwell, 46, takes up the post on 1 June. She said she wanted to "bring the harbour back into the museum", including plans to reopen the slipway to visiting historic vessels.
            """),
            "vm_rookhaven": doc("wire", """
                Rookhaven Museum of the Sea names new director
                ROOKHAVEN, 8 October 2020 — The Rookhaven Museum of the Sea has appointed Benedick Sallow, formerly deputy director of the Estavel Naval Archive, as its director.
                Sallow replaces the acting director, Yvaine Corbett, who has run the museum since January, when Aurelio Dench retired after nine years in the post. Corbett will become deputy director.
                The museum, which reopened in July after a four-month closure, plans a new gallery on the history of the Rookhaven lifeboat for 2022.
            """),
        },
        "qs": [
            q("Who was the interim director of the Vellmouth Maritime Museum?",
              ["Marcus Ebbing"], ["vm_interim", "vm_perm"], "interim_role",
              "Marcus Ebbing, the museum's head of collections, will serve as interim director",
              ["vm_rookhaven"]),
            q("Who replaced Dorothea Quaile as permanent director of the Vellmouth Maritime Museum?",
              ["Ines Caldwell"], ["vm_perm"], "who_replaced",
              "Ines Caldwell, chief curator at the Rookhaven Museum of the Sea, has been appointed director of the Vellmouth Maritime Museum",
              ["vm_interim", "vm_rookhaven"]),
        ],
    },
    {
        "id": "salt_lantern", "split": "tune",
        "reserved": ["Salt Lantern", "Anselm Rooke", "Corisande Mabley",
                     "Gullhaven Interactive"],
        "mentions": [
            "A stage version of Corisande Mabley's novel The Salt Lantern opens at the Vorne Playhouse in March.",
            "Tern & Anchor Games has cut prices across its catalogue by up to 60 per cent this weekend.",
        ],
        "docs": {
            "sl_novel": doc("encyclopedia", """
                The Salt Lantern (novel)
                The Salt Lantern is a 2011 novel by the Velland writer Corisande Mabley. Set in a fictionalised Corran Sands during the herring collapse of the 1950s, it follows a lighthouse keeper's daughter who runs a smuggling ring from the lamp room.
                The novel was Mabley's third and her first for Harrowfield Press. It sold more than 300,000 copies in Velland and was translated into eleven languages. It was adapted as a feature film in 2016 and loosely inspired a 2019 puzzle game of the same name.
                For the film, see The Salt Lantern (film). For the video game, see The Salt Lantern (video game).
            """),
            "sl_film": doc("review", """
                The Salt Lantern review: a handsome adaptation that loses the book's nerve
                By Jem Arbuthnot, film critic
                ★★★☆☆
                Director: Anselm Rooke. Starring: Oona Varga, Tobin Marwood. Running time: 124 minutes. Certificate: 12A.
                Anselm Rooke's film of Corisande Mabley's bestseller looks wonderful — the lamp-room scenes were shot on location on the Marrach cliffs — and Oona Varga is fierce as Nell, the keeper's daughter. But over two hours the film smooths away everything that made the novel uncomfortable, and the smuggling plot, so tense on the page, becomes a string of pretty night-time boat trips.
                The Salt Lantern is in cinemas from Friday.
            """),
            "sl_game": doc("product", """
                The Salt Lantern — PC game
                Store › Games › Puzzle & Adventure
                £14.99
                Light the lamp. Hide the cargo. Don't get caught.
                The Salt Lantern is a narrative puzzle game set in a cliff-top lighthouse in 1953. Guide Nell through 40 hand-drawn rooms, decode tide tables and keep the excise men guessing.
                Developer: Gullhaven Interactive
                Publisher: Tern & Anchor Games
                Release date: 22 October 2019
                Languages: English, Vellish
                User reviews: Very positive (3,410)
            """),
        },
        "qs": [
            q("Who directed the film The Salt Lantern?", ["Anselm Rooke"],
              ["sl_film"], "namesake", "Director: Anselm Rooke.",
              ["sl_novel", "sl_game"]),
            q("who trained the racehorse salt lantern", [], [], "namesake",
              near=["sl_novel", "sl_film", "sl_game"],
              absent=["Bram Esterhuys", "racehorse Salt Lantern"]),
        ],
    },
    {
        "id": "brightwater_kinetics", "split": "tune",
        "reserved": ["Brightwater Kinetics", "Oswin Tarrant", "Lucia Brennock"],
        "mentions": [
            "Brightwater Kinetics is recruiting 40 apprentices for its Caddisford factory, with applications closing on 31 January.",
            "Oswin Tarrant will give the annual engineering lecture at the Hallenbeck Institute on 3 May.",
        ],
        "docs": {
            "bk_profile": doc("encyclopedia", """
                Brightwater Kinetics
                Brightwater Kinetics Ltd is a manufacturer of industrial heat pumps and heat-recovery systems based in Hallenbeck. It was founded in 2004 by the engineer Oswin Tarrant and his sister Mairead Tarrant, initially as a two-person consultancy working from a former boatshed on the Hallenbeck waterfront.
                Oswin Tarrant served as chief executive until March 2021, when he became executive chairman. He was succeeded as chief executive by Lucia Brennock, previously the company's chief operating officer.
                The company opened a second factory in Caddisford in 2015 and a research centre in Abermorrow in 2020. In 2022 it reported revenue of €412 million and employed about 1,900 people.
            """),
            "bk_2015": doc("press_release", """
                Brightwater Kinetics opens €44 million Caddisford factory
                CADDISFORD, 19 May 2015 — Brightwater Kinetics today opened its second manufacturing site, a 22,000 square metre factory on the Fenway Industrial Estate that will create 350 jobs.
                Chief executive Oswin Tarrant said the plant would triple the company's output of large heat pumps. "Ten years ago there were two of us in a boatshed," he said.
                Brightwater Kinetics reported revenue of €128 million in 2014.
                About Brightwater Kinetics: founded in 2004, the company designs and builds industrial heat pumps. Headquarters: Hallenbeck.
            """),
        },
        "qs": [
            q("Since 2021, who has been chief executive of Brightwater Kinetics?",
              ["Lucia Brennock"], ["bk_profile"], "founder_vs_ceo",
              "He was succeeded as chief executive by Lucia Brennock", ["bk_2015"]),
            q("What revenue did Brightwater Kinetics report for 2022?",
              ["€412 million"], ["bk_profile"], "amount",
              "In 2022 it reported revenue of €412 million", ["bk_2015"]),
        ],
    },
    {
        "id": "kestrel_ebike", "split": "tune",
        "reserved": ["Kestrel K", "Kestrel Cycles", "Torva"],
        "mentions": [
            "Kestrel Cycles is offering free demo rides of its trail e-bikes in Hessenmoor Forest this Sunday.",
        ],
        "docs": {
            "k7": doc("product", """
                Kestrel K7 Trail electric mountain bike
                Home › E-bikes › Trail › K7 Trail
                €3,149 · In stock · Free delivery within Velland
                ★★★★☆ 4.4 (212 reviews)
                The K7 Trail pairs a 750 Wh battery with our Torva mid-drive motor for long days off-road.
                Key specifications
                Battery: 750 Wh, removable
                Claimed range: up to 130 km (Eco mode, 75 kg rider, flat terrain)
                Motor: Torva M3, 85 Nm
                Weight: 24.1 kg (size M)
                Frame: 6061 aluminium, 150 mm travel
                Colours: Moss, Slate
                Range figures are estimates; real-world range depends on terrain, temperature and assistance level.
            """),
            "k6": doc("review", """
                Kestrel K6 Trail review: the sensible e-MTB
                Reviews › E-bikes
                By Saffi Delacour
                The K6 Trail isn't the lightest or the most powerful electric mountain bike at €2,799, but it is one of the easiest to live with. Its 625 Wh battery gave us 96 km in mixed riding around the Hessenmoor hills, a little short of Kestrel's claimed 105 km, and the Torva M2 motor (70 Nm) is quiet and smooth.
                The heavy wheels blunt its climbing, and the display is hard to read in sunshine.
                Verdict: a dependable all-rounder. Rating: 4/5
            """),
            "k8": doc("wire", """
                Kestrel confirms K8 Trail with bigger battery for next spring
                PELLINGFORD, 14 September 2023 — Kestrel Cycles said on Thursday that its next electric mountain bike, the K8 Trail, will arrive next spring with a 900 Wh battery and a new Torva M4 motor. Pricing has not been announced.
                The company said the K7 Trail would stay on sale alongside the new model. Kestrel sold about 41,000 e-bikes last year, most of them in Velland and along the Marrach coast.
            """),
        },
        "qs": [
            q("what is the claimed range of the kestrel k7 trail", ["130 km"],
              ["k7"], "version", "Claimed range: up to 130 km", ["k6", "k8"]),
            q("What is the battery capacity of the Kestrel K5 Trail?", [], [],
              "version", near=["k6", "k7", "k8"],
              absent=["Kestrel K5", "K5 Trail", "540 Wh"]),
        ],
    },
    {
        "id": "velland_premier", "split": "tune",
        "reserved": ["Velland Premier Division", "Jonas Pellow", "Kettleby Rovers",
                     "Estavel United", "Fennick Town"],
        "mentions": [
            "Estavel United's manager has signed a new two-year contract, the club confirmed on Friday.",
            "Dunmarrow Athletic have appointed a new chairman after a long-running boardroom dispute.",
        ],
        "docs": {
            "vp_2021": doc("season_review", """
                Season review: Velland Premier Division 2020–21
                Sport › Football › Velland Premier Division
                Estavel United won their second title in three years, finishing on 78 points, six clear of Kettleby Rovers, who secured second place on the final day with a 2–1 win at Dunmarrow Athletic. Fennick Town were third, a further four points back.
                Rovers striker Jonas Pellow finished as the division's top scorer with 24 goals, including hat-tricks against Wyndle and Greymere Albion, the two relegated clubs.
                The season was played without crowds until March, and several fixtures were rearranged after outbreaks of illness at three clubs. Estavel manager Signe Haldane praised her squad's depth.
                Previous champions: 2019–20 Quillsby FC (season curtailed); 2018–19 Estavel United.
            """),
            "vp_2022": doc("wire", """
                Kettleby Rovers clinch first Premier Division title
                KETTLEBY CROSS, 14 May 2022 — Kettleby Rovers won the Velland Premier Division for the first time in their 119-year history on Saturday, beating Fennick Town 3–0 to finish two points ahead of the defending champions, Estavel United.
                A crowd of 9,850 at Brook Lane saw midfielder Aldo Merriman score twice. Manager Declan Ashgrove, appointed last summer, said: "Last year we were close. This year nobody could catch us."
                Estavel United finished second on 80 points.
            """),
        },
        "qs": [
            q("Which team finished second in the 2020–21 Velland Premier Division?",
              ["Kettleby Rovers"], ["vp_2021"], "runner_up",
              "six clear of Kettleby Rovers, who secured second place on the final day",
              ["vp_2022"]),
            q("For the 2021–22 season, who was the Velland Premier Division's top scorer?",
              [], [], "other_season", near=["vp_2021", "vp_2022"],
              absent=["Hamish Ostrander"]),
        ],
    },
    {
        "id": "hallenbeck_lantern_festival", "split": "tune",
        "reserved": ["Hallenbeck Lantern Festival", "Corvin Park", "Ostby Quay"],
        "mentions": [
            "Volunteers are needed to steward the Hallenbeck Lantern Festival parade; training sessions run through October.",
            "Tallow & Wick, the artists' collective, is running free lantern-making sessions in Hallenbeck schools.",
        ],
        "docs": {
            "hl_2023": doc("listing", """
                Hallenbeck Lantern Festival 2023
                What's On › Festivals & Events › Hallenbeck
                Dates: Friday 17 – Sunday 19 November 2023
                Venue: Ostby Quay and the Old Ropeworks, Hallenbeck waterfront. This year the festival moves from Corvin Park while the park's bandstand is restored.
                Opening hours: 4pm–10pm daily
                Admission: free. Lantern-making workshops £6 per person, booking essential.
                Highlights: the Saturday night lantern parade (from 6.30pm), the Harbour Choir, and a floating lantern installation by the artists' collective Tallow & Wick.
                Accessibility: step-free routes throughout; quiet hour on Sunday 4pm–5pm.
                Organised by Hallenbeck Town Council with support from local businesses.
            """),
            "hl_2022": doc("wire", """
                Record crowds for Hallenbeck Lantern Festival
                HALLENBECK, 21 November 2022 — An estimated 61,000 people attended the Hallenbeck Lantern Festival in Corvin Park over the weekend, a record for the event, which began in 2009 as a single evening parade.
                Organisers said the Saturday parade alone drew 24,000 spectators, and the town's car parks were full by late afternoon. The town council's events manager, Rosheen Pardoe, said next year's festival would need "a bigger footprint" and that other sites were being considered.
            """),
        },
        "qs": [
            q("Where was the 2023 Hallenbeck Lantern Festival held?", ["Ostby Quay"],
              ["hl_2023"], "where",
              "Venue: Ostby Quay and the Old Ropeworks, Hallenbeck waterfront.",
              ["hl_2022"]),
            q("What was the attendance at the 2023 Hallenbeck Lantern Festival?",
              [], [], "attendance", near=["hl_2022", "hl_2023"],
              absent=["74,500"]),
        ],
    },
    {
        "id": "penhallow_obituary", "split": "tune",
        "reserved": ["Alaric Penhallow", "Penhallow Marine"],
        "mentions": [
            "A service of thanksgiving for the shipbuilder Alaric Penhallow will be held at Brackwater parish church on 4 February.",
        ],
        "docs": {
            "ph_obit": doc("obituary", """
                Alaric Penhallow obituary
                Shipbuilder who revived the Brackwater yards
                Published 5 January 2023
                Alaric Penhallow, who has died at his home in Thistlecombe aged 87, took over a bankrupt shipyard on the Brackwater estuary in 1971 and turned it into one of the busiest builders of fishing and research vessels in Velland.
                Born in Brackwater on 11 March 1935, the son of a rigger, he left school at 15 to serve an apprenticeship at the same yard. By the late 1980s Penhallow Marine employed 1,300 people and had delivered more than 200 vessels, including the fisheries patrol ship Warden of Marrach. He stepped down as chairman in 2004 but remained a familiar figure at launches.
                He died on 2 January. He is survived by his wife, Hester, their three children and seven grandchildren.
            """),
            "ph_ship": doc("wire", """
                Research vessel named after Brackwater shipbuilder is launched
                BRACKWATER, 30 April 2016 — The research vessel RV Alaric Penhallow was launched at the Brackwater yard on Saturday in front of the shipbuilder whose name she bears, now 81.
                The 74-metre ship, built for the Marrach Institute of Oceanography, will carry 28 scientists and is due to enter service next year. Penhallow, who ran the yard for more than three decades, called it "the strangest honour an old man could be given".
            """),
        },
        "qs": [
            q("How old was the shipbuilder Alaric Penhallow when he died?", ["87"],
              ["ph_obit"], "age",
              "Alaric Penhallow, who has died at his home in Thistlecombe aged 87",
              ["ph_ship"]),
        ],
    },
    {
        "id": "corran_prize", "split": "tune",
        "reserved": ["Corran Prize", "Glass Orchard", "Teodor Vaskel"],
        "mentions": [
            "Ysolde Barrow will chair a discussion on the future of the novel at the Vorne Book Festival.",
            "Submissions for the next Corran Prize for Fiction close at the end of March, with the longlist due in July.",
        ],
        "docs": {
            "cp_2021": doc("wire", """
                'The Glass Orchard' wins Corran Prize for Fiction
                VORNE, 18 November 2021 — Teodor Vaskel's novel The Glass Orchard, the story of three generations of glassblowers in a dying river town, won the 2021 Corran Prize for Fiction on Thursday.
                Vaskel, 39, receives £25,000. He beat five other shortlisted writers, including the bookmakers' favourite, Imogen Rask, for A Field Guide to Leaving.
                The chair of judges, the critic Ysolde Barrow, called the book "a furnace of a novel". It is Vaskel's second book; his debut, Low Country, was longlisted in 2017.
            """),
            "cp_2022": doc("press_release", """
                Corran Prize for Fiction 2022: shortlist announced
                Press release
                VORNE, 15 September 2022 — The judges of the 2022 Corran Prize for Fiction have chosen six novels for this year's shortlist:
                Harbour of Small Hours by Lucan Ferriby
                The Weight of Gulls by Ama Thistlewood
                Nine Winters by Radka Oyelaran
                A Grammar of Floods by Cosmo Halliwell-Price
                The Tin Chapel by Bridie Okonjo-Marsh
                Salt and Ledger by Wilf Danaher
                The winner, who receives £25,000, will be announced at a ceremony in Vorne on 17 November. Each shortlisted author receives £2,500.
            """),
        },
        "qs": [
            q("Which novel won the 2021 Corran Prize for Fiction?",
              ["The Glass Orchard"], ["cp_2021"], "nominee_vs_winner",
              "Teodor Vaskel's novel The Glass Orchard", ["cp_2022"]),
            q("Who won the 2022 Corran Prize for Fiction?", [], [],
              "nominee_vs_winner", near=["cp_2022", "cp_2021"],
              absent=["won the 2022 Corran Prize", "2022 Corran Prize winner",
                      "winner of the 2022 Corran Prize"]),
        ],
    },
    {
        "id": "saltwick_minutes", "split": "tune",
        "reserved": ["Saltwick Ferrers Parish Council", "Glebe Field", "Tidewell Play"],
        "mentions": [
            "Saltwick Ferrers Parish Council is asking residents for views on new street lighting in Mill Lane.",
        ],
        "docs": {
            "sf_march": doc("minutes", """
                Saltwick Ferrers Parish Council — minutes of the meeting held on 14 March 2023
                Village Hall, 7.30pm
                Present: Cllr R. Amberley (Chair), Cllr J. Penrose, Cllr T. Odell, Cllr M. Fairlie, Cllr S. Brandt, Cllr A. Kellow, Cllr D. Yeo. Clerk: Mrs P. Hammond.
                23/041 Apologies: none.
                23/042 Glebe Field play area. Three tenders had been received following the January meeting and the Clerk summarised the scoring. It was RESOLVED to award the contract to Tidewell Play Ltd at a cost of £48,500, below the consultant's estimate of £62,000 (proposed Cllr Fairlie, seconded Cllr Odell; carried 6–1). Works to start after the Easter holidays.
                23/043 Street lighting, Mill Lane: the Clerk to chase the county council for a date.
                23/044 Date of next meeting: 11 April 2023.
            """),
            "sf_jan": doc("minutes", """
                Saltwick Ferrers Parish Council — minutes of the meeting held on 10 January 2023
                Village Hall, 7.30pm
                Present: Cllr R. Amberley (Chair), Cllr J. Penrose, Cllr T. Odell, Cllr M. Fairlie, Cllr A. Kellow. Clerk: Mrs P. Hammond.
                23/006 Apologies: Cllr S. Brandt, Cllr D. Yeo.
                23/007 Glebe Field play area. The Clerk reported the consultant's estimate of £62,000 for replacing the play equipment and safety surfacing. Members agreed to invite tenders with a target budget of £55,000 and to apply to the Marrach Community Fund for a grant of up to £20,000.
                23/008 Precept 2023/24: RESOLVED to set the precept at £31,200.
                23/009 Date of next meeting: 14 February 2023.
            """),
        },
        "qs": [
            q("How much did Saltwick Ferrers Parish Council agree to pay for the Glebe Field play area?",
              ["£48,500"], ["sf_march"], "plan_vs_outcome",
              "award the contract to Tidewell Play Ltd at a cost of £48,500",
              ["sf_jan"]),
        ],
    },
    {
        "id": "lindqvarn_reservoir", "split": "tune",
        "reserved": ["Lindqvarn", "Lower Quarn"],
        "mentions": [
            "Water levels at Lindqvarn Reservoir stood at 71 per cent of capacity at the end of August, the water company said.",
        ],
        "docs": {
            "lr_ency": doc("encyclopedia", """
                Lindqvarn Reservoir
                Lindqvarn Reservoir is a water-supply reservoir in the upper Vorne valley, formed by the Lindqvarn Dam. It holds about 212 million cubic metres of water when full and supplies Vorne, Estavel and much of the Marrach coast.
                The dam is a concrete gravity structure 64 metres high and 610 metres long. It was approved in 2001 with a budget of £240 million, but geological problems in the eastern abutment delayed the work by more than two years. The dam was completed in 2008 at a final cost of £312 million, and the reservoir first reached full capacity in the winter of 2009–10.
                The flooded valley covered the hamlet of Lower Quarn, whose chapel bell now hangs in Vorne library.
            """),
            "lr_plan": doc("wire", """
                Go-ahead for £240 million Lindqvarn dam
                VORNE, 26 June 2001 — Ministers on Tuesday approved plans for a £240 million dam at Lindqvarn that will create the largest reservoir in Velland and secure water supplies for Vorne and Estavel for fifty years.
                Construction is due to start next spring and finish by 2006. The 60-metre dam will flood about 900 hectares of the upper valley, including the hamlet of Lower Quarn, whose eleven remaining households will be rehoused.
            """),
        },
        "qs": [
            q("What was the final cost of the Lindqvarn Dam?", ["£312 million"],
              ["lr_ency"], "plan_vs_outcome",
              "The dam was completed in 2008 at a final cost of £312 million",
              ["lr_plan"]),
        ],
    },
    {
        "id": "estavel_star", "split": "tune",
        "reserved": ["Estavel Star", "Gwendolyn Rusk", "Hessenmoor Gold Cup"],
        "mentions": [
            "Marrach Line has warned of delays on the Estavel to Corran Sands route while one of its ferries undergoes an annual refit.",
        ],
        "docs": {
            "es_ferry": doc("encyclopedia", """
                MV Estavel Star
                MV Estavel Star is a roll-on/roll-off passenger ferry operated by Marrach Line on the route between Estavel and Corran Sands. She was built by Oskarsby Steelworks and launched in 2014, entering service the following year.
                General characteristics: length 186 metres; beam 28 metres; gross tonnage 28,460; deadweight 5,200 tonnes; capacity 1,200 passengers and 2,100 lane metres of freight; service speed 22 knots.
                In 2019 she ran aground briefly outside Corran Sands harbour in fog; no one was hurt and she returned to service after five days.
            """),
            "es_horse": doc("wire", """
                Estavel Star lands Hessenmoor Gold Cup
                HESSENMOOR, 2 August 2021 — Estavel Star, trained by Gwendolyn Rusk at Stavenholt, won the Hessenmoor Gold Cup by two lengths on Saturday under the jockey Tiarnan Bell.
                The five-year-old mare, sent off at 7–1, came from the back of the field in the final furlong to beat the favourite, Quiet Admiral. "She's never run better," said Rusk, who saddled her first Gold Cup runner in 2009.
            """),
        },
        "qs": [
            q("What is the deadweight of the ferry MV Estavel Star?", ["5,200 tonnes"],
              ["es_ferry"], "quantity_unit", "deadweight 5,200 tonnes", ["es_horse"]),
            q("who trained the racehorse estavel star", ["Gwendolyn Rusk"],
              ["es_horse"], "namesake",
              "Estavel Star, trained by Gwendolyn Rusk at Stavenholt", ["es_ferry"]),
        ],
    },
    {
        "id": "tour_marrach", "split": "tune",
        "reserved": ["Tour of the Marrach Coast", "Emrys Tallow", "Kasimir Dolan"],
        "mentions": [
            "The cliff road between Estavel and Corran Sands will close for several hours next week for the Tour of the Marrach Coast.",
            "Ruben Aske has signed a two-year contract extension with Greymere–Velo.",
        ],
        "docs": {
            "tm_2022": doc("results", """
                Tour of the Marrach Coast 2022 — final general classification
                Five stages, Estavel to Corran Sands, 28 August – 1 September
                Elite men
                1. Kasimir Dolan (Team Vorne Cycling) 17h 42m 10s
                2. Ruben Aske (Greymere–Velo) +0:18
                3. Teague Morrow (Brackwater Wheelers) +0:51
                Elite women
                1. Saskia Verlinden (Team Vorne Cycling) 11h 03m 47s
                2. Nerys Cawdor (Ansgarth CC) +1:02
                Junior men
                1. Emrys Tallow (Brackwater Wheelers) 9h 58m 31s
                2. Jude Farrant (Caddisford RC) +0:09
                Junior women
                1. Ffion Lusk (Tidewell Road Club) 7h 12m 05s
                Time bonuses included. Classification confirmed by the race jury.
            """),
            "tm_2023": doc("wire", """
                Aske wins Tour of the Marrach Coast at last
                CORRAN SANDS, 3 September 2023 — Ruben Aske won the Tour of the Marrach Coast at his fifth attempt on Sunday, holding off the defending champion, Kasimir Dolan, by 11 seconds after the final stage along the cliff road.
                The elite women's race went to Nerys Cawdor of Ansgarth. In the junior races, Caddisford's Jude Farrant and Tidewell's Ffion Lusk took the overall titles.
                Race director Ottilie Graff said the crowds on the final climb were the biggest in the race's 30-year history.
            """),
        },
        "qs": [
            q("Who won the junior men's general classification at the 2022 Tour of the Marrach Coast?",
              ["Emrys Tallow"], ["tm_2022"], "junior_vs_senior",
              "1. Emrys Tallow (Brackwater Wheelers) 9h 58m 31s", ["tm_2023"]),
            q("Who won the elite women's race at the 2021 Tour of the Marrach Coast?",
              [], [], "other_edition", near=["tm_2022", "tm_2023"],
              absent=["Hedda Brannigan"]),
        ],
    },
    {
        "id": "cinder_orchard", "split": "tune",
        "reserved": ["Cinder Orchard", "Low Tide Choir", "Greywing Records",
                     "Paper Weather", "Fenlight Records"],
        "mentions": [
            "The Cinder Orchard will headline the Calderwick Harbour Festival on 22 July.",
        ],
        "docs": {
            "co_review": doc("review", """
                The Cinder Orchard – Low Tide Choir review: grief, brass and a very big chorus
                Music › Album reviews
                ★★★★☆
                Released 7 April on Greywing Records
                The Calderwick five-piece's fourth album is their first since the drummer Oskar Vale left, and it sounds like a record made by people learning to breathe again. Producer Saskia Verhallen gives the songs room: a four-piece brass section on Harbour Lights, a children's choir on the closing title track.
                Singer Hollis Dunmore has never written better than on Tallyman, a slow-burning account of his father's last winter.
                Low Tide Choir is a reminder of why The Cinder Orchard's 2014 debut made them the most talked-about band on the coast.
            """),
            "co_band": doc("encyclopedia", """
                The Cinder Orchard
                The Cinder Orchard are an indie folk band from Calderwick, formed in 2012 by the singer Hollis Dunmore and the guitarist Priya Castellane.
                Their debut album, Paper Weather (2014), was released on the independent label Fenlight Records and reached number 9 on the Velland album chart. The follow-ups Northern Kitchens (2017) and Ash Years (2020) were also released by Fenlight before the band signed a new deal in 2022.
                Members: Hollis Dunmore (vocals), Priya Castellane (guitar), Mo Ashdown (bass), Ellis Quint (keyboards, trumpet), Rafe Linnell (drums).
            """),
        },
        "qs": [
            q("Which record label released Low Tide Choir by The Cinder Orchard?",
              ["Greywing Records"], ["co_review"], "other_release",
              "Released 7 April on Greywing Records", ["co_band"]),
            q("Who produced The Cinder Orchard's debut album Paper Weather?",
              [], [], "other_release", near=["co_review", "co_band"],
              absent=["Mattias Grell"]),
        ],
    },
    {
        "id": "port_calloway_tram", "split": "tune",
        "reserved": ["Port Calloway tram", "Selden Park", "Line 1", "Line 2",
                     "Port Calloway Airport"],
        "mentions": [
            "Trams in Port Calloway will run a reduced Sunday service this weekend because of track work near Selden Park.",
        ],
        "docs": {
            "pt_open": doc("wire", """
                Port Calloway trams return after 61 years
                PORT CALLOWAY, 29 August 2016 — Trams returned to the streets of Port Calloway on Monday for the first time since 1955 as Line 1 opened to passengers.
                The 11.4 km line runs from Harbourside to Selden Park via the city centre and the university, with 19 stops. It cost £298 million, about £40 million more than planned, and opened eight months late.
                About 22,000 people rode the line on its first day, when travel was free. Regular fares start on Tuesday at £1.80 for a single journey.
            """),
            "pt_line2": doc("press_release", """
                Port Calloway tram Line 2: route confirmed
                News › Transport › Trams
                PORT CALLOWAY, 15 March 2022 — Port Calloway City Council has confirmed the route for Line 2 of the city's tram network, a 7.8 km line from the city centre to Port Calloway Airport via Kilnworth and Heronsgate.
                The council estimates the cost at £410 million. Subject to government funding, construction would begin in 2024, with the line due to open in 2027.
                Line 1, which opened in 2016, carried 9.6 million passengers last year.
            """),
        },
        "qs": [
            q("How long is Line 1 of the Port Calloway tram?", ["11.4 km"],
              ["pt_open"], "quantity_unit", "The 11.4 km line runs from Harbourside to Selden Park",
              ["pt_line2"]),
            q("When did Line 2 of the Port Calloway tram open to passengers?",
              [], [], "announced_vs_completed", near=["pt_line2", "pt_open"],
              absent=["Line 2 opened", "opening of Line 2"]),
        ],
    },
    {
        "id": "abermorrow_university", "split": "tune",
        "reserved": ["University of Abermorrow", "UoA", "Nkem Halloran",
                     "Gideon Strand", "Ilse Moravec"],
        "mentions": [
            "The University of Abermorrow has opened a new marine science building on the harbour front.",
        ],
        "docs": {
            "au_acting": doc("wire", """
                Abermorrow names acting vice-chancellor as Strand departs
                ABERMORROW, 20 June 2023 — Professor Nkem Halloran will serve as acting vice-chancellor of the University of Abermorrow (UoA) from 1 August, the university said on Tuesday, after Professor Gideon Strand steps down to lead a national research council.
                Halloran, currently UoA's deputy vice-chancellor for education, will hold the post until a permanent appointment is made. The university's council said it hoped to name Strand's successor by the end of the year.
                Strand, a marine geologist, has led the university since 2014.
            """),
            "au_perm": doc("press_release", """
                University of Abermorrow appoints new vice-chancellor
                ABERMORROW, 7 December 2023 — The University of Abermorrow has appointed Professor Ilse Moravec, currently provost of the Estavel Institute of Technology, as its next vice-chancellor. She will take up the post in April 2024.
                Professor Nkem Halloran, who has led the university on an acting basis since August, will return to her role as deputy vice-chancellor.
                Professor Moravec said she was "delighted to join a university that looks out to sea".
            """),
        },
        "qs": [
            q("who was acting vice-chancellor at UoA after gideon strand stepped down",
              ["Nkem Halloran"], ["au_acting", "au_perm"], "acting_role",
              "Professor Nkem Halloran will serve as acting vice-chancellor of the University of Abermorrow (UoA)",
              []),
        ],
    },
    {
        "id": "brynhallow_chess", "split": "tune",
        "reserved": ["Brynhallow Open", "Taddeo Marsh", "Vilja Sorenby",
                     "Brynhallow Assembly Rooms"],
        "mentions": [
            "Entries for the Brynhallow Open chess tournament close on 20 March.",
        ],
        "docs": {
            "bc_2019": doc("wire", """
                Sorenby wins Brynhallow Open on tiebreak
                BRYNHALLOW, 14 April 2019 — Grandmaster Vilja Sorenby won the Brynhallow Open chess tournament on Sunday, edging Taddeo Marsh on tiebreak after both finished on 7½ points from nine rounds.
                Marsh, 19, had led going into the final round. International Master Evert Prell was third on 7 points.
                A record 212 players took part in the event at the Brynhallow Assembly Rooms, which this year added a separate section for players rated under 1600.
            """),
            "bc_2018": doc("results", """
                Brynhallow Open 2018 — final standings (top five)
                Brynhallow Assembly Rooms, 6–8 April 2018. Nine rounds, Swiss system.
                1. GM Anatol Ferreira-Lisk 7½
                2. Corentin Abay 7
                3. GM Vilja Sorenby 6½
                4. IM Evert Prell 6½
                5. Taddeo Marsh 6
                Tiebreak: Buchholz. Prize fund £6,000; first prize £1,500.
                The full crosstable and all games in PGN format are available from the tournament office.
            """),
        },
        "qs": [
            q("Which player finished runner-up at the 2019 Brynhallow Open chess tournament?",
              ["Taddeo Marsh"], ["bc_2019"], "runner_up",
              "edging Taddeo Marsh on tiebreak", ["bc_2018"]),
            q("How many players took part in the 2018 Brynhallow Open?", [], [],
              "other_edition", near=["bc_2019", "bc_2018"],
              absent=["188 players"]),
        ],
    },
    {
        "id": "tessera_router", "split": "tune",
        "reserved": ["Tessera", "AX30", "AX10"],
        "mentions": [
            "Tessera has warned router owners about a phishing email that imitates its update notices.",
        ],
        "docs": {
            "tr_forum": doc("forum", """
                Re: AX30 keeps dropping 5GHz every few hours [SOLVED]
                Community › Networking › Tessera routers
                Posted by nightkettle » Thu 3 Feb 2022, 21:14
                Same problem here on the Tessera AX30 running firmware 2.1.3 — the 5GHz band vanished two or three times a day and only a reboot brought it back. Support told me it was a known bug.
                Update: firmware 2.1.5 fixed it for me. Nine days now with no drops. Don't bother with 2.1.4, it was pulled after a day because it broke the guest network.
                Reply from marsh_ferret » Fri 4 Feb 2022, 08:02
                Can confirm 2.1.5 fixed the 5GHz dropouts here too. You have to install it manually from the support page; auto-update still offers 2.1.3.
            """),
            "tr_notes": doc("product", """
                Tessera AX30 firmware 2.1.3 — release notes
                Support › AX30 › Downloads
                Release date: 22 November 2021
                File size: 31.4 MB
                Changes in this version:
                • Adds WPA3 transition mode for older devices
                • Improves mesh handover between AX30 and AX10 units
                • Fixes a bug that could cause the admin page to time out
                Known issues: some users may experience intermittent loss of the 5 GHz network. A fix is being prepared.
            """),
        },
        "qs": [
            q("which firmware version fixed the 5ghz dropouts on the tessera ax30",
              ["2.1.5"], ["tr_forum"], "version",
              "Update: firmware 2.1.5 fixed it for me.", ["tr_notes"]),
        ],
    },
    {
        "id": "caddisford_library", "split": "tune",
        "reserved": ["Caddisford Public Library", "Wrenmouth Libraries"],
        "mentions": [
            "Caddisford Public Library hosts a family history drop-in every Tuesday afternoon in February.",
        ],
        "docs": {
            "cl_faq": doc("faq", """
                Borrowing: frequently asked questions — Caddisford Public Library
                Home › Using the library › FAQs
                How many items can I borrow?
                Adult members can borrow up to 15 items at a time on one card.
                How long can I keep them?
                The standard loan period is 21 days for books and audiobooks, and 7 days for DVDs and games.
                Can I renew?
                Yes — up to three times, online, by phone or at the desk, unless another member has reserved the item.
                Are there late fees?
                No. Caddisford Public Library stopped charging overdue fines on 1 April 2021. Please return items as soon as you can so others can enjoy them.
                What if I lose an item?
                You will be charged the replacement cost plus a £2 processing fee.
            """),
            "cl_wrenmouth": doc("faq", """
                Wrenmouth Libraries — your questions answered
                How long is the loan period?
                Books can be borrowed for 28 days. Children's books are also issued for 28 days.
                How many books can children borrow?
                Junior members (under 14) can borrow up to 8 books at a time.
                Do you charge fines?
                Adult overdue charges are 20p per day per item, up to a maximum of £5. There are no fines on children's cards.
                Can I use the computers?
                Yes. Members get two free hours a day; printing costs 15p a page.
            """),
        },
        "qs": [
            q("how long is the standard loan period at caddisford public library",
              ["21 days"], ["cl_faq"], "how_long",
              "The standard loan period is 21 days for books and audiobooks",
              ["cl_wrenmouth"]),
            q("How many books can a child borrow at one time from Caddisford Public Library?",
              [], [], "other_subject", near=["cl_faq", "cl_wrenmouth"],
              absent=["up to 10 books"]),
        ],
    },
    {
        "id": "gilded_heron", "split": "tune",
        "reserved": ["Gilded Heron", "Rosalind Achterberg"],
        "mentions": [
            "Two Wrenmouth restaurants have been added to the Marrach Coast Good Food Guide this year.",
        ],
        "docs": {
            "gh_review": doc("review", """
                The Gilded Heron, Wrenmouth: restaurant review
                Food & Drink › Reviews
                By Cressida Palk
                The Gilded Heron has taken over the old harbourmaster's office on Wrenmouth's Strand, and head chef Rosalind Achterberg — formerly second-in-command at Tallis in Estavel — is cooking some of the most confident food on the coast.
                The seven-course tasting menu (£85, or £135 with paired wines) opened with smoked eel on rye and ended with a burnt honey tart we would happily have eaten twice. Service, led by co-owner Marius Quell, was warm and unfussy.
                Verdict: 9/10. The Gilded Heron, 4 The Strand, Wrenmouth. Open Wednesday to Sunday.
            """),
            "gh_pub": doc("listing", """
                The Gilded Heron, Stavenholt — village pub
                Pubs › Stavenholt
                Traditional 18th-century coaching inn on Stavenholt green, run by landlords Gethin and Mair Probert since 2011. Real ales from Brackwater Brewery, Sunday roasts (£16.50) and a quiz every Thursday. Dog friendly; beer garden; three en-suite rooms from £75 a night.
                Kitchen: head cook Dai Lunt serves food Tuesday to Sunday, 12–2.30pm and 6–9pm.
            """),
        },
        "qs": [
            q("Who is the head chef at The Gilded Heron in Wrenmouth?",
              ["Rosalind Achterberg"], ["gh_review"], "namesake_place",
              "head chef Rosalind Achterberg", ["gh_pub"]),
        ],
    },
    {
        "id": "mount_orrin", "split": "tune",
        "reserved": ["Orrin", "Tolley's Gully"],
        "mentions": [
            "Mountain rescue volunteers were called out twice on the Hessenmoor range over the weekend after walkers were caught by low cloud.",
        ],
        "docs": {
            "mo_ency": doc("encyclopedia", """
                Mount Orrin
                Mount Orrin is the highest mountain in the Hessenmoor range, rising to 2,318 metres above sea level. It lies on the boundary between Hessenmoor and Upper Vorne and is a popular objective for walkers from Ansgarth, the nearest village.
                The first recorded ascent was made on 9 August 1879 by the surveyor Emmerich Dowd and two local guides, Tam and Iefan Rowe, while mapping the boundary. The normal route up the south-east ridge is graded as a strenuous hill walk; the north face holds snow well into June.
                A memorial cairn to the mountain rescue volunteer Bethan Yorke stands on the summit plateau.
            """),
            "mo_little": doc("encyclopedia", """
                Little Orrin
                Little Orrin is a subsidiary summit of Mount Orrin in the Hessenmoor range, reaching 1,544 metres. It is separated from its larger neighbour by the Orrin Gap.
                The first winter ascent of Little Orrin was made in February 1904 by Agnes Tolley and Harald Vinke, who climbed the north gully in nine hours. The route, now known as Tolley's Gully, is a classic grade III winter climb.
            """),
        },
        "qs": [
            q("How high is Mount Orrin?", ["2,318 metres"], ["mo_ency"],
              "quantity_unit", "rising to 2,318 metres above sea level", ["mo_little"]),
            q("Who made the first winter ascent of Mount Orrin?", [], [],
              "other_subject", near=["mo_ency", "mo_little"],
              absent=["first winter ascent of Mount Orrin"]),
        ],
    },
]

HELDOUT_TOPICS = [
    {
        "id": "hessenmoor_regatta", "split": "heldout",
        "reserved": ["Hessenmoor Regatta", "Grand Challenge Oars", "Ferrers Cup"],
        "mentions": [
            "Tickets for the Hessenmoor Regatta enclosure go on sale on 1 April.",
            "Stavenholt Rowing Club is looking for volunteer coaches for its junior squad.",
        ],
        "docs": {
            "hr_2019": doc("wire", """
                Stavenholt take Grand Challenge Oars at Hessenmoor
                HESSENMOOR, 7 July 2019 — Stavenholt Rowing Club won the Grand Challenge Oars at the Hessenmoor Regatta on Sunday, beating Abermorrow University Boat Club by a length and a quarter in the final of the regatta's senior men's eights event.
                In the women's eights final for the Ferrers Cup, Tidewell Rowing Club beat Marrowgate Ladies by two lengths.
                Organisers said more than 30,000 spectators lined the river Hessen over the five days, helped by unbroken sunshine.
            """),
            "hr_2018": doc("results", """
                Hessenmoor Regatta 2018 — Sunday finals
                Grand Challenge Oars (senior men's eights): Vorne Rowing Club bt Stavenholt Rowing Club, 2 lengths, 6 min 02 s
                Ferrers Cup (senior women's eights): Marrowgate Ladies bt Rookhaven RC, easily, 6 min 49 s
                Junior Sculls: T. Harcastle (Brackwater RC) bt O. Lindell (Vorne RC), 3 lengths
                Umpire for the Grand Challenge Oars: Mrs H. Coffin. Conditions: strong headwind, rough water at the start.
            """),
        },
        "qs": [
            q("Which crew finished runner-up in the 2019 Grand Challenge Oars final at the Hessenmoor Regatta?",
              ["Abermorrow University Boat Club"], ["hr_2019"], "runner_up",
              "beating Abermorrow University Boat Club by a length and a quarter",
              ["hr_2018"]),
            q("Which club won the Grand Challenge Oars at the 2016 Hessenmoor Regatta?",
              [], [], "other_edition", near=["hr_2019", "hr_2018"],
              absent=["2016 Hessenmoor Regatta", "Hessenmoor Regatta 2016",
                      "Hessenmoor Regatta in 2016"]),
        ],
    },
    {
        "id": "calderwick_opera", "split": "heldout",
        "reserved": ["Calderwick Opera House", "Benedikt Aurell", "Aurell Vance",
                     "Ottoline Fairweather"],
        "mentions": [
            "Calderwick Opera House has announced a season of five new productions, opening in September.",
            "General director Hesketh Mumford will take part in a panel on arts funding at the Estavel Assembly Rooms.",
        ],
        "docs": {
            "op_reopen": doc("wire", """
                Calderwick Opera House reopens after £96 million renovation
                CALDERWICK, 21 September 2018 — Calderwick Opera House reopened on Friday night after a three-year renovation costing £96 million, with a gala performance attended by 1,820 people — the auditorium's new capacity, up from 1,650.
                The renovation was designed by the architect Benedikt Aurell of Aurell Vance Architects, who added a glass fly tower, a rooftop rehearsal studio and a new entrance facing the river. The 1911 auditorium, designed by Ottoline Fairweather, was restored to its original crimson and gold.
                General director Hesketh Mumford said the house would stage 140 performances in its first season.
            """),
            "op_plan": doc("wire", """
                Plans unveiled for £70 million opera house refit
                CALDERWICK, 4 March 2014 — Calderwick Opera House has unveiled plans for a £70 million refurbishment that would close the building for two years from 2015, with reopening planned for the autumn of 2017.
                Three practices have been shortlisted to design the scheme: Aurell Vance Architects, Lisle & Parr, and the Estavel studio Frame Nine. A winner will be chosen in June.
                The listed building, which opened in 1911, has not been substantially altered since a fire in 1963.
            """),
        },
        "qs": [
            q("Who designed the renovation of Calderwick Opera House?",
              ["Benedikt Aurell"], ["op_reopen"], "who_designed",
              "The renovation was designed by the architect Benedikt Aurell",
              ["op_plan"]),
            q("how much did the calderwick opera house renovation cost",
              ["£96 million"], ["op_reopen"], "plan_vs_outcome",
              "after a three-year renovation costing £96 million", ["op_plan"]),
        ],
    },
    {
        "id": "vorne_film_festival", "split": "heldout",
        "reserved": ["Vorne International Film Festival", "VIFF", "Golden Otter",
                     "Silver Otter", "Kingfisher Winter"],
        "mentions": [
            "Submissions for the Vorne International Film Festival close on 30 June.",
            "The director Ottavia Renn has started filming her third feature in Corran Sands.",
        ],
        "docs": {
            "vf_2020": doc("wire", """
                'Kingfisher Winter' takes Golden Otter at socially distanced VIFF
                VORNE, 3 October 2020 — Kingfisher Winter, the second feature by the director Ottavia Renn, won the Golden Otter for best film at the Vorne International Film Festival (VIFF) on Saturday.
                The jury, led by the actor Lorcan Deverill, gave the best actress award to Maelle Ostrova for Tin Sky and best director to Hamid Vellacott for Pilgrim Tide.
                The festival ran at half capacity this year, with 41 films screened across three venues and online.
            """),
            "vf_2021": doc("wire", """
                Documentary wins Golden Otter for first time
                VORNE, 2 October 2021 — The documentary Cold Harbour Hymns became the first non-fiction film to win the Golden Otter at the Vorne International Film Festival on Saturday.
                Its director, Tomas Reyle, dedicated the prize to the fishermen of Corran Sands who appear in the film. The runner-up prize, the Silver Otter, went to the drama Evensong for Gulls.
                Attendance returned to pre-pandemic levels, organisers said, with 58,000 tickets sold.
            """),
        },
        "qs": [
            q("Which film took the Golden Otter at VIFF 2020?", ["Kingfisher Winter"],
              ["vf_2020"], "alias",
              "Kingfisher Winter, the second feature by the director Ottavia Renn, won the Golden Otter",
              ["vf_2021"]),
            q("Who was jury president at the 2021 Vorne International Film Festival?",
              [], [], "other_edition", near=["vf_2020", "vf_2021"],
              absent=["Delphine Osterkamp"]),
        ],
    },
    {
        "id": "kettleby_mayor", "split": "heldout",
        "reserved": ["Wystan Greaves", "Harriet Oduya", "Tamsin Rowe",
                     "Kettleby Cross mayor", "mayor of Kettleby Cross"],
        "mentions": [
            "Kettleby Cross council will decide the future of the Brook Lane swimming baths in the autumn.",
        ],
        "docs": {
            "km_2021": doc("wire", """
                Greaves ends Civic Party's eight-year hold on Kettleby Cross mayoralty
                KETTLEBY CROSS, 10 May 2021 — The independent candidate Wystan Greaves was elected mayor of Kettleby Cross on Sunday, replacing the Civic Party's Harriet Oduya, who had held the post since 2013 and did not stand again.
                Greaves won 52.4 per cent of the vote in the second round against the Civic Party candidate, deputy mayor Tamsin Rowe. Turnout was 44 per cent.
                Greaves, a former headteacher, has promised to reopen the Brook Lane swimming baths and to freeze car parking charges for two years.
            """),
            "km_deputy": doc("wire", """
                Kettleby Cross deputy mayor to step down
                KETTLEBY CROSS, 18 January 2021 — Tamsin Rowe, deputy mayor of Kettleby Cross since 2017, said on Monday she would stand down from the post to fight May's mayoral election, after the mayor, Harriet Oduya, confirmed she would not seek a third term.
                Rowe will be the Civic Party candidate. Councillor Eamon Pike will serve as deputy mayor until the election.
            """),
        },
        "qs": [
            q("Who replaced Harriet Oduya as mayor of Kettleby Cross?",
              ["Wystan Greaves"], ["km_2021"], "who_replaced",
              "The independent candidate Wystan Greaves was elected mayor of Kettleby Cross on Sunday, replacing the Civic Party's Harriet Oduya",
              ["km_deputy"]),
        ],
    },
    {
        "id": "halden_acquisition", "split": "heldout",
        "reserved": ["Halden Analytics", "Norrcom"],
        "mentions": [
            "Norrcom Group reports half-year results on Thursday, its first since its last big acquisition.",
        ],
        "docs": {
            "ha_announce": doc("press_release", """
                Norrcom to acquire Halden Analytics for €1.3 billion
                Press release
                ESTAVEL, 11 January 2022 — Norrcom Group today announced a definitive agreement to acquire Halden Analytics, the Vorne-based provider of shipping-logistics software, for €1.3 billion in cash.
                The transaction has been approved by both boards and is expected to close in the second quarter of 2022, subject to regulatory approval. Halden's founder and chief executive, Sigrun Halden, will join Norrcom's executive committee.
                Forward-looking statements: this release contains statements about future events that involve risks and uncertainties.
            """),
            "ha_complete": doc("wire", """
                Norrcom completes Halden deal at lower price after competition review
                ESTAVEL, 30 September 2022 — Norrcom Group said on Friday it had completed its takeover of Halden Analytics for €1.15 billion, below the €1.3 billion agreed in January, after the competition authority required it to sell Halden's port-scheduling business.
                The deal closed on 29 September, three months later than first planned. Norrcom shares rose 2.1 per cent in Estavel trading.
            """),
        },
        "qs": [
            q("What did Norrcom finally pay for Halden Analytics?", ["€1.15 billion"],
              ["ha_complete"], "announced_vs_completed",
              "it had completed its takeover of Halden Analytics for €1.15 billion",
              ["ha_announce"]),
            q("On what date did Norrcom's takeover of Halden Analytics close?",
              ["29 September"], ["ha_complete"], "date_year_elsewhere",
              "The deal closed on 29 September", ["ha_announce"]),
        ],
    },
    {
        "id": "copper_wren", "split": "heldout",
        "reserved": ["Copper Wren", "Niamh Gorrie", "Velland Derby"],
        "mentions": [
            "The Hessenmoor Male Voice Choir will sing at the reopening of the Brackwater Hard on Saturday.",
        ],
        "docs": {
            "cw_horse": doc("wire", """
                Copper Wren storms to Velland Derby win
                HESSENMOOR, 4 June 2022 — Copper Wren, a 9–1 outsider, won the Velland Derby at Hessenmoor Park on Saturday, ridden by the 22-year-old jockey Niamh Gorrie and trained by Ambrose Pettigrew at Thistlecombe.
                The colt beat the favourite, Northern Bastion, by a length and a half over a mile and a half on good-to-firm ground. It was Gorrie's first Derby ride.
            """),
            "cw_song": doc("encyclopedia", """
                Copper Wren (song)
                "Copper Wren" is a song by the Velland folk singer Isolde Marram, released in 2009 as the lead single from her album Fieldfare. Written by Marram and her brother Callum, it tells the story of a copper miner's daughter who keeps a wren in her lamp.
                The song reached number 14 in the Velland singles chart and was later recorded by the Hessenmoor Male Voice Choir.
            """),
            "cw_barge": doc("listing", """
                Copper Wren — sailing barge day trips
                Home › Things to do › Boat trips
                Sail the estuary aboard the Copper Wren, a restored 1921 Brackwater sailing barge. Trips depart Brackwater Hard at 10am and 2pm, May to September, and last three hours. Adults £38, children £19.
                Skipper Hal Dennet and his crew will teach you to haul a sail and read the tide. Booking essential; not suitable for wheelchairs.
            """),
        },
        "qs": [
            q("Who rode Copper Wren to victory in the Velland Derby?",
              ["Niamh Gorrie"], ["cw_horse"], "namesake",
              "ridden by the 22-year-old jockey Niamh Gorrie", ["cw_song", "cw_barge"]),
            q("who directed the film copper wren", [], [], "namesake",
              near=["cw_horse", "cw_song", "cw_barge"],
              absent=["film Copper Wren", "Copper Wren (film)"]),
        ],
    },
    {
        "id": "tidewell_orchestra", "split": "heldout",
        "reserved": ["Tidewell Symphony Orchestra", "TSO", "Radoslav Heming",
                     "Amaya Strick", "Tidewell Municipal Orchestra"],
        "mentions": [
            "The Tidewell Symphony Orchestra's summer series on Tidewell sands starts on 12 July.",
        ],
        "docs": {
            "to_ency": doc("encyclopedia", """
                Tidewell Symphony Orchestra
                The Tidewell Symphony Orchestra (TSO) is a professional orchestra based at the Corn Exchange in Tidewell. It was founded in 1948 as the Tidewell Municipal Orchestra and adopted its present name in 1972.
                Its principal conductor since 2017 has been Radoslav Heming. Amaya Strick has been principal guest conductor since 2019, and the orchestra's associate conductor is Joss Ferrand.
                The TSO gives about 90 concerts a year, including an annual summer series on Tidewell sands, and has recorded extensively for the Harbourlight Classics label.
            """),
            "to_concert": doc("review", """
                Review: TSO / Strick, Tidewell Corn Exchange
                ★★★★★
                Amaya Strick, the orchestra's principal guest conductor, has a gift for making familiar music sound freshly dangerous, and her Tidewell Symphony Orchestra concert on Thursday was one of the best I have heard in the hall.
                The brass were magnificent in the closing symphony, and the young soloist in the violin concerto, Perpetua Oyelowo-Kent, played with a sweetness that never cloyed.
                Heming returns next month for the season finale.
            """),
        },
        "qs": [
            q("Who is the principal conductor of the Tidewell Symphony Orchestra?",
              ["Radoslav Heming"], ["to_ency"], "principal_vs_guest",
              "Its principal conductor since 2017 has been Radoslav Heming",
              ["to_concert"]),
            q("Who was the TSO's first conductor when the orchestra was founded?",
              [], [], "previous_holder", near=["to_ency", "to_concert"],
              absent=["first conductor of the Tidewell",
                      "Tidewell Municipal Orchestra's first"]),
        ],
    },
    {
        "id": "greyfield_park", "split": "heldout",
        "reserved": ["Greyfield Park", "Yarrowby Rugby Club"],
        "mentions": [
            "Yarrowby's opening home game of the rugby season has sold out, the club said.",
        ],
        "docs": {
            "gp_ency": doc("encyclopedia", """
                Greyfield Park
                Greyfield Park is a rugby stadium in Yarrowby and has been the home ground of Yarrowby Rugby Club since 1902. Following its conversion to an all-seater stadium in 2012, its capacity is 18,500.
                The ground's record attendance is 27,104, set on 3 January 1971 for a league match against Estavel, when most of the ground was terracing. The Riverside Stand, opened in 2012, contains the club museum and hospitality boxes.
                Greyfield Park has hosted international matches and six Velland Cup finals, the most recent in 2015.
            """),
            "gp_plan": doc("wire", """
                Yarrowby unveil plan for 24,000-seat Greyfield Park
                YARROWBY, 12 October 2023 — Yarrowby Rugby Club has submitted plans to expand Greyfield Park to 24,000 seats by rebuilding the East Stand and filling in the corners, at a cost of about £55 million.
                Chief executive Morag Tindall said the club had sold out 11 of its 14 home games last season. If the plans are approved, work would begin in the summer of 2025.
            """),
        },
        "qs": [
            q("What is the capacity of Greyfield Park?", ["18,500"], ["gp_ency"],
              "plan_vs_outcome", "its capacity is 18,500", ["gp_plan"]),
            q("what is the record attendance at greyfield park", ["27,104"],
              ["gp_ency"], "attendance",
              "The ground's record attendance is 27,104", ["gp_plan"]),
        ],
    },
    {
        "id": "vorne_blue", "split": "heldout",
        "reserved": ["Vorne Blue", "Velland Cheese Awards", "Fennick Crumble",
                     "Hollin Dairy"],
        "mentions": [
            "The Velland Cheese Awards return to Estavel in November with a record number of categories.",
        ],
        "docs": {
            "vb_product": doc("product", """
                Vorne Blue — 200 g
                Shop › Cheese › Blue cheese
                £4.95 (£24.75/kg)
                A creamy, gently spicy blue made with pasteurised cow's milk by Hollin Dairy in the hills above Vorne and aged for at least 12 weeks.
                Gold, Velland Cheese Awards 2022
                Ingredients: cow's MILK, salt, cultures, Penicillium roqueforti, vegetarian rennet.
                Storage: keep refrigerated below 5°C. Once opened, consume within 5 days.
                Customers also bought: Oskarsby oatcakes, Thistlecombe quince paste.
            """),
            "vb_news": doc("wire", """
                Fennick Crumble named supreme champion at Velland Cheese Awards
                ESTAVEL, 9 November 2023 — A crumbly ewe's milk cheese made by a two-person dairy in Fennick was named supreme champion at the 2023 Velland Cheese Awards on Thursday, beating 1,140 entries.
                Fennick Crumble, made by Ruth and Tobias Garland at Hedgeways Farm, was chosen by a panel of 40 judges. The reserve champion was Vorne Blue from Hollin Dairy.
            """),
        },
        "qs": [
            q("Which cheese was named reserve champion at the 2023 Velland Cheese Awards?",
              ["Vorne Blue"], ["vb_news"], "runner_up",
              "The reserve champion was Vorne Blue from Hollin Dairy.", ["vb_product"]),
            q("Which cheese was supreme champion at the 2022 Velland Cheese Awards?",
              [], [], "other_edition", near=["vb_news", "vb_product"],
              absent=["supreme champion at the 2022", "2022 supreme champion"]),
        ],
    },
    {
        "id": "fathom_tern", "split": "heldout",
        "reserved": ["Fathom Tern", "Marrach Trench", "Halcyon Breck"],
        "mentions": [
            "The Marrach Institute of Oceanography will hold an open day at its Corran Sands quay on 9 September.",
        ],
        "docs": {
            "ft_2021": doc("wire", """
                Submersible reaches record depth in Marrach Trench
                CORRAN SANDS, 19 July 2021 — The crewed submersible Fathom Tern reached a depth of 6,212 metres in the Marrach Trench on Sunday, the deepest dive yet by a Velland vessel, the Marrach Institute of Oceanography said.
                Pilot Halcyon Breck and the biologist Ysabel Kerrow spent nine hours on the dive, three of them on the trench floor, where they collected sediment cores and filmed a previously unknown species of sea cucumber.
                The previous national record, 4,880 metres, was set by the institute's older submersible, Kittiwake, in 2004.
            """),
            "ft_2023": doc("press_release", """
                Fathom Tern to attempt 7,000-metre dive in 2023 season
                Press release — Marrach Institute of Oceanography
                CORRAN SANDS, 2 March 2023 — The institute's submersible Fathom Tern will attempt to dive beyond 7,000 metres in the southern Marrach Trench during its 2023 expedition season, which runs from June to September.
                The vessel has been fitted with a new titanium crew sphere rated to 8,000 metres. Support at sea will come from the research ship Marrach Venturer.
            """),
        },
        "qs": [
            q("How deep did the submersible Fathom Tern dive in the Marrach Trench in 2021?",
              ["6,212 metres"], ["ft_2021"], "quantity_unit",
              "reached a depth of 6,212 metres in the Marrach Trench", ["ft_2023"]),
            q("What depth did Fathom Tern reach during its 2023 expedition season?",
              [], [], "plan_vs_outcome", near=["ft_2023", "ft_2021"],
              absent=["7,212 metres", "reached a depth of 7"]),
        ],
    },
    {
        "id": "ashfall_keep", "split": "heldout",
        "reserved": ["Ashfall Keep", "Corvid Lantern", "Tollgate Games"],
        "mentions": [
            "A limited-edition vinyl soundtrack from a Pellingford games studio sold out within hours on Friday.",
        ],
        "docs": {
            "ak_review": doc("review", """
                Ashfall Keep review — a castle worth getting lost in
                Games › Reviews › PC
                Score: 8/10
                Developer: Corvid Lantern Games | Publisher: Halfmoon Publishing | Platform reviewed: PC | Price: £24.99
                Ashfall Keep drops you into a volcanic fortress with a sword, a lamp and no map, and trusts you to work out the rest. Corvid Lantern's first game borrows from the classics of the genre, but its shortcuts and secret rooms are laid out with real wit.
                The boss fights are uneven and the final area drags, but few games this year have made exploring feel so rewarding. The console versions are due later this year.
            """),
            "ak_sequel": doc("wire", """
                Ashfall Keep II announced with co-op mode
                PELLINGFORD, 8 June 2023 — Corvid Lantern Games has announced Ashfall Keep II, a sequel to its 2021 hit, adding two-player co-op and a second castle. No release date or price was given.
                The original game has sold more than 1.2 million copies across PC and consoles, the studio said.
            """),
            "ak_board": doc("product", """
                Ashfall Keep: The Board Game
                Shop › Board games › Strategy
                £42.00 · 2–4 players · ages 12+ · 60–90 minutes
                Storm the keep, share the loot, betray your friends. A tile-laying dungeon game designed by Lorna Pettifer and published by Tollgate Games, with 120 illustrated tiles and 4 sculpted heroes.
                Not connected with any video game of the same name.
            """),
        },
        "qs": [
            q("Which studio developed the video game Ashfall Keep?",
              ["Corvid Lantern Games"], ["ak_review", "ak_sequel"], "namesake",
              "Developer: Corvid Lantern Games", ["ak_board"]),
            q("What was the launch price of Ashfall Keep on consoles?", [], [],
              "other_platform", near=["ak_review", "ak_sequel", "ak_board"],
              absent=["£37.49"]),
        ],
    },
    {
        "id": "st_brannocs", "split": "heldout",
        "reserved": ["St Brannoc's"],
        "mentions": [
            "Visitors to Dunmarrow's main hospital are asked to use the new multi-storey car park on Castle Street.",
        ],
        "docs": {
            "sb_open": doc("wire", """
                New St Brannoc's Hospital opens in Dunmarrow
                DUNMARROW, 11 April 2019 — The first patients were moved into the new St Brannoc's Hospital in Dunmarrow on Thursday, replacing the Victorian infirmary on Castle Street.
                The £245 million hospital has 420 beds, 12 operating theatres and the region's first dedicated stroke unit. It was built on the former Dunmarrow cattle market site by a consortium led by Harrowfield Construction.
                Chief executive Dr Ewan Tulloch said the move of 260 patients had gone "like clockwork".
            """),
            "sb_plan": doc("wire", """
                Go-ahead for 500-bed hospital in Dunmarrow
                DUNMARROW, 9 September 2014 — Health ministers have approved a new 500-bed hospital for Dunmarrow to replace the Castle Street infirmary, with completion planned for 2018.
                The hospital, to be named St Brannoc's after the town's patron saint, is expected to cost £210 million and will include a stroke unit and a maternity wing.
            """),
        },
        "qs": [
            q("How many beds does St Brannoc's Hospital in Dunmarrow have?", ["420"],
              ["sb_open"], "plan_vs_outcome",
              "The £245 million hospital has 420 beds", ["sb_plan"]),
        ],
    },
    {
        "id": "velland_cup", "split": "heldout",
        "reserved": ["Velland Cup", "Ansgarth Stadium", "Kit Danvers"],
        "mentions": [
            "Tickets for the rugby cup semi-finals go on sale on Monday morning.",
        ],
        "docs": {
            "vc_2022": doc("wire", """
                Yarrowby end 20-year wait for Velland Cup
                ANSGARTH, 30 April 2022 — Yarrowby won the Velland Cup for the first time since 2002 on Saturday, beating Estavel 27–19 in the final at Ansgarth Stadium in front of a crowd of 41,300.
                Full-back Kit Danvers scored two tries and captain Rhodri Mabe lifted the trophy after Estavel, the holders, had led 13–10 at half-time.
                Yarrowby coach Fenn Aldous said it was "the best day of my working life".
            """),
            "vc_2021": doc("results", """
                Velland Cup final 2021 — match summary
                Estavel 24 Kettleby 16
                Venue: Corrie Road, Marrowgate. Referee: Lyle Brannagh.
                Estavel: tries — Pryce, Halloway; conversion — Denholm; penalties — Denholm 4.
                Kettleby: try — Ostrowe; conversion — Vane; penalties — Vane 3.
                Player of the match: Idwal Pryce (Estavel).
                Estavel's win was their fourth Velland Cup in seven seasons.
            """),
        },
        "qs": [
            q("Where was the 2022 Velland Cup final played?", ["Ansgarth Stadium"],
              ["vc_2022"], "where",
              "beating Estavel 27–19 in the final at Ansgarth Stadium", ["vc_2021"]),
            q("what was the attendance at the 2021 velland cup final", [], [],
              "attendance", near=["vc_2021", "vc_2022"], absent=["36,250"]),
        ],
    },
    {
        "id": "skerrow_lighthouse", "split": "heldout",
        "reserved": ["Skerrow", "Absalom Treherne"],
        "mentions": [
            "A coastal lighthouse near Corran Sands reopens to visitors on summer weekends from 1 June.",
        ],
        "docs": {
            "sk_ency": doc("encyclopedia", """
                Skerrow Point Lighthouse
                Skerrow Point Lighthouse stands on the western tip of the Skerrow peninsula, 6 km north of Corran Sands. The tower is 38 metres tall and its light, 61 metres above high water, can be seen for 24 nautical miles.
                It was designed by the engineer Absalom Treherne and built between 1862 and 1865 by the Velland Lights Board, after the emigrant ship Constance Adair was lost on the Skerrow reef in 1859 with 140 lives.
                The light was automated in 1991 and the keepers' cottages are now holiday lets. The tower is open to visitors on summer weekends.
            """),
            "sk_rock": doc("encyclopedia", """
                Skerrow Rock Light
                Skerrow Rock Light is an unmanned offshore light on the outer Skerrow reef, about 4 km west of Skerrow Point. The 22-metre concrete tower was completed in 1934 to a design by the engineer Ivor Penmaen, replacing a lightship that had marked the reef since 1868.
                The light was converted to solar power in 2002. Landing is possible only in calm weather.
            """),
            "sk_cottage": doc("listing", """
                Skerrow Point Cottage — sleeps 4
                Holiday lets › Corran Sands › Coastal
                From £640 per week
                A former keeper's cottage a short walk from Skerrow Point Lighthouse, with two bedrooms, a wood-burner and uninterrupted sea views. The lighthouse tower, built in the 1860s, is open to visitors on summer weekends.
                Check-in 4pm, check-out 10am. No pets. Parking for one car.
            """),
        },
        "qs": [
            q("How tall is Skerrow Point Lighthouse?", ["38 metres"], ["sk_ency"],
              "quantity_unit", "The tower is 38 metres tall", ["sk_rock", "sk_cottage"]),
            q("who designed skerrow point lighthouse", ["Absalom Treherne"],
              ["sk_ency"], "who_designed",
              "It was designed by the engineer Absalom Treherne", ["sk_rock"]),
        ],
    },
    {
        "id": "bank_of_velland", "split": "heldout",
        "reserved": ["Bank of Velland", "BoV", "Aurelia Stenmark"],
        "mentions": [
            "Aurelia Stenmark, the central bank governor, gives evidence to parliament's finance committee on Tuesday.",
        ],
        "docs": {
            "bv_decision": doc("wire", """
                Bank of Velland surprises with quarter-point rise
                ESTAVEL, 2 November 2023 — The Bank of Velland (BoV) raised its main interest rate by a quarter of a percentage point to 4.75 per cent on Thursday, surprising most economists, who had expected it to hold.
                Governor Aurelia Stenmark said inflation, at 5.9 per cent, remained "uncomfortably high". Five of the nine members of the monetary policy committee voted for the increase.
                The next rate decision is due on 14 December.
            """),
            "bv_preview": doc("wire", """
                BoV expected to hold rates at 4.5 per cent
                ESTAVEL, 30 October 2023 — The Bank of Velland is expected to keep its main interest rate at 4.5 per cent when it announces its decision on Thursday, according to 17 of 22 economists surveyed by the Estavel Ledger.
                Most said falling energy prices gave the central bank room to wait, although five expected a rise to 4.75 per cent.
            """),
        },
        "qs": [
            q("What did the BoV set its main interest rate at in November 2023?",
              ["4.75 per cent"], ["bv_decision"], "forecast_vs_outcome",
              "raised its main interest rate by a quarter of a percentage point to 4.75 per cent",
              ["bv_preview"]),
            q("After its 14 December 2023 decision, what was the Bank of Velland's main interest rate?",
              [], [], "other_date", near=["bv_decision", "bv_preview"],
              absent=["kept its main interest rate at 4.75",
                      "raised its main interest rate to 5"]),
        ],
    },
    {
        "id": "wrenmouth_courier", "split": "heldout",
        "reserved": ["Wrenmouth Courier", "Wrenmouth Evening Courier", "Josiah Leckie"],
        "mentions": [
            "Wrenmouth's weekly newspaper moves to new offices on the Strand next month.",
        ],
        "docs": {
            "wc_ency": doc("encyclopedia", """
                Wrenmouth Courier
                The Wrenmouth Courier is a weekly newspaper serving Wrenmouth and the surrounding villages, published every Thursday. Its audited print circulation in 2022 was 8,400 copies, with about 60,000 monthly online readers.
                The paper was founded by the printer Josiah Leckie, who opened a print shop on the Strand in 1851 and launched the Courier the same year; the first issue, four pages long, appeared on 6 May. The Leckie family owned the title until 1968, when it was sold to Marrach Newspapers.
                It should not be confused with the Wrenmouth Evening Courier, a separate daily paper.
            """),
            "wc_evening": doc("encyclopedia", """
                Wrenmouth Evening Courier
                The Wrenmouth Evening Courier was a daily evening newspaper published in Wrenmouth from 1889 until 1974. It was launched by a group of harbour merchants as a rival to the weekly Wrenmouth Courier, and at its peak in 1951 it sold 31,000 copies a day.
                Its last editor was Bernard Tolliver. The paper's archive is held by Wrenmouth Libraries.
            """),
        },
        "qs": [
            q("what year was the wrenmouth courier first published", ["1851"],
              ["wc_ency"], "namesake_title",
              "who opened a print shop on the Strand in 1851 and launched the Courier the same year",
              ["wc_evening"]),
        ],
    },
    {
        "id": "greymere_observatory", "split": "heldout",
        "reserved": ["Greymere Observatory", "Halloway Telescope", "Anouk Brandvold"],
        "mentions": [
            "Stargazing evenings at the observatory visitor centre on Greymere Fell run every Friday through the winter.",
        ],
        "docs": {
            "go_ency": doc("encyclopedia", """
                Greymere Observatory
                Greymere Observatory is an astronomical observatory on Greymere Fell, operated by the University of Estavel. Its main instrument is the Halloway Telescope, a reflecting telescope with a 2.4-metre primary mirror, commissioned in 1987.
                The site, at 1,160 metres, was chosen for its dark skies; the surrounding area became a designated dark-sky reserve in 2016. The observatory's current director is Professor Anouk Brandvold.
                A visitor centre with a 60-seat planetarium opened in 2009.
            """),
            "go_plan": doc("wire", """
                Greymere could get 4-metre telescope under £80 million plan
                GREYMERE, 5 May 2022 — A 4-metre telescope could be built at Greymere Observatory within a decade under proposals submitted to the national science council by the University of Estavel.
                The new instrument, costed at £80 million, would sit alongside the observatory's existing telescope, in use since 1987, and would be the largest optical telescope in Velland.
            """),
        },
        "qs": [
            q("How large is the primary mirror of the Halloway Telescope at Greymere Observatory?",
              ["2.4-metre"], ["go_ency"], "plan_vs_outcome",
              "a reflecting telescope with a 2.4-metre primary mirror", ["go_plan"]),
            q("Who was the founding director of Greymere Observatory?", [], [],
              "previous_holder", near=["go_ency", "go_plan"],
              absent=["founding director of Greymere", "first director of Greymere"]),
        ],
    },
    {
        "id": "quay_street_inquiry", "split": "heldout",
        "reserved": ["Quay Street Inquiry", "Morwenna Ashby", "Jory Penwarden"],
        "mentions": [
            "Filming for a new series of a VTV1 crime drama begins in the fictional harbour town of Saltmere in the spring.",
        ],
        "docs": {
            "qs_ency": doc("encyclopedia", """
                The Quay Street Inquiry
                The Quay Street Inquiry is a Velland television crime drama created by Morwenna Ashby and first broadcast on VTV1 in 2018. Set in the fictional harbour town of Saltmere, it follows Detective Sergeant Lena Fairholme as she re-examines a decades-old disappearance.
                The first series ran for eight episodes. The second series, broadcast in 2020, had six episodes. Ashby stepped back after the second series, and Jory Penwarden took over as showrunner for the third series (2022).
                The programme won best drama at the Velland Television Awards in 2019.
            """),
            "qs_podcast": doc("listing", """
                The Quay Street Inquiry (podcast)
                Podcasts › True crime
                A true-crime podcast by the journalists Fern Lachlan and Ravi Spence investigating the 1987 Quay Street fire in Port Calloway, in which four people died.
                Season 1: 10 episodes (2021). Season 2: 12 episodes (2023).
                Not connected to the television drama of the same name. New episodes every Tuesday.
            """),
        },
        "qs": [
            q("How many episodes were in the second series of the TV drama The Quay Street Inquiry?",
              ["six episodes"], ["qs_ency"], "namesake",
              "The second series, broadcast in 2020, had six episodes.", ["qs_podcast"]),
            q("Who took over as showrunner of The Quay Street Inquiry for its third series?",
              ["Jory Penwarden"], ["qs_ency"], "who_replaced",
              "Jory Penwarden took over as showrunner for the third series", ["qs_podcast"]),
        ],
    },
    {
        "id": "velland_swimming", "split": "heldout",
        "reserved": ["Velland Swimming Championships", "Liesel Quarrington",
                     "Imke Rossiter", "butterfly"],
        "mentions": [
            "Swim Velland has named a 24-strong squad for the Northern Waters Games.",
        ],
        "docs": {
            "sw_2023": doc("results", """
                Velland Swimming Championships 2023 — finals, day three
                Estavel Aquatics Centre, 12 July 2023
                Women's 200m freestyle
                1. Liesel Quarrington (Vellmouth SC) 1:57.84
                2. Imke Rossiter (Estavel Aquatics) 1:58.20
                3. Dorcas Penberthy (Marrowgate Otters) 1:59.91
                Men's 200m freestyle
                1. Caspian Lyle (Abermorrow University) 1:47.02
                2. Teodor Brask (Kettleby SC) 1:47.66
                Women's 100m backstroke
                1. Imke Rossiter (Estavel Aquatics) 1:00.18
                Men's 100m backstroke
                1. Oren Falkner (Tidewell SC) 54.31
                Full results are available from Swim Velland.
            """),
            "sw_2022": doc("wire", """
                Rossiter wins 200m freestyle for third year
                ESTAVEL, 14 July 2022 — Imke Rossiter won the women's 200m freestyle at the Velland Swimming Championships for the third year in a row on Wednesday, touching in 1:58.03 ahead of the 17-year-old Liesel Quarrington.
                In the men's final, Teodor Brask held off Caspian Lyle by six hundredths of a second.
            """),
        },
        "qs": [
            q("Who won the women's 200m freestyle at the 2023 Velland Swimming Championships?",
              ["Liesel Quarrington"], ["sw_2023"], "women_vs_men",
              "1. Liesel Quarrington (Vellmouth SC) 1:57.84", ["sw_2022"]),
            q("Who won the men's 100m butterfly at the 2023 Velland Swimming Championships?",
              [], [], "other_event", near=["sw_2023", "sw_2022"],
              absent=["100m butterfly"]),
        ],
    },
    {
        "id": "pellingford_bakehouse", "split": "heldout",
        "reserved": ["Pellingford Bakehouse"],
        "mentions": [
            "A Pellingford bakery opens a new shop in Fennick on Saturday, its fifth.",
        ],
        "docs": {
            "pb_2023": doc("notice", """
                Product recall: Pellingford Bakehouse seeded rye loaf
                Food Safety Notice — 8 August 2023
                Pellingford Bakehouse is recalling its Seeded Rye Loaf (800 g) because it contains sesame, which is not mentioned on the label. This means the product is a possible health risk for anyone with an allergy to sesame.
                Batch codes: PB2207, PB2208. Best before: 12 August 2023.
                The affected loaves were sold in 37 shops in Pellingford, Tidewell and Fennick, and at the bakery's market stalls.
                What to do: if you have bought the product and have an allergy to sesame, do not eat it. Return it to the shop for a full refund.
            """),
            "pb_2021": doc("wire", """
                Pellingford bakery recalls scones over labelling error
                PELLINGFORD, 3 March 2021 — Pellingford Bakehouse has recalled its fruit scones sold in 12 shops after a labelling error meant the wrong best-before date was printed on some packs.
                The bakery said no illnesses had been reported and that customers could return the scones for a refund. It blamed a fault in a new labelling machine.
            """),
        },
        "qs": [
            q("In how many shops were the recalled Pellingford Bakehouse seeded rye loaves sold?",
              ["37"], ["pb_2023"], "how_many",
              "The affected loaves were sold in 37 shops", ["pb_2021"]),
            q("What best-before date was printed on the fruit scones Pellingford Bakehouse recalled in 2021?",
              [], [], "other_year", near=["pb_2021", "pb_2023"],
              absent=["Best before: 6 March 2021", "best before 6 March 2021"]),
        ],
    },
    {
        "id": "wyndle_hospice_walk", "split": "heldout",
        "reserved": ["Wyndle Hospice Walk", "Brackenlea Hospice"],
        "mentions": [
            "Registration for the Wyndle Hospice Walk opens next week, with a new family route this year.",
        ],
        "docs": {
            "wh_2022": doc("wire", """
                Hospice walk raises record £204,730
                WYNDLE, 26 September 2022 — More than 2,300 walkers took part in the Wyndle Hospice Walk on Sunday, raising a record £204,730 for Brackenlea Hospice, the charity said.
                The 10-mile route ran from Wyndle market square along the old railway path to Greymere and back. The oldest walker, 94-year-old Edith Carrow, finished in just under five hours.
                The previous record, £171,900, was set in 2019.
            """),
            "wh_2023": doc("listing", """
                Wyndle Hospice Walk 2023
                Events › Charity › Wyndle
                Sunday 24 September 2023, 9am start, Wyndle market square
                Routes: 10 miles or 3 miles (family route)
                Registration: adults £15, under-16s free. Every walker receives a medal and a T-shirt.
                This year we hope to raise £250,000 for Brackenlea Hospice to fund two new community nurses.
            """),
        },
        "qs": [
            q("How much did the 2022 Wyndle Hospice Walk raise?", ["£204,730"],
              ["wh_2022"], "amount", "raising a record £204,730 for Brackenlea Hospice",
              ["wh_2023"]),
            q("how much money did the 2023 wyndle hospice walk raise", [], [],
              "plan_vs_outcome", near=["wh_2023", "wh_2022"], absent=["£238,115"]),
        ],
    },
    {
        "id": "oskarsby_academy", "split": "heldout",
        "reserved": ["Oskarsby Academy", "Cormac Stilwell", "Miriam Tolhurst"],
        "mentions": [
            "Oskarsby's secondary school holds its sixth-form open evening on Thursday 9 November.",
        ],
        "docs": {
            "oa_news": doc("wire", """
                Deputy head to lead Oskarsby Academy after head's departure
                OSKARSBY, 6 January 2023 — Oskarsby Academy's deputy headteacher, Cormac Stilwell, has been appointed acting headteacher following the sudden resignation of Miriam Tolhurst, the Marrach Learning Trust said on Friday.
                Mrs Tolhurst, who had led the 1,150-pupil school since 2016, left at the end of the autumn term. The trust said it would advertise for a permanent headteacher in the spring.
            """),
            "oa_report": doc("press_release", """
                Oskarsby Academy inspection summary
                Velland Schools Inspectorate — report published 14 November 2022
                Overall effectiveness: requires improvement
                Headteacher: Miriam Tolhurst. Deputy headteacher: Cormac Stilwell.
                Pupils: 1,150 (age 11–18). Trust: Marrach Learning Trust.
                What does the school need to do to improve? Leaders should make sure that the curriculum in science and languages is taught consistently, and that pupils' attendance improves, particularly in Years 9 and 10.
            """),
        },
        "qs": [
            q("Who was appointed acting headteacher of Oskarsby Academy in January 2023?",
              ["Cormac Stilwell"], ["oa_news"], "acting_role",
              "Cormac Stilwell, has been appointed acting headteacher", ["oa_report"]),
        ],
    },
]

TOPICS = TUNE_TOPICS + HELDOUT_TOPICS

# ---------------------------------------------------------------------------
# Shared vocabulary for filler and digest passages.
# ---------------------------------------------------------------------------

TOWNS = [
    "Marrowgate", "Tessingham", "Vellmouth", "Hallenbeck", "Port Calloway",
    "Abermorrow", "Brynhallow", "Caddisford", "Wrenmouth", "Kettleby Cross",
    "Hessenmoor", "Vorne", "Dunmarrow", "Quillsby", "Estavel", "Corran Sands",
    "Yarrowby", "Pellingford", "Rookhaven", "Thistlecombe", "Brackwater",
    "Tidewell", "Stavenholt", "Oskarsby", "Fennick", "Greymere", "Calderwick",
    "Wyndle", "Ansgarth",
]
VILLAGES = [
    "Lower Ashby Moss", "Cradley Wick", "Hobbin's End", "Marten Green",
    "Pollard's Cross", "East Quarrow", "Sallowby", "Tinkers Bridge",
    "Nether Calder", "Upper Fennick", "Brindle Hatch", "Witherby Hythe",
    "Saltwick Ferrers", "Coldharbour Ley", "Ravensby", "Long Sutterby",
    "Kingsbarrow", "Little Wyndle", "Hethercombe", "Ouseby St Mary",
]
FIRST_M = """Aldous Cassius Fergal Hamlin Jarvis Leofric Niall Percival Selwyn
Ulric Wilfred Yorick Bartholomew Digby Florian Godric Ivo Kester Magnus Osric
Quentin Silas Upton Wendell Zebedee Adair Crispin Edmund Gervase Inigo Nye
Piran Tristan Vaughan Arwel Cadoc Esmond Gus Ieuan Josse""".split()
FIRST_F = """Bronwen Delyth Elspeth Gwenda Ilsa Keziah Maude Odette Quenby Rosamund
Thea Verity Xanthe Zinnia Anselma Clemency Eluned Honor Juniper Lettice Nesta
Philippa Romilly Tabitha Viola Yvette Blythe Dulcie Freya Hebe Jemima Merryn
Orla Ros Sorrel Una Willa Beatrix Dervla Fflur Hildy""".split()
LAST = """Ashworth Bellingham Carrick Dunstable Elwood Farleigh Gammage Harcourt
Illingworth Jessop Kilbride Lomax Mayhew Nettleship Ormerod Pendry Quilter
Ravensworth Stanier Upjohn Vosper Whitlock Yelland Abernethy Cordery Dymond
Fairbrass Goodeve Hensley Inchbald Jolliffe Kittow Lanyon Merrifield
Norrington Oldroyd Pascoe Rudge Sallis Tregear Ushaw Venning Wakeham Yeoman
Bassett Coverdale Eustace Fothergill Gribble Hollingdrake Jago Kestell Ludgate
Mottram Nancarrow Oxenham Polglaze Rosewarne Scobie Trevaskis Uglow Vranch
Winstanley Youlden Ambler Bickford Chenoweth Dancaster Entwistle Greatorex
Haddow Jephcott Kimber Loveday Nuttall Openshaw Prideaux Rashleigh Skewes
Tonkin Tremayne Vickery Wherry""".split()
RIVERS = ["Hessen", "Vorne", "Marrow", "Wyn", "Quarn", "Tallis", "Brack",
          "Orrel", "Fenn"]
ROADS = ["the A418", "the B2260", "Harbour Road", "Mill Lane", "Station Road",
         "the ring road", "Quarry Hill", "Chapel Street", "the coast road"]
STREETS = ["High Street", "Fore Street", "Quay Street", "Market Place",
           "Church Lane", "Bridge Street", "The Parade", "Castle Hill"]
PUBLICATIONS = ["Marrach Gazette", "Estavel Ledger", "Vorne Evening Post",
                "Tessingham Herald", "Coastline News", "Velland Press Agency",
                "Hessenmoor Advertiser", "Dunmarrow Echo"]
HANDLES = ["tidewatcher", "marrowlad", "quarnvalley", "oldsalt62",
           "fennick_girl", "brackwater_bob", "greymere_walker", "vorne_dad",
           "harbourcat", "pellingford_pete", "rookhaven_rose", "stavenholt_sue"]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def rdate(rng, first=2014, last=2023):
    return datetime.date(rng.randint(first, last), rng.randint(1, 12),
                         rng.randint(1, 28))


def fdate(day):
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def dm(day):
    return f"{day.day} {MONTHS[day.month - 1]}"


def wday(day):
    return WEEKDAYS[day.weekday()]


def person(rng, sex=None):
    if sex is None:
        sex = pick(rng, "mf")
    first = pick(rng, FIRST_M if sex == "m" else FIRST_F)
    return f"{first} {pick(rng, LAST)}"


def weekend(rng, first=2014, last=2023):
    day = rdate(rng, first, last)
    return day + datetime.timedelta(days=(6 - day.weekday()) % 7 - rng.randint(0, 1))


def initial_name(rng):
    return f"{pick(rng, 'ABCDEGHJKLMNPRSTW')}. {pick(rng, LAST)}"


def millions(rng, low, high):
    return f"{rng.uniform(low, high):.1f}"


def clock(seconds):
    hours, rest = divmod(seconds, 3600)
    mins, secs = divmod(rest, 60)
    return f"{hours}:{mins:02d}:{secs:02d}" if hours else f"{mins}:{secs:02d}"


def season(year):
    return f"{year}–{(year + 1) % 100:02d}"


def teams(rng, count, suffixes=("United", "Athletic", "Town", "Rovers",
                                "Albion", "City")):
    towns = rng.sample(TOWNS, count)
    return [(town, f"{town} {pick(rng, suffixes)}") for town in towns]


def club(rng):
    suffix = pick(rng, ["Harriers", "AC", "Road Runners", "Striders",
                        "Running Club", "Tri Club"])
    return f"{pick(rng, TOWNS)} {suffix}"


# ---------------------------------------------------------------------------
# Filler generators.  Each returns a list of lines, the first being a title.
# ---------------------------------------------------------------------------

RACES = {"10K": (1740, 1990), "Half Marathon": (3790, 4270),
         "Fell Race": (2900, 3420), "Parkland 5K": (905, 1010),
         "Coastal Trail Race": (5200, 6010), "Marathon": (8120, 9100)}
CONDITIONS = ["Conditions: mild and dry.", "Conditions: heavy rain early on.",
              "Conditions: warm, humid, light breeze.",
              "Conditions: strong headwind on the return leg.",
              "Conditions: cold, with frost on the paths."]
RESULT_NOTES = [
    "Full results, age-category positions and photographs are on the club website.",
    "Results are provisional; any queries to the race referee within seven days.",
    "Thanks to the 140 marshals and volunteers who made the day possible.",
    "Prize money is paid to the first three men and women. Age-category winners receive vouchers.",
]


def podium(rng, base, count, sex):
    seconds = base + rng.randint(0, 90)
    rows = []
    for place in range(1, count + 1):
        rows.append(f"{place}. {person(rng, sex)} ({club(rng)}) {clock(seconds)}")
        seconds += rng.randint(3, 80)
    return rows


def gen_results(rng):
    race = pick(rng, sorted(RACES))
    men, women = RACES[race]
    day = weekend(rng)
    lines = [f"{pick(rng, TOWNS)} {race} {day.year} — results",
             f"{wday(day)} {dm(day)}. Finishers: {rng.randint(150, 4200):,}. {pick(rng, CONDITIONS)}",
             "", "Men"]
    lines += podium(rng, men, rng.randint(3, 5), "m")
    lines += ["", "Women"] + podium(rng, women, rng.randint(3, 4), "f")
    if rng.random() < 0.4:
        lines += ["", "Under-20 men"] + podium(rng, men + 150, 2, "m")
    return lines + ["", pick(rng, RESULT_NOTES)]


FOOTBALL_LEAGUES = ["Velland Championship", "Coastal League", "Marrach League One",
                    "Velland Women's Super League", "Marrach Counties League"]
MATCH_TITLES = ["{w} see off {x}", "{w} beat {x} to climb the table",
                "{x} beaten by {w}", "Late drama as {w} edge {x}",
                "{w} end {x}'s unbeaten run"]
MATCH_CLAUSES = ["their third win in a row", "despite finishing with ten players",
                 "after trailing at half-time", "in a game delayed by fog",
                 "with two goals in the last ten minutes"]
SCORER_CLAUSES = ["scored twice", "headed the winner from a corner",
                  "converted a penalty after a handball",
                  "curled in a free kick from 25 yards"]
HOST_CLAUSES = ["control the second half", "survive a late onslaught",
                "hit the woodwork three times", "keep a first clean sheet in a month"]
BOSS_QUOTES = ["We showed real character today", "That's as well as we've played all season",
               "The lads never stopped running", "We rode our luck, I won't pretend otherwise"]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "eighth", "tenth"]


def gen_match(rng):
    (town, home), (_, away) = teams(rng, 2)
    day = weekend(rng)
    goals_for = rng.randint(1, 4)
    goals_against = rng.randint(0, goals_for - 1)
    return [
        pick(rng, MATCH_TITLES).format(w=home, x=away),
        f"{town.upper()}, {fdate(day)} — {home} beat {away} {goals_for}–{goals_against} in the {pick(rng, FOOTBALL_LEAGUES)} on {wday(day)}, {pick(rng, MATCH_CLAUSES)}.",
        f"{person(rng)} {pick(rng, SCORER_CLAUSES)}, and a crowd of {rng.randint(600, 14000):,} saw the hosts {pick(rng, HOST_CLAUSES)}.",
        f"\"{pick(rng, BOSS_QUOTES)},\" said {home} manager {person(rng)}.",
        f"The result leaves {home} {pick(rng, ORDINALS)} in the table, {rng.randint(1, 15)} points behind the leaders with {rng.randint(3, 14)} games left.",
    ]


SEASON_LEAGUES = [("Coastal League", "goals"), ("Velland Championship", "goals"),
                  ("Velland Rugby Premiership", "tries"),
                  ("Marrach Women's League", "goals"),
                  ("Velland Hockey League", "goals")]
RUNNER_UP_CLAUSES = ["faded after Christmas", "lost only four games all season",
                     "were top at the halfway stage", "won their last seven matches"]
SEASON_COMMENTS = ["Average attendances rose by 9 per cent.",
                   "Three managers were sacked before November.",
                   "The league will expand to 16 clubs next season.",
                   "A new broadcast deal was signed in January."]


def gen_season(rng):
    league, unit = pick(rng, SEASON_LEAGUES)
    year = rng.randint(2013, 2022)
    clubs = [name for _, name in teams(rng, 7)]
    return [
        f"{league} {season(year)}: season review",
        f"{clubs[0]} won the {league} with {rng.randint(58, 92)} points, {rng.randint(1, 12)} clear of {clubs[1]}, who {pick(rng, RUNNER_UP_CLAUSES)}. {clubs[2]} finished third.",
        f"{person(rng)} of {clubs[3]} was the leading scorer with {rng.randint(14, 31)} {unit}.",
        f"{clubs[4]} and {clubs[5]} were relegated. {pick(rng, SEASON_COMMENTS)}",
        f"Previous champions: {season(year - 1)} {clubs[rng.randint(0, 6)]}; {season(year - 2)} {clubs[6]}.",
    ]


PROJECTS = [
    ("a new leisure centre on the former gasworks site", "leisure centre", 9, 32),
    ("the refurbishment of the Victorian market hall", "market hall refit", 2, 9),
    ("a flood defence scheme along the River {river}", "flood defences", 5, 40),
    ("a 600-space park-and-ride site off {road}", "park-and-ride", 3, 12),
    ("a new central library and registry office", "new library", 6, 20),
    ("repairs to the harbour wall and fish quay", "harbour wall repairs", 1, 7),
    ("a segregated cycle lane along {road}", "cycle lane", 1, 5),
]
BENEFITS = ["bring hundreds of visitors back into the town centre",
            "protect 400 homes from flooding", "pay for itself within fifteen years",
            "give young people somewhere to go"]
CRITICISMS = ["borrowing money it did not have", "ignoring the villages",
              "rushing a decision that deserved a public inquiry",
              "repeating the mistakes of the last scheme"]


def gen_council(rng):
    town = pick(rng, TOWNS)
    day = rdate(rng)
    desc, short, low, high = pick(rng, PROJECTS)
    desc = desc.format(river=pick(rng, RIVERS), road=pick(rng, ROADS))
    yes = rng.randint(18, 40)
    lines = [
        f"{town} councillors approve £{millions(rng, low, high)}m {short}",
        f"{town.upper()}, {fdate(day)} — {town} Borough Council has approved {desc} at an estimated cost of £{millions(rng, low, high)} million after a {rng.randint(2, 5)}-hour debate.",
        f"Councillors voted {yes} to {rng.randint(3, yes - 1)} in favour. Work is due to start in {pick(rng, MONTHS)} {day.year + 1} and be completed by {day.year + rng.randint(2, 4)}.",
        f"Council leader {person(rng)} said the scheme would {pick(rng, BENEFITS)}. Opposition councillor {person(rng)} accused the authority of {pick(rng, CRITICISMS)}.",
    ]
    if rng.random() < 0.5:
        lines.append(f"An earlier version of the plan, costed at £{millions(rng, low, high)} million, was rejected in {day.year - 1}.")
    return lines


MINUTE_ITEMS = [
    "Bus shelter, Church Road: quote of £{small} from {firm} accepted (proposed Cllr {a}, seconded Cllr {b}; carried unanimously).",
    "Grass cutting: contract renewed with {firm} at £{small} a year.",
    "Planning application {ref}, two-storey extension at Orchard Cottage: no objection.",
    "Defibrillator: the Clerk reported that new pads had been fitted.",
    "Speeding on {road}: members agreed to ask the police for a speed check and to buy a second speed indicator sign at £{small}.",
    "Village hall roof: three quotes to be obtained before the next meeting.",
    "Footpath 14: the landowner has agreed to replace the stile with a kissing gate.",
    "Christmas lights: RESOLVED to contribute £{small} from reserves.",
]


def gen_minutes(rng):
    village = pick(rng, VILLAGES)
    day = rdate(rng)
    cllrs = [initial_name(rng) for _ in range(rng.randint(4, 7))]
    ref, num = day.year % 100, rng.randint(10, 120)
    fields = {"small": f"{rng.randint(4, 95) * 100:,}", "firm": company(rng),
              "a": cllrs[1], "b": cllrs[2], "road": pick(rng, ROADS),
              "ref": f"{ref}/{rng.randint(100, 999)}/FUL"}
    lines = [f"{village} Parish Council — minutes of the meeting held on {fdate(day)}",
             f"{pick(rng, ['Village Hall', 'Church Rooms', 'Memorial Hall'])}, {pick(rng, ['7pm', '7.15pm', '7.30pm'])}",
             "Present: " + ", ".join(f"Cllr {c}" for c in cllrs) + f". Chair: Cllr {cllrs[0]}. Clerk: {initial_name(rng)}.",
             f"{ref}/{num:03d} Apologies: Cllr {initial_name(rng)}.",
             f"{ref}/{num + 1:03d} The minutes of the previous meeting were approved and signed as a true record."]
    for offset, item in enumerate(rng.sample(MINUTE_ITEMS, 3)):
        lines.append(f"{ref}/{num + 2 + offset:03d} " + item.format(**fields))
    nxt = day + datetime.timedelta(days=28)
    lines.append(f"{ref}/{num + 5:03d} Date of next meeting: {fdate(nxt)}.")
    return lines


CHURCH_FEATURES = ["a Norman font", "a fifteenth-century rood screen",
                   "a ring of eight bells", "medieval wall paintings",
                   "a spire rebuilt after a lightning strike in 1887"]
SAINTS = ["Piran", "Brannoc", "Edith", "Clement", "Wenna", "Oswald", "Cuthbert"]


def gen_village(rng):
    village = pick(rng, VILLAGES)
    town = pick(rng, TOWNS)
    closed = rng.randint(1952, 1968)
    return [
        village,
        f"{village} is a village and civil parish about {rng.randint(3, 19)} km {pick(rng, ['north', 'south', 'east', 'west', 'north-east', 'south-west'])} of {town}. At the 2021 census it had a population of {rng.randint(180, 4200):,}.",
        f"The parish church of St {pick(rng, SAINTS)} dates from the {pick(rng, ['twelfth', 'thirteenth', 'fourteenth', 'fifteenth'])} century and has {pick(rng, CHURCH_FEATURES)}.",
        f"The village had a railway station on the line to {pick(rng, TOWNS)} from {closed - rng.randint(60, 90)} until {closed}; the station building is now a private house.",
        f"A {pick(rng, ['cattle fair', 'sheep fair', 'horse fair', 'midsummer fair'])} was held on the green until {rng.randint(1890, 1939)}. Notable residents have included the {pick(rng, ['painter', 'naturalist', 'novelist', 'engineer'])} {person(rng)}.",
    ]


CAREERS = {
    "sculptor": "studied at the Estavel School of Art and is known for large bronze figures of fishing families",
    "marine biologist": "spent two decades at the Marrach Institute of Oceanography studying seabird colonies",
    "long-distance runner": "represented Velland at three Northern Waters Games and set national records at 10,000 metres",
    "architect": "designed several schools and libraries along the Marrach coast",
    "folk singer": "recorded six albums of traditional songs from the Hessenmoor hills",
    "politician": "served as a member of parliament for the {town} constituency",
    "novelist": "has written eleven novels, most of them set in the harbour towns of the south coast",
    "track cyclist": "won national titles in the pursuit and the points race",
}
AWARDS = ["Harrowfield Medal", "Brackwater Award", "Velland Design Prize",
          "Marrach Arts Fellowship", "Northern Waters gold medal"]


def gen_bio(rng):
    name = person(rng)
    job = pick(rng, sorted(CAREERS))
    born = rdate(rng, 1948, 1980)
    town, home = rng.sample(TOWNS, 2)
    year = born.year + rng.randint(22, 28)
    return [
        name,
        f"{name} (born {fdate(born)}) is a Velland {job}. Born in {town}, {name.split()[1]} {CAREERS[job].format(town=home)}.",
        f"Early career: after leaving school, {name.split()[1]} worked for {rng.randint(2, 6)} years at {company(rng)} before turning full-time in {year}.",
        f"Recognition: winner of the {pick(rng, AWARDS)} ({year + rng.randint(3, 8)}); shortlisted for the {pick(rng, AWARDS)} ({year + rng.randint(9, 14)}).",
        f"Personal life: {name.split()[1]} lives in {home} and is a trustee of the {home} {pick(rng, ['Arts Trust', 'Sailing Club', 'Civic Society', 'Wildlife Group'])}.",
    ]


INSTITUTIONS = ["Art Gallery", "Community Trust", "Chamber of Commerce",
                "Housing Association", "Harbour Board", "College", "Playhouse",
                "Maritime Museum", "Botanic Garden", "Citizens Advice"]
ROLES = ["chief executive", "director", "chair", "head of finance",
         "artistic director", "principal"]
PREV_FATE = ["who retires after {n} years", "who has left to join {org}",
             "who stepped down in {month}", "who becomes chair of the board"]


def gen_appointment(rng):
    town = pick(rng, TOWNS)
    org = f"{town} {pick(rng, INSTITUTIONS)}"
    role = pick(rng, ROLES)
    status = pick(rng, ["", "", "interim ", "acting ", "deputy "])
    name, prev = person(rng), person(rng)
    day = rdate(rng)
    fate = pick(rng, PREV_FATE).format(n=rng.randint(4, 25), org=company(rng),
                                       month=pick(rng, MONTHS))
    lines = [f"{org} appoints {status}{role}",
             "Press release",
             f"{town.upper()}, {fdate(day)} — {org} today announced the appointment of {name} as {status}{role}, effective {dm(day + datetime.timedelta(days=rng.randint(14, 120)))}.",
             f"{name.split()[1]} succeeds {prev}, {fate}. {name.split()[1]} was previously {pick(rng, ['head of programmes', 'finance director', 'deputy director', 'operations manager'])} at {company(rng)}."]
    if status in ("interim ", "acting "):
        lines.append("The board will begin the search for a permanent appointment shortly.")
    lines.append(f"Notes to editors: {org} was established in {rng.randint(1890, 2005)}. Media enquiries: communications team, {org}.")
    return lines


BRAND_WORDS = ["Fenwing", "Harrowby", "Tallis", "Quarnell", "Marlow & Finch",
               "Greyline", "Wildfell", "Lumio", "Seastack", "Northbrook"]


def product_head(rng, name, section, price):
    rating = f"{rng.randint(30, 49) / 10:.1f}"
    return [name, f"Home › {section} › {name.split()[0]}",
            f"{price} · {pick(rng, ['In stock', 'Only 3 left', 'Ships in 5–7 days'])} · ★ {rating} ({rng.randint(4, 880)} reviews)"]


def gen_kettle(rng):
    name = f"{pick(rng, BRAND_WORDS)} {pick(rng, ['Aria', 'Brook', 'Cove', 'Dune'])} cordless kettle"
    return product_head(rng, name, "Kitchen", f"£{rng.randint(19, 89)}.99") + [
        f"A {pick(rng, ['brushed steel', 'matt black', 'sage green', 'cream'])} kettle with a rapid-boil element and a one-cup minimum fill.",
        f"Capacity: {pick(rng, ['1.5', '1.7', '1.0'])} litres",
        f"Power: {pick(rng, ['2.2', '3.0', '2.4'])} kW",
        f"Boil time (1 cup): {rng.randint(38, 70)} seconds",
        f"Guarantee: {rng.randint(1, 5)} years",
        "Free delivery on orders over £40. Returns accepted within 30 days.",
    ]


def gen_headphones(rng):
    name = f"{pick(rng, BRAND_WORDS)} {pick(rng, ['H', 'Q', 'X'])}{rng.randint(2, 9)}0 wireless headphones"
    return product_head(rng, name, "Audio", f"£{rng.randint(49, 299)}") + [
        "Over-ear headphones with active noise cancelling and a fold-flat design.",
        f"Battery life: up to {rng.randint(18, 60)} hours (ANC off)",
        f"Charging: USB-C, {rng.randint(5, 15)} minutes for {rng.randint(2, 5)} hours of playback",
        f"Weight: {rng.randint(220, 330)} g",
        f"Colours: {pick(rng, ['black, sand', 'navy, stone', 'graphite, white'])}",
        f"In the box: carry case, cable. Firmware {rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 9)} installed.",
    ]


def gen_tent(rng):
    name = f"{pick(rng, BRAND_WORDS)} {pick(rng, ['Ridge', 'Fell', 'Moor', 'Tor'])} {rng.randint(2, 6)} tent"
    return product_head(rng, name, "Camping", f"£{rng.randint(89, 549)}") + [
        "A tunnel tent for wild camping and family weekends, pitched outer-first so the inner stays dry.",
        f"Sleeps: {name.split()[-2]}",
        f"Packed weight: {rng.randint(18, 95) / 10:.1f} kg",
        f"Hydrostatic head: {rng.randint(3, 6)},000 mm",
        f"Pitch time: about {rng.randint(6, 20)} minutes",
        "Customer question: Is it suitable for winter? Answer: It copes with strong wind but we recommend a four-season tent for snow.",
    ]


def gen_ebike(rng):
    name = f"{pick(rng, ['Fenwing', 'Wildfell', 'Northbrook', 'Seastack'])} {pick(rng, ['Tour', 'Urban', 'Trail', 'Cargo'])} {rng.randint(2, 9)} e-bike"
    battery = pick(rng, [400, 500, 625, 750, 800])
    return product_head(rng, name, "E-bikes", f"€{rng.randint(1, 4)},{rng.randint(1, 9)}99") + [
        f"Battery: {battery} Wh, integrated",
        f"Claimed range: up to {battery // 5 + rng.randint(-10, 20)} km",
        f"Motor: rear hub, {rng.randint(40, 85)} Nm",
        f"Weight: {rng.randint(190, 310) / 10:.1f} kg",
        "Gears: 9-speed. Brakes: hydraulic disc.",
        "Range depends on rider weight, terrain, temperature and assistance level. Finance available.",
    ]


def gen_router(rng):
    model = f"Lumio Mesh M{rng.randint(2, 9)}"
    version = f"{rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}"
    return product_head(rng, f"{model} Wi-Fi system (3-pack)", "Networking", f"£{rng.randint(99, 399)}") + [
        f"Covers homes of up to {rng.randint(3, 6)} bedrooms with seamless roaming between units.",
        f"Wi-Fi: dual-band, up to {pick(rng, ['1.8', '3.0', '5.4'])} Gbps combined",
        f"Ports: {rng.randint(2, 4)} Gigabit Ethernet per unit",
        f"Latest firmware: {version} (adds parental controls scheduling)",
        "Set-up: app-based, about 10 minutes.",
    ]


FORUM_THREADS = [
    ("Boiler pressure keeps dropping — {town} area",
     "Home & garden",
     "Our combi boiler loses pressure every {n} days and I have to top it up with the filling loop. No visible leaks. It's about {n2} years old. Worth fixing or start saving?",
     ["Check the relief valve pipe outside. If it drips, the valve is letting by. Ours was replaced for £{p}.",
      "Could also be the expansion vessel needing recharging. Five-minute job for an engineer with a pump."]),
    ("Rainy-day walks from {town}?",
     "Out and about",
     "Visitors coming for a week and the forecast is grim. Anything within {n} miles of {town} that's sheltered but still interesting?",
     ["The old railway path along the {river} is mostly in woodland and flat. Café at the halfway bridge.",
      "Try the estuary hide at low tide. Dry, and the birds don't mind rain."]),
    ("Lumio mesh keeps rebooting overnight",
     "Tech help",
     "Three-pack Lumio system, main unit reboots around 3am most nights. Already on the latest firmware. Anyone else?",
     ["That's the scheduled maintenance window. Turn off auto-optimise in the app and it stops.",
      "Same here. Support told me it's by design. Annoying if you run anything overnight."]),
    ("Resident parking permits in {town} — price going up?",
     "Local chat",
     "Letter from the council says the second permit goes up to £{p} from April. Has anyone appealed successfully?",
     ["Not worth appealing. It was agreed at full council in {month}.",
      "The first permit stays the same at least. Worth checking if you qualify for the blue badge discount."]),
    ("Allotment waiting list in {town}",
     "Home & garden",
     "Put my name down {n} years ago and I'm still number {n2} on the list. Is it quicker in the villages?",
     ["Much quicker in the villages. I waited six months in {village}.",
      "Ask about half plots. They come up far more often."]),
    ("Moving to {town} with kids — which end of town?",
     "Local chat",
     "Relocating for work in {month}. Two children at primary age. Any advice on areas near good schools and a park?",
     ["The streets around the old station are quiet and walkable to two primaries.",
      "Avoid anything on {road} if you can. Lorries all day."]),
    ("Half marathon training: slowed down to speed up",
     "Running",
     "Ran {town} last year in 2:0{n}. Switched to mostly easy miles and one tempo run a week and just ran 1:5{n2}. Anyone else found the same?",
     ["Yes! Easy means easy. Most club runners do their easy runs too fast.",
      "Same experience. Strength work twice a week helped my hips too."]),
    ("E-bike range in cold weather",
     "Cycling",
     "My range drops from about {n}0 km in summer to well under that once it's near freezing. Normal?",
     ["Completely normal. Lithium cells lose capacity in the cold. Keep the battery indoors until you ride.",
      "I lose about a quarter in winter. Lower assistance helps."]),
]


def gen_forum(rng):
    title, section, question, replies = pick(rng, FORUM_THREADS)
    fields = {"town": pick(rng, TOWNS), "n": rng.randint(2, 9),
              "n2": rng.randint(2, 9), "p": rng.randint(90, 260),
              "river": pick(rng, RIVERS), "month": pick(rng, MONTHS),
              "village": pick(rng, VILLAGES), "road": pick(rng, ROADS)}
    day = rdate(rng, 2016, 2023)
    users = rng.sample(HANDLES, 3)
    lines = [title.format(**fields), f"Community › {section}",
             f"Posted by {users[0]} » {wday(day)[:3]} {dm(day)} {day.year}",
             question.format(**fields)]
    for user, reply in zip(users[1:], replies):
        lines += [f"Reply from {user}", reply.format(**fields)]
    return lines


FAQ_SETS = [
    ("{town} Leisure Centre", (4, 7, 2, 4), [
        ("What are your opening hours?", "Monday to Friday 6.30am–10pm; weekends 8am–6pm."),
        ("How much is a swim?", "Adults £{p1}, children £{p2}, under-3s free."),
        ("Do I need to book?", "Lane swimming and classes must be booked up to {d} days ahead in the app."),
        ("Is there parking?", "Yes, {n} spaces, free for the first three hours.")]),
    ("{town} Household Recycling Centre", (3, 6, 2, 5), [
        ("When are you open?", "Daily 8am–{h}pm, except 25 and 26 December and 1 January."),
        ("Do I need a permit for a van?", "Yes. Vans need a free permit, limited to {d} visits a year."),
        ("Do you take plasterboard?", "Yes, for a charge of £{p1} per sheet."),
        ("Can I bring tyres?", "Up to four car tyres per visit at £{p2} each.")]),
    ("Resident parking permits — {town} Borough Council", (40, 90, 95, 180), [
        ("How much does a permit cost?", "The first permit is £{p1} a year; a second permit is £{p2}."),
        ("How long does an application take?", "Allow up to {d} working days."),
        ("Can visitors park?", "Buy visitor scratch cards in books of 10, each valid for one day."),
        ("How many permits can one household have?", "No more than {n2}.")]),
    ("{town} Park and Ride", (3, 6, 1, 2), [
        ("How often do buses run?", "Every {d} minutes from 7am to 7pm, Monday to Saturday."),
        ("How much is a return ticket?", "£{p1} for up to five people travelling together."),
        ("How many spaces are there?", "{n} spaces, including 40 for blue badge holders."),
        ("Is it open on Sundays?", "Only in December and during the summer holidays.")]),
    ("{town} Community Allotments", (35, 80, 18, 34), [
        ("How much is a plot?", "A full plot is £{p1} a year and a half plot £{p2}."),
        ("How long is the waiting list?", "About {n2} years for a full plot."),
        ("Can I keep hens?", "Yes, up to {d} hens, with written permission from the committee."),
        ("Are there water troughs?", "Yes, from April to October.")]),
]


def gen_faq(rng):
    place, (lo1, hi1, lo2, hi2), pairs = pick(rng, FAQ_SETS)
    fields = {"town": pick(rng, TOWNS), "p1": rng.randint(lo1, hi1),
              "p2": rng.randint(lo2, hi2), "d": rng.randint(3, 14),
              "n": rng.randint(80, 900), "n2": rng.randint(2, 4),
              "h": rng.randint(4, 8)}
    name = place.format(**fields)
    lines = [pick(rng, ["Frequently asked questions — {}", "{}: FAQs", "{} — your questions answered"]).format(name)]
    for question, answer in rng.sample(pairs, len(pairs)):
        lines += [question, answer.format(**fields)]
    return lines


EVENTS = [
    ("{town} Farmers' Market", "Markets", "More than {n} stalls selling local cheese, bread, meat and plants, with hot food from 10am.", "Free entry"),
    ("Brass in the Park: {town} Silver Band", "Music", "An afternoon of marches, film music and hymn tunes on the bandstand. Bring a chair.", "Free; collection for the band"),
    ("Quiz Night in aid of {town} Lifeboat", "Community", "Teams of up to six. Raffle and supper included.", "£{p} per team"),
    ("Jazz on the Quay", "Music", "The {surname} Quartet play standards and originals on the harbourside stage.", "£{p}, concessions available"),
    ("{town} Open Studios", "Arts", "{n} artists open their studios and workshops to the public across two weekends.", "Free"),
    ("Harvest Fair and Dog Show", "Family", "Fun dog show, tug of war, produce competition and a steam engine display.", "Adults £{p}, children free"),
    ("Talk: {n} years of {town} harbour", "Talks", "Local historian {name} on trade, shipwrecks and smuggling, with archive photographs.", "£{p} including tea"),
    ("{town} Garden Lights Trail", "Family", "A one-mile illuminated trail through the walled garden, with hot chocolate and a fire pit.", "Adults £{p}, children £5"),
]


EVENT_VENUES = ["the Corn Exchange", "the Memorial Gardens", "St Clement's Hall",
                "the Harbourside", "the Assembly Rooms"]


def gen_listing(rng):
    title, section, blurb, price = pick(rng, EVENTS)
    day = rdate(rng, 2019, 2024)
    fields = {"town": pick(rng, TOWNS), "n": rng.randint(12, 160),
              "p": rng.randint(4, 25), "surname": pick(rng, LAST),
              "name": person(rng)}
    name = title.format(**fields)
    return [
        f"{name} — {wday(day)} {fdate(day)}",
        f"What's On › {section} › {fields['town']}",
        f"Date: {wday(day)} {fdate(day)}, {pick(rng, ['10am–2pm', '2pm–5pm', '7.30pm', '6pm–9pm'])}",
        f"Venue: {pick(rng, EVENT_VENUES)}, {fields['town']}",
        blurb.format(**fields),
        f"Tickets: {price.format(**fields)}",
        f"Organiser: {fields['town']} {pick(rng, ['Events Team', 'Rotary Club', 'Arts Society', 'Town Council'])}. {pick(rng, ['Step-free access.', 'Parking nearby.', 'Dogs welcome on leads.', 'Please bring cash.'])}",
    ]


OBIT_LIVES = [
    ("harbourmaster", "kept the port of {town} working through three decades of storms and strikes"),
    ("headteacher", "led {town} Grammar School for 22 years and taught three generations of the same families"),
    ("boatbuilder", "built more than 300 wooden dinghies in a shed beside the {town} slipway"),
    ("councillor", "served on {town} Borough Council for 31 years, four of them as leader"),
    ("lifeboat coxswain", "took the {town} lifeboat out on more than 400 rescues"),
    ("photographer", "documented the closure of the {town} shipyards in thousands of pictures"),
    ("GP", "was the family doctor to much of {town} for almost forty years"),
]


def gen_obituary(rng):
    sex = pick(rng, "mf")
    name = person(rng, sex)
    job, deeds = pick(rng, OBIT_LIVES)
    age = rng.randint(68, 101)
    died = rdate(rng, 2015, 2023)
    town, birthplace = rng.sample(TOWNS, 2)
    pron, poss = ("He", "his") if sex == "m" else ("She", "her")
    return [
        pick(rng, ["{n} obituary", "{n}, {j}, dies aged {a}"]).format(n=name, j=job, a=age),
        f"{name}, who has died aged {age}, was a {job} who {deeds.format(town=town)}.",
        f"{pron} was born in {birthplace} in {died.year - age}; {poss} father was a {pick(rng, ['fisherman', 'railway clerk', 'baker', 'quarryman'])}. {pron} moved to {town} as a young adult and never left.",
        f"{pron} was appointed {pick(rng, ['an honorary freeman of the town', 'president of the civic society', 'a life member of the sailing club'])} in {died.year - rng.randint(3, 20)}.",
        f"{pron} died on {dm(died)}. {pron} is survived by {pick(rng, ['two daughters', 'a son and four grandchildren', poss + ' partner and three children', 'a sister'])}.",
    ]


R_ADJ = ["Copper", "Salted", "Crooked", "Painted", "Drowned", "Silver", "Hungry"]
R_NOUN = ["Gull", "Curlew", "Lapwing", "Cormorant", "Plover", "Oyster", "Anchor"]
DISHES = ["crab on toast", "cured mackerel with rhubarb", "a leek and potato broth",
          "grilled squid", "beetroot with goat's curd", "smoked duck salad"]
MAINS = ["a whole turbot", "hake with mussels", "slow-cooked lamb shoulder",
         "a mushroom and barley risotto", "pork belly with apple"]


PREMISES = ["a former chapel", "an old net loft", "a converted bank",
            "a fisherman's cottage"]


def gen_review_food(rng):
    name = f"The {pick(rng, R_ADJ)} {pick(rng, R_NOUN)}"
    town = pick(rng, TOWNS)
    return [
        f"{name}, {town}: restaurant review",
        f"By {person(rng)}",
        f"{name} occupies {pick(rng, PREMISES)} in {town}, and head chef {person(rng)} is {pick(rng, ['cooking with real confidence', 'still finding their feet', 'clearly having fun'])}.",
        f"We started with {pick(rng, DISHES)} and {pick(rng, DISHES)}, then shared {pick(rng, MAINS)}. The {pick(rng, ['set lunch', 'tasting menu', 'Sunday menu'])} costs £{rng.randint(28, 95)} a head.",
        pick(rng, ["Desserts were the weak point.", "The wine list is short but fairly priced.",
                   "Service was slow on a busy night.", "Book ahead: there are only 24 covers."]),
        f"Verdict: {rng.randint(5, 9)}/10. {name}, {rng.randint(1, 90)} {pick(rng, STREETS)}, {town}.",
    ]


BANDS = ["The Tallow Bells", "Marram Grass", "Quiet Engines", "The Saltings",
         "Hollow Pier", "Wren Mother", "The Lamplighters' Union", "Fogbound"]
WORDS1 = ["Northern", "Paper", "Glass", "Winter", "Harbour", "Slow", "Lantern", "Iron"]
WORDS2 = ["Kitchens", "Gospel", "Weather", "Hours", "Bells", "Machines", "Songs", "Light"]


def gen_review_music(rng):
    band = pick(rng, BANDS)
    album = f"{pick(rng, WORDS1)} {pick(rng, WORDS2)}"
    label = f"{pick(rng, ['Salt Road', 'Harbourlight', 'Pier Head', 'Gannet'])} Records"
    return [
        f"{band} – {album} review",
        f"Music › Album reviews › {pick(rng, ['Folk', 'Indie', 'Rock', 'Electronic'])}",
        "★" * rng.randint(2, 5),
        f"Released {dm(rdate(rng))} on {label}",
        f"The {pick(rng, ['second', 'third', 'fifth', 'debut'])} album from the {pick(rng, TOWNS)} {pick(rng, ['trio', 'four-piece', 'duo', 'collective'])} is {pick(rng, ['their most direct yet', 'a sprawling, uneven affair', 'a quiet triumph', 'a brave change of direction'])}. Producer {person(rng)} keeps the arrangements {pick(rng, ['spare', 'lush', 'loud', 'close-miked'])}.",
        f"Best track: {pick(rng, WORDS1)} {pick(rng, WORDS2)}. Skip: {pick(rng, WORDS1)} {pick(rng, WORDS2)}.",
    ]


def gen_review_film(rng):
    title = f"{pick(rng, WORDS1)} {pick(rng, ['Tide', 'Field', 'Crossing', 'Shore', 'Daughter'])}"
    return [
        f"{title} review — {pick(rng, ['a slow-burning coastal thriller', 'a warm family drama', 'a chilly ghost story', 'a shaggy road movie'])}",
        f"By {person(rng)}, film critic",
        "★" * rng.randint(2, 5),
        f"Director: {person(rng)}. Starring: {person(rng)}, {person(rng)}. Running time: {rng.randint(84, 148)} minutes.",
        f"Set in {pick(rng, TOWNS)} during {pick(rng, ['a long strike', 'the great storm of 1987', 'a heatwave summer', 'a by-election'])}, the film {pick(rng, ['rarely puts a foot wrong', 'promises more than it delivers', 'is beautifully shot but thinly written', 'is carried by its young lead'])}.",
        f"{title} is in cinemas from {pick(rng, WEEKDAYS[4:])}.",
    ]


def gen_review_book(rng):
    title = f"The {pick(rng, ['Tide', 'Glass', 'Winter', 'Harbour', 'Lamp'])} {pick(rng, ['Keeper', 'Almanac', 'Sisters', 'Ledger', 'Crossing'])}"
    author = person(rng)
    return [
        f"{title} by {author} review",
        f"Books › Fiction › {pick(rng, ['Novels', 'Debut fiction', 'Crime'])}",
        f"{pick(rng, ['Harrowfield Press', 'Salt Road Books', 'Pier Head Editions'])}, {rng.randint(210, 480)} pages, £{rng.randint(12, 22)}.99",
        f"{author}'s {pick(rng, ['debut', 'second novel', 'fourth book'])} follows {pick(rng, ['a ferry engineer', 'two estranged sisters', 'a retired detective', 'a young lighthouse cook'])} through {pick(rng, ['a single winter', 'forty years', 'one long night', 'the last summer before the war'])} in {pick(rng, TOWNS)}.",
        pick(rng, ["The prose is precise and unshowy.", "The middle section sags, but the ending lands.",
                   "It is funnier than its premise suggests.", "The dialogue occasionally rings false."]),
        f"Verdict: {pick(rng, ['recommended', 'worth a look', 'one for the beach', 'a small masterpiece'])}.",
    ]


FEST_KINDS = ["Folk Festival", "Food Festival", "Book Festival", "Jazz Weekend",
              "Science Festival", "Walking Festival", "Sea Shanty Festival"]


def gen_press_kit(rng):
    town = pick(rng, TOWNS)
    fest = f"{town} {pick(rng, FEST_KINDS)}"
    year = rng.randint(2016, 2024)
    start = rng.randint(1, 24)
    return [
        f"Press kit: {fest} {year}",
        "Fact sheet",
        f"Dates: {start}–{start + rng.randint(2, 4)} {pick(rng, MONTHS[4:10])} {year}",
        f"Venues: {rng.randint(4, 22)} venues across {town}, including the {pick(rng, ['Corn Exchange', 'Assembly Rooms', 'Harbour Church', 'Old Ropeworks'])}",
        f"Founded: {year - rng.randint(3, 40)}",
        f"Festival director: {person(rng)}",
        f"Programme: {rng.randint(40, 260)} events, {rng.randint(10, 60)} of them free",
        f"Audience {year - 1}: {rng.randint(4, 90) * 1000:,} (estimated)",
        f"Press contact: {person(rng)}, press office, {fest}",
        "Images: high-resolution photographs are available on request. Please credit the photographer.",
    ]


STRUCTURES = [
    ("footbridge over the River {river}", "footbridge", "metre", 40, 260),
    ("bypass around {town}", "bypass", "km", 2, 14),
    ("sea wall along the {town} promenade", "sea wall", "metre", 200, 1800),
    ("cycle bridge beside the old railway viaduct", "cycle bridge", "metre", 60, 320),
    ("relief road to the {town} industrial estate", "relief road", "km", 1, 6),
]


def gen_infra(rng):
    desc, short, unit, low, high = pick(rng, STRUCTURES)
    town = pick(rng, TOWNS)
    desc = desc.format(river=pick(rng, RIVERS), town=town)
    size = rng.randint(low, high)
    length = f"{size}-metre" if unit == "metre" else f"{size}.{rng.randint(0, 9)} km"
    day = rdate(rng)
    cost = rng.uniform(1, 60)
    return [
        f"New {short} opens in {town}",
        f"{town.upper()}, {fdate(day)} — The {length} {desc} opened to the public on {wday(day)}, {rng.randint(1, 14)} months later than planned.",
        f"The scheme was designed by {company(rng)} and built by {company(rng)}. It cost £{cost:.1f} million, against an original estimate of £{cost * rng.uniform(0.55, 0.9):.1f} million.",
        f"It was first proposed in {day.year - rng.randint(5, 25)}. {pick(rng, ['Local businesses welcomed the opening.', 'Residents complained about months of noise.', 'A formal ceremony will be held next month.'])}",
    ]


CO_WORDS = ["Harrowby", "Tallis", "Greyline", "Quarnell", "Seastack",
            "Northbrook", "Oldmoor", "Wetherlam", "Fairhaven", "Pennant"]
CO_KINDS = ["Foods", "Marine", "Logistics", "Engineering", "Textiles",
            "Software", "Ceramics", "Brewing", "Print", "Homes"]


def company(rng):
    return f"{pick(rng, CO_WORDS)} {pick(rng, CO_KINDS)}"


def gen_business(rng):
    firm = company(rng)
    day = rdate(rng)
    town = pick(rng, TOWNS)
    founder, boss = person(rng), person(rng)
    variants = [
        [f"{firm} reports record profit",
         f"{town.upper()}, {fdate(day)} — {firm} said on {wday(day)} that pre-tax profit rose {rng.randint(4, 60)} per cent to £{millions(rng, 2, 90)} million in {day.year - 1} on revenue of £{millions(rng, 40, 900)} million."],
        [f"{firm} to cut {rng.randint(20, 400)} jobs",
         f"{town.upper()}, {fdate(day)} — {firm} will close its {town} site by {pick(rng, MONTHS)} {day.year + 1}, the company said on {wday(day)}, blaming higher energy costs."],
        [f"{firm} agrees takeover of {company(rng)}",
         f"{town.upper()}, {fdate(day)} — {firm} has agreed to buy a smaller rival for €{rng.randint(12, 640)} million. The deal is expected to complete within six months, subject to approval."],
    ]
    lines = pick(rng, variants)
    lines.append(f"The company was founded in {rng.randint(1950, 2012)} by {founder}. Chief executive {boss} said the business was {pick(rng, ['in good shape', 'facing a difficult year', 'ready to grow overseas'])}.")
    lines.append(f"Shares {pick(rng, ['rose', 'fell'])} {rng.randint(1, 9)}.{rng.randint(0, 9)} per cent in Estavel trading.")
    return lines


WORKS = ["gas main replacement", "carriageway resurfacing", "bridge joint repairs",
         "drainage improvements", "installation of a new pedestrian crossing"]


def gen_notice(rng):
    town = pick(rng, TOWNS)
    road = pick(rng, ROADS)
    day = rdate(rng)
    first, second = rng.sample(STREETS, 2)
    return [
        f"Public notice: temporary closure of {road.replace('the ', '')}, {town}",
        f"{town} Borough Council — Road Traffic Regulation Act notice",
        f"Notice is hereby given that the Council intends to prohibit through traffic on {road}, {town}, between its junctions with {first} and {second}, from {fdate(day)} for up to {rng.randint(2, 16)} weeks to allow {pick(rng, WORKS)}.",
        f"Alternative route: via {pick(rng, ROADS)} and {pick(rng, STREETS)}. Access for residents and emergency vehicles will be maintained.",
        f"Enquiries: Highways team, quoting reference TRO/{day.year}/{rng.randint(10, 400)}. Dated {fdate(day - datetime.timedelta(days=14))}. {person(rng)}, Director of Place.",
    ]


FILLER_GENS = [
    ("results", gen_results, 40), ("wire", gen_match, 36),
    ("season_review", gen_season, 30), ("wire", gen_council, 42),
    ("minutes", gen_minutes, 30), ("encyclopedia", gen_village, 36),
    ("encyclopedia", gen_bio, 32), ("press_release", gen_appointment, 40),
    ("product", gen_kettle, 10), ("product", gen_headphones, 10),
    ("product", gen_tent, 10), ("product", gen_ebike, 12),
    ("product", gen_router, 10), ("forum", gen_forum, 42),
    ("faq", gen_faq, 32), ("listing", gen_listing, 42),
    ("obituary", gen_obituary, 32), ("review", gen_review_food, 14),
    ("review", gen_review_music, 14), ("review", gen_review_film, 14),
    ("review", gen_review_book, 14), ("press_kit", gen_press_kit, 22),
    ("wire", gen_infra, 38), ("wire", gen_business, 38),
    ("notice", gen_notice, 24),
]


def word_count(text):
    return len(text.split())


def reserved_strings():
    return [r for topic in TOPICS for r in topic["reserved"]]


def is_clean(text, reserved):
    return not any(r in text for r in reserved)


def make_fillers(rng, count):
    reserved = reserved_strings()
    schedule = [(genre, fn) for genre, fn, weight in FILLER_GENS
                for _ in range(weight)]
    rng.shuffle(schedule)
    out, seen, step = [], set(), 0
    while len(out) < count:
        genre, fn = schedule[step % len(schedule)]
        step += 1
        text = "\n".join(fn(rng)) + "\n"
        title = text.split("\n", 1)[0]
        if title in seen or not is_clean(text, reserved):
            continue
        if not MIN_WORDS + 5 <= word_count(text) <= MAX_WORDS - 60:
            continue
        seen.add(title)
        out.append({"key": f"filler{len(out):04d}", "topic": "-",
                    "role": "filler", "genre": genre, "text": text})
    return out


# ---------------------------------------------------------------------------
# Digests: round-ups that mention topic people and events in passing.
# ---------------------------------------------------------------------------

BRIEFS = [
    "{town} Rotary Club has raised £{n},{m:03d} for the town's food bank through its winter appeal.",
    "Part of {road} in {town} will close overnight from Monday for resurfacing; diversions will be signed.",
    "{town} library is extending its Saturday opening hours to 4pm from next month.",
    "The {town} farmers' market moves indoors to the Corn Exchange for the winter.",
    "Police in {town} are appealing for witnesses after a collision on {road} on {day} evening.",
    "{town} Harriers hold their annual awards night at the Mariners' Institute on {d} {month}.",
    "A planning application for {n} homes on the edge of {town} has been withdrawn.",
    "{town} lifeboat was called out {n} times last year, its busiest year for a decade.",
    "The bus between {town} and {town2} will run hourly on Sundays from {d} {month}.",
    "{town} Tennis Club is offering free taster sessions for adults on Saturday mornings.",
    "A new defibrillator has been installed outside the post office in {village}.",
    "{village} Parish Council is looking for two new councillors after resignations.",
    "The {town} {fest} has announced its first headliners.",
    "{town} Borough Council has agreed a {n2}.9 per cent rise in council tax.",
]
DIGEST_STYLES = [
    ("News in brief: {day} {date}", "The main stories from around the Marrach coast today.", "• "),
    ("Weekend round-up", "What happened while you were out — in brief.", "— "),
    ("{town} community newsletter, {month} {year}", "Welcome to this month's newsletter. Here is what's been happening.", "• "),
    ("Morning briefing", "Five things to know this {day}.", "• "),
    ("What's on and what's new this week", "Our pick of local news and events.", "› "),
    ("Sport and community in brief", "A quick look at the week's local sport and community news.", "• "),
]


def brief(rng, reserved):
    while True:
        day = rdate(rng)
        text = pick(rng, BRIEFS).format(
            town=pick(rng, TOWNS), town2=pick(rng, TOWNS), road=pick(rng, ROADS),
            village=pick(rng, VILLAGES), day=wday(day), d=day.day,
            month=pick(rng, MONTHS), n=rng.randint(3, 95), m=rng.randint(0, 999),
            n2=rng.randint(2, 4), fest=pick(rng, FEST_KINDS))
        if is_clean(text, reserved):
            return text


def mention_order(rng):
    pool = [(topic["id"], line) for topic in TOPICS for line in topic["mentions"]]
    order = []
    while len(order) < 3 * N_DIGESTS:
        batch = pool[:]
        rng.shuffle(batch)
        order.extend(batch)
    return order


def digest_doc(rng, index, picks, reserved):
    title, intro, bullet = DIGEST_STYLES[index % len(DIGEST_STYLES)]
    day = rdate(rng, 2019, 2023)
    fields = {"day": wday(day), "date": fdate(day), "town": pick(rng, TOWNS),
              "month": MONTHS[day.month - 1], "year": day.year}
    items = [line for _, line in picks]
    items += [brief(rng, reserved) for _ in range(rng.randint(2, 3))]
    rng.shuffle(items)
    lines = [title.format(**fields), intro.format(**fields), ""]
    lines += [bullet + item for item in items]
    text = "\n".join(lines) + "\n"
    return {"key": f"digest{index:03d}", "topic": "+".join(t for t, _ in picks),
            "role": "digest", "genre": "roundup", "text": text}


def make_digests(rng):
    reserved = reserved_strings()
    order = mention_order(rng)
    out, pos = [], 0
    for index in range(N_DIGESTS):
        picks = []
        while len(picks) < 2:
            tid, line = order[pos]
            pos += 1
            if all(tid != other for other, _ in picks):
                picks.append((tid, line))
        out.append(digest_doc(rng, index, picks, reserved))
    return out


# ---------------------------------------------------------------------------
# Web clutter: breadcrumbs, bylines, cookie notices, share bars, footers.
# ---------------------------------------------------------------------------

REPORTER_ROLES = ["Staff Reporter", "Local Democracy Reporter", "Sports Editor",
                  "Business Correspondent", "Arts Writer", "Community Reporter"]
COOKIE_NOTICES = [
    "We use cookies to give you the best experience on our site. By continuing you agree to our cookie policy. [Accept all] [Manage settings]",
    "This website uses cookies for analytics and personalised content. Accept | Reject | Preferences",
    "Cookies help us deliver our services. Learn more | Got it",
]
SHARE_BARS = ["Share this article: Email | Print | Copy link",
              "Share · Email · Copy link · Print",
              "SHARE  |  SAVE  |  PRINT"]
HEADLINES = [
    "Roadworks to close {town} high street for six weeks",
    "{town} bakery crowned best in region",
    "Police appeal after break-in at {town} allotments",
    "New bus timetable for {town} from Monday",
    "{town} school celebrates record exam results",
    "Flood warning issued for the River {river}",
    "Plans lodged for 120 homes on edge of {town}",
    "Volunteers clear two tonnes of litter from {town} beach",
    "{town} pub reopens after refurbishment",
    "Council tax to rise by 4.9% in {town}",
]


def headline(rng):
    return pick(rng, HEADLINES).format(town=pick(rng, TOWNS), river=pick(rng, RIVERS))


SECTION_BY_GENRE = {
    "wire": "News", "results": "Sport › Results", "season_review": "Sport",
    "product": "Shop", "forum": "Community", "faq": "Help", "listing": "What's On",
    "minutes": "Council › Meetings", "obituary": "Obituaries", "review": "Reviews",
    "press_kit": "Press", "notice": "Public notices", "roundup": "News",
    "press_release": "Press releases",
}
BYLINE_GENRES = {"wire", "review", "obituary", "season_review", "roundup"}
NEWS_GENRES = BYLINE_GENRES | {"results", "press_release", "notice", "listing"}
SHOP_TAILS = ["Free returns within 30 days. Secure checkout.",
              "Customers also viewed: similar items from our range",
              "Prices include VAT. Delivery charges shown at checkout."]
FORUM_TAILS = ["Reply · Quote · Report post", "Forum rules · Mark all read · Back to top",
               "Users browsing this topic: 3 guests"]


def head_options(rng, genre):
    if genre == "encyclopedia":
        return ["From Marrachpedia, the free encyclopedia", pick(rng, COOKIE_NOTICES)]
    options = [f"Home › {SECTION_BY_GENRE.get(genre, 'News')}", pick(rng, COOKIE_NOTICES)]
    if genre in BYLINE_GENRES:
        options.append(f"By {person(rng)}, {pick(rng, REPORTER_ROLES)} · {rng.randint(2, 6)} min read")
    return options


def tail_options(rng, genre):
    footer = f"© 2024 {pick(rng, PUBLICATIONS)}. All rights reserved. | About us | Contact | Privacy policy | Terms of use"
    if genre == "encyclopedia":
        return [f"This page was last edited on {dm(rdate(rng))} 2024, at {rng.randint(10, 23)}:{rng.randint(10, 59)}.",
                "Text is available under an open licence; additional terms may apply. | Privacy policy | Disclaimers"]
    if genre in ("product", "faq"):
        return [pick(rng, SHOP_TAILS), footer]
    if genre == "forum":
        return [pick(rng, FORUM_TAILS), "Powered by an open-source forum package · Cookies · Contact the moderators"]
    related = ["Related stories"] + [f"• {headline(rng)}" for _ in range(rng.randint(2, 3))]
    options = [related, pick(rng, SHARE_BARS), footer,
               "Sign up for our free morning newsletter — the day's top stories in your inbox."]
    return options if genre in NEWS_GENRES else options[1:]


def flatten(items):
    out = []
    for item in items:
        out += item if isinstance(item, list) else [item]
    return out


def clutter_parts(rng, genre):
    heads = head_options(rng, genre)
    tails = tail_options(rng, genre)
    head = rng.sample(heads, rng.randint(0, min(2, len(heads))))
    tail = rng.sample(tails, rng.randint(1, min(3, len(tails))))
    return flatten(head), flatten(tail)


def add_clutter(rng, entry):
    if rng.random() >= CLUTTER_RATE:
        return
    head, tail = clutter_parts(rng, entry["genre"])
    lines = entry["text"].rstrip("\n").split("\n")
    if len(lines) > 1 and ("›" in lines[1] or lines[1].startswith("From ")):
        head = [h for h in head if "›" not in h and not h.startswith("From ")]
    text = "\n".join(lines[:1] + head + lines[1:] + [""] + tail) + "\n"
    if word_count(text) <= MAX_WORDS:
        entry["text"] = text
        entry["clutter"] = True


# ---------------------------------------------------------------------------
# Assembly.
# ---------------------------------------------------------------------------


def topic_documents():
    out = []
    for topic in TOPICS:
        answer_keys = {s for item in topic["qs"] for s in item["sources"]}
        for key, entry in topic["docs"].items():
            role = "answer" if key in answer_keys else "near_miss"
            out.append({"key": key, "topic": topic["id"], "role": role,
                        "genre": entry["genre"], "text": entry["text"]})
    return out


def build_records(rng, names):
    items = []
    for topic in TOPICS:
        for item in topic["qs"]:
            items.append((topic, item))
    rng.shuffle(items)
    records = []
    for number, (topic, item) in enumerate(items, 1):
        record = {"id": f"q{number:03d}", "question": item["question"],
                  "answers": item["answers"],
                  "sources": [names[k] for k in item["sources"]],
                  "answerable": bool(item["answers"]), "kind": item["kind"],
                  "split": topic["split"]}
        gold = dict(record)
        gold.update({"topic": topic["id"], "evidence": item["evidence"],
                     "near_miss": [names[k] for k in item["near"]],
                     "absent": item["absent"]})
        records.append((record, gold))
    return records


def validate(docs, records):
    texts = {d["file"]: d["text"] for d in docs}
    lowered = [t.lower() for t in texts.values()]
    for d in docs:
        words = word_count(d["text"])
        assert MIN_WORDS <= words <= MAX_WORDS, (d["key"], words)
    long_answers = [a for _, g in records for a in g["answers"] if len(a) >= 5]
    for topic in TOPICS:
        for line in topic["mentions"]:
            assert not any(a in line for a in long_answers), line
    for _, gold in records:
        for src in gold["sources"]:
            assert all(a in texts[src] for a in gold["answers"]), gold["id"]
        if gold["answerable"]:
            assert any(gold["evidence"] in texts[s] for s in gold["sources"]), gold["id"]
        for absent in gold["absent"]:
            assert not any(absent.lower() in t for t in lowered), absent


def jsonl(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def doc_index(docs):
    rows = ["file\ttopic\trole\tgenre"]
    for d in sorted(docs, key=lambda x: x["file"]):
        rows.append(f"{d['file']}\t{d['topic']}\t{d['role']}\t{d['genre']}")
    return "\n".join(rows) + "\n"


def render():
    docs = topic_documents()
    docs += make_digests(random.Random(SEED + 1))
    docs += make_fillers(random.Random(SEED + 2), N_DOCS - len(docs))
    clutter_rng = random.Random(SEED + 3)
    for entry in docs:
        add_clutter(clutter_rng, entry)
    random.Random(SEED + 4).shuffle(docs)
    names = {}
    for number, entry in enumerate(docs, 1):
        entry["file"] = f"t{number:04d}.txt"
        names[entry["key"]] = entry["file"]
    records = build_records(random.Random(SEED + 5), names)
    validate(docs, records)
    files = {f"docs/{d['file']}": d["text"] for d in docs}
    files["eval.jsonl"] = jsonl(r for r, _ in records)
    files["gold.jsonl"] = jsonl(g for _, g in records)
    files["doc_index.tsv"] = doc_index(docs)
    files["README.md"] = readme(docs, [g for _, g in records])
    return files


def table(counter, heading):
    rows = [f"| {heading} | count |", "|---|---|"]
    rows += [f"| {key} | {value} |" for key, value in sorted(counter.items())]
    return "\n".join(rows)


def split_table(golds):
    rows = ["| split | questions | answerable | unanswerable | topics |",
            "|---|---|---|---|---|"]
    for split in ("tune", "heldout"):
        part = [g for g in golds if g["split"] == split]
        answerable = sum(g["answerable"] for g in part)
        topics = len({g["topic"] for g in part})
        rows.append(f"| {split} | {len(part)} | {answerable} | {len(part) - answerable} | {topics} |")
    return "\n".join(rows)


README_HEAD = """# probe19 — synthetic blind evaluation set for retrieval QA

A fully synthetic stand-in for a hidden benchmark of short web and news
passages (one passage per file) in which a quarter to a third of the
questions cannot be answered from the collection. Every person, place,
organisation, event, product and title in it is invented, so no model can
answer from memory; the text imitates wire reports with date lines,
encyclopedia entries, press releases, results tables, forum threads, FAQ
pages, product pages, event listings, council minutes, season reviews,
obituaries, reviews, press kits and public notices. About a third of the
passages carry web clutter (breadcrumbs, bylines, cookie notices, share
bars, "Related stories" lists, footers).

The set was written blind: without looking at the system it will be used
to evaluate, or at any other evaluation set.

## Layout

* `docs/t0001.txt` … `docs/t0900.txt` — one passage per file, 40–250 words,
  first line a title. File order is shuffled with a fixed seed; names carry
  no information.
* `eval.jsonl` — the questions: `id`, `question`, `answers` (each an exact
  substring of every listed source), `sources` (file names in `docs/`),
  `answerable`, `kind`, `split` (`tune` or `heldout`).
* `gold.jsonl` — the same records plus `topic`, `evidence` (an exact
  substring of a source), `near_miss` (files that look relevant but do not
  answer) and `absent` (strings that occur in no passage; for unanswerable
  questions these encode the withheld fact).
* `doc_index.tsv` — `file`, `topic`, `role`, `genre` for every passage.
* `build.py` — regenerates everything above and this README byte for byte
  (fixed seeds, standard library only).
* `check.py` — verifies answers, evidence and absent strings, word counts,
  per-split counts, topic separation and byte-for-byte reproducibility;
  exits non-zero on failure.

## Design

* **Topics.** 45 hand-written topics. Each has answer passages and one to
  three near-miss passages: another year or edition, another release
  version, another venue, or a namesake of another kind (film vs novel vs
  video game vs ship vs racehorse, restaurant vs pub, weekly vs evening
  paper). Many answer passages also contain the wrong entity from the right
  pool (runner-up next to winner, men's next to women's results, junior next
  to elite, interim or acting next to permanent, nominee next to winner,
  forecast or plan next to outcome, founder next to chief executive).
* **Unanswerable questions** are unanswerable by construction: the near
  misses are present, and the withheld fact occurs in no passage
  (`absent`, verified by `check.py`).
* **Answer completeness.** Several answers are numbers with units
  (metres, tonnes, km, per cent, pounds, euros) or dates whose year is given
  only in another sentence of the passage.
* **Question forms.** who/what/when/where/which/how many/how much/how long/
  what year; some typed in lower case without punctuation; some with a
  leading clause; some naming the subject by an abbreviation used in the
  passage.
* **Digests** are news-in-brief round-ups and newsletters that mention
  topic people, places and events in passing without answering anything.
* **Filler** passages are generated from templates that reuse the same
  towns and vocabulary (races, councils, bridges, museums, festivals,
  products, appointments) so that retrieval is hard; generated text may not
  contain any topic's key names.
* **Splits** are by topic: no topic contributes questions to both `tune`
  and `heldout`.
"""

README_TAIL = """
## Licence

Copyright the project authors. The passages, questions, answers and code in
this folder were written from scratch for this project and are released
under the Apache License, Version 2.0 — the same licence as the project.
You may obtain a copy of the licence at
http://www.apache.org/licenses/LICENSE-2.0. Everything here is fiction; any
resemblance to real people, places, organisations, events or products is
coincidental.
"""


def readme(docs, golds):
    parts = [README_HEAD, "## Counts", "",
             f"{len(docs)} passages, {len(golds)} questions.", "",
             split_table(golds), "",
             table(Counter(d["role"] for d in docs), "role"), "",
             table(Counter(d["genre"] for d in docs), "genre"), "",
             f"Passages with web clutter: {sum(1 for d in docs if d.get('clutter'))}.", "",
             table(Counter(g["kind"] for g in golds), "kind"), ""]
    return "\n".join(parts) + README_TAIL


def main():
    files = render()
    docs_dir = HERE / "docs"
    docs_dir.mkdir(exist_ok=True)
    for stale in docs_dir.glob("*.txt"):
        if f"docs/{stale.name}" not in files:
            stale.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"wrote {len(files)} files to {HERE}")


if __name__ == "__main__":
    main()
