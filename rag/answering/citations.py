"""Citations that a reader can check.

The model is asked to put [n] after each claim, but small models rarely do,
so citations are made by construction: every answer sentence is attributed,
after generation, to the passage(s) whose sentences contain its information,
with a deterministic, offline check (stemmed content words, numbers, names).
A marker the model wrote is kept when its passage supports the sentence,
replaced when another passage does, and removed and reported when it names
no passage at all. Sentences nothing supports are marked unsupported.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable, TypeVar

from rag.answering.answer_type import expected
from rag.answering.positions import answer_name
from rag.answering.prompt import drop_instructions
from rag.answering.subjects import fold
from rag.dates import ABBREVIATIONS, MONTH_NAMES
from rag.records import AnswerSentence, Citation, Hit
from rag.text import content_terms, normalise, sentence_spans, split_sentences

T = TypeVar("T")

#: share of a sentence's new information (content words not already in the
#: question) that must be found in the cited passage(s) for it to count as supported
SUPPORT_THRESHOLD = 0.6

_MARKER = re.compile(r"\s*\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")
# a run of markers written after the sentence's full stop belongs to that sentence
_TRAILING = re.compile(r"([.!?])((?:\s*\[\d{1,3}(?:\s*[,;]\s*\d{1,3})*\])+)")
#: a number, a time of day or a duration as one ("1:47" is not "16:47" nor "1" and "47"; "2:06:51")
_NUMBER = re.compile(r"\d[\d,.]*(?::\d\d(?!\d))*")
# a marker cut off by the end of generation (max_tokens): "... in [3] [6"
_UNFINISHED = re.compile(r"\s*\[\d{0,3}(?:\s*[,;]\s*\d{0,3})*\s*$")


@dataclass
class Attribution:
    sentences: list[AnswerSentence]
    citations: list[Citation]
    invalid_markers: list[int]
    #: every sentence only restated the question (it named nothing the question did not)
    restates_question: bool = False
    #: asked once more, the reply still was not what the question asks (rag.answering.replies): not an
    #: answer, and why ("off-target": not the kind or the place asked; "other-subject": from documents
    #: about another subject; "off-year": not the year asked;
    #: "unrealised": only expected or planned; "off-label": another part, number or kind than asked; "off-event":
    #: the other end of a span than asked, an opening for a closure)
    off_target: str = ""

    @property
    def any_supported(self) -> bool:
        return any(s.supported and s.citations for s in self.sentences)


def cited_by_sentence(result: Attribution, passage: Callable[[Citation], T]) -> list[tuple[str, list[T]]]:
    """Each supported sentence of ``result`` with ``passage`` of each citation it carries (the
    checks of a reply read the cited passages sentence by sentence: rag.answering.positions, .years)."""
    cited = {c.n: passage(c) for c in result.citations}
    return [(s.text, [cited[n] for n in s.citations if n in cited]) for s in result.sentences if s.supported]


def _numbers(text: str, number_words: bool = True) -> set[str]:
    """The facts of ``text`` that must be matched exactly: its numbers, and the months of its dates.

    With ``number_words`` false only numbers written in digits count: an
    answer's "the two sides" states no number, but a passage's "two dozen" does
    support an answer's "2 dozen".
    """
    text = canonical(text, number_words)
    found = {_time_written_one_way(n.rstrip(".,").replace(",", "")) for n in _NUMBER.findall(text)}
    return found | {(m.group(1) or m.group(2)).lower() for m in _MONTH_FACT.finditer(text)}


def _time_written_one_way(number: str) -> str:
    """A time's hour without its leading zero ("02:00" is "2:00"); any other number as it is."""
    hour, colon, rest = number.partition(":")
    return f"{hour.lstrip('0') or '0'}:{rest}" if colon else number


def parse_markers(answer: str) -> list[tuple[str, list[int]]]:
    """Split an answer into sentences with the marker numbers written in or after each."""
    text = _TRAILING.sub(lambda m: m.group(2) + m.group(1), _UNFINISHED.sub("", answer.strip()))
    out: list[tuple[str, list[int]]] = []
    for a, b in sentence_spans(text):
        piece = text[a:b]
        nums: list[int] = []
        for m in _MARKER.finditer(piece):
            nums += [int(x) for x in re.split(r"\s*[,;]\s*", m.group(1))]
        clean = normalise(_MARKER.sub("", piece))
        clean = re.sub(r"\s+([.,;:!?])", r"\1", clean)
        out.append((clean, nums))
    return out


