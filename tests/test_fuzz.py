"""Fuzzing (hypothesis): loaders, chunker and question path raise nothing but RagError subclasses,
and their results keep their promises (chunk offsets inside the file, clean query text)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rag.documents.reading import Document, Skipped, load
from rag.errors import RagError, UsageError
from rag.index.retrieval import MAX_QUERY_CHARS, Retriever, clean_query
from rag.index.store import IndexStore
from rag.ingestion.chunking import ChunkerConfig, chunk_document
from rag.runtime import Runtime
from rag.testing import FakeEmbedder

# the autouse RAG_HOME fixture is function-scoped; nothing here depends on it between examples
FUZZ = settings(max_examples=int(os.environ.get("RAG_FUZZ_EXAMPLES", "80")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
EMBEDDER = FakeEmbedder()
CONFIG = ChunkerConfig(chunk_tokens=32, overlap_tokens=8)

# text that looks like documents: words, punctuation, markup, newlines, odd Unicode, escapes
_PIECES = st.sampled_from(
    ["word", "Dr.", "U.S.", " ", "  ", "\n", "\n\n", "\r\n", "\r", ".", "!", "?", "…", "«", "»", "\"", "'", "<p>", "</p>",
     "<br/>", "<script>", "</script>", "<head>", "&amp;", "&#x1F600;", "&bogus;", "&", "<", ">", "<!--", "-->",
     "1. Bob says:", "Comments", "Reply", "Leave a Reply", "\x1b[31m", "\x07", "\x00", "\u200b", "\ufeff", "\u202e",
     "ﬁ", "Å", "é", "\u0301", "日本語", "😀", "\t", "a" * 300, "x.y.z", "https://example.com/a?b=c&d=e"]
)
doc_text = st.one_of(st.text(max_size=400), st.lists(_PIECES, max_size=80).map("".join))
doc_bytes = st.one_of(
    st.binary(max_size=600),
    doc_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    doc_text.map(lambda t: t.encode("utf-16")),
    doc_text.map(lambda t: t.encode("latin-1", "replace")),
)


def _check_chunks(doc: Document) -> None:
    chunks = chunk_document(doc, EMBEDDER.count_tokens, CONFIG)
    n_lines = doc.source_text.count("\n") + 1
    for c in chunks:
        assert c.text and c.text == c.text.strip()
        assert 0 <= c.start_char <= c.end_char <= len(doc.source_text)
        assert 1 <= c.start_line <= c.end_line <= n_lines
        assert "\x1b" not in c.text and "\x00" not in c.text
        assert EMBEDDER.count_tokens([c.embed_text])[0] <= CONFIG.max_model_tokens - 2


@FUZZ
@given(data=doc_bytes, suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_loader_and_chunker_on_random_files(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        doc = load(path)
        if isinstance(doc, Skipped):
            assert doc.reason and doc.path == str(path)
            return
        assert doc.size == len(data)
        if doc.offset_map is not None:
            assert len(doc.offset_map) == len(doc.text)
            assert all(0 <= o <= len(doc.source_text) for o in doc.offset_map)
        _check_chunks(doc)
    except RagError:
        pass


@FUZZ
@given(text=doc_text)
def test_chunker_on_random_text(text: str) -> None:
    text = text.encode("utf-8", "replace").decode("utf-8")  # loaders never produce lone surrogates
    doc = Document(Path("/fuzz.txt"), text, text, "0" * 64, len(text))
    try:
        _check_chunks(doc)
    except RagError:
        pass


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    from conftest import SEEDS

    from rag.config import Settings
    from rag.ingestion.ingest import ingest

    home = tmp_path_factory.mktemp("fuzz-home")
    settings = Settings(home=home)
    ingest([SEEDS], Runtime(settings, embedder=EMBEDDER))
    return Retriever(IndexStore(settings.index_dir).load(), EMBEDDER)


questions = st.one_of(
    st.text(max_size=300),
    # lone surrogates (undecodable command-line bytes), controls, format characters, letters, spaces
    st.text(alphabet=st.characters(categories=["Cs", "Cc", "Cf", "Lo", "Ll", "Zs", "Po"]), max_size=100),
    st.lists(_PIECES, max_size=40).map("".join),
    st.text(min_size=1, max_size=20).map(lambda t: t * 600),  # long
)


@FUZZ
@given(question=questions)
def test_question_path(retriever: Retriever, question: str) -> None:
    t0 = time.perf_counter()
    try:
        q = clean_query(question)
    except UsageError:
        return
    assert q and len(q) <= MAX_QUERY_CHARS
    assert not any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F or 0xD800 <= ord(ch) <= 0xDFFF for ch in q)
    try:
        hits = retriever.search(question, 3)
    except RagError:
        return
    assert len(hits) <= 3 and all(h.chunk.text for h in hits)
    assert time.perf_counter() - t0 < 2
