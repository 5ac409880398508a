"""Write approved redactions back to the helpdesk, checking each against the live object.

Per ticket: one read of its comments, one ``comment_redactions`` call per comment (all its
spans together), one update of the ticket's own fields, two updates per attachment (masked
copy as a private note, then the original redacted), then one read to verify. Users and
organisations: read, one update, read to verify; a user's identities: see
:mod:`.identities`. A ticket's writes stop at the policy's per-ticket limit (Zendesk: 30
updates per 10 minutes), counting the updates earlier runs made in the trailing 10 minutes
(from the audit log, :mod:`.ticket_budget`); the rest wait for the next run.

Every finding ends as ``redacted`` (verified by re-reading), ``stale`` (the live text no
longer holds the value, or the object is gone), ``failed`` (refused or not applied; retried
next run), ``deferred`` (limit reached; still pending) or ``unsupported``; each gets an audit
row. Nothing already redacted is written again.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pii_scanner.errors import ApiError, NotFound, PiiScannerError, RateLimited
from pii_scanner.redact import live
from pii_scanner.redact import operators as ops
from pii_scanner.redact.attachments import AttachmentRedactor, CopyWithoutRedaction
from pii_scanner.redact.fields import rewrite_fields
from pii_scanner.redact.identities import delete_identities, supports_identities
from pii_scanner.redact.plan import Target, target_of
from pii_scanner.redact.policy import RedactPolicy
from pii_scanner.redact.spans import wrap_redact
from pii_scanner.redact.ticket_budget import WINDOW, recent_ticket_writes
from pii_scanner.redact.writeback import Writeback

log = logging.getLogger(__name__)
Row = Mapping[str, Any]
#: statuses an apply run (re)tries
RETRYABLE = (None, "pending", "failed")


@dataclass(frozen=True, slots=True)
class Outcome:
    finding_id: int
    result: str  # redacted, stale, failed, deferred, unsupported
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ApplyReport:
    outcomes: tuple[Outcome, ...] = ()
    writes: int = 0
    requests: int = 0
    #: objects whose findings were checked or written, by kind (for the rescan)
    touched: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return dict(Counter(o.result for o in self.outcomes))

    @property
    def requests_per_redaction(self) -> float | None:
        done = self.counts().get("redacted", 0)
        return round(self.requests / done, 2) if done else None

    def to_json(self) -> dict[str, Any]:
        return {"counts": self.counts(), "writes": self.writes, "requests": self.requests,
                "requests_per_redaction": self.requests_per_redaction,
                "touched": {k: list(v) for k, v in self.touched.items()},
                "outcomes": [{"finding_id": o.finding_id, "result": o.result, "reason": o.reason}
                             for o in self.outcomes]}


@dataclass(slots=True)
class _Pending:
    """A comment write waiting for verification: (row, value, operator name, text offset)."""

    target: Target
    entries: list[tuple[Row, str, str, int]]
    old_text: str
    response_id: str | None
    writes: int = 1


@dataclass
class Applier:
    store: Any
    writeback: Writeback
    fingerprint: Callable[[str, str], str]
    token_key: bytes
    policy: RedactPolicy
    actor: str
    attachments: AttachmentRedactor | None = None
    outcomes: list[Outcome] = field(default_factory=list)
    writes: int = 0
    touched: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    # -- entry point ----------------------------------------------------------------------------
    def run(self, rows: Sequence[Row]) -> ApplyReport:
        before = self.writeback.request_count
        by_target: dict[Target, list[Row]] = defaultdict(list)
        for row in rows:
            if row.get("decision") == "approved" and row.get("redaction_status") in RETRYABLE:
                by_target[target_of(row)].append(row)
        tickets: dict[str, dict[Target, list[Row]]] = defaultdict(dict)
        for target, group in by_target.items():
            if target.method == "unsupported":
                self._finish(target, group, "unsupported", "no write-back for this field")
            elif target.method == "identity":
                self.touched["user"].add(target.object_id)
                self._guard(target, group, lambda t=target, g=group: self._identities(t, g))
            elif target.ticket_id is not None:
                tickets[target.ticket_id][target] = group
                self.touched["ticket"].add(target.ticket_id)
            else:
                self.touched[target.kind].add(target.object_id)
                self._guard(target, group, lambda t=target, g=group: self._update(t, g))
        recent = recent_ticket_writes(self.store) if tickets else {}
        for ticket_id, targets in tickets.items():
            source = next(r.get("source_id") for g in targets.values() for r in g)
            self._ticket(ticket_id, targets, recent.get((source, ticket_id), 0))
        return ApplyReport(tuple(self.outcomes), self.writes,
                           self.writeback.request_count - before,
                           {k: tuple(sorted(v, key=_id_key)) for k, v in self.touched.items()})

    # -- recording --------------------------------------------------------------------------
    def _operator(self, row: Row) -> ops.Operator:
        return ops.get(row.get("operator") or self.policy.operator_for(row["entity_type"]))

    def _finish(self, target: Target, rows: Sequence[Row], result: str, reason: str = "",
                response_id: str | None = None, applied: Mapping[int, str] | None = None,
                writes: int = 0) -> None:
        """Record ``rows``' outcome; ``writes`` (the API writes made for them) goes on the
        first audit row, which is what :mod:`.ticket_budget` counts."""
        status = {"deferred": "pending"}.get(result, result)
        events = []
        for n, row in enumerate(rows):
            requested = self._operator(row).name
            events.append({
                "actor": self.actor, "action": "redact", "source_id": row.get("source_id"),
                "object_kind": target.kind, "object_id": target.object_id,
                "finding_id": row["id"], "entity_type": row["entity_type"],
                "operator": (applied or {}).get(row["id"], requested), "result": result,
                "response_id": response_id,
                "detail": {"ticket_id": target.ticket_id, "field": row["field"],
                           "preview": row["preview"], "method": target.method,
                           "approved_by": row.get("decided_by"), "rule": row.get("rule"),
                           "requested_operator": requested, "reason": reason,
                           "ticket_writes": writes if n == 0 else 0}})
            self.outcomes.append(Outcome(row["id"], result, reason))
        self.store.record_redaction([r["id"] for r in rows], status, events)

    def _guard(self, target: Target, rows: Sequence[Row], work: Callable[[], None]) -> None:
        """Run one target's work; API trouble marks its findings failed, never crashes the run."""
        try:
            work()
        except NotFound:
            self._finish(target, rows, "stale", "object no longer exists")
        except RateLimited:
            self._finish(target, rows, "deferred", "rate limited; retry later")
        except (ApiError, PiiScannerError) as exc:
            self._finish(target, rows, "failed", _reason(exc))

    # -- tickets: comments, attachments, the ticket's own fields -----------------------------------
    def _ticket(self, ticket_id: str, targets: dict[Target, list[Row]], used: int = 0) -> None:
        """``used``: updates of this ticket already made in the trailing window."""
        budget = self.policy.max_updates_per_ticket - used
        limited = "per-ticket update limit reached" + (
            f" ({used} updates in the last {WINDOW.seconds // 60} minutes)" if used else "")
        if budget <= 0:
            for target, rows in targets.items():
                self._finish(target, rows, "deferred", limited)
            return
        try:
            comments = {str(c.get("id")): c for c in self.writeback.comments(ticket_id)}
        except NotFound:
            for target, rows in targets.items():
                self._finish(target, rows, "stale", "ticket no longer exists")
            return
        except (ApiError, PiiScannerError) as exc:
            for target, rows in targets.items():
                self._finish(target, rows, "failed", _reason(exc))
            return
        extra = self._descriptions(ticket_id, targets, comments)
        pending: list[_Pending] = []
        attachments: list[tuple[Target, list[Row], int]] = []
        for target, rows in sorted(targets.items(), key=lambda kv: (kv[0].method, kv[0].object_id)):
            cost = 2 if target.method == "attachment" else 1
            if cost > budget:
                self._finish(target, rows, "deferred", limited)
                continue
            if target.method == "comment":
                done = self._comment(target, rows, comments.get(target.object_id),
                                     extra.get(target.object_id, []))
                if done is not None:
                    pending.append(done)
                    budget -= done.writes
            elif target.method == "attachment":
                if self.attachments is None:
                    self._finish(target, rows, "unsupported", "attachment redaction not available")
                    continue
                used = self._attachment(target, rows, comments)
                if used:
                    attachments.append((target, rows, used))
                budget -= used
            else:
                budget -= 1
                self._guard(target, rows, lambda t=target, r=rows: self._update(t, r))
        if pending or attachments:
            self._verify_ticket(ticket_id, pending, attachments)

    def _descriptions(self, ticket_id: str, targets: dict[Target, list[Row]],
                      comments: dict[str, dict]) -> dict[str, list[tuple[Row, int, str]]]:
        """Description findings, located in the first comment (which the description mirrors):
        ``{comment id: [(row, text offset, value)]}``; adds that comment to ``targets``."""
        rows = [r for t, g in list(targets.items()) if t.method == "description" for r in g]
        for t in [t for t in targets if t.method == "description"]:
            del targets[t]
        if not rows:
            return {}
        target = Target("description", "ticket", ticket_id, ticket_id)
        first = next(iter(comments), None)  # the API lists comments oldest first
        html = comments[first].get("html_body") if first else None
        try:
            ticket = self.writeback.get("ticket", ticket_id)
        except (ApiError, PiiScannerError) as exc:
            self._finish(target, rows, "failed", _reason(exc))
            return {}
        description = ticket.get("description")
        if not isinstance(description, str) or not isinstance(html, str):
            self._finish(target, rows, "stale", "ticket has no description or first comment")
            return {}
        desc_unit, text = live.analyse_text(description), live.analyse_html(html).text
        located, stale = [], []
        for row in rows:
            found = live.mirrored(desc_unit, row, self.fingerprint, text)
            if found is None:
                stale.append(row)
            else:
                located.append((row, *found))
        if stale:
            self._finish(target, stale, "stale", "the first comment no longer holds the value")
        if located:
            targets.setdefault(Target("comment", "comment", first, ticket_id), [])
        return {first: located} if located else {}

    def _comment(self, target: Target, rows: list[Row], comment: dict | None,
                 extra: list[tuple[Row, int, str]] = ()) -> _Pending | None:
        if comment is None:
            self._finish(target, rows + [e[0] for e in extra], "stale", "comment no longer exists")
            return None
        html = comment.get("html_body")
        unit = live.analyse_html(html) if isinstance(html, str) else None
        if unit is None:
            self._finish(target, rows + [e[0] for e in extra], "unsupported",
                         "comment has no html_body")
            return None
        entries, ranges, stale = [], [], []
        located = []
        for row in rows:
            found = live.locate(unit, row, self.fingerprint)
            if found is None:
                stale.append(row)
            else:
                located.append((row, found[0], found[2]))
        for row, ts, value in [*located, *extra]:
            op = self._operator(row)
            ctx = ops.Context(row["entity_type"], row["fingerprint"], self.token_key)
            ranges.extend(live.html_ranges(unit, ts, op.hide(value, ctx)))
            entries.append((row, value, op.mask_only_name, ts))
        if stale:
            self._finish(target, stale, "stale", "live text no longer holds the value")
        if not entries:
            return None
        try:
            response = self.writeback.redact_comment(target.ticket_id, target.object_id,
                                                     wrap_redact(html, ranges))
            response_id = str(response.get("id", target.object_id))
        except RateLimited:
            self._finish(target, [e[0] for e in entries], "deferred", "rate limited; retry later")
            return None
        except NotFound:
            response_id = self._legacy(target, entries, html, unit.text)
            if response_id is None:
                return None
            writes = len({e[1] for e in entries})  # one legacy call per distinct value
            self.writes += writes
            return _Pending(target, entries, unit.text, response_id, writes)
        except (ApiError, PiiScannerError) as exc:
            # accepted-but-failed and failed-but-applied both exist: the re-read decides
            log.warning("comment redaction answered %s; verifying by re-reading", _reason(exc))
            response_id = None
        self.writes += 1
        return _Pending(target, entries, unit.text, response_id)

    def _legacy(self, target: Target, entries, html: str, text: str) -> str | None:
        """The legacy text endpoint, only where it cannot widen: full masks of values that
        occur exactly once in the comment."""
        rows = [e[0] for e in entries]
        if any(name != "mask" or text.count(value) != 1 or html.count(value) != 1
               for _row, value, name, _ts in entries):
            self._finish(target, rows, "failed", "comment_redactions unavailable; "
                         "legacy endpoint would redact more than the span")
            return None
        response_id, written = None, 0
        for value in dict.fromkeys(e[1] for e in entries):
            try:
                response_id = str(self.writeback.redact_comment_text(
                    target.ticket_id, target.object_id, value).get("id", target.object_id))
            except (ApiError, PiiScannerError) as exc:
                if written:  # some values are redacted already: the re-read decides each one
                    log.warning("legacy redaction stopped after %d calls: %s; verifying",
                                written, _reason(exc))
                    return response_id or target.object_id
                status = "deferred" if isinstance(exc, RateLimited) else "failed"
                self._finish(target, rows, status, "rate limited; retry later"
                             if status == "deferred" else _reason(exc))
                return None
            written += 1
        return response_id

    def _attachment(self, target: Target, rows: list[Row], comments: dict[str, dict]) -> int:
        """Masked copy + redaction of the original; returns the ticket updates used."""
        assert self.attachments is not None
        try:
            result = self.attachments.redact(target, rows, comments, self.fingerprint)
        except CopyWithoutRedaction as exc:  # the copy's note is a ticket update all the same
            self.writes += exc.writes
            if isinstance(exc.cause, RateLimited):
                self._finish(target, rows, "deferred", "rate limited; retry later", writes=exc.writes)
            else:
                self._finish(target, rows, "failed", _reason(exc.cause), writes=exc.writes)
            return exc.writes
        except RateLimited:
            self._finish(target, rows, "deferred", "rate limited; retry later")
            return 0
        except (ApiError, PiiScannerError) as exc:
            self._finish(target, rows, "failed", _reason(exc))
            return 0
        if result.stale:
            self._finish(target, result.stale, "stale", result.reason)
        self.writes += result.writes
        return result.writes

    def _verify_ticket(self, ticket_id: str, pending: list[_Pending],
                       attachments: list[tuple[Target, list[Row], int]]) -> None:
        try:
            after = {str(c.get("id")): c for c in self.writeback.comments(ticket_id)}
        except (ApiError, PiiScannerError) as exc:
            for p in pending:
                self._finish(p.target, [e[0] for e in p.entries], "failed",
                             f"could not verify: {_reason(exc)}", p.response_id, writes=p.writes)
            for target, rows, used in attachments:
                self._finish(target, rows, "failed", f"could not verify: {_reason(exc)}",
                             writes=used)
            return
        for p in pending:
            comment = after.get(p.target.object_id)
            html = comment.get("html_body") if comment else None
            rows = [e[0] for e in p.entries]
            applied = {e[0]["id"]: e[2] for e in p.entries}
            if not isinstance(html, str):
                self._finish(p.target, rows, "failed", "comment missing after the write",
                             p.response_id, applied, p.writes)
            elif _values_gone(p.old_text, live.analyse_html(html).text, p.entries):
                self._finish(p.target, rows, "redacted", "", p.response_id, applied, p.writes)
            else:
                self._finish(p.target, rows, "failed", "the API did not apply the redaction",
                             p.response_id, applied, p.writes)
        for target, rows, used in attachments:
            ok = self.attachments.verify(target, after) if self.attachments else False
            self._finish(target, [r for r in rows if r["id"] not in
                                  {o.finding_id for o in self.outcomes}],
                         "redacted" if ok else "failed",
                         "" if ok else "the original attachment is still there",
                         target.object_id, {r["id"]: "remove" for r in rows}, used)

    # -- users, organisations, tickets: rewrite fields ------------------------------------------
    def _update(self, target: Target, rows: list[Row]) -> None:
        for o in rewrite_fields(self.writeback, target, rows, self.fingerprint, self._operator,
                                self.token_key):
            self.writes += o.writes
            self._finish(target, o.rows, o.result, o.reason, o.response_id, o.applied, o.writes)

    # -- users: delete secondary identities ------------------------------------------------
    def _identities(self, target: Target, rows: list[Row]) -> None:
        if not supports_identities(self.writeback):
            self._finish(target, rows, "unsupported", "identity deletion not available")
            return
        for o in delete_identities(self.writeback, target.object_id, rows, self.fingerprint):
            self.writes += o.writes
            self._finish(target, o.rows, o.result, o.reason, o.identity_id if o.writes else None,
                         {r["id"]: "remove" for r in o.rows} if o.writes else None, o.writes)


def _id_key(object_id: str) -> tuple[int, str]:
    return (int(object_id), "") if object_id.isdigit() else (0, object_id)


def _values_gone(old_text: str, new_text: str, entries) -> bool:
    """Each redacted value occurs in the new text at most (old count - distinct spans
    redacted) times."""
    spans = Counter(value for value, _ts in {(e[1], e[3]) for e in entries})
    return all(new_text.count(v) <= old_text.count(v) - n for v, n in spans.items())


_reason = live.api_reason
