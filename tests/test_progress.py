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


def test_reading_is_shown_only_when_it_takes_a_while() -> None:
    out = io.StringIO()
    progress = LineProgress(Console(file=out, force_terminal=False, width=200))
    progress.start(3, "Reading", "files")
    progress.advance(1)
    assert out.getvalue() == ""  # a quick read says nothing (an ingest with nothing new)
    progress.every = 0.0
    progress.advance(1)
    assert out.getvalue().startswith("Reading: 2/3 files (67 %), about ")


class Recording:
    def __init__(self) -> None:
        self.events: list[tuple[str, int]] = []

    def start(self, total: int, label: str = "Embedding", unit: str = "chunks") -> None:
        self.events.append((f"start {label} {unit}", total))

    def advance(self, n: int) -> None:
        self.events.append(("advance", n))

    def stop(self) -> None:
        self.events.append(("stop", 0))


def test_an_ingest_reports_reading_its_files_then_embedding(corpus: Path, settings) -> None:  # type: ignore[no-untyped-def]
    # a big folder was silent for minutes while its files were read and split (a sweep of 723 files)
    from rag.ingestion.ingest import ingest
    from rag.runtime import Runtime

    progress = Recording()
    ingest([corpus], Runtime(settings, embedder=FakeEmbedder()), progress=progress)
    files = len([p for p in corpus.rglob("*") if p.is_file()])
    starts = [e for e in progress.events if e[0].startswith("start")]
    assert starts[0] == ("start Reading files", files) and starts[1][0] == "start Embedding chunks"
    reading = progress.events[1 : progress.events.index(("stop", 0))]
    assert reading == [("advance", 1)] * files
