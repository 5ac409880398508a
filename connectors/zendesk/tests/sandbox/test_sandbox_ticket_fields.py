"""The Ticket Fields API over real HTTP: shape, system fields, titles, cursor pages, auth."""

from __future__ import annotations

import requests

from pii_scanner_zendesk.sandbox import SandboxConfig, SandboxServer
from pii_scanner_zendesk.sandbox.tickets import CUSTOM_FIELD_IDS, FIELD_NATIONAL_ID, FIELD_ORDER

KEYS = {"url", "id", "type", "title", "raw_title", "description", "raw_description", "position",
        "active", "required", "collapsed_for_agents", "title_in_portal", "visible_in_portal",
        "editable_in_portal", "created_at", "updated_at", "removable"}


def test_lists_system_and_custom_fields_by_position(sandbox, api):
    body = api.get(f"{sandbox.base_url}/api/v2/ticket_fields.json").json()
    fields = body["ticket_fields"]
    assert body["count"] == len(fields) and body["next_page"] is None
    assert api.get(f"{sandbox.base_url}/api/v2/ticket_fields").json() == body  # with or without .json
    for f in fields:
        assert KEYS <= set(f), f["id"]
        assert f["url"] == f"{sandbox.base_url}/api/v2/ticket_fields/{f['id']}.json"
    assert [f["position"] for f in fields] == sorted(f["position"] for f in fields)
    by_type = {f["type"]: f for f in fields}
    assert {"subject", "description", "status"} <= set(by_type)
    assert not by_type["subject"]["removable"] and by_type["tagger"]["custom_field_options"]
    by_id = {f["id"]: f for f in fields}
    assert set(CUSTOM_FIELD_IDS) <= set(by_id)  # every field a ticket holds has a title
    assert by_id[FIELD_ORDER]["title"] == "Ordrenummer"
    assert by_id[FIELD_ORDER]["raw_title"] == "{{dc.ordrenummer}}"  # dynamic content
    assert by_id[FIELD_NATIONAL_ID]["title"] == "Fødselsnummer"
    assert any(not f["active"] for f in fields)  # a retired field is still listed


def test_ticket_custom_field_ids_are_listed(sandbox, api):
    listed = {f["id"] for f in api.get(f"{sandbox.base_url}/api/v2/ticket_fields.json").json()["ticket_fields"]}
    ticket = next(r.json()["ticket"] for tid in range(1, 30)
                  if (r := api.get(f"{sandbox.base_url}/api/v2/tickets/{tid}.json")).status_code == 200)
    assert {f["id"] for f in ticket["custom_fields"]} <= listed


def test_cursor_pages_walk_every_field_by_id(sandbox, api):
    everything = api.get(f"{sandbox.base_url}/api/v2/ticket_fields.json").json()["ticket_fields"]
    r = api.get(f"{sandbox.base_url}/api/v2/ticket_fields.json", params={"page[size]": 3})
    seen = []
    while True:
        body = r.json()
        assert len(body["ticket_fields"]) <= 3
        seen += body["ticket_fields"]
        if not body["meta"]["has_more"]:
            assert body["links"]["next"] is None
            break
        r = api.get(body["links"]["next"])
    assert [f["id"] for f in seen] == sorted(f["id"] for f in everything)
    assert api.get(f"{sandbox.base_url}/api/v2/ticket_fields.json",
                   params={"page[after]": "nope"}).status_code == 400


def test_needs_credentials_and_is_the_same_for_every_seed(sandbox):
    assert requests.get(f"{sandbox.base_url}/api/v2/ticket_fields.json").status_code == 401
    with SandboxServer(SandboxConfig(tickets=50, seed=99)) as other:
        auth = (f"{other.email}/token", other.token)
        theirs = requests.get(f"{other.base_url}/api/v2/ticket_fields.json", auth=auth).json()
    ours = requests.get(f"{sandbox.base_url}/api/v2/ticket_fields.json",
                        auth=(f"{sandbox.email}/token", sandbox.token)).json()
    assert _without_urls(theirs) == _without_urls(ours)


def _without_urls(body: dict) -> list[dict]:
    return [{k: v for k, v in f.items() if k != "url"} for f in body["ticket_fields"]]
