"""Hand-written topics 1-15 for the probe22 evaluation set.

Every name, place, organisation and event below is invented.
Each topic: passages (key -> (genre, text)), mentions (sentences for
digests that never give an answer) and questions.
"""

TOPICS_A = [
    {
        "id": "calloway_regatta",
        "domain": "sport",
        "passages": {
            "a": ("results table", """\
Calloway Reach Regatta 2022 - finals day results
Ardmoor, Saturday 9 July 2022. Light headwind on the Reach in the morning, flat water from about 2pm.

Event | Winner | Runner-up | Margin | Time
Women's eights | Harnham Ladies' Rowing Club | Ardmoor Amateur Boat Club | 1¼ lengths | 6:41
Men's eights | Lintwood Rowing Club | St Bede's College Boat Club | 2 lengths | 6:02
Women's coxless fours | Ardmoor Amateur Boat Club | Tollwick Weir RC | 3 lengths | 7:26
Men's double sculls | Tollwick Weir RC | Lintwood Rowing Club | canvas | 7:04
Junior (U18) women's quads | Ardmoor Amateur Boat Club | Harnham Ladies' Rowing Club | easily | 7:40

Full splits will be posted by the regatta secretary on Monday. Protests had to be lodged at the umpires' tent by 6pm; none were received."""),
            "b": ("local news", """\
Home crew lifts eights trophy as regatta returns to the Reach
By Colm Ashdown, Ardmoor Courier - 12 July 2021

Ardmoor Amateur Boat Club won the women's eights at the Calloway Reach Regatta on Saturday, holding off a late push from Harnham Ladies' Rowing Club to win by a canvas in front of a crowded towpath.

It was the club's first eights title at its home regatta in more than a decade. "We've been second so many times that nobody quite knew how to celebrate," said captain Ruth Pellingham, who stroked the crew.

The men's eights went to St Bede's College Boat Club, whose crew included three students who had never raced above novice level before this season.

Regatta chair Douglas Vane said entries were down by around a fifth but that he expected a full programme next summer, including the return of the junior quads."""),
            "c": ("forum post", """\
Re: Calloway Reach 2022 - predictions thread
Posted by sculler_ned, Wed 6 Jul 2022, 21:14

Going to stick my neck out. Men's eights: Lintwood look the quickest crew on paper after their head race, although St Bede's always find something on the day. Women's eights: hard to see past Ardmoor again on home water, they've kept six of last year's crew. Harnham have a new coach and I've heard the boat is light on experience.

Weather looks decent, wind forecast to drop through the afternoon. Anyone know if the junior quads are back on the programme?

Reply from towpath_tilly: Ardmoor for the women's eights, I'd put money on it. Juniors are back, heats from 10am. Bring a chair, the bank by the boathouse gets packed."""),
        },
        "mentions": [
            "Ardmoor Amateur Boat Club has launched a learn-to-row course for adults ahead of the Calloway Reach Regatta.",
            "Regatta chair Douglas Vane is appealing for volunteer marshals for the towpath on finals day.",
            "Lintwood Rowing Club has taken delivery of a new eight, named after a long-serving boatman.",
            "Tollwick Weir RC will host a small head race on the Reach in October.",
        ],
        "questions": [
            {"q": "Which club won the women's eights at the 2022 Calloway Reach Regatta?",
             "a": ["Harnham Ladies' Rowing Club", "Harnham Ladies"], "src": ["a"],
             "ev": "Women's eights | Harnham Ladies' Rowing Club", "nm": ["b", "c"], "kind": "which"},
            {"q": "Who won the women's eights at the Calloway Reach Regatta in 2018?",
             "a": [], "src": [], "nm": ["a", "b", "c"], "kind": "who",
             "absent": ["Calloway Reach Regatta 2018", "2018 Calloway Reach", "the 2018 regatta"]},
        ],
    },
    {
        "id": "daunsey_prize",
        "domain": "arts prize",
        "passages": {
            "a": ("press release", """\
Teodora Blaine wins 2019 Daunsey Prize for Fiction
PRESS RELEASE - for immediate release, 21 November 2019

The Daunsey Foundation is delighted to announce that Teodora Blaine has won the 2019 Daunsey Prize for Fiction for her novel The Salt Registers (Quarrender Books). The award, now in its eleventh year, carries a prize of £15,000 and was presented at a dinner at Corvin Hall in Lisketh on Thursday evening.

Chair of judges Anselm Darrow called the book "a quietly ferocious novel about a town that keeps records of everything except its own grief". Blaine, who grew up near Fennick and worked for twenty years as a court stenographer, said she would use the money to "buy time, which is the only thing a writer ever really needs".

Each of the five other shortlisted authors receives £1,500.

Notes to editors: high-resolution images of the winner are available on request from the Foundation's press office."""),
            "b": ("wire report", """\
Debut novelist Caspar Ferrow takes Daunsey Prize
LISKETH, 22 November 2018 - Caspar Ferrow, a former merchant seaman from Olsby, has won the Daunsey Prize for Fiction with his first novel, Weatherboard, beating five more established writers.

The book follows three generations of a family who run a failing boatyard. Judges described it as "patient, funny and entirely unsentimental".

Ferrow, 58, said he had written most of it in the cab of a delivery van during his lunch breaks. "I didn't think anyone would read it, let alone give it a prize," he told reporters after the ceremony at Corvin Hall.

The prize, run by the Daunsey Foundation, is open to full-length novels published in the previous twelve months. Anselm Darrow, who chaired this year's panel, will stay on for the next award."""),
            "c": ("news brief", """\
Daunsey Prize 2019 shortlist announced
Books desk | 3 October 2019

Six novels are in the running for this year's Daunsey Prize for Fiction, the judges announced on Thursday:

- The Salt Registers by Teodora Blaine (Quarrender Books)
- A Map of Small Rooms by Kit Andrade (Lanyard & Co)
- The Understudy by Rosalind Vey (Quarrender Books)
- Hare Moon by Padraig Sollis (Moorhen)
- Unfinished Weather by Ilka Demarr (Threadneedle Press)
- Nightjar Parish by Efe Colquhoun (Threadneedle Press)

The winner will be announced in November at Corvin Hall in Lisketh. Chair of judges Anselm Darrow said the panel had read 164 submissions, "more than in any previous year", and had argued "cheerfully but at length" over the final six."""),
        },
        "mentions": [
            "The Daunsey Foundation has opened submissions for next year's Daunsey Prize for Fiction.",
            "Anselm Darrow, who has chaired the Daunsey judges, gives a talk on the craft of the short novel at Lisketh library.",
            "Corvin Hall in Lisketh has reopened its upstairs reading room after repairs to the roof.",
            "Caspar Ferrow reads from a work in progress at the Olsby Seafarers' Institute on Thursday evening.",
        ],
        "questions": [
            {"q": "Who won the 2019 Daunsey Prize for Fiction?",
             "a": ["Teodora Blaine", "Blaine"], "src": ["a"],
             "ev": "Teodora Blaine has won the 2019 Daunsey Prize for Fiction", "nm": ["b", "c"], "kind": "who"},
            {"q": "Which publisher brought out Weatherboard, the novel that won the Daunsey Prize in 2018?",
             "a": [], "src": [], "nm": ["a", "b", "c"], "kind": "which",
             "absent": ["Weatherboard (", "published Weatherboard", "Weatherboard was published"]},
        ],
    },
    {
        "id": "brennock_byelection",
        "domain": "elections",
        "passages": {
            "a": ("local news", """\
Independent takes Eastgate seat by 25 votes
Brennock Evening Post | Friday 5 May 2023

Independent candidate Margery Hollis has won the Eastgate ward by-election to Brennock Town Council, finishing 25 votes ahead of Civic Reform's Simon Tarrant after a recount that ran past 1am.

Hollis polled 612 votes to Tarrant's 587, with Deborah Wyre of the Vale Democrats on 203. Turnout was 31.2 per cent, higher than officials had expected for a single-seat contest in spring.

The by-election was called after the resignation of Cllr Fergus Lomax, who moved away from the town in February. Hollis, a retired pharmacist who has campaigned against the closure of the Eastgate branch library, said her first priority would be "keeping the doors of that library open".

The result leaves the council's ruling group one seat short of a majority."""),
            "b": ("official notice", """\
Declaration of result of poll - Westgate Ward
Brennock Town Council by-election, held on Thursday 15 June 2023

I, the undersigned, being the Returning Officer at the above election, hereby give notice that the number of votes recorded for each candidate was as follows:

ASHBY, Colin Raymond - Vale Democrats - 498 (elected)
KNOWLES-PARR, Janet - Civic Reform - 421
PELMORE, Owen - Independent - 117

Number of ballot papers rejected: 6

And I do hereby declare that Colin Raymond Ashby is duly elected as a Councillor for the Westgate Ward.

Dated 16 June 2023. Returning Officer, Brennock Town Hall, Market Square, Brennock."""),
            "c": ("official notice", """\
Statement of persons nominated - Eastgate ward by-election
Brennock Town Council

The following three candidates have been validly nominated for the Eastgate ward by-election, to be held on Thursday 4 May 2023:

HOLLIS, Margery Anne - Independent
TARRANT, Simon Paul - Civic Reform
WYRE, Deborah - Vale Democrats

Polling stations will be open from 7am to 10pm. Applications for a postal vote must reach the electoral services office by 5pm on 17 April. The count will take place at Brennock Leisure Centre immediately after the close of poll, and members of the public may attend by prior arrangement."""),
        },
        "mentions": [
            "Brennock Town Council will debate the future of the Eastgate branch library at its next full meeting.",
            "Civic Reform says it will contest every seat on Brennock Town Council at the next full elections.",
            "Electoral services in Brennock are reminding residents to check the register before the autumn canvass.",
            "Cllr Margery Hollis is holding a drop-in surgery at Eastgate community centre on the first Saturday of the month.",
        ],
        "questions": [
            {"q": "By how many votes did the winner of the Eastgate ward by-election in Brennock beat the runner-up?",
             "a": ["25 votes"], "src": ["a"], "ev": "finishing 25 votes ahead", "nm": ["b", "c"],
             "kind": "by_how_much"},
            {"q": "What was the turnout in the Westgate ward by-election to Brennock Town Council?",
             "a": [], "src": [], "nm": ["a", "b"], "kind": "percentage",
             "absent": ["Westgate turnout", "turnout in Westgate", "turnout in the Westgate"]},
        ],
    },
    {
        "id": "orrinvale_ceo",
        "domain": "business appointments",
        "passages": {
            "a": ("regulatory announcement", """\
Orrinvale Freight appoints Mireille Dancourt as Chief Executive
Regulatory announcement | 4 March 2024

Orrinvale Freight plc ("Orrinvale" or "the Company") announces that Mireille Dancourt has been appointed Chief Executive Officer on a permanent basis with effect from 1 April 2024. She will join the Board on the same date.

Ms Dancourt joins from Kellgrave Shipping, where she ran the group's container operations for six years. She succeeds Gideon Rusk, who has served as interim Chief Executive since the departure of Alastair Penge in September 2023. Mr Rusk will return to his role as Chief Financial Officer.

Chair Lorna Fetherstone said: "Gideon has steered the business through a difficult winter with great calm. Mireille brings exactly the operational depth we need for the next stage of our depot programme."

Ms Dancourt's base salary will be £520,000. Further details are set out in the appendix to this announcement."""),
            "b": ("business news", """\
Orrinvale boss quits; finance chief to step in as interim CEO
By Hal Brennan, Markets reporter | 19 September 2023

Shares in Orrinvale Freight fell 4 per cent on Tuesday after the haulage and warehousing group said chief executive Alastair Penge would leave with immediate effect "to pursue other interests".

Chief financial officer Gideon Rusk will serve as interim chief executive while the board searches for a permanent successor, a process it expects to take "several months".

Analysts at Brightwell Securities said the abrupt departure raised questions about the group's delayed depot automation programme, which is running about a year late. Penge joined Orrinvale in 2017 from a rival parcels business and oversaw a period of rapid expansion."""),
            "c": ("company news", """\
Orrin Vale Foods names new managing director
Posted in Company news, 8 January 2024

Orrin Vale Foods, the family-owned maker of chilled soups and sauces based in Tolland, has appointed Lottie Sarn as managing director. Ms Sarn, who joined the business as a graduate trainee in 2009, has most recently been sales director.

The company, which employs around 340 people across two sites, is not connected to the listed logistics group Orrinvale Freight, despite the similar name - a point chairman Bernard Orrin says he has to make "at least once a week".

Mr Orrin, whose grandfather started the firm with a single copper pan, will remain as chair. The company plans to open a third kitchen in 2025."""),
        },
        "mentions": [
            "Orrinvale Freight says its delayed depot automation programme will be reviewed by the board this year.",
            "Orrin Vale Foods is recruiting production staff for its Tolland kitchens.",
            "Former Orrinvale chief executive Alastair Penge has joined the board of a parcels start-up.",
            "Orrinvale Freight chair Lorna Fetherstone will address the county business breakfast next month.",
        ],
        "questions": [
            {"q": "Who was appointed permanent chief executive of Orrinvale Freight in 2024?",
             "a": ["Mireille Dancourt", "Dancourt"], "src": ["a"],
             "ev": "Mireille Dancourt has been appointed Chief Executive Officer on a permanent basis",
             "nm": ["b", "c"], "kind": "who"},
            {"q": "Who is the chief financial officer of Orrin Vale Foods?",
             "a": [], "src": [], "nm": ["a", "b", "c"], "kind": "who",
             "absent": ["Orrin Vale Foods' chief financial officer", "finance director of Orrin Vale",
                        "Orrin Vale Foods finance"]},
        ],
    },
    {
        "id": "greyloch_results",
        "domain": "business results",
        "passages": {
            "a": ("results statement", """\
Greyloch Brewing Co. - preliminary results for the year ended 31 March 2024
Published 11 June 2024

Highlights
- Revenue £48.6 million, up 12 per cent (2023: £43.4 million)
- Pre-tax profit £3.1 million (2023: £2.2 million)
- Beer volumes up 7 per cent, with strong growth in cans and alcohol-free
- Final dividend of 2.4p per share

Chief executive Rhona McAvoy said: "It has been a year of real progress. We came in a little below the figure we gave the market in January, mainly because of a wet spring, but the underlying business has never been healthier."

The company opened its second taproom, in Wrenfield, in October and now employs 212 people."""),
            "b": ("trading update", """\
Greyloch Brewing expects record year after strong Christmas
Trading update | 16 January 2024

Greyloch Brewing Co. said on Tuesday that it now expects revenue for the year to 31 March 2024 to be "around £50 million", ahead of previous guidance, after record sales over the Christmas and New Year period.

Sales of its Ridgeback pale ale in supermarkets rose by more than a quarter in December, the company said. The board expects pre-tax profit to be in line with market expectations.

Shares rose 6 per cent in early trading. Full-year results are due in June."""),
            "c": ("business news", """\
Greyloch Distillers posts sales rise as gin demand holds up
By Elin Marwood | 14 March 2024

Greyloch Distillers, the whisky and gin producer based on the island of Inchbarra, said sales for calendar 2023 rose 6 per cent to £19.2 million, helped by exports and a new botanical gin.

Despite sharing a glen and a name with Greyloch Brewing, the distiller has been separately owned since 1998, when the founding family sold the brewery side of the business.

Managing director Iain Torrance said the company would invest in a second warehouse for maturing spirit. Profit figures will be published with the full accounts in the summer."""),
        },
        "mentions": [
            "Greyloch Brewing is hiring for its Wrenfield taproom ahead of the summer.",
            "Greyloch Distillers is opening its Inchbarra visitor centre for evening tastings.",
            "Greyloch Brewing chief executive Rhona McAvoy is among the speakers at the regional food and drink awards.",
            "Shares in Greyloch Brewing moved sharply after the company's January trading update.",
        ],
        "questions": [
            {"q": "What revenue did Greyloch Brewing actually report for the year to 31 March 2024?",
             "a": ["£48.6 million"], "src": ["a"], "ev": "Revenue £48.6 million, up 12 per cent",
             "nm": ["b", "c"], "kind": "how_much"},
            {"q": "What pre-tax profit did Greyloch Distillers make in 2023?",
             "a": [], "src": [], "nm": ["a", "c"], "kind": "how_much",
             "absent": ["Distillers made a pre-tax profit", "Greyloch Distillers' pre-tax profit",
                        "Distillers' profit"]},
        ],
    },
    {
        "id": "tessaly_beetle",
        "domain": "science",
        "passages": {
            "a": ("university news", """\
New ground beetle named after retired ranger
University of Wexcombe news | 14 February 2022

A flightless ground beetle found only on the upper slopes of Tessaly Ridge has been formally described as a new species, Pellidon harrowae.

The study, led by Dr Ines Margolin of the university's School of Biological Sciences, is published today in the Journal of Upland Entomology. The species name honours Ada Harrow, a retired ranger who collected the first specimen beneath a stone near the ridge's field station in 1998 and kept it in her freezer for two decades.

"Ada's specimen sat in a matchbox with a pencil label for twenty years," said Dr Margolin. "Without it we would never have known where to look."

The team found the beetle at only four sites, all above 700 metres, and says it may be vulnerable to warmer, drier summers."""),
            "b": ("blog post", """\
A new moth for science from the ridge
Tessaly Ridge Field Station blog | 2 September 2021

It's not every summer that the light trap on the station roof turns up something nobody has seen before. The small grey moth we caught in June 2019 has now been formally named Eudrosa tessalica, in a paper led by Dr Felix Amberley.

It has a wingspan of 22 mm, dull grey forewings with a faint zigzag line, and flies for only about three weeks at the end of June. So far we know it from the ridge and one valley bog.

Thanks to everyone who has helped run the trap over the years - and yes, we will be running moth nights again next summer."""),
            "c": ("encyclopedia entry", """\
Pellidon
Pellidon is a genus of ground beetles in the family Carabidae, found in upland grassland, heath and scree. Most species are flightless and have very small ranges, often a single hill or ridge.

Species
- Pellidon montanus - the type species, described in 1911
- Pellidon skellensis
- Pellidon harrowae (2022), known only from Tessaly Ridge

Description
Adults of the larger species reach 14-18 mm in length; they are black or dark bronze, with fused wing cases. Larvae live in the soil and hunt springtails.

See also: List of beetles of Tessaly Ridge."""),
        },
        "mentions": [
            "The Tessaly Ridge Field Station is running guided moth nights again this summer.",
            "Dr Felix Amberley will talk about upland insects at the Wexcombe natural history society.",
            "The University of Wexcombe has received funding to survey scree invertebrates on Tessaly Ridge.",
            "Volunteers are needed to help run the light trap at the Tessaly Ridge station.",
        ],
        "questions": [
            {"q": "Who led the team that described the beetle Pellidon harrowae?",
             "a": ["Ines Margolin", "Margolin"], "src": ["a"], "ev": "led by Dr Ines Margolin",
             "nm": ["b", "c"], "kind": "who"},
            {"q": "What is the body length of the beetle Pellidon harrowae?",
             "a": [], "src": [], "nm": ["a", "b", "c"], "kind": "how_long",
             "absent": ["harrowae measures", "harrowae is about", "harrowae reaches"]},
        ],
    },
    {
        "id": "quillfeather_release",
        "domain": "software",
        "passages": {
            "a": ("release notes", """\
Quillfeather 3.1 release notes
Released 22 August 2023

Quillfeather 3.1 is a feature release. Upgrading from 3.0 is recommended for all users.

New
- Split panes can now be dragged between windows.
- Spell checking for 14 additional languages.
- Experimental plugin sandbox (off by default; enable it under Settings > Advanced).

Fixed
- Crash when opening files larger than 2 GB.
- Cursor jumping to the end of the line after undo in column mode.

Removed
- The legacy theme format (.qft). Convert old themes with the bundled qf-theme tool.

Thanks to the 41 contributors who made this release possible."""),
            "b": ("blog post", """\
Quillfeather 3.0 is here
Quillfeather blog | 7 March 2023 | posted by the maintainers

After almost two years of work, Quillfeather 3.0 is out. The headline change is the new rendering engine, which makes scrolling through very large files dramatically smoother and cuts memory use by around a third.

We have also dropped 32-bit builds. We know this will disappoint a few of you; the download numbers had fallen to a level where we could no longer test them properly.

A point release, 3.1, will follow in the summer with some of the features that didn't make the cut. As always, please report problems on the issue tracker rather than in the comments."""),
            "c": ("forum post", """\
Roadmap: what's coming in Quillfeather 4.0
Forum > Announcements (pinned) | posted by mira_k, core team, 30 November 2023

Hi all - a quick update from the core team. We've started work on 4.0 and want to be open about what's planned.

Headline items: a collaborative editing mode, a rewritten plugin API and native ARM builds. We are aiming for a first beta early next year, but we won't put a date on the final release until the plugin API has settled.

Please don't ask for ETAs in the issue tracker :) If you maintain a plugin, the migration guide draft is linked from the wiki, and we'd love your feedback on it."""),
        },
        "mentions": [
            "The Quillfeather project is looking for volunteers to translate its documentation.",
            "A Quillfeather plugin authors' meet-up is planned alongside the open-source conference in Lisketh.",
            "Quillfeather core developer mira_k has published a draft migration guide for plugin authors.",
            "Users of older Quillfeather themes are being urged to convert them with the bundled tool.",
        ],
        "questions": [
            {"q": "When was Quillfeather 3.1 released?",
             "a": ["22 August 2023"], "src": ["a"], "ev": "Released 22 August 2023",
             "nm": ["b", "c"], "kind": "when"},
            {"q": "When was Quillfeather 4.0 released?",
             "a": [], "src": [], "nm": ["a", "b", "c"], "kind": "when",
             "absent": ["Quillfeather 4.0 was released", "Quillfeather 4.0 is out", "4.0 release notes"]},
        ],
    },
    {
        "id": "olsby_ferry",
        "domain": "transport",
        "passages": {
            "a": ("local news", """\
New ferry link to Olsby carries first passengers
By Ann Threlfall | Published 4 April 2023

MARRICK BAY - The first scheduled sailing on the new Marrick Bay to Olsby ferry route left the town pier at 7.15am on Monday 3 April, with around sixty passengers and a handful of cyclists aboard.

The crossing, operated by Estuary Line Ferries using the 120-seat MV Tern, takes 35 minutes and will run six times a day in each direction. A single adult fare is £4.20.

Councillor Maeve Dunstan, who campaigned for the link for more than ten years, was among the first passengers. "People in Olsby have had to drive forty miles round the estuary to get to the hospital," she said. "Today that changes."

The service received £2.8 million from the county's coastal transport fund."""),
            "b": ("local news", """\
Olsby ferry route confirmed for next spring
Marrick Bay Gazette | 14 September 2022

A passenger ferry between Marrick Bay and Olsby will start next spring after the county council confirmed funding on Tuesday.

Estuary Line Ferries will run the service under a five-year contract. A timetable and fares are expected to be published in the new year, once sea trials of the refurbished vessel are complete.

Campaigners have called for the link since the road bridge upstream was weight-restricted in 2012. "We'll believe it when we're on the boat," said one Olsby resident at the harbour on Wednesday."""),
            "c": ("notice", """\
Tey Island ferry: last sailing this weekend
Notice from Estuary Line Ferries | 26 September 2022

We regret to confirm that the Marrick Bay to Tey Island passenger service will close after the final sailing on Friday 30 September 2022.

Falling passenger numbers and the cost of repairs to the Tey Island jetty mean the route is no longer viable. Season ticket holders can claim a pro-rata refund from the booking office on Marrick Bay pier until the end of October.

The vessel will be redeployed elsewhere on our network. We would like to thank our Tey Island passengers and crew for many years of custom."""),
        },
        "mentions": [
            "Estuary Line Ferries is consulting on a later evening sailing from Marrick Bay.",
            "Councillor Maeve Dunstan will host a public meeting on estuary transport at Olsby village hall.",
            "Repairs to Marrick Bay pier mean some sailings will use the temporary pontoon this month.",
            "The Tey Island jetty has been fenced off after a structural survey.",
        ],
        "questions": [
            {"q": "On what date did the new Marrick Bay to Olsby ferry start carrying passengers?",
             "a": ["3 April"], "src": ["a"], "ev": "7.15am on Monday 3 April", "nm": ["b", "c"],
             "kind": "when_byline"},
            {"q": "How much was a single adult fare on the Marrick Bay to Tey Island ferry?",
             "a": [], "src": [], "nm": ["a", "c"], "kind": "how_much",
             "absent": ["Tey Island fare", "fare to Tey Island", "Tey Island single"]},
        ],
    },
    {
        "id": "corrigan_court",
        "domain": "courts",
        "passages": {
            "a": ("court report", """\
Quarry firm fined £180,000 after worker's arm caught in conveyor
Court report | Lisketh, 27 October 2022

A quarry company has been fined £180,000 after a worker suffered serious arm injuries when he reached into an unguarded conveyor at its Penlow site.

Corrigan Aggregates Ltd pleaded guilty at Lisketh Crown Court to breaching health and safety regulations. The court heard that a guard had been removed during maintenance in March 2021 and was not replaced for at least three weeks.

The 34-year-old worker, who has not been named, needed four operations and has been unable to return to work. Judge Harriet Lamb said the failing was "obvious and long-standing".

As well as the fine, Corrigan Aggregates was ordered to pay £22,400 in prosecution costs."""),
            "b": ("court report", """\
Corrigan Quarries fined over dust clouds
By our courts reporter | 9 March 2023

Corrigan Quarries Ltd, which runs the Hollin Edge quarry near Fennick, was fined £45,000 at Penlow Magistrates' Court on Thursday after admitting breaching its environmental permit.

Residents had complained of dust settling on cars and washing for much of the summer of 2022. The company said it had since installed water sprays and a wheel wash.

The company is not connected with Corrigan Aggregates, which was prosecuted last year over a conveyor accident at a different site."""),
            "c": ("court report", """\
Quarry company to be sentenced at crown court
LISKETH, 15 July 2022 - Corrigan Aggregates Ltd indicated a guilty plea at Penlow Magistrates' Court today over an incident in which a worker was badly injured by machinery.

Magistrates said their sentencing powers were insufficient given the seriousness of the injuries and sent the case to Lisketh Crown Court for sentence at a date to be fixed.

A company director who attended the hearing declined to comment."""),
        },
        "mentions": [
            "Residents near Hollin Edge quarry have formed a liaison group with the operator.",
            "Lisketh Crown Court will sit in a temporary building while the main courtroom is rewired.",
            "The magistrates' court in Penlow has extended its public counter hours.",
            "Health and safety inspectors are running a campaign on machine guarding at quarries across the county.",
        ],
        "questions": [
            {"q": "How much was Corrigan Aggregates fined over the conveyor injury at its Penlow site?",
             "a": ["£180,000"], "src": ["a"], "ev": "has been fined £180,000", "nm": ["b", "c"],
             "kind": "how_much"},
            {"q": "In which court was Corrigan Quarries Ltd fined over dust from its quarry?",
             "a": ["Penlow Magistrates' Court", "Penlow Magistrates"], "src": ["b"],
             "ev": "fined £45,000 at Penlow Magistrates' Court", "nm": ["a", "c"], "kind": "where"},
        ],
    },
    {
        "id": "storm_ilse",
        "domain": "weather",
        "passages": {
            "a": ("data summary", """\
Storm Ilse: provisional rainfall and wind summary
Issued by the regional climate office, 24 January 2024

Storm Ilse brought prolonged heavy rain to the western uplands on 21-22 January. Provisional figures from the station network:

Station | 24-hour rainfall to 09:00 on 22 January
Skelding Fell | 142.6 mm
Marrow Head | 97.0 mm
Coldby Reservoir | 88.4 mm
Fennick (town) | 41.2 mm

The highest gust was 87 mph at Hallin Point lighthouse on the evening of 21 January. The Skelding Fell total is the wettest 24-hour period at that station since records began there in 1961.

All figures are provisional and may be revised after quality control."""),
            "b": ("weather warning", """\
Amber rain warning as Storm Ilse approaches
Weather desk | 20 January 2024, 16:05

An amber warning for rain is in force from 6pm on Sunday until midday on Monday as Storm Ilse moves in from the west.

Between 60 and 80 mm of rain is expected widely across the western hills, with up to 120 mm possible at Skelding Fell and other exposed high ground. Gusts of 70 to 80 mph are possible on exposed coasts.

Flooding of homes and businesses is likely in places, and some communities may be cut off by flooded roads. Check before you travel."""),
            "c": ("live blog summary", """\
Storm Jorund: what we know so far
Live blog summary | 3 November 2023

- Storm Jorund brought flooding to low-lying parts of Coldby and Marrow Head overnight.
- Rainfall totals to 9am: Marrow Head 64 mm, Skelding Fell 58 mm.
- Around 3,000 homes lost power; most had been reconnected by lunchtime.
- Trains between Wrenfield and Coldby were suspended after a landslip near the tunnel.
- Schools in Coldby opened late.
- The Coldby Reservoir spillway was in use for the first time since 2020.

We'll keep this page updated through the afternoon."""),
        },
        "mentions": [
            "A public meeting on flood defences in Coldby follows last winter's storms.",
            "The regional climate office is recruiting volunteer rain-gauge observers in the western hills.",
            "The Hallin Point lighthouse weather station is due to be upgraded this spring.",
            "Landslip repairs near the Coldby tunnel are expected to take several weeks.",
        ],
        "questions": [
            {"q": "How much rain actually fell at Skelding Fell in 24 hours during Storm Ilse?",
             "a": ["142.6 mm", "142.6"], "src": ["a"], "ev": "Skelding Fell | 142.6 mm",
             "nm": ["b", "c"], "kind": "how_much"},
            {"q": "What was the strongest gust recorded during Storm Jorund?",
             "a": [], "src": [], "nm": ["a", "c"], "kind": "what",
             "absent": ["Jorund gust", "gusts during Storm Jorund", "strongest gust during Storm Jorund",
                        "highest gust during Storm Jorund"]},
        ],
    },
    {
        "id": "lantern_fields",
        "domain": "festivals",
        "passages": {
            "a": ("review", """\
Lantern Fields 2023 review: a late swap pays off
By Jess Carrow | Music | 31 July 2023

Nobody at Lantern Fields seemed to mind that the name at the top of the poster had changed. When Ossory Bell pulled out ten days before the festival, citing a vocal cord injury, organisers moved Marigold Static up from Friday afternoon to headline the Saturday night, and the band repaid them with the set of the weekend.

Friday's headliners, The Ninefold, were tight but a little airless. Sunday closed with a long singalong led by the festival's community choir.

The site on Brennock Common coped better with the rain than last year, though the queue for the shuttle bus back into town on Saturday was over an hour long."""),
            "b": ("blog post", """\
Lantern Fields 2022: by the numbers
Posted 2 August 2022 by the Lantern Fields team

Thank you to everyone who came to Brennock Common! A few numbers from this year's festival:

- 14,500 of you through the gates across three days
- 41 acts on four stages, with Velvet Harbour headlining on Saturday night
- 2,300 litres of free drinking water handed out
- 6 tonnes of waste recycled, up from 4 tonnes

See you next year - early bird tickets go on sale on 1 September."""),
            "c": ("event listing", """\
Lantern Fields announces 2023 headliners
Event listing | Brennock Common, 28-30 July 2023

Friday: The Ninefold
Saturday: Ossory Bell
Sunday: Lantern Fields Community Choir and friends

Also appearing: Marigold Static, Kestrel Fires, The Alder Twins, Hob Lane, Sister Weir and many more.

Weekend tickets £115, day tickets from £48. Under-12s free with a paying adult. Camping opens at noon on Thursday. Shuttle buses run from Brennock station throughout the weekend."""),
        },
        "mentions": [
            "Early bird tickets for Lantern Fields go on sale at the start of September.",
            "Lantern Fields organisers are looking for stewards for the shuttle bus stops in Brennock.",
            "The Ninefold have announced a small autumn tour of village halls.",
            "Brennock Common will be closed to dog walkers for two weeks while the Lantern Fields site is built.",
        ],
        "questions": [
            {"q": "Who headlined the Saturday night at Lantern Fields 2023?",
             "a": ["Marigold Static"], "src": ["a"],
             "ev": "moved Marigold Static up from Friday afternoon to headline the Saturday night",
             "nm": ["b", "c"], "kind": "who"},
            {"q": "How many people attended Lantern Fields in 2023?",
             "a": [], "src": [], "nm": ["a", "b", "c"], "kind": "how_many",
             "absent": ["through the gates in 2023", "2023 attendance", "attended Lantern Fields 2023"]},
        ],
    },
    {
        "id": "st_aubin_school",
        "domain": "education",
        "passages": {
            "a": ("local news", """\
St Aubyn's Academy keeps 'good' rating
Tolland Times | 18 May 2023

St Aubyn's Academy in Tolland has again been rated good by school inspectors following a two-day visit in March.

The report praised the sixth form, where "students are articulate and well prepared for their next steps", and said behaviour around the site was calm. Inspectors asked the school to make sure reading support for younger pupils was consistent across classes.

Headteacher Rowan Ellery said he was "delighted for our students and staff" and thanked parents for their support. The academy has 1,140 pupils aged 11 to 18."""),
            "b": ("inspection summary", """\
St Aubin's Primary School - inspection report summary
Inspection dates: 7-8 February 2023
Overall effectiveness: Requires improvement
Previous inspection: Good

St Aubin's is a smaller than average primary school in Pellow. The school requires improvement because the curriculum in subjects other than English and mathematics is not yet well sequenced, so pupils do not build their knowledge securely over time.

Pupils behave well and say they feel safe. Early reading is taught effectively. The school is currently led by an acting headteacher while the substantive headteacher is on leave. Deputy headteacher Janine Coutts leads on the curriculum and has begun a review of history and geography planning."""),
        },
        "mentions": [
            "St Aubyn's Academy is holding an open evening for prospective sixth-form students.",
            "Pellow parents are invited to a curriculum coffee morning at St Aubin's Primary School.",
            "Tolland's schools are consulting on a shared minibus for sports fixtures.",
            "Deputy headteacher Janine Coutts is organising a history week in Pellow.",
        ],
        "questions": [
            {"q": "what rating did st aubins primary school in pellow get at its last inspection",
             "a": ["Requires improvement", "requires improvement"], "src": ["b"],
             "ev": "Overall effectiveness: Requires improvement", "nm": ["a"], "kind": "what"},
            {"q": "Who is the headteacher of St Aubin's Primary School in Pellow?",
             "a": [], "src": [], "nm": ["a", "b"], "kind": "who",
             "absent": ["headteacher of St Aubin's", "St Aubin's headteacher", "head teacher of St Aubin"]},
        ],
    },
    {
        "id": "corran_vale_show",
        "domain": "agriculture shows",
        "passages": {
            "a": ("local news", """\
Tallis family take supreme title at Corran Vale Show
Farming pages | 16 August 2022

A Beef Shorthorn heifer bred and shown by Gwyn and Morwen Tallis of Hethercote Farm, Rundell, took the supreme cattle championship at the Corran Vale Show on Saturday.

The two-year-old, Hethercote Juniper, was tapped out by judge Robert Kyle, who said she was "as correct a heifer as I've handled all summer". Reserve went to a Limousin bull from the Lindley Moss herd.

In the sheep lines the overall championship went to a Texel shearling ram from Ewan Crabtree of Coldside. The show attracted around 12,000 visitors, its best gate for several years, and the heavy horse classes drew a record entry."""),
            "b": ("results list", """\
Corran Vale Show 2022 - sheep section results

Overall champion: E. Crabtree, Coldside (Texel shearling ram)
Reserve champion: Misses Abbott, Tanhouse (Suffolk ewe)
Best native breed: R. & J. Maddox (Teeswater gimmer)
Pairs: 1. E. Crabtree; 2. Misses Abbott; 3. H. Lusty
Young handlers (under 16): 1. Ffion Reece; 2. Archie Maddox; 3. Lily Tunstall

Many thanks to all exhibitors, stewards and our section sponsors, Tanhouse Feeds. Prize money will be paid by bank transfer within 28 days."""),
            "c": ("show report", """\
Corran Vale Show returns after a year off
Farming pages | 17 August 2021

The Corran Vale Show was back on Saturday after last year's cancellation, with smaller entries but plenty of enthusiasm.

The supreme championship went to a Charolais cow from the Lindley Moss herd, picked out by Hester Quayle, who also ran her eye over the sheep classes in the afternoon. Organisers limited the crowd to 6,000 pre-booked tickets.

Show secretary Dilys Pugh said: "We've had to do without the dog show and the vintage machinery this time, but it felt like the old days."""),
        },
        "mentions": [
            "Entries for the Corran Vale Show cattle classes close at the end of June.",
            "Corran Vale Show secretary Dilys Pugh is stepping down after fifteen years.",
            "The Lindley Moss herd is holding an open day for young farmers.",
            "The Corran Vale Show is seeking new sponsors for its heavy horse classes.",
        ],
        "questions": [
            {"q": "Who bred the supreme champion at the 2022 Corran Vale Show?",
             "a": ["Gwyn and Morwen Tallis", "Hethercote Farm"], "src": ["a"],
             "ev": "bred and shown by Gwyn and Morwen Tallis of Hethercote Farm", "nm": ["b", "c"],
             "kind": "who"},
            {"q": "Who judged the sheep classes at the 2022 Corran Vale Show?",
             "a": [], "src": [], "nm": ["a", "b", "c"], "kind": "who",
             "absent": ["2022 sheep judge", "judged the sheep in 2022", "sheep judge was"]},
        ],
    },
    {
        "id": "tallow_room",
        "domain": "food",
        "passages": {
            "a": ("review", """\
Restaurant review: The Tallow Room, Fennick
Rating: 4/5 | Reviewed by Owen Castell

Tucked behind the old corn exchange, The Tallow Room has been open for barely eighteen months and already feels like a fixture. Head chef Noor Bellweather cooks over a wood fire, and almost everything arrives with a little smoke on it.

The tasting menu is £68 for seven courses (£45 more for matching wines) and is the only way to eat on Friday and Saturday nights. Highlights were a tiny tart of smoked eel and apple, and lamb neck with charred leeks. Pudding - burnt honey custard - was the best thing I ate all year.

The Tallow Room, 4 Corn Exchange Yard, Fennick. Open Wednesday to Sunday, dinner only."""),
            "b": ("listing", """\
Tallow & Rye, Hallowmere - bakery and café
Food & Drink listing

Tallow & Rye is a bakery-café on Hallowmere's Bridge Street, opened in 2021 by former teacher Tam Griggs. Expect sourdough, laminated pastries and a short lunch menu of soups and toasties, plus good coffee from a local roaster.

Seating for 20 inside and a few tables on the pavement in summer. Open Tuesday to Saturday, 8am to 3pm. Dogs welcome.

Not to be confused with The Tallow Room, the restaurant in Fennick."""),
            "c": ("forum post", """\
Tallow Room vs Tallow & Rye - which one did my friend mean??
Posted by crumbly_bakes

My friend said "you HAVE to go to Tallow" and I've now realised there are two. One's a proper restaurant in Fennick with a tasting menu (I've heard it's gone up this year?), the other is a bakery in Hallowmere. Which is worth the drive for a birthday?

Reply from fennick_foodie: If it's a birthday, the Fennick one, but book weeks ahead for a weekend. The Hallowmere place is lovely for brunch, the cardamom buns sell out by ten."""),
        },
        "mentions": [
            "Noor Bellweather is cooking at a one-night charity supper in Fennick corn exchange.",
            "Tam Griggs is running sourdough workshops on Sunday mornings in Hallowmere.",
            "Fennick's food trail now includes a stop at Corn Exchange Yard.",
            "Hallowmere's Bridge Street is closed to traffic for the Saturday market.",
        ],
        "questions": [
            {"q": "How much does the tasting menu cost at The Tallow Room in Fennick?",
             "a": ["£68"], "src": ["a"], "ev": "The tasting menu is £68 for seven courses",
             "nm": ["b", "c"], "kind": "how_much"},
            {"q": "Who is the head chef at Tallow & Rye in Hallowmere?",
             "a": [], "src": [], "nm": ["a", "b", "c"], "kind": "who",
             "absent": ["head chef at Tallow & Rye", "Tallow & Rye's head chef", "Tallow & Rye head chef"]},
        ],
    },
    {
        "id": "ashcombe_mill",
        "domain": "heritage buildings",
        "passages": {
            "a": ("local news", """\
Ashcombe Mill turns again after £1.3m restoration
By Petra Lowell | 20 May 2019

Ashcombe Mill, the eighteenth-century watermill on the River Wenn, reopened to visitors on 18 May 2019 after a two-and-a-half-year restoration costing £1.3 million.

The Wenlow County Heritage Trust, which owns the mill, replaced the oak waterwheel, repaired the millpond sluices and rebuilt the collapsed drying floor. The millstones are turning again and the mill will produce stoneground flour for sale in the shop.

"When we closed the doors in 2016 there were days I wondered if we'd ever open them again," said trust director Colin Abberley. Opening hours are 10am to 4pm, Thursday to Sunday."""),
            "b": ("news release", """\
Ashcombe Mill to close for restoration
Wenlow County Heritage Trust news | 3 October 2016

Ashcombe Mill will close to visitors on 31 October 2016 while major restoration work is carried out on the waterwheel, the sluices and the drying floor.

We expect to reopen in spring 2018. The tearoom in the miller's cottage will stay open at weekends for as long as building work allows.

We are grateful to the heritage lottery programme and to more than 900 individual donors who have made the project possible."""),
            "c": ("local news", """\
Appeal launched to save Ashcombe Windmill's sails
Village news | Ashcombe St Mary, 12 April 2023

The Friends of Ashcombe Windmill hope to raise £240,000 to replace the windmill's rotten sails and repair the cap, which has let in water for three winters.

The brick tower mill, which last ground corn commercially in the 1920s, is on the county's heritage at risk register. Fundraising will include an open weekend in June and a sponsored walk between the county's surviving mills.

Not to be confused with Ashcombe Mill, the restored watermill three miles away, which is run by a separate trust."""),
        },
        "mentions": [
            "The Friends of Ashcombe Windmill are holding an open weekend in June.",
            "Stoneground flour from the River Wenn mills is now sold at the Fennick farmers' market.",
            "The Wenlow County Heritage Trust is recruiting volunteer millers for the summer season.",
            "A sponsored walk between the county's surviving mills raises money for repairs.",
        ],
        "questions": [
            {"q": "Has the WCHT reopened Ashcombe Mill yet, and if so on what date did it reopen to visitors?",
             "a": ["18 May 2019"], "src": ["a"], "ev": "reopened to visitors on 18 May 2019",
             "nm": ["b", "c"], "kind": "yes_no_fact"},
            {"q": "How much did the restoration of Ashcombe Windmill cost?",
             "a": [], "src": [], "nm": ["a", "c"], "kind": "how_much",
             "absent": ["windmill restoration cost", "restoration of the windmill cost", "windmill was restored"]},
        ],
    },
]
