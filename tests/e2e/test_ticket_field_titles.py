"""A ticket's custom field is read after its title, end to end: the sandbox serves the Ticket
Fields API over real HTTP, the connector attaches each field's title, the detector reads it as
the value's label. Without titles (the endpoint refused) the scan still runs, reading values
alone as before."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

import pytest

from pii_scanner.demo import demo_settings
from pii_scanner.pipeline.build import load_key, open_store, run_scan
from pii_scanner.pipeline.runner import ScanOptions
from pii_scanner_zendesk.sandbox import SandboxConfig, SandboxServer
from pii_scanner_zendesk.sandbox.tickets import FIELD_NATIONAL_ID, FIELD_ORDER

ORDER, FNR = "41234567", "12058695082"  # an 8-digit order number; a synthetic fødselsnummer


@pytest.fixture(scope="module")
def helpdesk():
    """A sandbox whose first live ticket holds an order number and a fødselsnummer."""
    with SandboxServer(SandboxConfig(tickets=50, seed=31)) as sb:
        for tid in range(1, 51):
            ticket = sb.state.ticket_json(tid)
            if ticket and ticket["status"] != "deleted":
                break
        sb.state.update_ticket(tid, {"custom_fields": [{"id": FIELD_ORDER, "value": ORDER},
                                                       {"id": FIELD_NATIONAL_ID, "value": FNR}]})
        yield sb, str(tid)


def scan_custom_fields(sb, tid: str, data_dir) -> dict[str, list[dict]]:
    settings = demo_settings(data_dir, sb.base_url, sb.email, sb.token,
                             urlsplit(sb.content_base_url).netloc)
    load_key(settings, create=True)
    result = run_scan(settings, ScanOptions(streams=("tickets",)))
    assert result.state in ("done", "done_with_errors")
    store = open_store(settings)
    try:
        rows = [r for r in store.findings(ticket_id=tid) if r["object_id"] == tid]
    finally:
        store.close()
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(r["field"], []).append(r)
    return out


def test_custom_field_values_are_read_after_their_titles(helpdesk, tmp_path):
    sb, tid = helpdesk
    found = scan_custom_fields(sb, tid, tmp_path)
    order = found.get(f"custom_fields.{FIELD_ORDER}", [])
    assert not [r for r in order if r["entity_type"] == "PHONE_NUMBER"]  # 'Ordrenummer: 41234567'
    [fnr] = found[f"custom_fields.{FIELD_NATIONAL_ID}"]
    assert fnr["entity_type"] == "NO_FODSELSNUMMER"
    assert (fnr["start"], fnr["end"]) == (0, len(FNR))  # offsets into the value, not the title
    assert "fødselsn" in fnr["explanation"]["context"]  # the title is the context
    assert fnr["score"] == 1.0


def test_without_titles_the_scan_goes_on_and_reads_values_alone(helpdesk, tmp_path, monkeypatch,
                                                               caplog):
    """The fallback over HTTP: ``/ticket_fields`` answers 404 (as on a Zendesk-like API without
    it), the scan logs one warning and reads the values alone, as before titles."""
    import pii_scanner_zendesk.ticket_fields as ticket_fields

    sb, tid = helpdesk
    monkeypatch.setattr(ticket_fields, "PATH", "api/v2/no_such_ticket_fields.json")
    with caplog.at_level(logging.WARNING, logger="pii_scanner_zendesk"):
        found = scan_custom_fields(sb, tid, tmp_path)
    warned = [r.getMessage() for r in caplog.records if r.name == "pii_scanner_zendesk.ticket_fields"]
    assert len(warned) == 1 and "HTTP 404" in warned[0]
    assert [r["entity_type"] for r in found[f"custom_fields.{FIELD_ORDER}"]] == ["PHONE_NUMBER"]
    [fnr] = found[f"custom_fields.{FIELD_NATIONAL_ID}"]
    assert fnr["entity_type"] == "NO_FODSELSNUMMER" and "context" not in fnr["explanation"]
