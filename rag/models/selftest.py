"""A model's first generation, tried in a child process, so a native crash cannot pass for health.

A signal in llama.cpp (SIGSEGV in ggml's AMX kernels on Xeons that advertise
AMX under a hypervisor, issue 16) kills the process that runs it; no Python
``except`` sees it. So before rag first loads a model file with a given
llama.cpp build, a child process loads it and generates a few tokens:

- it works: remembered, and the model loads normally from then on;
- it dies by a signal: the child tries again without ggml's extra buffer types
  (``use_extra_bufts = False``: no repack and no AMX kernels); if that works,
  rag loads the model that way from then on and says so once;
- both die: a :class:`~rag.errors.ModelError` that names the cause and the fix.

The verdict is kept in ``<home>/.rag/selftest.json`` per model file (path,
size, mtime) and build (llama-cpp-python's version and its library file).
``rag doctor`` runs the same probe every time (:func:`probe`).

``python -m rag.models.selftest MODEL.gguf [--safe] [--threads N]`` is the child.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from rag.errors import ModelError

#: tokens the probe generates: enough to run the decode kernels that crashed (the first decode)
PROBE_TOKENS = 4
#: a probe on a loaded 2-core machine loads a 1.1 GB model and decodes in ~5 s; a hang is not a verdict
PROBE_TIMEOUT = 300.0
#: the safe setting's name in messages
SAFE_SETTING = "use_extra_bufts=False (no repack or AMX kernels)"


@dataclass(frozen=True)
class Outcome:
    """What a probe child did: ``ok``, died by ``signal``, or failed otherwise (``detail``)."""

    ok: bool
    signal: int | None = None
    detail: str = ""
    seconds: float = 0.0

    @property
    def crashed(self) -> bool:
        """Died by a fault of the code (not killed by the OOM killer or a user's signal)."""
        return self.signal in CRASH_SIGNALS

    @property
    def signal_name(self) -> str:
        if self.signal is None:
            return ""
        try:
            return signal.Signals(self.signal).name
        except ValueError:
            return f"signal {self.signal}"


Runner = Callable[[Path, int, bool], Outcome]

#: the signals of a native fault; SIGKILL (out of memory) or SIGTERM say nothing about the kernels
CRASH_SIGNALS = frozenset(int(s) for s in (signal.SIGSEGV, signal.SIGBUS, signal.SIGILL, signal.SIGFPE, signal.SIGABRT))


def probe_command(path: Path, threads: int, safe: bool) -> list[str]:
    """The child's command line."""
    return [sys.executable, "-P", "-m", "rag.models.selftest", str(path), "--threads", str(threads), *(["--safe"] if safe else [])]


def run(command: list[str], timeout: float = PROBE_TIMEOUT) -> Outcome:
    """Run a probe command and classify how it ended."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(command, capture_output=True, text=True, errors="replace", timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return Outcome(False, detail=f"no answer within {timeout:.0f} s", seconds=timeout)
    except OSError as exc:
        return Outcome(False, detail=f"cannot start the probe: {exc}")
    seconds = time.perf_counter() - start
    if proc.returncode < 0:
        sig = -proc.returncode
        detail = "killed (SIGKILL): out of memory?" if sig == signal.SIGKILL else ""
        return Outcome(False, signal=sig, detail=detail, seconds=seconds)
    if proc.returncode != 0:
        lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
        return Outcome(False, detail=lines[-1] if lines else f"exit status {proc.returncode}", seconds=seconds)
    return Outcome(True, seconds=seconds)


def probe(path: Path, threads: int, safe: bool = False) -> Outcome:
    """Load ``path`` in a child process and generate :data:`PROBE_TOKENS` tokens."""
    return run(probe_command(path, threads, safe))


def build_identity() -> str:
    """llama-cpp-python's version and its native library (path, size, mtime), without importing it."""
    spec = importlib.util.find_spec("llama_cpp")
    if spec is None or not spec.submodule_search_locations:
        return "none"
    pkg = Path(next(iter(spec.submodule_search_locations)))
    parts = []
    for lib in sorted((pkg / "lib").glob("lib*.so*")) + sorted((pkg / "lib").glob("*.dylib")):
        st = lib.stat()
        parts.append(f"{lib.name}:{st.st_size}:{st.st_mtime_ns}")
    digest = hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]
    return f"{pkg} {digest}"


def _model_identity(path: Path) -> str:
    st = path.stat()
    return f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"


def _load(record: Path) -> dict[str, str]:
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _save(record: Path, data: dict[str, str]) -> None:
    try:
        record.parent.mkdir(parents=True, exist_ok=True)
        tmp = record.with_name(f"{record.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        os.replace(tmp, record)
    except OSError:
        pass  # a read-only home: the probe simply runs again next time


def _note(message: str) -> None:
    sys.stderr.write(f"rag: note: {message}\n")
    sys.stderr.flush()


def needs_safe_mode(
    path: Path, threads: int, state_dir: Path, runner: Runner = probe, note: Callable[[str], None] = _note
) -> bool:
    """Whether ``path`` must be loaded with :data:`SAFE_SETTING` with this llama.cpp build.

    Probes once per model file and build (the verdict is kept under ``state_dir``); raises
    ModelError when the model crashes with the safe setting too.
    """
    record = state_dir / "selftest.json"
    key = f"{_model_identity(path)}#{build_identity()}"
    data = _load(record)
    if data.get(key) in ("ok", "safe"):
        return data[key] == "safe"
    first = runner(path, threads, False)
    if not first.crashed:
        if first.ok:  # a load error is not a verdict: the load in this process reports it
            data[key] = "ok"
            _save(record, data)
        return False
    second = runner(path, threads, True)
    if second.ok:
        data[key] = "safe"
        _save(record, data)
        note(
            f"llama.cpp crashed ({first.signal_name}) running {path.name} with its default kernels on this CPU; "
            f"rag now loads it with {SAFE_SETTING}, which reads prompts more slowly. "
            "Run scripts/setup.sh to rebuild llama-cpp-python without AMX kernels."
        )
        return True
    raise ModelError(
        f"llama.cpp crashes ({first.signal_name}) when it runs {path.name} on this CPU, also with {SAFE_SETTING}.",
        hint="Rebuild llama-cpp-python for this CPU: run scripts/setup.sh (it builds without AMX kernels), then rag doctor.",
    )


def main(argv: list[str]) -> int:
    """The probe child: load the model, generate a few tokens, exit 0."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m rag.models.selftest")
    parser.add_argument("model", type=Path)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--safe", action="store_true")
    args = parser.parse_args(argv)
    from rag.backends.llama_cpp import open_llama
    from rag.errors import RagError

    try:
        llm = open_llama(args.model, 512, args.threads, safe=args.safe)
        llm.create_completion("The capital of France is", max_tokens=PROBE_TOKENS, temperature=0.0)
    except RagError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
