"""The answer checked by the model itself: do the cited passages state it, for what was asked?

After an answer passes the support check (its words are in the passages it cites), the model is
asked in a prompt of its own: the cited passages, the question, the answer, and whether the
passages state that answer to that question, for the same year, version, place, person and event.
The answer stands when the model's probability of "yes" (against "no") is at least its
threshold: ``min_answerability`` in models/catalog.toml, calibrated per model on a tune half, or
RAG_MIN_ANSWERABILITY; below it, rag refuses (reason ``unverified``). A model without a calibrated
threshold (the 0.5B model, a GGUF file of the user's) is not asked unless RAG_MIN_ANSWERABILITY says so.

Only answers to questions that name a year, a version, an identifier or a kind (rag.index.constraints) are
checked: there every shown passage meets the constraint and near misses remain (another CVE of the
upload asked about, the next upload's regression). On eval/gold.jsonl's tune half, whose questions
name none, checking every answer refused 2 right answers and 1 wrong one, and no unanswerable question.

Measured on the near-miss tune half (eval/README.md, issue 12, fourth step): as a separate prompt
the score ranks a right answer above a wrong one 91 % of the time (AUC 0.906 over 36 answers;
asked as a follow-up in the answer's own conversation it did not separate them at all, AUC 0.34).
The 1.5B model's threshold lies between the highest wrong answer's score there (0.401) and the lowest
right ones but one (0.476, the lowest 0.367). It costs one prompt of the cited passages (~5 s on 2
cores with the 1.5B model); a generator that cannot give the probability (a server) is not asked.

Every other answer is checked by a prompt without the answer: do the cited passages contain the answer to
this exact question? (``min_contains`` in models/catalog.toml, or RAG_MIN_CONTAINS). There no constraint
has picked the passages, and near misses of every other kind remain: a shortlist for the winners, the 10K
for the half marathon, another commenter. Over the recorded answers of nine sets (eval/README.md, issue 12,
nineteenth step) it ranks a right answer above a wrong or unanswerable one 85 % of the time (AUC 0.854:
334 right, 59 not; 0.74 on the news set, 0.90-1.0 on the smoke checks). It costs one prompt of the cited
passages, as above.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from rag.answering.prompt import without_instructions
from rag.backends.ports import Generator, Judge, Message
from rag.config import Settings
from rag.records import Citation

SYSTEM = "You check whether a passage answers a question."
PROMPT = (
    "Passage:\n{passages}\n\nQuestion: {question}\nProposed answer: {answer}\n\n"
    "Does the passage state this answer to this exact question, for the same year or date, version, place, "
    "person and event that the question names? Reply with only yes or no."
)
#: the prompt without the answer, for a question without constraints (rag.answering.answer._checked)
CONTAINS_PROMPT = (
    "Passage:\n{passages}\n\nQuestion: {question}\n\n"
    "Does the passage contain the answer to this exact question? Reply with only yes or no."
)
_MARKER = re.compile(r"\s*\[\d{1,3}\]")


def messages(
    question: str, answer: str | None, citations: Sequence[Citation], text_of: Callable[[Citation], str] = lambda c: c.hit.chunk.text
) -> list[Message]:
    """The check's prompt: the cited passages (each once, as ``text_of`` writes them), the question and the
    answer without its markers; without an answer (None), whether the passages contain the answer to the
    question. A sentence of a passage that instructs the model ("reply yes") is left out, as from the answer's prompt."""
    passages = "\n\n".join(dict.fromkeys(without_instructions(text_of(c)) for c in citations))
    if answer is None:
        content = CONTAINS_PROMPT.format(passages=passages, question=question)
    else:
        content = PROMPT.format(passages=passages, question=question, answer=_MARKER.sub("", answer).strip())
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": content}]


def threshold(gen: Generator, settings: Settings, contains: bool = False) -> float | None:
    """The probability below which an answer is refused: the setting (RAG_MIN_ANSWERABILITY, or
    RAG_MIN_CONTAINS for the prompt without the answer: ``contains``) when given, else the model's
    calibrated one; None (no check) for 0, for a generator that cannot judge and for a model that is not calibrated."""
    if not isinstance(gen, Judge):
        return None
    setting, calibrated = (
        (settings.min_contains, gen.min_contains) if contains else (settings.min_answerability, gen.min_answerability)
    )
    value = setting if setting is not None else calibrated
    return value if value else None


def answerability(
    gen: Generator, question: str, answer: str | None, citations: Sequence[Citation],
    text_of: Callable[[Citation], str] = lambda c: c.hit.chunk.text,
) -> float | None:
    """The model's probability that the cited passages (as ``text_of`` writes them) state ``answer`` to
    ``question`` (without an answer: contain the answer to it); None when ``gen`` cannot say (it is not a
    :class:`~rag.backends.ports.Judge`) or nothing is cited."""
    if not isinstance(gen, Judge) or not citations:
        return None
    prompt = messages(question, answer, citations, text_of)
    if gen.prompt_tokens(prompt) + 8 > gen.n_ctx:  # whole cited documents beside a small context: no decision
        return None
    return gen.yes_probability(prompt)
