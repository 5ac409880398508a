"""Dismiss with "never flag this value again": the allow-list empties the queue at once, and a
later scan of the live sandbox does not report the value where it turns up again."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import pytest
import requests

from pii_scanner.demo import demo_settings
from pii_scanner.pipeline.build import build_connector, load_key, open_store, run_scan
from pii_scanner.web.accounts import add_user
from pii_scanner.web.live import fetch_ticket, live_value
from pii_scanner_zendesk.sandbox import SandboxConfig, SandboxServer

from .conftest import PASSWORD, sign_in

CONTROL = "allow.kontroll@example.org"


@pytest.fixture
def own(tmp_path):
    """A small sandbox of its own (this test writes to it), scanned, with one agent."""
    sandbox = SandboxServer(SandboxConfig(tickets=8, seed=11))
    sandbox.start()
    try:
        settings = demo_settings(tmp_path, sandbox.base_url, sandbox.email, sandbox.token,
                                 urlsplit(sandbox.content_base_url).netloc)
        load_key(settings, create=True)
        assert run_scan(settings).state == "done"
        with open_store(settings) as store:
            add_user(store, "agent", "agent", PASSWORD)
        yield sandbox, settings
    finally:
        sandbox.stop()


def _value(settings, f) -> str:
    connector = build_connector(settings)
    try:
        return live_value(fetch_ticket(connector, f["ticket_id"]), f)
    finally:
        connector.close()


def test_dismiss_with_allow_keeps_the_value_out_of_later_scans(own):
    from fastapi.testclient import TestClient

    from pii_scanner.web import create_app

    sandbox, settings = own
    app = create_app(settings)
    store = app.state.ctx.store
    rows = [f for f in store.findings(kinds=["comments"])
            if f["entity_type"] == "NO_FODSELSNUMMER" and f["ticket_id"]]
    if not rows:
        pytest.skip("no fødselsnummer in this sandbox's comments")
    f = rows[0]
    value = _value(settings, f)
    other = next(t for t in map(str, range(1, 50)) if t != f["ticket_id"]
                 and list(store.findings(ticket_id=t)))
    with TestClient(app, base_url="http://testserver") as client:
        csrf = sign_in(client, "agent")
        page = client.get(f"/tickets/{f['ticket_id']}").text
        assert 'name="allow" value="yes"' in page and "never flag this value again" in page
        res = client.post(f"/tickets/{f['ticket_id']}/actions",
                          data={"csrf_token": csrf, "action": "dismiss", "finding": f["id"],
                                "reason": "our own test number", "allow": "yes"},
                          follow_redirects=False)
        assert res.status_code == 303, res.text
        no_csrf = client.post(f"/tickets/{f['ticket_id']}/actions",
                              data={"action": "dismiss", "finding": f["id"], "reason": "x",
                                    "allow": "yes"}, follow_redirects=False)
        assert no_csrf.status_code in (400, 403)
    app.state.ctx.store.close()

    with open_store(settings) as store:
        [entry] = store.allow_list()
        assert (entry["fingerprint"], entry["actor"]) == (f["fingerprint"], "agent")
        same = store.decided_findings(states=("open",))
        assert {r["decision"] for r in same if r["fingerprint"] == f["fingerprint"]} == {"dismissed"}

    time.sleep(1.1)  # incremental exports work in whole seconds
    res = requests.put(f"{sandbox.base_url}/api/v2/tickets/{other}.json",
                       auth=(f"{sandbox.email}/token", sandbox.token), timeout=10,
                       json={"ticket": {"comment": {"public": False,
                                                    "body": f"Fnr {value}, e-post {CONTROL}"}}})
    assert res.status_code == 200, res.text
    assert run_scan(settings).state == "done"
    with open_store(settings) as store:
        new = [r for r in store.findings(ticket_id=other) if r["kind"] == "comments"]
        control_fp = app.state.ctx.fingerprinter.fingerprint("EMAIL_ADDRESS", CONTROL)
        assert control_fp in {r["fingerprint"] for r in new}, "the new comment was scanned"
        assert f["fingerprint"] not in {r["fingerprint"] for r in new}
        assert all(r["decision"] == "dismissed" for r in store.decided_findings()
                   if r["fingerprint"] == f["fingerprint"])
        assert value not in repr(store.allow_list()) and value not in repr(store.audit_log())


def test_queue_offers_both_kinds_of_dismissal(app, client):
    sign_in(client, "agent")
    page = client.get("/queue").text
    assert "keep, but not a problem here" in page and 'name="allow" value="yes"' in page
