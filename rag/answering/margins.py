"""Whether a figure a reply gives as a total is only a margin in its passages.

A result is often reported by its margin alone: "It was won by Gideon Pryce of the Civic Reform party with a majority
of 2,314", "Harlow won by 12 points", "finished 41 seconds ahead". Asked how many votes Gideon Pryce got, the 1.5B
model answers "2,314 votes", and every word of it is in the passage, so the support check passes it (issue 12: another
quantity of the same thing; the fifteenth smoke check's q027, read on its tune half in the twenty-fourth step).

A question that asks how many of something (votes, points, goals, runs, seats …) and asks no margin ("by how many",
"majority", "margin", "lead", "difference") asks for a total. When every clause of the cited passages that holds the
reply's figure gives it as a margin ("a majority of 2,314", "a 2,314-vote majority", "won by 12 points", "12 more
votes than", "41 seconds ahead"), the reply is off-target: it is asked for once more, quoting that sentence
(rag.answering.replies), and a second such reply is not an answer.

The other way round, a question that asks by how many a contest was won ("By how many votes did Nadia Quarrie win
…?") and a reply that gives a total ("1,284 votes", from the declaration of the poll) where a passage shown gives a
margin of the question's subject ("beating … Colm Arkwright by 177 votes") is asked for once more, quoting that sentence
(the twenty-first smoke check's q005).

Lenient by design: one clause that gives the figure without a margin word lets the reply stand, and so does a reply
with no figure of its own or a figure no cited passage holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from rag.answering.citations import Attribution, cited_by_sentence
from rag.answering.prompt import REFUSAL, Evidence, shown_text
from rag.answering.subjects import GRAMMAR
from rag.answering.years import figure
from rag.dates import MONTH_NAMES
from rag.text import split_sentences

#: a question that asks for a count: "How many votes did …", "How many points did they score"
_COUNT_ASKED = re.compile(r"\bhow\s+many\b", re.I)
#: a question that asks for a margin itself
_MARGIN_ASKED = re.compile(
    r"\b(?:by\s+how\s+(?:many|much)|majority|margin|lead|difference|ahead|behind|clear|separat\w*|gap"
    r"|how\s+many\s+(?:\w+\s+)?(?:more|fewer|less))\b|\bby\s*\?",
    re.I,
)
#: a figure given as a margin, around where it stands ({n}): "a majority of 2,314", "a 2,314-vote majority", "won by
#: 12 points", "12 more votes than", "41 seconds ahead"
_MARGINS = (
    r"\b(?:majority|margin|lead|gap|difference|advantage|swing)\s+(?:of\s+)?(?:just\s+|only\s+|some\s+|about\s+)?{n}",
    r"{n}[\s-]+(?:\w+[\s-]+)?(?:majority|margin|lead|gap|advantage)\b",
    # not a tally: "carried by 300 votes to 212" gives both sides' totals
    r"\b(?:won|wins|winning|win|beat|beating|lost|losing|ahead|clear|edged)\s+(?:[\w'’-]+\s+){{0,4}}?by\s+(?:just\s+|only\s+)?{n}"
    r"(?!\s+(?:\w+\s+)?to\s+\d)",
    r"{n}\s+(?:\w+\s+)?(?:more|fewer|less)\s+(?:\w+\s+)?than\b",
    r"{n}\s+(?:\w+\s+)?(?:ahead|clear|behind)\b",
)


@dataclass(frozen=True)
class Margin:
    """A reply's figure that its cited passages give only as a margin."""

    figure: str
    #: the sentence that gives it so
    sentence: str


def asks_total(question: str) -> bool:
    """Whether ``question`` asks how many of something in all, not by how many ("How many votes did Gideon Pryce
    get?"; not "By how many votes did he win?" or "What was his majority?")."""
    return bool(_COUNT_ASKED.search(question)) and not _MARGIN_ASKED.search(question)


def _as_margin(word: re.Pattern[str], sentence: str) -> bool:
    """Whether every place ``sentence`` writes the figure ``word`` finds (rag.answering.years.figure) gives it as a
    margin."""
    at = [m.start() for m in word.finditer(sentence)]
    margins = {m.start("n") for p in _MARGINS for m in re.finditer(p.format(n=f"(?P<n>{word.pattern})"), sentence, re.I)}
    return bool(at) and all(a in margins for a in at)


def margin_only(question: str, answers: Iterable[tuple[str, list[str]]]) -> Margin | None:
    """The reply's figure that every cited sentence holding it gives as a margin, or None. ``answers`` holds each
    answer sentence with the texts of the passages it cites. Lenient: one sentence of the answer whose figure a
    passage gives otherwise is enough."""
    if not asks_total(question):
        return None
    found: Margin | None = None
    for value, word, holding in _held(question, answers):
        if not all(_as_margin(word, s) for s in holding):
            return None
        found = found or Margin(value, holding[0])
    return found


def _held(question: str, answers: Iterable[tuple[str, list[str]]]) -> Iterator[tuple[str, re.Pattern[str], list[str]]]:
    """Each answer sentence's figure (rag.answering.years.figure), what finds it, and the sentences of its cited passages
    that hold it, for the sentences whose figure a cited passage holds."""
    for text, passages in answers:
        what = figure(question, text)
        if what is None:
            continue
        value, word = what
        holding = [s.strip() for p in passages for s in split_sentences(p) if word.search(s)]
        if holding:
            yield value, word, holding


