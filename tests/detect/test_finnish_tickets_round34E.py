"""Round 34E: Finnish tickets (benchmarks/ticket_probe.py --langs fi). A Finnish first name in a
case ending is a name ('Soitin Matille', 'Liisan puhelinnumero', 'Johanilta', 'Mikaelille',
'Johanneksen'); a Finnish helpdesk role before an agent's name is a cue ('Asiakaspalvelija
Petteri:'); a number after a Finnish case, order or invoice word is no phone ('Tapaus 86606895
koskee ...'); a Finnish mobile unspaced in a contact row is a phone in a Finnish text, a list
with a +358 number or a row with a henkilötunnus label ('0401234567'); Finnish field and
function words tell a text without a hint is Finnish. Near misses: names that are Finnish words
opening a sentence ('Toivon, että', 'Annan suostumukseni'), a company named like a first name
('Elisalle'), places in a case ending ('Helsingin', 'Tampereella'), the same forms in a
Norwegian ticket, a row with an amount, a phone near a case word."""

from __future__ import annotations

import random

import pytest

from pii_scanner.detect import finnish_cases, gazetteers
from pii_scanner.detect.text_language import nordic_language

from .generated import valid_hetu, valid_mobile, values_of

_RNG = random.Random(3405)
FI_MOBILE = valid_mobile(_RNG, "FI")
NO_MOBILE = valid_mobile(_RNG, "NO")
HETU = valid_hetu(_RNG)


def _plain_finnish_firsts(count: int) -> list[str]:
    """Finnish first names of the shipped list that end in a vowel after no double stop and are
    no Finnish word (so '-lle', '-n' simply follow them), drawn by the module's generator."""
    names = sorted(n for n in gazetteers.finnish_first_names()
                   if n.isalpha() and len(n) >= 4 and n[-1] in "aeiouyäö" and n[-3] != n[-2]
                   and n not in finnish_cases.WORD_NAMES and finnish_cases.case_base(n) is None)
    return [n.capitalize() for n in _RNG.sample(names, count)]


FIRSTS = _plain_finnish_firsts(4)


def _harmony(name: str, ending: str) -> str:
    return ending if set("aou") & set(name.lower()) else ending.replace("a", "ä")


# ------------------------------------------------------------- 1. a first name in a case ending

@pytest.mark.parametrize("name", FIRSTS)
@pytest.mark.parametrize("lang", ["fi", None])
def test_a_finnish_first_name_in_a_case_ending_is_a_name(found, name, lang):
    text = (f"Hei,\n\nSoitin eilen {name}lle numeroon {FI_MOBILE}, mutta kukaan ei vastannut. "
            f"Onko {name}{_harmony(name, 'lla')} pääsy palveluun? {name}n sähköposti ei toimi.")
    persons = values_of(found, text, lang, "PERSON")
    assert persons == [f"{name}lle", f"{name}{_harmony(name, 'lla')}", f"{name}n"]


@pytest.mark.parametrize("word,base", [
    ("Matille", "matti"), ("Pekalta", "pekka"), ("Marjatan", "marjatta"), ("Mikaelille", "mikael"),
    ("Johanneksen", "johannes"), ("Päiville", "päivi"), ("Helenalla", "helena"),
])
def test_case_forms_strip_to_the_listed_name(found, word, base):
    assert finnish_cases.case_base(word.lower()) == base
    text = f"Hei,\n\nsoitin eilen ja sain {word} viestin, että asia on kunnossa."
    assert values_of(found, text, "fi", "PERSON") == [word]


@pytest.mark.parametrize("text", [
    "Toivon, että vika korjataan pian.",  # I hope
    "Annan suostumukseni tietojen käsittelyyn.",  # I give
    "Onnea uuden palvelun kanssa!",  # good luck (a partitive)
    "Ainoa vaihtoehto on soittaa asiakaspalveluun.",  # only
    "Soitin eilen Elisalle, mutta liittymä ei vieläkään toimi.",  # the operator
    "Helsingin toimisto on kiinni, Tampereella asiakaspalvelu on auki.",  # places
    "Rauhan ja hiljaisuuden takia muutimme.",  # peace
    "Hei,\n\nmarjan hinta nousi, ja tuulen takia toimitus viivästyi.",  # lower-case nouns
])
@pytest.mark.parametrize("lang", ["fi", None])
def test_finnish_words_and_places_stay_unnamed(found, text, lang):
    assert values_of(found, text, lang, "PERSON") == []


