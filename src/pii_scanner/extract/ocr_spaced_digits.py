"""A number printed one digit per box, read back as several words.

A paper form prints an identity number in a comb of boxes, one digit per cell
(``combs.py`` erases the cells' rules before OCR). What is left is a row of digits set far
apart at the cells' steady pitch, two or three times a digit's height where print sets
digits under one height apart, and tesseract cuts that row into words anywhere
(``22 9340 015 73``, ``161052 3295 4``). :func:`join_spaced_digits` joins a run of such
words into one word when the digit centres of the whole run keep one pitch across the
words' gaps (a comb's group gap, ``|2|2|1|0|9|8|  |1|9|6|0|7|``, is under a cell wider),
and the joined digits are an identifier with valid check digits (``ocr_numbers``). Digit
groups printed in ordinary type (a phone's ``22 33 44 55``) have digits closer than their
height and the gaps between groups wider than that pitch; they stay as read.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from pii_scanner.extract.ocr import OcrWord
from pii_scanner.extract.ocr_numbers import spaced_id
from pii_scanner.extract.boxes import union

#: a letter-spaced row's pitch (digit centre to centre) is at least this many digit heights
MIN_PITCH = 1.3
#: each step from one digit's centre to the next is within these shares of the row's pitch
#: (the upper one lets a comb's gap between its digit groups pass)
STEP = (0.6, 1.6)
#: a digit's width in its heights (about the same in the common faces)
GLYPH = 0.6


def _centres(w: OcrWord) -> list[float]:
    """The centres of ``w``'s digits: its box runs from its first digit's left edge to its
    last one's right edge, a digit ``GLYPH`` heights wide, the digits evenly spaced."""
    x0, x1 = w.bbox[0], w.bbox[2]
    n = len(w.text)
    half = GLYPH * (w.bbox[3] - w.bbox[1]) / 2
    if n == 1:
        return [(x0 + x1) / 2]
    step = max(0.0, x1 - x0 - 2 * half) / (n - 1)
    return [x0 + half + i * step for i in range(n)]


def _spaced_run(run: Sequence[OcrWord]) -> bool:
    """The words of ``run`` are one row of letter-spaced digits (module doc)."""
    centres = [c for w in run for c in _centres(w)]
    steps = [b - a for a, b in zip(centres, centres[1:])]
    if len(steps) < 2:
        return False
    pitch = statistics.median(steps)
    height = statistics.median(w.bbox[3] - w.bbox[1] for w in run)
    return pitch >= MIN_PITCH * height and all(STEP[0] * pitch <= s <= STEP[1] * pitch for s in steps)


def join_spaced_digits(words: Sequence[OcrWord]) -> list[OcrWord]:
    """``words`` with each run of two or more neighbouring all-digit words of a line that
    is one letter-spaced identifier (module doc) joined into one word with the union box."""
    out: list[OcrWord] = []
    i, n = 0, len(words)
    while i < n:
        j = i
        while j < n and words[j].text.isdigit() and words[j].line == words[i].line \
                and (j == i or words[j].bbox[0] > words[j - 1].bbox[2] - 1):
            j += 1
        best = None
        for k in range(j, i + 1, -1):  # the longest run from words[i] that is one identifier
            run = words[i:k]
            if (text := spaced_id("".join(w.text for w in run))) and _spaced_run(run):
                best = (k, text)
                break
        if best is None:
            out.append(words[i])
            i += 1
            continue
        k, text = best
        run = words[i:k]
        out.append(OcrWord(text, union(w.bbox for w in run), min(w.conf for w in run), run[0].line))
        i = k
    return out
