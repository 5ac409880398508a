"""Round 16: HTML e-mail bodies as helpdesks store them (Outlook, Gmail, Apple Mail,
Thunderbird, Zendesk). Values are synthetic (python-stdnum numbers, digits and letters drawn
from seeded generators), never taken from a corpus."""

from __future__ import annotations

import functools
import random
import string

import pytest

from pii_scanner.detect.engine import build_detector
from pii_scanner.detect.html_input import analyze_html
from pii_scanner.detect.options import DetectOptions

from .generated import shipped_names, valid_fnr, valid_mobile


def _address(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 9)))


@functools.cache
def _with_model():
    return build_detector(DetectOptions(use_ner=True))


@pytest.fixture(scope="module")
def html_found(detector):
    def run(html: str, lang: str = "nb") -> list[tuple[str, str]]:
        return [(f.entity_type, html[f.start:f.end]) for f in analyze_html(detector, html, lang)]
    return run


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_source_line_break_inside_a_paragraph_is_a_space(html_found, seed):
    """Outlook and Thunderbird wrap long source lines anywhere, inside a number too: a reader
    sees a space, so the number is one (it was cut in two at the break, neither half a phone)."""
    rng = random.Random(seed)
    phone = valid_mobile(rng)
    html = (f"<p class=MsoNormal><span style='font-size:11.0pt'>Dere kan ringe meg p&aring; "
            f"{phone[:3]}\r\n{phone[3:5]} {phone[5:]} etter kl. 16.</span><o:p></o:p></p>\n"
            "<p class=MsoNormal>Hilsen<o:p></o:p></p>")
    assert ("PHONE_NUMBER", f"{phone[:3]}\r\n{phone[3:5]} {phone[5:]}") in html_found(html)


def test_white_space_pre_keeps_the_source_line_breaks():
    from pii_scanner.extract.html import html_to_text

    html = '<p>a</p><div style="white-space: pre-wrap">Navn\nKari</div><p>b\nc</p>'
    assert html_to_text(html)[0] == "a\n\nNavn\nKari\n\nb c"  # (paragraphs' margins: round 33E)


def test_a_head_left_open_ends_at_the_body(html_found):
    """'<head>' without '</head>' (some generators leave it out): browsers end it at '<body>';
    the body was read as part of the head and nothing in it was seen."""
    fnr = valid_fnr(random.Random(7))
    html = ("<html><head><meta charset='utf-8'><title>Sak</title>\n"
            f"<body><p>Hei</p><p>F&oslash;dselsnummeret mitt er {fnr}.</p></body></html>")
    assert ("NO_FODSELSNUMMER", fnr) in html_found(html)


@pytest.mark.parametrize("plus", ["+", "%2B"])
def test_a_percent_encoded_tel_link_is_read_decoded(html_found, plus):
    """iOS links a number it recognises as 'tel:+47%20912%2034%20567': the link target holds
    the number as well as the text, and percent escapes are how a URL writes its spaces."""
    phone = valid_mobile(random.Random(len(plus)))
    spaced = f"{phone[:3]} {phone[3:5]} {phone[5:]}"
    target = f"{plus}47%20{spaced.replace(' ', '%20')}"
    html = (f'<div>Hei</div><div>Ring meg: <a href="tel:{target}" dir="ltr" '
            f'x-apple-data-detectors="true">her</a></div>')
    assert ("PHONE_NUMBER", target) in html_found(html)


def test_a_mailto_link_written_in_character_references_is_read_decoded(html_found):
    """Pages and signatures write addresses in character references against harvesters
    (``&#109;&#97;...``, ``&#64;``); a browser reads them as the address, and so do we (the
    link target was skipped as soon as it held a reference)."""
    rng = random.Random(11)
    local = f"{_address(rng)}.{_address(rng)}"
    encoded = "".join(f"&#{ord(c)};" if c in "@." or rng.random() < .3 else c
                      for c in f"{local}@{_address(rng)}.no")
    scheme = "".join(f"&#{ord(c)};" for c in "mailto:")
    html = f'<div>Hei</div><div>Skriv til <a href="{scheme}{encoded}">meg</a></div>'
    assert html_found(html) == [("EMAIL_ADDRESS", encoded)]


def _listed(rng: random.Random, file_name: str) -> str:
    """A name from a shipped list that is no common word and reads as a name (Title Case)."""
    from pii_scanner.detect.common_words import is_common
    names = [n for n in shipped_names(file_name)
             if n.isalpha() and n[0].isupper() and n[1:].islower() and len(n) > 3
             and not is_common(n.lower())]
    return rng.choice(names)


def _made_up(rng: random.Random) -> str:
    """A surname on no list: consonant-vowel syllables."""
    return "".join(rng.choice("bdfgklmnprstv") + rng.choice("aeiou") for _ in range(3)).title()


