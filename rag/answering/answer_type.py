"""Whether a reply is the kind of thing its question asks for.

A reply can be supported by its passage word for word and still not answer: asked who found a
bug, the 1.5B model wrote which release fixed it ("The security issues … were addressed in Git
v2.39.4 [1]"); asked when, it may name a release; asked how many, a list of names. Three question
forms have an answer type that a reply's words show without a model: "who" wants a name (a
capitalised word the question does not hold), "when" a time (a number, a month, a day, a season or
a word like "after"), "how many" a quantity (a number, in figures or in words) and "how much" an amount (in
figures, a magnitude, a share, or a number word with a currency), as does "what price" or "what fee". "What time"
wants a time of day, "which version" of software a number, and a measure its unit (rag.answering.measures). Any
other question passes.
"""

from __future__ import annotations

import re

from rag.answering.measures import asked_measure
from rag.dates import MONTH_NAMES, MONTH_OR_DAY

#: "Who …?"; and a question that asks for a name after a yes or no: "Has the university appointed a permanent
#: vice-chancellor yet, and who is it?" (the twenty-second smoke check's q033)
_WHO_AFTER = r"[,;]\s*(?:and\s+)?(?:if\s+so,?\s+)?who\s+(?:is|was|are|were|will\s+it\s+be)(?:\s+(?:it|he|she|they|that))?\s*\??\s*$"
_WHO = re.compile(rf"^\s*(?:and\s+|so\s+)?who(?:m)?\b|{_WHO_AFTER}", re.I)
_ASKS_AFTER_YES_OR_NO = re.compile(_WHO_AFTER, re.I)
#: a yes or no question's "no": asked whether a permanent vice-chancellor has been appointed yet, and who, "No, not
#: yet" and "No one was injured" answer it with no name
_NO_FIRST = re.compile(r"^\W*(?:no\b|not\b|nobody\b|none\b|neither\b)", re.I)


def answered_no(question: str, reply: str) -> bool:
    """Whether ``reply`` answers a question that asks for a name after a yes or no ("…, and who is it?") with a no:
    it gives no name, and its name, if any, is no answer to "who" ("No; Professor Hulse is only the interim one")."""
    return bool(_ASKS_AFTER_YES_OR_NO.search(question)) and bool(_NO_FIRST.match(reply))
_WHEN = re.compile(
    r"^\s*(?:and\s+|so\s+)?(?:when|since when|until when|(?:(?:in|on|by|from|since|until|as of)\s+)?(?:what|which)\s+"
    r"(?:year|date|day|month))\b",
    re.I,
)
_HOW_MANY = re.compile(r"^\s*(?:and\s+|so\s+)?how (?:many|much)\b", re.I)

