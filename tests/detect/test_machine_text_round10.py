"""Machine text in tickets, round 10: a number after a camelCase or snake_case field name in a
log line (``nationalId=...``, ``national_id=...``) and after ID-porten's ``pid=`` claim is the
birth number the key names; ``id=`` and other keys still keep numbers out."""

from __future__ import annotations

import datetime
import random

import pytest
from stdnum import luhn
from stdnum.no import fodselsnummer as no_fnr

_RNG = random.Random(10)


def _fnr(month_offset: int) -> str:
    while True:
        born = datetime.date(1950, 1, 1) + datetime.timedelta(days=_RNG.randint(0, 20000))
        base = f"{born.day:02d}{born.month + month_offset:02d}{born.year % 100:02d}" \
               f"{_RNG.randint(0, 499) if born.year < 2000 else _RNG.randint(500, 999):03d}"
        first = no_fnr.calc_check_digit1(base)
        value = base + first + no_fnr.calc_check_digit2(base + first)
        if len(value) == 11:
            return value


def _pnr() -> str:
    born = datetime.date(1950, 1, 1) + datetime.timedelta(days=_RNG.randint(0, 20000))
    base = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{_RNG.randint(0, 999):03d}"
    digits = base + luhn.calc_check_digit(base)
    return f"{born.year // 100}{digits[:6]}-{digits[6:]}"


_NO = [_fnr(0), _fnr(80), _fnr(0), _fnr(80)]


@pytest.mark.parametrize("value", _NO)
@pytest.mark.parametrize("key", ["nationalId", "national_id", "customer.nationalIdentityNumber",
                                 "pid"])
def test_birth_number_after_field_name_in_log_line(found, key, value):
    text = (f"2026-03-01T10:11:12.345Z WARN [req-9f2c1a] c.e.crm.CustomerService - lookup by "
            f"{key}={value} took 812ms")
    assert ("NO_FODSELSNUMMER", value) in found(text, "nb")


@pytest.mark.parametrize("key", ["nationalId", "national_id"])
def test_personnummer_after_field_name_in_log_line(found, key):
    value = _pnr()
    text = f"2026-03-01 10:11:12 WARN CustomerService lookup {key}={value} status=404"
    assert ("SE_PERSONNUMMER", value) in found(text, "sv")


@pytest.mark.parametrize("value", _NO)
@pytest.mark.parametrize("key", ["orderId", "invoice_id", "requestId", "jobNumber"])
def test_other_field_names_keep_numbers_out(found, key, value):
    text = f"2026-03-01 10:11:12 INFO OrderService done {key}={value} ms=120"
    assert not [v for t, v in found(text, "nb") if t in ("NO_FODSELSNUMMER", "SE_PERSONNUMMER")]


def _mobile(prefix: str, first: str) -> str:
    return prefix + first + "".join(str(_RNG.randint(0, 9)) for _ in range(7))


@pytest.mark.parametrize("number", [_mobile("47", "9"), _mobile("47", "4"), _mobile("467", "0")])
def test_url_encoded_plus_of_an_international_number(found, number):
    text = f"GET https://api.example.no/v1/lookup?tlf=%2B{number}&session=ab12 -> 500"
    assert ("PHONE_NUMBER", f"%2B{number}") in found(text, "nb")


def test_url_encoded_plus_before_a_short_number_is_no_phone(found):
    assert not [v for t, v in found("GET /search?q=C%2B%2B17&page=2", "en") if t == "PHONE_NUMBER"]
