"""`rag doctor`: check the models, the index, the offline guarantee and the Python environment."""

from __future__ import annotations

import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Mapping

from rag.backends.ports import Embedder
from rag.config import Settings, enforce_offline
from rag.errors import NoIndexError, RagError, StoreError
from rag.records import display_path
from rag.runtime import Runtime, RuntimeLike

if TYPE_CHECKING:  # pragma: no cover
    from rag.models import catalog as models


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


def _catalogue_spec(name: str) -> "models.ModelSpec | None":
    from rag.models import catalog as models

    try:
        return models.resolve_name(name)
    except RagError:
        return None


def _embedder(rt: Runtime, verify: bool) -> tuple[list[Check], Embedder | None]:
    """Whether the configured embedder loads (without reading its weights) and, with ``verify``,
    its weights match the catalogue checksum. Returns the embedder, for the index check."""
    from rag.models import catalog as models

    settings = rt.settings
    label = f"embedder {_shown(settings.embed_url) or settings.embedder}"
    try:
        embedder = rt.embedder
        _ = embedder.dim  # a server is asked here
    except RagError as exc:
        return [Check(label, False, exc.args[0], exc.hint or "See: rag models list")], None
    spec = _catalogue_spec(embedder.name)
    detail = f"{embedder.dim}-d, reads {embedder.max_tokens} word pieces"
    if spec is None or spec.kind != "embedder":
        return [Check(f"embedder {embedder.name}", True, detail + " (a folder given by the user)" if os.sep in embedder.name else detail)], embedder
    state = models.status(spec, settings)
    if verify and state != "not installed":
        state = "installed, checksum ok" if models.verify(spec, settings) else "checksum mismatch"
    ok = state.startswith("installed")
    return [Check(f"embedder {spec.name}", ok, f"{state}; {detail}", f"Run: {spec.install_command}")], embedder


def _llm(settings: Settings, verify: bool, run: bool = True) -> list[Check]:
    """Whether the configured LLM is there, complete (size and mtime as verified) and a GGUF file;
    with ``verify``, whether a catalogue model still matches its sha256; with ``run``, whether it
    generates (in a child process)."""
    from rag.models import catalog as models

    try:
        name, path = models.resolve_llm(settings.model, settings)
    except RagError as exc:
        spec = _catalogue_spec(settings.model)
        fix = exc.hint or (f"Run: {spec.install_command}" if spec else "See: rag models list")
        return [Check(f"model {settings.model}", False, exc.args[0], fix)]
    spec = _catalogue_spec(name)
    if spec is None or spec.kind != "llm":
        return [Check(f"model {name}", True, f"{path} (a GGUF file given by the user)")] + (_llm_runs(name, path, settings) if run else [])
    state = "installed"
    if verify:
        state = "installed, checksum ok" if models.verify(spec, settings) else "checksum mismatch"
    ok = state.startswith("installed")
    checks = [Check(f"model {spec.name}", ok, state, f"Run: {spec.install_command}")]
    return checks + (_llm_runs(spec.name, path, settings) if run and ok else [])


def _llm_runs(name: str, path: Path, settings: Settings) -> list[Check]:
    """Whether the model generates: loaded in a child process, where a native crash is a verdict
    instead of the end of rag doctor (issue 16: every check was ok while every answer crashed)."""
    from rag.models import selftest

    label = f"model {name} generates"
    first = selftest.probe(path, settings.threads)
    if first.ok:
        return [Check(label, True, f"{selftest.PROBE_TOKENS} tokens in a child process ({first.seconds:.1f} s with loading)")]
    if not first.crashed:
        return [Check(label, False, first.detail, "Check the file, or reinstall it: rag models install NAME")]
    rebuild = "Run: scripts/setup.sh (rebuilds llama-cpp-python for this CPU, without AMX kernels)"
    second = selftest.probe(path, settings.threads, safe=True)
    if second.ok:
        detail = (
            f"llama.cpp crashes ({first.signal_name}) with its default kernels on this CPU; rag works around it "
            f"with {selftest.SAFE_SETTING}, but other programs using this build (llama_cpp.server) crash"
        )
        return [Check(label, False, detail, rebuild)]
    return [Check(label, False, f"llama.cpp crashes ({first.signal_name}) on this CPU, also with {selftest.SAFE_SETTING}", rebuild)]


def _chunking(chunker: Mapping[str, object]) -> str:
    return f"{chunker.get('strategy')}, {chunker.get('chunk_tokens')} word pieces, overlap {chunker.get('overlap_tokens')}"


