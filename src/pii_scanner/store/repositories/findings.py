"""Findings: where a value of some type sits in an object; updated per object as a set.

Each finding has a natural key (field, entity type, span, page, box, fingerprint) unique
within its object, so a rescan updates rows in place: ids stay stable, and a finding that
disappears from a changed object is kept with state ``gone`` rather than deleted.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, insert, select, update
from sqlalchemy.orm import aliased

from pii_scanner.store.clock import as_utc, iso
from pii_scanner.store.repositories.base import Repository, chunked
from pii_scanner.store.rows import FindingRow
from pii_scanner.store.tables import StoredFinding, StoredObject


def finding_key(row: FindingRow) -> str:
    """Stable identity of a finding within its object (no raw value goes into it)."""
    bbox = list(row.bbox) if row.bbox is not None else None
    parts = [row.field, row.entity_type, row.start, row.end, row.page, bbox, row.fingerprint]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


def dedupe(rows: Iterable[FindingRow]) -> dict[str, FindingRow]:
    """One row per key; where two recognizers report the same thing the higher score wins."""
    best: dict[str, FindingRow] = {}
    for row in rows:
        key = finding_key(row)
        if key not in best or row.score > best[key].score:
            best[key] = row
    return best


def _values(obj: StoredObject, row: FindingRow) -> dict[str, Any]:
    """Column values of a finding row that may change between scans of its object."""
    return {
        "kind": obj.kind, "object_id": obj.object_id, "field": row.field,
        "ticket_id": row.ticket_id or obj.ticket_id or (
            obj.object_id if obj.kind == "tickets" else None),
        "entity_type": row.entity_type, "fingerprint": row.fingerprint,
        "start_offset": row.start, "end_offset": row.end, "page": row.page,
        "bbox": list(row.bbox) if row.bbox is not None else None,
        "score": float(row.score), "recognizer": row.recognizer,
        "explanation": dict(row.explanation), "preview": row.preview[:120],
    }


class FindingRepository(Repository[StoredFinding]):
    model = StoredFinding

    def replace_for_objects(self, changes: Sequence[tuple[StoredObject, Sequence[FindingRow]]],
                            run_id: int | None, now: datetime) -> Counter[str]:
        """Make each object's ``rows`` its open findings; returns counts per entity type."""
        existing: dict[int, dict[str, StoredFinding]] = defaultdict(dict)
        for chunk in chunked([obj.id for obj, _ in changes]):
            for f in self.session.scalars(select(StoredFinding)
                                          .where(StoredFinding.object_pk.in_(chunk))):
                existing[f.object_pk][f.key] = f
        found: Counter[str] = Counter()
        inserts: list[dict[str, Any]] = []
        for obj, rows in changes:
            wanted = dedupe(rows)
            found.update(row.entity_type for row in wanted.values())
            old = existing[obj.id]
            for key, finding in old.items():
                if key not in wanted and finding.state != "gone":
                    finding.state, finding.state_changed_at = "gone", now
            for key, row in wanted.items():
                values = {**_values(obj, row), "state": "open", "last_run_id": run_id}
                finding = old.get(key)
                if finding is None:
                    inserts.append({**values, "object_pk": obj.id, "source_id": obj.source_id,
                                    "key": key, "detected_at": now, "state_changed_at": now})
                    continue
                if finding.state != "open":
                    finding.state_changed_at = now
                for name, value in values.items():
                    setattr(finding, name, value)
        if inserts:  # bulk INSERT: no ORM bookkeeping for brand-new rows
            self.session.execute(insert(StoredFinding), inserts)
        return found

    def set_state(self, object_pk: int, old: str, new: str, now: datetime) -> int:
        """Move an object's findings from state ``old`` to ``new`` (deletion, undeletion)."""
        result = self.session.execute(
            update(StoredFinding)
            .where(StoredFinding.object_pk == object_pk, StoredFinding.state == old)
            .values(state=new, state_changed_at=now))
        return result.rowcount or 0

    def counts(self, source_id: int | None = None) -> dict[str, int]:
        """Open findings per entity type."""
        stmt = (select(StoredFinding.entity_type, func.count())
                .where(StoredFinding.state == "open").group_by(StoredFinding.entity_type))
        if source_id is not None:
            stmt = stmt.where(StoredFinding.source_id == source_id)
        return dict(self.session.execute(stmt).all())

    def query(self, *, entity_types: Iterable[str] | None = None,
              kinds: Iterable[str] | None = None, organization_id: str | None = None,
              since: datetime | str | None = None, until: datetime | str | None = None,
              ticket_id: str | None = None, fingerprint: str | None = None,
              source_id: int | None = None, states: Iterable[str] = ("open",),
              limit: int | None = None, ticket_ids: Iterable[str] | None = None,
              fingerprints: Iterable[str] | None = None) -> Select:
        """SELECT of (finding, organization id) rows matching every given filter."""
        own = aliased(StoredObject)
        ticket = aliased(StoredObject)
        # Comments and attachments inherit the organization of their ticket.
        org = func.coalesce(own.organization_id, ticket.organization_id)
        stmt = (select(StoredFinding, org.label("organization_id"))
                .join(own, own.id == StoredFinding.object_pk)
                .outerjoin(ticket, and_(ticket.source_id == StoredFinding.source_id,
                                        ticket.kind == "tickets",
                                        ticket.object_id == StoredFinding.ticket_id))
                .where(StoredFinding.state.in_(list(states)))
                .order_by(StoredFinding.id))
        if entity_types is not None:
            stmt = stmt.where(StoredFinding.entity_type.in_(list(entity_types)))
        if kinds is not None:
            stmt = stmt.where(StoredFinding.kind.in_(list(kinds)))
        if organization_id is not None:
            stmt = stmt.where(org == str(organization_id))
        if since is not None:
            stmt = stmt.where(StoredFinding.detected_at >= as_utc(since))
        if until is not None:
            stmt = stmt.where(StoredFinding.detected_at < as_utc(until))
        if ticket_id is not None:
            stmt = stmt.where(StoredFinding.ticket_id == str(ticket_id))
        if fingerprint is not None:
            stmt = stmt.where(StoredFinding.fingerprint == fingerprint)
        if ticket_ids is not None:  # (callers pass at most a chunk: one bound value each)
            stmt = stmt.where(StoredFinding.ticket_id.in_([str(t) for t in ticket_ids]))
        if fingerprints is not None:
            stmt = stmt.where(StoredFinding.fingerprint.in_(list(fingerprints)))
        if source_id is not None:
            stmt = stmt.where(StoredFinding.source_id == source_id)
        if limit is not None:
            stmt = stmt.limit(limit)
        return stmt

    def iterate(self, stmt: Select, batch: int = 500) -> Iterator[dict[str, Any]]:
        for finding, organization_id in self.session.execute(
                stmt.execution_options(yield_per=batch)):
            yield as_dict(finding, organization_id)


def as_dict(f: StoredFinding, organization_id: str | None) -> dict[str, Any]:
    return {
        "id": f.id, "entity_type": f.entity_type, "kind": f.kind, "object_id": f.object_id,
        "ticket_id": f.ticket_id, "field": f.field, "start": f.start_offset, "end": f.end_offset,
        "page": f.page, "bbox": tuple(f.bbox) if f.bbox is not None else None,
        "score": f.score, "recognizer": f.recognizer, "explanation": dict(f.explanation or {}),
        "preview": f.preview, "fingerprint": f.fingerprint, "detected_at": iso(f.detected_at),
        "organization_id": organization_id, "source_id": f.source_id, "state": f.state,
    }
