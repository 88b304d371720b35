"""The model's reply, checked before it becomes an answer.

A reply may say the passages do not hold the answer (a refusal), only name a passage ("Passage
[1]"), only restate the question, or be another kind of thing than the question asks for (no
name for "who"): each of the last three is asked for once more in the same conversation, so
llama.cpp reuses the whole evaluated prompt and the follow-up costs only its own tokens. A reply that
only points at a release note, to a question asking which release did something, is read as the
release that note's header names, without asking again (:func:`release_pointed_at`).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, replace
from typing import Callable, Collection, Sequence, Union

from rag.answering.answer_type import answered_no, expected, missing_kind, numbers_release
from rag.answering.citations import Attribution, attribute, cited_by_sentence, parse_markers
from rag.answering.positions import PHRASES, asked_place, misplaced
from rag.answering.prompt import REFUSAL, Evidence, question_message, shown_text
from rag.answering.roles import asks_role, miscast
from rag.answering.subjects import names
from rag.backends.ports import Generator
from rag.config import Settings
from rag.index.constraints import releases
from rag.records import Timings
from rag.text import content_terms, normalise, split_sentences

_REFUSAL_PATTERNS = re.compile(
    r"(could not find|couldn't find|cannot find|can't find|unable to find|not (?:be )?found in|"
    r"do(?:es)? not (?:contain|mention|provide|say|include|specify|state)|"
    r"(?:is|are) not (?:mentioned|provided|stated|specified|given|available)|no information|not enough information|"
    r"passages? (?:do(?:es)? not|don't|doesn't))",
    re.I,
)

#: asked once when the model's answer only restates the question ("Syria [2]" for "from which city in
#: Syria…"): small models do that when they do know the answer, and the follow-up reuses the whole
#: evaluated prompt, so it costs only its own tokens
RESTATED = (
    "That only repeats the question. Reply with the specific name, number or place that the passages give "
    f"as the answer, or if they do not give it, with exactly: {REFUSAL}"
)
#: asked once when a supported reply is not the kind of thing the question asks for (rag.answering.answer_type)
OTHER_KIND = (
    "That does not say {kind}, which is what the question asks.{stating} Reply with the specific answer that the "
    f"passages give, or if they do not give it, with exactly: {REFUSAL}"
)
#: the kinds whose follow-up quotes the cited passages' sentences that give one (with a number of their own): asked
#: which firmware version fixed a fault, the 1.5B model answered with a forum thread's title and, told only that it
#: named no version, refused, though the thread says "Corvel pushed firmware 2.8.14 overnight and the dropouts have
#: stopped" (the fourteenth smoke check's q016). A name or a figure is left unquoted: most sentences hold one
_QUOTED_KINDS = frozenset({"which version"})
#: how many of those sentences a follow-up quotes
_MAX_QUOTED = 2


def is_refusal(text: str) -> bool:
    """True when the model's output says the passages do not hold the answer."""
    t = normalise(text)
    if not t:
        return True
    if normalise(REFUSAL).lower() in t.lower():
        return True
    first = split_sentences(t)[0] if split_sentences(t) else t
    return bool(_REFUSAL_PATTERNS.search(first)) and len(t) < 300


#: a reply that names passages instead of answering: "[2]", "[1, 3].", "Passage [1]", "See passage 2"
_ONLY_MARKERS = re.compile(
    r"^\s*(?:(?:(?:see|in|from)\s+)?(?:the\s+)?passages?\s*)?(?:\[\d{1,3}(?:\s*[,;]\s*\d{1,3})*\]\s*)+[.!?]?\s*$"
    r"|^\s*(?:(?:see|in|from)\s+)?(?:the\s+)?passages?\s+\d{1,3}\s*[.!?]?\s*$",
    re.I,
)


def names_only_passages(reply: str) -> list[int]:
    """The passage numbers of a reply that only points at passages ("[2]", "Passage [1]"); [] for any
    other reply. The default 1.5B model replies so to 12 of the 50 near-miss tune questions, mostly
    "which release…" and "when was…" ones (eval/README.md)."""
    if not _ONLY_MARKERS.match(reply):
        return []
    return [int(x) for x in re.findall(r"\d+", reply)]


