"""The index in PostgreSQL with pgvector: a :class:`~rag.backends.ports.Store` several rag processes share.

Everything a rag process needs to answer lives in the database, so processes
on several machines can answer from one index while another ingests:

- ``<schema>.current``: one row, the live generation's name;
- ``<schema>.generations``: each generation's manifest (embedder, chunker, files, roots);
- per generation ``g``: ``chunks_g`` (the chunk records with their locations),
  ``vectors_g`` (``vector(dim)``, searched exactly: pgvector's ``<#>``
  without an approximate index, so the results are FAISS flat's), and
  ``lexical_g`` (rag's BM25 index files, the lexical half of hybrid search,
  unpacked into a temporary folder by each reader).

A generation is written, and made live, in one transaction: a kill -9 or a
dropped connection at any moment rolls it back and leaves the old index
serving; readers read a generation in one snapshot, so they see the old or
the new one, never a mix. The generation before the live one is kept too, so
that a process that read it a moment before a switch can still search it;
older ones are dropped. Ingests on any machine exclude each other with an
advisory lock, which PostgreSQL releases when its session ends (a killed
ingest holds nothing).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

import numpy as np

from rag.backends.pg_server import INSTALL_HINT, StoreURI, local_conninfo, parse
from rag.backends.pg_vector import PgVectorIndex
from rag.backends.pg_vector import copy_vectors as _copy_vectors  # a module global: tests stall it
from rag.config import DEFAULT_COLLECTION
from rag.errors import IndexCorruptError, LockedError, NoIndexError, StoreError, UsageError
from rag.records import Chunk

if TYPE_CHECKING:  # pragma: no cover
    from rag.index.loaded_index import LoadedIndex
    from rag.index.manifest import Manifest

#: seconds to wait for a connection, and for one statement of a reader (a search, a load)
CONNECT_TIMEOUT_S = 10
STATEMENT_TIMEOUT_S = 60
_REBUILD = "Run: rag ingest --rebuild"


def collection_schema(base: str, collection: str) -> str:
    # quoted wherever it is used, so "a-b" and "a_b" stay two schemas
    return base if collection == DEFAULT_COLLECTION else f"{base}_{collection}"


def _psycopg() -> Any:
    try:
        import psycopg
        from pgvector.psycopg import register_vector  # noqa: F401 - checked here, used on connect
    except ImportError:
        raise UsageError("The database store needs psycopg and pgvector.", hint=INSTALL_HINT) from None
    return psycopg


class PgStore:
    """Index generations in one PostgreSQL schema."""

    def __init__(self, uri: str | StoreURI, *, collection: str = DEFAULT_COLLECTION, statement_timeout_s: float = STATEMENT_TIMEOUT_S) -> None:
        self.uri = parse(uri) if isinstance(uri, str) else uri
        self.collection = collection
        # a collection is a schema of its own beside the base one: rag (default), rag_notes, ...
        self.schema = collection_schema(self.uri.schema, collection)
        self.location = self.uri.shown + ("" if collection == DEFAULT_COLLECTION else f" (collection {collection})")
        self.statement_timeout_s = statement_timeout_s
        self._conn: Any = None

    # ------------------------------------------------------------------ connections and errors

    def _conninfo(self) -> str:
        return self.uri.conninfo or local_conninfo(self.uri.folder)  # type: ignore[arg-type]

    def connect(self, statement_timeout_s: float | None = None) -> Any:
        """A new autocommit connection with pgvector's types (StoreError when unreachable)."""
        psycopg = _psycopg()
        from pgvector.psycopg import register_vector

        timeout_ms = int(1000 * (self.statement_timeout_s if statement_timeout_s is None else statement_timeout_s))
        with self.errors():
            conn = psycopg.connect(
                self._conninfo(),
                autocommit=True,
                connect_timeout=CONNECT_TIMEOUT_S,
                application_name="rag",
                options=f"-c statement_timeout={timeout_ms}",
            )
            try:
                if conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'vector'").fetchone() is None:
                    conn.execute("CREATE EXTENSION IF NOT EXISTS vector")
                register_vector(conn)
            except Exception:
                conn.close()
                raise
        return conn

    @property
    def conn(self) -> Any:
        """This process's connection, opened on first use and again after it broke."""
        if self._conn is None or self._conn.closed or self._conn.broken:
            self._conn = self.connect()
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    @contextmanager
    def errors(self, generation: str | None = None) -> Iterator[None]:
        """Turn the driver's errors into rag's: one line, an exit code, what to do."""
        psycopg = _psycopg()
        errors = psycopg.errors
        try:
            yield
        except errors.UndefinedTable:
            what = f"generation {generation}" if generation else "the index"
            raise IndexCorruptError(
                f"The tables of {what} are gone from the database at {self.location} (dropped outside rag?).", hint=_REBUILD
            ) from None
        except errors.QueryCanceled:
            raise StoreError(f"The database at {self.location} timed out (over {self.statement_timeout_s:g} s).", hint="Check its load, or run: rag doctor") from None
        except errors.InsufficientPrivilege as exc:
            raise StoreError(f"The database at {self.location} refused: {_first_line(exc)}.", hint="Grant the user CREATE on the database, or ask its administrator.") from None
        except errors.FeatureNotSupported as exc:
            raise StoreError(f"The database at {self.location} lacks pgvector: {_first_line(exc)}.", hint="Install pgvector there (CREATE EXTENSION vector).") from None
        except psycopg.OperationalError as exc:
            raise StoreError(f"Cannot reach the database at {self.location}: {_first_line(exc)}.", hint="Start it, or check --store / RAG_STORE.") from None
        except psycopg.Error as exc:
            raise StoreError(f"The database at {self.location} failed: {_first_line(exc)}.", hint="Run: rag doctor") from None

    def _sql(self, template: str, **names: str) -> Any:
        """``template`` with ``{schema}`` and other identifiers quoted."""
        from psycopg import sql

        return sql.SQL(template).format(schema=sql.Identifier(self.schema), **{k: sql.Identifier(self.schema, v) for k, v in names.items()})

    # ------------------------------------------------------------------ the Store port

    def generation(self) -> str | None:
        with self.errors():
            try:
                row = self.conn.execute(self._sql("SELECT generation FROM {schema}.current")).fetchone()
            except _psycopg().errors.UndefinedTable:  # no index was ever written here (or its tables were dropped)
                return None
        return str(row[0]) if row else None

    def exists(self) -> bool:
        return self.generation() is not None

    @contextmanager
    def lock(self, timeout: float) -> Iterator[None]:
        """The ingest lock: a session-level advisory lock, held on a connection of its own."""
        conn = self.connect()
        key = int.from_bytes(hashlib.sha256(f"rag ingest {self.schema}".encode()).digest()[:8], "big", signed=True)
        try:
            deadline = time.monotonic() + timeout
            with self.errors():
                while not conn.execute("SELECT pg_try_advisory_lock(%s)", (key,)).fetchone()[0]:
                    if time.monotonic() >= deadline:
                        raise LockedError(f"Another rag ingest is running on {self.location} (waited {timeout:g} s).", hint="Wait for it to finish and try again.")
                    time.sleep(0.2)
            yield
        finally:
            conn.close()  # ends the session, which releases the lock

    def read_manifest(self) -> "Manifest":
        generation = self.generation()
        if generation is None:
            raise NoIndexError(f"There is no index in the database at {self.location} yet.", hint="Run: rag ingest [PATH ...]")
        with self.errors(generation):
            row = self.conn.execute(self._sql("SELECT manifest FROM {schema}.generations WHERE name = %s"), (generation,)).fetchone()
        return _manifest(row, generation)

    def load(self, verify: bool = True) -> "LoadedIndex":
        """The live generation, read in one snapshot: its manifest, chunks and BM25 files."""
        from rag.index.loaded_index import LoadedIndex

        conn = self.conn
        no_index = NoIndexError(f"There is no index in the database at {self.location} yet.", hint="Run: rag ingest [PATH ...]")
        with self.errors():
            with conn.transaction():
                conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                if conn.execute("SELECT to_regclass(%s)", (f'"{self.schema}".current',)).fetchone()[0] is None:
                    raise no_index
                row = conn.execute(self._sql("SELECT generation FROM {schema}.current")).fetchone()
                if row is None:
                    raise no_index
                generation = str(row[0])
                snapshot = self._read_generation(conn, generation)
        manifest, chunks, dim, count, blobs = snapshot
        if count != len(chunks):
            raise IndexCorruptError(f"The database's generation {generation} has {count} vectors for {len(chunks)} chunks.", hint=_REBUILD)

        def open_dense() -> PgVectorIndex:
            return PgVectorIndex(self, generation, dim, count)

        def open_lexical() -> Any:
            return _unpack_lexical(blobs, len(chunks))

        return LoadedIndex(generation, manifest, chunks, open_dense, open_lexical)

    def _read_generation(self, conn: Any, generation: str) -> tuple["Manifest", list[Chunk], int, int, dict[str, bytes]]:
        row = conn.execute(self._sql("SELECT manifest FROM {schema}.generations WHERE name = %s"), (generation,)).fetchone()
        manifest = _manifest(row, generation)
        try:
            chunks = [Chunk.from_dict(json.loads(r[0])) for r in conn.execute(self._sql("SELECT record FROM {t} ORDER BY pos", t=f"chunks_{generation}"))]
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise IndexCorruptError(f"The chunk records in the database are unreadable ({exc.__class__.__name__}).", hint=_REBUILD) from None
        count = int(conn.execute(self._sql("SELECT count(*) FROM {t}", t=f"vectors_{generation}")).fetchone()[0])
        dim = int(conn.execute("SELECT atttypmod FROM pg_attribute WHERE attrelid = %s::regclass AND attname = 'embedding'", (f'"{self.schema}"."vectors_{generation}"',)).fetchone()[0])
        if dim != manifest.embedder.get("dim"):
            raise IndexCorruptError(f"The database's vectors are {dim}-d, its manifest says {manifest.embedder.get('dim')}-d.", hint=_REBUILD)
        blobs = {str(name): bytes(data) for name, data in conn.execute(self._sql("SELECT name, data FROM {t}", t=f"lexical_{generation}"))}
        return manifest, chunks, dim, count, blobs

    def write(self, manifest: "Manifest", chunks: list[Chunk], vectors: np.ndarray) -> str:
        """Write a new generation and make it live, all in one transaction; returns its name."""
        from rag.index import lexical
        from rag.index.manifest import json_line

        generation = f"g{time.time_ns():x}{os.getpid():x}"
        manifest.store, manifest.index_type, manifest.artifacts = self.location, "flat", {}
        with tempfile.TemporaryDirectory(prefix="rag-bm25-") as tmp:
            lexical.build(chunks).save(Path(tmp))
            blobs = {str(p.relative_to(tmp)): p.read_bytes() for p in sorted(Path(tmp).rglob("*")) if p.is_file()}
        # a write runs as long as it needs: the statement timeout is for readers
        conn = self.connect(statement_timeout_s=0)
        try:
            with self.errors(generation), conn.transaction():
                self._create_schema(conn)
                conn.execute(self._sql("CREATE TABLE {t} (pos int4 PRIMARY KEY, record text NOT NULL)", t=f"chunks_{generation}"))
                with conn.cursor().copy(self._sql("COPY {t} (pos, record) FROM STDIN", t=f"chunks_{generation}")) as copy:
                    for pos, chunk in enumerate(chunks):
                        copy.write_row((pos, json_line(chunk.to_dict()).rstrip("\n")))
                dim = int(vectors.shape[1]) if vectors.ndim == 2 else int(manifest.embedder["dim"])
                conn.execute(self._sql(f"CREATE TABLE {{t}} (pos int4 PRIMARY KEY, embedding vector({dim}) NOT NULL)", t=f"vectors_{generation}"))
                _copy_vectors(conn, self._sql("COPY {t} (pos, embedding) FROM STDIN WITH (FORMAT BINARY)", t=f"vectors_{generation}"), 0, vectors)
                conn.execute(self._sql("CREATE TABLE {t} (name text PRIMARY KEY, data bytea NOT NULL)", t=f"lexical_{generation}"))
                with conn.cursor() as cur:
                    cur.executemany(self._sql("INSERT INTO {t} (name, data) VALUES (%s, %s)", t=f"lexical_{generation}"), list(blobs.items()))
                conn.execute(self._sql("INSERT INTO {schema}.generations (name, manifest) VALUES (%s, %s)"), (generation, manifest.to_json()))
                conn.execute(
                    self._sql("INSERT INTO {schema}.current (one, generation) VALUES (true, %s) ON CONFLICT (one) DO UPDATE SET generation = EXCLUDED.generation"),
                    (generation,),
                )
        finally:
            conn.close()
        self.clean()
        return generation

    def _create_schema(self, conn: Any) -> None:
        conn.execute(self._sql("CREATE SCHEMA IF NOT EXISTS {schema}"))
        conn.execute(self._sql("CREATE TABLE IF NOT EXISTS {schema}.generations (name text PRIMARY KEY, manifest text NOT NULL, created timestamptz NOT NULL DEFAULT clock_timestamp())"))
        conn.execute(self._sql("CREATE TABLE IF NOT EXISTS {schema}.current (one boolean PRIMARY KEY DEFAULT true CHECK (one), generation text NOT NULL)"))

    def clean(self) -> None:
        """Drop every generation but the live one and the one before it (readers may still be on it)."""
        with self.errors():
            try:
                live = self.generation()
                names = [r[0] for r in self.conn.execute(self._sql("SELECT name FROM {schema}.generations ORDER BY created DESC, name DESC"))]
            except _psycopg().errors.UndefinedTable:
                return
            keep = {live} | set([n for n in names if n != live][:1])
            for name in (n for n in names if n not in keep):
                try:
                    with self.conn.transaction():
                        # a reader in the middle of a search holds its table: leave it for the next clean
                        self.conn.execute("SET LOCAL lock_timeout = '2s'")
                        for kind in ("chunks", "vectors", "lexical"):
                            self.conn.execute(self._sql("DROP TABLE IF EXISTS {t}", t=f"{kind}_{name}"))
                        self.conn.execute(self._sql("DELETE FROM {schema}.generations WHERE name = %s"), (name,))
                except _psycopg().errors.LockNotAvailable:
                    continue

    def orphaned(self) -> bool:
        """Generations without a live pointer: the ``current`` table or its row was removed."""
        return self.generation() is None and bool(self._manifests(1))

    def salvage(self) -> tuple[list[str], list[str]]:
        from rag.index.manifest import salvaged

        for raw in self._manifests(5):
            found = salvaged(raw)
            if found:
                return found
        return [], []

    def _manifests(self, limit: int) -> list[str]:
        with self.errors():
            try:
                return [r[0] for r in self.conn.execute(self._sql("SELECT manifest FROM {schema}.generations ORDER BY created DESC LIMIT %s"), (limit,))]
            except _psycopg().errors.UndefinedTable:
                return []

    def collections(self) -> list[str]:
        """The collections in this database: the base schema and ``<base>_<name>`` schemas that hold a live pointer."""
        base = self.uri.schema
        with self.errors():
            rows = self.conn.execute(
                "SELECT n.nspname FROM pg_namespace n JOIN pg_tables t ON t.schemaname = n.nspname AND t.tablename = 'current' "
                "WHERE n.nspname = %s OR starts_with(n.nspname, %s) ORDER BY n.nspname",
                (base, base + "_"),
            ).fetchall()
        names = [r[0] for r in rows]
        return ([DEFAULT_COLLECTION] if base in names else []) + [n[len(base) + 1 :] for n in names if n != base]

    def tables(self) -> list[str]:
        """The tables in this store's schema (for rag doctor and the tests)."""
        with self.errors():
            rows = self.conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s ORDER BY tablename", (self.schema,))
            return [r[0] for r in rows]


