"""The one object that holds what is loaded: settings, embedder, generator, and the live index.

Every library entry point (``ingest``, ``search``, ``ask``, the chat session,
``run_eval``, ``rag bench``, ``rag doctor``) takes a :class:`Runtime` (or
:class:`~rag.config.Settings`, which it wraps). The backends are built through
:mod:`rag.backends.registry` the first time they are needed and kept for the
life of the runtime, so a chat or an evaluation loads each model once and
llama.cpp keeps its evaluated prompt prefix between questions. Tests build a
runtime with fakes: ``Runtime(settings, embedder=FakeEmbedder())``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

from rag.config import Settings

if TYPE_CHECKING:  # pragma: no cover
    from rag.backends.ports import Embedder, Generator, Store
    from rag.index.retrieval import Retriever


class Runtime:
    """Settings and the backends loaded for them."""

    def __init__(self, settings: Settings, *, embedder: "Embedder | None" = None, generator: "Generator | None" = None) -> None:
        self.settings = settings
        self._embedder = embedder
        self._generator = generator
        self._retriever: "Retriever | None" = None
        self._retriever_generation: str | None = None
        self._store: "Store | None" = None

    @classmethod
    def of(cls, target: "Settings | Runtime") -> "Runtime":
        """``target`` itself, or a new runtime for settings."""
        return target if isinstance(target, Runtime) else cls(target)

    @property
    def embedder(self) -> "Embedder":
        """The embedder, built on first use."""
        if self._embedder is None:
            from rag.backends.registry import build_embedder

            self._embedder = build_embedder(self.settings)
        return self._embedder

    @property
    def generator(self) -> "Generator":
        """The language model, built on first use (its weights load on its first answer)."""
        if self._generator is None:
            from rag.backends.registry import build_generator

            self._generator = build_generator(self.settings)
        return self._generator

    @property
    def model_label(self) -> str:
        """The language model's name, without loading it."""
        if self._generator is not None:
            return self._generator.name
        if self.settings.llm_url:
            from rag.backends.http_client import shown_url

            return self.settings.llm_model or shown_url(self.settings.llm_url)
        return self.settings.model

    @property
    def has_generator(self) -> bool:
        """Whether the generator was built already."""
        return self._generator is not None

    @property
    def store(self) -> "Store":
        """Where the index lives (files under the state root, or a database), opened on first use."""
        if self._store is None:
            from rag.backends.registry import build_store

            self._store = build_store(self.settings)
        return self._store

    def retriever(self) -> "Retriever":
        """A retriever over the live index, loaded again when an ingest has switched generations."""
        from rag.index.retrieval import Retriever
        from rag.library import missing_collection_named

        store = self.store
        current = store.generation()
        if self._retriever is not None and current is not None and current == self._retriever_generation:
            return self._retriever
        with missing_collection_named(self.settings):
            index = store.load()
        self._retriever = Retriever(index, self.embedder)
        self._retriever_generation = index.generation
        return self._retriever


RuntimeLike = Union[Settings, Runtime]
