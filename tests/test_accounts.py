"""A figure a reply gives must be the line of accounts its question asks for: sales are no pre-tax profit (issue 12:
another quantity of the same thing)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

import pytest

from rag.answering.accounts import asked_line, line_of, off_line
from rag.answering.answer import ask
from rag.runtime import Runtime
from rag.testing import FakeGenerator

GREYLOCH = (
    "Greyloch Distillers posts sales rise as gin demand holds up\nBy Elin Marwood | 14 March 2024\n\n"
    "Greyloch Distillers said sales for calendar 2023 rose 6 per cent to £19.2 million, helped by exports and a new "
    "botanical gin. Profit figures will be published with the full accounts in the summer.\n"
)


@pytest.mark.parametrize(
    "question, line",
    [
        ("What pre-tax profit did Greyloch Distillers make in 2023?", "profit"),
        ("How big was the loss at Harlow Foods?", None),  # "job losses", "weight loss": no company's line for sure
        ("What was Harlow Foods' turnover last year?", "revenue"),
        ("How much did sales rise?", "revenue"),
        ("What were sales and profit?", None),  # both: neither for sure
        ("How much did the appeal raise?", None),
    ],
)
def test_the_line_a_question_asks_for(question: str, line: str | None) -> None:
    assert asked_line(question) == line


@pytest.mark.parametrize(
    "sentence, figure, line",
    [
        ("Greyloch said sales for calendar 2023 rose 6 per cent to £19.2 million, helped by exports.", "19.2", "revenue"),
        # two lines in one sentence: each figure goes with the word nearest before it in its clause
        ("Revenue rose 8 per cent to £41.3 million, and pre-tax profit to £3.2 million.", "41.3", "revenue"),
        ("Revenue rose 8 per cent to £41.3 million, and pre-tax profit to £3.2 million.", "3.2", "profit"),
        ("Pre-tax profit was £2.1m on turnover of £40m.", "2.1", "profit"),
        ("Pre-tax profit was £2.1m on turnover of £40m.", "40", "revenue"),
        ("It posted £19.2 million in sales.", "19.2", "revenue"),  # the word right after it
        ("It made £3 million.", "3", None),  # no line word: not this check's
    ],
)
def test_the_line_a_sentence_gives_a_figure_for(sentence: str, figure: str, line: str | None) -> None:
    assert line_of(sentence, re.compile(re.escape(figure))) == line


def test_sales_given_as_profit_are_off_line() -> None:
    q = "What pre-tax profit did Greyloch Distillers make in 2023?"
    found = off_line(q, [("£19.2 million [1].", [GREYLOCH])])
    assert found is not None and (found.anchor, found.asked, found.given) == ("19.2", "profit", "revenue")
    assert found.stating == ("Profit figures will be published with the full accounts in the summer.",)
    # asked the sales, the same figure stands; and a profit the passage gives stands
    assert off_line("What were Greyloch Distillers' sales in 2023?", [("£19.2 million [1].", [GREYLOCH])]) is None
    both = "Revenue rose to £41.3 million, and pre-tax profit to £3.2 million."
    assert off_line("What pre-tax profit did Harlow make?", [("£3.2 million [1].", [both])]) is None
    assert off_line("What pre-tax profit did Harlow make?", [("£41.3 million [1].", [both])]) is not None


HARLOW_PROFIT = "What pre-tax profit did Harlow Foods make?"


@pytest.mark.parametrize(
    "question, answer, passage, fires",
    [
        # a review of this step's false positives: the right figure beside the other line's
        (HARLOW_PROFIT, "On sales of £40m, Harlow made a pre-tax profit of £3m [1].", "On sales of £40m, Harlow made a pre-tax profit of £3m.", False),
        (HARLOW_PROFIT, "£3m [1].", "Harlow Foods' sales grew to £40m and it made a pre-tax profit of £3m.", False),
        (HARLOW_PROFIT, "£3m [1].", "Sales growth lifted Harlow to a £3m operating profit.", False),
        (HARLOW_PROFIT, "£3m [1].", "Profit, hit by weaker sales, came in at £3m.", False),
        (HARLOW_PROFIT, "£3m [1].", "Profit after a fall in sales was £3m.", False),
        (HARLOW_PROFIT, "£1.2m [1].", "The club made £1.2m from ticket sales, its biggest profit yet.", False),
        (HARLOW_PROFIT, "$1.1bn [1].", "Uber's revenue rose, swinging it to $1.1bn of net income.", False),
        (HARLOW_PROFIT, "£3m [1].", "Harlow made £3m before tax on sales of £40m.", False),
        ("What were Harlow's sales?", "£40m [1].", "Revenue and pre-tax profit were £40m and £3m.", False),
        ("What was the bakery's turnover?", "£1.2m [1].", "The bakery, now in profit, turned over £1.2m last year.", False),
        # no company's accounts, or a share of a line
        ("How many job losses did the retailer announce?", "300 [1].", "Falling sales have forced the retailer to cut 300 jobs.", False),
        ("What was Tesco's profit margin?", "3.5% [1].", "Tesco's margin on sales was 3.5%.", False),
        # the other line's figure
        (HARLOW_PROFIT, "£40m [1].", "Pre-tax profit was £2.1m on turnover of £40m.", True),
        (HARLOW_PROFIT, "£40m [1].", "Pre-tax profit of £2.1m came on sales of £40m.", True),
    ],
)
def test_a_figure_is_off_line_only_where_its_clause_gives_it_for_the_other_line(
    question: str, answer: str, passage: str, fires: bool
) -> None:
    assert (off_line(question, [(answer, [passage])]) is not None) is fires


def test_an_off_line_figure_is_asked_for_once_more_then_refused(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    folder = tmp_path / "results"
    folder.mkdir()
    (folder / "greyloch.txt").write_text(GREYLOCH)
    gen = FakeGenerator(["Greyloch Distillers made £19.2 million [1].", "£19.2 million [1]."])
    answer = ask("What pre-tax profit did Greyloch Distillers make in 2023?", ingested_runtime(folder, gen))
    assert len(gen.calls) == 2
    assert gen.calls[1][-1]["content"].startswith("The question asks about profit, but the passages give 19.2 for revenue.")
    assert answer.refused and answer.refusal_reason == "off-label"