@pytest.mark.parametrize("seed", [4, 5, 6])
def test_last_first_display_names_in_a_forwarded_header(html_found, seed):
    """Outlook writes directory names 'Last, First' in a forwarded message's header, several
    recipients to a field, joined by ';'. After ';' a recipient is one name as after the
    field's label (it was cut in two), and a first name no list holds is the name's too (the
    surname alone was found: the first name was left for nobody to redact)."""
    rng = random.Random(seed)
    sender = f"{_made_up(rng)}, {_made_up(rng)}"
    to_one = f"{_listed(rng, 'no_surnames.txt')}, {_listed(rng, 'no_first_names.txt')}"
    to_two = f"{_listed(rng, 'no_surnames.txt')}, {_listed(rng, 'no_first_names.txt')}"
    html = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt'>\n<p class=MsoNormal>"
            f"<b>Fra:</b> {sender} &lt;post@{_address(rng)}.no&gt;<br>\n"
            "<b>Sendt:</b> 3. mars 2025 10:12<br>\n"
            f"<b>Til:</b> {to_one}; {to_two}<br>\n<b>Emne:</b> SV: Sak<o:p></o:p></p>\n</div>")
    persons = [value for kind, value in html_found(html) if kind == "PERSON"]
    assert persons == [sender, to_one, to_two]


@pytest.mark.parametrize("date", ["Thu, 4 Jan 2024 10:12", "Thu, 28 Jan 2021 9.05"])
def test_a_month_before_a_year_and_a_time_is_no_first_name(date):
    """A header's date with its time ('Sent: Thu, 4 Jan 2024 10:12'): the month word is the
    date's, though 'Jan' is also a first name (the time after the year hid the year, and the
    model read the month as a name in these two)."""
    rng = random.Random(date)
    html = (f"<p><b>From:</b> Support &lt;post@{_address(rng)}.no&gt;<br>"
            f"<b>Sent:</b> {date}<br><b>Subject:</b> Case</p>")
    found = analyze_html(_with_model(), html, "en")  # (the model reads 'Jan' as a name)
    assert [html[f.start:f.end] for f in found if f.entity_type == "PERSON"] == []


@pytest.mark.parametrize("seed", [8, 9])
def test_an_address_in_a_map_link_is_read_form_decoded(html_found, seed):
    """A link to a map search holds the address the text shows, percent- and form-encoded
    ('/maps/search/Storgata+1,+0155+Oslo'): both are the person's address (the link target
    was read with its '+' and '%C3%B8', no street pattern took it)."""
    from urllib.parse import quote_plus

    rng = random.Random(seed)
    street = f"{_made_up(rng)}{rng.choice(['veien', 'gata', 'bakken'])} {rng.randint(1, 120)}"
    address = f"{street}, {rng.choice(['0155 Oslo', '5003 Bergen', '7011 Trondheim'])}"
    target = quote_plus(address.replace("o", "ø", 1), safe=",")
    html = (f'<div>Mvh</div><div><a href="https://www.google.com/maps/search/{target}'
            f'?entry=gmail&amp;source=g">her</a></div>')
    assert ("STREET_ADDRESS", target) in html_found(html, "en")


@pytest.mark.parametrize("seed", [12, 13])
def test_a_recipient_after_a_semicolon_is_labelled_as_the_first(html_found, seed):
    """In an address field every recipient stands where the label puts a name, not only the
    first: 'Til: Kari Hansen; Dovila, Tiramo' (the second, on no list, was no name at all),
    and a first name that is also a word stays the name's ('Kopi: Lie, Per')."""
    rng = random.Random(seed)
    second = f"{_made_up(rng)}, {_made_up(rng)}"
    copy = f"{_listed(rng, 'no_surnames.txt')}, Per"
    html = (f"<p><b>Fra:</b> Kundeservice &lt;post@{_address(rng)}.no&gt;<br>"
            f"<b>Til:</b> {_listed(rng, 'no_first_names.txt')} {_listed(rng, 'no_surnames.txt')}; "
            f"{second}<br><b>Kopi:</b> {copy}<br><b>Emne:</b> Sak</p>")
    persons = [value for kind, value in html_found(html) if kind == "PERSON"]
    assert second in persons and copy in persons


@pytest.mark.parametrize("seed", [14, 15])
def test_an_address_in_angle_brackets_left_unescaped_is_found(html_found, seed):
    """A connector or an agent that writes a plain header into HTML without escaping it
    ('Fra: Kari Nordmann <kari@firma.no>'): a parser takes the address for a tag and a browser
    hides it, but the stored HTML holds it (it was in neither the text nor an attribute)."""
    rng = random.Random(seed)
    address = f"{_address(rng)}.{_address(rng)}@{_address(rng)}.no"
    html = (f"<div>Fra: {_listed(rng, 'no_first_names.txt')} {_listed(rng, 'no_surnames.txt')} "
            f"<{address}><br>Sendt: 3. mars 2025</div><div>Hei</div>")
    assert ("EMAIL_ADDRESS", address) in html_found(html)


def test_a_mail_links_copy_addresses_are_found(html_found):
    """'mailto:kari@firma.no?cc=ola@firma.no&amp;subject=...': the query of a mail link is the
    message it starts, and its 'cc'/'bcc' hold addresses too (the query was cut off)."""
    rng = random.Random(21)
    to, cc = (f"{_address(rng)}.{_address(rng)}@{_address(rng)}.no" for _ in range(2))
    html = (f'<div>Kontakt <a href="mailto:{to}?cc={cc}&amp;subject=Sak%20{rng.randint(100, 999)}">'
            "oss</a></div><div>Mvh</div>")
    assert [v for kind, v in html_found(html) if kind == "EMAIL_ADDRESS"] == [to, cc]
