"""Whether an answer names the one its passages give the prize the question asks about.

A festival's or a ceremony's report gives several prizes in one go: "Salt and Iron … won the Golden Reed for
best film at the 2021 Sarrow Film Festival … The jury … gave its Grand Jury Prize to Thirteen Lanterns by
Corisande Vail". Asked which film received the Grand Jury Prize, the 1.5B model named the headline's winner of
the main prize, and every word of "Salt and Iron received the Grand Jury Prize at the 2021 Sarrow Film Festival
[1]" but the prize is in the passage, so the support check passes it (issue 12: "the wrong entity from the
right pool"; the eighth smoke check's q008).

When no sentence of the cited passages writes the answer's name with the prize asked about, and a sentence that
writes the prize names someone else, the answer is misawarded: it is asked for once more, quoting both
sentences (rag.answering.replies), and a second misawarded answer is not an answer.

A prize the question names in lower case by its own words ("the audience award", "the reserve supreme champion") is
held to in the same way (the twentieth smoke check's q039 and q042); a ranking, a place or a holder's description ("the
top prize", "the gold medal", "the world champion") names none.

Lenient by design: a prize written in a sentence that names no one else ("It also took the Grand Jury Prize",
after the sentence about the answer's name), a presenter, another year's edition than the one asked, or an earlier
holder ("Last year's audience award went to …") never counts against an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from rag.answering.answer_type import new_names
from rag.answering.citations import Attribution, cited_by_sentence
from rag.answering.positions import named_in
from rag.answering.prompt import REFUSAL, Evidence, shown_text
from rag.dates import YEAR
from rag.text import split_sentences

#: a prize a question names: capitalised words before "Prize", "Award", "Medal" or "Trophy" ("the Grand Jury
#: Prize", "the Orrin Prize for Poetry" is read as "Orrin Prize")
_PRIZE = re.compile(r"\b(?:[A-Z][\w'’-]*\s+){1,4}(?:Prize|Award|Medal|Trophy)\b")


@dataclass(frozen=True)
class Misawarding:
    """An answer's name that its passages give no sentence with the prize asked about, while they give it another."""

    name: str
    prize: str
    #: the passage's sentence that holds the answer's name
    sentence: str
    #: the sentences that give the prize asked about to others
    stating: tuple[str, ...]


#: what gives a prize in a sentence that names it: "gave its Grand Jury Prize to", "won the …", "went to"
_GIVING = re.compile(r"\b(?:won|wins?|winning|gave|gives|given|awarded|went|goes|received|receives|took|takes|presented|handed)\b", re.I)
#: a judge's choice, before the prize it makes: "made the Limousin bull Marrowgate Ember, shown by …, reserve supreme
#: champion", "was named champion"; not "named after", "named on the shortlist", "made headlines", "made the final"
_CHOOSING = r"\b(?:made|named|crowned)\s+(?!(?:after|for|on|in|history|headlines|the\s+final)\b)(?:[\w'’,.-]+\s+){0,14}?"


def _gives(prize: re.Pattern[str], sentence: str) -> bool:
    """Whether ``sentence`` names the prize and a verb that gives it, outside the prize's own words ("the audience award
    is chosen by ballot" gives nothing): not a report's headline that runs into its first sentence ("Greywater Poetry
    Prize 2023: results This year's judge … read all 2,140 entries")."""
    if not prize.search(sentence):
        return False
    return bool(_GIVING.search(prize.sub(" ", sentence))) or re.search(_CHOOSING + prize.pattern, sentence, re.I) is not None


#: a prize or a title a question names in lower case, by the words before its noun: "the audience award", "the reserve
#: supreme champion" (the twentieth smoke check's q039 and q042: the 1.5B model named the main prize's winner, and the
#: supreme champion)
_NAMED_PRIZE = re.compile(r"(?:^|\s)([a-z][a-z'’-]*)\s+((?:[a-z][a-z'’-]*\s+){1,3})(prize|award|medal|trophy|champion)\b")
#: what stands before a prize's own words: an article, a possessive pronoun, a verb of winning or choosing
_BEFORE_PRIZE = frozenset(
    "the a an its their his her this that won win wins received receive took take takes got get gets claimed claim earned "
    "exhibited shown showed named awarded crowned made became voted".split()
)
#: words that rank, place or describe a prize or its holder without naming one: asked "the top prize", "the gold
#: medal", "the world champion", "the defending champion", a report writes the prize by its name or gives the place
#: (rag.answering.positions), and a holder's description is no prize given
_GENERIC = frozenset(
    "top main major big biggest highest overall grand special first second third gold silver bronze world national "
    "defending reigning former previous current last new youngest oldest annual each leading vocal many ever".split()
)
#: a sentence about an earlier holder: "Last year's audience award went to Grey Meridian"
_EARLIER = re.compile(r"\b(?:last\s+year['’]s|previous(?:ly)?|former|past|earlier)\b", re.I)


