"""Round 33E: HTML bodies (benchmarks/ticket_probe.py --html, benchmarks/html_render.py).
Blank lines are read as a browser shows them: a ``<br>`` opening a line is an empty line
(Gmail's ``<div><br></div>``, ``a<br><br>b``) and paragraphs stand apart by their margins
(Zendesk's ``<p>`` per paragraph; not Outlook's margin-less ``MsoNormal`` lines, not inside a
table cell), so the cues that need a blank line work in HTML as in the plain text; the signature
delimiter ``-- `` (RFC 3676, and Gmail's signature prefix) alone on its line, also under a
sign-off, makes the name right under it a signature's."""

from __future__ import annotations

import pytest

from pii_scanner.detect.html_input import analyze_html
from pii_scanner.extract.html import html_to_text

from .generated import values_of

HEADER = "Den 3. mars 2025 kl. 10:12 skrev Kari Holm &lt;kari.holm@example.com&gt;:"


def html_values(detector, html: str, entity: str, lang: str | None = "nb") -> list[str]:
    return [html[f.start:f.end] for f in analyze_html(detector, html, lang)
            if f.entity_type == entity]


# ------------------------------------------------------------- 1. blank lines in HTML

@pytest.mark.parametrize("html, text", [
    ("<div>Takk!</div><div><br></div><div>Dag</div>", "Takk!\n\nDag"),
    ("Takk!<br><br>Dag<br>", "Takk!\n\nDag"),
    ("<p>Takk!</p><p>Dag</p>", "Takk!\n\nDag"),
    ('<p style="margin:1em 0">Takk!</p><p>Dag</p>', "Takk!\n\nDag"),
])
def test_a_blank_line_shown_is_a_blank_line_read(html, text):
    assert html_to_text(html)[0] == text


@pytest.mark.parametrize("html, text", [
    ('<p class="MsoNormal">Takk!<o:p></o:p></p><p class="MsoNormal">Dag</p>', "Takk!\nDag"),
    ('<p style="margin:0">Takk!</p><p style="margin-bottom:0px">Dag</p>', "Takk!\nDag"),
    ("<div>Takk!</div><div>Dag</div>", "Takk!\nDag"),
    ("<div>Takk!<br></div><div>Dag</div>", "Takk!\nDag"),
])
def test_lines_without_a_margin_or_an_empty_line_stay_adjacent(html, text):
    assert html_to_text(html)[0] == text


@pytest.mark.parametrize("body", [
    "<div>Takk, det gikk fint nå!</div><div><br></div><div>{n}</div><div><br></div>"
    "<div>{h}<br></div><blockquote type=\"cite\"><div>Hei</div></blockquote>",
    "Takk, det gikk fint nå!<br><br>{n}<br><br>{h}<br><blockquote>Hei</blockquote>",
    "<p>Takk, det gikk fint nå!</p><p>{n}</p><p>{h}</p><blockquote><p>Hei</p></blockquote>",
])
@pytest.mark.parametrize("first", ["Dag", "Else"])
def test_a_first_name_closing_a_reply_in_html_signs_it(detector, body, first):
    html = body.format(n=first, h=HEADER)
    assert first in html_values(detector, html, "PERSON")


@pytest.mark.parametrize("body", [
    # Outlook's margin-less lines: no blank line around the word, as in 'Takk!\nDag 3\n…'
    '<p class="MsoNormal">Takk, det gikk fint nå!</p><p class="MsoNormal">Dag 3 av kurset</p>'
    '<p class="MsoNormal">{h}</p>',
    "<div>Takk, det gikk fint nå!</div><div><br></div><div>Dag for dag går det bedre.</div>"
    "<div><br></div><div>{h}</div>",
    "<p>Takk, det gikk fint nå!</p><p>Else er alt bra.</p><p>{h}</p>",
])
def test_a_word_in_a_sentence_or_numbered_stays_a_word(detector, body):
    html = body.format(h=HEADER)
    people = html_values(detector, html, "PERSON")
    assert "Dag" not in people and "Else" not in people


# ------------------------------------------------------------- 2. a block inside a cell

@pytest.mark.parametrize("html, text", [
    ("<table><tr><td><p>Navn</p></td><td><p>Tlf</p></td></tr></table>", "Navn\tTlf"),
    ('<table><tr><td><p class=MsoNormal><b>Mob:</b><o:p></o:p></p></td><td><p class=MsoNormal>'
     '412 34 567<o:p></o:p></p></td></tr><tr><td><div>Navn:</div></td><td><div>Kari</div></td>'
     '</tr></table>', "Mob:\t412 34 567\nNavn:\tKari"),
    ("<table><tr><td>a</td></tr><tr><td><br></td><td>x</td></tr></table>", "a\n\tx"),
])
def test_a_block_opening_or_closing_a_cell_keeps_the_row(html, text):
    assert html_to_text(html)[0] == text


def test_lines_inside_a_cell_stay_lines():
    html = "<table><tr><td>Kari Holm<br>Rådgiver</td><td><p>Tlf</p><p>412</p></td></tr></table>"
    assert html_to_text(html)[0] == "Kari Holm\nRådgiver\tTlf\n412"


# ------------------------------------------------------------- 3. the signature delimiter

@pytest.mark.parametrize("text, name", [
    ("Takk for svaret.\n\nHelsing\n-- \nDag", "Dag"),
    ("Takk for svaret.\n-- \nDag\nRådgiver", "Dag"),
    ("Takk for svaret.\n\nHilsen\n-- \nElse", "Else"),
])
def test_a_name_under_the_signature_delimiter_signs(found, text, name):
    assert name in values_of(found, text, "nb", "PERSON")


def test_an_english_word_name_under_the_delimiter_signs(found):
    assert "Will" in values_of(found, "Thanks for the help.\n\nRegards,\n-- \nWill", "en", "PERSON")


def test_gmails_signature_prefix_in_html(detector):
    html = ('<div dir="ltr"><div>Takk for svaret.</div><div><br></div><div>Helsing</div>'
            '<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" '
            'class="gmail_signature"><div>Dag</div></div></div>')
    assert html_values(detector, html, "PERSON") == ["Dag"]


@pytest.mark.parametrize("text, lang", [
    ("SELECT 1;\n--\nWill", "en"),          # a bare '--': an SQL comment, a list's rule
    ("Takk for svaret.\n--\nDag", "nb"),
    ("Takk for svaret.\n-- \nDag 3 av kurset", "nb"),  # not alone on its line
    ("Mvh\n-- \nKundeservice", "nb"),
    ("Takk.\n-- \nOslo", "nb"),
])
def test_no_name_under_a_bare_rule_or_in_a_line_that_goes_on(found, text, lang):
    assert values_of(found, text, lang, "PERSON") == []

