"""llama-cpp-python's OpenAI-compatible server, run as a child process on 127.0.0.1.

`rag bench` starts one to measure the server path against the in-process
model on the same GGUF file. It needs the ``server`` extra
(``pip install 'llama-cpp-python[server]'``).

Measured gotchas of that server (0.3.36): by default a second request cuts a
running stream short with no error (``--interrupt_requests False`` stops
that), and ``--logits_all`` defaults to keeping every token's logits (1.1 GB
more for the 1.5B model).
"""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

from rag.errors import BackendError

#: seconds to wait for /v1/models to answer; measured: 2.0 s for the 0.5B model on 2 cores
START_TIMEOUT = 120.0


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_serving(proc: "subprocess.Popen[bytes]", url: str, timeout: float, headers: dict[str, str] | None = None) -> float:
    """Seconds until the server ``proc`` answers ``GET <url>/models``; BackendError when it exits or
    stays silent for ``timeout`` seconds (the caller stops it)."""
    import httpx

    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if proc.poll() is not None:
            raise BackendError(f"llama_cpp.server exited with status {proc.returncode}")
        try:
            if httpx.get(f"{url}/models", headers=headers or {}, timeout=1).status_code == 200:
                return time.monotonic() - start
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise BackendError(f"llama_cpp.server did not answer within {timeout:g} s")


def stop_process(proc: "subprocess.Popen[bytes]", grace: float = 10.0) -> None:
    """Terminate ``proc``, and kill it when it does not stop within ``grace`` seconds."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(grace)


class LlamaServer:
    """``python -m llama_cpp.server`` for one GGUF file; a context manager that stops it."""

    def __init__(self, model: Path, *, n_ctx: int = 4096, threads: int = 2, flash_attn: bool = True, extra: tuple[str, ...] = ()) -> None:
        if importlib.util.find_spec("uvicorn") is None or importlib.util.find_spec("fastapi") is None:
            raise BackendError(
                "llama-cpp-python's server is not installed.", hint="Run: pip install 'llama-cpp-python[server]' (or scripts/setup.sh)."
            )
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._log = tempfile.TemporaryFile()
        args = [
            "--model", str(model), "--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", str(n_ctx),
            "--n_threads", str(threads), "--n_threads_batch", str(threads), "--flash_attn", str(flash_attn),
            "--interrupt_requests", "False", "--logits_all", "False", "--verbose", "False", *extra,
        ]  # fmt: skip
        self.proc = subprocess.Popen(
            [sys.executable, "-P", "-m", "llama_cpp.server", *args], stdout=self._log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
        self.started_in = self._wait()

    def _wait(self) -> float:
        try:
            return wait_until_serving(self.proc, self.url, START_TIMEOUT)
        except BackendError as exc:
            tail = self._tail()
            self.stop()
            raise BackendError(f"{exc}: {tail}.") from None

    def _tail(self) -> str:
        self._log.seek(0)
        lines = [ln for ln in self._log.read().decode("utf-8", "replace").splitlines() if ln.strip()]
        return lines[-1][:300] if lines else "no output"

    def stop(self) -> None:
        """Terminate the server (kill it when it does not stop within 10 s)."""
        stop_process(self.proc)
        if not self._log.closed:
            self._log.close()

    def __enter__(self) -> "LlamaServer":
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
