"""The audit log: who did what to which object, with which result. Never personal values.

Generic enough for every actor (CLI, scheduler, web app): ``action`` names the event
(``approve``, ``dismiss``, ``redact``, ``org_link``, ``login``...), ``object_kind``/``object_id``
the helpdesk object, ``detail`` a small JSON dict of ids, counts, previews and reasons.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select

from pii_scanner.store.clock import as_utc, iso
from pii_scanner.store.repositories.base import Repository
from pii_scanner.store.tables import AuditEvent

#: the columns a caller may set on an audit row (besides ``at``)
AUDIT_FIELDS = ("actor", "action", "source_id", "object_kind", "object_id", "finding_id",
                "entity_type", "operator", "result", "response_id", "detail")


class AuditRepository(Repository[AuditEvent]):
    model = AuditEvent

    def record(self, now: datetime, event: Mapping[str, Any]) -> AuditEvent:
        unknown = set(event) - set(AUDIT_FIELDS)
        if unknown:
            raise ValueError(f"unknown audit fields: {sorted(unknown)}")
        values = {k: event.get(k) for k in AUDIT_FIELDS}
        values["detail"] = dict(values["detail"] or {})
        values["actor"] = values["actor"] or "unknown"
        values["result"] = values["result"] or "ok"
        for key in ("object_id", "response_id"):
            if values[key] is not None:
                values[key] = str(values[key])
        row = AuditEvent(at=now, **values)
        self.session.add(row)
        return row

    def list(self, *, actions: Iterable[str] | None = None, finding_id: int | None = None,
             object_kind: str | None = None, object_id: str | None = None,
             since: datetime | str | None = None, limit: int | None = None) -> list[dict]:
        """Events matching every given filter, oldest first (the last ``limit`` of them)."""
        stmt = select(AuditEvent).order_by(AuditEvent.id.desc())
        if actions is not None:
            stmt = stmt.where(AuditEvent.action.in_(list(actions)))
        if finding_id is not None:
            stmt = stmt.where(AuditEvent.finding_id == finding_id)
        if object_kind is not None:
            stmt = stmt.where(AuditEvent.object_kind == object_kind)
        if object_id is not None:
            stmt = stmt.where(AuditEvent.object_id == str(object_id))
        if since is not None:
            stmt = stmt.where(AuditEvent.at >= as_utc(since))
        if limit is not None:
            stmt = stmt.limit(limit)
        return [audit_dict(row) for row in reversed(self.session.scalars(stmt).all())]


def audit_dict(row: AuditEvent) -> dict[str, Any]:
    return {"id": row.id, "at": iso(row.at), "actor": row.actor, "action": row.action,
            "source_id": row.source_id, "object_kind": row.object_kind,
            "object_id": row.object_id, "finding_id": row.finding_id,
            "entity_type": row.entity_type, "operator": row.operator, "result": row.result,
            "response_id": row.response_id, "detail": dict(row.detail or {})}
