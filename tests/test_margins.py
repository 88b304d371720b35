"""A figure asked for as a total must not be one its passages give only as a margin (rag.answering.margins, issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from rag.answering.answer import ask
from rag.answering.margins import asks_total, margin_only
from rag.runtime import Runtime
from rag.testing import FakeGenerator

# the fifteenth smoke check's q027: the result given by its majority alone
BY_ELECTION = (
    "2019 Wester Lowe by-election\n\nThe 2019 Wester Lowe by-election was held on 7 November 2019 after the death of the "
    "sitting member, Arthur Pell.\n\nIt was won by Gideon Pryce of the Civic Reform party with a majority of 2,314. Lydia "
    "Oyelaran of the Workers' Alliance came second.\n"
)
VOTES = "How many votes did Gideon Pryce get in the 2019 Wester Lowe by-election?"


@pytest.mark.parametrize(
    "question, total",
    [
        (VOTES, True),
        ("How many points did Harlow score in the final?", True),
        ("By how many votes did Gideon Pryce win?", False),
        ("How many votes was Gideon Pryce's majority?", False),
        ("How many seconds ahead of the field did she finish?", False),
        ("How many runs did England win by?", False),
        ("How many points clear are Arsenal?", False),
        ("How many more votes than Lydia Oyelaran did he get?", False),
        ("Who won the 2019 Wester Lowe by-election?", False),
    ],
)
def test_a_question_that_asks_a_total(question: str, total: bool) -> None:
    assert asks_total(question) is total


@pytest.mark.parametrize(
    "passage, margin",
    [
        (BY_ELECTION, "2,314"),
        ("Pryce held the seat with a 2,314-vote majority.", "2,314"),
        ("Pryce won by 2,314 votes.", "2,314"),
        ("Pryce finished 2,314 votes ahead of Oyelaran.", "2,314"),
        ("Pryce polled 2,314 more votes than Oyelaran.", "2,314"),
        ("Pryce won the seat by 2,314 votes.", "2,314"),  # words between the verb and "by"
        # a tally gives both sides' totals
        ("The seat was won by 2,314 votes to 1,902.", None),
        ("Pryce polled 2,314 votes.", None),
        # one sentence that gives it otherwise is enough
        ("Pryce polled 2,314 votes. His majority of 2,314 was the largest since 1997.", None),
    ],
)
def test_a_figure_its_passages_give_only_as_a_margin(passage: str, margin: str | None) -> None:
    found = margin_only(VOTES, [("Gideon Pryce got 2,314 votes [1].", [passage])])
    assert (found.figure if found else None) == margin


def test_a_margin_asked_for_is_an_answer() -> None:
    assert margin_only("What was Gideon Pryce's majority in 2019?", [("2,314 [1].", [BY_ELECTION])]) is None
    assert margin_only("By how many votes did Gideon Pryce win?", [("2,314 [1].", [BY_ELECTION])]) is None


def test_a_margin_given_as_a_total_is_asked_for_once_more_then_refused(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    folder = tmp_path / "elections"
    folder.mkdir()
    (folder / "wester-lowe.txt").write_text(BY_ELECTION)
    gen = FakeGenerator(["2,314 votes [1].", "2,314 votes [1]."])
    answer = ask(VOTES, ingested_runtime(folder, gen))
    assert len(gen.calls) == 2
    follow_up = gen.calls[1][-1]["content"]
    assert follow_up.startswith("The question asks how many in all, but the passages give 2,314 only as a margin")
    assert "with a majority of 2,314" in follow_up
    assert answer.refused and answer.refusal_reason == "off-target" and answer.citations == []
