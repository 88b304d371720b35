"""The question's hard constraints, and whether a passage meets them.

A question that names a year, a version or an identifier ("who won in 2021", "what
did 3.0.12 fix", "which release fixed CVE-2023-5363") asks about that one: a
passage about 2019, 3.0.11 or another CVE is a near miss, however alike its words.
Retrieval ranks the passages that meet every constraint higher, and an answer
must cite one that does; when none of the passages does, rag refuses (issue 12).

A passage meets a constraint when the constraint appears in it or in its own
context: its file's name, its heading, and the opening lines of its document (a
title, a date line, a changelog entry's header), which often carry the year or the
version the body leaves out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from rag.dates import spans_holding
from rag.index.editions import Edition, editions
from rag.index.kinds import Qualifier, beside_marked, qualifiers

#: a packaging suffix: "-1~deb12u2", "~rc2", "+dfsg-1"
_SUFFIX = r"(?:[-~+][0-9A-Za-z][\w.~+]*)?"
#: a version: two or more dotted numbers, a letter release ("1.1.1d", "3.8.0b2") and a packaging suffix
#: ("3.0.14-1~deb12u2", "2.24.0~rc2")
_VERSION = re.compile(rf"(?<![\w.])v?(\d+(?:\.\d+)+(?:[a-z]+\d*)?{_SUFFIX})(?![\w])")
#: a release named by its year and a letter (tzdata's "2024a", "R2019b"), with a packaging suffix; not a
#: decade ("1990s")
_YEAR_RELEASE = re.compile(rf"(?<![\w.\-/])R?((?:1[89]|20)\d\d[a-rt-z]{_SUFFIX})(?![\w])")
#: a season across two years: "2020/2021", "2021/22", "2020-21" (both years are constraints)
_SEASON = re.compile(r"(?<![\w.\-/])(1[89]\d\d|20\d\d)\s?[/\u2013-]\s?(\d\d|1[89]\d\d|20\d\d)(?![\w\-/]|\.\d)")
#: a year of the last two centuries, on its own (not part of a version, a date code or an identifier)
_YEAR = re.compile(r"(?<![\w.\-/])(1[89]\d\d|20\d\d)(?![\w\-/]|\.\d)")
#: a date with its year in figures: "2025-12-31", "2025/12/31", "31/12/2025", "12/31/2025" (its year is a
#: constraint: asked about a leap second on 2025-12-31, a passage about 2024's is a near miss)
_DATE = re.compile(
    r"(?<![\w.\-/])(?:(1[89]\d\d|20\d\d)([-/])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|[12]\d|3[01])/(1[89]\d\d|20\d\d))(?![\w\-/]|\.\d)"
)
#: identifiers that name one thing: CVE numbers, bug numbers
_IDENT = re.compile(r"\b(CVE-\d{4}-\d{4,})\b|(?<![\w#])#(\d{4,})\b", re.I)
#: a thing named by a name and its number: "iPhone 14", "Windows 11", "PEP 668", "Table 2" (asked when the
#: iPhone 14 was released, a passage about the iPhone 13 is a near miss); not a date ("March 14") nor
#: a count after a word capitalised for grammar ("In 3 days")
_NUMBERED = re.compile(r"(?<![\w.\-/])([A-Za-z]*[A-Z][A-Za-z]*)[ -](\d{1,3})(?![\w.,:/%\-])")
#: a quarter of a (fiscal) year: "Q2", "2Q", "second quarter", "second-quarter", "2nd quarter" (asked about the
#: second quarter, a report of the third is a near miss, however alike its figures)
_QUARTER = re.compile(r"\b(?:q([1-4])|([1-4])q|(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter)\b", re.I)
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
#: what a title's number counts: "Stranger Things 4" is its fourth season, "Stranger Things 4 Volume 2" the second part
_PARTS = r"(?:season|series|part|volume|vol\.|chapter|book|edition|instal?lment)"
ORDINALS = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth")
#: the same with its number in Roman numerals, two letters or more ("Super Bowl LVII", "Artemis II"; not "Model X")
_NUMBERED_ROMAN = re.compile(r"(?<![\w.\-/])([A-Za-z]*[A-Z][A-Za-z]*)[ -]([IVXLC]{2,7})(?![\w.\-/])")
#: words a question capitalises for grammar, never a name (nor a numbered name's: "In 3 days"), and months and days
GRAMMAR_WORDS = frozenset(
    "in on at by of for from to the a an and or after before since until about around over under top no number "
    "which what who whom whose when where why how name list give show are is was were do did does will would can "
    "could should all only first last next "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday".split()
)
#: the opening of a document that counts as the context of every passage in it
OPENING_CHARS = 300


@dataclass(frozen=True)
class Constraint:
    """One thing the question pins down, as it appears in the question."""

    text: str
    kind: str  # "year", "version", "id", "numbered" or "quarter"

    @property
    def needle(self) -> str:
        """What any text that meets the constraint holds, in lower case (a fast test before :meth:`pattern`):
        a numbered name's name alone ("iphone" of "iPhone 14": "iPhone14" and "World War II" meet theirs)."""
        if self.kind == "quarter":  # written as "q2" or as "second quarter": no one substring
            return ""
        return (self.text.rsplit(" ", 1)[0] if self.kind == "numbered" else self.text).lower()

    def pattern(self) -> re.Pattern[str]:
        body = re.escape(self.text)
        if self.kind == "version":
            # "3.0.1" is not "3.0.12" nor "13.0.1"; "3.0.11" is in "3.0.11-1~deb12u2", and "3.10" (a series)
            # in "3.10.2"; "2024a" is not "2024ab"
            end = r"(?![\da-z])" if self.text[-1:].isalpha() else r"(?!\d)"
            return re.compile(rf"(?<![\d.]){body}{end}", re.I)
        if self.kind == "year":
            return re.compile(rf"(?<!\d){body}(?!\d)")
        if self.kind == "quarter":
            n = int(self.text[1])
            words = "|".join(w for w, v in _QUARTER_WORDS.items() if v == n)
            return re.compile(rf"\bq{n}\b|\b{n}q\b|\b(?:{words})[- ]quarter\b", re.I)
        if self.kind == "numbered":
            return _numbered_pattern(*self.text.rsplit(" ", 1))
        return re.compile(rf"(?<![\w-]){body}(?![\w])", re.I)


