# -*- coding: utf-8 -*-
"""Hand-written topic passages for probe11 (all text invented).

Each topic: key, docs {role: (genre, text)}, mentions (digest sentences that
give no answers), qs (questions).  A question with src=None is unanswerable;
its `absent` strings must occur in no file and each `together` group of
strings must never co-occur (case-insensitively) in a single file.
"""
import textwrap

TOPICS = []


def topic(key, docs, mentions, qs):
    clean = {}
    for role, (genre, text) in docs.items():
        clean[role] = (genre, textwrap.dedent(text).strip())
    TOPICS.append(dict(key=key, docs=clean, mentions=mentions, qs=qs))


# ---------------------------------------------------------------- t01
topic("t01_carrowby_fellrace", {
    "A": ("sports results", """
        Carrowby Fell Race 2021: results
        Sunday 12 September 2021
        Dafydd Orme of Tarn Valley Harriers was first man home in this year's Carrowby Fell Race, crossing the line on the village green in 58 minutes 40 seconds. Low cloud sat on Carrow Pike all morning and the descent through the bracken was treacherous, so times were well down on the course record. In all, 214 runners finished the 11-kilometre route. Thanks as ever to the marshals, the mountain rescue team and everyone who baked for the tea tent.
        """),
    "N1": ("news", """
        Ferrie completes Carrowby hat-trick
        8 September 2019
        Callum Ferrie made it three wins in a row at the Carrowby Fell Race on Sunday, finishing in 56 minutes 12 seconds on a dry, bright morning. The Keswold runner pulled clear on the climb to Carrow Pike and was never caught. Organisers said 198 runners completed the course, and the tea tent sold out of flapjack by noon. Ferrie said he would be back next year to go for four in a row.
        """),
    "N2": ("blog", """
        My Carrowby: mud, cloud and a very happy Ines
        What a day at Carrowby in 2021. I was well down the field myself, but I got back to the green in time to see clubmate Ines Madoc come in as first woman, in 1 hour 4 minutes, more than three minutes clear of the next lady. She had only entered the week before! The descent was the muddiest I can remember, and my left shoe is still somewhere on the Pike. Roll on next September.
        """),
    "N3": ("sports results", """
        Carrowby junior races
        The under-14 race at Carrowby, run over a shortened 3-kilometre loop before the main event, was won by Alfie Brough of Keswold Juniors, with Maisie Tarrant first girl. The under-10 fun run had 41 starters and every one of them went home with a medal and a choc ice. Junior entries for the fell races open again in the summer; parents must sign the entry form on the day.
        """),
}, [
    "Entries are now open for the Carrowby Fell Race, which climbs from the village green to the top of Carrow Pike and back.",
    "Tarn Valley Harriers are holding Thursday evening recce runs over the Carrowby fell course.",
    "Marshals are still needed for the Carrowby Fell Race; contact the race secretary if you can spare a morning.",
], [
    dict(src="A", kind="who",
         q="Which male runner came out on top in the 2021 Carrowby hill race?",
         a=["Dafydd Orme", "Orme"],
         ev="Dafydd Orme of Tarn Valley Harriers was first man home in this year's Carrowby Fell Race"),
    dict(src="N2", kind="who",
         q="Who was the fastest female finisher at Carrowby's fell race in 2021?",
         a=["Ines Madoc", "Madoc"],
         ev="see clubmate Ines Madoc come in as first woman"),
    dict(src=None, kind="who",
         q="Who was the leading female runner in the Carrowby event on the fells in 2019?",
         absent=["first woman in 2019", "2019 women's"],
         together=[["Carrowby", "2019", "woman"], ["Carrowby", "2019", "women"],
                   ["Carrowby", "2019", "lady"], ["Carrowby", "2019", "ladies"],
                   ["Carrowby", "2019", "female"], ["Carrowby", "2019", "girl"]]),
])

# ---------------------------------------------------------------- t02
topic("t02_pelham_market", {
    "A": ("encyclopedia", """
        Pelham Street Market
        The Pelham Street Market is a covered market in the centre of Ostrey. Built by the borough council in plain red brick with a glazed iron roof, it opened to traders and shoppers on 9 October 1984, replacing the open stalls that had stood for decades in the old cattle pens behind the Corn Hall. The building has about sixty units, most of them let to independent traders, and trades six days a week. A small food court was added in 2009.
        """),
    "N1": ("council notice", """
        BOROUGH OF OSTREY
        Notice of intention: covered market, Pelham Street
        Notice is hereby given that the Council proposes to build a covered retail market on land at Pelham Street, Ostrey, currently used as a car park. Subject to approval of the loan, work is expected to start in spring 1981, with the market opening to the public in the summer of 1982. Plans may be inspected at the Town Hall during office hours.
        Dated 2 March 1979. Town Clerk.
        """),
    "N2": ("blog", """
        Saturdays on Castle Square
        If you want the real Ostrey, skip the chain shops and come to the Saturday market on Castle Square. Stallholders have been setting up under the castle wall since 1962, when the council moved the market off the main road. These days you will find cheese from Lowdale, secondhand records, a knife-sharpener and the best bacon rolls in the county. Get there before ten or the rolls will be gone.
        """),
    "N3": ("news", """
        Wexcombe market hall marks thirty years
        Traders at Wexcombe's covered market on Tanner Row celebrated its thirtieth birthday with cake and a brass band on Saturday. The hall opened in 1991 and was modelled closely on the older Pelham Street market in Ostrey, right down to the green-painted ironwork. Market manager Lyn Sorby said every unit is currently let and there is a waiting list for the first time in a decade.
        """),
}, [
    "Pelham Street Market in Ostrey will stay open late on Thursdays in December.",
    "A new cheese stall has taken one of the units at Ostrey's Pelham Street Market.",
    "Traders at the Pelham Street Market are asking the council to fix the leaking glass roof.",
], [
    dict(src="A", kind="when",
         q="On what date did Ostrey's indoor market on Pelham Street begin welcoming customers?",
         a=["9 October 1984", "October 1984", "1984"],
         ev="it opened to traders and shoppers on 9 October 1984"),
])

# ---------------------------------------------------------------- t03
topic("t03_brindle_trust", {
    "A": ("press release", """
        PRESS RELEASE
        Brindle Woodland Trust appoints new chair
        The Brindle Woodland Trust, which cares for 400 acres of ancient woodland around Fallon Edge, is pleased to announce that Ruth Penhallow has been appointed chair of its board of trustees. Ms Penhallow, a retired forestry officer, succeeds Alan Dunmore, who stood down after nine years. She said: 'The woods belong to everyone, and I want more people walking in them.' The appointment takes effect immediately.
        Ends. Media enquiries to the Trust office.
        """),
    "N1": ("newsletter", """
        Brindley Trust newsletter: spring
        Restoration of lock 7 on the Brindley Canal is finally complete, and our chair, Geoffrey Stannard, will cut the ribbon on 3 May. Volunteers from the Brindley Trust have put in more than 2,000 hours on the lock since last summer. We are still looking for a secretary to take minutes at committee meetings, so if you can help, please contact the office at Wharf Cottage.
        """),
    "N2": ("minutes", """
        Brindle Woodland Trust: minutes of the annual general meeting
        Held at Fallon Edge village hall. 34 members present. The accounts for the year were approved. Olu Badejo was re-elected vice-chair unopposed, and Nia Probert agreed to continue as treasurer for a further year. Members raised concerns about mountain bikes on the Hangar path; the board will consider signage. The meeting closed at 9.10pm.
        """),
}, [
    "The Brindle Woodland Trust is running guided bluebell walks at Fallon Edge on Sunday mornings.",
    "Volunteers are wanted by the Brindley Trust for work parties on the canal towpath.",
    "The Brindle Woodland Trust has published a new management plan for the Hangar woods.",
], [
    dict(src="A", kind="who",
         q="Who has taken over as head of the Brindle trustees?",
         a=["Ruth Penhallow", "Penhallow"],
         ev="Ruth Penhallow has been appointed chair of its board of trustees"),
    dict(src=None, kind="who",
         q="Who serves as deputy chair of the canal charity known as the Brindley Trust?",
         absent=["vice-chair of the Brindley", "Brindley Trust vice-chair"],
         together=[["Brindley", "vice"], ["Brindley", "deputy"]]),
])

# ---------------------------------------------------------------- t04
topic("t04_glass_orchard", {
    "A": ("review", """
        Book review: The Glass Orchard
        Hester Quayle's third novel, The Glass Orchard, follows three generations of a fruit-growing family in the Lyme Vale as the hothouses that made their fortune slowly fall into ruin. Quayle writes beautifully about weather and work, and the middle section, set during the hard winter of 1963, is the best thing she has done. The ending is rushed, but this is still a book to press on friends. Published by Hartwell Press, 368 pages, £16.99.
        """),
    "N1": ("product page", """
        The Glass Orchard (PC and console)
        Explore a crumbling Victorian glasshouse in this atmospheric puzzle-adventure from Northlight Forge. Directed by Ravi Mendes, The Glass Orchard asks you to restore the orchard one pane at a time, uncovering a family secret along the way. Features hand-painted environments, an original score by Tuva Lind and roughly eight hours of play. Suitable for ages 7 and up. Available now, £19.99.
        Add to basket
        """),
    "N2": ("review", """
        Glass Orchard: Tidelines EP
        The Harlaw four-piece Glass Orchard finally release their debut EP, and it is worth the wait. Producer Cass Whitlow keeps the guitars shimmering and the vocals right up front, and 'Cold Harbour' is the catchiest song I have heard this spring. Five tracks, nineteen minutes, no filler. Catch them at the Wheel Tavern in Harlaw on 18 April. Four stars.
        """),
}, [
    "Hester Quayle will read from her novels at Tidewick Library on Wednesday evening.",
    "Glass Orchard, the Harlaw four-piece, play the Wheel Tavern on Friday.",
    "The Glass Orchard puzzle game from Northlight Forge is half price in the spring sale.",
], [
    dict(src="A", kind="who",
         q="Which writer is behind the book called The Glass Orchard?",
         a=["Hester Quayle", "Quayle"],
         ev="Hester Quayle's third novel, The Glass Orchard, follows three generations of a fruit-growing family"),
    dict(src=None, kind="who",
         q="Who was the director of the movie The Glass Orchard?",
         absent=["film of The Glass Orchard", "film adaptation"],
         together=[["Glass Orchard", "film"], ["Glass Orchard", "movie"],
                   ["Glass Orchard", "cinema"], ["Glass Orchard", "screen"]]),
])

