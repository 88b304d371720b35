"""Terminal rendering with rich. Every string that came from a document or a
question is passed through :func:`safe` first, so escape sequences found in
them are never replayed to the terminal, and rich markup in them is not
interpreted (Text objects, not markup strings)."""

from __future__ import annotations

import json
import os
import re
import sys
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from rich.console import Console
from rich.text import Text

from rag.records import Answer, Hit, display_path
from rag.text import strip_control

if TYPE_CHECKING:  # pragma: no cover
    from rag.documents.reading import Skipped


def safe(text: str) -> str:
    return strip_control(text)


def name(text: str) -> str:
    """A file name or a place in one line: a newline in a file's name must not break a hit's header."""
    return " ".join(strip_control(text).split("\n"))


class _Console(Console):
    """rich's Console, but a reader that closed the pipe early (``rag search … | head -1``) is not an
    error: rich's own handler exits with status 1, which rag's exit codes give to a failed gate."""

    def on_broken_pipe(self) -> None:
        self.quiet = True  # nothing more is written to a stream nobody reads
        if self.stderr:
            return  # the work goes on without its progress lines: an ingest is not stopped half-way
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that the flush at exit does not fail again
        raise SystemExit(0)


def stdout_console() -> Console:
    # in a pipe, lines are never wrapped at rich's default 80 columns: a script reads whole lines
    if sys.stdout.isatty():
        return _Console(highlight=False, soft_wrap=False)
    return _Console(highlight=False, soft_wrap=True, width=100_000)


def stderr_console() -> Console:
    return _Console(stderr=True, highlight=False)


# json.dumps escapes C0 controls (ESC included) but leaves these raw with ensure_ascii=False: C1 controls
# (U+009B is a one-character CSI to some terminals) and the line/paragraph separators (line breaks to JavaScript)
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u2028\u2029]")
# lone surrogates: the bytes of a file name or a command line that are not UTF-8 (Python's surrogateescape).
# They are no Unicode: raw they cannot be written, and escaped (\udcff) a reader gets a string it cannot
# encode or rejects the JSON; so U+FFFD, as the text output shows them
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def count(n: int, noun: str, plural: str = "") -> str:
    """``n`` and ``noun``, plural unless one: "1 file", "14,600 chunks", "2 copies" (``plural`` when not noun + s)."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def to_json(data: Any) -> str:
    """``data`` as indented JSON that is safe to write to a terminal (no raw control characters) and
    valid Unicode (an undecodable byte of a name is U+FFFD)."""
    text = _SURROGATE.sub("\ufffd", json.dumps(data, ensure_ascii=False, indent=2))
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def print_json(data: Any) -> None:
    sys.stdout.write(to_json(data) + "\n")
    sys.stdout.flush()


def render_skips(console: Console, skipped: Sequence[Skipped], as_before: Iterable[str], verbose: bool = False) -> None:
    """An ingest's skipped files, one clean line each (a file name may hold anything: escape sequences,
    newlines): every one with ``verbose``; else the new ones, the first MAX_SKIPS_SHOWN of them, and one
    line for those the previous ingest skipped for the same reason."""
    from rag.ingestion.progress import MAX_SKIPS_SHOWN
    from rag.library import link_path

    before = set(as_before)
    listed = [s for s in skipped if verbose or link_path(s.path) not in before]
    shown = listed if verbose else listed[:MAX_SKIPS_SHOWN]
    for s in shown:
        console.print(" ".join(safe(f"skipped {s.path}: {s.reason}").split()), style="yellow", markup=False, soft_wrap=True)
    if len(listed) > len(shown):
        more = count(len(listed) - len(shown), "more file")
        console.print(f"... and {more} skipped (rag ingest --verbose lists every one, with the reason).", style="yellow", markup=False, soft_wrap=True)
    repeated = len(skipped) - len(listed)
    if repeated:
        console.print(f"{count(repeated, 'file')} skipped as before (rag ingest --verbose lists them).", style="dim", markup=False, soft_wrap=True)


def hit_header(hit: Hit) -> Text:
    t = Text()
    t.append(f"[{hit.rank}] ", style="bold cyan")
    t.append(name(hit.chunk.location), style="bold")
    if hit.chunk.section == "comment":
        t.append(f"  (reader comment by {safe(hit.chunk.author or 'unknown')})", style="yellow")
    if hit.duplicates:
        # a copy in the passage's own folder by its name; elsewhere by its path (a folder of hundreds of
        # changelog.Debian files: the name alone says nothing)
        here = os.path.dirname(hit.chunk.source)
        names = dict.fromkeys(os.path.basename(d) if os.path.dirname(d) == here else display_path(d) for d in hit.duplicates)
        t.append(f"  also in {', '.join(name(n) for n in names)}", style="dim")
    t.append(f"  score {hit.score:.4f} (cos {hit.dense:.2f}, bm25 {hit.lexical:.1f})", style="dim")
    return t


def render_hits(console: Console, question: str, hits: Iterable[Hit]) -> None:
    hits = list(hits)
    if not hits:
        console.print(Text("No passages found.", style="yellow"))
        return
    for hit in hits:
        console.print(hit_header(hit))
        console.print(Text(safe(hit.chunk.text)), style="default")
        console.print()


def short_quote(text: str, limit: int = 160) -> str:
    text = safe(text)
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def render_sources(console: Console, answer: Answer) -> None:
    if answer.refused or not answer.citations:
        return
    console.print(Text("Sources", style="bold"))
    for c in answer.citations:
        line = Text()
        line.append(f"[{c.n}] ", style="bold cyan")
        line.append(name(c.hit.chunk.location), style="bold")
        if c.hit.chunk.section == "comment":
            line.append(f" (reader comment by {safe(c.hit.chunk.author or 'unknown')})", style="yellow")
        line.append(f' "{short_quote(c.quote or c.hit.chunk.text)}"', style="dim")
        console.print(line)
    if answer.unsupported_count:
        console.print(
            Text(f"{answer.unsupported_count} sentence(s) marked (unsupported) were not found in the cited passages.", style="yellow")
        )
    if answer.invalid_markers:
        console.print(Text(f"Removed citation markers that named no passage: {answer.invalid_markers}", style="yellow"))


def render_answer_text(answer: Answer) -> Text:
    """The final answer with its [n] markers and (unsupported) flags."""
    t = Text()
    if answer.refused:
        t.append(safe(answer.text), style="yellow")
        return t
    from rag.answering.citations import split_final_punctuation

    for i, s in enumerate(answer.sentences):
        if i:
            t.append(" ")
        body, end = split_final_punctuation(safe(s.text))
        t.append(body)
        if s.citations:
            t.append(" " + "".join(f"[{n}]" for n in s.citations), style="bold cyan")
        t.append(end)
        if not s.supported:
            t.append(" (unsupported)", style="red")
    return t
