"""Ticket updates already made in Zendesk's rate window, counted from the audit log.

Zendesk allows 30 updates of one ticket per 10 minutes. A redaction run must count the
updates earlier runs made in the trailing window, or two runs in quick succession could
exceed the limit. Every write is audited: the first audit row of a write carries
``detail.ticket_writes`` (the ticket updates that write made; the others carry 0), with
``detail.ticket_id`` and the row's ``source_id`` naming the ticket. The window is measured
on the store's clock, the one that timestamps the audit rows.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any

#: Zendesk's window for the per-ticket update limit
WINDOW = timedelta(minutes=10)
#: results of a row whose write reached the API (for rows without ``ticket_writes``)
_WRITTEN = ("redacted", "failed")

TicketKey = tuple[Any, str]  # (source id, ticket id)


def recent_ticket_writes(store: Any, now: datetime | None = None,
                         window: timedelta = WINDOW) -> Counter[TicketKey]:
    """Updates per ``(source_id, ticket_id)`` audited in the ``window`` before ``now``
    (default: the store's clock).

    Rows written before ``ticket_writes`` was recorded count one update per object written
    at one time (two for an attachment: the masked copy and the redaction).
    """
    since = (now or store.clock()) - window
    used: Counter[TicketKey] = Counter()
    older: set[tuple] = set()
    for row in store.audit_log(actions=["redact"], since=since):
        detail = row.get("detail") or {}
        ticket = detail.get("ticket_id")
        if ticket is None:
            continue
        key = (row.get("source_id"), str(ticket))
        if "ticket_writes" in detail:
            used[key] += int(detail["ticket_writes"] or 0)
        elif row.get("result") in _WRITTEN:
            older.add((key, row.get("object_kind"), row.get("object_id"), row.get("at"),
                       detail.get("method")))
    for key, _kind, _oid, _at, method in older:
        used[key] += 2 if method == "attachment" else 1
    return used