def _numbered_pattern(name: str, written: str) -> re.Pattern[str]:
    """A name with its number: "iPhone 14", "iphone-14", "iPhone14" (not "iPhone 14X" nor "iPhone 141"); in
    Roman numerals too ("World War 2" is "World War II", "Super Bowl LVII" is "Super Bowl 57"); and the
    season or part a title's number counts ("Stranger Things 4": "'Stranger Things' season 4", "the fourth
    season of Stranger Things")."""
    n = int(written) if written.isdigit() else from_roman(written)
    digits = written if written.isdigit() else str(n)  # as written: "Agent 007"
    numeral, word = roman(n), re.escape(name)
    ordinal = ORDINALS[n] if 0 < n < len(ORDINALS) else rf"{n}(?:st|nd|rd|th)"
    number = rf"(?:{digits}(?![\d\w])|{numeral}(?![\w])|{ordinal}\b)"
    return re.compile(
        rf"(?<![\w-]){word}(?:[\s-]?{digits}(?![\d\w])|\s{numeral}(?![\w]))"
        rf"|(?<![\w-]){word}\W{{0,3}}\s+{_PARTS}\s+{number}"
        rf"|\b{ordinal}\s+{_PARTS}\s+of\s+(?:the\s+)?\W?(?:[\w'’-]+\s+){{0,3}}{word}(?![\w-])",
        re.I,
    )


def roman(n: int) -> str:
    """``n`` in Roman numerals ("" for 0)."""
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out or "0"


