"""Word (.docx) and PowerPoint (.pptx) documents, with python-docx and python-pptx (both MIT).

DOCX: paragraphs and tables in reading order; headings ("Heading 1".."Heading 9",
"Title") form the heading path each chunk carries. PPTX: one slide's text,
its tables and its speaker notes are one unit, cited as ``deck.pptx slide 3``.
Macros and embedded objects are never run or read: only text is taken.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, Iterator

from rag.documents.loaders.base import Extracted, Loader, LoaderError, Requirement, TextBuilder
from rag.documents.loaders.ziplimits import open_zip


def _open(data: bytes, kind: str, opener: Any) -> Any:
    open_zip(data, kind)  # the limits first: python-docx/pptx would inflate whatever the archive says
    try:
        return opener(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - the libraries raise many kinds for a damaged file
        raise LoaderError(f"not a readable {kind} ({exc.__class__.__name__}: {str(exc)[:120]})") from None


class DocxLoader(Loader):
    """Microsoft Word documents (.docx; not the old binary .doc)."""

    suffixes = (".docx",)

    def requirements(self) -> list[Requirement]:
        return [Requirement("docx", "python-docx==1.2.0")]

    def extract(self, path: Path, data: bytes) -> Extracted:
        import docx

        document = _open(data, "Word document", docx.Document)
        out = TextBuilder()
        trail: list[tuple[int, str]] = []  # (level, heading) above the current block
        for block in _blocks(document):
            if isinstance(block, str):
                out.add(block)
                continue
            level, title = block
            while trail and trail[-1][0] >= level:
                trail.pop()
            trail.append((level, title))
            out.heading(" > ".join(t for _, t in trail))
            out.add(title)
        return Extracted(out.text(), headings=out.headings)


def _blocks(document: Any) -> Iterator[str | tuple[int, str]]:
    """The body in reading order: a paragraph's text, a table row (:func:`table_row`), or a
    (level, title) for a heading."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, document)
            text = para.text.strip()
            if not text:
                continue
            level = _heading_level(para)
            yield (level, text) if level else text
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(cell.text.split())
                    if value and (not cells or cells[-1] != value):  # a merged cell repeats itself
                        cells.append(value)
                if cells:
                    yield table_row(cells)


def table_row(cells: list[str]) -> str:
    """A table row as one line: its cells joined by " | ", ended as a sentence. A passage's line breaks
    do not survive chunking, and without an end a row ran into the next: "Site | Manager Bergen |
    Halvard Nygaard Narvik | Siri Lunde" was read as "Bergen manages the Narvik site"."""
    line = " | ".join(cells)
    return line if line[-1] in ".!?:;" else line + "."


def _heading_level(para: Any) -> int:
    try:
        name = (para.style.name or "") if para.style is not None else ""
    except (KeyError, AttributeError, ValueError):
        return 0
    if name == "Title":
        return 1
    if name.startswith("Heading "):
        tail = name.removeprefix("Heading ").strip()
        return int(tail) + 1 if tail.isdigit() else 0
    return 0


class PptxLoader(Loader):
    """PowerPoint decks (.pptx): a slide, its tables and its notes make one unit."""

    suffixes = (".pptx",)

    def requirements(self) -> list[Requirement]:
        return [Requirement("pptx", "python-pptx==1.0.2")]

    def extract(self, path: Path, data: bytes) -> Extracted:
        import pptx

        deck = _open(data, "PowerPoint deck", pptx.Presentation)
        out = TextBuilder()
        for number, slide in enumerate(deck.slides, start=1):
            out.unit(number)
            for shape in slide.shapes:
                for text in _shape_text(shape):
                    out.add(text)
            if slide.has_notes_slide:
                notes = slide.notes_slide.notes_text_frame
                if notes is not None and notes.text.strip():
                    out.add("Notes: " + notes.text.strip())
        return Extracted(out.text(), unit_kind="slide", units=out.units)


def _shape_text(shape: Any) -> Iterator[str]:
    if getattr(shape, "has_text_frame", False) and shape.text_frame.text.strip():
        yield shape.text_frame.text.strip()
    if getattr(shape, "has_table", False):
        for row in shape.table.rows:
            cells = [" ".join(c.text.split()) for c in row.cells if c.text.strip()]
            if cells:
                yield table_row(cells)
    for child in getattr(shape, "shapes", ()):  # a group
        yield from _shape_text(child)
