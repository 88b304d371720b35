"""What an interrupted ingest embedded, kept so that the next ingest resumes instead of starting over.

Ingest embeds in slices and appends each slice's vectors to a journal beside the
state (one per store); a Ctrl-C or a kill -9 leaves the slices already done in it.
The next ingest takes the vector of every passage whose text it finds there (by
sha256 of the text the embedder reads, for the same embedder) and embeds only the
rest. A successful ingest deletes the journal. A torn last record (a kill in the
middle of a write) is ignored; the journal is not fsynced, because it only has to
survive the process, not the machine.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from pathlib import Path
from typing import BinaryIO, Sequence

import numpy as np

MAGIC = b"RAGRESUME1\n"
DIGEST = 32


def journal_path(home: Path, store_location: str) -> Path:
    """The journal of the store at ``store_location`` (one file per store, under the state root)."""
    key = hashlib.sha256(store_location.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return home / ".rag" / "resume" / f"{key}.bin"


def text_key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class Journal:
    """Vectors by text digest for one embedder, read from and appended to one file."""

    def __init__(self, path: Path, embedder: str, dim: int) -> None:
        self.path, self.embedder, self.dim = path, embedder, dim
        self.vectors: dict[bytes, np.ndarray] = {}
        self._fh: BinaryIO | None = None
        self._read()

    def _header(self) -> bytes:
        meta = json.dumps({"embedder": self.embedder, "dim": self.dim}, sort_keys=True).encode()
        return MAGIC + struct.pack("<I", len(meta)) + meta

    def _read(self) -> None:
        try:
            data = self.path.read_bytes()
        except OSError:
            return
        header = self._header()
        if not data.startswith(header):  # another embedder's, or damaged: of no use
            return
        size = DIGEST + 4 * self.dim
        body = memoryview(data)[len(header) :]
        whole = len(body) // size  # a torn last record is left out
        for i in range(whole):
            record = body[i * size : (i + 1) * size]
            self.vectors[bytes(record[:DIGEST])] = np.frombuffer(record[DIGEST:], dtype="<f4").astype(np.float32)
        self._valid_bytes = len(header) + whole * size

    def take(self, texts: Sequence[str]) -> dict[int, np.ndarray]:
        """Index in ``texts`` -> the vector kept for it."""
        found = {}
        for i, text in enumerate(texts):
            vec = self.vectors.get(text_key(text))
            if vec is not None:
                found[i] = vec
        return found

    def append(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        """Keep ``vectors`` (one row per text) for the next ingest, should this one be interrupted."""
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.vectors:
                self._fh = open(self.path, "r+b")
                self._fh.truncate(self._valid_bytes)  # drop a torn tail before appending
                self._fh.seek(0, os.SEEK_END)
            else:
                self._fh = open(self.path, "wb")
                self._fh.write(self._header())
        rows = np.asarray(vectors, dtype="<f4")
        self._fh.write(b"".join(text_key(t) + rows[i].tobytes() for i, t in enumerate(texts)))
        self._fh.flush()  # in the kernel's hands: a kill -9 cannot lose it

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def discard(self) -> None:
        """The ingest finished: nothing to resume."""
        self.close()
        self.path.unlink(missing_ok=True)
