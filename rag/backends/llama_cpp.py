"""Generation with a local GGUF model through llama-cpp-python.

The model loads lazily and quietly, uses every core (llama.cpp's default is
half of them), the model's own chat template and temperature 0 by default.
One :class:`LlamaGenerator` kept alive between questions lets llama.cpp reuse
the evaluated prefix of the prompt (the fixed system instruction).
"""

from __future__ import annotations

import atexit
import os
import sys
import weakref
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import Any, Iterator

from rag.backends.ports import Generator, Message
from rag.config import Settings
from rag.errors import ModelError
from rag.process.interrupt import AbortSwitch

__all__ = ["Generator", "LlamaGenerator", "Message", "load_llama_generator", "open_llama"]


@contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Silence C-level stderr (llama.cpp prints its load log there even with verbose=False)."""
    try:
        fd = sys.stderr.fileno()
    except (AttributeError, ValueError, OSError):
        yield
        return
    saved = os.dup(fd)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        sys.stderr.flush()
        os.dup2(devnull, fd)
        yield
    finally:
        os.dup2(saved, fd)
        os.close(saved)
        os.close(devnull)


@contextmanager
def _safe_model_params(safe: bool) -> Iterator[None]:
    """While a model loads: with ``safe``, no extra buffer types (``use_extra_bufts = False``).

    ggml's extra buffer types are its CPU repack and AMX kernels; a build that has AMX kernels
    crashes in them on CPUs that advertise AMX under a hypervisor (issue 16). ``Llama()`` takes
    no argument for this field, so its default-parameter call is wrapped for the load only.
    """
    if not safe:
        yield
        return
    from llama_cpp import llama as llama_module

    lib = llama_module.llama_cpp
    original = lib.llama_model_default_params

    def params() -> Any:
        p = original()
        p.use_extra_bufts = False
        return p

    lib.llama_model_default_params = params
    try:
        yield
    finally:
        lib.llama_model_default_params = original


def open_llama(path: Path, n_ctx: int, threads: int, *, seed: int = 0, safe: bool = False) -> Any:
    """A ``llama_cpp.Llama`` for the GGUF file at ``path``, loaded quietly; a ModelError when it cannot be.

    The self-test child (:mod:`rag.models.selftest`) loads through this same function, so it tests what
    rag runs.
    """
    try:
        from llama_cpp import Llama
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ModelError(f"llama-cpp-python is not importable ({exc}).", hint="Reinstall rag (see README).") from None

    def load(flash_attn: bool) -> Any:
        with _quiet_stderr(), _safe_model_params(safe):
            return Llama(
                model_path=str(path),
                n_ctx=n_ctx,
                n_threads=threads,
                n_threads_batch=threads,
                n_batch=512,
                flash_attn=flash_attn,
                seed=seed,
                verbose=False,
            )

    try:
        try:
            # flash attention reads prompts ~5 % faster here, same decoding speed (eval/README.md)
            return load(flash_attn=True)
        except (ValueError, RuntimeError) as exc:
            if "context" not in str(exc).lower():
                raise  # the file itself cannot be loaded: no point in a second try
            return load(flash_attn=False)  # an architecture llama.cpp cannot run it with
    except (ValueError, RuntimeError, OSError) as exc:
        raise ModelError(f"Cannot load model {path}: {exc}.", hint="Check the file, or reinstall it with rag models install.") from None


class LlamaGenerator:
    """A GGUF model run by llama-cpp-python."""

    def __init__(
        self, name: str, path: Path, n_ctx: int = 4096, threads: int | None = None, seed: int = 0, state_dir: Path | None = None
    ) -> None:
        self.name = name
        self.state_dir = state_dir
        self.path = path
        self.n_ctx = n_ctx
        self.threads = threads or (os.cpu_count() or 1)
        self.seed = seed
        self._abort = AbortSwitch()
        #: rag.answering.verification's threshold for this model (models/catalog.toml); None for a model not calibrated
        self.min_answerability: float | None = None
        self.min_contains: float | None = None

    @cached_property
    def llm(self) -> Any:
        from rag.models import selftest
        from rag.process.stage import stage

        # a signal in llama.cpp cannot be caught: a child process tries the model first (once per
        # model file and build), and a crash there switches to the safe setting here
        safe = selftest.needs_safe_mode(self.path, self.threads, self.state_dir) if self.state_dir else False
        stage(f"loading the LLM {self.name} (llama.cpp)")
        llm = open_llama(self.path, self.n_ctx, self.threads, seed=self.seed, safe=safe)
        self._abort.attach(llm)  # Ctrl-C stops a prompt being read within a graph node, not a batch
        # free it before the interpreter tears down the modules its destructor needs; a weak
        # reference, so that a generator dropped earlier is still freed at once
        ref = weakref.ref(llm)
        atexit.register(lambda: (m := ref()) is not None and m.close())
        return llm

    @cached_property
    def _formatter(self) -> Any:
        """The model's own chat template, used to count prompt tokens exactly."""
        try:
            from llama_cpp.llama_chat_format import Jinja2ChatFormatter

            template = self.llm.metadata.get("tokenizer.chat_template")
            if not template:
                return None
            eos = self.llm._model.token_get_text(self.llm.token_eos())
            bos_id = self.llm.token_bos()
            bos = self.llm._model.token_get_text(bos_id) if bos_id >= 0 else ""
            return Jinja2ChatFormatter(template=template, eos_token=eos, bos_token=bos)
        except Exception:  # noqa: BLE001 - counting falls back to an estimate
            return None

    def count_tokens(self, text: str) -> int:
        return len(self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def prompt_tokens(self, messages: list[Message]) -> int:
        fmt = self._formatter
        if fmt is not None:
            try:
                prompt = fmt(messages=messages).prompt
                return len(self.llm.tokenize(prompt.encode("utf-8"), add_bos=False, special=True))
            except Exception:  # noqa: BLE001
                pass
        return sum(self.count_tokens(m["content"]) + 8 for m in messages) + 4

    def stream(self, messages: list[Message], max_tokens: int, temperature: float = 0.0) -> Iterator[str]:
        from rag.process.stage import stage

        llm = self.llm
        stage(f"generating with {self.name} (llama.cpp)")
        with self._abort.on_sigint():  # Ctrl-C (or SIGTERM) aborts llama.cpp's call and leaves as itself
            for part in llm.create_chat_completion(
                messages=messages,
                max_tokens=max_tokens,
                temperature=temperature,
                top_k=1 if temperature == 0 else 40,
                seed=self.seed,
                stream=True,
            ):
                delta = part["choices"][0].get("delta", {})
                piece = delta.get("content")
                if piece:
                    yield piece


    def yes_probability(self, messages: list[Message]) -> float | None:
        """How likely the model finds "yes" as its reply's first token, against "no" (each in the forms
        its vocabulary holds as one token: "yes", "Yes", " yes"…): its logits for the first token, read
        without sampling more than that one token. None when its vocabulary has no such tokens, or
        when it would hardly begin with either (it has no opinion to read)."""
        import numpy as np
        from llama_cpp import LogitsProcessorList

        from rag.process.stage import stage

        llm = self.llm
        seen: list[np.ndarray] = []

        def capture(_ids: Any, logits: Any) -> Any:
            seen.append(np.array(logits, dtype=np.float64))
            return logits

        stage(f"checking the answer with {self.name} (llama.cpp)")
        with self._abort.on_sigint():
            llm.create_chat_completion(
                messages=messages, max_tokens=1, temperature=0.0, top_k=1, seed=self.seed,
                logits_processor=LogitsProcessorList([capture]),
            )
        if not seen:
            return None  # no logits seen (an empty reply)
        logits = seen[0]
        p = np.exp(logits - logits.max())
        p /= p.sum()

        def mass(word: str) -> float:
            forms = (word, word.capitalize(), " " + word, " " + word.capitalize(), word.upper())
            pieces = [llm.tokenize(f.encode(), add_bos=False, special=False) for f in forms]
            ids = {t[0] for t in pieces if len(t) == 1 and 0 <= t[0] < len(p)}  # whole words only
            return float(sum(p[i] for i in ids))

        yes, no = mass("yes"), mass("no")
        # measured with the 1.5B model: P(yes) + P(no) is 0.6-0.99 on the check's prompt
        return yes / (yes + no) if yes + no >= 0.01 else None


def load_llama_generator(settings: Settings, model: str) -> LlamaGenerator:
    """A llama.cpp generator for ``model`` (catalogue name, alias or .gguf path); its weights load on
    first use. Use :func:`rag.backends.registry.build_generator` (or a Runtime) rather than this."""
    from rag.models.catalog import catalogue, resolve_llm

    name, path = resolve_llm(model, settings)
    gen = LlamaGenerator(name, path, settings.n_ctx, settings.threads, state_dir=settings.home / ".rag")
    # a catalogued model given by its path is the same model, with the same calibration
    spec = catalogue().get(name) or next(
        (s for s in catalogue().values() if s.kind == "llm" and s.assemble != "package-dir" and s.target(settings).resolve() == path), None
    )
    gen.min_answerability = spec.min_answerability if spec is not None else None
    gen.min_contains = spec.min_contains if spec is not None else None
    return gen
