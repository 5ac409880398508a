"""``pii-scanner gdpr subject|erase|retention|breach``: thin commands over :mod:`pii_scanner.gdpr`.

Automation contract: every command takes ``--json``; settings and exit codes as for ``scan``
(2 = configuration or usage, 3 = other failure). Identifiers of a data subject are best given
on standard input (``--values-file -``, one per line), which keeps them out of the shell's
history and the process list; they are never stored, logged or printed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from pii_scanner.errors import ConfigError
from pii_scanner.redact.cli import ActorOpt, JsonOpt, _actor, _open
from pii_scanner.redact.cli_support import ConfigOpt, DataDirOpt, DbOpt, consoles, guarded

gdpr_app = typer.Typer(no_args_is_help=True,
                       help="GDPR requests: a data subject's data, erasure, retention, breach impact.")

ValuesArg = Annotated[Optional[list[str]], typer.Argument(
    help="The subject's identifiers (fødselsnummer, e-mail, phone, name, account...); "
         "prefer --values-file - to keep them out of shell history", show_default=False)]
ValuesFileOpt = Annotated[Optional[str], typer.Option(
    "--values-file", help="Read identifiers one per line from this file, or '-' for stdin")]
ReferenceOpt = Annotated[Optional[str], typer.Option(
    "--reference", help="The request's case number, recorded in the audit log")]
HistoryOpt = Annotated[bool, typer.Option(
    "--history", help="Also findings since changed away or deleted upstream")]
OperatorOpt = Annotated[Optional[str], typer.Option(
    help="mask, partial, token or remove (default: from config)")]


def _values(values: list[str] | None, values_file: str | None) -> list[str]:
    """The arguments plus the lines of ``values_file`` ('-': stdin), stripped, blanks dropped;
    an unreadable or non-UTF-8 file is a usage error naming the file, never its content."""
    out = list(values or [])
    name = "standard input" if values_file == "-" else values_file
    try:
        if values_file == "-":
            out += sys.stdin.buffer.read().decode("utf-8").splitlines()
        elif values_file:
            out += Path(values_file).read_bytes().decode("utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read {name}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{name} is not UTF-8 text (byte {exc.start})") from None
    return [v for v in (v.strip() for v in out) if v]


def _fingerprinter(settings):
    from pii_scanner.pipeline.build import load_key
    from pii_scanner.store.fingerprint import Fingerprinter

    return Fingerprinter(load_key(settings))


def _subject(config, database_url, data_dir, values, values_file, history, reference, actor):
    from pii_scanner.gdpr.subject import find_subject

    settings, store, _policy = _open(config, data_dir, database_url)
    fingerprinter = _fingerprinter(settings)
    report = find_subject(store, fingerprinter, _values(values, values_file),
                          include_history=history, actor=_actor(actor), reference=reference)
    return settings, store, report


@gdpr_app.command()
@guarded
def subject(values: ValuesArg = None, values_file: ValuesFileOpt = None,
            config: ConfigOpt = None, database_url: DbOpt = None, data_dir: DataDirOpt = None,
            history: HistoryOpt = False, reference: ReferenceOpt = None,
            items: Annotated[bool, typer.Option("--items", help="List every finding, not only the places")] = False,
            as_json: JsonOpt = False, actor: ActorOpt = None) -> None:
    """Access/export request: every ticket and profile holding the subject's identifiers."""
    _settings_, store, report = _subject(config, database_url, data_dir, values, values_file,
                                         history, reference, actor)
    store.close()
    data = report.to_json()
    if as_json:
        if not items:
            data.pop("items")
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    from pii_scanner.gdpr.render import subject_table

    subject_table(consoles()[0], data, items=items)


@gdpr_app.command()
@guarded
def export(out: Annotated[Path, typer.Option("--out", help="The file to write (JSON; created new, mode 0600)")],
           values: ValuesArg = None, values_file: ValuesFileOpt = None,
           config: ConfigOpt = None, database_url: DbOpt = None, data_dir: DataDirOpt = None,
           reference: ReferenceOpt = None,
           include_shared: Annotated[bool, typer.Option("--include-shared", help="Also tickets matched only by a name, address or birth date")] = False,
           public_only: Annotated[bool, typer.Option("--public-only", help="Leave internal notes out")] = False,
           as_json: JsonOpt = False, actor: ActorOpt = None) -> None:
    """Access request: the subject's copy of their tickets, read live, other people's data masked."""
    from pii_scanner.gdpr.export import export_subject
    from pii_scanner.pipeline.build import build_connector, detector_factory

    if out.exists():
        raise ConfigError(f"{out} exists; the export never overwrites a file")
    listed = _values(values, values_file)
    settings, store, report = _subject(config, database_url, data_dir, listed, None, False,
                                       reference, actor)
    factory, _version = detector_factory(settings)
    connector = build_connector(settings)
    try:
        result = export_subject(report, listed, _fingerprinter(settings), connector, factory(),
                                out, reference=reference, now=store.clock(),
                                include_shared=include_shared, public_only=public_only)
    finally:
        connector.close()
    with store:
        store.audit(actor=_actor(actor), action="gdpr-export", result="ok",
                    detail={"reference": reference, "tickets": result.tickets,
                            "masked": result.masked, "file": str(result.path),
                            "unreadable": len(result.failed)})
    data = {"file": str(result.path), "tickets": result.tickets, "masked": result.masked,
            "left_out_to_confirm": result.left_out, "unreadable": result.failed}
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    console, err = consoles()
    console.print(f"wrote {result.path}: {result.tickets} tickets, {result.masked} values of "
                  "other people masked")
    if result.left_out:
        err.print(f"{len(result.left_out)} tickets matched only by a name, address or birth "
                  "date were left out (--include-shared takes them)")
    if result.failed:
        err.print(f"{len(result.failed)} tickets could not be read: {', '.join(result.failed)}")
    err.print("the file holds personal data: read it before sending it, then delete it")


