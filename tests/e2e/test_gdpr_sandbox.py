"""GDPR requests end to end: real CLI, real HTTP against the sandbox, real SQLite.

scan → ``gdpr subject`` (the identifier typed in another spelling, on stdin) finds every place
the scan stored it → ``gdpr erase --yes`` → ``redact apply --yes`` → the helpdesk no longer
holds it and a new lookup finds nothing open; the values never reach output or audit log.
"""

from __future__ import annotations

import json
import subprocess
from collections import defaultdict

import pytest

from pii_scanner.store.fingerprint import Fingerprinter, load_or_create_key
from pii_scanner_zendesk.sandbox import SandboxConfig, SandboxServer

from .conftest import CLI, SECRET, cli, findings, scan_env

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    with SandboxServer(SandboxConfig(tickets=50, seed=5)) as sb:
        env = scan_env(sb, tmp_path_factory.mktemp("gdpr"))
        res = cli(env, "scan")
        assert res.returncode in (0, 1), res.stderr[-3000:]
        yield sb, env


def _gdpr(env, *args, stdin: str | None = None):
    res = subprocess.run([CLI, "gdpr", *args], env=env, input=stdin, capture_output=True,
                         text=True, timeout=600, cwd=env["PII_SCANNER_DATA_DIR"])
    return res


def _subject_value(sandbox) -> tuple[str, set[tuple[str, str]]]:
    """A fødselsnummer planted in two or more places, all in ticket fields or comments."""
    places = defaultdict(set)
    for p in sandbox.manifest():
        if p.entity_type == "NO_FODSELSNUMMER" and p.live:
            places[p.value].add((p.kind, p.object_id))
    candidates = sorted((v for v, where in places.items() if len(where) >= 2
                         and {k for k, _ in where} <= {"ticket", "comment"}),
                        key=lambda v: (-len(places[v]), v))
    assert candidates
    return candidates[0], places[candidates[0]]


def _held(sandbox, kind: str, oid: str) -> str:
    """What the helpdesk serves for a ticket's fields or a comment's body now."""
    if kind == "comment":
        tid = sandbox.state.comment_ticket(int(oid))
        return sandbox.state.find_comment(tid, int(oid))["html_body"]
    return json.dumps(sandbox.state.ticket_json(int(oid)), ensure_ascii=False)


def test_subject_lookup_erase_and_apply(scanned):
    sandbox, env = scanned
    value, planted = _subject_value(sandbox)
    digits = "".join(c for c in value if c.isdigit())
    typed = f"{digits[:6]} {digits[6:]}"  # how the officer writes it, not how tickets did
    fp = Fingerprinter(load_or_create_key(secret=SECRET, key_file=None))
    stored = {(r["kind"], r["object_id"]) for r in findings(env)
              if r["fingerprint"] == fp.fingerprint("NO_FODSELSNUMMER", value)}
    assert {("tickets" if k == "ticket" else "comments", o) for k, o in planted} <= stored

    res = _gdpr(env, "subject", "--values-file", "-", "--json", "--items", "--reference", "R-1",
                stdin=f"{typed}\nnobody@nowhere.invalid\n")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert {(i["kind"], i["object_id"]) for i in out["items"]} == stored
    assert [v["findings"] for v in out["values"]] == [len(stored), 0]
    assert digits not in res.stdout + res.stderr and typed not in res.stdout + res.stderr

    res = _gdpr(env, "erase", "--values-file", "-", "--reference", "R-1", stdin=typed)
    assert res.returncode == 0 and "dry run" in res.stderr  # without --yes: nothing approved
    res = _gdpr(env, "erase", "--values-file", "-", "--reference", "R-1", "--yes", "--json",
                stdin=typed)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["approved"] == len(stored)

    assert all(value in _held(sandbox, kind, oid) for kind, oid in planted)
    res = cli(env, "redact", "apply", "--yes", "--json")
    assert res.returncode == 0, res.stderr[-3000:]
    assert not any(value in _held(sandbox, kind, oid) for kind, oid in planted)

    res = _gdpr(env, "subject", "--values-file", "-", "--json", stdin=typed)
    assert json.loads(res.stdout)["findings"] == 0
    res = _gdpr(env, "subject", "--values-file", "-", "--json", "--history", "--items", stdin=typed)
    statuses = {i["status"] for i in json.loads(res.stdout)["items"]}
    assert statuses and statuses <= {"redacted", "gone"}

    log = json.loads(cli(env, "redact", "log", "--json").stdout)
    lookups = [e for e in log if e["action"] == "gdpr-lookup"]
    assert len([e for e in lookups if e["detail"]["reference"] == "R-1"]) == 3  # subject, 2 erase
    assert digits not in json.dumps(log)


