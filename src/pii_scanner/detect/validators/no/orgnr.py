"""Norwegian organisasjonsnummer (9 digits, mod 11); re-exports :mod:`stdnum.no.orgnr`.

>>> validate('991 585 737')
'991585737'
>>> is_valid('991585738')
False
>>> format('991585737')
'991 585 737'
"""

from __future__ import annotations

from stdnum.no.orgnr import compact, format, is_valid, validate

__all__ = ["compact", "validate", "is_valid", "format", "is_plausible"]


def is_plausible(number: str) -> bool:
    """Valid and starting with 8 or 9, as every organisation number issued so far does.

    >>> is_plausible('991585737'), is_plausible('123456785')
    (True, False)
    """
    number = compact(number)
    return number[:1] in ("8", "9") and is_valid(number)
