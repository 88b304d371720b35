"""Cited answers, refusals and a follow-up with the real embedder and the real 0.5B model over the seeds.

Slow (a few seconds per answer on a laptop CPU): the index and the model are
loaded once for the module, and the conversation is run once for its tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, real_models_available

from rag.answering.prompt import REFUSAL
from rag.config import Settings
from rag.records import Answer
from rag.runtime import Runtime
from rag.text import content_terms, normalise

pytestmark = pytest.mark.integration

MODEL = ROOT / "models" / "qwen2.5-coder-0.5b-instruct.gguf"
NADERI_Q = "Which Iranian member of parliament said Syria was at the verge of collapse?"
OFF_TOPIC_Q = "Who won the 2022 FIFA World Cup?"
NYT_Q = "What did the New York Times report about Iran's military personnel in Syria?"
FOLLOW_UP = "And who denied it?"


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The seeds indexed with the real embedder in a temporary home, and the 0.5B model, loaded once."""
    if not MODEL.is_file():
        pytest.skip(f"{MODEL} is missing (rag models install qwen2.5-coder-0.5b)")
    if not real_models_available():
        pytest.skip("the all-MiniLM-L6-v2 embedder is not installed (rag models install minilm)")
    from rag.backends.registry import build_embedder as load_embedder
    from rag.backends.registry import build_generator as load_generator
    from rag.ingestion.ingest import ingest

    home = tmp_path_factory.mktemp("ask-real-home")
    (home / "models").mkdir()
    # the checkout's ONNX export of the embedder, when there is one: the same vectors, a faster start
    for name in ("all-MiniLM-L6-v2.onnx", "all-MiniLM-L6-v2.onnx.source.json"):
        if (ROOT / "models" / name).is_file():
            (home / "models" / name).symlink_to(ROOT / "models" / name)
    settings = Settings(home=home, model=str(MODEL))  # not Settings.load: no RAG_* of the caller's shell
    report = ingest([ROOT / "seeds"], settings)
    assert report.files == 5 and report.chunks > 50
    generator = load_generator(settings)
    return {"settings": settings, "embedder": load_embedder(settings), "generator": generator}


def ask(real: dict[str, Any], question: str) -> Answer:
    from rag.answering.answer import ask as run_ask

    return run_ask(question, Runtime(real["settings"], generator=real["generator"], embedder=real["embedder"]))


def lines_of(file: str, start: int, end: int) -> str:
    return normalise(" ".join(Path(file).read_text(encoding="utf-8").split("\n")[start - 1 : end]))


def test_cited_answer(real: dict[str, Any]) -> None:
    answer = ask(real, NADERI_Q)
    print(f"\n{NADERI_Q}\n  raw: {answer.raw!r}\n  shown: {answer.text!r}")
    assert not answer.refused, answer.raw
    assert "Naderi" in answer.text
    assert any("Naderi" in c.hit.chunk.text for c in answer.citations)
    for c in answer.to_dict()["citations"]:
        assert normalise(c["text"]) in lines_of(c["file"], c["start_line"], c["end_line"])
    settings = real["settings"]
    assert 0 < answer.timings.prompt_tokens <= real["generator"].n_ctx - settings.max_answer_tokens - 16
    assert answer.model == MODEL.name


def test_refusal_when_the_documents_do_not_hold_the_answer(real: dict[str, Any]) -> None:
    answer = ask(real, OFF_TOPIC_Q)
    assert answer.refused and answer.text == REFUSAL
    assert answer.citations == [] and answer.to_dict()["citations"] == []
    assert answer.refusal_reason == "retrieval"  # decided before the model was asked
    assert answer.timings.gen_tokens == 0


@pytest.fixture(scope="module")
def conversation(real: dict[str, Any]) -> tuple[Answer, Answer]:
    from rag.answering.chat import ChatSession

    session = ChatSession(Runtime(real["settings"], generator=real["generator"], embedder=real["embedder"]))
    first = session.ask(NYT_Q)
    second = session.ask(FOLLOW_UP)
    for a in (first, second):
        print(f"\n{a.question}\n  search: {a.search_query!r}\n  raw: {a.raw!r}\n  shown: {a.text!r}")
        for h in a.hits:
            print(f"  retrieved {h.chunk.location}")
    return first, second


def test_chat_first_turn(conversation: tuple[Answer, Answer]) -> None:
    first, _ = conversation
    assert not first.refused, first.raw
    assert first.citations and any(s.supported for s in first.sentences)
    assert "Iran" in first.text


def test_chat_follow_up_leans_on_the_previous_turn(conversation: tuple[Answer, Answer]) -> None:
    first, second = conversation
    assert second.search_query.startswith(FOLLOW_UP)
    assert content_terms(NYT_Q) <= content_terms(second.search_query)
    # the model saw the first turn
    assert second.question == FOLLOW_UP
    # an answer about Iran (Iran is who denied the report), or a refusal; never a bare marker
    assert second.refused or "Iran" in second.text, second.raw
    assert second.text.strip("[]0123456789, ") != ""


def test_chat_follow_up_retrieves_the_denial(conversation: tuple[Answer, Answer]) -> None:
    _, second = conversation
    assert any("denied a report by the New York Times" in h.chunk.text for h in second.hits)


@pytest.mark.xfail(
    strict=False,
    reason="known weakness of the word-overlap support check: words the answer shares with the question "
    "('denied') are not looked for in the cited passage, so the 0.5B model's 'Iran denied it by the New "
    "York Times [1]' may cite a passage that only names the paper; depends on the model's wording",
)
def test_chat_follow_up_answer_is_grounded_in_the_denial(conversation: tuple[Answer, Answer]) -> None:
    _, second = conversation
    assert second.refused or any("denied" in c.hit.chunk.text for c in second.citations), second.text
