#!/usr/bin/env python3
"""Build the probe20 synthetic retrieval QA evaluation set.

Everything here is invented for this project (Apache-2.0). Running this
script regenerates docs/, eval.jsonl, gold.jsonl and doc_index.tsv byte for
byte (all randomness uses fixed seeds).

Usage: python build.py [--out DIR]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from pathlib import Path
from typing import Any, Callable

SEED = 20240620
N_DOCS = 900
N_DIGESTS = 150
MIN_WORDS = 40
MAX_WORDS = 250
HERE = Path(__file__).resolve().parent

Record = dict[str, Any]
TOPICS: list[Record] = []


def A(question: str, answers: list[str], sources: list[str], evidence: str,
      kind: str, near: tuple[str, ...] = ()) -> Record:
    """An answerable question; sources and near are document keys of the topic."""
    return {"question": question, "answers": answers, "sources": sources,
            "answerable": True, "kind": kind, "evidence": evidence,
            "near_miss": list(near), "absent": []}


def U(question: str, near: tuple[str, ...], absent: list[str], kind: str) -> Record:
    """An unanswerable question: only near misses exist, the fact is withheld."""
    return {"question": question, "answers": [], "sources": [],
            "answerable": False, "kind": kind, "evidence": "",
            "near_miss": list(near), "absent": absent}


def topic(name: str, docs: dict[str, tuple[str, str]], questions: list[Record],
          mentions: list[str]) -> None:
    TOPICS.append({"name": name, "docs": docs, "questions": questions,
                   "mentions": mentions})


# ---------------------------------------------------------------------------
# Hand-written topics
# ---------------------------------------------------------------------------

topic("tarrowby-half-marathon", {
    "a": ("wire", """\
Vinter edged out as Dalby takes Tarrowby Half Marathon
TARROWBY, April 10 (Meridian Wire) – Osric Dalby won the 2022 Tarrowby Half Marathon on Sunday in 1:04:51, holding off last year's champion Jarek Vinter by nine seconds on the long drag up Castle Wynd. Vinter, who led until the 19-kilometre mark, finished second in 1:05:00, with club runner Faisal Orme third in 1:05:47.
In the women's race Pella Mornay broke away early and won in 1:13:09, more than a minute clear of Ruth Castellane.
Organisers said 3,412 runners finished, a record for the event, which returned to its traditional spring date after two autumn editions. Race director Gwen Haldane said the new chip-timing mats on the promenade had worked "without a hiccup".
The course record of 1:03:58, set in 2017, was never threatened in a stiff westerly wind."""),
    "n1": ("results_table", """\
Tarrowby Half Marathon 2021 – provisional results
Held Sunday 26 September 2021 (autumn date). Results are provisional until confirmed by the timing contractor.
Men
1. Jarek Vinter (Caldervane Harriers) 1:05:30
2. Osric Dalby (Tarrowby AC) 1:05:41
3. Milo Raskin (unattached) 1:06:12
Women
1. Annick Sollis (Vellmoor RC) 1:14:55
2. Pella Mornay (Tarrowby AC) 1:15:20
3. Dee Okoro-Lund (Prell Striders) 1:16:03
Finishers: 2,870. Wheelchair race: no entrants this year. Queries about results should be sent to the results team by 3 October."""),
    "n2": ("blog_post", """\
New route for the Tarrowby Half Marathon next spring
Posted by Gwen Haldane, race director
Big news for 2024: the Tarrowby Half Marathon is moving its finish from the promenade to Castle Green, cutting out the final loop around the harbour. The start stays on Quay Street. We know many of you loved the sea-front finish, but the harbour works mean we cannot close the road next April.
Entries open on 1 November and the early-bird fee is £32 for affiliated runners. Pacers will again be provided for every five minutes from 1:30 to 2:30. We are also looking for marshals – every volunteer gets a technical tee and a bacon roll."""),
}, [
    A("Who finished second in the men's race at the 2022 Tarrowby Half Marathon?",
      ["Jarek Vinter", "Vinter"], ["a"],
      "Vinter, who led until the 19-kilometre mark, finished second in 1:05:00", "who", ("n1",)),
    U("What was the winning time in the women's race at the 2023 Tarrowby Half Marathon?",
      ("a", "n1", "n2"), ["2023 Tarrowby Half Marathon", "Tarrowby Half Marathon 2023"], "what_time"),
], [
    "Entries for the Tarrowby Half Marathon open in the autumn, and organisers are again appealing for marshals.",
    "Runners training for the Tarrowby Half Marathon have been asked to keep off the promenade while the harbour works continue.",
])

topic("halloran-prize", {
    "a": ("press_release", """\
Castellow's The Salt Orchard wins 2021 Halloran Prize for Fiction
PRESS RELEASE – for immediate release
The Halloran Trust is delighted to announce that Miren Castellow has won the 2021 Halloran Prize for Fiction for her novel The Salt Orchard (Pellbrook Books). The winner was revealed at a ceremony at the Caldervane Assembly Rooms on Thursday evening and receives £12,000.
Chair of judges Ottilie Vane called the book "a patient, furious novel about a family orchard swallowed by the sea". The three other shortlisted titles were A Lantern for Gull Island by Teodor Ashe, The Weight of Small Boats by Hannelore Quist, and Ninefold by Sunniva Drake; each of their authors receives £1,000.
Notes to editors: The Halloran Prize was established by the publisher Idelle Marsh and first awarded in 2010. Entries for the 2022 prize open in January."""),
    "n1": ("news", """\
Halloran Prize 2022 shortlist announced
Six novels are in contention for this year's Halloran Prize for Fiction, the Halloran Trust announced today. The shortlist is: The Ferryman's Almanac by Colm Ridley; Bright Wire by Anouk Selby; A House at Tidesend by Marguerite Feld; Undertow Hymns by Lior Stanek; The Cartographer's Dog by Ines Palfrey; and Halfway to Prell by Teodor Ashe, shortlisted for the second year running.
The winner will be announced on 3 November at the Caldervane Assembly Rooms. The judges are chaired this year by the critic Bartholomew Lyle, who said the panel had read 143 submissions."""),
}, [
    A("Which novel won the Halloran Prize for Fiction in 2021?", ["The Salt Orchard"], ["a"],
      "Miren Castellow has won the 2021 Halloran Prize for Fiction for her novel The Salt Orchard", "which", ("n1",)),
    U("Who won the 2022 Halloran Prize for Fiction?", ("a", "n1"),
      ["won the 2022 Halloran Prize", "2022 Halloran Prize winner"], "who"),
], [
    "The Halloran Trust is holding a free reading evening with past shortlisted authors at Caldervane Library.",
    "Booksellers say sales of Halloran Prize titles still jump after each ceremony.",
])

topic("vellmoor-eastgate-bypass", {
    "a": ("minutes", """\
Vellmoor District Council – Minutes of the Full Council meeting, 14 March
Present: Cllr Hanne Rusk (Acting Leader, in the chair), Cllr B. Orwell-Tate (Deputy Leader) and 40 further members. Apologies: Cllrs Maddox, Pereira-Vance and Lunn.
Item 7: Eastgate Bypass – approval of preferred route (Option C)
The Director of Place introduced the report. Members debated the impact on Holloway Meadows and the cost estimate of £74.5 million. An amendment from the Independent group to defer the decision was withdrawn.
RESOLVED: that Option C be approved as the preferred route. The motion was carried by 23 votes to 17, with two abstentions, a majority of six.
Item 8: Appointment of a permanent Leader – deferred to the April meeting; Cllr Rusk continues as Acting Leader until then.
The meeting closed at 21:48."""),
    "n1": ("wire", """\
Vellmoor bypass vote expected to be tight
VELLMOOR, March 9 (Northgate Press) – Councillors in Vellmoor will vote next week on the route of the long-delayed Eastgate Bypass, with opposition members predicting the scheme could fall by as many as four votes. Campaigners from Save Holloway Meadows plan to march from the Corn Hall to the council offices before the meeting. A council spokeswoman said officers expected a "clear decision" and that, if the route were approved, a planning application would follow within a year. The scheme has been discussed since 2009."""),
    "n2": ("minutes", """\
Dunmarrow Town Council – minutes, 2 March
Item 4: Northern Relief Road consultation response. Members agreed unanimously (11 votes to 0) to object to the county's proposed Northern Relief Road on the grounds of flood risk at Dunmarrow Carr. The Clerk will submit the response by 20 March.
Item 5: Allotment rents to rise by £4 per plot from October.
Item 6: Any other business – the bench outside the library has been repaired, and the Christmas lights committee will meet in September."""),
}, [
    A("According to the council minutes, by what majority did Vellmoor District Council approve the preferred route for the Eastgate Bypass?",
      ["a majority of six", "six"], ["a"],
      "The motion was carried by 23 votes to 17, with two abstentions, a majority of six.", "according_to", ("n1", "n2")),
    U("On what date is construction of the Eastgate Bypass due to begin?", ("a", "n1"),
      ["Eastgate Bypass construction will start", "construction of the Eastgate Bypass begins"], "on_what_date"),
], [
    "Campaigners opposed to the Eastgate Bypass will hold a picnic on Holloway Meadows this Sunday.",
    "Vellmoor District Council's next full meeting is expected to discuss transport spending again.",
])

topic("gravenholt-mills-results", {
    "a": ("wire", """\
Gravenholt Mills lifts annual revenue, holds dividend
GRAVENHOLT, Feb 27 (Meridian Wire) – Flour and animal-feed maker Gravenholt Mills plc on Tuesday reported full-year revenue of £412.6 million for 2023, up 8.3% on the previous year, helped by higher prices for its bakery flours. Pre-tax profit fell to £38.1 million from £41.9 million as energy costs bit into margins.
Chief executive Ruth Anselm said volumes at the company's Millbrook site had "recovered strongly in the second half". The board held the final dividend at 6.2p a share.
Analysts at Quarry Lane Securities had forecast revenue of £405 million. Shares rose 3% in early trading."""),
    "n1": ("press_release", """\
Gravenholt Mills plc – interim results for the six months to 30 June 2023
Revenue: £198.2 million (H1 2022: £185.7 million), up 6.7%
Operating profit: £17.4 million (H1 2022: £19.0 million)
Interim dividend: 2.9p per share (unchanged)
Ruth Anselm, Chief Executive, commented: "The first half was shaped by high energy prices. We expect volumes to improve in the second half as our new milling line at Millbrook comes fully on stream."
The Board expects full-year results to be in line with market expectations."""),
    "n2": ("news", """\
Gravenholt Mining plans new quarry near Stonecrake
Gravenholt Mining Ltd, a private aggregates company not connected with the flour miller Gravenholt Mills, has applied to open a limestone quarry at Ridgeway Bank near Stonecrake. The company says the site would employ 35 people and extract up to 400,000 tonnes a year. Revenue at the family-owned business was £22.4 million last year, up 12%. Residents have until 18 May to comment on the application."""),
}, [
    A("What was Gravenholt Mills' full-year revenue for 2023?", ["£412.6 million", "412.6 million"], ["a"],
      "reported full-year revenue of £412.6 million for 2023", "how_much", ("n1", "n2")),
    A("By what percentage did Gravenholt Mills' full-year revenue rise in 2023?", ["8.3%"], ["a"],
      "up 8.3% on the previous year", "percentage", ("n1", "n2")),
], [
    "Gravenholt Mills is hosting an open day for school leavers interested in engineering apprenticeships.",
    "Shares in Gravenholt Mills were little changed this week.",
])

topic("saltmarrow-water-chief", {
    "a": ("press_release", """\
Saltmarrow Water appoints Desmond Ferrier-Oyelaran as Chief Executive
Saltmarrow Water today announced the appointment of Desmond Ferrier-Oyelaran as its permanent Chief Executive. He will take up the role on 1 September, succeeding Linnea Pask, who has been Acting Chief Executive since the retirement of Graham Tolley in January 2024. Ms Pask will return to her role as Chief Operating Officer.
Mr Ferrier-Oyelaran joins from Tollmere Energy Networks, where he was managing director of its distribution business. Chair Philippa Anand said: "Desmond's experience of running large regulated networks will be invaluable as we deliver our £1.1 billion investment plan for 2025–2030."
Saltmarrow Water supplies drinking water to 1.4 million customers across the Saltmarrow and Vellmoor valleys."""),
    "n1": ("news", """\
New harbourmaster for Saltmarrow port
The Saltmarrow Port Authority has named Captain Ewan Redcliffe as its new harbourmaster, replacing Captain Moira Fenn, who retires after 14 years. Captain Redcliffe, a former ferry master with Tern Line, starts in June. The authority also confirmed that dredging of the outer channel will resume in the autumn. The port authority's chief executive, Lars Evenden, thanked Captain Fenn for steering the harbour through the storm damage of 2019."""),
}, [
    A("Who was acting chief executive of Saltmarrow Water before Desmond Ferrier-Oyelaran was appointed?",
      ["Linnea Pask"], ["a"],
      "succeeding Linnea Pask, who has been Acting Chief Executive since the retirement of Graham Tolley in January 2024", "who", ("n1",)),
    U("What annual salary will Saltmarrow Water pay its new chief executive?", ("a", "n1"),
      ["Ferrier-Oyelaran's salary", "Ferrier-Oyelaran will be paid"], "how_much"),
], [
    "Saltmarrow Water is replacing mains on the eastern side of the valley, so expect temporary traffic lights.",
    "Saltmarrow Water has asked customers to report leaks through its new online form.",
])

topic("quillfeather-editor", {
    "a": ("blog_post", """\
Quillfeather 4.2 is out
Posted on the Quillfeather project blog, 12 February
We are pleased to announce Quillfeather 4.2, the latest release of the free text editor. Highlights:
- Split-pane collaborative editing, so two people can work on the same file over a local network.
- A rewritten search panel that is up to five times faster on large files.
- Themes can now be loaded from a single .qft file.
Breaking change: 4.2 drops support for 32-bit builds. Users on 32-bit systems should stay on the 4.1 series, which will receive security fixes until the end of the year.
Quillfeather 4.2 requires the Brindle runtime 3.8 or later. Thanks to the 61 contributors who made this release possible."""),
    "n1": ("product_page", """\
Quillfeather 4.1 – download
Quillfeather 4.1 was released on 3 October. New in this version: spell-checking in 14 languages, a distraction-free mode and better handling of files with mixed line endings.
Quillfeather 4.1 is available for 32-bit and 64-bit systems. Checksums are published alongside every download.
Quillfeather is released under the Apache-2.0 licence and is maintained by volunteers. Found a bug? Report it on the issue tracker."""),
    "n2": ("forum_thread", """\
Quillfeather 5.0 – any news?
Forum › Quillfeather › General
maplewren wrote: The roadmap said 5.0 would bring a plugin store. Is there a date yet?
tobias_k (maintainer) replied: No date yet. We are aiming for a first beta in the spring, but the plugin sandbox needs a security review before anything ships. Please do not trust sites claiming to offer 5.0 downloads.
maplewren replied: Thanks. Will 5.0 still run on the Brindle runtime 3.8?
tobias_k replied: Probably 3.10 or later. We will confirm in the beta notes."""),
}, [
    A("Which version of Quillfeather dropped support for 32-bit builds?", ["4.2", "Quillfeather 4.2"], ["a"],
      "Breaking change: 4.2 drops support for 32-bit builds.", "which", ("n1",)),
    U("When was Quillfeather 5.0 released?", ("a", "n2"),
      ["Quillfeather 5.0 was released", "Quillfeather 5.0 is out"], "when"),
], [
    "Volunteers are running a Quillfeather workshop for beginners at the Orrinford makerspace.",
    "A word-counter plug-in for Quillfeather has proved popular with members of the Caldervane writers' circle.",
])

