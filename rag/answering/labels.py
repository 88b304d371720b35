"""Whether the sentence that gives an answer is about the part and the kind of thing its question asks about.

A folder holds a show's other series, a company's other funding rounds, a bridge's other phase, and a novel
beside the video game of the same title. A passage can name the one asked about in passing ("the show has been
recommissioned for a fourth series", "plans to raise a Series C next year", "an unrelated video game"), so it
meets the question's constraints (rag.index.constraints), while the sentence that holds the answer is about
another: asked who won series 4, "Pastry chef Maia Grund has won series 3 of Hearth & Harvest"; asked which firm
led the Series C, "The 2022 round also included Ardent Fen Capital, which led the Series A"; asked how many copies
the video game sold, "the novel has sold more than 400,000 copies". Every word of the 1.5B model's answer is in the
passage, so the support check passes it (issue 12: near-miss answers to unanswerable questions; the eighth smoke
check's q007, q074 and q031, read on its heldout half in the eighteenth step).

A question's labels are a part word with its number or letter ("series 4", "the fourth series", "Series C",
"phase two"), a name with its number (rag.index.constraints: "Tarn 6"), a kind of work, race or fare
(rag.index.kinds.qualifiers: "video game", "women's", asked a price "senior") and a title (rag.answering.titles: "the
supreme champion", not the "Supreme Sheep Champion"). When every sentence of the cited passages that holds
the answer's name or figure (rag.answering.years.anchor) gives the same part or name another number or letter
and never the one asked, or names another kind of the group and never the one asked, the answer is off-label: it
is asked for once more, quoting the sentences that name what the question asks about (rag.answering.replies), and
a second off-label answer is not an answer. A count given as money is off-label too: asked how many people attended
a festival, "Weekend tickets 140 crowns" (q056 of the same set).

Lenient by design: one holding sentence that names neither ("Grund, from Fennick, impressed the judges") or names
the one asked beside others is enough for the answer to stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Generic, Iterable, TypeVar

from rag.answering.answer_type import CURRENCY
from rag.answering.citations import Attribution, cited_by_sentence, terms
from rag.answering.prompt import REFUSAL, Evidence, shown_text
from rag.answering.titles import Title, titles
from rag.answering.years import anchor
from rag.dates import YEAR
from rag.index.constraints import ORDINALS, extract, from_roman, roman
from rag.index.kinds import Qualifier, qualifiers, said
from rag.text import split_sentences

#: words that number the parts of a whole: a show's series, a tour's stage, a company's funding round
_PART_WORDS = (
    "series", "season", "phase", "stage", "round", "part", "volume", "chapter", "episode", "edition", "leg",
    "heat", "game", "match", "division", "tier", "level", "category", "group", "book", "act", "week", "day",
)
#: a band's or a writer's works, numbered only by an ordinal or "debut" before them (a number after them is a title:
#: "the album 21", "the novel One Day"): asked who produced the debut album, "Their second album, Copperline (2019), was
#: produced by Vesna Holloway" (the twenty-first smoke check's q029)
_WORKS = ("album", "novel")
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_ORDINAL_WORDS = ORDINALS[1:]
#: Roman numerals from two to twelve, longest first (a lone "V" or "X" is read as a letter: :func:`_value`)
_ROMAN = sorted((roman(n) for n in range(2, 13)), key=len, reverse=True)
#: what follows a part word as its label: a number in figures, words or Roman numerals, or one capital letter
#: ("Series C", "Group B"; a lone "I" is the pronoun)
_AFTER = (
    r"(\d{1,3}(?![\d,.]\d)|(?i:" + "|".join(_NUMBER_WORDS) + r")\b|(?i:" + "|".join(_ROMAN)
    + r")(?![\w'’])|[A-HJ-Z](?![\w'’]))"
)
#: what comes before a part word as its label: an ordinal in words or figures ("the fourth series", "3rd round"), or,
#: before a work, "debut" ("the debut album"; a player's "debut season" is his first, not the league's)
_BEFORE = r"\b((?i:" + "|".join(_ORDINAL_WORDS) + r"|debut(?=[\s-]+(?:" + "|".join(_WORKS) + r")\b))|\d{1,3}(?i:st|nd|rd|th))[\s-]+"
#: an ordinal that ranks among others rather than numbers a part: "the first album by a Welsh band to top the charts"
_RANKING = r"(?!\s+(?:to|ever|in\s+history|since|by\s+an?)\b)"
_PART = re.compile(
    rf"\b(?i:({'|'.join(_PART_WORDS)}))\s+{_AFTER}|{_BEFORE}(?i:({'|'.join(_PART_WORDS + _WORKS)}))\b{_RANKING}"
)


#: where a sentence ends for this check (and a list's item: "Adult day pass €54 · Child €22"), an initial's full stop
#: among them: the sentence splitter keeps "which led the Series A. Chief executive …" together (it reads "A." as an
#: initial), and that sentence names the Series C asked
_FULL_STOPS = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\s+[·•|]\s+")


def _value(written: str) -> str:
    """A label as one value: "4", "four", "IV", "fourth" and "4th" are all "4"; a letter is itself, in capitals."""
    w = written.lower()
    if w == "debut":  # "the debut album" is the first
        return "1"
    if w.isdigit():
        return str(int(w))
    if w[:-2].isdigit():  # "4th"
        return str(int(w[:-2]))
    for words in (_NUMBER_WORDS, _ORDINAL_WORDS):
        if w in words:
            return str(words.index(w) + 1)
    if len(w) > 1 and (n := from_roman(w.upper())):
        return str(n)
    return written.upper()


@dataclass(frozen=True)
class Label:
    """A part or a name the question gives with its number or letter ("series" "4", "Series" "C", "Tarn" "6")."""

    head: str
    value: str
    written: str

    def values_in(self, sentence: str) -> set[str]:
        """The numbers and letters ``sentence`` gives this label's head."""
        head = re.escape(self.head)
        after = re.compile(rf"(?<![\w-])(?i:{head})[\s-]+{_AFTER}")
        before = re.compile(rf"{_BEFORE}(?i:{head})\b{_RANKING}")
        found = set() if self.head.lower() in _WORKS else {_value(m.group(1)) for m in after.finditer(sentence)}
        return found | {_value(m.group(1)) for m in before.finditer(sentence)}

    def name_of(self, value: str) -> str:
        """This label's head with another ``value``: "series 3"."""
        return f"{self.head} {value}"


