"""The ``status`` report: last run, totals, checkpoints and recent errors, JSON-ready."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from pii_scanner.records import OBJECT_KINDS
from pii_scanner.store.clock import Clock, iso
from pii_scanner.store.repositories import (CheckpointRepository, ErrorRepository,
                                            FindingRepository, ObjectRepository, RunRepository,
                                            SourceRepository)
from pii_scanner.store.tables import ScanRun

SUMMARY_LEN = 120


def cursor_summary(cursor: Mapping[str, Any], width: int = SUMMARY_LEN) -> str:
    """Short one-line view of a stream cursor.

    >>> cursor_summary({"start_time": 1700000000, "cursor": "x" * 50})
    'cursor=xxxxxxxxxxxxxxxxxxxxxxxx…, start_time=1700000000'
    """
    text = ", ".join(f"{k}={_short(v)}" for k, v in sorted(cursor.items()))
    return text if len(text) <= width else text[: width - 1] + "…"


def _short(value: Any, width: int = 24) -> str:
    text = str(value)
    return text if len(text) <= width else text[:width] + "…"


def _kinds(counts: Mapping[str, int]) -> dict[str, int]:
    """Counts with every known object kind present (zero when absent)."""
    return {**dict.fromkeys(OBJECT_KINDS, 0), **counts}


def _run(run: ScanRun, names: Mapping[int, str]) -> dict[str, Any]:
    counters = run.counters or {}
    return {
        "id": run.id, "source": names.get(run.source_id), "mode": run.mode, "state": run.state,
        "started_at": iso(run.started_at), "finished_at": iso(run.finished_at),
        "requests": run.requests,
        "objects": _kinds(counters.get("objects", {})),
        "findings": dict(counters.get("findings", {})),
        "errors": dict(counters.get("errors", {})),
        "unchanged": counters.get("unchanged", 0), "deleted": counters.get("deleted", 0),
    }


def build_status(session: Session, clock: Clock, source_id: int | None = None,
                 recent_errors: int = 10) -> dict[str, Any]:
    names = SourceRepository(session, clock).names()
    runs = RunRepository(session, clock)
    errors = ErrorRepository(session, clock)
    latest = runs.latest(source_id)
    run_count, requests = runs.totals(source_id)
    return {
        "last_run": _run(latest, names) if latest else None,
        "total": {
            "objects": _kinds(ObjectRepository(session, clock).counts(source_id)),
            "findings": FindingRepository(session, clock).counts(source_id),
            "errors": errors.counts(source_id),
            "requests": requests, "runs": run_count,
        },
        "checkpoints": [
            {"source": names.get(c.source_id), "stream": c.stream, "updated_at": iso(c.updated_at),
             "cursor_summary": cursor_summary(c.cursor or {})}
            for c in CheckpointRepository(session, clock).listing(source_id)],
        "recent_errors": [
            {"kind": e.kind, "object_id": e.object_id, "stage": e.stage, "message": e.message,
             "at": iso(e.at)} for e in errors.recent(source_id, recent_errors)],
    }
