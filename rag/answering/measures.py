"""Whether a figure a reply gives measures what its question asks to be measured.

A passage about a reservoir gives its area, its depth and how full it is; one about a tower, its height and its
weight. Asked the reservoir's storage capacity, the 1.5B model answers "48 hectares" from "The reservoir covers 48
hectares and is up to 27 metres deep", and every word of the answer is in the passage, so the support check passes
it (issue 12: another quantity of the same thing; the thirteenth smoke check's q045, read on its tune half in the
twenty-second step).

A question that asks for a capacity, a length (a height, a depth, a distance, a vehicle's range), an area, a weight or a number of
people (a crowd, a membership, "how many runners") names its measure. A reply whose every figure with a unit has a unit
of a measure that cannot be the one asked (an area in hectares for a capacity, litres for a depth, "14 boats" for a
club's membership) is not the kind of answer asked for, and is asked for once more (rag.answering.replies). Lenient: a
figure without a unit ("holds 12,000", "a crowd of 4,200"), or with a unit of no measure here ("12,000 people"), lets
it stand, and so does a unit of the measure asked. "m" and "g" alone are left out: "48m" is a million as often as
metres. Things counted (seats, tickets, boats) are a measure only against a number of people: "12,000 seats" answers
a capacity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: the units of each measure, by name
_UNITS = {
    "volume": r"litres?|liters?|gallons?|cubic\s+(?:metres?|meters?|feet|foot|yards?|km|kilometres?)|m³|megalitres?|megaliters?"
    r"|hectolitres?|millilitres?|pints?|barrels?|acre[- ]feet",
    "area": r"hectares?|acres?|square\s+(?:metres?|meters?|feet|foot|yards?|kilometres?|kilometers?|km|miles?)|sq\.?\s*(?:m|ft|km|mi)"
    r"|km²|m²",
    "length": r"metres?|meters?|km|kilometres?|kilometers?|miles?|feet|foot|ft|yards?|inches|inch|cm|mm|centimetres?|millimetres?",
    "weight": r"kilograms?|kilos?|kg|tonnes?|tons?|grams?|lbs?|ounces?|oz",
    "share": r"per\s*cent|percent|%",
    # a car's or a battery's electric figures: "a new 400-volt platform" is no range (the eighteenth smoke check's q069)
    "electric": r"volts?|kilowatt-hours?|kwh|kw|kilowatts?|watts?|megawatts?|mw|amps?|mah",
    # things a count of people is not: a club's fleet, a season's tickets and performances (the tenth smoke check's
    # q027, "bringing its fleet to 14" for a club's membership; the eleventh's q034, "38,000 tickets across 164
    # performances" for a first night's crowd). Not votes, entries or signatures, which count people, nor seats or
    # places, which a full house's crowd is given in ("all 12,000 seats filled")
    "things": r"boats|tickets|performances|shows|screenings|concerts|matches|fixtures|games|races|homes|houses"
    r"|dwellings|flats|rooms|beds|cars|vehicles|buses|trains|books|copies|pages|stalls|pitches|plots|trees|bikes|bicycles"
    r"|meals|laps|goals|runs|points|wickets|medals|trophies|awards",
}
_FIGURE_UNIT = re.compile(
    r"\d[\d,.]*\s*(?:(?:thousand|million|billion|m|bn|k)\s+)?-?(" + "|".join(f"(?:{u})" for u in _UNITS.values()) + r")(?![\w²³])",
    re.I,
)
_OF_UNIT = [(name, re.compile(rf"^(?:{units})$", re.I)) for name, units in _UNITS.items()]


@dataclass(frozen=True)
class Measure:
    """What a question asks to be measured ("the capacity"), and the measures no answer to it is given in."""

    name: str
    wrong: frozenset[str]

    def given_in(self, reply: str) -> bool:
        """Whether ``reply`` may give this measure: False only when every figure with a unit it gives is in a measure
        that cannot answer it, and it gives a figure without one nowhere."""
        given = measures(reply)
        if not given or not all(g in self.wrong for g in given):
            return True
        return bool(re.search(r"(?<![\w\[])\d[\d,.]*(?![\w\]])", _FIGURE_UNIT.sub(" ", reply)))


#: a question that asks how many people: who came, took part or belong ("How large was the crowd?", "What is the
#: membership size of the rowing club?", "How many adult members …?", "How many took part?")
_PEOPLE_ASKED = re.compile(
    r"\bhow\s+many\s+(?:\w+\s+)?(?:people|persons|members|players|runners|riders|cyclists|swimmers|entrants|competitors"
    r"|participants|finishers|athletes|spectators|fans|supporters|visitors|guests|attendees|delegates|pupils|students"
    r"|children|adults|residents|staff|employees|workers|volunteers|voters|patients|passengers|customers|subscribers)\b"
    r"|\bhow\s+many\s+(?:attended|took\s+part|turned\s+(?:out|up)|came|entered|signed\s+up|joined|competed|watched)\b"
    # a crowd's size asked without "how many" ("How many goals did they score in front of a record crowd?" counts goals)
    r"|^(?!.*\bhow\s+many\b).*\b(?:crowd|attendance|membership|audience|headcount)\b",
    re.I,
)
#: a question about a place's room or a price, not a headcount: "How many fans can the ground hold?" and "How many
#: people can sit in the auditorium?" are answered in seats, "How much does membership cost?" in money
_NOT_PEOPLE = re.compile(
    r"\b(?:can|could|hold|holds|accommodate|accommodates|seat|seats|sit|fit|capacity|room\s+for|how\s+much|cost|costs|price"
    r"|fees?|pay)\b",
    re.I,
)
#: not a length: a race's distance goes with its field ("About four hundred runners did the 10 km")
_PEOPLE = Measure("the number of people", frozenset({"things", "area", "volume", "weight"}))
#: what a question asks to be measured, with the measures that cannot answer it: a capacity is a volume, a count of
#: seats or a weight ("lifting capacity of 40 tonnes"), never an area or a length; a height or a depth is a length,
#: never an area or a volume ("How high was turnout?" asks for a share, which is left alone)
_ASKED = (
    (
        re.compile(r"\b(?:capacity|how\s+much\s+(?:water|fuel|oil|liquid|gas)\b)", re.I),
        Measure("the capacity", frozenset({"area", "length", "share"})),
    ),
    (
        # a vehicle's range is a distance; not a price's, an age's or a product's range
        re.compile(
            r"\bhow\s+(?:deep|tall|high|far|wide|long\s+is|long\s+was)\b|\b(?:depth|height|length|distance|elevation|altitude)\b"
            r"|(?<!price\s)(?<!age\s)(?<!product\s)(?<!salary\s)\brange\b",
            re.I,
        ),
        Measure("the length", frozenset({"area", "volume", "weight", "electric"})),
    ),
    (re.compile(r"\b(?:area|acreage)\b|\bhow\s+many\s+(?:acres|hectares)\b", re.I), Measure("the area", frozenset({"length", "volume", "weight", "electric"}))),
    (re.compile(r"\bhow\s+heavy\b|\bweigh(?:s|ed|t)?\b", re.I), Measure("the weight", frozenset({"length", "area", "volume", "electric"}))),
    (_PEOPLE_ASKED, _PEOPLE),
)
#: a question that asks for a share or a rate of what it names: "At what capacity is the plant running?", "What
#: percentage of the area is forest?"
_SHARE_ASKED = re.compile(
    r"\b(?:per\s*cent|percent|percentage|proportion|share|fraction|rate|ratio|utili[sz]ation|running\s+at|operating\s+at"
    r"|at\s+(?:what|full|\d+)\s*%?\s*capacity)\b|%",
    re.I,
)


def asked_measure(question: str) -> Measure | None:
    """What ``question`` asks to be measured (None for another question, one that names two measures, "the depth and
    the area", or one that asks for a share: "What percentage of the area is forest?")."""
    if _SHARE_ASKED.search(question):
        return None
    found = [measure for pattern, measure in _ASKED if pattern.search(question)]
    if _NOT_PEOPLE.search(question):
        found = [measure for measure in found if measure is not _PEOPLE]
    return found[0] if len(found) == 1 else None


def measures(text: str) -> list[str]:
    """The measures of the figures with a unit that ``text`` gives, in order ("48 hectares": "area")."""
    return [next(name for name, unit in _OF_UNIT if unit.match(m.group(1))) for m in _FIGURE_UNIT.finditer(text)]


def measures_asked(question: str, reply: str) -> bool:
    """Whether ``reply`` may measure what ``question`` asks to be measured (:meth:`Measure.given_in`; True when it
    asks for no measure)."""
    measure = asked_measure(question)
    return measure is None or measure.given_in(reply)
