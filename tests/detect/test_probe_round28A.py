"""Round 28A: leftovers of round 27A on fresh cases (a lower-case name before 'her'/'här'/'here'
in a chat greeting, Swedish OCR references, Swedish phones with a slash or a spaced dash, double
first names written as one word, a first name that is also a word before a listed surname) and
English helpdesk tickets with Nordic personal data. Values are generated (seeded draws from the
shipped name lists, check digits by python-stdnum), never corpus strings."""

from __future__ import annotations

import random

import pytest

from pii_scanner.detect.name_regions import runs

from .generated import digits, plain_names, valid_personnummer, values_of

_R = random.Random(2828)

_NO_FIRST = plain_names("no_first_names.txt", 4, _R, first=True)
_NO_SURNAMES = plain_names("no_surnames.txt", 4, _R, first=False)
_SE_FIRST = plain_names("se_first_names.txt", 4, _R, first=True)
_SE_SURNAMES = plain_names("se_surnames.txt", 4, _R, first=False)


def _personnummer() -> str:
    number = valid_personnummer(_R)
    return f"{number[:6]}-{number[6:]}"


# ---------------------------------------------------------------- 'hei, kari nordmann her.'

@pytest.mark.parametrize("text, lang", [
    ("hei, {nf} {ns} her. eg får ikkje logga inn", "nn"),
    ("heisann, {nf} her nå. har ikke fått faktura", "nb"),
    ("hej! {sf} {ss} här, jag har inte fått min faktura", "sv"),
    ("tja, {sf} här! bredbandet funkar inte", "sv"),
    ("hi, {nf} {ns} here. my bankid stopped working", "en"),
    ("hello, {sf} {ss} here again. can't find my invoice", "en"),
])
def test_a_lower_case_name_before_here_is_the_writer(found, text, lang):
    names = {"nf": _NO_FIRST[0].lower(), "ns": _NO_SURNAMES[0].lower(),
             "sf": _SE_FIRST[0].lower(), "ss": _SE_SURNAMES[0].lower()}
    name = " ".join(names[key] for key in ("nf", "ns", "sf", "ss") if "{" + key + "}" in text)
    text = text.format(**names)
    assert values_of(found, text, lang, "PERSON") == [name]


def test_three_lower_case_names_before_here(found):
    name = f"{_SE_FIRST[1].lower()} {_SE_FIRST[2].lower()} {_SE_SURNAMES[1].lower()}"
    assert values_of(found, f"hi! {name} here. i need help", "en", "PERSON") == [name]


@pytest.mark.parametrize("text", ["hei, annet enn det er alt i orden her.", "hi, everyone here.",
                                  "hei, alle sammen her.", "hej, per telefon går det inte här."])
def test_words_before_here_are_no_name(found, text):
    assert values_of(found, text, "nb", "PERSON") == []


@pytest.mark.parametrize("text, lang", [("hei, annet {s} her. har et spørsmål", "nb"),
                                        ("jag heter inga {s} och bor i Lund", "sv")])
def test_a_first_name_that_is_a_word_before_a_listed_surname(found, text, lang):
    """'annet', 'inga' are words and listed first names: between a greeting and 'here', or after
    a self-introduction, with a listed surname that is no word after them, they are a name."""
    surname = _SE_SURNAMES[2].lower()
    text = text.format(s=surname)
    first = "annet" if "annet" in text else "inga"
    assert values_of(found, text, lang, "PERSON") == [f"{first} {surname}"]


def test_a_word_first_name_alone_after_an_introduction_stays_out(found):
    assert values_of(found, "jeg heter annet enn det", "nb", "PERSON") == []


# ---------------------------------------------------------------- OCR references

@pytest.mark.parametrize("label", ["OCR ", "OCR: ", "OCR-nummer ", "betalningsreferens "])
def test_an_ocr_reference_shaped_like_a_personnummer_is_none(found, label):
    text = f"Jag betalade faktura {digits(_R, 8)} med {label}{_personnummer()} men fick en påminnelse."
    assert values_of(found, text, "sv", "SE_PERSONNUMMER") == []


def test_a_personnummer_after_an_ocr_reference_keeps_its_own_label(found):
    number = _personnummer()
    text = (f"Betalningsinformation\nBankgiro: {digits(_R, 3)}-{digits(_R, 4)}\nOCR: {_personnummer()}\n"
            f"Att betala: 1 234 kr\n\nKund: {_SE_FIRST[3]} {_SE_SURNAMES[3]}\nPersonnummer: {number}")
    assert values_of(found, text, "sv", "SE_PERSONNUMMER") == [number]


def test_an_eleven_digit_ocr_reference_is_no_bank_account(found):
    from stdnum.no import kontonr
    while not kontonr.is_valid(value := "1503" + digits(_R, 7)):
        pass
    text = f"OCR-nr: {value} (kontonummer finns på fakturan)"
    assert values_of(found, text, "nb", "NO_BANK_ACCOUNT") == []
    assert values_of(found, f"Kontonummer: {value}", "nb", "NO_BANK_ACCOUNT") == [value]


# ---------------------------------------------------------------- '070/123 45 67'

@pytest.mark.parametrize("shape", ["0{a}/{b} {c} {d}", "0{a} - {b} {c} {d}", "0{a}/{b}{c}{d}",
                                   "0{a} - {b}{c}{d}"])
def test_a_swedish_area_code_set_off_by_a_slash_or_a_spaced_dash(found, shape):
    number = shape.format(a=f"7{_R.choice('0236')}", b=digits(_R, 3), c=digits(_R, 2), d=digits(_R, 2))
    text = f"Hej, kan ni ringa mig? Mobil {number}. Jag är hemma efter kl 17."
    assert values_of(found, text, "sv", "PHONE_NUMBER") == [number]


@pytest.mark.parametrize("text", ["Jag är hemma 08/12 2024 och 05/11/2024, ring mig då.",
                                  "Sida 2023 - 2024 09/45 tel"])
def test_dates_with_slashes_are_no_phone(found, text):
    assert values_of(found, text, "sv", "PHONE_NUMBER") == []


def test_my_number_in_english_is_a_phone(found):
    phone = f"4{digits(_R, 7)}"
    text = f"My new Norwegian number is {phone}, my order number is {digits(_R, 8)}."
    assert values_of(found, text, "en", "PHONE_NUMBER") == [phone]


# ---------------------------------------------------------------- 'AnnaMaria', "I'm"

@pytest.mark.parametrize("first", ["AnnaMaria", "LisaMarie", "KarlJohan", "JanOlof"])
def test_a_double_first_name_written_as_one_word_signs(found, first):
    name = f"{first} {_SE_SURNAMES[0]}"
    assert values_of(found, f"Hej,\nfakturan stämmer inte.\n\nMvh\n{name}", "sv", "PERSON") == [name]


def test_words_with_an_inner_capital_are_cut_from_runs():
    text = "Hei Kari PowerPoint Berg, McDonald MacLeod FitzGerald og OneDrive"
    assert [text[r.start:r.end] for r in runs(text)] == [
        "Hei Kari", "Berg", "McDonald MacLeod FitzGerald"]


@pytest.mark.parametrize("text", ["Hi, I'm writing in English since my Danish isn't great.",
                                  "Agent: Thanks. I've blocked the card.", "Hi, I’ll call you."])
def test_an_english_contraction_is_no_name(found, text):
    assert values_of(found, text, "en", "PERSON") == []
