"""A plain-text probe ticket rendered as the HTML a helpdesk stores, its gold spans moved along.

Zendesk keeps every comment also as ``html_body``, and e-mail tickets arrive as HTML; this
writes a ticket of ``ticket_probe.py`` the way the three common writers do:

- ``zendesk``: ``<div class="zd-comment" dir="auto">``, a ``<p>`` per paragraph and ``<br>``
  between its lines, the agent's signature in ``<div class="signature">``;
- ``gmail``: ``<div dir="ltr">``, a ``<div>`` per line, ``<div><br></div>`` for a blank line,
  quoted replies in ``<blockquote class="gmail_quote" style="…">``;
- ``outlook``: a whole document (``<html><head><style>…``), a ``<p class="MsoNormal">`` per line
  with an inline-styled ``<span>``, ``&nbsp;`` for a blank line, ``<div id="Signature">``,
  elements on source lines of their own (``\\r\\n``).

In all three: ``&amp;``/``&lt;``/``&gt;`` escapes, in some documents every non-ASCII letter as
a named or numeric entity (``&oslash;``, ``&#229;``) and ``&nbsp;`` after a label's colon and
inside some spaced numbers; an address as ``<a href="mailto:…">…</a>`` and some phones as
``<a href="tel:+47…">…</a>``; rows of cells (a tab or `` | `` between them) and runs of
``Label: value`` lines as ``<table><tr><td>`` (Outlook's cells holding a ``MsoNormal``
paragraph); other labels in bold (``<b>Fødselsnummer:</b>
…``); quoted lines (``> ``, ``>>``) as nested ``<blockquote>`` without their quote marks; some
names split word by word into ``<span>``s, as editors leave them (``<span>Kari</span>
<span>Nordmann</span>``), some values in ``<b>``.

Gold over markup: a value's gold span runs in the HTML source from its first visible
character (an entity whole) to the end of its last, tags between its characters included
(``Kari</span> <span>Nordmann``): the span the detector's offset map gives a finding of the
same visible characters, so a found value matches exactly; PERSON, STREET_ADDRESS and
DATE_OF_BIRTH still match by overlap and the other types by character IoU >= 0.5 on source
offsets. A link's target holds the value once more (``mailto:kari@firma.no``,
``tel:+4791234567``), which a redaction must edit too: that copy is gold of its own.
"""

from __future__ import annotations

import random
import re
from html.entities import codepoint2name

import phonenumbers

REGIONS = {"en": "GB", "da": "DK", "nb": "NO", "nn": "NO", "sv": "SE", "fi": "FI"}
_QUOTE = re.compile(r"(?:> ?)+|>")
_LABEL = re.compile(r"([^\W\d][^:\n<>]{0,28}):[ \t]")
_CELL_SEPS = ("\t", " | ")
_STYLES = {"zendesk": 'style="font-family:Arial,sans-serif"',
           "gmail": 'style="font-family:arial,sans-serif;font-size:small"',
           "outlook": 'style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif"'}


class _Out:
    """HTML written piece by piece; ``c`` writes a text character and records where it went."""

    def __init__(self, wrap: int | None) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.wrap, self.col = wrap, 0
        self.at: dict[int, tuple[int, int]] = {}
        self.extra: list[dict] = []

    def m(self, markup: str) -> None:
        self.parts.append(markup)
        self.size += len(markup)
        nl = markup.rfind("\n")
        self.col = len(markup) - nl - 1 if nl != -1 else self.col + len(markup)

    def c(self, i: int, rendered: str) -> None:
        if rendered == " " and self.wrap and self.col >= self.wrap:
            rendered = "\r\n"  # a long source line wrapped at a space, as Outlook writes it
        self.at[i] = (self.size, self.size + len(rendered))
        self.m(rendered)


