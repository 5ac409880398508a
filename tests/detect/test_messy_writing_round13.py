"""Round 13: the same identifiers in messy writing. Values are generated (python-stdnum check
digits, seeded), never taken from a corpus."""

from __future__ import annotations

import random

import pytest
from stdnum import luhn
from stdnum.no import kontonr, orgnr

from pii_scanner.detect.escapes import decoded_view

from .generated import valid_fnr

ZERO_WIDTH, SOFT_HYPHEN, WORD_JOINER = "\u200b", "\u00ad", "\u2060"


def _orgnr(rng: random.Random) -> str:
    while True:
        base = str(rng.choice([8, 9])) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        for last in "0123456789":
            if orgnr.is_valid(base + last):
                return base + last


def _account(rng: random.Random) -> str:
    while True:
        base = "1503" + "".join(str(rng.randint(0, 9)) for _ in range(6))
        for last in "0123456789":
            if kontonr.is_valid(base + last):
                return base + last


def _card(rng: random.Random) -> str:
    base = "4" + "".join(str(rng.randint(0, 9)) for _ in range(14))
    return base + luhn.calc_check_digit(base)


def _broken(value: str, rng: random.Random) -> str:
    """``value`` with an invisible character put between two of its digits."""
    cut = rng.randint(2, len(value) - 2)
    return value[:cut] + rng.choice([ZERO_WIDTH, SOFT_HYPHEN, WORD_JOINER]) + value[cut:]


def _hits(detector, text: str, lang: str = "nb") -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start:f.end]) for f in detector.analyze(text, lang)]


# -- invisible characters inside values ----------------------------------------------------------

@pytest.mark.parametrize("kind, make, label", [
    ("NO_FODSELSNUMMER", valid_fnr, "fnr:"),
    ("NO_ORGNR", _orgnr, "orgnr"),
    ("NO_BANK_ACCOUNT", _account, "kontonr"),
    ("CREDIT_CARD", _card, "kortnummer:"),
])
def test_an_invisible_character_inside_a_value_does_not_hide_it(detector, kind, make, label):
    rng = random.Random(13)
    for _ in range(6):
        value = _broken(make(rng), rng)
        text = f"hei {label} {value} takk"
        hits = _hits(detector, text)
        assert (kind, value) in hits, (text, hits)


def test_a_soft_hyphen_inside_a_label_keeps_the_label(detector):
    rng = random.Random(5)
    for _ in range(4):
        value = valid_fnr(rng)
        text = f"Fødsels{SOFT_HYPHEN}nummer: {value[:6]} {value[6:]}"
        assert ("NO_FODSELSNUMMER", f"{value[:6]} {value[6:]}") in _hits(detector, text)


def test_invisible_characters_alone_make_no_finding(detector):
    text = f"ordrenr {ZERO_WIDTH}4471{ZERO_WIDTH}2209 kr 1{SOFT_HYPHEN}499,- kl 14:30"
    assert _hits(detector, text) == []


# -- full-width digits -----------------------------------------------------------------------------

def _full_width(value: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in value)


@pytest.mark.parametrize("kind, make, label", [
    ("NO_FODSELSNUMMER", valid_fnr, "fødselsnummer:"),
    ("NO_ORGNR", _orgnr, "org.nr"),
    ("CREDIT_CARD", _card, "kortnr"),
])
def test_full_width_digits_are_read_as_digits(detector, kind, make, label):
    rng = random.Random(21)
    for _ in range(4):
        value = _full_width(make(rng))
        text = f"{label}\u3000{value}"
        assert (kind, value) in _hits(detector, text), text


# -- quoted-printable mail pasted raw ---------------------------------------------------------------

def test_a_soft_line_break_inside_a_number_in_quoted_printable_mail(detector):
    rng = random.Random(8)
    for _ in range(6):
        value = _account(rng)
        cut = rng.randint(3, 8)
        text = ('Content-Type: text/plain; charset=3D"utf-8"\n'
                "Content-Transfer-Encoding: quoted-printable\n\n"
                f"Hei, kontonummeret mitt er {value[:cut]}=\n{value[cut:]}\nMvh")
        spans = [text[f.start:f.end] for f in detector.analyze(text, "nb")
                 if f.entity_type == "NO_BANK_ACCOUNT"]
        assert spans == [f"{value[:cut]}=\n{value[cut:]}"], text


