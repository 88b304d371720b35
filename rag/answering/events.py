"""Whether the sentence that dates or places an answer is about the beginning or the end that the question asks about.

A life, an office, a shop and a band each have a beginning and an end, and a passage often gives only one of them.
Asked when Helen Marsh stepped down as the trust's head, "Dr Helen Marsh became chief executive in 2015" gives a year;
asked when a bakery opened, a passage may give only when it closed; asked where a painter died, "Born in Sallow Bay
in 1936" gives a town. The 1.5B model answers with the date or the place it finds, and every word of the answer is in
the passage, so the support check passes it (issue 12: near-miss answers to unanswerable questions; the eleventh smoke
check's q072, read on its tune half in the twenty-first step, eval/README.md).

A question asked in the past tense about when or where something began ("born", "opened", "founded", "joined",
"became", "appointed" …) or ended ("died", "closed", "resigned", "stepped down", "left", "retired" …), and not both,
names its event. When every sentence of the cited passages that holds the answer's year, day or name, and says most of
what the answer adds, names only the other end of a span (in the clause that holds the answer, or else anywhere in
the sentence) and never the asked one, the answer is off-event: it is asked for once more, quoting the sentences that
name the asked event (rag.answering.replies), and a second off-event answer is not an answer.

Lenient by design: a sentence that names neither ("Ilse Marrow (1902-1988) was a painter"), or both ("She left
Fallowmere in 2015 to join the trust"), lets the answer stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from rag.answering.citations import Attribution, cited_by_sentence
from rag.answering.labels import OffLabel, asked_again, every_deciding
from rag.answering.positions import answer_name
from rag.answering.prompt import Evidence, shown_text
from rag.dates import MONTHS, YEAR

#: a beginning as a question names it, and as a passage does: a birth, an opening, a founding, a start in office.
#: Not "found" ("where was the body found?"), "first" or "open" alone ("open to the public", "opening hours")
_START = (
    r"born|births?|(?:re)?opened|(?:re)?openings?|(?:co-?)?founded|founding|established|establishment|launch(?:ed|es)?"
    r"|started|starts|began|begun|begins|joined|joins|became|appointed|appointment|elected|hired|recruited|debut(?:ed|s)?"
    r"|inaugurat(?:ed|ion)|premiered?|took\s+(?:over|office|charge|up)|sworn\s+in|set\s+up|created|formed|arrived"
    r"|introduced|unveiled|came\s+into\s+being|built"
)
#: an end, as both name it: a death, a closure, a resignation, a departure. Not "end", "stop" or "close" alone in a
#: passage ("the end of March", "a bus stop", "close to the station"); not "until" ("served from 2010 until 2015" dates
#: both ends) nor "last" or "final"
_END = (
    r"died|dies|dying|deaths?|passed\s+away|killed|closed|closes|closure|shut|shuts|shutting|stopped|ceased|ceases"
    r"|discontinued|ended|resigned|resigns|resignation|stepped\s+down|steps\s+down|stood\s+down|stands\s+down|left(?!-)"
    r"|quit|quits|retired|retires|retirement|departed|departure|dissolved|disbanded|demolished|demolition|abolished"
    r"|withdrew|withdrawn|scrapped|axed|decommissioned|sacked|ousted|farewell"
)
#: the base forms a question asks with ("when did she step down?", "when did the mill close?")
_START_ASKED = r"open|re-?open|establish|launch|start|begin|join|become|appoint|elect|hire|debut|form|arrive|come\s+into\s+being|take\s+(?:over|office|charge)|set\s+up|create|introduce|unveil|build"
_END_ASKED = r"die|death|close|shut|stop|cease|end|resign|step\s+down|stand\s+down|leave|quit|retire|depart|dissolve|disband|demolish|abolish|withdraw|scrap|axe|decommission"
_START_WORD = re.compile(rf"\b(?:{_START})\b", re.I)
_END_WORD = re.compile(rf"\b(?:{_END})\b", re.I)
_START_IN_QUESTION = re.compile(rf"\b(?:{_START}|{_START_ASKED})\b", re.I)
_END_IN_QUESTION = re.compile(rf"\b(?:{_END}|{_END_ASKED})\b", re.I)
#: a question about when or where something happened, in the past tense: "When did …", "In which town was … born?"
_WHEN_OR_WHERE = re.compile(
    r"^\s*(?:and\s+|so\s+)?(?:when|where|(?:(?:in|on|from)\s+)?(?:what|which)\s+(?:year|date|day|month)"
    # a place asked with its preposition: not "Which country did Iran ask to stop …?", which asks for a name
    r"|(?:in|at|from)\s+(?:what|which)\s+(?:town|city|village|country|county|state|region|place|venue|hospital|street|building))\b"
    r".*\b(?:did|was|were|had)\b",
    re.I,
)
_ANSWER_YEAR = re.compile(YEAR.pattern)
#: a day an answer to when gives without its year: "18 November", "Nov. 18"
ANSWER_DAY = re.compile(rf"\b(?:\d{{1,2}}\s+(?:{MONTHS})[a-z]*|(?:{MONTHS})[a-z]*\.?\s+\d{{1,2}})\b", re.I)
_MARKER = re.compile(r"\[\d+(?:\s*,\s*\d+)*\]")
#: where a clause ends inside a sentence (after "which" and "after", another event is told)
_CLAUSE_END = re.compile(r"(?<!\d)[,;:](?!\d)|[()\u2013\u2014]|\s-\s|\b(?:and|but|while|whereas|after|before|which|when|then|until)\b")


@dataclass(frozen=True)
class Event:
    """The end of a span a question asks about: ``start`` (a birth, an opening) or not (a death, a closure), and the
    question's word for it."""

    start: bool
    word: str

    def named_in(self, text: str) -> str | None:
        """This event's word in ``text`` (None when it names none)."""
        m = (_START_WORD if self.start else _END_WORD).search(text)
        return m.group(0) if m else None

    def other_in(self, text: str) -> str | None:
        """The other end's word in ``text`` (None when it names none)."""
        m = (_END_WORD if self.start else _START_WORD).search(text)
        return m.group(0) if m else None


