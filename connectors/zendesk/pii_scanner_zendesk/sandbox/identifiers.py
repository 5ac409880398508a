"""Synthetic personal identifiers with valid check digits (python-stdnum is the oracle).

Every function takes a seeded :class:`random.Random` and returns display text. The numbers
are random, so they belong to no known person; check digits are searched until stdnum's
validator accepts the number, which keeps this module free of check-digit arithmetic.
"""

from __future__ import annotations

import datetime as dt
import random

from stdnum import iban, luhn
from stdnum.dk import cpr
from stdnum.fi import hetu
from stdnum.no import fodselsnummer, kontonr, orgnr

_DIGITS = "0123456789"


def birth_date(rng: random.Random, lo: int = 1940, hi: int = 2005) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _digits(rng: random.Random, n: int) -> str:
    return f"{rng.randrange(10 ** n):0{n}d}"


def no_fodselsnummer(rng: random.Random, variant: str = "f", spaced: bool = False) -> str:
    """A valid fødselsnummer (``variant`` f), D-number (d) or H-number (h)."""
    while True:
        born = birth_date(rng, 1940, 1999)
        day, month = born.day + (40 if variant == "d" else 0), born.month + (40 if variant == "h" else 0)
        base = f"{day:02d}{month:02d}{born.year % 100:02d}{rng.randint(0, 499):03d}"
        k1 = fodselsnummer.calc_check_digit1(base)
        if k1 == "10":
            continue
        k2 = fodselsnummer.calc_check_digit2(base + k1)
        number = base + k1 + k2
        if k2 != "10":  # the date is valid by construction; tests check with is_valid
            return f"{number[:6]} {number[6:]}" if spaced else number


def se_personnummer(rng: random.Random, coordination: bool = False) -> str:
    """A valid Swedish personnummer (or samordningsnummer: day + 60) as YYMMDD-NNNC."""
    while True:
        born = birth_date(rng, 1940, 1999)
        day = born.day + (60 if coordination else 0)
        base = f"{born.year % 100:02d}{born.month:02d}{day:02d}{_digits(rng, 3)}"
        number = f"{base[:6]}-{base[6:]}{luhn.calc_check_digit(base)}"
        # Right by construction (stdnum knows no samordningsnummer; tests validate the rest).
        return number


def dk_cpr(rng: random.Random) -> str:
    """A Danish CPR number DDMMYY-SSSS whose old modulus-11 check also holds."""
    while True:
        born = birth_date(rng, 1940, 1999)
        base = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{rng.choice('0123')}{_digits(rng, 2)}"
        for last in _DIGITS:
            if cpr.checksum(base + last) == 0:
                return f"{base[:6]}-{base[6:]}{last}"


def fi_hetu(rng: random.Random) -> str:
    born = birth_date(rng, 1940, 1999)
    base = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"
    ind = f"{rng.randint(2, 899):03d}"
    number = f"{base}-{ind}{hetu._calc_checksum(base + ind)}"  # noqa: SLF001 - stdnum's own table
    return number if hetu.is_valid(number) else fi_hetu(rng)


def no_orgnr(rng: random.Random, spaced: bool = True) -> str:
    while True:
        base = rng.choice("89") + _digits(rng, 7)
        last = next((d for d in _DIGITS if orgnr.checksum(base + d) == 0), None)
        if last is not None:
            n = base + last
            return f"{n[:3]} {n[3:6]} {n[6:]}" if spaced else n


def no_bank_account(rng: random.Random) -> str:
    while True:
        base = rng.choice(("1503", "1254", "3000", "9710", "1202", "6011")) + _digits(rng, 6)
        n = base + kontonr._calc_check_digit(base)  # noqa: SLF001 - stdnum's own weights
        if len(n) == 11:
            return f"{n[:4]}.{n[4:6]}.{n[6:]}"


def iban_code(rng: random.Random, country: str = "NO") -> str:
    bban = {"NO": lambda: no_bank_account(rng).replace(".", ""),
            "SE": lambda: _digits(rng, 20), "DK": lambda: _digits(rng, 14),
            "FI": lambda: _digits(rng, 14), "DE": lambda: _digits(rng, 18)}[country]
    while True:
        body = bban()
        number = country + iban.calc_check_digits(country + "00" + body) + body
        if iban.is_valid(number):
            return iban.format(number)


def credit_card(rng: random.Random) -> str:
    base = rng.choice(("4", "51", "52", "55")) + ""
    base += _digits(rng, 15 - len(base))
    n = base + luhn.calc_check_digit(base)
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))


def phone(rng: random.Random, country: str = "no") -> str:
    if country == "se":
        return rng.choice(("+46 70 ", "070-", "+46 73 ")) + f"{_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}"
    if country == "dk":
        return rng.choice(("+45 ", "")) + f"{rng.choice('2345')}{_digits(rng, 1)} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}"
    first = rng.choice("49")
    style = rng.randint(0, 2)
    if style == 0:
        return f"+47 {first}{_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 3)}"
    if style == 1:
        return f"{first}{_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 3)}"
    return f"{first}{_digits(rng, 7)}"


def ip_address(rng: random.Random) -> str:
    return rng.choice((f"84.{rng.randint(208, 215)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"193.{rng.randint(69, 71)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"2001:4660:{rng.randint(4096, 65535):x}::{rng.randint(1, 4095):x}"))


def gps(rng: random.Random) -> str:
    lat, lon = rng.uniform(58.0, 70.5), rng.uniform(5.0, 30.0)
    return f"{lat:.5f}, {lon:.5f}" if rng.random() < 0.7 else f"{lat:.6f}N {lon:.6f}E"


def gps_decimal(rng: random.Random) -> tuple[float, float]:
    return round(rng.uniform(58.0, 70.5), 6), round(rng.uniform(5.0, 30.0), 6)


def passport(rng: random.Random, country: str = "no") -> str:
    if country == "se":
        return _digits(rng, 8)
    letters = "".join(rng.choice("CFHJKLNPRTWXYZ") for _ in range(2))
    return letters + _digits(rng, 7)


def date_of_birth(rng: random.Random, style: int | None = None) -> str:
    born = birth_date(rng)
    style = rng.randint(0, 2) if style is None else style
    return (f"{born.day:02d}.{born.month:02d}.{born.year}", born.isoformat(),
            f"{born.day}/{born.month}/{born.year}")[style]


def bad_checksum_number(rng: random.Random, length: int = 11) -> str:
    """An order/reference number shaped like an identifier whose check digits fail."""
    while True:
        n = _digits(rng, length)
        if luhn.checksum(n) == 0 or (length == 9 and orgnr.checksum(n) == 0):
            continue
        if length == 11 and (n[-1] == kontonr._calc_check_digit(n[:10])  # noqa: SLF001
                             or n[-2:] == fodselsnummer.calc_check_digit1(n[:9]) + fodselsnummer.calc_check_digit2(n[:10])):
            continue
        if length == 10 and cpr.checksum(n) == 0:
            continue
        return n
