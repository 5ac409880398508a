"""plan → approve → apply against a fake helpdesk with Zendesk's semantics, on a real store."""

from __future__ import annotations

import pytest

from pii_scanner.errors import ApiError, ConfigError
from pii_scanner.redact import workflow
from pii_scanner.redact.policy import RedactPolicy

from .conftest import BLACK, rate_limited

FNR, FNR2, PHONE = "01019012345", "02029054321", "912 34 567"


def _two_values(seed):
    html = f"<p>Hei, fnr <b>{FNR}</b> og tlf {PHONE}.</p><p>Mvh &amp; takk</p>"
    return html, seed.comment("10", "100", html, [("NO_FODSELSNUMMER", FNR),
                                                 ("PHONE_NUMBER", PHONE)])


def test_approve_needs_a_filter(store):
    with pytest.raises(ConfigError):
        workflow.approve(store, actor="t")


def test_nothing_is_written_without_approval(store, seed, helpdesk, fp):
    _two_values(seed)
    plan = workflow.build_plan(store)
    assert plan.summary["findings"] == 2 and plan.summary["writes"] == 1
    report = workflow.apply(store, helpdesk, fp, actor="t")
    assert report.outcomes == () and helpdesk.writes() == []


def test_one_call_per_comment_and_surroundings_byte_identical(store, seed, helpdesk, fp):
    html, rows = _two_values(seed)
    assert workflow.approve(store, actor="kari", entity_types=["NO_FODSELSNUMMER",
                                                              "PHONE_NUMBER"]) == 2
    report = workflow.apply(store, helpdesk, fp, actor="kari")
    assert report.counts() == {"redacted": 2}
    assert helpdesk.writes() == ["comment_redactions"]
    after = helpdesk.comments_by_ticket["10"][0]["html_body"]
    expected = list(html)
    for r in rows:
        expected[r.start:r.end] = BLACK * (r.end - r.start)
    assert after == "".join(expected)
    # 1 read, 1 write, 1 verifying read
    assert report.requests == 3 and report.requests_per_redaction == 1.5


def test_audit_rows_and_idempotent_rerun(store, seed, helpdesk, fp):
    _two_values(seed)
    workflow.approve(store, actor="kari", entity_types=["NO_FODSELSNUMMER"], rule="ticket review")
    workflow.apply(store, helpdesk, fp, actor="ola")
    log = store.audit_log()
    assert [r["action"] for r in log] == ["approve", "redact"]
    redact = log[1]
    assert redact["actor"] == "ola" and redact["result"] == "redacted"
    assert redact["detail"]["approved_by"] == "kari" and redact["detail"]["rule"] == "ticket review"
    assert redact["entity_type"] == "NO_FODSELSNUMMER" and redact["operator"] == "mask"
    assert FNR not in str(log)
    calls = len(helpdesk.calls)
    again = workflow.apply(store, helpdesk, fp, actor="ola")
    assert again.outcomes == () and len(helpdesk.calls) == calls


def test_stale_span_is_skipped(store, seed, helpdesk, fp):
    _two_values(seed)
    helpdesk.comments_by_ticket["10"][0]["html_body"] = f"<p>Hei, fnr <b>{FNR2}</b> og tlf.</p>"
    workflow.approve(store, actor="t", ticket_id="10")
    report = workflow.apply(store, helpdesk, fp, actor="t")
    assert report.counts() == {"stale": 2} and helpdesk.writes() == []
    assert {r["redaction_status"] for r in store.decided_findings()} == {"stale"}


def test_deleted_comment_is_stale(store, seed, helpdesk, fp):
    _two_values(seed)
    helpdesk.comments_by_ticket["10"] = []
    workflow.approve(store, actor="t", ticket_id="10")
    assert workflow.apply(store, helpdesk, fp, actor="t").counts() == {"stale": 2}


def test_accepted_but_not_applied_is_failed_then_retried(store, seed, helpdesk, fp):
    _two_values(seed)
    workflow.approve(store, actor="t", ticket_id="10")
    helpdesk.ignore_writes = True
    assert workflow.apply(store, helpdesk, fp, actor="t").counts() == {"failed": 2}
    helpdesk.ignore_writes = False
    assert workflow.apply(store, helpdesk, fp, actor="t").counts() == {"redacted": 2}


