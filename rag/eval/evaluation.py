"""Evaluate rag on a gold question set (read by :mod:`rag.eval.gold`): run it, score it, write and compare results.

The CLI (`rag eval`) is a thin layer over :func:`rag.eval.gold.load_gold`, :func:`run_eval`,
:func:`write_results`, :func:`compare`, :func:`parse_min`/:func:`check_gates`
and :func:`calibrate_relevance`. The metrics themselves live in :mod:`rag.eval.metrics`.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from rag.errors import EvalError, RagError, UsageError
from rag.eval.gold import GoldItem
from rag.eval.metrics import (
    GATE_METRICS,
    QuestionRecord,
    best_f1,
    check_gates,
    citation_is_precise,
    compare,
    contains_answer,
    parse_min,
    percentile,
    retrieval_scores,
    strip_answer_markup,
    summarise,
)

if TYPE_CHECKING:  # pragma: no cover
    from rag.records import Answer, Hit
    from rag.runtime import RuntimeLike

__all__ = [
    "EvalRun", "QuestionRecord", "run_eval", "write_results", "load_results",
    "compare", "parse_min", "check_gates", "calibrate_relevance", "render_markdown", "score_record", "GATE_METRICS",
]


@dataclass
class EvalRun:
    """The result of :func:`run_eval`: per-question records and the metrics computed from them."""

    records: list[QuestionRecord]
    metrics: dict[str, float]
    metrics_by_split: dict[str, dict[str, float]]
    k: int
    retrieval_only: bool
    settings: dict[str, Any] = field(default_factory=dict)
    #: UTC start time, ISO 8601
    started: str = ""
    duration_s: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "started": self.started, "duration_s": round(self.duration_s, 2), "k": self.k,
            "retrieval_only": self.retrieval_only, "metrics": self.metrics,
            "metrics_by_split": self.metrics_by_split, "settings": self.settings,
            "records": [r.to_dict() for r in self.records],
        }


def run_eval(
    items: Sequence[GoldItem],
    target: "RuntimeLike",
    *,
    retrieval_only: bool = False,
    k: int | None = None,
    on_item: Callable[[int, int, QuestionRecord], None] | None = None,
) -> EvalRun:
    """Run every gold question through search (``retrieval_only``) or the full answer path, and score it.

    A RagError raised by one question is recorded on its record (and counted
    in ``n_errors``); errors of the setup (no index, missing model) propagate.
    ``on_item(i, total, record)`` is called after question ``i`` (1-based).
    """
    from rag.answering.answer import MIN_RELEVANCE, ask
    from rag.runtime import Runtime
    from rag.answering.verification import threshold
    from rag.index.parents import whole_short_documents

    rt = Runtime.of(target)
    settings = rt.settings
    k = _check_k(settings.k if k is None else k)
    started = datetime.now(timezone.utc)
    t0 = time.perf_counter()
    embedder = rt.retriever().embedder  # fail now when there is no index
    generator = None if retrieval_only else rt.generator  # and when the model is missing
    records: list[QuestionRecord] = []
    for i, item in enumerate(items, start=1):
        try:
            if retrieval_only:
                t = time.perf_counter()
                retriever = rt.retriever()
                # the passages as the answer path shows them (a short document whole), so that "answer
                # in the top k" means the same here as in a full run
                hits = whole_short_documents(retriever.index, retriever.search(item.question, k, settings.candidates))
                rec = score_record(item, hits)
                rec.timings = {"retrieval_ms": round((time.perf_counter() - t) * 1000, 2)}
            else:
                answer = ask(item.question, rt, k=k)
                rec = score_record(item, answer.hits, answer)
        except RagError as exc:
            rec = _error_record(item, exc, retrieval_only)
        records.append(rec)
        if on_item is not None:
            on_item(i, len(items), rec)
    splits = [s for s in dict.fromkeys(r.split for r in records) if s]
    summary = {
        "embedder": embedder.name, "model": None if generator is None else generator.name, "k": k,
        "candidates": settings.candidates, "chunk_tokens": settings.chunk_tokens,
        "overlap_tokens": settings.overlap_tokens, "n_ctx": settings.n_ctx,
        "max_answer_tokens": settings.max_answer_tokens, "temperature": settings.temperature,
        "min_relevance": MIN_RELEVANCE, "index": str(settings.index_dir),
        "min_answerability": None if generator is None else threshold(generator, settings),
        "min_contains": None if generator is None else threshold(generator, settings, contains=True),
    }
    return EvalRun(
        records=records,
        metrics=summarise(records, k, retrieval_only),
        metrics_by_split={s: summarise([r for r in records if r.split == s], k, retrieval_only) for s in splits},
        k=k, retrieval_only=retrieval_only, settings=summary,
        started=started.isoformat(timespec="seconds"), duration_s=time.perf_counter() - t0,
    )


def _check_k(k: int) -> int:
    if not 1 <= k <= 100:
        raise UsageError(f"k must be between 1 and 100, not {k}.")
    return k


def _new_record(item: GoldItem) -> QuestionRecord:
    return QuestionRecord(id=item.id, question=item.question, kind=item.kind, split=item.split,
                          answerable=item.answerable, gold=list(item.answers))


def score_record(item: GoldItem, hits: Sequence["Hit"], answer: "Answer | None" = None) -> QuestionRecord:
    """The scored record of one question from its retrieved ``hits`` and, in full runs, its ``answer``."""
    rec = _new_record(item)
    _score_hits(rec, item, hits)
    if answer is not None:
        _score_answer(rec, item, answer)
    return rec


def _names(paths: Sequence[str]) -> list[str]:
    """File names (gold sources name files, and results compare across machines), in order, once each."""
    return list(dict.fromkeys(os.path.basename(p) for p in paths))


def _score_hits(rec: QuestionRecord, item: GoldItem, hits: Sequence["Hit"]) -> None:
    rec.retrieved = [
        {"file": h.chunk.file_name, "lines": f"{h.chunk.start_line}-{h.chunk.end_line}", **h.chunk.place(),
         "duplicates": _names(h.duplicates), "dense": round(h.dense, 4)}
        for h in hits
    ]
    if item.answerable and item.page is not None:
        rec.page_hit = any(_on_page(h.chunk, item) for h in hits)
    if item.answerable:
        files = [[h.chunk.file_name, *_names(h.duplicates)] for h in hits]
        scores = retrieval_scores(files, [h.chunk.text for h in hits], item.sources, item.answers)
        rec.hit, rec.recall, rec.rr = scores["hit"], scores["recall"], scores["rr"]  # type: ignore[assignment]
        rec.answer_in_context = bool(scores["answer_in_context"])


def _score_answer(rec: QuestionRecord, item: GoldItem, answer: "Answer") -> None:
    rec.refused, rec.refusal_reason, rec.answer = answer.refused, answer.refusal_reason, answer.text
    rec.raw = (f"{answer.first_raw} → (asked again) {answer.raw}" if answer.first_raw else answer.raw) or None
    rec.timings = answer.timings.to_dict()
    rec.answerability = None if answer.answerability is None else round(answer.answerability, 4)
    if not item.answerable:
        rec.correct = answer.refused
    elif answer.refused:
        rec.correct, rec.f1 = False, 0.0
    else:
        plain = strip_answer_markup(answer.text)
        rec.correct, rec.f1 = contains_answer(plain, item.answers), best_f1(plain, item.answers)
    if answer.refused:
        return
    retrieved_ids = {h.chunk.id for h in answer.hits}
    for c in answer.citations:
        chunk = c.hit.chunk
        precise = citation_is_precise([chunk.file_name, *_names(c.hit.duplicates)], chunk.text, item.sources, item.answers)
        rec.citations.append({
            "n": c.n, "file": chunk.file_name, "lines": f"{chunk.start_line}-{chunk.end_line}", **chunk.place(),
            "right_page": _on_page(chunk, item) if item.answerable and item.page is not None else None,
            "supported": c.supported, "valid": chunk.id in retrieved_ids,
            "precise": precise if item.answerable else None,
        })
    rec.invalid_markers = len(answer.invalid_markers)
    rec.sentences = len(answer.sentences)
    rec.supported_sentences = sum(1 for s in answer.sentences if s.supported)


def _on_page(chunk: Any, item: GoldItem) -> bool:
    """Whether ``chunk`` is from one of the item's source files and spans the page that holds its answer."""
    if chunk.page is None or item.page is None:
        return False
    in_source = not item.sources or chunk.file_name in item.sources
    return in_source and chunk.page <= item.page <= (chunk.end_page or chunk.page)


