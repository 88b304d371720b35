"""An embedding model behind an OpenAI-compatible server's ``/v1/embeddings`` (llama-cpp-python's server
with ``--embedding True``, llama-server, vLLM, Ollama). Importing this module loads neither httpx nor numpy."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rag.backends.http_client import Hints
from rag.backends.openai_http import RemoteModel

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from rag.backends.ports import ProgressFn


class OpenAIEmbedder(RemoteModel):
    """An embedding model behind an OpenAI-compatible ``/v1/embeddings``; rows L2-normalised here."""

    def __init__(
        self,
        base_url: str,
        model: str | None = None,
        api_key: str | None = None,
        max_tokens: int = 256,
        timeout: float = 120.0,
        connect_timeout: float = 5.0,
        retries: int = 2,
    ) -> None:
        hints = Hints(
            "embedding server",
            "--embed-url / RAG_EMBED_URL",
            "RAG_EMBED_API_KEY",
            "RAG_EMBED_MODEL",
            "Set RAG_EMBED_MAX_TOKENS to what the server's model reads, or lower RAG_CHUNK_TOKENS.",
        )
        super().__init__(base_url, model, api_key, hints, timeout, connect_timeout, retries)
        self.max_tokens = max_tokens
        self._dim: int | None = None

    def _default_name(self) -> str:
        """The model's name as the server lists it (an index records which embedder built it)."""
        return self.model

    @property
    def dim(self) -> int:
        """The vector size, learned from one embedding (once)."""
        if self._dim is None:
            self._embed_batch(["dimension"])
        assert self._dim is not None
        return self._dim

    @dim.setter
    def dim(self, value: int) -> None:
        self._dim = value

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Word pieces of each text, without special tokens (an upper estimate where the server cannot count)."""
        return [self._count(t) for t in texts]

    def embed(self, texts: Sequence[str], batch_size: int = 32, on_batch: ProgressFn | None = None) -> np.ndarray:
        """(len(texts), dim) float32, rows L2-normalised, in the order of ``texts``."""
        import numpy as np

        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = []
        for start in range(0, len(texts), max(1, batch_size)):
            batch = texts[start : start + max(1, batch_size)]
            parts.append(self._embed_batch(batch))
            if on_batch:
                on_batch(len(batch))
        out = np.concatenate(parts)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return (out / norms).astype(np.float32)

    def _embed_batch(self, batch: list[str]) -> np.ndarray:
        import numpy as np

        path = "/v1/embeddings"
        body = self._server.call("POST", path, {"model": self.model, "input": batch})
        data = body.get("data") if isinstance(body, dict) else None
        try:
            rows = sorted(data, key=lambda d: d.get("index", 0)) if isinstance(data, list) else []
            vectors = np.asarray([d["embedding"] for d in rows], dtype=np.float32)
        except (TypeError, ValueError, KeyError, AttributeError):
            vectors = np.zeros((0, 0), dtype=np.float32)
        if vectors.ndim != 2 or len(vectors) != len(batch) or vectors.shape[1] == 0 or not np.isfinite(vectors).all():
            raise self._server.fail(
                f"The embedding server at {self._server.url} answered {path} without one finite vector per text "
                f"({len(batch)} texts sent).",
                "Check that the server runs an embedding model (llama-cpp-python: --embedding True).",
            )
        if self._dim is not None and vectors.shape[1] != self._dim:
            raise self._server.fail(
                f"The embedding server at {self._server.url} changed its vector size from {self._dim} to {vectors.shape[1]}.",
                "Check which model it serves.",
            )
        self._dim = int(vectors.shape[1])
        return vectors
