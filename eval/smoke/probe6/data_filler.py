"""Padding pools and unrelated filler passages (all invented)."""

POOLS = {
    "generic": [
        "The announcement was made at a short press briefing.",
        "Organisers said they had learned lessons from previous years.",
        "Questions from the public can be submitted through the council website.",
        "A follow-up report is expected later in the season.",
        "Some of the details were confirmed only after publication.",
        "Not everyone was convinced, judging by the letters page.",
        "Further details are expected to be published on the organisers' website in the coming days.",
        "Local residents had mixed feelings, according to a straw poll by the community newsletter.",
        "The story was first reported by a regional radio station.",
        "Photographs from the day have been shared widely on social media.",
        "A spokesperson said the figures would be reviewed before the end of the year.",
        "This article has been updated with additional information.",
        "Readers are invited to send their own memories and photographs.",
        "Parking in the area is limited, and visitors are encouraged to use public transport.",
        "Volunteers say they are always looking for new members.",
        "The weather stayed dry for most of the afternoon.",
    ],
    "film": [
        "The film is available to rent on several streaming platforms.",
        "Critics were divided, though audiences were generally enthusiastic.",
        "The score, mostly solo cello, has been released separately.",
        "Much of the production was shot on location during a harsh winter.",
        "The running time has been trimmed since the festival premiere.",
        "Casting was announced in stages over the course of a year.",
        "A director's commentary is included on the home release.",
    ],
    "game": [
        "A patch released after launch fixed several save-file bugs.",
        "The soundtrack is available on vinyl.",
        "Reviewers praised the art direction but disagreed about the difficulty.",
        "The game supports controller and keyboard play.",
        "An expansion has been rumoured but not confirmed.",
        "Speedrunners have already found several shortcuts.",
        "Modding tools were released a few months after launch.",
        "The studio has been open about the difficulties of its development.",
        "A free demo is available for those who want to try before buying.",
    ],
    "book": [
        "The paperback edition includes an interview with the author.",
        "Translation rights have been sold in several countries.",
        "An audiobook version is narrated by a well-known stage actor.",
        "The novel was a slow seller at first but grew through word of mouth.",
        "Many readers have noted the unusual structure of the final chapter.",
    ],
    "music": [
        "Tickets for the tour sold out within hours.",
        "The band's drummer left shortly after the recording sessions.",
        "The record was mastered at a small studio on the coast.",
        "Several songs were first played live years before they were recorded.",
        "Streaming numbers have grown steadily since release.",
        "Merchandise queues stretched around the building before the doors opened.",
        "The support act played a short but well-received set.",
    ],
    "tech": [
        "Battery performance will vary depending on usage.",
        "The manufacturer offers a two-year warranty as standard.",
        "Firmware updates are delivered over the air.",
        "Stock was limited in the first weeks after launch.",
        "Independent repair shops say parts are still hard to find.",
        "Several reviewers published benchmark results within days.",
        "Prices may vary by region and retailer.",
        "The company did not respond to a request for comment on sales figures.",
        "Security updates will be provided for at least five years.",
        "Early adopters have reported a handful of minor bugs.",
        "A detailed specification sheet is available on the manufacturer's site.",
        "Availability outside the home market has not been confirmed.",
        "Reviewers noted that the accessories are sold separately.",
    ],
    "forum": [
        "Curious if anyone else feels the same.",
        "Long time reader, occasional poster.",
        "Might be wrong about some of this, it's from memory.",
        "Anyway, back to work.",
        "Anyway, just my two cents.",
        "Edit: fixed a typo.",
        "Happy to be corrected if anyone knows better.",
        "Would be good to hear from anyone who has had the same experience.",
        "Thanks in advance for any replies.",
        "Not trying to start an argument, genuinely curious what people think.",
        "Sorry for the long post, I had a lot to get off my chest.",
        "Posting from my phone so excuse the formatting.",
        "I've been lurking here for years but this is my first post.",
        "Will report back if I find out more.",
        "Mods, move this if it's in the wrong section.",
    ],
    "infra": [
        "The contractor said the work had been completed safely.",
        "Planning permission was granted after a lengthy public inquiry.",
        "Cyclists have asked for better connections at both ends.",
        "The scheme was first proposed more than twenty years ago.",
        "The project was part-funded by a national infrastructure grant.",
        "Traffic counts will be published after the first year of operation.",
        "Residents living nearby complained about construction noise for months.",
        "An exhibition about the project's history is on display at the town hall.",
        "Accessibility campaigners welcomed the step-free access.",
        "Maintenance contracts have been awarded for the first ten years.",
        "Local businesses hope the project will bring more visitors to the area.",
        "Engineers carried out load tests before the public was allowed in.",
    ],
}

