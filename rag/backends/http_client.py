"""HTTP plumbing for the OpenAI-compatible backends (:mod:`rag.backends.openai_http`, :mod:`rag.backends.openai_embedding`).

One :class:`Server` per base URL: a lazily made httpx client, connect and read
timeouts, bounded retries before a response, Server-Sent Events, and every
failure turned into a one-line :class:`~rag.errors.BackendError` that says
what happened and what to do. The API key lives only in the client's headers:
no message, repr or exception carries it. httpx is imported on first use, so
importing this module costs nothing.
"""

from __future__ import annotations

import html
import json
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from rag.errors import BackendError

if TYPE_CHECKING:  # pragma: no cover
    import httpx

#: statuses that mean "busy or restarting, try again shortly" (rate limit, bad gateway, unavailable)
RETRY_STATUSES = frozenset({429, 502, 503})
#: first backoff in seconds, doubled per try; with the default 2 retries a dead server costs < 1 s
BACKOFF = 0.25
#: longest Retry-After honoured; a longer wait is not worth blocking a question for
MAX_RETRY_AFTER = 2.0
#: how much of an error body is read and shown
_BODY_PEEK = 4096
_SNIPPET = 160

# wordings of a too-long prompt: llama-cpp-python and vLLM ("maximum context length", code
# context_length_exceeded), llama-server ("exceeds the available context size"), others ("too many tokens")
_CONTEXT = re.compile(
    r"context[ _]length|context size|context window|maximum context|too many tokens|exceed_context|exceeds?\b[^.]{0,40}\btokens?",
    re.IGNORECASE,
)
_DNS = re.compile(r"name or service not known|nodename nor servname|getaddrinfo|name resolution|no address associated", re.IGNORECASE)


@dataclass(frozen=True)
class Hints:
    """What to tell the user per kind of failure, for one role (LLM or embedder)."""

    what: str  # "LLM server"
    url_setting: str  # "--llm-url / RAG_LLM_URL"
    key_setting: str  # "RAG_LLM_API_KEY"
    model_setting: str  # "--llm-model / RAG_LLM_MODEL"
    context: str  # what to do when the input is too long for the server


def shown_url(base_url: str) -> str:
    """``base_url`` as it may be shown or written: without any user:password part."""
    parts = urlsplit(base_url.strip())
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def normalise_url(base_url: str) -> tuple[str, str, str]:
    """(root for requests, URL to show, host:port) of ``base_url``, with or without ``/v1``.

    The URL shown drops any user:password part, so that it never leaks a secret.
    """
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        shown = base_url.strip().split("@")[-1][:80]
        raise BackendError(f"The server URL {shown!r} is not an http:// or https:// URL.", hint="For example http://127.0.0.1:8080/v1")
    path = parts.path.rstrip("/")
    path = path.removesuffix("/v1")
    root = urlunsplit((parts.scheme, parts.netloc, path, "", ""))
    host = parts.netloc.rsplit("@", 1)[-1]
    return root, urlunsplit((parts.scheme, host, path + "/v1", "", "")), host


def snippet(text: str, secret: str | None = None) -> str:
    """A short, one-line, printable excerpt of a server's error text (HTML reduced to its words)."""
    title = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
    if title and title.group(1).strip():
        text = title.group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    if secret:
        text = text.replace(secret, "***")
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


def error_text(body: Any) -> str:
    """The message in an OpenAI-style error body (``{"error": {"message": ...}}`` and variants)."""
    if isinstance(body, dict):
        for key in ("error", "detail", "message"):
            value = body.get(key)
            if isinstance(value, dict):
                return error_text(value) or json.dumps(value)[:_SNIPPET]
            if isinstance(value, str) and value:
                return value
    return json.dumps(body)[:_SNIPPET] if body is not None else ""


def is_context_error(text: str) -> bool:
    """Whether a server's error text says the input is longer than its context."""
    return bool(_CONTEXT.search(text))


