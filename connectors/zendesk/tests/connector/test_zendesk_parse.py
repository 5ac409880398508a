"""parse.py on JSON shaped like Zendesk Support API v2 responses."""

import json

import pytest

from pii_scanner.sources.http import decode_json
from pii_scanner_zendesk import parse

TICKET = {
    "url": "https://acme.zendesk.com/api/v2/tickets/35436.json", "id": 35436,
    "external_id": None, "created_at": "2024-03-01T09:00:00Z",
    "updated_at": "2024-03-02T10:15:00Z", "generated_timestamp": 1709374500,
    "type": "incident", "subject": "Fødselsnummer i skjema", "raw_subject": "Fødselsnummer i skjema",
    "description": "Hei, mitt fnr er 01017012345", "priority": "high", "status": "open",
    "recipient": "support@acme.no", "requester_id": 20978392, "submitter_id": 76872,
    "assignee_id": 235323, "organization_id": 509974, "group_id": 98738,
    "collaborator_ids": [35334, 234], "follower_ids": [], "email_cc_ids": [],
    "has_incidents": False, "is_public": True,
    "via": {"channel": "email", "source": {
        "from": {"address": "kari.nordmann@example.no", "name": "Kari Nordmann"},
        "to": {"name": "Acme", "address": "support@acme.no"}, "rel": None}},
    "custom_fields": [{"id": 27642, "value": "745"}, {"id": 27648, "value": ["a", "b"]},
                      {"id": 27650, "value": None}],
    "satisfaction_rating": {"id": 1234, "score": "good", "comment": "Ring meg på 912 34 567"},
    "sharing_agreement_ids": [], "tags": ["fnr", "skjema"], "brand_id": 1,
}

EVENT = {
    "id": 926256957613, "ticket_id": 35436, "timestamp": 1709374500,
    "created_at": "2024-03-02T10:15:00Z", "updater_id": 20978392,
    "via": "Mail", "system": {}, "metadata": {}, "event_type": "Audit",
    "child_events": [
        {"id": 926256957633, "via": "Mail", "via_reference_id": None, "type": "Comment",
         "author_id": 20978392, "body": "Vedlagt pass", "html_body": "<p>Vedlagt pass</p>",
         "plain_body": "Vedlagt pass", "public": True, "audit_id": 926256957613,
         "created_at": "2024-03-02T10:15:00Z", "event_type": "Comment",
         "attachments": [{"url": "https://acme.zendesk.com/api/v2/attachments/498483.json",
                          "id": 498483, "file_name": "pass_kari.jpg",
                          "content_url": "https://acme.zendesk.com/attachments/token/tkn/?name=pass_kari.jpg",
                          "content_type": "image/jpeg", "size": 2532, "inline": False,
                          "thumbnails": []}]},
        {"id": 926256957653, "event_type": "Change", "field_name": "status",
         "value": "open", "previous_value": "new"},
    ],
}

USER = {
    "id": 35436, "url": "https://acme.zendesk.com/api/v2/users/35436.json",
    "name": "Johnny Agent", "email": "johnny@example.com", "phone": "+4791234567",
    "created_at": "2009-07-20T22:55:29Z", "updated_at": "2011-05-05T10:38:52Z",
    "active": True, "verified": True, "role": "agent", "organization_id": 57542,
    "notes": "Johnny is a nice guy!", "details": "", "alias": "Mr. Johnny",
    "photo": {"content_type": "image/png",
              "content_url": "https://acme.zendesk.com/photos/my_funny_profile_pic.png",
              "id": 928374, "name": "my_funny_profile_pic.png", "size": 166144,
              "thumbnails": []},
    "user_fields": {"user_date": "2012-07-23T00:00:00Z", "user_decimal": 5.1,
                    "fnr": "01017012345"},
}

IDENTITIES = [
    {"url": "https://acme.zendesk.com/api/v2/users/35436/identities/77938.json", "id": 77938,
     "user_id": 35436, "type": "email", "value": "johnny@example.com", "verified": True,
     "primary": True, "created_at": "2012-02-12T14:25:21Z", "updated_at": "2012-02-12T14:25:21Z"},
    {"id": 77939, "user_id": 35436, "type": "phone_number", "value": "+47 22 22 22 22",
     "verified": False, "primary": False},
]

ORG = {
    "id": 35436, "url": "https://acme.zendesk.com/api/v2/organizations/35436.json",
    "name": "One Organization", "domain_names": ["example.com", "test.com"],
    "details": "This is a kind of organization", "notes": "Org.nr 974760673",
    "created_at": "2009-07-20T22:55:29Z", "updated_at": "2011-05-05T10:38:52Z",
    "deleted_at": None, "tags": ["enterprise"],
    "organization_fields": {"org_decimal": 5.2, "org_dropdown": "option_1"},
}


