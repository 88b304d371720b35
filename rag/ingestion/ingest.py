"""Ingest: scan folders, chunk, embed and write the index, incrementally.

A second ingest re-embeds only new or changed files and drops deleted ones;
when nothing changed it writes nothing. A changed embedder or chunker setting
triggers a full rebuild (with the reason in the report), never a mix of vectors.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Protocol, Sequence

import numpy as np

from rag.backends.ports import Embedder
from rag.config import Settings
from rag.documents.reading import Skipped, file_sha256, load
from rag.errors import DocumentError, IndexCorruptError, NoIndexError
from rag.index.manifest import Manifest
from rag.ingestion import scope, skips
from rag.ingestion.chunking import ChunkerConfig, chunk_document
from rag.ingestion.resume import Journal, journal_path
from rag.library import link_path
from rag.records import Chunk

if TYPE_CHECKING:  # pragma: no cover
    from rag.backends.ports import Store
    from rag.index.loaded_index import LoadedIndex
    from rag.runtime import Runtime, RuntimeLike

#: passages embedded between two writes of the resume journal: an interrupt loses at most this many
#: (~10 s of embedding on 2 cores); the embedder batches texts in their order, 32 at a time, so slices
#: of 256 make the very batches one call would
RESUME_SLICE = 256
#: passages of one file worth naming before embedding begins (~10 min of embedding on 2 cores)
BIG_FILE_CHUNKS = 10_000
#: how long a second ingest waits for the first one to finish (RAG_LOCK_TIMEOUT overrides it)
LOCK_TIMEOUT_S = 30.0


def lock_timeout(home: Path | None = None) -> float:
    """Seconds to wait for the index lock: RAG_LOCK_TIMEOUT (environment, then rag.toml; read per call)."""
    from rag.config_file import number

    value = number("RAG_LOCK_TIMEOUT", home, "seconds", zero_ok=True)
    return LOCK_TIMEOUT_S if value is None else value


@dataclass
class IngestReport:
    """What an ingest did."""

    files: int = 0
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    chunks: int = 0
    #: passages embedded by this ingest (``resumed``: those an interrupted one embedded, read back)
    embedded: int = 0
    resumed: int = 0
    duplicates: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rebuild_reason: str | None = None
    #: absolute paths of the skipped files that the previous ingest skipped for the same reason
    skipped_as_before: list[str] = field(default_factory=list)
    up_to_date: bool = False
    seconds: float = 0.0
    index_dir: str = ""


class Progress(Protocol):
    """Callbacks the CLI uses to draw a progress bar: reading the files ("Reading", "files"), then
    embedding their passages ("Embedding", "chunks")."""

    def start(self, total: int, label: str = ..., unit: str = ...) -> None: ...

    def advance(self, n: int) -> None: ...

    def stop(self) -> None: ...


def chunker_config(settings: Settings, embedder: Embedder) -> ChunkerConfig:
    return ChunkerConfig(settings.chunk_tokens, settings.overlap_tokens, embedder.max_tokens)


def ingest(
    paths: Sequence[str | os.PathLike[str]] | None,
    target: "RuntimeLike",
    *,
    rebuild: bool = False,
    add: bool = False,
    progress: Progress | None = None,
    log: Callable[[str], None] = lambda _: None,
) -> IngestReport:
    """Bring the index in line with the documents under ``paths``.

    ``paths`` None means the folders of the previous ingest, or the default
    corpus (``seeds/``) when there is none. The index afterwards holds exactly
    the supported files found under ``paths`` (with ``add``: under ``paths`` and
    the previous folders), less the paths removed with ``rag remove``.
    """
    from rag.runtime import Runtime

    rt = Runtime.of(target)
    settings = rt.settings
    t0 = time.perf_counter()
    store = rt.store
    with store.lock(lock_timeout(settings.home)):
        report = _ingest_locked(paths, rt, store, rebuild, progress, log, add)
    report.seconds = time.perf_counter() - t0
    report.index_dir = store.location
    return report


def _previous(store: "Store", log: Callable[[str], None]) -> tuple[Manifest | None, "LoadedIndex | None", str | None, list[str], list[str]]:
    """(manifest, loaded index, reason it cannot be reused, folders it was built from, paths removed from them)."""
    try:
        loaded = store.load()
        # read the vectors and BM25 now: damage that agrees with its checksum must trigger a rebuild
        # here, not fail half-way through (or go unnoticed by an ingest with nothing to do)
        _ = loaded.dense, loaded.lexical
    except NoIndexError:
        if store.orphaned():  # the pointer file was deleted, the generations are still there
            return None, None, "the index pointer is missing", *store.salvage()
        return None, None, None, [], []
    except IndexCorruptError as exc:
        # a rebuild of the damaged index's folders still leaves out what `rag remove` took out of them
        return None, None, f"the previous index is unusable ({str(exc.args[0]).rstrip('.')})", *store.salvage()
    return loaded.manifest, loaded, None, list(loaded.manifest.roots), list(loaded.manifest.excluded)


def _ingest_locked(
    paths: Sequence[str | os.PathLike[str]] | None,
    rt: "Runtime",
    store: "Store",
    rebuild: bool,
    progress: Progress | None,
    log: Callable[[str], None],
    add: bool = False,
) -> IngestReport:
    settings = rt.settings
    report = IngestReport()
    store.clean()  # leftovers of an interrupted ingest
    manifest, loaded, unusable, previous_roots, previous_excluded = _previous(store, log)
    skipped_before = dict(manifest.skipped) if manifest is not None else {}
    roots, missing = scope.roots(paths, previous_roots, previous_excluded, add, unusable, log, emptied=manifest is not None and not previous_roots)
    files, skipped, root_names, excluded = scope.scan_roots(roots, paths, previous_excluded, add, settings.home)
    report.skipped.extend(skipped)

    embedder = rt.embedder
    chunker = chunker_config(settings, embedder)
    emb_info = {"name": embedder.name, "dim": embedder.dim}
    report.rebuild_reason = _rebuild_reason(unusable, rebuild, manifest, emb_info, chunker)
    if report.rebuild_reason:
        log(f"Rebuilding the whole index: {report.rebuild_reason}.")
        manifest, loaded = None, None
    old_files = manifest.files if manifest else {}
    keep_positions, kept_chunks, to_embed, new_files = _read_files(files, old_files, loaded, embedder, chunker, report, progress)
    _say_big_files(to_embed, log)
    report.removed = sorted(set(old_files) - set(new_files))
    report.files = len(new_files)
    if not new_files:
        raise _no_documents(roots, report.skipped)
    roots_str = sorted(set(root_names) | set(missing))
    report.skipped_as_before = skips.repeated(report.skipped, skipped_before)
    # a skip that is new or gone is news too: the manifest keeps the skips (rag sources, the next ingest)
    same_skips = len(report.skipped_as_before) == len(report.skipped) == len(skipped_before)
    if loaded is not None and not report.new and not report.changed and not report.removed and manifest is not None and same_skips:
        if manifest.roots == roots_str and manifest.excluded == excluded and all(old_files[k] == v for k, v in new_files.items()):
            report.up_to_date = True
            report.chunks = len(loaded.chunks)
            return report

    journal = Journal(journal_path(settings.home, store.location), embedder.name, embedder.dim)
    all_chunks, vectors, report.resumed = _vectors(loaded, keep_positions, kept_chunks, to_embed, embedder, journal, progress, log)
    report.embedded = len(to_embed) - report.resumed
    report.duplicates = sum(1 for c in all_chunks if c.canonical)
    report.chunks = len(all_chunks)
    new_manifest = Manifest(
        embedder=emb_info, chunker=chunker.as_dict(), files=new_files, roots=roots_str, excluded=excluded,
        skipped={link_path(s.path): s.reason for s in report.skipped},  # absolute: the next run may start elsewhere
    )
    store.write(new_manifest, all_chunks, vectors)
    journal.discard()
    if paths and not add:  # said once the new index without them is written: a failed ingest keeps them
        for gone in scope.not_covered(previous_roots, root_names):
            log(f"{gone}, indexed before, is not among the paths given: its documents are dropped from the index (name it too to keep them).")
    return report


def _rebuild_reason(unusable: str | None, rebuild: bool, manifest: Manifest | None, emb_info: dict[str, object], chunker: ChunkerConfig) -> str | None:
    """Why the whole index is built again (None: files that did not change keep their vectors)."""
    if unusable:
        return unusable
    if manifest is None:
        return None
    if rebuild:
        return "--rebuild was asked for"
    if manifest.embedder != emb_info:
        return f"the embedder changed ({manifest.embedder.get('name')} -> {emb_info['name']})"
    if manifest.chunker != chunker.as_dict():
        return "the chunker settings changed"
    return None


def _read_files(
    files: list[Path], old_files: dict[str, dict[str, object]], loaded: "LoadedIndex | None", embedder: Embedder, chunker: ChunkerConfig,
    report: IngestReport, progress: Progress | None = None,
) -> tuple[list[int], list[Chunk], list[Chunk], dict[str, dict[str, object]]]:
    """Each file's passages: kept from the previous index when the file did not change (its positions
    there and its chunks), read and chunked when it is new or changed (to embed). Returns those and
    the manifest's record of every file; what was skipped and why goes in ``report``."""
    if progress:
        progress.start(len(files), "Reading", "files")
    try:
        return _read_each(files, old_files, loaded, embedder, chunker, report, progress)
    finally:
        if progress:
            progress.stop()


