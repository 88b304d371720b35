"""Whether the documents an answer cites are about what its question names.

A folder holds the same kind of report for neighbouring subjects: the Fairview mayoral race beside
Fairhaven's, Northwind Systems' quarter beside Northwind Energy's, the Candidates Tournament beside the
World Chess Championship. Asked about one whose report lacks the answer, the 1.5B model answers from
another's, and every word of the answer is in the passage it cites, so the support check passes it
(issue 12: "asked who directs a film, it names the director of a video game of the same name").

An answer's cited documents (each whole, with its file name) must mention every word of every name the
question gives (:func:`rag.answering.subjects.subjects`), and write it whole when they write it with a
capitalised word inside it ("the Dunmere Women's Cup") and a passage shown writes it whole. When they do
not, the question is asked afresh over the passages shown that do (rag.answering.replies.AskAfresh), or,
when none does, the model is told so; a reply that still cites another subject's document is refused
(reason ``other-subject``). Measured on the gold sets (eval/README.md, twelfth step):

- a name no word of which the cited documents write as a name, when the document of a passage shown that
  mentions it shares a proper name with a cited one: a question that goes through two documents ("the
  shrine where Fatemiyoun fighters were filmed … is the tomb of whom?": one report names the Fatemiyoun at
  the shrine near Damascus, another whose tomb the shrine near Damascus is; "when was the contractor that
  repaired the Kelvering Bridge founded?": one names Brannock Civil as the contractor, the other, "the
  bridge and highways contractor", when Brannock Civil was founded). Told that the cited passage does not
  mention the Fatemiyoun, the model withdrew both right answers of this kind on eval/gold.jsonl), passes;
- a cited document that writes a word of the name as a name ("Northwind" of "Northwind
  Energy", "Grand Prix" of "Monaco Grand Prix") or a look-alike of it ("Kelshaw" for Kelsham, "Sollenberg" for
  Sollen: the twentieth step) is about the sibling, not a bridge.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Callable

from rag.answering.citations import cited_by_sentence
from rag.answering.prompt import REFUSAL
from rag.answering.replies import AskAfresh, FollowUp
from rag.answering.subjects import (
    GRAMMAR,
    clause_initial,
    fold,
    mentions_whole,
    stem,
    subjects,
    word_pattern,
    writes_whole,
    written_apart,
    written_inside_others,
)
from rag.dates import MONTH_OR_DAY
from rag.index.loaded_index import headline
from rag.text import split_sentences

if TYPE_CHECKING:  # pragma: no cover
    from rag.answering.citations import Attribution
    from rag.answering.prompt import Evidence
    from rag.records import Hit

#: asked once when no document an answer cites mentions a name the question gives
OTHER_SUBJECT = (
    "The question asks about {names}, but the passages you cite do not mention {names}. No passage mentions "
    f"{{names}}. Reply with the answer the passages give for {{names}}, or if they do not give it, with exactly: {REFUSAL}"
)

#: capitalised words that stand before a name in reports of any subject ("Mayor Rosa Lindqvist", "Mayor Mark
#: Osei"): shared, they link no two passages
TITLES = frozenset(
    "mayor president governor senator minister premier chancellor king queen prince princess judge justice chief "
    "general secretary councillor council member leader chairman chairwoman chair director coach captain".split()
)
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")


def proper_names(text: str) -> set[str]:
    """The capitalised words of ``text`` that stand inside a sentence (a sentence's first word is
    capitalised for grammar), folded, less grammar and title words."""
    out: set[str] = set()
    for m in _CAPITALISED.finditer(text):
        if clause_initial(text, m.start()):
            continue
        word = fold(m.group().rstrip("'’-"))
        if len(word) > 1 and word not in GRAMMAR and word not in TITLES:
            out.add(word)
    return out


def _names_a_word(words: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` writes a word of a name as a name, capitalised: a report on Northwind Systems names
    "Northwind" of "Northwind Energy"; a contractor's "the bridge and highways contractor" does not name the
    Kelvering Bridge (the blind smoke check of the twelfth step, s002). A look-alike name counts too ("Sollenberg"
    of "Sollen", "Kelshaw" of "Kelsham": :func:`_look_alike`)."""
    return any(re.search(word_pattern(w, capitalised=True), text) or _look_alike(w, text) for w in words)


