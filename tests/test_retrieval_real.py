"""Retrieval quality with the real embedder over the seed corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import real_models_available

from rag.config import Settings
from rag.runtime import Runtime
from rag.text import normalise

pytestmark = pytest.mark.integration

QUESTIONS = [
    ("Which Iranian member of parliament said Syria was at the verge of collapse?", "Naderi"),
    ("Who is the US envoy who negotiated the Israel-Hezbollah ceasefire?", "Hochstein"),
    ("Which Afghan brigade was moved to Damascus and Latakia?", "Fatemiyoun"),
]


@pytest.fixture(scope="module")
def real_index(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The seeds indexed once with the real embedder (module scope: embedding takes seconds)."""
    if not real_models_available():
        pytest.skip("the all-MiniLM-L6-v2 embedder is not installed (rag models install minilm)")
    from conftest import SEEDS

    from rag.backends.registry import build_embedder as load_embedder
    from rag.ingestion.ingest import ingest

    home = tmp_path_factory.mktemp("real-home")
    (home / "models").mkdir()
    settings = Settings.load(home=home)
    embedder = load_embedder(settings)
    report = ingest([SEEDS], Runtime(settings, embedder=embedder))
    assert report.files == 5 and report.chunks > 50
    return settings, embedder, report


@pytest.mark.parametrize(("question", "answer"), QUESTIONS)
def test_answer_is_retrieved(real_index, question: str, answer: str) -> None:  # type: ignore[no-untyped-def]
    from rag.index.retrieval import search

    settings, embedder, _ = real_index
    hits = search(question, Runtime(settings, embedder=embedder), k=5)
    assert len(hits) == 5
    assert any(answer in h.chunk.text for h in hits), [h.chunk.text[:80] for h in hits]
    groups = [h.chunk.canonical or h.chunk.id for h in hits]
    assert len(groups) == len(set(groups))
    for h in hits:
        assert h.chunk.section != "boilerplate"
        lines = Path(h.chunk.source).read_text(encoding="utf-8").split("\n")
        assert h.chunk.text.split()[-1] in normalise(" ".join(lines[h.chunk.start_line - 1 : h.chunk.end_line]))


def test_real_index_links_copies_across_files(real_index) -> None:  # type: ignore[no-untyped-def]
    from rag.index.store import IndexStore

    settings, _, report = real_index
    index = IndexStore(settings.index_dir).load()
    by_id = {c.id: c for c in index.chunks}
    copies = [c for c in index.chunks if c.canonical]
    assert report.duplicates == len(copies) > 0
    for c in copies:
        assert by_id[c.canonical].canonical is None and by_id[c.canonical].source != c.source