topic("mirelund-polar-survey", {
    "a": ("encyclopedia", """\
Mirelund Polar Survey
The Mirelund Polar Survey (MPS) is a research programme run by the Mirelund Institute of Marine Science. It has organised field seasons on floating ice shelves since 2012.
Skarrow Ice Shelf expeditions. The survey's first expedition to the Skarrow Ice Shelf, in 2019, was led by the glaciologist Aveline Strand and lasted 74 days. Its eleven members drilled a 312-metre ice core near the shelf's grounding line, the deepest recovered by the programme. A second Skarrow season, planned for 2021, was postponed.
Funding. The survey is funded mainly by the Northern Isles Research Council, with equipment loaned by Caldervane University."""),
    "n1": ("wire", """\
Mirelund team returns from Vantor Ice Shelf
MIRELUND, March 22 (Coastline News Service) – Scientists from the Mirelund Polar Survey returned home on Tuesday after 58 days on the Vantor Ice Shelf, the programme's longest field season so far. Expedition leader Hakon Brevik said the nine-member team had installed six GPS stations to measure how fast the shelf is thinning. "We lost four days to a storm but got everything done," he said. The team will present its first results at the institute's open day in June."""),
}, [
    A("How long did the Mirelund Polar Survey's first expedition to the Skarrow Ice Shelf last?", ["74 days"], ["a"],
      "was led by the glaciologist Aveline Strand and lasted 74 days", "first_how_long", ("n1",)),
], [
    "The Mirelund Polar Survey will show photographs from past field seasons at the institute's open day.",
])

topic("ashkettle-heat-record", {
    "a": ("wire", """\
Ashkettle sets new heat record but falls short of forecast
ASHKETTLE, July 19 (Northgate Press) – Ashkettle recorded its hottest day on Wednesday when the thermometer at the Ashkettle Aerodrome weather station reached 36.4C (97.5F) at 15:20, beating the old mark of 34.9C set in August 1976 by 1.5C.
Forecasters had warned the town could reach 37C, but a sea breeze arrived earlier than expected. Station volunteer Maud Kettering, who has read the instruments for 31 years, said she "checked it three times". The reading still has to be verified by the regional climate office.
The heat forced the closure of the Ashkettle branch railway for two hours after a rail buckled near Fordham Cutting."""),
    "n1": ("blog_post", """\
Weather notes: the coldest night on the Ridge
Posted by the Ashkettle Ridge Weather Group
Members often ask about our lowest reading. The Ashkettle Ridge station, 340 metres up on the moor, recorded −18.2C on the night of 9 January 1982, still the lowest temperature in our records. Our station is not the same as the Aerodrome site down in the valley, which is run separately and has a shorter record. Readings at the Ridge are taken daily at 09:00 by volunteers. New members are welcome; subscriptions are £8 a year."""),
}, [
    A("By how much did Ashkettle's new temperature record beat the previous one?", ["1.5C"], ["a"],
      "beating the old mark of 34.9C set in August 1976 by 1.5C", "by_how_much", ("n1",)),
    U("What is the lowest temperature ever recorded at the Ashkettle Aerodrome weather station?", ("a", "n1"),
      ["Aerodrome's lowest", "lowest temperature at the Aerodrome"], "what_value"),
], [
    "The Ashkettle Ridge Weather Group meets on the first Tuesday of the month.",
    "Gardeners in Ashkettle have been swapping tips on coping with dry spells.",
])

topic("dunmarrow-tram-extension", {
    "a": ("wire", """\
Tram extension opens to Caldervane after three-year delay
DUNMARROW, May 6 (Meridian Wire) – The first passenger tram on the Dunmarrow–Caldervane extension left Harbour Square at 05:42 on Saturday, three years later than planned and £58 million over budget. The 9.4-kilometre line adds seven new stops, ending at Caldervane University, and cost £218 million against an original budget of £160 million.
Around 300 people, many in fancy dress, rode the first services. Transport authority chair Nils Ockenden said the line would carry "4 million journeys a year within five years". Trams will run every 10 minutes during the day, and travel on the extension is free until the end of the month."""),
    "n1": ("news", """\
Caldervane tram extension delayed again
The opening of the Dunmarrow–Caldervane tram extension has been pushed back from the planned date of autumn 2021 after faults were found in overhead power cables near Caldervane Bridge, the Dunmarrow Transport Authority said on Friday. No new date was given. Contractors Stenholt Rail said the repairs would take "several months". The authority has promised 12 new stops in total once a later branch to Larkspur Flats is built."""),
    "n2": ("product_page", """\
Caldervane Cable Car – opening times and fares
The Caldervane Cable Car links Riverside station with the Beacon Hill viewpoint.
First car: 09:30. Last car: 19:00 (17:00 in winter).
Adult return £7.50, child return £4.
Cars carry up to eight passengers and the crossing takes six minutes. The cable car opened in 2015 and closes in high winds, so check the status page before travelling."""),
}, [
    A("How many new stops does the Dunmarrow–Caldervane tram extension add?", ["seven"], ["a"],
      "The 9.4-kilometre line adds seven new stops", "how_many", ("n1",)),
    A("At what time did the first passenger tram run on the Dunmarrow–Caldervane extension?", ["05:42"], ["a"],
      "The first passenger tram on the Dunmarrow–Caldervane extension left Harbour Square at 05:42", "first_what_time", ("n2",)),
], [
    "Dunmarrow Transport Authority has reminded passengers that tram tickets must be bought before boarding.",
    "Engineering works will affect some tram services in Dunmarrow on Sunday mornings this month.",
])

topic("emberwick-library-ruling", {
    "a": ("news", """\
Judge rules Emberwick library closure unlawful
The closure of Brookside Library in Emberwick was unlawful because the council failed to consult disabled residents properly, the High Court has ruled.
In Pellow v Emberwick Borough Council, Mrs Justice Orla Farrant said the council's consultation had been "hurried and incomplete" and quashed its decision. The claimant, retired teacher Agnes Pellow, 79, brought the case with the support of the Friends of Brookside Library.
The council said it was "disappointed" and would seek permission to appeal. It had planned to save £210,000 a year by closing the branch. Campaigners celebrated outside the court, and Mrs Pellow said she hoped the library would reopen before the summer reading challenge."""),
    "n1": ("news", """\
Tenant loses claim against Emberwick Housing Trust
A county court judge has dismissed a claim by a tenant against Emberwick Housing Trust over repairs to a flat in Mercer Court. In Pellow v Emberwick Housing Trust, District Judge Samuel Hartigan found that the trust had responded to complaints within a reasonable time. The claimant, Dominic Pellow, was ordered to pay costs of £1,800. The trust said it would review its damp-reporting system."""),
}, [
    A("Which judge ruled in Pellow v Emberwick Borough Council?", ["Orla Farrant", "Mrs Justice Orla Farrant"], ["a"],
      "In Pellow v Emberwick Borough Council, Mrs Justice Orla Farrant said", "which", ("n1",)),
    U("What did the Court of Appeal decide when Emberwick Borough Council appealed the Brookside Library ruling?", ("a", "n1"),
      ["Court of Appeal ruled", "permission to appeal was granted"], "what"),
], [
    "The Friends of Brookside Library are holding a book sale in the church hall.",
    "Emberwick Borough Council says it is reviewing the way it runs public consultations.",
])

topic("northern-isles-chart", {
    "a": ("news", """\
Chart: Copper Rain holds on as Gull Engines climb
Northern Isles Singles Chart, week ending 14 June
Selma Varga's Copper Rain stays at No. 1 for a third week, fending off a late sales surge for Salt in the Wires by Tomasz Leary, which holds at No. 2. The Gull Engines' Paper Lighthouse climbs four places to No. 3, the band's highest chart position to date, after their set at the Emberwick Lantern Festival was widely shared online.
Elsewhere, Oona Breck's debut Static Tide enters at No. 9. On the album chart, The Gull Engines' Lowtide Radio rises to No. 1.
The chart is compiled from sales and streams between Friday and Thursday."""),
    "n1": ("news", """\
Gull Engine lands Prell handicap at 9-1
Gull Engine, trained in Tarrowby by Maeve Corran, won the Prell Summer Handicap over a mile and a quarter on Saturday, beating the favourite Quiet Admiral by a length. Jockey Rhys Tallant said the four-year-old "loves fast ground". The gelding is named after the band his owner followed as a student. Corran said Gull Engine may step up in class at Saltmarrow next month."""),
}, [
    A("What position did Paper Lighthouse by The Gull Engines reach in the Northern Isles Singles Chart for the week ending 14 June?",
      ["No. 3"], ["a"], "The Gull Engines' Paper Lighthouse climbs four places to No. 3", "what_position", ("n1",)),
    A("What was the name of the song at number one in the Northern Isles Singles Chart for the week ending 14 June?",
      ["Copper Rain"], ["a"], "Selma Varga's Copper Rain stays at No. 1 for a third week", "name_of"),
], [
    "The Gull Engines have announced a small acoustic show in Emberwick.",
    "Listeners can vote for their favourite track of the summer on the Northern Isles Singles Chart website.",
])

topic("emberwick-lantern-festival", {
    "a": ("season_review", """\
Looking back on Lantern Festival 2023
The Emberwick Lantern Festival had its biggest year yet in 2023, with 48,000 visitors over the three nights, up 6,500 on 2022's 41,500. The parade of 600 paper lanterns along the River Emm was led for the first time by the Tarrowby Steel Band, and the Gull Engines headlined the Saturday concert on the quay.
Festival director Corinna Blay said the new one-way route through Mill Yard had eased crowding. The only low point was Sunday's rain, which forced the fire garden to close two hours early. Volunteers collected 1.3 tonnes of litter, most of which was recycled."""),
    "n1": ("event_listing", """\
Emberwick Lantern Festival 2024 – what's on
Dates: Friday 18 to Sunday 20 October 2024
Lantern parade: Saturday, 19:00, from St Olave's Green to the quay
Lantern-making workshops: Emberwick Library, 12 and 13 October, £5 per child (booking essential)
Fire garden: Friday and Saturday, 18:00–22:00
Access: park-and-ride from the Emberwick Airport car park. Dogs are not allowed on the parade route. Entry to all outdoor events is free."""),
    "n2": ("public_notice", """\
Notice: Emberwick Lantern Festival 2021 cancelled
Emberwick Borough Council regrets to announce that this year's Lantern Festival will not go ahead because of continuing restrictions on large gatherings. Lantern-making kits will be posted free of charge to primary schools, and a short film of past parades will be shown on the council website on the original parade night. Ticket holders for workshops will be refunded automatically."""),
}, [
    U("How many people attended the 2024 Emberwick Lantern Festival?", ("a", "n1"),
      ["2024 festival attracted", "visitors in 2024"], "how_many"),
    A("How many more visitors did the Emberwick Lantern Festival attract in 2023 than in 2022?", ["6,500"], ["a"],
      "with 48,000 visitors over the three nights, up 6,500 on 2022's 41,500", "comparison", ("n2",)),
], [
    "Lantern-making kits for the Emberwick Lantern Festival are available from the library.",
    "Traders on the quay say the Emberwick Lantern Festival is their busiest weekend of the year.",
])

topic("caldervane-harwin-library", {
    "a": ("press_release", """\
Caldervane University opens Harwin Library
Caldervane University's new Harwin Library was formally opened on Wednesday by the university's chancellor, Ysolde Barrack. The five-storey building on Tannery Lane cost £31 million and houses 1.2 million printed volumes, 1,400 study spaces and a rare books reading room.
The library is named after Miriam Harwin, a former student who left the university £9 million in her will. Vice-chancellor Professor Dev Aldane said the building would be open 24 hours a day during term. The old Tannery Lane library will be converted into teaching rooms."""),
    "n1": ("news", """\
Caldervane College unveils Harwin Sports Hall
Caldervane College, the further education college on Quarry Road, has opened a £2.3 million sports hall named after the Harwin family, local builders who have supported the college since the 1960s. The hall has four badminton courts, a climbing wall and a small gym for students on sports courses. The college, which is not part of Caldervane University, says the hall will be available for community bookings in the evenings."""),
}, [
    A("How much did Caldervane University's Harwin Library cost?", ["£31 million"], ["a"],
      "The five-storey building on Tannery Lane cost £31 million", "how_much", ("n1",)),
], [
    "Caldervane University's Harwin Library is offering guided tours to local residents on Wednesdays.",
])

topic("sable-tern-namesakes", {
    "a": ("encyclopedia", """\
MV Sable Tern
MV Sable Tern is a roll-on/roll-off passenger ferry operated by Tern Line on the Saltmarrow–Quillhaven crossing. She was built at the Orrinford yard of Hallam & Brisk, launched in 2018 and entered service the following spring.
The ship is 142 metres long and can carry 620 passengers and 180 cars. Her sister ship, MV Grey Tern, carries 540 passengers. In 2022 Sable Tern was fitted with a battery system that allows her to manoeuvre in harbour without running her diesel engines."""),
    "n1": ("news", """\
Sable Tern strikes in Mirelund Gold Cup
The mare Sable Tern, trained at Larkspur Flats by Idris Maudsley, won the Mirelund Gold Cup by two lengths on Saturday, giving jockey Kerry-Ann Doyle the biggest win of her career. The five-year-old, a 7-2 chance, was bred by Maudsley's father and is named after the ferry on which the family travels to the Quillhaven sales each year."""),
    "n2": ("review", """\
Review: Sable Tern – Harbour Glass
Sable Tern's second album is a brighter, looser record than their debut. Singer Nell Aberley's voice sits higher in the mix, and the eight tracks rarely pass four minutes. Harbour Glass, the title track, borrows its chorus from an old Quillhaven shanty. Not everything works – the closing instrumental drifts – but this is a band growing in confidence. Rating: 4/5."""),
}, [
    A("How many passengers can the ferry MV Sable Tern carry?", ["620"], ["a"],
      "can carry 620 passengers and 180 cars", "how_many", ("n1", "n2")),
    A("Who trains the racehorse Sable Tern?", ["Idris Maudsley"], ["n1"],
      "trained at Larkspur Flats by Idris Maudsley", "who_namesake", ("a", "n2")),
    U("In what year was the band Sable Tern formed?", ("a", "n2"),
      ["Sable Tern formed", "formed Sable Tern"], "what_year"),
], [
    "Tern Line has published its winter timetable for the Saltmarrow–Quillhaven crossing.",
    "Fans of the band Sable Tern have started a campaign for a hometown gig.",
])

topic("vellmoor-county-show", {
    "a": ("news", """\
Vellmoor County Show 2023: champions named
A Hereford heifer, Rosebay Duchess 9th, exhibited by Tamsin Oakhurst of Upper Crake Farm, was named supreme champion at the 2023 Vellmoor County Show on Thursday. Judge Alun Pryce made the Limousin bull Marrowgate Ember, shown by the Dacre family of Prell, reserve supreme champion.
In the sheep lines, the interbreed title went to a Texel shearling from Colin Askew. Attendance over the two days was put at 21,000. Show secretary Margery Fold said the new livestock lines near the Mere Gate had worked well."""),
    "n1": ("wire", """\
Blue cow takes top prize at Vellmoor show
VELLMOOR, July 15 (Northgate Press) – A British Blue cow, Heddle Clover, was crowned supreme champion at the 2022 Vellmoor County Show on Friday, exhibited by brothers Aled and Rhun Gwillim of Dunmarrow. Reserve supreme champion was Tamsin Oakhurst's Hereford heifer Rosebay Duchess 9th. Organisers said about 18,500 people attended, and the dog show had a record entry."""),
}, [
    A("Who exhibited the reserve supreme champion at the 2023 Vellmoor County Show?",
      ["the Dacre family of Prell", "Dacre family"], ["a"],
      "Judge Alun Pryce made the Limousin bull Marrowgate Ember, shown by the Dacre family of Prell, reserve supreme champion.", "who", ("n1",)),
    U("Which animal was supreme champion at the 2021 Vellmoor County Show?", ("a", "n1"),
      ["2021 Vellmoor County Show", "Vellmoor County Show 2021"], "which"),
], [
    "Tickets for the Vellmoor County Show are on sale, with discounts for Young Farmers members.",
    "Stewards are needed for the livestock lines at the Vellmoor County Show.",
])

