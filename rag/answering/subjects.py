"""What a question names, and whether the documents mention it at all.

Asked on what date Saratov moved to +04, a folder of time-zone notes about other Russian regions
holds passages that look like the answer, with dates and offsets, but none of them is about
Saratov: answering from one is a near miss of another subject, as answering about 2019 is for a
question about 2021 (:mod:`rag.index.constraints`). The answer path refuses when a name the question
gives is in none of the passages shown and in none of the documents either (issue 12).

Absent from the shown passages alone is not enough: measured on the four gold sets, that also
refused answerable questions whose passages leave a name to the rest of their document or to
another passage ("Amos Hochstein spoke in a city that…", "…their note to Tehran"); a name that no
document of the folder mentions refused only unanswerable ones there (eval/README.md).

A name is a run of capitalised words, not a clause's first word on its own (capitalised for
grammar's sake), a question, courtesy or title word, a month or a weekday. Acronyms ("DST", "USA",
"U.S.") are left out: documents write them out ("daylight saving time", "United States") too often
for a missing one to mean much. A name is mentioned where a word starts with its stem ("Syria" is in
"Syrian"; accents aside: "São Tomé" in "Sao Tome").
"""

from __future__ import annotations

import bisect
import re
import unicodedata
import weakref
from typing import TYPE_CHECKING, Callable, Iterable

from rag.dates import MONTH_NAMES, MONTHS

if TYPE_CHECKING:  # pragma: no cover
    from rag.index.loaded_index import LoadedIndex

#: a name, an acronym, a version or a date in a question: a word that starts upper case or holds a digit
_NAME = re.compile(r"(?<![\w./+-])(?:[A-Z][\w./+-]*|[\w./+-]*\d[\w./+-]*)")

#: capitalised words that a question uses for grammar, courtesy, instruction or title rather than to name
#: something ("Thanks!", "Answer briefly.", "Quick question:", "Mr. O'Brien")
GRAMMAR = frozenset(
    (
        "which what who whom whose when where why how whether if is are was were be been did does do has have had "
        "can could will would should may might must shall the a an and or but not no nor of in on at by for from to "
        "with without about into onto over under after before since until during between among apart besides "
        "according as than that this these those there here it its they their them he she his her we our you your i "
        "name list give tell describe explain please also only just question answer thanks thank note quick brief "
        "briefly respond reply summarize summarise compare show find mr mrs ms dr st mt jr sr prof sir"
    ).split()
) | frozenset(MONTH_NAMES) | frozenset(MONTHS.split("|")) | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _name_matches(question: str) -> list[re.Match[str]]:
    found = list(_NAME.finditer(question))
    if found and question.lstrip().startswith(found[0].group()):
        found = found[1:]
    return [m for m in found if m.group().strip("./+-")]


def names(question: str) -> list[str]:
    """What ``question`` names, its first word aside (capitalised for grammar's sake): "Fiji", "DST",
    "Europe/Kyiv", "EXTERNALLY-MANAGED", "PEP", "668", "2024-12-31"."""
    return [m.group().strip("./+-") for m in _name_matches(question)]


def fold(text: str) -> str:
    """Lower case without accents, so that "São Tomé" and "Sao Tome" compare equal."""
    if text.isascii():  # most text: no accent to drop, and the per-character pass below is the cost
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def subjects(question: str) -> list[tuple[str, ...]]:
    """The names of ``question`` that the passages answering it must mention, each as the words any one
    of which mentions it.

    A run of capitalised words is one name ("Amos Hochstein", which a passage may call "Hochstein";
    "Jean-Luc Picard"; "O'Brien"); a hyphen or a slash in a word on its own joins two ("Israel-Hezbollah",
    "Europe/Kyiv"). A clause's first word on its own is capitalised for grammar ("Thanks!", "Summarize
    2024 changes"). Words with digits are left to :mod:`rag.index.constraints`, acronyms ("DST", "USA",
    "U.S.") to the documents, which write them out as often as not, and grammar, courtesy and title
    words are left out."""
    matches = [m for m in _NAME.finditer(question) if m.group().strip("./+-")]
    runs: list[list[re.Match[str]]] = []
    for m in matches:
        if runs and m.group()[0].isupper() and question[runs[-1][-1].end() : m.start()] in (" ", "'", "’"):
            runs[-1].append(m)
        else:
            runs.append([m])
    out: list[tuple[str, ...]] = []
    for run in runs:
        if len(run) == 1 and clause_initial(question, run[0].start()):
            continue
        words = [m.group().strip("./+-") for m in run]
        groups: list[tuple[str, ...]]
        if len(words) == 1:
            groups = [(part,) for part in re.split(r"[-/]", words[0])]
        else:
            groups = [tuple(part for w in words for part in re.split(r"[-/]", w))]
        for group in groups:
            kept = tuple(w for w in (_subject_word(p) for p in group) if w)
            if kept and kept not in out:
                out.append(kept)
    return out


