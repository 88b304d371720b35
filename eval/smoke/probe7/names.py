# Pools of invented name parts used by the generated (non hand-written) passages.
# Combinations are random but seeded, so output is deterministic.

FEMALE = """Ada Agathe Aisling Alina Amara Anika Annelise Aoife Astrid Aurora Beatrix Berit Brigid Bronwen
Calla Cassia Cerys Clio Cosima Dagny Damaris Delia Dorit Edda Eilidh Elowen Enid Esme Eudora Fenna Ffion
Flavia Freya Hannelore Harriet Heledd Hilde Honor Iona Jessamy Juno Kasia Kerensa Lark Lenka Lowenna Mabli
Malin Manon Maud Merryn Mirela Morag Nell Nerys Olwen Orla Petronella Ragnhild Rhiannon Roisin Saffron
Senara Solveig Sorcha Sunniva Tamsin Tegan Thea Tove Ulla Una Vesna Ysolt""".split()

MALE = """Abel Adair Alban Albrecht Alder Alistair Ambrose Ansgar Arlo Auden Bartholomew Bede Benno Blaise
Bram Cael Cedric Clement Cyril Darragh Dermot Dilwyn Eamon Elio Emrys Evander Finnian Florian Gideon Gwilym
Hamish Hector Hesketh Ianto Imre Isidore Ivor Jago Jonas Jory Keir Lachlan Leif Linus Lorcan Magnus Marek
Meical Niall Nils Odhran Osian Otto Pascoe Perrin Piran Rafe Rowan Rufus Selwyn Sindre Stellan Teilo Tobias
Valdis Wilf Yestin""".split()

FIRST = FEMALE + MALE

LAST = """Achterholt Adlington Allbright Ambridge Anscombe Arbery Ardagh Ashburn Axford Bagshot Balfrey
Bannerman Barraclough Beckwith Bellringer Bickerstaff Birkett Blakeway Bligh Bolsover Bramwell
Brereton Brightwell Buckmaster Burrell Cadwallader Calloway Carnell Cartwright Caunce Chadderton
Chillingworth Clattworthy Colquhoun Coppinger Cornforth Cotterill Crabbe Cresswell Cropper Dacre
Dalgleish Dankworth Darrow Deverell Dinsdale Dowrick Drinkwater Dunkerley Eastwick Eggleton Elphick
Entwistle Fairclough Falconer Farquhar Featherstone Fennimore Fitzalan Flitcroft Foulkes Fretwell
Gadsby Galbraith Garside Gilchrist Glendinning Goodliffe Gorringe Grimshaw Hadfield Halloran Hartigan
Haverstock Heathcote Hepplewhite Hesketh Hindmarsh Holdsworth Horsfall Huxtable Ingleby Isherwood
Jagger Jellicoe Kershaw Kilbane Kinsella Kirkbride Lamplugh Larkworthy Leadbeater Lethbridge Lightfoot
Littlewood Lockyer Loveridge Lumsden Macready Mallinson Marchetti Mawdsley Merriweather Micklethwaite
Moorcroft Mortlake Mountford Nankivell Netherwood Nightingale Noakes Oddie Oldroyd Ormerod Ottaway
Pardoe Pellegrini Penberthy Pengelly Pickersgill Pinchbeck Polglase Postlethwaite Prideaux Quartermaine
Rackham Ramsbottom Rathbone Redfern Renwick Ridehalgh Rockliffe Rowbotham Rushworth Sandilands
Satterthwaite Scarisbrick Shackleton Shufflebotham Sidebottom Slingsby Smallwood Sowerbutts Stallybrass
Stanbridge Stirrup Summerscales Swarbrick Tattersall Thistlethwaite Thorneycroft Tiplady Treharne
Tremayne Trevithick Tunnicliffe Underhill Vanstone Varley Wadsworth Wainwright Warburton Weatherall
Whitlock Wigglesworth Winstanley Witherspoon Woodhouse Wormald Yardley Yelland""".split()

