"""Aggregates for the managers' reports: counts per type, organisation, kind, run and decision.

Every query returns counts, ids, types and timestamps only; previews are not even read.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import aliased

from pii_scanner.store.clock import iso
from pii_scanner.store.repositories.base import Repository
from pii_scanner.store.tables import FindingDecision, ScanRun, StoredFinding, StoredObject


class ReportRepository(Repository[StoredFinding]):
    model = StoredFinding

    def finding_facts(self, source_id: int | None = None) -> list[dict[str, Any]]:
        """One small row per current or redacted finding: type, kind, organisation, ticket,
        detection time, public flag, decision, redaction status, who decided, when applied."""
        own = aliased(StoredObject)
        ticket = aliased(StoredObject)
        org = func.coalesce(own.organization_id, ticket.organization_id)
        stmt = (select(StoredFinding.id, StoredFinding.entity_type, StoredFinding.kind,
                       StoredFinding.ticket_id, StoredFinding.state, StoredFinding.detected_at,
                       own.meta, org, FindingDecision.decision, FindingDecision.status,
                       FindingDecision.actor, FindingDecision.applied_at)
                .join(own, own.id == StoredFinding.object_pk)
                .outerjoin(ticket, and_(ticket.source_id == StoredFinding.source_id,
                                        ticket.kind == "tickets",
                                        ticket.object_id == StoredFinding.ticket_id))
                .outerjoin(FindingDecision, FindingDecision.finding_id == StoredFinding.id)
                .order_by(StoredFinding.id))
        if source_id is not None:
            stmt = stmt.where(StoredFinding.source_id == source_id)
        out = []
        for (fid, etype, kind, tid, state, detected, meta, org_id, decision, status, actor,
             applied) in self.session.execute(stmt.execution_options(yield_per=1000)):
            if state != "open" and status != "redacted":
                continue  # history that was neither current nor redacted by us
            out.append({"id": fid, "entity_type": etype, "kind": kind, "ticket_id": tid,
                        "state": state, "detected_at": iso(detected),
                        "public": bool((meta or {}).get("public")) if kind == "comments" else False,
                        "organization_id": org_id, "decision": decision,
                        "redaction_status": status, "decided_by": actor,
                        "applied_at": iso(applied)})
        return out

    def runs(self, source_id: int | None = None, limit: int = 30) -> list[dict[str, Any]]:
        """The last ``limit`` scan runs, oldest first, with their per-type finding counters."""
        stmt = select(ScanRun).order_by(ScanRun.id.desc()).limit(limit)
        if source_id is not None:
            stmt = stmt.where(ScanRun.source_id == source_id)
        rows = list(self.session.scalars(stmt))
        return [{"id": r.id, "started_at": iso(r.started_at), "state": r.state, "mode": r.mode,
                 "findings": dict((r.counters or {}).get("findings", {}))}
                for r in reversed(rows)]
