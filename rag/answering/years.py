"""Whether an answer's name goes with the year its question asks about.

A passage meets a question's year when the year is anywhere in it or in its context
(rag.index.constraints), and a report of one year often names others: "Evans Chebet … won the 126th
Boston Marathon …, with … Benson Kipruto, the 2021 champion, third" (dated April 18, 2022); "Albert
Korir … won the New York City Marathon …, a year after the 2020 race was cancelled". Asked who won in
2021 or in 2020, the 1.5B model names the passage's winner, and the support check passes it (issue 12:
"asked who won a 2021 race, it names the 2019 winner").

An answer's name goes with the year asked when a passage it cites is of that year (its file name or
heading names it, or it is the first year of its document: a date line, "The 2019 Boston Marathon
was…"), or when the year stands close to the name in one sentence of the passage ("Benson Kipruto,
the 2021 champion"; a list of winners by year). Otherwise the answer is off-year and rag refuses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

from rag.answering.answer_type import expected
from rag.answering.citations import Attribution, cited_by_sentence
from rag.answering.positions import answer_name
from rag.answering.prompt import REFUSAL, Evidence, shown_text
from rag.answering.subjects import subjects
from rag.dates import (
    ABBREVIATIONS,
    MONTH_NAMES,
    MONTH_OR_DAY,
    own_date,
    relative_years,
    spans_holding,
    with_spans,
    with_years,
    year_ranges,
)
from rag.index.constraints import OPENING_CHARS, Requirements, seasons
from rag.index.parents import is_whole
from rag.records import Citation, Hit
from rag.text import sentence_spans

if TYPE_CHECKING:  # pragma: no cover
    from rag.index.loaded_index import LoadedIndex

#: a year of the last two centuries; in a file name between hyphens too ("boston-2019.txt")
_YEAR = re.compile(r"(?<![\d.])(1[89]\d\d|20\d\d)(?![\d])")
#: how far (characters between them) a year may stand from the name it goes with in a sentence: "The 2021
#: New York City Marathon was won by Albert Korir" is 40; "Evans Chebet pulled away … with … Benson
#: Kipruto, the 2021 champion" 128 from Chebet
NEAR = 60


@dataclass(frozen=True)
class Dated:
    """A cited passage's text and the years it is of (its file name's and heading's, its document's first),
    and its report's own year (its date line's), from which "last year" is counted."""

    text: str
    years: frozenset[str]
    own_year: int | None = None
    #: the passage is its whole document (a short one: rag.index.parents.is_whole), not a page or a part of one
    whole: bool = False
    #: the month of its report's date line, with ``own_year``
    own_month: int | None = None

    def of_another_season(self, first: int) -> bool:
        """Whether the report's date line falls in another season than the one from ``first`` to the year after
        (September to May), and the passage's opening does not name that season: a cup final's report dated 20 May 2023
        is of 2022-23, not of 2023-24 (the sixteenth smoke check's q003)."""
        # June to August may end one season or start the next (an awards night, a fixture list): no decision
        if self.own_year is None or self.own_month is None or 6 <= self.own_month <= 8:
            return False
        own = self.own_year if self.own_month > 8 else self.own_year - 1
        # a season its opening names is what it is about ("Ravensholm Ladies: the 2023-24 season in review"); one named
        # further on is another's ("Season tickets for 2023-24 go on sale in June")
        head = self.text[:OPENING_CHARS]
        return own != first and not any(f == first for *_, f, last in year_ranges(head) if last == f + 1)

    def year_spans(self, year: str) -> list[tuple[int, int]]:
        """Where the passage names ``year``: written out, inside a span of years, or relative to its report's own
        ("last year")."""
        return self.written(year) + self.holding(year)

    def written(self, year: str) -> list[tuple[int, int]]:
        """Where the passage writes ``year`` out, or names it relative to its report's own ("last year")."""
        spans = [m.span() for m in re.finditer(rf"(?<!\d){year}(?!\d)", self.text)]
        if self.own_year is not None:
            spans += [(a, b) for a, b, y in relative_years(self.text, self.own_year) if y == year]
        return spans

    def holding(self, year: str) -> list[tuple[int, int]]:
        """The spans of years the passage gives that hold ``year``: "Adaeze Pollard from 2014 to 2022", asked
        about 2018."""
        return spans_holding(self.text, int(year))


def years_of(file_name: str, heading: str | None, opening: str) -> frozenset[str]:
    """The years a passage is of: those its file name and heading name, and the first year of its
    document's opening (a date line's, a first sentence's: a report names its own year before others)."""
    years = set(_YEAR.findall(file_name)) | set(_YEAR.findall(heading or ""))
    first = _YEAR.search(opening)
    return frozenset(years | ({first.group(1)} if first else set()))


def near(name: re.Pattern[str], year: str, passage: Dated) -> bool:
    """Whether ``year`` stands within :data:`NEAR` characters of the name in a sentence of ``passage``; a span
    of years that holds it only beside the name, with no other year between them."""
    written, holding = passage.written(year), passage.holding(year)
    if not written and not holding:
        return False
    text = passage.text
    before: tuple[int, int] | None = None
    for a, b in sentence_spans(text):
        names = [(a + s, a + e) for s, e in (m.span() for m in name.finditer(text[a:b]))]
        if names and before is not None and _goes_on(text[a:b]) and _YEAR.findall(text[before[0] : before[1]])[-1:] == [year]:
            # a sentence that goes on with the one before it, of the year that one names last: "Oswin Tarrant served as
            # chief executive until March 2021 … He was succeeded as chief executive by Lucia Brennock" (the nineteenth
            # smoke check's q013, asked who has been chief executive since 2021); not its first of two ("became chief
            # executive in 2010 and served until March 2021")
            return True
        before = (a, b)
        for ns, ne in names:
            if any(a <= ys and ye <= b and max(ys - ne, ns - ye) <= NEAR and _one_clause(text, (ns, ne), (ys, ye)) for ys, ye in written):
                return True
            # the sentence's subject goes with a span anywhere after it in its sentence: "Imogen Sallow (born 1968) is
            # an Essland politician who served as Mayor of Halden Cross from 2017 to 2021", asked who was mayor in
            # 2019 (the fifteenth smoke check's q036: 80 characters apart, a birth year between)
            subject = not _LEAD.sub("", text[a:ns]).strip()
            if any(
                a <= ys and ye <= b and _beside(text, (ns, ne), (ys, ye))
                and (max(ys - ne, ns - ye) <= NEAR or (subject and ys > ne and not _ANOTHER.search(text[ne:ys])))
                for ys, ye in holding
            ):
                return True
    return False


#: a sentence whose subject is the one before it: a pronoun first, and no year of its own
_PRONOUN_FIRST = re.compile(r"^[\s\"'“‘(]*(?:he|she|they|it|his|her|their|its)\b", re.I)
#: what moves a sentence on to another time: "Her successor as winner, Tom Brandt", "two seasons later"
_LATER = re.compile(r"\b(?:successors?|later|following|next|afterwards|subsequently|since\s+then|ago)\b", re.I)


def _goes_on(sentence: str) -> bool:
    """Whether ``sentence`` goes on with the one before it, at its time: its subject a pronoun, no year of its own, and
    no word that moves it on ("He was succeeded by Lucia Brennock"; not "She won again in 2023", nor "Her successor
    as winner, Tom Brandt")."""
    return bool(_PRONOUN_FIRST.match(sentence)) and not _YEAR.search(sentence) and not _LATER.search(sentence)


#: what may stand before a sentence's subject: a title line's words, quotes, a list's mark
_LEAD = re.compile(r"^[\s\"'“‘(\-•*]*")
#: another's clause between a subject and a span: "Helmut Sarne (born 1950) was a councillor; Ada Pell served from
#: 2014 to 2022"
_ANOTHER = re.compile(r";|\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+(?:served|was|were|is|held|became|took|succeeded|replaced|followed)\b")
#: a birth year beside a name, which dates no office: "(born 1968)", "(b. 1968)", "(1968–)", "born in 1968"
_BORN = re.compile(r"\(\s*(?:born|b\.)\s+(?:\w+\s+)?(?:\d{1,2}\s+)?(?:1[89]|20)\d\d\s*\)|\(\s*(?:1[89]|20)\d\d\s*[-–]\s*\)|\bborn\s+(?:in\s+)?(?:1[89]|20)\d\d\b")


def _beside(text: str, name: tuple[int, int], span: tuple[int, int]) -> bool:
    """Whether no other year stands between ``name`` and ``span`` in ``text``: in a list of office holders
    ("Helmut Sarne served from 2005 to 2014, Adaeze Pollard from 2014 to 2022"), a span goes with the name
    just before it, not with the first name of the sentence (the seventh smoke check's q036, asked who was
    vice-chancellor in 2018: the span from 2014 to 2022 is 40 characters from Helmut Sarne). Another name between
    them does not part them: a title is written in capitals too ("Adaeze Pollard, Vice Chancellor from 2014"), nor
    does a birth year ("Imogen Sallow (born 1968) … from 2017 to 2021")."""
    between = text[name[1]:span[0]] if name[1] <= span[0] else text[span[1]:name[0]]
    return not _YEAR.search(_BORN.sub(" ", between))


def _one_clause(text: str, name: tuple[int, int], span: tuple[int, int]) -> bool:
    """Whether no semicolon parts ``name`` from a year after it (``span``) in ``text``: a later clause's year is not
    the name's. "The horse-drawn class was won by Tomos Ashworth …; last year's (2022) horse-class champion, Elspeth
    Gorrie, was second", in a report of 2023, asked who won in 2022 (the twenty-second smoke check's q080: 44
    characters apart); "2021: Ann Pell; 2022: Tom Brandt". A year before the name sets the scene for the clauses after
    it: "In 2022, Tom Brandt won the men's race; Ann Pell took the women's title" (a review of this step)."""
    return span[0] < name[0] or ";" not in text[name[1] : span[0]]


@dataclass(frozen=True)
class OffYear:
    """An answer's name or figure that its passages tie to no year the question asks about."""

    anchor: str
    #: the sentences of the cited passages that name a year asked about, for the model to choose from
    stating: tuple[str, ...]


#: a figure an answer gives ("9.1 percent", "$44 billion", "549.99"), when it gives no name; a time whole ("2:00.12",
#: "06:52"), not its first digits
_FIGURE = re.compile(r"(?<![\w.,:])\$?\d[\d,]*(?::\d\d)*(?:\.\d+)?(?![\w.,:]*\d)")
#: what makes an answer a date or a release rather than a figure: an ISO date, a version ("3.0.12", "2.26.2-1")
_RELEASE_OR_DATE = re.compile(r"\d{4}-\d\d|\d+\.\d+\.\d+|\d[\w.]*[~+-]\w")
#: a citation marker: its number is no figure of the answer
_MARKER = re.compile(r"\[\d{1,3}\]")
#: a month's name, capitalised: what makes an answer a date. A weekday only does so asked "when": "15.2 million
#: passengers in 2023 …, the company said on Tuesday" gives a figure. Not the verb "may"
_MONTH = re.compile(rf"\b(?:{'|'.join(m.capitalize() for m in [*MONTH_NAMES, *ABBREVIATIONS])})\b")


def anchor(question: str, text: str) -> tuple[str, re.Pattern[str]] | None:
    """What must go with the year in the passages: the answer's first name ("Evans Chebet"), or,
    when it gives none, its first figure that the question does not hold ("9.1" of "9.1 percent"); a
    date or a release is left alone (its year is part of it, or it has none)."""
    named = answer_name(question, text)
    if named is not None:
        return named
    if (MONTH_OR_DAY if expected(question) == "time" else _MONTH).search(text) or _RELEASE_OR_DATE.search(text):
        return None
    return figure(question, text)


def figure(question: str, text: str) -> tuple[str, re.Pattern[str]] | None:
    """The first figure of ``text`` that ``question`` does not hold and that is no year ("9.1" of "9.1
    percent"), with what finds it in a passage; None when there is none."""
    for m in _FIGURE.finditer(_MARKER.sub("", text)):
        found = m.group().lstrip("$")
        if found not in question and not _YEAR.fullmatch(found):
            return found, re.compile(rf"(?<![\d.,]){re.escape(found)}(?![\d]|[.,]\d)")
    return None


#: a year a figure is given for, right after it in its clause: "carried 15.2 million passengers in 2023"
_FIGURE_YEAR = re.compile(r"[^,;:.()]{0,40}?\b(?:in|for|during)\s+(?:fiscal\s+|the\s+year\s+)?(1[89]\d\d|20\d\d)\b")


def _names_event_of(year: str, events: Sequence[tuple[str, ...]], sentence: str) -> bool:
    """Whether ``sentence`` writes ``year`` beside a name of the question's (``events``): "at the 2022 Carrowmere
    Cup", "the Carrowmere Cup in 2022"."""
    for words in events:
        first, last = (re.escape(w) for w in (words[0], words[-1]))
        if re.search(rf"(?<!\d){year}\W{{1,3}}(?:[A-Z][\w'’-]*\W{{1,3}}){{0,2}}{first}|{last}\W{{1,3}}(?:in\s+|of\s+)?{year}(?!\d)", sentence):
            return True
    return False


def _of_year(
    name: str, word: re.Pattern[str], passage: Dated, asked: set[str], events: Sequence[tuple[str, ...]] = (), season: int | None = None
) -> bool:
    """Whether ``passage`` ties the answer's ``name`` to a year ``asked``: the passage is of that year or
    the year stands close to it, unless it is a figure the passage gives for another year ("Harbor Air
    carried 15.2 million passengers in 2024", in a report dated January 2025, asked about 2025). A name's
    aside keeps its passage's year ("Benson Kipruto, the 2021 champion, third" in a 2022 report)."""
    if name[:1].isdigit():
        given = {m.group(1) for w in word.finditer(passage.text) if (m := _FIGURE_YEAR.match(passage.text, w.end()))}
        if given and not given & asked:
            return False  # a date line's year may stand close to it too: the year it is given for decides
    # asked about a season (``season``, its first year), a report of another season is of neither year, though it is
    # dated in one
    of_year = bool(passage.years & asked) and (season is None or not passage.of_another_season(season))
    return of_year or any(near(word, y, passage) for y in asked) or _whole_of_year(word, passage, asked, events)


def _season(asked: set[str]) -> int | None:
    """The first year of the season that the years ``asked`` make (2023 of {"2023", "2024"}), or None."""
    years = sorted(int(y) for y in asked)
    return years[0] if len(years) == 2 and years[1] == years[0] + 1 else None


def _whole_of_year(word: re.Pattern[str], passage: Dated, asked: set[str], events: Sequence[tuple[str, ...]]) -> bool:
    """Whether ``passage``, a whole short document, ties the name ``word`` finds to a year ``asked`` by what it
    says as a whole, where no year stands close to the name."""
    # a whole short document with no date line of another year, whose sentence that holds the name writes the year
    # asked beside the question's event: "Greta Solvang, the 2021 champion, punctured …, and Anouk Tessaro took her
    # chance, riding the last 20 km alone to win the women's race at the 2022 Carrowmere Cup" (its opening's first
    # year is an aside's, and 2022 stands 77 characters from her name: the seventh smoke check's q072)
    if passage.whole and (passage.own_year is None or str(passage.own_year) in asked):
        holding = [passage.text[a:b] for a, b in sentence_spans(passage.text) if word.search(passage.text[a:b])]
        if any(_names_event_of(y, events, s) for y in asked for s in holding):
            return True
    # a whole short document that nothing dates (no year in its file name, heading or opening) and that names one
    # year only is of that year: "Quietwater, directed by Lucan Abara, is a 94-minute thriller … Released in cinemas
    # in 2022" (the sixth smoke check's r046: two sentences apart, past the opening of a review). Not a page or a
    # part of a longer document: a talk's title page names its workshop's year, not its authors' affiliations'
    # (the documents set's d034); and not where "last year" names another that an undated passage cannot tell
    if not passage.whole or passage.years or relative_years(passage.text, 0):
        return False
    named = set(_YEAR.findall(passage.text))
    return len(named) == 1 and bool(named & asked)


def off_year(years: Iterable[str], question: str, answers: Iterable[tuple[str, list[Dated]]]) -> OffYear | None:
    """What an answer gives (a name, or a figure) that no passage it cites ties to the question's
    ``years`` (None when every one is tied, or it gives neither). ``answers`` holds each answer
    sentence with its cited passages. Lenient: one sentence whose name or figure is tied is enough."""
    asked = set(years)
    if not asked:
        return None
    events = subjects(question)
    # a season as the question writes one ("2023-24", "2023/24"), not two years ("in 2023 and 2024")
    season = _season(asked) if seasons(question) else None
    found: OffYear | None = None
    for text, passages in answers:
        anchored = anchor(question, text)
        if anchored is None or not passages:
            continue
        name, word = anchored
        holding = [p for p in passages if word.search(p.text)]
        if not holding:
            continue  # what its passages do not hold is not this check's (rag.answering.citations)
        if any(_of_year(name, word, p, asked, events, season) for p in holding):
            return None
        if found is None:
            stating: list[str] = []
            for p in passages:
                spans = [span for y in asked for span in p.year_spans(y)]
                stating += [
                    _with_own(p, a, b) for a, b in _clauses(p.text)
                    if any(a <= ys and ye <= b for ys, ye in spans) and not word.search(p.text[a:b])
                ]
            found = OffYear(name, tuple(dict.fromkeys(stating))[:3])
    return found


def _clauses(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s sentences, each parted at its semicolons: the clause that names the year asked is
    quoted without another's name (:func:`_one_clause`)."""
    spans = []
    for a, b in sentence_spans(text):
        starts = [a, *(a + m.end() for m in re.finditer(";", text[a:b]))]
        spans += [(s, e) for s, e in zip(starts, [*(x - 1 for x in starts[1:]), b]) if text[s:e].strip()]
    return spans


def _with_own(passage: Dated, a: int, b: int) -> str:
    """The passage's text from ``a`` to ``b``, with the year each relative one names written after it ("last year's
    (2022) horse-class champion"): quoted to the model, a clause that names the year asked only as "last year" says it."""
    text = passage.text[a:b].strip()
    return text if passage.own_year is None else with_years(text, passage.own_year)


#: asked once when the passages tie what a reply gives to no year the question asks about
OFF_YEAR = (
    "The question asks about {years}, but the passages do not give {anchor} for {years}.{stating} Reply with the "
    f"answer the passages give for {{years}}, or if they do not give it, with exactly: {REFUSAL}"
)


def follow_up(index: "LoadedIndex", q: str, required: Requirements, result: Attribution, evidence: list[Evidence]) -> str:
    """The follow-up for an answer whose name or figure no passage it cites ties to the year the
    question asks about (:func:`off_year`), quoting the passages' sentences that name that year;
    "" when it is tied."""
    asked_years = required.years
    if not asked_years:
        return ""
    text_of = shown_text(evidence)

    def dated(citation: Citation) -> Dated:
        c = citation.hit.chunk
        first = opening(index, citation.hit)
        dated = own_date(first)
        years = years_of(c.file_name, c.heading, first)
        year, month = dated if dated else (None, None)
        return Dated(text_of(citation.hit), years, year, is_whole(index, citation.hit), month)

    found = off_year(asked_years, q, cited_by_sentence(result, dated))
    if found is None:
        return ""
    asked = " and ".join(asked_years)
    stating = " ".join(f'"{x}"' for x in found.stating)
    return OFF_YEAR.format(years=asked, anchor=found.anchor, stating=f" They name {asked} in: {stating}" if stating else "")


def relative_line(index: "LoadedIndex", hit: Hit) -> str:
    """The years ``hit`` names relative to its report's own ("last year" in a report dated 2023: 2022), one
    line; "" when it names none or its report has no date line. Asked who was first picked in the 2022 NBA
    draft, the 2023 report's "Last year, Orlando took Paolo Banchero with the top pick" never writes 2022:
    it was not shown (the smoke checks of the thirteenth step, eval/README.md)."""
    own = own_year(index, hit)
    return "" if own is None else "\n" + " ".join(sorted({y for _, _, y in relative_years(hit.chunk.text, own)}))


def with_own_years(index: "LoadedIndex", hit: Hit, asked: Iterable[str] = ()) -> str:
    """``hit``'s text with the year each relative one names written after it ("last year's (2023)
    runner-up"), from its report's date line, and each year ``asked`` after a span of years that holds it
    ("from 2014 to 2022 (so in 2018)")."""
    own = own_year(index, hit)
    text = hit.chunk.text if own is None else with_years(hit.chunk.text, own)
    return with_spans(text, [int(y) for y in asked])


def own_year(index: "LoadedIndex", hit: Hit) -> int | None:
    """The year of the date line of ``hit``'s report, or None."""
    own = own_date(opening(index, hit))
    return None if own is None else own[0]


def opening(index: "LoadedIndex", hit: Hit) -> str:
    """The opening of ``hit``'s document (its title, its date line), or of the passage when the index has none."""
    return index.opening(hit.chunk.source) or hit.chunk.text[:OPENING_CHARS]
