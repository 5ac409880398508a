"""A field holding nothing but an identifier (a user's ``phone``, an org-number custom field)
is found without a context word; the same digits inside prose still need one."""

from __future__ import annotations

import random

import pytest
from stdnum import luhn
from stdnum.no import orgnr

from .generated import valid_mobile

RNG = random.Random(4711)


def _orgnrs(n: int) -> list[str]:
    out = []
    while len(out) < n:
        body = str(RNG.choice((8, 9))) + "".join(RNG.choice("0123456789") for _ in range(7))
        out.extend([body + d for d in "0123456789" if orgnr.is_valid(body + d)][:1])
    return out


def _se_personnummer(n: int) -> list[str]:
    out = []
    while len(out) < n:
        yymmdd = f"{RNG.randint(30, 99):02d}{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}"
        serial = f"{RNG.randint(0, 999):03d}"
        digits = yymmdd + serial
        out.append(f"{yymmdd}-{serial}{luhn.calc_check_digit(digits)}")
    return out


@pytest.mark.parametrize("value", _orgnrs(5))
def test_bare_orgnr_field(found, value):
    assert found(value, None) == [("NO_ORGNR", value)]
    assert found(f"  {value}\n", None) == [("NO_ORGNR", value)]


@pytest.mark.parametrize("value", _orgnrs(3))
def test_orgnr_in_prose_still_needs_context(found, value):
    assert ("NO_ORGNR", value) not in found(f"Vi har mottatt {value} i dag.")


@pytest.mark.parametrize("value", _se_personnummer(5))
def test_bare_se_personnummer_field(found, value):
    assert ("SE_PERSONNUMMER", value) in found(value, None)


def test_broken_check_digit_in_bare_field_is_not_found(found):
    for value in _se_personnummer(5):
        broken = value[:-1] + str((int(value[-1]) + 1) % 10)
        assert ("SE_PERSONNUMMER", broken) not in found(broken, None)


@pytest.mark.parametrize("value", [valid_mobile(RNG) for _ in range(5)])
def test_bare_phone_field(found, value):
    assert found(value, None) == [("PHONE_NUMBER", value)]


def test_bare_value_rule_is_limited_to_short_fields(found):
    value = valid_mobile(RNG)
    text = "x" * 60 + " " + value
    assert ("PHONE_NUMBER", value) not in found(text, None)


def test_whole_value_is_explained(detector):
    (value,) = _orgnrs(1)
    (finding,) = detector.analyze(value)
    assert ("whole_value_boost", 0.3) in finding.explanation
