"""A question typed in lower case is read with the capitals its passages give its names (issue 12: the checks of an
answer read a question's names by their capitals; the nineteenth smoke check's q018 and q027)."""

from __future__ import annotations

import pytest

from rag.answering.casing import truecased

PASSAGES = [
    "Marrowgate Marathon 2021 results. The Marrowgate Marathon was won by Tomas Riel. Women 1. Thea Vranch 2:31:47.",
    "the women's race went to Ana Ruiz, and the men's race to Tomas Riel.",
    "Brynhallow Half Marathon 2019 — results. Men 1. Ivo Dancaster (Vorne Harriers) 1:03:31",
    "The Kestrel K7 Trail has a claimed range of 130 km. The bike is made by Kestrel, a Danish firm.",
    "The Tour of the Lowen Hills is a stage race. Range depends on rider weight and terrain.",
]


@pytest.mark.parametrize(
    "question, expected",
    [
        ("who won the mens race at the 2019 marrowgate marathon", "who won the mens race at the 2019 Marrowgate Marathon"),
        ("what is the claimed range of the kestrel k7 trail", "what is the claimed range of the Kestrel K7 Trail"),
        ("who won tour of the lowen hills 2023", "who won Tour of the Lowen Hills 2023"),
        # a word the passages write in lower case too, or capitalise only where a sentence starts, stays as typed
        ("who won the women's race?", "who won the women's race?"),
        ("what does the range depend on?", "what does the range depend on?"),
        # one word capitalised inside a sentence and nowhere in lower case
        ("who makes the bike? is it kestrel", "who makes the bike? is it Kestrel"),
        # a run does not cross punctuation, and a word capitalised only inside a longer name stays as typed
        ("marrowgate, marathon", "marrowgate, marathon"),
        # only its first letter capitalised, a question is typed in lower case; with capitals of its own, it is left
        ("Who won the marrowgate marathon?", "Who won the Marrowgate Marathon?"),
        ("Who won the marrowgate marathon in May?", "Who won the marrowgate marathon in May?"),
    ],
)
def test_a_lower_case_question_takes_its_passages_capitals(question: str, expected: str) -> None:
    assert truecased(question, PASSAGES) == expected


def test_no_passages_leave_the_question_as_typed() -> None:
    assert truecased("who won the marrowgate marathon", []) == "who won the marrowgate marathon"


@pytest.mark.parametrize(
    "question, texts, expected",
    [
        # a modal is no month (a review of this step)
        ("who may apply for the grant", ["Applications open in May. The grant is run by May Holt's trust."], "who may apply for the grant"),
        # a page's heading, and a sentence's first words, are no names: "install" stays as typed
        ("how do i install python on windows", ["Install Python on Windows\nDownload the installer.", "Learn Rust. Install Python on Windows."],
         "how do i install Python on Windows"),
        ("how do i install python", ["Install Python\nDownload the installer."], "how do i install python"),
    ],
)
def test_a_word_capitalised_only_as_a_heading_or_a_month_stays_as_typed(question: str, texts: list[str], expected: str) -> None:
    assert truecased(question, texts) == expected
