"""The answer path: prompt layout and context budget, checked citations, abstention, `rag ask`."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Callable, Iterator

import pytest
from rich.console import Console
from typer.testing import CliRunner

from rag.answering.answer import MIN_RELEVANCE, ask, relevant_enough
from rag.answering.prompt import REFUSAL, SYSTEM, Evidence, _messages, fit_to_budget
from rag.answering.replies import RESTATED
from rag.cli.main import app
from rag.cli.repl import answer_streamed
from rag.config import Settings
from rag.errors import RagError
from rag.records import Chunk, Hit
from rag.runtime import Runtime
from rag.testing import FakeEmbedder, FakeGenerator
from rag.text import normalise

pytestmark = pytest.mark.usefixtures("no_fsync")

ENVOY_Q = "Who is the US envoy who negotiated the Israel-Hezbollah ceasefire?"
NADERI_Q = "Which Iranian member of parliament said Syria was at the verge of collapse?"
#: over the fake seed index, nothing is relevant enough to this one (checked in the tests that use it)
OFF_TOPIC_Q = "When did the Apollo 11 mission land on the Moon?"
HOCHSTEIN_SENTENCE = "Amos Hochstein is the U.S. envoy who negotiated the ceasefire"

# "[2]" or "[2] (comment by Rob1)": the heading of a passage in the prompt
_LABEL = re.compile(r"^\[(\d+)\](?: \((.*)\))?$")


def shown_passages(messages: list[dict[str, str]]) -> list[tuple[int, str, str]]:
    """(n, label, text) of every passage in the prompt's last message that shows passages (a follow-up
    after the model's reply shows none), in order."""
    prompt = next(m["content"] for m in reversed(messages) if "Passages:\n\n" in m["content"])
    body = prompt.split("Passages:\n\n", 1)[1].rsplit("\n\nQuestion: ", 1)[0]
    out = []
    for block in re.split(r"\n\n(?=\[\d+\](?: \(.*\))?\n)", body):
        if not block.strip():
            continue
        label, text = block.split("\n", 1)
        m = _LABEL.match(label)
        assert m, label
        out.append((int(m.group(1)), label, text))
    return out


