"""Round 27A: helpdesk tickets in nynorsk and Swedish to a Nordic landlord's, utility's or
operator's support desk: a new tenant's details, BankID trouble, invoice disputes with KID and
OCR references, payout accounts, moving out, GDPR access and erasure, quoted replies. Values are
generated (seeded draws from the shipped name lists, check digits by python-stdnum), never
corpus strings."""

from __future__ import annotations

import random

import pytest

from pii_scanner.detect import context as ctx

from .generated import digits, plain_names, valid_fnr, valid_personnummer, values_of

_R = random.Random(2727)


_SE_FIRST = plain_names("se_first_names.txt", 4, _R, first=True)
_SE_SURNAMES = plain_names("se_surnames.txt", 4, _R, first=False)
_NO_FIRST = plain_names("no_first_names.txt", 4, _R, first=True)


def _digits(count: int) -> str:
    return digits(_R, count)


def _personnummer() -> str:
    """A valid 10-digit Swedish personnummer without its dash (born 1950-1999)."""
    return valid_personnummer(_R)


def _stockholm_phone() -> str:
    return f"08-{_R.randint(2, 8)}{_digits(2)} {_digits(3)} {_digits(2)}"


# ---------------------------------------------------------------- words that only start like a term

@pytest.mark.parametrize("text, lang", [
    ("Ni kan nå mig på jobbet {phone} eller efter 17.", "sv"),
    ("Ring meg gjerne på jobben {phone} i morgon.", "nn"),
])
def test_a_phone_at_work_is_no_build_job(found, text, lang):
    """'jobbet'/'jobben' (at work) start like the negative word 'job' of a build log, but are
    another word: the phone after them is found (it was dropped)."""
    phone = _stockholm_phone() if lang == "sv" else f"22 {_R.randint(10, 99)} {_digits(2)} {_digits(2)}"
    text = text.format(phone=phone)
    assert values_of(found, text, lang, "PHONE_NUMBER") == [phone]


def test_a_build_job_number_stays_no_phone(found):
    assert values_of(found, "Build job 41234567 feilet i natt.", "nb", "PHONE_NUMBER") == []


def test_an_operator_mailbox_is_no_tel_label(found):
    """'kari@telia.com' before a personnummer: 'telia' starts like the negative word 'tel' but
    is an operator's name (the personnummer was dropped)."""
    number = _personnummer()
    name = _SE_FIRST[0].lower()
    text = f"hej! min mejl är {name}57@telia.com. personnummer {number}\ntack"
    assert values_of(found, text, "sv", "SE_PERSONNUMMER") == [number]


def test_a_tel_label_still_says_phone_not_personnummer(found):
    assert values_of(found, f"tel: {_personnummer()}", "sv", "SE_PERSONNUMMER") == []


def test_false_starts_of_short_terms():
    terms = ctx.Terms(("job", "tel"))
    assert terms.hits("jobbet telia telenor") == ()
    assert terms.spans("job-id tel. telnr") == [(0, 3), (7, 10), (12, 15)]


# ---------------------------------------------------------------- a sentence ends a negative word's reach

def test_a_currency_in_the_sentence_before_does_not_hide_a_phone(found):
    phone = _stockholm_phone()
    text = (f"Hyran ska vara {_R.randint(5, 9)} {_digits(3)} kr, inte {_R.randint(10, 19)},99 SEK. "
            f"Ni kan nå mig på {phone}.")
    assert values_of(found, text, "sv", "PHONE_NUMBER") == [phone]


def test_an_abbreviated_label_before_its_value_still_counts(found):
    """'Kundnr. 0701234567': the label's dot before a digit ends no sentence."""
    text = f"Kundnr. 070{_digits(7)} gäller avtalet."
    assert values_of(found, text, "sv", "PHONE_NUMBER") == []


# ---------------------------------------------------------------- 'ni når mig på'

@pytest.mark.parametrize("phrase, lang", [("Du når mig på", "sv"), ("Ni kan nå mig på", "sv"),
                                          ("Du når meg på", "nn")])
