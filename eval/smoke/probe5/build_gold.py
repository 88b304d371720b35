import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS = []
A = []


def a(q, ans, src, ev, kind):
    ITEMS.append(dict(question=q, answers=ans, sources=[src], answerable=True, evidence=[ev], kind=kind))


U = []


def u(q, absent, near):
    ITEMS.append(dict(question=q, answers=[], sources=[], answerable=False, evidence=[], kind="unanswerable", absent=absent, near_miss=near))


a(
    "Who received the Halvard Prize for Applied Chemistry in 2022?",
    ["Oduya Brenck", "Brenck"],
    "halvard_prize_2022.txt",
    "The 2022 Halvard Prize for Applied Chemistry has been awarded to Oduya Brenck",
    "constraint",
)
u(
    "Who was awarded the 2023 Halvard Prize for Applied Chemistry?",
    ["2023 Halvard", "2023 laureate"],
    ["halvard_prize_2022.txt", "halvard_prize_2024.txt", "halvard_prize_2021.txt"],
)
a(
    "How much money came with the Halvard Prize in 2024?",
    ["300,000 crowns", "300,000", "300000"],
    "halvard_prize_2024.txt",
    "This year the prize was raised to 300,000 crowns",
    "numeric",
)
a(
    "Who got the Halvard Young Investigator Prize in 2024?",
    ["Lotte Ferrakis", "Ferrakis"],
    "halvard_young_2024.txt",
    "awarded its 2024 Young Investigator Prize to Lotte Ferrakis",
    "constraint",
)
u(
    "Who won the 2025 Halvard Prize for Applied Chemistry?",
    ["won the 2025 Halvard", "2025 laureate", "2025 Halvard Prize winner"],
    ["halvard_2025_shortlist.txt"],
)
a(
    "On what date was the 2025 Halvard Prize winner due to be announced?",
    ["October 9", "9 October", "October 9, 2025", "9 October 2025", "Oct 9"],
    "halvard_2025_shortlist.txt",
    "The winner will be announced on October 9",
    "single",
)
a(
    "Who became chief executive of the accounting software firm Corvell Systems in 2024?",
    ["Annika Rhoe", "Rhoe"],
    "corvell_systems_ceo.txt",
    "has appointed Annika Rhoe as chief executive officer effective March 1, 2024",
    "constraint",
)
u(
    "Who is the chief executive of Corvell Foods, the peanut spread maker?",
    ["Corvell Foods chief executive", "CEO of Corvell Foods", "Corvell Foods CEO", "Corvell Foods' chief executive"],
    ["corvell_systems_ceo.txt", "corvell_foods_recall.txt", "corvell_foods_plant.txt"],
)
a(
    "Roughly how many jars of Harvest Gold peanut spread were pulled from shelves by Corvell Foods?",
    ["14,000", "14000", "about 14,000"],
    "corvell_foods_recall.txt",
    "Corvell Foods has recalled about 14,000 jars of its Harvest Gold crunchy peanut spread",
    "numeric",
)
a(
    "What is the monthly price of the standard Ledgerline 5 plan?",
    ["34 dollars", "$34", "34"],
    "corvell_systems_ledgerline.txt",
    "Ledgerline 5 costs 34 dollars per month for the standard plan",
    "numeric",
)
u(
    "Who took the title at the 2024 Northgate Cup chess tournament?",
    ["won the 2024 Northgate Cup", "2024 Northgate Cup champion", "2024 Northgate Cup winner"],
    ["northgate_cup_2024_preview.txt", "northgate_cup_2023.txt", "northgate_junior_2024.txt"],
)
a(
    "Who lost the final of the 2022 Northgate Cup?",
    ["Karin Delacourt", "Delacourt"],
    "northgate_cup_2022.txt",
    "beating Karin Delacourt 1.5-0.5 in the final",
    "constraint",
)
a(
    "Who finished as runner-up at the 2023 Northgate Cup?",
    ["Yusuf Arlan", "Arlan"],
    "northgate_cup_2023.txt",
    "The 29-year-old defeated Yusuf Arlan 2-0 in the final",
    "constraint",
)
u(
    "Who won the Northgate Junior Cup in 2022?",
    ["2022 Northgate Junior", "Junior Cup in 2022", "2022 Junior Cup"],
    ["northgate_junior_cup_2023.txt", "northgate_junior_2024.txt", "northgate_cup_2022.txt"],
)
a(
    "Which player won the Northgate Junior Cup in 2024?",
    ["Elias Brannock", "Brannock"],
    "northgate_junior_2024.txt",
    "Elias Brannock, last year's runner-up, won the Northgate Junior Cup on Saturday",
    "constraint",
)
a(
    "How many players were in the field for the 2024 Northgate Cup?",
    ["72", "seventy-two"],
    "northgate_cup_2024_preview.txt",
    "heads a record field of 72 players",
    "numeric",
)
u(
    "Who was elected mayor of Westmarch in November 2024?",
    ["elected mayor of Westmarch", "Westmarch mayor-elect", "new mayor of Westmarch is"],
    ["westmarch_preview_2024.txt", "eastmarch_result_2024.txt"],
)
a(
    "Who won the race for Eastmarch County governor in 2024?",
    ["Hedda Sorum", "Sorum"],
    "eastmarch_result_2024.txt",
    "Civic Renewal's Hedda Sorum has been elected governor of Eastmarch County",
    "single",
)
a(
    "What was voter turnout in the 2024 Eastmarch governor election?",
    ["62.1 percent", "62.1%", "62.1"],
    "eastmarch_result_2024.txt",
    "Turnout was 62.1 percent",
    "numeric",
)
a(
    "What percentage of the vote did Petra Lindqvist win when she was re-elected in 2020?",
    ["55.2 percent", "55.2%", "55.2"],
    "eastmarch_2020.txt",
    "taking 55.2 percent of the vote",
    "numeric",
)
u(
    "How many daily crossings does the Saltholm ferry run under its winter 2024-25 timetable?",
    ["November 1, 2024", "winter 2024", "2024-25 winter", "winter timetable for 2024"],
    ["saltholm_ferry_winter_2023.txt", "saltholm_ferry_summer_2024.txt"],
)
a(
    "After the Saltholm ferry switched to its winter schedule in November 2023, how many crossings a day were there?",
    ["8", "eight"],
    "saltholm_ferry_winter_2023.txt",
    "from 12 to 8 when its winter timetable starts on November 1, 2023",
    "numeric",
)
a(
    "What is the name of the new fast vessel on the Port Vessa to Saltholm route?",
    ["Kestrel Wind"],
    "saltholm_ferry_summer_2024.txt",
    "The route's new vessel, Kestrel Wind, cuts the crossing time from 70 minutes to 55 minutes.",
    "single",
)
a(
    "From December 2024, what is the quickest train journey time between Ostby and Marrow?",
    ["78 minutes", "78 min", "78"],
    "linden_rail_timetable_2024.txt",
    "cuts the fastest journey time from 94 minutes to 78 minutes",
    "numeric",
)
u(
    "When did the national rail regulator approve the Ostby-Marrow electrification?",
    ["regulator approved", "approval was granted", "regulator gave its approval"],
    ["linden_rail_electrification_plan.txt"],
)
a(
    "What is the estimated price tag for electrifying the Linden Valley Railway line?",
    ["410 million crowns", "410 million"],
    "linden_rail_electrification_plan.txt",
    "The project is estimated to cost 410 million crowns",
    "numeric",
)
a(
    "How large was the budget Rivermouth City Council passed for 2024?",
    ["612 million crowns", "612 million"],
    "rivermouth_budget_2024.txt",
    "Rivermouth City Council approved a 2024 budget of 612 million crowns",
    "constraint",
)
u(
    "What total 2025 budget did Rivermouth City Council finally approve?",
    ["council approved the 2025", "approved a 2025 city budget", "adopted the 2025 city budget", "city council passed the 2025"],
    ["rivermouth_budget_2025_proposal.txt", "rivermouth_county_budget_2025.txt", "rivermouth_budget_2024.txt"],
)
a(
    "What budget did Rivermouth County adopt for 2025?",
    ["238 million crowns", "238 million"],
    "rivermouth_county_budget_2025.txt",
    "adopted a 2025 budget of 238 million crowns",
    "constraint",
)
a(
    "When did Brightfold Labs release Quillpad 3?",
    ["March 7, 2023", "7 March 2023", "2023-03-07", "Mar 7, 2023"],
    "quillpad3_launch.txt",
    "March 7, 2023 — TechLedger News",
    "single",
)
u(
    "What is the monthly price of Quillpad 4?",
    ["Quillpad 4 costs", "Quillpad 4 will cost", "Quillpad 4 is priced"],
    ["quillpad4_announce.txt", "quillpad3_launch.txt"],
)
a(
    "Which firm came second in the Aldmere Harbour Library design competition?",
    ["Kessling & Ode Architects", "Kessling & Ode", "Kessling and Ode"],
    "aldmere_library_winner.txt",
    "Kessling & Ode Architects were named runners-up for their copper-clad tower scheme",
    "single",
)
a(
    "What is the latest projected cost of the Aldmere Harbour Library?",
    ["138 million crowns", "138 million"],
    "aldmere_library_construction.txt",
    "The projected cost has risen to 138 million crowns",
    "numeric",
)
u(
    "Which architects won the competition for Aldmere's Cannery Point concert hall?",
    ["won the concert hall", "wins Aldmere concert hall", "concert hall competition was won", "concert hall design by"],
    ["aldmere_concert_hall_preview.txt", "aldmere_library_winner.txt"],
)
a(
    "Which film took the Golden Heron at the 2022 Brisca Film Festival?",
    ["Winter Ledger"],
    "brisca_film_2022.txt",
    '"Winter Ledger", a tense bookkeeping thriller by first-time director Tavi Raskin, won the Golden Heron at the 35th Brisca Film Festival',
    "constraint",
)
u(
    "Which film won the Golden Heron at the 2023 Brisca Film Festival?",
    ["36th Brisca", "2023 Golden Heron", "2023 Brisca Film Festival"],
    ["brisca_shorts_2023.txt", "brisca_film_2022.txt", "brisca_film_2024.txt"],
)
a(
    "Who directed the film that won the Golden Heron in 2024?",
    ["Ines Faluda", "Faluda"],
    "brisca_film_2024.txt",
    'Ines Faluda\'s "Paper Lanterns Over Ketch" won the Golden Heron at the 37th Brisca Film Festival',
    "constraint",
)
a(
    "Who was named best actress at the 2021 Brisca Film Festival?",
    ["Dalia Moreno", "Moreno"],
    "brisca_film_2021.txt",
    "also gave the best actress award to Dalia Moreno",
    "constraint",
)
u(
    "Which film won the Golden Heron at the 38th Brisca Film Festival in 2025?",
    ["won the Golden Heron at the 38th", "2025 Golden Heron", 'Golden Heron went to "Harbour Lights'],
    ["brisca_2025_preview.txt", "brisca_film_2024.txt"],
)
a(
    "What film won the Grand Prize at the 2023 Brisca Short Film Festival?",
    ["Ninth Stair"],
    "brisca_shorts_2023.txt",
    '"Ninth Stair" by Omar Velt won the Grand Prize at the 2023 Brisca Short Film Festival',
    "constraint",
)
a(
    "Who finished second overall in the 2023 men's Tour of Kessmark?",
    ["Rafe Dunmore", "Dunmore"],
    "kessmark_men_2023.txt",
    "finished 1 minute 12 seconds ahead of Rafe Dunmore",
    "constraint",
)
u(
    "Who won the women's Tour of Kessmark in 2023?",
    ["2023 women's", "women's race in 2023", "women's Tour of Kessmark in 2023"],
    ["kessmark_women_2022.txt", "kessmark_women_2024.txt", "kessmark_men_2023.txt"],
)
a(
    "By what margin did Rafe Dunmore win the 2024 Tour of Kessmark?",
    ["38 seconds", "38 sec", "38"],
    "kessmark_men_2024.txt",
    "finishing 38 seconds ahead of last year's winner Joaquin Pell",
    "numeric",
)
a(
    "Who was runner-up in the inaugural women's Tour of Kessmark in 2022?",
    ["Lene Haugvik", "Haugvik"],
    "kessmark_women_2022.txt",
    "taking the three-stage race by 41 seconds from Lene Haugvik",
    "constraint",
)
u(
    "Who won the 2025 men's Tour of Kessmark?",
    ["won the 2025 Tour of Kessmark", "2025 Tour of Kessmark winner", "won the 2025 men's"],
    ["kessmark_2025_route.txt", "kessmark_men_2024.txt"],
)
a(
    "Where did Tessary University place in the 2024 Meridian Global University Ranking?",
    ["41st", "41", "41st place"],
    "meridian_ranking_2024.txt",
    "Tessary University has risen to 41st place in the 2024 Meridian Global University Ranking",
    "constraint",
)
u(
    "What was Tessary Technical University's position in the 2023 Meridian Global University Ranking?",
    ["2023 Meridian", "Meridian ranking 2023"],
    ["meridian_ranking_2024.txt", "meridian_ranking_2025.txt", "meridian_young_2025.txt"],
)
a(
    "How much was Pemberly Water Utility fined over the Ketch River sewage discharges?",
    ["3.2 million crowns", "3.2 million"],
    "court_pemberly_verdict.txt",
    "has fined Pemberly Water Utility 3.2 million crowns",
    "numeric",
)
u(
    "What sentence did Oskar Fenn receive in his fraud trial?",
    ["Fenn was sentenced", "Fenn was convicted", "Fenn was acquitted", "Fenn was found guilty"],
    ["court_fenn_trial_opens.txt", "court_pemberly_verdict.txt"],
)
a(
    "What is the merged Halbrook Insurance and Verano Mutual company called?",
    ["Halverano Group", "Halverano"],
    "halbrook_verano_complete.txt",
    "creating Halverano Group",
    "single",
)
u(
    "At what final price per share did Stellan Logistics complete its takeover of Brevik Freight?",
    ["Stellan completed", "accepted the offer", "takeover was completed", "acquisition of Brevik was completed"],
    ["stellan_brevik_bid.txt", "halbrook_verano_complete.txt"],
)
a(
    "What temperature did Port Vessa hit when it set its all-time record in July 2022?",
    ["38.4 degrees Celsius", "38.4C", "38.4 °C", "38.4"],
    "vessa_heat_record_2022.txt",
    "Port Vessa recorded a temperature of 38.4 degrees Celsius on Tuesday, July 19, 2022",
    "numeric",
)
u(
    "How hot did it actually get in Port Vessa during the July 2025 heatwave?",
    ["new all-time record", "July 10, 2025", "reached 39.", "peaked at 38.9"],
    ["vessa_heatwave_forecast_2025.txt", "vessa_heat_record_2022.txt"],
)
a(
    "Which practice designed the conversion of the cannery into the Museum of Tidal Industry?",
    ["Atelier Nordby", "Nordby"],
    "tidal_museum_opening.txt",
    "The conversion, designed by Atelier Nordby, cost 54 million crowns",
    "single",
)
u(
    "How many visitors did the Brennick Museum of Modern Art attract in its first year?",
    ["Brennick Museum opened", "Brennick Museum of Modern Art opened", "visitors to the Brennick", "Brennick Modern opened"],
    ["brennick_museum_plan.txt", "tidal_museum_opening.txt"],
)
a(
    "Who was MVP of the 2024 Vantage Clash spring final?",
    ['Kaito "Drift" Ansel', "Kaito Ansel", "Ansel", "Drift"],
    "vantage_clash_spring_2024.txt",
    'Support player Kaito "Drift" Ansel was named most valuable player of the final',
    "single",
)
u(
    "Which team won the 2024 Vantage World Invitational?",
    ["won the 2024 Vantage World Invitational", "World Invitational final", "Invitational title"],
    ["vantage_world_invitational_preview.txt", "vantage_clash_spring_2024.txt"],
)
a(
    "Who won the Ashcombe Prize for Nonfiction in 2024?",
    ["Clara Wennberg", "Wennberg"],
    "ashcombe_2024.txt",
    "The Ashcombe Prize for Nonfiction, presented the same evening, went to historian Clara Wennberg",
    "constraint",
)
u(
    "Which novel won the 2023 Ashcombe Prize for Fiction?",
    ["won the 2023 Ashcombe", "2023 Ashcombe Prize winner", "2023 Ashcombe Prize went"],
    ["ashcombe_2023_shortlist.txt", "ashcombe_2022.txt", "ashcombe_2024.txt"],
)
a(
    "How many Lumo kettles are covered by Tessel's recall?",
    ["38,500", "38500"],
    "tessel_kettle_recall.txt",
    "Tessel Home Appliances is recalling 38,500 Lumo electric kettles, model TK-220",
    "numeric",
)

out = []
for i, it in enumerate(ITEMS):
    d = {"id": "p%03d" % (i + 1)}
    d.update(it)
    d["split"] = "tune" if i % 2 == 0 else "heldout"
    out.append(d)
with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
na = sum(d["answerable"] for d in out)
print(len(out), "questions;", na, "answerable;", len(out) - na, "unanswerable")
