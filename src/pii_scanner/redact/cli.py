"""``pii-scanner redact ...`` and ``pii-scanner redact-file``: thin commands over the workflow.

Automation contract: ``redact plan --json``, ``redact approve --type T [--min-score S]
[--ticket ID]``, ``redact apply --yes`` (without ``--yes`` it only shows the plan),
``redact log --json``. Settings as for ``scan``. Exit codes as in :mod:`pii_scanner.cli`.
"""

from __future__ import annotations

import getpass
import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from pii_scanner.redact.cli_support import ConfigOpt, DataDirOpt, DbOpt, consoles, guarded, settings as _settings

redact_app = typer.Typer(no_args_is_help=True, help="Plan, approve and apply redactions in the helpdesk.")

TypeOpt = Annotated[Optional[list[str]], typer.Option("--type", help="Entity type (repeatable)")]
TicketOpt = Annotated[Optional[str], typer.Option("--ticket", help="Only this ticket")]
FindingOpt = Annotated[Optional[list[int]], typer.Option("--finding", help="Finding id (repeatable)")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable output")]
ActorOpt = Annotated[Optional[str], typer.Option("--actor", help="Who is acting (default: cli:$USER)")]


def _actor(actor: str | None) -> str:
    return actor or f"cli:{getpass.getuser()}"


def _open(config, data_dir, database_url):
    from pii_scanner.pipeline.build import open_store
    from pii_scanner.redact.policy import RedactPolicy

    settings = _settings(config, data_dir=data_dir, **{"database.url": database_url})
    return settings, open_store(settings), RedactPolicy.from_mapping(settings.redact)


@redact_app.command()
@guarded
def plan(config: ConfigOpt = None, database_url: DbOpt = None, data_dir: DataDirOpt = None,
         entity_type: TypeOpt = None, ticket: TicketOpt = None,
         approved: Annotated[bool, typer.Option("--approved", help="Only approved findings not yet redacted")] = False,
         as_json: JsonOpt = False) -> None:
    """Dry run: what a redaction would change, where, and how many writes (nothing is written)."""
    from pii_scanner.redact.report import plan_table
    from pii_scanner.redact.workflow import build_plan

    settings, store, policy = _open(config, data_dir, database_url)
    with store:
        result = build_plan(store, entity_types=entity_type, ticket_id=ticket,
                            approved_only=approved, policy=policy)
    if as_json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        plan_table(consoles()[0], result)


@redact_app.command()
@guarded
def approve(config: ConfigOpt = None, database_url: DbOpt = None, data_dir: DataDirOpt = None,
            entity_type: TypeOpt = None, ticket: TicketOpt = None, finding: FindingOpt = None,
            min_score: Annotated[Optional[float], typer.Option("--min-score", help="Only findings scoring at least this")] = None,
            operator: Annotated[Optional[str], typer.Option(help="mask, partial, token or remove (default: from config)")] = None,
            auto: Annotated[bool, typer.Option("--auto", help="Apply the auto-approval rules from [redact] auto_approve")] = False,
            actor: ActorOpt = None) -> None:
    """Approve findings for redaction by type, ticket, finding id or the configured auto-rules."""
    from pii_scanner.redact.workflow import approve as approve_findings
    from pii_scanner.redact.workflow import auto_approve

    settings, store, policy = _open(config, data_dir, database_url)
    with store:
        if auto:
            n = auto_approve(store, policy, actor=_actor(actor))
        else:
            rule = "cli:" + " ".join(f"{k}={v}" for k, v in (("type", ",".join(entity_type or [])),
                                     ("ticket", ticket), ("min_score", min_score)) if v)
            n = approve_findings(store, actor=_actor(actor), rule=rule if rule != "cli:" else "manual",
                                 finding_ids=finding, entity_types=entity_type,
                                 min_score=min_score, ticket_id=ticket, operator=operator)
    consoles()[0].print(f"{n} findings approved")


@redact_app.command()
@guarded
def dismiss(finding: Annotated[list[int], typer.Option("--finding", help="Finding id (repeatable)")],
            reason: Annotated[str, typer.Option(help="Why it stays (false positive, kept on purpose...)")],
            config: ConfigOpt = None, database_url: DbOpt = None, data_dir: DataDirOpt = None,
            allow: Annotated[bool, typer.Option("--allow", help="Not personal data / our own: put the value on the allow-list, never flag it again")] = False,
            actor: ActorOpt = None) -> None:
    """Mark findings as not to be redacted (with --allow: never flag these values again)."""
    from pii_scanner.redact.workflow import dismiss as dismiss_findings

    settings, store, policy = _open(config, data_dir, database_url)
    with store:
        n = dismiss_findings(store, finding, actor=_actor(actor), reason=reason, allow=allow)
    consoles()[0].print(f"{n} findings dismissed")


@redact_app.command()
@guarded
def apply(config: ConfigOpt = None, database_url: DbOpt = None, data_dir: DataDirOpt = None,
          yes: Annotated[bool, typer.Option("--yes", help="Really write to the helpdesk (otherwise: show the plan)")] = False,
          finding: FindingOpt = None,
          rescan: Annotated[bool, typer.Option(help="Rescan the touched objects afterwards")] = True,
          as_json: JsonOpt = False, actor: ActorOpt = None) -> None:
    """Write approved redactions back to the helpdesk (re-checking each against the live object)."""
    from pii_scanner.redact.run import run_apply

    settings, store, policy = _open(config, data_dir, database_url)
    store.close()
    if not yes:
        consoles()[1].print("dry run: showing the approved plan; add --yes to write to the helpdesk")
        plan(config=config, database_url=database_url, data_dir=data_dir, entity_type=None,
             ticket=None, approved=True, as_json=as_json)
        return
    outcome = run_apply(settings, policy, actor=_actor(actor), finding_ids=finding, rescan=rescan)
    if as_json:
        print(json.dumps(outcome.to_json(), ensure_ascii=False, indent=2))
    else:
        from pii_scanner.redact.report import apply_summary

        apply_summary(consoles()[0], outcome.report, outcome.rescan, outcome.remaining)
    raise typer.Exit(outcome.exit_code)


@redact_app.command("log")
@guarded
def log_(config: ConfigOpt = None, database_url: DbOpt = None, data_dir: DataDirOpt = None,
         finding: Annotated[Optional[int], typer.Option("--finding", help="Only this finding")] = None,
         action: Annotated[Optional[list[str]], typer.Option("--action", help="approve, dismiss, redact... (repeatable)")] = None,
         limit: Annotated[Optional[int], typer.Option(help="The last N events")] = None,
         as_json: JsonOpt = False) -> None:
    """The audit log: every decision and every write, with who, what, when and the result."""
    from pii_scanner.redact.report import log_table

    settings, store, policy = _open(config, data_dir, database_url)
    with store:
        rows = store.audit_log(finding_id=finding, actions=action or None, limit=limit)
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        log_table(consoles()[0], rows)


@guarded
def redact_file(
    source: Annotated[Path, typer.Argument(help="Input: text, JSONL, CSV, image or PDF")],
    target: Annotated[Path, typer.Argument(help="Output file (never the input)")],
    operator: Annotated[Optional[str], typer.Option(help="Operator for every type (default: from config)")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", help="text, jsonl, csv, image or pdf (default: sniffed)")] = None,
    config: ConfigOpt = None,
) -> None:
    """Redact personal data in a file outside the helpdesk, with the same operators."""
    from pii_scanner.redact.files import redact_path

    settings = _settings(config)
    stats = redact_path(settings, source, target, operator=operator, fmt=fmt)
    consoles()[1].print(f"{stats['findings']} findings redacted in {stats['format']} → {target}")
