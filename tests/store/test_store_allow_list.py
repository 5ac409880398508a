"""The allow-list: Store.allow / allowed_fingerprints / unallow / allow_list (SQLite and PG)."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from pii_scanner.store.allow_tables import AllowEntry

from .storerows import FP, finding, obj

FNR = "01019012345"
EMAIL = "kari@example.no"


@pytest.fixture
def ids(store, source_id):
    run = store.begin_run(source_id, "full")
    store.commit_batch(run, source_id, "tickets",
                       [obj("tickets", "1"), obj("comments", "10", ticket_id="1"),
                        obj("comments", "11", ticket_id="1")],
                       [finding("tickets", "1", "NO_FODSELSNUMMER", FNR, field="subject"),
                        finding("comments", "10", "NO_FODSELSNUMMER", "010190 12345"),
                        finding("comments", "11", "EMAIL_ADDRESS", EMAIL)], [], None)
    return {(f["object_id"], f["entity_type"]): f["id"] for f in store.findings()}


def test_allow_dismisses_every_open_finding_of_the_value_and_audits(store, ids):
    fp = FP.fingerprint("NO_FODSELSNUMMER", FNR)
    result = store.allow("NO_FODSELSNUMMER", fp, reason="our test number", actor="kari",
                         finding_id=ids[("1", "NO_FODSELSNUMMER")])
    assert result.created
    assert sorted(result.dismissed) == sorted([ids[("1", "NO_FODSELSNUMMER")],
                                               ids[("10", "NO_FODSELSNUMMER")]])
    assert store.allowed_fingerprints() == {("NO_FODSELSNUMMER", fp)}
    decided = {r["id"]: r for r in store.decided_findings()}
    assert decided[ids[("11", "EMAIL_ADDRESS")]]["decision"] is None
    assert {decided[i]["decision"] for i in result.dismissed} == {"dismissed"}
    assert {decided[i]["rule"] for i in result.dismissed} == {"allow-list"}
    [entry] = store.allow_list()
    assert entry["preview"] != FNR and entry["preview"]
    assert (entry["reason"], entry["actor"], entry["fingerprint"]) == ("our test number", "kari", fp)
    actions = [a["action"] for a in store.audit_log()]
    assert actions.count("allow") == 1 and actions.count("dismiss") == 2


def test_allow_is_idempotent_and_the_pair_is_unique(store, ids):
    fp = FP.fingerprint("EMAIL_ADDRESS", EMAIL)
    first = store.allow("EMAIL_ADDRESS", fp, reason="ours", actor="a")
    again = store.allow("EMAIL_ADDRESS", fp, reason="still ours", actor="b")
    assert again.entry_id == first.entry_id and not again.created and again.dismissed == ()
    assert len(store.allow_list()) == 1
    # the same fingerprint under another entity type is another entry
    assert store.allow("PERSON", fp, reason="x", actor="a").created
    with store._write() as s, pytest.raises(IntegrityError):
        s.add(AllowEntry(entity_type="EMAIL_ADDRESS", fingerprint=fp, reason="dup", actor="a",
                         created_at=store.clock()))
        s.flush()


def test_allow_leaves_redacted_findings_alone(store, ids):
    fid = ids[("11", "EMAIL_ADDRESS")]
    store.decide([fid], "approved", actor="a")
    store.record_redaction([fid], "redacted", [])
    result = store.allow("EMAIL_ADDRESS", FP.fingerprint("EMAIL_ADDRESS", EMAIL),
                         reason="r", actor="a")
    assert result.dismissed == ()
    [row] = store.decided_findings(finding_ids=[fid])
    assert (row["decision"], row["redaction_status"]) == ("approved", "redacted")


def test_unallow_removes_the_entry_and_audits(store, ids):
    entry = store.allow("EMAIL_ADDRESS", FP.fingerprint("EMAIL_ADDRESS", EMAIL), reason="r",
                        actor="a").entry_id
    assert store.unallow(entry, actor="b")
    assert store.allowed_fingerprints() == set() and store.allow_list() == []
    assert not store.unallow(entry, actor="b")
    [event] = store.audit_log(actions=["unallow"])
    assert event["actor"] == "b" and event["detail"]["allow_id"] == entry


def test_the_allow_list_never_holds_a_raw_value(store, ids):
    store.allow("NO_FODSELSNUMMER", FP.fingerprint("NO_FODSELSNUMMER", FNR), reason="r",
                actor="a", finding_id=ids[("1", "NO_FODSELSNUMMER")])
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT * FROM allow_list").all()
        audit = conn.exec_driver_sql("SELECT detail FROM audit_log").all()
    assert rows and FNR not in repr(rows) and FNR not in repr(audit)
