"""Which files an ingest reads: the folders and files it was given (or the last ingest's), less what
`rag remove` took out of them; and which folders of the last ingest a new one leaves out."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Sequence

from rag.config import default_corpus
from rag.documents.reading import Skipped, max_file_bytes, scan
from rag.errors import UsageError
from rag.library import absolute, is_excluded, kept_exclusions, link_path, within


def roots(
    paths: Sequence[str | os.PathLike[str]] | None,
    previous_roots: list[str],
    previous_excluded: list[str],
    add: bool,
    unusable: str | None,
    log: Callable[[str], None],
    emptied: bool = False,
) -> tuple[list[Path], list[str]]:
    """The files and folders to scan, and the previous ones that are missing (kept among the roots, so
    that the next `rag ingest` looks again: an unmounted drive). ``emptied``: the index names no folder
    (rag remove took the last one)."""
    missing: list[str] = []
    if paths is not None and any(not str(p).strip() for p in paths):
        # an unset shell variable ("rag ingest $DOCS"): never index the current folder by accident
        raise UsageError("An empty path was given.", hint="Name the files or folders to index.")
    if add:
        if not paths:
            raise UsageError("rag ingest --add needs the files or folders to add.", hint="For example: rag ingest --add ~/notes")
        added = [absolute(Path(p)) for p in paths]
        missing = [r for r in previous_roots if not os.path.lexists(r)]
        present = [r for r in previous_roots if os.path.lexists(r)]
        paths = [*present, *(p for p, a in zip(paths, added) if _own_root(a, present, previous_excluded))]
    if paths:
        # one root per place: "docs" and "./docs/" given together are scanned (and reported) once
        unique: dict[str, Path] = {}
        for p in paths:
            unique.setdefault(absolute(Path(p)), Path(p))
        return list(unique.values()), missing
    if not previous_roots:
        if emptied:  # not the demo corpus in its place: the user removed what was there
            raise UsageError("The collection names no folders to index again (rag remove took the last one).", hint="Name what to index: rag ingest PATH")
        if unusable:
            log(f"The folders of the damaged index are unknown: indexing {default_corpus()} (to index others, run: rag ingest --rebuild PATH ...).")
        return [default_corpus()], missing
    roots = [Path(r) for r in previous_roots if os.path.lexists(r)]
    missing = sorted(set(previous_roots) - {str(r) for r in roots})
    for gone in missing:
        log(f"{gone}, indexed before, is missing: its documents are left out until it is back (to forget it, run rag ingest with the folders to keep).")
    if not roots:
        raise UsageError("None of the files or folders indexed before exists any more.", hint="Run: rag ingest PATH ... to index others.")
    return roots, missing


def _own_root(path: str, present: list[str], excluded: list[str]) -> bool:
    """Whether a path given to ``--add`` (absolute) is scanned as a root of its own. One inside a folder of
    the collection is not (adding it lifts its removal), unless it lies inside a removed folder (a removal
    above a path named does not overrule it) or is hidden below every folder it is in (their scans pass
    over it)."""
    return all(_hidden_below(path, r) for r in present if within(path, r)) or any(within(path, e) and path != e for e in excluded)


def _hidden_below(path: str, root: str) -> bool:
    """Whether ``path`` (absolute, within ``root``) is, or is in, a hidden file or folder below ``root``:
    a scan of ``root`` leaves it out, so a path named to be added must be scanned on its own."""
    return any(part.startswith(".") for part in Path(os.path.relpath(path, root)).parts if part != ".")


def scan_roots(
    roots: list[Path], paths: Sequence[str | os.PathLike[str]] | None, previous_excluded: list[str], add: bool, home: Path
) -> tuple[list[Path], list[Skipped], list[str], list[str]]:
    """The files under ``roots`` and those skipped, the roots as absolute paths, and the removed paths
    that still apply (files under them are left out)."""
    root_names = [absolute(r) for r in roots]
    # only --add lifts a removal of what it names: a plain ingest of the folder around a removed file leaves
    # it out (a path named as a root of its own is indexed whatever was removed above it: is_excluded)
    excluded = kept_exclusions(previous_excluded, root_names, [absolute(Path(p)) for p in paths or []] if add else [])

    def removed_link(found: Path) -> bool:
        # a removed file symlink is remembered by its link: its target, where the index keeps it, may lie
        # outside every folder of the collection, so the check of the resolved paths below cannot see it
        return is_excluded(link_path(str(found)), root_names, excluded)

    # a path that does not exist fails here, before anything is said or changed
    files, skipped = scan(roots, max_file_bytes(home), removed_link if excluded else None)
    if excluded:  # and a removed path is not listed as skipped either (a dangling link `rag remove` named)
        files = [f for f in files if not is_excluded(absolute(f), root_names, excluded)]
        skipped = [s for s in skipped if not is_excluded(link_path(s.path), root_names, excluded)]
    return files, skipped, root_names, excluded


def not_covered(previous: list[str], roots: list[str]) -> list[str]:
    """The previous roots that none of ``roots`` (absolute) is or contains."""
    return [p for p in previous if not any(within(p, r) for r in roots)]