#: a distance, as a race or an event is named by it: "400 metres", "800m", "5,000m", "10K", "10 km", "5 miles"
#: ("5m" and "2.5m" are millions as often: "m" and "k" only straight after a whole number, and never of money or of
#: a count: "£5m", "5m visitors")
_DISTANCE = re.compile(
    r"(?<![\w.,£$€¥])(?:(\d{1,3}(?:,\d{3})+|\d{1,6})(m|k)(?![\w'’])(?!\s+(?:people|visitors|viewers|users|passengers"
    r"|customers|members|fans|tickets|copies|jobs|homes|households|tonnes|barrels|votes|pounds|dollars|euros|a\s+year))"
    r"|(\d{1,3}(?:,\d{3})+|\d{1,6}(?:\.\d+)?)[\s-]?(metres?|meters?|km|kilometres?|kilometers?|miles?)(?![\w'’]))",
    re.I,
)
_METRES = {"m": 1.0, "k": 1000.0, "mi": 1609.344}


def _found(m: re.Match[str]) -> tuple[str, str]:
    """The number and the unit of a :data:`_DISTANCE` match."""
    return (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))


def _metres(number: str, unit: str) -> str:
    """A distance in metres, as a label's value: "5K", "5 km" and "5,000m" are all "5000"."""
    key = unit.lower()
    key = "mi" if key.startswith("mi") else "k" if key.startswith("k") else "m"
    return f"{float(number.replace(',', '')) * _METRES[key]:.0f}"


