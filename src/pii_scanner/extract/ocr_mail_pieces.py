"""An address in an address's place that the engine cut into words.

In small or condensed type the engine reads a dot as a gap, or puts a gap inside a word:
``user=elisabeth holeGoutlook com`` (``elisabeth.holm@outlook.com`` in a log line, its dots
lost and its ``@`` read as ``G``), ``hege .metromsut leie.no`` under an ``E-post`` column.
Each word alone is no address, so ``ocr_mail_slots`` found none. Where the layout says an
address stands (the same places: after a log key naming a user or an address, after or
under an e-mail label, a role mailbox's name), :func:`pieces` gives the words after the
slot's word that may be the rest of it: on its line, each at most ``MAX_GAP`` character
widths after the one before (a column's gap ends it), of an address's characters, not
opening with a capital (the next field's label or a name) nor holding ``=`` (the log's next
key). :func:`joined` joins them, a dot put back where a gap stands between two letters or
digits; ``ocr_mail_slots`` keeps the join that, with its ``@`` back, is an address (the
fewest words that make one), its box the union of theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pii_scanner.extract.ocr import OcrWord

#: how far apart two pieces of one address may be, in character widths of the slot's word
MAX_GAP = 1.5
#: how many words after the slot's word may be pieces of its address
MAX_PIECES = 3
_PIECE = re.compile(r"^[a-z0-9.@&©®(_-][\w.@&©®()_-]*$")


def pieces(words: Sequence[OcrWord], i: int) -> list[OcrWord]:
    """The words after ``words[i]`` that may continue the address it opens (module doc)."""
    w = words[i]
    cw = (w.bbox[2] - w.bbox[0]) / max(len(w.text), 1)
    out: list[OcrWord] = []
    last = w
    for nxt in words[i + 1:i + 1 + MAX_PIECES]:
        if nxt.line != w.line or not _PIECE.match(nxt.text) or not 0 <= nxt.bbox[0] - last.bbox[2] <= MAX_GAP * cw:
            break
        out.append(nxt)
        last = nxt
    return out


def joined(texts: Sequence[str]) -> str:
    """``texts`` as one word, a dot between two that meet letter to letter or digit to digit
    (the gap stood for a lost dot), none where one already has it.

    >>> joined(["elisabeth", "holeGoutlook", "com"]), joined(["hege", ".metromsut", "leie.no"])
    ('elisabeth.holeGoutlook.com', 'hege.metromsut.leie.no')
    """
    out = texts[0]
    for t in texts[1:]:
        out += t if out.endswith((".", "@")) or t.startswith((".", "@")) else "." + t
    return out
