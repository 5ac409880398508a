"""``dismiss(..., allow=True)`` feeds the allow-list; ``redact dismiss --allow`` and
``pii-scanner allow list|remove`` on a real SQLite store."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pii_scanner.cli import app
from pii_scanner.redact import workflow
from pii_scanner.store import Store

FNR, PHONE = "01019012345", "912 34 567"


def _seed_twice(seed):
    """The same FNR in two comments, plus a phone number."""
    seed.comment("10", "100", f"<p>fnr {FNR} tlf {PHONE}</p>",
                 [("NO_FODSELSNUMMER", FNR), ("PHONE_NUMBER", PHONE)])
    seed.comment("11", "110", f"<p>igjen {FNR}</p>", [("NO_FODSELSNUMMER", FNR)])
    return {(f["object_id"], f["entity_type"]): f["id"] for f in seed.store.findings()}


def test_dismiss_with_allow_lists_the_value_and_dismisses_it_everywhere(store, seed, fp):
    ids = _seed_twice(seed)
    n = workflow.dismiss(store, [ids[("100", "NO_FODSELSNUMMER")]], actor="kari",
                         reason="our test number", allow=True)
    assert n == 2
    assert store.allowed_fingerprints() == {("NO_FODSELSNUMMER",
                                             fp.fingerprint("NO_FODSELSNUMMER", FNR))}
    decisions = {r["id"]: (r["decision"], r["rule"]) for r in store.decided_findings()}
    assert decisions == {ids[("100", "NO_FODSELSNUMMER")]: ("dismissed", "manual"),
                         ids[("110", "NO_FODSELSNUMMER")]: ("dismissed", "allow-list"),
                         ids[("100", "PHONE_NUMBER")]: (None, None)}
    [entry] = store.allow_list()
    assert entry["finding_id"] == ids[("100", "NO_FODSELSNUMMER")]
    assert [a["action"] for a in store.audit_log()].count("allow") == 1


def test_dismiss_without_allow_leaves_the_allow_list_empty(store, seed):
    ids = _seed_twice(seed)
    assert workflow.dismiss(store, [ids[("100", "NO_FODSELSNUMMER")]], actor="k",
                            reason="kept on purpose") == 1
    assert store.allow_list() == [] and store.allowed_fingerprints() == set()
    assert [r["decision"] for r in store.decided_findings(
        finding_ids=[ids[("110", "NO_FODSELSNUMMER")]])] == [None]


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("PII_SCANNER_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("PII_SCANNER_SECRET_KEY", "x" * 32)
    monkeypatch.delenv("PII_SCANNER_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("command", [["allow"], ["allow", "list"], ["allow", "remove"]],
                         ids=" ".join)
def test_allow_commands_have_help(command):
    res = CliRunner().invoke(app, [*command, "--help"])
    assert res.exit_code == 0 and len(res.output) > 100


def test_cli_dismiss_allow_then_list_and_remove(env, helpdesk, fp):
    from pii_scanner.pipeline.build import open_store
    from pii_scanner.config import load_settings

    from .conftest import Seeder

    settings = load_settings(env={"PII_SCANNER_DATA_DIR": str(env)}, config_path=None)
    with open_store(settings) as store:
        ids = _seed_twice(Seeder(store, helpdesk, fp))
    runner = CliRunner()
    res = runner.invoke(app, ["redact", "dismiss", "--finding", str(ids[("100", "NO_FODSELSNUMMER")]),
                              "--reason", "our own test number", "--allow", "--actor", "ops"])
    assert res.exit_code == 0, res.output
    assert "2 findings dismissed" in res.output
    res = runner.invoke(app, ["allow", "list", "--json"])
    assert res.exit_code == 0, res.output
    [entry] = json.loads(res.output)
    assert (entry["entity_type"], entry["reason"], entry["actor"]) == (
        "NO_FODSELSNUMMER", "our own test number", "ops")
    assert FNR not in res.output and entry["preview"]
    res = runner.invoke(app, ["allow", "list"])
    assert res.exit_code == 0 and "ops" in res.output and FNR not in res.output
    res = runner.invoke(app, ["allow", "remove", str(entry["id"])])
    assert res.exit_code == 0, res.output
    assert json.loads(runner.invoke(app, ["allow", "list", "--json"]).output) == []
    res = runner.invoke(app, ["allow", "remove", str(entry["id"])])
    assert res.exit_code != 0 and "no allow-list entry" in res.output
    with Store.open(settings.database_url) as store:
        assert [a["action"] for a in store.audit_log(actions=["allow", "unallow"])] == [
            "allow", "unallow"]
