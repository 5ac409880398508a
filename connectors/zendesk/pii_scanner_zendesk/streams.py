"""Zendesk streams: each declares ``path``/``params``/``next_page``/``parse``; the base loops.

Two export families (Zendesk Support API v2, Incremental Exports):

* cursor-based (tickets, users): start with ``start_time``, then ``cursor=<after_cursor>``
  until ``end_of_stream``; the checkpoint is ``{"cursor": after_cursor}``. The last
  cursor stays valid, so the next scan picks up only what changed since.
* time-based (ticket events → comments, organizations): ``start_time=<end_time of the
  previous page>``. Pages overlap at that second, so the checkpoint also keeps the ids
  already delivered with timestamp ``end_time``: ``{"start_time": t, "seen": [ids]}``.

A page yields one :class:`Batch` whose checkpoint is valid once its records are stored.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from pii_scanner.errors import ApiError
from pii_scanner.records import Comment, Record
from pii_scanner.sources.contract import Batch
from pii_scanner.sources.http import HttpClient
from pii_scanner_zendesk import parse

log = logging.getLogger(__name__)

Checkpoint = Mapping[str, Any]
ItemErrors = list[tuple[str, str, str]]
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


class ZendeskStream:
    """Base: owns the page loop. Subclasses fill in the hooks."""

    name = ""
    path = ""
    bucket = "incremental"

    def __init__(self, client: HttpClient, *, start_time: int = 0, page_size: int = 1000):
        self._client = client
        self._start_time = start_time
        self._page_size = page_size

    # hooks ---------------------------------------------------------------------------
    def params(self, checkpoint: Checkpoint | None) -> dict[str, Any]:
        raise NotImplementedError

    def next_page(self, data: Mapping[str, Any],
                  checkpoint: Checkpoint | None) -> tuple[Checkpoint, bool]:
        """(checkpoint after this page, whether another page should be read)."""
        raise NotImplementedError

    def parse(self, data: Mapping[str, Any], checkpoint: Checkpoint | None
              ) -> tuple[list[Record], ItemErrors, list[tuple[str, str]]]:
        """(records, item errors, deleted (kind, id)) of one page."""
        raise NotImplementedError

    # loop ----------------------------------------------------------------------------
    def read(self, checkpoint: Checkpoint | None) -> Iterator[Batch]:
        """Pages from ``checkpoint`` (None = from ``start_time``) to the end of the stream."""
        while True:
            data = self._client.get_json(self.path, bucket=self.bucket,
                                         params=self.params(checkpoint))
            if not isinstance(data, dict):
                raise ApiError(f"{self.path}: expected a JSON object")
            records, errors, deleted = self.parse(data, checkpoint)
            after, more = self.next_page(data, checkpoint)
            yield Batch(self.name, tuple(records), dict(after), tuple(errors), tuple(deleted))
            if not more:
                return
            checkpoint = after


def _items(data: Mapping[str, Any], key: str) -> list[Any]:
    items = data.get(key)
    if items is None:
        return []
    if not isinstance(items, list):
        raise ApiError(f"response field {key!r} is not a list")
    return items


class CursorExportStream(ZendeskStream):
    """Cursor-based incremental export (``/incremental/<kind>/cursor.json``)."""

    include: str | None = None

    def params(self, checkpoint: Checkpoint | None) -> dict[str, Any]:
        params: dict[str, Any] = {"per_page": self._page_size}
        if checkpoint and checkpoint.get("cursor"):
            params["cursor"] = checkpoint["cursor"]
        else:  # a bare {"start_time": t} checkpoint is how `scan --since` starts a stream
            params["start_time"] = int((checkpoint or {}).get("start_time", self._start_time))
        if self.include:
            params["include"] = self.include
        return params

    def next_page(self, data, checkpoint):
        cursor = data.get("after_cursor")
        if not cursor:
            # Nothing to move on to: keep the old position (re-reading is harmless upserts).
            return dict(checkpoint or {}), False
        return {"cursor": cursor}, not data.get("end_of_stream", False)


class TicketsStream(CursorExportStream):
    """Tickets; ``titles`` (called once per :meth:`read`) gives custom field id -> title."""

    name = "tickets"
    path = "api/v2/incremental/tickets/cursor.json"

    def __init__(self, client: HttpClient, *, start_time: int = 0, page_size: int = 1000,
                 titles: Callable[[], Mapping[str, str]] | None = None):
        super().__init__(client, start_time=start_time, page_size=page_size)
        self._load_titles = titles
        self._titles: Mapping[str, str] = {}

    def read(self, checkpoint: Checkpoint | None) -> Iterator[Batch]:
        # fetched when the first page is wanted, so a scan that skips tickets pays nothing
        self._titles = self._load_titles() if self._load_titles else {}
        yield from super().read(checkpoint)

    def parse(self, data, checkpoint):
        records, errors, deleted = [], [], []
        for item in _items(data, "tickets"):
            try:
                ticket = parse.parse_ticket(item, self._titles)
            except _PARSE_ERRORS as exc:
                errors.append(("ticket", parse.safe_item_id(item), parse.error_message("ticket", exc)))
                continue
            if ticket.deleted:
                deleted.append(("tickets", ticket.id))
            else:
                records.append(ticket)
        return records, errors, deleted


class UsersStream(CursorExportStream):
    """Users with their identities side-loaded (``include=identities``, a Users sideload)."""

    name = "users"
    path = "api/v2/incremental/users/cursor.json"
    include = "identities"

    def parse(self, data, checkpoint):
        by_user: dict[str, list[Any]] = defaultdict(list)
        for ident in _items(data, "identities"):
            if isinstance(ident, dict) and ident.get("user_id") is not None:
                by_user[str(ident["user_id"])].append(ident)
        records, errors = [], []
        for item in _items(data, "users"):
            uid = parse.safe_item_id(item)
            try:
                records.append(parse.parse_user(item, by_user.get(uid, ())))
            except _PARSE_ERRORS as exc:
                errors.append(("user", uid, parse.error_message("user", exc)))
        return records, errors, []


class TimeExportStream(ZendeskStream):
    """Time-based incremental export with de-duplication across the page overlap."""

    items_key = ""
    include: str | None = None

    def params(self, checkpoint: Checkpoint | None) -> dict[str, Any]:
        start = checkpoint.get("start_time") if checkpoint else None
        params: dict[str, Any] = {"start_time": self._start_time if start is None else start}
        if self.include:
            params["include"] = self.include
        return params

    def keyed(self, data: Mapping[str, Any]) -> Iterator[tuple[Any, str | None, int | None]]:
        """(raw item, dedup key, unix time) for every item on the page."""
        raise NotImplementedError

    def next_page(self, data, checkpoint):
        start = int((checkpoint or {}).get("start_time", self._start_time))
        seen_before = set(checkpoint.get("seen", ())) if checkpoint else set()
        end_time = data.get("end_time")
        if end_time is None:
            return dict(checkpoint or {"start_time": start, "seen": []}), False
        end_time = int(end_time)
        at_boundary = {key for _, key, when in self.keyed(data)
                       if key is not None and when is not None and when >= end_time}
        if end_time == start:
            at_boundary |= seen_before
        new_items = any(key is not None and key not in seen_before
                        for _, key, _ in self.keyed(data))
        more = not data.get("end_of_stream", False)
        if more and end_time <= start and not new_items:
            log.warning("%s: export made no progress at start_time=%d; stopping", self.name, start)
            more = False
        return {"start_time": max(end_time, start), "seen": sorted(at_boundary)}, more

    def fresh(self, data, checkpoint) -> Iterator[Any]:
        """Items not yet delivered (drops the overlap with the previous page)."""
        seen = set(checkpoint.get("seen", ())) if checkpoint else set()
        for item, key, _ in self.keyed(data):
            if key is None or key not in seen:
                if key is not None:
                    seen.add(key)
                yield item


class CommentsStream(TimeExportStream):
    """Comments from ticket events (``include=comment_events``), deduplicated by comment id."""

    name = "comments"
    path = "api/v2/incremental/ticket_events.json"
    include = "comment_events"

    def keyed(self, data):
        for event in _items(data, "ticket_events"):
            if not isinstance(event, dict):
                yield event, None, None
                continue
            when = event.get("timestamp")
            when = when if isinstance(when, int) and not isinstance(when, bool) else None
            for child in parse.comment_events(event):
                key = child.get("id")
                yield (event, child), (str(key) if key is not None else None), when

    def parse(self, data, checkpoint):
        records: list[Record] = []
        errors: ItemErrors = []
        for pair in self.fresh(data, checkpoint):
            if not isinstance(pair, tuple):
                errors.append(("comment", "?", "comment: ticket event is not an object"))
                continue
            event, child = pair
            try:
                ticket_id = parse.object_id(event["ticket_id"])
                if not ticket_id:
                    raise ValueError("event without ticket id")
                records.append(parse.parse_comment(child, ticket_id,
                                                   parse.text(event.get("created_at"))))
            except _PARSE_ERRORS as exc:
                errors.append(("comment", parse.safe_item_id(child),
                               parse.error_message("comment", exc)))
        return records, errors, []


class OrganizationsStream(TimeExportStream):
    name = "organizations"
    path = "api/v2/incremental/organizations.json"

    def keyed(self, data):
        for item in _items(data, "organizations"):
            key = parse.safe_item_id(item)
            try:
                when = parse.epoch(item.get("updated_at"))
            except (_PARSE_ERRORS):
                when = None
            yield item, (None if key == "?" else key), when

    def parse(self, data, checkpoint):
        records, errors, deleted = [], [], []
        for item in self.fresh(data, checkpoint):
            try:
                org = parse.parse_organization(item)
            except _PARSE_ERRORS as exc:
                errors.append(("organization", parse.safe_item_id(item),
                               parse.error_message("organization", exc)))
                continue
            if org.deleted:
                deleted.append(("organizations", org.id))
            else:
                records.append(org)
        return records, errors, deleted


def ticket_comments(client: HttpClient, ticket_id: str, page_size: int = 100) -> Iterator[Batch]:
    """One ticket's comments via ``/tickets/{id}/comments.json`` cursor pagination.

    Follows ``links.next`` while ``meta.has_more`` (the client refuses a link to another
    host) and tolerates an empty last page. The fallback when ticket events are not
    available; uses the ``default`` bucket.
    """
    url: str | None = f"api/v2/tickets/{ticket_id}/comments.json"
    params: dict[str, Any] | None = {"page[size]": min(page_size, 100)}
    while url:
        data = client.get_json(url, params=params)
        if not isinstance(data, dict):
            raise ApiError("ticket comments: expected a JSON object")
        records: list[Comment] = []
        errors: ItemErrors = []
        items = _items(data, "comments")
        for item in items:
            try:
                records.append(parse.parse_comment(item, str(ticket_id)))
            except _PARSE_ERRORS as exc:
                errors.append(("comment", parse.safe_item_id(item),
                               parse.error_message("comment", exc)))
        meta = data.get("meta") or {}
        links = data.get("links") or {}
        after = meta.get("after_cursor")
        yield Batch("comments", tuple(records), {"ticket_id": str(ticket_id), "after": after},
                    tuple(errors))
        url = links.get("next") if meta.get("has_more") and items else None
        params = None  # links.next carries page[size] and page[after]
