"""Ticket field titles: fetched once per tickets read, attached to each custom field as its
label; a refused or missing endpoint is one warning and no titles, never a failed scan."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

import pytest
import responses

from pii_scanner_zendesk.connector import ZendeskConnector
from pii_scanner_zendesk.sandbox import SandboxConfig, SandboxServer
from pii_scanner_zendesk.sandbox.tickets import (FIELD_CATEGORY, FIELD_NATIONAL_ID, FIELD_ORDER,
                                                 FIELD_PHONE)
from pii_scanner_zendesk.ticket_fields import fetch_titles, page_titles

BASE = "https://acme.zendesk.com"
TICKETS = f"{BASE}/api/v2/incremental/tickets/cursor.json"
FIELDS = f"{BASE}/api/v2/ticket_fields.json"


def connector(**kw):
    return ZendeskConnector(BASE, email="agent@example.com", token="t", sleep=lambda s: None,
                            incremental_requests_per_minute=1000, **kw)


def one_ticket_page():
    responses.get(TICKETS, json={
        "tickets": [{"id": 7, "status": "open", "subject": "Ordre",
                     "custom_fields": [{"id": 101, "value": "41234567"},
                                       {"id": 102, "value": None}, {"id": 103, "value": "x"}]}],
        "after_cursor": "c1", "after_url": f"{TICKETS}?cursor=c1", "end_of_stream": True})


def custom_units(batches):
    return {u.field: u.label for b in batches for t in b.records for u in t.text_units()
            if u.field.startswith("custom_fields.")}


def test_page_titles_prefers_title_keeps_inactive_and_skips_junk():
    data = {"ticket_fields": [
        {"id": 1, "type": "text", "title": "Ordrenummer", "raw_title": "{{dc.ordrenummer}}"},
        {"id": 2, "type": "integer", "title": None, "raw_title": "Kundenummer", "active": False},
        {"id": 3, "title": "", "raw_title": "{{dc.only_a_placeholder}}"},
        {"id": 4, "title": "Fødsels-\n  nummer"}, {"id": True, "title": "bool id"},
        {"title": "no id"}, "junk", {"id": 5, "title": ["not", "text"]}]}
    assert page_titles(data) == {"1": "Ordrenummer", "2": "Kundenummer", "4": "Fødsels- nummer"}
    assert page_titles({"ticket_fields": "nope"}) == {} and page_titles({}) == {}


@responses.activate
def test_titles_follow_cursor_pages_then_label_the_fields():
    responses.get(FIELDS, match=[responses.matchers.query_param_matcher({"page[size]": "100"})],
                  json={"ticket_fields": [{"id": 101, "title": "Ordrenummer"}],
                        "meta": {"has_more": True, "after_cursor": "a"},
                        "links": {"next": f"{FIELDS}?page%5Bsize%5D=100&page%5Bafter%5D=a"}})
    responses.get(FIELDS, match=[responses.matchers.query_param_matcher(
        {"page[size]": "100", "page[after]": "a"})],
        json={"ticket_fields": [{"id": 102, "title": "Fødselsnummer"}],
              "meta": {"has_more": False}, "links": {"next": None}})
    one_ticket_page()
    c = connector()
    batches = list(c.stream("tickets").read(None))
    assert batches[0].records[0].custom_field_titles == (("101", "Ordrenummer"), ("102", "Fødselsnummer"))
    assert custom_units(batches) == {"custom_fields.101": "Ordrenummer", "custom_fields.103": None}
    assert c.request_count == 3


@responses.activate
def test_an_unpaginated_answer_is_one_page():
    responses.get(FIELDS, json={"ticket_fields": [{"id": 101, "title": "Ordrenummer"}],
                                "next_page": None, "previous_page": None, "count": 1})
    assert fetch_titles(connector().client) == {"101": "Ordrenummer"}


@pytest.mark.parametrize("status", [403, 404])
@responses.activate
def test_refused_or_missing_endpoint_warns_once_and_scans_without_titles(status, caplog):
    responses.get(FIELDS, status=status, json={"error": "Forbidden" if status == 403 else "InvalidEndpoint"})
    one_ticket_page()
    c = connector()
    with caplog.at_level(logging.WARNING):
        batches = list(c.stream("tickets").read(None))
    assert [t.id for b in batches for t in b.records] == ["7"]
    assert custom_units(batches) == {"custom_fields.101": None, "custom_fields.103": None}
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "without their titles" in warnings[0].getMessage()
    assert f"HTTP {status}" in warnings[0].getMessage()
    assert c.request_count == 2  # no retry of a 403/404


@responses.activate
def test_a_malformed_answer_means_no_titles():
    responses.get(FIELDS, json=["not", "an", "object"])
    one_ticket_page()
    batches = list(connector().stream("tickets").read(None))
    assert custom_units(batches)["custom_fields.101"] is None


@responses.activate
def test_rate_limited_titles_are_retried_like_any_call():
    responses.get(FIELDS, status=429, headers={"Retry-After": "2"}, json={})
    responses.get(FIELDS, json={"ticket_fields": [{"id": 101, "title": "Ordrenummer"}]})
    one_ticket_page()
    slept = []
    c = ZendeskConnector(BASE, email="agent@example.com", token="t", sleep=slept.append,
                         incremental_requests_per_minute=1000)
    batches = list(c.stream("tickets").read(None))
    assert custom_units(batches)["custom_fields.101"] == "Ordrenummer"
    assert 2 <= slept[0] <= 3  # Retry-After honoured


def test_sandbox_tickets_carry_their_field_titles_over_http():
    with SandboxServer(SandboxConfig(tickets=80, seed=5)) as sb:
        c = ZendeskConnector(sb.base_url, email=sb.email, token=sb.token, timeout_s=10.0,
                             attachment_hosts=(urlsplit(sb.content_base_url).netloc,),
                             requests_per_minute=100_000, incremental_requests_per_minute=100_000)
        with c:
            before = c.request_count
            stream = c.stream("tickets")
            batches = list(stream.read(None))
            assert c.request_count - before == len(batches) + 1  # titles once per read
            titles = custom_units(batches)
            incremental = list(stream.read(batches[-1].checkpoint))  # a later run reads them again
            assert c.request_count - before == len(batches) + 1 + len(incremental) + 1
    assert titles and None not in titles.values()
    assert titles.get(f"custom_fields.{FIELD_CATEGORY}") == "Kategori"
    assert titles.get(f"custom_fields.{FIELD_ORDER}") == "Ordrenummer"
    assert titles.get(f"custom_fields.{FIELD_NATIONAL_ID}") == "Fødselsnummer"
    assert titles.get(f"custom_fields.{FIELD_PHONE}") == "Kontakttelefon"
