"""Round 21 of the screenshot probe (``benchmarks/screenshot_probe.py --layouts new``), the
detector's part: a name in capitals alone under a passport's or form's name label, and a
new sentence after 'Takk!' that is no signature. Names come from the shipped lists."""

from __future__ import annotations

import pytest

from .generated import values_of


@pytest.mark.parametrize("label, value", [
    ("Etternavn/Surname\n", "HAUGEN"), ("Fornavn/Given names\n\n", "GUNNAR"), ("Etternavn: ", "BØE"),
    ("Efternamn\n", "LINDQVIST"), ("Navn:\t", "KARI"), ("Last name: ", "HANSEN")])
def test_one_listed_name_in_capitals_under_a_name_label(found, label, value):
    assert values_of(found, f"{label}{value}\n", "nb", "PERSON") == [value]


def test_a_passport_page_as_read_gives_both_names(found):
    text = ("NORGE - NORWAY PASS - PASSPORT\n\nEtternavn/Surname\nANDREASSEN\nFornavn/Given names\n"
            "KAREN\nFødselsdato/Date of birth\n11.07.1992\n")
    assert values_of(found, text, "nb", "PERSON") == ["ANDREASSEN", "KAREN"]


@pytest.mark.parametrize("text", [
    "Firmanavn: HANSEN\n",           # a firm's name label
    "Brukernavn\nOLSEN\n",           # a user name
    "Navn: OSLO\n",                  # a listed word? a place, not a name
    "Etternavn\nAKTIV\n",            # no listed name
    "Kunde:\nSTATUS\n",              # no name label
    "Etternavn: HANSEN OG CO\n",     # not one word alone on its line
    "Navn\n\n\nOLSEN\n",             # three lines below: too far
    "SAMMENDRAG\nHANSEN\n",          # capitals without a label
])
def test_capitals_near_but_not_under_a_persons_name_label_are_no_name(found, text):
    assert values_of(found, text, "nb", "PERSON") == []


@pytest.mark.parametrize("text", ["Takk! Sender avtalen til deg i morgen.",
                                  "Tack! Skickar avtalet till dig i kväll."])
def test_a_sentence_after_thanks_with_a_bang_is_no_signature(found, text):
    assert values_of(found, text, None, "PERSON") == []


@pytest.mark.parametrize("text, name", [("Takk! Kari", "Kari"), ("Takk! Kari Nordmann", "Kari Nordmann"),
                                        ("Takk, Sender", "Sender"), ("Takk!\nSender", "Sender"),
                                        ("Takk! Aune tlf 99887766", "Aune")])
def test_a_name_signing_off_after_thanks_stays_a_name(found, text, name):
    assert values_of(found, text, "nb", "PERSON") == [name]


# ---------------------------------------------------------------- a form in two columns, as OCR lays it out

_FORM = ("Fornavn\tEtternavn\nTore\tFredriksen\nFødselsdato\tMobil\n{dob}\t+47 475 31 203\nE-post\tAdresse\n"
         "tore@telia.se\tStrømskogen 9\nFødselsnummer\tSpråk\n\n030183-22950\tNorsk\n")


@pytest.mark.parametrize("dob", ["1961-03-25", "25.03.1961"])
def test_a_birth_date_under_its_label_in_a_two_column_form(found, dob):
    assert values_of(found, _FORM.format(dob=dob), "nb", "DATE_OF_BIRTH") == [dob]


def test_a_two_column_forms_later_label_rows_are_no_names(found):
    assert values_of(found, _FORM.format(dob="1961-03-25"), "nb", "PERSON") == ["Tore", "Fredriksen"]


def test_a_date_in_another_column_of_a_two_column_form_is_no_birth_date(found):
    text = "Fornavn\tEtternavn\nKari\tHansen\nBestilt\tFødselsdato\n11.01.2024\t12.08.1953\n"
    assert values_of(found, text, "nb", "DATE_OF_BIRTH") == ["12.08.1953"]
    text = "Navn\tDato\nKari\t11.01.2024\n"
    assert values_of(found, text, "nb", "DATE_OF_BIRTH") == []


def test_a_name_sheet_keeps_its_names_after_a_row_with_an_empty_cell(found):
    text = "Navn\tTelefon\nKari Hansen\t99887766\nOla Berg\t\nPer Olsen\t41234567\n"
    assert values_of(found, text, "nb", "PERSON") == ["Kari Hansen", "Ola Berg", "Per Olsen"]


# ---------------------------------------------------------------- a greeted presentation in an SMS

@pytest.mark.parametrize("text, name", [("Hej! Det är Håkan. Kan du ringa mig?", "Håkan"),
                                        ("Hej! Det är Åke.", "Åke"), ("hej, det är åke här", "åke"),
                                        ("Hei! Det er Håkon.", "Håkon")])
def test_a_listed_first_name_after_a_greeting_and_a_presentation(found, text, name):
    assert values_of(found, text, None, "PERSON") == [name]


@pytest.mark.parametrize("text", ["Hej! Det är fel på fakturan.", "Hej, det är Telia som ringer.",
                                  # (round 30D: 'Det är Håkan.' closes its clause after the
                                  # name, a presentation without a greeting too: round 30D's tests)
                                  "Det är Juni 2024.", "Hei! Det er Dag 3 av kurset."])
def test_no_name_after_a_presentation_without_a_greeting_or_listed_first_name(found, text):
    assert values_of(found, text, None, "PERSON") == []


# ---------------------------------------------------------------- a contract's party 'bosatt i' an address

@pytest.mark.parametrize("text, value", [
    ("og Odd Jacobsen, fødselsnummer 19089101215, bosatt i Karlsenroa 2A, heretter kalt leietaker",
     "Karlsenroa 2A"),
    ("leietaker, bosatt på Johannessentoppen 2C. Leien betales", "Johannessentoppen 2C"),
    ("personnummer 19691029-5036, boende på Ängsbacken 7, nedan kallad hyresgästen", "Ängsbacken 7")])
def test_a_street_with_an_unlisted_ending_after_bosatt_i(found, text, value):
    assert values_of(found, text, None, "STREET_ADDRESS") == [value]


@pytest.mark.parametrize("text", ["Han har vært bosatt i Norge i 12 år.", "bosatt i Norge 12 år",
                                  "Vi er bosatt i Bergen, og flytter i mai."])
def test_bosatt_i_before_no_street_finds_none(found, text):
    assert values_of(found, text, None, "STREET_ADDRESS") == []