#: endings that make a name's people or a plural of it ("Syrians", "Japanese", "Londoners"), not another name
_DEMONYM = frozenset("ian ians ans ese ers ish ite ites ean eans iot iots".split())


def _look_alike(word: str, text: str) -> bool:
    """Whether ``text`` writes a name that begins as ``word`` does (:func:`rag.answering.subjects.stem`) and is not
    a form of it: "Sollenberg Family Ski Resort", asked about the Sollen ski area (the tenth smoke check's q069), or
    "Kelshaw Town Council", asked about Kelsham's (the eleventh's q030); not "Syrians" of Syria."""
    folded = fold(word)
    if len(folded) < 4 or not folded.isalpha():
        return False
    form, start = re.compile(word_pattern(word)), stem(word)
    for m in _CAPITALISED.finditer(text):
        written = fold(re.split(r"['’-]", m.group())[0])  # "Sollen's": Sollen
        if not written.startswith(start) or written == folded or form.fullmatch(written):
            continue
        if not (written.startswith(folded) and written[len(folded):] in _DEMONYM):
            return True
    return False


class _Documents:
    """The whole documents of passages (``document``: a hit's document with its file name) and their openings
    (``opening``: a title, a date line, a lead), each read once, and folded and searched for proper names at most
    once: one answer's check asks of each several times."""

    def __init__(self, document: Callable[["Hit"], str], opening: Callable[["Hit"], str]) -> None:
        self._document = document
        self._opening = opening
        self._written: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        self._names: dict[str, set[str]] = {}
        self._titles: dict[str, str] = {}
        self._leads: dict[str, str] = {}

    def written(self, hit: "Hit") -> str:
        source = hit.chunk.source
        if source not in self._written:
            self._written[source] = self._document(hit)
        return self._written[source]

    def folded(self, hit: "Hit") -> str:
        source = hit.chunk.source
        if source not in self._folded:
            self._folded[source] = fold(self.written(hit))
        return self._folded[source]

    def names(self, hit: "Hit") -> set[str]:
        source = hit.chunk.source
        if source not in self._names:
            self._names[source] = proper_names(self.written(hit))
        return self._names[source]

    def lead(self, hit: "Hit") -> str:
        """The first sentence of the document's opening after its headline (a passage's line breaks are
        collapsed, so the headline runs into it): its lead, and its date line."""
        source = hit.chunk.source
        if source not in self._leads:
            first, title = next(iter(split_sentences(self._opening(hit))), ""), self.title(hit)
            self._leads[source] = first[len(title) :] if first.startswith(title) else first
        return self._leads[source]

    def title(self, hit: "Hit") -> str:
        source = hit.chunk.source
        if source not in self._titles:
            self._titles[source] = headline(self._opening(hit))
        return self._titles[source]


#: a quotation: "… in the paywalled copy headlined 'As Assad's Regime in Syria Needs Help, Iran Exits'" (news q056)
_QUOTED = re.compile(r"(?<!\w)['‘\"“](.+?)['’\"”](?!\w)")


def quoted_titles(question: str) -> list[tuple[str, ...]]:
    """The titles ``question`` quotes, each as its words: a quotation of two words or more, in title case (its first
    word and most of its words of four letters or more capitalised: "Ilse Marrow's painting 'Harbour at Dusk'": harbour,
    at, dusk). A quoted sentence or phrase ("who said 'We will fight on the beaches'?", "what did he say 'we are
    not'?") is a quotation of the text, not a title."""
    out: list[tuple[str, ...]] = []
    for quote in _QUOTED.findall(question):
        words = tuple(re.findall(r"[^\W_]+", quote))
        long = [w for w in words if len(w) >= 4]
        if len(words) >= 2 and words[0][0].isupper() and 2 * sum(w[0].isupper() for w in long) > len(long) and words not in out:
            out.append(words)
    return out


