"""An answer whose sentences are about another part, number or kind than its question asks (rag.answering.labels)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from rag.answering.answer import ask
from rag.answering.labels import Distance, labels, off_label
from rag.answering.revision import revision_note
from rag.runtime import Runtime
from rag.testing import FakeGenerator

SERIES_3 = (
    "Hearth & Harvest series 3 final: Maia Grund takes the title\n"
    "Pastry chef Maia Grund has won series 3 of Hearth & Harvest, beating Tobiah Venn in a two-way final broadcast "
    "on Sunday. Grund, from Fennick, impressed the judges with a harvest supper. Series 3 aired in autumn 2022, and "
    "the show has been recommissioned for a fourth series next year."
)
ROUNDS = (
    "Marine software company Brightkeel said on Tuesday it had closed a $40 million Series B round led by Northmoor "
    "Partners. The 2022 round also included Ardent Fen Capital, which led the Series A. Chief executive Saoirse Lomax "
    "said Brightkeel plans to raise a Series C next year."
)
NOVEL = (
    "Glasswake is a 2011 novel by the Velland writer Perrin Ashdown. According to her publisher, the novel has sold "
    "more than 400,000 copies in eleven languages. The title is shared with an unrelated video game released in 2022."
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who won series 4 of Hearth & Harvest?", [("series", "4")]),
        ("Who won the fourth series of Hearth & Harvest?", [("series", "4")]),
        ("Which firm led Brightkeel's Series C round?", [("Series", "C")]),
        ("When did the second phase of the Corvane Bridge open?", [("phase", "2")]),
        ("Who won stage four?", [("stage", "4")]),
        ("How much does the Corvell Tarn 6 cost?", [("Tarn", "6")]),
        ("Who won the race?", []),
        ("Who wrote part a of the report?", []),  # a lower-case letter is a word, not a label
        ("Who produced the debut album by the band Marigold Reach?", [("album", "1")]),
        ("What was her third novel called?", [("novel", "3")]),
    ],
)
def test_the_parts_and_numbered_names_a_question_gives(question: str, expected: list[tuple[str, str]]) -> None:
    assert [(label.head, label.value) for label in labels(question)] == expected


def test_a_name_whose_sentence_gives_another_series_is_off_label() -> None:
    found = off_label("Who won series 4 of Hearth & Harvest?", [("Maia Grund won series 4 of Hearth & Harvest [1].", [SERIES_3])])
    assert found is not None
    assert (found.anchor, found.asked, found.given) == ("Maia Grund", "series 4", "series 3")
    # the sentence that names the series asked is quoted for the model to choose from
    assert found.stating == ("Series 3 aired in autumn 2022, and the show has been recommissioned for a fourth series next year.",)


ALBUMS = (
    "Marigold Reach (band)\nTheir debut album, Harbour Lights, was released in 2016 on the small Driftwood label. Their "
    "second album, Copperline (2019), was produced by Vesna Holloway and recorded in a converted chapel."
)


def test_a_name_whose_sentence_gives_another_album_than_the_debut_is_off_label() -> None:
    """The twenty-first smoke check's q029: the second album's producer, given as the debut's."""
    question = "Who produced the debut album by the band Marigold Reach?"
    found = off_label(question, [("Vesna Holloway produced the debut album [1].", [ALBUMS])])
    assert found is not None and (found.asked, found.given) == ("debut album", "album 2")
    assert found.stating == ("Their debut album, Harbour Lights, was released in 2016 on the small Driftwood label.",)
    first = ALBUMS.replace("second album", "first album")
    assert off_label(question, [("Vesna Holloway produced the debut album [1].", [first])]) is None


@pytest.mark.parametrize(
    "question, sentence",
    [
        # a number after "album" or "novel" is a title; a debut that is a player's; an ordinal that ranks (a review's
        # false positives)
        ("Who produced Pearl Jam's debut album?", "Pearl Jam recorded the album Ten in 1991 with producer Vesna Holloway."),
        ("Who wrote the novel One Day?", "Vesna Holloway published her third novel, One Day, in 2009."),
        ("Who produced Adele's second album?", "Vesna Holloway produced Rolling in the Deep for the album 21."),
        ("Who produced the band's debut album?", "The band recorded the album two years later with producer Vesna Holloway."),
        ("Who produced the band's third album?", "Produced by Vesna Holloway, it became the first album by a Welsh band to top the charts."),
        ("Which team did Vesna Holloway play for in her debut season?", "Vesna Holloway made her debut in season 4, for Leeds Rhinos."),
    ],
)
def test_a_works_title_a_players_debut_and_a_ranking_are_no_labels(question: str, sentence: str) -> None:
    assert off_label(question, [("Vesna Holloway, Leeds Rhinos [1].", [sentence])]) is None


