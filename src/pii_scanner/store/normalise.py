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
    if entity_type == "IP_ADDRESS":
        try:
            return ipaddress.ip_address(_text(value).strip().strip("[]")).compressed
        except ValueError:
            return words(value)
    return words(value)