def from_roman(numeral: str) -> int:
    """The number a well-formed Roman numeral writes ("LVII": 57), else 0 ("IIII", "VX")."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for i, ch in enumerate(numeral):
        v = values[ch]
        total += -v if i + 1 < len(numeral) and values[numeral[i + 1]] > v else v
    return total if 0 < total < 400 and roman(total) == numeral else 0


def extract(question: str) -> list[Constraint]:
    """The years (a date's among them), versions, identifiers and numbered names ("iPhone 14") that
    ``question`` names."""
    found: list[Constraint] = []
    spans: list[tuple[int, int]] = []
    for m in _IDENT.finditer(question):
        found.append(Constraint(m.group(1) or m.group(2), "id"))
        spans.append(m.span())
    for m in _DATE.finditer(question):
        if not any(a <= m.start() < b for a, b in spans):
            found.append(Constraint(m.group(1) or m.group(3), "year"))
            spans.append(m.span())
    for m in _VERSION.finditer(question):
        if not any(a <= m.start() < b for a, b in spans):
            found.append(Constraint(m.group(1), "version"))
            spans.append(m.span())
    for m in _YEAR_RELEASE.finditer(question):
        if not any(a <= m.start() < b for a, b in spans):
            found.append(Constraint(m.group(1), "version"))
            spans.append(m.span())
    for (start, end), first in seasons(question):
        if not any(a <= start < b for a, b in spans):
            found += [Constraint(str(first), "year"), Constraint(str(first + 1), "year")]
            spans.append((start, end))
    for m in _YEAR.finditer(question):
        if not any(a <= m.start() < b for a, b in spans):
            found.append(Constraint(m.group(1), "year"))
            spans.append(m.span())
    for m in _QUARTER.finditer(question):
        found.append(Constraint(f"Q{m.group(1) or m.group(2) or _QUARTER_WORDS[m.group(3).lower()]}", "quarter"))
    for m in _NUMBERED.finditer(question):
        if m.group(1).lower() not in GRAMMAR_WORDS and not any(a <= m.start(2) < b for a, b in spans):
            found.append(Constraint(f"{m.group(1)} {m.group(2)}", "numbered"))
    for m in _NUMBERED_ROMAN.finditer(question):
        # a name's numeral stays below a hundred ("Super Bowl LVII", "Henry VIII"): "CC", "CCC" and "CV" are a cricket
        # club, a county cricket club and a résumé ("Who is captain of Lindon CC's first XI?", the twenty-second smoke
        # check's q005: read as "Lindon 200", which the club's own page, "Lindon Cricket Club", never writes)
        if 0 < from_roman(m.group(2)) < 100 and m.group(1).lower() not in GRAMMAR_WORDS:
            found.append(Constraint(f"{m.group(1)} {m.group(2)}", "numbered"))
    unique: dict[str, Constraint] = {}
    for c in found:
        unique.setdefault(c.text.lower(), c)
    return list(unique.values())


def seasons(question: str) -> list[tuple[tuple[int, int], int]]:
    """Where ``question`` writes a season ("2023-24", "2023/24", "2023-2024") and its first year; a range of more
    years is no season."""
    out = []
    for m in _SEASON.finditer(question):
        first, second = int(m.group(1)), m.group(2)
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if last == first + 1:
            out.append((m.span(), first))
    return out


def releases(text: str) -> list[str]:
    """The versions and letter releases ``text`` names, in order, each once ("2.26.2-1", "2024b")."""
    found = [m for r in (_VERSION, _YEAR_RELEASE) for m in r.finditer(text)]
    return list(dict.fromkeys(m.group(1) for m in sorted(found, key=lambda m: m.start())))


def meets(constraints: Iterable[Constraint], context: str) -> bool:
    """Whether every constraint appears in ``context``: a year also as inside a span of years it gives ("from 2014
    to 2022" meets 2018)."""
    return all(c.pattern().search(context) or (c.kind == "year" and within(int(c.text), context)) for c in constraints)


def within(year: int, context: str) -> bool:
    """Whether ``context`` gives a span of years that holds ``year`` (rag.dates.spans_holding)."""
    return bool(spans_holding(context, year))


@dataclass(frozen=True)
class Requirements:
    """What a passage an answer cites must meet: every constraint, no qualifier's other kind, and no other edition of
    an event the question numbers (rag.index.editions)."""

    constraints: tuple[Constraint, ...]
    qualifiers: tuple[Qualifier, ...]
    editions: tuple[Edition, ...] = ()

    @classmethod
    def of(cls, question: str) -> "Requirements":
        return cls(tuple(extract(question)), tuple(qualifiers(question)), tuple(editions(question)))

    def __bool__(self) -> bool:
        return bool(self.constraints or self.qualifiers or self.editions)

    @property
    def years(self) -> list[str]:
        """The years the question asks about, as it writes them ("2018")."""
        return [c.text for c in self.constraints if c.kind == "year"]

    def beside(self, contexts: list[str]) -> list[bool]:
        """Which of ``contexts``, each of which meets the question, to keep beside the others (rag.index.kinds.beside_marked:
        asked about the women's event, an unmarked report beside a marked one is the men's)."""
        return beside_marked(self.qualifiers, contexts)

    def met_by(self, context: str, head: str | None = None) -> bool:
        """Whether ``context`` meets every constraint, neither it nor ``head`` names another kind, and it is about no
        other edition."""
        return (
            meets(self.constraints, context)
            and not any(q.conflicts(context, head) for q in self.qualifiers)
            and not any(e.conflicts(context) for e in self.editions)
        )