def test_another_letter_is_off_label_though_the_sentence_splitter_reads_it_as_an_initial() -> None:
    found = off_label("Which firm led Brightkeel's Series C round?", [("Ardent Fen Capital led Brightkeel's Series C round [1].", [ROUNDS])])
    assert found is not None and (found.asked, found.given) == ("Series C", "Series A")


def test_a_figure_whose_sentence_is_about_another_kind_of_work_is_off_label() -> None:
    found = off_label("How many copies has the Glasswake video game sold?", [("400,000 copies in eleven languages [1].", [NOVEL])])
    assert found is not None and (found.anchor, found.asked, found.given) == ("400,000", "video game", "novel")


def test_a_price_its_sentence_gives_another_kind_of_visitor_is_off_label() -> None:
    # the eleventh smoke check's q038: the adult's season ticket given as the pensioners'
    passage = "Ostrey Town FC: season tickets 2024/25. Adult season ticket £180. Over-65s £120. Prices rise after 31 July."
    found = off_label("What do pensioners pay to follow Ostrey Town for the whole season?", [("£180 [1].", [passage])])
    assert found is not None and (found.asked, found.given, found.stating) == ("senior", "adult", ("Over-65s £120.",))
    # a price list's items are read apart: "Adult £10 · Child £5" gives £10 to the adult
    listed = "Tickets: Adult £10 · Child £5 · Family £25"
    assert off_label("How much is a child ticket?", [("£10 [1].", [listed])]) is not None
    assert off_label("How much is a child ticket?", [("£5 [1].", [listed])]) is None


def test_a_count_its_sentence_gives_as_money_is_off_label() -> None:
    listing = "Moonreach Abbey grounds, 28-30 July 2023. Weekend tickets 140 crowns; day tickets 60 crowns."
    found = off_label("How many people attended the 2023 Moonreach Folk Festival?", [("140 people attended [1].", [listing])])
    assert found is not None and (found.anchor, found.asked, found.given) == ("140", "people", "crowns")
    assert off_label("How much was a weekend ticket?", [("140 crowns [1].", [listing])]) is None  # an amount asked
    assert off_label("How many crowns was a weekend ticket?", [("140 crowns [1].", [listing])]) is None
    report = "The 2023 festival drew 18,500 people, who paid 140 crowns each."
    assert off_label("How many people attended the festival?", [("18,500 people attended [1].", [report])]) is None
    assert off_label("How many people attended the festival?", [("$18,500 [1].", ["It raised $18,500 for charity."])]) is not None


@pytest.mark.parametrize(
    ("question", "passage", "given"),
    [
        # an earlier edition named without its year (the twelfth smoke check's q059)
        ("What share of the electorate voted in the Pardon Hill by-election?",
         "Voters go to the polls on Thursday. At the previous contest in the ward, turnout stood at 38.2 per cent.",
         "previous contest"),
        ("Who won the Kessary Cup?", "Last year's winner Yusuf Arlan is seeded third.", "Last year's"),
        # this edition's figure set against the earlier one's
        ("What share of the electorate voted in the Pardon Hill by-election?",
         "Turnout was 38.2 per cent, up from 31 per cent at the previous contest.", None),
        # a question that names its year: a later report's "last year's" may be that year (the fifth smoke check's p015)
        ("Who won the Kessary Cup in 2024?", "Last year's winner Yusuf Arlan is seeded third.", None),
        # asked about the earlier one itself
        ("What was the turnout at the previous Pardon Hill contest?",
         "At the previous contest in the ward, turnout stood at 38.2 per cent.", None),
    ],
)
def test_a_figure_its_sentence_gives_an_earlier_edition_is_off_label(question: str, passage: str, given: str | None) -> None:
    answer = "Yusuf Arlan [1]." if "Arlan" in passage else "38.2 per cent [1]."
    found = off_label(question, [(answer, [passage])])
    assert (found.given if found else None) == given


def test_the_sentence_that_says_most_of_the_answer_decides() -> None:
    # the winner's name in an aside about an earlier series does not make the answer off-label
    passage = "Ravin Okes won Hearth & Harvest on Sunday. Okes, who was a finalist in series 3, cooked a tasting menu."
    assert off_label("Who won series 4 of Hearth & Harvest?", [("Ravin Okes won series 4 of Hearth & Harvest [1].", [passage])]) is None


