"""Round 31A: English and Danish tickets, and tickets with no language hint. A phone after
another value's field in a list ('CPR 181079-9526 - +45…'); a whole fødselsnummer after a
word that only quotes a number ('Reference … in the form.', 'Referanse …'), alike in every
language; an unspaced British mobile in English text with no hint ('I am on 07…'); 'I am on'
as a phone phrase; a Danish passport after 'mit pas (nr. …)'; a chat speaker named after the
line's role ('[10:02] Agent Katie:', 'Kunde (Søs):'); a new sentence after 'Thanks.' ('Can I
have …') is no sign-off; a dashed CPR in parentheses after a name; 'personnummer' in a Danish
ticket is the CPR. Values are generated (seeded draws, stdnum's and phonenumbers' rules)."""

from __future__ import annotations

import random

import phonenumbers
import pytest
from stdnum import luhn
from stdnum.dk import cpr as std_cpr
from stdnum.fi import hetu as std_hetu
from stdnum.no import fodselsnummer
from pii_scanner.detect.validators.se import personnummer as std_pnr

from .generated import digits, plain_names, valid_fnr, valid_mobile, values_of

_R = random.Random(3101)
_DK_FIRST = plain_names("dk_first_names.txt", 3, _R, first=True)
_DK_LAST = plain_names("dk_surnames.txt", 3, _R, first=False)


def _cpr(rng: random.Random, mod11: bool = False) -> str:
    """A valid post-2007 style CPR (century digit consistent), dashed; optionally mod 11."""
    while True:
        year = rng.randrange(1940, 2000)
        value = (f"{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}{year % 100:02d}"
                 f"{rng.randrange(0, 4)}{digits(rng, 3)}")
        if std_cpr.is_valid(value) and (not mod11 or std_cpr.checksum(value) == 0) \
                and not std_hetu.is_valid(value[:6] + "-" + value[6:]):
            return value[:6] + "-" + value[6:]


def _bad_fnr(rng: random.Random) -> str:
    value = valid_fnr(rng)
    return value[:-1] + str((int(value[-1]) + 1 + rng.randrange(8)) % 10)


# ------------------------------------------------------- 1. a phone after another value's field

@pytest.mark.parametrize("case", range(3))
@pytest.mark.parametrize("lang", ["en", None])
@pytest.mark.parametrize("phone", ["+45 31 88 22 69", "+4547822275", "0045 29454187"])
def test_a_phone_after_a_cpr_field_in_a_list_row_is_a_phone(found, lang, phone, case):
    value = _cpr(random.Random(case))
    text = f"Please add:\n* {_DK_FIRST[case]} {_DK_LAST[case]} - CPR {value} - {phone}\n"
    got = found(text, lang)
    assert ("DK_CPR", value) in got, got
    assert ("PHONE_NUMBER", phone) in got, got


@pytest.mark.parametrize("case", range(3))
def test_a_phone_after_a_norwegian_id_field_in_a_list_row_is_a_phone(found, case):
    value = valid_fnr(random.Random(case))
    text = f"* Kari Berg - Norwegian ID {value} - +47 942 40 120\n"
    got = found(text, "en")
    assert ("NO_FODSELSNUMMER", value) in got, got
    assert ("PHONE_NUMBER", "+47 942 40 120") in got, got


@pytest.mark.parametrize("text", ["Order 98765 - 41234567", "Faktura: 41234567", "CPR - 41234567",
                                  "Invoice 1234-41234567"])
def test_a_bare_number_after_another_kind_stays_none(found, text):
    assert values_of(found, text, "en", "PHONE_NUMBER") == []


# ------------------------------------------------------- 2. a word that only quotes a number

