"""The deliberate redaction workflow the CLI and the web app call: plan → approve → apply.

Nothing reaches the helpdesk without an approval (by a person, or by an auto-approval rule
from the ``[redact]`` config), and :func:`apply` re-checks every approved finding against
the live object before writing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pii_scanner.errors import ConfigError
from pii_scanner.redact.apply import Applier, ApplyReport
from pii_scanner.redact.attachments import AttachmentRedactor
from pii_scanner.redact.plan import RedactionPlan, make_plan
from pii_scanner.redact.policy import RedactPolicy
from pii_scanner.redact.writeback import writeback_for
from pii_scanner.store.fingerprint import Fingerprinter


def _ids(values: Iterable[Any] | None) -> list[int] | None:
    return None if values is None else [int(v) for v in values]


def build_plan(store, *, entity_types: Iterable[str] | None = None, ticket_id: str | None = None,
               finding_ids: Iterable[int] | None = None, approved_only: bool = False,
               policy: RedactPolicy | None = None) -> RedactionPlan:
    """What a redaction would change (open findings; approved ones only if asked). Read-only."""
    policy = policy or RedactPolicy()
    rows = store.decided_findings(entity_types=list(entity_types) if entity_types else None,
                                  ticket_id=ticket_id, finding_ids=_ids(finding_ids),
                                  approved_only=approved_only)
    if approved_only:
        rows = [r for r in rows if r["redaction_status"] in ("pending", "failed")]
    return make_plan(rows, policy.operator_for)


def check_operator(operator: str | None) -> None:
    """Raise :class:`ConfigError` for an operator name no registered operator has (None: the
    configured default, nothing to check). Every approval checks it before deciding."""
    if operator is not None:
        from pii_scanner.redact.operators import get

        get(operator)


def approve(store, *, actor: str, rule: str | None = None,
            finding_ids: Iterable[int] | None = None, entity_types: Iterable[str] | None = None,
            min_score: float | None = None, ticket_id: str | None = None,
            operator: str | None = None) -> int:
    """Approve the open findings matching every given filter; returns how many changed.

    At least one filter is required (approving everything by accident is not an option).
    """
    if finding_ids is None and not entity_types and ticket_id is None:
        raise ConfigError("approve: give finding ids, an entity type or a ticket")
    check_operator(operator)
    rows = store.decided_findings(entity_types=list(entity_types) if entity_types else None,
                                  ticket_id=ticket_id, finding_ids=_ids(finding_ids),
                                  min_score=min_score)
    ids = [r["id"] for r in rows if r["redaction_status"] != "redacted"]
    return len(store.decide(ids, "approved", actor=actor, rule=rule or "manual",
                            operator=operator))


def dismiss(store, finding_ids: Iterable[int], *, actor: str, reason: str,
            allow: bool = False) -> int:
    """Mark findings as not to be redacted (false positives, kept on purpose).

    With ``allow`` each value also goes on the allow-list (never flagged again): its other
    open findings are dismissed too, and later scans drop it. Returns how many were dismissed.
    """
    rows = store.decided_findings(finding_ids=_ids(finding_ids), states=("open", "gone"))
    ids = [r["id"] for r in rows if r["redaction_status"] != "redacted"]
    n = len(store.decide(ids, "dismissed", actor=actor, rule="manual", reason=reason))
    if allow:
        values = {(r["entity_type"], r["fingerprint"]): r["id"] for r in reversed(rows)}
        for (entity_type, fp), fid in values.items():
            n += len(store.allow(entity_type, fp, reason=reason, actor=actor,
                                 finding_id=fid).dismissed)
    return n


def auto_approve(store, policy: RedactPolicy, *, actor: str = "auto-rule") -> int:
    """Apply the policy's auto-approval rules; never overrides a person's decision."""
    total = 0
    for rule in policy.auto_approve:
        rows = store.decided_findings(entity_types=[rule.entity_type], min_score=rule.min_score)
        ids = [r["id"] for r in rows if r["decision"] is None]
        total += len(store.decide(ids, "approved", actor=actor, rule=rule.label,
                                  overwrite=False))
    return total


def apply(store, connector, fingerprinter: Fingerprinter | bytes, *, actor: str,
          finding_ids: Iterable[int] | None = None, policy: RedactPolicy | None = None,
          extract_attachment=None, max_attachment_bytes: int = 25_000_000) -> ApplyReport:
    """Write every approved, not yet redacted finding back to the helpdesk (see
    :mod:`pii_scanner.redact.apply`). Idempotent: redacted findings are never written again."""
    if isinstance(fingerprinter, bytes | bytearray):
        fingerprinter = Fingerprinter(bytes(fingerprinter))
    policy = policy or RedactPolicy()
    writeback = writeback_for(connector)
    rows = store.decided_findings(finding_ids=_ids(finding_ids), approved_only=True)
    attachments = AttachmentRedactor(writeback, extract_attachment, max_attachment_bytes,
                                     *_masking())
    applier = Applier(store, writeback, fingerprinter.fingerprint, fingerprinter.key, policy,
                      actor, attachments)
    return applier.run(rows)


def _masking() -> Sequence[Any]:
    try:
        from pii_scanner.extract.masking import masked_copy, masked_name
    except ImportError:  # the attachment extras are not installed
        return (None, None)
    return (masked_copy, masked_name)
