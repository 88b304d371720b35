"""Progress of a long ingest: a bar in a terminal, a line every few seconds in a pipe."""

from __future__ import annotations

import time
from typing import Any

#: skipped files listed one by one after an ingest; the rest are counted (all are in --json)
MAX_SKIPS_SHOWN = 10
#: seconds between two progress lines when stderr is not a terminal
LINE_EVERY_S = 5.0


def progress_for(console: Any) -> "RichProgress | LineProgress":
    """A bar when ``console`` is a terminal, else periodic lines (a piped ingest is not silent)."""
    return RichProgress(console) if console.is_terminal else LineProgress(console)


class RichProgress:
    """A progress bar with the count and an estimate of the time left."""

    def __init__(self, console: Any) -> None:
        self.console = console
        self._progress: Any = None
        self._task: Any = None

    def start(self, total: int, label: str = "Embedding", unit: str = "chunks") -> None:
        if total == 0:
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(
            TextColumn(label), BarColumn(), MofNCompleteColumn(), TextColumn(unit), TimeRemainingColumn(), console=self.console, transient=True
        )
        self._progress.start()
        self._task = self._progress.add_task(label, total=total)

    def advance(self, n: int) -> None:
        if self._progress is not None:
            self._progress.advance(self._task, n)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None



class LineProgress:
    """One line every :data:`LINE_EVERY_S` seconds: done, total, share, and an estimate of the time left.

    Embedding is announced as it starts; reading the files only once it has taken that long (an ingest
    with nothing new reads its files in a second or two, and says nothing about it)."""

    def __init__(self, console: Any, every: float = LINE_EVERY_S) -> None:
        self.console = console
        self.every = every
        self.total = 0
        self.done = 0
        self.label, self.unit = "Embedding", "chunks"
        self._start = self._last = 0.0

    def start(self, total: int, label: str = "Embedding", unit: str = "chunks") -> None:
        self.total, self.done, self.label, self.unit = total, 0, label, unit
        self._start = self._last = time.monotonic()
        if total and label == "Embedding":
            self.console.print(f"Embedding {total:,} {unit} ...", markup=False, soft_wrap=True)

    def advance(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        if self.total and now - self._last >= self.every and self.done < self.total:
            self._last = now
            rate = self.done / max(1e-9, now - self._start)
            left = (self.total - self.done) / rate if rate else 0.0
            self.console.print(
                f"{self.label}: {self.done:,}/{self.total:,} {self.unit} ({100 * self.done / self.total:.0f} %), about {left:.0f} s left",
                markup=False, soft_wrap=True,
            )  # fmt: skip

    def stop(self) -> None:
        return None
