"""Deterministic evaluation metrics (no judge model) and the per-question record they read.

Scoring follows SQuAD: an answer is *correct* when a normalised gold answer is
contained in the normalised answer text, and *f1* is the token F1 against the
best gold answer. Everything here is a pure function of its arguments, so the
same records always give the same numbers.

Conventions:

* "contained" means the gold answer's tokens occur as a contiguous run of the
  text's tokens, so "13" is not found in "2013". The last answer token also
  matches the same token plus "s", because SQuAD normalisation turns
  "Naderi's" into "naderis".
* A gold answer that is a date is also found in the same date written
  another way ("7 March" in "March 7, 2025"); a gold year must be the same.
* A question that raised an error scores 0 on every metric that counts it (a
  retrieval miss, a wrong answer, and not a refusal). It is left out of the
  citation and latency metrics because it produced no answer.
* A metric whose denominator is empty (for example citation metrics when every
  answer was refused) is left out of the dict instead of being given a made-up
  value. The refusal metrics are the exception: when nothing was refused,
  ``refusal_precision`` is 1.0 if there are no unanswerable questions and 0.0
  otherwise; ``refusal_recall`` is 1.0 when there are no unanswerable questions
  (there was nothing to refuse).
"""

from __future__ import annotations

import math
import re
import string
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Sequence

from rag.dates import ABBREVIATIONS, MONTH_NAMES, MONTH_NUMBER
from rag.errors import UsageError

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCT = set(string.punctuation) | set("‘’“”–—…«»¿¡·")
_MARKERS = re.compile(r"\s*\[\d{1,3}(?:\s*[,;]\s*\d{1,3})*\]")
_UNSUPPORTED = re.compile(r"\s*\(unsupported\)", re.I)


def strip_answer_markup(text: str) -> str:
    """The answer text without the ``[n]`` citation markers and ``(unsupported)`` flags."""
    return _UNSUPPORTED.sub("", _MARKERS.sub("", text))


def squad_normalise(text: str) -> str:
    """SQuAD answer normalisation: lowercase, drop punctuation and a/an/the, collapse whitespace."""
    text = "".join(ch for ch in text.lower() if ch not in _PUNCT)
    return " ".join(_ARTICLES.sub(" ", text).split())


# punctuation inside a run of letters ("al-Assad", "syria.liveuamap.com"): a word boundary too
_INNER_PUNCT = re.compile(r"(?<=[^\W\d_])[^\w\s]+(?=[^\W\d_])")


def contains_answer(text: str, answers: Iterable[str]) -> bool:
    """Whether any gold answer, normalised, occurs as a run of whole tokens in normalised ``text``.

    Text and answers are compared twice: with punctuation dropped (SQuAD) and
    with punctuation between letters read as a space, so that "Assad clan"
    is found in "the al-Assad clan" and "liveuamap" in "https://syria.liveuamap.com/".
    """
    for split in (False, True):
        norm = (lambda t: squad_normalise(_INNER_PUNCT.sub(" ", t))) if split else squad_normalise
        tokens = norm(text).split()
        for answer in answers:
            want = norm(answer).split()
            if not want:
                continue
            n, last = len(want), want[-1]
            for i in range(len(tokens) - n + 1):
                if tokens[i : i + n - 1] == want[:-1] and tokens[i + n - 1] in (last, last + "s"):
                    return True
    return same_date(text, answers)


_MONTH = "|".join(sorted(set(MONTH_NAMES) | set(ABBREVIATIONS), key=len, reverse=True))
_YEAR = r"(?:,?\s+((?:1[89]|20)\d\d)\b)?"
#: a date as answers write it: "7 March", "7th of March 2025", "March 7, 2025", "Mar. 7", "2025-03-07"
_DATES = (
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b\.?{_YEAR}", re.I), "dmy"),
    (re.compile(rf"\b({_MONTH})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b{_YEAR}", re.I), "mdy"),
    (re.compile(r"\b((?:1[89]|20)\d\d)-([01]\d)-([0-3]\d)\b"), "ymd"),
)


