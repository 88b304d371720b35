"""Ctrl-C during `rag ask`: a one-line message, exit 130, nothing left behind."""

from __future__ import annotations

from typing import Iterator

from typer.testing import CliRunner

from rag.cli import EXIT_INTERRUPTED, app
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