class _Passage:
    def __init__(self, hit: Hit) -> None:
        self.hit = hit
        text = drop_instructions(hit.chunk.text)  # only what the model was shown is evidence
        self.sentences = split_sentences(text) or [text]
        self.sentence_terms = [terms(s) for s in self.sentences]
        self.terms: set[str] = set().union(*self.sentence_terms) if self.sentence_terms else set()
        self.numbers = _numbers(text)
        self._text = text

    @functools.cached_property
    def words(self) -> set[str]:
        """The passage's words without accents, read only when an answer to "who" names someone (:func:`_named`)."""
        return set(_WORD.findall(fold(self._text)))


_WORD = re.compile(r"\w+")
#: the words of a name that say how a passage addresses someone, not who: "Mrs Marrack" is found by "Marrack"
_HONORIFICS = frozenset("mr mrs ms miss mx dr sir dame lord lady cllr prof professor rev the".split())


def _named(question: str, sentence: str) -> set[str]:
    """The words of the name an answer to "who" gives first (folded: "Roglič" is "roglic"), or none for another
    question or a sentence that gives no name of its own."""
    if expected(question) != "name":
        return set()
    named = answer_name(question, sentence)
    return set(_WORD.findall(fold(named[0]))) - _HONORIFICS if named else set()


_MONTH_ABBR = re.compile(r"\b(" + "|".join(ABBREVIATIONS) + r")\b\.?", re.I)
# words an answer uses to talk about its sources rather than to state a fact
_META = content_terms(
    "passage passages document documents text source sources states stated mentions mentioned according "
    "provided information context answer question says said reports reported article"
)


_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNITS = {w: n for n, w in enumerate(_SMALL[:10]) if n}
_NUMBER_WORDS = {
    w: str(n) for n, w in enumerate(_SMALL)
    if n >= 2  # "one" is as often a pronoun ("the one who") as a number
} | {w: str(n) for w, n in _TENS.items()}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", re.I)
_COMPOUND = re.compile(r"\b(" + "|".join(_TENS) + r")[- ](" + "|".join(_UNITS) + r")\b", re.I)
# a month next to a number is part of a date: "December 7", "7 December", "December 2024"
_MONTH_RE = "(" + "|".join(MONTH_NAMES) + ")"
_MONTH_FACT = re.compile(rf"\b{_MONTH_RE}\b(?=\s+\d)|(?<=\d\s){_MONTH_RE}\b", re.I)
# "13-year", "24-hour": the number and the word are two facts to check
_DIGIT_HYPHEN = re.compile(r"(?<=\d)-(?=[^\W\d_])|(?<=[^\W\d_])-(?=\d)")


def _iso_date(m: re.Match[str]) -> str:
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group(0)
    return f"{MONTH_NAMES[month - 1]} {day} {year}"


#: a unit after a number, written one way ("872 m" and "872 meters" are "872 metres"): the model spells out what a
#: passage abbreviates, and the unit was the new word its answer lacked support for (the seventh smoke check's
#: "872 meters" from "872 m"). Only after a number: "m" alone is no metre. A currency's "m" and "bn" are amounts
_UNITS_WRITTEN = [
    (re.compile(r"([$£€]\s?\d[\d,.]*)\s?(?:m|mn)\b"), r"\1 million"),
    (re.compile(r"([$£€]\s?\d[\d,.]*)\s?(?:b|bn)\b"), r"\1 billion"),
    *(
        (re.compile(rf"(?<=\d)\s?(?:{forms})(?![\w²])", re.I), f" {word}")
        for forms, word in [
            (r"km²|sq\.? ?km|km2|square (?:kilometres|kilometers)", "square kilometres"),
            (r"km|kms|kilomet(?:re|er)s?", "kilometres"),
            (r"cm|centimet(?:re|er)s?", "centimetres"),
            (r"mm|millimet(?:re|er)s?", "millimetres"),
            (r"m|met(?:re|er)s?", "metres"),
            (r"kg|kgs|kilo(?:gram(?:me)?)?s?", "kilograms"),
            (r"ft|feet|foot", "feet"),
            (r"hrs?|hours?", "hours"),
            (r"mins?|minutes?", "minutes"),
            (r"secs?|seconds?", "seconds"),
            (r"%|per ?cent", " percent"),
        ]
    ),
]


