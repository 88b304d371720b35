"""What the process is doing in native code, written where the supervisor (rag.process.launcher)
reads it to name the stage in a crash report ("rag crashed … while generating with …")."""

from __future__ import annotations

import os

#: the environment variable naming the file the supervisor reads after a crash
STAGE_FILE = "RAG_SUPERVISOR_STAGE_FILE"


def stage(text: str) -> None:
    """Record what the process is about to do in native code, for the supervisor's crash report.

    Costs one small file write; a no-op when not running under the supervisor.
    """
    path = os.environ.get(STAGE_FILE)
    if not path:
        return
    try:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text[:300])
    except OSError:
        pass
