"""The ``rag`` entry point: runs the command in a child process and reports a native crash in words.

rag runs two native libraries that can die by a signal, out of reach of any
Python ``except``: llama.cpp (SIGSEGV in AMX kernels on Xeons under a
hypervisor, issue 16) and onnxruntime (SIGSEGV at import when the process's
command line is longer than 32 KiB: it reads ``/proc/self/cmdline`` into a
fixed buffer; measured: 32,000 bytes of argument pass, 32,760 crash). So the
``rag`` command is a small supervisor that imports nothing heavy:

- it starts ``python -m rag.cli.main`` and hands it the arguments through a pipe,
  not its command line, so the child's ``/proc/self/cmdline`` stays short
  whatever the user typed (``rag ingest ~/docs/*`` over thousands of files);
- the child says what it is doing (:func:`stage`) in a small file without a name (nothing is left
  in the temporary folder when rag is killed), so a crash
  is reported as one line naming the signal, the stage and the fix, with exit
  status :data:`EXIT_CRASH`, never a bare "Segmentation fault";
- the child's own exit status is passed on unchanged.

Set ``RAG_NO_SUPERVISOR=1`` to run in one process (for a debugger).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
from typing import IO, Sequence

from rag.process.stage import STAGE_FD, take_stage_fd

#: exit status when rag dies by a signal in native code (documented in the README)
EXIT_CRASH = 71
#: exit status after Ctrl-C (the shell convention for SIGINT)
EXIT_INTERRUPTED = 130
#: exit statuses after SIGHUP and SIGTERM (128 + the signal, the shell convention)
SIGNAL_EXITS = (128 + int(signal.SIGHUP), 128 + int(signal.SIGTERM))

_ARGV_FD = "RAG_SUPERVISOR_ARGV_FD"
_PARENT = "RAG_SUPERVISOR_PID"

_SIGNAL_WORDS = {
    "SIGSEGV": "segmentation fault",
    "SIGBUS": "bus error",
    "SIGILL": "illegal instruction",
    "SIGFPE": "arithmetic fault",
    "SIGABRT": "aborted",
    "SIGKILL": "killed",
}


def child_argv() -> list[str] | None:
    """In the child: the arguments the supervisor passed through its pipe (None when run directly)."""
    fd = os.environ.pop(_ARGV_FD, None)
    if fd is None:
        return None
    take_stage_fd()
    _die_with_parent()
    with os.fdopen(int(fd), "rb") as pipe:
        data = pipe.read()
    return [str(a) for a in json.loads(data.decode("utf-8", "surrogateescape"))]


def crash_message(sig: int, what: str) -> str:
    """The one line that reports a child killed by ``sig`` while doing ``what``."""
    try:
        name = signal.Signals(sig).name
    except ValueError:
        name = f"signal {sig}"
    words = _SIGNAL_WORDS.get(name, "killed by a signal")
    during = f" while {what}" if what else ""
    if name == "SIGKILL":
        # a smaller LLM helps only where the LLM was at work (an ingest never loads one)
        smaller = ", or use a smaller model (--model fast)" if "llama.cpp" in what or not what else ""
        return f"rag was killed (SIGKILL){during}: usually the system ran out of memory. Close other programs{smaller}."
    return (
        f"rag crashed in native code ({name}, {words}){during}. "
        "Run: rag doctor (it tests the models in a separate process and names the fix); "
        "if it finds nothing, report this line."
    )


def _write_all(fd: int, data: bytes) -> None:
    try:
        with os.fdopen(fd, "wb") as pipe:
            pipe.write(data)
    except OSError:  # the child died before reading: its exit status tells
        pass


def _die_with_parent() -> None:
    """In the child, on Linux: a SIGTERM when the supervisor dies, even by SIGKILL. The child may
    be in a process group of its own (see :func:`supervise`), where a kill of rag's group would
    otherwise leave it running, a model loaded and both cores busy."""
    parent = int(os.environ.pop(_PARENT, "0") or 0)
    if not sys.platform.startswith("linux") or not parent:
        return
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGTERM))  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:
        os.kill(os.getpid(), signal.SIGTERM)  # the supervisor died before prctl took effect


def supervise(argv: Sequence[str], command: Sequence[str] | None = None) -> int:
    """Run ``command`` (default: ``python -m rag.cli.main``) with ``argv``; its exit status, or
    :data:`EXIT_CRASH` after one line on stderr when it died by a signal."""
    command = _child_command(command)
    read_fd, write_fd = os.pipe()
    # a file without a name (O_TMPFILE, or unlinked at once): a named one was left in /tmp by every
    # rag killed with SIGKILL, which cannot remove it
    stage_file = tempfile.TemporaryFile(prefix="rag-stage-")
    env = dict(os.environ, **{_ARGV_FD: str(read_fd), STAGE_FD: str(stage_file.fileno()), _PARENT: str(os.getpid())})
    forwarded: list[int] = []
    old_int = signal.getsignal(signal.SIGINT)
    # Outside a terminal's foreground group the child gets a process group of its own, so that a
    # signal sent to rag's group (killpg: a test harness, a process manager) reaches the child once,
    # passed on by rag, instead of twice (CI saw a second KeyboardInterrupt inside the first's
    # handler). In the foreground the child shares rag's group: it must be allowed to read the
    # terminal, and Ctrl-C reaches it from the terminal itself.
    own_group = not _in_terminal_foreground()
    try:
        if own_group:
            # A background job of a script starts with SIGINT ignored (the shell's doing, so that a Ctrl-C
            # meant for the script spares it), and an ignored signal stays ignored through exec: the
            # command dropped the SIGINT passed on below (kill -INT did nothing). In a group of its own
            # the command gets no Ctrl-C from a terminal, only what rag passes on; a handled signal is
            # reset at exec, so the command starts with Python's own.
            signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            child = subprocess.Popen(command, pass_fds=(read_fd, stage_file.fileno()), env=env, process_group=0 if own_group else None)
        finally:
            os.close(read_fd)
        def forward(signum: int, _frame: object) -> None:
            forwarded.append(signum)
            child.send_signal(signum)

        def interrupt(signum: int, _frame: object) -> None:
            # Ctrl-C in a terminal reaches the child itself (same foreground group): passing it on
            # would interrupt twice. A SIGINT sent to rag alone (kill -INT, timeout -s INT, a
            # script's Popen.send_signal) or to rag's own group is passed on.
            if own_group or not _in_terminal_foreground():
                forward(signum, _frame)

        # set only now: an ignored SIGINT would be inherited, and Python would never raise KeyboardInterrupt
        signal.signal(signal.SIGINT, interrupt)
        old_term = signal.signal(signal.SIGTERM, forward)
        old_hup = signal.signal(signal.SIGHUP, forward)
        old_quit = signal.signal(signal.SIGQUIT, forward)
        # a thread, so a long argument list cannot block on a full pipe before the child reads it
        writer = threading.Thread(target=_write_all, args=(write_fd, json.dumps(list(argv)).encode("utf-8", "surrogateescape")), daemon=True)
        writer.start()
        code = child.wait()
        writer.join(timeout=1)
        signal.signal(signal.SIGTERM, old_term)
        signal.signal(signal.SIGHUP, old_hup)
        signal.signal(signal.SIGQUIT, old_quit)
        return _exit_status(code, forwarded, stage_file)
    finally:
        signal.signal(signal.SIGINT, old_int if old_int is not None else signal.SIG_DFL)
        stage_file.close()


def _child_command(command: Sequence[str] | None) -> list[str]:
    """The command line that runs rag's command process: ``command``, by default ``python -P -m
    rag.cli.main``; with ``-X faulthandler`` after the interpreter when RAG_DEBUG is set."""
    # -P: the current folder is not put on sys.path, so a typer.py or json.py among the user's
    # files is never imported in its place
    command = list(command or [sys.executable, "-P", "-m", "rag.cli.main"])
    if os.environ.get("RAG_DEBUG"):
        command[1:1] = ["-X", "faulthandler"]
    return command


def _exit_status(code: int, forwarded: list[int], stage_file: IO[bytes]) -> int:
    """rag's exit status for a child that ended with ``code`` (``Popen.wait``'s: minus the signal
    that killed it): its own status; for a signal, 130 after SIGINT, 128 + the signal for one that
    was asked for (in ``forwarded``, or one that ends a program on request), else :data:`EXIT_CRASH`
    after one line on stderr naming the signal and the stage the child wrote to ``stage_file``."""
    if code >= 0:
        return code
    sig = -code
    if sig == signal.SIGINT:
        return EXIT_INTERRUPTED
    if sig in forwarded or sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGPIPE, signal.SIGQUIT):
        return 128 + sig  # asked for: no crash report
    try:
        what = os.pread(stage_file.fileno(), 1024, 0).decode("utf-8", "replace").strip()
    except OSError:
        what = ""
    sys.stderr.write(f"rag: error: {crash_message(sig, what)}\n")
    return EXIT_CRASH


def _in_terminal_foreground() -> bool:
    """Whether this process is in the foreground group of a controlling terminal (so that a Ctrl-C
    there reaches its child as well)."""
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        try:
            if stream is not None and stream.isatty():
                return os.tcgetpgrp(stream.fileno()) == os.getpgrp()
        except (OSError, ValueError):
            continue
    return False


def exit_on_signals() -> None:
    """In the child: SIGTERM and SIGHUP end the command through SystemExit, so that ``finally``
    blocks run (a server that `rag bench` started is stopped, a probe child is waited for)."""

    def leave(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, leave)


def _open_standard_streams() -> None:
    """Point a closed stdin, stdout or stderr (``rag chat <&-``) at /dev/null. Else the next file rag
    opens takes its number: the pipe that carries the arguments became the command's stdin, and
    chat failed with "Bad file descriptor" at its first read."""
    for fd, mode, name in ((0, os.O_RDONLY, "stdin"), (1, os.O_WRONLY, "stdout"), (2, os.O_WRONLY, "stderr")):
        try:
            os.fstat(fd)
        except OSError:
            null = os.open(os.devnull, mode)
            if null != fd:
                os.dup2(null, fd)  # inheritable
                os.close(null)
            else:
                os.set_inheritable(fd, True)  # os.open's are not: the command would find it closed
        if getattr(sys, name) is None:  # Python found the fd closed at startup: this process writes to it too
            setattr(sys, name, open(fd, "r" if fd == 0 else "w", encoding="utf-8", errors="replace", closefd=False))


def main() -> None:
    """Console-script entry point (``rag``)."""
    _open_standard_streams()
    if os.environ.get("RAG_NO_SUPERVISOR") == "1":
        from rag.cli.main import main as cli_main

        cli_main()
        return
    try:
        sys.exit(supervise(sys.argv[1:]))
    except KeyboardInterrupt:  # Ctrl-C before the child started
        sys.exit(EXIT_INTERRUPTED)
    except OSError as exc:  # no temporary folder, no process left to start
        sys.stderr.write(f"rag: error: cannot start the command ({exc.strerror or exc}).\n")
        sys.exit(70)
