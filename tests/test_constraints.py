"""The question's hard constraints (years, versions, identifiers): extracted, met by passages in their own
context, ranked up by retrieval, and required of the passage an answer cites (issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from rag.answering.answer import ask
from rag.index.constraints import Constraint, Requirements, extract, meets
from rag.index.kinds import beside_marked, qualifiers
from rag.index.retrieval import search
from rag.runtime import Runtime
from rag.testing import FakeGenerator


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Who won the 2021 race?", [("2021", "year")]),
        ("What did openssl 3.0.12 fix?", [("3.0.12", "version")]),
        ("Which bookworm package 3.0.14-1~deb12u2 fixed it?", [("3.0.14-1~deb12u2", "version")]),
        ("Which release fixed CVE-2023-5363 in 2023?", [("CVE-2023-5363", "id"), ("2023", "year")]),
        ("What closed bug #926148?", [("926148", "id")]),
        ("How many people live in the city?", []),
        # a date names its year
        ("What changed in Python 3.10 on 2021-10-04?", [("2021", "year"), ("3.10", "version")]),
        ("Is there a leap second on 2025/12/31, or on 30/06/2025 or 6/30/2026?", [("2025", "year"), ("2026", "year")]),
        ("What does build 20211004 or bug 12/34/2021 say?", []),  # a date code and no date
        ("What happened in the 1990s and on 5 May 1998?", [("1998", "year")]),
        ("What did openssl 1.1.1d fix, and Python 3.8.0b2?", [("1.1.1d", "version"), ("3.8.0b2", "version")]),
        ("Who uploaded tzdata 2024a-0+deb12u2, after R2019b?", [("2024a-0+deb12u2", "version"), ("2019b", "version")]),
        ("When did Fiji start DST for the 2020/2021 season?", [("2020", "year"), ("2021", "year")]),
        ("Who won the 2021-22 title?", [("2021", "year"), ("2022", "year")]),
        ("What changed from 1990-1995?", []),  # a range, not a season: neither end is required
    ],
)
def test_extract(question: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.text, c.kind) for c in extract(question)] == expected


@pytest.mark.parametrize(
    "version, context, met",
    [("2024a", "tzdata (2024a-0+deb12u1) bookworm", True), ("2024a", "release 2024ab", False),
     ("1.1.1d", "openssl (1.1.1d-1) unstable", True), ("1.1.1d", "openssl 1.1.1de", False), ("1.1.1d", "openssl 1.1.1", False)],
)
def test_a_letter_release_is_met_by_itself_and_its_packages(version: str, context: str, met: bool) -> None:
    assert meets([Constraint(version, "version")], context) is met


def test_meets_is_exact_about_versions_and_years() -> None:
    v = [Constraint("3.0.1", "version")]
    assert meets(v, "openssl (3.0.1-1) unstable") and meets(v, "New upstream 3.0.1.")
    assert not meets(v, "New upstream 3.0.12") and not meets(v, "version 13.0.1")
    assert meets([Constraint("3.10", "version")], "python3.10 (3.10.2-7)") and not meets([Constraint("3.10", "version")], "3.1 and 3.100")
    y = [Constraint("2021", "year")]
    assert meets(y, "the 2021 race") and meets(y, "on 2021-03-04") and not meets(y, "in 20210 runs") and not meets(y, "in 2019")
    assert meets([Constraint("CVE-2023-5363", "id")], "fixes cve-2023-5363.")
    assert not meets([Constraint("CVE-2023-536", "id")], "CVE-2023-5363")


@pytest.mark.parametrize(
    "context, met",
    [
        ("adaeze pollard from 2014 to 2022", True),  # the seventh smoke check's q036, asked about 2018
        ("she served 2014\u20132022", True),
        ("between 2016 and 2019 the hall was shut", True),
        ("in 2014 and 2022 the hall was shut", False),  # two years, not the ones between
        ("from 2019 to 2022", False),
        ("from 2022 to 2014", False),
        # a season speaks of both its years (the fifteenth smoke check's q019, asked about 2018-19)
        ("the 2017-18 season", True),
        ("the 2017/18 season", True),
        ("the 2018-19 season", True),
        ("the 2016-17 season", False),
        ("on 2017-12-01", False),  # a date's month is no season's year
    ],
)
def test_a_year_is_met_by_a_span_of_years_that_holds_it(context: str, met: bool) -> None:
    assert meets([Constraint("2018", "year")], context) is met


def test_a_seasons_question_is_met_by_the_season_as_passages_write_it() -> None:
    required = Requirements.of("In which position did Ashcombe Vale finish in the First Division in 2018-19?")
    assert required.met_by("The 2018-19 season was the club's 97th. The club finished fourth.")
    assert not required.met_by("The 2017-18 season was the club's 96th. The club finished seventh.")


def test_retrieval_finds_a_span_of_years_that_holds_the_year_asked(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    folder = tmp_path / "heads"
    folder.mkdir()
    (folder / "ridge.txt").write_text("The university is led by a vice-chancellor: Ada Pell from 2014 to 2022, then Tom Rusk.\n")
    (folder / "open.txt").write_text("Ada Pell opened the 2018 chess open at the Corn Exchange.\n")
    retriever = ingested_runtime(folder).retriever()
    meeting, _ = retriever._meeting_constraints("Who was vice-chancellor of the university in 2018?")
    assert sorted(retriever.index.chunks[p].file_name for p in meeting) == ["open.txt", "ridge.txt"]


@pytest.fixture
def releases(tmp_path: Path) -> Path:
    """Release notes of the same kind, year after year: near misses of each other."""
    folder = tmp_path / "releases"
    folder.mkdir()
    for version, year, fix in [("4.1.0", 2019, "the parser crash"), ("4.2.0", 2020, "the memory leak in the cache"), ("4.4.0", 2022, "the slow start")]:
        (folder / f"widget-{version}.txt").write_text(
            f"Widget {version} ({year})\nPublished 5 May {year}.\n\nThis release of the widget library fixed {fix}. "
            "Thanks to everyone who reported it.\n",
            encoding="utf-8",
        )
    return folder


@pytest.fixture
def rt(releases: Path, ingested_runtime: Callable[..., Runtime]) -> Runtime:
    return ingested_runtime(releases)


def test_retrieval_ranks_the_passage_that_meets_the_constraint_first(rt: Runtime) -> None:
    hits = search("Which fix did the widget library release 4.2.0 list?", rt, k=3)
    assert hits[0].chunk.file_name == "widget-4.2.0.txt"
    hits = search("Which fix did the widget library release of 2022 list?", rt, k=3)
    assert hits[0].chunk.file_name == "widget-4.4.0.txt"


def test_an_answer_from_a_near_miss_is_refused(rt: Runtime) -> None:
    # 4.3.0 is not in the folder: its neighbours are, and the model answers from one of them
    gen = FakeGenerator(["This release of the widget library fixed the slow start [1]."])
    rt._generator = gen
    answer = ask("Which fix did the widget library release 4.3.0 list?", rt)
    assert answer.refused and answer.refusal_reason == "constraint"
    assert gen.calls == []  # refused before the model is asked: every passage is a near miss


def test_a_near_miss_refusal_says_why(rt: Runtime) -> None:
    import io

    from rich.console import Console

    from rag.cli.repl import print_answer

    rt._generator = FakeGenerator(["This release of the widget library fixed the slow start [1]."])
    answer = ask("Which fix did the widget library release 4.3.0 list?", rt)
    out = io.StringIO()
    print_answer(Console(file=out, width=200), answer)
    lines = out.getvalue().splitlines()
    assert lines[0] == "I could not find the answer in the documents."
    assert lines[1] == "Note: the passages found are about other years, releases, editions or kinds than 4.3.0, which the question names (rag search shows them)."
    out = io.StringIO()
    print_answer(Console(file=out, width=200), ask("Which fix did the widget library release 4.2.0 list?", rt))
    assert "Note:" not in out.getvalue()


def test_an_answer_from_the_passage_asked_about_stands(rt: Runtime) -> None:
    rt._generator = FakeGenerator(["This release of the widget library fixed the memory leak in the cache [1]."])
    answer = ask("Which fix did the widget library release 4.2.0 list?", rt)
    assert not answer.refused and "memory leak" in answer.text
    assert answer.citations[0].hit.chunk.file_name == "widget-4.2.0.txt"


def test_only_the_passages_that_meet_the_constraint_are_shown(rt: Runtime) -> None:
    """The neighbouring releases' passages are retrieved too, but the model sees only the one asked about."""
    gen = FakeGenerator(["This release of the widget library fixed the memory leak in the cache [1]."])
    rt._generator = gen
    answer = ask("Which fix did the widget library release of 2020 list?", rt)
    assert {h.chunk.file_name for h in answer.hits} >= {"widget-4.1.0.txt", "widget-4.2.0.txt"}
    prompt = gen.calls[0][-1]["content"]
    assert len(gen.calls) == 1 and "Widget 4.2.0" in prompt and "4.1.0" not in prompt and "4.4.0" not in prompt
    assert not answer.refused and "memory leak" in answer.text


