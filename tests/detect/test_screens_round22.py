"""Screenshot round 22 (fresh probe seeds of the fifteen layouts), as text: a sheet's name box
read as a name, a home-savings account's initials, a birth date's day glued to its month.
Values are generated (python-stdnum check digits, seeded digits), never corpus strings."""

from __future__ import annotations

import random

import pytest
from stdnum.no import fodselsnummer, kontonr

from .generated import shipped_names, values_of

_R = random.Random(2222)


def _ambiguous_number() -> str:
    """Eleven digits valid both as a fødselsnummer and as a bank account number."""
    while True:
        base = f"{_R.randint(1, 28) + _R.choice((0, 40)):02d}{_R.randint(1, 12):02d}" \
               f"{_R.randint(50, 99):02d}{_R.randint(0, 499):03d}"
        for k1 in "0123456789":
            for k2 in "0123456789":
                if fodselsnummer.is_valid(base + k1 + k2) and kontonr.is_valid(base + k1 + k2):
                    return base + k1 + k2


@pytest.mark.parametrize("n", range(3))
def test_a_sheets_name_box_is_no_name(found_ner, n):
    first = _R.choice(shipped_names("no_first_names.txt"))
    surname = _R.choice(shipped_names("no_surnames.txt"))
    for box in ("Al", "B12", "C3"):
        for bar in ("\tfx", " fx", "\tƒx"):
            text = f"{box}{bar}\n\nNavn\tTelefon\n{first} {surname}\t9{_R.randint(1000000, 9999999)}"
            people = values_of(found_ner, text, "nb", "PERSON")
            assert box not in people and f"{first} {surname}" in people
    # a short name alone on its line, or before other words, is still one
    assert values_of(found_ner, "Hilsen\nAl", "en", "PERSON") == ["Al"]


@pytest.mark.parametrize("n", range(3))
def test_bsu_names_an_account(found, n):
    number = _ambiguous_number()
    text = f"Mina konton\nBrukskonto\t15066654297\t14904,31 kr\nBSU\t{number}\t73 638,63 kr"
    assert number in values_of(found, text, "nb", "NO_BANK_ACCOUNT")
    assert values_of(found, f"BSU: {number}", "nb", "NO_BANK_ACCOUNT") == [number]
    # the same digits as a birth number where a birth-number word labels them
    assert values_of(found, f"Fnr {number}", "nb", "NO_FODSELSNUMMER") == [number]


@pytest.mark.parametrize("n", range(3))
def test_a_birth_dates_day_glued_to_its_month(found, n):
    day, year = _R.randint(1, 28), _R.randint(1940, 2005)
    for label, month, lang in (("Födelsedatum:", "juni", "sv"), ("Født", "mars", "nb"),
                               ("Date of birth:", "May", "en")):
        value = f"{day}{month} {year}"
        assert values_of(found, f"{label} {value}", lang, "DATE_OF_BIRTH") == [value]
    # no birth word: no birth date
    assert not values_of(found, f"Levering {day}juni {year}", "nb", "DATE_OF_BIRTH")
