"""`rag collections`, `rag sources`, `rag remove`: the document library's commands."""

from __future__ import annotations

import time
from typing import List, Optional

import typer

from rag.cli.common import CollectionOpt, HomeOpt, JsonOpt, StoreOpt, handle_errors
from rag.config import Settings


def _when(ts: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts)) if ts else "-"


def register(app: typer.Typer) -> None:
    """Add the library's commands to ``app``."""
    app.command("collections")(collections)
    app.command("sources")(sources_cmd)
    app.command("remove")(remove_cmd)


@handle_errors
def collections(home: Optional[str] = HomeOpt, store: Optional[str] = StoreOpt, json_out: bool = JsonOpt) -> None:
    """List the collections (each an index of its own, chosen with --collection) and their size."""
    from rag.cli.render import count, print_json, safe, stdout_console
    from rag.library import list_collections

    settings = Settings.load(home=home, store=store)
    found = list_collections(settings)
    if json_out:
        print_json([{**c.__dict__, "current": c.name == settings.collection} for c in found])
        return
    out = stdout_console()
    if not found:
        out.print("No collections yet. Run: rag ingest [PATH ...] (or rag --collection NAME ingest PATH ...)", markup=False, soft_wrap=True)
        return
    for c in found:
        mark = "*" if c.name == settings.collection else " "
        if c.problem:
            out.print(f"{mark} {safe(c.name)}: {safe(c.problem)}", markup=False, soft_wrap=True)
            continue
        roots = ", ".join(safe(r) for r in c.roots) or "-"
        out.print(f"{mark} {safe(c.name)}: {count(c.files, 'file')}, {count(c.chunks, 'chunk')}, updated {_when(c.updated)}; {roots}", markup=False, soft_wrap=True)


@handle_errors
def sources_cmd(
    home: Optional[str] = HomeOpt, store: Optional[str] = StoreOpt, collection: Optional[str] = CollectionOpt, json_out: bool = JsonOpt
) -> None:
    """List a collection's folders and files (with chunk counts), the paths removed from it, and the files skipped, with why."""
    from rag.cli.render import count, print_json, safe, stdout_console
    from rag.library import sources

    found = sources(Settings.load(home=home, store=store, collection=collection))
    if json_out:
        print_json(found.as_json())
        return
    out = stdout_console()

    def line(text: str) -> None:
        out.print(" ".join(safe(text).split()), markup=False, soft_wrap=True)

    line(f"Collection {found.collection} ({found.store}): {count(len(found.files), 'file')}, {count(found.chunks, 'chunk')}, updated {_when(found.updated)}")
    for root in found.roots:
        line(f"folder  {root}")
    for path in found.excluded:
        line(f"removed {path}")
    for f in found.files:
        line(f"{f.chunks:6d}  {f.path}")
    for path, reason in found.skipped.items():
        line(f"skipped {path}: {reason}")


@handle_errors
def remove_cmd(
    paths: List[str] = typer.Argument(..., help="Files or folders to drop from the collection."),
    home: Optional[str] = HomeOpt,
    store: Optional[str] = StoreOpt,
    collection: Optional[str] = CollectionOpt,
    json_out: bool = JsonOpt,
) -> None:
    """Drop files or folders from a collection; later ingests leave them out until rag ingest --add brings them back."""
    from rag.cli.render import count, print_json, stderr_console
    from rag.library import remove

    report = remove(paths, Settings.load(home=home, store=store, collection=collection))
    if json_out:
        print_json(report.__dict__)
        return
    stderr_console().print(
        f"Removed {count(len(report.removed), 'file')} ({count(report.chunks_removed, 'chunk')}); {count(report.files, 'file')}, {count(report.chunks, 'chunk')} left "
        f"({report.seconds:.1f} s).",
        markup=False,
        soft_wrap=True,
    )
