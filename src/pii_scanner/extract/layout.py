"""Which separator goes between two OCR words: a space, a tab, or a line break.

Screenshots of tables and forms put unrelated values on one text line ("07058040171  96 68
31 20  rberge@icloud.com"); joined with single spaces, a phone number runs into the ID before
it. Words that start a column (an x position where words of at least ``MIN_ROWS`` lines start,
after a wide gap in at least one of them) or that follow a gap wider than ``TAB_GAP``
character widths are preceded by a tab, so the text reads like a pasted spreadsheet.
Words whose boxes overlap are one word the engine split, and are joined; so are the parts of
a number the engine split after a dot or dash (``9633.09. 86562``, ``280245- 2805``).

Forms put labels in one column and values in another (``Kontonummer:    1234.56.78903``);
tesseract often reads them as two blocks, every label and then every value, so a value
lands far from its label. :func:`visual_rows` puts such blocks back together row by row.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

TAB_GAP = 3.0  # a gap this many character widths wide always separates cells
COLUMN_GAP = 2.0  # a column start follows a gap at least this wide in one of its rows
WORD_SPACE = 1.5  # a gap narrower than this many character widths is a space between words
MIN_ROWS = 3
ALIGN_PX = 3
TABLE_COLUMNS = 3  # a block with this many columns is a table (fewer: a label/value form)
COLUMN_SLACK = 0.3  # ... or within this many character widths of it (anti-aliased glyph edges)
OVERLAP = -0.2  # words overlapping by more than this many character widths are one word
NUMBER_GAP = 1.0  # a number split after a dot or dash by a gap narrower than this is one word
_OPEN_NUMBER = re.compile(r"\d[.\-/]$")  # "9633.09." / "280245-": the number goes on
_NUMBER_TAIL = re.compile(r"^[.\-/]?\d")
_TAIL_AFTER_DIGIT = re.compile(r"^[.\-]\d")  # ".71239" after "1710.38"


class _Word(Protocol):
    text: str
    bbox: tuple[int, int, int, int]
    line: tuple[int, ...]


def char_widths(words: Sequence[_Word]) -> dict[tuple[int, ...], float]:
    """Median character width of each line."""
    per: dict[tuple[int, ...], list[float]] = defaultdict(list)
    for w in words:
        if w.text:
            per[w.line].append((w.bbox[2] - w.bbox[0]) / len(w.text))
    return {k: statistics.median(v) for k, v in per.items()}


def separators(words: Sequence[_Word]) -> list[str]:
    """``seps[i]`` goes before ``words[i]`` (``seps[0]`` is ``""``)."""
    if not words:
        return []
    cw = char_widths(words)
    # column letters are centred over their columns: no column starts there
    letters = _letter_lines(words)
    columns, table_of = _column_starts([w for w in words if tuple(w.line) not in letters], cw)
    seps = [""]
    wide = None  # (round 37D: :func:`_wide_starts`, read when first needed)
    token = words[0].text  # the text since the last separator
    for prev, w in zip(words, words[1:]):
        if w.line != prev.line:
            a, b = tuple(prev.line[:1]), tuple(w.line[:1])
            table = table_of.get(a, a)
            one_table = table == table_of.get(b, b) and _count(columns.get(table, ())) >= TABLE_COLUMNS - 1
            seps.append("\n" if a == b or one_table else "\n\n")
            token = w.text
            continue
        gap = (w.bbox[0] - prev.bbox[2]) / max(cw[w.line], 1.0)
        if gap <= OVERLAP or (gap < NUMBER_GAP and _split_number(token, w.text)):
            seps.append("")  # one word the engine split ("95694563 1", "9633.09. 86562")
            token += w.text
            continue
        token = w.text
        slack = max(ALIGN_PX, COLUMN_SLACK * cw[w.line])
        starts_column = any(abs(w.bbox[0] - x) <= slack for x in columns.get(tuple(w.line[:1]), ())) and gap > 0.3
        if starts_column and gap < WORD_SPACE:  # (round 37D: a word space far from the column's rows)
            if wide is None:
                wide = _wide_starts(words, cw, table_of)
            starts_column = _near_column_rows(wide, w, slack, table_of)
        seps.append("\t" if gap >= TAB_GAP or starts_column else " ")
    seps = _column_letters(words, _title_rows(words, seps), letters)
    return _leading_cells(words, seps, columns, table_of, cw)


#: a word after a mere word space starts a column only this many of its line heights from a
#: line where a word starts there after a wide gap
COLUMN_REACH = 2.5


def _wide_starts(words: Sequence[_Word], cw: dict[tuple[int, ...], float],
                 table_of: dict[tuple, tuple]) -> dict[tuple, list[tuple[int, int]]]:
    """Per table (a block, or the block it borrowed its columns from), ``(x, top)`` of each
    word after a gap of ``COLUMN_GAP`` or more."""
    out: dict[tuple, list[tuple[int, int]]] = defaultdict(list)
    for prev, o in zip(words, words[1:]):
        if o.line == prev.line and (o.bbox[0] - prev.bbox[2]) / max(cw[o.line], 1.0) >= COLUMN_GAP:
            out[table_of.get(b := tuple(o.line[:1]), b)].append((o.bbox[0], o.bbox[1]))
    return out


def _near_column_rows(wide: dict[tuple, list[tuple[int, int]]], w: _Word, slack: float,
                      table_of: dict[tuple, tuple]) -> bool:
    """Whether a word of ``w``'s table starts where ``w`` does after a wide gap
    (:func:`_wide_starts`) on a line at most ``COLUMN_REACH`` of ``w``'s line heights above
    or below ``w``'s. (Round 37D: a payslip's page is one block of the engine's, the
    sender's and the employee's address lines over the table of pay items; the table's
    second column starts where a house number does after its street (``Moenhavna 06`` over
    ``1000  Fastlønn``), and a tab there cut the street from its number. A table's own rows,
    its header too, lie within that reach of its wide gaps.)"""
    reach = COLUMN_REACH * max(w.bbox[3] - w.bbox[1], 1)
    block = tuple(w.line[:1])
    return any(abs(x - w.bbox[0]) <= slack and abs(top - w.bbox[1]) <= reach
               for x, top in wide.get(table_of.get(block, block), ()))


LETTER_ROW = 3  # a line of at least this many column letters ('A B C D') is spreadsheet chrome
LETTER_SHARE = 0.6  # ... most of them single letters in alphabetical order (misreads: 'A B E D E')


def _letter_lines(words: Sequence[_Word]) -> set[tuple[int, ...]]:
    """Lines that are a spreadsheet's column letters ('A  B  C  D' over the sheet): only
    words of one or two characters, the first a capital, most of them single letters and
    most of them the consecutive capitals from the first one (a small grey 'C' is read as
    'å' or '(G': 'A B å D E', 'A B (G D E'; a 'B' as '8' and a 'C' as 'c': 'A 8 c 5 E F',
    :func:`_reads_as`), or single capitals in order with some lost
    (:func:`_gapped_letters`)."""
    per: dict[tuple[int, ...], list[str]] = defaultdict(list)
    for w in words:
        per[tuple(w.line)].append(w.text)
    out = set()
    for key, line in per.items():
        if len(line) < LETTER_ROW or not line[0][0].isupper() or not all(len(t) <= 2 for t in line):
            continue
        in_order = sum(_reads_as(t, chr(ord(line[0][0]) + k)) for k, t in enumerate(line))
        single = sum(len(t) == 1 for t in line)
        if min(in_order, single) >= LETTER_SHARE * len(line) or _gapped_letters(line):
            out.add(key)
    return out


#: how far apart two neighbouring column letters may be when the engine lost those between
LETTER_STEP = 3


def _gapped_letters(line: list[str]) -> bool:
    """``line`` is column letters with some lost (a small grey letter read as nothing: 'A B D F'
    for 'A B C D E F'): single capitals in alphabetical order, at most ``LETTER_STEP`` apart."""
    if not all(len(t) == 1 and "A" <= t <= "Z" for t in line):
        return False
    return all(0 < ord(b) - ord(a) <= LETTER_STEP for a, b in zip(line, line[1:]))


#: what the engine reads for a small grey column letter, besides the letter in either case
_LETTER_LOOKALIKES = {"8": "B", "0": "OD", "5": "S", "6": "G", "1": "I", "2": "Z", "(": "CG", "€": "C"}


def _reads_as(token: str, letter: str) -> bool:
    """``token`` is ``letter`` as the engine reads a column letter: in either case (``c``
    for ``C``), or as a digit or sign of the same shape (``8`` for ``B``, ``(G`` for ``C``)."""
    return token[0].upper() == letter or letter in _LETTER_LOOKALIKES.get(token[0], "")


def _column_letters(words: Sequence[_Word], seps: list[str], letters: set[tuple[int, ...]]) -> list[str]:
    """A line of column letters (:func:`_letter_lines`) gets a blank line after it. Joined
    to the sheet it was its top row, which whoever reads a table for its columns' headers
    takes as the header row: 'B' headed the ID column instead of 'Personnummer' in the row
    under it, and the IDs lost their label."""
    for i in range(1, len(words)):
        if seps[i] == "\n" and tuple(words[i - 1].line) in letters:
            seps[i] = "\n\n"
    return seps


def _leading_cells(words: Sequence[_Word], seps: list[str], columns: dict[tuple, list[int]],
                   table_of: dict[tuple, tuple], cw: dict[tuple[int, ...], float]) -> list[str]:
    """A table line whose first word starts in a later column than the table's first one gets
    a tab for each column before it, so its cells keep their column numbers. A spreadsheet's
    header row has nothing over the row-number gutter ('Namn  Personnummer' over '2  Rolf
    Bohlin  19580120-2838'): read without the empty first cell, every header named the column
    left of its own, and the IDs under 'Personnummer' lost their label. The same goes for rows
    whose row number the engine lost.

    Only lines of a table (``TABLE_COLUMNS`` or more columns), below its first line of two
    cells or more, whose first word sits on one of its columns (a cell cut off from its row
    keeps its column): a column start found after a gap, or where the first words of
    ``MIN_ROWS`` lines start (the names after a row number read or lost start at one x). The first column
    is the leftmost line start of all tables that overlap horizontally: the engine often cuts
    one sheet into several blocks, and the header's block may hold no row number at all.
    Starts a few pixels apart (a ragged column) are one column."""
    heads = [i for i in range(len(words)) if i == 0 or "\n" in seps[i]]
    table = {i: table_of.get(b, b) for i in heads
             if _count(columns.get(b := tuple(words[i].line[:1]), ())) >= TABLE_COLUMNS - 1}
    if not table:
        return seps
    extent: dict[tuple, list[int]] = {}
    line_starts: dict[tuple, dict[int, set]] = defaultdict(lambda: defaultdict(set))
    for w in words:
        b = tuple(w.line[:1])
        t = table_of.get(b, b)
        if t in table.values():
            e = extent.setdefault(t, [w.bbox[0], w.bbox[2]])
            e[0], e[1] = min(e[0], w.bbox[0]), max(e[1], w.bbox[2])
    for i, t in table.items():
        line_starts[t][words[i].bbox[0] // ALIGN_PX].add(tuple(words[i].line))
    first = {t: min(e[0] for e in extent.values() if e[0] < et[1] and et[0] < e[1]) for t, et in extent.items()}
    ends = dict(zip(heads, [*heads[1:], len(words)]))
    rows_seen: set[tuple] = set()
    for i, t in table.items():
        w = words[i]
        if "\t" not in seps[i + 1:ends[i]] and t not in rows_seen:
            continue  # one cell above the table's first row: a title or noise ('. —' for
            # grey column letters) that an empty first cell would make its header row
        rows_seen.add(t)
        per = line_starts[t]
        starts = [first[t], *columns[tuple(w.line[:1])],
                  *(k * ALIGN_PX for k in list(per)
                    if len(per.get(k - 1, set()) | per[k] | per.get(k + 1, set())) >= MIN_ROWS)]
        slack = max(ALIGN_PX, COLUMN_SLACK * cw[w.line])
        groups = _clusters(starts)
        mine = [g for g in groups if g[0] - slack <= w.bbox[0] <= g[1] + slack]
        if mine and mine[0][0] - slack > first[t]:
            seps[i] += "\t" * sum(g[1] < mine[0][0] for g in groups)
    return seps


def _clusters(xs: list[int]) -> list[tuple[int, int]]:
    """Sorted x positions as (first, last) runs whose neighbours are at most ``2 * ALIGN_PX`` apart."""
    out: list[list[int]] = []
    for x in sorted(xs):
        if out and x - out[-1][1] <= 2 * ALIGN_PX:
            out[-1][1] = x
        else:
            out.append([x, x])
    return [(a, b) for a, b in out]


def _title_rows(words: Sequence[_Word], seps: list[str]) -> list[str]:
    """A table's first line with fewer cells than the header row under it (a merged cell
    spanning columns, 'Kunde' over 'Navn' and 'Fødselsnr', or a title) gets a blank line
    after it: it is no header row, and whoever reads the table for a column's header takes
    its top row. Both lines must be free of digits (header rows, not data rows)."""
    starts = [0] + [i for i, s in enumerate(seps) if "\n" in s] + [len(words)]
    for k in range(len(starts) - 2):
        a, b, c = starts[k], starts[k + 1], starts[k + 2]
        if seps[b] != "\n" or (k and seps[a] != "\n\n"):
            continue  # not a table's first two lines
        cells_above = 1 + sum(s == "\t" for s in seps[a + 1:b])
        cells_below = 1 + sum(s == "\t" for s in seps[b + 1:c])
        if cells_above < cells_below and cells_below >= TABLE_COLUMNS \
                and not any(ch.isdigit() for w in words[a:c] for ch in w.text):
            seps[b] = "\n\n"
    return seps


def _count(starts) -> int:
    """Columns among column starts (neighbouring ``ALIGN_PX`` steps are one column)."""
    xs = sorted(starts)
    return sum(1 for i, x in enumerate(xs) if i == 0 or x - xs[i - 1] > 2 * ALIGN_PX)


def _split_number(left: str, right: str) -> bool:
    """``left`` ends a number with a dot or dash and ``right`` goes on with digits, or
    ``left`` ends in a digit and ``right`` is ``.digits``: nobody types a space there."""
    if _OPEN_NUMBER.search(left) and _NUMBER_TAIL.match(right):
        return True
    return left[-1:].isdigit() and bool(_TAIL_AFTER_DIGIT.match(right))


def _column_starts(words: Sequence[_Word], cw: dict[tuple[int, ...], float]
                   ) -> tuple[dict[tuple, list[int]], dict[tuple, tuple]]:
    """Per block, x positions where words of several lines start, one of them after a wide
    gap and no more of them after a mere word space than after a wide gap (a column in one
    block says nothing about words that happen to start there in another; surnames after
    first names of one length start at one x too, 'Lena Aronsson' / 'Karl Söderholm' in a
    monospaced sheet, and a formula bar's value over them made that a column, which cut
    every such name in two and shifted the cells after it off their headers);
    and the table block each block that borrowed its columns belongs to (``_borrow_columns``)."""
    starts: dict[tuple, dict[int, list[tuple[tuple[int, ...], float]]]] = defaultdict(lambda: defaultdict(list))
    for prev, w in zip(words, words[1:]):
        if w.line == prev.line:
            gap = (w.bbox[0] - prev.bbox[2]) / max(cw[w.line], 1.0)
            starts[tuple(w.line[:1])][w.bbox[0] // ALIGN_PX].append((w.line, gap))
    out: dict[tuple, list[int]] = {}
    for block, per in starts.items():
        for key in sorted(per):
            group = [s for k in (key - 1, key, key + 1) for s in per.get(k, [])]
            wide = {line for line, g in group if g >= COLUMN_GAP}
            spaced = {line for line, g in group if g < WORD_SPACE} - wide
            if len({line for line, _ in group}) >= MIN_ROWS and wide and len(wide) >= len(spaced):
                out.setdefault(block, []).append(key * ALIGN_PX)
    return out, _borrow_columns(words, out)


NEIGHBOUR_LINES = 2.0  # a block this many of its line heights from a table's block is its row


def _borrow_columns(words: Sequence[_Word], columns: dict[tuple, list[int]]) -> dict[tuple, tuple]:
    """A block of fewer than ``MIN_ROWS`` lines right above or below a block with columns
    (the engine often cuts a table's header row, its last row, or a row after a zebra stripe
    into a block of its own) uses that block's columns: on its own it has too few rows to
    show any, and a phone number and the ID in the next cell would run together. Returns
    ``{block: table block}`` for those blocks: they are rows of that table, so only a line
    break goes between them when it has ``TABLE_COLUMNS`` columns (a blank line would cut
    the rows off from their header row); a form's cut-off rows keep their blank line. A block
    next to a block that borrowed borrows too: on zebra-striped sheets the engine may make
    every row a block of its own, and only the rows next to the table kept their header."""
    table_of: dict[tuple, tuple] = {}
    extent: dict[tuple, list[int]] = {}
    lines: dict[tuple, set] = defaultdict(set)
    for w in words:
        b = tuple(w.line[:1])
        lines[b].add(tuple(w.line))
        e = extent.setdefault(b, list(w.bbox))
        e[0], e[1], e[2], e[3] = min(e[0], w.bbox[0]), min(e[1], w.bbox[1]), max(e[2], w.bbox[2]), max(e[3], w.bbox[3])
    borrowed = True
    while borrowed:  # a chain of one-row blocks (each row a block of its own) up to its table
        borrowed = False
        for b, e in extent.items():
            if b in columns or len(lines[b]) >= MIN_ROWS:
                continue
            reach = NEIGHBOUR_LINES * (e[3] - e[1]) / len(lines[b])
            near = [(max(e[1] - o[3], o[1] - e[3]), t) for t, o in extent.items()
                    if t in columns and o[0] < e[2] and e[0] < o[2]]
            near = [(d, t) for d, t in near if d <= reach]
            if near:
                t = min(near)[1]
                table_of[b] = table_of.get(t, t)
                columns[b] = columns[table_of[b]]
                borrowed = True
    return table_of


LABEL_WORDS = 4  # a column whose lines have at most this many words (median) reads as labels
ROW_ALIGN = 0.4  # lines whose vertical centres differ by less than this share of their height align
MIN_ALIGNED = 0.6  # share of a block's lines that must align for its block pair to be a form


def visual_rows(words: Sequence[_Word]) -> list[_Word]:
    """``words`` with the lines of side-by-side blocks that form label/value rows merged.

    Two blocks pair up when they do not overlap horizontally, the left one's lines are short
    (labels, table cells: at most ``LABEL_WORDS`` words), and most lines of the smaller one
    align with a line of the other. Paired blocks (and blocks paired with those) are emitted where the first
    of them was, row by row, left to right, each row with the ``line`` key of a line in it,
    so ``separators`` puts a tab at the wide gap between label and value. Prose columns (long
    lines) and blocks above each other are left in the engine's order.
    """
    lines: dict[tuple, list[_Word]] = defaultdict(list)
    for w in words:
        lines[tuple(w.line)].append(w)
    if len({k[:1] for k in lines}) < 2:
        return list(words)
    boxes = {k: (min(w.bbox[0] for w in ws), min(w.bbox[1] for w in ws),
                 max(w.bbox[2] for w in ws), max(w.bbox[3] for w in ws)) for k, ws in lines.items()}
    blocks: dict[tuple, list[tuple]] = defaultdict(list)
    for k in lines:
        blocks[k[:1]].append(k)
    short = {b: statistics.median(len(lines[k]) for k in ks) <= LABEL_WORDS for b, ks in blocks.items()}
    parent = {b: b for b in blocks}

    def root(b):
        while parent[b] != b:
            b = parent[b]
        return b

    keys = list(blocks)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if _form_pair(blocks[a], blocks[b], boxes, short[a], short[b]):
                parent[root(b)] = root(a)
    groups: dict[tuple, list[tuple]] = defaultdict(list)
    for b in keys:
        groups[root(b)].append(b)
    if all(len(g) == 1 for g in groups.values()):
        return list(words)
    out: list[_Word] = []
    done = set()
    for b in keys:  # blocks in the engine's reading order
        g = root(b)
        if g in done:
            continue
        done.add(g)
        members = [k for blk in groups[g] for k in blocks[blk]]
        if len(groups[g]) == 1:
            out.extend(w for k in members for w in lines[k])
            continue
        for i, row in enumerate(_rows(members, boxes)):
            key = (*g, 0, i)  # one block for the whole form
            for k in row:
                out.extend(_with_line(w, key) for w in lines[k])
    return out


def _aligned(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    ha, hb = a[3] - a[1], b[3] - b[1]
    return abs((a[1] + a[3]) - (b[1] + b[3])) / 2 < ROW_ALIGN * max(ha, hb, 1) and 0.5 <= (ha + 1) / (hb + 1) <= 2


def _form_pair(la: list[tuple], lb: list[tuple], boxes: dict, short_a: bool, short_b: bool) -> bool:
    """Blocks ``la`` and ``lb`` (line keys) are the label and value columns of one form."""
    ba = (min(boxes[k][0] for k in la), max(boxes[k][2] for k in la))
    bb = (min(boxes[k][0] for k in lb), max(boxes[k][2] for k in lb))
    if ba[1] <= bb[0]:
        left_short = short_a
    elif bb[1] <= ba[0]:
        left_short = short_b
    else:
        return False  # the blocks overlap horizontally: above each other, not side by side
    if not left_short:
        return False
    hit_a = sum(any(_aligned(boxes[x], boxes[y]) for y in lb) for x in la)
    hit_b = sum(any(_aligned(boxes[y], boxes[x]) for x in la) for y in lb)
    if len(la) > len(lb):  # the smaller block must align; the larger may hold more rows
        hit_a, hit_b, la, lb = hit_b, hit_a, lb, la
    return hit_a >= MIN_ALIGNED * len(la) and hit_b >= 1


def _rows(keys: list[tuple], boxes: dict) -> list[list[tuple]]:
    """Line keys grouped into visual rows (top to bottom), each row left to right."""
    rows: list[list[tuple]] = []
    for k in sorted(keys, key=lambda k: (boxes[k][1] + boxes[k][3], boxes[k][0])):
        row = rows[-1] if rows else None
        if row and _aligned(boxes[row[0]], boxes[k]) and not any(
                boxes[k][0] < boxes[r][2] and boxes[r][0] < boxes[k][2] for r in row):
            row.append(k)
        else:
            rows.append([k])
    return [sorted(r, key=lambda k: boxes[k][0]) for r in rows]


def _with_line(w: _Word, line: tuple) -> _Word:
    return w if tuple(w.line) == line else replace(w, line=line)
