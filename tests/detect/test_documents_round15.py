"""Round 15: text extracted from attachments (payslips, claim forms, tenancy agreements, CVs,
tax papers, staff sheets, invoices). Labels and values on separate lines, address blocks in
capitals, firm names made of surnames. Values are synthetic (python-stdnum numbers, made-up
streets), never taken from a corpus."""

from __future__ import annotations

import random

import pytest

from pii_scanner.detect.common_words import is_common

from .generated import valid_fnr


def _of(found, text, entity):
    return [value for kind, value in found(text) if kind == entity]


@pytest.mark.parametrize("street", ["Bakkeflata 72A", "Lyngmyra 7B", "Holtegropa 119A"])
def test_a_street_with_a_house_letter_in_an_address_column(found, street):
    """The house letter ('72A') is no word of the street's name: the column's header
    'Adresse' names the cell as it names one without a letter."""
    rng = random.Random(15)
    text = ("Ansattnr\tNavn\tFødselsnummer\tAdresse\tPostnr\tSted\n"
            f"1497\tTora Lien\t{valid_fnr(rng)}\t{street}\t4952\tRisør\n")
    assert _of(found, text, "STREET_ADDRESS") == [street]


@pytest.mark.parametrize("block, street", [
    ("ODDNY VESTØL\nHOLMFLATA 63\n9321 Moen\n", "HOLMFLATA 63"),
    ("Sanne Austbø\nEIDELYNGEN 95B\n4730 Vatnestrøm\n", "EIDELYNGEN 95B"),
    ("TORGRIM VIE\nSKOGSTYKKET 94\n7242 KNARRLAGSUND\n", "SKOGSTYKKET 94"),
])
def test_an_address_block_in_capitals_over_its_postcode_line(found, block, street):
    """A tax paper's or letter's address block: the street line in capitals over a line with
    a postcode whose place Posten's register gives it."""
    text = "Skattemelding for formues- og inntektsskatt 2024\n\n" + block + "\nFødselsnummer"
    assert any(value.startswith(street) for value in _of(found, text, "STREET_ADDRESS"))


def test_a_street_line_over_a_wrong_postcode_is_no_address_without_an_address_word(found):
    text = "Rapport\nHOLMFLATA 63\n9999 Moen\n"
    assert _of(found, text, "STREET_ADDRESS") == []


def test_a_cadastral_number_near_an_address_is_no_street(found):
    text = "2. LEIEOBJEKTET\nAdresse: Storgata 5, 0155 Oslo\nGnr. 201 Bnr. 849\n"
    assert _of(found, text, "STREET_ADDRESS") == ["Storgata 5, 0155 Oslo"]


@pytest.mark.parametrize("text", [
    "Arbeidserfaring\n2010–2023 Lærer, Nordby skole\n2008-2010\tSelger",
    "Erfaring: 2015 - 2020 prosjektleder",
])
def test_two_years_joined_by_a_dash_are_a_period_not_a_phone(found, text):
    assert _of(found, text, "PHONE_NUMBER") == []


def test_a_phone_written_in_pairs_is_still_a_phone(found):
    assert _of(found, "Telefon: 22 10 20 23", "PHONE_NUMBER") == ["22 10 20 23"]


@pytest.mark.parametrize("label", ["Polisenummer", "Försäkringsnummer", "Policy number",
                                   "Skadenummer"])
def test_a_policy_number_under_its_label_is_no_phone(found, label):
    """A form read line by line puts the label, without a colon, on the line above its value;
    the phone under its own label stays a phone."""
    text = f"{label}\n28375536\nTelefon\n41234567\n"
    assert _of(found, text, "PHONE_NUMBER") == ["41234567"]


def test_a_phone_under_its_own_label_stays_a_phone(found):
    assert _of(found, "Mobil\n41234567\nKundenr\n7812\n", "PHONE_NUMBER") == ["41234567"]


@pytest.mark.parametrize("text, firms", [
    ("Berntsen, Jensen og Knudsen – konfidensielt", ["Berntsen, Jensen og Knudsen"]),
    ("Kunde: Tangen, Ruud og Nguyen\nVarenr.", ["Tangen, Ruud og Nguyen"]),
    ("Andresen Og Sønner\nSKADEMELDING", ["Andresen Og Sønner"]),
    ("Kunde: Fredriksen & co.\n", ["Fredriksen & co."]),
    ("Hilsen Kari, Ola og Per", []),
    ("Hansen og Berg kommer i morgen", []),
])
def test_firm_names_made_of_surnames(text, firms):
    from pii_scanner.detect.firm_names import firm_spans

    assert [text[a:b] for a, b in firm_spans(text)] == firms


@pytest.mark.model
@pytest.mark.parametrize("heading", ["Eliassen, Andersen og Thorsen – konfidensielt",
                                     "Rasmussen, Hanssen Og Andreassen"])
def test_no_person_inside_a_firm_name_heading_a_page(found_ner, heading):
    text = heading + "\nLØNNSSLIPP\nPeriode: 03/2025\n"
    assert _of(found_ner, text, "PERSON") == []


@pytest.mark.model
def test_people_listed_by_first_name_stay_people(found_ner):
    assert "Kari" in _of(found_ner, "Hilsen Kari, Ola og Per", "PERSON")


@pytest.mark.model
def test_a_cv_heading_is_no_name(found_ner):
    text = "Curriculum Vitae\nAsta Sjøvoll\n\nPersonalia\nFødselsdato: 12.03.1988\n"
    assert _of(found_ner, text, "PERSON") == ["Asta Sjøvoll"]


@pytest.mark.parametrize("word", ["curriculum", "vitae", "skattetabell"])
def test_document_headings_and_payslip_labels_are_no_names(word):
    assert is_common(word)


@pytest.mark.parametrize("text", [
    "Mvh\nKari Nordmann\nFaktura\n91234567",   # a signature's department line
    "Hei,\nSpørsmål om faktura\n91234567",     # a subject line, no label
])
def test_a_line_above_that_names_no_number_is_no_label(found, text):
    """Only a label naming a number (…nummer, …nr, number) labels the value under it without
    a colon; a department or a heading with a negative word in it does not hide a phone."""
    assert _of(found, text, "PHONE_NUMBER") == ["91234567"]
