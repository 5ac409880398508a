"""The agents' review queue: open findings grouped per ticket, riskiest first, with facets.

Risk order: tickets holding a national identity number come first, then those with findings
in public comments, then more findings before fewer, then the oldest detection first.

:func:`query_queue` computes one page of it in the database (facets by ``GROUP BY``, the
ranking ``ORDER BY ... LIMIT``); :func:`build_queue` is the same queue folded in Python from
every row, kept as the reference the SQL path is tested against.

>>> rows = [_row(1, "1", "PERSON"), _row(2, "2", "NO_FODSELSNUMMER"), _row(3, "1", "EMAIL_ADDRESS")]
>>> [t.ticket_id for t in build_queue(rows, QueueFilters()).tickets]
['2', '1']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy.orm import Session

from pii_scanner.store.repositories.queue_aggregates import QueueAggregateRepository, TicketRank

#: entity types that identify a person nationally (the highest risk)
NATIONAL_IDS = frozenset({"NO_FODSELSNUMMER", "SE_PERSONNUMMER", "DK_CPR",
                          "FI_PERSONAL_IDENTITY_CODE", "PASSPORT_NUMBER"})
#: review states an agent can filter on
REVIEW_STATES = ("todo", "approved", "dismissed", "redacted", "all")
#: the facet dimensions and the row key each one reads
FACETS = {"type": "entity_type", "org": "organization_id", "status": "ticket_status",
          "source": "kind", "review": "review"}


@dataclass(frozen=True, slots=True)
class QueueFilters:
    type: str | None = None
    org: str | None = None
    status: str | None = None
    source: str | None = None
    review: str = "todo"

    def active(self) -> dict[str, str]:
        return {k: v for k, v in ((n, getattr(self, n)) for n in FACETS) if v}


@dataclass(frozen=True, slots=True)
class QueueTicket:
    ticket_id: str
    findings: int
    national_ids: int
    public: int
    oldest: str | None
    organization_id: str | None
    status: str | None
    types: tuple[tuple[str, int], ...]
    finding_ids: tuple[int, ...]

    @property
    def risk(self) -> str:
        return "high" if self.national_ids else "medium" if self.public else "normal"


@dataclass(frozen=True, slots=True)
class Queue:
    tickets: tuple[QueueTicket, ...]
    #: facet name -> ((value, findings), ...) counted with every *other* filter applied
    facets: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    total_findings: int = 0
    #: tickets matching the filters (``tickets`` may be one page of them)
    total_tickets: int = 0


def review_state(row: Mapping[str, Any]) -> str:
    if row.get("redaction_status") == "redacted":
        return "redacted"
    return row.get("decision") or "todo"


def _effective(filters: QueueFilters, skip: str | None = None) -> dict[str, str]:
    """The filters that restrict rows (``review=all`` does not), less ``skip``."""
    return {name: value for name, value in filters.active().items()
            if name != skip and not (name == "review" and value == "all")}


def query_queue(session: Session, filters: QueueFilters, *, source_id: int | None = None,
                limit: int | None = None, offset: int = 0) -> Queue:
    """One page (``limit`` tickets from ``offset``; all when None) of the queue, computed in
    the database; facets and totals cover every matching ticket, as :func:`build_queue`."""
    repo = QueueAggregateRepository(session, source_id=source_id)
    facets = {name: tuple(sorted(repo.facet(name, _effective(filters, skip=name)),
                                 key=lambda kv: (-kv[1], kv[0])))
              for name in FACETS}
    active = _effective(filters)
    total_tickets, total_findings = repo.totals(active)
    ranks = repo.ranked_tickets(active, NATIONAL_IDS, limit=limit, offset=offset)
    rows: dict[str, list[dict[str, Any]]] = {}
    for row in repo.ticket_rows(active, [r.ticket_id for r in ranks]):
        rows.setdefault(str(row["ticket_id"]), []).append(row)
    tickets = tuple(_paged_ticket(rank, rows[rank.ticket_id]) for rank in ranks)
    return Queue(tickets, facets, total_findings, total_tickets)


def selected_finding_ids(session: Session, filters: QueueFilters, ticket_ids: Iterable[str], *,
                         source_id: int | None = None) -> list[int]:
    """Ids of the findings in ``ticket_ids`` that match ``filters`` (a bulk action's target)."""
    repo = QueueAggregateRepository(session, source_id=source_id)
    return [r["id"] for r in repo.ticket_rows(_effective(filters), list(ticket_ids))]


def _paged_ticket(rank: TicketRank, rows: list[dict[str, Any]]) -> QueueTicket:
    types = Counter(r["entity_type"] for r in rows)
    return QueueTicket(
        ticket_id=rank.ticket_id, findings=rank.findings, national_ids=rank.national_ids,
        public=rank.public, oldest=rank.oldest, organization_id=rows[0]["organization_id"],
        status=rows[0]["ticket_status"],
        types=tuple(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
        finding_ids=tuple(r["id"] for r in rows))


def _matches(row: Mapping[str, Any], filters: QueueFilters, skip: str | None = None) -> bool:
    for name, value in filters.active().items():
        if name == skip or (name == "review" and value == "all"):
            continue
        if str(row.get(FACETS[name]) or "") != value:
            return False
    return True


def build_queue(rows: Iterable[Mapping[str, Any]], filters: QueueFilters) -> Queue:
    """Group finding rows (from :class:`ReviewQueueRepository`) into ranked tickets."""
    rows = [{**r, "review": review_state(r)} for r in rows]
    facets = {}
    for name, key in FACETS.items():
        counts = Counter(str(r.get(key) or "") for r in rows if _matches(r, filters, skip=name))
        counts.pop("", None)
        facets[name] = tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    per_ticket: dict[str, list[Mapping[str, Any]]] = {}
    for r in rows:
        if _matches(r, filters):
            per_ticket.setdefault(str(r["ticket_id"]), []).append(r)
    tickets = [_ticket(tid, found) for tid, found in per_ticket.items()]
    tickets.sort(key=lambda t: (-min(t.national_ids, 1), -min(t.public, 1), -t.findings,
                                t.oldest or "", _numeric(t.ticket_id)))
    return Queue(tuple(tickets), facets, sum(t.findings for t in tickets), len(tickets))


def _numeric(ticket_id: str) -> tuple[int, str]:
    return (int(ticket_id), "") if ticket_id.isdigit() else (0, ticket_id)


def _ticket(ticket_id: str, rows: list[Mapping[str, Any]]) -> QueueTicket:
    types = Counter(r["entity_type"] for r in rows)
    dates = [r["detected_at"] for r in rows if r.get("detected_at")]
    first = rows[0]
    return QueueTicket(
        ticket_id=ticket_id, findings=len(rows),
        national_ids=sum(1 for r in rows if r["entity_type"] in NATIONAL_IDS),
        public=sum(1 for r in rows if r.get("public")), oldest=min(dates) if dates else None,
        organization_id=first.get("organization_id"), status=first.get("ticket_status"),
        types=tuple(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
        finding_ids=tuple(r["id"] for r in rows))


def with_filter(filters: QueueFilters, **changes: str | None) -> QueueFilters:
    return replace(filters, **changes)


def _row(fid: int, ticket: str, etype: str, **extra: Any) -> dict[str, Any]:
    """A queue row for doctests and tests."""
    return {"id": fid, "ticket_id": ticket, "entity_type": etype, "kind": "comments",
            "detected_at": "2026-01-01T00:00:00+00:00", "public": False, "ticket_status": "open",
            "organization_id": None, "decision": None, "redaction_status": None, **extra}
