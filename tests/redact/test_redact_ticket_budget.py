"""The per-ticket update limit spans runs: updates audited in the trailing 10 minutes count."""

from __future__ import annotations

from pii_scanner.redact import workflow
from pii_scanner.redact.policy import RedactPolicy
from pii_scanner.redact.ticket_budget import recent_ticket_writes

POLICY = RedactPolicy(max_updates_per_ticket=3)


def _fnr(n: int) -> str:
    return f"0101901{n:04d}"


def _comments(seed, ticket_id: str, first: int, count: int) -> None:
    for n in range(first, first + count):
        seed.comment(ticket_id, str(1000 + n), f"<p>fnr {_fnr(n)}</p>",
                     [("NO_FODSELSNUMMER", _fnr(n))])


def _apply(store, helpdesk, fp):
    workflow.approve(store, actor="t", entity_types=["NO_FODSELSNUMMER"])
    return workflow.apply(store, helpdesk, fp, actor="t", policy=POLICY)


def test_two_runs_in_quick_succession_stay_within_the_limit(store, seed, helpdesk, fp, clock):
    _comments(seed, "10", 0, 5)
    assert _apply(store, helpdesk, fp).counts() == {"redacted": 3, "deferred": 2}
    clock.advance(minutes=1)
    calls = len(helpdesk.calls)
    second = _apply(store, helpdesk, fp)
    assert second.counts() == {"deferred": 2}
    assert all("3 updates in the last 10 minutes" in o.reason for o in second.outcomes)
    assert len(helpdesk.calls) == calls  # a spent ticket is not even read
    clock.advance(minutes=8, seconds=59)  # 9:59 after the first run's writes: still inside
    assert _apply(store, helpdesk, fp).counts() == {"deferred": 2}
    clock.advance(seconds=2)
    assert _apply(store, helpdesk, fp).counts() == {"redacted": 2}
    assert len(helpdesk.writes()) == 5


def test_a_partly_used_window_leaves_the_rest(store, seed, helpdesk, fp, clock):
    _comments(seed, "10", 0, 2)
    _comments(seed, "11", 10, 1)
    assert _apply(store, helpdesk, fp).counts() == {"redacted": 3}
    clock.advance(minutes=2)
    _comments(seed, "10", 2, 3)
    _comments(seed, "11", 11, 3)
    report = _apply(store, helpdesk, fp)
    by_ticket = {}
    for row in store.decided_findings(finding_ids=[o.finding_id for o in report.outcomes]):
        by_ticket.setdefault(row["ticket_id"], []).append(row["redaction_status"])
    # ticket 10 had 2 of 3 updates left over from the first run, ticket 11 had 1 of 3
    assert sorted(by_ticket["10"]) == ["pending", "pending", "redacted"]
    assert sorted(by_ticket["11"]) == ["pending", "redacted", "redacted"]


def test_only_writes_count(store, seed, helpdesk, fp, clock):
    _comments(seed, "10", 0, 3)
    helpdesk.comments_by_ticket["10"][0]["html_body"] = "<p>fnr removed by an agent</p>"
    assert _apply(store, helpdesk, fp).counts() == {"redacted": 2, "stale": 1}
    assert recent_ticket_writes(store) == {(seed.source, "10"): 2}
    clock.advance(minutes=10, seconds=1)
    assert recent_ticket_writes(store) == {}


def test_counts_per_source_and_rows_without_a_write_count(store, clock):
    other = store.ensure_source("other", "zendesk", "https://other.example")
    mine = store.ensure_source("mine", "zendesk", "https://mine.example")

    def row(source, object_kind, object_id, result, **detail):
        store.audit(actor="t", action="redact", source_id=source, object_kind=object_kind,
                    object_id=object_id, result=result, detail={"ticket_id": "10", **detail})

    row(mine, "comment", "1", "redacted", ticket_writes=1)
    row(mine, "comment", "1", "redacted", ticket_writes=0)  # second finding of that write
    row(other, "comment", "5", "redacted", ticket_writes=1)
    # rows from before ticket_writes was recorded: one per object, two for an attachment
    row(mine, "comment", "2", "redacted", method="comment")
    row(mine, "attachment", "3", "failed", method="attachment")
    row(mine, "comment", "4", "stale", method="comment")
    store.audit(actor="t", action="approve", source_id=mine, object_kind="comment",
                object_id="9", detail={"ticket_id": "10"})
    assert recent_ticket_writes(store) == {(mine, "10"): 4, (other, "10"): 1}
