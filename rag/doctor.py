"""`rag doctor`: check the models, the index, the offline guarantee and the Python environment."""

from __future__ import annotations

import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from rag.config import Settings, enforce_offline
from rag.errors import RagError


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def _python() -> list[Check]:
    checks = [Check("python", sys.version_info >= (3, 11), sys.version.split()[0], "rag needs Python 3.11 or newer.")]
    missing = [m for m in ("numpy", "faiss", "bm25s", "Stemmer", "tokenizers", "llama_cpp", "rich", "typer", "filelock") if importlib.util.find_spec(m) is None]
    checks.append(
        Check("packages", not missing, "all importable" if not missing else "missing: " + ", ".join(missing), "Run: scripts/setup.sh")
    )
    return checks


def _offline() -> list[Check]:
    enforce_offline()
    flags = {k: os.environ.get(k) for k in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
    ok = all(v == "1" for v in flags.values())
    return [Check("offline", ok, ", ".join(f"{k}={v}" for k, v in flags.items()), "rag sets these itself; report a bug.")]


def _models(settings: Settings, verify: bool) -> list[Check]:
    from rag import models

    out: list[Check] = []
    for name in (settings.embedder, settings.model):
        if Path(name).expanduser().exists():
            out.append(Check(f"model {name}", True, "a path given by the user"))
            continue
        try:
            spec = models.resolve_name(name)
        except RagError as exc:
            out.append(Check(f"model {name}", False, str(exc), "See: rag models list"))
            continue
        state = models.status(spec, settings)
        if state == "installed" and verify:
            state = "installed, checksum ok" if models.verify(spec, settings) else "checksum mismatch"
        ok = state.startswith("installed")
        out.append(Check(f"model {spec.name}", ok, state, f"Run: {spec.install_command}"))
    return out


def _index(settings: Settings) -> list[Check]:
    from rag.documents import file_sha256
    from rag.store import IndexStore

    store = IndexStore(settings.index_dir)
    try:
        loaded = store.load(verify=True)
        _ = loaded.dense.ntotal
    except RagError as exc:
        return [Check("index", False, str(exc).split(" Run:")[0], "Run: rag ingest --rebuild" if store.exists() else "Run: rag ingest")]
    checks = [Check("index", True, f"{len(loaded.chunks)} chunks from {len(loaded.manifest.files)} files, {loaded.manifest.index_type}")]
    name = loaded.manifest.embedder.get("name")
    want = settings.embedder
    checks.append(Check("index embedder", name == want or Path(want).name == name, f"built with {name}; configured {want}", "Run: rag ingest --rebuild"))
    stale = []
    for path, info in loaded.manifest.files.items():
        p = Path(path)
        try:
            st = p.stat()
        except OSError:
            stale.append(f"{p.name} (deleted)")
            continue
        if st.st_size != info["size"] or (st.st_mtime_ns != info["mtime_ns"] and file_sha256(p) != info["sha256"]):
            stale.append(f"{p.name} (changed)")
    checks.append(Check("index freshness", not stale, "agrees with the files on disk" if not stale else "stale: " + ", ".join(stale[:5]), "Run: rag ingest"))
    return checks


def run_checks(settings: Settings, verify_models: bool = True) -> list[Check]:
    """All checks, in the order they are shown."""
    return _python() + _offline() + _models(settings, verify_models) + _index(settings)
