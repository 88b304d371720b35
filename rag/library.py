"""The document library: collections, what each holds (``rag sources``), and removing from one.

A collection is an index of its own, with its own folders, generations and lock:
``default`` is where rag always kept its index (``<home>/.rag/index``), others live
under ``<home>/.rag/collections/<name>/index`` (or, in a database, in the schema
``<schema>_<name>``). ``rag remove PATH`` drops files or folders from a collection
and remembers them as excluded, so that the next ``rag ingest`` of the folder around
them leaves them out too, until ``rag ingest --add PATH`` brings them back.
"""

from __future__ import annotations

import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from rag.config import DEFAULT_COLLECTION, Settings
from rag.errors import DocumentError, NoIndexError, RagError, UsageError

if TYPE_CHECKING:  # pragma: no cover
    from rag.runtime import RuntimeLike


def absolute(path: str | os.PathLike[str]) -> str:
    """``path`` absolute, symlinks resolved (as the index names its roots and files)."""
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError):  # a symlink loop
        return os.path.abspath(path)


def link_path(path: str) -> str:
    """``path`` absolute, the symlinks of its folders resolved but not its own: a skipped symlink (dangling,
    or a folder link not followed) is named as the link in its folder, where the user sees it, not as its
    target."""
    folder, name = os.path.split(os.path.abspath(path))
    return os.path.join(absolute(folder), name)


