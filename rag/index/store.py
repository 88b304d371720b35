"""The index on disk: FAISS vectors, BM25, chunk records and a manifest.

Layout under ``<home>/.rag/index/``::

    CURRENT            name of the live generation (replaced atomically)
    gen-<id>/          one complete index: manifest.json, chunks.jsonl, dense.faiss, bm25/
    .lock              held by ingest

A new generation is written in full under a temporary name, renamed, and
only then named in CURRENT, so an interrupted ingest leaves the previous
index whole. The manifest records the sha256 of every artifact; loading
checks them, so a truncated or damaged file is reported, never handed to
FAISS or numpy.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

import numpy as np

from rag.documents.reading import file_sha256 as _sha256
from rag.errors import IndexCorruptError, LockedError, NoIndexError
from rag.index.loaded_index import LoadedIndex
from rag.index.manifest import FORMAT_VERSION, FormatVersionError, Manifest, json_line, salvaged
from rag.records import Chunk

if TYPE_CHECKING:  # pragma: no cover
    from rag.backends.ports import FileVectorIndex, VectorIndex

CHUNKS_FILE = "chunks.jsonl"
DENSE_FILE = "dense.faiss"
BM25_DIR = "bm25"
MANIFEST_FILE = "manifest.json"
#: up to this many chunks rag uses an exact (flat) index, above it HNSW. `rag bench` measured a
#: single-threaded flat query at ~6 ms for 100k chunks (nothing next to the LLM), while HNSW took
#: 37-80 s to build at 100k and lost recall; so exact search is kept well past 100k.
FLAT_MAX = 200_000


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _artifact_files(gen: Path) -> list[Path]:
    return sorted(p for p in gen.rglob("*") if p.is_file() and p.name != MANIFEST_FILE)


def build_vector_index(vectors: np.ndarray, backend: str = "faiss") -> "FileVectorIndex":
    """An inner-product index over normalised ``vectors``: flat (exact), or HNSW above FLAT_MAX."""
    from rag.backends.registry import vector_index_backend

    n, dim = vectors.shape
    index: FileVectorIndex = vector_index_backend(backend).create(dim, "hnsw" if n > FLAT_MAX else "flat")
    index.add(vectors)
    return index


def _open_faiss(path: Path) -> "VectorIndex":
    from rag.backends.registry import vector_index_backend

    index: VectorIndex = vector_index_backend("faiss").load(path)
    return index


def _open_bm25(folder: Path, size: int) -> Any:
    from rag.index import lexical

    return lexical.LexicalIndex.load(folder, size)


class IndexStore:
    """The default :class:`~rag.backends.ports.Store`: index generations in folders under ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def location(self) -> str:
        return str(self.root)

    def generation(self) -> str | None:
        """The live generation's name (None: no index yet)."""
        current = self.current()
        return current.name if current is not None else None

    @contextmanager
    def lock(self, timeout: float) -> Iterator[None]:
        """Hold the ingest lock (a lock file beside the generations); LockedError after ``timeout`` s."""
        from filelock import FileLock, Timeout

        self.root.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.lock_path))
        try:
            lock.acquire(timeout=timeout)
        except Timeout:
            raise LockedError(f"Another rag ingest is running on {self.root} (waited {timeout:g} s).", hint="Wait for it to finish and try again.") from None
        try:
            yield
        finally:
            lock.release()

    def orphaned(self) -> bool:
        """Whether generations are left without a pointer (a deleted or damaged CURRENT)."""
        return bool(self.orphans())

    @property
    def lock_path(self) -> Path:
        return self.root / ".lock"

    def current(self) -> Path | None:
        try:
            name = (self.root / "CURRENT").read_text().strip()
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or exc.__class__.__name__
            raise IndexCorruptError(f"Cannot read the index pointer: {reason}.", hint="Run: rag ingest --rebuild") from None
        if (
            not name.startswith("gen-")
            or name.endswith(".tmp")
            or "/" in name
            or os.sep in name
            or not (self.root / name).is_dir()
        ):
            raise IndexCorruptError("The index pointer names no index.", hint="Run: rag ingest --rebuild")
        return self.root / name

    def _pointer_name(self) -> str | None:
        try:
            return (self.root / "CURRENT").read_text().strip()
        except (OSError, UnicodeDecodeError):
            return None

    def _finished(self) -> list[Path]:
        """Every finished generation folder, newest first (unfinished writes end in .tmp)."""
        try:
            gens = [g for g in self.root.glob("gen-*") if g.is_dir() and not g.name.endswith(".tmp")]
            return sorted(gens, key=lambda g: g.stat().st_mtime_ns, reverse=True)
        except OSError:
            return []

    def orphans(self) -> list[Path]:
        """Finished generations when no valid pointer names one of them (a damaged or deleted CURRENT)."""
        try:
            if self.current() is not None:
                return []
        except IndexCorruptError:
            pass
        return self._finished()

    def salvage(self) -> tuple[list[str], list[str]]:
        """The folders a damaged index was built from and the paths removed from them, when a manifest
        still says (else [], []).

        The live generation's manifest first; when the pointer itself is damaged, the newest
        generation's, so that a rebuild re-indexes the user's folders rather than the demo corpus,
        and leaves out what `rag remove` took out of them.
        """
        try:
            live = [self.current()]
        except IndexCorruptError:
            live = []
        for gen in [g for g in live if g is not None] + self._finished():
            try:
                found = salvaged((gen / MANIFEST_FILE).read_text(encoding="utf-8"))
            except OSError:
                continue
            if found:
                return found
        return [], []

    def exists(self) -> bool:
        return (self.root / "CURRENT").exists()

    def read_manifest(self, gen: Path | None = None) -> Manifest:
        gen = gen or self.current()
        if gen is None:
            raise NoIndexError("There is no index yet.", hint="Run: rag ingest [PATH ...]")
        try:
            manifest = Manifest.from_json((gen / MANIFEST_FILE).read_text(encoding="utf-8"))
        except FormatVersionError as exc:
            raise IndexCorruptError(
                f"The index has format version {exc.version}; this rag reads version {FORMAT_VERSION}.",
                hint="Run: rag ingest --rebuild",
            ) from None
        except (OSError, ValueError, TypeError) as exc:
            raise IndexCorruptError(f"The index manifest is unreadable ({exc.__class__.__name__}).", hint="Run: rag ingest --rebuild") from None
        return manifest

    def verify(self, gen: Path, manifest: Manifest) -> None:
        """Check every artifact against the manifest's sha256; raise IndexCorruptError on a mismatch."""
        for required in (CHUNKS_FILE, DENSE_FILE):
            if required not in manifest.artifacts:
                raise IndexCorruptError(f"The index manifest lists no checksum for {required}.", hint="Run: rag ingest --rebuild")
        for rel, digest in manifest.artifacts.items():
            path = gen / rel
            if ".." in Path(rel).parts or Path(rel).is_absolute():
                raise IndexCorruptError(f"The index manifest names a file outside the index ({rel}).", hint="Run: rag ingest --rebuild")
            if not path.is_file():
                raise IndexCorruptError(f"Index file {rel} is missing.", hint="Run: rag ingest --rebuild")
            if _sha256(path) != digest:
                raise IndexCorruptError(f"Index file {rel} is damaged (checksum mismatch).", hint="Run: rag ingest --rebuild")

    def load(self, verify: bool = True) -> "LoadedIndex":
        """The live index. Raises NoIndexError or IndexCorruptError with what to do."""
        for attempt in range(3):
            gen = self.current()
            if gen is None:
                raise NoIndexError("There is no index yet.", hint="Run: rag ingest [PATH ...]")
            try:
                index = self._load_generation(gen, verify)
                # the vectors and BM25 now, not at the first search: an ingest that switches generations
                # removes the old one's files, which a reader between its load and its search would miss
                index.open()
                return index
            except IndexCorruptError:
                # an ingest may have replaced (and removed) this generation while it was read:
                # then read the new one; a generation that is damaged in place stays an error
                if attempt == 2 or self.current() == gen:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _load_generation(self, gen: Path, verify: bool) -> "LoadedIndex":
        # manifest, checksums and records all from this one folder (CURRENT is read once)
        manifest = self.read_manifest(gen)
        if verify:
            self.verify(gen, manifest)
        try:
            chunks = [Chunk.from_dict(json.loads(line)) for line in (gen / CHUNKS_FILE).read_text(encoding="utf-8").splitlines() if line]
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
            raise IndexCorruptError(f"The chunk records are unreadable ({exc.__class__.__name__}).", hint="Run: rag ingest --rebuild") from None
        return LoadedIndex(gen.name, manifest, chunks, lambda: _open_faiss(gen / DENSE_FILE), lambda: _open_bm25(gen / BM25_DIR, len(chunks)), folder=gen)

    def write(self, manifest: Manifest, chunks: list[Chunk], vectors: np.ndarray) -> str:
        """Write a new generation and make it live atomically. Returns its name."""
        from rag.index import lexical

        self.root.mkdir(parents=True, exist_ok=True)
        name = f"gen-{time.time_ns():x}-{os.getpid()}"
        tmp = self.root / f"{name}.tmp"
        final = self.root / name
        pointer = self.root / "CURRENT.tmp"
        switched = False
        tmp.mkdir()
        try:
            with open(tmp / CHUNKS_FILE, "w", encoding="utf-8") as fh:
                for chunk in chunks:
                    fh.write(json_line(chunk.to_dict()))
                fh.flush()
                os.fsync(fh.fileno())
            index = build_vector_index(vectors)
            manifest.index_type = index.kind
            index.save(tmp / DENSE_FILE)
            lexical.build(chunks).save(tmp / BM25_DIR)
            for path in _artifact_files(tmp):
                with open(path, "rb") as fh:
                    os.fsync(fh.fileno())
            manifest.artifacts = {str(p.relative_to(tmp)): _sha256(p) for p in _artifact_files(tmp)}
            with open(tmp / MANIFEST_FILE, "w", encoding="utf-8") as fh:
                fh.write(manifest.to_json())
                fh.flush()
                os.fsync(fh.fileno())
            _fsync_dir(tmp)
            os.rename(tmp, final)
            with open(pointer, "w") as fh:
                fh.write(name + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(pointer, self.root / "CURRENT")
            switched = True
            _fsync_dir(self.root)
        except BaseException as exc:
            # an error or Ctrl-C: leave nothing behind but the previous index (a SIGKILL leaves
            # leftovers, which the next ingest removes with clean())
            shutil.rmtree(tmp, ignore_errors=True)
            if not switched and self._pointer_name() != name:
                shutil.rmtree(final, ignore_errors=True)
                pointer.unlink(missing_ok=True)
            if isinstance(exc, OSError) and exc.filename is None:  # a failed write() names no file: name the index
                raise OSError(exc.errno, exc.strerror, str(self.root)) from exc
            raise
        self.clean(keep=final)
        return name

    def clean(self, keep: Path | None = None) -> None:
        """Remove old generations and leftovers of interrupted writes (call with the lock held)."""
        if not self.root.is_dir():
            return
        try:
            live = keep or self.current()
        except IndexCorruptError:
            live = None
        if live is None and self.orphans():
            # the pointer is damaged or gone: remove only unfinished writes, and keep the generations
            # (their manifests name the user's folders) for the next write, which replaces the pointer
            for entry in self.root.iterdir():
                if entry.name.startswith("gen-") and entry.name.endswith(".tmp"):
                    shutil.rmtree(entry, ignore_errors=True)
            return
        for entry in self.root.iterdir():
            if entry.name.startswith("gen-") and (live is None or entry.name != live.name):
                shutil.rmtree(entry, ignore_errors=True)
        (self.root / "CURRENT.tmp").unlink(missing_ok=True)
