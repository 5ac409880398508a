"""A negative context word belongs to its own list item: ``fnr <number>, tlf <phone>``."""

from __future__ import annotations

import random

import pytest
from stdnum.no import fodselsnummer

from pii_scanner.detect.context import clause_window

from .generated import valid_mobile

RNG = random.Random(99)


def _fnr() -> str:
    while True:
        base = f"{RNG.randint(1, 28):02d}{RNG.randint(1, 12):02d}{RNG.randint(40, 99):02d}" \
               f"{RNG.randint(0, 499):03d}"
        for tail in (f"{a}{b}" for a in range(10) for b in range(10)):
            if fodselsnummer.is_valid(base + tail):
                return base + tail


def test_phone_after_an_id_item_is_found(found):
    for _ in range(5):
        fnr, phone = _fnr(), valid_mobile(RNG)
        got = found(f"Ny leietaker, fnr {fnr[:6]} {fnr[6:]}, tlf {phone}.")
        assert ("PHONE_NUMBER", phone) in got
        assert ("NO_FODSELSNUMMER", f"{fnr[:6]} {fnr[6:]}") in got


def test_negative_word_in_the_same_item_still_counts(found):
    phone = valid_mobile(RNG)
    assert ("PHONE_NUMBER", phone) not in found(f"Ordrenummer {phone} er sendt.")


def test_clause_window_cuts_at_list_separators():
    text = "kundenr 1; tlf 2"
    assert "kundenr" not in clause_window(text, 15, 16, 30, 0)
    assert "kundenr" in clause_window("kundenr tlf 2", 12, 13, 30, 0)


def test_fodselsnummer_alone_on_a_line_beats_an_eleven_digit_phone_reading(found):
    checked = 0
    while checked < 5:
        fnr = _fnr()
        if fnr.startswith("0"):  # 0xxxxxxxxxx also parses as a Swedish trunk number
            text = f"Kari Hansen\n{fnr}\nkari@telia.com\n"
            assert ("NO_FODSELSNUMMER", fnr) in found(text)
            checked += 1


def test_a_heading_on_a_line_above_is_not_the_numbers_label(found):
    """A document title (HUSLEIEKONTRAKT: rental contract) is not "kontraktnr"."""
    for number in ("140175 16761", "14017516761"):
        text = f"HUSLEIEKONTRAKT\nSanne Wiig\n{number}"
        assert ("NO_FODSELSNUMMER", number) in found(text)
        assert ("NO_FODSELSNUMMER", number) not in found(f"Kontraktnummer {number}")
        assert ("NO_FODSELSNUMMER", number) not in found(f"Kontrakt nr:\n{number}")



@pytest.mark.parametrize("name", ["Hamid Onarheim", "Sigrid Lie", "Astrid Berg", "David Ek"])
def test_a_word_cut_by_the_window_edge_is_no_context_word(found, name):
    # the end of 'Sigrid' is no 'id' (a negative word for phones) wherever the window cuts it
    for pad in range(0, 30, 3):
        text = f"Navn\tFødselsnr.\tTelefon\n{name}\t{' ' * pad}12058695082\t90736586"
        assert ("PHONE_NUMBER", "90736586") in found(text), (pad, text)


def test_a_word_cut_at_the_windows_end_is_no_context_word():
    from pii_scanner.detect.context import clause_window, window

    text = "x 10.0.0.1 after 405 ms ipsum"  # the window's 16 characters end inside 'ipsum'
    assert window(text, 2, 10, 0, 16).split() == ["after", "405", "ms"]
    assert clause_window(text, 2, 10, 0, 16).split() == ["after", "405", "ms"]
