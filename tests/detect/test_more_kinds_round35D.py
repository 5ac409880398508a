"""Round 35D: tickets of the ticket probe's ``--more`` kinds (benchmarks/ticket_probe.py). A
first name set off in parentheses right after a role or kinship noun is that person's name, as
an agent's call note names the relative it spoke to ('snakket m/ dattera (Nina)', 'pratade m.
maken (Per-Olof)'); a street after a move's 'fra'/'from' is an address as one after 'til' is,
and so is the move's destination after the street it left ('flyttet fra Holmelunden 8 til
Bakkeskogen 26B'); a passport word names the first number after it, not one after a sentence's
end and its own label ('Passnr. NK0155385. Polise 460451975'); a Scottish or Irish 'Mc'/'Mac'
name makes an English street ('86 McKenzie Lane'); a sign-off closing a long line of prose
opens a name no list holds ('… E65 4DA. Thanks, Reece Baldwin'). Near misses: a brand or a
place in parentheses, the same nouns before words, a move between towns or apps, a policy's
number after a sentence with no passport word, a product after 'Mac', a sentence after
'Thanks,'. Values are invented (python-stdnum check digits), never probe output."""

from __future__ import annotations

import random

import pytest

from .generated import valid_mobile, values_of

_RNG = random.Random(3504)
NO_MOBILE = valid_mobile(_RNG, "NO")


# --------------------------------------------------- 1. a name in parentheses after a relative

@pytest.mark.parametrize("text,lang,name", [
    ("Notat: ringte kd. kl. 11:20, snakket m/ dattera (Sigrid), kd. selv på jobb.", "nb", "Sigrid"),
    ("Notat: ringte kd. kl. 11:20, snakket m/ mora (Ingrid), ny tlf " + NO_MOBILE + ".", "nb",
     "Ingrid"),
    ("Note: ringede kl. 09.03 til kunden, talte m/ datteren (Erna). Nyt tlf.nr. lukket.", "da",
     "Erna"),
    ("Anteckning: ringde kund kl 16:36, pratade m. maken (Gunnar). Nytt nr spärrat.", "sv",
     "Gunnar"),
    ("Anteckning: ringde kund kl 16:36, pratade m. maken (Per-Olof). Nytt nr spärrat.", "sv",
     "Per-Olof"),
    ("Notat: ringde kd., snakka m/ dottera (Marit), kd. sjølv på jobb.", "nn", "Marit"),
])
@pytest.mark.parametrize("lang_given", [True, False])
def test_a_first_name_in_parentheses_after_a_relative_is_a_name(found, text, lang, name,
                                                                lang_given):
    assert name in values_of(found, text, lang if lang_given else None, "PERSON")


@pytest.mark.parametrize("text,lang", [
    ("Vi var hos mannen (Securitas) i går, og han sa at alarmen var feil.", "nb"),
    ("Kjøpte den fra mor (Ikea) sist, men den er ødelagt.", "nb"),
    ("Vi snakket med kunden (Bergen) om saken.", "nb"),
    ("Han er far (jf. avtalen) til barnet.", "nb"),
    ("Pratade med maken (IT-avdelningen) om felet.", "sv"),
])
def test_no_name_in_parentheses_that_is_a_brand_place_or_note(found, text, lang):
    assert values_of(found, text, lang, "PERSON") == []


# --------------------------------------------------- 2. a move's two streets

@pytest.mark.parametrize("text,lang,streets", [
    ("Vi har flyttet fra Holmelunden 8 til Bakkeskogen 26B, men pakken kom ikke.", "nb",
     ["Holmelunden 8", "Bakkeskogen 26B"]),
    ("Vi har flytta frå Tangenmyra 4 til Nordhagen 12. Kan de endre adressa?", "nn",
     ["Tangenmyra 4", "Nordhagen 12"]),
    ("Vi har flyttat från Granstubben 3 till Storgatan 9, 123 45 Ort.", "sv", ["Granstubben 3"]),
])
def test_the_street_moved_from_and_the_one_moved_to_are_addresses(found, text, lang, streets):
    got = values_of(found, text, lang, "STREET_ADDRESS")
    for street in streets:
        assert any(street in value for value in got), (street, got)


@pytest.mark.parametrize("text,lang", [
    ("Vi har flyttet fra Teams 2 til Slack 3 i fjor.", "nb"),
    ("Vi flyttet fra Oslo til Bergen 2 år siden.", "nb"),
    ("Jeg flyttet fra Moen 3 år siden.", "nb"),
    ("We moved from Version 4 to Release 5 last week.", "en"),
])
def test_no_street_in_a_move_between_towns_apps_or_versions(found, text, lang):
    assert values_of(found, text, lang, "STREET_ADDRESS") == []


# --------------------------------------------------- 3. a passport word names its first number

@pytest.mark.parametrize("text,lang", [
    ("Reisen ble avlyst. Passnr. NK0155385. Polise 460451975, legeerklæring vedlagt.", "nb"),
    ("Rejsen blev aflyst. Pas nr. 118457890. Police 198062585, lægeerklæring vedhæftet.", "da"),
])
def test_a_number_after_the_passport_and_its_own_label_is_no_passport(found, text, lang):
    got = values_of(found, text, lang, "PASSPORT_NUMBER")
    assert len(got) == 1 and got[0] in ("NK0155385", "118457890"), got


@pytest.mark.parametrize("text,lang,value", [
    ("Passnummer og utløpsdato: NK1234567", "nb", "NK1234567"),
    ("Passport no. 166736746. Policy attached.", "en", "166736746"),
    ("Passnummeret hans er FH1234567.", "nb", "FH1234567"),
    ("Pass nr. NK7654321 utløper 2030.", "nb", "NK7654321"),
])
def test_the_passport_number_itself_stays(found, text, lang, value):
    assert values_of(found, text, lang, "PASSPORT_NUMBER") == [value]


# --------------------------------------------------- 4. 'Mc'/'Mac' in an English street

@pytest.mark.parametrize("text,street", [
    ("Please update my address to 86 McKenzie Lane, AB1 2CD. Thanks", "86 McKenzie Lane"),
    ("Ship to:\nLewis Carter\n34 McDonald Drive\nNW1 5BJ", "34 McDonald Drive"),
    ("Send it to 12 MacArthur Road please", "12 MacArthur Road"),
])
def test_a_mc_or_mac_name_makes_an_english_street(found, text, street):
    assert any(street in v for v in values_of(found, text, "en", "STREET_ADDRESS"))


@pytest.mark.parametrize("text", [
    "I bought 2 MacBook Pro units last week.",
    "We need 3 MacBook Air laptops for the team.",
])
def test_no_street_in_a_mac_product(found, text):
    assert values_of(found, text, "en", "STREET_ADDRESS") == []


# --------------------------------------------------- 5. a sign-off closing a long line

@pytest.mark.parametrize("text", [
    "Please update my address to 229 Moore Street, E65 4DA. Thanks, Reece Baldwin",
    "Please update my address to 17 Hill Road as soon as you can. Regards, Zayne Quorrel",
])
def test_a_name_after_a_sign_off_closing_a_long_line(found, text):
    name = text.rsplit(", ", 1)[1]
    assert name in values_of(found, text, "en", "PERSON")


@pytest.mark.parametrize("text", [
    "We tried the new release on the staging server yesterday. Thanks, Microsoft Teams works now.",
    "I have restarted the router at the office two times now. Thanks, Support Team",
])
def test_no_name_after_thanks_in_a_sentence(found, text):
    assert values_of(found, text, "en", "PERSON") == []