def canonical(text: str, number_words: bool = True) -> str:
    """Text with facts written one way, so that wording does not hide support: month abbreviations
    spelled out, ISO dates as words ("2024-12-07" -> "december 7 2024"), number words as digits
    ("two dozen" -> "2 dozen", "twenty-two" -> "22"; not with ``number_words`` false), units after a
    number one way ("872 m", "872 meters": "872 metres") and numbers split from the words they are
    hyphened to ("13-year")."""
    text = _ISO_DATE.sub(_iso_date, text)
    for unit, written in _UNITS_WRITTEN:
        text = unit.sub(written, text)
    text = _MONTH_ABBR.sub(lambda m: ABBREVIATIONS[m.group(1).lower()], text)
    if number_words:
        text = _COMPOUND.sub(lambda m: str(_TENS[m.group(1).lower()] + _UNITS[m.group(2).lower()]), text)
        text = _NUMBER_WORD.sub(lambda m: _NUMBER_WORDS[m.group(1).lower()], text)
    return _DIGIT_HYPHEN.sub(" ", text)


def terms(text: str) -> set[str]:
    """Content terms for support checking (of the :func:`canonical` text, without accents), talk about sources dropped."""
    # without accents: the model writes "Roglic" for the passage's "Roglič"
    return content_terms(fold(canonical(text))) - _META


_YES_NO = re.compile(r"^\s*(is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b", re.I)
_EITHER_OR = re.compile(r"\w\s+or\s+\w", re.I)


def _claim_terms(
    sentence: str, question_terms: set[str], yes_no: bool = False, question_numbers: set[str] | None = None
) -> set[str]:
    """The information a sentence adds: its content words that the question does not already hold
    (else the numbers it gives that the question does not).

    A sentence that only restates the question adds nothing and so cannot be
    supported, except as the answer to a yes/no question. A number is new as a whole: asked how many
    commits of "Git 2.39.5" a release note lists, "5 commits" (or "five") adds the 5, though "2.39.5"
    holds that digit (the answer was read as a restatement and asked again, near-miss set). Of 2,329
    sentences of the recorded evaluation answers, this changes the claim of 5 (two questions, both counts).
    """
    found = terms(sentence)
    novel = found - question_terms
    if not novel and question_numbers is not None:
        # "five" is the 5 too; a shortened version ("Git 2.39" of the question's "2.39.5") is not new
        new_numbers = {
            n for n in _numbers(sentence) - question_numbers if not ("." in n and any(q.startswith(n + ".") for q in question_numbers))
        }
        novel |= terms(" ".join(new_numbers)) & found
    return novel or (found if yes_no else set())


def support(
    sentence: str,
    passage_terms: set[str],
    passage_numbers: set[str],
    question_terms: set[str],
    yes_no: bool = False,
    question_numbers: set[str] | None = None,
) -> float:
    """Share of the sentence's information found in a passage (0..1); a missing number fails it."""
    claim = _claim_terms(sentence, question_terms, yes_no, question_numbers)
    if not claim:
        return 0.0
    numbers = _numbers(sentence, number_words=False) - (question_numbers or set())
    if numbers and not numbers <= passage_numbers:
        return 0.0
    return len(claim & passage_terms) / len(claim)


def _best_quote(passage: _Passage, claim: set[str]) -> str:
    scores = [len(claim & t) for t in passage.sentence_terms]
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    return passage.sentences[best]


