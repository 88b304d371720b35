"""What the process is doing in native code, written where the supervisor (rag.process.launcher)
reads it to name the stage in a crash report ("rag crashed … while generating with …")."""

from __future__ import annotations

import os

#: the environment variable naming the file descriptor the supervisor reads after a crash: a file
#: without a name, so that nothing is left in the temporary folder when rag is killed with SIGKILL
STAGE_FD = "RAG_SUPERVISOR_STAGE_FD"

_UNREAD = -1
_fd: int | None = _UNREAD


def take_stage_fd() -> int | None:
    """The supervisor's file descriptor (None when not running under it), its number taken out of the
    environment at the first call (rag's command makes it at start, :func:`rag.process.launcher.child_argv`):
    a process the command starts would find there a number that is not its own."""
    global _fd
    if _fd == _UNREAD:
        value = os.environ.pop(STAGE_FD, None)
        _fd = int(value) if value and value.isdigit() else None
    return _fd


def stage(text: str) -> None:
    """Record what the process is about to do in native code, for the supervisor's crash report.

    Costs one small write; a no-op when not running under the supervisor.
    """
    fd = take_stage_fd()
    if fd is None:
        return
    data = text[:300].encode("utf-8", "replace")
    try:
        os.pwrite(fd, data, 0)
        os.ftruncate(fd, len(data))
    except OSError:
        pass
