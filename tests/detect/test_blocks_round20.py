"""Round 20: layouts that say what a bare value is (``detect/blocks.py``): a contact list's row
(a person's name, then a bare mobile number in a cell of its own), a 'new number' announced,
and an address block's street line with no street word, postcode or address word (under
``Kunde:`` and a name line, under a firm's name, under a contact card's ``hjem``). Values
are generated (seeded digits, names from the shipped lists), never corpus strings; the
near misses (customer and member numbers, order and ledger rows, product lines, page and
version numbers) must stay out."""

from __future__ import annotations

import random

import pytest

from .generated import shipped_names, valid_mobile, values_of

_R = random.Random(2020)
#: endings of Norwegian street names that are no street word of their own ('-veien', '-haugen'
#: and '-bakken' make a street on their own already)
_ENDINGS = ("vika", "flata", "tjernet", "høgda", "roa", "hagen", "lunden", "faret", "spranget",
            "myra", "kollen", "gjerdet")


_FIRST = [n for n in shipped_names("no_first_names.txt") if n.isalpha() and len(n) > 3]
_LAST = [n for n in shipped_names("no_surnames.txt") if n.isalpha() and len(n) > 4]


def _name() -> str:
    return f"{_R.choice(_FIRST)} {_R.choice(_LAST)}"


def _street() -> str:
    return f"{_R.choice(_LAST)}{_R.choice(_ENDINGS)} {_R.randint(1, 199)}{_R.choice(('', '', 'B'))}"


# ---------------------------------------------------------------- a new number announced

@pytest.mark.parametrize("n", range(3))
def test_a_new_number_announced_is_a_phone(found, n):
    number = valid_mobile(_R)
    for text, lang in ((f"Hei,\nJeg har fått nytt nummer: {number}\nMvh", "nb"),
                       (f"Mitt nye nummer: {number}", "nb"),
                       (f"Nytt nr. {number} fra i dag", "nb"),
                       (f"Hej! Jag har fått nytt nummer {number}", "sv"),
                       (f"Mitt nya nummer: {number}", "sv"),
                       (f"Jeg har fået nyt nummer: {number}", "da"),
                       (f"Hi, my new number: {number}", "en")):
        assert values_of(found, text, lang, "PHONE_NUMBER") == [number], text


@pytest.mark.parametrize("n", range(3))
def test_a_things_new_number_is_no_phone(found, n):
    number = valid_mobile(_R)
    for text in (f"Ordren har fått nytt nummer: {number}",
                 f"Saken fikk nytt nummer {number} etter flyttingen.",
                 f"Jeg har fått nytt kundenummer: {number}",
                 f"Nytt ordrenummer: {number}",
                 f"Fakturaen har nytt nr. {number}"):
        assert not values_of(found, text, "nb", "PHONE_NUMBER"), text
    assert not values_of(found, f"The case got a new number: {number}", "en", "PHONE_NUMBER")


# ---------------------------------------------------------------- contact rows

@pytest.mark.parametrize("n", range(4))
def test_a_bare_mobile_in_a_contact_row(found, n):
    first, second = valid_mobile(_R), valid_mobile(_R)
    a, b = _name(), _name()
    for text in (f"Oversikt\n{a}\t{first}\tAktiv\n{b}\t{second}\tLukket",
                 f"* {a}\t{first}\tNy\n• {b}\t{second}\tVenter",
                 f"{a}      {first}      Aktiv\n{b}      {second}      Ny",
                 f"| {a} | {first} | Aktiv |\n| {b} | {second} | Ny |",
                 f"{a}\tkari@example.com\t{first}\n{b}\tola@example.com\t{second}"):
        assert values_of(found, text, "nb", "PHONE_NUMBER") == [first, second], text


@pytest.mark.parametrize("n", range(3))
def test_a_contact_row_needs_a_name_and_a_cell_of_its_own(found, n):
    number = valid_mobile(_R)
    name = _name()
    for text in (f"{name} {number} Aktiv",               # not a cell of its own
                 f"Lisens Pro\t{number}\tAktiv",         # no person's name opens the row
                 f"Ordre 7\t{number}\tSendt",
                 f"Status\t{number}\tAktiv",
                 f"{name.split()[0]}\t{number}\tAktiv"):  # a first name alone
        assert not values_of(found, text, "nb", "PHONE_NUMBER"), text


