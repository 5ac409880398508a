"""The review queue: risk order, facets counted with the other filters, partial layout."""

from __future__ import annotations

from pii_scanner.web.queue import QueueFilters, _row, build_queue

from .conftest import sign_in, store_of


def test_risk_order_national_ids_then_public_then_count_then_age():
    rows = [
        _row(1, "10", "PERSON"), _row(2, "10", "PERSON"), _row(3, "10", "EMAIL_ADDRESS"),
        _row(4, "20", "PHONE_NUMBER", public=True),
        _row(5, "30", "DK_CPR"),
        _row(6, "40", "PERSON", detected_at="2025-01-01T00:00:00+00:00"),
        _row(7, "50", "PERSON"),
    ]
    order = [t.ticket_id for t in build_queue(rows, QueueFilters()).tickets]
    assert order == ["30", "20", "10", "40", "50"]


def test_review_state_and_facets():
    rows = [_row(1, "1", "PERSON", organization_id="7"),
            _row(2, "1", "EMAIL_ADDRESS", organization_id="7", decision="dismissed"),
            _row(3, "2", "PERSON", organization_id="8", decision="approved",
                 redaction_status="redacted"),
            _row(4, "3", "PERSON", organization_id="8", kind="attachments")]
    q = build_queue(rows, QueueFilters())
    assert [t.ticket_id for t in q.tickets] == ["1", "3"] and q.total_findings == 2
    assert dict(q.facets["review"]) == {"todo": 2, "dismissed": 1, "redacted": 1}
    assert dict(q.facets["org"]) == {"7": 1, "8": 1}
    only8 = build_queue(rows, QueueFilters(org="8"))
    assert [t.ticket_id for t in only8.tickets] == ["3"]
    assert dict(only8.facets["org"]) == {"7": 1, "8": 1}  # its own facet ignores itself
    assert dict(only8.facets["source"]) == {"attachments": 1}
    assert [t.ticket_id for t in build_queue(rows, QueueFilters(review="all")).tickets] == ["1", "2", "3"]


def test_queue_page_full_and_partial(app, client):
    sign_in(client, "agent")
    full = client.get("/queue")
    assert full.status_code == 200 and "<html" in full.text and 'id="facets"' in full.text
    part = client.get("/queue", headers={"HX-Request": "true"})
    assert part.status_code == 200 and "<html" not in part.text and "<table" in part.text
    store = store_of(app)
    national = {f["ticket_id"] for f in store.findings(entity_types=["NO_FODSELSNUMMER"])}
    first = full.text.split('data-href="/tickets/')[1].split('"')[0]
    assert first in national


def test_queue_filters_by_type(app, client):
    sign_in(client, "agent")
    res = client.get("/queue?type=IBAN_CODE")
    store = store_of(app)
    expected = {f["ticket_id"] for f in store.findings(entity_types=["IBAN_CODE"]) if f["ticket_id"]}
    shown = {chunk.split('"')[0] for chunk in res.text.split('data-href="/tickets/')[1:]}
    assert shown == expected and expected


def test_bulk_confirm_from_the_queue(app, client):
    store = store_of(app)
    csrf = sign_in(client, "agent")
    tid = next(f["ticket_id"] for f in store.findings(entity_types=["IBAN_CODE"]) if f["ticket_id"])
    res = client.post("/queue/bulk", data={"csrf_token": csrf, "action": "confirm",
                                           "ticket": tid, "type": "IBAN_CODE"},
                      follow_redirects=False)
    assert res.status_code == 303
    rows = store.decided_findings(ticket_id=tid)
    assert {r["decision"] for r in rows if r["entity_type"] == "IBAN_CODE"} == {"approved"}
    assert {r["decision"] for r in rows if r["entity_type"] != "IBAN_CODE"} == {None}
