"""Whether an answer gives as done what its passages only expect: a forecast, a plan, a nomination.

A report written before an event holds what looks like its outcome. Asked "How many named storms
formed in the 2024 Atlantic hurricane season?", the passage says "Forecasters at NOAA expect 17 to 25
named storms this year"; asked what revenue a company reported for a quarter, "The company guided
fourth-quarter revenue to between $4.4 billion and $4.5 billion"; asked who won album of the year,
"Album of the year nominees include SZA's 'SOS'". The 1.5B model gives the forecast, the guidance or
the nominee as the outcome, and every word of it is in the passage, so the support check passes it
(issue 12: near-miss answers to unanswerable questions, from previews of the event asked about).

A question that asks what happened (in the past tense: "did", "was", "won", "reported", and no
"expected", "forecast" or "will" of its own) is answered only by a passage that states it. When every
statement of the cited passages that holds the answer's name or figure (a clause; a name without a
verb of its own with what the next clause says of it) is a prospect ("expect", "forecast",
"planned", "will", "nominees", "guided", "favourite" …), or when the event the question names is
only still to come in them ("next weekend for the Spanish Grand Prix", "set for Super Bowl LVII"),
the answer is unrealised: it is asked for once more, quoting that sentence (rag.answering.replies),
and a second unrealised answer is not an answer. Asked when, the day an event is set for is its
schedule, and stands; a time of year it is planned for ("next spring") is not.

A question about what will be ("Where will the 2026 summit be staged?") is answered by a plan, but not by
who is only in the running: when every statement of the cited passages that holds the answer's name is a
bid, a candidacy, a shortlist or a nomination ("Ostmark, Tarsa and Kilbride have bid to stage the 2026
summit"), the answer is asked for once more in the same way.

Lenient by design: one statement that holds the name or figure without a prospect word, or with an
outcome beside one, is enough ("Smith, who was expected to win, won in 2:05"), in a cited passage or
in another one shown that is about the question's names (the model cites the preview beside the
result report); an answer whose name or figure no passage holds is left to the support check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from rag.answering.answer_type import CURRENCY, expected
from rag.answering.citations import Attribution, cited_by_sentence
from rag.answering.datelines import undated
from rag.answering.prompt import REFUSAL, Evidence, shown_text
from rag.answering.prospect_words import CONTEST, DAY, OUTCOME, PROSPECT, PROSPECT_OR_BUDGET, UPCOMING, WHEN_ANCHOR, asks_decided, asks_done, in_prospect
from rag.answering.replies import AskAfresh, FollowUp
from rag.answering.statements import VERB, holding
from rag.answering.subjects import GRAMMAR
from rag.answering.years import anchor, figure
from rag.dates import MONTH_NAMES, YEAR, month_day, own_day
from rag.text import split_sentences

#: a number written as a word: "a prison term of four years"
_NUMBER_WORD = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred"
    r"|thousand|million|billion)\b",
    re.I,
)


def _number_word(question: str, text: str) -> tuple[str, re.Pattern[str]] | None:
    """The first number ``text`` writes as a word and ``question`` does not hold: what an answer with no
    name and no figure gives ("Oskar Fenn received a prison term of four years", from "The prosecution is
    expected to seek a prison term of four years": the fifth smoke check's p049)."""
    for m in _NUMBER_WORD.finditer(re.sub(r"\[\d+(?:\s*,\s*\d+)*\]", " ", text)):
        word = m.group().lower()
        if not re.search(rf"\b{word}\b", question, re.I):
            return word, re.compile(rf"\b{word}\b", re.I)
    return None


def _what(question: str, text: str) -> tuple[str, re.Pattern[str]] | None:
    """What an answer gives: to "when", its first date or year that the question does not hold (a
    name beside it is not what was asked); to "how many", its first figure; else its first name or figure
    (rag.answering.years.anchor)."""
    kind = expected(question)
    if kind == "quantity":  # "17 to 25 named storms …, of which 4 to 7 … of Category 3": the figure, not the name
        return figure(question, text) or anchor(question, text) or _number_word(question, text)
    if kind != "time":
        return anchor(question, text) or _number_word(question, text)
    for m in WHEN_ANCHOR.finditer(text):
        if m.group().lower() not in question.lower():
            return m.group(), re.compile(rf"(?<![\w]){re.escape(m.group())}(?![\w])", re.I)
    return None


@dataclass(frozen=True)
class Unrealised:
    """An answer's name or figure that its passages only expect, plan or forecast."""

    anchor: str
    #: the clause's sentence that holds it as a prospect ("Forecasters at NOAA expect 17 to 25 named storms …")
    sentence: str


#: a name a question gives: a run of capitalised words, a Roman numeral or a number after them ("Spanish
#: Grand Prix", "Super Bowl LVII", "Artemis II")
_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|\d+\b))*")