def clause_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` begins ``text``, a sentence, a clause after a colon or a semicolon, a
    line, a parenthesis or a quotation: capitalised for grammar. Read backwards from ``start``, so that
    asking of every word of a whole document stays linear."""
    j = start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in ".?!:;(\"“'‘\n"


def _subject_word(part: str) -> str:
    """``part`` as a word a passage must mention, "" when it is not one."""
    part = part.strip(".'’")
    bare = part.replace(".", "")
    acronym = bare.isupper() or (len(bare) > 2 and bare.endswith("s") and bare[:-1].isupper())  # "CVEs"
    if len(bare) < 2 or any(ch.isdigit() for ch in part) or acronym or part.lower() in GRAMMAR:
        return ""
    return part


def stem(name: str) -> str:
    """What a mention must start with: a word less up to three letters of ending ("Syria" -> "syri", for
    "Syrian"), never fewer than four letters."""
    folded = fold(name)
    if not folded.isalpha():
        return folded
    return folded[: max(4, len(folded) - 3)]


def word_pattern(name: str, capitalised: bool = False) -> str:
    """A regex for a word that is ``name`` or a form of it, closer than :func:`stem`: the name less a last
    vowel, and at most three letters more than the name ("Syrian", "Iranian", "Ukrainian", "Ashcott's";
    not "Ashcombe" for "Ashcott", nor "Ashfield" for "Ashford", nor "Kelsham" for "Kelshaw": the eleventh smoke
    check's q064). Folded (:func:`fold`), or with its first letter upper case when ``capitalised``: written as a name."""
    folded = fold(name)
    base = folded[:-1] if folded.isalpha() and len(folded) >= 5 and folded[-1] in "aeiouy" else folded
    if capitalised:
        base = base[:1].upper() + base[1:]
    more = r"\w{0,%d}(?!\w)" % (len(folded) + 3 - len(base)) if folded.isalpha() else ""
    return r"(?<!\w)" + re.escape(base) + more


def mentions_whole(words: tuple[str, ...], folded: str) -> bool:
    """Whether ``folded`` (a text folded as :func:`fold` does) mentions every word of a name, each as itself
    or a form of it (:func:`word_pattern`): a report on Northwind Systems mentions "Northwind" but not
    "Northwind Energy"; one on Ashcombe does not mention Ashcott."""
    return all(re.search(word_pattern(w), folded) for w in words)


def writes_whole(words: tuple[str, ...], folded: str) -> bool:
    """Whether ``folded`` writes a name's words together, in its order (each as :func:`word_pattern` reads
    it): a report on the Dunmere Women's Cup mentions "Dunmere" and "Cup" but never writes "Dunmere Cup"."""
    return re.search(r"\W{1,4}".join(word_pattern(w) for w in words), folded) is not None


def written_apart(words: tuple[str, ...], written: str) -> bool:
    """Whether ``written`` (a text as written) names a name with one or two capitalised words inside it: the
    "Dunmere Women's Cup", the "Sallowby Half Marathon", the "Pellbridge Winter Folk Festival": a sibling of
    the Dunmere Cup, the Sallowby Marathon, the Pellbridge Folk Festival."""
    if len(words) < 2:
        return False
    gap = r"\W{1,4}(?:[A-Z][\w'’]*\W{1,4}){0,2}"
    return re.search(gap.join(word_pattern(w, capitalised=True) for w in words), written) is not None


#: a capitalised word just before or after a word: the rest of the name it stands in
_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)[ -]$")
_AFTER = re.compile(r"[ -]([A-Z][\w'’-]*)")
#: words that stand before a name as a title or an honorific ("President Macron", "Prime Minister Starmer", "Coach
#: Kestell"), not as words of it: a document gives them to others too ("talks with President Zelensky")
_TITLE_WORDS = frozenset(
    "president vice prime minister premier chancellor governor lieutenant senator congressman congresswoman mayor "
    "councillor king queen prince princess duke duchess lord lady dame sir pope bishop archbishop cardinal judge "
    "justice chief general colonel captain coach manager chairman chairwoman chair secretary ambassador".split()
)


def _unread(line: str) -> bool:
    """Whether ``line``'s capitals say nothing of which words make a name: a headline or a heading in title case
    ("Mage Wins Derby in Upset": 15 words at most, no sentence ending, every word of four letters or more
    capitalised, two or more of them), or a line in capitals. Not a sentence, a label and its value ("Race:
    Marathon"), nor a line of results ("Men 1. Ivo Dancaster (Vorne Harriers) …")."""
    words = re.findall(r"[^\W\d_]{2,}", line)
    if words and 2 * sum(w.isupper() for w in words) > len(words):
        return True
    long = [w for w in words if len(w) >= 4]
    short = len(line.split()) <= 15 and not re.search(r"[.!?](\s|$)", line.strip()) and not re.match(r"\s*[^\W\d_][\w ]{0,30}:\s", line)
    return short and len(long) >= 2 and all(w[0].isupper() for w in long)


def _together(words: tuple[str, ...], written: str) -> bool:
    """Whether ``written`` writes a name's words together: in its order, in any case, or with capitalised words inside
    it ("the 41st Marrowgate Building Society Spring Marathon", of the Marrowgate Marathon), or side by side the other
    way round ("WRENFIELD Tobias", "Obama, Barack")."""
    folded = fold(written)
    if writes_whole(words, folded) or writes_whole(tuple(reversed(words)), folded):
        return True
    gap = r"\W{1,4}(?:[A-Z][\w'’]*\W{1,4}){0,6}"
    return re.search(gap.join(word_pattern(w, capitalised=True) for w in words), written) is not None


def written_inside_others(words: tuple[str, ...], written: str) -> bool:
    """Whether ``written`` (a document as written) mentions each word of a name of two words or more, and only ever
    as a word of another name: "Marrowgate" only in "Marrowgate Harriers" and "Marathon" only in "Brynhallow Half
    Marathon", asked about the Marrowgate Marathon (the nineteenth smoke check's q027).

    A word written on its own ("the marathon", "runners from Marrowgate", "Venue: Marrowgate"), or next to another word
    of the name ("Marrowgate's Marathon"), may be the name's, and so may the name written with other words inside it or
    the other way round (:func:`_together`). Title and honorific words are not words of the name ("President Macron");
    a code ("KEN", "M35"), an owner ("Hag's United") or a clause's first word is not another name beside a word; a
    line in title case or in capitals is not read (:func:`_unread`)."""
    words = tuple(w for w in words if fold(w) not in _TITLE_WORDS)
    if len(words) < 2 or _together(words, written):
        return False
    own = [re.compile(word_pattern(w), re.IGNORECASE) for w in words]

    def another(word: str, line: str, start: int, before: bool) -> bool:
        folded = fold(word.strip("'’-"))
        if folded in GRAMMAR or folded in _TITLE_WORDS or any(ch.isdigit() for ch in word) or (word.isupper() and len(word) <= 3):
            return False
        if before and (re.search(r"['’]s?$", word) or clause_initial(line, start)):
            return False
        return not any(p.fullmatch(word) for p in own)

    lines = [line for line in written.splitlines() if not _unread(line)]
    for pattern in own:
        found = False
        for line in lines:
            for m in pattern.finditer(line):
                found = True
                if not m.group()[0].isupper():
                    return False
                lead = max(0, m.start() - 40)
                before, after = _BEFORE.search(line[lead : m.start()]), _AFTER.match(line, m.end())
                beside = [(before, lead, True), (after, 0, False)]
                if not any(n and another(n.group(1), line, offset + n.start(1), first) for n, offset, first in beside):
                    return False
        if not found:
            return False
    return True


def _patterns(words: tuple[str, ...]) -> list[re.Pattern[str]]:
    return [re.compile(r"(?<!\w)" + re.escape(stem(w))) for w in words]


def unmentioned(question: str, contexts: Iterable[str]) -> list[tuple[str, ...]]:
    """The :func:`subjects` of ``question`` that none of ``contexts`` (the shown passages with their
    file names, headings and document openings) mentions."""
    folded = [fold(c) for c in contexts]
    return [words for words in subjects(question) if not any(p.search(c) for p in _patterns(words) for c in folded)]


class Vocabulary:
    """The words of a whole index, folded and sorted, to tell whether any document mentions a name.

    Built on first need (a name missing from the shown passages): one pass over the chunks' text
    and file names (measured: 0.05 s for the 1,299 chunks of the near-miss set, 3.3 s for 100,000 chunks of 33 MB).
    """

    def __init__(self, texts: Iterable[str]) -> None:
        words: set[str] = set()
        for text in texts:
            words.update(re.findall(r"\w+", fold(text)))
        self._sorted = sorted(words)

    def mentions(self, words: tuple[str, ...]) -> bool:
        """Whether a word of the index starts with the stem of one of ``words`` (every word piece of a
        stem such as "o'brien" must start one)."""
        return any(all(self._starts_a_word(piece) for piece in re.findall(r"\w+", stem(w))) for w in words if stem(w))

    def _starts_a_word(self, prefix: str) -> bool:
        i = bisect.bisect_left(self._sorted, prefix)
        return i < len(self._sorted) and self._sorted[i].startswith(prefix)


def absent(question: str, contexts: Iterable[str], vocabulary: Callable[[], Vocabulary]) -> list[str]:
    """The names of ``question`` that neither ``contexts`` nor any document (``vocabulary()``, called
    only when a name is missing from the contexts) mentions, as the question writes them."""
    missing = unmentioned(question, contexts)
    if not missing:
        return []
    vocab = vocabulary()
    return [" ".join(words) for words in missing if not vocab.mentions(words)]


_VOCABULARIES: "weakref.WeakKeyDictionary[LoadedIndex, Vocabulary]" = weakref.WeakKeyDictionary()


def vocabulary_of(index: "LoadedIndex") -> Vocabulary:
    """The :class:`Vocabulary` of a loaded index, built once per index (a chat asks many questions)."""
    vocab = _VOCABULARIES.get(index)
    if vocab is None:
        vocab = Vocabulary(f"{c.source}\n{c.heading or ''}\n{c.embed_text}" for c in index.chunks)
        _VOCABULARIES[index] = vocab
    return vocab