@dataclass(frozen=True)
class Distance(Label):
    """A distance the question names ("400 metres"): a race run over another one is another race."""

    def values_in(self, sentence: str) -> set[str]:
        return {_metres(*_found(m)) for m in _DISTANCE.finditer(sentence)}

    def name_of(self, value: str) -> str:
        return f"{value} metres"


def labels(question: str) -> list[Label]:
    """The parts and numbered names ``question`` gives with a number or a letter, and the distances it names, each
    once."""
    found: dict[tuple[str, str], Label] = {}
    for m in _DISTANCE.finditer(question):
        value = _metres(*_found(m))
        found.setdefault(("metres", value), Distance("metres", value, m.group(0).strip()))
    for m in _PART.finditer(question):
        head = m.group(1) or m.group(4)
        value = _value(m.group(2) or m.group(3))
        if head.lower() in ("series", "group", "category") or value.isdigit():  # "Series C"; not "part A" of a sentence
            found.setdefault((head.lower(), value), Label(head, value, m.group(0).strip()))
    for c in extract(question):
        if c.kind == "numbered":
            head, number = c.text.rsplit(" ", 1)
            if head.lower() not in _PART_WORDS and number.isdigit():
                found.setdefault((head.lower(), str(int(number))), Label(head, str(int(number)), c.text))
    return list(found.values())


@dataclass(frozen=True)
class OffLabel:
    """An answer's name or figure whose every deciding sentence gives another part, number or kind than the question's
    (or, rag.answering.events, the other end of a span)."""

    anchor: str
    asked: str
    given: str
    #: the cited passages' sentences that name what the question asks about, for the model to choose from
    stating: tuple[str, ...]


#: what "how many" counts: "How many people attended …?" counts people
_COUNTED = re.compile(r"^\s*(?:and\s+|so\s+)?how many\s+([a-z][\w'’-]*)", re.I)


def _counted(question: str) -> str | None:
    """The things "how many" counts ("people"), or None for another question or a count of money ("how many crowns")."""
    m = _COUNTED.search(question)
    return m.group(1) if m and not re.fullmatch(CURRENCY, m.group(1), re.I) else None


def _money(figure: str, sentence: str) -> str | None:
    """The currency ``sentence`` gives ``figure`` in ("crowns" of "tickets 140 crowns", "$" of "$140"), or None."""
    f = re.escape(figure)
    m = re.search(
        rf"([$€£¥])\s?{f}(?![\d])|(?<![\d.,]){f}(?:\s+(?:million|billion|thousand|m|bn|k))?\s+({CURRENCY})\b", sentence, re.I
    )
    return None if m is None else m.group(1) or m.group(2)


@dataclass(frozen=True)
class _Asked:
    """What a question asks about that a sentence can go against: its labels, its kinds, and what "how many" counts."""

    labels: tuple[Label, ...]
    kinds: tuple[Qualifier, ...]
    counted: str | None
    #: a title it asks about ("the supreme champion"), which a narrower one is not (rag.answering.titles)
    titles: tuple[Title, ...] = ()

    @classmethod
    def of(cls, question: str) -> "_Asked":
        return cls(tuple(labels(question)), tuple(qualifiers(question)), _counted(question), tuple(titles(question)))

    def __bool__(self) -> bool:
        return bool(self.labels or self.kinds or self.counted is not None or self.titles)

    def conflict(self, sentence: str, figure: str | None = None) -> tuple[str, str] | None:
        """What the question asks about and the other that ``sentence`` gives instead (and never the asked one), or
        None. A ``figure`` that a question counts things with ("how many people") and ``sentence`` gives as money is one
        too: asked how many people attended a festival, "Weekend tickets 140 crowns" (the eighth smoke check's q056)."""
        if figure is not None and self.counted is not None and (currency := _money(figure, sentence)) is not None:
            return self.counted, currency
        for label in self.labels:
            values = label.values_in(sentence)
            if values and label.value not in values:
                return label.written, label.name_of(sorted(values)[0])
        for q in self.kinds:
            kind = None if q.named_in(sentence) else q.other_in(sentence)
            if kind is not None:
                return q.said, said(kind)
        for t in self.titles:
            narrower = None if t.named_in(sentence) else t.narrower_in(sentence)
            if narrower is not None:
                return t.said, f"the {narrower}"
        return None

    def named_in(self, sentence: str) -> bool:
        """Whether ``sentence`` names what the question asks about: one of its labels as asked, or its kind."""
        return (
            any(label.value in label.values_in(sentence) for label in self.labels)
            or any(q.named_in(sentence) for q in self.kinds)
            or any(t.named_in(sentence) for t in self.titles)
        )


