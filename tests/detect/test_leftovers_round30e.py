"""Round 30E: leftovers of rounds 30A/30D. A first name (also one that is a word) between a
verb of contacting and 'på'/'on'/'at' and a phone number with no phone word ('Ta kontakt med
Sine på 9…', 'You can reach Dag on 4…', 'Text Elinor on 9…'): the name and the number; a
lower-case display name whose first name is a word and whose surname is its address's own
('"may bjørdahl" <may.bjordahl@…>'); a first name that is also a place before a genitive's
'sin' ('Vi var på Frøya sin bursdag'); an unspaced British mobile in English text ('I am on
07…'), never over a valid fødselsnummer. Values are generated (seeded draws, phonenumbers'
GB plan, stdnum's check digits)."""

from __future__ import annotations

import random

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.no import fodselsnummer

from pii_scanner.detect import gazetteers, name_prose
from pii_scanner.detect.recognizers.generic import phone

from .generated import digits, plain_names, valid_mobile, values_of

_R = random.Random(3050)
_FIRST = plain_names("no_first_names.txt", 4, _R, first=True)
#: first names that are also words: only a cue makes them names
_WORD_FIRST = ["Dag", "Else", "Sine", "Even", "May", "Storm"]
#: municipalities that are also first names
_MUNICIPAL_NAMES = sorted(m.capitalize() for m in gazetteers.municipalities()
                          if m in gazetteers.first_names() and m.isalpha())[:6]


# ------------------------------------------------------------ 1. a person to contact on a number

@pytest.mark.parametrize("case", range(3))
@pytest.mark.parametrize("name", _WORD_FIRST + _FIRST[:2])
@pytest.mark.parametrize("template,lang", [
    ("Ta kontakt med {n} på {t}.", "nb"), ("Ta kontakt med {n} på {t}.", None),
    ("Kontakt {n} på {t}", "nb"), ("Send en sms til {n} på {t}.", "nb"),
    ("Text {n} on {t}", "en"), ("You can reach {n} on {t}.", "en"), ("You can reach {n} on {t}.", None),
    ("Please text {n} at {t}.", "en"), ("Reach {n} at {t} if anything comes up.", "en"),
])
def test_a_first_name_to_contact_on_a_number_is_a_name_and_the_number_a_phone(
        found, template, lang, name, case):
    number = valid_mobile(random.Random(case))
    got = found(template.format(n=name, t=number), lang)
    assert ("PERSON", name) in got, got
    assert ("PHONE_NUMBER", number) in got, got


@pytest.mark.parametrize("text,lang", [
    ("Ta kontakt med kundeservice på 815 00 000.", "nb"), ("Kontakt med Posten på 22 33 44 55 gikk fint.", "nb"),
    ("Vi har god kontakt med Dag og Natt AS.", "nb"),
])
def test_a_desk_or_a_firm_to_contact_is_no_person(found, text, lang):
    assert values_of(found, text, lang, "PERSON") == []


@pytest.mark.parametrize("text", [
    "reach 41234567 units", "We reach 41234567 units a week.", "Our research on 41234567 samples is done.",
    "The research at 41234567 sites is finished.", "Our Research Team on 41234567 samples",
])
def test_no_contact_phrase_makes_no_phone(found, text):
    assert values_of(found, text, "en", "PHONE_NUMBER") == []


def test_the_contact_phrase_needs_a_whole_verb_and_a_capitalised_name():
    text = "You can reach Dag on 41234567"
    assert phone._after_contact_name_on(text, text.index("4"))
    for other in ("Our research Dag on 41234567", "You can reach dag on 41234567",
                  "You can reach Dag about 41234567", "reach 41234567"):
        assert not phone._after_contact_name_on(other, other.index("41234567")), other


# ------------------------------------------------------------ 2. a display name that is its address's own

_INVENTED_SURNAMES = ["bjørdahl", "monesen", "kvalvold", "haukdahlsen", "vikbein"]


def _fold(word: str) -> str:
    return word.replace("ø", "o").replace("å", "a").replace("æ", "ae")


@pytest.mark.parametrize("first", ["may", "even", "dag", "else", "per"])
@pytest.mark.parametrize("template", [
    'Fra: "{n} {s}" <{e}>', 'To: {n} {s} <{e}>', 'Til: {n} {s} <{e}>\nEmne: Faktura',
    'From: "{n} {s}" <{e}>', 'Kopi: {n} {s} <{e}>',
])
def test_a_word_first_name_in_a_display_name_that_is_its_address_is_whole(found, template, first):
    surname = _INVENTED_SURNAMES[["may", "even", "dag", "else", "per"].index(first)]
    assert surname not in gazetteers.surnames()
    text = template.format(n=first, s=surname, e=f"{first}.{_fold(surname)}@firma.no")
    assert values_of(found, text, "nb", "PERSON") == [f"{first} {surname}"]


