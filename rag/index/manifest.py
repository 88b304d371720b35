"""The manifest of an index generation, and the chunk records' lines: what every store writes.

The manifest names the embedder and chunker an index was built with, the files it holds (with
their hashes, for incremental ingest), the folders it was built from, the paths removed from
them, and the files the last ingest skipped. The file store keeps it as ``manifest.json``, the
database store in a table; both read a damaged one through :func:`salvaged`.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from typing import Any

FORMAT_VERSION = 1


@dataclass
class Manifest:
    embedder: dict[str, Any]
    chunker: dict[str, Any]
    files: dict[str, dict[str, Any]]
    roots: list[str] = field(default_factory=list)
    artifacts: dict[str, str] = field(default_factory=dict)
    format_version: int = FORMAT_VERSION
    created: float = field(default_factory=time.time)
    index_type: str = "flat"
    #: which store holds the index: "files" (this folder layout) or the database's URI, without credentials
    store: str = "files"
    #: paths removed with `rag remove` from inside the roots: left out of every ingest until added again
    excluded: list[str] = field(default_factory=list)
    #: the files the last ingest that wrote this index skipped, and why
    skipped: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(self.__dict__, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str) -> "Manifest":
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("manifest is not an object")
        version = data.get("format_version")
        if version != FORMAT_VERSION:
            # another version may have other fields: say which version it is, not that it is unreadable
            raise FormatVersionError(version)
        manifest = cls(**data)
        manifest._check_types()
        return manifest

    def _check_types(self) -> None:
        """Raise TypeError when a field has the wrong shape (a hand-edited or damaged manifest)."""
        if not (isinstance(self.embedder, dict) and isinstance(self.embedder.get("name"), str) and isinstance(self.embedder.get("dim"), int)):
            raise TypeError("embedder")
        if not isinstance(self.chunker, dict) or not isinstance(self.roots, list) or not isinstance(self.store, str):
            raise TypeError("chunker or roots")
        if not isinstance(self.files, dict) or not all(
            isinstance(v, dict) and {"sha256", "size", "mtime_ns", "chunks"} <= set(v) for v in self.files.values()
        ):
            raise TypeError("files")
        for name in ("artifacts", "skipped"):
            value = getattr(self, name)
            if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
                raise TypeError(name)
        if not isinstance(self.excluded, list) or not all(isinstance(e, str) for e in self.excluded):
            raise TypeError("excluded")


class FormatVersionError(ValueError):
    def __init__(self, version: object) -> None:
        super().__init__(f"format version {version!r}")
        self.version = version


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def salvaged(manifest: str) -> tuple[list[str], list[str]] | None:
    """(roots, removed paths) from the text of a manifest that may be damaged; None when it names no root."""
    try:
        data = json.loads(manifest)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    roots, excluded = data.get("roots"), data.get("excluded")
    if not isinstance(roots, list) or not any(isinstance(r, str) for r in roots):
        return None
    return [r for r in roots if isinstance(r, str)], [e for e in excluded if isinstance(e, str)] if isinstance(excluded, list) else []


def json_line(data: dict[str, Any]) -> str:
    """One JSON record, UTF-8 text kept as is but lone surrogates (from a file name that is not
    valid UTF-8) written as \\u escapes: they cannot be encoded, and json.loads restores them."""
    line = json.dumps(data, ensure_ascii=False)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", line) + "\n"
