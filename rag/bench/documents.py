"""`rag bench`'s documents section: PDF pages per second through rag's loader against bare pypdfium2.

rag's side is what ingest does to a PDF before embedding: the loader (text of every page, page
starts recorded, control characters dropped) and the chunker (sentences, word-piece counts with
the configured embedder's tokenizer, windows with their pages). The bare side is pypdfium2's
text extraction alone, page by page. Peak RSS is measured in a child process that loads and
chunks a 1,000-page PDF (the corpus's manual, repeated).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rag.bench.util import TARGETS, Log, rounded, targets_met
from rag.config import _CHECKOUT, Settings

BIG_PAGES = 1000

_RSS_CHILD = """
import json, resource, sys, time
from pathlib import Path
from rag.backends.registry import build_embedder
from rag.ingestion.chunking import ChunkerConfig, chunk_document
from rag.config import Settings
from rag.documents.reading import load
settings = Settings.load()
embedder = build_embedder(settings)
t = time.perf_counter()
doc = load(Path(sys.argv[1]))
chunks = chunk_document(doc, embedder.count_tokens, ChunkerConfig(settings.chunk_tokens, settings.overlap_tokens, embedder.max_tokens))
print(json.dumps({"seconds": time.perf_counter() - t, "chunks": len(chunks), "pages": len(doc.units or []),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _bare(paths: list[Path]) -> int:
    import pypdfium2 as pdfium

    pages = 0
    for path in paths:
        pdf = pdfium.PdfDocument(str(path))
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
            pages += 1
        pdf.close()
    return pages


def _rag(paths: list[Path], settings: Settings) -> int:
    from rag.backends.registry import build_embedder
    from rag.documents.reading import Document, load
    from rag.ingestion.chunking import ChunkerConfig, chunk_document

    embedder = build_embedder(settings)
    config = ChunkerConfig(settings.chunk_tokens, settings.overlap_tokens, embedder.max_tokens)
    pages = 0
    for path in paths:
        doc = load(path)
        assert isinstance(doc, Document), doc
        chunk_document(doc, embedder.count_tokens, config)
        pages += len(doc.units or [])
    return pages


def _big_pdf(source: Path, folder: Path) -> Path:
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(source))
    out = pdfium.PdfDocument.new()
    while len(out) < BIG_PAGES:
        take = min(len(src), BIG_PAGES - len(out))
        out.import_pages(src, list(range(take)))
    path = folder / "big.pdf"
    out.save(str(path))
    return path


def bench_documents(settings: Settings, repeats: int, log: Log, corpus: Path | None = None) -> dict[str, Any]:
    """Pages per second of rag's PDF path (load and chunk, no embedding) vs bare pypdfium2, and peak RSS."""
    folder = corpus or _CHECKOUT / "eval" / "docs" / "corpus"
    from rag.documents.reading import Document, load

    pdfs = [p for p in sorted(folder.glob("*.pdf")) if isinstance(load(p), Document)]  # the scan has no text
    if not pdfs:
        from rag.errors import UsageError

        raise UsageError(f"No readable PDF in {folder} to measure.")
    _rag(pdfs[:1], settings)  # warm: the tokenizer loads, the files are in the page cache
    runs: dict[str, list[float]] = {"bare": [], "rag": []}
    pages = 0
    for i in range(repeats):
        for key in ("bare", "rag") if i % 2 == 0 else ("rag", "bare"):
            t = time.perf_counter()
            pages = _bare(pdfs) if key == "bare" else _rag(pdfs, settings)
            runs[key].append(time.perf_counter() - t)
    bare_pps, rag_pps = pages / min(runs["bare"]), pages / min(runs["rag"])
    log(f"  documents: {pages} pages of {len(pdfs)} PDFs: bare {bare_pps:.0f} pages/s, rag {rag_pps:.0f} pages/s")
    with tempfile.TemporaryDirectory(prefix="rag-bench-pdf-") as tmp:
        big = _big_pdf(max(pdfs, key=lambda p: p.stat().st_size), Path(tmp))
        proc = subprocess.run([sys.executable, "-P", "-c", _RSS_CHILD, str(big)], capture_output=True, text=True, timeout=1800)
    big_run = json.loads(proc.stdout.strip().splitlines()[-1]) if proc.returncode == 0 else {"error": proc.stderr[-300:]}
    ratio = rag_pps / bare_pps
    return {
        "pdfs": [p.name for p in pdfs], "pages": pages, "repeats": repeats,
        "bare_pages_per_s": rounded(bare_pps, 1), "rag_pages_per_s": rounded(rag_pps, 1), "ratio": rounded(ratio, 3),
        "big_pdf": {k: rounded(v, 2) if isinstance(v, float) else v for k, v in big_run.items()},
        **targets_met("documents", ratio=ratio >= TARGETS["documents"]["ratio_min"]),
    }
