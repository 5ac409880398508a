"""findings() filters and find_fingerprint()."""

from __future__ import annotations

from datetime import timedelta

import pytest
from .storerows import FP, finding, obj

FNR = "01019012345"


@pytest.fixture
def filled(store, source_id, clock):
    run = store.begin_run(source_id, "full")
    t0 = clock.now
    store.commit_batch(run, source_id, "tickets",
                       [obj("tickets", "1", organization_id="77"), obj("tickets", "2"),
                        obj("comments", "10", ticket_id="1"), obj("comments", "20", ticket_id="2")],
                       [finding("tickets", "1", "NO_FODSELSNUMMER", FNR, field="subject"),
                        finding("comments", "10", "NO_FODSELSNUMMER", "010190 12345"),
                        finding("comments", "10", "EMAIL_ADDRESS", "kari@example.no", start=20),
                        finding("comments", "20", "PHONE_NUMBER", "91234567")], [], None)
    clock.advance(days=2)
    store.commit_batch(run, source_id, "users",
                       [obj("users", "5", organization_id="77"), obj("users", "6")],
                       [finding("users", "5", "EMAIL_ADDRESS", "KARI (at) example.no",
                                field="email"),
                        finding("users", "6", "PERSON", "Ola Nordmann", field="name")], [], None)
    return t0


def _ids(rows):
    return sorted((f["kind"], f["object_id"], f["entity_type"]) for f in rows)


def test_all_current_findings_have_the_documented_keys(store, filled):
    rows = list(store.findings())
    assert len(rows) == 6
    keys = {"id", "entity_type", "kind", "object_id", "ticket_id", "field", "start", "end",
            "page", "bbox", "score", "recognizer", "explanation", "preview", "fingerprint",
            "detected_at", "organization_id"}
    assert all(keys <= set(r) for r in rows)
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)


def test_filter_by_entity_and_kind(store, filled):
    assert _ids(store.findings(entity_types=["EMAIL_ADDRESS"])) == [
        ("comments", "10", "EMAIL_ADDRESS"), ("users", "5", "EMAIL_ADDRESS")]
    assert _ids(store.findings(kinds=["tickets", "users"], entity_types=["NO_FODSELSNUMMER"])) == [
        ("tickets", "1", "NO_FODSELSNUMMER")]


def test_filter_by_organization_includes_comments_of_the_orgs_tickets(store, filled):
    rows = list(store.findings(organization_id="77"))
    assert _ids(rows) == [("comments", "10", "EMAIL_ADDRESS"),
                          ("comments", "10", "NO_FODSELSNUMMER"),
                          ("tickets", "1", "NO_FODSELSNUMMER"), ("users", "5", "EMAIL_ADDRESS")]
    assert {r["organization_id"] for r in rows} == {"77"}
    assert list(store.findings(organization_id="78")) == []


def test_filter_by_ticket_and_time(store, filled, clock):
    assert _ids(store.findings(ticket_id="1")) == [
        ("comments", "10", "EMAIL_ADDRESS"), ("comments", "10", "NO_FODSELSNUMMER"),
        ("tickets", "1", "NO_FODSELSNUMMER")]
    t0 = filled
    assert len(list(store.findings(since=t0 + timedelta(days=1)))) == 2
    assert len(list(store.findings(until=t0 + timedelta(days=1)))) == 4
    assert len(list(store.findings(since=(t0 + timedelta(days=1)).isoformat(),
                                   until=clock.now + timedelta(seconds=1)))) == 2
    assert len(list(store.findings(limit=3))) == 3


def test_find_fingerprint_finds_every_spelling(store, filled):
    places = store.find_fingerprint(FP.fingerprint("NO_FODSELSNUMMER", "010190-12345"))
    assert sorted((p["kind"], p["object_id"]) for p in places) == [("comments", "10"),
                                                                   ("tickets", "1")]
    emails = store.find_fingerprint(FP.fingerprint("EMAIL_ADDRESS", "kari@EXAMPLE.no"))
    assert sorted(p["object_id"] for p in emails) == ["10", "5"]
    assert store.find_fingerprint(FP.fingerprint("NO_BANK_ACCOUNT", FNR)) == []


def test_findings_carry_box_page_and_explanation(store, source_id):
    run = store.begin_run(source_id, "full")
    row = finding("attachments", "9", "NO_FODSELSNUMMER", FNR, field="content", page=2,
                  bbox=(10, 20, 110, 40), explanation={"checksum": "valid", "context": ["fnr"]})
    store.commit_batch(run, source_id, "tickets", [obj("attachments", "9", ticket_id="3")],
                       [row], [], None)
    (got,) = store.findings(ticket_id="3")
    assert (got["page"], got["bbox"]) == (2, (10, 20, 110, 40))
    assert got["explanation"] == {"checksum": "valid", "context": ["fnr"]}
    assert got["preview"] == "••••••••345" and got["fingerprint"] == row.fingerprint
