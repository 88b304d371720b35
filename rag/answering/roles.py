"""Whether an answer names one who holds the role its question asks about: the chief executive, not
the spokesperson who spoke for the company or the co-founder the new chief executive succeeds.

A report names several people by their roles: "said company spokesperson Jonas Pirtle",
"succeeds co-founder Tomas Vell". Asked who is the chief executive, the 1.5B model may name any of
them, and every word of "Jonas Pirtle is the chief executive of Corvell Foods [1]" but the role is in
the passage, so the support check passes it (issue 12: "the wrong entity from the right pool"; the
fifth smoke check's p008). The passage says which role it gives each name: the title written right
before it ("spokesperson Jonas Pirtle", "former chief executive Tomas Vell"), after it ("Jonas
Pirtle, the company's spokesperson", "Tomas Vell, who will become chairman") or the role a name is
named to ("appointed Annika Rhoe as chief executive"). When the passages give the answer's name
other roles only, and never the one asked about, the answer is miscast; it is asked for once more
with that sentence quoted (rag.answering.replies), and a second miscast answer is not an answer.

A work's credits are roles too: asked who directed the film that won the Golden Heron, the model named the
jury's chair, "cinematographer Ludo Ferrant" (the fifth smoke check's p037). A question asks for a credit by
its verb ("Who directed …?"), and its year is the work's, not a sign that it asks about one who held an office
before.

Asked for a deputy, a vice or an assistant of any role ("Who was deputy leader of the expedition?"), passages that
write no deputy at all ("It was led by Dr Anouk Pellerin") give no one as one.

Lenient by design: a name its passages give no role, or whose sentence writes the role asked about
(other than as a former one), never counts against an answer. Asked who held a role before ("Who was mayor of
Tarsa in 2015?"), a former holder may be the answer and a later title may be another's: only a deputy's, a
vice's or an assistant's of the role asked counts against it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from rag.answering.answer_type import expected
from rag.answering.positions import named_in

_OFFICIAL = "official"
#: the roles a question asks about, each under the name said to the model, and how a text writes it;
#: "vice president" and "deputy mayor" are roles of their own (their qualifier is read apart)
ROLES: dict[str, str] = {
    "chief executive": r"chief[- ]executive(?:[- ]officer)?|ceo|managing director",
    "chief financial officer": r"chief[- ]financial[- ]officer|cfo|finance director",
    "chief operating officer": r"chief[- ]operating[- ]officer|coo",
    "chief technology officer": r"chief[- ]technology[- ]officer|cto",
    "chair": r"(?:non-executive\s+)?chair(?:man|woman|person)?",
    "president": r"president",
    "founder": r"(?:co-?)?founder",
    "spokesperson": r"spokes(?:person|man|woman)",
    "mayor": r"mayor",
    "governor": r"governor",
    "prime minister": r"prime minister|premier",
    "head coach": r"(?:head\s+)?coach",
    "captain": r"captain|skipper",
    "editor": r"editor(?:-in-chief)?",
    "treasurer": r"treasurer",
    # a university's head: "vice" is no deputy's here (rag.answering.roles._DEPUTY_ASKED leaves it out too)
    "vice-chancellor": r"vice[- ]chancellor",
    # a racehorse's or a dog's: its owner and its jockey are named beside it
    "trainer": r"trainer|handler",
    # a work's credits: a report on a film names its director beside its cinematographer, producer and cast
    "director": r"(?:film\s+)?director",
    "producer": r"(?:executive\s+)?producer",
    "cinematographer": r"cinematographer|director of photography",
    "screenwriter": r"screenwriter|scriptwriter",
    "composer": r"composer",
    "actor": r"actor|actress",
    "architect": r"architects?",
    # another official's title: "operations director Linnea Quist", "finance minister Ola Berg" (never asked
    # about by this name: what it is of is not read); not "the director", nor a qualifier's ("permanent director",
    # asked who was appointed permanent director: the ninth smoke check's q011)
    _OFFICIAL: r"(?!(?:the|a|an|its|his|her|their|our|film|executive|permanent|acting|interim|new)\s)[a-z]+\s+"
    r"(?:director|manager|officer|secretary|minister)",
}
#: a question that asks for a role by its verb: "Who directed the film …?" asks for its director
_ASKS_BY_VERB = {
    "director": r"directed|directs",
    "producer": r"produced",
    "composer": r"composed|scored",
    "actor": r"starred|stars",
    # an office by its verb: "Who chairs the allotment association?" asks for its chair, not the show secretary who
    # spoke for it (the twelfth smoke check's q049)
    "chair": r"chairs|chaired",
    "captain": r"captains|captained|skippers|skippered",
    "head coach": r"coaches|coached",
    "editor": r"edits|edited",
    # "Who trained the racehorse Merrow Queen?": "She was owned by the Fenwold Friends syndicate" names no trainer (the
    # twenty-second smoke check's q034). Only of an animal: "Who trained ChatGPT?" asks for no trainer, and an athlete's
    # is written in many ways ("mentor Glen Mills", "in SugarHill Steward's corner")
    "trainer": r"(?:trains|trained)(?=.*\b(?:(?:race)?horses?|greyhounds?|colt|filly|mare|gelding|stallion|hounds?|dogs?)\b)",
}
#: the roles a passage that gives their holder writes, by title or by verb ("designed by Ferrisburg Architects",
#: "directed by Ilse Marrow", "Mayor Ola Berg"): a name from passages that write the role nowhere is not its holder.
#: Asked who was the architect of a hall, the model named the builder that "carried out" its refurbishment (the
#: seventeenth smoke check's q069). Not the roles a report writes by other words: a chief executive is the
#: company's "boss", a founder "set up" the firm, a coach is the team's "manager".
_WRITTEN = {
    "architect": r"architect\w*|design\w*|drawn\s+up|plans\s+by",
    "director": r"direct\w*|film-?makers?|film\s+by|helm\w*|led|leads|head(?:s|ed)?",
    "producer": r"produc\w*",
    "composer": r"compos\w*|scored?|scores|music\w*|soundtrack",
    "screenwriter": r"screenplay\w*|script\w*|writ\w*|wrote",
    "cinematographer": r"cinematograph\w*|DoP|lensed|shot|photograph\w*",
    # a panel's or a meeting's: asked who chaired the 2023 judging panel, a list of past winners names none (the
    # twenty-first smoke check's q004)
    "chair": r"chair\w*|presid\w*|head\w*|lead\w*|led|conven\w*|moderat\w*|conduct\w*|chief|boss|speaker|fore(?:man|woman)",
    "mayor": "",
    # "Gov. Tina Kotek signed the bill"
    "governor": r"gov(?=\.)",
    "treasurer": "",
    "editor": r"edit\w*",
    # a racing report's ways: "saddled by Aidan O'Brien", "from the Willie Mullins stable", "sent out by Henry de Bromhead"
    "trainer": r"train\w*|saddl\w*|handl\w*|stables?|kennels?|yards?|condition\w*|sent\s+out",
}
#: the roles of a work's credits (a building's, a film's), held for good: asked by a verb in the past tense ("Who
#: directed …?") of any work, old or new, or with "was" ("Who was the architect …?"), they ask about no former holder
_CREDITS = frozenset(("director", "producer", "composer", "actor", "architect", "screenwriter", "cinematographer"))
#: an office asked by its verb in the past tense: "Who chaired the inquiry?" may be answered by its former chair
_OFFICE_HELD = re.compile(r"\b(?:chaired|captained|skippered|coached|edited)\b", re.I)
_ROLE = "|".join(f"(?P<r{i}>{p})" for i, p in enumerate(ROLES.values()))
_NAMES = list(ROLES)
#: a qualifier that makes a role another one: the former chief executive is not the chief executive (an
#: acting or interim one holds it)
_QUALIFIER = r"(?P<q>former|ex-|outgoing|retiring|previous|previously|deputy|vice|assistant|acting|interim|then)"
_FORMER = frozenset(("ex", "outgoing", "retiring", "previous", "previously", "then"))
_HOLDING = frozenset(("acting", "interim"))
#: a role written right before a name: "company spokesperson Jonas Pirtle", "former chief executive Tomas
#: Vell", "co-founder Tomas Vell" (a word of what it is of between: "Corvell spokesperson")
_BEFORE = re.compile(rf"\b(?:{_QUALIFIER}[- ]?\s*)?(?:{_ROLE})(?:\s+[A-Z][\w&'’.-]*){{0,3}},?\s+$", re.I)
#: a role written right after a name: ", the company's spokesperson", " as chief executive", " is the
#: mayor", ", who will become non-executive chairman", ", previously chief operating officer"; in brackets, as
#: minutes list those present ("Darius Okonjo-Pratt (Vice-Chair, presiding)": the ninth smoke check's q055)
_AFTER = re.compile(
    r"(?:['’]s)?\s*(?:,\s*|\s*\(\s*|\s+(?:as|is|was|became|becomes|remains|has\s+been|will\s+be|will\s+become|took\s+over\s+as"
    r"|takes\s+over\s+as)\s+|,\s*who\s+(?:is|was|will\s+become|becomes|became|remains|has\s+been)\s+)"
    r"(?:(?:the|its|his|her|their|a|an|new|company['’]s|[A-Z][\w&.-]*['’]s?)\s+){0,3}"
    rf"(?:{_QUALIFIER}[- ]?\s*)?(?:{_ROLE})\b",
    re.I,
)
#: what asks for a role: "Who is the chief executive of …", "Who is Corvell's CEO?"
_ASKS = re.compile(rf"\b(?:{_QUALIFIER}[- ]?\s*)?(?:{_ROLE})\b", re.I)
#: a question about one who held a role before: the passages may say so only by who "succeeds" whom, and
#: are left to the model
_PAST = re.compile(r"\b(?:was|were|former|previous|before|until|in\s+(?:1[89]|20)\d\d)\b", re.I)


def _role(m: re.Match[str]) -> str:
    """The role's name a match of :data:`_ROLE` wrote, its qualifier before it ("former chief executive")."""
    name = next(_NAMES[int(k[1:])] for k, v in m.groupdict().items() if k.startswith("r") and v)
    qualifier = (m.group("q") or "").lower().rstrip("-")
    qualifier = "former" if qualifier in _FORMER else "" if qualifier in _HOLDING else qualifier
    return f"{qualifier} {name}".strip()


