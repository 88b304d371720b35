"""What every `rag` command shares: the error edge and the common options."""

from __future__ import annotations

import errno
import functools
import os
import sys
from typing import TYPE_CHECKING, Any, Callable, NoReturn, Sequence, TypeVar

import typer

from rag.errors import RagError

if TYPE_CHECKING:  # pragma: no cover
    from typer._click import Command

F = TypeVar("F", bound=Callable[..., Any])

#: exit status for an interrupted command (the shell convention for SIGINT)
EXIT_INTERRUPTED = 130
#: exit status for a bug in rag itself
EXIT_INTERNAL = 70
#: exit status when the system refuses a read or a write (a full disk, a read-only folder): sysexits' EX_IOERR
EXIT_IO = 74
#: what to do about an error of the system, by errno; another errno is reported as a bug in rag
_SYSTEM_ERRORS = {
    errno.ENOSPC: "Free some space, then run the command again.",
    errno.EDQUOT: "Free some space (a disk quota is full), then run the command again.",
    errno.EROFS: "Set RAG_HOME (or --home) to a folder on a writable disk.",
    errno.EACCES: "Check the permissions, or set RAG_HOME (or --home) to a folder of your own.",
    errno.EPERM: "Check the permissions, or set RAG_HOME (or --home) to a folder of your own.",
    errno.EIO: "The device reported a read or write error: check the disk.",
}
#: an error line is cut to this many characters
MAX_ERROR_CHARS = 600


def _err(message: str) -> None:
    from rag.text import strip_control

    # one line, whatever the message holds (a file name with a newline, a multi-line exception),
    # and of a length a terminal shows (a 50 kB argument echoed back helps nobody)
    line = " ".join(strip_control(message).split())
    if len(line) > MAX_ERROR_CHARS:
        line = line[: MAX_ERROR_CHARS - 1] + "…"
    try:
        sys.stderr.write(f"rag: {line}\n")
        sys.stderr.flush()
    except BrokenPipeError:  # nobody reads stderr (`2>&1 | head -1` ended): the exit status still tells
        pass


def usage_error(exc: Any, as_json: bool = False) -> int:
    """Report a bad command line (a click.UsageError) as one line (and, for a command line that asks
    for ``--json``, as one JSON object on stdout); returns the exit status, 2."""
    command = exc.ctx.command_path if getattr(exc, "ctx", None) else "rag"
    message = exc.format_message().rstrip()
    if not message.endswith((".", "!", "?")):
        message += "."
    hint = f"See: {command} --help."
    if "unexpected extra argument" in message and command.split()[-1] in {"ask", "search"}:
        hint = f'Put the question in quotes: {command} "..."'
    _err(f"error: {message} {hint}")
    if as_json:
        _json_error(f"{message} {hint}", 2)
    return 2


def asks_for_json(command: Command, argv: Sequence[str]) -> bool:
    """Whether a command line that failed to parse gives ``--json`` as an option, read as click reads it:
    not a ``--json`` after ``--`` (part of a question) nor one taken as another option's value (``--home
    --json``). A ``--json`` that its command does not take counts too: it asked for JSON. Nothing is
    converted or called back, and nothing raises: the line is a bad one."""
    from typer.core import TyperGroup, TyperOption

    args, parent = list(argv), None
    while True:
        # past an option a command does not know (the usage error itself, perhaps), its own still count
        settings = {**command.context_settings, "resilient_parsing": True, "ignore_unknown_options": not isinstance(command, TyperGroup)}
        ctx = command.context_class(command, parent=parent, **settings)
        parser = command.make_parser(ctx)
        if not any("--json" in getattr(param, "opts", ()) for param in command.params):
            TyperOption(param_decls=["--json", "json_out"], is_flag=True).add_to_parser(parser, ctx)
        opts, args, _ = parser.parse_args(args)
        if opts.get("json_out") or not isinstance(command, TyperGroup):
            return bool(opts.get("json_out"))
        found = command.resolve_command(ctx, args) if args else None
        if found is None or found[1] is None:
            return False
        command, args, parent = found[1], found[2], ctx


