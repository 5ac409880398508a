"""Norwegian fødselsnummer, D-, H-, FH- and synthetic (Tenor) numbers, incl. the 2032 rule.

Wraps :mod:`stdnum.no.fodselsnummer` and adds what it lacks: synthetic test numbers
(month + 80), FH-numbers (first digit 8 or 9, no date) and the rule that applies to
numbers issued from 2032, where the first control digit is no longer unique (the weighted
sum including it may leave remainder 0-3; the second digit is computed over the actual first).

>>> validate('151086 95088')
'15108695088'
>>> is_valid('15108695077')
False
>>> kind('41018036736'), kind('01418036725'), kind('01818036708')
('d', 'h', 'synthetic')
>>> format('15108695088')
'151086 95088'
"""

from __future__ import annotations

import datetime

from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from stdnum.exceptions import ValidationError
from stdnum.no import fodselsnummer as _std

compact = _std.compact
format = _std.format

_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)
_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def kind(number: str) -> str:
    """Which kind of number: ``fnr``, ``d``, ``h``, ``synthetic`` or ``fh``."""
    return _kind(compact(number))


def _kind(number: str) -> str:
    if number[0] in "89":
        return "fh"
    if int(number[0]) >= 4:
        return "d"
    month = int(number[2:4])
    if month > 80:
        return "synthetic"
    if month > 40:
        return "h"
    return "fnr"


def checksum_rule(number: str) -> str | None:
    """``classic``, ``2032`` (first remainder 1-3) or None when the control digits fail."""
    return _checksum_rule(compact(number))


def _checksum_rule(number: str) -> str | None:
    digits = [int(c) for c in number]
    if sum(w * d for w, d in zip(_W2, digits)) % 11:
        return None
    rest = sum(w * d for w, d in zip(_W1, digits)) % 11
    if rest == 0:
        return "classic"
    return "2032" if rest <= 3 else None


def birth_date(number: str) -> datetime.date | None:
    """The birth date (None for FH-numbers); raises InvalidComponent when impossible."""
    return _birth_date(compact(number))


def _birth_date(number: str) -> datetime.date | None:
    k = _kind(number)
    if k == "fh":
        return None
    day, month, year = int(number[0:2]), int(number[2:4]), int(number[4:6])
    individual = int(number[6:9])
    day -= 40 if k == "d" else 0
    month -= {"h": 40, "synthetic": 80}.get(k, 0)
    if individual < 500:
        year += 1900
    elif individual < 750 and year >= 54:
        year += 1800
    elif year < 40:
        year += 2000
    elif individual >= 900:
        year += 1900
    else:
        raise InvalidComponent()
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise InvalidComponent() from None


def validate(number: str) -> str:
    """Return the compact number or raise a stdnum ValidationError."""
    number = compact(number)
    if len(number) != 11:
        raise InvalidLength()
    if not number.isdigit() or not number.isascii():
        raise InvalidFormat()
    if _checksum_rule(number) is None:
        raise InvalidChecksum()
    born = _birth_date(number)
    if born is not None and born > datetime.date.today():
        raise InvalidComponent()
    return number


def details(number: str) -> tuple[str, str] | None:
    """``(kind, checksum rule)`` of a valid number, None of an invalid one (one pass).

    >>> details('15108695088'), details('15108695077')
    (('fnr', 'classic'), None)
    """
    try:
        number = validate(number)
    except ValidationError:
        return None
    return _kind(number), _checksum_rule(number)


def is_valid(number: str) -> bool:
    """Whether the number passes :func:`validate`."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False
