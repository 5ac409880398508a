"""Screenshot probe round 23 (``benchmarks/screenshot_layouts_r23.py``): shapes that the
OCR of its new screens gives the detector. A filled-in web form's label stands left of its
input box without a colon, often with a required field's ``*`` (``Etternavn *<TAB>Hansen``):
the surname alone in its box is a name there as after ``Etternavn:``. Values are generated
(Faker, the shipped name lists), never corpus strings."""

from __future__ import annotations

import random

import pytest
from faker import Faker

from pii_scanner.detect import gazetteers
from pii_scanner.detect.common_words import common_words

from .generated import values_of

_R = random.Random(2323)
_FAKE = {loc: Faker(loc) for loc in ("no_NO", "sv_SE")}
for _i, _f in enumerate(_FAKE.values()):
    _f.seed_instance(2323 + _i)


def _surname(loc: str) -> str:
    while True:
        name = _FAKE[loc].last_name()
        low = name.lower()
        if name.isalpha() and low not in common_words() and low not in gazetteers.first_names():
            return name


def _first(loc: str) -> str:
    while True:
        name = _FAKE[loc].first_name()
        if name.isalpha() and name.lower() in gazetteers.first_names() and name.lower() not in common_words():
            return name


FORM_LABELS = [("no_NO", "Fornavn", "Etternavn"), ("sv_SE", "Förnamn", "Efternamn"),
               ("no_NO", "First name", "Last name")]


@pytest.mark.parametrize("case", range(9))
def test_surname_in_a_form_box_after_a_label_cell(found, case):
    loc, first_label, last_label = FORM_LABELS[case % 3]
    first, last = _first(loc), _surname(loc)
    star = " *" if case % 2 == 0 else ""
    text = f"Registrer deg\n\n{first_label}{star}\t{first}\n{last_label}{star}\t{last}\nMobil *\t9{_R.randrange(10 ** 7):07d}"
    assert last in values_of(found, text, None, "PERSON"), text


@pytest.mark.parametrize("case", range(4))
def test_form_label_cells_stay_unflagged_words(found, case):
    """Near misses: a label cell before a status or an empty box's grey placeholder; a
    header row of label words; a value cell followed by more cells."""
    loc = "no_NO"
    last = _surname(loc)
    texts = ["Kunde *\tAktiv\nE-post *\tSkriv inn e-post",
             f"Kunde\tStatus\tBeløp\nKunde\tAktiv\t{_R.randrange(100, 999)},00",
             "Navn\tTelefon\tE-post\nFornavn\tEtternavn",
             f"Etternavn\t{last}\tAktiv\tLisens Pro"]
    text = texts[case]
    names = values_of(found, text, None, "PERSON")
    assert not [n for n in names if n in ("Fornavn", "Etternavn", "Skriv inn e-post", "Status", "Aktiv", "Telefon", "E-post",
                                          "Lisens Pro", "Beløp", "Etternavn")], (text, names)
