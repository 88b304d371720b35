"""Feedback of a long ingest (issue 13, item 5, in part): lines in a pipe, skips summarised."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from rag.cli.main import app
from rag.ingestion.progress import MAX_SKIPS_SHOWN, LineProgress, progress_for
from rag.testing import FakeEmbedder


def test_lines_in_a_pipe_with_an_estimate() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=False, width=200)
    progress = progress_for(console)
    assert isinstance(progress, LineProgress)
    progress.every = 0.0
    progress.start(100)
    for _ in range(4):
        progress.advance(20)
    progress.advance(20)  # done: no line for 100 %
    progress.stop()
    lines = out.getvalue().splitlines()
    assert lines[0] == "Embedding 100 chunks ..."
    assert lines[1].startswith("Embedding: 20/100 chunks (20 %), about ") and lines[-1].startswith("Embedding: 80/100")
    assert len(lines) == 5


def test_many_skips_are_summarised(corpus: Path, settings, use_backends, runner: CliRunner) -> None:  # type: ignore[no-untyped-def]
    use_backends(embedder=FakeEmbedder())
    for i in range(MAX_SKIPS_SHOWN + 7):
        (corpus / f"picture-{i:02d}.png").write_bytes(b"\x89PNG\r\n")
    result = runner.invoke(app, ["ingest", str(corpus)])
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert len(skipped) == MAX_SKIPS_SHOWN
    assert "... and 7 more files skipped (rag ingest --verbose lists every one" in result.stderr
    assert "Embedding " in result.stderr  # not a terminal: progress as lines, not silence
