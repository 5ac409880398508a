"""Round 21: shapes still missed on new ticket writings (a residence or a move before a compound
street, chat speakers by a channel tag or a time after the name, a phone in parentheses after
its owner's name or before a date, report and card-holder labels, a quoted name field deep in a
log line, an unlisted first name signed before a surname that is also a first name, a
lower-case name signing the last line) and the model's lower-case phrases. Values are
generated (seeded digits, Faker, the shipped name lists), never corpus strings."""

from __future__ import annotations

import random

import pytest
from faker import Faker

from pii_scanner.detect import gazetteers
from pii_scanner.detect.common_words import common_words

from .generated import values_of

_R = random.Random(2121)
_FAKE = Faker("no_NO")
_FAKE.seed_instance(2121)
_EN = Faker("en_GB")
_EN.seed_instance(2121)


def _mobile() -> str:
    return f"9{_R.randint(1000000, 9999999)}"


def _listed_first() -> str:
    """A Faker first name that the shipped lists hold, and no common word."""
    while True:
        name = _FAKE.first_name()
        if name.lower() in gazetteers.first_names() and " " not in name and "-" not in name \
                and name.lower() not in common_words():
            return name


def _unlisted_surname() -> str:
    """An English surname the shipped lists lack ('Patel', 'Chapman')."""
    while True:
        name = _EN.last_name()
        key = name.lower()
        if key not in gazetteers.first_names() and key not in gazetteers.surnames() \
                and name.isalpha() and name[1:].islower():
            return name


def _compound_street() -> str:
    """A Faker street ending in a compound-only ending ('Amundsentjernet')."""
    from pii_scanner.detect.recognizers.generic.street_address import COMPOUND_STREET_WORDS
    while True:
        street = _FAKE.street_name()
        if " " not in street and street.lower().endswith(COMPOUND_STREET_WORDS):
            return street


# ---------------------------------------------------------------- street addresses

@pytest.mark.parametrize("cue", ["skal bo i", "er bosatt i", "flytter til", "flyttet til",
                                 "flyttar inn i"])
def test_a_move_or_residence_before_a_compound_street(found, cue):
    street = f"{_compound_street()} {_R.randint(1, 140)}{_R.choice(['', 'B'])}"
    text = f"Hei! Ny beboer {cue} {street} fra neste måned."
    assert values_of(found, text, "nb", "STREET_ADDRESS") == [street]


@pytest.mark.parametrize("text", [
    "Vi flytter til versjon 5 neste uke, og flyttet til Teams 2 i fjor.",
    "Skal bo i toppen 5 dager.", "Vi flytter til Toppen 5 i mars.",
    "We are moving to Oslo 2 weeks from now."])
def test_a_move_word_before_no_street_is_no_address(found, text):
    assert not values_of(found, text, "nb", "STREET_ADDRESS")


# ---------------------------------------------------------------- chat speakers

@pytest.mark.parametrize("n", range(3))
def test_chat_speakers_by_a_channel_tag_or_a_time_after_the_name(found, n):
    a, b = _listed_first(), _listed_first()
    text = f"[chat] {a}: kortet avvises\n[chat] {b}: hvilket kort?\n[chat] {a}: det vanlige"
    assert values_of(found, text, "nb", "PERSON") == [a, b, a]
    text = f"{a} {_R.randint(8, 20):02d}:{_R.randint(0, 59):02d}: kan jeg betale med kort?"
    assert values_of(found, text, "nb", "PERSON") == [a]


@pytest.mark.parametrize("text", [
    "Møte 10:30: gjennomgang av rapporten", "[INFO] Server: started on port 8080",
    "[chat] Bot: hei, hva kan jeg hjelpe med?", "Status 12:00: alt ok"])
def test_tags_and_times_before_words_are_no_speakers(found, text):
    assert not values_of(found, text, "nb", "PERSON")


def test_the_models_lower_case_phrase_is_no_name(found_ner):
    a, b = _listed_first(), _listed_first()
    text = f"[chat] {a}: card declined again\n[chat] {b}: which card?\n[chat] {a}: the usual one"
    people = values_of(found_ner, text, "en", "PERSON")
    assert all(not value.islower() for value in people), people


# ---------------------------------------------------------------- phone numbers

@pytest.mark.parametrize("n", range(3))
def test_a_number_in_parentheses_after_a_name(found, n):
    name = f"{_listed_first()} {_FAKE.last_name()}"
    number = _mobile()
    for value in (number, f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:]}"):
        text = f"Vakthavende: {name} ({value}). Avvik registrert."
        assert values_of(found, text, "nb", "PHONE_NUMBER") == [value]


