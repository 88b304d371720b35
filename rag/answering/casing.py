"""A question typed in lower case, given the capitals its passages write its names with.

The checks of an answer read a question's names by their capitals (rag.answering.subjects, prospects, editions):
"Who won the men's race at the 2019 Marrowgate Marathon?" names the Marrowgate Marathon, and a report of the
Brynhallow Half Marathon is about another race. Typed as "who won the mens race at the 2019 marrowgate marathon",
the question names nothing, and the 1.5B model's answer from the Brynhallow report passed every check (the nineteenth
smoke check's q027); asked "what is the claimed range of the kestrel k7 trail", it answered from the Northbrook Trail
7's page (its q018). People type questions so, and search engines' logs of real questions are mostly in lower case.

A run of the question's words is written as the retrieved passages write it when they capitalise it: a run of two
words or more when most of its occurrences there are capitalised word for word and one stands within a sentence
("Marrowgate Marathon", "Tour of the Lowen Hills"; not a page's heading, "Install Python on Windows"); one word
when every occurrence is capitalised and one stands on its own inside a sentence ("by Kestrel, a Danish firm"), so
that a word a sentence or a heading starts with ("Women 1. Thea Vranch"), or a word of a longer name (the
"Marathon" of "the Marrowgate Marathon"), stays as typed.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

#: the longest run of words read as one name
_LONGEST = 6
#: words that join a name's capitalised words ("Tour of the Lowen Hills", "Bank of England")
_JOINING = frozenset({"of", "the", "and", "de", "la", "le", "du", "von", "van", "der", "upon", "on", "in", "for", "at", "&"})
#: words that never start or end a name the question gives: its question words, articles, prepositions, verbs of asking
_NEVER = frozenset(
    "who whom whose what which when where why how is are was were be been did do does has have had will would can could "
    "may might must shall should march the a an of in on at to for by from with and or not no as it its this that these "
    "those there than then".split()
) | _JOINING
_WORD = re.compile(r"[^\W_][\w'’.-]*(?<![.'’-])")


def _capitalised(run: str) -> bool:
    """Whether every word of ``run`` is capitalised, or a joining word between capitalised ones."""
    words = run.split()
    return all(w[:1].isupper() or w[:1].isdigit() or (0 < i < len(words) - 1 and w.lower() in _JOINING) for i, w in enumerate(words))


def _within(text: str, at: int) -> bool:
    """Whether ``text[at:]`` starts within a sentence: after a word or a comma, not where a text, a sentence or a
    heading's line starts ("Install Python on Windows" heading a page is no name of the question's words)."""
    return bool(re.search(r"[\w,]\s+$", text[max(0, at - 3) : at]))


def _inside(text: str, at: int, end: int) -> bool:
    """Whether ``text[at:end]`` stands inside a sentence on its own: after a word in lower case, and before no
    capitalised word ("made by Kestrel, a Danish firm"; not the "Marathon" of "the Marrowgate Marathon")."""
    before = re.search(r"([\w'’-]+),?\s+$", text[max(0, at - 40) : at])
    return before is not None and before.group(1)[0].islower() and not re.match(r"\s+[A-Z]", text[end : end + 2])


def _written(words: list[str], texts: list[str]) -> str | None:
    """How ``texts`` write the run of ``words`` when they capitalise it (module docstring), or None."""
    pattern = re.compile(r"(?<![\w'’-])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w'’-])", re.I)
    capitalised: Counter[str] = Counter()
    lower = inside = 0
    for text in texts:
        for m in pattern.finditer(text):
            if _capitalised(m.group()):
                capitalised[" ".join(m.group().split())] += 1
                inside += _inside(text, m.start(), m.end()) if len(words) == 1 else _within(text, m.start())
            else:
                lower += 1
    if not capitalised or not inside:
        return None
    if len(words) == 1 and lower:
        return None
    if sum(capitalised.values()) <= lower:
        return None
    return capitalised.most_common(1)[0][0]


def truecased(question: str, texts: Iterable[str]) -> str:
    """``question`` with its names written as ``texts`` (the retrieved passages) write them, when it is typed in lower
    case (no capital after its first letter); else ``question`` as it is."""
    if any(c.isupper() for c in question[1:]):
        return question
    texts = list(texts)
    words = list(_WORD.finditer(question))
    out, at, i = [], 0, 0
    while i < len(words):
        for j in range(min(len(words), i + _LONGEST), i, -1):
            run = words[i:j]
            if run[0].group().lower() in _NEVER or run[-1].group().lower() in _NEVER:
                continue
            if re.search(r"[^\w\s'’.-]", question[run[0].start() : run[-1].end()]):
                continue  # a run does not cross punctuation: "the book, not the board game"
            form = _written([w.group() for w in run], texts)
            if form is not None:
                out += [question[at : run[0].start()], form]
                at, i = run[-1].end(), j
                break
        else:
            i += 1
    return "".join(out) + question[at:]
