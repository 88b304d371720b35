"""Settings: CLI flag > RAG_* environment variable > default.

All on-disk state lives under one root, ``Settings.home`` (``RAG_HOME``).
From a source checkout the default root is the checkout itself, so that the
index lives in ``.rag/`` and model files in ``models/`` beside the code; an
installed copy defaults to ``~/.local/share/rag``.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from rag.errors import UsageError

#: the repository root when running from a checkout (pyproject.toml beside the package)
_CHECKOUT = Path(__file__).resolve().parent.parent

DEFAULT_EMBEDDER = "all-MiniLM-L6-v2"
DEFAULT_MODEL = "qwen2.5-coder-1.5b"


def default_home() -> Path:
    """The state root used when neither ``--home`` nor ``RAG_HOME`` is given."""
    if (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "models").is_dir():
        return _CHECKOUT
    return Path(os.path.expanduser("~/.local/share/rag"))


def default_corpus() -> Path:
    """The corpus `rag ingest` uses without arguments: ``seeds/`` of the checkout, else the cwd's."""
    local = Path.cwd() / "seeds"
    if local.is_dir():
        return local
    return _CHECKOUT / "seeds"


def enforce_offline() -> None:
    """Turn on the offline switches of huggingface_hub and transformers.

    rag never reaches a model hub; these are set (not merely defaulted) before
    any of those libraries is imported, so that a stray lookup fails fast
    instead of hanging on the closed network.
    """
    for key in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
        os.environ[key] = "1"
    os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
    os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


DEFAULT_COLLECTION = "default"
COLLECTION_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")

#: the largest context a GGUF model of this size class is trained for (128k); more only costs memory
MAX_CTX = 131072