def _read_each(
    files: list[Path], old_files: dict[str, dict[str, object]], loaded: "LoadedIndex | None", embedder: Embedder, chunker: ChunkerConfig,
    report: IngestReport, progress: Progress | None,
) -> tuple[list[int], list[Chunk], list[Chunk], dict[str, dict[str, object]]]:
    previous = loaded.chunks if loaded is not None else []
    old_chunks: dict[str, list[int]] = {}
    for pos, c in enumerate(previous):
        old_chunks.setdefault(c.source, []).append(pos)
    keep_positions: list[int] = []
    kept_chunks: list[Chunk] = []
    to_embed: list[Chunk] = []
    new_files: dict[str, dict[str, object]] = {}
    for path in files:
        if progress:
            progress.advance(1)
        key = str(path)
        try:
            st = path.stat()
        except OSError as exc:
            report.skipped.append(Skipped(key, f"deleted during ingest ({exc.strerror})"))
            continue
        prev = old_files.get(key)
        # a file can be reused when the old index holds its chunks (an empty one is read again, and reported)
        if prev and key in old_chunks and _unchanged(path, st, prev):
            new_files[key] = {**prev, "mtime_ns": st.st_mtime_ns}
            keep_positions += old_chunks[key]
            kept_chunks += [previous[p] for p in old_chunks[key]]
            report.unchanged += 1
            continue
        doc = load(path)
        if isinstance(doc, Skipped):
            report.skipped.append(doc)
            continue
        try:
            chunks = chunk_document(doc, embedder.count_tokens, chunker)
        except Exception as exc:  # noqa: BLE001 - one odd file must not stop the others
            if os.environ.get("RAG_DEBUG"):
                raise
            report.skipped.append(Skipped(key, f"could not be split into passages ({exc.__class__.__name__}: {exc}); please report this"))
            continue
        if not chunks:
            report.skipped.append(Skipped(key, "empty: no text to index"))
            continue
        report.warnings.extend(doc.warnings)
        (report.changed if prev else report.new).append(key)
        # the mtime of the version that was read (the file may have changed since it was listed)
        mtime_ns = doc.mtime_ns if doc.mtime_ns is not None else st.st_mtime_ns
        new_files[key] = {"sha256": doc.sha256, "size": doc.size, "mtime_ns": mtime_ns, "chunks": len(chunks)}
        to_embed += chunks
    return keep_positions, kept_chunks, to_embed, new_files


