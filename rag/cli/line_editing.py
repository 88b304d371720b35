"""Line editing and a history file for `rag chat`, with the standard library's readline.

In a terminal the arrow keys move in the line and through earlier questions (which
``<home>/.rag/chat_history`` keeps between sessions, at most 1,000); without
readline (or in a pipe) input is read as plain lines.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

#: questions kept in the history file
HISTORY_LENGTH = 1000


def line_reader(history: Path) -> tuple[Callable[[str], str], Callable[[], None]]:
    """(read a line with this prompt, save the history): readline's when stdin is a terminal."""
    if not sys.stdin.isatty():
        return input, lambda: None
    try:
        import readline
    except ImportError:  # pragma: no cover - a Python without readline
        return input, lambda: None
    try:
        readline.read_history_file(history)
    except (OSError, UnicodeDecodeError):
        pass  # none yet, or unreadable: start afresh
    readline.set_history_length(HISTORY_LENGTH)

    def save() -> None:
        try:
            history.parent.mkdir(parents=True, exist_ok=True)
            readline.write_history_file(history)
        except OSError:
            pass  # a read-only home: the history is lost, the chat is not

    return input, save