def _as_written(word: str) -> str:
    """A regex for ``word`` as a title writes it: capitalised as the question has it, any case after its first letter."""
    first = re.escape(word[0]) if word[0].isupper() else f"(?i:{re.escape(word[0])})"
    return first + f"(?i:{re.escape(word[1:])})"


def retitled(words: tuple[str, ...], written: str) -> bool:
    """Whether ``written`` (a text as written) writes a title of ``words`` with one word changed, a capitalised word
    for a capitalised one: 'Harbour at Dawn' for 'Harbour at Dusk', another painting by the same painter (the tenth
    smoke check's q001), whose report may say "dusk" in passing and share every other name with the asked one's. Not
    a spelling of the same word ("Harbor" for "Harbour"), nor prose ("the harbour by dusk")."""
    for i, word in enumerate(words):
        other = r"([A-Z][^\W_]*)" if word[0].isupper() else r"([^\W\d_]+)"
        parts = [_as_written(w) for w in words[:i]] + [other] + [_as_written(w) for w in words[i + 1 :]]
        for m in re.finditer(r"(?<!\w)" + r"\W{1,4}".join(parts) + r"(?!\w)", written):
            given, asked = fold(m.group(1)), fold(word)
            if not (given.startswith(asked) or asked.startswith(given) or SequenceMatcher(None, given, asked).ratio() >= 0.8):
                return True
    return False


#: a sequel's number after a title's name, before a capitalised word, a dash or a colon, or at its end: "Copperfen
#: Games announces Lanterns of Oskel II", "Harbour Run 2: the return"
_SEQUEL = r"\W{1,3}(II|III|IV|VI{0,3}|IX|X|[2-9])(?=\s+[A-Z]|\s*$|\s*[:\u2013\u2014-]\s)"


def _titles_a_sibling(words: tuple[str, ...], title: str, asked: set[str]) -> bool:
    """Whether ``title`` (a document's title as written) names a sibling of a name: its last word with a
    sequel's number after it that the question does not hold ("Copperfen Games announces Lanterns of Oskel
    II", asked about the original game: the sixth smoke check's r005); or, for a name of two words or more, its
    first word with a capitalised word after it that the question does not hold, never the name whole
    ("Corvell Systems names Annika Rhoe chief executive", asked about Corvell Foods; "Brannock wins Northgate
    Junior Cup", asked about the Northgate Cup; not "… at Brisca September 19, 2021" for the Brisca Film
    Festival, nor "Halbrook-Verano merger" for Halbrook Insurance and Verano Mutual)."""
    sequel = re.search(word_pattern(words[-1], capitalised=True) + _SEQUEL, title)
    if sequel and fold(sequel.group(1)) not in asked:
        return True
    if len(words) < 2 or writes_whole(words, fold(title)):
        return False
    # a whole word: not the "K" of a model's number ("Kestrel K7 Trail", asked about it)
    for m in re.finditer(word_pattern(words[0], capitalised=True) + r"\W{1,4}([A-Z][^\W\d_]*)(?!\w)", title):
        after = fold(m.group(1))
        if after not in GRAMMAR and not MONTH_OR_DAY.fullmatch(after) and not any(re.fullmatch(word_pattern(a), after) for a in asked):
            return True
    return False


