"""EPUB books: the chapters in spine order, each under its title, read with the standard library.

(EbookLib is AGPL-3.0, which rag, under Apache-2.0, does not take on; an EPUB
is a ZIP of XHTML files that rag's HTML extractor already reads.)
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import unquote
from xml.etree import ElementTree

from rag.documents.loaders.base import Extracted, Loader, LoaderError, TextBuilder
from rag.documents.loaders.ziplimits import open_zip, read_member

# bounded repeats, and only the first 64 KB searched: unclosed tags cannot make it quadratic
_TITLE = re.compile(r"<(h1|h2|title)\b[^>]{0,300}>(.{0,500}?)</\1\s*>", re.I | re.S)
_TITLE_WINDOW = 65536
_TAGS = re.compile(r"<[^>]+>")


def _xml(data: bytes, what: str) -> ElementTree.Element:
    try:
        # no DTDs or entities are declared in container.xml or an OPF; ElementTree expands none from outside
        return ElementTree.fromstring(data)
    except (ElementTree.ParseError, ValueError, LookupError) as exc:  # LookupError: an unknown encoding
        raise LoaderError(f"EPUB with a damaged {what} ({exc})") from None


#: the encoding an XHTML file declares in its first line (EPUB requires UTF-8 or UTF-16; books in the wild
#: also declare ISO-8859-1 or Windows-1252)
_DECLARED = re.compile(rb"""\A(?:\xef\xbb\xbf)?\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")


def _chapter_text(data: bytes) -> tuple[str, str]:
    """A chapter's markup and how it was read when not as UTF-8 ("" when it was); a LoaderError when it
    is binary data. UTF-8 first (what EPUB requires, and what a wrong declaration most often hides),
    UTF-16 by its byte-order mark or its first "<", then the encoding the file declares, then
    Windows-1252 as for text files."""
    import codecs

    from rag.documents.encodings import decode_legacy, looks_binary

    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"), (b"<\x00", "utf-16-le"), (b"\x00<", "utf-16-be")):
        if data.startswith(bom):
            return data.decode(encoding, "replace"), ""
    if looks_binary(data):
        raise LoaderError("not XHTML (binary data)")
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    found = _DECLARED.match(data)
    declared = found.group(1).decode("ascii") if found else ""
    if declared and "16" not in declared and "32" not in declared:  # a NUL-free file is not UTF-16
        try:
            return data.decode(declared), ""
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_legacy(data)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class EpubLoader(Loader):
    """EPUB 2 and 3 books."""

    suffixes = (".epub",)

    def extract(self, path: Path, data: bytes) -> Extracted:
        from rag.documents.html_text import extract_html

        archive = open_zip(data, "EPUB book")
        container = _xml(read_member(archive, "META-INF/container.xml", "EPUB book"), "container.xml")
        rootfile = next((el.get("full-path") for el in container.iter() if _local(el.tag) == "rootfile"), None)
        if not rootfile:
            raise LoaderError("EPUB without a package file (container.xml names none)")
        opf = _xml(read_member(archive, rootfile, "EPUB book"), rootfile)
        base = posixpath.dirname(rootfile)
        hrefs = {el.get("id"): el.get("href") for el in opf.iter() if _local(el.tag) == "item"}
        spine = [el.get("idref") for el in opf.iter() if _local(el.tag) == "itemref" and el.get("linear", "yes") != "no"]
        out = TextBuilder()
        warnings: list[str] = []
        for number, idref in enumerate(spine, start=1):
            href = hrefs.get(idref)
            if not href:
                continue
            name = posixpath.normpath(posixpath.join(base, unquote(href.split("#", 1)[0])))
            try:
                source, how = _chapter_text(read_member(archive, name, "EPUB book"))
            except LoaderError as exc:
                warnings.append(f"{path.name}: chapter {number} skipped: {exc}")
                continue
            if how:
                warnings.append(f"{path.name}: chapter {number} {how}")
            text, _ = extract_html(source)
            if not text.strip():
                continue
            found = _TITLE.search(source, 0, _TITLE_WINDOW)
            title = " ".join(_TAGS.sub(" ", found.group(2)).split()) if found else ""
            out.heading(title or f"Chapter {number}")
            out.add(text)
        if not out.length:
            raise LoaderError("EPUB with no readable text in its chapters")
        return Extracted(out.text(), headings=out.headings, warnings=warnings)