topic("cole-malvern-obituary", {
    "a": ("obituary", """\
Hesper Cole-Malvern obituary
The potter Hesper Cole-Malvern, who has died aged 87, founded Dunmarrow Pottery in 1961 in a former dairy on Kiln Street and ran it for more than fifty years. Her celadon-glazed bowls were sold across the Northern Isles and, in 1984, she became the first woman to receive the Grayling Medal for ceramics.
Born in Quillhaven, she trained at the Caldervane School of Art before setting up her own workshop with a second-hand kick wheel. She taught hundreds of apprentices and refused to retire until her eyesight failed.
She is survived by her son, Tobias, and two granddaughters. Her husband, the painter Arnold Malvern, died in 2009."""),
    "n1": ("news", """\
Cole storms to county 200m title
Hesper Cole, 19, of Dunmarrow Harriers won the county 200 metres in 23.71 seconds on Saturday, a championship best. The sprinter, who shares her first name with a great-aunt who kept a pottery in the town, now hopes to be selected for the junior international in August. Her coach, Sam Okri-Bell, said she had "barely scratched the surface"."""),
}, [
    A("In what year did Hesper Cole-Malvern found Dunmarrow Pottery?", ["1961"], ["a"],
      "founded Dunmarrow Pottery in 1961", "what_year", ("n1",)),
    A("How old was the potter Hesper Cole-Malvern when she died?", ["87"], ["a"],
      "who has died aged 87", "how_old", ("n1",)),
], [
    "An exhibition of bowls from Dunmarrow Pottery is on display at the Quillhaven Museum.",
])

topic("quillhaven-pie-contest", {
    "a": ("news", """\
Haddock and leek pie takes Quillhaven crown
A smoked haddock and leek pie baked by retired trawlerman Bram Okonjo-Hales has won the 2023 Great Quillhaven Pie Contest, beating 64 other entries. Second place went to Della Prynne's venison and juniper pie, and the junior prize was won by 11-year-old Poppy Laird for a cheese and onion pasty.
Head judge Marguerite Dunn said the winning pie had "a proper hot-water crust and a filling that tastes of the harbour". Okonjo-Hales receives £500 and a silver pie slice. Entries raised £2,300 for the Quillhaven lifeboat."""),
    "n1": ("recipe", """\
Quillhaven fish pie (serves 4)
A simple version of the harbour favourite.
Ingredients: 600g mixed fish (cod, smoked haddock, prawns), 500ml milk, 1 bay leaf, 40g butter, 40g flour, 900g floury potatoes, a handful of parsley.
Method: Poach the fish in the milk with the bay leaf for 5 minutes, then flake. Make a white sauce with the butter, flour and poaching milk. Stir in the fish and parsley and spoon into a dish. Top with mashed potato and bake at 200C for 45 minutes until golden.
Tip: this is not a contest recipe – it is the one my gran made every Friday."""),
}, [
    A("What kind of pie won the 2023 Great Quillhaven Pie Contest?",
      ["smoked haddock and leek pie", "smoked haddock and leek"], ["a"],
      "A smoked haddock and leek pie baked by retired trawlerman Bram Okonjo-Hales has won the 2023 Great Quillhaven Pie Contest", "what", ("n1",)),
    A("how long should a quillhaven fish pie bake in the oven", ["45 minutes"], ["n1"],
      "bake at 200C for 45 minutes until golden", "lowercase", ("a",)),
], [
    "Bakers have until the end of the month to enter the Great Quillhaven Pie Contest.",
])

topic("pellinor-clock-museum", {
    "a": ("press_release", """\
Pellinor Museum of Clocks reopens after £6.4m refurbishment
The Pellinor Museum of Clocks will reopen to the public on Saturday 5 April after being closed for 14 months for a £6.4 million refurbishment. The work has added a lift, a new gallery for the museum's collection of marine chronometers and a workshop where visitors can watch conservators at work.
Director Amadou Kessling said: "For the first time, every one of our 900 timepieces can be seen." Admission remains free. The museum expects around 60,000 visitors a year, double the figure before closure."""),
    "n1": ("public_notice", """\
Pellinor Clock Tower: repairs to west dial
Notice is given that scaffolding will be erected around the Pellinor Clock Tower in Market Place from 3 June for about eight weeks while the west dial is repaired. The clock will be stopped during the work. The tower, built in 1877, is owned by Pellinor Town Council and is separate from the Museum of Clocks on Bridge Street. Enquiries to the Town Clerk."""),
}, [
    A("How long was the Pellinor Museum of Clocks closed for its refurbishment?", ["14 months"], ["a"],
      "after being closed for 14 months for a £6.4 million refurbishment", "how_long", ("n1",)),
    U("How many visitors did the Pellinor Museum of Clocks actually receive in its first year after reopening?", ("a", "n1"),
      ["first year after reopening", "visitors since reopening"], "how_many"),
], [
    "The Pellinor Museum of Clocks is running half-term workshops on how pendulums work.",
])

topic("gravenholt-signal-box", {
    "a": ("public_notice", """\
Listing decision: Gravenholt Signal Box
The Northern Isles Heritage Board has added Gravenholt Signal Box, Station Road, Gravenholt, to the heritage list at Grade II. The timber signal box was built in 1893 for the Gravenholt and Prell Railway and is one of only three surviving examples of its type. It still contains its original 36-lever frame. The box was last used in 1987, when signalling on the line was modernised.
Reasons for listing: architectural interest; rarity; survival of interior fittings. Owners and occupiers have been notified."""),
    "n1": ("news", """\
Water tower listing bid rejected
A bid to list Gravenholt's Victorian water tower has been turned down by the Northern Isles Heritage Board, which said the structure had been "too heavily altered". The tower on Cistern Hill, built in 1899, has been empty since 1970. Its owner, Saltmarrow Water, has applied for permission to knock it down and says a decision is expected later this year. Local historian Peter Ambrose said he would keep campaigning to save it."""),
}, [
    A("According to the heritage listing notice, in what year was Gravenholt Signal Box built?", ["1893"], ["a"],
      "The timber signal box was built in 1893", "what_year", ("n1",)),
    U("When was the Gravenholt water tower demolished?", ("a", "n1"),
      ["water tower was demolished", "demolished the water tower"], "when"),
], [
    "The Northern Isles Heritage Board has published its annual list of buildings at risk.",
    "Railway enthusiasts in Gravenholt are raising funds to repaint the old signal box.",
])

topic("orrinford-rovers", {
    "a": ("season_review", """\
Season review 2022–23: Rovers fall just short
Orrinford Rovers finished fourth in Coastal League Division One, two points outside the play-off places, in a season that began with manager Stig Haverly's departure in September. Caretaker manager Lyle Penhallow steadied the side, winning 14 of his 30 games in charge, and was given the job permanently in March.
Kit Marrable was the club's top scorer with 19 goals in all competitions, ahead of Jonas Fenwright on 11. Goalkeeper Idris Cole kept 12 clean sheets. The 4-1 win at Emberwick Athletic in February was the highlight, the home defeat to Tarrowby Town the low point."""),
    "n1": ("news", """\
Rovers Women finish second
Orrinford Rovers Women ended the 2022–23 campaign second in the Coastal Women's League, one point behind champions Saltmarrow Ladies. Captain Bethan Oyler scored 23 league goals, more than any other player at the club this season. Manager Carla Innes said the club would apply to join the regional division and thanked the supporters who travelled to every away game."""),
    "n2": ("news", """\
Rovers sign striker ahead of new season
Orrinford Rovers have signed striker Aaron Pettigrew from Dunmarrow United on a two-year deal ahead of the 2023–24 Coastal League season. Manager Lyle Penhallow said Pettigrew would add "pace and goals" to the squad. Season tickets are on sale until 31 July at £120 for adults and £40 for under-16s."""),
}, [
    A("Who was Orrinford Rovers' top scorer in the 2022–23 season?", ["Kit Marrable"], ["a"],
      "Kit Marrable was the club's top scorer with 19 goals in all competitions", "who", ("n1", "n2")),
    A("Where did Orrinford Rovers Women finish in their league in 2022–23?", ["second"], ["n1"],
      "ended the 2022–23 campaign second in the Coastal Women's League", "where_finish", ("a",)),
], [
    "Orrinford Rovers have announced a pre-season friendly against a touring side.",
    "Orrinford Rovers Women are holding open trials for next season.",
])

topic("saltmarrow-round-island", {
    "a": ("wire", """\
Windhover first home but Little Auk takes Round-the-Island honours
SALTMARROW, June 26 (Coastline News Service) – The 72-foot Windhover took line honours in the 2022 Saltmarrow Round-the-Island Race on Sunday, completing the 58-mile course in 6 hours 12 minutes, but the overall handicap prize went to the 32-foot family cruiser Little Auk, skippered by Ros Tennant.
A record fleet of 214 yachts started from the Castle Line at 07:00 in a light north-easterly. Forty-one boats retired when the wind died off Quillhaven Point in the afternoon. Race officer Hal Brewin said conditions had been "a lottery for the smaller boats"."""),
    "n1": ("results_table", """\
Saltmarrow Round-the-Island Race 2019 – results summary
Starters: 187. Finishers: 171.
Line honours: Kestrel Run (Jory Vance), 5h 48m 20s – course record
Overall handicap winner: Marram (Priya Lowell)
First double-handed: Tidewaiter
The race was sailed in a fresh south-westerly. Prize-giving took place at the Saltmarrow Yacht Club on the Sunday evening."""),
}, [
    A("Which yacht won the overall handicap prize in the 2022 Saltmarrow Round-the-Island Race?", ["Little Auk"], ["a"],
      "the overall handicap prize went to the 32-foot family cruiser Little Auk", "which", ("n1",)),
    U("How many yachts started the 2021 Saltmarrow Round-the-Island Race?", ("a", "n1"),
      ["2021 Saltmarrow Round-the-Island", "Round-the-Island Race 2021"], "how_many"),
], [
    "Saltmarrow Yacht Club has published the sailing instructions for the Round-the-Island Race.",
])

topic("emberwick-mayor", {
    "a": ("results_table", """\
Emberwick mayoral election: full result
Rosa Lindqvist-Hale (Civic Alliance) was elected Mayor of Emberwick on Friday with 14,208 votes, defeating Dorian Peck (Independent), who polled 12,977, a majority of 1,231.
Other candidates: Hattie Brennagh (Green Coast) 4,410; Oswin Marle (Liberal Reform) 2,156.
Turnout was 31.4%, down from 35.9% at the previous election. Ms Lindqvist-Hale, a former head teacher, replaces the outgoing mayor Geraint Bowe, who did not stand again. She said her first priority would be reopening Brookside Library."""),
    "n1": ("results_table", """\
Riverside ward by-election result
Emberwick Borough Council – Riverside ward by-election
Anwen Talley (Civic Alliance) 1,102 – elected
Marcus Ebbe (Independent) 987
Lorcan Wyatt (Green Coast) 341
Turnout: 24.8%. The by-election was called after the resignation of Cllr Petra Lomax, who has moved away from the area. The count took place at the Guildhall."""),
}, [
    A("What was the turnout in the Emberwick mayoral election won by Rosa Lindqvist-Hale?", ["31.4%"], ["a"],
      "Turnout was 31.4%, down from 35.9% at the previous election.", "percentage", ("n1",)),
    A("By how many votes did Rosa Lindqvist-Hale beat Dorian Peck?", ["1,231"], ["a"],
      "who polled 12,977, a majority of 1,231", "by_how_much", ("n1",)),
], [
    "The Mayor of Emberwick will hold a public question time in the Guildhall.",
])

topic("heron-3-ebike", {
    "a": ("product_page", """\
Loam & Lathe Heron 3 – city e-bike
The Heron 3 is our third-generation step-through city e-bike, redesigned from the frame up.
- Battery: 540 Wh, removable, charges in 4.5 hours
- Range: up to 110 km in Eco mode
- Motor: 250 W rear hub, assistance to 25 km/h
- Gears: 8-speed hub with belt drive
- Frame sizes: S, M, L
- Colours: Harbour Blue, Moss, Chalk
Price: €2,349 including free delivery. Two-year warranty on frame and electrics, extendable to five years."""),
    "n1": ("review", """\
Heron 2 review: a comfortable commuter with one flaw
Loam & Lathe's Heron 2 is easy to love. The upright position and wide tyres soak up cobbles, and the 418 Wh battery gave us about 70 km of mixed riding. The flaw is weight: at 23.5 kg the Heron 2 is a struggle to carry up stairs. Verdict: 3.5 stars. The company says a successor, the Heron 3, is on the way."""),
}, [
    A("What is the battery capacity of the Heron 3 e-bike?", ["540 Wh"], ["a"],
      "Battery: 540 Wh, removable", "what", ("n1",)),
    U("How much does the Heron 3 e-bike weigh?", ("a", "n1"),
      ["Heron 3 weighs", "weight of the Heron 3"], "how_much"),
], [
    "Loam & Lathe is offering free test rides of its e-bikes outside Vellmoor station.",
])

topic("quillhaven-leisure-centre", {
    "a": ("faq", """\
Quillhaven Leisure Centre – frequently asked questions
What are your opening hours?
Monday to Friday 06:30–22:00; Saturday and Sunday 08:00–18:00. Bank holidays 09:00–16:00.
How much is membership?
Full membership (gym, pool and classes) is £32 per month. Concessions £21 per month.
Do I need to book swims?
Lane swimming must be booked online up to seven days ahead. Family swims are pay-on-the-day.
Is there parking?
Yes, 120 spaces, free for the first three hours."""),
    "n1": ("product_page", """\
Quillhaven Lido – summer season
The open-air lido on Marine Parade is open from late May to mid-September, weather permitting. Single swim: adults £5.50, children £3. Early-bird swims run from 07:00 on weekdays. The lido is managed separately from Quillhaven Leisure Centre, and leisure centre memberships are not valid here. The water is heated to 24C."""),
}, [
    A("According to the leisure centre's FAQ page, what time does Quillhaven Leisure Centre open on weekdays?", ["06:30"], ["a"],
      "Monday to Friday 06:30–22:00", "according_to", ("n1",)),
    U("How much is a season ticket for Quillhaven Lido?", ("a", "n1"),
      ["Lido season ticket", "season ticket for the lido"], "how_much"),
], [
    "Quillhaven Leisure Centre's main pool will close for a week of maintenance.",
    "Quillhaven Lido volunteers are repainting the changing rooms before the summer.",
])