@pytest.mark.parametrize("text,person", [
    ('Fra: "post mottak" <post.mottak@firma.no>', []),
    ('Fra: "dag drift" <dag.drift@firma.no>', []),  # a unit word: the operations desk
    ('Fra: "may bjørdahl" <bjordahl@firma.no>', []),  # the first word not its address's
    ('Fra: "dag vikbein" <dagvikbein@firma.no>', []),  # (one piece: not read word by word)
    ('Til: drift sentral <drift.sentral@kommune.no>', []),
])
def test_a_display_name_not_its_address_word_for_word_is_none(found, text, person):
    assert values_of(found, text, "nb", "PERSON") == person


# ------------------------------------------------------------ 3. a place's name owning by 'sin'

@pytest.mark.parametrize("place", _MUNICIPAL_NAMES)
@pytest.mark.parametrize("template", [
    "Vi var på {p} sin bursdag.", "Jeg var i {p} sitt bryllup i helga.", "Det er {p} sine barn som ringte.",
    "Vi henter {p} sin sykkel i morgen.", "Pakken til {p} sin adresse kom ikke.",
])
def test_a_first_name_that_is_a_place_owning_by_sin_is_a_name(found, template, place):
    assert values_of(found, template.format(p=place), "nb", "PERSON") == [place]


@pytest.mark.parametrize("place", _MUNICIPAL_NAMES[:3])
@pytest.mark.parametrize("template", [
    "Kommunen {p} sin plan er vedtatt.", "Vi var på {p} i helga.", "Vi har hytte på {p}.",
    "Laget {p} sin trener er ny.",
])
def test_a_place_or_a_body_owning_by_sin_is_no_name(found, template, place):
    assert values_of(found, template.format(p=place), "nb", "PERSON") == []


def test_owns_by_sin_needs_a_listed_first_name_and_an_owned_word():
    for text, word in [("Vi var på Frøya sin bursdag", "Frøya"), ("Det er Asker sine barn", "Asker")]:
        start = text.index(word)
        assert name_prose.owns_by_sin(text, start, start + len(word))
    for text, word in [("Dette er Telenor sin feil", "Telenor"), ("Vi var på Frøya sin.", "Frøya"),
                       ("kommunen Asker sin plan", "Asker"), ("Frøya sinte", "Frøya")]:
        start = text.index(word)
        assert not name_prose.owns_by_sin(text, start, start + len(word)), text


# ------------------------------------------------------------ 4. an unspaced British mobile

_UK_RNG = random.Random(30)
_UK = [valid_mobile(_UK_RNG, 'GB') for _ in range(4)]


def _fnr07(rng: random.Random) -> str:
    while True:
        base = f"07{rng.randint(1, 12):02d}{rng.randint(50, 99):02d}{rng.randint(0, 499):03d}"
        for k1 in "0123456789":
            for k2 in "0123456789":
                if fodselsnummer.is_valid(base + k1 + k2):
                    return base + k1 + k2


@pytest.mark.parametrize("number", _UK)
@pytest.mark.parametrize("template", [
    "I am on {t}", "I'm on {t} if you need me.", "Best number is {t}, thanks.", "You can text me on {t}.",
])
def test_an_unspaced_uk_mobile_in_english_is_a_phone(found, template, number):
    assert values_of(found, template.format(t=number), "en", "PHONE_NUMBER") == [number]


@pytest.mark.parametrize("case", range(4))
@pytest.mark.parametrize("text,lang", [
    ("My Norwegian ID number is {f}.", "en"), ("Fødselsnummer: {f}", "nb"), ("Fnr {f}", "nb"),
])
def test_a_fodselsnummer_opening_with_07_stays_one(found, text, lang, case):
    value = _fnr07(random.Random(case))
    got = found(text.format(f=value), lang)
    assert ("NO_FODSELSNUMMER", value) in got, got
    assert ("PHONE_NUMBER", value) not in got, got


@pytest.mark.parametrize("case", range(4))
def test_a_fodselsnummer_opening_with_07_gets_no_uk_mobile_boost(found, case):
    value = _fnr07(random.Random(case))
    assert not phone._uk_mobile(value)
    assert values_of(found, f"Reference {value} in the form.", "en", "PHONE_NUMBER") == []


@pytest.mark.parametrize("text", ["Order {t} shipped.", "Invoice ref {t}", "Jeg er på {t}"])
def test_a_uk_mobile_with_another_numbers_word_or_not_in_english_is_none(found, text):
    lang = "nb" if text.startswith("Jeg") else "en"
    assert values_of(found, text.format(t=_UK[0]), lang, "PHONE_NUMBER") == []


@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
@settings(max_examples=60, deadline=None)
def test_uk_mobile_is_never_a_valid_fodselsnummer(value):
    if phone._uk_mobile(value):
        assert value.startswith("07") and not fodselsnummer.is_valid(value)
