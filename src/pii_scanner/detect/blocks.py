"""Layouts that say what a bare value is where no label word does.

A contact list read as rows (``Kari Nordmann<TAB>41234567<TAB>Aktiv``): a row that opens with
a person's name and holds a number in a cell of its own (:func:`contact_row`). The
recognizers decide what else the value must be (a valid mobile number); these functions only
read the layout.
"""

from __future__ import annotations

import regex

from pii_scanner.detect import gazetteers
from pii_scanner.detect.common_words import common_words

#: a gap between two cells of a row: a tab, two spaces or more, or a pipe
_GAP = regex.compile(r"[ ]*\t[ \t]*|[ ]{2,}|[ ]*\|[ ]*")
#: what may open a row before its first cell: spaces, a reply's quote marks, a bullet (OCR
#: reads a round bullet as '*', '«' or '°'), a table's opening pipe
_ROW_LEAD = regex.compile(r"[ \t>]*(?:[*•·«»°◦▪‣–|\-][ \t]*)?")
#: a person's name as a list writes it: two to four capitalised words, a hyphen allowed
_NAME_WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
_NAME = regex.compile(_NAME_WORD + r"(?:[ ]" + _NAME_WORD + r"){1,3}")
#: a gap before the value, and one after it or the line's end
_GAP_BEFORE = regex.compile(r"(?:\t|[ ]{2}|\|)[ ]*$")
_GAP_AFTER = regex.compile(r"[ ]*(?:$|\t|\|)|[ ]{2}")


def _line_at(text: str, pos: int) -> tuple[int, int]:
    """``(start, end)`` of the line holding ``pos``."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end == -1 else end


def first_cell(text: str, line_start: int, line_end: int) -> tuple[int, int]:
    """``(start, end)`` of a row's first cell: after its lead (spaces, quote marks, a bullet),
    up to the first gap (a tab, two spaces, a pipe) or the line's end."""
    start = _ROW_LEAD.match(text, line_start, line_end).end()
    gap = _GAP.search(text, start, line_end)
    end = gap.start() if gap is not None else line_end
    while end > start and text[end - 1] in " \r":
        end -= 1
    return start, end


def person_cell(cell: str) -> bool:
    """Whether ``cell`` is a person's name: a listed first name and one to three more
    capitalised words, none of them a common word but a listed surname; a first name that is
    a common word too ('Per', 'Mai') needs a listed surname after it.

    >>> person_cell("Kari Nordmann"), person_cell("Kari"), person_cell("Mai Status")
    (True, False, False)
    """
    if _NAME.fullmatch(cell) is None:
        return False
    words = [gazetteers.fold(w.lower()) for w in cell.split(" ")]
    surnames, common = gazetteers.surnames(), common_words()
    if words[0] not in gazetteers.first_names() or words[0] in common and words[1] not in surnames:
        return False
    return all(w in surnames or not set(w.split("-")) & common for w in words[1:])


def contact_row(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a cell of its own (a gap before it, a gap or the line's
    end after it) in a row whose first cell is a person's name (:func:`person_cell`).

    >>> contact_row("Kari Nordmann\\t41234567\\tAktiv", 14, 22)
    True
    >>> contact_row("Kari Nordmann 41234567", 14, 22), contact_row("Kari\\t41234567", 5, 13)
    (False, False)
    """
    line_start, line_end = _line_at(text, start)
    if _GAP_BEFORE.search(text, line_start, start) is None \
            or _GAP_AFTER.match(text, end, line_end) is None:
        return False
    cell_start, cell_end = first_cell(text, line_start, line_end)
    return cell_end < start and person_cell(text[cell_start:cell_end])


def rows_above(text: str, line_start: int, max_rows: int = 8) -> str:
    """The lines right above the one at ``line_start`` up to a blank line (a list's heading
    and earlier rows), at most ``max_rows``."""
    top = line_start
    for _ in range(max_rows):
        if top == 0:
            break
        prev = text.rfind("\n", 0, top - 1) + 1
        if not text[prev:top - 1].strip(" \t>\r"):
            break
        top = prev
    return text[top:line_start]
