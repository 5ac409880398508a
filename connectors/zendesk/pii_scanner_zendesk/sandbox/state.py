"""The live helpdesk: generated objects plus an in-memory overlay of every mutation.

Reads return JSON dicts exactly as the API serves them. A mutated object is copied into
the overlay once and edited there; its ``updated_at`` moves to "now", so incremental
exports list it again. Only the overlay grows, never with the size of the dataset.
"""

from __future__ import annotations

import copy
import html as htmlmod
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from .config import SandboxConfig
from .files import render
from .layout import BASE_TS, NEW_ID_BASE, SPAN_S, iso
from .planted import html_to_text
from .shapes import Shapes
from .tickets import COMMENT_OPEN
from .world import World

REDACTED = "\u2587"  # ▇, what Zendesk writes over redacted text
TICKET_FIELDS = ("subject", "status", "priority", "type", "tags", "assignee_id", "group_id",
                 "external_id", "due_at", "organization_id", "requester_id", "collaborator_ids")
USER_FIELDS = ("name", "email", "phone", "notes", "details", "tags", "organization_id", "verified",
               "role", "time_zone", "locale", "suspended", "external_id", "alias", "signature")
ORG_FIELDS = ("name", "notes", "details", "domain_names", "tags", "group_id", "shared_tickets",
              "shared_comments", "external_id")


class NotFound(Exception):
    """The object does not exist (or is deleted / vanished)."""


class Invalid(Exception):
    """The request body does not describe a valid change."""


@dataclass(frozen=True, slots=True)
class ExtraEvent:
    ts: int
    id: int
    ticket_id: int
    updater_id: int
    comment_id: int | None
    changes: tuple[tuple[str, object, object], ...]  # (field, value, previous)


