"""Deterministic generator of invented names (people, towns, titles, firms).

Generated names never reuse a surname, town or title that occurs in the
hand-written topic passages, so generated filler cannot collide with an answer.
"""

import random
import re

FIRST_F = [
    "Alva", "Anneli", "Astrid", "Bettany", "Bodil", "Brisa", "Carys", "Cilla", "Dagmar", "Delphine",
    "Edda", "Elke", "Esme", "Femke", "Gaia", "Greta", "Halla", "Hedda", "Imke", "Isolde", "Jessamy",
    "Kaja", "Klara", "Leontine", "Livia", "Marit", "Mila", "Nanna", "Noemi", "Olwen", "Paulina",
    "Rafaela", "Ragna", "Rhiannon", "Saskia", "Selma", "Solveig", "Sunna", "Tarja", "Teodora", "Thea",
    "Ulla", "Vesna", "Wilma", "Xenia", "Yrsa", "Ysolda", "Zofia", "Carmela", "Ottavia",
]
FIRST_M = [
    "Aldo", "Ambrose", "Arlo", "Bastian", "Cael", "Cato", "Corvin", "Darek", "Dorian", "Eiro", "Emrik",
    "Fabian", "Florin", "Gerrit", "Hamish", "Ilan", "Jaro", "Jonte", "Kasper", "Keir", "Lasse", "Lior",
    "Madoc", "Matthias", "Nils", "Odo", "Orrin", "Perrin", "Quentin", "Reuben", "Roald", "Sindre",
    "Stellan", "Tiago", "Valter", "Wolf", "Zeno", "Benedikt", "Emeric",
]

SUR_A = [
    "Ab", "Ald", "Ark", "Bar", "Bel", "Bir", "Bran", "Brom", "Cas", "Cor", "Dav", "Del", "Dorn", "Eck",
    "Elm", "Fal", "Fer", "Gil", "Gorm", "Hal", "Hask", "Hel", "Ing", "Jarv", "Kel", "Kirr", "Lan",
    "Ler", "Lod", "Mal", "Mer", "Mor", "Nes", "Nor", "Od", "Orm", "Pal", "Per", "Quar", "Ral", "Ren",
    "Sar", "Sel", "Stav", "Tal", "Ter", "Thal", "Ul", "Vad", "Vel", "Wen", "Yar", "Zel",
]
SUR_B = [
    "akis", "and", "ard", "bek", "berg", "bright", "by", "dal", "den", "ell", "ery", "gaard",
    "holm", "ick", "ing", "kin", "lund", "mann", "more", "nell", "ock", "ow", "quist", "rick",
    "sby", "sen", "stead", "ter", "ton", "vane", "vik", "wright", "yard", "zen", "ovic", "ane",
]

TOWN_A = [
    "Brisk", "Corrow", "Dask", "Eldren", "Frell", "Gorm", "Hask", "Ilm", "Jessa", "Karn", "Lodd",
    "Morv", "Nesk", "Orv", "Pask", "Rusk", "Stav", "Trell", "Umber", "Vask", "Wrax", "Yarl", "Zenn",
    "Aber", "Blen", "Carr", "Dell", "Evers", "Fal", "Grann", "Holl", "Istor",
]
TOWN_B = [
    "by", "ford", "holt", "mere", "mouth", "stead", "wick", "dale", "haven", "gate", "moor",
    "field", "ness", "thorpe", "bridge", "ley",
]

ADJ = ["Silent", "Amber", "Crooked", "Hollow", "Northern", "Scarlet", "Quiet", "Distant", "Broken",
       "Golden", "Winter", "Salt", "Iron", "Paper", "Last", "Drowned", "Bright", "Lesser", "Wild",
       "Borrowed", "Narrow", "Burning", "Patient", "Secret", "Long", "Pale", "Open", "Sunken"]
NOUN = ["Harbour", "Orchard", "Lantern", "River", "Meadow", "Ferry", "Window", "Garden", "Lighthouse",
        "Winter", "Season", "Country", "Weather", "Bell", "Cellar", "Island", "Quarry", "Road",
        "Kitchen", "Staircase", "Tide", "Field", "Mirror", "Choir", "Archive", "Shore", "Furnace",
        "Compass", "Signal", "Crossing", "Harvest", "Border", "Chapel", "Atlas", "Ladder"]
PLURAL = ["Foxes", "Swallows", "Strangers", "Daughters", "Keepers", "Thieves", "Sparrows", "Pilgrims",
          "Lanterns", "Ferrymen", "Sisters", "Wolves", "Clocks", "Orchards", "Kites", "Ravens"]


class Namer:
    def __init__(self, seed, reserved_text):
        self.rng = random.Random(seed)
        low = reserved_text.lower()
        self.reserved_text = low
        self.reserved_tokens = set(re.findall(r"[a-z]+", low))
        self.used_people = set()
        self.used_titles = set()
        self.surnames = self._make_surnames(260)
        self.towns = self._make_towns(70)
        self.first_f = [f for f in FIRST_F if f.lower() not in self.reserved_tokens]
        self.first_m = [f for f in FIRST_M if f.lower() not in self.reserved_tokens]
        self.first = self.first_f + self.first_m

    def _ok(self, word):
        return word.lower() not in self.reserved_tokens

    def _make_surnames(self, n):
        out = []
        seen = set()
        pairs = [(a, b) for a in SUR_A for b in SUR_B]
        self.rng.shuffle(pairs)
        for a, b in pairs:
            s = a + b
            if s in seen or not self._ok(s):
                continue
            seen.add(s)
            out.append(s)
            if len(out) >= n:
                break
        return out

    def _make_towns(self, n):
        out = []
        seen = set()
        pairs = [(a, b) for a in TOWN_A for b in TOWN_B]
        self.rng.shuffle(pairs)
        for a, b in pairs:
            t = a + b
            if t in seen or not self._ok(t):
                continue
            seen.add(t)
            out.append(t)
            if len(out) >= n:
                break
        return out

    def person(self, rng, g=None):
        pool = {"f": self.first_f, "m": self.first_m}.get(g, self.first)
        for _ in range(1000):
            name = rng.choice(pool) + " " + rng.choice(self.surnames)
            if name not in self.used_people:
                self.used_people.add(name)
                return name
        raise RuntimeError("name pool exhausted")

    def surname(self, rng):
        return rng.choice(self.surnames)

    def town(self, rng):
        return rng.choice(self.towns)

    def title(self, rng, style=None):
        for _ in range(1000):
            k = style if style is not None else rng.randrange(6)
            if k == 0:
                t = "The %s %s" % (rng.choice(ADJ), rng.choice(NOUN))
            elif k == 1:
                t = "%s and %s" % (rng.choice(NOUN), rng.choice(NOUN))
            elif k == 2:
                t = "A %s for %s" % (rng.choice(NOUN), rng.choice(self.first))
            elif k == 3:
                t = "%s %s" % (rng.choice(ADJ), rng.choice(PLURAL))
            elif k == 4:
                t = "The %s of %s" % (rng.choice(NOUN), self.town(rng))
            else:
                t = "%s %s" % (rng.choice(ADJ), rng.choice(NOUN))
            a, _, b = t.partition(" and ")
            if b and a == b:
                continue
            if t in self.used_titles or t.lower() in self.reserved_text:
                continue
            self.used_titles.add(t)
            return t
        raise RuntimeError("title pool exhausted")

    def horse(self, rng):
        return self.title(rng, style=5)
