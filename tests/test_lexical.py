"""The query-time BM25 reader must score exactly like bm25s itself."""

from __future__ import annotations

import random

import numpy as np

from rag.index.lexical import LexicalIndex, _SavedBM25, build
from rag.index.store import BM25_DIR, IndexStore


def test_saved_scores_match_bm25s(fake_index) -> None:
    import bm25s

    folder = IndexStore(fake_index.index_dir).current() / BM25_DIR
    reference = bm25s.BM25.load(str(folder))
    ours = _SavedBM25(folder)
    assert ours.num_docs == int(reference.scores["num_docs"])
    ids = [v for k, v in ours.vocab_dict.items() if k]
    rng = random.Random(0)
    for _ in range(100):
        query = rng.sample(ids, rng.randint(1, 6))
        np.testing.assert_allclose(ours.get_scores(query), reference.get_scores(query), rtol=1e-5, atol=1e-6)


def test_search_ranks_matching_chunk_first(tmp_path, settings) -> None:
    from rag.records import Chunk

    chunks = [
        Chunk(id=str(i), source="/x.txt", start_line=i + 1, end_line=i + 1, start_char=0, end_char=1, text=t)
        for i, t in enumerate(["Hochstein negotiated the ceasefire.", "Naderi spoke about collapse.", "Weather was fine."])
    ]
    build(chunks).save(tmp_path / "bm25")
    index = LexicalIndex.load(tmp_path / "bm25", len(chunks))
    hits = index.search("Who negotiated the ceasefire?", 3)
    assert hits and hits[0][0] == 0
    assert all(score > 0 for _, score in hits)
    assert index.search("zzzz unknown words", 3) == []