def test_error_after_applying_is_verified_by_rereading(store, seed, helpdesk, fp):
    _two_values(seed)
    workflow.approve(store, actor="t", ticket_id="10")
    helpdesk.fail_next, helpdesk.apply_anyway = ApiError("502", status=502), True
    assert workflow.apply(store, helpdesk, fp, actor="t").counts() == {"redacted": 2}


def test_rejected_write_is_failed(store, seed, helpdesk, fp):
    _two_values(seed)
    workflow.approve(store, actor="t", ticket_id="10")
    helpdesk.fail_next = ApiError("422", status=422)
    report = workflow.apply(store, helpdesk, fp, actor="t")
    assert report.counts() == {"failed": 2}
    assert all("did not apply" in o.reason for o in report.outcomes)


def test_rate_limited_write_is_deferred_and_stays_pending(store, seed, helpdesk, fp):
    _two_values(seed)
    workflow.approve(store, actor="t", ticket_id="10")
    helpdesk.fail_next = rate_limited()
    assert workflow.apply(store, helpdesk, fp, actor="t").counts() == {"deferred": 2}
    assert {r["redaction_status"] for r in store.decided_findings()} == {"pending"}


def test_per_ticket_update_limit_defers_the_rest(store, seed, helpdesk, fp, clock):
    seed.comment("10", "100", f"<p>{FNR}</p>", [("NO_FODSELSNUMMER", FNR)])
    seed.comment("10", "101", f"<p>{FNR2}</p>", [("NO_FODSELSNUMMER", FNR2)])
    workflow.approve(store, actor="t", ticket_id="10")
    policy = RedactPolicy(max_updates_per_ticket=1)
    report = workflow.apply(store, helpdesk, fp, actor="t", policy=policy)
    assert report.counts() == {"redacted": 1, "deferred": 1}
    clock.advance(minutes=10, seconds=1)  # the first run's update is out of Zendesk's window
    assert workflow.apply(store, helpdesk, fp, actor="t", policy=policy).counts() == {"redacted": 1}


def test_partial_operator_blacks_out_all_but_the_tail(store, seed, helpdesk, fp):
    seed.comment("10", "100", f"<p>fnr {FNR}</p>", [("NO_FODSELSNUMMER", FNR)])
    workflow.approve(store, actor="t", ticket_id="10", operator="partial")
    workflow.apply(store, helpdesk, fp, actor="t")
    assert helpdesk.comments_by_ticket["10"][0]["html_body"] == f"<p>fnr {BLACK * 8}345</p>"


def test_token_on_a_comment_falls_back_to_mask_and_says_so(store, seed, helpdesk, fp):
    seed.comment("10", "100", f"<p>fnr {FNR}</p>", [("NO_FODSELSNUMMER", FNR)])
    workflow.approve(store, actor="t", ticket_id="10", operator="token")
    workflow.apply(store, helpdesk, fp, actor="t")
    row = store.audit_log(actions=["redact"])[0]
    assert row["operator"] == "mask" and row["detail"]["requested_operator"] == "token"


def test_legacy_endpoint_only_where_it_cannot_widen(store, seed, helpdesk, fp):
    seed.comment("10", "100", f"<p>fnr {FNR}</p>", [("NO_FODSELSNUMMER", FNR)])
    seed.comment("11", "110", f"<p>{FNR2} and again {FNR2}</p>", [("NO_FODSELSNUMMER", FNR2)])
    workflow.approve(store, actor="t", entity_types=["NO_FODSELSNUMMER"])
    helpdesk.comment_redactions_missing = True
    report = workflow.apply(store, helpdesk, fp, actor="t")
    assert sorted(o.result for o in report.outcomes) == ["failed", "redacted"]
    assert helpdesk.comments_by_ticket["11"][0]["html_body"].count(FNR2) == 2


