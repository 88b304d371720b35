"""The words that make a statement a prospect rather than an outcome, and a question one about what happened.

Read by :mod:`rag.answering.prospects`, which holds an answer to them: a forecast, a plan, a schedule, a bid, a
nomination or a budget is not the outcome a question in the past tense asks for (issue 12).
"""

from __future__ import annotations

import re

from rag.answering.statements import VERB
from rag.dates import MONTHS

#: a season, or a time of year: "next spring", "later this summer"
_SEASONS = "season|spring|summer|autumn|fall|winter"
#: what says a clause is a prospect, not an outcome. "may" only in lower case: "May 5" is a date;
#: "due" only for a time ("due on 21 September"), not a cause ("due to injury")
PROSPECT = re.compile(
    r"\b(?:will|would(?!\s+go\s+on)|could|might|shall|(?-i:may)|expects?|expected|expecting|expectations?"
    # a schedule kept so far: "remains on track for launch in the fourth quarter of 2024" (the eighteenth smoke check's
    # q080, asked when it went up); a day a works plan gives: "the unit should open in autumn 2023" (its q006); not an
    # opinion ("participants agreed that the conflict should end": the news set's q053)
    r"|on\s+(?:track|course|schedule)\s+(?:for|to)"
    r"|should\s+(?:(?:now|still|also|then)\s+)?(?:open|reopen|begin|start|finish|launch|arrive|go\s+up|take\s+off|be\s+"
    r"(?:open|ready|complete|completed|finished|launched|built|delivered))"
    r"|forecasts?|forecasted|forecasters?|predicts?|predicted|predictions?|projected|projections?"
    # a poll's projection: "Pollster Harken Fieldwork projects the Alliance at between 28 and 33 seats" (the eighth
    # smoke check's q024); "projects" only as a verb, before its object ("open source projects such as: Zipline" names
    # no prospect: the OOD set's g003)
    r"|projects?(?=\s+(?-i:the|a|an)\s)|pollsters?|opinion\s+polls?"
    # the plan a delay gave up: "The survival sequel, delayed from autumn 2022" (q028, asked when it was released)
    r"|(?:delayed|postponed|pushed\s+back|put\s+back)\s+from|originally\s+(?:due|planned|scheduled|set)"
    # a date given ahead: "Ashfall Reach 2 announced for autumn 2022" (a headline)
    r"|(?:announced|slated|pencill?ed\s+in)\s+for"
    # who is in the running: "the 16 films competing for the Golden Reed" (q005)
    r"|competing\s+for|compete\s+for|competes\s+for|in\s+contention"
    # "planning" only as a verb: "Wexcombe planning committee has approved 48 homes" states the outcome (the
    # seventh smoke check's q055)
    r"|plans?|planned|planning\s+(?:to|for|on)\b|(?:is|are|was|were|be|been)\s+planning|scheduled|set\s+(?:to|for)|due\s+(?:on|in|by|for|out|next)|is\s+due|are\s+due"
    # "due to" a verb, not a cause: "with the bridge due to carry its first traffic in summer 2022" (the sixteenth smoke
    # check's q011, asked when it opened), not "due to injury"
    r"|due\s+to\s+(?:be|open|reopen|carry|start|begin|finish|end|close|complete|arrive|launch|take|run|host|hold|go|come"
    r"|return|get|make|follow|play|meet|sign|join|leave|retire|step|hand|pass|vote|rule|decide|report|publish|release)\b"
    # a target is what a collection or a sale hopes for: "Our fundraising target is £8,000" (the eleventh smoke check's q002,
    # asked what the run brought in)
    # "Organisers hope for 12,000 visits across the five days" (the ninth smoke check's q063)
    r"|targets?|aims?\s+(?:to|for)|hop(?:e|es|ing)\s+(?:to|for)|intends?\s+to|guided|guides|guidance|outlook|estimates?|estimated"
    # a claim is what a party asks for, not what it got: "the chipmaker is seeking $210 million in damages"
    r"|seeks?|seeking|sought"
    r"|nominated|nominations?|nominees?|shortlisted|shortlist|finalists?|contenders?|favou?rites?|front-?runners?|odds"
    # who stands before an election, who is seeded before a tournament (the sixth smoke check's r059, r039)
    r"|candidates?|on\s+the\s+ballot|too\s+close\s+to\s+call|(?:top\s+)?seeds?|seeded"
    r"|likely|upcoming|preview|proposed|rumou?red|tipped"
    # who a preview fancies: "considered the ones to beat", "returns to defend her title" (the sixth smoke check's r026)
    r"|ones?\s+to\s+beat|to\s+defend\s+(?:his|her|their|its)\s+(?:title|crown)"
    # "next weekend", "later this year"; not "the next year" of a narrative
    rf"|(?<!the\s)next\s+(?:week|weekend|month|year|{_SEASONS})|later\s+this\s+(?:week|month|year|{_SEASONS}))\b",
    re.I,
)
#: a budget is what is allowed, not what was spent: "Councillors have approved a £9.8 million budget", asked the final
#: cost (the sixteenth smoke check's q035). Read only where the question names no budget: "What total 2025 budget did the
#: council finally approve?" asks for one (the fifth smoke check's p028)
_BUDGET = re.compile(
    # a figure's budget only, in lower case: not "the budget carrier", "Budget hotel chain", "In the Budget, Hunt cut …",
    # "came in under its budget"
    r"[$€£¥]\s?\d[\d,.]*\s*(?:m|bn|k|million|billion|thousand)?\s+(?-i:budget)\b"
    r"|(?-i:budget)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|up\s+to\s+)?[$€£¥]?\s?\d|\bbudgeted\s+(?:at|for)\b",
    re.I,
)
PROSPECT_OR_BUDGET = re.compile(f"{PROSPECT.pattern}|{_BUDGET.pattern}", re.I)
#: what says an event is still to come, where a passage names it: a report's "will", "may" or "expects" is
#: often about the future of what did happen ("Fiji will suspend DST", in the release that announced it)
UPCOMING = re.compile(
    r"\b(?:set\s+for|scheduled|upcoming|preview|(?:is|are)\s+due|due\s+(?:on|in)|will\s+(?:be\s+held|take\s+place|meet|face|play|start|begin|open|kick\s+off|get\s+under\s?way)"
    # a prize still to give: "the Golden Reed, which will be presented at Saturday's closing ceremony" (q005)
    r"|will\s+be\s+(?:presented|awarded|announced|named|revealed|decided|handed\s+out)|competing\s+for|compete\s+for"
    rf"|(?<!the\s)next\s+(?:week|weekend|month|year|{_SEASONS})|later\s+this\s+(?:week|month|year|{_SEASONS}))\b",
    re.I,
)
#: an outcome stated beside a prospect word: a headline that runs into its report's first sentence
#: ("Vandermeer stuns favourite Oduya to win Harlow Marathon … Tessa Vandermeer won the women's race"); not the
#: "beat" of "the ones to beat"
OUTCOME = re.compile(
    r"\b(?:won|(?<!to\s)beat|defeated|claimed|clinched|captured|took|grossed|finished|lifted\s+off|launched|completed|carried"
    r"|recorded|reported|posted|produced|totall?ed|raised|hit|met|reached|exceeded|surpassed|missed)\b",
    re.I,
)


