"""Loaders for binary document formats, chosen by file suffix (see :mod:`rag.documents.loaders.base`)."""

from __future__ import annotations

from rag.documents.loaders.base import Extracted, Loader, LoaderError, Requirement

__all__ = ["SUFFIXES", "Extracted", "Loader", "LoaderError", "Requirement", "loader_for", "loaders"]


def loaders() -> list[Loader]:
    """Every binary-format loader, one instance each."""
    from rag.documents.loaders.epub import EpubLoader
    from rag.documents.loaders.office import DocxLoader, PptxLoader
    from rag.documents.loaders.pdf import PdfLoader

    return [PdfLoader(), DocxLoader(), PptxLoader(), EpubLoader()]


#: the suffixes the binary loaders read (kept here, so that scanning a folder imports none of them)
SUFFIXES = (".pdf", ".docx", ".pptx", ".epub")


def loader_for(suffix: str) -> Loader | None:
    """The loader of files ending in ``suffix`` (lower case, with the dot), or None."""
    if suffix not in SUFFIXES:
        return None
    return next(loader for loader in loaders() if suffix in loader.suffixes)
