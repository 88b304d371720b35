"""Hybrid retrieval: dense (the vector index port) + lexical (BM25), fused by reciprocal rank, copies collapsed."""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING

import numpy as np

from rag.backends.ports import Embedder
from rag.dates import year_ranges
from rag.errors import IndexMismatchError, UsageError
from rag.index.loaded_index import LoadedIndex
from rag.index.parents import content, shown_whole
from rag.records import Hit
from rag.text import normalise

if TYPE_CHECKING:  # pragma: no cover
    from rag.runtime import RuntimeLike

#: the constant of reciprocal rank fusion (Cormack et al. 2009)
RRF_K = 60
#: questions are cut to this many characters: the embedder reads 256 word pieces anyway
MAX_QUERY_CHARS = 2000


def clean_query(query: str) -> str:
    """The question as searched: normalised, without control characters; a UsageError when empty."""
    if not isinstance(query, str):
        raise UsageError("The question must be text.")
    q = normalise(query[: MAX_QUERY_CHARS * 4])[:MAX_QUERY_CHARS]
    if not q or not any(ch.isalnum() for ch in q):
        what = "The question is empty." if not q else "The question has no words to search for."
        raise UsageError(what, hint='Ask something, e.g. rag ask "Who negotiated the ceasefire?"')
    return q


class Retriever:
    """Searches one loaded index with one embedder."""

    def __init__(self, index: LoadedIndex, embedder: Embedder) -> None:
        info = {"name": embedder.name, "dim": embedder.dim}
        if index.manifest.embedder != info:
            raise IndexMismatchError(
                f"The index was built with {index.manifest.embedder.get('name')}, but the embedder is {embedder.name}.",
                hint="Run: rag ingest --rebuild (or set RAG_EMBEDDER back).",
            )
        self.index = index
        self.embedder = embedder
        self._searchable = np.array([c.section != "boilerplate" for c in index.chunks], dtype=bool)
        self._whole: dict[str, bool] = {}
        self._ranges: frozenset[int] | None = None

    def search(self, query: str, k: int = 5, candidates: int = 30) -> list[Hit]:
        """The ``k`` best distinct passages for ``query``, best first."""
        q = clean_query(query)
        n = len(self.index.chunks)
        if n == 0:
            return []
        pool = min(n, max(candidates, k * 4))
        qvec = self.embedder.embed([q])
        sims, ids = self.index.dense.search(qvec, min(n, pool * 2))
        dense = [(int(i), float(s)) for i, s in zip(ids[0], sims[0]) if i >= 0 and self._searchable[i]][:pool]
        lexical = self.index.lexical.search(q, pool, self._searchable)

        fused: dict[int, float] = {}
        for ranked in (dense, lexical):
            for rank, (pos, _) in enumerate(ranked):
                fused[pos] = fused.get(pos, 0.0) + 1.0 / (RRF_K + rank + 1)
        dense_score = dict(dense)
        lex_score = dict(lexical)
        meeting, titled = self._meeting_constraints(q)
        missing = [p for p in set(fused) | set(meeting) if p not in dense_score]
        if missing:
            vecs = self.index.vectors(missing)
            dense_score.update({p: float(v) for p, v in zip(missing, vecs @ qvec[0])})
        # the passages that meet the question's years, versions and identifiers are a third ranked list,
        # by their cosine: a near miss (another year, the release before) gives way to the passage asked about
        for rank, pos in enumerate(sorted(meeting, key=lambda p: (-dense_score[p], p))[:pool]):
            fused[pos] = fused.get(pos, 0.0) + 1.0 / (RRF_K + rank + 1)
        # and those whose head (file name, heading, title) names them a fourth: a release's own notes before
        # the later notes that merge its fixes up ("Git v2.18.3 … merges the fix of v2.17.4")
        for rank, pos in enumerate(sorted(titled, key=lambda p: (-dense_score[p], p))[:pool]):
            fused[pos] = fused.get(pos, 0.0) + 1.0 / (RRF_K + rank + 1)

        firsts = [ranked[0] for ranked in ([p for p, _ in dense], [p for p, _ in lexical]) if ranked]
        hits: list[Hit] = []
        for pos in self._top_groups(sorted(fused, key=lambda p: (-fused[p], p)), firsts, k):
            group = self._group(pos)
            members = self.index.groups.get(group, [pos])
            # show the most complete copy (the canonical), scored by its best-ranked member
            shown = self.index.position.get(group, pos)
            others = sorted({self.index.chunks[m].source for m in members} - {self.index.chunks[shown].source})
            hits.append(
                Hit(
                    chunk=self.index.chunks[shown],
                    score=fused[pos],
                    dense=max(dense_score.get(pos, 0.0), dense_score.get(shown, float("-inf"))),
                    lexical=max(lex_score.get(pos, 0.0), lex_score.get(shown, 0.0)),
                    rank=len(hits) + 1,
                    duplicates=tuple(others),
                )
            )
        return hits

    def _top_groups(self, order: list[int], firsts: list[int], k: int) -> list[int]:
        """The first position of each of the ``k`` best groups of copies in ``order``, where each ranked
        list's first (``firsts``) is among them. Fusion by rank can bury one list's best: the only
        passage with the question's rare words ("America/Nuuk renamed from America/Godthab") first by
        BM25 and 26th by cosine falls behind passages middling in both (near-miss n076 and n057, news
        q055, OOD g008; eval/README.md, fourteenth step). A document shown whole still takes one place per
        chunk: counted once, five documents in place of three chunks of one and two others put more near
        misses before the model, and near-miss n064 was refused (eval/README.md, sixteenth step)."""
        first_of: dict[str, int] = {}  # group -> its best-ranked position
        for pos in order:
            first_of.setdefault(self._group(pos), pos)
        distinct = list(first_of.values())
        top = distinct[:k]
        owed = [first_of[g] for g in dict.fromkeys(self._group(f) for f in firsts) if g in first_of]
        for pos in owed:
            spare = [i for i, p in enumerate(top) if p not in owed]
            if pos not in top and spare:
                top[spare[-1]] = pos  # in place of the last passage that is no list's first
        rank = {p: i for i, p in enumerate(distinct)}
        return sorted(top, key=rank.__getitem__)

    def _group(self, pos: int) -> str:
        chunk = self.index.chunks[pos]
        return chunk.canonical or chunk.id

    def _shown_whole(self, source: str) -> bool:
        """Whether the document ``source`` is shown whole (rag.index.parents), its chunks as one passage."""
        if source not in self._whole:
            self._whole[source] = shown_whole(content(self.index.document_chunks(source)))
        return self._whole[source]

    def _meeting_constraints(self, question: str) -> tuple[list[int], list[int]]:
        """Positions of the searchable passages that meet every constraint of ``question`` (none: []), and
        those of them whose head (rag.index.loaded_index.LoadedIndex.head) meets them too."""
        from rag.index.constraints import extract, meets

        constraints = extract(question)
        if not constraints:
            return [], []
        # a plain substring test first (fast), the exact pattern only on what passes it
        needles = [c.needle for c in constraints]
        # a year may also be met by a span of years that holds it ("from 2014 to 2022"), which never writes it
        ranged = self._ranged() if any(c.kind == "year" for c in constraints) else frozenset()
        found = []
        for pos in range(len(self.index.chunks)):
            if not self._searchable[pos]:
                continue
            context = self.index.context(pos)
            if (pos in ranged or all(n in context for n in needles)) and meets(constraints, context):
                found.append(pos)
        found = self._with_whole_documents(found, {c.text for c in constraints if c.kind == "year"})
        # a head that names the year but none of the names the question gives is another subject's: in a folder
        # of news briefs, "Sallow Bay Film Festival 2023: the shortlist" is no report of the 2023 Coastal
        # Basketball League final (the sixth smoke check's r053, eval/README.md, fifteenth step)
        names = _name_words(question)
        return found, [p for p in found if meets(constraints, head := self.index.head(p)) and (not names or not names.isdisjoint(_WORD.findall(head)))]

    def _ranged(self) -> frozenset[int]:
        """The positions whose context gives a span of years (rag.dates.year_ranges), found on first need: 24 ms
        for the 1.2 MB of contexts of the 1,888 chunks of the sixth smoke check's and the near-miss set's documents."""
        if self._ranges is None:
            self._ranges = frozenset(p for p in range(len(self.index.chunks)) if year_ranges(self.index.context(p)))
        return self._ranges

    def _with_whole_documents(self, found: list[int], years: set[str]) -> list[int]:
        """``found`` with every chunk of each document shown whole that one of them is of, unless its head (file name,
        heading, title) names another year than ``years``: the report "There was a new name on the trophy at the
        Kestrel Point Marathon …" names its year in its last sentence ("The 2022 edition drew just over 7,000
        runners"), in another chunk than its winner's (the seventh smoke check's q032); the tz 2023a release's notes
        name 2022 in passing (near-miss n079)."""
        sources = {self.index.chunks[p].source for p in found}
        more = []
        for source in sources:
            parts = content(self.index.document_chunks(source))
            if self._shown_whole(source) and set(_YEARS.findall(self.index.head(self.index.position[parts[0].id]))) <= years:
                more += [self.index.position[c.id] for c in parts]
        return sorted({p for p in (*found, *more) if self._searchable[p]})