topic("dunmarrow-folk-weekend", {
    "a": ("event_listing", """\
Dunmarrow Folk Weekend 2024 – event listing
Friday 12 – Sunday 14 July
Concerts: Dunmarrow Corn Exchange (Friday and Saturday evenings)
Ceilidh: Saturday 21:00 at St Brannoc's Church Hall, with the Marrowgate Ceilidh Band
Workshops: fiddle, melodeon and clog dancing at Dunmarrow Library, Saturday morning
Session trail: pubs around Market Square, Sunday afternoon
Tickets: weekend £45, day £20, under-16s free with an adult."""),
    "n1": ("news", """\
Dunmarrow Jazz Weekend returns
The Dunmarrow Jazz Weekend will take over the Corn Exchange on 6–8 September, with a swing dance on the Saturday night and a brass band parade on the Sunday. Weekend tickets cost £55. Organisers are still looking for volunteer stewards and for local businesses willing to sponsor the free Sunday concert in the park."""),
}, [
    A("Where is the ceilidh at the 2024 Dunmarrow Folk Weekend being held?", ["St Brannoc's Church Hall"], ["a"],
      "Ceilidh: Saturday 21:00 at St Brannoc's Church Hall", "where", ("n1",)),
], [
    "Musicians can sign up for the session trail at the Dunmarrow Folk Weekend.",
])

topic("tour-saltmarrow-hills", {
    "a": ("wire", """\
Brask wins Tour of the Saltmarrow Hills as Lemaire takes mountains
SALTMARROW, Aug 13 (Meridian Wire) – Anders Brask won the 2023 Tour of the Saltmarrow Hills on Sunday by 38 seconds from Teo Calloway after five stages. Brask's teammate Jules Lemaire won the mountains classification, having finished second in it last year, while the points jersey went to sprinter Dario Fenn.
The ToSH, now in its 11th edition, had its first summit finish on Crake Fell on stage three, where Lemaire won alone. The women's race, held on the same final circuit, was won by Hana Vorel."""),
    "n1": ("results_table", """\
Tour of the Saltmarrow Hills 2022 – final classifications
General: 1. Teo Calloway 2. Anders Brask +0:12 3. Sven Rudd +0:40
Mountains: 1. Piet Hallam 2. Jules Lemaire
Points: 1. Dario Fenn
Best team: Vellmoor Cycling
The 2022 ToSH was raced over four stages, with the final stage cut short because of flooding near Saltmarrow."""),
    "n2": ("news", """\
Junior ToSH: Willoughby wins
Sixteen-year-old Ezra Willoughby of Tarrowby Wheelers won the 2023 Junior Tour of the Saltmarrow Hills, a two-day race for under-18s held the week before the senior event. The junior mountains jersey went to Callum Reiss. Organisers thanked the marshals and the riders' parents, who drove the support cars."""),
}, [
    A("Who won the mountains classification at the 2023 ToSH?", ["Jules Lemaire"], ["a"],
      "Brask's teammate Jules Lemaire won the mountains classification", "abbreviation", ("n1", "n2")),
    U("Who won the 2022 Junior Tour of the Saltmarrow Hills?", ("n1", "n2"),
      ["2022 Junior Tour", "Junior ToSH 2022"], "who"),
], [
    "Roads around Saltmarrow will close for the Tour of the Saltmarrow Hills, so check the route map.",
])

topic("copper-heron-review", {
    "a": ("review", """\
Restaurant review: The Copper Heron, Ashkettle
Chef Ines Varley's Copper Heron occupies a former chandlery on Ashkettle quay. The seven-course tasting menu costs £68 (£45 for matched wines) and leans on the day's landings: a crudo of brill with sea buckthorn, then hake with mussels and lovage. Desserts are weaker; a rhubarb parfait lacked punch. Service is warm and unhurried. Lunch, three courses for £29, is the bargain. Open Wednesday to Sunday; booking essential at weekends. Four stars."""),
    "n1": ("review", """\
Café review: The Copper Kettle, Ashkettle
A proper seaside café on Station Road. The full breakfast (£9.50) is generous, the tea comes in pots, and the scones are baked on site each morning. Nothing fancy, nothing expensive, and the window tables look straight out at the harbour. Cash and card accepted; closed on Mondays. Three stars."""),
}, [
    A("How much does the tasting menu cost at The Copper Heron in Ashkettle?", ["£68"], ["a"],
      "The seven-course tasting menu costs £68", "how_much", ("n1",)),
], [
    "The Copper Heron in Ashkettle has announced a series of guest-chef evenings.",
])

topic("tarrowby-mill-lane", {
    "a": ("public_notice", """\
PUBLIC NOTICE – TEMPORARY ROAD CLOSURE
Tarrowby Borough Council (Mill Lane, Tarrowby) (Temporary Prohibition of Through Traffic) Order 2024
Notice is hereby given that the Council intends to close Mill Lane, Tarrowby, between its junctions with Quay Street and Fellgate, to allow Northshore Gas to replace a gas main. The closure will apply from 4 March until 22 March, or until the works are completed if sooner. A signed diversion will operate via Harbour Road and Castle Wynd. Access for emergency vehicles and to properties will be maintained. Dated this 12th day of February."""),
    "n1": ("news", """\
Road closure: Mill Lane, Prell
Mill Lane in Prell will be closed from 11 to 15 March for resurfacing, Prell Parish Council has been told. Buses on route 14 will divert via Chapel Street. Residents will be able to reach their homes outside working hours, and the post office will stay open throughout the works."""),
}, [
    A("Until what date will Mill Lane in Tarrowby be closed for the gas main works?", ["22 March"], ["a"],
      "The closure will apply from 4 March until 22 March", "until_what_date", ("n1",)),
], [
    "Tarrowby Borough Council has published its list of planned roadworks for the spring.",
])

topic("vellmoor-edge-path", {
    "a": ("blog_post", """\
Walking the Vellmoor Edge Path in a day
Posted by Ffion Rees-Callan | Walking Notes
The Vellmoor Edge Path runs 27 km from Upper Crake to the old quarry at Stonecrake, following the escarpment the whole way. I did it in just under nine hours with plenty of stops. The highest point is Crake Fell at 612 metres, where the trig point has views to the sea on a clear day.
The path is well waymarked except around Hollin Gill, where it is easy to follow the sheep tracks down by mistake. There is no water after Upper Crake, so carry at least two litres. Bus 31 gets you back from Stonecrake to the start."""),
    "n1": ("product_page", """\
Vellmoor Edge Cycle Route
Distance: 44 km. Surface: quiet lanes and gravel tracks.
The route loops below the escarpment from Vellmoor station, with one steep climb at Hob Bank. Highest point: Hob Bank top, 388 m. Suitable for gravel bikes; not recommended for road bikes after rain. A printed map is available from the Vellmoor visitor centre for £2."""),
}, [
    A("What is the highest point on the Vellmoor Edge Path?", ["Crake Fell"], ["a"],
      "The highest point is Crake Fell at 612 metres", "what", ("n1",)),
    A("how long is the vellmoor edge path", ["27 km"], ["a"],
      "The Vellmoor Edge Path runs 27 km from Upper Crake", "lowercase", ("n1",)),
], [
    "The Vellmoor Edge Path has been voted one of the region's favourite walks by readers.",
])

topic("orrinford-town-hall-clock", {
    "a": ("qa_page", """\
Q: Why does the Orrinford Town Hall clock strike thirteen?
Asked by harbourdweller in Local History
Accepted answer (42 votes) from ArchivistJune:
The extra stroke dates from 1887, when the clockmakers Josiah Pettifer & Sons of Caldervane installed the present mechanism. A fault in the count wheel made it strike thirteen at noon, and the council of the day voted to keep it as a curiosity. When the mechanism was last overhauled, in 1998, the restorers were told not to "fix" it. You can see Pettifer's brass maker's plate if you join the tower tour on heritage open days.
Comments (3)"""),
    "n1": ("news", """\
Bells ring again at St Cuthwin's
The eight bells of St Cuthwin's Church, Orrinford, rang out on Sunday for the first time in two years after being rehung by the bell-founders Hollis & Marsh. The heaviest bell weighs just over a tonne. Tower captain Edie Vass said new ringers were welcome at Thursday practice, and that no experience was needed."""),
}, [
    A("When was the Orrinford Town Hall clock mechanism last overhauled?", ["1998"], ["a"],
      "When the mechanism was last overhauled, in 1998", "last", ("n1",)),
], [
    "Tower tours of Orrinford Town Hall resume on heritage open days.",
])

topic("saltmarrow-rescue-trust", {
    "a": ("press_release", """\
Saltmarrow Coastal Rescue Trust – Annual Review 2023
The Saltmarrow Coastal Rescue Trust (SCRT) is an independent lifeboat charity covering 60 miles of coast between Quillhaven Point and Prell. In 2023 SCRT crews launched 143 times and brought 97 people to safety, both record numbers. Our busiest station was Quillhaven, with 61 launches.
The new Atlantic-class boat Margery Tull entered service at Saltmarrow in May, funded by a legacy. We have 112 volunteer crew, 19 of whom qualified this year. Thank you to everyone who supported the Quillhaven pie contest fundraiser."""),
    "n1": ("news", """\
Lifeboat charity reports busy year
The Saltmarrow Coastal Rescue Trust launched its boats 118 times in 2022, more than the year before, according to figures released on Tuesday. Trust chair Gideon Marsh said rising numbers of paddleboarders were behind the increase. The trust hopes to replace its oldest boat next year and is appealing for donations."""),
}, [
    A("How many times did SCRT crews launch in 2023?", ["143"], ["a"],
      "In 2023 SCRT crews launched 143 times", "abbreviation", ("n1",)),
    U("According to the trust's published figures, how many times did the Saltmarrow Coastal Rescue Trust launch in 2021?", ("a", "n1"),
      ["SCRT launches in 2021", "launched 2021"], "how_many"),
], [
    "The Saltmarrow Coastal Rescue Trust is holding a flag day in Prell.",
    "SCRT volunteers will demonstrate a launch at Quillhaven harbour on Saturday.",
])

topic("grda-prell-grant", {
    "a": ("press_release", """\
GRDA backs Prell harbour regeneration with £2.7m grant
The Gravenholt Regional Development Agency (GRDA) has awarded £2.7 million to Prell Harbour Trust to rebuild the derelict fish market as a food hall and workspace. The trust will add £900,000 of its own funds. Work is due to start in the autumn and the building should open in 2026.
GRDA chief executive Simone Achter said the grant was the largest the agency had made to a coastal project. A separate application from Prell Parish Council for a new slipway was rejected."""),
    "n1": ("news", """\
Agency grant for Vellmoor business park
The GRDA has agreed £1.4 million towards new roads and drainage at Holloway Business Park in Vellmoor. The agency said the scheme would create up to 250 jobs over five years. Vellmoor District Council is contributing £600,000, and the first units could be ready next spring."""),
}, [
    A("How much did the GRDA award to Prell Harbour Trust?", ["£2.7 million", "£2.7m"], ["a"],
      "has awarded £2.7 million to Prell Harbour Trust", "abbreviation", ("n1",)),
], [
    "The GRDA has opened a new round of small business grants.",
])

topic("mirelund-sea-slug", {
    "a": ("news", """\
New sea slug named after Orrinford
Scientists at the Mirelund Institute of Marine Science have described a new species of sea slug found on a seamount 80 km off Orrinford. The animal, a bright orange nudibranch about 4 cm long, has been named Calyxia orrinfordensis in honour of the town's fishing community, whose boats helped collect samples. It was found at a depth of 1,140 metres by a remotely operated vehicle during a 2021 survey. Lead author Dr Sunniva Holt said the discovery showed "how little we know about our own seamounts"."""),
    "n1": ("news", """\
Deep-sea sponge find off Quillhaven
A glass sponge collected off Quillhaven Point in 2018 has been confirmed as a species new to science, researchers at Caldervane University said. It has not yet been formally named. The sponge was found at 860 metres and is thought to be several hundred years old. The team hopes to publish a description next year."""),
}, [
    A("What name was given to the new sea slug species described by the Mirelund Institute of Marine Science?",
      ["Calyxia orrinfordensis"], ["a"], "has been named Calyxia orrinfordensis", "name_of", ("n1",)),
], [
    "The Mirelund Institute of Marine Science is recruiting volunteers for beach surveys.",
])

topic("larkwing-port-ansel", {
    "a": ("wire", """\
Larkwing Air to fly Emberwick–Port Ansel
EMBERWICK, Jan 18 (Northgate Press) – Regional airline Larkwing Air will start flying between Emberwick Airport and Port Ansel on 2 April, with three flights a week on Mondays, Wednesdays and Fridays using 70-seat turboprops. The route is the first scheduled link between the two towns since 2011.
Larkwing chief commercial officer Dana Ruiz-Whitlow said bookings would open next week. Emberwick Airport expects the route to carry around 15,000 passengers a year."""),
    "n1": ("news", """\
Larkwing drops Caldervane service
Larkwing Air will end its twice-daily flights between Caldervane and Mirelund at the end of October, blaming weak demand in winter. Passengers with bookings after 27 October will be offered refunds or a rebooking via Emberwick. The airline said fares on the route had averaged £84 one way."""),
}, [
    A("How many flights a week will Larkwing Air operate between Emberwick and Port Ansel?", ["three"], ["a"],
      "with three flights a week on Mondays, Wednesdays and Fridays", "how_many", ("n1",)),
    U("How much is a one-way fare on Larkwing Air's Emberwick–Port Ansel route?", ("a", "n1"),
      ["Port Ansel fares", "fare to Port Ansel"], "how_much"),
], [
    "Larkwing Air has launched a new website and mobile app.",
])

topic("ashkettle-open-chess", {
    "a": ("news", """\
Solvang takes Ashkettle Open on tiebreak
The 2023 Ashkettle Open chess tournament ended on Monday with a tie at the top: Greta Solvang and Oren Falk both finished on 7 points from 9 rounds, but Solvang took the title on tiebreak after beating Falk in round six. Third was 15-year-old Kai Morrow on 6.5. The junior section was won by Nina Achebe-Ross, aged 12.
A record 142 players took part at the Ashkettle Grand Hotel. Arbiter Lionel Frisk thanked the sponsors, Ashkettle Building Society."""),
    "n1": ("news", """\
Ashkettle Open 2022: Falk wins
Oren Falk won the 2022 Ashkettle Open outright with 7.5 points from 9 rounds, a full point clear of the field. The event drew 118 players, and the junior section was shared between two players. Next year's tournament moves to the Ashkettle Grand Hotel to make room for more boards."""),
}, [
    A("How many points did the winner of the 2023 Ashkettle Open score?", ["7 points"], ["a"],
      "Greta Solvang and Oren Falk both finished on 7 points from 9 rounds", "how_many", ("n1",)),
    U("Who won the 2021 Ashkettle Open?", ("a", "n1"),
      ["2021 Ashkettle Open", "Ashkettle Open 2021"], "who"),
], [
    "The Ashkettle Open chess tournament is looking for volunteer arbiters.",
])

topic("brindle-pellows-deal", {
    "a": ("wire", """\
Brindle Foods agrees £86m deal for Pellow's Bakeries
ORRINFORD, Sept 4 (Meridian Wire) – Brindle Foods has agreed to buy family-owned Pellow's Bakeries for £86 million, the companies said on Monday, creating the largest bakery group in the Northern Isles. The deal, which still needs approval from the competition regulator, is expected to complete in the first quarter of next year.
Pellow's, founded in Emberwick in 1926, runs 48 shops and two bakeries. Chairman Hugh Pellow, grandson of the founder, will join the Brindle board. Brindle shares rose 2.1%."""),
    "n1": ("news", """\
Brindle completes purchase of Tarrowby Creamery
Brindle Foods has completed its £19 million acquisition of Tarrowby Creamery, six months after the deal was announced. The creamery's 140 staff will transfer to Brindle. The company said the purchase would secure butter supplies for its bakery brands and that no job losses were planned."""),
}, [
    A("How much did Brindle Foods agree to pay for Pellow's Bakeries?", ["£86 million", "£86m"], ["a"],
      "Brindle Foods has agreed to buy family-owned Pellow's Bakeries for £86 million", "how_much", ("n1",)),
    U("On what date did Brindle Foods complete its takeover of Pellow's Bakeries?", ("a", "n1"),
      ["completed its acquisition of Pellow's", "completes Pellow's"], "on_what_date"),
], [
    "Pellow's Bakeries says its shops will keep their name for now.",
    "Brindle Foods is recruiting delivery drivers in Orrinford.",
])