def test_quoted_printable_letters_are_decoded_in_the_view():
    source = "F=C3=B8dselsnummer: 1201=\n8695082 =3D ok"
    view = decoded_view(source)
    assert view is not None and view.text == "Fødselsnummer: 12018695082 = ok"
    start = view.text.index("1201")
    assert view.source_span(start, start + 11) == (source.index("1201"), source.index(" =3D"))
    assert view.source_span(0, 2) == (0, 7)  # 'Fø' is 'F=C3=B8'


@pytest.mark.parametrize("source", [
    "x = 5 =\nnext line",          # a line ending in '=' in prose or code, no other QP sign
    "sum=3+4 and total=7",
])
def test_no_quoted_printable_reading_without_its_signs(source):
    assert decoded_view(source) is None


# -- labels glued to their values ---------------------------------------------------------------

def _phone(rng: random.Random) -> str:
    return str(rng.choice([4, 9])) + "".join(str(rng.randint(0, 9)) for _ in range(7))


@pytest.mark.parametrize("kind, make, labels", [
    ("NO_ORGNR", _orgnr, ["orgnr", "org.nr", "ORGNR", "org nr"]),
    ("CREDIT_CARD", _card, ["kortnr", "kortnummer", "KORTNUMMER", "card no"]),
    ("PHONE_NUMBER", _phone, ["tlf", "TLF", "mobilnr", "tel."]),
    ("NO_BANK_ACCOUNT", _account, ["kontonr", "kto", "konto"]),
])
def test_a_label_glued_to_its_value_labels_it(detector, kind, make, labels):
    rng = random.Random(34)
    for label in labels:
        value = make(rng)
        text = f"hei pls fiks {label}{value} takk"
        assert (kind, value) in _hits(detector, text), text


def test_a_birth_date_glued_to_its_label(detector):
    for label, date in [("født den", "22/9/1998"), ("FØDD", "1998-09-03"), ("dob", "03.11.1979")]:
        text = f"ok {label}{date} ok"
        assert ("DATE_OF_BIRTH", date) in _hits(detector, text), text


def test_an_iban_glued_to_its_label():
    view = decoded_view("send til ibanno93 8601 1117 947 pls")
    assert view is not None and "iban no93 8601" in view.text


@pytest.mark.parametrize("code", ["SKU", "art", "ordre", "ref", "v", "x"])
def test_a_code_glued_to_other_letters_stays_glued(detector, code):
    rng = random.Random(55)
    for _ in range(3):
        text = f"varen {code}{_phone(rng)} er på lager"
        assert _hits(detector, text) == [], text


# -- chat's lower case: hemispheres and passport letters -------------------------------------------

def test_lower_case_hemispheres_with_degree_signs_are_coordinates(detector):
    rng = random.Random(77)
    for _ in range(6):
        lat, lon = round(rng.uniform(55, 70), 5), round(rng.uniform(5, 30), 5)
        for value in (f"{lat}° n, {lon}° e", f"{lat}°  N,  {lon}°  E"):
            text = f"gps {value} takk"
            assert ("GPS_COORDINATES", value) in _hits(detector, text), text


def test_lower_case_letters_without_degree_signs_are_words(detector):
    assert _hits(detector, "jeg målte 12.345 n og 13.456 e i går") == []


def test_a_lower_case_passport_number_after_its_label(detector):
    rng = random.Random(91)
    for _ in range(6):
        value = rng.choice(["nk", "fh", "aa"]) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        text = f"hei passnr {value} pls"
        assert ("PASSPORT_NUMBER", value) in _hits(detector, text), text
        assert _hits(detector, f"hei produkt {value} pls") == []
        assert _hits(detector, f"hei passord {value} pls") == []


# -- street addresses in lower case, capitals and with double spaces -----------------------------

