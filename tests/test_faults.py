"""Faults a user will meet: no index, a damaged index, missing models, odd documents and questions,
concurrent ingests, kill -9 and Ctrl-C. Each keeps rag working, loses nothing, and says on one line
what happened and what to do, with the exit code of README.md's table."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, one_line_error, wait_for
from typer.testing import CliRunner

from rag.cli.main import app
from rag.config import Settings
from rag.errors import DocumentError, IndexCorruptError, NoIndexError
from rag.index.retrieval import Retriever
from rag.index.store import BM25_DIR, CHUNKS_FILE, DENSE_FILE, MANIFEST_FILE, IndexStore
from rag.ingestion.ingest import ingest
from rag.runtime import Runtime
from rag.testing import FakeEmbedder
from rag.text import normalise

# control characters a terminal acts on: everything below space but the newline, DEL and C1
UNSAFE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
SEED_QUESTION = "Who is the US envoy who negotiated the Israel-Hezbollah ceasefire?"


def store_of(settings: Settings) -> IndexStore:
    return IndexStore(settings.index_dir)


def index_state(settings: Settings) -> tuple[frozenset[str], int]:
    """What identifies an index for these tests: its files and its number of chunks."""
    loaded = store_of(settings).load()
    return frozenset(loaded.manifest.files), len(loaded.chunks)


def leftovers(settings: Settings) -> list[str]:
    root = settings.index_dir
    return sorted(p.name for p in root.iterdir() if p.name.endswith(".tmp")) if root.exists() else []


def generations(settings: Settings) -> list[str]:
    return sorted(p.name for p in settings.index_dir.iterdir() if p.name.startswith("gen-"))


def search_works(settings: Settings, question: str = "Who negotiated the ceasefire?") -> bool:
    hits = Retriever(store_of(settings).load(), FakeEmbedder()).search(question, 3)
    return bool(hits) and all(h.chunk.text for h in hits)


def assert_stdout_of_error(result, as_json: bool, code: int) -> None:  # type: ignore[no-untyped-def]
    """Nothing on stdout after an error, except with --json: one JSON object naming it (issue 13)."""
    if not as_json:
        assert result.stdout == ""
        return
    data = json.loads(result.stdout)
    assert set(data) == {"error", "exit_code"} and data["exit_code"] == code and data["error"]


# =========================================================================== no index


@pytest.mark.parametrize("command", [["search"], ["search", "--json"], ["ask"], ["ask", "--json"]])
def test_no_index_says_to_run_ingest(runner: CliRunner, fake_models: FakeEmbedder, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "Who negotiated the ceasefire?"])
    assert result.exit_code == 3, result.output
    err = one_line_error(result)
    assert "no index" in err.lower() and "rag ingest" in err
    assert_stdout_of_error(result, "--json" in command, 3)


# =========================================================================== damaged index


def _rewrite_manifest(gen: Path, change) -> None:  # type: ignore[no-untyped-def]
    path = gen / MANIFEST_FILE
    path.write_text(json.dumps(change(json.loads(path.read_text()))))


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])


def _with_checksum(gen: Path, rel: str, content: bytes) -> None:
    """Damage an artifact *and* record the damaged file's checksum: the second line of defence."""
    import hashlib

    (gen / rel).write_bytes(content)
    _rewrite_manifest(gen, lambda m: {**m, "artifacts": {**m["artifacts"], rel: hashlib.sha256(content).hexdigest()}})


def _bm25_file(gen: Path) -> Path:
    return sorted(p for p in (gen / BM25_DIR).iterdir() if p.is_file())[0]


DAMAGE = {
    "dense flipped": lambda gen: _flip(gen / DENSE_FILE),
    "dense truncated": lambda gen: _truncate(gen / DENSE_FILE),
    "dense empty": lambda gen: (gen / DENSE_FILE).write_bytes(b""),
    "chunks truncated": lambda gen: _truncate(gen / CHUNKS_FILE),
    "chunks deleted": lambda gen: (gen / CHUNKS_FILE).unlink(),
    "bm25 truncated": lambda gen: _truncate(_bm25_file(gen)),
    "manifest garbage": lambda gen: (gen / MANIFEST_FILE).write_bytes(b"\x00\x01garbage"),
    "manifest truncated": lambda gen: _truncate(gen / MANIFEST_FILE),
    "manifest of format 99": lambda gen: _rewrite_manifest(gen, lambda m: {**m, "format_version": 99, "new_field": 1}),
    "manifest without checksums": lambda gen: _rewrite_manifest(gen, lambda m: {**m, "artifacts": {}}),
    "manifest with wrong types": lambda gen: _rewrite_manifest(gen, lambda m: {**m, "files": [1, 2]}),
    "manifest with another dim": lambda gen: _rewrite_manifest(gen, lambda m: {**m, "embedder": {**m["embedder"], "dim": 32}}),
    "pointer garbage": lambda gen: (gen.parent / "CURRENT").write_bytes(b"\xff\xfe\x00"),
    "pointer to nothing": lambda gen: (gen.parent / "CURRENT").write_text("gen-0-0\n"),
    "generation deleted": lambda gen: shutil.rmtree(gen),
    # checksums that agree with damaged files: FAISS, JSON and bm25s must still not crash
    "dense garbage, checksum updated": lambda gen: _with_checksum(gen, DENSE_FILE, b"\x00garbage" * 100),
    "chunks garbage, checksum updated": lambda gen: _with_checksum(gen, CHUNKS_FILE, b'[1, 2]\n{"id": 3}\n'),
    "chunks missing a record, checksum updated": lambda gen: _with_checksum(
        gen, CHUNKS_FILE, b"".join((gen / CHUNKS_FILE).read_bytes().splitlines(keepends=True)[:-1])
    ),
    "bm25 garbage, checksum updated": lambda gen: _with_checksum(
        gen, str(_bm25_file(gen).relative_to(gen)), b"\x93NUMPY garbage"
    ),
}


@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
def test_damaged_index_exit_4_then_rebuild_fixes_it(
    runner: CliRunner, corpus: Path, fake_models: FakeEmbedder, settings: Settings, damage: str
) -> None:
    assert runner.invoke(app, ["ingest", str(corpus)]).exit_code == 0
    DAMAGE[damage](store_of(settings).current())

    for command in (["search", SEED_QUESTION], ["search", "--json", SEED_QUESTION], ["ask", SEED_QUESTION]):
        result = runner.invoke(app, command)
        assert result.exit_code == 4, (command, result.output)
        assert "rag ingest --rebuild" in one_line_error(result)
        assert_stdout_of_error(result, "--json" in command, 4)

    fixed = runner.invoke(app, ["ingest", "--rebuild", str(corpus)])
    assert fixed.exit_code == 0, fixed.output
    result = runner.invoke(app, ["search", SEED_QUESTION, "--json"])
    assert result.exit_code == 0, result.output
    assert any("Hochstein" in h["text"] for h in json.loads(result.stdout)["hits"])
    assert leftovers(settings) == [] and len(generations(settings)) == 1