#: an outcome of a year named beside a prospect: "last year's runner-up Yusuf Arlan is seeded third" says who
#: was runner-up (the fifth smoke check's p013); "the 2022 winner" too (the year checks hold it to its year)
_TITLED = re.compile(
    r"\b(?:last\s+year['’]s|(?:1[89]|20)\d\d)\s+(?:champions?|winners?|runners?-up|title-?holders?|medall?ists?)\b", re.I
)


#: a comparison with the plan or the forecast states how the outcome went: "The first passenger tram … left Harbour
#: Square at 05:42 on Saturday, three years later than planned" (the twentieth smoke check's q038, asked at what time
#: it ran); "profits rose faster than expected", "the bridge opened as planned"
_COMPARED = re.compile(
    r"\b(?:than|as)\s+(?:(?:had\s+been|was|were|originally|first|initially|previously)\s+)?"
    r"(?:planned|expected|forecast|predicted|projected|scheduled|estimated|anticipated|feared|hoped)\b",
    re.I,
)


def in_prospect(statement: str, words: re.Pattern[str] = PROSPECT, day: re.Pattern[str] | None = None) -> bool:
    """Whether ``statement`` holds one of the prospect ``words`` and states no outcome beside it, or holds the ``day``
    (an answer's date or year, asked when) as what a schedule governs, whatever else it states (:func:`_scheduled`).
    A comparison with a plan ("three years later than planned") is no prospect word."""
    if day is not None and _scheduled(statement, day):
        return True
    return bool(words.search(_compared_done(statement))) and not OUTCOME.search(statement) and not _TITLED.search(statement)


#: a verb in the past tense, as a statement of what happened has: "left", "opened", "rose"
_PAST = re.compile(
    r"\b(?:was|were|had|did|left|went|began|won|took|made|became|came|held|led|lost|ran|rose|fell|sold|bought|paid|got"
    r"|gave|grew|spent|drew|struck|brought|built|kept|sent|stood|told|wrote|flew|drove|rode|cost|[a-z]{3,}ed)\b",
    re.I,
)