def test_breach_and_retention_answer_on_the_scanned_store(scanned):
    sandbox, env = scanned
    res = _gdpr(env, "breach", "--json")
    assert res.returncode == 2 and "scope" in res.stderr
    res = _gdpr(env, "breach", "--all", "--json")
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["findings"] == len(findings(env)) and data["people_estimate"]["at_least"] > 0
    res = _gdpr(env, "retention", "--older-than", "30", "--any-status", "--json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["expired_tickets"] > 0


def _busiest_account(sandbox, tickets: int) -> tuple[str, str, set[str]]:
    """(user id, an e-mail of the user, the live tickets they requested) for the user with an
    e-mail on their profile who requested the most of the sandbox's first ``tickets`` tickets."""
    mails: dict[str, str] = {}
    for p in sandbox.manifest():
        if p.kind == "user" and p.entity_type == "EMAIL_ADDRESS" and p.live:
            mails.setdefault(p.object_id, p.value)
    requested: dict[str, set[str]] = defaultdict(set)
    for tid in range(1, tickets + 1):
        ticket = sandbox.state.ticket_json(tid)
        if ticket and ticket.get("status") != "deleted" and ticket.get("requester_id"):
            requested[str(ticket["requester_id"])].add(str(tid))
    uid = max((u for u in mails if requested.get(u)), key=lambda u: (len(requested[u]), u))
    return uid, mails[uid], requested[uid]


def test_an_accounts_requested_tickets_are_listed(scanned):
    sandbox, env = scanned
    uid, mail, requested = _busiest_account(sandbox, 50)
    res = _gdpr(env, "subject", "--values-file", "-", "--json", stdin=mail.upper())
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    listed = {p["id"] for p in out["places"] if p["kind"] == "ticket" and p["requester"]}
    assert listed == requested and out["requested_tickets"] == len(requested)
    assert {("user", uid)} <= {(p["kind"], p["id"]) for p in out["places"]}


def test_the_subjects_copy_keeps_their_values_and_masks_other_peoples(scanned, tmp_path):
    import os
    import stat

    from pii_scanner.config import load_settings
    from pii_scanner.pipeline.build import build_connector
    from pii_scanner.web.live import fetch_ticket, live_value

    sandbox, env = scanned
    rows = findings(env)
    # a subject with an e-mail and a ticket that also holds other people's values
    by_ticket = defaultdict(list)
    for r in rows:
        if r["ticket_id"] and r["kind"] in ("tickets", "comments"):
            by_ticket[r["ticket_id"]].append(r)
    settings = load_settings(env=env, config_path=None)
    connector = build_connector(settings)
    try:
        for tid in sorted(by_ticket, key=int):
            mail = next((r for r in by_ticket[tid] if r["entity_type"] == "EMAIL_ADDRESS"), None)
            others = [r for r in by_ticket[tid] if r["entity_type"] in (
                "PHONE_NUMBER", "NO_FODSELSNUMMER", "NO_BANK_ACCOUNT") and r["kind"] == "comments"]
            if mail and others:
                live = fetch_ticket(connector, tid)
                value = live_value(live, mail)
                other_values = {live_value(live, r) for r in others} - {None}
                if value and other_values:
                    break
        else:
            pytest.fail("no ticket with an e-mail and another person's number")
    finally:
        connector.close()
    out = tmp_path / "copy" / "subject.json"
    res = _gdpr(env, "export", "--values-file", "-", "--out", str(out), "--reference", "R-3",
                "--json", stdin=value)
    assert res.returncode == 0, res.stderr
    summary = json.loads(res.stdout)
    assert summary["tickets"] >= 1 and summary["masked"] >= len(other_values)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    copy = out.read_text(encoding="utf-8")
    data = json.loads(copy)
    assert tid in {str(t["id"]) for t in data["tickets"]} and data["reference"] == "R-3"
    assert value in copy                      # the subject's own data is the point
    for other in other_values:                # other people's are not
        assert other not in copy, other
    assert "[PHONE_NUMBER]" in copy or "[NO_FODSELSNUMMER]" in copy or "[NO_BANK_ACCOUNT]" in copy
    assert value not in res.stdout + res.stderr
    # never overwrites; the audit log names the file, not the data
    again = _gdpr(env, "export", "--values-file", "-", "--out", str(out), stdin=value)
    assert again.returncode == 2 and "exists" in again.stderr
    log = json.loads(cli(env, "redact", "log", "--json").stdout)
    exports = [e for e in log if e["action"] == "gdpr-export"]
    assert exports and exports[-1]["detail"]["file"] == str(out)
    assert value not in json.dumps(log)


def test_a_full_rescan_records_requesters_of_tickets_stored_without_them(tmp_path):
    """Tickets stored before the scanner kept their requester: the lookup says how many, and
    one ``scan --full`` fills them in (every object a scan reads has its meta rewritten)."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from pii_scanner.store import Store
    from pii_scanner.store.tables import StoredObject

    with SandboxServer(SandboxConfig(tickets=20, seed=7)) as sb:
        env = scan_env(sb, tmp_path)
        assert cli(env, "scan").returncode in (0, 1)
        _, mail, requested = _busiest_account(sb, 20)

        store = Store.open(f"sqlite:///{tmp_path}/pii-scanner.db")
        with Session(store.engine) as s, s.begin():  # as an older version stored them
            for row in s.scalars(select(StoredObject).where(StoredObject.kind == "tickets")):
                row.meta = {k: v for k, v in (row.meta or {}).items() if k != "requester_id"}
        store.close()
        before = json.loads(_gdpr(env, "subject", "--values-file", "-", "--json",
                                  stdin=mail).stdout)
        assert before["requested_tickets"] == 0 and before["tickets_without_requester"] > 0

        assert cli(env, "scan", "--full").returncode in (0, 1)
        after = json.loads(_gdpr(env, "subject", "--values-file", "-", "--json",
                                 stdin=mail).stdout)
        assert after["tickets_without_requester"] == 0
        assert {p["id"] for p in after["places"] if p["requester"]} == requested
