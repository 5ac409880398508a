"""Masked previews never give the value away (property tests) and are deterministic."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pii_scanner.store import preview
from pii_scanner.store.normalise import ALNUM_TYPES, DIGIT_TYPES
from pii_scanner.store.preview import BULLET, masked_preview

ENTITIES = sorted(DIGIT_TYPES | ALNUM_TYPES | {
    "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "GPS_COORDINATES", "STREET_ADDRESS",
    "PERSON", "DATE_OF_BIRTH", "SOMETHING_NEW"})


def _alnum(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def test_doctests():
    assert doctest.testmod(preview).failed == 0


texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters=BULLET),
                max_size=60)
numbers = st.text("0123456789 -.", min_size=1, max_size=40)
emails = st.builds(lambda a, b, c: f"{a}@{b}.{c}", st.from_regex(r"[a-z0-9._+-]{1,20}", fullmatch=True),
                   st.from_regex(r"[a-z0-9-]{1,15}", fullmatch=True),
                   st.sampled_from(["no", "se", "dk", "com", "museum"]))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(ENTITIES), st.one_of(texts, numbers, emails))
def test_preview_never_contains_the_value(entity, value):
    shown = masked_preview(entity, value)
    assert masked_preview(entity, value) == shown
    assert len(shown) <= 120
    if len(_alnum(value)) >= 2:
        assert _alnum(value) not in _alnum(shown)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(DIGIT_TYPES)), numbers)
def test_numbers_show_at_most_four_digits_and_less_than_half(entity, value):
    digits = "".join(c for c in value if c.isdigit())
    shown = "".join(c for c in masked_preview(entity, value) if c.isdigit())
    assert len(shown) <= 4
    assert len(shown) < max(len(digits), 1) / 2 or not shown


@settings(max_examples=200, deadline=None)
@given(emails)
def test_emails_show_at_most_one_letter_of_the_address(value):
    local = value.rpartition("@")[0]
    shown = masked_preview("EMAIL_ADDRESS", value)
    assert shown.count("@") == 1
    assert len(_alnum(shown.rpartition("@")[0])) <= 1
    tld = value.rpartition(".")[2]
    assert _alnum(shown.rpartition("@")[2]) in ("", tld)  # only a short top-level domain
    if len(_alnum(local)) >= 2:
        assert _alnum(local) not in _alnum(shown.rpartition("@")[0])


@pytest.mark.parametrize("entity, value, expected", [
    ("NO_FODSELSNUMMER", "010190-12345", "••••••••345"),
    ("NO_ORGNR", "974 760 673", "••••••673"),
    ("SE_PERSONNUMMER", "811218-9876", "•••••••876"),
    ("IBAN_CODE", "NO93 8601 1117 947", "•••••••••••7947"),
    ("EMAIL_ADDRESS", "ab@example.no", "•••@•••.no"),
    ("EMAIL_ADDRESS", "kari@example.museum", "k•••@•••"),
    ("EMAIL_ADDRESS", "not an address", "••• •• •••••••"),
    ("PHONE_NUMBER", "47", "••"),
    ("PERSON", "Kari Anne Bakke Nordmann", "K••• A••• B••• …"),
    ("PERSON", "K. Nordmann", "• N•••"),
    ("IP_ADDRESS", "2001:db8::1", "•••:•••:…"),
    ("GPS_COORDINATES", "59.9139, 10.7522", "••.••••, ••.••••"),
    ("NO_FODSELSNUMMER", "123", "•••"),
])
def test_examples(entity, value, expected):
    assert masked_preview(entity, value) == expected