def test_ticket_fields():
    t = parse.parse_ticket(TICKET)
    assert (t.id, t.status, t.requester_id, t.organization_id) == ("35436", "open", "20978392",
                                                                   "509974")
    assert t.via_channel == "email"
    assert (t.via_from_address, t.via_from_name) == ("kari.nordmann@example.no", "Kari Nordmann")
    assert t.custom_fields == (("27642", "745"), ("27648", ("a", "b")), ("27650", None))
    assert t.satisfaction_comment == "Ring meg på 912 34 567"
    assert t.tags == ("fnr", "skjema")
    fields = {u.field for u in t.text_units()}
    assert {"subject", "description", "via.source.from.address",
            "satisfaction_rating.comment", "custom_fields.27648"} <= fields
    hash(t)  # records stay hashable even with multi-select custom fields


def test_ticket_custom_fields_get_their_titles_as_labels():
    titled = parse.parse_ticket(TICKET, {"27642": "Ordrenummer", "27648": "Produkter", "1": "x"})
    assert titled.custom_field_titles == (("27642", "Ordrenummer"), ("27648", "Produkter"))
    labels = {u.field: u.label for u in titled.text_units() if u.field.startswith("custom_fields.")}
    assert labels == {"custom_fields.27642": "Ordrenummer", "custom_fields.27648": "Produkter"}
    plain = parse.parse_ticket(TICKET)  # no titles (endpoint refused): no labels, as before
    assert {u.label for u in plain.text_units() if u.field.startswith("custom_fields.")} == {None}
    # a ticket without titles hashes as before; titles are part of what was analysed
    assert "custom_field_titles" not in plain.payload
    assert titled.payload["custom_field_titles"] == [("27642", "Ordrenummer"), ("27648", "Produkter")]
    assert parse.parse_ticket(TICKET, {}) == plain


@pytest.mark.parametrize("via", [
    {"channel": "web", "source": {"from": {}, "to": {}, "rel": None}},
    {"channel": "api", "source": {"from": {"ticket_id": 12, "subject": "x"}}},
    {"channel": "voice", "source": {"from": "+4791234567"}},
    None,
])
def test_ticket_via_shapes_other_than_email(via):
    t = parse.parse_ticket({**TICKET, "via": via})
    assert t.via_from_address is None and t.via_from_name is None


def test_ticket_with_satisfaction_offered_and_no_custom_fields():
    t = parse.parse_ticket({**TICKET, "satisfaction_rating": "offered", "custom_fields": None})
    assert t.satisfaction_comment is None and t.custom_fields == ()


def test_comment_from_child_event_with_attachment():
    [child] = parse.comment_events(EVENT)
    c = parse.parse_comment(child, "35436")
    assert (c.id, c.ticket_id, c.author_id, c.public) == ("926256957633", "35436",
                                                          "20978392", True)
    assert c.html_body == "<p>Vedlagt pass</p>"
    [a] = c.attachments
    assert (a.id, a.file_name, a.ticket_id, a.comment_id, a.size) == (
        "498483", "pass_kari.jpg", "35436", "926256957633", 2532)


def test_user_with_identities_fields_and_photo():
    u = parse.parse_user(USER, IDENTITIES)
    assert u.id == "35436" and u.organization_id == "57542" and u.role == "agent"
    assert [(i.id, i.type, i.primary) for i in u.identities] == [
        ("77938", "email", True), ("77939", "phone_number", False)]
    assert dict(u.user_fields)["fnr"] == "01017012345"
    assert u.photo is not None and u.photo.user_id == "35436"
    assert u.photo.file_name == "my_funny_profile_pic.png"
    units = {x.field for x in u.text_units()}
    assert "identities.77939.value" in units and "identities.77938.value" not in units


def test_organization_and_deleted_flag():
    o = parse.parse_organization(ORG)
    assert o.domain_names == ("example.com", "test.com") and not o.deleted
    assert dict(o.organization_fields)["org_decimal"] == 5.2
    assert parse.parse_organization({**ORG, "deleted_at": "2012-01-01T00:00:00Z"}).deleted


def test_odd_bodies_decode_to_clean_text():
    raw = json.dumps({"subject": "x"}).encode().replace(b'"x"', b'"Bl\xe5b\xe6r \\ud800 ok"')
    item = {**TICKET, **decode_json(b"\xef\xbb\xbf" + raw)}
    t = parse.parse_ticket(item)
    assert t.subject == "Bl\ufffdb\ufffdr \ufffd ok"
    t.subject.encode("utf-8")  # would raise on a lone surrogate


def test_ids_of_wrong_type_raise_and_error_message_hides_values():
    with pytest.raises(TypeError):
        parse.parse_ticket({**TICKET, "requester_id": {"nested": 1}})
    with pytest.raises(KeyError):
        parse.parse_ticket({k: v for k, v in TICKET.items() if k != "id"})
    try:
        parse.parse_attachment({"id": 1, "file_name": "a", "content_url": "u", "size": "kari"})
    except ValueError as exc:
        message = parse.error_message("attachment", exc)
    assert "kari" not in message and "ValueError" in message
