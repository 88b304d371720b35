"""What every `rag` command shares: the error edge and the common options."""

from __future__ import annotations

import functools
import os
import sys
from typing import Any, Callable, TypeVar

import typer

from rag.errors import RagError

F = TypeVar("F", bound=Callable[..., Any])

#: exit status for an interrupted command (the shell convention for SIGINT)
EXIT_INTERRUPTED = 130
#: exit status for a bug in rag itself
EXIT_INTERNAL = 70


def _err(message: str) -> None:
    from rag.text import strip_control

    # one line, whatever the message holds (a file name with a newline, a multi-line exception)
    sys.stderr.write(f"rag: {' '.join(strip_control(message).split())}\n")
    sys.stderr.flush()


def usage_error(exc: Any) -> int:
    """Report a bad command line (a click.UsageError) as one line; returns the exit status, 2."""
    command = exc.ctx.command_path if getattr(exc, "ctx", None) else "rag"
    message = exc.format_message().rstrip()
    if not message.endswith((".", "!", "?")):
        message += "."
    hint = f"See: {command} --help."
    if "unexpected extra argument" in message and command.split()[-1] in {"ask", "search"}:
        hint = f'Put the question in quotes: {command} "..."'
    _err(f"error: {message} {hint}")
    return 2


def handle_errors(fn: F) -> F:
    """Turn user errors into a one-line message on stderr and their exit code, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except typer.Exit:
            raise
        except RagError as exc:
            _err(f"error: {exc}")
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            _err("interrupted.")
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            raise typer.Exit(0) from None
        except Exception as exc:  # noqa: BLE001 - the CLI edge: report, don't dump
            if os.environ.get("RAG_DEBUG"):
                raise
            _err(f"internal error: {exc.__class__.__name__}: {exc} (set RAG_DEBUG=1 for a traceback)")
            raise typer.Exit(EXIT_INTERNAL) from None

    return wrapper  # type: ignore[return-value]


HomeOpt = typer.Option(None, "--home", metavar="<path>", help="State folder (index, models). Env: RAG_HOME.")
KOpt = typer.Option(None, "--k", "-k", help="Passages to retrieve. Env: RAG_K.")
JsonOpt = typer.Option(False, "--json", help="Print one JSON object instead of text.")
ModelOpt = typer.Option(None, "--model", "-m", help="LLM: catalogue name, alias or path to a .gguf file. Env: RAG_MODEL.")