# ---------------------------------------------------------------- t05
topic("t05_kestrel_ferry", {
    "A": ("listing", """
        Kestrel Sound Ferry: fares and information
        Crossings run from Port Ennis slipway to Kestrel Island roughly every ninety minutes in summer. Foot passengers: adult single £8.00, adult return £14.50. Cars including driver: £42 each way. Bicycles are carried free of charge and dogs are welcome on the open deck. Tickets are sold on board by card only. Please arrive ten minutes before departure, as the ferry cannot wait for late arrivals.
        """),
    "N1": ("forum", """
        Re: Gullholm day trip, what does it cost?
        Posted by seabird_sal
        We did it last August. The Gullholm ferry from Tarrow Quay was £12 return for adults and £6 for a child return, with under-fives free. Take a picnic because the cafe on the island only opens at weekends. The crossing is about 25 minutes and can be choppy, so sit low down at the back if anyone gets seasick.
        """),
    "N2": ("news", """
        Kestrel Sound fares to rise
        Fares on the Kestrel Sound ferry will go up by around five per cent from April, the operator Ennis Marine has confirmed, blaming fuel costs. The firm said island residents holding a permit would see no change. A new winter timetable, with four crossings a day instead of six, starts on 1 November. Ennis Marine is also seeking a second vessel to cover refits.
        """),
}, [
    "The Kestrel Sound ferry returns to its summer timetable at Easter.",
    "Ennis Marine says the Kestrel Sound ferry will be out of service for two days next week for its annual inspection.",
    "Boat trips to Gullholm leave from Tarrow Quay twice a day in summer.",
], [
    dict(src="A", kind="how much",
         q="What does a return trip cost a grown-up foot passenger on the Kestrel Sound crossing?",
         a=["£14.50", "14.50"],
         ev="Foot passengers: adult single £8.00, adult return £14.50."),
    dict(src="N1", kind="how much",
         q="How much is a kid's return ticket on the boat to Gullholm?",
         a=["£6"],
         ev="£6 for a child return"),
    dict(src=None, kind="how much",
         q="What does a youngster pay for a return on the Kestrel Sound ferry?",
         absent=["Kestrel Sound child", "child return £"],
         together=[["Kestrel", "child"], ["Kestrel", "under 16"], ["Kestrel", "under-16"],
                   ["Kestrel", "kids"], ["Kestrel", "junior"], ["Kestrel", "youngster"],
                   ["Kestrel", "under-five"], ["Kestrel", "family ticket"]]),
])

# ---------------------------------------------------------------- t06
topic("t06_merrow_sailing", {
    "A": ("newsletter", """
        Merrow Sailing Club: Commodore's notes
        What a season. Thanks to the taster days and the new cadet scheme, membership now stands at 312, the highest figure in the club's seventy-year history. The bar extension is on schedule and should be open in time for the Laying-Up Supper. Please remember that subscriptions are due on 1 January, and that the dinghy park must be cleared of abandoned boats by the end of February.
        """),
    "N1": ("encyclopedia", """
        Merrow Sailing Club
        Merrow Sailing Club is a yacht and dinghy club on the north shore of the Merrow estuary, founded in 1953. Its deep-water moorings, laid in the 1970s, have room for 140 boats, and there is a dinghy park and slipway beside the clubhouse. The club hosts the Merrow Regatta each August and trains young sailors through its cadet section.
        """),
    "N2": ("news", """
        Rowers celebrate new boathouse
        Merrow Rowing Club has opened a new boathouse on Quay Road, paid for partly by a lottery grant. The club, which has 96 members, had been storing its boats in a borrowed barn for three years. Captain Sunita Bhatt said the building would let the club offer learn-to-row courses for the first time, starting in the spring.
        """),
}, [
    "Merrow Sailing Club holds its open day on Sunday, with free taster sails for beginners.",
    "The Merrow Regatta returns to the estuary in August.",
    "Merrow Rowing Club is recruiting coxes for its autumn crews.",
], [
    dict(src="A", kind="how many",
         q="How many people belong to the yacht and dinghy club at Merrow?",
         a=["312"],
         ev="membership now stands at 312"),
    dict(src="N1", kind="how many",
         q="How many vessels can be kept on the berths belonging to Merrow Sailing Club?",
         a=["140"],
         ev="Its deep-water moorings, laid in the 1970s, have room for 140 boats"),
])

# ---------------------------------------------------------------- t07
topic("t07_lantern_theatre", {
    "A": ("news", """
        Lantern Theatre ready to reopen
        Brackwater's Lantern Theatre will reopen next month after a three-year rebuild costing £11 million. The new auditorium has 420 seats on two levels, with better sightlines and a proper orchestra pit, and the foyer now opens onto Mercer Square. Director Owen Trask said the first production would be a new staging of The Rivals. Tickets go on sale on Friday.
        """),
    "N1": ("encyclopedia", """
        Lantern Theatre (1909 to 2017)
        The original Lantern Theatre on Mercer Square, Brackwater, was an Edwardian variety house designed by the local architect Arthur Blenkin. At its height it seated 650, although later fire regulations reduced this. It closed in 2017, when the building was found to be unsafe, and was demolished to make way for the present theatre.
        """),
    "N2": ("press release", """
        Lantern Theatre: our season in numbers
        The Lantern's first full season since rebuilding sold 38,000 tickets across 164 performances, beating our target by a fifth. The Christmas show alone played to 11,500 people. Thank you to every audience member, volunteer and sponsor who made it possible. Our new season brochure will be posted to members next week.
        """),
}, [
    "Tickets for The Rivals at Brackwater's Lantern Theatre go on sale this week.",
    "The Lantern Theatre is looking for volunteer ushers.",
    "The Lantern Theatre's Christmas show has been announced.",
], [
    dict(src="A", kind="how many",
         q="How many people can sit in the new Lantern auditorium in Brackwater?",
         a=["420"],
         ev="The new auditorium has 420 seats on two levels"),
    dict(src=None, kind="how many",
         q="How large was the crowd on the Lantern Theatre's first night back after the rebuild?",
         absent=["opening night audience", "first-night audience"],
         together=[["Lantern", "opening night"], ["Lantern", "first night"], ["Lantern", "gala"],
                   ["Lantern", "reopening night"], ["Lantern", "sold out"], ["Lantern", "sell-out"]]),
])

# ---------------------------------------------------------------- t08
topic("t08_crumb_and_co", {
    "A": ("review", """
        Review: Crumb & Co, Tollard Road
        Crumb & Co's third shop opened on Tollard Road in April 2016 and it remains, to my mind, the best of the bunch. Everything is baked on site, so the sourdough comes out warm at eight and the cinnamon knots are gone by eleven. There are four stools by the window if you want to eat in. The coffee is decent rather than great. Four stars.
        """),
    "N1": ("blog", """
        How Crumb & Co began
        Ellie Vance started baking bread in her kitchen to sell at the school gate. In 2009 she took a lease on a tiny former launderette on Mill Lane, and the first Crumb & Co was born. 'We had one oven and no idea what we were doing,' she laughs. The Mill Lane shop is still going, though the bread is now made in a bakery unit on the edge of town.
        """),
    "N2": ("news", """
        Crumb & Co to close Harbourside branch
        Brackwater bakery chain Crumb & Co will close its Harbourside shop on 30 June 2023, blaming rising rents and a fall in visitor numbers since the ferry terminal moved. Staff will be offered jobs at the firm's other branches. The Mill Lane and Tollard Road shops are not affected, and founder Ellie Vance said the business remained 'in good heart'.
        """),
}, [
    "Crumb & Co has launched a loyalty card across its Brackwater shops.",
    "Crumb & Co's sourdough won a gold star at the regional food awards.",
    "Bakers Crumb & Co are running bread-making classes on Monday evenings.",
], [
    dict(src="A", kind="when",
         q="When did Crumb & Co begin trading from its premises on Tollard Road?",
         a=["April 2016", "2016"],
         ev="Crumb & Co's third shop opened on Tollard Road in April 2016"),
    dict(src=None, kind="when",
         q="When did the Crumb & Co bakery down by the harbour open its doors?",
         absent=["opened its Harbourside", "Harbourside shop opened", "Harbourside branch opened"],
         together=[["Crumb", "Harbourside", "opened"], ["Crumb", "Harbourside", "opening"],
                   ["Crumb", "Harbourside", "since 20"], ["Crumb", "Harbourside", "years ago"]]),
])

# ---------------------------------------------------------------- t09
topic("t09_corvid_skylark", {
    "A": ("product page", """
        Corvid Skylark 2 electric hybrid bike
        The Skylark 2 is our best-selling commuter e-bike, now with a 500 Wh frame-integrated battery and a quiet rear hub motor. Corvid claims a range of up to 85 km on a single charge in eco mode, and a full recharge takes around five hours. Hydraulic disc brakes, mudguards and a rear rack come as standard. Frame sizes S, M and L. Price £1,899.
        """),
    "N1": ("review", """
        Tested: Corvid Skylark 2 Lite
        The Lite version of Corvid's popular commuter bike saves 2.4 kg by swapping in a smaller 360 Wh battery. The trade-off is range: Corvid quotes 55 km, and on my hilly 18 km commute I was charging every other day. The ride is lively and the price, £1,549, is tempting, but most riders will be better served by the full-fat model.
        """),
    "N2": ("news", """
        Corvid confirms Skylark 3 for spring
        Corvid Cycles has confirmed that the Skylark 3 will go on sale in March at £2,399. The company says the new model has a lighter aluminium frame, a belt drive instead of a chain, and integrated lights. Further details, including battery specifications, will be published closer to launch. Existing Skylark 2 owners will be offered a trade-in deal.
        """),
}, [
    "Corvid Cycles is offering test rides of its Skylark e-bikes at Ostrey Central station this weekend.",
    "Corvid Cycles has opened a service workshop in Brackwater.",
    "The Skylark 3 will be on display at the Ostrey cycle show.",
], [
    dict(src="A", kind="how many",
         q="According to its maker, how far can the Skylark 2 travel between charges?",
         a=["85 km", "85"],
         ev="Corvid claims a range of up to 85 km on a single charge in eco mode"),
    dict(src=None, kind="how many",
         q="What distance per charge does Corvid quote for the Skylark 3?",
         absent=["Skylark 3 range", "Skylark 3 has a range"],
         together=[["Skylark 3", "km"], ["Skylark 3", "range"], ["Skylark 3", "miles"],
                   ["Skylark 3", "kilometres"]]),
])

