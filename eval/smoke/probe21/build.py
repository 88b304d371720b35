#!/usr/bin/env python3
"""Build the probe21 blind evaluation set.

Deterministic: fixed seeds, no clock, no network, standard library only.
Writes docs/u0001.txt ... docs/u0900.txt, eval.jsonl, gold.jsonl and
doc_index.tsv next to this file.  All names are invented.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS_DIR = os.path.join(HERE, "docs")
N_DOCS = 900
N_DIGESTS = 128
SHUFFLE_SEED = 21021
DIGEST_SEED = 2104
FILLER_SEED = 90021
CLUTTER_SEED = 3321
MIN_WORDS = 40
MAX_WORDS = 260

TOPICS = []


def topic(key, domain, split, docs, qs, mentions):
    TOPICS.append({"key": key, "domain": domain, "split": split,
                   "docs": docs, "qs": qs, "mentions": mentions})


def D(role, genre, text):
    return {"role": role, "genre": genre, "text": text.strip("\n")}


def Q(question, kind, answers=(), src=(), ev="", nm=(), absent=()):
    return {"question": question, "kind": kind, "answers": list(answers),
            "src": list(src), "ev": ev, "nm": list(nm),
            "absent": list(absent)}


# ---------------------------------------------------------------------------
# Hand-written topics: tune half (t01-t22)
# ---------------------------------------------------------------------------

topic("t01", "sport", "tune", [
    D("answer", "wire", """
Ondarra breaks course record to win in Harrowmere
HARROWMERE, 14 April 2019 (Coastline Wire) - Maelis Ondarra won the women's race at the Harrowmere Marathon on Sunday in 2:27:41, taking almost a minute off the course record on a cool, still morning along the seafront.
Pernille Aasgard was second in 2:29:03 and last year's champion, Saoirse Delacombe, finished third.
The men's race went to Tobiah Krenn, who pulled away from Ruel Mbatha on the long drag past the lifeboat station and won in 2:12:58.
Ondarra, a 29-year-old physiotherapist from Tarnwick, said she had entered only three weeks before the race. "I came here for a personal best, not a title," she said. "The crowd on the promenade carried me through the last five kilometres."
Organisers said 6,180 runners finished, the most in the event's 33-year history.
"""),
    D("near_miss", "results", """
Harrowmere Marathon 2018: full results (leading finishers)
Results as supplied by the timing company. All times are chip times; age-group results are on the race website.
Women: 1. Saoirse Delacombe (Oskam Bay Harriers) 2:31:05; 2. Maelis Ondarra (Tarnwick AC) 2:31:50; 3. Hedda Lunn (unattached) 2:34:12; 4. Pernille Aasgard (Veldham Striders) 2:35:40.
Men: 1. Ruel Mbatha (Brellingford RC) 2:14:40; 2. Tobiah Krenn (Veldham Striders) 2:15:02; 3. Caspar Oyelade (Culloway Road Runners) 2:16:37.
Wheelchair: 1. Daniel Freyberg 1:41:19.
Finishers: 5,402. Conditions: light rain, south-westerly wind on the return leg.
Queries about results should be sent to the race office within 14 days of the event.
"""),
    D("near_miss", "blog", """
Harrowmere 2020: five runners to watch
Posted by the RunCoastal blog
The entry list for next month's Harrowmere Marathon is out, and the women's race looks like the strongest field in years. Maelis Ondarra returns as defending champion and course-record holder, and on current form she has to start as favourite. Saoirse Delacombe has spent the winter training at altitude, and Pernille Aasgard has finally moved up from the half.
In the men's race Tobiah Krenn will try to make it two in a row, but keep an eye on Ruel Mbatha, who has never finished lower than second on this course.
My prediction? Ondarra by two minutes, and a sprint finish between Krenn and Mbatha on the promenade. I'll be at mile 20 with a flask of tea. Check back after race day for the full report.
"""),
], [
    Q("Who won the women's race at the 2019 Harrowmere Marathon?", "who_won",
      ["Maelis Ondarra", "Ondarra"], [0],
      "Maelis Ondarra won the women's race at the Harrowmere Marathon", [1, 2]),
    Q("who won the harrowmere marathon womens race in 2020", "casual_form",
      nm=[2, 0],
      absent=["won the 2020 Harrowmere", "2020 Harrowmere Marathon was won",
              "Harrowmere Marathon 2020: full results"]),
], [
    "Harrowmere Marathon organisers are appealing for 300 volunteer marshals for the seafront course.",
    "Tarnwick AC and the Oskam Bay Harriers are both sending big squads to the Harrowmere Marathon.",
    "Former Harrowmere Marathon champion Saoirse Delacombe is to lead a beginners' running group in Oskam Bay.",
])

topic("t02", "arts", "tune", [
    D("answer", "press_release", """
The Salt Ledger wins the 2022 Castellan Prize for Fiction
PRESS RELEASE - FOR IMMEDIATE RELEASE
VELDHAM, 9 November 2022 - The Castellan Trust is delighted to announce that the Castellan Prize for Fiction 2022 has been awarded to Oona Brightwater for her novel The Salt Ledger (Harlow & Finch).
The winner receives £30,000. Each of the five other shortlisted authors receives £2,500.
Hollis Penrake, chair of the 2022 judges, said: "The Salt Ledger is a novel about debt and weather and the ways families keep accounts with one another. We kept coming back to it."
The award was presented at a dinner at the Veldham Assembly Rooms. Brightwater's previous novel, Ninefold, was longlisted in 2018.
Notes to editors: The Castellan Prize was founded in 2009 and is open to novels written in English and published in the preceding twelve months.
"""),
    D("near_miss", "news", """
Castellan shortlist: Ademola is the bookmakers' favourite
By Arts Desk
The six-book shortlist for this year's Castellan Prize for Fiction was announced on Thursday, with Ferris Ademola's Low Tide Almanac installed as the early favourite.
Also shortlisted are Oona Brightwater's The Salt Ledger, Ruth Amadi-Kerr's The Understudies, Jonah Pell's Field Notes for a Flood, Mirela Costin's Winter Orchard and Sam Tremayne's A Census of Gulls.
The judges, chaired by the critic Hollis Penrake, read 164 submissions. The winner will be announced in November.
"It's a shortlist that takes risks," Penrake said. "Any of the six could win, and I mean that."
Published 22 September 2022
"""),
    D("near_miss", "encyclopedia", """
Castellan Prize for Fiction
The Castellan Prize for Fiction is an annual literary award administered by the Castellan Trust, a charity based in Veldham. It was founded in 2009 with a bequest from the shipping merchant Edwin Castellan.
The prize is given to a novel written in English and published in the preceding twelve months. The longlist is announced in July, the shortlist in September and the winner in November.
Selected winners
2009 - Aldous Merrow, The Quiet Harbour
2015 - Nia Tudor-Blake, Under the Ropewalk
2020 - Tamar Velasquez-Hill, The Weir Keeper
2021 - Ruth Amadi-Kerr, Pilot Light
2023 - Ferris Ademola, Low Tide Almanac
The 2023 award was the first to be presented at the new Castellan Library, and the prize money was raised to £35,000 that year.
"""),
], [
    Q("Which novel won the Castellan Prize for Fiction in 2022?", "which_what",
      ["The Salt Ledger", "Salt Ledger"], [0],
      "the Castellan Prize for Fiction 2022 has been awarded to Oona Brightwater for her novel The Salt Ledger",
      [1, 2]),
    Q("Who chaired the judging panel for the 2023 Castellan Prize?", "who_role",
      nm=[0, 2],
      absent=["chair of the 2023 judges", "2023 judges were chaired",
              "2023 panel was chaired", "judges for 2023"]),
], [
    "The longlist for the Castellan Prize for Fiction is published in July, and the Castellan Trust has opened its archive of past judges' reports.",
    "Novelist Ferris Ademola reads from Low Tide Almanac at Veldham library on Thursday evening.",
    "The Castellan Trust is looking for volunteer readers for its schools programme.",
])

topic("t03", "elections", "tune", [
    D("answer", "notice", """
Declaration of result of poll - Eastgate Ward by-election
Brellingford Town Council
I, the undersigned, being the Returning Officer at the by-election of a Town Councillor for the Eastgate Ward held on Thursday 6 July 2023, hereby give notice that the number of votes recorded for each candidate was as follows:
ARKWRIGHT, Colm (Civic Alliance) - 1,107
QUARRIE, Nadia (Brellingford Independents) - 1,284
SOLTER, Bev (Green Lanes Party) - 213
Number of ballot papers rejected: 9
Electorate: 8,322. Turnout: 31.4%
And I hereby declare that Nadia Quarrie is duly elected.
Returning Officer, Town Hall, Brellingford
"""),
    D("answer", "news", """
Independent takes Eastgate seat by 177 votes
Nadia Quarrie of the Brellingford Independents has won the Eastgate ward by-election, beating the Civic Alliance candidate Colm Arkwright by 177 votes.
The by-election was called after the death in April of Reg Hollowell, who had held the seat for the Civic Alliance since 2011.
Quarrie, who runs a bakery on Eastgate Parade, said saving the ward's only post office would be her first priority. Arkwright, who had been expected to hold the seat, said he was "disappointed but not surprised" given how few people voted.
A survey published by the Brellingford Courier a week before polling day had put the Civic Alliance nine points ahead.
"""),
    D("near_miss", "results", """
Brellingford Town Council elections 2019: Eastgate and Northgate
Eastgate: Reg Hollowell (Civic Alliance) re-elected with 1,530 votes, a majority of 62 over Nadia Quarrie (Brellingford Independents, 1,468). Turnout 38.9%.
Northgate: Anjali Bassey (Brellingford Independents) elected with 1,902 votes, a majority of 415 over the Civic Alliance. Turnout 35.2%.
The Civic Alliance kept overall control of the council with 11 of the 17 seats. Results for the remaining wards will be posted on the council website once they have been checked.
"""),
    D("near_miss", "obituary", """
Reg Hollowell, 1949-2023
Reg Hollowell, who has died aged 74, represented Eastgate on Brellingford Town Council for twelve years and was the town's mayor in 2016-17.
Born above his parents' ironmonger's shop on Eastgate Parade, he left school at 15 to work at the Culloway paper mill, where he became a union representative and, later, the mill's first safety officer. He was first elected in 2011 for the Civic Alliance and held the seat at three elections, the last in 2019 by just 62 votes.
Colleagues of every party remembered him as a stubborn defender of the parade's small shops. He is survived by his wife, Maureen, two daughters and five grandchildren.
The funeral is at St Oswin's Church, Brellingford. Donations, if desired, to Brellingford Hospice.
"""),
], [
    Q("By how many votes did Nadia Quarrie win the Eastgate by-election?", "how_many",
      ["177"], [1],
      "beating the Civic Alliance candidate Colm Arkwright by 177 votes", [2, 3]),
    Q("What was the turnout in the 2023 Eastgate ward by-election in Brellingford?", "how_many",
      ["31.4%", "31.4"], [0], "Turnout: 31.4%", [2]),
], [
    "Brellingford Town Council meets on Tuesday to discuss the future of the Eastgate Parade post office.",
    "Colm Arkwright of the Civic Alliance is to chair a public meeting on parking in Brellingford.",
    "Nominations open next month for the Brellingford civic awards.",
])

topic("t04", "business", "tune", [
    D("answer", "wire", """
Fennick Freight chief executive quits; finance chief steps in
FENNICK POINT, 2 March 2021 (Coastline Wire) - Fennick Freight said on Tuesday that its chief executive, Marcus Oldroyd, had stepped down with immediate effect after eleven years in the job, and that finance director Rhona Tallis had been named interim chief executive while the board looks for a permanent successor.
The logistics group, which runs 340 lorries from depots in Fennick Point, Culloway and Tarnwick, gave no reason for Oldroyd's departure. Its shares fell 6% in early trading.
Chair Beatrix Lowe said the board expected to complete its search "within six months" and that Tallis would not be a candidate for the permanent role.
"""),
    D("answer", "press_release", """
Fennick Freight appoints Idris Vantongeren as Chief Executive Officer
Fennick Freight plc ("the Company") is pleased to announce the appointment of Idris Vantongeren as Chief Executive Officer with effect from 1 October 2021.
Idris joins from Skelby Logistics, where he has been chief operating officer since 2017. He succeeds Rhona Tallis, who has served as interim chief executive since March and who will return to her role as Finance Director.
Beatrix Lowe, Chair, said: "Idris was the unanimous choice of the board after a thorough search, and he knows our markets well."
Idris's remuneration comprises a base salary of £465,000 and participation in the Company's long-term incentive plan.
ENDS
Enquiries: Fennick Freight investor relations
"""),
    D("near_miss", "news", """
Fennick Freight names Marchetti deputy chair
Fennick Freight has appointed Sunita Marchetti as deputy chair and senior independent director from 1 June 2022.
Marchetti, a non-executive director of the haulage group since 2019, was previously finance director of an Ostry ports business. She replaces Alan Burroughs, who is retiring from the board after nine years.
Chair Beatrix Lowe said Marchetti's experience would be "invaluable" as the company expands its cold-storage operation at Culloway. The company also said it had appointed two new non-executive directors, whose names will be announced with its half-year results.
"""),
], [
    Q("Who was appointed permanent chief executive of Fennick Freight?", "who_appointed",
      ["Idris Vantongeren", "Vantongeren"], [1],
      "announce the appointment of Idris Vantongeren as Chief Executive Officer", [0, 2]),
    Q("On what date was Rhona Tallis named interim chief executive of Fennick Freight?", "when_date",
      ["2 March 2021"], [0],
      "FENNICK POINT, 2 March 2021 (Coastline Wire) - Fennick Freight said on Tuesday", [1]),
], [
    "Fennick Freight is recruiting HGV drivers at its Culloway and Tarnwick depots.",
    "Fennick Freight chair Beatrix Lowe is among the speakers at the regional logistics conference.",
])

topic("t05", "science", "tune", [
    D("answer", "news", """
Sallowgate team returns from Veyrin Ice Shelf with record core
A 14-member expedition organised by the Sallowgate Polar Trust has returned from the Veyrin Ice Shelf after eleven weeks on the ice, bringing back what the team says is the longest continuous ice core ever taken from the shelf.
The 2019 expedition was led by the glaciologist Dr Kofi Marwood-Lind, with the geophysicist Ida Strandquist as deputy leader. The team drilled to a depth of 412 metres at a camp they named Lantern Station.
"The core covers something like nine thousand years of snowfall," Marwood-Lind told a briefing in Sallowgate on Monday. "We lost four days to a storm in the last fortnight and still finished the programme."
Sections of the core will be stored in a freezer at the University of Sallowgate before analysis begins next year.
"""),
    D("near_miss", "encyclopedia", """
2017 Veyrin Ice Shelf expedition
The 2017 Veyrin Ice Shelf expedition was a scientific expedition to the Veyrin Ice Shelf organised by the Sallowgate Polar Trust. It was led by Dr Anouk Pellerin of the University of Sallowgate and comprised nine scientists and three support staff.
The expedition's main aim was to survey the shelf's grounding line with ground-penetrating radar. Bad weather confined the team to camp for 23 of its 61 days, and a planned drilling programme was abandoned.
The results were published in 2018. A second, larger expedition followed in 2019.
"""),
    D("near_miss", "press_release", """
Polar Trust confirms second Veyrin expedition
The Sallowgate Polar Trust has confirmed that it will return to the Veyrin Ice Shelf in the 2019 field season, with the aim of drilling a deep ice core near the shelf's northern margin.
Dr Anouk Pellerin, who led the Trust's 2017 expedition, is expected to lead the new team, which will number up to fourteen. The deputy leader and the rest of the team will be named in the spring.
The Trust is seeking sponsorship of £220,000 towards the cost of the expedition. Schools in Sallowgate and Kestleigh will be able to follow the team's progress through a weekly radio link.
"""),
], [
    Q("Who led the 2019 Veyrin Ice Shelf expedition?", "who_role",
      ["Kofi Marwood-Lind", "Marwood-Lind"], [0],
      "The 2019 expedition was led by the glaciologist Dr Kofi Marwood-Lind", [1, 2]),
    Q("Who was deputy leader of the 2017 Veyrin Ice Shelf expedition?", "who_role",
      nm=[1, 0],
      absent=["deputy leader of the 2017", "2017 expedition's deputy",
              "Pellerin's deputy"]),
], [
    "The Sallowgate Polar Trust gives a public lecture on ice cores at the university's Kell Hall.",
    "Dr Anouk Pellerin talks about fieldwork on the Veyrin Ice Shelf on this week's science podcast.",
])

topic("t06", "software", "tune", [
    D("answer", "blog", """
Quillby 4.1 released
Posted on 18 May 2022 by the Quillby team
We're happy to announce Quillby 4.1, the first feature release in the 4.x series. You can download it now from the usual places or update from inside the editor.
What's new:
- Split panes can now be dragged between windows.
- A new outline view for Markdown and reStructuredText files.
- Spell checking now supports 31 languages, up from 12.
- Startup is roughly 40% faster on large projects.
Thanks to the 58 people who contributed to this release. Users of 4.0 will get the update automatically; if you are still on 3.x, please read the migration notes before upgrading.
"""),
    D("near_miss", "news", """
Quillby 4.0 arrives with a rewritten rendering engine
The open-source text editor Quillby reached version 4.0 on 3 February 2022, two years after the previous major release.
The headline change is a new rendering engine, which the developers say makes scrolling through very large files smooth for the first time. Version 4.0 also introduces a second-generation plugin interface; older plugins will keep working for now but are deprecated.
Quillby is maintained by a group of volunteers and is used widely by technical writers. The project said a feature release would follow "in a few months".
"""),
    D("near_miss", "forum", """
