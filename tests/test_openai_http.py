"""The OpenAI-compatible HTTP backends, against a real llama-cpp-python server and against real
sockets that misbehave on purpose (refused, silent, stalled, truncated, garbage, errors).

Every failure must be one BackendError line, within a bounded time, after a bounded number of
tries, and never show the API key.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import llm_server as servers
import numpy as np
import pytest
from llm_server import (
    LLM_MODEL,
    STARTED,
    FakeServer,
    Handler,
    LlamaServer,
    SilentServer,
    delta,
    free_port,
    minilm_folder,
)

from rag.backends.http_client import normalise_url, snippet, sse_events
from rag.backends.openai_embedding import OpenAIEmbedder
from rag.backends.openai_http import OpenAIGenerator, estimate_tokens
from rag.errors import BackendError

ROOT = Path(__file__).resolve().parent.parent
# the fixtures, used by name: one model server at a time, each for one test class
llm_server = servers.llm_server
embedding_server = servers.embedding_server
minilm_gguf = servers.minilm_gguf
MESSAGES = [{"role": "system", "content": "Answer in a few words."}, {"role": "user", "content": "Say hello."}]
KEY = "sk-test-0123456789abcdef"
CHAT = "/v1/chat/completions"


def one_line(exc: pytest.ExceptionInfo[BackendError]) -> str:
    """The error as the CLI shows it, checked: one line, no traceback, no API key."""
    text = str(exc.value)
    assert "\n" not in text and "Traceback" not in text and KEY not in text and KEY not in repr(exc.value)
    assert exc.value.exit_code == 8 and exc.value.hint
    return text


def fails(make: Callable[[], object], within: float = 5.0) -> str:
    """Run ``make`` (which must raise a BackendError) and return its checked line."""
    start = time.monotonic()
    with pytest.raises(BackendError) as exc:
        make()
    assert time.monotonic() - start < within
    return one_line(exc)


def ask(url: str, **kw: object) -> Callable[[], list[str]]:
    gen = OpenAIGenerator(url, model="fake-model", api_key=KEY, **kw)  # type: ignore[arg-type]
    return lambda: list(gen.stream(MESSAGES, max_tokens=8))


# --------------------------------------------------------------------------------------- pure parts


def test_url_forms() -> None:
    assert normalise_url("http://127.0.0.1:8012/v1")[:2] == ("http://127.0.0.1:8012", "http://127.0.0.1:8012/v1")
    assert normalise_url("http://127.0.0.1:8012/")[0] == "http://127.0.0.1:8012"
    assert normalise_url("https://h/proxy/v1/")[:2] == ("https://h/proxy", "https://h/proxy/v1")
    root, shown, host = normalise_url(f"http://user:{KEY}@h:1/v1")
    assert KEY in root and KEY not in shown and host == "h:1"
    with pytest.raises(BackendError):
        normalise_url("ftp://h/v1")


def test_sse_parsing() -> None:
    lines = [": comment", "event: message", "data: {\"a\":", "data: 1}", "", "id: 3", "data:[DONE]", ""]
    assert list(sse_events(lines)) == [("data", '{"a":\n1}'), ("data", "[DONE]")]
    assert list(sse_events(['error: {"message": "boom"}'])) == [("error", '{"message": "boom"}')]
    with pytest.raises(ValueError):
        list(sse_events(["<html>"]))


def test_snippet_is_short_one_line_and_masks_the_key() -> None:
    page = f"<html><head><title>500 Internal\nServer Error</title></head><body>{KEY}</body></html>"
    assert snippet(page) == "500 Internal Server Error"
    assert snippet(f"bad key {KEY}\r\n" + "x" * 500, KEY).startswith("bad key *** xxx") and len(snippet("x" * 500)) == 160


def test_import_is_cheap() -> None:
    import subprocess
    import sys

    code = "import sys, rag.backends.openai_http; print('httpx' in sys.modules, 'numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.split() == ["False", "False"]


# ------------------------------------------------------------------------------ failures on real sockets


def test_connection_refused_is_retried_a_bounded_number_of_times() -> None:
    line = fails(ask(f"http://127.0.0.1:{free_port()}/v1", retries=2), within=3)
    assert "does not answer (connection refused)" in line and "RAG_LLM_URL" in line


def test_a_server_that_never_answers_times_out() -> None:
    with SilentServer() as silent:
        line = fails(ask(silent.url, timeout=1.0), within=3)
    assert "did not answer" in line and "1 s" in line


def test_a_stall_mid_stream_ends_in_an_error_without_a_retry() -> None:
    def stall(h: Handler) -> None:
        h.start_stream()
        h.write(delta("Hel"))
        h.server_state.release.wait(10)

    seen: list[str] = []
    with FakeServer(stall) as fake:
        gen = OpenAIGenerator(fake.url, model="fake-model", api_key=KEY, timeout=1.0)
        line = fails(lambda: seen.extend(gen.stream(MESSAGES, max_tokens=8)), within=4)
        assert fake.count(CHAT) == 1
    assert "stalled for 1 s in the middle of its answer" in line


def _script(status: int, body: str, content_type: str = "application/json", **headers: str) -> Callable[[Handler], None]:
    return lambda h: h.send(status, body, content_type, **headers)


@pytest.mark.parametrize(
    ("script", "expect", "tries"),
    [
        (_script(500, "<html><title>500 Internal Server Error</title><pre>Traceback (most recent call last):\n  File x</pre></html>", "text/html"),
         "answered /v1/chat/completions with HTTP 500: 500 Internal Server Error", 1),
        (_script(200, "hello, this is not JSON", "text/plain"), "with something that is not JSON: 'hello, this is not JSON'", 1),
        (_script(401, json.dumps({"error": {"message": f"Invalid API key {KEY}"}})), "refused the API key (HTTP 401: Invalid API key ***)", 1),
        (_script(503, "busy", "text/plain"), "is busy or unavailable (HTTP 503: busy, 3 tries)", 3),
        (_script(429, '{"error": "slow down"}', retry_after="0"), "busy or unavailable (HTTP 429: slow down, 3 tries)", 3),
        (_script(404, '{"detail": "Not Found"}'), "has no /v1/chat/completions (HTTP 404", 1),
        (_script(400, json.dumps({"error": {"message": "This model's maximum context length is 2048 tokens. However, you requested 3038 tokens", "code": "context_length_exceeded"}})),
         "refused the input as longer than its context", 1),
        (_script(400, '{"error": {"code": 400, "message": "the request exceeds the available context size, try increasing it", "type": "exceed_context_size_error"}}'),
         "refused the input as longer than its context", 1),
    ],
    ids=["500-html", "200-garbage", "401", "503", "429", "404", "ctx-llama-cpp-python", "ctx-llama-server"],
)  # fmt: skip
def test_http_failures(script: Callable[[Handler], None], expect: str, tries: int) -> None:
    with FakeServer(script) as fake:
        line = fails(ask(fake.url))
        assert fake.count(CHAT) == tries
    assert expect in line, line
    if "context" in expect:
        assert "RAG_CTX" in line


def _stream(*events: str, chunked: bool = True, cut: bool = False) -> Callable[[Handler], None]:
    def script(h: Handler) -> None:
        h.start_stream(chunked)
        for event in events:
            h.write(event)
        if cut:
            h.cut()
        else:
            h.end_stream()

    return script


@pytest.mark.parametrize(
    ("script", "expect", "pieces"),
    [
        (_stream("data: [DONE]\n\n"), "ended its answer stream without any text or finish reason", []),
        (_stream(), "ended its answer stream without any text or finish reason", []),
        (_stream(delta("Hel"), delta("lo"), cut=True), "closed the connection in the middle of its answer", ["Hel", "lo"]),
        (_stream(delta("Hel"), chunked=False), "closed the connection in the middle of its answer (no [DONE] nor finish reason)", ["Hel"]),
        (_stream(delta("Hel"), "data: {not json\n\n"), "answered with data that is not JSON: '{not json'", ["Hel"]),
        (_stream("<html>oops</html>\n"), "answered with a line that is no event: 'oops'", []),
        (_stream(delta("Hel"), 'data: {"error": {"message": "out of memory"}}\n\n'), "reported an error: out of memory", ["Hel"]),
        (_stream('error: {"code": 500, "message": "the request exceeds the available context size"}\n\n'), "reported an error", []),
    ],
    ids=["done-only", "nothing", "cut-chunked", "closed-without-done", "non-json-data", "not-sse", "error-object", "error-field"],
)  # fmt: skip
def test_broken_streams(script: Callable[[Handler], None], expect: str, pieces: list[str]) -> None:
    seen: list[str] = []
    with FakeServer(script) as fake:
        gen = OpenAIGenerator(fake.url, model="fake-model", api_key=KEY, timeout=2.0)
        line = fails(lambda: seen.extend(gen.stream(MESSAGES, max_tokens=8)))
        assert fake.count(CHAT) == 1  # never retried once the answer began
    assert expect in line, line
    assert seen == pieces


def test_a_good_stream_and_what_is_sent() -> None:
    with FakeServer(_stream(delta("Hel"), delta("lo"), delta(finish="stop"), "data: [DONE]\n\n")) as fake:
        gen = OpenAIGenerator(fake.url + "/", api_key=KEY, n_ctx=1024)
        assert list(gen.stream(MESSAGES, max_tokens=8, temperature=0.0)) == ["Hel", "lo"]
        assert gen.name == f"fake-model @ 127.0.0.1:{fake.url.split(':')[2].split('/')[0]}" and gen.n_ctx == 1024
        methods = {(m, p): h for m, p, h in fake.requests}
        headers = methods[("POST", CHAT)]
        assert headers["Authorization"] == f"Bearer {KEY}"
        assert KEY not in repr(gen) and KEY not in repr(gen._server)
        # a server without a tokenize endpoint: the estimate, which errs high
        assert gen.count_tokens("Hello world") == estimate_tokens("Hello world")


def test_a_finish_without_done_and_an_empty_answer_are_fine() -> None:
    with FakeServer(_stream(delta("Hi"), delta(finish="stop"))) as fake:
        assert ask(fake.url)() == ["Hi"]
    with FakeServer(_stream(delta(finish="stop"), "data: [DONE]\n\n")) as fake:
        assert ask(fake.url)() == []


def test_a_server_that_ignores_stream_true() -> None:
    body = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello!"}, "finish_reason": "stop"}]}
    with FakeServer(_script(200, json.dumps(body))) as fake:
        assert ask(fake.url)() == ["Hello!"]


def test_llama_server_endpoints_count_and_report_the_context() -> None:
    """llama.cpp's llama-server: POST /tokenize, POST /apply-template, GET /props (faked, by their documented shapes)."""
    routes = {
        "/tokenize": lambda h: h.send(200, json.dumps({"tokens": list(range(len(h.body["content"].split())))})),
        "/apply-template": lambda h: h.send(200, json.dumps({"prompt": " ".join(m["content"] for m in h.body["messages"]) + " a b c"})),
        "/props": lambda h: h.send(200, json.dumps({"default_generation_settings": {"n_ctx": 1024}})),
    }
    with FakeServer(_stream(delta("ok"), delta(finish="stop")), routes) as fake:
        gen = OpenAIGenerator(fake.url, api_key=KEY, n_ctx=4096)
        assert gen.count_tokens("one two three") == 3
        assert gen.prompt_tokens(MESSAGES) == 5 + 2 + 3 + 1  # the template's prompt, counted, + a BOS
        assert gen.n_ctx == 1024  # the server's context is smaller than the configured one
        assert list(gen.stream(MESSAGES, max_tokens=8)) == ["ok"]
        gen.count_tokens("one two three")
        assert fake.count("/tokenize") == 3  # probe, "one two three" (then cached), the template's prompt
        assert all(h.get("Authorization") == f"Bearer {KEY}" for _, _, h in fake.requests)


