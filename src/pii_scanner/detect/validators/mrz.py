"""ICAO 9303 machine-readable zone: check digits (weights 7-3-1) and the TD3 passport line 2.

>>> calc_check_digit('L898902C3')
'6'
>>> is_valid('L898902C36UTO7408122F1204159ZE184226B<<<<<10')
True
>>> is_valid('L898902C37UTO7408122F1204159ZE184226B<<<<<10')
False
>>> format('l898902c36uto7408122f1204159ze184226b<<<<<10')[:10]
'L898902C36'
"""

from __future__ import annotations

from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength, ValidationError

_WEIGHTS = (7, 3, 1)


def _value(char: str) -> int:
    if char == "<":
        return 0
    if char.isdigit():
        return int(char)
    if "A" <= char <= "Z":
        return ord(char) - ord("A") + 10
    raise InvalidFormat()


def calc_check_digit(field: str) -> str:
    """The ICAO check digit of one field."""
    return str(sum(_WEIGHTS[i % 3] * _value(c) for i, c in enumerate(field)) % 10)


def compact(line: str) -> str:
    """Upper-case and strip spaces."""
    return "".join(line.split()).upper()


def validate(line: str) -> str:
    """Check a TD3 line 2 (44 chars): document number, birth date, expiry and composite digits."""
    line = compact(line)
    if len(line) != 44:
        raise InvalidLength()
    checks = ((line[0:9], line[9]), (line[13:19], line[19]), (line[21:27], line[27]))
    for field, digit in checks:
        if calc_check_digit(field) != digit:
            raise InvalidChecksum()
    composite = line[0:10] + line[13:20] + line[21:43]
    if line[43] != "<" and calc_check_digit(composite) != line[43]:
        raise InvalidChecksum()
    return line


def is_valid(line: str) -> bool:
    """Whether the line passes :func:`validate`."""
    try:
        return bool(validate(line))
    except ValidationError:
        return False


def format(line: str) -> str:
    """The compact, upper-case line."""
    return compact(line)


def document_number_span(line: str) -> tuple[int, int]:
    """Offsets of the document number (without filler) inside a compact line 2."""
    number = line[0:9].rstrip("<")
    return 0, len(number)
