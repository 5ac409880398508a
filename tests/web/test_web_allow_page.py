"""The allow-list page: everyone who reviews sees entries masked; only admins remove them."""

from __future__ import annotations

from pii_scanner.pipeline.build import build_connector
from pii_scanner.web.live import fetch_ticket, live_value

from .conftest import sign_in, store_of


def _allow_one(app, settings):
    store = store_of(app)
    f = next(f for f in store.findings(kinds=["comments"])
             if f["entity_type"] == "PHONE_NUMBER" and f["ticket_id"])
    connector = build_connector(settings)
    try:
        value = live_value(fetch_ticket(connector, f["ticket_id"]), f)
    finally:
        connector.close()
    store.allow(f["entity_type"], f["fingerprint"], reason="our switchboard", actor="agent",
                finding_id=f["id"])
    return store.allow_list()[0], value


def test_agents_and_managers_see_masked_entries_without_remove(app, client, settings):
    entry, value = _allow_one(app, settings)
    assert entry["preview"] and entry["preview"] != value
    for name in ("agent", "manager"):
        sign_in(client, name)
        page = client.get("/allow-list")
        assert page.status_code == 200
        assert "our switchboard" in page.text and entry["preview"] in page.text
        assert value not in page.text and entry["fingerprint"] not in page.text
        assert f"/allow-list/{entry['id']}/remove" not in page.text
        assert 'href="/allow-list"' in page.text  # in the navigation
        client.post("/logout", data={"csrf_token": ""})
        client.cookies.clear()


def test_only_an_admin_with_the_form_token_removes_an_entry(app, client, settings):
    entry, _ = _allow_one(app, settings)
    store = store_of(app)
    token = sign_in(client, "agent")
    refused = client.post(f"/allow-list/{entry['id']}/remove", data={"csrf_token": token},
                          follow_redirects=False)
    assert refused.status_code == 403 and store.allow_list()
    client.cookies.clear()
    token = sign_in(client, "admin")
    assert client.post(f"/allow-list/{entry['id']}/remove", data={"csrf_token": "forged"},
                       follow_redirects=False).status_code == 403
    page = client.get("/allow-list")
    assert f"/allow-list/{entry['id']}/remove" in page.text
    done = client.post(f"/allow-list/{entry['id']}/remove", data={"csrf_token": token},
                       follow_redirects=False)
    assert done.status_code == 303 and store.allow_list() == []
    assert [r["action"] for r in store.audit_log(actions=["unallow"])] == ["unallow"]
    assert "The allow-list is empty" in client.get(done.headers["location"]).text
    missing = client.post(f"/allow-list/{entry['id']}/remove", data={"csrf_token": token},
                          follow_redirects=False)
    assert missing.status_code == 404
