"""Ctrl-C during `rag ask`: a one-line message, exit 130, nothing left behind; SIGTERM and SIGHUP during llama.cpp's call."""

from __future__ import annotations

import signal
from types import SimpleNamespace
from typing import Any, Iterator

import pytest
from typer.testing import CliRunner

from rag.cli.main import EXIT_INTERRUPTED, app
from rag.process.interrupt import AbortSwitch
from rag.testing import FakeEmbedder, FakeGenerator


class _Interrupted(FakeGenerator):
    def stream(self, messages, max_tokens, temperature=0.0) -> Iterator[str]:  # type: ignore[no-untyped-def]
        yield "Amos "
        raise KeyboardInterrupt


def test_ctrl_c_during_ask(fake_index, fake_embedder: FakeEmbedder, use_backends) -> None:  # type: ignore[no-untyped-def]
    use_backends(embedder=fake_embedder, generator=_Interrupted())
    before = sorted(p.name for p in fake_index.index_dir.rglob("*"))
    result = CliRunner().invoke(app, ["ask", "Who is the US envoy who negotiated the ceasefire?", "--no-stream"])
    assert result.exit_code == EXIT_INTERRUPTED
    assert "Traceback" not in result.output
    assert result.stderr.strip().splitlines() == ["rag: interrupted."]
    assert sorted(p.name for p in fake_index.index_dir.rglob("*")) == before  # asking writes nothing


# what the abort callback's frame looks like to a signal handler (Python runs handlers at the next bytecode
# of its main thread: during llama.cpp's call, inside that callback)
IN_CALLBACK: Any = SimpleNamespace(f_code=AbortSwitch._should_abort.__code__)


@pytest.fixture
def program_handlers() -> Iterator[list[int]]:
    """SIGTERM ends the program as rag's command process does (SystemExit(143)); SIGHUP is only noted."""
    noted: list[int] = []

    def leave(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    before = {sig: signal.signal(sig, h) for sig, h in ((signal.SIGTERM, leave), (signal.SIGHUP, lambda s, f: noted.append(s)))}
    try:
        yield noted
    finally:
        for sig, h in before.items():
            signal.signal(sig, h)


def test_a_signal_inside_llama_cpps_call_aborts_it_and_raises_after(program_handlers: list[int]) -> None:
    switch = AbortSwitch()
    leave = signal.getsignal(signal.SIGTERM)
    with switch.on_sigint():
        signal.getsignal(signal.SIGTERM)(signal.SIGTERM, IN_CALLBACK)  # type: ignore[operator]
        assert switch.requested  # the callback now tells llama.cpp to stop
        raised = switch.interruption()
        assert isinstance(raised, SystemExit) and raised.code == 143
        signal.getsignal(signal.SIGINT)(signal.SIGINT, IN_CALLBACK)  # type: ignore[operator]
        assert isinstance(switch.interruption(), KeyboardInterrupt)
    # the program's handlers are back, and nothing is left requested
    assert signal.getsignal(signal.SIGTERM) is leave and signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert not switch.requested


def test_a_handler_that_does_not_end_the_program_lets_the_call_go_on(program_handlers: list[int]) -> None:
    switch = AbortSwitch()
    with switch.on_sigint():
        signal.getsignal(signal.SIGHUP)(signal.SIGHUP, IN_CALLBACK)  # type: ignore[operator]
        assert program_handlers == [signal.SIGHUP] and not switch.requested


def test_outside_llama_cpps_call_the_programs_handler_acts_at_once(program_handlers: list[int]) -> None:
    switch = AbortSwitch()
    with switch.on_sigint():
        with pytest.raises(SystemExit):
            signal.getsignal(signal.SIGTERM)(signal.SIGTERM, None)  # type: ignore[operator]
        with pytest.raises(KeyboardInterrupt):
            signal.getsignal(signal.SIGINT)(signal.SIGINT, None)  # type: ignore[operator]


def test_sigterm_is_handled_when_sigint_is_ignored(program_handlers: list[int]) -> None:
    # a job a script starts in the background has SIGINT ignored; `kill` must still end its answer
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        switch = AbortSwitch()
        with switch.on_sigint():
            assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
            signal.getsignal(signal.SIGTERM)(signal.SIGTERM, IN_CALLBACK)  # type: ignore[operator]
            assert switch.requested and isinstance(switch.interruption(), SystemExit)
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)
