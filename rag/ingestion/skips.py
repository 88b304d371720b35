"""A file skipped again: the next ingest summarises the files that the previous one skipped for the
same reason (kept in the index manifest, ``Manifest.skipped``) in one line, instead of listing them
on every run; new skips, and files skipped for another reason than before, are listed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from rag.documents.reading import Skipped


def repeated(skipped: Sequence["Skipped"], before: Mapping[str, str]) -> list[str]:
    """The paths of ``skipped`` (as :func:`rag.library.link_path` names them: the same whether their folder
    was given through a link or not) that ``before`` (path -> reason: the previous ingest's skips, as given
    then, relative or not) holds with the same reason."""
    from rag.library import link_path

    previous = {link_path(path): reason for path, reason in before.items()}
    return [link_path(s.path) for s in skipped if previous.get(link_path(s.path)) == s.reason]
