"""Terminal tables for the ``gdpr`` commands (the ``--json`` output holds the same data)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items())


def subject_table(console: Console, data: dict[str, Any], *, items: bool) -> None:
    hits = ", ".join(f"#{v['value']}: {v['findings']}" for v in data["values"])
    console.print(f"{data['findings']} findings in {len(data['places'])} places "
                  f"({data['tickets']} tickets); findings per identifier given: {hits}")
    if not data["places"]:
        return
    table = Table("place", "id", "org", "findings", "types", "status", "identifiers")
    for p in data["places"]:
        table.add_row(p["kind"], p["id"], p["organization_id"] or "", str(p["findings"]),
                      _counts(p["types"]), _counts(p["states"]),
                      " ".join([f"#{v}" for v in p["values"]]
                               + ["requester"] * p["requester"] + ["(confirm)"] * p["confirm"]))
    console.print(table)
    if data["requested_tickets"]:
        console.print(f"{data['requested_tickets']} tickets were requested by the subject's user "
                      "profile (listed whether or not their text names the person)")
    if data.get("tickets_without_requester"):
        console.print(f"{data['tickets_without_requester']} tickets were scanned before their "
                      "requester was kept, so the subject may have requested some of them: run "
                      "`pii-scanner scan --full` once to record it")
    if data["to_confirm"]:
        console.print(f"{data['to_confirm']} places match only by a name, address or birth "
                      "date: confirm they are this person before acting on them")
    if items:
        rows = Table("finding", "type", "object", "field", "preview", "status", "identifier")
        for f in data["items"]:
            rows.add_row(str(f["id"]), f["entity_type"], f"{f['kind']}:{f['object_id']}",
                         f["field"], f["preview"], f["status"], f"#{f['value']}")
        console.print(rows)


def retention_table(console: Console, data: dict[str, Any]) -> None:
    statuses = data["statuses"] if isinstance(data["statuses"], str) else "/".join(data["statuses"])
    console.print(f"{data['expired_tickets']} tickets ({statuses}) last changed before "
                  f"{data['cutoff'][:10]}; {data['expired_tickets_with_findings']} of them hold "
                  f"{data['findings']} findings" + (
                      f"; {data['undated_tickets']} tickets without a date were not judged"
                      if data["undated_tickets"] else ""))
    for title, key in (("type", "by_type"), ("last changed (year)", "by_year_last_updated"),
                       ("organization", "by_organization")):
        if data[key]:
            table = Table(title, "findings")
            for k, v in data[key].items():
                table.add_row(k, str(v))
            console.print(table)
    if data["approved"] is not None:
        console.print(f"{data['approved']} findings approved for redaction; "
                      "run `pii-scanner redact apply --yes` to write them to the helpdesk")


def breach_table(console: Console, data: dict[str, Any]) -> None:
    people = data["people_estimate"]
    console.print(f"{data['findings']} findings in {data['tickets_with_personal_data']} tickets"
                  + (f" of {data['tickets_in_scope']} in scope" if data["tickets_in_scope"]
                     is not None else "")
                  + f" and {data['profiles_with_personal_data']} profiles; "
                  f"{len(data['organizations'])} organizations; at least {people['at_least']} "
                  f"people ({people['method']})")
    table = Table("type", "findings", "distinct values", "tickets", "high risk")
    for k, v in data["by_type"].items():
        table.add_row(k, str(v["findings"]), str(v["distinct_values"]), str(v["tickets"]),
                      "yes" if v["high_risk"] else "")
    console.print(table)
