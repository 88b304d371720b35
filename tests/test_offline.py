"""rag never reaches the network: loading and running the real embedder opens no connection."""

from __future__ import annotations

import os
import socket

import numpy as np
import pytest
from conftest import real_models_available

pytestmark = pytest.mark.integration


class NetworkUsed(OSError):
    pass


def test_real_embedder_makes_no_network_attempt(monkeypatch: pytest.MonkeyPatch) -> None:
    if not real_models_available():
        pytest.skip("the all-MiniLM-L6-v2 embedder is not installed (rag models install minilm)")
    attempts: list[tuple[str, object]] = []

    def refuse(kind: str):  # type: ignore[no-untyped-def]
        def blocked(*args: object, **kwargs: object) -> object:
            attempts.append((kind, args[1:] if kind != "create_connection" else args))
            raise NetworkUsed(f"network access attempted via {kind}: {args!r}")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    for key in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"):
        monkeypatch.delenv(key, raising=False)

    from rag.backends.registry import build_embedder as load_embedder
    from rag.config import Settings

    embedder = load_embedder(Settings.load())
    vectors = embedder.embed(["Which Afghan brigade was moved to Damascus and Latakia?"])

    assert attempts == []
    assert vectors.shape == (1, 384) and vectors.dtype == np.float32
    assert np.linalg.norm(vectors[0]) == pytest.approx(1.0, abs=1e-5)
    assert np.isfinite(vectors).all() and np.abs(vectors).sum() > 0
    assert os.environ.get("HF_HUB_OFFLINE") == "1"
    assert os.environ.get("TRANSFORMERS_OFFLINE") == "1"
    # a second text, to be sure the model really runs (different input, different vector)
    other = embedder.embed(["The weather in Oslo is cold."])
    assert float(vectors[0] @ other[0]) < 0.9
    assert attempts == []