def sentences_of(passages: Iterable[str]) -> list[str]:
    """The sentences of ``passages``, cut at every full stop before a capital and between a list's items too."""
    return [u.strip() for p in passages for s in split_sentences(p) for u in _FULL_STOPS.split(s) if u.strip()]


def deciding(question: str, text: str, holding: list[str]) -> list[str]:
    """The sentences of ``holding`` (those that hold what answer sentence ``text`` gives) that say most of what it
    adds to ``question``: they decide what the answer is about. "Grund, from Fennick, impressed the judges" holds the
    winner's name too, and says nothing of which series she won; and a headline run into a report's first sentence
    ("Odera and Lisk win in Vellmouth … Tomas Odera won the men's race at the 2022 Vellmouth Marathon") says more of
    the question's words than "The women's race went to Ilse Lisk"."""
    if not holding:
        return []
    claim = terms(text) - terms(question) or terms(text)
    most = max(len(claim & terms(s)) for s in holding)
    return [s for s in holding if len(claim & terms(s)) == most]


C = TypeVar("C")


@dataclass(frozen=True)
class Deciding(Generic[C]):
    """What an answer gives (``anchor``, found in a passage by ``word``), the conflict its first deciding sentence
    has with the question, and the sentences of its cited passages."""

    anchor: str
    word: re.Pattern[str]
    conflict: C
    sentences: tuple[str, ...]

    def stating(self, names: Callable[[str], bool]) -> tuple[str, ...]:
        """Up to three sentences of the cited passages that name what the question asks about (``names``) and do not
        hold the answer: for the model to choose from when asked again."""
        return tuple(dict.fromkeys(s for s in self.sentences if names(s) and not self.word.search(s)))[:3]


def every_deciding(
    question: str,
    answers: Iterable[tuple[str, list[str]]],
    anchor_of: Callable[[str, str], tuple[str, re.Pattern[str]] | None],
    conflict_of: Callable[[str, str, re.Pattern[str]], C | None],
) -> Deciding[C] | None:
    """The first answer sentence whose every deciding sentence (:func:`deciding`) conflicts with ``question``, as
    ``conflict_of`` (sentence, anchor, word) reads it; None when one answer sentence passes, or none has an anchor
    (``anchor_of``: what it gives, and what finds that in a passage) that its passages hold. ``answers`` holds each
    answer sentence with the texts of its cited passages. Lenient: one answer sentence that passes is enough."""
    found: Deciding[C] | None = None
    for text, passages in answers:
        anchored = anchor_of(question, text)
        if anchored is None:
            continue
        name, word = anchored
        sentences = sentences_of(passages)
        decide = deciding(question, text, [s for s in sentences if word.search(s)])
        if not decide:
            continue  # what its passages do not hold is not this check's (rag.answering.citations)
        conflicts = [conflict_of(s, name, word) for s in decide]
        if not all(c is not None for c in conflicts):
            return None
        first = conflicts[0]
        if found is None and first is not None:
            found = Deciding(name, word, first, tuple(sentences))
    return found