_DAYS = "monday tuesday wednesday thursday friday saturday sunday"
_TIME = re.compile(
    r"\d|\b(?:" + "|".join([*MONTH_NAMES, *_DAYS.split()]) + "|"
    + "|".join(m[:3] for m in MONTH_NAMES) + r")\b"
    r"|\b(?:yesterday|today|tomorrow|tonight|now|ago|after|before|during|since|until|till|when|while|once"
    r"|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|midnight|noon|dawn"
    r"|day|days|week|weeks|month|months|year|years|decade|decades|century|centuries|season|era|age"
    r"|early|late|mid|last|next|previous|following|same|first|end|beginning|start|never|always)\b",
    re.I,
)
_QUANTITY = re.compile(
    r"\d|\b(?:zero|no|none|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|several|few|many|single|once|twice|both"
    r"|half|quarter|all|every|each|nothing|nobody|much|little|lots?|percent)\b",
    re.I,
)
_HOW_MUCH = re.compile(r"^\s*(?:and\s+|so\s+)?how much\b", re.I)
#: a currency's name (rag.answering.labels reads a figure written with one as an amount of money)
CURRENCY = (
    r"(?:crowns?|dollars?|euros?|pounds?|pence|penny|cents?|yen|yuan|francs?|marks?|rupees?|pesos?|kron(?:a|or|e|er)"
    r"|shillings?|guilders?|liras?|lire|rand|reais|real|won|dinars?|dirhams?|zloty|forints?|koruna)"
)
#: what "how much" asks for: an amount in figures, a magnitude or a share ("$40 million", "half", "a third"), a
#: number word with a currency ("two crowns"), or none ("free", "nothing"). A number word alone counts people, not an
#: amount: asked how much a phone costs, "One analyst thinks Corvell will hold the line, another expects a further
#: rise" gives no price (the eighth smoke check's q023)
_AMOUNT = re.compile(
    r"\d|[$€£¥]|\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?|percent|half|halves|thirds?|quarters?"
    r"|fifths?|tenths?|twice|double|triple|free|nothing|none|most|all|little|bit|undisclosed|[a-z]+-figure|confidential"
    r"|not\s+(?:been\s+)?(?:disclosed|revealed|made\s+public))\b"
    rf"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a)\s+(?:[a-z]+\s+)?{CURRENCY}\b",
    re.I,
)
#: a question that asks for a time of day: "What time does the tip shut?", "At what time …"; not "what time of year",
#: nor "what time period"
_WHAT_TIME = re.compile(r"^\s*(?:and\s+|so\s+)?(?:(?:at|by|from|until)\s+)?what\s+time\b(?!\s+(?:of|period|frame|span|zone)\b)", re.I)
#: a time of day: "4pm", "4.30 p.m.", "16:00", "1600 hours", "noon", "at 7"; asked what time the tip shuts, "It has been
#: a busy few weeks" gives none (the eleventh smoke check's q077; "weeks" is a time for "when")
_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b|p\.?m\b)|\b\d{1,2}[:.h]\d\d\b|\b\d{3,4}\s*(?:hrs|hours)\b"
    r"|\b(?:noon|midday|midnight|o['’]clock|dawn|dusk|sunrise|sunset|half\s+past|quarter\s+(?:past|to))\b"
    r"|\b(?:at|until|till|from|by)\s+\d{1,2}\b(?![\d,.%])",
    re.I,
)
#: a question that asks which version of software did something: "Which firmware version fixed the Wi-Fi dropouts?",
#: "In what version was the flag added?". A reply with no number of its own names none: the 1.5B model answered the
#: first with the forum thread's title, "Corvel R7 dropped Wi-Fi every few hours - solved" (the fourteenth smoke
#: check's q016). Not a film's or a song's version ("Which version of the song charted?"), nor a release, which may
#: go by a name ("Which Debian release dropped it?" "Bookworm"), nor a build or a patch ("What build system …?")
_WHICH_VERSION = re.compile(
    r"^\s*(?:and\s+|so\s+)?(?:(?:in|with|from|since|by)\s+)?(?:which|what)\s+(?:[\w-]+\s+){0,2}?"
    r"version\b",
    re.I,
)
#: a question that asks for an amount by its name: "What guide figure is being asked for Larkspur Cottage?", "What fee
#: did the club pay?". A reply with no amount gives none: the 1.5B model answered the first with the estate agents'
#: name (the twelfth smoke check's q051). Not "what figure" alone ("What figure is on the coin?") nor an offer or a bid,
#: which may be of something else
_WHAT_AMOUNT = re.compile(
    r"^\s*(?:and\s+|so\s+)?(?:(?:at|for)\s+)?what\s+(?:(?:was|is|were|are|will\s+be|would\s+be)\s+)?(?:the\s+)?"
    # only a word that says which amount between: "What was the asking price", "What transfer fee"; not "What happened to
    # house prices", "What pushed up prices", "What affects car insurance costs"
    r"(?:(?:guide|asking|reserve|sale|selling|purchase|transfer|entry|admission|ticket|final|total|annual|monthly|weekly"
    r"|starting|retail|list|rental|hourly|signing|record)\s+)?"
    r"(?:price|fee|fare|sum|amount|cost|salary|wage|fine|rent|valuation|(?:guide|asking|reserve|sale|selling|purchase)\s+figure)"
    # one amount, asked of: "What fee did the club pay?", "What is the entry fee?"; not "What fees were waived?"
    r"(?=\s+(?:did|does|do|was|is|were|will|has|had|of|for|per|paid|agreed|charged|asked|being|to)\b|\s*\?)",
    re.I,
)
#: what makes the version asked one of software: what software is, and what its versions do to it. Not "introduced"
#: or "dropped" alone ("Which version of the bill introduced the cap?", "… of the song was dropped from the album?")
_SOFTWARE = re.compile(
    r"\b(?:firmware|software|app|apps|library|package|driver|kernel|plugin|browser|bugs?|crash(?:es|ed)?|fix|fixed|fixes"
    r"|patched|deprecated|API|CLI|flag|option|setting|Wi-?Fi|Bluetooth|security)\b",
    re.I,
)
#: a release as a reply names it: a number ("2.8.14", "v4", "release 12", "Android 14")
_RELEASE = re.compile(r"[\w.\-]*\d[\w.\-]*")
_CAPITALISED = re.compile(r"(?<![\w\[])[A-Z][\w'’.\-]*")
#: capitalised for grammar's sake, never a name on their own
_NOT_NAMES = frozenset(
    "a an the this that these those it its he she they his her their there here in on at of for from by"
    " with to as and or but if when while after before since according yes no not i we you our my"
    " passage passages document documents source sources answer question".split()
)
#: a title before a name, no word of it: "Professor Martin Hulse" is found in a passage by "Martin" and "Hulse", not by
#: every sentence that names another professor (the twenty-second smoke check's q033: "appointed Professor Leontyne
#: Farr" was read as a sentence that gives Martin Hulse the post)
_HONORIFICS = frozenset("professor prof dr doctor sir dame mr mrs ms miss mx lord lady rev revd reverend cllr councillor".split())
_MARKER = re.compile(r"\[\d+(?:\s*,\s*\d+)*\]")
#: an identifier, not a name: CVE-2024-32004, DSA-5432-1, RFC-9110
_IDENTIFIER = re.compile(r"^[A-Z]{2,}-?\d")


