"""What the ``redact`` and ``orgs`` command modules share with :mod:`pii_scanner.cli`.

The base CLI imports these modules to register them, so they must not import it at module
level; its helpers are looked up when a command runs.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Annotated, Optional

import typer

ConfigOpt = Annotated[Optional[Path], typer.Option("--config", "-c", help="TOML config file (default: $PII_SCANNER_CONFIG or ./pii-scanner.toml)")]
DbOpt = Annotated[Optional[str], typer.Option("--database-url", help="Store URL (default: $PII_SCANNER_DATABASE_URL or SQLite in the data dir)")]
DataDirOpt = Annotated[Optional[Path], typer.Option("--data-dir", help="Folder for the SQLite store, key and locks")]


def guarded(fn):
    """:func:`pii_scanner.cli._guard` (one-line errors, documented exit codes), applied late."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        from pii_scanner.cli import _guard

        return _guard(fn)(*args, **kwargs)

    return wrapper


def settings(config, **overrides):
    from pii_scanner.cli import _settings

    return _settings(config, **overrides)


def consoles():
    """(stdout console, stderr console) of the base CLI."""
    from pii_scanner.cli import console, err

    return console, err
