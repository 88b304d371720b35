"""An interrupted ingest keeps what it embedded: the next one resumes instead of starting over."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import ROOT, RecordingEmbedder, wait_for

from rag.config import Settings
from rag.ingestion import ingest as ingest_module
from rag.ingestion.ingest import ingest
from rag.ingestion.resume import Journal, journal_path
from rag.runtime import Runtime
from rag.testing import FakeEmbedder


class Interrupted(RecordingEmbedder):
    """Embeds ``slices`` calls' worth, then acts as a Ctrl-C would."""

    def __init__(self, slices: int) -> None:
        super().__init__()
        self.left = slices

    def embed(self, texts, batch_size=32, on_batch=None):  # type: ignore[no-untyped-def]
        if self.left == 0:
            raise KeyboardInterrupt
        self.left -= 1
        return super().embed(texts, batch_size, on_batch)


def _vectors(settings: Settings) -> dict[str, np.ndarray]:
    loaded = Runtime(settings, embedder=FakeEmbedder()).store.load()
    return {c.id: v for c, v in zip(loaded.chunks, loaded.vectors())}


def test_ctrl_c_then_the_next_ingest_resumes(settings: Settings, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_module, "RESUME_SLICE", 16)
    with pytest.raises(KeyboardInterrupt):
        ingest([corpus], Runtime(settings, embedder=Interrupted(slices=3)))
    assert not Runtime(settings).store.exists()  # nothing was switched
    journal = journal_path(settings.home, str(settings.index_dir))
    assert journal.is_file()

    logs: list[str] = []
    again = RecordingEmbedder()
    report = ingest([corpus], Runtime(settings, embedder=again), log=logs.append)
    # the 3 slices of 16 done before Ctrl-C are not embedded again (nor passages of the same text elsewhere)
    resumed = report.chunks - len(again.texts)
    assert report.chunks > 48 and report.embedded == len(again.texts) and report.resumed == resumed  # embedded said all
    assert 48 <= resumed < 60
    assert f"Resuming: {resumed} of {report.chunks} passages were embedded by an interrupted ingest." in logs, logs
    assert not journal.exists()  # done: nothing left to resume

    # the index is the one an uninterrupted ingest writes
    fresh = Settings.load(home=settings.home.parent / "fresh-home")
    ingest([corpus], Runtime(fresh, embedder=FakeEmbedder()))
    got, want = _vectors(settings), _vectors(fresh)
    assert got.keys() == want.keys()
    for key in want:
        np.testing.assert_array_equal(got[key], want[key])


def test_journal_of_another_embedder_or_torn_is_safe(tmp_path: Path) -> None:
    path = tmp_path / "j.bin"
    j = Journal(path, "emb-a", 4)
    j.append(["one", "two"], np.eye(2, 4, dtype=np.float32))
    j.close()
    with open(path, "ab") as fh:
        fh.write(b"\x01" * 20)  # a torn record: a kill in the middle of a write
    again = Journal(path, "emb-a", 4)
    assert set(again.take(["two", "three", "one"])) == {0, 2}
    np.testing.assert_array_equal(again.take(["two"])[0], np.eye(2, 4, dtype=np.float32)[1])
    again.append(["three"], np.ones((1, 4), np.float32))  # appends after the torn bytes were cut
    again.close()
    assert set(Journal(path, "emb-a", 4).take(["one", "two", "three"])) == {0, 1, 2}
    assert Journal(path, "emb-b", 4).take(["one"]) == {}  # another embedder's vectors are never used
    assert Journal(path, "emb-a", 8).take(["one"]) == {}


WORKER = r"""
import os, sys, time
from rag.ingestion import ingest as ingest_module
from rag.config import Settings
from rag.ingestion.ingest import ingest
from rag.runtime import Runtime
from rag.testing import FakeEmbedder
from pathlib import Path

ingest_module.RESUME_SLICE = 8
class Slow(FakeEmbedder):
    calls = 0
    def embed(self, texts, batch_size=32, on_batch=None):
        Slow.calls += 1
        if Slow.calls == 4:
            Path(os.environ["MARKER"]).write_text("three slices done")
        time.sleep(0.3)
        return super().embed(texts, batch_size, on_batch)
ingest([sys.argv[1]], Runtime(Settings.load(), embedder=Slow()))
"""


def test_kill_9_during_embedding_then_resume(settings: Settings, corpus: Path, tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MARKER": str(marker)}
    proc = subprocess.Popen([sys.executable, "-c", WORKER, str(corpus)], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    wait_for(marker, proc, timeout=60)
    proc.kill()
    proc.wait()
    again = RecordingEmbedder()
    report = ingest([corpus], Runtime(settings, embedder=again))
    assert len(again.texts) <= report.chunks - 24  # at least the 3 slices of 8 written before the kill were kept
    assert Runtime(settings, embedder=FakeEmbedder()).store.load().chunks