# ---------------------------------------------------------------- t10
topic("t10_fennick_prize", {
    "A": ("news", """
        Brennagh takes Fennick Prize
        Orla Brennagh has won the 2022 Fennick Prize for short fiction with 'Salt Houses', a story about two sisters clearing their mother's flat in Harlaw. The judges, chaired by the novelist Tom Aske, called it 'quietly devastating'. Brennagh, who works as a school librarian, receives £5,000. She was one of five writers on this year's shortlist.
        """),
    "N1": ("press release", """
        Fennick Prize 2023: shortlist announced
        Five writers have been shortlisted for the 2023 Fennick Prize for short fiction: Dev Raman, Clare Ostby, Joseph Ure, Martha Keel and Amira Said. The judges read more than 900 entries. The winner will be announced at a ceremony in Harlaw on 9 November and will receive £5,000, with £500 for each of the other shortlisted writers.
        """),
    "N2": ("blog", """
        My tips for this year's Fennick
        The 2022 Fennick shortlist is a strong one: Orla Brennagh, Ken Lavery, Sadie Moss, Peter Quist and Aoife Lane. My money is on Ken Lavery, whose story about a night-shift baker has haunted me for weeks, though Sadie Moss would be a worthy choice too. The result is announced next Thursday. Who are you backing? Tell me in the comments.
        """),
    "N3": ("news", """
        Idris Cole wins Fenwick poetry award
        The Fenwick Prize for a first poetry collection has gone to Idris Cole for 'Weir', announced at Tidewick Library on Thursday 12 October 2023. Cole, 29, was described by the judges as 'a poet of enormous patience'. The Fenwick is awarded every two years by the Fenwick family trust and carries a prize of £2,000.
        """),
}, [
    "Entries for the Fennick Prize for short fiction close at the end of May.",
    "Stories from the Fennick Prize shortlist will be read aloud at Harlaw Library.",
    "Former Fennick Prize judges are running a short-story workshop in Tidewick.",
], [
    dict(src="A", kind="who",
         q="Which writer carried off the Fennick short story award in 2022?",
         a=["Orla Brennagh", "Brennagh"],
         ev="Orla Brennagh has won the 2022 Fennick Prize for short fiction"),
    dict(src="N3", kind="who",
         q="Who received the Fenwick award for a debut book of poems in 2023?",
         a=["Idris Cole", "Cole"],
         ev="The Fenwick Prize for a first poetry collection has gone to Idris Cole"),
    dict(src=None, kind="who",
         q="Whose story was judged best at the 2023 Fennick awards?",
         absent=["won the 2023 Fennick", "2023 Fennick Prize winner"],
         together=[["Fennick", "2023", "has won"], ["Fennick", "2023", "won the"],
                   ["Fennick", "2023", "winner is"], ["Fennick", "2023", "awarded to"],
                   ["Fennick", "2023", "wins"], ["Fennick", "2023", "takes"]]),
])

# ---------------------------------------------------------------- t11
topic("t11_island_youth_games", {
    "A": ("news", """
        Harlaw to stage 2025 Island Youth Games
        Harlaw has been chosen to host the 2025 Island Youth Games, beating a rival bid from Quendale. Around 900 young athletes from eleven island communities are expected to compete in athletics, swimming, football and sailing. The games committee praised Harlaw's plans to use the new leisure centre and the school playing fields at Brae Road.
        """),
    "N1": ("news", """
        Two bids for 2027 Youth Games
        Stromay and Quendale have both submitted bids to stage the 2027 Island Youth Games. Stromay is proposing to build a new all-weather track, while Quendale says it can offer more accommodation for visiting teams. Representatives of the games committee will visit both islands in the spring, and a decision is expected at the committee's meeting next autumn.
        """),
    "N2": ("encyclopedia", """
        Island Youth Games
        The Island Youth Games are a biennial multi-sport event for young people from the northern island communities. First held in 1987, the games move between islands; the 2023 edition took place in Sallow Bay, where 840 athletes competed. The sports on offer vary by host but always include athletics and swimming.
        """),
}, [
    "The Island Youth Games committee meets in Stromay next month.",
    "Young swimmers from Quendale are in training for the Island Youth Games.",
    "Volunteers are needed to help run the Island Youth Games.",
], [
    dict(src="A", kind="where",
         q="Which town was picked to put on the Island Youth Games in 2025?",
         a=["Harlaw"],
         ev="Harlaw has been chosen to host the 2025 Island Youth Games"),
    dict(src=None, kind="where",
         q="Where will the 2027 Island Youth Games be held?",
         absent=["chosen to host the 2027", "host the 2027 Island Youth Games"],
         together=[["2027", "chosen"], ["2027", "will host"], ["2027", "selected"],
                   ["2027", "awarded"], ["2027", "will stage"], ["2027", "named host"]]),
])

# ---------------------------------------------------------------- t12
topic("t12_fernhill_primary", {
    "A": ("school newsletter", """
        Fernhill Primary School newsletter: summer term
        Dear families, as many of you know, Mr Dawlish retires at the end of this term after sixteen years with us. I am delighted to tell you that the governors have appointed Mrs Anjali Rowe, currently deputy head at Birchall Heath Primary, as our new headteacher from September. Mrs Rowe will visit each class before the holidays. Sports day is on Friday 5 July, so please send children with a named water bottle and sun cream.
        """),
    "N1": ("school newsletter", """
        Fernhill Primary: Year 6 news
        Year 6 set off for their residential at Coldmere Outdoor Centre on Monday, led by our deputy head, Mr Colm Tierney. Highlights included gorge walking, a night hike and Mr Tierney falling in the lake (twice). Thank you to the parents who helped with lifts. Photos are on the class page, and lost property from the trip is in the office.
        """),
    "N2": ("news", """
        New principal for Fernhill Academy
        Fernhill Academy, the town's secondary school, has named Dr Marcus Oyelaran as its principal from January. Dr Oyelaran joins from a school in Ebbersley and replaces interim head Sue Varley. The academy trust's chief executive, Jan Holt, said he had 'a superb record on reading' and would build on recent improvements.
        """),
}, [
    "Fernhill Primary's summer fair is on the school field on Saturday afternoon.",
    "Fernhill Academy's Year 11 art exhibition opens on Monday.",
    "Fernhill Primary is collecting crisp packets for recycling.",
], [
    dict(src="A", kind="who",
         q="Who will take charge of Fernhill Primary as its head teacher in the autumn?",
         a=["Mrs Anjali Rowe", "Anjali Rowe", "Mrs Rowe"],
         ev="the governors have appointed Mrs Anjali Rowe, currently deputy head at Birchall Heath Primary, as our new headteacher from September"),
])

# ---------------------------------------------------------------- t13
topic("t13_ensor_boatyard", {
    "A": ("obituary", """
        Obituary: Walter Ensor
        Walter Ensor, who founded Ensor's Boatyard at Tidewick in 1958 and built more than two hundred wooden boats there, has died aged 91. A shipwright's apprentice at fifteen, he was known along the coast for his clinker-built crabbers and his refusal to work with fibreglass. He is survived by his son Peter, three grandchildren and his dog, Skipper. The funeral will be held at St Clement's, Tidewick, on Thursday.
        """),
    "N1": ("news", """
        Ensor's Boatyard sold
        Peter Ensor, 64, has sold the family boatyard at Tidewick to the marine engineers Gannet Ltd, ending more than sixty years of family ownership. 'Dad would want the sheds kept busy,' he said. Gannet plans to keep the slipway in use for repairs and to add a chandlery and a small cafe on the quay.
        """),
    "N2": ("blog", """
        The other Ensor brother
        Everyone in Tidewick knows about the boatyard, but fewer people remember Harold Ensor. Born in Sallow Bay in 1936, Harold ran the chandlery on Quay Street for thirty years and was coxswain of the lifeboat in the 1970s. He died in 2004, aged 68. His photographs of the harbour are now held by the town museum, and they are well worth an afternoon.
        """),
}, [
    "An exhibition of boats built at Ensor's Boatyard opens at Tidewick Museum.",
    "Gannet Ltd has applied to extend the sheds at the old Ensor's Boatyard in Tidewick.",
], [
    dict(src="A", kind="how many",
         q="How old was the man who set up the Tidewick boatyard when he passed away?",
         a=["91", "aged 91"],
         ev="has died aged 91"),
    dict(src=None, kind="where",
         q="In which town was the founder of Ensor's Boatyard born?",
         absent=["Walter Ensor was born", "Walter was born"],
         together=[["Walter", "born"], ["Walter", "birthplace"], ["Walter", "native of"]]),
])

# ---------------------------------------------------------------- t14
topic("t14_route47", {
    "A": ("timetable", """
        Route 47: Ludden Cross to Brackwater Hospital
        Operated by Pennant Coaches. Timetable valid from 2 September.
        Monday to Friday: first bus leaves Ludden Cross at 06:12, then every 20 minutes until 18:52. Last bus from the hospital 19:30.
        Saturdays: first bus leaves Ludden Cross at 07:05, then hourly until 17:05.
        All buses call at Market Street, Tollard Road and the railway station. Times at intermediate stops are approximate.
        """),
    "N1": ("timetable", """
        Route 47A: Ludden Cross to Fallon Edge
        Monday to Friday only. The 47A runs via the Brackwater bypass and does not serve the hospital.
        First departure from Ludden Cross 05:48, then 07:18, 08:48 and every ninety minutes until 17:48.
        School days only: extra journey at 15:40 from Fernhill Academy.
        Operated by Pennant Coaches.
        """),
    "N2": ("news", """
        Evening buses cut on route 47
        Pennant Coaches will withdraw evening journeys on route 47 from next month, blaming low passenger numbers after 8pm. The company said daytime frequencies would not change. Ludden Cross councillor Amy Fraine called the decision 'a kick in the teeth for hospital staff on late shifts' and said she would raise it with the county council.
        """),
}, [
    "Roadworks on Market Street will delay route 47 buses for two weeks.",
    "Pennant Coaches is consulting passengers on changes to route 47.",
], [
    dict(src="A", kind="when",
         q="What is the earliest departure of the 47 from Ludden Cross on a working day?",
         a=["06:12"],
         ev="Monday to Friday: first bus leaves Ludden Cross at 06:12"),
    dict(src=None, kind="when",
         q="On Sundays, when does the earliest number 47 set off from Ludden Cross?",
         absent=["Sundays: first bus", "Sunday: first bus"],
         together=[["Route 47", "Sunday"], ["47A", "Sunday"], ["number 47", "Sunday"],
                   ["Ludden Cross", "Sunday"]]),
])