def _say_big_files(to_embed: list[Chunk], log: Callable[[str], None]) -> None:
    """Name a file that holds most of what is to embed, and a lot of it, before the long wait: a sweep's
    16 MiB changelog was 56,301 of 80,414 passages (~80 min of embedding on 2 cores), and the estimate
    alone did not say which file it was."""
    for source, n in Counter(c.source for c in to_embed).items():
        if n >= BIG_FILE_CHUNKS and n >= len(to_embed) / 2:
            log(f"{source} is {n:,} of the {len(to_embed):,} passages to embed (a log or a dump? RAG_MAX_FILE_MB, .ragignore or rag remove leave it out).")


def _unchanged(path: Path, st: os.stat_result, prev: dict[str, object]) -> bool:
    """Whether the file is the one the previous index read: the same size and time, or the same size
    and content (a touched file)."""
    if prev["size"] != st.st_size:
        return False
    if prev["mtime_ns"] == st.st_mtime_ns:
        return True
    try:
        return file_sha256(path) == prev["sha256"]
    except OSError:
        return False


def _no_documents(roots: list[Path], skipped: list[Skipped]) -> DocumentError:
    detail = ""
    if skipped:  # the error is one line: name the first few files and why
        named = "; ".join(f"{Path(s.path).name}: {s.reason}" for s in skipped[:3])
        detail = f" ({len(skipped)} skipped: {named}{'; …' if len(skipped) > 3 else ''})"
    return DocumentError(
        "No documents to index: no usable text, .pdf, .docx, .pptx or .epub files under " + ", ".join(map(str, roots)) + detail + ".",
        hint="Point rag ingest at a folder of documents.",
    )