def attribute(answer: str, hits: list[Hit], question: str, threshold: float = SUPPORT_THRESHOLD) -> Attribution:
    """Attribute each sentence of ``answer`` to the passages (``hits``, numbered from 1) that support it."""
    passages = [_Passage(h) for h in hits]
    # "Hezbollah" restates "the Israel-Hezbollah ceasefire": the parts of a hyphened word are the question's too
    qterms = terms(question) | terms(question.replace("-", " "))
    qnums = _numbers(question)
    # yes/no and either/or questions are answered with the question's own words
    yes_no = bool(_YES_NO.match(question) or _EITHER_OR.search(question))
    invalid: list[int] = []
    sentences: list[AnswerSentence] = []
    quotes: dict[int, list[str]] = {}
    claims: list[set[str]] = []
    for text, markers in parse_markers(answer):
        valid = []
        for n in markers:
            if 1 <= n <= len(passages):
                if n not in valid:
                    valid.append(n)
            elif n not in invalid:
                invalid.append(n)
        if not text or not any(ch.isalnum() for ch in text):
            continue  # a bare marker is not a sentence
        claim = _claim_terms(text, qterms, yes_no, qnums)
        claims.append(claim)
        # asked who, the name an answer gives is its fact, as a number is: a passage that writes no word of it does not
        # support it, however many of the sentence's other words it holds ("Petra Salenko … won the women's race at the
        # Dunnock Hollow Half Marathon … in 1:14:32", where the passage names Keziah Ombura: the twelfth smoke check's
        # q077)
        named = _named(question, text)
        scores = {
            i + 1: support(text, p.terms, p.numbers, qterms, yes_no, qnums) if not named or named & p.words else 0.0
            for i, p in enumerate(passages)
        }
        chosen = [n for n in valid if scores[n] >= threshold]
        if not chosen and scores:
            best = max(scores, key=lambda n: (scores[n], -n))
            if scores[best] >= threshold:
                chosen = [best]
            else:  # two passages together (a claim that joins two documents)
                ranked = sorted(scores, key=lambda n: (-scores[n], n))[:2]
                if len(ranked) == 2:
                    joint = set().union(*(passages[n - 1].terms for n in ranked))
                    nums = set().union(*(passages[n - 1].numbers for n in ranked))
                    # a name from one passage and the figures said of it from another are two answers mixed: the
                    # passage that writes the name must hold the sentence's figures too (q077 above: the winner of the
                    # 10K with the half marathon's time)
                    figures = _numbers(text, number_words=False) - qnums
                    mixed = bool(named) and not any(named & passages[n - 1].words and figures <= passages[n - 1].numbers for n in ranked)
                    if not mixed and support(text, joint, nums, qterms, yes_no, qnums) >= threshold:
                        chosen = ranked
        supported = bool(chosen)
        value = max((scores[n] for n in chosen), default=max(scores.values(), default=0.0))
        if chosen:
            for n in chosen:
                quotes.setdefault(n, []).append(_best_quote(passages[n - 1], claim))
        sentences.append(AnswerSentence(text=text, citations=chosen, supported=supported, support=value))

    # renumber the cited passages 1..m in order of first use, as a reader expects
    order: list[int] = []
    for s in sentences:
        for n in s.citations:
            if n not in order:
                order.append(n)
    renumber = {old: new for new, old in enumerate(order, start=1)}
    for s in sentences:
        s.citations = [renumber[n] for n in s.citations]
    citations = [
        Citation(n=renumber[old], hit=hits[old - 1], quote=" … ".join(dict.fromkeys(quotes.get(old, []))))
        for old in order
    ]
    return Attribution(sentences, citations, invalid, restates_question=bool(claims) and not any(claims))


def split_final_punctuation(text: str) -> tuple[str, str]:
    """("... in Doha", ".") so that a marker can go before the final punctuation; a comma or a colon the
    reply left dangling at its end is dropped ("September 24," is "September 24")."""
    body = text.rstrip(".!?")
    end = text[len(body):]
    return body.rstrip(" \t\n,;:"), end  # rstrip, not a regex: a reply of 20,000 spaces took 6 s


def with_markers(s: AnswerSentence) -> str:
    """The sentence as shown: "... in Doha [2]." and "(unsupported)" when nothing supports it."""
    body, end = split_final_punctuation(s.text)
    marks = "".join(f"[{n}]" for n in s.citations)
    text = f"{body} {marks}{end}" if marks else s.text
    return text + (" (unsupported)" if not s.supported else "")
