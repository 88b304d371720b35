"""The ONNX export of all-MiniLM-L6-v2 gives sentence-transformers' vectors without importing torch."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from rag.backends.minilm import MiniLMEmbedder
from rag.config import Settings
from rag.errors import ModelError
from rag.models import catalog as models
from rag.models import onnx_export

NAME = "all-MiniLM-L6-v2"

_LONG = " ".join(
    f"Paragraph {i}: the archive of the harbour office lists ships, cargoes and the weather of each day."
    for i in range(30)
).split()[:300]

TEXTS = [
    "Who negotiated the ceasefire?",
    "",
    "a",
    "Hello, world!",
    "THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG",
    "Die Katze sitzt auf der Matte und schläft.",
    "東京は日本の首都です。",
    "def square(x):\n    return x ** 2  # python",
    "Ünïcödé àccents, çà et là — naïve café",
    "🙂 emoji test 🚀",
    "   leading and trailing spaces   ",
    "numbers 3.14159 2718 1e-9 0x1F",
    "The Treaty of Westphalia was signed in 1648, ending the Thirty Years' War.",
    "line\nbreaks\tand\ttabs",
    "SELECT * FROM users WHERE id = 42;",
    "https://example.com/path?q=1&r=2",
    "supercalifragilisticexpialidocious antidisestablishmentarianism",
    "a " * 100,
    " ".join(_LONG),  # 300 words, well over 256 word pieces: both backends truncate
    " ".join(_LONG) + " and a tail that only a model reading past 256 word pieces would see",
]


def _folder() -> Path | None:
    try:
        folder = models.resolve_name(NAME).target(Settings.load())
    except ModelError:
        return None
    return folder if (folder / "tokenizer.json").is_file() else None


needs_model = pytest.mark.skipif(
    _folder() is None or importlib.util.find_spec("sentence_transformers") is None,
    reason=f"embedder package not installed (rag models install {NAME})",
)
needs_onnx = pytest.mark.skipif(
    importlib.util.find_spec("onnx") is None,
    reason="exporting needs the onnx package (pip install onnx==1.23.2 ml_dtypes==0.6.0)",
)


@pytest.fixture(scope="module")
def folder() -> Path:
    """The installed embedder package's model folder (the tests using it skip when there is none)."""
    found = _folder()
    assert found is not None
    return found


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, folder: Path) -> tuple[Path, Path]:
    """(state root, export): one export shared by the module, where load_embedder looks for it."""
    home = tmp_path_factory.mktemp("onnx-home")
    target = home / "models" / f"{NAME}.onnx"
    assert onnx_export.export_onnx(folder, target) == target
    return home, target


@pytest.mark.integration
@needs_model
@needs_onnx
def test_onnx_vectors_match_sentence_transformers(exported: tuple[Path, Path], folder: Path) -> None:
    _, target = exported
    via_onnx = MiniLMEmbedder(NAME, folder, 384, 256, target)
    via_st = MiniLMEmbedder(NAME, folder, 384, 256)
    assert via_onnx.backend == "onnx" and via_st.backend == "sentence-transformers"
    assert via_onnx.count_tokens([TEXTS[-2]])[0] > 300  # the long text really is truncated
    for batch_size in (32, 3):  # one padded batch, and batches that pad differently
        a = via_onnx.embed(TEXTS, batch_size=batch_size)
        b = via_st.embed(TEXTS, batch_size=batch_size)
        assert a.shape == b.shape == (len(TEXTS), 384) and a.dtype == np.float32
        np.testing.assert_allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
        cosines = (a * b).sum(axis=1)
        bad = {TEXTS[i][:40]: float(c) for i, c in enumerate(cosines) if not c >= 0.999}
        assert not bad, f"batch_size={batch_size}: cosine below 0.999 for {bad}"
    # truncated at 256 word pieces: the tail past the limit changes nothing
    assert float(a[-1] @ a[-2]) > 0.9999


