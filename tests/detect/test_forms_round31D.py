"""Round 31D: a form sweep of the structured identifiers. A value's own field in a log line,
YAML or a data element labels it (``action=update remoteAddr=2001:…``, ``orgNo: "…"``,
``<personalNumber>…</personalNumber>``); an IPv4-mapped IPv6 address is one address; a Danish
ticket's dashed DDMMYY-SSSS passing the old mod 11 is a CPR without a label (and an all-digit
hetu there needs a hetu word), while a Swedish ticket's ``personnummer`` is no CPR word for a
number without mod 11; GPS pairs written with decimal commas under a place word. Values are
generated and checked with python-stdnum, never corpus strings."""

from __future__ import annotations

import ipaddress
import random

import pytest
from stdnum import luhn
from stdnum.dk import cpr
from stdnum.fi import hetu
from stdnum.no import orgnr

from .generated import digits, valid_personnummer, values_of

_R = random.Random(3131)


def _ipv6(rng: random.Random) -> str:
    return f"2001:{rng.randint(1, 0xffff):x}:{rng.randint(1, 0xffff):x}::{rng.randint(1, 0xffff):x}"


def _ipv4(rng: random.Random) -> str:
    while True:
        address = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDF000000))
        if address.is_global:
            return str(address)


def _orgnr(rng: random.Random) -> str:
    while True:
        number = rng.choice("89") + digits(rng, 8)
        if orgnr.is_valid(number):
            return number


def _cpr(rng: random.Random, *, mod11: bool, hetu_too: bool = False) -> str:
    """A dashed CPR with a valid date, passing the old mod 11 or not (and, with ``hetu_too``,
    also a valid all-digit hetu)."""
    while True:
        head = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(50, 99):02d}"
        number = head + rng.choice("0123") + digits(rng, 3)
        passes = sum(w * int(c) for w, c in zip((4, 3, 2, 7, 6, 5, 4, 3, 2, 1), number)) % 11 == 0
        dashed = f"{number[:6]}-{number[6:]}"
        if cpr.is_valid(number) and passes == mod11 \
                and (not hetu_too or hetu.is_valid(dashed)):
            return dashed


_V6 = [_ipv6(_R) for _ in range(3)]
_V4 = [_ipv4(_R) for _ in range(3)]
_ORGNR = [_orgnr(_R) for _ in range(3)]
_PNR = [valid_personnummer(_R) for _ in range(3)]
_CPR = [_cpr(_R, mod11=True) for _ in range(3)]
_CPR_HETU = [_cpr(_R, mod11=True, hetu_too=True) for _ in range(2)]
_CPR_NO_MOD11 = [_cpr(_R, mod11=False) for _ in range(3)]
#: ... and failing the personnummer's Luhn digit too (a Swedish number mistyped)
_CPR_NOT_PNR = [n for n in (_cpr(_R, mod11=False) for _ in range(20))
                if not luhn.is_valid(n.replace("-", ""))][:3]


# ------------------------------------------------------------ 1. a value's own key labels it

@pytest.mark.parametrize("address", _V6)
@pytest.mark.parametrize("template", [
    "2024-03-12T10:15:30Z INFO svc=profile action=update remoteAddr={a} result=ok",
    "2024-03-12T10:15:30Z INFO svc=profile action=update remoteAddr=[{a}]:443 result=ok",
])
def test_an_address_after_its_key_ignores_another_fields_words(found, template, address):
    text = template.format(a=address)
    assert values_of(found, text, "en", "IP_ADDRESS") == [address]


@pytest.mark.parametrize("address", _V4)
def test_a_version_key_still_keeps_a_dotted_quad_out(found, address):
    text = f"svc=profile action=update version={address.split('.')[0]}.2.3.4 result=ok"
    assert values_of(found, text, "en", "IP_ADDRESS") == []


@pytest.mark.parametrize("address", _V4)
def test_an_ipv4_mapped_address_is_one_address(found, address):
    text = f"Innlogging fra ::ffff:{address} i natt."
    assert values_of(found, text, "nb", "IP_ADDRESS") == [f"::ffff:{address}"]


@pytest.mark.parametrize("number", _ORGNR)
def test_a_quoted_yaml_value_is_labelled_by_its_camel_case_key(found, number):
    grouped = f"{number[:3]} {number[3:6]} {number[6:]}"
    text = f'customer:\n  id: 6193\n  organisationNumber: "{grouped}"\n  status: active'
    assert values_of(found, text, "en", "NO_ORGNR") == [grouped]


