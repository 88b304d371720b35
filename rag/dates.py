"""Months and dates as documents write them: month names, a full date, a report's own date (its date line)."""

from __future__ import annotations

import re

#: the months in order, lower case
MONTH_NAMES: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
#: abbreviation -> full name: the three-letter forms and "sept" ("may" is its own full name)
ABBREVIATIONS: dict[str, str] = {m[:3]: m for m in MONTH_NAMES if m != "may"} | {"sept": "september"}

#: a month's or a weekday's name, whole, or a month's abbreviation ("Sept.", "Nov"): a capitalised word
#: that is no name ("Mark", "Jane" and "Novak" are)
MONTH_OR_DAY = re.compile(
    r"\b(?:" + "|".join(MONTH_NAMES) + "|" + "|".join(ABBREVIATIONS) + r"|may|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b\.?",
    re.I,
)

#: a month's number by its name's first three letters
MONTH_NUMBER = {m[:3]: i for i, m in enumerate(MONTH_NAMES, start=1)}
#: the alternatives of a month's name as a regex: its first three letters ("sept" too)
MONTHS = "|".join(sorted({m[:3] for m in MONTH_NAMES} | set(ABBREVIATIONS)))

#: a date with its year: "2020-04-20" (also in "2020-04-20T10:00"), "20 Apr 2020", "April 20, 2020"
FULL_DATE = re.compile(
    rf"\b(?:1[89]|20)\d\d-[01]\d-[0-3]\d(?!\d)"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})[a-z]*\.?,?\s+(?:1[89]|20)\d\d\b"
    rf"|\b(?:{MONTHS})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:1[89]|20)\d\d\b",
    re.I,
)


#: a year written on its own, as a question names the one it asks about ("in 2023"; not "2023.1" nor "v2023")
YEAR = re.compile(r"(?<![\w.])(?:1[89]|20)\d\d(?![\w])")

#: where a report's date line is: the start of the passage's context (its file name, heading and its
#: document's first lines); a full date further on is one the report names ("born December 13, 1989")
DATE_LINE_CHARS = 200


def own_date(text: str) -> tuple[int, int] | None:
    """(year, month) of the first full date at the start of ``text`` (a report's date line), or None."""
    day = own_day(text)
    return day[:2] if day else None


def date_line(text: str) -> str | None:
    """The first full date at the start of ``text`` as written (a report's date line: "3 May 2022"), or None."""
    m = FULL_DATE.search(text, 0, DATE_LINE_CHARS)
    return m.group(0) if m else None


#: a label a date line may start with: "Published:", "Posted on", "Updated"
_LABEL = re.compile(r"\b(?:published|posted|updated|dated?)\b:?(?:\s*on)?\s*$", re.I)
#: what a sentence writes right before a date it gives: "(", "on", "born"; a sentence's end
_IN_SENTENCE = re.compile(r"(?:[(\[,]|\b(?:on|in|from|since|until|by|between|born|died|of|and|to|at|after|before))\s*$|[.!?]\s", re.I)
#: what follows a date line's date: a dash (not a range's: "19 August 1921 - 2 January 1990", "May 3, 1940 – June 4,
#: 2022"), a colon, a bar, an agency in brackets ("(NWS) -"), a byline or the line's end
_AFTER_DATE = re.compile(rf"\s*(?:\([^)]{{1,30}}\)\s*)?(?:[-:|\u2013\u2014](?!\s*(?:\d|(?:{MONTHS})[a-z]*\b))|\s+by\b|\n|$)", re.I)


def report_date(text: str) -> str | None:
    """A report's date line as written ("18 November 2022"): the first full date near the start of ``text``, after its
    title or its place in capitals ("SAN JOSE, Calif.,") or a label ("Published:"), and before a dash or the line's
    end; None for a date a sentence gives ("Tamsin Reyes (19 August 1921 - 2 January 1990)", "On 3 May 2022 the …").
    Passages are read with their lines joined: the title runs into the date line."""
    line = date_line(text)
    if line is None:
        return None
    at = text.find(line)
    before = text[:at]
    if _LABEL.search(before):
        return line
    place = re.search(r"\b[A-Z][A-Z .'’-]+,(?:\s*[A-Z][a-z]+\.?,)?\s*$", before)
    if not place and _IN_SENTENCE.search(before):
        return None
    return line if _AFTER_DATE.match(text, at + len(line)) else None