def test_a_case_ending_is_read_in_finnish_text_only(found):
    name = FIRSTS[0]
    text = f"Hei,\n\nfakturaen gjelder {name}lle og {name}n, og alt er i orden nå."
    assert values_of(found, text, "nb", "PERSON") == []


# ------------------------------------------------------------- 2. a Finnish helpdesk role

@pytest.mark.parametrize("name", FIRSTS[:2])
@pytest.mark.parametrize("lang", ["fi", None])
def test_a_finnish_agent_role_names_the_agent(found, name, lang):
    text = (f"[10:02] Asiakaspalvelija {name}: Hei, miten voin auttaa?\n"
            f"[10:11] Asiakas: kiitos, tilaus ei ole tullut\n"
            f"[10:21] Asiakaspalvelija {name}: Kiitos, löysin tapauksen.")
    assert values_of(found, text, lang, "PERSON") == [name, name]


def test_a_role_alone_is_no_name(found):
    text = "[10:02] Asiakaspalvelija: Hei, miten voin auttaa?\n[10:11] Asiakas: kiitos"
    assert values_of(found, text, "fi", "PERSON") == []


# ------------------------------------------------------------- 3. a case's or an order's number

@pytest.mark.parametrize("text", [
    "Hei, nimeni on Liisa Virtanen ja asun osoitteessa Rukokuja 1 B5. Tapaus {n} koskee "
    "laskuani 21.02.2023.",
    "Kiitos, löysin tapauksen {n}. Puhelin on suljettu.",
])
@pytest.mark.parametrize("lang", ["fi", None])
def test_a_number_after_a_finnish_case_word_is_no_phone(found, text, lang):
    assert values_of(found, text.format(n=NO_MOBILE), lang, "PHONE_NUMBER") == []


def test_a_phone_near_a_case_word_stays(found):
    text = f"Tapaus on auki. Soittakaa minulle numeroon {NO_MOBILE}."
    assert values_of(found, text, "fi", "PHONE_NUMBER") == [NO_MOBILE]


# ------------------------------------------------------------- 4. an unspaced Finnish mobile

@pytest.mark.parametrize("lang", ["fi", None])
def test_an_unspaced_finnish_mobile_in_a_contact_row_is_a_phone(found, lang):
    text = (f"Yhteystiedot:\nAntero Salminen | {FI_MOBILE} | antero.salminen@example.fi\n"
            f"Helena Heinonen | 040 991 1267 | helena.heinonen@example.fi\n")
    assert FI_MOBILE in values_of(found, text, lang, "PHONE_NUMBER")


def test_a_row_with_a_henkilotunnus_is_a_finnish_persons(found):
    text = f"- Kaarina Virta, Henkilötunnus: {HETU} - {FI_MOBILE}\n"
    assert values_of(found, text, None, "PHONE_NUMBER") == [FI_MOBILE]


def test_a_plus_358_row_names_the_list_finnish(found):
    text = (f"Katariina Nevala  {FI_MOBILE}  katariina.nevala@example.fi\n"
            f"Arvo Kuronen\t+358 50 991 2593\tarvo.kuronen@example.fi\n")
    assert FI_MOBILE in values_of(found, text, None, "PHONE_NUMBER")


@pytest.mark.parametrize("text,lang", [
    ("Kari Nordmann | {n} | kari@example.no\nOla Hansen | 4123 | ola@example.no\n", "nb"),  # Norwegian rows
    ("Yhteystiedot:\nAntero Salminen | {n} | 1 299,00 €\n", "fi"),  # an amount in the row
])
def test_the_same_digits_elsewhere_stay_no_phone(found, text, lang):
    assert values_of(found, text.format(n=FI_MOBILE), lang, "PHONE_NUMBER") == []


# ------------------------------------------------------------- 5. the text's language

@pytest.mark.parametrize("text", [
    "yhteystiedot:\nmirja aho | 050-9632038",
    "hei, onko tähän tullut mitään uutta? odotan vastausta.",
    "osoite: mannerheimintie 12 a 5, 00100 helsinki",
])
def test_finnish_words_read_as_finnish(text):
    assert nordic_language(text) == "fi"


@pytest.mark.parametrize("text,lang", [
    ("jeg er her", None),  # (too few telling words)
    ("gjelder 200953-9223 - oppdater registeret.", "nb"),
    ("angående 681018-9792 - uppdatera registret.", "sv"),
])
def test_scandinavian_texts_read_as_before(text, lang):
    assert nordic_language(text) == lang
