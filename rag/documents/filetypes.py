"""What kind of file a path is, from its name: text is then confirmed by its content.

rag reads every text file, whatever its suffix (code, JSON, CSV, config files,
a README without one); binary files are known by their content
(``rag.documents.encodings.looks_binary``). A few suffixes are binary by definition and
are skipped without being read. Text that is not prose (code, data, config) is
chunked by lines rather than by sentences, and cited by line.
"""

from __future__ import annotations

from pathlib import Path

#: suffixes that are never text: skipped without reading the file
BINARY_SUFFIXES = frozenset(
    ".png .jpg .jpeg .gif .bmp .tif .tiff .webp .ico .heic .psd .svgz "
    ".mp3 .wav .flac .ogg .m4a .aac .mp4 .mkv .avi .mov .webm "
    ".zip .gz .tgz .bz2 .xz .zst .7z .rar .tar .jar .war .whl .deb .rpm .dmg .iso .img "
    ".exe .dll .so .dylib .o .a .lib .pyc .pyo .class .wasm .bin .dat .db .sqlite .sqlite3 "
    ".doc .xls .ppt .xlsx .odt .ods .odp .key .numbers .pages "
    ".ttf .otf .woff .woff2 .eot .gguf .onnx .safetensors .pt .pth .npy .npz .parquet .arrow .pkl .pickle".split()
)

#: prose: chunked by sentences (the suffixes of rag's text, Markdown, reStructuredText and HTML readers)
PROSE_SUFFIXES = frozenset(".txt .text .md .markdown .rst .html .htm .xhtml".split())
#: files without a suffix that are prose by name
PROSE_NAMES = ("readme", "changelog", "changes", "news", "authors", "contributing", "license", "licence", "copying", "install", "todo", "notice")


def is_binary_name(path: Path) -> bool:
    """A suffix that is never text."""
    return path.suffix.lower() in BINARY_SUFFIXES


def is_prose(path: Path) -> bool:
    """Whether a text file is prose (sentences) rather than code, data or configuration (lines)."""
    suffix = path.suffix.lower()
    if suffix in PROSE_SUFFIXES:
        return True
    if not suffix:
        return path.name.lower() in PROSE_NAMES
    return False
