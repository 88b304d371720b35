"""One suite of cases run against every implementation of each port (ragna's storage tests are
the pattern): the vector indexes, the embedders and the generators. A new backend joins by adding
a fixture parameter; the HTTP backends join in test_openai_http.py through the same checks."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterator

import numpy as np
import pytest
from conftest import ROOT, real_models_available

from rag.backends.ports import Embedder, Generator, VectorIndex
from rag.backends.registry import vector_index_backend
from rag.testing import FakeEmbedder, FakeGenerator

DIM = 32


def _unit(rows: int, seed: int = 0) -> np.ndarray:
    x = np.random.default_rng(seed).standard_normal((rows, DIM)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


# ----------------------------------------------------------------------------- VectorIndex

INDEXES: dict[str, Callable[[], VectorIndex]] = {
    "faiss-flat": lambda: vector_index_backend("faiss").create(DIM, "flat"),
    "faiss-hnsw": lambda: vector_index_backend("faiss").create(DIM, "hnsw"),
    "exact": lambda: vector_index_backend("exact").create(DIM, "flat"),
}


def _pg_index(request: pytest.FixtureRequest) -> VectorIndex:
    """pgvector in the real PostgreSQL server of the session, a table of this test's own."""
    from rag.backends.pg_store import PgStore
    from rag.backends.pg_vector import PgVectorIndex

    store = PgStore(request.getfixturevalue("pg_uri"))
    request.addfinalizer(store.close)
    return PgVectorIndex.create_in(store, "contract", DIM)


@pytest.fixture(params=[*sorted(INDEXES), "pgvector"])
def index(request: pytest.FixtureRequest) -> VectorIndex:
    if request.param == "pgvector":
        return _pg_index(request)
    return INDEXES[request.param]()


def check_vector_index(index: VectorIndex, tmp_path: Path) -> None:
    """The contract of :class:`VectorIndex`, for any implementation."""
    assert index.dim == DIM and len(index) == 0 and index.kind in ("flat", "hnsw")
    scores, ids = index.search(_unit(1, seed=9), 3)
    assert ids.shape == (1, 3) and (ids == -1).all() and np.isneginf(scores).all()  # empty: nothing, no error

    data = _unit(50)
    index.add(data[:30])
    index.add(data[30:])  # appending keeps positions in order of addition
    assert len(index) == 50
    scores, ids = index.search(data[[7, 42]], 5)
    assert ids.shape == scores.shape == (2, 5)
    assert ids[0, 0] == 7 and ids[1, 0] == 42  # a stored vector finds itself first
    assert scores[0, 0] == pytest.approx(1.0, abs=1e-5)
    assert (np.diff(scores, axis=1) <= 1e-6).all()  # best first

    scores, ids = index.search(data[:1], 80)  # more than it holds: padded with -1
    found = ids[0][ids[0] >= 0]
    assert len(found) <= 50 and (ids[0][len(found):] == -1).all()

    np.testing.assert_allclose(index.reconstruct([3, 49]), data[[3, 49]], atol=1e-6)
    np.testing.assert_allclose(index.reconstruct(), data, atol=1e-6)
    assert index.reconstruct([]).shape == (0, DIM)

    if not hasattr(index, "save"):  # a database-backed index persists in its database
        return
    path = tmp_path / "index.bin"
    index.save(path)
    again = type(index).load(path)  # type: ignore[attr-defined]
    assert len(again) == 50 and again.dim == DIM and again.kind == index.kind
    assert again.search(data[[7]], 1)[1][0, 0] == 7


def test_vector_index_contract(index: VectorIndex, tmp_path: Path) -> None:
    check_vector_index(index, tmp_path)


@pytest.mark.parametrize("name", ["faiss-flat", "pgvector"])
def test_indexes_agree_with_the_exact_reference(name: str, request: pytest.FixtureRequest) -> None:
    """Exact backends return the same top 10 as the reference on the same data, with the same scores."""
    data, queries = _unit(500, seed=1), _unit(20, seed=2)
    reference = INDEXES["exact"]()
    reference.add(data)
    flat = _pg_index(request) if name == "pgvector" else INDEXES[name]()
    flat.add(data)
    scores, ids = flat.search(queries, 10)
    want_scores, want_ids = reference.search(queries, 10)
    np.testing.assert_array_equal(ids, want_ids)
    np.testing.assert_allclose(scores, want_scores, atol=1e-5)


