"""Hand-written topics 16-30 for the probe22 evaluation set (all invented)."""

TOPICS_B = [
    {
        "id": "harrier_line",
        "domain": "music",
        "passages": {
            "a": ("review", """\
The Harrier Line - Paper Lanterns (album review)
Reviewed by Gus Marchetti | Hollow Pine Records | 4 stars

The Harrier Line's third album is their quietest and, by some distance, their best. Recorded over a fortnight in a converted chapel and produced by Wendell Ames, Paper Lanterns trades the big choruses of their earlier records for close harmonies, brushed drums and a lot of space.

Opener "Slipway" sets the tone: a single guitar, two voices, and a melody that takes its time. "Orchard Gate" is the nearest thing to a single, and the closing title track builds so slowly you barely notice it has become enormous.

Paper Lanterns is out now on Hollow Pine Records on vinyl, CD and streaming."""),
            "b": ("encyclopedia entry", """\
Paper Lanterns (Juno Sallis song)
"Paper Lanterns" is a song by singer-songwriter Juno Sallis, released as a single on Brightwater Sound in April 2020. It reached the top 40 of the national download chart and was later included on her second album, Weather Vane.

The song was written after a power cut in Sallis's village, when neighbours hung lanterns along the lane. The video was filmed on a single night with a crew of four.

Not to be confused with Paper Lanterns, the 2022 album by The Harrier Line."""),
            "c": ("encyclopedia entry", """\
The Harrier Line
The Harrier Line are a four-piece indie folk band formed in Dunmere in 2011 by siblings Cass and Rob Tennant with school friends Imogen Fry and Dev Kalra.

Their debut album, Low Country Hymns (2015), was produced by Saul Ferrante and released on the band's own label. A second album, Northbound Static, followed in 2018 after two years of near-constant touring. A third album, Paper Lanterns, was released in 2022.

The band are known for playing unamplified encores in the middle of the crowd.

Discography: Low Country Hymns (2015); Northbound Static (2018); Paper Lanterns (2022)."""),
        },
        "mentions": [
            "The Harrier Line play a hometown show at Dunmere's Assembly Rooms in December.",
            "Juno Sallis has announced a run of acoustic dates in small venues.",
            "Cass Tennant of The Harrier Line is judging a young songwriters' competition.",
            "Independent label Brightwater Sound celebrates ten years with a compilation.",
        ],
        "questions": [
            {"q": "Which label released The Harrier Line's album Paper Lanterns?",
             "a": ["Hollow Pine Records", "Hollow Pine"], "src": ["a"],
             "ev": "Paper Lanterns is out now on Hollow Pine Records", "nm": ["b", "c"], "kind": "which"},
            {"q": "Who produced The Harrier Line's second album, Northbound Static?",
             "a": [], "src": [], "nm": ["a", "c"], "kind": "who",
             "absent": ["produced Northbound Static", "Northbound Static was produced", "Northbound Static, produced"]},
        ],
    },
    {
        "id": "saltmarsh_requiem",
        "domain": "film, games, books",
        "passages": {
            "a": ("encyclopedia entry", """\
Saltmarsh Requiem (film)
This article is about the 2016 film. For the video game, see Saltmarsh Requiem (video game). For the novel, see Saltmarsh Requiem (novel).

Saltmarsh Requiem is a 2016 mystery drama film directed by Benedikt Soames and starring Carys Vantongeren as a lock-keeper who finds a drowned stranger in the sluice on the night of a spring tide. It is loosely based on the 2009 novel of the same name by Maren Coldwell.

The film was shot on location around Mossbeck over seven weeks in the autumn of 2015. It premiered at a festival in Lisketh and received mixed reviews; critics praised Vantongeren's performance and the cinematography but found the final act rushed.

It earned a nomination for best first feature at the regional film awards."""),
            "b": ("encyclopedia entry", """\
Saltmarsh Requiem (video game)
Not to be confused with the 2016 film.

Saltmarsh Requiem is a 2019 narrative adventure game developed by Lowtide Interactive and published by Corbel Games. The player controls a tide-gauge surveyor investigating disappearances in a fenland village.

The creative director was Sana Idris; the soundtrack was composed by Corwin Pell and released separately on vinyl. The game borrows its title, but not its story, from Maren Coldwell's novel.

Reception was positive, with reviewers singling out the writing and sound design. A port for handheld consoles followed in 2021."""),
            "c": ("encyclopedia entry", """\
Saltmarsh Requiem (novel)
Saltmarsh Requiem is a 2009 novel by Maren Coldwell, published by Ashgrove Press. Set in a drained-marsh parish during a single winter, it follows a lock-keeper, her estranged brother and a visiting curate.

The novel was longlisted for several awards and has been translated into eleven languages. Coldwell has said the title came from a brass band piece she heard as a child.

Adaptations: a film version was released in 2016, and a 2019 video game uses the title but tells an unrelated story."""),
        },
        "mentions": [
            "Maren Coldwell is the guest at Mossbeck library's book club this month.",
            "The studio behind the Saltmarsh Requiem game is hiring a narrative designer.",
            "A screening of Saltmarsh Requiem with a live score is planned at the Lisketh arts centre.",
            "Corbel Games has announced a new publishing label for small studios.",
        ],
        "questions": [
            {"q": "Who directed the film Saltmarsh Requiem?",
             "a": ["Benedikt Soames", "Soames"], "src": ["a"],
             "ev": "directed by Benedikt Soames", "nm": ["b", "c"], "kind": "who"},
            {"q": "which studio made the saltmarsh requiem video game",
             "a": ["Lowtide Interactive", "Lowtide"], "src": ["b"],
             "ev": "developed by Lowtide Interactive", "nm": ["a", "c"], "kind": "which"},
            {"q": "Who composed the score for the 2016 film Saltmarsh Requiem?",
             "a": [], "src": [], "nm": ["a", "b"], "kind": "who",
             "absent": ["film's score", "score for the film", "film score was composed"]},
        ],
    },
    {
        "id": "merrow_queen",
        "domain": "ships",
        "passages": {
            "a": ("encyclopedia entry", """\
Merrow Queen (ship)
For other uses, see Merrow Queen (disambiguation).

MV Merrow Queen is a roll-on/roll-off passenger ferry built in 1987 by Skellan & Rudd at their yard in Port Aske for the Marrick and Islands Steam Packet Company.

History
She entered service on the Marrick Bay to Tey Island crossing in the spring of 1988 and remained on the route until 2004, when she was replaced by a smaller vessel. She was then chartered for summer island services before being laid up in 2016.

Specifications
Gross tonnage: 3,410
Length: 88 m
Capacity: 600 passengers, 90 cars"""),
            "b": ("encyclopedia entry", """\
Merrow Queen (band)
Merrow Queen were a folk-rock band from Olsby, active from 1994 to 2003. The band took its name from the ferry on which two of its members worked as deckhands during school holidays.

They released two albums, Salt on the Glass (1997) and Long Night Crossing (2001), and were a fixture of the coastal festival circuit. Singer Nell Carrick later worked as a music teacher in Marrick Bay.

The band reunited for a single charity concert in 2015."""),
            "c": ("encyclopedia entry", """\
Merrow Queen (horse)
Merrow Queen (foaled 2009) is a retired racehorse best known for winning the Coldharbour Chase in 2015, ridden by Danny Fawley.

She was owned by the Fenwold Friends syndicate, a group of twelve former colleagues from a local bus depot, and ran 23 times, winning seven races. She was retired in 2017 after a tendon injury and now lives at a farm near Rundell.

Her dam, Harbour Light, was also a winner over fences."""),
        },
        "mentions": [
            "A model of the ferry Merrow Queen goes on display at the Marrick Bay maritime museum.",
            "Former Merrow Queen singer Nell Carrick leads a community choir in Marrick Bay.",
            "The Coldharbour Chase will be run on a new date this year.",
            "The Fenwold Friends syndicate is looking for a new horse to share.",
        ],
        "questions": [
            {"q": "Where was the ship Merrow Queen built?",
             "a": ["Port Aske"], "src": ["a"], "ev": "at their yard in Port Aske",
             "nm": ["b", "c"], "kind": "where"},
            {"q": "Who trained the racehorse Merrow Queen?",
             "a": [], "src": [], "nm": ["a", "b", "c"], "kind": "who",
             "absent": ["trained Merrow Queen", "Merrow Queen was trained", "trainer of Merrow Queen"]},
        ],
    },
    {
        "id": "tarrow_miu",
        "domain": "health services",
        "passages": {
            "a": ("FAQ", """\
Tarrow Community Hospital - Minor Injuries Unit: your questions answered
Updated 1 March 2024

When is the minor injuries unit open?
From 1 March 2024 the unit is open Monday to Friday from 8am to 9.30pm, and on Saturdays, Sundays and bank holidays from 9am to 5pm.

What can you treat?
Cuts and grazes, sprains and suspected broken bones in arms and legs, minor burns and scalds, minor head injuries without loss of consciousness, and insect bites.

Is X-ray available?
Yes, between 9am and 5pm on weekdays only.

What should I do for chest pain or breathing problems?
Call the emergency number straight away. The unit cannot treat these conditions."""),
            "b": ("listing", """\
Tarrowby Medical Centre - opening times
Tarrowby Medical Centre, 12 Quarry Road, Tarrowby

Monday to Friday: 8am to 6.30pm
Extended hours: Tuesday and Thursday until 8pm (pre-booked appointments only)
Weekends: closed - call the out-of-hours service

Repeat prescriptions take two working days. Please note that Tarrowby Medical Centre is a GP surgery and does not have a minor injuries service; the nearest unit is at Tarrow Community Hospital."""),
            "c": ("notice", """\
Temporary change to minor injuries opening hours this winter
Tarrow Community Hospital | 21 November 2022

Because of staff shortages, the minor injuries unit at Tarrow Community Hospital will open from 8am to 6pm on weekdays and will be closed at weekends from 28 November until further notice.

We are sorry for the inconvenience. Patients who need urgent care outside these hours should use the urgent care centre at Lisketh General Hospital. We will review the hours at the end of February."""),
        },
        "mentions": [
            "Tarrow Community Hospital's League of Friends has bought a new bladder scanner.",
            "Tarrowby Medical Centre is offering flu jabs on Saturday mornings this autumn.",
            "Volunteer drivers are needed to take patients to Tarrow Community Hospital.",
            "The urgent care centre at Lisketh General Hospital is moving to a new entrance.",
        ],
        "questions": [
            {"q": "What time does the MIU at Tarrow Community Hosptial close on weekdays?",
             "a": ["9.30pm"], "src": ["a"], "ev": "Monday to Friday from 8am to 9.30pm",
             "nm": ["b", "c"], "kind": "when_time"},
        ],
    },
    {
        "id": "ostwick_chess",
        "domain": "clubs",
        "passages": {
            "a": ("newsletter", """\
Ostwick Chess Club newsletter - autumn 2023

Club championship
Congratulations to Hamish Loderick, our 2023 club champion, who finished on 6/7 - half a point ahead of defending champion Petra Voss after a tense final-round draw. Hamish's win over Gerald Tinsley in round four has already been annotated for the club website.

Rapidplay
The rapidplay title went to Petra Voss, who won all seven games on a hot Saturday in June.

Juniors
Twelve juniors now attend on Tuesday evenings. Many thanks to Ola Brandt for running the junior section.

League
Our first team sits third in Division One. New members are always welcome - we meet at the Ostwick Institute from 7.30pm on Thursdays."""),
            "b": ("club news", """\
Voss retains title in club championship
Ostwick Chess Club | December 2022

Petra Voss is Ostwick club champion for the second year running after finishing on 5.5/7. Hamish Loderick and Gerald Tinsley shared second place on 5 points.

The rapidplay was won by junior member Theo Achterberg, aged 14, the youngest winner in the club's history.

Subscriptions for next year are due by the end of January."""),
        },
        "mentions": [
            "Ostwick Chess Club meets at the Ostwick Institute on Thursday evenings.",
            "Ola Brandt's junior chess section is looking for a second volunteer coach.",
            "The Ostwick Institute is hosting a simultaneous display by a visiting master.",
            "Ostwick's first team has a home fixture in Division One next week.",
        ],
        "questions": [
            {"q": "Who won the main Ostwick Chess Club championship in 2023 - not the rapidplay?",
             "a": ["Hamish Loderick", "Loderick"], "src": ["a"],
             "ev": "Congratulations to Hamish Loderick, our 2023 club champion", "nm": ["b"], "kind": "who"},
        ],
    },
    {
        "id": "fernlight_appeal",
        "domain": "charities",
        "passages": {
            "a": ("charity news", """\
Fernlight Trust winter appeal closes with record total
News from the Fernlight Trust | 19 December 2023

Our 2023 winter appeal closed at midnight on Sunday having raised £86,240 - comfortably beating our £75,000 target and well up on the £61,900 raised last year.

Thank you to every one of the 1,700 people who gave, and to the schools, pubs and choirs across Tolland and Pellow who held events for us.

The money will pay for warm packs, hot meals and befriending calls for older people living alone this winter. Trustee Marian Okell said: "In a hard year for everyone, people have been astonishingly generous." Next year's appeal will launch in November."""),
            "b": ("charity news", """\
Fernlight Trust launches winter appeal
6 November 2023

The Fernlight Trust has launched its annual winter appeal with a target of £75,000, its most ambitious yet.

The charity, which supports older people across Tolland and Pellow, says demand for its befriending service has doubled in two years. Donations can be made online, by text or at any branch of the Tolland Building Society.

A carol concert in aid of the appeal will be held at St Wenna's Church on 9 December."""),
            "c": ("local news", """\
Fun run raises £9,400 for Fernlight
Tolland Times | 5 July 2022

More than 300 runners, walkers and a few dogs took part in the Fernlight Trust's summer fun run around Tolland Lake on Sunday, raising £9,400 for the charity.

The fastest finisher over the 5km course was 16-year-old Jamie Orme. Fancy dress prizes went to a team of firefighters dressed as teapots."""),
        },
        "mentions": [
            "The Fernlight Trust needs volunteer befrienders in Tolland and Pellow.",
            "A carol concert at St Wenna's Church supports the Fernlight Trust.",
            "Fernlight Trust trustee Marian Okell is giving a talk on loneliness in later life.",
            "The Fernlight summer fun run around Tolland Lake returns in July.",
        ],
        "questions": [
            {"q": "How much did the Fernlight Trust's 2023 winter appeal raise?",
             "a": ["£86,240"], "src": ["a"], "ev": "having raised £86,240", "nm": ["b", "c"],
             "kind": "how_much"},
            {"q": "How much did the Fernlight Trust winter appeal raise in 2022?",
             "a": ["£61,900"], "src": ["a"], "ev": "the £61,900 raised last year", "nm": ["b", "c"],
             "kind": "how_much_last_year"},
        ],
    },
    {
        "id": "harwick_councils",
        "domain": "councils",
        "passages": {
            "a": ("minutes", """\
Harwick Magna Parish Council - minutes of the meeting held on 11 April 2024 at the Village Hall

Present: Cllr Winifred Osgood (Chair), Cllr D. Blyth, Cllr R. Anand, Cllr S. Penrose, Cllr T. Yallop. Clerk: Mrs J. Keel. Two members of the public.

1. Apologies: Cllr M. Hurst.
2. Declarations of interest: none.
3. The minutes of 14 March were approved and signed by the Chair.
4. Village hall roof: three quotes considered. Resolved to accept the quote of £18,750 from Rudd Roofing.
5. Speedwatch: 41 vehicles recorded over the limit on Church Lane in March.
6. Correspondence: letter from the county council about the closure of Mill Bridge for repairs.

The meeting closed at 9.05pm."""),
            "b": ("newsletter", """\
Little Harwick Parish News - May 2024
From the Vice-Chair, Cllr Peter Lune

Hello everyone. As many of you know, our Chair has been unwell since February, and I have been standing in at meetings. We all send our best wishes.

The new defibrillator outside the old telephone box is now live, and training sessions will run in the chapel on 18 May. The spring litter pick collected 23 bags.

A reminder that Little Harwick is a separate parish from Harwick Magna, two miles up the valley, so please send planning comments about the quarry road to our clerk, not theirs."""),
        },
        "mentions": [
            "Harwick Magna village hall is closed for roof repairs this summer.",
            "Defibrillator training takes place in Little Harwick chapel.",
            "Speedwatch volunteers in Harwick Magna are recording traffic on Church Lane.",
            "The county council is consulting on the closure of Mill Bridge near Harwick Magna.",
        ],
        "questions": [
            {"q": "Who chairs Harwick Magna Parish Council?",
             "a": ["Winifred Osgood", "Osgood"], "src": ["a"], "ev": "Cllr Winifred Osgood (Chair)",
             "nm": ["b"], "kind": "who"},
            {"q": "Who is the chair of Little Harwick Parish Council?",
             "a": [], "src": [], "nm": ["a", "b"], "kind": "who",
             "absent": ["Chair of Little Harwick", "Little Harwick's chair", "chairman of Little Harwick"]},
        ],
    },
    {
        "id": "tollmere_shield",
        "domain": "sport",
        "passages": {
            "a": ("match report", """\
Rovers lift the Tollmere Shield at last
Match report | Sunday 14 May 2023

Dunholt Rovers 3-1 Pennard Athletic
Tollmere Shield final, Brackwater Park, Halse. Attendance: 1,184

Dunholt Rovers won the Tollmere Shield for the first time since 1997 after coming from behind against Pennard Athletic on Saturday afternoon.

Pennard led at half-time through a deflected free-kick, but Rovers levelled soon after the restart when Sol Ketteridge headed in a corner. Substitute Kyle Amory put them ahead with ten minutes left and added a third in stoppage time.

Pennard manager Lee Haworth said the scoreline was "harsh on a group who gave everything", while Rovers captain Dan Pryor lifted the shield in front of around 400 travelling fans."""),
            "b": ("match report", """\
Pennard into Shield final after semi-final win
Tollmere Shield semi-final | 16 April 2023

Pennard Athletic 2-0 Scarwood United

Pennard Athletic booked their place in the Tollmere Shield final with a comfortable win over Scarwood United at Pennard's Ridgeway ground.

Goals from Marcus Tiernan and Josh Belling did the damage in the first half. The referee, Alan Dacre, sent off Scarwood's goalkeeper midway through the second half for handling outside his area."""),
            "c": ("match report", """\
Rovers edge thriller to reach final
Tollmere Shield semi-final | 24 April 2023

Kelbeck Town gave Dunholt Rovers the fright of their season on Saturday before Rovers won 4-2 after extra time at Mill Lane.

Kelbeck led twice in normal time. Sol Ketteridge's equaliser forced extra time, and two goals in five minutes from Kyle Amory settled it. Rovers will meet Pennard Athletic in the final next month."""),
        },
        "mentions": [
            "Dunholt Rovers are holding an open training night for under-12s.",
            "Pennard Athletic have appointed a new goalkeeping coach.",
            "The draw for the first round of the Tollmere Shield will be made on local radio.",
            "Kelbeck Town's Mill Lane ground is getting new floodlights.",
        ],
        "questions": [
            {"q": "What was the score in the 2023 Tollmere Shield final?",
             "a": ["3-1"], "src": ["a"], "ev": "Dunholt Rovers 3-1 Pennard Athletic", "nm": ["b", "c"],
             "kind": "what_score"},
            {"q": "Where was the 2023 Tollmere Shield final played?",
             "a": ["Brackwater Park"], "src": ["a"], "ev": "Tollmere Shield final, Brackwater Park, Halse",
             "nm": ["b", "c"], "kind": "where"},
            {"q": "Who refereed the 2023 Tollmere Shield final?",
             "a": [], "src": [], "nm": ["a", "b", "c"], "kind": "who",
             "absent": ["refereed the final", "final was refereed", "referee for the final", "final referee"]},
        ],
    },
    {
        "id": "long_answer_quiz",
        "domain": "TV",
        "passages": {
            "a": ("TV recap", """\
The Long Answer series 4 final: librarian takes the title
TV recap | 9 December 2022

Delphine Arkwright, a school librarian from Mossbeck, won the fourth series of The Long Answer on Friday night, beating retired engineer Gordon Pask by a single point after the last question of the final.

Arkwright, who had trailed for most of the hour, took the lead on a category about canal engineering. She takes home the £25,000 prize and the show's glass lectern trophy.

Host Barnaby Quell said it was "the closest final we've ever had". The show's producers confirmed that the series had been its most watched so far."""),
            "b": ("TV recap", """\
Tomasz Reilly wins The Long Answer
Entertainment news | 10 December 2021

Postman Tomasz Reilly has won the third series of The Long Answer, the teatime quiz hosted by Barnaby Quell.

Reilly, from Wrenfield, dominated the final and finished eleven points clear of student Aisha Mabon. He said he planned to spend part of his £25,000 prize on a trip to see the northern lights."""),
            "c": ("press release", """\
The Long Answer returns with a new host
Press release | 2 April 2024

The Long Answer will return for a fifth series this autumn with a new host, broadcaster Priya Damsell, who takes over from Barnaby Quell after four series.

Applications to take part close on 31 May. Contestants must be aged 18 or over. Filming will take place over the summer."""),
        },
        "mentions": [
            "Barnaby Quell is touring a one-man show about the history of quizzes.",
            "Producers of The Long Answer are holding contestant auditions in Lisketh.",
            "Priya Damsell has been named as a presenter of a new Saturday radio show.",
            "Mossbeck library is holding a quiz night in aid of its book fund.",
        ],
        "questions": [
            {"q": "Who won series 4 of The Long Answer?",
             "a": ["Delphine Arkwright", "Arkwright"], "src": ["a"],
             "ev": "Delphine Arkwright, a school librarian from Mossbeck, won the fourth series",
             "nm": ["b", "c"], "kind": "who"},
            {"q": "Who won the fifth series of The Long Answer?",
             "a": [], "src": [], "nm": ["a", "b", "c"], "kind": "who",
             "absent": ["won series 5", "series 5 winner", "fifth series was won", "won the fifth series"]},
        ],
    },
    {
        "id": "iris_penhallow",
        "domain": "books",
        "passages": {
            "a": ("obituary", """\
Iris Penhallow obituary
Novelist whose books mapped the quiet lives of coastal towns
By Hugh Dellow | Published 9 March 2021

Iris Penhallow, who died on 2 March aged 83, wrote eleven novels about people who stay put: harbour masters, chapel organists, women who run guest houses out of season.

Her debut novel, The Glasshouse Year (1974), written while she taught at a girls' school in Marrick Bay, was turned down by nine publishers before becoming a modest success. Her best-known book, Low Water, followed in 1988.

She was married to the painter Tom Harrel, who died in 2009. She is survived by their son, Daniel, and two grandchildren."""),
            "b": ("interview", """\
Iris Penhale on tide, grief and her debut collection
Poetry interview | 2022

Iris Penhale's first collection of poems, Tidewrack, came out last spring and has already been reprinted twice. She wrote most of it in the year after her father's death.

"People confuse me with Iris Penhallow all the time," she says, laughing. "I've been sent her fan mail. I read her novels as a teenager, so I don't mind at all."

Penhale, 34, lives in Olsby and works part-time in a harbour office."""),
        },
        "mentions": [
            "Marrick Bay library is holding a reading group on the novels of Iris Penhallow.",
            "Poet Iris Penhale reads from Tidewrack at the Olsby harbour festival.",
            "A blue plaque scheme in Marrick Bay is asking for nominations of local writers.",
            "Painter Tom Harrel's harbour scenes go on show at the Marrick Bay gallery.",
        ],
        "questions": [
            {"q": "What was the title of novelist Iris Penhallow's first novel?",
             "a": ["The Glasshouse Year", "Glasshouse Year"], "src": ["a"],
             "ev": "Her debut novel, The Glasshouse Year (1974)", "nm": ["b"], "kind": "what"},
            {"q": "When did the novelist Iris Penhallow die?",
             "a": ["2 March"], "src": ["a"], "ev": "who died on 2 March aged 83", "nm": ["b"],
             "kind": "when_byline"},
        ],
    },
    {
        "id": "corvid_probe",
        "domain": "science",
        "passages": {
            "a": ("wire report", """\
Corvid-2 lifts off after week of delays
KESTRELVIK, 19 June 2024 - The Norveld Space Office's Corvid-2 probe lifted off at 04:12 local time on Wednesday from the Kestrelvik launch site, a week later than planned after two scrubbed attempts.

The probe will take almost four years to reach the small asteroid 5522 Tamsin, where it will map the surface and collect dust with a sticky collector plate.

"After last week, everyone in the control room was holding their breath," said mission manager Dr Hedda Lorentz. The first signal from the spacecraft was received 47 minutes after launch."""),
            "b": ("press release", """\
Corvid-2 launch scheduled for 12 June
Norveld Space Office press release | 28 May 2024

The Norveld Space Office has set 12 June 2024 as the launch date for Corvid-2, its second small-body mission. The launch window opens at 04:20 local time.

Corvid-2 carries a camera, a dust collector and a radio science experiment. Media accreditation for the launch closes on 5 June."""),
            "c": ("encyclopedia entry", """\
Corvid-1
Corvid-1 was the first small-body mission of the Norveld Space Office. Launched in 2019, it flew past two near-Earth asteroids before its fuel ran out in 2022.

The mission cost 310 million marks, about a third less than originally budgeted, and returned more than 40,000 images. Its camera design was reused on Corvid-2."""),
        },
        "mentions": [
            "The Norveld Space Office is running school workshops on asteroid science.",
            "Mission manager Dr Hedda Lorentz will give a public lecture on small-body missions.",
            "Images from Corvid-1 go on display at the Lisketh science centre.",
            "Engineers are testing the dust collector for a future mission.",
        ],
        "questions": [
            {"q": "On what date did the Corvid-2 probe actually launch?",
             "a": ["19 June 2024"], "src": ["a"], "ev": "KESTRELVIK, 19 June 2024", "nm": ["b", "c"],
             "kind": "when"},
            {"q": "From which launch site did the NSO launch Corvid-2?",
             "a": ["Kestrelvik"], "src": ["a"], "ev": "from the Kestrelvik launch site", "nm": ["b", "c"],
             "kind": "where_abbrev"},
            {"q": "How much did the Corvid-2 mission cost?",
             "a": [], "src": [], "nm": ["a", "b", "c"], "kind": "how_much",
             "absent": ["Corvid-2 cost", "cost of Corvid-2", "Corvid-2 mission cost", "Corvid-2 budget"]},
        ],
    },
    {
        "id": "wrenfield_line",
        "domain": "transport",
        "passages": {
            "a": ("local news", """\
First electric trains run on Wrenfield-Coldby line
Transport | 10 December 2023

The first electric passenger trains ran between Wrenfield and Coldby on Sunday, marking the end of a four-year project to electrify the 38-kilometre line.

Journey times have been cut by about six minutes, and the new trains have more seats and step-free access. Overhead wires were installed along the whole route, including the Coldby tunnel, which had to be lowered by 40 cm.

Key facts
Length: 38 km
Stations: 7
Electric services per hour: 4 at peak, 2 off-peak

The neighbouring branch to Astley is not included and remains diesel-only."""),
            "b": ("timeline", """\
Wrenfield-Coldby electrification: a timeline

2017: Campaigners launch the Wires to Wrenfield petition.
2019 (March): Regional transport authority confirms funding to electrify the line, described as "roughly 40 km" long, with completion planned for 2022.
2020: Work delayed by the discovery of bats in the Coldby tunnel.
2021: Overhead line masts installed between Wrenfield and Kelby Halt.
2022: Completion date moved back a year after tunnel lowering works overrun.
2023: Test trains begin running at night."""),
            "c": ("consultation notice", """\
Have your say: the future of the Wrenfield-Astley branch
Regional transport authority | 15 January 2024

The Wrenfield-Astley branch is one of the last diesel-only lines in the region. We are consulting on three options: full electrification, battery trains charged at Wrenfield, or improved diesel services.

No decision has been taken and no funding has yet been committed. The consultation closes on 12 April. Drop-in events will be held at Astley library and Wrenfield station."""),
        },
        "mentions": [
            "Drop-in events on the Wrenfield-Astley branch are being held at Astley library.",
            "The Wires to Wrenfield campaign group is holding its final meeting.",
            "Night-time engineering works will close Coldby tunnel on some weekends.",
            "Wrenfield station's new cycle hub opens next month.",
        ],
        "questions": [
            {"q": "How long is the electrified Wrenfield–Coldby line?",
             "a": ["38-kilometre", "38 km"], "src": ["a"], "ev": "electrify the 38-kilometre line",
             "nm": ["b", "c"], "kind": "how_long"},
            {"q": "When will the Wrenfield–Astley branch be electrified?",
             "a": [], "src": [], "nm": ["a", "b", "c"], "kind": "when",
             "absent": ["Astley branch will be electrified", "electrification of the Astley branch will be complete",
                        "Astley electrification is due"]},
        ],
    },
    {
        "id": "port_orrery_mayor",
        "domain": "elections",
        "passages": {
            "a": ("local news", """\
Strand elected mayor of Port Orrery
Port Orrery Echo | 6 May 2023

Abena Strand of the Vale Democrats has been elected mayor of Port Orrery, unseating the independent incumbent after a single term.

Strand won 41.7 per cent of first-preference votes. Cyril Mabb, who was seeking a second term, came second with 33.2 per cent, and Civic Reform's Hugo Penn was third with 17.8 per cent. Turnout was 28.9 per cent.

In her victory speech at the town hall, Strand promised to reopen the harbour baths and to "put buses back on the estates that have been forgotten". Mabb congratulated her and said he would return to running his boatyard."""),
            "b": ("poll report", """\
Mabb holds narrow lead in final mayoral poll
Port Orrery Echo | 1 May 2023

Incumbent mayor Cyril Mabb goes into Thursday's election with a narrow lead, according to a poll of 600 residents for this newspaper.

Mabb is on 38 per cent, with Vale Democrat Abena Strand on 35 per cent and Civic Reform's Hugo Penn on 19 per cent. One in five voters said they had not made up their minds. The margin of error is about four points either way."""),
            "c": ("local news", """\
Boatyard owner Mabb wins mayoral race
Port Orrery Echo | 3 May 2019

Independent Cyril Mabb, who runs a boatyard on the north quay, has been elected Port Orrery's mayor at his first attempt, beating the Vale Democrats' Gareth Lyle into second place.

Mabb campaigned on cleaning up the harbour front and cutting the mayor's office budget. He said he would keep working at the boatyard two days a week."""),
        },
        "mentions": [
            "Port Orrery's mayor is holding a public question time at the town hall.",
            "Campaigners want the Port Orrery harbour baths reopened in time for summer.",
            "Port Orrery council is reviewing bus routes to the outlying estates.",
            "Hugo Penn of Civic Reform is standing for the county council.",
        ],
        "questions": [
            {"q": "What share of the vote did the winner get in the 2023 Port Orrery mayoral election?",
             "a": ["41.7 per cent"], "src": ["a"], "ev": "Strand won 41.7 per cent of first-preference votes",
             "nm": ["b", "c"], "kind": "percentage"},
            {"q": "Who came second in the 2023 Port Orrery mayoral election?",
             "a": ["Cyril Mabb", "Mabb"], "src": ["a"],
             "ev": "Cyril Mabb, who was seeking a second term, came second", "nm": ["b", "c"], "kind": "who"},
        ],
    },
    {
        "id": "pellbrook_deal",
        "domain": "business",
        "passages": {
            "a": ("press release", """\
Stannary Group completes acquisition of Pellbrook Systems
Press release

Stannary Group plc announces that it completed its acquisition of Pellbrook Systems Ltd, the payroll and HR software provider, on 28 June 2024, following approval from the competition regulator.

The consideration of £72 million was paid in cash from the group's existing facilities. Pellbrook Systems, which has around 260 staff and 4,000 business customers, will keep its brand and its head office in Lisketh.

Pellbrook founder Ruth Ambler will stay on as managing director of the business for at least two years."""),
            "b": ("business news", """\
Stannary agrees £72m deal for Pellbrook Systems
Business desk | 11 March 2024

Stannary Group has agreed to buy Pellbrook Systems, the payroll software firm, in a deal that values the company at £72 million.

The acquisition is subject to regulatory approval and is expected to complete in the third quarter of the year. Analysts said the price looked full but gave Stannary a foothold in the small-business market."""),
            "c": ("business news", """\
Norrow Capital buys Pellbrook Software
Business desk | 2 February 2024

Private equity firm Norrow Capital has bought Pellbrook Software, the Fennick-based developer of booking systems for gyms and leisure centres. Terms were not disclosed.

Pellbrook Software was founded in 2008 by brothers Neil and Adam Crofton and is not related to the payroll provider Pellbrook Systems. The Croftons will remain with the business."""),
        },
        "mentions": [
            "Pellbrook Systems is recruiting software developers at its Lisketh office.",
            "Stannary Group's half-year results are due in September.",
            "Pellbrook founder Ruth Ambler speaks at a small-business conference.",
            "Pellbrook Software's founders, the Crofton brothers, are mentoring start-ups in Fennick.",
        ],
        "questions": [
            {"q": "On what date did Stannary Group complete its purchase of Pellbrook Systems?",
             "a": ["28 June 2024"], "src": ["a"], "ev": "on 28 June 2024, following approval",
             "nm": ["b", "c"], "kind": "when"},
            {"q": "Which firm bought Pellbrook Software?",
             "a": ["Norrow Capital"], "src": ["c"], "ev": "Norrow Capital has bought Pellbrook Software",
             "nm": ["a", "b"], "kind": "which"},
            {"q": "How much did Norrow Capital pay for Pellbrook Software?",
             "a": [], "src": [], "nm": ["a", "b", "c"], "kind": "how_much",
             "absent": ["Norrow Capital paid", "Pellbrook Software for £", "Pellbrook Software, for"]},
        ],
    },
    {
        "id": "fenwold_marathon",
        "domain": "sport",
        "passages": {
            "a": ("results table", """\
Fenwold Marathon 2023 - results
Sunday 16 April 2023 | Provisional, chip times

Women
1. Cait Rowarth (Fenwold Harriers) 2:38:14
2. Maud Kessick (Lindon AC) 2:40:55
3. Sian Pardoe (unattached) 2:47:30

Men
1. Joel Abernethy (Coldby RC) 2:19:40
2. Yusuf Rainer (Fenwold Harriers) 2:21:07
3. Tom Gillam (Lindon AC) 2:24:51

Wheelchair: 1. Ben Carradine 1:58:22

Finishers: 2,913. Results are provisional until confirmed by the race referee."""),
            "b": ("local news", """\
Kessick storms to Fenwold Marathon win
Sport | 11 April 2022

Lindon AC's Maud Kessick won the women's race at the Fenwold Marathon on Sunday in 2:41:02, breaking away from the lead group at 30 km.

The men's race was won by Joel Abernethy in 2:20:15. Organisers said 2,400 runners finished in warm conditions."""),
            "c": ("results list", """\
Fenwold Junior 5K 2023 - under-18 results
Run alongside the Fenwold Marathon, Sunday 16 April 2023

Girls: 1. Evie Rowarth 17:52; 2. Amara Lusk 18:10; 3. Holly Shand 18:44
Boys: 1. Finn Okello 16:31; 2. Jack Baptiste 16:49; 3. Rhys Dane 17:02

Medals for all finishers. Thanks to the Fenwold Harriers juniors who marshalled."""),
        },
        "mentions": [
            "Entries for the Fenwold Marathon open on the first of November.",
            "Fenwold Harriers are running a beginners' course starting in January.",
            "Road closures will be in place across Fenwold on marathon Sunday.",
            "Lindon AC is celebrating its fiftieth anniversary with a club dinner.",
        ],
        "questions": [
            {"q": "fenwold marathon 2023 womens winning time?",
             "a": ["2:38:14"], "src": ["a"], "ev": "Cait Rowarth (Fenwold Harriers) 2:38:14",
             "nm": ["b", "c"], "kind": "what"},
            {"q": "Who won the women's race at the 2021 Fenwold Marathon?",
             "a": [], "src": [], "nm": ["a", "b", "c"], "kind": "who",
             "absent": ["2021 Fenwold", "Fenwold Marathon 2021", "Fenwold Marathon in 2021"]},
        ],
    },
]
