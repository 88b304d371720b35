"""Ctrl-C with the real 0.5B model: it stops a long prompt within a fraction of one batch, and the
model answers the next question as if nothing had happened (its cached state is not corrupted)."""

from __future__ import annotations

import math
import os
import signal
import threading
import time

import pytest
from conftest import ROOT, SEEDS

from rag.backends.llama_cpp import LlamaGenerator

pytestmark = pytest.mark.integration

MODEL = ROOT / "models" / "qwen2.5-coder-0.5b-instruct.gguf"
#: a long prompt: ~1,100 tokens, three batches (512, 512 and the rest)
PASSAGES = (SEEDS / "002_0bcbfc6dc01f01cf.txt").read_text(encoding="utf-8")[:5200]
SHORT = [{"role": "user", "content": "Name the capital of France in one word."}]


def long_prompt(run: int) -> list[dict[str, str]]:
    # a different first line each run: nothing of it is in llama.cpp's cache from the run before
    return [
        {"role": "system", "content": f"Run {run}. Answer from the passages."},
        {"role": "user", "content": f"Passages:\n{PASSAGES}\n\nQuestion: Who denied the report?"},
    ]


@pytest.fixture(scope="module")
def generator() -> LlamaGenerator:
    if not MODEL.is_file():
        pytest.skip(f"{MODEL} is missing (rag models install qwen2.5-coder-0.5b)")
    gen = LlamaGenerator(MODEL.name, MODEL, n_ctx=4096)
    gen.llm  # noqa: B018 - loaded here, not in the first timing
    return gen


def answer(gen: LlamaGenerator, messages: list[dict[str, str]], max_tokens: int = 24) -> str:
    return "".join(gen.stream(messages, max_tokens))


def interrupted(gen: LlamaGenerator, messages: list[dict[str, str]], after_s: float = 0.0, after_pieces: int = 0) -> tuple[float, int]:
    """Send SIGINT ``after_s`` into the answer (or after ``after_pieces`` pieces); (seconds it took to
    act, pieces written)."""
    sent: list[float] = []

    def fire() -> None:
        sent.append(time.perf_counter())
        os.kill(os.getpid(), signal.SIGINT)

    timer = threading.Timer(after_s, fire) if not after_pieces else None
    pieces = 0
    with pytest.raises(KeyboardInterrupt):
        if timer:
            timer.start()
        for _ in gen.stream(messages, 256):
            pieces += 1
            if pieces == after_pieces:
                fire()
        pytest.fail("the answer was written to its end: the interrupt never came")
    return time.perf_counter() - sent[0], pieces


def test_ctrl_c_stops_a_long_prompt_at_once_and_the_model_state_stays_sound(generator: LlamaGenerator, capfd: pytest.CaptureFixture[str]) -> None:
    expected = answer(generator, SHORT)
    assert "Paris" in expected

    # an answer over the long prompt, uninterrupted; and how long one batch of 512 prompt tokens
    # takes here: the time Ctrl-C used to wait for, at worst
    messages = long_prompt(0)
    tokens = generator.prompt_tokens(messages)
    assert tokens > 1024
    start = time.perf_counter()
    pieces = iter(generator.stream(messages, 24))
    reference = next(pieces)
    batch_s = (time.perf_counter() - start) / math.ceil(tokens / 512)
    reference += "".join(pieces)

    # Ctrl-C a tenth of the way into the first batch: before, it acted when the batch ended (~0.9 batch)
    took, written = interrupted(generator, long_prompt(1), after_s=0.1 * batch_s)
    with capfd.disabled():
        print(f"\n{tokens} prompt tokens, {batch_s:.2f} s per batch of 512; Ctrl-C acted after {took:.3f} s")
    assert written == 0  # it was reading the prompt
    assert took < min(1.0, 0.25 * batch_s)
    assert answer(generator, SHORT) == expected  # the next answer is the one it gave before

    # a Ctrl-C while it writes, then the same check
    took, written = interrupted(generator, [{"role": "user", "content": "Count from 1 to 100."}], after_pieces=3)
    assert written == 3 and took < 1.0
    assert answer(generator, SHORT) == expected

    # an abort part-way through the long prompt (its first batch left in llama.cpp's cache), then the
    # same prompt again: the cached part is reused, and the answer is the uninterrupted one
    interrupted(generator, long_prompt(0), after_s=1.3 * batch_s)
    assert answer(generator, long_prompt(0)) == reference
    # llama.cpp's log line about the abort is not shown
    assert "decode" not in capfd.readouterr().err


def test_without_a_handler_of_its_own_nothing_is_changed(generator: LlamaGenerator) -> None:
    # a program that handles SIGINT itself keeps its handler while rag answers
    calls: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: calls.append(signum))
    try:
        pieces = []
        for piece in generator.stream([{"role": "user", "content": "Count from 1 to 20."}], 8):
            pieces.append(piece)
            if len(pieces) == 1:
                os.kill(os.getpid(), signal.SIGINT)
        assert calls == [signal.SIGINT] and len(pieces) > 1  # its handler ran; the answer went on
    finally:
        signal.signal(signal.SIGINT, previous)


def test_sigterm_while_a_prompt_is_read_ends_through_the_programs_handler(generator: LlamaGenerator) -> None:
    # rag's command process ends on SIGTERM with SystemExit(143) (rag.process.launcher.exit_on_signals); arriving
    # inside llama.cpp's abort callback, that exit used to be lost and the call to end in
    # "RuntimeError: llama_decode returned 2", reported as an internal error
    from rag.process.launcher import exit_on_signals

    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGHUP)}
    exit_on_signals()
    try:
        timer = threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGTERM))
        timer.start()
        start = time.perf_counter()
        with pytest.raises(SystemExit) as ended:
            for _ in generator.stream(long_prompt(2), 256):
                pass
        timer.join()
        assert ended.value.code == 128 + signal.SIGTERM
        assert isinstance(ended.value.__context__, RuntimeError)  # it aborted llama.cpp's call, not Python code
        assert signal.getsignal(signal.SIGTERM) is not previous[signal.SIGTERM]  # rag's handler, put back
        assert time.perf_counter() - start < 5.0  # within the prompt's first batches, not at the answer's end
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the answer's handlers are undone
    assert answer(generator, SHORT).strip()  # and the model still answers
