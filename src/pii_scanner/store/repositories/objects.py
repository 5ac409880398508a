"""Helpdesk objects seen by scans, keyed by (source, kind, object id), with their content hash."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select, tuple_

from pii_scanner.store.repositories.base import Repository, chunked
from pii_scanner.store.rows import ObjectRow
from pii_scanner.store.tables import StoredObject

ObjectKey = tuple[str, str]  # (kind, object_id)


class ObjectRepository(Repository[StoredObject]):
    model = StoredObject

    def known_hashes(self, source_id: int, kind: str, object_ids: Iterable[str]) -> dict[str, str]:
        """Content hash of each listed object the store holds (deleted ones excluded)."""
        found: dict[str, str] = {}
        for chunk in chunked(dict.fromkeys(object_ids)):
            stmt = select(StoredObject.object_id, StoredObject.content_hash).where(
                StoredObject.source_id == source_id, StoredObject.kind == kind,
                StoredObject.object_id.in_(chunk), StoredObject.deleted.is_(False))
            found.update(self.session.execute(stmt).all())
        return found

    def load(self, source_id: int, keys: Iterable[ObjectKey]) -> dict[ObjectKey, StoredObject]:
        """Stored rows for the given (kind, object_id) keys; missing keys are left out."""
        found: dict[ObjectKey, StoredObject] = {}
        for chunk in chunked(dict.fromkeys(keys), 300):
            stmt = select(StoredObject).where(
                StoredObject.source_id == source_id,
                tuple_(StoredObject.kind, StoredObject.object_id).in_(chunk))
            for row in self.session.scalars(stmt):
                found[(row.kind, row.object_id)] = row
        return found

    def upsert(self, source_id: int, run_id: int | None, row: ObjectRow,
               existing: StoredObject | None, now: datetime) -> StoredObject:
        """Insert or refresh one object; the caller compares hashes before calling."""
        if existing is None:
            existing = StoredObject(source_id=source_id, kind=row.kind, object_id=row.object_id,
                                    first_seen_at=now)
            self.session.add(existing)
        existing.content_hash = row.content_hash
        existing.ticket_id = row.ticket_id
        existing.organization_id = row.organization_id
        existing.remote_updated_at = row.updated_at
        existing.meta = dict(row.meta)
        existing.deleted = False
        existing.last_seen_at = now
        existing.last_run_id = run_id
        return existing

    def counts(self, source_id: int | None = None) -> dict[str, int]:
        """Live (not deleted) objects per kind."""
        stmt = (select(StoredObject.kind, func.count()).where(StoredObject.deleted.is_(False))
                .group_by(StoredObject.kind))
        if source_id is not None:
            stmt = stmt.where(StoredObject.source_id == source_id)
        return dict(self.session.execute(stmt).all())

    def ticket_ages(self, source_id: int | None = None) -> list[dict]:
        """Each live ticket's source, id, status, requester (user id) and the helpdesk's
        ``updated_at`` text."""
        stmt = (select(StoredObject.source_id, StoredObject.object_id, StoredObject.meta,
                       StoredObject.remote_updated_at)
                .where(StoredObject.kind == "tickets", StoredObject.deleted.is_(False))
                .order_by(StoredObject.id))
        if source_id is not None:
            stmt = stmt.where(StoredObject.source_id == source_id)
        return [{"source_id": sid, "ticket_id": oid, "status": (meta or {}).get("status"),
                 "requester_id": (meta or {}).get("requester_id"), "updated_at": updated}
                for sid, oid, meta, updated in self.session.execute(stmt.execution_options(
                    yield_per=2000))]