# ---------------------------------------------------------------- t15
topic("t15_hollins_precept", {
    "A": ("minutes", """
        Hollins Parish Council: minutes of the meeting held on 16 January 2024
        Present: Cllrs Mayhew (chair), Rennie, Ferris, Adebayo and Lowe. Clerk: Mrs J. Pell.
        Item 6, budget and precept 2024/25: Members considered the draft budget circulated by the clerk. Proposed Cllr Mayhew, seconded Cllr Ferris, and resolved (4 for, 1 against) that the precept for 2024/25 be set at £48,200. Cllr Lowe asked that her objection to the cost of the new noticeboards be recorded.
        """),
    "N1": ("minutes", """
        Hollins Parish Council: budget meeting, January 2023
        Item 5, precept 2023/24: The clerk explained that the grass-cutting contract would rise by 12 per cent. Resolved unanimously that the precept for 2023/24 be set at £45,900. Members agreed to review the cost of printing the parish newsletter before the next budget round, and thanked the clerk for her work on the accounts.
        """),
    "N2": ("newsletter", """
        Hollinsworth Town Council: your council tax explained
        This year Hollinsworth Town Council's precept is £212,000, which works out at about £1.90 a week for a Band D home. The money pays for the park, the cemetery, the Christmas lights and grants to local groups. The council's full accounts can be viewed at the town hall or on the council website.
        """),
}, [
    "Hollins Parish Council meets on Tuesday in the village hall.",
    "Hollins parish councillors have agreed to buy two new noticeboards.",
], [
    dict(src="A", kind="how much",
         q="What amount did the Hollins councillors decide to raise through the parish precept for 2024/25?",
         a=["£48,200", "48,200"],
         ev="resolved (4 for, 1 against) that the precept for 2024/25 be set at £48,200"),
])

# ---------------------------------------------------------------- t16
topic("t16_salt_loft", {
    "A": ("review", """
        The Salt Loft, Penwarren: review
        Climb the outside staircase above the old net store and you are in one of the best dining rooms on this coast. Head chef Benedikt Aas, who arrived from Bergen in 2021, cooks simple, confident food: hake with brown shrimp butter, a gorgeous smoked-eel croquette, rhubarb with buttermilk. Service was warm, the wine list short and sensible. Dinner for two with wine came to £128. Book ahead at weekends.
        """),
    "N1": ("news", """
        Salt Loft team to open in Trelyn
        The owners of Penwarren's Salt Loft are opening a second, more casual restaurant in Trelyn this summer. The Salt Loft Kitchen will take over the former bank on Fore Street, owner Jory Keast confirmed, serving breakfasts, fish lunches and pizzas from a wood oven. Keast said he is now recruiting a team of around fifteen.
        """),
    "N2": ("blog", """
        Where are they now? Marta Lisle
        Marta Lisle ran the kitchen at The Salt Loft in Penwarren for six years before leaving in 2020 to open Lisle's, her own twelve-seat bistro in Saltcote. She still forages for sea beet every morning. 'I needed something small enough to control,' she told me over coffee. Lunch is Thursday to Sunday only.
        """),
}, [
    "The Salt Loft in Penwarren has been named in a national guide's list of coastal restaurants.",
    "The Salt Loft Kitchen in Trelyn is taking bookings for Sunday brunch.",
], [
    dict(src="A", kind="who",
         q="Who is in charge of the cooking at Penwarren's Salt Loft these days?",
         a=["Benedikt Aas", "Aas"],
         ev="Head chef Benedikt Aas, who arrived from Bergen in 2021, cooks simple, confident food"),
    dict(src=None, kind="who",
         q="Who heads the kitchen at the Salt Loft's sister restaurant in Trelyn?",
         absent=["head chef at the Salt Loft Kitchen", "Salt Loft Kitchen's head chef"],
         together=[["Trelyn", "chef"], ["Salt Loft Kitchen", "chef"], ["Trelyn", "cook"]]),
])

# ---------------------------------------------------------------- t17
topic("t17_halden_robotics", {
    "A": ("press release", """
        FOR IMMEDIATE RELEASE
        Marrick Industries to acquire Halden Robotics
        Marrick Industries plc today announced that it has agreed to acquire Halden Robotics, the Ostrey-based maker of warehouse picking arms, for £18 million in cash. Halden's 62 staff will remain at its Quarry Park site, and co-founder Dr Lena Voss will continue to lead the business. The deal is expected to complete by the end of the quarter.
        """),
    "N1": ("news", """
        Halden Robotics raises £4.5 million
        Ostrey start-up Halden Robotics has raised £4.5 million from investors led by Fathom Ventures to expand production of its picking arms. Co-founder Lena Voss said the money would fund twenty new jobs. The company was spun out of the engineering department at Ostrey University in 2018.
        """),
    "N2": ("news", """
        Holden Robotics opens new factory
        Holden Robotics, which makes lawn-mowing robots, has opened a new factory in Wexcombe, creating 140 jobs. Managing director Craig Holden, who started the company in his garage in 2012, said demand had tripled in two years, with most machines now going to golf courses and sports grounds across Europe.
        """),
}, [
    "Halden Robotics is hosting an open day for engineering students in Ostrey.",
    "Holden Robotics is recruiting assembly workers in Wexcombe.",
], [
    dict(src="A", kind="how much",
         q="What price did Marrick agree to pay to take over Halden Robotics?",
         a=["£18 million", "18 million"],
         ev="for £18 million in cash"),
    dict(src=None, kind="how much",
         q="For what sum was the robot firm Holden Robotics bought?",
         absent=["acquire Holden Robotics", "Holden Robotics has been sold"],
         together=[["Holden", "acquire"], ["Holden", "sold"], ["Holden", "takeover"],
                   ["Holden", "bought"], ["Holden", "buyout"], ["Holden", "purchase"]]),
])

# ---------------------------------------------------------------- t18
topic("t18_recycling_centres", {
    "A": ("Q&A", """
        Cobble Lane recycling centre: frequently asked questions
        When is the centre open? From April to September, 8am to 7pm every day. From October to March, 9am to 4pm. Closed on 25 and 26 December and 1 January.
        Do I need to book? No booking is needed for cars. Vans and trailers need a permit.
        Can I bring plasterboard? Yes, in the dedicated skip, up to two bags per visit.
        """),
    "N1": ("council notice", """
        Stoneleigh Road recycling centre: new summer hours
        From 1 April, the Stoneleigh Road household recycling centre will open from 8am to 8pm, Thursday to Tuesday. The site will be closed all day on Wednesdays for maintenance. Residents are reminded that trade waste is not accepted. The council apologises for any inconvenience.
        """),
    "N2": ("forum", """
        Cobble Lane queue nightmare
        Posted by dave_h at 14:22
        Went to the Cobble Lane tip on Saturday with a car full of cardboard boxes. Queued 50 minutes just to get through the gate. Why there is only one cardboard skip I will never understand. Anyone know if it is quieter first thing?
        Reply from ruthiej: Go on a weekday mid-morning, it is dead then.
        """),
}, [
    "Cobble Lane recycling centre now accepts small electrical items at the reuse container.",
    "The Stoneleigh Road recycling centre has opened a reuse shop selling donated furniture.",
], [
    dict(src="A", kind="when",
         q="What time does the Cobble Lane tip shut during the colder half of the year?",
         a=["4pm"],
         ev="From October to March, 9am to 4pm."),
    dict(src="N1", kind="when",
         q="Until what hour can you drop off rubbish at the Stoneleigh Road site in the summer?",
         a=["8pm"],
         ev="will open from 8am to 8pm, Thursday to Tuesday"),
    dict(src=None, kind="when",
         q="What time does the Stoneleigh Road recycling centre close in the winter months?",
         absent=["Stoneleigh Road winter", "Stoneleigh Road recycling centre: winter"],
         together=[["Stoneleigh", "winter"], ["Stoneleigh", "October"], ["Stoneleigh", "November"],
                   ["Stoneleigh", "December"], ["Stoneleigh", "January"], ["Stoneleigh", "February"],
                   ["Stoneleigh", "March"]]),
])

# ---------------------------------------------------------------- t19
topic("t19_st_aldrics", {
    "A": ("encyclopedia", """
        St Aldric's Church, Nethercombe
        St Aldric's is the parish church of Nethercombe. The nave is largely of the early fourteenth century, but the church is best known for its tall west tower, which was added in about 1480 at the expense of the wool merchant John Haverill, whose brass lies in the chancel. The tower holds a ring of six bells. The building is listed at Grade I.
        """),
    "N1": ("blog", """
        Nethercombe church crawl
        A wet Saturday spent at St Aldric's. The guidebook dates the nave to 1312, and the font, a squat tub of grey stone, is older still. Do not miss the carved bench ends, including a fox in a pulpit preaching to geese. The cafe in the old school next door does a decent soup and lets you dry your coat by the stove.
        """),
    "N2": ("encyclopedia", """
        St Aldric's Chapel, Upper Nethercombe
        St Aldric's Chapel is a small chapel of ease in the hamlet of Upper Nethercombe, built in 1846 to spare farm families the long walk down to the parish church. It is a plain stone building with a bellcote rather than a tower, and services are held on the second Sunday of each month.
        """),
}, [
    "St Aldric's, Nethercombe, holds a bell-ringing open evening on Wednesday.",
    "The Friends of St Aldric's are raising money to repair the church roof.",
], [
    dict(src="A", kind="when",
         q="Roughly when was the west tower built onto Nethercombe's parish church?",
         a=["about 1480", "1480"],
         ev="which was added in about 1480 at the expense of the wool merchant John Haverill"),
])

# ---------------------------------------------------------------- t20
topic("t20_brass_bands", {
    "A": ("sports results", """
        Northern Area Brass Band Championships: Second Section
        1. Lindale Silver Band (Gwen Harker) 191 points
        2. Ashworth Mills Band (Dean Fry) 188
        3. Lindley Colliery Band (Paul Sowerby) 186
        4. Kettlebeck Town Band (Sam Oakley) 183
        5. Rushby Temperance Band (Jo Platt) 179
        Best soloist: Amy Whitlock, soprano cornet, Lindale. The top two bands qualify for the national finals in September.
        """),
    "N1": ("news", """
        Lindley celebrate promotion
        Lindley Colliery Band are celebrating after winning the Third Section at last year's Northern Area Championships, earning promotion. Musical director Paul Sowerby said the players had rehearsed three nights a week since January. The band will play a celebration concert at Lindley Miners' Welfare on 2 December, with tickets on the door.
        """),
    "N2": ("newsletter", """
        Lindale Silver Band newsletter
        Congratulations to our youth band, Lindale Juniors, who won the Youth Section at the Dalesford Festival on Saturday under Becky Lorne. Our senior band's next concert is at St Oswin's on 20 October. Subs are now due: £5 a month for adults, £2 for juniors. New players are always welcome at Tuesday rehearsals.
        """),
}, [
    "Lindale Silver Band play a summer concert in the park bandstand on Sunday.",
    "Lindley Colliery Band are looking for a principal cornet player.",
], [
    dict(src="A", kind="which",
         q="Which ensemble won the second tier of the Northern Area contest?",
         a=["Lindale Silver Band", "Lindale"],
         ev="1. Lindale Silver Band (Gwen Harker) 191 points"),
])

