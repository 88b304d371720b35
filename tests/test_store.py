"""The index on disk: atomic generations, damage detection, missing index."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from conftest import RecordingEmbedder

from rag.config import Settings
from rag.errors import IndexCorruptError, NoIndexError
from rag.index.manifest import Manifest
from rag.index.retrieval import search
from rag.index.store import CHUNKS_FILE, DENSE_FILE, MANIFEST_FILE, IndexStore
from rag.ingestion.ingest import ingest
from rag.records import Chunk
from rag.runtime import Runtime
from rag.testing import FakeEmbedder

# durability (fsync) cannot be observed here; skipping it keeps these tests fast
pytestmark = pytest.mark.usefixtures("no_fsync")


@pytest.fixture(scope="module")
def template_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds indexed once per module; tests that only read or damage an index get a copy."""
    from conftest import SEEDS

    home = tmp_path_factory.mktemp("template-home")
    ingest([SEEDS], Runtime(Settings.load(home=home), embedder=FakeEmbedder()))
    return home / ".rag"


@pytest.fixture
def index_copy(template_index: Path, settings: Settings) -> Settings:
    """A private copy of the template index under this test's RAG_HOME (cheaper than an ingest)."""
    shutil.copytree(template_index, settings.home / ".rag")
    assert store_of(settings).load().chunks
    return settings


def store_of(settings: Settings) -> IndexStore:
    return IndexStore(settings.index_dir)


def snapshot(settings: Settings) -> tuple[Path, list[dict], np.ndarray]:
    index = store_of(settings).load()
    return index.folder, [c.to_dict() for c in index.chunks], index.vectors()


def assert_unchanged(settings: Settings, before: tuple[Path, list[dict], np.ndarray]) -> None:
    """The live index is still the generation of ``before``, with the same chunks and vectors."""
    after = snapshot(settings)
    assert after[0] == before[0] and after[1] == before[1]
    np.testing.assert_array_equal(after[2], before[2])


def leftovers(settings: Settings) -> list[str]:
    root = settings.index_dir
    return sorted(p.name for p in root.iterdir() if p.name.endswith(".tmp"))


def generations(settings: Settings) -> list[str]:
    return sorted(p.name for p in settings.index_dir.iterdir() if p.name.startswith("gen-"))


def touch_content(corpus: Path) -> None:
    """Change one file so that the next ingest writes a new generation."""
    target = sorted(corpus.glob("*.txt"))[0]
    with open(target, "a", encoding="utf-8") as fh:
        fh.write("\nAn added sentence about the Latakia airbase.\n")


# --------------------------------------------------------------------------- round trip


def test_write_then_load_round_trips(tmp_path: Path) -> None:
    store = IndexStore(tmp_path / "index")
    chunks = [
        Chunk(f"c{i}", "/x/a.txt", i + 1, i + 1, i * 10, i * 10 + 9, text, section=sec, author=who)
        for i, (text, sec, who) in enumerate(
            [("Iran left Syria.", "body", None), ("Hochstein spoke in Doha.", "body", None), ("Nice post — ünïcode.", "comment", "Rob1")]
        )
    ]
    vectors = FakeEmbedder().embed([c.embed_text for c in chunks])
    manifest = Manifest(embedder={"name": "fake-hash-64", "dim": 64}, chunker={"strategy": "x"}, files={})
    folder = store.root / store.write(manifest, chunks, vectors)
    assert folder.name.startswith("gen-") and (store.root / "CURRENT").read_text().strip() == folder.name
    loaded = store.load()
    assert loaded.chunks == chunks
    np.testing.assert_allclose(loaded.vectors(), vectors, atol=1e-7)
    assert set(loaded.manifest.artifacts) >= {CHUNKS_FILE, DENSE_FILE}
    assert loaded.lexical.search("Hochstein", 3)[0][0] == 1
    assert leftovers_in(store.root) == []


def leftovers_in(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.endswith(".tmp"))


def test_an_empty_index_loads(tmp_path: Path) -> None:
    store = IndexStore(tmp_path / "index")
    manifest = Manifest(embedder={"name": "fake-hash-64", "dim": 64}, chunker={}, files={})
    store.write(manifest, [], np.zeros((0, 64), np.float32))
    loaded = store.load()
    assert loaded.chunks == [] and len(loaded.dense) == 0 and loaded.lexical.search("anything", 5) == []
    assert loaded.vectors().shape == (0, 64)


