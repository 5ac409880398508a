"""A run in a list's row, and the rows that only look like one: a menu's items and the cells
under an invoice's goods column.

The list cue: a run opening its row after a bullet or nothing, and a list's separator after it
(``- Kari Nordmann, Oslo``, ``Kari<TAB>41234567``, ``Ola (IT)``). A screenshot's side bar or
button bar holds one word per row or cell (``Oversikt``, ``Lån``, ``Nettbank``:
:func:`menu_item`), and a tab-separated invoice's goods column holds the words of goods and
services (``Licens`` under ``Beskrivelse``: :func:`item_column`): neither is a list of names.
"""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import gazetteers
from pii_scanner.detect.context import column_header, line_bounds
from pii_scanner.detect.cue_words import ITEM_COLUMNS

#: what may stand before a list row's run: a bullet, a number's, or nothing
_BULLET = lazy_compile(r"^[\s>]*(?:[-*•·–]|\d{1,3}[.)])?\s*$")
#: what follows a list row's run: a ',', '(', a tab, the line's end or a dash between spaces
_AFTER_LIST = lazy_compile(r"^\s*(?:[,(\t]|$|\s[-–]\s)")

#: a row of a menu or button bar: one capitalised word (a bullet before it allowed), alone
#: in its row or in the row's first cell
_ITEM_WORD = lazy_compile(r"^[\s>*•·–-]*(\p{Lu}[\p{Ll}]+(?:-\p{L}+)?)\s*$")
#: rows looked at above and below a row (blank lines skipped), and how many of them must
#: be words for the row to be a menu's (or all of those on one side)
MENU_REACH, MENU_WORDS = 2, 3


def menu_item(text: str, line_start: int, line_end: int, start: int, end: int) -> bool:
    """Whether the one-word run ``text[start:end]`` that opens its row is an item of a menu
    (a screenshot's side bar: 'Oversikt', 'Lån', 'Nettbank', 'Lisens' one per row): of the
    rows next to it (``MENU_REACH`` rows above and below, blank lines skipped), at least
    ``MENU_WORDS``, or all those on one side, hold one capitalised word, in the row or in its
    first cell, that no name list knows; or its own row is a menu bar (``MENU_WORDS`` cells
    after it or more, each such a word). A list of names has names for neighbours ('Kari',
    'Ola', 'Steinar' one per row; 'Kari Hansen'); a form with its labels above its values
    has a label and a value on each side of a value; a menu has words all round, so its rows
    are no list cue for a word that is also a rare name."""
    if " " in text[start:end]:
        return False  # a run of two words or more ('Kari Hansen') is no menu's item
    first, surnames = gazetteers.first_names(), gazetteers.surnames()

    def word_item(a: int, b: int) -> bool:
        return word(text[a:b].lstrip(" \t").split("\t", 1)[0])

    def word(cell: str) -> bool:
        m = _ITEM_WORD.match(cell)
        if m is None:
            return False
        key = gazetteers.fold(m.group(1).lower())
        return key not in first and key not in surnames

    # a menu bar read as one row: the run's row holds nothing but such words, in cells
    cells = [c.strip() for c in text[end:line_end].split("\t")[1:]]
    if len(cells) >= MENU_WORDS and all(map(word, cells)):
        return True

    above: list[bool] = []
    pos = line_start - 1
    while pos > 0 and len(above) < MENU_REACH:
        a = text.rfind("\n", 0, pos) + 1
        if text[a:pos].strip():
            above.append(word_item(a, pos))
        pos = a - 1
    below: list[bool] = []
    pos = line_end + 1
    while pos < len(text) and len(below) < MENU_REACH:
        b = text.find("\n", pos)
        b = len(text) if b == -1 else b
        if text[pos:b].strip():
            below.append(word_item(pos, b))
        pos = b + 1
    return sum(above) + sum(below) >= MENU_WORDS or any(
        len(side) == MENU_REACH and all(side) for side in (above, below))


def item_column(text: str, start: int) -> bool:
    """Whether the cell at ``start`` stands in a tab-separated table's column headed by a
    goods-or-services word (:data:`ITEM_COLUMNS`: 'Beskrivelse', 'Vare', 'Item')."""
    line_start, line_end = line_bounds(text, start, start)
    if "\t" not in text[line_start:line_end]:
        return False
    return column_header(text, start).strip(" :").lower() in ITEM_COLUMNS


def list_row_after(after: str) -> bool:
    """_AFTER_LIST.match(after): spaces, then a ',', '(', a tab, the line's end or a dash
    between spaces; so after the spaces (at most 8 looked at) one of ',(-–', or a tab in them."""
    head = after[:8]
    rest = head.lstrip()
    return (not rest or rest[0] in ",(-–" or "\t" in head) and _AFTER_LIST.match(after) is not None


def list_row(text: str, line_start: int, line_end: int, start: int, end: int, before: str) -> bool:
    """Whether the run ``text[start:end]`` that a list's separator follows
    (:func:`list_row_after`) opens a list's row on the line ``[line_start, line_end)``: a
    bullet or nothing ``before`` it, and the row no menu's item nor a goods column's cell."""
    return _BULLET.match(before) is not None \
        and not menu_item(text, line_start, line_end, start, end) \
        and not item_column(text, start)