def _base(role: str) -> str:
    """The role a qualified one is of: "chief executive" of "former chief executive"."""
    return role if role in ROLES else role.split(" ", 1)[1]


def asked_role(question: str) -> str | None:
    """The role ``question`` asks who holds, or None ("Who is the chief executive of Corvell Foods?":
    "chief executive"); a question that names two roles asks about neither for sure."""
    if expected(question) != "name":
        return None
    found = {_role(m) for m in _ASKS.finditer(question)}
    if not found:
        found = {role for role, verb in _ASKS_BY_VERB.items() if re.search(rf"\bwho\s+(?:{verb})\b", question, re.I)}
    return found.pop() if len(found) == 1 and not any(r.endswith(_OFFICIAL) for r in found) else None


#: a deputy, a vice or an assistant a question asks for, of any role: "deputy leader", "vice-captain"; not a rank of its
#: own ("vice-chancellor", the head of a university; "assistant professor")
_DEPUTY_ASKED = re.compile(
    r"\b(?:deputy|vice|assistant)[- ]?\s*(?!(?:chancellor|admiral|marshal|professor|referee|principal)\b)[a-z]+", re.I
)


def _deputy_asked(question: str) -> str | None:
    """The deputy, vice or assistant ``question`` asks who is ("deputy leader"), or None."""
    m = _DEPUTY_ASKED.search(question)
    return m.group(0).lower() if m and expected(question) == "name" else None


