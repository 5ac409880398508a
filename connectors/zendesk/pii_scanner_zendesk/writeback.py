"""Redaction and organisation write-back for Zendesk, over the connector's one HTTP client.

Endpoints (Support API v2):

* ``PUT /api/v2/comment_redactions/{comment_id}.json`` ``{"ticket_id", "html_body"}``: text
  inside ``<redact>`` tags of the comment's current ``html_body`` becomes ``▇`` (works on
  closed and archived tickets);
* legacy ``PUT /tickets/{t}/comments/{c}/redact.json`` ``{"text"}`` and
  ``PUT /tickets/{t}/comments/{c}/attachments/{a}/redact.json``;
* ``POST /uploads.json?filename=`` then ``PUT /tickets/{t}.json`` with a private comment;
* ``GET``/``PUT`` ``/users/{id}.json``, ``/organizations/{id}.json``, ``/tickets/{id}.json``;
* ``GET /users/{id}/identities.json`` and ``DELETE /users/{id}/identities/{identity_id}.json``
  (204 No Content; Zendesk refuses to delete a user's primary identity).

Registered as ``zendesk`` in the ``pii_scanner.writeback`` entry-point group.
"""

from __future__ import annotations

from typing import Any

from pii_scanner.errors import ApiError, NotFound
from pii_scanner.records import Record
from pii_scanner.sources.http import HttpClient
from pii_scanner_zendesk import parse

#: the JSON envelope key per object kind
_KINDS = {"ticket": ("tickets", "ticket"), "user": ("users", "user"),
          "organization": ("organizations", "organization")}


def _object(data: Any, key: str) -> dict[str, Any]:
    if not isinstance(data, dict) or not isinstance(data.get(key), dict):
        raise ApiError(f"zendesk: response has no {key!r} object")
    return data[key]


class ZendeskWriteback:
    """Write calls for one Zendesk instance; built from a connector (or its client)."""

    def __init__(self, connector_or_client: Any):
        client = getattr(connector_or_client, "client", connector_or_client)
        if not isinstance(client, HttpClient):
            raise TypeError("ZendeskWriteback needs a ZendeskConnector or an HttpClient")
        self.client = client
        self._download = getattr(connector_or_client, "download", None)
        self._hosts = tuple(getattr(connector_or_client, "attachment_hosts", ()))

    @property
    def request_count(self) -> int:
        return self.client.request_count

    # -- comments ------------------------------------------------------------------------
    def comments(self, ticket_id: str) -> list[dict[str, Any]]:
        url: str | None = f"api/v2/tickets/{int(ticket_id)}/comments.json"
        params: dict[str, Any] | None = {"page[size]": 100, "include_inline_images": "true"}
        out: list[dict[str, Any]] = []
        while url:
            data = self.client.get_json(url, params=params)
            if not isinstance(data, dict) or not isinstance(data.get("comments"), list):
                raise ApiError("zendesk: ticket comments response has no 'comments' list")
            out.extend(c for c in data["comments"] if isinstance(c, dict))
            more = (data.get("meta") or {}).get("has_more") and data["comments"]
            url, params = ((data.get("links") or {}).get("next") if more else None), None
        return out

    def redact_comment(self, ticket_id: str, comment_id: str, marked_html: str) -> dict[str, Any]:
        data = self.client.request_json(
            "PUT", f"api/v2/comment_redactions/{int(comment_id)}.json",
            json={"ticket_id": int(ticket_id), "html_body": marked_html})
        return _object(data, "comment")

    def redact_comment_text(self, ticket_id: str, comment_id: str, text: str) -> dict[str, Any]:
        data = self.client.request_json(
            "PUT", f"api/v2/tickets/{int(ticket_id)}/comments/{int(comment_id)}/redact.json",
            json={"text": text})
        return _object(data, "comment")

    def redact_attachment(self, ticket_id: str, comment_id: str,
                          attachment_id: str) -> dict[str, Any]:
        data = self.client.request_json(
            "PUT", f"api/v2/tickets/{int(ticket_id)}/comments/{int(comment_id)}/attachments/"
                   f"{int(attachment_id)}/redact.json", json={})
        return _object(data, "attachment")

    # -- attachments ---------------------------------------------------------------------
    def upload(self, file_name: str, content_type: str, data: bytes) -> str:
        body = self.client.request_json("POST", "api/v2/uploads.json",
                                        params={"filename": file_name}, data=data,
                                        content_type=content_type)
        token = _object(body, "upload").get("token")
        if not isinstance(token, str) or not token:
            raise ApiError("zendesk: upload response has no token")
        return token

    def add_private_note(self, ticket_id: str, body: str, uploads: list[str]) -> dict[str, Any]:
        data = self.client.request_json(
            "PUT", f"api/v2/tickets/{int(ticket_id)}.json",
            json={"ticket": {"comment": {"body": body, "public": False, "uploads": uploads}}})
        return data.get("audit") or {} if isinstance(data, dict) else {}

    def download(self, content_url: str, max_bytes: int) -> bytes:
        return self.client.download(content_url, max_bytes, allowed_hosts=self._hosts)

    # -- tickets, users, organisations -----------------------------------------------------
    def get(self, kind: str, object_id: str) -> dict[str, Any]:
        plural, key = _KINDS[kind]
        return _object(self.client.get_json(f"api/v2/{plural}/{int(object_id)}.json"), key)

    def update(self, kind: str, object_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        plural, key = _KINDS[kind]
        data = self.client.request_json("PUT", f"api/v2/{plural}/{int(object_id)}.json",
                                        json={key: changes})
        return _object(data, key)

    # -- user identities -------------------------------------------------------------------
    def identities(self, user_id: str) -> list[dict[str, Any]]:
        """The user's identities (e-mail addresses, phone numbers...) as the API serves them."""
        url: str | None = f"api/v2/users/{int(user_id)}/identities.json"
        out: list[dict[str, Any]] = []
        while url:
            data = self.client.get_json(url)
            if not isinstance(data, dict) or not isinstance(data.get("identities"), list):
                raise ApiError("zendesk: identities response has no 'identities' list")
            out.extend(i for i in data["identities"] if isinstance(i, dict))
            url = data.get("next_page") if data["identities"] else None
        return out

    def delete_identity(self, user_id: str, identity_id: str) -> None:
        """Delete one (non-primary) identity of a user."""
        self.client.request_json(
            "DELETE", f"api/v2/users/{int(user_id)}/identities/{int(identity_id)}.json")

    # -- re-reading touched objects (for the rescan after a redaction) -----------------------
    def records(self, kind: str, object_id: str) -> list[Record]:
        """The current records of one ``ticket`` (with its comments), ``user`` or
        ``organization``; empty if it is gone."""
        try:
            if kind == "ticket":
                ticket = parse.parse_ticket(self.get("ticket", object_id))
                return [ticket, *(parse.parse_comment(c, ticket.id)
                                  for c in self.comments(object_id))]
            if kind == "user":
                user = self.get("user", object_id)
                return [parse.parse_user(user, self.identities(object_id))]
            if kind == "organization":
                return [parse.parse_organization(self.get("organization", object_id))]
        except NotFound:
            return []
        raise ValueError(f"unknown object kind {kind!r}")
