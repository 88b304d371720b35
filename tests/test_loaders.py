"""Binary documents (issue 15): DOCX, PPTX and EPUB loaders, their locations in chunks and citations,
and the bad files each gets a named skip for while the rest is indexed."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rag.cli.main import app
from rag.documents.reading import Document, Skipped, load, scan
from rag.ingestion.chunking import ChunkerConfig, chunk_document
from rag.ingestion.ingest import ingest
from rag.runtime import Runtime
from rag.testing import FakeEmbedder

CONFIG = ChunkerConfig(chunk_tokens=40, overlap_tokens=0, max_model_tokens=256)


def words(texts: list[str]) -> list[int]:
    return [len(t.split()) for t in texts]


def make_docx(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Installation", level=1)
    d.add_paragraph("The installer copies the files into the program folder and registers the service.")
    d.add_heading("Upgrading", level=2)
    d.add_paragraph("Before upgrading, stop the service and back up the database to a safe place.")
    table = d.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Version", "Released"
    table.cell(1, 0).text, table.cell(1, 1).text = "4.2", "March 2024"
    table.cell(2, 0).text, table.cell(2, 1).text = "4.3", "June 2024"
    d.add_heading("Licensing", level=1)
    d.add_paragraph("Each seat needs its own licence key, issued by the vendor portal.")
    d.save(path)
    return path


def make_pptx(path: Path) -> Path:
    pptx = pytest.importorskip("pptx")
    deck = pptx.Presentation()
    for title, body, notes in [
        ("Quarterly results", "Revenue grew by twelve percent in the third quarter.", "Mention the new region."),
        ("Hiring plan", "We will hire forty engineers next year.", "Budget approved in May."),
        ("Risks", "Supply chain delays remain the largest risk.", ""),
    ]:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text = body
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    deck.save(path)
    return path


def make_epub(path: Path, chapters: list[tuple[str, str]]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml", '<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>')
        items = "".join(f'<item id="c{i}" href="ch{i}.xhtml" media-type="application/xhtml+xml"/>' for i in range(len(chapters)))
        spine = "".join(f'<itemref idref="c{i}"/>' for i in reversed(range(len(chapters))))  # spine order is not file order
        z.writestr("OEBPS/content.opf", f'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf"><manifest>{items}</manifest><spine>{spine}</spine></package>')
        for i, (title, body) in enumerate(chapters):
            z.writestr(f"OEBPS/ch{i}.xhtml", f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>{body}</p></body></html>")
    return path


def test_docx_headings_and_tables_in_reading_order(tmp_path: Path) -> None:
    doc = load(make_docx(tmp_path / "guide.docx"))
    assert isinstance(doc, Document), doc
    text = doc.text
    assert text.index("Installation") < text.index("Before upgrading") < text.index("4.2 | March 2024.") < text.index("Each seat")
    chunks = chunk_document(doc, words, CONFIG)
    by_text = {c.text: c for c in chunks}
    upgrade = next(c for t, c in by_text.items() if "Before upgrading" in t)
    assert upgrade.heading == "Installation > Upgrading"
    licence = next(c for t, c in by_text.items() if "licence key" in t)
    assert licence.heading == "Licensing"  # a level-1 heading closes the level-2 one
    assert upgrade.location.endswith("guide.docx § Installation > Upgrading")
    assert upgrade.place() == {"heading": "Installation > Upgrading"}


def test_docx_table_rows_stay_apart_in_a_passage(tmp_path: Path) -> None:
    # a passage's line breaks are gone after chunking: a row must not run into the next one ("March
    # 2024 4.3" read as one cell gave a wrong answer with a citation)
    doc = load(make_docx(tmp_path / "guide.docx"))
    assert isinstance(doc, Document), doc
    passage = " ".join(c.text for c in chunk_document(doc, words, CONFIG) if "4.2" in c.text)
    assert "Version | Released. 4.2 | March 2024. 4.3 | June 2024." in " ".join(passage.split())


def test_pptx_one_unit_per_slide_with_notes(tmp_path: Path) -> None:
    doc = load(make_pptx(tmp_path / "deck.pptx"))
    assert isinstance(doc, Document), doc
    chunks = chunk_document(doc, words, ChunkerConfig(chunk_tokens=200, overlap_tokens=0, max_model_tokens=256))
    assert [c.slide for c in chunks] == [1, 2, 3]  # never two slides in one chunk, even when they would fit
    assert "forty engineers" in chunks[1].text and "Budget approved in May" in chunks[1].text  # notes with their slide
    assert chunks[1].location.endswith("deck.pptx slide 2")
    assert chunks[1].place() == {"slide": 2}


def test_epub_chapters_in_spine_order(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "book.epub", [("The Harbour", "Ships waited in the harbour for the tide."), ("The Storm", "The storm broke the pier at night.")])
    doc = load(path)
    assert isinstance(doc, Document), doc
    assert doc.text.index("The storm broke") < doc.text.index("Ships waited")  # spine lists chapter 2 first
    chunks = chunk_document(doc, words, CONFIG)
    assert {c.heading for c in chunks} == {"The Harbour", "The Storm"}


def _zip_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * (300 * 2**20))  # 300 MB of zeros, ~300 KB packed
    return path


@pytest.mark.parametrize(
    "name,make,reason",
    [
        ("bomb.docx", _zip_bomb, "zip bomb"),
        ("bomb.epub", _zip_bomb, "zip bomb"),
        ("broken.docx", lambda p: p.write_bytes(b"PK\x03\x04 truncated") and p, "damaged or truncated"),
        ("broken.pptx", lambda p: p.write_bytes(b"not a zip at all") and p, "damaged or truncated"),
        ("empty.epub", lambda p: make_epub(p, []), "no readable text"),
    ],
)
def test_bad_files_are_skipped_with_a_reason(tmp_path: Path, name: str, make, reason: str) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("docx")
    got = load(make(tmp_path / name))
    assert isinstance(got, Skipped) and reason in got.reason, got


def test_a_missing_package_is_a_skip_with_the_install_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rag.documents.loaders import base, office

    monkeypatch.setattr(office.DocxLoader, "requirements", lambda self: [base.Requirement("no_such_module_xyz", "python-docx==1.2.0")])
    got = load(make_docx(tmp_path / "guide.docx"))
    assert isinstance(got, Skipped) and "pip install 'python-docx==1.2.0'" in got.reason


def test_mixed_folder_is_indexed_and_cited_by_place(tmp_path: Path, settings, runner: CliRunner, use_backends) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "mixed"
    folder.mkdir()
    make_docx(folder / "guide.docx")
    make_pptx(folder / "deck.pptx")
    make_epub(folder / "book.epub", [("The Storm", "The storm broke the pier at night.")])
    (folder / "notes.md").write_text("# Notes\n\nThe cafeteria opens at eight.\n", encoding="utf-8")
    _zip_bomb(folder / "bomb.docx")
    files, _ = scan([folder])
    assert {f.name for f in files} == {"guide.docx", "deck.pptx", "book.epub", "notes.md", "bomb.docx"}
    embedder = FakeEmbedder()
    use_backends(embedder=embedder)
    report = ingest([folder], Runtime(settings, embedder=embedder))
    assert report.files == 4 and [Path(s.path).name for s in report.skipped] == ["bomb.docx"]
    result = runner.invoke(app, ["search", "--json", "How many engineers will be hired next year?"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)["hits"]
    top = next(h for h in hits if h["file"].endswith("deck.pptx"))
    assert top["slide"] == 2 and "page" not in top
    text = runner.invoke(app, ["search", "How many engineers will be hired next year?"], env={"COLUMNS": "400"}).stdout
    assert "deck.pptx slide 2" in text


def test_old_chunk_records_still_load() -> None:
    from rag.records import Chunk

    old = {"id": "a", "source": "/x.txt", "start_line": 1, "end_line": 2, "start_char": 0, "end_char": 5, "text": "hello"}
    chunk = Chunk.from_dict(old)
    assert chunk.page is None and chunk.location.endswith("x.txt:1-2") and chunk.place() == {}




# ------------------------------------------------------------------------------- PDF

CORPUS = Path(__file__).resolve().parent.parent / "eval" / "docs" / "corpus"
DATA = Path(__file__).resolve().parent / "data"
pdfium = pytest.importorskip("pypdfium2")


def test_pdf_pages_travel_to_the_chunks() -> None:
    doc = load(CORPUS / "acm-sample-sigconf.pdf")
    assert isinstance(doc, Document), doc
    assert doc.unit_kind == "page" and [n for _, n in doc.units or []] == [1, 2, 3, 4, 5, 6]
    assert "\ufffe" not in doc.text and "\x0c" not in doc.text
    chunks = chunk_document(doc, words, CONFIG)
    assert chunks[0].page == 1 and chunks[-1].page == 6
    assert all(c.page is not None and (c.end_page is None or c.end_page == c.page + 1) for c in chunks)
    # the page each chunk names holds its text (the first words of the chunk are on that page)
    pdf = pdfium.PdfDocument(str(CORPUS / "acm-sample-sigconf.pdf"))
    for c in chunks[::7]:
        page_text = " ".join(pdf[c.page - 1].get_textpage().get_text_range().replace("\ufffe", "").split())
        assert " ".join(c.text.split()[:4]) in page_text, (c.page, c.text[:80])
    spanning = next((c for c in chunks if c.end_page), None)
    if spanning is not None:
        assert spanning.location.endswith(f"pp. {spanning.page}-{spanning.end_page}")
        assert spanning.place() == {"page": spanning.page, "end_page": spanning.end_page}


def test_bad_pdfs_are_named_and_skipped(tmp_path: Path) -> None:
    encrypted = load(DATA / "encrypted-password-secret.pdf")
    assert isinstance(encrypted, Skipped) and "needs a password" in encrypted.reason
    truncated = tmp_path / "truncated.pdf"
    data = (CORPUS / "debian-faq-pkg-basics.pdf").read_bytes()
    truncated.write_bytes(data[: len(data) // 3])
    got = load(truncated)
    assert isinstance(got, Skipped) and "damaged or truncated" in got.reason
    scanned = load(CORPUS / "aps-sample-scanned.pdf")
    assert isinstance(scanned, Skipped) and "no OCR" in scanned.reason
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.7\n\x00\x01\x02 not really")
    assert isinstance(load(garbage), Skipped)


def test_a_pdf_with_an_image_only_page_names_it(tmp_path: Path) -> None:
    """Text pages are read; a page without a text layer is named in a warning."""
    source = pdfium.PdfDocument(str(CORPUS / "debian-faq-pkg-basics.pdf"))
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(source, [0])
    mixed.new_page(612, 792)  # page 2: nothing on it, as a scan without OCR has no text
    mixed.import_pages(source, [1])
    path = tmp_path / "mixed.pdf"
    mixed.save(str(path))
    doc = load(path)
    assert isinstance(doc, Document), doc
    assert [n for _, n in doc.units or []] == [1, 2, 3]
    assert len(doc.warnings) == 1 and "no text on page 2 " in doc.warnings[0] and "mixed.pdf" in doc.warnings[0]


def test_page_ranges() -> None:
    from rag.documents.loaders.pdf import page_ranges

    assert page_ranges([1, 2, 3, 7, 9, 10]) == "1-3, 7, 9-10"
    assert page_ranges([4]) == "4"


def test_an_odd_file_is_skipped_not_an_aborted_ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Any exception of a loader's library (python-docx raises ValueError for a vMerge in a table's
    first row) is a named skip of that file."""
    from rag.documents.loaders import office

    def broken(self, path, data):  # type: ignore[no-untyped-def]
        raise ValueError("no tr above topmost tr")

    monkeypatch.setattr(office.DocxLoader, "extract", broken)
    got = load(make_docx(tmp_path / "odd.docx"))
    assert isinstance(got, Skipped) and "ValueError: no tr above topmost tr" in got.reason