@pytest.mark.parametrize("number", _PNR)
def test_a_data_element_labels_its_value(found, number):
    text = f"<customer><id>{_R.randint(1000, 9999)}</id><personalNumber>{number}</personalNumber></customer>"
    assert values_of(found, text, "en", "SE_PERSONNUMMER") == [number]


def test_a_phone_element_is_labelled_by_its_tag_not_the_id_before(found):
    number = "9" + digits(_R, 7)
    text = f"<customer><id>2921</id><phone>{number}</phone></customer>"
    assert values_of(found, text, "en", "PHONE_NUMBER") == [number]


@pytest.mark.parametrize("tag", ["b", "span", "td", "strong"])
def test_an_html_elements_tag_labels_nothing(found, tag):
    # the order word before the markup still counts: a page's tag names no field
    number = _PNR[0][:6] + "-" + _PNR[0][6:]
    text = f"Ordernummer <{tag}>{number}</{tag}> har inte kommit."
    assert values_of(found, text, "sv", "SE_PERSONNUMMER") == []


# ------------------------------------------------------------ 2. Danish and Swedish tickets

@pytest.mark.parametrize("number", _CPR)
@pytest.mark.parametrize("template", ["Vedr. {n}\nTak", "Hej, kan I tjekke {n}? Der står noget forkert."])
def test_a_danish_tickets_dashed_mod11_number_is_a_cpr(found, template, number):
    assert values_of(found, template.format(n=number), "da", "DK_CPR") == [number]


@pytest.mark.parametrize("number", _CPR_HETU)
def test_in_a_danish_ticket_an_all_digit_hetu_is_a_cpr(found, number):
    text = f"Vedr. {number}\nTak"
    assert values_of(found, text, "da", "DK_CPR") == [number]
    assert values_of(found, text, "da", "FI_PERSONAL_IDENTITY_CODE") == []


@pytest.mark.parametrize("number", _CPR)
@pytest.mark.parametrize("template", ["Sagsnummer {n} er oprettet.", "Ordrenr. {n} er afsendt.",
                                      "Reference {n} gælder fakturaen."])
def test_a_danish_case_or_order_number_so_shaped_is_none(found, template, number):
    assert values_of(found, template.format(n=number), "da", "DK_CPR") == []


@pytest.mark.parametrize("number", _CPR_NO_MOD11)
def test_a_danish_number_without_mod11_still_needs_a_cpr_word(found, number):
    assert values_of(found, f"Vedr. {number}\nTak", "da", "DK_CPR") == []
    assert values_of(found, f"Mit CPR-nummer er {number}.", "da", "DK_CPR") == [number]


@pytest.mark.parametrize("number", _CPR_NOT_PNR)
def test_a_swedish_personnummer_word_is_no_cpr_word(found, number):
    # (a personnummer with a wrong Luhn digit is neither)
    text = f"Hej, mitt personnummer är {number}."
    assert values_of(found, text, "sv", "DK_CPR") == []
    assert values_of(found, f"Mitt danska CPR-nummer är {number}.", "sv", "DK_CPR") == [number]


# ------------------------------------------------------------ 3. decimal commas in a position

def _comma_pair(rng: random.Random, sep: str) -> str:
    lat = f"{rng.randint(56, 70)},{digits(rng, 5)}"
    lon = f"{rng.randint(5, 29)},{digits(rng, 5)}"
    return lat + sep + lon


@pytest.mark.parametrize("sep", [", ", "; ", " "])
@pytest.mark.parametrize("template", ["GPS: {p}", "Posisjon {p} ved innkjøringen.",
                                      "Vi står her: {p} (kart vedlagt)"])
def test_a_position_with_decimal_commas_under_a_place_word(found, template, sep):
    pair = _comma_pair(_R, sep)
    assert values_of(found, template.format(p=pair), "nb", "GPS_COORDINATES") == [pair]


@pytest.mark.parametrize("template", ["Målinger: {p}", "Pris {p} kr per stk", "Beløpene {p} og 1,2345",
                                      "Posisjon i køen: {p} kr"])
def test_decimal_commas_without_a_place_word_or_with_a_unit_are_none(found, template):
    pair = _comma_pair(_R, ", ")
    assert values_of(found, template.format(p=pair), "nb", "GPS_COORDINATES") == []
