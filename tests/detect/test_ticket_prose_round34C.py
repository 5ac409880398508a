"""Round 34C: misses and false alarms in ticket prose, mail threads and HTML mail.

Bare ten-digit personnummer in Swedish text, a samordningsnummer with no label in English
text, an English first name that is a word before a listed first name as surname or working
in a department, a street type that needs its postcode on the lines below, soft hyphens
inside names (as characters and as HTML references), an HTML table opening with an empty
cell, and the writer's mood after 'jeg er' read as a lower-case name."""

from __future__ import annotations

import random

import pytest
from stdnum import luhn
from stdnum.dk import cpr as std_cpr

from pii_scanner.detect.contract import detect_record
from pii_scanner.extract.html import html_to_text

from .generated import valid_personnummer, values_of

RNG_SEEDS = range(4)


def _samordningsnummer(rng: random.Random) -> str:
    """A dashed samordningsnummer (day + 60) whose digits are no CPR's date."""
    while True:
        base = f"{rng.randint(32, 99):02d}{rng.randint(1, 12):02d}{rng.randint(61, 88):02d}" \
               f"{rng.randint(0, 999):03d}"
        value = base + luhn.calc_check_digit(base)
        if not std_cpr.is_valid(value):
            return value[:6] + "-" + value[6:]


def _html_values(detector, html: str, entity: str) -> list[str]:
    found = detect_record({"id": "x", "text": html}, detector)["findings"]
    return [html[f["start"]:f["end"]] for f in found if f["entity_type"] == entity]


# ---------------------------------------------------------------- bare personnummer in Swedish

@pytest.mark.parametrize("seed", RNG_SEEDS)
@pytest.mark.parametrize("template, lang", [
    ("Hej, mitt nummer är {p}, kan ni uppdatera?", "sv"),
    ("Hej, mitt nummer är {p}, kan ni uppdatera?", None),
    ("Angående {p} - uppdatera registret.", None),
    ("> Angående {p} - uppdatera registret.", "sv"),
])
def test_bare_personnummer_in_swedish_text(found, seed, template, lang):
    p = valid_personnummer(random.Random(seed))
    assert values_of(found, template.format(p=p), lang, "SE_PERSONNUMMER") == [p]


@pytest.mark.parametrize("seed", RNG_SEEDS)
@pytest.mark.parametrize("template, lang", [
    ("Hej, jag har order {p} som inte kommit.", "sv"),
    ("Ordernummer {p}, tack.", "sv"),
    ("Vi har dragit {p} kr från kontot.", "sv"),
    ("Hej, kan ni kolla {p} och {p}?", "sv"),
    ("Hej, kundnummer {p}, tack.", "sv"),
    ("Hei, nummeret mitt er {p}, kan dere oppdatere?", "nb"),
    ("Hej, mit nummer er {p}, kan I opdatere?", "da"),
    ("Please update {p}, thanks.", "en"),
])
def test_bare_digits_that_stay_out(found, seed, template, lang):
    p = valid_personnummer(random.Random(seed))
    assert values_of(found, template.format(p=p), lang, "SE_PERSONNUMMER") == []


def test_a_phone_shaped_bare_number_stays_out(found):
    base = "070123456"
    number = base + luhn.calc_check_digit(base)
    assert values_of(found, f"Hej, ring {number} i morgon.", "sv", "SE_PERSONNUMMER") == []


# ------------------------------------------------------ samordningsnummer with no label, English

@pytest.mark.parametrize("seed", RNG_SEEDS)
def test_samordningsnummer_in_english_text(found, seed):
    s = _samordningsnummer(random.Random(seed))
    for lang in ("en", None):
        assert values_of(found, f"Re: {s} - please update the record.", lang,
                         "SE_PERSONNUMMER") == [s]


@pytest.mark.parametrize("seed", RNG_SEEDS)
def test_samordningsnummer_named_as_another_number(found, seed):
    s = _samordningsnummer(random.Random(seed))
    assert values_of(found, f"Case {s} - please update the record.", "en", "SE_PERSONNUMMER") == []


def test_digits_that_read_as_a_cpr_get_no_samordningsnummer_lift(found):
    # 7 June 1968 as a CPR, the 8th as a samordningsnummer: the CPR reading stands
    assert values_of(found, "Re: 070668-6789 - please update the record.", "en",
                     "SE_PERSONNUMMER") == []


# ------------------------------------------------------------------------ English word names

@pytest.mark.parametrize("text, name", [
    ("Hello,\n\nWill Howard from accounts asked me to chase this.", "Will Howard"),
    ("Hello,\n\nWill Hale from accounts asked me to chase this.", "Will Hale"),
    ("On Mon, 3 Mar 2025, Kim Berg wrote:\n> Will Hale from accounts asked me to chase this.",
     "Will Hale"),
    ("May Russell called about the refund.", "May Russell"),
])
def test_word_first_name_before_a_listed_first_name(found_ner, text, name):
    assert name in values_of(found_ner, text, "en", "PERSON")


