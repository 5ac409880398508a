"""Identity deletion end to end: a real users scan over localhost HTTP against the sandbox,
approve the identity findings, apply (with the rescan of touched users), rescan, apply again."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
import requests

from pii_scanner.config import load_settings
from pii_scanner.pipeline.build import open_store, run_scan
from pii_scanner.pipeline.runner import ScanOptions
from pii_scanner.redact import workflow
from pii_scanner.redact.identities import PRIMARY
from pii_scanner.redact.plan import identity_id
from pii_scanner.redact.policy import RedactPolicy
from pii_scanner.redact.run import run_apply
from pii_scanner_zendesk.sandbox import SandboxConfig, SandboxServer

USERS = ScanOptions(streams=("users",))


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    data = tmp_path_factory.mktemp("identities")
    config = data / "pii-scanner.toml"
    config.write_text("[detect]\nuse_ner = false\n")
    with SandboxServer(SandboxConfig(tickets=60, seed=5)) as sb:
        env = {"PII_SCANNER_ZENDESK_URL": sb.base_url, "PII_SCANNER_ZENDESK_EMAIL": sb.email,
               "PII_SCANNER_ZENDESK_TOKEN": sb.token, "PII_SCANNER_DATA_DIR": str(data),
               "PII_SCANNER_SECRET_KEY": "identity-test-key-" + "x" * 32,
               "PII_SCANNER_ZENDESK_ATTACHMENT_HOSTS": urlsplit(sb.content_base_url).netloc,
               "PII_SCANNER_ZENDESK_TIMEOUT_S": "10"}
        settings = load_settings(env=env, config_path=config)
        result = run_scan(settings, USERS)
        assert result.state == "done" and not result.errors, result
        yield sb, settings


def _open(settings) -> list[dict]:
    store = open_store(settings)
    try:
        return store.decided_findings()
    finally:
        store.close()


def _key(row) -> tuple:
    return (row["kind"], row["object_id"], row["field"], row["entity_type"], row["start"],
            row["end"], row["fingerprint"])


def _identities(sb, uid) -> dict[str, dict]:
    r = requests.get(f"{sb.base_url}/api/v2/users/{uid}/identities.json",
                     auth=(f"{sb.email}/token", sb.token), timeout=10)
    r.raise_for_status()
    return {str(i["id"]): i for i in r.json()["identities"]}


def test_scan_approve_apply_rescan(world):
    sb, settings = world
    before = _open(settings)
    on_identities = [r for r in before if r["kind"] == "users" and identity_id(r["field"])]
    users = sorted({r["object_id"] for r in on_identities})
    assert len(users) >= 3, "the sandbox should give several users a secondary identity"
    # someone makes one user's secondary address primary after the scan: it must stay
    primary_user = users[0]
    primary_identity = identity_id(next(r["field"] for r in on_identities
                                        if r["object_id"] == primary_user))
    r = requests.put(f"{sb.base_url}/api/v2/users/{primary_user}/identities/"
                     f"{primary_identity}/make_primary.json",
                     auth=(f"{sb.email}/token", sb.token), timeout=10)
    assert r.status_code == 200

    store = open_store(settings)
    try:
        plan = workflow.build_plan(store, finding_ids=[r["id"] for r in on_identities])
        assert {i.method for i in plan.items} == {"identity"}
        approved = workflow.approve(store, actor="kari",
                                    finding_ids=[r["id"] for r in on_identities])
    finally:
        store.close()
    assert approved == len(on_identities)

    deletable = {identity_id(r["field"]) for r in on_identities} - {primary_identity}
    mutations = sb.stats()["counts"]["mutations"]
    outcome = run_apply(settings, RedactPolicy(), actor="cli:test")
    counts = outcome.report.counts()
    unsupported = [o for o in outcome.report.outcomes if o.result == "unsupported"]
    primary_rows = [r for r in on_identities if identity_id(r["field"]) == primary_identity]
    assert counts == {"redacted": len(on_identities) - len(primary_rows),
                      "unsupported": len(primary_rows)}, outcome.report.to_json()
    assert {o.reason for o in unsupported} == {PRIMARY}
    assert sb.stats()["counts"]["mutations"] == mutations + len(deletable)
    assert sb.stats()["by_endpoint"]["identity_delete"] == len(deletable)
    # per user: one read, one DELETE per identity, one verifying read
    assert outcome.report.requests == 2 * len(users) - 2 + len(deletable) + 1
    assert outcome.remaining == 0 and outcome.exit_code == 0

    for uid in users:
        live = _identities(sb, uid)
        for row in on_identities:
            if row["object_id"] == uid:
                assert (identity_id(row["field"]) in live) == (uid == primary_user)

    # the rescan after apply: the deleted identities' findings are gone, nothing else changed
    after = _open(settings)
    redacted = {o.finding_id for o in outcome.report.outcomes if o.result == "redacted"}
    assert {r["id"] for r in after if r["id"] in redacted} == set()
    untouched = {_key(r) for r in before if r["id"] not in redacted
                 and r["object_id"] != primary_user}
    assert {_key(r) for r in after if r["object_id"] != primary_user} == untouched

    # a full incremental users scan agrees
    run_scan(settings, USERS)
    assert {_key(r) for r in _open(settings) if r["object_id"] != primary_user} == untouched

    # audit: one row per finding, the identity as response id, no raw values
    store = open_store(settings)
    try:
        log = store.audit_log(actions=["redact"])
    finally:
        store.close()
    assert {r["finding_id"] for r in log if r["result"] == "redacted"} == redacted
    assert all(r["operator"] == "remove" and r["object_kind"] == "user"
               and r["response_id"] in deletable for r in log if r["result"] == "redacted")
    values = [p.value for p in sb.manifest() if p.field.startswith("identities.")]
    assert values and not [v for v in values if v in json.dumps(log, ensure_ascii=False)]

    # a second apply writes nothing
    mutations = sb.stats()["counts"]["mutations"]
    again = run_apply(settings, RedactPolicy(), actor="cli:test")
    assert again.report.outcomes == () and again.report.writes == 0
    assert sb.stats()["counts"]["mutations"] == mutations
