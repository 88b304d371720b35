"""Whether a day an answer gives is the day of the event its question asks about, or only its report's date.

A report's date line dates its news, not every event it names. Asked when the fifth series of a drama premiered, the
1.5B model gave the date line of the report that the series had been commissioned ("18 November 2022 — Channel
Ember has commissioned two more series of Larkspur Lane …": the sixteenth smoke check's q039, read on its tune half in
the twenty-fifth step). Every word of the answer is in the passage, so the support check passes it (issue 12:
near-miss answers to unanswerable questions).

A question about when something began or ended names its event (rag.answering.events: "premiere", "born", "opened",
"closed"). When every passage an answer sentence cites that holds its day holds it only in its date line (the first
full date, at the start of its line but for a place in capitals or a label such as "Published:", and closed by a
dash or the line's end), and never writes the event's word in any form ("premiered", "premieres", "debuts"), nor says
its news is of that day ("today"), the answer is off-target: it is asked for once more (rag.answering.replies), and
a second such answer is not an answer.

A statement that is only a report's date line ("Saltcombe Reach Gazette, 3 May 2022") states nothing of what the report
tells: :func:`undated` leaves it out of what rag.answering.prospects reads as a statement of an outcome.

Lenient by design: a passage that writes the event's word lets the date line date it ("TELLMARK, Nov. 17, 2022 —
The new library opened on Thursday"), a date a sentence gives is no date line ("Tamsin Reyes (19 August 1921 - 2
January 1990)"), and one answer sentence that passes is enough.
"""

from __future__ import annotations

import re
from typing import Iterable

from rag.answering.citations import Attribution, cited_by_sentence
from rag.answering.events import ANSWER_DAY, asked_event
from rag.answering.labels import OffLabel
from rag.answering.prompt import REFUSAL, Evidence, shown_text
from rag.answering.statements import VERB
from rag.dates import FULL_DATE, date_line, month_day, report_date
from rag.text import content_terms

_MARKER = re.compile(r"\[\d+(?:\s*,\s*\d+)*\]")


#: a question's event word as a passage also writes it: in a form no stemmer joins ("die" as "death"), or in other
#: words for the same event ("launched" as "unveiled", "premiere" as "debuts" or "aired", "resign" as "stepped down")
_FORMS = {
    "born": ("birth",), "die": ("death", "dead", "passed away", "killed"), "death": ("die", "dead", "passed away"),
    "become": ("became",), "begin": ("began", "begun", "start"), "start": ("began", "begin"), "take": ("took",),
    "leave": ("left", "quit", "depart"), "left": ("leave", "quit", "depart"), "build": ("built",), "built": ("build",),
    "launch": ("unveil", "introduce", "release", "debut"), "premiere": ("debut", "air", "broadcast", "screen"),
    "open": ("reopen", "opening"), "reopen": ("open",), "close": ("shut", "closure"), "shut": ("close", "closure"),
    "resign": ("stepped down", "step down", "stood down", "quit"), "step": ("stepped down", "steps down", "resign"),
    "retire": ("retirement", "stepped down"), "found": ("establish", "set up", "form"), "establish": ("found", "set up"),
}
#: what a report says of its own day: its news happened on its date line's day ("Apple today unveiled iPhone 11")
_TODAY = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|last\s+night)\b", re.I)


def _terms(text: str) -> set[str]:
    """``text``'s stemmed content words, a hyphen left out ("re-opened" is "reopened")."""
    return {t.replace("-", "") for t in content_terms(text)}


def _writes(word: str, passage: str) -> bool:
    """Whether ``passage`` writes the event ``word`` in any of its forms ("premiered", "premiere", "premieres", "debuts"),
    or says its news is of its own day ("today")."""
    first = word.lower().split()[0]
    forms = (first, *_FORMS.get(first, ()))
    phrases = [f for f in forms if " " in f]
    if any(re.search(r"\b" + r"\s+".join(f.split()) + r"\b", passage, re.I) for f in phrases) or _TODAY.search(passage):
        return True
    return bool(_terms(" ".join(f for f in forms if " " not in f)) & _terms(passage))


def _day(written: str) -> tuple[int, int] | None:
    """(month, day) of a day written "18 November" or "Nov. 18, 2022", or None."""
    return month_day(written) if re.search(r"[A-Za-z]", written) else None


def _days_in(text: str) -> list[re.Match[str]]:
    """The days ``text`` writes, with or without their year."""
    return [*FULL_DATE.finditer(text), *ANSWER_DAY.finditer(text)]


def dated_by_report(question: str, answers: Iterable[tuple[str, list[str]]]) -> OffLabel | None:
    """What an answer gives as the day of the event ``question`` asks about when its cited passages hold that day only
    in their date lines and never write the event's word (None when one answer sentence's passages do, or the
    question names no event). ``answers`` holds each answer sentence with the texts of its cited passages."""
    event = asked_event(question)
    if event is None:
        return None
    found: OffLabel | None = None
    for text, passages in answers:
        plain = _MARKER.sub(" ", text)
        days = [m.group(0) for m in _days_in(plain) if _day(m.group(0))]
        if not days:
            return None
        day = _day(days[0])
        holding = [p for p in passages if any(_day(m.group(0)) == day for m in _days_in(p))]
        if not holding:
            continue  # what its passages do not hold is not this check's (rag.answering.citations)
        for p in holding:
            line = report_date(p)
            if line is None or _writes(event.word, p):
                return None
            end = p.find(line) + len(line)
            if any(_day(m.group(0)) == day and m.start() >= end for m in _days_in(p)):  # the day said again below it
                return None
        found = found or OffLabel(days[0], event.word, "the report's date", ())
    return found


#: asked once when the day a reply gives is only its report's date
DATED_BY_REPORT = (
    'The question asks about "{asked}", but the passages give {day} only as the date of their report, and they never '
    f'say "{{asked}}". Reply with the date the passages give for it, or if they do not give one, with exactly: {REFUSAL}'
)


def follow_up(question: str, result: Attribution, evidence: list[Evidence]) -> str:
    """The follow-up for a supported reply whose day its cited passages hold only in their date lines, where they never
    write the event asked about ("" when it passes)."""
    text_of = shown_text(evidence)
    found = dated_by_report(question, cited_by_sentence(result, lambda c: text_of(c.hit)))
    return DATED_BY_REPORT.format(asked=found.asked, day=found.anchor) if found else ""


def undated(holding: list[tuple[str, str]], passages: list[str]) -> list[tuple[str, str]]:
    """``holding`` without the statements that are only a report's date line ("Saltcombe Reach Gazette, 3 May 2022"):
    the day a report was written states nothing of what it reports (asked when a bridge opened, the report that it was
    delayed again, dated 3 May 2022, does not say it opened in 2022: the sixteenth smoke check's q011)."""
    lines = [line for p in passages if (line := date_line(p))]
    return [(s, c) for s, c in holding if not any(line in c and _only_a_dateline(c.replace(line, " ")) for line in lines)]


def _only_a_dateline(rest: str) -> bool:
    """Whether what a clause holds besides its report's date is at most a place's or a paper's name ("Saltcombe Reach
    Gazette"), not a statement ("PELLMARSH, March 8, 2024 — Aurelio Banks-Tamm returns to defend his title")."""
    return len(re.findall(r"[\w'’-]+", rest)) <= 4 and not VERB.search(rest)