def test_reach_me_at_is_a_phone_phrase(found, phrase, lang):
    phone = f"07{_R.choice('0236')}{_digits(7)}" if lang == "sv" else f"4{_digits(7)}"
    text = f"{phrase} {phone} efter klockan 16."
    assert values_of(found, text, lang, "PHONE_NUMBER") == [phone]


# ---------------------------------------------------------------- a label naming another number

@pytest.mark.parametrize("label", ["Objektsnummer", "Avinummer:", "lägenhetsnr", "Mätarnummer"])
def test_a_number_labelled_as_another_kind_is_no_phone(found, label):
    """A compound label ending in '-nummer'/'-nr' with no phone word in it names the number's
    kind; a phone word in the sentence before does not make it a phone."""
    text = f"Nå mig på mobil 070-{_digits(3)} {_digits(2)} {_digits(2)}. Lgh 1102, {label} 055-638-673."
    assert "055-638-673" not in values_of(found, text, "sv", "PHONE_NUMBER")


@pytest.mark.parametrize("label", ["Mobilnummer:", "Privatnummer:", "Telefonnr", "Jobbnummer:"])
def test_a_phone_compound_label_keeps_its_phone(found, label):
    phone = f"070-{_digits(3)} {_digits(2)} {_digits(2)}"
    text = f"Kontakt\n{label} {phone}"
    assert values_of(found, text, "sv", "PHONE_NUMBER") == [phone]


# ---------------------------------------------------------------- '/namn' signing in lower case

def test_a_lower_case_name_signed_with_a_slash_is_a_name(found):
    name = f"{_SE_FIRST[1].lower()} {_SE_SURNAMES[0].lower()}"
    text = f"hej! min adress har ändrats, personnummer {_personnummer()}\n/{name}"
    assert values_of(found, text, "sv", "PERSON") == [name]


@pytest.mark.parametrize("text", ["Filen ligger i\n/usr local", "se mappen\n/tmp", "ok\n/ingen"])
def test_a_path_or_word_after_a_slash_is_no_name(found, text):
    assert values_of(found, text, "sv", "PERSON") == []


# ---------------------------------------------------------------- a company's display name

@pytest.mark.parametrize("header, lang", [
    ("Den 3 juni 2024 kl. 10:32 skreiv {place} Kraft <kundeservice@{dom}.no>:", "nn"),
    ("Til: {place} Energi Kundeservice <post@{dom}.no>", "nn"),
    ("Till: Heimstaden <kundtjanst@{dom}.se>", "sv"),
    ("Från: {place}hem <noreply@{dom}.se>", "sv"),
])
def test_the_display_name_of_a_shared_mailbox_is_no_person(found, header, lang):
    text = header.format(place=_R.choice(["Hallingdal", "Sunnfjord", "Nordhordland", "Jämtland"]),
                         dom=f"bolag{_R.randint(1, 99)}")
    assert values_of(found, text + "\n\nHej!", lang, "PERSON") == []


def test_a_person_before_a_shared_mailbox_stays_a_person(found):
    name = f"{_NO_FIRST[0]} Kraft"
    text = f"Frå: {name} <post@kraft{_R.randint(1, 99)}.no>\nEmne: Depositum\n\nHei!"
    assert values_of(found, text, "nn", "PERSON") == [name]


@pytest.mark.parametrize("company", ["Bustadselskapet Vest", "Sunnfjord Breiband", "Bostadsbolaget",
                                     "Bergen Kommunale Bustader"])
def test_a_company_line_under_a_quoted_signature_is_no_person(found, company):
    agent = f"{_NO_FIRST[1]} {plain_names('no_surnames.txt', 1, _R, first=False)[0]}"
    text = f"> Venleg helsing\n> {agent}\n> {company}\n"
    assert values_of(found, text, "nn", "PERSON") == [agent]


def test_a_kid_shaped_like_a_birth_number_stays_unflagged(found):
    text = f"Eg betalte med KID {valid_fnr(_R)} i går, men fekk purring."
    assert values_of(found, text, "nn", "NO_FODSELSNUMMER") == []
