"""Round 27C: precision on what a helpdesk holds besides personal data: price lists, invoices
and SQL of goods named like people (`Oskar sofabord`, `Emma madrass 160x200`), web server
logs (`[15/Jan/2024:...]`), a company's products (`Amazon Alexa Echo`), streets named without
an address (`our Baker Street store`), places joined by `og` (`i Sørbøvåg og Tolga`) and a
parcel's waybill read as an international phone number. Each negative has a near miss that
must still be found. Names are seeded draws from the shipped lists; no corpus strings."""

from __future__ import annotations

import random

import pytest

from pii_scanner.detect import gazetteers
from pii_scanner.detect.common_words import common_words

from .generated import shipped_names, values_of

_R = random.Random(2727)


def _first_names(count: int) -> list[str]:
    """``count`` shipped first names that are no common word, no surname and no place."""
    common, surnames, places = common_words(), gazetteers.surnames(), gazetteers.postal_places()
    names = sorted(n for n in shipped_names("no_first_names.txt")
                   if n.isalpha() and 3 < len(n) < 9 and n.lower() not in common
                   and n.lower() not in surnames and n.lower() not in places)
    return _R.sample(names, count)


_FIRST = _first_names(8)
_GOODS = ("sofabord", "madrass", "barnestol", "skohylle", "kjøkkenvekt", "tursekk", "dyne", "pute")


# ------------------------------------------------------------- goods named like people

@pytest.mark.parametrize("row", [
    "{n} {g}\t3\t199,00\tOSL",                       # a tab-separated price list
    "48361,4031805875391,{n} {g},193,8717.65,BGO",   # a CSV export
    "{n} {g}                  19     8 290,50   25 %    72 450,00",  # an invoice's line
    "INSERT INTO products (sku, name, price) VALUES ('960731', '{n} {g}', 5920.90);",
    "Produktet «{n} {g}» vises nå riktig i nettbutikken.",
    "{n} {g} 45 l er utsolgt, ny leveranse i uke 12.",   # a measure after the goods
    "Prisen på {n} {g} 160x200 økes med 5 % fra 1. mai."])
def test_goods_named_like_people_are_no_person(found_ner, row):
    name, goods = _R.choice(_FIRST), _R.choice(_GOODS)
    header = "Beskrivelse\tAntall\tPris\tLager\n" if "\t" in row else ""
    text = header + row.format(n=name, g=goods)
    assert values_of(found_ner, text, "nb", "PERSON") == []


@pytest.mark.parametrize("row, lang", [
    ("Kontakt\tTelefon\tLager\n{n} {s}\t41234567\tOSL", "nb"),   # a person's cell: capitalised
    ("Hei {n} madrass 160x200 er sendt i dag.", "nb"),           # greeted, the goods after it
    ("Hilsen\n{n}", "nb")])
def test_a_person_before_goods_or_in_a_cell_is_still_found(found_ner, row, lang):
    name = _FIRST[0]
    surname = _R.choice(sorted(s for s in gazetteers.surnames() if s.isalpha() and len(s) > 4
                               and s not in common_words() and s not in gazetteers.postal_places()))
    text = row.format(n=name, s=surname.title())
    assert any(value.startswith(name) for value in values_of(found_ner, text, lang, "PERSON"))


# ------------------------------------------------------------- a web server log's month

def test_a_month_in_a_web_server_log_date_is_no_person(found_ner):
    text = ("[15/Jan/2024:01:12:53 +0100] WARN retrying job 675568 attempt=2/5\n"
            "[16/Jan/2024:22:14:43 +0100] ERROR invoice_no=8488606 status=500")
    assert values_of(found_ner, text, "en", "PERSON") == []


def test_the_same_name_signing_under_a_log_is_found(found_ner):
    text = "[15/Jan/2024:01:12:53 +0100] WARN retrying job 675568\n\nBest regards,\nJan Berg"
    assert values_of(found_ner, text, "en", "PERSON") == ["Jan Berg"]


# ------------------------------------------------------------- a company's product

@pytest.mark.parametrize("text", [
    "Amazon Alexa Echo                  19   877.94   20%   8507.84",
    "The customer bought an Amazon Alexa Echo and wants to return it."])
def test_a_run_after_a_one_word_company_is_its_product(found_ner, text):
    assert values_of(found_ner, text, "en", "PERSON") == []


def test_the_product_word_as_a_signed_name_is_found(found_ner):
    text = "Thanks for the Amazon voucher.\n\nKind regards,\nAlexa Berg"
    assert values_of(found_ner, text, "en", "PERSON") == ["Alexa Berg"]


# ------------------------------------------------------------- a street named without an address

@pytest.mark.parametrize("street", ["Baker Street", "King Street", "Carter Road"])
def test_a_street_named_without_a_number_is_no_person(found_ner, street):
    text = f"Our {street} store is closed on Monday for stocktaking."
    assert values_of(found_ner, text, "en", "PERSON") == []


def test_a_person_of_that_surname_and_the_street_with_its_number_are_found(found_ner):
    text = "Dear Mr Baker,\nyour parcel went to 52 Baker Street, London W1U 6AG."
    assert "Baker" in values_of(found_ner, text, "en", "PERSON")[0]
    assert values_of(found_ner, text, "en", "STREET_ADDRESS")


# ------------------------------------------------------------- two places joined by 'og'

def _places_named_like_people() -> list[str]:
    first, places = gazetteers.first_names(), gazetteers.postal_places()
    return sorted(p.title() for p in places if p in first and p.isalpha() and len(p) > 3
                  and p not in common_words())


def test_the_second_of_two_places_after_i_is_no_person(found_ner):
    place = _R.choice(_places_named_like_people())
    text = f"Kunder i Sørbøvåg og {place} fikk feilmelding 503 i morges."
    assert values_of(found_ner, text, "nb", "PERSON") == []


def test_the_same_name_greeted_by_a_text_about_places_is_found(found_ner):
    place = _R.choice(_places_named_like_people())
    text = f"Hei {place}!\nKunder i Sørbøvåg og Bygstad fikk feilmelding 503 i morges."
    assert values_of(found_ner, text, "nb", "PERSON") == [place]


# ------------------------------------------------------------- a waybill is no phone number

@pytest.mark.parametrize("text", [
    "DHL waybill 0017306548 er levert i Sessvollmoen.",
    "[17/Sep/2024:16:52:57 +0100] DEBUG shipment 0014621972 status=IN_TRANSIT",
    "Sporingsnummer 0064082018 viser at pakken er på vei."])
def test_a_waybill_that_reads_as_an_international_number_is_no_phone(found, text):
    assert values_of(found, text, "nb", "PHONE_NUMBER") == []


@pytest.mark.parametrize("text", [
    "Pakken med sporingsnummer LA123456785NO kom ikke. Ring meg på 41234567.",
    "Tracking says delivered. Call me on +46 70 123 45 67."])
def test_a_phone_next_to_a_tracking_word_is_still_found(found, text):
    assert values_of(found, text, "nb", "PHONE_NUMBER")
