"""Payment card numbers: 13-19 digits, Luhn, known issuer prefix; wraps :mod:`stdnum.luhn`.

>>> validate('4786 2246 6176 1195')
'4786224661761195'
>>> is_valid('4786 2246 6176 1196')
False
>>> format('4786224661761195')
'4786 2246 6176 1195'
"""

from __future__ import annotations

from stdnum import luhn as _luhn
from stdnum.exceptions import InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from stdnum.util import clean

#: IIN prefixes of the card schemes seen in the Nordics (Visa, Mastercard, Amex,
#: Diners, Discover, JCB, Maestro, UnionPay).
_PREFIXES = ("4", "51", "52", "53", "54", "55", "22", "23", "24", "25", "26", "27",
             "34", "37", "36", "30", "38", "39", "6011", "64", "65", "35", "50", "56",
             "57", "58", "6", "62")


def compact(number: str) -> str:
    """Strip spaces and dashes."""
    return clean(number, " -").strip()


def validate(number: str) -> str:
    """Return the compact number or raise a stdnum ValidationError."""
    number = compact(number)
    if not (number.isdigit() and number.isascii()):
        raise InvalidFormat()
    if not 13 <= len(number) <= 19:
        raise InvalidLength()
    if not number.startswith(_PREFIXES):
        raise InvalidComponent()
    if len(set(number)) == 1:
        raise InvalidComponent()
    return _luhn.validate(number)


def is_valid(number: str) -> bool:
    """Whether the number passes :func:`validate`."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False


def format(number: str) -> str:
    """Groups of four."""
    number = compact(number)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4))
