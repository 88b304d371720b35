"""Asked who came before, the one who came after is no answer (rag.answering.succession)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from rag.answering.answer import ask
from rag.answering.succession import predecessor, successor
from rag.runtime import Runtime
from rag.testing import FakeGenerator

QUILLON = (
    "Quillon elects its first woman mayor. Oriane Delacroix-Mbaye was elected mayor of Quillon by the new municipal "
    "council on Monday evening, succeeding Gerald Fontanet, who had held the post since 2008."
)
QUESTION = "Who was mayor of Quillon before Gerald Fontanet?"


def test_the_successor_is_no_answer_to_who_came_before() -> None:
    # the ninth smoke check's q032
    found = successor(QUESTION, [("Oriane Delacroix-Mbaye was mayor of Quillon before Gerald Fontanet [1].", [QUILLON])])
    assert found is not None and found.name == "Oriane Delacroix-Mbaye"


def test_the_sentence_that_says_most_of_the_answer_decides() -> None:
    # the passage names her again, as the former school head she is: the sentence the answer copies decides
    passage = QUILLON + " Delacroix-Mbaye, a former school head, led the list."
    answer = "Oriane Delacroix-Mbaye was elected mayor of Quillon by the new municipal council, succeeding Gerald Fontanet [1]."
    assert successor(QUESTION, [(answer, [passage])]) is not None


def test_a_newcomer_welcomed_is_no_answer_to_who_came_before() -> None:
    # the twelfth smoke check's q058
    passage = (
        "We are delighted to announce that Ysolde Marrack will become headteacher of Haddon Rise Primary from the "
        "autumn term. Mrs Marrack joins us from Kellow Bridge School."
    )
    question = "Who ran Haddon Rise Primary before the new head was appointed?"
    assert successor(question, [("Mrs Marrack ran it [1].", [passage])]) is not None


@pytest.mark.parametrize(
    "passage",
    [
        "Anne Roux, mayor since 1995, was replaced by Gerald Fontanet in 2008.",  # the passive makes her the one before
        "Anne Roux was succeeded by Gerald Fontanet in 2008.",
        "Gerald Fontanet succeeded Anne Roux in 2008.",  # the other is the verb's subject
        "Anne Roux handed over to Gerald Fontanet, who will become mayor in May.",  # another name between
        "Anne Roux was mayor of Quillon from 1995 to 2008.",
        # she followed another, not the one asked about (the seventh smoke check's q018)
        "Anne Roux will become mayor on 1 July 2008, succeeding Tomas Vell.",
    ],
)
def test_the_one_before_passes(passage: str) -> None:
    assert successor(QUESTION, [("Anne Roux [1].", [passage])]) is None


def test_a_question_about_who_came_after_is_not_checked() -> None:
    assert successor("Who succeeded Gerald Fontanet as mayor of Quillon?", [("Oriane Delacroix-Mbaye [1].", [QUILLON])]) is None


@pytest.fixture
def rt(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> Runtime:
    folder = tmp_path / "council"
    folder.mkdir()
    (folder / "quillon.txt").write_text(QUILLON)
    return ingested_runtime(folder)


def test_the_successor_is_asked_for_once_more_then_refused(rt: Runtime) -> None:
    gen = FakeGenerator(["Oriane Delacroix-Mbaye was mayor before Gerald Fontanet [1].", "Oriane Delacroix-Mbaye [1]."])
    rt._generator = gen
    answer = ask(QUESTION, rt)
    assert len(gen.calls) == 2
    assert gen.calls[1][-1]["content"].startswith("The question asks who came before, but the passages give Oriane Delacroix-Mbaye")
    assert answer.refused and answer.refusal_reason == "off-target"


# the sixteenth smoke check's q077: the new chief executive's appointment names whom she succeeds
APPOINTMENT = (
    "Orrin Telemetrics appoints Saoirse Lindqvist-Obi as chief executive. Lindqvist-Obi succeeds founder Gideon Marsh, "
    "who stepped down in November."
)


@pytest.mark.parametrize(
    "question, answer, passage, before",
    [
        ("Who succeeded Saoirse Lindqvist-Obi as head of Orrin Telemetrics?", "Gideon Marsh [1].", APPOINTMENT, "Gideon Marsh"),
        ("Who succeeded Gideon Marsh?", "Saoirse Lindqvist-Obi [1].", APPOINTMENT, None),
        ("Who replaced Tom Vell as chair?", "Ann Bell [1].", "Ann Bell was replaced as chair by Tom Vell in May.", "Ann Bell"),
        ("Who replaced Ann Bell as chair?", "Tom Vell [1].", "Ann Bell was replaced as chair by Tom Vell in May.", None),
        ("Who succeeded Ann Bell as chair?", "Tom Vell [1].", "Tom Vell succeeded long-serving chair Ann Bell in May.", None),
        ("Who was chair before Tom Vell?", "Ann Bell [1].", "Tom Vell succeeded long-serving chair Ann Bell in May.", None),  # asks before
        # in a chain, the one before is also one after (the review of the twenty-fourth step)
        ("Who succeeded Boris Johnson?", "Liz Truss [1].", "Rishi Sunak became prime minister, succeeding Liz Truss, who had replaced Boris Johnson.", None),
    ],
)
def test_a_name_given_as_the_one_before_is_no_answer_to_who_came_after(question: str, answer: str, passage: str, before: str | None) -> None:
    found = predecessor(question, [(answer, [passage])])
    assert (found.name if found else None) == before


def test_the_one_before_given_for_who_came_after_is_asked_for_once_more(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "orrin.txt").write_text(APPOINTMENT + "\n")
    gen = FakeGenerator(["Gideon Marsh succeeded Saoirse Lindqvist-Obi [1].", "The passages do not say."])
    answer = ask("Who succeeded Saoirse Lindqvist-Obi as head of Orrin Telemetrics?", ingested_runtime(folder, gen))
    assert len(gen.calls) == 2
    assert gen.calls[1][-1]["content"].startswith("The question asks who came after, but the passages give Gideon Marsh as the one who came before")
    assert answer.refused
