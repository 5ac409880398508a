"""IBAN (any country, mod 97 plus the country's BBAN format); re-exports :mod:`stdnum.iban`.

>>> validate('NO71 8601 8897 646')
'NO7186018897646'
>>> validate('NO71\\n8601 8897 646')  # wrapped after the check digits
'NO7186018897646'
>>> is_valid('NO72 8601 8897 646')
False
>>> format('GB07NWBK98088923937227')
'GB07 NWBK 9808 8923 9372 27'
"""

from __future__ import annotations

from stdnum.exceptions import ValidationError
from stdnum.iban import compact, format
from stdnum.iban import validate as _validate

__all__ = ["compact", "validate", "is_valid", "format"]


def validate(number: str) -> str:
    """Return the compact IBAN or raise; the country's own check (e.g. kontonr) is not required.
    Any whitespace between groups counts as a space (a line break where text was wrapped)."""
    return _validate(" ".join(number.split()), check_country=False)


def is_valid(number: str) -> bool:
    """Whether the number passes :func:`validate`."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False
