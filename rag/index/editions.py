"""The edition a question names by its ordinal, and whether a passage is about another one.

A recurring event is often numbered rather than dated: "the 14th Lindqvist Film Awards", "the 12th edition of the
Harrow Book Fair", "the second Test". Asked who won Best Director at the 14th Lindqvist Film Awards, a report of the
13th names a winner of the same prize, and the 1.5B model's answer from the nominations of the 14th stood because
that report stated the name as done (issue 12: a recurring event's other editions; the fifteenth smoke check's q020,
read on its tune half in the twenty-fourth step).

A passage whose context names the event with another ordinal ("13th Lindqvist Film Awards") and never with the one
asked is about another edition: like a passage about another year, it is a near miss (rag.index.constraints).

Lenient by design, unlike a year: a passage that names no ordinal of the event meets the question (reports of an
edition seldom number it), and so does one that names the asked ordinal beside others ("the 14th awards, five years
after the ninth").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: ordinals in words; "first" is left out of what a question asks ("the first Tesla" is seldom an edition) but read in
#: passages ("the first Lindqvist Film Awards, in 2009")
_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
)
#: not part of a compound ("twenty-first"), nor a count of someone's ("her fourth Grammy", "his 30th Test century")
_ORDINAL = r"(?<![\w-])(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)(?<!\ba\s)(?<!\ban\s)(\d{1,3}(?:st|nd|rd|th)|" + "|".join(_WORDS) + r")"
#: what may stand between an ordinal and the event's name: "the third annual Ashby Open", "the 12th edition of the …"
_BETWEEN = r"\s+(?:annual\s+)?(?:(?:edition|staging|running)\s+of\s+(?:the\s+)?)?"
#: a name as a question writes it: a run of capitalised words ("Lindqvist Film Awards", "Test")
_NAME = r"((?:[A-Z][\w'’&-]*)(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w'’&-]*){0,5})"
#: "the 14th Lindqvist Film Awards", "the 12th edition of the Harrow Book Fair", "the third annual Ashby Open"
_ASKED = re.compile(rf"(?i:{_ORDINAL}{_BETWEEN}){_NAME}")
#: the same in a question typed in lower case ("what won the audience award at the tenth bramwick film festival": the
#: eighteenth smoke check's q021): a run of words that ends in what names a recurring event
_EVENT_WORDS = (
    r"festival|awards?|championships?|open|cup|fair|games|marathon|show|conference|congress|biennale|race|tour|rally"
    r"|regatta|tournament|prize|olympiad|expo|summit|convention|gala|ceremony|exhibition|contest|competition"
)
_ASKED_LOWER = re.compile(
    rf"{_ORDINAL}{_BETWEEN}((?:(?!(?:at|in|on|for|of|and|to|by|with|from|the)\b)[a-z][\w'’&-]*\s+){{1,4}}(?:{_EVENT_WORDS}))\b"
)
#: a name's first word that names no event alone: "World" of "World Championships" is read with the word after it
_GENERIC = frozenset("world international national annual european asian african american commonwealth olympic royal grand".split())


def _value(ordinal: str) -> int:
    """An ordinal as a number: "14th" is 14, "third" 3."""
    low = ordinal.lower()
    return _WORDS.index(low) + 1 if low in _WORDS else int(re.sub(r"\D", "", low))


@dataclass(frozen=True)
class Edition:
    """One edition of a recurring event that a question names by its ordinal ("14th", "Lindqvist")."""

    ordinal: int
    #: the event's name as the question writes it ("Lindqvist Film Awards")
    name: str

    @property
    def text(self) -> str:
        """The edition as a sentence names it: "the 14th Lindqvist Film Awards"."""
        n = self.ordinal
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"the {n}{suffix} {self.name}"

    def _named(self) -> re.Pattern[str]:
        """What finds an ordinal of this event in a text: an ordinal before the name's first word (its first two when
        the first is generic: "World Championships"), or before "edition of" it."""
        words = self.name.split()
        key = r"\s+".join(re.escape(w) for w in words[: 2 if words[0].lower() in _GENERIC and len(words) > 1 else 1])
        return re.compile(rf"{_ORDINAL}{_BETWEEN}{key}(?![\w])", re.I)

    def conflicts(self, context: str) -> bool:
        """Whether ``context`` names this event with another ordinal and never with this one."""
        named = {_value(m.group(1)) for m in self._named().finditer(context)}
        return bool(named) and self.ordinal not in named


def editions(question: str) -> list[Edition]:
    """The editions ``question`` names by an ordinal ("Who won Best Director at the 14th Lindqvist Film Awards?"; typed in
    lower case, "the tenth bramwick film festival"); "first" is no edition here."""
    out = []
    asked = _ASKED_LOWER if question == question.lower() else _ASKED
    for m in asked.finditer(question):
        if m.group(1).lower() != "first":
            out.append(Edition(_value(m.group(1)), m.group(2)))
    return out
