"""Web app fixtures: a real sandbox helpdesk, scanned once per session into SQLite; each test
gets its own copy of the store and an app over real localhost HTTP to the sandbox."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

import pytest

from pii_scanner.config import Settings
from pii_scanner.demo import demo_settings
from pii_scanner.pipeline.build import load_key, open_store, run_scan
from pii_scanner.web.accounts import add_user
from pii_scanner_zendesk.sandbox import SandboxConfig, SandboxServer

PASSWORD = "correct horse battery"
USERS = {"agent": "agent", "agent2": "agent", "manager": "manager", "admin": "admin"}
CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)">')


@dataclass(frozen=True)
class Scanned:
    sandbox: SandboxServer
    settings: Settings


@pytest.fixture(scope="session")
def scanned(tmp_path_factory) -> Scanned:
    sandbox = SandboxServer(SandboxConfig(tickets=30, seed=7))
    sandbox.start()
    data = tmp_path_factory.mktemp("scanned")
    settings = demo_settings(data, sandbox.base_url, sandbox.email, sandbox.token,
                             urlsplit(sandbox.content_base_url).netloc)
    load_key(settings, create=True)
    result = run_scan(settings)
    assert result.state == "done", result
    store = open_store(settings)
    for name, role in USERS.items():
        add_user(store, name, role, PASSWORD)
    store.close()
    yield Scanned(sandbox, settings)
    sandbox.stop()


@pytest.fixture
def settings(scanned, tmp_path) -> Settings:
    """A private copy of the scanned store (with accounts) for one test."""
    src = scanned.settings.data_dir
    for name in ("pii-scanner.db", "pii-scanner.db-wal", "secret.key"):
        if (src / name).exists():
            shutil.copy2(src / name, tmp_path / name)
    return replace(scanned.settings, data_dir=tmp_path,
                   database_url=f"sqlite:///{tmp_path / 'pii-scanner.db'}",
                   key_file=tmp_path / "secret.key")


@pytest.fixture
def app(settings):
    from pii_scanner.web import create_app

    application = create_app(settings)
    yield application
    application.state.ctx.store.close()


@pytest.fixture
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app, base_url="http://testserver") as c:
        yield c


def sign_in(client, name: str, password: str = PASSWORD) -> str:
    """Sign ``client`` in; returns the session's CSRF token."""
    res = client.post("/login", data={"name": name, "password": password},
                      follow_redirects=False)
    assert res.status_code == 303, res.text
    return csrf_of(client.get("/login").text if False else client.get(res.headers["location"]).text)


def csrf_of(html: str) -> str:
    m = CSRF_META.search(html)
    assert m, "page has no CSRF token"
    return m.group(1)


def store_of(app):
    return app.state.ctx.store


def ticket_with(store, *, kinds=("comments",), entity: str | None = None) -> str:
    """A ticket id holding an open finding of one of ``kinds`` (and ``entity`` if given)."""
    for f in store.findings(kinds=list(kinds)):
        if f["ticket_id"] and (entity is None or f["entity_type"] == entity):
            return f["ticket_id"]
    raise AssertionError("no such ticket in the sandbox scan")


def subject_of(app, settings, entity: str) -> tuple[str, list[dict]]:
    """A value of ``entity`` the scan stored in a comment, read live from the helpdesk, and
    every stored finding of that value (a data subject for the GDPR tests)."""
    from pii_scanner.pipeline.build import build_connector
    from pii_scanner.web.live import fetch_ticket, live_value

    store = store_of(app)
    f = next(f for f in store.findings(entity_types=[entity], kinds=["comments"])
             if f["ticket_id"])
    connector = build_connector(settings)
    try:
        value = live_value(fetch_ticket(connector, f["ticket_id"]), f)
    finally:
        connector.close()
    return value, list(store.findings(fingerprint=f["fingerprint"]))
