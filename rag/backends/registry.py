"""One registry that turns a name, an alias, a path or a URL into a backend.

- Embedders: ``settings.embed_url`` set means an OpenAI-compatible
  ``/v1/embeddings`` server; a name registered here (tests register their
  fakes this way) means its factory; anything else is a catalogue name or a
  sentence-transformers folder, run in this process.
- Generators: ``settings.llm_url`` set means an OpenAI-compatible
  ``/v1/chat/completions`` server; a registered name means its factory;
  anything else is a catalogue name, an alias or a ``.gguf`` path run by
  llama.cpp in this process.
- Vector indexes: ``faiss`` (the default) and ``exact`` (NumPy).
- Stores: ``settings.store`` empty means the files under the state root (FAISS);
  a ``postgresql://`` URI means PostgreSQL with pgvector (:mod:`rag.backends.pg_store`).

API keys are read from the environment here (``RAG_LLM_API_KEY``,
``RAG_EMBED_API_KEY``) and handed to the backend only: they are not settings,
so they are never printed, logged or written with them.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:  # pragma: no cover
    from rag.backends.ports import Embedder, Generator, Store
    from rag.config import Settings

EmbedderFactory = Callable[["Settings"], "Embedder"]
GeneratorFactory = Callable[["Settings", str], "Generator"]

_EMBEDDERS: dict[str, EmbedderFactory] = {}
_GENERATORS: dict[str, GeneratorFactory] = {}


def register_embedder(name: str, factory: EmbedderFactory) -> Callable[[], None]:
    """Make ``name`` (as ``--embedder`` / ``RAG_EMBEDDER``) build its embedder with ``factory``.

    Returns a function that undoes the registration.
    """
    _EMBEDDERS[name] = factory
    return lambda: _EMBEDDERS.pop(name, None) and None


def register_generator(name: str, factory: GeneratorFactory) -> Callable[[], None]:
    """Make ``name`` (as ``--model`` / ``RAG_MODEL``) build its generator with ``factory``.

    Returns a function that undoes the registration.
    """
    _GENERATORS[name] = factory
    return lambda: _GENERATORS.pop(name, None) and None


def is_registered_generator(name: str) -> bool:
    return name in _GENERATORS


def build_embedder(settings: "Settings") -> "Embedder":
    """The embedder that ``settings`` name."""
    if settings.embed_url:
        from rag.backends.openai_embedding import OpenAIEmbedder

        return OpenAIEmbedder(
            settings.embed_url,
            settings.embed_model or None,
            api_key=os.environ.get("RAG_EMBED_API_KEY") or None,
            max_tokens=settings.embed_max_tokens,
        )
    factory = _EMBEDDERS.get(settings.embedder)
    if factory is not None:
        return factory(settings)
    from rag.backends.minilm import load_local_embedder

    return load_local_embedder(settings)


def build_generator(settings: "Settings", model: str | None = None) -> "Generator":
    """The generator that ``settings`` name (``model`` overrides ``settings.model`` for a local one)."""
    if settings.llm_url and model is None:
        from rag.backends.openai_http import OpenAIGenerator

        return OpenAIGenerator(
            settings.llm_url,
            settings.llm_model or None,
            api_key=os.environ.get("RAG_LLM_API_KEY") or None,
            n_ctx=settings.n_ctx,
        )
    name = model or settings.model
    factory = _GENERATORS.get(name)
    if factory is not None:
        return factory(settings, name)
    from rag.backends.llama_cpp import load_llama_generator

    return load_llama_generator(settings, name)


def vector_index_backend(name: str = "faiss") -> Any:
    """The class of the vector index backend ``name``: it has ``create(dim, kind)`` and ``load(path)``."""
    if name == "faiss":
        from rag.backends.faiss_index import FaissIndex

        return FaissIndex
    if name == "exact":
        from rag.backends.exact_index import ExactIndex

        return ExactIndex
    raise ValueError(f"unknown vector index backend {name!r}")


def build_store(settings: "Settings") -> "Store":
    """The store that holds the index ``settings`` name: files under the state root, or a database."""
    if settings.store:
        from rag.backends.pg_store import PgStore

        return PgStore(settings.store, collection=settings.collection)
    from rag.index.store import IndexStore

    return IndexStore(settings.index_dir)
