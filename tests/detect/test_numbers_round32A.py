"""Round 32A: number leftovers of the ticket probe (benchmarks/ticket_probe.py). A Swedish,
Norwegian or Danish birth number after the abbreviated label 'Pers.nr' (the '+' century sign
too); a Finnish code in a Danish ticket labelled 'HETU' is no CPR; a bare Norwegian mobile in a
contact row after another value and its label ('Kari Nordmann | Fødselsnummer: … | 4…', '- Kari
Nordmann, fnr … - 4…') is the row's phone. Values are generated (seeded draws, stdnum's rules)."""

from __future__ import annotations

import random

import pytest
from stdnum import luhn
from stdnum.dk import cpr as std_cpr
from stdnum.fi import hetu as std_hetu

from .generated import valid_fnr, valid_mobile, values_of

_R = random.Random(3201)


def _personnummer(sep: str) -> str:
    base = f"{_R.randint(20, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{_R.randint(0, 999):03d}"
    value = base + luhn.calc_check_digit(base)
    return value[:6] + sep + value[6:]


def _cpr_shaped_hetu() -> str:
    """A hetu of the 1900s with a digit check character that also passes the CPR's shape."""
    while True:
        body = f"{_R.randint(1, 28):02d}{_R.randint(1, 12):02d}{_R.randint(50, 99):02d}"
        serial = f"{_R.randint(2, 899):03d}"
        check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(body + serial) % 31]
        value = f"{body}-{serial}{check}"
        if check.isdigit() and std_hetu.is_valid(value) and std_cpr.is_valid(value):
            return value


# ------------------------------------------------------------- 1. 'Pers.nr'

@pytest.mark.parametrize("sep", ["+", "-"])
@pytest.mark.parametrize("lang", ["sv", None])
def test_pers_nr_labels_a_personnummer(found, sep, lang):
    value = _personnummer(sep)
    text = f"Namn: Maja Lindqvist\nPers.nr: {value}\n"
    assert values_of(found, text, lang, "SE_PERSONNUMMER") == [value]


def test_pers_nr_labels_a_fodselsnummer(found):
    value = valid_fnr(_R)
    assert values_of(found, f"Pers.nr. {value}", "nb", "NO_FODSELSNUMMER") == [value]


@pytest.mark.parametrize("text", ["Ordrenr: {v}", "Pers. {v} kr", "Persienner {v}"])
def test_no_pers_nr_no_personnummer(found, text):
    value = _personnummer("+")
    assert values_of(found, text.format(v=value), None, "SE_PERSONNUMMER") == []


# ------------------------------------------------------------- 2. 'HETU' in a Danish ticket

def test_a_hetu_labelled_as_one_in_a_danish_ticket_is_no_cpr(found):
    value = _cpr_shaped_hetu()
    text = f"Finsk personnummer (HETU) {value}."
    assert values_of(found, text, "da", "DK_CPR") == []
    assert values_of(found, text, "da", "FI_PERSONAL_IDENTITY_CODE") == [value]


def test_a_cpr_stays_a_cpr_in_a_danish_ticket(found):
    value = _cpr_shaped_hetu()
    assert values_of(found, f"Mit CPR-nr. er {value}.", "da", "DK_CPR") == [value]


# ------------------------------------------------------------- 3. a row's phone after an ID

@pytest.mark.parametrize("row", [
    "Kari Nordmann | Fødselsnummer: {fnr} | {tlf}",
    "- Kari Nordmann, fnr {fnr} - {tlf}",
    "* Berit Sandvik, Norwegian ID {fnr} - {tlf}",
])
@pytest.mark.parametrize("lang", ["nb", None])
def test_a_rows_phone_after_an_id_is_found(found, row, lang):
    tlf = valid_mobile(_R)
    text = row.format(fnr=valid_fnr(_R), tlf=tlf)
    assert values_of(found, text, lang, "PHONE_NUMBER") == [tlf]


@pytest.mark.parametrize("row", [
    "Kari Nordmann | Kundenr {tlf}",  # the number's own label
    "- Kari Nordmann, kundenr {tlf}",  # no dash: the label's value
    "- Kari Nordmann - {tlf}",  # no comma after the name
    "- Oppgave 3, fnr {fnr} - {tlf}",  # no person's name first
    "Kari Nordmann | Fødselsnummer: {fnr} | Medlemsnr {tlf}",  # another number's label
])
def test_near_misses_stay_out(found, row):
    tlf = valid_mobile(_R)
    text = row.format(fnr=valid_fnr(_R), tlf=tlf)
    assert values_of(found, text, "nb", "PHONE_NUMBER") == []