class _Doc:
    def __init__(self, text: str, gold: list[dict], lang: str, rng: random.Random,
                 signoffs: set[str]) -> None:
        self.text, self.lang, self.rng, self.signoffs = text, lang, rng, signoffs
        self.gold_at = {g["start"]: g for g in gold}
        self.style = rng.choice(["zendesk", "gmail", "outlook"])
        self.entities = rng.choice([None, None, "named", "numeric"])
        self.nbsp = rng.random() < 0.5
        self.out = _Out(rng.choice([72, 76]) if self.style == "outlook" else None)

    # -------------------------------------------------------------- characters and values

    def char(self, i: int, in_value: bool = False) -> None:
        ch = self.text[i]
        if ch == "&":
            r = "&amp;"
        elif ch == "<":
            r = "&lt;"
        elif ch == ">":
            r = "&gt;"
        elif ch == " " and self.nbsp and i and self.text[i - 1] == ":" and self.rng.random() < 0.3:
            r = "&nbsp;&nbsp; "  # a label's value aligned by spaces
        elif ch == " " and self.nbsp and (i and self.text[i - 1] == ":" or in_value
                                          and self.text[i - 1].isdigit() and self.rng.random() < 0.3):
            r = "&nbsp;"
        elif ord(ch) > 127 and ch.isalpha() and self.entities:
            name = codepoint2name.get(ord(ch))
            r = f"&{name};" if self.entities == "named" and name else f"&#{ord(ch)};"
        else:
            r = ch
        self.out.c(i, r)

    def value(self, g: dict) -> int:
        """Writes the gold value starting at ``g['start']`` (a link, split or bold); its end."""
        start, end, kind = g["start"], g["end"], g["entity_type"]
        raw = self.text[start:end]
        o, rng = self.out, self.rng
        link = None
        if kind == "EMAIL_ADDRESS" and rng.random() < 0.75:
            link = ("mailto:", raw)
        elif kind == "PHONE_NUMBER" and rng.random() < 0.4:
            try:
                num = phonenumbers.parse(raw, REGIONS.get(self.lang, "NO"))
                link = ("tel:", phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164))
            except phonenumbers.NumberParseException:
                link = None
        wrap = rng.choice(["b", "strong"]) if rng.random() < 0.12 else None
        split = kind in ("PERSON", "PHONE_NUMBER") and " " in raw and rng.random() < 0.3
        glued = split and rng.random() < 0.5  # '<span>Kari</span><span> Nordmann</span>'
        if link:
            o.m(f'<a href="{link[0]}')
            o.extra.append({"entity_type": kind, "start": o.size, "end": o.size + len(link[1])})
            attrs = ' target="_blank"' if self.style == "gmail" else ""
            if link[0] == "tel:" and rng.random() < 0.5:  # iOS Mail's data detectors
                attrs = (' x-apple-data-detectors="true" x-apple-data-detectors-type="telephone"'
                         ' x-apple-data-detectors-result="0"')
            o.m(link[1] + '"' + attrs + ">")
        if wrap:
            o.m(f"<{wrap}>")
        if split:
            o.m("<span>")
        for i in range(start, end):
            if split and self.text[i] == " " and glued:
                o.m("</span><span>")
                self.char(i, True)
            elif split and self.text[i] == " ":
                o.m("</span>")
                self.char(i, True)
                o.m("<span>")
            else:
                self.char(i, True)
        if split:
            o.m("</span>")
        if wrap:
            o.m(f"</{wrap}>")
        if link:
            o.m("</a>")
        return end

    def run(self, a: int, b: int) -> None:
        """Text ``[a, b)`` of one line, values rendered as values."""
        i = a
        while i < b:
            g = self.gold_at.get(i)
            if g is not None and g["end"] <= b:
                i = self.value(g)
            else:
                self.char(i)
                i += 1

    # -------------------------------------------------------------- lines and blocks

    def line(self, a: int, b: int) -> None:
        """One line's content, its label in bold where it has one."""
        m = _LABEL.match(self.text, a, b)
        if m and not any(a <= s < m.end(1) + 1 for s in self.gold_at) and self.rng.random() < 0.5:
            self.out.m("<b>")
            self.run(a, m.end(1) + 1)
            self.out.m("</b>")
            self.run(m.end(1) + 1, b)
        else:
            self.run(a, b)

    def open_line(self) -> None:
        o = self.out
        if self.style == "gmail":
            o.m("<div>")
        elif self.style == "outlook":
            o.m(f'<p class="MsoNormal"><span {_STYLES["outlook"]}>')

    def close_line(self, last: bool) -> None:
        o = self.out
        if self.style == "gmail":
            o.m("</div>")
        elif self.style == "outlook":
            o.m("<o:p></o:p></span></p>\r\n")
        elif not last:
            o.m("<br>\n")

    def cells(self, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]] | None:
        """The paragraph's lines as rows of cells, or None: split at a tab or `` | `` (every
        line two cells or more), or at a label's colon (every line a ``Label: value``)."""
        for sep in _CELL_SEPS:
            rows = [self._split(a, b, sep) for a, b in lines]
            if len(rows) >= 2 and all(len(r) >= 2 for r in rows):
                return rows
        rows = []
        for a, b in lines:
            m = _LABEL.match(self.text, a, b)
            if not m:
                return None
            rows.append([(a, m.end(1) + 1), (m.end(), b)])
        return rows if len(rows) >= 2 else None

    def _split(self, a: int, b: int, sep: str) -> list[tuple[int, int]]:
        out, at = [], a
        while True:
            k = self.text.find(sep, at, b)
            if k == -1 or any(g["start"] < k < g["end"] for g in self.gold_at.values()):
                out.append((at, b))
                return out
            out.append((at, k))
            at = k + len(sep)

    def table(self, rows: list[list[tuple[int, int]]]) -> None:
        o = self.out
        o.m('<table border="0" cellpadding="0" cellspacing="0">' + ("\r\n" if self.style == "outlook" else ""))
        for row in rows:
            o.m("<tr>")
            for a, b in row:
                if self.style == "outlook":  # Word writes a cell's text as a paragraph
                    o.m('<td valign="top" style="padding:0cm 5.4pt 0cm 0cm"><p class="MsoNormal">')
                    self.run(a, b)
                    o.m("<o:p></o:p></p></td>")
                else:
                    o.m('<td style="padding:0 8px 0 0">' if self.style == "gmail" else "<td>")
                    self.run(a, b)
                    o.m("</td>")
            o.m("</tr>" + ("\r\n" if self.style == "outlook" else "\n"))
        o.m("</table>")

    def paragraph(self, lines: list[tuple[int, int]]) -> None:
        o = self.out
        rows = self.cells(lines)
        if rows and self.rng.random() < 0.7:
            self.table(rows)
            return
        sig = next((k for k, (a, b) in enumerate(lines[:-1])
                    if self.text[a:b].strip() in self.signoffs), None)
        body, tail = (lines, []) if sig is None else (lines[:sig + 1], lines[sig + 1:])
        self._lines(body, "<p>", "</p>\n")
        if tail:
            if self.style == "gmail" and self.rng.random() < 0.5:
                o.m('<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" '
                    'class="gmail_signature">')
            else:
                o.m('<div id="Signature">' if self.style == "outlook" else '<div class="signature">')
            wrap = self.rng.random() < 0.5
            self._lines(tail, "<p>" if wrap else "", "</p>\n" if wrap else "")
            o.m("</div>\n")

    def _lines(self, lines: list[tuple[int, int]], zd_open: str, zd_close: str) -> None:
        if self.style == "zendesk":
            self.out.m(zd_open)
        for k, (a, b) in enumerate(lines):
            self.open_line()
            self.line(a, b)
            self.close_line(k == len(lines) - 1)
        if self.style == "zendesk":
            self.out.m(zd_close)

    def blank(self) -> None:
        if self.style == "gmail":
            self.out.m("<div><br></div>")
        elif self.style == "outlook":
            self.out.m('<p class="MsoNormal">&nbsp;</p>\r\n')

    def render(self) -> str:
        text, o = self.text, self.out
        lines = []  # (quote depth, content start, content end)
        pos = 0
        for raw in text.split("\n"):
            m = _QUOTE.match(raw) if raw.startswith(">") else None
            depth = m.group().count(">") if m else 0
            lines.append((depth, pos + (m.end() if m else 0), pos + len(raw)))
            pos += len(raw) + 1
        if self.style == "outlook":
            o.m('<html xmlns:o="urn:schemas-microsoft-com:office:office">\r\n<head>\r\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt;} --></style>\r\n</head>\r\n'
                '<body lang="NO-BOK" link="#0563C1" style="word-wrap:break-word">\r\n'
                '<div class="WordSection1">\r\n')
        else:
            o.m('<div class="zd-comment" dir="auto">' if self.style == "zendesk" else '<div dir="ltr">')
        depth, para, blanks = 0, [], 0
        for d, a, b in lines + [(0, len(text), len(text))]:
            if d != depth or a == b:
                if para:
                    self.paragraph(para)
                    para = []
                while depth < d:
                    o.m('<blockquote type="cite">' if self.style != "gmail" else
                        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                        'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                    depth += 1
                while depth > d:
                    o.m("</blockquote>")
                    depth -= 1
            if a == b:
                blanks += 1
                if blanks == 1:
                    self.blank()
                continue
            blanks = 0
            para.append((a, b))
        o.m("</div>\r\n</body>\r\n</html>" if self.style == "outlook" else "</div>")
        return "".join(o.parts)


def render_record(rec: dict, lang: str, rng: random.Random, signoffs: set[str]) -> dict:
    """``rec`` (a probe record with ``text`` and ``gold``) with its text as HTML, its gold moved
    into the HTML source and a link target's copy of a value added; ``kind`` gets ``+html``."""
    doc = _Doc(rec["text"], rec["gold"], lang, rng, signoffs)
    source = doc.render()
    at = doc.out.at
    gold = [{**g, "start": at[g["start"]][0], "end": at[g["end"] - 1][1]} for g in rec["gold"]]
    gold = sorted(gold + doc.out.extra, key=lambda g: (g["start"], g["end"]))
    return {**rec, "text": source, "gold": gold, "kind": rec["kind"] + "+html"}