#: "which tz release …", "in what year …": the thing a which/what question asks for, named by its noun
_ASKED_THING = re.compile(
    r"\b(?:which|what)\s+((?:[\w.+-]+\s+){0,3}?(?:release|version|upload|update|package|year|date|day|month|season"
    r"|person|people|company|organi[sz]ation|country|city|place|team|name|file|option|command|setting|feature|model"
    r"|book|film|movie|song|album|game|event|race|award|party|law|bug|issue|vulnerability|cve)s?)\b",
    re.I,
)
_KIND_WORDS = {"name": "the name", "time": "the date or time", "quantity": "the number"}


def _asked_for(q: str) -> str:
    """What the answer to ``q`` is, in words for the model: "the tz release", "the name", "the answer"."""
    kind = expected(q)
    if kind:
        return _KIND_WORDS[kind]
    m = _ASKED_THING.search(q)
    return f"the {' '.join(m.group(1).split())}" if m else "the answer"


def _named_only(numbers: list[int], q: str) -> str:
    """The follow-up to a reply that only named passages: the answer itself, from the first one. The
    question is said again and what it asks for named: told only "a date, name, number or version",
    the model answered "which tz release" questions with the release's date (near-miss tune set)."""
    n = numbers[0]
    return (
        f"Passage [{n}] is where to look, but the reply must be the answer itself. The question is: {q} "
        f"Reply with {_asked_for(q)} as passage [{n}] states it, and end with [{n}]. "
        f"If passage [{n}] does not give it, reply with exactly: {REFUSAL}"
    )


#: a "which release / version / upload" question ("which tz release", "which package version"): it asks
#: for a document's own release
_ASKS_RELEASE = re.compile(r"\b(?:which|what)\s+(?:[\w.+-]+\s+){0,3}?(?:release|version|upload|update)s?\b", re.I)
#: the header line of a release note or changelog entry, where it names its release
HEADER_CHARS = 100


def release_pointed_at(q: str, numbers: list[int], evidence: list[Evidence], openings: Collection[str] = ()) -> str:
    """For a reply that only names passage n ("[1]", "Passage [1]") to a question that asks which
    release, version or upload did something: that passage's release, as its document's header names
    it, with the marker ("2022b [1]"); "" when the question asks something else, the passage is not
    its document's opening (a chunk whose id is in ``openings``, or that starts the file), its header
    names no release or several, the passage as shown names another release too (a NEWS file's next
    entry), another passage shares more of the question's words, or the passage does not name
    everything the question names (asked which release moved "Jordan and Syria", the model pointed at
    a note about neither).

    Asked "which tz release renamed Europe/Kiev to Europe/Kyiv?", the 1.5B model replies "[1]" over
    the passage headed "Release 2022b", and asked again to name the release, refuses: it points at
    the release note instead of naming it (5 of the 12 bare markers of the near-miss tune half were
    "which release" questions). The header says which release a note is about; rag reads it there.
    """
    if not _ASKS_RELEASE.search(q) or not numbers or not 1 <= numbers[0] <= len(evidence):
        return ""
    n = numbers[0]
    chunk = evidence[n - 1].hit.chunk
    if chunk.id not in openings and chunk.start_char != 0:
        return ""
    asked = {r.lower() for r in releases(q)}
    named = [r for r in releases(chunk.text[:HEADER_CHARS]) if r.lower() not in asked]
    # "tzdata (2024b-0+deb12u1) … New upstream version 2024b": the upload and the release it packages
    named = [r for r in named if not any(o != r and o.startswith(r) for o in named)]
    if len(named) != 1:
        return ""
    # another of its own releases in the passage shown: a NEWS file's next entry; another program's version in an
    # entry ("… pip 22.2 …" in python3.11's 3.11.2-3, near-miss tune n031) is not one
    shown = [r for r in releases(evidence[n - 1].text) if r.lower() not in asked and _major(r) == _major(named[0])]
    if any(not named[0].startswith(r) for r in shown):
        return ""
    qterms = content_terms(q)
    overlap = [len(qterms & content_terms(ev.text)) for ev in evidence]
    if overlap[n - 1] < max(overlap) or not content_terms(" ".join(names(q))) <= content_terms(evidence[n - 1].text):
        return ""
    return f"{named[0]} [{n}]"


def _major(release: str) -> str:
    """A release's leading number: "3" of "3.11.2-3", "2022" of "2022b"."""
    m = re.match(r"\D*(\d+)", release)
    return m.group(1) if m else release