def _manifest(row: Any, generation: str) -> "Manifest":
    from rag.index.manifest import FormatVersionError, Manifest

    if row is None:
        raise IndexCorruptError(f"The database names generation {generation} live but holds no manifest for it.", hint=_REBUILD)
    try:
        return Manifest.from_json(row[0])
    except FormatVersionError as exc:
        raise IndexCorruptError(f"The index in the database has format version {exc.version}; this rag reads another.", hint=_REBUILD) from None
    except (ValueError, TypeError) as exc:
        raise IndexCorruptError(f"The index manifest in the database is unreadable ({exc.__class__.__name__}).", hint=_REBUILD) from None


def _unpack_lexical(blobs: dict[str, bytes], size: int) -> Any:
    """rag's BM25 index from its files as stored in the database, unpacked into a temporary folder."""
    from rag.index import lexical

    if not blobs:
        raise IndexCorruptError("The database holds no BM25 index for this generation.", hint=_REBUILD)
    tmp = tempfile.TemporaryDirectory(prefix="rag-bm25-")
    root = Path(tmp.name)
    for name, data in blobs.items():
        path = (root / name).resolve()
        if root.resolve() not in path.parents:
            raise IndexCorruptError(f"The database's BM25 index names a file outside its folder ({name}).", hint=_REBUILD)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    index = lexical.LexicalIndex.load(root, size)
    index._folder = tmp  # type: ignore[attr-defined]  # the folder lives as long as the index reads it
    return index


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return (text.splitlines() or [exc.__class__.__name__])[0].rstrip(".")[:200]
