"""A real sandbox helpdesk over localhost HTTP and a helper to run the real CLI against it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from pii_scanner_zendesk.sandbox import FaultConfig, SandboxConfig, SandboxServer

CLI = str(Path(sys.executable).parent / "pii-scanner")
SECRET = "e2e-secret-key-" + "x" * 32


def scan_env(sandbox, data_dir: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PII_SCANNER_")}
    env.update(
        PII_SCANNER_ZENDESK_URL=sandbox.base_url, PII_SCANNER_ZENDESK_EMAIL=sandbox.email,
        PII_SCANNER_ZENDESK_TOKEN=sandbox.token, PII_SCANNER_DATA_DIR=str(data_dir),
        PII_SCANNER_SECRET_KEY=SECRET,
        PII_SCANNER_ZENDESK_REQUESTS_PER_MINUTE="100000",
        PII_SCANNER_ZENDESK_INCREMENTAL_REQUESTS_PER_MINUTE="100000",
        PII_SCANNER_ZENDESK_ATTACHMENT_HOSTS=urlsplit(sandbox.content_base_url).netloc,
        PII_SCANNER_ZENDESK_TIMEOUT_S="10",
    )
    env.update({k: str(v) for k, v in extra.items()})
    return env


def cli(env: dict, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, *args], env=env, capture_output=True, text=True, timeout=timeout,
                          cwd=env["PII_SCANNER_DATA_DIR"])


def status(env: dict) -> dict:
    res = cli(env, "status", "--json")
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


def findings(env: dict) -> list[dict]:
    res = cli(env, "findings", "--format", "json")
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


def finding_keys(rows: list[dict]) -> set[tuple]:
    return {(r["entity_type"], r["kind"], r["object_id"], r["field"], r["start"], r["end"],
             r["fingerprint"]) for r in rows}


@pytest.fixture(scope="module")
def sandbox():
    with SandboxServer(SandboxConfig(tickets=120, seed=11)) as sb:
        yield sb


@pytest.fixture
def data_dir(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def make_sandbox():
    started = []

    def make(**kwargs):
        faults = kwargs.pop("faults", None)
        cfg = SandboxConfig(faults=faults or FaultConfig(), **kwargs)
        sb = SandboxServer(cfg)
        sb.start()
        started.append(sb)
        return sb

    yield make
    for sb in started:
        sb.stop()


def export_ticket_statuses(sandbox) -> dict[str, str]:
    """Ticket id → status, read straight from the sandbox's cursor export (the test's oracle)."""
    import requests

    auth = (f"{sandbox.email}/token", sandbox.token)
    url = f"{sandbox.base_url}/api/v2/incremental/tickets/cursor.json?start_time=0"
    out: dict[str, str] = {}
    while url:
        data = requests.get(url, auth=auth, timeout=10).json()
        out.update({str(t["id"]): t["status"] for t in data["tickets"]})
        url = None if data["end_of_stream"] else data["after_url"]
    return out