def sse_events(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(field, value) of each Server-Sent Event: ``("data", payload)`` or ``("error", payload)``.

    Multi-line data is joined with newlines, comments and ``event``/``id``/``retry``
    fields are skipped (llama-server reports a failure mid-stream as an ``error:``
    field). Any other line raises ValueError: the body is not an event stream.
    """
    data: list[str] = []
    for line in lines:
        if line == "":
            if data:
                yield "data", "\n".join(data)
                data = []
            continue
        if line.startswith(":"):
            continue
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "data":
            data.append(value)
        elif field == "error":
            yield "error", value
        elif field not in ("event", "id", "retry"):
            raise ValueError(line)
    if data:
        yield "data", "\n".join(data)


class Server:
    """One OpenAI-compatible server: URL, key, timeouts, retry policy and error wording."""

    def __init__(
        self, base_url: str, api_key: str | None, hints: Hints, *, timeout: float, connect_timeout: float, retries: int
    ) -> None:
        self.root, self.url, self.host = normalise_url(base_url)
        self.hints = hints
        self.timeout = timeout
        self.connect_timeout = connect_timeout
        self.retries = max(0, retries)
        self._api_key = api_key or None
        self._client: httpx.Client | None = None

    def __repr__(self) -> str:
        return f"Server({self.url!r})"

    def client(self) -> httpx.Client:
        """The httpx client (one connection pool per server), made on first use."""
        if self._client is None:
            import httpx

            headers = {"Accept": "application/json, text/event-stream"}
            if self._api_key:
                headers["Authorization"] = f"Bearer {self._api_key}"
            # the read timeout also bounds the wait between two chunks of a stream
            timeout = httpx.Timeout(self.timeout, connect=self.connect_timeout)
            # a server on this machine is never reached through HTTP(S)_PROXY: the proxy would see the key
            # and the passages, and its own errors would pass for the server's
            local = (urlsplit(self.root).hostname or "") in ("localhost", "127.0.0.1", "::1") or (urlsplit(self.root).hostname or "").startswith("127.")
            self._client = httpx.Client(base_url=self.root, headers=headers, timeout=timeout, trust_env=not local)
        return self._client

    def close(self) -> None:
        """Close the connection pool (a later request opens a new one)."""
        if self._client is not None:
            self._client.close()
            self._client = None

    def fail(self, message: str, hint: str) -> BackendError:
        """A BackendError, with the API key (should a server echo it) masked."""
        if self._api_key:
            message, hint = message.replace(self._api_key, "***"), hint.replace(self._api_key, "***")
        return BackendError(message, hint=hint)

    @contextmanager
    def open(self, method: str, path: str, body: Any = None, *, probe: bool = False) -> Iterator[httpx.Response | None]:
        """The streamed response to one request, its status checked; retried (with backoff) only while no
        response came: connection refused, 429, 502, 503. With ``probe`` an absent endpoint (any
        status but 401/403) gives None instead of an error."""
        import httpx

        client = self.client()
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            try:
                resp = client.send(client.build_request(method, path, json=body), stream=True)
            except httpx.ConnectError as exc:
                if last or _DNS.search(str(exc)):
                    raise self._connect_error(exc) from None
                time.sleep(BACKOFF * 2**attempt)
                continue
            except httpx.TimeoutException as exc:
                raise self.timeout_error(exc, path, started=False) from None
            except httpx.HTTPError as exc:
                raise self.fail(f"The {self.hints.what} at {self.url} failed on {path} ({_reason(exc)}).", "Check the server's log.") from None
            try:
                if resp.status_code in RETRY_STATUSES and not last:
                    time.sleep(_retry_after(resp, BACKOFF * 2**attempt))
                    continue
                if resp.status_code >= 400:
                    if probe and resp.status_code not in (401, 403):
                        yield None
                        return
                    raise self.status_error(resp, path, tries=attempt + 1)
                yield resp
                return
            finally:
                resp.close()

    def call(self, method: str, path: str, body: Any = None, *, probe: bool = False) -> Any:
        """The JSON answer to one request (None for an absent endpoint when ``probe``)."""
        with self.open(method, path, body, probe=probe) as resp:
            if resp is None:
                return None
            try:
                return self.json_body(resp, path)
            except BackendError:
                if probe:
                    return None
                raise

    def json_body(self, resp: httpx.Response, path: str) -> Any:
        """The body of ``resp`` parsed as JSON, or a BackendError naming what came instead."""
        import httpx

        try:
            raw = resp.read()
        except httpx.TimeoutException as exc:
            raise self.timeout_error(exc, path, started=False) from None
        except httpx.HTTPError as exc:
            raise self.fail(f"The {self.hints.what} at {self.url} broke off its answer to {path} ({_reason(exc)}).", "Check the server's log.") from None
        try:
            return json.loads(raw)
        except ValueError:
            shown = snippet(raw[:_BODY_PEEK].decode("utf-8", "replace"), self._api_key) or "an empty body"
            raise self.fail(
                f"The {self.hints.what} at {self.url} answered {path} with something that is not JSON: {shown!r}.",
                f"Check that {self.hints.url_setting} points at an OpenAI-compatible server.",
            ) from None

    def lines(self, resp: httpx.Response, path: str, started: Callable[[], bool]) -> Iterator[str]:
        """The lines of a streamed body; a stall longer than the read timeout or a connection that
        breaks becomes a BackendError (``started`` tells whether the user already saw text)."""
        import httpx

        try:
            yield from resp.iter_lines()
        except httpx.TimeoutException as exc:
            raise self.timeout_error(exc, path, started=started()) from None
        except httpx.HTTPError as exc:
            raise self.truncated_error(_reason(exc), started()) from None

    def _connect_error(self, exc: Exception) -> BackendError:
        text = str(exc)
        hint = f"Start it, or check {self.hints.url_setting}."
        if _DNS.search(text):
            what = f"cannot be found (the host name {self.host.rsplit(':', 1)[0]!r} does not resolve)"
            hint = f"Check the host name in {self.hints.url_setting}."
        elif "refused" in text.lower():
            what = "does not answer (connection refused)"
        else:
            what = f"cannot be reached ({_reason(exc)})"
        return self.fail(f"The {self.hints.what} at {self.url} {what}.", hint)

    def timeout_error(self, exc: Exception, path: str, *, started: bool) -> BackendError:
        """The error for a connect or read timeout, before or during an answer."""
        import httpx

        if isinstance(exc, httpx.ConnectTimeout):
            return self.fail(
                f"The {self.hints.what} at {self.url} did not accept a connection within {self.connect_timeout:g} s.",
                f"Check that it runs and that {self.hints.url_setting} is right.",
            )
        if started:
            msg = f"The {self.hints.what} at {self.url} stalled for {self.timeout:g} s in the middle of its answer."
        else:
            msg = f"The {self.hints.what} at {self.url} did not answer {path} within {self.timeout:g} s."
        return self.fail(msg, "It may be overloaded or stuck: check its log, or try again.")

    def truncated_error(self, reason: str, started: bool) -> BackendError:
        """The error for an answer stream that ended before it said it was finished."""
        part = "in the middle of its answer" if started else "before its answer began"
        return self.fail(
            f"The {self.hints.what} at {self.url} closed the connection {part} ({reason}).",
            "It may have crashed or been restarted: check its log, and try again.",
        )

    def status_error(self, resp: httpx.Response, path: str, *, tries: int = 1) -> BackendError:
        """The error for an HTTP status >= 400, with a short, sanitised excerpt of the server's reason."""
        import httpx

        try:
            raw = b"".join(_peek(resp.iter_bytes(), _BODY_PEEK)).decode("utf-8", "replace")
        except httpx.HTTPError:
            raw = ""
        try:
            text = error_text(json.loads(raw))
        except ValueError:
            text = raw
        detail = snippet(text, self._api_key)
        code = resp.status_code
        status = f"HTTP {code}" + (f": {detail}" if detail else "")
        where, hints = f"The {self.hints.what} at {self.url}", self.hints
        if code in (401, 403):
            if self._api_key:
                return self.fail(f"{where} refused the API key ({status}).", f"Set {hints.key_setting} to the server's key.")
            return self.fail(f"{where} requires an API key ({status}).", f"Set {hints.key_setting} to the server's key.")
        if is_context_error(text):
            return self.fail(f"{where} refused the input as longer than its context ({status}).", hints.context)
        if code in RETRY_STATUSES:
            return self.fail(f"{where} is busy or unavailable ({status}, {tries} tries).", "Try again shortly, or check its log.")
        if code == 404 and "model" not in text.lower():
            return self.fail(
                f"{where} has no {path} ({status}).",
                f"Check {hints.url_setting}: it is the server's OpenAI-compatible base, e.g. http://127.0.0.1:8080/v1.",
            )
        if code == 404 or (code == 400 and "model" in text.lower()):
            return self.fail(f"{where} does not know the model asked for ({status}).", f"Check {hints.model_setting}.")
        return self.fail(f"{where} answered {path} with {status}.", "Check the server's log.")


def _peek(chunks: Iterable[bytes], limit: int) -> Iterator[bytes]:
    """The first ``limit`` bytes of a body (an error page can be large)."""
    seen = 0
    for chunk in chunks:
        yield chunk[: limit - seen]
        seen += len(chunk)
        if seen >= limit:
            return


def _retry_after(resp: httpx.Response, default: float) -> float:
    """The server's Retry-After (seconds), capped, else ``default``."""
    try:
        return min(MAX_RETRY_AFTER, max(0.0, float(resp.headers.get("retry-after", ""))))
    except ValueError:
        return default


def _reason(exc: Exception) -> str:
    """A short, one-line reason for a transport error (httpx messages can span lines)."""
    text = snippet(str(exc)) or type(exc).__name__
    return re.sub(r"^\[Errno -?\d+\]\s*", "", text)