# ----------------------------------------------------------------------------- Embedder


def _local_embedder() -> Embedder:
    if not real_models_available():
        (pytest.fail if os.environ.get("CI") else pytest.skip)("all-MiniLM-L6-v2 is not installed (rag models install minilm)")
    from rag.backends.registry import build_embedder
    from rag.config import Settings

    return build_embedder(Settings.load())


EMBEDDERS: dict[str, Callable[[], Embedder]] = {
    "fake": FakeEmbedder,
    "local-minilm": _local_embedder,
}


@pytest.fixture(params=[pytest.param("fake"), pytest.param("local-minilm", marks=pytest.mark.integration)])
def embedder(request: pytest.FixtureRequest) -> Embedder:
    return EMBEDDERS[request.param]()


def check_embedder(embedder: Embedder) -> None:
    """The contract of :class:`Embedder`, for any implementation."""
    assert isinstance(embedder.name, str) and embedder.name
    assert embedder.dim > 0 and embedder.max_tokens > 0
    texts = ["The envoy negotiated the ceasefire.", "A ceasefire was negotiated by the envoy.", "Bananas are yellow."]
    vectors = embedder.embed(texts, batch_size=2)
    assert vectors.shape == (3, embedder.dim) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]  # closer in meaning, closer in space
    # deterministic and batch-independent, to float noise: llama.cpp's server embeds a text batched with
    # others up to 2.1e-5 away from the same text alone (measured; cosine > 0.99999)
    np.testing.assert_allclose(embedder.embed(texts[:1]), vectors[:1], atol=1e-4)
    seen: list[int] = []
    embedder.embed(texts, batch_size=2, on_batch=seen.append)
    assert sum(seen) == 3
    counts = embedder.count_tokens(["one two three", "one two three four five six"])
    assert len(counts) == 2 and 0 < counts[0] < counts[1]


def test_embedder_contract(embedder: Embedder) -> None:
    check_embedder(embedder)


# ----------------------------------------------------------------------------- Generator

SMALL_LLM = ROOT / "models" / "qwen2.5-coder-0.5b-instruct.gguf"


def _local_generator() -> Generator:
    if not SMALL_LLM.is_file():
        (pytest.fail if os.environ.get("CI") else pytest.skip)(f"{SMALL_LLM.name} is missing (rag models install fast)")
    from rag.backends.registry import build_generator
    from rag.config import Settings

    return build_generator(Settings.load(n_ctx=1024, max_answer_tokens=16), model=str(SMALL_LLM))


@pytest.fixture(scope="module")
def local_generator() -> Iterator[Generator]:
    yield _local_generator()


@pytest.fixture(params=[pytest.param("fake"), pytest.param("local-llama", marks=pytest.mark.integration)])
def generator(request: pytest.FixtureRequest) -> Generator:
    if request.param == "fake":
        return FakeGenerator(responses=["Amos Hochstein negotiated it [1]."])
    return request.getfixturevalue("local_generator")


MESSAGES = [
    {"role": "system", "content": "Answer in a few words."},
    {"role": "user", "content": "Passages:\n[1] Amos Hochstein negotiated the ceasefire.\n\nQuestion: Who negotiated the ceasefire?"},
]


def check_generator(generator: Generator) -> None:
    """The contract of :class:`Generator`, for any implementation."""
    assert isinstance(generator.name, str) and generator.name and generator.n_ctx >= 512
    pieces = list(generator.stream(MESSAGES, max_tokens=8, temperature=0.0))
    assert pieces and all(isinstance(p, str) for p in pieces)
    assert len(pieces) <= 8  # never more pieces than tokens asked for
    # the prompt count includes every message's content (a template may add more, never less)
    content = sum(generator.count_tokens(m["content"]) for m in MESSAGES)
    assert generator.prompt_tokens(MESSAGES) >= content > 0
    assert generator.count_tokens("one two three four five six") > generator.count_tokens("one two")


def test_generator_contract(generator: Generator) -> None:
    check_generator(generator)


def test_same_answer_twice_at_temperature_zero(generator: Generator) -> None:
    if isinstance(generator, FakeGenerator):
        generator.responses = ["Amos [1].", "Amos [1]."]
    first = "".join(generator.stream(MESSAGES, max_tokens=8, temperature=0.0))
    assert "".join(generator.stream(MESSAGES, max_tokens=8, temperature=0.0)) == first

