"""Benchmark PDF text extractors for rag: speed, quality probes, failure modes, memory.

Run from a scratch venv that has the candidates installed (NOT the project venv):

    python3 -m venv /tmp/pdfwork/venv
    /tmp/pdfwork/venv/bin/pip install pypdf pdfminer.six pypdfium2
    /tmp/pdfwork/venv/bin/python eval/docs/bench_pdf.py /tmp/pdfwork/files > /tmp/pdfwork/bench.json

FILES_DIR must hold the files named in SPEED_SET, BAD_SET and BIG (see docs/pdf-extraction.md for
how they were obtained).  Every measurement runs in a child process, one per library, so imports
and caches of one library do not affect another, a hang is cut off by a timeout, and peak RSS is
the child's own.  Extracted page texts are written to FILES_DIR/out/<lib>/<file>.txt, pages
separated by form feeds, for reading by eye.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections import Counter

LIBS = ["pypdf", "pdfminer", "pypdfium2"]
SPEED_SET = [
    "manual_beameruserguide.pdf",   # 234 pp, pdfTeX manual
    "manual_debian_faq.pdf",        # 73 pp, DocBook -> dblatex -> xdvipdfmx
    "paper2col_acm_sigconf.pdf",    # 6 pp, two-column ACM article
    "paper2col_revtex_apssamp.pdf", # 7 pp, two-column REVTeX, dvips + Ghostscript
    "slides_beamer_talk.pdf",       # 31 pp, beamer slides
]
BAD_SET = [
    "encrypted_userpw.pdf",         # AES-256, user password "secret"
    "encrypted_ownerpw_only.pdf",   # AES-256, empty user password (opens in any viewer)
    "scanned_image_only.pdf",       # 2 pages, PNG scans, no text layer
    "corrupt_truncated.pdf",        # first 60 % of the bytes of the slides
]
BIG = "big_1000p.pdf"               # 1,000 pages (the manual repeated), made with qpdf
TIMEOUT = 300


# ---------------------------------------------------------------- extractors (child side)
def pages_pypdf(path):
    from pypdf import PdfReader
    reader = PdfReader(path)
    for page in reader.pages:
        yield page.extract_text() or ""


def pages_pdfminer(path):
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer
    for layout in extract_pages(path):
        yield "".join(el.get_text() for el in layout if isinstance(el, LTTextContainer))


def pages_pypdfium2(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            page.close()
            yield text.replace("\r\n", "\n").replace("\r", "\n")
    finally:
        pdf.close()


EXTRACT = {"pypdf": pages_pypdf, "pdfminer": pages_pdfminer, "pypdfium2": pages_pypdfium2}


def rss_mb():
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(mode, lib, files_dir, names):
    fn = EXTRACT[lib]
    if mode == "speed":
        out_dir = os.path.join(files_dir, "out", lib)
        os.makedirs(out_dir, exist_ok=True)
        best, pages = None, 0
        for _rep in range(3):
            t0 = time.perf_counter()
            pages = 0
            texts = {}
            for name in names:
                texts[name] = list(fn(os.path.join(files_dir, name)))
                pages += len(texts[name])
            dt = time.perf_counter() - t0
            best = dt if best is None else min(best, dt)
        for name, ts in texts.items():
            with open(os.path.join(out_dir, name + ".txt"), "w") as f:
                f.write("\f".join(ts))
        print(json.dumps({"pages": pages, "best_s": best, "pages_per_s": pages / best}))
    elif mode == "bad":
        name = names[0]
        t0 = time.perf_counter()
        try:
            ts = list(fn(os.path.join(files_dir, name)))
            res = {"result": "ok", "pages": len(ts), "chars": sum(len(t.strip()) for t in ts)}
        except Exception as e:  # noqa: BLE001 - we want to see what each library raises
            res = {"result": "raised", "exc": f"{type(e).__module__}.{type(e).__name__}",
                   "msg": str(e)[:120]}
        res["s"] = round(time.perf_counter() - t0, 3)
        print(json.dumps(res))
    elif mode == "big":
        name = names[0]
        t0 = time.perf_counter()
        n, rss_at_100 = 0, None
        for _ in fn(os.path.join(files_dir, name)):
            n += 1
            if n == 100:
                rss_at_100 = rss_mb()
        print(json.dumps({"pages": n, "s": round(time.perf_counter() - t0, 1),
                          "peak_rss_mb_after_100_pages": round(rss_at_100, 1),
                          "peak_rss_mb_after_all": round(rss_mb(), 1)}))


# ---------------------------------------------------------------- quality probes (parent side)
def read_pages(files_dir, lib, name):
    with open(os.path.join(files_dir, "out", lib, name + ".txt")) as f:
        return f.read().split("\f")


def squash(s):
    return re.sub(r"\s+", " ", s)


def quality(files_dir, lib):
    q = {}
    acm = read_pages(files_dir, lib, "paper2col_acm_sigconf.pdf")
    # Page 2: column 1 holds sections 2, 2.1, 2.2, 3; column 2 holds 4, 5, 6, 7.
    p2 = squash(acm[1])
    marks = ["TEMPLATE OVERVIEW", "Template Styles", "Template Parameters", "MODIFICATIONS",
             "TYPEFACES", "TITLE INFORMATION", "AUTHORS AND AFFILIATIONS", "RIGHTS INFORMATION"]
    pos = [p2.find(m) for m in marks]
    q["two_col_order_ok"] = all(p >= 0 for p in pos) and pos == sorted(pos)
    q["two_col_positions"] = pos
    # Line-end hyphenation: words that TeX split on page 2 of the ACM paper.
    raw2 = acm[1]
    q["hyphen_split_kept"] = len(re.findall(r"[a-z]-\s*\n\s*[a-z]", raw2))
    q["hyphen_marked_fffe"] = raw2.count("\ufffe")  # PDFium marks a line-end hyphen as U+FFFE
    q["hyphen_joined"] = len(re.findall(r"[a-z]-[a-z]", raw2))
    q["hyphen_examples"] = [w for w in ["mod-", "modifications", "iden-", "identification",
                                        "man-", "management"] if w in raw2]
    # Ligatures: count presentation-form code points (U+FB00..U+FB06) across all speed-set text.
    lig = Counter()
    total = 0
    for name in SPEED_SET:
        for t in read_pages(files_dir, lib, name):
            total += len(t)
            for ch in t:
                if "\ufb00" <= ch <= "\ufb06":
                    lig[ch] += 1
    q["ligature_codepoints"] = sum(lig.values())
    q["chars_total"] = total
    # Odd characters: U+FFFD, control characters other than \n \t.
    odd = Counter()
    for name in SPEED_SET:
        for t in read_pages(files_dir, lib, name):
            for ch in t:
                if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\t"):
                    odd[repr(ch)] += 1
    q["odd_chars"] = dict(odd)
    # Words with "fi"/"fl" as plain letters in the manual (e.g. "define", "file", "float").
    man = read_pages(files_dir, lib, "manual_beameruserguide.pdf")
    q["manual_word_define"] = sum(t.count("define") for t in man)
    # Headers/footers: most common first and last non-blank line over the manual's pages.
    firsts, lasts = Counter(), Counter()
    for t in man:
        lines = [ln.strip() for ln in t.splitlines() if ln.strip()]
        if lines:
            firsts[re.sub(r"\d+", "#", lines[0])] += 1
            lasts[re.sub(r"\d+", "#", lines[-1])] += 1
    q["manual_top_first_line"] = firsts.most_common(1)[0]
    q["manual_top_last_line"] = lasts.most_common(1)[0]
    q["acm_running_head_pages"] = sum("Woodstock, NY" in t for t in acm)
    # Tables (ACM page 3 Table 1, page 4 Table 2): is a row kept together in order?
    q["table1_row_ok"] = bool(re.search(r"Ø\s*1 in 1,000\s*For Swedish names", acm[2]))
    q["table2_row_ok"] = bool(re.search(r"\\table\*\s*400\s*For wider tables", acm[3]))
    # Slides: pages == frames (overlays are separate pages); first slide text length.
    slides = read_pages(files_dir, lib, "slides_beamer_talk.pdf")
    q["slides_pages"] = len(slides)
    q["slides_empty_pages"] = sum(1 for t in slides if not t.strip())
    return q


def run_child(mode, lib, files_dir, names, timeout=TIMEOUT):
    cmd = [sys.executable, __file__, "--child", mode, lib, files_dir, *names]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"result": "timeout", "s": timeout}
    if p.returncode != 0:
        return {"result": "child failed", "rc": p.returncode, "stderr": p.stderr[-300:]}
    return json.loads(p.stdout.strip().splitlines()[-1])


def main():
    if sys.argv[1] == "--child":
        mode, lib, files_dir, *names = sys.argv[2:]
        child(mode, lib, files_dir, names)
        return
    if sys.argv[1] == "--quality-only":  # re-read out/ written by an earlier run
        files_dir = sys.argv[2]
        print(json.dumps({lib: quality(files_dir, lib) for lib in LIBS}, indent=1,
                         ensure_ascii=False))
        return
    files_dir = sys.argv[1]
    libs = sys.argv[2].split(",") if len(sys.argv) > 2 else LIBS
    report = {}
    for lib in libs:
        r = {"speed": run_child("speed", lib, files_dir, SPEED_SET)}
        r["quality"] = quality(files_dir, lib)
        r["bad"] = {name: run_child("bad", lib, files_dir, [name], timeout=60) for name in BAD_SET}
        r["big"] = run_child("big", lib, files_dir, [BIG], timeout=900)
        report[lib] = r
        print(json.dumps({lib: r}, ensure_ascii=False), file=sys.stderr)
    print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