def test_a_chat_follow_up_is_held_to_its_own_year(rt: Runtime) -> None:
    """"And in 2022?" after a question about 2020: the joined search query names both years, but the
    follow-up asks about 2022 only; held to both, every passage would be a near miss."""
    gen = FakeGenerator(["This release of the widget library fixed the slow start [1]."])
    rt._generator = gen
    answer = ask("And in 2022?", rt, search_query="And in 2022? Which fix did the widget library release of 2020 list?")
    assert not answer.refused and "slow start" in answer.text
    assert "Widget 4.4.0" in gen.calls[0][-1]["content"] and "4.2.0" not in gen.calls[0][-1]["content"]


def test_a_chat_follow_up_without_a_year_keeps_the_one_before(rt: Runtime) -> None:
    gen = FakeGenerator(["This release of the widget library fixed the memory leak in the cache [1]."])
    rt._generator = gen
    answer = ask("And what did it fix?", rt, search_query="And what did it fix? Which widget library release came out in 2020?")
    assert not answer.refused and "4.1.0" not in gen.calls[0][-1]["content"] and "Widget 4.2.0" in gen.calls[0][-1]["content"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("It was imported on July 13.", "It was imported on July 13, 2025."),
        ("It was imported on 13 July.", "It was imported on 13 July 2025."),
        ("It came on the 13th of Jul, they said.", "It came on the 13th of Jul 2025, they said."),
        ("It was imported on July 13, 2025.", "It was imported on July 13, 2025."),  # has its year
        ("It was imported on July 14.", "It was imported on July 14."),  # the passage gives no year for that day
        ("It shipped on May 3.", "It shipped on May 3."),  # two years for that day: left alone
    ],
)
def test_a_date_gets_the_year_its_passage_states(sentence: str, expected: str) -> None:
    from rag.answering.completion import complete_dates

    passages = ["openssl (3.0.17-1~deb12u1) bookworm-security\n -- Sebastian  Sun, 13 Jul 2025 10:00:00 +0200", "May 3, 2020 and 3 May 2021"]
    assert complete_dates(sentence, passages) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("They go on sale on September 24.", "They go on sale on September 24."),  # three months back
        ("It opens on January 5.", "It opens on January 5, 2022."),  # announced in December: the next year's
        ("It began on Oct. 7.", "It began on Oct. 7."),  # two months back: maybe another year's (2023's)
        ("It began on Nov. 27.", "It began on Nov. 27, 2021."),  # the month before the report's
        ("It opened on September 30.", "It opened on September 30."),  # a day the report does not name
    ],
)
def test_a_date_the_report_names_without_a_year_gets_the_year_of_its_date_line(sentence: str, expected: str) -> None:
    from rag.answering.completion import complete_dates

    report = (
        "Apple unveils iPhone 13\nCUPERTINO, Dec. 14, 2021 — Preorders began on Nov. 27; the phones go on sale on "
        "September 24 and a case on January 5, a year after the Oct. 7 attack."
    )
    assert complete_dates(sentence, [report]) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the report is dated Thursday, November 17, 2022 (the sixth smoke check's r048)
        ("It opened to the public on Thursday [1].", "It opened to the public on Thursday, November 17, 2022 [1]."),
        ("The first visitors came on Tuesday.", "The first visitors came on Tuesday, November 15, 2022."),  # the Tuesday before
        ("It opened on Thursday, November 17.", "It opened on Thursday, November 17."),  # a date already follows
        ("The garden opens on Saturday.", "The garden opens on Saturday."),  # ahead of the report: "will open"
        ("The final was on Sunday.", "The final was on Sunday."),  # ahead of the report: "is on Sunday"
        ("It closed on Monday.", "It closed on Monday."),  # a weekday the report does not name
    ],
)
def test_a_weekday_gets_the_date_its_reports_date_line_puts_it_on(sentence: str, expected: str) -> None:
    from rag.answering.completion import complete_weekdays

    report = (
        "Tellmark's library opens\nTELLMARK, Nov. 17, 2022 — The library opened to the public on Thursday. The first "
        "visitors had a preview on Tuesday. Its rooftop garden will open on Saturday. The chess final is on Sunday."
    )
    assert complete_weekdays(sentence, [report]) == expected
    assert complete_weekdays(sentence, ["The library opened to the public on Thursday."]) == sentence  # no date line


