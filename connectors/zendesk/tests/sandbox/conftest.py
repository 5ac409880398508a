"""Shared fixtures: one 200-ticket sandbox per module, and an authenticated session."""

from __future__ import annotations

import pytest
import requests

from pii_scanner_zendesk.sandbox import SandboxConfig, SandboxServer


def _session_for(sb: SandboxServer) -> requests.Session:
    s = requests.Session()
    s.auth = (f"{sb.email}/token", sb.token)
    return s


@pytest.fixture(scope="module")
def sandbox():
    with SandboxServer(SandboxConfig(tickets=200, seed=7)) as sb:
        yield sb


@pytest.fixture()
def api(sandbox):
    with _session_for(sandbox) as s:
        yield s


def _walk_cursor(s: requests.Session, url: str, key: str, **params) -> tuple[list[dict], int]:
    """All items of a cursor export plus the number of pages it took."""
    items, pages = [], 0
    r = s.get(url, params=params)
    while True:
        r.raise_for_status()
        body = r.json()
        items += body[key]
        pages += 1
        if body["end_of_stream"]:
            return items, pages
        r = s.get(body["after_url"])


@pytest.fixture()
def walk():
    return _walk_cursor


@pytest.fixture()
def session_for():
    return _session_for
