"""First names whose first letter lost its diacritic in OCR.

A capital's ring, dots or stroke are small marks over or through a tall letter, and the
engine often loses them where a small letter keeps its own (``Ase`` for ``Åse``, ``Ake.``
for ``Åke.``, ``Orjan`` for ``Örjan``, ``Oystein`` for ``Øystein``). Read so, the name is on
no name list and the detector finds no person where the screenshot shows one.
:func:`restore_initial` gives such a word its letter back: a capitalised word of three
letters or more opening with ``A`` or ``O`` that, lower-cased, is neither a listed first name
nor a common word, while with ``Å``/``Ä`` (``Ø``/``Ö``) for its first letter it is a listed
first name. A word that is a name or a word as read (``Age``, ``Asa``, ``Olav``, ``Oda``)
stays as read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar


class _Word(Protocol):
    text: str


W = TypeVar("W", bound=_Word)

#: the capitals whose diacritic the engine loses, and the letters it may have lost
_MARKED = {"A": ("Å", "Ä"), "O": ("Ø", "Ö")}
_WORD = re.compile(r"^([AO][a-zåäöøæéü]{2,})([.,:;!?)]?)$")


@functools.cache
def _names() -> tuple[frozenset[str], frozenset[str]]:
    from pii_scanner.detect import gazetteers
    from pii_scanner.detect.common_words import common_words

    return gazetteers.first_names(), common_words()


def restore_initial(text: str) -> str:
    """``text`` with the diacritic its first letter lost put back (module doc), or ``text``.

    >>> restore_initial("Ase"), restore_initial("Ake."), restore_initial("Oystein")
    ('Åse', 'Åke.', 'Øystein')
    >>> restore_initial("Age"), restore_initial("Olav"), restore_initial("Anna"), restore_initial("ase")
    ('Age', 'Olav', 'Anna', 'ase')
    """
    m = _WORD.match(text)
    if m is None:
        return text
    first, common = _names()
    key = m[1].lower()
    if key in first or key in common:
        return text
    for mark in _MARKED[text[0]]:
        if (mark + m[1][1:]).lower() in first:
            return mark + text[1:]
    return text


def restore_initials(words: Sequence[W]) -> list[W]:
    """``words`` with :func:`restore_initial` applied to each capitalised ``A``/``O`` word."""
    return [replace(w, text=fixed) if w.text[:1] in _MARKED and (fixed := restore_initial(w.text)) != w.text
            else w for w in words]
