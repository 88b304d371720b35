"""Near-duplicate detection: copies of the same passage across files.

Candidate pairs come from the embedding index (nearest neighbours); a pair is
a near-duplicate when the vectors are almost identical, or similar and the
smaller passage's content words are mostly contained in the larger one, and
their numbers do not disagree: monthly reports written from one template
share most of their words, yet each holds its own figures and is no copy.
Copies are linked to one canonical chunk, the most complete of the group, so
that retrieval can collapse them into one piece of evidence.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from rag.records import Chunk
from rag.text import content_terms

#: cosine at or above which two passages are copies whatever their wording
SAME_COSINE = 0.95
#: cosine at or above which a pair is checked for word containment
CANDIDATE_COSINE = 0.80
#: share of the smaller passage's content words found in the larger one
CONTAINMENT = 0.6
NEIGHBOURS = 8


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _numbers(text: str) -> frozenset[str]:
    return frozenset(m.group().replace(",", "") for m in _NUMBER.finditer(text))


def _disagree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Each side has a number the other lacks ("694,000 in March" against "512,000 in September").

    One side's numbers all being in the other is agreement: copies cut at
    different places hold more or fewer of the same figures.
    """
    return bool(a - b) and bool(b - a)


#: how much of a document's opening is its title, for the numbers in it
TITLE_CHARS = 60


def _title_numbers(chunks: list[Chunk]) -> list[frozenset[str]]:
    """The numbers in the title of each chunk's document (its opening), on the document's first chunk only.

    Release notes of two versions can share every word and the later one list the earlier's version
    in its body ("merges up the fixes that appear in v2.30.8, v2.31.7, …"), so their numbers look
    like one copy's subset of the other's; their titles, "Git v2.31.7" and "Git v2.37.6", disagree."""
    first: dict[str, int] = {}
    for i, c in enumerate(chunks):
        if c.source not in first or c.start_char < chunks[first[c.source]].start_char:
            first[c.source] = i
    heads = set(first.values())
    return [_numbers(c.text[:TITLE_CHARS]) if i in heads else frozenset() for i, c in enumerate(chunks)]


def link_near_duplicates(chunks: list[Chunk], vectors: np.ndarray) -> list[Chunk]:
    """Return the chunks with ``canonical`` set on every copy (None on canonicals and singletons)."""
    n = len(chunks)
    if n < 2:
        return [replace(c, canonical=None) for c in chunks]
    from rag.backends.registry import vector_index_backend

    # exact search (a flat index): a missed neighbour would be a copy left unlinked
    index = vector_index_backend("faiss").create(vectors.shape[1], "flat")
    vecs = np.ascontiguousarray(vectors, dtype=np.float32)
    index.add(vecs)
    sims, nbrs = index.search(vecs, min(NEIGHBOURS + 1, n))
    terms = [content_terms(c.text) for c in chunks]
    parent = list(range(n))
    numbers = [_numbers(c.text) for c in chunks]
    titles = _title_numbers(chunks)
    # the members of each group, so that a chain of links never joins two passages that disagree
    members_of: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(n):
        if chunks[i].section == "boilerplate":
            continue
        for sim, j in zip(sims[i], nbrs[i]):
            j = int(j)
            # both directions: j may be among i's neighbours while i is not among j's
            if j < 0 or j == i or sim < CANDIDATE_COSINE or chunks[j].section == "boilerplate":
                continue
            # overlapping windows of one file share sentences by design: they are not copies
            if chunks[i].source == chunks[j].source:
                continue
            small = min(len(terms[i]), len(terms[j]))
            contained = len(terms[i] & terms[j]) / small if small else 0.0
            if sim >= SAME_COSINE or contained >= CONTAINMENT:
                a, b = find(i), find(j)
                if a != b and not any(
                    _disagree(numbers[x], numbers[y]) or _disagree(titles[x], titles[y]) for x in members_of[a] for y in members_of[b]
                ):
                    parent[a] = b
                    members_of[b].extend(members_of.pop(a))

    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    canonical_of: dict[int, str | None] = {}
    for members in groups.values():
        if len(members) == 1:
            canonical_of[members[0]] = None
            continue
        # the most complete copy: most content words, then longest text, then first by file
        best = max(members, key=lambda m: (len(terms[m]), len(chunks[m].text), -m))
        for m in members:
            canonical_of[m] = None if m == best else chunks[best].id
    return [replace(c, canonical=canonical_of[i]) for i, c in enumerate(chunks)]
