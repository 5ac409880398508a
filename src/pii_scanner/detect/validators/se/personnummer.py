"""Swedish personnummer and samordningsnummer, 10- and 12-digit, ``-`` and ``+`` forms.

Wraps :mod:`stdnum.se.personnummer` (Luhn over the last ten digits) and adds the
samordningsnummer (day + 60), which stdnum rejects as an impossible date.

>>> validate('19990620-0440')
'19990620-0440'
>>> kind('195211677629')
'samordningsnummer'
>>> is_valid('19990620-0441')
False
>>> format('199906200440')
'19990620-0440'
"""

from __future__ import annotations

import datetime

from stdnum import luhn
from stdnum.exceptions import InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from stdnum.se import personnummer as _std

compact = _std.compact
format = _std.compact


def kind(number: str) -> str:
    """``personnummer`` or ``samordningsnummer`` (birth day + 60)."""
    number = compact(number)
    day = int(number[-7:-5])
    return "samordningsnummer" if day > 60 else "personnummer"


def validate(number: str) -> str:
    """Return the compact form (``[CC]YYMMDD-NNNN``) or raise a stdnum ValidationError."""
    number = compact(number)
    if len(number) not in (11, 13):
        raise InvalidLength()
    digits = number[:-5] + number[-4:]
    if number[-5] not in "-+" or not (digits.isdigit() and digits.isascii()):
        raise InvalidFormat()
    if kind(number) == "samordningsnummer":
        day = int(number[-7:-5]) - 60
        dated = number[:-7] + "%02d" % day + number[-5:]
    else:
        dated = number
    born = _std.get_birth_date(dated)
    if len(number) == 13 and not 1800 <= born.year:
        raise InvalidComponent()
    if born > datetime.date.today():
        raise InvalidComponent()
    luhn.validate(digits[-10:])
    return number


def is_valid(number: str) -> bool:
    """Whether the number passes :func:`validate`."""
    try:
        return bool(validate(number))
    except (ValidationError, ValueError):
        return False
