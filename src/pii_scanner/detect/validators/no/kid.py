"""Norwegian KID (customer payment reference): 2-25 digits, last digit Luhn or mod 11.

Used only to explain the 11-digit ambiguity (a number that is valid as several types).

>>> is_valid('08049027')
False
>>> is_valid('1234567897')
True
>>> format(' 1234 567 897 ')
'1234567897'
"""

from __future__ import annotations

from stdnum import luhn
from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength, ValidationError
from stdnum.util import clean

_MOD11_WEIGHTS = (2, 3, 4, 5, 6, 7)


def compact(number: str) -> str:
    """Strip spaces."""
    return clean(number, " ").strip()


def _mod11_ok(number: str) -> bool:
    body, check = number[:-1], number[-1]
    total = sum(_MOD11_WEIGHTS[i % 6] * int(d) for i, d in enumerate(reversed(body)))
    rest = 11 - total % 11
    expected = "0" if rest == 11 else "-" if rest == 10 else str(rest)
    return expected == check


def validate(number: str) -> str:
    """Return the compact KID or raise a stdnum ValidationError."""
    number = compact(number)
    if not 2 <= len(number) <= 25:
        raise InvalidLength()
    if not (number[:-1].isdigit() and number[:-1].isascii()) or number[-1] not in "0123456789-":
        raise InvalidFormat()
    if luhn.is_valid(number) or _mod11_ok(number):
        return number
    raise InvalidChecksum()


def is_valid(number: str) -> bool:
    """Whether the number passes :func:`validate`."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False


format = compact
