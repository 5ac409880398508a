"""Redaction end to end: real CLI, real HTTP against the sandbox, real SQLite.

scan → plan → approve → apply → rescan: zero approved findings left, complete audit log,
idempotent reruns, and comment HTML outside the redacted spans byte-identical.
"""

from __future__ import annotations

import json

import pytest

from .conftest import cli, findings, scan_env

pytestmark = pytest.mark.slow
BLACK = "\u2587"


def _json(env, *args):
    res = cli(env, *args)
    assert res.returncode in (0, 1), res.stderr[-3000:]
    assert res.stdout.startswith(("{", "[")), (res.stdout[:2000], res.stderr[-2000:])
    return res, json.loads(res.stdout)


@pytest.fixture(scope="module")
def scanned(sandbox, tmp_path_factory):
    env = scan_env(sandbox, tmp_path_factory.mktemp("redact"))
    res = cli(env, "scan")
    assert res.returncode in (0, 1), res.stderr[-3000:]
    return env


def _comments(sandbox, ticket_id: str) -> dict[str, str]:
    return {str(c["id"]): c["html_body"] for c in sandbox.state.comments_json(int(ticket_id))}


def test_plan_approve_apply_rescan(scanned, sandbox):
    env = scanned
    _, plan = _json(env, "redact", "plan", "--json")
    assert plan["summary"]["findings"] > 0
    assert plan["summary"]["by_decision"] == {"undecided": plan["summary"]["findings"]}

    # nothing approved: apply writes nothing
    mutations = sandbox.stats()["counts"]["mutations"]
    res, out = _json(env, "redact", "apply", "--yes", "--json")
    assert out["writes"] == 0 and sandbox.stats()["counts"]["mutations"] == mutations

    res = cli(env, "redact", "approve", "--type", "NO_FODSELSNUMMER", "--min-score", "0.5")
    assert res.returncode == 0, res.stderr
    _, approved = _json(env, "redact", "plan", "--json", "--approved")
    ids = {i["finding_id"] for i in approved["items"]}
    assert ids and all(i["entity_type"] == "NO_FODSELSNUMMER" for i in approved["items"])
    assert all(i["score"] >= 0.5 for i in approved["items"])

    # without --yes: only the plan, nothing written
    res = cli(env, "redact", "apply")
    assert res.returncode == 0 and sandbox.stats()["counts"]["mutations"] == mutations

    comment_items = [i for i in approved["items"] if i["method"] == "comment"]
    before = {t: _comments(sandbox, t) for t in {i["ticket_id"] for i in comment_items}}

    res, out = _json(env, "redact", "apply", "--yes", "--json")
    counts = out["counts"]
    assert counts.get("redacted", 0) > 0, out
    assert counts.get("failed", 0) == 0 and counts.get("deferred", 0) == 0, out
    assert out["remaining_approved_open"] == 0
    assert out["writes"] > 0 and out["requests_per_redaction"] is not None
    _, log = _json(env, "redact", "log", "--json")
    written = [r for r in log if r["action"] == "redact" and r["result"] == "redacted"]
    # one comment_redactions call per comment, never per span
    assert sandbox.stats()["by_endpoint"].get("comment_redaction", 0) == len(
        {r["object_id"] for r in written if r["object_kind"] == "comment"})
    # description findings are written through the first comment: leave those out below
    description_ids = {i["finding_id"] for i in approved["items"] if i["method"] == "description"}
    via_description = {r["object_id"] for r in written if r["finding_id"] in description_ids}

    open_ids = {r["id"] for r in findings(env)}
    redacted = {o["finding_id"] for o in out["outcomes"] if o["result"] == "redacted"}
    assert not (redacted & open_ids), "a redacted finding is still found by the rescan"

    # surrounding text is byte-identical: the redacted spans became ▇, nothing else changed
    checked = 0
    for ticket_id, html_before in before.items():
        after = _comments(sandbox, ticket_id)
        for cid, old in html_before.items():
            spans = [(i["start"], i["end"]) for i in comment_items
                     if i["object_id"] == cid and i["finding_id"] in redacted]
            if cid in via_description:
                continue
            if not spans or any("&" in old[s:e] or "<" in old[s:e] for s, e in spans):
                assert spans or after[cid] == old
                continue
            expected = list(old)
            for s, e in spans:
                expected[s:e] = BLACK * (e - s)
            assert after[cid] == "".join(expected)
            checked += 1
    assert checked > 0

    # audit: one redact row per redacted finding, approvals recorded, no raw values
    _, log = _json(env, "redact", "log", "--json")
    redact_rows = {r["finding_id"]: r for r in log if r["action"] == "redact"
                   and r["result"] == "redacted"}
    assert set(redact_rows) == redacted
    assert {r["finding_id"] for r in log if r["action"] == "approve"} == ids
    for row in redact_rows.values():
        assert row["actor"].startswith("cli:") and row["operator"] and row["response_id"]
        assert row["detail"]["rule"].startswith("cli:type=NO_FODSELSNUMMER")
    values = [p.value for p in sandbox.manifest() if p.entity_type == "NO_FODSELSNUMMER"]
    dump = json.dumps(log, ensure_ascii=False) + res.stdout + res.stderr
    assert not [v for v in values if v in dump]

    # idempotent: a rerun writes nothing
    mutations = sandbox.stats()["counts"]["mutations"]
    _, again = _json(env, "redact", "apply", "--yes", "--json")
    assert again["writes"] == 0 and sandbox.stats()["counts"]["mutations"] == mutations


def test_stale_finding_is_skipped_not_written(scanned, sandbox):
    env = scanned
    rows = [r for r in findings(env) if r["kind"] == "comments" and r["field"] == "html_body"
            and r["entity_type"] in ("EMAIL_ADDRESS", "PHONE_NUMBER")]
    assert rows
    target = rows[0]
    # someone edits the comment after the scan: the value at the span is gone
    sandbox.state.redact_text(int(target["ticket_id"]), int(target["object_id"]),
                              _span_text(sandbox, target))
    res = cli(env, "redact", "approve", "--finding", str(target["id"]))
    assert res.returncode == 0, res.stderr
    mutations = sandbox.stats()["counts"]["mutations"]
    res, out = _json(env, "redact", "apply", "--yes", "--json", "--finding", str(target["id"]))
    assert out["counts"] == {"stale": 1}
    assert sandbox.stats()["counts"]["mutations"] == mutations
    _, log = _json(env, "redact", "log", "--json", "--finding", str(target["id"]))
    assert [r["result"] for r in log if r["action"] == "redact"] == ["stale"]


def _span_text(sandbox, row) -> str:
    html = _comments(sandbox, row["ticket_id"])[row["object_id"]]
    return html[row["start"]:row["end"]]