def _names(question: str) -> list[tuple[str, re.Pattern[str]]]:
    """The names ``question`` gives (runs of capitalised words, a month, a year), each with what finds it."""
    out = []
    for m in _RUN.finditer(question):
        name = re.sub(r"['’]s$", "", m.group()).strip(".'’-")
        if name.split()[0].lower() in MONTH_NAMES:
            name = name.split()[0]  # "September 2023": the month; its year is a constraint of its own
        if m.start() == len(question) - len(question.lstrip()) and " " not in name:
            continue  # the question's first word, capitalised for grammar
        if len(name) < 3 or (name.lower() in GRAMMAR and name.lower() not in MONTH_NAMES):
            continue  # a question word, a title; a month is the time asked ("its September 2023 meeting")
        out.append((name, re.compile(r"(?<![\w])" + r"\s+".join(re.escape(w) for w in name.split()) + r"(?![\w])", re.I)))
    # a year is a name of the event too: "the 2025 race is scheduled for April 13" is all a report says of it
    out += [(y, re.compile(rf"(?<![\w.]){y}(?![\w])")) for y in dict.fromkeys(YEAR.findall(question))]
    return out


def _about(sentence: str, names: list[tuple[str, re.Pattern[str]]], but: str = "") -> bool:
    """Whether ``sentence`` is about what the question asks: it holds one of its ``names`` (but ``but``), or
    the question gives no other. A passage shown but not cited counts only so: "Kira Dal headlined the
    Loxley festival" does not say she won the Meridian award."""
    others = [w for n, w in names if n != but]
    return not others or any(w.search(sentence) for w in others)


def _names_all(passage: str, names: list[tuple[str, re.Pattern[str]]]) -> bool:
    """Whether ``passage`` holds every one of the question's ``names`` (at least one)."""
    return bool(names) and all(w.search(passage) for _, w in names)


#: a question about an event's outcome: who won it, who was elected, what the verdict was
_OUTCOME_ASKED = re.compile(
    r"\b(?:won|wins?|winners?|champions?|title|elected|beat|defeated|awarded|victory|result|results|verdict"
    r"|sentenced?|convicted|acquitted|finished|placed|runners?-up|scored?)\b",
    re.I,
)
#: an event's start in the present tense, as a preview writes it: "when the 2024 Northgate Cup begins", "Voters
#: go to the polls on November 5, 2024"; a fixture in the present tense: "Harlow Town and Fenwick Athletic meet in the
#: 2023 Norwold Cup final on Saturday" (the sixth smoke check's r062), which a report would put as "met" or "beat"
_STARTS = re.compile(
    r"\b(?:begins|starts|kicks\s+off|gets\s+under\s?way|(?:go|goes|head|heads)\s+to\s+the\s+polls"
    r"|meets?|faces?|take\s+on|takes\s+on)\b",
    re.I,
)


def _subject_in_prospect(
    names: list[tuple[str, re.Pattern[str]]], cited: list[str], shown: list[str], outcome: bool = False
) -> Unrealised | None:
    """A name of the question that the passages hold only in prospect ("The championship moves to
    Barcelona next weekend for the Spanish Grand Prix", asked who won it), or None. With ``outcome`` (the
    question asks who won, who was elected), a name also held on a day after its report's date line
    ("The Vantage World Invitational begins on July 18", dated July 15) or where it starts, beside
    statements of nothing (a headline's fragment, the date line), as the fifth smoke check's previews
    hold theirs (p011, p017, p057; eval/README.md, fourteenth step)."""
    for name, word in names:
        holding = [(sentence, clause, passage) for passage in cited for sentence, clause in _holding(word, [passage])]
        holding += [(s, c, p) for p in shown for s, c in _holding(word, [p]) if _about(s, names, but=name)]
        if not outcome:
            if holding and all(in_prospect(clause, UPCOMING) for _, clause, _ in holding):
                return Unrealised(name, holding[0][0])
            continue
        # asked its outcome, an event is also still to come on a day after its report's date line, and the
        # rest may state nothing of it (a headline's fragment, the date line); a preview's other facts
        # (its field, its venue) are known before the event and are asked for by other questions
        upcoming = [h for h in holding if in_prospect(h[1], UPCOMING) or in_prospect(h[1], _STARTS) or _later_day(h[1], h[2])]
        if upcoming and all(h in upcoming or _says_nothing(h[1]) for h in holding):
            return Unrealised(name, upcoming[0][0])
    return None


