"""Ticket field titles (``GET /api/v2/ticket_fields``): field id -> the title agents see.

A ticket's ``custom_fields`` come as ``{"id": 360001, "value": ...}``; the id says nothing
about the value, its field's title does (eight digits are an order number under
``Ordrenummer``, not a phone). The tickets stream fetches this map once per read (a scan
reads each stream once, so once per scan: small, and never stale across runs) and gives
each custom field its title, which the detector reads as the value's label.

The endpoint is optional: where it is refused (a restricted agent's 403) or missing (404 on a
Zendesk-like API), :func:`load_titles` logs one warning and the scan goes on without titles.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from pii_scanner.errors import ApiError, AuthError
from pii_scanner.sources.http import HttpClient

log = logging.getLogger(__name__)

PATH = "api/v2/ticket_fields.json"
PAGE_SIZE = 100  # the cursor-pagination maximum for this endpoint
MAX_PAGES = 100  # 10,000 fields: far beyond any account; stops a server that pages forever
MAX_TITLE = 120


def page_titles(data: Mapping[str, Any]) -> dict[str, str]:
    """``{id: title}`` of one response page. Pure; skips malformed entries.

    ``title`` wins (it is the rendered text; ``raw_title`` may be a ``{{dc.*}}`` dynamic
    content placeholder); inactive fields are kept, since old tickets still hold their values.
    Whitespace is collapsed so a title stays one line.

    >>> page_titles({"ticket_fields": [
    ...     {"id": 1, "title": "Ordrenummer", "raw_title": "{{dc.ordrenummer}}"},
    ...     {"id": 2, "title": "", "raw_title": "Kundenummer", "active": False},
    ...     {"id": 3, "title": "  Fødsels-\\nnummer "}, {"title": "no id"}, "junk"]})
    {'1': 'Ordrenummer', '2': 'Kundenummer', '3': 'Fødsels- nummer'}
    """
    fields = data.get("ticket_fields")
    out: dict[str, str] = {}
    for item in fields if isinstance(fields, list) else ():
        if not isinstance(item, dict) or isinstance(item.get("id"), (bool, dict, list, float)):
            continue
        fid = item.get("id")
        title = _title(item.get("title")) or _title(item.get("raw_title"), placeholder_ok=False)
        if fid is not None and str(fid) and title:
            out[str(fid)] = title
    return out


def _title(value: Any, placeholder_ok: bool = True) -> str | None:
    if not isinstance(value, str):
        return None
    title = " ".join(value.split())[:MAX_TITLE]
    if not placeholder_ok and title.startswith("{{"):
        return None
    return title or None


def fetch_titles(client: HttpClient) -> dict[str, str]:
    """Every field's title, over cursor pages (``links.next`` while ``meta.has_more``).

    An answer without cursor metadata (all fields at once, as without ``page[size]``) is one
    page. Raises what the client raises (``AuthError``, ``NotFound``, ``ApiError``).
    """
    titles: dict[str, str] = {}
    url: str | None = PATH
    params: dict[str, Any] | None = {"page[size]": PAGE_SIZE}
    seen: set[str] = set()
    for _ in range(MAX_PAGES):
        data = client.get_json(url, params=params)
        if not isinstance(data, dict):
            raise ApiError("ticket fields: expected a JSON object")
        titles.update(page_titles(data))
        meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
        links = data.get("links") if isinstance(data.get("links"), dict) else {}
        url = links.get("next") if meta.get("has_more") and data.get("ticket_fields") else None
        if not isinstance(url, str) or url in seen:
            return titles
        seen.add(url)
        params = None  # links.next carries page[size] and page[after]
    log.warning("ticket fields: stopped after %d pages", MAX_PAGES)
    return titles


def load_titles(client: HttpClient) -> dict[str, str]:
    """:func:`fetch_titles`, or ``{}`` with one warning when the endpoint fails: custom field
    values are then read without their titles, as before, and the scan goes on."""
    try:
        return fetch_titles(client)
    except (AuthError, ApiError) as exc:
        log.warning("ticket field titles unavailable (%s); custom fields are scanned without "
                    "their titles", exc)
        return {}