def _error_record(item: GoldItem, exc: RagError, retrieval_only: bool) -> QuestionRecord:
    """An errored question is a retrieval miss, a wrong answer and not a refusal."""
    rec = _new_record(item)
    rec.error = f"{type(exc).__name__}: {exc}"
    if item.answerable:
        rec.answer_in_context = False
        if item.page is not None:
            rec.page_hit = False
        if item.sources:
            rec.hit, rec.recall, rec.rr = False, 0.0, 0.0
    if not retrieval_only:
        rec.refused, rec.correct = False, False
        rec.f1 = 0.0 if item.answerable else None
    return rec


def _sanitize(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.")[-80:].strip("-.") or "model"


def _atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; results are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_results(run: EvalRun, results_dir: Path, model_name: str) -> tuple[Path, Path]:
    """Write ``<UTC YYYYmmdd-HHMMSS>-<model>.json`` and a ``.md`` report beside it, atomically.

    Returns (json path, markdown path). An existing result is never overwritten:
    a ``-2``, ``-3``... suffix is added instead.
    """
    results_dir = Path(results_dir)
    try:
        results_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.fromisoformat(run.started) if run.started else datetime.now(timezone.utc)
        stem = f"{stamp.astimezone(timezone.utc):%Y%m%d-%H%M%S}-{_sanitize(model_name)}"
        base, n = stem, 1
        while (results_dir / f"{stem}.json").exists() or (results_dir / f"{stem}.md").exists():
            n += 1
            stem = f"{base}-{n}"
        json_path, md_path = results_dir / f"{stem}.json", results_dir / f"{stem}.md"
        data = {"format": "rag-eval/1", "model": model_name, **run.to_dict()}
        _atomic_write(json_path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        _atomic_write(md_path, render_markdown(run, model_name))
    except OSError as exc:
        raise EvalError(f"Cannot write evaluation results to {results_dir}: {exc}.") from None
    return json_path, md_path


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}" if value >= 10 else f"{value:.4f}".rstrip("0").rstrip(".") or "0"
    return "–" if value is None else str(value)


def _one_line(text: str | None, limit: int = 300) -> str:
    text = " ".join((text or "").split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_markdown(run: EvalRun, model_name: str) -> str:
    """The human-readable report: metrics, metrics per split, and the questions it got wrong."""
    mode = "retrieval only" if run.retrieval_only else "full answers"
    out = [f"# rag eval: {model_name}", "",
           f"{run.started} UTC, {mode}, k={run.k}, {len(run.records)} questions, {run.duration_s:.1f} s. "
           f"Embedder {run.settings.get('embedder')}.", "", "## Metrics", "", "| metric | value |", "|---|---:|"]
    out += [f"| {name} | {_fmt(v)} |" for name, v in run.metrics.items()]
    if run.metrics_by_split:
        splits = list(run.metrics_by_split)
        names = list(dict.fromkeys(n for m in run.metrics_by_split.values() for n in m))
        out += ["", "## By split", "", f"| metric | {' | '.join(splits)} |", "|---|" + "---:|" * len(splits)]
        out += [f"| {n} | " + " | ".join(_fmt(run.metrics_by_split[s].get(n)) for s in splits) + " |" for n in names]
    sections = {
        "Wrong answers": [r for r in run.records if r.answerable and r.refused is False and not r.correct and not r.error],
        "Wrong refusals": [r for r in run.records if r.answerable and r.refused],
        "Answered unanswerable questions": [r for r in run.records if not r.answerable and r.refused is False and not r.error],
        "Retrieval misses": [r for r in run.records if r.hit is False and not r.error],
        "Errors": [r for r in run.records if r.error],
    }
    for title, rows in sections.items():
        if run.retrieval_only and title != "Retrieval misses" and title != "Errors":
            continue
        out += ["", f"## {title} ({len(rows)})", ""]
        for r in rows:
            tag = ", ".join(x for x in (r.kind, r.split) if x)
            out.append(f"- **{r.id}**{f' ({tag})' if tag else ''}: {_one_line(r.question)}")
            if r.error:
                out.append(f"  - error: {_one_line(r.error)}")
            elif title == "Retrieval misses":
                out.append(f"  - retrieved: {_one_line(', '.join(d['file'] for d in r.retrieved))}")
            else:
                out.append(f"  - answer: {_one_line(r.answer)}")
                if r.refused and r.raw and r.refusal_reason != "model":
                    out.append(f"  - the model wrote ({r.refusal_reason}): {_one_line(r.raw)}")
            if r.gold:
                out.append(f"  - expected: {_one_line(' / '.join(r.gold))}")
    return "\n".join(out) + "\n"


def load_results(path: Path | str) -> dict[str, Any]:
    """Read a results .json written by :func:`write_results` (UsageError when unreadable: it names a file to compare with)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"Cannot read evaluation results {path}: {exc}.") from None
    if not isinstance(data, dict) or not isinstance(data.get("metrics"), dict):
        raise UsageError(f"{path} is not a rag evaluation result (no 'metrics').")
    return data


def calibrate_relevance(items: Sequence[GoldItem], target: "RuntimeLike", k: int | None = None, margin: float = 0.02) -> dict[str, Any]:
    """The best passage's cosine per question, answerable vs unanswerable, and a suggested MIN_RELEVANCE.

    The suggestion is the lowest top cosine of an answerable question less
    ``margin``, so that no answerable question is refused at retrieval; compare
    it with ``unanswerable.p95`` to see how many off-topic questions it still lets through.
    """
    from rag.answering.answer import MIN_RELEVANCE
    from rag.runtime import Runtime

    rt = Runtime.of(target)
    settings = rt.settings
    k = _check_k(settings.k if k is None else k)
    scores: list[dict[str, Any]] = []
    errors = 0
    for item in items:
        try:
            hits = rt.retriever().search(item.question, k, settings.candidates)
        except RagError:
            errors += 1
            continue
        top = max((h.dense for h in hits), default=0.0)
        scores.append({"id": item.id, "answerable": item.answerable, "top": round(top, 4)})
    ans = [s["top"] for s in scores if s["answerable"]]
    una = [s["top"] for s in scores if not s["answerable"]]
    r4: Callable[[float], float] = lambda x: round(x, 4)  # noqa: E731
    suggested = r4(min(ans) - margin) if ans else None
    return {
        "k": k, "current": MIN_RELEVANCE, "margin": margin, "n_errors": errors,
        "answerable": {"n": len(ans), **({"min": r4(min(ans)), "p5": r4(percentile(ans, 5)), "p50": r4(percentile(ans, 50))} if ans else {})},
        "unanswerable": {"n": len(una), **({"p50": r4(percentile(una, 50)), "p95": r4(percentile(una, 95)), "max": r4(max(una))} if una else {})},
        "suggested_threshold": suggested,
        "unanswerable_below_suggestion": (r4(sum(u < suggested for u in una) / len(una)) if una and suggested is not None else None),
        "scores": sorted(scores, key=lambda s: s["top"]),
    }
