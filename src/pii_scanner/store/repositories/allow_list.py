"""The allow-list: (entity type, fingerprint) pairs a scan never reports again."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from pii_scanner.store.allow_tables import AllowEntry
from pii_scanner.store.clock import iso
from pii_scanner.store.repositories.base import Repository, chunked
from pii_scanner.store.tables import StoredFinding


class AllowListRepository(Repository[AllowEntry]):
    model = AllowEntry

    def find(self, entity_type: str, fingerprint: str) -> AllowEntry | None:
        return self.session.scalars(select(AllowEntry).where(
            AllowEntry.entity_type == entity_type, AllowEntry.fingerprint == fingerprint)).first()

    def add(self, entity_type: str, fingerprint: str, *, reason: str, actor: str, now: datetime,
            finding_id: int | None, preview: str | None) -> tuple[AllowEntry, bool]:
        """The entry for the pair, created if new; ``(entry, created)``."""
        found = self.find(entity_type, fingerprint)
        if found is not None:
            return found, False
        row = AllowEntry(entity_type=entity_type, fingerprint=fingerprint, preview=preview,
                         reason=reason, actor=actor, created_at=now, finding_id=finding_id)
        self.session.add(row)
        self.session.flush()
        return row, True

    def pairs(self) -> set[tuple[str, str]]:
        return {(e, fp) for e, fp in self.session.execute(
            select(AllowEntry.entity_type, AllowEntry.fingerprint))}

    def entries(self) -> list[dict[str, Any]]:
        return [entry_dict(r) for r in self.session.scalars(select(AllowEntry).order_by(AllowEntry.id))]

    def open_findings(self, entity_type: str, fingerprint: str) -> list[int]:
        """Ids of open findings of this value (the ones allow-listing dismisses)."""
        return list(self.session.scalars(select(StoredFinding.id).where(
            StoredFinding.entity_type == entity_type, StoredFinding.fingerprint == fingerprint,
            StoredFinding.state == "open").order_by(StoredFinding.id)))

    def previews(self, finding_ids: list[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        for chunk in chunked(finding_ids):
            for fid, preview in self.session.execute(
                    select(StoredFinding.id, StoredFinding.preview)
                    .where(StoredFinding.id.in_(chunk))):
                out[fid] = preview
        return out


def entry_dict(row: AllowEntry) -> dict[str, Any]:
    return {"id": row.id, "entity_type": row.entity_type, "fingerprint": row.fingerprint,
            "preview": row.preview, "reason": row.reason, "actor": row.actor,
            "created_at": iso(row.created_at), "finding_id": row.finding_id}
