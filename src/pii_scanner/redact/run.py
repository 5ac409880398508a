"""``redact apply`` from settings: store, key, connector, lock, apply, rescan, remaining count."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pii_scanner.config import Settings
from pii_scanner.errors import ScanLocked
from pii_scanner.redact.apply import ApplyReport
from pii_scanner.redact.policy import RedactPolicy

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ApplyOutcome:
    report: ApplyReport
    auto_approved: int
    rescan: Any = None
    #: approved findings still open after the rescan, except those reported stale (the live
    #: text changed or the object is gone) or unsupported (None when no rescan ran)
    remaining: int | None = None
    rescan_skipped: str | None = None

    @property
    def exit_code(self) -> int:
        counts = self.report.counts()
        troubled = counts.get("failed", 0) + counts.get("deferred", 0)
        return 1 if troubled or self.rescan_skipped or (self.remaining or 0) else 0

    def to_json(self) -> dict[str, Any]:
        out = self.report.to_json()
        out.update(auto_approved=self.auto_approved, remaining_approved_open=self.remaining,
                   rescan=None if self.rescan is None else {
                       "state": self.rescan.state, "objects": dict(self.rescan.objects),
                       "requests": self.rescan.requests},
                   rescan_skipped=self.rescan_skipped)
        return out


def run_apply(settings: Settings, policy: RedactPolicy, *, actor: str,
              finding_ids: Iterable[int] | None = None, rescan: bool = True,
              connector=None) -> ApplyOutcome:
    from pii_scanner.pipeline.build import (attachment_extractor, build_connector, load_key,
                                            open_store, source_name)
    from pii_scanner.pipeline.lock import source_lock
    from pii_scanner.redact.rescan import rescan_touched
    from pii_scanner.redact.workflow import apply, auto_approve
    from pii_scanner.redact.writeback import writeback_for

    key = load_key(settings)
    connector = connector or build_connector(settings)
    store = open_store(settings)
    try:
        with source_lock(settings.lock_dir, "redact:" + source_name(settings)):
            auto = auto_approve(store, policy) if finding_ids is None else 0
            report = apply(store, connector, key, actor=actor, finding_ids=finding_ids,
                           policy=policy, extract_attachment=attachment_extractor(settings),
                           max_attachment_bytes=settings.scan.max_attachment_bytes)
        result, skipped, remaining = None, None, None
        if rescan and report.touched:
            try:
                result = rescan_touched(settings, connector, writeback_for(connector),
                                        report.touched)
            except ScanLocked as exc:
                skipped = str(exc)
                log.warning("rescan of touched objects skipped: %s", exc)
            else:
                remaining = sum(1 for r in store.decided_findings(approved_only=True)
                                if r["redaction_status"] not in ("stale", "unsupported"))
        return ApplyOutcome(report, auto, result, remaining, skipped)
    finally:
        store.close()
        connector.close()
