"""Ingest: incremental updates, rebuilds on changed settings, skipped files, near-duplicates."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import numpy as np
import pytest
from conftest import SEEDS, RecordingEmbedder

from rag.config import Settings
from rag.errors import DocumentError, IndexMismatchError, LockedError
from rag.index.loaded_index import LoadedIndex
from rag.index.retrieval import search
from rag.index.store import IndexStore
from rag.ingestion.ingest import ingest
from rag.records import Chunk
from rag.runtime import Runtime
from rag.testing import FakeEmbedder

# durability (fsync) cannot be observed here; skipping it keeps these tests fast
pytestmark = pytest.mark.usefixtures("no_fsync")


def loaded(settings: Settings) -> LoadedIndex:
    return IndexStore(settings.index_dir).load()


def chunks_of(index: LoadedIndex, path: Path) -> list[Chunk]:
    return [c for c in index.chunks if c.source == str(path.resolve())]


def vectors_by_id(index: LoadedIndex) -> dict[str, np.ndarray]:
    return {c.id: v for c, v in zip(index.chunks, index.vectors())}


def seed_file(corpus: Path, prefix: str) -> Path:
    return next(corpus.glob(f"{prefix}_*.txt"))


@pytest.fixture
def indexed(corpus: Path, settings: Settings, recording_embedder: RecordingEmbedder) -> LoadedIndex:
    report = ingest([corpus], Runtime(settings, embedder=recording_embedder))
    assert report.files == 5 and len(report.new) == 5 and not report.up_to_date
    assert report.embedded == report.chunks == len(recording_embedder.texts)
    assert len(recording_embedder.batches) == 1
    recording_embedder.batches.clear()
    return loaded(settings)


# --------------------------------------------------------------------------- incremental


def test_second_ingest_with_nothing_changed_does_nothing(
    corpus: Path, settings: Settings, recording_embedder: RecordingEmbedder, indexed: LoadedIndex
) -> None:
    calls = recording_embedder.calls
    t0 = time.perf_counter()
    report = ingest([corpus], Runtime(settings, embedder=recording_embedder))
    wall = time.perf_counter() - t0
    assert report.up_to_date
    assert recording_embedder.calls == calls and recording_embedder.batches == []
    assert report.embedded == 0 and report.unchanged == 5 and not (report.new or report.changed or report.removed)
    assert report.chunks == len(indexed.chunks)
    assert wall < 0.9 and report.seconds < 0.9  # "well under a second" (generous for a loaded machine)
    # nothing was written: the same generation is live
    assert IndexStore(settings.index_dir).current() == indexed.folder
    # without paths, ingest reuses the folders of the previous ingest
    again = ingest(None, Runtime(settings, embedder=recording_embedder))
    assert again.up_to_date and recording_embedder.batches == []


def test_changed_file_is_the_only_one_embedded(
    corpus: Path, settings: Settings, recording_embedder: RecordingEmbedder, indexed: LoadedIndex
) -> None:
    target = seed_file(corpus, "003")
    before = vectors_by_id(indexed)
    with open(target, "a", encoding="utf-8") as fh:
        fh.write("\nA brand new closing paragraph about the Zarqawi pipeline was added today.\n")

    report = ingest([corpus], Runtime(settings, embedder=recording_embedder))
    after = loaded(settings)
    assert report.changed == [str(target.resolve())] and not report.new and not report.removed
    assert report.unchanged == 4 and not report.up_to_date
    new_chunks = chunks_of(after, target)
    assert report.embedded == len(new_chunks) == len(recording_embedder.texts)
    assert sorted(recording_embedder.texts) == sorted(c.embed_text for c in new_chunks)
    assert any("Zarqawi" in t for t in recording_embedder.texts)
    # the other files kept their chunks and their exact vectors
    after_vectors = vectors_by_id(after)
    for c in after.chunks:
        if c.source != str(target.resolve()):
            assert c.id in before
            np.testing.assert_array_equal(after_vectors[c.id], before[c.id])
    assert len(after.chunks) == len(indexed.chunks) - len(chunks_of(indexed, target)) + len(new_chunks)
    assert len(after.dense) == len(after.chunks)


def test_touched_file_is_not_embedded_again(
    corpus: Path, settings: Settings, recording_embedder: RecordingEmbedder, indexed: LoadedIndex
) -> None:
    target = seed_file(corpus, "000")
    st = target.stat()
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    report = ingest([corpus], Runtime(settings, embedder=recording_embedder))
    assert report.unchanged == 5 and not report.changed
    assert recording_embedder.batches == [] and report.embedded == 0
    assert [c.id for c in loaded(settings).chunks] == [c.id for c in indexed.chunks]
    # and with the new mtime recorded, the next run is a no-op
    assert ingest([corpus], Runtime(settings, embedder=recording_embedder)).up_to_date


def test_deleted_file_drops_its_chunks(
    corpus: Path, settings: Settings, recording_embedder: RecordingEmbedder, indexed: LoadedIndex
) -> None:
    target = seed_file(corpus, "002")
    gone = str(target.resolve())
    assert chunks_of(indexed, target)
    target.unlink()
    report = ingest([corpus], Runtime(settings, embedder=recording_embedder))
    after = loaded(settings)
    assert report.removed == [gone] and report.files == 4 and report.embedded == 0
    assert recording_embedder.batches == []
    assert not [c for c in after.chunks if c.source == gone]
    assert gone not in after.manifest.files
    assert len(after.chunks) == len(indexed.chunks) - len(chunks_of(indexed, target))
    assert len(after.dense) == len(after.chunks) == after.lexical.size
    # no surviving chunk points at a canonical that went away with the file
    ids = {c.id for c in after.chunks}
    assert all(c.canonical in ids for c in after.chunks if c.canonical)


def test_added_file_is_the_only_one_embedded(
    corpus: Path, settings: Settings, recording_embedder: RecordingEmbedder, indexed: LoadedIndex
) -> None:
    extra = corpus / "sub" / "extra.md"
    extra.parent.mkdir()
    extra.write_text("# Notes\n\nThe Fatemiyoun brigade left Damascus.\nA second line of notes.\n", encoding="utf-8")
    report = ingest([corpus], Runtime(settings, embedder=recording_embedder))
    after = loaded(settings)
    assert report.new == [str(extra.resolve())] and not report.changed and report.unchanged == 5
    new_chunks = chunks_of(after, extra)
    assert new_chunks and sorted(recording_embedder.texts) == sorted(c.embed_text for c in new_chunks)
    assert len(after.chunks) == len(indexed.chunks) + len(new_chunks)


# --------------------------------------------------------------------------- rebuilds


@pytest.mark.parametrize("other", [FakeEmbedder(dim=32), FakeEmbedder(dim=64, name="another-model")])
def test_changed_embedder_rebuilds_everything(
    corpus: Path, settings: Settings, indexed: LoadedIndex, other: FakeEmbedder
) -> None:
    other = RecordingEmbedder(dim=other.dim, name=other.name.rsplit("-", 1)[0])
    report = ingest([corpus], Runtime(settings, embedder=other))
    assert report.rebuild_reason and "embedder" in report.rebuild_reason
    after = loaded(settings)
    # every chunk was embedded by the new model: no mix of old and new vectors
    assert report.embedded == len(after.chunks) == len(other.texts)
    assert after.manifest.embedder == {"name": other.name, "dim": other.dim}
    assert after.dense.dim == other.dim
    np.testing.assert_allclose(after.vectors(), other.embed([c.embed_text for c in after.chunks]), atol=1e-6)
    # searching with the old embedder is refused rather than mixing spaces
    with pytest.raises(IndexMismatchError):
        search("Who negotiated the ceasefire?", Runtime(settings, embedder=FakeEmbedder()))
    assert search("Who negotiated the ceasefire?", Runtime(settings, embedder=other))


def test_changed_chunk_size_rebuilds_everything(
    corpus: Path, settings: Settings, recording_embedder: RecordingEmbedder, indexed: LoadedIndex
) -> None:
    smaller = settings.with_(chunk_tokens=64, overlap_tokens=8)
    report = ingest([corpus], Runtime(smaller, embedder=recording_embedder))
    assert report.rebuild_reason and "chunk" in report.rebuild_reason
    after = loaded(smaller)
    assert report.embedded == len(after.chunks) == len(recording_embedder.texts)
    assert len(after.chunks) > len(indexed.chunks)
    assert after.manifest.chunker["chunk_tokens"] == 64
    assert max(recording_embedder.count_tokens([c.text for c in after.chunks])) <= 64


def test_rebuild_flag_re_embeds(
    corpus: Path, settings: Settings, recording_embedder: RecordingEmbedder, indexed: LoadedIndex
) -> None:
    report = ingest([corpus], Runtime(settings, embedder=recording_embedder), rebuild=True)
    assert report.rebuild_reason and report.embedded == report.chunks == len(indexed.chunks)


# --------------------------------------------------------------------------- files


def test_unsupported_files_are_reported(corpus: Path, settings: Settings, fake_embedder: FakeEmbedder) -> None:
    (corpus / "report.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (corpus / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (corpus / "binary.txt").write_bytes(b"abc\x00def")
    (corpus / ".hidden.txt").write_text("A hidden note.")
    report = ingest([corpus], Runtime(settings, embedder=fake_embedder))
    skipped = {Path(s.path).name: s.reason for s in report.skipped}
    assert "report.pdf" in skipped and "PDF" in skipped["report.pdf"]  # a PDF is read now; this one is damaged
    assert "photo.png" in skipped and ".png" in skipped["photo.png"]
    assert "binary.txt" in skipped and "binary" in skipped["binary.txt"]
    assert ".hidden.txt" not in skipped
    assert report.files == 5
    sources = {Path(c.source).name for c in loaded(settings).chunks}
    assert sources == {p.name for p in SEEDS.glob("*.txt")}


def test_nothing_to_index_is_an_error(tmp_path: Path, settings: Settings, fake_embedder: FakeEmbedder) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "scan.pdf").write_bytes(b"%PDF")
    with pytest.raises(DocumentError):
        ingest([empty], Runtime(settings, embedder=fake_embedder))
    with pytest.raises(DocumentError):
        ingest([tmp_path / "missing"], Runtime(settings, embedder=fake_embedder))
    assert not IndexStore(settings.index_dir).exists()


def test_a_running_ingest_holds_the_lock(
    corpus: Path, settings: Settings, fake_embedder: FakeEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filelock import FileLock

    monkeypatch.setenv("RAG_LOCK_TIMEOUT", "0.2")  # read when ingest runs, not when rag.ingestion.ingest was imported
    settings.index_dir.mkdir(parents=True)
    with FileLock(str(IndexStore(settings.index_dir).lock_path)):
        t0 = time.perf_counter()
        with pytest.raises(LockedError, match="Another rag ingest"):
            ingest([corpus], Runtime(settings, embedder=fake_embedder))
        assert 0.15 < time.perf_counter() - t0 < 5.0
    assert ingest([corpus], Runtime(settings, embedder=fake_embedder)).files == 5


# --------------------------------------------------------------------------- near-duplicates

QUERIES = [
    "Iran is unable to muster a defense of the Assad government",
    "evacuating military commanders and diplomatic staff",
    "Syria is at the verge of collapse",
    "Who is the US envoy Hochstein?",
    "Revolutionary Guards Quds Force commanders evacuated to Iraq and Lebanon",
    "axis of resistance militant allies",
    "Fatemiyoun brigade Damascus Latakia",
]


def test_near_duplicates_are_linked_and_collapsed(fake_index: Settings) -> None:
    index = loaded(fake_index)
    by_id = {c.id: c for c in index.chunks}
    copies = [c for c in index.chunks if c.canonical]
    assert copies, "the seeds repeat the same reporting across files"
    for c in copies:
        canonical = by_id[c.canonical]  # every canonical exists in the index
        assert canonical.canonical is None  # and is never itself a copy
        assert canonical.source != c.source
        assert c.section != "boilerplate" and canonical.section != "boilerplate"
    assert all(c.canonical is None for c in index.chunks if c.section == "boilerplate")
    # 000 and 001 carry the same article: at least one of their passages is linked
    names = {(Path(c.source).name[:3], Path(by_id[c.canonical].source).name[:3]) for c in copies}
    assert {"000", "001"} in [set(n) for n in names]

    seen_duplicates = False
    for q in QUERIES:
        hits = search(q, Runtime(fake_index, embedder=FakeEmbedder()), k=10)
        assert hits
        groups = [h.chunk.canonical or h.chunk.id for h in hits]
        assert len(groups) == len(set(groups)), q
        assert all(h.chunk.canonical is None for h in hits), "a hit shows the canonical copy"
        assert [h.rank for h in hits] == list(range(1, len(hits) + 1))
        for h in hits:
            if h.duplicates:
                seen_duplicates = True
                assert h.chunk.source not in h.duplicates and all(Path(d).is_absolute() for d in h.duplicates)
    assert seen_duplicates


def test_duplicate_groups_survive_incremental_ingest(
    corpus: Path, settings: Settings, recording_embedder: RecordingEmbedder, indexed: LoadedIndex
) -> None:
    """Removing the file that held a canonical re-links the remaining copies, never to a missing id."""
    canonicals = {c.canonical for c in indexed.chunks if c.canonical}
    holder = next(Path(c.source) for c in indexed.chunks if c.id in canonicals)
    holder.unlink()
    ingest([corpus], Runtime(settings, embedder=recording_embedder))
    after = loaded(settings)
    ids = {c.id for c in after.chunks}
    assert all(c.canonical in ids for c in after.chunks if c.canonical)
    restored = corpus / holder.name
    shutil.copy(SEEDS / holder.name, restored)
    report = ingest([corpus], Runtime(settings, embedder=recording_embedder))
    assert report.new == [str(restored.resolve())]
    again = loaded(settings)
    assert {c.canonical for c in again.chunks if c.canonical} == canonicals


def test_near_duplicate_found_from_either_side() -> None:
    """Neighbour lists are not symmetric: B's nearest neighbours may all be passages of its own file,
    while B is among A's. The pair must still be linked."""
    from rag.ingestion.dedup import link_near_duplicates

    dim = 16
    same = "The Fatemiyoun brigade was moved to Damascus and Latakia."
    b = Chunk("b", "/corpus/two.txt", 1, 1, 0, 10, same)
    a = Chunk("a", "/corpus/one.txt", 1, 1, 0, 10, same)
    others = [Chunk(f"o{k}", "/corpus/two.txt", k + 2, k + 2, 0, 10, f"Unrelated filler {w} words here.") for k, w in enumerate("abcdefgh")]
    vectors = np.zeros((10, dim), np.float32)
    vectors[0, 0] = 1.0  # b
    vectors[1, 0], vectors[1, 1] = 0.9, np.sqrt(1 - 0.81)  # a: cosine 0.9 with b
    for k in range(8):  # b's own file: cosine 0.99 with b, so they fill b's neighbour list
        vectors[2 + k, 0], vectors[2 + k, 2 + k] = 0.99, np.sqrt(1 - 0.99**2)
    linked = link_near_duplicates([b, a, *others], vectors)
    assert linked[1].canonical == "b" and linked[0].canonical is None
    assert all(c.canonical is None for c in linked[2:])