#: an earlier edition of what a question asks about, named without its year: "At the previous contest in the ward,
#: turnout stood at 38.2 per cent", asked what share voted in the by-election (the twelfth smoke check's q059); "last
#: year's winner"; not "the last race" (the season's final one)
_EARLIER = re.compile(
    r"\b(?:previous|prior|preceding)\s+(contest|election|poll|by-election|race|edition|season|meeting|tournament"
    r"|championship|festival|show|final|match|game|event|census|survey|count|year|round|vote|ballot)s?\b"
    r"|\blast\s+(year|season)['’]s\b",
    re.I,
)
#: a question about an earlier one itself: "What was the turnout at the previous election?"
_ASKS_EARLIER = re.compile(r"\b(?:previous|prior|preceding|earlier|last|former|before|ago)\b", re.I)
#: what sets one edition's figure against another's: "Turnout was 41%, up from 38.2% at the previous contest" gives 41
#: for this one
_AGAINST = re.compile(r"\b(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b|\bthan\b|\bagainst\b|\bversus\b|\bvs\b\.?|;", re.I)


def _earlier(sentence: str, word: re.Pattern[str]) -> tuple[str, str] | None:
    """("this contest", "previous contest") when ``sentence`` gives what ``word`` finds for an earlier edition, named
    without a year (of a sentence that sets two editions' figures side by side, the part that holds it); None
    otherwise."""
    part = next((c for c in _AGAINST.split(sentence) if c and word.search(c)), "")
    m = _EARLIER.search(part)
    if m is None:
        return None
    return f"this {(m.group(1) or m.group(2)).lower()}", m.group(0)


def off_label(question: str, answers: Iterable[tuple[str, list[str]]]) -> OffLabel | None:
    """What an answer gives (a name, or a figure) whose every sentence in the passages it cites gives another part,
    number or kind than ``question`` asks about (None when one does not, or it gives neither). ``answers`` holds each
    answer sentence with the texts of its cited passages. Lenient: one answer sentence that passes is enough."""
    asked = _Asked.of(question)
    # a question that names its year is held to it by rag.answering.years: a report's "last year's" may be that year
    # (asked who won the 2024 cup, a 2025 preview's "last year's winner Elias Brannock": the fifth smoke check's p015)
    current = not _ASKS_EARLIER.search(question) and not YEAR.search(question)
    if not asked and not current:
        return None

    def conflict(sentence: str, name: str, word: re.Pattern[str]) -> tuple[str, str] | None:
        figure = name if name[:1].isdigit() else None
        return asked.conflict(sentence, figure) or (_earlier(sentence, word) if current else None)

    found = every_deciding(question, answers, anchor, conflict)
    if found is None:
        return None
    (wanted, given), stating = found.conflict, found.stating(asked.named_in)
    return OffLabel(found.anchor, wanted, given, stating)


#: asked once when every sentence that holds what a reply gives is about another part, number or kind
OFF_LABEL = (
    "The question asks about {asked}, but the passages give {anchor} for {given}.{stating} Reply with the answer the "
    f"passages give for {{asked}}, or if they do not give it, with exactly: {REFUSAL}"
)


def asked_again(found: OffLabel | None, quote: str = "") -> str:
    """The follow-up for what ``found`` holds ("" for None): what the question asks about and what the passages give
    the answer for (each between ``quote`` marks: a verb, "step down", reads as the word it is), and the sentences
    that name the one asked."""
    if found is None:
        return ""
    asked, given = f"{quote}{found.asked}{quote}", f"{quote}{found.given}{quote}"
    stating = " ".join(f'"{s}"' for s in found.stating)
    return OFF_LABEL.format(asked=asked, anchor=found.anchor, given=given, stating=f" They name {asked} in: {stating}" if stating else "")


def follow_up(question: str, result: Attribution, evidence: list[Evidence]) -> str:
    """The follow-up for a supported reply whose name or figure its cited passages give only for another part, number
    or kind than the question's, quoting the sentences that name the one asked ("" when it passes)."""
    text_of = shown_text(evidence)
    return asked_again(off_label(question, cited_by_sentence(result, lambda c: text_of(c.hit))))