def test_user_fields_rewritten_with_token_and_verified(store, seed, helpdesk, fp):
    notes = f"Leietaker. Fnr {FNR}, ring {PHONE}."
    seed.user("7", {"name": "Kari Nordmann", "notes": notes, "user_fields": {"kontonr": "x"}},
              [("notes", "NO_FODSELSNUMMER", FNR), ("notes", "PHONE_NUMBER", PHONE),
               ("name", "PERSON", "Kari Nordmann")])
    workflow.approve(store, actor="t", entity_types=["NO_FODSELSNUMMER"], operator="token")
    workflow.approve(store, actor="t", entity_types=["PHONE_NUMBER", "PERSON"])
    report = workflow.apply(store, helpdesk, fp, actor="t")
    assert report.counts() == {"redacted": 2, "unsupported": 1}
    new = helpdesk.users["7"]["notes"]
    assert new.startswith("Leietaker. Fnr [NO_FODSELSNUMMER-") and new.endswith(
        f", ring {BLACK * len(PHONE)}.")
    assert helpdesk.users["7"]["name"] == "Kari Nordmann"
    assert helpdesk.writes() == ["user_update"]


def test_dismissed_findings_are_not_approved_by_auto_rules(store, seed, helpdesk, fp):
    _, rows = _two_values(seed)
    ids = seed.ids()
    assert workflow.dismiss(store, [ids[0]], actor="t", reason="test number") == 1
    policy = RedactPolicy.from_mapping({"auto_approve": [{"type": "NO_FODSELSNUMMER",
                                                          "min_score": 0.9},
                                                         {"type": "PHONE_NUMBER"}]})
    assert workflow.auto_approve(store, policy) == 1
    decisions = {r["id"]: r["decision"] for r in store.decided_findings()}
    assert decisions == {ids[0]: "dismissed", ids[1]: "approved"}


def test_min_score_filter(store, seed):
    _two_values(seed)
    assert workflow.approve(store, actor="t", entity_types=["NO_FODSELSNUMMER"],
                            min_score=0.99) == 0


def test_description_findings_are_redacted_in_the_first_comment(store, seed, helpdesk, fp):
    html = f"<p>Hei</p><p>fnr {FNR} og {FNR2}</p>"
    seed.comment("10", "100", html, [("NO_FODSELSNUMMER", FNR)])
    seed.comment("10", "101", f"<p>igjen {FNR2}</p>", [])
    description = f"Hei\nfnr {FNR} og {FNR2}"
    helpdesk.tickets["10"] = {"id": 10, "description": description}
    from pii_scanner.store import FindingRow, ObjectRow
    from pii_scanner.store.preview import masked_preview

    rows = [FindingRow("tickets", "10", "description", "NO_FODSELSNUMMER", description.index(v),
                       description.index(v) + 11, 0.95, "t", masked_preview("NO_FODSELSNUMMER", v),
                       fp.fingerprint("NO_FODSELSNUMMER", v), ticket_id="10") for v in (FNR, FNR2)]
    store.commit_batch(seed.run, seed.source, "tickets", [ObjectRow("tickets", "10", "h")], rows,
                       [], None)
    # the description's FNR2 has no finding in the comment; FNR has one (approved too)
    workflow.approve(store, actor="t", entity_types=["NO_FODSELSNUMMER"])
    report = workflow.apply(store, helpdesk, fp, actor="t")
    assert report.counts() == {"redacted": 3}
    assert helpdesk.writes() == ["comment_redactions"]
    assert helpdesk.comments_by_ticket["10"][0]["html_body"] == (
        f"<p>Hei</p><p>fnr {BLACK * 11} og {BLACK * 11}</p>")
    assert helpdesk.comments_by_ticket["10"][1]["html_body"] == f"<p>igjen {FNR2}</p>"


class _Piece:
    def __init__(self, text):
        self.text = text


class _Extracted:
    def __init__(self, *texts):
        self.pieces = [_Piece(t) for t in texts]


def _attachment(seed, store, fp, bbox):
    from pii_scanner.store import FindingRow, ObjectRow
    from pii_scanner.store.preview import masked_preview

    seed.comment("10", "100", "<p>se vedlegg</p>", [],
                 attachments=[{"id": 500, "file_name": "scan.png", "size": 10,
                               "content_url": "https://fake.example/a/500"}])
    text = f"Pass: {FNR}"
    row = FindingRow("attachments", "500", "content[1]", "NO_FODSELSNUMMER", 6, 17, 0.99, "t",
                     masked_preview("NO_FODSELSNUMMER", FNR), fp.fingerprint("NO_FODSELSNUMMER", FNR),
                     {"location": "image"}, page=1 if bbox else None, bbox=bbox, ticket_id="10")
    store.commit_batch(seed.run, seed.source, "attachments", [ObjectRow("attachments", "500", "h",
                                                                        ticket_id="10")],
                       [row], [], None)
    return text