# ---------------------------------------------------------------- t21
topic("t21_tidewick_gazette", {
    "A": ("news", """
        Gazette appoints new editor
        Sian Garvey has been named editor of the Tidewick Gazette, the paper's owners announced on Monday. Ms Garvey, 41, has been news editor for five years and grew up in the town. She succeeds Ray Holm, who retires after fourteen years in the chair. 'The Gazette will keep holding the council to account,' she said.
        """),
    "N1": ("encyclopedia", """
        Tidewick Gazette
        The Tidewick Gazette is a weekly newspaper published every Thursday in Tidewick. It was founded in 1871 by the printer Edwin Pascoe, who ran the business from his shop on Quay Street; the paper remained in the Pascoe family until 1958. It absorbed the rival Tidewick Mercury in 1923. Its circulation is about 6,000 copies a week.
        """),
    "N2": ("news", """
        Advertiser's Mensah-Dale wins top award
        Kofi Mensah-Dale, who runs the Tidewick Advertiser, has been named weekly journalist of the year at the regional press awards for the paper's campaign to save the town's cottage hospital. The free weekly is delivered to 14,000 homes and is now in its twentieth year.
        """),
}, [
    "The Tidewick Gazette is launching a new website next month.",
    "Volunteers are digitising the Tidewick Gazette's photo archive at the town museum.",
], [
    dict(src="A", kind="who",
         q="Who now edits Tidewick's weekly Gazette?",
         a=["Sian Garvey", "Garvey"],
         ev="Sian Garvey has been named editor of the Tidewick Gazette"),
    dict(src=None, kind="who",
         q="Who was the Tidewick Gazette's very first editor?",
         absent=["first editor of the Tidewick Gazette", "founding editor"],
         together=[["Gazette", "first editor"], ["Gazette", "founding editor"],
                   ["Gazette", "edited by"], ["Gazette", "edited the"], ["Gazette", "its editor"]]),
])

# ---------------------------------------------------------------- t22
topic("t22_quarry_lane_bridge", {
    "A": ("council notice", """
        Kelsham Borough Council: planning decision
        Application 21/0844: new steel footbridge over the railway at Quarry Lane, Kelsham, replacing the level crossing.
        Decision: approved with conditions, 11 January 2022.
        Conditions include restricted working hours (8am to 6pm on weekdays) and a lighting scheme to be agreed before work begins. Objections from two residents concerning overlooking were considered by the committee.
        """),
    "N1": ("news", """
        Work starts on Quarry Lane bridge
        Contractors Bellweather Civils moved onto the Quarry Lane site in Kelsham in March 2023 to begin building the long-awaited footbridge over the railway. The £3.2 million structure, with lifts at both ends, is expected to open in late 2024, after which the level crossing will be permanently closed.
        """),
    "N2": ("news", """
        Mill Race footbridge opens
        Kelsham's new Mill Race footbridge was opened on Saturday by the mayor, linking the Riverside estate with the town centre for the first time. More than 300 people walked across in the first hour. The timber bridge cost £640,000 and was paid for mainly by the housing developer.
        """),
}, [
    "The level crossing at Quarry Lane, Kelsham, will be closed overnight for railway engineering work.",
    "Residents have raised concerns about lorries using Quarry Lane during the bridge works.",
], [
    dict(src="A", kind="when",
         q="When did the council give the go-ahead for the plans to bridge the railway at Quarry Lane?",
         a=["11 January 2022", "January 2022", "2022"],
         ev="Decision: approved with conditions, 11 January 2022."),
    dict(src=None, kind="when",
         q="When could pedestrians start using the finished Quarry Lane footbridge?",
         absent=["Quarry Lane footbridge opened", "Quarry Lane bridge opens"],
         together=[["Quarry Lane", "opened"], ["Quarry Lane", "officially open"],
                   ["Quarry Lane", "now open"], ["Quarry Lane", "walked across"]]),
])

# ---------------------------------------------------------------- t23
topic("t23_marlby_marrow", {
    "A": ("news", """
        Colley's monster marrow takes the prize
        Stan Colley's marrow tipped the scales at 31.2 kg to win the heaviest marrow class at the Marlby Show on Saturday. Last year's champion, Derek Pim, had to settle for third place this time. Colley, a retired postman, said the secret was 'rainwater, horse muck and talking to it every night'. The show attracted a record crowd despite the drizzle.
        """),
    "N1": ("sports results", """
        Marlby Show 2022: vegetable classes
        Heaviest marrow: Derek Pim, 28.9 kg.
        Longest runner bean: Ann Tull.
        Best three onions: Gerry Lund.
        Heaviest pumpkin: Jean Colley, 88 kg.
        Best collection of vegetables: Marlby Allotment Society.
        Judge: Mr R. Thwaite. Trophies will be presented at the autumn supper in the village hall.
        """),
    "N2": ("news", """
        Pumpkin queen does it again
        Jean Colley's giant pumpkin weighed in at 94.5 kg to win its class at the Marlby Show for the third year running. Her husband Stan had his own success in the marrow class. 'We do not talk about vegetables at dinner,' she said, before admitting that they talk about little else.
        """),
}, [
    "Entries for the Marlby Show vegetable classes close on Friday.",
    "The Marlby Show returns to the showground on the last Saturday in August.",
], [
    dict(src="A", kind="how much",
         q="What did the winning marrow weigh at Marlby's show?",
         a=["31.2 kg", "31.2"],
         ev="Stan Colley's marrow tipped the scales at 31.2 kg"),
    dict(src=None, kind="who",
         q="Whose marrow was runner-up at the Marlby Show?",
         absent=["second place in the marrow", "marrow runner-up"],
         together=[["Marlby", "marrow", "second"], ["Marlby", "marrow", "runner-up"],
                   ["Marlby", "marrow", "2nd"], ["Marlby", "marrow", "runner up"]]),
])

# ---------------------------------------------------------------- t24
topic("t24_kelsham_mayor", {
    "A": ("news", """
        New mayor for Kelsham
        Councillor Bernard Oakes was installed as Mayor of Kelsham at the town council's annual meeting on Tuesday evening. A former signalman, Cllr Oakes has represented Abbey ward for eight years. He has chosen the Kelsham food bank and the Riverside youth club as his charities for the year. The mayoral chain was presented to him by his predecessor.
        """),
    "N1": ("news", """
        Kelshaw chooses its civic leaders
        Kelshaw Town Council has elected Cllr Priya Sandhu as mayor for the coming year, with Cllr Tom Ridley as deputy mayor. Cllr Sandhu, a pharmacist, is the first woman to hold the office in Kelshaw for two decades. The council also agreed to restore the town's war memorial in time for Remembrance.
        """),
    "N2": ("news", """
        Outgoing mayor's charity total
        Kelsham's outgoing mayor, Joan Whitty, handed over cheques totalling £9,300 at her final engagement, split between the hospice and the sea cadets. Cllr Whitty thanked everyone who had come to her quiz nights and the summer fete, and said the year had been 'exhausting and wonderful'.
        """),
}, [
    "Kelsham's mayor will switch on the Christmas lights on Saturday.",
    "Kelshaw Town Council is consulting on the war memorial restoration.",
], [
    dict(src="A", kind="who",
         q="Who has taken on the chain of office as Kelsham's civic head?",
         a=["Bernard Oakes", "Oakes"],
         ev="Councillor Bernard Oakes was installed as Mayor of Kelsham"),
    dict(src="N1", kind="who",
         q="Which councillor will deputise for the mayor of Kelshaw?",
         a=["Tom Ridley", "Ridley"],
         ev="with Cllr Tom Ridley as deputy mayor"),
    dict(src=None, kind="who",
         q="Who is Kelsham's deputy mayor this year?",
         absent=["deputy mayor of Kelsham", "Kelsham's deputy mayor"],
         together=[["Kelsham", "deputy"]]),
])

# ---------------------------------------------------------------- t25
topic("t25_brayford", {
    "A": ("encyclopedia", """
        Brayford
        Brayford is a village and civil parish in the Lowdale district, on the north bank of the River Ember. At the 2011 census the parish had a population of 1,284. The village has a primary school, a pub, the Wheatsheaf, and a Methodist chapel that is now used as a pottery. A weekly market was granted in 1267 but had lapsed by the sixteenth century.
        """),
    "N1": ("encyclopedia", """
        Brayfield
        Brayfield is a market town in the Lowdale district, on the River Ember. Its population at the 2021 census was 2,050, up from 1,911 ten years earlier. The town grew up around a bridge over the river and still holds a Thursday market. Notable buildings include the corn exchange and a Georgian coaching inn.
        """),
    "N2": ("newsletter", """
        Brayford Parish Council news
        The latest electoral register lists 1,010 voters in Brayford, and the parish council would love to hear from more of them! Our meetings are on the first Monday of the month in the school hall. Items this month include the speed limit on Ember Lane and new benches for the green.
        """),
}, [
    "Brayford Parish Council has asked for a 20mph limit on Ember Lane.",
    "The Wheatsheaf in Brayford is hosting a quiz on Thursday night.",
], [
    dict(src="A", kind="how many",
         q="How many residents did Brayford have when the census was taken?",
         a=["1,284"],
         ev="At the 2011 census the parish had a population of 1,284."),
    dict(src=None, kind="how many",
         q="How many people were living in Brayford according to the 2021 census?",
         absent=["Brayford at the 2021 census", "2021 census the parish"],
         together=[["Brayford", "2021"]]),
])

# ---------------------------------------------------------------- t26
topic("t26_ostrey_town_tickets", {
    "A": ("product page", """
        Ostrey Town FC: season tickets 2024/25
        Support the Town all season and save. Adult season ticket £180. Over-65s £120. Season tickets cover all 23 home league games at Castle Park and include a free programme download for every match. Buy online or at the club shop, open Tuesday and Thursday evenings. Prices rise by £20 after 31 July.
        """),
    "N1": ("product page", """
        Ostrey Rovers RFC: season membership
        Rovers season membership gives entry to every home game at the Mardle ground plus discounts at the bar. Adults £95. Under-18s £45. Family membership (two adults and up to three children) £210. Memberships can be bought at the clubhouse on match days or by post from the membership secretary.
        """),
    "N2": ("news", """
        Season ticket prices held
        Ostrey Town have announced that season tickets for the 2023/24 campaign will again cost £165 for adults, the same as last season, as the club tries to rebuild crowds after relegation. Chairman Gus Pardoe said: 'We want the terraces full, and we know money is tight for everyone.'
        """),
}, [
    "Ostrey Town FC season tickets are on sale at the club shop.",
    "Ostrey Town play at home at Castle Park on Saturday afternoon.",
    "Ostrey Rovers RFC hold their annual dinner next month.",
], [
    dict(src="A", kind="how much",
         q="What do pensioners pay to follow Ostrey Town for the whole season?",
         a=["£120", "120"],
         ev="Over-65s £120."),
    dict(src="N1", kind="how much",
         q="How much does the Ostrey rugby club charge teenagers under eighteen for a season membership?",
         a=["£45", "45"],
         ev="Under-18s £45."),
    dict(src=None, kind="how much",
         q="How much is a season ticket for under-18s at Ostrey Town?",
         absent=["Ostrey Town under-18", "Ostrey Town junior season"],
         together=[["Ostrey Town", "under-18"], ["Ostrey Town", "under 18"], ["Ostrey Town", "junior"],
                   ["Ostrey Town", "child"], ["Ostrey Town", "under-16"], ["Ostrey Town", "students"]]),
])

