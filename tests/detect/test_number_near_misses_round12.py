"""Round 12: number types in more writings, and near misses by the same labels (generated values)."""

from __future__ import annotations

import random

import pytest
from stdnum import luhn

from pii_scanner.detect.validators.dk import cpr
from pii_scanner.detect.validators.fi import hetu
from pii_scanner.detect.validators.no import fodselsnummer, kontonr, orgnr
from pii_scanner.detect.validators.se import personnummer

_R = random.Random(1212)


def _digits(n: int) -> str:
    return "".join(str(_R.randrange(10)) for _ in range(n))


def _fnr() -> str:
    while True:
        value = f"{_R.randrange(1, 29):02d}{_R.randrange(1, 13):02d}{_R.randrange(50, 99)}" + _digits(5)
        if fodselsnummer.is_valid(value):
            return value


def _se_pnr() -> str:
    base = f"{_R.randrange(40, 99)}{_R.randrange(1, 13):02d}{_R.randrange(1, 29):02d}" + _digits(3)
    return base + luhn.calc_check_digit(base)


def _cpr(mod11: bool) -> str:
    while True:
        value = f"{_R.randrange(1, 29):02d}{_R.randrange(1, 13):02d}{_R.randrange(40, 99)}" + _digits(4)
        if cpr.is_valid(value) and cpr.has_mod11(value) == mod11:
            return value


def _konto() -> str:
    while True:
        value = "9710" + _digits(7)
        if kontonr.is_valid(value):
            return value


def _orgnr() -> str:
    while True:
        value = "9" + _digits(8)
        if orgnr.is_plausible(value):
            return value


def _hetu_with_letter() -> str:
    while True:
        value = f"{_R.randrange(1, 29):02d}{_R.randrange(1, 13):02d}{_R.randrange(40, 99)}-" + _digits(3)
        for check in "ABCDEFHJKLMNPRSTUVWXY":
            if hetu.is_valid(value + check):
                return value + check


def _types(found, text, lang="nb"):
    return {t for t, _ in found(text, lang)} - {"PERSON", "STREET_ADDRESS", "EMAIL_ADDRESS"}


@pytest.mark.parametrize("n", range(4))
def test_ten_digits_under_a_norwegian_birth_number_label_are_no_cpr(found, n):
    # a fødselsnummer missing a digit; a post-2007 CPR reading needs a Danish word
    value = _cpr(mod11=False)
    for text in (f"Fødselsnr.: {value}", f"fnr: {value[:6]} {value[6:]}"):
        assert "DK_CPR" not in _types(found, text)
    assert ("DK_CPR", value) in found(f"Dansk CPR-nummer: {value}", "nb")
    # the CPR's own dashed writing under a Norwegian label stays a CPR (a Danish customer)
    assert ("DK_CPR", f"{value[:6]}-{value[6:]}") in found(f"Fnr: {value[:6]}-{value[6:]}", "nb")


@pytest.mark.parametrize("n", range(4))
def test_another_countrys_label_is_negative(found, n):
    # 'Svensk personnummer' with a wrong Luhn digit is no CPR or hetu; 'Norskt personnummer'
    # 10 digits are no Swedish number
    pnr = _se_pnr()
    bad = pnr[:9] + str((int(pnr[9]) + 1) % 10)
    assert not personnummer.is_valid(bad)
    for text, lang in ((f"Svensk personnummer: {bad[:6]}-{bad[6:]}", "nb"),
                       (f"Swedish personal number: {bad[:6]}-{bad[6:]}", "en")):
        assert not _types(found, text, lang) & {"DK_CPR", "FI_PERSONAL_IDENTITY_CODE"}
    assert "SE_PERSONNUMMER" not in _types(found, f"Norskt personnummer: {pnr}", "sv")
    assert ("SE_PERSONNUMMER", f"{pnr[:6]}-{pnr[6:]}") in found(
        f"Personnummer: {pnr[:6]}-{pnr[6:]}", "sv")


@pytest.mark.parametrize("n", range(3))
def test_english_id_number_label_and_quoted_line_break(found, n):
    value = _fnr()
    assert ("NO_FODSELSNUMMER", f"{value[:6]}\n{value[6:]}") in found(
        f"Norwegian ID number: {value[:6]}\n{value[6:]}", "en")
    quoted = f"> Fødselsnummer: {value[:6]}\n> {value[6:]}\n> Takk"
    assert ("NO_FODSELSNUMMER", f"{value[:6]}\n> {value[6:]}") in found(quoted, "nb")
    # without a birth-number word a split number stays two numbers
    assert "NO_FODSELSNUMMER" not in _types(found, f"> Ordre: {value[:6]}\n> {value[6:]}")


