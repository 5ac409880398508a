"""Breach impact over a scope of tickets."""

from __future__ import annotations

import pytest

from pii_scanner.errors import ConfigError
from pii_scanner.gdpr.breach import breach_report
from tests.store.storerows import finding, obj


@pytest.fixture
def filled(store, source_id):
    run = store.begin_run(source_id, "full")
    store.commit_batch(run, source_id, "tickets", [
        obj("tickets", "1", organization_id="77"), obj("tickets", "2", organization_id="78"),
        obj("tickets", "3"), obj("comments", "10", ticket_id="1"),
        obj("comments", "20", ticket_id="2"), obj("users", "5"),
    ], [
        finding("tickets", "1", "NO_FODSELSNUMMER", "01019012345", field="subject"),
        finding("comments", "10", "NO_FODSELSNUMMER", "010190 12345"),   # the same person
        finding("comments", "10", "EMAIL_ADDRESS", "kari@example.no", start=30),
        finding("comments", "10", "NO_BANK_ACCOUNT", "12345678903", start=60),
        finding("tickets", "2", "NO_FODSELSNUMMER", "31129956715", field="subject"),
        finding("comments", "20", "EMAIL_ADDRESS", "ola@example.no"),
        finding("comments", "20", "EMAIL_ADDRESS", "per@example.no", start=30),
        finding("comments", "20", "EMAIL_ADDRESS", "siri@example.no", start=60),
        finding("tickets", "3", "PERSON", "Per Hansen", field="description"),
        finding("users", "5", "EMAIL_ADDRESS", "eva@example.no", field="email"),
    ], [], None)


def test_a_list_of_tickets(store, filled):
    data = breach_report(store, ticket_ids=["1", "2", "404"]).to_json()
    assert data["tickets_in_scope"] == 3 and data["tickets_with_personal_data"] == 2
    assert data["profiles_with_personal_data"] == 0
    assert data["organizations"] == ["77", "78"]
    ids = data["by_type"]["NO_FODSELSNUMMER"]
    assert ids == {"findings": 3, "distinct_values": 2, "tickets": 2, "high_risk": True}
    assert data["by_type"]["EMAIL_ADDRESS"]["distinct_values"] == 4
    assert data["high_risk_types"] == ["NO_BANK_ACCOUNT", "NO_FODSELSNUMMER"]
    # four distinct e-mail addresses outnumber two identity numbers
    assert data["people_estimate"] == {"at_least": 4, "method": "distinct e-mail addresses"}


def test_an_organisation_and_the_whole_store(store, filled):
    org = breach_report(store, organization_id="77").to_json()
    assert org["findings"] == 4 and org["tickets_with_personal_data"] == 1
    assert org["people_estimate"] == {"at_least": 1,
                                      "method": "distinct national identity numbers"}
    everything = breach_report(store, everything=True).to_json()
    assert everything["findings"] == 10 and everything["profiles_with_personal_data"] == 1


def test_a_scope_is_required(store, filled):
    with pytest.raises(ConfigError):
        breach_report(store)
    with pytest.raises(ConfigError):
        breach_report(store, ticket_ids=[" ", ""])


def test_ticket_lists_longer_than_one_query_chunk(store, filled):
    ids = [str(i) for i in range(100, 1400)] + ["2"]
    data = breach_report(store, ticket_ids=ids).to_json()
    assert data["tickets_in_scope"] == 1301 and data["findings"] == 4
    assert len(list(store.findings(ticket_ids=["1", "2", *ids], limit=3))) == 3
