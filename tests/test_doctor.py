"""`rag doctor`: exit 0 on a healthy setup; exit 1 with a line naming the fix for each problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from rag.cli.main import app
from rag.config import Settings
from rag.doctor import Check, failed, run_checks
from rag.index.store import DENSE_FILE, IndexStore
from rag.ingestion.ingest import ingest
from rag.runtime import Runtime
from rag.testing import FakeEmbedder

pytestmark = pytest.mark.usefixtures("no_fsync")


@pytest.fixture
def fake_embedder_everywhere(use_backends) -> FakeEmbedder:  # type: ignore[no-untyped-def]
    """The configured embedder is a FakeEmbedder for ingest, search and doctor alike."""
    embedder = FakeEmbedder()
    use_backends(embedder=embedder)
    return embedder


@pytest.fixture
def gguf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """RAG_MODEL: a (tiny, fake) GGUF file given by path."""
    path = tmp_path / "tiny.gguf"
    path.write_bytes(b"GGUF\x03\x00\x00\x00" + b"\x00" * 64)
    monkeypatch.setenv("RAG_MODEL", str(path))
    return path


@pytest.fixture
def healthy(corpus: Path, fake_embedder_everywhere: FakeEmbedder, gguf: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    from rag.models import selftest

    # the fake GGUF cannot generate; the probe's own cases are in test_native_crash.py
    monkeypatch.setattr(selftest, "probe", lambda path, threads, safe=False: selftest.Outcome(True, seconds=0.1))
    settings = Settings.load()
    ingest([corpus], Runtime(settings, embedder=fake_embedder_everywhere))
    return settings


def by_name(checks: list[Check]) -> dict[str, Check]:
    return {c.name.split(" ")[0] if c.name.startswith(("model", "embedder")) else c.name: c for c in checks}


def test_healthy_setup(healthy: Settings, runner: CliRunner) -> None:
    checks = run_checks(healthy)
    assert failed(checks) == [], failed(checks)
    names = [c.name for c in checks]
    assert {"python", "packages", "offline", "index", "index embedder", "index chunker", "index freshness"} <= set(names)
    assert "embedder fake-hash-64" in names and "model tiny.gguf" in names

    result = runner.invoke(app, ["doctor"])
    assert result.exit_code == 0, result.output
    assert "FAIL" not in result.stdout and result.stdout.count("ok   ") == len(checks)


def _fails_with(runner: CliRunner, check: str, fix: str) -> str:
    result = runner.invoke(app, ["doctor", "--quick"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.stdout.splitlines() if line.startswith("FAIL")]
    assert len(lines) == 1, result.stdout
    assert lines[0].startswith(f"FAIL {check}") and f"-> {fix}" in lines[0], lines[0]
    return lines[0]


def test_damaged_index(healthy: Settings, runner: CliRunner) -> None:
    gen = IndexStore(healthy.index_dir).current()
    (gen / DENSE_FILE).write_bytes(b"damaged")
    line = _fails_with(runner, "index", "Run: rag ingest --rebuild")
    assert "damaged" in line


def test_no_index(fake_embedder_everywhere: FakeEmbedder, gguf: Path, runner: CliRunner) -> None:
    line = _fails_with(runner, "index", "Run: rag ingest")
    assert "no index" in line.lower()


def test_stale_index(healthy: Settings, corpus: Path, runner: CliRunner) -> None:
    victim = sorted(corpus.glob("*.txt"))[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\nA line added after the ingest.\n", encoding="utf-8")
    line = _fails_with(runner, "index freshness", "Run: rag ingest")
    assert victim.name in line and "changed" in line
    # the fix fixes it
    assert runner.invoke(app, ["ingest"]).exit_code == 0
    assert runner.invoke(app, ["doctor", "--quick"]).exit_code == 0


def test_deleted_document_makes_the_index_stale(healthy: Settings, corpus: Path, runner: CliRunner) -> None:
    victim = sorted(corpus.glob("*.txt"))[1]
    victim.unlink()
    line = _fails_with(runner, "index freshness", "Run: rag ingest")
    assert victim.name in line and "deleted" in line


def test_missing_model(healthy: Settings, runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RAG_MODEL")  # the default model, not installed in the test's RAG_HOME
    line = _fails_with(runner, "model qwen2.5-coder-1.5b", "Run: rag models install qwen2.5-coder-1.5b")
    assert "not installed" in line


def test_model_path_that_is_not_gguf(healthy: Settings, runner: CliRunner, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a model")
    result = runner.invoke(app, ["doctor", "--quick", "--model", str(notes)])
    assert result.exit_code == 1
    assert any(line.startswith("FAIL model") and "not a GGUF" in line for line in result.stdout.splitlines())


def test_truncated_catalogue_model(healthy: Settings, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from test_models import PARTS, fake_spec, make_parts

    from rag.models import catalog as models

    spec = fake_spec()
    real = models.resolve_name
    monkeypatch.setattr(models, "resolve_name", lambda name: spec if name == spec.name else real(name))
    target = spec.target(healthy)
    models.assemble(spec, make_parts(tmp_path / "parts", PARTS), target)
    monkeypatch.setenv("RAG_MODEL", spec.name)
    assert failed(run_checks(Settings.load())) == []  # verified: sha256 recomputed
    target.write_bytes(target.read_bytes()[:100])
    line = _fails_with(runner, "model tiny-test-llm", "Run: rag models install tiny-test-llm")
    assert "partial or changed" in line


def test_index_of_another_embedder(healthy: Settings, runner: CliRunner, use_backends) -> None:  # type: ignore[no-untyped-def]
    use_backends(embedder=FakeEmbedder(dim=32))
    line = _fails_with(runner, "index embedder", "Run: rag ingest --rebuild")
    assert "fake-hash-64" in line and "fake-hash-32" in line


def test_index_chunked_otherwise(healthy: Settings, runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """An index chunked by an older rag (or with other chunk settings) is named, with the ingest that rebuilds it."""
    monkeypatch.setenv("RAG_CHUNK_TOKENS", "64")
    line = _fails_with(runner, "index chunker", "Run: rag ingest")
    assert "128 word pieces" in line and "64 word pieces" in line


def test_embedder_not_installed(healthy: Settings, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    empty = tmp_path / "not-a-model"
    empty.mkdir()
    monkeypatch.setenv("RAG_EMBEDDER", str(empty))
    line = _fails_with(runner, "embedder", "See: rag models list")
    assert "tokenizer.json" in line