def test_passages_of_one_template_with_other_figures_are_not_copies() -> None:
    """Monthly reports share nearly every word, yet each holds its own figures: none may hide another."""
    from rag.ingestion.dedup import link_near_duplicates

    months = [("January", "512,000", 22), ("March", "694,000", 18), ("September", "701,500", 31)]
    reports = [
        Chunk(m, f"/corpus/report_{m}.txt", 1, 1, 0, 10,
              f"Monthly sales report for {m} 2023. Total revenue was {rev} dollars. The North region sold {units} units.")
        for m, rev, units in months
    ]
    copy = Chunk("copy", "/corpus/copy_of_march.txt", 1, 1, 0, 10, reports[1].text)
    vectors = np.ones((4, 8), np.float32) / np.sqrt(8)  # as alike as vectors can be
    linked = link_near_duplicates([*reports, copy], vectors)
    group_of = {c.id: c.canonical or c.id for c in linked}
    assert len({group_of[r.id] for r in reports}) == 3
    assert group_of["copy"] == group_of["March"]  # a true copy is still linked
    # nor through a passage that holds both figures: March and September stay apart
    summary = Chunk("both", "/corpus/summary.txt", 1, 1, 0, 10, f"{reports[1].text} {reports[2].text}")
    linked = link_near_duplicates([reports[1], summary, reports[2]], np.ones((3, 8), np.float32) / np.sqrt(8))
    assert (linked[0].canonical or "March") != (linked[2].canonical or "September")


