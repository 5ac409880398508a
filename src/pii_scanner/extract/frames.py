"""A lone frame drawn around a line of text, erased before OCR.

A spreadsheet marks its selected cell with a thick coloured frame, and forms and dialogs
draw one round a field or a button. Tesseract's page analysis takes such a frame, text
inside it, for a picture and reads nothing there: the selected cell of a sheet's screenshot
(``Villatorget 3`` in a green frame) was lost from its row while every other cell read well.
:func:`erase_frames` paints each lone frame with the background: a rectangle of dark lines
at most ``MAX_THICK`` pixels thick, ``MIN_WIDTH`` pixels wide or more and ``MIN_HEIGHT`` to
``MAX_HEIGHT`` tall inside (one line of text, maybe two), whose sides end at its corners.
A table's rules run on past a cell's corners (a row's left border goes on down the next
row, its top rule on across the table) and stay; so do underlines and single rules, which
close no rectangle.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

#: the frame's lines, in pixels of the image as given (a screen's)
MAX_THICK = 4
MIN_WIDTH = 40
MIN_HEIGHT = 8
MAX_HEIGHT = 70
#: how much darker than the background a frame's line is (grey levels)
CONTRAST = 60
#: share of a side's pixels that must be dark
SIDE_SHARE = 0.9
#: pixels past a corner where a line that goes on would show
REACH = 3


def _segments(rule: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Horizontal rules as ``(y0, y1, x0, x1)`` (inclusive rows, exclusive columns): runs of
    ``rule`` pixels, a run on consecutive rows with the same ends one segment."""
    open_runs: dict[tuple[int, int], int] = {}
    out = []
    for y in range(rule.shape[0]):
        row = rule[y]
        if not row.any():
            runs = set()
        else:
            edges = np.flatnonzero(np.diff(np.concatenate(([0], row.view(np.int8), [0]))))
            runs = set(zip(edges[::2].tolist(), edges[1::2].tolist()))
        for key in [k for k in open_runs if k not in runs]:
            out.append((open_runs.pop(key), y - 1, *key))
        for key in runs:
            open_runs.setdefault(key, y)
    out.extend((y0, rule.shape[0] - 1, *key) for key, y0 in open_runs.items())
    return [s for s in out if s[1] - s[0] < MAX_THICK]


def _dark_share(dark: np.ndarray, y0: int, y1: int, x0: int, x1: int) -> float:
    part = dark[max(0, y0):max(0, y1), max(0, x0):max(0, x1)]
    return float(part.mean()) if part.size else 0.0


def lone_frames(dark: np.ndarray) -> list[tuple[int, int, int, int, int]]:
    """The lone frames (module doc) in a mask of dark pixels, as their outer boxes and the
    thickness of their lines."""
    if dark.shape[1] < MIN_WIDTH:
        return []
    # pixels on a horizontal run of MIN_WIDTH dark pixels or more
    c = np.concatenate((np.zeros((dark.shape[0], 1), np.int32), np.cumsum(dark, axis=1, dtype=np.int32)), axis=1)
    start = (c[:, MIN_WIDTH:] - c[:, :-MIN_WIDTH]) == MIN_WIDTH
    if not start.any():
        return []
    # and every pixel of such a run: a start within MIN_WIDTH to its left
    width = dark.shape[1]
    starts = np.zeros(dark.shape, np.int32)
    starts[:, :start.shape[1]] = start
    s = np.concatenate((np.zeros((dark.shape[0], 1), np.int32), np.cumsum(starts, axis=1)), axis=1)
    rule = (s[:, 1:] - s[:, np.maximum(np.arange(width) - MIN_WIDTH + 1, 0)]) > 0
    segs = _segments(rule)
    frames = []
    for top in segs:
        for bot in segs:
            inner = bot[0] - top[1] - 1
            if not (MIN_HEIGHT <= inner <= MAX_HEIGHT and abs(top[2] - bot[2]) <= 1 and abs(top[3] - bot[3]) <= 1):
                continue
            y0, y1, x0, x1 = top[0], bot[1] + 1, min(top[2], bot[2]), max(top[3], bot[3])
            t = max(top[1] - top[0], bot[1] - bot[0]) + 1
            sides = (_dark_share(dark, y0, y1, x0, x0 + t), _dark_share(dark, y0, y1, x1 - t, x1))
            if min(sides) < SIDE_SHARE:
                continue
            past = (_dark_share(dark, y0 - REACH, y0, x0, x0 + t), _dark_share(dark, y1, y1 + REACH, x0, x0 + t),
                    _dark_share(dark, y0 - REACH, y0, x1 - t, x1), _dark_share(dark, y1, y1 + REACH, x1 - t, x1))
            if max(past) >= 0.5:
                continue  # a side goes on past its corner: a table's rule
            frames.append((x0, y0, x1, y1, t))
    return frames


def dark_pixels(im: Image.Image) -> tuple[np.ndarray, int, np.ndarray]:
    """``im`` (mode ``L``) as an array, its background's grey level (the median: most of a
    screen or a form is background) and the mask of pixels :data:`CONTRAST` darker than it,
    which :func:`erase_frames` and :func:`pii_scanner.extract.combs.erase_combs` look for
    lines in."""
    a = np.asarray(im)
    bg = int(np.median(a))
    return a, bg, a < bg - CONTRAST


def erase_frames(im: Image.Image) -> Image.Image:
    """``im`` (mode ``L``) with each lone frame (module doc) painted with the background."""
    a, bg, dark = dark_pixels(im)
    frames = lone_frames(dark)
    if not frames:
        return im
    out = a.copy()
    # a line's grey edge, a pixel on either side (a straightened scan's rule steps a row
    # along its length: the step's pixels left a dashed line that read as letters)
    grey = a < bg - CONTRAST // 3
    for x0, y0, x1, y1, t in frames:
        t += 1  # (an edge pixel half dark)
        for region in ((slice(y0, y0 + t), slice(x0, x1)), (slice(y1 - t, y1), slice(x0, x1)),
                       (slice(y0, y1), slice(x0, x0 + t)), (slice(y0, y1), slice(x1 - t, x1))):
            part = out[region]
            part[dark[region]] = bg
        for region in ((slice(max(0, y0 - 1), y0 + t + 1), slice(x0, x1)),
                       (slice(max(0, y1 - t - 1), y1 + 1), slice(x0, x1))):
            part = out[region]
            part[grey[region]] = bg
    return Image.fromarray(out)