def test_epub_edge_cases(tmp_path: Path) -> None:
    import time

    # an unknown encoding in container.xml, percent-encoded hrefs, and a chapter of unclosed tags
    path = tmp_path / "odd.epub"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("META-INF/container.xml", '<?xml version="1.0" encoding="bogus"?><container/>')
    got = load(path)
    assert isinstance(got, Skipped) and "damaged container.xml" in got.reason
    path = tmp_path / "spaces.epub"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("META-INF/container.xml", '<container><rootfiles><rootfile full-path="content.opf"/></rootfiles></container>')
        z.writestr("content.opf", '<package><manifest><item id="a" href="Chapter%201.xhtml"/></manifest><spine><itemref idref="a"/></spine></package>')
        z.writestr("Chapter 1.xhtml", "<html><body><h1>" + "<h1 " * 20_000 + "</body></html><p>The lighthouse stands on the cliff.</p>")
    t = time.perf_counter()
    doc = load(path)
    assert time.perf_counter() - t < 10  # the title search is bounded (it was quadratic: hours for 170k tags)
    assert isinstance(doc, Document) and "lighthouse" in doc.text


def test_epub_chapters_in_their_declared_encoding_and_binary_ones_skipped(tmp_path: Path) -> None:
    """A chapter that declares ISO-8859-1 keeps its "é" (it became U+FFFD), one in UTF-16 is read, and a
    chapter of binary data is skipped with a warning instead of being indexed as garbage."""
    import os

    chapters = [
        '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>Le caf\xe9 du port.</p></body></html>'.encode("latin-1"),
        "<html><body><p>Tea by the lighthouse.</p></body></html>".encode("utf-16"),
        os.urandom(4096) + b"\x00",
        '<?xml version="1.0" encoding="UTF-16"?><html><body><p>A na\xefve declaration.</p></body></html>'.encode(),  # UTF-8 after all
    ]
    path = tmp_path / "enc.epub"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("META-INF/container.xml", '<container><rootfiles><rootfile full-path="content.opf"/></rootfiles></container>')
        items = "".join(f'<item id="c{i}" href="ch{i}.xhtml"/>' for i in range(len(chapters)))
        spine = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
        z.writestr("content.opf", f"<package><manifest>{items}</manifest><spine>{spine}</spine></package>")
        for i, data in enumerate(chapters):
            z.writestr(f"ch{i}.xhtml", data)
    doc = load(path)
    assert isinstance(doc, Document), doc
    assert "café du port" in doc.text and "\ufffd" not in doc.text and "lighthouse" in doc.text and "naïve declaration" in doc.text
    assert any("chapter 3 skipped: not XHTML" in w for w in doc.warnings), doc.warnings


def test_headings_are_one_clean_line(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "esc.epub", [("Bad\x1b[31m title\x07\nhere", "Body text of the chapter.")])
    doc = load(path)
    assert isinstance(doc, Document)
    heading = (doc.headings or [])[0][1]
    assert "\x1b" not in heading and "\x07" not in heading and "\n" not in heading
