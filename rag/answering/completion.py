"""Complete what a small model leaves out of an answer that its passage states: the year of a date.

Asked "when was 3.0.17 imported?", the model writes "July 13 [2]" although the
passage says "Sun, 13 Jul 2025": a date without its year is a worse answer (and
a wrong one, once the neighbouring year's entry says "13 Jul 2024"). When the
cited passages give that day of that month with exactly one year, the year is
added; when they give none, or several, the answer is left as written.

A news report often gives a date without its year ("the phones go on sale on September 24") and its
own date once, in its date line ("CUPERTINO, Sept. 14, 2021 —"). When a cited passage gives the day
and month without a year, and that month is its document's first full date's, one of the three months
after it (what a report announces: "January 5" in a December report is the next year's) or the month
before it (what it reports), the year follows from that date. A date further back is left as written:
a report of December 2024 that names "Oct. 7" means 2023's.

Asked when, the model may give the year alone of the date its passage states: "1921 [1]" for when an aviator was
born, from "Tamsin Reyes (19 August 1921 - 2 January 1990)" (the seventeenth smoke check's q074). When every
mention of that year in the cited passages is one full date, the year is that date's, and the date is given ("19
August 1921"); a passage that names the year otherwise too ("opened in late 2019", beside "began on 3 March 2019"),
names a year without writing it ("later that year"), or whose date of that year is its report's own date line,
leaves it as written.

A unit is spelled as its passage spells it: asked how tall a tower is, the model wrote "187 meters" of "it stands 187
metres tall" (the sixteenth smoke check's q073), and an answer checked against the passage's words reads another word.

A report names the day of what it reports by its weekday alone ("opened to the public on Thursday"),
and its date only in its date line ("TELLMARK, Nov. 17, 2022 —"). Asked when, the model wrote "on
Thursday" (the sixth smoke check's r048): a weekday is completed with its date, the last such day on or
before the date line, when the passage says it of what happened (not "will open on Thursday").
"""

from __future__ import annotations

import datetime
import re
from typing import Iterable

from rag.dates import FULL_DATE, MONTH_NAMES, MONTH_NUMBER, MONTHS, day_of, own_date, own_day, report_date
from rag.text import split_sentences

_MONTH = rf"(?P<month>(?:{MONTHS})[a-z]*\.?)"
#: "July 13" or "13 July" (with "Jul.", "13th"), not already followed by a year
#: (a range of days too: "April 21-23", "April 21 to 23": the year goes after the range)
_MONTH_DAY = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:[-\u2013]|to|through|and)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\b"
    rf"(?!\s*[-\u2013]\s*\d)(?!,?\s*\d{{4}})",
    re.I,
)
_DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![a-z])(?!,?\s*\d{{4}})", re.I)


def _dated(text: str, month: str, day: int) -> set[str]:
    """The years ``text`` gives to that day of that month ("13 Jul 2025", "July 13, 2025")."""
    m3 = month[:3].lower()
    years = set()
    pattern = re.compile(
        rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{m3}[a-z]*\.?,?\s+(?P<y1>\d{{4}})"
        rf"|{m3}[a-z]*\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}}))\b",
        re.I,
    )
    for m in pattern.finditer(text):
        d, y = (m.group("d1"), m.group("y1")) if m.group("d1") else (m.group("d2"), m.group("y2"))
        if int(d) == day:
            years.add(y)
    return years


#: how many months after, and before, its report's own date a day named without its year takes its year from it
MONTHS_AFTER, MONTHS_BEFORE = 3, 1


def _mentioned(text: str, month: str, day: int) -> bool:
    """Whether ``text`` names that day of that month ("September 24", "24 Sept.")."""
    m3 = month[:3].lower()
    pattern = re.compile(
        rf"\b(?:{day}(?:st|nd|rd|th)?\s+(?:of\s+)?{m3}[a-z]*\.?(?![a-z])|{m3}[a-z]*\.?\s+{day}(?:st|nd|rd|th)?\b)", re.I
    )
    return bool(pattern.search(text))


