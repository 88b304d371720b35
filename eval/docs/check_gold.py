"""Check eval/docs/gold.jsonl against the text that pypdfium2 extracts from eval/docs/corpus/.

    python eval/docs/check_gold.py            # needs pypdfium2 (see docs/pdf-extraction.md)

For every question it checks:
- the key set is exactly the one of eval/gold.jsonl plus "page"; ids run d001, d002, ... in order;
- answerable: every listed source exists; at least one answer occurs in the first listed source on
  the stated page (PDF: 1-based page as extracted page by page; DOCX: page is null and the whole
  document is searched); every evidence quote occurs on that page (or in a listed source);
- unanswerable: answers, sources and evidence are empty, page is null, and none of the probe
  patterns in PROBES (what a right answer would have to contain) occurs in any corpus document.

Matching is case-insensitive on text normalised with NFKC (ligatures expanded), PDFium's line-end
hyphen marker U+FFFE and soft hyphens removed, and runs of whitespace collapsed to one space.
Exit status 0 when all checks pass.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold.jsonl"
KEYS = {"id", "question", "answers", "sources", "answerable", "evidence", "kind", "split", "page"}

# For each unanswerable question: regexes (case-insensitive) for what a correct answer would contain.
# None may match anywhere in the corpus; the near-miss each question was built on is noted.
PROBES = {
    "Zurich or Zürich": [r"z(u|ü)rich"],
    "pseudocode package": [r"algorithm2e", r"algpseudocode", r"algorithmicx"],
    "forum URL": [r"forums\.debian\.net"],
    "IRC": [r"\birc\b", r"\boftc\b", r"#debian\b"],
    "running-time exponent": [r"o\(n\^?\d", r"\bn\^\d", r"cubic time", r"quadratic time"],
    "21:9 option": [r"aspectratio=219", r"21:9"],
    "Béranger e-mail": [r"b(e|é)ranger@", r"vberanger", r"valerie\.\w+@"],
    "attendance": [r"\battendees\b", r"\bparticipants\b"],
    "dpkg version introducing Breaks": [r"dpkg (version )?1\.\d+", r"introduced in dpkg"],
    "boiling point": [r"boiling point", r"100 ?°c", r"212 ?°f"],
    "ISBN digits": [r"978-1-4503-\d{4}"],
}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\ufffe", "").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip().casefold()


def pdf_pages(path: Path) -> list[str]:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    out = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            out.append(tp.get_text_range())
            tp.close()
            page.close()
    finally:
        pdf.close()
    return out


def docx_text(path: Path) -> str:
    """Paragraph text of word/document.xml (w:t runs, w:tab and w:br as spaces), no dependency."""
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    paras = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
        p = re.sub(r"<w:(tab|br)\b[^>]*/>", " ", p)
        texts = re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", p, flags=re.S)
        paras.append("".join(texts))
    text = "\n".join(paras)
    for a, b in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&")):
        text = text.replace(a, b)
    return text


def load_corpus() -> dict[str, list[str]]:
    docs = {}
    for f in sorted(CORPUS.iterdir()):
        if f.suffix.lower() == ".pdf":
            docs[f.name] = [norm(t) for t in pdf_pages(f)]
        elif f.suffix.lower() == ".docx":
            docs[f.name] = [norm(docx_text(f))]
    return docs


def main() -> int:
    docs = load_corpus()
    everything = " \n ".join(" ".join(pages) for pages in docs.values())
    errors = []
    rows = [json.loads(line) for line in GOLD.read_text().splitlines() if line.strip()]
    for n, q in enumerate(rows, 1):
        qid = q.get("id")
        if set(q) != KEYS:
            errors.append(f"{qid}: keys {sorted(set(q) ^ KEYS)} differ")
            continue
        if qid != f"d{n:03d}":
            errors.append(f"{qid}: expected id d{n:03d}")
        if q["split"] not in ("tune", "heldout"):
            errors.append(f"{qid}: bad split")
        if not q["answerable"]:
            if q["answers"] or q["sources"] or q["evidence"] or q["page"] is not None:
                errors.append(f"{qid}: unanswerable with answers/sources/evidence/page")
            if q["kind"] != "unanswerable":
                errors.append(f"{qid}: unanswerable but kind {q['kind']}")
            continue
        missing = [s for s in q["sources"] if s not in docs]
        if missing or not q["sources"] or not q["answers"]:
            errors.append(f"{qid}: sources {missing or 'empty'} / answers empty")
            continue
        first = q["sources"][0]
        if first.endswith(".pdf"):
            if not isinstance(q["page"], int) or not 1 <= q["page"] <= len(docs[first]):
                errors.append(f"{qid}: page {q['page']} not in 1..{len(docs[first])} of {first}")
                continue
            where = docs[first][q["page"] - 1]
        else:
            if q["page"] is not None:
                errors.append(f"{qid}: DOCX-first question must have page null")
            where = docs[first][0]
        if not any(norm(a) in where for a in q["answers"]):
            errors.append(f"{qid}: no answer of {q['answers']} on {first} p.{q['page']}")
        for e in q["evidence"]:
            if norm(e) not in where and not any(norm(e) in " ".join(docs[s]) for s in q["sources"]):
                errors.append(f"{qid}: evidence not found: {e[:60]!r}")
        for s in q["sources"][1:]:  # every other listed source must hold an answer too
            if not any(norm(a) in " ".join(docs[s]) for a in q["answers"]):
                errors.append(f"{qid}: no answer in secondary source {s}")
    # unanswerable probes: nothing a right answer would need may be in the corpus
    for label, pats in PROBES.items():
        for pat in pats:
            m = re.search(pat, everything)
            if m:
                errors.append(f"probe {label!r}: {pat!r} found: ...{everything[max(0, m.start()-60):m.start()+80]}...")
    n_unans = sum(1 for q in rows if not q.get("answerable"))
    print(f"{len(rows)} questions: {len(rows) - n_unans} answerable, {n_unans} unanswerable; "
          f"splits {dict(Counter(q.get('split') for q in rows))}; "
          f"kinds {dict(Counter(q.get('kind') for q in rows))}")
    print("corpus: " + ", ".join(f"{k} ({len(v)} p.)" if k.endswith(".pdf") else k
                                for k, v in docs.items()))
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
