"""Repairs for letters tesseract reads inside numbers, and digits inside IBAN country codes.

1. A word of digits with an ``O``/``o`` for ``0`` or an ``l``/``I``/``|`` for ``1``
   (``2O24``, ``9l 23 45 67``): the letters become digits when the word has at least
   ``MIN_DIGITS`` digits and no other letters.
2. An IBAN whose country code or check digits were read the other way round (``N048 3743
   8053 507``, ``NO6O 3233 8140 648``, ``Fl43 ...`` with an ``l`` for the ``I``, ``SEQ8 ...``
   with a ``Q`` for the ``0``, ``NOLL ...`` with ``L`` for ``1``): the swap is kept only when the repaired IBAN passes
   its mod-97 check and the text as read did not; a run that starts with four digits (a
   card number) is never read as an IBAN.

3. ``nr`` (number) read as ``nn`` at the end of a label (``Org.nn:``, ``CPR-nn:``): without
   its label an organisation number or CPR number is just digits.

5. A Finnish personal identity code whose check character was read as a look-alike
   (``271175-183)`` for ``271175-183J``): the look-alike is replaced only when the code
   as read fails its mod-31 check and exactly one replacement passes it.

Every repair keeps the text's length, so word boxes (character spans) stay valid.

4. A space between digit groups that the engine dropped (``55749350 9186 4902`` for a card
   printed ``5574 9350 9186 4902`` in a condensed font): :func:`split_digit_groups` splits
   a run of digits where its characters' centres step much further than elsewhere in it
   (UI fonts print digits at one width, so only a space makes a wider step).
6. A space the engine read inside an identifier (``194003 16-3484`` for ``19400316-3484``;
   ``936599 65125`` for an account printed ``9365.99.65125`` whose dots were lost):
   :func:`joined_id` says when two words are one fødselsnummer, bank account or personnummer
   with valid check digits (``ocr_repair.join_numbers`` joins them).
7. Separators read as one another (``+46 73.053 3195``, ``9365.99 65125``):
   :func:`fix_separators`, kept only when the repaired number validates.
8. A passport's MRZ line 2 read in pieces (``FK95286 832NOR8808109M33100 78<<<...06``) or
   with a digit in its nationality (``N0R``): :func:`mrz_line` gives the line joined, the
   nationality's look-alike digits as letters, only when its check digits pass
   (``ocr_repair.join_mrz`` joins the words).
9. A question mark after a Norwegian mobile number at a line's end read as ``7``
   (``+47 497711407``, ``454 69 3257``): :func:`fix_separators` puts the ``?`` back where
   the number has one digit too many, with ``+47`` before it or in its printed groups.
10. A letter read for a digit in a date's day or month printed with spaces, as identity
   cards print a birth date (``24 O1 1981`` for ``24 01 1981``; round 34F):
   :func:`fix_date_letters`, kept when day and month are a real day and month.
"""

from __future__ import annotations

import re

from stdnum import iban
from stdnum.fi import hetu
from stdnum.no import fodselsnummer, kontonr
from stdnum.se import personnummer

from pii_scanner.extract.boxes import union

MIN_DIGITS = 3
_TO_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})
_TO_LETTER = str.maketrans({"0": "O", "1": "I", "l": "I", "|": "I", "5": "S", "8": "B", "2": "Z",
                            "$": "S"})
_CHECK_TO_DIGIT = str.maketrans({"O": "0", "o": "0", "Q": "0", "D": "0", "l": "1", "I": "1", "L": "1", "S": "5",
                                 "B": "8", "Z": "2"})
_NUMBER_WORD = re.compile(r"^[+(]?[0-9OolI|][0-9OolI|.,:/()-]*$")
#: an IBAN as printed: two letters, two check digits, groups of up to four (spaces optional)
_IBAN = re.compile(r"(?<![\w|$])([A-Z0-9$][A-Z0-9l|])([0-9OIlLSBZQD]{2})"
                   r"((?: ?[0-9A-Z]{4}){2,7}(?: ?[0-9A-Z]{1,3})?)(?![\w])")


_NN_LABEL = re.compile(r"^([A-Za-zÆØÅæøå]{2,}[.-])nn([.:]{0,2})$")


