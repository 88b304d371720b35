"""Whether a figure a reply gives is the line of a company's accounts that its question asks for.

A report on a company's year gives its sales beside its profit, often in one sentence: "revenue rose 8 per cent to
£41.3 million, and pre-tax profit to £3.2 million". Asked what pre-tax profit Greyloch Distillers made in 2023, the
1.5B model answered "£19.2 million" from "said sales for calendar 2023 rose 6 per cent to £19.2 million", in a report
that gives no profit at all ("Profit figures will be published with the full accounts in the summer"); every word of
the answer is in the passage, so the support check passes it (issue 12: another quantity of the same thing; the
twenty-second smoke check's q014, read on its tune half in the twenty-ninth step).

A question asks for a line by its word: a profit ("pre-tax profit", "net income") or a revenue (sales, turnover,
takings); not a share of one ("the profit margin") nor "losses", "earnings" or a "deficit", which are as often jobs,
weight, pay or trade as a company's accounts. A figure the answer gives as money is of the line whose word stands right
after it ("£3m operating profit", "£19.2 million in sales"), else of the nearest one before it in its clause ("sales
for calendar 2023 rose 6 per cent to £19.2 million", "on turnover of £40m"), passing over one that a preposition makes
an aside ("Profit after a fall in sales was £3m"). When every sentence of the cited passages that decides the answer's
figures (rag.answering.labels.deciding) gives them for the other line, the answer is off-label: it is asked for once
more, quoting the sentences that name the line asked (rag.answering.replies), and a second off-label answer is not an
answer.

Lenient by design: a figure that no line word goes with ("On sales of £40m, it made £3m"), a sentence that names two
lines together ("Sales and profit rose to £40m and £3m"), and a sentence that gives the answer's figures for both
lines let the answer stand; so does any answer to a question that names both lines or neither.
"""

from __future__ import annotations

import re

from rag.answering.answer_type import CURRENCY
from rag.answering.citations import Attribution, cited_by_sentence
from rag.answering.labels import OffLabel, asked_again, every_deciding
from rag.answering.prompt import Evidence, shown_text

