"""The day of the week a question asks about as a routine (rag.answering.weekdays)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from rag.answering.answer import ask
from rag.answering.revision import revision_note
from rag.answering.weekdays import asked_day, days_named, left_out, off_day, spoken
from rag.runtime import Runtime
from rag.testing import FakeGenerator

SATURDAY = (
    "Route 47: Crane Square to Tollgate Park (Saturdays)\nSaturday timetable, valid from 6 April. Crane Square "
    "departures: 06:52, 07:37, 08:22, then every 45 minutes until 18:22; last bus 22:10. Journey time about 34 minutes."
)
HOURS = "Lorn Street Bakery\nOpening hours: Mon–Fri 7:00–17:00, Sat 8:00–16:00, Sun 9:00–13:00. Closed on bank holidays."
SUNDAY_Q = "What time does the last number 47 leave Crane Square on a Sunday?"


@pytest.mark.parametrize(
    ("question", "day"),
    [
        (SUNDAY_Q, "sunday"),
        ("On Sundays, when does the earliest number 47 set off?", "sunday"),
        ("What time does the pool open on Sunday?", "sunday"),  # the present tense: a routine
        ("What are the Saturday opening hours of the library?", "saturday"),
        ("How much is a ticket on every Tuesday?", "tuesday"),
        ("Who spoke on Sunday?", None),  # one date, not a routine
        ("When did the pool open on Sunday?", None),
        ("Who headlined the Saturday of the festival?", None),
        ("Is the shop open on Saturdays and Sundays?", None),  # two days
        ("On a Sunday, what time does the last bus leave?", "sunday"),
        ("What time does the last bus leave on Sunday?", "sunday"),
        ("Which novel topped the Sunday Times bestseller list?", None),  # a newspaper
        ("Did Happy Mondays play the festival?", None),  # a band
        ("What time does the match kick off on Saturday?", None),  # a fixture: one date
        ("Who do Sheffield Wednesday play on Saturday?", None),
        ("How much is a ticket?", None),
    ],
)
def test_the_day_a_question_asks_about_as_a_routine(question: str, day: str | None) -> None:
    assert asked_day(question) == day


@pytest.mark.parametrize(
    ("text", "named", "out"),
    [
        ("Saturday timetable, valid from 6 April.", {"saturday"}, set()),
        ("Open Mon–Fri 9-5, Sat 10-4. Closed on Sundays.", {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}, {"sunday"}),
        ("Buses run Monday to Saturday; no service on Sundays.", {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}, {"sunday"}),
        ("Fri-Mon late opening", {"friday", "saturday", "sunday", "monday"}, set()),  # a span across the week's end
        ("Open daily 9am to 5pm", set(DAYS := ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")), set()),
        ("Weekdays 8-6, weekends 10-4", set(DAYS), set()),
        ("The Sun said the Phoenix Suns won.", set(), set()),  # a newspaper and a team, not Sunday
        ("Sat & Sun: 10:00-16:00", {"saturday", "sunday"}, set()),
        ("Sheffield Wednesday's match kicks off at 3pm.", set(), set()),
        ("Harbour Pool reopened on Monday and opens at 6:30am.", set(), set()),
        ("Sunday Timetable", {"sunday"}, set()),
    ],
)
def test_the_days_a_text_gives_times_for(text: str, named: set[str], out: set[str]) -> None:
    assert days_named(text) == named and left_out(text) == out


def test_a_time_from_a_timetable_headed_with_another_day_is_off_label() -> None:
    found = off_day(SUNDAY_Q, [("The last number 47 leaves Crane Square at 22:10 on a Sunday [1].", [SATURDAY])])
    assert found is not None and (found.anchor, found.asked, found.given) == ("22:10", "Sunday", "Saturday")


@pytest.mark.parametrize(
    ("question", "answer", "passage"),
    [
        (SUNDAY_Q, "The last bus leaves at 22:10 [1].", SATURDAY.replace("Saturday", "Sunday")),
        ("What time does Lorn Street Bakery open on Sundays?", "It opens at 9:00 [1].", HOURS),
        ("What time does Lorn Street Bakery open on a Tuesday?", "It opens at 7:00 [1].", HOURS),  # inside Mon–Fri
        ("What time does the pool open on a Tuesday?", "It opens at 7am [1].", "Swimming pool\nOpen daily from 7am. Late opening Thursday."),
        # a passage that names no day at all: not this check's
        (SUNDAY_Q, "The last bus leaves at 22:10 [1].", "Route 47. Last bus 22:10."),
        # the passage leaves the day out: the model's reply is its own to word
        ("What time does the library open on Sundays?", "It opens at 9am [1].", "Library\nOpen 9am-5pm, closed on Sundays."),
        # a day left out is not a day the time is given for
        ("What time does the library open on a Tuesday?", "It opens at 9am [1].", "Library\nOpen 9am-5pm, closed on Sundays."),
        # a day elsewhere is another time's: an exception in brackets, a late opening, a sentence of its own
        ("What time does the library open on a Tuesday?", "It opens at 9am [1].", "Library opening hours: 9am to 5:30pm (Saturdays 10am to 1pm)."),
        ("What time does the last bus leave on a Monday?", "It leaves at 23:10 [1].", "The last bus leaves at 23:10 (22:10 on Sundays)."),
        ("What time does the library open on a Monday?", "It opens at 9:00 [1].", "Central Library\nThe library opens at 9:00. Late opening on Thursday until 20:00."),
        ("What time is Mass on a Sunday?", "Mass is at 10:30am [1].", "St Mary's\nMass is celebrated at 10:30am. Confessions Saturday 5pm."),
        # a day named as a date, or inside a name, is no routine's
        ("What time does the pool open on Sundays?", "It opens at 6:30am [1].", "Harbour Pool reopened on Monday after repairs and opens at 6:30am."),
        ("What time does the pool open on Sundays?", "It opens at 6:30am [1].", "Published Wed 12 Mar 2024\nThe pool opens at 6:30am."),
        ("What time does the market open on a Wednesday?", "It opens at 9am [1].", "Market days\nWeds 9am-3pm. Sat 8am-4pm."),
    ],
)
def test_a_time_for_the_day_asked_passes(question: str, answer: str, passage: str) -> None:
    assert off_day(question, [(answer, [passage])]) is None


def test_a_sentence_that_names_its_days_decides_over_its_passage() -> None:
    # the heading says "Sunday", the sentence that holds the time gives it for Saturday
    passage = "Weekend hours, Sunday included\nOn Saturday the bakery opens at 8:00. On Sunday it opens at 9:00."
    found = off_day("What time does the bakery open on Sundays?", [("It opens at 8:00 on Sundays [1].", [passage])])
    assert found is not None and found.given == "Saturday"
    assert "On Sunday it opens at 9:00." in found.stating


@pytest.fixture
def rt(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> Runtime:
    folder = tmp_path / "buses"
    folder.mkdir()
    (folder / "route47-saturday.txt").write_text(SATURDAY)
    return ingested_runtime(folder)


def test_a_time_for_another_day_is_asked_for_once_more_then_refused(rt: Runtime) -> None:
    gen = FakeGenerator(["The last number 47 leaves at 22:10 [1].", "It leaves at 22:10 [1]."])
    rt._generator = gen
    answer = ask(SUNDAY_Q, rt)
    assert len(gen.calls) == 2
    assert gen.calls[1][-1]["content"].startswith("The question asks about Sunday, but the passages give 22:10 for Saturday.")
    assert answer.refused and answer.refusal_reason == "off-label" and answer.citations == []
    assert "another day of the week" in revision_note(answer)


def test_the_day_asked_is_answered(rt: Runtime) -> None:
    gen = FakeGenerator(["The last number 47 leaves at 22:10 [1]."])
    rt._generator = gen
    answer = ask(SUNDAY_Q.replace("Sunday", "Saturday"), rt)
    assert len(gen.calls) == 1 and not answer.refused


@pytest.mark.parametrize(
    ("days", "said"),
    [
        ({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}, "Monday to Saturday"),
        ({"saturday"}, "Saturday"),
        ({"saturday", "sunday"}, "Saturday and Sunday"),
        ({"monday", "wednesday", "friday", "saturday"}, "Monday, Wednesday, Friday and Saturday"),
    ],
)
def test_days_are_said_as_a_timetable_says_them(days: set[str], said: str) -> None:
    assert spoken(days) == said


def test_the_clause_that_holds_the_time_decides() -> None:
    # "£2 per hour" is Monday to Saturday's; Sunday, in the sentence's other clause, is free
    found = off_day(
        "How much does parking cost on Sundays?",
        [("It costs £2 per hour [1].", ["Parking costs £2 per hour Monday to Saturday; free on Sundays."])],
    )
    assert found is not None and found.given == "Monday to Saturday"
