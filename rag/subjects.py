"""What a question names, and whether the documents mention it at all.

Asked on what date Saratov moved to +04, a folder of time-zone notes about other Russian regions
holds passages that look like the answer, with dates and offsets, but none of them is about
Saratov: answering from one is a near miss of another subject, as answering about 2019 is for a
question about 2021 (:mod:`rag.constraints`). The answer path refuses when a name the question
gives is in none of the passages shown and in none of the documents either (issue 12).

Absent from the shown passages alone is not enough: measured on the four gold sets, that also
refused answerable questions whose passages leave a name to the rest of their document or to
another passage ("Amos Hochstein spoke in a city that…", "…their note to Tehran"); a name that no
document of the folder mentions refused only unanswerable ones there (eval/README.md).

A name is a run of capitalised words other than the question's first word on its own (capitalised
for grammar's sake), a question word, a month or a weekday. Two-letter acronyms ("US", "TV",
"U.S.") are left out: documents write them out ("United States", "television") too often for a
missing one to mean much. A name is mentioned where a word starts with its stem ("Syria" is in
"Syrian"; accents aside: "São Tomé" in "Sao Tome").
"""

from __future__ import annotations

import bisect
import re
import unicodedata
import weakref
from typing import TYPE_CHECKING, Callable, Iterable

from rag.months import MONTH_NAMES

if TYPE_CHECKING:  # pragma: no cover
    from rag.store import LoadedIndex

#: a name, an acronym, a version or a date in a question: a word that starts upper case or holds a digit
_NAME = re.compile(r"(?<![\w./+-])(?:[A-Z][\w./+-]*|[\w./+-]*\d[\w./+-]*)")

#: capitalised words that a question uses for grammar (after a colon, a second sentence, a title) rather
#: than to name something
_GRAMMAR = frozenset(
    (
        "which what who whom whose when where why how whether if is are was were be been did does do has have had "
        "can could will would should may might must shall the a an and or but not no nor of in on at by for from to "
        "with without about into onto over under after before since until during between among apart besides "
        "according as than that this these those there here it its they their them he she his her we our you your i "
        "name list give tell describe explain please also only just"
    ).split()
) | frozenset(MONTH_NAMES) | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _name_matches(question: str, keep_first_of_run: bool = False) -> list[re.Match[str]]:
    """The names' matches, the first word aside unless (``keep_first_of_run``) another name follows it
    ("Amos Hochstein spoke…")."""
    found = list(_NAME.finditer(question))
    if found and question.lstrip().startswith(found[0].group()):
        run = len(found) > 1 and found[1].start() == found[0].end() + 1 and question[found[0].end()] == " "
        if not (keep_first_of_run and run):
            found = found[1:]
    return [m for m in found if m.group().strip("./+-")]


def names(question: str) -> list[str]:
    """What ``question`` names, its first word aside (capitalised for grammar's sake): "Fiji", "DST",
    "Europe/Kyiv", "EXTERNALLY-MANAGED", "PEP", "668", "2024-12-31"."""
    return [m.group().strip("./+-") for m in _name_matches(question)]


def _fold(text: str) -> str:
    """Lower case without accents, so that "São Tomé" and "Sao Tome" compare equal."""
    if text.isascii():  # most text: no accent to drop, and the per-character pass below is the cost
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def subjects(question: str) -> list[tuple[str, ...]]:
    """The names of ``question`` that the passages answering it must mention, each as the words any one
    of which mentions it: a run of capitalised words is one name ("Amos Hochstein", which a passage
    may call "Hochstein"), a hyphen or a slash joins two ("Israel-Hezbollah", "Europe/Kyiv"). Words
    with digits are left to :mod:`rag.constraints`; grammar words and two-letter acronyms are left out,
    and the plural of an acronym made singular ("CVEs")."""
    runs: list[list[str]] = []
    end = -1
    for m in _name_matches(question, keep_first_of_run=True):
        word = m.group().strip("./+-")
        parts = [p for p in re.split(r"[-/]", word)]
        if m.start() == end + 1 and question[end] == " " and len(parts) == 1 and runs and len(runs[-1]) >= 1:
            runs[-1].append(word)
        else:
            runs.extend([p] for p in parts)
        end = m.end()
    out: list[tuple[str, ...]] = []
    for run in runs:
        words = tuple(w for w in (_subject_word(p) for p in run) if w)
        if words and words not in out:
            out.append(words)
    return out


def _subject_word(part: str) -> str:
    """``part`` as a word a passage must mention, "" when it is not one."""
    part = part.strip(".'’")
    if any(ch.isdigit() for ch in part):
        return ""
    if len(part) > 2 and part.endswith("s") and part[:-1].isupper():
        part = part[:-1]
    acronym = part.replace(".", "").isupper()
    if len(part.replace(".", "")) < (3 if acronym else 2) or part.lower() in _GRAMMAR:
        return ""
    return part


def _stem(name: str) -> str:
    """What a mention must start with: an acronym whole, a word less up to three letters of ending
    ("Syria" -> "syri", for "Syrian"), never fewer than four letters."""
    folded = _fold(name)
    if name.isupper() or not folded.isalpha():
        return folded
    return folded[: max(4, len(folded) - 3)]


def _patterns(words: tuple[str, ...]) -> list[re.Pattern[str]]:
    return [re.compile(r"(?<!\w)" + re.escape(_stem(w))) for w in words]


def unmentioned(question: str, contexts: Iterable[str]) -> list[tuple[str, ...]]:
    """The :func:`subjects` of ``question`` that none of ``contexts`` (the shown passages with their
    file names, headings and document openings) mentions."""
    folded = [_fold(c) for c in contexts]
    return [words for words in subjects(question) if not any(p.search(c) for p in _patterns(words) for c in folded)]


class Vocabulary:
    """The words of a whole index, folded and sorted, to tell whether any document mentions a name.

    Built on first need (a name missing from the shown passages): one pass over the chunks' text
    and file names (measured: 0.05 s for the 1,299 chunks of the near-miss set, 3.3 s for 100,000 chunks of 33 MB).
    """

    def __init__(self, texts: Iterable[str]) -> None:
        words: set[str] = set()
        for text in texts:
            words.update(re.findall(r"\w+", _fold(text)))
        self._sorted = sorted(words)

    def mentions(self, words: tuple[str, ...]) -> bool:
        """Whether a word of the index starts with the stem of one of ``words`` (every word piece of a
        stem such as "o'brien" must start one)."""
        return any(all(self._starts_a_word(piece) for piece in re.findall(r"\w+", _stem(w))) for w in words)

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
        vocab = Vocabulary(f"{c.file_name}\n{c.heading or ''}\n{c.text}" for c in index.chunks)
        _VOCABULARIES[index] = vocab
    return vocab
