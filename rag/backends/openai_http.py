"""Backends for OpenAI-compatible servers: chat completions over HTTP, and what the embedding backend
(:mod:`rag.backends.openai_embedding`) shares with it: the server, the model's name, token counts.

Tested against llama-cpp-python's server (``python -m llama_cpp.server``); they
also speak to llama.cpp's ``llama-server``, vLLM and other servers of the
OpenAI API. Importing this module loads neither httpx nor numpy.

Token counts come from the server's own tokenizer where it has an endpoint for
it (llama-server ``POST /tokenize``, llama-cpp-python ``POST
/extras/tokenize/count``), else from :func:`estimate_tokens`, which errs high:
rag trims passages to fit the context, so a count must never be low.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from rag.backends.http_client import (
    Hints,
    Server,
    error_text,
    is_context_error,
    snippet,
    sse_events,
)
from rag.errors import BackendError

if TYPE_CHECKING:  # pragma: no cover
    from rag.backends.ports import Message

# Chat-template overhead where the server counts raw text only (llama-cpp-python): measured on
# Qwen2.5, each message costs 5 tokens (<|im_start|>, role, newline, <|im_end|>, newline) and the
# reply prompt 3; Llama 3 costs 5 and 5. 8 per message + 4 covers both with room.
PER_MESSAGE = 8
PER_PROMPT = 4
# Templates that add a default system prompt when there is none: Qwen2.5's costs 21 tokens
# (a prompt of one user message counted 31 by the server, 10 with a system message of 2 tokens),
# Llama 3.1's "Cutting Knowledge Date..." about 25.
NO_SYSTEM = 32
#: the count cache is cleared past this many texts (a passage is counted several times per question)
_CACHE_MAX = 8192

_PIECE = re.compile(r"[A-Za-z]+|\s+|[^\x00-\x7f]|[\x00-\x7f]")


def estimate_tokens(text: str) -> int:
    """An upper estimate of a text's tokens for a tokenizer we cannot ask.

    Runs of ASCII letters count one token per 3 letters; a run of whitespace one per 2 characters
    after its first (which joins the next word); every other character one token per UTF-8 byte
    (digits are single tokens in Qwen and Llama 3; punctuation and non-ASCII rarely merge); then
    20 % and one token more. Measured against Qwen2.5's tokenizer through llama-cpp-python's server
    on 627 texts (the seed corpus and rag's READMEs and code, by paragraph and in 300-character
    windows, plus numbers, tables, URLs, accents, Cyrillic, Greek, CJK and emoji): never below
    the true count (lowest ratio 1.14, on a run of digits), 1.9 times it overall (English prose runs
    4.5-5.4 bytes per token, where a plain bytes/2.5 rule undercounted 39 of the texts).
    """
    n = 0
    for m in _PIECE.finditer(text):
        piece = m.group()
        if piece[0].isascii() and piece[0].isalpha():
            n += -(-len(piece) // 3)
        elif piece[0].isspace():
            n += len(piece) // 2
        else:
            n += len(piece.encode("utf-8"))
    return math.ceil(n * 1.2) + 1


class RemoteModel:
    """What both backends share: the server, the model name and token counting."""

    def __init__(
        self, base_url: str, model: str | None, api_key: str | None, hints: Hints, timeout: float, connect_timeout: float, retries: int
    ) -> None:
        self._server = Server(base_url, api_key, hints, timeout=timeout, connect_timeout=connect_timeout, retries=retries)
        self._model = model or None
        self._model_info: dict[str, Any] = {}
        # "llama-server", "llama-cpp-python" or "estimate", found by the first count
        self._tokenizer: str | None = None
        # tokens the server adds to any text it counts (BERT's [CLS] and [SEP]: 2; Qwen: 0)
        self._specials = 0
        self._counts: dict[str, int] = {}
        # a name set by hand (the protocols declare ``name`` as a plain attribute)
        self._name: str | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self._server.url!r}, model={self._model!r})"

    @property
    def name(self) -> str:
        """The name set by hand, else :meth:`_default_name`."""
        return self._name or self._default_name()

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    def _default_name(self) -> str:
        return self.model

    @property
    def model(self) -> str:
        """The model asked for, else the first one the server lists (asked once)."""
        if self._model is None:
            path = "/v1/models"
            body = self._server.call("GET", path)
            data = body.get("data") if isinstance(body, dict) else None
            if not isinstance(data, list):
                raise self._server.fail(
                    f"The {self._server.hints.what} at {self._server.url} answered {path} without a model list.",
                    f"Name the model with {self._server.hints.model_setting}.",
                )
            ids = [m for m in data if isinstance(m, dict) and isinstance(m.get("id"), str)]
            if not ids:
                raise self._server.fail(
                    f"The {self._server.hints.what} at {self._server.url} lists no models.",
                    f"Load one in the server, or name it with {self._server.hints.model_setting}.",
                )
            self._model, self._model_info = ids[0]["id"], ids[0]
        return self._model

    def close(self) -> None:
        """Close the connections to the server."""
        self._server.close()

    def _count(self, text: str) -> int:
        """Tokens of ``text`` as the server's tokenizer counts them (else an upper estimate), cached."""
        cached = self._counts.get(text)
        if cached is not None:
            return cached
        if self._tokenizer is None:
            self._probe_tokenizer()
        if self._tokenizer == "llama-server":
            body = self._server.call("POST", "/tokenize", {"content": text})
            n = len(body["tokens"]) if isinstance(body, dict) and isinstance(body.get("tokens"), list) else None
        elif self._tokenizer == "llama-cpp-python":
            body = self._server.call("POST", "/extras/tokenize/count", {"input": text, "model": self.model})
            n = body["count"] - self._specials if isinstance(body, dict) and isinstance(body.get("count"), int) else None
        else:
            n = estimate_tokens(text)
        if n is None:
            raise self._server.fail(
                f"The {self._server.hints.what} at {self._server.url} answered a tokenize request with an unexpected body.",
                "Check the server's log.",
            )
        if len(self._counts) >= _CACHE_MAX:
            self._counts.clear()
        self._counts[text] = max(0, n)
        return self._counts[text]

    def _probe_tokenizer(self) -> None:
        """Find which tokenize endpoint the server has (once): llama-server's, llama-cpp-python's, or none."""
        body = self._server.call("POST", "/tokenize", {"content": "probe"}, probe=True)
        if isinstance(body, dict) and isinstance(body.get("tokens"), list):
            self._tokenizer = "llama-server"
            return
        body = self._server.call("POST", "/extras/tokenize/count", {"input": "", "model": self.model}, probe=True)
        if isinstance(body, dict) and isinstance(body.get("count"), int):
            # it counts with the tokens the model adds to every text: an empty text shows how many
            self._tokenizer, self._specials = "llama-cpp-python", body["count"]
            return
        self._tokenizer = "estimate"