def within(path: str, folder: str) -> bool:
    """``path`` is ``folder`` or below it (both absolute)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def is_excluded(file: str, roots: Sequence[str], excluded: Sequence[str]) -> bool:
    """Whether ``file`` (absolute) is left out: every root it is under has a removed path strictly
    inside it that holds the file. A root named on its own (``--add`` of a file in a removed folder)
    is not overruled by a removal above it."""
    holders = [r for r in roots if within(file, r)]
    if not holders:
        return False
    return all(any(within(file, e) and within(e, r) and e != r for e in excluded) for r in holders)


def kept_exclusions(previous: Sequence[str], roots: Sequence[str], added: Sequence[str]) -> list[str]:
    """The removed paths that still apply: inside one of ``roots``, and not brought back by ``added``."""
    return sorted(e for e in previous if any(within(e, r) and e != r for r in roots) and not any(within(e, a) for a in added))


@dataclass
class FileEntry:
    path: str
    chunks: int
    size: int


@dataclass
class Sources:
    """What a collection holds (``rag sources``)."""

    collection: str
    store: str
    roots: list[str]
    excluded: list[str]
    files: list[FileEntry]
    skipped: dict[str, str]
    chunks: int
    updated: float

    def as_json(self) -> dict[str, Any]:
        return {**self.__dict__, "files": [f.__dict__ for f in self.files]}


def sources(target: "RuntimeLike") -> Sources:
    """The folders, files (with chunk counts), removed paths and skipped files of the live index."""
    from rag.runtime import Runtime

    rt = Runtime.of(target)
    store = rt.store
    with missing_collection_named(rt.settings):
        manifest = store.read_manifest()
    files = [FileEntry(absolute(p), int(info.get("chunks", 0)), int(info.get("size", 0))) for p, info in sorted(manifest.files.items())]
    return Sources(
        collection=rt.settings.collection, store=store.location, roots=list(manifest.roots), excluded=list(manifest.excluded),
        files=files, skipped={link_path(p): r for p, r in sorted(manifest.skipped.items())},
        chunks=sum(f.chunks for f in files), updated=manifest.created,
    )


@dataclass
class RemoveReport:
    removed: list[str] = field(default_factory=list)
    chunks_removed: int = 0
    files: int = 0
    chunks: int = 0
    roots: list[str] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)
    seconds: float = 0.0


def remove(paths: Sequence[str], target: "RuntimeLike") -> RemoveReport:
    """Drop the files at or under ``paths`` from the live index, as one new generation."""
    from rag.index.manifest import Manifest
    from rag.ingestion.dedup import link_near_duplicates
    from rag.ingestion.ingest import lock_timeout
    from rag.runtime import Runtime

    rt = Runtime.of(target)
    if not paths or any(not str(p).strip() for p in paths):
        raise UsageError("Name the files or folders to remove.", hint="For example: rag remove ~/notes/old")
    t0 = time.perf_counter()
    # a path as it resolves, and as a link in its folder: `rag sources` names a skipped symlink so (link_path)
    asked = [(p, {absolute(p), link_path(str(p))}) for p in paths]
    wanted = sorted(set().union(*(forms for _, forms in asked)))
    report = RemoveReport()
    with rt.store.lock(lock_timeout(rt.settings.home)):
        with missing_collection_named(rt.settings):
            loaded = rt.store.load()
        manifest = loaded.manifest
        files = {key: absolute(key) for key in manifest.files}  # the index may name them relative to where ingest ran
        gone = {key for key, path in files.items() if any(within(path, w) for w in wanted)}
        known = [*files.values(), *(link_path(k) for k in manifest.skipped), *manifest.roots]
        for p, forms in asked:
            if any(within(path, w) for w in forms for path in known):
                continue
            if any(within(w, e) for w in forms for e in manifest.excluded):
                raise UsageError(f"{p} was removed from the collection {rt.settings.collection} already.", hint="To bring it back: rag ingest --add PATH")
            raise UsageError(f"{p} is not in the collection {rt.settings.collection}.", hint="See what it holds: rag sources")
        roots = [r for r in manifest.roots if not any(within(r, w) for w in wanted)]
        # a removed path inside a remaining folder is remembered, so that re-ingesting the folder leaves it out
        excluded = sorted(set(manifest.excluded) | {w for w in wanted if any(within(w, r) and w != r for r in roots)})
        excluded = [e for e in excluded if any(within(e, r) for r in roots)]
        gone |= _linked_in_only(files, gone, roots, excluded, rt.settings.home)
        keep = [i for i, c in enumerate(loaded.chunks) if c.source not in gone]
        chunks = link_near_duplicates([loaded.chunks[i] for i in keep], vectors := loaded.vectors(keep))
        new = Manifest(
            embedder=manifest.embedder, chunker=manifest.chunker, files={k: v for k, v in manifest.files.items() if k not in gone},
            roots=roots, excluded=excluded,
            skipped={k: v for k, v in manifest.skipped.items() if not any(within(link_path(k), w) for w in wanted)},
        )
        rt.store.write(new, chunks, vectors)
    report.removed = sorted(files[k] for k in gone)
    report.chunks_removed = len(loaded.chunks) - len(chunks)
    report.files, report.chunks, report.roots, report.excluded = len(new.files), len(chunks), new.roots, new.excluded
    report.seconds = time.perf_counter() - t0
    return report


def _linked_in_only(files: dict[str, str], gone: set[str], roots: Sequence[str], excluded: list[str], home: Path) -> set[str]:
    """The files (keys of ``files``, their absolute paths as values) that only a removed folder brought in:
    a file symlink is indexed under its target, which can lie outside every folder of the collection. Such
    a file stays when the next ingest's scan of the remaining folders would still find it (through a link
    of theirs); else removing the folder that linked it leaves it behind, still found by every search."""
    from rag.ingestion.scope import scan_roots

    outside = {key for key, path in files.items() if key not in gone and not any(within(path, r) for r in roots)}
    if not outside:
        return set()
    found: set[str] = set()
    for root in roots:
        try:
            paths, _, _, _ = scan_roots([Path(root)], None, excluded, False, home)
        except (DocumentError, OSError):  # a folder deleted since: it links nothing now
            continue
        found |= {str(p) for p in paths}
    return {key for key in outside if files[key] not in found}


@dataclass
class CollectionInfo:
    name: str
    store: str
    files: int = 0
    chunks: int = 0
    roots: list[str] = field(default_factory=list)
    updated: float | None = None
    problem: str | None = None


def collection_names(settings: Settings) -> list[str]:
    """The collections of the store ``settings`` name that hold an index (or once did)."""
    if settings.store:
        from rag.backends.pg_store import PgStore

        return PgStore(settings.store).collections()
    names = [DEFAULT_COLLECTION] if (settings.with_(collection=DEFAULT_COLLECTION).index_dir / "CURRENT").exists() else []
    if settings.collections_dir.is_dir():
        names += sorted(p.name for p in settings.collections_dir.iterdir() if (p / "index" / "CURRENT").exists() and p.name != DEFAULT_COLLECTION)
    return names


@contextmanager
def missing_collection_named(settings: Settings) -> Iterator[None]:
    """Where "no index yet" is raised for a collection that does not exist while others do (a typo in
    ``-c``), an error that names them instead (else "run rag ingest" would create a second collection
    beside the one meant)."""
    try:
        yield
    except NoIndexError:
        if settings.collection == DEFAULT_COLLECTION:
            raise
        try:
            names = collection_names(settings)
        except RagError:
            names = []
        if not names or settings.collection in names:
            raise
        raise NoIndexError(
            f"There is no collection {settings.collection!r}; the collections are: {', '.join(names)}.",
            hint=f"Pick one with -c, or create it: rag -c {settings.collection} ingest PATH",
        ) from None


def list_collections(settings: Settings) -> list[CollectionInfo]:
    """Every collection with its size and folders; a damaged or unreachable one says why."""
    from rag.backends.registry import build_store

    out = []
    for name in collection_names(settings):
        store = build_store(settings.with_(collection=name))
        info = CollectionInfo(name, store.location)
        try:
            manifest = store.read_manifest()
        except NoIndexError:
            continue
        except RagError as exc:
            info.problem = exc.args[0]
        else:
            info.files, info.chunks = len(manifest.files), sum(int(f.get("chunks", 0)) for f in manifest.files.values())
            info.roots, info.updated = list(manifest.roots), manifest.created
        out.append(info)
    return out