def asks_role(question: str) -> bool:
    """Whether ``question`` asks who holds a role (:func:`asked_role`) or who is a deputy, a vice or an assistant of one
    ("Who was deputy leader of the expedition?")."""
    return asked_role(question) is not None or _deputy_asked(question) is not None


def _by_verb(question: str) -> bool:
    """Whether ``question`` asks for its role by a verb ("Who directed …?"): a work's credit, not an office
    held before ("Who was chief executive in 2019?")."""
    return not _ASKS.search(question)


def given_roles(sentence: str, name: re.Pattern[str]) -> set[str]:
    """The roles ``sentence`` writes right before or after an occurrence of ``name``."""
    found = set()
    for m in name.finditer(sentence):
        before = _BEFORE.search(sentence, max(0, m.start() - 80), m.start())
        if before:
            found.add(_role(before))
        after = _AFTER.match(sentence, m.end())
        if after:
            found.add(_role(after))
    return found


@dataclass(frozen=True)
class Miscasting:
    """An answer's name that its passages give other roles than the question asks about."""

    name: str
    #: the passage's sentence that gives it its role ("… said company spokesperson Jonas Pirtle.")
    sentence: str
    #: the role the question asks about ("chief executive")
    asked: str


#: a question that asks for the role's permanent holder: an interim or acting one is not it
_PERMANENT = re.compile(r"\bpermanent(?:ly)?\b", re.I)


