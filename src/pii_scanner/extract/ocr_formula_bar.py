"""A spreadsheet's formula-bar mark ``fx`` as the engine misreads it, put back.

A sheet's screenshot shows the name box (the selected cell's address, ``A1``, ``C12``) and
then the ``fx`` mark before the cell's value. Drawn small and grey, the mark comes out as
``tx`` or ``fr`` (and the ``1`` of ``A1`` as ``l``: ``Al``, a listed first name). The
detector knows a name box before ``fx`` (``name_edges.formula_bar_after``, the column a
formula bar's value sits in: ``context.column_header``), not before ``tx``; so ``Al`` was a
person and ``Al fr Kari`` a run of words. :func:`fix_marks` gives the mark back where it
stands: the second word of its line, right after a word shaped like a cell address as the
engine reads one (one or two letters, then digits or their look-alikes ``l``, ``I``, ``S``,
``O``), the mark itself two characters, ``f`` or ``t`` then ``x`` or ``r``. A ``fr`` after a
word of another shape (``Kl fr``, ``Ola fr``) or anywhere else on a line stays as read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar


class _Word(Protocol):
    text: str
    line: tuple[int, ...]


W = TypeVar("W", bound=_Word)

#: the name box as read: column letters (a ``C`` maybe read as ``c`` or ``€``), then the row's
#: digits, each maybe read as a look-alike letter, one of them a digit or ``l``/``I``
_ADDRESS = re.compile(r"^[A-Z€c][A-Z]?(?=[0-9lIiSO]*[0-9lI])[0-9lIiSO]{1,5}$")
#: the ``fx`` mark as the engine reads it (``fx`` itself is left as it is)
_MARK = re.compile(r"^[fFtƒ][xX×r]$")


def fix_marks(words: Sequence[W]) -> list[W]:
    """``words`` with a misread ``fx`` after a line's name box put back (module doc).

    The mark must be its line's second word, the first shaped like a cell's address."""
    out = list(words)
    for i in range(1, len(words)):
        w, prev = words[i], words[i - 1]
        if w.line != prev.line or w.text == "fx" or not _MARK.match(w.text) or not _ADDRESS.match(prev.text):
            continue
        if i >= 2 and words[i - 2].line == w.line:
            continue  # the name box opens its line
        out[i] = replace(w, text="fx")
    return out
