"""Incremental export paging over generated objects merged with the mutation overlay.

Generated objects are ordered by (updated_at, id) with updated_at growing with the index,
so a page starts with a binary search and generates only what it returns. Mutated objects
leave their generated slot and reappear at their new time.
"""

from __future__ import annotations

import base64
import heapq
from collections.abc import Callable, Iterator

from .layout import first_at_or_after, iso
from .shapes import event_via
from .state import SandboxState, comment_event

Key = tuple[int, int]  # (updated timestamp, id)


def encode_cursor(key: Key) -> str:
    return base64.urlsafe_b64encode(f"{key[0]}.0||{key[1]}|".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> Key:
    raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    ts, _, oid = raw.rstrip("|").partition("||")
    return int(float(ts)), int(oid)


def _merged(gen_keys: Iterator[Key], moved: dict[int, int], after: Key) -> Iterator[Key]:
    """Generated keys (skipping moved ids) merged with the moved ids' new keys, > after."""
    overlay = sorted((ts, oid) for oid, ts in moved.items() if (ts, oid) > after)
    fresh = (k for k in gen_keys if k[1] not in moved)
    return heapq.merge(fresh, iter(overlay))


def _gen_keys(count: int, key_of: Callable[[int], Key], after: Key, start: int = 0) -> Iterator[Key]:
    index = first_at_or_after(lambda i: key_of(i)[0], start, start + count, after[0])
    for i in range(index, start + count):
        key = key_of(i)
        if key > after:
            yield key


def page_keys(state: SandboxState, kind: str, after: Key, limit: int) -> tuple[list[Key], bool]:
    """Up to ``limit`` keys after ``after``; the flag says whether more follow."""
    layout = state.world.layout
    with state.lock:
        if kind == "tickets":
            moved = dict(state.ticket_ts)
            gen = _gen_keys(layout.tickets, lambda i: (layout.ticket_updated(i), i), after, 1)
        elif kind == "users":
            moved = dict(state.user_ts)
            gen = _gen_keys(layout.users, lambda i: (layout.user_updated(i), layout.user_id(i)), after)
        else:
            moved = dict(state.org_ts)
            gen = _gen_keys(layout.organizations, lambda i: (layout.org_updated(i), layout.org_id(i)), after)
    keys = []
    for key in _merged(gen, moved, after):
        if len(keys) == limit:
            return keys, True
        keys.append(key)
    return keys, False


def event_page(state: SandboxState, start: int, limit: int, comments: bool) -> list[dict]:
    """Ticket events with timestamp >= start, oldest first, at most ``limit``."""
    layout = state.world.layout
    first = first_at_or_after(layout.ticket_updated, 1, layout.tickets + 1, start)
    found: list[tuple[int, int, dict]] = []
    cutoff = None
    for tid in range(first, layout.tickets + 1):
        if cutoff is not None and layout.ticket_updated(tid) - layout.max_lifetime > cutoff:
            break
        for event in ticket_events(state, tid, comments):
            if event["timestamp"] >= start:
                found.append((event["timestamp"], event["id"], event))
        if len(found) >= limit:
            found.sort(key=lambda e: e[:2])
            del found[limit:]
            cutoff = found[-1][0]
    with state.lock:
        extra = [e for e in state.events if e.ts >= start]
    for e in extra:
        children = state.child_events(e, comments)
        found.append((e.ts, e.id, {"id": e.id, "ticket_id": e.ticket_id, "timestamp": e.ts,
                                   "created_at": iso(e.ts), "updater_id": e.updater_id, "via": "API",
                                   "system": {}, "event_type": "Audit", "merged_ticket_ids": [],
                                   "child_events": children}))
    found.sort(key=lambda e: e[:2])
    return [e for _, _, e in found[:limit]]


def ticket_events(state: SandboxState, tid: int, comments: bool) -> list[dict]:
    gen = state.world.ticket(tid)
    current = {c["id"]: c for c in state.comments_json(tid)} if tid in state.comments else None
    events = []
    for n, c in enumerate(gen.comments):
        children: list[dict] = []
        if n == 0:
            children.append({"id": c.audit_id + 1, "via": event_via(gen.via[0]), "event_type": "Create",
                             "type": "Create", "subject": gen.subject, "status": "new",
                             "requester_id": gen.requester_id})
        if comments:
            comment = current.get(c.id) if current else state.shapes.comment(c, tid)
            if comment:
                children.append(comment_event(comment, c.audit_id))
        events.append({"id": c.audit_id, "ticket_id": tid, "timestamp": c.created_ts,
                       "created_at": iso(c.created_ts), "updater_id": c.author_id,
                       "via": event_via(c.channel), "system": {"client": "Mozilla/5.0"},
                       "event_type": "Audit", "merged_ticket_ids": [], "child_events": children})
    return events
