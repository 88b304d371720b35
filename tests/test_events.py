"""The beginning or the end a question asks about (rag.answering.events)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from rag.answering.answer import ask
from rag.answering.events import asked_event, off_event
from rag.answering.revision import revision_note
from rag.runtime import Runtime
from rag.testing import FakeGenerator

TRUST = (
    "Ostrey and Brackwater Hospitals Trust. The trust runs Ostrey General Hospital and the community hospital in "
    "Brackwater, employing about 4,800 staff. Dr Helen Marsh became chief executive in 2015, joining from Fallowmere "
    "Health. The trust's maternity unit was rated outstanding in 2019."
)
PAINTER = (
    "The other Ensor brother. Born in Sallow Bay in 1936, Harold Ensor ran the chandlery on Quay Street for thirty "
    "years. He died in Tidewick in 2004, aged 68."
)


@pytest.mark.parametrize(
    ("question", "start", "word"),
    [
        ("When did Helen Marsh step down as head of the hospitals trust?", False, "step down"),
        ("In which town was Harold Ensor born?", True, "born"),
        ("Where did Harold Ensor die?", False, "die"),
        ("When was the Fennick Harbour Trust founded?", True, "founded"),
        ("In what year did the mill close?", False, "close"),
        ("When did the band form?", True, "form"),
    ],
)
def test_the_event_a_question_asks_when_or_where_it_happened(question: str, start: bool, word: str) -> None:
    event = asked_event(question)
    assert event is not None and event.start is start and event.word == word


@pytest.mark.parametrize(
    "question",
    [
        "When did the shop that opened in 2016 close?",  # both ends: not this check's
        "What time does the tip shut in winter?",  # a time of day, asked in the present
        "When does the museum open?",
        "Who founded the boatyard?",
        "When did Helen Marsh win the award?",
        "Where was the body found?",
        "Which country did Iran ask to stop giving support to the rebels?",  # a name, not where it happened
    ],
)
def test_other_questions_name_no_event(question: str) -> None:
    assert asked_event(question) is None


def test_a_year_its_sentence_gives_for_a_start_is_off_event_when_the_end_is_asked() -> None:
    found = off_event(
        "When did Helen Marsh step down as head of the hospitals trust?",
        [("Helen Marsh stepped down as head of the hospitals trust in 2015 [1].", [TRUST])],
    )
    assert found is not None and (found.anchor, found.asked, found.given) == ("2015", "step down", "became")


def test_a_place_its_sentence_gives_for_a_birth_is_off_event_when_the_death_is_asked() -> None:
    found = off_event("Where did Harold Ensor die?", [("Harold Ensor died in Sallow Bay [1].", [PAINTER])])
    assert found is not None and (found.anchor, found.given) == ("Sallow Bay", "Born")
    # the sentence that names the death is quoted for the model to choose from
    assert found.stating == ("He died in Tidewick in 2004, aged 68.",)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Where did Harold Ensor die?", "He died in Tidewick [1]."),
        ("When was Harold Ensor born?", "In 1936 [1]."),
        ("When did Harold Ensor die?", "In 2004 [1]."),
    ],
)
def test_the_asked_event_passes(question: str, answer: str) -> None:
    assert off_event(question, [(answer, [PAINTER])]) is None


@pytest.mark.parametrize(
    "passage",
    [
        "Ilse Marrow (1902-1988) was a painter of the harbour.",  # names neither
        "Helen Marsh left Fallowmere in 2015 to join the trust as chief executive.",  # names both in one clause
        "In 2015 Helen Marsh, who became chief executive in 2009, stepped down.",  # the clause of the year names the end
    ],
)
def test_a_sentence_that_names_neither_or_the_asked_end_passes(passage: str) -> None:
    assert off_event("When did Helen Marsh step down?", [("She stepped down in 2015 [1].", [passage])]) is None


def test_the_clause_that_holds_the_answer_decides() -> None:
    passage = "Helen Marsh was appointed in 2009, and she stepped down in 2015."
    found = off_event("When did Helen Marsh step down?", [("She stepped down in 2009 [1].", [passage])])
    assert found is not None and found.given == "appointed"
    assert off_event("When did Helen Marsh step down?", [("She stepped down in 2015 [1].", [passage])]) is None


@pytest.fixture
def rt(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> Runtime:
    folder = tmp_path / "trust"
    folder.mkdir()
    (folder / "trust.txt").write_text(TRUST)
    return ingested_runtime(folder)


def test_an_off_event_reply_is_asked_for_once_more_then_refused(rt: Runtime) -> None:
    gen = FakeGenerator(["Helen Marsh stepped down in 2015 [1].", "She stepped down in 2015 [1]."])
    rt._generator = gen
    answer = ask("When did Helen Marsh step down as head of the hospitals trust?", rt)
    assert len(gen.calls) == 2
    assert gen.calls[1][-1]["content"].startswith('The question asks about "step down", but the passages give 2015 for "became".')
    assert answer.refused and answer.refusal_reason == "off-event" and answer.citations == []
    assert revision_note(answer) == (
        "The answer as written was withdrawn: the sentences of its passages that hold it are about a beginning "
        "where the question asks about an end, or the reverse (a birth for a death, an opening for a closure)."
    )


def test_a_refusal_when_asked_again_is_the_models(rt: Runtime) -> None:
    gen = FakeGenerator(["Helen Marsh stepped down in 2015 [1].", "I could not find the answer in the documents."])
    rt._generator = gen
    answer = ask("When did Helen Marsh step down as head of the hospitals trust?", rt)
    assert answer.refused and answer.refusal_reason == "model"


def test_the_asked_event_is_answered(rt: Runtime) -> None:
    gen = FakeGenerator(["Helen Marsh became chief executive in 2015 [1]."])
    rt._generator = gen
    answer = ask("When did Helen Marsh become chief executive of the hospitals trust?", rt)
    assert len(gen.calls) == 1 and not answer.refused
