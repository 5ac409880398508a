"""Round 37G: the words naming another kind of number live in one module
(:mod:`pii_scanner.detect.number_words`), grouped by language and by what they name; the rules
build their lists from its groups. One list widened by the sharing: the things that get a new
number (the phone's 'new number' rule) now hold the Swedish 'beställning'/'beställningen', as
the case words before a value held 'beställning' already. Near misses: a person's new number."""

from __future__ import annotations

import random

import pytest

from pii_scanner.detect import bare_ids, number_words, unclear_country
from pii_scanner.detect.recognizers.generic import phone

from .generated import valid_mobile, values_of

_RNG = random.Random(3707)
SE_MOBILE = valid_mobile(_RNG, "SE")


@pytest.mark.parametrize("text", [
    "Hej! Din beställning har fått nytt nummer: {n}",
    "Hej! Beställningen har fått nytt nummer {n}.",
])
@pytest.mark.parametrize("lang", ["sv", None])
def test_a_swedish_order_with_a_new_number_is_no_phone(found, text, lang):
    assert values_of(found, text.format(n=SE_MOBILE), lang, "PHONE_NUMBER") == []


@pytest.mark.parametrize("text", [
    "Hej! Jag har fått nytt nummer: {n}",
    "Hej! Min mamma har fått nytt nummer {n}.",
    "Hej! Jag har en fråga om min beställning. Jag har fått nytt nummer: {n}",
])
@pytest.mark.parametrize("lang", ["sv", None])
def test_a_persons_new_number_stays_a_phone(found, text, lang):
    assert values_of(found, text.format(n=SE_MOBILE), lang, "PHONE_NUMBER") == [SE_MOBILE]


def test_the_users_read_the_shared_lists():
    assert unclear_country.OTHER_NUMBER_WORDS is number_words.ENGLISH_OTHER_NUMBER_WORDS
    assert bare_ids.NORDIC_OTHER_NUMBER_WORDS is number_words.NORDIC_OTHER_NUMBER_WORDS
    for forms in (number_words.ENGLISH_OTHER_NUMBER_WORDS, number_words.NORDIC_OTHER_NUMBER_WORDS,
                  number_words.CASE_WORDS, number_words.NUMBERED_THINGS):
        assert len(set(forms)) == len(forms)
    shared = number_words.ENGLISH_CASES + number_words.SCANDINAVIAN_CASES
    assert set(shared) <= set(number_words.CASE_WORDS) & set(number_words.NUMBERED_THINGS)


@pytest.mark.parametrize("form", number_words.NUMBERED_THINGS)
def test_a_numbered_things_form_matches_as_a_whole_word(form):
    assert phone._NUMBERED_THING.search(f"x {form} har") is not None
    assert phone._NUMBERED_THING.search(f"x {form}behandler har") is None


@pytest.mark.parametrize("form", number_words.CASE_WORDS)
def test_a_case_word_before_a_value_matches_as_a_whole_word(form):
    assert phone._CASE_WORD_BEFORE.search(f"re: {form} ") is not None
    assert phone._CASE_WORD_BEFORE.search(f"re: {form}behandler ") is None
