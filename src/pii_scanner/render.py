"""Human-readable output for the CLI (rich tables); machine output is plain JSON/CSV elsewhere."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Mapping
from typing import IO, Any

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from pii_scanner.pipeline.runner import Progress as ScanProgress
from pii_scanner.pipeline.runner import ScanResult
from pii_scanner.records import OBJECT_KINDS

FINDING_COLUMNS = ("id", "entity_type", "kind", "object_id", "ticket_id", "field", "start", "end",
                   "page", "bbox", "score", "recognizer", "preview", "fingerprint", "detected_at")


class ScanProgressView:
    """Progress bars per stream (counts and rates) on a terminal, plain lines otherwise."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self._live = console.is_terminal
        self._bars = Progress(TextColumn("{task.fields[stream]:<14}"), BarColumn(bar_width=None),
                              TextColumn("{task.completed:>8.0f} objects"),
                              TextColumn("{task.fields[rate]:>8} /s"),
                              TextColumn("{task.fields[found]:>6} findings"),
                              TextColumn("{task.fields[errors]:>4} errors"),
                              TextColumn("{task.fields[requests]:>6} requests"),
                              TimeElapsedColumn(), console=console, transient=False)
        self._tasks: dict[str, TaskID] = {}
        self._totals: dict[str, list[int]] = {}

    def __enter__(self):
        if self._live:
            self._bars.start()
        return self

    def __exit__(self, *exc):
        if self._live:
            self._bars.stop()

    def __call__(self, p: ScanProgress) -> None:
        tot = self._totals.setdefault(p.stream, [0, 0, 0])
        tot[0] += p.records
        tot[1] += p.findings
        tot[2] += p.errors
        if not self._live:
            if p.done:
                self.console.print(f"{p.stream}: {tot[0]} objects, {tot[1]} findings, "
                                   f"{tot[2]} errors, {p.requests} requests so far")
            return
        if p.stream not in self._tasks:
            self._tasks[p.stream] = self._bars.add_task("", total=None, stream=p.stream, rate="-",
                                                        found=0, errors=0, requests=0)
        task = self._tasks[p.stream]
        elapsed = self._bars.tasks[task].elapsed or 0.0
        rate = f"{tot[0] / elapsed:,.0f}" if elapsed > 0.05 else "-"
        self._bars.update(task, completed=tot[0], rate=rate, found=tot[1], errors=tot[2],
                          requests=p.requests)
        if p.done:
            self._bars.update(task, total=max(tot[0], 1), completed=max(tot[0], 1))


def scan_summary(console: Console, result: ScanResult, tickets: int | None = None) -> None:
    table = Table(title=f"Scan run {result.run_id}: {result.state}", show_header=True)
    table.add_column("objects scanned")
    table.add_column("count", justify="right")
    for kind in OBJECT_KINDS:
        table.add_row(kind, str(result.objects.get(kind, 0)))
    console.print(table)
    ft = Table(show_header=True)
    ft.add_column("entity type")
    ft.add_column("findings", justify="right")
    for etype, n in sorted(result.findings.items(), key=lambda kv: (-kv[1], kv[0])):
        ft.add_row(etype, str(n))
    console.print(ft)
    n_tickets = tickets if tickets is not None else result.objects.get("tickets", 0)
    per_k = f", {1000 * result.requests / n_tickets:.1f} per 1,000 tickets" if n_tickets else ""
    errors = sum(result.errors.values())
    console.print(f"{result.requests} API requests{per_k}; {errors} item errors; "
                  f"{result.seconds:.1f} s")


def status_table(console: Console, status: Mapping[str, Any]) -> None:
    last = status.get("last_run")
    if not last:
        console.print("No scan has run yet. Start one with `pii-scanner scan`.")
        return
    console.print(f"Last run {last['id']} of {last.get('source')} ({last.get('mode')}): "
                  f"[bold]{last['state']}[/bold], started {last.get('started_at')}, "
                  f"finished {last.get('finished_at') or '-'}, {last.get('requests', 0)} requests")
    table = Table(show_header=True)
    table.add_column("")
    table.add_column("last run", justify="right")
    table.add_column("total", justify="right")
    total = status.get("total", {})
    for section in ("objects", "findings", "errors"):
        keys = sorted(set(last.get(section, {})) | set(total.get(section, {})))
        for key in keys:
            table.add_row(f"{section}: {key}", str(last.get(section, {}).get(key, 0)),
                          str(total.get(section, {}).get(key, 0)))
    console.print(table)
    for cp in status.get("checkpoints", []):
        console.print(f"checkpoint {cp.get('stream')}: updated {cp.get('updated_at')}")
    recent = status.get("recent_errors") or []
    if recent:
        et = Table(title="Recent errors", show_header=True)
        for col in ("kind", "object_id", "stage", "message"):
            et.add_column(col)
        for e in recent[:20]:
            et.add_row(str(e.get("kind")), str(e.get("object_id")), str(e.get("stage")),
                       str(e.get("message")))
        console.print(et)


def write_findings(rows: Iterable[Mapping[str, Any]], fmt: str, out: IO[str] | None = None,
                   console: Console | None = None) -> int:
    out = out or sys.stdout
    n = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            n += 1
    elif fmt == "json":
        out.write("[")
        for row in rows:
            out.write(("," if n else "") + "\n  " + json.dumps(row, ensure_ascii=False, default=str))
            n += 1
        out.write("\n]\n" if n else "]\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=FINDING_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: json.dumps(v) if isinstance(v, list | tuple | dict) else v
                             for k, v in row.items()})
            n += 1
    else:
        table = Table(show_header=True)
        for col in ("type", "where", "field", "preview", "score"):
            table.add_column(col, overflow="fold")
        for row in rows:
            where = f"{row.get('kind', '').rstrip('s')} {row.get('object_id')}"
            if row.get("ticket_id") and row.get("kind") != "tickets":
                where += f" (ticket {row['ticket_id']})"
            table.add_row(str(row.get("entity_type")), where, str(row.get("field")),
                          str(row.get("preview")), f"{row.get('score', 0):.2f}")
            n += 1
        (console or Console()).print(table)
    return n
