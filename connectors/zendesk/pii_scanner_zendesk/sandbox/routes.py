"""Zendesk Support API v2 endpoints of the sandbox (request in, response out; no sockets)."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from .exports import decode_cursor, encode_cursor, event_page, page_keys
from .state import NotFound, SandboxState
from .ticket_fields import ticket_fields as all_ticket_fields

NOT_FOUND = {"error": "RecordNotFound", "description": "Not found"}
MAX_PAGE = 1000


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    path: str
    query: dict[str, str]
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    args: tuple[str, ...] = ()

    def int_arg(self, n: int = 0) -> int:
        return int(self.args[n])

    def json(self) -> dict:
        try:
            data = json.loads(self.body or b"{}")
        except ValueError as exc:
            raise BadRequest("Request body is not valid JSON") from exc
        if not isinstance(data, dict):
            raise BadRequest("Request body must be a JSON object")
        return data


@dataclass(slots=True)
class Response:
    status: int = 200
    payload: object = None
    body: bytes | None = None
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


class BadRequest(Exception):
    pass


def ok(payload: object, status: int = 200) -> Response:
    return Response(status, payload)


def _per_page(req: Request, default: int = MAX_PAGE, cap: int = MAX_PAGE) -> int:
    try:
        value = int(req.query.get("per_page", default))
    except ValueError as exc:
        raise BadRequest("per_page must be an integer") from exc
    return max(1, min(cap, value))


def _start_time(req: Request) -> int:
    raw = req.query.get("start_time")
    if raw is None or not raw.lstrip("-").isdigit():
        raise BadRequest("start_time is required and must be a Unix timestamp")
    return int(raw)


class Api:
    """Route handlers bound to one state; ``base`` is the public API origin."""

    def __init__(self, state: SandboxState, base: str, content_base: str) -> None:
        self.state, self.base, self.content_base = state, base, content_base

    def url(self, path: str, params: dict) -> str:
        return f"{self.base}{path}?{urlencode(params)}"

    # -- incremental exports -----------------------------------------------------------
    def _cursor_export(self, req: Request, kind: str, path: str, render: Callable[[int], dict | None]):
        per_page = _per_page(req)
        if "cursor" in req.query:
            try:
                after = decode_cursor(req.query["cursor"])
            except ValueError as exc:
                raise BadRequest("Invalid cursor") from exc
        else:
            after = (_start_time(req) - 1, 1 << 62)  # everything with updated_at >= start_time
        keys, more = page_keys(self.state, kind, after, per_page)
        items = [item for item in (render(oid) for _, oid in keys) if item is not None]
        after_cursor = encode_cursor(keys[-1] if keys else after)
        before_cursor = encode_cursor((keys[0][0], keys[0][1] - 1)) if keys else None
        extra = {k: v for k, v in req.query.items() if k in ("include", "per_page")}
        return {kind: items, "after_url": self.url(path, {**extra, "cursor": after_cursor}),
                "after_cursor": after_cursor,
                "before_url": self.url(path, {**extra, "cursor": before_cursor}) if before_cursor else None,
                "before_cursor": before_cursor, "end_of_stream": not more}

    def incremental_tickets(self, req: Request) -> Response:
        return ok(self._cursor_export(req, "tickets", "/api/v2/incremental/tickets/cursor.json",
                                      self.state.ticket_json))

    def incremental_users(self, req: Request) -> Response:
        body = self._cursor_export(req, "users", "/api/v2/incremental/users/cursor.json", self.state.user_json)
        if "identities" in req.query.get("include", "").split(","):
            body["identities"] = [i for u in body["users"] for i in self.state.identities_json(u["id"])]
        return ok(body)

    def incremental_organizations(self, req: Request) -> Response:
        start, per_page = _start_time(req), _per_page(req)
        keys, _more = page_keys(self.state, "organizations", (start - 1, 1 << 62), per_page)
        orgs = [self.state.org_json(oid) for _, oid in keys]
        end_time = keys[-1][0] if keys else start
        params = {k: v for k, v in req.query.items() if k != "start_time"}
        return ok({"organizations": orgs, "count": len(orgs), "end_time": end_time,
                   "next_page": self.url("/api/v2/incremental/organizations.json",
                                         {**params, "start_time": end_time}),
                   "end_of_stream": len(orgs) < per_page})

    def incremental_ticket_events(self, req: Request) -> Response:
        start, per_page = _start_time(req), _per_page(req)
        comments = "comment_events" in req.query.get("include", "").split(",")
        events = event_page(self.state, start, per_page, comments)
        end_time = events[-1]["timestamp"] if events else start
        params = {k: v for k, v in req.query.items() if k != "start_time"}
        return ok({"ticket_events": events, "count": len(events), "end_time": end_time,
                   "next_page": self.url("/api/v2/incremental/ticket_events.json",
                                         {**params, "start_time": end_time}),
                   "end_of_stream": len(events) < per_page})

    # -- tickets and comments ----------------------------------------------------------
    def ticket_show(self, req: Request) -> Response:
        return ok({"ticket": self.state.visible_ticket(req.int_arg())})

    def tickets_show_many(self, req: Request) -> Response:
        found = []
        for tid in _ids(req)[:100]:
            try:
                found.append(self.state.visible_ticket(tid))
            except NotFound:
                continue
        return ok({"tickets": found, "next_page": None, "previous_page": None, "count": len(found)})

    def ticket_update(self, req: Request) -> Response:
        body = req.json().get("ticket")
        if not isinstance(body, dict):
            raise BadRequest("Expected a 'ticket' object")
        ticket, audit = self.state.update_ticket(req.int_arg(), body)
        return ok({"ticket": ticket, "audit": audit})

    def ticket_comments(self, req: Request) -> Response:
        tid = req.int_arg()
        self.state.visible_ticket(tid)
        comments = self.state.comments_json(tid)
        if req.query.get("include_inline_images", "false").lower() != "true":
            for c in comments:
                c["attachments"] = [a for a in c["attachments"] if not a.get("inline")]
        if req.query.get("sort_order") == "desc":
            comments.reverse()
        path = f"/api/v2/tickets/{tid}/comments.json"
        keep = {k: v for k, v in req.query.items() if k in ("include_inline_images", "sort_order", "include")}
        if "page[size]" in req.query or "page[after]" in req.query or "page[before]" in req.query:
            return ok(self._cursor_page(req, comments, path, keep, "comments"))
        per_page, page = _per_page(req, 100, 100), int(req.query.get("page", "1") or 1)
        chunk = comments[(page - 1) * per_page: page * per_page]
        more = page * per_page < len(comments)
        return ok({"comments": chunk, "count": len(comments),
                   "next_page": self.url(path, {**keep, "page": page + 1, "per_page": per_page}) if more else None,
                   "previous_page": self.url(path, {**keep, "page": page - 1, "per_page": per_page})
                   if page > 1 else None})

    def _cursor_page(self, req: Request, items: list[dict], path: str, keep: dict, key: str) -> dict:
        """One page of ``items`` (any items with an ``id``) under ``key``, by ``page[...]``."""
        try:
            size = max(1, min(100, int(req.query.get("page[size]", 100))))
        except ValueError as exc:
            raise BadRequest("page[size] must be an integer") from exc
        ids = [c["id"] for c in items]
        start, end = 0, len(items)
        try:
            if req.query.get("page[after]"):
                start = ids.index(_comment_cursor(req.query["page[after]"])) + 1
            elif req.query.get("page[before]"):
                end = ids.index(_comment_cursor(req.query["page[before]"]))
                start = max(0, end - size)
        except ValueError as exc:
            raise BadRequest("Invalid page cursor") from exc
        chunk = items[start:min(end, start + size)]
        more = start + len(chunk) < len(items)
        after = _encode_comment_cursor(chunk[-1]["id"]) if chunk else None
        before = _encode_comment_cursor(chunk[0]["id"]) if chunk else None
        return {key: chunk, "meta": {"has_more": more, "after_cursor": after, "before_cursor": before},
                "links": {"next": self.url(path, {**keep, "page[size]": size, "page[after]": after})
                          if more and after else None,
                          "prev": self.url(path, {**keep, "page[size]": size, "page[before]": before})
                          if start > 0 and before else None}}

    # -- ticket fields -----------------------------------------------------------------
    def ticket_fields(self, req: Request) -> Response:
        """All fields by position; with ``page[size]``/``page[after]`` cursor pages by id."""
        fields = all_ticket_fields(self.base)
        if any(k.startswith("page[") for k in req.query):
            fields.sort(key=lambda f: f["id"])
            keep = {k: v for k, v in req.query.items() if k in ("locale", "include")}
            return ok(self._cursor_page(req, fields, "/api/v2/ticket_fields.json", keep, "ticket_fields"))
        return ok({"ticket_fields": fields, "next_page": None, "previous_page": None, "count": len(fields)})

    def comment_redaction(self, req: Request) -> Response:
        body = req.json()
        if "ticket_id" not in body or "html_body" not in body:
            raise BadRequest("ticket_id and html_body are required")
        cid = req.int_arg()
        tid = int(body["ticket_id"])
        if self.state.comment_ticket(cid) != tid:
            raise NotFound(cid)
        return ok({"comment": self.state.redact_html(tid, cid, str(body["html_body"]))})

    def comment_redact_legacy(self, req: Request) -> Response:
        text = req.json().get("text")
        if not isinstance(text, str):
            raise BadRequest("text is required")
        return ok({"comment": self.state.redact_text(req.int_arg(0), req.int_arg(1), text)})

    def attachment_redact(self, req: Request) -> Response:
        att = self.state.redact_attachment(req.int_arg(0), req.int_arg(1), req.int_arg(2))
        return ok({"attachment": att})

    # -- users and organisations -----------------------------------------------------
    def me(self, req: Request) -> Response:
        return ok({"user": self.state.user_json(self.state.world.layout.user_id(0))})

    def user_show(self, req: Request) -> Response:
        return ok({"user": _found(self.state.user_json(req.int_arg()))})

    def users_show_many(self, req: Request) -> Response:
        users = [u for u in (self.state.user_json(i) for i in _ids(req)[:100]) if u]
        body = {"users": users, "next_page": None, "previous_page": None, "count": len(users)}
        if "identities" in req.query.get("include", "").split(","):
            body["identities"] = [i for u in users for i in self.state.identities_json(u["id"])]
        return ok(body)

    def user_update(self, req: Request) -> Response:
        return ok({"user": self.state.update_user(req.int_arg(), _object(req, "user"))})

    def user_identities(self, req: Request) -> Response:
        identities = self.state.identities_json(req.int_arg())
        return ok({"identities": identities, "next_page": None, "previous_page": None,
                   "count": len(identities)})

    def identity_delete(self, req: Request) -> Response:
        self.state.delete_identity(req.int_arg(0), req.int_arg(1))
        return Response(204, None, b"")

    def identity_make_primary(self, req: Request) -> Response:
        identities = self.state.make_identity_primary(req.int_arg(0), req.int_arg(1))
        return ok({"identities": identities})

    def org_show(self, req: Request) -> Response:
        return ok({"organization": _found(self.state.org_json(req.int_arg()))})

    def orgs_show_many(self, req: Request) -> Response:
        orgs = [o for o in (self.state.org_json(i) for i in _ids(req)[:100]) if o]
        return ok({"organizations": orgs, "next_page": None, "previous_page": None, "count": len(orgs)})

    def org_update(self, req: Request) -> Response:
        return ok({"organization": self.state.update_org(req.int_arg(), _object(req, "organization"))})

    # -- attachments -------------------------------------------------------------------
    def upload(self, req: Request) -> Response:
        name = req.query.get("filename")
        if not name:
            raise BadRequest("filename is required")
        ctype = req.headers.get("content-type", "application/binary")
        return ok({"upload": self.state.add_upload(name, ctype, req.body, req.query.get("token"))}, 201)

    def attachment_show(self, req: Request) -> Response:
        aid = req.int_arg()
        content = self.state.attachment_content(aid)
        if content is None:
            raise NotFound(aid)
        name, ctype, data = content
        return ok({"attachment": self.state.shapes.attachment_dict(aid, name, ctype, len(data))})

    def attachment_redirect(self, req: Request) -> Response:
        token = req.args[0]
        aid = self.state.world.token_id(token)
        if aid is None or self.state.world.token(aid) != token:
            raise NotFound(token)
        return Response(302, None, b"", "text/html; charset=utf-8",
                        {"Location": f"{self.content_base}/content/{token}"})

    def content(self, req: Request) -> Response:
        token = req.args[0]
        aid = self.state.world.token_id(token)
        if aid is None or self.state.world.token(aid) != token:
            raise NotFound(token)
        content = self.state.attachment_content(aid)
        if content is None:
            raise NotFound(aid)
        name, ctype, data = content
        return Response(200, None, data, ctype,
                        {"Content-Disposition": f"attachment; filename*=UTF-8''{_quote(name)}"})


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name)


def _ids(req: Request) -> list[int]:
    try:
        return [int(x) for x in req.query.get("ids", "").split(",") if x.strip()]
    except ValueError as exc:
        raise BadRequest("ids must be a comma-separated list of integers") from exc


def _object(req: Request, key: str) -> dict:
    body = req.json().get(key)
    if not isinstance(body, dict):
        raise BadRequest(f"Expected a '{key}' object")
    return body


def _found(item: dict | None) -> dict:
    if item is None:
        raise NotFound()
    return item


def _encode_comment_cursor(cid: int) -> str:
    return base64.urlsafe_b64encode(f"c:{cid}".encode()).decode().rstrip("=")


def _comment_cursor(cursor: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        return int(raw.removeprefix("c:"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(cursor) from exc


# (method, path regex, handler name, endpoint family, incremental bucket, needs write scope)
ROUTES: tuple[tuple[str, re.Pattern, str, str, bool, bool], ...] = tuple(
    (m, re.compile(p + r"$"), h, fam, inc, write) for m, p, h, fam, inc, write in (
        ("GET", r"/api/v2/users/me\.json", "me", "users", False, False),
        ("GET", r"/api/v2/incremental/tickets/cursor\.json", "incremental_tickets", "incremental", True, False),
        ("GET", r"/api/v2/incremental/ticket_events\.json", "incremental_ticket_events", "incremental", True, False),
        ("GET", r"/api/v2/incremental/users/cursor\.json", "incremental_users", "incremental", True, False),
        ("GET", r"/api/v2/incremental/organizations\.json", "incremental_organizations", "incremental", True,
         False),
        ("GET", r"/api/v2/ticket_fields(?:\.json)?", "ticket_fields", "ticket_fields", False, False),
        ("GET", r"/api/v2/tickets/show_many\.json", "tickets_show_many", "tickets", False, False),
        ("GET", r"/api/v2/tickets/(\d+)\.json", "ticket_show", "tickets", False, False),
        ("PUT", r"/api/v2/tickets/(\d+)\.json", "ticket_update", "tickets", False, True),
        ("GET", r"/api/v2/tickets/(\d+)/comments\.json", "ticket_comments", "comments", False, False),
        ("PUT", r"/api/v2/tickets/(\d+)/comments/(\d+)/redact\.json", "comment_redact_legacy", "redactions",
         False, True),
        ("PUT", r"/api/v2/tickets/(\d+)/comments/(\d+)/attachments/(\d+)/redact\.json", "attachment_redact",
         "redactions", False, True),
        ("PUT", r"/api/v2/comment_redactions/(\d+)\.json", "comment_redaction", "redactions", False, True),
        ("GET", r"/api/v2/users/show_many\.json", "users_show_many", "users", False, False),
        ("GET", r"/api/v2/users/(\d+)\.json", "user_show", "users", False, False),
        ("PUT", r"/api/v2/users/(\d+)\.json", "user_update", "users", False, True),
        ("GET", r"/api/v2/users/(\d+)/identities\.json", "user_identities", "users", False, False),
        ("DELETE", r"/api/v2/users/(\d+)/identities/(\d+)\.json", "identity_delete", "users", False, True),
        ("PUT", r"/api/v2/users/(\d+)/identities/(\d+)/make_primary\.json", "identity_make_primary", "users",
         False, True),
        ("GET", r"/api/v2/organizations/show_many\.json", "orgs_show_many", "organizations", False, False),
        ("GET", r"/api/v2/organizations/(\d+)\.json", "org_show", "organizations", False, False),
        ("PUT", r"/api/v2/organizations/(\d+)\.json", "org_update", "organizations", False, True),
        ("POST", r"/api/v2/uploads\.json", "upload", "uploads", False, True),
        ("GET", r"/api/v2/attachments/(\d+)\.json", "attachment_show", "attachments", False, False),
        ("GET", r"/attachments/token/([A-Za-z0-9]+)/?", "attachment_redirect", "attachments", False, False),
    ))
CONTENT_ROUTE = re.compile(r"/content/([A-Za-z0-9]+)$")