@pytest.mark.parametrize("text", ["Will Power matters here.", "Will Howard Street be closed?",
                                  "May Update is out now."])
def test_word_first_name_phrases_stay_words(found_ner, text):
    assert values_of(found_ner, text, "en", "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Hello,\n\nGrace works in finance and will call you.", "Grace"),
    ("Frank works in accounts.", "Frank"),
    ("Finn works in finance.", "Finn"),
])
def test_a_first_name_working_in_a_department(found_ner, text, name):
    assert values_of(found_ner, text, None, "PERSON") == [name]


@pytest.mark.parametrize("text", ["Finn works again after the update.",
                                  "Grace period works in most plans.",
                                  "Vipps works in the browser now."])
def test_a_thing_that_works_stays_a_thing(found_ner, text):
    assert values_of(found_ner, text, "en", "PERSON") == []


# ------------------------------------------------------------------- a street type with postcode

def test_a_postcode_street_type_with_its_postcode_below(found_ner):
    text = "Please send it to:\nBethan Storey\n221 Russell Mount\nLondon\nSW1A 1AA"
    assert values_of(found_ner, text, "en", "STREET_ADDRESS") == ["221 Russell Mount"]
    assert "London" not in values_of(found_ner, text, "en", "PERSON")
    assert "Russell Mount" not in values_of(found_ner, text, "en", "PERSON")


@pytest.mark.parametrize("text", ["Step 2 Disk Mount\nthen reboot the server",
                                  "Run 2 Mount commands on the server."])
def test_mount_without_a_postcode_is_no_street(found, text):
    assert values_of(found, text, "en", "STREET_ADDRESS") == []


# --------------------------------------------------------------------------------- soft hyphens

@pytest.mark.parametrize("text, name", [
    ("Hilsen Kari Nord&shy;mann", "Kari Nord&shy;mann"),
    ("Hilsen Kari Nord&#173;mann", "Kari Nord&#173;mann"),
    ("Hilsen Kari\u00adNordmann", "Kari\u00adNordmann"),
    ("Hilsen Anne&shy;Marie Berg", "Anne&shy;Marie Berg"),
])
def test_soft_hyphens_inside_a_name(found, text, name):
    assert values_of(found, text, None, "PERSON") == [name]


def test_soft_hyphen_between_names_in_html(detector):
    html = "<div>Hilsen</div><div>Kari&shy;Nordmann</div><div>Tlf 412&shy;34567</div>"
    assert _html_values(detector, html, "PERSON") == ["Kari&shy;Nordmann"]
    assert _html_values(detector, html, "PHONE_NUMBER") == ["412&shy;34567"]


@pytest.mark.parametrize("text", ["Bestill Power\u00adPoint-lisens og sol&shy;krem i dag",
                                  "Les mer p&aring; side&shy;n om sol&shy;krem"])
def test_soft_hyphens_in_words_make_no_name(found, text):
    assert values_of(found, text, None, "PERSON") == []


# ----------------------------------------------------------------- HTML table with an empty cell

def test_an_empty_first_cell_opening_the_text_writes_its_tab():
    html = "<table><tr><th></th><th>Navn</th></tr><tr><td>1</td><td>Kari</td></tr></table>"
    assert html_to_text(html)[0] == "\tNavn\n1\tKari"
    assert html_to_text("<table><tr><td></td><td></td><td>x</td></tr></table>")[0] == "\t\tx"


def test_names_under_their_column_after_an_empty_corner_cell(detector):
    html = ("<table><tr><th></th><th>Navn</th><th>Rolle</th></tr>"
            "<tr><td>1</td><td>dag lie</td><td>ok</td></tr>"
            "<tr><td>2</td><td>sol berg</td><td>ok</td></tr></table>")
    assert _html_values(detector, html, "PERSON")[-2:] == ["dag lie", "sol berg"]


def test_an_empty_corner_cell_over_goods_names_no_one(detector):
    html = ("<table><tr><th></th><th>Vare</th><th>Antall</th></tr>"
            "<tr><td>1</td><td>sol krem</td><td>2</td></tr></table>")
    assert _html_values(detector, html, "PERSON") == []


# ------------------------------------------------------------ the writer's mood after 'jeg er'

@pytest.mark.parametrize("text", ["hei, jeg er sol glad i dag", "jeg er sol glad i dag, takk",
                                  "hej, jag är lycka berg på jobbet"])
def test_a_mood_after_the_verb_of_being_is_no_name(found_ner, text):
    assert values_of(found_ner, text, None, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("hei, jeg er kari hansen og lurer på noe", "kari hansen"),
    ("hei, eg er kari hansen.", "kari hansen"),
    ("hei, jeg er kari hansen\nmvh", "kari hansen"),
    ("hei, jeg er kari hansen fra oslo", "kari hansen"),
])
def test_a_presented_name_closing_its_clause_stays(found_ner, text, name):
    assert values_of(found_ner, text, None, "PERSON") == [name]
