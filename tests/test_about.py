"""An answer must come from documents about what the question names: a report on a neighbouring subject
of the same kind (Fairview's election for Fairhaven's) is a near miss (issue 12)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

import pytest
from test_answer import ScriptedGenerator, passage_with, shown_passages

from rag.answering.about import _look_alike, proper_names, quoted_titles, retitled
from rag.answering.answer import ask
from rag.answering.prompt import REFUSAL
from rag.answering.revision import revision_note
from rag.answering.subjects import writes_whole, written_apart
from rag.records import Answer
from rag.runtime import Runtime

FAIRVIEW = (
    "Whitfield ousts incumbent in Fairview mayoral race\nNov. 8, 2023\n\n"
    "FAIRVIEW — Council member Dana Whitfield defeated two-term Mayor Mark Osei in Tuesday's election, taking "
    "52.4% of the vote. Turnout was 38%, up from 31% in 2019.\n"
)
FAIRHAVEN = (
    "Fairhaven re-elects Mayor Rosa Lindqvist for third term\nNov. 8, 2023\n\n"
    "FAIRHAVEN — Mayor Rosa Lindqvist cruised to a third term on Tuesday, beating challenger Tom Greaves with "
    "61% of the vote. Voters also approved a bond for a new library branch.\n"
)
TURNOUT_Q = "What was the turnout in the Fairhaven mayoral election?"


def test_proper_names_are_capitalised_words_inside_a_sentence() -> None:
    found = proper_names("FAIRVIEW — Council member Dana Whitfield defeated two-term Mayor Mark Osei on Tuesday.")
    # the line's first word is capitalised for grammar; titles, weekdays and months link no two reports
    assert found == {"dana", "whitfield", "mark", "osei"}
    assert proper_names("São Tomé moved. Then Príncipe did, said Ana.") == {"tome", "principe", "ana"}


Shown = list[tuple[int, str, str]]


def _ask_over(
    folder: Path, files: dict[str, str], reply: str | Callable[[Shown], str], cite: str, question: str,
    ingested_runtime: Callable[..., Runtime],
) -> tuple[ScriptedGenerator, Answer]:
    """``question`` asked over ``files`` written to ``folder``, the model replying ``reply`` with the marker
    of the passage that holds ``cite`` in place of ``{n}`` (or what ``reply`` gives for the passages shown)."""
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text)
    script = reply if callable(reply) else lambda shown: reply.format(n=passage_with(shown, cite))
    gen = ScriptedGenerator(script)
    return gen, ask(question, ingested_runtime(folder, gen))


@pytest.fixture
def races(tmp_path: Path) -> Path:
    folder = tmp_path / "races"
    folder.mkdir()
    (folder / "fairview-mayor-results.txt").write_text(FAIRVIEW)
    (folder / "fairhaven-mayor-race.txt").write_text(FAIRHAVEN)
    return folder


def _turnout_or_refusal(shown: list[tuple[int, str, str]]) -> str:
    """The model's reply: the turnout a passage shown gives, or the refusal."""
    with_turnout = [n for n, _, text in shown if "Turnout" in text]
    return f"Turnout was 38% [{with_turnout[0]}]." if with_turnout else REFUSAL


def test_an_answer_from_a_neighbouring_subjects_report_is_asked_afresh_over_the_subjects_own(
    races: Path, ingested_runtime: Callable[..., Runtime]
) -> None:
    gen = ScriptedGenerator(_turnout_or_refusal)
    answer = ask(TURNOUT_Q, ingested_runtime(races, gen))
    assert len(gen.calls) == 2
    first, again = shown_passages(gen.calls[0]), shown_passages(gen.calls[1])
    fairhaven = passage_with(first, "Lindqvist")
    # a new prompt, not a correction in the same conversation: only the passage about Fairhaven, under its number
    assert [(n, label) for n, label, _ in again] == [(fairhaven, f"[{fairhaven}]")]
    assert [m["role"] for m in gen.calls[1]] == [m["role"] for m in gen.calls[0]]
    assert gen.calls[1][-1]["content"].endswith(f"Question: {TURNOUT_Q}")
    assert answer.refused and answer.refusal_reason == "model" and answer.citations == []
    assert answer.first_raw.startswith("Turnout was 38%")


