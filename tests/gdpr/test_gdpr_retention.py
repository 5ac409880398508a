"""Retention: personal data in finished tickets the helpdesk last changed before the cut-off."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pii_scanner.errors import ConfigError
from pii_scanner.gdpr.retention import approve_expired, retention_report
from tests.store.storerows import finding, obj

NOW = datetime(2026, 6, 1, tzinfo=UTC)


@pytest.fixture
def filled(store, source_id):
    run = store.begin_run(source_id, "full")

    def ticket(tid, status, updated, org=None):
        return obj("tickets", tid, updated_at=updated, organization_id=org,
                   meta={"status": status})

    store.commit_batch(run, source_id, "tickets", [
        ticket("1", "closed", "2023-01-10T08:00:00Z", org="77"),   # expired
        ticket("2", "solved", "2025-05-31T10:00:00Z"),             # expired (just)
        ticket("3", "open", "2020-01-01T00:00:00Z"),               # old but not finished
        ticket("4", "closed", "2025-06-02T00:00:00Z"),             # inside the period
        ticket("5", "closed", None),                               # no date: not judged
        obj("comments", "10", ticket_id="1"), obj("comments", "40", ticket_id="4"),
        obj("users", "9"),
    ], [
        finding("tickets", "1", "NO_FODSELSNUMMER", "01019012345", field="subject"),
        finding("comments", "10", "EMAIL_ADDRESS", "kari@example.no"),
        finding("comments", "10", "PHONE_NUMBER", "91234567", start=30),
        finding("tickets", "2", "PERSON", "Ola Nordmann", field="description"),
        finding("tickets", "3", "PERSON", "Per Hansen", field="description"),
        finding("comments", "40", "EMAIL_ADDRESS", "per@example.no"),
        finding("tickets", "5", "PERSON", "Siri Berg", field="description"),
        finding("users", "9", "EMAIL_ADDRESS", "siri@example.no", field="email"),
    ], [], None)


def _where(report):
    return sorted((f.kind, f.object_id, f.entity_type) for f in report.findings)


def test_finished_tickets_older_than_the_period_and_their_comments(store, filled):
    report = retention_report(store, older_than_days=365, now=NOW)
    assert _where(report) == [("comments", "10", "EMAIL_ADDRESS"),
                              ("comments", "10", "PHONE_NUMBER"),
                              ("tickets", "1", "NO_FODSELSNUMMER"), ("tickets", "2", "PERSON")]
    data = report.to_json()
    assert data["expired_tickets"] == 2 and data["undated_tickets"] == 1
    assert data["by_year_last_updated"] == {"2023": 3, "2025": 1}
    assert data["by_organization"] == {"77": 3, "(none)": 1}
    assert data["by_type"]["EMAIL_ADDRESS"] == 1


def test_status_choice_and_any_status(store, filled):
    assert _where(retention_report(store, older_than_days=365, now=NOW, statuses=["open"])) == [
        ("tickets", "3", "PERSON")]
    anything = retention_report(store, older_than_days=365, now=NOW, statuses=None)
    assert ("tickets", "3", "PERSON") in _where(anything) and len(anything.findings) == 5
    # a shorter period takes ticket 4 too
    assert ("comments", "40", "EMAIL_ADDRESS") in _where(
        retention_report(store, older_than_days=1, now=NOW))


def test_period_must_be_positive(store, filled):
    with pytest.raises(ConfigError):
        retention_report(store, older_than_days=0, now=NOW)


def test_approve_leaves_a_reviewers_dismissal_alone(store, filled):
    report = retention_report(store, older_than_days=365, now=NOW)
    dismissed = next(f.id for f in report.findings if f.entity_type == "PERSON")
    store.decide([dismissed], "dismissed", actor="agent", reason="kept on purpose")
    assert approve_expired(store, report, actor="officer") == 3
    rows = {r["id"]: r for r in store.decided_findings(finding_ids=[f.id for f in report.findings])}
    assert rows[dismissed]["decision"] == "dismissed"
    assert {r["rule"] for i, r in rows.items() if i != dismissed} == {"retention:2025-06-01"}
    assert approve_expired(store, report, actor="officer") == 0
