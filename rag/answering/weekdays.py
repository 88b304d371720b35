"""Whether the timetable or the opening hours an answer comes from are for the day of the week its question asks about.

A bus route has a weekday, a Saturday and a Sunday timetable; a shop, a library and a pool have hours for each day. A
folder holds the ones for other days beside, or instead of, the one asked about. Asked what time the last number 47
leaves on a Sunday, "Route 47 … Saturday timetable … last bus 22:10" gives a time, and every word of the 1.5B model's
answer is in the passage, so the support check passes it (issue 12: near-miss answers to unanswerable questions; the
twelfth smoke check's q072 and the eleventh's q040, read on their tune halves in the twenty-second step).

A question that asks about a day of the week as a routine ("on a Sunday", "on Sundays", "every Sunday", "Sunday
opening hours", or "on Sunday" asked of hours or departures in the present tense: "What time does the pool open on
Sunday?") names its day. When every sentence of the cited passages that holds the answer's time, figure or name, and
says most of what the answer adds, gives it for other days and never the one asked, the answer is off-label: it is
asked for once more, quoting the sentences that name the day asked (rag.answering.labels.asked_again), and a second
off-label answer is not an answer. The days a sentence gives a time for are those of the clause that holds it ("9am
to 5:30pm (Saturdays 10am to 1pm)": the 9am is no Saturday's); a clause that names none takes its passage's heading's
(a timetable's "Route 47 (Saturdays)"), never a day elsewhere in the passage ("Late opening on Thursday").

Days a passage gives as a span are all named: "Monday to Saturday", "Mon–Fri", "weekdays", "weekends", "daily", "every
day", "seven days a week". A day left out ("closed on Sundays") lets the answer stand: the passage speaks of it. A day
named as one date ("Who spoke on Sunday?", "reopened on Monday", "Wed 12 Mar 2024", "this Saturday"), a fixture
("What time does the match kick off on Saturday?") or inside a name ("Sheffield Wednesday", the "Sunday Times") is no
routine, and is left alone.
"""

from __future__ import annotations

import re
from typing import Iterable