# --------------------------------------------------------------------------- atomic write


@pytest.fixture
def before(fake_index: Settings, corpus: Path) -> tuple[Path, list[dict], np.ndarray]:
    """The live index as it was before a file of ``corpus`` changed (the next ingest has work to do)."""
    snap = snapshot(fake_index)
    touch_content(corpus)
    return snap


@pytest.mark.parametrize("kind", ["flat", "hnsw"])
def test_the_vector_index_file_is_faiss_own_and_a_full_disk_names_it(kind: str, tmp_path: Path) -> None:
    import errno

    import faiss

    from rag.backends.faiss_index import FaissIndex

    index = FaissIndex.create(8, kind)
    index.add(np.random.default_rng(0).standard_normal((50, 8)).astype(np.float32))
    index.save(tmp_path / "a.faiss")
    faiss.write_index(index._index, str(tmp_path / "b.faiss"))
    assert (tmp_path / "a.faiss").read_bytes() == (tmp_path / "b.faiss").read_bytes()  # indexes written before still load
    assert len(FaissIndex.load(tmp_path / "a.faiss")) == 50
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with pytest.raises(OSError) as raised:  # was a RuntimeError with the C++ message: "internal error"
        index.save(Path("/dev/full"))
    assert raised.value.errno == errno.ENOSPC and raised.value.filename == "/dev/full"