@gdpr_app.command()
@guarded
def erase(values: ValuesArg = None, values_file: ValuesFileOpt = None,
          config: ConfigOpt = None, database_url: DbOpt = None, data_dir: DataDirOpt = None,
          reference: ReferenceOpt = None, operator: OperatorOpt = None,
          include_shared: Annotated[bool, typer.Option("--include-shared", help="Also places matched only by a name, address or birth date")] = False,
          yes: Annotated[bool, typer.Option("--yes", help="Approve (otherwise: show what would be approved)")] = False,
          as_json: JsonOpt = False, actor: ActorOpt = None) -> None:
    """Erasure request: approve all of the subject's findings for redaction (then `redact apply`)."""
    from pii_scanner.gdpr.subject import erase_subject

    _settings_, store, report = _subject(config, database_url, data_dir, values, values_file,
                                         False, reference, actor)
    with store:
        data = report.to_json()
        data.pop("items")
        approved = (erase_subject(store, report, actor=_actor(actor), reference=reference,
                                  operator=operator, include_shared=include_shared)
                    if yes else None)
    data["approved"] = approved
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    from pii_scanner.gdpr.render import subject_table

    console, err = consoles()
    subject_table(console, data, items=False)
    if approved is None:
        err.print("dry run: nothing approved; add --yes to approve these findings for redaction")
    else:
        console.print(f"{approved} findings approved for redaction; "
                      "run `pii-scanner redact apply --yes` to write them to the helpdesk")


@gdpr_app.command()
@guarded
def retention(older_than: Annotated[Optional[int], typer.Option("--older-than", help="Retention period in days (tickets last changed before now minus this; default [gdpr] retention_days)")] = None,
              config: ConfigOpt = None, database_url: DbOpt = None, data_dir: DataDirOpt = None,
              status: Annotated[Optional[list[str]], typer.Option("--status", help="Ticket status counted as finished (repeatable; default [gdpr] finished_statuses: solved, closed)")] = None,
              any_status: Annotated[bool, typer.Option("--any-status", help="Every ticket, whatever its status")] = False,
              approve: Annotated[bool, typer.Option("--approve", help="Approve the expired findings for redaction")] = False,
              operator: OperatorOpt = None, as_json: JsonOpt = False, actor: ActorOpt = None) -> None:
    """Personal data in finished tickets older than the retention period (optionally approve it)."""
    from pii_scanner.gdpr.retention import approve_expired, retention_report

    settings, store, _policy = _open(config, data_dir, database_url)
    days = older_than or settings.gdpr.retention_days
    if not days:
        store.close()
        raise ConfigError("give --older-than DAYS or set [gdpr] retention_days")
    with store:
        report = retention_report(store, older_than_days=days, now=store.clock(),
                                  statuses=None if any_status
                                  else (status or settings.gdpr.finished_statuses))
        approved = approve_expired(store, report, actor=_actor(actor), operator=operator) \
            if approve else None
    data = {**report.to_json(), "approved": approved}
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    from pii_scanner.gdpr.render import retention_table

    retention_table(consoles()[0], data)


@gdpr_app.command()
@guarded
def breach(config: ConfigOpt = None, database_url: DbOpt = None, data_dir: DataDirOpt = None,
           ticket: Annotated[Optional[list[str]], typer.Option("--ticket", help="Ticket id in the breach (repeatable)")] = None,
           tickets_file: Annotated[Optional[str], typer.Option("--tickets-file", help="Ticket ids one per line (or '-' for stdin)")] = None,
           org: Annotated[Optional[str], typer.Option("--org", help="Organization id")] = None,
           since: Annotated[Optional[str], typer.Option("--since", help="Found at or after (ISO date)")] = None,
           until: Annotated[Optional[str], typer.Option("--until", help="Found before (ISO date)")] = None,
           everything: Annotated[bool, typer.Option("--all", help="The whole store")] = False,
           history: HistoryOpt = False, as_json: JsonOpt = False) -> None:
    """Breach impact: categories of personal data, distinct values and people in a set of tickets."""
    from pii_scanner.cli import _parse_since
    from pii_scanner.gdpr.breach import breach_report

    ids = _values(ticket, tickets_file) if (ticket or tickets_file) else None
    settings, store, _policy = _open(config, data_dir, database_url)
    with store:
        report = breach_report(store, ticket_ids=ids, organization_id=org,
                               since=_parse_since(since) if since else None,
                               until=_parse_since(until) if until else None,
                               everything=everything, include_history=history)
    data = report.to_json()
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    from pii_scanner.gdpr.render import breach_table

    breach_table(consoles()[0], data)
