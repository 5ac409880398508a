"""Pure helpers: doctests of the web and report modules, highlighting and live locating."""

from __future__ import annotations

import doctest

import pytest

from pii_scanner.records import Ticket
from pii_scanner.reports import charts, data
from pii_scanner.web import highlight, live, queue
from pii_scanner.web.highlight import segments
from pii_scanner.web.live import LiveField, LiveTicket, locate, text_span


@pytest.mark.parametrize("module", [highlight, queue, data, charts])
def test_doctests(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def test_segments_cover_the_text_exactly():
    text = "Ring 912 34 567 eller mail kari@example.no."
    spans = [(5, 15, 1), (27, 42, 2), (30, 33, 3), (40, 99, 4)]
    segs = segments(text, spans)
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.finding_id, s.also) for s in segs if s.finding_id] == [
        ("912 34 567", 1, ()), ("kari@example.no", 2, (3,))]


def _live(text: str, field: str = "description") -> LiveTicket:
    return LiveTicket(Ticket("5", None, "open"), (LiveField("tickets", "5", field, text),))


def _finding(fid, start, end, fp, field="description", explanation=None):
    return {"id": fid, "kind": "tickets", "object_id": "5", "field": field, "start": start,
            "end": end, "entity_type": "PHONE_NUMBER", "fingerprint": fp,
            "explanation": explanation or {}}


def fake_fp(entity_type: str, value: str) -> str:
    return f"{entity_type}:{value}"


def test_locate_checks_the_live_value_against_the_fingerprint():
    view = _live("Ring 912 34 567 nå")
    found = [_finding(1, 5, 15, "PHONE_NUMBER:912 34 567"),
             _finding(2, 5, 15, "PHONE_NUMBER:999 99 999"),
             _finding(3, 50, 60, "PHONE_NUMBER:x"),
             _finding(4, 0, 4, "x", field="subject")]
    assert locate(view, found, fake_fp) == {1: "current", 2: "changed", 3: "missing",
                                            4: "missing"}


def test_html_findings_use_the_visible_text_span():
    f = _finding(1, 40, 50, "fp", field="html_body", explanation={"text_span": [5, 15]})
    assert text_span(f) == (5, 15)
    assert text_span(_finding(1, 40, 50, "fp", field="html_body")) is None
    assert text_span(_finding(1, 2, 4, "fp")) == (2, 4)
    assert live.live_value(_live("Ring 912 34 567"), _finding(1, 5, 15, "fp")) == "912 34 567"