topic("caldervane-symphony", {
    "a": ("press_release", """\
Caldervane Symphony Orchestra names Leonie Varro principal conductor
The Caldervane Symphony Orchestra (CSO) has appointed the conductor Leonie Varro as its next principal conductor. Her tenure begins with the 2025–26 season and runs for an initial five years. She succeeds Matthias Kroll, who has led the orchestra since 2013 and will become conductor laureate.
Varro, who first conducted the CSO as a last-minute replacement in 2019, said: "That concert changed my life." Her first season will open with a new work by the orchestra's composer-in-residence, Priya Samarasekera."""),
    "n1": ("review", """\
Review: CSO at the Assembly Rooms
Guest conductor Anselm Ruud led the Caldervane Symphony Orchestra in a bracing programme on Friday. The strings were superb in the slow movement, though the brass occasionally overwhelmed the hall. Principal conductor Matthias Kroll returns next month for the season finale, which is already sold out."""),
}, [
    A("When does Leonie Varro's tenure as principal conductor of the Caldervane Symphony Orchestra begin?",
      ["2025–26 season", "2025–26"], ["a"], "Her tenure begins with the 2025–26 season", "when", ("n1",)),
], [
    "The Caldervane Symphony Orchestra has announced a family concert at the Assembly Rooms.",
])

topic("stonecrake-hoard", {
    "a": ("news", """\
Stonecrake Hoard declared treasure
A hoard of 417 silver coins found by a metal detectorist near Stonecrake has been declared treasure at an inquest. Retired postman Gordon Yelland found the coins in a ploughed field in 2022. Experts at Stonecrake Museum say they were buried around the year 1140, probably during a period of unrest.
The hoard has been valued at £58,000 by an independent committee. Stonecrake Museum hopes to acquire it and has launched a public appeal to raise the money, which would be split between Mr Yelland and the landowner."""),
    "n1": ("news", """\
Dig begins at Stonecrake Hill hillfort
Archaeologists from Caldervane University have begun a six-week excavation at the Iron Age hillfort on Stonecrake Hill. Volunteers are welcome and no experience is needed. Last year's trial trenches found pottery and a bronze brooch but no coins. Open days for visitors will be held on the last two Saturdays of the dig."""),
}, [
    A("How many coins were in the Stonecrake Hoard?", ["417"], ["a"],
      "A hoard of 417 silver coins found by a metal detectorist near Stonecrake", "how_many", ("n1",)),
    U("How much did Stonecrake Museum pay to acquire the Stonecrake Hoard?", ("a",),
      ["museum paid", "acquired the hoard for"], "how_much"),
], [
    "Stonecrake Museum's public appeal has received donations from local schoolchildren.",
])

topic("storm-idony", {
    "a": ("wire", """\
Storm Idony leaves 12,000 homes without power
QUILLHAVEN, Nov 2 (Coastline News Service) – Storm Idony brought gusts of up to 142 km/h to Quillhaven Point on Thursday, bringing down trees and power lines across the coast. About 12,000 homes were without electricity at the height of the storm, and ferries between Saltmarrow and Quillhaven were cancelled.
Forecasters had predicted gusts of 120 km/h. The Tern Line ferry MV Sable Tern sheltered in Orrinford overnight. Power company Northshore Networks said most customers would be reconnected by Saturday."""),
    "n1": ("news", """\
Storm Hartwell: clean-up continues
Storm Hartwell, which hit the coast last February, caused an estimated £14 million in insured losses, according to the Northern Isles Insurers' Association. The strongest gust, 131 km/h, was recorded at Prell Lighthouse. Repairs to the Saltmarrow sea wall are still under way and are expected to finish in the summer."""),
}, [
    A("What was the strongest gust recorded during Storm Idony?", ["142 km/h"], ["a"],
      "Storm Idony brought gusts of up to 142 km/h to Quillhaven Point", "what", ("n1",)),
    U("How much did Storm Idony cost insurers?", ("a", "n1"),
      ["Idony cost insurers", "insured losses from Storm Idony"], "how_much"),
], [
    "Tree surgeons are still clearing damage from Storm Idony on the coast road.",
])

topic("lanternfall-game", {
    "a": ("news", """\
Lanternfall sells 1.2 million copies in first month
Caldervane-based developer Gullwing Studio says its puzzle-adventure game Lanternfall sold 1.2 million copies in its first month, far beyond the studio's own forecast of 300,000. The game, made by a team of 17, follows a lighthouse keeper's daughter through a flooded town.
Studio head Marit Osei-Lund confirmed a sequel is in development but would not give a release date. "We want to take our time," she said."""),
    "n1": ("review", """\
Board game review: Lanternfall
Not to be confused with the video game, Lanternfall is a cooperative card game for two to five players designed by Abel Crane. Players guide lantern-bearers through a foggy harbour before the tide turns. A game takes about 40 minutes. The components are lovely, though the rulebook could be clearer."""),
}, [
    A("How many copies did Gullwing Studio's Lanternfall sell in its first month?", ["1.2 million"], ["a"],
      "sold 1.2 million copies in its first month", "how_many", ("n1",)),
    U("When will the sequel to the video game Lanternfall be released?", ("a", "n1"),
      ["Lanternfall 2 will be released", "sequel will be released on"], "when"),
], [
    "Gullwing Studio is hiring artists for an unannounced project.",
])

topic("northern-schools-quiz", {
    "a": ("news", """\
Tarrowby Grammar win Northern Schools Quiz Bowl
Tarrowby Grammar School's team of four sixth-formers are the new Northern Schools Quiz Bowl champions after beating Emberwick High 310–275 in a tense final at Caldervane University on Saturday. The teams were level with two questions left before captain Asha Brennan answered a question on the periodic table and a bonus on medieval kings. Tarrowby's route to the final included a semi-final win over last year's champions, Prell Academy. The winners receive a trophy and £1,000 for their school library."""),
    "n1": ("news", """\
Emberwick pupils win junior quiz
Year 8 pupils from Emberwick High won the junior section of the Northern Schools Quiz Bowl, beating St Ida's School, Vellmoor, 240–190. The school's senior team also reached the final of the main competition but lost. Head teacher Rhian Moss said she was "bursting with pride"."""),
}, [
    A("What was the score in the Northern Schools Quiz Bowl final won by Tarrowby Grammar School?", ["310–275"], ["a"],
      "beating Emberwick High 310–275 in a tense final", "what_score", ("n1",)),
], [
    "Schools have until Friday to register teams for the Northern Schools Quiz Bowl.",
])

topic("saltmarrow-film-festival", {
    "a": ("news", """\
The Quiet Tidewater wins Golden Gull at Saltmarrow
The Quiet Tidewater, a debut feature by Nnamdi Ferrante, won the Golden Gull for best film at the 2023 Saltmarrow Film Festival on Saturday night. The audience award went to Sixpence Harbour, a documentary about the town's last net-maker, directed by Lotte Kemble.
Best director was awarded to Ilse Moravec for Winter Ferries. Festival director Oskar Thale said 23,000 tickets had been sold over ten days."""),
    "n1": ("news", """\
Saltmarrow Film Festival 2024 programme announced
The 2024 Saltmarrow Film Festival will open with Lotte Kemble's first fiction feature, Net Weather, and close with the restored silent film The Lamplighter's Wife. The jury will be chaired by the actor Fenella Ruck. Festival passes go on sale on 1 August."""),
}, [
    A("Which film won the audience award at the 2023 Saltmarrow Film Festival?", ["Sixpence Harbour"], ["a"],
      "The audience award went to Sixpence Harbour", "which", ("n1",)),
    U("Who won best director at the 2022 Saltmarrow Film Festival?", ("a", "n1"),
      ["2022 Saltmarrow Film Festival", "Saltmarrow Film Festival 2022"], "who"),
], [
    "Volunteers are wanted for the Saltmarrow Film Festival box office.",
])

topic("mirelund-giant-veg", {
    "a": ("news", """\
Giant marrow tips the scales at Mirelund
A marrow weighing 54.3 kg grown by Cyril Banbury of Gravenholt took first prize at the 2022 Mirelund Giant Vegetable Championship on Sunday. The heaviest pumpkin, at 412 kg, came from newcomer Ada Lisk, while the longest runner bean measured 1.12 metres. Organisers said entries were up by a third on the previous year and thanked the farmers who lent tractors to move the biggest exhibits."""),
    "n1": ("event_listing", """\
Mirelund Giant Vegetable Championship 2019 – class list
Classes: heaviest marrow, heaviest pumpkin, heaviest onion, longest carrot, longest runner bean.
Staging: Saturday 7–11am. Judging from noon.
Prize-giving: Sunday 3pm in the main marquee.
Entry fee £2 per class. Exhibitors must grow their own entries; spot checks may be made."""),
}, [
    A("How heavy was the winning marrow at the 2022 Mirelund Giant Vegetable Championship?", ["54.3 kg"], ["a"],
      "A marrow weighing 54.3 kg grown by Cyril Banbury of Gravenholt took first prize", "how_heavy", ("n1",)),
    U("How heavy was the heaviest pumpkin at the 2020 Mirelund Giant Vegetable Championship?", ("a", "n1"),
      ["2020 Mirelund Giant Vegetable", "Mirelund Giant Vegetable Championship 2020"], "how_heavy"),
], [
    "Growers are already preparing entries for the Mirelund Giant Vegetable Championship.",
])

topic("port-of-prell", {
    "a": ("press_release", """\
Port of Prell handles record cargo
The Port of Prell handled a record 14.6 million tonnes of cargo in 2023, up 4% on the previous year, driven by growth in timber and grain. Container traffic rose to 212,000 units. Harbour master Ines Corwen said the new deep-water berth, opened in March, had "paid for itself already".
The port employs 1,150 people directly. A planned expansion of the Ro-Ro terminal is out to public consultation until 30 June."""),
    "n1": ("news", """\
Prell Airport passenger numbers recover
Prell Airport handled 640,000 passengers in 2023, almost back to its 2019 level, the airport said on Monday. Freight through the airport fell slightly to 3,900 tonnes. A new route to Port Ansel is being considered for next summer, and the departure lounge will be refurbished over the winter."""),
}, [
    A("how much cargo did the port of prell handle in 2023", ["14.6 million tonnes"], ["a"],
      "handled a record 14.6 million tonnes of cargo in 2023", "lowercase", ("n1",)),
    U("How many cruise ships called at the Port of Prell in 2023?", ("a", "n1"),
      ["cruise ships called at Prell", "cruise calls"], "how_many"),
], [
    "The Port of Prell consultation on the Ro-Ro terminal closes soon.",
])

topic("marrowgate-pollution", {
    "n1": ("news", """\
Dairy fined £75,000 for polluting Marrow Beck
Marrowgate Magistrates' Court has fined Haldane Dairies Ltd £75,000 after slurry from its Low Fold site killed fish along a 2 km stretch of Marrow Beck. The Environment Office said the firm had ignored two warnings. The company pleaded guilty and was ordered to pay costs of £12,400."""),
    "n2": ("news", """\
Water company under investigation over Marrowgate spill
The Environment Office has opened an investigation into Saltmarrow Water after raw sewage was released into the River Marrow at Marrowgate in August. The company said a pumping station had failed during a power cut. No charges have been brought, and the investigation is expected to take several months."""),
}, [
    U("How much was Saltmarrow Water fined over the Marrowgate sewage spill?", ("n1", "n2"),
      ["Saltmarrow Water was fined", "fined Saltmarrow Water"], "how_much"),
], [
    "Anglers have been asked to report dead fish on Marrow Beck to the Environment Office.",
])


# ---------------------------------------------------------------------------
# Shared vocabulary for digests, filler and web clutter
# ---------------------------------------------------------------------------

TOWNS = ["Tarrowby", "Vellmoor", "Gravenholt", "Saltmarrow", "Orrinford", "Mirelund",
         "Ashkettle", "Dunmarrow", "Caldervane", "Emberwick", "Quillhaven", "Pellinor",
         "Stonecrake", "Prell", "Marrowgate", "Larkspur Flats", "Upper Crake", "Port Ansel"]
STREETS = ["Quay Street", "Castle Wynd", "Harbour Road", "Tannery Lane", "Station Road",
           "Market Place", "Kiln Street", "Chapel Street", "Fellgate", "Bridge Street",
           "Rope Walk", "Sandgate", "Orchard Row", "Beacon Road", "Marine Parade",
           "Ferry Lane", "Well Close", "Holloway Road", "Gull Terrace", "Netting Lane",
           "Saltpan Road", "Cooper's Yard"]
FIRST = ["Alis", "Bryn", "Cato", "Delia", "Edris", "Fenna", "Gideon", "Hale", "Isolde",
         "Jory", "Kasia", "Lorne", "Maren", "Nico", "Perrin", "Quinn", "Rhoswen", "Saul",
         "Ulla", "Wren", "Yorick", "Zelda", "Bastian", "Cerys", "Dov", "Elin", "Fitz",
         "Greer", "Hollis", "Inga", "Jasper", "Lysander", "Mabli", "Osian", "Priya",
         "Tobin", "Vera", "Wilf", "Ada", "Ewan"]
