"""What changed between the reply the model wrote (which a terminal shows as it streams) and the
checked answer printed after it, in one line for the reader.

Citations are attributed after generation (:mod:`rag.answering.citations`): the cited passages are
renumbered in order of use, so the model's ``[2]`` may be the answer's ``[1]``; a marker its
passage does not support is replaced; an answer nothing supports is withdrawn for a refusal. The
streamed text is replaced by the checked answer, and a reader who saw ``[2]`` go by should not be
left to wonder why it now says ``[1]``.
"""

from __future__ import annotations

from rag.answering.citations import parse_markers
from rag.answering.prospects import asks_done
from rag.records import Answer


def revision_note(answer: Answer) -> str | None:
    """One line saying how ``answer`` differs from the model's reply as it was written, or None when
    it reads the same (whitespace aside). Invalid markers and unsupported sentences are reported on
    their own lines elsewhere and are not repeated here."""
    note = _note(answer)
    if answer.first_raw and not answer.refused:
        again = "The model's first reply did not give the answer itself (it restated the question, named a passage, or was not what was asked); this is its second."
        return f"{again} {note}" if note else again
    return note


def _note(answer: Answer) -> str | None:
    raw = answer.raw.strip()
    if not raw:
        return None  # nothing was streamed: refused before the model was asked
    if answer.refused:
        if answer.refusal_reason == "unsupported":
            return "The answer as written was withdrawn: nothing in it was found in the passages."
        if answer.refusal_reason == "off-target":
            return (
                "The answer as written was withdrawn: asked again, the model still did not give what the question asks "
                "(the kind of answer, or the one at the place asked about)."
            )
        if answer.refusal_reason == "other-subject":
            return (
                "The answer as written was withdrawn: the documents it cites are about another subject than the one "
                "the question names."
            )
        if answer.refusal_reason == "off-year":
            return (
                "The answer as written was withdrawn: the passages it cites are of another year than the question's, "
                "and none names that year beside the answer."
            )
        if answer.refusal_reason == "unrealised" and not asks_done(answer.question):
            return (
                "The answer as written was withdrawn: the passages it cites give it only as a bid, a candidacy or a "
                "nomination, and the question asks what has been decided."
            )
        if answer.refusal_reason == "unrealised":
            return (
                "The answer as written was withdrawn: the passages it cites only expect, plan or forecast it, and the "
                "question asks what happened."
            )
        if answer.refusal_reason == "off-label":
            return (
                "The answer as written was withdrawn: the sentences of its passages that hold it are about another "
                "part, number or kind of thing, or another day of the week, than the question asks about."
            )
        if answer.refusal_reason == "off-event":
            return (
                "The answer as written was withdrawn: the sentences of its passages that hold it are about a beginning "
                "where the question asks about an end, or the reverse (a birth for a death, an opening for a closure)."
            )
        if answer.refusal_reason == "unverified":
            p = "too low a probability" if answer.answerability is None else f"a probability of {answer.answerability:.2f}"
            return f"The answer as written was withdrawn: asked apart whether its passages answer the question, the model gave {p}, below its threshold."
        return None  # the model's own refusal, shown as it wrote it
    written = [(text, nums) for text, nums in parse_markers(raw) if any(ch.isalnum() for ch in text)]
    if [text for text, _ in written] != [s.text for s in answer.sentences]:
        # a reply made of markers alone, answered with the sentence of the passage it named
        return "The answer as written was completed from the passage it cited."
    mapped = [_mapped(nums, answer) for _, nums in written]
    if mapped != [s.citations for s in answer.sentences]:
        return "Citations corrected after checking them against the passages: they differ from the text as written."
    moves = {n: answer.renumbered[n] for _, nums in written for n in nums if n in answer.renumbered}
    changed = [f"[{old}] is now [{new}]" for old, new in moves.items() if old != new]
    if not changed:
        return None
    return f"Citations renumbered in order of use: {', '.join(changed)}."


def _mapped(nums: list[int], answer: Answer) -> list[int | None]:
    """A sentence's markers as written, in the answer's numbering (None: a passage it does not cite)."""
    out: list[int | None] = []
    for n in nums:
        if n in answer.invalid_markers:
            continue  # named no passage: reported by its own line
        m = answer.renumbered.get(n)
        if m not in out:
            out.append(m)
    return out
