"""Screenshot probe round 24: an EU driving licence's front as OCR gives it. The small field
numbers (``1.``, ``3.``, ``4d.``, ``5.``) are often lost, so only the title (``FØRERKORT``,
``KÖRKORT``) and the fields' order (Directive 2006/126/EC) tell that the line in capitals
is a surname, that ``12.05.1986 Bergen`` is a birth date, that the number after the authority
is a personal number and that the 8-10 digit number after it is the licence number, no phone.
Values are generated (Faker, python-stdnum check digits), never corpus strings."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from faker import Faker
from stdnum.se import personnummer

from .generated import valid_fnr

_R = random.Random(2424)
_FAKE = {loc: Faker(loc) for loc in ("no_NO", "sv_SE")}
for _i, _f in enumerate(_FAKE.values()):
    _f.seed_instance(2424 + _i)


def _word(loc: str, kind: str) -> str:
    while True:
        name = getattr(_FAKE[loc], kind)()
        if name.isalpha():
            return name.upper()


def _pnr(rng: random.Random) -> str:
    while True:
        born = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 50))
        body = born.strftime("%y%m%d") + f"{rng.randrange(1000):03d}"
        for check in range(10):
            if personnummer.is_valid(f"{body[:6]}-{body[6:]}{check}"):
                return f"{body[:6]}-{body[6:]}{check}"


def _licence(case: int, numbered: bool):
    sw = case % 2 == 1
    loc = "sv_SE" if sw else "no_NO"
    rng = random.Random(2400 + case * 7 + numbered)
    last, first = _word(loc, "last_name"), f"{_word(loc, 'first_name')} {_word(loc, 'first_name')}"
    born = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 50))
    issued = date(2016, 1, 1) + timedelta(days=rng.randrange(365 * 9))
    fmt = "%Y-%m-%d" if sw and case % 4 == 1 else "%d.%m.%Y"
    personal = _pnr(rng) if sw else valid_fnr(rng).replace(" ", "")
    licence_no = f"{rng.randrange(10 ** 7, 10 ** 8)}" if sw else f"{rng.randrange(10 ** 9, 10 ** 10)}"
    title = ["SVERIGE KÖRKORT", "SVERIGE KORKORT"][case % 4 == 3] if sw else ["NORGE FØRERKORT", "NORGE FORERKORT"][case % 4 == 2]
    rows = [("1.", last), ("2.", first), ("3.", f"{born.strftime(fmt)} {'Stockholm' if sw else 'Bergen'}"),
            ("4a.", f"{issued.strftime(fmt)}\t4b. {issued.replace(year=issued.year + 10).strftime(fmt)}"),
            ("4c.", "Transportstyrelsen" if sw else "Statens vegvesen"), ("4d.", personal), ("5.", licence_no),
            ("9.", "B BE")]
    body = "\n".join(f"{n}\t{v}" if numbered else v for n, v in rows)
    text = f"{title}\n\nEU-MODELL\n\n{body}\n"
    dates = (issued.strftime(fmt), issued.replace(year=issued.year + 10).strftime(fmt))
    return text, last, first, born.strftime(fmt), personal, licence_no, "SE_PERSONNUMMER" if sw else "NO_FODSELSNUMMER", dates


@pytest.mark.parametrize("numbered", [False, True])
@pytest.mark.parametrize("case", range(6))
def test_licence_fields_read_in_order(found, case, numbered):
    text, last, first, born, personal, licence_no, id_type, dates = _licence(case, numbered)
    got = found(text, None)
    names = [v for t, v in got if t == "PERSON"]
    assert last in names and first in names, (text, got)
    assert ("DATE_OF_BIRTH", born) in got, (text, got)
    assert (id_type, personal) in got, (text, got)
    assert not [t for t, v in got if licence_no in v], (text, got)
    assert not [t for t, v in got if any(d in v for d in dates)], (text, got)  # issue and expiry dates


def test_a_personal_number_with_failing_check_digits_stays_unflagged(found):
    text, _, _, _, personal, _, _, _ = _licence(0, False)
    bad = personal[:-1] + str((int(personal[-1]) + 1) % 10)
    text = text.replace(personal, bad)
    got = found(text, None)
    assert not [t for t, v in got if bad in v], (text, got)


@pytest.mark.parametrize("case", range(3))
def test_licence_words_in_prose_keep_their_phone(found, case):
    """Near misses: a ticket that names a licence in prose, or a heading that is no card."""
    phone = f"9{_R.randrange(10 ** 7):07d}"
    texts = [f"Hei, jeg har mistet førerkortet mitt. Ring meg på {phone} om det er funnet.",
             f"FØRERKORT\nSpørsmål om fornyelse av førerkort\nTelefon: {phone}",
             f"Mitt körkort har gått ut.\nRing {phone}\nMvh"]
    text = texts[case]
    assert ("PHONE_NUMBER", phone) in found(text, "nb"), text


@pytest.mark.parametrize("number", ["05909706426", "15888338818", "41018912345"])
def test_the_personal_field_takes_every_norwegian_kind_the_validators_know(found, number):
    """Field 4d is read with the project's own validators, so the Norwegian kinds stdnum lacks
    count there as in free text: a synthetic test number (month + 80), one under the 2032 rule
    (first control digit computed over the actual first), a D-number (day + 40)."""
    from pii_scanner.detect.validators.no import fodselsnummer

    if not fodselsnummer.is_valid(number):  # (the D-number's control digits, computed here)
        number = next(number[:9] + f"{c:02d}" for c in range(100)
                      if fodselsnummer.is_valid(number[:9] + f"{c:02d}"))
    text, _, _, _, personal, _, _, _ = _licence(0, False)
    text = text.replace(personal, number)
    assert ("NO_FODSELSNUMMER", number) in found(text, None), text