def _held_for_now(role: str) -> re.Pattern[str]:
    """What writes ``role`` as held for now: "interim chief executive", "acting director"."""
    return re.compile(rf"\b(?:interim|acting)[- ]?\s*(?:{ROLES[role]})\b", re.I)


def _interim_only(question: str, asked: str, answers: Iterable[tuple[str, list[str]]]) -> Miscasting | None:
    """What gives the answer's name the role ``asked`` only as an interim or acting one, where the question asks
    for its permanent holder ("Lotte Varga has been named interim chief executive while the board searches for a
    permanent successor": the eighth smoke check's q016), or None."""
    held = _held_for_now(asked)
    for text, passages in answers:
        named = named_in(question, text, passages)
        if named is None:
            continue
        name, word, holding = named
        interim = [s for s in holding if held.search(s)]
        # its other roles do not matter ("Chief financial officer Lotte Varga has been named interim chief executive")
        if interim and not any(_holds_permanently(s, word, asked) for s in holding):
            return Miscasting(name, interim[0], f"permanent {asked}")
        return None
    return None


def _holds_permanently(sentence: str, name: re.Pattern[str], asked: str) -> bool:
    """Whether ``sentence`` writes the role asked and the name without an interim or acting title before it, nor after
    it, or gives the role asked as a permanent one ("confirmed Lotte Varga, interim chief executive since September, as
    permanent chief executive")."""
    if re.search(rf"\bpermanent(?:ly)?\s+(?:{ROLES[asked]})\b", sentence, re.I):
        return True
    # a sentence that writes no role gives none: "We are also hugely grateful to Martin, who will return to the School of
    # Engineering" (the twenty-second smoke check's q033)
    if not re.search(rf"\b(?:{ROLES[asked]})\b|\b(?:post|role|job|position|appointment|permanent\w*)\b", sentence, re.I):
        return False
    # a full name at once: "Professor Martin Hulse, Pro-Vice-Chancellor for Research, will serve as interim
    # Vice-Chancellor" is 63 characters from "Martin" to "interim", 57 from "Hulse"
    for m in re.finditer(rf"{name.pattern}(?:\s+{name.pattern})*", sentence):
        before, after = sentence[max(0, m.start() - 60) : m.start()], sentence[m.end() : m.end() + 60]
        # nor one that says the name will not hold it: "Tallis would not be a candidate for the permanent role" (the
        # twenty-first smoke check's q007, once its report was shown whole)
        if not re.search(r"\b(?:interim|acting)\b", before + " " + after, re.I) and not _NOT.match(after):
            return True
    return False


#: a name's own verb denied right after it: "Tallis would not be a candidate", "Hulse has said he will not stand"; not
#: another verb's ("Ruiz does not need to relocate") nor a relative clause's ("Farr, who was not on the shortlist")
_NOT = re.compile(
    r"^(?!\s*,\s*(?:who|which)\b)\W*(?:(?:has|had)\s+said\s+(?:that\s+)?(?:he|she|they)\s+)?"
    r"(?:(?:would|will|is|was|shall)\s+(?:not|never)|(?:wo|would|is|was)n['’]t)\s+"
    r"(?:be|become|stand|seek|apply|take|serve|remain|continue|succeed)\b",
    re.I,
)


def _unwritten(role: str, passages: Iterable[str], holding: list[str], name: re.Pattern[str]) -> bool:
    """Whether ``role`` is one that :data:`_WRITTEN` says its holder's passages write, and ``passages`` write it
    nowhere, by its title or its verb. A work is its maker's: "Ines Faluda's \"Paper Lanterns\" won", "Marta Kell's
    Winter Cantata" (in one of ``holding``, the sentences that hold the ``name``) credit her with it."""
    if role not in _WRITTEN:
        return False
    if role in _CREDITS and any(re.search(rf"{name.pattern}['’]s\b", s) for s in holding):
        return False
    written = re.compile(rf"\b(?:{ROLES[role]}{'|' if _WRITTEN[role] else ''}{_WRITTEN[role]})\b", re.I)
    return not any(written.search(p) for p in passages)


