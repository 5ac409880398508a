"""Round 19: ticket-text leftovers of earlier rounds (a double separator in a phone, a mail
header's 'Surname, First', passport numbers in groups and MRZ lines as pasted, an IBAN with its
country apart) and more Nordic forms. Values are generated (python-stdnum check digits, seeded
digits), never corpus strings."""

from __future__ import annotations

import random

import pytest

from pii_scanner.detect.html_input import analyze_html
from pii_scanner.detect.validators.dk import cpr as dk_cpr

from .generated import shipped_names, valid_fnr, valid_mobile, values_of

_R = random.Random(1919)


# ---------------------------------------------------------------- phone numbers

@pytest.mark.parametrize("n", range(3))
def test_a_double_separator_inside_a_phone(found, n):
    number = valid_mobile(_R)
    for sep in ("\u00a0 ", " \u00a0", "  "):
        value = f"{number[:3]}{sep}{number[3:5]} {number[5:]}"
        assert values_of(found, f"Ring meg på {value} etter kl 16.", "nb", "PHONE_NUMBER") == [value]
    se = valid_mobile(_R, 'SE')
    value = f"{se[:3]}-{se[3:6]}\u00a0 {se[6:8]} {se[8:]}"
    assert values_of(found, f"Hej!\nMitt mobilnummer: {value}\nTack", "sv", "PHONE_NUMBER") == [value]
    value = f"+47 {number[:3]}  {number[3:5]} {number[5:]}"
    assert values_of(found, f"Mobil: {value}", "nb", "PHONE_NUMBER") == [value]


def test_a_double_separator_from_an_html_body(detector):
    number = valid_mobile(_R)
    value = f"{number[:3]}&nbsp; {number[3:5]} {number[5:]}"
    html = f"<div><p>Hei,</p><p>Ring meg på {value} etter kl 16.</p><p>Mvh<br>Per</p></div>"
    found = [(f.entity_type, html[f.start:f.end]) for f in analyze_html(detector, html, "nb")]
    assert ("PHONE_NUMBER", value) in found


@pytest.mark.parametrize("text", [
    "Konto  1234  5678 bla", "Tabell: 1234  5678", "År  2023  2024",
    "Ordre  1234 5678  4444", "Beløp   12 345  67 890 kr"])
def test_two_groups_with_a_double_space_are_table_columns(found, text):
    assert not values_of(found, text, "nb", "PHONE_NUMBER")


@pytest.mark.parametrize("n", range(3))
def test_a_dotted_three_two_three_phone_needs_a_phone_word(found, n):
    number = valid_mobile(_R)
    value = f"{number[:3]}.{number[3:5]}.{number[5:]}"
    assert values_of(found, f"Ring meg gjerne på {value} hvis noe er uklart.", "nb",
               "PHONE_NUMBER") == [value]
    assert values_of(found, f"Tlf: {value}", "nb", "PHONE_NUMBER") == [value]
    for text in (f"Versjon {value} er ute.", f"Beløpet {value} er feil."):
        assert not values_of(found, text, "nb", "PHONE_NUMBER")


@pytest.mark.parametrize("n", range(3))
def test_four_dotted_pairs_after_a_phone_label_are_a_phone(found, n):
    # no pair opening with a zero: '04' is no IPv4 octet, so the text below could be no address
    number = next(m for m in iter(lambda: valid_mobile(_R), None)
                  if all(m[i] != "0" for i in range(0, 8, 2)))
    value = ".".join(number[i:i + 2] for i in range(0, 8, 2))
    for text in (f"Ring meg gjerne på {value} hvis noe er uklart.", f"Tlf. {value}",
                 f"Mobil: {value}"):
        found_here = found(text, "nb")
        assert ("PHONE_NUMBER", value) in found_here
        assert not any(kind == "IP_ADDRESS" for kind, _ in found_here)
    # an address word between them, no phone label, or no valid number: an IPv4 address
    for text in (f"Serveren {value} svarer ikke.", f"Ring server {value}", f"IP: {value}",
                 "Mob: 10.20.30.40", f"Ring buffer full on host {value}"):
        assert not values_of(found, text, "nb", "PHONE_NUMBER"), text
        assert values_of(found, text, "nb", "IP_ADDRESS"), text


