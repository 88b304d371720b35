"""An answer must name the one its passages give the prize asked about (rag.answering.prizes, issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from rag.answering.answer import ask
from rag.answering.prizes import asked_prize, misawarded
from rag.runtime import Runtime
from rag.testing import FakeGenerator

FESTIVAL = (
    "'Salt and Iron' wins Golden Reed at Sarrow\nSARROW, Sept 18 (Staff) - Salt and Iron, Mika Oyelaran's drama about a "
    "strike at a shipyard, won the Golden Reed for best film at the 2021 Sarrow Film Festival on Saturday. The jury, "
    "chaired by the actor Benedek Salo, gave its Grand Jury Prize to Thirteen Lanterns by Corisande Vail, and the best "
    "director award to Tomas Reyne for The Ferryman's Wife.\n"
)
QUESTION = "Which film received the Grand Jury Prize at the 2021 Sarrow Film Festival?"


def test_the_prize_a_question_asks_about() -> None:
    assert asked_prize(QUESTION) == "Grand Jury Prize"
    assert asked_prize("Who won the 2021 Orrin Prize for Poetry?") == "Orrin Prize"
    assert asked_prize("Who won the race?") is None
    assert asked_prize("Did the Grand Jury Prize or the Audience Award go to Salt and Iron?") is None  # two prizes


def test_an_answer_its_passages_never_write_with_the_prize_asked_is_misawarded() -> None:
    # the eighth smoke check's q008: the headline's winner of the main prize given for the jury's prize
    found = misawarded(QUESTION, [("Salt and Iron received the Grand Jury Prize at the 2021 Sarrow Film Festival [1].", [FESTIVAL])])
    assert found is not None and found.prize == "Grand Jury Prize" and "Thirteen Lanterns" in found.stating[0]
    assert misawarded(QUESTION, [("Thirteen Lanterns [1].", [FESTIVAL])]) is None
    # a prize written in a sentence that names no one else may be the answer's ("It also took …")
    alone = "Salt and Iron won the Golden Reed. It also took the Grand Jury Prize."
    assert misawarded(QUESTION, [("Salt and Iron [1].", [alone])]) is None


def test_a_misawarded_reply_is_asked_for_once_more_and_its_correction_kept(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    folder = tmp_path / "festival"
    folder.mkdir()
    (folder / "sarrow.txt").write_text(FESTIVAL)
    gen = FakeGenerator(["Salt and Iron received the Grand Jury Prize [1].", "Thirteen Lanterns [1]."])
    answer = ask(QUESTION, ingested_runtime(folder, gen))
    assert len(gen.calls) == 2 and "gave its Grand Jury Prize to Thirteen Lanterns" in gen.calls[1][-1]["content"]
    assert not answer.refused and answer.text.startswith("Thirteen Lanterns")


def test_a_report_headed_with_the_prize_is_about_it() -> None:
    # the seventh smoke check's q026: its headline runs into a sentence that names the judge, and the winner's
    # sentence says "First prize"
    report = (
        "Greywater Poetry Prize 2023: results\nThis year's judge, the poet Fennick Arrowsmith, read all 2,140 entries himself. "
        "First prize (£2,000) goes to Lowri Penhallow-Shaw for \"Inventory of a Flooded House\". Second prize (£500): Teodora Vance."
    )
    question = "who won first prize in the 2023 Greywater Poetry Prize?"
    assert misawarded(question, [("Lowri Penhallow-Shaw [1].", [report])]) is None
    unheaded = report.replace("Greywater Poetry Prize 2023: results\n", "")
    unheaded += " The Greywater Poetry Prize was presented by the mayor, Anna Holm."
    assert misawarded(question, [("Lowri Penhallow-Shaw [1].", [unheaded])]) is not None


SHOW = (
    "Vellmoor County Show 2023: champions named\nA Hereford heifer, Rosebay Duchess 9th, exhibited by Tamsin Oakhurst of Upper "
    "Crake Farm, was named supreme champion at the 2023 Vellmoor County Show on Thursday. Judge Alun Pryce made the Limousin "
    "bull Marrowgate Ember, shown by the Dacre family of Prell, reserve supreme champion.\n"
)


def test_a_prize_named_in_lower_case_by_its_own_words() -> None:
    assert asked_prize("Which film won the audience award at the 2023 Saltmarrow Film Festival?") == "audience award"
    assert asked_prize("Who exhibited the reserve supreme champion at the 2023 Vellmoor County Show?") == "reserve supreme champion"
    # a ranking word names no prize, nor does the noun alone; a capitalised prize is the one asked
    assert asked_prize("Who won the top prize at the festival?") is None
    assert asked_prize("Who won the award?") is None
    assert asked_prize("who won first prize in the 2023 Greywater Poetry Prize?") == "Greywater Poetry Prize"


def test_an_answer_given_the_main_title_when_the_passage_gives_the_one_asked_to_another() -> None:
    # the twentieth smoke check's q042: the supreme champion's exhibitor for the reserve's
    question = "Who exhibited the reserve supreme champion at the 2023 Vellmoor County Show?"
    found = misawarded(question, [("Tamsin Oakhurst of Upper Crake Farm exhibited it [1].", [SHOW])])
    assert found is not None and found.prize == "reserve supreme champion" and "Dacre family" in found.stating[0]
    assert misawarded(question, [("The Dacre family of Prell [1].", [SHOW])]) is None
    # asked about the supreme champion itself, its exhibitor's sentence writes it
    assert misawarded("Who exhibited the supreme champion at the 2023 Vellmoor County Show?", [("Tamsin Oakhurst [1].", [SHOW])]) is None
    # the audience award given in another sentence than the main prize's (the same set's q039)
    festival = (
        "The Quiet Tidewater, a debut feature by Nnamdi Ferrante, won the Golden Gull for best film at the 2023 Saltmarrow Film "
        "Festival on Saturday night. The audience award went to Sixpence Harbour, a documentary directed by Lotte Kemble."
    )
    question = "Which film won the audience award at the 2023 Saltmarrow Film Festival?"
    assert misawarded(question, [("The Quiet Tidewater won the audience award [1].", [festival])]) is not None
    assert misawarded(question, [("Sixpence Harbour [1].", [festival])]) is None


@pytest.mark.parametrize(
    "question, prize",
    [
        # the prize's words go on before the article, or rank, place or describe without naming one (a review)
        ("Who won the sportsperson of the year award at the 2023 Harlow Sports Awards?", None),
        ("Which film won the people's choice award?", None),
        ("Who is the world champion in the men's 1500m?", None),
        ("Who won the gold medal in the women's 200m?", None),
        ("Who was the defending champion?", None),
        ("How many champion hurdle wins did she have?", None),
        ("Who was crowned junior champion in 2023?", "junior champion"),
    ],
)
def test_a_prize_in_lower_case_is_named_by_its_own_words_after_an_article_or_a_verb(question: str, prize: str | None) -> None:
    assert asked_prize(question) == prize


@pytest.mark.parametrize(
    "rival",
    [
        "Grey Meridian and Oyster Lights were also in the running for the audience award.",  # "award" gives nothing
        "Last year's audience award went to Grey Meridian.",  # an earlier holder
        "Grey Meridian won the audience award at the 2021 Saltmarrow Film Festival.",  # another year than the one asked
        "The audience award was presented by actor Cerys Bowen.",  # a presenter
        "The audience award is named after the festival's founder, Ida Marsh.",  # "named after"
    ],
)
def test_a_sentence_that_gives_the_prize_to_no_rival(rival: str) -> None:
    passage = f"Sixpence Harbour topped the public vote at the 2023 Saltmarrow Film Festival. {rival}"
    question = "Which film won the audience award at the 2023 Saltmarrow Film Festival?"
    assert misawarded(question, [("Sixpence Harbour won the audience award [1].", [passage])]) is None
