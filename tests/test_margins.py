"""A figure asked for as a total must not be one its passages give only as a margin (rag.answering.margins, issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from rag.answering.answer import ask
from rag.answering.margins import asks_total, margin_only, total_only
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


DECLARATION = (
    "Declaration of result of poll - Eastgate Ward by-election\n"
    "ARKWRIGHT, Colm (Civic Alliance) - 1,107\nQUARRIE, Nadia (Brellingford Independents) - 1,284\n"
    "And I hereby declare that Nadia Quarrie is duly elected."
)
REPORT = (
    "Independent takes Eastgate seat\nNadia Quarrie of the Brellingford Independents has won the Eastgate ward by-election, "
    "beating the Civic Alliance candidate Colm Arkwright by 177 votes."
)


def test_asked_a_margin_a_total_beside_a_margin_is_asked_again() -> None:
    """The twenty-first smoke check's q005: asked by how many votes she won, her total of 1,284."""
    question = "By how many votes did Nadia Quarrie win the Eastgate by-election?"
    found = total_only(question, [("1,284 votes [2]", [DECLARATION])], [REPORT, DECLARATION])
    assert found is not None and found.figure == "1,284"
    assert found.stating[-1].endswith("by 177 votes.")
    # the margin itself, a total where no passage gives a margin, and a question that asks a total pass
    assert total_only(question, [("177 votes [1]", [REPORT])], [REPORT, DECLARATION]) is None
    assert total_only(question, [("1,284 votes [1]", [DECLARATION])], [DECLARATION]) is None
    assert total_only("How many votes did Nadia Quarrie get?", [("1,284 votes [1]", [DECLARATION])], [REPORT, DECLARATION]) is None
    # a figure written after "by" is a difference: "rose by 1.5C"
    record = "Ashkettle's record rose by 1.5C on the old mark, beating it by 1.5C."
    assert total_only("By how much did Ashkettle beat the record?", [("1.5C [1]", [record])], [record]) is None


def test_a_total_given_as_the_margin_is_asked_for_once_more_quoting_the_margin(
    tmp_path: Path, ingested_runtime: Callable[..., Runtime]
) -> None:
    folder = tmp_path / "eastgate"
    folder.mkdir()
    (folder / "declaration.txt").write_text(DECLARATION)
    (folder / "report.txt").write_text(REPORT)
    gen = FakeGenerator(["1,284 votes [1].", "177 votes [2]."])
    rt = ingested_runtime(folder, gen)
    ask("By how many votes did Nadia Quarrie win the Eastgate by-election?", rt)
    assert len(gen.calls) == 2
    follow_up = gen.calls[1][-1]["content"]
    assert follow_up.startswith("The question asks by how many, but the passages give 1,284 as a total, not a margin")
    assert "by 177 votes." in follow_up


@pytest.mark.parametrize(
    "question, reply, passage",
    [
        # a rise is no contest's margin, and "by 2030" no figure of one (a review's false positives)
        ("By how much did Orrin Energy's profits rise in 2023?", "8% [1]",
         "Orrin Energy's profits rose 8% to £40 million in 2023. Orrin aims to double output by 2030."),
        # the reply gives the margin beside a total, or the margin in words the passages give it in
        ("By how many seconds did Maelis Ondarra win the Harrowmere Marathon?", "Ondarra won in 2:31:05, 12 seconds ahead of Lisk [1].",
         "Maelis Ondarra won the Harrowmere Marathon in 2:31:05, 12 seconds ahead of Ilse Lisk."),
        ("By how many votes did Nadia Quarrie win?", "Nadia Quarrie polled 1,284 votes, 177 more than Colm Arkwright [1].",
         "Nadia Quarrie polled 1,284 votes, 177 more than Colm Arkwright."),
        ("By how many votes did Nadia Quarrie win?", "177 [1]",
         "Quarrie's majority was 177 votes, and turnout fell by 4 points. Nadia Quarrie won, beating Arkwright by 177 votes."),
        ("By how many goals did Orrin Town win the final?", "Orrin Town won by two goals, 3-1 [1].", "Orrin Town won the final 3-1."),
    ],
)
def test_a_margin_or_a_rise_given_as_the_passages_give_it_is_not_asked_again(question: str, reply: str, passage: str) -> None:
    assert total_only(question, [(reply, [passage])], [passage]) is None
