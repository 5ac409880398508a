"""The space between a street's name and its house number, lost by OCR.

Tesseract often drops the space before a short number after a long word in small or
condensed type (``Bagervej1``, ``Stationsgatan4``, ``Lundehusvej243`` for ``Bagervej 1``,
``Stationsgatan 4``, ``Lundehusvej 243``): glued to its number the street is no address to
any pattern. :func:`split_house_numbers` cuts such a word in two, each part with its share
of the box. Only a capitalised word of letters that ends in a Nordic street word (the
street recognizer's ``STREET_WORDS``) and then one to four digits, maybe a house letter:
a product code or a user name (``Storage2``, ``kari85``) keeps its digits.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar


class _Word(Protocol):
    text: str
    bbox: tuple[int, int, int, int]


W = TypeVar("W", bound=_Word)

#: a street word is only part of the name: this many letters at least before the number
MIN_LETTERS = 5


@functools.cache
def _glued() -> re.Pattern[str]:
    from pii_scanner.detect.recognizers.generic.street_address import STREET_WORDS

    words = sorted((w for w in STREET_WORDS if w.isalpha()), key=len, reverse=True)
    return re.compile(r"^(\w*[^\W\d_](?:" + "|".join(map(re.escape, words)) + r"))(\d{1,4}[A-Za-z]?)([,.]?)$")


def split_house_number(text: str) -> tuple[str, str] | None:
    """``(street, number)`` when ``text`` is a street word glued to its house number, else None.

    >>> split_house_number("Bagervej1"), split_house_number("Lundehusvej243,")
    (('Bagervej', '1'), ('Lundehusvej', '243,'))
    >>> split_house_number("Storage2"), split_house_number("bagervej1"), split_house_number("Vej1")
    (None, None, None)
    """
    if not text[:1].isupper():
        return None
    m = _glued().match(text)
    if m is None or len(m[1]) < MIN_LETTERS or not m[1].isalpha():
        return None
    return m[1], m[2] + m[3]


def split_house_numbers(words: Sequence[W]) -> list[W]:
    """``words`` with each street word glued to its number (:func:`split_house_number`) cut
    in two words, the box divided by the share of the characters (the number's word starts
    where the street's ends)."""
    return split_words(words, split_house_number)


def split_words(words: Sequence[W], split) -> list[W]:
    """``words`` with each capitalised word that ``split`` cuts (a pair of texts, or None)
    replaced by its two parts, the box divided by the share of the characters (the second
    part starts where the first ends)."""
    out: list[W] = []
    for w in words:
        parts = split(w.text) if w.text[:1].isupper() else None
        if parts is None:
            out.append(w)
            continue
        first, second = parts
        x0, y0, x1, y1 = w.bbox
        cut = x0 + (x1 - x0) * len(first) // len(w.text)
        out.append(replace(w, text=first, bbox=(x0, y0, cut, y1)))
        out.append(replace(w, text=second, bbox=(cut + 1, y0, x1, y1)))
    return out
