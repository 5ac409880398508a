"""Property tests: valid numbers in random text are found; a broken check digit is not."""

from __future__ import annotations

import datetime

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from stdnum import luhn
from stdnum.no import fodselsnummer as std_fnr
from stdnum.no import kontonr as std_kontonr

FILLER = st.text(alphabet=st.sampled_from(list("abcdefghij klmnoæøå ,.;\n")), max_size=40)
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _fnr(date: datetime.date, individual: int) -> str | None:
    body = date.strftime("%d%m%y") + "%03d" % individual
    k1 = std_fnr.calc_check_digit1(body)
    k2 = std_fnr.calc_check_digit2(body + k1)
    return None if "10" in (k1, k2) else body + k1 + k2


def _types_at(detector, text, start, end):
    return {f.entity_type for f in detector.analyze(text, "nb") if (f.start, f.end) == (start, end)}


@SETTINGS
@given(date=st.dates(datetime.date(1940, 1, 1), datetime.date(1999, 12, 31)),
       individual=st.integers(0, 499), left=FILLER, right=FILLER)
def test_valid_fodselsnummer_found_broken_not(detector, date, individual, left, right):
    number = _fnr(date, individual)
    assume(number is not None)
    text = f"{left} fødselsnummer {number} {right}"
    start = text.index(number)
    assert "NO_FODSELSNUMMER" in _types_at(detector, text, start, start + 11)
    broken = number[:-1] + str((int(number[-1]) + 1) % 10)
    text = f"{left} fødselsnummer {broken} {right}"
    assert "NO_FODSELSNUMMER" not in _types_at(detector, text, start, start + 11)


@SETTINGS
@given(body=st.from_regex(r"[1-9][0-9]{9}", fullmatch=True), left=FILLER, right=FILLER)
def test_valid_account_found_broken_not(detector, body, left, right):
    check = std_kontonr._calc_check_digit(body + "0")
    assume(check != "10")
    number = std_kontonr.format(body + check)
    text = f"{left} kontonummer {number} {right}"
    start = text.index(number)
    assert "NO_BANK_ACCOUNT" in _types_at(detector, text, start, start + len(number))
    broken = number[:-1] + str((int(number[-1]) + 1) % 10)
    text = f"{left} kontonummer {broken} {right}"
    assert "NO_BANK_ACCOUNT" not in _types_at(detector, text, start, start + len(broken))


@SETTINGS
@given(body=st.from_regex(r"4[0-9]{14}", fullmatch=True), left=FILLER, right=FILLER)
def test_valid_card_found_broken_not(detector, body, left, right):
    number = body + luhn.calc_check_digit(body)
    grouped = " ".join(number[i:i + 4] for i in range(0, 16, 4))
    text = f"{left} kortnummer {grouped} {right}"
    start = text.index(grouped)
    assert "CREDIT_CARD" in _types_at(detector, text, start, start + len(grouped))
    broken = grouped[:-1] + str((int(grouped[-1]) + 1) % 10)
    text = f"{left} kortnummer {broken} {right}"
    assert "CREDIT_CARD" not in _types_at(detector, text, start, start + len(broken))
