"""The indexing commands of the CLI: ingest, search, models list; exit codes and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import one_line_error
from typer.testing import CliRunner

from rag.cli.main import app
from rag.testing import FakeEmbedder
from rag.text import normalise

# durability (fsync) cannot be observed here; skipping it keeps these tests fast
pytestmark = pytest.mark.usefixtures("no_fsync")


def test_ingest_then_search_json(runner: CliRunner, corpus: Path, fake_models: FakeEmbedder) -> None:
    result = runner.invoke(app, ["ingest", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "Indexed 5 files" in result.stderr

    result = runner.invoke(app, ["search", "Who is the US envoy Hochstein?", "--k", "3", "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["k"] == 3 and data["question"] == "Who is the US envoy Hochstein?"
    hits = data["hits"]
    assert len(hits) == 3
    for rank, hit in enumerate(hits, 1):
        assert hit["rank"] == rank
        assert Path(hit["file"]).name.endswith(".txt")
        assert isinstance(hit["start_line"], int) and isinstance(hit["end_line"], int)
        assert 1 <= hit["start_line"] <= hit["end_line"]
        assert hit["text"]
        # the text really is on those lines of that file
        path = Path(hit["file"])
        if not path.is_absolute():
            path = Path.cwd() / path
        lines = path.read_text(encoding="utf-8").split("\n")[hit["start_line"] - 1 : hit["end_line"]]
        assert hit["text"].split()[0] in normalise(" ".join(lines))
    assert any("Hochstein" in h["text"] for h in hits)

    # a second ingest is a no-op, and says so
    again = runner.invoke(app, ["ingest", str(corpus)])
    assert again.exit_code == 0 and "up to date" in again.stderr

    text = runner.invoke(app, ["search", "Hochstein", "-k", "2"])
    assert text.exit_code == 0 and "Hochstein" in text.stdout and "[1]" in text.stdout


def test_ingest_json_report(runner: CliRunner, corpus: Path, fake_models: FakeEmbedder) -> None:
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4")
    result = runner.invoke(app, ["ingest", str(corpus), "--json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["files"] == 5 and report["chunks"] == report["embedded"] > 0
    assert [Path(s["path"]).name for s in report["skipped"]] == ["scan.pdf"]
    assert "scan.pdf" in result.stderr


@pytest.mark.parametrize("command", ["search", "ask"])
@pytest.mark.parametrize(("question", "said"), [("", "is empty"), ("   ", "is empty"), ("?!", "no words"), ("😀😀 ???", "no words")])
def test_empty_question_is_a_usage_error(runner: CliRunner, fake_index, fake_models: FakeEmbedder, command: str, question: str, said: str) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, [command, question])
    assert result.exit_code == 2
    assert said in one_line_error(result)
    assert result.stdout == ""


def test_search_without_index(runner: CliRunner, fake_models: FakeEmbedder) -> None:
    result = runner.invoke(app, ["search", "Who negotiated the ceasefire?"])
    assert result.exit_code == 3
    assert "rag ingest" in one_line_error(result)


def test_search_with_damaged_index(runner: CliRunner, fake_index, fake_models: FakeEmbedder) -> None:  # type: ignore[no-untyped-def]
    from rag.index.store import DENSE_FILE, IndexStore

    gen = IndexStore(fake_index.index_dir).current()
    (gen / DENSE_FILE).write_bytes(b"garbage")
    result = runner.invoke(app, ["search", "Who negotiated the ceasefire?"])
    assert result.exit_code == 4
    assert "--rebuild" in one_line_error(result)


def test_ingest_missing_path(runner: CliRunner, fake_models: FakeEmbedder) -> None:
    result = runner.invoke(app, ["ingest", "/nonexistent/folder"])
    assert result.exit_code != 0 and result.exit_code == 6
    assert "/nonexistent/folder" in one_line_error(result)


def test_models_list_json(runner: CliRunner) -> None:
    result = runner.invoke(app, ["models", "list", "--json"])
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert sorted(r["name"] for r in rows) == sorted(
        ["all-MiniLM-L6-v2", "qwen2.5-coder-1.5b", "qwen2.5-coder-0.5b", "smollm2-135m"]
    )
    by_name = {r["name"]: r for r in rows}
    assert by_name["all-MiniLM-L6-v2"]["kind"] == "embedder"
    assert by_name["qwen2.5-coder-0.5b"]["aliases"] == ["fast"]
    assert by_name["qwen2.5-coder-1.5b"]["default"] and by_name["all-MiniLM-L6-v2"]["default"]
    assert all(r["status"] in {"installed", "not installed", "unverified"} for r in rows)
    # the LLMs live under RAG_HOME, which is empty in tests
    assert by_name["smollm2-135m"]["status"] == "not installed"


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["search", "who", "negotiated"], 'Put the question in quotes: rag search "..."'),
        (["ask", "who", "negotiated"], 'Put the question in quotes: rag ask "..."'),
        (["search", "--k", "abc", "ceasefire"], "See: rag search --help."),
        (["nosuchcommand"], "No such command"),
        (["ingest", "--nosuch"], "No such option: --nosuch. See: rag ingest --help."),
    ],
)
def test_a_bad_command_line_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    from rag.cli.main import main

    monkeypatch.setattr("sys.argv", ["rag", *argv])
    with pytest.raises(SystemExit) as done:
        main()
    assert done.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and err.startswith("rag: error: ") and said in err


def test_main_passes_on_the_exit_status_of_a_command(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], fake_models: FakeEmbedder) -> None:
    from rag.cli.main import main

    monkeypatch.setattr("sys.argv", ["rag", "search", "Who negotiated the ceasefire?"])  # no index in the test home
    with pytest.raises(SystemExit) as done:
        main()
    assert done.value.code == 3 and "rag ingest" in capsys.readouterr().err


def test_counts_read_as_words() -> None:
    from rag.cli.render import count

    assert count(1, "file") == "1 file" and count(0, "file") == "0 files" and count(14600, "chunk") == "14,600 chunks"
    assert count(2, "near-duplicate copy", "near-duplicate copies") == "2 near-duplicate copies"
