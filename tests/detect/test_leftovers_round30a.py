"""Round 30A: detection leftovers in ticket text. A helpdesk agent named by a role word or a
chat system's line ('Veileder Sine:', 'Du chatter nå med Sine', 'Maja i kundeservice'); a
person to contact before a phone number ('Contact Teresa on …'); a municipality after a phrase
of living in or moving to it ('flyttet til Rana'); a lower-case display name in a mail header,
alone or over a phone's footer ('Fra: frode bay <…>'); prose that reads as a name (nynorsk
'Elles', the newspaper 'Dag og Tid', 'Storm og vinter'). Values are generated (seeded draws
from the shipped lists), never corpus strings."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pii_scanner.detect import gazetteers, name_cues, name_words
from pii_scanner.detect.recognizers.nlp import lower_case_names

from .generated import plain_names, shipped_names, valid_mobile, values_of

_R = random.Random(3030)
_FIRST = plain_names("no_first_names.txt", 8, _R, first=True)
_SURNAMES = plain_names("no_surnames.txt", 8, _R, first=False)
#: first names that are also words: only a cue makes them names
_WORD_FIRST = ["Sine", "Dag", "Even"]
#: municipalities no postal place is called, some of them first names or surnames too
_MUNICIPALITIES = ["Rana", "Sigdal", "Åsnes", "Bærum", "Gausdal", "Vefsn"]


# ------------------------------------------------------------ 1. agents after role words and chat lines

@pytest.mark.parametrize("name", _WORD_FIRST + _FIRST[:3])
@pytest.mark.parametrize("template,lang", [
    ("Veileder {n}: Hei, hva kan jeg hjelpe deg med?", "nb"),
    ("[10:42] Veileder {n}: Jeg sjekker det nå.", "nb"),
    ("Kundebehandler {n} her, hva gjelder det?", "nb"),
    ("Kundeveileder {n} har blitt med i samtalen.", "nb"),
    ("Rettleiar {n}: Hei, kva kan eg hjelpe deg med?", "nn"),
    ("Sakshandsamar: {n}", "nn"),
    ("Rådgivare {n}: Hej, hur kan jag hjälpa dig?", "sv"),
    ("Kundrådgivare {n} har anslutit till chatten.", "sv"),
])
def test_an_agent_after_a_role_word_is_a_name(found, template, lang, name):
    assert values_of(found, template.format(n=name), lang, "PERSON") == [name]


@pytest.mark.parametrize("name", _WORD_FIRST + _FIRST[3:5])
@pytest.mark.parametrize("template,lang", [
    ("Du chatter nå med {n}", "nb"), ("Du chatter nå med {n}. Hva kan jeg hjelpe med?", "nb"),
    ("Du er nå koblet til {n}", "nb"), ("Du chattar no med {n}", "nn"),
    ("Du chattar nu med {n}", "sv"), ("Du är nu kopplad till {n}", "sv"),
])
def test_the_agent_a_chat_system_hands_over_to_is_a_name(found, template, lang, name):
    assert values_of(found, template.format(n=name), lang, "PERSON") == [name]


@pytest.mark.parametrize("name", _WORD_FIRST + _FIRST[5:7])
@pytest.mark.parametrize("template,lang", [
    ("{n} i kundeservice her. Takk for at du ventet.", "nb"),
    ("Hei! {n} i kundeservice her, hvordan kan jeg hjelpe?", "nb"),
    ("{n} i kundeservice har sett på saken.", "nb"),
    ("{n} på kundtjänst här. Tack för att du väntade.", "sv"),
])
def test_a_first_name_before_the_department_it_works_in_is_a_name(found, template, lang, name):
    assert values_of(found, template.format(n=name), lang, "PERSON") == [name]


@pytest.mark.parametrize("text,lang", [
    ("Veileder: Hei, hva kan jeg hjelpe deg med?", "nb"),
    ("Du chatter nå med kundeservice", "nb"),
    ("Du chatter nå med vår digitale assistent", "nb"),
    ("Kundeservice i Bergen svarer innen 24 timer.", "nb"),
    ("Kundeservice i Bergen her.", "nb"),
    ("Sol i dag her.", "nb"),
    ("Saksbehandler: Ikke tildelt", "nb"),
    ("Du er nå koblet til en veileder.", "nb"),
    ("Du chattar nu med kundtjänst", "sv"),
])
def test_a_role_or_chat_line_without_a_name_holds_none(found, text, lang):
    assert values_of(found, text, lang, "PERSON") == []


def test_a_place_before_a_department_word_is_no_introduction():
    """'i dag her' is no department: only a unit's word after 'i'/'på' introduces the writer."""
    assert "introduction" not in name_cues.cues("Kari i dag her.", 0, 4)
    assert "introduction" in name_cues.cues("Kari i kundeservice her.", 0, 4)
    assert "department after" in name_cues.cues("Kari i kundeservice har svart.", 0, 4)
    assert "department after" not in name_cues.cues("Bergen i kundeservice har svart.", 0, 6)


