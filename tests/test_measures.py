"""The measure a question asks for (rag.answering.measures)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from rag.answering.answer import ask
from rag.answering.answer_type import answers_kind
from rag.answering.measures import asked_measure, measures, measures_asked
from rag.runtime import Runtime
from rag.testing import FakeGenerator

RESERVOIR = (
    "Grimsdale Upper Reservoir\nGrimsdale Upper Reservoir was created in 1932. The reservoir covers 48 hectares and is "
    "up to 27 metres deep near the dam."
)
CAPACITY_Q = "What is the storage capacity of Grimsdale Upper Reservoir when full?"


@pytest.mark.parametrize(
    ("question", "name"),
    [
        (CAPACITY_Q, "the capacity"),
        ("How deep is Grimsdale Upper Reservoir?", "the length"),
        ("What area does the estate cover?", "the area"),
        ("How heavy is the bell?", "the weight"),
        ("How long did the works take?", None),  # a duration
        ("What is the depth and the area of the lake?", None),  # two measures
        ("Who built the dam?", None),
        ("How high was turnout in the ward?", "the length"),  # a share answers it: see below
        ("What percentage of the area is forest?", None),  # a share asked
        ("At what capacity is the plant running?", None),
        ("What is the membership size of Dunmere's rowing club?", "the number of people"),
        ("How large was the crowd on the first night?", "the number of people"),
        ("How many adult members does the club have?", "the number of people"),
        ("How many took part in the rapidplay?", "the number of people"),
        ("How many spectators can the ground hold?", None),  # a place's room: seats answer it
        ("How many people can sit in the new auditorium?", None),
        ("How much does membership cost?", None),  # a price
        ("How many boats entered the regatta?", None),  # things counted
    ],
)
def test_the_measure_a_question_asks_for(question: str, name: str | None) -> None:
    measure = asked_measure(question)
    assert (measure.name if measure else None) == name


def test_the_measures_of_a_texts_figures() -> None:
    assert measures("It covers 48 hectares, is 27 metres deep, holds 4.5 million litres and is 63 per cent full.") == [
        "area", "length", "volume", "share",
    ]
    assert measures("It raised £48m and has 12,000 people.") == []  # "m" alone, and a unit of no measure here
    assert measures("38,000 tickets across 164 performances; 12,000 seats.") == ["things", "things"]  # seats: see below


@pytest.mark.parametrize(
    ("question", "reply", "ok"),
    [
        (CAPACITY_Q, "48 hectares [1]", False),  # an area for a capacity
        (CAPACITY_Q, "It is 63 per cent full [1].", False),
        (CAPACITY_Q, "It holds 4.5 million litres [1].", True),
        (CAPACITY_Q, "It covers 48 hectares and holds 900 megalitres [1].", True),
        ("What is the capacity of the stadium?", "It holds 12,000 [1].", True),  # seats, without a unit
        ("What is the capacity of the stadium?", "12,000 seats on 5 hectares [1].", True),
        ("How deep is the reservoir?", "It covers 48 hectares [1].", False),
        ("How deep is the reservoir?", "Up to 27 metres [1].", True),
        # a vehicle's range is a distance, not its platform's voltage (the eighteenth smoke check's q069)
        ("What's the official range of the Corvane Estrel Electric?", "It is 400-volt [1].", False),
        ("What's the official range of the Corvane Estrel Electric?", "About 410 km [1].", True),
        ("What is the price range of the Estrel?", "From £29,000 [1].", True),
        ("What is the battery capacity of the Estrel?", "It is 64 kWh [1].", True),
        ("How deep is the reservoir?", "It was built in 1932 [1].", True),  # no unit: left to other checks
        ("How high was turnout in the ward?", "It was 38 per cent [1].", True),  # a share is no wrong length
        # things counted for people: a fleet for a membership (the tenth smoke check's q027), a season's tickets for a
        # first night's crowd (the eleventh's q034), a ground's seats for a crowd
        ("What is the membership size of the rowing club?", "The rowing club has 14 boats [1].", False),
        ("How large was the crowd on the first night?", "38,000 tickets were sold across 164 performances [1].", False),
        # a full house's crowd is given in seats; a race's field beside its distance
        ("What was the attendance at the final?", "All 12,000 seats were filled [1].", True),
        ("How many runners took part in the 10 km race?", "About four hundred runners did the 10 km [1].", True),
        # "how many" counts what it names, whatever crowd watched
        ("How many goals did Arnwick score in front of a record crowd?", "Arnwick scored 4 goals [1].", True),
        ("What was the attendance at the final?", "A crowd of 4,200, in a ground of 12,000 seats [1].", True),
        ("How many members does the club have?", "The club has 14 boats and 120 members [1].", True),
        ("How many runners finished?", "412 runners, over 10 miles [1].", True),  # a unit of people
        ("What is the capacity of the stadium?", "12,000 seats [1].", True),  # seats answer a capacity
    ],
)
def test_a_figure_in_a_measure_that_cannot_answer(question: str, reply: str, ok: bool) -> None:
    assert measures_asked(question, reply) is ok
    assert answers_kind(question, reply) is ok


@pytest.fixture
def rt(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> Runtime:
    folder = tmp_path / "water"
    folder.mkdir()
    (folder / "reservoir.txt").write_text(RESERVOIR)
    return ingested_runtime(folder)


def test_an_area_for_a_capacity_is_asked_for_once_more_then_refused(rt: Runtime) -> None:
    gen = FakeGenerator(["The reservoir covers 48 hectares [1].", "48 hectares [1]."])
    rt._generator = gen
    answer = ask(CAPACITY_Q, rt)
    assert len(gen.calls) == 2
    assert gen.calls[1][-1]["content"].startswith("That does not say the capacity, which is what the question asks.")
    assert answer.refused


def test_the_measure_asked_is_answered(rt: Runtime) -> None:
    gen = FakeGenerator(["It is up to 27 metres deep [1]."])
    rt._generator = gen
    answer = ask("How deep is Grimsdale Upper Reservoir?", rt)
    assert len(gen.calls) == 1 and not answer.refused
