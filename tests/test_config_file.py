"""rag.toml (issue 13, item 6): flag > environment > file > default, one clear line per bad value."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import one_line_error
from typer.testing import CliRunner

from rag.cli.main import app
from rag.config import Settings
from rag.errors import UsageError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_order_flag_env_file_default(rag_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings.load().k == 5  # default
    write(rag_home / "rag.toml", 'k = 8\nmodel = "fast"\nctx = 8192\ntemperature = 0.5\n')
    s = Settings.load()
    assert (s.k, s.model, s.n_ctx, s.temperature) == (8, "fast", 8192, 0.5)  # the file beats the default
    monkeypatch.setenv("RAG_K", "9")
    assert Settings.load().k == 9  # the environment beats the file
    assert Settings.load(k=3).k == 3  # the flag beats both


def test_user_config_folder_and_rag_config(rag_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "xdg-config" / "rag" / "rag.toml", "k = 11\n")
    assert Settings.load().k == 11
    write(rag_home / "rag.toml", "k = 12\n")
    assert Settings.load().k == 12  # the state root's file first
    monkeypatch.setenv("RAG_CONFIG", str(write(tmp_path / "other.toml", "k = 13\n")))
    assert Settings.load().k == 13


def test_lock_timeout_and_file_size_from_the_file(rag_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rag.documents.reading import max_file_bytes
    from rag.ingestion.ingest import lock_timeout

    monkeypatch.delenv("RAG_LOCK_TIMEOUT")
    write(rag_home / "rag.toml", "lock_timeout = 2.5\nmax_file_mb = 1\n")
    assert lock_timeout(rag_home) == 2.5 and max_file_bytes(rag_home) == 1024 * 1024


@pytest.mark.parametrize("raw", ["nan", "inf", "0", "-1", "lots"])
def test_a_file_size_limit_that_is_not_a_size_is_an_error(raw: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # "nan" and "inf" were an internal error (converting them to a byte count)
    from rag.documents.reading import max_file_bytes
    from rag.errors import UsageError

    monkeypatch.setenv("RAG_MAX_FILE_MB", raw)
    with pytest.raises(UsageError, match="RAG_MAX_FILE_MB.*megabytes.*more than 0"):
        max_file_bytes()
    monkeypatch.setenv("RAG_MAX_FILE_MB", "0.5")
    assert max_file_bytes() == 512 * 1024


@pytest.mark.parametrize("raw", ["nan", "-5", "inf", "soon"])
def test_a_lock_timeout_that_is_not_a_time_is_an_error(raw: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from rag.errors import UsageError
    from rag.ingestion.ingest import lock_timeout

    monkeypatch.setenv("RAG_LOCK_TIMEOUT", raw)
    with pytest.raises(UsageError, match="RAG_LOCK_TIMEOUT.*0 or more"):
        lock_timeout()
    monkeypatch.setenv("RAG_LOCK_TIMEOUT", "0")
    assert lock_timeout() == 0.0


@pytest.mark.parametrize(
    "text,said",
    [
        ("k = ", "not valid TOML"),
        ("colour = 'blue'\n", "unknown key 'colour'"),
        ("k = 'many'\n", "expected a whole number for k"),
        ("k = 0\n", "k must be between 1 and 100"),
        ("temperature = true\n", "temperature must be a string or a number"),
        ("model = ''\n", "model is empty"),
        ("home = '/elsewhere'\n", "'home' cannot be set in the state root's own rag.toml"),
        ("[llm]\nurl = 'x'\n", "unknown key 'llm'"),
    ],
)
def test_a_bad_file_is_one_line_and_exit_2(rag_home: Path, runner: CliRunner, text: str, said: str) -> None:
    path = write(rag_home / "rag.toml", text)
    with pytest.raises(UsageError):
        Settings.load()
    result = runner.invoke(app, ["search", "who?"])
    assert result.exit_code == 2, result.output
    err = one_line_error(result)
    assert said in err and str(path) in err
