"""Map a finding's character span back to the pixel boxes of the words it covers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pii_scanner.extract.pieces import Box, WordBox


def union(boxes: Iterable[Box]) -> Box | None:
    """Smallest box holding every box given (``None`` for none)."""
    boxes = list(boxes)
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def covered_words(words: Sequence[WordBox], start: int, end: int) -> list[WordBox]:
    """Words whose character span overlaps ``start:end``."""
    return [w for w in words if w.start < end and w.end > start]


def spans_to_bbox(words: Sequence[WordBox], start: int, end: int) -> Box | None:
    """Union of the boxes of every word overlapping ``start:end``.

    A span that covers only part of a word (``fnr:12345678901`` read as one word) gets the
    part of the word's box proportional to its characters, so a label next to the value is
    not boxed with it. ``None`` when the span touches no word (e.g. it lies in whitespace).
    """
    parts = []
    for w in covered_words(words, start, end):
        x0, y0, x1, y1 = w.bbox
        n = w.end - w.start
        a, b = max(start, w.start) - w.start, min(end, w.end) - w.start
        if (a, b) != (0, n) and n > 0:
            width = x1 - x0
            x0, x1 = x0 + (width * a) // n, x0 - (-(width * b) // n)
        parts.append((x0, y0, x1, y1))
    return union(parts)


def spans_to_line_boxes(words: Sequence[WordBox], start: int, end: int) -> list[Box]:
    """Like :func:`spans_to_bbox` but one box per text line, for tight masking of a value
    that wraps (a line starts where a word sits below the previous one's middle)."""
    lines: list[list[Box]] = []
    for w in covered_words(words, start, end):
        box = spans_to_bbox([w], start, end)
        if box is None:
            continue
        if lines and box[1] < (lines[-1][-1][1] + lines[-1][-1][3]) / 2:
            lines[-1].append(box)
        else:
            lines.append([box])
    return [b for line in lines if (b := union(line)) is not None]
