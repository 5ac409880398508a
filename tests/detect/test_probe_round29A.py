"""Round 29A: the leftovers of rounds 28A and 28B on fresh cases: chat transcripts whose
speaker labels carry a role word, name labels with a plural in parentheses, a fødselsnummer
split oddly under English labels, two writers greeting together, and the places, municipalities
and titles that are spelled like first names. Names are drawn from the shipped lists (seeded)
or literal synthetic ones; numbers are generated with their check digits."""

from __future__ import annotations

import random

import pytest

from pii_scanner.detect.validators.no import fodselsnummer

from .generated import plain_names, values_of

_R = random.Random(2929)
_FIRST = plain_names("no_first_names.txt", 6, _R, first=True)
_SURNAMES = plain_names("no_surnames.txt", 4, _R, first=False)


def _persons(found, text, lang="nb"):
    return values_of(found, text, lang, "PERSON")


def _fnr(rng: random.Random) -> str:
    while True:
        nine = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(30, 99):02d}" \
               f"{rng.randint(0, 499):03d}"
        for tail in range(100):
            if fodselsnummer.is_valid(nine + f"{tail:02d}"):
                return nine + f"{tail:02d}"


# ---------------------------------------------------------------- two writers before 'her'

@pytest.mark.parametrize("link", [" og ", " & "])
def test_two_lower_case_first_names_before_here(found, link):
    a, b = _FIRST[0].lower(), _FIRST[1].lower()
    text = f"hei, {a}{link}{b} her. vi har flyttet og trenger ny adresse."
    assert _persons(found, text) == [a, b]


def test_two_words_before_here_that_are_no_names(found):
    assert _persons(found, "hei, alle og ingen her. vi har flyttet.") == []


# ---------------------------------------------------------------- a customer's chat label

@pytest.mark.parametrize("label, lang", [("[17:31] Customer", "en"), ("Kunde", "nb"),
                                         ("Gjest", "nb"), ("[10:02] Visitor", "en")])
def test_a_lower_case_name_after_the_customer_label_of_a_chat(found, label, lang):
    name = f"{_FIRST[2].lower()} {_SURNAMES[0].lower()}"
    text = f"Agent: Hi, how can I help?\n{label}: {name}, the invoice is wrong\nAgent: ok"
    assert _persons(found, text, lang) == [name]


def test_the_customer_label_before_no_name(found):
    assert _persons(found, "Agent: Hei!\nKunde: takk, det var alt\nAgent: ok") == []


def test_a_role_label_after_the_time_is_no_speaker_name(found):
    text = f"[17:30] Agent {_FIRST[3]}: Hi\n[17:31] Client: thanks\n[17:32] Agent: ok"
    assert "Client" not in _persons(found, text, "en")
    assert _persons(found, f"[17:30] {_FIRST[3]}: Hi\n[17:31] Client: thanks", "en") == [_FIRST[3]]


# ---------------------------------------------------------------- 'First name(s):'

@pytest.mark.parametrize("label, last_label, lang", [
    ("Fornavn(e)", "Etternavn", "nb"), ("First name(s)", "Surname", "en"),
    ("Forename(s)", "Last name", "en"), ("Fornamn(a)", "Etternamn", "nn")])
def test_a_name_label_with_its_plural_in_parentheses(found, label, last_label, lang):
    first = f"{_FIRST[4]} {_FIRST[5]}"
    text = f"Skjema\n{label}: {first}\n{last_label}: {_SURNAMES[1]}\n"
    names = _persons(found, text, lang)
    assert first in names and not any(label.startswith(n) for n in names)


# ---------------------------------------------------------------- fødselsnummer, English labels

@pytest.mark.parametrize("label, shape", [
    ("social security number", "{a}.{b}"), ("national ID", "{a}. {b}"),
    ("personal number", "{a}. {b}"), ("Social security number:", "{a} {b1} {b2}"),
    ("My national identity number is", "{d}.{m}.{y} {b}")])
def test_a_split_birth_number_under_an_english_label(found, label, shape):
    value = _fnr(_R)
    shown = shape.format(a=value[:6], b=value[6:], b1=value[6:9], b2=value[9:],
                         d=value[:2], m=value[2:4], y=value[4:6])
    text = f"Hi,\n{label} {shown}\nThanks"
    assert values_of(found, text, "en", "NO_FODSELSNUMMER") == [shown]


@pytest.mark.parametrize("label", ["order number", "reference", "invoice number"])
def test_the_same_split_shape_under_other_labels(found, label):
    value = _fnr(_R)
    text = f"Hi, my {label} is {value[:6]}. {value[6:]} and the parcel is late."
    assert values_of(found, text, "en", "NO_FODSELSNUMMER") == []


# ---------------------------------------------------------------- places spelled like names

@pytest.mark.parametrize("text, lang", [
    ("Hi,\nwe now live in Helle in Norway, so please update the address.", "en"),
    ("Hi,\nwe moved to Tolga next month.", "en"),
    ("Hei,\nvi har nettopp flyttet til Auli og vil flytte abonnementet.", "nb"),
    ("Hei,\nvi har nettopp flyttet til Ask fra 1. mars.", "nb"),
])
def test_a_place_lived_in_or_moved_to(found_ner, text, lang):
    assert _persons(found_ner, text, lang) == []


def test_a_person_moved_to_stays(found_ner):
    assert _persons(found_ner, "Saken ble flyttet til Kari Nordmann i går.") == ["Kari Nordmann"]


@pytest.mark.parametrize("place", ["Indre Fosen", "Nordre Follo", "Indre Østfold", "Vestre Toten"])
def test_a_municipality_opening_with_a_direction_word(found_ner, place):
    assert _persons(found_ner, f"Hei,\nVi holder til i {place} og trenger tilgang.\n") == []


@pytest.mark.parametrize("text", [
    "Hei,\nKampanjen Storm og skygge gjelder vel fortsatt?",
    "Hei,\nVi har bestilt reisen Dag og natt til Kreta i juli.",
])
def test_a_first_name_joined_to_a_noun_in_a_title(found_ner, text):
    assert _persons(found_ner, text) == []


def test_a_name_joined_to_a_person_after_a_noun_stays(found_ner):
    assert "Kari" in _persons(found_ner, "Jeg snakket med Kari og mannen hennes i går.")
