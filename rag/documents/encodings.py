"""Text from a file's bytes: UTF-8, UTF-16 with or without a byte-order mark, legacy code pages; or not text at all.

rag.documents.reading reads every text file through :func:`decode`; the EPUB loader its chapters through the rest.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter


def decode(data: bytes) -> tuple[str, str] | None:
    """The text of a file's bytes and, when it was not plain UTF-8, how it was read ("no byte-order mark; read as
    UTF-16-LE"; "" for UTF-8); None for binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 with a byte-order mark (Windows "Unicode" text): full of NUL bytes, yet text
        return data.decode("utf-16", errors="replace"), ""
    if (utf16 := _utf16_without_bom(data)) is not None:
        return data.decode(utf16, errors="replace"), f"no byte-order mark; read as {utf16.upper()}"
    if looks_binary(data):
        return None
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        decoded, how = decode_legacy(data)
        return decoded, f"not valid UTF-8; {how}"


#: share of control or undecodable characters above which a file is taken for binary
_BINARY_SHARE = 0.10
_BINARY_SAMPLE = 65536
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd]")


def looks_binary(data: bytes) -> bool:
    """Whether ``data`` is binary, not text: a NUL byte near its start, or mostly control or undecodable characters."""
    if b"\x00" in data[:8192]:
        return True
    sample = data[:_BINARY_SAMPLE]
    if not _UTF8_SEQUENCE.search(sample):
        # judged as the Windows-1252 it is then read as (decode_legacy): read as UTF-8, every accent of a
        # Latin-1 file counted as an undecodable byte, and a short French or German one ("Caf\xe9 cr\xe8me
        # \xe0 Gen\xe8ve", 13 %) was skipped as binary
        return _mostly_control(sample.decode("cp1252", errors="replace"))
    return _mostly_control(sample.decode("utf-8", errors="replace"))


def _mostly_control(sample: str) -> bool:
    """Whether more than :data:`_BINARY_SHARE` of decoded ``sample`` is control or undecodable characters."""
    return bool(sample) and len(_CONTROL_CHARS.findall(sample)) / len(sample) > _BINARY_SHARE


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text without a byte-order mark (some Windows exports): in
    mostly-Latin text one byte of each pair is NUL, always the same one, which binary data does not
    keep up; text in other scripts is judged by its characters (:func:`_utf16_of_other_scripts`); None
    otherwise (and for a sample too short to tell)."""
    sample = data[:4096]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 16:
        return None
    pairs = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for nuls, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls < 0.9 * pairs or other > 0.01 * pairs:
            continue
        text = sample.decode(codec, errors="replace")
        if "\x00" not in text and not _mostly_control(text):
            return codec
    if even or odd:  # 8-bit text holds no NUL byte: a Latin-1 file is never taken for UTF-16
        return _utf16_of_other_scripts(sample)
    return None


#: the blocks most text is written in: ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai,
#: punctuation and symbols, the CJK blocks (punctuation, kana, jamo, ideographs), Hangul, fullwidth forms
_TEXT_BLOCKS = re.compile(
    "[\t\n\r\x20-\x7e\u00a0-\u024f\u0370-\u052f\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f\u2000-\u27bf"
    "\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
)
#: share of a UTF-16 reading that must fall in :data:`_TEXT_BLOCKS`
_TEXT_SHARE = 0.95
#: share of its characters above U+00FF (that have no NUL byte) that may be made of two ASCII bytes
_ASCII_PAIRS = 0.75


def _utf16_of_other_scripts(sample: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text without a byte-order mark in Chinese, Japanese, Korean,
    Cyrillic or another script outside Latin, where few bytes are NUL (the high bytes of its spaces,
    newlines and digits, the low bytes of a few letters: U+4E00): read in its own byte order, such
    text stays in :data:`_TEXT_BLOCKS`; read in the other order, or binary data read as UTF-16, strays
    out of them or has a lone surrogate.

    ASCII text with NUL bytes in it (``find -print0`` lists, records) also stays in them, as CJK
    ideographs (b"ab" is U+6162): there nearly every character is two ASCII bytes, in Chinese or
    Japanese about a third to a half of them (:data:`_ASCII_PAIRS`). Measured (2026-12-03) on windows
    of 8-2,000 characters of the Chinese, Japanese, Korean, Russian and European texts at hand (GnuPG's
    help files, CPython's CJK codec tests): 3,997 of 3,999 read in their own order; none of 16,000 binary
    strings (random, random with NULs, ASCII text with NULs inserted, NUL-separated words and lines,
    records) taken for UTF-16, nor any of 90,000 files with NUL bytes on a development machine but
    UTF-16 text and files of suffixes rag never reads (.pyc, .a). A text without a single space,
    newline or digit stays out of reach."""
    best, best_share = None, _TEXT_SHARE
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            # incremental, not final: a surrogate pair cut at the sample's end is no error
            text = codecs.getincrementaldecoder(codec)().decode(sample)
        except UnicodeDecodeError:  # a lone surrogate: not text in this byte order
            continue
        share = len(_TEXT_BLOCKS.findall(text)) / len(text) if text else 0.0
        # no letter of a language is a quarter of its text; one number over and over (a tensor of 1.0,
        # b"\x00\x00\x80?" read as "耀?") is half of it
        letters = Counter(c for c in text if not c.isspace())
        varied = not letters or max(letters.values()) <= len(text) / 4
        if share >= best_share and varied and _ascii_pair_share(text) <= _ASCII_PAIRS:
            best, best_share = codec, share
    return best


def _ascii_pair_share(text: str) -> float:
    """Of the characters of ``text`` above U+00FF without a NUL byte, the share whose high byte is
    printable ASCII and low byte ASCII (what two bytes of ASCII text read as UTF-16 give)."""
    wide = [ord(c) for c in text if ord(c) > 0xFF and ord(c) & 0xFF]
    if not wide:
        return 0.0
    return sum(1 for c in wide if 0x20 <= c >> 8 <= 0x7E and c & 0xFF < 0x80) / len(wide)


# a UTF-8 multi-byte sequence: a file holding one is UTF-8 with some damage, not a legacy code page
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def decode_legacy(data: bytes) -> tuple[str, str]:
    """Text of a file that is not UTF-8, and how it was read ("read as Windows-1252 (Latin-1)").

    Old Windows and Latin-1 text files ("café" as the single byte E9) are read
    as Windows-1252, so their accented words can still be found; a file that
    does hold UTF-8 sequences keeps them, with the broken bytes replaced.
    """
    if not _UTF8_SEQUENCE.search(data):
        try:
            return data.decode("cp1252"), "read as Windows-1252 (Latin-1)"
        except UnicodeDecodeError:  # one of the five bytes cp1252 leaves undefined
            pass
    return data.decode("utf-8", errors="replace"), "undecodable bytes were replaced"
