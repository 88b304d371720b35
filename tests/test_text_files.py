"""Every text file by its content, whatever its suffix, and ignore files (issue 13, item 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rag.cli.main import app
from rag.documents.filetypes import is_prose
from rag.documents.reading import Document, Skipped, load, scan
from rag.ingestion.chunking import ChunkerConfig, chunk_document
from rag.testing import FakeEmbedder

CONFIG = ChunkerConfig(chunk_tokens=30, overlap_tokens=0, max_model_tokens=256)


def words(texts: list[str]) -> list[int]:
    return [len(t.split()) for t in texts]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A small repository: code, data, config, a README without a suffix, and things to ignore."""
    root = tmp_path / "repo"
    (root / "src").mkdir(parents=True)
    (root / "node_modules" / "left-pad").mkdir(parents=True)
    (root / "build").mkdir()
    (root / "src" / "config.py").write_text(
        "# Settings of the billing service.\nRETRY_LIMIT = 7  # attempts before a payment is marked failed\n"
        "TIMEOUT_S = 2.5\nCURRENCY = 'EUR'\n\n\ndef limit() -> int:\n    return RETRY_LIMIT\n",
        encoding="utf-8",
    )
    (root / "data.json").write_text(json.dumps({"warehouse": "Rotterdam", "capacity_pallets": 1200}, indent=2), encoding="utf-8")
    (root / "prices.csv").write_text("item,price\nwidget,4.20\ngadget,17.00\n", encoding="utf-8")
    (root / "server.conf").write_text("listen 8080\nworkers 4\n", encoding="utf-8")
    (root / "README").write_text("The billing service sends invoices. It retries failed payments.\n", encoding="utf-8")
    (root / "blob.xyz").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (root / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "node_modules" / "left-pad" / "index.js").write_text("module.exports = leftPad;\n", encoding="utf-8")
    (root / "build" / "out.txt").write_text("generated\n", encoding="utf-8")
    (root / "debug.log").write_text("noise\n", encoding="utf-8")
    (root / "keep.log").write_text("kept on purpose\n", encoding="utf-8")
    (root / ".gitignore").write_text("node_modules/\n/build\n*.log\n!keep.log\n", encoding="utf-8")
    (root / "src" / ".ragignore").write_text("secret*.py\n", encoding="utf-8")
    (root / "src" / "secrets_local.py").write_text("TOKEN = 'x'\n", encoding="utf-8")
    (root / "src" / "secret_key.py").write_text("KEY = 'y'\n", encoding="utf-8")
    return root


def test_text_files_by_content_and_ignore_files(repo: Path) -> None:
    files, skipped = scan([repo])
    names = sorted(str(f.relative_to(repo)) for f in files)
    assert names == ["README", "blob.xyz", "data.json", "keep.log", "prices.csv", "server.conf", "src/config.py"]  # secret*.py: both
    assert [Path(s.path).name for s in skipped] == ["logo.png"]  # binary by its suffix, never read
    blob = load(repo / "blob.xyz")
    assert isinstance(blob, Skipped) and "binary" in blob.reason  # binary by its content


@pytest.mark.parametrize("bad", ["!", "\\", "[z-a]"])
def test_an_invalid_ignore_pattern_is_left_out_as_git_does(repo: Path, bad: str) -> None:
    """One line git cannot read either stops nothing: the other lines of the file still apply."""
    (repo / ".gitignore").write_text(f"node_modules/\n/build\n{bad}\n*.log\n!keep.log\n", encoding="utf-8")
    files, _ = scan([repo])
    names = sorted(str(f.relative_to(repo)) for f in files)
    assert names == ["README", "blob.xyz", "data.json", "keep.log", "prices.csv", "server.conf", "src/config.py"]


def test_code_is_chunked_by_lines_and_cited_by_line(repo: Path) -> None:
    doc = load(repo / "src" / "config.py")
    assert isinstance(doc, Document) and doc.by_lines
    chunks = chunk_document(doc, words, CONFIG)
    lines = (repo / "src" / "config.py").read_text().splitlines()
    for c in chunks:
        # a chunk is whole lines: its text is exactly its line span's non-blank lines
        span = " ".join(" ".join(ln.split()) for ln in lines[c.start_line - 1 : c.end_line] if ln.strip())
        assert c.text == span, (c.start_line, c.end_line, c.text)
    assert "2.5" in " ".join(c.text for c in chunks)  # "TIMEOUT_S = 2.5" is not cut at its period
    assert is_prose(repo / "README") and not is_prose(repo / "server.conf") and not is_prose(repo / "prices.csv")


def test_a_question_answered_from_a_config_file(repo: Path, settings, use_backends, runner: CliRunner) -> None:  # type: ignore[no-untyped-def]
    use_backends(embedder=FakeEmbedder())
    assert runner.invoke(app, ["ingest", str(repo)]).exit_code == 0
    result = runner.invoke(app, ["search", "--json", "How many attempts before a payment is marked failed? RETRY_LIMIT"])
    hits = json.loads(result.stdout)["hits"]
    top = next(h for h in hits if h["file"].endswith("config.py"))
    assert top["start_line"] <= 2 <= top["end_line"] and "RETRY_LIMIT = 7" in top["text"]