FILLERS = [
    """Slow-cooked lentil soup

This is the soup I make every week in winter. Fry one chopped onion, two carrots and a stick of celery in olive oil until soft, then add two cloves of garlic and a teaspoon of smoked paprika. Stir in 250 g of red lentils, a tin of chopped tomatoes and a litre and a half of stock. Simmer for forty minutes, season well, and finish with a squeeze of lemon. It freezes well, and it is even better the next day. Serve with crusty bread and a spoonful of yoghurt.""",
    """Pruning roses in late winter

The best time to prune most shrub roses is late winter, just as the buds begin to swell. Start by removing dead, damaged and crossing stems, then cut the remaining stems back by about a third to an outward-facing bud. Use clean, sharp secateurs and make sloping cuts so that rain runs off. Climbers need a different approach: tie in the long flexible stems horizontally and shorten the side shoots. Finish with a mulch of well-rotted manure around the base, keeping it away from the stems.""",
    """Why does my cat knead blankets?

Kneading, the rhythmic pushing of the front paws, is a behaviour kittens use while nursing, and many adult cats keep doing it when they feel relaxed and safe. Some cats purr or drool at the same time. It can also be a way of marking territory, since cats have scent glands in their paws. If the claws are a problem, keep them trimmed and put a thick blanket on your lap. There is no need to discourage the behaviour itself, which is a sign of contentment.""",
    """Weekend weather outlook

A band of rain will move in from the west on Friday evening, clearing by Saturday lunchtime to leave bright spells and scattered showers. Temperatures will be close to average for the time of year, reaching around 14 degrees in the afternoon. Sunday looks drier and calmer, though mist and fog may be slow to clear in sheltered valleys. Winds will be fresh near the coast. Looking further ahead, there are signs of a colder spell developing towards the end of next week.""",
    """How to bleed a radiator

If a radiator is cold at the top but warm at the bottom, it probably has air trapped inside. Turn the heating off and let the radiators cool. Put a cloth under the valve at the top corner, then use a radiator key to open it a quarter turn. You will hear a hiss as the air escapes; close the valve as soon as water starts to appear. Check the pressure gauge on your boiler afterwards, because bleeding radiators can lower it, and top up if necessary.""",
    """Three days in the hill towns

We spent three days walking between the hill towns, carrying only a small rucksack each. The first day was the hardest, a long climb through chestnut woods with very little shade. The guesthouses were simple but spotless, and dinner was always whatever the owner had cooked that day. On the third morning we woke to fog filling the valley below us, with only the church towers poking through. Bring good shoes, cash for the smaller villages, and a phrasebook; English is not widely spoken.""",
    """Notice: road resurfacing

Resurfacing work will take place on Station Road between the junctions with Mill Lane and the High Street. The road will be closed to through traffic between 8pm and 6am for two weeks. Access for residents and emergency vehicles will be maintained at all times. Bus services will be diverted via Park Avenue, and temporary stops will be signed. We apologise for any inconvenience and thank residents for their patience. Questions can be directed to the highways team by phone or email.""",
    """A short history of the village pump

Until piped water arrived in the 1930s, most households in the village drew their water from the cast-iron pump on the green. It was installed in 1862, paid for by a public subscription, and replaced an older wooden pump that regularly froze in winter. The pump was restored by volunteers in the 1990s and, although it no longer works, it remains a popular spot for photographs. A plaque records the names of the families who contributed to the original subscription.""",
    """School newsletter — spring term

It has been a busy term. Year 5 visited the science museum and came back full of questions about magnets. The choir performed at the care home on the hill, and the residents have asked them to come back in the summer. Please remember that the school will close early on the last Friday of term. Lost property will be donated to charity if it is not collected by then. Thank you to all the parents who helped at the book fair, which raised enough money for new library shelves.""",
    """What is a tidally locked planet?

A planet is tidally locked when it rotates exactly once for every orbit around its star, so that one side always faces the star and the other always faces away. The Moon is tidally locked to the Earth, which is why we always see the same face. Planets orbiting close to small, cool stars are expected to be locked in this way. Whether such worlds could support life is debated: the day side may be too hot and the night side too cold, but a band in between might be temperate.""",
    """Choosing a first telescope

For a beginner, a small reflector on a simple altazimuth mount is often the best choice. It gathers plenty of light, is easy to set up, and does not need aligning to the pole. Avoid cheap telescopes advertised by their magnification; what matters is the aperture. Join a local astronomy society if you can, since members are usually happy to let you look through their instruments before you buy. And be patient: the Moon and planets are easy targets, but faint galaxies take practice.""",
    """Repairing a dripping tap

Most dripping taps are caused by a worn washer or a damaged cartridge. Turn off the water supply under the sink, then open the tap to drain the remaining water. Remove the handle, which may be held by a small screw under a decorative cap, and unscrew the valve. Take the old washer to a hardware shop so you can match the size. Reassemble everything in reverse order and turn the water back on slowly. If the drip continues, the valve seat may need regrinding.""",
    """Sourdough starter troubleshooting

If your starter smells strongly of nail-polish remover, it is hungry: feed it more often or use a larger ratio of fresh flour. A layer of grey liquid on top is harmless and can be poured off or stirred back in. If the starter is slow to rise, move it somewhere warmer. Pink or orange streaks, on the other hand, mean it has been contaminated and should be thrown away. Most problems can be fixed within a few days of regular feeding.""",
    """Birdwatching on the estuary in winter

Winter is the best season for birds on the estuary. Thousands of waders gather on the mudflats at low tide, and as the water rises they are pushed closer to the sea wall, where they can be watched from the footpath. Look out for the dense flocks of knot twisting in the air, and for the lone heron standing in the creeks. Bring binoculars, a warm hat and a tide table, and keep dogs on a lead to avoid disturbing roosting birds.""",
    """Minutes of the allotment association meeting

Present: twelve members. The treasurer reported that water charges had increased by eight percent. It was agreed that the annual subscription would rise slightly to cover the difference. The secretary reminded members that plots must be kept cultivated and that bonfires are only permitted on weekday evenings. The seed swap will take place in March. A working party to repair the boundary fence was arranged for the first Saturday of next month. The meeting closed at nine.""",
    """Learning to knit: casting on

The simplest way to start is the long-tail cast-on. Leave a tail of yarn about three times the width of the piece you want to knit, make a slip knot, and place it on the needle. Loop the yarn over your thumb and forefinger, then scoop the needle under the thumb strand and over the finger strand, pulling it through. Repeat until you have enough stitches. Keep the tension even, but not tight; beginners almost always cast on too tightly, which makes the first row hard to knit.""",
    """Why do leaves change colour in autumn?

Leaves are green because of chlorophyll, which the tree uses to make food from sunlight. As days shorten, trees stop producing chlorophyll and it breaks down, revealing yellow and orange pigments that were there all along. Some trees also produce red pigments in autumn, especially after sunny days and cool nights. That is why autumn colour varies so much from year to year. Eventually a layer of cells forms at the base of each leaf stalk and the leaf falls.""",
    """Canal boat holidays for beginners

You do not need a licence to hire a narrowboat, and the hire company will give you a lesson before you set off. Speeds are low, usually no more than walking pace, and locks are the only real challenge. Work as a team, take your time, and never leave a lock gate half-open. Most people find that they cover far less distance than they planned, which is part of the charm. Moor up near a pub in the evening and enjoy the quiet.""",
    """Looking after cast-iron pans

Cast iron lasts for generations if you look after it. Wash it with hot water and a brush, using a little soap if you need to; the old rule about never using soap dates from when soap contained lye. Dry the pan thoroughly on the hob, then wipe a thin layer of oil over the surface while it is still warm. If rust appears, scrub it off with steel wool and re-season the pan in the oven. Avoid soaking it in water or putting it in the dishwasher.""",
    """Community choir seeks tenors

Our community choir meets every Tuesday evening in the church hall and is looking for new members, especially tenors and basses. No auditions are required and you do not need to read music. We sing everything from folk songs to gospel and perform two concerts a year. The first session is free; after that the cost is a small termly fee to cover the pianist and the hire of the hall. Come along, bring a bottle of water, and be prepared to enjoy yourself.""",
]