@pytest.mark.parametrize("case", range(4))
@pytest.mark.parametrize("template,lang", [
    ("Reference {v} in the form.", "en"), ("Reference {v} in the form.", None),
    ("Ref: {v}\nPlease check.", None), ("Referanse {v} i skjemaet.", "nb"),
    ("Vår ref. {v}", "nb"),
])
def test_a_whole_fodselsnummer_after_a_quoting_word_is_one(found, template, lang, case):
    value = valid_fnr(random.Random(case))
    assert values_of(found, template.format(v=value), lang, "NO_FODSELSNUMMER") == [value]


@pytest.mark.parametrize("case", range(4))
@pytest.mark.parametrize("template,lang", [
    ("Order ref {v}", "en"), ("Invoice ref {v}", None), ("KID-referanse {v}", "nb"),
    ("Ordrereferanse {v}", "nb"),
])
def test_a_reference_of_another_kind_stays_none(found, template, lang, case):
    value = valid_fnr(random.Random(case))
    assert values_of(found, template.format(v=value), lang, "NO_FODSELSNUMMER") == []


@pytest.mark.parametrize("case", range(4))
def test_a_failing_number_after_a_quoting_word_stays_none(found, case):
    value = _bad_fnr(random.Random(case))
    assert not fodselsnummer.is_valid(value)
    assert values_of(found, f"Reference {value} in the form.", None, "NO_FODSELSNUMMER") == []


# ------------------------------------------------------- 3. phones in English without a hint

@pytest.mark.parametrize("case", range(4))
@pytest.mark.parametrize("template", ["I am on {t}", "I am on {t} all day.", "Hi, I'm on {t} today"])
def test_an_unspaced_uk_mobile_in_english_without_a_hint(found, template, case):
    value = valid_mobile(random.Random(case), 'GB')
    assert values_of(found, template.format(t=value), None, "PHONE_NUMBER") == [value]


@pytest.mark.parametrize("text", ["Jeg er på {t}", "Order {t} shipped.", "Ordre {t} er sendt"])
def test_an_unspaced_uk_mobile_not_in_english_or_of_another_kind_without_a_hint(found, text):
    value = valid_mobile(random.Random(7), 'GB')
    assert values_of(found, text.format(t=value), None, "PHONE_NUMBER") == []


@pytest.mark.parametrize("lang", ["en", None])
def test_i_am_on_names_a_phone(found, lang):
    assert values_of(found, "I am on 22535444 most of the day.", lang, "PHONE_NUMBER") == ["22535444"]


@pytest.mark.parametrize("text", ["Sam on 22535444", "I am on leave. Order 22535444",
                                  "I am on version 4.2, build 22535444"])
def test_on_without_i_am_or_after_another_kind_stays_none(found, text):
    assert values_of(found, text, "en", "PHONE_NUMBER") == []


# ------------------------------------------------------- 4. a Danish passport

@pytest.mark.parametrize("lang", ["da", None])
@pytest.mark.parametrize("value", ["982819996", "CE9173666", "42011717"])
def test_a_passport_after_mit_pas(found, lang, value):
    text = f"Jeg vedhæfter mit pas (nr. {value}). Hilsen Helen Mikkelsen"
    assert values_of(found, text, lang, "PASSPORT_NUMBER") == [value]


@pytest.mark.parametrize("text", ["Pas på: ordre 98281999 er sendt", "Mit pas udløber 2031, kunde 982819996",
                                  "Det passer fint med 982819996"])
def test_pas_as_a_verb_or_another_number_stays_none(found, text):
    assert values_of(found, text, "da", "PASSPORT_NUMBER") == []


# ------------------------------------------------------- 5. chat speakers after their role

@pytest.mark.parametrize("name", ["Katie", "Keith", "Søs", "Mark"])
@pytest.mark.parametrize("template,lang", [
    ("[10:02] Agent {n}: Hi! How can I help?", None), ("[10:02] Agent {n}: Hi! How can I help?", "en"),
    ("Kunde ({n}): hej, jeg har fået nyt nummer", "da"), ("Customer ({n}): thanks", None),
])
def test_a_chat_speaker_named_after_the_role(found, name, template, lang):
    assert values_of(found, template.format(n=name), lang, "PERSON") == [name]


