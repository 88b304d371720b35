"""The model catalogue and installing models: assembly, checksums, stamps, names."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

import pytest

from rag.config import Settings
from rag.errors import ModelError
from rag.models import catalog as models
from rag.models.catalog import ModelSpec


def make_parts(folder: Path, contents: list[bytes]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, data in enumerate(contents, 1):
        p = folder / f"part{i:02d}.bin"
        p.write_bytes(data)
        paths.append(p)
    return paths


PARTS = [b"GGUF" + b"\x01" * 1000, b"\x02" * 2048, b"tail-bytes"]
WHOLE = b"".join(PARTS)


def fake_spec(sha256: str | None = None, **changes: object) -> ModelSpec:
    values: dict[str, object] = dict(
        name="tiny-test-llm",
        kind="llm",
        description="a fake model for tests",
        packages=("rag-test-model-part-that-does-not-exist==9.9.9",),
        assemble="concat",
        sha256=sha256 or hashlib.sha256(WHOLE).hexdigest(),
        licence="none",
        no_deps=True,
        parts=("rag_test_part1/data/part01.bin", "rag_test_part2/data/part02.bin", "rag_test_part3/data/part03.bin"),
        file="tiny-test-llm.gguf",
    )
    values.update(changes)
    return ModelSpec(**values)  # type: ignore[arg-type]


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def catalogued(monkeypatch: pytest.MonkeyPatch) -> ModelSpec:
    """fake_spec(), which every model name now resolves to."""
    spec = fake_spec()
    monkeypatch.setattr(models, "resolve_name", lambda name: spec)
    return spec


@pytest.fixture
def no_pip(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Fail any subprocess (pip) call; record the attempt."""
    attempts: list[object] = []

    def run(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise AssertionError(f"unexpected subprocess call: {args}")

    monkeypatch.setattr(subprocess, "run", run)
    return attempts


# --------------------------------------------------------------------------- assemble


def test_assemble_concatenates_verifies_and_stamps(tmp_path: Path, settings: Settings) -> None:
    spec = fake_spec()
    parts = make_parts(tmp_path / "parts", PARTS)
    target = spec.target(settings)
    assert target == settings.models_dir / "tiny-test-llm.gguf"
    models.assemble(spec, parts, target)
    assert target.read_bytes() == WHOLE
    stamp = settings.models_dir / ".tiny-test-llm.gguf.verified"
    assert stamp.is_file() and spec.sha256 in stamp.read_text()
    assert models._stamp_ok(target, spec.sha256)
    assert models.status(spec, settings) == "installed"
    assert files_in(settings.models_dir) == sorted([".tiny-test-llm.gguf.verified", "tiny-test-llm.gguf"])
    # a changed file is no longer trusted
    with open(target, "ab") as fh:
        fh.write(b"x")
    assert models.status(spec, settings) == "unverified"
    assert not models.verify(spec, settings)


def test_wrong_checksum_leaves_no_file(tmp_path: Path, settings: Settings) -> None:
    spec = fake_spec(sha256="0" * 64)
    parts = make_parts(tmp_path / "parts", PARTS)
    target = spec.target(settings)
    with pytest.raises(ModelError, match="[Cc]hecksum"):
        models.assemble(spec, parts, target)
    assert not target.exists()
    assert files_in(settings.models_dir) == []  # neither the target nor a .partial nor a stamp
    assert models.status(spec, settings) == "not installed"


def test_missing_part_leaves_no_file(tmp_path: Path, settings: Settings) -> None:
    spec = fake_spec()
    parts = make_parts(tmp_path / "parts", PARTS)
    parts[1].unlink()
    target = spec.target(settings)
    with pytest.raises(ModelError, match="[Mm]issing"):
        models.assemble(spec, parts, target)
    assert files_in(settings.models_dir) == []


def test_failed_reassembly_keeps_the_good_file(tmp_path: Path, settings: Settings) -> None:
    spec = fake_spec()
    target = spec.target(settings)
    models.assemble(spec, make_parts(tmp_path / "good", PARTS), target)
    with pytest.raises(ModelError):
        models.assemble(spec, make_parts(tmp_path / "bad", [b"damaged", b"parts"]), target)
    assert target.read_bytes() == WHOLE and models.status(spec, settings) == "installed"
    assert not [n for n in files_in(settings.models_dir) if "partial" in n]


# --------------------------------------------------------------------------- install


def test_install_of_a_verified_model_does_nothing(
    tmp_path: Path, settings: Settings, catalogued: ModelSpec, no_pip: list[object]
) -> None:
    spec = catalogued
    target = spec.target(settings)
    models.assemble(spec, make_parts(tmp_path / "parts", PARTS), target)
    mtime = target.stat().st_mtime_ns
    messages: list[str] = []
    assert models.install("tiny-test-llm", settings, log=messages.append) == target
    assert no_pip == [] and target.stat().st_mtime_ns == mtime
    assert any("already installed" in m for m in messages)


def test_install_restamps_a_good_file_without_downloading(
    settings: Settings, catalogued: ModelSpec, no_pip: list[object]
) -> None:
    """A model file copied in (or whose stamp was lost) is checked, not downloaded again."""
    spec = catalogued
    target = spec.target(settings)
    target.write_bytes(WHOLE)
    assert models.status(spec, settings) == "unverified"
    assert models.install("tiny-test-llm", settings) == target
    assert no_pip == [] and models.status(spec, settings) == "installed"


def test_install_needing_packages_reports_pip_failure(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, catalogued: ModelSpec
) -> None:
    spec = catalogued
    calls: list[list[str]] = []

    def run(cmd, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(cmd)
        return subprocess.CompletedProcess(cmd, 1, "", "ERROR: No matching distribution found\n")

    monkeypatch.setattr(subprocess, "run", run)
    with pytest.raises(ModelError, match="No matching distribution"):
        models.install("tiny-test-llm", settings)
    assert calls and "--no-deps" in calls[0] and spec.packages[0] in calls[0]
    assert files_in(settings.models_dir) == []


def test_installed_embedder_is_not_reinstalled(
    settings: Settings, no_pip: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import real_models_available

    if not real_models_available():
        pytest.skip("the all-MiniLM-L6-v2 package is not installed")
    # the ONNX export that install makes for embedders takes seconds and is tested elsewhere
    monkeypatch.setattr("rag.models.onnx_export.export_onnx", lambda folder, target, **kwargs: target)
    current = {"value": False}
    monkeypatch.setattr("rag.models.onnx_export.is_current", lambda target, folder, sha=None: current["value"])
    said: list[str] = []
    folder = models.install("minilm", settings, log=said.append)
    assert (folder / "tokenizer.json").is_file() and no_pip == []
    assert any("exported to" in line for line in said)
    # a second install says the export is there, not that it made it again
    current["value"], said[:] = True, []
    models.install("minilm", settings, log=said.append)
    assert any("ONNX export is current" in line for line in said) and not any("exported to" in line for line in said)


# --------------------------------------------------------------------------- names


def test_catalogue_has_the_four_models() -> None:
    cat = models.catalogue()
    assert set(cat) == {"all-MiniLM-L6-v2", "qwen2.5-coder-1.5b", "qwen2.5-coder-0.5b", "smollm2-135m"}
    assert cat["all-MiniLM-L6-v2"].kind == "embedder" and cat["all-MiniLM-L6-v2"].dim == 384
    assert all(len(s.sha256) == 64 for s in cat.values())
    assert cat["qwen2.5-coder-0.5b"].aliases == ("fast",)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("fast", "qwen2.5-coder-0.5b"),
        ("default", "qwen2.5-coder-1.5b"),
        ("tiny", "smollm2-135m"),
        ("minilm", "all-MiniLM-L6-v2"),
        ("FAST", "qwen2.5-coder-0.5b"),
        ("all-minilm-l6-v2", "all-MiniLM-L6-v2"),
        ("qwen2.5-coder-1.5b", "qwen2.5-coder-1.5b"),
    ],
)
def test_resolve_name(name: str, expected: str) -> None:
    assert models.resolve_name(name).name == expected


@pytest.mark.parametrize("name", ["gpt-5", "", "minilm2", "qwen"])
def test_unknown_name_is_an_error(name: str) -> None:
    with pytest.raises(ModelError) as info:
        models.resolve_name(name)
    assert "Known models" in str(info.value) and "fast" in str(info.value)


def test_resolve_llm_rejects_a_non_gguf_file(tmp_path: Path, settings: Settings) -> None:
    fake = tmp_path / "model.gguf"
    fake.write_bytes(b"PK\x03\x04 not a gguf file")
    with pytest.raises(ModelError, match="not a GGUF"):
        models.resolve_llm(str(fake), settings)
    other = tmp_path / "weights.bin"
    other.write_bytes(b"\x00" * 64)
    with pytest.raises(ModelError, match="not a GGUF"):
        models.resolve_llm(str(other), settings)
    with pytest.raises(ModelError, match="not found"):
        models.resolve_llm(str(tmp_path / "missing.gguf"), settings)
    good = tmp_path / "ok.gguf"
    good.write_bytes(b"GGUF\x03\x00\x00\x00")
    assert models.resolve_llm(str(good), settings) == ("ok.gguf", good.resolve())


def test_resolve_llm_by_name(settings: Settings) -> None:
    with pytest.raises(ModelError, match="not installed"):
        models.resolve_llm("fast", settings)  # RAG_HOME is empty in tests
    with pytest.raises(ModelError, match="embedder"):
        models.resolve_llm("minilm", settings)


def test_assemble_removes_partials_of_killed_installs(tmp_path: Path, settings: Settings) -> None:
    spec = fake_spec()
    target = spec.target(settings)
    settings.models_dir.mkdir(parents=True, exist_ok=True)
    dead = settings.models_dir / ".tiny-test-llm.gguf.partial-999999999"  # no such process
    dead.write_bytes(b"half a model")
    alive = settings.models_dir / f".tiny-test-llm.gguf.partial-{os.getppid()}"  # a running process
    alive.write_bytes(b"being written")
    models.assemble(spec, make_parts(tmp_path / "parts", PARTS), target)
    assert not dead.exists() and alive.exists()
    assert target.read_bytes() == WHOLE
