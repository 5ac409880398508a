"""Zendesk API JSON objects → pii_scanner records. Pure functions, no I/O.

Ids become strings. Text is kept as sent except that unpaired UTF-16 surrogates (which
JSON ``\\ud800`` escapes can smuggle in) become U+FFFD, so every later stage can encode it.
A malformed item raises ``ValueError``/``TypeError``/``KeyError``; the streams turn that
into a ``Batch.errors`` entry with :func:`error_message`, which never echoes a value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from pii_scanner.records import Attachment, Comment, Identity, Organization, Ticket, User

COMMENT_EVENT_TYPES = frozenset({"Comment", "VoiceComment"})


def text(value: Any) -> str | None:
    """A text field as a clean ``str`` (numbers are spelled out, containers as JSON-ish).

    >>> text("caf\\ud800e"), text(None), text(42)
    ('caf\\ufffde', None, '42')
    """
    if value is None:
        return None
    if not isinstance(value, str):
        if isinstance(value, (dict, list)):
            raise TypeError("expected text, got a container")
        value = str(value)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in value)
    return value


def object_id(value: Any) -> str | None:
    """An id as ``str`` (None stays None); rejects containers and booleans.

    >>> object_id(35436), object_id("abc"), object_id(None)
    ('35436', 'abc', None)
    """
    if value is None:
        return None
    if isinstance(value, (bool, dict, list, float)):
        raise TypeError("id has an unexpected type")
    return str(value)


def required_id(item: Mapping[str, Any]) -> str:
    found = object_id(item["id"])
    if not found:
        raise ValueError("item has an empty id")
    return found


def _frozen(value: Any) -> Any:
    """Lists → tuples (recursively) so records stay hashable; strings cleaned."""
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return tuple((str(k), _frozen(v)) for k, v in value.items())
    if isinstance(value, str):
        return text(value)
    return value


def _pairs(fields: Any) -> tuple[tuple[str, Any], ...]:
    """``{"key": value}`` or ``[{"id": .., "value": ..}]`` → ((key, value), ...)."""
    if not fields:
        return ()
    if isinstance(fields, dict):
        return tuple((str(k), _frozen(v)) for k, v in fields.items())
    if isinstance(fields, list):
        return tuple((str(f["id"]), _frozen(f.get("value"))) for f in fields
                     if isinstance(f, dict))
    raise TypeError("custom fields have an unexpected shape")


def epoch(value: Any) -> int | None:
    """Unix seconds from an int or an ISO-8601 timestamp (``2024-05-01T10:00:00Z``).

    >>> epoch("1970-01-02T00:00:00Z"), epoch(1700000000), epoch(None)
    (86400, 1700000000, None)
    """
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return int(value)
    return int(datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp())


def parse_attachment(item: Mapping[str, Any], *, ticket_id: str | None = None,
                     comment_id: str | None = None, user_id: str | None = None) -> Attachment:
    size = item.get("size")
    return Attachment(
        id=required_id(item),
        file_name=text(item.get("file_name") or item.get("name")) or "",
        content_type=text(item.get("content_type")),
        size=int(size) if size is not None else None,
        content_url=text(item["content_url"]) or "",
        ticket_id=ticket_id, comment_id=comment_id, user_id=user_id,
        inline=bool(item.get("inline", False)),
    )


def parse_ticket(item: Mapping[str, Any], titles: Mapping[str, str] | None = None) -> Ticket:
    """A ticket; ``titles`` (field id -> title, from the Ticket Fields API) names its custom
    fields, so each value is read after its title."""
    via = item.get("via") or {}
    source = via.get("source") or {} if isinstance(via, dict) else {}
    sender = source.get("from") or {} if isinstance(source, dict) else {}
    if not isinstance(sender, dict):
        sender = {}
    rating = item.get("satisfaction_rating")
    tags = item.get("tags") or ()
    tid = required_id(item)
    custom = _pairs(item.get("custom_fields"))
    return Ticket(
        id=tid,
        updated_at=text(item.get("updated_at")),
        status=text(item.get("status")) or "unknown",
        subject=text(item.get("subject") or item.get("raw_subject")),
        description=text(item.get("description")),
        requester_id=object_id(item.get("requester_id")),
        organization_id=object_id(item.get("organization_id")),
        via_channel=text(via.get("channel")) if isinstance(via, dict) else None,
        via_from_address=text(sender.get("address")) if isinstance(sender.get("address"), str)
        else None,
        via_from_name=text(sender.get("name")) if isinstance(sender.get("name"), str) else None,
        custom_fields=custom,
        custom_field_titles=tuple((fid, titles[fid]) for fid, _ in custom if fid in titles)
        if titles else (),
        tags=tuple(text(t) or "" for t in tags),
        satisfaction_comment=text(rating.get("comment")) if isinstance(rating, dict) else None,
        created_at=text(item.get("created_at")),
    )


def parse_comment(item: Mapping[str, Any], ticket_id: str,
                  created_at: str | None = None) -> Comment:
    """A comment from ``/tickets/{id}/comments`` or a ``Comment`` child event."""
    comment_id = required_id(item)
    attachments = tuple(parse_attachment(a, ticket_id=ticket_id, comment_id=comment_id)
                        for a in item.get("attachments") or ())
    return Comment(
        id=comment_id, ticket_id=ticket_id,
        author_id=object_id(item.get("author_id")),
        public=bool(item.get("public", True)),
        body=text(item.get("body") if item.get("body") is not None else item.get("plain_body")),
        html_body=text(item.get("html_body")),
        created_at=text(item.get("created_at")) or created_at,
        attachments=attachments,
    )


def comment_events(event: Mapping[str, Any]) -> Iterable[Mapping[str, Any]]:
    """The comment child events of one ticket event (``include=comment_events``)."""
    for child in event.get("child_events") or ():
        if isinstance(child, dict) and (child.get("event_type") in COMMENT_EVENT_TYPES
                                        or child.get("type") in COMMENT_EVENT_TYPES):
            yield child


def parse_identity(item: Mapping[str, Any]) -> Identity:
    return Identity(id=required_id(item), type=text(item.get("type")) or "unknown",
                    value=text(item.get("value")) or "",
                    verified=bool(item.get("verified", False)),
                    primary=bool(item.get("primary", False)))


def parse_user(item: Mapping[str, Any], identities: Iterable[Mapping[str, Any]] = ()) -> User:
    user_id = required_id(item)
    photo = item.get("photo")
    return User(
        id=user_id,
        updated_at=text(item.get("updated_at")),
        name=text(item.get("name")),
        email=text(item.get("email")),
        phone=text(item.get("phone")),
        notes=text(item.get("notes")),
        details=text(item.get("details")),
        role=text(item.get("role")),
        organization_id=object_id(item.get("organization_id")),
        verified=bool(item.get("verified", False)),
        active=bool(item.get("active", True)),
        identities=tuple(parse_identity(i) for i in identities),
        user_fields=_pairs(item.get("user_fields")),
        photo=parse_attachment(photo, user_id=user_id) if isinstance(photo, dict) else None,
    )


def parse_organization(item: Mapping[str, Any]) -> Organization:
    return Organization(
        id=required_id(item),
        updated_at=text(item.get("updated_at")),
        name=text(item.get("name")),
        domain_names=tuple(text(d) or "" for d in item.get("domain_names") or ()),
        notes=text(item.get("notes")),
        details=text(item.get("details")),
        organization_fields=_pairs(item.get("organization_fields")),
        deleted=item.get("deleted_at") is not None,
    )


def error_message(kind: str, exc: Exception) -> str:
    """A value-free description of a parse failure (KeyError names the missing field).

    >>> error_message("ticket", KeyError("id"))
    "ticket: missing field 'id'"
    >>> error_message("user", ValueError("invalid literal for int(): 'kari@example.no'"))
    'user: ValueError while parsing'
    """
    if isinstance(exc, KeyError) and exc.args and isinstance(exc.args[0], str):
        return f"{kind}: missing field {exc.args[0]!r}"
    return f"{kind}: {type(exc).__name__} while parsing"


def safe_item_id(item: Any) -> str:
    """The item's id for an error row, or ``"?"`` when it has none usable."""
    try:
        return required_id(item)
    except (KeyError, TypeError, ValueError, AttributeError):
        return "?"