_WORD = re.compile(r"[^\W_]+")
#: a year in a head, a release's letter after it too ("tz-2023a-future-timestamps.txt")
_YEARS = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
#: a capitalised word: of a name ("Coastal", "Basketball", "League", "Git"), or a question's first word
_NAME_WORD = re.compile(r"(?<![\w'’-])[A-Z][^\W_]*")


def _name_words(question: str) -> set[str]:
    """The words of the names ``question`` gives, in lower case (none: every head that meets its constraints
    counts): its capitalised words, but those capitalised for grammar ("Which", "In") and months."""
    from rag.index.constraints import GRAMMAR_WORDS

    return {w.lower() for w in _NAME_WORD.findall(question)} - GRAMMAR_WORDS - {"i"}


def search(query: str, target: "RuntimeLike", k: int | None = None) -> list[Hit]:
    """Search the live index for ``query``; the library entry point of `rag search`.

    ``target`` is a :class:`~rag.runtime.Runtime` or :class:`~rag.config.Settings`.
    """
    return timed_search(query, target, k)[0]


def timed_search(query: str, target: "RuntimeLike", k: int | None = None) -> tuple[list[Hit], float]:
    """:func:`search` and the milliseconds it took (retriever load excluded)."""
    from rag.runtime import Runtime

    rt = Runtime.of(target)
    retriever = rt.retriever()
    t0 = time.perf_counter()
    hits = retriever.search(query, k or rt.settings.k, rt.settings.candidates)
    return hits, (time.perf_counter() - t0) * 1000