from rag.answering.citations import Attribution, cited_by_sentence
from rag.answering.labels import OffLabel, asked_again, every_deciding
from rag.answering.prompt import Evidence, shown_text
from rag.answering.years import anchor
from rag.dates import MONTHS

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NAMES = r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b"
#: a day's abbreviation, written as one: capitalised ("sun" and "wed" are words) and before a time, a dash, a list's
#: comma or another day ("Sat 10-4", "Mon–Fri", "Tues., Thurs 9-12"; "The Sun said" is a newspaper); never plural
_SHORT = r"(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)\b\.?"
_DAY = rf"(?:{_NAMES}|{_SHORT}(?=\s*(?:[\d,:;/&()–—-]|and\b|to\b|$)))"
_DAY_WORD = re.compile(_DAY)
#: a span of days: "Monday to Saturday", "Mon-Fri", "Monday through Friday", "Fri – Mon late opening"
_SPAN = re.compile(rf"({_DAY})\s*(?:-|–|—|to|through|thru|until|till)\s*({_NAMES}|{_SHORT})")
#: days a passage names only to leave them out: "closed on Mondays", "except Sundays", "no service on Sundays"
_LEFT_OUT = re.compile(
    rf"\b(?i:closed|shut|except|excluding|excepted|not|no\s+(?:service|services|buses|trains|sessions?))\b[^.;:]{{0,24}}?"
    rf"(?:{_SPAN.pattern}|{_DAY}(?:\s*(?:,|and|or|&)\s*{_DAY})*)"
)
#: a day named as one date, not as a routine: a dateline ("Wed 12 Mar 2024", "Monday, June 3"), "this Sunday", "last
#: Monday", or a day something happened on ("reopened on Monday", "said on Tuesday")
_DATED = re.compile(
    rf"(?:{_DAY}),?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?i:{MONTHS})|(?i:{MONTHS})[a-z]*\.?\s+\d{{1,2}}\b)"
    rf"|\b(?i:this|next|last|yesterday|coming|past)\s+(?:{_DAY})"
    rf"|\b(?:\w+ed|said|says|told|wrote|spoke|met|won|lost|held|took|began|became)\s+(?:[\w'’]+\s+){{0,3}}?on\s+{_NAMES}"
)
#: a day inside a name: "Sheffield Wednesday", "Happy Mondays", "Sunday Times", not "Sunday Timetable"
_IN_NAME = re.compile(
    rf"\b(?!(?:On|Every|Each|Open|Opens|Closed|From|Until|Till|And|Or|To|Except|Also|Only|Late|Early)\b)[A-Z][a-z]+\s+{_NAMES}"
    rf"|{_NAMES}(?:['’]s)?\s+(?!(?:Timetable|Service|Services|Hours|Opening|Schedule|Departures|Market|Trading|Only|And|To)\b)[A-Z][a-z]+"
)
#: words that name several days at once
_ALL_DAYS = re.compile(r"\b(?:daily|every\s+day|each\s+day|seven\s+days|7\s+days|all\s+week|7/7|24/7)\b", re.I)
_WEEKDAYS = re.compile(r"\b(?:weekdays?|working\s+days?)\b", re.I)
_WEEKENDS = re.compile(r"\bweekends?\b", re.I)
#: a day asked about as a routine: "on a Sunday", "every Sunday", a plural, or the day before what it has hours or
#: times of ("Sunday opening hours"; lower case: the "Sunday Times" is a newspaper)
_ROUTINE = re.compile(
    rf"\b(?i:on\s+a|every|each|any)\s+({_DAY})|\b({_NAMES})(?<=s)(?!\w)"
    rf"|\b({_DAY})\s+(?:(?:opening\s+)?hours|opening|openings?|timetable|services?|schedule|times|departures|trading|fares?)\b"
)
#: "on Sunday" asked in the present tense of hours and departures ("What time does the pool open on Sunday?"), not of
#: one date ("Who do they play on Saturday?", "When did it open on Sunday?")
_ON_DAY = re.compile(rf"\b(?i:on)\s+({_DAY})")
_HOURS = re.compile(
    r"\b(?:opens?|closes?|runs?|leaves?|departs?|starts?|operates?|serves?|costs?)\b|^\s*(?:what\s+time|how\s+much)\s+(?:is|are)\b"
    r"|\b(?:opening\s+)?hours\b",
    re.I,
)
_NOT_ROUTINE = re.compile(rf"\b(?:did|was|were|will|held|took)\b|\b(?:this|next|last|coming)\s+(?:{_DAY})", re.I)
#: a time of day as a timetable writes it: "06:52", "7.30am", "9am", "noon"
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?|\b(?:noon|midday|midnight)\b", re.I)
#: where a clause ends, for the days a time is given for: "9am to 5:30pm (Saturdays 10am to 1pm)", "£2 an hour Monday to
#: Saturday; free on Sundays"
_CLAUSE_END = re.compile(r"[,;()\[\]]|\s[–—-]\s|\.\s")


def day_of(word: str) -> str:
    """The day a name or an abbreviation of one stands for ("Sat" -> "saturday")."""
    folded = word.lower().rstrip(".")
    return next(d for d in DAYS if folded.startswith(d[:3]))


def _routine_text(text: str) -> str:
    """``text`` less the days it names as dates or inside names (:data:`_DATED`, :data:`_IN_NAME`)."""
    return _IN_NAME.sub(" ", _DATED.sub(" ", text))


def asked_day(question: str) -> str | None:
    """The day of the week ``question`` asks about as a routine, or None (no day, a day as one date or inside a
    name, or two days)."""
    plain = _routine_text(question)
    found = {day_of(m.group(m.lastindex or 0)) for m in _ROUTINE.finditer(plain)}
    if not found and _HOURS.search(plain) and not _NOT_ROUTINE.search(question):
        found = {day_of(m.group(1)) for m in _ON_DAY.finditer(plain)}
    return found.pop() if len(found) == 1 else None


def days_named(text: str) -> set[str]:
    """The days of the week ``text`` gives times or figures for: a span's days and the days of "weekdays", "weekends"
    and "daily" among them; not the days it leaves out ("closed on Mondays", "except Sundays"), names as dates
    ("reopened on Monday", "Wed 12 Mar 2024") or inside names ("Sheffield Wednesday")."""
    text = _routine_text(_LEFT_OUT.sub(" ", text))
    if _ALL_DAYS.search(text):
        return set(DAYS)
    found: set[str] = set()
    for m in _SPAN.finditer(text):
        first, last = DAYS.index(day_of(m.group(1))), DAYS.index(day_of(m.group(2)))
        found.update(DAYS[first : last + 1] if first <= last else DAYS[first:] + DAYS[: last + 1])
    found.update(day_of(m.group()) for m in _DAY_WORD.finditer(text))
    if _WEEKDAYS.search(text):
        found.update(DAYS[:5])
    if _WEEKENDS.search(text):
        found.update(DAYS[5:])
    return found


