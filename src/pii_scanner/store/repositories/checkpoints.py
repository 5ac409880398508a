"""Stream checkpoints: the cursor a stream resumes from, one per (source, stream)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, select

from pii_scanner.store.repositories.base import Repository
from pii_scanner.store.tables import Checkpoint


class CheckpointRepository(Repository[Checkpoint]):
    model = Checkpoint

    def _row(self, source_id: int, stream: str) -> Checkpoint | None:
        return self.session.scalars(select(Checkpoint).where(
            Checkpoint.source_id == source_id, Checkpoint.stream == stream)).one_or_none()

    def cursor(self, source_id: int, stream: str) -> dict[str, Any] | None:
        row = self._row(source_id, stream)
        return dict(row.cursor) if row else None

    def save(self, source_id: int, stream: str, cursor: Mapping[str, Any]) -> None:
        row = self._row(source_id, stream)
        if row is None:
            self.add(Checkpoint(source_id=source_id, stream=stream, cursor=dict(cursor),
                                updated_at=self.clock()))
        else:
            row.cursor, row.updated_at = dict(cursor), self.clock()

    def clear(self, source_id: int) -> int:
        result = self.session.execute(delete(Checkpoint).where(Checkpoint.source_id == source_id))
        return result.rowcount or 0

    def listing(self, source_id: int | None = None) -> list[Checkpoint]:
        stmt = select(Checkpoint).order_by(Checkpoint.source_id, Checkpoint.stream)
        if source_id is not None:
            stmt = stmt.where(Checkpoint.source_id == source_id)
        return list(self.session.scalars(stmt))
