"""Export a sentence-transformers BERT model (all-MiniLM-L6-v2) to ONNX, once, at install time.

The query path then embeds with onnxruntime and the ``tokenizers`` library
(``MiniLMEmbedder._embed_onnx``) and never imports torch, transformers or
sentence-transformers, which take seconds to import.

The export is the bare transformer: inputs ``input_ids``, ``attention_mask``
and ``token_type_ids`` (int64, shape ``(batch, sequence)``, both axes dynamic),
output ``last_hidden_state`` (``(batch, sequence, hidden)``). Mean pooling and
L2 normalisation stay in numpy on the caller's side.

Beside ``target`` a sidecar ``<target>.source.json`` records the sha256 of the
weights the export came from and the size and mtime of the export itself;
:func:`is_current` uses it to tell a stale or foreign ``.onnx`` from a good one.

Exporting needs torch, transformers and the ``onnx`` package (the TorchScript
exporter of torch 2.13 serialises through it). All of them are imported inside
:func:`export_onnx` only: importing this module is as cheap as ``json``.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from typing import Any

from rag.config import enforce_offline
from rag.documents.reading import file_sha256 as _sha256
from rag.errors import ModelError

#: bump when the layout of the exported graph changes, so that older exports count as stale
FORMAT = 1
OPSET = 17
INPUT_NAMES = ("input_ids", "attention_mask", "token_type_ids")
OUTPUT_NAME = "last_hidden_state"
#: weight files of a transformers folder, in the order from_pretrained prefers them
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")
#: the largest difference allowed between torch and onnxruntime on the export's own check
_CHECK_TOLERANCE = 1e-3


def sidecar_path(target: Path) -> Path:
    """Where the provenance record of ``target`` lives."""
    return target.with_name(f"{target.name}.source.json")


def weights_file(model_folder: Path) -> Path:
    """The weight file inside a transformers model folder."""
    for name in WEIGHT_FILES:
        path = model_folder / name
        if path.is_file():
            return path
    raise ModelError(f"No model weights ({' or '.join(WEIGHT_FILES)}) in {model_folder}.")


def _read_sidecar(target: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(sidecar_path(target).read_text())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def is_current(target: Path, model_folder: Path, weights_sha256: str | None = None) -> bool:
    """True when ``target`` is an intact export of the weights now in ``model_folder``.

    Cheap enough for every query: a small JSON read and two ``stat`` calls. The
    weights are hashed only when their size or mtime differ from the record
    (e.g. the package was reinstalled); ``weights_sha256``, when given (the
    catalogue's checksum), is compared with the record instead of hashing.
    """
    record = _read_sidecar(target)
    if record is None or record.get("format") != FORMAT:
        return False
    try:
        st = target.stat()
        weights = weights_file(model_folder)
        wst = weights.stat()
    except (OSError, ModelError):
        return False
    onnx = record.get("onnx") or {}
    source = record.get("source") or {}
    if onnx.get("size") != st.st_size or onnx.get("mtime_ns") != st.st_mtime_ns:
        return False  # replaced, truncated or touched since it was exported
    if source.get("file") != weights.name:
        return False
    if weights_sha256 is not None:
        return source.get("sha256") == weights_sha256
    if source.get("size") == wst.st_size and source.get("mtime_ns") == wst.st_mtime_ns:
        return True
    return source.get("sha256") == _sha256(weights)


def export_onnx(model_folder: Path, target: Path, *, weights_sha256: str | None = None, force: bool = False) -> Path:
    """Export the transformer in ``model_folder`` to ``target`` (an ``.onnx`` file); returns ``target``.

    Does nothing when ``target`` is already a current export of these weights
    (see :func:`is_current`), unless ``force``. ``weights_sha256`` is the
    already verified checksum of the weights (saves hashing them again).

    The file is written to a temporary name in the same folder, checked
    against torch on a padded batch with onnxruntime, then moved into place
    with :func:`os.replace`; a failure leaves no partial file and keeps any
    previous export. Slow (~5 s, imports torch): run it at install time only.
    """
    model_folder = Path(model_folder)
    target = Path(target)
    weights = weights_file(model_folder)
    if not force and is_current(target, model_folder, weights_sha256):
        return target
    if not _have_onnx():
        raise ModelError(
            "Exporting the embedder to ONNX needs the onnx package, which is not installed.",
            hint="Run: pip install onnx==1.23.2 ml_dtypes==0.6.0",
        )
    wst = weights.stat()
    digest = weights_sha256 or _sha256(weights)

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        versions = _export(model_folder, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        sidecar_path(target).unlink(missing_ok=True)  # never a record that vouches for the wrong file
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    st = target.stat()
    record = {
        "format": FORMAT,
        "source": {"file": weights.name, "sha256": digest, "size": wst.st_size, "mtime_ns": wst.st_mtime_ns},
        "onnx": {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "opset": OPSET},
        "inputs": list(INPUT_NAMES),
        "output": OUTPUT_NAME,
        **versions,
    }
    side_tmp = sidecar_path(target).with_name(f".{sidecar_path(target).name}.partial-{os.getpid()}")
    try:
        side_tmp.write_text(json.dumps(record, indent=1) + "\n")
        os.replace(side_tmp, sidecar_path(target))
    finally:
        side_tmp.unlink(missing_ok=True)
    return target


def _have_onnx() -> bool:
    """Whether the ``onnx`` package, which torch's exporter serialises through, is installed."""
    return importlib.util.find_spec("onnx") is not None


def _export(model_folder: Path, out: Path) -> dict[str, str]:
    """Trace the model to ``out`` and check it with onnxruntime; returns the library versions used."""
    enforce_offline()
    import torch
    import transformers

    model = _load_model(torch, model_folder)
    wrapper = _last_hidden_state(torch, model)
    vocab = int(getattr(model.config, "vocab_size", 0) or 30522)
    _trace(torch, wrapper, vocab, out)
    _check_export(torch, wrapper, vocab, model_folder, out)
    return {"torch": torch.__version__, "transformers": transformers.__version__}


def _load_model(torch: Any, model_folder: Path) -> Any:
    """The transformers model in ``model_folder``, in float32 and eval mode; a ModelError when it cannot be loaded."""
    import logging

    from transformers import AutoModel

    logging.getLogger("transformers").setLevel(logging.ERROR)
    try:
        # eager attention: plain matmul + additive mask, which the TorchScript exporter handles on every opset
        model = AutoModel.from_pretrained(
            str(model_folder), local_files_only=True, attn_implementation="eager", dtype=torch.float32
        )
    except (OSError, ValueError) as exc:
        raise ModelError(f"Cannot load the embedder from {model_folder}: {exc}") from None
    model.eval()
    return model


def _last_hidden_state(torch: Any, model: Any) -> Any:
    """``model`` as a module of three positional tensors that returns only its last hidden state, in eval mode."""

    class _LastHiddenState(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor) -> torch.Tensor:
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    return _LastHiddenState(model).eval()


def _trace(torch: Any, wrapper: Any, vocab: int, out: Path) -> None:
    """Export ``wrapper`` to ``out`` with TorchScript on a padded example batch; batch and sequence axes dynamic."""
    import warnings

    # A padded example: a batch without padding could let the model skip building its mask,
    # and a traced graph would keep that shortcut for every batch.
    ids, mask = _example_batch(torch, vocab)
    types = torch.zeros_like(ids)
    dynamic = {name: {0: "batch", 1: "sequence"} for name in (*INPUT_NAMES, OUTPUT_NAME)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the legacy-exporter DeprecationWarning and TracerWarnings
        with torch.no_grad():
            torch.onnx.export(
                wrapper,
                (ids, mask, types),
                str(out),
                input_names=list(INPUT_NAMES),
                output_names=[OUTPUT_NAME],
                dynamic_axes=dynamic,
                opset_version=OPSET,
                dynamo=False,
            )


def _check_export(torch: Any, wrapper: Any, vocab: int, model_folder: Path, out: Path) -> None:
    """A ModelError unless onnxruntime running ``out`` gives what torch running ``wrapper`` gives, on
    the real (unpadded) tokens of a batch."""
    import numpy as np

    # Check on another shape than the traced one, so a shape frozen into the graph shows up here.
    ids, mask = _example_batch(torch, vocab, rows=3, length=23)
    types = torch.zeros_like(ids)
    with torch.no_grad():
        expected = wrapper(ids, mask, types).numpy()
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    session = ort.InferenceSession(str(out), opts, providers=["CPUExecutionProvider"])
    got = session.run(None, {"input_ids": ids.numpy(), "attention_mask": mask.numpy(), "token_type_ids": types.numpy()})[0]
    real = mask.numpy().astype(bool)
    diff = float(np.max(np.abs(got[real] - expected[real]))) if got.shape == expected.shape else float("inf")
    if not diff <= _CHECK_TOLERANCE:
        raise ModelError(f"The ONNX export of {model_folder} does not match the model (max difference {diff:.2g}).")


def _example_batch(torch: Any, vocab: int, rows: int = 2, length: int = 16) -> tuple[Any, Any]:
    """(input_ids, attention_mask): random rows of decreasing length, zero-padded (0 is BERT's [PAD])."""
    gen = torch.Generator().manual_seed(0)
    ids = torch.zeros((rows, length), dtype=torch.int64)
    mask = torch.zeros_like(ids)
    for row in range(rows):
        n = max(3, length - 5 * row)
        ids[row, :n] = torch.randint(1, vocab, (n,), generator=gen)
        mask[row, :n] = 1
    return ids, mask
