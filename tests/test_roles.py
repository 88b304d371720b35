"""An answer must name one who holds the role its question asks about: asked who is the chief executive,
not the spokesperson the same report quotes (issue 12: "the wrong entity from the right pool")."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from rag.answering.answer import ask
from rag.answering.positions import name_pattern
from rag.answering.roles import asked_role, given_roles, miscast
from rag.runtime import Runtime
from rag.testing import FakeGenerator

RECALL = (
    "Corvell Foods recalls peanut spread over undeclared sesame\n"
    "July 2, 2024 — Corvell Foods has recalled about 14,000 jars of its peanut spread. "
    '"We traced the problem to a shared filling line at our Ostby plant," said company spokesperson Jonas Pirtle. '
    "Operations director Linnea Quist said the line would be closed.\n"
)
APPOINTMENT = (
    "Corvell Systems has appointed Annika Rhoe as chief executive officer effective March 1, 2024. Rhoe, previously "
    "chief operating officer, succeeds co-founder Tomas Vell, who will become non-executive chairman after 19 years "
    "at the helm. Former chief executive Mara Lind left in 2005."
)


@pytest.mark.parametrize(
    "question, role",
    [
        ("Who is the chief executive of Corvell Foods?", "chief executive"),
        ("Who is Corvell's CEO?", "chief executive"),
        ("Who is the vice president of Acme?", "vice president"),
        ("Who was the former mayor?", "former mayor"),
        ("Who is the interim chief executive?", "chief executive"),  # an interim one holds it
        ("When did the chief executive resign?", None),  # asks no name
        ("Who won the race?", None),
        ("Who is the deputy finance minister?", None),  # another official: what it is of is not read
        ("Who is the chairman and who is the chief executive?", None),  # two roles: neither for sure
        ("Who directed the film that won the Golden Heron in 2024?", "director"),  # asked by its verb
        ("Who starred in Quietwater?", "actor"),
        ("Who is the director of the museum?", "director"),  # "the director" is no other official's title
        ("Who is the operations director?", None),
        ("Who trained the racehorse Merrow Queen?", "trainer"),
        ("Has the university appointed a permanent vice-chancellor yet, and who is it?", "vice-chancellor"),
        ("Who is the deputy vice-chancellor?", "deputy vice-chancellor"),
    ],
)
def test_the_role_a_question_asks_about(question: str, role: str | None) -> None:
    assert asked_role(question) == role


@pytest.mark.parametrize(
    "sentence, name, roles",
    [
        ('"We traced it," said company spokesperson Jonas Pirtle.', "Jonas Pirtle", {"spokesperson"}),
        ("Jonas Pirtle, the company's spokesperson, said so.", "Jonas Pirtle", {"spokesperson"}),
        ("It appointed Annika Rhoe as chief executive officer.", "Annika Rhoe", {"chief executive"}),
        ("Rhoe succeeds co-founder Tomas Vell, who will become non-executive chairman.", "Tomas Vell", {"founder", "chair"}),
        ("Rhoe, previously chief operating officer, succeeds Vell.", "Annika Rhoe", {"former chief operating officer"}),
        ("Former chief executive Mara Lind left in 2005.", "Mara Lind", {"former chief executive"}),
        ("Deputy Mayor Ola Berg opened the bridge.", "Ola Berg", {"deputy mayor"}),
        ("Jonas Pirtle said the line was closed.", "Jonas Pirtle", set()),
    ],
)
def test_the_roles_a_sentence_gives_a_name(sentence: str, name: str, roles: set[str]) -> None:
    assert given_roles(sentence, name_pattern(name)) == roles


@pytest.mark.parametrize(
    "question, answer, passage, name",
    [
        ("Who is the chief executive of Corvell Foods?", "Jonas Pirtle is the chief executive [1].", RECALL, "Jonas Pirtle"),
        ("Who is the CEO of Corvell Foods?", "Linnea Quist [1].", RECALL, "Linnea Quist"),
        ("Who is the chief executive of Corvell Systems?", "Tomas Vell is [1].", APPOINTMENT, "Tomas Vell"),
        ("Who is the chief executive of Corvell Systems?", "Mara Lind [1].", APPOINTMENT, "Mara Lind"),  # a former one
        ("Who is the chief executive of Corvell Systems?", "Annika Rhoe is [1].", APPOINTMENT, None),
        ("Who is the spokesperson of Corvell Foods?", "Jonas Pirtle [1].", RECALL, None),
        ("Who was the chief executive of Corvell Systems before Rhoe?", "Tomas Vell [1].", APPOINTMENT, None),  # past
        ("Who is the chief executive of Corvell Foods?", "Sara Holm is [1].", RECALL, None),  # not in the passage
    ],
)
def test_an_answer_its_passage_gives_another_role_is_miscast(question: str, answer: str, passage: str, name: str | None) -> None:
    found = miscast(question, [(answer, [passage])])
    assert (found.name if found else None) == name


def test_asked_who_held_a_role_before_a_deputy_is_miscast_and_a_former_holder_is_not() -> None:
    # the tenth smoke check's q016: the deputy mayor was given as the mayor of a year
    question = "Who held the office of mayor of Tarsa in 2015?"
    deputy = "TARSA, 2015 — Deputy mayor Oskar Lind cut the ribbon on the town's new skate park on Saturday."
    found = miscast(question, [("Oskar Lind held the office of mayor of Tarsa in 2015 [1].", [deputy])])
    assert found is not None and found.name == "Oskar Lind" and found.asked == "mayor"
    # asked about a past year, a former holder, or one the passage gives a later title, may be the answer
    assert miscast(question, [("Oskar Lind [1].", ["In 2015 then-mayor Oskar Lind opened the park."])]) is None
    assert miscast(question, [("Oskar Lind [1].", ["Former mayor Oskar Lind, now a senator, opened the park."])]) is None
    assert miscast(question, [("Oskar Lind [1].", ["Governor Oskar Lind opened the park."])]) is None


FESTIVAL = (
    "Ines Faluda's \"Paper Lanterns Over Ketch\" won the Golden Heron at the 37th Brisca Film Festival on Saturday. "
    "2022 Golden Heron winner Tavi Raskin sat on the jury, which was chaired by cinematographer Ludo Ferrant."
)


def test_a_credit_asked_by_its_verb_is_miscast_by_another_credit_whatever_the_year() -> None:
    # the fifth smoke check's p037: the jury's chair, a cinematographer, was given as the winning film's director.
    # The year in the question asks for the 2024 film, not a former holder of an office
    question = "Who directed the film that won the Golden Heron in 2024?"
    found = miscast(question, [("Ludo Ferrant directed the film that won the Golden Heron in 2024 [1].", [FESTIVAL])])
    assert found is not None and found.name == "Ludo Ferrant" and found.asked == "director"
    assert miscast(question, [("Ines Faluda [1].", [FESTIVAL])]) is None  # her passage gives her no other role


ALLOTMENTS = (
    "The Ellisford Allotment Association held its annual produce show on Saturday. Show secretary Ronan Tepley thanked "
    "the judges and the tea-room volunteers."
)


def test_an_office_asked_by_its_verb_is_miscast_by_another_office() -> None:
    # the twelfth smoke check's q049: the show's secretary was given as the association's chair
    found = miscast("Who chairs the Ellisford Allotment Association?", [("Ronan Tepley chairs it [1].", [ALLOTMENTS])])
    assert found is not None and found.name == "Ronan Tepley" and found.asked == "chair"
    passage = "Chair Ronan Tepley opened the Ellisford Allotment Association's show."
    assert miscast("Who chairs the Ellisford Allotment Association?", [("Ronan Tepley [1].", [passage])]) is None
    # asked in the past tense, a former holder may be the answer
    former = "Former chair Ronan Tepley judged the marrows."
    assert miscast("Who chaired the Ellisford Allotment Association?", [("Ronan Tepley [1].", [former])]) is None


INTERIM = (
    "Gideon Marr has stepped down as chief executive of Pellmark Foods. Chief financial officer Lotte Varga has been "
    "named interim chief executive while the board searches for a permanent successor."
)


def test_asked_for_the_permanent_holder_an_interim_one_is_miscast() -> None:
    # the eighth smoke check's q016: "Lotte Varga was appointed interim chief executive" answered who was appointed
    # the permanent one
    question = "Who was appointed permanent chief executive of Pellmark Foods after Gideon Marr's departure?"
    found = miscast(question, [("Lotte Varga was appointed interim chief executive [1].", [INTERIM])])
    assert found is not None and found.name == "Lotte Varga" and found.asked == "permanent chief executive"
    confirmed = "In March the board confirmed Lotte Varga, interim chief executive since September, as permanent chief executive."
    assert miscast(question, [("Lotte Varga [1].", [confirmed])]) is None
    # asked for the chief executive without "permanent", an interim one holds the role
    assert miscast("Who is the chief executive of Pellmark Foods?", [("Lotte Varga [1].", [INTERIM])]) is None


def test_asked_for_the_permanent_holder_an_interim_one_is_miscast_by_the_name_without_its_title() -> None:
    # the twenty-second smoke check's q033: "Professor" is no word of the name (it found the sentence that appoints
    # Professor Leontyne Farr), a sentence that writes no role gives none, and the full name is read at once
    question = "Has the University of Wexcombe appointed a permanent vice-chancellor yet, and who is it?"
    assert asked_role(question) == "vice-chancellor"
    passage = (
        "Interim Vice-Chancellor appointed University news | 20 December 2022 Professor Martin Hulse, Pro-Vice-Chancellor "
        "for Research, will serve as interim Vice-Chancellor of the University of Wexcombe from 1 January 2023. The "
        "University has also appointed Professor Leontyne Farr as Dean. Professor Hulse has said he will not be a candidate."
    )
    found = miscast(question, [("It is Professor Martin Hulse, the interim Vice-Chancellor [1].", [passage])])
    assert found is not None and found.name == "Martin Hulse" and found.asked == "permanent vice-chancellor"
    appointed = "The University has appointed Professor Martin Hulse as its next Vice-Chancellor."
    assert miscast(question, [("It is Professor Martin Hulse [1].", [passage, appointed])]) is None
    # made permanent in other words than the role's (a review of this step)
    for made in ("Council made Professor Hulse's appointment permanent in May.", "Martin Hulse was confirmed in the position."):
        assert miscast(question, [("It is Professor Martin Hulse [1].", [passage, made])]) is None, made
    # nor by one that says the name will not hold it (the twenty-first smoke check's q007)
    declined = "Hulse would not be a candidate for the permanent role, the council said."
    assert miscast(question, [("It is Professor Martin Hulse [1].", [passage, declined])]) is not None
    # a denial of another verb, or a relative clause's, is no such thing (a review of this step)
    for said in ("Hulse said he did not hesitate when council offered him the Vice-Chancellor's post.",
                 "Hulse, who was not on the original shortlist, will be Vice-Chancellor on a permanent basis."):
        assert miscast(question, [("It is Professor Martin Hulse [1].", [passage, said])]) is None, said
    # "no" answers the question: its name is no answer to "who" (rag.answering.replies leaves it)
    from rag.answering.answer_type import answered_no

    assert answered_no(question, "No; Professor Martin Hulse is only the interim vice-chancellor [1].")


def test_asked_for_the_interim_holder_a_deputy_named_interim_is_not_miscast() -> None:
    # the eighth smoke check's q058: "deputy mayor" before the name is not the role asked, "interim mayor" after it is
    passage = (
        "Harriet Quayle resigned as mayor of Tellmarsh on Monday. Under the town's charter, deputy mayor Colm Fairweather "
        "will serve as interim mayor until a by-election can be held."
    )
    question = "Who served as interim mayor of Tellmarsh after Harriet Quayle resigned?"
    assert miscast(question, [("Colm Fairweather served as interim mayor of Tellmarsh [1].", [passage])]) is None
    deputy = "Deputy mayor Colm Fairweather chaired the meeting."
    assert miscast(question, [("Colm Fairweather [1].", [deputy])]) is not None


def test_asked_for_the_permanent_director_an_acting_one_is_miscast() -> None:
    # the ninth smoke check's q011: "permanent director" was read as another official's title, so no role was asked
    question = "Who was appointed permanent director of the Port Velanne Harbour Authority?"
    assert asked_role(question) == "director"
    passage = (
        "The director of the Port Velanne Harbour Authority, Laurent Quemener, resigned on Thursday. The authority's board "
        "appointed his deputy, Mirela Zdravkovic, as acting director while a search for a permanent successor is carried out."
    )
    found = miscast(question, [("Mirela Zdravkovic was appointed permanent director [1].", [passage])])
    assert found is not None and found.name == "Mirela Zdravkovic" and found.asked == "permanent director"


def test_a_role_in_brackets_after_a_name_is_its_role() -> None:
    # the ninth smoke check's q055: minutes list those present with their roles in brackets
    minutes = "Present: Darius Okonjo-Pratt (Vice-Chair, presiding), Ulla Ruusuvuori, Benedikt Oberlander. Apologies: received from the Chair."
    found = miscast("Who is the chair of the Selbridge Water Board?", [("Darius Okonjo-Pratt [1].", [minutes])])
    assert found is not None and found.name == "Darius Okonjo-Pratt"
    chaired = "Present: Ulla Ruusuvuori (Chair), Darius Okonjo-Pratt (Vice-Chair)."
    assert miscast("Who is the chair of the Selbridge Water Board?", [("Ulla Ruusuvuori [1].", [chaired])]) is None


def test_a_sentence_that_writes_the_role_asked_about_is_left_to_the_model() -> None:
    passage = "Spokesperson Jonas Pirtle, named chief executive last week, spoke for the company."
    assert miscast("Who is the chief executive?", [("Jonas Pirtle [1].", [passage])]) is None


@pytest.fixture
def rt(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> Runtime:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "corvell-recall.txt").write_text(RECALL)
    return ingested_runtime(folder)


def test_a_miscast_reply_is_asked_for_once_more_with_the_sentence_of_its_role(rt: Runtime) -> None:
    refusal = "I could not find the answer in the documents."
    gen = FakeGenerator(["Jonas Pirtle is the chief executive of Corvell Foods [1].", refusal])
    rt._generator = gen
    answer = ask("Who is the chief executive of Corvell Foods?", rt)
    assert len(gen.calls) == 2
    follow_up = gen.calls[1][-1]["content"]
    assert "asks who is the chief executive" in follow_up and "said company spokesperson Jonas Pirtle." in follow_up
    assert answer.refused


def test_a_second_miscast_reply_is_refused(rt: Runtime) -> None:
    gen = FakeGenerator(["Jonas Pirtle is the chief executive of Corvell Foods [1].", "Jonas Pirtle [1]."])
    rt._generator = gen
    answer = ask("Who is the chief executive of Corvell Foods?", rt)
    assert len(gen.calls) == 2 and answer.refused and answer.refusal_reason == "off-target"


def test_a_reply_in_the_role_asked_about_is_not_asked_again(rt: Runtime) -> None:
    gen = FakeGenerator(["Jonas Pirtle is the company spokesperson [1]."])
    rt._generator = gen
    answer = ask("Who is the spokesperson of Corvell Foods?", rt)
    assert len(gen.calls) == 1 and not answer.refused


REFURBISHMENT = (
    "Orla Benning Hall reopens after two-year refurbishment\n"
    "Dunhurst College's Orla Benning Hall reopened to students on Monday after a two-year refurbishment carried out "
    "by Brightmere Construction. College principal Aled Roscoe said the works had come in on budget."
)


@pytest.mark.parametrize(
    "question, passage, miscast_name",
    [
        # the seventeenth smoke check's q069: the builder that carried out a refurbishment, given as the architect
        ("Who was the architect of Orla Benning Hall?", REFURBISHMENT, "Brightmere Construction"),
        ("Who was the architect of Orla Benning Hall?", REFURBISHMENT + " It was designed by Brightmere Construction.", None),
        ("Who was the architect of Orla Benning Hall?", "Architect Brightmere Construction drew the hall.", None),
        ("Who directed Quietwater?", "Quietwater, a 2019 game from Brightmere Construction, sold well.", "Brightmere Construction"),
        ("Who directed Quietwater?", "Quietwater is a 2019 film directed by Brightmere Construction.", None),
        ("Who is the mayor of Dunhurst?", "Dunhurst council leader Brightmere Construction spoke.", "Brightmere Construction"),
        # the role in other words, or a work credited by the possessive (a review's false positives)
        ("Who was the architect of Orla Benning Hall?", "The hall, by architecture firm Brightmere Construction, opened.", None),
        ("Who directed Quietwater?", "Quietwater, the new film by Brightmere Construction, won.", None),
        ("Who composed Quietwater?", "Brightmere Construction's Quietwater opened the festival.", None),
        ("Who is the governor of Dunhurst?", "Gov. Brightmere Construction signed the bill.", None),
        ("Who is the director of the Tate?", "Brightmere Construction, who has led the Tate since 2017, spoke.", None),
        # the twenty-first smoke check's q004: a list of past winners names no chair, however long ago it was asked
        ("Who chaired the judging panel for the 2023 Castellan Prize?", "Selected winners\n2021 - Brightmere Construction, Pilot Light",
         "Brightmere Construction"),
        ("Who chaired the judging panel for the 2023 Castellan Prize?", "Brightmere Construction, chair of the 2023 judges, said.", None),
        ("Who chaired the judging panel for the 2023 Castellan Prize?", "The panel was led by Brightmere Construction.", None),
        ("Who is the chair of Dunhurst Foods?", "Dunhurst Foods founder Brightmere Construction spoke.", "Brightmere Construction"),
        ("Who is the chair of the Federal Reserve?", "Fed chief Brightmere Construction signalled rate cuts.", None),
        ("Who chaired the panel discussion?", "The panel discussion was moderated by Brightmere Construction.", None),
        ("Who chaired the judging panel?", "Brightmere Construction, heading the five-strong judging panel, said.", None),
        # an editor asked by the verb in the past tense is left to the model, as before
        ("Who edited the Herald from 1985 to 1995?", "Brightmere Construction, who ran the paper from 1985 to 1995, died.", None),
        # a chief executive is the company's "boss": a role a report writes by other words is left to the model
        ("Who is the chief executive of Dunhurst Foods?", "Dunhurst Foods boss Brightmere Construction spoke.", None),
        # the twenty-second smoke check's q034: a racehorse's owners given as its trainer
        ("Who trained the racehorse Merrow Queen?", "She was owned by Brightmere Construction and ran 23 times.",
         "Brightmere Construction"),
        ("Who trained the racehorse Merrow Queen?", "Merrow Queen, trained by Brightmere Construction, won.", None),
        ("Who trained the racehorse Merrow Queen?", "Brightmere Construction's yard in Lambourn sent out Merrow Queen.", None),
        ("Who trained the racehorse Merrow Queen?", "Merrow Queen, saddled by Brightmere Construction, won.", None),
        # only an animal's trainer is asked by the verb (a review of this step: "Who trained ChatGPT?", an athlete's coach)
        ("Who trained ChatGPT?", "ChatGPT was built by Brightmere Construction.", None),
        ("Who trained the sprinter Ada Pell?", "Ada Pell and her mentor Brightmere Construction celebrated.", None),
    ],
)
def test_a_role_its_passages_never_write_is_not_the_answers(question: str, passage: str, miscast_name: str | None) -> None:
    found = miscast(question, [("Brightmere Construction [1].", [passage])])
    assert (found.name if found else None) == miscast_name


@pytest.mark.parametrize(
    "question, passage, miscast_name",
    [
        # the twenty-first smoke check's q010: asked for the deputy, passages that write no deputy give the leader
        ("Who was deputy leader of the 2017 Veyrin Ice Shelf expedition?",
         "The 2017 Veyrin Ice Shelf expedition was led by Dr Brightmere Construction of the University of Sallowgate.",
         "Brightmere Construction"),
        ("Who is the deputy mayor of Dunhurst?", "Mayor Brightmere Construction opened the fair.", "Brightmere Construction"),
        ("Who is the vice president of Dunhurst Foods?", "President Brightmere Construction spoke.", "Brightmere Construction"),
        # passages that write a deputy are left to the model
        ("Who was deputy leader of the 2017 Veyrin Ice Shelf expedition?",
         "Dr Brightmere Construction was second-in-command of the 2017 expedition.", None),
        ("Who was deputy leader of the 2017 Veyrin Ice Shelf expedition?",
         "It was led by Dr Ola Berg, with Brightmere Construction as her deputy.", None),
        ("Who is the deputy mayor of Dunhurst?", "Brightmere Construction was named deputy mayor.", None),
        # the role itself asked: no deputy needed
        ("Who was leader of the 2017 Veyrin Ice Shelf expedition?", "It was led by Brightmere Construction.", None),
        # a deputy written otherwise, a rank of its own, a leader under another title (a review's false positives)
        ("Who is the vice president of engineering at Corvell?", "Corvell's VP of Engineering, Brightmere Construction, said.", None),
        ("Who is the assistant coach of Dunhurst Rovers?", "Head coach Ola Berg and her assistants Brightmere Construction and Sam Reed.", None),
        ("Who is the deputy leader of the SNP?", "SNP depute leader Brightmere Construction told the conference.", None),
        ("Who is the deputy leader of the party?", "Brightmere Construction, the party's No. 2, spoke.", None),
        ("Who is the vice-chancellor of Oxford?", "Oxford's head, Professor Brightmere Construction, spoke.", None),
        ("Who is the leader of China?", "President Brightmere Construction met the delegation in Beijing.", None),
        ("Who captains league leader Leinster?", "Leinster captain Brightmere Construction lifted the trophy.", None),
    ],
)
def test_asked_for_a_deputy_passages_that_write_none_give_none(question: str, passage: str, miscast_name: str | None) -> None:
    found = miscast(question, [("Brightmere Construction [1].", [passage])])
    assert (found.name if found else None) == miscast_name


def test_a_deputy_from_passages_that_write_none_is_asked_for_once_more_then_refused(
    tmp_path: Path, ingested_runtime: Callable[..., Runtime]
) -> None:
    """The twenty-first smoke check's q010, through the answer path: asked the expedition's deputy leader, its leader."""
    folder = tmp_path / "polar"
    folder.mkdir()
    (folder / "veyrin.txt").write_text(
        "2017 Veyrin Ice Shelf expedition\nThe 2017 Veyrin Ice Shelf expedition was organised by the Sallowgate Polar Trust. "
        "It was led by Dr Anouk Pellerin of the University of Sallowgate and comprised nine scientists."
    )
    gen = FakeGenerator(["Dr Anouk Pellerin [1].", "Dr Anouk Pellerin [1]."])
    answer = ask("Who was deputy leader of the 2017 Veyrin Ice Shelf expedition?", ingested_runtime(folder, gen))
    assert len(gen.calls) == 2
    assert gen.calls[1][-1]["content"].startswith("The question asks who is the deputy leader, but the passages say of Anouk Pellerin")  # a title is no part of the name
    assert answer.refused and answer.refusal_reason == "off-target"