@pytest.mark.parametrize("text", ["[10:02] Support Team: Hi", "Kunde: hej\nAgent: Hvad?",
                                  "[10:02] Agent Update: Hi", "Kunde (Mark: hej"])
def test_a_role_alone_or_with_a_word_is_no_speaker(found, text):
    assert values_of(found, text, "en", "PERSON") == []


def test_a_sentence_after_thanks_is_no_sign_off(found_ner):
    text = ("[10:02] Agent Katie: Hi! How can I help?\n[10:03] Judith: hi\n"
            "[10:03] Agent Katie: Thanks. Can I have your phone number?")
    assert "Can" not in values_of(found_ner, text, None, "PERSON")
    assert "Can" not in values_of(found_ner, text, "en", "PERSON")


@pytest.mark.parametrize("text", ["Thanks. Kari", "Takk. Kari Nordmann", "Thanks!\nKari"])
def test_a_name_signing_after_thanks_stays_one(found, text):
    assert values_of(found, text, "en", "PERSON") != []


# ------------------------------------------------------- 6. CPR

@pytest.mark.parametrize("case", range(4))
@pytest.mark.parametrize("template,lang", [
    ("Lejer: {n} ({v}), mobil 25549031", "da"), ("Lejer: {n} ({v}), mobil 25549031", None),
    ("{n} ({v}) is our new contact person.", "en"),
])
def test_a_dashed_cpr_in_parentheses_after_a_name(found, template, lang, case):
    value = _cpr(random.Random(case))
    text = template.format(n=f"{_DK_FIRST[case % 3]} {_DK_LAST[case % 3]}", v=value)
    assert values_of(found, text, lang, "DK_CPR") == [value]


@pytest.mark.parametrize("case", range(4))
def test_a_cpr_shape_in_parentheses_without_a_name_stays_none(found, case):
    value = _cpr(random.Random(case))
    assert values_of(found, f"Ordre ({value}) er sendt", "da", "DK_CPR") == []


def test_a_hetu_with_a_digit_check_in_parentheses_stays_a_hetu(found):
    rng, done = random.Random(11), 0
    while done < 3:
        base = f"{rng.randrange(1, 28):02d}{rng.randrange(1, 13):02d}{rng.randrange(40, 99):02d}"
        serial = f"{rng.randrange(2, 899):03d}"
        check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(base + serial) % 31]
        value = f"{base}-{serial}{check}"
        if not check.isdigit() or not std_cpr.is_valid(value) \
                or std_cpr.checksum(value.replace("-", "")) == 0:
            continue
        done += 1
        got = found(f"Tuula Lassila ({value}) is our new contact person.", "en")
        assert ("FI_PERSONAL_IDENTITY_CODE", value) in got and ("DK_CPR", value) not in got, got


def _cpr_with_swedish_luhn(rng: random.Random) -> str:
    """A CPR that is also a valid Swedish personnummer or samordningsnummer (YYMMDD, Luhn)."""
    while True:
        value = _cpr(rng)
        if luhn.is_valid(value.replace("-", "")) and std_pnr.is_valid(value):
            return value


@pytest.mark.parametrize("case", range(3))
def test_personnummer_in_a_danish_ticket_is_the_cpr(found, case):
    value = _cpr_with_swedish_luhn(random.Random(case))
    got = found(f"Hej,\nmit personnummer er {value}, og jeg kan ikke logge ind.", "da")
    assert ("DK_CPR", value) in got and ("SE_PERSONNUMMER", value) not in got, got


@pytest.mark.parametrize("case", range(3))
def test_the_same_value_in_a_swedish_ticket_stays_a_personnummer(found, case):
    value = _cpr_with_swedish_luhn(random.Random(case))
    got = found(f"Hej,\nmitt personnummer är {value}, och jag kan inte logga in.", "sv")
    assert ("SE_PERSONNUMMER", value) in got and ("DK_CPR", value) not in got, got
