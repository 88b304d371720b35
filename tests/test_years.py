"""An answer's name must go with the year its question asks about, not only sit in a passage that
mentions that year (issue 12: "asked who won a 2021 race, it names the 2019 winner")."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from rag.answering.answer import ask
from rag.answering.positions import name_pattern
from rag.answering.years import Dated, near, off_year, years_of
from rag.index.constraints import Requirements
from rag.runtime import Runtime
from rag.testing import FakeGenerator

BOSTON_2022 = (
    "Evans Chebet wins Boston Marathon as race returns to April\n"
    "BOSTON (April 18, 2022) — Kenya's Evans Chebet pulled away on Heartbreak Hill to win the 126th Boston Marathon "
    "in 2:06:51, with Lawrence Cherono second and Benson Kipruto, the 2021 champion, third.\n"
)
NYC_2021 = (
    "Albert Korir wins New York City Marathon\n"
    "NEW YORK, Nov. 7, 2021 — Albert Korir of Kenya won the New York City Marathon on Sunday in 2:08:22, "
    "a year after the 2020 race was cancelled.\n"
)


@pytest.mark.parametrize(
    "file_name, heading, opening, years",
    [
        ("boston.txt", None, BOSTON_2022, {"2022"}),  # the date line's year, not "the 2021 champion"
        ("boston-2019.txt", None, "Cherono wins in Boston", {"2019"}),  # a file name's year between hyphens
        ("results.md", "Results 2020", "The race was cancelled.", {"2020"}),
        ("notes.txt", None, "The 2019 Boston Marathon was the 123rd running.", {"2019"}),
        ("notes.txt", None, "No year here.", set()),
        ("v1.2019.txt", None, "x", set()),  # part of a version, not a year
    ],
)
def test_the_years_a_passage_is_of(file_name: str, heading: str | None, opening: str, years: set[str]) -> None:
    assert years_of(file_name, heading, opening) == years


def test_a_year_goes_with_a_name_close_to_it_in_one_sentence() -> None:
    assert near(name_pattern("Benson Kipruto"), "2021", Dated(BOSTON_2022, frozenset()))
    assert not near(name_pattern("Evans Chebet"), "2021", Dated(BOSTON_2022, frozenset()))  # 128 characters away
    assert near(name_pattern("Albert Korir"), "2021", Dated("The 2021 New York City Marathon was won by Albert Korir.", frozenset()))
    assert not near(name_pattern("Albert Korir"), "2021", Dated("It was 2021.\nAlbert Korir won.", frozenset()))  # another sentence


@pytest.mark.parametrize(
    "text, name, is_near",
    [
        # a sentence that goes on with the one before it, whose year it is (the nineteenth smoke check's q013)
        ("Oswin Tarrant served as chief executive until March 2021, when he became executive chairman. He was succeeded "
         "as chief executive by Lucia Brennock, previously the company's chief operating officer.", "Lucia Brennock", True),
        # not with a year of its own, nor one that names its own subject
        ("Ada Pell won the race in 2019. She won again in 2023, beating Lucia Brennock.", "Lucia Brennock", False),
        ("Ada Pell won the race in 2019. Lucia Brennock, a newcomer, was well beaten.", "Lucia Brennock", False),
        # the first of the year's two: the sentence goes on at the last (a review of this step)
        ("Oswin Tarrant became chief executive in 2010 and served until March 2021. He was succeeded by Lucia Brennock.",
         "Lucia Brennock", False),
        ("Ada Pell won the race in 2021. Her successor as winner, Lucia Brennock, set a record.", "Lucia Brennock", False),
        # two sentences on: the pronoun's sentence goes on with the one just before it only
        ("Ada Pell won the race in 2019. The course was flat. It was won a year later by Lucia Brennock.", "Lucia Brennock", False),
    ],
)
def test_a_sentence_that_goes_on_with_the_one_before_it_has_its_year(text: str, name: str, is_near: bool) -> None:
    year = "2019" if "2019" in text else "2010" if "2010" in text else "2021"
    assert near(name_pattern(name), year, Dated(text, frozenset())) is is_near


def _dated(text: str, name: str = "notes.txt", whole: bool = False) -> Dated:
    return Dated(text, years_of(name, None, text[:300]), whole=whole)


@pytest.mark.parametrize(
    "question, answer, passage, off",
    [
        ("Who won the 2021 Boston Marathon?", "Evans Chebet won the 2021 Boston Marathon [1].", BOSTON_2022, "Evans Chebet"),
        ("Who won the 2021 Boston Marathon?", "Benson Kipruto won it [1].", BOSTON_2022, None),  # the 2021 champion
        ("Who won the 2022 Boston Marathon?", "Evans Chebet won [1].", BOSTON_2022, None),  # the passage is of 2022
        ("Who won the New York City Marathon in 2020?", "Albert Korir won it in 2020 [1].", NYC_2021, "Albert Korir"),
        ("Who won the New York City Marathon in 2021?", "Albert Korir [1].", NYC_2021, None),
        ("Who won the New York City Marathon?", "Albert Korir [1].", NYC_2021, None),  # no year asked
        ("Who won the 2020 race?", "It was cancelled [1].", NYC_2021, None),  # no name: not this check's
        ("Who won the 2020 race?", "Eliud Kipchoge won [1].", NYC_2021, None),  # a name the passage lacks: not this check's
    ],
)
def test_an_answer_whose_name_goes_with_another_year_is_off_year(question: str, answer: str, passage: str, off: str | None) -> None:
    years = [y for y in ("2020", "2021", "2022") if y in question]
    found = off_year(years, question, [(answer, [_dated(passage)])])
    assert (found.anchor if found else None) == off


INFLATION = (
    "US inflation hits 9.1 percent\nWASHINGTON, July 13, 2022 — U.S. consumer prices rose 9.1 percent in the year to "
    "June, the largest increase since November 1981. In 2021, inflation averaged 4.7 percent."
)


@pytest.mark.parametrize(
    "answer, off",
    [
        ("9.1 percent [1]", "9.1"),  # the figure of 2022
        ("4.7 percent [1]", None),  # "In 2021, inflation averaged 4.7 percent"
        ("It averaged 4.7% [1].", None),
        ("On July 13 [1].", None),  # a date: not a figure to tie
        ("2021d [1]", None),  # a release
    ],
)
def test_a_figure_must_go_with_the_year_asked_too(answer: str, off: str | None) -> None:
    found = off_year(["2021"], "What was average US inflation in 2021?", [(answer, [_dated(INFLATION)])])
    assert (found.anchor if found else None) == off
    if found:
        assert found.stating == ("In 2021, inflation averaged 4.7 percent.",)


AIRLINE = (
    "Harbor Air posts record traffic\nJanuary 9, 2025 — Harbor Air carried 15.2 million passengers in 2024, 12% more "
    "than a year earlier. It expects 16 million this year and employs 4,100 staff."
)


@pytest.mark.parametrize(
    "answer, off",
    [
        ("15.2 million passengers [1].", "15.2"),  # the report is of 2025, the figure of 2024
        ("4,100 staff [1].", None),  # no year given for it: the report's
    ],
)
def test_a_figure_the_passage_gives_for_another_year_is_that_years(answer: str, off: str | None) -> None:
    found = off_year(["2025"], "How many passengers did Harbor Air carry in 2025?", [(answer, [_dated(AIRLINE)])])
    assert (found.anchor if found else None) == off

def test_a_figure_given_for_the_year_asked_is_of_it() -> None:
    answer = [("15.2 million passengers [1].", [_dated(AIRLINE)])]
    assert off_year(["2024"], "How many passengers did Harbor Air carry in 2024?", answer) is None


def test_one_cited_passage_of_the_year_is_enough() -> None:
    answer = [("Albert Korir won in 2021 [1][2].", [_dated(BOSTON_2022), _dated(NYC_2021)])]
    assert off_year(["2021"], "Who won the New York City Marathon in 2021?", answer) is None


REVIEW = (
    "'Saltmarsh' review: a slow, haunting chamber piece. There is no link, despite the title, between this film and the "
    "radio serial about the drowned harbour. Saltmarsh, directed by Ines Corvo, follows three sisters through one long "
    "winter on a tidal island. Corvo, on her third feature, rarely moves the camera. Released in cinemas in 2021, it "
    "deserves a wider audience."
)


@pytest.mark.parametrize(
    "passage, off",
    [
        # nothing dates the review and it names one year: its film's (the sixth smoke check's r046)
        (REVIEW, None),
        # two years named: which goes with the director is not told
        (REVIEW.replace("Released in cinemas in 2021", "Shot in 2019 and released in 2021"), "Ines Corvo"),
        # "last year" names another year that an undated passage cannot tell
        (REVIEW.replace("it deserves", "a year after last year's festival run, it deserves"), "Ines Corvo"),
        # the only year is not the year asked
        (REVIEW.replace("2021", "2019"), "Ines Corvo"),
    ],
)
def test_an_undated_short_document_that_names_one_year_is_of_it(passage: str, off: str | None) -> None:
    found = off_year(["2021"], "Who directed the 2021 film Saltmarsh?", [("Ines Corvo directed it [1].", [_dated(passage, whole=True)])])
    assert (found.anchor if found else None) == off


def test_a_part_of_a_document_that_names_one_year_is_not_of_it() -> None:
    # a talk's title page names its workshop's year, not the year of its authors' affiliations (the documents set's d034)
    found = off_year(["2021"], "Who directed the 2021 film Saltmarsh?", [("Ines Corvo directed it [1].", [_dated(REVIEW)])])
    assert found is not None and found.anchor == "Ines Corvo"


def test_a_dated_passage_that_names_one_year_more_is_not_of_it() -> None:
    dated = _dated(
        "Harbour notes\nMarch 2, 2020 — Saltmarsh, directed by Ines Corvo, follows three sisters through one long winter. "
        "The studio says it will reach cinemas in 2021.",
        whole=True,
    )
    assert dated.years == frozenset({"2020"})
    found = off_year(["2021"], "Who directed the 2021 film Saltmarsh?", [("Ines Corvo [1].", [dated])])
    assert found is not None and found.anchor == "Ines Corvo"


@pytest.fixture
def rt(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> Runtime:
    folder = tmp_path / "results"
    folder.mkdir()
    (folder / "nyc.txt").write_text(NYC_2021)
    (folder / "boston.txt").write_text(BOSTON_2022)
    return ingested_runtime(folder)


OFF = "Albert Korir won the New York City Marathon in 2020 [1]."


def test_an_off_year_answer_is_asked_for_once_more_then_refused(rt: Runtime) -> None:
    gen = FakeGenerator([OFF, OFF])
    rt._generator = gen
    answer = ask("Who won the New York City Marathon in 2020?", rt)
    assert len(gen.calls) == 2 and gen.calls[1][-1]["content"].startswith("The question asks about 2020, but the passages do not give Albert Korir")
    assert '"a year after the 2020 race was cancelled."' not in gen.calls[1][-1]["content"]  # that sentence holds Korir
    assert answer.refused and answer.refusal_reason == "off-year" and answer.citations == []


def test_an_off_year_answer_corrected_when_asked_again_is_kept(rt: Runtime) -> None:
    gen = FakeGenerator(["Evans Chebet won the 2021 Boston Marathon [1].", "Benson Kipruto won the 2021 Boston Marathon [1]."])
    rt._generator = gen
    answer = ask("Who won the 2021 Boston Marathon?", rt)
    assert '"Evans Chebet' not in gen.calls[1][-1]["content"]  # the sentence naming 2021 also holds Chebet
    assert not answer.refused and "Kipruto" in answer.text, (answer.refusal_reason, answer.raw, answer.first_raw)


def test_an_answer_of_the_year_asked_is_kept(rt: Runtime) -> None:
    rt._generator = FakeGenerator(["Albert Korir won the New York City Marathon in 2021 [1]."])
    answer = ask("Who won the New York City Marathon in 2021?", rt)
    assert not answer.refused and "Korir" in answer.text


def test_a_name_that_starts_like_a_month_is_a_name() -> None:
    from rag.answering.years import anchor

    found = anchor("Who won?", "Novak Djokovic won [1].")
    assert found is not None and found[0] == "Novak Djokovic"
    assert anchor("When?", "On Sept. 14 [1].") is None and anchor("When?", "Monday [1].") is None



def test_a_figure_said_on_a_weekday_is_a_figure() -> None:
    from rag.answering.years import anchor

    # asked how many, the weekday the company spoke on does not make the answer a date
    found = anchor("How many passengers did Tarsus Air carry in 2024?", "15.2 million passengers in 2023, the company said on Tuesday.")
    assert found is not None and found[0] == "15.2"
    assert anchor("How much may revenue reach?", "Revenue may reach 5.2 billion.") is not None
    assert anchor("How many came?", "300 came on May 4.") is None  # a date


def test_a_time_is_one_figure() -> None:
    from rag.answering.years import anchor

    # a runner's time whole, not its minutes; the question's own possessive is no name of the answer's (the
    # thirteenth smoke check's q030)
    found = anchor("What is Marisol Fenn's personal best over 400 metres?", "Marisol Fenn's personal best is 2:00.12 [1].")
    assert found is not None and found[0] == "2:00.12"
    assert found[1].search("ran 2:00.12 in June") and not found[1].search("ran 2:00.15")


BOOKER_2023 = (
    "Georgi Gospodinov wins International Booker\n"
    "LONDON, May 23, 2023 — Georgi Gospodinov's \"Time Shelter\" won the International Booker Prize on Tuesday. "
    "Last year's winner was \"Tomb of Sand\" by Geetanjali Shree, translated by Daisy Rockwell.\n"
)


@pytest.mark.parametrize(
    "text, own, found",
    [
        ("Last year's winner was Shree.", 2023, [(0, 9, "2022")]),
        ("It sold out a year ago.", 2023, [(12, 22, "2022")]),
        ("The final is next year; this year it rained.", 2023, [(13, 22, "2024"), (24, 33, "2023")]),
        ("a year after the 2020 race was cancelled", 2021, []),  # relative to the 2020 race, not to the report
        ("the last years of his life", 2021, []),
    ],
)
def test_years_named_relative_to_the_report(text: str, own: int, found: list[tuple[int, int, str]]) -> None:
    from rag.dates import relative_years

    assert relative_years(text, own) == found


def test_a_name_goes_with_the_year_its_report_calls_last_year() -> None:
    answer = [("Geetanjali Shree won the International Booker in 2022 [1].", [Dated(BOOKER_2023, frozenset({"2023"}), 2023)])]
    assert off_year(["2022"], "Who won the International Booker in 2022?", answer) is None
    # without the report's own year "last year" is no year: the name is tied to none asked
    undated = [("Geetanjali Shree won the International Booker in 2022 [1].", [Dated(BOOKER_2023, frozenset({"2023"}))])]
    assert off_year(["2022"], "Who won the International Booker in 2022?", undated) is not None
    # and the report's own winner is still off-year for 2022
    gospodinov = [("Georgi Gospodinov won the International Booker in 2022 [1].", [Dated(BOOKER_2023, frozenset({"2023"}), 2023)])]
    found = off_year(["2022"], "Who won the International Booker in 2022?", gospodinov)
    # quoted with the year "last year" names written out: the model is told which year's that winner is
    assert found is not None and found.stating == ("Last year's (2022) winner was \"Tomb of Sand\" by Geetanjali Shree, translated by Daisy Rockwell.",)


PLOUGHING_2023 = (
    "Rundell Ploughing Match draws record entry\nFarming pages | 10 October 2023\n"
    "More than 120 ploughmen and women competed at the Rundell Ploughing Match on Saturday. The horse-drawn class was "
    "won by Tomos Ashworth with his pair of Clydesdales, Duke and Bess; last year's horse-class champion, Elspeth "
    "Gorrie, was second.\n"
)


def test_another_clauses_year_is_not_the_names() -> None:
    # 44 characters apart, but a semicolon parts them: "last year" is Gorrie's (the twenty-second smoke check's q080)
    report = Dated(PLOUGHING_2023, frozenset({"2023"}), 2023)
    assert not near(name_pattern("Tomos Ashworth"), "2022", report)
    assert near(name_pattern("Elspeth Gorrie"), "2022", report)
    q = "Who won the horse-drawn class at the 2022 Rundell Ploughing Match?"
    found = off_year(["2022"], q, [("Tomos Ashworth won the horse-drawn class in 2022 [1].", [report])])
    # the clause that names 2022 is quoted without the other's name, its year written out
    assert found is not None and found.stating == ("last year's (2022) horse-class champion, Elspeth Gorrie, was second.",)
    assert off_year(["2022"], q, [("Elspeth Gorrie won the horse-drawn class in 2022 [1].", [report])]) is None
    # a list of winners by year ties each name to its own item's year
    listed = Dated("Past winners: 2021: Ann Pell; 2022: Tom Brandt; 2023: Ida Moss.", frozenset())
    assert near(name_pattern("Tom Brandt"), "2022", listed) and not near(name_pattern("Ann Pell"), "2022", listed)
    assert near(name_pattern("Benson Kipruto"), "2021", Dated(BOSTON_2022, frozenset()))  # a comma does not part them
    # a year before the name sets the scene for the clauses after it (a review of this step)
    scene = Dated("In 2022, Tom Brandt won the men's race; Ann Pell took the women's title.", frozenset())
    assert near(name_pattern("Ann Pell"), "2022", scene)


def test_a_name_its_report_calls_last_years_is_not_sent_back(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    folder = tmp_path / "prizes"
    folder.mkdir()
    # names 2022 (so it meets the question's year) and calls 2022's winner last year's
    (folder / "booker-2023.txt").write_text(BOOKER_2023 + "The 2022 shortlist was announced in April.\n")
    (folder / "nyc.txt").write_text(NYC_2021)
    rt = ingested_runtime(folder)
    gen = FakeGenerator(["Geetanjali Shree won it in 2022 [1]."])
    rt._generator = gen
    answer = ask("Who won the International Booker in 2022?", rt)
    assert not answer.refused and "Shree" in answer.text, (answer.refusal_reason, answer.raw)
    assert len(gen.calls) == 1  # not sent back as off-year


def test_a_report_that_names_the_year_asked_only_as_last_year_is_shown(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    # the 2023 report never writes 2022: before, no passage met the question's year and rag refused unasked
    folder = tmp_path / "prizes"
    folder.mkdir()
    (folder / "booker-2023.txt").write_text(BOOKER_2023)
    rt = ingested_runtime(folder)
    gen = FakeGenerator(["Geetanjali Shree won it [1]."])
    rt._generator = gen
    answer = ask("Who won the International Booker in 2022?", rt)
    assert len(gen.calls) == 1 and "Geetanjali Shree" in gen.calls[0][-1]["content"]
    assert not answer.refused and "Shree" in answer.text, (answer.refusal_reason, answer.raw)
    # asked about 2021, it names no such year, written or relative: refused before the model
    gen = FakeGenerator(["Geetanjali Shree won it [1]."])
    rt._generator = gen
    assert ask("Who won the International Booker in 2021?", rt).refusal_reason == "constraint" and not gen.calls


@pytest.mark.parametrize(
    "text, own, written",
    [
        ("Last year's runner-up Arlan is seeded third.", 2024, "Last year's (2023) runner-up Arlan is seeded third."),
        ("It sold out a year ago; this year it did not.", 2023, "It sold out a year ago (2022); this year (2023) it did not."),
        ("a year after the 2020 race", 2021, "a year after the 2020 race"),
    ],
)
def test_relative_years_written_out_for_the_models_check(text: str, own: int, written: str) -> None:
    from rag.dates import with_years

    assert with_years(text, own) == written


def test_a_short_document_that_names_one_year_is_of_it_when_asked(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    folder = tmp_path / "reviews"
    folder.mkdir()
    (folder / "review.txt").write_text(REVIEW + "\n")
    # a long document's part that names 2021 once, far from the name: not the whole document, so not of 2021
    filler = " ".join(f"The harbour ferry number {n} keeps its winter timetable without change." for n in range(40))
    (folder / "harbour-notes.txt").write_text(f"{filler}\n\nThe Gull Rock lamp, restored by Ada Pell, shines over the bay again. Its keepers kept a log for generations. The lamp was relit in 2021.\n")
    rt = ingested_runtime(folder)
    gen = FakeGenerator(["Ines Corvo directed it [1]."])
    rt._generator = gen
    answer = ask("Who directed the 2021 film Saltmarsh?", rt)
    assert not answer.refused and "Corvo" in answer.text, (answer.refusal_reason, answer.raw)
    assert len(gen.calls) == 1  # not sent back as off-year
    gen = FakeGenerator(["Ada Pell restored it [1].", "Ada Pell restored it [1]."])
    rt._generator = gen
    answer = ask("Who restored the Gull Rock lamp in 2021?", rt)
    assert len(gen.calls) == 2 and "do not give Ada Pell for 2021" in gen.calls[1][-1]["content"], answer.raw


CUP = (
    "It was a day for the climbers on the reservoir roads. Mara Holt, the 2021 champion, punctured at the worst moment "
    "of the long climb, and Ines Varo took her chance, riding the last 20 km alone to win the women's race at the 2022 "
    "Tarrow Cup by 52 seconds. Lea Brun was second."
)


@pytest.mark.parametrize(
    "passage, whole, off",
    [
        # the sentence that holds her name writes the year asked beside the event (the seventh smoke check's q072)
        (CUP, True, None),
        (CUP.replace("the 2022 Tarrow Cup", "the Tarrow Cup in 2022"), True, None),
        # a part of a longer document, or a report dated another year, is not tied so
        (CUP, False, "Ines Varo"),
        ("Harbour Gazette\nMay 4, 2023 — " + CUP, True, "Ines Varo"),
        # the year beside another event
        (CUP.replace("2022 Tarrow Cup", "2022 Lisk Classic"), True, "Ines Varo"),
    ],
)
def test_a_short_report_that_writes_the_year_asked_beside_its_event_is_of_it(passage: str, whole: bool, off: str | None) -> None:
    dated = Dated(passage, years_of("notes.txt", None, passage[:120]), 2023 if "2023" in passage else None, whole=whole)
    found = off_year(["2022"], "Who won the women's Tarrow Cup in 2022?", [("Ines Varo won it [1].", [dated])])
    assert (found.anchor if found else None) == off


def test_a_name_goes_with_a_year_inside_the_span_it_is_given() -> None:
    passage = _dated("The university is led by a vice-chancellor: Helmut Sarne served from 2005 to 2014, Ada Pell from 2014 to 2022.")
    question = "Who was vice-chancellor of the university in 2018?"
    assert off_year(["2018"], question, [("Ada Pell [1].", [passage])]) is None
    found = off_year(["2024"], question.replace("2018", "2024"), [("Ada Pell [1].", [passage])])
    assert found is not None and found.anchor == "Ada Pell"


def test_a_sentences_subject_goes_with_a_span_later_in_it() -> None:
    # an encyclopedia's opening: the span is 80 characters from the name, a birth year between (the fifteenth smoke
    # check's q036)
    passage = _dated(
        "Imogen Sallow (born 1968) is an Essland politician who served as Mayor of Halden Cross from 2017 to 2021. "
        "She previously sat on the town council."
    )
    question = "Who was mayor of Halden Cross in 2019?"
    assert off_year(["2019"], question, [("Imogen Sallow was mayor in 2019 [1].", [passage])]) is None
    found = off_year(["2024"], question.replace("2019", "2024"), [("Imogen Sallow [1].", [passage])])
    assert found is not None and found.anchor == "Imogen Sallow"
    # another's clause between them parts them
    other = _dated("Helmut Sarne (born 1950) was a councillor for many years, and Ada Pell served as mayor from 2014 to 2022.")
    found = off_year(["2018"], "Who was mayor in 2018?", [("Helmut Sarne [1].", [other])])
    assert found is not None and found.anchor == "Helmut Sarne"


def test_a_span_of_years_goes_with_the_name_just_before_it() -> None:
    # a list of office holders: the span that holds 2018 is Ada Pell's, 40 characters from Helmut Sarne's name
    passage = _dated("The university is led by a vice-chancellor: Helmut Sarne served from 2005 to 2014, Ada Pell from 2014 to 2022.")
    question = "Who was vice-chancellor of the university in 2018?"
    found = off_year(["2018"], question, [("Helmut Sarne served from 2005 to 2014, Ada Pell from 2014 to 2022 [1].", [passage])])
    assert found is not None and found.anchor == "Helmut Sarne"
    # a title in capitals between a name and its span does not part them; a span before the name is its too
    for text in ("Ada Pell, Vice Chancellor from 2014 to 2022, left for Oxford.", "From 2014 to 2022 the post was held by Ada Pell."):
        assert off_year(["2018"], question, [("Ada Pell [1].", [_dated(text)])]) is None


def test_a_span_that_holds_the_year_asked_says_so_for_the_models_check() -> None:
    from rag.dates import with_spans

    text = "Helmut Sarne served from 2005 to 2014, Ada Pell from 2014 to 2022, and Rho Kemp since 2022."
    assert with_spans(text, [2018]) == text.replace("2014 to 2022", "2014 to 2022 (so in 2018)")
    assert with_spans(text, [2014]) == text.replace("2005 to 2014", "2005 to 2014 (so in 2014)").replace(
        "2014 to 2022", "2014 to 2022 (so in 2014)"
    )
    assert with_spans(text, [2030]) == text and with_spans(text, []) == text


# the sixteenth smoke check's q003: a cup final's report dated in May 2023 is of the 2022-23 season, though it names
# 2023-24's season tickets
FINAL = (
    "Ravensholm Ladies FC newsletter - Cup final special\n\nWhat a day! For those who couldn't make it to Glenharrow Park "
    "on 20 May 2023, here's how we won the Keldor Women's Cup final to round off our 2022-23 season. Final score after "
    "extra time: Ravensholm Ladies 2, Tamsford Women 1.\n\nSeason tickets for 2023-24 go on sale in June."
)


@pytest.mark.parametrize(
    "question, text, month, off",
    [
        ("Which club won the women's Keldor Cup last season (2023-24)?", FINAL, 5, True),
        ("Which club won the women's Keldor Cup in 2022/23?", FINAL, 5, False),
        ("Which club won the women's Keldor Cup in 2023-24?", FINAL.replace("Cup final special", "the 2023-24 season in review"), 5, False),
        ("Which club won the women's Keldor Cup in 2023-24?", FINAL, None, False),  # no month: the date line's year is enough
        ("Which club won the women's Keldor Cup in 2023-24?", FINAL, 7, False),  # a summer's report may be of either season
        ("Which club won the women's Keldor Cup in 2023 and 2024?", FINAL, 5, False),  # two years, not a season
        ("Which club won the women's Keldor Cup in 2023?", FINAL, 5, False),
    ],
)
def test_a_report_dated_in_another_season_is_not_of_the_season_asked(question: str, text: str, month: int | None, off: bool) -> None:
    passage = Dated(text, years_of("n0316.txt", None, text), 2023, True, month)
    years = [c.text for c in Requirements.of(question).constraints]
    found = off_year(years, question, [("Ravensholm Ladies won it [1].", [passage])])
    assert (found is not None) is off