def test_a_second_reply_that_cites_the_neighbour_again_is_refused(
    races: Path, ingested_runtime: Callable[..., Runtime]
) -> None:
    # the fresh prompt no longer shows Fairview's passage; a marker naming it still cites Fairview's report
    fairview: list[int] = []

    def reply(shown: list[tuple[int, str, str]]) -> str:
        fairview.extend(n for n, _, text in shown if "Turnout" in text)
        return f"Turnout was 38% [{fairview[0]}]."

    gen = ScriptedGenerator(reply)
    answer = ask(TURNOUT_Q, ingested_runtime(races, gen))
    assert len(gen.calls) == 2
    assert answer.refused and answer.refusal_reason == "other-subject" and answer.citations == []
    assert revision_note(answer) == (
        "The answer as written was withdrawn: the documents it cites are about another subject than the one the "
        "question names."
    )


def test_an_answer_from_the_subjects_own_report_stands(races: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    gen = ScriptedGenerator(lambda shown: f"Turnout was 38% [{passage_with(shown, 'Turnout')}].")
    answer = ask("What was the turnout in the Fairview mayoral election?", ingested_runtime(races, gen))
    assert len(gen.calls) == 1
    assert not answer.refused and answer.citations[0].hit.chunk.file_name == "fairview-mayor-results.txt"


def test_a_name_of_several_words_must_be_mentioned_whole(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    # "Northwind" alone names the sibling company: the report on Northwind Systems is no answer for Northwind Energy
    gen, answer = _ask_over(
        tmp_path / "results", {"systems.txt": "Northwind Systems reported second-quarter revenue of $3.98 billion on Tuesday.\n"},
        "$3.98 billion [{n}].", "revenue", "What was Northwind Energy's second-quarter revenue?", ingested_runtime,
    )
    assert len(gen.calls) == 2
    assert "do not mention Northwind Energy. No passage mentions Northwind Energy." in gen.calls[1][-1]["content"]
    assert answer.refused and answer.refusal_reason == "other-subject"


def test_an_answer_through_a_second_document_that_names_the_subject_stands(
    tmp_path: Path, ingested_runtime: Callable[..., Runtime]
) -> None:
    # one passage ties the Fatemiyoun to the shrine near Damascus, the other says whose tomb the shrine near
    # Damascus is: the cited one need not name them (eval/gold.jsonl q050)
    files = {
        "video.txt": "A video shows Fatemiyoun fighters taking refuge in the Zainab shrine near Damascus.\n",
        "shrine.txt": "The shrine outside Damascus is the tomb of the granddaughter of the Prophet Muhammad.\n",
    }
    gen, answer = _ask_over(
        tmp_path / "war", files, "The granddaughter of the Prophet Muhammad [{n}].", "tomb",
        "The shrine where Fatemiyoun fighters took refuge is the tomb of whom?", ingested_runtime,
    )
    assert len(gen.calls) == 1
    assert not answer.refused and answer.citations[0].hit.chunk.file_name == "shrine.txt"


def test_a_second_reply_from_the_subjects_report_stands(races: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    replies = iter([("Turnout was 38% [{}].", "Turnout"), ("Rosa Lindqvist won a third term [{}].", "Lindqvist")])

    def reply(shown: list[tuple[int, str, str]]) -> str:
        text, word = next(replies)
        return text.format(passage_with(shown, word))

    gen = ScriptedGenerator(reply)
    answer = ask("Who won the Fairhaven mayoral election?", ingested_runtime(races, gen))
    assert len(gen.calls) == 2
    assert not answer.refused, answer.refusal_reason
    assert answer.citations[0].hit.chunk.file_name == "fairhaven-mayor-race.txt"


def test_a_common_word_of_the_name_in_the_cited_document_does_not_make_it_the_sibling(
    tmp_path: Path, ingested_runtime: Callable[..., Runtime]
) -> None:
    # "the bridge and highways contractor" does not name the Kelvering Bridge: the answer goes through the
    # report that says Brannock Civil repaired it (the blind smoke check of the twelfth step, s002)
    bridge = "The Kelvering Bridge reopened on Friday. Contractors Brannock Civil replaced its bearings.\n"
    firm = "Brannock Civil, the bridge and highways contractor founded in 1978 by Declan Brannock, is to be employee-owned.\n"
    gen, answer = _ask_over(
        tmp_path / "works", {"bridge.txt": bridge, "firm.txt": firm}, "It was founded in 1978 [{n}].", "founded",
        "When was the contractor that repaired the Kelvering Bridge founded?", ingested_runtime,
    )
    assert len(gen.calls) == 1
    assert not answer.refused and answer.citations[0].hit.chunk.file_name == "firm.txt"
    # the sibling names a word of it: "Kelvering Footbridge" in a report on the Kelvering Bridge
    footbridge = "The Kelvering Footbridge, by Brannock Civil, opened in 2021.\n"
    gen, answer = _ask_over(
        tmp_path / "works2", {"bridge.txt": bridge, "footbridge.txt": footbridge}, "It opened in 2021 [{n}].", "opened",
        "When did the Kelvering Bridge open?", ingested_runtime,
    )
    assert answer.refusal_reason == "other-subject"


def test_a_longer_name_that_the_name_begins_is_a_sibling_not_a_bridge(
    tmp_path: Path, ingested_runtime: Callable[..., Runtime]
) -> None:
    # a forum post names both resorts: it is no bridge to the neighbour's price list, whose "Sollenberg" is
    # another name than Sollen (the tenth smoke check's q069)
    files = {
        "sollen.txt": "Sollen Ski Area lift passes\nAdult day pass 54 euros. Afternoon pass 39 euros.\n",
        # "Adult" is a proper name to both: alone it would link the two price lists as a bridge
        "sollenberg.txt": "Sollenberg Family Ski Resort prices\nChild day pass 22 euros · Adult 46 euros.\n",
        "forum.txt": "Re: Sollen or Sollenberg for a first ski trip?\nWe did Sollen last winter. Great snow, short queues.\n",
    }

    def reply(shown: Shown) -> str:
        return next((f"22 euros [{n}]." for n, _, text in shown if "Child" in text), REFUSAL)

    gen, answer = _ask_over(tmp_path / "ski", files, reply, "", "How much is a child's day pass at the Sollen ski area?", ingested_runtime)
    assert len(gen.calls) == 2, "asked afresh over the passages about Sollen"
    assert answer.refused


@pytest.mark.parametrize(
    ("word", "text", "look_alike"),
    [
        ("Sollen", "Sollenberg Family Ski Resort", True),
        ("Kelsham", "Kelshaw Town Council has elected a mayor", True),
        ("Syria", "Syrians and Iranians met.", False),  # a people, not another name
        ("Iran", "Iranians met.", False),
        ("Sollen", "the sollenberg road", False),  # not written as a name
        ("Sollen", "Sollen's lifts", False),
    ],
)
def test_a_look_alike_of_a_word_of_the_name(word: str, text: str, look_alike: bool) -> None:
    assert _look_alike(word, text) is look_alike


def test_a_report_that_never_writes_the_name_whole_is_about_a_sibling(
    tmp_path: Path, ingested_runtime: Callable[..., Runtime]
) -> None:
    # "Dunmere" and "Cup" are both in the women's final report, but it never writes "Dunmere Cup": asked
    # afresh over the report that does (the fourth smoke check's s007)
    files = {
        "womens-final.txt": "Sandby win Dunmere Women's Cup\n\nRebecca Moyle scored the winning goal in the final at Greaves Park.\n",
        "final.txt": "Harlow lift the Dunmere Cup\n\nLiam Garvey scored the winning goal in the final on Saturday.\n",
    }
    def reply(shown: Shown) -> str:
        moyle = [n for n, _, text in shown if "Moyle" in text]
        return f"Rebecca Moyle scored it [{moyle[0]}]." if moyle else f"Liam Garvey scored it [{passage_with(shown, 'Garvey')}]."

    gen, answer = _ask_over(
        tmp_path / "cups", files, reply, "", "Who scored the winning goal in the Dunmere Cup final?", ingested_runtime
    )
    assert len(gen.calls) == 2
    again = shown_passages(gen.calls[1])
    assert len(again) == 1 and "Liam Garvey" in again[0][2]
    assert not answer.refused and answer.citations[0].hit.chunk.file_name == "final.txt"
    # the women's final asked about by its own name: its report writes it whole, and the answer stands
    gen, answer = _ask_over(
        tmp_path / "cups2", files, "Rebecca Moyle scored it [{n}].", "Moyle",
        "Who scored the winning goal in the Dunmere Women's Cup final?", ingested_runtime,
    )
    assert len(gen.calls) == 1 and not answer.refused


@pytest.mark.parametrize(
    "question", ["Who is the chief executive of Corvell Foods?", "who is the chief executive of corvell foods"]
)
def test_a_report_whose_headline_names_a_sibling_is_another_subjects(
    question: str, tmp_path: Path, ingested_runtime: Callable[..., Runtime]
) -> None:
    """Corvell Systems' report names Corvell Foods only to say they are not related: its headline names the
    sibling, so its chief executive is asked afresh over the reports headlined Corvell Foods (the fifth smoke
    check's p008); a question about Corvell Systems itself stands. Typed in lower case, the question is read with
    the capitals its passages give its names (rag.answering.casing)."""
    files = {
        "systems.txt": "Corvell Systems names Annika Rhoe chief executive\nFebruary 6, 2024\n\nCorvell Systems has appointed "
        "Annika Rhoe as chief executive. Corvell Systems is not related to Corvell Foods, the snack producer.\n",
        "foods.txt": "Corvell Foods recalls peanut spread\nJuly 2, 2024\n\nCorvell Foods has recalled 14,000 jars of peanut spread.\n",
    }
    def reply(shown: Shown) -> str:
        rhoe = [n for n, _, text in shown if "Rhoe" in text]
        return f"Annika Rhoe is the chief executive of Corvell Foods [{rhoe[0]}]." if rhoe else REFUSAL

    gen, answer = _ask_over(tmp_path / "corvell", files, reply, "", question, ingested_runtime)
    assert len(gen.calls) == 2
    again = shown_passages(gen.calls[1])
    assert [text[:20] for _, _, text in again] == ["Corvell Foods recall"]
    assert answer.refused
    gen, answer = _ask_over(
        tmp_path / "corvell2", files, "Annika Rhoe is the chief executive of Corvell Systems [{n}].", "Rhoe",
        "Who is the chief executive of Corvell Systems?", ingested_runtime,
    )
    assert len(gen.calls) == 1 and not answer.refused


def test_a_report_headlined_with_its_events_prize_is_about_the_event(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    """A report headlined with the contest's prize ("Calder Bell") writes the contest whole in the sentence its
    headline runs into: it is about the contest, not a sibling, whatever another passage's title says (the sixth
    smoke check's r008)."""
    files = {
        "bell.txt": "'Night Ferries' wins Calder Bell\n\nSaturday 13 May 2023 — Night Ferries, sung by Ada Lind, won the Calder "
        "Bell at the 2023 Calder Song Festival, held in Ostrava. The press award went to Moth Choir.\n",
        "notes.txt": "Calder Song Festival 2023 — my notes\n\nI am so glad Night Ferries won. The staging was wild.\n",
    }
    gen, answer = _ask_over(
        tmp_path / "bell", files, "The 2023 Calder Song Festival was held in Ostrava [{n}].", "Ostrava",
        "Where was the 2023 Calder Song Festival held?", ingested_runtime,
    )
    assert len(gen.calls) == 1 and not answer.refused and "Ostrava" in answer.text


def test_a_report_headlined_with_a_sequel_is_another_subjects(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    """The sequel's announcement names the original only in its headline: asked about the original, an answer
    from it is asked afresh over the review of the original (the sixth smoke check's r005)."""
    files = {
        "sequel.txt": "Brightmoss announces Harrow Keep II\n\nNine Ravens has confirmed that a sequel to its castle puzzle game is "
        "in development, but not at the studio that made the original. The new game is built by Brightmoss Games.\n",
        "review.txt": "Review: Harrow Keep\n\nHarrow Keep is a castle puzzle game developed by Oakhollow Studios.\n",
    }

    def reply(shown: Shown) -> str:
        n = [n for n, _, text in shown if "Brightmoss Games" in text]
        return f"Brightmoss Games developed it [{n[0]}]." if n else f"Oakhollow Studios [{shown[0][0]}]."

    gen, answer = _ask_over(tmp_path / "keep", files, reply, "", "Which studio developed the original Harrow Keep video game?", ingested_runtime)
    assert len(gen.calls) == 2 and [text[:14] for _, _, text in shown_passages(gen.calls[1])] == ["Review: Harrow"]
    assert not answer.refused and "Oakhollow" in answer.text


@pytest.mark.parametrize(
    "question, title, sibling",
    [
        ("Who is the chief executive of Corvell Foods?", "Corvell Systems names Annika Rhoe chief executive", True),
        ("Who won the Northgate Cup?", "Brannock wins Northgate Junior Cup on tiebreak", True),
        ("Who won the Northgate Cup?", "Delacourt takes Northgate Cup title at last", False),
        ("Who won best actress at the Brisca Film Festival?", "'The Salt Orchard' takes Golden Heron at Brisca", False),
        ("Who won best actress at the Brisca Film Festival?", "Salt Orchard wins at Brisca September festival", False),
        ("What is the merged Halbrook Insurance and Verano Mutual called?", "Halbrook-Verano merger closes", False),
        # a sequel's number (the sixth smoke check's r005)
        ("Which studio developed the original Harrow Keep video game?", "Brightmoss announces Harrow Keep II Nine Ravens has", True),
        ("Who wrote Glass Orchard?", "Glass Orchard 2: the return", True),
        ("Which studio is developing Harrow Keep II?", "Brightmoss announces Harrow Keep II", False),
        ("Who won the Harbour Run?", "Harbour Run 2024 results", False),
        ("Who won the Harbour Run?", "Harbour Run 5 km results", False),
        # a model's number is no word of a sibling's name
        ("What is the battery capacity of the Kestrel K7 Trail?", "Kestrel K7 Trail electric mountain bike", False),
        ("What is the battery capacity of the Kestrel K7 Trail?", "Kestrel Mountain Trail review", True),
    ],
)
def test_a_title_that_names_a_sibling(question: str, title: str, sibling: bool) -> None:
    from rag.answering.about import _titles_a_sibling
    from rag.answering.subjects import fold, subjects

    asked = {fold(w) for w in re.findall(r"\w+", question)}
    name = max(subjects(question), key=len)
    assert _titles_a_sibling(name, title, asked) is sibling


@pytest.mark.parametrize(
    "words, text, whole",
    [
        (("corvane", "energy"), "shares in corvane energy's parent rose", True),
        (("dunmere", "cup"), "the dunmere women's cup final", False),
        (("sallowby", "marathon"), "the sallowby half marathon", False),
        (("sallowby", "marathon"), "won the sallowby\nmarathon on sunday", True),
    ],
)
def test_a_name_is_written_whole_when_its_words_stand_together(words: tuple[str, ...], text: str, whole: bool) -> None:
    assert writes_whole(words, text) is whole


def test_a_name_written_apart_has_a_capitalised_word_inside() -> None:
    assert written_apart(("Dunmere", "Cup"), "Sandby won the Dunmere Women's Cup on Sunday.")
    assert written_apart(("Pellbridge", "Folk", "Festival"), "the Pellbridge Winter Folk Festival")
    # a headline's words far apart are no sibling's name (eval/gold.jsonl q056: "Syria Needs Help")
    assert not written_apart(("Syria", "Needs", "Help"), "Syria needs allies, and Iran will help.")
    assert not written_apart(("Dunmere",), "the Dunmere Women's Cup")


@pytest.mark.parametrize(
    ("question", "titles"),
    [
        ("What did Ilse Marrow's painting 'Harbour at Dusk' fetch?", [("Harbour", "at", "Dusk")]),
        ("Who wrote “Don't Stop Me Now”?", [("Don", "t", "Stop", "Me", "Now")]),
        ('Who wrote the blog post "Iran Retreats From Syria"?', [("Iran", "Retreats", "From", "Syria")]),
        ("What did Araghchi say 'we are not'?", []),  # a quotation of the text, not a title
        ("Who said 'We will fight on the beaches'?", []),  # a quoted sentence, not in title case
        ("How many episodes has 'Glassholm'?", []),  # one word: a name, left to subjects()
        ("What did the players' union and the coaches' group agree?", []),
    ],
)
def test_a_quoted_title_is_one_name_of_its_words(question: str, titles: list[tuple[str, ...]]) -> None:
    assert quoted_titles(question) == titles


PAINTINGS = {
    # the other painting's report says "dusk" in passing, and shares the painter's name with the title's own page
    "dawn.txt": "Record for Ilse Marrow\n\nIlse Marrow's oil 'Harbour at Dawn' sold for £71,000 at auction in Ostmark on "
    "Tuesday. She painted it over one summer, working from dawn until dusk.\n",
    "dusk.txt": "Ilse Marrow retrospective\n\nThe Tremarin gallery shows Ilse Marrow's 'Harbour at Dusk', lent by a private "
    "collector, beside forty of her sketches.\n",
}


def test_an_answer_about_another_title_is_asked_afresh_over_the_titles_own(
    tmp_path: Path, ingested_runtime: Callable[..., Runtime]
) -> None:
    def reply(shown: Shown) -> str:
        return next((f"£71,000 [{n}]." for n, _, text in shown if "71,000" in text), REFUSAL)

    gen, answer = _ask_over(
        tmp_path / "art", PAINTINGS, reply, "", "What price did Ilse Marrow's painting 'Harbour at Dusk' achieve at auction?",
        ingested_runtime,
    )
    assert len(gen.calls) == 2, "asked afresh over the passage that writes the title"
    again = shown_passages(gen.calls[1])
    assert len(again) == 1 and "Tremarin" in again[0][2]
    assert answer.refused


def test_an_answer_from_the_titles_own_report_stands(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    gen, answer = _ask_over(
        tmp_path / "art", PAINTINGS, "It sold for £71,000 [{n}].", "71,000",
        "What price did Ilse Marrow's painting 'Harbour at Dawn' achieve at auction?", ingested_runtime,
    )
    assert len(gen.calls) == 1 and not answer.refused and "£71,000" in answer.text


@pytest.mark.parametrize(
    ("words", "text", "changed"),
    [
        (("Harbour", "at", "Dusk"), "her oil 'Harbour at Dawn' sold", True),
        (("Harbour", "at", "Dusk"), "her oil 'HARBOUR AT Dawn' sold", True),
        (("Harbour", "at", "Dusk"), "her 'Harbour at Dusk' sold", False),  # the title itself
        (("Harbour", "at", "Dusk"), "the harbour at dawn", False),  # no title: a word changed is not capitalised
        (("The", "Salt", "Orchard"), "Amberg's The Salt Garden is out", True),
        (("The", "Salt", "Orchard"), "The salt, the orchard and the sea", False),
        (("Iran", "Retreats", "From", "Syria"), "Iran Retreats From Iraq, it said", True),
        (("Iran", "Retreats", "From", "Syria"), "Iran withdrew from Syria in December", False),
        (("Harbor", "at", "Dusk"), "her 'Harbour at Dusk' sold", False),  # a spelling of the same word
        (("Harbour", "at", "Dusk"), "the harbour by dusk", False),  # prose, not a title
        (("War", "and", "Peace"), "a choice of war or peace", False),
    ],
)
def test_a_title_written_with_a_word_changed(words: tuple[str, ...], text: str, changed: bool) -> None:
    assert retitled(words, text) is changed


def test_a_report_that_writes_each_word_of_the_name_only_in_other_names_is_another_subjects(
    tmp_path: Path, ingested_runtime: Callable[..., Runtime]
) -> None:
    # "Marrowgate" only in a club's name, "Marathon" only in another race's: the Brynhallow results are no answer for
    # the Marrowgate Marathon, asked afresh over the report that names it (the nineteenth smoke check's q027)
    files = {
        "brynhallow.txt": "Brynhallow Half Marathon — results\n\nMen 1. Ivo Dancaster (Vorne Harriers) 1:03:31 "
        "2. Osric Kestell (Marrowgate Harriers) 1:05:42\n",
        "marrowgate.txt": "Record field for Marrowgate Marathon\n\nThe Marrowgate Marathon men's race was won by "
        "Tobias Wrenfield in 2:14:05.\n",
    }

    def reply(shown: Shown) -> str:
        bryn = [n for n, _, text in shown if "Dancaster" in text]
        return f"Ivo Dancaster won the men's race [{bryn[0]}]." if bryn else f"Tobias Wrenfield [{passage_with(shown, 'Wrenfield')}]."

    gen, answer = _ask_over(tmp_path / "races", files, reply, "", "Who won the men's race at the Marrowgate Marathon?", ingested_runtime)
    assert len(gen.calls) == 2
    again = shown_passages(gen.calls[1])
    assert len(again) == 1 and "Wrenfield" in again[0][2]
    assert not answer.refused and answer.citations[0].hit.chunk.file_name == "marrowgate.txt"
    # asked about the Brynhallow race by its own name, the results stand
    gen, answer = _ask_over(
        tmp_path / "races2", files, reply, "", "Who won the men's race at the Brynhallow Half Marathon?", ingested_runtime
    )
    assert len(gen.calls) == 1 and not answer.refused and answer.citations[0].hit.chunk.file_name == "brynhallow.txt"