# ---------------------------------------------------------------- t27
topic("t27_brae_road", {
    "A": ("encyclopedia", """
        Brae Road
        Brae Road is a football ground in Harlaw and has been the home of Harlaw Athletic since 1921. The record attendance is 9,412, for a cup tie against Stromay Thistle in February 1961, when spectators stood on the roof of the old cowshed. The ground was largely rebuilt in the 1990s and now has seating on two sides.
        """),
    "N1": ("news", """
        New stand opens at Brae Road
        Harlaw Athletic's new 1,100-seat main stand was officially opened before Saturday's game by club president Morag Innes. The £1.8 million stand includes changing rooms, a function room and a community gym, and replaces a wooden stand that had stood since the 1930s.
        """),
    "N2": ("encyclopedia", """
        Moss Park
        Moss Park is the home ground of Harlaw Rangers, on the south side of the town. It has a capacity of 3,000, of which 500 is seated. Rangers moved there from the Links in 1978 after their old pitch was sold for housing. The ground also hosts the town's summer gala.
        """),
}, [
    "Harlaw Athletic play at Brae Road on Saturday afternoon.",
    "Brae Road will stage the county cup final this season.",
], [
    dict(src="A", kind="how many",
         q="What is the biggest crowd ever recorded at Harlaw Athletic's ground?",
         a=["9,412"],
         ev="The record attendance is 9,412"),
    dict(src=None, kind="how many",
         q="How many spectators can Brae Road hold in total?",
         absent=["Brae Road has a capacity", "capacity of Brae Road"],
         together=[["Brae Road", "capacity"], ["Brae Road", "can hold"], ["Brae Road", "holds"]]),
])

# ---------------------------------------------------------------- t28
topic("t28_helen_marsh", {
    "A": ("encyclopedia", """
        Ostrey and Brackwater Hospitals Trust
        The trust runs Ostrey General Hospital and the community hospital in Brackwater, employing about 4,800 staff. Dr Helen Marsh became chief executive in 2015, joining from Fallowmere Health. The trust's maternity unit was rated outstanding in 2019, but its emergency department has struggled with long waits.
        """),
    "N1": ("news", """
        Hospital chief to retire
        Graham Oduya, chief executive of the Ostrey and Brackwater Hospitals Trust, is to retire in 2015 after eleven years in charge. Mr Oduya, who began his career as a hospital porter, said it had been 'the privilege of my life'. Recruitment for his successor will begin shortly.
        """),
    "N2": ("news", """
        Art teacher Helen Marsh retires
        After 31 years at Brackwater School of Art, the painter Helen Marsh retired in July 2020. Hundreds of former students sent messages, and an exhibition of her seascapes opens at the Quay Gallery next month. 'I will finally have time to paint,' she said.
        """),
}, [
    "Helen Marsh, chief executive of the hospitals trust, will open the new scanner suite at Ostrey General.",
    "The Ostrey and Brackwater Hospitals Trust is recruiting healthcare assistants.",
], [
    dict(src="A", kind="when",
         q="In what year did Helen Marsh take the top job at the Ostrey and Brackwater hospitals trust?",
         a=["2015"],
         ev="Dr Helen Marsh became chief executive in 2015"),
    dict(src="N2", kind="when",
         q="When did Helen Marsh, the seascape artist, finish her career in the classroom?",
         a=["July 2020", "2020"],
         ev="the painter Helen Marsh retired in July 2020"),
    dict(src=None, kind="when",
         q="When did Helen Marsh step down as head of the hospitals trust?",
         absent=["Helen Marsh stepped down", "Helen Marsh will step down"],
         together=[["Helen Marsh", "chief executive", "retire"], ["Helen Marsh", "chief executive", "step down"],
                   ["Helen Marsh", "chief executive", "stepped down"], ["Helen Marsh", "chief executive", "stood down"],
                   ["Helen Marsh", "chief executive", "left"], ["Helen Marsh", "chief executive", "leave"],
                   ["Helen Marsh", "chief executive", "successor"]]),
])

# ---------------------------------------------------------------- t29
topic("t29_sallow_swing_bridge", {
    "A": ("encyclopedia", """
        Sallow Bay harbour bridge
        The swing bridge across the inner harbour at Sallow Bay carries Quay Road over the entrance to the marina. It was built in 1994 by the contractor Dunlin Marine, replacing a hand-cranked iron bridge of 1887, and swings open about twenty times a day in summer to let masted boats through. It is operated from a control cabin on the east side.
        """),
    "N1": ("news", """
        Harbour Lane footbridge wins award
        Sallow Bay's Harbour Lane footbridge, designed by engineer Carys Wynne, has won a regional civil engineering award. The curved timber bridge links the main car park to the beach. Judges praised its 'light touch' and the way it frames the view of the harbour from the dunes.
        """),
    "N2": ("news", """
        Swing bridge back in action
        The Sallow Bay swing bridge returned to service for boats on Friday after a four-month refurbishment by Penhale Engineering, which replaced the slewing ring and the hydraulics. The harbour master thanked skippers for their patience and said the bridge should now be good for another twenty years.
        """),
}, [
    "The Sallow Bay swing bridge will be closed to traffic for testing on Tuesday morning.",
    "Sallow Bay's harbour master has issued new guidance for boats waiting at the swing bridge.",
], [
    dict(src="A", kind="who",
         q="Which firm put up the opening bridge over Sallow Bay's inner harbour?",
         a=["Dunlin Marine"],
         ev="It was built in 1994 by the contractor Dunlin Marine"),
    dict(src=None, kind="who",
         q="Who designed the swing bridge at Sallow Bay?",
         absent=["swing bridge was designed", "designed the swing bridge"],
         together=[["swing bridge", "design"], ["swing bridge", "architect"]]),
])

# ---------------------------------------------------------------- t30
topic("t30_heron_lights", {
    "A": ("blog", """
        Looking back: Heron Lights, Low Water
        Hard to believe that Heron Lights' debut album Low Water came out on 3 March 2017. I bought my copy from the merch table at the Wheel Tavern and played it until the sleeve fell apart. Everyone knows 'Ember Lane', but 'Drowned Chapel' is the real masterpiece, seven minutes of slow-building guitar about the valley that was flooded for the reservoir.
        Posted by marginalia at 21:04
        """),
    "N1": ("news", """
        Heron Lights announce second album
        Heron Lights have confirmed that their second album, Salt Year, is finished and will be mixed over the winter. Singer Jess Okafor said the record was 'louder and angrier' than Low Water. The band will preview new songs on a short tour of small venues starting in Saltcote on 4 February.
        """),
    "N2": ("review", """
        Jess Okafor: Harbour Songs (EP)
        Released in 2020 during the band's long break, Heron Lights singer Jess Okafor's solo EP Harbour Songs strips everything back to voice and piano. It was recorded in a single day in a chapel in Penwarren, and you can hear the rain on the roof on the closing track. Lovely, if a little samey.
        """),
}, [
    "Heron Lights play a hometown show at the Wheel Tavern next month.",
    "Heron Lights singer Jess Okafor is doing a solo set at Penwarren Arts Centre.",
], [
    dict(src="A", kind="when",
         q="When did Heron Lights put out their debut LP?",
         a=["3 March 2017", "March 2017", "2017"],
         ev="Heron Lights' debut album Low Water came out on 3 March 2017"),
    dict(src=None, kind="when",
         q="When did the Heron Lights follow-up record, Salt Year, reach the shops?",
         absent=["Salt Year is out", "Salt Year was released"],
         together=[["Salt Year", "released"], ["Salt Year", "out now"], ["Salt Year", "release date"],
                   ["Salt Year", "came out"], ["Salt Year", "out on"]]),
])

# ---------------------------------------------------------------- t31
topic("t31_camera_club", {
    "A": ("newsletter", """
        Brackwater Camera Club: autumn newsletter
        Our 2021 open competition attracted 347 entries, a record, from as far away as Tidewick and Harlaw. Judge Sandra Oakley said the standard in the nature section was the highest she had seen. All the prize-winning prints will be on display in the library foyer throughout November. Next meeting: a talk on night photography by Ravi Dutta.
        """),
    "N1": ("news", """
        Heron at dawn wins photo prize
        Leah Gorton's shot of a heron lifting off the river at first light has won Brackwater Camera Club's 2022 open competition. The judges also commended two images of the harbour in fog. Leah, 17, is the youngest winner in the contest's history and receives a new lens as her prize.
        """),
    "N2": ("listing", """
        Join Brackwater Camera Club
        We are a friendly club of 64 members meeting on Tuesday evenings at the Mercer Square community rooms, from September to May. Beginners are very welcome and we run a mentoring scheme for new members. Visitors pay £3 a night; the annual subscription is £40. Bring a camera, or just bring your phone.
        """),
}, [
    "Brackwater Camera Club's open competition is now accepting entries.",
    "Brackwater Camera Club's exhibition is on in the library foyer.",
], [
    dict(src="A", kind="how many",
         q="How many pictures were submitted to the Brackwater photography club's 2021 open contest?",
         a=["347"],
         ev="Our 2021 open competition attracted 347 entries"),
])

