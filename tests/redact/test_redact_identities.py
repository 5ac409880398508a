"""Secondary user identities: planned as ``identity``, checked live, deleted, verified, audited."""

from __future__ import annotations

import json

from pii_scanner.errors import ApiError
from pii_scanner.redact import workflow
from pii_scanner.redact.identities import PRIMARY

from .conftest import rate_limited

ALT, PHONE, MAIN = "kari.nordmann77@gmail.example", "+47 912 34 567", "kari@bygdata.example"


def _user(seed, user_id="7"):
    return seed.identities(user_id, [(701, ALT, "EMAIL_ADDRESS", False),
                                     (702, PHONE, "PHONE_NUMBER", False)])


def _identity_ids(helpdesk, user_id="7"):
    return [i["id"] for i in helpdesk.identities_by_user[user_id]]


def test_plan_lists_identity_deletions_one_write_each(store, seed):
    _user(seed)
    plan = workflow.build_plan(store)
    assert {i.method for i in plan.items} == {"identity"}
    assert plan.summary["writes"] == 2 and plan.summary["by_method"] == {"identity": 2}


def test_approved_identities_are_deleted_verified_and_audited(store, seed, helpdesk, fp):
    _user(seed)
    helpdesk.identities_by_user["7"].append({"id": 700, "type": "email", "value": MAIN,
                                             "primary": True, "verified": True})
    workflow.approve(store, actor="kari", entity_types=["EMAIL_ADDRESS", "PHONE_NUMBER"])
    report = workflow.apply(store, helpdesk, fp, actor="ola")
    assert report.counts() == {"redacted": 2}
    assert _identity_ids(helpdesk) == [700]  # the primary identity was not in the approval
    # one read, one DELETE per identity, one verifying read
    assert helpdesk.calls == [("GET", "identities/7"), ("DELETE", "identities/7/701"),
                              ("DELETE", "identities/7/702"), ("GET", "identities/7")]
    assert report.writes == 2 and report.touched == {"user": ("7",)}
    log = store.audit_log(actions=["redact"])
    assert {(r["object_kind"], r["object_id"], r["response_id"], r["operator"], r["result"])
            for r in log} == {("user", "7", "701", "remove", "redacted"),
                              ("user", "7", "702", "remove", "redacted")}
    assert {r["detail"]["method"] for r in log} == {"identity"}
    assert ALT not in json.dumps(log) and "912 34 567" not in json.dumps(log)
    # nothing is written twice
    calls = len(helpdesk.calls)
    assert workflow.apply(store, helpdesk, fp, actor="ola").outcomes == ()
    assert len(helpdesk.calls) == calls


def test_primary_identity_is_unsupported_and_never_deleted(store, seed, helpdesk, fp):
    seed.identities("8", [(801, ALT, "EMAIL_ADDRESS", True)])
    workflow.approve(store, actor="t", entity_types=["EMAIL_ADDRESS"])
    report = workflow.apply(store, helpdesk, fp, actor="t")
    assert [(o.result, o.reason) for o in report.outcomes] == [("unsupported", PRIMARY)]
    assert helpdesk.writes() == [] and _identity_ids(helpdesk, "8") == [801]
    assert {r["redaction_status"] for r in store.decided_findings()} == {"unsupported"}


def test_changed_or_missing_identity_is_stale(store, seed, helpdesk, fp):
    _user(seed)
    helpdesk.identities_by_user["7"][0]["value"] = "someone.else@gmail.example"
    del helpdesk.identities_by_user["7"][1]
    workflow.approve(store, actor="t", entity_types=["EMAIL_ADDRESS", "PHONE_NUMBER"])
    report = workflow.apply(store, helpdesk, fp, actor="t")
    assert sorted(o.reason for o in report.outcomes) == [
        "identity no longer exists", "live identity no longer holds the value"]
    assert report.counts() == {"stale": 2} and helpdesk.writes() == []


def test_gone_user_is_stale(store, seed, helpdesk, fp):
    _user(seed)
    del helpdesk.users["7"]
    workflow.approve(store, actor="t", entity_types=["EMAIL_ADDRESS"])
    assert workflow.apply(store, helpdesk, fp, actor="t").counts() == {"stale": 1}


def test_accepted_but_not_applied_delete_fails_and_is_retried(store, seed, helpdesk, fp):
    _user(seed)
    workflow.approve(store, actor="t", entity_types=["EMAIL_ADDRESS"])
    helpdesk.ignore_writes = True
    report = workflow.apply(store, helpdesk, fp, actor="t")
    assert [(o.result, o.reason) for o in report.outcomes] == [
        ("failed", "the identity is still there after the delete")]
    helpdesk.ignore_writes = False
    assert workflow.apply(store, helpdesk, fp, actor="t").counts() == {"redacted": 1}
    assert _identity_ids(helpdesk) == [702]


def test_error_answer_after_the_delete_went_through_counts_as_redacted(store, seed, helpdesk,
                                                                        fp):
    _user(seed)
    workflow.approve(store, actor="t", entity_types=["EMAIL_ADDRESS"])
    helpdesk.fail_next, helpdesk.apply_anyway = ApiError("502", status=502), True
    report = workflow.apply(store, helpdesk, fp, actor="t")
    assert [(o.result, o.reason) for o in report.outcomes] == [("redacted",
                                                               "ApiError (HTTP 502)")]


def test_refused_delete_fails(store, seed, helpdesk, fp):
    _user(seed)
    workflow.approve(store, actor="t", entity_types=["PHONE_NUMBER"])
    helpdesk.fail_next = ApiError("422", status=422)
    report = workflow.apply(store, helpdesk, fp, actor="t")
    assert [(o.result, o.reason) for o in report.outcomes] == [("failed", "ApiError (HTTP 422)")]
    assert _identity_ids(helpdesk) == [701, 702]


def test_rate_limited_delete_is_deferred(store, seed, helpdesk, fp):
    _user(seed)
    workflow.approve(store, actor="t", entity_types=["EMAIL_ADDRESS"])
    helpdesk.fail_next = rate_limited()
    assert workflow.apply(store, helpdesk, fp, actor="t").counts() == {"deferred": 1}
    assert {r["redaction_status"] for r in store.decided_findings(approved_only=True)} == {
        "pending"}


def test_writeback_without_identity_support_reports_unsupported(store, seed, helpdesk, fp):
    _user(seed)
    workflow.approve(store, actor="t", entity_types=["EMAIL_ADDRESS"])

    class NoIdentities:
        """The write-back protocol without the optional identity calls."""

        def __getattr__(self, name):
            if name in ("identities", "delete_identity"):
                raise AttributeError(name)
            return getattr(helpdesk, name)

    from pii_scanner.redact.apply import Applier
    from pii_scanner.redact.policy import RedactPolicy

    applier = Applier(store, NoIdentities(), fp.fingerprint, fp.key, RedactPolicy(), "t")
    report = applier.run(store.decided_findings(approved_only=True))
    assert [(o.result, o.reason) for o in report.outcomes] == [
        ("unsupported", "identity deletion not available")]
    assert helpdesk.calls == []
