"""The runner over a fake connector and a real SQLite store: idempotence, resume, errors."""

from __future__ import annotations

import hashlib

import pytest

from pii_scanner.pipeline.executor import InlineExecutor
from pii_scanner.pipeline.runner import Scan, ScanOptions
from pii_scanner.extract.pieces import Extracted, TextPiece
from pii_scanner.store import Store



def fp(etype, value):
    return hashlib.sha256(f"k:{etype}:{value}".encode()).hexdigest()


def preview(etype, value):
    return "•" * (len(value) - 2) + value[-2:]


@pytest.fixture
def make_scan(fakes):
    def make(settings, pages, detector=None, fail_after=None, version="v1"):
        return _make_scan(fakes, settings, pages, detector or fakes.DigitsDetector, fail_after, version)
    return make


def _make_scan(fakes, settings, pages, detector, fail_after, version):
    streams = [fakes.PagedStream("tickets", pages["tickets"], fail_after),
               fakes.PagedStream("comments", pages["comments"])]
    conn = fakes.FakeConnector(streams, pages["files"])
    store = Store.open(settings.database_url)
    scan = Scan(settings, conn, store, InlineExecutor(detector), fp, preview,
                detector_version=version, source_name="zendesk:acme",
                extract_attachment=lambda data, name: Extracted(
                    "text/plain", (TextPiece(data.decode(), "text"),)))
    return scan, store, streams


def all_findings(store):
    return sorted((f["kind"], f["object_id"], f["field"], f["start"], f["end"], f["fingerprint"])
                  for f in store.findings())


def test_full_scan_stores_findings_with_field_offsets(settings, pages, make_scan, fakes):
    scan, store, _ = make_scan(settings, pages)
    result = scan.run()
    assert result.state == "done_with_errors"  # the oversized attachment
    assert result.objects["tickets"] == 12 and result.objects["comments"] == 2
    assert result.objects["attachments"] == 2
    rows = list(store.findings())
    assert len([r for r in rows if r["kind"] == "tickets"]) == 12
    html_row = next(r for r in rows if r["kind"] == "comments")
    html = pages["comments"][0][0].html_body
    assert html[html_row["start"]:html_row["end"]] == "12345678901"
    assert html_row["explanation"]["text_span"] != [html_row["start"], html_row["end"]]
    att_row = next(r for r in rows if r["kind"] == "attachments")
    assert att_row["object_id"] == "900"
    status = store.status()
    assert status["last_run"]["errors"] and status["last_run"]["state"] == "done_with_errors"


def test_rescan_without_changes_adds_nothing(settings, pages, make_scan, fakes):
    scan, store, streams = make_scan(settings, pages)
    scan.run()
    before = all_findings(store)
    scan.run(ScanOptions(full=True))
    assert all_findings(store) == before
    again = scan.run()  # incremental: checkpoints say everything is read
    assert again.objects.get("tickets", 0) == 0
    assert streams[0].reads[-1] == 3


def test_killed_scan_resumes_to_identical_findings(settings, pages, tmp_path, make_scan, fakes):
    reference, ref_store, _ = make_scan(settings, pages)
    reference.run()
    expected = all_findings(ref_store)
    ref_store.close()

    from dataclasses import replace
    other = replace(settings, database_url=f"sqlite:///{tmp_path}/other.db")
    scan, store, streams = make_scan(other, pages, fail_after=1)
    with pytest.raises(KeyboardInterrupt):
        scan.run()
    assert store.status()["last_run"]["state"] == "interrupted"
    scan2, store2, streams2 = make_scan(other, pages)
    scan2.run()
    assert streams2[0].reads == [2]  # resumed after the last committed page
    assert all_findings(store2) == expected


def test_detector_version_change_reanalyses(settings, pages, make_scan, fakes):
    scan, store, _ = make_scan(settings, pages)
    scan.run()
    scan2, _, _ = make_scan(settings, pages, version="v2")
    result = scan2.run(ScanOptions(full=True))
    assert result.findings["NO_FODSELSNUMMER"] >= 12


def test_failing_item_is_recorded_and_retried(settings, pages, make_scan, fakes):
    pages["tickets"][0][0] = pages["tickets"][0][0].__class__(
        id="0", updated_at=None, status="open", subject="BOOM", description="x")
    scan, store, _ = make_scan(settings, pages, detector=fakes.ExplodingDetector)
    result = scan.run()
    assert result.state == "done_with_errors"
    assert result.objects["tickets"] == 12  # the scan went on
    errors = store.status()["recent_errors"]
    assert any(e["object_id"] == "0" and e["stage"] == "detect" for e in errors)
    assert "BOOM" not in str(errors)
    # next read of the same object retries it (its stored hash can never match)
    scan2, _, _ = make_scan(settings, pages, detector=fakes.DigitsDetector)
    assert scan2.run(ScanOptions(full=True)).errors.get("tickets", 0) == 0


def test_no_raw_values_in_database_file(settings, pages, make_scan, fakes):
    scan, store, _ = make_scan(settings, pages)
    scan.run()
    store.close()
    blob = b""
    for suffix in ("", "-wal"):
        try:
            blob += open(settings.database_url.removeprefix("sqlite:///") + suffix, "rb").read()
        except FileNotFoundError:
            pass
    for value in ["12345678901", "22222222222"] + [str(10000000000 + i) for i in range(12)]:
        assert value.encode() not in blob


def test_run_left_running_by_a_dead_process_is_marked_interrupted(settings, pages, make_scan):
    scan, store, _ = make_scan(settings, pages)
    dead = store.begin_run(scan.source_id, "full")  # a process that was SIGKILLed
    scan.run()
    runs = {r["id"]: r["state"] for r in store.runs(scan.source_id)} if hasattr(store, "runs") else None
    if runs is None:
        from sqlalchemy import text
        with store.engine.connect() as conn:
            runs = dict(conn.execute(text("SELECT id, state FROM scan_runs")).all())
    assert runs[dead] == "interrupted"
    assert list(runs.values()).count("running") == 0