def test_release_notes_whose_titles_name_other_versions_are_not_copies() -> None:
    """The later note lists the earlier one's version in its body, so the earlier note's numbers are a
    subset of the later's; their titles name two releases, and each stays its own evidence."""
    from rag.ingestion.dedup import link_near_duplicates

    body = "to address the security issues CVE-2023-22490 and CVE-2023-23946; see the release notes for details."
    early = Chunk("2.31.7", "/notes/2.31.7.txt", 1, 5, 0, 200, f"Git v2.31.7 Release Notes This release merges up the fixes that appear in v2.30.8 {body}")
    late = Chunk("2.37.6", "/notes/2.37.6.txt", 1, 5, 0, 200, f"Git v2.37.6 Release Notes This release merges up the fixes that appear in v2.30.8, v2.31.7 {body}")
    copy = Chunk("copy", "/mirror/2.31.7.txt", 1, 5, 0, 200, early.text)
    linked = link_near_duplicates([early, late, copy], np.ones((3, 8), np.float32) / np.sqrt(8))
    group_of = {c.id: c.canonical or c.id for c in linked}
    assert group_of["2.31.7"] != group_of["2.37.6"]
    assert group_of["copy"] == group_of["2.31.7"]  # the same release's copy is still one


def test_incremental_index_equals_a_fresh_build(
    corpus: Path, settings: Settings, recording_embedder: RecordingEmbedder, indexed: LoadedIndex, tmp_path: Path
) -> None:
    """However the index got here (changes, removals, additions), it is the index a fresh build makes:
    same chunks in the same order, same canonical copies, same vectors."""
    with open(seed_file(corpus, "000"), "a", encoding="utf-8") as fh:
        fh.write("\nIran deployed commanders and troops to Syria in 2012, the officials said.\n")
    seed_file(corpus, "004").unlink()
    shutil.copy(next(SEEDS.glob("004_*.txt")), corpus / "000_copy_of_004.txt")
    report = ingest([corpus], Runtime(settings, embedder=recording_embedder))
    assert report.changed and report.removed and report.new and report.unchanged == 3
    incremental = loaded(settings)

    fresh_settings = settings.with_(home=tmp_path / "fresh-home")
    ingest([corpus], Runtime(fresh_settings, embedder=FakeEmbedder()))
    fresh = loaded(fresh_settings)
    assert [c.to_dict() for c in incremental.chunks] == [c.to_dict() for c in fresh.chunks]
    np.testing.assert_allclose(incremental.vectors(), fresh.vectors(), atol=1e-6)
    assert incremental.groups == fresh.groups