def _says_nothing(statement: str) -> bool:
    """Whether ``statement`` states nothing of what happened: a headline's fragment or a date line, with no
    verb and no outcome ("Vantage World Invitational: eight teams, one trophy July 15, 2024")."""
    return not VERB.search(statement) and not OUTCOME.search(statement) and not _WON.search(statement)


#: what names an outcome without a verb: "Nightfall Lynx, 2024 Invitational champions"
_WON = re.compile(r"\b(?:champions?|winners?|victors?|victory|victorious|title-?holders?|runners?-up|medall?ists?)\b", re.I)


def _later_day(statement: str, passage: str) -> bool:
    """Whether ``statement`` names a day after its report's date line: in a report dated July 15, "The
    Invitational begins on July 18" is still to come (the fifth smoke check's p057, p017)."""
    own = own_day(passage)
    if own is None:
        return False
    days = [month_day(m.group()) for m in DAY.finditer(statement)]
    return any(d is not None and (own[0], *d) > own for d in days)


def _holding(word: re.Pattern[str], passages: list[str]) -> list[tuple[str, str]]:
    """What the sentences of ``passages`` state of ``word`` (rag.answering.statements.holding): a list's line with
    the last sentence before it that names who is in the running."""
    return holding(word, passages, _listed, CONTEST)


def _listed(sentence: str) -> bool:
    """Whether ``sentence`` only lists, with no verb and no outcome of its own: "Best Director: Amara Quist; Jonah
    Reyes; Lotte Brem." under "Nominations for the 14th Lindqvist Film Awards were announced on 1 February 2022"
    (the fifteenth smoke check's q020); not a winner's line ("Winner: Lotte Brem")."""
    return bool(_LIST.search(sentence)) and not VERB.search(sentence) and not OUTCOME.search(sentence) and not _WON.search(sentence)


#: what a list looks like: a label before its items ("Best Director: …"), or items between semicolons; a sentence
#: whose verb _VERB does not know ("The tour moves next weekend to the Alpine Cup") is no list
_LIST = re.compile(r"^[^:;.]{1,40}:\s*\S|;")


def unrealised(question: str, answers: Iterable[tuple[str, list[str]]], shown: Iterable[str] = ()) -> Unrealised | None:
    """What an answer gives as done that its cited passages only hold in prospect (None when a clause
    states it, the question asks no outcome, or the answer gives no name, figure or date). ``answers``
    holds each answer sentence with the texts of the passages it cites, ``shown`` the texts of every
    passage shown to the model. Lenient: one sentence of the answer whose name or figure a passage shown
    states as an outcome is enough, cited or not (the model may cite the preview beside the result report
    that states the same name: "Vandermeer won" from "Vandermeer is the favourite")."""
    done = asks_done(question)
    if not done and not asks_decided(question):
        return None
    # asked what will be, a plan is an answer ("is expected to be held in Holmgard"), a bid is not: "Ostmark,
    # Tarsa and Kilbride have bid to stage the 2026 summit", asked where it will be staged (the tenth smoke check's q006)
    words = (PROSPECT if re.search(r"\bbudget", question, re.I) else PROSPECT_OR_BUDGET) if done else CONTEST
    answers, shown = list(answers), list(shown)
    when = expected(question) == "time"
    said = [re.sub(r"\s*\[\d+(?:\s*,\s*\d+)*\]", "", text).strip() for text, _ in answers]
    if done and said and not when and all(_says_to_come(t) for t in said):
        # the reply itself says what is still to come: "The Court of Appeal will hear the case … in March 2024",
        # asked the appeal's outcome (the eighth smoke check's q029)
        return Unrealised("this", said[0])
    names = _names(question)
    cited = list(dict.fromkeys(p for _, passages in answers for p in passages))
    # asked when, an event's name beside its date to come is its schedule ("next weekend for the Spanish Grand
    # Prix on June 4"), not a sign that it has not happened
    others = [p for p in shown if p not in cited]
    found = None if when or not done else _subject_in_prospect(names, cited, others, bool(_OUTCOME_ASKED.search(question)))
    if found is not None:
        return found
    for text, passages in answers:
        what = _what(question, text)
        if what is None:
            continue
        name, word = what
        holding = undated(_holding(word, passages), passages)
        if not done:
            # asked what will be, what a passage says of the name elsewhere is no decision: "Stromay is proposing to
            # build a new all-weather track", beside its bid for the games (the eleventh smoke check's q045)
            holding = [h for h in holding if _about(h[1], names)] or holding
        if not holding:
            continue
        # another passage shown states it of the question's subject: in a sentence that names it, or in a report
        # that names all the question names ("The Tellmark Central Library opened … The five-storey building,
        # designed by the architect Sunniva Kjelstad, …" beside the shortlist the model cited: the sixth smoke check's r038)
        money = _as_money(text, name, word)
        elsewhere = [
            h for p in shown if p not in passages for h in undated(_holding(money, [p]), [p]) if _about(h[0], names) or _names_all(p, names)
        ]
        if any(not in_prospect(clause, words, word if when else None) or (when and DAY.search(clause)) for _, clause in holding + elsewhere):
            return None  # stated as done; or, asked when, a day it is set for ("on June 4"): a schedule
        found = found or Unrealised(name, holding[0][0])
    return found


