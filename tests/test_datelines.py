"""A day an answer gives that its passages hold only as their report's date, for an event they never name, is not
the day of the event asked about (rag.answering.datelines; the sixteenth smoke check's q039)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from rag.answering.answer import ask
from rag.answering.datelines import dated_by_report
from rag.dates import report_date
from rag.runtime import Runtime
from rag.testing import FakeGenerator

RENEWAL = (
    "Channel Ember renews Larkspur Lane for fourth and fifth series\n"
    "18 November 2022 — Channel Ember has commissioned two more series of Larkspur Lane, taking the drama to at least "
    "five series. Filming on series four begins in Tarnbridge in January; series five is expected to follow in 2025.\n"
)
QUESTION = "When did the fifth series of Larkspur Lane premiere?"


@pytest.mark.parametrize(
    "text, line",
    [
        ("Title\n27 May 2023 — Ostwick Rovers won the cup.", "27 May 2023"),
        ("Sorro wins\nBRENNICK, June 13, 2020 (NWS) - Mireille Sorro won.", "June 13, 2020"),
        ("SAN JOSE, Calif., Sept. 10, 2019 — Apple today announced a phone.", "Sept. 10, 2019"),
        ("Council news\nPublished: 3 May 2022\nThe council met.", "3 May 2022"),
        ("Tamsin Reyes\nTamsin Reyes (19 August 1921 - 2 January 1990) was an aviator.", None),  # a sentence's date
        ("On 3 May 2022 the council met.", None),
        # as passages are read, their lines joined: the title runs into the date line
        ("Channel Ember renews Larkspur Lane 18 November 2022 — Channel Ember has commissioned", "18 November 2022"),
        ("Tamsin Reyes Tamsin Reyes (19 August 1921 - 2 January 1990) was an aviator.", None),
        ("Council round-up - November 16, 2024 Home > News", None),  # a date in a title
        ("Jane Doe May 3, 1940 – June 4, 2022 Jane Doe was an American actress.", None),  # a span of a life
    ],
)
def test_a_reports_date_line(text: str, line: str | None) -> None:
    assert report_date(text) == line


def test_a_day_only_its_reports_date_is_not_the_events() -> None:
    found = dated_by_report(QUESTION, [("It premiered on 18 November 2022 [1].", [RENEWAL])])
    assert found is not None and found.anchor == "18 November 2022" and found.asked == "premiere"
    assert dated_by_report(QUESTION, [("18 November [1].", [RENEWAL])]) is not None  # without its year


@pytest.mark.parametrize(
    "question, answer, passage",
    [
        # the passage names the event: its date line may date it
        (QUESTION, "18 November 2022 [1].", RENEWAL.replace("has commissioned", "premiered")),
        ("When did the library open?", "Nov. 17, 2022 [1]", "TELLMARK, Nov. 17, 2022 — The new library opened on Thursday."),
        ("When did Mara Lind die?", "Nov. 17, 2022 [1]", "TELLMARK, Nov. 17, 2022 — Mara Lind's death was announced."),
        # a date a sentence gives, and a day said again below the date line
        ("When was Tamsin Reyes born?", "19 August 1921 [1]", "Tamsin Reyes\nTamsin Reyes (19 August 1921 - 2 January 1990)."),
        (QUESTION, "18 November 2022 [1].", RENEWAL + "It is on air from 18 November."),
        # the event in other words, or the report's news of its own day (a review's false positives)
        ("When was the iPhone 11 launched?", "Sept. 10, 2019 [1].", "SAN JOSE, Calif., Sept. 10, 2019 — Apple today unveiled iPhone 11."),
        (QUESTION, "3 May 2022 [1]", "Larkspur Lane returns 3 May 2022 — The fifth series debuts on Channel Ember."),
        ("When did Jane Doe die?", "3 May 2022 [1]", "Obituary 3 May 2022 — Jane Doe has passed away at 90."),
        ("When did the bridge reopen?", "3 May 2022 [1]", "Kell Bridge 3 May 2022 — The Kell Bridge re-opened to traffic."),
        ("When did Ola Lind resign?", "3 May 2022 [1]", "Lind goes 3 May 2022 — Ola Lind has stepped down as mayor."),
        ("When was Jane Doe born?", "May 3, 1940 [1]", "Jane Doe May 3, 1940 – June 4, 2022 Jane Doe was an American actress."),
        # not a day, or not a question about an event
        (QUESTION, "In 2025 [1].", RENEWAL),
        ("When did Channel Ember renew Larkspur Lane?", "18 November 2022 [1].", RENEWAL),
    ],
)
def test_a_day_its_passage_gives_otherwise_stands(question: str, answer: str, passage: str) -> None:
    assert dated_by_report(question, [(answer, [passage])]) is None


@pytest.fixture
def rt(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> Runtime:
    folder = tmp_path / "tv"
    folder.mkdir()
    (folder / "renewal.txt").write_text(RENEWAL)
    return ingested_runtime(folder)


def test_a_reply_dated_by_its_report_is_asked_for_once_more_then_refused(rt: Runtime) -> None:
    gen = FakeGenerator(["The fifth series premiered on 18 November 2022 [1].", "On 18 November 2022 [1]."])
    rt._generator = gen
    answer = ask(QUESTION, rt)
    assert len(gen.calls) == 2
    assert gen.calls[1][-1]["content"].startswith(
        'The question asks about "premiere", but the passages give 18 November 2022 only as the date of their report'
    )
    assert answer.refused and answer.refusal_reason == "off-target"


def test_a_refusal_when_asked_again_is_the_models(rt: Runtime) -> None:
    gen = FakeGenerator(["The fifth series premiered on 18 November 2022 [1].", "I could not find the answer in the documents."])
    rt._generator = gen
    assert ask(QUESTION, rt).refusal_reason == "model"
