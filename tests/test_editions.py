"""An event the question numbers rules out a passage about another edition of it (rag.index.editions, issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from rag.answering.answer import ask
from rag.index.constraints import Requirements
from rag.index.editions import Edition, editions
from rag.runtime import Runtime
from rag.testing import FakeGenerator

# the fifteenth smoke check's q020: the 14th edition's nominations, and the 13th's winner of the same prize
NOMINATIONS = (
    "14th Lindqvist Film Awards: the nominations\n\nNominations for the 14th Lindqvist Film Awards were announced on 1 "
    "February 2022.\n\nBest Director: Amara Quist; Jonah Reyes; Lotte Brem.\n\nWinners will be announced in March.\n"
)
EARLIER = (
    "Brem wins best director at Lindqvist Awards\n\nTOLLBY, 6 March 2021 - Lotte Brem was named best director at the "
    "13th Lindqvist Film Awards on Saturday for her drama Quiet Harbour Lights.\n"
)
QUESTION = "Who won Best Director at the 14th Lindqvist Film Awards?"


@pytest.mark.parametrize(
    "question, asked",
    [
        (QUESTION, [Edition(14, "Lindqvist Film Awards")]),
        ("Where was the 12th edition of the Harrow Book Fair held?", [Edition(12, "Harrow Book Fair")]),
        ("Who won the third annual Ashby Open?", [Edition(3, "Ashby Open")]),
        ("Who scored a century in the second Test?", [Edition(2, "Test")]),
        ("Who was the first President of Estland?", []),  # "first" is seldom an edition
        ("Who finished 2nd in the Harlow Marathon?", []),  # a place, not an edition
        ("Who won the 2nd race of the season?", []),
        # typed in lower case: a run of words that ends in what names an event (the eighteenth smoke check's q021)
        ("what won the audience award at the tenth bramwick film festival", [Edition(10, "bramwick film festival")]),
        ("who won the 2nd race of the season?", []),
        ("who finished 2nd in the harlow marathon?", []),
        ("when did the second phase of the bridge open?", []),
    ],
)
def test_the_editions_a_question_numbers(question: str, asked: list[Edition]) -> None:
    assert editions(question) == asked


@pytest.mark.parametrize(
    "context, met",
    [
        (EARLIER, False),
        (NOMINATIONS, True),
        ("The Lindqvist Film Awards were presented in Tollby on 4 March 2022.", True),  # numbers none: lenient
        ("At the 14th Lindqvist Film Awards, five years after the ninth Lindqvist Film Awards, …", True),
        ("The thirteenth Lindqvist Awards were the first held in Tollby.", False),  # in words
        ("Harlow 13th in the table; Lindqvist Film Awards next week.", True),  # an ordinal of something else
        # a count of someone's, and a compound ordinal, number no edition (the review of the twenty-fourth step)
        ("Quist won her fourth Lindqvist award that night.", True),
        ("At the twenty-first Lindqvist Film Awards …", True),
    ],
)
def test_a_passage_about_another_edition_is_a_near_miss(context: str, met: bool) -> None:
    assert Requirements.of(QUESTION).met_by(context.lower()) is met


def test_a_generic_first_word_is_read_with_the_next() -> None:
    world = Requirements.of("Who won the 14th World Championships marathon?")
    assert not world.met_by("the 13th world championships were held in oslo.")
    assert world.met_by("the 13th world cup final was held in oslo.")


def test_another_editions_winner_is_not_shown(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    folder = tmp_path / "awards"
    folder.mkdir()
    (folder / "nominations.txt").write_text(NOMINATIONS)
    (folder / "earlier.txt").write_text(EARLIER)
    gen = FakeGenerator(["Lotte Brem [1].", "The passages do not say."])
    answer = ask(QUESTION, ingested_runtime(folder, gen))
    assert "Quiet Harbour Lights" not in gen.calls[0][-1]["content"]
    # shown only as a nominee, the name is asked for once more, and the model's refusal stands
    assert len(gen.calls) == 2 and gen.calls[1][-1]["content"].startswith("The question asks what happened")
    assert answer.refused


def test_only_another_edition_found_is_refused_before_the_model(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    folder = tmp_path / "awards"
    folder.mkdir()
    (folder / "earlier.txt").write_text(EARLIER)
    gen = FakeGenerator(["Lotte Brem [1]."])
    answer = ask(QUESTION, ingested_runtime(folder, gen))
    assert answer.refused and answer.refusal_reason == "constraint" and gen.calls == []
