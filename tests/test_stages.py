"""What the terminal shows while an answer is prepared: its stages on stderr, transient, gone before
the answer starts; nothing in a pipe or with --json (issue 13)."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console
from test_answer import ENVOY_Q
from typer.testing import CliRunner

from rag.answering.answer import ask
from rag.cli.main import app
from rag.cli.repl import answer_streamed
from rag.config import Settings
from rag.runtime import Runtime
from rag.testing import FakeEmbedder, FakeGenerator

pytestmark = pytest.mark.usefixtures("no_fsync")


def terminal(file: io.StringIO) -> Console:
    return Console(file=file, force_terminal=True, color_system=None, width=300, highlight=False)


def test_stages_show_on_a_terminal_and_are_gone_before_the_answer(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    screen = io.StringIO()  # stdout and stderr on one terminal, as in a shell
    runtime = Runtime(fake_index, embedder=fake_embedder, generator=FakeGenerator())
    answer = answer_streamed(
        terminal(screen), True, lambda shown: ask(ENVOY_Q, runtime, on_token=shown.on_token, on_stage=shown.on_stage), terminal(screen)
    )
    text = screen.getvalue()
    reading = re.search(r"reading (\d+) passages? from ([^…]+)…", text)
    assert "searching…" in text and reading, text
    # the files of the passages, named as soon as they were retrieved
    assert answer.hits[0].chunk.file_name in reading.group(2)
    first_word = answer.raw.split()[0]
    last_stage = text.rindex("reading ")
    # the stage line is erased (transient) before the first word of the answer is drawn
    assert last_stage < text.index("\x1b[2K", last_stage) < text.index(first_word, last_stage)
    assert text.index("searching…") < text.index("reading ")


def test_no_stage_without_a_terminal(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    err, out = io.StringIO(), io.StringIO()
    runtime = Runtime(fake_index, embedder=fake_embedder, generator=FakeGenerator())
    answer_streamed(Console(file=out), True, lambda shown: ask(ENVOY_Q, runtime, on_token=shown.on_token, on_stage=shown.on_stage), Console(file=err))
    assert err.getvalue() == ""
    assert "searching" not in out.getvalue() and "envoy" in out.getvalue()


def test_without_streaming_the_stage_says_the_answer_is_being_written(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    err, out = io.StringIO(), io.StringIO()
    runtime = Runtime(fake_index, embedder=fake_embedder, generator=FakeGenerator())
    answer_streamed(terminal(out), False, lambda shown: ask(ENVOY_Q, runtime, on_token=shown.on_token, on_stage=shown.on_stage), terminal(err))
    assert "writing the answer…" in err.getvalue()
    assert "writing" not in out.getvalue() and "envoy" in out.getvalue()


@pytest.mark.parametrize("flags", [[], ["--json"], ["--no-stream"]])
def test_ask_in_a_pipe_prints_no_stage(fake_index: Settings, fake_embedder: FakeEmbedder, use_backends, flags: list[str]) -> None:  # type: ignore[no-untyped-def]
    use_backends(embedder=fake_embedder, generator=FakeGenerator())
    result = CliRunner().invoke(app, ["ask", ENVOY_Q, *flags])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert "envoy" in result.stdout and "searching" not in result.stdout
