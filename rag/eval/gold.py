"""Gold question sets: one question per line of a JSON lines file (format in eval/README.md), read
with bounded lines and checked field by field, so a malformed file is a one-line error naming
``path:line``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from rag.errors import EvalError
from rag.eval.metrics import squad_normalise

SPLITS = ("tune", "heldout")


@dataclass(frozen=True)
class GoldItem:
    """One gold question (a line of a gold .jsonl file)."""

    id: str
    question: str
    answers: tuple[str, ...]
    sources: tuple[str, ...]
    answerable: bool
    evidence: tuple[str, ...] = ()
    kind: str | None = None
    split: str | None = None
    #: the 1-based page of a source PDF that holds the answer (paged documents only)
    page: int | None = None


#: A gold line longer than this is not a question record (``--gold /dev/zero`` read one endless line
#: into memory); the longest line of eval/gold.jsonl is under 2 KiB.
MAX_GOLD_LINE = 1 << 20
#: More questions than this is not a gold file an evaluation can finish (~20 s an answer).
MAX_GOLD_LINES = 100_000


def _gold_lines(path: Path) -> Iterator[tuple[int, str]]:
    """The numbered lines of a gold file, each read with a bounded length, so a device or a huge
    file gives a one-line error instead of exhausting memory."""
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise EvalError(f"Gold file {path} does not exist.", hint="Pass --gold PATH to a .jsonl gold file.") from None
    except OSError as exc:
        raise EvalError(f"Cannot read gold file {path}: {exc.strerror or exc}.") from None
    with handle:
        n = 0
        while True:
            try:
                raw = handle.readline(MAX_GOLD_LINE + 1)
            except OSError as exc:
                raise EvalError(f"Cannot read gold file {path}: {exc.strerror or exc}.") from None
            if not raw:
                return
            n += 1
            if len(raw) > MAX_GOLD_LINE:
                raise EvalError(f"{path}:{n}: line longer than {MAX_GOLD_LINE >> 20} MiB; not a gold file.", hint="Pass --gold PATH to a .jsonl gold file.")
            if n > MAX_GOLD_LINES:
                raise EvalError(f"{path}: more than {MAX_GOLD_LINES:,} lines; not a gold file.")
            try:
                text = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise EvalError(f"{path}:{n}: not UTF-8 text ({exc.reason}).") from None
            yield n, text.rstrip("\r\n")



def default_gold() -> Path:
    """``eval/gold.jsonl`` of the current folder when there is one, else of rag's checkout (so that
    ``rag eval`` works from any folder)."""
    from rag.config import _CHECKOUT

    local = Path("eval") / "gold.jsonl"
    return local if local.is_file() else _CHECKOUT / "eval" / "gold.jsonl"


def load_gold(path: Path | str) -> list[GoldItem]:
    """Read a gold .jsonl file; any malformed line raises EvalError naming ``path:line``.

    Blank lines are skipped; unknown keys are ignored; ids must be unique.
    """
    path = Path(path)
    items: list[GoldItem] = []
    first_line: dict[str, int] = {}
    for n, line in _gold_lines(path):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno}).") from None
        item = _parse_item(obj, where)
        if item.id in first_line:
            raise EvalError(f"{where}: duplicate id {item.id!r} (first used on line {first_line[item.id]}).")
        first_line[item.id] = n
        items.append(item)
    if not items:
        raise EvalError(f"Gold file {path} holds no questions.")
    return items


def _parse_item(obj: Any, where: str) -> GoldItem:
    if not isinstance(obj, dict):
        raise EvalError(f"{where}: expected a JSON object, not {type(obj).__name__}.")
    for key in ("id", "question", "answers", "sources", "answerable"):
        if key not in obj:
            raise EvalError(f"{where}: missing key {key!r}.")
    for key in ("id", "question"):
        if not isinstance(obj[key], str) or not obj[key].strip():
            raise EvalError(f"{where}: {key!r} must be a non-empty string.")
    if not any(ch.isalnum() for ch in obj["question"]):
        # rag would refuse to search it: an error of the gold file, not a question rag failed
        raise EvalError(f"{where}: 'question' has no words: {obj['question']!r}.")
    if type(obj["answerable"]) is not bool:
        raise EvalError(f"{where}: 'answerable' must be true or false, not {obj['answerable']!r}.")
    lists = {}
    for key in ("answers", "sources", "evidence"):
        value = obj.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise EvalError(f"{where}: {key!r} must be a list of strings.")
        lists[key] = tuple(value)
    for key in ("kind", "split"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise EvalError(f"{where}: {key!r} must be a string.")
    if obj.get("split") is not None and obj["split"] not in SPLITS:
        raise EvalError(f"{where}: 'split' must be one of {', '.join(SPLITS)}, not {obj['split']!r}.")
    page = obj.get("page")
    if page is not None and (type(page) is not int or page < 1):
        raise EvalError(f"{where}: 'page' must be a page number (1 or more) or null, not {page!r}.")
    if obj["answerable"] and not lists["answers"]:
        raise EvalError(f"{where}: 'answerable' is true but 'answers' is empty.")
    if not obj["answerable"] and lists["answers"]:
        raise EvalError(f"{where}: 'answerable' is false but 'answers' is not empty.")
    for answer in lists["answers"]:
        if not squad_normalise(answer):
            raise EvalError(f"{where}: answer {answer!r} is empty after normalisation (it would match anything).")
    return GoldItem(
        id=obj["id"], question=obj["question"], answers=lists["answers"], sources=lists["sources"], page=page,
        answerable=obj["answerable"], evidence=lists["evidence"], kind=obj.get("kind"), split=obj.get("split"),
    )