def _as_money(text: str, figure: str, word: re.Pattern[str]) -> re.Pattern[str]:
    """What finds ``figure`` (found by ``word``) in another passage as the answer ``text`` gives it: as money, when the
    answer writes a currency sign before it. Asked what a building cost, "The £61 million building has 48 treatment
    bays" states no cost of £48 million (the twenty-first smoke check's q035); "cost 48 million pounds", "GBP 48m" and
    "€48 million" are money."""
    if not re.search(rf"[$€£¥]\s?{re.escape(figure)}(?![\d])", text):
        return word
    scale = r"(?:\s?(?:m|bn|k|million|billion|thousand))?"
    return re.compile(
        rf"(?:[$€£¥]|\b(?:GBP|USD|EUR|US\$|A\$|C\$)\s?)\s?(?:{word.pattern})|(?:{word.pattern}){scale}\s+{CURRENCY}\b",
        word.flags | re.I,
    )


#: a statement of what is to come: its first verb a future, or a plan's ("is expected to", "plans to")
_TO_COME = re.compile(
    r"(?:will|shall|(?:is|are)\s+(?:expected|set|due|scheduled|planned|going)\s+to|plans?\s+to|intends?\s+to|aims?\s+to)\b", re.I
)


def _says_to_come(sentence: str) -> bool:
    """Whether ``sentence``'s first verb says what is still to come ("The Court of Appeal will hear the case"; not
    "The council decided the bridge will be rebuilt")."""
    first = VERB.search(sentence)
    return first is not None and bool(_TO_COME.match(sentence, first.start()))


#: asked once when the passages only expect, plan or forecast what a reply gives as done
UNREALISED = (
    'The question asks what happened, but the passages give {anchor} only as expected, planned or forecast: '
    '"{sentence}" Reply with what the passages say did happen, or if they do not say it, with exactly: '
    f"{REFUSAL}"
)
#: the same, asked what will be: the passages name only who is in the running
UNDECIDED = (
    'The question asks what has been decided, but the passages give {anchor} only as a bid, a candidacy or a '
    'nomination: "{sentence}" Reply with what the passages say has been decided, or if they do not say it, with '
    f"exactly: {REFUSAL}"
)


def follow_up(question: str, result: Attribution, evidence: list[Evidence]) -> FollowUp:
    """The follow-up for a supported reply whose name or figure its cited passages only hold in
    prospect (asked what will be: only in the running), quoting the sentence that does ("" when a passage
    shown states it as done). Asked what happened, the question is asked afresh over the passages shown that do not
    hold that sentence, hold every name the question gives, and state an outcome in a sentence that names one, when
    there are any: told in the conversation that "26 seats" was only a projection, the 1.5B model refused rather than
    give the result another passage shown states (the nineteenth smoke check's q040). Asked afresh over every other
    passage shown, it answered three unanswerable questions of the older smoke checks from passages about other
    things (eval/README.md, twenty-seventh step)."""
    text_of = shown_text(evidence)
    found = unrealised(question, cited_by_sentence(result, lambda c: text_of(c.hit)), [ev.text for ev in evidence])
    if found is None:
        return ""
    done = asks_done(question)
    if done and found.anchor != "this":
        sentence = " ".join(found.sentence.split())
        names = _names(question)
        rest = tuple(
            ev.n for ev in evidence
            if sentence not in " ".join(ev.text.split()) and _names_all(ev.text, names)
            and any(OUTCOME.search(s) and _about(s, names) for s in split_sentences(ev.text))
        )
        if rest and len(rest) < len(evidence):
            return AskAfresh(rest)
    return (UNREALISED if done else UNDECIDED).format(anchor=found.anchor, sentence=found.sentence)