def test_a_prompt_over_the_configured_context_is_refused_before_sending() -> None:
    with FakeServer(_stream(delta("x"), delta(finish="stop"))) as fake:
        gen = OpenAIGenerator(fake.url, model="fake-model", n_ctx=512)
        messages = [{"role": "user", "content": "word " * 1000}]
        line = fails(lambda: list(gen.stream(messages, max_tokens=8)))
        assert fake.count(CHAT) == 0
    assert "more than the context of 512" in line and "RAG_CTX" in line


def test_embedder_failures() -> None:
    def wrong_count(h: Handler) -> None:
        h.send(200, json.dumps({"data": [{"index": 0, "embedding": [1.0, 0.0]}]}))

    with FakeServer(wrong_count) as fake:
        emb = OpenAIEmbedder(fake.url, api_key=KEY)
        line = fails(lambda: emb.embed(["a", "b"]))
    assert "without one finite vector per text (2 texts sent)" in line and "--embedding True" in line
    assert "RAG_EMBED_URL" in fails(lambda: OpenAIEmbedder(f"http://127.0.0.1:{free_port()}").embed(["a"]))


def test_embedder_keeps_order_and_normalises() -> None:
    def reversed_rows(h: Handler) -> None:
        rows = [{"index": i, "embedding": [float(ord(t) - 96), 1.0]} for i, t in enumerate(h.body["input"])]
        h.send(200, json.dumps({"data": rows[::-1], "model": h.body["model"]}))

    with FakeServer(reversed_rows) as fake:
        emb = OpenAIEmbedder(fake.url)
        vectors = emb.embed(["a", "b", "c"], batch_size=2)
        assert emb.name == "fake-model" and emb.dim == 2 and fake.count("/v1/embeddings") == 2
    expected = np.array([[1, 1], [2, 1], [3, 1]], dtype=np.float32)
    np.testing.assert_allclose(vectors, expected / np.linalg.norm(expected, axis=1, keepdims=True), rtol=1e-6)


