"""A digit comb (one printed box per character), erased before OCR.

Paper forms print an identity number, a date or a postcode as a row of small boxes, one
digit in each (``|1|5|0|4|5|4| |4|0|0|9|2|``). Tesseract reads the boxes' rules as glyphs
between the digits (``[``, ``|``, ``j``, ``l``, ``1``) and the number is lost in them
(``11/5110 4|5 41114101019112``). :func:`erase_combs` paints each comb's rules with the
background, so the digits read as a spaced row that the number's own rules (check digits)
then judge. A comb is a row of ``MIN_STROKES`` or more thin vertical strokes that run from
a horizontal rule to the next (their ends meet a rule) at a steady pitch no wider than
``MAX_PITCH`` times their height: one character per cell. A table's column rules run on
through the next row (too long a stroke, or no rule at their ends) and a field's frame has
two sides only; both stay (``frames.py`` erases a lone frame).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from pii_scanner.extract.frames import dark_pixels

#: a stroke's height in pixels of the image as given (a screen's or a scan's), rules included
MIN_HEIGHT = 12
MAX_HEIGHT = 70
#: a stroke is this many pixels wide at most
MAX_THICK = 4
#: strokes in a comb (its two sides and the dividers between its cells)
MIN_STROKES = 4
#: a cell's width per stroke height, at most and at least
MAX_PITCH = 1.4
MIN_PITCH = 0.4
#: the cells of a comb are this close to their median width
STEADY = 0.25
#: pixels beside a stroke's end where its rule is looked for; rows its ends may differ by
REACH = 6
SLACK = 3
#: share of a cell's inside that is dark at most (one digit's strokes)
MAX_INK = 0.4
#: pixels round a rule painted with it (its grey edges)
EDGE = 2


def _runs(dark: np.ndarray) -> np.ndarray:
    """Vertical runs of dark pixels of a stroke's height, as rows ``(x, y0, y1)`` (``y1``
    exclusive). A pixel counts as dark when it or its left neighbour is, or the pixels above
    and below it are: a scan turned by a degree (and straightened again) moves a stroke a
    column over its height, and a blurred or compressed one is grey where it steps or on a
    row of its own, so that a column held two short runs and the comb lost a stroke."""
    dark = dark.copy()
    dark[1:-1] |= dark[:-2] & dark[2:]
    dark[:, 1:] |= dark[:, :-1]
    pad = np.zeros((1, dark.shape[1]), np.int8)
    d = np.diff(np.concatenate((pad, dark.view(np.int8), pad)), axis=0)
    cx, cy = np.nonzero(d.T)  # column by column, each column's edges top down: start, end, ...
    out = np.stack((cx[0::2], cy[0::2], cy[1::2]), axis=1) if len(cx) else np.zeros((0, 3), int)
    length = out[:, 2] - out[:, 1]
    return out[(length >= MIN_HEIGHT) & (length <= MAX_HEIGHT)]


def _ruled(dark: np.ndarray, y: int, x0: int, x1: int) -> bool:
    """A horizontal rule meets row ``y`` between columns ``x0`` and ``x1``: each column
    there has a dark pixel within ``SLACK`` rows of it."""
    if x0 < 0 or x1 > dark.shape[1] or x1 <= x0:
        return False
    part = dark[max(0, y - SLACK):y + SLACK + 1, x0:x1]
    return bool(part.any(axis=0).all())


def _strokes(dark: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Thin vertical strokes whose both ends meet a rule on one side at least, as
    ``(x0, x1, y0, y1)``."""
    merged: list[list[int]] = []
    for x, y0, y1 in sorted(map(tuple, _runs(dark).tolist())):
        for s in reversed(merged[-8:]):
            if s[1] == x and abs(s[2] - y0) <= SLACK and abs(s[3] - y1) <= SLACK:
                s[1], s[2], s[3] = x + 1, min(s[2], y0), max(s[3], y1)
                break
        else:
            merged.append([x, x + 1, y0, y1])
    out = []
    for x0, x1, y0, y1 in merged:
        if x1 - x0 - 1 > MAX_THICK:  # (the runs are a column wider: _runs)
            continue
        left = _ruled(dark, y0 + 1, x0 - REACH - 2, x0 - 2) and _ruled(dark, y1 - 2, x0 - REACH - 2, x0 - 2)
        right = _ruled(dark, y0 + 1, x1 + 2, x1 + REACH + 2) and _ruled(dark, y1 - 2, x1 + 2, x1 + REACH + 2)
        if left or right:
            out.append((x0, x1, y0, y1))
    return out