def other_subject(
    question: str, result: "Attribution", evidence: "list[Evidence]", document: Callable[["Hit"], str],
    opening: Callable[["Hit"], str] = lambda hit: "",
) -> FollowUp:
    """The follow-up for a supported reply whose cited passages' documents (``document``: a hit's whole
    document with its file name) do not mention a name ``question`` gives: the question asked afresh over
    the passages shown that do, or, when none does, told so ("" when the cited ones do, or when the answer
    may go through another passage that does). A cited document whose title (the headline of its ``opening``)
    names a sibling, where a passage shown has a title that names it whole, is another subject's too, whatever
    its body says in passing ("Corvell Systems is not related to Corvell Foods": the fifth smoke check's p008);
    not when the sentence its headline runs into writes the name whole ("'Seven Lanterns' wins Amberlyn Crown … won the Amberlyn
    Crown at the 2023 Amberlyn Song Contest": a prize of the contest, not a sibling; the sixth smoke check's r008).
    So is a cited document that writes a title the question quotes only with a word changed (:func:`retitled`)."""
    wanted = subjects(question)
    if not wanted:
        return ""
    docs = _Documents(document, opening)
    cited = list({id(h): h for _, hits in cited_by_sentence(result, lambda c: c.hit) for h in hits}.values())
    sources = {h.chunk.source for h in cited}
    others = [ev for ev in evidence if ev.hit.chunk.source not in sources]
    missing = [w for w in wanted if not any(mentions_whole(w, docs.folded(h)) for h in cited)]
    # a name the cited documents write only with a word inside it ("the Dunmere Women's Cup" for the Dunmere Cup)
    # where another passage shown writes it whole: that passage is about it, the cited one about a sibling
    split = [
        w for w in wanted if w not in missing and not any(writes_whole(w, docs.folded(h)) for h in cited)
        and any(written_apart(w, docs.written(h)) for h in cited) and any(writes_whole(w, docs.folded(ev.hit)) for ev in others)
    ]
    asked = {fold(w) for w in re.findall(r"\w+", question)}
    quoted = " ".join(_QUOTED.findall(question))  # a headline the question quotes names no subject
    # the names the cited documents mention, not yet read as written apart, nor words of a headline the question quotes
    undecided = [w for w in wanted if w not in missing and w not in split and not mentions_whole(w, fold(quoted))]
    split += [
        w for w in undecided
        if all(_titles_a_sibling(w, docs.title(h), asked) and not writes_whole(w, fold(docs.lead(h))) for h in cited)
        and any(writes_whole(w, fold(docs.title(ev.hit))) for ev in others)
    ]
    # a name each word of which every cited document writes only inside another name: another subject's report
    split += [w for w in undecided if w not in split and all(written_inside_others(w, docs.written(h)) for h in cited)]
    # a title the question quotes, written by no cited document whole and by one with a word changed: another work's
    titles = quoted_titles(question)
    split += [
        t for t in titles if t not in split and not any(writes_whole(t, docs.folded(h)) for h in cited)
        and any(retitled(t, docs.written(h)) for h in cited)
    ]
    if not missing and not split:
        return ""
    linked = set().union(*(docs.names(h) for h in cited)) - asked

    def bridged(words: tuple[str, ...]) -> bool:
        """Whether the document of a passage shown that mentions ``words`` shares a proper name with a cited
        one, and the cited documents name no word of it (a question through two documents, not the sibling)."""
        if any(_names_a_word(words, docs.written(h)) for h in cited):
            return False
        return any(mentions_whole(words, docs.folded(ev.hit)) and docs.names(ev.hit) & linked for ev in others)

    missing = [w for w in missing if not bridged(w)]
    if not missing and not split:
        return ""
    names = " and ".join(" ".join(w) for w in missing + split)
    mentioning = [
        ev.n for ev in evidence
        if all(mentions_whole(w, docs.folded(ev.hit)) for w in missing) and all(writes_whole(w, docs.folded(ev.hit)) for w in split)
        and not any(_titles_a_sibling(w, docs.title(ev.hit), asked) for w in split if w not in titles)
    ]
    if mentioning:
        return AskAfresh(tuple(mentioning))
    return OTHER_SUBJECT.format(names=names)
