"""Round 37C: PERSON leftovers of round 36E and the ticket probe (seeds 45-47 worked on).

A Finnish first name in a case ending that a company shares (``Elisalle``) is the person
where the text does not speak of the company's trade; a word-name's genitive opening its
sentence before a person's own data (``Orvokin puhelinnumero``), or after a yes/no
question's verb (``Voisiko Karilla``), is the name; the partitive of a name ending in ``a``
(``Liisaa``). An address spelling a firm's trade is the firm's (``acme.widgets@``). The
Nordic personal pronouns take up a name as the English ones do (``…, hun har ansvaret``).
Swedish plural forms of the invoice and order words are words (``Fakturor``) and a table's
name negative for a personnummer (``INSERT INTO fakturor``). The model's span ending in a
company form is the company (``Kevin Phillips Ltd``). A kinship noun's genitive before
``name,`` names the relative (``in my father's name, Reece Phillips``). A first name that is
an English word before a place's noun works in a department (``Rose Lane from accounts``).
Near misses: the same shapes where the old reading holds."""

from __future__ import annotations

import random

import pytest

from .generated import valid_personnummer, values_of

_R = random.Random(3703)


# ------------------------------------------------ 1. Finnish case forms

@pytest.mark.parametrize("form,stem", [("Elisalle", "Elisa"), ("Elisalla", "Elisa")])
def test_a_company_named_first_name_is_the_person_without_its_trade(found, form, stem):
    text = (f"Hei,\n\nSoitin eilen {form[:-3]}lle numeroon 044 123 4567, mutta kukaan ei "
            f"vastannut. Onko {stem}lla pääsy palveluun?\n\nTerveisin\nMatti Virtanen")
    names = values_of(found, text, "fi", "PERSON")
    assert "Elisalle" in names and "Elisalla" in names


@pytest.mark.parametrize("trade", ["liittymä ei vieläkään toimi", "verkko on ollut alhaalla",
                                   "asiakaspalvelu ei vastannut"])
def test_the_company_stays_where_its_trade_is_named(found, trade):
    text = f"Hei,\n\nSoitin eilen Elisalle, mutta {trade}.\n\nTerveisin\nMatti Virtanen"
    assert values_of(found, text, "fi", "PERSON") == ["Matti Virtanen"]


def test_a_word_name_s_genitive_before_own_data_is_the_name(found):
    text = ("Hei,\n\nOrvokin puhelinnumero on 040 123 4567. Toivon, että soitatte.\n\n"
            "Terveisin\nMatti Virtanen")
    assert values_of(found, text, "fi", "PERSON") == ["Orvokin", "Matti Virtanen"]


@pytest.mark.parametrize("sentence", ["Annan puhelinnumeroni teille.", "Onnen numero on 7.",
                                      "Toivon, että vika korjataan.", "Rauhan aikaan kaikki toimi."])
def test_a_word_name_opening_its_sentence_stays_a_word(found, sentence):
    text = f"Hei,\n\n{sentence}\n\nTerveisin\nMatti Virtanen"
    assert values_of(found, text, "fi", "PERSON") == ["Matti Virtanen"]


@pytest.mark.parametrize("verb", ["Voisiko", "Onko", "Saako"])
def test_a_word_name_after_a_question_s_verb_is_the_name(found, verb):
    text = f"Hei,\n\n{verb} Karilla pääsy palveluun?\n\nTerveisin\nMatti Virtanen"
    assert values_of(found, text, "fi", "PERSON") == ["Karilla", "Matti Virtanen"]


def test_the_partitive_of_a_name_ending_in_a(found):
    text = "Hei,\n\nOdotan Liisaa huomenna. Ainoa vaihtoehto on tämä.\n\nTerveisin\nMatti Virtanen"
    assert values_of(found, text, "fi", "PERSON") == ["Liisaa", "Matti Virtanen"]


@pytest.mark.parametrize("sentence", ["Ainoa vaihtoehto on tämä.", "Onnea matkaan!",
                                      "Hyvää iltaa! Iltaa odotellessa."])
def test_other_partitives_stay_words(found, sentence):
    text = f"Hei,\n\n{sentence}\n\nTerveisin\nMatti Virtanen"
    assert values_of(found, text, "fi", "PERSON") == ["Matti Virtanen"]


# ------------------------------------------------ 2. an address spelling a firm

@pytest.mark.parametrize("firm", ["Acme Widgets", "Nordic Tools", "Polar Supplies"])
def test_a_firm_spelled_by_its_address_is_no_person(found, firm):
    local = firm.lower().replace(" ", ".")
    text = f"Contact list:\n{firm}  07911 123456  {local}@example.com\n"
    assert values_of(found, text, None, "PERSON") == []
    text = f"From: {firm} <{local}@example.com>\nHello, your order has shipped."
    assert values_of(found, text, None, "PERSON") == []


