"""Round 33D: national IDs whose country nothing names, and contact rows whose country the
list itself names.

A dashed DDMMYY-SSSS passing the CPR's old mod 11, or a dashed YYMMDD-NNNN passing the
personnummer's Luhn digit, in English text with no label (``Re: … - please update the
record.``) is a national ID of a country the text does not name: it is reported at a low score
with an explanation saying so, rather than missed. An order's, a case's, a booking's or a
phone's number of that shape, an undashed number, a CPR without the old mod 11 and a
Norwegian text stay out.

In a contact list, a bare number is read in the plan of the country the list names: a
country code written in another of its rows (``+45 …``), or a CPR label in its own row. Values
are generated (seeded draws, stdnum's rules)."""

from __future__ import annotations

import random

import phonenumbers
import pytest
from stdnum import luhn
from stdnum.dk import cpr as std_cpr
from stdnum.se import personnummer as std_pnr

from pii_scanner.detect.validators.se import personnummer as se_personnummer

from .generated import dashed_old_cpr, values_of

_R = random.Random(3304)


def _cpr_and_personnummer() -> str:
    """A dashed number valid as both: a CPR with the old mod 11 and a personnummer."""
    while True:
        value = f"{_R.randint(1, 28):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}" \
                f"{_R.randint(0, 9999):04d}"
        dashed = value[:6] + "-" + value[6:]
        if std_cpr.checksum(value) == 0 and std_cpr.is_valid(value) and std_pnr.is_valid(dashed):
            return dashed


def _post_2007_cpr() -> str:
    """A dashed CPR with a valid date and no old mod 11, whose digits fail Luhn too."""
    while True:
        value = f"{_R.randint(1, 28):02d}{_R.randint(1, 12):02d}{_R.randint(40, 99):02d}" \
                f"{_R.randint(0, 9999):04d}"
        if std_cpr.checksum(value) != 0 and not luhn.is_valid(value):
            return value[:6] + "-" + value[6:]


def _personnummer() -> str:
    """A dashed personnummer (YYMMDD, the year 32-99: no CPR's day)."""
    base = f"{_R.randint(32, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{_R.randint(0, 999):03d}"
    value = base + luhn.calc_check_digit(base)
    return value[:6] + "-" + value[6:]


def _danish_not_norwegian_mobile() -> str:
    """Eight digits valid in Denmark's plan, a valid Norwegian landline too, no Norwegian
    mobile (a Danish list's number that the Norwegian reading would also take)."""
    while True:
        value = f"{_R.choice('2357')}{_R.randint(0, 9999999):07d}"
        dk, no = phonenumbers.parse(value, "DK"), phonenumbers.parse(value, "NO")
        if phonenumbers.is_valid_number(dk) and phonenumbers.is_valid_number(no) and \
                phonenumbers.number_type(no) != phonenumbers.PhoneNumberType.MOBILE:
            return value


CPRS = [dashed_old_cpr(_R) for _ in range(3)]
PNRS = [_personnummer() for _ in range(3)]


# ------------------------------------------------- 1. a dashed national ID in English text

@pytest.mark.parametrize("template", [
    "Re: {} - please update the record.",
    "Hi, could you please update {} in your system? Thanks",
])
@pytest.mark.parametrize("lang", [None, "en"])
@pytest.mark.parametrize("value", CPRS)
def test_a_dashed_cpr_in_english_text_is_reported(found, template, lang, value):
    assert values_of(found, template.format(value), lang, "DK_CPR") == [value]


@pytest.mark.parametrize("template", [
    "Re: {} - please update the record.",
    "Hi, could you please update {} in your system? Thanks",
])
@pytest.mark.parametrize("lang", [None, "en"])
@pytest.mark.parametrize("value", PNRS)
def test_a_dashed_personnummer_in_english_text_is_reported(found, template, lang, value):
    assert values_of(found, template.format(value), lang, "SE_PERSONNUMMER") == [value]


def test_the_explanation_says_the_country_was_unclear(detector):
    text = f"Re: {CPRS[0]} - please update the record."
    (finding,) = [f for f in detector.analyze(text, None) if f.entity_type == "DK_CPR"]
    assert finding.score < 0.6
    assert "country_unclear" in dict(finding.explanation)


def test_a_number_valid_in_both_countries_is_reported_once(found):
    value = _cpr_and_personnummer()
    text = f"Re: {value} - please update the record."
    kinds = [kind for kind, v in found(text, None) if v == value]
    assert len(kinds) == 1 and kinds[0] in ("DK_CPR", "SE_PERSONNUMMER")


def _cpr_and_samordningsnummer() -> str:
    """A dashed CPR with the old mod 11 whose digits are a samordningsnummer too (the CPR's
    year 61-91 a samordningsnummer's day)."""
    while True:
        value = f"{_R.randint(1, 28):02d}{_R.randint(1, 12):02d}{_R.randint(61, 88):02d}" \
                f"{_R.randint(0, 9999):04d}"
        dashed = value[:6] + "-" + value[6:]
        if std_cpr.checksum(value) == 0 and std_cpr.is_valid(value) \
                and se_personnummer.is_valid(dashed) \
                and se_personnummer.kind(dashed) == "samordningsnummer":
            return dashed