# --------------------------------------------------------------------------- a real llama-cpp-python server


def _server_prompt_tokens(server: LlamaServer, messages: list[dict[str, str]]) -> int:
    """The server's own count of a chat prompt, template included (from a 1-token completion)."""
    body = {"messages": messages, "max_tokens": 1, "temperature": 0}
    r = httpx.post(f"{server.url}/chat/completions", json=body, headers={"Authorization": f"Bearer {server.api_key}"}, timeout=60)
    return int(r.json()["usage"]["prompt_tokens"])


@pytest.fixture(scope="module")
def local_tokenizer() -> Callable[[list[dict[str, str]]], int]:
    """The same GGUF's tokenizer and chat template in this process (vocabulary only, no weights)."""
    import llama_cpp
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    if not LLM_MODEL.is_file():
        pytest.skip("no test LLM")
    llm = llama_cpp.Llama(str(LLM_MODEL), vocab_only=True, verbose=False)
    fmt = Jinja2ChatFormatter(
        template=llm.metadata["tokenizer.chat_template"], eos_token=llm._model.token_get_text(llm.token_eos()), bos_token=""
    )
    return lambda messages: len(llm.tokenize(fmt(messages=messages).prompt.encode(), add_bos=False, special=True))  # type: ignore[arg-type]


