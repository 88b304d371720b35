"""A conversation over the index: follow-ups rewritten into standalone queries, a bounded history.

The model stays loaded between questions, so llama.cpp reuses the evaluated
system prompt. A follow-up ("and who denied it?") is rewritten into a
standalone search query from the previous turn; the history given to the
model is bounded (the last turns, trimmed to the context budget).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from rag.answering.answer import ask
from rag.records import Answer
from rag.runtime import Runtime
from rag.text import content_terms

#: turns of conversation kept for the model
MAX_TURNS = 3
_FOLLOW_UP = re.compile(
    r"^\s*(and|but|so|also|then|what about|how about|what else|who else|why|and why|same)\b"
    r"|\b(it|its|they|them|their|theirs|he|him|his|she|her|hers|that|this|those|these|there|the same)\b",
    re.I,
)
_MARKERS = re.compile(r"\s*\[\d+\]|\s*\(unsupported\)")


def is_follow_up(question: str) -> bool:
    """A question that leans on the conversation (pronouns, "and ...", very few content words)."""
    return bool(_FOLLOW_UP.search(question)) or len(content_terms(question)) < 2


@dataclass
class ChatSession:
    """The state of one conversation; usable without a terminal."""

    runtime: Runtime
    history: list[tuple[str, str]] = field(default_factory=list)
    last: Answer | None = None

    def search_query(self, question: str) -> str:
        """A standalone search query: a follow-up is joined with the previous question.

        When the previous question was itself a follow-up, its standalone query
        is used, so that a chain ("what did he warn about?" then "why?") keeps
        the topic of the question that started it.
        """
        if not self.history or not is_follow_up(question):
            return question
        previous = self.history[-1][0]
        if self.last is not None and self.last.question == previous and self.last.search_query:
            previous = self.last.search_query
        return f"{question} {previous}"

    def ask(
        self, question: str, on_token: Callable[[str], None] | None = None, on_stage: Callable[[str], None] | None = None
    ) -> Answer:
        """Answer ``question`` in the context of the conversation so far (``on_token`` and ``on_stage``
        as for :func:`rag.answering.answer.ask`)."""
        answer = ask(
            question,
            self.runtime,
            history=self.history[-MAX_TURNS:],
            search_query=self.search_query(question),
            on_token=on_token,
            on_stage=on_stage,
        )
        self.last = answer
        self.history.append((answer.question, _MARKERS.sub("", answer.text)))
        del self.history[:-MAX_TURNS]
        return answer

    def reset(self) -> None:
        self.history.clear()
        self.last = None
