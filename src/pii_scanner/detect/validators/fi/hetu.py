"""Finnish henkilötunnus, incl. the 2023 century signs (``YXWVU`` 1900s, ``BCDEF`` 2000s).

Re-exports :mod:`stdnum.fi.hetu`, which knows the new signs; temporary numbers (900-999)
are accepted since they identify people too.

>>> validate('231268-516P')
'231268-516P'
>>> is_valid('231268-516A')
False
>>> format('010594Y9021')
'010594Y9021'
"""

from __future__ import annotations

from stdnum.exceptions import ValidationError
from stdnum.fi import hetu as _std

compact = _std.compact
format = _std.format


def validate(number: str) -> str:
    """Return the compact code or raise a stdnum ValidationError."""
    return _std.validate(number, allow_temporary=True)


def is_valid(number: str) -> bool:
    """Whether the number passes :func:`validate`."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False
