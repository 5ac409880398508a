"""Round 32D: numbers in tickets with no ``lang`` hint and phones in Danish and Swedish contact
rows. Without a hint a text is read as Danish, Norwegian or Swedish by the words and spellings
only one or two of them write (:func:`text_language.nordic_language`), and a dashed CPR or
personnummer with no label is scored as in a ticket with that hint ('Vedr. … - opdater
venligst.', 'Angående … - uppdatera registret.'); a Norwegian text, an order's number or an
unclear text keep the number out. In a Danish ticket any valid Danish number is a contact row's
mobile (Denmark's plan does not tell mobiles from landlines), in a Swedish one a Swedish mobile
with its trunk 0. Values are generated (seeded draws, stdnum's rules)."""

from __future__ import annotations

import random

import phonenumbers
import pytest
from stdnum import luhn

from .generated import dashed_old_cpr, valid_mobile, values_of

_R = random.Random(3204)


def _personnummer() -> str:
    """A dashed personnummer (YYMMDD, the year 32-99: no CPR's day)."""
    base = f"{_R.randint(32, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{_R.randint(0, 999):03d}"
    value = base + luhn.calc_check_digit(base)
    return value[:6] + "-" + value[6:]


def _danish_phone() -> str:
    """Eight digits valid in Denmark's plan and no Norwegian mobile."""
    while True:
        value = f"{_R.choice('2345678')}{_R.randint(0, 9999999):07d}"
        dk, no = phonenumbers.parse(value, "DK"), phonenumbers.parse(value, "NO")
        if phonenumbers.is_valid_number(dk) and \
                phonenumbers.number_type(no) != phonenumbers.PhoneNumberType.MOBILE:
            return value


CPRS = [dashed_old_cpr(_R) for _ in range(3)]
PNRS = [_personnummer() for _ in range(3)]


# ------------------------------------------------------------- 1. which language a text reads as

@pytest.mark.parametrize("text,lang", [
    ("Hej, jag har inte fått min faktura. Med vänliga hälsningar", "sv"),
    ("Angående ärendet - kan ni uppdatera registret?", "sv"),
    ("Hej, jeg har ikke modtaget min faktura. Med venlig hilsen", "da"),
    ("Vedr. sagen - opdater venligst.", "da"),
    ("Hei, jeg har ikke fått fakturaen min. Med vennlig hilsen", "nb"),
    ("Gjelder saken - oppdater registeret.", "nb"),
    # Danish and bokmål share these words: no telling
    ("Jeg er her, og det er ikke noget problem med hilsen", "da"),
    ("Jeg er her og hilsen", None),
    # Finnish 'ä'/'ö' words are no Swedish; English is none of them
    ("Moi, minun laskuni ei ole tullut. Ystävällisin terveisin", "fi"),
    ("Hi team, please update the record for Søren.", None),
    ("Re: 1234", None),
])
def test_a_text_reads_as_the_language_of_its_distinctive_words(text, lang):
    from pii_scanner.detect.text_language import nordic_language  # (new in round 32D)

    assert nordic_language(text.lower()) == lang


# ---------------------------------------------- 2. a dashed number with no label and no hint

@pytest.mark.parametrize("template", [
    "Vedr. {} - opdater venligst.",
    "Hej, kan I opdatere {} i systemet? Venlig hilsen",
])
@pytest.mark.parametrize("value", CPRS)
def test_a_dashed_cpr_in_danish_text_without_a_hint(found, template, value):
    assert values_of(found, template.format(value), None, "DK_CPR") == [value]


@pytest.mark.parametrize("template", [
    "Angående {} - uppdatera registret.",
    "Hej! Gäller {}, kan ni uppdatera uppgifterna?",
])
@pytest.mark.parametrize("value", PNRS)
def test_a_dashed_personnummer_in_swedish_text_without_a_hint(found, template, value):
    assert values_of(found, template.format(value), None, "SE_PERSONNUMMER") == [value]


@pytest.mark.parametrize("template,entity", [
    # a Norwegian text: no country's prior (round 33D: English text, 'Re: … - please update
    # the record.', reports the number, its country unclear: test_numbers_round33D.py)
    ("Gjelder {} - oppdater registeret.", "DK_CPR"),
    # an order's or an invoice's number of the same shape
    ("Ordre {} - opdater venligst.", "DK_CPR"),
    ("Vedr. faktura {} - opdater venligst.", "DK_CPR"),
])
@pytest.mark.parametrize("value", CPRS)
def test_near_misses_of_a_cpr_stay_out(found, template, entity, value):
    assert values_of(found, template.format(value), None, entity) == []


@pytest.mark.parametrize("template", [
    "Gjelder {} - oppdater registeret.",
    "Ordernummer {} - uppdatera registret.",
    "Angående faktura {} - uppdatera registret.",
    # a Danish text: the Swedish reading gets no lift
    "Vedr. {} - opdater venligst.",
])
@pytest.mark.parametrize("value", PNRS)
def test_near_misses_of_a_personnummer_stay_out(found, template, value):
    assert values_of(found, template.format(value), None, "SE_PERSONNUMMER") == []


# ---------------------------------------------------------------- 3. contact rows' phones

@pytest.mark.parametrize("lang", ["da", None])
def test_a_danish_number_in_a_danish_contact_row(found, lang):
    phone = _danish_phone()
    text = ("Hej, her er kontaktlisten. Venlig hilsen Ole\n\n"
            f"Mette Hansen  {_danish_phone()}  mette.hansen@example.dk\n"
            f"Jens Nielsen | {_danish_phone()} | jens@example.dk\n"
            f"Søren Madsen  {phone}  soren.madsen@example.dk\n")
    assert phone in values_of(found, text, lang, "PHONE_NUMBER")


def test_a_danish_number_after_a_cpr_in_a_bulleted_row(found):
    phone = _danish_phone()
    text = f"- Mette Hansen, CPR-nr. {CPRS[0]} - {phone}\n"
    assert values_of(found, text, "da", "PHONE_NUMBER") == [phone]


def test_a_swedish_mobile_in_a_swedish_contact_row(found):
    phone = valid_mobile(_R, 'SE')
    text = ("Kontaktlista:\n"
            f"Anna Berg  {valid_mobile(_R, 'SE')}  anna.berg@example.se\n"
            f"Lars Ek  {phone}  lars.ek@example.se\n")
    assert phone in values_of(found, text, "sv", "PHONE_NUMBER")


@pytest.mark.parametrize("text,lang", [
    # a Norwegian ticket: only a Norwegian mobile is a row's bare phone
    ("Hei, her er listen. Vennlig hilsen Ola\n\nKari Nordmann  {phone}  kari@example.no\n"
     "Per Hansen  {phone2}  per@example.no\n", "nb"),
    ("Hei, her er listen. Vennlig hilsen Ola\n\nKari Nordmann  {phone}  kari@example.no\n"
     "Per Hansen  {phone2}  per@example.no\n", None),
    # an order's list in a Danish ticket
    ("Hej, her er ordrerne. Venlig hilsen Ole\n\nOrdrenr.\nMette Hansen  {phone}  2 stk\n"
     "Jens Nielsen  {phone2}  1 stk\n", "da"),
    ("Hej, her er listen. Venlig hilsen Ole\n\nMette Hansen  {phone}  1 299,00\n"
     "Jens Nielsen  {phone2}  499,50\n", "da"),
])
def test_near_misses_of_a_danish_row_phone(found, text, lang):
    text = text.format(phone=_danish_phone(), phone2=_danish_phone())
    assert values_of(found, text, lang, "PHONE_NUMBER") == []