def _vectors(
    loaded: "LoadedIndex | None", keep_positions: list[int], kept_chunks: list[Chunk], to_embed: list[Chunk], embedder: Embedder,
    journal: Journal, progress: Progress | None, log: Callable[[str], None],
) -> tuple[list[Chunk], np.ndarray, int]:
    """Every chunk of the new index and its vector (the kept ones' read back, the new ones' embedded), in
    one order whatever the history, near-duplicates linked; and how many an interrupted ingest had embedded."""
    resumed = 0
    if to_embed:
        fresh, resumed = _embed(to_embed, embedder, journal, progress, log)
    else:  # only removals or touched files: nothing to embed (and no model to load for it)
        fresh = np.zeros((0, embedder.dim), np.float32)
    old_vectors = loaded.vectors(keep_positions) if loaded is not None and keep_positions else np.zeros((0, embedder.dim), np.float32)
    vectors = np.vstack([old_vectors, fresh]) if len(fresh) else old_vectors
    all_chunks = kept_chunks + to_embed
    # one order whatever the history (file, then position): an incremental ingest writes the index
    # a fresh build would, so ties in ranking and the choice of canonical copies do not depend on it
    order = sorted(range(len(all_chunks)), key=lambda i: (all_chunks[i].source, all_chunks[i].start_char, all_chunks[i].end_char, all_chunks[i].id))
    if order != list(range(len(all_chunks))):
        all_chunks = [all_chunks[i] for i in order]
        vectors = vectors[order]

    from rag.ingestion.dedup import link_near_duplicates

    return link_near_duplicates(all_chunks, vectors), vectors, resumed


def _embed(
    chunks: list[Chunk], embedder: Embedder, journal: Journal, progress: Progress | None, log: Callable[[str], None]
) -> tuple[np.ndarray, int]:
    """The chunks' vectors: those an interrupted ingest kept in ``journal`` (how many is the second value),
    the rest embedded now, in slices that are added to the journal as they are done (so that Ctrl-C or
    kill -9 loses one slice)."""
    texts = [c.embed_text for c in chunks]
    out = np.zeros((len(texts), embedder.dim), np.float32)
    kept = journal.take(texts)
    if kept:
        log(f"Resuming: {len(kept):,} of {len(texts):,} passages were embedded by an interrupted ingest.")
        out[list(kept)] = np.stack(list(kept.values()))
    todo = [i for i in range(len(texts)) if i not in kept]
    if progress:
        progress.start(len(todo))
    done = len(kept)
    try:
        for start in range(0, len(todo), RESUME_SLICE):
            part = todo[start : start + RESUME_SLICE]
            vectors = embedder.embed([texts[i] for i in part], on_batch=progress.advance if progress else None)
            out[part] = vectors
            journal.append([texts[i] for i in part], vectors)
            done += len(part)
    except KeyboardInterrupt:
        if done:
            log(f"Stopped: the {done:,} passages embedded so far are kept; run rag ingest again to resume.")
        raise
    finally:
        if progress:
            progress.stop()
        journal.close()
    return out, len(kept)