@pytest.mark.integration
@needs_model
@needs_onnx
def test_export_graph_and_sidecar(exported: tuple[Path, Path], folder: Path) -> None:
    import onnxruntime as ort

    _, target = exported
    session = ort.InferenceSession(str(target), providers=["CPUExecutionProvider"])
    inputs = {i.name: (i.type, i.shape) for i in session.get_inputs()}
    assert inputs == {name: ("tensor(int64)", ["batch", "sequence"]) for name in onnx_export.INPUT_NAMES}
    (output,) = session.get_outputs()
    assert output.name == "last_hidden_state" and output.shape == ["batch", "sequence", 384]
    ids = np.ones((3, 300), dtype=np.int64)  # another batch and length than traced
    assert session.run(None, {"input_ids": ids, "attention_mask": ids, "token_type_ids": 0 * ids})[0].shape == (3, 300, 384)

    record = json.loads(onnx_export.sidecar_path(target).read_text())
    spec = models.resolve_name(NAME)
    assert record["source"]["sha256"] == spec.sha256 == models.sha256_of(folder / "model.safetensors")
    assert onnx_export.is_current(target, folder)
    assert onnx_export.is_current(target, folder, spec.sha256)
    assert not onnx_export.is_current(target, folder, "0" * 64)  # exported from other weights: stale
    before = target.stat().st_mtime_ns
    onnx_export.export_onnx(folder, target, weights_sha256=spec.sha256)  # current: nothing to do
    assert target.stat().st_mtime_ns == before
    assert not [p.name for p in target.parent.iterdir() if "partial" in p.name]


@pytest.mark.integration
@needs_model
@needs_onnx
def test_changed_or_unrecorded_export_is_not_current(exported: tuple[Path, Path], folder: Path, tmp_path: Path) -> None:
    _, target = exported
    copy = tmp_path / target.name
    shutil.copy2(target, copy)
    assert not onnx_export.is_current(copy, folder)  # no sidecar: provenance unknown
    shutil.copy2(onnx_export.sidecar_path(target), onnx_export.sidecar_path(copy))
    os.utime(copy, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns))
    assert onnx_export.is_current(copy, folder)
    with open(copy, "ab") as fh:
        fh.write(b"\0")
    assert not onnx_export.is_current(copy, folder)  # changed since it was exported


@pytest.mark.integration
@needs_model
@needs_onnx
def test_onnx_query_path_does_not_import_torch(exported: tuple[Path, Path]) -> None:
    home, _ = exported
    code = (
        "import json, sys\n"
        "from rag.config import Settings\n"
        "from rag.backends.registry import build_embedder as load_embedder\n"
        "e = load_embedder(Settings.load())\n"
        "v = e.embed(['Who negotiated the ceasefire?'])\n"
        "heavy = ('torch', 'sentence_transformers', 'transformers')\n"
        "print(json.dumps({'backend': e.backend, 'shape': list(v.shape),"
        " 'loaded': [m for m in heavy if m in sys.modules]}))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAG_")}
    env["RAG_HOME"] = str(home)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {"backend": "onnx", "shape": [1, 384], "loaded": []}


def test_failed_export_leaves_no_file_and_keeps_the_old_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "model.safetensors").write_bytes(b"weights")
    target = tmp_path / "models" / "m.onnx"
    target.parent.mkdir()
    target.write_bytes(b"old export")
    monkeypatch.setattr(onnx_export, "_have_onnx", lambda: True)

    def broken(model_folder: Path, out: Path) -> dict[str, str]:
        out.write_bytes(b"half an exp")
        raise ModelError("export failed")

    monkeypatch.setattr(onnx_export, "_export", broken)
    with pytest.raises(ModelError, match="export failed"):
        onnx_export.export_onnx(folder, target)
    assert target.read_bytes() == b"old export"
    assert sorted(p.name for p in target.parent.iterdir()) == ["m.onnx"]


def test_export_writes_sidecar_and_skips_when_current(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    weights = folder / "model.safetensors"
    weights.write_bytes(b"weights")
    target = tmp_path / "models" / "m.onnx"
    calls: list[Path] = []
    monkeypatch.setattr(onnx_export, "_have_onnx", lambda: True)

    def fake(model_folder: Path, out: Path) -> dict[str, str]:
        calls.append(out)
        out.write_bytes(b"graph")
        return {"torch": "x"}

    monkeypatch.setattr(onnx_export, "_export", fake)
    onnx_export.export_onnx(folder, target)
    record = json.loads(onnx_export.sidecar_path(target).read_text())
    assert record["source"]["sha256"] == models.sha256_of(weights)
    assert onnx_export.is_current(target, folder)
    onnx_export.export_onnx(folder, target)
    assert len(calls) == 1
    weights.write_bytes(b"other weights")  # the package was upgraded: the export is stale
    assert not onnx_export.is_current(target, folder)
    onnx_export.export_onnx(folder, target)
    assert len(calls) == 2 and onnx_export.is_current(target, folder)
    onnx_export.export_onnx(folder, target, force=True)
    assert len(calls) == 3


def test_missing_weights_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="No model weights"):
        onnx_export.export_onnx(tmp_path, tmp_path / "m.onnx")
    assert not (tmp_path / "m.onnx").exists()