@pytest.mark.parametrize("n", range(3))
def test_personnummer_and_cpr_with_a_space_for_the_dash(found, n):
    pnr = _se_pnr()
    assert ("SE_PERSONNUMMER", f"{pnr[:6]} {pnr[6:]}") in found(f"Personnummer: {pnr[:6]} {pnr[6:]}", "sv")
    assert "SE_PERSONNUMMER" not in _types(found, f"Telefon: {pnr[:6]} {pnr[6:]}", "sv")
    value = _cpr(mod11=False)
    assert ("DK_CPR", f"{value[:6]} {value[6:]}") in found(f"CPR-nummer: {value[:6]} {value[6:]}", "da")
    assert "DK_CPR" not in _types(found, f"Ref {value[:6]} {value[6:]}", "da")


@pytest.mark.parametrize("n", range(3))
def test_dashed_account_dotted_orgnr_and_lower_case_hetu(found, n):
    konto = _konto()
    dashed = f"{konto[:4]}-{konto[4:6]}-{konto[6:]}"
    assert ("NO_BANK_ACCOUNT", dashed) in found(f"Kontonummer: {dashed}")
    wrong = konto[:10] + str((int(konto[10]) + 1) % 10)
    assert "NO_BANK_ACCOUNT" not in _types(found, f"Kontonummer: {wrong[:4]}-{wrong[4:6]}-{wrong[6:]}")
    org = _orgnr()
    dotted = f"{org[:3]}.{org[3:6]}.{org[6:]}"
    assert ("NO_ORGNR", dotted) in found(f"Organisasjonsnummer: {dotted}")
    assert "NO_ORGNR" not in _types(found, f"Beløp: {dotted} kr")
    code = _hetu_with_letter()
    assert ("FI_PERSONAL_IDENTITY_CODE", code.lower()) in found(f"Henkilötunnus: {code.lower()}", "fi")


@pytest.mark.parametrize("n", range(3))
def test_visible_part_of_a_masked_number_is_no_passport(found, n):
    visible = str(_R.randrange(100000, 999999))
    assert "PASSPORT_NUMBER" not in _types(found, f"Passnummer: {visible}*****")
    assert "PASSPORT_NUMBER" not in _types(found, f"Passport number: ***{visible}12", "en")
    number = _digits(1) + str(_R.randrange(1000000, 9999999))
    assert ("PASSPORT_NUMBER", number) in found(f"Passnummer: **{number}**")


@pytest.mark.parametrize("n", range(3))
def test_swedish_card_word_names_a_card_key(found, n):
    base = "4" + _digits(14)
    card = base + luhn.calc_check_digit(base)
    text = f"2025-03-01T10:00:00Z INFO svc=api kreditkort={card} status=200"
    assert ("CREDIT_CARD", card) in found(text, "sv")


@pytest.mark.parametrize("n", range(3))
def test_order_label_before_a_dashed_personnummer_shape(found, n):
    # a Norwegian/Danish 'Ordrenr' in a Swedish ticket: the number is an order number
    pnr = _se_pnr()
    assert "SE_PERSONNUMMER" not in _types(found, f"Ordrenr: {pnr[:6]}-{pnr[6:]}", "sv")


@pytest.mark.parametrize("n", range(3))
def test_personnummer_label_in_a_norwegian_ticket_is_a_birth_number_label(found, n):
    value = _cpr(mod11=False)
    for lang in ("nb", "nn"):
        assert "DK_CPR" not in _types(found, f"Personnummer: {value}", lang)
    # a Danish ticket's 'personnummer' is the CPR's own word
    assert ("DK_CPR", value) in found(f"Mit personnummer er {value}.", "da")


@pytest.mark.parametrize("sep", ["\t", ";"])
def test_a_label_in_another_columns_header_is_not_this_cells_label(found, sep):
    # pasted sheets: the window before a first-column value runs into the header row
    customer = _digits(8)
    recent = f"{_R.randrange(1, 29):02d}.{_R.randrange(1, 13):02d}.2024"
    born = f"{_R.randrange(1, 29):02d}.{_R.randrange(1, 13):02d}.19{_R.randrange(40, 99)}"
    passport = "AB" + _digits(7)
    text = (sep.join(["Kundenr", "Dato", "Fødselsdato", "Passnummer"]) + "\n"
            + sep.join([customer, recent, born, passport]) + "\n")
    got = found(text, "nb")
    assert ("DATE_OF_BIRTH", born) in got and ("PASSPORT_NUMBER", passport) in got
    assert ("PASSPORT_NUMBER", customer) not in got and ("DATE_OF_BIRTH", recent) not in got
    # a birth word inside the cell itself still labels it
    text = sep.join(["Navn", "Merknad"]) + "\n" + sep.join(["Kari", f"født {born}"]) + "\n"
    assert ("DATE_OF_BIRTH", born) in found(text, "nb")
