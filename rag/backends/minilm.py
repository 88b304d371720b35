"""Embedders: text in, L2-normalised float32 vectors out.

:class:`MiniLMEmbedder` counts tokens with the ``tokenizers`` library (no
torch) and embeds with an ONNX export when one exists under
``<home>/models/`` (fast start, see ``rag.models.onnx_export``), else with
sentence-transformers. Both give the same vectors (cosine >= 0.999, tested).
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import Any, Iterator, Sequence

import numpy as np

from rag.backends.ports import Embedder, ProgressFn
from rag.config import Settings, enforce_offline
from rag.errors import ModelError

__all__ = ["Embedder", "MiniLMEmbedder", "ProgressFn", "load_local_embedder"]


def _normalise_rows(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 (or any sentence-transformers BERT-style folder) loaded from disk only."""

    def __init__(self, name: str, folder: Path, dim: int, max_tokens: int, onnx_path: Path | None = None) -> None:
        self.name = name
        self.folder = folder
        self.dim = dim
        self.max_tokens = max_tokens
        self.onnx_path = onnx_path if onnx_path is not None and onnx_path.is_file() else None
        self._st: Any = None
        self._onnx: Any = None

    @property
    def backend(self) -> str:
        return "onnx" if self.onnx_path is not None else "sentence-transformers"

    @cached_property
    def tokenizer(self) -> Any:
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(str(self.folder / "tokenizer.json"))
        tok.no_truncation()
        tok.no_padding()
        return tok

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        return [len(e.ids) for e in self.tokenizer.encode_batch(list(texts), add_special_tokens=False)]

    def embed(self, texts: Sequence[str], batch_size: int = 32, on_batch: ProgressFn | None = None) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = []
        for start in range(0, len(texts), batch_size):
            batch = texts[start : start + batch_size]
            out.append(self._embed_onnx(batch) if self.onnx_path else self._embed_st(batch))
            if on_batch:
                on_batch(len(batch))
        return _normalise_rows(np.vstack(out))

    def _embed_st(self, batch: list[str]) -> np.ndarray:
        if self._st is None:
            from rag.process.stage import stage

            stage(f"loading the embedder {self.name} (sentence-transformers)")
            enforce_offline()
            import logging

            logging.getLogger("sentence_transformers").setLevel(logging.ERROR)
            from sentence_transformers import SentenceTransformer

            with self._loading(self.folder):
                self._st = SentenceTransformer(str(self.folder), device="cpu", local_files_only=True)
            stage(f"embedding with {self.name} (sentence-transformers)")
        return self._st.encode(batch, batch_size=len(batch), normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)

    @contextmanager
    def _loading(self, where: object) -> Iterator[None]:
        """Weights that cannot be loaded (an empty or damaged model.safetensors, a foreign .onnx) are a
        model error naming ``where``; running out of memory is not the model's fault and passes."""
        try:
            yield
        except MemoryError:
            raise
        except Exception as exc:  # noqa: BLE001 - OSError, SafetensorError, onnxruntime's errors, ...
            detail = (str(exc).strip().splitlines() or [""])[0][:160]
            raise ModelError(
                f"The embedder {self.name} at {where} cannot be loaded ({exc.__class__.__name__}: {detail}).",
                hint="Install it again (rag models list names the command), or set RAG_EMBEDDER to a complete model.",
            ) from None

    def _embed_onnx(self, batch: list[str]) -> np.ndarray:
        if self._onnx is None:
            from rag.process.stage import stage

            stage(f"loading the embedder {self.name} (onnxruntime)")
            import onnxruntime as ort

            opts = ort.SessionOptions()
            opts.log_severity_level = 3
            with self._loading(self.onnx_path):
                self._onnx = ort.InferenceSession(str(self.onnx_path), opts, providers=["CPUExecutionProvider"])
            stage(f"embedding with {self.name} (onnxruntime)")
            self._onnx_inputs = {i.name for i in self._onnx.get_inputs()}
        tok = self.tokenizer
        encodings = tok.encode_batch(batch, add_special_tokens=True)
        limit = self.max_tokens
        length = min(limit, max(len(e.ids) for e in encodings))
        ids = np.zeros((len(batch), length), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, enc in enumerate(encodings):
            seq = enc.ids
            if len(seq) > limit:  # like sentence-transformers: truncate, keep [SEP] last
                seq = seq[: limit - 1] + seq[-1:]
            ids[row, : len(seq)] = seq
            mask[row, : len(seq)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._onnx_inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._onnx.run(None, feeds)[0]
        # mean pooling over real tokens, as the model's 1_Pooling config says
        m = mask[:, :, None].astype(np.float32)
        pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
        return _normalise_rows(pooled)


def load_local_embedder(settings: Settings) -> Embedder:
    """The in-process embedder named by ``settings.embedder``: a catalogue name, or a sentence-transformers folder.

    Use :func:`rag.backends.registry.build_embedder` (or a :class:`~rag.runtime.Runtime`) rather than
    this: it also knows servers and registered embedders."""
    from rag.models import catalog as models

    enforce_offline()
    candidate = Path(settings.embedder).expanduser()
    if candidate.is_dir():
        candidate = candidate.resolve()
        if not (candidate / "tokenizer.json").is_file():
            raise ModelError(f"{candidate} is not a sentence-transformers model folder (no tokenizer.json).")
        import json

        def read(name: str) -> dict:
            path = candidate / name
            try:
                return json.loads(path.read_text()) if path.is_file() else {}
            except (OSError, ValueError):
                raise ModelError(f"{path} is unreadable.") from None

        dim = int(read("config.json").get("hidden_size", 384))
        max_tokens = int(read("sentence_bert_config.json").get("max_seq_length", 256))
        return MiniLMEmbedder(str(candidate), candidate, dim, max_tokens)
    spec = models.resolve_name(settings.embedder, kind="embedder")
    if spec.kind != "embedder":
        raise ModelError(f"{spec.name} is a language model, not an embedder.", hint="See rag models list.")
    try:
        folder = spec.target(settings)
    except ModelError:
        raise ModelError(f"Embedder {spec.name} is not installed.", hint=f"Run: {spec.install_command}") from None
    if not (folder / "tokenizer.json").is_file():
        raise ModelError(f"Embedder {spec.name} is incomplete at {folder}.", hint=f"Run: {spec.install_command}")
    from rag.models import onnx_export

    onnx: Path | None = settings.models_dir / f"{spec.name}.onnx"
    if not onnx_export.is_current(onnx, folder):  # type: ignore[arg-type]
        onnx = None  # missing or stale export: sentence-transformers gives the same vectors, only slower to start
    return MiniLMEmbedder(spec.name, folder, spec.dim or 384, spec.max_tokens or 256, onnx)