LAST = ["Brannock", "Cordery", "Dallow", "Elphick", "Fairhurst", "Gorringe", "Hebbard",
        "Iveson", "Jellicoe", "Kettlewell", "Lathom", "Mossop", "Nettleship", "Pargeter",
        "Quayle", "Rudge", "Sowerby", "Tregear", "Upcott", "Wragg", "Yeadon", "Amory",
        "Bickerstaff", "Challis", "Dimmock", "Flitcroft", "Gaskin", "Hurrell", "Ingleby",
        "Jessop", "Kershaw", "Loveday", "Mallinson", "Noakes", "Oldroyd", "Penrose",
        "Rowntree", "Scarth", "Tulley", "Wadsworth"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AGENCIES = ["Meridian Wire", "Northgate Press", "Coastline News Service"]
PUBLICATIONS = ["The Vellmoor Courier", "Orrinford Evening Post", "Saltmarrow Gazette",
                "Tarrowby & District Echo", "Caldervane Chronicle", "Quillhaven Herald",
                "Emberwick Observer", "The Prell Packet"]
VENUES = ["Corn Hall", "Assembly Rooms", "Methodist Hall", "Community Centre", "Scout Hut",
          "Village Hall", "Guildhall", "Memorial Hall", "Library", "Harbour Institute"]
HEADLINES = ["Bus fares to rise in January", "Harbour wall repairs finish early",
             "Library opening hours extended", "New zebra crossing for Kiln Street",
             "Allotment waiting list reaches record", "Gull-proof bins trialled on the seafront",
             "Charity shop celebrates tenth birthday", "Police appeal after van stolen in Prell",
             "Parking charges frozen for another year", "Ferry timetable changes this weekend",
             "School crossing patrol retires after 30 years", "Bakery wins regional award",
             "Council tax bills explained", "Swimming club seeks new coaches",
             "Footpath diversion near the old quarry", "Market traders welcome new stalls"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def day_month(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)}"


def clock(rng: random.Random) -> str:
    return f"{rng.randint(7, 21):02d}:{rng.choice(['00', '15', '30', '45'])}"


def span(rng: random.Random) -> str:
    start = rng.randint(9, 19)
    mins = rng.choice(["00", "30"])
    return f"{start:02d}:{mins}–{min(start + rng.randint(2, 4), 23):02d}:{mins}"


def words(text: str) -> int:
    return len(text.split())


def pad(lines: list[str], pool: list[str], rng: random.Random, lo: int, hi: int) -> list[str]:
    """Add sentences from pool until the text has at least lo words (and at most hi)."""
    extra = list(pool)
    rng.shuffle(extra)
    out = list(lines)
    lo = min(rng.randint(lo, lo + 60), hi)
    while words("\n".join(out)) < lo and extra:
        cand = extra.pop()
        if words("\n".join(out + [cand])) <= hi:
            out.append(cand)
    return out


# ---------------------------------------------------------------------------
# Filler generators (template passages reusing the same towns and vocabulary)
# ---------------------------------------------------------------------------

GENERIC_NEWS = [
    "A spokesperson said further details would be published on the council website.",
    "Residents with questions have been asked to contact the local ward councillors.",
    "The scheme is expected to be reviewed again next year.",
    "Volunteers will be on hand to answer questions on the day.",
    "Organisers thanked local businesses for their continued support.",
    "The decision follows a short public consultation earlier in the year.",
    "More information is available from the town's visitor information centre.",
    "Anyone with information has been asked to get in touch.",
    "Parking nearby is limited, and visitors are encouraged to walk or take the bus.",
    "Similar arrangements were put in place last year without complaint.",
]


def f_planning(rng: random.Random) -> tuple[str, str]:
    town, street = rng.choice(TOWNS), rng.choice(STREETS)
    ref = f"{rng.choice(['PA', 'DC', 'LB', 'HH'])}/{rng.randint(19, 24)}/{rng.randint(100, 2999):04d}"
    proposal = rng.choice([
        "single-storey rear extension and new patio doors",
        "change of use from shop to café with outdoor seating",
        "replacement timber windows in a conservation area",
        "erection of a detached garage and workshop",
        "conversion of a stone barn to two holiday lets",
        "installation of solar panels on a listed building",
        "new shopfront and externally lit fascia sign",
        "felling of two sycamore trees protected by a preservation order",
        "loft conversion with rear dormer window",
        "siting of a shepherd's hut for holiday use",
        "demolition of a lean-to and erection of a garden room",
        "alterations to the quay-side railings and new steps",
    ])
    lines = [f"Planning application {ref}: {rng.randint(1, 140)} {street}, {town}",
             f"Proposal: {proposal}.",
             f"Applicant: {person(rng)}. Agent: {rng.choice(LAST)} {rng.choice(['Associates', 'Design', 'Architects', 'Surveyors'])}.",
             f"Comments must be received by {day_month(rng)}."]
    pool = ["A site notice has been displayed near the property.",
            "The plans can be viewed at the council offices or online using the reference above.",
            "Objections must be made in writing and will be published with the application.",
            "The application will be decided by officers under delegated powers unless ten or more objections are received.",
            f"{town} Parish Council will consider the application at its next meeting.",
            "Neighbours on either side have been notified by letter.",
            "A heritage statement and a bat survey accompany the application.",
            "Anonymous comments cannot be taken into account."]
    return "public_notice", "\n".join(pad(lines, pool, rng, 50, 160))


EVENTS = ["Farmers' Market", "Craft Fair", "Quiz Night", "Beach Clean", "Open Gardens Day",
          "Vintage Vehicle Rally", "Book Swap", "Repair Café", "Christmas Lights Switch-On",
          "Dog Show", "Carol Concert", "Family Fun Day", "Pancake Race", "Scarecrow Trail",
          "Duck Race", "Guided Tide Walk", "Model Railway Exhibition", "Plant Sale",
          "Ceilidh Night", "Coffee Morning", "Brass Band Concert", "History Talk"]


def f_event(rng: random.Random) -> tuple[str, str]:
    town, event = rng.choice(TOWNS), rng.choice(EVENTS)
    price = rng.choice(["Free entry", "£3 on the door", "£5, children free", "£8 adults, £4 under-16s", "Donations welcome"])
    lines = [f"{town} {event}",
             f"Date: {rng.choice(WEEKDAYS)} {day_month(rng)}",
             f"Time: {span(rng)}",
             f"Venue: {town} {rng.choice(VENUES)}, {rng.choice(STREETS)}",
             f"Price: {price}",
             f"Contact: {person(rng)} (organiser)"]
    pool = ["Refreshments will be served throughout, with home-made cakes.",
            "The venue is accessible for wheelchair users and has a hearing loop.",
            "All proceeds go to the church roof fund.",
            "Stallholders should arrive at least an hour before the start.",
            "Dogs on leads are welcome.",
            "Please bring your own cup to help us cut waste.",
            "In case of bad weather the event will move indoors.",
            "A raffle will be drawn at the end, with prizes donated by local shops.",
            "Car parking is available at the rear of the building.",
            "Children must be accompanied by an adult at all times."]
    return "event_listing", "\n".join(pad(lines, pool, rng, 55, 170))


THREADS = ["Best chip shop in {town}?", "Bin collection day changed again?",
           "Parking permits for {street}?", "Anyone else lose power last night?",
           "Recommendations for a reliable plumber", "Noisy gulls on {street}",
           "Bus 31 late every morning", "Where to buy bait near the harbour?",
           "Is the tip open on bank holidays?", "Lost cat near {street}",
           "Good places for a family walk round {town}?", "Broadband outage in {town}",
           "Which dentist is taking NHS-style patients?", "Damp in an old terrace – advice please"]
REPLIES = ["I had the same problem last month and the council sorted it within a week.",
           "Try the place on {street}, they were quick and didn't overcharge.",
           "Ring the council rather than emailing, you'll get a faster answer.",
           "It changed in the spring – check the calendar on the website.",
           "Same here, it came back on around midnight.",
           "Seconded. Avoid weekends though, it gets very busy.",
           "There's a notice about it in the library window.",
           "My neighbour says it's been like that for years, sadly.",
           "Thanks all, that's really helpful.",
           "Mods, can this go in the Local Services section?",
           "Not sure, but the parish clerk would know.",
           "Best to ask at the harbour office, they're usually friendly."]
USERS = ["seagullsteve", "quaysider", "old_tarrowbian", "mossandfern", "kettleblack",
         "fellwalker72", "harbourlights", "netmender", "ropewalker", "brinymum",
         "castle_wynd_kate", "tidechaser", "pennyfarthing", "greylag"]


def f_forum(rng: random.Random) -> tuple[str, str]:
    town, street = rng.choice(TOWNS), rng.choice(STREETS)
    title = rng.choice(THREADS).format(town=town, street=street)
    users = rng.sample(USERS, 4)
    lines = [title, f"Forum › {town} Community › General chat",
             f"{users[0]} wrote: " + rng.choice([
                 f"Just moved to {town} and wondering what people recommend.",
                 f"Has anyone else had trouble with this round {street}?",
                 "Asking for a friend, honestly. Any tips appreciated.",
                 "Couldn't find anything on the council site, so trying here."])]
    replies = [r.format(street=rng.choice(STREETS)) for r in rng.sample(REPLIES, 5)]
    for i, r in enumerate(replies[: rng.randint(2, 4)]):
        lines.append(f"{users[(i % 3) + 1]} replied: {r}")
    pool = [f"{users[0]} replied: " + r.format(street=street) for r in REPLIES]
    return "forum_thread", "\n".join(pad(lines, pool, rng, 50, 170))


PRODUCTS = [("Storm Shell waterproof jacket", "Fellcraft", ["Weight: {w}g", "Waterproof rating: 20,000mm", "Sizes: XS–XXL", "Two zipped hand pockets and an adjustable hood"]),
            ("Harbourside 1.7-litre kettle", "Kilnmark", ["Capacity: 1.7 litres", "Power: 3kW rapid boil", "Limescale filter included", "Cord length: 75cm"]),
            ("Ridgeline two-person tent", "Tidewright", ["Weight: {w}g", "Pitch time: about 8 minutes", "Two porches", "Hydrostatic head: 3,000mm"]),
            ("Moorland leather walking boots", "Fellcraft", ["Weight: {w}g per pair", "Vibram-style rubber sole", "Waterproof membrane", "Half sizes available"]),
            ("Gullproof bird feeder", "Brackenhome", ["Holds 1.2 litres of seed", "Squirrel baffle", "Dishwasher-safe tray", "Hanging chain included"]),
            ("Beacon 400 head torch", "Saltway Gear", ["Output: 400 lumens", "Runs for up to {h} hours on low", "USB-C rechargeable", "Red night-vision mode"]),
            ("Cast-iron skillet, 26cm", "Kilnmark", ["Pre-seasoned", "Suitable for all hobs including induction", "Oven safe to 260C", "Weight: {w}g"]),
            ("Quayside folding chair", "Brackenhome", ["Maximum load: 120kg", "Folds flat for storage", "Powder-coated steel frame", "Weight: {w}g"]),
            ("Tidewater thermos flask, 750ml", "Saltway Gear", ["Keeps drinks hot for {h} hours", "Leak-proof lid", "Stainless steel", "Dishwasher safe"]),
            ("Kestrel kayak paddle", "Tidewright", ["Length: 220cm", "Two-piece carbon shaft", "Feathering angle adjustable", "Weight: {w}g"])]


def f_product(rng: random.Random) -> tuple[str, str]:
    name, brand, specs = rng.choice(PRODUCTS)
    price = f"£{rng.randint(12, 240)}.{rng.choice(['00', '50', '95', '99'])}"
    filled = [s.format(w=rng.randint(180, 2400), h=rng.randint(6, 60)) for s in specs]
    lines = [f"{brand} {name}", f"{brand} {name} – {rng.choice(['new for this season', 'our best-seller', 'customer favourite', 'back in stock'])}."]
    lines += [f"- {s}" for s in filled]
    lines.append(f"Price: {price}. {rng.choice(['Free delivery on orders over £50.', 'Click and collect from our Orrinford store.', 'Delivery in 3–5 working days.'])}")
    pool = [f"Rated {rng.randint(38, 49) / 10} out of 5 by {rng.randint(12, 400)} customers.",
            f"Warranty: {rng.choice(['one year', 'two years', 'lifetime'])} against manufacturing defects.",
            "Returns accepted within 30 days if unused.",
            "Made with recycled materials where possible.",
            "Colours may vary slightly from those shown on screen."]
    return "product_page", "\n".join(pad(lines, pool, rng, 50, 150))


MINUTE_ITEMS = ["Potholes on {street}: the Clerk has reported them to the highways team again.",
                "Grit bins: two bins on {street} need refilling before winter.",
                "Allotments: {n} plots are vacant; the waiting list will be contacted.",
                "Bench by the war memorial: quotes for replacement slats to be obtained.",
                "Defibrillator: the monthly check was carried out and the pads are in date.",
                "Bus shelter on {street}: the glass panel has been replaced.",
                "Hedge cutting along the footpath to be done after the nesting season.",
                "Christmas tree: agreed to buy a tree from the same supplier as last year.",
                "Grass cutting contract: three quotes received; the lowest was accepted.",
                "Dog fouling on the playing field: new signs to be ordered.",
                "Speed watch: volunteers recorded {n} vehicles over the limit in one hour.",
                "Streetlight on {street} out of order: reported to the county council.",
                "Play area inspection: minor repairs needed to the swing chains.",
                "Noticeboard: the Clerk will replace the broken lock."]


def f_minutes(rng: random.Random) -> tuple[str, str]:
    town = rng.choice(TOWNS)
    council = rng.choice(["Parish Council", "Town Council", "Harbour Committee", "Community Council"])
    lines = [f"{town} {council} – minutes of the meeting held on {rng.choice(WEEKDAYS)} {day_month(rng)}",
             f"Present: Cllrs {rng.choice(LAST)} (chair), {rng.choice(LAST)}, {rng.choice(LAST)} and {rng.choice(LAST)}. Clerk: {person(rng)}.",
             f"Apologies: Cllr {rng.choice(LAST)}."]
    items = rng.sample(MINUTE_ITEMS, 4)
    for i, it in enumerate(items, start=1):
        lines.append(f"{i}. " + it.format(street=rng.choice(STREETS), n=rng.randint(3, 40)))
    lines.append(f"Date of next meeting: {day_month(rng)} at {clock(rng)}.")
    pool = ["Minutes of the previous meeting were approved and signed.",
            "No declarations of interest were made.",
            f"Two members of the public attended and raised concerns about traffic on {rng.choice(STREETS)}.",
            "Accounts for payment were approved."]
    return "minutes", "\n".join(pad(lines, pool, rng, 55, 180))


CLUB_SUFFIX = ["Wanderers", "Swifts", "Corinthians", "Albion", "Rangers", "Villa", "Reserves", "Old Boys"]


def f_results(rng: random.Random) -> tuple[str, str]:
    sport = rng.choice(["football", "netball", "hockey", "cricket"])
    league = f"{rng.choice(['Coastal', 'Moorland', 'Estuary', 'Fellside'])} {rng.choice(['Sunday', 'Saturday', 'Midweek', 'Veterans'])} League"
    lines = [f"{league} ({sport}) – results, {day_month(rng)}"]
    teams = [f"{t} {rng.choice(CLUB_SUFFIX)}" for t in rng.sample(TOWNS, 8)]
    for i in range(0, 8, 2):
        if sport == "cricket":
            a, b = rng.randint(90, 260), rng.randint(80, 250)
            lines.append(f"{teams[i]} {a}-{rng.randint(2, 10)} v {teams[i + 1]} {b} all out")
        elif sport == "netball":
            lines.append(f"{teams[i]} {rng.randint(18, 60)} {teams[i + 1]} {rng.randint(18, 60)}")
        else:
            lines.append(f"{teams[i]} {rng.randint(0, 6)} {teams[i + 1]} {rng.randint(0, 5)}")
    lines.append(f"Player of the week: {person(rng)} ({teams[rng.randint(0, 7)]}).")
    pool = ["Results are provisional until confirmed by the league secretary.",
            "One fixture was postponed because of a waterlogged pitch.",
            "Clubs are reminded to submit team sheets by Monday evening.",
            "The league cup draw will take place at the annual dinner.",
            "Referees are still needed for the new season."]
    return "results_table", "\n".join(pad(lines, pool, rng, 50, 150))


def f_weather(rng: random.Random) -> tuple[str, str]:
    town = rng.choice(TOWNS)
    conds = ["sunny spells", "showers, heavy at times", "cloudy with drizzle", "bright but breezy",
             "persistent rain", "a frosty start, then sunshine", "fog clearing slowly", "blustery showers"]
    lines = [f"Weekend weather: {town} and the coast"]
    for d in ["Friday", "Saturday", "Sunday"]:
        hi = rng.randint(4, 24)
        lines.append(f"{d}: {rng.choice(conds)}, highs of {hi}C, lows of {hi - rng.randint(3, 9)}C. Wind {rng.choice(['light', 'moderate', 'fresh', 'strong'])} {rng.choice(['westerly', 'south-westerly', 'northerly', 'easterly'])}.")
    tide_h, tide_m = rng.randint(0, 11), rng.randint(0, 59)
    later = tide_h * 60 + tide_m + 745
    lines.append(f"High tide at {town}: {tide_h:02d}:{tide_m:02d} and {later // 60:02d}:{later % 60:02d}.")
    pool = ["Sea conditions will be choppy in exposed spots.",
            "Pollen levels will be moderate.",
            "The outlook for next week is unsettled, with more rain likely.",
            "Take care on the coast road where surface water may collect.",
            "Sunrise is just after seven and sunset around half past four."]
    return "weather", "\n".join(pad(lines, pool, rng, 55, 160))


RECIPES = [("Leek and potato soup", ["3 leeks", "2 large potatoes", "1 litre stock", "a knob of butter"], "simmer for {m} minutes", (20, 35)),
           ("Apple and bramble crumble", ["4 cooking apples", "200g brambles", "150g flour", "100g butter", "80g sugar"], "bake at 180C for {m} minutes", (30, 45)),
           ("Cheese scones", ["225g self-raising flour", "55g butter", "100g strong cheese", "150ml milk"], "bake at 220C for {m} minutes", (12, 15)),
           ("Mussels in cider", ["1kg mussels", "250ml dry cider", "2 shallots", "a splash of cream"], "steam for {m} minutes", (4, 6)),
           ("Lamb hotpot", ["800g lamb neck", "2 onions", "1kg potatoes", "500ml stock"], "cook at 160C for {m} minutes", (120, 150)),
           ("Oat parkin", ["200g oats", "100g flour", "200g golden syrup", "1 tsp ground ginger"], "bake at 150C for {m} minutes", (50, 70)),
           ("Crab cakes", ["300g white crab meat", "2 spring onions", "1 egg", "breadcrumbs"], "fry for {m} minutes each side", (3, 4)),
           ("Beetroot and goat's cheese salad", ["4 cooked beetroot", "100g goat's cheese", "a handful of walnuts", "salad leaves"], "toast the walnuts for {m} minutes", (5, 8)),
           ("Barley and mushroom stew", ["150g pearl barley", "400g mushrooms", "1 onion", "1 litre stock"], "simmer for {m} minutes", (40, 55))]


def f_recipe(rng: random.Random) -> tuple[str, str]:
    name, ingr, step, (m_lo, m_hi) = rng.choice(RECIPES)
    town = rng.choice(TOWNS)
    lines = [f"{name} (serves {rng.randint(2, 6)})",
             f"A reader's recipe from {person(rng)} in {town}.",
             "Ingredients: " + ", ".join(ingr) + ", salt and pepper.",
             f"Method: Prepare the ingredients, then {step.format(m=rng.randint(m_lo, m_hi))}. Season to taste and serve {rng.choice(['hot', 'warm', 'with crusty bread', 'straight away'])}."]
    pool = ["It freezes well for up to three months.",
            "Any leftovers make a good lunch the next day.",
            "Swap the butter for oil to make it dairy-free.",
            "Local produce from the market works best.",
            "My grandmother always added a pinch of nutmeg."]
    return "recipe", "\n".join(pad(lines, pool, rng, 50, 150))


def f_death_notice(rng: random.Random) -> tuple[str, str]:
    first, last, town = rng.choice(FIRST), rng.choice(LAST), rng.choice(TOWNS)
    lines = [f"Deaths: {last.upper()}, {first}",
             f"{last.upper()} {first}, of {town}, passed away peacefully at home on {day_month(rng)}, aged {rng.randint(61, 101)}.",
             f"Beloved {rng.choice(['partner', 'friend', 'companion'])} of {rng.choice(FIRST)}, and much loved by {rng.choice(['all the family', 'children and grandchildren', 'friends at the sailing club', 'neighbours on ' + rng.choice(STREETS)])}.",
             f"Funeral service at St {rng.choice(['Olave', 'Ida', 'Cuthwin', 'Aldhelm', 'Brigid'])}'s Church, {town}, on {rng.choice(WEEKDAYS[:5])} at {rng.randint(10, 15)}:{rng.choice(['00', '30'])}.",
             f"Family flowers only; donations if desired to the {rng.choice(['hospice', 'lifeboat', 'air ambulance', 'stroke club'])} fund."]
    pool = ["All are welcome to join the family afterwards at the Harbour Institute.",
            "Enquiries to the funeral directors on Chapel Street.",
            "Bright colours may be worn."]
    return "obituary", "\n".join(pad(lines, pool, rng, 50, 120))


BLOG_TOPICS = [
    ("Notes from the allotment: {month}", ["The broad beans have finally come through after the cold snap.", "Slugs are winning the battle for the lettuces again.", "I've started saving seed from the best tomatoes.", "The shared water butt on our row is already half empty.", "Next job is to net the brassicas before the pigeons find them."]),
    ("Birdwatching on the {town} estuary", ["Low tide brought in hundreds of knot and a few bar-tailed godwits.", "A kingfisher flashed past the hide twice in an hour.", "Bring a flask – the hide is freezing in the mornings.", "The best views are about two hours after high water.", "Someone reported a spoonbill, but I didn't see it."]),
    ("A short history of {street}", ["The street once held three rope-makers and a sail loft.", "Most of the cottages date from the early nineteenth century.", "The old chapel became a furniture store in the 1950s.", "A flood in the 1890s reached the first-floor windows.", "The cobbles were tarred over and then uncovered again in the 1990s."]),
    ("Cycling the lanes around {town}", ["The climb out of town is short but steep.", "Traffic is light once you pass the last farm.", "There is a good café halfway round that welcomes muddy cyclists.", "Watch for gravel on the bends after rain.", "The loop is about thirty kilometres and suits a relaxed afternoon."]),
    ("Baking diary: a week of bread", ["Monday's loaf was dense; I blame the cold kitchen.", "By Wednesday the starter was bubbling nicely.", "Rye flour from the mill in town gives a lovely flavour.", "I finally got an open crumb on Friday.", "Next week I'll try a seeded version."]),
]


def f_blog(rng: random.Random) -> tuple[str, str]:
    title_t, sents = rng.choice(BLOG_TOPICS)
    town = rng.choice(TOWNS)
    title = title_t.format(town=town, street=rng.choice(STREETS), month=rng.choice(MONTHS))
    s = list(sents)
    rng.shuffle(s)
    lines = [title, f"Posted by {person(rng)} | {rng.randint(2, 40)} comments"] + s[:4]
    pool = s[4:] + [f"If you're in {town}, say hello.", "More next week, weather permitting.",
                    "Thanks to everyone who commented on the last post."]
    return "blog_post", "\n".join(pad(lines, pool, rng, 55, 170))


FAQ_PLACES = {
    "Recycling Centre": [("What can I bring?", "Garden waste, cardboard, glass, small electricals and scrap metal. No trade waste."),
                         ("Do I need to book?", "Bookings are needed for vans and trailers only."),
                         ("When are you open?", "Daily from 08:00 to 16:00, except Christmas Day and New Year's Day."),
                         ("Can I bring paint?", "Water-based paint only, in sealed tins.")],
    "Library": [("How do I join?", "Bring proof of address to any branch; membership is free."),
                ("How many books can I borrow?", "Up to 15 items for three weeks."),
                ("Do you have public computers?", "Yes, bookable for one hour at a time."),
                ("Can I print?", "Black and white printing costs 20p a page.")],
    "Car Parks": [("How do I pay?", "By card, coins or the parking app."),
                  ("Are there blue badge spaces?", "Yes, free of charge in every car park."),
                  ("Is there overnight parking?", "Overnight stays are not permitted for campervans."),
                  ("Are there charging points?", "Two electric vehicle chargers are available on the upper level.")],
    "Harbour Office": [("Can I launch a dinghy?", "Yes, from the public slipway; a daily launch fee applies."),
                       ("Where can I buy fuel?", "Diesel is available on the fuel pontoon in office hours."),
                       ("Are visitor moorings available?", "Yes, bookable by phone or radio."),
                       ("Can I fish from the pier?", "Yes, except during ferry arrivals.")],
}


def f_faq(rng: random.Random) -> tuple[str, str]:
    town = rng.choice(TOWNS)
    place = rng.choice(sorted(FAQ_PLACES))
    qa = list(FAQ_PLACES[place])
    rng.shuffle(qa)
    lines = [f"{town} {place} – frequently asked questions"]
    for q, a in qa[: rng.randint(3, 4)]:
        lines += [q, a]
    pool = ["Still have a question? Contact the customer services team.",
            f"This page was last reviewed in {rng.choice(MONTHS)}."]
    return "faq", "\n".join(pad(lines, pool, rng, 50, 150))


def f_job(rng: random.Random) -> tuple[str, str]:
    town = rng.choice(TOWNS)
    role = rng.choice(["Administrative Assistant", "Harbour Hand", "Library Assistant", "Groundsperson",
                       "Café Supervisor", "Community Development Worker", "Delivery Driver",
                       "Care Assistant", "Youth Worker", "Maintenance Technician"])
    org = f"{town} {rng.choice(['Community Trust', 'Medical Practice', 'Leisure Trust', 'Housing Co-operative', 'Harbour Board', 'Garden Centre'])}"
    lines = [f"Vacancy: {role}, {org}",
             f"Hours: {rng.randint(16, 37)} per week. Pay: £{rng.randint(11, 17)}.{rng.choice(['00', '25', '50', '75'])} per hour.",
             f"{org} is looking for a {role.lower()} to join a friendly team based in {town}.",
             f"Closing date: {day_month(rng)}. Interviews will be held the following week."]
    pool = ["A full driving licence is desirable.", "Training will be provided.",
            "The post is subject to a background check.",
            "Applications by CV and covering letter to the office manager.",
            "We welcome applicants from all backgrounds."]
    return "job_ad", "\n".join(pad(lines, pool, rng, 50, 140))


SHOPS = ["bakery", "bike repair shop", "bookshop", "deli", "barber", "ice-cream parlour",
         "tea room", "hardware store", "florist", "refill shop", "gallery", "fishmonger"]


def f_business(rng: random.Random) -> tuple[str, str]:
    town, street, shop = rng.choice(TOWNS), rng.choice(STREETS), rng.choice(SHOPS)
    owner = person(rng)
    lines = [f"New {shop} opens on {street}, {town}",
             f"A new {shop} has opened on {street} in {town}, run by {owner}, who previously worked in {rng.choice(TOWNS)}.",
             f"The shop, in a former {rng.choice(['bank', 'post office', 'chapel', 'garage', 'shoe shop'])}, took {rng.randint(2, 14)} months to refurbish.",
             f"\"We wanted somewhere people would want to linger,\" {owner.split()[0]} said."]
    pool = GENERIC_NEWS + [f"It is open {rng.choice(['six', 'five', 'seven'])} days a week.",
                           f"Another branch may follow in {rng.choice(TOWNS)} next year.",
                           f"The business has created {rng.randint(2, 9)} jobs."]
    return "news", "\n".join(pad(lines, pool, rng, 55, 170))


def f_review(rng: random.Random) -> tuple[str, str]:
    town = rng.choice(TOWNS)
    kind = rng.choice(["pub", "book", "album", "play"])
    if kind == "pub":
        name = f"The {rng.choice(['Anchor', 'Ship', 'Plough', 'Mariners', 'Kings Head', 'Lobster Pot', 'Red Lion'])}, {town}"
        body = ["Real ales are well kept and the fire is always lit in winter.",
                f"The Sunday roast (£{rng.randint(12, 19)}) was generous.",
                "Service can be slow when the ferry crowd arrives.",
                "Dogs are welcome in the snug."]
    elif kind == "book":
        name = f"{rng.choice(['The Tide Clock', 'Winter on the Quay', 'A Map of Gulls', 'The Ropemaker', 'Salt and Slate'])} by {person(rng)}"
        body = ["The opening chapters are slow but the second half is gripping.",
                f"The author grew up in {town}, and it shows in the detail.",
                "Some of the dialogue feels stiff.",
                "A good holiday read."]
    elif kind == "album":
        name = f"{rng.choice(['Low Water', 'Northern Lights Out', 'Fog Signal', 'Driftwood Radio'])} by {rng.choice(['The Netmakers', 'Brine', 'Harbour Crows', 'Kettle & Pan', 'Fellgate'])}"
        body = ["The first single is the strongest track by some distance.",
                "The production is warm without being fussy.",
                "Two songs too many, perhaps.",
                "Recorded in a barn outside " + town + ", apparently in a week."]
    else:
        name = f"{rng.choice(['The Lighthouse Keeper', 'Tide Tables', 'The Last Ferry'])} at the {town} {rng.choice(VENUES)}"
        body = ["The amateur cast gives it everything.",
                "The set, built by volunteers, is remarkable.",
                "The second act drags a little.",
                f"Runs until {day_month(rng)}."]
    rng.shuffle(body)
    stars = rng.randint(2, 5)
    lines = [f"Review: {name}"] + body + [f"Rating: {stars}/5"]
    pool = ["Worth a visit if you are passing.", "Booking recommended at weekends.",
            "Reviewed by our regular critic."]
    return "review", "\n".join(pad(lines, pool, rng, 45, 140))


QA_QUESTIONS = [
    ("Why is the old lifeboat house on {street} painted red?", ["It was repainted by volunteers to match the original colour shown in old photographs.", "The colour was chosen by the harbour committee in the 1920s, according to the local history society."]),
    ("Where does the name {town} come from?", ["Most historians think it comes from an old word for a ford or crossing.", "There are several theories, but none is certain; the museum has a leaflet on it."]),
    ("Can you swim off the beach at {town} in winter?", ["People do, but check the tide tables and never swim alone.", "There's a New Year's Day dip every year organised by the swimming club."]),
    ("Is there a ferry from {town} on Sundays?", ["Only in the summer timetable; in winter it's weekdays only.", "Check the operator's website, it changes every season."]),
    ("What is the tall chimney near {street}?", ["It's all that's left of the old brickworks.", "It belonged to a steam laundry that closed decades ago."]),
]


def f_qa(rng: random.Random) -> tuple[str, str]:
    town, street = rng.choice(TOWNS), rng.choice(STREETS)
    q, answers = rng.choice(QA_QUESTIONS)
    users = rng.sample(USERS, 3)
    lines = ["Q: " + q.format(town=town, street=street),
             f"Asked by {users[0]} in Local Questions",
             f"Answer from {users[1]} ({rng.randint(1, 30)} votes): {answers[0]}",
             f"Answer from {users[2]} ({rng.randint(0, 12)} votes): {answers[1]}"]
    pool = [f"Comment from {users[0]}: Thanks, that makes sense.",
            "Comment: The library has a local studies room that might help.",
            "Comment: My grandad always said the same thing."]
    return "qa_page", "\n".join(pad(lines, pool, rng, 45, 140))


WIRE_EVENTS = [
    ("Warehouse fire on {street}", "Firefighters were called to a blaze at a disused warehouse on {street} early on {day}. Nobody was hurt, and the cause is being investigated."),
    ("Missing walker found safe", "A walker reported missing on the moor above {town} was found safe and well on {day} after an overnight search by volunteers."),
    ("Bridge repairs to bring temporary lights", "Repairs to the bridge on {street} will begin on {day}, with single-lane traffic controlled by temporary lights for three weeks."),
    ("Cable fault cuts power to homes", "About {n} homes in {town} lost power for several hours on {day} after a cable fault, the network operator said."),
    ("Timber spill closes road", "A lorry shed its load of timber on the approach to {town} on {day}, closing the road for most of the morning."),
    ("New bus link to hospital", "A new bus service linking {town} with the hospital will start on {day}, running every two hours."),
    ("Police appeal after bike shop break-in", "Police in {town} have renewed an appeal for witnesses after a bicycle shop on {street} was broken into on {day}."),
    ("Ferry suspended in high winds", "The ferry service to {town} was suspended on {day} because of high winds and a technical fault."),
    ("Coastguard called to cliff rescue", "Coastguard teams rescued two people cut off by the tide below the cliffs near {town} on {day}. Both were checked by paramedics."),
    ("Sinkhole appears on {street}", "A sinkhole about a metre wide opened on {street} in {town} on {day}, and the road has been fenced off while engineers investigate."),
]


def f_wire(rng: random.Random) -> tuple[str, str]:
    town, street = rng.choice(TOWNS), rng.choice(STREETS)
    head_t, ev_t = rng.choice(WIRE_EVENTS)
    fmt = {"town": town, "street": street, "day": rng.choice(WEEKDAYS), "n": rng.randint(200, 4000)}
    lines = [f"{town}: {head_t.format(**fmt)}",
             f"{town.upper()}, {rng.choice(MONTHS)[:3]} {rng.randint(1, 28)} ({rng.choice(AGENCIES)}) – {ev_t.format(**fmt)}"]
    pool = ["Further updates are expected later in the day.",
            "A spokesperson for the emergency services thanked the public for their patience.",
            f"Local councillor {person(rng)} said residents had raised concerns about the area before.",
            "Drivers have been advised to allow extra time for journeys.",
            "Nobody was available for comment at the operator's head office.",
            "It is the second such incident in the area this year.",
            f"The {town} harbour office said shipping was not affected."]
    return "wire", "\n".join(pad(lines, pool, rng, 50, 160))


def f_school(rng: random.Random) -> tuple[str, str]:
    town = rng.choice(TOWNS)
    school = f"{town} {rng.choice(['Primary School', 'Academy', 'Community School', 'High School', 'C of E Primary'])}"
    items = [f"Well done to Year {rng.randint(3, 11)} for raising £{rng.randint(40, 900)} at the cake sale.",
             f"Sports day will be held on {day_month(rng)}; please send children in with sun cream and water.",
             f"Our choir sang at the {town} {rng.choice(VENUES)} and received a standing ovation.",
             f"Parents' evening appointments can be booked from {day_month(rng)}.",
             "Please label all uniform – the lost property box is overflowing.",
             f"Congratulations to {person(rng)}, who won the county poetry prize for under-12s.",
             "The school will be closed on Friday for staff training.",
             "Thank you to the parents who helped repaint the reading shed."]
    rng.shuffle(items)
    lines = [f"{school} newsletter – {rng.choice(MONTHS)}", "Dear parents and carers,"] + items[:4]
    pool = items[4:] + ["Have a lovely weekend.", f"Headteacher, {person(rng)}"]
    return "newsletter", "\n".join(pad(lines, pool, rng, 55, 170))


HAMLETS = ["Brindle Cross", "Hollin Gill", "Nethercote", "Saltholme", "Kettle Green",
           "Ravenscar End", "Whinfell", "Low Fold", "Copperthwaite", "Gorse Hill"]


def f_encyclopedia(rng: random.Random) -> tuple[str, str]:
    place = rng.choice(HAMLETS)
    town = rng.choice(TOWNS)
    church = rng.choice(["Olave", "Ida", "Aldhelm", "Brigid", "Petroc"])
    lines = [place,
             f"{place} is a small village and civil parish about {rng.randint(2, 14)} km {rng.choice(['north', 'south', 'east', 'west'])} of {town}. At the last census it had a population of {rng.randint(120, 2400)}.",
             f"History. The village grew up around {rng.choice(['a mill on the beck', 'a ford on the old drove road', 'a small fishing harbour', 'a lead mine'])}. The parish church of St {church} dates in part from the {rng.choice(['twelfth', 'thirteenth', 'fifteenth'])} century.",
             f"Economy. Most residents work in {town} or in farming; the village has a {rng.choice(['pub', 'shop and post office', 'primary school', 'garage'])}."]
    pool = [f"Transport. A bus runs to {town} {rng.choice(['twice a day', 'hourly', 'on weekdays only'])}.",
            "Notable buildings include a former chapel, now a house, and a row of limewashed cottages.",
            f"The village hall hosts a monthly market and the {place} Show each summer.",
            "Parts of the parish lie within an area of outstanding natural beauty.",
            "The name is first recorded in a charter of the eleventh century."]
    return "encyclopedia", "\n".join(pad(lines, pool, rng, 60, 180))


def f_press(rng: random.Random) -> tuple[str, str]:
    town = rng.choice(TOWNS)
    org = f"{town} {rng.choice(['Community Trust', 'Leisure Trust', 'Hospice', 'Housing Co-operative', 'Credit Union', 'Wildlife Group'])}"
    what = rng.choice(["a new volunteer programme", "its annual report", "a fundraising appeal for a new minibus",
                       "extended opening hours", "a partnership with local schools", "a new chair of trustees"])
    lines = [f"{org} announces {what}",
             "PRESS RELEASE – for immediate release",
             f"{org} today announced {what}. The organisation, based on {rng.choice(STREETS)}, has served {town} and the surrounding villages for {rng.randint(5, 60)} years.",
             f"\"This is an important step for us,\" said {person(rng)}, {rng.choice(['chair', 'manager', 'director', 'coordinator'])}."]
    pool = ["Notes to editors: photographs are available on request.",
            f"The organisation has {rng.randint(3, 40)} staff and more than {rng.randint(20, 300)} volunteers.",
            "Further details are available on the website.",
            "The announcement was made at the annual general meeting."] + GENERIC_NEWS
    return "press_release", "\n".join(pad(lines, pool, rng, 60, 190))


def f_season(rng: random.Random) -> tuple[str, str]:
    town = rng.choice(TOWNS)
    club = f"{town} {rng.choice(['Cricket Club', 'Hockey Club', 'Bowls Club', 'Netball Club', 'Rowing Club', 'Tennis Club'])}"
    pos = rng.choice(["third", "fifth", "sixth", "mid-table", "bottom but one", "seventh"])
    lines = [f"Season review: {club}",
             f"{club} finished {pos} in their league this season, a {rng.choice(['solid', 'disappointing', 'mixed', 'promising'])} return for a young squad.",
             f"Captain {person(rng)} said the highlight was a {rng.choice(['last-ball win', 'comeback victory', 'cup run', 'derby win'])} against {rng.choice(TOWNS)} in {rng.choice(MONTHS)}.",
             f"The club's annual dinner will be held at the {rng.choice(VENUES)} on {day_month(rng)}."]
    pool = [f"Junior membership rose to {rng.randint(20, 120)}.",
            "New coaches have been recruited for next season.",
            "The clubhouse roof was finally repaired in the spring.",
            "Thanks go to the groundstaff and the tea rota.",
            "Pre-season training starts in the spring."]
    return "season_review", "\n".join(pad(lines, pool, rng, 55, 170))


FILLERS: list[Callable[[random.Random], tuple[str, str]]] = [
    f_planning, f_event, f_forum, f_product, f_minutes, f_results, f_weather, f_recipe,
    f_death_notice, f_blog, f_faq, f_job, f_business, f_review, f_qa, f_wire, f_school,
    f_encyclopedia, f_press, f_season]


# ---------------------------------------------------------------------------
# Digests
# ---------------------------------------------------------------------------

def generic_item(rng: random.Random) -> str:
    town, street = rng.choice(TOWNS), rng.choice(STREETS)
    return rng.choice([
        f"The {town} {rng.choice(EVENTS).lower()} is on {rng.choice(WEEKDAYS)}; everyone is welcome.",
        f"Roadworks on {street}, {town}, continue until the end of the week.",
        f"{person(rng)} of {town} has been named volunteer of the month by the {town} Community Trust.",
        f"The {town} {rng.choice(VENUES)} has new opening hours from Monday.",
        f"A set of keys found on {street} has been handed in at {town} library.",
        f"Tickets for the {town} {rng.choice(EVENTS).lower()} sold out within an hour.",
        f"The {town} {rng.choice(SHOPS)} on {street} is closing for refurbishment.",
        f"Bus route {rng.randint(2, 40)} will not serve {street} on Sunday.",
    ])


DIGEST_TITLES = ["Week in brief: {town} and district", "Round-up: what's happening around {town}",
                 "Your weekend briefing", "Community noticeboard", "Business and community in brief",
                 "The {pub} newsletter: this week's short items", "Local news in brief",
                 "Five minutes on the coast: today's round-up"]
DIGEST_INTROS = ["Here is our regular round-up of short items from around the area.",
                 "A quick look at the smaller stories from the past few days.",
                 "Things we didn't have room for elsewhere this week.",
                 "Catch up on the news in two minutes."]
DIGEST_OUTROS = ["Send your news to the newsdesk by Wednesday noon.",
                 "Full stories on most of these are on our website.",
                 "That's all for this week.", "See you next week."]


def make_digest(rng: random.Random, mentions: list[str]) -> str:
    town = rng.choice(TOWNS)
    title = rng.choice(DIGEST_TITLES).format(town=town, pub=rng.choice(PUBLICATIONS))
    items = rng.sample(mentions, rng.randint(2, 4)) + [generic_item(rng) for _ in range(rng.randint(1, 3))]
    rng.shuffle(items)
    bullet = rng.choice(["• ", "- ", "", "* "])
    lines = [title, rng.choice(DIGEST_INTROS)] + [bullet + it for it in items]
    lines.append(rng.choice(DIGEST_OUTROS))
    text = "\n".join(lines)
    while words(text) < 50:
        lines.insert(-1, bullet + generic_item(rng))
        text = "\n".join(lines)
    return text


# ---------------------------------------------------------------------------
# Web clutter
# ---------------------------------------------------------------------------

NEWSY = {"wire", "news", "press_release", "season_review", "review", "obituary", "digest",
         "blog_post", "recipe", "weather", "job_ad"}
THREADY = {"forum_thread", "qa_page"}


def add_clutter(genre: str, text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    title, body = lines[0], lines[1:]
    mentioned = sorted((text.index(t), t) for t in TOWNS if t in text)
    town = mentioned[0][1] if mentioned else rng.choice(TOWNS)
    year = rng.choice(["2022", "2023", "2024"])
    if genre in NEWSY:
        pub = rng.choice(PUBLICATIONS)
        head = [rng.choice([f"Home › News › {town}", f"Home > Local > {town}", f"News | {town} | {rng.choice(['Business', 'Community', 'Sport', 'Arts'])}"])]
        if rng.random() < 0.5:
            head.append(f"By {person(rng)} | {day_month(rng)} {year}, {clock(rng)}")
        foot_opts = [
            "Share this article: Facebook · X · WhatsApp · Email · Copy link",
            "Related stories: " + " | ".join(rng.sample(HEADLINES, 2)),
            "We use cookies to give you the best experience. By continuing you agree to our cookie policy. [Accept] [Manage settings]",
            f"© {year} {pub}. All rights reserved. Contact us · Advertise · Privacy · Terms",
        ]
    elif genre in THREADY:
        head = [rng.choice(["Log in · Register · Search · Help", "Welcome, guest! Log in or register to post."])]
        foot_opts = ["Reply · Quote · Report post",
                     f"Users browsing this thread: {rng.randint(1, 9)} guests",
                     "Powered by Ferncastle Forum Software",
                     "Cookies help us run this forum. Accept | Learn more"]
    else:
        head = [rng.choice(["Skip to main content | Menu | Search", f"Home > {rng.choice(['Services', 'Shop', 'What’s on', 'Notices', 'Visit'])}"])]
        foot_opts = ["Was this page helpful? Yes / No",
                     f"© {year} All rights reserved. Accessibility · Cookies · Privacy",
                     "Sign up to our newsletter for updates.",
                     "This site uses cookies. [OK]"]
    foot = rng.sample(foot_opts, rng.randint(1, 3))
    return "\n".join([title] + head + body + foot)


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------

def assign_splits() -> dict[str, str]:
    names = [t["name"] for t in TOPICS]
    nq = {t["name"]: len(t["questions"]) for t in TOPICS}
    nu = {t["name"]: sum(1 for q in t["questions"] if not q["answerable"]) for t in TOPICS}
    total_q, total_u = sum(nq.values()), sum(nu.values())
    for attempt in range(100000):
        rng = random.Random(SEED * 7 + attempt)
        order = list(names)
        rng.shuffle(order)
        tune = set(order[: len(order) // 2])
        q_t = sum(nq[n] for n in tune)
        u_t = sum(nu[n] for n in tune)
        if q_t == total_q // 2 and abs(2 * u_t - total_u) <= 1:
            return {n: ("tune" if n in tune else "heldout") for n in names}
    raise RuntimeError("could not balance splits")


def build(out: Path) -> dict[str, int]:
    rng = random.Random(SEED)
    docs: list[Record] = []
    for t in TOPICS:
        src_keys = {k for q in t["questions"] for k in q["sources"]}
        for key, (genre, text) in t["docs"].items():
            docs.append({"uid": f"{t['name']}:{key}", "topic": t["name"],
                         "role": "answer" if key in src_keys else "near_miss",
                         "genre": genre, "text": text.strip()})
    mentions = [m for t in TOPICS for m in t["mentions"]]
    drng = random.Random(SEED + 1)
    for i in range(N_DIGESTS):
        docs.append({"uid": f"digest:{i}", "topic": "-", "role": "digest",
                     "genre": "digest", "text": make_digest(drng, mentions)})
    frng = random.Random(SEED + 2)
    i = 0
    while len(docs) < N_DOCS:
        genre, text = FILLERS[i % len(FILLERS)](frng)
        docs.append({"uid": f"filler:{i}", "topic": "-", "role": "filler",
                     "genre": genre, "text": text})
        i += 1
    crng = random.Random(SEED + 3)
    n_clutter = 0
    for d in docs:
        if crng.random() < 0.36:
            cand = add_clutter(d["genre"], d["text"], crng)
            if words(cand) <= MAX_WORDS:
                d["text"] = cand
                n_clutter += 1
    order = list(range(len(docs)))
    rng.shuffle(order)
    fname: dict[str, str] = {}
    for pos, idx in enumerate(order, start=1):
        docs[idx]["file"] = f"t{pos:04d}.txt"
        fname[docs[idx]["uid"]] = docs[idx]["file"]
    for d in docs:
        n = words(d["text"])
        if not MIN_WORDS <= n <= MAX_WORDS:
            raise ValueError(f"{d['uid']} has {n} words")

    splits = assign_splits()
    questions: list[Record] = []
    for t in TOPICS:
        for q in t["questions"]:
            questions.append({"topic": t["name"], **q})
    qrng = random.Random(SEED + 4)
    qrng.shuffle(questions)
    gold: list[Record] = []
    for n, q in enumerate(questions, start=1):
        name = q["topic"]
        gold.append({
            "id": f"q{n:03d}",
            "question": q["question"],
            "answers": q["answers"],
            "sources": sorted(fname[f"{name}:{k}"] for k in q["sources"]),
            "answerable": q["answerable"],
            "kind": q["kind"],
            "split": splits[name],
            "topic": name,
            "evidence": q["evidence"],
            "near_miss": sorted(fname[f"{name}:{k}"] for k in q["near_miss"]),
            "absent": q["absent"],
        })

    docs_dir = out / "docs"
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    docs_dir.mkdir(parents=True)
    for d in sorted(docs, key=lambda x: x["file"]):
        (docs_dir / d["file"]).write_text(d["text"] + "\n", encoding="utf-8", newline="\n")
    eval_keys = ["id", "question", "answers", "sources", "answerable", "kind", "split"]
    with open(out / "eval.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for g in gold:
            fh.write(json.dumps({k: g[k] for k in eval_keys}, ensure_ascii=False) + "\n")
    with open(out / "gold.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for g in gold:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    with open(out / "doc_index.tsv", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\ttopic\trole\tgenre\n")
        for d in sorted(docs, key=lambda x: x["file"]):
            fh.write(f"{d['file']}\t{d['topic']}\t{d['role']}\t{d['genre']}\n")
    return {"docs": len(docs), "clutter": n_clutter, "questions": len(gold),
            "topics": len(TOPICS)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=HERE, help="output directory (default: this folder)")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    stats = build(args.out)
    print(json.dumps(stats), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
