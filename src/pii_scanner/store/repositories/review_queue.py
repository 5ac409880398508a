"""Rows behind the agents' review queue: open findings with what ranking and filters need.

One row per open finding (never a value): its ticket, type, kind, detection time, its review
decision, whether the comment it sits in is public, the ticket's status and organisation.
The web layer groups them per ticket (:mod:`pii_scanner.web.queue`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import aliased

from pii_scanner.store.clock import as_utc, iso
from pii_scanner.store.repositories.base import Repository
from pii_scanner.store.tables import FindingDecision, StoredFinding, StoredObject


class ReviewQueueRepository(Repository[StoredFinding]):
    model = StoredFinding

    def rows(self, *, source_id: int | None = None, since: datetime | str | None = None,
             until: datetime | str | None = None) -> Iterator[dict[str, Any]]:
        own = aliased(StoredObject)
        ticket = aliased(StoredObject)
        org = func.coalesce(own.organization_id, ticket.organization_id)
        stmt = (select(StoredFinding.id, StoredFinding.ticket_id, StoredFinding.entity_type,
                       StoredFinding.kind, StoredFinding.score, StoredFinding.detected_at,
                       own.meta, ticket.meta, org.label("organization_id"),
                       FindingDecision.decision, FindingDecision.status)
                .join(own, own.id == StoredFinding.object_pk)
                .outerjoin(ticket, and_(ticket.source_id == StoredFinding.source_id,
                                        ticket.kind == "tickets",
                                        ticket.object_id == StoredFinding.ticket_id))
                .outerjoin(FindingDecision, FindingDecision.finding_id == StoredFinding.id)
                .where(StoredFinding.state == "open", StoredFinding.ticket_id.is_not(None))
                .order_by(StoredFinding.id))
        if source_id is not None:
            stmt = stmt.where(StoredFinding.source_id == source_id)
        if since is not None:
            stmt = stmt.where(StoredFinding.detected_at >= as_utc(since))
        if until is not None:
            stmt = stmt.where(StoredFinding.detected_at < as_utc(until))
        for (fid, tid, etype, kind, score, detected, own_meta, ticket_meta, org_id,
             decision, status) in self.session.execute(stmt.execution_options(yield_per=1000)):
            own_meta, ticket_meta = own_meta or {}, ticket_meta or {}
            yield {"id": fid, "ticket_id": tid, "entity_type": etype, "kind": kind,
                   "score": score, "detected_at": iso(detected),
                   "public": bool(own_meta.get("public")) if kind == "comments" else False,
                   "ticket_status": ticket_meta.get("status"),
                   "ticket_created_at": ticket_meta.get("created_at"),
                   "organization_id": org_id, "decision": decision, "redaction_status": status}