def _year_of_report(texts: list[str], month: str, day: int) -> set[str]:
    """The years that day of that month falls in, from the reports that name it without a year and
    are dated from :data:`MONTHS_BEFORE` after it to :data:`MONTHS_AFTER` before it."""
    number = MONTH_NUMBER.get(month[:3].lower())
    years = set()
    for t in texts:
        dated = own_date(t)
        if not number or not dated or not _mentioned(t, month, day):
            continue
        year, of = dated
        ahead = (number - of) % 12
        if ahead <= MONTHS_AFTER:
            years.add(str(year + (number < of)))  # "January 5" in a December report: the next year's
        elif ahead >= 12 - MONTHS_BEFORE:
            years.add(str(year - (number > of)))  # "December 30" in a January report: the year before's
    return years


def complete_dates(sentence: str, passages: Iterable[str]) -> str:
    """``sentence`` with the year added to each date that lacks one, when the passages give exactly one."""
    texts = list(passages)

    def fill(m: re.Match[str]) -> str:
        day = int(m.group("day"))
        if not 1 <= day <= 31:
            return m.group(0)
        years = set().union(*(_dated(t, m.group("month"), day) for t in texts)) if texts else set()
        if not years:
            years = _year_of_report(texts, m.group("month"), day)
        if len(years) != 1:
            return m.group(0)
        year = years.pop()
        # "July 13" -> "July 13, 2025"; "13 July" -> "13 July 2025" (a full stop after the month stays last)
        if m.re is _MONTH_DAY:
            return f"{m.group(0)}, {year}"
        text = m.group(0)
        return f"{text[:-1]} {year}." if text.endswith(".") else f"{text} {year}"

    return _DAY_MONTH.sub(fill, _MONTH_DAY.sub(fill, sentence))


#: a year an answer gives alone ("1921", "in 1921"): not one of a range ("1921-1990", "2019-20", "1921 and 1922")
#: nor a number ("1921.5")
_LONE_YEAR = re.compile(
    r"(?<![-\u2013\w.])(?P<on>(?i:in)\s+)?(?P<year>(?:1[89]|20)\d\d)\b(?!\s*(?:[-\u2013/]|to|and|or)\s*\d|\.\d)"
)
#: a question that asks for a year, not a date
_ASKS_YEAR = re.compile(r"\b(?:what|which)\s+year\b", re.I)
#: what before a year makes it part of a date or a range: "August 1921", "19 August 1921", "1921 and"
_IN_DATE = re.compile(rf"(?:\b(?:{MONTHS})[a-z]*\.?,?|\d(?:st|nd|rd|th)?,?|\d\s*(?:and|to|or))\s*$", re.I)


#: a year a passage names without writing it: "later that year", "earlier this year"
_SAME_YEAR = re.compile(r"\b(?:that|this|the\s+same|last|next)\s+year\b", re.I)


def _date_of_year(texts: list[str], year: str) -> str | None:
    """The one full date that every mention of ``year`` in ``texts`` is part of, as first written, or None; None too
    when a text names a year without writing it ("opened later that year"), or the date is its report's own (its date
    line dates the report, not what it tells)."""
    found: dict[tuple[int, int], str] = {}
    for t in texts:
        if _SAME_YEAR.search(t):
            return None
        line = report_date(t)
        dates = [m for m in FULL_DATE.finditer(t) if year in m.group(0)]
        if line is not None and any(m.group(0) == line for m in dates):
            return None
        for m in re.finditer(rf"(?<![\w.]){year}(?![\w])", t):
            around = next((d for d in dates if d.start() <= m.start() < d.end()), None)
            # a year named alone, or in a range of days ("19-21 August 1921"): not one date's
            if around is None or re.search(r"\d\s*(?:[-\u2013]|to|and)\s*$", t[max(0, around.start() - 6) : around.start()]):
                return None
            written = around.group(0)
            day = day_of(written)
            if day is None:
                return None
            found.setdefault(day[1:], written)
    return next(iter(found.values())) if len(found) == 1 else None