def _dates(text: str, whole: bool = False) -> set[tuple[int | None, int, int]]:
    """(year or None, month, day) of every date ``text`` writes (with ``whole``: only when the whole
    of ``text`` is one date, else none)."""
    found: set[tuple[int | None, int, int]] = set()
    for pattern, order in _DATES:
        for m in pattern.finditer(text):
            if whole and m.group(0).strip(" .,") != text.strip(" .,"):
                continue
            year: int | None
            if order == "ymd":
                year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
            else:
                d, mo = (m.group(1), m.group(2)) if order == "dmy" else (m.group(2), m.group(1))
                day, month = int(d), MONTH_NUMBER[mo[:3].lower()]
                year = int(m.group(3)) if m.group(3) else None
            if 1 <= month <= 12 and 1 <= day <= 31:
                found.add((year, month, day))
    return found


def same_date(text: str, answers: Iterable[str]) -> bool:
    """Whether ``text`` writes the date that a gold answer is, in any of the usual forms: the gold
    "7 March" is in "March 7, 2025" (the scorer's run of words is not), and the gold "7 March 2024"
    is not in "March 7, 2025" nor in "March 7"."""
    written = _dates(text)
    return any(
        (month, day) == (m, d) and (year is None or year == y)
        for answer in answers
        for year, month, day in _dates(answer, whole=True)
        for y, m, d in written
    )


