"""Scan runs: mode, state, request count and per-run counters."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select, update

from pii_scanner.store.repositories.base import Repository
from pii_scanner.store.tables import ScanRun

RUN_MODES = ("full", "incremental")
FINAL_STATES = ("done", "done_with_errors", "failed", "interrupted")


def merge_counters(current: Mapping[str, Any], delta: Mapping[str, Any]) -> dict[str, Any]:
    """Add ``delta`` into a copy of ``current``; nested dicts are added key by key.

    >>> merge_counters({"objects": {"tickets": 1}, "unchanged": 2},
    ...                {"objects": {"tickets": 2, "users": 1}, "unchanged": 1})
    {'objects': {'tickets': 3, 'users': 1}, 'unchanged': 3}
    """
    merged: dict[str, Any] = {k: dict(v) if isinstance(v, Mapping) else v
                              for k, v in current.items()}
    for key, value in delta.items():
        if isinstance(value, Mapping):
            inner = merged.setdefault(key, {})
            for name, n in value.items():
                inner[name] = inner.get(name, 0) + n
        else:
            merged[key] = merged.get(key, 0) + value
    return merged


class RunRepository(Repository[ScanRun]):
    model = ScanRun

    def begin(self, source_id: int, mode: str) -> int:
        if mode not in RUN_MODES:
            raise ValueError(f"run mode must be one of {RUN_MODES}, got {mode!r}")
        run = self.add(ScanRun(source_id=source_id, mode=mode, state="running",
                               started_at=self.clock(), requests=0, counters={}))
        return run.id

    def abandon_running(self, source_id: int) -> int:
        """Mark runs still ``running`` for ``source_id`` as ``interrupted``; returns how many.

        Called by a new scan while it holds the source's lock, so any such run belongs to a
        process that died (SIGKILL, power loss) without closing it.
        """
        result = self.session.execute(
            update(ScanRun).where(ScanRun.source_id == source_id, ScanRun.state == "running")
            .values(state="interrupted", finished_at=self.clock()))
        return result.rowcount or 0

    def _locked(self, run_id: int) -> ScanRun:
        run = self.session.scalars(
            select(ScanRun).where(ScanRun.id == run_id).with_for_update()).one_or_none()
        if run is None:
            raise KeyError(f"no scan run {run_id}")
        return run

    def finish(self, run_id: int, state: str, requests: int) -> int:
        """Close a run and return its source id; ``requests`` is the run's total (never lowers
        what batches added)."""
        if state not in FINAL_STATES:
            raise ValueError(f"final run state must be one of {FINAL_STATES}, got {state!r}")
        run = self._locked(run_id)
        run.state, run.finished_at = state, self.clock()
        run.requests = max(run.requests or 0, requests)
        return run.source_id

    def add_requests(self, run_id: int, n: int) -> None:
        self.session.execute(update(ScanRun).where(ScanRun.id == run_id)
                             .values(requests=ScanRun.requests + n))

    def bump(self, run_id: int, delta: Mapping[str, Any]) -> None:
        run = self._locked(run_id)
        run.counters = merge_counters(run.counters or {}, delta)

    def latest(self, source_id: int | None = None) -> ScanRun | None:
        stmt = select(ScanRun).order_by(ScanRun.id.desc()).limit(1)
        if source_id is not None:
            stmt = stmt.where(ScanRun.source_id == source_id)
        return self.session.scalars(stmt).first()

    def totals(self, source_id: int | None = None) -> tuple[int, int]:
        """(number of runs, sum of their requests)."""
        stmt = select(func.count(ScanRun.id), func.coalesce(func.sum(ScanRun.requests), 0))
        if source_id is not None:
            stmt = stmt.where(ScanRun.source_id == source_id)
        runs, requests = self.session.execute(stmt).one()
        return int(runs), int(requests)