PROMPTS = [
    MESSAGES,
    [{"role": "user", "content": "Say hello."}],  # Qwen's template adds its default system prompt here
    [
        {"role": "system", "content": "Cite passages like [1]."},
        {"role": "user", "content": "Passages:\n\n[1] On 2024-12-07, 13 envoys met at 10:30.\n\nQuestion: When?"},
        {"role": "assistant", "content": "On December 7, 2024 [1]."},
        {"role": "user", "content": "Ünïcödé, Привет, 日本語, emoji 😀 | tables | 3.14159 |"},
    ],
]


@pytest.mark.integration
class TestRealLLM:
    """Qwen2.5-Coder-0.5B behind ``python -m llama_cpp.server`` (one server for the class)."""

    def test_streams_with_the_model_it_lists(self, llm_server: LlamaServer) -> None:
        gen = OpenAIGenerator(llm_server.url, api_key=llm_server.api_key, n_ctx=2048)
        text = "".join(gen.stream(MESSAGES, max_tokens=6))
        assert text.strip()
        listed = httpx.get(f"{llm_server.url}/models", headers={"Authorization": f"Bearer {llm_server.api_key}"}).json()
        assert gen.name == f"{listed['data'][0]['id']} @ 127.0.0.1:{llm_server.port}"
        assert gen.n_ctx == 2048  # llama-cpp-python's server reports no context: the configured one
        gen.close()
        assert "".join(gen.stream(MESSAGES, max_tokens=6)) == text  # reopens; temperature 0 and seed 0

    def test_rag_answers_through_the_server(self, llm_server: LlamaServer, fake_index, use_backends, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
        """The whole answer path with --llm-url: `rag ask --json` and `rag doctor` against the real server,
        the key from the environment only, never in the output."""
        from typer.testing import CliRunner

        from rag.cli.main import app
        from rag.testing import FakeEmbedder

        use_backends(embedder=FakeEmbedder())
        monkeypatch.setenv("RAG_LLM_API_KEY", llm_server.api_key or "")
        monkeypatch.setenv("RAG_CTX", "2048")
        monkeypatch.setenv("RAG_MAX_ANSWER_TOKENS", "24")
        runner = CliRunner()
        result = runner.invoke(app, ["ask", "--json", "--llm-url", llm_server.url, "Who is the US envoy who negotiated the Israel-Hezbollah ceasefire?"])
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)
        assert data["model"] and (data["refused"] or data["citations"])
        doctor = runner.invoke(app, ["doctor", "--quick", "--llm-url", llm_server.url])
        line = next(ln for ln in doctor.stdout.splitlines() if "llm server" in ln)
        assert line.startswith("ok") and "answers" in line, doctor.stdout
        assert llm_server.api_key not in result.output + doctor.output
        # a wrong key: one line, exit 8, the key not echoed
        monkeypatch.setenv("RAG_LLM_API_KEY", "wrong-key-123")
        refused = runner.invoke(app, ["ask", "--llm-url", llm_server.url, "Who is the US envoy?"])
        assert refused.exit_code == 8 and "wrong-key-123" not in refused.output
        assert refused.stderr.count("\n") == 1, refused.stderr

    def test_the_generator_contract(self, llm_server: LlamaServer) -> None:
        from test_contracts import check_generator

        check_generator(OpenAIGenerator(llm_server.url.removesuffix("/v1"), api_key=llm_server.api_key, n_ctx=2048))

    def test_prompt_tokens_never_undercount(self, llm_server: LlamaServer, local_tokenizer: Callable[[list[dict[str, str]]], int]) -> None:
        gen = OpenAIGenerator(llm_server.url, api_key=llm_server.api_key, n_ctx=2048)
        for messages in PROMPTS:
            ours, server, local = gen.prompt_tokens(messages), _server_prompt_tokens(llm_server, messages), local_tokenizer(messages)
            assert server == local  # the two references agree
            assert server <= ours <= server + 8 * len(messages) + 40, (ours, server)
        assert gen._tokenizer == "llama-cpp-python"

    def test_count_tokens_is_exact(self, llm_server: LlamaServer) -> None:
        import llama_cpp

        llm = llama_cpp.Llama(str(LLM_MODEL), vocab_only=True, verbose=False)
        gen = OpenAIGenerator(llm_server.url, api_key=llm_server.api_key)
        for text in ["", "Hello world", PROMPTS[2][-1]["content"], "<|im_start|>"]:
            assert gen.count_tokens(text) == len(llm.tokenize(text.encode(), add_bos=False, special=True))

    def test_the_estimate_errs_high_on_real_text(self, llm_server: LlamaServer) -> None:
        gen = OpenAIGenerator(llm_server.url, api_key=llm_server.api_key)
        texts = [p for f in sorted((ROOT / "seeds").glob("*.txt"))[:3] for p in f.read_text().split("\n\n") if p.strip()][:40]
        texts += ["3.14159 2.71828 1234567890", "| a | b |\n|---|---|\n| 0.778 | 0.765 |", "Hahahahahahahahaha", "x = f(a[1], b[2]) ** 3"]
        for text in texts:
            assert estimate_tokens(text) >= gen.count_tokens(text), text[:80]

    def test_a_prompt_longer_than_the_context(self, llm_server: LlamaServer) -> None:
        long = [{"role": "user", "content": "hello world " * 1500}]  # ~3,000 tokens, the server holds 2,048
        gen = OpenAIGenerator(llm_server.url, api_key=llm_server.api_key, n_ctx=2048)
        assert "more than the context of 2048" in fails(lambda: list(gen.stream(long, max_tokens=4)))
        # configured larger than the server's: the server's own refusal (an empty stream) is reported
        gen = OpenAIGenerator(llm_server.url, api_key=llm_server.api_key, n_ctx=8192)
        line = fails(lambda: list(gen.stream(long, max_tokens=4)), within=30)
        assert "without any text or finish reason" in line and "RAG_CTX" in line

    def test_the_api_key(self, llm_server: LlamaServer) -> None:
        line = fails(lambda: list(OpenAIGenerator(llm_server.url, api_key=KEY).stream(MESSAGES, max_tokens=2)))
        assert "refused the API key (HTTP 401" in line and "RAG_LLM_API_KEY" in line
        line = fails(lambda: OpenAIGenerator(llm_server.url).name)
        assert "requires an API key" in line and str(llm_server.api_key) not in line


