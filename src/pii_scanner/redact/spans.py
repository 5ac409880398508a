"""Span arithmetic for redaction: merging, rewriting text, and ``<redact>`` tags in HTML.

Nothing here widens a span: a rewrite touches only the characters inside the given ranges,
and ``<redact>`` tags wrap only the text between tags inside a range, never a tag itself.

>>> merge([(5, 8), (0, 2), (1, 3), (8, 9)])
[(0, 3), (5, 9)]
>>> rewrite("Fnr 01019012345, ok", [(4, 15, "▇▇▇")])
'Fnr ▇▇▇, ok'
>>> wrap_redact("<p>Kari <b>Nordmann</b> ok</p>", [(3, 23)])
'<p><redact>Kari </redact><b><redact>Nordmann</redact></b> ok</p>'
>>> strip_redact(wrap_redact("<p>a &amp; b</p>", [(3, 12)])) == "<p>a &amp; b</p>"
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_TAG = re.compile(r"<[^>]*>")
_REDACT = re.compile(r"</?redact>")


def merge(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted union of half-open ranges; touching ranges join, empty ones vanish."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(r for r in ranges if r[1] > r[0]):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def rewrite(text: str, edits: Sequence[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, replacement)`` applied; the edits must not overlap."""
    out, pos = [], 0
    for start, end, replacement in sorted(edits):
        if start < pos or end > len(text) or start > end:
            raise ValueError("redaction spans overlap or fall outside the text")
        out.append(text[pos:start])
        out.append(replacement)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def wrap_redact(html: str, ranges: Iterable[tuple[int, int]]) -> str:
    """``html`` with the text inside each range wrapped in ``<redact>`` tags; characters of a
    tag (even one the range only partly covers) are never wrapped."""
    tags = [(m.start(), m.end()) for m in _TAG.finditer(html)]
    edits = []
    for start, end in merge(ranges):
        if end > len(html):
            raise ValueError("redaction span falls outside the HTML")
        pos = start
        for tag_start, tag_end in tags:
            if tag_end <= pos or tag_start >= end:
                continue
            if tag_start > pos:
                edits.append((pos, tag_start))
            pos = max(pos, tag_end)
        if pos < end:
            edits.append((pos, end))
    return rewrite(html, [(s, e, f"<redact>{html[s:e]}</redact>") for s, e in edits])


def strip_redact(html: str) -> str:
    """The HTML without our ``<redact>`` tags (what the helpdesk compares against)."""
    return _REDACT.sub("", html)
