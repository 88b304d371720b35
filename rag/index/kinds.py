"""The kinds of thing a question can be about, in groups whose kinds exclude each other (a film or a video game, the
women's race or the men's, a club's first team or its second, a junior title or the open one), and whether a passage
is about another kind than the question's: a near miss (rag.index.constraints.Requirements; issue 12: asked who
directs a film, rag named the director of a video game of the same name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

#: a side's ordinal that orders teams rather than names a club's side: "the second team to qualify"
_NOT_ORDER = r"(?!\s+(?:to|in\s+history|ever|since|that|who|which)\b)"
#: a competition's main section, as a passage and a question name it: "the open section", "the open title"
_OPEN_SECTION = r"\bopen\s+(?:sections?|categor(?:y|ies)|class|divisions?|titles?)\b"
#: kinds of thing a question can be about, in groups whose kinds exclude each other: asked who
#: directed a film, a passage about the video game of the same name is a near miss, asked who won
#: the women's race, one about the men's race is, and asked what a child's pass costs, an adult-only price list is
_KINDS: dict[str, dict[str, re.Pattern[str]]] = {
    "work": {
        "film": re.compile(r"\b(?:film|films|movie|movies|motion picture)\b", re.I),
        # a passage about a game rarely says "video game": "a 2007 action-adventure game developed by
        # Naughty Dog", "for the PlayStation 3"
        "video game": re.compile(
            r"\bvideo[- ]?games?\b|\b(?:action|adventure|action-adventure|role-playing|platform|platformer"
            r"|shooter|first-person|third-person|stealth|survival|puzzle|strategy|racing|fighting|arcade)[- ]games?\b"
            r"|\bgames? (?:developed|published) by\b|\b(?:playstation|xbox|nintendo)\b",
            re.I,
        ),
        "novel": re.compile(r"\bnovels?\b", re.I),
        "album": re.compile(r"\balbums?\b", re.I),
        "television series": re.compile(r"\b(?:tv|television) (?:series|show|programme|program)s?\b|\bsitcoms?\b|\bminiseries\b", re.I),
    },
    "event": {
        "women's": re.compile(r"\bwomen(?:'s|’s)?(?!\w)|\bfemale\b|\bladies\b", re.I),
        "men's": re.compile(r"\bmen(?:'s|’s)?(?!\w)|\bmale\b", re.I),
    },
    # which of a club's sides: asked who top-scored for Arnwick's first team, "Stannard Green 2nd XI v Arnwick 2nd XI"
    # is the second team's match (the twelfth smoke check's q024). Not an order of teams: "the second team to qualify", "Brazil were the first team to win it"
    "team": {
        "first": re.compile(rf"\b(?:first|1st)[- ](?:team|XI|XV|eleven|fifteen)\b{_NOT_ORDER}|\b1sts\b", re.I),
        "second": re.compile(
            rf"\b(?:second|2nd)[- ](?:team|XI|XV|eleven|fifteen)s?\b{_NOT_ORDER}|\breserve (?:team|side|XI)s?\b|\b2nds\b", re.I
        ),
        "third": re.compile(rf"\b(?:third|3rd)[- ](?:team|XI|XV|eleven|fifteen)s?\b{_NOT_ORDER}|\b3rds\b", re.I),
    },
    # an age class of a competition: asked who won the junior title at the 2023 Ravelsham Chess Open, the report of the
    # Open's winner never names a junior (the fourteenth smoke check's q026). A passage names the class in many ways
    # ("under-16 section", "U12", "aged 16 and under", "over-50 category", "M45 race"); a question must name it as a
    # class of the competition (_CLASS_ASKED). Each class is a group of its own: a
    # junior report's sentence that names a veteran ("coached by the veteran grandmaster Tom Osei") is no other class's.
    # An elite race's report seldom says so; an under-23 race's does (the fifteenth smoke check's q012, asked the elite
    # men's road race, "Ronsdal National Road Championships 2023 - under-23 men's road race")
    "age": {
        "junior": re.compile(
            r"\bjuniors?(?:'s|’s)?(?!\w)|\bunder[- ](?:[5-9]|1\d|2[0-3])s?\b(?!\s+(?:minutes|mins|seconds|hours|years|months|km|miles))"
            r"|\bU[- ]?(?:[5-9]|1\d|2[0-3])s?\b"
            r"|\baged (?:[5-9]|1\d|2[0-3]) (?:and|or) (?:under|younger)\b|\byouth\b|\bcadets?\b|\b(?:boys|girls)(?:'|’)?(?!\w)",
            re.I,
        ),
        # a chess congress's or a golf club's main section: "the open section" (the sixteenth smoke check's q005, asked
        # who won it, "Junior chess update … Ellis Brandreth won the under-12 section")
        "elite": re.compile(rf"\belite\b|\bsenior\b|{_OPEN_SECTION}", re.I),
    },
    "veteran": {
        "veteran": re.compile(
            r"\bveterans?(?:'s|’s)?(?!\w)|\bmasters\b|\bover[- ]?[3-8][05]s?\b|\b[VMFW][3-8][05]\b|\b[3-8][05]\+", re.I
        ),
    },
    # a race of its own that its report names: asked who won the wheelchair race, the women's race's report is a near
    # miss (the fifteenth smoke check's q030)
    "wheelchair": {"wheelchair": re.compile(r"\bwheelchairs?\b|\bhand-?cycl\w*|\bpara-?(?:athletes?|cycl\w+|triathlon)\b", re.I)},
    # a version's release or a test build of it: asked when Tessellate 3.0 was released, "Tessellate 3.0 release
    # candidate available for testing … 2 August 2023" dates no release (the fifteenth smoke check's q064). Read only of
    # a numbered version (_VERSIONED)
    "release": {
        "stable": re.compile(
            r"\bstable\b|\bfinal\s+(?:release|version)\b|\bgeneral(?:ly)?\s+availab\w+|\breleased\b|\blaunched\b|\bshipped\b"
            r"|\bis\s+out\b|\bout\s+now\b|\bnow\s+available\b|\bavailable\s+now\b",
            re.I,
        ),
        "pre-release": re.compile(
            r"\brelease\s+candidates?\b|\bRC\s?\d*\b|\bbetas?\b|\balphas?\b|\bpreviews?\b|\bnightl(?:y|ies)\b|\bsnapshots?\b"
            r"|\bearly\s+access\b|\bpre-?releases?\b",
            re.I,
        ),
    },
    # a show's livestock sections: asked who judged the sheep classes, the report of the cattle championship's judge is a
    # near miss (the twenty-second smoke check's q047); asked which breed won the pig championship, "The supreme cattle
    # champion was a Limousin heifer" (the twenty-third's q022). Read only of a section a question names (_CLASS_ASKED).
    # Breeds named after places are left out ("Suffolk", "Hampshire")
    "livestock": {
        # not the words that are surnames, teams or other things as often ("Bull", "Lamb", "Angus", "Rams", "Turkey",
        # "dairy" cheese, "steer", "gilts"; a review of this step)
        "cattle": re.compile(
            r"\b(?:cattle|beef|heifers?|cows?|bullocks?|calves|shorthorns?|limousins?|charolais|simmentals?|friesians?)\b", re.I
        ),
        "sheep": re.compile(
            r"\b(?:sheep|ewes?|tups?|hoggs?|hoggets?|shearlings?|gimmers?|texels?|beltex|cheviots?|blackface|swaledales?"
            r"|herdwicks?)\b",
            re.I,
        ),
        "pigs": re.compile(r"\b(?:pigs?|sows|boars?|piglets?|weaners?|porkers?|hogs?|swine|tamworths?|saddlebacks?|old\s+spots)\b", re.I),
        "goats": re.compile(r"\b(?-i:goats?)\b|\b(?:saanens?|nubians?|toggenburgs?)\b", re.I),
        "poultry": re.compile(r"\b(?:poultry|hens?|chickens?|bantams?|cockerels?|pullets?|drakes?|geese|waterfowl|fowl)\b", re.I),
    },
    # who a price is for, asked what something costs: asked the child's day pass, "Adult day pass €54" is a near
    # miss (the tenth smoke check's q069), asked what pensioners pay, "Adult season ticket £180" (the eleventh's q038)
    "fare": {
        "adult": re.compile(r"\badults?(?:'s|’s)?(?!\w)", re.I),
        "child": re.compile(r"\b(?:child(?:ren)?|kids?|juniors?|infants?|under[- ]?1?\ds?)(?:'s|’s)?(?!\w)", re.I),
        "senior": re.compile(
            r"\b(?:seniors?|senior citizens?|pensioners?|retirees?|OAPs?|over[- ]?(?:6\d|70)s?)(?:'s|’s)?(?!\w)", re.I
        ),
        "student": re.compile(r"\bstudents?(?:'s|’s)?(?!\w)", re.I),
        # asked what a family ticket costs, "Admission: adults £7.50, under-16s free" gives none (the thirteenth's q025).
        # Only a family's fare, not the word: "Community news for families" is no price list (the eleventh's q056)
        "family": re.compile(
            r"\bfamil(?:y|ies)(?:'s|’s)?\s+(?:day\s+|annual\s+|season\s+)?(?:tickets?|pass(?:es)?|rates?|prices?|fares?"
            r"|memberships?|admissions?|saver|railcard|entry)\b|\bfamil(?:y|ies)\s*(?:\(|of\s+(?:four|five|\d)|[:=–-]?\s*[£$€]\s?\d)",
            re.I,
        ),
    },
}
#: an age class as a question names one: of a competition ("the junior title", "the veterans' race", "the under-16
#: section"), not a person ("Which veteran striker won the Golden Boot?", "junior doctors"), a club ("the youth club"),
#: a name ("the 2023 Masters", "Girls Aloud") nor a time ("in under 20 minutes")
_COMPETITION = (
    r"(?:[\w'’-]+\s+){0,2}?(?:titles?|races?|sections?|categor(?:y|ies)|events?|championships?|cups?|prizes?|trophy|trophies|competitions?"
    r"|tournaments?|leagues?|divisions?|finals?|sculls|singles|doubles|pairs|winners?|champions?|crowns?|class|classes|medals?)\b"
)
#: a show's section a question names: "the sheep classes", "the pig championship", "the supreme cattle champion"
_SECTION = r"\s+(?:classes|class|sections?|championships?|champions?|lines|rings?|pens?|categor(?:y|ies)|prizes?|judges?|awards?)\b"
#: the words a question names each livestock section by
_LIVESTOCK_ASKED = {"cattle": r"(?:cattle|beef)", "sheep": r"sheep", "pigs": r"pigs?", "goats": r"(?-i:goats?)", "poultry": r"poultry"}
_CLASS_ASKED = {
    **{kind: re.compile(rf"\b{words}{_SECTION}", re.I) for kind, words in _LIVESTOCK_ASKED.items()},
    "junior": re.compile(
        rf"\b(?:juniors?(?:'|’)?|under-(?:[5-9]|1\d|2[0-3])s?|U-?(?:[5-9]|1\d|2[0-3])s?|youth|cadets?|boys(?:'|’)?|girls(?:'|’)?)\s+{_COMPETITION}",
        re.I,
    ),
    "veteran": re.compile(rf"\b(?:veterans?(?:'|’)?|masters(?:'|’)?|over-[3-8][05]s?|[VM][3-8][05])\s+{_COMPETITION}", re.I),
    "elite": re.compile(rf"\belite\s+{_COMPETITION}|{_OPEN_SECTION}", re.I),
    "wheelchair": re.compile(rf"\bwheelchair\s+{_COMPETITION}", re.I),
    # a release's date asked however it is put: "When was 3.0 released?", "When did 4.2 come out?", "What is the release
    # date of 4.2?"; not a release named ("Which fix did release 4.3.0 list?")
    "stable": re.compile(
        r"^\s*(?:when|(?:on|in)\s+what\s+(?:date|day|month|year)|what\s+(?:date|day)|which\s+(?:date|day|month|year))\b.*"
        r"\b(?:released|release|c[oa]me\s+out|launch(?:ed)?|ship(?:ped)?|available)\b|\brelease\s+date\b",
        re.I,
    ),
}
#: kinds a passage that answers must name, whatever else it names: a junior title's report says "junior" or "under-16",
#: where the report of an Open's winner is the senior event's (the fourteenth smoke check's q026)
_MARKED = frozenset({"junior", "veteran", "wheelchair"})
#: a women's event's report names it ("women's", "Ladies") or calls its winner "she"; one that says "he" and neither is
#: the men's. Asked who won the women's Keldor Cup, the report of a cup final that names neither, beside the women's
#: cup's report, is the men's (the sixteenth smoke check's q047): see :func:`beside_marked`. Every answerable question
#: about a women's event in the gold sets and the smoke checks has a source that names it so
_FEMALE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
_MALE = re.compile(r"\b(?:he|his|him|himself)\b", re.I)
#: a question about a numbered version ("Tessellate 3.0", "version 4"): a release's kind is read only there ("When was
#: the film released?" has no test build)
_VERSIONED = re.compile(r"\d+\.\d+|\bversion\s+\d+|\bv\d+\b", re.I)
#: what asks for a price: a fare's kind is read only there ("How many children attend…?" names no fare)
_PRICED = re.compile(
    r"\b(?:how\s+much|cost|costs|price|prices|priced|pay|pays|paid|fees?|fares?|charged?|tickets?|pass|passes|admission)\b", re.I
)
#: a question that names two livestock sections asks about both: "Who judged the cattle and sheep classes?"
_LIVESTOCK_NAMED = re.compile(rf"\b(?:{'|'.join(_LIVESTOCK_ASKED.values())})\b", re.I)
#: the groups read only of some questions: a fare's kind where a price is asked, a competition's class where none is (a
#: price's kind of visitor is a fare's: "How much is a junior membership?"), a release's kind of a numbered version, a
#: livestock section where one only is named
_READ_WHERE: dict[str, Callable[[str], bool]] = {
    "livestock": lambda q: len({w.lower().rstrip("s") for w in _LIVESTOCK_NAMED.findall(q)}) == 1,
    "fare": lambda q: bool(_PRICED.search(q)),
    **dict.fromkeys(("age", "veteran", "wheelchair"), lambda q: not _PRICED.search(q)),
    "release": lambda q: bool(_VERSIONED.search(q)),
}


#: kinds a report leaves unsaid: "Tomas Reyk won the Sallowby Marathon … Ada Fennimore won the women's race"
#: never writes "men's" (the fourth smoke check's s038, eval/README.md, thirteenth step). A passage names
#: another kind than these as its subject only in its head: its file name, heading or title. A price list gives the
#: adult's price as the ticket's ("Day pass €54. Children €22"), a club's report its first team's match, and a
#: release's notes its stable build
_UNMARKED = frozenset({"men's", "adult", "first", "elite", "stable"})
#: the groups whose kind a passage's head decides: a report of one race names the other in passing, where a
#: headline about a film festival ("Film festival honours novelist") is no film
_HEAD_DECIDES = frozenset({"event", "team", "age", "release"})
#: the lines of a context (rag.index.loaded_index.LoadedIndex.context) that hold its file name, heading and title
_HEAD_LINES = 3


#: kinds whose name alone says little in a sentence ("other kinds than 3.0 and stable")
_SAID = {
    "first": "the first team",
    "second": "the second team",
    "third": "the third team",
    "stable": "the release itself",
    "pre-release": "a test build",
}


def said(kind: str) -> str:
    """A kind of :data:`_KINDS` as a sentence names it ("the first team" for "first")."""
    return _SAID.get(kind, kind)


@dataclass(frozen=True)
class Qualifier:
    """A kind the question names ("film", "women's") among others of its group that exclude it."""

    kind: str
    group: str

    def conflicts(self, context: str, head: str | None = None) -> bool:
        """Whether ``context`` is about another kind of the group and never names this one (for a kind
        reports leave unsaid, "men's": whether its head, the file name, heading or title, names another).
        For a race, also whether ``head`` (rag.index.loaded_index.LoadedIndex.head) names only another
        kind: "kessmark_men_2023.txt" is the men's race's report, however it ends ("The women's race
        takes place in August"; the fifth smoke check's p042, eval/README.md). For an age class (junior,
        veteran), whether neither ``context`` nor its head names it at all; for a women's event, whether neither
        names it nor calls anyone "she". For a work, a sentence that sets a namesake apart ("unrelated to the 2016
        film") is not read."""
        kinds = _KINDS[self.group]
        words = _words(head if head is not None else "\n".join(context.split("\n")[:_HEAD_LINES]))
        if self.group == "work":
            context = _UNRELATED.sub(" ", context)
        if self.kind in _MARKED:  # a junior title's report names it whatever else it names
            return not kinds[self.kind].search(context) and not kinds[self.kind].search(words)
        if head is not None and self.group in _HEAD_DECIDES:
            if kinds[self.kind].search(words):
                return False
            if any(p.search(words) for k, p in kinds.items() if k != self.kind):
                return True
        if kinds[self.kind].search(context):
            return False
        if self.kind == "women's" and _MALE.search(context) and not _FEMALE.search(context):
            return True
        if self.kind in _UNMARKED:
            context = words
        return any(p.search(context) for k, p in kinds.items() if k != self.kind)

    @property
    def said(self) -> str:
        """This kind as a sentence names it ("the first team", "a test build"; "women's" as it is)."""
        return said(self.kind)

    def named_in(self, text: str) -> bool:
        """Whether ``text`` names this kind ("video game" in "the video game of the same name")."""
        return bool(_KINDS[self.group][self.kind].search(text))

    def other_in(self, text: str) -> str | None:
        """Another kind of the group that ``text`` names ("novel"), or None."""
        return next((k for k, p in _KINDS[self.group].items() if k != self.kind and p.search(text)), None)


#: what names a namesake to set it apart, to the end of its sentence: "It shares its title with, but is unrelated to, the
#: 2016 film" names no film the passage is about (the twenty-first smoke check's q031, asked who scored the film, from
#: the page of the video game of the same name); nor does "not to be confused with the novel"
_UNRELATED = re.compile(
    r"\b(?:unrelated|not\s+(?:to\s+be\s+confused|related|connected)|no\s+(?:relation|connection)"
    r"|shares?\s+(?:its|their|a|the)\s+(?:title|name))\b[^.!?\n]*",
    re.I,
)


def _words(head: str) -> str:
    """A head's words, a file name's among them: "dunmere_womens_cup_final_2024.txt" is "dunmere women's cup
    final 2024 txt"."""
    return re.sub(r"\b((?:wo)?men)s\b", r"\1's", re.sub(r"[_\W]+", " ", head))


def qualifiers(question: str) -> list[Qualifier]:
    """The kinds ``question`` names, one per group (a group whose kinds it names two of is left out:
    "the film of the novel" asks about both)."""
    out: list[Qualifier] = []
    for group, kinds in _KINDS.items():
        if group in _READ_WHERE and not _READ_WHERE[group](question):
            continue
        named = [k for k, p in kinds.items() if _CLASS_ASKED.get(k, p).search(question)]
        if group == "release" and "pre-release" in named:  # "When was the 3.0 beta released?" asks the beta's
            named = ["pre-release"]
        if len(named) == 1:
            out.append(Qualifier(named[0], group))
    return out


def beside_marked(qualifiers: Iterable[Qualifier], contexts: list[str]) -> list[bool]:
    """Which of ``contexts`` (the passages that meet a question's constraints) to keep: asked about the women's event,
    a report that neither names it nor calls anyone "she" is the men's when another passage does name it ("Ostwick
    Rovers won the Keldor Cup", beside "the Keldor Women's Cup final"); alone, it may be either."""
    keep = [True] * len(contexts)
    for q in qualifiers:
        if q.kind != "women's" or not any(q.named_in(c) for c in contexts):
            continue
        keep = [k and (q.named_in(c) or bool(_FEMALE.search(c))) for k, c in zip(keep, contexts)]
    return keep
