"""Split a live text into plain runs and finding runs, for highlighting in templates.

Pure functions over offsets; the template renders each run with autoescaping, so hostile
ticket text is never interpreted as markup.

>>> [(s.text, s.finding_id) for s in segments("call 12345678 now", [(5, 13, 7)])]
[('call ', None), ('12345678', 7), (' now', None)]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    finding_id: int | None = None
    #: other findings whose spans overlap this one (shown as one highlight)
    also: tuple[int, ...] = ()


def segments(text: str, spans: Iterable[tuple[int, int, int]]) -> list[Segment]:
    """Runs of ``text``; ``spans`` are (start, end, finding id). Spans outside the text are
    dropped; a span overlapping an earlier one is merged into it.

    >>> [(s.text, s.finding_id, s.also) for s in segments("abcdef", [(1, 4, 1), (3, 5, 2), (9, 12, 3)])]
    [('a', None, ()), ('bcde', 1, (2,)), ('f', None, ())]
    """
    ordered = sorted((s, e, fid) for s, e, fid in spans if 0 <= s < e <= len(text))
    merged: list[list] = []
    for start, end, fid in ordered:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][3].append(fid)
        else:
            merged.append([start, end, fid, []])
    out: list[Segment] = []
    pos = 0
    for start, end, fid, also in merged:
        if start > pos:
            out.append(Segment(text[pos:start]))
        out.append(Segment(text[start:end], fid, tuple(also)))
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out
