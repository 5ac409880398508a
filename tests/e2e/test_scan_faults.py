"""Bad input over real HTTP: 429 storms, 5xx, truncated JSON, dropped connections, slowness,
oversized attachments and wrong credentials. Each becomes a retry or a recorded error; the scan
goes on and nothing is lost."""

from __future__ import annotations

import pytest

from pii_scanner_zendesk.sandbox import FaultConfig

from .conftest import cli, finding_keys, findings, scan_env, status

pytestmark = pytest.mark.slow


def test_faulty_server_loses_nothing(make_sandbox, tmp_path):
    clean = make_sandbox(tickets=80, seed=21, faults=FaultConfig(oversized_attachment_bytes=0))
    (tmp_path / "clean").mkdir()
    clean_env = scan_env(clean, tmp_path / "clean", PII_SCANNER_ZENDESK_PAGE_SIZE=40)
    assert cli(clean_env, "scan").returncode in (0, 1)
    expected = finding_keys(findings(clean_env))

    faults = FaultConfig(error_rate=0.05, truncate_rate=0.03, drop_rate=0.02, burst_429=2,
                         slow_ms=20, slow_rate=0.2, oversized_attachment_bytes=0, seed=4)
    noisy = make_sandbox(tickets=80, seed=21, faults=faults)
    (tmp_path / "noisy").mkdir()
    env = scan_env(noisy, tmp_path / "noisy", PII_SCANNER_ZENDESK_PAGE_SIZE=40)
    res = cli(env, "scan")
    assert res.returncode in (0, 1), res.stderr[-2000:]
    sent = noisy.stats()["faults"]
    assert sent["error"] > 0 and sent["burst_429"] > 0
    assert sent["truncate"] + sent["drop"] > 0
    assert finding_keys(findings(env)) == expected
    assert status(env)["last_run"]["state"] in ("done", "done_with_errors")


def test_oversized_attachment_is_recorded_and_scan_goes_on(make_sandbox, tmp_path):
    sb = make_sandbox(tickets=60, seed=8, faults=FaultConfig(oversized_attachment_bytes=3_000_000))
    env = scan_env(sb, tmp_path, PII_SCANNER_SCAN_MAX_ATTACHMENT_BYTES=1_000_000)
    res = cli(env, "scan")
    assert res.returncode == 1  # finished, with recorded item errors
    st = status(env)
    assert st["last_run"]["state"] == "done_with_errors"
    assert st["last_run"]["errors"].get("attachments", 0) >= 1
    assert any("cap" in e["message"] or "large" in e["message"].lower()
               for e in st["recent_errors"])
    assert st["last_run"]["objects"]["tickets"] > 50  # everything else was scanned


def test_unreachable_server_fails_clearly_and_rerun_resumes(make_sandbox, tmp_path):
    sb = make_sandbox(tickets=50, seed=2)
    env = scan_env(sb, tmp_path, PII_SCANNER_ZENDESK_MAX_ATTEMPTS=2, PII_SCANNER_ZENDESK_TIMEOUT_S=2)
    env["PII_SCANNER_ZENDESK_URL"] = "http://127.0.0.1:9"  # nothing listens there
    res = cli(env, "scan")
    assert res.returncode in (2, 3)
    assert "Traceback" not in res.stderr
    env["PII_SCANNER_ZENDESK_URL"] = sb.base_url
    assert cli(env, "scan").returncode in (0, 1)
