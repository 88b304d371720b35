"""`rag ask` in a real terminal (a pty), through the supervisor, with the real 0.5B model: its stages
show while it works, and Ctrl-C while the model reads the prompt ends it at once with status 130."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

pty = pytest.importorskip("pty")
pytestmark = pytest.mark.integration

MODEL = ROOT / "models" / "qwen2.5-coder-0.5b-instruct.gguf"
#: the command itself, with the fake embedder registered (ingest takes no time); the LLM is real
CHILD = """
import os, sys
from rag.backends.registry import register_embedder
from rag.testing import FakeEmbedder
embedder = FakeEmbedder()
register_embedder(embedder.name, lambda s: embedder)
os.environ["RAG_EMBEDDER"] = embedder.name
from rag.cli.main import main
sys.argv = ["rag", *sys.argv[1:]]
main()
"""
#: the `rag` supervisor, running CHILD in its child process as it runs `python -m rag.cli.main`
SUPERVISOR = "import sys; from rag.process.launcher import supervise; sys.exit(supervise(sys.argv[2:], [sys.executable, '-c', sys.argv[1]]))"
QUESTION = "Who is the US envoy who negotiated the Israel-Hezbollah ceasefire, and what did he say about Hezbollah?"


def _read(fd: int, until: bytes, seen: bytes, timeout: float) -> bytes:
    end = time.monotonic() + timeout
    while until not in seen and time.monotonic() < end:
        if select.select([fd], [], [], 0.1)[0]:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


def test_ctrl_c_while_the_model_reads_the_prompt(rag_home: Path) -> None:
    if not MODEL.is_file():
        pytest.skip(f"{MODEL} is missing (rag models install qwen2.5-coder-0.5b)")
    home = rag_home
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAG_")}
    env.update(RAG_HOME=str(home), PYTHONPATH=str(ROOT), TERM="xterm", COLUMNS="200", RAG_K="20")
    done = subprocess.run([sys.executable, "-c", CHILD, "ingest", str(SEEDS)], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr

    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.execve(sys.executable, [sys.executable, "-c", SUPERVISOR, CHILD, "ask", "--model", str(MODEL), QUESTION], env)
    seen = _read(fd, b"reading ", b"", timeout=600)
    assert b"searching\xe2\x80\xa6" in seen and b"reading " in seen, seen[-2000:]
    time.sleep(0.2)
    os.write(fd, b"\x03")  # Ctrl-C: the terminal sends SIGINT to its foreground group, supervisor and child
    sent = time.monotonic()
    seen = _read(fd, b"\xff", seen, timeout=120)  # to the end of the output
    _, status = os.waitpid(pid, 0)
    took = time.monotonic() - sent
    os.close(fd)
    text = seen.decode("utf-8", "replace")
    print(f"\nCtrl-C while reading the prompt: rag exited after {took:.2f} s")
    assert os.waitstatus_to_exitcode(status) == 130, text[-2000:]
    assert "rag: interrupted." in text and "Traceback" not in text
    assert "Sources" not in text  # no answer was printed
    # before, Ctrl-C waited for the batch of 512 prompt tokens under way (5-15 s on 2 busy cores)
    assert took < 3.0
