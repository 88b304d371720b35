"""What a passage's sentences state, clause by clause, of a name or a figure: the statements a check of an answer
reads (rag.answering.prospects: whether a statement is an outcome or only a prospect).

A sentence states several things ("Marant, 27, is the clear favourite, and Ruiz won in 2019"): each clause with a
verb of its own is a statement; a clause without one (a name before its commas) goes with the clause after it that
has one, past short asides; a list's item goes with the sentence that introduces the list.
"""

from __future__ import annotations

import re
from typing import Callable

from rag.text import sentence_spans

#: what ends a clause in a sentence: punctuation, and a conjunction that starts another statement; not the
#: comma or colon inside a figure ("38,500 kettles", "10:45"), whose first part would read as a figure of its
#: own ("38", asked how hot it got: the fifth smoke check's p053, eval/README.md)
_CLAUSE_END = re.compile(r"(?<!\d)[,:]|[,:](?!\d)|[;()\u2013\u2014]|\s-\s|\b(?:and|but|while|whereas|although|though|after|before|which)\b")


def _clauses(sentence: str) -> list[str]:
    """The clauses of ``sentence``: split at punctuation and at a conjunction that starts a statement."""
    out, at = [], 0
    for m in _CLAUSE_END.finditer(sentence):
        out.append(sentence[at : m.start()])
        at = m.end()
    out.append(sentence[at:])
    return [c.strip() for c in out if c.strip()]


#: a word that makes a clause a statement of its own: an auxiliary, a common verb, a past tense
VERB = re.compile(
    r"\b(?:is|are|am|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did"
    r"|wins?|won|beats?|took|takes|made|makes|became|becomes|came|comes|held|holds|led|leads|lost|loses|ran|runs|rose"
    r"|fell|sold|sells|bought|paid|got|gave|said|says|meets?|faces?|plays?|includes?|expects?|remains?|stays?|continues?"
    r"|[a-z]{3,}ed)\b",
    re.I,
)
#: a clause that is an aside about the name before it ("Smith, who was expected to win, won")
_RELATIVE = re.compile(r"^(?:who|whom|whose|which|that|where)\b", re.I)


#: a plan's verb with its infinitive ("hopes to raise", "is set to open"), and a clause that goes on with another
#: infinitive of it, with no subject of its own: a verb in its base form first ("have", "build"; not "opened", "runs",
#: "the", "it")
_TO_VERB = re.compile(
    r"\b(?:hope|hopes|hoping|plan|plans|planning|aim|aims|aiming|intend|intends|expect|expects|want|wants|seek|seeks"
    r"|(?:is|are)\s+(?:set|due|expected|scheduled|planned|going))\s+to\s+[a-z]+",
    re.I,
)
_BARE = re.compile(
    r"^(?!(?:the|a|an|it|he|she|they|we|i|you|this|that|these|those|its|their|his|her|our|there|then|so|also|now|not"
    r"|in|on|at|by|for|to|of|with|from|as|is|are|was|were|be|been|has|had|will|would|can|could|may|might|must|should"
    r"|[a-z]+(?:ed|ing|ly))\b)(?:[a-z]+(?<!s)|[a-z]*ss)\b"
    # a noun with its own verb after it is a subject: "and police arrested two men in 2020"
    r"(?!\s+(?:[a-z]+ed|is|are|was|were|has|had|have|will|would|said|says)\b)"
)


