"""The ticket view over the live sandbox: masked findings, logged reveals, review actions."""

from __future__ import annotations

import io
import json

import pytest
import requests

from pii_scanner.pipeline.build import build_connector
from pii_scanner.web.live import fetch_ticket, live_value

from .conftest import sign_in, store_of


def _live(settings, ticket_id):
    connector = build_connector(settings)
    try:
        return fetch_ticket(connector, ticket_id)
    finally:
        connector.close()


def _finding(store, last: bool = False, **where):
    """The first (or last) stored finding matching ``where``; tests that change the shared
    sandbox take the last one so tests that only read it keep theirs intact."""
    rows = list(store.findings(kinds=[where.pop("kind", "comments")]))
    for f in reversed(rows) if last else rows:
        if all(f.get(k) == v for k, v in where.items()):
            return f
    pytest.skip(f"no finding like {where} in the sandbox scan")


def test_ticket_view_masks_values_and_logs_the_view(app, client, settings):
    store = store_of(app)
    f = _finding(store, entity_type="NO_FODSELSNUMMER")
    value = live_value(_live(settings, f["ticket_id"]), f)
    assert value, "the scanned span should still hold the value"
    sign_in(client, "agent")
    res = client.get(f"/tickets/{f['ticket_id']}")
    assert res.status_code == 200
    assert f'id="f-{f["id"]}"' in res.text and f["preview"] in res.text
    assert value not in res.text
    assert f["recognizer"] in res.text  # the explanation is shown
    views = store.audit_log(actions=["view"])
    assert [(e["actor"], e["object_id"]) for e in views] == [("agent", f["ticket_id"])]


def test_reveal_returns_the_live_value_and_logs_it_without_the_value(app, client, settings):
    store = store_of(app)
    f = _finding(store, entity_type="EMAIL_ADDRESS")
    csrf = sign_in(client, "agent")
    res = client.post(f"/tickets/{f['ticket_id']}/findings/{f['id']}/reveal",
                      headers={"x-csrf-token": csrf})
    assert res.status_code == 200
    value = res.json()["value"]
    fp = app.state.ctx.fingerprinter.fingerprint(f["entity_type"], value)
    assert fp == f["fingerprint"]
    [event] = store.audit_log(actions=["reveal"])
    assert (event["actor"], event["finding_id"], event["result"]) == ("agent", f["id"], "ok")
    assert value not in json.dumps(event)


def test_reveal_of_changed_text_is_refused_and_logged(app, client, settings, scanned):
    store = store_of(app)
    f = _finding(store, last=True, kind="tickets", field="subject")
    sb = scanned.sandbox
    res = requests.put(f"{sb.base_url}/api/v2/tickets/{f['ticket_id']}.json",
                       json={"ticket": {"subject": "Oppdatert emne uten persondata " + "x" * 40}},
                       auth=(f"{sb.email}/token", sb.token), timeout=10)
    assert res.status_code == 200
    csrf = sign_in(client, "agent")
    page = client.get(f"/tickets/{f['ticket_id']}")
    assert "text changed since scan" in page.text
    res = client.post(f"/tickets/{f['ticket_id']}/findings/{f['id']}/reveal",
                      headers={"x-csrf-token": csrf})
    assert res.status_code == 409 and "value" not in res.json()
    assert [e["result"] for e in store.audit_log(actions=["reveal"])] == ["changed"]


def test_confirm_and_dismiss(app, client):
    store = store_of(app)
    f = _finding(store, entity_type="PERSON")
    others = [g["id"] for g in store.findings(ticket_id=f["ticket_id"]) if g["id"] != f["id"]]
    csrf = sign_in(client, "agent")
    url = f"/tickets/{f['ticket_id']}/actions"
    res = client.post(url, data={"csrf_token": csrf, "action": "dismiss", "finding": f["id"]})
    assert res.status_code == 400 and "reason" in res.text
    res = client.post(url, data={"csrf_token": csrf, "action": "dismiss", "finding": f["id"],
                                 "reason": "the company's own name"}, follow_redirects=False)
    assert res.status_code == 303
    res = client.post(url, data={"csrf_token": csrf, "action": "confirm",
                                 "finding": others[:2]}, follow_redirects=False)
    assert res.status_code == 303
    decided = {r["id"]: r for r in store.decided_findings(ticket_id=f["ticket_id"])}
    assert decided[f["id"]]["decision"] == "dismissed"
    assert all(decided[i]["decision"] == "approved" for i in others[:2])
    dismissals = store.audit_log(actions=["dismiss"])
    assert dismissals[0]["detail"]["reason"] == "the company's own name"
    assert dismissals[0]["actor"] == "agent"
    queue = client.get("/queue?review=dismissed").text
    assert f"/tickets/{f['ticket_id']}" in queue


def test_redact_now_writes_to_the_helpdesk(app, client, settings):
    store = store_of(app)
    f = _finding(store, last=True, entity_type="NO_FODSELSNUMMER", field="html_body")
    before = _live(settings, f["ticket_id"])
    value = live_value(before, f)
    field = before.field_for(f["kind"], f["object_id"], f["field"])
    csrf = sign_in(client, "agent")
    res = client.post(f"/tickets/{f['ticket_id']}/actions",
                      data={"csrf_token": csrf, "action": "redact", "finding": f["id"]})
    assert res.status_code == 200, res.text
    assert "redacted" in res.text
    after = _live(settings, f["ticket_id"]).field_for(f["kind"], f["object_id"], f["field"])
    assert value in field.text and value not in after.text
    [row] = store.decided_findings(finding_ids=[f["id"]])
    assert (row["decision"], row["redaction_status"], row["decided_by"]) == (
        "approved", "redacted", "agent")
    assert any(e["finding_id"] == f["id"] for e in store.audit_log(actions=["redact"]))


def test_screenshot_proxy_draws_boxes_over_an_image(app, client):
    from PIL import Image

    store = store_of(app)
    live_images = []
    for f in store.findings(kinds=["attachments"]):
        live_images.append(f)
    sign_in(client, "agent")
    for f in live_images:
        page = client.get(f"/tickets/{f['ticket_id']}")
        marker = f"/tickets/{f['ticket_id']}/attachments/{f['object_id']}/image"
        if marker in page.text:
            res = client.get(marker)
            assert res.status_code == 200 and res.headers["content-type"] == "image/png"
            assert Image.open(io.BytesIO(res.content)).size[0] > 0
            return
    pytest.skip("no image attachment with findings in this sandbox scan")


def test_a_custom_field_is_shown_by_its_title_in_the_helpdesk(app, client, settings):
    """The live ticket names each custom field as agents see it in the helpdesk (the Ticket
    Fields API's title, 'Fødselsnummer'), not by its numeric id."""
    store = store_of(app)
    f = next((r for r in store.findings(kinds=["tickets"]) if r["field"].startswith("custom_fields.")),
             None)
    if f is None:
        pytest.skip("no finding in a custom field in the sandbox scan")
    live = _live(settings, f["ticket_id"])
    shown = live.field_for("tickets", f["object_id"], f["field"])
    assert shown is not None and not shown.label.startswith("Custom field"), shown
    sign_in(client, "agent")
    page = client.get(f"/tickets/{f['ticket_id']}").text
    assert shown.label in page and f"Custom field {f['field'].split('.', 1)[1]}" not in page
