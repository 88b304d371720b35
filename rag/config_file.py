"""``rag.toml``: the ``RAG_*`` settings in a file, below the environment and the command line.

Order: a command-line flag, then a ``RAG_*`` environment variable, then the file, then the
default. The file is ``rag.toml`` in the state root (``RAG_HOME``), else in the user's config
folder (``$XDG_CONFIG_HOME/rag/rag.toml``, ``~/.config/rag/rag.toml``); ``RAG_CONFIG`` names
another. Its keys are the variables' names without ``RAG_``, in lower case::

    model = "fast"
    k = 8
    ctx = 8192
    llm_url = "http://127.0.0.1:8080/v1"

An unknown key, a wrong type or a TOML syntax error is one line naming the file and the key.
API keys are not read from it (they come from the environment only). Read with the standard
library's ``tomllib`` (no import cost beyond it: 2 ms).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from rag.errors import UsageError

#: the variables the file may set (RAG_HOME only in the user's config folder: the state root's own
#: file cannot move the state root)
KEYS = (
    "RAG_HOME", "RAG_EMBEDDER", "RAG_MODEL", "RAG_K", "RAG_THREADS", "RAG_CTX", "RAG_MAX_ANSWER_TOKENS",
    "RAG_CHUNK_TOKENS", "RAG_OVERLAP_TOKENS", "RAG_TEMPERATURE", "RAG_LLM_URL", "RAG_LLM_MODEL",
    "RAG_EMBED_URL", "RAG_EMBED_MODEL", "RAG_EMBED_MAX_TOKENS", "RAG_LOCK_TIMEOUT", "RAG_MAX_FILE_MB",
)  # fmt: skip
#: a config file larger than this is not one
MAX_BYTES = 1 << 20

_CACHE: dict[tuple[str, int, int], dict[str, str]] = {}


def user_config() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
    return Path(base) / "rag" / "rag.toml"


def find(home: Path | None) -> Path | None:
    """The config file in force: RAG_CONFIG, else <home>/rag.toml, else the user's (None when none exists)."""
    given = os.environ.get("RAG_CONFIG", "").strip()
    if given:
        path = Path(given).expanduser()
        if not path.is_file():
            raise UsageError(f"RAG_CONFIG names {path}, which is not a file.", hint="Unset RAG_CONFIG or point it at a rag.toml.")
        return path
    for path in ([home / "rag.toml"] if home is not None else []) + [user_config()]:
        if path.is_file():
            return path
    return None


def read(path: Path, in_home: bool = False) -> dict[str, str]:
    """The file's settings as ``{"RAG_K": "8", ...}`` (strings, as the environment gives them)."""
    import tomllib

    try:
        st = path.stat()
        key = (str(path), st.st_mtime_ns, st.st_size)
        if key in _CACHE:
            return _CACHE[key]
        if st.st_size > MAX_BYTES:
            raise UsageError(f"{path} is {st.st_size:,} bytes: not a rag.toml.")
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: not valid TOML ({exc}).", hint="Fix the file, or move it away.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"Cannot read {path} ({exc}).") from None
    out: dict[str, str] = {}
    for name, value in data.items():
        env = f"RAG_{name.upper()}"
        if env not in KEYS:
            known = ", ".join(k.removeprefix("RAG_").lower() for k in KEYS)
            raise UsageError(f"{path}: unknown key {name!r}.", hint=f"Known keys: {known}.")
        if env == "RAG_HOME" and in_home:
            raise UsageError(f"{path}: 'home' cannot be set in the state root's own rag.toml.", hint="Set it in ~/.config/rag/rag.toml or RAG_HOME.")
        out[env] = _text(path, name, value)
    _CACHE[key] = out
    return out


def _text(path: Path, name: str, value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise UsageError(f"{path}: {name} must be a string or a number, not {type(value).__name__}.")
    if isinstance(value, str) and not value.strip():
        raise UsageError(f"{path}: {name} is empty: give a value or remove the line.")
    return str(value)


def values(home: Path | None) -> tuple[dict[str, str], Path | None]:
    """The settings of the config file in force for ``home``, and its path."""
    path = find(home)
    if path is None:
        return {}, None
    return read(path, in_home=home is not None and path == home / "rag.toml"), path


def lookup(env: str, home: Path | None) -> tuple[str, str] | None:
    """(value, where it came from) of one ``RAG_*`` setting from the environment or the config file."""
    raw = os.environ.get(env, "").strip()
    if raw:
        return raw, env
    found, path = values(home)
    return (found[env], f"{path}: {env.removeprefix('RAG_').lower()}") if env in found else None


def number(env: str, home: Path | None, unit: str, *, zero_ok: bool) -> float | None:
    """The number one ``RAG_*`` setting holds (environment, then the config file), None when unset.

    A UsageError names the setting when it is not a finite number, or is negative (or zero, unless
    ``zero_ok``): "nan", "inf" and "-5" are typos, not "no limit" nor "never"."""
    found = lookup(env, home)
    if found is None:
        return None
    raw, origin = found
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not (0 <= value if zero_ok else 0 < value) or value == float("inf"):
        bound = "0 or more" if zero_ok else "more than 0"
        raise UsageError(f"{origin}: expected a number of {unit} ({bound}), got {raw!r}.")
    return value
