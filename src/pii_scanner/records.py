"""Typed, immutable records that flow through the pipeline.

Connectors turn API objects into these records; every record can list the free-text
fields it carries as :class:`TextUnit` values, which is what extraction and detection see.
A :class:`Finding` holds offsets (or a box) into a unit's text, never the matched value.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

#: The object kinds a scan knows; ``status --json`` reports counts under these names.
OBJECT_KINDS = ("tickets", "comments", "attachments", "users", "organizations")


@dataclass(frozen=True, slots=True)
class TextUnit:
    """One piece of free text from one field of one helpdesk object.

    ``kind`` is the singular object kind (``ticket``, ``comment``, ``attachment``, ``user``,
    ``organization``); ``field`` names the
    field inside it (``"subject"``, ``"custom_fields.360001"``, ``"identities.12.value"``...).
    ``mime`` is ``"text/plain"`` or ``"text/html"``; the extract stage turns HTML into text.
    ``ticket_id`` links comments and attachments to their ticket for reports.
    ``label`` is the field's title where the text is one value standing alone (a custom field
    keyed ``kontonummer``, a user's ``phone``): the detector reads it as the value's label
    (``kontonummer: ...``), as a form shows it, since a value alone says less than its field's
    title does (a date is a birth date under ``fodselsdato``, eight digits no phone under
    ``ansattnummer``). A ticket's custom fields are keyed by a numeric id, which is no title:
    theirs comes from the helpdesk's field list (``Ticket.custom_field_titles``), or none.
    """

    kind: str
    object_id: str
    field: str
    text: str
    mime: str = "text/plain"
    ticket_id: str | None = None
    lang: str | None = None
    label: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected identifier: where it is and why we think so, never what it is.

    ``start``/``end`` are Python string offsets into the analysed text (end exclusive);
    image findings carry ``page`` and ``bbox`` (x0, y0, x1, y1 in original pixels) instead.
    ``explanation`` is a tuple of (key, value) pairs: recognizer, validation result,
    context words seen, score parts. It must never contain the matched value itself.
    """

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str
    explanation: tuple[tuple[str, Any], ...] = ()
    page: int | None = None
    bbox: tuple[int, int, int, int] | None = None

    def explain(self) -> dict[str, Any]:
        return dict(self.explanation)


def content_hash(payload: Any) -> str:
    """Stable SHA-256 of a JSON-able payload (used to skip unchanged objects)."""
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


#: the titles of the fixed fields that hold one value alone; a display name gets none: it
#: names system and team accounts as often ('Bygdata Support', 'Sandbox Admin'), which a
#: name label would make a person
_TITLES = {"email": "email", "phone": "phone", "via.source.from.address": "email"}


def _kv_units(kind: str, oid: str, prefix: str, pairs, ticket_id=None,
              titles=()) -> Iterator[TextUnit]:
    """One unit per non-empty value, labelled with its title (``titles``: key -> title) or its
    key; a bare numeric key (a ticket field's id) is no label."""
    named = dict(titles)
    for key, value in pairs:
        if value is None or value == "" or isinstance(value, bool):
            continue
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        label = named.get(key) or (None if key.isdigit() else key)
        yield TextUnit(kind, oid, f"{prefix}.{key}", text, ticket_id=ticket_id, label=label)


@dataclass(frozen=True, slots=True)
class Attachment:
    id: str
    file_name: str
    content_type: str | None
    size: int | None
    content_url: str
    ticket_id: str | None = None
    comment_id: str | None = None
    user_id: str | None = None
    inline: bool = False
    kind: str = field(default="attachments", init=False)

    @property
    def payload(self) -> dict:
        return {"file_name": self.file_name, "content_type": self.content_type, "size": self.size,
                "content_url": self.content_url}

    def text_units(self) -> Iterator[TextUnit]:
        # The file name itself can carry personal data ("pass_kari_nordmann.jpg").
        yield TextUnit("attachment", self.id, "file_name", self.file_name, ticket_id=self.ticket_id)


