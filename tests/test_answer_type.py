"""A reply must be the kind of thing its question asks for: a name for "who", a time for "when", a
quantity for "how many" (issue 12: supported word for word, yet no answer)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from rag.answering.answer import ask
from rag.answering.answer_type import answers_kind, expected, missing_kind
from rag.answering.replies import OTHER_KIND
from rag.runtime import Runtime
from rag.testing import FakeGenerator


@pytest.mark.parametrize(
    "question, reply, ok",
    [
        ("Who found CVE-2024-32002 in Git?", "The security issues CVE-2024-32002 and CVE-2024-32004 were addressed in Git v2.39.4 [1].", False),
        ("Who found the Git vulnerability CVE-2023-25652?", "Ry0taK [1]", True),
        ("Who won the race?", "Hamilton won it [1].", True),
        ("Who won the race?", "The driver in the red car won it [1].", False),
        ("Who wrote the blog post?", "It was written by the author of the blog [2].", False),
        # a day or a month names no one (the sixth smoke check's r032)
        ("Who succeeded Sebastian Ruhle?", "Sebastian Ruhle will retire at the end of the year, the company said on Monday [1].", False),
        ("Who was appointed in March?", "Ines Okafor was appointed in March [1].", True),
        # the question's own possessive names no one (the thirteenth smoke check's q072)
        ("Who runs the kitchen at the Harbour Street Marlow's Kitchen?", "Marlow's Kitchen is run by the Harbour Street branch [1].", False),
        ("Who runs the kitchen at Marlow's?", "Deniz Arslan runs Marlow's kitchen [1].", True),
        ("Who founded Marlow's?", "Jo Marlow [1].", True),
        ("Who owns Gorman's pub?", "The Gorman family [1].", True),  # the name without the question's possessive
        # which version of software: a number of its own (the fourteenth smoke check's q016)
        ("Which firmware version fixed the Wi-Fi dropouts on the Corvel R7?", "Corvel R7 dropped Wi-Fi every few hours - solved [1]?", False),
        ("Which firmware version fixed the Wi-Fi dropouts on the Corvel R7?", "Firmware 2.8.14 [1].", True),
        ("In what version was the --json flag added?", "The latest version [1].", False),
        ("What version of Python 3 dropped distutils?", "Python 3.12 [1].", True),
        ("Which version of the song charted?", "The acoustic version [1].", True),  # no software
        ("Which Debian release dropped the package?", "Bookworm [1].", True),  # a release may go by a name
        ("Which macOS version dropped support for the MacBook?", "macOS Monterey [1].", True),
        ("Which version fixed the crash on the R7.", "R7 [1].", False),  # the question's own number
        ("What build system does the library use?", "CMake [1].", True),  # no version asked
        ("Which version of the bill introduced the spending cap?", "The version amended by the Lords [1].", True),
        ("When did Debian upload git 2.26.2?", "On 20 Apr 2020 [1].", True),
        ("When did the talks end?", "After the ceasefire took effect [1].", True),
        ("When did the talks end?", "The talks were held in Baghdad [1].", False),
        ("How many CVEs were listed?", "Three [1].", True),
        ("How many CVEs were listed?", "CVE-2024-0727 [1].", True),  # digits: a count the check cannot tell from an id
        ("How many people attended?", "The delegates of Iran and Iraq [1].", False),
        ("What did the release fix?", "The parser [1].", True),  # no answer type to check
        # a number word alone counts people, not an amount (the eighth smoke check's q023)
        ("How much does the Tarn 6 cost?", "One analyst thinks Corvell will hold the line, another expects a further rise [1].", False),
        ("How much does the Tarn 6 cost?", "899 crowns [1].", True),
        ("How much does the Tarn 6 cost?", "Two hundred crowns [1].", True),
        ("How much does the ticket cost?", "Two crowns [1].", True),
        ("How much does the app cost?", "It is free [1].", True),
        ("How much did Brightkeel raise?", "$40m [1].", True),
        ("How much of the budget went to roads?", "About a third [1].", True),
        ("How many analysts were asked?", "One analyst [1].", True),
        # an amount asked for by its name (the twelfth smoke check's q051)
        ("What guide figure is being asked for Larkspur Cottage?", "Fallow & Finch estate agents [1].", False),
        ("What guide figure is being asked for Larkspur Cottage?", "Guide price £325,000 [1].", True),
        ("What was the asking price?", "The agents would not say [1].", False),
        ("What fee did Harlow Town pay for the striker?", "Harlow Town paid Fenwick Athletic [1].", False),
        ("What fee did Harlow Town pay for the striker?", "An undisclosed six-figure sum [1].", True),
        ("What figure is on the coin?", "The Queen [1].", True),  # a figure, not an amount
        ("What amounts to contempt of court?", "Refusing to answer [1].", True),  # a verb
        ("What happened to house prices in 2022?", "They fell in the autumn [1].", True),  # not an amount asked
        ("What fees were waived?", "Parking fees [1].", True),  # which fees, not how much
        ("What fee did Harlow Town pay for the striker?", "The fee was not disclosed [1].", True),
        # "what time" asks for a time of day: "weeks" is a time for "when", not a time of day (the eleventh smoke check's q077)
        ("What time does the Cobble Lane tip shut in winter?", "It has been a busy few weeks [1].", False),
        ("What time does the Cobble Lane tip shut in winter?", "4pm [1].", True),
        ("At what time does the first bus leave?", "The first bus leaves at 05:48 [1].", True),
        ("What time does the market open?", "At 7 on Saturdays [1].", True),
        ("What time does the lantern parade start?", "At dusk [1].", True),
        ("What time of year does the market move indoors?", "In the winter [1].", True),  # a season, not a time of day
    ],
)
def test_answers_kind(question: str, reply: str, ok: bool) -> None:
    assert answers_kind(question, reply) is ok


def test_question_forms() -> None:
    assert [expected(q) for q in ("Who is it?", "Whom did she meet?", "When was it?", "In which year?", "How much did it cost?", "Why?")] == [
        "name", "name", "time", "time", "quantity", None,
    ]
    # a date asked for in other words is a "when" question; a date that is not asked for is not
    dated = ("On what date was it imported?", "Which day did Fiji start DST?", "As of which month?", "What dates matter?", "What daylight rule?")
    assert [expected(q) for q in dated] == ["time", "time", "time", None, None]
    # a name asked for after a yes or no (the twenty-second smoke check's q033); not a yes or no alone
    named = ("Has the university appointed a permanent vice-chancellor yet, and who is it?", "Was there a winner; if so, who was it?",
             "Has a winner been named?", "Is the person who won local?")
    assert [expected(q) for q in named] == ["name", "name", None, None]
    # and a "no" needs no name
    assert missing_kind("Was anyone injured in the fire, and who was it?", "No one was injured [1].") == ""
    assert missing_kind(named[0], "No, it has not yet appointed one [1].") == ""
    assert missing_kind(named[0], "Yes, it has [1].") == "who"


@pytest.fixture
def rt(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> Runtime:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "relnotes.txt").write_text(
        "Git v2.39.4 Release Notes. This release addresses the security issues CVE-2024-32002 and CVE-2024-32004.\n"
        "The issue was found by Maxime Escourbiac of Michelin.\n"
    )
    return ingested_runtime(folder)


NO_NAME = "This release addresses the security issues CVE-2024-32002 and CVE-2024-32004 [1]."


def test_a_reply_of_another_kind_is_asked_for_once_more(rt: Runtime) -> None:
    gen = FakeGenerator([NO_NAME, "The issue was found by Maxime Escourbiac of Michelin [1]."])
    rt._generator = gen
    answer = ask("Who found CVE-2024-32002 in Git?", rt)
    assert len(gen.calls) == 2 and gen.calls[1][-1]["content"] == OTHER_KIND.format(kind="who", stating="")
    assert not answer.refused and "Escourbiac" in answer.text


def test_a_second_reply_of_another_kind_is_refused(rt: Runtime) -> None:
    gen = FakeGenerator([NO_NAME, NO_NAME])
    rt._generator = gen
    answer = ask("Who found CVE-2024-32002 in Git?", rt)
    assert len(gen.calls) == 2 and answer.refused and answer.refusal_reason == "off-target"


def test_a_reply_of_the_right_kind_is_not_asked_again(rt: Runtime) -> None:
    gen = FakeGenerator(["The issue was found by Maxime Escourbiac of Michelin [1]."])
    rt._generator = gen
    answer = ask("Who found CVE-2024-32002 in Git?", rt)
    assert len(gen.calls) == 1 and not answer.refused


def test_asked_which_version_again_the_follow_up_quotes_the_sentence_that_gives_one(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    folder = tmp_path / "forum"
    folder.mkdir()
    (folder / "thread.txt").write_text(
        "Corvel R7 dropping Wi-Fi every few hours - solved?\nMy R7 has been dropping every device off Wi-Fi for a month. "
        "Update: Corvel pushed firmware 2.8.14 overnight and the dropouts have stopped.\n"
    )
    rt = ingested_runtime(folder)
    gen = FakeGenerator(["Corvel R7 dropping Wi-Fi every few hours - solved [1]?", "Firmware 2.8.14 [1]."])
    rt._generator = gen
    answer = ask("Which firmware version fixed the Wi-Fi dropouts on the Corvel R7?", rt)
    follow_up = gen.calls[1][-1]["content"]
    assert follow_up.startswith("That does not say which version, which is what the question asks. The passages say: ")
    assert '"Update: Corvel pushed firmware 2.8.14 overnight and the dropouts have stopped."' in follow_up
    assert "My R7 has been" not in follow_up  # the question's own number gives no version
    assert not answer.refused and "2.8.14" in answer.text
