"""Generated test values shared by the probe-round test modules (never corpus strings)."""

from __future__ import annotations

import random
from importlib import resources

import phonenumbers
from stdnum import luhn
from stdnum.dk import cpr as std_cpr
from stdnum.fi import hetu
from stdnum.no import fodselsnummer

from pii_scanner.detect import gazetteers
from pii_scanner.detect.common_words import common_words


def valid_fnr(rng: random.Random) -> str:
    """A valid fødselsnummer (born 1950-1999, individual number 000-499) drawn from ``rng``."""
    while True:
        base = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(50, 99):02d}" \
               f"{rng.randint(0, 499):03d}"
        for k1 in "0123456789":
            for k2 in "0123456789":
                if fodselsnummer.is_valid(base + k1 + k2):
                    return base + k1 + k2


def digits(rng: random.Random, count: int) -> str:
    """``count`` decimal digits drawn from ``rng``."""
    return "".join(rng.choice("0123456789") for _ in range(count))


def valid_personnummer(rng: random.Random) -> str:
    """A valid 10-digit Swedish personnummer without its dash (born 1950-1999)."""
    base = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" \
           f"{digits(rng, 3)}"
    return base + luhn.calc_check_digit(base)


def dashed_old_cpr(rng: random.Random) -> str:
    """A dashed Danish CPR (DDMMYY-SSSS) passing the old mod 11 whose digits fail the Swedish
    personnummer's Luhn digit (so it reads as no personnummer), drawn from ``rng``."""
    while True:
        value = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(40, 99):02d}" \
                f"{rng.randint(0, 9999):04d}"
        if std_cpr.checksum(value) == 0 and not luhn.is_valid(value):
            return value[:6] + "-" + value[6:]


def valid_hetu(rng: random.Random) -> str:
    """A valid Finnish HETU with the ``-`` century sign (born 1950-1999) drawn from ``rng``."""
    while True:
        value = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(50, 99)}-" \
                f"{rng.randint(2, 899):03d}"
        value += "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(value[:6] + value[7:10]) % 31]
        if hetu.is_valid(value):
            return value


#: how a national mobile number starts in each region, and how many digits follow the start
_MOBILE_SHAPES = {
    "NO": (("4", "9"), 7),
    "SE": (("070", "072", "073", "076"), 7),
    "GB": (("074", "075", "077", "078", "079"), 8),
    "FI": (("040", "041", "044", "045", "050"), 7),
}


def valid_mobile(rng: random.Random, region: str = "NO") -> str:
    """A national mobile number of ``region`` (NO, SE, GB or FI) drawn from ``rng`` that
    phonenumbers calls a valid mobile, and that is no valid fødselsnummer (an 11-digit British
    mobile could be one)."""
    starts, count = _MOBILE_SHAPES[region]
    while True:
        value = rng.choice(starts) + digits(rng, count)
        number = phonenumbers.parse(value, region)
        if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE \
                and not fodselsnummer.is_valid(value):
            return value


def shipped_names(file_name: str) -> list[str]:
    """A name list as the package ships it (``pii_scanner/detect/data``), in its own spelling."""
    text = resources.files("pii_scanner.detect.data").joinpath(file_name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def plain_names(file_name: str, count: int, rng: random.Random, *, first: bool) -> list[str]:
    """``count`` shipped names drawn by ``rng`` that are no common word (and, for surnames, no
    first name): names that only a name cue or list can make one."""
    common, firsts = common_words(), gazetteers.first_names()
    names = sorted(n for n in shipped_names(file_name)
                   if n.isalpha() and len(n) > 3 and n.lower() not in common
                   and (first or n.lower() not in firsts))
    return rng.sample(names, count)


def values_of(found, text: str, lang: str | None, entity: str) -> list[str]:
    """The values of ``entity`` that the ``found`` fixture reports in ``text``."""
    return [value for kind, value in found(text, lang) if kind == entity]
