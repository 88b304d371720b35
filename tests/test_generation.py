"""Opening a GGUF model: flash attention when llama.cpp can, without it when it cannot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rag.backends.llama_cpp import LlamaGenerator
from rag.errors import ModelError


class _FakeLlama:
    opened: list[bool] = []
    refuse: set[bool] = set()
    error: Exception = ValueError("Failed to create llama_context")

    def __init__(self, **kwargs: Any) -> None:
        type(self).opened.append(kwargs["flash_attn"])
        if kwargs["flash_attn"] in type(self).refuse:
            raise type(self).error

    def close(self) -> None:
        pass


@pytest.fixture
def fake_llama(monkeypatch: pytest.MonkeyPatch) -> type[_FakeLlama]:
    llama_cpp = pytest.importorskip("llama_cpp")
    _FakeLlama.opened, _FakeLlama.refuse = [], set()
    _FakeLlama.error = ValueError("Failed to create llama_context")
    monkeypatch.setattr(llama_cpp, "Llama", _FakeLlama)
    return _FakeLlama


def test_flash_attention_is_used_when_the_model_allows_it(fake_llama: type[_FakeLlama], tmp_path: Path) -> None:
    LlamaGenerator("m", tmp_path / "m.gguf").llm  # noqa: B018
    assert fake_llama.opened == [True]


@pytest.mark.parametrize("error", [ValueError("Failed to create llama_context"), RuntimeError("llama_context: flash_attn")])
def test_a_model_that_cannot_use_flash_attention_opens_without_it(
    fake_llama: type[_FakeLlama], tmp_path: Path, error: Exception
) -> None:
    fake_llama.refuse, fake_llama.error = {True}, error
    assert isinstance(LlamaGenerator("m", tmp_path / "m.gguf").llm, _FakeLlama)
    assert fake_llama.opened == [True, False]


def test_a_model_that_cannot_be_opened_at_all_is_a_model_error(fake_llama: type[_FakeLlama], tmp_path: Path) -> None:
    fake_llama.refuse = {True, False}
    with pytest.raises(ModelError, match="Cannot load model"):
        LlamaGenerator("m", tmp_path / "m.gguf").llm  # noqa: B018


def test_a_file_that_cannot_be_loaded_is_tried_once(fake_llama: type[_FakeLlama], tmp_path: Path) -> None:
    fake_llama.refuse, fake_llama.error = {True, False}, ValueError("Failed to load model from file")
    with pytest.raises(ModelError, match="Failed to load model"):
        LlamaGenerator("m", tmp_path / "m.gguf").llm  # noqa: B018
    assert fake_llama.opened == [True]
