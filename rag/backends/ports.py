"""The ports: what rag needs from an embedder, a language model and a vector index.

Every backend implements one of these protocols; :mod:`rag.backends.registry`
turns a name, an alias, a path or a URL from :class:`~rag.config.Settings`
into one, and :class:`rag.runtime.Runtime` holds what is loaded. Tests
register fakes through the same registry (:mod:`rag.testing`), and
``tests/test_contracts.py`` runs one suite of cases against every
implementation of a port.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Protocol, Sequence, runtime_checkable

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    from rag.index.loaded_index import LoadedIndex
    from rag.index.manifest import Manifest
    from rag.records import Chunk

ProgressFn = Callable[[int], None]
Message = dict[str, str]


class Embedder(Protocol):
    """What ingest and retrieval need from an embedding model."""

    name: str
    dim: int
    #: word pieces the model reads, special tokens included
    max_tokens: int

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Word pieces of each text, without special tokens (an upper estimate where the tokenizer is remote)."""
        ...

    def embed(self, texts: Sequence[str], batch_size: int = 32, on_batch: ProgressFn | None = None) -> np.ndarray:
        """(len(texts), dim) float32, each row L2-normalised."""
        ...


class Generator(Protocol):
    """What the answer path needs from a language model.

    ``count_tokens`` and ``prompt_tokens`` budget the prompt. A local model
    counts exactly with its own chat template; a remote one may only
    estimate, and then must err high, so that a prompt never overflows the
    context (rag trims passages to fit, never the instruction or question).
    """

    name: str
    #: the context size in tokens that prompt and answer share
    n_ctx: int

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` in the model's vocabulary (or an upper estimate)."""
        ...

    def prompt_tokens(self, messages: list[Message]) -> int:
        """Tokens of the whole chat prompt, template included (or an upper estimate)."""
        ...

    def stream(self, messages: list[Message], max_tokens: int, temperature: float = 0.0) -> Iterator[str]:
        """The answer, piece by piece."""
        ...


@runtime_checkable
class Judge(Protocol):
    """A language model that can also say how likely "yes" is as its reply, against "no".

    The answer path asks it whether the cited passages state the answer it gave (rag.answering.verification).
    A local model reads its own next-token probabilities; a generator without this method is not
    asked, and its answers stand on the other checks alone.
    """

    #: the probability below which its answers are refused, calibrated for this model; None: not calibrated
    #: (then it is asked only when RAG_MIN_ANSWERABILITY sets a threshold)
    min_answerability: float | None
    #: the same for the prompt without the answer, asked for a question without constraints (rag.answering.verification)
    min_contains: float | None

    def yes_probability(self, messages: list[Message]) -> float | None:
        """P(yes) / (P(yes) + P(no)) for the first token of the reply to ``messages``; None when the model
        cannot say (no such tokens, or hardly any probability on either)."""
        ...


class VectorIndex(Protocol):
    """Exact or approximate inner-product search over L2-normalised vectors.

    Positions are 0-based, in the order the vectors were added; a position
    that holds no result is -1 with score -inf.
    """

    #: the vector size
    dim: int
    #: "flat" (exact) or "hnsw" (approximate)
    kind: str

    def __len__(self) -> int:
        """How many vectors it holds."""
        ...

    def add(self, vectors: np.ndarray) -> None:
        """Append ``vectors`` ((n, dim) float32)."""
        ...

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, positions), each (len(queries), k), best first."""
        ...

    def reconstruct(self, positions: Sequence[int] | None = None) -> np.ndarray:
        """The stored vectors (all, or at ``positions``), (n, dim) float32."""
        ...


class FileVectorIndex(VectorIndex, Protocol):
    """A vector index that lives in this process and is kept in one file (FAISS, NumPy);
    a database-backed index persists in its database instead."""

    def save(self, path: Path) -> None:
        """Write the index to one file."""
        ...


class Store(Protocol):
    """Where index generations live: the files under the state root (the default) or a database.

    A generation is written whole beside the live one and made live atomically; a reader sees
    the old one or the new one, never a mix; the ingest lock keeps two writers apart.
    """

    @property
    def location(self) -> str:
        """Where it is, for messages (never with credentials)."""
        ...

    def lock(self, timeout: float) -> AbstractContextManager[None]:
        """Hold the ingest lock; LockedError after ``timeout`` seconds."""
        ...

    def generation(self) -> str | None:
        """The live generation's name; None when there is no index yet."""
        ...

    def exists(self) -> bool:
        """Whether an index was ever made live here."""
        ...

    def load(self, verify: bool = True) -> "LoadedIndex":
        """The live index (NoIndexError, IndexCorruptError)."""
        ...

    def read_manifest(self) -> "Manifest":
        """The live generation's manifest (NoIndexError, IndexCorruptError)."""
        ...

    def write(self, manifest: "Manifest", chunks: "list[Chunk]", vectors: np.ndarray) -> str:
        """Write a new generation and make it live atomically; returns its name."""
        ...

    def clean(self) -> None:
        """Remove generations no reader needs any more, and leftovers of interrupted writes."""
        ...

    def orphaned(self) -> bool:
        """Whether generations were left without a live pointer (then ingest rebuilds)."""
        ...

    def salvage(self) -> tuple[list[str], list[str]]:
        """The folders a damaged index was built from and the paths removed from them, when still known."""
        ...