def test_a_person_spelled_by_the_address_stays(found):
    text = "Contact list:\nReece Day  07911 123456  reece.day@gmail.com\n"
    assert values_of(found, text, None, "PERSON") == ["Reece Day"]
    text = "From: Kari Tools <kari@example.com>\nHei, ordren er sendt."
    assert values_of(found, text, None, "PERSON") == ["Kari Tools"]


# ------------------------------------------------ 3. Nordic pronouns after a name

@pytest.mark.parametrize("lang,clause", [
    ("nb", "Send dokumentene til Rose Lane, hun har ansvaret for regnskapet."),
    ("da", "Send dokumenterne til Rose Lane, hun står for regnskabet."),
    ("sv", "Skicka dokumenten till Rose Lane, hon sköter vår bokföring."),
    ("nn", "Send dokumenta til Rose Lane, ho har ansvaret for rekneskapen.")])
def test_a_nordic_pronoun_taking_up_a_name_makes_it_a_person(found, lang, clause):
    text = f"Hei,\n\n{clause}\n\nHilsen\nTom Berg"
    assert values_of(found, text, lang, "PERSON") == ["Rose Lane", "Tom Berg"]


@pytest.mark.parametrize("lang,clause", [
    ("nb", "Jeg flyttet til Rose Lane, hun sa det."),
    ("nb", "Jeg flyttet til Rose Lane, sa hun."),
    ("sv", "Jag bor på Rose Lane, han säger att det är fint."),
    ("sv", "Jag flyttade till Rose Lane, det är fint där."),
    ("da", "Jeg flyttede til Rose Lane, hun mener det er fint.")])
def test_reported_speech_or_another_pronoun_names_no_person(found, lang, clause):
    text = f"Hei,\n\n{clause}\n\nHilsen\nTom Berg"
    assert values_of(found, text, lang, "PERSON") == ["Tom Berg"]


# ------------------------------------------------ 4. Swedish plurals of invoice and order words

@pytest.mark.parametrize("text", ["Hej!\n\nTack för hjälpen.\n\nHälsningar\nFakturor",
                                  "Till: Fakturor\nÄmne: fel belopp", "Hej Ordrar,\ntack"])
def test_plural_invoice_and_order_words_are_no_name(found, text):
    assert values_of(found, text, "sv", "PERSON") == []


@pytest.mark.parametrize("table", ["fakturor", "ordrar"])
def test_a_swedish_plural_table_name_is_negative(found, table):
    pnr = valid_personnummer(_R)
    text = f"INSERT INTO {table} VALUES (17, '{pnr}', 'Anna Berg');"
    assert values_of(found, text, None, "SE_PERSONNUMMER") == []
    text = f"INSERT INTO kunder VALUES (17, '{pnr}', 'Anna Berg');"
    assert values_of(found, text, None, "SE_PERSONNUMMER") == [pnr]


# ------------------------------------------------ 5. the model's span and a company form

def test_the_model_s_span_ending_in_a_company_form_is_the_company(found_ner):
    text = "Kevin Phillips Ltd, 12 High Street, London"
    assert values_of(found_ner, text, None, "PERSON") == []
    text = "Kevin Phillips, 12 High Street, London"
    assert values_of(found_ner, text, None, "PERSON") == ["Kevin Phillips"]


def test_ends_in_company_form():
    from pii_scanner.detect.name_edges import ends_in_company_form

    assert ends_in_company_form("Kari Dahl AS, Storgata 5", 0, 12)
    assert not ends_in_company_form("Kari Dahl as agreed", 0, 12)
    assert not ends_in_company_form("Kari Dahl", 0, 9)


# ------------------------------------------------ 6. a relative's name, a department after

@pytest.mark.parametrize("lang,owner", [("en", "the account is in my father's name, "),
                                        ("da", "kontoen står i min fars navn, ")])
def test_a_kinship_noun_s_name_names_the_relative(found_ner, lang, owner):
    # (two unlisted words: the model proposes them, the cue makes them a name)
    text = f"Hello,\n\nPlease refund it; {owner}Reece Phillips:\nIBAN GB97NWBK73349831074151\n"
    assert values_of(found_ner, text, lang, "PERSON") == ["Reece Phillips"]


def test_a_company_s_name_is_no_relative(found_ner):
    text = ("Hello,\n\nPlease refund it; the account is in my company's name, Acme Widgets:\n"
            "IBAN GB97NWBK73349831074151\n")
    assert values_of(found_ner, text, "en", "PERSON") == []


def test_a_place_phrase_working_in_a_department_is_a_person(found):
    text = ("Hello,\n\nRose Lane from accounts asked me to chase this.\n\nBest,\nAlexandra")
    assert values_of(found, text, "en", "PERSON") == ["Rose Lane", "Alexandra"]


@pytest.mark.parametrize("sentence", ["Rose Garden is closed for the season.",
                                      "Ivy League from the start was pricey."])
def test_a_place_phrase_stays_a_place(found, sentence):
    text = f"Hello,\n\n{sentence}\n\nBest,\nAlexandra"
    assert values_of(found, text, "en", "PERSON") == ["Alexandra"]
