"""Detection on HTML: analyse the visible text, map spans back, and scan link attributes.

Addresses and numbers also hide in attributes a reader never sees as text
(``href="mailto:..."``, ``href="tel:..."``); those values are analysed in place, read as a
browser reads them: character references decoded, and a ``mailto:``/``tel:`` link's percent
escapes too (``tel:+47%20912%2034%20567``, as iOS writes a number it links). An address in
angle brackets left unescaped (``<kari@firma.no>``), which a parser takes for a tag and a
browser hides, is analysed where it stands.
"""

from __future__ import annotations

import html as htmllib

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect.base import Detector
from pii_scanner.detect.escapes import DecodedView, edited_view
from pii_scanner.detect.extracted_text import url_escape_edits
from pii_scanner.detect.regex_timeout import scan_timeout
from pii_scanner.extract.html import html_to_text, map_span
from pii_scanner.records import Finding

_TAG = lazy_compile(r"<(?:p|div|br|span|a|b|i|strong|em|table|tr|td|ul|ol|li|html|body|h[1-6]|"
                     r"blockquote|font|img|hr|pre|code|section|article|header|footer)\b[^>]{0,500}>",
                     regex.IGNORECASE)
_ATTR = regex.compile(r"""\b(?:href|title|alt|value|data-[\w-]+)\s*=\s*(["'])(.{0,2000}?)\1""",
                      regex.IGNORECASE | regex.DOTALL)
#: a character reference ('&nbsp;', '&amp;', '&#46;', '&#xE5;'): text escaped for HTML
_ENTITY = lazy_compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#[xX][0-9a-fA-F]{2,4});")
_SCHEME = lazy_compile(r"^\s*(?:mailto:|tel:|sms:|callto:)", regex.IGNORECASE)
#: an address in angle brackets written into HTML unescaped ('Kari Nordmann <kari@firma.no>'):
#: a parser reads it as a tag, and a browser shows nothing, but the stored HTML holds it
_BRACKETED = lazy_compile(r"<([\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,8})>")
_ADDRESS_PARAM = lazy_compile(r"[?&](?i:cc|bcc|to)=([^&]{1,500})")
_WEB = lazy_compile(r"^\s*https?://", regex.IGNORECASE)


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
    for match in _ATTR.finditer(source, **scan_timeout(len(source))):
        view, parts = _attribute_value(match.group(2))
        base = match.start(2)
        for at, stop in parts:
            for f in detector.analyze(view.text[at:stop], lang) if at < stop else ():
                start, end = view.source_span(at + f.start, at + f.end)
                findings.append(_moved(f, base + start, base + end))
    for match in _BRACKETED.finditer(source):  # '<kari@firma.no>' left unescaped: no tag
        for f in detector.analyze(match.group(1), lang):
            findings.append(_moved(f, match.start(1) + f.start, match.start(1) + f.end))
    findings.sort(key=lambda f: (f.start, f.end))
    kept: list[Finding] = []
    for f in findings:
        if not any(k.start < f.end and f.start < k.end for k in kept):
            kept.append(f)
    return kept


def _attribute_value(raw: str) -> tuple[DecodedView, list[tuple[int, int]]]:
    """An attribute's value as a browser reads it (character references decoded:
    ``mailto:kari&#64;firma.no``, a whole link written in ``&#109;&#97;...`` against address
    harvesters) and, for a ``mailto:``/``tel:`` link, its percent escapes too
    (``tel:+47%20912%2034%20567``), with the spans to analyse: behind the scheme and before a
    query (``?subject=...``), and a mail link's ``cc=``/``bcc=``/``to=`` values; a web link is
    read whole with its percent escapes and form-encoded spaces decoded (a map link's
    ``/maps/search/Storgata+1,+0155+Oslo``)."""
    edits = [(m.start(), m.end(), htmllib.unescape(m.group())) for m in _ENTITY.finditer(raw)]
    view = edited_view(raw, edits)
    scheme = _SCHEME.match(view.text)
    if scheme is None:
        if _WEB.match(view.text) and ("%" in view.text or "+" in view.text):
            view = edited_view(raw, sorted(edits + _url_edits(view, spaces=True)))
        return view, [(0, len(view.text))]
    if "%" in view.text:
        view = edited_view(raw, sorted(edits + _url_edits(view, spaces=False)))
    at = scheme.end()
    query = view.text.find("?", at)
    if query == -1:
        return view, [(at, len(view.text))]
    # a mail link's 'cc=', 'bcc=' and 'to=' hold addresses too (its subject and body stay out)
    return view, [(at, query)] + [m.span(1) for m in _ADDRESS_PARAM.finditer(view.text, query)]


def _url_edits(view: DecodedView, spaces: bool) -> list[tuple[int, int, str]]:
    """A link's percent escapes (and, with ``spaces``, its form-encoded spaces) as edits of
    the raw attribute value under ``view`` (:func:`.extracted_text.url_escape_edits`)."""
    return [(*view.source_span(start, end), read)
            for start, end, read in url_escape_edits(view.text, spaces=spaces)]


def _moved(f: Finding, start: int, end: int) -> Finding:
    return Finding(f.entity_type, start, end, f.score, f.recognizer, f.explanation, f.page, f.bbox)
