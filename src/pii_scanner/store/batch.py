"""Writing one pipeline batch: objects, their findings, errors, deletions and the checkpoint."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from pii_scanner.store.clock import Clock
from pii_scanner.store.repositories import (CheckpointRepository, ErrorRepository,
                                            FindingRepository, ObjectRepository, RunRepository)
from pii_scanner.store.rows import ErrorRow, FindingRow, ObjectRow


def write_batch(session: Session, clock: Clock, run_id: int, source_id: int, stream: str,
                objects: Sequence[ObjectRow], findings: Sequence[FindingRow],
                errors: Sequence[ErrorRow], checkpoint: Mapping[str, Any] | None,
                deleted: Iterable[tuple[str, str]] = ()) -> dict[str, Any]:
    """Apply a batch inside the caller's transaction; returns the counters added to the run.

    New objects and objects whose content hash changed get exactly ``findings`` as their open
    findings; unchanged objects keep theirs. Deleted objects keep their findings as history
    (state ``deleted``). An object stored without an error in this batch has its open errors
    resolved.
    """
    now = clock()
    object_repo = ObjectRepository(session, clock)
    finding_repo = FindingRepository(session, clock)
    error_repo = ErrorRepository(session, clock)

    rows = {(o.kind, o.object_id): o for o in objects}  # last one wins within a batch
    by_object: dict[tuple[str, str], list[FindingRow]] = defaultdict(list)
    for finding in findings:
        key = (finding.kind, finding.object_id)
        if key not in rows:
            raise ValueError(f"finding for {finding.kind} {finding.object_id} whose object "
                             f"is not in the batch")
        by_object[key].append(finding)

    deleted = list(dict.fromkeys(deleted))
    stored = object_repo.load(source_id, list(rows) + deleted)
    changed, revived = [], []
    for key, row in rows.items():
        existing = stored.get(key)
        if existing is None or existing.content_hash != row.content_hash:
            changed.append(key)
        elif existing.deleted:
            revived.append(existing)
        stored[key] = object_repo.upsert(source_id, run_id, row, existing, now)
    session.flush()

    found = finding_repo.replace_for_objects(
        [(stored[key], by_object.get(key, ())) for key in changed], run_id, now)
    for obj in revived:
        finding_repo.set_state(obj.id, "deleted", "open", now)

    gone = 0
    for key in deleted:
        obj = stored.get(key)
        if obj is not None and key not in rows and not obj.deleted:
            obj.deleted, obj.last_seen_at, obj.last_run_id = True, now, run_id
            finding_repo.set_state(obj.id, "open", "deleted", now)
            gone += 1

    failed = {(e.kind, e.object_id) for e in errors}
    error_repo.resolve(source_id, [k for k in list(rows) + deleted if k not in failed], now)
    error_repo.record(source_id, run_id, errors, now)
    if checkpoint is not None:
        CheckpointRepository(session, clock).save(source_id, stream, checkpoint)

    delta = {"objects": dict(Counter(kind for kind, _ in rows)), "findings": dict(found),
             "errors": dict(Counter(e.kind for e in errors)),
             "changed": len(changed), "unchanged": len(rows) - len(changed), "deleted": gone}
    RunRepository(session, clock).bump(run_id, delta)
    return delta
