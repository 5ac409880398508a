"""Which separator goes between two OCR words: a space, a tab, or a line break.

Screenshots of tables and forms put unrelated values on one text line ("07058040171  96 68
31 20  rberge@icloud.com"); joined with single spaces, a phone number runs into the ID before
it. Words that start a column (an x position where words of at least ``MIN_ROWS`` lines start,
after a wide gap in at least one of them) or that follow a gap wider than ``TAB_GAP``
character widths are preceded by a tab, so the text reads like a pasted spreadsheet.
Words whose boxes overlap are one word the engine split, and are joined.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

TAB_GAP = 3.0  # a gap this many character widths wide always separates cells
COLUMN_GAP = 2.0  # a column start follows a gap at least this wide in one of its rows
MIN_ROWS = 3
ALIGN_PX = 3
OVERLAP = -0.2  # words overlapping by more than this many character widths are one word  # x positions this close count as one column start


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
    columns = _column_starts(words, cw)
    seps = [""]
    for prev, w in zip(words, words[1:]):
        if w.line != prev.line:
            seps.append("\n\n" if w.line[:1] != prev.line[:1] else "\n")
            continue
        gap = (w.bbox[0] - prev.bbox[2]) / max(cw[w.line], 1.0)
        if gap <= OVERLAP:  # boxes overlap: one word the engine split ("95694563 1")
            seps.append("")
            continue
        starts_column = any(abs(w.bbox[0] - x) <= ALIGN_PX for x in columns) and gap > 0.3
        seps.append("\t" if gap >= TAB_GAP or starts_column else " ")
    return seps


def _column_starts(words: Sequence[_Word], cw: dict[tuple[int, ...], float]) -> list[int]:
    """x positions where words of several lines start, one of them after a wide gap."""
    starts: dict[int, list[tuple[tuple[int, ...], float]]] = defaultdict(list)
    for prev, w in zip(words, words[1:]):
        if w.line == prev.line:
            gap = (w.bbox[0] - prev.bbox[2]) / max(cw[w.line], 1.0)
            starts[w.bbox[0] // ALIGN_PX].append((w.line, gap))
    out = []
    for key in sorted(starts):
        group = [s for k in (key - 1, key, key + 1) for s in starts.get(k, [])]
        if len({line for line, _ in group}) >= MIN_ROWS and max(g for _, g in group) >= COLUMN_GAP:
            out.append(key * ALIGN_PX)
    return out