#: a question that asks a contest's margin: "By how many votes did Nadia Quarrie win …?", "By how much did Orrin beat
#: Fenwick?"; not a rise or a cut ("By how much did profits rise?")
_CONTEST_MARGIN = re.compile(
    r"\bby\s+how\s+(?:many|much)\b.*\b(?:win|won|beat|defeat(?:ed)?|lead|led|edge[ds]?|finish(?:ed)?\s+(?:ahead|clear))\b", re.I
)
#: a figure given as a contest's margin: a form of :data:`_MARGINS`, or "by" after a verb of winning ("beating the Civic
#: Alliance candidate Colm Arkwright by 177 votes"); never a year ("aims to double output by 2030")
_WON_BY = (
    r"\b(?:won|wins|winning|win|beat|beating|defeated|defeating|edged|edging|ahead|clear)\b[^.;]*?\bby\s+"
    r"(?:just\s+|only\s+|some\s+|about\s+)?[$€£¥]?{n}"
)
#: a figure a margin is given in, not a year: "177", "1,284", "0:41", "1.5"
_MARGIN_FIGURE = r"(?!(?:1[89]|20)\d\d\b)\d[\d,.:]*\d|\d"
#: a name the question gives: a capitalised word not at its start, nor a month or a day
_NAME = re.compile(r"(?<=\s)[A-Z][\w'’-]{2,}")


def _margins_in(sentence: str) -> set[str]:
    """The figures ``sentence`` gives as a contest's margin ("177" of "beating Colm Arkwright by 177 votes")."""
    forms = (*_MARGINS, _WON_BY)
    return {m.group("n") for p in forms for m in re.finditer(p.format(n=f"(?P<n>{_MARGIN_FIGURE})"), sentence, re.I)}


@dataclass(frozen=True)
class Total:
    """A reply's figure that its cited passages give only as a total, where the question asks a margin."""

    figure: str
    #: the sentence that gives it so
    sentence: str
    #: the passages' sentences about the question's subject that give a margin
    stating: tuple[str, ...]


def total_only(question: str, answers: Iterable[tuple[str, list[str]]], shown: Iterable[str] = ()) -> Total | None:
    """The reply's figure that no cited sentence holding it gives as a margin, where ``question`` asks by how many a
    contest was won and a sentence of the passages ``shown`` that names a name of the question gives a margin that the
    reply does not: asked by how many votes Nadia Quarrie won, "QUARRIE, Nadia (Brellingford Independents) - 1,284" is
    her total, beside "beating the Civic Alliance candidate Colm Arkwright by 177 votes" (the twenty-first smoke check's
    q005). None otherwise; lenient as :func:`margin_only` is."""
    if not _CONTEST_MARGIN.search(question):
        return None
    names = [n for n in _NAME.findall(question) if n.lower() not in MONTH_NAMES and n.lower() not in GRAMMAR]
    stating: dict[str, set[str]] = {}
    for p in shown:
        for s in split_sentences(p):
            if any(re.search(rf"\b{re.escape(n)}\b", s) for n in names) and (given := _margins_in(s)):
                stating[s.strip()] = given
    if not stating:
        return None
    said = " ".join(text for text, _ in answers)
    if any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d]|[.,]\d)", said) for given in stating.values() for f in given):
        return None  # the reply gives a margin the passages give, whatever else it gives
    found: Total | None = None
    for value, word, holding in _held(question, answers):
        if any(_as_margin(word, s) or _won_by(word, s) for s in holding):
            return None
        found = found or Total(value, holding[0], tuple(stating))
    return found


def _won_by(word: re.Pattern[str], sentence: str) -> bool:
    """Whether ``sentence`` gives the figure ``word`` finds after "by" and a verb of winning."""
    return re.search(_WON_BY.format(n=f"(?:{word.pattern})"), sentence, re.I) is not None


#: asked once when the passages give a reply's figure only as a margin
MARGIN = (
    'The question asks how many in all, but the passages give {figure} only as a margin over another: "{sentence}" '
    f"Reply with the total the passages give, or if they do not give it, with exactly: {REFUSAL}"
)


#: asked once when the passages give a reply's figure only as a total, where the question asks a margin
TOTAL = (
    'The question asks by how many, but the passages give {figure} as a total, not a margin: "{sentence}" They give '
    f"a margin in: {{stating}} Reply with the margin the passages give, or if they do not give it, with exactly: {REFUSAL}"
)


def follow_up(question: str, result: Attribution, evidence: list[Evidence]) -> str:
    """The follow-up for a supported reply whose figure its cited passages give only as a margin, quoting the
    sentence that does, or only as a total where the question asks a margin, quoting the sentences that give one ("" when
    they give it otherwise)."""
    text_of = shown_text(evidence)
    answers = cited_by_sentence(result, lambda c: text_of(c.hit))
    found = margin_only(question, answers)
    if found:
        return MARGIN.format(figure=found.figure, sentence=found.sentence)
    total = total_only(question, answers, [ev.text for ev in evidence])
    if total:
        quoted = " ".join(f'"{s}"' for s in total.stating[:2])
        return TOTAL.format(figure=total.figure, sentence=total.sentence, stating=quoted)
    return ""
