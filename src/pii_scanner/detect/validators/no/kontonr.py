"""Norwegian bank account number (11 digits, mod 11); wraps :mod:`stdnum.no.kontonr`.

Only the 11-digit form is accepted here (the 7-digit Luhn postgiro form is too weak to
find in free text).

>>> validate('1254.12.94366')
'12541294366'
>>> is_valid('1254.12.94367')
False
>>> format('12541294366')
'1254.12.94366'
"""

from __future__ import annotations

from stdnum.exceptions import InvalidLength, ValidationError
from stdnum.no import kontonr as _std

compact = _std.compact
format = _std.format


def validate(number: str) -> str:
    """Return the compact 11-digit number or raise a stdnum ValidationError."""
    number = compact(number)
    if len(number) != 11:
        raise InvalidLength()
    return _std.validate(number)


def is_valid(number: str) -> bool:
    """Whether the number passes :func:`validate`."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False
