"""Skipped files: a repeated skip is summarised at the next ingest, a refusal mentions them, and every
path in --json output is absolute (issue 13)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rag.answering.prompt import REFUSAL
from rag.cli.main import app
from rag.testing import FakeEmbedder, FakeGenerator

pytestmark = pytest.mark.usefixtures("no_fsync")

ENVOY_Q = "Who is the US envoy who negotiated the Israel-Hezbollah ceasefire?"
OFF_TOPIC_Q = "When did the Apollo 11 mission land on the Moon?"


@pytest.fixture
def models(use_backends) -> FakeGenerator:  # type: ignore[no-untyped-def]
    generator = FakeGenerator()
    use_backends(embedder=FakeEmbedder(), generator=generator)
    return generator


def ingest(runner: CliRunner, *args: str):  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["ingest", *args])
    assert result.exit_code == 0, result.stderr
    return result


def skip_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("skipped ")]


def with_skips(corpus: Path) -> list[str]:
    (corpus / "photo.png").write_bytes(b"\x89PNG\r\n")
    (corpus / "archive.zip").write_bytes(b"PK\x03\x04")
    (corpus / "empty.txt").write_text("")
    return ["photo.png", "archive.zip", "empty.txt"]


# --- a repeated skip is summarised ------------------------------------------------------------------


def test_a_file_skipped_again_for_the_same_reason_is_summarised(runner: CliRunner, corpus: Path, models: FakeGenerator) -> None:
    names = with_skips(corpus)
    first = ingest(runner, str(corpus))
    assert sorted(Path(line.split(":")[0].removeprefix("skipped ")).name for line in skip_lines(first.stderr)) == sorted(names)
    assert "as before" not in first.stderr

    second = ingest(runner, str(corpus))
    assert skip_lines(second.stderr) == []
    assert "3 files skipped as before (rag ingest --verbose lists them)." in second.stderr

    # a new skip is listed, the old ones are still summarised
    (corpus / "tool.exe").write_bytes(b"MZ\x90\x00")
    third = ingest(runner, str(corpus))
    assert [Path(line.split(":")[0].removeprefix("skipped ")).name for line in skip_lines(third.stderr)] == ["tool.exe"]
    assert "3 files skipped as before" in third.stderr

    # a file skipped for another reason than before is listed again
    (corpus / "empty.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    fourth = ingest(runner, str(corpus))
    [line] = skip_lines(fourth.stderr)
    assert "empty.txt" in line and "empty" not in line.split(":", 1)[1], line
    assert "3 files skipped as before" in fourth.stderr

    # --verbose lists every one
    verbose = ingest(runner, str(corpus), "--verbose")
    assert len(skip_lines(verbose.stderr)) == 4 and "as before" not in verbose.stderr


def test_the_json_report_lists_every_skip_with_an_absolute_path(
    runner: CliRunner, corpus: Path, models: FakeGenerator, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_skips(corpus)
    monkeypatch.chdir(corpus.parent)  # the path given is relative
    ingest(runner, corpus.name)
    (corpus / "tool.exe").write_bytes(b"MZ\x90\x00")
    report = json.loads(ingest(runner, corpus.name, "--json").stdout)
    flags = {Path(s["path"]).name: s["as_before"] for s in report["skipped"]}
    assert flags == {"photo.png": True, "archive.zip": True, "empty.txt": True, "tool.exe": False}
    assert all(os.path.isabs(s["path"]) and os.path.exists(s["path"]) for s in report["skipped"])
    assert "skipped_as_before" not in report
    assert Path(report["index_dir"]).is_absolute()


def test_a_skip_is_recorded_when_nothing_else_changed(runner: CliRunner, corpus: Path, models: FakeGenerator) -> None:
    ingest(runner, str(corpus))
    (corpus / "photo.png").write_bytes(b"\x89PNG\r\n")  # no document changed: only a new skip
    first = ingest(runner, str(corpus))
    assert len(skip_lines(first.stderr)) == 1
    sources = json.loads(runner.invoke(app, ["sources", "--json"]).stdout)
    assert [Path(p).name for p in sources["skipped"]] == ["photo.png"]
    again = ingest(runner, str(corpus))
    assert skip_lines(again.stderr) == [] and "1 file skipped as before" in again.stderr
    assert "up to date" in again.stderr


def test_skips_are_compared_by_absolute_path_wherever_rag_runs(
    runner: CliRunner, corpus: Path, models: FakeGenerator, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_skips(corpus)
    monkeypatch.chdir(corpus.parent)
    ingest(runner, corpus.name)  # relative
    monkeypatch.chdir(corpus)
    again = ingest(runner, ".")  # the same folder, named from inside it
    assert skip_lines(again.stderr) == [] and "3 files skipped as before" in again.stderr


# --- a refusal mentions the skipped files -----------------------------------------------------------


def test_a_refusal_mentions_the_files_skipped_at_ingest(runner: CliRunner, corpus: Path, models: FakeGenerator) -> None:
    with_skips(corpus)
    ingest(runner, str(corpus))
    refused = runner.invoke(app, ["ask", OFF_TOPIC_Q])
    assert refused.exit_code == 0
    lines = refused.stdout.strip().splitlines()
    assert lines[0] == REFUSAL
    assert lines[1] == "Note: 3 files were skipped at the last ingest; the answer may be in one of them (rag sources lists them)."
    listed = json.loads(runner.invoke(app, ["sources", "--json"]).stdout)["skipped"]
    assert len(listed) == 3  # the files the note speaks of

    data = json.loads(runner.invoke(app, ["ask", OFF_TOPIC_Q, "--json"]).stdout)
    assert data["refused"] and data["skipped_at_ingest"] == 3
    # an answer says nothing of them
    answered = runner.invoke(app, ["ask", ENVOY_Q])
    assert "Sources" in answered.stdout and "skipped" not in answered.stdout
    assert json.loads(runner.invoke(app, ["ask", ENVOY_Q, "--json"]).stdout)["skipped_at_ingest"] is None


def test_a_refusal_without_skips_has_no_note(runner: CliRunner, corpus: Path, models: FakeGenerator) -> None:
    ingest(runner, str(corpus))
    refused = runner.invoke(app, ["ask", OFF_TOPIC_Q])
    assert refused.stdout.strip() == REFUSAL
    assert json.loads(runner.invoke(app, ["ask", OFF_TOPIC_Q, "--json"]).stdout)["skipped_at_ingest"] == 0


def test_chat_refusal_mentions_them_too(runner: CliRunner, corpus: Path, models: FakeGenerator) -> None:
    with_skips(corpus)
    ingest(runner, str(corpus))
    result = runner.invoke(app, ["chat"], input=f"{OFF_TOPIC_Q}\n")
    assert result.exit_code == 0
    assert REFUSAL in result.stdout and "Note: 3 files were skipped at the last ingest" in result.stdout


# --- absolute paths in JSON, short ones in text -----------------------------------------------------


def test_json_paths_are_absolute_and_text_paths_short(runner: CliRunner, corpus: Path, models: FakeGenerator, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus.parent)
    report = json.loads(ingest(runner, corpus.name, "--json").stdout)
    assert report["new"] and all(os.path.isabs(p) for p in report["new"])

    copied = "Iran is unable to muster a defense of the Assad government"  # a passage with copies in other files
    hits = json.loads(runner.invoke(app, ["search", copied, "--json"]).stdout)["hits"]
    assert all(os.path.isabs(h["file"]) and os.path.isfile(h["file"]) for h in hits)
    duplicates = [d for h in hits for d in h["duplicates"]]
    assert duplicates and all(os.path.isabs(d) and os.path.isfile(d) for d in duplicates)

    answer = json.loads(runner.invoke(app, ["ask", ENVOY_Q, "--json"]).stdout)
    files = [c["file"] for c in answer["citations"]] + [h["file"] for h in answer["retrieved"]]
    assert answer["citations"] and all(os.path.isabs(f) and os.path.isfile(f) for f in files)

    with_skips(corpus)
    ingest(runner, corpus.name)
    held = json.loads(runner.invoke(app, ["sources", "--json"]).stdout)
    paths = [f["path"] for f in held["files"]] + held["roots"] + list(held["skipped"])
    assert len(held["skipped"]) == 3 and all(os.path.isabs(p) for p in paths)
    [collection] = json.loads(runner.invoke(app, ["collections", "--json"]).stdout)
    assert collection["roots"] and all(os.path.isabs(p) for p in collection["roots"])

    # the text output names files relative to the working folder, and copies by their file name
    text = runner.invoke(app, ["search", copied]).stdout
    assert f"{corpus.name}/" in text and str(corpus) not in text
    assert "also in 0" in text
    shown = runner.invoke(app, ["ask", ENVOY_Q]).stdout
    assert f"{corpus.name}/" in shown and str(corpus) not in shown
