"""Figures and targets shared by the sections of `rag bench`."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from rag.eval.metrics import percentile

TARGETS: dict[str, dict[str, float]] = {
    "ingest": {"ratio_max": 1.15},
    "search": {"speedup_min": 2.0, "recall_at_10_min": 0.95},
    "generation": {"tokens_per_s_ratio_min": 0.95},
    # the budget the project states for the query path (tests/test_import_time.py: "must answer in < 1 s")
    "cold_start": {"search_first_byte_s_max": 1.0},
    "answers": {"total_p50_s_max": 6.0, "total_p95_s_max": 10.0, "ttft_p50_s_max": 4.0},
    # issue 17: the server path may cost 10 % of decoding speed and 150 ms to the first token
    "server": {"tokens_per_s_ratio_min": 0.9, "added_ttft_ms_max": 150.0},
    # issue 15: rag's PDF path (load and chunk, no embedding) at least 0.8x bare pypdfium2's pages/s
    "documents": {"ratio_min": 0.8},
}
Log = Callable[[str], None]


def rounded(x: float | None, nd: int = 4) -> float | None:
    """``x`` rounded to ``nd`` places, as a plain float for JSON (None stays None)."""
    return None if x is None else round(float(x), nd)


def median_or_none(values: Sequence[float]) -> float | None:
    """The median of ``values``, None when there are none."""
    return percentile(values, 50) if values else None


def p50_p95(values: Sequence[float], scale: float = 1.0, nd: int = 4) -> dict[str, float | None]:
    """p50 and p95 of ``values`` times ``scale`` (None when there are none)."""
    return {f"p{q}": rounded(percentile(values, q) * scale, nd) if values else None for q in (50, 95)}


def targets_met(section: str, **checks: bool) -> dict[str, Any]:
    """The section's targets and, for each named check, whether it was met."""
    return {"targets": dict(TARGETS[section]), "met": {k: bool(v) for k, v in checks.items()}}
