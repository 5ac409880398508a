"""Round 22: round 21's leftovers (a postal place of several words with a lower-case 'i'/'på'
inside, English street types that need a UK postcode, a lower-case first name that is also a
word signed before a listed surname, a slash or dash signing a message, surnames with a
capital inside) and shapes missed on new ticket writings. Values are generated (seeded
digits, Faker, the shipped name lists and postal register), never corpus strings."""

from __future__ import annotations

import random

import pytest
from faker import Faker

from pii_scanner.detect import gazetteers
from pii_scanner.detect.common_words import common_words

from .generated import values_of

_R = random.Random(2222)
_FAKE = Faker("no_NO")
_FAKE.seed_instance(2222)
_EN = Faker("en_GB")
_EN.seed_instance(2222)


def _listed_first() -> str:
    while True:
        name = _FAKE.first_name()
        if name.lower() in gazetteers.first_names() and " " not in name and "-" not in name \
                and name.lower() not in common_words():
            return name


def _long_places() -> list[tuple[str, str]]:
    """(postcode, place) of the register's places written with a lower-case 'i'/'på'."""
    return sorted((code, place) for code, place in gazetteers.postal_codes().items()
                  if " i " in place or " på " in place)


def _title(place: str) -> str:
    return " ".join(w if w in ("i", "på") else w.capitalize() for w in place.split())


# ---------------------------------------------------------------- postal places

@pytest.mark.parametrize("n", range(4))
def test_a_place_of_several_words_after_its_postcode(found, n):
    code, place = _R.choice(_long_places())
    street = f"{_FAKE.street_name()} {_R.randint(1, 99)}"
    for written in (_title(place), place.upper()):
        address = f"{street}, {code} {written}"
        text = f"Ny adresse er {address} fra 1. mai."
        assert values_of(found, text, "nb", "STREET_ADDRESS") == [address]
    address = f"{street.lower()}, {code} {place}"
    assert values_of(found, f"ny adresse: {address}", "nb", "STREET_ADDRESS") == [address]


def test_a_postcode_before_i_and_a_word_ends_at_its_place(found):
    text = "Leveres til Storgata 5, 0155 Oslo i morgen, eller Kirkegata 2, 8622 Mo i dag."
    assert values_of(found, text, "nb", "STREET_ADDRESS") == ["Storgata 5, 0155 Oslo",
                                                             "Kirkegata 2, 8622 Mo"]


def test_the_places_last_word_is_no_person(found_ner):
    code, place = _R.choice(_long_places())
    text = f"Hei,\nny adresse: {_FAKE.street_name()} 4, {code} {_title(place)}\nHilsen Kari"
    people = values_of(found_ner, text, "nb", "PERSON")
    assert people == ["Kari"], people


# ---------------------------------------------------------------- English streets

_POSTCODE_TYPES = ["Key", "Mall", "Point", "Gateway", "Port", "Station"]


@pytest.mark.parametrize("kind", _POSTCODE_TYPES)
def test_a_street_type_that_needs_a_uk_postcode(found, kind):
    street = f"{_R.randint(1, 300)} {_EN.last_name()} {kind}"
    postcode = _EN.postcode()
    for address in (f"{street}, {postcode}", f"{street}, {_EN.city()} {postcode}"):
        text = f"Please send the keys to {address}. Thanks"
        assert values_of(found, text, "en", "STREET_ADDRESS") == [address]
        assert not values_of(found, text, "en", "PERSON")


@pytest.mark.parametrize("text", [
    "We rotated 2 API Key values and restarted 3 Access Point devices.",
    "Opened 443 on 3 Payment Gateway nodes, see 4 Union Station notes.",
    "Chapter 12 Lewis Key, page 4"])
def test_those_types_without_a_postcode_are_no_street(found, text):
    assert not values_of(found, text, "en", "STREET_ADDRESS")


# ---------------------------------------------------------------- sign-offs

def _word_first_name() -> str:
    """A listed first name that is also a common word ('may', 'liv')."""
    names = sorted(w for w in gazetteers.first_names() & common_words()
                   if w.isalpha() and len(w) > 2)
    return _R.choice(names)


def _plain_surname() -> str:
    while True:
        name = _FAKE.last_name().lower()
        if name in gazetteers.surnames() and name not in common_words() and name.isalpha():
            return name


@pytest.mark.parametrize("signoff", ["hilsen ", "mvh\n", "regards, "])
def test_a_lower_case_word_first_name_signed_before_a_surname(found, signoff):
    name = f"{_word_first_name()} {_plain_surname()}"
    text = f"takk for hjelpen\n{signoff}{name}"
    assert values_of(found, text, "nb", "PERSON") == [name]


@pytest.mark.parametrize("text", ["hilsen alle sammen", "hei may eide", "mvh min mor",
                                  "hilsen hele gjengen", "thanks so much"])
def test_word_pairs_after_a_sign_off(found, text):
    assert not values_of(found, text, "nb", "PERSON")