def test_a_plan_an_outcome_is_compared_with_is_no_day_to_come() -> None:
    # the eighth smoke check's q080: "later than planned" read as a plan, and the weekday was left without its date
    from rag.answering.completion import complete_weekdays

    report = (
        "Quayside metro extension finally opens\nLORVAN, March 11, 2023 (Staff) - The Merrow Line extension to Quayside "
        "opened to passengers on Saturday, three months later than planned, after signalling problems delayed testing."
    )
    said = "It opened on Saturday, three months later than planned [1]."
    assert complete_weekdays(said, [report]) == "It opened on Saturday, March 11, 2023, three months later than planned [1]."
    planned = report.replace("opened to passengers on Saturday, three months later than planned", "is planned to open on Saturday")
    assert complete_weekdays(said, [planned]) == said


def test_asked_when_an_answers_weekday_gets_its_date(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    # the headline's present tense ("opens") tells of the past
    (folder / "library.txt").write_text(
        "Tellmark's library opens\n\nTELLMARK, Nov. 17, 2022 — The library opened to the public on Thursday. "
        "Traffic counts will be published after its first year.\n"
    )
    rt = ingested_runtime(folder, FakeGenerator(["The library opened on Thursday [1].", "The library opened on Thursday [1]."]))
    assert ask("When did the Tellmark library open?", rt).text == "The library opened on Thursday, November 17, 2022 [1]."
    answer = ask("What opened in Tellmark?", rt)  # not asked when: left as written
    assert not answer.refused and answer.text == "The library opened on Thursday [1]."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The second weekend is April 21-23.", "The second weekend is April 21-23, 2023."),  # after the range
        ("It runs April 21 to 23.", "It runs April 21 to 23, 2023."),
        ("It runs April 21\u201323.", "It runs April 21\u201323, 2023."),
        ("It runs April 21-23, 2023.", "It runs April 21-23, 2023."),  # the year already there
        ("It runs 21-23 April.", "It runs 21-23 April 2023."),
    ],
)
def test_a_range_of_days_gets_its_year_after_the_range(sentence: str, expected: str) -> None:
    from rag.answering.completion import complete_dates

    report = "Coachella sets 2023 dates\nINDIO, Jan. 12, 2023 \u2014 The festival runs April 14-16 and April 21-23 (21-23 April)."
    assert complete_dates(sentence, [report]) == expected


def test_ask_completes_the_date(rt: Runtime) -> None:
    rt._generator = FakeGenerator(["Widget 4.2.0 was released on May 5 [1]."])
    answer = ask("When was the widget library release 4.2.0 released?", rt)
    assert not answer.refused and answer.text == "Widget 4.2.0 was released on May 5, 2020 [1]."