@dataclass(frozen=True, slots=True)
class Ticket:
    id: str
    updated_at: str | None
    status: str
    subject: str | None = None
    description: str | None = None
    requester_id: str | None = None
    organization_id: str | None = None
    via_channel: str | None = None
    via_from_address: str | None = None
    via_from_name: str | None = None
    custom_fields: tuple[tuple[str, Any], ...] = ()
    tags: tuple[str, ...] = ()
    satisfaction_comment: str | None = None
    created_at: str | None = None
    #: (field id, title) for the custom fields above whose title the helpdesk told us
    custom_field_titles: tuple[tuple[str, str], ...] = ()
    kind: str = field(default="tickets", init=False)

    @property
    def deleted(self) -> bool:
        return self.status == "deleted"

    @property
    def payload(self) -> dict:
        payload = {
            "status": self.status, "subject": self.subject, "description": self.description,
            "requester_id": self.requester_id, "organization_id": self.organization_id,
            "via": [self.via_channel, self.via_from_address, self.via_from_name],
            "custom_fields": list(self.custom_fields), "tags": list(self.tags),
            "satisfaction_comment": self.satisfaction_comment,
        }
        if self.custom_field_titles:  # they change what is found: a new title re-analyses
            payload["custom_field_titles"] = list(self.custom_field_titles)
        return payload

    def text_units(self) -> Iterator[TextUnit]:
        t = self.id
        for name, value in (("subject", self.subject), ("description", self.description),
                            ("via.source.from.address", self.via_from_address),
                            ("via.source.from.name", self.via_from_name),
                            ("satisfaction_rating.comment", self.satisfaction_comment)):
            if value:
                yield TextUnit("ticket", t, name, value, ticket_id=t, label=_TITLES.get(name))
        yield from _kv_units("ticket", t, "custom_fields", self.custom_fields, ticket_id=t,
                             titles=self.custom_field_titles)
        if self.tags:
            yield TextUnit("ticket", t, "tags", " ".join(self.tags), ticket_id=t)


@dataclass(frozen=True, slots=True)
class Comment:
    id: str
    ticket_id: str
    author_id: str | None
    public: bool
    body: str | None
    html_body: str | None = None
    created_at: str | None = None
    attachments: tuple[Attachment, ...] = ()
    kind: str = field(default="comments", init=False)

    @property
    def payload(self) -> dict:
        return {"ticket_id": self.ticket_id, "author_id": self.author_id, "public": self.public,
                "body": self.body, "html_body": self.html_body,
                "attachments": [a.id for a in self.attachments]}

    def text_units(self) -> Iterator[TextUnit]:
        # html_body is the authoritative text (it is what comment_redactions edits); fall back
        # to the plain body when the API gave no HTML.
        if self.html_body:
            yield TextUnit("comment", self.id, "html_body", self.html_body, mime="text/html",
                           ticket_id=self.ticket_id)
        elif self.body:
            yield TextUnit("comment", self.id, "body", self.body, ticket_id=self.ticket_id)


@dataclass(frozen=True, slots=True)
class Identity:
    id: str
    type: str  # email, phone_number, twitter, ...
    value: str
    verified: bool = False
    primary: bool = False


@dataclass(frozen=True, slots=True)
class User:
    id: str
    updated_at: str | None
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    notes: str | None = None
    details: str | None = None
    role: str | None = None
    organization_id: str | None = None
    verified: bool = False
    active: bool = True
    identities: tuple[Identity, ...] = ()
    user_fields: tuple[tuple[str, Any], ...] = ()
    photo: Attachment | None = None
    kind: str = field(default="users", init=False)

    @property
    def payload(self) -> dict:
        return {"name": self.name, "email": self.email, "phone": self.phone, "notes": self.notes,
                "details": self.details, "organization_id": self.organization_id,
                "active": self.active, "identities": [(i.id, i.type, i.value, i.verified)
                                                      for i in self.identities],
                "user_fields": list(self.user_fields),
                "photo": self.photo.id if self.photo else None}

    def text_units(self) -> Iterator[TextUnit]:
        u = self.id
        for name, value in (("name", self.name), ("email", self.email), ("phone", self.phone),
                            ("notes", self.notes), ("details", self.details)):
            if value:
                yield TextUnit("user", u, name, value, label=_TITLES.get(name))
        for ident in self.identities:
            if ident.value and ident.value not in (self.email, self.phone):
                yield TextUnit("user", u, f"identities.{ident.id}.value", ident.value,
                               label=ident.type)
        yield from _kv_units("user", u, "user_fields", self.user_fields)


@dataclass(frozen=True, slots=True)
class Organization:
    id: str
    updated_at: str | None
    name: str | None = None
    domain_names: tuple[str, ...] = ()
    notes: str | None = None
    details: str | None = None
    organization_fields: tuple[tuple[str, Any], ...] = ()
    deleted: bool = False
    kind: str = field(default="organizations", init=False)

    @property
    def payload(self) -> dict:
        return {"name": self.name, "domain_names": list(self.domain_names), "notes": self.notes,
                "details": self.details, "organization_fields": list(self.organization_fields),
                "deleted": self.deleted}

    def text_units(self) -> Iterator[TextUnit]:
        o = self.id
        for name, value in (("notes", self.notes), ("details", self.details)):
            if value:
                yield TextUnit("organization", o, name, value)
        yield from _kv_units("organization", o, "organization_fields", self.organization_fields)


Record = Ticket | Comment | User | Organization | Attachment
