"""Terminal rendering of answers (streamed) and the interactive chat loop."""

from __future__ import annotations

import functools
from typing import Any, Callable

from rich.console import Console
from rich.text import Text

from rag.answering.chat import ChatSession
from rag.answering.revision import revision_note
from rag.cli.render import hit_header, render_answer_text, render_hits, render_sources, safe
from rag.errors import RagError
from rag.records import Answer

HELP = """Commands:
  /sources   show the passages behind the last answer, in full
  /reset     forget the conversation
  /help      this help
  /exit      leave (or Ctrl-D)
Ctrl-C stops an answer that is being written."""


class Streamer:
    """What the user sees while an answer is prepared: the stage ("searching…", "reading 5 passages
    from …") on stderr while nothing else shows, then the model's output as it is written, then the
    checked answer in its place.

    The stage shows only when ``waiting`` is a terminal, the output only when ``console`` is one;
    both are transient (erased, not left in the scrollback), and the stage is gone before the first
    word of the answer is drawn, as two live displays on one terminal would overwrite each other.
    """

    def __init__(self, console: Console, enabled: bool = True, waiting: Console | None = None) -> None:
        self.console = console
        self.enabled = enabled and console.is_terminal
        self.waiting = waiting if waiting is not None and waiting.is_terminal else None
        self.buffer = ""
        self._live: Any = None
        self._stage: Any = None

    def __enter__(self) -> "Streamer":
        return self

    def on_stage(self, text: str) -> None:
        if self.waiting is None or self._live is not None:
            return  # the answer is being drawn (a check after it): two live displays would overwrite each other
        from rich.spinner import Spinner

        shown = Spinner("dots", Text(safe(text) + "…", style="dim"), style="dim")
        if self._stage is None:
            from rich.live import Live

            self._stage = Live(shown, console=self.waiting, transient=True, refresh_per_second=10)
            self._stage.start(refresh=True)
        else:
            self._stage.update(shown, refresh=True)

    def on_token(self, piece: str) -> None:
        first = not self.buffer
        self.buffer += piece
        if not self.enabled:
            if first:
                self.on_stage("writing the answer")
            return
        if self._live is None:
            from rich.live import Live

            self._stop_stage()
            self._live = Live(Text(""), console=self.console, transient=True, refresh_per_second=15)
            self._live.start()
        self._live.update(Text(safe(self.buffer), style="dim"))

    @property
    def streamed(self) -> bool:
        """Whether the reader saw the model's output as it was written."""
        return self.enabled and bool(self.buffer)

    def _stop_stage(self) -> None:
        if self._stage is not None:
            self._stage.stop()
            self._stage = None

    def __exit__(self, *exc: object) -> None:
        self._stop_stage()
        if self._live is not None:
            self._live.stop()
            self._live = None


def near_miss_note(question: str) -> str:
    """Why a refusal for near misses refused: the passages found name other years, releases, editions or kinds
    than the ones the question names (a user who sees only "could not find" would think nothing came up)."""
    from rag.index.constraints import Requirements

    required = Requirements.of(question)
    names = [c.text for c in required.constraints] + [q.said for q in required.qualifiers] + [e.text for e in required.editions]
    what = " and ".join(names) if names else "what the question names"
    return (
        f"Note: the passages found are about other years, releases, editions or kinds than {what}, which the question "
        "names (rag search shows them)."
    )


def other_subject_note(answer: Answer) -> str:
    """Why a refusal for another subject refused: no document mentions a name the question gives."""
    what = ", ".join(answer.absent_names) or "a name the question gives"
    return f"Note: no document mentions {what}, which the question names (rag search shows the passages found)."


def print_answer(console: Console, answer: Answer, streamed: bool = False) -> None:
    """The checked answer, with a line on what changed from the text as written when ``streamed``
    (the reader saw that text go by), then its sources."""
    console.print(render_answer_text(answer))
    note = revision_note(answer) if streamed else None
    if note:
        console.print(Text(note, style="dim"))
    if answer.refusal_reason == "constraint":
        console.print(Text(near_miss_note(answer.question), style="yellow"))
    elif answer.refusal_reason == "subject":
        console.print(Text(other_subject_note(answer), style="yellow"))
    if answer.refused and answer.skipped_at_ingest:
        n = answer.skipped_at_ingest
        files = "1 file was" if n == 1 else f"{n:,} files were"
        console.print(Text(f"Note: {files} skipped at the last ingest; the answer may be in one of them (rag sources lists them).", style="yellow"))
    if answer.citations:
        console.print()
        render_sources(console, answer)


def show_sources(console: Console, answer: Answer) -> None:
    """The passages behind ``answer`` in full, numbered as its [n] markers; the retrieved ones for a refusal."""
    if not answer.citations:
        render_hits(console, answer.question, answer.hits)
        return
    for c in answer.citations:
        # [n] of the answer, not the retrieval rank that hit_header starts with
        header = Text()
        header.append(f"[{c.n}] ", style="bold cyan")
        header.append_text(hit_header(c.hit)[len(f"[{c.hit.rank}] ") :])
        console.print(header)
        console.print(Text(safe(c.hit.chunk.text)), style="default")
        console.print()


def answer_streamed(console: Console, stream: bool, run: Callable[[Streamer], Answer], waiting: Console | None = None) -> Answer:
    """Run ``run`` (which passes the streamer's ``on_token`` and ``on_stage`` to :func:`rag.answering.answer.ask`),
    showing its stages on ``waiting`` and its output on ``console``; then print the answer."""
    with Streamer(console, stream, waiting) as streamer:
        answer = run(streamer)
    print_answer(console, answer, streamed=streamer.streamed)
    return answer


def _ask(session: ChatSession, question: str, streamer: Streamer) -> Answer:
    return session.ask(question, streamer.on_token, on_stage=streamer.on_stage)


def run_repl(
    session: ChatSession,
    console: Console,
    stream: bool = True,
    read: Callable[[str], str] | None = None,
    waiting: Console | None = None,
) -> None:
    """Read questions until /exit or end of input; Ctrl-C stops the current answer only. The stages
    of an answer show on ``waiting`` (stderr) when it is a terminal."""
    read = read or (lambda prompt: console.input(prompt))
    console.print(Text("rag chat: ask about your documents. /help for commands, Ctrl-D to leave.", style="dim"))
    while True:
        try:
            line = read("\n> ")
        except EOFError:
            console.print()
            return
        except KeyboardInterrupt:
            console.print(Text("(Ctrl-D or /exit to leave)", style="dim"))
            continue
        question = line.strip()
        if not question:
            continue
        command = question.lower()
        if command in ("/exit", "/quit", "/q"):
            return
        if command == "/help":
            console.print(Text(HELP))
            continue
        if command == "/reset":
            session.reset()
            console.print(Text("Conversation cleared.", style="dim"))
            continue
        if command == "/sources":
            if session.last is None:
                console.print(Text("No answer yet.", style="dim"))
            else:
                show_sources(console, session.last)
            continue
        if command.startswith("/"):
            console.print(Text(f"Unknown command {safe(question)}; /help lists them.", style="yellow"))
            continue
        try:
            answer_streamed(console, stream, functools.partial(_ask, session, question), waiting)
        except KeyboardInterrupt:
            console.print(Text("(stopped)", style="yellow"))
        except RagError as exc:
            console.print(Text(f"error: {safe(str(exc))}", style="red"))
