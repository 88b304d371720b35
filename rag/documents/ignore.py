"""``.gitignore`` and ``.ragignore`` files, honoured while a folder is scanned.

Indexing a repository or a home folder must not pull in ``node_modules/``,
build output or whatever else its owner told git to ignore. Each ignore file
applies below its own folder, with git's pattern rules (pathspec's
``GitIgnoreSpec``); a ``.ragignore`` is read the same way, for what git should
keep but rag should not read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

IGNORE_FILES = (".gitignore", ".ragignore")
#: an ignore file larger than this is not read (a real one is a few KB)
MAX_IGNORE_BYTES = 1 << 20


class IgnoreRules:
    """The ignore files met so far in a walk, each with the folder it applies below."""

    def __init__(self) -> None:
        self._specs: list[tuple[Path, Any]] = []

    def enter(self, folder: Path) -> None:
        """Read the ignore files of ``folder`` (call before looking at its entries)."""
        lines: list[str] = []
        for name in IGNORE_FILES:
            path = folder / name
            try:
                if path.is_file() and path.stat().st_size <= MAX_IGNORE_BYTES:
                    lines += path.read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                continue
        if lines:
            self._specs.append((folder, _spec(lines)))

    def ignored(self, path: Path, is_dir: bool) -> bool:
        """Whether an ignore file of a folder above ``path`` excludes it."""
        for base, spec in self._specs:
            try:
                rel = path.relative_to(base).as_posix()
            except ValueError:
                continue
            if spec.match_file(rel + "/" if is_dir else rel):
                return True
        return False


def _spec(lines: list[str]) -> Any:
    """The rules of ``lines``; a line that is not a valid pattern ("!", "[z-a]") is left out, as git
    leaves it out, instead of failing the whole ingest."""
    import re

    import pathspec

    try:
        return pathspec.GitIgnoreSpec.from_lines(lines)
    except (ValueError, re.error):
        pass
    valid = []
    for line in lines:
        try:
            pathspec.GitIgnoreSpec.from_lines([line])
        except (ValueError, re.error):
            continue
        valid.append(line)
    return pathspec.GitIgnoreSpec.from_lines(valid)
