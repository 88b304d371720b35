"""An answer must name the one its passages give the prize asked about (rag.answering.prizes, issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

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
