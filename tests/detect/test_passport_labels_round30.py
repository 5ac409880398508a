"""Round 30 (dev texts with their values written in other texts' forms): a number with a label
of its own that is no passport word is no passport number because a passport word labels the
field before it (``Passnummer: 40565409\\nTlf: 48266545``). Numbers are drawn with a seed."""

from __future__ import annotations

import random

import pytest

from .generated import digits, values_of

_R = random.Random(3032)
_PHONES = [_R.choice("49") + digits(_R, 7) for _ in range(3)]
_PASSPORTS = [digits(_R, 8) for _ in range(3)]


@pytest.mark.parametrize("phone,passport", list(zip(_PHONES, _PASSPORTS)))
@pytest.mark.parametrize("template", [
    "Navn: Kari Hansen\nPassnummer: {passport}\nTlf: {phone}\n",
    "Passnummer: {passport}\nMobil: {phone}",
    "Pass: NK{passport}, Tlf: {phone}",
    "Passnummer {passport}, tlf {phone}",
])
def test_the_next_fields_own_label_takes_the_number(found, template, phone, passport):
    text = template.format(phone=phone, passport=passport)
    assert phone not in values_of(found, text, "nb", "PASSPORT_NUMBER")
    assert phone in values_of(found, text, "nb", "PHONE_NUMBER")
    assert any(passport in v for v in values_of(found, text, "nb", "PASSPORT_NUMBER"))


@pytest.mark.parametrize("passport", _PASSPORTS)
@pytest.mark.parametrize("template", [
    "Passnummer og utløpsdato: NK{passport} / 2030",  # the passport word in the label's field
    "Jeg har nytt pass. Nummer: {passport}",
    "Passnummeret mitt er {passport}",
    "Passnummer:\n{passport}",
    "Passport no.: {passport}",
])
def test_a_passport_word_in_the_values_own_field_still_labels_it(found, template, passport):
    text = template.format(passport=passport)
    assert any(passport in v for v in values_of(found, text, "nb", "PASSPORT_NUMBER"))


@pytest.mark.parametrize("passport", _PASSPORTS)
def test_a_value_opening_its_line_under_a_passport_heading_keeps_it(found, passport):
    # the words on the line above (the holder's name) are no label of the value's own
    text = f"PASS / PASSPORT\nKari Hansen\nNK{passport[:7]}\n12.03.1985"
    assert f"NK{passport[:7]}" in values_of(found, text, "nb", "PASSPORT_NUMBER")
