"""``pii-scanner orgs plan|apply``: link users to organisations by their e-mail domains.

Automation contract: ``orgs plan --json`` (or ``--format csv``), ``orgs apply --yes``
(without ``--yes`` it only shows the plan). Settings as for ``scan``.
"""

from __future__ import annotations

import csv
import getpass
import json
import sys
from dataclasses import asdict
from typing import Annotated, Optional

import typer
from rich.table import Table

from pii_scanner.redact.cli_support import ConfigOpt, consoles, guarded, settings as _settings

orgs_app = typer.Typer(no_args_is_help=True, help="Link users to organisations by e-mail domain.")
FIELDS = ("action", "user_id", "organization_id", "current_organization_id", "domain", "verified",
          "users", "organizations")


def _show(plan, fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(plan.to_json(), ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        for p in plan.proposals:
            row = asdict(p)
            row["organizations"] = " ".join(row["organizations"])
            writer.writerow(row)
        return
    consoles()[0].print(" ".join(f"{k}={v}" for k, v in plan.summary.items()), highlight=False)
    table = Table()
    for col in FIELDS:
        table.add_column(col)
    for p in plan.proposals[:200]:
        row = asdict(p)
        table.add_row(*("" if row[c] in (None, ()) else str(row[c]) for c in FIELDS))
    consoles()[0].print(table)


@orgs_app.command()
@guarded
def plan(config: ConfigOpt = None,
         as_json: Annotated[bool, typer.Option("--json", help="Same as --format json")] = False,
         fmt: Annotated[str, typer.Option("--format", help="table, json or csv")] = "table") -> None:
    """Report: users to link, users in another org than their domain says, conflicts, suggestions."""
    from pii_scanner.orgs.run import run_org_plan

    if fmt not in ("table", "json", "csv"):
        raise typer.BadParameter("use table, json or csv", param_hint="--format")
    settings = _settings(config)
    result, _requests = run_org_plan(settings)
    _show(result, "json" if as_json else fmt)


@orgs_app.command()
@guarded
def apply(config: ConfigOpt = None,
          yes: Annotated[bool, typer.Option("--yes", help="Really link (otherwise: show the plan)")] = False,
          verified_only: Annotated[Optional[bool], typer.Option("--verified-only/--include-unverified", help="Link only users with a verified address (default: from config)")] = None,
          as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output")] = False,
          actor: Annotated[Optional[str], typer.Option(help="Who is acting (default: cli:$USER)")] = None) -> None:
    """Link users with no organisation to the one their e-mail domain belongs to."""
    from pii_scanner.orgs.run import run_org_apply, run_org_plan

    settings = _settings(config)
    if not yes:
        consoles()[1].print("dry run: showing the plan; add --yes to link users")
        _show(run_org_plan(settings)[0], "json" if as_json else "table")
        return
    result, report = run_org_apply(settings, actor=actor or f"cli:{getpass.getuser()}",
                                   verified_only=verified_only)
    if as_json:
        print(json.dumps({"plan": result.summary, **report.to_json()}, ensure_ascii=False, indent=2))
    else:
        consoles()[0].print(f"linked: {report.counts()} ({report.requests} API requests)", highlight=False)
    counts = report.counts()
    raise typer.Exit(1 if counts.get("failed") or counts.get("deferred") else 0)
