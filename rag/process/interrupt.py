"""Ctrl-C that stops llama.cpp within a fraction of a second, even while it reads a long prompt.

llama.cpp evaluates a prompt in one blocking C call per batch of 512 tokens, and Python runs a
signal handler only once such a call returns: Ctrl-C used to act at the end of the batch under
way. Measured on 2 cores with the 1.5B model and a 1,558-token prompt
(``scripts/measure_interrupt.py``): 6-17 s at a load average of 1, 32-38 s at 6; with this
module, 0.04-0.5 s. llama.cpp asks an *abort callback* after every node of its compute graph
(hundreds per batch, a few milliseconds apart): :class:`AbortSwitch` is that callback, and while
an answer is being written SIGINT sets it instead of raising inside the C call.

An aborted ``llama_decode`` returns 2, and llama-cpp-python raises ``RuntimeError`` before it
counts the batch as evaluated; its next call drops every cached token past the last batch it
counted, so the model state stays consistent (``tests/test_interrupt_real.py`` checks that the
next answer is the one a fresh model gives). SIGTERM and SIGHUP abort it the same way when the
program's handler of them raises (rag's command process exits with 143 or 129): run inside the
callback, what they raised used to be printed and lost, and the answer ran on to its end.
"""

from __future__ import annotations

import logging
import signal
import threading
from contextlib import contextmanager
from types import FrameType
from typing import Any, Callable, Iterator


class AbortSwitch:
    """The abort callback of one llama.cpp context, and the signal handlers that set it (SIGINT, and
    the program's own SIGTERM and SIGHUP handlers)."""

    def __init__(self) -> None:
        self.requested = False
        self._callback: Any = None  # the C function pointer: kept, or ctypes frees it under llama.cpp
        #: what the signal that aborted the call raised (KeyboardInterrupt, a handler's SystemExit)
        self._raised: BaseException | None = None

    def attach(self, llm: Any) -> bool:
        """Have llama.cpp ask this switch during every evaluation of ``llm`` (a ``llama_cpp.Llama``).

        False when ``llm`` has no llama.cpp context to attach to (a stand-in in a test).
        """
        ctx = getattr(getattr(llm, "_ctx", None), "ctx", None)
        if ctx is None:
            return False
        from llama_cpp import llama_cpp as lib

        self._callback = lib.ggml_abort_callback(self._should_abort)
        lib.llama_set_abort_callback(ctx, self._callback, None)
        return True

    def _should_abort(self, _data: Any) -> bool:
        # called by llama.cpp's thread 0 (the one that called llama_decode) after each graph node:
        # ~560 calls per decoded token of the 1.5B model, 0.4 us each (measured), ~0.2 ms of a token's 50+
        return self.requested

    @contextmanager
    def on_sigint(self) -> Iterator[None]:
        """While inside, Ctrl-C aborts the llama.cpp call under way: the ``RuntimeError`` it then ends
        in leaves the block as KeyboardInterrupt (so does a call that the signal reached in its last
        graph node, which ended as usual); anywhere else it raises KeyboardInterrupt as usual. A
        program's own SIGTERM or SIGHUP handler (rag's ends the command with exit status 143 or 129) is
        run as it comes; when it raises inside the abort callback, the call is aborted the same way and
        what it raised leaves the block (:meth:`interruption`).

        A SIGINT handler other than Python's default (ignored, as in a job a script starts in the
        background, or a program's own) is left alone, and so is everything off the main thread, where
        Python delivers no signal.
        """
        self.requested = False
        self._raised = None
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        interrupts = signal.getsignal(signal.SIGINT) is signal.default_int_handler
        # run inside the abort callback, what a handler raises would be printed and lost: the exit of a
        # SIGTERM was, and the answer ran on to its end (or the call ended in "llama_decode returned 2")
        ending: dict[int, Callable[[int, FrameType | None], Any]] = {
            int(sig): h for sig in (signal.SIGTERM, signal.SIGHUP) if callable(h := signal.getsignal(sig))
        }
        if not interrupts and not ending:
            yield
            return
        llama_log = logging.getLogger("llama-cpp-python")  # llama-cpp-python prints llama.cpp's log through it
        level = llama_log.level
        handler = self._signal_handler(ending, llama_log)
        if interrupts:
            signal.signal(signal.SIGINT, handler)
        for sig in ending:
            signal.signal(sig, handler)
        try:
            yield
        except RuntimeError:
            if self.requested:  # llama_decode aborted by the switch (it returned 2)
                raise self.interruption() from None
            raise
        else:
            if self._raised is not None:  # a signal in the call's last graph node (not one raised in Python code)
                raise self.interruption()
        finally:
            self._put_handlers_back(interrupts, ending, llama_log, level)

    def _signal_handler(
        self, ending: dict[int, Callable[[int, FrameType | None], Any]], llama_log: logging.Logger
    ) -> Callable[[int, FrameType | None], None]:
        """The handler :meth:`on_sigint` installs for SIGINT and for the signals in ``ending`` (each
        mapped to the program's own handler of it): in Python code it runs ``ending``'s handler, or
        raises KeyboardInterrupt for SIGINT; inside the abort callback it sets the switch and keeps
        what the signal raised for :meth:`interruption`."""
        ours = AbortSwitch._should_abort.__code__

        def handler(signum: int, frame: FrameType | None) -> None:
            if frame is None or frame.f_code is not ours:
                if signum in ending:
                    ending[signum](signum, frame)
                    return
                self.requested = True
                llama_log.setLevel(logging.CRITICAL + 1)
                raise KeyboardInterrupt
            # Python runs a handler at the next bytecode of its main thread: here, inside the abort
            # callback. What the signal raises is kept for the caller, and the callback returns True now.
            raised: BaseException = KeyboardInterrupt()
            if signum in ending:
                try:
                    ending[signum](signum, frame)
                    return  # a handler that does not end the program: the call goes on
                except BaseException as exc:  # noqa: BLE001 - its way of ending the program
                    raised = exc
            self._raised = raised
            self.requested = True
            # llama.cpp logs the abort it asked for as an error ("decode: removing memory module entries")
            llama_log.setLevel(logging.CRITICAL + 1)

        return handler

    def _put_handlers_back(
        self, interrupts: bool, ending: dict[int, Callable[[int, FrameType | None], Any]], llama_log: logging.Logger, level: int
    ) -> None:
        """Undo what :meth:`on_sigint` set up: Python's default SIGINT handler (when ``interrupts``),
        the program's own handlers of ``ending``'s signals, ``llama_log``'s ``level``; and the switch."""
        # held while the handlers are put back, so that none arrives half-way; delivered after
        held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, *ending})
        try:
            if interrupts:
                signal.signal(signal.SIGINT, signal.default_int_handler)
            for sig, previous in ending.items():
                signal.signal(sig, previous)
            llama_log.setLevel(level)
            self.requested = False  # a later call (rag bench's bare llama-cpp-python) is not aborted
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)

    def interruption(self) -> BaseException:
        """What a llama.cpp call that a signal aborted ends in: KeyboardInterrupt for Ctrl-C, what the
        program's SIGTERM or SIGHUP handler raised for those (rag's: SystemExit); the request is then
        taken."""
        raised, self._raised = self._raised, None
        self.requested = False
        return raised if raised is not None else KeyboardInterrupt()