# ------------------------------------------------------------ 3. a person to contact and the number

@pytest.mark.parametrize("case", range(6))
@pytest.mark.parametrize("template,lang", [
    ("Contact {n} on {t}", "en"), ("Text {n} on {t} when the parcel is there.", "en"),
    ("You can reach {n} on {t}.", "en"), ("Kontakta {n} på {t} om nycklarna.", "sv"),
])
def test_a_person_to_contact_and_the_number_are_a_name_and_a_phone(found, template, lang, case):
    rng = random.Random(case)
    name = (_WORD_FIRST[:2] + _FIRST)[case] if lang == "sv" else _FIRST[case]
    number = valid_mobile(rng)
    got = found(template.format(n=name, t=number), lang)
    assert ("PERSON", name) in got, got
    if not template.startswith(("Text", "You can reach")):  # (no phone word: 'text', 'reach')
        assert ("PHONE_NUMBER", number) in got, got
    assert not [kind for kind, _ in got if kind == "PASSPORT_NUMBER"]


@pytest.mark.parametrize("text", ["Contact Support on 41234567", "Contact us on 41234567"])
def test_a_desk_to_contact_is_no_name(found, text):
    assert values_of(found, text, "en", "PERSON") == []


# ------------------------------------------------------------ 2. municipalities are places

@pytest.mark.parametrize("place", _MUNICIPALITIES)
@pytest.mark.parametrize("template,lang", [
    ("Jeg har flyttet til {p} og trenger ny adresse registrert.", "nb"),
    ("Jeg bor i {p} nå.", "nb"), ("Jeg bodde i {p} før, men har flyttet.", "nb"),
    ("Eg bur i {p} no.", "nn"), ("Jeg er fra {p}.", "nb"), ("We moved to {p} last year.", "en"),
    ("Strømbrudd i Mo i Rana og {p} i natt.", "nb"),
])
def test_a_municipality_after_a_phrase_of_living_there_is_no_person(found, template, lang, place):
    assert values_of(found, template.format(p=place), lang, "PERSON") == []


def test_the_municipality_list_ships_with_its_attribution():
    text = shipped_names("no_municipalities.txt")
    assert len(text) == 367 and "Rana" in text and "Guovdageaidnu" in text
    assert {"rana", "sigdal", "bærum"} <= gazetteers.municipalities()
    assert "rana" not in gazetteers.postal_places() and "rana" in gazetteers.place_names()
    from importlib import resources
    raw = resources.files("pii_scanner.detect.data").joinpath("no_municipalities.txt").read_text(
        encoding="utf-8")
    assert raw.startswith("# ") and "norway-geodata" in raw.splitlines()[1]


@pytest.mark.parametrize("text", ["Jeg snakket med Rana Ahmed i går.", "Hilsen Rana",
                                  "Svaret er fra Rana."])