# ---------------------------------------------------------------- t32
topic("t32_ostrey_folk", {
    "A": ("listing", """
        Ostrey Folk Weekend
        12 to 14 July, Castle Meadow, Ostrey
        Three days of music, dance and song in the shadow of the castle. Headliners include The Cardew Sisters and Tom Furlong's Ceilidh Band, with workshops, a craft tent and a real ale bar. Weekend tickets £65, day tickets from £25. Camping available on the meadow. Gates open at 11am daily.
        """),
    "N1": ("blog", """
        Twenty-five years of Ostrey folk
        When the Ostrey Folk Weekend started in 1998 it was held in the Corn Hall, with a single stage and a raffle. It stayed there until 2016, outgrew the building, and spent a year in a marquee at the rugby club before moving to its present home. I have been to every one, and the Sunday morning singaround is still the best bit.
        """),
    "N2": ("listing", """
        Ostrey Jazz Festival
        Riverside Gardens, Ostrey, 23 to 25 August. Free stage by the bandstand all weekend, with ticketed evening concerts in the big top. Headliner: the Mo Pritchard Quintet. Food stalls, a bar run by the Rotary club and a children's instrument workshop on the Saturday morning.
        """),
}, [
    "Early-bird tickets for the Ostrey Folk Weekend are on sale until the end of March.",
    "The Ostrey Folk Weekend is looking for stewards and litter pickers.",
], [
    dict(src="A", kind="where",
         q="At which venue does the Ostrey Folk Weekend take place now?",
         a=["Castle Meadow"],
         ev="12 to 14 July, Castle Meadow, Ostrey"),
])

# ---------------------------------------------------------------- t33
topic("t33_tanyard_baths", {
    "A": ("encyclopedia", """
        Tanyard Baths
        Tanyard Baths is a public swimming pool in Brackwater. It opened in 1936, funded by the town council and a gift from the tanner Josiah Crane, and is one of the few 1930s pools in the region still in use. The main pool is 25 yards long. Its future has been uncertain since a survey found serious problems with the roof.
        """),
    "N1": ("council notice", """
        Brackwater Council: new leisure centre consultation
        The council is consulting on two possible sites for a new swimming pool and leisure centre to replace Tanyard Baths: Leat Fields, off the ring road, and the former gasworks on Canal Street. Drop-in sessions will be held at the library on Tuesdays. The consultation closes on 30 September.
        """),
    "N2": ("news", """
        Wexcombe pool opens
        Wexcombe's new £14 million leisure centre at Fairmead opened on Saturday, with a 25-metre pool, a learner pool and a climbing wall. More than 2,000 people visited on the first day, and the council said memberships had already passed its first-year target.
        """),
}, [
    "Tanyard Baths in Brackwater will close for a week for repairs to the boiler.",
    "The council's consultation on a new Brackwater pool closes soon.",
], [
    dict(src="A", kind="when",
         q="In what year did Brackwater's Tanyard swimming baths open to the public?",
         a=["1936"],
         ev="It opened in 1936, funded by the town council"),
])

# ---------------------------------------------------------------- t34
topic("t34_santa_dash", {
    "A": ("news", """
        Santas raise thousands for hospice
        The Kelshaw Santa Dash raised £6,340 for St Brannoc's Hospice this year, organisers have announced. Runners in red suits and white beards made their way twice around the park, cheered on by the Kelshaw Town Band. Organiser Mel Trask thanked the businesses who sponsored the event and the volunteers who handed out mince pies at the finish.
        """),
    "N1": ("news", """
        Kelsham Santa Dash
        About 140 runners took part in Kelsham's first Santa Dash on Saturday, raising £3,900 for the town's food bank. The route followed the towpath from the Mill Race footbridge to the lock and back. Organisers said the event would return next year, with a shorter route for younger runners.
        """),
    "N2": ("newsletter", """
        Kelshaw Santa Dash: get your suit!
        We have ordered 300 Santa suits for this year's Dash, so sign up early. Entry is £12 for adults and £6 for children, including the suit. Our fundraising target is £8,000 for St Brannoc's Hospice. Start at 10am at the park gates; refreshments afterwards in the pavilion.
        """),
}, [
    "Sign-ups are open for the Kelshaw Santa Dash in aid of St Brannoc's Hospice.",
    "The Kelsham Santa Dash route has changed this year.",
], [
    dict(src="A", kind="how much",
         q="What total did Kelshaw's festive Santa run bring in for St Brannoc's?",
         a=["£6,340", "6,340"],
         ev="The Kelshaw Santa Dash raised £6,340 for St Brannoc's Hospice this year"),
    dict(src=None, kind="how many",
         q="How many people ran in the Kelshaw Santa Dash?",
         absent=["runners took part in the Kelshaw", "Kelshaw Santa Dash attracted"],
         together=[["Kelshaw", "took part"], ["Kelshaw", "runners took"], ["Kelshaw", "participants"],
                   ["Kelshaw", "finishers"], ["Kelshaw", "entrants"], ["Kelshaw", "people ran"],
                   ["Kelshaw", "starters"]]),
])

# ---------------------------------------------------------------- t35
topic("t35_merrow_players", {
    "A": ("encyclopedia", """
        About the Merrow Players
        The Merrow Players were founded in 1951 by Iris Kember, a schoolteacher who wanted to put on a Christmas play for the village. Seventy years on we stage three productions a year at the Merrow Institute, from farce to Shakespeare, and we are always looking for new members on and off stage. Rehearsals are on Monday and Thursday evenings.
        """),
    "N1": ("news", """
        Players' chairman honoured
        Neil Varga, chairman of the Merrow Players for the past twelve years, has been made an honorary life member of the society. He has directed twenty productions, acted in many more and, according to the programme notes, painted every set since 2009. He will step down at the annual meeting in June.
        """),
    "N2": ("news", """
        Youth theatre at 35
        Merrow Youth Theatre, founded in 1988 by the drama teacher Dee Amos, marked its 35th anniversary with a revue featuring former members who now work as professional actors, writers and stage managers. Ms Amos, now 77, watched from the front row.
        """),
}, [
    "The Merrow Players open their autumn comedy at the Merrow Institute on Thursday.",
    "Merrow Youth Theatre is holding auditions for its summer show.",
], [
    dict(src="A", kind="who",
         q="Who started the amateur drama society called the Merrow Players?",
         a=["Iris Kember", "Kember"],
         ev="The Merrow Players were founded in 1951 by Iris Kember"),
])

# ---------------------------------------------------------------- t36
topic("t36_halcyon_barista", {
    "A": ("product page", """
        Halcyon Barista Mini espresso machine
        Compact 15-bar pump machine for one or two cups, with a steam wand for milk and a removable 1.2-litre water tank. Heats up in 40 seconds. Available in cream, black and sage. RRP £249. Two-year guarantee. Dimensions 18 x 30 x 29 cm.
        Customers who bought this also bought: descaling tablets, milk jug.
        """),
    "N1": ("product page", """
        Halcyon Barista Pro espresso machine
        Our most capable home machine, with twin boilers so you can brew and steam at the same time, a built-in grinder with 30 settings and a PID temperature controller. Brushed steel finish. RRP £429. Three-year guarantee. Free delivery on orders over £50.
        """),
    "N2": ("listing", """
        Refurbished: Halcyon Barista Mini (black)
        Factory-refurbished espresso machine, fully tested, with new seals and a fresh steam wand. Minor cosmetic marks on the drip tray. Supplied with a 12-month warranty. Our price £179. Only four left in stock. Collection from our Wexcombe outlet or delivery for £6.95.
        """),
}, [
    "Halcyon's Barista Mini has been named a best buy by a consumer magazine.",
    "Halcyon is running free espresso tasting sessions at its Wexcombe outlet.",
], [
    dict(src="A", kind="how much",
         q="What does Halcyon ask for a brand-new Barista Mini coffee maker?",
         a=["£249", "249"],
         ev="RRP £249."),
])

# ---------------------------------------------------------------- t37
topic("t37_brackwater_wards", {
    "A": ("news", """
        Residents' candidate wins Brackwater East
        Fiona Grey of the Brackwater Residents' Association won the Brackwater East seat on the borough council on Thursday with 1,204 votes. Green Party candidate Paul Stead came second with 988. Turnout was 31 per cent. Ms Grey said her first priority would be the state of the pavements on Tollard Road.
        """),
    "N1": ("council notice", """
        Statement of persons nominated: Brackwater West by-election
        The following persons have been nominated as candidates for the Brackwater West ward of the borough council:
        HOLLIS, Dennis (Independent)
        NAIR, Kavita (Green Party)
        PRICE, Alun (Brackwater Residents' Association)
        Poll: Thursday 6 June, 7am to 10pm.
        """),
    "N2": ("news", """
        Lively hustings in Brackwater West
        About eighty people packed St Luke's hall on Tuesday to question the three candidates in the Brackwater West by-election. Independent Dennis Hollis, a former postmaster, drew the loudest applause for his promise to fight the closure of the branch library, while Kavita Nair spoke about flooding on the Leat.
        """),
}, [
    "Polling stations for the Brackwater West by-election open at 7am on Thursday.",
    "Brackwater East's councillor will hold a surgery at the library on Saturday.",
], [
    dict(src="A", kind="who",
         q="Who was voted in as councillor for Brackwater East?",
         a=["Fiona Grey"],
         ev="Fiona Grey of the Brackwater Residents' Association won the Brackwater East seat"),
    dict(src=None, kind="who",
         q="Who won the by-election in Brackwater West?",
         absent=["Brackwater West by-election result", "elected for Brackwater West"],
         together=[["Brackwater West", "elected"], ["Brackwater West", "won"], ["Brackwater West", "victory"],
                   ["Brackwater West", "wins"], ["Brackwater West", "new councillor"]]),
])

# ---------------------------------------------------------------- t38
topic("t38_hollinsworth_allotments", {
    "A": ("news", """
        Allotment waiting list grows
        Hollinsworth Allotment Society now has 86 names on its waiting list, secretary Bev Carney told the town council last week, and some applicants have been waiting more than four years. The society is asking the council to split larger plots in two and to look for land for a second site.
        """),
    "N1": ("encyclopedia", """
        Hollinsworth Allotment Society
        The society manages the Ropewalk allotments on the edge of Hollinsworth, which have 42 full-size plots, a shared shed and water troughs. Annual rent is £38 a plot, with a reduction for over-65s. Members can buy seed potatoes and compost at cost from the trading hut on Sunday mornings.
        """),
    "N2": ("newsletter", """
        Hollins allotments
        Hollins Parish Council's allotments at Church Lane currently have a waiting list of 12. Three plots are expected to fall vacant in the autumn. Please contact the clerk if you would like to add your name, and remember that plot holders must keep paths clear.
        """),
}, [
    "Hollinsworth Allotment Society's produce show is on Saturday.",
    "The Ropewalk allotments in Hollinsworth are holding a seed swap.",
], [
    dict(src="A", kind="how many",
         q="How many people are queuing for a plot with the Hollinsworth allotment group?",
         a=["86"],
         ev="Hollinsworth Allotment Society now has 86 names on its waiting list"),
])

