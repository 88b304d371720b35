"""An answer to what happened must be stated as done by its passage, not only expected, planned or
forecast there (issue 12: near-miss answers from a preview of the event asked about)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest
from test_answer import ScriptedGenerator, passage_with

from rag.answering.answer import ask
from rag.answering.prospects import asks_decided, asks_done, unrealised
from rag.answering.revision import revision_note
from rag.runtime import Runtime
from rag.testing import FakeGenerator


@pytest.mark.parametrize(
    "question, done",
    [
        ("Who won the 2025 Lakeside Marathon?", True),
        ("What revenue did Orrin Tools report for the third quarter?", True),
        ("How many named storms formed in the 2025 season?", True),
        ("When was the bridge opened?", True),
        ("When will the bridge open?", False),
        ("How many named storms did forecasters predict for 2025?", False),  # asks for the forecast itself
        ("Who is expected to win the Lakeside Marathon?", False),
        ("What is the capital of Peru?", False),
        ("Where is the Harbour Bowl being played?", False),  # present, not past: "played" is no outcome
        ("When are the finals held?", False),
    ],
)
def test_a_question_that_asks_what_happened(question: str, done: bool) -> None:
    assert asks_done(question) is done


PREVIEW = (
    "Forecasters expect a busy season\n"
    "MIAMI, May 21, 2025 — Forecasters at the weather agency expect 14 to 19 named storms this season, "
    "of which 6 to 9 could become hurricanes. The season runs from June 1 to Nov. 30."
)


@pytest.mark.parametrize(
    "question, answer, passage, unreal",
    [
        ("How many named storms formed in the 2025 season?", "14 to 19 named storms formed.", PREVIEW, "14"),
        ("What revenue did Orrin Tools report for the fourth quarter?", "$2.1 billion to $2.3 billion.",
         "Orrin Tools reported third-quarter revenue of $1.9 billion. It guided fourth-quarter revenue to $2.1 billion to $2.3 billion.", "2.1"),
        ("Who won best novel at the 2025 Harrow Awards?", "Mira Osei won best novel.",
         "Best novel nominees include Mira Osei's 'Saltwater' and Tom Brandt's 'Rain'.", "Mira Osei"),
        ("When did the Kestrel probe launch?", "It launched in 2027.", "The Kestrel probe is planned for 2027.", "2027"),
        # a schedule kept so far, and what should happen (the eighteenth smoke check's q080 and q006)
        ("When did Aurel-3 go up?", "In the fourth quarter of 2024.",
         "Istrand Orbital today confirmed that Aurel-3 has completed testing and remains on track for launch in the fourth "
         "quarter of 2024.", "2024"),
        ("When did the new A&E open?", "In autumn 2023.", "Work is on schedule, and the unit should open in autumn 2023.", "2023"),
        # the headline runs into the first sentence, whose outcome is of another thing (testing): the date stays
        # what the schedule governs
        ("When did Aurel-3 go up?", "Aurel-3 went up in the fourth quarter of 2024.",
         "Aurel-3 on track for late 2024 launch Istrand Orbital today confirmed that the Aurel-3 satellite has completed "
         "thermal vacuum testing and remains on track for launch in the fourth quarter of 2024.", "2024"),
        ("When did the Kestrel probe launch?", "In 2027.", "The Kestrel probe, scheduled for 2027, launched in 2028.", "2027"),
        ("When did the Kestrel probe launch?", "In 2027.", "The probe scheduled for 2027 launched in March.", "2027"),
        # a prospect's name before its outcome is no schedule: the favourite won
        ("Who won the Lakeside Marathon?", "Ana Ruiz won.", "Pre-race favourite Ana Ruiz won the Lakeside Marathon in 2:21.", None),
        ("Who won the Lakeside Marathon?", "Ana Ruiz won.", "Tipped for victory, Ana Ruiz won the Lakeside Marathon.", None),
        # only a date asked when: not a name or a figure after a prospect's preposition (a review of this step)
        ("Who won the 2022 Pennsylvania governor's race?", "Josh Shapiro won.",
         "Democratic nominee for governor Josh Shapiro won the race by 15 points.", None),
        ("What revenue did Orrin report for 2024?", "$4.5 billion.", "Orrin reported revenue ahead of forecasts at $4.5 billion in 2024.", None),
        ("When did the new A&E open?", "In autumn 2023.", "The unit, which should have opened in 2022, opened in autumn 2023.", None),
        # an opinion is no plan (the news set's q053)
        ("In which city did the talks take place?", "Doha.", "Araghchi said after the meeting in Doha that the conflict should end.", None),
        ("How many named storms formed in the 2025 season?", "14 to 19 named storms, 2 to 4 of Category 3.", PREVIEW, "14"),
        # stated as done in one clause: the prospect beside it does not count against it
        ("Who won the Lakeside Marathon?", "Ana Ruiz won.", "Ana Ruiz, who was expected to finish third, won in 2:21.", None),
        ("Who won the Lakeside Marathon?", "Ana Ruiz won.", "Ana Ruiz, the favourite, won in 2:21.", None),
        # a credit is no prospect, whatever the clauses after it say
        ("Who reported CVE-2022-39253?", "Cory Snider reported it.",
         "Thanks to Cory Snider of Mirantis for reporting this vulnerability and Taylor Blau for the mitigation. "
         "* Addresses CVE-2022-39260: a long command string could overflow and run arbitrary code.", None),
        # a headline runs into its report's first sentence: the outcome stated there counts
        ("How much did Iron Gate take in its opening weekend?", "$48.6 million.",
         "'Iron Gate' opens to $48.6 million, topping forecasts Published 24 June 2024 The film took $48.6 million "
         "in its opening weekend.", None),
        # a name without a verb of its own is what the clause after it says of it, or its whole sentence
        ("Who won the Lakeside Open final?", "Ines Varga won the final.",
         "Ines Varga will face Mia Holm in Sunday's final. Varga, 27, is the clear favourite.", "Ines Varga"),
        ("Which novel won the 2025 Harrow Prize?", "The Quiet Field won.",
         "The shortlist is: The Quiet Field by Ana Ruiz, Salt by Tom Brandt and Ember by Lee Park.", "Quiet Field"),
        ("How many named storms formed in 2024?", "17 named storms.",
         "The 2024 season ended with 17 named storms, forecasters said. They expect more next year.", None),
        # a claim is no award (the third smoke check's r022)
        ("How much did the court award Nanoquire?", "$210 million.",
         "The court will rule on 30 June in the dispute, in which the chipmaker is seeking $210 million in damages.", "210"),
        ("How much did the court award Nanoquire?", "$210 million.",
         "The court awarded Nanoquire $210 million, the sum it had sought.", None),
        # a sentence that goes on with the one before: the shortlist's names (the fourth smoke check's s020)
        ("Who won the Hensley Young Writers Award?", "Rhian Moss.",
         "Six writers have been shortlisted for the Hensley Young Writers Award. They are Rhian Moss, Dev Kapoor "
         "and Kit Harmer.", "Rhian Moss"),
        ("Who won the Hensley Young Writers Award?", "Rhian Moss.",
         "Three writers won Hensley awards this year. They are Rhian Moss, Dev Kapoor and Kit Harmer.", None),
        # "planning" as a verb is a plan; a planning committee's approval is done (the seventh smoke check's q055)
        ("How many homes were approved at Alder Farm?", "48 homes were approved [1].",
         "Kelby planning committee has approved 48 homes on land at Alder Farm, after the developer cut the scheme.", None),
        ("How many homes did Brack Homes build at Alder Farm?", "48 homes [1].",
         "Brack Homes is planning to build 48 homes at Alder Farm.", "48"),
        # a target is what a collection hopes for; what it raised beside the target is done (the eleventh smoke check's q002)
        ("What total did the Santa run bring in for the hospice?", "£8,000 [1].",
         "We have ordered 300 Santa suits. Our fundraising target is £8,000 for St Brannoc's Hospice.", "8,000"),
        ("What total did the Santa run bring in for the hospice?", "£6,340 [1].",
         "The Santa run raised £6,340 for St Brannoc's Hospice, short of its £8,000 target.", None),
        ("What total did the Santa run bring in for the hospice?", "£8,000 [1].",
         "The Santa run hit its £8,000 target for St Brannoc's Hospice.", None),
        ("What was the total attendance across the five days of Tessaly Tech Week?", "12,000 visits [1].",
         "Organisers hope for 12,000 visits across the five days.", "12,000"),
        # not a prospect: a month, a cause
        ("When did the plant reopen?", "It reopened on May 5.", "The plant reopened on May 5 after repairs.", None),
        ("Who won the final?", "Lee Park won the final.", "Lee Park won the final, due to an injury to her rival.", None),
        # the question asks for the forecast
        ("How many storms did forecasters predict?", "14 to 19.", PREVIEW, None),
        # nothing in the passage holds the answer's figure: the support check's to judge
        ("How many named storms formed in the 2025 season?", "21 named storms.", PREVIEW, None),
    ],
)
def test_an_answer_its_passages_only_expect(question: str, answer: str, passage: str, unreal: str | None) -> None:
    found = unrealised(question, [(answer, [passage])])
    assert (found.anchor if found else None) == unreal


@pytest.mark.parametrize(
    "question, answer, passage, unreal",
    [
        # the event asked about is only to come in the passage: whatever the answer's name, it is no outcome
        ("Who won the Harbour Bowl?", "The Otters won the Harbour Bowl.",
         "Otters, Herons set for Harbour Bowl in Dunmore. The Otters won the title in 2019.", "Harbour Bowl"),
        ("Who won the 2025 Alpine Cup?", "Lena Vogt won the 2025 Alpine Cup.",
         "Lena Vogt won the Valley Trophy on Sunday. The tour moves next weekend to the Alpine Cup.", "Alpine Cup"),
        ("What did the central bank decide at its September 2025 meeting?", "It held rates at 4%.",
         "The central bank held rates at 4% on 3 August 2025. The next decision is due on 18 September.", "September"),
        ("Who won the 2026 Lakeside Marathon?", "Ana Ruiz won the 2026 Lakeside Marathon.",
         "Ana Ruiz won the Lakeside Marathon on Sunday. She said she would defend her title, and the 2026 race is "
         "scheduled for April 12.", "2026"),
        # "will" of a report is often the future of what did happen: the name is not held to it
        ("Which release announced that Fiji suspends DST?", "2021b.", "Fiji will suspend DST for the 2021/2022 season.", None),
        # asked when, a day an event is set for is its schedule; a year it is planned for is not
        ("When was the 2025 Alpine Cup?", "June 4, 2025.", "The tour moves next weekend to the Alpine Cup on June 4.", None),
        ("When did the Kestrel probe launch?", "In 2027.", "The Kestrel probe is scheduled to launch in 2027.", "2027"),
        # a time of year relative to the report is a when-answer too, and "next spring" a plan
        ("When did the Kestrel probe launch?", "It launched next spring.", "Kestrel Space plans to launch the probe next spring.", "next spring"),
        ("When did the Kestrel probe launch?", "It launched last spring.", "The probe launched last spring, the agency said.", None),
        # asked when, the name beside the date is not what was asked
        ("When did the rebels take Hama?", "On December 5, 2024, as they advanced on Damascus.",
         "The rebels took Hama on December 5, 2024. They are expected to advance on Damascus.", None),
    ],
)
def test_an_event_its_passages_only_expect(question: str, answer: str, passage: str, unreal: str | None) -> None:
    found = unrealised(question, [(answer, [passage])])
    assert (found.anchor if found else None) == unreal


def test_a_name_stated_as_done_in_another_passage_shown_is_kept() -> None:
    # the model cites the preview, and the result report shown beside it says the same name won
    preview = "Ana Ruiz is the favourite to win the women's race on Sunday."
    result = "Ana Ruiz won the women's race on Sunday in 2:21:40."
    answers = [("Ana Ruiz won the women's race.", [preview])]
    assert unrealised("Who won the women's race?", answers) is not None
    assert unrealised("Who won the women's race?", answers, shown=[preview, result]) is None


def test_a_name_stated_as_done_in_a_report_of_the_questions_subject_is_kept() -> None:
    # the model cites the shortlist; the opening report names the library a sentence before its architect (r038)
    shortlist = "Five practices are on the shortlist to design the new Ostby library. They include Brandt Ode and Mira Sallis."
    report = (
        "The Ostby Central Library opened to the public on Thursday. The five-storey building, designed by the architect "
        "Mira Sallis, holds about 200,000 books."
    )
    elsewhere = "The Ostby swimming baths, designed by Mira Sallis, opened in 2019."
    answers = [("Mira Sallis designed the Ostby Central Library.", [shortlist])]
    question = "Who designed the Ostby Central Library?"
    assert unrealised(question, answers, shown=[shortlist, report]) is None
    # a report of another subject that names her does not say she designed the library
    found = unrealised(question, answers, shown=[shortlist, elsewhere])
    assert found is not None and found.anchor == "Mira Sallis"


def test_a_figure_is_not_the_start_of_a_larger_one_in_another_passage() -> None:
    """A recall of "38,500 kettles" shown beside the forecast does not state "38" degrees as done (the fifth
    smoke check's p053): a comma inside a figure ends no clause."""
    forecast = "Temperatures in Port Vessa could reach 38 to 39 degrees on Thursday, July 10, 2025."
    recall = "Tessel recalls 38,500 kettles, February 20, 2025. Tessel is recalling 38,500 kettles sold in Port Vessa in 2025."
    answers = [("38 to 39 degrees on Thursday.", [forecast])]
    question = "How hot did it actually get in Port Vessa during the July 2025 heatwave?"
    assert unrealised(question, answers, shown=[forecast, recall]) is not None
    assert unrealised(question, answers, shown=[forecast, "Port Vessa reached 38 degrees on Thursday, July 10, 2025."]) is None


@pytest.mark.parametrize("season", ["in the autumn", "by the spring", "during the summer"])
def test_a_time_of_year_a_decision_is_expected_is_no_date_it_was_taken(season: str) -> None:
    passage = f"The plan still requires approval from the national rail regulator, which is expected to decide {season}."
    answers = [(f"The national rail regulator is expected to decide {season}.", [passage])]
    found = unrealised("When did the national rail regulator approve the electrification?", answers)
    assert found is not None and found.anchor == season


INVITATIONAL_PREVIEW = (
    "Vantage World Invitational: eight teams, one trophy July 15, 2024 — ArenaWire The Vantage World Invitational "
    "begins on July 18 in Tessary with eight teams, including spring champions Nightfall Lynx and runners-up Ember "
    "Quay. The final is set for July 28 at the Tessary Arena."
)
CUP_PREVIEW = (
    "Delacourt defends Northgate Cup as record field gathers April 17, 2024 — Northgate Observer Defending champion "
    "Karin Delacourt heads a record field of 72 players when the 2024 Northgate Cup begins at the Guildhall on Thursday."
)


@pytest.mark.parametrize(
    "question, answer, passage, unreal",
    [
        # a preview dated before the day the event begins, its headline a fragment (the fifth smoke check's p057, p011)
        ("Which team won the 2024 Vantage World Invitational?", "Nightfall Lynx won the 2024 Vantage World Invitational.", INVITATIONAL_PREVIEW, "Vantage World Invitational"),
        ("Who took the title at the 2024 Northgate Cup?", "Karin Delacourt took the title at the 2024 Northgate Cup.", CUP_PREVIEW, "Northgate Cup"),
        # what a preview knows before the event is no outcome asked (p016)
        ("How many players were in the field for the 2024 Northgate Cup?", "72 players were in the field.", CUP_PREVIEW, None),
        # a result report that names the next edition's start
        (
            "Who won the 2023 Tour of Kessmark?",
            "Joaquin Pell won the 2023 Tour of Kessmark.",
            "Pell seals Tour of Kessmark June 18, 2023 — Joaquin Pell won the 2023 Tour of Kessmark on Sunday. "
            "The next Tour of Kessmark begins on June 9, 2024.",
            None,
        ),
        # a day before the report's date line is done
        (
            "Who won the Vantage World Invitational?",
            "Nightfall Lynx won the Vantage World Invitational.",
            "Lynx roar July 30, 2024 — ArenaWire The Vantage World Invitational ended on July 28 with Nightfall Lynx on top.",
            None,
        ),
    ],
)
def test_an_outcome_asked_of_an_event_its_report_previews(question: str, answer: str, passage: str, unreal: str | None) -> None:
    found = unrealised(question, [(answer, [passage])])
    assert (found.anchor if found else None) == unreal


ELECTION_PREVIEW = (
    "Dunmore County election: who is standing and why it matters Voters in Dunmore County go to the polls on "
    "November 5, 2024 to choose a county executive. The incumbent, Abel Strathearn, was first elected in 2020 with "
    "55.4% of the vote. Three candidates are on the ballot: Abel Strathearn, Wendell Ochoa and Bea Lindahl."
)
SEEDED = (
    "Hollin Open 2023: strong field announced Organisers have published the list of players for this year's "
    "tournament. Top seeds include Leontine Varga, Adrian Kessel and Milan Petrosek."
)
# a list's lines joined, as a short document is shown whole
SHORTLIST = (
    "Sallow Bay Film Festival 2023: the shortlist The shortlist for the 2023 Golden Heron has been announced. Fourteen "
    "films will compete; these are the titles most discussed so far. - Glasshouse, directed by Rosa Delacourt - "
    "Tidewrack, directed by Benedikt Harrow The winner will be announced in October."
)
RESULTS_LIST = "The 2022 Golden Heron results were announced. - Tidewrack, directed by Benedikt Harrow - Glasshouse, runner-up"


@pytest.mark.parametrize(
    "question, answer, passage, unreal",
    [
        # the day voters go to the polls, and the candidates on the ballot (the sixth smoke check's r059)
        ("Who won the 2024 Dunmore County executive election?", "Abel Strathearn [1].", ELECTION_PREVIEW, "Dunmore County"),
        ("Who won the 2023 Hollin Open chess tournament?", "Leontine Varga won it.", SEEDED, "Leontine Varga"),  # r039
        # a list's item is introduced by the sentence before the list (r061)
        ("Which film won the Golden Heron at the 2023 Sallow Bay Film Festival?", "Glasshouse, directed by Rosa Delacourt.", SHORTLIST, "Glasshouse"),
        ("Which film won the Golden Heron in 2022?", "Tidewrack, directed by Benedikt Harrow.", RESULTS_LIST, None),
        # an outcome of a year beside a seed (p013)
        ("Who was runner-up at the 2023 Northgate Cup?", "Yusuf Arlan.", "Last year's runner-up Yusuf Arlan is seeded third.", None),
    ],
)
def test_candidates_seeds_and_a_lists_items_before_the_event(question: str, answer: str, passage: str, unreal: str | None) -> None:
    found = unrealised(question, [(answer, [passage])])
    assert (found.anchor if found else None) == unreal


SHIELD_PREVIEW = (
    "Alder Shield final preview: Dorrit Rovers v Kell City Dorrit Rovers and Kell City meet in the 2024 Alder Shield "
    "final at Pinewood Park on Saturday 18 May 2024. Dorrit Rovers are the holders after beating Kell City in last "
    "year's final."
)
SHIELD_REPORT = (
    "Dorrit Rovers beat Kell City 2-0 in the 2024 Alder Shield final at Pinewood Park. The two sides meet again in "
    "the league next month."
)
RONDA_PREVIEW = (
    "Ronda Vell 2024: who to watch The men's Ronda Vell will start on Sunday, 2 June 2024, in the harbour town of "
    "Ost. Olek Sarn returns to defend his title. Among the men, Olek Sarn and Pau Ribas are considered the ones to beat."
)


@pytest.mark.parametrize(
    "question, answer, passage, unreal",
    [
        # a fixture in the present tense, under a headline that says preview (the sixth smoke check's r062)
        ("Which club won the 2024 Alder Shield final?", "Dorrit Rovers won the 2024 Alder Shield final [1].", SHIELD_PREVIEW, "Alder Shield"),
        ("Which club won the 2024 Alder Shield final?", "Dorrit Rovers won the 2024 Alder Shield final [1].", SHIELD_REPORT, None),
        # a race that will start, and who returns to defend a title (r026)
        ("Who won the men's Ronda Vell in 2024?", "Olek Sarn won the men's Ronda Vell in 2024 [1].", RONDA_PREVIEW, "Ronda Vell"),
        ("Which rider won the 2024 race in Ost?", "Olek Sarn [1].", RONDA_PREVIEW, "Ost"),
        (
            "Who won the men's Ronda Vell in 2024?",
            "Olek Sarn [1].",
            "Olek Sarn returns to defend his title. Among the men, Olek Sarn and Pau Ribas are considered the ones to beat.",
            "Olek Sarn",
        ),
        ("Who won the men's Ronda Vell in 2023?", "Olek Sarn won it [1].", "Olek Sarn successfully defended his title at the 2023 Ronda Vell.", None),
    ],
)
def test_a_fixture_a_start_and_the_ones_to_beat_before_the_event(question: str, answer: str, passage: str, unreal: str | None) -> None:
    found = unrealised(question, [(answer, [passage])])
    assert (found.anchor if found else None) == unreal


def test_a_lists_item_is_quoted_with_what_introduces_it() -> None:
    found = unrealised("Which film won the Golden Heron at the 2023 Sallow Bay Film Festival?", [("Glasshouse [1].", [SHORTLIST])])
    assert found and found.sentence == (
        "Fourteen films will compete; these are the titles most discussed so far. - Glasshouse, directed by Rosa Delacourt"
    )


# the fifteenth smoke check's q020: a list of nominees under the sentence that says what they are
NOMINATIONS = (
    "14th Lindqvist Film Awards: the nominations\n\nNominations for the 14th Lindqvist Film Awards were announced on 1 "
    "February 2022.\n\nBest Film: Lowtide; Paper Crowns; The Winter Ledger.\nBest Director: Amara Quist; Jonah Reyes; "
    "Lotte Brem.\n\nThe Winter Ledger leads with nine nominations."
)
WINNERS = (
    "14th Lindqvist Film Awards: the winners\n\nThe 14th Lindqvist Film Awards were presented on 12 March 2022.\n\n"
    "Best Film: Lowtide.\nBest Director: Amara Quist."
)


@pytest.mark.parametrize(
    "passage, unreal",
    [
        (NOMINATIONS, "Lotte Brem"),
        (WINNERS, None),
        # a winner's line says the outcome itself
        (NOMINATIONS.replace("Best Director: Amara Quist; Jonah Reyes; Lotte Brem.", "Winner: Lotte Brem."), None),
        # a sentence that announces no one in the running is no list's heading (the review of the twenty-fourth step)
        ("The ceremony will be shown on BBC Two on Sunday night.\nBest Director: Amara Quist; Lotte Brem.", None),
    ],
)
def test_a_list_is_stated_with_the_sentence_before_it(passage: str, unreal: str | None) -> None:
    answer = "Lotte Brem [1]." if "Lotte Brem" in passage else "Amara Quist [1]."
    found = unrealised("Who won Best Director at the 14th Lindqvist Film Awards?", [(answer, [passage])])
    assert (found.anchor if found else None) == unreal
    if found:
        assert found.sentence.startswith("Nominations for the 14th Lindqvist Film Awards were announced")


@pytest.mark.parametrize(
    "question, answer, passage, unreal",
    [
        # a plan's "due to" (the sixteenth smoke check's q011), not a cause's
        ("When did the Quayside Link bridge open to traffic?", "In summer 2022 [1].",
         "Work on the Quayside Link began in 2019, with the bridge due to carry its first traffic in summer 2022.", "2022"),
        ("When did the bridge close?", "In March 2022 [1].", "The bridge closed in March 2022 due to storm damage.", None),
        # a budget for a final cost (q035); a cost that came in on budget stands
        ("What was the final cost of the Brackwater ferry terminal refurbishment?", "£9.8 million [1].",
         "Councillors have approved a £9.8 million budget to refurbish the Brackwater ferry terminal.", "9.8"),
        ("How much did the refurbishment cost?", "£9.8 million [1].", "The refurbishment came in on budget at £9.8 million.", None),
        # a budget airline, a chancellor's Budget: no figure's budget (the review of the twenty-fourth step)
        ("How many passengers did Ryanair fly in 2023?", "82 million [1].", "The budget carrier flew 82 million passengers in 2023.", None),
        ("By how much did Hunt cut national insurance?", "2p [1].", "In the Budget, Hunt cut national insurance by 2p.", None),
        # asked for a budget, one approved is the answer, and one proposed is not (the fifth smoke check's p028)
        ("What total 2025 budget did the council finally approve?", "£41 million [1].", "The council approved a £41 million budget for 2025.", None),
        ("What total 2025 budget did the council finally approve?", "£41 million [1].", "The mayor has proposed a £41 million budget for 2025.", "41"),
        ("How much did the refurbishment cost?", "£9.8 million [1].", "The £9.8 million refurbishment, a million under budget, was finished in May.", None),
    ],
)
def test_a_plan_due_to_happen_and_a_budget_are_no_outcome(question: str, answer: str, passage: str, unreal: str | None) -> None:
    found = unrealised(question, [(answer, [passage])])
    assert (found.anchor if found else None) == unreal


@pytest.mark.parametrize(
    "question, answer, passage, unreal",
    [
        # the twentieth smoke check's q038: how the outcome compares with the plan is no plan
        ("At what time did the first passenger tram run on the extension?", "05:42 [1].",
         "The first passenger tram on the extension left Harbour Square at 05:42 on Saturday, three years later than planned.",
         None),
        ("How much did the stadium cost?", "£218 million [1].", "The stadium cost £218 million, far more than had been estimated.", None),
        ("When did the bridge open?", "In June 2022 [1].", "The bridge opened to traffic in June 2022, as planned.", None),
        # a plan still, beside the comparison
        ("How much did the stadium cost?", "£218 million [1].",
         "The stadium is expected to cost £218 million, far more than first planned.", "218"),
        ("When did the bridge open?", "In June 2022 [1].", "The bridge is due to open in June 2022, later than planned.", "2022"),
    ],
)
def test_a_comparison_with_the_plan_is_no_plan(question: str, answer: str, passage: str, unreal: str | None) -> None:
    found = unrealised(question, [(answer, [passage])])
    assert (found.anchor if found else None) == unreal


def test_a_figure_in_another_passage_is_the_answers_only_in_its_currency() -> None:
    """The twenty-first smoke check's q035: asked what a building cost, "48 treatment bays" in the report of its
    opening does not state the estimate "£48 million" as done; "cost £48 million" there would."""
    question = "How much did the new emergency department at Kestleigh General Hospital cost?"
    plan = "Plans for a new emergency department at Kestleigh General Hospital were approved. The building is estimated to cost £48 million."
    opened = "The new emergency department at Kestleigh General Hospital opened. The £61 million building has 48 treatment bays."
    found = unrealised(question, [("£48 million [2]", [plan])], [opened, plan])
    assert found is not None and found.anchor == "48"
    costed = opened.replace("has 48 treatment bays", "cost £48 million")
    assert unrealised(question, [("£48 million [2]", [plan])], [costed, plan]) is None


def test_the_answer_to_a_short_question_in_the_text_is_read_with_it() -> None:
    """The twenty-first smoke check's q002: a preview's "My prediction? Ondarra by two minutes" states a prediction,
    not who won; "The winner? Ondarra, by two minutes." in a report states the outcome."""
    question = "who won the harrowmere marathon womens race in 2020"
    reply = "Maelis Ondarra won the Harrowmere Marathon women's race in 2020 [1]."
    preview = "Maelis Ondarra returns as defending champion, and she has to start as favourite. My prediction? Ondarra by two minutes."
    found = unrealised(question, [(reply, [preview])])
    assert found is not None and found.anchor == "Maelis Ondarra"
    report = preview.replace("My prediction?", "The winner?")
    assert unrealised(question, [(reply, [report])]) is None


@pytest.mark.parametrize(
    "question, reply, passage, unreal",
    [
        # a short question answered by a sentence with a verb of its own: what happened (a review's false positives)
        ("When did the bridge reopen?", "In June 2024 [1].", "When will it reopen? The bridge reopened to traffic in June 2024.", None),
        ("How many named storms formed in the 2024 season?", "21 [1].", "The forecast? In the end 21 named storms formed in the 2024 season.", None),
        # the cost stated as done in words or a code, in another passage shown
        ("How much did the Kestleigh department cost?", "£48 million [1].", "It cost 48 million pounds, the Kestleigh trust said.", None),
        ("How much did the Kestleigh department cost?", "£48 million [1].", "The Kestleigh department cost GBP 48m.", None),
        # a comparison beside a verb in the present: still the plan
        ("When did the new line open?", "In 2026 [1].", "The new line now opens in 2026, three years later than originally planned.", "2026"),
    ],
)
def test_what_a_review_found_stated_as_done_or_still_planned(question: str, reply: str, passage: str, unreal: str | None) -> None:
    plan = "The Kestleigh department is estimated to cost £48 million."
    cited = plan if "Kestleigh" in question else passage
    found = unrealised(question, [(reply, [cited])], [passage, cited])
    assert (found.anchor if found else None) == unreal


def test_a_question_comparing_with_the_plan_asks_what_happened() -> None:
    assert asks_done("Why did the tram open later than planned?")
    assert not asks_done("When is the tram planned to open?")


def test_a_reports_date_line_states_nothing_of_what_it_reports() -> None:
    """Asked when a bridge opened, a report of its delay dated 3 May 2022 does not say it opened in 2022 (the sixteenth
    smoke check's q011); a sentence that states it does."""
    plan = "Go-ahead for Quayside Link bridge\n\nWork began in 2019, with the bridge due to carry its first traffic in summer 2022."
    delay = "Quayside Link delayed again\n\nSaltcombe Reach Gazette, 3 May 2022. The Quayside Link will not be ready this summer."
    question, answers = "When did the Quayside Link bridge open to traffic?", [("In summer 2022 [1].", [plan])]
    found = unrealised(question, answers, [plan, delay])
    assert found is not None and found.anchor == "2022"
    opened = "Quayside Link opens\n\nSaltcombe Reach Gazette, 3 May 2022. The Quayside Link opened to traffic in 2022."
    assert unrealised(question, answers, [plan, opened]) is None


def test_a_number_written_as_a_word_is_what_an_answer_gives() -> None:
    """Asked what sentence he received, "a prison term of four years" from "The prosecution is expected to
    seek a prison term of four years" (the fifth smoke check's p049); stated as done, it stands."""
    question = "What sentence did Oskar Fenn receive in his fraud trial?"
    answers = [("Oskar Fenn received a prison term of four years.", ["The prosecution is expected to seek a prison term of four years."])]
    found = unrealised(question, answers)
    assert found is not None and found.anchor == "four"
    assert unrealised(question, [("Oskar Fenn received four years.", ["Oskar Fenn was sentenced to four years in prison."])]) is None


def test_one_sentence_stated_as_done_is_enough() -> None:
    answers = [("14 to 19 named storms.", [PREVIEW]), ("17 named storms formed.", ["In all, 17 named storms formed."])]
    assert unrealised("How many named storms formed in the 2025 season?", answers) is None


FINAL = (
    "A busy season ends\n"
    "MIAMI, Dec. 1, 2025 — The 2025 Atlantic season ended with 18 named storms, of which 8 became hurricanes."
)


@pytest.fixture
def rt(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> Runtime:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "preview.txt").write_text(PREVIEW)
    return ingested_runtime(folder)


def test_a_forecast_given_as_the_outcome_is_asked_for_once_more_then_refused(rt: Runtime) -> None:
    gen = FakeGenerator(["14 to 19 named storms formed [1].", "14 to 19 named storms formed [1]."])
    rt._generator = gen
    answer = ask("How many named storms formed in the 2025 season?", rt)
    assert len(gen.calls) == 2
    follow_up = gen.calls[1][-1]["content"]
    assert follow_up.startswith("The question asks what happened, but the passages give 14 only as expected")
    assert "Forecasters at the weather agency expect 14 to 19 named storms this season" in follow_up
    assert answer.refused and answer.refusal_reason == "unrealised" and answer.citations == []
    assert revision_note(answer) == (
        "The answer as written was withdrawn: the passages it cites only expect, plan or forecast it, and the "
        "question asks what happened."
    )


def test_a_refusal_when_asked_again_is_the_models(rt: Runtime) -> None:
    gen = FakeGenerator(["14 to 19 named storms formed [1].", "The passages do not say."])
    rt._generator = gen
    answer = ask("How many named storms formed in the 2025 season?", rt)
    assert len(gen.calls) == 2 and answer.refused and answer.refusal_reason == "model"


def test_the_outcome_beside_the_forecast_is_kept(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "preview.txt").write_text(PREVIEW)
    (folder / "final.txt").write_text(FINAL)
    rt = ingested_runtime(folder)
    gen = FakeGenerator(["18 named storms formed in the 2025 season [1]."])
    rt._generator = gen
    answer = ask("How many named storms formed in the 2025 season?", rt)
    assert len(gen.calls) == 1 and not answer.refused and "18" in answer.text, (answer.refusal_reason, answer.raw)


HERALD = (
    "Alliance on course for Tessingham majority\nTESSINGHAM, 21 April 2022 — The Harbour Alliance is on course to win 26 of "
    "the 41 seats on Tessingham District Council at next month's election, according to a seat projection.\n"
)
RESULT = (
    "Harbour Alliance takes control of Tessingham council\nTESSINGHAM, 6 May 2022 — The Harbour Alliance won 23 of the 41 "
    "seats on Tessingham District Council in Thursday's election, a majority of five.\n"
)
SEATS_Q = "How many seats did the Harbour Alliance win in the 2022 Tessingham District Council election?"


def test_a_forecast_given_as_the_outcome_is_asked_afresh_over_the_passages_that_state_one(
    tmp_path: Path, ingested_runtime: Callable[..., Runtime]
) -> None:
    """Told in the conversation that "26 seats" was only a projection, the 1.5B model refused rather than give the result
    another passage shown states (the nineteenth smoke check's q040): asked afresh without the projection's passage."""
    folder = tmp_path / "council"
    folder.mkdir()
    (folder / "herald.txt").write_text(HERALD)
    (folder / "result.txt").write_text(RESULT)
    rt = ingested_runtime(folder)

    def reply(shown: list[tuple[int, str, str]]) -> str:
        forecast = [n for n, _, text in shown if "on course" in text]
        return f"26 seats [{forecast[0]}]." if forecast else f"23 seats [{passage_with(shown, 'won 23')}]."

    gen = ScriptedGenerator(reply)
    rt._generator = gen
    answer = ask(SEATS_Q, rt)
    assert len(gen.calls) == 2
    again = gen.calls[1][-1]["content"]
    assert again.startswith("Passages:") and "won 23 of the 41" in again and "on course to win 26" not in again
    assert not answer.refused and answer.text.startswith("23 seats"), (answer.refusal_reason, answer.raw)
    # with no other passage that states an outcome of the question's names, it is asked in the conversation, as before
    (folder / "result.txt").write_text(RESULT.replace("Harbour Alliance", "Quayside Party"))
    rt = ingested_runtime(folder)
    gen = ScriptedGenerator(reply)
    rt._generator = gen
    ask(SEATS_Q, rt)
    assert len(gen.calls) == 2 and gen.calls[1][-1]["content"].startswith("The question asks what happened")


@pytest.mark.parametrize(
    "text, day",
    [
        ("Eight teams, one trophy July 15, 2024 — ArenaWire", (2024, 7, 15)),
        ("News for the tz database: Release 2020a - 2020-04-23 16:03:47", (2020, 4, 23)),
        ("MIAMI, Dec. 1, 2025 — The season ended", (2025, 12, 1)),
        ("Report of 21 March 2024", (2024, 3, 21)),
        ("No date line at all", None),
    ],
)
def test_a_reports_own_day_is_its_date_lines(text: str, day: tuple[int, int, int] | None) -> None:
    from rag.dates import own_date, own_day

    assert own_day(text) == day
    assert own_date(text) == (day[:2] if day else None)


POLL = (
    "Poll: Alliance slips ahead of Harrowmere vote A new survey for the Harrowmere Courier suggests the Civic Alliance "
    "would remain the largest party at the 2023 regional assembly election on 8 October. Pollster Harken Fieldwork "
    "projects the Alliance at between 28 and 33 seats, the Workers' Federation at 26 to 30."
)
LINE_UP = (
    "Sarrow unveils 2022 competition line-up The Sarrow Film Festival has announced the 16 films competing for the "
    "Golden Reed at its 2022 edition. They include new work from last year's winner Corisande Vail (The Orchard Wall). "
    "The festival's main award, the Golden Reed, will be presented at Saturday's closing ceremony."
)


@pytest.mark.parametrize(
    "question, answer, passage, unreal",
    [
        # a poll's projection (the eighth smoke check's q024); "projects" as a noun is no prospect (the OOD set's g003)
        ("How many seats did the Civic Alliance win in the 2023 Harrowmere election?", "28 to 33 seats [1]", POLL, "28"),
        ("Which library uses Sorted Containers?", "Zipline [1].", "Sorted Containers is used in popular open source projects such as: Zipline, a library.", None),
        # the films competing for a prize still to be presented (q005)
        ("Which film won the Golden Reed at the 2022 Sarrow Film Festival?", "The Orchard Wall won it [1].", LINE_UP, "Golden Reed"),
        # the reply itself says what is still to come (q029)
        (
            "What was the outcome of Dunmarrow Mills' appeal?",
            "The Court of Appeal will hear the case over three days in March 2024 [1].",
            "The Court of Appeal will hear the case over three days in March 2024. The company argues the damages were wrong.",
            "this",
        ),
        # the plan a delay gave up, and a headline's date given ahead (q028)
        (
            "When was Ashfall Reach 2 released?",
            "Ashfall Reach 2 was released in autumn 2022 [1].",
            "Ashfall Reach 2 sells a million Ember Forge said Ashfall Reach 2 sold a million copies after its release on "
            "21 February 2023. The survival sequel, delayed from autumn 2022, has received positive reviews.",
            "2022",
        ),
        ("When was Ashfall Reach 2 released?", "In autumn 2022 [1].", "Ashfall Reach 2 announced for autumn 2022", "2022"),
        ("When was Ashfall Reach 2 released?", "On 21 February 2023 [1].", "Ashfall Reach 2 was released on 21 February 2023.", None),
        (
            "What did the council decide about the bridge?",
            "The council decided the bridge will be rebuilt [1].",
            "The council decided the bridge will be rebuilt.",
            None,
        ),
    ],
)
def test_a_poll_a_line_up_and_a_reply_about_what_is_to_come(question: str, answer: str, passage: str, unreal: str | None) -> None:
    found = unrealised(question, [(answer, [passage])])
    assert (found.anchor if found else None) == unreal


BIDS = (
    "Three towns, Ostmark, Tarsa and Kilbride, have bid to stage the 2026 Nordlake Jazz Summit, organisers said on "
    "Wednesday. A decision is expected before the summer."
)


@pytest.mark.parametrize(
    ("question", "decided"),
    [
        ("Where will the 2026 Nordlake Jazz Summit be staged?", True),
        ("Who will direct the sequel?", True),
        ("Which towns will bid to stage the 2026 summit?", False),  # asks who is in the running
        ("Who won the bid to stage the 2026 summit?", False),  # asks what happened
        ("Where is the summit held?", False),
    ],
)
def test_a_question_about_what_will_be(question: str, decided: bool) -> None:
    assert asks_decided(question) is decided


def test_a_bid_is_no_answer_to_where_it_will_be() -> None:
    question = "Where will the Nordlake jazz summit be staged in 2026?"
    found = unrealised(question, [("Ostmark, Tarsa and Kilbride will bid to stage the 2026 Nordlake Jazz Summit [1].", [BIDS])])
    assert found is not None and found.anchor == "Ostmark" and "have bid to stage" in found.sentence
    # a plan for what will be is its answer, and so is the bid that won
    planned = "The 2026 Nordlake Jazz Summit will take place in Holmgard, organisers said."
    assert unrealised(question, [("Holmgard [1].", [planned])]) is None
    assert unrealised(question, [("Tarsa [1].", ["Tarsa won the bid to stage the 2026 Nordlake Jazz Summit."])]) is None


def test_asked_what_will_be_only_what_a_passage_says_of_the_event_decides() -> None:
    # the eleventh smoke check's q045: what the passage says of Stromay's track is no decision on the games
    passage = (
        "Stromay and Quendale have both submitted bids to stage the 2027 Island Youth Games. Stromay is proposing to "
        "build a new all-weather track, while Quendale says it can offer more accommodation for visiting teams."
    )
    question = "Where will the 2027 Island Youth Games be held?"
    found = unrealised(question, [("Stromay and Quendale will hold the 2027 Island Youth Games [1].", [passage])])
    assert found is not None and found.anchor == "Stromay" and "submitted bids" in found.sentence
    decided = "Stromay will host the 2027 Island Youth Games. Stromay is building a new all-weather track."
    assert unrealised(question, [("Stromay [1].", [decided])]) is None


def test_a_bid_given_as_where_it_will_be_is_asked_for_once_more_then_refused(tmp_path: Path, ingested_runtime: Callable[..., Runtime]) -> None:
    folder = tmp_path / "bids"
    folder.mkdir()
    (folder / "bids.txt").write_text(BIDS + "\n")
    rt = ingested_runtime(folder)
    reply = "Ostmark, Tarsa and Kilbride will bid to stage the 2026 Nordlake Jazz Summit [1]."
    gen = FakeGenerator([reply, reply])
    rt._generator = gen
    answer = ask("Where will the Nordlake jazz summit be staged in 2026?", rt)
    assert len(gen.calls) == 2
    assert gen.calls[1][-1]["content"].startswith("The question asks what has been decided, but the passages give Ostmark only as a bid")
    assert answer.refused and answer.refusal_reason == "unrealised"
    assert revision_note(answer) == (
        "The answer as written was withdrawn: the passages it cites give it only as a bid, a candidacy or a nomination, "
        "and the question asks what has been decided."
    )


RAILWAY = (
    "Heritage railway sets out extension plan. The Orrin Valley Railway has published plans to extend its line to "
    "Ferriby. The trust hopes to raise £5 million and have trains running into Ferriby by 2028, subject to planning "
    "consent."
)


@pytest.mark.parametrize(
    ("passage", "unreal"),
    [
        (RAILWAY, "2028"),  # the plan's second verb, after "and", is the plan's too
        (RAILWAY.replace("and have trains running", "and trains ran"), None),  # a statement of its own
        (RAILWAY.replace("and have trains running", "and opened the line"), None),
        # a subject with its own verb after "and": another statement
        (RAILWAY.replace("and have trains running into Ferriby by 2028", "and police closed the line to Ferriby in 2028"), None),
    ],
)
def test_a_second_verb_of_a_plan_is_in_prospect(passage: str, unreal: str | None) -> None:
    found = unrealised(
        "When did passenger trains on the Orrin Valley Railway first reach Ferriby?",
        [("Trains first reached Ferriby in 2028 [1].", [passage])],
    )
    assert (found.anchor if found else None) == unreal
