"""Payment card numbers: 13-19 digits, Luhn, a known issuer prefix and a length that issuer
uses; wraps :mod:`stdnum.luhn`.

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

#: IIN prefixes of the card schemes seen in the Nordics and the lengths each issues: Visa
#: 13/16/19, Mastercard 16, Amex 15, Diners 14/16, Discover, JCB, UnionPay and Maestro 16-19.
#: A 13-digit number starting '57' (a Danish EAN) is no card whatever its Luhn digit.
_LENGTHS = {
    **dict.fromkeys(("4",), (13, 16, 19)),
    **dict.fromkeys(("51", "52", "53", "54", "55", "22", "23", "24", "25", "26", "27"), (16,)),
    **dict.fromkeys(("34", "37"), (15,)),
    **dict.fromkeys(("36", "30", "38", "39"), (14, 16)),
    **dict.fromkeys(("6011", "64", "65", "35", "62", "6", "50", "56", "57", "58"), (16, 17, 18, 19)),
}
_PREFIXES = tuple(sorted(_LENGTHS, key=len, reverse=True))  # longest first
#: Schemes still in circulation or in test data but rare enough that a bare number of their
#: shape is more often something else: 12-digit Maestro and 15-digit legacy JCB ('1800',
#: '2131'). :func:`is_rare_card` accepts them; the recognizer wants a card word near.
_RARE = {
    **dict.fromkeys(("5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763"), 12),
    **dict.fromkeys(("1800", "2131"), 15),
}


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
    prefix = next((p for p in _PREFIXES if number.startswith(p)), None)
    if prefix is None:
        raise InvalidComponent()
    if len(number) not in _LENGTHS[prefix]:
        raise InvalidLength()
    if len(set(number)) == 1:
        raise InvalidComponent()
    return _luhn.validate(number)


def is_rare_card(number: str) -> bool:
    """Whether the number is a Luhn-valid 12-digit Maestro or 15-digit legacy JCB number.

    >>> is_rare_card('5038 5347 0857'), is_rare_card('2131 3463 0956 548')
    (True, True)
    >>> is_rare_card('5038 5347 0858'), is_rare_card('4786 2246 6176 1195')
    (False, False)
    """
    number = compact(number)
    if not (number.isdigit() and number.isascii()) or _RARE.get(number[:4]) != len(number):
        return False
    return _luhn.is_valid(number)


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