# ---------------------------------------------------------------- t40
topic("t40_ostrey_road_station", {
    "A": ("encyclopedia", """
        Ostrey Road railway station
        Ostrey Road was a station on the Ember Valley line, about a mile east of Ostrey town centre. It closed to passengers on 5 March 1962, although goods trains continued to use the yard until 1967. The platforms were demolished in the 1970s, but the stationmaster's house survives as a private home beside the cycle path.
        """),
    "N1": ("encyclopedia", """
        Ostrey Central station
        Ostrey Central is the main railway station serving Ostrey. It opened in 1849 with the arrival of the main line and was rebuilt in 1901 with the present glass canopy. It has three platforms and a staffed ticket office open from 6am to 8pm, and is the busiest station in the county outside the city.
        """),
    "N2": ("news", """
        Campaign to bring trains back to Ostrey Road
        A campaign group wants trains to stop at Ostrey Road again, decades after passenger services were withdrawn. The Ember Valley Rail Users' Group says a new halt could serve the growing estates east of the town, and it has asked the county council to pay for a feasibility study.
        """),
}, [
    "The Ember Valley Rail Users' Group meets in Ostrey on Monday evening.",
    "A guided walk along the old Ember Valley line from Ostrey Road is planned.",
], [
    dict(src="A", kind="when",
         q="When did passenger trains stop calling at Ostrey Road?",
         a=["5 March 1962", "March 1962", "1962"],
         ev="It closed to passengers on 5 March 1962"),
])

# ---------------------------------------------------------------- t41
topic("t41_gullholm_terns", {
    "A": ("news", """
        Record year for Gullholm terns
        Wardens on Gullholm counted 412 pairs of Arctic terns nesting on the island this summer, the highest total since counts began. Common terns had a poorer season, and the puffin survey is still being analysed. The tern colony at the north end will stay roped off until the end of August, and visitors are asked to keep to the marked path.
        """),
    "N1": ("blog", """
        A day with the Gullholm wardens
        I spent a long day on Gullholm with the two wardens, ringing chicks and counting nests. The common terns are down to 58 pairs this year, probably because of the rats that got ashore in the spring. Wear a hat: the terns dive-bomb anyone who strays off the path, and they draw blood.
        """),
    "N2": ("news", """
        Stromay tern colony grows
        The Arctic tern colony on Stromay's west shore has grown to 230 pairs, the island's ranger service says, helped by a new fence that keeps sheep and dogs away from the nests. Rangers will give guided walks to the colony on Wednesday evenings in July.
        """),
}, [
    "Boat trips to see the seabirds on Gullholm start in May.",
    "The Gullholm wardens will give a talk on the island's seabirds at Tarrow Quay.",
], [
    dict(src="A", kind="how many",
         q="On Gullholm, how many Arctic tern pairs were found raising young?",
         a=["412"],
         ev="Wardens on Gullholm counted 412 pairs of Arctic terns nesting on the island this summer"),
])

# ---------------------------------------------------------------- t42
topic("t42_tidewick_darts", {
    "A": ("sports results", """
        Tidewick & District Darts League: final tables
        Premier Division champions: The Anchor 'A', who lost only two matches all season. Runners-up: Tidewick Cons Club. Highest checkout of the season: 161, by Les Warne of the Cons Club. Presentation night is at the Cons Club on 24 May, when trophies will be handed out by league president Alf Dunstan.
        """),
    "N1": ("news", """
        Ship Inn clinch Division One
        The Ship Inn have won Division One of the Tidewick & District Darts League with a game to spare, beating the Railway Tavern 6-3 on Thursday. Captain Dot Pengelly said the title was 'for the landlord, who has put up with us every Thursday'. Both the Ship and the Railway go up to the Premier Division.
        """),
    "N2": ("newsletter", """
        Tidewick darts: youth section
        The youth section of the Tidewick & District league, relaunched this season, has four teams: the Anchor Cubs, Ship Mates, Railway Rockets and the Scout Hut. Matches are played on Sunday afternoons with soft-tip boards and soft drinks only. Final tables will be published in the spring.
        """),
}, [
    "The Tidewick & District Darts League's presentation night is on Friday.",
    "The Ship Inn in Tidewick is hosting a charity darts marathon this weekend.",
], [
    dict(src="A", kind="which",
         q="Which pub side headed the top flight of the Tidewick darts league?",
         a=["The Anchor 'A'", "The Anchor", "Anchor 'A'"],
         ev="Premier Division champions: The Anchor 'A', who lost only two matches all season."),
    dict(src=None, kind="which",
         q="Which side came out on top in the junior section of the Tidewick darts league?",
         absent=["youth section champions", "junior section champions"],
         together=[["Tidewick", "youth", "champions"], ["Tidewick", "junior", "champions"],
                   ["Tidewick", "youth", "won"], ["Tidewick", "junior", "won"],
                   ["Tidewick", "youth", "winners"], ["Tidewick", "junior", "winners"],
                   ["Tidewick", "youth", "title"], ["Tidewick", "junior", "title"]]),
])

# ---------------------------------------------------------------- t43
topic("t43_pennant_coaches", {
    "A": ("encyclopedia", """
        Pennant Coaches
        Pennant Coaches is a family-run bus and coach operator based in Ludden Cross. The company was founded in 1946 by the brothers Idris and Gareth Pennant, with a single ex-army lorry converted to carry passengers. It now runs eleven local bus routes, including the 47, and a fleet of touring coaches.
        """),
    "N1": ("press release", """
        Pennant Travel celebrates 35 years
        Pennant Travel, the holiday-booking arm of the Ludden Cross bus firm, was established in 1989 and is marking its anniversary with a brochure of 35 special tours, from the Scottish islands to the Italian lakes. Managing director Carys Pennant said many customers had travelled with the firm for decades.
        """),
    "N2": ("news", """
        Pennant buys Greyline
        Pennant Coaches has bought its smaller rival Greyline Buses of Kelsham for an undisclosed sum, adding 14 vehicles and 22 drivers to its fleet. Greyline's routes will keep their current timetables until the spring, when they will be renumbered into the Pennant network.
        """),
}, [
    "Pennant Coaches is running a day trip to the coast on Bank Holiday Monday.",
    "Pennant Travel's new holiday brochure is out now.",
], [
    dict(src="A", kind="when",
         q="When did the Pennant family's bus operation get going?",
         a=["1946"],
         ev="The company was founded in 1946 by the brothers Idris and Gareth Pennant"),
])

# ---------------------------------------------------------------- t44
topic("t44_ledgerly", {
    "A": ("product page", """
        Ledgerly 4.2 release notes
        What's new: automatic bank feeds for more than 40 UK banks, so transactions appear in Ledgerly without importing statements. Also in this release: faster VAT return preparation, a dark mode, and fixes for invoice numbering. Ledgerly 4.2 is a free update for all desktop licence holders and installs automatically.
        """),
    "N1": ("product page", """
        Ledgerly 4.1 release notes
        New in this version: snap a receipt with your phone and Ledgerly will read the date, supplier and amount for you. We have also added profit-and-loss comparisons by month and improved backup reminders. Bank feeds are on our roadmap and are coming in a future update.
        """),
    "N2": ("review", """
        Ledgerly Mobile 2.0 reviewed
        The phone companion to Ledgerly's desktop accounts software gets a welcome redesign in version 2.0. You can now approve bank feed transactions, chase unpaid invoices and photograph receipts from one screen. It still cannot file a VAT return on its own, but for sole traders on the move it is excellent.
        """),
}, [
    "Ledgerly is running free webinars on preparing VAT returns.",
    "The makers of Ledgerly have moved into new offices in Ostrey.",
], [
    dict(src="A", kind="which",
         q="In which Ledgerly desktop release did transactions start arriving straight from the bank?",
         a=["Ledgerly 4.2", "4.2"],
         ev="Ledgerly 4.2 release notes"),
])

# ---------------------------------------------------------------- t46
topic("t46_carrowby_show_dogs", {
    "A": ("news", """
        Carrowby Show: Pip the terrier steals the show
        Best in Show at this year's Carrowby Agricultural Show went to Pip, a Border terrier owned by Marian Hale of Keswold. Reserve Best in Show was a whippet, Sable, shown by Tony Ashdown. Judge Clare Benning said Pip had 'the perfect terrier attitude'. More than 300 dogs were entered across the day.
        """),
    "N1": ("news", """
        Puppy prize for Biscuit
        Best Puppy in Show at the Carrowby Agricultural Show went to a seven-month-old golden retriever, Biscuit, owned by the Tull family of Marlby. It was Biscuit's first show, and he celebrated by eating a rosette. The family say he will now be entered at county level.
        """),
    "N2": ("blog", """
        Show season diary
        Last year's Carrowby Agricultural Show was a wet one, and I still remember the Labrador, Duke, who took Best in Show shaking muddy water over the judge. This year I am showing my own spaniel for the first time, so wish us luck, and I will report back on how we get on.
        """),
}, [
    "Carrowby Agricultural Show's dog classes take entries on the day.",
    "The Carrowby Agricultural Show is on the second Saturday in August.",
], [
    dict(src="A", kind="what",
         q="What breed was the dog judged the overall champion at the Carrowby Agricultural Show?",
         a=["Border terrier"],
         ev="Best in Show at this year's Carrowby Agricultural Show went to Pip, a Border terrier owned by Marian Hale of Keswold."),
])

# ---------------------------------------------------------------- t47
topic("t47_sallow_lifeboat", {
    "A": ("encyclopedia", """
        Sallow Bay Lifeboat Station
        The volunteer crew at Sallow Bay operate two boats. The all-weather lifeboat Margaret Ellen has been on station since 2016, launching down the slipway beside the harbour; she was paid for largely by a legacy from a retired teacher in Fallowmere. The inshore lifeboat, kept in the boathouse on the beach, is used for calls close to the cliffs.
        """),
    "N1": ("news", """
        New inshore lifeboat named
        Sallow Bay's new inshore lifeboat was named Spirit of Harlaw at a ceremony on Sunday, after the Harlaw fundraisers who raised most of the £95,000 cost. The small rigid boat replaces one that had been in service for ten years and will be crewed by three volunteers.
        """),
    "N2": ("blog", """
        Remembering the Duke of Tarn
        For twenty-six years the Duke of Tarn was Sallow Bay's all-weather lifeboat, until she was retired in 2016 and sold to a museum on the east coast. My grandfather crewed her in the great storm of 1997, and he still talks about the night they brought eleven fishermen home.
        """),
}, [
    "Sallow Bay lifeboat crew hold their open day on Sunday.",
    "The Sallow Bay lifeboat station is recruiting shore crew.",
], [
    dict(src="A", kind="what",
         q="What is the bigger, all-weather rescue boat at Sallow Bay called?",
         a=["Margaret Ellen"],
         ev="The all-weather lifeboat Margaret Ellen has been on station since 2016"),
])
