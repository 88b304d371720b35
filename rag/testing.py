"""Deterministic fakes for tests: an embedder and a generator that need no model files.

Tests import them (``from rag.testing import FakeEmbedder, FakeGenerator``) so
that most of the suite runs in milliseconds.
"""

from __future__ import annotations

import hashlib
import re
from typing import Callable, Iterator, Sequence

import numpy as np

from rag.answering.prompt import REFUSAL
from rag.text import content_terms, lexical_terms, split_sentences, words


class FakeEmbedder:
    """Bag of hashed stemmed words: similar texts get similar vectors, deterministically."""

    def __init__(self, dim: int = 64, name: str = "fake-hash", max_tokens: int = 256) -> None:
        self.dim = dim
        self.name = f"{name}-{dim}"
        self.max_tokens = max_tokens
        self.calls = 0

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        # roughly one word piece per word or punctuation mark, like WordPiece on plain English
        return [len(re.findall(r"\w+|[^\w\s]", t)) for t in texts]

    def embed(self, texts: Sequence[str], batch_size: int = 32, on_batch: Callable[[int], None] | None = None) -> np.ndarray:
        self.calls += 1
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for term in lexical_terms(text) or words(text) or ["∅"]:
                h = int.from_bytes(hashlib.blake2b(term.encode(), digest_size=8).digest(), "little")
                out[row, h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        for start in range(0, len(texts), batch_size):
            if on_batch:
                on_batch(min(batch_size, len(texts) - start))
        return out / norms


class FakeGenerator:
    """Answers with the passage sentence that shares most words with the question, and its marker.

    With ``responses`` it replays those outputs in turn instead (to test how
    rag handles a bare marker, an invented answer, a wrong citation...).
    """

    def __init__(
        self, responses: Sequence[str] | None = None, name: str = "fake-llm", n_ctx: int = 4096, judgements: Sequence[float] | None = None
    ) -> None:
        self.name = name
        self.n_ctx = n_ctx
        self.responses = list(responses or [])
        self.calls: list[list[dict[str, str]]] = []
        #: the probabilities of "yes" that :meth:`yes_probability` gives in turn (1.0 once they run out)
        self.judgements = list(judgements or [])
        self.judged: list[list[dict[str, str]]] = []
        #: the fake's "calibrated" threshold (rag.answering.verification)
        self.min_answerability: float | None = 0.5
        #: the same for the prompt without the answer (None: a question without constraints is not checked)
        self.min_contains: float | None = None

    def yes_probability(self, messages: list[dict[str, str]]) -> float | None:
        self.judged.append(messages)
        return self.judgements.pop(0) if self.judgements else 1.0

    def count_tokens(self, text: str) -> int:
        return len(re.findall(r"\w+|[^\w\s]", text))

    def prompt_tokens(self, messages: list[dict[str, str]]) -> int:
        return sum(self.count_tokens(m["content"]) + 4 for m in messages)

    def stream(self, messages: list[dict[str, str]], max_tokens: int, temperature: float = 0.0) -> Iterator[str]:
        self.calls.append(messages)
        if self.responses:
            text = self.responses.pop(0)
        else:
            text = self._answer(messages[-1]["content"])
        for piece in re.findall(r"\S+\s*", text)[:max_tokens]:
            yield piece

    @staticmethod
    def _answer(user: str) -> str:
        question = user.rsplit("Question:", 1)[-1].strip()
        qterms = content_terms(question)
        best, best_n, best_score = "", 0, 0
        for block in re.split(r"\n\n(?=\[\d+\])", user.split("Passages:", 1)[-1]):
            m = re.match(r"\s*\[(\d+)\][^\n]*\n(.*)", block, re.S)
            if not m:
                continue
            for sentence in split_sentences(m.group(2).split("\n\nQuestion:")[0]):
                score = len(content_terms(sentence) & qterms)
                if score > best_score:
                    best, best_n, best_score = sentence, int(m.group(1)), score
        if best_score < 2:
            return REFUSAL
        return f"{best.rstrip('.')} [{best_n}]."
