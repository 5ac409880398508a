"""commit_batch: upserts, finding replacement, deletions, errors, counters, atomicity."""

from __future__ import annotations

import pytest
from .conftest import row_counts
from .storerows import finding, obj

from pii_scanner.store import ErrorRow

FNR = "01019012345"
FNR2 = "15057512345"
MAIL = "kari.nordmann@example.no"


def _batch(store, run_id, source_id, objects, findings=(), errors=(), checkpoint=None, **kw):
    return store.commit_batch(run_id, source_id, "tickets", list(objects), list(findings),
                              list(errors), checkpoint, **kw)


def _ticket_batch(body="v1"):
    objects = [obj("tickets", "1", body, organization_id="77"),
               obj("comments", "11", body, ticket_id="1")]
    findings = [finding("tickets", "1", "NO_FODSELSNUMMER", FNR, field="subject"),
                finding("comments", "11", "EMAIL_ADDRESS", MAIL, start=5),
                finding("comments", "11", "NO_FODSELSNUMMER", FNR, start=40)]
    return objects, findings


def test_recommitting_the_same_batch_adds_no_rows(store, source_id):
    run = store.begin_run(source_id, "full")
    objects, findings = _ticket_batch()
    _batch(store, run, source_id, objects, findings, checkpoint={"cursor": "a"})
    before = row_counts(store)
    ids = [f["id"] for f in store.findings()]
    run2 = store.begin_run(source_id, "incremental")
    delta = _batch(store, run2, source_id, objects, findings, checkpoint={"cursor": "a"})
    after = row_counts(store)
    assert after == {**before, "scan_runs": before["scan_runs"] + 1}
    assert [f["id"] for f in store.findings()] == ids
    assert delta["unchanged"] == 2 and delta["changed"] == 0 and delta["findings"] == {}


def test_unchanged_hash_keeps_old_findings_even_if_new_ones_are_given(store, source_id):
    run = store.begin_run(source_id, "full")
    objects, findings = _ticket_batch()
    _batch(store, run, source_id, objects, findings)
    _batch(store, run, source_id, objects, [])  # same hashes, no findings passed
    assert len(list(store.findings())) == 3


def test_changed_hash_replaces_findings_and_keeps_ids_of_survivors(store, source_id):
    run = store.begin_run(source_id, "full")
    objects, findings = _ticket_batch()
    _batch(store, run, source_id, objects, findings)
    old = {(f["object_id"], f["entity_type"]): f["id"] for f in store.findings()}

    new_objects = [obj("tickets", "1", "v1", organization_id="77"),
                   obj("comments", "11", "v2 edited", ticket_id="1")]
    new_findings = [finding("comments", "11", "EMAIL_ADDRESS", MAIL, start=5),
                    finding("comments", "11", "PHONE_NUMBER", "+47 912 34 567", start=60)]
    delta = _batch(store, run, source_id, new_objects, new_findings)

    current = {(f["object_id"], f["entity_type"]): f for f in store.findings()}
    assert set(current) == {("1", "NO_FODSELSNUMMER"), ("11", "EMAIL_ADDRESS"),
                            ("11", "PHONE_NUMBER")}
    assert current[("11", "EMAIL_ADDRESS")]["id"] == old[("11", "EMAIL_ADDRESS")]
    assert current[("1", "NO_FODSELSNUMMER")]["id"] == old[("1", "NO_FODSELSNUMMER")]
    history = {f["id"]: f["state"] for f in store.findings(include_history=True)}
    assert history[old[("11", "NO_FODSELSNUMMER")]] == "gone"
    assert delta == {"objects": {"tickets": 1, "comments": 1},
                     "findings": {"EMAIL_ADDRESS": 1, "PHONE_NUMBER": 1}, "errors": {},
                     "changed": 1, "unchanged": 1, "deleted": 0}


def test_finding_that_comes_back_reuses_its_row(store, source_id):
    run = store.begin_run(source_id, "full")
    f = finding("comments", "5", "NO_FODSELSNUMMER", FNR)
    _batch(store, run, source_id, [obj("comments", "5", "a")], [f])
    first = next(store.findings())["id"]
    _batch(store, run, source_id, [obj("comments", "5", "b")], [])
    assert list(store.findings()) == []
    _batch(store, run, source_id, [obj("comments", "5", "c")], [f])
    assert [x["id"] for x in store.findings()] == [first]
    assert row_counts(store)["findings"] == 1


def test_duplicate_findings_in_one_batch_are_merged_keeping_the_best_score(store, source_id):
    run = store.begin_run(source_id, "full")
    low = finding("comments", "5", "NO_FODSELSNUMMER", FNR, score=0.4)
    high = finding("comments", "5", "NO_FODSELSNUMMER", FNR, score=0.95)
    _batch(store, run, source_id, [obj("comments", "5")], [low, high])
    assert [f["score"] for f in store.findings()] == [0.95]


