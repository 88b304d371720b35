"""Whether an answer to "who came before" names the one who came after, and the other way round.

A report on a new holder names the old one: "Oriane Delacroix-Mbaye was elected mayor of Quillon …, succeeding
Gerald Fontanet"; "Ysolde Marrack will become headteacher of Haddon Rise Primary from the autumn term". Asked who was
mayor before Gerald Fontanet, or who ran the school before the new head was appointed, the 1.5B model names the new
holder, and every word of its answer is in the passage, so the support check passes it (issue 12: the wrong entity
from the right pool; the ninth smoke check's q032 and the twelfth's q058, both read on their tune halves).

A question that asks who came before ("before", "preceded", "predecessor") is answered by a name that the sentences
holding it do not give as the one who follows: the name as the subject of "succeeds", "replaced", "took over from" or
"will become", "joins us" (not "was succeeded by", "was replaced by", which make it the one before). When every sentence of the
cited passages that holds the answer's name and says most of what the answer adds (rag.answering.labels.deciding)
does, the answer is asked for once more, quoting that sentence
(rag.answering.replies), and a second such answer is not one (reason ``off-target``).

The other way round, a question that asks who came after ("succeeded", "successor", "replaced") is not answered by
a name the deciding sentences give only as the one followed: the object of "succeeds", "replaced", "took over from",
or the subject of "was succeeded by" ("Lindqvist-Obi succeeds founder Gideon Marsh", asked who succeeded
Lindqvist-Obi: the sixteenth smoke check's q077, read on its tune half in the twenty-fourth step).

Lenient by design: one such sentence that holds the name without saying it followed another (or was followed) is
enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

from rag.answering.answer_type import expected
from rag.answering.citations import Attribution, cited_by_sentence
from rag.answering.labels import deciding
from rag.answering.positions import name_pattern, named_in
from rag.answering.prompt import REFUSAL, Evidence, shown_text

#: a question about who came before: "Who was mayor before Gerald Fontanet?", "Who preceded her?"
_ASKS_BEFORE = re.compile(r"\b(?:before|preceded|predecessors?)\b", re.I)
#: what makes a name the one who follows, written after it in its clause: "…, succeeding Gerald Fontanet", "will
#: become headteacher"; not in the passive ("was succeeded by", "was replaced by")
_FOLLOWS = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bbe\s)"
    r"\b(?:succeed(?:s|ed|ing)?|replac(?:es|ed|ing)|t(?:akes|ook|aking)\s+over\s+from|will\s+(?:become|succeed|replace|take\s+over|join)"
    # a newcomer's welcome: "Mrs Marrack joins us from Kellow Bridge School"
    r"|joins\s+us|is\s+joining\s+us)\b"
    r"(?!\s+by\b)",
    re.I,
)
#: how far after the name its verb may come: "Oriane Delacroix-Mbaye was elected mayor of Quillon by the new municipal
#: council on Monday evening, succeeding …" (90 characters)
_REACH = 120


@dataclass(frozen=True)
class Successor:
    """An answer's name that every sentence holding it gives as the one who came after."""

    name: str
    sentence: str


#: another name between the answer's and the verb, which may be the verb's subject ("Anne Roux handed over to Tom Vell,
#: who will become mayor"); a place or a day after a preposition is none ("mayor of Quillon … on Monday")
_OTHER_NAME = re.compile(r"(?<!\bof\s)(?<!\bin\s)(?<!\bat\s)(?<!\bon\s)(?<!\bfor\s)(?<!\bfrom\s)(?<![.!?]\s)\b[A-Z][a-z]")


#: the one a question asks who came before, when it names them: "before Gerald Fontanet" (not "before the new head")
_BEFORE_NAME = re.compile(r"\b(?:before|preceded|predecessors?\s+(?:of|to))\s+((?:[A-Z][\w'’.-]*\s?)+)")


def _follows(sentence: str, word: re.Pattern[str], reference: re.Pattern[str] | None) -> bool:
    """Whether ``sentence`` writes, after a word of the name (``word``), that it follows another: the verb in the same
    sentence, with no other name between, and after it the one the question names (``reference``), if it names one:
    asked who was chief executive before Priya Vantongeren, "Corwin Ashdale … will become chief executive on 1 July
    2011. He succeeds founder Agnes Threlkeld" is about whom Ashdale followed, not whom he preceded (the seventh smoke
    check's q018)."""
    for m in word.finditer(sentence):
        after = sentence[m.end() : m.end() + _REACH].split(". ")[0]
        verb = _FOLLOWS.search(after)
        if verb and not _OTHER_NAME.search(after[: verb.start()]) and (reference is None or reference.search(after[verb.end() :])):
            return True
    return False