#: a hetu's shape with any last character: birth date, century sign, individual number, check
_HETU_SHAPE = re.compile(r"^\d{6}[-+A-FU-Ya-fu-y]\d{3}\S$")
#: check characters and the characters tesseract reads for them; never a digit read for a
#: letter: ``280776-3168`` is a Swedish or Danish number, not a misread hetu
_HETU_LOOKALIKES = {")": "J", "]": "J", "}": "J", "j": "J", "|": "1J", "l": "1", "I": "1",
                    "O": "0", "o": "0", "S": "5", "B": "8", "U": "V", "V": "UY",
                    "Y": "V", "N": "H", "H": "NK", "K": "H", "R": "P", "P": "R", "E": "F", "F": "E"}


def fix_hetu_check(text: str) -> str:
    """``text`` with a hetu's check character read as a look-alike put right (see 5. above)."""
    if not _HETU_SHAPE.match(text) or hetu.is_valid(text):
        return text
    fixed = [text[:-1] + c for c in _HETU_LOOKALIKES.get(text[-1], "") if hetu.is_valid(text[:-1] + c)]
    return fixed[0] if len(fixed) == 1 else text


def fix_number_word(text: str) -> str:
    """``text`` with ``O``/``l`` read for ``0``/``1`` put right, if it is a number, or with
    ``nn`` read for ``nr`` put right, if it is a number's label, or with a hetu's check
    character put right."""
    if len(text) == 11 and (fixed := fix_hetu_check(text)) != text:
        return fixed
    if text.endswith(("nn", "nn:", "nn.", "nn.:")):
        return _NN_LABEL.sub(r"\1nr\2", text)
    if not _NUMBER_WORD.match(text) or sum(c.isdigit() for c in text) < MIN_DIGITS:
        return text
    return text.translate(_TO_DIGIT)


def fix_ibans(text: str) -> str:
    """``text`` with IBANs whose country code or check digits were misread put right."""
    def repl(m: re.Match) -> str:
        raw = m.group(0)
        if not any(c.isalpha() for c in raw[:4]) or iban.is_valid(raw):  # all digits: a card, not an IBAN
            return raw
        fixed = m.group(1).translate(_TO_LETTER) + m.group(2).translate(_CHECK_TO_DIGIT) + m.group(3)
        return fixed if fixed != raw and fixed[:2].isalpha() and iban.is_valid(fixed) else raw

    return _IBAN.sub(repl, text)


#: a step between digit centres this many times the run's median step is a space
GROUP_STEP = 1.3
#: ... when the steps either side of it are ordinary (at least this share of the median):
#: a character box the engine placed off-centre makes a short step next to a long one
STEADY = 0.8
MIN_RUN = 6  # shorter runs are left alone
MIN_GROUP = 2
_DIGITS = re.compile(r"^\d+$")