def test_the_sentence_that_gives_the_answers_own_words_decides_not_the_questions() -> None:
    report = (
        "Odera and Lisk win in Vellmouth VELLMOUTH, April 10 - Tomas Odera won the men's race at the 2022 Vellmouth "
        "Marathon on Sunday. The women's race went to Ilse Lisk, who held off a late charge from Kessa Orlund."
    )
    question = "Who won the women's race at the 2022 Vellmouth Marathon?"
    assert off_label(question, [("Ilse Lisk won the women's race at the 2022 Vellmouth Marathon [1].", [report])]) is None
    assert off_label(question, [("Tomas Odera won the women's race at the 2022 Vellmouth Marathon [1].", [report])]) is not None


@pytest.mark.parametrize(
    "passage",
    [
        "Ravin Okes has won the fourth series of Hearth & Harvest, beating the series 3 champion's record.",
        "Ravin Okes won Hearth & Harvest on Sunday.",  # no series named: nothing to go against
        "Hearth & Harvest series 4: Ravin Okes won the final on Sunday.",
    ],
)
def test_a_sentence_that_names_the_part_asked_or_none_passes(passage: str) -> None:
    assert off_label("Who won series 4 of Hearth & Harvest?", [("Ravin Okes won series 4 of Hearth & Harvest [1].", [passage])]) is None


def test_a_question_without_labels_is_not_checked() -> None:
    assert off_label("Who won Hearth & Harvest?", [("Maia Grund won [1].", [SERIES_3])]) is None


@pytest.fixture
def rt(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> Runtime:
    folder = tmp_path / "shows"
    folder.mkdir()
    (folder / "final.txt").write_text(SERIES_3)
    return ingested_runtime(folder)


def test_an_off_label_reply_is_asked_for_once_more_then_refused(rt: Runtime) -> None:
    gen = FakeGenerator(["Maia Grund won series 4 of Hearth & Harvest [1].", "Maia Grund won series 4 [1]."])
    rt._generator = gen
    answer = ask("Who won series 4 of Hearth & Harvest?", rt)
    assert len(gen.calls) == 2
    follow_up = gen.calls[1][-1]["content"]
    assert follow_up.startswith("The question asks about series 4, but the passages give Maia Grund for series 3.")
    assert "recommissioned for a fourth series next year" in follow_up
    assert answer.refused and answer.refusal_reason == "off-label" and answer.citations == []
    assert revision_note(answer) == (
        "The answer as written was withdrawn: the sentences of its passages that hold it are about another "
        "part, number or kind of thing, or another day of the week, than the question asks about."
    )


def test_a_refusal_when_asked_again_is_the_models(rt: Runtime) -> None:
    gen = FakeGenerator(["Maia Grund won series 4 of Hearth & Harvest [1].", "I could not find the answer in the documents."])
    rt._generator = gen
    answer = ask("Who won series 4 of Hearth & Harvest?", rt)
    assert answer.refused and answer.refusal_reason == "model"


@pytest.mark.parametrize(
    ("question", "distances"),
    [
        ("What is Marisol Fenn's personal best over 400 metres?", ["400"]),
        ("Who won the men's 1500m in 2024?", ["1500"]),
        ("Who won the 10K?", ["10000"]),
        ("Who won the 5,000m?", ["5000"]),
        ("How much did the £5m pavilion cost?", []),  # money
        ("How many watched, 5m viewers?", []),  # a count
    ],
)
def test_the_distance_a_question_names_is_a_label(question: str, distances: list[str]) -> None:
    assert [label.value for label in labels(question) if isinstance(label, Distance)] == distances


def test_a_time_run_over_another_distance_is_off_label() -> None:
    passage = (
        "Indoor athletics: Fenn wins in Glasgow. Marisol Fenn won the women's 800m at the Glasgow indoor meeting in "
        "2:00.12, an indoor personal best."
    )
    question = "What is Marisol Fenn's personal best over 400 metres?"
    found = off_label(question, [("Her personal best over 400 metres is 2:00.12 [1].", [passage])])
    assert found is not None and (found.asked, found.given) == ("400 metres", "800 metres")
    # the same distance in other units, and the distance asked beside another, stand
    assert off_label("Who won the 10K?", [("Ada Moss won it [1].", ["Ada Moss won the 10km in 31:02."])]) is None
    assert off_label(question, [("It is 52.3 seconds [1].", ["Fenn ran 800m in 2:00.12 and 400m in 52.3 seconds."])]) is None
