"""Round 37H: number types in helpdesk tickets (all values invented, check digits valid).

- a British mobile spaced 5-6 ('07832 046390') is no fødselsnummer's writing, though its
  digits pass as a Norwegian H-number or a synthetic one;
- a contact row's name cell is a person's where the row's e-mail spells it ('Ashleigh
  Wilson | … | ashleigh.wilson@…'), and one space before that e-mail ending the row is a
  cell gap (an HTML list's line break read as a space);
- bare digits after '00' are a phone's only where the number is valid; a personnummer of a
  birth in 2000-2009 opening with '00' is no trunk-0 phone shape;
- '+47'/'+45' before a trunk-0 number valid in GB, SE or FI is a phone (a client prefixed its
  own code to a foreign national number);
- Finnish invoice, order and case words ('lasku') name another number than a Norwegian orgnr;
- a Danish/Norwegian/Swedish one-letter noun ('Å', 'Ø', 'Ö') as a street name's first part
  ('Åvej 12').
"""

from __future__ import annotations

import phonenumbers
import pytest
from stdnum.no import orgnr as std_orgnr
from stdnum.se import personnummer as std_pnr

from pii_scanner.detect.engine import build_detector
from pii_scanner.detect.options import DetectOptions
from pii_scanner.detect.validators.no import fodselsnummer


@pytest.fixture(scope="module")
def detector():
    return build_detector(DetectOptions(use_ner=False))


def found(detector, text, lang=None):
    return {(f.entity_type, text[f.start:f.end]) for f in detector.analyze(text, lang)}


# ------------------------------------------------------------------ British mobiles in rows

UK_H_NUMBER = "07832046390"  # a GB mobile whose digits pass the birth-number check too


def test_invented_values_are_what_they_claim():
    assert fodselsnummer.is_valid(UK_H_NUMBER)
    assert phonenumbers.number_type(phonenumbers.parse(UK_H_NUMBER, "GB")) \
        == phonenumbers.PhoneNumberType.MOBILE
    assert std_pnr.is_valid("0005275102") and std_pnr.is_valid("0002220572")
    assert std_orgnr.is_valid("905984624") and std_orgnr.is_valid("943849730")


def test_spaced_uk_mobile_with_birth_number_digits_in_a_contact_row(detector):
    text = ("Contact list for the new office:\n"
            "Thomas Chambers\t07832 046390\tthomas.chambers@outlook.com\n")
    assert ("PHONE_NUMBER", "07832 046390") in found(detector, text)


def test_row_named_by_its_own_email(detector):
    text = ("Contact list for the new office:\n"
            "Ashleigh Wilson | 07542 514160 | ashleigh.wilson@outlook.com\n")
    assert ("PHONE_NUMBER", "07542 514160") in found(detector, text)
    text = "Ashleigh Wilson | 45961669 | ashleigh.wilson@outlook.com\n"
    assert ("PHONE_NUMBER", "45961669") in found(detector, text)


@pytest.mark.parametrize("mail", ["info@outlook.com", "wilson.ashleigh@outlook.com",
                                  "ashleigh@outlook.com"])
def test_row_whose_email_spells_no_cell_stays_unread(detector, mail):
    # (a bare Norwegian mobile counts only in a contact row: the name cell is in no list)
    text = f"Ashleigh Wilson | 45961669 | {mail}\n"
    assert ("PHONE_NUMBER", "45961669") not in found(detector, text)


def test_one_space_before_a_row_ending_email_is_a_cell_gap(detector):
    text = ("Synnøve Sørensen | 91601300 | synnove.sorensen@telia.se\n"
            "Karin Paulsen  45961669 karin.paulsen@firma.no\n")
    assert ("PHONE_NUMBER", "45961669") in found(detector, text)


def test_one_space_before_email_mid_sentence_is_no_cell_gap(detector):
    text = "Karin Paulsen  45961669 karin.paulsen@firma.no og noe mer her\n"
    assert ("PHONE_NUMBER", "45961669") not in found(detector, text)


# ------------------------------------------------------------------ '00' digits

def test_personnummer_of_a_2000s_birth_in_swedish_text(detector):
    text = "Angående 0005275102 - uppdatera registret."
    assert found(detector, text) == {("SE_PERSONNUMMER", "0005275102")}
    assert found(detector, text, "sv") == {("SE_PERSONNUMMER", "0005275102")}


@pytest.mark.parametrize("value", ["0060525399", "0091002158", "0035499856"])
def test_bare_00_digits_no_valid_number_are_no_phone(detector, value):
    text = f"Faktura 58614120, FI-kode +71<{value}>. Tilbagebetal venligst."
    assert not any(t == "PHONE_NUMBER" for t, _ in found(detector, text, "da"))


def test_bare_00_digits_of_a_valid_number_stay_a_phone(detector):
    assert ("PHONE_NUMBER", "0046701234567") in found(detector, "Ring mig på 0046701234567")


def test_bare_00_personnummer_digits_after_another_number_word_stay_out(detector):
    text = "Ordernummer 0002220572, tack."
    assert not found(detector, text, "sv")


# ------------------------------------------------------------------ a code before a trunk 0

@pytest.mark.parametrize("value", ["+4707404804878", "+47 07404 804878", "+4507191151986"])
def test_nordic_code_before_a_foreign_trunk_zero_number(detector, value):
    assert ("PHONE_NUMBER", value) in found(detector, f"Please call {value} tomorrow.")


@pytest.mark.parametrize("value", ["+4700000000000", "+47 0000 000000"])
def test_nordic_code_before_zeros_stays_no_phone(detector, value):
    assert not found(detector, f"Reference {value} tomorrow.")


# ------------------------------------------------------------------ Finnish invoice words

def test_finnish_invoice_number_after_an_orgnr(detector):
    text = "Norjalainen org.nr. 905984624, lasku 943849730."
    assert found(detector, text, "fi") == {("NO_ORGNR", "905984624")}


def test_orgnr_in_finnish_text_stays(detector):
    text = "Norjalainen yritys, org.nr. 943849730."
    assert found(detector, text, "fi") == {("NO_ORGNR", "943849730")}


# ------------------------------------------------------------------ one-letter street names

@pytest.mark.parametrize("street", ["Åvej 12", "Øgade 4", "Åvejen 7"])
def test_one_letter_noun_street(detector, street):
    text = f"Vi er flyttet fra Nørregade 8 til {street}, 8000 Aarhus C."
    assert any(t == "STREET_ADDRESS" and v.startswith(street) for t, v in found(detector, text, "da"))


def test_one_letter_noun_swedish_street(detector):
    assert ("STREET_ADDRESS", "Övägen 4") in found(detector, "Vi bor på Övägen 4 sedan maj.", "sv")


@pytest.mark.parametrize("text", ["Vi er flyttet til Avej 12.", "Han kom til Å 12 dage senere.",
                                  "Vi sejlede til Ø 12 gange."])
def test_no_street_without_a_one_letter_noun_and_street_word(detector, text):
    assert not any(t == "STREET_ADDRESS" for t, _ in found(detector, text, "da"))


def test_bare_00_digits_under_a_phone_label_stay_a_phone(detector):
    assert ("PHONE_NUMBER", "00441986") in found(detector, "Telefon: 00441986 og e-post her.", "nb")