def handle_errors(fn: F) -> F:
    """Turn user errors into a one-line message on stderr and their exit code, never a traceback.

    A command run with ``--json`` also prints the error as one JSON object on stdout
    (``{"error": ..., "exit_code": ...}``), so that a script reading stdout sees what happened.
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        as_json = bool(kwargs.get("json_out"))
        try:
            return fn(*args, **kwargs)
        except typer.Exit:
            raise
        except RagError as exc:
            _fail(f"error: {exc}", exc.exit_code, as_json)
        except KeyboardInterrupt:
            _fail("interrupted.", EXIT_INTERRUPTED, as_json)
        except BrokenPipeError:
            raise typer.Exit(0) from None
        except OSError as exc:
            if exc.errno in _SYSTEM_ERRORS:
                _system_error(exc, as_json)
            if exc.errno != errno.ENAMETOOLONG:
                _internal(exc, as_json)
            # a path (or an option taken as one) longer than the system allows: bad input, not a bug
            name = str(exc.filename or "")
            _fail(f"error: a path is too long for this system ({len(name):,} characters): {name[:80]}… Check the path.", 2, as_json)
        except Exception as exc:  # noqa: BLE001 - the CLI edge: report, don't dump
            _internal(exc, as_json)

    return wrapper  # type: ignore[return-value]


def _fail(message: str, code: int, as_json: bool) -> NoReturn:
    _err(message)
    if as_json:
        _json_error(message.removeprefix("error: "), code)
    raise typer.Exit(code)


def _json_error(message: str, code: int) -> None:
    """The error as one JSON object on stdout, for a script that reads it (``--json``)."""
    from rag.cli.render import print_json
    from rag.text import strip_control

    print_json({"error": " ".join(strip_control(message).split()), "exit_code": code})


def _system_error(exc: OSError, as_json: bool) -> NoReturn:
    """The system refused a read or a write (a full disk, a read-only folder): one line with the file
    and what to do, exit :data:`EXIT_IO`. An ingest that fails so keeps the index it had."""
    if os.environ.get("RAG_DEBUG"):
        raise exc
    where = f" ({exc.filename})" if exc.filename else ""
    reason = exc.strerror or os.strerror(exc.errno or 0)
    _fail(f"error: {reason}{where}. {_SYSTEM_ERRORS[exc.errno or 0]}", EXIT_IO, as_json)


def _internal(exc: Exception, as_json: bool = False) -> NoReturn:
    """Report a bug in rag as one line and exit :data:`EXIT_INTERNAL` (RAG_DEBUG=1 re-raises it)."""
    if os.environ.get("RAG_DEBUG"):
        raise exc
    _fail(f"internal error: {exc.__class__.__name__}: {exc} (set RAG_DEBUG=1 for a traceback)", EXIT_INTERNAL, as_json)


HomeOpt = typer.Option(None, "--home", metavar="<path>", help="State folder (index, models). Env: RAG_HOME.")
KOpt = typer.Option(None, "--k", "-k", help="Passages to retrieve. Env: RAG_K.")
JsonOpt = typer.Option(False, "--json", help="Print one JSON object instead of text.")
ModelOpt = typer.Option(None, "--model", "-m", help="LLM: catalogue name, alias or path to a .gguf file. Env: RAG_MODEL.")
LlmUrlOpt = typer.Option(None, "--llm-url", metavar="URL", help="An OpenAI-compatible LLM server (e.g. http://127.0.0.1:8080/v1). Env: RAG_LLM_URL.")
LlmModelOpt = typer.Option(None, "--llm-model", metavar="NAME", help="The model on that server (default: the first it lists). Env: RAG_LLM_MODEL.")
CollectionOpt = typer.Option(
    None, "--collection", "-c", metavar="NAME", help="The collection (an index of its own) to work on; default: default. Env: RAG_COLLECTION."
)
StoreOpt = typer.Option(
    None, "--store", metavar="URI", help="Keep the index in PostgreSQL: postgresql:///abs/folder (local) or postgresql://host/db. Env: RAG_STORE."
)
EmbedUrlOpt = typer.Option(None, "--embed-url", metavar="URL", help="An OpenAI-compatible embedding server. Env: RAG_EMBED_URL.")
