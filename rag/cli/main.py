"""The `rag` command line: each command parses, calls one library function, renders."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from rag.cli.common import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    CollectionOpt,
    EmbedUrlOpt,
    HomeOpt,
    JsonOpt,
    KOpt,
    LlmModelOpt,
    LlmUrlOpt,
    ModelOpt,
    StoreOpt,
    asks_for_json,
    handle_errors,
    usage_error,
)
from rag.cli.eval import register as register_eval_command
from rag.cli.library import register as register_library_commands
from rag.cli.models import models_app
from rag.config import Settings
from rag.errors import RagError

__all__ = ["app", "main", "EXIT_INTERNAL", "EXIT_INTERRUPTED", "RagError"]

app = typer.Typer(
    help="Ask questions about a folder of documents, offline, with cited answers.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from rag import __version__

        sys.stdout.write(f"rag {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _global(
    ctx: typer.Context,
    home: Optional[str] = typer.Option(None, "--home", metavar="<path>", help="State folder for every command (index, models). Env: RAG_HOME."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print rag's version and exit."),
    store: Optional[str] = typer.Option(None, "--store", metavar="URI", help="Keep the index in a database for every command (postgresql://...). Env: RAG_STORE."),
    collection: Optional[str] = typer.Option(None, "--collection", "-c", metavar="NAME", help="The collection every command works on. Env: RAG_COLLECTION."),
) -> None:
    """Ask questions about a folder of documents, offline, with cited answers."""
    import os

    if home is not None:
        # `rag --home X ask ...`: the command's own --home still wins, as a flag wins over RAG_HOME
        if not home.strip():  # a usage error: one line, or a JSON object when the command line asks for --json
            raise typer.BadParameter("it is empty: give a folder.", param_hint="'--home'")
    # global options become the environment of this one command (its own flags still win), and are
    # put back when it ends: rag's library and a test's next command in the same process see no trace
    chosen = {"RAG_HOME": home, "RAG_STORE": store, "RAG_COLLECTION": collection}
    before = {name: os.environ.get(name) for name, value in chosen.items() if value is not None}
    for name in before:
        os.environ[name] = str(chosen[name])

    def restore() -> None:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value

    ctx.call_on_close(restore)


app.add_typer(models_app, name="models")
register_library_commands(app)


@app.command()
@handle_errors
def ingest(
    paths: Optional[List[str]] = typer.Argument(None, help="Files or folders (default: the previous ones, else seeds/)."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Re-embed everything."),
    add: bool = typer.Option(False, "--add", help="Add PATH ... to the collection's folders instead of replacing them."),
    home: Optional[str] = HomeOpt,
    store: Optional[str] = StoreOpt,
    collection: Optional[str] = CollectionOpt,
    embedder: Optional[str] = typer.Option(None, "--embedder", help="Embedder name or folder. Env: RAG_EMBEDDER."),
    embed_url: Optional[str] = EmbedUrlOpt,
    json_out: bool = JsonOpt,
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List every skipped file, also those skipped as before."),
) -> None:
    """Index documents (every text file, .pdf, .docx, .pptx, .epub; .gitignore honoured); only new or changed files are embedded."""
    from rag.cli.render import count, print_json, render_skips, safe, stderr_console
    from rag.ingestion.ingest import ingest as run_ingest
    from rag.ingestion.progress import progress_for
    from rag.library import link_path

    settings = Settings.load(home=home, embedder=embedder, embed_url=embed_url, store=store, collection=collection)
    err = stderr_console()
    progress = progress_for(err) if not json_out else None
    report = run_ingest(paths, settings, rebuild=rebuild, add=add, progress=progress, log=lambda m: err.print(safe(m), markup=False, soft_wrap=True))
    render_skips(err, report.skipped, report.skipped_as_before, verbose)
    for w in report.warnings:
        err.print(" ".join(safe(f"warning: {w}").split()), style="yellow", markup=False, soft_wrap=True)
    if json_out:
        data = dict(report.__dict__)
        before = set(data.pop("skipped_as_before"))
        data["skipped"] = [{"path": link_path(s.path), "reason": s.reason, "as_before": link_path(s.path) in before} for s in report.skipped]
        print_json(data)
        return
    if report.up_to_date:
        err.print(f"Index up to date: {count(report.files, 'file')}, {count(report.chunks, 'chunk')} ({report.seconds:.2f} s).", markup=False, soft_wrap=True)
        return
    resumed = f" ({report.resumed:,} more read back from the interrupted ingest)" if report.resumed else ""
    err.print(
        f"Indexed {count(report.files, 'file')}, {count(report.chunks, 'chunk')}: {len(report.new):,} new, {len(report.changed):,} changed, "
        f"{len(report.removed):,} removed, {report.unchanged:,} unchanged; {count(report.embedded, 'chunk')} embedded{resumed}, "
        f"{count(report.duplicates, 'near-duplicate copy', 'near-duplicate copies')} linked ({report.seconds:.1f} s).",
        markup=False,
        soft_wrap=True,
    )


@app.command()
@handle_errors
def search(
    question: str = typer.Argument(..., help="What to look for (- reads it from stdin; at most 2,000 characters)."),
    k: Optional[int] = KOpt,
    json_out: bool = JsonOpt,
    home: Optional[str] = HomeOpt,
    store: Optional[str] = StoreOpt,
    collection: Optional[str] = CollectionOpt,
    embed_url: Optional[str] = EmbedUrlOpt,
) -> None:
    """Show the passages that best answer a question (hybrid dense + BM25 search)."""
    from rag.answering.question import read_question

    question = read_question(question, sys.stdin)  # before anything heavy is imported
    from rag.cli.render import print_json, render_hits, stdout_console
    from rag.index.retrieval import timed_search

    settings = Settings.load(home=home, k=k, embed_url=embed_url, store=store, collection=collection)
    hits, ms = timed_search(question, settings)
    if json_out:
        print_json({"question": question, "k": settings.k, "retrieval_ms": round(ms, 2), "hits": [h.to_dict() for h in hits]})
        return
    render_hits(stdout_console(), question, hits)


StreamOpt = typer.Option(True, "--stream/--no-stream", help="Show the answer as it is written.")


@app.command()
@handle_errors
def ask(
    question: str = typer.Argument(..., help="The question (- reads it from stdin; at most 2,000 characters)."),
    k: Optional[int] = KOpt,
    model: Optional[str] = ModelOpt,
    json_out: bool = JsonOpt,
    stream: bool = StreamOpt,
    home: Optional[str] = HomeOpt,
    store: Optional[str] = StoreOpt,
    collection: Optional[str] = CollectionOpt,
    llm_url: Optional[str] = LlmUrlOpt,
    llm_model: Optional[str] = LlmModelOpt,
    embed_url: Optional[str] = EmbedUrlOpt,
) -> None:
    """Answer one question from the documents, with citations; refuses when they do not hold the answer."""
    from rag.answering.question import read_question

    question = read_question(question, sys.stdin)  # before anything heavy is imported
    from rag.answering.answer import ask as run_ask
    from rag.cli.render import print_json, stderr_console, stdout_console
    from rag.cli.repl import answer_streamed

    settings = Settings.load(home=home, k=k, model=model, llm_url=llm_url, llm_model=llm_model, embed_url=embed_url, store=store, collection=collection)
    if json_out:
        print_json(run_ask(question, settings).to_dict())
        return
    answer_streamed(
        stdout_console(), stream, lambda shown: run_ask(question, settings, on_token=shown.on_token, on_stage=shown.on_stage), stderr_console()
    )


@app.command()
@handle_errors
def chat(
    k: Optional[int] = KOpt,
    model: Optional[str] = ModelOpt,
    stream: bool = StreamOpt,
    home: Optional[str] = HomeOpt,
    store: Optional[str] = StoreOpt,
    collection: Optional[str] = CollectionOpt,
    llm_url: Optional[str] = LlmUrlOpt,
    llm_model: Optional[str] = LlmModelOpt,
    embed_url: Optional[str] = EmbedUrlOpt,
) -> None:
    """Talk with your documents: follow-up questions, /sources, /reset, /help, /exit."""
    from rag.answering.chat import ChatSession
    from rag.cli.render import stderr_console, stdout_console
    from rag.cli.repl import run_repl
    from rag.runtime import Runtime

    runtime = Runtime(Settings.load(home=home, k=k, model=model, llm_url=llm_url, llm_model=llm_model, embed_url=embed_url, store=store, collection=collection))
    runtime.retriever()  # fail now, not after the first question, when there is no index
    getattr(runtime.generator, "llm", None)  # load a local model now, not inside the first answer
    from rag.cli.line_editing import line_reader

    read, save_history = line_reader(runtime.settings.home / ".rag" / "chat_history")
    try:
        run_repl(ChatSession(runtime), stdout_console(), stream=stream, read=read, waiting=stderr_console())
    finally:
        save_history()


# here, between chat and doctor: `rag --help` lists the commands in the order they are added
register_eval_command(app)


@app.command()
@handle_errors
def doctor(
    quick: bool = typer.Option(False, "--quick", help="Skip recomputing model checksums and the test generation."),
    home: Optional[str] = HomeOpt,
    store: Optional[str] = StoreOpt,
    collection: Optional[str] = CollectionOpt,
    model: Optional[str] = ModelOpt,
    llm_url: Optional[str] = LlmUrlOpt,
    llm_model: Optional[str] = LlmModelOpt,
    embed_url: Optional[str] = EmbedUrlOpt,
) -> None:
    """Check models, index, offline guarantee and environment; exit 1 when something needs fixing."""
    from rich.text import Text

    from rag.cli.render import safe, stdout_console
    from rag.doctor import run_checks

    settings = Settings.load(home=home, model=model, llm_url=llm_url, llm_model=llm_model, embed_url=embed_url, store=store, collection=collection)
    out = stdout_console()
    checks = run_checks(settings, verify_models=not quick, run_models=not quick)
    for c in checks:
        line = Text("ok   " if c.ok else "FAIL ", style="green" if c.ok else "bold red")
        line.append(f"{c.name}: {safe(c.detail)}")
        if not c.ok and c.fix:
            line.append(f"  -> {safe(c.fix)}", style="yellow")
        out.print(line, soft_wrap=True)  # one line per check, also when piped
    if not all(c.ok for c in checks):
        raise typer.Exit(1)


@app.command()
@handle_errors
def bench(
    section: Optional[List[str]] = typer.Option(None, "--section", "-s", help="ingest, search, documents, generation, cold_start, answers, server, store (repeatable; default all but server and store, which start an LLM server unless --llm-url is given, and a database unless --store is given)."),
    sizes: str = typer.Option("1000,10000,100000", "--sizes", help="Vector counts for the search and store sections."),
    repeats: int = typer.Option(5, "--repeats", help="Runs per measurement (the median is reported)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Also write the JSON to this file."),
    model: Optional[str] = ModelOpt,
    home: Optional[str] = HomeOpt,
    llm_url: Optional[str] = LlmUrlOpt,
    llm_model: Optional[str] = LlmModelOpt,
) -> None:
    """Measure speed against the libraries underneath (ratios from one run); prints JSON."""
    import json

    from rag.bench.run import run_bench
    from rag.cli.render import print_json, stderr_console
    from rag.errors import UsageError

    settings = Settings.load(home=home, model=model, llm_url=llm_url, llm_model=llm_model)
    try:
        size_list = tuple(int(x) for x in sizes.split(",") if x.strip())
    except ValueError:
        raise UsageError("--sizes takes numbers separated by commas, e.g. 1000,10000.") from None
    err = stderr_console()
    figures = run_bench(settings, sections=set(section) if section else None, model=model, sizes=size_list, repeats=repeats, log=lambda m: err.print(m, markup=False))
    if output:
        output.write_text(json.dumps(figures, indent=2) + "\n")
    print_json(figures)


def main() -> None:
    """Console-script entry point.

    Click reports a bad command line in three lines (usage, a pointer to
    --help, the error); rag's rule is one line on stderr and exit 2, as for
    every other bad input.
    """
    from typer._click.exceptions import NoArgsIsHelpError, UsageError  # typer 0.27 vendors click
    from typer.main import get_command

    from rag.process.launcher import child_argv, exit_on_signals

    exit_on_signals()
    argv = child_argv()
    try:
        code = app(args=argv, standalone_mode=False, prog_name="rag")
    except NoArgsIsHelpError as exc:  # bare `rag` or `rag models`: the help is the answer, as for --help
        sys.stdout.write((exc.ctx.get_help() if exc.ctx else exc.format_message()) + "\n")
        sys.exit(0)
    except UsageError as exc:
        sys.exit(usage_error(exc, as_json=asks_for_json(get_command(app), sys.argv[1:] if argv is None else argv)))
    except typer.Abort:  # Ctrl-C while the command line was being read
        sys.exit(EXIT_INTERRUPTED)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
