"""Checks against the live helpdesk object: does the stored span still hold the value?

Before any write the workflow re-fetches the object, re-derives the text exactly as the scan
did (HTML → visible text with an offset map) and compares the HMAC fingerprint of the text at
the stored span with the stored fingerprint. Values live only in memory, for one check.

>>> fp = lambda entity, value: f"{entity}:{value}"
>>> html = "<p>Fnr: 01019012345</p>"
>>> row = {"entity_type": "NO_FODSELSNUMMER", "field": "html_body", "start": 8, "end": 19,
...        "fingerprint": "NO_FODSELSNUMMER:01019012345", "explanation": {"text_span": [5, 16]}}
>>> unit = analyse_html(html)
>>> locate(unit, row, fp)
(5, 16, '01019012345')
>>> locate(analyse_html("<p>Fnr: 01019012346</p>"), row, fp) is None
True
>>> field_value({"user_fields": {"kontonummer": "1234.56.78903"}}, "user", "user_fields.kontonummer")
'1234.56.78903'
>>> field_change("ticket", "custom_fields.360001", "x")
{'custom_fields': [{'id': 360001, 'value': 'x'}]}
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from pii_scanner.extract.html import map_span
from pii_scanner.pipeline.items import AnalysedUnit
from pii_scanner.pipeline.stages import to_analysed
from pii_scanner.records import TextUnit

Fingerprint = Callable[[str, str], str]
#: the JSON key holding an object kind's custom fields, and whether it is a list of {id, value}
_CUSTOM = {"user": ("user_fields", False), "organization": ("organization_fields", False),
           "ticket": ("custom_fields", True)}


def analyse_html(html: str) -> AnalysedUnit:
    return to_analysed(TextUnit("comment", "-", "html_body", html, mime="text/html"))


def analyse_text(text: str) -> AnalysedUnit:
    return to_analysed(TextUnit("comment", "-", "body", text))


def locate(unit: AnalysedUnit, row: Mapping[str, Any], fingerprint: Fingerprint
           ) -> tuple[int, int, str] | None:
    """``(text_start, text_end, value)`` if the live unit still has the finding's value at its
    span (same HTML span, same fingerprint), else None."""
    start, end = row.get("start"), row.get("end")
    if start is None or end is None:
        return None
    if unit.offsets is None:
        ts, te = start, end
    else:
        span = (row.get("explanation") or {}).get("text_span")
        if not (isinstance(span, list | tuple) and len(span) == 2):
            return None
        ts, te = int(span[0]), int(span[1])
        if not (0 <= ts < te <= len(unit.offsets)):
            return None
        if map_span(unit.unit.text, list(unit.offsets), ts, te) != (start, end):
            return None
    if not 0 <= ts < te <= len(unit.text):
        return None
    value = unit.text[ts:te]
    if fingerprint(row["entity_type"], value) != row["fingerprint"]:
        return None
    return ts, te, value


def mirrored(unit: AnalysedUnit, row: Mapping[str, Any], fingerprint: Fingerprint,
             text: str) -> tuple[int, str] | None:
    """Where the finding's value (checked in ``unit``) sits in ``text``, a copy of it (the
    ticket description mirrors the first comment): ``(offset in text, value)``, taking the
    same occurrence (first, second...) of the value as in ``unit``."""
    found = locate(unit, row, fingerprint)
    if found is None:
        return None
    ts, _te, value = found
    at = -1
    for _ in range(unit.text[:ts].count(value) + 1):
        at = text.find(value, at + 1)
        if at == -1:
            return None
    return at, value


def html_ranges(unit: AnalysedUnit, ts: int, ranges: tuple[tuple[int, int], ...]
                ) -> list[tuple[int, int]]:
    """Ranges relative to a value at text offset ``ts`` → ranges in the unit's source (HTML)."""
    if unit.offsets is None:
        return [(ts + a, ts + b) for a, b in ranges]
    return [map_span(unit.unit.text, list(unit.offsets), ts + a, ts + b) for a, b in ranges]


def field_value(obj: Mapping[str, Any], kind: str, field: str) -> str | None:
    """The live text of ``field`` (``notes``, ``user_fields.X``...) of an API object."""
    key, listed = _CUSTOM.get(kind, ("", False))
    if key and field.startswith(key + "."):
        name = field.split(".", 1)[1]
        custom = obj.get(key)
        if listed and isinstance(custom, list):
            value = next((f.get("value") for f in custom
                          if isinstance(f, dict) and str(f.get("id")) == name), None)
        elif isinstance(custom, Mapping):
            value = custom.get(name)
        else:
            value = None
    else:
        value = obj.get(field)
    return value if isinstance(value, str) else None


def field_change(kind: str, field: str, value: str) -> dict[str, Any]:
    """The update body (inside the object envelope) that sets ``field`` to ``value``."""
    key, listed = _CUSTOM.get(kind, ("", False))
    if key and field.startswith(key + "."):
        name = field.split(".", 1)[1]
        if listed:
            return {key: [{"id": int(name) if name.isdigit() else name, "value": value}]}
        return {key: {name: value}}
    return {field: value}


def api_reason(exc: Exception) -> str:
    """An API error as audit text: its type and HTTP status, never its message (which may
    carry a URL or a value).

    >>> from pii_scanner.errors import ApiError
    >>> api_reason(ApiError("boom", status=422))
    'ApiError (HTTP 422)'
    """
    status = getattr(exc, "status", None)
    return f"{type(exc).__name__}" + (f" (HTTP {status})" if status else "")