def split_digit_groups(text: str, symbols: list[tuple[int, int, int, int]]) -> list[tuple[str, tuple[int, int, int, int]]]:
    """``text`` (a word) as ``(part, box)`` pairs, split where its ``symbols`` (one box per
    character, in reading order) show a space the engine dropped; ``[]`` when it is not a
    digit run of at least ``MIN_RUN`` characters or shows no such space."""
    if len(text) < MIN_RUN or len(symbols) != len(text) or not _DIGITS.match(text):
        return []
    centres = [(b[0] + b[2]) / 2 for b in symbols]
    steps = [b - a for a, b in zip(centres, centres[1:])]
    typical = sorted(steps)[len(steps) // 2]
    if typical <= 0:
        return []
    # a cut leaves groups of at least MIN_GROUP digits (no grouping of cards, phones or IDs
    # writes one digit alone; an off-centre first or last box is no space: '6 0994381')
    cuts = [i + 1 for i, d in enumerate(steps) if d > GROUP_STEP * typical
            and MIN_GROUP <= i + 1 <= len(text) - MIN_GROUP
            and all(n >= STEADY * typical for n in steps[max(0, i - 1):i] + steps[i + 1:i + 2])]
    if not cuts:
        return []
    return [(text[a:b], union(symbols[a:b])) for a, b in zip([0, *cuts], [*cuts, len(text)])]


# 6./7. Identifiers the engine cut with a space, and separators read as one another. Only a
# form that passes its check digits is kept, so a cut between two numbers stays a cut.

#: a word that can be part of an identifier: digits with at most dots or one dash among them
_ID_PART = re.compile(r"^\d[\d.]*(?:[-+]\d+)?$|^[-+]\d+$")
_FNR = re.compile(r"^\d{6}-?\d{5}$")
_KONTO = re.compile(r"^\d{4}\.\d{2}\.\d{5}$|^\d{11}$")
_PNR12 = re.compile(r"^(?:18|19|20)\d{6}[-+]?\d{4}$")
_PNR10 = re.compile(r"^\d{6}[-+]\d{4}$")


def joined_id(left: str, right: str) -> str | None:
    """``left`` and ``right`` (two words, the engine's space between them) as one identifier
    when joined they are a fødselsnummer, a Norwegian bank account or a Swedish personnummer
    with valid check digits that the two as read are not (``194003 16-3484`` for
    ``19400316-3484``, ``936599 65125`` for an account printed ``9365.99.65125`` whose
    dots were lost); else None. A fødselsnummer cut after its birth date (``010472 49089``)
    is a way to write one, and is left as it is. Punctuation after ``right`` (a sentence's
    comma or full stop: ``personnummer 19461 225-0540,``) is kept after the identifier."""
    end = len(right.rstrip(_AFTER))
    if not (_ID_PART.match(left) and _ID_PART.match(right[:end])):
        return None
    joined = left + right[:end]
    return joined + right[end:] if _valid_id(joined, left) else None


def spaced_id(digits: str) -> str | None:
    """``digits`` (a number read from letter-spaced words, ``ocr_spaced_digits.py``) when it
    is a fødselsnummer, a Norwegian bank account or a Swedish personnummer (ten or twelve
    digits) with valid check digits; else None."""
    if not digits.isdigit():
        return None
    if len(digits) == 11 and (fodselsnummer.is_valid(digits) or kontonr.is_valid(digits)):
        return digits
    if len(digits) == 12 and _PNR12.match(digits) and personnummer.is_valid(digits):
        return digits
    return digits if len(digits) == 10 and personnummer.is_valid(digits) else None


#: punctuation that may follow an identifier in running text
_AFTER = ",.;:)"


def _valid_id(joined: str, left: str) -> bool:
    """``joined`` is one of :func:`joined_id`'s identifiers with valid check digits."""
    digits = re.sub(r"[.+-]", "", joined)
    if len(digits) == 11 and "." not in joined:
        if _FNR.match(joined) and len(re.sub(r"\D", "", left)) != 6 and fodselsnummer.is_valid(digits):
            return True
    if len(digits) == 11 and _KONTO.match(joined) and kontonr.is_valid(digits) \
            and not fodselsnummer.is_valid(digits):
        return True
    if len(digits) == 12 and _PNR12.match(joined) and personnummer.is_valid(digits):
        return True
    return len(digits) == 10 and bool(_PNR10.match(joined)) and personnummer.is_valid(joined)


#: a phone number with its country code, digit groups separated by spaces or dots
_PHONE_GROUPS = re.compile(r"(?<![\w+.])\+\d{2,3}(?: \d{1,4}| ?[.]\d{1,4})(?:[ .]\d{1,4}){1,4}(?!\w|\.\d)")
#: a bank account in its 4.2.5 form with a space read for one of its dots, or the reverse
_KONTO_MIXED = re.compile(r"(?<![\w.])\d{4}([. ])\d{2}([. ])\d{5}(?![\w]|\.\d)")


def fix_separators(text: str) -> str:
    """``text`` with separators the engine read as one another put right: a ``.`` for a
    space between a phone number's digit groups (``+46 73.053 3195``), kept when the number
    with spaces is a valid phone number; in a bank account's ``4.2.5`` form, a space for a
    dot (``9365.99 65125``), kept when its check digit holds. Lengths are kept."""
    if "+" in text:
        text = _PHONE_GROUPS.sub(_phone_spaces, text)
    if "7" in text:
        text = _PHONE_QUESTION.sub(r"\1?", text)
    return _KONTO_MIXED.sub(_konto_dots, text)


#: a question mark after a phone number at a line's end read as ``7`` (``Kan du ringe meg på
#: +47 497711407``, ``454 69 3257``): a Norwegian mobile number (4 or 9 and seven digits)
#: has no ninth digit, so the ``7`` after one with ``+47`` before it or in its printed
#: groups (3-2-3, 2-2-2-2; never nine digits alone: an organisation number) is the '?'
_PHONE_QUESTION = re.compile(r"(?<![\w+.,-])(\+47[ ]?[49]\d{7}|(?:\+47[ ]?)?(?:[49]\d{2} \d{2} \d{3}"
                             r"|[49]\d \d{2} \d{2} \d{2}))7(?=[ \t]*(?:\n|$))")


def _phone_spaces(m: re.Match) -> str:
    raw = m.group(0)
    groups = raw.split(" ", 1)[1] if raw[3:4] == " " or raw[4:5] == " " else raw
    if "." not in groups or " " not in groups.strip():
        return raw  # one kind of separator between the groups is how it was printed
    fixed = raw.replace(".", " ")
    try:
        import phonenumbers

        ok = phonenumbers.is_valid_number(phonenumbers.parse(fixed, None))
    except Exception:
        return raw
    return fixed if ok else raw


def _konto_dots(m: re.Match) -> str:
    raw = m.group(0)
    if m.group(1) == m.group(2):
        return raw
    fixed = raw.replace(" ", ".")
    return fixed if kontonr.is_valid(fixed.replace(".", "")) else raw


#: a TD3 line 2 as read, its spaces gone: 44 characters, its filler run of '<' at the end
_MRZ_SHAPE = re.compile(r"^[A-Z0-9<]{9}[0-9][A-Z0-9<]{3}[0-9]{7}[MFX<][0-9]{7}[A-Z0-9<]{14}[0-9<][0-9<]$")


def mrz_line(pieces: list[str]) -> str | None:
    """The words of one OCR line as one passport MRZ line 2 (44 characters), with a digit
    read in the three-letter nationality turned into its letter (``N0R``); ``None`` unless
    the line has that shape and its check digits pass (``validators.mrz``; the composite one
    may fail where the three fields' own pass)."""
    from pii_scanner.detect.validators import mrz

    line = "".join(pieces)
    if len(line) != 44 or "<<" not in line:
        return None
    line = line[:10] + line[10:13].translate(_TO_LETTER) + line[13:]
    if not _MRZ_SHAPE.match(line):
        return None
    # (round 36D: the document number's, birth date's and expiry date's check digits passing
    # are enough, 1 in 1000 by chance; the optional field's fillers and the composite digit
    # at the line's end are where a scan misreads most, '<<<<<<<<<<<<<<90' for '...<00')
    fields = ((line[0:9], line[9]), (line[13:19], line[19]), (line[21:27], line[27]))
    return line if mrz.is_valid(line) or all(mrz.calc_check_digit(f) == d for f, d in fields) else None


#: a date printed day, month, year with spaces (ICAO 9303's 'DD MM YYYY') with ``O``/``o`` or
#: ``I``/``l`` read for a digit of its day or month: the year's four digits read right
_SPACED_DATE = re.compile(r"(?<![\w.,:/-])([0-3OoIl][0-9OoIl])[ ]([01OoIl][0-9OoIl])[ ]((?:19|20)\d{2})"
                          r"(?![\w]|[ ]?\d|[.,/-]\d)")
_DATE_LETTERS = frozenset("OoIl")


def fix_date_letters(text: str) -> str:
    """``text`` with look-alike letters in a spaced date's day or month put right (see 10.
    above): each of day and month keeps a digit as read, and the repaired day and month must
    be a day of the month and a month. Lengths are kept."""
    if not _DATE_LETTERS.intersection(text):
        return text
    return _SPACED_DATE.sub(_date_digits, text)


def _date_digits(m: re.Match) -> str:
    raw, day, month = m.group(0), m.group(1), m.group(2)
    if not _DATE_LETTERS.intersection(day + month) or not any(c.isdigit() for c in day) \
            or not any(c.isdigit() for c in month):
        return raw
    day, month = int(day.translate(_TO_DIGIT)), int(month.translate(_TO_DIGIT))
    return raw.translate(_TO_DIGIT) if 1 <= day <= 31 and 1 <= month <= 12 else raw
