"""A Norwegian postal place right after its postcode, as OCR misread it.

Tesseract drops a letter's mark in small or blurred type (``4198 FOLDOY`` for ``FOLDØY``,
``0468 OSLO`` is fine, ``5055 BERGEN``) and cuts a long place name in two at a narrow
letter pair (``3088 HOLME STRAND`` for ``HOLMESTRAND``). The street recognizer checks a
postcode's place against Posten's register, and a misread place fails the check, so the
street line over it (a letter's address block beside its reference column) lost its
evidence. :func:`fix_places` puts the register's spelling back where the word (or two
words, joined) after a four-digit postcode on its line differs from the register's place
for that code only by marks (``ø``/``å``/``æ`` read ``o``/``a``/``ae``) or by a space the
engine put inside: only that code's own place, so a different town after a postcode (a
typo, another code's place) stays as read.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from pii_scanner.extract.boxes import union


class _Word(Protocol):
    text: str
    bbox: tuple[int, int, int, int]
    line: tuple[int, ...]


W = TypeVar("W", bound=_Word)

#: the letters whose marks OCR loses, and what it reads instead
_FOLD = str.maketrans({"ø": "o", "å": "a", "æ": "ae", "ä": "a", "ö": "o", "é": "e"})
#: punctuation a place's word may carry after it (``Næss,`` in ``…, 5502 Næss, Norway``)
_TRAIL = ",.;:"


@functools.cache
def _register():
    from pii_scanner.detect import gazetteers

    return gazetteers.postal_codes()


def _fold(text: str) -> str:
    return text.lower().translate(_FOLD)


def _spelled_as_read(place: str, read: str) -> str:
    """The register's ``place`` in the case of ``read``: capitals, or a capital first."""
    letters = [c for c in read if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return place.upper()
    return place[:1].upper() + place[1:]


def registered_place(code: str, read: Sequence[str]) -> str | None:
    """The register's place for ``code`` when ``read`` (the words after it, their trailing
    punctuation cut) is that place misread (marks lost, or one word cut in two), in the
    case read; None when ``read`` is already right or is no misreading of it.

    >>> registered_place("4198", ["FOLDOY"]), registered_place("3088", ["HOLME", "STRAND"])
    ('FOLDØY', 'HOLMESTRAND')
    >>> registered_place("4198", ["FOLDØY"]), registered_place("4198", ["Oslo"])
    (None, None)
    """
    place = _register().get(code)
    if place is None or " " in place or not read or not all(w.isalpha() for w in read):
        return None
    joined = "".join(read)
    if joined.lower() == place and len(read) == 1:
        return None
    if _fold(joined) != _fold(place):
        return None
    return _spelled_as_read(place, joined)


def fix_places(words: Sequence[W]) -> list[W]:
    """``words`` with the place after each four-digit postcode put back in the register's
    spelling (:func:`registered_place`): one word, or two joined into one with the union
    box, on the postcode's line."""
    out: list[W] = []
    i = 0
    while i < len(words):
        w = words[i]
        out.append(w)
        i += 1
        if not (len(w.text) == 4 and w.text.isdigit()) or i >= len(words) or words[i].line != w.line:
            continue
        for n in (2, 1):  # (the longer first: 'HOLME STRAND' before 'HOLME')
            group = list(words[i:i + n])
            if len(group) < n or any(g.line != w.line for g in group):
                continue
            tail = group[-1].text[len(group[-1].text.rstrip(_TRAIL)):]
            read = [g.text for g in group[:-1]] + [group[-1].text[:len(group[-1].text) - len(tail)]]
            place = registered_place(w.text, read)
            if place is not None:
                out.append(replace(group[0], text=place + tail, bbox=union(g.bbox for g in group)))
                i += n
                break
    return out