@pytest.mark.parametrize("bbox", [(1, 2, 30, 40), None])
def test_attachment_masked_copy_only_when_every_finding_has_a_box(store, seed, helpdesk, fp,
                                                                 monkeypatch, bbox):
    text = _attachment(seed, store, fp, bbox)
    masked = []
    monkeypatch.setattr(workflow, "_masking", lambda: (
        lambda data, name, findings: masked.append(findings) or b"PNG", lambda a, b: "masked.png"))
    workflow.approve(store, actor="t", ticket_id="10")
    report = workflow.apply(store, helpdesk, fp, actor="t",
                            extract_attachment=lambda data, name: _Extracted("header", text))
    assert report.counts() == {"redacted": 1}
    att = helpdesk.comments_by_ticket["10"][0]["attachments"][0]
    assert att["file_name"] == "redacted.txt"
    if bbox:
        assert helpdesk.writes() == ["note", "attachment_redact"]
        assert [f.bbox for f in masked[0]] == [bbox]
    else:
        assert helpdesk.writes() == ["attachment_redact"] and masked == []


def test_attachment_that_changed_is_stale(store, seed, helpdesk, fp):
    _attachment(seed, store, fp, None)
    workflow.approve(store, actor="t", ticket_id="10")
    report = workflow.apply(store, helpdesk, fp, actor="t",
                            extract_attachment=lambda data, name: _Extracted("x", "Pass: none"))
    assert report.counts() == {"stale": 1} and helpdesk.writes() == []


def test_a_legacy_endpoint_error_fails_that_comment_and_the_run_goes_on(store, seed, helpdesk, fp):
    seed.comment("10", "100", f"<p>fnr {FNR}</p>", [("NO_FODSELSNUMMER", FNR)])
    seed.comment("11", "110", f"<p>fnr {FNR2}</p>", [("NO_FODSELSNUMMER", FNR2)])
    workflow.approve(store, actor="t", entity_types=["NO_FODSELSNUMMER"])
    helpdesk.comment_redactions_missing = True
    helpdesk.fail_next = ApiError("server error", status=500)  # the first legacy call
    report = workflow.apply(store, helpdesk, fp, actor="t")
    assert sorted(o.result for o in report.outcomes) == ["failed", "redacted"]
    bodies = [helpdesk.comments_by_ticket[t][0]["html_body"] for t in ("10", "11")]
    assert sum(FNR in b or FNR2 in b for b in bodies) == 1
    helpdesk.fail_next = rate_limited()
    again = workflow.apply(store, helpdesk, fp, actor="t")  # the failed one is retried
    assert [o.result for o in again.outcomes] == ["deferred"]


def test_a_masked_copy_counts_against_the_ticket_limit_when_the_original_then_fails(
        store, seed, helpdesk, fp, monkeypatch):
    from pii_scanner.redact.ticket_budget import recent_ticket_writes

    text = _attachment(seed, store, fp, (1, 2, 30, 40))
    monkeypatch.setattr(workflow, "_masking", lambda: (
        lambda data, name, findings: b"PNG", lambda a, b: "masked.png"))

    def refuse(ticket_id, comment_id, attachment_id):
        helpdesk.calls.append(("PUT", "attachment_redact"))
        raise ApiError("server error", status=500)
    monkeypatch.setattr(helpdesk, "redact_attachment", refuse)
    workflow.approve(store, actor="t", ticket_id="10")
    report = workflow.apply(store, helpdesk, fp, actor="t",
                            extract_attachment=lambda data, name: _Extracted("header", text))
    assert report.counts() == {"failed": 1}
    assert helpdesk.writes() == ["note", "attachment_redact"]
    # the note with the masked copy was a ticket update: the next run's budget knows it
    assert sum(recent_ticket_writes(store).values()) == 1
