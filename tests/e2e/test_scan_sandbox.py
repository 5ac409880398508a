"""The scan spine end to end: real CLI processes, real HTTP against the sandbox, real SQLite."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time

import pytest

from pii_scanner.store.fingerprint import Fingerprinter, load_or_create_key

from .conftest import (CLI, SECRET, cli, export_ticket_statuses, finding_keys, findings, scan_env,
                       status)

pytestmark = pytest.mark.slow

FINDING_FIELDS = {"entity_type", "kind", "object_id", "field", "start", "end", "page", "bbox",
                  "score", "recognizer", "preview", "fingerprint"}


@pytest.fixture(scope="module")
def scanned(sandbox, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("scanned")
    env = scan_env(sandbox, data_dir, PII_SCANNER_LOGGING_LEVEL="debug")
    res = cli(env, "scan")
    return env, res


def test_scan_reads_every_kind_and_reports_status(scanned, sandbox):
    env, res = scanned
    assert res.returncode in (0, 1), res.stderr[-3000:]
    st = status(env)
    last = st["last_run"]
    assert last["state"] in ("done", "done_with_errors")
    assert (res.returncode == 1) == (last["state"] == "done_with_errors")
    for kind in ("tickets", "comments", "attachments", "users", "organizations"):
        assert last["objects"].get(kind, 0) > 0, kind
    live = [t for t, st in export_ticket_statuses(sandbox).items() if st != "deleted"]
    assert len(live) > 100
    assert last["objects"]["tickets"] == len(live)
    for etype in ("NO_FODSELSNUMMER", "EMAIL_ADDRESS", "PHONE_NUMBER"):
        assert last["findings"].get(etype, 0) > 0, etype
    # the spine's budget: at most 10 API requests per 1,000 tickets (downloads excluded),
    # which on a small helpdesk means one page per stream plus the credential check
    assert last["requests"] <= max(10 * 120 / 1000, 6)
    assert st["total"]["objects"]["tickets"] == len(live)
    # item errors come only from the sandbox's planted corrupt/oversized files, never from a
    # library exception we failed to anticipate ("RuntimeError while reading image/jpeg")
    for err in st["recent_errors"]:
        assert err["kind"] == "attachments", err
        assert not re.match(r"^[A-Za-z]+(Error|Exception) while", err["message"]), err


def test_findings_json_contract(scanned):
    env, _ = scanned
    rows = findings(env)
    assert rows
    for row in rows[:200]:
        assert FINDING_FIELDS <= set(row), set(row)
        assert len(row["fingerprint"]) == 64
        assert row["start"] is not None or row["bbox"] is not None


def test_no_planted_value_in_store_logs_or_output(scanned, sandbox):
    env, res = scanned
    data_dir = env["PII_SCANNER_DATA_DIR"]
    blobs = [res.stdout, res.stderr, json.dumps(findings(env), ensure_ascii=False),
             json.dumps(status(env), ensure_ascii=False)]
    for name in os.listdir(data_dir):
        path = os.path.join(data_dir, name)
        if os.path.isfile(path) and name != "secret.key":
            blobs.append(open(path, "rb").read().decode("utf-8", "replace"))
    haystack = "\n".join(blobs)
    assert "DEBUG" in res.stderr or "debug" in env["PII_SCANNER_LOGGING_LEVEL"]
    planted = [p for p in sandbox.manifest() if len(p.value.strip()) >= 6]
    assert len(planted) > 100
    hits = []
    for p in planted:
        variants = {p.value, p.value.strip()}
        digits = "".join(ch for ch in p.value if ch.isdigit())
        if len(digits) >= 8 and p.entity_type != "DATE_OF_BIRTH":
            variants.add(digits)
        hits += [(p.entity_type, p.kind, p.object_id) for v in variants if v and v in haystack]
    assert hits == []


def test_planted_identifiers_are_found_by_fingerprint(scanned, sandbox):
    env, _ = scanned
    fp = Fingerprinter(load_or_create_key(secret=SECRET, key_file=None))
    stored = {(r["entity_type"], r["fingerprint"]) for r in findings(env)}
    for etype in ("NO_FODSELSNUMMER", "EMAIL_ADDRESS"):
        planted = {p.value for p in sandbox.manifest()
                   if p.entity_type == etype and p.kind != "attachment"}
        assert planted, etype
        found = {v for v in planted if (etype, fp.fingerprint(etype, v)) in stored}
        assert len(found) / len(planted) >= 0.95, (etype, len(found), len(planted))


def test_rescan_without_changes_adds_no_rows(scanned):
    env, _ = scanned
    before = finding_keys(findings(env))
    res = cli(env, "scan", "--full")
    assert res.returncode in (0, 1)
    assert finding_keys(findings(env)) == before
    res = cli(env, "scan")
    assert status(env)["last_run"]["objects"].get("tickets", 0) == 0


def test_wrong_token_is_exit_2(sandbox, data_dir):
    env = scan_env(sandbox, data_dir, PII_SCANNER_ZENDESK_TOKEN="wrong")
    res = cli(env, "scan")
    assert res.returncode == 2
    assert "Traceback" not in res.stderr
    assert "wrong" not in res.stderr + res.stdout


def test_second_concurrent_scan_is_refused(sandbox, data_dir):
    from pii_scanner.config import load_settings
    from pii_scanner.pipeline.build import source_name
    from pii_scanner.pipeline.lock import source_lock

    env = scan_env(sandbox, data_dir)
    settings = load_settings(env=env, config_path=None)
    with source_lock(settings.lock_dir, source_name(settings)):
        res = cli(env, "scan")
    assert res.returncode == 4
    assert "another scan" in res.stderr


def test_incremental_scan_fetches_only_changes(sandbox, data_dir):
    import requests

    env = scan_env(sandbox, data_dir)
    assert cli(env, "scan").returncode in (0, 1)
    time.sleep(1.1)  # incremental exports work in whole seconds
    tid = sandbox.manifest()[0].object_id if sandbox.manifest()[0].kind == "ticket" else "1"
    r = requests.put(f"{sandbox.base_url}/api/v2/tickets/{tid}.json",
                     auth=(f"{sandbox.email}/token", sandbox.token),
                     json={"ticket": {"comment": {"body": "Nytt fnr: 13097248022", "public": False}}},
                     timeout=10)
    assert r.status_code == 200, r.text
    res = cli(env, "scan")
    assert res.returncode in (0, 1)
    last = status(env)["last_run"]
    assert last["mode"] == "incremental"
    assert 1 <= last["objects"].get("tickets", 0) <= 2
    assert last["objects"].get("comments", 0) <= 3
    assert last["findings"].get("NO_FODSELSNUMMER", 0) >= 1


def test_sigkill_mid_scan_then_rerun_equals_uninterrupted(make_sandbox, tmp_path):
    from pii_scanner_zendesk.sandbox import FaultConfig

    sb = make_sandbox(tickets=400, seed=5, faults=FaultConfig(slow_ms=40, slow_rate=1.0))
    (tmp_path / "ref").mkdir()
    ref_env = scan_env(sb, tmp_path / "ref", PII_SCANNER_ZENDESK_PAGE_SIZE=25,
                       PII_SCANNER_SCAN_BATCH_SIZE=10)
    assert cli(ref_env, "scan").returncode in (0, 1)
    expected = finding_keys(findings(ref_env))

    (tmp_path / "killed").mkdir()
    env = scan_env(sb, tmp_path / "killed", PII_SCANNER_ZENDESK_PAGE_SIZE=25,
                   PII_SCANNER_SCAN_BATCH_SIZE=10)
    proc = subprocess.Popen([CLI, "scan"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, cwd=env["PII_SCANNER_DATA_DIR"])
    deadline = time.time() + 120
    while time.time() < deadline:
        time.sleep(0.5)
        st = status(env)
        if st["checkpoints"] and (st["last_run"] or {}).get("objects", {}).get("tickets", 0) >= 50:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    partial = status(env)
    assert partial["last_run"]["state"] == "running"  # it never got to say goodbye
    assert partial["total"]["objects"].get("tickets", 0) < 400
    res = cli(env, "scan")
    assert res.returncode in (0, 1)
    assert finding_keys(findings(env)) == expected
    live = [t for t, st in export_ticket_statuses(sb).items() if st != "deleted"]
    assert status(env)["total"]["objects"]["tickets"] == len(live)


def test_ctrl_c_marks_the_run_interrupted_and_exits_130(make_sandbox, tmp_path):
    from pii_scanner_zendesk.sandbox import FaultConfig

    # slow enough that the scan is still running when the signal comes, however fast it gets
    sb = make_sandbox(tickets=1000, seed=6, faults=FaultConfig(slow_ms=150, slow_rate=1.0))
    env = scan_env(sb, tmp_path, PII_SCANNER_ZENDESK_PAGE_SIZE=20, PII_SCANNER_SCAN_BATCH_SIZE=10)
    # an interactive scan: Ctrl-C not ignored, even if this test runner was started in the
    # background (where SIGINT is ignored and the child would inherit that)
    proc = subprocess.Popen([CLI, "scan"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=env["PII_SCANNER_DATA_DIR"],
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 120
    while time.time() < deadline:
        time.sleep(0.5)
        st = status(env)
        if (st["last_run"] or {}).get("objects", {}).get("tickets", 0) >= 20:
            break
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err[-3000:]  # (its stderr says why, should it ever fail)
    assert "Traceback" not in err and "resumes" in err
    assert status(env)["last_run"]["state"] == "interrupted"


def test_process_executor_finds_exactly_what_inline_finds(make_sandbox, tmp_path):
    sb = make_sandbox(tickets=50, seed=13)
    found = {}
    for kind in ("inline", "process:2"):
        (tmp_path / kind).mkdir()
        env = scan_env(sb, tmp_path / kind, PII_SCANNER_SCAN_EXECUTOR=kind)
        assert cli(env, "scan").returncode in (0, 1)
        found[kind] = finding_keys(findings(env))
    assert found["inline"] and found["inline"] == found["process:2"]
    assert any(k[1] == "attachments" for k in found["inline"])
