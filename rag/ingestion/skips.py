"""A file skipped again: the next ingest summarises the files that the previous one skipped for the
same reason (kept in the index manifest, ``Manifest.skipped``) in one line, instead of listing them
on every run; new skips, and files skipped for another reason than before, are listed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from rag.documents.reading import Skipped


def absolute(path: str) -> str:
    """``path`` made absolute, its folders' symlinks resolved (as the roots are) but not its own: a skipped
    symlink is named as itself, and the same whether the folder was given through a link or not."""
    from rag.library import link_path

    return link_path(path)


def repeated(skipped: Sequence["Skipped"], before: Mapping[str, str]) -> list[str]:
    """The absolute paths of ``skipped`` that ``before`` (path -> reason: the previous ingest's skips,
    as given then, relative or not) holds with the same reason."""
    previous = {absolute(path): reason for path, reason in before.items()}
    return [absolute(s.path) for s in skipped if previous.get(absolute(s.path)) == s.reason]