class OpenAIGenerator(RemoteModel):
    """A chat model behind an OpenAI-compatible ``/v1/chat/completions`` (streamed)."""

    def __init__(
        self,
        base_url: str,
        model: str | None = None,
        api_key: str | None = None,
        n_ctx: int = 4096,
        timeout: float = 120.0,
        connect_timeout: float = 5.0,
        retries: int = 2,
    ) -> None:
        hints = Hints(
            "LLM server",
            "--llm-url / RAG_LLM_URL",
            "RAG_LLM_API_KEY",
            "--llm-model / RAG_LLM_MODEL",
            "Set RAG_CTX to the server's context size (or less), or lower --k.",
        )
        super().__init__(base_url, model, api_key, hints, timeout, connect_timeout, retries)
        self._n_ctx = n_ctx
        self._server_ctx: int | None = None
        self._ctx_known = False
        self._templates: bool | None = None  # whether llama-server's /apply-template exists

    def _default_name(self) -> str:
        """``<model> @ <host:port>``."""
        return f"{self.model} @ {self._server.host}"

    @property
    def n_ctx(self) -> int:
        """The configured context, or the server's if it reports a smaller one (llama-server, vLLM)."""
        if not self._ctx_known:
            try:
                self._server_ctx = self._probe_ctx()
                self._ctx_known = True
            except BackendError:  # unreachable now: the request that follows says so
                return self._n_ctx
        return min(self._n_ctx, self._server_ctx or self._n_ctx)

    @n_ctx.setter
    def n_ctx(self, value: int) -> None:
        self._n_ctx = value

    def _probe_ctx(self) -> int | None:
        """The context the server reports: vLLM lists it with the model, llama-server in /props."""
        self.model  # noqa: B018 - fills _model_info when the model is resolved from /v1/models
        n = self._model_info.get("max_model_len")
        if not isinstance(n, int):
            props = self._server.call("GET", "/props", probe=True)
            settings = props.get("default_generation_settings") if isinstance(props, dict) else None
            n = settings.get("n_ctx") if isinstance(settings, dict) else None
        return n if isinstance(n, int) and n > 0 else None

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` in the server's vocabulary (an upper estimate where it cannot tell)."""
        return self._count(text)

    def prompt_tokens(self, messages: list[Message]) -> int:
        """Tokens of the whole chat prompt, template included (exact on llama-server, else an upper bound)."""
        if self._tokenizer is None:
            self._probe_tokenizer()
        if self._tokenizer == "llama-server" and self._templates is not False:
            body = self._server.call("POST", "/apply-template", {"messages": messages}, probe=True)
            self._templates = isinstance(body, dict) and isinstance(body.get("prompt"), str)
            if self._templates and isinstance(body, dict):
                return self._count(body["prompt"]) + 1  # + a BOS the count leaves out
        total = sum(self._count(m.get("content") or "") + PER_MESSAGE for m in messages) + PER_PROMPT
        return total + (0 if any(m.get("role") == "system" for m in messages) else NO_SYSTEM)

    def stream(self, messages: list[Message], max_tokens: int, temperature: float = 0.0) -> Iterator[str]:
        """The answer, piece by piece; a BackendError for an unusable server or answer."""
        need = self.prompt_tokens(messages) + max_tokens
        if need > self.n_ctx:
            raise self._server.fail(
                f"The prompt and answer need {need} tokens, more than the context of {self.n_ctx} of the LLM server at {self._server.url}.",
                self._server.hints.context,
            )
        body: dict[str, Any] = {"model": self.model, "messages": messages, "stream": True, "temperature": temperature, "max_tokens": max_tokens, "seed": 0}
        body.update(self._sampling(temperature))
        yield from self._stream(body, need)

    def _sampling(self, temperature: float) -> dict[str, Any]:
        """The sampler settings rag's own llama.cpp path uses, for servers known to take them.

        llama-cpp-python's server applies repeat_penalty 1.1 by default, which changed answers and
        cost decoding speed against the same model in process (`rag bench -s server`, eval/README.md);
        a greedy top_k=1 at temperature 0 skips sorting the vocabulary. The OpenAI API itself has
        neither field and rejects unknown ones, so they go only to llama.cpp's servers.
        """
        if self._tokenizer is None:
            self._probe_tokenizer()
        if self._tokenizer not in ("llama-server", "llama-cpp-python"):
            return {}
        return {"repeat_penalty": 1.0, **({"top_k": 1} if temperature == 0 else {})}

    def _stream(self, body: dict[str, Any], need: int) -> Iterator[str]:
        path, server = "/v1/chat/completions", self._server
        chars = [0]  # characters yielded so far (a list: read by the timeout message's callback)
        finished = done = False
        with server.open("POST", path, body) as resp:
            if resp is None:  # only a probe gives None
                return
            if not resp.headers.get("content-type", "").startswith("text/event-stream"):
                # a server that ignores "stream": one JSON completion (or an error) instead
                yield from self._whole(server.json_body(resp, path))
                return
            try:
                for field, data in sse_events(server.lines(resp, path, started=lambda: chars[0] > 0)):
                    if data.strip() == "[DONE]":
                        done = True
                        break
                    for piece, reason in self._pieces(field, data):
                        chars[0] += len(piece)
                        finished = finished or reason
                        if piece:
                            yield piece
            except ValueError as exc:  # a line that is no Server-Sent Event
                raise self._garbled(f"a line that is no event: {snippet(str(exc))!r}") from None
        if chars[0] == 0 and not finished:
            # llama-cpp-python's server answers a prompt longer than its context with an empty stream
            raise server.fail(
                f"The LLM server at {server.url} ended its answer stream without any text or finish reason.",
                f"If the prompt (about {need} tokens with the answer) exceeds the server's context, set RAG_CTX "
                "to that context or lower --k; else check the server's log.",
            )
        if not (done or finished):
            raise server.truncated_error("no [DONE] nor finish reason", started=True)

    def _pieces(self, field: str, data: str) -> Iterator[tuple[str, bool]]:
        """(text, finished) of one event of the stream; an error event or a non-JSON one raises."""
        import json

        try:
            event = json.loads(data)
        except ValueError:
            raise self._garbled(f"data that is not JSON: {snippet(data)!r}") from None
        if field == "error" or (isinstance(event, dict) and "error" in event):
            raise self._event_error(event)
        choices = event.get("choices") if isinstance(event, dict) else None
        for choice in choices if isinstance(choices, list) else []:
            if isinstance(choice, dict) and choice.get("index", 0) == 0:
                delta = choice.get("delta") or {}
                piece = delta.get("content") if isinstance(delta, dict) else None
                yield (piece if isinstance(piece, str) else ""), bool(choice.get("finish_reason"))

    def _whole(self, body: Any) -> Iterator[str]:
        if isinstance(body, dict) and "error" in body:
            raise self._event_error(body)
        try:
            text = body["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise self._garbled("a body that is neither an event stream nor a chat completion") from None
        if isinstance(text, str) and text:
            yield text

    def _event_error(self, event: Any) -> Exception:
        text = error_text(event)
        hint = self._server.hints.context if is_context_error(text) else "Check the server's log."
        return self._server.fail(f"The LLM server at {self._server.url} reported an error: {snippet(text)}.", hint)

    def _garbled(self, what: str) -> Exception:
        return self._server.fail(
            f"The LLM server at {self._server.url} answered with {what}.",
            "Check that --llm-url / RAG_LLM_URL points at an OpenAI-compatible server.",
        )