def token_f1(prediction: str, answer: str) -> float:
    """SQuAD token F1 between a prediction and one gold answer."""
    pred, gold = squad_normalise(prediction).split(), squad_normalise(answer).split()
    if not pred or not gold:
        return float(pred == gold)
    common = sum((Counter(pred) & Counter(gold)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(pred), common / len(gold)
    return 2 * precision * recall / (precision + recall)


def best_f1(prediction: str, answers: Sequence[str]) -> float:
    """Token F1 against the best-matching gold answer (0.0 without answers)."""
    return max((token_f1(prediction, a) for a in answers), default=0.0)


def retrieval_scores(
    retrieved: Sequence[Sequence[str]], texts: Sequence[str], sources: Sequence[str], answers: Sequence[str]
) -> dict[str, float | bool | None]:
    """Per-question retrieval scores.

    ``retrieved[i]`` holds the file names of passage i (its file and the files
    of its duplicates), best first; ``texts[i]`` is its text. Returns hit,
    recall and rr (None when the question lists no sources) and answer_in_context.
    """
    gold = {_base(s) for s in sources}
    found: set[str] = set()
    rr = 0.0
    for rank, files in enumerate(retrieved, start=1):
        match = gold & {_base(f) for f in files}
        if match and not found:
            rr = 1.0 / rank
        found |= match
    in_context = any(contains_answer(t, answers) for t in texts)
    if not gold:
        return {"hit": None, "recall": None, "rr": None, "answer_in_context": in_context}
    return {"hit": bool(found), "recall": len(found) / len(gold), "rr": rr, "answer_in_context": in_context}


def citation_is_precise(files: Sequence[str], text: str, sources: Sequence[str], answers: Sequence[str]) -> bool:
    """A citation is precise when its passage's file (or a duplicate's) is a gold source or it holds a gold answer."""
    gold = {_base(s) for s in sources}
    return bool(gold & {_base(f) for f in files}) or contains_answer(text, answers)


def refusal_precision(refused: Sequence[bool], answerable: Sequence[bool]) -> float:
    """Share of refusals that were right (the question was unanswerable).

    With no refusals: 1.0 when there are no unanswerable questions, else 0.0.
    """
    n_refused = sum(refused)
    if n_refused == 0:
        return 0.0 if any(not a for a in answerable) else 1.0
    return sum(r and not a for r, a in zip(refused, answerable)) / n_refused


def refusal_recall(refused: Sequence[bool], answerable: Sequence[bool]) -> float:
    """Share of unanswerable questions that were refused (1.0 when there are none)."""
    n_unanswerable = sum(not a for a in answerable)
    if n_unanswerable == 0:
        return 1.0
    return sum(r and not a for r, a in zip(refused, answerable)) / n_unanswerable


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) with linear interpolation, as numpy's default."""
    if not values:
        raise ValueError("percentile of no values")
    s = sorted(values)
    pos = (len(s) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


@dataclass
class QuestionRecord:
    """What happened to one gold question; every metric is computed from these."""

    id: str
    question: str
    kind: str | None
    split: str | None
    answerable: bool
    #: the gold answers
    gold: list[str] = field(default_factory=list)
    #: None in retrieval-only runs
    refused: bool | None = None
    refusal_reason: str | None = None
    answer: str | None = None
    #: what the model wrote, before the citation check (None when the LLM was not called)
    raw: str | None = None
    #: answerable: a gold answer is in the answer; unanswerable: it was refused
    correct: bool | None = None
    f1: float | None = None
    #: retrieved passages, best first: {"file", "lines", "duplicates", "dense"}
    retrieved: list[dict[str, Any]] = field(default_factory=list)
    hit: bool | None = None
    recall: float | None = None
    rr: float | None = None
    answer_in_context: bool | None = None
    #: for a gold item with a page: a retrieved passage from a source file spans that page
    page_hit: bool | None = None
    #: {"n", "file", "lines", "supported", "valid", "precise", "right_page", and "page"/"slide" where known}
    citations: list[dict[str, Any]] = field(default_factory=list)
    invalid_markers: int = 0
    sentences: int = 0
    supported_sentences: int = 0
    #: the model's own score of its answer (rag.answering.verification); None when it was not asked
    answerability: float | None = None
    timings: dict[str, float] = field(default_factory=dict)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _base(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1]


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def summarise(records: Sequence[QuestionRecord], k: int, retrieval_only: bool) -> dict[str, float]:
    """The flat metric dict of a run (see the module docstring for the conventions)."""
    answerable = [r for r in records if r.answerable]
    m: dict[str, float] = {
        "n_questions": len(records),
        "n_answerable": len(answerable),
        "n_unanswerable": len(records) - len(answerable),
        "n_errors": sum(r.error is not None for r in records),
    }
    with_sources = [r for r in answerable if r.hit is not None]
    if with_sources:
        m[f"hit@{k}"] = _mean([float(bool(r.hit)) for r in with_sources])
        m[f"recall@{k}"] = _mean([r.recall or 0.0 for r in with_sources])
        m["mrr"] = _mean([r.rr or 0.0 for r in with_sources])
    if answerable:
        m[f"answer_in_context@{k}"] = _mean([float(bool(r.answer_in_context)) for r in answerable])
    paged = [r for r in answerable if r.page_hit is not None]
    if paged:
        m[f"page_hit@{k}"] = _mean([float(bool(r.page_hit)) for r in paged])
    ok = [r for r in records if r.error is None]
    if not retrieval_only:
        if answerable:
            m["accuracy"] = _mean([float(bool(r.correct)) for r in answerable])
            m["f1"] = _mean([r.f1 or 0.0 for r in answerable])
        refused = [bool(r.refused) for r in records]
        flags = [r.answerable for r in records]
        if records:
            m["refusal_precision"] = refusal_precision(refused, flags)
            m["refusal_recall"] = refusal_recall(refused, flags)
        answered = [r for r in ok if not r.refused]
        n_marks = sum(len(r.citations) + r.invalid_markers for r in answered)
        if n_marks:
            m["citation_validity"] = sum(c["valid"] for r in answered for c in r.citations) / n_marks
        pages = [r for r in answered if r.answerable and any(c.get("right_page") is not None for c in r.citations)]
        if pages:
            # of the answered questions whose answer sits on a known page: a citation names that page
            m["citation_page_rate"] = _mean([float(any(c.get("right_page") for c in r.citations)) for r in pages])
        precise = [c["precise"] for r in answered if r.answerable for c in r.citations]
        if precise:
            m["citation_precision"] = _mean([float(p) for p in precise])
        if answered:
            m["cited_answer_rate"] = _mean([float(bool(r.citations)) for r in answered])
        n_sentences = sum(r.sentences for r in answered)
        if n_sentences:
            m["supported_sentence_rate"] = sum(r.supported_sentences for r in answered) / n_sentences
    for name, rows in (("retrieval_ms", ok), ("ttft_ms", _generated(ok)), ("total_ms", [] if retrieval_only else ok)):
        values = [float(r.timings.get(name, 0.0)) for r in rows]
        if values:
            m[f"{name}_p50"] = round(percentile(values, 50), 2)
            m[f"{name}_p95"] = round(percentile(values, 95), 2)
    generated = _generated(ok)
    if generated:
        m["tokens_per_s"] = round(_mean([float(r.timings.get("tokens_per_s", 0.0)) for r in generated]), 2)
    return {name: (round(v, 4) if isinstance(v, float) else v) for name, v in m.items()}


def _generated(records: Sequence[QuestionRecord]) -> list[QuestionRecord]:
    return [r for r in records if r.timings.get("gen_tokens", 0) > 0]


#: metric names a --min gate may name ("@k" stands for the run's k, e.g. hit@5)
GATE_METRICS = (
    "hit@k", "recall@k", "mrr", "answer_in_context@k", "accuracy", "f1", "refusal_precision",
    "refusal_recall", "citation_validity", "citation_precision", "cited_answer_rate",
    "supported_sentence_rate", "tokens_per_s",
)
#: the gates a --retrieval-only run measures
RETRIEVAL_GATES = ("hit@k", "recall@k", "mrr", "answer_in_context@k")


def _number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def compare(metrics: dict[str, float], baseline_metrics: dict[str, float]) -> list[tuple[str, float, float, float]]:
    """(name, new, old, new - old) for every numeric metric present in both dicts, in ``metrics`` order."""
    return [
        (name, new, baseline_metrics[name], round(new - baseline_metrics[name], 4))
        for name, new in metrics.items()
        if name in baseline_metrics and _number(new) and _number(baseline_metrics[name])
    ]


def parse_min(specs: Sequence[str], k: int | None = None, retrieval_only: bool = False) -> dict[str, float]:
    """Parse ``--min`` gates such as ``["hit@5=0.9", "accuracy=0.6"]`` into {name: minimum}.

    Names are those of :data:`GATE_METRICS` with "@k" written as
    the run's k; when ``k`` is given, an @-name for another k is an error.
    """
    known = ", ".join(GATE_METRICS)
    mins: dict[str, float] = {}
    for spec in specs:
        name, sep, raw = (part.strip() for part in spec.partition("="))
        try:
            value = float(raw)
        except ValueError:
            value = math.nan
        if not sep or not name or not math.isfinite(value):
            raise UsageError(f"Bad --min {spec!r}: expected METRIC=NUMBER, e.g. hit@5=0.9.")
        m = re.fullmatch(r"([a-z_]+)@(\d+)", name)
        template = f"{m.group(1)}@k" if m else name
        if template not in GATE_METRICS or (template == name and "@k" in name):
            raise UsageError(f"Unknown metric {name!r} in --min.", hint=f"Known metrics: {known} (write @k as the k, e.g. hit@5).")
        if m and k is not None and int(m.group(2)) != k:
            raise UsageError(f"--min {name} does not match this run's k={k}.", hint=f"Use {m.group(1)}@{k}.")
        if retrieval_only and template not in RETRIEVAL_GATES:
            # say so before the run, not after it
            raise UsageError(f"--min {name} needs answers, but this run is --retrieval-only.")
        mins[name] = value
    return mins


def check_gates(metrics: dict[str, float], mins: dict[str, float]) -> list[str]:
    """One failure message per gated metric below its minimum (or not measured by this run)."""
    failures = []
    for name, minimum in mins.items():
        value = metrics.get(name)
        if value is None:
            failures.append(f"{name} was not measured in this run (minimum {minimum:g}).")
        elif value < minimum:
            failures.append(f"{name} = {value:.4g} is below the minimum {minimum:g}.")
    return failures
