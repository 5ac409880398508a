"""Round 36C: tickets of the ticket probe's ``--requests`` kinds (benchmarks/ticket_probe.py):
GDPR data-subject requests and tickets mixing English with a Nordic language. A street address
found once is the same address where its street and house number are written again
(``Stopp all post til Eriksenlyngen 99``), also when the finding held the postcode; a one-word
street with a compound-only ending, a comma, a four-digit postcode and a capitalised place closing
the clause is a one-line postal address though the register does not give the place (an
authority's after its name: ``Datatilsynet, Johnsenlyngen 38, 7515 Eirikstrand``); the capitalised
word after such a postcode is the post town, no person, though a surname signed elsewhere is
spelt the same; a run whose last word, a company form, was cut off names a company (``Phillips
Retail Ltd``); an account or profile that a possessive makes the customer's, after a preposition
of where, holds a phone number and names no account number (``the mobile number on your account
to 413 93 476``). Near misses: another street's number, a compound-only word alone, capitals, a
place that does not close its clause, a postcode after no house number, a person before a company
word that is none, an account number after 'my account' with no phone word. Values are invented
(python-stdnum check digits), never probe output."""

from __future__ import annotations

import random

import pytest

from .generated import valid_fnr, valid_mobile, values_of

_RNG = random.Random(3603)
NO_MOBILE = valid_mobile(_RNG, "NO")
NO_SPACED = f"{NO_MOBILE[:3]} {NO_MOBILE[3:5]} {NO_MOBILE[5:]}"
FNR = valid_fnr(_RNG)


# --------------------------------------------------- 1. a street written again

@pytest.mark.parametrize("text,lang,street", [
    ("Postadressen min er Bakkeløkka 17, 2211 Vestbyen. Stopp all post til Bakkeløkka 17.",
     "nb", "Bakkeløkka 17"),
    ("Postadressa mi er Solbergtoppen 4B, 6800 Førde. Stopp all post til Solbergtoppen 4B.",
     "nn", "Solbergtoppen 4B"),
    ("Postadressen min er Nordlimarka 22, 0150 Oslo. Send ikke mer reklame til Nordlimarka 22.",
     "nb", "Nordlimarka 22"),
    ("Adresse: Granstubben 9\nDere sendte likevel brevet til Granstubben 9 i går.", None,
     "Granstubben 9"),
])
def test_a_street_found_once_is_found_where_it_is_written_again(found, text, lang, street):
    assert values_of(found, text, lang, "STREET_ADDRESS").count(street) + sum(
        v.startswith(street + ",") for v in values_of(found, text, lang, "STREET_ADDRESS")) == 2


@pytest.mark.parametrize("text,lang", [
    # another number, another street's word, or the compound alone: no copy
    # (a sentence between: the address word labels no street beyond its window)
    ("Postadressen min er Eriksenlyngen 17. Vi har bodd her i mange år nå. Naboen har "
     "Eriksenlyngen 170.", "nb"),
    ("Postadressen min er Eriksenlyngen 17. Vi har bodd her i mange år nå. Eriksenlyngen 17B "
     "er naboens.", "nb"),
    ("Postadressen min er Eriksenlyngen 17. Vi har bodd her i mange år nå. Lyngen 17 er et "
     "annet sted.", "nb"),
])
def test_no_copy_of_a_street_with_another_number(found, text, lang):
    assert values_of(found, text, lang, "STREET_ADDRESS") == ["Eriksenlyngen 17"]


# --------------------------------------------------- 2. a one-line postal address

@pytest.mark.parametrize("text,lang,street", [
    ("Hører jeg ikke fra dere, klager jeg til Datatilsynet, Johnsenlyngen 38, 7515 Eirikstrand.",
     "nb", "Johnsenlyngen 38"),
    ("Høyrer eg ikkje frå dykk, klagar eg til Datatilsynet, Moenstykket 10, 2439 Eliassen.", None,
     "Moenstykket 10"),
    ("Kopi sendt til Nordby Regnskap AS, Haugetjernet 5, 3090 Hofsland\n", "nb", "Haugetjernet 5"),
])
def test_a_compound_street_with_a_postcode_and_place_is_an_address(found, text, lang, street):
    assert values_of(found, text, lang, "STREET_ADDRESS") == [street]


@pytest.mark.parametrize("text,lang", [
    ("Skogen 38, 7515 Eirikstrand.", "nb"),  # a compound-only word alone
    ("Bestill TOPPEN 38, 7515 EIRIKSTRAND.", "nb"),  # capitals
    ("Nordtoppen 3, 2024 Hansen har rapporten.", "nb"),  # the place does not close the clause
    ("Se nordtoppen 3, 2024 eirikstrand.", "nb"),  # lower case
    ("Rekkehuset Nordtoppen 3 2024 Eirikstrand.", "nb"),  # no comma
])
def test_no_address_from_a_compound_without_the_postal_line(found, text, lang):
    assert values_of(found, text, lang, "STREET_ADDRESS") == []