def statements(sentence: str) -> list[tuple[str, str]]:
    """What ``sentence`` states, clause by clause: a clause with a verb of its own; one without (a name
    before its commas: "Marant, 27, is the clear favourite") with the clause after it that has one, past
    short asides ("Ana Ruiz, the favourite, won"; "Smith, who was expected to win, won"); else with what
    leads up to it in its sentence (a list's items: "The shortlist is: The Lantern Keepers by Ada Moreau").
    Each clause comes with its statement."""
    parts = _clauses(sentence)
    out: list[tuple[str, str]] = []
    for i, clause in enumerate(parts):
        if out and _BARE.match(clause) and _TO_VERB.search(out[-1][1]):
            # a second verb of the same plan: "The trust hopes to raise £5 million and have trains running into
            # Ferriby by 2028" (the thirteenth smoke check's q031)
            out.append((clause, f"{out[-1][1]} … {clause}"))
            continue
        if VERB.search(clause):
            out.append((clause, clause))
            continue
        predicate = None
        for after in parts[i + 1 : i + 4]:
            if VERB.search(after) and not _RELATIVE.match(after):
                predicate = after
                break
            if not _RELATIVE.match(after) and len(after.split()) > 3:
                break  # not an aside ("27", "the favourite"): another item, another statement
        if predicate:
            out.append((clause, f"{clause} … {predicate}"))
        else:
            at = sentence.find(clause)
            out.append((clause, sentence[: at + len(clause)] if at >= 0 else clause))
    return out


#: a sentence that goes on with the one before it, naming what that one introduced: "Six writers have been
#: shortlisted. They are Rhian Moss, …" (the fourth smoke check's s020)
_CONTINUING = re.compile(r"^\W*(?:they|these|those) (?:are|were|include|included)\b", re.I)


#: a short question a writer answers in the next sentence, a fragment with no verb of its own: "My prediction? Ondarra
#: by two minutes" states a prediction (the twenty-first smoke check's q002, asked who won); "Could anyone catch her?
#: Ondarra crossed the line in 2:21:05" states what happened
_ASKING = re.compile(r"\W*(?:[\w'’-]+\s+){0,3}[\w'’-]+\?")


#: a list's item: "- Glasshouse, directed by Rosa Delacourt" (its items run into one sentence in a passage shown
#: with its lines joined)
_ITEM = re.compile(r"^\s*(?:[-*\u2022\u2013]\s|\d{1,2}[.)]\s)")
#: where a list's item starts inside a sentence: "… so far. - Glasshouse, directed by … - The Weight of Ferries"
_ITEMS = re.compile(r"\s+(?=[-*\u2022\u2013]\s+[A-Z0-9\"'\u2018\u201c])")


def holding(
    word: re.Pattern[str], passages: list[str], listed: Callable[[str], bool], heading: re.Pattern[str]
) -> list[tuple[str, str]]:
    """What the sentences of ``passages`` state of ``word``: each statement that names it, with its sentence
    (a sentence that goes on with the one before it, "They are …", or answers a short question in it with no verb of
    its own, "My prediction? Ondarra by two minutes", states it with that one; a list's item
    with the sentence that introduces the list: "Fourteen films will compete; these are …" before
    "- Glasshouse, directed by Rosa Delacourt", the sixth smoke check's r061; a sentence that ``listed`` says only
    lists, with the last one before it that ``heading`` finds in)."""
    out = []
    for passage in passages:
        before = intro = head = ""
        for a, b in sentence_spans(passage):
            for sentence in _ITEMS.split(passage[a:b]):
                item = bool(_ITEM.match(sentence))
                only_lists = not item and listed(sentence)
                answering = _ASKING.fullmatch(before) and not VERB.search(sentence)
                lead = f"{before} " if _CONTINUING.match(sentence) or answering else f"{intro} " if item else f"{head} " if only_lists and head else ""
                quoted = (lead if item or only_lists else "") + sentence.strip()  # an item is quoted with what introduces it
                out += [(quoted, lead + statement) for clause, statement in statements(sentence) if word.search(clause)]
                before = sentence.strip()
                intro = intro if item else before
                # a list's heading announces who is in the running: "Nominations for the 14th Lindqvist Film Awards were
                # announced"; not "The ceremony will be shown on BBC Two on Sunday night" before "Best Director: …"
                head = head if only_lists else before if heading.search(before) else ""
    return out