class ScriptedGenerator(FakeGenerator):
    """A FakeGenerator whose reply is written by ``script`` from the passages it was shown."""

    def __init__(self, script: Callable[[list[tuple[int, str, str]]], str], **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(**kwargs)
        self.script = script

    def stream(self, messages, max_tokens, temperature=0.0) -> Iterator[str]:  # type: ignore[no-untyped-def, override]
        self.responses = [self.script(shown_passages(messages))]
        return super().stream(messages, max_tokens, temperature)


def passage_with(passages: list[tuple[int, str, str]], word: str) -> int:
    return next(n for n, _, text in passages if word in text)


def passage_without(passages: list[tuple[int, str, str]], *words: str) -> int:
    return next(n for n, _, text in passages if not any(w in text for w in words))


def lines_of(file: str, start: int, end: int) -> str:
    path = Path(file)
    if not path.is_absolute():
        path = Path.cwd() / path
    return normalise(" ".join(path.read_text(encoding="utf-8").split("\n")[start - 1 : end]))


# --- the prompt ---------------------------------------------------------------------------------


def test_prompt_layout(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    generator = FakeGenerator()
    answers = [ask(q, Runtime(fake_index, generator=generator, embedder=fake_embedder)) for q in (ENVOY_Q, NADERI_Q)]
    assert len(generator.calls) == 2
    for messages, answer, question in zip(generator.calls, answers, (ENVOY_Q, NADERI_Q)):
        # the fixed instruction first, byte for byte the same for every question (llama.cpp prefix cache)
        assert messages[0] == {"role": "system", "content": SYSTEM}
        assert [m["role"] for m in messages] == ["system", "user"]
        user = messages[-1]["content"]
        assert user.startswith("Passages:\n\n")
        assert user.endswith(f"\n\nQuestion: {question}")  # the question last
        passages = shown_passages(messages)
        assert passages and [n for n, _, _ in passages] == list(range(1, len(passages) + 1))
        for _, _, text in passages:  # each passage is (a cut of) a retrieved passage
            pieces = [normalise(p) for p in text.replace("…", "\n").split("\n") if p.strip()]
            assert any(all(p in normalise(h.chunk.text) for p in pieces) for h in answer.hits), text
    assert not any(w in SYSTEM for w in ("Hochstein", "Naderi", "envoy", "parliament"))


def test_a_marker_resolves_to_the_file_and_lines_of_the_passage_shown(
    fake_index: Settings, fake_embedder: FakeEmbedder
) -> None:
    # the prompt numbers the passages without file names; the number alone must lead back to the source
    def script(passages: list[tuple[int, str, str]]) -> str:
        return f"{HOCHSTEIN_SENTENCE} [{passage_with(passages, 'Hochstein')}]."

    generator = ScriptedGenerator(script)
    answer = ask(ENVOY_Q, Runtime(fake_index, generator=generator, embedder=fake_embedder))
    passages = shown_passages(generator.calls[0])
    shown = passages[passage_with(passages, "Hochstein") - 1][2]
    [citation] = answer.citations
    chunk = citation.hit.chunk
    assert normalise(shown.replace("…", " ").strip()[:40]) in normalise(chunk.text)
    assert normalise(chunk.text)[:40] in lines_of(chunk.source, chunk.start_line, chunk.end_line)


# --- the context budget ---------------------------------------------------------------------------


def _evidence(n: int, words: int) -> list[Evidence]:
    out = []
    for i in range(n):
        text = " ".join(f"w{i}x{j}" for j in range(words)) + "."
        chunk = Chunk(id=f"c{i}", source=f"/c/d{i}.txt", start_line=1, end_line=2, start_char=0, end_char=len(text), text=text)
        out.append(Evidence(i + 1, Hit(chunk, 1.0, 0.5, 1.0, rank=i + 1), text))
    return out


def count_words(messages: list[dict[str, str]]) -> int:
    return sum(len(m["content"].split()) + 3 for m in messages)


def test_fit_to_budget_trims_passages_never_the_instruction_or_question() -> None:
    question = "Which brigade was moved to Damascus and Latakia after the rebels took Aleppo?"
    evidence = _evidence(4, 60)
    history = [("Who is the envoy?", "Amos Hochstein."), ("Where did he speak?", "In Doha.")]
    full = count_words(_messages(question, evidence, history))
    bare = count_words(_messages(question, [], []))
    assert full > bare + 200
    outcomes = set()
    for budget in [*range(bare, full, 5), full]:
        messages, kept, used = fit_to_budget(question, evidence, history, count_words, budget)
        assert used == count_words(messages) <= budget
        assert messages[0] == {"role": "system", "content": SYSTEM}
        assert messages[-1]["content"].endswith(f"Question: {question}")
        # what is left of the passages: the best-ranked ones, whole or cut at the end
        assert [e.n for e in kept] == list(range(1, len(kept) + 1))
        for e in kept:
            original = evidence[e.n - 1].text
            assert e.text == original or (e.text.endswith(" …") and original.startswith(e.text[:-2]))
        trimmed = len(kept) < len(evidence) or any(e.text != evidence[e.n - 1].text for e in kept)
        if trimmed:
            assert len(messages) == 2  # the history went first
        outcomes.add((len(messages), len(kept), trimmed))
    # the sweep went through every stage: all kept, history dropped, passages trimmed, all passages gone
    assert (6, 4, False) in outcomes and (2, 4, False) in outcomes
    assert any(t for _, _, t in outcomes) and (2, 0, True) in outcomes


@pytest.mark.parametrize("n_ctx", [2000, 700, 520, 460, 430])
def test_ask_never_exceeds_the_context_budget(fake_index: Settings, fake_embedder: FakeEmbedder, n_ctx: int) -> None:
    generator = FakeGenerator(n_ctx=n_ctx)
    answer = ask(ENVOY_Q, Runtime(fake_index, generator=generator, embedder=fake_embedder))
    budget = n_ctx - fake_index.max_answer_tokens - 16
    assert 0 < answer.timings.prompt_tokens <= budget
    roomy = FakeGenerator(n_ctx=8192)
    ask(ENVOY_Q, Runtime(fake_index, generator=roomy, embedder=fake_embedder))
    full = roomy.prompt_tokens(roomy.calls[0])
    assert len(generator.calls) <= 1
    for messages in generator.calls:
        assert generator.prompt_tokens(messages) == answer.timings.prompt_tokens
        assert messages[0]["content"] == SYSTEM
        assert messages[-1]["content"].endswith(f"Question: {ENVOY_Q}")
        if full > budget:  # it had to trim: fewer or shorter passages than with room to spare
            assert len(shown_passages(messages)) <= len(shown_passages(roomy.calls[0]))
    if n_ctx >= 520:  # room for the sentence that holds the answer
        assert generator.calls and not answer.refused and "envoy" in answer.text
    elif n_ctx == 430:  # only the instruction and the question fit: no passage, so no answer
        assert answer.refused and answer.citations == []


def test_budget_drops_history_before_passages(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    history = [(f"Earlier question number {i}?", " ".join(["filler"] * 80)) for i in range(3)]
    roomy = FakeGenerator(n_ctx=8192)
    ask(ENVOY_Q, Runtime(fake_index, generator=roomy, embedder=fake_embedder), history=history)
    with_history = roomy.prompt_tokens(roomy.calls[0])
    without = FakeGenerator(n_ctx=8192)
    ask(ENVOY_Q, Runtime(fake_index, generator=without, embedder=fake_embedder))
    # room for the passages, not for the history
    n_ctx = without.prompt_tokens(without.calls[0]) + fake_index.max_answer_tokens + 16 + 5
    assert with_history > n_ctx
    tight = FakeGenerator(n_ctx=n_ctx)
    ask(ENVOY_Q, Runtime(fake_index, generator=tight, embedder=fake_embedder), history=history)
    assert tight.calls[0] == without.calls[0]


def test_an_impossible_budget_never_reaches_the_model(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    generator = FakeGenerator(n_ctx=300)  # budget 28 tokens: the instruction alone is longer
    try:
        ask(ENVOY_Q, Runtime(fake_index, generator=generator, embedder=fake_embedder))
    except RagError:
        pass  # refusing to run with this context size is fine too
    budget = 300 - fake_index.max_answer_tokens - 16
    assert all(generator.prompt_tokens(m) <= budget for m in generator.calls)


# --- citations through ask ----------------------------------------------------------------------


def test_marker_naming_no_passage_is_removed_and_reported(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    generator = ScriptedGenerator(lambda ps: f"{HOCHSTEIN_SENTENCE} [{len(ps) + 4}].")
    answer = ask(ENVOY_Q, Runtime(fake_index, generator=generator, embedder=fake_embedder))
    shown = shown_passages(generator.calls[0])
    assert not answer.refused
    assert answer.invalid_markers == [len(shown) + 4]
    assert f"[{len(shown) + 4}]" not in answer.text
    assert answer.text == f"{HOCHSTEIN_SENTENCE} [1]."
    [c] = answer.citations
    assert "Hochstein" in c.hit.chunk.text
    assert answer.to_dict()["invalid_markers"] == [len(shown) + 4]


def test_wrong_marker_is_repaired(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    wrong: list[int] = []

    def script(ps: list[tuple[int, str, str]]) -> str:
        wrong.append(passage_without(ps, "Hochstein", "envoy"))
        return f"{HOCHSTEIN_SENTENCE} [{wrong[0]}]."

    generator = ScriptedGenerator(script)
    answer = ask(ENVOY_Q, Runtime(fake_index, generator=generator, embedder=fake_embedder))
    shown = shown_passages(generator.calls[0])
    unrelated = shown[wrong[0] - 1][2]
    assert "Hochstein" not in unrelated
    assert not answer.refused and answer.invalid_markers == []
    [s] = answer.sentences
    assert s.supported and s.citations == [1]
    [c] = answer.citations
    assert "Hochstein" in c.hit.chunk.text and normalise(c.quote) in normalise(c.hit.chunk.text)


def test_invented_sentence_is_marked_and_counted(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    generator = ScriptedGenerator(
        lambda ps: f"{HOCHSTEIN_SENTENCE} [{passage_with(ps, 'Hochstein')}]. "
        f"He later won the Nobel Peace Prize in 2031 [{passage_with(ps, 'Hochstein')}]."
    )
    answer = ask(ENVOY_Q, Runtime(fake_index, generator=generator, embedder=fake_embedder))
    assert not answer.refused
    assert [s.supported for s in answer.sentences] == [True, False]
    assert answer.text == f"{HOCHSTEIN_SENTENCE} [1]. He later won the Nobel Peace Prize in 2031. (unsupported)"
    data = answer.to_dict()
    assert data["unsupported_sentences"] == 1
    assert [s["supported"] for s in data["sentences"]] == [True, False]
    assert len(data["citations"]) == 1


def test_answer_nothing_supports_becomes_the_refusal(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    invented = "The ceasefire was negotiated by Napoleon Bonaparte in 1805 [1]."
    generator = FakeGenerator(responses=[invented])
    answer = ask(ENVOY_Q, Runtime(fake_index, generator=generator, embedder=fake_embedder))
    assert len(generator.calls) == 1
    assert answer.refused and answer.refusal_reason == "unsupported"
    assert answer.text == REFUSAL and answer.citations == [] and answer.sentences == []
    assert answer.raw == invented  # kept for debugging, never shown


@pytest.mark.parametrize("bare", ["[3]", "[1]", " [2][3] ", "[1, 2]", "[1]."])
def test_bare_marker_is_never_shown_as_an_answer(fake_index: Settings, fake_embedder: FakeEmbedder, bare: str) -> None:
    answer = ask(ENVOY_Q, Runtime(fake_index, generator=FakeGenerator(responses=[bare]), embedder=fake_embedder))
    assert not re.fullmatch(r"\s*(\[[\d,\s]+\]\s*)+\.?", answer.text)
    if answer.refused:  # the refusal (the follow-up's reply was one, or said nothing the passages hold)
        assert answer.refusal_reason in ("model", "unsupported") and answer.text == REFUSAL and answer.citations == []
    else:  # or a readable sentence, checked like any other
        assert answer.sentences and all(s.supported and s.citations for s in answer.sentences)
        assert all(re.search(r"[A-Za-z]{3}", s.text) for s in answer.sentences)


def test_bare_marker_becomes_a_quote_of_the_named_passage(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    """Asked for the answer itself, the model named the passage again: that passage is quoted."""
    answer = ask(ENVOY_Q, Runtime(fake_index, generator=FakeGenerator(responses=["[1]", "[1]"]), embedder=fake_embedder))
    assert not answer.refused
    assert answer.text.strip("[]0123456789,. ") != ""  # a sentence a person can read, not a bare marker
    assert len(answer.text.split()) > 3
    assert answer.citations and all(s.supported for s in answer.sentences)


@pytest.mark.parametrize("named", ["Passage [1]", "[1]", "passage 1.", "See passage [1]"])
def test_a_reply_that_only_names_a_passage_is_asked_for_the_answer_itself(
    fake_index: Settings, fake_embedder: FakeEmbedder, named: str
) -> None:
    generator = FakeGenerator(responses=[named, f"{HOCHSTEIN_SENTENCE} [1]."])
    answer = ask(ENVOY_Q, Runtime(fake_index, generator=generator, embedder=fake_embedder))
    assert len(generator.calls) == 2
    first, second = generator.calls
    assert second[: len(first)] == first and second[len(first)] == {"role": "assistant", "content": named}
    assert "passage [1]" in second[-1]["content"].lower() and "answer itself" in second[-1]["content"]
    assert not answer.refused and "Hochstein" in answer.text and answer.first_raw == named


@pytest.mark.parametrize("reply", ["3", "2021d [1]", "Passage 3 of the act [1]", "[9]"])
def test_a_reply_with_an_answer_or_a_marker_out_of_range_is_not_asked_again(
    fake_index: Settings, fake_embedder: FakeEmbedder, reply: str
) -> None:
    generator = FakeGenerator(responses=[reply, f"{HOCHSTEIN_SENTENCE} [1]."])
    ask(ENVOY_Q, Runtime(fake_index, generator=generator, embedder=fake_embedder))
    assert all("answer itself" not in call[-1]["content"] for call in generator.calls)


def test_model_refusal(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    answer = ask(ENVOY_Q, Runtime(fake_index, generator=FakeGenerator(responses=[REFUSAL]), embedder=fake_embedder))
    assert answer.refused and answer.refusal_reason == "model" and answer.citations == []


RESTATEMENT = "The US envoy negotiated the Israel-Hezbollah ceasefire [1]."  # names nothing the question does not


def test_an_answer_that_restates_the_question_is_asked_for_once_more(
    fake_index: Settings, fake_embedder: FakeEmbedder
) -> None:
    generator = FakeGenerator(responses=[RESTATEMENT, f"{HOCHSTEIN_SENTENCE} [1]."])
    answer = ask(ENVOY_Q, Runtime(fake_index, generator=generator, embedder=fake_embedder))
    assert len(generator.calls) == 2
    first, second = generator.calls
    # the second request continues the same conversation, so llama.cpp reuses the whole evaluated prompt
    assert second[: len(first)] == first
    assert second[len(first)] == {"role": "assistant", "content": RESTATEMENT}
    assert second[-1] == {"role": "user", "content": RESTATED}
    assert not answer.refused and "Hochstein" in answer.text and answer.citations


@pytest.mark.parametrize(("second", "reason"), [(REFUSAL, "model"), (RESTATEMENT, "unsupported")])
def test_the_second_try_is_checked_like_the_first_and_is_the_last(
    fake_index: Settings, fake_embedder: FakeEmbedder, second: str, reason: str
) -> None:
    generator = FakeGenerator(responses=[RESTATEMENT, second, f"{HOCHSTEIN_SENTENCE} [1]."])
    answer = ask(ENVOY_Q, Runtime(fake_index, generator=generator, embedder=fake_embedder))
    assert len(generator.calls) == 2
    assert answer.refused and answer.refusal_reason == reason


def test_the_retry_is_streamed_after_a_line_break_and_counted(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    pieces: list[str] = []
    generator = FakeGenerator(responses=[RESTATEMENT, f"{HOCHSTEIN_SENTENCE} [1]."])
    answer = ask(ENVOY_Q, Runtime(fake_index, generator=generator, embedder=fake_embedder), on_token=pieces.append)
    streamed = "".join(pieces)
    assert streamed.startswith(RESTATEMENT.split()[0]) and f"\n{HOCHSTEIN_SENTENCE.split()[0]}" in streamed
    assert answer.first_raw == RESTATEMENT and answer.raw.startswith(HOCHSTEIN_SENTENCE)
    assert answer.timings.gen_tokens == len(RESTATEMENT.split()) + len(f"{HOCHSTEIN_SENTENCE} [1].".split())


def test_an_answer_that_adds_something_besides_restating_is_not_asked_again(
    fake_index: Settings, fake_embedder: FakeEmbedder
) -> None:
    # one sentence restates, the other names something new (and unsupported): not a restatement
    generator = FakeGenerator(responses=[RESTATEMENT + " It was signed by Napoleon in 1805 [1].", HOCHSTEIN_SENTENCE])
    answer = ask(ENVOY_Q, Runtime(fake_index, generator=generator, embedder=fake_embedder))
    assert len(generator.calls) == 1 and answer.refused and answer.first_raw == ""


def test_no_retry_when_it_would_not_fit_the_context(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    generator = FakeGenerator(responses=[RESTATEMENT, f"{HOCHSTEIN_SENTENCE} [1]."])
    first = ask(ENVOY_Q, Runtime(fake_index, generator=FakeGenerator(responses=[RESTATEMENT]), embedder=fake_embedder))
    # a context that holds the prompt and an answer, but not the prompt, the answer and the retry question
    generator.n_ctx = first.timings.prompt_tokens + fake_index.max_answer_tokens + 16 + 10
    answer = ask(ENVOY_Q, Runtime(fake_index, generator=generator, embedder=fake_embedder))
    assert len(generator.calls) == 1 and answer.refused and answer.refusal_reason == "unsupported"


def test_an_invented_answer_is_not_asked_for_again(fake_index: Settings, fake_embedder: FakeEmbedder) -> None:
    generator = FakeGenerator(responses=["The ceasefire was negotiated by Napoleon Bonaparte in 1805 [1].", HOCHSTEIN_SENTENCE])
    answer = ask(ENVOY_Q, Runtime(fake_index, generator=generator, embedder=fake_embedder))
    assert len(generator.calls) == 1 and answer.refused


def test_a_reply_asked_afresh_is_checked_against_the_passages_as_quoted_again(tmp_path: Path) -> None:
    from rag.answering.replies import AskAfresh, checked_reply
    from rag.records import Timings

    texts = [
        "Lantern Fields 2022 by the numbers. 14,500 of you came through the gates.",
        "Lantern Fields 2023 headliners: The Ninefold on Friday.",
        "Fernlight Trust appeal: 1,700 people gave.",
    ]
    hits = [Hit(Chunk(f"c{i}", f"/d/{i}.txt", 1, 1, 0, len(t), t), score=0.5, dense=0.5, lexical=0.0, rank=i) for i, t in enumerate(texts)]
    # the first prompt shows the first passage cut, without its figure
    evidence = [Evidence(1, hits[0], "Lantern Fields 2022 by the numbers. …"), Evidence(2, hits[1], texts[1]), Evidence(3, hits[2], texts[2])]
    seen: list[list[tuple[int, str]]] = []

    def check(result: object, shown: list[Evidence]) -> str | AskAfresh:
        seen.append([(ev.n, ev.text) for ev in shown])
        return AskAfresh((1, 2)) if len(seen) == 1 else ""

    gen = FakeGenerator(["14,500 of you came through the gates [1]."])
    messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "Passages: …"}]
    raw, first_raw, result = checked_reply(
        gen, Settings(home=tmp_path), "How many people attended Lantern Fields in 2023?", messages, evidence,
        "1,700 people gave [3].", Timings(), None, (), [("off-year", check)],
        lambda kept: [Evidence(ev.n, ev.hit, ev.hit.chunk.text) for ev in kept],  # quoted whole among fewer
    )
    assert len(gen.calls) == 1 and first_raw.startswith("1,700") and raw.startswith("14,500")
    # the second reply is checked against what the new prompt showed: the first passage whole, and no third
    assert seen == [[(ev.n, ev.text) for ev in evidence], [(1, texts[0]), (2, texts[1])]]
    assert result is not None and result.any_supported


# --- abstention ---------------------------------------------------------------------------------


def _hit(text: str, dense: float) -> Hit:
    return Hit(Chunk("c", "/c/d.txt", 1, 1, 0, len(text), text), score=0.03, dense=dense, lexical=0.0, rank=1)


def test_relevant_enough() -> None:
    q = "Who won the 2022 FIFA World Cup?"
    unrelated = "Iran began to evacuate its military commanders from Syria."
    assert not relevant_enough([], q)
    assert not relevant_enough([_hit(unrelated, MIN_RELEVANCE - 0.01)], q)
    assert relevant_enough([_hit(unrelated, MIN_RELEVANCE)], q)
    assert relevant_enough([_hit(unrelated, 0.05), _hit(unrelated, MIN_RELEVANCE + 0.2)], q)
    # a weak cosine still counts when a passage holds most of the question's words
    assert relevant_enough([_hit("Argentina won the 2022 FIFA World Cup final in Qatar.", 0.05)], q)
    assert not relevant_enough([_hit("The 2022 budget of FIFA.", 0.05)], q)


def test_refuses_without_calling_the_model(
    fake_index: Settings, fake_embedder: FakeEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rag.index.retrieval import search

    hits = search(OFF_TOPIC_Q, Runtime(fake_index, embedder=fake_embedder))
    assert hits and max(h.dense for h in hits) < MIN_RELEVANCE and not relevant_enough(hits, OFF_TOPIC_Q)

    generator = FakeGenerator()
    answer = ask(OFF_TOPIC_Q, Runtime(fake_index, generator=generator, embedder=fake_embedder))
    assert generator.calls == []
    assert answer.refused and answer.refusal_reason == "retrieval"
    assert answer.text == REFUSAL and answer.citations == [] and answer.sentences == []
    assert answer.timings.prompt_tokens == 0 and answer.timings.gen_tokens == 0

    # nor is a model even built
    rt = Runtime(fake_index, embedder=fake_embedder)
    assert ask(OFF_TOPIC_Q, rt).refusal_reason == "retrieval"
    assert not rt.has_generator


@pytest.mark.parametrize(
    ("question", "responses", "reason"),
    [
        (OFF_TOPIC_Q, [], "retrieval"),
        (ENVOY_Q, [REFUSAL], "model"),
        (ENVOY_Q, ["Napoleon negotiated it in 1805 [1]."], "unsupported"),
    ],
)
def test_a_refusal_carries_no_citations(
    fake_index: Settings, fake_embedder: FakeEmbedder, question: str, responses: list[str], reason: str
) -> None:
    answer = ask(question, Runtime(fake_index, generator=FakeGenerator(responses=responses), embedder=fake_embedder))
    data = answer.to_dict()
    assert data["refused"] is True and data["refusal_reason"] == reason
    assert data["answer"] == REFUSAL and data["citations"] == [] and data["sentences"] == []
    assert data["unsupported_sentences"] == 0 and data["retrieved"]


# --- rag ask ------------------------------------------------------------------------------------


class Models:
    """What `rag ask` loads, replaced: the fake embedder and a generator a test may swap."""

    def __init__(self, embedder: FakeEmbedder) -> None:
        self.embedder = embedder
        self.generator: FakeGenerator = FakeGenerator()
        self.loads = 0

    def load_generator(self, settings: Settings, model: str | None = None) -> FakeGenerator:
        self.loads += 1
        return self.generator


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, fake_index: Settings, fake_embedder: FakeEmbedder, use_backends) -> Models:  # type: ignore[no-untyped-def]
    from rag.backends.registry import register_generator

    models = Models(fake_embedder)
    use_backends(embedder=fake_embedder)
    undo = register_generator("fake-llm", models.load_generator)
    monkeypatch.setenv("RAG_MODEL", "fake-llm")
    monkeypatch.setenv("COLUMNS", "400")
    yield models
    undo()


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["ask", *args])


CITATION_KEYS = {"n", "file", "start_line", "end_line", "text", "score", "supported"}
TIMING_KEYS = {"retrieval_ms", "prompt_tokens", "ttft_ms", "gen_tokens", "tokens_per_s", "total_ms"}


def test_ask_json_answer(cli: Models) -> None:
    result = run(ENVOY_Q, "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)  # exactly one JSON object
    assert isinstance(data, dict)
    assert {"question", "answer", "refused", "citations", "retrieved", "timings", "model", "embedder"} <= set(data)
    assert data["question"] == ENVOY_Q and data["refused"] is False
    assert data["model"] == "fake-llm" and data["embedder"] == cli.embedder.name
    assert "[1]" in data["answer"] and "envoy" in data["answer"]
    assert data["citations"]
    for c in data["citations"]:
        assert set(c) == CITATION_KEYS
        assert isinstance(c["n"], int) and isinstance(c["score"], float) and c["supported"] is True
        assert 1 <= c["start_line"] <= c["end_line"]
        assert normalise(c["text"]) in lines_of(c["file"], c["start_line"], c["end_line"])  # the quote is on those lines
    assert [c["n"] for c in data["citations"]] == list(range(1, len(data["citations"]) + 1))
    assert len(data["retrieved"]) == 5 and all(r["text"] for r in data["retrieved"])
    assert set(data["timings"]) == TIMING_KEYS
    t = data["timings"]
    assert t["prompt_tokens"] > 0 and t["gen_tokens"] > 0 and t["tokens_per_s"] > 0
    assert 0 <= t["retrieval_ms"] <= t["total_ms"] and 0 <= t["ttft_ms"] <= t["total_ms"]
    assert data["unsupported_sentences"] == 0 and data["invalid_markers"] == []
    assert len(cli.generator.calls) == 1


def test_ask_json_refusal(cli: Models) -> None:
    result = run(OFF_TOPIC_Q, "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["refused"] is True and data["answer"] == REFUSAL and data["citations"] == []
    assert data["refusal_reason"] == "retrieval"
    assert set(data["timings"]) == TIMING_KEYS
    assert cli.loads == 0 and cli.generator.calls == []


def test_ask_json_counts_unsupported_sentences(cli: Models) -> None:
    cli.generator = ScriptedGenerator(
        lambda ps: f"{HOCHSTEIN_SENTENCE} [{passage_with(ps, 'Hochstein')}]. He later won the Nobel Peace Prize in 2031 [9]."
    )
    data = json.loads(run(ENVOY_Q, "--json").stdout)
    assert data["refused"] is False
    assert data["unsupported_sentences"] == 1 and data["invalid_markers"] == [9]
    assert "(unsupported)" in data["answer"] and "[9]" not in data["answer"]


_SOURCE_LINE = re.compile(r'^\[(\d+)\] (\S+):(\d+)(?:-(\d+))? "(.+)"$')


@pytest.mark.parametrize("flags", [[], ["--no-stream"]])
def test_ask_text_prints_the_answer_then_sources(cli: Models, flags: list[str]) -> None:
    result = run(ENVOY_Q, *flags)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    lines = out.splitlines()
    assert "envoy" in lines[0] and "[1]" in lines[0]  # the answer first
    assert "Sources" in lines
    sources = [line for line in lines[lines.index("Sources") + 1 :] if line.strip()]
    assert sources
    m = _SOURCE_LINE.match(sources[0])
    assert m, sources[0]
    n, file, start, end, quote = m.groups()
    assert n == "1" and Path(file).name.startswith("002_")
    text = lines_of(file, int(start), int(end or start))
    assert normalise(quote.rstrip("…")) in text  # a short quote of the cited lines


def test_no_stream_prints_the_same(cli: Models) -> None:
    streamed = run(ENVOY_Q)
    plain = run(ENVOY_Q, "--no-stream")
    assert streamed.exit_code == plain.exit_code == 0
    assert streamed.stdout == plain.stdout


def test_ask_text_refusal(cli: Models) -> None:
    result = run(OFF_TOPIC_Q)
    assert result.exit_code == 0
    assert result.stdout.strip() == REFUSAL and "Sources" not in result.stdout


def _escapes(passages: list[tuple[int, str, str]]) -> str:
    return f"\x1b[31m{HOCHSTEIN_SENTENCE}\x1b[0m [{passage_with(passages, 'Hochstein')}].\x1b]0;pwned\x07 \x1b[2J"


@pytest.mark.parametrize("flags", [["--json"], [], ["--no-stream"]])
@pytest.mark.parametrize("question", [ENVOY_Q, "\x1b[31mWho is the US envoy who negotiated the Israel-Hezbollah ceasefire?"])
def test_output_never_holds_escape_characters(cli: Models, flags: list[str], question: str) -> None:
    cli.generator = ScriptedGenerator(_escapes)
    result = run(question, *flags)
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x1b" not in result.stderr
    assert "\x07" not in result.stdout
    assert "Hochstein" in result.stdout
    if flags == ["--json"]:
        data = json.loads(result.stdout)
        assert not data["refused"] and "\x1b" not in data["answer"] and "\x1b" not in data["question"]


def test_streamed_tokens_are_shown_without_escapes(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a terminal the answer is shown as it is written: the model's escape sequences are not replayed."""
    import rag.cli.repl as repl

    out = io.StringIO()
    console = Console(file=out, force_terminal=True, color_system=None, width=200)
    printed: list[object] = []
    monkeypatch.setattr(repl, "print_answer", lambda console, answer, streamed: printed.append(answer))

    def run_answer(shown):  # type: ignore[no-untyped-def]
        for piece in ["\x1b[31mAmos ", "Hochstein\x1b[0m ", "\x1b]0;title\x07is ", "the envoy."]:
            shown.on_token(piece)
        return "done"

    assert answer_streamed(console, True, run_answer) == "done"
    text = out.getvalue()
    assert printed == ["done"]
    assert "Hochstein" in text  # the stream did reach the terminal
    assert "[31m" not in text and "]0;title" not in text and "\x07" not in text