TOWNS = ["Ambleworth", "Barrowdene", "Blackrood", "Bramblecote", "Carnwick", "Causelby", "Dallowby",
         "Drummock", "Elderbank", "Farnwick", "Fellgate Moor", "Fernhollow", "Glenkettle", "Greyhithe",
         "Hallowmead", "Hollinbeck", "Kirkhallow", "Langmoor End", "Larchmount", "Leatherhithe", "Marrowby",
         "Mossbury", "Netherhallow", "Oakhurst Vale", "Pellmoor", "Penrock", "Redmarsh", "Scarrowby",
         "Sloeford", "Tidemarsh", "Tregarrow", "Upper Dunnock", "Wakeby", "Westerhallow", "Wickhallow",
         "Willowby", "Wrenfold", "Yarrowby", "Vellmar", "Aldwhistle", "Brackwater", "Cindermoor",
         "Duncarrow", "Elmsworthy", "Foxhallow", "Gannetby", "Hethermoor", "Inchmorrow", "Kilvarrow",
         "Lowdenby", "Mallowcombe", "Oxenhallow", "Pebblecombe", "Quillby", "Rookwell", "Sallowfield",
         "Thrushcombe", "Vennick", "Wetherhallow"]

ADJ = """Amber Bitter Blue Borrowed Broken Burning Cinder Cold Copper Crooked Distant Drowned Empty Far
Fallow Glass Golden Green Grey Hidden Hollow Iron Last Late Little Long Lost Low Narrow Northern
Pale Quiet Red Restless Salt Silent Silver Slow Small Stone Strange Thin Wild Winter""".split()

NOUN = """Acre Anchor Archive Bell Bridge Cartographer Chapel Choir Coast Country Crossing Dam Daughter
Ditch Field Forge Garden Harbour Heron Hill House Kiln Ledger Mill Moor Orchard Parish
Quarry Reckoning Relay River Road Room Season Shepherd Signal Sister Spring Station Summer Tide
Tower Valley Weather Well Widow Winter Witness Yard""".split()

HORSE_A = """Admiral Amber Bold Brass Captain Cobalt Dancing Distant Dusty Flint Gallant Harvest Iron
Jolly Lucky Midnight Misty Noble Northern Quick Ready Royal Rusty Silver Smoky Steady Tawny Tidal""".split()
HORSE_B = """Ambition Answer Banner Baron Beacon Comet Drummer Echo Fiddler Gambit Harbour Jester Legend
Mariner Minstrel Monarch Outlaw Pilgrim Quarry Rambler Reverie Rover Sailor Sentinel Sparrow Tinker
Voyager Warden""".split()

BANDS = """The Moth Orchestra|The Fenland Gulls|Brass Lanterns|The Pipit Quartet|Kelp & Cobble|The Reed Cutters|
The Bracken Boys|Wild Damson|The Long Acre String Band|Harrow Hill Shanty Crew|The Tinsmiths|Sallow & Sloe|
The Winter Wrens|Oatcake Ceilidh Band|The Weir Singers|Thistledown Trio|The Peat Fire Collective|
The Cold Harbour Five""".replace("\n", "").split("|")

ORG_SUFFIX = ["Trust", "Society", "Cooperative", "Partnership", "Board", "Foundation", "Collective", "Network"]
COMPANY_A = """Amberlight Bracewell Brightmoor Castleford Cinderpath Coldharbour Fernleaf Foxglove Greystone
Hartwell Kestrelwood Larkspur Lowfield Marshgate Millpond Oakhaven Pebblewick Quillfeather Rookery
Saltspring Sandpiper Stonechat Teasel Thornbury Whitethorn Wickerlight Windrush""".split()
COMPANY_B = ["Engineering", "Foods", "Analytics", "Builders", "Textiles", "Robotics", "Logistics",
             "Ceramics", "Optics", "Pharmaceuticals", "Media", "Timber", "Paints", "Instruments"]
