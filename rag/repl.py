"""Terminal rendering of answers (streamed) and the interactive chat loop."""

from __future__ import annotations

import functools
from typing import Any, Callable

from rich.console import Console
from rich.text import Text

from rag.chat import HELP, ChatSession
from rag.errors import RagError
from rag.records import Answer
from rag.render import hit_header, render_answer_text, render_hits, render_sources, safe


class Streamer:
    """Shows the model's output as it is written, then gives way to the checked answer."""

    def __init__(self, console: Console, enabled: bool = True) -> None:
        self.console = console
        self.enabled = enabled and console.is_terminal
        self.buffer = ""
        self._live: Any = None

    def __enter__(self) -> "Streamer":
        if self.enabled:
            from rich.live import Live

            self._live = Live(Text(""), console=self.console, transient=True, refresh_per_second=15)
            self._live.start()
        return self

    def on_token(self, piece: str) -> None:
        self.buffer += piece
        if self._live is not None:
            self._live.update(Text(safe(self.buffer), style="dim"))

    def __exit__(self, *exc: object) -> None:
        if self._live is not None:
            self._live.stop()
            self._live = None


def print_answer(console: Console, answer: Answer) -> None:
    console.print(render_answer_text(answer))
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


def answer_streamed(console: Console, stream: bool, run: Callable[[Callable[[str], None]], Answer]) -> Answer:
    with Streamer(console, stream) as streamer:
        answer = run(streamer.on_token)
    print_answer(console, answer)
    return answer


def _ask(session: ChatSession, question: str, on_token: Callable[[str], None]) -> Answer:
    return session.ask(question, on_token)


def run_repl(session: ChatSession, console: Console, stream: bool = True, read: Callable[[str], str] | None = None) -> None:
    """Read questions until /exit or end of input; Ctrl-C stops the current answer only."""
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
            answer_streamed(console, stream, functools.partial(_ask, session, question))
        except KeyboardInterrupt:
            console.print(Text("(stopped)", style="yellow"))
        except RagError as exc:
            console.print(Text(f"error: {safe(str(exc))}", style="red"))
