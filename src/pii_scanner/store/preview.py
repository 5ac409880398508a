"""Masked previews: enough for a person to recognise the kind and shape, never the value.

Numbers show at most their last 3-4 characters (fewer or none when short), e-mail addresses
the first letter and a short top-level domain, names the initials of up to three words;
other types keep only their punctuation. Lengths of text parts are hidden. Deterministic.

>>> masked_preview("NO_FODSELSNUMMER", "010190 12345")
'••••••••345'
>>> masked_preview("CREDIT_CARD", "4111 1111 1111 1111")
'••••••••••••1111'
>>> masked_preview("EMAIL_ADDRESS", "kari.nordmann(at)example.no")
'k•••@•••.no'
>>> masked_preview("PERSON", "Kari Nordmann")
'K••• N•••'
>>> masked_preview("PHONE_NUMBER", "+47 912 34 567")
'+47 ••••••67'
>>> masked_preview("IP_ADDRESS", "192.168.10.20")
'192.•••.•••.•••'
>>> masked_preview("STREET_ADDRESS", "Storgata 12B")
'S••• ••'
>>> masked_preview("DATE_OF_BIRTH", "01.01.1990")
'••.••.••••'
"""

from __future__ import annotations

import ipaddress

import phonenumbers

from pii_scanner.store import normalise as norm

BULLET = "•"
HIDDEN = BULLET * 3
MAX_BULLETS = 30
MAX_WORDS = 3
MAX_SHAPE = 24
#: letter/number types that show their tail (everything else is masked by shape)
TAIL_TYPES = norm.DIGIT_TYPES | norm.ALNUM_TYPES


def tail(compact: str) -> str:
    """Mask all but the last few characters: 3-4 for long values, none below 6.

    >>> tail("12345"), tail("123456"), tail("123456789"), tail("1234567890123")
    ('•••••', '••••56', '••••••789', '•••••••••0123')
    """
    n = len(compact)
    visible = 4 if n >= 13 else 3 if n >= 8 else 2 if n >= 6 else 0
    return BULLET * min(n - visible, MAX_BULLETS) + (compact[-visible:] if visible else "")


def shape(value: str) -> str:
    """Letters and digits become bullets; separators stay (``••.••.••••``)."""
    out = "".join(BULLET if c.isalnum() else c for c in " ".join(value.split()))
    return out if len(out) <= MAX_SHAPE else out[:MAX_SHAPE] + "…"


def initials(value: str, numbers: bool = False) -> str:
    """First letter of up to three words; one-letter words and numbers fully hidden."""
    parts = []
    for token in value.split()[:MAX_WORDS]:
        letters = [c for c in token if c.isalnum()]
        if numbers and any(c.isdigit() for c in letters):
            parts.append(BULLET * 2)
        elif len(letters) >= 2:
            parts.append(letters[0] + HIDDEN)
        else:
            parts.append(BULLET)
    if len(value.split()) > MAX_WORDS:
        parts.append("…")
    return " ".join(parts) or HIDDEN


def _email(value: str) -> str | None:
    address = norm.email(value)
    local, at, domain = address.rpartition("@")
    name, dot, tld = domain.rpartition(".")
    if not (at and dot and any(c.isalnum() for c in local) and any(c.isalnum() for c in name)):
        return None
    first = local[0] if len(local) >= 3 else ""
    suffix = f".{tld}" if 2 <= len(tld) <= 3 and tld.isalpha() else ""
    return f"{first}{HIDDEN}@{HIDDEN}{suffix}"


def _phone(value: str) -> str | None:
    try:
        number = phonenumbers.parse(value, norm.DEFAULT_PHONE_REGION)
    except phonenumbers.NumberParseException:
        return None
    national = str(number.national_number)
    if len(national) < 6:
        return None
    return f"+{number.country_code} {BULLET * (len(national) - 2)}{national[-2:]}"


def _ip(value: str) -> str | None:
    try:
        address = ipaddress.ip_address(value.strip().strip("[]"))
    except ValueError:
        return None
    if address.version == 4:
        return str(address).split(".")[0] + f".{HIDDEN}" * 3
    return f"{HIDDEN}:{HIDDEN}:…"


def masked_preview(entity_type: str, value: str) -> str:
    """A short masked view of ``value`` as an ``entity_type`` (see the module docstring)."""
    if entity_type in TAIL_TYPES:
        return tail("".join(c for c in norm.normalise(entity_type, value) if c.isalnum()))
    special = {"EMAIL_ADDRESS": _email, "PHONE_NUMBER": _phone, "IP_ADDRESS": _ip}.get(entity_type)
    if special is not None:
        return special(value) or shape(value)
    if entity_type == "PERSON":
        return initials(value)
    if entity_type == "STREET_ADDRESS":
        return initials(value, numbers=True)
    return shape(value)