@pytest.mark.parametrize(
    "question, context, conflicts",
    [
        ("Who directed the film Dune?", "dune (video game) was developed by cryo; its director was x", True),
        ("Who directed the film Dune?", "dune, the 2021 film by denis villeneuve, adapts the novel", False),
        ("Who directed the film Dune?", "the video game was based on the film", False),  # names both: no conflict
        ("Who directed the film Dune?", "dune premiered in venice", False),  # names neither
        # a passage about a game rarely says "video game"
        ("Who directed the film Uncharted?", "uncharted is a 2007 action-adventure game developed by naughty dog", True),
        ("Who directed the film Uncharted?", "the game was released for the playstation 3 in 2007", True),
        ("Who directed the film Uncharted?", "the film adapts the playstation game", False),
        ("Who directed the film Heat?", "the home team lost the game in overtime", False),  # a match is not a video game
        ("Who won the women's 100 m in 2021?", "men's 100 m, 2021: marcell jacobs won the final", True),
        ("Who won the women's 100 m in 2021?", "thompson-herah won the women's final in 2021", False),
        ("Who won the men's race?", "the women's race was won by x", True),
        ("Who won the men's race?", "the race for men and women", False),
        # a report leaves the men's race unsaid and names the women's; a women's event says so in its head
        ("Who won the men's marathon?", "results.txt\nreyk wins marathon\n\nreyk won the marathon. a won the women's race", False),
        ("Who won the men's cup final?", "dunmere_womens_cup_final.txt\n\nmoyle scored the winner", True),
        ("Who won the men's cup final?", "final.txt\nmoyle's women's side win the cup\n\nmoyle scored", True),
        # a women's event's report names it or calls its winner "she"; one that says "he" and neither is the men's
        ("Which club won the women's Keldor Cup?", "ostwick rovers won the keldor cup, manager sean tolliver said his side", True),
        ("Which club won the women's Keldor Cup?", "ravensholm ladies won the keldor cup, said his side", False),
        ("Who won the women's race?", "ada fennimore won the race in 2:31, her first win; he said", False),
        # alone, a report that says neither may be either (rag.index.kinds.beside_marked decides beside a marked one)
        ("Who won the women's singles in 2024?", "swiatek retains crown 8 june 2024 — iga swiatek beat jasmine paolini", False),
        ("Who won the men's race?", "ostwick rovers won the keldor cup, manager sean tolliver said his side", False),
    ],
)
def test_a_passage_about_another_kind_of_thing_is_a_near_miss(question: str, context: str, conflicts: bool) -> None:
    required = Requirements.of(question)
    assert required and required.met_by(context) is not conflicts


@pytest.mark.parametrize(
    "question, context, head, conflicts",
    [
        # the men's race's report says when the women's is; its file name says whose it is (smoke check p042)
        ("Who won the women's Tour in 2023?", "pell won the 2023 tour. the women's race takes place in august.", "kessmark_men_2023.txt\npell seals tour", True),
        ("Who won the women's Tour in 2023?", "pell won the 2023 tour.", "kessmark_mens_2023.txt", True),
        ("Who won the women's Tour in 2023?", "the women's race: ada won the 2023 tour.", "kessmark_women_2023.txt", False),
        ("Who won the women's Tour in 2023?", "the women's race: ada won the 2023 tour.", "tour_2023.txt\nmen and women race", False),
        ("Who won the women's Tour in 2023?", "the women's race: ada won the 2023 tour.", "tour_2023.txt\nada takes the tour", False),
        ("Who won the men's Tour in 2023?", "pell won. the women's race is in august.", "kessmark_women_2023.txt", True),
        # a headline does not decide a work's kind: "film festival honours novelist" may be about a novel
        ("Which novel won the prize?", "the novel the quiet river won the prize", "prize.txt\nfilm festival honours novelist", False),
    ],
)
def test_a_passage_whose_head_names_only_another_race_is_a_near_miss(question: str, context: str, head: str, conflicts: bool) -> None:
    required = Requirements.of(question)
    assert required and required.met_by(context, head) is not conflicts


@pytest.mark.parametrize(
    "question, context, conflicts",
    [
        # the twenty-first smoke check's q031: the video game's page names the film only to set it apart
        ("Who composed the score for the film Glass Orchard?",
         "u0758.txt\nglass orchard (video game) glass orchard is a 2019 puzzle-adventure video game. its music was composed "
         "by anders kvale. it shares its title with, but is unrelated to, the 2016 film.", True),
        ("Who composed the score for the film Glass Orchard?",
         "glass orchard is a 2019 video game, not to be confused with the film. its music was composed by anders kvale.", True),
        # a page about one work that tells of the other otherwise may answer (a review's false positives)
        ("Who developed the video game The Last of Us?",
         "the last of us (tv series) is based on the 2013 video game developed by naughty dog.", False),
        ("Who directed the film adaptation of Jurassic Park?",
         "jurassic park (novel)\nfilm adaptation\nthe novel was made into a film in 1993, directed by steven spielberg.", False),
        ("Who composed the score for the film Glass Orchard?",
         "glass orchard is a 2016 film, unrelated to the video game. its score was composed by ilse marrow.", False),
    ],
)
def test_a_namesake_named_only_to_set_it_apart_is_not_the_kind_of_the_passage(question: str, context: str, conflicts: bool) -> None:
    required = Requirements.of(question)
    assert required and required.met_by(context) is not conflicts


@pytest.mark.parametrize(
    "question, context, conflicts",
    [
        # asked a child's price, an adult-only price list is a near miss (the tenth smoke check's q069)
        ("How much is a child's day pass at Sollen?", "sollen ski area lift passes\nadult day pass €54 · season pass €420", True),
        ("How much is a child's day pass at Sollen?", "child day pass (6–15 years) €22 · adult €46", False),
        ("What do pensioners pay for a season ticket?", "adult season ticket £180. over-65s £120.", False),
        ("What do pensioners pay for a season ticket?", "adult season ticket £180. under-16s £60.", True),
        # the adult's price is the one a list leaves unsaid
        ("How much does an adult day pass cost?", "lift_prices.txt\nlift passes\n\nday pass €54. children €22.", False),
        ("How much does an adult day pass cost?", "junior_prices.txt\nchildren's lift passes\n\nday pass €22.", True),
        ("How much does a family ticket cost?", "admission: adults £7.50, concessions £5, under-16s free.", True),
        ("How much does a family ticket cost?", "adults £7.50, children £4, families (2+2) £20.", False),
        ("How much is a season ticket for under-18s?", "community news for families. under-18 season ticket £60.", False),
        ("How much is a season ticket for under-16s?", "community news for families. parking is free.", False),  # no fare
        ("How much is a season ticket for under-16s?", "family ticket £20. adults £7.50.", True),
    ],
)
def test_a_price_for_another_kind_of_visitor_is_a_near_miss(question: str, context: str, conflicts: bool) -> None:
    required = Requirements.of(question)
    assert required and required.met_by(context) is not conflicts