#: what writes a deputy: passages that write none of these give no one as the deputy, vice or assistant asked for
_DEPUTY = re.compile(
    r"\b(?:deput\w*|vice\w*|assist\w*|asst|dy|vps?|[es]vp|no\.?\s*2|number\s+(?:two|2)|2ic|second[- ]in[- ]command"
    r"|understud\w*|t[áa]naiste)\b",
    re.I,
)


def _no_deputy(question: str, answers: Iterable[tuple[str, list[str]]]) -> Miscasting | None:
    """What an answer names as the deputy, vice or assistant ``question`` asks for, from passages that write no deputy
    at all, or None: asked who was the expedition's deputy leader, "It was led by Dr Anouk Pellerin" names its leader
    (the twenty-first smoke check's q010)."""
    asked = _deputy_asked(question)
    if asked is None:
        return None
    for text, passages in answers:
        named = named_in(question, text, passages)
        if named is None or not named[2]:
            continue
        if any(_DEPUTY.search(p) for p in passages):
            return None
        return Miscasting(named[0], named[2][0], asked)
    return None


def _deputy_of(role: str, asked: str) -> bool:
    """Whether ``role`` is a deputy's, a vice's or an assistant's of the role ``asked`` ("deputy mayor" of "mayor")."""
    qualifier, _, base = role.partition(" ")
    return qualifier in ("deputy", "vice", "assistant") and base == asked


def miscast(question: str, answers: Iterable[tuple[str, list[str]]]) -> Miscasting | None:
    """What gives the answer's name other roles than ``question`` asks about, or None. ``answers`` holds
    each answer sentence with the texts of the passages it cites. Asked for the role's permanent holder,
    one its passages give it only as an interim or acting one is miscast too."""
    deputy = _no_deputy(question, answers := list(answers))
    if deputy is not None:
        return deputy
    asked = asked_role(question)
    if asked is not None and _PERMANENT.search(question):
        return _interim_only(question, _base(asked), answers)
    if asked is None:
        return None
    # asked who held it before, a former holder is the answer and another title may be one held later; a deputy
    # of the role asked about never held it ("Deputy mayor Oskar Lind", asked who was mayor of Tarsa in 2015:
    # the tenth smoke check's q016)
    past = bool(_PAST.search(question) or _OFFICE_HELD.search(question)) and not (_by_verb(question) and asked in _CREDITS)
    role = re.compile(rf"\b(?:{ROLES[_base(asked)]})\b", re.I)
    # asked for the interim or acting holder: a sentence that gives the name that role gives it the role asked ("deputy
    # mayor Colm Fairweather will serve as interim mayor", asked who served as interim mayor: the eighth smoke check's q058)
    holding_role = _held_for_now(_base(asked))
    asks_holding = bool(holding_role.search(question))
    # whether the passages must write the role: asked now, a work's credit, or a chair asked by its verb ("Who chaired
    # …?"), written by its verb or its title whenever it was held
    written_whenever = not past or _base(asked) in _CREDITS or (_base(asked) == "chair" and _by_verb(question))
    found: Miscasting | None = None
    for text, passages in answers:
        named = named_in(question, text, passages)
        if named is None:
            continue
        name, word, holding = named
        # an office held before may be written by what the name is now ("Governor Oskar Lind"); a work's credit is its for good
        if holding and written_whenever and _unwritten(_base(asked), passages, holding, word):
            found = found or Miscasting(name, holding[0], asked)
            continue
        given = {r: s for s in holding for r in given_roles(s, word)}
        if not given or asked in given or asks_holding and any(holding_role.search(s) for s in holding):
            return None
        if past and not all(_deputy_of(r, asked) for r in given):
            return None
        # the role asked about written where it is no other's former one: the sentence may give it to this name
        if any(role.search(s) for s in holding if not any(r.endswith(asked) for r in given_roles(s, word))):
            return None
        found = found or Miscasting(name, next(iter(given.values())), asked)
    return found