# --------------------------------------------------- 3. the post town after a postcode

@pytest.mark.parametrize("text,lang", [
    ("Klager jeg til Datatilsynet, Vikaveien 4, 1848 Ahmed.\n\nMvh\nRandi Ahmed\n"
     "randi.ahmed@example.com", None),
    ("Send brevet til Storgata 12B, 3045 Hansen.\n\nMvh\nKari Hansen\nkari.hansen@example.com",
     "nb"),
    ("Skicka fakturan till Ekvägen 5, 123 45 Berg.\n\nHälsningar\nAnna Berg\n"
     "anna.berg@example.com", "sv"),
])
def test_the_word_after_a_postcode_is_the_post_town(found, text, lang):
    names = values_of(found, text, lang, "PERSON")
    assert names and all(" " in n for n in names), names


@pytest.mark.parametrize("text,lang,name", [
    # a person after a number that is no postcode of an address ('Ring 1848 Ahmed')
    ("Hei Ahmed,\n\nRing Randi Ahmed på " + NO_MOBILE + ".\n\nMvh\nOla", "nb", "Randi Ahmed"),
])
def test_a_name_after_other_numbers_stays(found, text, lang, name):
    assert name in values_of(found, text, lang, "PERSON")


# --------------------------------------------------- 4. a company form cut off a run

@pytest.mark.parametrize("text", [
    "Your privacy notice names Phillips Retail Ltd (company no. 63034991) as controller.",
    "Your notice names Smith Shop Ltd as controller.",
])
def test_a_run_before_a_company_form_is_no_person(found, text):
    assert values_of(found, text, "en", "PERSON") == []


@pytest.mark.parametrize("text,name", [
    ("Please ask Kevin Phillips about it.", "Kevin Phillips"),
    ("Kind regards,\nKevin Phillips\nPhillips Retail Ltd", "Kevin Phillips"),
])
def test_a_person_without_a_company_form_stays(found, text, name):
    assert name in values_of(found, text, "en", "PERSON")


# --------------------------------------------------- 5. a phone on the customer's account

@pytest.mark.parametrize("text,lang", [
    (f"I have updated the mobile number on your account to {NO_SPACED} (case #13667767).", "en"),
    (f"I have updated the mobile number on your account to {NO_SPACED}.", None),
    (f"Jeg har endret mobilnummeret på kontoen din til {NO_SPACED}.", "nb"),
    (f"The phone number on my account is {NO_MOBILE}.", "en"),
])
def test_a_phone_on_the_customers_account_is_a_phone(found, text, lang):
    assert values_of(found, text, lang, "PHONE_NUMBER") == [NO_SPACED if NO_SPACED in text
                                                            else NO_MOBILE]


@pytest.mark.parametrize("text,lang", [
    (f"Please refund to my account {NO_MOBILE}.", "en"),  # no phone word: an account number
    (f"Call me about my account {NO_MOBILE}.", "en"),  # 'about': the account's number
    (f"My account number is {NO_MOBILE}, call me.", "en"),
    (f"Ring meg om kontoen min {NO_MOBILE}.", "nb"),
])
def test_an_account_number_stays_unflagged(found, text, lang):
    assert values_of(found, text, lang, "PHONE_NUMBER") == []


# --------------------------------------------------- 6. a request's near misses

@pytest.mark.parametrize("text,lang", [
    ("Emne: Innsynsbegjæring etter art. 15 GDPR - Sak 2024/1187\n\nJeg ber om innsyn, jf. "
     "personopplysningsloven § 16. Fødselsnummer " + FNR + ". Svar innen 14.04.2025.", "nb"),
    ("Subject: Erasure request under Article 17(1)(a) GDPR - Ref: DSR-48213\n\nThe request is "
     "dated 4 April 2024; reply by 4 May 2024.", "en"),
])
def test_a_requests_references_and_deadlines_stay_unflagged(found, text, lang):
    kinds = {t for t, _ in found(text, lang)} - {"NO_FODSELSNUMMER"}
    assert not kinds & {"PHONE_NUMBER", "DATE_OF_BIRTH", "PERSON", "STREET_ADDRESS", "NO_ORGNR",
                        "SE_PERSONNUMMER", "DK_CPR", "NO_BANK_ACCOUNT"}, found(text, lang)
