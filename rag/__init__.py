"""rag: local, offline, retrieval-augmented question answering with checkable citations.

The library is usable without the CLI::

    from rag import Settings, ingest, search
    settings = Settings.load()
    ingest(["seeds"], settings)
    for hit in search("Who negotiated the ceasefire?", settings):
        print(hit.chunk.location, hit.chunk.text)

Importing this package is cheap: heavy libraries (torch, faiss, llama.cpp)
load only when a function that needs them runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Lazy re-exports keep `import rag` fast (guide: heavy models load lazily).
_EXPORTS = {
    "Settings": "rag.config",
    "RagError": "rag.errors",
    "Chunk": "rag.records",
    "Hit": "rag.records",
    "Answer": "rag.records",
    "ingest": "rag.ingestion.ingest",
    "search": "rag.index.retrieval",
    "ask": "rag.answering.answer",
    "Runtime": "rag.runtime",
}

if TYPE_CHECKING:  # pragma: no cover
    from rag.answering.answer import ask
    from rag.config import Settings
    from rag.errors import RagError
    from rag.index.retrieval import search
    from rag.ingestion.ingest import ingest
    from rag.records import Answer, Chunk, Hit
    from rag.runtime import Runtime


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'rag' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


__all__ = ["Answer", "Chunk", "Hit", "RagError", "Runtime", "Settings", "ask", "ingest", "search"]