def _quote_for_bare_marker(raw: str, evidence: list[Evidence], question: str) -> str:
    """For a reply made of markers only: the sentence of the first passage it names (a valid one) that
    shares most words with the question, with that marker; "" for any other reply."""
    if not names_only_passages(raw):
        return ""
    qterms = content_terms(question)
    for n in (int(x) for x in re.findall(r"\d+", raw)):
        if 1 <= n <= len(evidence):
            sentences = [x.strip(" …") for x in split_sentences(evidence[n - 1].text.replace("[...]", " "))]
            best = max((x for x in sentences if x), key=lambda x: len(content_terms(x) & qterms), default="")
            if best:
                return f"{best} [{n}]"
    return ""


def generate(gen: Generator, settings: Settings, msgs: list[dict[str, str]], on_token: Callable[[str], None] | None) -> tuple[str, int, float | None, float | None]:
    """The model's reply, its pieces, and the times of its first and last piece."""
    pieces: list[str] = []
    first = last = None
    for piece in gen.stream(msgs, settings.max_answer_tokens, settings.temperature):
        last = time.perf_counter()
        first = first or last
        pieces.append(piece)
        if on_token:
            on_token(piece)
    return "".join(pieces), len(pieces), first, last


def _restates(result: Attribution | None) -> bool:
    return result is not None and not result.any_supported and result.restates_question


def _other_kind(q: str, result: Attribution | None, evidence: list[Evidence]) -> str:
    """The follow-up for a supported reply that is not the kind of answer ``q`` asks for ("" when it is); for a
    version, it quotes the cited passages' sentences that give one."""
    if result is None or not result.any_supported:
        return ""
    kind = missing_kind(q, " ".join(s.text for s in result.sentences if s.supported))
    if not kind:
        return ""
    stating = ""
    if kind in _QUOTED_KINDS:
        text_of = shown_text(evidence)
        cited = dict.fromkeys(text_of(c.hit) for c in result.citations)
        giving = [s.strip() for p in cited for s in split_sentences(p) if numbers_release(q, s)][:_MAX_QUOTED]
        stating = " The passages say: " + " ".join(f'"{s}"' for s in giving) if giving else ""
    return OTHER_KIND.format(kind=kind, stating=stating)


#: asked once when the passages place the name a reply gives elsewhere than the question asks
#: (rag.answering.positions): "Edna Kiplagat was second" for who won
MISPLACED = (
    'The question asks {asked}, but the passages say of {name}: "{sentence}"{stating} Reply with the name '
    f"the passages give for what the question asks, or if they do not give it, with exactly: {REFUSAL}"
)


def _misplaced(q: str, result: Attribution | None, evidence: list[Evidence]) -> str:
    """The follow-up for a reply whose name the passages place elsewhere than ``q`` asks ("" when none);
    it quotes the passages' sentences that state the place asked about."""
    if result is None or not result.any_supported or asked_place(q) is None:
        return ""
    text_of = shown_text(evidence)
    found = misplaced(q, cited_by_sentence(result, lambda c: text_of(c.hit)))
    if found is None:
        return ""
    stating, behind = (" ".join(f'"{s}"' for s in quoted) for quoted in (found.stating, found.behind))
    return MISPLACED.format(
        name=found.name, sentence=found.sentence, asked=PHRASES[found.asked],
        stating=f" They say {PHRASES[found.asked]} in: {stating}" if stating else f" They name one behind the winner in: {behind}" if behind else "",
    )


#: asked once when the passages give the name a reply gives another role than the question asks about
#: (rag.answering.roles): "said company spokesperson Jonas Pirtle" for who is the chief executive
MISCAST = (
    'The question asks who is the {asked}, but the passages say of {name}: "{sentence}" Reply with the name '
    f"the passages give as {{asked}}, or if they do not give one, with exactly: {REFUSAL}"
)


def _miscast(q: str, result: Attribution | None, evidence: list[Evidence]) -> str:
    """The follow-up for a reply whose name the passages give another role than ``q`` asks about ("" when
    none); it quotes the sentence that gives the name its role."""
    if result is None or not result.any_supported or not asks_role(q) or answered_no(q, _first(result)):
        return ""
    text_of = shown_text(evidence)
    found = miscast(q, cited_by_sentence(result, lambda c: text_of(c.hit)))
    return MISCAST.format(name=found.name, sentence=found.sentence, asked=found.asked) if found else ""


def _first(result: Attribution) -> str:
    """The reply's first sentence."""
    return result.sentences[0].text if result.sentences else ""