@dataclass(frozen=True)
class Settings:
    """Every tunable of rag. Build it with :meth:`load` to apply env vars and overrides."""

    home: Path = field(default_factory=default_home)
    embedder: str = DEFAULT_EMBEDDER
    model: str = DEFAULT_MODEL
    k: int = 5
    threads: int = field(default_factory=_cpu_count)
    n_ctx: int = 4096
    max_answer_tokens: int = 256
    chunk_tokens: int = 128
    overlap_tokens: int = 24
    temperature: float = 0.0
    #: retrieval candidates taken from each of the dense and lexical lists before fusion
    candidates: int = 30
    #: an OpenAI-compatible LLM server (base URL); empty: the local model
    llm_url: str = ""
    #: the model to ask on that server; empty: the first it lists
    llm_model: str = ""
    #: an OpenAI-compatible embedding server (base URL); empty: the local embedder
    embed_url: str = ""
    #: the embedding model on that server; empty: the first it lists
    embed_model: str = ""
    #: word pieces the server's embedding model reads (MiniLM: 256)
    embed_max_tokens: int = 256
    #: where the index lives: empty for the files under ``home`` (FAISS), or a postgresql:// URI
    store: str = ""
    #: which collection (an index of its own, with its own folders) the commands work on
    collection: str = DEFAULT_COLLECTION
    #: the model's probability that the cited passages state its answer, below which rag refuses
    #: (rag.answering.verification); None: the threshold calibrated for the model in models/catalog.toml (a model
    #: without one is not asked); 0 turns the check off
    min_answerability: float | None = None
    #: the same for the prompt without the answer, asked when the question has no constraint (RAG_MIN_CONTAINS)
    min_contains: float | None = None

    # env var name -> field name
    _ENV = {
        "RAG_HOME": "home",
        "RAG_EMBEDDER": "embedder",
        "RAG_MODEL": "model",
        "RAG_K": "k",
        "RAG_THREADS": "threads",
        "RAG_CTX": "n_ctx",
        "RAG_MAX_ANSWER_TOKENS": "max_answer_tokens",
        "RAG_CHUNK_TOKENS": "chunk_tokens",
        "RAG_OVERLAP_TOKENS": "overlap_tokens",
        "RAG_TEMPERATURE": "temperature",
        "RAG_LLM_URL": "llm_url",
        "RAG_LLM_MODEL": "llm_model",
        "RAG_EMBED_URL": "embed_url",
        "RAG_EMBED_MODEL": "embed_model",
        "RAG_EMBED_MAX_TOKENS": "embed_max_tokens",
        "RAG_STORE": "store",
        "RAG_COLLECTION": "collection",
        "RAG_MIN_ANSWERABILITY": "min_answerability",
        "RAG_MIN_CONTAINS": "min_contains",
    }

    @classmethod
    def load(cls, **overrides: Any) -> "Settings":
        """Defaults, then ``rag.toml`` (see :mod:`rag.config_file`), then ``RAG_*`` environment
        variables, then non-None ``overrides`` (CLI flags)."""
        from rag import config_file

        values: dict[str, Any] = {}
        types = {f.name: f.type for f in fields(cls)}
        home_raw = overrides.get("home") or os.environ.get("RAG_HOME", "").strip()
        home = Path(os.path.expanduser(str(home_raw))).resolve() if home_raw else None
        from_file, path = config_file.values(home if home is not None else default_home())
        for env, name in cls._ENV.items():
            if env in from_file:
                values[name] = _coerce(name, types[name], from_file[env], f"{path}: {env.removeprefix('RAG_').lower()}")
            raw = os.environ.get(env)
            if raw is not None and raw.strip() != "":
                values[name] = _coerce(name, types[name], raw.strip(), env)
        for name, value in overrides.items():
            if value is not None:
                values[name] = _coerce(name, types[name], value, f"--{name.replace('_', '-')}")
        settings = cls(**values)
        try:
            settings.validate()
        except UsageError as exc:
            if not from_file:
                raise
            # the bad value may be the file's: say that it was read
            raise UsageError(f"{exc.args[0].rstrip('.')} (settings read from {path}).", hint=exc.hint) from None
        return settings

    def with_(self, **changes: Any) -> "Settings":
        """A copy with some fields changed."""
        return replace(self, **changes)

    def validate(self) -> None:
        if self.k < 1 or self.k > 100:
            raise UsageError(f"k must be between 1 and 100, not {self.k}.")
        if self.threads < 1:
            raise UsageError(f"threads must be at least 1, not {self.threads}.")
        if self.chunk_tokens < 16 or self.chunk_tokens > 254:
            raise UsageError("chunk_tokens must be between 16 and 254 (the embedder reads 256 word pieces).")
        if not 0 <= self.overlap_tokens < self.chunk_tokens // 2:
            raise UsageError("overlap_tokens must be at least 0 and less than half of chunk_tokens.")
        if not 512 <= self.n_ctx <= MAX_CTX:
            raise UsageError(f"n_ctx (RAG_CTX) must be between 512 and {MAX_CTX} tokens, not {self.n_ctx}.")
        if not 1 <= self.max_answer_tokens <= self.n_ctx // 2:
            # 0 or less means "no limit" to llama.cpp: an answer that never stops
            raise UsageError(
                f"max_answer_tokens (RAG_MAX_ANSWER_TOKENS) must be between 1 and half the context "
                f"({self.n_ctx // 2}), not {self.max_answer_tokens}."
            )
        if not (math.isfinite(self.temperature) and 0 <= self.temperature <= 2):
            # NaN makes llama.cpp's sampler spin forever
            raise UsageError(f"temperature (RAG_TEMPERATURE) must be between 0 and 2, not {self.temperature}.")
        for name, url in (("llm_url (RAG_LLM_URL)", self.llm_url), ("embed_url (RAG_EMBED_URL)", self.embed_url)):
            if url and not _is_http_url(url):
                raise UsageError(f"{name} must be an http:// or https:// URL, not {url[:80]!r}.", hint="For example http://127.0.0.1:8080/v1")
        for name, value in (("min_answerability (RAG_MIN_ANSWERABILITY)", self.min_answerability), ("min_contains (RAG_MIN_CONTAINS)", self.min_contains)):
            if value is not None and not (math.isfinite(value) and 0 <= value <= 1):
                raise UsageError(f"{name} must be between 0 and 1, not {value}.")
        if not 16 <= self.embed_max_tokens <= 8192:
            raise UsageError(f"embed_max_tokens (RAG_EMBED_MAX_TOKENS) must be between 16 and 8192, not {self.embed_max_tokens}.")
        if not COLLECTION_NAME.fullmatch(self.collection):
            raise UsageError(
                f"The collection name {self.collection[:60]!r} must be 1-40 lower-case letters, digits, - or _, starting with a letter or digit.",
                hint="For example: rag --collection work-notes ingest ~/notes",
            )
        if self.store:
            from rag.backends.pg_server import parse

            parse(self.store)  # a UsageError with an example when it is not a store URI
        if self.home.exists() and not self.home.is_dir():
            raise UsageError(f"The rag home {self.home} is a file, not a folder.", hint="Set RAG_HOME or --home to a folder.")

    @property
    def index_dir(self) -> Path:
        """The file store's folder of this collection (the default one where rag always kept its index)."""
        if self.collection == DEFAULT_COLLECTION:
            return self.home / ".rag" / "index"
        return self.collections_dir / self.collection / "index"

    @property
    def collections_dir(self) -> Path:
        return self.home / ".rag" / "collections"

    @property
    def models_dir(self) -> Path:
        return self.home / "models"

    @property
    def eval_results_dir(self) -> Path:
        return self.home / "eval" / "results"


def _is_http_url(url: str) -> bool:
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _coerce(name: str, typ: Any, raw: Any, origin: str) -> Any:
    typ = str(typ)
    if isinstance(raw, str) and not raw.strip():
        # `--home "$DIR"` with DIR unset must not quietly mean the current folder
        raise UsageError(f"{origin} is empty: give a value for {name}.")
    try:
        if "Path" in typ:
            return Path(os.path.expanduser(str(raw))).resolve()
        if typ == "int":
            return int(raw)
        if "float" in typ:
            return float(raw)
    except (TypeError, ValueError):
        kind = {"int": "a whole number", "float": "a number", "float | None": "a number"}.get(typ, "a path")
        raise UsageError(f"{origin}: expected {kind} for {name}, got {raw!r}.") from None
    return str(raw)