def complete_year(question: str, sentence: str, passages: Iterable[str]) -> str:
    """``sentence`` with a year it gives alone replaced by the full date of that year its passages give, when
    every mention of the year in them is that date ("born in 1921" -> "born on 19 August 1921"); not when
    ``question`` asks for the year ("In what year …?")."""
    texts = [] if _ASKS_YEAR.search(question) else list(passages)

    def fill(m: re.Match[str]) -> str:
        if _IN_DATE.search(sentence, 0, m.start()):
            return m.group(0)
        date = _date_of_year(texts, m.group("year")) if texts else None
        if date is None:
            return m.group(0)
        on = m.group("on")
        return f"{'On' if on[0] == 'I' else 'on'} {date}" if on else date

    return _LONE_YEAR.sub(fill, sentence)


#: a measure with a unit spelled two ways: "187 meters" and "187 metres", "2.5 liters" and "2.5 litres"
_SPELLED = re.compile(r"(?P<figure>\d[\d,.]*)(?P<gap>[\s-]?)(?P<unit>(?:kilo|centi|milli)?(?:met|lit)(?:er|re)s?)\b", re.I)


def _respelled(unit: str) -> str:
    """``unit`` in the other spelling: "meters" -> "metres", "litre" -> "liter"."""
    # each letter keeps its case: "METERS" -> "METRES"
    return re.sub(r"(e)(r)(?=s?$)|(r)(e)(?=s?$)", lambda m: "".join(g for g in m.groups()[::-1] if g), unit, flags=re.I)


def spelled_as_passage(sentence: str, passages: Iterable[str]) -> str:
    """``sentence`` with each measure's unit spelled as its passages spell it with that figure, when they spell it
    only the other way ("187 meters" -> "187 metres")."""
    texts = list(passages)

    def fill(m: re.Match[str]) -> str:
        figure, unit = re.escape(m.group("figure")), m.group("unit")
        other = _respelled(unit)
        if not any(re.search(rf"(?<![\d.,]){figure}[\s-]?{other}\b", t, re.I) for t in texts):
            return m.group(0)
        if any(re.search(rf"(?<![\d.,]){figure}[\s-]?{unit}\b", t, re.I) for t in texts):
            return m.group(0)
        return f"{m.group('figure')}{m.group('gap')}{other}"

    return _SPELLED.sub(fill, sentence)


#: an amount of money written with its currency's sign, not a sign with a country's letters before it ("US$", "A$"),
#: and its scale: "£412 million", "$ 1.2bn"
_SCALE_WORD = r"(?:million|billion|thousand|bn|m|k)\b"
_SCALE = rf"(?:\s?{_SCALE_WORD})?"
_MONEY = re.compile(rf"(?<![A-Za-z])(?P<sign>[$€£¥])(?P<gap>\s?)(?P<figure>\d[\d,]*(?:\.\d+)?)(?![\d])(?P<scale>{_SCALE})", re.I)
#: a currency written by its name or its code: a passage that writes the figure so holds another currency beside the sign
_NAMED = r"(?:(?:us|u\.s\.|australian|canadian|singapore|hong\s+kong|new\s+zealand)\s+)?(?:dollars?|usd|pounds?|gbp|sterling|euros?|eur|yen|jpy|francs?|chf|crowns?|kronor|krona|kroner|rupees?|inr)\b"