@pytest.mark.parametrize("mark", ["/", "- ", "/ "])
def test_a_slash_or_dash_signs_a_message(found, mark):
    for name in ("Hans", _listed_first()):
        text = f"Tack för hjälpen, det fungerar nu!\n{mark}{name}"
        assert values_of(found, text, "sv", "PERSON") == [name]


@pytest.mark.parametrize("text", ["Se mappen\n/Users\n/Public", "Meny:\n- Support\n- Priser",
                                  "Valg:\n- Hans sak er løst\n- ok", "Kategori\n/Han"])
def test_a_slash_before_no_name(found, text):
    assert not values_of(found, text, "nb", "PERSON")


# ---------------------------------------------------------------- inner capitals

@pytest.mark.parametrize("surname", ["McDonald", "MacLeod", "DiCaprio", "LeBlanc", "FitzGerald",
                                     "McCarthy", "DeLuca"])
def test_a_surname_with_a_capital_inside(found, surname):
    first = _listed_first()
    text = f"Kontaktperson: {first} {surname}, tlf {_R.randint(40000000, 49999999)}"
    assert values_of(found, text, "nb", "PERSON") == [f"{first} {surname}"]
    text = f"Thanks for your help.\nRegards,\n{first} {surname}"
    assert values_of(found, text, "en", "PERSON") == [f"{first} {surname}"]


def test_products_with_a_capital_inside_are_no_names(found):
    text = "Installed McAfee on the MacBook Pro; DaVinci Resolve and LaserJet drivers too."
    assert not values_of(found, text, "en", "PERSON")


# ---------------------------------------------------------------- comma-separated exports

def _kontonr() -> str:
    from stdnum.no import kontonr
    while True:
        value = f"{_R.choice([1254, 1503, 2801, 9710])}{_R.randint(0, 999999):06d}"
        for check in "0123456789":
            if kontonr.is_valid(value + check):
                return value + check


@pytest.mark.parametrize("n", range(3))
def test_numeric_csv_fields_side_by_side(found, n):
    rows = [(f"{_listed_first()} {_FAKE.last_name()}", f"9{_R.randint(1000000, 9999999)}",
             _kontonr()) for _ in range(3)]
    text = "navn,telefon,konto,opprettet\n" + "\n".join(
        f"{name},{phone},{account},{_R.randint(1, 28):02d}.03.2024" for name, phone, account in rows)
    assert values_of(found, text, "nb", "PHONE_NUMBER") == [r[1] for r in rows]
    assert values_of(found, text, "nb", "NO_BANK_ACCOUNT") == [r[2] for r in rows]
    text = "navn,konto,telefon\n" + "\n".join(f"{a},{c},{b}" for a, b, c in rows)
    assert values_of(found, text, "nb", "PHONE_NUMBER") == [r[1] for r in rows]
    assert values_of(found, text, "nb", "NO_BANK_ACCOUNT") == [r[2] for r in rows]


@pytest.mark.parametrize("text", ["Pi er 3,14159265 og e er 2,71828182.",
                                  "Beløp 1 234,46871268 kr", "verdier 12,34,46871268"])
def test_a_decimals_tail_stays_no_number(found, text):
    assert not [kind for kind, _ in found(text, "nb") if kind in ("PHONE_NUMBER", "NO_BANK_ACCOUNT")]


# ---------------------------------------------------------------- desks and offices

@pytest.mark.parametrize("desk", ["Udlejning", "Husleige", "Kundeavdelingen", "Förvaltningen",
                                  "Administrasjon"])
def test_a_desk_named_by_a_header_or_a_sign_off_is_no_person(found, desk):
    sender = f"{_listed_first()} {_FAKE.last_name()}"
    text = f"Fra: {sender}\nSendt: 12.03.2024 08:55\nTil: {desk}\nEmne: Depositum\n\nHei"
    assert values_of(found, text, "nb", "PERSON") == [sender]
    text = f"Tvättstugan är stängd vecka 12.\nMed vänlig hälsning\n{desk}"
    assert not values_of(found, text, "sv", "PERSON")


@pytest.mark.parametrize("name", ["Manning", "Browning", "Henning", "Fleming"])
def test_names_ending_like_a_noun_stay_names(found, name):
    assert values_of(found, f"Thanks for the quick reply.\nRegards\n{name}", "en",
                     "PERSON") == [name]


@pytest.mark.parametrize("text, street", [
    ("Helmer is moving into Solbakken 95, 9389 Husøy I Senja on 17.1.2022.",
     "Solbakken 95, 9389 Husøy I Senja"),
    ("Adresse: STORGATA 1, 8622 MO I RANA", "STORGATA 1, 8622 MO I RANA"),
])
def test_a_place_with_i_written_in_capitals_is_whole(found_ner, text, street):
    # the register's 'Husøy i Senja' as a sandbox writes it, 'I' capitalised: the street
    # scored as a street alone (the place unread) and lost to the model's 'Solbakken'
    assert ("STREET_ADDRESS", street) in found_ner(text, "en")