def left_out(text: str) -> set[str]:
    """The days of the week ``text`` names only to leave them out ("closed on Mondays": Monday)."""
    return {day_of(d.group()) for m in _LEFT_OUT.finditer(text) for d in _DAY_WORD.finditer(m.group())}


def spoken(days: set[str]) -> str:
    """``days`` as a timetable says them: a run of three or more as a span ("Monday to Saturday"), in the week's order."""
    runs: list[list[str]] = []
    for d in (d for d in DAYS if d in days):
        if runs and DAYS.index(runs[-1][-1]) == DAYS.index(d) - 1:
            runs[-1].append(d)
        else:
            runs.append([d])
    parts = [p for r in runs for p in ([f"{r[0].capitalize()} to {r[-1].capitalize()}"] if len(r) > 2 else [x.capitalize() for x in r])]
    return ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]


def _head(passage: str) -> str:
    """What a passage says its times are for: the clauses of its first line (or, on one line, its first sentence) that
    hold no time ("Route 47: Crane Square to Tollgate Park (Saturdays)", "Saturday timetable"; not "Saturdays 10am to
    1pm", an exception to the hours before it)."""
    first = passage.strip().split("\n", 1)[0]
    first = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    return "; ".join(c for c in _CLAUSE_END.split(first) if not _TIME.search(c))


def _given_for(sentence: str, word: re.Pattern[str], passages: list[str]) -> tuple[set[str], set[str]]:
    """The days ``sentence`` gives what ``word`` finds for, and the days it leaves out: those of the clause that holds
    it, or when that clause names none, of the heading of the passage that holds the sentence. A day elsewhere in the
    sentence or the passage is another time's ("9am to 5pm (Saturdays 10am to 1pm)", "Late opening on Thursday")."""
    clause = next((c for c in _CLAUSE_END.split(sentence) if word.search(c)), sentence)
    named, dropped = days_named(clause), left_out(clause)
    if named or dropped:
        return named, dropped
    heads = [_head(p) for p in passages if sentence in p]
    return set().union(*map(days_named, heads)), set().union(*map(left_out, heads))


def _anchor(question: str, text: str) -> tuple[str, re.Pattern[str]] | None:
    """What an answer gives that its passages must hold: its first time of day ("06:52"), or else its name or figure
    (rag.answering.years.anchor)."""
    clock = _TIME.search(text)
    if clock and clock.group() not in question:
        return clock.group(), re.compile(rf"(?<![\w:.]){re.escape(clock.group())}(?![\w:])", re.I)
    return anchor(question, text)


def off_day(question: str, answers: Iterable[tuple[str, list[str]]]) -> OffLabel | None:
    """What an answer gives whose every deciding sentence in the passages it cites is for other days of the week than
    the one ``question`` asks about (None when one is not, or the question asks about no day as a routine).
    ``answers`` holds each answer sentence with the texts of its cited passages. Lenient: one passing answer sentence
    is enough."""
    day = asked_day(question)
    if day is None:
        return None
    answers = [(text, passages) for text, passages in answers]

    passages = [p for _, texts in answers for p in texts]

    def conflict(sentence: str, _: str, word: re.Pattern[str]) -> str | None:
        named, dropped = _given_for(sentence, word, passages)
        # a passage that leaves the day out ("closed on Sundays") speaks of it: the reply is the model's to word
        return None if not named or day in named | dropped else spoken(named)

    found = every_deciding(question, answers, _anchor, conflict)
    if found is None:
        return None
    return OffLabel(found.anchor, day.capitalize(), found.conflict, found.stating(lambda s: day in days_named(s)))


def follow_up(question: str, result: Attribution, evidence: list[Evidence]) -> str:
    """The follow-up for a supported reply whose time, figure or name its cited passages give only for other days of
    the week than the question asks about, quoting the sentences that name the day asked ("" when it passes)."""
    text_of = shown_text(evidence)
    return asked_again(off_day(question, cited_by_sentence(result, lambda c: text_of(c.hit))))
