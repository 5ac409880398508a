"""Round 35C: ticket text's imperative first names, header surnames, inline sign-offs, address
blocks under a request to send, questions opening with an auxiliary and English streets whose
type needs a postcode, written with their town instead."""

from __future__ import annotations

import pytest

from .generated import values_of


# ------------------------------------------------ a repeated first name that is an English verb

@pytest.mark.parametrize("text, name", [
    ("Mark Wilson from accounts asked me to chase this. Mark the invoice 4471 as paid.",
     "Mark Wilson"),
    ("Bill Wall from accounts asked me to chase this. Bill me for the upgrade.", "Bill Wall"),
    ("Hello,\n\nWill Brennan from sales called.\nWill you send the contract?", "Will Brennan"),
])
def test_repeated_first_name_opening_an_imperative(found_ner, text, name):
    assert values_of(found_ner, text, "en", "PERSON") == [name]


@pytest.mark.parametrize("text, names", [
    # a subject's verb after the mention: the person again
    ("Mark Wilson from accounts asked me to chase this. Mark wants the invoice paid.",
     ["Mark Wilson", "Mark"]),
    # not English: the Nordic 'her' (here) is no object
    ("Hei,\nMark Wilson ringte i går. Mark her i Oslo venter på svar.", ["Mark Wilson", "Mark"]),
])
def test_repeated_first_name_as_a_subject(found_ner, text, names):
    assert values_of(found_ner, text, None if "Hei" in text else "en", "PERSON") == names


def test_model_span_of_a_verb_and_its_object(found_ner):
    text = "Mark Wilson from accounts asked me to chase this. Mark wants the invoice paid."
    assert "chase this" not in values_of(found_ner, text, "en", "PERSON")


# ------------------------------------------------------- 'dob' starting a surname is no label

@pytest.mark.parametrize("text", [
    "From: James Dobson <james.dobson@firma.no>\nSent: 16/04/2025 14:36\nTo: Katie Mills",
    "Hi Dobbs,\n12.03.2025 the router went down.",
])
def test_surname_starting_with_dob_is_no_birth_label(found, text):
    assert values_of(found, text, "en", "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("text, date", [
    ("DOB: 12.03.1985", "12.03.1985"),
    ("DOB12.03.1985 ok", "12.03.1985"),
    ("name=Kari, dob_date=12.03.1985", "12.03.1985"),
    ("Bday: 12.03.1985", "12.03.1985"),
])
def test_dob_abbreviation_still_labels(found, text, date):
    assert values_of(found, text, "en", "DATE_OF_BIRTH") == [date]


# ------------------------------------------------------- a sign-off and its comma deep in a line

@pytest.mark.parametrize("text, name", [
    ("Please update my address to 17 Carver Road, LS2 9JT. Thanks, Reece Pollard", "Reece Pollard"),
    ("Please update my address to 54 Lyons Road, N1U 3PG. Thanks, Reece Miller", "Reece Miller"),
])
def test_inline_sign_off_after_a_long_sentence(found_ner, text, name):
    assert values_of(found_ner, text, "en", "PERSON") == [name]


def test_inline_sign_off_before_a_product(found_ner):
    text = "The new router arrived at 54 Lyons Road, N1U 3PG today. Thanks, Microsoft Teams works now."
    assert values_of(found_ner, text, "en", "PERSON") == []


# ------------------------------------------------ the recipient heading a block to be sent

@pytest.mark.parametrize("text, lang, name", [
    ("Hi,\nPlease send it to:\nAshleigh Rice\n221 Russell Road\nLeeds\nLS1 4AB\n\nThanks", "en",
     "Ashleigh Rice"),
    ("> Could you ship the replacement to:\n> Ashleigh Rice\n> 25 Butler Close\n", "en",
     "Ashleigh Rice"),
    ("Hei, kan dere sende pakken til:\nTorunn Aasheim\nStorgata 5\n0155 Oslo", "nb",
     "Torunn Aasheim"),
])
def test_name_heading_a_block_after_send_to(found, text, lang, name):
    assert values_of(found, text, lang, "PERSON") == [name]


@pytest.mark.parametrize("text", [
    "Please send it to:\nSupport Team\n12 Baker Street",
    "Please send the logs to:\nServer Room 4\nRack 12",
    # no colon: the line is a sentence that goes on below, no block's label
    "We will send it to\nAshleigh Rice Consulting in 3 weeks",
])
def test_no_name_heading_a_block_after_send_to(found, text):
    assert values_of(found, text, "en", "PERSON") == []


# ------------------------------------------------- a question's auxiliary before its subject

@pytest.mark.parametrize("text, lang, name", [
    ("Can Emma call me back?", "en", "Emma"),
    ("Did Emma send the form?", "en", "Emma"),
    ("Thanks. Could Sophie from billing call me?", "en", "Sophie"),
    ("Har Kari sendt skjemaet?", "nb", "Kari"),
    ("Kan Kari ringe meg i dag?", "nb", "Kari"),
    ("Hej! Kan Emma ringa mig i morgon?", "sv", "Emma"),
    ("Kan Kari Hansen ringe meg?", "nb", "Kari Hansen"),
])
def test_first_name_after_a_question_auxiliary(found, text, lang, name):
    assert values_of(found, text, lang, "PERSON") == [name]


@pytest.mark.parametrize("text", [
    "Did Grace period end?",
    "Can Bergen be reached by train?",
    "Is Storebrand Liv open today?",
])
def test_no_name_after_a_question_auxiliary(found, text):
    assert values_of(found, text, "en", "PERSON") == []


def test_nordic_kan_outside_a_question_stays_a_name(found_ner):
    # (no question: 'Kan' is the first name of 'Kan Li', as 'Will Harris called.' keeps 'Will')
    assert values_of(found_ner, "Kan Li ringte i går om fakturaen.", "nb", "PERSON") == ["Kan Li"]


# -------------------------------------- an English street of a postcode's type with its town

@pytest.mark.parametrize("text, street", [
    ("My new address is 221 Russell Mount, Leeds.", "221 Russell Mount, Leeds"),
    ("I have moved to 14 Harper Mount, York", "14 Harper Mount, York"),
])
def test_street_of_a_postcode_type_with_its_town(found, text, street):
    assert values_of(found, text, "en", "STREET_ADDRESS") == [street]
    assert values_of(found, text, "en", "PERSON") == []


@pytest.mark.parametrize("text", [
    "We use 2 Access Point, Cisco.",
    "Use 2 API Key, Then restart the app.",
    "Mount the volume at 3 Docker Mount, then restart.",
])
def test_no_street_of_a_postcode_type_without_an_address_word(found, text):
    assert values_of(found, text, "en", "STREET_ADDRESS") == []
