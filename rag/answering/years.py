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
from typing import Iterable

from rag.answering.answer_type import new_names
from rag.answering.positions import first_run, name_pattern
from rag.text import sentence_spans

#: a year of the last two centuries; in a file name between hyphens too ("boston-2019.txt")
_YEAR = re.compile(r"(?<![\d.])(1[89]\d\d|20\d\d)(?![\d])")
#: how far (characters between them) a year may stand from the name it goes with in a sentence: "The 2021
#: New York City Marathon was won by Albert Korir" is 40; "Evans Chebet pulled away … with … Benson
#: Kipruto, the 2021 champion" 128 from Chebet
NEAR = 60


@dataclass(frozen=True)
class Dated:
    """A cited passage's text and the years it is of (its file name's and heading's, its document's first)."""

    text: str
    years: frozenset[str]


def years_of(file_name: str, heading: str | None, opening: str) -> frozenset[str]:
    """The years a passage is of: those its file name and heading name, and the first year of its
    document's opening (a date line's, a first sentence's: a report names its own year before others)."""
    years = set(_YEAR.findall(file_name)) | set(_YEAR.findall(heading or ""))
    first = _YEAR.search(opening)
    return frozenset(years | ({first.group(1)} if first else set()))


def near(name: re.Pattern[str], year: str, passage: str) -> bool:
    """Whether ``year`` stands within :data:`NEAR` characters of the name in a sentence of ``passage``."""
    pattern = re.compile(rf"(?<!\d){year}(?!\d)")
    for a, b in sentence_spans(passage):
        sentence = passage[a:b]
        names = [m.span() for m in name.finditer(sentence)]
        years = [m.span() for m in pattern.finditer(sentence)]
        if any(max(ys - ne, ns - ye) <= NEAR for ns, ne in names for ys, ye in years):
            return True
    return False


def off_year(years: Iterable[str], question: str, answers: Iterable[tuple[str, list[Dated]]]) -> str | None:
    """The name an answer gives that no passage it cites ties to the question's ``years`` (None when
    every name is tied, or the answer gives none). ``answers`` holds each answer sentence with its
    cited passages. Lenient: one sentence whose name is tied is enough."""
    asked = set(years)
    if not asked:
        return None
    found: str | None = None
    for text, passages in answers:
        names = new_names(question, text)
        if not names or not passages:
            continue
        name = first_run(names, text)
        word = name_pattern(name)
        holding = [p for p in passages if word.search(p.text)]
        if not holding:
            continue  # a name its passages do not hold is not this check's (rag.answering.citations)
        if any(p.years & asked or any(near(word, y, p.text) for y in asked) for p in holding):
            return None
        found = found or name
    return found
