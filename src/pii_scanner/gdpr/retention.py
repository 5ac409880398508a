"""Retention: personal data still held in tickets past the retention period.

A ticket is past retention when the helpdesk last changed it before the cut-off and it is
finished (``solved`` or ``closed``; ``statuses`` says otherwise). Its findings (the ticket's
own fields, its comments and their attachments) are what the retention rule says should be
gone: :func:`retention_report` counts them by type, age and organisation, and
:func:`approve_expired` approves them for redaction (``redact apply`` writes it).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from pii_scanner.errors import ConfigError
from pii_scanner.redact.workflow import check_operator
from pii_scanner.store.clock import as_utc

FINISHED = ("solved", "closed")


class Expired(NamedTuple):
    """One finding past retention: what the report counts and the approval needs (a tuple, so
    a million of them stay small)."""

    id: int
    source_id: int
    ticket_id: str
    kind: str
    object_id: str
    entity_type: str
    organization_id: str | None
    ticket_updated_at: str


@dataclass(frozen=True, slots=True)
class RetentionReport:
    cutoff: datetime
    statuses: tuple[str, ...] | None
    tickets: int
    findings: tuple[Expired, ...]
    undated: int  # tickets without a usable updated_at (never counted as expired)

    def to_json(self) -> dict[str, Any]:
        by_year: Counter[str] = Counter()
        by_org: Counter[str] = Counter()
        tickets_with = set()
        for f in self.findings:
            by_year[f.ticket_updated_at[:4]] += 1
            by_org[f.organization_id or "(none)"] += 1
            tickets_with.add((f.source_id, f.ticket_id))
        return {
            "cutoff": self.cutoff.isoformat(),
            "statuses": list(self.statuses) if self.statuses else "any",
            "expired_tickets": self.tickets,
            "expired_tickets_with_findings": len(tickets_with),
            "undated_tickets": self.undated,
            "findings": len(self.findings),
            "by_type": dict(Counter(f.entity_type for f in self.findings).most_common()),
            "by_year_last_updated": dict(sorted(by_year.items())),
            "by_organization": dict(by_org.most_common()),
        }


def cutoff_for(older_than_days: int, now: datetime) -> datetime:
    if older_than_days < 1:
        raise ConfigError("the retention period must be at least one day")
    return as_utc(now) - timedelta(days=older_than_days)


def expired_tickets(store, cutoff: datetime, statuses: Iterable[str] | None = FINISHED,
                    source_id: int | None = None) -> tuple[dict[tuple[int, str], str], int]:
    """((source id, ticket id) -> updated_at) of the tickets past ``cutoff``, and how many
    tickets had no date to judge by."""
    wanted = None if statuses is None else {s.lower() for s in statuses}
    expired: dict[tuple[int, str], str] = {}
    undated = 0
    for t in store.ticket_ages(source_id):
        if wanted is not None and (t["status"] or "").lower() not in wanted:
            continue
        try:
            updated = as_utc(t["updated_at"]) if t["updated_at"] else None
        except ValueError:
            updated = None
        if updated is None:
            undated += 1
        elif updated < cutoff:
            expired[(t["source_id"], t["ticket_id"])] = updated.isoformat()
    return expired, undated


def retention_report(store, *, older_than_days: int, now: datetime,
                     statuses: Iterable[str] | None = FINISHED,
                     source_id: int | None = None) -> RetentionReport:
    """The open findings of every ticket past the retention period."""
    cutoff = cutoff_for(older_than_days, now)
    expired, undated = expired_tickets(store, cutoff, statuses, source_id)
    by_source: dict[int, list[str]] = defaultdict(list)
    for sid, tid in expired:
        by_source[sid].append(tid)
    findings = []
    for sid, ticket_ids in by_source.items():
        for f in store.findings(source_id=sid, ticket_ids=ticket_ids):
            findings.append(Expired(f["id"], sid, f["ticket_id"], f["kind"], f["object_id"],
                                    f["entity_type"], f["organization_id"],
                                    expired[(sid, f["ticket_id"])]))
    findings.sort()
    return RetentionReport(cutoff, tuple(statuses) if statuses is not None else None,
                           len(expired), tuple(findings), undated)


def approve_expired(store, report: RetentionReport, *, actor: str,
                    operator: str | None = None) -> int:
    """Approve the report's findings for redaction (those not decided on or redacted yet:
    a reviewer's dismissal stands); returns how many were approved."""
    check_operator(operator)
    ids = [f.id for f in report.findings]
    if not ids:
        return 0
    undecided = [r["id"] for r in store.decided_findings(finding_ids=ids)
                 if r["decision"] is None]
    rule = f"retention:{report.cutoff.date().isoformat()}"
    return len(store.decide(undecided, "approved", actor=actor, rule=rule, operator=operator,
                            reason="retention period passed"))