def asked_event(question: str) -> Event | None:
    """The beginning or the end ``question`` asks when or where it happened (None for another question, or one that
    names both: "When did the shop that opened in 2016 close?")."""
    if not _WHEN_OR_WHERE.search(question) or re.search(r"\bwhat\s+time\b", question, re.I):
        return None
    start, end = _START_IN_QUESTION.search(question), _END_IN_QUESTION.search(question)
    if bool(start) == bool(end):
        return None
    m = start or end
    assert m is not None
    return Event(start is not None, m.group(0))


def _anchor(question: str, text: str) -> tuple[str, re.Pattern[str]] | None:
    """What an answer gives that its passages must hold: its first year or day the question does not hold, or else
    its first name."""
    plain = _MARKER.sub(" ", text)
    for m in (*_ANSWER_YEAR.finditer(plain), *ANSWER_DAY.finditer(plain)):
        if m.group(0).lower() not in question.lower():
            return m.group(0), re.compile(rf"(?<![\w]){re.escape(m.group(0))}(?![\w])", re.I)
    return answer_name(question, plain)


def _clause(sentence: str, word: re.Pattern[str]) -> str:
    """The clause of ``sentence`` that holds ``word`` ("" when none does)."""
    return next((c for c in _CLAUSE_END.split(sentence) if c and word.search(c)), "")


def _conflict(event: Event, sentence: str, word: re.Pattern[str]) -> str | None:
    """The other end's word that ``sentence`` gives the answer with, and never the asked one; None when it does not.
    The clause that holds the answer decides when it names either end, else the whole sentence."""
    clause = _clause(sentence, word)
    text = clause if event.named_in(clause) or event.other_in(clause) else sentence
    return None if event.named_in(text) else event.other_in(text)


def off_event(question: str, answers: Iterable[tuple[str, list[str]]]) -> OffLabel | None:
    """What an answer gives (a year, a day, a name) whose every deciding sentence in the passages it cites names the
    other end of the span than ``question`` asks about (None when one does not, or the question names no event).
    ``answers`` holds each answer sentence with the texts of its cited passages. Lenient: one passing answer sentence
    is enough."""
    event = asked_event(question)
    if event is None:
        return None
    found = every_deciding(question, answers, _anchor, lambda s, _, word: _conflict(event, s, word))
    if found is None:
        return None
    return OffLabel(found.anchor, event.word, found.conflict, found.stating(lambda s: event.named_in(s) is not None))


def follow_up(question: str, result: Attribution, evidence: list[Evidence]) -> str:
    """The follow-up for a supported reply whose year, day or name its cited passages give only for the other end of
    the span the question asks about, quoting the sentences that name the one asked ("" when it passes)."""
    text_of = shown_text(evidence)
    return asked_again(off_event(question, cited_by_sentence(result, lambda c: text_of(c.hit))), quote='"')
