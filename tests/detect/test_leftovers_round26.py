"""Round 26: three leftovers of earlier rounds. A lower-case name signing a message's last line
right under a contact line (a phone number or an e-mail address ending the line above); a
department signing in a short noun (`Mvh\\nUtleie`) that is no person; a recipient's address
block with a references column beside it, as OCR joins a letter's two columns with a tab.
Values are generated (seeded draws from the shipped name lists and postcode register, valid
phone numbers by `phonenumbers`), never corpus strings."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from pii_scanner.detect import gazetteers

from .generated import plain_names, valid_mobile, values_of

_R = random.Random(2626)


_FIRST = [n.lower() for n in plain_names("no_first_names.txt", 4, _R, first=True)]
_SURNAMES = [n.lower() for n in plain_names("no_surnames.txt", 4, _R, first=False)]


def _invalid_everywhere(rng: random.Random) -> str:
    """A number of eleven digits that dials nowhere in the Nordic countries (an order number)."""
    while True:
        number = "".join(rng.choice("0123456789") for _ in range(11))
        if not any(phonenumbers.is_valid_number(phonenumbers.parse(number, region))
                   for region in ("NO", "SE", "DK", "FI")):
            return number


# ---------------------------------------------------------------- (1) signed under a contact line

@pytest.mark.parametrize("index", range(4))
def test_a_lower_case_name_under_a_phone_number_signs_the_message(found, index):
    name = f"{_FIRST[index]} {_SURNAMES[index]}"
    number = valid_mobile(_R)
    spaced = f"{number[:3]} {number[3:5]} {number[5:]}" if index % 2 else number
    text = f"hei, lurer på om leiligheten fortsatt er ledig. ring meg på {spaced}\n{name}"
    assert values_of(found, text, "nb", "PERSON") == [name]


@pytest.mark.parametrize("index", range(4))
def test_a_lower_case_first_name_under_an_email_address_signs_the_message(found, index):
    first, surname = _FIRST[index], _SURNAMES[index]
    text = f"hei, send kontrakten på nytt. svar til {first}.{surname}@gmail.com\n{first}"
    assert first in values_of(found, text, "nb", "PERSON")


@pytest.mark.parametrize("last", ["takk", "hilsen", "ok", "snart"])
def test_a_word_under_a_phone_number_is_no_name(found, last):
    text = f"hei, ring meg på {valid_mobile(_R)}\n{last}"
    assert values_of(found, text, "nb", "PERSON") == []


def test_a_name_under_a_number_that_dials_nowhere_is_not_taken(found):
    name = _FIRST[0]
    text = f"hei, gjelder bestilling {_invalid_everywhere(_R)}\n{name}"
    assert values_of(found, text, "nb", "PERSON") == []


# ---------------------------------------------------------------- (2) a department signing

@pytest.mark.parametrize("department", ["Utleie", "Utleje", "Drift", "Salg", "Support",
                                        "Kundeservice"])
@pytest.mark.parametrize("sign_off", ["Mvh", "Hilsen", "Med vennlig hilsen"])
def test_a_department_signing_is_no_person(found, department, sign_off):
    text = f"Hei!\nVi har mottatt søknaden din og kommer tilbake snart.\n\n{sign_off}\n{department}"
    assert values_of(found, text, "nb", "PERSON") == []


@pytest.mark.parametrize("name", ["Ulla", "Ida", "Leif", "Else", "Unni"])
def test_a_short_first_name_under_a_sign_off_stays_a_name(found, name):
    text = f"Hei!\nVi har mottatt søknaden din og kommer tilbake snart.\n\nMvh\n{name}"
    assert values_of(found, text, "nb", "PERSON") == [name]


# ---------------------------------------------------------------- (3) an address block beside a column

def _registered(rng: random.Random, count: int) -> list[tuple[str, str]]:
    codes = gazetteers.postal_codes()
    picks = sorted(code for code, place in codes.items() if place.isalpha())
    return [(code, codes[code]) for code in rng.sample(picks, count)]


_STREET_NAMES = ("Sørensenfaret", "Kirkeveien", "Bjørkebakken", "Storgata", "Lindeengen")


@pytest.mark.parametrize("index", range(5))
def test_an_address_block_beside_a_references_column_gives_its_street_cell(found, index):
    code, place = _registered(_R, 5)[index]
    first, surname = _FIRST[index % 4].title(), _SURNAMES[index % 4].title()
    street = f"{_STREET_NAMES[index]} {_R.randint(1, 120)}{_R.choice(['', 'B', 'F'])}"
    post = f"{code} {place.upper() if index % 2 else place.title()}"
    text = (f"{first} {surname}\tVår ref.: 2024/{_R.randint(100, 999)}\n{street}\tDeres ref.: ABJ\n"
            f"{post}\tDato: 12.03.2024\n\nAngående depositum for leiligheten")
    # the street cell is the address; its postcode line, read as its evidence, is no second one
    assert values_of(found, text, "nb", "STREET_ADDRESS") == [street]


def test_a_product_table_with_tabs_is_no_address(found):
    rows = [f"Skrue {_R.randint(2, 9)}\t{_R.randint(10, 99)},00\t{_R.randint(1, 9)} stk"
            for _ in range(3)]
    code, _place = _registered(_R, 1)[0]
    text = "Vare\tPris\tAntall\n" + "\n".join(rows) + f"\n{code} Totalt\t123,00\t4 stk"
    assert values_of(found, text, "nb", "STREET_ADDRESS") == []


def test_a_street_cell_over_a_postcode_of_another_place_is_not_read_as_a_block(found):
    codes = gazetteers.postal_codes()
    code = sorted(c for c, p in codes.items() if p.isalpha() and p != "OSLO")[7]
    wrong = "Hammerfest" if codes[code].lower() != "hammerfest" else "Tromsø"
    text = f"Lager 3\tHylle 12\n{code} {wrong}\tAntall 4"
    assert values_of(found, text, "nb", "STREET_ADDRESS") == []


@pytest.mark.parametrize("department", ["Utleie", "Utleje"])
def test_a_department_signing_is_no_person_for_the_model_either(found_ner, department):
    text = f"Hei!\nVi har mottatt søknaden din og kommer tilbake snart.\n\nMvh\n{department}"
    assert values_of(found_ner, text, "nb", "PERSON") == []


@pytest.mark.parametrize("work, forms", [
    ("drift", ("Driften",)), ("salg", ("Salget",)), ("frakt", ("Frakten",)),
    ("utleie", ("Utleien", "Utleia"))])
@pytest.mark.parametrize("stem", ["Eiendoms", "Bil", "Bolig"])
def test_a_department_named_by_its_work_compounded_or_definite_is_no_person(found, work, forms,
                                                                            stem):
    for word in (stem + work,) + forms:
        text = f"Hei!\nVi har mottatt bestillingen din og kommer tilbake snart.\n\nMvh\n{word}"
        assert values_of(found, text, "nb", "PERSON") == [], word