def _compared_done(statement: str) -> str:
    """``statement`` less its comparisons with the plan or the forecast, when what is left tells of the past: "left
    Harbour Square at 05:42, three years later than planned" is what happened; "now opens in 2026, three years later
    than originally planned" is still the plan."""
    rest = _COMPARED.sub(" ", statement)
    return rest if _PAST.search(rest) else statement


#: a schedule, with the preposition before the time it sets: "on track for", "scheduled for", "due in", "slated for"
_SCHEDULE = re.compile(
    r"\b(?:on\s+(?:track|course|schedule)\s+for|(?:scheduled|planned|set|due|slated|pencill?ed\s+in|earmarked|targeted"
    r"|expected|announced)\s+(?:for|in|by|on))\s+",
    re.I,
)


def _scheduled(statement: str, day: re.Pattern[str]) -> bool:
    """Whether ``statement`` holds ``day`` at most two words after a schedule's preposition: "Aurel-3 on track for late
    2024 launch", a headline that runs into its report's first sentence ("… has completed thermal vacuum testing", an
    outcome of another thing: the eighteenth smoke check's q080, asked when it went up); "scheduled for 2027" (a day
    it is set for, "scheduled for 12 May", stands all the same: :func:`rag.answering.prospects.unrealised` reads it as a schedule)."""
    at_most_two = re.compile(r"(?P<gap>(?:[\w'’-]+\s+){0,2}?)(?:" + day.pattern + ")", day.flags)
    for m in _SCHEDULE.finditer(statement):
        found = at_most_two.match(statement, m.end())
        if found and not OUTCOME.search(found.group("gap")) and not VERB.search(found.group("gap")):
            return True
    return False


#: a question about what happened: a past-tense auxiliary or verb ("did", "was", "won", "reported")
_DONE = re.compile(
    r"\b(?:did|was|were|had|has\s+been|have\s+been|won|beat|took|made|became|came|held|hit|led|lost|ran|rose|fell"
    r"|sold|bought|paid|got|gave|chose|grew|spent|drew|set|struck|[a-z]{3,}ed)\b",
    re.I,
)
#: a day of a month: what a schedule names ("on June 4", "21 September"), where a plan names a year or less
DAY = re.compile(rf"\b(?:(?:{MONTHS})[a-z]*\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{MONTHS})[a-z]*\b)", re.I)
#: a date or year an answer to "when" gives ("September 28, 2022", "2024"), or a time of year relative to its
#: report's ("next spring", "this summer", "in the autumn")
WHEN_ANCHOR = re.compile(
    rf"{DAY.pattern}|\b(?:1[89]|20)\d\d\b|\b(?:next|this|last|early|late|later)\s+(?:this\s+)?(?:{_SEASONS}|week|weekend|month|year)\b"
    # "is expected to decide in the autumn" (the fifth smoke check's p025)
    rf"|\b(?:in|by|during)\s+the\s+(?:{_SEASONS})\b",
    re.I,
)


#: a present or passive question: "Where is Super Bowl LVII being played?", "When are the finals held?"
_PRESENT = re.compile(r"\b(?:is|are|am|be|being|does|do)\b", re.I)
_PAST_AUXILIARY = re.compile(r"\b(?:did|was|were|had)\b", re.I)


#: who is only in the running for what is still to be decided: a bid, a candidacy, a shortlist, a nomination
CONTEST = re.compile(
    r"\b(?:bids?|bidding|bidders?|candidates?|candidacy|candidature|shortlist(?:ed)?|finalists?|contenders?|nominees?"
    r"|nominated|nominations?|compet(?:e|es|ing)\s+(?:for|to)|in\s+the\s+running|in\s+contention|vying|vies|tenders?|tendering)\b",
    re.I,
)
_FUTURE = re.compile(r"\b(?:will|shall|(?:is|are)\s+going\s+to)\b", re.I)


def asks_decided(question: str) -> bool:
    """Whether ``question`` asks what is decided for the future: "Where will the 2026 summit be staged?", "Who
    will direct the sequel?"; not a question about the running itself ("Which towns will bid for it?")."""
    return bool(_FUTURE.search(question)) and not CONTEST.search(question) and not asks_done(question)


def asks_done(question: str) -> bool:
    """Whether ``question`` asks what happened (past tense) rather than what is expected or planned:
    "Who won…?", "What revenue did … report?"; not "When will…?", "Where is it being played?", "How
    many storms did NOAA predict?"."""
    if PROSPECT.search(_compared_done(question)):
        return False
    return bool(_PAST_AUXILIARY.search(question)) or (bool(_DONE.search(question)) and not _PRESENT.search(question))
