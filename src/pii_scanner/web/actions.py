"""Review actions over the redaction engine (:mod:`pii_scanner.redact.workflow`).

Thin: confirm = approve, dismiss = dismiss with a reason, redact now = approve then apply
through the connector (the engine re-fetches the live object, checks fingerprints, writes one
call per comment and audits every write). The web layer only checks who may act on what.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from pii_scanner.errors import PiiScannerError
from pii_scanner.web.context import WebContext

MAX_REASON = 500


class ActionError(PiiScannerError):
    """An action could not be carried out (message safe to show)."""


def _workflow():
    try:
        from pii_scanner.redact import workflow
    except ImportError as exc:  # the redaction engine is not installed in this build
        raise ActionError("the redaction engine (pii_scanner.redact.workflow) is not available") from exc
    return workflow


def confirm(ctx: WebContext, finding_ids: Sequence[int], actor: str) -> int:
    if not finding_ids:
        return 0
    return int(_workflow().approve(ctx.store, actor=actor, rule="web",
                                   finding_ids=list(finding_ids)))


def dismiss(ctx: WebContext, finding_ids: Sequence[int], actor: str, reason: str,
            allow: bool = False) -> int:
    """Dismiss with a reason; ``allow`` also puts each value on the allow-list (never again)."""
    reason = " ".join(reason.split())[:MAX_REASON]
    if not reason:
        raise ActionError("a reason is required to dismiss a finding")
    if not finding_ids:
        return 0
    return int(_workflow().dismiss(ctx.store, list(finding_ids), actor=actor, reason=reason,
                                   allow=allow))


def redact_now(ctx: WebContext, finding_ids: Sequence[int], actor: str) -> dict[str, Any]:
    """Approve and apply (under the same per-source redaction lock as ``redact apply``);
    returns the engine's report as a plain dict for display."""
    from pii_scanner.pipeline.build import attachment_extractor, source_name
    from pii_scanner.pipeline.lock import source_lock
    from pii_scanner.redact.policy import RedactPolicy

    if not finding_ids:
        raise ActionError("select at least one finding to redact")
    workflow = _workflow()
    settings = ctx.settings
    workflow.approve(ctx.store, actor=actor, rule="web", finding_ids=list(finding_ids))
    connector = ctx.connector_factory()
    try:
        with source_lock(settings.lock_dir, "redact:" + source_name(settings)):
            report = workflow.apply(
                ctx.store, connector, ctx.fingerprinter, actor=actor,
                finding_ids=list(finding_ids), policy=RedactPolicy.from_mapping(settings.redact),
                extract_attachment=attachment_extractor(settings),
                max_attachment_bytes=settings.scan.max_attachment_bytes)
    finally:
        connector.close()
    return report_dict(report)


def report_dict(report: Any) -> dict[str, Any]:
    """An ApplyReport (dataclass, mapping or object with ``as_dict``) as a plain dict."""
    if hasattr(report, "to_json"):
        return dict(report.to_json())
    if hasattr(report, "as_dict"):
        return dict(report.as_dict())
    if dataclasses.is_dataclass(report):
        return dataclasses.asdict(report)
    if isinstance(report, dict):
        return dict(report)
    return {"result": str(report)}
