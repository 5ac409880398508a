"""Human-readable output of the redaction commands (rich tables); JSON is built elsewhere."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rich.console import Console
from rich.table import Table

from pii_scanner.redact.apply import ApplyReport
from pii_scanner.redact.plan import RedactionPlan

ITEM_COLUMNS = ("finding_id", "ticket_id", "kind", "object_id", "field", "entity_type", "preview",
                "score", "operator", "method", "decision", "status")


def _counts(console: Console, title: str, counts: Mapping[str, int], limit: int = 20) -> None:
    table = Table(title=title, title_justify="left")
    table.add_column("")
    table.add_column("findings", justify="right")
    for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[:limit]:
        table.add_row(str(key), str(n))
    if len(counts) > limit:
        table.add_row(f"… {len(counts) - limit} more", "")
    console.print(table)


def plan_table(console: Console, plan: RedactionPlan, limit: int = 50) -> None:
    s = plan.summary
    console.print(f"[bold]{s.get('findings', 0)}[/bold] findings, "
                  f"[bold]{s.get('writes', 0)}[/bold] helpdesk writes (dry run: nothing written)")
    _counts(console, "per type", s.get("by_type", {}))
    _counts(console, "per write method", s.get("by_method", {}))
    _counts(console, "per decision", s.get("by_decision", {}))
    _counts(console, "per ticket", s.get("by_ticket", {}), limit=10)
    table = Table(title=f"first {min(limit, len(plan.items))} findings", title_justify="left")
    for col in ITEM_COLUMNS:
        table.add_column(col)
    for item in plan.items[:limit]:
        values = (item.finding_id, item.ticket_id, item.kind, item.object_id, item.field,
                  item.entity_type, item.preview, f"{item.score:.2f}", item.operator, item.method,
                  item.decision or "", item.status or "")
        table.add_row(*("" if v is None else str(v) for v in values))
    console.print(table)


def apply_summary(console: Console, report: ApplyReport, rescan: Any = None,
                  remaining: int | None = None) -> None:
    counts = report.counts()
    _counts(console, "redaction results", counts)
    per = report.requests_per_redaction
    console.print(f"{report.writes} writes, {report.requests} API requests"
                  + (f", {per} requests per redaction" if per is not None else ""))
    for o in report.outcomes:
        if o.result in ("failed", "stale", "deferred", "unsupported"):
            console.print(f"  finding {o.finding_id}: {o.result} ({o.reason})", highlight=False)
    if rescan is not None:
        console.print(f"rescan of touched objects: {sum(rescan.objects.values())} objects, "
                      f"state {rescan.state}")
    if remaining is not None:
        console.print(f"approved findings still open after the rescan: [bold]{remaining}[/bold]")


def log_table(console: Console, rows: Iterable[Mapping[str, Any]]) -> None:
    table = Table()
    for col in ("id", "at", "actor", "action", "object_kind", "object_id", "finding_id",
                "entity_type", "operator", "result", "response_id", "detail"):
        table.add_column(col)
    for row in rows:
        detail = row.get("detail") or {}
        brief = ", ".join(f"{k}={v}" for k, v in detail.items() if v not in (None, "", []))
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in
                        ("id", "at", "actor", "action", "object_kind", "object_id", "finding_id",
                         "entity_type", "operator", "result", "response_id")), brief[:80])
    console.print(table)