def test_failure_while_writing_keeps_the_previous_index(
    fake_index: Settings, corpus: Path, before: tuple[Path, list[dict], np.ndarray], monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from rag.backends.faiss_index import FaissIndex

    def boom(self: object, path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(FaissIndex, "save", boom)
    with pytest.raises(OSError, match="No space"):
        ingest([corpus], Runtime(fake_index, embedder=FakeEmbedder()))
    assert_unchanged(fake_index, before)
    assert leftovers(fake_index) == []
    monkeypatch.undo()
    report = ingest([corpus], Runtime(fake_index, embedder=FakeEmbedder()))
    assert report.changed and store_of(fake_index).current() != before[0]


def test_crash_mid_write_leaves_no_trace_after_next_ingest(
    fake_index: Settings, corpus: Path, before: tuple[Path, list[dict], np.ndarray], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A killed process runs no cleanup: the half-written gen-*.tmp stays until the next ingest."""
    from rag.index import lexical
    from rag.index import store as store_module

    real_build = lexical.build

    def build_then_die(chunks):  # type: ignore[no-untyped-def]
        real_build(chunks)
        raise KeyboardInterrupt  # like a SIGINT half-way

    monkeypatch.setattr(lexical, "build", build_then_die)
    monkeypatch.setattr(store_module.shutil, "rmtree", lambda *a, **k: None)  # no cleanup, as after SIGKILL
    with pytest.raises(KeyboardInterrupt):
        ingest([corpus], Runtime(fake_index, embedder=FakeEmbedder()))
    assert len(leftovers(fake_index)) == 1  # the crash left its temporary generation behind
    monkeypatch.undo()

    # readers still get the previous index, whole
    assert_unchanged(fake_index, before)
    assert search("Who negotiated the ceasefire?", Runtime(fake_index, embedder=FakeEmbedder()))

    ingest([corpus], Runtime(fake_index, embedder=FakeEmbedder()))
    assert leftovers(fake_index) == []
    assert generations(fake_index) == [store_of(fake_index).current().name]


def test_crash_before_the_pointer_moves_keeps_the_previous_index(
    fake_index: Settings, corpus: Path, before: tuple[Path, list[dict], np.ndarray], monkeypatch: pytest.MonkeyPatch
) -> None:
    from rag.index import store as store_module

    real_replace = os.replace

    def replace(src, dst):  # type: ignore[no-untyped-def]
        if str(dst).endswith("CURRENT"):
            raise OSError(5, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(store_module.os, "replace", replace)
    with pytest.raises(OSError):
        ingest([corpus], Runtime(fake_index, embedder=FakeEmbedder()))
    monkeypatch.undo()
    assert_unchanged(fake_index, before)
    ingest([corpus], Runtime(fake_index, embedder=FakeEmbedder()))
    assert leftovers(fake_index) == [] and len(generations(fake_index)) == 1
    assert not (fake_index.index_dir / "CURRENT.tmp").exists()


# --------------------------------------------------------------------------- damage


def flip(path: Path, at: float = 0.5) -> None:
    data = bytearray(path.read_bytes())
    i = int(len(data) * at)
    data[i] ^= 0xFF
    data[min(i + 1, len(data) - 1)] ^= 0x55
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def first_bm25_file(gen: Path) -> Path:
    return sorted(p for p in (gen / "bm25").iterdir() if p.is_file())[0]


@pytest.mark.parametrize(
    ("artifact", "damage"),
    [
        (DENSE_FILE, flip),
        (DENSE_FILE, truncate),
        (DENSE_FILE, lambda p: p.write_bytes(b"")),
        (CHUNKS_FILE, flip),
        (CHUNKS_FILE, truncate),
        (CHUNKS_FILE, lambda p: p.unlink()),
        ("bm25", lambda gen: flip(first_bm25_file(gen))),
    ],
)
def test_damaged_artifact_is_reported(index_copy: Settings, artifact: str, damage) -> None:  # type: ignore[no-untyped-def]
    store = store_of(index_copy)
    gen = store.current()
    assert gen is not None
    damage(gen if artifact == "bm25" else gen / artifact)
    with pytest.raises(IndexCorruptError) as info:
        store.load()
    assert "rag ingest --rebuild" in str(info.value)
    with pytest.raises(IndexCorruptError):
        search("Who negotiated the ceasefire?", Runtime(index_copy, embedder=FakeEmbedder()))


def test_damaged_index_is_rebuilt_by_ingest(fake_index: Settings, corpus: Path) -> None:
    store = store_of(fake_index)
    truncate(store.current() / DENSE_FILE)
    embedder = RecordingEmbedder()
    report = ingest([corpus], Runtime(fake_index, embedder=embedder))
    assert report.rebuild_reason and "unusable" in report.rebuild_reason
    assert report.embedded == report.chunks == len(store.load().chunks)
    assert search("Who negotiated the ceasefire?", Runtime(fake_index, embedder=embedder))


@pytest.mark.parametrize(
    "edit",
    [
        lambda m: {**m, "format_version": 2},
        lambda m: {**m, "format_version": 0},
        lambda m: {k: v for k, v in m.items() if k != "embedder"},
        lambda m: {**m, "unexpected": 1},
        lambda m: [m],
    ],
)
def test_manifest_of_another_format_is_reported(index_copy: Settings, edit) -> None:  # type: ignore[no-untyped-def]
    store = store_of(index_copy)
    path = store.current() / MANIFEST_FILE
    path.write_text(json.dumps(edit(json.loads(path.read_text()))))
    with pytest.raises(IndexCorruptError):
        store.load()


@pytest.mark.parametrize("content", ["{not json", "", "\x00\x01\x02"])
def test_unreadable_manifest_is_reported(index_copy: Settings, content: str) -> None:
    store = store_of(index_copy)
    (store.current() / MANIFEST_FILE).write_text(content)
    with pytest.raises(IndexCorruptError):
        store.load()


@pytest.mark.parametrize("pointer", ["gen-does-not-exist\n", "../../etc\n", "\xff\xfe"])
def test_bad_pointer_is_reported_and_repaired_by_ingest(fake_index: Settings, corpus: Path, pointer: str) -> None:
    store = store_of(fake_index)
    (store.root / "CURRENT").write_bytes(pointer.encode("latin-1"))
    with pytest.raises(IndexCorruptError):
        store.load()
    # the hint says "rag ingest --rebuild": that must work
    report = ingest([corpus], Runtime(fake_index, embedder=FakeEmbedder()), rebuild=True)
    assert report.files == 5 and report.rebuild_reason
    assert len(store.load().chunks) == report.chunks
    assert len(generations(fake_index)) == 1


def test_no_index(settings: Settings) -> None:
    with pytest.raises(NoIndexError) as info:
        store_of(settings).load()
    assert "rag ingest" in str(info.value)
    with pytest.raises(NoIndexError):
        search("Who negotiated the ceasefire?", Runtime(settings, embedder=FakeEmbedder()))
    assert not store_of(settings).exists()


def test_load_survives_a_concurrent_ingest(fake_index: Settings, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader that loses the race with an ingest (its generation is replaced and removed while it
    reads) gets the new index, not a "damaged index" error."""
    store = store_of(fake_index)
    old = store.current()
    real_verify = IndexStore.verify
    raced = []

    def verify(self, gen, manifest):  # type: ignore[no-untyped-def]
        if not raced:
            raced.append(gen)
            touch_content(corpus)
            ingest([corpus], Runtime(fake_index, embedder=FakeEmbedder()))  # another process finishes now
        return real_verify(self, gen, manifest)

    monkeypatch.setattr(IndexStore, "verify", verify)
    loaded = store.load()
    assert raced == [old] and not old.exists()
    assert loaded.folder == store.current() != old
    assert any("Latakia" in c.text for c in loaded.chunks)


def test_search_survives_an_ingest_between_load_and_search(fake_index: Settings, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An ingest that switches generations after a reader loaded the old one, before its first search
    opened the vectors: the search gets the new index, not "The vector index is unreadable"
    (a bad-input sweep saw it in 2 of 39 searches beside a loop of `rag ingest --rebuild`)."""
    store = store_of(fake_index)
    old = store.current()
    real_load = IndexStore.load
    raced = []

    def load(self, verify=True):  # type: ignore[no-untyped-def]
        loaded = real_load(self, verify)
        if not raced:
            raced.append(loaded.generation)
            touch_content(corpus)
            ingest([corpus], Runtime(fake_index, embedder=FakeEmbedder()))  # another process switches now
        return loaded

    monkeypatch.setattr(IndexStore, "load", load)
    hits = search("Latakia", Runtime(fake_index, embedder=FakeEmbedder()))
    assert raced == [old.name] and not old.exists()
    assert hits and any("Latakia" in h.chunk.text for h in hits)


def test_lexical_index_of_another_size_is_reported(index_copy: Settings) -> None:
    """Artifacts that each pass their checksum but belong to different indexes never mix."""
    from rag.index import lexical

    store = store_of(index_copy)
    loaded = store.load()
    with pytest.raises(IndexCorruptError):
        lexical.LexicalIndex.load(loaded.folder / "bm25", len(loaded.chunks) - 1)
    assert lexical.LexicalIndex.load(loaded.folder / "bm25", len(loaded.chunks)).size == len(loaded.chunks)


def test_lexical_search(tmp_path: Path) -> None:
    from rag.index import lexical

    chunks = [
        Chunk("a", "/x.txt", 1, 1, 0, 1, "Hochstein negotiated the ceasefire in Lebanon."),
        Chunk("b", "/x.txt", 2, 2, 0, 1, "Already a subscriber? Log in.", section="boilerplate"),
        Chunk("c", "/x.txt", 3, 3, 0, 1, "The rebels reached Damascus; negotiations stalled."),
        Chunk("d", "/y.txt", 1, 1, 0, 1, "Great post.", section="comment", author="Hochstein"),
    ]
    index = lexical.build(chunks)
    index.save(tmp_path / "bm25")
    index = lexical.LexicalIndex.load(tmp_path / "bm25", 4)
    hits = index.search("Who negotiated the ceasefire?", 4)
    assert hits[0][0] == 0 and all(score > 0 for _, score in hits)
    assert {p for p, _ in hits} <= {0, 2}  # stemmed: "negotiated" ~ "negotiations"
    # the comment's author is searchable through its context header
    assert [p for p, _ in index.search("Hochstein", 4)] == [0, 3] or [p for p, _ in index.search("Hochstein", 4)] == [3, 0]
    allowed = np.array([False, True, True, True])
    assert 0 not in [p for p, _ in index.search("Hochstein ceasefire", 4, allowed)]
    assert index.search("the of and", 4) == [] and index.search("zzzunknown", 4) == []


@pytest.mark.parametrize("pointer", ["", "\n", "..", ".", "CURRENT", "gen-1-2.tmp", "bm25"])
def test_pointer_must_name_a_generation(index_copy: Settings, pointer: str) -> None:
    store = store_of(index_copy)
    live = store.current()
    (store.root / "gen-1-2.tmp").mkdir()
    (store.root / "CURRENT").write_text(pointer)
    with pytest.raises(IndexCorruptError):
        store.load()
    store.clean()  # with a damaged pointer: unfinished writes go, generations stay for the next write
    assert live.is_dir() and not (store.root / "gen-1-2.tmp").exists()
