"""The line that explains how the checked answer differs from the text that streamed (issue 13)."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console
from test_answer import ENVOY_Q, HOCHSTEIN_SENTENCE, ScriptedGenerator, passage_with

from rag.answering.answer import ask
from rag.answering.chat import ChatSession
from rag.answering.prompt import REFUSAL
from rag.answering.revision import revision_note
from rag.cli.repl import run_repl
from rag.config import Settings
from rag.records import Answer
from rag.runtime import Runtime
from rag.testing import FakeEmbedder, FakeGenerator
from rag.text import split_sentences

pytestmark = pytest.mark.usefixtures("no_fsync")

Passages = list[tuple[int, str, str]]


def first_sentence(passages: Passages, n: int) -> str:
    text = next(t for m, _, t in passages if m == n)
    return split_sentences(text.replace("…", " "))[0].rstrip(".")


def two_sentences(passages: Passages) -> str:
    """A sentence of passage 2, then the envoy sentence of its passage: the answer's [1] is the model's [2]."""
    envoy = passage_with(passages, "Hochstein")
    other = 2 if envoy != 2 else 3
    return f"{first_sentence(passages, other)} [{other}]. {HOCHSTEIN_SENTENCE} [{envoy}]."


def answer_with(fake_index: Settings, fake_embedder: FakeEmbedder, script, question: str = ENVOY_Q) -> Answer:  # type: ignore[no-untyped-def]
    return ask(question, Runtime(fake_index, embedder=fake_embedder, generator=ScriptedGenerator(script)))


# --- the note ---------------------------------------------------------------------------------------


def test_renumbered_markers_are_explained(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    answer = answer_with(fake_index, fake_embedder, two_sentences)
    written = [int(n) for n in re.findall(r"\[(\d+)\]", answer.raw)]
    assert not answer.refused and written[0] != 1
    assert [s.citations for s in answer.sentences] == [[1], [2]]
    moves = ", ".join(f"[{old}] is now [{new}]" for new, old in enumerate(written, start=1) if old != new)
    assert revision_note(answer) == f"Citations renumbered in order of use: {moves}."


def test_an_answer_that_reads_as_written_has_no_note(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    cited: list[int] = []

    def script(passages: Passages) -> str:
        cited.append(passage_with(passages, "Hochstein"))
        return f"{HOCHSTEIN_SENTENCE} [{cited[0]}]."

    answer = answer_with(fake_index, fake_embedder, script)
    assert cited == [1] and answer.renumbered == {1: 1} and answer.text == answer.raw
    assert revision_note(answer) is None


def test_a_corrected_marker_is_explained(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    # the model cites a passage that does not hold the sentence: the check cites the one that does
    answer = answer_with(fake_index, fake_embedder, lambda p: f"{HOCHSTEIN_SENTENCE} [{next(n for n, _, t in p if 'Hochstein' not in t)}].")
    assert not answer.refused and answer.sentences[0].citations == [1]
    assert revision_note(answer) == "Citations corrected after checking them against the passages: they differ from the text as written."


def test_a_withdrawn_answer_is_explained(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    answer = answer_with(fake_index, fake_embedder, lambda p: "The ceasefire was signed on Mars by three penguins [1].")
    assert answer.refused and answer.refusal_reason == "unsupported"
    assert revision_note(answer) == "The answer as written was withdrawn: nothing in it was found in the passages."
    # the model's own refusal reads as it was written
    assert revision_note(answer_with(fake_index, fake_embedder, lambda p: REFUSAL)) is None


def test_a_bare_marker_completed_from_its_passage_is_explained(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    # asked for the answer itself, the model names the passage again: that passage is quoted
    answer = answer_with(fake_index, fake_embedder, lambda p: f"[{passage_with(p, 'Hochstein')}]")
    assert not answer.refused and "envoy" in answer.text and answer.raw.startswith("[") and answer.first_raw.startswith("[")
    note = revision_note(answer)
    assert note is not None and note.endswith("The answer as written was completed from the passage it cited.")


def test_a_second_reply_is_explained(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    question = "Which country did the US envoy who negotiated the ceasefire come from?"
    replies = FakeGenerator(responses=["The US envoy [1].", "Amos Hochstein, the U.S. envoy who negotiated the ceasefire [1]."])
    answer = ask(question, Runtime(fake_index, embedder=fake_embedder, generator=replies))
    assert answer.first_raw, answer.raw
    note = revision_note(answer)
    assert note is not None and note.startswith("The model's first reply did not give the answer itself")


# --- in the terminal --------------------------------------------------------------------------------


def terminal(file: io.StringIO) -> Console:
    return Console(file=file, force_terminal=True, color_system=None, width=300, highlight=False)


def test_chat_prints_the_note_only_when_the_text_streamed(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    for stream, shown in ((True, True), (False, False)):
        out = io.StringIO()
        session = ChatSession(Runtime(fake_index, embedder=fake_embedder, generator=ScriptedGenerator(two_sentences)))
        run_repl(session, terminal(out), stream=stream, read=_lines(ENVOY_Q))
        assert session.last is not None
        note = revision_note(session.last)
        assert note is not None and note.startswith("Citations renumbered")
        text = out.getvalue()
        assert (note in text) is shown, text[-2000:]
        if shown:  # after the answer, before its sources
            assert text.index(session.last.sentences[-1].text.rstrip(".")) < text.index(note) < text.rindex("Sources")


def _lines(*items: str):  # type: ignore[no-untyped-def]
    queue = list(items)

    def read(prompt: str) -> str:
        if not queue:
            raise EOFError
        return queue.pop(0)

    return read
