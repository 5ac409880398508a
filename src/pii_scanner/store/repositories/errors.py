"""Item errors: one open row per (object, stage) until the object is stored successfully."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import func, select, tuple_, update

from pii_scanner.store.repositories.base import Repository, chunked
from pii_scanner.store.rows import ErrorRow
from pii_scanner.store.tables import ScanError

STAGES = ("fetch", "extract", "detect", "store")
#: longest message kept; callers must not put personal data in messages at all
MAX_MESSAGE = 1000


class ErrorRepository(Repository[ScanError]):
    model = ScanError

    def record(self, source_id: int, run_id: int | None, rows: Sequence[ErrorRow],
               now: datetime) -> None:
        """Open an error per row, refreshing an already open one for the same object and stage."""
        if not rows:
            return
        keys = {(r.kind, r.object_id, r.stage) for r in rows}
        open_rows = {}
        for chunk in chunked(keys, 300):
            stmt = select(ScanError).where(
                ScanError.source_id == source_id, ScanError.resolved_at.is_(None),
                tuple_(ScanError.kind, ScanError.object_id, ScanError.stage).in_(chunk))
            open_rows.update({(e.kind, e.object_id, e.stage): e for e in self.session.scalars(stmt)})
        for row in rows:
            if row.stage not in STAGES:
                raise ValueError(f"error stage must be one of {STAGES}, got {row.stage!r}")
            message = row.message[:MAX_MESSAGE]
            error = open_rows.get((row.kind, row.object_id, row.stage))
            if error is None:
                error = ScanError(source_id=source_id, kind=row.kind, object_id=row.object_id,
                                  stage=row.stage)
                self.session.add(error)
                open_rows[(row.kind, row.object_id, row.stage)] = error
            error.run_id, error.message, error.at = run_id, message, now

    def resolve(self, source_id: int, keys: Iterable[tuple[str, str]], now: datetime) -> int:
        """Close the open errors of the given (kind, object_id) objects."""
        done = 0
        for chunk in chunked(set(keys), 300):
            result = self.session.execute(
                update(ScanError)
                .where(ScanError.source_id == source_id, ScanError.resolved_at.is_(None),
                       tuple_(ScanError.kind, ScanError.object_id).in_(chunk))
                .values(resolved_at=now))
            done += result.rowcount or 0
        return done

    def resolve_kind(self, source_id: int, kind: str, now: datetime) -> int:
        """Close every open error of one kind (e.g. source-level ``"source"`` errors)."""
        result = self.session.execute(
            update(ScanError)
            .where(ScanError.source_id == source_id, ScanError.resolved_at.is_(None),
                   ScanError.kind == kind)
            .values(resolved_at=now))
        return result.rowcount or 0

    def counts(self, source_id: int | None = None) -> dict[str, int]:
        """Open errors per object kind."""
        stmt = (select(ScanError.kind, func.count()).where(ScanError.resolved_at.is_(None))
                .group_by(ScanError.kind))
        if source_id is not None:
            stmt = stmt.where(ScanError.source_id == source_id)
        return dict(self.session.execute(stmt).all())

    def recent(self, source_id: int | None = None, limit: int = 10) -> list[ScanError]:
        """The newest open errors, newest first."""
        stmt = (select(ScanError).where(ScanError.resolved_at.is_(None))
                .order_by(ScanError.id.desc()).limit(limit))
        if source_id is not None:
            stmt = stmt.where(ScanError.source_id == source_id)
        return list(self.session.scalars(stmt))
