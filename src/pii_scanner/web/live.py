"""The ticket as it is now, fetched from the helpdesk when an agent opens it (never stored).

Stored findings are located in the live text by their offsets and checked against their
fingerprint: a finding whose span no longer holds the same value is shown as ``changed``.
Plain fields use ``start``/``end``; HTML comment bodies are shown as visible text and use the
finding's ``text_span`` (offsets into that text), like the scan did.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pii_scanner.errors import ApiError
from pii_scanner.pipeline.stages import to_analysed
from pii_scanner.records import Attachment, Comment, Ticket, TextUnit

#: finding kind (plural, as stored) -> unit kind (singular, as in TextUnit)
_UNIT_KIND = {"tickets": "ticket", "comments": "comment", "attachments": "attachment"}
FIELD_LABELS = {"subject": "Subject", "description": "Description", "html_body": "Comment",
                "body": "Comment", "tags": "Tags", "via.source.from.address": "Sender address",
                "via.source.from.name": "Sender name",
                "satisfaction_rating.comment": "Satisfaction comment"}
#: how long the helpdesk's ticket field titles are kept before they are read again (seconds)
TITLES_TTL = 600.0
_titles_cache: dict[str, tuple[float, Mapping[str, str]]] = {}


@dataclass(frozen=True, slots=True)
class LiveField:
    """One text field of the live ticket or of one of its comments, as visible text."""

    kind: str          # "tickets" or "comments" (as findings store it)
    object_id: str
    field: str
    text: str
    public: bool | None = None
    author_id: str | None = None
    created_at: str | None = None
    title: str | None = None  # a custom field's title in the helpdesk ('Fødselsnummer')

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.object_id, self.field)

    @property
    def label(self) -> str:
        if self.field.startswith("custom_fields."):
            return self.title or "Custom field " + self.field.split(".", 1)[1]
        return FIELD_LABELS.get(self.field, self.field)


@dataclass(frozen=True, slots=True)
class LiveTicket:
    ticket: Ticket
    fields: tuple[LiveField, ...]
    attachments: Mapping[str, Attachment] = field(default_factory=dict)
    comments: tuple[Comment, ...] = ()

    def field_for(self, kind: str, object_id: str, name: str) -> LiveField | None:
        for f in self.fields:
            if f.key == (kind, str(object_id), name):
                return f
        return None


def fetch_ticket(connector: Any, ticket_id: str) -> LiveTicket:
    """Ticket ``ticket_id`` and its comments, read now through the connector's client."""
    from pii_scanner_zendesk import parse

    data = connector.client.get_json(f"api/v2/tickets/{int(ticket_id)}.json")
    if not isinstance(data, dict) or not isinstance(data.get("ticket"), dict):
        raise ApiError("ticket: expected a JSON object with a 'ticket'")
    ticket = parse.parse_ticket(data["ticket"], _field_titles(connector))
    comments: list[Comment] = []
    for batch in connector.ticket_comments(str(ticket.id)):
        comments.extend(r for r in batch.records if isinstance(r, Comment))
    fields = [_field("tickets", u) for u in ticket.text_units()]
    attachments: dict[str, Attachment] = {}
    for c in comments:
        fields.extend(_field("comments", u, c) for u in c.text_units())
        attachments.update((a.id, a) for a in c.attachments)
    return LiveTicket(ticket, tuple(fields), attachments, tuple(comments))


def _field_titles(connector: Any) -> Mapping[str, str]:
    """The helpdesk's ticket field titles (id -> title), read once per :data:`TITLES_TTL` per
    helpdesk rather than on every view; ``{}`` (custom fields shown by id) where the helpdesk
    does not give them (the connector logs why)."""
    from pii_scanner_zendesk.ticket_fields import load_titles

    key = str(getattr(connector, "base_url", id(connector)))
    cached = _titles_cache.get(key)
    now = time.monotonic()
    if cached is None or now - cached[0] > TITLES_TTL:
        cached = _titles_cache[key] = (now, load_titles(connector.client))
    return cached[1]


def _field(kind: str, unit: TextUnit, comment: Comment | None = None) -> LiveField:
    text = to_analysed(unit).text
    return LiveField(kind, unit.object_id, unit.field, text,
                     public=comment.public if comment else None,
                     author_id=comment.author_id if comment else None,
                     created_at=comment.created_at if comment else None,
                     title=unit.label if unit.field.startswith("custom_fields.") else None)


def text_span(finding: Mapping[str, Any]) -> tuple[int, int] | None:
    """Offsets of a stored finding in the visible text of its field."""
    span = (finding.get("explanation") or {}).get("text_span")
    if finding.get("field") == "html_body":
        if isinstance(span, list | tuple) and len(span) == 2:
            return int(span[0]), int(span[1])
        return None
    if finding.get("start") is None or finding.get("end") is None:
        return None
    return int(finding["start"]), int(finding["end"])


def live_value(live: LiveTicket, finding: Mapping[str, Any]) -> str | None:
    """The text now at a text finding's span in the live ticket, or None if it cannot be located."""
    f = live.field_for(finding["kind"], finding["object_id"], finding["field"])
    span = text_span(finding)
    if f is None or span is None or not (0 <= span[0] < span[1] <= len(f.text)):
        return None
    return f.text[span[0]:span[1]]


def locate(live: LiveTicket, findings: Iterable[Mapping[str, Any]],
           fingerprint: Callable[[str, str], str]) -> dict[int, str]:
    """Finding id -> ``current`` (the live span holds the same value), ``changed`` or ``missing``
    (field gone, or a finding kind shown elsewhere such as attachments)."""
    out: dict[int, str] = {}
    for finding in findings:
        value = live_value(live, finding)
        if value is None:
            out[finding["id"]] = "missing"
        elif fingerprint(finding["entity_type"], value) == finding["fingerprint"]:
            out[finding["id"]] = "current"
        else:
            out[finding["id"]] = "changed"
    return out