def _index(rt: Runtime, embedder: Embedder | None) -> list[Check]:
    from rag.documents.reading import file_sha256

    checks: list[Check] = []
    try:
        store = rt.store
        if rt.settings.store:
            # reachable first: "no index" and "cannot connect" call for different fixes
            generation = store.generation()
            checks.append(Check("store", True, f"{store.location} reachable" + (f", live generation {generation}" if generation else ", empty")))
        loaded = store.load(verify=True)
        dense = loaded.dense
        _ = loaded.lexical
    except NoIndexError as exc:
        return checks + [Check("index", False, exc.args[0], "Run: rag ingest [PATH ...]")]
    except StoreError as exc:
        return checks + [Check("store", False, exc.args[0], exc.hint or "Check --store / RAG_STORE.")]
    except RagError as exc:
        return checks + [Check("index", False, exc.args[0], "Run: rag ingest --rebuild")]
    checks.append(Check("index", True, f"{len(loaded.chunks)} chunks from {len(loaded.manifest.files)} files, {loaded.manifest.index_type}"))
    if rt.settings.store:
        # the tables agree with the manifest (load checked the count and the vector size): say so, with the figures
        listed = sum(int(f.get("chunks", 0)) for f in loaded.manifest.files.values())
        checks.append(
            Check(
                "store matches manifest",
                len(dense) == len(loaded.chunks) == listed and dense.dim == loaded.manifest.embedder.get("dim"),
                f"{len(dense)} vectors of {dense.dim} dimensions, {len(loaded.chunks)} chunks; the manifest lists {listed} chunks "
                f"of {loaded.manifest.embedder.get('dim')} dimensions",
                "Run: rag ingest --rebuild",
            )
        )
    built = loaded.manifest.embedder
    if embedder is not None:
        want = {"name": embedder.name, "dim": embedder.dim}
        checks.append(
            Check(
                "index embedder",
                built == want,
                f"built with {built.get('name')} ({built.get('dim')}-d); configured {embedder.name} ({embedder.dim}-d)",
                "Run: rag ingest --rebuild (or set RAG_EMBEDDER back)",
            )
        )
        from rag.ingestion.ingest import chunker_config

        # an index chunked by an older rag (or with other RAG_CHUNK_TOKENS) answers, from passages cut or
        # written otherwise than this rag's: the next ingest rebuilds it
        chunker = chunker_config(rt.settings, embedder).as_dict()
        checks.append(
            Check(
                "index chunker",
                loaded.manifest.chunker == chunker,
                f"built with {_chunking(loaded.manifest.chunker)}; configured {_chunking(chunker)}",
                "Run: rag ingest (it rebuilds the index)",
            )
        )
    stale = []
    for path, info in loaded.manifest.files.items():
        p = Path(path)
        try:
            st = p.stat()
            changed = st.st_size != info["size"] or (st.st_mtime_ns != info["mtime_ns"] and file_sha256(p) != info["sha256"])
        except OSError:
            stale.append(f"{display_path(path)} (deleted or unreadable)")
            continue
        if changed:
            stale.append(f"{display_path(path)} (changed)")
    detail = "agrees with the files on disk" if not stale else "stale: " + ", ".join(stale[:5]) + (f" and {len(stale) - 5} more" if len(stale) > 5 else "")
    checks.append(Check("index freshness", not stale, detail, "Run: rag ingest"))
    return checks


def run_checks(target: RuntimeLike, verify_models: bool = True, run_models: bool = True) -> list[Check]:
    """All checks, in the order they are shown.

    The embedder is the runtime's (built through the registry, so tests register a fake); a local
    one only reads the model's configuration here, not its weights.
    """
    rt = Runtime.of(target)
    embedder_checks, embedder = _embedder(rt, verify_models)
    settings = rt.settings
    llm = _llm_server(rt) if settings.llm_url else _llm(settings, verify_models, run_models)
    return _python() + _offline() + embedder_checks + llm + _index(rt, embedder) + _other_collections(rt, embedder)


def _other_collections(rt: Runtime, embedder: Embedder | None) -> list[Check]:
    """One line for each other collection: its index loads whole, and was built with this embedder."""
    from rag.library import collection_names

    try:
        names = [n for n in collection_names(rt.settings) if n != rt.settings.collection]
    except RagError:
        return []  # an unreachable store is reported by the index check already
    checks = []
    for name in names:
        other = Runtime(rt.settings.with_(collection=name))
        try:
            loaded = other.store.load(verify=True)
            _ = len(loaded.dense), loaded.lexical
        except RagError as exc:
            checks.append(Check(f"collection {name}", False, exc.args[0], f"Run: rag --collection {name} ingest --rebuild"))
            continue
        built = loaded.manifest.embedder
        same = embedder is None or built == {"name": embedder.name, "dim": embedder.dim}
        checks.append(
            Check(
                f"collection {name}",
                same,
                f"{len(loaded.chunks)} chunks from {len(loaded.manifest.files)} files, built with {built.get('name')}",
                f"Run: rag --collection {name} ingest --rebuild",
            )
        )
    return checks


def _shown(url: str) -> str:
    from rag.backends.http_client import shown_url

    return shown_url(url) if url else ""


def _llm_server(rt: Runtime) -> list[Check]:
    """Whether the OpenAI-compatible server answers, with which model (a two-token generation)."""
    url = _shown(rt.settings.llm_url)
    try:
        gen = rt.generator
        text = "".join(gen.stream([{"role": "user", "content": "Say OK."}], max_tokens=2))
    except RagError as exc:
        return [Check(f"llm server {url}", False, exc.args[0], exc.hint or "Start the server, or check --llm-url / RAG_LLM_URL.")]
    return [Check(f"llm server {url}", True, f"model {gen.name} answers ({len(text)} characters in a test of 2 tokens)")]


def failed(checks: list[Check]) -> list[Check]:
    return [c for c in checks if not c.ok]
