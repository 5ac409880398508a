"""The review queue aggregated in the database: facet counts, ranked ticket pages, totals.

Filters are ``{dimension: value}`` with dimensions ``type``, ``org``, ``status``, ``source``
and ``review`` (a value equals the row's column as text). Every query returns one row per
facet value or per ticket on the page, so memory does not grow with the store. The ranking
equals :func:`pii_scanner.web.queue.build_queue` (tested on random stores).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.sql.elements import ColumnElement

from pii_scanner.store.clock import iso
from pii_scanner.store.repositories.base import chunked
from pii_scanner.store.repositories.finding_columns import F, FindingScope, ScopedFindingRepository

#: dimensions that need the ticket object (and so the finding's own object) joined
_TICKET_DIMENSIONS = frozenset({"org", "status"})


@dataclass(frozen=True, slots=True)
class TicketRank:
    """One ticket's ranking figures over the findings that match the filters."""

    ticket_id: str
    findings: int
    national_ids: int
    public: int
    oldest: str | None


class QueueAggregateRepository(ScopedFindingRepository):
    """Open findings that belong to a ticket, for all sources or one (``source_id``)."""

    def dimension(self, name: str) -> ColumnElement:
        return {"type": F.entity_type, "org": self.scope.organization(),
                "status": self.scope.ticket_status(), "source": F.kind,
                "review": self.scope.review()}[name]

    def _select(self, columns: Sequence[Any], filters: Mapping[str, str], *,
                own: bool = False, ticket: bool = False) -> Select:
        ticket = ticket or bool(_TICKET_DIMENSIONS & set(filters))
        stmt = self.scope.joined(select(*columns), own=own, ticket=ticket)
        stmt = stmt.where(F.state == "open", F.ticket_id.is_not(None))
        if self.source_id is not None:
            stmt = stmt.where(F.source_id == self.source_id)
        for name, value in filters.items():
            stmt = stmt.where(self.dimension(name) == value)
        return stmt

    def facet(self, name: str, filters: Mapping[str, str]) -> list[tuple[str, int]]:
        """Matching findings per non-empty value of dimension ``name`` (unsorted)."""
        value = self.dimension(name).label("value")
        stmt = (self._select((value, func.count()), filters, ticket=name in _TICKET_DIMENSIONS)
                .where(value.is_not(None), value != "").group_by(value))
        return [(str(v), int(n)) for v, n in self.session.execute(stmt)]

    def totals(self, filters: Mapping[str, str]) -> tuple[int, int]:
        """(tickets, findings) matching ``filters``."""
        stmt = self._select((func.count(func.distinct(F.ticket_id)), func.count()), filters)
        tickets, findings = self.session.execute(stmt).one()
        return int(tickets), int(findings)

    def ranked_tickets(self, filters: Mapping[str, str], national_ids: Collection[str], *,
                       limit: int | None = None, offset: int = 0) -> list[TicketRank]:
        """Tickets riskiest first: any national id, any public finding, more findings, oldest
        detection, then ticket number (numeric ids by value) and first finding id."""
        national = func.sum(FindingScope.national(national_ids)).label("national")
        public = func.sum(self.scope.public()).label("public")
        count = func.count().label("findings")
        oldest = func.min(F.detected_at).label("oldest")
        number, text = self.scope.ticket_number()
        stmt = (self._select((F.ticket_id, count, national, public, oldest), filters, own=True)
                .group_by(F.ticket_id)
                .order_by(case((national > 0, 0), else_=1), case((public > 0, 0), else_=1),
                          count.desc(), oldest, number, text, func.min(F.id))
                .offset(offset or None).limit(limit))
        return [TicketRank(str(t), int(n), int(k), int(p), iso(o))
                for t, n, k, p, o in self.session.execute(stmt)]

    def ticket_rows(self, filters: Mapping[str, str],
                    ticket_ids: Collection[str]) -> list[dict[str, Any]]:
        """The matching findings of ``ticket_ids`` (id, ticket, type, organisation, ticket
        status), by id."""
        org, status = self.scope.organization(), self.scope.ticket_status()
        rows = []
        for chunk in chunked(sorted(set(ticket_ids))):
            stmt = self._select((F.id, F.ticket_id, F.entity_type, org, status), filters,
                                ticket=True).where(F.ticket_id.in_(list(chunk)))
            rows += [{"id": i, "ticket_id": t, "entity_type": e, "organization_id": o,
                      "ticket_status": s} for i, t, e, o, s in self.session.execute(stmt)]
        return sorted(rows, key=lambda r: r["id"])