def expected(question: str) -> str | None:
    """"name", "time" or "quantity" when the question's form asks for one; None otherwise."""
    if _WHO.search(question):
        return "name"
    if _WHEN.search(question):
        return "time"
    if _HOW_MANY.search(question):
        return "quantity"
    return None


def asks_amount(question: str) -> bool:
    """Whether ``question`` asks "how much" (an amount), not "how many"."""
    return bool(_HOW_MUCH.search(question))


def asks_clock(question: str) -> bool:
    """Whether ``question`` asks for a time of day ("What time does the tip shut?")."""
    return bool(_WHAT_TIME.search(question))


def asks_release(question: str) -> bool:
    """Whether ``question`` asks which release of software did something ("Which firmware version fixed …?")."""
    return bool(_WHICH_VERSION.search(question) and _SOFTWARE.search(question))


def numbers_release(question: str, text: str) -> bool:
    """Whether ``text`` gives a number of its own, as a release is numbered ("firmware 2.8.14"); a number of the
    question's ("the Corvel R7") is none."""
    asked = {n.strip(".-") for n in _RELEASE.findall(question)}
    return any(n.strip(".-") not in asked for n in _RELEASE.findall(text))


def answers_kind(question: str, reply: str) -> bool:
    """Whether ``reply`` (markers aside) holds what ``question`` asks for (True for other questions), in the measure it
    asks for (rag.answering.measures: an area is no capacity)."""
    return not missing_kind(question, reply)


def missing_kind(question: str, reply: str) -> str:
    """What ``question`` asks for that ``reply`` (markers aside) does not give, as a follow-up names it ("the
    capacity", "what time", "which version", "who", "when", "how much", "how many"); "" when it gives it, or the
    question asks for no kind."""
    text = _MARKER.sub(" ", reply)
    measure = asked_measure(question)
    if measure is not None and not measure.given_in(text):
        return measure.name
    if asks_clock(question):
        return "" if _CLOCK.search(text) else "what time"
    if asks_release(question):
        # a release's name may stand for its number ("macOS Monterey")
        return "" if numbers_release(question, text) or new_names(question, text) else "which version"
    if _WHAT_AMOUNT.search(question):
        return "" if _AMOUNT.search(text) else "how much"
    kind = expected(question)
    if kind == "time":
        return "" if _TIME.search(text) else "when"
    if kind == "quantity":
        amount = asks_amount(question)
        return "" if (_AMOUNT if amount else _QUANTITY).search(text) else "how much" if amount else "how many"
    if kind == "name":
        return "" if new_names(question, text) or answered_no(question, text) else "who"
    return ""


def new_names(question: str, reply: str) -> list[str]:
    """The capitalised words of ``reply`` that may be names and that ``question`` does not hold, in
    order, a possessive's "'s" left off ("Edna", "Kiplagat" for "Who won?"); not a month nor a day ("the
    company said on Monday" names no one: the sixth smoke check's r032)."""
    asked = {w.lower().strip("'’.-") for w in re.findall(r"[\w'’.\-]+", question)}
    out: list[str] = []
    for word in _CAPITALISED.findall(_MARKER.sub(" ", reply)):
        if _IDENTIFIER.match(word):
            continue
        # the question's possessive written as it wrote it names no one new: "Marlow's Kitchen is run by the Harbour
        # Street branch", asked who runs the kitchen at Marlow's Kitchen (the thirteenth smoke check's q072); the
        # name without it may ("The Gorman family", asked who owns Gorman's pub)
        if word.lower().strip("'’.-") in asked:
            continue
        word = re.sub(r"['’]s$", "", word.strip("'’.-"))
        if word and word.lower() not in _NOT_NAMES | _HONORIFICS and word.lower() not in asked and not MONTH_OR_DAY.fullmatch(word):
            out.append(word)
    return out