@pytest.mark.parametrize("n", range(3))
def test_customer_member_and_order_numbers_in_rows_stay_out(found, n):
    first, second = valid_mobile(_R), valid_mobile(_R)
    a, b = _name(), _name()
    rows = f"{a}\t{first}\tAktiv\n{b}\t{second}\tAktiv"
    spaced = f"{a}    {first}    Aktiv\n{b}    {second}    Aktiv"
    for text in (f"Navn\tKundenr\tStatus\n{rows}",
                 f"Navn\tMedlemsnr\tStatus\n{rows}",
                 f"Navn    Medlemsnummer    Status\n{spaced}",
                 f"Navn    Ansattnr    Status\n{spaced}",
                 f"Ordrer i dag:\n{rows}",
                 f"Fakturaer\n{spaced}",
                 f"Kontoer\n{rows}",
                 f"{a}\t{first}\t2 stk\n{b}\t{second}\t1 stk",
                 f"{a}\t{first}\t1 299,00\n{b}\t{second}\t499,50",
                 f"{a}\t{first}\t450 kr\n{b}\t{second}\t99 kr",
                 f"Medlemsnumre:\n{rows}",
                 f"Members and their numbers\n{spaced}",
                 f"{a}\t{first}\t12.03.2026\tBetalt\n{b}\t{second}\t14.03.2026\tUbetalt"):
        assert not values_of(found, text, "nb", "PHONE_NUMBER"), text


def test_a_landline_in_a_contact_row_needs_its_label(found):
    # a valid fixed-line number (22 …) is no mobile: the row alone does not make it a phone
    name = _name()
    number = f"22{_R.randint(100000, 999999)}"
    assert not values_of(found, f"{name}\t{number}\tAktiv", "nb", "PHONE_NUMBER")
    assert values_of(found, f"Navn\tTelefon\n{name}\t{number}", "nb", "PHONE_NUMBER") == [number]


# ---------------------------------------------------------------- address blocks

@pytest.mark.parametrize("n", range(4))
def test_a_street_line_under_a_labelled_name(found, n):
    street, name = _street(), _name()
    for text in (f"FAKTURA\n\nKunde:\n{name}\n{street}\n\nBeskrivelse\tAntall\tBeløp",
                 f"Leveringsadresse:\n{name}\n{street}",
                 f"Mottaker\n{name}\n{street}\n",
                 f"Bill to:\n{name}\n{street}",
                 f"Kunde: {name}\n{street}\nTelefon: {valid_mobile(_R)}",
                 f"Kunde:\t{name}\n{street}\tForfall: 12.04.2026"):
        assert values_of(found, text, "nb", "STREET_ADDRESS") == [street], text


@pytest.mark.parametrize("n", range(4))
def test_a_street_line_under_a_firms_name(found, n):
    street = _street()
    s1, s2, s3 = _R.sample(_LAST, 3)
    for firm in (f"{s1} Bygg AS", f"{s1} og Sønner", f"{s1}, {s2} og {s3}", f"{s2} Eiendom ASA"):
        text = f"FAKTURA\n\n{firm}\tFakturanr: {_R.randint(10000, 99999)}\n{street}\tForfall: 04.05.2026"
        assert values_of(found, text, "nb", "STREET_ADDRESS") == [street], text


@pytest.mark.parametrize("n", range(3))
def test_a_street_line_under_a_contact_cards_home_label(found, n):
    street = _street()
    for label in ("hjem", "Hjem", "home"):
        text = f"{_name()}\n\nmobil\n\n{valid_mobile(_R)}\n\n{label}\n\n{street}\n\nMelding\tRing"
        assert values_of(found, text, "nb", "STREET_ADDRESS") == [street], text


@pytest.mark.parametrize("n", range(3))
def test_block_lines_that_are_no_street(found, n):
    name = _name()
    street = _street()
    for line in ("Lisens Pro 2", "Side 2", "Versjon 4", "Rom 12", "Uke 7", "Support 12 mnd",
                 "Lagring 1 TB"):
        for text in (f"Kunde:\n{name}\n{line}", f"{_R.choice(_LAST)} Bygg AS\n{line}",
                     f"hjem\n{line}"):
            assert not values_of(found, text, "nb", "STREET_ADDRESS"), text
    # a street-shaped line needs the block: a name line alone, a sentence, a word before it
    for text in (f"{name}\n{street}", f"Hei\n{street}", f"Kunde:\n{name}\n{street} er stengt",
                 f"Kunde:\n{name}\nSe {street}", f"kunde:\n{name.lower()}\n{street.lower()}"):
        assert not values_of(found, text, "nb", "STREET_ADDRESS"), text


@pytest.mark.parametrize("n", range(3))
def test_a_block_street_keeps_its_street_where_the_place_is_not_the_codes(found, n):
    # a postcode whose place the register does not give (a typo, a wrong town) is left out of
    # the street, and no longer vetoes it; with no block layout nor address word it stays out
    from pii_scanner.detect import gazetteers

    codes = sorted(gazetteers.postal_codes().items())
    code, place = _R.choice(codes)
    wrong = next(p for _, p in _R.sample(codes, 20) if p != place and " " not in p).title()
    street, name = _street(), _name()
    text = f"Kunde:\n{name}\n{street}, {code} {wrong}\n\nBeskrivelse"
    assert values_of(found, text, "nb", "STREET_ADDRESS") == [street], text
    assert not values_of(found, f"Se {street}, {code} {wrong} i går", "nb", "STREET_ADDRESS")