def successor(question: str, answers: Iterable[tuple[str, list[str]]]) -> Successor | None:
    """The answer's name that its cited passages give only as the one who came after, where ``question`` asks who came
    before; None otherwise. ``answers`` holds each answer sentence with the texts of its cited passages."""
    if expected(question) != "name" or not _ASKS_BEFORE.search(question):
        return None
    named_before = _BEFORE_NAME.search(question)
    reference = name_pattern(named_before.group(1).strip()) if named_before else None
    return _given_only(question, answers, lambda sentence, word: _follows(sentence, word, reference))


def _given_only(
    question: str, answers: Iterable[tuple[str, list[str]]], gives: Callable[[str, re.Pattern[str]], bool]
) -> Successor | None:
    """The first answer name for which every deciding sentence of its cited passages ``gives`` it so (a sentence, what
    finds the name); None when one sentence of an answer that holds its name does not."""
    found: Successor | None = None
    for text, passages in answers:
        named = named_in(question, text, passages)
        if named is None:
            continue
        name, word, holding = named
        decide = deciding(question, text, holding)
        if not decide:
            continue
        if not all(gives(s, word) for s in decide):
            return None
        found = found or Successor(name, decide[0])
    return found


#: a question about who came after: "Who succeeded Saoirse Lindqvist-Obi as head of Orrin Telemetrics?", "Who replaced
#: her?", "Who was her successor?"
_ASKS_AFTER = re.compile(r"\b(?:succeeded|succeeds|successors?|replaced|replaces|took\s+over\s+from|takes\s+over\s+from)\b", re.I)
#: what makes the name after it the one who came before: the object of "succeeds", "replaced", "took over from", "in
#: place of", past titles in lower case ("Lindqvist-Obi succeeds founder Gideon Marsh"); not "succeeded by"
_FOLLOWED = re.compile(
    r"\b(?:succeed(?:s|ed|ing)?|replac(?:es|ed|ing)|t(?:akes|ook|aking)\s+over\s+from|in\s+place\s+of)\s+(?!by\b)"
    r"(?:(?:the\s+)?(?!by\b)[a-z][\w-]*\s+){0,4}$"
)
#: the one before in the passive: "Gideon Marsh was succeeded by …", "… was replaced as chief executive by …"
_WAS_FOLLOWED = re.compile(r"^\W{0,3}(?:was|were|has\s+been|had\s+been|is|will\s+be)\s+(?:succeeded|replaced)\b")


def _came_before(sentence: str, word: re.Pattern[str]) -> bool:
    """Whether ``sentence`` writes the name ``word`` finds as the one another followed: the object of "succeeds" or
    "replaced", or the subject of "was succeeded by"."""
    # in a chain ("Rishi Sunak became prime minister, succeeding Liz Truss, who had replaced Boris Johnson") the one
    # before is also one who came after: no decision
    return not _follows(sentence, word, None) and any(
        _FOLLOWED.search(sentence[max(0, m.start() - 60) : m.start()]) or _WAS_FOLLOWED.match(sentence[m.end() :])
        for m in word.finditer(sentence)
    )


def predecessor(question: str, answers: Iterable[tuple[str, list[str]]]) -> Successor | None:
    """The answer's name that its cited passages give only as the one who came before, where ``question`` asks who
    came after ("Lindqvist-Obi succeeds founder Gideon Marsh", asked who succeeded Lindqvist-Obi: the sixteenth smoke
    check's q077); None otherwise."""
    if expected(question) != "name" or not _ASKS_AFTER.search(question) or _ASKS_BEFORE.search(question):
        return None
    return _given_only(question, answers, _came_before)


#: asked once when the passages give the name a reply gives as the one who came before
PREDECESSOR = (
    'The question asks who came after, but the passages give {name} as the one who came before: "{sentence}" Reply '
    f"with the name the passages give for the one after, or if they do not give it, with exactly: {REFUSAL}"
)
#: asked once when the passages give the name a reply gives as the one who came after
SUCCESSOR = (
    'The question asks who came before, but the passages give {name} as the one who came after: "{sentence}" Reply '
    f"with the name the passages give for the one before, or if they do not give it, with exactly: {REFUSAL}"
)


def follow_up(question: str, result: Attribution, evidence: list[Evidence]) -> str:
    """The follow-up for a supported reply to "who came before" that names the one who came after, or to "who came
    after" that names the one who came before ("" when it does not)."""
    text_of = shown_text(evidence)
    answers = cited_by_sentence(result, lambda c: text_of(c.hit))
    found = successor(question, answers)
    if found:
        return SUCCESSOR.format(name=found.name, sentence=found.sentence)
    before = predecessor(question, answers)
    return PREDECESSOR.format(name=before.name, sentence=before.sentence) if before else ""