@pytest.mark.parametrize(
    "question, context, conflicts",
    [
        # a show's other livestock section (the twenty-second smoke check's q047, the twenty-third's q022)
        ("Who judged the sheep classes at the Corran Vale Show?", "the supreme cattle championship was judged by robert kyle.", True),
        ("Who judged the sheep classes at the Corran Vale Show?", "robert kyle judged the cattle; the texel ewes were judged by ann pell.", False),
        ("Which breed won the pig championship at the Marnock Show?", "the supreme cattle champion was a limousin heifer.", True),
        ("Which breed won the pig championship at the Marnock Show?", "the pig championship went to a large black sow.", False),
        ("Which breed won the pig championship at the Marnock Show?", "marnock show draws record crowds.", False),  # neither
        # a surname or a breed named after a place is no other section (a review of this step)
        ("Who won the sheep championship at the Marnock Show?", "champion of the suffolk and beltex lines was ian angus.", False),
        ("Who judged the cattle classes at the Marnock Show?", "the judge this year was david lamb, with tom bull.", False),
    ],
)
def test_a_report_of_another_livestock_section_is_a_near_miss(question: str, context: str, conflicts: bool) -> None:
    required = Requirements.of(question)
    assert required and required.met_by(context) is not conflicts


@pytest.mark.parametrize(
    "question",
    [
        "How many sheep were sold at the mart?", "Who owns the dairy on Mill Lane?", "Who ran the pig farm?",
        # two sections asked at once, a dairy's cheese, and no goat (a review of this step)
        "Who won the sheep and pig championships at the Builth show?", "Who judged the cattle and sheep classes?",
        "Which cheese won the dairy awards?", "Who is the GOAT champion of tennis?",
    ],
)
def test_livestock_is_read_only_of_a_section_a_question_names(question: str) -> None:
    assert [q for q in qualifiers(question) if q.group == "livestock"] == []


@pytest.mark.parametrize(
    "question, context, head, conflicts",
    [
        # asked about a club's first team, its second team's match is a near miss (the twelfth smoke check's q024)
        ("Who top-scored for Arnwick's first team against Stannard Green?", "arnwick cc 2nd xi 190 for 6 (colm treacy 71)",
         "g0574.txt\nStannard Green 2nd XI v Arnwick 2nd XI", True),
        # a first team's report seldom says so; a mention of the seconds further down does not make it theirs
        ("Who top-scored for Arnwick's first team against Stannard Green?", "arnwick 190 for 6 (treacy 71). the 2nd xi lost.",
         "g0001.txt\nArnwick v Stannard Green", False),
        ("Who top-scored for Arnwick's first team?", "treacy 71", "g0002.txt\nArnwick 1st XI v Stannard Green", False),
        ("Who captains the Arnwick second team?", "jo pell captains arnwick", "g0003.txt\nArnwick 1st XI season review", True),
        ("Who captains the Arnwick second team?", "jo pell captains the reserve side", "g0004.txt\nArnwick cricket club", False),
        ("Who captains the Arnwick second team?", "1st XI - Ada Bell; 2nds - Jo Pell", "g0005.txt\nArnwick CC captains", False),
        # an order of teams is no club's side
        ("Who captains the Arnwick second team?", "brazil were the first team to qualify", "g0006.txt\nArnwick CC", False),
        # asked a junior title, the report of the Open's winner never names a junior (the fourteenth smoke check's q026)
        ("Who won the junior title at the 2023 Ravelsham Chess Open?", "farid osei won the 2023 ravelsham chess open with 6.5 points",
         "k0498.txt\nOsei wins Ravelsham Chess Open 2023", True),
        ("Who won the junior title at the 2023 Ravelsham Chess Open?", "the under-16 section of the 2023 open went to ada vell",
         "k0001.txt\nRavelsham Chess Open 2023", False),
        ("Who won the junior title at the 2023 Ravelsham Chess Open?", "ada vell took the 2023 title.", "k0002.txt\nRavelsham juniors 2023", False),
        ("Who won the veterans' race in 2023?", "ada won the 2023 race", "k0003.txt\nrace report", True),
        ("Who won the veterans' race in 2023?", "ada won the 2023 over-50s race", "k0004.txt\nrace report", False),
        ("Who won the veterans' race in 2023?", "ada won the M50 category of the 2023 race", "k0005.txt\nrace report", False),
        ("Who won the junior title at the 2023 Open?", "players aged 16 and under: ada won the 2023 title", "k0006.txt\nOpen", False),
        ("Who won the junior title at the 2023 Open?", "ada won the 2023 open in under 20 minutes", "k0007.txt\nOpen", True),
        # an elite race's report seldom says so; an under-23 race's head does (the fifteenth smoke check's q012)
        ("Who won the elite men's road race in 2023?", "1. olek brandt. the under-23 race was held before the elite race. 2023",
         "m0804.txt\nRonsdal National Road Championships 2023 - under-23 men's road race", True),
        ("Who won the elite men's road race in 2023?", "olek won the 2023 road race. the under-23 race went to finn",
         "m0001.txt\nRoad race 2023", False),
        # a wheelchair race's report names it (the fifteenth smoke check's q030)
        ("Who won the wheelchair race at the 2022 Calloway Half Marathon?", "priya ansell won the women's race in 2022",
         "m0478.txt\nAnsell wins Calloway Half Marathon women's race", True),
        ("Who won the wheelchair race at the 2022 Calloway Half Marathon?", "the 2022 wheelchair race went to jo pell",
         "m0002.txt\nCalloway Half Marathon", False),
        # a version's test build dates no release (the fifteenth smoke check's q064)
        ("When was Tessellate 3.0 released?", "2 august 2023 - the first release candidate for version 3.0. the final version would follow.",
         "m0797.txt\nTessellate 3.0 release candidate available for testing", True),
        ("When was Tessellate 3.0 released?", "tessellate 3.0 was released on 5 october after two release candidates.",
         "m0003.txt\nTessellate 3.0 released", False),
        ("When did Tessellate 3.0 come out?", "tessellate 3.0 is out, after two betas.", "m0004.txt\nTessellate 3.0", False),
        ("When was the Tessellate 3.0 beta released?", "tessellate 3.0 was released on 5 october.", "m0005.txt\nTessellate 3.0 released", True),
        # a congress's open section: a junior report is a near miss (the sixteenth smoke check's q005)
        ("Who won the open section at the 2021 Marrowby Open?", "well done to our juniors at the 2021 marrowby open! ellis won the under-12 section",
         "n0843.txt\nJunior chess update – May 2021", True),
        ("Who won the open section at the 2021 Marrowby Open?", "anna berg won the open section of the 2021 marrowby open; tom took the under-12 prize",
         "n0001.txt\nMarrowby Open 2021 results", False),
    ],
)
def test_a_passage_about_another_side_or_age_class_is_a_near_miss(question: str, context: str, head: str, conflicts: bool) -> None:
    required = Requirements.of(question)
    assert required and required.met_by(context, head) is not conflicts


