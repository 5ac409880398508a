"""Round 35B (screenshots, the round 35 layouts): a portal's 'Endre' link closing a summary
row is the verb, no first name alone; one frequent English word that no list names ('Created'
over a date in a ticket's sidebar) is no person; a parcel label's 'TIL / TO:' heads the
receiver's name and street, also in capitals; an address block indented by a tab beside a
second column (a payslip's employee block); a street whose house number OCR set in a cell of
its own ('Skolvägen<TAB>7'). Names come from the shipped lists, numbers from seeded
generators, postcodes and places from the shipped register."""

from __future__ import annotations

import random

import pytest

from pii_scanner.detect import gazetteers

from .generated import plain_names, valid_fnr, valid_mobile, values_of

_R = random.Random(3502)
_FIRST = plain_names("no_first_names.txt", 3, _R, first=True)
_SURNAMES = plain_names("no_surnames.txt", 3, _R, first=False)
_SE_SURNAMES = plain_names("se_surnames.txt", 2, _R, first=False)
_POST = sorted(gazetteers.postal_codes().items())
_PLACES = [_POST[i] for i in _R.sample(range(len(_POST)), 3)]


def _account(rng: random.Random) -> str:
    from stdnum.no import kontonr

    while True:
        num = f"{rng.choice([1503, 9365, 1822])}{rng.randrange(10 ** 7):07d}"
        if kontonr.is_valid(num):
            return f"{num[:4]} {num[4:6]} {num[6:]}"


@pytest.mark.parametrize("first, surname", list(zip(_FIRST, _SURNAMES)))
def test_an_edit_link_closing_summary_rows_is_no_name(found_ner, first, surname):
    text = (f"Opplysninger om deg\n\t\tNavn\t{first} {surname}\n\t\tFødselsnummer\t{valid_fnr(_R)}\n"
            f"\t\tKontonummer\t{_account(_R)}\tEndre\n\t\tTelefonnummer\t{valid_mobile(_R)}\tEndre\n")
    people = values_of(found_ner, text, None, "PERSON")
    assert f"{first} {surname}" in people
    assert "Endre" not in people


@pytest.mark.parametrize("surname", _SURNAMES)
def test_endre_stays_a_name_where_one_stands(found_ner, surname):
    assert "Endre" in values_of(found_ner, "Hei Endre,\ntakk for svaret.", None, "PERSON")
    assert f"Endre {surname}" in values_of(found_ner, f"Mvh\nEndre {surname}", None, "PERSON")
    assert "Endre" in values_of(found_ner, f"Saksbehandler:\tEndre\nSak\t{_R.randrange(100, 999)}",
                                None, "PERSON")
    assert f"Endre {surname}" in values_of(found_ner, f"Sak 123\tÅpen\tEndre {surname}", None, "PERSON")


@pytest.mark.parametrize("first, surname", list(zip(_FIRST, _SURNAMES)))
def test_an_english_field_label_alone_is_no_person(found_ner, first, surname):
    text = (f"Requester\n{first} {surname}\n\nOrganization\n\nCustomer no\n\n4471\n\nCreated\n\n"
            f"29.11.2026\n\nAssignee\n\n{_FIRST[0]} {_SURNAMES[-1]}")
    people = values_of(found_ner, text, None, "PERSON")
    assert f"{first} {surname}" in people
    assert "Created" not in people and "Organization" not in people


@pytest.mark.parametrize("first, surname, place", list(zip(_FIRST, _SURNAMES, _PLACES)))
@pytest.mark.parametrize("caps", [False, True])
def test_a_parcel_labels_receiver_block(found, first, surname, place, caps):
    street = f"{surname}vika {_R.randrange(1, 90)}"
    lines = [f"{first} {surname}", street, "", f"{place[0]} {place[1].upper()}"]
    if caps:
        lines = [line.upper() for line in lines]
    text = "Bring\tPakke levert hjem\n\nFRA / FROM:\nNettbutikk AS\n\nTIL / TO:\n\n" + "\n".join(lines) \
        + f"\nTlf: {valid_mobile(_R)}\n\nVekt\tKolli\n2,4 kg\t1 av 1"
    assert lines[1] in values_of(found, text, None, "STREET_ADDRESS")


def test_a_mail_headers_til_is_no_block_over_a_non_name(found):
    text = "Til:\nKundeservice\nSkjema 12\n\nHei, se vedlegg."
    assert values_of(found, text, None, "STREET_ADDRESS") == []


@pytest.mark.parametrize("first, surname, place", list(zip(_FIRST, _SURNAMES, _PLACES)))
def test_an_indented_address_block_beside_a_column(found, first, surname, place):
    street = f"{surname}vika {_R.randrange(1, 300)}"
    text = (f"\tLØNNSSLIPP\n\t{first} {surname}\tAnsattnr.\t{_R.randrange(100, 9999)}\n"
            f"\t{street}\tFødselsnr.\t{valid_fnr(_R)}\n\t{place[0]} {place[1].upper()}\tKontonr.\t{_account(_R)}")
    assert street in values_of(found, text, None, "STREET_ADDRESS")


def test_an_indented_row_of_goods_over_a_count_is_no_address(found):
    text = "\tHammer 2\t199,00\n\t2612 stk\t10\n\tTang 4\t89,00"
    assert values_of(found, text, None, "STREET_ADDRESS") == []


@pytest.mark.parametrize("surname", _SE_SURNAMES + _SURNAMES[:1])
@pytest.mark.parametrize("word", ["vägen", "gatan", "veien"])
def test_a_street_with_its_number_in_a_cell_of_its_own(found, surname, word):
    street = f"{surname}{word}"
    number = _R.randrange(1, 99)
    text = f"Anna Berg\tAnst.nr\t{_R.randrange(100, 9999)}\n{street}\t{number}\tPersonnr\t2\n"
    assert f"{street}\t{number}" in values_of(found, text, None, "STREET_ADDRESS")


@pytest.mark.parametrize("cell", ["Nordstrand\t12", "Solhaugen\t4", "Torget\t5", "Vegen\t3",
                                  "Gatan\t7", "Storgata\t12 stk", "Sandvika\t2026"])
def test_a_district_or_a_word_over_a_count_is_no_split_street(found, cell):
    text = f"Bydel\tSaker\n{cell}\nSum\t40"
    assert values_of(found, text, None, "STREET_ADDRESS") == []
