"""Every redact/orgs command has help; bad usage exits 2 with one line."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pii_scanner.cli import app

COMMANDS = [["redact", "plan"], ["redact", "approve"], ["redact", "dismiss"], ["redact", "apply"],
            ["redact", "log"], ["redact-file"], ["orgs", "plan"], ["orgs", "apply"]]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help(command):
    res = CliRunner().invoke(app, [*command, "--help"])
    assert res.exit_code == 0 and len(res.output) > 100


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("PII_SCANNER_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("PII_SCANNER_SECRET_KEY", "x" * 32)
    monkeypatch.delenv("PII_SCANNER_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_approve_without_a_filter_is_a_usage_error(env):
    res = CliRunner().invoke(app, ["redact", "approve"])
    assert res.exit_code == 2 and "approve" in res.output


def test_bad_redact_config_names_the_key(env):
    (env / "pii-scanner.toml").write_text('[redact]\noperators = { PERSON = "shred" }\n')
    res = CliRunner().invoke(app, ["redact", "plan", "--json"])
    assert res.exit_code == 2 and "redact.operators" in res.output


def test_empty_store_plan_and_log_json(env):
    import json

    res = CliRunner().invoke(app, ["redact", "plan", "--json"])
    assert res.exit_code == 0 and json.loads(res.output)["summary"]["findings"] == 0
    res = CliRunner().invoke(app, ["redact", "log", "--json"])
    assert res.exit_code == 0 and json.loads(res.output) == []
