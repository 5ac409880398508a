"""Round 34G: ticket text's contact lists, weekend sign-offs and English questions.

A valid Danish number in a contact row of a list headed by a phone word, with no Danish
word in the text; a first name under a weekend's wishes ('Trevlig helg,') that is also a
word ('Hans'); 'Will' opening a question before a first name is the question's verb."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from .generated import values_of

RNG_SEEDS = range(4)
ROWS = [("Caroline Holm", "caroline.holm@post.dk"), ("Elias Friis", "elias.friis@example.com"),
        ("Solveig Berg", "solveig.berg@telia.se")]


def _danish_number(rng: random.Random) -> str:
    """Eight digits valid in Denmark's plan that are no Norwegian mobile (a bare row cell
    only a Danish text or the list's heading makes a phone)."""
    while True:
        value = f"{rng.choice('235678')}{rng.randint(0, 9_999_999):07d}"
        dk = phonenumbers.number_type(phonenumbers.parse(value, "DK"))
        no = phonenumbers.number_type(phonenumbers.parse(value, "NO"))
        if dk == phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE \
                and no != phonenumbers.PhoneNumberType.MOBILE:
            return value


def _rows(numbers: list[str], sep: str) -> str:
    return "\n".join(sep.join((name, number, mail)) for (name, mail), number in zip(ROWS, numbers))


@pytest.mark.parametrize("seed", RNG_SEEDS)
@pytest.mark.parametrize("heading", ["Kontaktliste:", "Contact list for the new office:",
                                     "> Kontaktliste:", "Telefonliste"])
@pytest.mark.parametrize("sep", ["  ", "\t", " | "])
def test_danish_number_in_a_contact_list(found, seed, heading, sep):
    rng = random.Random(seed)
    numbers = [_danish_number(rng) for _ in ROWS]
    rows = _rows(numbers, sep)
    if heading.startswith(">"):
        rows = "\n".join("> " + row for row in rows.splitlines())
    assert values_of(found, f"{heading}\n{rows}\n", None, "PHONE_NUMBER") == numbers


@pytest.mark.parametrize("seed", RNG_SEEDS)
@pytest.mark.parametrize("heading", ["Medlemsliste:", "Members:", "Kundeliste:", "Vi har disse:"])
def test_danish_number_in_a_list_not_of_contacts(found, seed, heading):
    rng = random.Random(seed)
    numbers = [_danish_number(rng) for _ in ROWS]
    text = f"Hello,\n\n{heading}\n{_rows(numbers, '  ')}\n"
    # (the first row's number lies in the heading's context window: the rows after it)
    assert not set(values_of(found, text, None, "PHONE_NUMBER")) & set(numbers[1:])


@pytest.mark.parametrize("seed", RNG_SEEDS)
def test_contact_list_with_another_numbers_label_or_amounts(found, seed):
    rng = random.Random(seed)
    numbers = [_danish_number(rng) for _ in ROWS]
    rows = _rows(numbers, "\t").splitlines()
    text = "Kontaktliste:\n" + rows[0] + "\n" + rows[1] + " kr\n" + rows[2] + "\n\nKundenr\n" \
        + rows[1] + "\n"
    assert numbers[1] not in values_of(found, text, None, "PHONE_NUMBER")


@pytest.mark.parametrize("closing, header, lang", [
    ("Trevlig helg,", "Skickat fredag 2025-03-27", "sv"),
    ("Trevlig helg,", "Skickat: fredag 27 mars 2025 14:02", None),
    ("God helg,", "Sendt fredag 14.03.2025", "nb"),
    ("God weekend,", "Sendt fredag 2025-03-14", "da"),
    ("Ha en fin helg!", "", "sv"),
])
def test_first_name_that_is_a_word_under_weekend_wishes(found, closing, header, lang):
    text = f"Tack för hjälpen.\n\n{closing}\nHans\n{header}"
    assert values_of(found, text, lang, "PERSON") == ["Hans"]


@pytest.mark.parametrize("text", [
    "Trevlig helg\nHans bil är klar nu.",
    "God helg!\nHans mor ringde i går.",
    "Vi önskar dig trevlig helg.\nHans kontor är stängt.",
])
def test_pronoun_after_weekend_wishes_in_prose(found, text):
    assert values_of(found, text, "sv", "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Hi,\n\nWill Emma from support call me? My order is late.", "Emma"),
    ("Will Sophie call me back today?", "Sophie"),
    ("> Will Emma from support call me?", "Emma"),
    ("Thanks. May Emma from billing ring me back?", "Emma"),
    ("Can Emma from support call me?", "Emma"),
])
def test_question_auxiliary_before_a_first_name(found_ner, text, name):
    # (the first name alone is the model's: no cue stands before it after the verb)
    assert values_of(found_ner, text, "en", "PERSON") == [name]


@pytest.mark.parametrize("text, name", [
    ("Hi,\n\nWill Harris from support called me yesterday.", "Will Harris"),
    ("Will Bird from accounts asked about it.", "Will Bird"),
    ("May Jensen call me back?", "May Jensen"),
])
def test_first_name_will_or_may_outside_a_question(found_ner, text, name):
    assert values_of(found_ner, text, "en", "PERSON") == [name]
