"""The ``pii-scanner`` command line: thin commands over the library.

Exit codes (stable, for schedulers): 0 done; 1 finished with recorded item errors;
2 usage, configuration or authentication error; 3 the run failed (source unreachable after
retries; a rerun resumes); 4 another scan of the same source is running; 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from pii_scanner import __version__
from pii_scanner.config import Settings, load_settings
from pii_scanner.errors import AuthError, ConfigError, PiiScannerError, ScanLocked
from pii_scanner.logs import configure_logging

app = typer.Typer(help="Find and remove personal data in Zendesk-style helpdesks.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
console = Console()
err = Console(stderr=True)

ConfigOpt = Annotated[Optional[Path], typer.Option("--config", "-c", help="TOML config file (default: $PII_SCANNER_CONFIG or ./pii-scanner.toml)")]
DbOpt = Annotated[Optional[str], typer.Option("--database-url", help="Store URL (default: $PII_SCANNER_DATABASE_URL or SQLite in the data dir)")]
DataDirOpt = Annotated[Optional[Path], typer.Option("--data-dir", help="Folder for the SQLite store, key and locks")]


def _settings(config: Path | None, **overrides) -> Settings:
    settings = load_settings(config_path=config if config else "auto", overrides=overrides)
    configure_logging(settings.log_level)
    return settings


def _fail(code: int, message: str) -> None:
    from rich.markup import escape

    # (escaped: a message naming a config table, '[gdpr] retention_days', is not markup)
    err.print(f"[red]error:[/red] {escape(message)}", highlight=False, markup=True)
    raise typer.Exit(code)


def _guard(fn):
    """Map our exceptions to one clear line and the documented exit code (no traceback)."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (ConfigError, AuthError) as exc:
            _fail(2, str(exc))
        except ScanLocked as exc:
            _fail(4, str(exc))
        except PiiScannerError as exc:
            _fail(3, f"{type(exc).__name__}: {exc}")
        except KeyboardInterrupt:
            _fail(130, "interrupted; the next scan resumes from the last committed batch")

    return wrapper


def _parse_interval(text: str) -> float:
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text)
    if not m:
        raise typer.BadParameter("use a number with s, m, h or d, e.g. 15m")
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]


def _parse_since(text: str) -> datetime:
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter("use an ISO date or time, e.g. 2026-01-31 or 2026-01-31T12:00") from None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


@app.command()
@_guard
def init(config: ConfigOpt = None, data_dir: DataDirOpt = None, database_url: DbOpt = None,
         force: Annotated[bool, typer.Option(help="Overwrite an existing config file")] = False) -> None:
    """Create the data folder, the fingerprint key (mode 0600) and a starter config file."""
    from pii_scanner.bootstrap import initialise

    settings = _settings(None, data_dir=data_dir, **{"database.url": database_url})
    target = config or Path("pii-scanner.toml")
    done = initialise(settings, target, force=force)
    for line in done:
        console.print(line)