def test_a_number_named_by_the_word_before_number_is_no_phone(found):
    # a CPR without the old mod 11 (as issued since 2007): it scores lower than a phone would
    cpr = next(v for v in (f"080573{_R.randint(0, 3)}{_R.randint(100, 999)}" for _ in range(99))
               if not dk_cpr.has_mod11(v))
    text = f"Hej, mit cpr nummer er {cpr} hvis I skal bruge det."
    assert not values_of(found, text, "da", "PHONE_NUMBER")
    assert values_of(found, text, "da", "DK_CPR") == [cpr]
    # a possessive or a phone word there leaves the phrase a phone's
    number = valid_mobile(_R)
    for text in (f"Mitt nummer er {number}", f"Telefon nummer er {number}"):
        assert values_of(found, text, "nb", "PHONE_NUMBER") == [number]


# ---------------------------------------------------------------- passports

def _letters(n: int) -> str:
    return "".join(_R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _mrz_line(number: str) -> str:
    """A TD3 line 2 with valid check digits for the document ``number``."""
    from pii_scanner.detect.validators import mrz

    birth = f"{_R.randint(50, 99)}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}"
    expiry = f"{_R.randint(26, 34)}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}"
    personal = f"{_R.randint(10**10, 10**11 - 1)}<<<"
    line = (number + mrz.calc_check_digit(number) + "NOR" + birth + mrz.calc_check_digit(birth)
            + _R.choice("MF") + expiry + mrz.calc_check_digit(expiry) + personal
            + mrz.calc_check_digit(personal))
    return line + mrz.calc_check_digit(line[0:10] + line[13:20] + line[21:43])


@pytest.mark.parametrize("n", range(3))
def test_a_passport_number_in_groups_after_a_passport_word(found, n):
    letters, digits = _letters(2), f"{_R.randint(0, 9999999):07d}"
    for value in (f"{letters} {digits[:3]} {digits[3:]}", f"{letters} {digits[:4]} {digits[4:]}",
                  f"{letters} {digits}", f"{letters}-{digits}"):
        for label in ("Passnummer: ", "Passport no. ", "Pass: "):
            assert values_of(found, f"{label}{value}, gyldig til 2031", "nb",
                       "PASSPORT_NUMBER") == [value]
    # a password's code, too few digits, and a number label's abbreviation stay out
    assert not values_of(found, f"Passordet er {letters} {digits[:3]} {digits[3:]}", "nb",
                   "PASSPORT_NUMBER")
    assert not values_of(found, f"Passnr. {letters} {digits[:2]} {digits[2:4]}", "nb", "PASSPORT_NUMBER")
    assert values_of(found, f"PASS NR {digits}9", "nb", "PASSPORT_NUMBER") == [f"{digits}9"]


@pytest.mark.parametrize("n", range(3))
def test_an_mrz_line_pasted_in_lower_case_or_with_spaces(found, n):
    number = _letters(2) + f"{_R.randint(0, 9999999):07d}"
    line = _mrz_line(number)
    assert values_of(found, "Fra skanneren:\n" + line.lower(), "nb", "PASSPORT_NUMBER") == [number.lower()]
    cuts = (0, 9, 10, 13, 19, 20, 21, 27, 28, 37, 42, 43, 44)  # (a break inside the padding too)
    spaced = " ".join(line[a:b] for a, b in zip(cuts, cuts[1:]))
    assert values_of(found, "MRZ:\n" + spaced, "nb", "PASSPORT_NUMBER") == [number]
    # a wrong composite check digit: no passport
    broken = line[:-1] + str((int(line[-1]) + 1) % 10)
    assert not values_of(found, "Fra skanneren:\n" + broken.lower(), "nb", "PASSPORT_NUMBER")


# ---------------------------------------------------------------- IBAN

def _iban(country: str) -> str:
    from stdnum import iban

    bban = f"{_R.randint(0, 10**14 - 1):014d}" if country in ("DK", "FI") \
        else f"{_R.randint(0, 10**20 - 1):020d}"
    return country + iban.calc_check_digits(country + "00" + bban) + bban


@pytest.mark.parametrize("country", ["DK", "FI", "SE"])
def test_an_iban_with_a_space_after_its_country_letters(found, country):
    value = _iban(country)
    spaced = value[:2] + " " + value[2:4] + " " + " ".join(value[i:i + 4]
                                                          for i in range(4, len(value), 4))
    for shown in (spaced, spaced.lower()):
        assert values_of(found, f"Please refund to IBAN: {shown} (thanks)", "en",
                   "IBAN_CODE") == [shown]
        assert values_of(found, f"IBAN {shown} hilsen Ola", "nb", "IBAN_CODE") == [shown]
    # a wrong check: none
    wrong = spaced[:3] + f"{(int(spaced[3:5]) + 1) % 100:02d}" + spaced[5:]
    assert not values_of(found, f"IBAN: {wrong}", "en", "IBAN_CODE")


# ---------------------------------------------------------------- names

def _unlisted_surname() -> str:
    """A Norwegian-looking surname that no list holds (and no common word is)."""
    from pii_scanner.detect import gazetteers
    from pii_scanner.detect.common_words import common_words

    while True:
        word = _R.choice(("Tverr", "Hjell", "Brus", "Ulv", "Skjer", "Fjos", "Grøn")) \
            + _R.choice(("stadli", "heimsvik", "åsmo", "rudtveit", "dalsbø", "vikhaug"))
        key = word.lower()
        if key not in gazetteers.surnames() and key not in gazetteers.first_names() \
                and key not in common_words():
            return word


@pytest.mark.parametrize("n", range(3))
def test_a_mail_header_names_an_unlisted_surname_first(found, n):
    surname, first = _unlisted_surname(), _R.choice(("Kari", "Ola", "Ingrid", "Per Olav"))
    name = f"{surname}, {first}"
    mail = f"{first.split()[0].lower()}.{surname.lower()}@example.com"
    for text, lang in ((f"From: {name} <{mail}>\nSent: Monday, 3 March 2025 10:12", "en"),
                       (f"Fra: {name}\nSendt: onsdag 5. mars 2025 08:12\nEmne: Tilgang", "nb"),
                       (f"Til: Berg, Kari; {name}\nEmne: Nøkler", "nb")):
        assert name in values_of(found, text, lang, "PERSON")


@pytest.mark.parametrize("word", ["Kundeservice", "Support", "Telenor"])
def test_a_header_word_before_a_first_name_is_no_surname(found, word):
    text = f"Fra: {word}, Kari <kari@example.com>\nSendt: mandag"
    names = values_of(found, text, "nb", "PERSON")
    assert not any(word in name for name in names)


@pytest.mark.model
def test_c_o_is_a_role_before_a_name(found_ner):
    # a lone surname needs the model's vote and a cue: 'c/o' is the cue
    assert "Hansen" in values_of(found_ner, "Send kortet til:\nKari Nordmann\nc/o Hansen\nStorgata 5\n",
                           "nb", "PERSON")
    assert not values_of(found_ner, "Returadresse: c/o Telenor, Postboks 800, 1331 Fornebu", "nb",
                   "PERSON")


@pytest.mark.parametrize("alt, person", [
    ("Telenor logo", False), ("DNB logo", False), ("Facebook", False), ("Posten Norge", False),
    ("Ingrid Hansen", True), ("Bilde av Ola Berg", True)])
def test_an_image_alt_text_is_a_person_only_when_it_names_one(detector, alt, person):
    html = (f'<html><body><p>Hei,</p><p><img alt="{alt}" src="cid:image001.png"></p>'
            f"<p>Jeg får ikke logget inn.</p></body></html>")
    found = [html[f.start:f.end] for f in analyze_html(detector, html, "nb")
             if f.entity_type == "PERSON"]
    assert bool(found) is person, found


def _listed(file_name: str) -> str:
    """A listed name of one plain word that is no common word, in lower case."""
    from pii_scanner.detect.common_words import common_words

    while True:
        name = _R.choice(shipped_names(file_name)).lower()
        if name.isalpha() and len(name) > 3 and name not in common_words():
            return name


@pytest.mark.parametrize("n", range(3))
def test_lower_case_names_after_nordic_chat_sign_offs(found, n):
    first = _listed("no_first_names.txt")
    finnish = _R.choice(("virta", "mäki", "salo", "lehti", "koski")) + "nen"
    for text in (f"moi\nsalasana ei toimi\nterv. {first} {finnish}",
                 f"moi\nsalasana ei toimi\nterveisin\n{first} {finnish}"):
        assert values_of(found, text, "fi", "PERSON") == [f"{first} {finnish}"]
    dk_first, dk_last = _listed("dk_first_names.txt"), _listed("dk_surnames.txt")
    text = f"hej\nmin konto er låst igen\nhilsner {dk_first} {dk_last}"
    assert values_of(found, text, "da", "PERSON") == [f"{dk_first} {dk_last}"]
    se_first = _listed("se_first_names.txt")
    assert values_of(found, f"hejsan {se_first}!\ntack för hjälpen", "sv", "PERSON") == [se_first]


@pytest.mark.parametrize("text", ["terv. tuki", "moi kaikki, kokous siirtyy",
                                  "hilsner fra oss alle", "hejsan allihopa!"])
def test_chat_sign_offs_before_words_name_no_one(found, text):
    assert not values_of(found, text, "fi", "PERSON")


# ---------------------------------------------------------------- national numbers

@pytest.mark.parametrize("n", range(3))
def test_a_fodselsnummer_with_its_date_in_groups_under_its_label(found, n):
    fnr = valid_fnr(_R)
    for value in (f"{fnr[:2]} {fnr[2:4]} {fnr[4:6]} {fnr[6:]}", f"{fnr[:6]} {fnr[6:9]} {fnr[9:]}"):
        assert values_of(found, f"Fødselsnummer: {value}\nMvh Kari", "nb", "NO_FODSELSNUMMER") == [value]
        assert values_of(found, f"fnr {value} takk", "nb", "NO_FODSELSNUMMER") == [value]
        # without a birth-number word it is a row of numbers
        assert not values_of(found, f"Tall: {value}", "nb", "NO_FODSELSNUMMER")
    # a wrong check digit: none
    broken = fnr[:10] + str((int(fnr[10]) + 1) % 10)
    assert not values_of(found, f"Fødselsnummer: {broken[:2]} {broken[2:4]} {broken[4:6]} {broken[6:]}",
                   "nb", "NO_FODSELSNUMMER")


# ---------------------------------------------------------------- e-mail

@pytest.mark.parametrize("n", range(3))
def test_the_at_sign_and_dots_spelled_out(found, n):
    first, last = _listed("no_first_names.txt"), _listed("no_surnames.txt")
    for value, lang in ((f"{first}.{last} krøllalfa gmail.com", "nb"),
                        (f"{first} punktum {last} krøllalfa gmail punktum com", "nb"),
                        (f"{first}.{last} snabel-a telia.se", "sv"),
                        (f"{first} dot {last} at gmail dot com", "en")):
        assert values_of(found, f"Send svaret til {value} er du snill.", lang,
                   "EMAIL_ADDRESS") == [value]


@pytest.mark.parametrize("text", ["Jeg skrev krøllalfa i feltet, men det gikk ikke.",
                                  "Det er punktum finale.",
                                  "Sett punktum etter navnet. Adressen min er kari (at) firma.no"])
def test_spelled_out_signs_alone_are_words(found, text):
    assert [v for v in values_of(found, text, "nb", "EMAIL_ADDRESS") if "punktum" in v
            or "krøllalfa" in v] == []


@pytest.mark.parametrize("first, last", [("Guðrún", "Jónsdóttir"), ("Sigurður", "Pálsson")])
def test_icelandic_letters_are_read_as_ascii_in_name_look_ups(found, first, last):
    from pii_scanner.detect import gazetteers

    assert gazetteers.fold(first.lower()) in gazetteers.first_names()
    text = f"Hei,\nkan dere oppdatere navnet til {first} {last} i systemet?"
    assert values_of(found, text, "nb", "PERSON") == [f"{first} {last}"]
