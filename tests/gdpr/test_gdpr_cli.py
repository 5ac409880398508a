"""``pii-scanner gdpr ...`` settings and exit codes (the commands' logic is tested beside it)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pii_scanner.cli import app
from pii_scanner.store import Store
from tests.store.storerows import finding, obj

runner = CliRunner()


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    for name in list(__import__("os").environ):
        if name.startswith("PII_SCANNER_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no ./pii-scanner.toml picked up
    store = Store.open(f"sqlite:///{tmp_path}/pii-scanner.db")
    sid = store.ensure_source("acme", "zendesk", "https://acme.example")
    run = store.begin_run(sid, "full")
    store.commit_batch(run, sid, "tickets", [
        obj("tickets", "1", updated_at="2020-01-01T00:00:00Z", meta={"status": "closed"}),
        obj("tickets", "2", updated_at="2020-01-01T00:00:00Z", meta={"status": "solved"}),
    ], [finding("tickets", "1", "PERSON", "Kari Nordmann", field="subject"),
        finding("tickets", "2", "PERSON", "Ola Nordmann", field="subject")], [], None)
    store.close()
    return tmp_path


def _retention(data_dir, *args, env=None):
    return runner.invoke(app, ["gdpr", "retention", "--data-dir", str(data_dir), "--json", *args],
                         env=env)


def test_retention_needs_a_period_from_the_flag_the_environment_or_the_file(data_dir):
    res = _retention(data_dir)
    assert res.exit_code == 2 and "[gdpr] retention_days" in res.output
    assert json.loads(_retention(data_dir, "--older-than", "30").stdout)["expired_tickets"] == 2
    out = json.loads(_retention(data_dir, env={"PII_SCANNER_GDPR_RETENTION_DAYS": "30"}).stdout)
    assert out["expired_tickets"] == 2
    config = data_dir / "gdpr.toml"
    config.write_text('[gdpr]\nretention_days = 30\nfinished_statuses = ["closed"]\n')
    out = json.loads(_retention(data_dir, "--config", str(config)).stdout)
    assert out["expired_tickets"] == 1 and out["statuses"] == ["closed"]
    res = _retention(data_dir, env={"PII_SCANNER_GDPR_RETENTION_DAYS": "soon"})
    assert res.exit_code == 2 and "gdpr.retention_days" in res.output


def test_breach_without_a_scope_is_a_usage_error(data_dir):
    res = runner.invoke(app, ["gdpr", "breach", "--data-dir", str(data_dir)])
    assert res.exit_code == 2 and "scope" in res.output
    res = runner.invoke(app, ["gdpr", "breach", "--data-dir", str(data_dir), "--ticket", "1",
                              "--json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["findings"] == 1


def test_unreadable_identifier_files_are_usage_errors_that_name_no_value(data_dir):
    bad = data_dir / "ids.txt"
    bad.write_bytes(b"0101901\xff2345\n")
    for args, stdin in ((["--tickets-file", str(bad)], None),
                        (["--tickets-file", str(data_dir / "missing.txt")], None),
                        (["--tickets-file", "-"], b"\xfe\xff1\n")):
        res = runner.invoke(app, ["gdpr", "breach", "--data-dir", str(data_dir), *args],
                            input=stdin)
        assert res.exit_code == 2, res.output
        assert "UTF-8" in res.output or "cannot read" in res.output
        assert "0101901" not in res.output and "Traceback" not in res.output