def _cell(dark: np.ndarray, left: tuple[int, int, int, int], right: tuple[int, int, int, int]) -> bool:
    """``left`` and ``right`` close a cell: a rule along its top and its bottom, and light
    inside (a panel's gaps between light letters are dark throughout)."""
    top, bottom = (left[2] + right[2]) // 2, (left[3] + right[3]) // 2
    if not (_ruled(dark, top + 1, left[1], right[0]) and _ruled(dark, bottom - 2, left[1], right[0])):
        return False
    inside = dark[top + MAX_THICK:bottom - MAX_THICK, left[1] + 1:right[0] - 1]
    return inside.size > 0 and float(inside.mean()) <= MAX_INK


def combs(dark: np.ndarray) -> list[list[tuple[int, int, int, int]]]:
    """The combs (module doc) in a mask of dark pixels, each as its strokes left to right."""
    strokes = sorted(_strokes(dark))
    out = []
    used: set[int] = set()
    for i, first in enumerate(strokes):
        if i in used:
            continue
        chain = [first]
        for j in range(i + 1, len(strokes)):
            s, last = strokes[j], chain[-1]
            height = last[3] - last[2]
            if abs(s[2] - last[2]) > SLACK or abs(s[3] - last[3]) > SLACK:
                continue  # another row's
            if not (MIN_PITCH * height <= s[0] - last[0] <= MAX_PITCH * height and _cell(dark, last, s)):
                break  # the next stroke in the row closes no cell with this one: the comb ends
            chain.append(s)
            used.add(j)
        pitches = np.diff([s[0] for s in chain])
        if len(chain) >= MIN_STROKES and np.all(np.abs(pitches - np.median(pitches)) <= STEADY * np.median(pitches)):
            out.append(chain)
    return out


def erase_combs(im: Image.Image) -> Image.Image:
    """``im`` (mode ``L``) with each comb's strokes and the rules between them (module doc)
    painted with the background."""
    a, bg, dark = dark_pixels(im)
    found = combs(dark)
    if not found:
        return im
    out = a.copy()
    for chain in found:
        # inside the comb only the digits' ink stays: a scan's cells lighter or darker than
        # the page round them, and a digit's grey edges, left tesseract's one threshold for
        # the page a grid of faint boxes, and the digits read as letters (``OAO ES OS``)
        rows = slice(max(0, min(s[2] for s in chain) - EDGE), max(s[3] for s in chain) + EDGE)
        cols = slice(max(0, chain[0][0] - EDGE), chain[-1][1] + EDGE)
        part = out[rows, cols]
        part[~dark[rows, cols]] = bg
        # a blurred or compressed rule has grey edges a pixel or two wide: they go too
        for x0, x1, y0, y1 in chain:
            out[max(0, y0 - EDGE):y1 + EDGE, max(0, x0 - EDGE):x1 + EDGE] = bg
        for left, right in zip(chain, chain[1:]):
            cols = slice(max(0, left[0] - EDGE), right[1] + EDGE)
            # the rules: rows at the strokes' ends (a label's letters just above stay)
            ends = ((min(left[2], right[2]) - 1, max(left[2], right[2]) + MAX_THICK),
                    (min(left[3], right[3]) - MAX_THICK, max(left[3], right[3]) + 1))
            for lo, hi in ends:
                lo = max(0, lo)
                for r in np.flatnonzero(dark[lo:hi, left[1]:right[0]].mean(axis=1) >= 0.5):
                    out[max(0, lo + r - EDGE):lo + r + EDGE + 1, cols] = bg
    return Image.fromarray(out)