# ------------------------------------------------------------------------------- real embeddings (MiniLM)

SENTENCES = [
    "Amos Hochstein negotiated the Israel-Hezbollah ceasefire.",
    "The US envoy met officials in Beirut on 2024-11-26.",
    "Bananas are yellow.",
    "Ünïcödé text, digits 12345 and punctuation!?",
    "A much longer passage that goes on. " * 12,
]


@pytest.mark.integration
class TestRealEmbeddings:
    """all-MiniLM-L6-v2 converted to GGUF, behind ``python -m llama_cpp.server --embedding True``."""

    def test_same_vectors_as_the_in_process_embedder(self, embedding_server: LlamaServer) -> None:
        from sentence_transformers import SentenceTransformer

        emb = OpenAIEmbedder(embedding_server.url)
        batches: list[int] = []
        vectors = emb.embed(SENTENCES, batch_size=2, on_batch=batches.append)
        reference = SentenceTransformer(str(minilm_folder()), device="cpu").encode(SENTENCES, normalize_embeddings=True)
        cosines = (vectors * reference).sum(axis=1)
        assert cosines.min() >= 0.9999, cosines
        assert vectors.shape == (5, 384) and vectors.dtype == np.float32 and emb.dim == 384 and batches == [2, 2, 1]
        assert emb.name == "all-MiniLM-L6-v2"  # the name the server was given (--model_alias), which the index records

    def test_counts_word_pieces_like_the_local_tokenizer(self, embedding_server: LlamaServer) -> None:
        from transformers import AutoTokenizer

        tok = AutoTokenizer.from_pretrained(str(minilm_folder()))
        counts = OpenAIEmbedder(embedding_server.url).count_tokens(SENTENCES + [""])
        assert counts == [len(tok(s, add_special_tokens=False)["input_ids"]) for s in SENTENCES + [""]]
        assert all(estimate_tokens(s) >= n for s, n in zip(SENTENCES, counts[:-1], strict=True))

    def test_the_embedder_contract(self, embedding_server: LlamaServer) -> None:
        from test_contracts import check_embedder

        check_embedder(OpenAIEmbedder(embedding_server.url))