def test_index_of_an_older_chunker_is_rebuilt(
    corpus: Path, settings: Settings, recording_embedder: RecordingEmbedder, indexed: LoadedIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new rag whose chunker cuts differently must not keep chunks the old one made."""
    from rag.ingestion.chunking import ChunkerConfig

    real = ChunkerConfig.as_dict
    monkeypatch.setattr(ChunkerConfig, "as_dict", lambda self: {**real(self), "strategy": "sentence-window-v0"})
    report = ingest([corpus], Runtime(settings, embedder=recording_embedder))
    assert report.rebuild_reason and "chunk" in report.rebuild_reason
    assert report.embedded == report.chunks


def test_a_file_that_holds_most_of_the_work_is_named_before_embedding(settings: Settings, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import rag.ingestion.ingest as ingest_module

    monkeypatch.setattr(ingest_module, "BIG_FILE_CHUNKS", 40)  # the real bound is 10,000 passages
    big = corpus / "server.log"
    big.write_text("".join(f"Line {i}: the walrus service restarted after a timeout.\n" for i in range(3000)), encoding="utf-8")
    logs: list[str] = []
    ingest([corpus], Runtime(settings, embedder=FakeEmbedder()), log=logs.append)
    named = [line for line in logs if "passages to embed" in line]
    assert len(named) == 1 and named[0].startswith(f"{big} is ") and "RAG_MAX_FILE_MB" in named[0], logs
    logs.clear()
    big.write_text("A short note now.\n", encoding="utf-8")
    ingest([corpus], Runtime(settings, embedder=FakeEmbedder()), log=logs.append)
    assert not [line for line in logs if "passages to embed" in line]
