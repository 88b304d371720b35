"""A title with words between its two is a narrower one: "Supreme Sheep Champion" is not the supreme champion
(issue 12: the wrong entity from the right pool; the eighteenth smoke check's q056)."""

from __future__ import annotations

import pytest

from rag.answering.labels import asked_again, off_label
from rag.answering.titles import titles

SHEEP = (
    "Elvermoor County Show 2019 – Sheep and goat results Supreme Sheep Champion: Texel shearling ewe – J. & M. Hollins, "
    "Dunhollow Reserve: Swaledale tup – Garside family Champion Goat: British Toggenburg milker – Mrs P. Eddowes. "
    "Cattle results are on a separate page."
)


@pytest.mark.parametrize(
    "question, said",
    [
        ("What was the supreme champion at the 2019 Elvermoor County Show?", ["the supreme champion"]),
        ("Who won best actor at the 2021 Corran Film Awards?", ["the best actor"]),
        ("who was the league's top scorer in 2022", ["the top scorer"]),
        ("Who was named Most Valuable Player?", ["the most valuable player"]),
        ("What is the best way to reach Corran?", []),  # no title
        ("Who won the 2021 Corran Marathon?", []),
        ("Which is the best-selling album of 2020?", []),
    ],
)
def test_the_titles_a_question_asks_about(question: str, said: list[str]) -> None:
    assert [t.said for t in titles(question)] == said


def test_a_narrower_title_is_off_label_and_asked_again() -> None:
    found = off_label("What was the supreme champion at the 2019 Elvermoor County Show?", [("Texel shearling ewe [1].", [SHEEP])])
    assert found is not None and (found.asked, found.given) == ("the supreme champion", "the Supreme Sheep Champion")
    assert "the Supreme Sheep Champion" in asked_again(found)


@pytest.mark.parametrize(
    "passage, off",
    [
        ("Ana Ruiz won Best Supporting Actor at the 2021 Corran Film Awards.", True),
        ("Ana Ruiz won Best Actor in a Supporting Role at the 2021 Corran Film Awards.", False),  # a title's words after it
        ("Ana Ruiz won Best Actor at the 2021 Corran Film Awards.", False),
        ("Ana Ruiz won Best Male Actor at the 2021 Corran Film Awards.", False),  # "male" does not narrow it
        ("Ana Ruiz won best actor; Tom Brandt won Best Supporting Actor.", False),  # the title itself in its sentence
        ("Ana Ruiz won the jury's prize at the 2021 Corran Film Awards.", False),  # no title: not this check's
        ("Ana Ruiz was the best supporting actor at the 2021 Corran Film Awards.", False),  # described, not named
        ("Ana Ruiz was the festival's best film actor at the 2021 Corran Film Awards.", False),  # a word of the question
    ],
)
def test_a_narrower_title_in_the_answers_sentence(passage: str, off: bool) -> None:
    found = off_label("Who won best actor at the 2021 Corran Film Awards?", [("Ana Ruiz won best actor [1].", [passage])])
    assert (found is not None) is off


def test_a_question_that_asks_the_narrower_title_is_answered_by_it() -> None:
    question = "Who won best supporting actor at the 2021 Corran Film Awards?"
    assert off_label(question, [("Ana Ruiz won [1].", ["Ana Ruiz won Best Supporting Actor at the 2021 Corran Film Awards."])]) is None


def test_the_events_own_noun_does_not_narrow_a_title() -> None:
    question = "Who was the overall winner of the 2022 Tour of the Lowen Hills?"
    assert off_label(question, [("Jules Marchetti [1].", ["Jules Marchetti was the overall race winner in 2022."])]) is None
    assert off_label(question, [("Jules Marchetti [1].", ["Jules Marchetti was named Overall Junior Winner in 2022."])]) is not None


@pytest.mark.parametrize(
    "question, answer, passage",
    [
        ("Who was the top scorer at the 2022 World Cup?", "Kylian Mbappe",
         "Kylian Mbappe was the tournament's top goal scorer with eight."),
        ("Who was the top scorer in the 2022 league season?", "Ana Ruiz", "Ana Ruiz was the league's Top Points Scorer in 2022."),
        ("What won best picture at the 2024 Golden Globes?", "Oppenheimer",
         "Oppenheimer won Best Motion Picture – Drama at the 2024 Golden Globes."),
        ("What was the supreme champion at the 2023 Royal Welsh Show?", "A Texel ewe",
         "A Texel ewe was named Supreme Interbreed Champion at the 2023 Royal Welsh Show."),
        ("What is the top rate of income tax in Velland?", "45 per cent", "The top marginal rate of income tax in Velland is 45 per cent."),
    ],
)
def test_a_description_or_a_word_that_does_not_narrow_is_no_other_title(question: str, answer: str, passage: str) -> None:
    assert off_label(question, [(f"{answer} [1].", [passage])]) is None