@pytest.mark.integration
def test_no_server_is_left_running() -> None:
    """The class-scoped servers are stopped once their class is done (so only one runs at a time)."""
    assert all(server.proc.poll() is not None for server in STARTED)


@pytest.mark.integration
class TestInterchangeableIndex:
    """An index built through the embedding server serves the in-process embedder, and the other way
    round, when the server names the model as the catalogue does (README: --model_alias)."""

    def test_built_by_the_server_searched_in_process(self, embedding_server: LlamaServer, tmp_path: Path) -> None:
        from conftest import SEEDS, real_models_available

        from rag.config import Settings
        from rag.index.retrieval import search
        from rag.ingestion.ingest import ingest

        if not real_models_available():
            pytest.skip("all-MiniLM-L6-v2 is not installed")
        remote = Settings(home=tmp_path / "home", embed_url=embedding_server.url)
        local = Settings(home=tmp_path / "home")
        report = ingest([SEEDS], remote)
        assert report.files == 5
        question = "Which Iranian member of parliament said Syria was at the verge of collapse?"
        through_server = [h.chunk.id for h in search(question, remote)]
        in_process = [h.chunk.id for h in search(question, local)]  # no IndexMismatchError: same name, same dim
        assert through_server[:3] == in_process[:3]
        assert ingest([SEEDS], local).up_to_date  # and the in-process embedder does not rebuild it
