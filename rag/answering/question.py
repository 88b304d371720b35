"""A question as the user gives it: on the command line, from stdin (``-``), or in chat.

The length limit is checked before anything heavy is imported: a 40 kB
question in argv once crashed onnxruntime's import (see :mod:`rag.process.launcher`),
and no question needs more. The embedder reads 256 word pieces of a question
(~1,000 characters) and the prompt keeps ~3,000 tokens for the passages, so
2,000 characters leave room for a pasted paragraph and nothing is cut unseen.
"""

from __future__ import annotations

from typing import TextIO

from rag.errors import UsageError

#: the longest question accepted, in characters (after surrounding whitespace is stripped)
MAX_QUESTION_CHARS = 2000

_HINT = "Ask a shorter question; to ask about a long text, save it in a file and run rag ingest on it."


def check_question(text: str) -> str:
    """``text`` stripped, or a UsageError when it is longer than :data:`MAX_QUESTION_CHARS`."""
    text = text.strip()
    if len(text) > MAX_QUESTION_CHARS:
        raise UsageError(f"The question is {len(text):,} characters long; the limit is {MAX_QUESTION_CHARS:,}.", hint=_HINT)
    return text


def read_question(arg: str, stdin: TextIO) -> str:
    """The question given as ``arg``; ``-`` reads it from ``stdin`` (bounded, so a device cannot
    exhaust memory)."""
    if arg == "-":
        try:
            arg = stdin.read(MAX_QUESTION_CHARS * 4 + 1)
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"Cannot read the question from stdin: {exc}.") from None
    return check_question(arg)
