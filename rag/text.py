"""Text utilities shared by chunking, citation checking and evaluation.

Sentence splitting works on the original text and returns spans, so that
every piece of text rag shows can be traced back to its exact offsets.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, Iterator

_WS = re.compile(r"\s+")
# zero-width characters, soft hyphens and other format controls that survive NFKC (the line and
# paragraph separators U+2028/U+2029 are not among them: they are whitespace, so words stay apart)
_INVISIBLE = re.compile(r"[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# lone surrogates (from undecodable command-line bytes): they cannot be encoded, printed or embedded
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# CSI / OSC / other ANSI escape sequences
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")


def normalise(text: str) -> str:
    """Unicode NFKC, invisible and control characters removed, whitespace collapsed."""
    text = _SURROGATE.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    text = _ANSI.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    return _WS.sub(" ", text).strip()


def strip_control(text: str) -> str:
    """Remove escape sequences and control characters, keeping newlines (safe for a terminal)."""
    text = _ANSI.sub("", text).replace("\t", " ")
    text = _SURROGATE.sub("\ufffd", text)  # an undecodable byte of a file name: shown as �
    return _UNPRINTABLE.sub("", text)


# control characters but the newline, lone surrogates, and the bidi overrides that reorder a line
_UNPRINTABLE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "gov", "sen",
    "rep", "prof", "inc", "ltd", "co", "corp", "vs", "etc", "no", "vol", "fig", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx",
    "dept", "est", "e.g", "i.e", "u.s", "u.n", "u.k", "a.m", "p.m", "al",
}
# a sentence ends at . ! ? (plus closing quotes/brackets) followed by space and a plausible sentence start
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-ÖØ-Þ])")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences; returns (start, end) offsets into ``text``.

    Newlines are hard boundaries (news text puts one paragraph per line); spans
    are trimmed of surrounding whitespace and never empty. Every non-space
    character of the range lies in exactly one span.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        ls, le = start + line.start(), start + line.end()
        cut = ls
        for m in _BOUNDARY.finditer(text, ls, le):
            if _is_abbreviation(text, cut, m.start()):
                continue
            _add_trimmed(text, cut, m.end(), spans)
            cut = m.end()
        _add_trimmed(text, cut, le, spans)
    return spans


_LAST_WORD = re.compile(r"([\w.]+)$")


def _is_abbreviation(text: str, lo: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    # only the last few characters: a long run of abbreviations ("U.S. U.S. ...") must not make
    # every check re-read the line from its start
    word = _LAST_WORD.search(text, max(lo, dot - 32), dot)
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    # single letters are initials ("J. Smith"); dotted tokens are acronyms ("U.S.")
    return token in _ABBREVIATIONS or len(token) == 1 or (("." in token) and len(token) <= 6)


def _add_trimmed(text: str, lo: int, hi: int, out: list[tuple[int, int]]) -> None:
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if hi > lo:
        out.append((lo, hi))


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text`` as strings."""
    return [text[a:b] for a, b in sentence_spans(text)]


_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself no nor not now of off on once only or other our ours ourselves out
    over own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves said says say according its it's
    -- one two per cent percent did didn't doesn't don't mr mrs ms""".split()
)
_WORD = re.compile(r"[\w][\w'’\-]*", re.UNICODE)


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    return _stemmer().stemWord(word)


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


def words(text: str) -> list[str]:
    """Lower-cased word tokens of ``text`` (after normalisation)."""
    return [w.strip("'’-") for w in _WORD.findall(normalise(text).lower()) if w.strip("'’-")]


def content_terms(text: str) -> set[str]:
    """Stemmed content words of ``text``: no stopwords; numbers kept as they are."""
    return set(lexical_terms(text))


def iter_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, line) for every line of ``text``, without the newline."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


@lru_cache(maxsize=65536)
def _term(word: str) -> str:
    """The BM25 term of one lower-cased word ("" for a stopword)."""
    w = word.replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if not w or w in _STOPWORDS:
        return ""
    return w if any(ch.isdigit() for ch in w) else _stem(w)


def lexical_terms(text: str) -> list[str]:
    """Tokens for BM25: lower-cased, stopwords removed, stemmed; order and repeats kept."""
    return list(_lexical_terms(text))


@lru_cache(maxsize=1 << 15)
def _lexical_terms(text: str) -> tuple[str, ...]:
    # cached: an ingest reads each chunk's terms for BM25 and again for near-duplicate detection
    # (large enough for the ~23,000 chunks of a file at the RAG_MAX_FILE_MB limit)
    return tuple(t for t in map(_term, words(text)) if t)
