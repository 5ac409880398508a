"""CLI commands of the web app and reports: ``serve``, ``users add|list``, ``report``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from pii_scanner.errors import ConfigError

ConfigOpt = Annotated[Optional[Path], typer.Option("--config", "-c", help="TOML config file")]
DataDirOpt = Annotated[Optional[Path], typer.Option("--data-dir", help="Folder for the SQLite store, key and locks")]
DbOpt = Annotated[Optional[str], typer.Option("--database-url", help="Store URL")]

users_app = typer.Typer(help="Web app accounts (agent, manager, admin).", no_args_is_help=True)


def _settings(config, data_dir, database_url, **extra):
    from pii_scanner.cli import _settings as settings_from_cli

    return settings_from_cli(config, data_dir=data_dir, **{"database.url": database_url}, **extra)


def serve(config: ConfigOpt = None, data_dir: DataDirOpt = None, database_url: DbOpt = None,
          host: Annotated[Optional[str], typer.Option(help="Address to listen on (default from [web] host)")] = None,
          port: Annotated[Optional[int], typer.Option(help="Port (default from [web] port)")] = None) -> None:
    """Run the review web app (agents review and redact, managers read reports)."""
    import uvicorn

    from pii_scanner.web import create_app

    settings = _settings(config, data_dir, database_url, **{"web.host": host, "web.port": port})
    app = create_app(settings)
    typer.echo(f"pii-scanner review app on http://{settings.web.host}:{settings.web.port}/")
    uvicorn.run(app, host=settings.web.host, port=settings.web.port, log_level="warning",
                access_log=False)


@users_app.command("add")
def users_add(name: Annotated[str, typer.Argument(help="Sign-in name")],
              role: Annotated[str, typer.Option(help="agent, manager or admin")] = "agent",
              config: ConfigOpt = None, data_dir: DataDirOpt = None,
              database_url: DbOpt = None) -> None:
    """Add an account; the password is read from stdin (or prompted for on a terminal)."""
    from pii_scanner.pipeline.build import open_store
    from pii_scanner.web.accounts import add_user

    if sys.stdin.isatty():
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    settings = _settings(config, data_dir, database_url)
    store = open_store(settings)
    try:
        add_user(store, name, role, password)
        store.audit(actor="cli", action="user_add", object_kind="web_users", result="ok",
                    detail={"name": name, "role": role})
    except ConfigError as exc:
        raise typer.BadParameter(str(exc)) from None
    finally:
        store.close()
    typer.echo(f"added {role} {name}")


@users_app.command("list")
def users_list(config: ConfigOpt = None, data_dir: DataDirOpt = None,
               database_url: DbOpt = None) -> None:
    """List accounts: name, role, active, last sign-in."""
    from pii_scanner.pipeline.build import open_store
    from pii_scanner.web.accounts import list_users

    store = open_store(_settings(config, data_dir, database_url))
    try:
        for u in list_users(store):
            typer.echo(f"{u['name']}\t{u['role']}\t{'active' if u['active'] else 'disabled'}\t"
                       f"{u['last_login_at'] or 'never'}")
    finally:
        store.close()


def report(fmt: Annotated[str, typer.Option("--format", help="html, csv, xlsx or json")] = "html",
           out: Annotated[Path, typer.Option("--out", help="File to write")] = Path("pii-report.html"),
           config: ConfigOpt = None, data_dir: DataDirOpt = None,
           database_url: DbOpt = None) -> None:
    """Write the managers' redaction report (counts and charts, never personal values)."""
    from pii_scanner.pipeline.build import open_store
    from pii_scanner.reports import FORMATS, build_report, write_report

    if fmt not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    store = open_store(_settings(config, data_dir, database_url))
    try:
        path = write_report(build_report(store), fmt, out)
    finally:
        store.close()
    typer.echo(f"wrote {path}")


def register(app: typer.Typer) -> None:
    """Add ``serve``, ``users`` and ``report`` to the main CLI."""
    from pii_scanner.cli import _guard

    app.command("serve")(_guard(serve))
    app.command("report")(_guard(report))
    app.add_typer(users_app, name="users", help="Web app accounts (agent, manager, admin).")