def test_deleted_objects_keep_flagged_history_and_can_come_back(store, source_id):
    run = store.begin_run(source_id, "full")
    objects, findings = _ticket_batch()
    _batch(store, run, source_id, objects, findings)
    delta = _batch(store, run, source_id, [], deleted=[("comments", "11"), ("tickets", "404")])
    assert delta["deleted"] == 1
    assert {f["object_id"] for f in store.findings()} == {"1"}
    flagged = [f for f in store.findings(include_history=True) if f["object_id"] == "11"]
    assert {f["state"] for f in flagged} == {"deleted"} and len(flagged) == 2
    assert store.known_hashes(source_id, "comments", ["11"]) == {}
    assert store.status(source_id)["total"]["objects"]["comments"] == 0

    # Undeleted upstream with the same content: its findings are current again.
    _batch(store, run, source_id, [objects[1]], [])
    assert len([f for f in store.findings() if f["object_id"] == "11"]) == 2
    assert store.known_hashes(source_id, "comments", ["11"]) == {"11": objects[1].content_hash}


def test_errors_are_recorded_once_and_resolved_when_the_object_succeeds(store, source_id):
    run = store.begin_run(source_id, "full")
    err = ErrorRow("attachments", "900", "extract", "image too large")
    _batch(store, run, source_id, [], errors=[err])
    _batch(store, run, source_id, [], errors=[err])  # fails again: still one open error
    status = store.status(source_id)
    assert status["total"]["errors"] == {"attachments": 1}
    assert status["last_run"]["errors"] == {"attachments": 2}
    assert status["recent_errors"][0]["message"] == "image too large"

    # Stored together with a new error: stays open.
    _batch(store, run, source_id, [obj("attachments", "900")],
           errors=[ErrorRow("attachments", "900", "detect", "timeout")])
    assert store.status(source_id)["total"]["errors"] == {"attachments": 2}
    _batch(store, run, source_id, [obj("attachments", "900", "fixed")])
    assert store.status(source_id)["total"]["errors"] == {}
    assert store.status(source_id)["recent_errors"] == []


def test_batch_is_atomic(store, source_id):
    run = store.begin_run(source_id, "full")
    objects, findings = _ticket_batch()
    before = row_counts(store)
    with pytest.raises(ValueError):
        _batch(store, run, source_id, objects, findings,
               errors=[ErrorRow("tickets", "2", "no-such-stage", "x")], checkpoint={"c": 1})
    assert row_counts(store) == before
    assert store.get_checkpoint(source_id, "tickets") is None


def test_finding_without_its_object_is_rejected(store, source_id):
    run = store.begin_run(source_id, "full")
    with pytest.raises(ValueError, match="not in the batch"):
        _batch(store, run, source_id, [obj("tickets", "1")],
               [finding("comments", "2", "NO_FODSELSNUMMER", FNR2)])


def test_run_lifecycle_and_request_counts(store, source_id):
    run = store.begin_run(source_id, "incremental")
    store.add_run_requests(run, 3)
    store.add_run_requests(run, 4)
    last = store.status()["last_run"]
    assert (last["state"], last["requests"], last["finished_at"]) == ("running", 7, None)
    store.finish_run(run, "done_with_errors", 12)
    last = store.status()["last_run"]
    assert (last["state"], last["requests"]) == ("done_with_errors", 12)
    assert last["finished_at"] is not None
    with pytest.raises(ValueError):
        store.begin_run(source_id, "sometimes")
    with pytest.raises(ValueError):
        store.finish_run(run, "running", 0)


def test_ensure_source_is_idempotent_and_updates_url(store):
    a = store.ensure_source("acme", "zendesk", "https://a.example")
    b = store.ensure_source("acme", "zendesk", "https://b.example")
    c = store.ensure_source("other", "zendesk", "https://c.example")
    assert a == b != c
    assert row_counts(store)["sources"] == 2


def test_known_hashes_only_for_listed_kind_and_source(store, source_id):
    other = store.ensure_source("other", "zendesk", "https://o.example")
    run = store.begin_run(source_id, "full")
    _batch(store, run, source_id, [obj("tickets", "1", "x"), obj("users", "1", "y")])
    ids = [str(i) for i in range(1200)]  # more than one IN-list chunk
    assert store.known_hashes(source_id, "tickets", ids) == {"1": obj("tickets", "1", "x").content_hash}
    assert store.known_hashes(other, "tickets", ids) == {}


def test_source_errors_are_resolved_by_a_clean_run(store, source_id):
    run = store.begin_run(source_id, "full")
    store.commit_batch(run, source_id, "scan", [], [],
                       [ErrorRow("source", "acme", "fetch", "HTTP 503 after retries")], None)
    store.finish_run(run, "failed", 3)
    assert store.status(source_id)["total"]["errors"] == {"source": 1}
    run = store.begin_run(source_id, "incremental")
    store.finish_run(run, "done_with_errors", 1)
    assert store.status(source_id)["total"]["errors"] == {"source": 1}
    run = store.begin_run(source_id, "incremental")
    store.finish_run(run, "done", 1)
    assert store.status(source_id)["total"]["errors"] == {}