class SandboxState:
    def __init__(self, config: SandboxConfig, base_url: str, clock: Callable[[], float] = time.time) -> None:
        self.config = config
        self.world = World(config)
        self.shapes = Shapes(self.world, base_url)
        self.clock = clock
        self.lock = threading.RLock()
        self.tickets: dict[int, dict] = {}
        self.comments: dict[int, list[dict]] = {}
        self.ticket_ts: dict[int, int] = {}
        self.users: dict[int, dict] = {}
        self.user_ts: dict[int, int] = {}
        self.identities: dict[int, list[dict]] = {}  # per user, once one was changed
        self.orgs: dict[int, dict] = {}
        self.org_ts: dict[int, int] = {}
        self.events: list[ExtraEvent] = []
        self.new_comment_ticket: dict[int, int] = {}
        self.blobs: dict[int, tuple[str, str, bytes]] = {}  # uploads and redacted files
        self.uploads: dict[str, list[int]] = {}
        self._next_id = NEW_ID_BASE
        self._last_ts = BASE_TS + SPAN_S + 1
        self.mutations = 0

    # -- helpers -----------------------------------------------------------------------
    def _now(self) -> int:
        self._last_ts = max(self._last_ts, int(self.clock()))
        return self._last_ts

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def vanished(self, tid: int) -> bool:
        return tid in self.config.faults.vanish_ticket_ids

    # -- tickets -------------------------------------------------------------------------
    def ticket_json(self, tid: int) -> dict | None:
        with self.lock:
            if tid in self.tickets:
                return copy.deepcopy(self.tickets[tid])
        gen = self.world.ticket(tid)
        return self.shapes.ticket(gen) if gen else None

    def visible_ticket(self, tid: int) -> dict:
        ticket = self.ticket_json(tid)
        if ticket is None or ticket["status"] == "deleted" or self.vanished(tid):
            raise NotFound(tid)
        return ticket

    def comments_json(self, tid: int) -> list[dict]:
        with self.lock:
            if tid in self.comments:
                return copy.deepcopy(self.comments[tid])
        gen = self.world.ticket(tid)
        return [self.shapes.comment(c, tid) for c in gen.comments] if gen else []

    def _materialize(self, tid: int) -> dict:
        if tid not in self.tickets:
            ticket = self.ticket_json(tid)
            if ticket is None:
                raise NotFound(tid)
            self.tickets[tid] = ticket
            self.comments[tid] = self.comments_json(tid)
        return self.tickets[tid]

    def _touch_ticket(self, tid: int) -> int:
        ts = self._now()
        self.tickets[tid]["updated_at"] = iso(ts)
        self.tickets[tid]["generated_timestamp"] = ts
        self.ticket_ts[tid] = ts
        self.mutations += 1
        return ts

    def update_ticket(self, tid: int, changes: dict, author_id: int | None = None) -> tuple[dict, dict]:
        """Apply a ``PUT /tickets/{id}`` body; returns (ticket, audit)."""
        with self.lock:
            ticket = self._materialize(tid)
            if ticket["status"] == "deleted" or self.vanished(tid):
                raise NotFound(tid)
            diffs = []
            for name in TICKET_FIELDS:
                if name in changes and changes[name] != ticket.get(name):
                    diffs.append((name, changes[name], ticket.get(name)))
                    ticket[name] = changes[name]
                    if name == "subject":
                        ticket["raw_subject"] = changes[name]
            for cf in changes.get("custom_fields") or ():
                for field in ticket["custom_fields"]:
                    if field["id"] == cf.get("id"):
                        diffs.append((f"custom_fields.{field['id']}", cf.get("value"), field["value"]))
                        field["value"] = cf.get("value")
                ticket["fields"] = copy.deepcopy(ticket["custom_fields"])
            comment = changes.get("comment")
            cid = None
            if comment:
                cid = self._add_comment(tid, comment, author_id or ticket["assignee_id"] or
                                        self.world.layout.user_id(0))
            ts = self._touch_ticket(tid)
            audit_id = self._new_id()
            event = ExtraEvent(ts, audit_id, tid, author_id or self.world.layout.user_id(0), cid,
                               tuple(diffs))
            self.events.append(event)
            audit = {"id": audit_id, "ticket_id": tid, "created_at": iso(ts),
                     "author_id": event.updater_id, "via": {"channel": "api", "source": {}},
                     "events": self.child_events(event, include_comments=True)}
            return copy.deepcopy(ticket), audit

    def _add_comment(self, tid: int, comment: dict, author_id: int) -> int:
        if comment.get("html_body"):
            html = str(comment["html_body"])
        elif comment.get("body") is not None:
            paragraphs = str(comment["body"]).split("\n\n")
            html = COMMENT_OPEN + "".join(f"<p>{htmlmod.escape(p, quote=False).replace(chr(10), '<br>')}</p>"
                                          for p in paragraphs) + "</div>"
        else:
            raise Invalid("comment needs body or html_body")
        cid = self._new_id()
        attachments = []
        for token in comment.get("uploads") or ():
            for aid in self.uploads.pop(token, []):
                name, ctype, data = self.blobs[aid]
                attachments.append(self.shapes.attachment_dict(aid, name, ctype, len(data)))
        plain = html_to_text(html)
        author = comment.get("author_id") or author_id
        self.comments[tid].append({
            "id": cid, "type": "Comment", "author_id": author, "body": plain, "html_body": html,
            "plain_body": plain, "public": bool(comment.get("public", True)), "attachments": attachments,
            "audit_id": None, "via": {"channel": "api", "source": {"from": {}, "to": {}, "rel": None}},
            "created_at": iso(self._now()), "metadata": {"system": {}, "custom": {}}})
        self.new_comment_ticket[cid] = tid
        return cid

    def delete_ticket(self, tid: int) -> None:
        with self.lock:
            ticket = self._materialize(tid)
            ticket["status"] = "deleted"
            self._touch_ticket(tid)

    def child_events(self, event: ExtraEvent, include_comments: bool) -> list[dict]:
        out = []
        if event.comment_id and include_comments:
            comment = self.find_comment(event.ticket_id, event.comment_id)
            if comment:
                out.append(comment_event(comment, event.id))
        for n, (name, value, previous) in enumerate(event.changes):
            out.append({"id": event.id + 1000 + n, "via": "API", "event_type": "Change", "type": "Change",
                        "field_name": name, "value": value, "previous_value": previous})
        return out

    def find_comment(self, tid: int, cid: int) -> dict | None:
        return next((c for c in self.comments_json(tid) if c["id"] == cid), None)

    def comment_ticket(self, cid: int) -> int | None:
        parts = self.world.layout.split_comment_id(cid)
        if parts:
            return parts[0]
        with self.lock:
            return self.new_comment_ticket.get(cid)

    # -- redaction ---------------------------------------------------------------------
    def _edit_comment(self, tid: int, cid: int, edit: Callable[[dict], None]) -> dict:
        with self.lock:
            self.visible_ticket(tid)
            self._materialize(tid)
            comment = next((c for c in self.comments[tid] if c["id"] == cid), None)
            if comment is None:
                raise NotFound(cid)
            edit(comment)
            comment["plain_body"] = comment["body"] = html_to_text(comment["html_body"])
            if self.comments[tid][0] is comment:
                self.tickets[tid]["description"] = comment["body"]
            self._touch_ticket(tid)
            return copy.deepcopy(comment)

    def redact_html(self, tid: int, cid: int, marked_html: str) -> dict:
        """``comment_redactions``: text inside ``<redact>`` tags becomes ▇ characters."""
        import re

        def edit(comment: dict) -> None:
            pattern = re.compile(r"<redact>(.*?)</redact>", re.S)
            if pattern.sub(lambda m: m.group(1), marked_html) != comment["html_body"]:
                raise Invalid("html_body must equal the comment's html_body apart from <redact> tags")
            comment["html_body"] = pattern.sub(lambda m: REDACTED * len(htmlmod.unescape(m.group(1))),
                                               marked_html)
        return self._edit_comment(tid, cid, edit)

    def redact_text(self, tid: int, cid: int, text: str) -> dict:
        """Legacy ``.../comments/{cid}/redact.json``: every occurrence of ``text`` goes."""
        def edit(comment: dict) -> None:
            escaped = htmlmod.escape(text, quote=False)
            if not text or (text not in comment["html_body"] and escaped not in comment["html_body"]):
                raise Invalid("text not found in comment")
            body = comment["html_body"].replace(text, REDACTED * len(text))
            comment["html_body"] = body.replace(escaped, REDACTED * len(text))
        return self._edit_comment(tid, cid, edit)

    def redact_attachment(self, tid: int, cid: int, aid: int) -> dict:
        result: dict = {}

        def edit(comment: dict) -> None:
            att = next((a for a in comment["attachments"] if a["id"] == aid), None)
            if att is None:
                raise NotFound(aid)
            self.blobs[aid] = ("redacted.txt", "text/plain", b"")
            att.update(self.shapes.attachment_dict(aid, "redacted.txt", "text/plain", 0))
            result.update(att)
        self._edit_comment(tid, cid, edit)
        return result

    # -- uploads and attachment bytes --------------------------------------------------
    def add_upload(self, file_name: str, content_type: str, data: bytes, token: str | None) -> dict:
        with self.lock:
            aid = self._new_id()
            self.blobs[aid] = (file_name, content_type, data)
            token = token or f"up{aid}"
            self.uploads.setdefault(token, []).append(aid)
            att = self.shapes.attachment_dict(aid, file_name, content_type, len(data))
            return {"token": token, "expires_at": iso(self._now() + 3 * 86_400), "attachment": att,
                    "attachments": [att]}

    def attachment_content(self, aid: int) -> tuple[str, str, bytes] | None:
        with self.lock:
            if aid in self.blobs:
                return self.blobs[aid]
        found = self.world.attachment(aid)
        if found:
            a, _tid = found
            return a.file_name, a.content_type, render(a.kind, a.lines, aid, self.world.size_of(a.kind, aid), a.gps)
        user = self.world.photo_user(aid)
        if user:
            return "profile.jpg", "image/jpeg", render("photo", (), aid, self.world.size_of("photo", aid),
                                                       user.photo_gps)
        return None

    # -- users and organisations ---------------------------------------------------------
    def user_json(self, uid: int) -> dict | None:
        with self.lock:
            if uid in self.users:
                return copy.deepcopy(self.users[uid])
        gen = self.world.user_by_id(uid)
        return self.shapes.user(gen) if gen else None

    def identities_json(self, uid: int) -> list[dict]:
        with self.lock:
            if uid in self.identities:
                return copy.deepcopy(self.identities[uid])
        gen = self.world.user_by_id(uid)
        if gen is None:
            raise NotFound(uid)
        return self.shapes.identities(gen)

    def _edit_identity(self, uid: int, iid: int) -> tuple[list[dict], dict]:
        listed = self.identities.get(uid) or self.identities_json(uid)
        ident = next((i for i in listed if i["id"] == iid), None)
        if ident is None:
            raise NotFound(iid)
        self.identities[uid] = listed
        return listed, ident

    def _touch_user(self, uid: int) -> dict:
        user = self.users.get(uid) or self.user_json(uid)
        if user is None:
            raise NotFound(uid)
        ts = self._now()
        user["updated_at"], self.user_ts[uid], self.users[uid] = iso(ts), ts, user
        self.mutations += 1
        return user

    def delete_identity(self, uid: int, iid: int) -> None:
        """``DELETE /users/{uid}/identities/{iid}``; a primary identity cannot be deleted."""
        with self.lock:
            listed, ident = self._edit_identity(uid, iid)
            if ident["primary"]:
                raise Invalid("A user's primary identity cannot be deleted")
            listed.remove(ident)
            self._touch_user(uid)

    def make_identity_primary(self, uid: int, iid: int) -> list[dict]:
        """``PUT .../identities/{iid}/make_primary``: an e-mail identity also becomes the
        user's ``email``."""
        with self.lock:
            listed, ident = self._edit_identity(uid, iid)
            for other in listed:
                if other["type"] == ident["type"]:
                    other["primary"] = other is ident
            user = self._touch_user(uid)
            if ident["type"] == "email":
                user["email"] = ident["value"]
            return copy.deepcopy(listed)

    def update_user(self, uid: int, changes: dict) -> dict:
        with self.lock:
            user = self.users.get(uid) or self.user_json(uid)
            if user is None:
                raise NotFound(uid)
            for name in USER_FIELDS:
                if name in changes:
                    user[name] = changes[name]
            user["user_fields"].update(changes.get("user_fields") or {})
            ts = self._now()
            user["updated_at"], self.user_ts[uid], self.users[uid] = iso(ts), ts, user
            self.mutations += 1
            return copy.deepcopy(user)

    def org_json(self, oid: int) -> dict | None:
        with self.lock:
            if oid in self.orgs:
                return copy.deepcopy(self.orgs[oid])
        gen = self.world.org_by_id(oid)
        return self.shapes.organization(gen) if gen else None

    def update_org(self, oid: int, changes: dict) -> dict:
        with self.lock:
            org = self.orgs.get(oid) or self.org_json(oid)
            if org is None:
                raise NotFound(oid)
            for name in ORG_FIELDS:
                if name in changes:
                    org[name] = changes[name]
            org["organization_fields"].update(changes.get("organization_fields") or {})
            ts = self._now()
            org["updated_at"], self.org_ts[oid], self.orgs[oid] = iso(ts), ts, org
            self.mutations += 1
            return copy.deepcopy(org)


def comment_event(comment: dict, audit_id: int) -> dict:
    """A comment as a ``child_events`` entry of the ticket events export."""
    event = {key: comment[key] for key in ("id", "body", "html_body", "plain_body", "public",
                                           "author_id", "attachments", "created_at")}
    event.update({"event_type": "Comment", "type": "Comment", "via": "Web form",
                  "via_reference_id": None, "comment_present": True,
                  "comment_public": comment["public"], "audit_id": audit_id})
    return event