def currency_as_passage(sentence: str, passages: Iterable[str]) -> str:
    """``sentence`` with each amount's currency sign as its passages write that figure, at the same scale, when they
    write it with one other sign only and never with a currency's name or code: the 1.5B model wrote "£412 million"
    for a passage's "€412 million" (the nineteenth smoke check's q023)."""
    texts = list(passages)

    def fill(m: re.Match[str]) -> str:
        figure, scale = re.escape(m.group("figure")), re.escape(m.group("scale").strip())
        at_scale = rf"{figure}(?![\d]|[.,]\d)\s?{scale}(?![\w])" if scale else rf"{figure}(?![\d]|[.,]\d)(?!\s?{_SCALE_WORD})"
        signs = {f.group(1) for t in texts for f in re.finditer(rf"(?<![A-Za-z])([$€£¥])\s?{at_scale}", t, re.I)}
        if m.group("sign") in signs or len(signs) != 1:
            return m.group(0)
        if any(re.search(rf"(?<![\d.,]){figure}(?![\d]|[.,]\d){_SCALE}\s*{_NAMED}|\b(?:usd|gbp|eur|jpy|chf|inr)\s?{figure}(?![\d])", t, re.I) for t in texts):
            return m.group(0)
        return f"{signs.pop()}{m.group('gap')}{m.group('figure')}{m.group('scale')}"

    return _MONEY.sub(fill, sentence)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: a weekday an answer gives without a date after it ("on Thursday", not "on Thursday, November 17")
_WEEKDAY = re.compile(rf"\b(?P<weekday>{'|'.join(_WEEKDAYS)})\b(?!,?\s+(?:\d|(?:{MONTHS})))", re.I)
#: what puts a weekday ahead of its report: "will open on Thursday", "is set for Sunday", "next Monday"
_AHEAD = re.compile(r"\b(?:will|shall|set\s+(?:to|for)|scheduled|due|next|expected|plans?|planned|this\s+coming)\b", re.I)
#: and a present tense right before it: "the final is on Sunday", "the garden opens on Saturday" (a headline's
#: present tense, "Tellmark's new library opens", tells of the past)
_PRESENT_BEFORE = r"\b(?:is|are|opens|begins|starts|takes\s+place|kicks\s+off|gets\s+under\s?way)\s+(?:on\s+)?"

#: a plan or an expectation an outcome is compared with: "later than planned", "as expected"
_COMPARED = re.compile(r"\b(?:than|as)\s+(?:originally\s+)?(?:planned|expected|scheduled|forecast|predicted)\b", re.I)


def _weekday_dates(text: str, weekday: str) -> set[datetime.date]:
    """The date of ``weekday`` in a report whose date line gives its day and whose sentences name that weekday
    of what happened: the last such day on or before the date line."""
    own = own_day(text)
    # "opened … on Saturday, three months later than planned": a plan compared with, not a day to come (the eighth
    # smoke check's q080)
    said = [_COMPARED.sub("", s) for s in split_sentences(text) if re.search(rf"\b{weekday}\b", s, re.I)]
    if own is None or not said or any(_AHEAD.search(s) or re.search(rf"{_PRESENT_BEFORE}{weekday}\b", s, re.I) for s in said):
        return set()
    try:
        day = datetime.date(*own)
    except ValueError:  # "February 30"
        return set()
    return {day - datetime.timedelta(days=(day.weekday() - _WEEKDAYS.index(weekday)) % 7)}


def complete_weekdays(sentence: str, passages: Iterable[str]) -> str:
    """``sentence`` with the date written after each weekday it gives alone, when the passages date it to
    exactly one day ("on Thursday" -> "on Thursday, November 17, 2022")."""
    texts = list(passages)

    def fill(m: re.Match[str]) -> str:
        dates = set().union(*(_weekday_dates(t, m.group("weekday").lower()) for t in texts)) if texts else set()
        if len(dates) != 1:
            return m.group(0)
        day = dates.pop()
        return f"{m.group(0)}, {MONTH_NAMES[day.month - 1].capitalize()} {day.day}, {day.year}"

    return _WEEKDAY.sub(fill, sentence)
