"""Screenshot probe round 36D (seed 71 worked on, 1071 held out): what OCR gives of a driving
licence, a passport page, a helpdesk's tab row and a mail signature. Values are invented
(python-stdnum / ICAO check digits), never probe output."""

from __future__ import annotations

import random

import pytest

from pii_scanner.detect.validators import mrz

from .generated import valid_fnr

_R = random.Random(3636)


# -- a driving licence: lines the engine opened with a tab, a field number's stop read ';' --

def _licence(sep: str, lead: str) -> tuple[str, str]:
    fnr = valid_fnr(_R).replace(" ", "")
    text = (f"NORGE FORERKORT\nEU-MODELL\n{lead}1{sep}\tSOLBAKKEN\n{lead}2{sep}\tTORUNN\n"
            f"{lead}3.\t14.03.1971 Hamar\n{lead}4a.\t02.05.2019\t4b.\t02.05.2034\n"
            f"{lead}4c.\tStatens vegvesen\n{lead}4d.\t{fnr}\n{lead}5.\t41 778203 56\n{lead}9.\tB")
    return text, fnr


@pytest.mark.parametrize("sep, lead", [(".", "\t\t"), ("", "\t"), (";", ""), (";", "\t")])
def test_licence_fields_read_past_a_leading_tab_and_a_semicolon(found, sep, lead):
    text, fnr = _licence(sep, lead)
    got = found(text, None)
    assert ("PERSON", "SOLBAKKEN") in got and ("PERSON", "TORUNN") in got, (text, got)
    assert ("DATE_OF_BIRTH", "14.03.1971") in got, (text, got)
    assert ("NO_FODSELSNUMMER", fnr) in got, (text, got)
    assert not [t for t, v in got if "778203" in v], (text, got)  # the licence number, no phone


def test_semicolon_lines_without_a_licence_title_stay_unread(found):
    """Near miss: numbered lines with ';' in a note that is no licence name nobody."""
    text = "Sjekkliste\n1;\tSOLBAKKEN\n2;\tTORUNN\n3.\t14.03.2021 Hamar"
    got = found(text, None)
    assert not [t for t, v in got if t in ("PERSON", "DATE_OF_BIRTH")], got


# -- a passport page: the holder named again by the machine-readable zone --

def _passport(last_visual: str, last_zone: str, first: str, born: str, ocr_o: bool = False) -> str:
    d, m, y = born.split(".")
    number = "NK4471902"
    birth = y[2:] + m + d
    line2 = number + mrz.calc_check_digit(number) + "NOR" + birth + mrz.calc_check_digit(birth) + "F3107159"
    line2 = (line2 + "<" * 44)[:44]
    if ocr_o:  # (a zero of the birth date read as a capital O)
        line2 = line2[:13] + line2[13:19].replace("0", "O", 1) + line2[19:]
    return (f"NORGE - NORWAY PASS - PASSPORT\nEnernavnS uname\n{last_visual}\nForuvn Gien nmes\n{first}\n"
            f"Foduesdataareof bith\n{born}\nUtløps data/Date of expry\n15.07.2031\n"
            f"P<NOR{last_zone}<<{first}" + "<" * 20 + f"\n{line2}")


@pytest.mark.parametrize("last_visual, last_zone, ocr_o", [
    ("STRØMSNES", "STROMSNES", False), ("STRØMSNES", "STROEMSNES", False), ("HÅLAND", "HAALAND", True)])
def test_passport_holder_named_by_the_zone(found, last_visual, last_zone, ocr_o):
    text = _passport(last_visual, last_zone, "SIGRUN", "07.01.1984", ocr_o)
    got = found(text, None)
    assert ("PERSON", last_visual) in got and ("PERSON", "SIGRUN") in got, (text, got)
    assert ("DATE_OF_BIRTH", "07.01.1984") in got, (text, got)
    assert ("DATE_OF_BIRTH", "15.07.2031") not in got, (text, got)


def test_a_zone_with_a_failing_birth_check_digit_names_nobody(found):
    """Near misses: the zone's birth check digit wrong; a visual line that is not the zone's
    name; a date that is not the zone's birth date."""
    text = _passport("STRØMSNES", "STROMSNES", "SIGRUN", "07.01.1984")
    line2 = text.rsplit("\n", 1)[1]
    bad = line2[:19] + str((int(line2[19]) + 1) % 10) + line2[20:]
    got = found(text.replace(line2, bad), None)
    assert ("PERSON", "STRØMSNES") not in got and ("DATE_OF_BIRTH", "07.01.1984") not in got, got
    other = _passport("STRØMSNES", "STROMSNES", "SIGRUN", "07.01.1984").replace("\n15.07.2031", "\nNORSK")
    got = found(other, None)
    assert ("PERSON", "NORSK") not in got, got


# -- a helpdesk's tab row: the ticket number under the other tab's 'Password' --

@pytest.mark.parametrize("title", ["Password", "Passord", "Lösenord glömt"])
def test_a_ticket_number_under_a_password_tab_is_no_passport(found, title):
    text = f"x\t#{_R.randrange(10 ** 5, 10 ** 6)} {title}\n#{_R.randrange(10 ** 5, 10 ** 6)} Fel på fakturan\n\nFel på fakturan"
    got = found(text, None)
    assert not [t for t, v in got if t == "PASSPORT_NUMBER"], (text, got)


@pytest.mark.parametrize("text", ["Passord: glemt. Passnr: NK1234567", "Passord glemt\nPass: NK1234567",
                                  "Mitt pass NK1234567 og passordet mitt"])
def test_a_passport_word_beside_a_password_word_keeps_its_number(found, text):
    assert ("PASSPORT_NUMBER", "NK1234567") in found(text, None), text


# -- a mail signature: partners' hyphenated surnames as the firm line over its street --

def test_a_street_under_a_hyphenated_firm_line_in_a_signature(found):
    text = ("Kind regards\n\nAstrid Martinsen\nAccount Manager\nMob: 93238478\nOlsen-Johnsen\n"
            "Strømgjerdet 11C")
    assert ("STREET_ADDRESS", "Strømgjerdet 11C") in found(text, None), text


@pytest.mark.parametrize("text", ["Mvh\nAnne-Marie\nToppen 5", "Olsen-Johnsen\nMoen 5"])
def test_a_compound_ending_alone_under_such_a_line_is_no_street(found, text):
    """Near misses: a double first name over a word that ends in a compound-only ending; a
    surname that is that ending alone."""
    assert not [t for t, v in found(text, None) if t == "STREET_ADDRESS"], text