@pytest.mark.parametrize(
    "question, kinds",
    [
        ("Who won the junior title at the 2023 Ravelsham Chess Open?", ["junior"]),
        ("Who coaches the juniors at Ravelsham?", []),  # no competition asked
        ("How much is a junior season ticket?", ["child"]),  # a price: a fare's kind, not an age class
        ("Which veteran striker won the Golden Boot?", []),  # a person, not a class
        ("Who won the 2023 Masters?", []),  # a name
        ("Who won the race in under 20 minutes?", []),  # a time
        ("When does the youth club open on Fridays?", []),
        ("Who won the under-16 section?", ["junior"]),
        ("Which was the second team to qualify for the World Cup?", []),  # an order of teams
        ("When was Tessellate 3.0 released?", ["stable"]),
        ("When was the film Saltmarsh released?", ["film"]),  # no numbered version: no test build
        ("Which fix did the widget library release 4.3.0 list?", []),  # a release named, not its date asked
        ("Who won the open section at the Marrowby Open?", ["elite"]),
        ("Is the library open on Sundays?", []),
    ],
)
def test_an_age_class_or_a_side_is_read_only_where_the_question_names_one(question: str, kinds: list[str]) -> None:
    assert [q.kind for q in qualifiers(question)] == kinds


@pytest.mark.parametrize(
    "question, kinds",
    [
        ("What do pensioners pay to follow Ostrey Town for the whole season?", ["senior"]),
        ("What is the student fare to Ludden?", ["student"]),
        ("How much does a family ticket cost at Kilbride Heritage Centre?", ["family"]),
        ("How many children attend Ludden primary school?", []),  # no price asked: no fare's kind
        ("How much are tickets for adults and children?", []),  # two kinds asked
    ],
)
def test_the_fare_a_price_question_asks_for(question: str, kinds: list[str]) -> None:
    assert [q.kind for q in qualifiers(question)] == kinds


@pytest.mark.parametrize("question", ["Which film of the novel won?", "How many movies and albums did she make?", "Who won in the end?"])
def test_a_question_naming_two_kinds_of_a_group_or_none_has_no_qualifier(question: str) -> None:
    assert qualifiers(question) == []


