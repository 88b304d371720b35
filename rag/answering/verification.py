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
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from rag.answering.prompt import without_instructions
from rag.backends.ports import Generator, Judge, Message
from rag.records import Citation

SYSTEM = "You check whether a passage answers a question."
PROMPT = (
    "Passage:\n{passages}\n\nQuestion: {question}\nProposed answer: {answer}\n\n"
    "Does the passage state this answer to this exact question, for the same year or date, version, place, "
    "person and event that the question names? Reply with only yes or no."
)
_MARKER = re.compile(r"\s*\[\d{1,3}\]")


def messages(
    question: str, answer: str, citations: Sequence[Citation], text_of: Callable[[Citation], str] = lambda c: c.hit.chunk.text
) -> list[Message]:
    """The check's prompt: the cited passages (each once, as ``text_of`` writes them), the question and the
    answer without its markers. A sentence of a passage that instructs the model ("reply yes") is left out,
    as from the answer's prompt."""
    texts = list(dict.fromkeys(without_instructions(text_of(c)) for c in citations))
    return [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": PROMPT.format(passages="\n\n".join(texts), question=question, answer=_MARKER.sub("", answer).strip())},
    ]


def threshold(gen: Generator, setting: float | None) -> float | None:
    """The probability below which an answer is refused: ``setting`` (RAG_MIN_ANSWERABILITY) when
    given, else the model's calibrated one; None (no check) for 0, for a generator that cannot judge
    and for a model that is not calibrated."""
    if not isinstance(gen, Judge):
        return None
    value = setting if setting is not None else gen.min_answerability
    return value if value else None


def answerability(
    gen: Generator, question: str, answer: str, citations: Sequence[Citation],
    text_of: Callable[[Citation], str] = lambda c: c.hit.chunk.text,
) -> float | None:
    """The model's probability that the cited passages (as ``text_of`` writes them) state ``answer`` to
    ``question``; None when ``gen`` cannot say (it is not a :class:`~rag.backends.ports.Judge`) or nothing is cited."""
    if not isinstance(gen, Judge) or not citations:
        return None
    prompt = messages(question, answer, citations, text_of)
    if gen.prompt_tokens(prompt) + 8 > gen.n_ctx:  # whole cited documents beside a small context: no decision
        return None
    return gen.yes_probability(prompt)
