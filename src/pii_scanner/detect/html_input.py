"""Detection on HTML: analyse the visible text, map spans back, and scan link attributes.

Addresses and numbers also hide in attributes a reader never sees as text
(``href="mailto:..."``, ``href="tel:..."``); those values are analysed in place.
"""

from __future__ import annotations

import html as htmllib

import regex

from pii_scanner.detect.base import Detector
from pii_scanner.extract.html import html_to_text, map_span
from pii_scanner.records import Finding

_TAG = regex.compile(r"<(?:p|div|br|span|a|b|i|strong|em|table|tr|td|ul|ol|li|html|body|h[1-6]|"
                     r"blockquote|font|img|hr|pre|code|section|article|header|footer)\b[^>]{0,500}>",
                     regex.IGNORECASE)
_ATTR = regex.compile(r"""\b(?:href|title|alt|value|data-[\w-]+)\s*=\s*(["'])(.{0,2000}?)\1""",
                      regex.IGNORECASE | regex.DOTALL)
#: a character reference ('&nbsp;', '&amp;', '&#46;', '&#xE5;'): text escaped for HTML
_ENTITY = regex.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#[xX][0-9a-fA-F]{2,4});")
_SCHEME = regex.compile(r"^(?:mailto:|tel:|sms:|callto:)", regex.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` contains markup worth converting: two or more known tags, or two or
    more character references (a field copied out of HTML, 'Storgata&nbsp;1,&nbsp;0155&nbsp;Oslo',
    whose entities would otherwise hide the separators every pattern expects)."""
    head = text[:20_000]
    return (len(_TAG.findall(head, overlapped=False)) >= 2
            or "&" in head and len(_ENTITY.findall(head)) >= 2)


def analyze_html(detector: Detector, source: str, lang: str | None = None) -> list[Finding]:
    """Findings with offsets into ``source`` (the HTML), from text and link attributes."""
    text, offsets = html_to_text(source)
    findings = []
    for f in detector.analyze(text, lang):
        start, end = map_span(source, offsets, f.start, f.end)
        findings.append(_moved(f, start, end))
    for match in _ATTR.finditer(source, timeout=2.0):
        raw = match.group(2)
        start = match.start(2)
        scheme = _SCHEME.match(raw)
        if scheme:
            start += scheme.end()
            raw = raw[scheme.end():]
        value = raw.split("?", 1)[0] if scheme else raw
        if not value or "&" in value and htmllib.unescape(value) != value:
            continue
        for f in detector.analyze(value, lang):
            findings.append(_moved(f, start + f.start, start + f.end))
    findings.sort(key=lambda f: (f.start, f.end))
    kept: list[Finding] = []
    for f in findings:
        if not any(k.start < f.end and f.start < k.end for k in kept):
            kept.append(f)
    return kept


def _moved(f: Finding, start: int, end: int) -> Finding:
    return Finding(f.entity_type, start, end, f.score, f.recognizer, f.explanation, f.page, f.bbox)
