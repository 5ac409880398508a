"""Numbers assigned in log lines and links (``key=value``): the key is the label."""

import random

import pytest
from stdnum.no import fodselsnummer, kontonr

from .generated import valid_mobile


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


@pytest.mark.parametrize("seed", range(4))
def test_labelled_keys_in_a_log_line_are_found(found, seed):
    rng = random.Random(seed)
    fnr, account, phone = _valid_fnr(rng), _valid_account(rng), valid_mobile(rng)
    text = (f"2025-03-04T10:22:13Z level=error user=kari.nordmann ssn={fnr} "
            f"kontonr={account} customer.mobile={phone} attempt=3")
    got = found(text)
    assert ("NO_FODSELSNUMMER", fnr) in got
    assert ("NO_BANK_ACCOUNT", account) in got
    assert ("PHONE_NUMBER", phone) in got


@pytest.mark.parametrize("seed", range(4))
def test_keys_that_name_no_such_thing_leave_the_number_out(found, seed):
    rng = random.Random(seed)
    fnr, phone = _valid_fnr(rng), valid_mobile(rng)
    text = f"GET /api/orders?id={fnr}&amount={phone}&session=3 took 12 ms"
    assert found(text) == []


def test_a_birth_number_after_a_bracketed_key_in_a_stack_trace(found):
    fnr = _valid_fnr(random.Random(9))
    text = f"ValueError: invalid account for customer (fnr={fnr})"
    assert ("NO_FODSELSNUMMER", fnr) in found(text, "en")


def _valid_orgnr(rng: random.Random) -> str:
    from stdnum.no import orgnr

    while True:
        number = f"{rng.choice('89')}{rng.randint(0, 9999999):07d}"
        for digit in "0123456789":
            if orgnr.is_valid(number + digit):
                return number + digit


@pytest.mark.parametrize("seed", range(3))
def test_a_keys_words_are_its_values_label_however_the_key_is_written(found, seed):
    # 'org_no' is 'org no', a context word the raw window never shows as such
    rng = random.Random(seed)
    for key in ("org_no", "orgNo", "org-no"):
        number = _valid_orgnr(rng)
        text = f"2024-05-01T10:00:00Z INFO {key}={number} status=200"
        assert ("NO_ORGNR", number) in found(text), text


@pytest.mark.parametrize("seed", range(3))
def test_a_negative_word_in_another_fields_value_is_not_this_values_label(found, seed):
    # 'ticket' (a case word) belongs to svc=; the number's own key is orgnr / fnr
    rng = random.Random(seed)
    orgnr, fnr = _valid_orgnr(rng), _valid_fnr(rng)
    text = f"INFO svc=ticket-api orgnr={orgnr} req=7 ordre-svc=kid fnr={fnr}"
    got = found(text)
    assert ("NO_ORGNR", orgnr) in got and ("NO_FODSELSNUMMER", fnr) in got, text


def test_a_key_naming_an_order_still_keeps_a_number_out(found):
    rng = random.Random(5)
    number = _valid_fnr(rng)
    assert not [f for f in found(f"INFO order_id={number}") if f[1] == number]
    assert not [f for f in found(f"kid={number}") if f[1] == number]


@pytest.mark.parametrize("seed", range(3))
def test_a_json_or_attribute_key_labels_its_quoted_value(found, seed):
    import json

    from stdnum.se import personnummer

    rng = random.Random(seed)
    number = _valid_orgnr(rng)
    for key in ("orgNo", "org_no", "organisationNumber"):
        text = json.dumps({"ticket": "T-4711", key: number, "status": "open"})
        assert ("NO_ORGNR", number) in found(text), text
    while True:  # a Swedish number written with a space: only a label makes it one
        digits = f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" \
                 f"{rng.randint(0, 999):03d}"
        for last in "0123456789":
            if personnummer.is_valid(digits + last):
                break
        else:
            continue
        break
    value = f"{digits[:6]} {digits[6:]}{last}"
    text = f'<customer swedish_personal_number="{value}" plan="basic"/>'
    assert ("SE_PERSONNUMMER", value) in found(text, "sv"), text


def test_a_quoted_value_without_a_key_is_read_as_before(found):
    rng = random.Random(9)
    number = _valid_fnr(rng)
    assert ("NO_FODSELSNUMMER", number) in found(f'Kunden skrev "{number}" i feltet')
    assert not [f for f in found(f'{{"kid": "{number}"}}') if f[1] == number]
