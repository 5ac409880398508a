"""The :class:`Store` facade the pipeline, CLI and web layers call.

Each method is one short transaction on top of the repositories. Writes on SQLite take the
write lock at BEGIN (``BEGIN IMMEDIATE``) and wait up to the busy timeout for another writer;
readers in other processes are never blocked (WAL).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pii_scanner.store.batch import write_batch
from pii_scanner.store.clock import Clock, system_clock
from pii_scanner.store.db import WRITE, create_store_engine, upgrade
from pii_scanner.store.repositories import (CheckpointRepository, ErrorRepository,
                                            FindingRepository, ObjectRepository, RunRepository,
                                            SourceRepository)
from pii_scanner.store.repositories.allow_list import AllowListRepository
from pii_scanner.store.repositories.audit import AuditRepository
from pii_scanner.store.repositories.base import chunked
from pii_scanner.store.repositories.decisions import DecisionRepository
from pii_scanner.store.rows import AllowResult, ErrorRow, FindingRow, ObjectRow
from pii_scanner.store.status import build_status


#: ErrorRow kind for errors about the whole source (API down, scan stopped), not one object
SOURCE_ERROR_KIND = "source"
#: audit action per decision
_ACTIONS = {"approved": "approve", "dismissed": "dismiss"}


class Store:
    """Scan results in a SQL database; never holds raw personal values."""

    def __init__(self, engine: Engine, clock: Clock = system_clock):
        self.engine = engine
        self.clock = clock
        self._writer = engine.execution_options(**WRITE)

    @classmethod
    def open(cls, url: str, *, clock: Clock = system_clock, migrate: bool = True) -> Store:
        """Open (and create or upgrade to the latest schema) the store at ``url``."""
        engine = create_store_engine(url)
        try:
            if migrate:
                upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, clock)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with Session(self.engine) as session, session.begin():
            yield session

    # -- sources and runs ---------------------------------------------------------------------

    def ensure_source(self, name: str, kind: str, base_url: str) -> int:
        try:
            with self._write() as s:
                return SourceRepository(s, self.clock).ensure(name, kind, base_url)
        except IntegrityError:  # another process created it between our SELECT and INSERT
            with self._write() as s:
                return SourceRepository(s, self.clock).ensure(name, kind, base_url)

    def abandon_running_runs(self, source_id: int) -> int:
        """Close runs of ``source_id`` left ``running`` by a dead process (as ``interrupted``)."""
        with self._write() as s:
            return RunRepository(s, self.clock).abandon_running(source_id)

    def begin_run(self, source_id: int, mode: str) -> int:
        with self._write() as s:
            return RunRepository(s, self.clock).begin(source_id, mode)

    def finish_run(self, run_id: int, state: str, requests: int) -> None:
        """Close a run; a clean ``"done"`` also resolves the source-level (kind ``"source"``)
        errors earlier runs left open."""
        with self._write() as s:
            source_id = RunRepository(s, self.clock).finish(run_id, state, requests)
            if state == "done":
                ErrorRepository(s, self.clock).resolve_kind(source_id, SOURCE_ERROR_KIND,
                                                            self.clock())

    def add_run_requests(self, run_id: int, n: int) -> None:
        with self._write() as s:
            RunRepository(s, self.clock).add_requests(run_id, n)

    # -- checkpoints and objects ----------------------------------------------------------------

    def get_checkpoint(self, source_id: int, stream: str) -> dict | None:
        with self._read() as s:
            return CheckpointRepository(s, self.clock).cursor(source_id, stream)

    def clear_checkpoints(self, source_id: int) -> None:
        with self._write() as s:
            CheckpointRepository(s, self.clock).clear(source_id)

    def known_hashes(self, source_id: int, kind: str, object_ids: list[str]) -> dict[str, str]:
        with self._read() as s:
            return ObjectRepository(s, self.clock).known_hashes(source_id, kind, object_ids)

    def commit_batch(self, run_id: int, source_id: int, stream: str,
                     objects: Sequence[ObjectRow], findings: Sequence[FindingRow],
                     errors: Sequence[ErrorRow], checkpoint: Mapping[str, Any] | None,
                     deleted: Iterable[tuple[str, str]] = ()) -> dict[str, Any]:
        """Store one batch in one transaction (see :func:`.batch.write_batch`)."""
        with self._write() as s:
            return write_batch(s, self.clock, run_id, source_id, stream, objects, findings,
                               errors, checkpoint, deleted)

    # -- reading --------------------------------------------------------------------------------

    def status(self, source_id: int | None = None, *, recent_errors: int = 10) -> dict:
        with self._read() as s:
            return build_status(s, self.clock, source_id, recent_errors)

    def findings(self, *, entity_types: Iterable[str] | None = None,
                 kinds: Iterable[str] | None = None, organization_id: str | None = None,
                 since: datetime | str | None = None, until: datetime | str | None = None,
                 ticket_id: str | None = None, limit: int | None = None,
                 fingerprint: str | None = None, source_id: int | None = None,
                 include_history: bool = False, ticket_ids: Iterable[str] | None = None,
                 fingerprints: Iterable[str] | None = None) -> Iterator[dict]:
        """Current findings matching every given filter, in id order (oldest first; with
        ``ticket_ids`` or ``fingerprints``, in id order within each chunk of them).

        ``include_history`` adds findings that are ``gone`` (the object changed) or ``deleted``
        (the object was deleted upstream); each dict's ``state`` tells which. ``ticket_ids``
        and ``fingerprints`` may be any length (they are queried in chunks).
        """
        states = ("open", "gone", "deleted") if include_history else ("open",)
        filters = dict(entity_types=entity_types, kinds=kinds, organization_id=organization_id,
                       since=since, until=until, ticket_id=ticket_id, fingerprint=fingerprint,
                       source_id=source_id, states=states)
        many = {"ticket_ids": ticket_ids, "fingerprints": fingerprints}
        many = {k: list(dict.fromkeys(v)) for k, v in many.items() if v is not None}
        if len(many) > 1:
            raise ValueError("findings: give ticket_ids or fingerprints, not both")
        ((key, values),) = many.items() if many else ((None, None),)
        with self._read() as s:
            repo = FindingRepository(s, self.clock)
            if key is None:
                yield from repo.iterate(repo.query(**filters, limit=limit))
                return
            left = limit
            for chunk in chunked(values):
                for row in repo.iterate(repo.query(**filters, **{key: chunk}, limit=left)):
                    yield row
                    if left is not None:
                        left -= 1
                if left is not None and left <= 0:
                    return

    def ticket_ages(self, source_id: int | None = None) -> list[dict]:
        """Every stored ticket: ``source_id``, ``ticket_id``, ``status``, ``requester_id`` (the
        user id, for tickets scanned since it is kept) and ``updated_at`` (the helpdesk's last
        change, ISO text as the helpdesk wrote it); deleted ones left out."""
        with self._read() as s:
            return ObjectRepository(s, self.clock).ticket_ages(source_id)

    def find_fingerprint(self, fp: str, *, include_history: bool = False) -> list[dict]:
        """Every place the value with fingerprint ``fp`` appears."""
        return list(self.findings(fingerprint=fp, include_history=include_history))

    # -- redaction decisions and the audit log ---------------------------------------------------

    def decide(self, finding_ids: Sequence[int], decision: str, *, actor: str,
               rule: str | None = None, reason: str | None = None, operator: str | None = None,
               overwrite: bool = True) -> list[int]:
        """Approve or dismiss findings; one audit row per changed decision. Returns those ids."""
        with self._write() as s:
            return self._decide(s, finding_ids, decision, actor=actor, rule=rule, reason=reason,
                                operator=operator, overwrite=overwrite)

    def _decide(self, s: Session, finding_ids: Sequence[int], decision: str, *, actor: str,
                rule: str | None, reason: str | None, operator: str | None = None,
                overwrite: bool = True) -> list[int]:
        now = self.clock()
        changed = DecisionRepository(s, self.clock).decide(
            finding_ids, decision, actor=actor, rule=rule, reason=reason, operator=operator,
            now=now, overwrite=overwrite)
        audit = AuditRepository(s, self.clock)
        for f in DecisionRepository(s, self.clock).findings(changed):
            audit.record(now, {"actor": actor, "action": _ACTIONS[decision],
                               "source_id": f.source_id, "object_kind": f.kind,
                               "object_id": f.object_id, "finding_id": f.id,
                               "entity_type": f.entity_type, "operator": operator,
                               "result": "ok", "detail": {"rule": rule, "reason": reason,
                                                          "field": f.field,
                                                          "preview": f.preview}})
        return changed

    def decided_findings(self, **filters: Any) -> list[dict]:
        """Findings with their decision fields (see :meth:`.DecisionRepository.rows`)."""
        with self._read() as s:
            return DecisionRepository(s, self.clock).rows(**filters)

    def record_redaction(self, finding_ids: Sequence[int], status: str,
                         events: Sequence[Mapping[str, Any]]) -> None:
        """Set the redaction status of findings and write their audit rows, in one transaction."""
        now = self.clock()
        with self._write() as s:
            DecisionRepository(s, self.clock).set_status(finding_ids, status, now)
            audit = AuditRepository(s, self.clock)
            for event in events:
                audit.record(now, event)

    def audit(self, **event: Any) -> int:
        """Append one audit row (fields: see :data:`.audit.AUDIT_FIELDS`); returns its id."""
        with self._write() as s:
            row = AuditRepository(s, self.clock).record(self.clock(), event)
            s.flush()
            return row.id

    def audit_log(self, **filters: Any) -> list[dict]:
        """Audit rows, oldest first (filters: see :meth:`.AuditRepository.list`)."""
        with self._read() as s:
            return AuditRepository(s, self.clock).list(**filters)

    # -- the allow-list ---------------------------------------------------------------------------

    def allow(self, entity_type: str, fingerprint: str, *, reason: str, actor: str,
              finding_id: int | None = None) -> AllowResult:
        """Put a value (its entity type + HMAC fingerprint) on the allow-list, audited, and
        dismiss its open findings that no one redacted yet, in one transaction. Idempotent."""
        with self._write() as s:
            repo = AllowListRepository(s, self.clock)
            preview = repo.previews([finding_id]).get(finding_id) if finding_id else None
            entry, created = repo.add(entity_type, fingerprint, reason=reason, actor=actor,
                                      now=self.clock(), finding_id=finding_id, preview=preview)
            if created:
                AuditRepository(s, self.clock).record(self.clock(), {
                    "actor": actor, "action": "allow", "finding_id": finding_id,
                    "entity_type": entity_type,
                    "detail": {"allow_id": entry.id, "reason": reason, "preview": preview}})
            open_ids = repo.open_findings(entity_type, fingerprint)
            redacted = {fid for fid, row in DecisionRepository(s, self.clock)
                        .by_finding(open_ids).items() if row.status == "redacted"}
            dismissed = self._decide(s, [i for i in open_ids if i not in redacted], "dismissed",
                                     actor=actor, rule="allow-list", reason=reason)
            return AllowResult(entry.id, created, tuple(dismissed))

    def allowed_fingerprints(self) -> set[tuple[str, str]]:
        """Every allow-listed ``(entity_type, fingerprint)`` pair (the scan drops these)."""
        with self._read() as s:
            return AllowListRepository(s, self.clock).pairs()

    def unallow(self, entry_id: int, *, actor: str) -> bool:
        """Take an entry off the allow-list (audited); False if there is no such entry.

        Findings it dismissed stay dismissed; later scans report the value again."""
        with self._write() as s:
            row = AllowListRepository(s, self.clock).get(entry_id)
            if row is None:
                return False
            AuditRepository(s, self.clock).record(self.clock(), {
                "actor": actor, "action": "unallow", "entity_type": row.entity_type,
                "finding_id": row.finding_id,
                "detail": {"allow_id": row.id, "reason": row.reason, "preview": row.preview}})
            s.delete(row)
            return True

    def allow_list(self) -> list[dict]:
        """The allow-list entries (id, entity_type, fingerprint, preview, reason, actor,
        created_at, finding_id), oldest first."""
        with self._read() as s:
            return AllowListRepository(s, self.clock).entries()
