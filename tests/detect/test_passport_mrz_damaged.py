"""A passport's machine-readable zone as a scan reads it: line 2 garbled after its first
fields (a sex letter lost, digits split, padding read as letters). The document number
counts when it and the birth date pass their check digits under a zone's line 1. Values are
generated (seeded digits, ICAO check digits), never corpus strings."""

from __future__ import annotations

import random

import pytest

from pii_scanner.detect.validators import mrz

from .generated import values_of

_R = random.Random(2024)


def _number() -> str:
    return f"{_R.randint(10**7, 10**8 - 1)}" if _R.random() < 0.5 else \
        "".join(_R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + f"{_R.randint(0, 9999999):07d}"


def _birth() -> str:
    return f"{_R.randint(40, 99)}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}"


def _line1(surname: str = "HOLM", given: str = "TOVE") -> str:
    return f"P<NOR{surname}<<{given}".ljust(44, "<")


def _garbled_rest() -> str:
    return f" {_R.randint(100, 999)} {_R.randint(1000, 9999)}<<<<<<<<<<<<<<0{_R.randint(0, 9)}"


def _start(number: str, birth: str, state: str = "NOR") -> str:
    padded = number.ljust(9, "<")
    return padded + mrz.calc_check_digit(padded) + state + birth + mrz.calc_check_digit(birth)


@pytest.mark.parametrize("n", range(4))
def test_a_garbled_line_2_under_line_1_gives_its_document_number(found, n):
    number, birth = _number(), _birth()
    line2 = _start(number, birth) + _garbled_rest()
    assert values_of(found, _line1() + "\n" + line2, None, "PASSPORT_NUMBER") == [number]
    # the nationality's O read as a zero, and line 1's padding read as letters
    line1 = _line1()[:20] + "ec<cee<<<ceccc<"
    line2 = _start(number, birth, "N0R") + _garbled_rest()
    assert values_of(found, "Skannet pass:\n" + line1 + "\n" + line2, "nb",
                     "PASSPORT_NUMBER") == [number]


@pytest.mark.parametrize("n", range(4))
def test_no_passport_without_both_check_digits_or_without_line_1(found, n):
    number, birth = _number(), _birth()
    good = _start(number, birth)
    wrong_number = good[:9] + str((int(good[9]) + 1) % 10) + good[10:]
    wrong_birth = good[:-1] + str((int(good[-1]) + 1) % 10)
    for line2 in (wrong_number, wrong_birth):
        assert not values_of(found, _line1() + "\n" + line2 + _garbled_rest(), None,
                             "PASSPORT_NUMBER")
    # the same digits with no zone's line 1 above: a log line, a table row
    for above in ("Ordrelinjer:", "ID<NOR<<<<", ""):
        assert not values_of(found, above + "\n" + good + _garbled_rest(), None, "PASSPORT_NUMBER")
    # a birth date that is no date (month 13)
    bad = _start(number, birth[:2] + "13" + birth[4:])
    assert not values_of(found, _line1() + "\n" + bad + _garbled_rest(), None, "PASSPORT_NUMBER")
