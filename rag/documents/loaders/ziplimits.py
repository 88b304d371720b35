"""Opening the ZIP container of a DOCX, PPTX or EPUB without trusting it.

A zip bomb (a few KB that inflate to gigabytes) must not take the machine's
memory, so the members' declared sizes are checked before anything is
inflated: at most 256 MB in all, and no member inflating more than 200-fold
(text XML compresses 5-20 fold; an EPUB's images barely at all).
"""

from __future__ import annotations

import io
import zipfile

from rag.documents.loaders.base import LoaderError

#: the most a document's members may inflate to, together
MAX_TOTAL = 256 * 1024 * 1024
#: the highest compression ratio a member may declare (above 1 MB)
MAX_RATIO = 200
#: the most members a document may have
MAX_MEMBERS = 20_000


def open_zip(data: bytes, kind: str) -> zipfile.ZipFile:
    """The ZIP archive in ``data``, checked against the limits; LoaderError naming what is wrong."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise LoaderError(f"not a valid {kind} (damaged or truncated: {exc})") from None
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise LoaderError(f"{kind} with {len(infos):,} parts: more than {MAX_MEMBERS:,}, refused as a possible zip bomb")
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL:
        raise LoaderError(f"{kind} that inflates to {total / 2**20:,.0f} MB: more than {MAX_TOTAL // 2**20} MB, refused as a possible zip bomb")
    for info in infos:
        if info.file_size > 2**20 and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise LoaderError(f"{kind} part {info.filename} inflates {info.file_size // max(1, info.compress_size):,}-fold: refused as a possible zip bomb")
    return archive


def read_member(archive: zipfile.ZipFile, name: str, kind: str) -> bytes:
    """One member's bytes, bounded by its declared size (a lying header cannot inflate more)."""
    try:
        info = archive.getinfo(name)
        with archive.open(info) as handle:
            data = handle.read(info.file_size + 1)
    except KeyError:
        raise LoaderError(f"{kind} without its part {name}") from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise LoaderError(f"damaged {kind} part {name} ({exc})") from None
    if len(data) > info.file_size:
        raise LoaderError(f"{kind} part {name} inflates past its declared size: refused as a possible zip bomb")
    return data