def test_an_answer_about_the_video_game_of_the_film_asked_about_is_refused(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    folder = tmp_path / "works"
    folder.mkdir()
    (folder / "dune-game.txt").write_text("Dune is a 1992 video game. The director of the Dune video game was Philippe Ulrich.\n")
    rt = ingested_runtime(folder, FakeGenerator(["The director of Dune was Philippe Ulrich [1]."]))
    answer = ask("Who was the director of the Dune film?", rt)
    assert answer.refused and answer.refusal_reason == "constraint"


@pytest.mark.parametrize(
    "question, numbered",
    [
        ("When was the iPhone 14 released?", ["iPhone 14"]),
        ("What does Table 2 of the paper show?", ["Table 2"]),
        ("What is PEP 668?", ["PEP 668"]),
        ("What happened on March 14?", []),  # a date
        ("In 3 days, what happens?", []),  # a word capitalised for grammar
        ("What changed in Python 3.12?", []),  # a version
        ("Is the iPhone 14-inch model real?", []),  # a size
        ("Who won Super Bowl LVII?", ["Bowl LVII"]),  # in Roman numerals
        ("When did Artemis II launch?", ["Artemis II"]),
        ("What does the Tesla Model X cost?", []),  # one letter: a model's name, not 10
        ("Is Gen IIII out?", []),  # no Roman numeral
        # a club's letters, not 200 or 300 (the twenty-second smoke check's q005); a name's numeral stays below a hundred
        ("Who is captain of Lindon CC's first XI?", []),
        ("Who captains Kent CCC?", []),
        ("When was Henry VIII born?", ["Henry VIII"]),
    ],
)
def test_a_name_with_its_number_is_a_constraint(question: str, numbered: list[str]) -> None:
    assert [c.text for c in extract(question) if c.kind == "numbered"] == numbered


def test_a_passage_about_another_number_of_the_name_is_a_near_miss() -> None:
    required = Requirements.of("When was the iPhone 14 released?")
    assert not required.met_by("apple announced the iphone 13 on sept. 14, 2021")  # "14" alone is not it
    assert required.met_by("the iphone 14 went on sale on september 16")
    assert required.met_by("iphone-14 pro review") and required.met_by("iphone14 pro review")
    assert not required.met_by("the iphone 140")


def test_a_date_in_the_month_of_its_report_gets_the_report_year() -> None:
    from rag.answering.completion import complete_dates

    report = "CUPERTINO, Sept. 14, 2021 — The phones go on sale on September 24."
    assert complete_dates("On 24 Sept.", [report]) == "On 24 Sept 2021."  # the full stop stays last
    assert complete_dates("September 24", [report.lower()]) == "September 24, 2021"  # contexts are lower case


def test_a_question_word_with_a_number_is_no_numbered_name() -> None:
    assert [c for c in extract("Which 3 countries border Spain?") if c.kind == "numbered"] == []
    assert [c for c in extract("Name 3 bugs fixed in the release") if c.kind == "numbered"] == []


def test_a_numbered_name_may_be_written_in_roman_numerals() -> None:
    required = Requirements.of("When did World War 2 end?")
    assert required.met_by("world war ii ended in 1945") and not required.met_by("world war 20")
    required = Requirements.of("Who won Super Bowl LVII?")
    assert required.met_by("super bowl lvii in glendale") and required.met_by("super bowl 57 recap")
    assert not required.met_by("super bowl lvi recap") and not required.met_by("super bowl lviii")


def test_retrieval_finds_a_numbered_name_written_another_way(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    folder = tmp_path / "wars"
    folder.mkdir()
    (folder / "ww2.txt").write_text("The Second World War, or World War II, ended in 1945 with the surrender of Japan.\n")
    (folder / "ww1.txt").write_text("World War I ended in 1918 with the armistice of Compiegne.\n")
    retriever = ingested_runtime(folder).retriever()
    meeting, _ = retriever._meeting_constraints("When did World War 2 end?")
    assert [retriever.index.chunks[p].file_name for p in meeting] == ["ww2.txt"]


def test_a_titles_number_may_count_its_season_or_part() -> None:
    required = Requirements.of("When is Stranger Things 4 Volume 2 released?")
    assert required.met_by("'stranger things' season 4 will be split in two: volume 1 on may 27 and volume 2 on july 1")
    assert required.met_by("the fourth season of \"stranger things\" arrives in two parts, volume 2 on july 1")
    assert not required.met_by("stranger things season 3 premiered on july 4; volume 2 of the book is out")
    assert not required.met_by("the fifth season of stranger things will have a volume 2")


@pytest.mark.parametrize(
    "question, quarter",
    [
        ("What was Northwind's second-quarter 2023 revenue?", ["Q2"]),
        ("What did it report for the fourth quarter of 2023?", ["Q4"]),
        ("What was Apple's Q3 revenue?", ["Q3"]),
        ("Who is the third quarterback?", []),
        ("Who scored in the first half?", []),
    ],
)
def test_a_quarter_is_a_constraint(question: str, quarter: list[str]) -> None:
    assert [c.text for c in extract(question) if c.kind == "quarter"] == quarter


def test_a_report_of_another_quarter_is_a_near_miss(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    required = Requirements.of("What was Northwind's second-quarter 2023 revenue?")
    assert required.met_by("northwind q2 2023: revenue of $3.98 billion") and required.met_by("second quarter 2023 revenue")
    assert not required.met_by("northwind third-quarter 2023 revenue rose to $4.21 billion")
    folder = tmp_path / "earnings"
    folder.mkdir()
    (folder / "q3.txt").write_text("Northwind reports third-quarter 2023 results\nRevenue rose to $4.21 billion in the third quarter of 2023.\n")
    rt = ingested_runtime(folder, FakeGenerator(["Revenue was $4.21 billion [1]."]))
    answer = ask("What was Northwind's second-quarter 2023 revenue?", rt)
    assert answer.refused and answer.refusal_reason == "constraint"


def test_a_numbered_name_keeps_its_number_as_written() -> None:
    assert Requirements.of("Who plays Agent 007?").met_by("agent 007 is played by daniel craig")
    assert not Requirements.of("Who plays Agent 007?").met_by("agent 7 is played by nobody")
    assert not Requirements.of("What does Table 0 show?").met_by("table season of the year")  # no empty ordinal


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("Git v2.17.5 Release Notes ========================= This release fixes CVE-2020-11008 Fixes since v2.17.4 ---", "Git v2.17.5 Release Notes"),
        ("Reeds close the 2024 Pellbridge festival. June 3, 2025 — The Hollow Reeds closed the main stage.", "Reeds close the 2024 Pellbridge festival."),
        ("A headline that runs on into its date line and first sentence without a stop, as a collapsed text does 2019", "A headline that runs on into its date line and first sentence without a stop, as"),
        ("April 18, 2021 | Briefly A record 11,482 runners completed the 2021 Varnholt City Marathon, organisers said.", "April 18, 2021 | Briefly A record 11,482 runners completed the 2021 Varnholt"),
        ("", ""),
    ],
)
def test_a_documents_title_is_its_first_sentence_to_an_underline(opening: str, expected: str) -> None:
    from rag.index.loaded_index import title

    assert title(opening) == expected


def test_a_news_reports_headline_stops_at_its_date_line() -> None:
    from rag.index.loaded_index import headline

    opening = "'The Salt Orchard' takes Golden Heron at Brisca September 19, 2021 — Brisca Evening Post Nel Ambrose's"
    assert headline(opening) == "'The Salt Orchard' takes Golden Heron at Brisca"
    assert headline("Git v2.17.5 Release Notes ===== This release") == "Git v2.17.5 Release Notes"


def test_retrieval_puts_a_releases_own_notes_before_later_notes_that_name_it(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    """Every later release's notes say they merge the fixes of v2.17.4, in more of the question's words than
    2.17.4's own notes; those are still the passage asked about (near-miss n052, eval/README.md)."""
    folder = tmp_path / "relnotes"
    folder.mkdir()
    (folder / "relnotes-2.17.4.txt").write_text(
        "Git v2.17.4 Release Notes\n=========================\n\nThis release addresses CVE-2020-5260.\n"
    )
    for minor in range(18, 26):
        (folder / f"relnotes-2.{minor}.2.txt").write_text(
            f"Git v2.{minor}.2 Release Notes\n=========================\n\n"
            "This security release merges up the security fixes of Git 2.17.4, a security release of Git; "
            "see the release notes of Git 2.17.4 for which security CVE it was for.\n"
        )
    retriever = ingested_runtime(folder).retriever()
    hits = retriever.search("Git 2.17.4 was a security release; which CVE was it for?", k=3)
    assert hits[0].chunk.file_name == "relnotes-2.17.4.txt"
    assert retriever.index.head(retriever.index.position[hits[0].chunk.id]).startswith("relnotes-2.17.4.txt\ngit v2.17.4 release notes")


def test_a_title_that_names_the_year_but_another_subject_does_not_rank_a_brief_first(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    """In a folder of briefs with names that say nothing, titles name the year of other events: the
    report asked about, whose title names no year, still ranks among the first (the sixth smoke check's
    r053, eval/README.md, fifteenth step: it was not in the first ten)."""
    folder = tmp_path / "briefs"
    folder.mkdir()
    (folder / "doc_0001.txt").write_text(
        "Gulls crowned Coastal Basketball League champions\n\nPort Emberly Gulls won the 2023 Coastal Basketball League "
        "championship final, beating Kessing Kingfishers 4-3 in the series.\n"
    )
    for i, event in enumerate(["Hollin Open", "Sallow Bay Film Festival", "Aster Trophy", "Amberlyn Song Contest", "Brask Island Swim", "Tour of Merravia"]):
        (folder / f"doc_{i + 2:04d}.txt").write_text(
            f"{event} 2023: the team news\n\nThe 2023 {event} drew a record field. The team that won last year is back, "
            "and the championship is broadcast live.\n"
        )
    hits = ingested_runtime(folder).retriever().search("Which team won the 2023 Coastal Basketball League championship?", k=2)
    assert hits[0].chunk.file_name == "doc_0001.txt"


def test_each_ranked_lists_first_is_among_the_passages_returned(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    """Fusion by rank can bury the one passage BM25 ranks first (near-miss n076): it takes the last place
    of the ``k`` returned, not the place of another list's first, and a group of copies counts once."""
    folder = tmp_path / "notes"
    folder.mkdir()
    for i in range(8):
        (folder / f"note{i}.txt").write_text(f"Note {i} says something different about topic number {i * 7}.\n")
    retriever = ingested_runtime(folder).retriever()
    order = list(range(8))
    assert retriever._top_groups(order, [], 3) == [0, 1, 2]
    assert retriever._top_groups(order, [6], 3) == [0, 1, 6]
    assert retriever._top_groups(order, [2, 6, 7], 3) == [2, 6, 7]
    assert retriever._top_groups(order, [1, 6], 3) == [0, 1, 6]  # the second list's first, 1, stays
    assert retriever._top_groups(order, [5, 5], 2) == [0, 5]
    assert retriever._top_groups(order, [5], 0) == []


def test_the_mens_report_is_not_shown_for_the_womens_race(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    folder = tmp_path / "tour"
    folder.mkdir()
    (folder / "kessmark_men_2023.txt").write_text(
        "Pell seals Tour of Kessmark on final climb\nJune 18, 2023\n\nJoaquin Pell won the 2023 Tour of Kessmark on Sunday. "
        "The women's race takes place in August.\n"
    )
    (folder / "kessmark_women_2022.txt").write_text("Haugvik wins first women's Tour of Kessmark\nAugust 21, 2022\n\nLene Haugvik won the 2022 race.\n")
    gen = FakeGenerator(["Joaquin Pell won the women's Tour of Kessmark in 2023 [1]."])
    rt = ingested_runtime(folder, gen)
    answer = ask("Who won the women's Tour of Kessmark in 2023?", rt)
    assert answer.refused and answer.refusal_reason == "constraint" and gen.calls == []
    rt._generator = FakeGenerator(["Joaquin Pell won the 2023 Tour of Kessmark [1]."])
    men = ask("Who won the men's Tour of Kessmark in 2023?", rt)
    assert not men.refused, men.refusal_reason


CUP = "ostwick rovers cruise to keldor cup glory\n27 may 2023 — ostwick rovers won the keldor cup, beating brantham united 3-0"
WOMENS_CUP = "ravensholm ladies newsletter\nhere's how we won the keldor women's cup final to round off our 2022-23 season"


def test_an_unmarked_report_beside_a_womens_one_is_the_mens() -> None:
    # the sixteenth smoke check's q047: the men's cup final's report, beside the women's, was answered from
    qualifier = qualifiers("Which club won the women's Keldor Cup in 2022-23?")
    assert beside_marked(qualifier, [WOMENS_CUP, CUP]) == [True, False]
    assert beside_marked(qualifier, [CUP]) == [True]  # alone, it may be either
    assert beside_marked(qualifier, [WOMENS_CUP, CUP + ". she scored twice"]) == [True, True]
    assert beside_marked(qualifiers("Which club won the Keldor Cup in 2022-23?"), [WOMENS_CUP, CUP]) == [True, True]
