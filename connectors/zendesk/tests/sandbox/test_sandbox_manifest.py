"""The manifest tells the truth: each planted value is served where it says, and is valid."""

from __future__ import annotations

import collections

from stdnum import iban, luhn
from stdnum.dk import cpr
from stdnum.fi import hetu
from stdnum.no import fodselsnummer, kontonr, orgnr
from stdnum.se import personnummer

ALL_TYPES = {"NO_FODSELSNUMMER", "SE_PERSONNUMMER", "DK_CPR", "FI_PERSONAL_IDENTITY_CODE", "NO_ORGNR",
             "NO_BANK_ACCOUNT", "IBAN_CODE", "CREDIT_CARD", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS",
             "GPS_COORDINATES", "STREET_ADDRESS", "PERSON", "PASSPORT_NUMBER", "DATE_OF_BIRTH"}


def _served(sandbox, api, walk):
    base = sandbox.base_url
    tickets, _ = walk(api, f"{base}/api/v2/incremental/tickets/cursor.json", "tickets", start_time=0)
    users, _ = walk(api, f"{base}/api/v2/incremental/users/cursor.json", "users", start_time=0)
    orgs = api.get(f"{base}/api/v2/incremental/organizations.json", params={"start_time": 0}).json()
    comments, attachments = {}, {}
    r = api.get(f"{base}/api/v2/incremental/ticket_events.json", params={"start_time": 0, "include": "comment_events"})
    while True:
        body = r.json()
        for e in body["ticket_events"]:
            for c in e["child_events"]:
                if c["event_type"] == "Comment":
                    comments[str(c["id"])] = c
                    attachments.update({str(a["id"]): a for a in c["attachments"]})
        if body["end_of_stream"]:
            break
        r = api.get(body["next_page"])
    return ({str(t["id"]): t for t in tickets}, {str(u["id"]): u for u in users},
            {str(o["id"]): o for o in orgs["organizations"]}, comments, attachments)


def _field(obj: dict, field: str, api, base) -> str:
    head, _, rest = field.partition(".")
    if head == "custom_fields":
        return next(f["value"] for f in obj["custom_fields"] if str(f["id"]) == rest)
    if head == "identities":
        ident_id = rest.split(".")[0]
        idents = api.get(f"{base}/api/v2/users/{obj['id']}/identities.json").json()["identities"]
        return next(i["value"] for i in idents if str(i["id"]) == ident_id)
    if head in ("user_fields", "organization_fields"):
        return obj[head][rest]
    value = obj
    for part in field.split("."):
        value = value[part]
    return value


def test_every_manifest_entry_is_served_at_its_place(sandbox, api, walk):
    tickets, users, orgs, comments, attachments = _served(sandbox, api, walk)
    where = {"ticket": tickets, "user": users, "organization": orgs, "comment": comments, "attachment": attachments}
    manifest = sandbox.manifest()
    assert {p.entity_type for p in manifest} == ALL_TYPES
    checked = collections.Counter()
    for p in manifest:
        if p.field == "content":
            continue
        obj = where[p.kind][p.object_id]
        assert p.value in str(_field(obj, p.field, api, sandbox.base_url)), p
        if p.kind == "comment":
            assert p.value in obj["plain_body"], p
        checked[p.kind] += 1
    assert set(checked) == set(where)


def test_values_on_deleted_tickets_and_organizations_are_not_live(sandbox, api, walk):
    tickets, _, orgs, _, _ = _served(sandbox, api, walk)
    live = collections.Counter()
    for p in sandbox.manifest():
        if p.kind == "ticket":
            assert p.live == (tickets[p.object_id]["status"] != "deleted"), p
        elif p.kind == "organization":
            assert p.live == (orgs[p.object_id]["deleted_at"] is None), p
        elif p.kind == "user":
            assert p.live, p
        live[p.kind, p.live] += 1
    # this sandbox has both: deleted tickets (2 %) and a deleted organization
    assert live["ticket", False] and live["ticket", True]
    assert live["organization", False] and live["organization", True]


def test_planted_identifiers_are_valid_and_hard_negatives_are_not(sandbox, api, walk):
    checks = {"NO_FODSELSNUMMER": fodselsnummer.is_valid, "DK_CPR": lambda v: cpr.is_valid(v) and cpr.checksum(
        v.replace("-", "")) == 0, "FI_PERSONAL_IDENTITY_CODE": hetu.is_valid, "NO_ORGNR": orgnr.is_valid,
        "NO_BANK_ACCOUNT": kontonr.is_valid, "IBAN_CODE": iban.is_valid,
        "CREDIT_CARD": lambda v: luhn.is_valid(v.replace(" ", "")),
        "SE_PERSONNUMMER": lambda v: personnummer.is_valid(v) or (int(v[4:6]) > 60 and luhn.is_valid(
            v.replace("-", "")))}
    manifest = sandbox.manifest()
    for p in manifest:
        if p.entity_type in checks:
            assert checks[p.entity_type](p.value), p
    assert any(p.value[0] in "4567" for p in manifest if p.entity_type == "NO_FODSELSNUMMER")  # D-numbers
    tickets, *_ = _served(sandbox, api, walk)
    orders = [f["value"] for t in tickets.values() for f in t["custom_fields"] if f["id"] == 360_001_000_001
              and f["value"]]
    assert orders and not any(fodselsnummer.is_valid(o) or kontonr.is_valid(o) or luhn.is_valid(o) for o in orders)
    planted_values = {p.value for p in manifest}
    assert not set(orders) & planted_values


def test_text_attachments_contain_their_planted_values(sandbox, api):
    manifest = [p for p in sandbox.manifest() if p.kind == "attachment" and p.field == "content"]
    checked = 0
    for p in manifest:
        found = sandbox.state.world.attachment(int(p.object_id))
        if found and found[0].kind in ("txt", "eml"):
            data = sandbox.state.attachment_content(int(p.object_id))[2].decode("utf-8", "replace")
            assert p.value in data
            checked += 1
    assert checked


def test_mojibake_is_present(sandbox, api, walk):
    *_, comments, _ = _served(sandbox, api, walk)
    text = " ".join(c["plain_body"] for c in comments.values())
    assert "\ufffd" in text or "Ã" in text