Re: Quillby 5.0 release date?
> Does anyone know when 5.0 is coming out? The roadmap page hasn't changed in ages.
The 5.0 beta went out last week for testing (see the announcement on the developers' list). One of the maintainers said in the project chat that they are "aiming for the autumn" for a stable release, but nothing is promised and they have missed dates before.
If you want to try it, install the beta alongside 4.x rather than over it - it uses a new settings format.
posted by quarto_fan, 2 March 2023
"""),
], [
    Q("When was Quillby 4.1 released?", "when_date",
      ["18 May 2022"], [0], "Posted on 18 May 2022 by the Quillby team", [1, 2]),
    Q("When was Quillby 5.0 released?", "when_date",
      nm=[2, 0],
      absent=["Quillby 5.0 released", "Quillby 5.0 is now available",
              "released Quillby 5.0", "announce Quillby 5.0"]),
], [
    "The Quillby text editor project is holding an online contributors' sprint this weekend.",
    "A beginners' workshop on the Quillby editor runs at Kestleigh library.",
])

topic("t07", "transport", "tune", [
    D("answer", "news", """
Trams return to Tarnwick after 62 years
TARNWICK, 21 September 2024 - Passenger trams ran through Tarnwick today for the first time since 1962, as the first section of the Tarnwick Tramway opened to the public.
The 7.8 km line runs from Tarnwick railway station through the town centre to the Kilnworth park-and-ride, with eleven stops. The first public service left the station at 6.02am carrying about 150 passengers, many of whom had queued since before dawn.
The line cost £286 million and was built by the Ridgeway-Lund consortium. An extension to the Oskam Bay harbour front is planned, subject to funding.
"It has been a long road," said the council leader, Priscilla Arun. "Today it feels worth it."
"""),
    D("near_miss", "notice", """
Tarnwick Tramway: project update (March 2024)
Test running between the depot and Kilnworth began on 4 March 2024. Trams will run without passengers for at least twelve weeks while drivers are trained and signals are tested.
The opening, originally planned for December 2023, is now expected in the summer. We apologise for the delay, which was caused mainly by the late delivery of the overhead line equipment.
Road closures on Mill Street and Bridge End have now ended. Please take care near the tracks: trams are quiet.
"""),
    D("near_miss", "notice", """
Oskam Bay extension: have your say
Tarnwick Borough Council is consulting on plans to extend the Tarnwick Tramway from the town centre to the Oskam Bay harbour front, a distance of about 3.1 km.
The consultation closes on 30 January 2025. If funding is approved, construction could begin in 2026, with the extension opening no earlier than 2028.
Drop-in sessions will be held at Oskam Bay library and the harbour office. You can also respond online or by post.
"""),
], [
    Q("When did the Tarnwick Tramway open to passengers?", "when_date",
      ["21 September 2024"], [0],
      "TARNWICK, 21 September 2024 - Passenger trams ran through Tarnwick today", [1, 2]),
    Q("When did the Tarnwick Tramway extension to Oskam Bay harbour open?", "when_date",
      nm=[2, 0],
      absent=["extension opened", "harbour extension opened",
              "extension is now open"]),
], [
    "Tarnwick Tramway fares are being reviewed by the borough's transport committee.",
    "The consultation on taking trams to the Oskam Bay harbour front has drawn more than 2,000 responses.",
])

topic("t08", "courts", "tune", [
    D("answer", "news", """
Quarry firm's pollution fine cut on appeal
Dunmarrow Quarries Ltd has had a fine for polluting the River Ettle reduced from £84,000 to £52,500 on appeal.
At Pellastow Crown Court on Friday, Judge Miriam Achterberg said the magistrates had been wrong to treat the company's previous clean record as irrelevant, and had given too little weight to the speed with which it reported the incident.
The company admitted allowing silt-laden water to escape from a settling lagoon at its Hobb's Rake site in February 2022, killing an estimated 3,000 fish along two miles of the river.
The order to pay £11,200 in prosecution costs was not changed.
"""),
    D("near_miss", "news", """
Quarry company fined £84,000 over fish deaths
Dunmarrow Quarries Ltd was fined £84,000 and ordered to pay £11,200 costs by Pellastow magistrates after silt from its Hobb's Rake site polluted the River Ettle.
Prosecuting for the Rivers Authority, Declan Moss said trout and grayling had been found dead over a two-mile stretch below the quarry. The company pleaded guilty.
Its managing director, Jeremy Stott, said afterwards that the firm would appeal against the size of the fine, which he described as "out of all proportion" to the harm caused.
"""),
    D("near_miss", "news", """
Aggregates firm to pay £31,000 after Brack Water spill
Culloway Aggregates has been ordered to pay £31,000 in fines and costs after a diesel spill from a pump at its Long Stanton pit reached the Brack Water.
Pellastow magistrates heard that about 600 litres escaped over a weekend when the site was unmanned. The company, which pleaded guilty, has since installed bunding and an alarm.
The Rivers Authority said the spill had been contained within two days and no fish deaths were recorded.
"""),
], [
    Q("How much was Dunmarrow Quarries fined after its appeal?", "qualifier",
      ["£52,500", "52,500"], [0],
      "reduced from £84,000 to £52,500 on appeal", [1]),
    Q("Which river did Dunmarrow Quarries pollute?", "which_what",
      ["River Ettle"], [0, 1], "polluting the River Ettle", [2]),
], [
    "Pellastow Crown Court's autumn sitting includes two environmental cases.",
    "Anglers are reporting better catches below Hobb's Rake this season.",
])

topic("t09", "weather", "tune", [
    D("answer", "report", """
Storm Hesper: summary of impacts, 4-5 November 2023
Storm Hesper crossed the region overnight on 4-5 November 2023. The highest gust recorded was 97 mph at Fennick Point lighthouse at 02:40 on 5 November, the strongest gust at that station since records began there in 1979.
Inland, gusts of 60-70 mph were widespread. Rainfall totals reached 68 mm at Culloway, where the Brack Water rose close to the top of the flood defences but did not overtop them.
Around 41,000 homes lost power at the peak of the storm. Most supplies were restored within 24 hours. The ferry service between Oskam Bay and Lindqvar was suspended for two days.
"""),
    D("near_miss", "news", """
Amber warning as Storm Hesper approaches
Forecasters have issued an amber wind warning for coastal districts as Storm Hesper moves in from the Atlantic on Saturday night.
Gusts of up to 80 mph are possible on exposed coasts and headlands, with 50-60 mph inland, said duty forecaster Pia Lindgren. "Travel disruption is likely and there is a small chance of damage to buildings," she said.
Ferry operators have warned of cancellations, and organisers of Sunday's bonfire events in Culloway and Veldham are reviewing their plans.
Published Friday 3 November
"""),
    D("near_miss", "blog", """
Looking back: Storm Garrow, two years on
It is two years since Storm Garrow, and the people of Culloway have not forgotten it. On the night of 18 January 2021 the Brack Water burst its banks below the old tannery and 120 homes were flooded, some to a depth of more than a metre.
The rain was the thing. The gauge at Marrowdene recorded 91 mm in 24 hours, on ground that was already saturated after a wet December. Roads into the town were cut for three days.
Since then the flood group has raised money for door barriers and the council has finally started work on a new embankment. Whether it will be enough is another question.
"""),
], [
    Q("What was the strongest gust recorded during Storm Hesper?", "qualifier",
      ["97 mph"], [0],
      "The highest gust recorded was 97 mph at Fennick Point lighthouse", [1]),
    Q("What was the highest wind gust recorded during Storm Garrow?", "how_many",
      nm=[2, 0],
      absent=["Garrow's strongest gust", "gust during Storm Garrow",
              "Storm Garrow brought gusts", "Garrow gust"]),
], [
    "Volunteers are still clearing fallen trees from the coastal path damaged in Storm Hesper.",
    "The Culloway flood group marks the anniversary of Storm Garrow with a public meeting.",
])

topic("t10", "festival", "tune", [
    D("answer", "listing", """
Amberhythe Folk Festival 2023 - line-up
Friday 28 July: The Wicken Brothers (main stage headliner), Fen & Farrow, Lucy Abernethy-Shaw
Saturday 29 July: Ottilie Marsh & the Tidewater Band (headliner), Kestrel Lane, the Culloway Clog Morris, Dougie Penwarden
Sunday 30 July: Big Sing with Harbour Voices; closing set by Jem Rookwood
Workshops all weekend in the Mechanics' Institute: fiddle, melodeon, ballad singing and step dance.
Tickets: weekend £95, day £40, under-16s free with a paying adult. Camping on the cricket field opens at noon on Friday.
"""),
    D("near_miss", "review", """
Review: Amberhythe Folk Festival 2022
Three days of sunshine, a lot of melodeon and not a single queue for the toilets: Amberhythe got a great deal right this year.
Friday's headliners The Wicken Brothers were as reliable as ever, but Saturday belonged to the Brannock Sisters, whose closing set on the main stage ran twenty minutes over and nobody minded. Kestrel Lane, on earlier in the afternoon, were the find of the weekend for me.
Sunday's Big Sing in the marquee was chaotic and lovely. If there was a weak spot it was the food, which was expensive and ran out early on Saturday.
Rating: four stars
"""),
    D("near_miss", "news", """
First acts announced for Amberhythe Folk Festival 2024
The Amberhythe Folk Festival has announced the first names for next summer, with Kestrel Lane promoted to a headline slot and a return for the Culloway Clog Morris.
More acts, including the Saturday night headliner, will be announced in the new year, the organisers said. Early-bird weekend tickets are on sale until 31 December.
"""),
], [
    Q("Who was the Saturday headliner at the 2023 Amberhythe Folk Festival?", "qualifier",
      ["Ottilie Marsh & the Tidewater Band", "Ottilie Marsh"], [0],
      "Saturday 29 July: Ottilie Marsh & the Tidewater Band (headliner)", [1, 2]),
    Q("Who headlined the Saturday night of the Amberhythe Folk Festival in 2021?", "who_role",
      nm=[1, 0],
      absent=["Amberhythe Folk Festival 2021", "2021 Amberhythe",
              "2021 festival"]),
], [
    "Weekend tickets for the Amberhythe Folk Festival go on sale on the first of the month.",
    "The Wicken Brothers play a warm-up gig at the Amberhythe Mechanics' Institute.",
])

topic("t11", "education", "tune", [
    D("answer", "newsletter", """
New headteacher for Halvercombe Academy
Halvercombe Academy newsletter, March 2022
The governors are pleased to announce that they have appointed Rosalind Okwuosa as headteacher from September 2022. Mrs Okwuosa is currently deputy headteacher at Veldham High School, where she has led the sixth form for five years.
She replaces Graham Pettifer, who retires at the end of the summer term after fourteen years as head. Mr Pettifer will be on leave for part of the summer term, and our deputy head, Lewis Marchbank, will be acting headteacher during that time.
Parents will have the chance to meet Mrs Okwuosa at the summer fair on 2 July.
"""),
    D("near_miss", "news", """
Acting head named at Halvercombe St Anne's Primary
Petra Voskuijlen has been named acting headteacher of Halvercombe St Anne's Primary School following the resignation of the previous head in December.
Ms Voskuijlen, who has been deputy head at the school since 2018, will lead it until a permanent appointment is made. The governing body said it would advertise the post in the spring.
Parents were told of the change in a letter on Monday. The school, which has 210 pupils, was rated good at its last inspection.
"""),
    D("near_miss", "news", """
Pettifer bows out after 14 years at Halvercombe Academy
Graham Pettifer has led his last assembly at Halvercombe Academy. The headteacher, who took over in 2008 when the school was in special measures, retires this week.
Under his leadership the school became an academy, opened a sixth form and doubled the number of pupils going on to university. Colleagues presented him with a bench for the school garden.
"I have had the best job in Halvercombe," he said. His successor takes up the post in September.
"""),
], [
    Q("Who was appointed headteacher of Halvercombe Academy in 2022?", "who_appointed",
      ["Rosalind Okwuosa", "Okwuosa"], [0],
      "they have appointed Rosalind Okwuosa as headteacher", [1, 2]),
    Q("Who has been appointed permanent headteacher of Halvercombe St Anne's Primary?", "qualifier",
      nm=[1],
      absent=["permanent headteacher of St Anne's", "St Anne's has appointed",
              "substantive head"]),
], [
    "Halvercombe Academy opens its new sports hall to community groups in the evenings.",
    "Former Halvercombe Academy head Graham Pettifer is to open the Halvercombe book fair.",
])

topic("t12", "agriculture", "tune", [
    D("answer", "news", """
Hereford bull takes top honour at Veldham
VELDHAM, 16 June 2018 - A two-year-old Hereford bull, Cressbrook Admiral, was named supreme champion at the Veldham County Show yesterday, the first time a Hereford has taken the title in more than twenty years.
He was bred and shown by Aled and Bronwen Rowntree of Cressbrook Farm near Ostry, who have been showing cattle at Veldham since the 1980s. The judge, Duncan Aird, said the bull was "as near to correct as you will see".
Reserve supreme champion was the Charolais heifer Lindhurst Pearl, from the Quaile family of Wendlecross.
Organisers said 21,300 people came through the gates despite temperatures above 28C, and the heavy horses drew the biggest crowds of the day.
"""),
    D("near_miss", "results", """
Veldham County Show 2017 - cattle section results
Supreme champion: Marsh End Duchess, Simmental cow, exhibited by J. and K. Threlfall, Pellastow.
Reserve supreme champion: Hollin Bank Victor, Limousin bull, exhibited by R. Garside and Sons.
Interbreed pairs: 1st Threlfall; 2nd Rowntree; 3rd Quaile.
Young handlers (under 16): 1st Ellie Threlfall; 2nd Morgan Pike.
Native breeds champion: Cressbrook Lady Jane, Hereford cow, exhibited by A. and B. Rowntree.
Full results for sheep, pigs and goats are available from the show office.
"""),
    D("near_miss", "faq", """
Veldham County Show - visitor FAQ
When is the show? The show is held on the third Saturday of June at the showground on the Ostry road.
Can I bring my dog? Dogs on leads are welcome, except in the livestock lines and the food hall.
Is there parking? Free parking is available in the fields next to the showground. Please follow the stewards.
Where can I find the results? Class results are posted on the board by the secretary's tent during the day and published on our website the following week.
"""),
], [
    Q("Which animal was named supreme champion at the 2018 Veldham County Show?", "dateline",
      ["Cressbrook Admiral"], [0],
      "Cressbrook Admiral, was named supreme champion at the Veldham County Show", [1]),
    Q("What was the supreme champion at the Veldham County Show in 2016?", "which_what",
      nm=[1, 0],
      absent=["Veldham County Show 2016", "2016 Veldham", "2016 show"]),
], [
    "Schedules for the Veldham County Show cattle and sheep classes are now available from the show office.",
    "The Quaile family of Wendlecross are opening their farm for a Sunday open day.",
])

topic("t13", "food", "tune", [
    D("answer", "press_release", """
Sallowgate butcher's pork pie is Supreme Champion
PELLASTOW, 8 March 2023 - A hand-raised pork pie from Hollins & Daughter, a family butcher in Sallowgate, has been named Supreme Champion at this year's Pellastow Pie Awards.
In all, 1,947 pies were entered this year, judged over a single day in the Pellastow Corn Hall by a panel of 120 bakers, chefs and enthusiastic amateurs.
Class winners included:
- Junior Pie Maker of the Year (under-16s): Kit Amberley, 14, of Quenby Ford, for a cheese, leek and potato pie
- Steak and ale: Brackley's Pantry, Marrowdene
- Vegan: The Green Crust, Kestleigh
- Professional chef: Anton Fairweather, Lindqvar
The awards raise money for the Pellastow food bank.
"""),
    D("near_miss", "news", """
Record entry for Pellastow Pie Awards
There were a record 1,612 entries for the Pellastow Pie Awards this year, up from just under 1,400 last year.
The Supreme Champion title went to Brackley's Pantry of Marrowdene for a steak and ale pie that one judge described as "the pie I will be thinking about at Christmas". The junior title went to Aoife Grennan, 15, of Brellingford, for a chicken and tarragon pie.
The awards were held in the Pellastow Corn Hall on 9 March 2022.
"""),
], [
    Q("Who won the junior category at the 2023 Pellastow Pie Awards?", "qualifier",
      ["Kit Amberley", "Amberley"], [0],
      "Junior Pie Maker of the Year (under-16s): Kit Amberley", [1]),
], [
    "Entries for the Pellastow Pie Awards close at the end of January.",
    "The Pellastow Pie Awards is recruiting members of its tasting panel.",
])

topic("t14", "heritage", "tune", [
    D("answer", "encyclopedia", """
Culloway Corn Exchange
The Culloway Corn Exchange is a former commercial building on Market Square in Culloway. It was designed by the architect Josiah Merriden in an Italianate style and opened on 3 October 1868, replacing an open-sided market shed.
The grain trade declined in the early twentieth century, and from 1921 to 1974 the building was used as a cinema, the Regal. It then stood empty for many years.
The Culloway Corn Exchange Trust bought the building in 2004 and, after a restoration funded largely by public appeal, reopened it in 2009 as an arts centre with a 280-seat hall. Its clock tower, which had been stopped since the 1960s, was restarted at the reopening.
"""),
    D("near_miss", "listing", """
Culloway Town Hall - listed building entry
Grade: II
Date first listed: 14 May 1971
Town hall, 1889-91, by Ambrose Teague of Halvercombe. Red brick with sandstone dressings, slate roof. Two storeys with a central entrance bay under a shaped gable.
Interior: council chamber with original panelling and public gallery; main stair with cast-iron balusters.
The adjoining Corn Exchange on Market Square is not included in this entry.
"""),
    D("near_miss", "blog", """
Heritage open days in Culloway: our pick
If you only have one afternoon, start on Market Square. The Corn Exchange is running tours up its clock tower every half hour (book at the box office, it fills up fast), and next door the Town Hall is opening its council chamber and the mayor's parlour.
The Civic Society's guided walk leaves the war memorial at 2pm and takes in the old tannery, the mill leat and the terraces on Cooper's Hill. Wear sensible shoes.
Cafe tip: the Regal Rooms in the Corn Exchange foyer does a very good scone.
"""),
], [
    Q("Who designed the Culloway Corn Exchange?", "who_designed",
      ["Josiah Merriden", "Merriden"], [0],
      "It was designed by the architect Josiah Merriden", [1, 2]),
    Q("When was the Culloway Corn Exchange given listed status?", "when_date",
      nm=[1, 0],
      absent=["Corn Exchange was listed", "Corn Exchange - listed building entry",
              "listing of the Corn Exchange"]),
], [
    "Tours of the Culloway Corn Exchange clock tower run on the first Saturday of each month.",
    "The Culloway Civic Society's talk on the architect Ambrose Teague is sold out.",
])

topic("t15", "music", "tune", [
    D("answer", "encyclopedia", """
MV Marigold Reach
MV Marigold Reach was a coastal cargo ship built by Ostry Marine Works for the Lindqvar Steam Packet Company. She was launched on 22 June 1961 and entered service the following spring on the Lindqvar to Oskam Bay cargo run, carrying coal outward and timber and grain on the return.
With a gross tonnage of 1,140, she was the largest ship the yard had built at the time. She was sold in 1984 to an overseas owner and renamed Santa Irene, and was broken up in 1997.
A model of the ship is displayed at the Lindqvar maritime museum.
"""),
    D("near_miss", "encyclopedia", """
Marigold Reach (band)
Marigold Reach are an indie-folk band from Oskam Bay, formed in 2014 by the singer Callum Ferreira-Holt and the guitarist Esme Tregarthen. The band is named after a cargo ship on which Ferreira-Holt's grandfather served as an engineer.
Their debut album, Harbour Lights, was released in 2016 on the small Driftwood label. Their second album, Copperline (2019), was produced by Vesna Holloway and recorded in a converted chapel in Roskeel; it reached the independent chart and brought the band a national tour.
The band have been on hiatus since 2022.
"""),
    D("near_miss", "review", """
Live review: Marigold Reach, Harbour Institute, Oskam Bay
A homecoming show, and it felt like one. Marigold Reach played most of Copperline and a handful of older songs from Harbour Lights, which Callum Ferreira-Holt introduced as "the ones we wrote when we still had day jobs".
The sound was muddy for the first three songs and the new material was uneven, but the closing run of Tideline, Salt Road and Lanterns was as good as anything I have heard in the room. Four stars.
"""),
], [
    Q("Which shipyard built the Marigold Reach?", "which_what",
      ["Ostry Marine Works"], [0], "built by Ostry Marine Works", [1]),
    Q("Who produced the debut album by the band Marigold Reach?", "who_role",
      nm=[1, 2],
      absent=["Harbour Lights was produced", "produced Harbour Lights",
              "producer of Harbour Lights", "produced their debut"]),
], [
    "Oskam Bay band Marigold Reach are the subject of a short documentary on community radio.",
    "The Lindqvar maritime museum has a new display on the coastal cargo trade of the 1960s.",
])

topic("t16", "film_games", "tune", [
    D("answer", "encyclopedia", """
Glass Orchard (video game)
Glass Orchard is a 2019 puzzle-adventure video game developed by Pinfeather Games and published by Lowbridge Interactive. The player guides a young glassblower through an abandoned orchard whose trees are made of coloured glass, solving light-based puzzles to restore the seasons.
The game was designed by Yumi Caldera-Ness, who had previously worked as a level designer on several mobile titles. Its music was composed by Anders Kvale.
Glass Orchard received positive reviews for its art direction and was nominated for two industry awards. It shares its title with, but is unrelated to, the 2016 film.
"""),
    D("near_miss", "review", """
Review: Glass Orchard
Teodor Rask's Glass Orchard (2016) is a slow, beautiful and occasionally maddening film about two sisters who inherit a failing apple farm on the edge of Kestleigh.
Rask, who also wrote the script, lets scenes run long, and the cinematographer Ilona Vaszary makes the most of the orchard in every season. Marta Lindqvist and Celine Abara are both excellent as the sisters, though the film's third act, which turns on a land dispute, never quite convinces.
It is not for everyone. But it stays with you. Three and a half stars.
"""),
    D("near_miss", "news", """
Glass Orchard returns to cinemas in restored version
Teodor Rask's 2016 drama Glass Orchard is to be re-released in a new restoration supervised by the director, its distributor has announced.
The film, shot on location near Kestleigh, won the best first feature award at the Kestleigh Film Festival. The restored version will open at selected cinemas next month, followed by a home-video release with a new commentary by Rask.
"""),
], [
    Q("Who designed the video game Glass Orchard?", "who_designed",
      ["Yumi Caldera-Ness", "Caldera-Ness"], [0],
      "The game was designed by Yumi Caldera-Ness", [1, 2]),
    Q("Who composed the score for the film Glass Orchard?", "who_role",
      nm=[1, 2, 0],
      absent=["score for the film", "film's score", "composed the film",
              "film's music"]),
], [
    "Teodor Rask introduces a screening of his early short films at the Kestleigh Picturehouse.",
    "Pinfeather Games is hiring two junior programmers for its Roskeel studio.",
])

topic("t17", "shipping", "tune", [
    D("answer", "news", """
New ferry enters service on Lindqvar route
The Norrhaven Line's new ferry, MV Skerrow Lass, made her first passenger crossing from Oskam Bay to Lindqvar on Monday, replacing the 38-year-old MV Tamsin Gray.
The Skerrow Lass can carry 398 passengers and 64 cars, about a third more than her predecessor, and has a hybrid diesel-electric propulsion system that the company says will cut fuel use by a quarter.
The crossing takes just under two hours. In winter Norrhaven Line will run four return sailings a day, rising to six in summer.
"""),
    D("answer", "news", """
Norrhaven Line orders second new ship
Norrhaven Line, which runs the ferry service between Oskam Bay and Lindqvar, has ordered a second new vessel, to be named Skerrow Maid.
The ship will be a larger, stretched version of the Skerrow Lass design and is due for delivery in 2027. The company has not yet published a passenger or vehicle capacity.
Chief executive Helga Brandvold said the order would allow the company to retire its last older ship and add extra summer sailings.
"""),
    D("near_miss", "timetable", """
Oskam Bay to Roskeel ferry: winter timetable
The Oskam Bay to Roskeel ferry is operated by Kettle Isles Ferries. From November to March there are three return sailings on weekdays and two at weekends.
Depart Oskam Bay: 07:30, 12:15, 17:00. Depart Roskeel: 09:10, 14:00, 18:45.
Foot passengers should arrive 20 minutes before departure; vehicles 40 minutes. Sailings may be cancelled at short notice in bad weather.
"""),
], [
    Q("Which company operates the ferry between Oskam Bay and Lindqvar?", "which_what",
      ["Norrhaven Line", "Norrhaven"], [0, 1],
      "Norrhaven Line, which runs the ferry service between Oskam Bay and Lindqvar", [2]),
    Q("How many passengers will the Skerrow Maid be able to carry?", "how_many",
      nm=[1, 0],
      absent=["Skerrow Maid will carry", "Skerrow Maid can carry",
              "Skerrow Maid will be able to carry"]),
], [
    "Ferry passengers between Oskam Bay and Lindqvar face disruption while the linkspan is repaired.",
    "The old ferry MV Tamsin Gray has been sold for further service abroad.",
])

topic("t18", "health", "tune", [
    D("answer", "press_release", """
New emergency department opens at Kestleigh General
Kestleigh and District Hospitals Trust - news
The new emergency department at Kestleigh General Hospital opened to patients at 8am on 12 February 2025.
The £61 million building has 48 treatment bays, twice as many as the old department, a separate children's emergency area and a dedicated entrance for ambulances. The old department, built in 1974, will be demolished to make room for a multi-storey car park.
The first patient, a cyclist with a broken wrist, was seen within 20 minutes. Chief executive Oluwaseun Hardcastle thanked staff who had worked through the night to move equipment.
"""),
    D("near_miss", "news", """
Green light for new Kestleigh emergency department
Plans for a new emergency department at Kestleigh General Hospital have been approved by the borough's planning committee.
The building is estimated to cost £48 million and is due to open in 2024, the hospital trust said. It will replace the existing department, which staff say is too small for the number of patients it now sees.
Work is expected to start in the autumn, once the staff car park has been moved.
"""),
    D("near_miss", "faq", """
Roskeel Minor Injuries Unit - frequently asked questions
What can the unit treat? Sprains, minor fractures, cuts, minor burns and eye problems. For chest pain, breathing difficulties or serious injuries, call an ambulance or go to the emergency department at Kestleigh General Hospital.
When is it open? 8am to 8pm, seven days a week.
Do I need an appointment? No, but you can book a time slot online to reduce your wait.
Is there parking? Yes, free for the first two hours.
The unit reopened in 2023 after a £4.2 million refurbishment.
"""),
], [
    Q("When did Kestleigh General's new A&E open?", "casual_form",
      ["12 February 2025"], [0],
      "opened to patients at 8am on 12 February 2025", [1]),
    Q("How much did the new emergency department at Kestleigh General Hospital cost?", "how_many",
      ["£61 million", "61 million"], [0], "The £61 million building", [1, 2]),
], [
    "Kestleigh and District Hospitals Trust holds its annual members' meeting in the Kestleigh General education centre.",
    "Roskeel Minor Injuries Unit changes its weekend opening hours from next month.",
])

topic("t19", "club", "tune", [
    D("answer", "newsletter", """
Wendlecross Chess Club - 2022 club championship report
The 2022 club championship ended on Tuesday night with Imogen Szabo-Reilly taking the title on tie-break from Desmond Oakes-Whitby, after both finished on 5.5 points from seven rounds. She is the first woman to win the club title since 1994.
The decisive game was Szabo-Reilly's win over last year's champion in round six, a long rook ending that finished after eleven o'clock.
The junior championship, delayed by the hall refurbishment, will now be played over the February half-term. Rapidplay results and the grading list will be in next month's newsletter.
Subs for the new season are due by the end of the month.
"""),
    D("near_miss", "newsletter", """
Wendlecross Chess Club - 2021 season round-up
What a year to restart over-the-board chess. Desmond Oakes-Whitby won the club championship with 6 points from 7, a full point clear of the field, and the junior championship went to Rafferty Quill, 13, who beat two adults in the open rapidplay as well.
Our first team finished third in Division Two of the county league. Thanks to everyone who helped set up and put away the boards in the Wendlecross Institute each week.
"""),
], [
    Q("Who won the Wendlecross Chess Club championship in 2022?", "who_won",
      ["Imogen Szabo-Reilly", "Szabo-Reilly"], [0],
      "Imogen Szabo-Reilly taking the title on tie-break", [1]),
    Q("Who was Wendlecross Chess Club's junior champion in 2022?", "qualifier",
      nm=[0, 1],
      absent=["2022 junior champion", "junior championship was won",
              "junior title in 2022"]),
], [
    "Wendlecross Chess Club meets on Tuesday evenings at the Wendlecross Institute; beginners are welcome.",
    "Desmond Oakes-Whitby gives a simultaneous display at the Wendlecross summer fair.",
])

topic("t20", "business", "tune", [
    D("answer", "wire", """
Ettrin Foods profit rises on ready-meal demand
ETTRIN, 26 February 2024 - Ettrin Foods reported a pre-tax profit of £23.9 million for the year to 31 December 2023, up 14% from £21.0 million a year earlier, on revenue of £318.6 million.
The chilled-food maker, which employs 2,300 people at sites in Ettrin and Marrowdene, said demand for its ready meals had held up despite higher prices. Analysts had forecast profit of about £25 million, and the shares fell 3% in morning trading.
Chief executive Lorcan Abbott said the company would open a new production line in Marrowdene in the summer. A final dividend of 4.2p a share was proposed.
Correction: An earlier version of this article gave revenue as £381.6 million. The correct figure is £318.6 million.
"""),
    D("near_miss", "news", """
Ettrin Foods half-year profit up 9%
Ettrin Foods said pre-tax profit for the six months to 30 June 2023 rose 9% to £10.8 million, on revenue of £152.2 million.
The company said it expected full-year results to be in line with market expectations, which analysts put at around £25 million of profit. Energy costs at its Ettrin site had fallen, but wages and packaging were more expensive.
"""),
    D("near_miss", "news", """
Ettrin Foods: 2022 results in brief
Revenue: £287.4 million. Pre-tax profit: £21.0 million, up 6%. Employees: 2,150.
The company opened a new cold store in Marrowdene during the year and ended its contract with a discount supermarket chain. The board proposed a final dividend of 3.8p a share.
"""),
], [
    Q("What was Ettrin Foods' revenue in 2023?", "how_many",
      ["£318.6 million", "318.6 million"], [0], "on revenue of £318.6 million", [1, 2]),
], [
    "Ettrin Foods is expanding its Marrowdene site, creating 120 jobs.",
    "Ettrin Foods' annual general meeting is at the Ettrin Corn Hall in May.",
])

topic("t21", "sport", "tune", [
    D("answer", "results", """
Sallowgate Regatta 2022: Sunday's finals
Racing finished in bright sunshine on Sunday after a breezy first day.
In the final of the Pellow Sculls, Jonas Trevithick of Culloway Rowing Club beat the Lindqvar sculler Matteo Brightling-Rowe by a length and a half, having led from the first stroke.
Aster Cup (women's senior sculls) final: Lydia Monk-Haraldsen (Ostry) beat Bryony Castell (Sallowgate) by two lengths.
Town Fours final: Kestleigh beat Tarnwick, easily.
Junior sculls (J16) final: Harry Odum (Sallowgate) beat Finn Kearey (Culloway) by a canvas.
The regatta committee thanked umpires, launch drivers and the Sallowgate Sea Scouts.
"""),
    D("near_miss", "news", """
Brightling-Rowe knocks out holder in Pellow semi-final
Saturday at the Sallowgate Regatta brought the shock of the weekend, as the Lindqvar sculler Matteo Brightling-Rowe beat the holder, Felix Ambrose, by three lengths in the first semi-final of the Pellow Sculls.
Ambrose, who won the event last year, said he had been unwell all week. In the second semi-final Jonas Trevithick beat Oskar Lindahl by a length.
The final is on Sunday afternoon.
"""),
], [
    Q("Who won the Pellow Sculls final at the Sallowgate Regata in 2022?", "casual_form",
      ["Jonas Trevithick", "Trevithick"], [0],
      "Jonas Trevithick of Culloway Rowing Club beat the Lindqvar sculler Matteo Brightling-Rowe", [1]),
], [
    "Sallowgate Regatta needs umpires and launch drivers for this summer's racing.",
    "Culloway Rowing Club's learn-to-row course starts in April.",
])

topic("t22", "science", "tune", [
    D("answer", "press_release", """
New moth species named after Tarnwick
A small brown moth collected on the heath above Tarnwick has been confirmed as a species new to science.
Orvella tarnensis was formally described in 2021 by Dr Marit Oyelowo of the Halvercombe Natural History Museum, after specimens collected by a volunteer recorder were found not to match any known species. It has a wingspan of about 14 mm and flies at dusk in late June.
The holotype is held in the museum's collection. "It is a reminder that there is still a lot to find on our own doorstep," Dr Oyelowo said.
"""),
    D("near_miss", "encyclopedia", """
Orvella (moth)
Orvella is a genus of small moths in the family Tortricidae. The first species to be described, Orvella costina, was described by Hugo Bakker-Lyle in 1998 from specimens collected on coastal grassland near Ostry.
Members of the genus are dull brown with a pale band across the forewing and are difficult to separate without examining the genitalia. The larvae are thought to feed on heather and other low shrubs.
Several further species have since been described.
"""),
], [
    Q("Who described the moth Orvella tarnensis?", "who_role",
      ["Marit Oyelowo", "Oyelowo"], [0],
      "formally described in 2021 by Dr Marit Oyelowo", [1]),
], [
    "The Halvercombe Natural History Museum runs a moth-trapping night on the heath above Tarnwick.",
    "The museum's insect collection is closed for cataloguing until spring.",
])


# ---------------------------------------------------------------------------
# Hand-written topics: heldout half (t23-t45)
# ---------------------------------------------------------------------------

topic("t23", "sport", "heldout", [
    D("answer", "news", """
Tarnwick women lift Kelderwick Trophy at last
Tarnwick Hockey Club won the women's Kelderwick Trophy for the first time on Sunday, beating the holders Veldham Wanderers 3-1 in the final at Marrowdene Sports Park.
Freya Munro-Adeyemi scored twice in the first half and Carys Pettit added a third from a penalty corner before Veldham pulled one back in the last minute.
In the men's final earlier in the day, Brellingford HC beat Culloway 4-2 on penalties after a 2-2 draw.
The 2023 finals were watched by a crowd of about 1,100, a record for the competition, which is open to clubs from six counties.
"""),
    D("near_miss", "news", """
Veldham Wanderers retain women's Kelderwick Trophy
Veldham Wanderers kept hold of the women's Kelderwick Trophy with a 2-0 win over Tarnwick in Sunday's final at Marrowdene Sports Park.
In the men's competition, Culloway beat Halvercombe 4-1 to take the title for the third time in five years.
Wanderers captain Sian Blackett said the 2022 win meant more than last year's because "everyone expected us to do it this time".
"""),
    D("near_miss", "news", """
Kelderwick Trophy: quarter-final draw made
Posted 2 March 2024
The draw for the quarter-finals of this season's Kelderwick Trophy has been made, with last year's men's finalists Brellingford HC and Culloway kept apart.
Men: Brellingford HC v Pellastow; Culloway v Halvercombe; Kestleigh v Ostry; Sallowgate v Veldham.
Women: Tarnwick v Roskeel; Veldham Wanderers v Culloway; Oskam Bay v Kestleigh; Brellingford v Pellastow.
Ties are to be played by 24 March. Finals day will again be at Marrowdene Sports Park.
"""),
], [
    Q("Which club won the women's Kelderwick Trophy in 2023?", "qualifier",
      ["Tarnwick Hockey Club"], [0],
      "Tarnwick Hockey Club won the women's Kelderwick Trophy", [1, 2]),
    Q("Which club won the men's Kelderwick Trophy in 2024?", "which_what",
      nm=[2, 0],
      absent=["Kelderwick Trophy 2024", "2024 Kelderwick", "2024 men's final"]),
], [
    "The Kelderwick Trophy finals return to Marrowdene Sports Park in May.",
    "Veldham Wanderers are looking for a new women's first-team coach.",
])

topic("t24", "arts", "heldout", [
    D("answer", "news", """
'The Listener' unveiled on Oskam Bay harbour wall
A nine-metre steel figure of a woman holding a shell to her ear was unveiled on the harbour wall at Oskam Bay on Saturday.
The Listener was designed by the sculptor Aurelio Banfield and made at a fabrication workshop in Ostry from weathering steel, which will rust to a deep brown. It was commissioned by the Oskam Bay Harbour Trust at a cost of £180,000, most of it raised from grants.
"She is listening to the sea, and to the town," Banfield said at the unveiling, which drew several hundred people despite the drizzle.
"""),
    D("near_miss", "news", """
Three artists shortlisted for harbour artwork
The Oskam Bay Harbour Trust has shortlisted three artists for its commission for a landmark sculpture on the harbour wall: Aurelio Banfield, Kemi Adeyinka-Rowe and the collective Northlight.
Models of the three proposals are on display in the harbour office until the end of the month, and residents are invited to comment. Adeyinka-Rowe's Tide Clock has been the most popular in an online poll.
The trust's board will make the final choice in the autumn.
"""),
    D("near_miss", "encyclopedia", """
The Watcher (Fennick Point)
The Watcher is a sculpture on the cliffs at Fennick Point, completed in 2011. The cast-bronze figure of a coastguard looking out to sea was designed by Ilse Marwick and commemorates the lifeboat crews of the headland.
It stands 4 metres high on a granite plinth and was paid for by public subscription.
"""),
], [
    Q("Who designed The Listener sculpture at Oskam Bay?", "who_designed",
      ["Aurelio Banfield", "Banfield"], [0],
      "The Listener was designed by the sculptor Aurelio Banfield", [1, 2]),
], [
    "The Oskam Bay Harbour Trust is running guided walks along the harbour wall.",
    "Fennick Point's clifftop sculpture The Watcher is being cleaned and repaired.",
])

topic("t25", "elections", "heldout", [
    D("answer", "wire", """
Okonjo-Hale elected Dunmarrow mayor
DUNMARROW, 8 May 2021 (Coastline Wire) - Tessa Okonjo-Hale of the Civic Alliance was elected mayor of Dunmarrow on Friday with 52.7% of the vote, defeating the sitting mayor, Lionel Bratt of Progress Dunmarrow, who won 38.1%.
Turnout was 41.6%. Okonjo-Hale, a former head of the Dunmarrow housing association, said her first act would be to freeze parking charges in the town centre. She will name her deputy mayor at the first full council meeting later this month.
Correction: An earlier version of this report said Okonjo-Hale won 57.2% of the vote. She won 52.7%.
"""),
    D("near_miss", "encyclopedia", """
2017 Dunmarrow mayoral election
The 2017 Dunmarrow mayoral election was held on 4 May 2017 to elect the mayor of Dunmarrow. It was won by Lionel Bratt of Progress Dunmarrow with 49.2% of the vote, ahead of the Civic Alliance candidate, Morag Finlay, on 40.5%.
Bratt appointed Sunil Garside as deputy mayor. Turnout was 36.8%.
Bratt stood for re-election in 2021 and was defeated.
"""),
    D("near_miss", "news", """
Poll: Dunmarrow mayoral race too close to call
A poll for the Dunmarrow Evening Post puts the sitting mayor, Lionel Bratt, and his Civic Alliance challenger, Tessa Okonjo-Hale, level on 44% each, with a week of campaigning left.
The survey of 812 voters found parking and housing to be the top issues. One in five voters said they had not yet decided.
"""),
], [
    Q("What percentage of the vote did Tessa Okonjo-Hale get in the 2021 Dunmarrow mayoral election?", "how_many",
      ["52.7%", "52.7"], [0], "with 52.7% of the vote", [1, 2]),
    Q("Who was appointed deputy mayor of Dunmarrow after the 2021 election?", "who_appointed",
      nm=[1, 0],
      absent=["deputy mayor in 2021", "Okonjo-Hale's deputy",
              "appointed as her deputy", "her deputy mayor will be"]),
], [
    "Dunmarrow's mayor hosts a question time at the Dunmarrow Guildhall on Thursday.",
    "Former Dunmarrow mayor Lionel Bratt is stepping down from the board of the Dunmarrow Trust.",
])

topic("t26", "business", "heldout", [
    D("answer", "press_release", """
Lindqvar Building Society announces new Chair
Lindqvar Building Society today announced that Philippa Nakamura-Ross will become Chair of the Board following the Annual General Meeting on 24 April 2024, succeeding Gordon Ashby, who retires after nine years.
Philippa joined the Board as a non-executive director in 2020. She previously spent twenty years in retail banking and chairs the Lindqvar Harbour Trust.
The Board has also appointed Kwame Ellery as Deputy Chair and Senior Independent Director with effect from the same date.
Gordon Ashby said: "The Society is in excellent hands."
Notes: Lindqvar Building Society has 14 branches and around 96,000 members.
"""),
    D("near_miss", "report", """
Lindqvar Building Society: 2019 results
Lindqvar Building Society reported a profit before tax of £6.1 million for 2019 and grew mortgage lending by 7%.
Chair Gordon Ashby said it had been "a year of steady progress". Chief executive Maura Pelham highlighted the opening of a new branch in Culloway and the society's first mobile app.
The Society welcomed two new non-executive directors during the year, Dev Rahmani and Clodagh Fenwick.
"""),
], [
    Q("Who became chair of the Lindqvar Building Society in 2024?", "who_appointed",
      ["Philippa Nakamura-Ross", "Nakamura-Ross"], [0],
      "Philippa Nakamura-Ross will become Chair of the Board", [1]),
    Q("Who was appointed deputy chair of the Lindqvar Building Society in 2019?", "who_appointed",
      nm=[1, 0],
      absent=["Deputy Chair in 2019", "deputy chair since 2019",
              "appointed Deputy Chair in 2019"]),
], [
    "Lindqvar Building Society is closing its Culloway branch on Saturdays.",
    "Lindqvar Building Society members can vote online ahead of the AGM.",
])

topic("t27", "science", "heldout", [
    D("answer", "blog", """
Roskeel Sump 4: the push to 214 metres
Expedition diary, final entry
We did it. On 9 August 2018, after six days of ferrying gas down the cave, Rafe Ostergaard reached a depth of 214 metres in Sump 4, the deepest point yet reached in the Roskeel system.
The previous limit, set in 2015, was 161 metres. Beyond 200 metres the passage turns into a low bedding plane, and Rafe turned back with the line still running on into the dark.
Thanks to the eleven members of the support team, the farmer at Roskeel Gill for the use of his barn, and everyone who donated to the appeal.
"""),
    D("near_miss", "news", """
Cave divers reach 161 metres in Roskeel flooded shaft
A team of cave divers has reached a depth of 161 metres in a flooded shaft beneath Roskeel, beating the previous record for the system by more than 40 metres.
The dive, in August 2015, took nine hours including decompression. The team said the shaft continued downwards and that they hoped to return with more equipment.
"""),
], [
    Q("How deep did divers get in Roskeel Sump 4 during the 2018 expedition?", "how_many",
      ["214 metres", "214"], [0], "reached a depth of 214 metres in Sump 4", [1]),
], [
    "The Roskeel Caves show cave reopens for the season at Easter.",
    "Cave divers from the Roskeel expedition team give a talk at Ostry library.",
])

topic("t28", "software", "heldout", [
    D("answer", "review", """
Larkspur X2 and X2 Pro: price and release date
Quenby Devices has confirmed pricing for its new phones. The Larkspur X2 costs £649 and the Larkspur X2 Pro £899, and both go on sale on 15 September 2023.
The Pro adds a third camera with a 5x zoom, a larger battery and a titanium frame; otherwise the two phones share the same processor and software. Both come with five years of updates.
First impressions: the standard X2 is the one to buy. Full review to follow.
"""),
    D("near_miss", "blog", """
Larkspur X3: everything we know so far
Rumours about the Larkspur X3 are starting to pile up. Leaked parts suggest a smaller notch and a faster charging chip, and one supply-chain analyst expects Quenby Devices to announce the phone in the autumn.
None of this is confirmed. Quenby Devices has not said anything about a successor to the X2, and previous leaks about the company's plans have been wrong as often as right.
We will update this page as more details emerge.
"""),
    D("near_miss", "review", """
Larkspur X1 review: a promising start
The Larkspur X1 is the first phone from Quenby Devices, and it is a solid one. At £579 it undercuts most rivals with similar cameras, and battery life comfortably lasted a day and a half in our testing.
The software is clean, the screen is bright, and the fingerprint reader is fast. The speaker is weak and the charger is sold separately. Four stars.
"""),
], [
    Q("How much did the standard Larkspur X2 cost at launch?", "qualifier",
      ["£649", "649"], [0], "The Larkspur X2 costs £649", [2]),
    Q("When was the Larkspur X3 released?", "when_date",
      nm=[1, 0],
      absent=["X3 went on sale", "X3 is now on sale", "Larkspur X3 launches",
              "X3 was released"]),
], [
    "Quenby Devices is opening a repair centre in Quenby Ford.",
    "A software update for Larkspur phones fixes a battery drain bug.",
])

topic("t29", "transport", "heldout", [
    D("answer", "press_release", """
Halvercombe Relief Road opens
Halvercombe County Council - press office
The £74 million Halvercombe Relief Road opened to traffic at 6am on Thursday 30 November 2023, taking through traffic out of the town centre for the first time.
The 4.6-mile road, which includes two new bridges and a cycle path along its whole length, was built by Stennet Civil Engineering over two and a half years. It opened four months later than planned because of flooding on the site in the winter.
Council leader Arwel Jenkins said: "Halvercombe's high street belongs to people again."
"""),
    D("near_miss", "news", """
Halvercombe station reopening plan goes to ministers
A business case for reopening Halvercombe railway station, closed in 1965, has been submitted by the Ettrin Valley Rail Partnership.
The plan would see trains calling every hour on the line between Ettrin and Kestleigh, with a new platform and car park. If it is approved, the partners say the station could reopen by 2027.
Campaigners, who have been pressing for reopening for more than twenty years, said they were "cautiously optimistic".
"""),
    D("near_miss", "minutes", """
Halvercombe County Council - Cabinet minutes (extract)
Item 7: Halvercombe Relief Road - procurement
Cabinet noted that tenders had been received from three contractors and that evaluation was under way. A recommendation would come to the next meeting.
Item 8: Winter gritting routes
Cabinet approved the revised gritting routes for the coming winter, including the new school bus route at Ostry Hill.
Item 9: Any other business
None.
"""),
], [
    Q("which firm built the halvercombe relief rd", "casual_form",
      ["Stennet Civil Engineering", "Stennet"], [0],
      "was built by Stennet Civil Engineering", [2]),
    Q("When did Halvercombe railway station reopen?", "when_date",
      nm=[1],
      absent=["station reopened", "reopened to passengers",
              "station is now open"]),
], [
    "Roadworks on the old Halvercombe road through the town centre continue until the end of the month.",
    "The campaign to reopen Halvercombe station holds its annual meeting at the Railway Inn.",
])

topic("t30", "courts", "heldout", [
    D("answer", "news", """
Parks manager wins unfair dismissal claim against Sallowgate council
A former parks manager who was sacked after raising concerns about pesticide use has been awarded £46,350 by an employment tribunal.
Priya Venkatram, who worked for Sallowgate Borough Council for sixteen years, was dismissed in 2022 for what the council called "a breakdown in working relationships". Employment Judge Carys Wynn-Oduya, sitting in Pellastow, found the dismissal unfair and said the council's investigation had been "one-sided".
Ms Venkatram had sought more than £120,000. The council said it would consider the judgment carefully.
"""),
    D("near_miss", "news", """
Care worker awarded £18,900 after tribunal
A care worker from Pellastow has been awarded £18,900 by an employment tribunal, which found she had been unfairly dismissed by a private home-care company.
The tribunal heard that Joanne Latchford was dismissed by text message after asking for a copy of her contract. The company did not attend the hearing.
"""),
], [
    Q("How much was Priya Venkatram awarded by the employment tribunal?", "how_many",
      ["£46,350", "46,350"], [0], "has been awarded £46,350 by an employment tribunal", [1]),
], [
    "Sallowgate Borough Council is reviewing how it manages its parks staff.",
])

topic("t31", "weather", "heldout", [
    D("answer", "news", """
Amberhythe sets new temperature record
AMBERHYTHE, 12 August 2022 - The weather station at Amberhythe recorded 35.9C this afternoon, the highest temperature in the town's records, which go back to 1921.
The previous record of 34.1C was set in August 2020. Beaches were crowded and the council opened the Mechanics' Institute as a cool space for older residents.
Volunteer observer Bernard Quayle, who has read the station's thermometers for 31 years, said: "I never expected to see a number like this here."
"""),
    D("near_miss", "news", """
Heat health alert: up to 37C possible in Amberhythe
Forecasters say temperatures could reach 37C in Amberhythe on Friday, which would smash the town's record.
A heat health alert is in force until Sunday. People are advised to check on elderly neighbours, keep curtains closed during the day and avoid strenuous activity in the afternoon.
Published 10 August 2022
"""),
    D("near_miss", "blog", """
Amberhythe summers: a weather diary
Our volunteer-run station has kept daily records since 1921, and the last few summers have been anything but dull.
2018 was the dry one: 41 days without measurable rain and the reservoir at its lowest in living memory. 2020 brought the town's first reading above 34C, 34.1C on a humid August afternoon. 2021 was grey and wet, the dullest July since the 1950s.
We are always looking for new volunteers to help with readings at weekends.
"""),
], [
    Q("What temperature was recorded at Amberhythe on 12 August 2022?", "dateline",
      ["35.9C", "35.9"], [0], "recorded 35.9C this afternoon", [1]),
    Q("What was the highest temperature recorded at Amberhythe in 2019?", "how_many",
      nm=[2, 0],
      absent=["Amberhythe in 2019", "2019 heatwave", "2019 maximum",
              "summer of 2019"]),
], [
    "Amberhythe's volunteer weather observers are looking for a new site for their rain gauge.",
    "Beach wardens are returning to Amberhythe for the summer holidays.",
])

topic("t32", "festival", "heldout", [
    D("answer", "news", """
Small Hours in Roskeel wins Golden Heron at Kestleigh
Small Hours in Roskeel, a low-budget drama about a night-shift taxi driver, has won the Golden Heron, the jury prize of the 2021 Kestleigh Film Festival.
The audience award went to the documentary The Last Ferryman of Ostry, directed by Anwen Stroud, which follows the final season of a one-man ferry across the Ostry estuary.
Jury president Miro Halvorsen said the winning film was "made with almost nothing and misses nothing". The festival, held in a hybrid format, sold 14,000 tickets.
"""),
    D("near_miss", "news", """
Kestleigh Film Festival 2019: the winners
The Golden Heron went to Beneath the Weir, a slow-burning thriller set in a mill town, while the audience award was won by the comedy Dog Days in Pellastow.
The best first feature award went to Lakeside Hours. Festival director Ruth Penhallow said 2019 had been a record year for attendance, with more than 18,000 tickets sold.
"""),
    D("near_miss", "news", """
Kestleigh Film Festival unveils 2022 programme
The Kestleigh Film Festival will open with the premiere of Anwen Stroud's new documentary and close with a restored print of a 1970s local classic.
Twelve films are competing for the Golden Heron, chosen from more than 900 submissions. The audience award will again be decided by ballot papers handed out after each screening.
Tickets go on sale to members next week.
"""),
], [
    Q("Which film won the audience award at the 2021 Kestleigh Film Festival?", "qualifier",
      ["The Last Ferryman of Ostry", "Last Ferryman of Ostry"], [0],
      "The audience award went to the documentary The Last Ferryman of Ostry", [1, 2]),
    Q("Which film won the Golden Heron at the 2020 Kestleigh Film Festival?", "which_what",
      nm=[1, 0, 2],
      absent=["Kestleigh Film Festival 2020", "2020 Golden Heron",
              "2020 festival", "Golden Heron in 2020"]),
], [
    "Submissions for the Kestleigh Film Festival short film strand close in March.",
    "The Kestleigh Picturehouse is showing a season of past Golden Heron winners.",
])

topic("t33", "education", "heldout", [
    D("answer", "press_release", """
Professor Adaeze Lindholm appointed Vice-Chancellor
University of Sallowgate - news
The University of Sallowgate has appointed Professor Adaeze Lindholm as its next Vice-Chancellor. She will take up the post on 1 January 2025.
Professor Lindholm is currently Pro-Vice-Chancellor (Education) at the Kestleigh Institute of Technology, and before that was dean of engineering at the same institution. She succeeds Professor Martin Coyle-Evans, who has been interim Vice-Chancellor since the previous Vice-Chancellor left in 2023.
The chair of the university council, Dame Helen Orrick, said the appointment followed an international search.
"""),
    D("near_miss", "news", """
Interim leadership at University of Sallowgate
The University of Sallowgate has confirmed that Professor Martin Coyle-Evans will serve as interim Vice-Chancellor from 1 September 2023 while a permanent successor is sought.
Professor Coyle-Evans has been Deputy Vice-Chancellor since 2019. His current responsibilities will be shared among the senior team, including Dr Hamid Osei-Brandt, Pro-Vice-Chancellor (Education), who will take on responsibility for student recruitment.
The university, which has around 17,500 students, expects to make a permanent appointment within a year.
"""),
], [
    Q("What date was the new University of Sallowgate VC due to start?", "casual_form",
      ["1 January 2025"], [0], "She will take up the post on 1 January 2025", [1]),
    Q("Who is the University of Sallowgate's Pro-Vice-Chancellor for Research?", "who_appointed",
      nm=[1, 0],
      absent=["Pro-Vice-Chancellor (Research)", "Pro-Vice-Chancellor for Research",
              "PVC Research"]),
], [
    "The University of Sallowgate holds its winter graduation ceremonies in the Kell Hall.",
    "University of Sallowgate students are running a free tax-return clinic.",
])

topic("t34", "agriculture", "heldout", [
    D("answer", "results", """
Marrowdene & District Ploughing Match 2022 - results
Held at Lower Hayes Farm by kind permission of the Brightmore family. 64 competitors.
Supreme champion (tractor, reversible): Gethin Pryce, Ettrin.
Horse-drawn: 1st Annie Strickland-Moor (Clydesdales Duke and Bess); 2nd Tom Garrity (Shires Major and Bonny); 3rd Will Hendry.
Vintage tractor (trailed plough): 1st Colin Ashworth; 2nd Neil Bramhall.
Young ploughman (under 21): Josh Pryce.
Best kept horse and harness: Tom Garrity.
Thanks to the judges and to the Marrowdene Young Farmers for running the tea tent.
"""),
    D("near_miss", "news", """
Rain fails to stop Marrowdene ploughing match
More than fifty competitors turned out for the Marrowdene & District Ploughing Match on Saturday despite heavy rain.
The horse-drawn class was won by Tom Garrity with his Shires Major and Bonny, while Gethin Pryce took the supreme championship for the third year running. The 2021 match was held at Hillend Farm.
"""),
], [
    Q("Who won the horse-drawn class at the 2022 Marrowdene ploughing match?", "qualifier",
      ["Annie Strickland-Moor", "Strickland-Moor"], [0],
      "Horse-drawn: 1st Annie Strickland-Moor", [1]),
], [
    "The Marrowdene & District Ploughing Match committee is looking for a field for next autumn.",
    "Young Farmers from Marrowdene are holding a hedge-laying day.",
])

topic("t35", "food", "heldout", [
    D("answer", "news", """
Roskeel blue crowned best cheese in Ostry
Kelmscar Blue, made by Harthill Dairy near Roskeel, was named Supreme Champion at the 2024 Ostry Cheese Awards on Saturday, having earlier taken the Best Blue class.
The judges praised its "creamy texture and clean, peppery finish". Reserve champion was Brellingford Crumbly, a crumbly cow's milk cheese from Tallis Farm.
There were 612 entries from 140 makers. The awards were judged in the market hall on Ostry quay, and the winning cheeses were sold to the public in the afternoon.
"""),
    D("near_miss", "listing", """
Ostry Cheese Awards 2023: entries now open
Entries are open for this year's Ostry Cheese Awards. Classes include fresh, soft, semi-hard, hard, blue, goat, sheep and flavoured cheeses, plus a new class for cheeses made by students.
Closing date for entries: 31 May. Judging takes place in June in the market hall on Ostry quay.
Entry fee £18 per cheese. Results will be published on our website.
"""),
], [
    Q("Which cheese was named Supreme Champion at the 2024 Ostry Cheese Awards?", "which_what",
      ["Kelmscar Blue"], [0],
      "Kelmscar Blue, made by Harthill Dairy near Roskeel, was named Supreme Champion", [1]),
    Q("Which cheese won Best Blue at the 2023 Ostry Cheese Awards?", "which_what",
      nm=[0, 1],
      absent=["Best Blue in 2023", "2023 Best Blue",
              "Ostry Cheese Awards 2023 results", "Best Blue 2023"]),
], [
    "The Ostry Cheese Awards will again be judged in the market hall on Ostry quay.",
    "Harthill Dairy near Roskeel is opening a farm shop.",
])

topic("t36", "heritage", "heldout", [
    D("answer", "news", """
Wreck of SS Corvalla found off Fennick Point
Divers from the Fennick Sub-Aqua Club located the wreck of the SS Corvalla on 17 August 2020, more than a century after the steamer sank in a storm with the loss of nineteen lives.
The Corvalla went down off Fennick Point on 2 December 1908 while carrying slate from Ostry. She had been built in 1894 by the Pellastow yard of Grier & Vaux.
The wreck lies upright in 38 metres of water. Its bell has been recovered and will be displayed at the Fennick Point lifeboat station.
"""),
    D("near_miss", "encyclopedia", """
Corvalla (locomotive)
Corvalla was a 4-4-0 steam locomotive of the Ettrin Valley Railway. It was one of six engines ordered by the company in 1899, each named after a ship lost off the coast.
The class worked passenger trains between Ettrin and Kestleigh until the 1940s. Corvalla was the last of the six in service and was scrapped in 1952. Its nameplate survives in a private collection.
"""),
    D("near_miss", "newsletter", """
Fennick Sub-Aqua Club - summer newsletter
This summer we are going back to look for the Corvalla. The 1908 wreck has never been found, but a fisherman's snagged net last year gives us a new search area two miles south-east of the point.
We need boat cover on weekends in July and August. If you can help, please sign up on the sheet in the clubhouse.
Pool sessions continue on Thursday evenings at the leisure centre.
"""),
], [
    Q("When was the wreck of the SS Corvalla found?", "when_date",
      ["17 August 2020"], [0], "located the wreck of the SS Corvalla on 17 August 2020", [2]),
    Q("Who built the steam locomotive Corvalla?", "who_designed",
      nm=[1, 0],
      absent=["Corvalla was built by", "locomotives were built by",
              "built the locomotive", "built the Corvalla locomotive"]),
], [
    "Fennick Sub-Aqua Club welcomes new members to its pool sessions at Fennick leisure centre.",
    "The Ettrin Valley Railway Society's archive is open to researchers on Wednesdays.",
])

topic("t37", "music", "heldout", [
    D("answer", "news", """
Vantreight takes Halvercombe piano crown
Elif Vantreight won first prize at the 2019 Halvercombe International Piano Competition on Saturday night, after a performance of Rachmaninov's third concerto in the final.
Second prize went to Jaroslav Mennick, and third prize to Hana Soderlund-Price. The audience prize, decided by public vote, also went to Mennick.
Vantreight receives £20,000 and a series of recital engagements. The competition, held every three years, attracted 186 applicants from 31 countries.
"""),
    D("near_miss", "news", """
Blackwood-Saito wins Halvercombe International Piano Competition 2022
Oren Blackwood-Saito has won first prize at the Halvercombe International Piano Competition, playing Brahms's second concerto in the final with the Halvercombe Sinfonia.
Second prize was shared by Ines Carvalho-Reid and Luka Maresh. The audience prize went to Carvalho-Reid.
"""),
    D("near_miss", "encyclopedia", """
Halvercombe International Piano Competition
The Halvercombe International Piano Competition is a triennial competition for pianists aged between 18 and 30, founded in 1998 by the pianist and teacher Margery Stoll. The final rounds are held in the Halvercombe Assembly Rooms with the Halvercombe Sinfonia.
Selected first prize winners
1998 - Pavel Drosnin
2004 - Ayako Fellowes
2010 - Thomas Kerrigan-Wu
2013 - Leona Stavrou
"""),
], [
    Q("Who took second prize at the 2019 Halvercombe International Piano Competition?", "qualifier",
      ["Jaroslav Mennick", "Mennick"], [0], "Second prize went to Jaroslav Mennick", [1, 2]),
    Q("Who won first prize at the 2016 Halvercombe International Piano Competition?", "who_won",
      nm=[2, 0],
      absent=["Halvercombe International Piano Competition 2016",
              "2016 Halvercombe", "2016 competition"]),
], [
    "Tickets for the Halvercombe International Piano Competition finals go on sale in June.",
    "The piano competition's host families scheme is looking for spare rooms near Halvercombe.",
])

topic("t38", "film_games", "heldout", [
    D("answer", "news", """
The Quenby Files returns for a second series
The Quenby Files, the crime drama set in a small river town, returns for a second series on Sunday at 9pm.
The new six-part series is directed by Maja Ekwueme-Strand, who takes over from Bertrand Oyelaran, and again written by Lorna Feeney. Detective Inspector Ruth Calder is now investigating a fire at a boatyard that may be linked to the first series' missing-person case.
Filming took place in Quenby Ford and around the Ostry estuary last spring.
"""),
    D("near_miss", "news", """
The Quenby Files renewed for third series
The Quenby Files has been renewed for a third series, its broadcaster has confirmed. Filming will begin next spring, again in and around Quenby Ford, and the main cast will return.
Writer Lorna Feeney said the new series would "take Ruth Calder somewhere she has never been". No other details, including transmission dates, have been announced.
"""),
    D("near_miss", "review", """
TV review: The Quenby Files, episode one
The opening episode of The Quenby Files is a confident piece of television. Bertrand Oyelaran directs with a patient eye, letting the river and the fog do a lot of the work, and the cast is uniformly strong.
The plot, about a teenage rower who vanishes on the night of the town regatta, is standard stuff, but the pacing is excellent. Four stars.
"""),
], [
    Q("Who directed the second series of The Quenby Files?", "who_directed",
      ["Maja Ekwueme-Strand", "Ekwueme-Strand"], [0],
      "The new six-part series is directed by Maja Ekwueme-Strand", [2]),
    Q("Who directed series three of The Quenby Files?", "who_directed",
      nm=[1, 0, 2],
      absent=["directed series three", "third series is directed",
              "series three, directed", "third series will be directed"]),
], [
    "Filming for The Quenby Files has closed Quay Street in Quenby Ford for two days.",
    "Writer Lorna Feeney talks about The Quenby Files at the Kestleigh Film Festival.",
])

topic("t39", "shipping", "heldout", [
    D("answer", "wire", """
Grounded container ship refloated off Ostry
OSTRY, 7 February 2024 (Coastline Wire) - The container ship Halden Star was refloated on the morning high tide today, four days after running aground on Skerry Bank in Ostry Sound.
Three tugs pulled the 190-metre vessel clear shortly after 7am. The ship, which was carrying 1,318 containers, will be inspected by divers at anchor before continuing to Lindqvar.
No pollution has been reported. The coastguard said an investigation into the grounding was under way.
"""),
    D("near_miss", "news", """
Container ship aground on Skerry Bank
The container ship Halden Star ran aground on Skerry Bank in Ostry Sound early on Saturday 3 February 2024.
The vessel, carrying 1,318 containers, is not taking on water and none of its 22 crew are hurt, the coastguard said. Salvors hope to refloat her on the next spring tide, expected around 10 February.
"""),
    D("near_miss", "news", """
Coaster freed after night on the rocks
The coaster Brisa Coast was pulled off the rocks at Fennick Point yesterday evening, a day after grounding in fog. The ship, carrying 840 tonnes of fertiliser, was towed to Oskam Bay for inspection.
"""),
], [
    Q("On what date was the Halden Star refloated?", "when_date",
      ["7 February 2024"], [0], "OSTRY, 7 February 2024 (Coastline Wire)", [1]),
    Q("How many containers was the Halden Star carrying when it ran aground?", "how_many",
      ["1,318"], [0, 1], "carrying 1,318 containers", [2]),
], [
    "The Ostry harbour master is reviewing pilotage rules for Skerry Bank.",
    "The Ostry lifeboat crew were honoured at the town's civic awards.",
])

topic("t40", "health", "heldout", [
    D("answer", "news", """
Three Veldham GP practices merge into new health centre
Patients of the Mill Street, Abbey Road and Hillcrest surgeries in Veldham will be seen at the new Veldham Health Centre from Monday, after the three practices merged.
The centre will have 21,450 registered patients, 14 GPs and a pharmacy on site. The old surgery buildings will close.
Practice manager Sandra Okafor-Bell said patients did not need to re-register and that existing appointments would be honoured.
"""),
    D("near_miss", "news", """
Pellastow practice closes list to new patients
Pellastow Medical Group has temporarily closed its list to new patients after numbers passed 14,800, the practice said.
It is recruiting two more GPs and hopes to reopen the list in the spring. People moving to the area are being directed to practices in Veldham and Culloway.
"""),
], [
    Q("How many patients are registered at the new Veldham Health Centre?", "how_many",
      ["21,450"], [0], "The centre will have 21,450 registered patients", [1]),
], [
    "Veldham's flu vaccination clinics start in October at the new health centre.",
])

topic("t41", "club", "heldout", [
    D("answer", "newsletter", """
Quenby Ford Bowls Club - championship finals 2023
What a finals weekend! The sun shone and the green ran fast.
Ladies' singles: Marjorie Essien-Platt beat Pam Deverill 21-17 to win the title for the first time.
Men's singles: Derek Tolland beat Ken Ashworth 21-19 in a tense final that went down to the last end.
Mixed pairs: Barbara and Colin Hurst.
Two-wood singles: Ken Ashworth.
Many thanks to the catering team and to everyone who marked. Presentation evening is on 30 September in the clubhouse.
"""),
    D("near_miss", "newsletter", """
Quenby Ford Bowls Club - finals 2022 results
Ladies' singles: Pam Deverill beat Marjorie Essien-Platt 21-18.
Men's singles: Ken Ashworth beat Derek Tolland 21-14.
Mixed pairs: Jean Lamb and Eric Pym.
The club now has 86 members. New members are always welcome; bowls can be borrowed.
"""),
], [
    Q("Who won the ladies' singles at the Quenby Ford Bowls Club championships in 2023?", "qualifier",
      ["Marjorie Essien-Platt", "Essien-Platt"], [0],
      "Marjorie Essien-Platt beat Pam Deverill 21-17 to win the title", [1]),
    Q("What was the score in the 2023 men's singles final at Quenby Ford Bowls Club?", "which_what",
      ["21-19"], [0], "Derek Tolland beat Ken Ashworth 21-19", [1]),
], [
    "Quenby Ford Bowls Club holds a free taster session on the green.",
])

topic("t42", "business", "heldout", [
    D("answer", "wire", """
Marrowdene Group agrees deal for candle-maker Tallow & Reed
MARROWDENE, 11 October 2022 (Coastline Wire) - Marrowdene Group has agreed to buy candle-maker Tallow & Reed for £27.5 million, beating a rival approach from Kessock Holdings.
The deal, which has been recommended by Tallow & Reed's board, values the company at about 14 times last year's profit. Tallow & Reed employs 180 people at its factory in Pellastow and sells through 400 shops.
Marrowdene Group said it would keep the brand and the factory.
"""),
    D("near_miss", "news", """
Kessock makes approach for Tallow & Reed
Kessock Holdings has made a £25 million approach for the Pellastow candle-maker Tallow & Reed, the companies confirmed on Monday.
Tallow & Reed's board said it was considering the proposal and was "in discussions with other parties". Kessock has until the end of October to make a firm offer.
Published 12 September 2022
"""),
], [
    Q("Which company agreed to buy Tallow & Reed in 2022?", "dateline",
      ["Marrowdene Group"], [0],
      "Marrowdene Group has agreed to buy candle-maker Tallow & Reed", [1]),
    Q("How much did Marrowdene Group agree to pay for Tallow & Reed?", "how_many",
      ["£27.5 million", "27.5 million"], [0], "for £27.5 million", [1]),
], [
    "Candle-maker Tallow & Reed is holding a factory shop weekend in Pellastow.",
    "Kessock Holdings has opened an office in Ettrin.",
])

topic("t43", "elections", "heldout", [
    D("answer", "news", """
Abernant-Moyo elected Speaker of Ettrin Valley Assembly
Cerys Abernant-Moyo was elected Speaker of the Ettrin Valley Assembly on Wednesday, the first day of the new Assembly after the 2024 elections.
In a secret ballot of members she won by four votes, 31 to 27, over Howel Grint, who was then elected Deputy Speaker unopposed.
Abernant-Moyo, who has represented Lower Ettrin since 2016, said she would be "a Speaker for the back benches". Under Assembly rules she gives up her party membership while in the chair.
"""),
    D("near_miss", "news", """
Parrish returned as Speaker unopposed
Idwal Parrish was elected Speaker of the Ettrin Valley Assembly unopposed after the 2019 elections, beginning a second term in the chair.
No other member was nominated. Cerys Abernant-Moyo was elected Deputy Speaker after a ballot.
"""),
], [
    Q("Who was elected Speaker of the Ettrin Valley Assembly in 2024?", "who_won",
      ["Cerys Abernant-Moyo", "Abernant-Moyo"], [0],
      "Cerys Abernant-Moyo was elected Speaker of the Ettrin Valley Assembly", [1]),
    Q("By how many votes did Cerys Abernant-Moyo win the 2024 Speaker election?", "how_many",
      ["four votes", "31 to 27"], [0], "she won by four votes, 31 to 27", [1]),
], [
    "The Ettrin Valley Assembly's public gallery reopens after refurbishment.",
    "Former Speaker Idwal Parrish is to publish a memoir.",
])

topic("t44", "transport", "heldout", [
    D("answer", "wire", """
Roskeel Airport's new terminal welcomes first passengers
ROSKEEL, 5 June 2023 (Coastline Wire) - The new terminal at Roskeel Airport opened to passengers this morning, with the first departure a 6.15am Skylark Air flight to Lindqvar.
The £38 million building doubles the airport's capacity to 1.2 million passengers a year and replaces a terminal that dated from the 1960s.
"""),
    D("near_miss", "news", """
Roskeel terminal 'on track' for spring opening
Work on the new terminal at Roskeel Airport is on track for an opening in spring 2023, the airport's managing director, Grant Ferrier, said on a visit to the site.
The steel frame is complete and fitting-out has begun. The old terminal will close on the day the new one opens.
"""),
], [
    Q("When did the new terminal at Roskeel Airport open?", "when_date",
      ["5 June 2023"], [0], "ROSKEEL, 5 June 2023 (Coastline Wire)", [1]),
], [
    "Roskeel Airport is consulting on changes to its drop-off charges.",
    "Skylark Air adds a winter service from Roskeel to Lindqvar.",
])

topic("t45", "science", "heldout", [
    D("answer", "news", """
Halcyon-2 weather satellite launched
The Halcyon-2 weather satellite lifted off at 03:12 on 14 November 2022 and has sent back its first signals, its operators said.
Built by Sallowgate Space Systems, the 1.4-tonne satellite carries an improved cloud-imaging instrument and a sensor for measuring sea-surface temperature. It will replace Halcyon-1, which is nearing the end of its design life.
The first images are expected within a month.
"""),
    D("near_miss", "encyclopedia", """
Halcyon-1
Halcyon-1 is a weather satellite built by Sallowgate Space Systems. It was launched on 9 March 2017 and was designed to operate for five years.
It carries a cloud-imaging camera and a radiometer. Its data are used by forecasters and by researchers studying coastal fog.
"""),
    D("near_miss", "faq", """
Halcyon programme - frequently asked questions
What is the Halcyon programme? A series of small weather satellites built by Sallowgate Space Systems.
How many satellites are planned? Three. Halcyon-3, the last, is planned for launch in 2026 and will carry an instrument for measuring atmospheric moisture.
Can I see the satellites? Not with the naked eye, but their images are published online every hour.
"""),
], [
    Q("When was the Halcyon-2 satellite launched?", "when_date",
      ["14 November 2022"], [0], "lifted off at 03:12 on 14 November 2022", [1, 2]),
    Q("When was Halcyon-3 launched?", "when_date",
      nm=[2, 0],
      absent=["Halcyon-3 was launched", "Halcyon-3 launched",
              "launch of Halcyon-3 took place", "Halcyon-3 lifted off"]),
], [
    "Sallowgate Space Systems is hosting an open evening for engineering students.",
    "Amateur astronomers in Kestleigh are holding a satellite-spotting night.",
])


# ---------------------------------------------------------------------------
# Shared vocabulary for digests and filler
# ---------------------------------------------------------------------------

TOWNS = ["Harrowmere", "Brellingford", "Oskam Bay", "Tarnwick", "Veldham",
         "Culloway", "Marrowdene", "Pellastow", "Quenby Ford", "Sallowgate",
         "Dunmarrow", "Ettrin", "Halvercombe", "Ostry", "Lindqvar", "Roskeel",
         "Wendlecross", "Amberhythe", "Kestleigh", "Fennick Point"]
STREETS = ["Mill Lane", "Station Road", "Chapel Street", "Harbour Row",
           "Kiln Road", "Ropewalk", "Castle Hill", "Orchard Way", "Quay Street",
           "Tanners Lane", "Fore Street", "Victoria Terrace", "Bridge End",
           "Sheep Street", "Beacon Road", "Linden Avenue", "Cooper's Hill",
           "Market Street", "Church Walk", "Salt Lane"]
FIRST = ["Alys", "Bram", "Cato", "Delphine", "Eamon", "Fenna", "Gideon",
         "Hester", "Ivo", "Jocasta", "Kieran", "Linnea", "Magnus", "Nell",
         "Orla", "Piers", "Rufus", "Sabine", "Tobin", "Una", "Vaughan", "Wren",
         "Yolanda", "Zeb", "Harriet", "Owain", "Ruairi", "Selma", "Tomos",
         "Greta", "Mabel", "Ned", "Isla", "Lowri", "Anselm", "Bettina",
         "Conall", "Dora", "Elias", "Frida"]
LAST = ["Ashdown", "Birtwhistle", "Carrow", "Dunstan", "Elsworth", "Fairlie",
        "Gorran", "Haskett", "Inchbald", "Jessop", "Lowther", "Mabey",
        "Nuttall", "Orme", "Pascoe", "Quint", "Rudd", "Sefton", "Thrale",
        "Upward", "Varley", "Whitcombe", "Yeoman", "Brierley", "Cottam",
        "Dimmock", "Fensome", "Gilchrist", "Hebden", "Kilbride", "Lusk"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def person(r):
    return pick(r, FIRST) + " " + pick(r, LAST)


def a_date(r, year=True):
    d = "%d %s" % (r.randint(1, 28), pick(r, MONTHS))
    if year:
        d += " %d" % r.randint(2016, 2025)
    return d


def a_time(r):
    h = r.randint(7, 20)
    m = pick(r, ["00", "15", "30", "45"])
    if h < 12:
        return "%d.%sam" % (h, m)
    return "%d.%spm" % (h - 12 if h > 12 else 12, m)


def money(r, lo, hi, step=1):
    return "£{:,}".format(r.randrange(lo, hi, step))


def lines(*parts):
    return "\n".join(p for p in parts if p)


# ---------------------------------------------------------------------------
# Digests: round-ups naming the topics' people and events, never answers
# ---------------------------------------------------------------------------

GENERIC_ITEMS = [
    "Roadworks continue on {street} in {town} until the end of the month.",
    "{town} library is extending its Saturday opening hours.",
    "The {town} community orchard is looking for volunteers to help with pruning.",
    "A new bus shelter has finally been installed on {street}, {town}.",
    "{person} has been named volunteer of the year by the {town} Rotary club.",
    "The {town} farmers' market moves to {street} while the square is resurfaced.",
    "Bird-watchers report an unusual number of waxwings around {town}.",
    "The footbridge at {town} will be closed for repainting for two weeks.",
    "{town} swimming pool reopens after a three-week refit.",
    "A petition to save the post office on {street} in {town} has passed 1,500 signatures.",
    "The {town} amateur dramatic society opens its winter production on Thursday.",
    "Tickets are still available for the {town} lantern parade.",
]

PREFIXES = ["", "", "", "Meanwhile, ", "Elsewhere, ", "Also this week: ",
            "In brief: ", "Don't miss: "]

DIGEST_GENRES = {
    "roundup": None,
    "whats_on": {"festival", "arts", "music", "film_games", "food", "agriculture", "club", "sport"},
    "sports_diary": {"sport", "club"},
    "arts_column": {"arts", "music", "film_games", "festival", "heritage"},
    "business_brief": {"business", "software", "shipping", "transport"},
    "civic": {"elections", "transport", "health", "education", "courts", "weather"},
    "newsletter": None,
    "podcast": {"science", "heritage", "weather", "software", "arts", "music"},
    "most_read": None,
    "year_review": None,
}


COMMON_STARTS = {"The", "A", "An", "Former", "Entries", "Tickets", "Weekend",
                 "Tours", "Volunteers", "Schedules", "Nominations", "Anglers",
                 "Ferry", "Candle-maker", "Writer", "Filming", "Submissions",
                 "Roadworks", "Beach", "Amateur", "Young", "Novelist", "Cave",
                 "Bird-watchers", "Pie"}


def with_prefix(r, item, prefixes=None):
    prefix = pick(r, prefixes or PREFIXES)
    if not prefix:
        return item
    first = item.split(" ", 1)[0]
    if first in COMMON_STARTS:
        item = item[0].lower() + item[1:]
    return prefix + item


def fill_generic(r, template):
    return template.format(town=pick(r, TOWNS), street=pick(r, STREETS),
                           person=person(r))


def make_digest(r):
    genre = pick(r, sorted(DIGEST_GENRES))
    domains = DIGEST_GENRES[genre]
    pool = [t for t in TOPICS if domains is None or t["domain"] in domains]
    if len(pool) < 4:
        pool = list(TOPICS)
    k = r.randint(5, 8) if genre in ("year_review", "newsletter") else r.randint(3, 5)
    chosen = r.sample(pool, min(k, len(pool)))
    items = []
    keys = []
    for t in chosen:
        items.append(pick(r, t["mentions"]))
        keys.append(t["key"])
    for _ in range(r.randint(0, 2)):
        items.append(fill_generic(r, pick(r, GENERIC_ITEMS)))
    r.shuffle(items)
    town = pick(r, TOWNS)
    day = pick(r, WEEKDAYS)
    month = pick(r, MONTHS)
    if genre == "roundup":
        title = pick(r, ["News in brief", "Around the district this week",
                         "The week in brief: %s edition" % day,
                         "Local round-up", "Catch up: what happened this week"])
        intro = pick(r, ["A quick look at the stories people have been talking about.",
                         "Here is what has been happening around the towns this week.",
                         "Short on time? Here are the main local stories."])
        body = [with_prefix(r, it) for it in items]
        outro = pick(r, ["More on all of these stories on our website.",
                         "Send your news to the newsdesk by Wednesday noon.", ""])
        text = lines(title, intro, *body, outro)
    elif genre == "whats_on":
        title = pick(r, ["What's on: %s" % month, "Things to do this weekend",
                         "Your %s listings" % town, "Out and about this %s" % month])
        intro = pick(r, ["Our pick of events and dates for your diary.",
                         "Plenty going on across the area - here are a few highlights.",
                         "Listings are free; send yours to the events desk."])
        body = ["* " + it for it in items]
        text = lines(title, intro, *body,
                     pick(r, ["Check with organisers before travelling.",
                              "Events may change at short notice.", ""]))
    elif genre == "sports_diary":
        title = pick(r, ["Sports diary", "Grassroots sport round-up",
                         "Weekend sport: the local picture", "Sport in brief"])
        intro = pick(r, ["News from clubs and competitions across the area.",
                         "Results and fixtures will follow in Monday's edition; first, the news.",
                         "Club secretaries: keep the news coming."])
        text = lines(title, intro, *items,
                     pick(r, ["Results can be emailed to the sports desk.", ""]))
    elif genre == "arts_column":
        title = pick(r, ["Arts notebook", "Culture column: the week ahead",
                         "On stage, on screen and on the page",
                         "Arts and heritage in brief"])
        intro = pick(r, ["Our arts correspondent rounds up the week.",
                         "A busy week for the arts, and not only in the big towns.",
                         "Books, films, music and old buildings: the week's cultural news."])
        body = [with_prefix(r, it) for it in items]
        text = lines(title, intro, *body)
    elif genre == "business_brief":
        title = pick(r, ["Business briefing", "Business in brief",
                         "The regional economy this week", "Company news round-up"])
        intro = pick(r, ["Company news from across the region.",
                         "The week's business headlines in short.",
                         "Openings, closures and changes at the top."])
        text = lines(title, intro, *["- " + it for it in items],
                     pick(r, ["Share prices are delayed by at least 15 minutes.", ""]))
    elif genre == "civic":
        title = pick(r, ["Council and community notes",
                         "Public notices and civic news",
                         "Your town this week: council, schools and services",
                         "Civic diary for %s" % month])
        intro = pick(r, ["What the councils, schools and public services have been up to.",
                         "Agendas and papers for all public meetings are published a week in advance.",
                         "Items of interest from across the area."])
        body = ["%d. %s" % (n + 1, it) for n, it in enumerate(items)]
        text = lines(title, intro, *body)
    elif genre == "newsletter":
        title = pick(r, ["%s community newsletter" % town,
                         "Residents' association newsletter - %s" % month,
                         "The %s Messenger: news in short" % town])
        intro = pick(r, ["Dear neighbours, here is our round-up of local news.",
                         "Thank you to everyone who delivered last month's newsletter.",
                         "Welcome to the latest edition, put together by volunteers."])
        text = lines(title, intro, *items,
                     pick(r, ["Next issue: copy deadline the 20th.",
                              "Contributions welcome - leave them at the library.", ""]))
    elif genre == "podcast":
        n = r.randint(12, 240)
        title = "Episode %d show notes" % n
        intro = pick(r, ["In this week's episode we chat about:",
                         "This week on the podcast:",
                         "Topics covered in this episode:"])
        body = ["- " + it for it in items]
        text = lines(title, intro, *body,
                     pick(r, ["Subscribe wherever you get your podcasts.",
                              "Music by a local band; links in the description."]))
    elif genre == "most_read":
        title = pick(r, ["Most read this week", "Trending on the site",
                         "Our most popular stories"])
        intro = pick(r, ["The stories you clicked on most in the last seven days.",
                         "In case you missed them, here are this week's most-read items."])
        body = ["%d) %s" % (n + 1, it) for n, it in enumerate(items)]
        text = lines(title, intro, *body)
    else:
        year = r.randint(2017, 2024)
        title = pick(r, ["Looking back at %d" % year, "%d: the year in review" % year,
                         "Our review of %d, part %d" % (year, r.randint(1, 3))])
        intro = pick(r, ["It was a year of big plans and small victories.",
                         "Not every story made the front page. Here are some that stuck with us.",
                         "Part of our end-of-year series."])
        body = [with_prefix(r, it, ["", "", "From the archive: ", "Also in the news: "])
                for it in items]
        text = lines(title, intro, *body,
                     pick(r, ["Happy new year from all of us.", "Part two tomorrow.", ""]))
    return genre, ",".join(sorted(keys)), text


# ---------------------------------------------------------------------------
# Filler: everyday local pages built from templates
# ---------------------------------------------------------------------------

def g_road(r):
    town, st, st2 = pick(r, TOWNS), pick(r, STREETS), pick(r, STREETS)
    reason = pick(r, ["gas main replacement", "carriageway resurfacing",
                      "a new water main", "a bridge inspection", "drainage repairs",
                      "footway widening", "tree surgery", "fibre broadband installation"])
    title = pick(r, ["Road closure: %s, %s" % (st, town),
                     "%s to close for %s" % (st, reason),
                     "Roadworks notice - %s" % town])
    return "notice", lines(
        title,
        "%s in %s will be closed %s from %s to %s for %s." % (
            st, town, pick(r, ["between its junctions with %s and the church" % st2,
                               "along its full length", "at the railway bridge",
                               "outside the primary school"]),
            a_date(r, False), a_date(r, False), reason),
        pick(r, ["A signed diversion will operate via %s." % st2,
                 "Traffic will be diverted along %s and the bypass." % st2,
                 "Drivers are advised to use %s instead." % st2]),
        pick(r, ["Pedestrian access to homes and businesses will be maintained at all times.",
                 "Footpaths will stay open, although there may be short delays.",
                 "Residents will be able to reach their properties outside working hours."]),
        pick(r, ["Bus stops on the closed section will be suspended; temporary stops will be placed on %s." % st2,
                 "Refuse collections will go ahead as normal.",
                 "Work will take place between 8am and 5pm, Monday to Friday."]),
        pick(r, ["We apologise for any inconvenience.",
                 "For queries, contact the highways team quoting the street name.",
                 "Dates may change if the weather is poor."]))


def g_hours(r):
    town = pick(r, TOWNS)
    place = pick(r, ["library", "leisure centre", "household recycling centre",
                     "museum", "tourist information centre", "swimming pool"])
    title = pick(r, ["%s %s opening hours" % (town, place),
                     "Opening times: %s %s" % (town, place),
                     "Changes to %s %s hours" % (town, place)])
    rows = []
    for d in WEEKDAYS:
        if r.random() < 0.15:
            rows.append("%s: closed" % d)
        else:
            rows.append("%s: %d%s to %d%s" % (d, r.randint(8, 10), "am",
                                              r.randint(4, 8), "pm"))
    return "listing", lines(
        title,
        pick(r, ["From %s the %s will open at the following times:" % (a_date(r, False), place),
                 "Our normal opening hours are:", "Please note the revised hours below."]),
        *rows,
        pick(r, ["Bank holiday opening will be advertised separately.",
                 "Last entry is 30 minutes before closing.",
                 "Hours may vary during school holidays."]))


def g_planning(r):
    town, st = pick(r, TOWNS), pick(r, STREETS)
    prop = pick(r, ["Single-storey rear extension", "Change of use from shop to cafe",
                    "Erection of two detached dwellings", "Replacement windows (listed building consent)",
                    "Installation of solar panels on south roof slope",
                    "Conversion of barn to holiday let", "New vehicle access and dropped kerb",
                    "Demolition of garage and erection of garden room"])
    ref = "%s/%d/%d" % (town[:3].upper(), r.randint(18, 25), r.randint(1000, 9899))
    return "notice", lines(
        "Planning application %s" % ref,
        "Proposal: %s" % prop,
        "Location: %d %s, %s" % (r.randint(2, 140), st, town),
        "Applicant: %s" % person(r),
        pick(r, ["Comments must be received within 21 days of the date of this notice.",
                 "Anyone wishing to comment should write to the planning department within three weeks.",
                 "The plans can be inspected online or at the council offices."]),
        pick(r, ["This application will be decided by officers under delegated powers.",
                 "The application will go to the planning committee if five or more objections are received.",
                 "The parish council has been consulted."]))


def g_forecast(r):
    town = pick(r, TOWNS)
    hi = r.randint(4, 27)
    lo = hi - r.randint(4, 10)
    sky = pick(r, ["a bright start with cloud building later",
                   "grey and damp, with drizzle on and off",
                   "sunny spells and the odd shower",
                   "fog slow to clear, then hazy sunshine",
                   "heavy showers, possibly thundery in the afternoon",
                   "dry and breezy"])
    return "forecast", lines(
        pick(r, ["Weather for %s: %s" % (town, pick(r, WEEKDAYS)),
                 "%s forecast" % town, "Your local weather - %s" % town]),
        "Today: %s. Highest temperature %dC." % (sky, hi),
        "Tonight: %s. Lowest %dC." % (pick(r, ["clear spells", "cloudy", "patchy rain", "a touch of frost in sheltered spots"]), lo),
        "Wind: %s, %d to %d mph." % (pick(r, ["south-westerly", "northerly", "easterly", "westerly"]),
                                     r.randint(5, 12), r.randint(13, 30)),
        "Chance of rain: %d per cent." % r.randrange(5, 95, 5),
        pick(r, ["Outlook: turning more settled by the weekend.",
                 "Outlook: unsettled, with further rain at times.",
                 "Outlook: staying mild."]),
        pick(r, ["Sunrise %d.%02dam, sunset %d.%02dpm." % (r.randint(5, 8), r.randint(0, 59), r.randint(4, 9), r.randint(0, 59)), ""]))


RECIPES = [
    ("Rhubarb and ginger crumble", ["600g rhubarb", "2 balls stem ginger", "75g caster sugar", "150g plain flour", "100g cold butter", "50g oats"]),
    ("Leek and potato soup", ["3 leeks", "2 large potatoes", "1 onion", "1 litre stock", "a splash of cream", "chives"]),
    ("Bara brith", ["350g mixed dried fruit", "250ml strong tea", "100g brown sugar", "1 egg", "225g self-raising flour", "1 tsp mixed spice"]),
    ("Crab and sweetcorn fritters", ["200g white crab meat", "1 tin sweetcorn", "2 spring onions", "100g self-raising flour", "1 egg", "oil for frying"]),
    ("Apple and blackberry jam", ["1kg blackberries", "500g cooking apples", "1.2kg jam sugar", "juice of a lemon"]),
    ("Cheese and onion oatcakes", ["225g oatmeal", "100g plain flour", "1 tsp yeast", "400ml warm milk and water", "grated cheese", "fried onions"]),
    ("Mackerel pate", ["3 smoked mackerel fillets", "150g cream cheese", "1 lemon", "horseradish", "black pepper"]),
    ("Lentil and squash stew", ["1 small squash", "200g red lentils", "1 tin tomatoes", "2 garlic cloves", "1 tsp cumin", "spinach"]),
]


def g_recipe(r):
    name, ing = pick(r, RECIPES)
    town = pick(r, TOWNS)
    who = pick(r, FIRST)
    return "blog", lines(
        name,
        pick(r, ["My %s made this every %s and I still can't beat hers." % (pick(r, ["gran", "mum", "uncle", "neighbour"]), pick(r, ["Sunday", "autumn", "Christmas", "harvest time"])),
                 "We picked up the ingredients at the %s market on Saturday and this is what happened next." % town,
                 "A reader called %s asked for this one, so here it is." % who,
                 "Cheap, quick and good enough for guests."]),
        "You will need:",
        *["- " + i for i in ing],
        pick(r, ["Method: prepare everything first, then cook gently and taste as you go. Season at the end.",
                 "Method: combine, rest for ten minutes, then bake until golden and set.",
                 "Method: simmer slowly, stirring now and then, until thick. Leave to cool a little before serving."]),
        pick(r, ["Serves four, or two very hungry walkers.",
                 "Keeps for three days in the fridge.",
                 "Let me know in the comments how yours turns out!"]))


PRODUCTS = ["electric kettle", "pair of walking boots", "bike light", "set of wireless headphones",
            "two-person tent", "robot vacuum", "slow cooker", "rain jacket", "garden hose reel",
            "children's scooter", "air fryer", "cordless drill"]


def g_review(r):
    prod = pick(r, PRODUCTS)
    brand = pick(r, ["Northvale", "Pennock", "Brightwell", "Arlo & Finch", "Cobb", "Tamarind", "Keswin"])
    stars = r.randint(2, 5)
    return "review", lines(
        "Review: the %s %s" % (brand, prod),
        pick(r, ["I have been using this %s for about %d weeks." % (prod, r.randint(2, 20)),
                 "Bought with my own money after the old one gave up.",
                 "This %s was sent to us for testing; we sent it back afterwards." % prod]),
        "Good: %s." % pick(r, ["well built and easy to clean", "light and compact", "it is good value",
                               "quiet in use", "the battery lasts for ages"]),
        "Not so good: %s." % pick(r, ["the instructions are useless", "it is heavier than it looks",
                                      "the colour options are dull", "the cable is short",
                                      "it scratches easily"]),
        pick(r, ["Verdict: a sensible choice if you don't need the extras.",
                 "Verdict: fine, but shop around for a better price.",
                 "Verdict: the best I have tried at this price."]),
        "Rating: %d out of 5" % stars,
        pick(r, ["Price at time of review: %s." % money(r, 15, 240), ""]))


CLUBS = ["Community Choir", "Ramblers", "Photographic Society", "Knit and Natter group",
         "Model Railway Club", "Amateur Dramatic Society", "Book Group", "Cycling Club",
         "Bird Group", "Local History Society", "Men's Shed", "Ukulele Band",
         "Gardening Club", "Repair Cafe"]


def g_club(r):
    town, club = pick(r, TOWNS), pick(r, CLUBS)
    return "notice", lines(
        pick(r, ["%s %s - new members welcome" % (town, club),
                 "Join the %s %s" % (town, club),
                 "%s %s: autumn programme" % (town, club)]),
        "We meet every %s at %s in the %s." % (pick(r, WEEKDAYS), a_time(r),
                                              pick(r, ["church hall", "library meeting room",
                                                       "community centre", "back room of the Red Lion",
                                                       "scout hut"])),
        pick(r, ["No experience needed - just turn up.",
                 "Subs are %s a year, and your first session is free." % money(r, 10, 60),
                 "We are a friendly bunch of all ages."]),
        pick(r, ["Coming up: a talk from %s, a summer outing and our annual quiz." % person(r),
                 "This term we are working towards a show at the end of %s." % pick(r, MONTHS),
                 "Our outing this month is to %s; lifts can be arranged." % pick(r, TOWNS)]),
        "Contact the secretary, %s, for details." % person(r))


def g_school_faq(r):
    town = pick(r, TOWNS)
    return "faq", lines(
        pick(r, ["%s schools: term dates and FAQ" % town, "School term dates - frequently asked questions"]),
        "When does the autumn term start? Schools reopen for pupils in the first week of September; check your school's website for inset days.",
        "How long is half-term? One week, usually the last week of %s." % pick(r, ["October", "February", "May"]),
        pick(r, ["Can I take my child on holiday in term time? Only in exceptional circumstances, with the head's permission.",
                 "How do I apply for a school place? Applications are made online through the county council.",
                 "Who do I contact about school transport? The council's transport team handles all applications."]),
        pick(r, ["Do academies have different dates? Some do. Always check with the school.",
                 "What happens if the school closes because of snow? Closures are posted on the school's website and local radio."]))


def g_bins(r):
    town = pick(r, TOWNS)
    return "notice", lines(
        pick(r, ["Bin collections over the holidays", "Changes to %s bin collection days" % town,
                 "Recycling: what's changing in %s" % town]),
        pick(r, ["Collections will be one day later than usual during the holiday week.",
                 "From %s, garden waste will be collected fortnightly." % a_date(r, False),
                 "Glass will now be collected in the blue box, not the green bin."]),
        pick(r, ["Please have bins out by 7am on the day of collection.",
                 "Extra bags left beside bins will not be taken.",
                 "Flattened cardboard can go in the recycling bin."]),
        pick(r, ["Christmas trees will be collected in January if cut into pieces.",
                 "The household recycling centre on %s remains open as usual." % pick(r, STREETS),
                 "You can check your collection day online by entering your postcode."]))


def g_obit(r):
    first, last = pick(r, FIRST), pick(r, LAST)
    town = pick(r, TOWNS)
    by = r.randint(1928, 1955)
    age = r.randint(66, 94)
    job = pick(r, ["a primary school teacher", "a dairy farmer", "a district nurse",
                   "a harbour pilot", "the town's last cobbler", "a bus driver",
                   "a church organist", "a bank clerk and later branch manager"])
    return "obituary", lines(
        "%s %s, %d-%d" % (first, last, by, by + age),
        "%s %s, who has died aged %d, was %s in %s for more than thirty years." % (first, last, age, job, town),
        pick(r, ["Born in %s, %s moved to %s after marrying." % (pick(r, TOWNS), first, town),
                 "%s grew up on %s and rarely left the town." % (first, pick(r, STREETS)),
                 "After national service, %s trained in %s before returning home." % (first, pick(r, TOWNS))]),
        pick(r, ["Outside work there was the allotment, the choir and, later, the grandchildren.",
                 "%s was a stalwart of the %s and ran its raffle for decades." % (first, pick(r, CLUBS)),
                 "Many in %s will remember the Christmas window displays." % town]),
        "%s is survived by %s." % (first, pick(r, ["a son and two grandchildren", "a wife, three children and six grandchildren",
                                                    "a sister and many nieces and nephews", "a husband and two daughters"])),
        pick(r, ["A funeral service will be held at %s parish church." % town,
                 "Family flowers only; donations to the local hospice.", ""]))


def g_forum(r):
    town = pick(r, TOWNS)
    users = ["%s%d" % (pick(r, ["coastie", "walker", "mumof", "oldtimer", "newbie", "cyclist"]), r.randint(1, 99)) for _ in range(3)]
    topic_ = pick(r, [
        ("Moving to %s - advice?" % town, "We're thinking of moving to %s next year. What are the schools and the commute like?" % town),
        ("Parking near %s station" % town, "Is there anywhere to park near the station that doesn't cost a fortune?"),
        ("Best fish and chips in %s?" % town, "Visiting for a week in %s. Where should we go for fish and chips?" % pick(r, MONTHS)),
        ("Noise from %s works" % pick(r, STREETS), "Anyone else being woken up at 6am by the works? Who do I complain to?"),
        ("Dog-friendly walks near %s" % town, "Looking for a circular walk of about an hour where the dog can go off lead."),
    ])
    return "forum", lines(
        topic_[0],
        "%s wrote: %s" % (users[0], topic_[1]),
        "%s replied: %s" % (users[1], pick(r, ["Depends which end of town you're in. The north side is quieter.",
                                                 "Try the place on %s, it's been good for years." % pick(r, STREETS),
                                                 "Ring the council - they were helpful when I had the same problem.",
                                                 "Honestly, get there early or don't bother at weekends."])),
        "%s replied: %s" % (users[2], pick(r, ["+1 to the above.", "I'd avoid the summer holidays if you can.",
                                                 "There's a thread about this from last year, search for it.",
                                                 "Agree. Also worth checking the bus times, they changed recently."])),
        pick(r, ["Thread locked by moderator.", "%d replies" % r.randint(3, 40), ""]))


def g_event(r):
    town = pick(r, TOWNS)
    ev = pick(r, ["Craft fair", "Quiz night", "Plant sale", "Car boot sale", "Ceilidh",
                  "Beer festival", "Charity fun run", "Vintage vehicle rally", "Book sale",
                  "Dog show", "Open gardens day", "Christmas market"])
    return "listing", lines(
        "%s - %s" % (ev, town),
        "When: %s, %s, from %s" % (pick(r, WEEKDAYS), a_date(r, False), a_time(r)),
        "Where: %s" % pick(r, ["the village hall", "the recreation ground", "St Mary's church hall",
                               "the market square", "the school playing field", "the Drill Hall"]),
        "Entry: %s" % pick(r, ["free", money(r, 2, 12), "%s, children free" % money(r, 3, 10)]),
        pick(r, ["Refreshments available. All proceeds to the %s." % pick(r, ["scout group", "church roof fund", "school PTA", "air ambulance"]),
                 "Stalls still available - contact %s." % person(r),
                 "Teams of up to six; booking recommended.",
                 "Dogs welcome on leads."]))


def g_minutes(r):
    town = pick(r, TOWNS)
    items = [
        "Apologies were received from Cllr %s." % pick(r, LAST),
        "Minutes of the previous meeting were approved as a correct record.",
        pick(r, ["The clerk reported that the broken bench on %s had been replaced." % pick(r, STREETS),
                 "Members discussed potholes on %s; the clerk will chase the highways team." % pick(r, STREETS),
                 "A resident spoke about speeding on %s." % pick(r, STREETS)]),
        pick(r, ["A grant of %s to the %s was approved." % (money(r, 100, 900, 50), pick(r, CLUBS)),
                 "The council agreed to buy a new defibrillator for the village hall.",
                 "The precept for next year was agreed unanimously."]),
        pick(r, ["Planning: no objection to the application at %d %s." % (r.randint(2, 90), pick(r, STREETS)),
                 "Planning: members objected to the proposed phone mast on highway safety grounds.",
                 "Planning: no applications received this month."]),
        "Date of next meeting: %s %s at %s in the %s." % (pick(r, WEEKDAYS), a_date(r, False), a_time(r),
                                                          pick(r, ["village hall", "council chamber", "library"])),
    ]
    return "minutes", lines(
        pick(r, ["%s Parish Council - minutes (draft)" % town, "Minutes of the %s Town Council meeting" % town,
                 "%s Parish Council: summary of minutes" % town]),
        *["%d. %s" % (n + 1, it) for n, it in enumerate(items)])


def g_job(r):
    town = pick(r, TOWNS)
    role = pick(r, ["Part-time library assistant", "Kitchen porter", "HGV class 1 driver",
                    "Teaching assistant", "Harbour maintenance operative", "Care assistant (nights)",
                    "Bookkeeper", "Grounds person", "Receptionist", "Apprentice electrician"])
    return "job_ad", lines(
        "Vacancy: %s, %s" % (role, town),
        "Hours: %s" % pick(r, ["full time, 37.5 hours a week", "part time, 20 hours a week",
                               "flexible, including some weekends", "four nights on, four off"]),
        "Salary: %s" % pick(r, ["%s per year" % money(r, 19000, 36000, 250), "%s.%02d per hour" % (money(r, 11, 17), r.randint(0, 99))]),
        pick(r, ["We are looking for someone reliable and friendly to join our small team.",
                 "Full training will be given to the right candidate.",
                 "Experience preferred but not essential."]),
        "To apply, send a CV and covering letter to %s by %s." % (person(r), a_date(r, False)),
        pick(r, ["No agencies, please.", "We are an equal opportunities employer.", ""]))


def g_property(r):
    town, st = pick(r, TOWNS), pick(r, STREETS)
    beds = r.randint(1, 5)
    return "listing", lines(
        "%d-bedroom %s, %s, %s" % (beds, pick(r, ["terraced house", "semi-detached house", "flat", "cottage", "bungalow"]), st, town),
        "Guide price: %s" % money(r, 95000, 620000, 5000),
        pick(r, ["A well-presented home close to the town centre and schools.",
                 "In need of some updating but full of character.",
                 "Stunning views across the estuary from the rear bedrooms."]),
        pick(r, ["Accommodation comprises an entrance hall, lounge, kitchen-diner, bathroom and %d bedrooms." % beds,
                 "Gas central heating and double glazing throughout.",
                 "Enclosed rear garden with a shed and off-road parking for one car."]),
        pick(r, ["Viewing strictly by appointment.", "No onward chain.", "EPC rating D."]))


def g_bus(r):
    town, town2 = pick(r, TOWNS), pick(r, TOWNS)
    num = r.randint(1, 99)
    return "notice", lines(
        "Bus service %d: timetable changes" % num,
        "From %s, service %d between %s and %s will %s." % (
            a_date(r, False), num, town, town2,
            pick(r, ["run every 30 minutes instead of every 20",
                     "no longer serve %s" % pick(r, STREETS),
                     "start earlier on weekdays, with the first bus at 6.10am",
                     "run on Sundays for the first time"])),
        pick(r, ["The changes follow a review of passenger numbers.",
                 "The operator says the new timetable will be more reliable.",
                 "The council is subsidising the extra journeys for a trial period."]),
        pick(r, ["Concessionary passes remain valid.", "New timetables are available on board.",
                 "Single fares are unchanged."]))


def g_garden(r):
    month = pick(r, MONTHS)
    return "blog", lines(
        pick(r, ["Jobs for the garden in %s" % month, "What to do on the plot this %s" % month,
                 "The %s garden: a to-do list" % month]),
        pick(r, ["It has been a strange month for weather, and the garden shows it.",
                 "The slugs are winning again, but there is still plenty to do.",
                 "If you do only one thing this month, make it weeding."]),
        "- " + pick(r, ["Sow broad beans under cover.", "Lift and divide overgrown perennials.",
                        "Net the brassicas against pigeons.", "Cut back the lavender after flowering."]),
        "- " + pick(r, ["Give the lawn a light trim if it is dry.", "Mulch the fruit bushes.",
                        "Clean and sharpen your tools.", "Plant out leeks in deep holes."]),
        "- " + pick(r, ["Order seed catalogues and plan next year.", "Feed tomatoes weekly.",
                        "Check stored apples for rot.", "Keep the bird bath topped up."]),
        pick(r, ["Happy gardening!", "Questions? Leave a comment below.", ""]))


def g_charity(r):
    town = pick(r, TOWNS)
    who = person(r)
    return "news", lines(
        pick(r, ["Fundraiser smashes target", "%s raises money for hospice" % who,
                 "%s residents dig deep for charity" % town]),
        "%s from %s has raised %s for %s by %s." % (
            who, town, money(r, 400, 12000, 10),
            pick(r, ["the local hospice", "the air ambulance", "a children's cancer charity", "the food bank"]),
            pick(r, ["walking the coast path", "shaving off a 20-year-old beard", "swimming every day in %s" % pick(r, MONTHS),
                     "baking cakes every weekend for a year", "cycling between every church in the deanery"])),
        pick(r, ["\"People have been incredibly generous,\" they said.",
                 "The total is still rising, with donations coming in online.",
                 "It is the third year running that they have taken on a challenge."]),
        pick(r, ["Donations can be made at the post office.", ""]))


def g_police(r):
    town = pick(r, TOWNS)
    return "news", lines(
        pick(r, ["Appeal after bikes stolen in %s" % town, "Warning over doorstep scam in %s" % town,
                 "Lost dog reunited with owner", "Police step up patrols in %s" % town]),
        pick(r, ["Three bicycles were taken from a shed on %s overnight." % pick(r, STREETS),
                 "Residents have been warned about callers claiming to be from the water company.",
                 "A spaniel missing for four days was found safe on the cliffs above %s." % town,
                 "Extra officers will patrol the town centre on Friday and Saturday evenings."]),
        pick(r, ["Anyone with information is asked to contact police quoting the incident number.",
                 "Never let anyone into your home without checking their identity.",
                 "Officers thanked members of the public who shared the appeal."]),
        pick(r, ["Neighbourhood sergeant %s said the area remained a safe place to live." % pick(r, LAST), ""]))


def g_walk(r):
    town = pick(r, TOWNS)
    miles = r.randint(2, 11)
    return "guide", lines(
        pick(r, ["Walk of the month: around %s" % town, "A %d-mile circular walk from %s" % (miles, town),
                 "Short walks near %s" % town]),
        "Distance: %d miles. Time: about %d hours. Terrain: %s." % (
            miles, max(1, miles // 2), pick(r, ["field paths and quiet lanes", "coast path, steep in places",
                                               "woodland tracks, muddy after rain", "riverside path, mostly level"])),
        "Start from %s, where there is %s." % (pick(r, ["the church", "the harbour car park", "the village green", "the station"]),
                                               pick(r, ["free parking", "a pay-and-display car park", "roadside parking"])),
        pick(r, ["Follow the lane uphill and take the stile on the left after the last house.",
                 "Head along the shore until you reach the old lime kiln, then turn inland.",
                 "Cross the footbridge and follow the waymarked path through the wood."]),
        pick(r, ["The pub at the halfway point serves food all day.",
                 "Look out for orchids on the banks in early summer.",
                 "Keep dogs on leads near livestock."]))


def g_business(r):
    town, st = pick(r, TOWNS), pick(r, STREETS)
    kind = pick(r, ["cafe", "bookshop", "bike repair shop", "zero-waste shop", "bakery",
                    "barber's", "wine bar", "pet grooming parlour", "deli"])
    owner = person(r)
    return "news", lines(
        pick(r, ["New %s opens on %s" % (kind, st), "%s gets a new %s" % (town, kind),
                 "Former bank becomes %s" % kind]),
        "%s has opened a %s at %d %s, %s." % (owner, kind, r.randint(1, 80), st, town),
        pick(r, ["\"I've wanted to do this for years,\" said %s." % owner.split()[0],
                 "The building had been empty for two years.",
                 "It is the second business %s has opened in the town." % owner.split()[0]]),
        "Opening hours are %s to %s, %s." % (a_time(r), a_time(r), pick(r, ["Tuesday to Saturday", "every day", "Monday to Friday"])),
        pick(r, ["There is a 10% discount for the first week.", "Local suppliers are used wherever possible.", ""]))


def g_parking_faq(r):
    town = pick(r, TOWNS)
    return "faq", lines(
        "Parking permits in %s: FAQ" % town,
        "Who can apply for a resident's permit? Anyone living in a controlled parking zone.",
        "How much does a permit cost? %s a year for the first vehicle." % money(r, 30, 140, 5),
        pick(r, ["Can visitors park? Yes, with a visitor voucher, sold in books of ten.",
                 "Do I need a permit on Sundays? No, restrictions apply Monday to Saturday only.",
                 "What if I change my car? Update your details online; there is no charge."]),
        pick(r, ["How do I appeal a penalty charge? Online, within 28 days.",
                 "Are there electric vehicle charging bays? Yes, in the %s car park." % pick(r, STREETS)]))


def g_league(r):
    sport = pick(r, ["pub quiz league", "darts league", "five-a-side league", "skittles league", "netball league"])
    teams = r.sample(["The Anchor", "Red Lion A", "Harbour Arms", "Station Social", "Kings Head",
                      "Old Bell", "Legion Club", "The Ship", "Mill Tavern", "Rugby Club B"], 5)
    pts = sorted(r.sample(range(8, 60), 5), reverse=True)
    return "results", lines(
        "%s %s: latest table" % (pick(r, TOWNS), sport),
        *["%d. %s - %d points" % (n + 1, t, p) for n, (t, p) in enumerate(zip(teams, pts))],
        pick(r, ["Next round of fixtures on %s." % pick(r, WEEKDAYS),
                 "Results must be phoned through to the league secretary by midnight.",
                 "Cup draw to be made at the AGM."]),
        pick(r, ["Player of the month: %s." % person(r), ""]))


def g_correction(r):
    town = pick(r, TOWNS)
    return "correction", lines(
        "Corrections and clarifications",
        pick(r, ["An earlier version of our report on the %s carnival said it would take place on %s. It takes place on %s." % (
                     town, pick(r, WEEKDAYS), pick(r, WEEKDAYS)),
                 "In last week's article about the %s allotments we misspelled the name of the society's secretary, %s. We apologise." % (
                     town, person(r)),
                 "Our story about the %s bypass consultation gave the wrong closing date. Responses are accepted until %s." % (
                     town, a_date(r, False)),
                 "A photo caption in our %s feature wrongly identified the building as the old school; it is the former chapel." % town]),
        pick(r, ["We are happy to set the record straight.", "The online version has been amended.",
                 "To report an error, contact the readers' editor."]))


def g_hall(r):
    town = pick(r, TOWNS)
    return "faq", lines(
        "Hiring %s community hall" % town,
        "The main hall seats %d and has a stage, a kitchen and accessible toilets." % r.randrange(60, 220, 10),
        "Rates: %s an hour for community groups, %s an hour for private parties." % (money(r, 8, 16), money(r, 18, 40)),
        pick(r, ["Bookings are taken up to a year in advance.", "A deposit is required for evening bookings.",
                 "Sorry, no bouncy castles."]),
        "Contact the bookings secretary, %s." % person(r))


def g_health(r):
    town = pick(r, TOWNS)
    return "notice", lines(
        pick(r, ["Pharmacy opening over the bank holiday", "Flu jabs: clinics in %s" % town,
                 "Health advice for the warm weather"]),
        pick(r, ["The pharmacy on %s, %s, will open from 10am to 4pm on the bank holiday Monday." % (pick(r, STREETS), town),
                 "Flu vaccination clinics for eligible adults will be held at %s surgery on Saturday mornings." % town,
                 "Drink plenty of water, stay out of the sun at midday and check on neighbours who live alone."]),
        pick(r, ["If you need medical help and it isn't an emergency, call the health advice line.",
                 "You do not need to book, but please bring your appointment letter if you have one.",
                 "Children should be given plenty of fluids and kept in the shade."]),
        pick(r, ["For emergencies always dial 999.", ""]))


def g_app(r):
    app = pick(r, ["ParkEasy", "BinDay", "Tidewatch", "TownTrail", "LibraryGo", "BusBuddy"])
    ver = "%d.%d.%d" % (r.randint(1, 6), r.randint(0, 9), r.randint(0, 9))
    return "release_notes", lines(
        "%s %s release notes" % (app, ver),
        pick(r, ["This update is available now for all supported phones.",
                 "Thanks for using %s! Here's what's new." % app]),
        "- " + pick(r, ["Fixed a crash when opening the map offline.", "Faster start-up.",
                        "Improved accessibility for screen-reader users.", "Dark mode now follows your system setting."]),
        "- " + pick(r, ["Updated the list of %s streets." % pick(r, TOWNS), "Clearer error messages.",
                        "Notifications now arrive on time.", "Minor bug fixes."]),
        pick(r, ["Enjoying the app? Please leave a review.", "Found a bug? Tell us through the help menu."]))


def g_allotment(r):
    town = pick(r, TOWNS)
    return "newsletter", lines(
        "%s Allotment Society newsletter" % town,
        pick(r, ["Plot inspections will take place next month - please keep paths clear.",
                 "The water troughs will be turned on at the start of April.",
                 "Bulk seed potato orders must be in by the end of January."]),
        pick(r, ["The trading hut is open on Sunday mornings.",
                 "We have %d people on the waiting list, so please tell us if you are giving up your plot." % r.randint(8, 60),
                 "Rents for next year are unchanged."]),
        pick(r, ["Congratulations to %s, whose onions won at the county show." % person(r),
                 "Thanks to %s for mending the gate." % person(r),
                 "Bonfires are not permitted at any time."]))


def g_history(r):
    town = pick(r, TOWNS)
    ys = sorted(r.sample(range(1820, 1990), 3))
    facts = ["the gasworks opened", "a great fire destroyed six houses on %s" % pick(r, STREETS),
             "the railway reached the town", "the first cinema opened",
             "the harbour wall was extended", "the grammar school was founded",
             "the town band won a national brass contest", "the market charter was renewed",
             "electric street lighting was switched on", "the last tannery closed"]
    f = r.sample(facts, 3)
    return "blog", lines(
        pick(r, ["From the archive: %s through the years" % town, "%s history corner" % town,
                 "Did you know? Snippets of %s history" % town]),
        *["In %d, %s." % (y, x) for y, x in zip(ys, f)],
        pick(r, ["The local history society meets monthly; visitors welcome.",
                 "Photos from the museum collection.", ""]))


def g_letters(r):
    town = pick(r, TOWNS)
    return "letters", lines(
        pick(r, ["Letter: %s" % pick(r, ["Where have all the benches gone?", "Thank you, %s" % town,
                                         "Parking charges are driving shoppers away", "Save our library"]),
                 "Your letters"]),
        pick(r, ["Sir, I have lived in %s for forty years and never seen the high street so empty." % town,
                 "Sir, I would like to thank the stranger who returned my purse outside the post office last week.",
                 "Sir, once again the verges on %s have been cut in the middle of the nesting season." % pick(r, STREETS),
                 "Sir, the new timetable makes it impossible to get to work by bus."]),
        pick(r, ["Surely someone at the council can see what is happening.",
                 "It restored my faith in people.",
                 "I urge other readers to write to their councillors.",
                 "Is anyone else fed up?"]),
        "%s, %s" % (person(r), pick(r, TOWNS)))


def para(r, options, k):
    return " ".join(r.sample(options, k))


def g_feature(r):
    town = pick(r, TOWNS)
    st = pick(r, STREETS)
    who = person(r)
    history = [
        "%s grew up around its harbour and its mills, and you can still read that history in the street names." % town,
        "Most visitors drive straight through %s on the way to somewhere else. That is their loss." % town,
        "A century ago %s was a busy little place with three railway sidings and a cattle market every Tuesday." % town,
        "The old town is small enough to walk round in an hour, but it rewards a slower look.",
        "Half the shopfronts on %s still carry the painted names of the families who ran them." % st,
    ]
    food = [
        "For lunch, the bakery on %s does a proper pasty and a decent coffee." % st,
        "The pub by the bridge serves food all day and does not mind muddy boots.",
        "On market days the square fills with stalls selling cheese, bread, plants and second-hand books.",
        "There is a chip shop with a queue out of the door on Friday nights, which tells you all you need to know.",
        "If you have a sweet tooth, the tearoom opposite the church is famous for its lemon cake.",
    ]
    doing = [
        "The museum, run entirely by volunteers, is free and open most afternoons.",
        "A waymarked path leads out of town along the river to an old lime kiln and back over the hill.",
        "The parish church has a fine timber roof and a leaflet that explains the carvings.",
        "Children will like the adventure playground in the park and the ducks on the mill pond.",
        "In summer there are guided walks every Sunday, starting from the library at 2pm.",
    ]
    locals_ = [
        "\"People are friendly here, once they have seen you a few times,\" says %s, who moved to the town a decade ago." % who,
        "\"We get walkers, cyclists, families - and the odd lost lorry,\" laughs %s, who runs a guest house near the station." % who,
        "%s, whose family has farmed nearby for four generations, says the town has changed less than people think." % who,
    ]
    stay = [
        "There are a handful of guest houses and a small campsite on the edge of town.",
        "Parking is free in the long-stay car park behind the library.",
        "The nearest railway station is a short bus ride away; buses run hourly except on Sundays.",
    ]
    return "feature", lines(
        pick(r, ["A day out in %s" % town, "Why %s deserves a second look" % town,
                 "%s: a small town with a long memory" % town, "Weekend break: %s" % town]),
        para(r, history, 2),
        para(r, doing, r.randint(2, 3)),
        para(r, food, 2),
        pick(r, locals_),
        para(r, stay, r.randint(1, 2)))


def g_match(r):
    t1, t2 = r.sample(TOWNS, 2)
    sfx1 = pick(r, ["Town", "Athletic", "United", "Rovers", "Wanderers FC", "Celtic"])
    sfx2 = pick(r, ["Town", "Athletic", "United", "Rovers", "Albion", "Rangers"])
    g1, g2 = r.randint(0, 5), r.randint(0, 4)
    scorer1, scorer2 = person(r), person(r)
    return "match_report", lines(
        "%s %s %d %s %s %d" % (t1, sfx1, g1, t2, sfx2, g2),
        pick(r, ["Division %s" % pick(r, ["One", "Two", "Three"]) + " of the county league, played on %s." % pick(r, WEEKDAYS),
                 "A cold afternoon and a heavy pitch at %s's ground." % t1,
                 "League match report, from our correspondent on the touchline."]),
        pick(r, ["The home side started brightly and %s had a shot cleared off the line inside five minutes." % scorer1,
                 "It was a scrappy first half, with neither goalkeeper really tested until just before the break.",
                 "The visitors, missing three regulars, sat deep and tried to hit on the break."]),
        pick(r, ["%s opened the scoring with a low shot from the edge of the area." % scorer1 if g1 else "Chances came and went for the hosts, but nothing would go in.",
                 "A header from a corner by %s set the tone." % scorer1 if g1 else "The home forwards will not want to watch the replay."]),
        pick(r, ["%s replied for the visitors after a mix-up in defence." % scorer2 if g2 else "The visitors barely threatened after the break.",
                 "%s's late strike gave the travelling supporters something to cheer." % scorer2 if g2 else "The away side never found a way through."]),
        pick(r, ["Man of the match: %s." % pick(r, [scorer1, scorer2]),
                 "Attendance: %d." % r.randint(40, 400),
                 "Next up: a cup tie away to %s." % pick(r, TOWNS)]))


def g_council_report(r):
    town = pick(r, TOWNS)
    cllr1, cllr2 = pick(r, LAST), pick(r, LAST)
    issue = pick(r, [
        ("a new skate park on the recreation ground", "young people had been asking for it for years"),
        ("charging for parking on Sundays", "the town centre needed every visitor it could get"),
        ("closing the public toilets on %s" % pick(r, STREETS), "the savings were tiny compared with the harm"),
        ("a 20mph limit around the primary school", "parents were frightened to let children walk"),
        ("selling the old fire station to a developer", "the building should be kept for community use"),
    ])
    yes, no = r.randint(6, 14), r.randint(1, 9)
    return "news", lines(
        pick(r, ["Councillors back plan for %s" % issue[0], "Heated debate over %s" % issue[0],
                 "%s council votes on %s" % (town, issue[0])]),
        "%s councillors have voted %d to %d in favour of %s, after a debate that lasted more than an hour." % (town, yes, no, issue[0]),
        "Cllr %s, who proposed the motion, said %s." % (cllr1, issue[1]),
        pick(r, ["Cllr %s said the council had not consulted properly and warned that residents would be angry." % cllr2,
                 "Cllr %s abstained, saying she wanted to see the figures first." % cllr2,
                 "Opponents, led by Cllr %s, said the money would be better spent on road repairs." % cllr2]),
        pick(r, ["About thirty residents watched from the public gallery, some holding placards.",
                 "The meeting was also streamed online and watched by around 200 people.",
                 "Members of the public were allowed to speak for three minutes each before the vote."]),
        pick(r, ["The decision will be reviewed in twelve months.",
                 "Work is expected to start in the spring, subject to planning permission.",
                 "A full report will come back to the next meeting."]))


def g_diary(r):
    town = pick(r, TOWNS)
    dog = pick(r, ["Biscuit", "Mabel", "Pepper", "Scout", "Juniper", "Otto"])
    openings = [
        "It rained all week, so naturally the boiler chose Tuesday to give up.",
        "We have now lived in %s for exactly one year, and I promised myself I would write about it." % town,
        "%s the dog has discovered the beach, and our car will never be clean again." % dog,
        "Some weeks are quiet. This was not one of them.",
    ]
    middles = [
        "The man at the hardware shop on %s knew more about radiators than anyone I have ever met." % pick(r, STREETS),
        "On Saturday we walked the cliff path as far as the old coastguard cottages and back, which took longer than the sign claimed.",
        "The neighbours invited us round for a drink, and we ended up staying until midnight talking about allotments.",
        "I finally joined the library, which has a better collection of local history than I expected.",
        "The bus into town was late again, but the driver apologised to every single passenger, which was sweet.",
        "We tried the new cafe by the station. The coffee was good; the cake was enormous.",
    ]
    endings = [
        "Next week: painting the back bedroom, if the weather holds.",
        "If anyone knows a good plumber, please leave a comment.",
        "More soon. Thanks for reading.",
        "%s sends her regards." % dog,
    ]
    return "blog", lines(
        pick(r, ["Week %d in %s" % (r.randint(2, 60), town), "Notes from a small town", "A week of small disasters",
                 "Life in %s: an update" % town]),
        pick(r, openings),
        para(r, middles, r.randint(2, 4)),
        pick(r, endings))


def g_tourism_faq(r):
    town = pick(r, TOWNS)
    qa = [
        "How do I get to %s? By car, follow the brown signs from the main road. By train, change at %s for the branch line." % (town, pick(r, TOWNS)),
        "Where can I park? There are two pay-and-display car parks in the centre; the one by the river is cheaper for long stays.",
        "Is the town accessible? Most of the centre is level, though the harbour area has cobbles and some steep lanes.",
        "Are dogs allowed on the beach? From May to September dogs are banned from the main beach between 10am and 6pm.",
        "Where is the tourist information centre? In the library building, open daily in summer and on weekdays in winter.",
        "Are there public toilets? Yes, on the quay and in the main car park, including an accessible toilet.",
        "What's on in the evenings? The pubs have live music at weekends, and the community cinema shows films on Fridays.",
        "Can I hire bikes? Yes, from the shop near the station. Booking is advised in the school holidays.",
    ]
    return "faq", lines(
        pick(r, ["Visiting %s: frequently asked questions" % town, "%s visitor information" % town,
                 "Planning a trip to %s? Start here" % town]),
        *r.sample(qa, r.randint(4, 6)),
        pick(r, ["Information correct at time of writing.", "Have a great visit!"]))


FILLER_GENS = [g_road, g_hours, g_planning, g_forecast, g_recipe, g_review, g_club,
               g_school_faq, g_bins, g_obit, g_forum, g_event, g_minutes, g_job,
               g_property, g_bus, g_garden, g_charity, g_police, g_walk, g_business,
               g_parking_faq, g_league, g_correction, g_hall, g_health, g_app,
               g_allotment, g_history, g_letters, g_feature, g_match,
               g_council_report, g_diary, g_tourism_faq, g_feature, g_diary,
               g_council_report]


EXTRA = {
    "notice": [
        "This notice is also available in large print on request.",
        "Residents who have questions can call in at the council offices on {street}, {town}, on weekday mornings.",
        "Updates will be posted on the council's social media channels.",
        "We know this will cause disruption and we are grateful for everyone's patience while the work is carried out.",
        "Businesses on {street} remain open as usual during this period.",
    ],
    "listing": [
        "Free parking is available nearby, and the venue is accessible for wheelchair users.",
        "Please bring cash, as not all stallholders take cards.",
        "Last year the event raised more than {money} for good causes in {town}.",
        "Photographs may be taken on the day for publicity purposes.",
    ],
    "faq": [
        "We update these answers regularly; if something looks out of date, please tell us.",
        "You can also ask at the reception desk in {town} during opening hours.",
        "Large-print and easy-read versions of this page are available.",
    ],
    "obituary": [
        "{first} loved the sea and swam off the beach at {town} well into old age.",
        "Friends remember a generous host, a fierce card player and a terrible singer.",
        "A memorial bench is planned for the promenade at {town}.",
        "{first} kept a diary every day for more than sixty years; the volumes are to be given to the county archive.",
    ],
    "job_ad": [
        "Benefits include a pension scheme, free parking and 28 days' holiday.",
        "Informal enquiries are welcome; ask for the manager.",
        "Interviews will be held in {town} the week after the closing date.",
    ],
    "news": [
        "The story was first reported on our website on {weekday}.",
        "Have you got a story for us? Contact the newsdesk.",
        "A spokesperson for the council said it had nothing to add at this stage.",
    ],
    "blog": [
        "As always, thanks for reading, and see you next week.",
        "Photos from the weekend are on my page if you want to see them.",
        "I write this blog in my spare time, so apologies for the gaps between posts.",
    ],
    "minutes": [
        "The meeting closed at {time}.",
        "There were {n} members of the public present.",
        "These minutes are draft until approved at the next meeting.",
    ],
}

FILLER_PAD = [
    "More information is available from the council offices.",
    "This page was last reviewed by the communications team.",
    "If you have a question that is not answered here, please get in touch.",
    "Thank you for your patience and support.",
    "Details were correct at the time of publishing but may change.",
]

HEADER_CLUTTER = [
    "Skip to main content",
    "By {person}",
    "By {person}, local democracy reporter",
    "By {person} | Community news",
    "Advertisement",
    "Listen to this article",
    "{n} min read",
    "Home > News > Local",
    "We use cookies to improve your experience on our site. Accept all | Manage preferences",
    "This page may contain affiliate links.",
]
FOOTER_CLUTTER = [
    "Share this: Facebook | X | WhatsApp | Email",
    "Share this article",
    "Related: {title}",
    "Read more: {title}",
    "Comments ({n})",
    "Sign up to our newsletter for the latest local news.",
    "Print | Email | Share",
    "Report an error on this page",
    "Cookie settings | Privacy policy | Terms of use",
    "Most read: {title}",
]


def word_count(text):
    return len(text.split())


def forbidden_strings():
    out = set()
    for t in TOPICS:
        for q in t["qs"]:
            for a in q["answers"]:
                out.add(a.lower())
            for a in q["absent"]:
                out.add(a.lower())
    return sorted(out)


def is_clean(text, forbidden):
    low = text.lower()
    return not any(f in low for f in forbidden)


def build_digests(forbidden):
    r = random.Random(DIGEST_SEED)
    out = []
    seen = set()
    while len(out) < N_DIGESTS:
        genre, keys, text = make_digest(r)
        if text in seen or not is_clean(text, forbidden):
            continue
        if not MIN_WORDS <= word_count(text) <= MAX_WORDS:
            continue
        seen.add(text)
        out.append({"topic": "digest:" + keys, "role": "digest",
                    "genre": "digest_" + genre, "text": text})
    return out


def build_filler(n, forbidden):
    r = random.Random(FILLER_SEED)
    out = []
    seen = set()
    order = list(FILLER_GENS)
    i = 0
    while len(out) < n:
        gen = order[i % len(order)]
        i += 1
        if i % len(order) == 0:
            r.shuffle(order)
        for _ in range(50):
            genre, text = gen(r)
            if genre in EXTRA and r.random() < 0.45:
                first = text.split(" ", 1)[0]
                text = text + "\n" + pick(r, EXTRA[genre]).format(
                    town=pick(r, TOWNS), street=pick(r, STREETS), money=money(r, 300, 5000, 50),
                    first=first, weekday=pick(r, WEEKDAYS), time=a_time(r), n=r.randint(2, 30))
            while word_count(text) < MIN_WORDS:
                text = text + "\n" + pick(r, FILLER_PAD)
            if text in seen or not is_clean(text, forbidden):
                continue
            if word_count(text) > MAX_WORDS:
                continue
            seen.add(text)
            out.append({"topic": "filler", "role": "filler", "genre": genre,
                        "text": text})
            break
    return out


def add_clutter(docs, titles, forbidden):
    r = random.Random(CLUTTER_SEED)
    for d in docs:
        if r.random() >= 0.36:
            continue
        parts = d["text"].split("\n")
        new_head = []
        new_foot = []
        mode = r.randrange(3)
        if mode in (0, 2):
            new_head.append(pick(r, HEADER_CLUTTER))
        if mode in (1, 2):
            new_foot.append(pick(r, FOOTER_CLUTTER))
            if r.random() < 0.4:
                new_foot.append(pick(r, FOOTER_CLUTTER))
        fmt = {"person": person(r), "n": r.randint(2, 60)}
        head = [h.format(title=pick(r, titles), **fmt) for h in new_head]
        foot = [f.format(title=pick(r, titles), **fmt) for f in new_foot]
        text = "\n".join([parts[0]] + head + parts[1:] + foot)
        if word_count(text) > MAX_WORDS:
            continue
        if not is_clean("\n".join(head + foot), forbidden):
            continue
        d["text"] = text
        d["cluttered"] = True


def main():
    forbidden = forbidden_strings()
    topic_docs = []
    for t in TOPICS:
        answer_idx = {i for q in t["qs"] for i in q["src"]}
        for i, d in enumerate(t["docs"]):
            d = dict(d)
            d["role"] = "answer" if i in answer_idx else "near_miss"
            d["topic"] = t["key"]
            d["local"] = i
            topic_docs.append(d)
    digests = build_digests(forbidden)
    n_filler = N_DOCS - len(topic_docs) - len(digests)
    filler = build_filler(n_filler, forbidden)
    all_docs = topic_docs + digests + filler
    titles = [d["text"].split("\n", 1)[0] for d in filler]
    add_clutter(all_docs, titles, forbidden)
    order = list(range(len(all_docs)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    names = {}
    for pos, idx in enumerate(order):
        all_docs[idx]["file"] = "u%04d.txt" % (pos + 1)
    for d in all_docs:
        if "local" in d:
            names[(d["topic"], d["local"])] = d["file"]

    os.makedirs(DOCS_DIR, exist_ok=True)
    for fn in os.listdir(DOCS_DIR):
        if re.fullmatch(r"u\d{4}\.txt", fn):
            os.remove(os.path.join(DOCS_DIR, fn))
    for d in all_docs:
        with open(os.path.join(DOCS_DIR, d["file"]), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(d["text"] + "\n")

    eval_rows = []
    gold_rows = []
    n = 0
    for split in ("tune", "heldout"):
        for t in TOPICS:
            if t["split"] != split:
                continue
            for q in t["qs"]:
                n += 1
                answerable = bool(q["answers"])
                row = {
                    "id": "q%03d" % n,
                    "question": q["question"],
                    "answers": q["answers"],
                    "sources": sorted(names[(t["key"], i)] for i in q["src"]),
                    "answerable": answerable,
                    "kind": q["kind"],
                    "split": split,
                }
                eval_rows.append(row)
                g = dict(row)
                g["topic"] = t["key"]
                g["evidence"] = q["ev"]
                g["near_miss"] = sorted(names[(t["key"], i)] for i in q["nm"])
                g["absent"] = q["absent"]
                gold_rows.append(g)

    with open(os.path.join(HERE, "eval.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for row in eval_rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for row in gold_rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "doc_index.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\ttopic\trole\tgenre\n")
        for d in sorted(all_docs, key=lambda x: x["file"]):
            fh.write("%s\t%s\t%s\t%s\n" % (d["file"], d["topic"], d["role"], d["genre"]))
    print("docs=%d topic_docs=%d digests=%d filler=%d questions=%d" % (
        len(all_docs), len(topic_docs), len(digests), len(filler), len(eval_rows)))


if __name__ == "__main__":
    main()
