"""Asked when, a year given alone becomes the one date of that year its passages state (issue 12: "a date
answer carries the year its passage states"; the seventeenth smoke check's q074, "1921" for a birth date), and a
unit is spelled as its passage spells it (the sixteenth smoke check's q073, "187 meters" of "187 metres")."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from rag.answering.answer import ask
from rag.answering.completion import complete_year, currency_as_passage, spelled_as_passage
from rag.runtime import Runtime
from rag.testing import FakeGenerator

AVIATOR = (
    "Tamsin Reyes\nTamsin Reyes (19 August 1921 - 2 January 1990) was an aviator who in 1949 became the first woman "
    "to fly the mail route across the Skelder Strait."
)
QUESTION = "When was aviator Tamsin Reyes born?"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("1921 [1]", "19 August 1921 [1]"),
        ("She was born in 1921 [1].", "She was born on 19 August 1921 [1]."),
        ("In 1921 [1].", "On 19 August 1921 [1]."),
        ("1949 [1]", "1949 [1]"),  # the passage names 1949 alone
        ("August 1921 [1]", "August 1921 [1]"),  # already part of a date
        ("On 19 August 1921 [1]", "On 19 August 1921 [1]"),
        ("May 3, 1921 [1]", "May 3, 1921 [1]"),
        ("1921-1990 [1]", "1921-1990 [1]"),  # a range
        ("1921 and 1922 [1]", "1921 and 1922 [1]"),
    ],
)
def test_a_year_given_alone_becomes_its_passages_one_date_of_that_year(sentence: str, expected: str) -> None:
    assert complete_year(QUESTION, sentence, [AVIATOR]) == expected


@pytest.mark.parametrize(
    "passages",
    [
        ["Construction began on 3 March 2019, and the bridge opened in late 2019."],  # the year named alone too
        ["Work began on 3 March 2019.", "The bridge opened on 9 December 2019."],  # two dates of that year
        ["The festival ran 19-21 August 2019."],  # a range of days
        ["Acme was founded on 3 March 2019. Its first store opened later that year."],  # a year named, not written
        ["Bridge news 3 March 2019 — The bridge is expected to open in 2019."],  # the report's own date line
        [],
    ],
)
def test_a_year_is_left_as_written_unless_every_mention_of_it_is_one_date(passages: list[str]) -> None:
    assert complete_year("When did it open?", "2019 [1]", passages) == "2019 [1]"


def test_the_same_date_written_twice_is_one_date() -> None:
    passages = ["The Kells bridge opened on Aug. 21, 2019.", "The bridge opened on 21 August 2019."]
    assert complete_year("When did the bridge open?", "2019 [1]", passages) == "Aug. 21, 2019 [1]"


def test_asked_for_the_year_the_year_stays() -> None:
    assert complete_year("In what year was Tamsin Reyes born?", "1921 [1]", [AVIATOR]) == "1921 [1]"


@pytest.fixture
def rt(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> Runtime:
    folder = tmp_path / "people"
    folder.mkdir()
    (folder / "reyes.txt").write_text(AVIATOR + "\n")
    return ingested_runtime(folder)


def test_an_answer_of_a_year_alone_is_given_its_date(rt: Runtime) -> None:
    rt._generator = FakeGenerator(["1921 [1]"])
    answer = ask(QUESTION, rt)
    assert not answer.refused and answer.text.startswith("19 August 1921")
    rt._generator = FakeGenerator(["1921 [1]"])
    assert ask("Which year was Tamsin Reyes born in?", rt).text.startswith("1921")


OBITUARY = (
    "Iris Penhallow obituary\nBy Rhiannon Entwistle, community correspondent\nSubscribe | Log in | Search\n"
    "Novelist whose books mapped the quiet lives of coastal towns\nBy Hugh Dellow | Published 9 March 2021\n\n"
    "Iris Penhallow, who died on 2 March aged 83, wrote eleven novels about people who stay put: harbour masters, "
    "chapel organists, women who run guest houses out of season.\n\n" + " ".join(["Her debut novel was turned down by nine publishers."] * 12)
)


def test_a_date_gets_the_year_of_the_date_line_of_a_document_shown_whole(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    # the twenty-second smoke check's q055: a whole document's context said its opening three times, and the date line
    # fell past where a report's date is read
    folder = tmp_path / "obituaries"
    folder.mkdir()
    (folder / "penhallow.txt").write_text(OBITUARY)
    rt = ingested_runtime(folder, FakeGenerator(["Iris Penhallow died on 2 March aged 83 [1]."]))
    answer = ask("When did the novelist Iris Penhallow die?", rt)
    assert answer.text.startswith("Iris Penhallow died on 2 March 2021"), answer.text


TOWER = "Calder Tower is a 47-storey skyscraper. It stands 187 metres tall; a 210-metre tower of 55 storeys was proposed."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("It stands 187 meters tall [1].", "It stands 187 metres tall [1]."),
        ("The plan was a 210-meter tower [1].", "The plan was a 210-metre tower [1]."),
        ("187 Meters [1]", "187 Metres [1]"),
        ("187 METERS [1]", "187 METRES [1]"),
        ("187 metres [1]", "187 metres [1]"),
        ("190 meters [1]", "190 meters [1]"),  # a figure the passage does not give: left to the support check
        ("It has 47 storeys [1].", "It has 47 storeys [1]."),
    ],
)
def test_a_unit_is_spelled_as_its_passage_spells_it(sentence: str, expected: str) -> None:
    assert spelled_as_passage(sentence, [TOWER]) == expected
    assert spelled_as_passage("It holds 2.5 liters [1].", ["The tank holds 2.5 litres."]) == "It holds 2.5 litres [1]."


def test_a_unit_the_passages_spell_both_ways_is_left_as_written() -> None:
    both = [TOWER, "The Calder Tower rises 187 meters above the river."]
    assert spelled_as_passage("It stands 187 meters tall [1].", both) == "It stands 187 meters tall [1]."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the model wrote another sign for the passage's figure (the nineteenth smoke check's q023)
        ("It reported revenue of £412 million in 2022 [1].", "It reported revenue of €412 million in 2022 [1]."),
        ("It reported revenue of €412 million [1].", "It reported revenue of €412 million [1]."),
        ("It paid £41 million [1].", "It paid £41 million [1]."),  # a figure the passage does not write
        ("It paid £1,900 [1].", "It paid £1,900 [1]."),  # written with no sign there
        ("It paid $4.12 [1].", "It paid $4.12 [1]."),  # not a part of another figure ("€412")
    ],
)
def test_an_amounts_currency_is_written_as_its_passage_writes_it(sentence: str, expected: str) -> None:
    passage = "In 2022 it reported revenue of €412 million and employed about 1,900 people."
    assert currency_as_passage(sentence, [passage]) == expected


def test_an_amount_its_passages_write_in_two_currencies_is_left_as_it_is() -> None:
    passages = ["The fee was €50.", "Visitors from outside paid $50."]
    assert currency_as_passage("It costs £50 [1].", passages) == "It costs £50 [1]."


@pytest.mark.parametrize(
    "sentence, passages",
    [
        # the figure written with a currency's name or code too: which sign is meant is not the passage's to say
        ("In the US it costs $10 a month [1].", ["Pro plan: €10 per month in the EU, 10 USD per month in the United States."]),
        ("It paid $50 million [1].", ["It raised 50 million US dollars; its valuation topped €50 million."]),
        # another scale: "€2" is no "$2 billion"
        ("A deal worth $2 billion [1].", ["A deal worth 2 billion. Its shares rose €2."]),
        # a sign with a country's letters before it is left as written
        ("It reported US$412 million [1].", ["It reported revenue of €412 million."]),
    ],
)
def test_an_amount_whose_currency_the_passages_leave_open_is_left_as_it_is(sentence: str, passages: list[str]) -> None:
    assert currency_as_passage(sentence, passages) == sentence
