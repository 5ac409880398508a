"""Manager reports: the numbers, the four formats, no personal data anywhere, the CLI."""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from pii_scanner.cli import app as cli_app
from pii_scanner.reports import FORMATS, build_report, write_report
from pii_scanner.reports.data import summarise
from pii_scanner.reports.export import render

from ..web.conftest import scanned, settings  # noqa: F401  (shared sandbox scan fixtures)

NOW = "2026-03-01T00:00:00+00:00"


def fact(etype="PERSON", kind="comments", org="1", ticket="1", detected="2026-02-28T00:00:00+00:00",
         **extra):
    base = {"entity_type": etype, "kind": kind, "organization_id": org, "ticket_id": ticket,
            "state": "open", "detected_at": detected, "public": False, "decision": None,
            "redaction_status": None, "decided_by": None, "applied_at": None}
    return {**base, **extra}


def test_summarise_counts_everything_a_manager_asks_for():
    facts = [
        fact(),
        fact("NO_FODSELSNUMMER", org="2", detected="2026-01-15T00:00:00+00:00"),
        fact("EMAIL_ADDRESS", kind="users", org="2", ticket=None,
             detected="2025-10-01T00:00:00+00:00"),
        fact("PERSON", decision="dismissed"),
        fact("PHONE_NUMBER", decision="approved", redaction_status="pending", public=True),
        fact("NO_FODSELSNUMMER", state="gone", decision="approved", redaction_status="redacted",
             decided_by="kari", detected="2026-02-27T00:00:00+00:00",
             applied_at="2026-02-27T06:00:00+00:00"),
        fact("DK_CPR", state="gone", decision="approved", redaction_status="redacted",
             decided_by="kari", detected="2026-02-27T00:00:00+00:00",
             applied_at="2026-02-28T00:00:00+00:00"),
        fact("PERSON", state="gone", decision="approved", redaction_status="redacted",
             decided_by="ola", detected="2026-02-27T00:00:00+00:00",
             applied_at="2026-02-27T02:00:00+00:00"),
    ]
    runs = [{"id": 1, "started_at": "2026-02-01T00:00:00+00:00", "findings": {"PERSON": 3}},
            {"id": 2, "started_at": "2026-02-02T00:00:00+00:00", "findings": {"PERSON": 1, "DK_CPR": 1}}]
    r = summarise(facts, runs, now=NOW)
    assert r.totals == {"open": 5, "to_review": 3, "approved": 1, "dismissed": 1, "redacted": 3,
                        "tickets": 1}
    assert dict(r.by_type) == {"PERSON": 1, "NO_FODSELSNUMMER": 1, "EMAIL_ADDRESS": 1,
                               "PHONE_NUMBER": 1}  # dismissed ones are not counted
    assert dict(r.by_source) == {"comment": 3, "profile": 1}
    assert dict(r.backlog_age) == {"< 1 day": 0, "1-7 days": 1, "7-30 days": 0,
                                   "30-90 days": 1, "> 90 days": 1}  # 1, 45 and 151 days
    assert r.time_to_redaction == {"count": 3, "median_h": 6.0, "p90_h": 24.0, "max_h": 24.0}
    assert r.redactions_by_agent == (("kari", 2), ("ola", 1))
    assert [t[2] for t in r.trend] == [3, 2]
    assert r.risky_organizations[0][0] == "2" and r.risky_organizations[0][3] == 1


@pytest.fixture
def report(settings):  # noqa: F811
    from pii_scanner.pipeline.build import open_store

    store = open_store(settings)
    yield build_report(store), store
    store.close()


def test_report_on_a_scanned_helpdesk(report):
    r, store = report
    open_findings = list(store.findings())
    assert r.totals["open"] == len(open_findings)
    assert sum(n for _, n in r.by_type) == len(open_findings)
    assert r.trend and r.trend[-1][2] > 0


def test_no_personal_data_in_any_format(report):
    r, store = report
    secrets = set()
    for f in store.findings():
        secrets.add(f["fingerprint"])
        if len(f["preview"]) > 6:
            secrets.add(f["preview"])
    for fmt in FORMATS:
        blob = render(r, fmt)
        text = blob.decode("utf-8", "replace") if fmt != "xlsx" else _xlsx_text(blob)
        leaked = [s for s in secrets if s in text]
        assert not leaked, (fmt, leaked[:3])


def _xlsx_text(blob: bytes) -> str:
    wb = load_workbook(io.BytesIO(blob))
    return "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row)


def test_formats_parse(report, tmp_path):
    r, _ = report
    html = write_report(r, "html", tmp_path / "r.html").read_text()
    assert html.count("<svg") == 6
    assert "<script" not in html and 'src="http' not in html and "href=\"http" not in html
    data = json.loads(write_report(r, "json", tmp_path / "r.json").read_text())
    assert data["totals"] == r.totals and len(data["by_type"]) == len(r.by_type)
    rows = list(csv.reader(open(write_report(r, "csv", tmp_path / "r.csv"), newline="")))
    assert rows[0][0] == "section"
    assert ("findings by type", r.by_type[0][0], str(r.by_type[0][1])) in [tuple(x[:3]) for x in rows]
    wb = load_workbook(write_report(r, "xlsx", tmp_path / "r.xlsx"))
    assert "findings by type" in wb.sheetnames and wb["totals"]["A2"].value == "open"


def test_report_command_writes_each_format(settings, tmp_path):  # noqa: F811
    runner = CliRunner()
    for fmt in FORMATS:
        out = tmp_path / f"report.{fmt}"
        res = runner.invoke(cli_app, ["report", "--format", fmt, "--out", str(out),
                                      "--database-url", settings.database_url,
                                      "--data-dir", str(settings.data_dir)])
        assert res.exit_code == 0, res.output
        assert out.stat().st_size > 200
    res = runner.invoke(cli_app, ["report", "--format", "pdf", "--out", str(tmp_path / "x")])
    assert res.exit_code == 2
