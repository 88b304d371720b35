"""`rag eval`: score rag against gold questions, and render the scores as a table."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, List, Optional

import typer

from rag.cli.common import (
    CollectionOpt,
    EmbedUrlOpt,
    HomeOpt,
    KOpt,
    LlmModelOpt,
    LlmUrlOpt,
    ModelOpt,
    StoreOpt,
    handle_errors,
)
from rag.config import Settings

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console
    from rich.table import Table

    from rag.eval.evaluation import EvalRun
    from rag.eval.gold import GoldItem


def register(app: typer.Typer) -> None:
    """Add ``rag eval`` to ``app`` (where it is called sets its place in ``rag --help``)."""
    app.command("eval")(eval_cmd)


@handle_errors
def eval_cmd(
    gold: Optional[Path] = typer.Option(None, "--gold", help="Gold questions (JSON lines; see eval/README.md). Default: the checkout's eval/gold.jsonl."),
    retrieval_only: bool = typer.Option(False, "--retrieval-only", help="Score retrieval only (no LLM; quick)."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="A previous results .json to compare with."),
    minimum: Optional[List[str]] = typer.Option(None, "--min", help="METRIC=VALUE: exit 1 when the metric is below (repeatable)."),
    split: Optional[str] = typer.Option(None, "--split", help="Only the questions of this split (tune or heldout)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N questions."),
    calibrate: bool = typer.Option(False, "--calibrate", help="Print the retrieval-relevance distribution and a refusal threshold."),
    k: Optional[int] = KOpt,
    model: Optional[str] = ModelOpt,
    home: Optional[str] = HomeOpt,
    store: Optional[str] = StoreOpt,
    collection: Optional[str] = CollectionOpt,
    llm_url: Optional[str] = LlmUrlOpt,
    llm_model: Optional[str] = LlmModelOpt,
    embed_url: Optional[str] = EmbedUrlOpt,
) -> None:
    """Score rag against gold questions and answers, offline and deterministically."""
    from rag.cli.render import print_json, stderr_console, stdout_console
    from rag.errors import EvalError, UsageError
    from rag.eval import evaluation as ev

    settings = Settings.load(home=home, k=k, model=model, llm_url=llm_url, llm_model=llm_model, embed_url=embed_url, store=store, collection=collection)
    if limit is not None and limit < 1:
        raise UsageError(f"--limit must be at least 1, not {limit}.")
    # every option is checked before the gold file is read and the run starts
    mins = ev.parse_min(minimum or [], k=settings.k, retrieval_only=retrieval_only)
    base = ev.load_results(baseline)["metrics"] if baseline else None
    items = _gold_items(gold, split, limit)
    if calibrate:
        print_json(ev.calibrate_relevance(items, settings))
        return

    err = stderr_console()
    run = _run_with_progress(items, settings, retrieval_only, err)
    label = "retrieval" if retrieval_only else _model_label(settings)
    json_path, md_path = ev.write_results(run, settings.eval_results_dir, label)

    stdout_console().print(_results_table(run, base, f"rag eval: {len(items)} questions, {label}"))
    err.print(f"results: {json_path}\nreport:  {md_path}", markup=False)
    failures = ev.check_gates(run.metrics, mins)
    if failures:
        raise EvalError("gate failed: " + "; ".join(failures))


def _gold_items(gold: Optional[Path], split: Optional[str], limit: Optional[int]) -> list[GoldItem]:
    """The gold questions to run: those of ``gold`` (default: the checkout's set), of ``split`` only
    and the first ``limit`` of them; a UsageError for an unknown split or when none are left."""
    from rag.errors import UsageError
    from rag.eval import gold as gold_sets

    items = gold_sets.load_gold(gold or gold_sets.default_gold())
    if split:
        if split not in gold_sets.SPLITS:
            raise UsageError(f"--split must be one of {', '.join(gold_sets.SPLITS)}.")
        items = [i for i in items if i.split == split]
    if limit is not None:
        items = items[:limit]
    if not items:
        raise UsageError("No gold questions to run.")
    return items


def _run_with_progress(items: list[GoldItem], settings: Settings, retrieval_only: bool, err: Console) -> EvalRun:
    """Run the evaluation with a progress bar on ``err`` (gone when the run ends)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from rag.eval import evaluation as ev

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True) as bar:
        task = bar.add_task("Evaluating", total=len(items))
        return ev.run_eval(items, settings, retrieval_only=retrieval_only, on_item=lambda i, n, rec: bar.update(task, completed=i))


def _results_table(run: EvalRun, base: Optional[dict[str, Any]], title: str) -> Table:
    """The metrics of ``run``, overall and per split, and beside them ``base``'s and the change when given."""
    from rich.table import Table

    table = Table("metric", "all", *run.metrics_by_split.keys(), *(["baseline", "change"] if base else []), title=title)
    for name, value in run.metrics.items():
        row = [name, _fmt(value)] + [_fmt(run.metrics_by_split[s].get(name)) for s in run.metrics_by_split]
        if base is not None:
            old = base.get(name)
            row += [_fmt(old), "" if old is None or not isinstance(value, (int, float)) else f"{value - old:+.4g}"]
        table.add_row(*row)
    return table


def _model_label(settings: Settings) -> str:
    """The name a results file and the table's title give the model that answered."""
    from rag.backends.registry import is_registered_generator
    from rag.models.catalog import resolve_name

    if settings.llm_url:
        return settings.llm_model or "server"
    if is_registered_generator(settings.model):
        return settings.model
    if settings.model.endswith(".gguf") or "/" in settings.model:
        return Path(settings.model).stem
    return resolve_name(settings.model).name


def _fmt(value: Any) -> str:
    """A metric's value in a table cell: "-" when missing, 4 significant digits for a float."""
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)