@app.command()
@_guard
def scan(
    config: ConfigOpt = None, database_url: DbOpt = None, data_dir: DataDirOpt = None,
    full: Annotated[bool, typer.Option("--full", help="Ignore checkpoints and read everything again")] = False,
    since: Annotated[Optional[str], typer.Option(help="Start from this ISO date/time instead of the checkpoint")] = None,
    limit: Annotated[Optional[int], typer.Option(help="Stop each stream after about N records (trial runs)")] = None,
    every: Annotated[Optional[str], typer.Option(help="Repeat forever at this interval, e.g. 15m")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the run result as JSON")] = False,
) -> None:
    """Scan the helpdesk incrementally (resumes from the last checkpoint) and store findings."""
    from pii_scanner.pipeline.build import run_scan
    from pii_scanner.pipeline.runner import ScanOptions
    from pii_scanner.render import ScanProgressView, scan_summary

    settings = _settings(config, data_dir=data_dir, **{"database.url": database_url})
    options = ScanOptions(full=full, since=_parse_since(since) if since else None, limit=limit)
    interval = _parse_interval(every) if every else None
    while True:
        with ScanProgressView(err if as_json else console) as view:
            result = run_scan(settings, options, on_progress=view)
        if as_json:
            console.print_json(json.dumps(_result_json(result)))
        else:
            scan_summary(console, result)
        if interval is None:
            raise typer.Exit(result.exit_code)
        options = ScanOptions(limit=limit)  # --full/--since apply to the first round only
        time.sleep(interval)


def _result_json(result) -> dict:
    return {"run_id": result.run_id, "state": result.state, "objects": dict(result.objects),
            "findings": dict(result.findings), "errors": dict(result.errors),
            "requests": result.requests, "seconds": round(result.seconds, 3)}


@app.command()
@_guard
def status(config: ConfigOpt = None, database_url: DbOpt = None, data_dir: DataDirOpt = None,
           as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output")] = False) -> None:
    """Runs, counts per kind and type, checkpoints and recent errors."""
    from pii_scanner.pipeline.build import open_store
    from pii_scanner.render import status_table

    settings = _settings(config, data_dir=data_dir, **{"database.url": database_url})
    store = open_store(settings)
    try:
        data = store.status()
    finally:
        store.close()
    if as_json:
        print(json.dumps(data, ensure_ascii=False, default=str, indent=2))
    else:
        status_table(console, data)


@app.command()
@_guard
def findings(
    config: ConfigOpt = None, database_url: DbOpt = None, data_dir: DataDirOpt = None,
    entity_type: Annotated[Optional[list[str]], typer.Option("--type", help="Entity type (repeatable)")] = None,
    kind: Annotated[Optional[list[str]], typer.Option("--kind", help="Object kind: tickets, comments, attachments, users, organizations")] = None,
    org: Annotated[Optional[str], typer.Option("--org", help="Organization id")] = None,
    ticket: Annotated[Optional[str], typer.Option("--ticket", help="Ticket id")] = None,
    since: Annotated[Optional[str], typer.Option(help="Detected at or after (ISO date)")] = None,
    until: Annotated[Optional[str], typer.Option(help="Detected before (ISO date)")] = None,
    limit: Annotated[Optional[int], typer.Option(help="At most N findings")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json, jsonl or csv")] = "table",
) -> None:
    """List stored findings (masked previews and fingerprints only, never values)."""
    from pii_scanner.pipeline.build import open_store
    from pii_scanner.render import write_findings

    if fmt not in {"table", "json", "jsonl", "csv"}:
        raise typer.BadParameter("use table, json, jsonl or csv", param_hint="--format")
    settings = _settings(config, data_dir=data_dir, **{"database.url": database_url})
    store = open_store(settings)
    try:
        rows = store.findings(entity_types=entity_type or None, kinds=kind or None,
                              organization_id=org, ticket_id=ticket,
                              since=_parse_since(since) if since else None,
                              until=_parse_since(until) if until else None, limit=limit)
        write_findings(rows, fmt, console=console)
    finally:
        store.close()


@app.command()
@_guard
def detect(
    input: Annotated[Optional[Path], typer.Option("--input", "-i", help="JSONL input (default stdin)")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="JSONL output (default stdout)")] = None,
    config: ConfigOpt = None,
    ocr_workers: Annotated[Optional[int], typer.Option(
        "--ocr-workers", min=1,
        help="Processes that OCR image records ahead of their turn (default: one per core; "
             "1: in this process)")] = None,
) -> None:
    """Detect personal data in JSONL records ({"id", "text"|"image", "lang"}): the eval contract."""
    from pii_scanner.detect.contract import run_detect
    from pii_scanner.extract.images import image_hook
    from pii_scanner.extract.prefetch import ImageOcrPool
    from pii_scanner.pipeline.build import detector_factory

    settings = _settings(config)
    # the files first: a wrong path fails in a second, not after the model has loaded
    try:
        src = input.open(encoding="utf-8", errors="surrogateescape") if input else sys.stdin
    except OSError as exc:
        _fail(2, f"cannot read --input {input}: {exc.strerror}")
    try:
        dst = output.open("w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        if input:
            src.close()
        _fail(2, f"cannot write --output {output}: {exc.strerror}")
    factory, _ = detector_factory(settings)
    detector = factory()
    base = input.parent if input else Path.cwd()
    workers = ocr_workers or os.cpu_count() or 1
    pool = ImageOcrPool(detector, workers) if workers > 1 else None
    try:
        run_detect(src, dst, detector, base_dir=base, image_hook=image_hook(detector),
                   prefetch=pool)
    finally:
        if pool is not None:
            pool.close()
        if input:
            src.close()
        if output:
            dst.close()


@app.command()
@_guard
def demo(
    data_dir: Annotated[Path, typer.Option(help="Where the demo keeps its store and key")] = Path("var/demo"),
    tickets: Annotated[int, typer.Option(help="Sandbox size in tickets")] = 300,
    seed: Annotated[int, typer.Option(help="Sandbox seed")] = 7,
) -> None:
    """Start the bundled sandbox helpdesk, scan it into a local SQLite store, show the result."""
    from pii_scanner.demo import run_demo

    code = run_demo(console, data_dir=data_dir, tickets=tickets, seed=seed)
    raise typer.Exit(code)


@app.command()
def version() -> None:
    """Print the version."""
    console.print(__version__)


def _add_plugins() -> None:
    from pii_scanner.web.cli import register as register_web  # serve, users, report

    register_web(app)
    try:
        from pii_scanner_zendesk.sandbox.cli import sandbox_app
    except ImportError:  # connector package not installed
        return
    app.add_typer(sandbox_app, name="sandbox", help="The Zendesk-compatible sandbox helpdesk.")


def _add_workflows() -> None:
    from pii_scanner.orgs.cli import orgs_app
    from pii_scanner.redact.cli import redact_app, redact_file

    app.add_typer(redact_app, name="redact", help="Plan, approve and apply redactions in the helpdesk.")
    app.add_typer(orgs_app, name="orgs", help="Link users to organisations by e-mail domain.")
    app.command("redact-file")(redact_file)
    from pii_scanner.redact.allow_cli import allow_app

    app.add_typer(allow_app, name="allow", help="Values never flagged again (see `redact dismiss --allow`).")
    from pii_scanner.gdpr.cli import gdpr_app

    app.add_typer(gdpr_app, name="gdpr", help="GDPR requests: a data subject's data, erasure, retention, breach impact.")


_add_plugins()
_add_workflows()


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
