"""A data subject's request: lookup by any spelling of their identifiers, erasure approval."""

from __future__ import annotations

import json

import pytest

from pii_scanner.errors import ConfigError
from pii_scanner.gdpr.subject import MAX_VALUES, erase_subject, find_subject
from tests.store.storerows import FP, finding, obj

FNR = "01019012345"
EMAIL = "kari.nordmann@example.no"
PHONE = "91234567"


@pytest.fixture
def filled(store, source_id):
    run = store.begin_run(source_id, "full")
    store.commit_batch(run, source_id, "tickets", [
        obj("tickets", "1", organization_id="77"), obj("tickets", "2"), obj("tickets", "3"),
        obj("comments", "10", ticket_id="1"), obj("comments", "20", ticket_id="2"),
        obj("comments", "30", ticket_id="3"), obj("users", "5", organization_id="77"),
    ], [
        finding("tickets", "1", "NO_FODSELSNUMMER", "010190 12345", field="subject"),
        finding("comments", "10", "EMAIL_ADDRESS", "Kari.Nordmann (at) example.no"),
        finding("comments", "10", "PHONE_NUMBER", "+47 912 34 567", start=40),
        finding("comments", "20", "PERSON", "Kari Nordmann"),       # the name alone
        finding("comments", "20", "NO_FODSELSNUMMER", "31129956715", start=30),  # someone else
        finding("comments", "30", "PHONE_NUMBER", "22 33 44 55"),    # someone else
        finding("users", "5", "EMAIL_ADDRESS", EMAIL, field="email"),
        finding("users", "5", "PERSON", "Kari Nordmann", field="name"),
    ], [], None)
    return run


def _places(report):
    return {(p["kind"], p["id"]): p for p in report.places()}


def test_every_spelling_of_each_identifier_is_found(store, filled):
    report = find_subject(store, FP, [FNR, "KARI.NORDMANN@EXAMPLE.NO", "912 34 567",
                                      "Kari Nordmann"], actor="t")
    assert report.value_hits == (1, 2, 1, 2)
    places = _places(report)
    assert set(places) == {("ticket", "1"), ("ticket", "2"), ("user", "5")}
    assert places[("ticket", "1")]["types"] == {"EMAIL_ADDRESS": 1, "NO_FODSELSNUMMER": 1,
                                                "PHONE_NUMBER": 1}
    assert places[("ticket", "1")]["objects"] == {"comments": 2, "tickets": 1}
    assert places[("ticket", "1")]["organization_id"] == "77"
    # someone else's number in ticket 2 and 3 is not the subject's
    assert all(f["fingerprint"] != FP.fingerprint("NO_FODSELSNUMMER", "31129956715")
               for f in report.findings)


def test_a_place_matched_only_by_the_name_is_marked_for_confirmation(store, filled):
    report = find_subject(store, FP, [FNR, EMAIL, "Kari Nordmann"], actor="t")
    places = _places(report)
    assert places[("ticket", "2")]["confirm"] is True
    assert places[("user", "5")]["confirm"] is False  # the e-mail is there too
    assert places[("ticket", "1")]["confirm"] is False
    assert report.to_json()["to_confirm"] == 1


def test_lookup_is_audited_without_the_values(store, filled):
    report = find_subject(store, FP, [FNR, EMAIL], actor="officer", reference="REQ-7")
    rows = [r for r in store.audit_log() if r["action"] == "gdpr-lookup"]
    assert len(rows) == 1 and rows[0]["actor"] == "officer"
    assert rows[0]["detail"] == {"reference": "REQ-7", "values": 2,
                                 "findings": len(report.findings), "tickets": 1,
                                 "requested_tickets": 0}
    text = json.dumps(rows, default=str) + json.dumps(report.to_json(), default=str)
    for raw in (FNR, "010190", "12345", "kari.nordmann", "91234567"):
        assert raw not in text.lower()


def test_no_values_or_too_many_are_refused(store, filled):
    with pytest.raises(ConfigError):
        find_subject(store, FP, ["", "  "], actor="t")
    with pytest.raises(ConfigError):
        find_subject(store, FP, [f"value {i}" for i in range(MAX_VALUES + 1)], actor="t")