FILLERS += [
    """Five tips for a tidier shed

Start by taking everything out and sorting it into three piles: keep, give away and throw away. Fit a pegboard to one wall for hand tools and draw around each tool so you know where it goes back. Store seeds and fertiliser in sealed tubs to keep mice out. Use the space above the door for long items such as canes and poles. Finally, put a small bin by the door so rubbish does not pile up again. An hour a season keeps it under control.""",
    """Volunteer litter pick this Saturday

Join us at the park gates at ten on Saturday morning for our monthly litter pick. Gloves, bags and grabbers are provided, and children are welcome if accompanied by an adult. Last month we collected twenty-three bags of rubbish, including a surprising number of shopping trolleys from the pond. Hot drinks and biscuits will be served afterwards at the bandstand. If it rains heavily we will postpone by a week; check the noticeboard for updates.""",
    """The humble paperclip

The modern paperclip, with its double oval loop, became common in offices in the early twentieth century, though several inventors had patented similar designs before that. Its success lies in the springiness of steel wire, which lets it grip sheets without tearing them. Billions are made every year. Many end up used for everything except holding paper: resetting electronics, cleaning small holes, or unlocking a phone's SIM tray. Few everyday objects have been so widely adapted.""",
    """Ask the vet: is chocolate really dangerous for dogs?

Yes. Chocolate contains theobromine, which dogs break down much more slowly than people do. Dark chocolate and baking chocolate contain the most, so a small amount can make a small dog seriously ill. Symptoms include vomiting, restlessness and a racing heart. If your dog has eaten chocolate, call your vet straight away and tell them the type and amount. Do not wait for symptoms to appear. Keep advent calendars and Easter eggs well out of reach.""",
    """Beginner's guide to bouldering

Bouldering is climbing on short walls without ropes, with thick mats to land on. Routes, known as problems, are graded by difficulty and marked with coloured holds. Start on the easiest grades and focus on using your legs rather than pulling with your arms. Climb down rather than jumping whenever you can, and always check the landing zone is clear. Most walls rent shoes, and a chalk bag helps with grip. Expect sore forearms after your first few sessions.""",
    """Parish council notes

The parish council discussed the condition of the footpath between the church and the school, which floods after heavy rain. The clerk will contact the county highways department to request repairs. A resident raised concerns about speeding on the main road; the council agreed to apply for a temporary speed indicator sign. The Christmas lights committee reported that fundraising was on track. The next meeting will be held in the village hall on the second Monday of next month.""",
    """Making marmalade

Seville oranges are only in the shops for a few weeks in January, so marmalade makers have to act quickly. Halve the oranges, squeeze the juice, and scoop out the pips and pith, tying them in muslin. Shred the peel as finely or thickly as you like and simmer it in water with the muslin bag for two hours. Add warmed sugar, stir until dissolved, and boil hard until setting point is reached. Pot into sterilised jars while hot and seal straight away.""",
    """How long should a mattress last?

Most mattresses last between seven and ten years, although this depends on the quality of the materials and how they are used. Signs that it is time for a new one include sagging, lumps, and waking up stiff or tired. Turning or rotating the mattress every few months helps it wear evenly. A protector will keep it clean. When you buy a new one, try to lie on it in the shop for at least ten minutes in your usual sleeping position.""",
    """Cycling the old railway path

The old railway line between the two market towns has been turned into a traffic-free path, ideal for families. The surface is compacted gravel, fine for most bikes, and the gradient is gentle throughout. Highlights include a restored station platform, a long viaduct with views over the river, and a short unlit tunnel, so bring a light. There are cafes at both ends and picnic benches along the way. Allow about two hours each way at a relaxed pace.""",
    """Understanding your energy bill

Your bill is made up of two main parts: the standing charge, which you pay every day regardless of how much energy you use, and the unit rate, which is charged for each kilowatt-hour. Check whether your bill is based on an actual meter reading or an estimate; estimates can be far out. Submitting regular readings keeps bills accurate. If you are struggling to pay, contact your supplier early, as they are required to offer payment plans.""",
    """Keeping chickens in the garden

Three or four hens are enough for most families and will provide plenty of eggs in spring and summer. They need a secure coop, protected from foxes, with a nest box and a perch, plus an outdoor run. Feed them layers' pellets and fresh water every day, and give them grit to help them digest. Clean the coop weekly. Hens are sociable and surprisingly entertaining, but remember that they may live for eight years or more and lay less as they get older.""",
    """A walk around the old harbour

Start at the lifeboat station and follow the harbour wall past the fish market, where the morning's catch is auctioned at dawn. The row of painted cottages on the quay once housed pilots who guided ships through the sandbanks. At the end of the pier there is a small lighthouse, no longer in use, and a bench with wide views of the bay. Return through the narrow lanes behind the harbour, where you will find a bakery famous for its saffron buns.""",
    """Houseplants that tolerate low light

Not every room has a bright window, but several houseplants cope well with shade. Snake plants and ZZ plants need very little attention and can go weeks without water. Pothos trails attractively from shelves and grows quickly. Peace lilies will even flower in quite dim conditions, and droop dramatically to tell you when they are thirsty. Avoid overwatering, which is the most common way to kill indoor plants; in low light, soil stays wet for much longer.""",
    """Museum late opening

The town museum will stay open until nine on the first Thursday of every month from now on. Late openings will include short talks by curators, handling sessions with objects from the stores, and music in the courtyard when the weather allows. Entry remains free, though donations are welcome. The cafe will serve light meals until eight. The museum's new gallery on the history of the wool trade opens next month, with loans from several private collections.""",
    """What to do if you find a baby bird

Most baby birds found on the ground in spring are fledglings, which have feathers and are learning to fly. Their parents are usually nearby and still feeding them, so the best thing to do is leave them alone and keep pets indoors. If the bird is in immediate danger, move it to a nearby bush. A bird with few or no feathers is a nestling and may have fallen from the nest; if you can see the nest, you can carefully put it back.""",
    """Book sale at the community centre

The annual book sale returns to the community centre next weekend, with thousands of second-hand books, records and jigsaw puzzles on offer. All proceeds go to the centre's roof repair fund. Donations can be dropped off during opening hours until Wednesday; please no encyclopaedias or damaged books. Doors open at nine on Saturday, and regulars are advised to come early, as the best bargains go quickly. Everything left on Sunday afternoon will be sold at half price.""",
    """Sharpening kitchen knives at home

A whetstone gives the best edge. Soak it if it is a water stone, then hold the knife at a consistent angle of about fifteen to twenty degrees and draw the blade across the stone from heel to tip. Work on one side until you can feel a slight burr along the edge, then switch sides. Finish on a finer grit and strop gently on newspaper or leather. A honing steel between sharpenings keeps the edge aligned but does not remove metal.""",
    """Tips for a successful car boot sale

Arrive early to get a good pitch and bring a table, a float of coins, and plenty of carrier bags. Price items clearly or be ready to haggle; most buyers expect to. Group similar things together and put eye-catching items at the front. Children's toys and tools sell well, while large furniture rarely does. Keep your cash in a money belt rather than a tin. And take anything that does not sell straight to a charity shop on the way home.""",
    """Frost warning for gardeners

Clear skies tonight mean a risk of a ground frost in rural areas, even though it is late in the season. Gardeners are advised to cover tender plants such as dahlias and tomatoes with fleece, or move pots into a greenhouse or shed. Water plants in the morning rather than the evening, since wet soil is more likely to freeze. The risk should pass by the weekend as milder, cloudier weather arrives from the south-west.""",
    """Learning a language as an adult

Adults can learn languages perfectly well; they simply learn differently from children. Short, regular practice beats long sessions once a week. Listening to podcasts, labelling objects around the house and speaking aloud, even to yourself, all help. Do not worry too much about mistakes, which are a normal part of the process. Find a conversation partner as soon as you can, whether through a local club or online. After a few months you will be surprised how much you understand.""",
]

POOLS["filler"] = [
    "Let us know in the comments how you get on.",
    "This post was originally written for our members' newsletter.",
    "Share this with anyone who might find it useful.",
    "We will cover this in more detail in a future post.",
    "As always, if in doubt, ask someone with more experience.",
    "Thanks to everyone who wrote in with suggestions last time.",
    "Some of these tips were sent in by readers.",
    "It is easier than it sounds, honestly.",
]

POOLS["wiki"] = [
    "This article may need additional citations for verification.",
    "Records from the earliest years are incomplete.",
    "Some sources give different figures for the early years.",
    "Statistics are updated at the end of each season.",
    "See also: list of notable participants.",
    "The records are maintained by the organising committee.",
    "This page was last edited by a volunteer contributor.",
]
POOLS["preview"] = [
    "Tickets are still available from the official website.",
    "Live coverage begins early in the morning.",
    "Forecasters expect mild, dry conditions.",
    "Organisers have warned of road closures around the venue.",
    "Full details are in the official programme.",
    "Public transport will run extra services on the day.",
    "Accreditation for media closes next week.",
    "Local hotels report that they are almost fully booked.",
]
