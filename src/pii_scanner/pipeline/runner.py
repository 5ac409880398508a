"""Run one scan of one source: stream batches through the stages and commit each with its checkpoint.

A batch's rows and the stream checkpoint that covers them are committed in one transaction, so
a scan killed at any point resumes from the last committed batch and loses no finished work.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from pii_scanner.config import Settings
from pii_scanner.errors import ApiError, AuthError
from pii_scanner.pipeline.executor import Executor
from pii_scanner.pipeline.interrupt import InterruptLatch
from pii_scanner.pipeline.items import ScanItem
from pii_scanner.pipeline.stages import (
    Detect, DropAllowed, ExtractAttachments, ExtractText, FetchAttachments, Fingerprint,
    LocateInFiles, SkipUnchanged,
)
from pii_scanner.records import Attachment, Comment, Record, User, content_hash
from pii_scanner.sources.contract import Connector
from pii_scanner.store import ErrorRow, ObjectRow, Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ScanOptions:
    full: bool = False
    since: datetime | None = None
    limit: int | None = None  # records per stream, for trial runs
    streams: tuple[str, ...] | None = None


@dataclass(slots=True)
class ScanResult:
    run_id: int
    state: str = "running"
    objects: Counter = field(default_factory=Counter)
    findings: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    requests: int = 0
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        return {"done": 0, "done_with_errors": 1}.get(self.state, 3)


@dataclass(frozen=True, slots=True)
class Progress:
    stream: str
    records: int
    findings: int
    errors: int
    requests: int
    done: bool = False


def expand(records: Iterable[Record]) -> list[Record]:
    """Comments carry their attachments and users their photo; each becomes its own object."""
    out: list[Record] = []
    for rec in records:
        out.append(rec)
        if isinstance(rec, Comment):
            out.extend(rec.attachments)
        elif isinstance(rec, User) and rec.photo is not None:
            out.append(rec.photo)
    return out


def object_row(item: ScanItem) -> ObjectRow:
    rec = item.record
    meta: dict = {k: v for k, v in item.meta.items() if v is not None}
    org = getattr(rec, "organization_id", None)
    if rec.kind == "tickets":
        # the requester's user id (an id, no personal value): GDPR lookups list the tickets a
        # data subject asked, whose text need not name them
        meta.update(status=rec.status, tags=len(rec.tags), created_at=rec.created_at,
                    requester_id=rec.requester_id)
    elif isinstance(rec, Comment):
        meta.update(public=rec.public, attachments=len(rec.attachments), created_at=rec.created_at)
    elif isinstance(rec, Attachment):
        meta.update(content_type=rec.content_type, size=rec.size, inline=rec.inline,
                    user_id=rec.user_id, comment_id=rec.comment_id)
    # an object with errors gets a hash that never matches, so the next read of it retries it
    digest = f"retry:{item.content_hash}" if item.errors else item.content_hash
    return ObjectRow(kind=rec.kind, object_id=rec.id, content_hash=digest,
                     ticket_id=item.ticket_id, organization_id=org,
                     updated_at=getattr(rec, "updated_at", None), meta=meta)


class Scan:
    """One scan run. Build it with its parts, then call :meth:`run`."""

    def __init__(self, settings: Settings, connector: Connector, store: Store, executor: Executor,
                 fingerprint: Callable[[str, str], str], preview: Callable[[str, str], str],
                 *, detector_version: str, source_name: str, extract_attachment=None,
                 boxed_findings=lambda piece, findings: list(findings), extract_many=None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self.connector = connector
        self.store = store
        self.detector_version = detector_version
        self.source_name = source_name
        self._clock = clock
        scan = settings.scan
        self.stages = [
            SkipUnchanged(lambda kind, ids: store.known_hashes(self.source_id, kind, ids)),
            ExtractText(),
            FetchAttachments(connector.download, scan.max_attachment_bytes, scan.download_attachments),
            ExtractAttachments(extract_attachment, extract_many),
            Detect(executor),
            LocateInFiles(boxed_findings),
            Fingerprint(fingerprint, preview),
            DropAllowed(lambda: self._allowed),
        ]
        self._allowed: frozenset[tuple[str, str]] = frozenset()
        self._interrupt = InterruptLatch()
        self.source_id = store.ensure_source(source_name, connector.name, settings.zendesk.url or "")

    def _items(self, records: Iterable[Record]) -> list[ScanItem]:
        return [ScanItem(rec, content_hash([rec.kind, rec.payload, self.detector_version]))
                for rec in expand(records)]

    def run(self, options: ScanOptions = ScanOptions(),
            on_progress: Callable[[Progress], None] | None = None) -> ScanResult:
        started = self._clock()
        if options.full:
            self.store.clear_checkpoints(self.source_id)
        mode = "full" if options.full or not self._has_checkpoints() else "incremental"
        abandoned = self.store.abandon_running_runs(self.source_id)  # we hold the source lock
        if abandoned:
            log.warning("%d earlier run(s) of %s ended without closing; marked interrupted",
                        abandoned, self.source_name)
        self._allowed = frozenset(self.store.allowed_fingerprints())  # once per run
        run_id = self.store.begin_run(self.source_id, mode)
        result = ScanResult(run_id)
        base_requests = self._last_requests = self.connector.request_count
        wanted = options.streams or self.settings.scan.streams
        state = "failed"
        try:
            with self._interrupt:
                for stream in self.connector.streams():
                    if stream.name in wanted:
                        self._run_stream(stream, options, result, base_requests, on_progress)
            state = "done_with_errors" if sum(result.errors.values()) else "done"
        except KeyboardInterrupt:
            state = "interrupted"
            raise
        except AuthError:
            raise
        except ApiError as exc:
            log.error("scan stopped: %s", exc)
            result.errors["api"] += 1
            self.store.commit_batch(run_id, self.source_id, "scan", [], [],
                                    [ErrorRow("source", self.source_name, "fetch", str(exc))], None)
        finally:
            result.state = state
            result.requests = self.connector.request_count - base_requests
            result.seconds = self._clock() - started
            self.store.finish_run(run_id, state, result.requests)
        return result

    def _process_chunk(self, stream: str, records, result: ScanResult, base_requests: int,
                       on_progress, *, batch_errors, deleted, checkpoint) -> None:
        items = self._items(records)
        for stage in self.stages:
            items = stage.process(items)
        objects = [object_row(it) for it in items]
        findings = [row for it in items if not it.unchanged for row in it.findings]
        errors = [ErrorRow(k, oid, "fetch", msg) for k, oid, msg in batch_errors]
        errors += [e for it in items for e in it.errors]
        now_requests = self.connector.request_count
        with self._interrupt.deferred():  # Ctrl-C waits for the batch's writes to end
            self.store.commit_batch(result.run_id, self.source_id, stream, objects, findings,
                                    errors, checkpoint, deleted=list(deleted))
            self.store.add_run_requests(result.run_id, now_requests - self._last_requests)
            self._last_requests = now_requests
        for it in items:
            result.objects[it.kind] += 1
        for row in findings:
            result.findings[row.entity_type] += 1
        for e in errors:
            result.errors[e.kind] += 1
        if on_progress:
            on_progress(Progress(stream, len(items), len(findings), len(errors),
                                 now_requests - base_requests))

    def _has_checkpoints(self) -> bool:
        return any(self.store.get_checkpoint(self.source_id, s) for s in self.settings.scan.streams)

    def _run_stream(self, stream, options: ScanOptions, result: ScanResult, base_requests: int,
                    on_progress) -> None:
        checkpoint = self.store.get_checkpoint(self.source_id, stream.name)
        if options.since is not None:
            checkpoint = {"start_time": int(options.since.timestamp())}
        seen = 0
        size = self.settings.scan.batch_size
        for batch in stream.read(checkpoint):
            records = list(batch.records)
            chunks = [records[i:i + size] for i in range(0, len(records), size)] or [[]]
            for n, chunk in enumerate(chunks):
                last = n == len(chunks) - 1
                # only the page's last chunk carries the checkpoint: a crash mid-page re-reads
                # the page, and the chunks already stored are skipped as unchanged
                self._process_chunk(stream.name, chunk, result, base_requests, on_progress,
                                    batch_errors=batch.errors if n == 0 else (),
                                    deleted=batch.deleted if last else (),
                                    checkpoint=dict(batch.checkpoint) if last else None)
                self._interrupt.check()  # a Ctrl-C lost in a finaliser stops here
            seen += len(records)
            if options.limit is not None and seen >= options.limit:
                break
        if on_progress:
            on_progress(Progress(stream.name, 0, 0, 0, self.connector.request_count - base_requests, True))