def _streets(rng: random.Random, count: int) -> list[str]:
    from faker import Faker
    fake = Faker("no_NO")
    fake.seed_instance(rng.randint(0, 10**6))
    return [f"{fake.street_name()} {rng.randint(1, 120)}" for _ in range(count)]


def test_a_street_after_an_address_word_in_any_case(detector):
    rng = random.Random(404)
    for street in _streets(rng, 12):
        for label, value in (("bor i", street.lower()), ("ADRESSE:", street.upper()),
                             ("adr.", street.replace(" ", "  "))):
            text = f"hei {label} {value} takk"
            assert any(kind == "STREET_ADDRESS" and value in hit or hit in value and len(hit) > 4
                       for kind, hit in _hits(detector, text)), text


@pytest.mark.parametrize("text", [
    "bor i barnehagen 3 dager i uka",        # a compound street ending in a common word
    "adresse endret, sjekk toppen 5 ganger",  # a lone street ending is no street name
    "jeg var på toppen 5 ganger",              # no address word
    "eriksengjerdet 92 kom fram i dag",        # no address word
])
def test_no_street_from_a_word_and_a_number(detector, text):
    assert [k for k, _ in _hits(detector, text) if k == "STREET_ADDRESS"] == []


# -- SHOUTING ----------------------------------------------------------------------------------------

def _listed_people(rng: random.Random, count: int) -> list[str]:
    from pii_scanner.detect import gazetteers
    from pii_scanner.detect.common_words import common_words
    first = sorted(w for w in gazetteers.common_first_names() if w not in common_words())
    last = sorted(w for w in gazetteers.surnames() if w not in common_words() and len(w) > 4)
    return [f"{rng.choice(first)} {rng.choice(last)}".upper() for _ in range(count)]


def test_a_name_in_a_shouting_ticket_is_found_after_its_cue(detector):
    rng = random.Random(99)
    for name in _listed_people(rng, 12):
        for cue in ("HEI, MITT NAVN ER", "MY NAME IS", "HEJ, JAG HETER"):
            text = f"{cue} {name}! KAN DERE RINGE MEG?"
            hits = [hit for kind, hit in _hits(detector, text) if kind == "PERSON"]
            assert any(name.split()[0] in hit for hit in hits), (text, hits)


@pytest.mark.parametrize("text", [
    "HEI, KAN IKKE LOGGE INN! ORDRENR 4471220 HAR IKKE KOMMET. HJELP ASAP",
    "HEY, WHATS HAPPENING WITH MY ORDER? I PAID 1499 KR AND NOTHING CAME",
    "HEJ, BEHÖVER HJÄLP MED FAKTURAN! ARTNR X38709198 SAKNAS FORTFARANDE",
])
def test_a_shouting_ticket_without_names_has_no_person(detector, text):
    assert [hit for kind, hit in _hits(detector, text) if kind == "PERSON"] == []


def test_shouting_is_read_in_lower_case_with_listed_names_capitalised():
    view = decoded_view("HEI, KAN DERE RINGE MEG? HILSEN KARI")
    assert view is not None and view.text == "hei, kan dere ringe meg? hilsen Kari"
    assert decoded_view("P<NORHANSEN<<KARI<<<<<<<<<<<<<<<<<<<<<<<<<<<") is None
    # a position or a code in capitals is not shouting: its hemisphere letters stay capitals
    for text in ('59° 54\' 50" N, 10° 45\' 8" Ø', "GPS: 61.12345N 8.12345E",
                 "KID 12345678901 / 2024-03-01"):
        assert decoded_view(text) is None, text


# -- IPv6 after a label's colon, before a smiley -----------------------------------------------------

def test_an_ipv6_address_after_a_label_colon_or_before_a_smiley(detector):
    from faker import Faker
    fake = Faker()
    fake.seed_instance(6)
    for _ in range(8):
        value = fake.ipv6()
        for text in (f"ip addr:{value} takk", f"ip adresse er {value}:) mvh"):
            assert ("IP_ADDRESS", value) in _hits(detector, text, "nb"), text