#: the words of each line, as a passage writes them
_LINES = {
    "profit": r"(?:pre-?tax\s+|operating\s+|net\s+|gross\s+|underlying\s+|annual\s+)?(?:profits?|earnings|surplus(?:es)?"
    r"|loss(?:es)?|deficits?|ebitda|net\s+income)",
    "revenue": r"(?:annual\s+|total\s+)?(?:revenues?|sales|turnover|takings)",
}
_WORD = re.compile("|".join(rf"\b(?P<{name}>{words})\b" for name, words in _LINES.items()), re.I)
#: the line a question asks for, by fewer words: not "job losses", "weight loss", "weekly earnings" nor "the trade
#: deficit", which are no company's accounts (a review of this step)
_ASKED = re.compile(r"\b(?P<profit>profits?|net\s+income)\b|\b(?P<revenue>revenues?|sales|turnover|takings)\b", re.I)
#: a share of a line, not the line: "profit margin", "What percentage of sales …?"
_SHARE = re.compile(r"\bmargins?\b|\bper\s*cent|\bpercent|\bpercentage|\bshare\b|%|\bgrowth\b|\bhow\s+many\b", re.I)
#: what parts a sentence's clauses: a figure of one clause is not the line another names ("On sales of £40m, it made
#: £3m"; "Profit, hit by weaker sales, came in at £3m")
_CLAUSE = re.compile(r"[;,:()]|\s[-–—]\s|\b(?:and|while|but|whereas)\b", re.I)
#: what ends the few words after a figure that may name its line: "£3m before tax on sales of £40m" gives £3m for no line
_PHRASE = re.compile(rf"{_CLAUSE.pattern}|\b(?:on|from|after|with|as|despite|because|before|amid|up|down)\b", re.I)
#: a line word that a preposition makes another's aside ("Profit after a fall in sales was £3m"), unless it names the
#: figure right after it ("on turnover of £40m")
_OBLIQUE = re.compile(r"\b(?:after|on|from|with|despite|amid|of|in|by|for|to|than|over)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_NAMES_FIGURE = re.compile(r"^\s+(?:of|at)\s+\W{0,2}$", re.I)
#: two lines named together, their figures given in the same order: "Sales and profit rose to £40m and £3m"
_ANY = rf"\b(?:{'|'.join(_LINES.values())})\b"
_TOGETHER = re.compile(rf"{_ANY}\s*(?:,|and|&)\s*(?:[\w-]+\s+){{0,2}}?{_ANY}|\brespectively\b", re.I)
#: how far after a figure its line word may stand: "£19.2 million in sales", "£3.2 million pre-tax profit"
_AFTER = 24
#: a figure: "19.2" of "£19.2 million", "1,200"
_FIGURE = re.compile(r"(?<![\w.,:])\d[\d,]*(?:\.\d+)?(?![\w.,:]*\d)")
#: a figure given as money: "£19.2 million", "$1.1bn", "19.2 million euros"
_MONEY = re.compile(rf"[$€£¥]\s?\d|\d[\d,.]*\s*(?:(?:thousand|million|billion|m|bn|k)\s+)?(?:{CURRENCY})\b", re.I)


def asked_line(question: str) -> str | None:
    """The line of accounts ``question`` asks for ("profit", "revenue"), or None when it names neither or both, or
    asks for a share of one ("the profit margin")."""
    if _SHARE.search(question):
        return None
    found = {m.lastgroup for m in _ASKED.finditer(question)}
    return found.pop() if len(found) == 1 else None


def line_of(sentence: str, word: re.Pattern[str]) -> str | None:
    """The line ``sentence`` gives the figures ``word`` finds for: the line word right after a figure, up to its
    clause's end ("£3m operating profit"), else the one before it in its clause; None when no line word goes with one,
    the sentence names two lines together ("Sales and profit rose to £40m and £3m"), or its figures are of both."""
    if _TOGETHER.search(sentence):
        return None
    found: set[str] = set()
    for m in word.finditer(sentence):
        tail = sentence[m.end() : m.end() + _AFTER]
        after = _WORD.search(tail[: next((c.start() for c in _PHRASE.finditer(tail)), len(tail))])
        start = max((c.end() for c in _CLAUSE.finditer(sentence, 0, m.start())), default=0)
        before = [
            w for w in _WORD.finditer(sentence, start, m.start())
            if not _OBLIQUE.search(sentence[start : w.start()]) or _NAMES_FIGURE.match(sentence[w.end() : m.start()])
        ]
        line = after.lastgroup if after else before[-1].lastgroup if before else None
        if line is None:
            return None
        found.add(line)
    return found.pop() if len(found) == 1 else None


def _money_figures(question: str, text: str) -> tuple[str, re.Pattern[str]] | None:
    """The figures ``text`` gives as money and ``question`` does not hold, the first of them and what finds any one of
    them in a passage; None when it gives none: a line of accounts is money."""
    found = [m.group() for m in _FIGURE.finditer(text) if _MONEY.search(text, max(0, m.start() - 2), m.end() + 20)]
    found = [f for f in found if f not in question]
    if not found:
        return None
    return found[0], re.compile("|".join(rf"(?<![\d.,]){re.escape(f)}(?![\d]|[.,]\d)" for f in dict.fromkeys(found)))


def off_line(question: str, answers: list[tuple[str, list[str]]]) -> OffLabel | None:
    """The figure an answer gives as money whose every deciding sentence in its cited passages gives it for another
    line of accounts than ``question`` asks for (None when one does not, or it gives no such figure). ``answers`` holds
    each answer sentence with the texts of its cited passages."""
    asked = asked_line(question)
    if asked is None:
        return None

    def conflict(sentence: str, anchor: str, word: re.Pattern[str]) -> str | None:
        line = line_of(sentence, word)
        return line if line is not None and line != asked else None

    found = every_deciding(question, answers, _money_figures, conflict)
    if found is None:
        return None
    asked_word = re.compile(rf"\b(?:{_LINES[asked]})\b", re.I)
    return OffLabel(found.anchor, asked, found.conflict, found.stating(lambda s: bool(asked_word.search(s))))


def follow_up(question: str, result: Attribution, evidence: list[Evidence]) -> str:
    """The follow-up for a supported reply whose figure its cited passages give only for another line of accounts than
    the question asks for, quoting the sentences that name the line asked ("" when it passes)."""
    text_of = shown_text(evidence)
    return asked_again(off_line(question, cited_by_sentence(result, lambda c: text_of(c.hit))))