def _named_prize(question: str) -> str | None:
    """The one prize ``question`` names in lower case by its own words before its noun ("audience award"), after an
    article or a verb ("the sportsperson of the year award" is not the "year award"), or None."""
    found: set[str] = set()
    for m in _NAMED_PRIZE.finditer(question):
        words = (m.group(1) + " " + m.group(2)).split()
        start = max(i for i, w in enumerate(words) if w in _BEFORE_PRIZE or i == 0)
        if words[start] not in _BEFORE_PRIZE or (start > 0 and words[start - 1] in ("of", "for", "in", "at", "on", "to")):
            continue  # "the sportsperson of the year award": the prize's words go on before the article
        own = words[start + 1 :]
        # after the last article or verb, so none of those among them
        if own and not any(w in _GENERIC or w == "of" or re.search(r"['’]s?$", w) for w in own):
            found.add(" ".join([*own, m.group(3)]))
    return found.pop() if len(found) == 1 else None


def _another(question: str, sentence: str) -> bool:
    """Whether ``sentence`` names someone the question does not: not a presenter ("presented by Sir Tom Vale"), nor
    its own first word, capitalised for grammar ("Viewers handed it the audience award")."""
    kept = re.sub(r"\bby\s+(?:[a-z]+\s+){0,2}(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms)\.?\s+)?(?:[A-Z][\w'’-]*\s*)+", " ", sentence)
    kept = re.sub(r"^\s*[A-Z][\w'’-]*(?=\s+[a-z])", " ", kept)
    return bool(new_names(question, kept))


def asked_prize(question: str) -> str | None:
    """The one prize ``question`` names, or None (none, or several): by a capitalised name ("the Grand Jury Prize"), or
    else in lower case by its own words before its noun ("the audience award")."""
    found = {m.group().strip() for m in _PRIZE.finditer(question)}
    if not found:
        return _named_prize(question)
    return found.pop() if len(found) == 1 else None


def misawarded(question: str, answers: Iterable[tuple[str, list[str]]]) -> Misawarding | None:
    """What gives the answer's name no sentence with the prize ``question`` asks about, while another sentence gives
    that prize to another, or None. ``answers`` holds each answer sentence with the texts of the passages it
    cites. Lenient: one sentence of the answer whose name a passage writes with the prize is enough."""
    prize = asked_prize(question)
    if prize is None:
        return None
    written = re.compile(r"\s+".join(re.escape(w) for w in prize.split()), re.I)
    years = set(YEAR.findall(question))
    found: Misawarding | None = None
    for text, passages in answers:
        named = named_in(question, text, passages)
        if named is None:
            continue
        name, word, holding = named
        if not holding or any(written.search(s) for s in holding):
            return None
        # a report headed with the prize is about it: "Greywater Poetry Prize 2023: results … First prize (£2,000) goes
        # to Lowri Penhallow-Shaw" (the seventh smoke check's q026)
        if any(word.search(p) and written.search(next(iter(split_sentences(p)), "")) for p in passages):
            return None
        # the prize given to another: its sentence gives it, and names someone the question does not
        sentences = [s.strip() for p in passages for s in split_sentences(p)]
        # another year's than the one asked, or an earlier holder's ("Last year's audience award went to Grey Meridian") is
        # no rival; asked no year, a sentence's year is the prize's ("Riverlight (2010) won the Calder Prize")
        stating = tuple(dict.fromkeys(
            s for s in sentences if _gives(written, s) and _another(question, s) and (not years or set(YEAR.findall(s)) <= years)
            and not (_EARLIER.search(s) and not _EARLIER.search(question))
        ))
        if not stating:
            return None
        found = found or Misawarding(name, prize, holding[0], stating[:2])
    return found


#: asked once when the passages give the prize asked about to another than the reply names
MISAWARDED = (
    'The question asks about the {prize}, but the passages say of {name}: "{sentence}" They give the {prize} in: '
    f"{{stating}} Reply with the name the passages give the {{prize}} to, or if they do not give it, with exactly: {REFUSAL}"
)


def follow_up(question: str, result: Attribution, evidence: list[Evidence]) -> str:
    """The follow-up for a supported reply whose name its cited passages never write with the prize asked about
    while they give it to another, quoting both sentences ("" when it is written with it)."""
    text_of = shown_text(evidence)
    found = misawarded(question, cited_by_sentence(result, lambda c: text_of(c.hit)))
    if found is None:
        return ""
    stating = " ".join(f'"{s}"' for s in found.stating)
    return MISAWARDED.format(prize=found.prize, name=found.name, sentence=found.sentence, stating=stating)
