"""Numbers assigned in log lines and links (``key=value``): the key is the label."""

import random

import pytest
from stdnum.no import fodselsnummer, kontonr


def _valid_fnr(rng: random.Random) -> str:
    while True:
        base = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(40, 99):02d}" \
               f"{rng.randint(0, 499):03d}"
        for tail in (f"{i:02d}" for i in range(100)):
            if fodselsnummer.is_valid(base + tail):
                return base + tail


def _valid_account(rng: random.Random) -> str:
    while True:
        number = f"{rng.randint(1000, 9999)}{rng.randint(10, 99)}{rng.randint(10000, 99999)}"
        if kontonr.is_valid(number) and not fodselsnummer.is_valid(number):
            return number


def _mobile(rng: random.Random) -> str:
    return rng.choice("49") + "".join(str(rng.randint(0, 9)) for _ in range(7))


@pytest.mark.parametrize("seed", range(4))
def test_labelled_keys_in_a_log_line_are_found(found, seed):
    rng = random.Random(seed)
    fnr, account, phone = _valid_fnr(rng), _valid_account(rng), _mobile(rng)
    text = (f"2025-03-04T10:22:13Z level=error user=kari.nordmann ssn={fnr} "
            f"kontonr={account} customer.mobile={phone} attempt=3")
    got = found(text)
    assert ("NO_FODSELSNUMMER", fnr) in got
    assert ("NO_BANK_ACCOUNT", account) in got
    assert ("PHONE_NUMBER", phone) in got


@pytest.mark.parametrize("seed", range(4))
def test_keys_that_name_no_such_thing_leave_the_number_out(found, seed):
    rng = random.Random(seed)
    fnr, phone = _valid_fnr(rng), _mobile(rng)
    text = f"GET /api/orders?id={fnr}&amount={phone}&session=3 took 12 ms"
    assert found(text) == []


def test_a_birth_number_after_a_bracketed_key_in_a_stack_trace(found):
    fnr = _valid_fnr(random.Random(9))
    text = f"ValueError: invalid account for customer (fnr={fnr})"
    assert ("NO_FODSELSNUMMER", fnr) in found(text, "en")