@pytest.mark.parametrize("text", ["ab12:fe80:0:0:0:0:0:1:99", "kl 10:15:30: ferdig",
                                  "logg 12:30:45:123 ok"])
def test_no_ipv6_inside_a_longer_colon_run(detector, text):
    assert [k for k, _ in _hits(detector, text) if k == "IP_ADDRESS"] == []


# -- double spaces between a number's groups ------------------------------------------------------

def test_a_card_and_an_iban_with_double_spaces_between_groups(detector):
    from stdnum.iso7064 import mod_97_10
    rng = random.Random(12)
    for _ in range(6):
        card = _card(rng)
        spaced = "  ".join(card[i:i + 4] for i in range(0, 16, 4))
        assert ("CREDIT_CARD", spaced) in _hits(detector, f"kortnummer:  {spaced} takk"), spaced
        broken = spaced[:-1] + str((int(spaced[-1]) + 1) % 10)
        assert _hits(detector, f"kortnummer:  {broken} takk") == [], broken
        bban = "".join(str(rng.randint(0, 9)) for _ in range(20))
        value = "SE" + mod_97_10.calc_check_digits(bban + "SE") + bban
        grouped = "  ".join(value[i:i + 4] for i in range(0, len(value), 4)).lower()
        assert ("IBAN_CODE", grouped) in _hits(detector, f"iban:  {grouped}", "sv"), grouped


def test_a_listed_name_that_is_also_a_word_keeps_its_capital_next_to_a_name():
    view = decoded_view("ATT: PER OLAV HANSEN, KR 100 PER STK")
    assert view is not None and view.text == "att: Per Olav Hansen, kr 100 per stk"


# -- a phone number right after its label's colon ---------------------------------------------------

def test_a_phone_number_right_after_a_label_colon(detector):
    rng = random.Random(19)
    for _ in range(6):
        digits = _phone(rng)
        value = " ".join(digits[i:i + 2] for i in range(0, 8, 2))
        for label in ("Tlf:", "MOBILNR:", "Ring meg på:"):
            text = f"Hei\n{label}{value}\nMvh"
            assert ("PHONE_NUMBER", value) in _hits(detector, text), text


@pytest.mark.parametrize("text", ["kl 10:15:30 i dag", "tid 12:91234567", "ordre:91234567"])
def test_a_colon_after_digits_or_an_order_label_opens_no_phone(detector, text):
    assert [k for k, _ in _hits(detector, text) if k == "PHONE_NUMBER"] == []


# -- lower-case names signed on the next line or before a closing word ------------------------------

def test_a_lower_case_signed_name_on_the_next_line_or_before_takk(detector):
    rng = random.Random(23)
    for name in _listed_people(rng, 10):
        name = name.lower()
        for text in (f"ok det var alt mvh\n{name}", f"fiks det pls hilsen {name} takk",
                     f"thanks for the help cheers {name} thx"):
            hits = [hit for kind, hit in _hits(detector, text) if kind == "PERSON"]
            assert any(name.split()[0] in hit for hit in hits), (text, hits)


@pytest.mark.parametrize("text", ["hei\nkan dere hjelpe meg", "mvh\nordreavdelingen",
                                  "hilsen alle oss takk", "mvh\nkundeservice takk"])
def test_no_lower_case_name_from_words_after_a_sign_off(detector, text):
    assert [hit for kind, hit in _hits(detector, text) if kind == "PERSON"] == []


@pytest.mark.parametrize("text, value", [
    ("hej jeg har et problem med min ordre danish cpr {} tak", "DK_CPR"),
    ("HAVING TROUBLE WITH MY ORDER PLS CPR NO {} THANKS", "DK_CPR"),
])
def test_a_values_own_label_outweighs_a_negative_word_earlier_in_a_run_on_line(found, text, value):
    number = "170165-0774"
    assert (value, number) in found(text.format(number), "da")


@pytest.mark.parametrize("text", ["min ordre {} cpr", "ordrenummer cpr {}", "ordre {}"])
def test_a_negative_word_in_the_label_itself_still_counts(found, text):
    assert not [t for t, _ in found(text.format("170165-0774"), "da") if t == "DK_CPR"]