def test_a_person_named_like_a_municipality_stays_a_name(found, text):
    assert "Rana" in " ".join(values_of(found, text, "nb", "PERSON"))


# ------------------------------------------------------------ 5. lower-case display names

@pytest.mark.parametrize("case", range(6))
def test_a_lower_case_display_name_in_a_mail_header_is_a_name(found, case):
    first, surname = _FIRST[case].lower(), _SURNAMES[case].lower()
    field = ["Fra", "From", "Til", "Från", "To", "Cc"][case]
    text = f"{field}: {first} {surname} <{first}.{surname}@example.com>\nEmne: Faktura"
    assert f"{first} {surname}" in values_of(found, text, "nb", "PERSON")


def test_a_first_name_that_is_a_word_before_a_listed_surname_in_a_header(found):
    text = "Fra: dag lind <dag.lind@example.com>\nSendt: 12. mars"
    assert values_of(found, text, "nb", "PERSON") == ["dag lind"]


@pytest.mark.parametrize("case", range(4))
def test_a_lower_case_name_over_a_phones_footer_or_alone_is_a_name(found, case):
    name = f"{_FIRST[case].lower()} {_SURNAMES[case].lower()}"
    footer = ["Sendt fra min iPhone", "Skickat från min iPhone", "Sent from my Galaxy",
              "Hent Outlook for iOS"][case]
    assert values_of(found, f"Takk for svar, det fungerer nå.\n\n{name}\n{footer}", "nb",
                     "PERSON") == [name]
    assert values_of(found, name, None, "PERSON") == [name]


@pytest.mark.parametrize("text", [
    "Fra: kundeservice <kundeservice@example.com>", "Til: support <support@example.com>",
    "Fra: post mottak <post@example.com>", "Hei\n\nfungerer ikke\n\nsendt fra mobil",
    "god morgen", "per dag", "test bruker", "Fra: alle sammen <alle@example.com>"])
def test_lower_case_words_that_are_no_names_stay_out(found, text):
    assert values_of(found, text, "nb", "PERSON") == []


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdefghij <>@.:\nFT", max_size=80))
def test_the_header_scan_finds_only_lines_with_an_address(text):
    for match in lower_case_names.lower_in_header(text):
        line_end = text.find("\n", match.start())
        assert "@" in text[match.start():line_end if line_end != -1 else len(text)]


# ------------------------------------------------------------ 6. prose that reads as a name

@pytest.mark.parametrize("text,lang", [
    ("Elles går det bra med abonnementet.", "nn"), ("Elles takk for hjelpa.", "nn"),
    ("Abonnementet på Dag og Tid er sagt opp.", "nb"), ("Det står i Dag og Tid denne veka.", "nn"),
    ("Storm og vinter stengte veien i helga.", "nb"), ("Storm og vinter gjorde at pakka kom seint.", "nn"),
    ("Sol og regn hele uka, men ruteren virker ikke.", "nb"),
])
def test_words_that_are_also_names_in_prose_are_no_person(found, text, lang):
    assert values_of(found, text, lang, "PERSON") == []


@pytest.mark.parametrize("case", range(4))
@pytest.mark.parametrize("word", ["Dag", "Storm"])
def test_the_same_words_before_a_surname_stay_names(found, word, case):
    name = f"{word} {_SURNAMES[case]}"
    assert values_of(found, f"{name} ringte i går om fakturaen.", "nb", "PERSON") == [name]
    assert values_of(found, f"Mvh\n{name}", "nb", "PERSON") == [name]


def test_a_name_joined_to_a_name_or_a_person_is_no_title():
    text = "Dag og Kari ringte."
    assert not name_words.coordinated_with_a_thing(text, 0, 3, ["dag"], ())
    text = "Storm og familien kommer."
    assert not name_words.coordinated_with_a_thing(text, 0, 5, ["storm"], ())
    assert name_words.coordinated_with_a_thing("Dag og Tid kom i dag.", 0, 3, ["dag"], ())
