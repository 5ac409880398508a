"""Danish CPR-nummer; wraps :mod:`stdnum.dk.cpr` and reports whether the old mod-11 holds.

Since October 2007 new CPR numbers need not satisfy mod 11, so a date-valid number is
valid; :func:`has_mod11` lets the recognizer demand context when it fails.

>>> validate('040964-3552')
'0409643552'
>>> is_valid('320164-3552')
False
>>> has_mod11('0409643552')
False
>>> format('0409643552')
'040964-3552'
"""

from __future__ import annotations

from stdnum.dk.cpr import checksum, compact, format, is_valid, validate

__all__ = ["compact", "validate", "is_valid", "format", "has_mod11"]


def has_mod11(number: str) -> bool:
    """Whether the pre-2007 mod-11 check holds (a strong sign it is a CPR number)."""
    return checksum(compact(number)) == 0
