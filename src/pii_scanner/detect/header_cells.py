"""A table's header cells: labels, not names (round 31E).

``Asiakasnro,HETU,Tila`` over ``77713,120406A125J,aktiivinen``, ``Kundenr;CPR;Status``,
``| Lejer | Lejlighed |`` over ``|---|---|``: a word that is a whole cell of a header row is the
column's label, though a name list holds it ('Tila', a Finnish surname and 'status') or the
model reads a person in an unknown word at a row's start. A header row is a line of two cells
or more split by ``,``, ``;``, a tab or ``|``, with no digit in it but a label's number at
a cell's end (``Address Line 1``), over a row (a Markdown separator ``|---|`` skipped) of as
many cells with a digit in one of them at least; round 35G: under a tab-split header, of two
cells or more but fewer (OCR writes no tab for an empty cell:
``Art<TAB>Benämning<TAB>Antal<TAB>A-pris<TAB>Belopp`` over ``011<TAB>Månadslön<TAB>55 546,00``).
"""

from __future__ import annotations

import regex

from pii_scanner.detect.context import separators
from pii_scanner.detect.lazy_regex import lazy_compile

_DELIMITERS = ("\t", "|", ";", ",")
#: a Markdown table's separator row ('|---|:---:|')
_SEPARATOR_ROW = lazy_compile(r"[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*(?::?-{2,}:?[ \t]*)?")


#: round 35F: a header cell numbered at its end ('Address Line 1', 'addr2', 'Phone 2')
_NUMBERED_LABEL = lazy_compile(r"\p{L}[\p{L} _.\-/]*?\d{1,2}")

#: the longest header row read (a row of labels is short; a longer line costs no scan)
MAX_ROW = 300


def _line_at(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the line holding ``pos``, or None where it is longer than
    :data:`MAX_ROW` (each end looked for within that many characters only)."""
    low = max(0, pos - MAX_ROW)
    start = text.rfind("\n", low, pos) + 1
    if start == 0 and low > 0:
        return None
    end = text.find("\n", pos, start + MAX_ROW + 1)
    if end < 0:
        if len(text) > start + MAX_ROW:
            return None
        end = len(text)
    return start, end


def _cells(line: str, delimiter: str) -> list[str]:
    if delimiter in ",;" and '"' in line:  # (round 35F: a quoted field may hold the delimiter,
        return [""] * (separators(line, delimiter) + 1)  # '"Storgata 5, 0155 Oslo"')
    cells = line.strip().split(delimiter)
    if delimiter == "|":  # ('| a | b |': the outer bars open and close the row)
        cells = [c for i, c in enumerate(cells) if c.strip() or 0 < i < len(cells) - 1]
    return cells


def header_cell(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the whole of one cell of a table's header row (see
    module doc)."""
    line = _line_at(text, start)
    if line is None or end > line[1]:
        return False
    line_start, line_end = line
    line = text[line_start:line_end]
    delimiter = next((d for d in _DELIMITERS if d in line), None)
    if delimiter is None or any(ch.isdigit() for ch in line) and not all(
            _NUMBERED_LABEL.fullmatch(cell.strip(" \"'")) for cell in line.split(delimiter)
            if any(ch.isdigit() for ch in cell)):
        return False  # (a label numbered at its end, 'Address Line 1', is a header's cell)
    before = text[line_start:start].rstrip(" \"'")
    after = text[end:line_end].lstrip(" \"'\r")
    if before and not before.endswith(delimiter) or after and not after.startswith(delimiter):
        return False  # part of a cell ('Danish CPR number'), not the cell
    width = len(_cells(line, delimiter))
    if width < 2:
        return False
    next_start = line_end + 1
    while next_start < len(text):
        below = _line_at(text, next_start)
        if below is None:
            return False
        next_end = below[1]
        row = text[next_start:next_end]
        if delimiter == "|" and _SEPARATOR_ROW.fullmatch(row.strip()):
            next_start = next_end + 1
            continue
        cells = len(_cells(row, delimiter))
        return (cells == width or delimiter == "\t" and 2 <= cells < width) \
            and any(ch.isdigit() for ch in row)
    return False
