"""Canonical form of a detected value per entity type, so that spellings of one value match.

Only :mod:`.fingerprint` and :mod:`.preview` use these; the results are never stored.

>>> normalise("NO_FODSELSNUMMER", "010190 12345")
'01019012345'
>>> normalise("EMAIL_ADDRESS", "Kari.Nordmann (at) Example [dot] NO")
'kari.nordmann@example.no'
>>> normalise("PHONE_NUMBER", "912 34 567")
'+4791234567'
>>> normalise("PERSON", "  KARI   Nordmann ")
'kari nordmann'
>>> normalise("GPS_COORDINATES", "59°54'44.4″N 10°45'8.4″E")
'59.9123,10.7523'
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata

import phonenumbers

#: identifiers compared by their digits alone (separators, prefixes like "NO"/"MVA" dropped)
DIGIT_TYPES = frozenset({"NO_FODSELSNUMMER", "NO_ORGNR", "NO_BANK_ACCOUNT", "CREDIT_CARD",
                         "DK_CPR", "SE_PERSONNUMMER"})
#: identifiers compared as upper-case letters and digits
ALNUM_TYPES = frozenset({"IBAN_CODE", "PASSPORT_NUMBER", "FI_PERSONAL_IDENTITY_CODE"})
DEFAULT_PHONE_REGION = "NO"

_AT_WORDS = r"at|a|alfa|krøll|kroll|snabel-a"
_DOT_WORDS = r"dot|punkt|punktum|prikk"
_BRACKETED_AT = re.compile(rf"\s*[(\[{{<]\s*(?:{_AT_WORDS})\s*[)\]}}>]\s*", re.I)
_BRACKETED_DOT = re.compile(rf"\s*[(\[{{<]\s*(?:{_DOT_WORDS})\s*[)\]}}>]\s*", re.I)
_SPACED_AT = re.compile(rf"\s+(?:{_AT_WORDS})\s+", re.I)
_SPACED_DOT = re.compile(rf"\s+(?:{_DOT_WORDS})\s+", re.I)
_EDGE_PUNCT = " \t\r\n.,;:!?\"'()[]{}<>«»"
# Finnish century signs: '+' 1800s; '-', U-Y 1900s; A-F 2000s (the 2023 reform added letters).
#: GPS positions are compared at 4 decimals (about 11 m): the precision screenshots and
#: hand-written positions carry, fine enough to tell two houses apart.
GPS_DECIMALS = 4
_GPS_PART = re.compile(r"(-?\d{1,3}(?:[.,]\d+)?)\s?°?\s?"
                       r"(?:(\d{1,2}(?:[.,]\d+)?)\s?['′’]\s?(?:(\d{1,2}(?:[.,]\d+)?)\s?(?:\"|″|′′|''|”))?)?")
#: a hemisphere letter standing alone, in either case ('33.12° s, 18.12° w' as people type it)
_HEMISPHERE = re.compile(r"(?<![A-Za-z])[NSEWØO](?![A-Za-z])", re.I)
_FI_CENTURY = str.maketrans({**dict.fromkeys("-UVWXY", "-"), **dict.fromkeys("ABCDEF", "A")})


def _text(value: str) -> str:
    return unicodedata.normalize("NFKC", value)


def digits(value: str) -> str:
    """ASCII digits of ``value`` (full-width and other NFKC digits included)."""
    return "".join(c for c in _text(value) if "0" <= c <= "9")


def email(value: str) -> str:
    """Lower-case address with ``(at)``/``[dot]``-style obfuscation undone."""
    text = _text(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    text = _BRACKETED_DOT.sub(".", _BRACKETED_AT.sub("@", text))
    if "@" not in text:
        text = _SPACED_AT.sub("@", text, count=1)
    if "@" in text:
        text = _SPACED_DOT.sub(".", text)
    return "".join(text.split()).strip(_EDGE_PUNCT).casefold()


def phone(value: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """E.164 form (``+4791234567``); digits only when the number cannot be parsed."""
    try:
        number = phonenumbers.parse(_text(value), region)
    except phonenumbers.NumberParseException:
        return digits(value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def gps(value: str) -> str:
    """``lat,lon`` in signed decimal degrees at ``GPS_DECIMALS``, from any written form the
    recognizer finds (decimal, hemisphere letters, degrees-minutes(-seconds), map URLs) and
    from EXIF; :func:`words` when ``value`` holds no two coordinates.

    >>> gps("N 59.91234, E 10.75234"), gps("59,91234N 10,75234Ø"), gps("maps?q=59.91234,10.75234")
    ('59.9123,10.7523', '59.9123,10.7523', '59.9123,10.7523')
    >>> gps("33°55.5'S 18°25.2'W")
    '-33.9250,-18.4200'
    >>> gps("33°55.5' s 18°25.2' w") == gps("33°55.5'S 18°25.2'W")
    True
    """
    text = _text(value)
    parts = [m for m in _GPS_PART.finditer(text) if m.group(1)][:2]
    if len(parts) < 2:
        return words(value)
    lat, lon = (_degrees(m) for m in parts)
    letters = {letter.upper() for letter in _HEMISPHERE.findall(text)}
    lat = -abs(lat) if "S" in letters else lat
    lon = -abs(lon) if "W" in letters else lon
    if abs(lat) > 90 or abs(lon) > 180:
        return words(value)
    return ",".join(f"{v:.{GPS_DECIMALS}f}".replace("-0.0000", "0.0000") for v in (lat, lon))


def _degrees(match: re.Match) -> float:
    deg, minutes, seconds = (float(g.replace(",", ".")) if g else 0.0 for g in match.groups())
    size = abs(deg) + minutes / 60 + seconds / 3600
    return -size if match.group(1).startswith("-") else size


def words(value: str) -> str:
    """Case-folded, whitespace-collapsed text without surrounding punctuation."""
    return " ".join(_text(value).casefold().split()).strip(_EDGE_PUNCT)


def normalise(entity_type: str, value: str) -> str:
    """The canonical form of ``value`` for ``entity_type`` (unknown types: :func:`words`)."""
    if entity_type in DIGIT_TYPES:
        compact = digits(value)
        # Swedish numbers are written with or without the century; compare without it.
        return compact[-10:] if entity_type == "SE_PERSONNUMMER" else compact
    if entity_type == "FI_PERSONAL_IDENTITY_CODE":
        compact = "".join(c for c in _text(value).upper() if c.isalnum() or c in "+-")
        return compact[:6] + compact[6:7].translate(_FI_CENTURY) + compact[7:]
    if entity_type in ALNUM_TYPES:
        return "".join(c for c in _text(value).upper() if c.isalnum())
    if entity_type == "EMAIL_ADDRESS":
        return email(value)
    if entity_type == "PHONE_NUMBER":
        return phone(value)
    if entity_type == "GPS_COORDINATES":
        return gps(value)
    if entity_type == "IP_ADDRESS":
        try:
            return ipaddress.ip_address(_text(value).strip().strip("[]")).compressed
        except ValueError:
            return words(value)
    return words(value)