@pytest.mark.parametrize("text", [
    "Faktura (91234567) er sendt.", "Ola Berg (kundenr 91234567) har betalt.",
    "Kunde Ola Berg (ordre 91234567) er levert.", "Produkt Alpha (91234567) er utsolgt."])
def test_a_number_in_parentheses_without_its_owner(found, text):
    assert not values_of(found, text, "nb", "PHONE_NUMBER")


@pytest.mark.parametrize("n", range(3))
def test_a_phone_before_a_date_or_a_time(found, n):
    number = _mobile()
    date = f"{_R.randint(1, 28):02d}.{_R.randint(1, 12):02d}.{_R.randint(2022, 2025)}"
    text = f"Bekreftet per telefon {number} {date}."
    assert values_of(found, text, "nb", "PHONE_NUMBER") == [number]
    text = f"Ringte kunden på {number} {_R.randint(8, 20)}:{_R.randint(10, 59)} i dag."
    assert values_of(found, text, "nb", "PHONE_NUMBER") == [number]


def test_a_digit_after_a_space_still_continues_a_number(found):
    # 'konto 1234 56 78901': the number goes on, it is no phone followed by a word
    assert not values_of(found, "Ordre 9123 4567 12.50 kr", "nb", "PHONE_NUMBER")


# ---------------------------------------------------------------- labels and cues

@pytest.mark.parametrize("label", ["Inspector", "Technician", "Montør", "Cardholder"])
def test_report_and_card_holder_labels(found, label):
    name = f"{_listed_first()} {_unlisted_surname()}"
    text = f"Site visit done, roof damage on the north side. {label}: {name}."
    assert values_of(found, text, "en", "PERSON") == [name]


def test_a_name_on_a_card_in_capitals(found):
    name = f"{_listed_first()} {_unlisted_surname()}".upper()
    text = f"payment keeps failing, card 4111 1111 1111 1111, name on card {name}\nthanks"
    assert values_of(found, text, "en", "PERSON") == [name]


def test_capitals_after_a_card_word_alone_are_no_name(found):
    assert not values_of(found, "name on card field shows ERROR CODE", "en", "PERSON")


@pytest.mark.parametrize("n", range(3))
def test_a_quoted_name_field_deep_in_a_log_line(found, n):
    last = _unlisted_surname()
    text = (f"2024-05-0{n + 1} 11:02:33,412 ERROR [sync] payload rejected: "
            f"{{'first_name': 'Ola', 'last_name': '{last}', 'retry': 3}}")
    assert last in values_of(found, text, "en", "PERSON")


def test_quoted_fields_of_things_deep_in_a_log_line(found):
    text = ("2024-05-03 11:02:33,412 ERROR [sync] payload rejected: {'product': 'Tenant "
            "Portal', 'status': 'Failed', 'host': 'Alpha', 'queue': 'Default'}")
    assert not values_of(found, text, "en", "PERSON")


def _unlisted_first() -> str:
    """An English first name the shipped lists lack ('Bethan', 'Reece')."""
    while True:
        name = _EN.first_name()
        if name.lower() not in gazetteers.first_names() and name.lower() not in gazetteers.surnames():
            return name


def _first_name_surname() -> str:
    """A surname that the lists hold as a first name ('Carter', 'Roberts')."""
    while True:
        name = _EN.last_name()
        if name.lower() in gazetteers.first_names():
            return name


@pytest.mark.parametrize("signoff", ["Thanks, ", "Regards\n", "Mvh\n"])
def test_an_unlisted_first_name_signed_before_a_first_name_surname(found, signoff):
    name = f"{_unlisted_first()} {_first_name_surname()}"
    text = f"Please return my deposit.\n{signoff}{name}"
    assert values_of(found, text, "en", "PERSON") == [name]


def test_a_title_before_a_first_name_stays_out(found):
    first, last = _listed_first(), _FAKE.last_name()
    assert values_of(found, f"Saken gjelder Beboer {first} {last} i 2. etasje.", "nb",
                     "PERSON") == [f"{first} {last}"]


# ---------------------------------------------------------------- lower-case signature

@pytest.mark.parametrize("n", range(3))
def test_a_lower_case_name_signing_the_last_line(found, n):
    first = _listed_first().lower()
    text = f"hei, eg kjem ikkje inn. kan de ringje meg på {_mobile()}?\n{first}"
    assert values_of(found, text, "nn", "PERSON") == [first]


@pytest.mark.parametrize("text", [
    "Ring meg.\nok", "Se vedlagt.\nmvh", "Er det fikset?\nnei", "Takk.\nhilsen",
    "kan de sjå på det?\nkari er borte i dag"])
def test_a_lower_case_last_line_that_is_no_name(found, text):
    assert not values_of(found, text, "nb", "PERSON")