@dataclass(frozen=True)
class AskAfresh:
    """A follow-up that asks the question again in a new prompt that shows only ``passages`` (their
    numbers kept), instead of correcting the reply in the same conversation.

    Told in the conversation that the passages it cited are about another subject, and which passage is
    about the one asked, the 1.5B model withdrew right answers the passage it was pointed to states (the
    fourth smoke check, eval/README.md, thirteenth step: "Who is Corvane Energy's chief executive?",
    answered first from Harlow Foods' report). The passages kept are quoted again, the prompt's sentences
    shared among fewer: among five, Corvane Energy's report was shown without its chief executive's.
    """

    passages: tuple[int, ...]


#: what a reply check returns: the follow-up's text ("" when the reply passes), or a new prompt
FollowUp = Union[str, AskAfresh]


def checked_reply(
    gen: Generator,
    settings: Settings,
    q: str,
    messages: list[dict[str, str]],
    evidence: list[Evidence],
    raw: str,
    timings: Timings,
    on_token: Callable[[str], None] | None,
    openings: Collection[str] = (),
    checks: Sequence[tuple[str, Callable[[Attribution, list[Evidence]], FollowUp]]] = (),
    reselect: Callable[[list[Evidence]], list[Evidence]] = lambda kept: kept,
) -> tuple[str, str, Attribution | None]:
    """The reply attributed to the passages shown (None for a refusal); a reply that only restates
    the question, only names a passage, is not the kind of thing asked for (no name for "who"), or
    names one its passages place elsewhere than asked (the runner-up for who won) is asked for once
    more, and a second reply of the wrong kind or place is not an answer. ``checks`` are more such
    checks, each a reason and what returns the follow-up for a supported reply that fails it ("" when
    it passes; rag.answering.years), or an :class:`AskAfresh`, whose passages ``reselect`` quotes
    again for the new prompt. Each check reads the passages as the prompt that was answered quoted them.
    Returns (final reply, first reply when retried, attribution)."""
    shown = [ev.hit for ev in evidence]

    def check(reply: str) -> Attribution | None:
        if is_refusal(reply):
            return None
        # a reply that is only a marker ("[1]") names a passage but says nothing: quote that passage instead
        return attribute(_quote_for_bare_marker(reply, evidence, q) or reply, shown, q)

    named = [n for n in names_only_passages(raw) if 1 <= n <= len(evidence)]
    result = None if named else check(raw)
    pointed = named
    if _restates(result):
        # the question said again over a passage points at it as a bare marker does ("In Debian upload [1],
        # python3.11 was first declared …": near-miss tune n031)
        pointed = [n for _, nums in parse_markers(raw) for n in nums if 1 <= n <= len(evidence)]
    release = release_pointed_at(q, pointed, evidence, openings)
    if release:  # the reply pointed at a release note: its header names the release asked for
        return raw, "", attribute(release, shown, q)
    first_raw = ""

    def failed(result: Attribution | None) -> tuple[FollowUp, str]:
        """The follow-up for a supported reply that is not what ``q`` asks, and its reason; ("", "") when it is."""
        if result is None or not result.any_supported:
            return "", ""
        own = _other_kind(q, result, evidence) or _misplaced(q, result, evidence) or _miscast(q, result, evidence)
        if own:
            return own, "off-target"
        return next(((text, reason) for reason, check in checks if (text := check(result, evidence))), ("", ""))

    follow_up = _named_only(named, q) if named else RESTATED if _restates(result) else failed(result)[0]
    if follow_up:
        if isinstance(follow_up, AskAfresh):
            requoted = reselect([ev for ev in evidence if ev.n in follow_up.passages])
            retry = messages[:-1] + [question_message(q, requoted)]
        else:
            retry = messages + [{"role": "assistant", "content": raw}, {"role": "user", "content": follow_up}]
        if gen.prompt_tokens(retry) + settings.max_answer_tokens <= gen.n_ctx:
            if on_token:
                on_token("\n")
            first_raw = raw
            raw, n, _, _ = generate(gen, settings, retry, on_token)
            timings.gen_tokens += n
            if isinstance(follow_up, AskAfresh):
                # the reply is checked against the passages as quoted again: a passage cut to a few sentences among
                # five is quoted whole among three, and a figure of its that the first prompt left out is no longer
                # "not this check's" (the twenty-second smoke check's q004: "14,500 of you through the gates", in a
                # report of another year's festival, given as this year's attendance)
                evidence = requoted
        result = check(raw)  # a second bare marker, or the first when no second fits: quoted
        reason = failed(result)[1]
        if result is not None and reason:
            # still no name for "who", the runner-up for who won, another year's winner: not an answer
            result = replace(result, sentences=[replace(s, supported=False) for s in result.sentences], off_target=reason)
    return raw, first_raw, result