def own_day(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of the first full date at the start of ``text`` (a report's date line), or None."""
    found = date_line(text)
    day = day_of(found) if found is not None else None
    return day if day is not None and 1 <= day[1] <= 12 and 1 <= day[2] <= 31 else None


def day_of(written: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a full date as :data:`FULL_DATE` finds it ("2020-04-20", "20 Apr 2020", "April 20, 2020"),
    unchecked; None when it names no month."""
    year = int(re.findall(r"(?:1[89]|20)\d\d", written)[0 if written[:4].isdigit() else -1])
    if written[:4].isdigit():
        return year, int(written[5:7]), int(written[8:10])
    found = month_day(written)
    return (year, *found) if found else None


def month_day(written: str) -> tuple[int, int] | None:
    """(month, day) of a day written with its month's name ("July 18", "18 July 2024", "Dec. 1"), or None."""
    month = next((MONTH_NUMBER[w[:3].lower()] for w in re.findall(r"[A-Za-z]{3,}", written) if w[:3].lower() in MONTH_NUMBER), 0)
    days = re.findall(r"\b\d{1,2}(?=\D|$)", written)
    return (month, int(days[0])) if month and days else None


#: a year a report names relative to its own: "last year('s)", "a year ago", "this year", "next year"; not "a
#: year after the 2020 race" (relative to what the sentence names, not to the report)
_RELATIVE_YEAR = re.compile(r"\b(?:(last|this|next) year|a year (ago))\b", re.I)
_OFFSET = {"last": -1, "ago": -1, "this": 0, "next": 1}


def with_years(text: str, own_year: int) -> str:
    """``text`` with the year each relative one names written after it: "last year's (2022) winner" in a
    report dated 2023. Asked to check an answer a 2024 preview gives as "last year's runner-up", the 1.5B
    model said it was not 2023's (the fifth smoke check's p013, eval/README.md, fifteenth step)."""
    out, at = [], 0
    for _, end, year in relative_years(text, own_year):
        possessive = _POSSESSIVE.match(text, end)  # "last year's (2022) winner", not "last year (2022)'s"
        end = possessive.end() if possessive else end
        out += [text[at:end], f" ({year})"]
        at = end
    return "".join(out) + text[at:]


_POSSESSIVE = re.compile(r"['’]s\b")


def relative_years(text: str, own_year: int) -> list[tuple[int, int, str]]:
    """(start, end, year) of each year ``text`` names relative to its report's own year ``own_year``:
    "Last year's winner was …" in a report dated 2023 names 2022 (issue 12: a question about 2022 finds
    its answer in the 2023 report, where "2022" is never written)."""
    return [
        (m.start(), m.end(), str(own_year + _OFFSET[(m.group(1) or m.group(2)).lower()]))
        for m in _RELATIVE_YEAR.finditer(text)
    ]


_Y = r"((?:1[89]|20)\d\d)"
#: a span of years a passage gives: "from 2014 to 2022", "2014–2022", "between 2014 and 2022" (not "in 2014 and
#: 2022": two years, not the ones between)
_YEAR_RANGE = re.compile(
    rf"(?<![\w.]){_Y}\s*(?:-|\u2013|\u2014|to|until|till|through)\s*{_Y}(?![\w])|\bbetween\s+{_Y}\s+and\s+{_Y}(?![\w])", re.I
)


#: a season written with its second year's last two digits: "2018-19", "2018/19", "1999–00"; not a date's month
#: ("2019-12-01")
_SEASON_SPAN = re.compile(rf"(?<![\w.]){_Y}\s*(?:-|/|\u2013)\s*(\d\d)(?![\w/-])")


def year_ranges(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, first, last) of each span of years ``text`` gives ("Adaeze Pollard from 2014 to 2022"): a
    year inside it is one the passage speaks of, though it never writes it (the seventh smoke check's q036, asked
    who was vice-chancellor in 2018). A season is a span of its two years: "The 2018-19 season" speaks of 2019 (the
    fifteenth smoke check's q019, asked how a club finished in 2018-19)."""
    out = []
    for m in _YEAR_RANGE.finditer(text):
        first, last = (int(g) for g in m.groups() if g)
        if first < last <= first + 100:
            out.append((m.start(), m.end(), first, last))
    for m in _SEASON_SPAN.finditer(text):
        first = int(m.group(1))
        if (first + 1) % 100 == int(m.group(2)):
            out.append((m.start(), m.end(), first, first + 1))
    return sorted(out)


def spans_holding(text: str, year: int) -> list[tuple[int, int]]:
    """(start, end) of each span of years ``text`` gives that holds ``year`` (:func:`year_ranges`)."""
    return [(a, b) for a, b, first, last in year_ranges(text) if first <= year <= last]


def with_spans(text: str, years: list[int]) -> str:
    """``text`` with each span of years that holds a year of ``years`` followed by that year: "from 2014 to 2022
    (so in 2018)". Asked whether "Adaeze Pollard from 2014 to 2022" states who was vice-chancellor in 2018, the
    1.5B model said no (probability of yes 0.31; the seventh smoke check's q036, eval/README.md)."""
    out, at = [], 0
    for _, end, first, last in year_ranges(text):
        held = [y for y in years if first <= y <= last]
        if held:
            out += [text[at:end], f" (so in {' and '.join(map(str, held))})"]
            at = end
    return "".join(out) + text[at:]

