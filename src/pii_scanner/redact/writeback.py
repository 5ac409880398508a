"""What the redaction workflow needs from a helpdesk, and how to find it for a connector.

A connector package registers a factory under the ``pii_scanner.writeback`` entry-point group
with the connector's name (``zendesk = "pii_scanner_zendesk.writeback:ZendeskWriteback"``); the
factory takes the connector and returns an object with the methods of :class:`Writeback`.
All methods raise the shared API errors (:class:`~pii_scanner.errors.NotFound`, ``ApiError``
with ``status``, ``RateLimited``) and never put a value into a message.
"""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Any, Protocol, runtime_checkable

from pii_scanner.errors import ConfigError

GROUP = "pii_scanner.writeback"


@runtime_checkable
class Writeback(Protocol):
    def comments(self, ticket_id: str) -> list[dict[str, Any]]:
        """The ticket's comments as the API serves them (``id``, ``html_body``, ``attachments``)."""

    def redact_comment(self, ticket_id: str, comment_id: str, marked_html: str) -> dict[str, Any]:
        """Black out the text inside ``<redact>`` tags of the comment's current HTML."""

    def redact_comment_text(self, ticket_id: str, comment_id: str, text: str) -> dict[str, Any]:
        """Legacy fallback: black out every occurrence of ``text`` in the comment."""

    def redact_attachment(self, ticket_id: str, comment_id: str,
                          attachment_id: str) -> dict[str, Any]:
        """Replace an attachment by an empty ``redacted.txt``."""

    def upload(self, file_name: str, content_type: str, data: bytes) -> str:
        """Upload bytes; returns the token to attach them to a comment."""

    def add_private_note(self, ticket_id: str, body: str, uploads: list[str]) -> dict[str, Any]:
        """Add an internal note (with uploaded files) to a ticket."""

    def download(self, content_url: str, max_bytes: int) -> bytes: ...

    def get(self, kind: str, object_id: str) -> dict[str, Any]:
        """One ``ticket``/``user``/``organization`` as JSON (NotFound if gone)."""

    def update(self, kind: str, object_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """``PUT`` changes to one ``ticket``/``user``/``organization``; returns it as JSON."""

    def records(self, kind: str, object_id: str) -> list[Any]:
        """Current records of one ``ticket`` (and its comments), ``user`` or ``organization``
        for the rescan of touched objects; empty when it is gone."""

    @property
    def request_count(self) -> int: ...


@runtime_checkable
class IdentityWriteback(Protocol):
    """Optional: a write-back that also has these can delete a user's secondary identities
    (see :mod:`pii_scanner.redact.identities`); without them such findings are reported
    ``unsupported``."""

    def identities(self, user_id: str) -> list[dict[str, Any]]:
        """The user's identities as the API serves them (``id``, ``type``, ``value``,
        ``primary``); NotFound if the user is gone."""

    def delete_identity(self, user_id: str, identity_id: str) -> None:
        """Delete one identity (the helpdesk refuses a primary one with an ApiError)."""


def writeback_for(connector: Any) -> Writeback:
    """The write-back for ``connector`` (or ``connector`` itself if it already is one)."""
    if isinstance(connector, Writeback):
        return connector
    name = getattr(connector, "name", None)
    found = {ep.name: ep for ep in entry_points(group=GROUP)}.get(name or "")
    if found is None:
        raise ConfigError(f"no redaction write-back is installed for connector {name!r}")
    return found.load()(connector)