def test_erase_approves_the_subjects_findings_but_not_a_name_only_place(store, filled):
    report = find_subject(store, FP, [FNR, EMAIL, PHONE, "Kari Nordmann"], actor="t")
    n = erase_subject(store, report, actor="officer", reference="REQ-7")
    rows = {(r["kind"], r["object_id"], r["entity_type"]): r
            for r in store.decided_findings(states=("open",))}
    approved = {k for k, r in rows.items() if r["decision"] == "approved"}
    assert approved == {("tickets", "1", "NO_FODSELSNUMMER"), ("comments", "10", "EMAIL_ADDRESS"),
                        ("comments", "10", "PHONE_NUMBER"), ("users", "5", "EMAIL_ADDRESS"),
                        ("users", "5", "PERSON")}
    assert n == len(approved)
    assert {rows[k]["rule"] for k in approved} == {"gdpr-erasure:REQ-7"}
    # a second run changes nothing; --include-shared takes the name-only place too
    again = find_subject(store, FP, [FNR, EMAIL, PHONE, "Kari Nordmann"], actor="t")
    assert erase_subject(store, again, actor="officer", reference="REQ-7") == 0
    assert erase_subject(store, again, actor="officer", include_shared=True) == 1


def test_history_includes_findings_gone_from_a_changed_object(store, source_id, filled, clock):
    clock.advance(days=1)
    store.commit_batch(filled, source_id, "tickets",
                       [obj("tickets", "1", body="changed", organization_id="77")], [], [], None)
    now = find_subject(store, FP, [FNR], actor="t")
    then = find_subject(store, FP, [FNR], actor="t", include_history=True)
    assert now.findings == ()
    assert [f["state"] for f in then.findings] == ["gone"]
    assert then.places()[0]["states"] == {"gone": 1}


def test_tickets_the_subjects_account_requested_are_listed(store, source_id):
    run = store.begin_run(source_id, "full")
    store.commit_batch(run, source_id, "tickets", [
        obj("tickets", "1", meta={"requester_id": "5"}), obj("tickets", "2", meta={"requester_id": "5"}),
        obj("tickets", "3", meta={"requester_id": "6"}), obj("tickets", "4", meta={"requester_id": "6"}),
        obj("comments", "10", ticket_id="1"), obj("users", "5"), obj("users", "6"),
    ], [
        finding("comments", "10", "PHONE_NUMBER", PHONE),
        finding("users", "5", "EMAIL_ADDRESS", EMAIL, field="email"),
        finding("users", "6", "PERSON", "Kari Nordmann", field="name"),  # a namesake
    ], [], None)
    report = find_subject(store, FP, [EMAIL, "Kari Nordmann"], actor="t")
    assert report.requested == {"1", "2"}
    places = _places(report)
    # tickets 1 and 2 hold no finding of these identifiers: listed as requested only
    for ticket in ("1", "2"):
        place = places[("ticket", ticket)]
        assert (place["findings"], place["requester"], place["values"]) == (0, True, [])
    assert ("ticket", "3") not in places and ("ticket", "4") not in places
    assert report.to_json()["requested_tickets"] == 2
    # found by the phone in its comment as well: one place, marked both ways
    both = _places(find_subject(store, FP, [EMAIL, PHONE], actor="t"))[("ticket", "1")]
    assert both["findings"] == 1 and both["requester"] is True and both["values"] == [2]


def test_tickets_scanned_before_requesters_were_kept_are_counted(store, filled, source_id):
    # the subject's profile (user 5) is matched, but tickets 1-3 were stored without a requester
    report = find_subject(store, FP, [EMAIL], actor="t")
    assert report.requested == frozenset() and report.requester_unknown == 3
    assert report.to_json()["tickets_without_requester"] == 3
    # once a rescan records the requester, the ticket is listed and no longer counted
    store.commit_batch(filled, source_id, "tickets",
                       [obj("tickets", "2", meta={"requester_id": "5"})], [], [], None)
    again = find_subject(store, FP, [EMAIL], actor="t")
    assert again.requested == {"2"} and again.requester_unknown == 2
    # no profile matched: nothing to say about requesters
    assert find_subject(store, FP, [FNR], actor="t").requester_unknown == 0


def test_the_table_tells_the_officer_to_rescan_for_unknown_requesters(store, filled):
    from rich.console import Console

    from pii_scanner.gdpr.render import subject_table

    console = Console(record=True, width=200)
    subject_table(console, find_subject(store, FP, [EMAIL], actor="t").to_json(), items=False)
    assert "3 tickets were scanned before their requester was kept" in console.export_text()
    console = Console(record=True, width=200)
    subject_table(console, find_subject(store, FP, [FNR], actor="t").to_json(), items=False)
    assert "requester was kept" not in console.export_text()
