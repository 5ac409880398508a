"""Reviewer decisions on findings (approve/dismiss) and where each stands with the helpdesk.

One row per finding: the current decision. Every change is also written to the audit log by
the :class:`~pii_scanner.store.Store` method that makes it, so history is never lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select

from pii_scanner.store.clock import iso
from pii_scanner.store.repositories.base import Repository, chunked
from pii_scanner.store.repositories.findings import as_dict
from pii_scanner.store.tables import FindingDecision, StoredFinding


class DecisionRepository(Repository[FindingDecision]):
    model = FindingDecision

    def by_finding(self, finding_ids: Iterable[int]) -> dict[int, FindingDecision]:
        found: dict[int, FindingDecision] = {}
        for chunk in chunked(list(finding_ids)):
            for row in self.session.scalars(select(FindingDecision)
                                            .where(FindingDecision.finding_id.in_(chunk))):
                found[row.finding_id] = row
        return found

    def decide(self, finding_ids: Sequence[int], decision: str, *, actor: str, rule: str | None,
               reason: str | None, operator: str | None, now: datetime,
               overwrite: bool = True) -> list[int]:
        """Record ``decision`` for each finding; returns the ids whose decision changed.

        Findings already redacted keep their row. With ``overwrite=False`` (auto-approval
        rules) a finding someone already decided on is left alone.
        """
        existing = self.by_finding(finding_ids)
        changed: list[int] = []
        for fid in dict.fromkeys(finding_ids):
            row = existing.get(fid)
            if row is None:
                self.session.add(FindingDecision(
                    finding_id=fid, decision=decision, rule=rule, actor=actor, reason=reason,
                    operator=operator, status="pending", attempts=0, decided_at=now))
                changed.append(fid)
                continue
            if row.status == "redacted" or not overwrite:
                continue
            if (row.decision, row.operator) == (decision, operator) and row.status == "pending":
                continue
            row.decision, row.rule, row.actor, row.reason = decision, rule, actor, reason
            row.operator, row.decided_at = operator, now
            if row.status in ("stale", "failed", "unsupported"):
                row.status = "pending"
            changed.append(fid)
        self.session.flush()
        return changed

    def findings(self, finding_ids: Iterable[int]) -> list[StoredFinding]:
        out: list[StoredFinding] = []
        for chunk in chunked(list(finding_ids)):
            out.extend(self.session.scalars(select(StoredFinding)
                                            .where(StoredFinding.id.in_(chunk))
                                            .order_by(StoredFinding.id)))
        return out

    def set_status(self, finding_ids: Iterable[int], status: str, now: datetime) -> None:
        rows = self.by_finding(finding_ids)
        for row in rows.values():
            row.status = status
            row.attempts += 1
            if status == "redacted":
                row.applied_at = now

    def rows(self, *, entity_types: Iterable[str] | None = None, ticket_id: str | None = None,
             finding_ids: Iterable[int] | None = None, approved_only: bool = False,
             min_score: float | None = None, states: Iterable[str] = ("open",),
             kinds: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Findings (as :func:`.findings.as_dict`) with their decision fields added."""
        stmt = (select(StoredFinding, FindingDecision)
                .outerjoin(FindingDecision, FindingDecision.finding_id == StoredFinding.id)
                .where(StoredFinding.state.in_(list(states)))
                .order_by(StoredFinding.id))
        if entity_types is not None:
            stmt = stmt.where(StoredFinding.entity_type.in_(list(entity_types)))
        if kinds is not None:
            stmt = stmt.where(StoredFinding.kind.in_(list(kinds)))
        if ticket_id is not None:
            stmt = stmt.where(StoredFinding.ticket_id == str(ticket_id))
        if min_score is not None:
            stmt = stmt.where(StoredFinding.score >= float(min_score))
        if approved_only:
            stmt = stmt.where(FindingDecision.decision == "approved")
        out: list[dict[str, Any]] = []
        chunks = chunked(list(finding_ids)) if finding_ids is not None else [None]
        for chunk in chunks:
            query = stmt if chunk is None else stmt.where(StoredFinding.id.in_(chunk))
            for finding, decision in self.session.execute(query):
                out.append({**as_dict(finding, None), **decision_fields(decision)})
        return out


def decision_fields(row: FindingDecision | None) -> dict[str, Any]:
    if row is None:
        return {"decision": None, "rule": None, "decided_by": None, "operator": None,
                "redaction_status": None, "attempts": 0, "decided_at": None, "applied_at": None}
    return {"decision": row.decision, "rule": row.rule, "decided_by": row.actor,
            "operator": row.operator, "redaction_status": row.status, "attempts": row.attempts,
            "decided_at": iso(row.decided_at), "applied_at": iso(row.applied_at)}
