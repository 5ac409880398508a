"""Round 34F (screenshots, the round 33 layouts): a paper form's name labels over their boxes
read with a blank line between or a box's edge as a cell of dashes (``Etternavn<TAB>——<TAB>
Fornavn``); an ID card's two-language name label with its slash lost and a dot after it
(``Fomam Given names.`` over ``ANNA``); a card's birth date with a letter read for a digit
(``24 O1 1981``) or the space between day and month lost (``1403 1996``). Values are drawn
from the shipped name lists and seeded dates."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from pii_scanner.extract.ocr_numbers import fix_date_letters

from .generated import plain_names, valid_fnr, values_of

_R = random.Random(3406)
_SURNAMES = plain_names("no_surnames.txt", 3, _R, first=False) + plain_names("se_surnames.txt", 3, _R, first=False)
_FIRST = plain_names("no_first_names.txt", 3, _R, first=True) + plain_names("se_first_names.txt", 3, _R, first=True)
_BORN = [date(1940, 1, 1) + timedelta(days=_R.randrange(365 * 60)) for _ in range(4)]


@pytest.mark.parametrize("surname, first", list(zip(_SURNAMES, _FIRST)))
@pytest.mark.parametrize("header", ["Etternavn\tFornavn\n\n", "Etternavn\t——\tFornavn\n",
                                    "Efternamn\t__\tFörnamn\n\n"])
def test_a_form_labels_over_its_boxes(found, header, surname, first):
    text = f"1. Opplysninger om søker\n\n{header}{surname}\t{first}\nTelefon\n{valid_fnr(_R)}"
    assert surname in values_of(found, text, "nb", "PERSON")


@pytest.mark.parametrize("surname", _SURNAMES[:3])
def test_no_form_column_past_two_blank_lines_or_under_a_ruled_number(found, surname):
    # two blank lines: the header's table ended; a ruled header over a number: no name column
    assert surname not in values_of(found, f"Etternavn\tFornavn\n\n\n{surname}\n", "nb", "PERSON")
    assert values_of(found, f"Etternavn\t——\tFornavn\n12345\t67\n{surname}\n", "nb", "PERSON") == []


@pytest.mark.parametrize("first", _FIRST)
@pytest.mark.parametrize("label", ["Fomam Given names.", "Fornavn Given names."])
def test_a_two_language_name_label_as_ocr_read_it(found, label, first):
    card = "IDENTITETSKORT\n\n{}\n{}\nFödelsedatum/Date of birth\n14.02.1971"
    for value in (first.upper(), first):  # found as under the label printed right
        printed = values_of(found, card.format("Förnamn/Given names", value), "sv", "PERSON")
        assert values_of(found, card.format(label, value), "sv", "PERSON") == printed
    assert first in printed


def _made_up(rng: random.Random) -> str:
    """A capitalised word of consonant-vowel syllables that no list holds ('Zorbek')."""
    return "".join(rng.choice("bdgklmnrstvz") + rng.choice("aeiou") for _ in range(3)).capitalize() + "k"


@pytest.mark.parametrize("word", [_made_up(_R) for _ in range(3)])
@pytest.mark.parametrize("label", ["Fomam Given names.", "Efternamm Surname"])
def test_an_unlisted_word_under_a_read_two_language_label(found, label, word):
    card = "IDENTITETSKORT\n\n{}\n{}\nFödelsedatum/Date of birth\n14.02.1971"
    printed = values_of(found, card.format("Förnamn/Given names", word), "sv", "PERSON")
    assert printed == [word] == values_of(found, card.format(label, word), "sv", "PERSON")


@pytest.mark.parametrize("line", ["Please write your last name.", "Skriv inn etternavn.", "Write the given names."])
def test_no_name_label_of_a_thing_or_a_sentence(found, line):
    assert values_of(found, f"{line}\nVEGA\n", "en", "PERSON") == []


@pytest.mark.parametrize("born", _BORN)
def test_a_card_birth_date_with_its_day_and_month_joined(found, born):
    text = f"NORGE NASJONALT ID-KORT\nFødselsdato/Date of birth\n{born:%d%m %Y}\nFødselsnummer\n"
    assert f"{born:%d%m %Y}" in values_of(found, text, "nb", "DATE_OF_BIRTH")
    assert f"{born:%d%m %Y}" in values_of(found, f"Fødselsdato: {born:%d%m %Y}", "nb", "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", [
    "Tlf 2204 1990 eller e-post",          # a phone number in groups of four, no birth word
    "Fødselsdato: 2204 19901",             # a longer digit run
    "Fødselsdato: 1413 1996",              # no thirteenth month
    "Fødselsdato: 1403 1996 12",           # a group after it
])
def test_no_joined_birth_date(found, text):
    assert values_of(found, text, "nb", "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("born", _BORN)
def test_a_letter_read_for_a_digit_in_a_spaced_date(born):
    printed = f"{born:%d %m %Y}"
    for i in (0, 1, 3, 4):
        if printed[i] in "01":
            read = printed[:i] + {"0": "O", "1": "l"}[printed[i]] + printed[i + 1:]
            assert fix_date_letters(f"Date of birth\n{read}\n") == f"Date of birth\n{printed}\n"


@pytest.mark.parametrize("text", [
    "Ol Ol 1990",         # no digit as read in day or month
    "NO 12 1990",         # a country code
    "45 O1 1981",         # no 45th day
    "24 O1 19812",        # a longer number
    "24 O1 1981 12",      # a group after it
    "Rom 2O1 1981",       # a longer group before
])
def test_no_date_letters_repaired(text):
    assert fix_date_letters(text) == text