@pytest.mark.parametrize(("errno_", "advice"), [("ENOSPC", "Free some space"), ("EROFS", "writable disk"), ("EACCES", "permissions")])
def test_a_disk_that_refuses_the_write_is_one_line_and_exit_74(
    runner: CliRunner, corpus: Path, fake_models: FakeEmbedder, settings: Settings, monkeypatch: pytest.MonkeyPatch, errno_: str, advice: str
) -> None:
    """A full disk or a read-only folder is the machine's state, not a bug in rag (it was "internal error", 70)."""
    import errno

    from rag.backends.faiss_index import FaissIndex

    assert runner.invoke(app, ["ingest", str(corpus)]).exit_code == 0
    before = index_state(settings)
    (corpus / "new.txt").write_text("A new note about the harbour lanterns.\n", encoding="utf-8")

    def refused(self: object, path: Path) -> None:
        code = getattr(errno, errno_)
        raise OSError(code, os.strerror(code))  # as a failed write() raises it: without the file's name

    monkeypatch.setattr(FaissIndex, "save", refused)
    for args in (["ingest"], ["ingest", "--json"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 74, result.output
        assert "Traceback" not in result.stderr
        line = result.stderr.strip().splitlines()[-1]  # after the progress lines
        assert line.startswith("rag: error: ") and os.strerror(getattr(errno, errno_)) in line and str(settings.index_dir) in line and advice in line
        assert_stdout_of_error(result, "--json" in args, 74)
    assert index_state(settings) == before and leftovers(settings) == []


@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
def test_plain_ingest_recovers_a_damaged_index(
    runner: CliRunner, corpus: Path, fake_models: FakeEmbedder, settings: Settings, damage: str
) -> None:
    """`rag ingest` without --rebuild (and without paths: the folders of the damaged index when its
    manifest still names them) rebuilds an index it cannot reuse, and says so."""
    assert runner.invoke(app, ["ingest", str(corpus)]).exit_code == 0
    DAMAGE[damage](store_of(settings).current())
    salvageable = bool(store_of(settings).salvage()[0])
    result = runner.invoke(app, ["ingest"] if salvageable else ["ingest", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "Rebuilding the whole index" in result.stderr and "unusable" in result.stderr
    assert "Indexed 5 files" in result.stderr
    assert search_works(settings)
    assert leftovers(settings) == [] and len(generations(settings)) == 1
    assert {Path(f).parent for f in store_of(settings).load().manifest.files} == {corpus.resolve()}


@pytest.mark.parametrize("damage", ["pointer garbage", "pointer to nothing", "pointer deleted"])
def test_a_damaged_pointer_still_rebuilds_the_users_folders(
    runner: CliRunner, corpus: Path, fake_models: FakeEmbedder, settings: Settings, damage: str
) -> None:
    """The generation's manifest still names the folders: `rag ingest` rebuilds those, not seeds/, and
    leaves out a file `rag remove` took out of them (it came back)."""
    assert runner.invoke(app, ["ingest", str(corpus)]).exit_code == 0
    private = sorted(corpus.glob("*.txt"))[0]
    assert runner.invoke(app, ["remove", str(private)]).exit_code == 0
    gen = store_of(settings).current()
    if damage == "pointer deleted":
        (gen.parent / "CURRENT").unlink()
    else:
        DAMAGE[damage](gen)
    assert store_of(settings).salvage() == ([str(corpus.resolve())], [str(private.resolve())])
    result = runner.invoke(app, ["ingest"])
    assert result.exit_code == 0, result.output
    manifest = store_of(settings).load().manifest
    assert manifest.roots == [str(corpus.resolve())] and manifest.excluded == [str(private.resolve())]
    assert _sources(settings) == SEED_NAMES - {private.name}


def test_ingest_without_paths_after_losing_the_manifest_says_what_it_indexes(
    runner: CliRunner, corpus: Path, fake_models: FakeEmbedder, settings: Settings
) -> None:
    assert runner.invoke(app, ["ingest", str(corpus)]).exit_code == 0
    DAMAGE["manifest garbage"](store_of(settings).current())
    result = runner.invoke(app, ["ingest"])
    assert result.exit_code == 0, result.output
    assert "folders of the damaged index are unknown" in result.stderr and "rag ingest --rebuild PATH" in result.stderr


# =========================================================================== models


@pytest.fixture
def installed_llm(tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake catalogue LLM, assembled and stamped like `rag models install` does."""
    from test_models import PARTS, fake_spec, make_parts

    from rag.models import catalog as models

    spec = fake_spec()
    real = models.resolve_name
    monkeypatch.setattr(models, "resolve_name", lambda name: spec if name == spec.name else real(name))
    target = spec.target(settings)
    models.assemble(spec, make_parts(tmp_path / "parts", PARTS), target)
    assert models.resolve_llm(spec.name, settings) == (spec.name, target)
    return target


def _ask(runner: CliRunner, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["ask", "--no-stream", *args, SEED_QUESTION])


def test_default_model_missing_exit_5(runner: CliRunner, fake_index: Settings, fake_models: FakeEmbedder) -> None:
    result = _ask(runner)  # RAG_HOME/models is empty in tests
    assert result.exit_code == 5, result.output
    err = one_line_error(result)
    assert "not installed" in err and "rag models install qwen2.5-coder-1.5b" in err


def test_model_file_that_is_not_gguf_exit_5(runner: CliRunner, fake_index: Settings, fake_models: FakeEmbedder, tmp_path: Path) -> None:
    text = tmp_path / "not-a-gguf.txt"
    text.write_text("just some notes, not a model")
    result = _ask(runner, "--model", str(text))
    assert result.exit_code == 5, result.output
    assert "not a GGUF" in one_line_error(result)

    result = _ask(runner, "--model", str(tmp_path / "nowhere" / "model.gguf"))
    assert result.exit_code == 5
    assert "not found" in one_line_error(result)


def test_installed_model_truncated_exit_5(
    runner: CliRunner, fake_index: Settings, fake_models: FakeEmbedder, installed_llm: Path
) -> None:
    _truncate(installed_llm)
    result = _ask(runner, "--model", "tiny-test-llm")
    assert result.exit_code == 5, result.output
    err = one_line_error(result)
    assert "partial or changed" in err and "rag models install tiny-test-llm" in err


def test_installed_model_with_another_checksum_exit_5(
    runner: CliRunner, fake_index: Settings, fake_models: FakeEmbedder, installed_llm: Path
) -> None:
    size = installed_llm.stat().st_size
    installed_llm.write_bytes(b"GGUF" + b"\x07" * (size - 4))  # same size, other bytes
    result = _ask(runner, "--model", "tiny-test-llm")
    assert result.exit_code == 5, result.output
    assert "rag models install tiny-test-llm" in one_line_error(result)


def test_installed_model_deleted_exit_5(
    runner: CliRunner, fake_index: Settings, fake_models: FakeEmbedder, installed_llm: Path
) -> None:
    installed_llm.unlink()
    result = _ask(runner, "--model", "tiny-test-llm")
    assert result.exit_code == 5, result.output
    err = one_line_error(result)
    assert "not installed" in err and "rag models install tiny-test-llm" in err


def test_unknown_model_name_exit_5(runner: CliRunner, fake_index: Settings, fake_models: FakeEmbedder) -> None:
    result = _ask(runner, "--model", "gpt-17")
    assert result.exit_code == 5
    assert "Unknown model" in one_line_error(result)


# =========================================================================== embedder mismatch


@pytest.mark.parametrize("other", [FakeEmbedder(dim=32), FakeEmbedder(name="another-hash")], ids=["other dim", "other name"])
def test_index_of_another_embedder_exit_4(runner: CliRunner, fake_index: Settings, use_backends, other: FakeEmbedder) -> None:  # type: ignore[no-untyped-def]
    use_backends(embedder=other)
    for command in (["search", SEED_QUESTION], ["ask", SEED_QUESTION]):
        result = runner.invoke(app, command)
        assert result.exit_code == 4, result.output
        err = one_line_error(result)
        assert "fake-hash-64" in err and other.name in err and "rag ingest --rebuild" in err
    # and ingest with the new embedder rebuilds by itself
    result = runner.invoke(app, ["ingest"])
    assert result.exit_code == 0, result.output
    assert "the embedder changed" in result.stderr
    assert runner.invoke(app, ["search", SEED_QUESTION]).exit_code == 0


# =========================================================================== documents


def _skipped(report) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {Path(s.path).name: s.reason for s in report.skipped}


def _sources(settings: Settings) -> set[str]:
    return {Path(c.source).name for c in store_of(settings).load().chunks}


SEED_NAMES = {p.name for p in SEEDS.glob("*.txt")}


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n", "\u200b\u200b\n".encode()], ids=["empty", "blank", "invisible"])
def test_empty_file_is_skipped(corpus: Path, settings: Settings, fake_embedder: FakeEmbedder, content: bytes) -> None:
    (corpus / "empty.md").write_bytes(content)
    report = ingest([corpus], Runtime(settings, embedder=fake_embedder))
    assert "empty" in _skipped(report)["empty.md"]
    assert report.files == 5 and _sources(settings) == SEED_NAMES
    # still reported, and nothing rewritten, the next time
    again = ingest([corpus], Runtime(settings, embedder=fake_embedder))
    assert again.up_to_date and "empty.md" in _skipped(again)


@pytest.mark.parametrize(
    "content",
    [
        random.Random(0).randbytes(4096),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        bytes(b for b in random.Random(1).randbytes(20000) if b),  # binary without a single NUL byte
        # ASCII with NULs reads as CJK ideographs in UTF-16 (b"ab" is U+6162), and so does a run of 1.0
        b"\0".join(w.encode() for w in (SEEDS / "000_f11cfd343132f763.txt").read_text().split()[:300]),
        b"\x08\x02\x08\x03B\x01XJ`" + b"\x00\x00\x80?" * 24,
    ],
    ids=["random", "png", "no-nul", "nul-separated-words", "floats"],
)
def test_binary_file_is_skipped(corpus: Path, settings: Settings, fake_embedder: FakeEmbedder, content: bytes) -> None:
    (corpus / "blob.txt").write_bytes(content)
    report = ingest([corpus], Runtime(settings, embedder=fake_embedder))
    assert "binary" in _skipped(report)["blob.txt"]
    assert _sources(settings) == SEED_NAMES


def test_a_latin1_file_is_read_as_windows_1252_with_a_warning(corpus: Path, settings: Settings, fake_embedder: FakeEmbedder) -> None:
    (corpus / "latin1.txt").write_bytes(b"Caf\xe9 cr\xe8me \x96 the zephyrhills reservoir opened in 1911.\n")
    report = ingest([corpus], Runtime(settings, embedder=fake_embedder))
    assert any("latin1.txt" in w and "UTF-8" in w and "Windows-1252" in w for w in report.warnings)
    hits = Retriever(store_of(settings).load(), fake_embedder).search("café crème reservoir", 1)
    assert Path(hits[0].chunk.source).name == "latin1.txt" and "Café crème – the" in hits[0].chunk.text


def test_a_latin1_file_dense_in_accents_is_text_not_binary(corpus: Path, settings: Settings, fake_embedder: FakeEmbedder) -> None:
    """Read as UTF-8, each accent was an undecodable byte: past 10 % of them a French line was "binary"."""
    (corpus / "geneve.txt").write_bytes("Le café crème coûte trois euros à Genève, déjà ça: zephyrhills.\n".encode("latin-1"))
    report = ingest([corpus], Runtime(settings, embedder=fake_embedder))
    assert "geneve.txt" not in _skipped(report)
    assert any("geneve.txt" in w and "Windows-1252" in w for w in report.warnings)
    hits = Retriever(store_of(settings).load(), fake_embedder).search("zephyrhills", 1)
    assert "café crème coûte trois euros à Genève" in hits[0].chunk.text


UTF16_TEXTS = {
    "chinese": "北京是中华人民共和国的首都。\n长城是世界上最著名的古代建筑之一，2024年有1000万游客。\n",
    "japanese": "東京は日本の首都です。\nさくらの花は春に咲きます。カタカナもあります。\n",
    "russian": "Москва — столица России.\nКрупнейший по численности населения город страны.\n",
}


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("script", sorted(UTF16_TEXTS))
def test_utf16_without_a_byte_order_mark_outside_latin_is_read(
    corpus: Path, settings: Settings, fake_embedder: FakeEmbedder, script: str, codec: str
) -> None:
    """Few of its bytes are NUL (only its spaces', newlines' and digits'): it was skipped as binary."""
    (corpus / "notes.txt").write_bytes(UTF16_TEXTS[script].encode(codec))
    report = ingest([corpus], Runtime(settings, embedder=fake_embedder))
    assert "notes.txt" not in _skipped(report)
    assert any("notes.txt" in w and f"read as {codec.upper()}" in w for w in report.warnings)
    text = " ".join(c.text for c in store_of(settings).load().chunks if Path(c.source).name == "notes.txt")
    assert all(normalise(line) in text for line in UTF16_TEXTS[script].split("\n"))  # NFKC: "，" is ","


def test_damaged_utf8_keeps_its_utf8_and_replaces_the_broken_bytes(corpus: Path, settings: Settings, fake_embedder: FakeEmbedder) -> None:
    (corpus / "damaged.txt").write_bytes("Caf\u00e9 cr\u00e8me: the zephyrhills reservoir".encode("utf-8") + b" \xff opened in 1911.\n")
    report = ingest([corpus], Runtime(settings, embedder=fake_embedder))
    assert any("damaged.txt" in w and "replaced" in w for w in report.warnings)
    hits = Retriever(store_of(settings).load(), fake_embedder).search("zephyrhills reservoir", 1)
    assert "Café crème" in hits[0].chunk.text and "\ufffd" in hits[0].chunk.text


def test_50_mb_file_is_skipped_quickly(corpus: Path, settings: Settings, fake_embedder: FakeEmbedder) -> None:
    big = corpus / "dump.txt"
    line = b"The quick brown fox jumps over the lazy dog near the river bank today.\n"
    with open(big, "wb") as fh:
        for _ in range(50 * 1024 * 1024 // (len(line) * 1024) + 1):
            fh.write(line * 1024)
    assert big.stat().st_size >= 50 * 1024 * 1024
    t0 = time.perf_counter()
    report = ingest([corpus], Runtime(settings, embedder=fake_embedder))
    assert time.perf_counter() - t0 < 10
    reason = _skipped(report)["dump.txt"]
    assert "too large" in reason and "16 MiB" in reason and "RAG_MAX_FILE_MB" in reason
    assert _sources(settings) == SEED_NAMES


def test_max_file_size_is_configurable(corpus: Path, settings: Settings, fake_embedder: FakeEmbedder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAG_MAX_FILE_MB", "0.01")  # 10 KiB: two of the seeds are larger
    report = ingest([corpus], Runtime(settings, embedder=fake_embedder))
    big = {p.name for p in corpus.glob("*.txt") if p.stat().st_size > 0.01 * 1024 * 1024}
    assert big and {n for n, r in _skipped(report).items() if "too large" in r} == big
    assert _sources(settings) == SEED_NAMES - big
    monkeypatch.setenv("RAG_MAX_FILE_MB", "lots")
    with pytest.raises(Exception, match="RAG_MAX_FILE_MB"):
        ingest([corpus], Runtime(settings, embedder=fake_embedder))


def test_file_deleted_during_ingest(corpus: Path, settings: Settings, fake_embedder: FakeEmbedder, monkeypatch: pytest.MonkeyPatch) -> None:
    import rag.ingestion.ingest as ingest_module

    victim = sorted(corpus.glob("*.txt"))[1]
    real_load = ingest_module.load

    def load(path: Path):  # type: ignore[no-untyped-def]
        if path.name == victim.name:
            path.unlink()  # gone between the listing and the read
        return real_load(path)

    monkeypatch.setattr(ingest_module, "load", load)
    report = ingest([corpus], Runtime(settings, embedder=fake_embedder))
    assert "deleted during ingest" in _skipped(report)[victim.name]
    assert report.files == 4 and _sources(settings) == SEED_NAMES - {victim.name}


def test_file_changed_before_it_is_read(corpus: Path, settings: Settings, fake_embedder: FakeEmbedder, monkeypatch: pytest.MonkeyPatch) -> None:
    """Changed between the listing and the read: the version read is indexed, and recorded as such."""
    import rag.ingestion.ingest as ingest_module
    from rag.documents.reading import file_sha256

    victim = sorted(corpus.glob("*.txt"))[0]
    real_load = ingest_module.load

    def load(path: Path):  # type: ignore[no-untyped-def]
        if path.name == victim.name:
            with open(path, "a", encoding="utf-8") as fh:
                fh.write("\nA late line about the quetzalcoatlus exhibit.\n")
        return real_load(path)

    monkeypatch.setattr(ingest_module, "load", load)
    report = ingest([corpus], Runtime(settings, embedder=fake_embedder))
    monkeypatch.undo()
    assert report.files == 5 and not report.skipped
    index = store_of(settings).load()
    info = index.manifest.files[str(victim.resolve())]
    assert info["sha256"] == file_sha256(victim) and info["size"] == victim.stat().st_size
    assert any("quetzalcoatlus" in c.text for c in index.chunks)
    assert ingest([corpus], Runtime(settings, embedder=fake_embedder)).up_to_date


def test_file_changing_while_read_is_skipped(corpus: Path, settings: Settings, fake_embedder: FakeEmbedder, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file someone is still writing (it grows during every read) is skipped, not half-indexed."""
    victim = sorted(corpus.glob("*.txt"))[2]
    real_open = Path.open

    class Growing:
        def __init__(self, fh) -> None:  # type: ignore[no-untyped-def]
            self.fh = fh

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

        def fileno(self) -> int:
            return self.fh.fileno()

        def read(self, *args):  # type: ignore[no-untyped-def]
            data = self.fh.read(*args)
            with open(victim, "ab") as out:
                out.write(b"more text arriving. ")
            return data

    def open_(self: Path, mode: str = "r", *args, **kwargs):  # type: ignore[no-untyped-def]
        fh = real_open(self, mode, *args, **kwargs)
        return Growing(fh) if self.name == victim.name and "b" in mode else fh

    monkeypatch.setattr(Path, "open", open_)
    report = ingest([corpus], Runtime(settings, embedder=fake_embedder))
    assert "changed while being read" in _skipped(report)[victim.name]
    assert _sources(settings) == SEED_NAMES - {victim.name}


def test_unreadable_file_is_skipped(corpus: Path, settings: Settings, fake_embedder: FakeEmbedder, monkeypatch: pytest.MonkeyPatch) -> None:
    victim = sorted(corpus.glob("*.txt"))[3]
    if os.geteuid() != 0:  # as root chmod 000 is still readable: the monkeypatch below stands in for it
        victim.chmod(0)
    real_open = Path.open

    def open_(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.name == victim.name:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_)
    report = ingest([corpus], Runtime(settings, embedder=fake_embedder))
    assert "Permission denied" in _skipped(report)[victim.name]
    assert _sources(settings) == SEED_NAMES - {victim.name}
    victim.chmod(0o644)


def test_a_folder_rag_cannot_enter_is_skipped(corpus: Path, settings: Settings, fake_embedder: FakeEmbedder, monkeypatch: pytest.MonkeyPatch) -> None:
    """A subfolder with read but no search permission: its is_symlink() raises PermissionError, which
    stopped the whole ingest (exit 70, then 74 naming RAG_HOME)."""
    locked = corpus / "locked"
    (locked / "inner").mkdir(parents=True)
    (locked / "inner" / "note.txt").write_text("A note nobody can reach.\n", encoding="utf-8")
    real = Path.is_symlink

    def is_symlink(self: Path) -> bool:
        if self.name == "inner":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "is_symlink", is_symlink)
    report = ingest([corpus], Runtime(settings, embedder=fake_embedder))
    assert "cannot read folder" in _skipped(report)["inner"] and "Permission denied" in _skipped(report)["inner"]
    assert _sources(settings) == SEED_NAMES


def test_symlink_loops_are_skipped(corpus: Path, settings: Settings, fake_embedder: FakeEmbedder) -> None:
    sub = corpus / "sub"
    sub.mkdir()
    (sub / "note.md").write_text("A note in a sub-folder about the albatross colony.\n")
    (sub / "up").symlink_to("..", target_is_directory=True)  # sub/up -> corpus: a loop
    (corpus / "a.txt").symlink_to("b.txt")
    (corpus / "b.txt").symlink_to("a.txt")  # a.txt -> b.txt -> a.txt
    (corpus / "gone.txt").symlink_to("nowhere.txt")
    t0 = time.perf_counter()
    report = ingest([corpus], Runtime(settings, embedder=fake_embedder))
    assert time.perf_counter() - t0 < 10
    skipped = _skipped(report)
    assert "symlink loop" in skipped["up"]
    assert "symlink loop" in skipped["a.txt"] and "symlink loop" in skipped["b.txt"]
    assert "dangling" in skipped["gone.txt"]
    assert _sources(settings) == SEED_NAMES | {"note.md"}
    # a looping symlink named on the command line is skipped too, not fatal
    report = ingest([corpus, corpus / "a.txt"], Runtime(settings, embedder=fake_embedder))
    assert "symlink loop" in _skipped(report)["a.txt"]


def test_fifo_is_skipped_not_read(corpus: Path, settings: Settings, fake_embedder: FakeEmbedder) -> None:
    os.mkfifo(corpus / "pipe.txt")  # reading it would wait for a writer forever
    report = ingest([corpus], Runtime(settings, embedder=fake_embedder))
    assert "not a regular file" in _skipped(report)["pipe.txt"]
    assert _sources(settings) == SEED_NAMES


def test_odd_files_via_the_cli(runner: CliRunner, corpus: Path, fake_models: FakeEmbedder, settings: Settings) -> None:
    """All of them at once: exit 0, one warning line naming each skipped file, search works."""
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blob.md").write_bytes(random.Random(2).randbytes(3000))
    (corpus / "bad\x1b[31mname.txt").write_bytes(b"caf\xe9 \xc3\x28 not UTF-8 but text about walruses.\n")
    (corpus / "loop.txt").symlink_to("loop.txt")
    (corpus / "up").symlink_to(".", target_is_directory=True)
    result = runner.invoke(app, ["ingest", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and not UNSAFE.search(result.stderr)
    lines = result.stderr.splitlines()
    for name, why in [("empty.txt", "empty"), ("blob.md", "binary"), ("loop.txt", "symlink loop"), ("up", "symlink loop")]:
        assert any(line.startswith("skipped ") and name in line and why in line for line in lines), (name, result.stderr)
    assert any(line.startswith("warning: ") and "badname.txt" in line and "UTF-8" in line for line in lines), result.stderr
    assert "Indexed 6 files" in result.stderr
    found = runner.invoke(app, ["search", "walruses"])
    assert found.exit_code == 0 and "badname.txt" in found.stdout and not UNSAFE.search(found.stdout)


def test_file_name_that_is_not_utf8(runner: CliRunner, corpus: Path, fake_models: FakeEmbedder, settings: Settings) -> None:
    """Linux file names are bytes: one that is not valid UTF-8 is indexed, searched and shown (as �)."""
    odd = os.path.join(os.fsencode(corpus), b"caf\xe9 notes.txt")
    with open(odd, "wb") as fh:
        fh.write(b"A note about the walruses of the northern bay.\n")
    result = runner.invoke(app, ["ingest", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "Indexed 6 files" in result.stderr
    text = runner.invoke(app, ["search", "walruses northern bay", "-k", "1"])
    assert text.exit_code == 0 and "caf\ufffd" in text.stdout and "walruses" in text.stdout
    as_json = runner.invoke(app, ["search", "walruses northern bay", "-k", "1", "--json"])
    assert as_json.exit_code == 0
    hit = json.loads(as_json.stdout)["hits"][0]
    # valid Unicode, as in the text output: the byte that is not UTF-8 is U+FFFD (it was a lone surrogate
    # escape: the real name to a Python script, to other readers a string that is no Unicode, or an error)
    assert hit["file"].endswith("caf\ufffd notes.txt")
    assert runner.invoke(app, ["ingest", str(corpus)]).stderr.startswith("Index up to date")


def test_no_usable_file_exit_6(runner: CliRunner, tmp_path: Path, fake_models: FakeEmbedder, settings: Settings) -> None:
    folder = tmp_path / "junk"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.txt").write_bytes(random.Random(3).randbytes(2048))
    (folder / "loop.md").symlink_to("loop.md")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    result = runner.invoke(app, ["ingest", str(folder)])
    assert result.exit_code == 6, result.output
    err = one_line_error(result)
    assert err.startswith("rag: error: No documents to index") and "4 skipped" in err and "binary" in err
    assert not store_of(settings).exists()
    with pytest.raises(DocumentError):
        ingest([folder], Runtime(settings, embedder=fake_models))


# =========================================================================== questions


@pytest.mark.parametrize("question", ["", "   ", "\t\n", "\x1b[31m\x1b[0m", "\x07\x00\x1b]0;title\x07"])
@pytest.mark.parametrize("command", ["search", "ask"])
def test_empty_question_exit_2(runner: CliRunner, fake_index: Settings, fake_models: FakeEmbedder, question: str, command: str) -> None:
    result = runner.invoke(app, [command, question])
    assert result.exit_code == 2, result.output
    assert "empty" in one_line_error(result)
    assert result.stdout == ""


def test_100_kb_question_is_refused_quickly_in_one_line(runner: CliRunner, fake_index: Settings, fake_models: FakeEmbedder) -> None:
    """Over the documented limit (2,000 characters) a question is refused, not cut unseen (issue 16)."""
    question = ("Who is the US envoy Hochstein? " + "ceasefire " * 40) * 300
    assert len(question) > 100_000
    t0 = time.perf_counter()
    result = runner.invoke(app, ["search", question, "--json"])
    assert time.perf_counter() - t0 < 5
    assert result.exit_code == 2
    assert_stdout_of_error(result, True, 2)
    assert "limit is 2,000" in one_line_error(result)
    # at the limit it is answered
    result = runner.invoke(app, ["search", question[:2000], "--json"])
    assert result.exit_code == 0, result.output
    assert any("Hochstein" in h["text"] for h in json.loads(result.stdout)["hits"])


@pytest.fixture
def planted_index(corpus: Path, settings: Settings, fake_models: FakeEmbedder) -> Settings:
    (corpus / "planted.txt").write_text(
        "The lighthouse keeper painted the lantern \x1b[31mRED\x1b[0m every spring.\x07\n"
        "He rang the bell\x07 twice \x1b]0;pwned-title\x07 at dusk\x9b2J and \x1b[2Jagain.\n",
        encoding="utf-8",
    )
    ingest([corpus], Runtime(settings, embedder=fake_models))
    return settings


QUESTIONS_WITH_ESCAPES = [
    "\x1b[2J\x1b[31mWhat colour did the lighthouse keeper paint the lantern?\x1b[0m",
    "lighthouse \x07\x07 lantern\x00 keeper\x9b31m",
    "\x1b]0;evil\x07lighthouse lantern\r\nkeeper\x08\x08",
    "lighthouse\udce9 lantern keeper",  # an undecodable byte of a command line (surrogateescape)
]


@pytest.mark.parametrize("question", QUESTIONS_WITH_ESCAPES)
def test_escape_sequences_never_reach_the_terminal(runner: CliRunner, planted_index: Settings, question: str) -> None:
    result = runner.invoke(app, ["search", question, "--k", "3"])
    assert result.exit_code == 0, result.output
    assert "lighthouse keeper painted the lantern RED every spring" in result.stdout
    assert not UNSAFE.search(result.stdout), repr(result.stdout)
    assert "\x1b" not in result.stdout

    as_json = runner.invoke(app, ["search", question, "--k", "3", "--json"])
    assert as_json.exit_code == 0, as_json.output
    assert not UNSAFE.search(as_json.stdout), repr(as_json.stdout)  # JSON escapes them
    data = json.loads(as_json.stdout)
    assert data["question"] == question.replace("\udce9", "\ufffd")  # valid Unicode: see test_json_output_is_valid_unicode
    planted = [h for h in data["hits"] if h["file"].endswith("planted.txt")]
    assert planted and all(not UNSAFE.search(h["text"]) for h in planted)


def test_json_output_is_valid_unicode(runner: CliRunner, corpus: Path, fake_models: FakeEmbedder) -> None:
    """A byte of a file name (or of a command line) that is not UTF-8 was a lone surrogate escape (\\udcff)
    in --json output: a reader got a string it cannot encode, or a strict one rejected the JSON. It is
    U+FFFD, as in the text output."""
    (corpus / os.fsdecode(b"walrus-\xff.txt")).write_text("Walruses gather on the northern pier every spring.\n", encoding="utf-8")
    (corpus / os.fsdecode(b"blob-\xfe.bin")).write_bytes(b"\x00\x01binary")
    assert runner.invoke(app, ["ingest", str(corpus)]).exit_code == 0
    outputs = [
        runner.invoke(app, ["sources", "--json"]),
        runner.invoke(app, ["search", os.fsdecode(b"walruses \xfd pier"), "-k", "1", "--json"]),
        runner.invoke(app, ["ingest", str(corpus / os.fsdecode(b"gone-\xfc")), "--json"]),  # an error naming a path
    ]
    for result in outputs:
        assert "\\ud" not in result.stdout, result.stdout
        json.dumps(json.loads(result.stdout), ensure_ascii=False).encode("utf-8")  # no lone surrogate anywhere
    sources = json.loads(outputs[0].stdout)
    assert str(corpus / "walrus-\ufffd.txt") in [f["path"] for f in sources["files"]]
    assert str(corpus / "blob-\ufffd.bin") in sources["skipped"]
    hit = json.loads(outputs[1].stdout)
    assert hit["question"] == "walruses \ufffd pier" and hit["hits"][0]["file"] == str(corpus / "walrus-\ufffd.txt")
    assert "gone-\ufffd" in json.loads(outputs[2].stdout)["error"]
    assert "walrus-\ufffd.txt" in runner.invoke(app, ["sources"]).stdout  # the text output, as it was


def test_error_messages_are_one_clean_line(runner: CliRunner, fake_models: FakeEmbedder, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "no\nsuch\x1b[31m folder")])
    assert result.exit_code == 6
    err = one_line_error(result)
    assert not UNSAFE.search(err)


# =========================================================================== processes

WORKER = r"""
import os, sys, time
from pathlib import Path
from rag.testing import FakeEmbedder

class Slow(FakeEmbedder):
    def embed(self, texts, batch_size=32, on_batch=None):
        marker = os.environ.get("RAG_TEST_MARKER")
        if marker:
            Path(marker).write_text("embedding")
        delay = float(os.environ.get("RAG_TEST_EMBED_DELAY", "0"))
        for _ in range(0, len(texts), 8):
            time.sleep(delay)
        return super().embed(texts, batch_size, on_batch)

if sys.argv[1] == "lib":
    from rag.config import Settings
    from rag.ingestion.ingest import ingest
    from rag.runtime import Runtime
    print(ingest(sys.argv[2:], Runtime(Settings.load(), embedder=Slow())).chunks)
else:  # the CLI, with the slow fake embedder registered as a plugin would register its own
    from rag.backends.registry import register_embedder
    embedder = Slow()
    register_embedder(embedder.name, lambda settings: embedder)
    os.environ["RAG_EMBEDDER"] = embedder.name
    from rag.cli.main import app
    app(sys.argv[2:], prog_name="rag")
"""


def spawn(home: Path, *args: str, delay: float = 0.0, marker: Path | None = None, lock_timeout: float = 30) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAG_")}
    env.update(
        RAG_HOME=str(home),
        RAG_LOCK_TIMEOUT=str(lock_timeout),
        RAG_TEST_EMBED_DELAY=str(delay),
        PYTHONPATH=str(ROOT),
        PYTHONUNBUFFERED="1",
    )
    if marker is not None:
        env["RAG_TEST_MARKER"] = str(marker)
    return subprocess.Popen(
        [sys.executable, "-c", WORKER, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


@pytest.fixture
def two_corpora(tmp_path: Path) -> tuple[Path, Path]:
    """Two different document sets, so that an ingest switching between them re-embeds everything."""
    a = tmp_path / "corpus_a"
    shutil.copytree(SEEDS, a)
    b = tmp_path / "corpus_b"
    shutil.copytree(SEEDS, b)
    first = sorted(b.glob("*.txt"))
    first[0].unlink()
    first[1].write_text(first[1].read_text(encoding="utf-8") + "\nAn added paragraph about walruses.\n", encoding="utf-8")
    (b / "extra.md").write_text("# Extra\n\nA note about the ceasefire negotiations and the envoy.\n", encoding="utf-8")
    return a, b


def test_second_ingest_waits_for_the_lock_then_fails_clearly(
    runner: CliRunner, rag_home: Path, settings: Settings, two_corpora: tuple[Path, Path], fake_models: FakeEmbedder,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    a, b = two_corpora
    marker = tmp_path / "embedding"
    first = spawn(rag_home, "lib", str(a), delay=0.15, marker=marker)  # ~2 s of embedding, lock held
    try:
        wait_for(marker, first)
        monkeypatch.setenv("RAG_LOCK_TIMEOUT", "0.3")
        t0 = time.perf_counter()
        result = runner.invoke(app, ["ingest", str(b)])
        assert 0.25 < time.perf_counter() - t0 < 5
        assert result.exit_code == 7, result.output
        err = one_line_error(result)
        assert "Another rag ingest is running" in err and "0.3 s" in err

        # a patient second ingest waits for the first and then runs
        monkeypatch.setenv("RAG_LOCK_TIMEOUT", "60")
        result = runner.invoke(app, ["ingest", str(b)])
        assert result.exit_code == 0, result.output
    finally:
        out, err_text = first.communicate(timeout=60)
    assert first.returncode == 0, err_text
    # neither corrupted the index: it is the second one's, whole (had the second not waited for the
    # first, the first would have written last)
    files, _ = index_state(settings)
    assert {Path(f).parent.name for f in files} == {"corpus_b"}
    assert search_works(settings) and leftovers(settings) == [] and len(generations(settings)) == 1


def test_kill_9_at_random_moments_never_breaks_the_index(rag_home: Path, tmp_path: Path, two_corpora: tuple[Path, Path]) -> None:
    """SIGKILL an ingest at random moments (seeded), 24 times: the index always loads and is either
    the one before or the one after that ingest, never a mix and never unreadable."""
    a, b = two_corpora
    rng = random.Random(20240917)
    # two homes killed in parallel (one per core), each switching between the two corpora
    homes = []
    for i in range(2):
        home = tmp_path / f"home{i}"
        (home / "models").mkdir(parents=True)
        settings = Settings.load(home=home)
        ingest([a], Runtime(settings, embedder=FakeEmbedder()))
        state_a = index_state(settings)
        ingest([b], Runtime(settings, embedder=FakeEmbedder()))
        state_b = index_state(settings)
        homes.append((home, settings))
    states = {"a": state_a, "b": state_b}
    assert state_a != state_b
    outcomes = {"old": 0, "new": 0}
    leftover_seen = killed = 0
    t_start = time.perf_counter()
    for _ in range(12):
        runs = []
        for home, settings in homes:
            before = "a" if index_state(settings) == states["a"] else "b"
            target = "b" if before == "a" else "a"
            proc = spawn(home, "lib", str(a if target == "a" else b), delay=rng.choice([0.0, 0.01, 0.03]))
            runs.append((proc, settings, before, target, rng.uniform(0.1, 2.0)))
        t0 = time.monotonic()
        for proc, *_rest, kill_at in sorted(runs, key=lambda r: r[-1]):
            time.sleep(max(0.0, kill_at - (time.monotonic() - t0)))
            proc.send_signal(signal.SIGKILL)
        for proc, settings, before, target, _ in runs:
            proc.communicate(timeout=30)
            assert proc.returncode in (0, -signal.SIGKILL)
            state = index_state(settings)  # loads, checksums and all
            assert state in (states[before], states[target]), "a mix of two indexes"
            if proc.returncode == 0:
                assert state == states[target]
            outcomes["old" if state == states[before] else "new"] += 1
            killed += proc.returncode != 0
            leftover_seen += bool(leftovers(settings)) or len(generations(settings)) > 1
            assert search_works(settings)
            assert not store_of(settings).load().lexical.search("ceasefire envoy", 3) == []
    elapsed = time.perf_counter() - t_start
    print(f"kill -9: {outcomes}, {killed} killed, leftovers seen after {leftover_seen}, {elapsed:.1f} s")
    assert sum(outcomes.values()) == 24
    assert outcomes["old"] > 0 and killed > 0, outcomes  # some kills did land before the switch
    # the next ingest clears whatever the kills left behind
    for _, settings in homes:
        ingest([a], Runtime(settings, embedder=FakeEmbedder()))
        assert leftovers(settings) == [] and len(generations(settings)) == 1
    assert elapsed < 120, elapsed


def test_ctrl_c_during_ingest(rag_home: Path, settings: Settings, two_corpora: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = two_corpora
    ingest([a], Runtime(settings, embedder=FakeEmbedder()))
    before = index_state(settings)
    gens = generations(settings)
    marker = tmp_path / "embedding"
    proc = spawn(rag_home, "cli", "ingest", str(b), delay=0.3, marker=marker)
    wait_for(marker, proc)
    time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1] == "rag: interrupted."
    assert out == ""
    assert index_state(settings) == before and generations(settings) == gens
    assert leftovers(settings) == []  # no gen-*.tmp, no CURRENT.tmp
    assert search_works(settings)


@pytest.mark.parametrize("where", ["faiss", "pointer"])
def test_ctrl_c_while_writing_leaves_nothing_behind(
    fake_index: Settings, corpus: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """Ctrl-C while the new generation is written: before the files are complete, or after the
    generation is complete but before CURRENT names it."""
    import faiss

    from rag.index import store as store_module

    before = index_state(fake_index)
    gens = generations(fake_index)
    (corpus / "new.txt").write_text("A new document about narwhals.\n")
    if where == "faiss":
        def interrupt(*args: object) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(faiss, "write_index", interrupt)
    else:
        real_replace = os.replace

        def replace(src, dst):  # type: ignore[no-untyped-def]
            if str(dst).endswith("CURRENT"):
                raise KeyboardInterrupt
            return real_replace(src, dst)

        monkeypatch.setattr(store_module.os, "replace", replace)
    with pytest.raises(KeyboardInterrupt):
        ingest([corpus], Runtime(fake_index, embedder=FakeEmbedder()))
    monkeypatch.undo()
    assert index_state(fake_index) == before
    assert generations(fake_index) == gens and leftovers(fake_index) == []


def test_ctrl_c_during_search(rag_home: Path, settings: Settings, tmp_path: Path) -> None:
    ingest([SEEDS], Runtime(settings, embedder=FakeEmbedder()))
    marker = tmp_path / "embedding"
    proc = spawn(rag_home, "cli", "search", "Who negotiated the ceasefire?", delay=30, marker=marker)
    wait_for(marker, proc)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert err.strip() == "rag: interrupted." and out == ""


def test_index_errors_are_rag_errors(settings: Settings) -> None:
    with pytest.raises(NoIndexError):
        store_of(settings).load()
    settings.index_dir.mkdir(parents=True)
    (settings.index_dir / "CURRENT").write_text("gen-x\n")
    with pytest.raises(IndexCorruptError):
        store_of(settings).load()


def test_readme_exit_code_table_is_true() -> None:
    """Every exit code rag uses is in README.md's table, and the table names no code rag does not use."""
    import rag.cli.main as cli
    from rag import errors
    from rag.cli import common as cli_common
    from rag.process import launcher

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    documented = {int(m) for m in re.findall(r"^\| (\d+) \|", table, re.M)}
    used = {cls.exit_code for cls in vars(errors).values() if isinstance(cls, type) and issubclass(cls, errors.RagError)}
    used |= {0, cli.EXIT_INTERRUPTED, cli.EXIT_INTERNAL, cli_common.EXIT_IO, launcher.EXIT_CRASH, *launcher.SIGNAL_EXITS}
    assert used == documented, (used, documented)


# =========================================================================== settings and paths a shell can get wrong


@pytest.mark.parametrize(
    ("env", "value", "named"),
    [
        ("RAG_TEMPERATURE", "nan", "RAG_TEMPERATURE"),  # llama.cpp's sampler never returns on NaN
        ("RAG_TEMPERATURE", "inf", "RAG_TEMPERATURE"),
        ("RAG_TEMPERATURE", "-1", "RAG_TEMPERATURE"),
        ("RAG_MAX_ANSWER_TOKENS", "0", "RAG_MAX_ANSWER_TOKENS"),  # 0 is "no limit" to llama.cpp
        ("RAG_MAX_ANSWER_TOKENS", "100000", "RAG_MAX_ANSWER_TOKENS"),
        ("RAG_CTX", "2000000", "RAG_CTX"),
    ],
)
def test_a_setting_out_of_range_is_a_usage_error(
    runner: CliRunner, fake_index: Settings, fake_models: FakeEmbedder, monkeypatch: pytest.MonkeyPatch, env: str, value: str, named: str
) -> None:
    monkeypatch.setenv(env, value)
    result = runner.invoke(app, ["ask", "Who negotiated the ceasefire?"])
    assert result.exit_code == 2, result.output
    assert named in one_line_error(result)


def test_a_home_that_is_a_file_is_a_usage_error(runner: CliRunner, fake_models: FakeEmbedder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "not-a-folder"
    home.write_text("x", encoding="utf-8")
    monkeypatch.setenv("RAG_HOME", str(home))
    for command in (["ingest", str(SEEDS)], ["search", "ceasefire"]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2, result.output
        assert "not a folder" in one_line_error(result)
    assert home.read_text(encoding="utf-8") == "x"


def test_an_empty_path_never_indexes_the_current_folder(
    runner: CliRunner, corpus: Path, settings: Settings, fake_embedder: FakeEmbedder, fake_models: FakeEmbedder
) -> None:
    ingest([corpus], Runtime(settings, embedder=fake_embedder))
    before = index_state(settings)
    result = runner.invoke(app, ["ingest", ""])  # rag ingest "$DOCS" with DOCS unset
    assert result.exit_code == 2, result.output
    assert "empty path" in one_line_error(result)
    assert index_state(settings) == before


def test_a_previous_root_that_is_gone_is_dropped_not_fatal(corpus: Path, settings: Settings, fake_embedder: FakeEmbedder) -> None:
    extra = corpus.parent / "extra.txt"
    extra.write_text("A note about the albatross colony on the island.\n", encoding="utf-8")
    ingest([corpus, extra], Runtime(settings, embedder=fake_embedder))
    extra.unlink()
    said: list[str] = []
    report = ingest(None, Runtime(settings, embedder=fake_embedder), log=said.append)  # `rag ingest` with no paths
    assert report.removed == [str(extra.resolve())]
    assert any("is missing" in line for line in said)
    assert _sources(settings) == SEED_NAMES
    # back again (a drive mounted again): a plain `rag ingest` finds it
    extra.write_text("A note about the albatross colony on the island.\n", encoding="utf-8")
    report = ingest(None, Runtime(settings, embedder=fake_embedder))
    assert report.new == [str(extra.resolve())] and "extra.txt" in _sources(settings)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--min", "foo"], "METRIC=NUMBER"),
        (["--min", "recall@5=abc"], "METRIC=NUMBER"),
        (["--retrieval-only", "--min", "accuracy=0.5"], "retrieval-only"),
        (["--baseline", "no-such-results.json"], "Cannot read evaluation results"),
        (["--limit", "-3"], "--limit"),
    ],
)
def test_a_bad_eval_option_is_exit_2_before_the_run(
    runner: CliRunner, fake_index: Settings, fake_models: FakeEmbedder, args: list[str], said: str
) -> None:
    result = runner.invoke(app, ["eval", "--gold", str(ROOT / "eval" / "gold.jsonl"), *args])
    assert result.exit_code == 2, result.output
    assert said in one_line_error(result)
    assert not (fake_index.eval_results_dir).exists()  # nothing ran



def test_a_folder_given_twice_is_scanned_once_and_a_dropped_root_is_said(corpus: Path, settings: Settings, fake_embedder: FakeEmbedder) -> None:
    other = corpus.parent / "other"
    other.mkdir()
    (other / "note.txt").write_text("A note about the albatross colony on the island.\n", encoding="utf-8")
    (corpus / "image.png").write_bytes(b"\x89PNG")
    ingest([corpus, other], Runtime(settings, embedder=fake_embedder))
    said: list[str] = []
    report = ingest([corpus, f"{corpus}/", corpus / ".." / corpus.name], Runtime(settings, embedder=fake_embedder), log=said.append)
    assert [s.path for s in report.skipped].count(str(corpus / "image.png")) == 1
    assert report.removed == [str((other / "note.txt").resolve())]
    assert any(str(other) in line and "dropped" in line for line in said)
    assert store_of(settings).load().manifest.roots == [str(corpus.resolve())]


def test_an_unknown_embedder_lists_embedders_not_llms(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAG_EMBEDDER", "nosuch")
    result = runner.invoke(app, ["ingest", str(SEEDS)])
    err = one_line_error(result)
    assert "Unknown embedder" in err and "all-MiniLM-L6-v2" in err and ".gguf" not in err and "qwen" not in err


@pytest.mark.parametrize("weights", [b"", b"\x00" * 100], ids=["empty", "zeros"])
def test_an_embedder_folder_with_damaged_weights_is_exit_5(runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, weights: bytes) -> None:
    """A sentence-transformers folder whose weights are cut short: a model error naming the folder
    (it was "internal error: SafetensorError")."""
    from conftest import real_models_available

    if not real_models_available():
        pytest.skip("the MiniLM package is not installed")
    from rag.models import catalog as models

    source = models.resolve_name("all-MiniLM-L6-v2").target(Settings.load())
    folder = tmp_path / "minilm"
    shutil.copytree(source, folder, ignore=shutil.ignore_patterns("model.safetensors", "*.onnx"))
    (folder / "model.safetensors").write_bytes(weights)
    monkeypatch.setenv("RAG_EMBEDDER", str(folder))
    result = runner.invoke(app, ["ingest", str(SEEDS)])
    assert result.exit_code == 5, result.output
    line = result.stderr.strip().splitlines()[-1]
    assert "Traceback" not in result.stderr and line.startswith("rag: error: The embedder") and str(folder) in line and "cannot be loaded" in line


def test_a_setting_of_the_wrong_type_says_what_it_expects(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAG_K", "abc")
    result = runner.invoke(app, ["search", "ceasefire"])
    assert result.exit_code == 2
    assert "expected a whole number for k" in one_line_error(result)


def test_a_missing_path_fails_without_announcing_a_drop(runner: CliRunner, corpus: Path, fake_models: FakeEmbedder, settings: Settings) -> None:
    assert runner.invoke(app, ["ingest", str(corpus)]).exit_code == 0
    before = index_state(settings)
    result = runner.invoke(app, ["ingest", str(corpus.parent / "no-such-folder")])
    assert result.exit_code == 6
    assert "No such file" in one_line_error(result)  # one line: no "dropped" warning before it
    assert index_state(settings) == before
    (corpus.parent / "empty.txt").write_text("", encoding="utf-8")  # a path that exists and holds no document
    result = runner.invoke(app, ["ingest", str(corpus.parent / "empty.txt")])
    assert result.exit_code == 6 and "dropped" not in result.stderr, result.stderr
    assert index_state(settings) == before


def test_a_failed_ingest_does_not_say_it_dropped_the_folders_it_kept(
    runner: CliRunner, corpus: Path, fake_models: FakeEmbedder, settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`rag ingest NEWPATH` said the previous folders' documents "are dropped" before the new index was
    written: an ingest that then failed had told the user so while it kept them."""
    import errno

    from rag.backends.faiss_index import FaissIndex

    other = tmp_path / "other"
    other.mkdir()
    (other / "note.txt").write_text("A note about the ferry timetable.\n", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(corpus), str(other)]).exit_code == 0
    before = index_state(settings)

    def refused(self: object, path: Path) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as m:
        m.setattr(FaissIndex, "save", refused)
        result = runner.invoke(app, ["ingest", str(corpus)])
    assert result.exit_code == 74, result.output
    assert "dropped" not in result.stderr and index_state(settings) == before
    result = runner.invoke(app, ["ingest", str(corpus)])
    assert result.exit_code == 0, result.output
    assert f"{other}, indexed before, is not among the paths given: its documents are dropped" in result.stderr
