"""Round 37F: PERSON leftovers of round 37C and the ticket probe's threads and HTML (seeds
50-52 worked on).

A Finnish word-name in a local case right after the word opening its sentence is the name
(``Sain Arvolta viestin``); a Finnish first name's form that is a Swedish, Norwegian or
English word (``Arton``, ``Annen``, ``Villelle``) is the name where a person stands in a
Finnish text. A capitalised street word that is a common word (``Plass``) after a first
name, with no house number and a person's cue, is the surname. A firm's trade word after a
first name that is an English word makes a firm (``Grace Interiors``). A kinship noun's
genitive before ``name,`` is a label: two unlisted words after it are the name. Near
misses: the same shapes where the old reading holds."""

from __future__ import annotations

import pytest

from .generated import values_of


# ------------------------------------------------ 1. Finnish case forms

@pytest.mark.parametrize("form", ["Arvolta", "Toivolle", "Satulla"])
def test_a_word_name_after_the_opening_word_is_the_name(found, form):
    text = f"Hei!\n\nSain {form} viestin eilen, että tapaus on ratkaistu.\n\nTerveisin\nPekka Laine"
    assert form in values_of(found, text, "fi", "PERSON")


@pytest.mark.parametrize("text", [
    "Hei!\n\nToivolla on merkitystä tässä asiassa.\n\nTerveisin\nPekka Laine",  # opens it
    "Hei!\n\nToivon, että asia ratkeaa pian.\n\nTerveisin\nPekka Laine",  # I hope
    "Hei!\n\nSain Toivon takaisin.\n\nTerveisin\nPekka Laine",  # genitive: no local case
])
def test_a_word_name_opening_its_sentence_stays_a_word(found, text):
    assert not [v for v in values_of(found, text, "fi", "PERSON") if v.startswith("Toivo")]


@pytest.mark.parametrize("form", ["Arton", "Annen", "Villen"])
def test_a_nordic_word_form_is_the_name_before_own_data(found, form):
    text = (f"Moi,\n\nsoitin eilen, mutta kukaan ei vastannut. {form} puhelinnumero on "
            f"040 123 4567.\n\nTerveisin\nPekka Laine")
    assert form in values_of(found, text, "fi", "PERSON")


def test_a_nordic_word_form_mid_sentence_is_the_name(found):
    text = "Moi,\n\nsoitin eilen Villelle, mutta kukaan ei vastannut.\n\nTerveisin\nPekka Laine"
    assert "Villelle" in values_of(found, text, "fi", "PERSON")


def test_a_nordic_word_form_opening_a_sentence_stays_a_word(found):
    text = "Moi,\n\nArton jälkeen tulee yhdeksäntoista.\n\nTerveisin\nPekka Laine"
    assert "Arton" not in values_of(found, text, "fi", "PERSON")


# ------------------------------------------------ 2. a street word as a surname

@pytest.mark.parametrize("text,lang", [
    ("Eg har snakka med Hedda Plass, ho har ansvaret for rekneskapen.", "nn"),
    ("Jeg har snakket med Hedda Plass, hun har ansvaret for regnskapet.", "nb"),
])
def test_a_street_word_after_a_first_name_with_a_cue_is_the_surname(found, text, lang):
    assert "Hedda Plass" in values_of(found, text, lang, "PERSON")


@pytest.mark.parametrize("text", [
    "Jeg bor i Hedda Plass 4, hun er grei.",  # a house number: the street
    "Vi møtes på Hedda Plass i morgen klokken ti.",  # no person's cue
])
def test_a_street_word_without_a_cue_or_with_a_number_is_no_surname(found, text):
    assert "Hedda Plass" not in values_of(found, text, "nb", "PERSON")


# ------------------------------------------------ 3. a firm's trade word

@pytest.mark.parametrize("firm", ["Grace Interiors", "Hope Builders", "Frank Supplies"])
def test_an_english_word_name_before_a_trade_word_is_a_firm(found, firm):
    text = f"Please send the invoice to {firm}, they will pay it this week."
    assert firm not in values_of(found, text, "en", "PERSON")


@pytest.mark.parametrize("text,name", [
    ("I spoke to Grace Jones about the refund.", "Grace Jones"),
    ("She works at Kari Tools <kari.tools@example.com>.", "Kari Tools"),  # no English word
])
def test_a_person_before_no_trade_word_or_without_an_english_word_name_stays(found, text, name):
    assert name in values_of(found, text, "en", "PERSON")


# ------------------------------------------------ 4. a kinship noun's name as a label

@pytest.mark.parametrize("text,lang,name", [
    ("The account is in my son's name, Gethin Probert: please update it.", "en",
     "Gethin Probert"),
    ("Abonnementet står i min datters navn, Gethin Probert: kan dere endre det?", "nb",
     "Gethin Probert"),
])
def test_two_unlisted_words_after_a_kinship_name_are_the_name(found, text, lang, name):
    assert name in values_of(found, text, lang, "PERSON")


def test_a_company_name_after_its_name_is_no_person(found):
    text = "The account is in my company's name, Probert Gethin: please update it."
    assert not values_of(found, text, "en", "PERSON")


# ------------------------------------------------ 5. a first name's word as a surname

@pytest.mark.parametrize("text", [
    "Thanks for the quick reply.\n\nRegards,\nDesmond May",
    "Ship to:\nDesmond June\n14 Mill Lane\nLeeds",
    "Best,\nDesmond April",
])
def test_a_listed_word_after_a_first_name_alone_under_a_strong_cue_is_the_surname(found, text):
    assert any(v.startswith("Desmond ") for v in values_of(found, text, "en", "PERSON"))


@pytest.mark.parametrize("text", [
    "Regards,\nFriday",  # no first name before it
    "Hilsen\nKari Mandag",  # no listed name: a weekday
    "Meeting with Desmond May be moved.",  # not alone on its line
])
def test_a_word_after_a_first_name_elsewhere_stays_cut(found, text):
    names = values_of(found, text, "nb" if "Hilsen" in text else "en", "PERSON")
    assert not any(v.endswith((" May", " Mandag")) or v == "Friday" for v in names)


# ------------------------------------------------ 6. a chat speaker after a role and a time

@pytest.mark.parametrize("line", ["[10:07] Agent Eluned: Hello, how can I help?",
                                  "10:07 Support Eluned: Hello"])
def test_an_unlisted_speaker_after_a_timed_role_word_is_a_name(found, line):
    text = f"{line}\n[10:09] Customer: my order has not arrived"
    assert "Eluned" in values_of(found, text, "en", "PERSON")


@pytest.mark.parametrize("line", ["[10:07] Agent Status: online", "Agent Eluned: Hello"])
def test_a_common_word_or_an_untimed_line_is_no_speaker(found, line):
    text = f"{line}\nCustomer: my order has not arrived"
    assert "Status" not in values_of(found, text, "en", "PERSON")
    if not line.startswith("["):
        assert "Eluned" not in values_of(found, text, "en", "PERSON")
