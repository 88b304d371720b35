"""`rag chat` in a real terminal (a pty): the up arrow recalls the last question instead of printing
^[[A, and the questions are kept in a history file between sessions (issue 13, item 4)."""

from __future__ import annotations

import os
import select
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

pty = pytest.importorskip("pty")

WORKER = """
import os, sys
from rag.backends.registry import register_embedder, register_generator
from rag.testing import FakeEmbedder, FakeGenerator
embedder, generator = FakeEmbedder(), FakeGenerator()
register_embedder(embedder.name, lambda s: embedder)
register_generator(generator.name, lambda s, m: generator)
os.environ.update(RAG_EMBEDDER=embedder.name, RAG_MODEL=generator.name)
from rag.cli.main import main
sys.argv = ["rag", *sys.argv[1:]]
main()
"""
QUESTION = "Who is the US envoy who negotiated the ceasefire?"


def _read_until(fd: int, marker: bytes, timeout: float = 60) -> bytes:
    out = b""
    end = time.monotonic() + timeout
    while marker not in out and time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
    return out


def _chat(home: Path, keys: list[bytes]) -> bytes:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAG_")}
    env.update(RAG_HOME=str(home), PYTHONPATH=str(ROOT), TERM="xterm", COLUMNS="200")
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.execve(sys.executable, [sys.executable, "-c", WORKER, "chat"], env)
    seen = _read_until(fd, b"> ")
    for key in keys:
        os.write(fd, key)
        seen += _read_until(fd, b"\n> ")
    os.write(fd, b"\x04")  # Ctrl-D leaves
    seen += _read_until(fd, b"\xff", timeout=10)
    os.waitpid(pid, 0)
    os.close(fd)
    return seen


def test_up_arrow_and_history(tmp_path: Path) -> None:
    import subprocess

    home = tmp_path / "chat-home"
    (home / "models").mkdir(parents=True)
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("RAG_")}, "RAG_HOME": str(home), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", WORKER, "ingest", str(ROOT / "seeds")], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    first = _chat(home, [QUESTION.encode() + b"\r", b"\x1b[A\r"])
    text = first.decode("utf-8", "replace")
    assert "^[[A" not in text
    # the up arrow brought the question back, and it was answered again
    assert text.count(QUESTION) >= 2 and text.count("Sources") == 2, text[-2000:]
    history = (home / ".rag" / "chat_history").read_text()
    assert QUESTION in history
    # a new session recalls the question of the last one
    second = _chat(home, [b"\x1b[A\r"]).decode("utf-8", "replace")
    assert QUESTION in second and "Sources" in second, second[-2000:]