def test_a_cpr_that_is_also_a_samordningsnummer_is_the_cpr(found):
    # a samordningsnummer (day + 60) is rare beside a CPR of the same digits: no unclear
    # country's reading
    value = _cpr_and_samordningsnummer()
    text = f"Re: {value} - please update the record."
    assert [kind for kind, v in found(text, None) if v == value] == ["DK_CPR"]


@pytest.mark.parametrize("template", [
    # another kind of number of the same shape, named in English
    "Re: order {} - please update the record.",
    "Case {} - please update the record.",
    "Ticket {} has been closed, please update the record.",
    "Your booking {} is confirmed, see you soon.",
    "Please call me on {} tomorrow, thanks.",
    "Tracking number {} - the parcel is late.",
])
@pytest.mark.parametrize("value", CPRS[:2] + PNRS[:2])
def test_near_misses_of_an_unlabelled_id_stay_out(found, template, value):
    text = template.format(value)
    kinds = {kind for kind, _ in found(text, None)} | {kind for kind, _ in found(text, "en")}
    assert not kinds & {"DK_CPR", "SE_PERSONNUMMER"}


@pytest.mark.parametrize("value", CPRS[:2])
def test_an_undashed_cpr_gets_no_unclear_countrys_reading(found, value):
    # no dash: no unclear country's reading (round 36E reads a personnummer's ten bare digits
    # passing its date and Luhn digit as a message's subject, 'Re: 9208147117 - …': that
    # is tests/detect/test_tickets_round36E.py; a CPR's digits have no such check)
    text = f"Re: {value.replace('-', '')} - please update the record."
    kinds = {kind for kind, _ in found(text, None)} | {kind for kind, _ in found(text, "en")}
    assert not kinds & {"DK_CPR", "SE_PERSONNUMMER"}


@pytest.mark.parametrize("lang", [None, "nb"])
@pytest.mark.parametrize("value", CPRS[:2] + PNRS[:2])
def test_a_norwegian_text_gives_no_unclear_countrys_reading(found, lang, value):
    text = f"Gjelder {value} - oppdater registeret."
    assert not {kind for kind, _ in found(text, lang)} & {"DK_CPR", "SE_PERSONNUMMER"}


def test_a_cpr_without_the_old_mod_11_stays_out_in_english_text(found):
    value = _post_2007_cpr()
    assert values_of(found, f"Re: {value} - please update the record.", None, "DK_CPR") == []


# ------------------------------------------------------- 2. the country a contact list names

def test_a_country_code_in_another_row_names_the_lists_country(found):
    phone, phone2 = _danish_not_norwegian_mobile(), _danish_not_norwegian_mobile()
    text = ("Kontaktliste:\n"
            f"Lars Lauritsen | +45 {_danish_not_norwegian_mobile()} | lars@example.com\n"
            f"Steen Dahl | {phone} | steen@example.com\n"
            f"Alberte Frandsen\t{phone2}\talberte@example.com\n")
    found_phones = values_of(found, text, None, "PHONE_NUMBER")
    assert phone in found_phones and phone2 in found_phones


def test_a_cpr_label_in_the_row_names_its_country(found):
    phone = _danish_not_norwegian_mobile()
    text = f"- Svenning Clausen, CPR-nr. {CPRS[0]} - {phone}\n"
    assert values_of(found, text, None, "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize("text", [
    # no country code in the list: a Norwegian landline's digits stay out, as before
    "Oversigt:\nAlberte Frandsen | {phone2} | a@example.com\nSteen Dahl | {phone} | steen@example.com\n",
    # a Norwegian country code names Norway: its landlines are no row's mobile
    "Oversigt:\nLars Lauritsen | +47 41234567 | lars@example.com\n"
    "Steen Dahl | {phone} | steen@example.com\n",
    # amounts and other numbers' labels keep a row's number out whatever the country
    "Oversigt:\nLars Lauritsen | +45 {phone2} | lars@example.com\n"
    "Steen Dahl | {phone} | 1 299,00\n",
    "Medlemsliste:\nLars Lauritsen | +45 {phone2} | lars@example.com\n"
    "Steen Dahl | Medlemsnr. {phone} | steen@example.com\n",
    # a CPR word that is no label of the row's (another row's)
    "- Svenning Clausen, fnr 01020312345 - {phone}\n",
])
def test_near_misses_of_a_lists_country(found, text):
    phone, phone2 = _danish_not_norwegian_mobile(), _danish_not_norwegian_mobile()
    text = text.format(phone=phone, phone2=phone2)
    assert phone not in values_of(found, text, None, "PHONE_NUMBER")
