"""Identifiers written with no-break/thin spaces or Unicode dashes (HTML mail, Word) are found
with the same offsets as their plain-separated forms."""

import pytest

from pii_scanner.detect.separators import plain_separators, plain_view

SPACES = ["\u00a0", "\u202f", "\u2009"]


def test_the_mapping_keeps_every_offset():
    text = "a\u00a0b\u2013c\u202fd-e f"
    assert plain_separators(text) == "a b-c d-e f"
    assert len(plain_separators(text)) == len(text)


def test_text_without_odd_separators_is_returned_as_is():
    text = "tlf 412 34 567"
    assert plain_separators(text) is text
    assert plain_view(text) == (text, text.lower())


@pytest.mark.parametrize("space", SPACES)
@pytest.mark.parametrize("entity, label, value", [
    ("NO_FODSELSNUMMER", "Fødselsnummer:", "120586 95082"),
    ("NO_ORGNR", "Org.nr.", "991 585 737"),
    ("NO_BANK_ACCOUNT", "Kontonr:", "8601 11 17947"),
    ("PHONE_NUMBER", "Tlf:", "+47 412 34 567"),
    ("PHONE_NUMBER", "Mobil", "412 34 567"),
    ("IBAN_CODE", "IBAN", "NO93 8601 1117 947"),
    ("CREDIT_CARD", "Kort:", "4111 1111 1111 1111"),
    ("STREET_ADDRESS", "Adresse:", "Storgata 12, 0155 Oslo"),
    ("PERSON", "Mvh", "Kari Nordmann"),
])
def test_no_break_and_thin_spaces_separate_like_spaces(found, space, entity, label, value):
    plain = f"{label} {value} takk"
    assert (entity, value) in found(plain)
    odd = plain.replace(" ", space)
    assert (entity, value.replace(" ", space)) in found(odd)


@pytest.mark.parametrize("dash", ["\u2013", "\u2011", "\u2212"])
def test_unicode_dashes_separate_like_hyphens(found, dash):
    assert ("NO_FODSELSNUMMER", f"120586{dash}95082") in found(f"Fnr: 120586{dash}95082")
    assert ("SE_PERSONNUMMER", f"811218{dash}9876") in found(f"Personnummer {811218}{dash}9876", "sv")


def test_the_quick_test_sees_exactly_the_characters_the_table_changes():
    from pii_scanner.detect import separators

    changed = {chr(code) for code in separators._TABLE}
    changed |= {"\u2014", "\u2015"}  # (between digits: separators._DIGIT_DASH)
    for code in range(0x10000):
        char = chr(code)
        assert (separators._ODD.search(char) is not None) == (char in changed), hex(code)
        if char in changed:  # every one changes between digits
            assert plain_separators(f"1{char}2") != f"1{char}2", hex(code)
