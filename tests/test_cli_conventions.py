"""CLI conventions a user expects (issue 13, item 3): --version, -h, help for bare `rag` on stdout
with exit 0, shell completion, global options before the command, unwrapped output in a pipe,
--json errors as JSON on stdout, and `rag eval` finding its gold set from any folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from rag import __version__
from rag.testing import FakeEmbedder


def main(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from rag.cli.main import main as cli_main

    monkeypatch.setattr("sys.argv", ["rag", *argv])
    with pytest.raises(SystemExit) as done:
        cli_main()
    out = capsys.readouterr()
    return int(done.value.code or 0), out.out, out.err


def test_version_and_short_help(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(monkeypatch, capsys, "--version") == (0, f"rag {__version__}\n", "")
    code, out, _ = main(monkeypatch, capsys, "-h")
    assert code == 0 and "Usage: rag" in out and "ingest" in out
    code, out, _ = main(monkeypatch, capsys, "ask", "-h")
    assert code == 0 and "--llm-url" in out


def test_bare_rag_prints_help_on_stdout_and_exits_0(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = main(monkeypatch, capsys)
    assert code == 0 and "Usage: rag" in out and "Commands" in out and err == ""


def test_shell_completion_is_on() -> None:
    # typer takes the shell from the process tree (shellingham) unless told not to; a test run with no
    # shell among its ancestors (started in the background, reparented to init) found none
    env = {**os.environ, "RAG_NO_SUPERVISOR": "1", "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    proc = subprocess.run([sys.executable, "-c", "from rag.cli.main import main; main()", "--show-completion", "bash"], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0 and "complete" in proc.stdout and "rag" in proc.stdout, proc.stderr


def test_home_before_the_command(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, fake_models: FakeEmbedder) -> None:
    code, out, err = main(monkeypatch, capsys, "--home", str(tmp_path / "elsewhere"), "ingest", str(ROOT / "seeds"))
    assert code == 0, err
    assert (tmp_path / "elsewhere" / ".rag" / "index" / "CURRENT").is_file()
    code, out, err = main(monkeypatch, capsys, "--home", "", "search", "who?")
    assert code == 2 and "'--home': it is empty" in err and not out
    code, out, err = main(monkeypatch, capsys, "--home", "", "search", "--json", "who?")  # it printed no JSON
    assert code == 2 and "'--home': it is empty" in json.loads(out)["error"]


def test_json_errors_are_json_on_stdout(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], fake_models: FakeEmbedder) -> None:
    code, out, err = main(monkeypatch, capsys, "search", "--json", "Who negotiated the ceasefire?")  # no index yet
    assert code == 3 and err.startswith("rag: error: ")
    data = json.loads(out)
    assert data == {"error": "There is no index yet. Run: rag ingest [PATH ...]", "exit_code": 3}


@pytest.mark.parametrize(
    ("argv", "as_json"),
    [
        (["ask", "--k", "x", "--", "--json"], False),  # a question after --
        (["search", "--k", "--json", "q"], False),  # the value of --k
        (["search", "--home", "--json", "--k", "x", "q"], False),  # the value of --home
        (["--home", "--json", "search", "-k", "x", "q"], False),  # the value of the global --home
        (["search", "--k", "x", "--json", "--", "q"], True),
        (["ask", "--nosuch", "--json", "q"], True),  # after the bad option
        (["--home", "/nowhere", "search", "--json", "--k=x", "q"], True),
        (["doctor", "--json"], True),  # a --json the command does not take still asked for JSON
    ],
)
def test_only_a_json_option_makes_a_usage_error_json(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str], as_json: bool
) -> None:
    code, out, err = main(monkeypatch, capsys, *argv)
    assert code == 2 and err.startswith("rag: error: ") and err.count("\n") == 1
    if as_json:
        assert json.loads(out)["exit_code"] == 2
    else:
        assert out == ""


def test_piped_output_is_not_wrapped(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], fake_index, fake_models: FakeEmbedder) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("COLUMNS", raising=False)
    code, out, _ = main(monkeypatch, capsys, "search", "Who is the US envoy who negotiated the ceasefire?")
    assert code == 0
    longest = max(len(line) for line in out.splitlines())
    assert longest > 120  # a passage stays on its line in a pipe (rich wraps at 80 columns by default)


def test_eval_finds_its_gold_set_from_another_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from rag.eval.gold import default_gold

    monkeypatch.chdir(tmp_path)
    assert default_gold() == ROOT / "eval" / "gold.jsonl" and default_gold().is_file()


@pytest.mark.parametrize("stream", ["stdout", "stderr"])
def test_a_reader_that_closes_the_pipe_early_is_not_an_error(stream: str, tmp_path: Path) -> None:
    """`rag search … | head -1`: exit 0, no traceback (rich's own handler exits 1, the status of a failed
    gate); and a closed stderr (`rag ingest 2>&1 | head -1`) silences the progress, not the work."""
    marker = tmp_path / "finished"
    code = (
        f"from rag.cli.render import {stream}_console\n"
        f"console = {stream}_console()\n"
        "for _ in range(20000):\n"
        "    console.print('x' * 200)\n"
        f"open({str(marker)!r}, 'w').close()\n"
    )
    pipe = {stream: subprocess.PIPE}
    other = "stderr" if stream == "stdout" else "stdout"
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, **pipe, **{other: subprocess.DEVNULL})  # type: ignore[call-overload]
    reader = getattr(proc, stream)
    assert reader.read(10)
    reader.close()
    assert proc.wait(timeout=60) == 0
    assert marker.exists() == (stream == "stderr")  # stdout's reader is gone: the output stops there


def test_a_newline_in_a_file_name_stays_in_the_hit_header() -> None:
    from rag.cli.render import hit_header
    from rag.records import Chunk, Hit

    chunk = Chunk(id="x", source="/d/two\nlines.txt", text="t", start_char=0, end_char=1, start_line=1, end_line=1)
    header = hit_header(Hit(chunk=chunk, score=0.5, dense=0.5, lexical=1.0, rank=1)).plain
    assert "\n" not in header and "two lines.txt" in header


def test_a_copy_in_another_folder_is_named_by_its_path() -> None:
    # hundreds of files named changelog.Debian: "also in changelog.Debian" said nothing
    from rag.cli.render import hit_header
    from rag.records import Chunk, Hit

    chunk = Chunk(id="x", source="/d/jq/changelog.Debian", text="t", start_char=0, end_char=1, start_line=1, end_line=1)
    hit = Hit(chunk=chunk, score=0.5, dense=0.5, lexical=1.0, rank=1, duplicates=("/d/libjq1/changelog.Debian", "/d/jq/copy.txt"))
    assert "also in /d/libjq1/changelog.Debian, copy.txt" in hit_header(hit).plain
