"""One error hierarchy. The CLI turns any RagError into a one-line message and its exit code."""

from __future__ import annotations


class RagError(Exception):
    """Base class of every error rag reports to a user.

    The message says what went wrong and what to do next; ``exit_code`` is the
    process exit status the CLI uses (documented in the README).
    """

    exit_code: int = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint

    def __str__(self) -> str:
        base = super().__str__()
        return f"{base} {self.hint}" if self.hint else base


class UsageError(RagError):
    """Bad arguments or input from the user (empty question, unknown option value)."""

    exit_code = 2


class NoIndexError(RagError):
    """There is no index yet."""

    exit_code = 3


class IndexCorruptError(RagError):
    """The index on disk is unreadable, truncated or from another format version."""

    exit_code = 4


class IndexMismatchError(RagError):
    """The index was built with another embedder or chunker than the one configured."""

    exit_code = 4


class ModelError(RagError):
    """A model is unknown, missing, partial or fails its checksum."""

    exit_code = 5


class DocumentError(RagError):
    """No usable documents were found."""

    exit_code = 6


class LockedError(RagError):
    """Another rag process holds the index lock."""

    exit_code = 7


class EvalError(RagError):
    """A gold file is malformed, or a --min gate failed."""

    exit_code = 1


class BackendError(RagError):
    """An LLM or embedding server is unreachable, too slow, failed, or answered something unusable."""

    exit_code = 8


class StoreError(RagError):
    """The database that holds the index (``--store`` / ``RAG_STORE``) is unreachable, too slow, or failed."""

    exit_code = 9
