"""First names that the engine read with a stray mark: a glyph glued before the name, or an
``i`` read as ``!``.

1. A chat or a mail list draws an avatar, a circle with the person's initial, right before
   the name; the engine often reads the initial into the name's word (``BLovisa Jakobsson``,
   ``GSolveig``). Read so, the name is on no list, and the line is no person's.
   :func:`split_initial` cuts such a word in two: a capital, then a capitalised listed first
   name of three letters or more, the whole no listed name and no common word (``OKay``,
   typed with the shift key held, stays) and the rest no common word.
2. A small ``i`` ending a name, its dot and stem apart in small type, read as ``!``
   (``Rand! Ruud`` for ``Randi Ruud``). :func:`fix_bang` puts the ``i`` (or an ``l``) back
   when the word with it is a listed first name and a capitalised word follows on its line:
   when the word as read is no listed first name, or (``Rand`` is one) when the word after
   it is a listed surname that is no common word. An exclamation after a name is a
   greeting's (``Hei Per! Takk``), and ``Per`` is a name as read.
3. (Round 37D) The space between a first name and a surname lost in small type
   (``JonasJakobsen,`` in a contract's prose, 10 px serif). :func:`split_joined_name` cuts
   such a word in two: two capitalised parts of three letters or more, the first a listed
   first name and the second a listed surname, neither a common word, the whole no listed
   name or common word (``PowerPoint``, ``YouTube``, ``SpareBank`` stay).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar


class _Word(Protocol):
    text: str
    bbox: tuple[int, int, int, int]
    line: tuple[int, ...]


W = TypeVar("W", bound=_Word)

_UPPER = "A-ZÆØÅÄÖÜÉ"
_LOWER = "a-zæøåäöüéè"
_GLUED = re.compile(rf"^([{_UPPER}])([{_UPPER}][{_LOWER}]{{2,}})$")
_BANG = re.compile(rf"^([{_UPPER}][{_LOWER}]+)!$")
_JOINED = re.compile(rf"^([{_UPPER}][{_LOWER}]{{2,}})([{_UPPER}][{_LOWER}]{{2,}})([,.]?)$")


@functools.cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    from pii_scanner.detect import gazetteers
    from pii_scanner.detect.common_words import common_words

    return gazetteers.first_names(), common_words()


def split_initial(text: str) -> tuple[str, str] | None:
    """``(initial, name)`` when ``text`` is an avatar's initial glued to a first name, else None.

    >>> split_initial("BLovisa"), split_initial("GSolveig")
    (('B', 'Lovisa'), ('G', 'Solveig'))
    >>> split_initial("Lovisa"), split_initial("OKay"), split_initial("PCen"), split_initial("TVLovisa")
    (None, None, None, None)
    """
    m = _GLUED.match(text)
    if m is None:
        return None
    first, common = _lists()
    name = m[2].lower()
    if text.lower() in first or text.lower() in common or name not in first or name in common:
        return None
    return m[1], m[2]


def split_initials(words: Sequence[W]) -> list[W]:
    """``words`` with each avatar's initial glued to a first name (:func:`split_initial`) cut
    off as a word of its own, the box divided by the share of the characters."""
    out: list[W] = []
    for w in words:
        parts = split_initial(w.text) if w.text[1:2].isupper() else None
        if parts is None:
            out.append(w)
            continue
        x0, y0, x1, y1 = w.bbox
        cut = x0 + (x1 - x0) // len(w.text)
        out.append(replace(w, text=parts[0], bbox=(x0, y0, cut, y1)))
        out.append(replace(w, text=parts[1], bbox=(cut + 1, y0, x1, y1)))
    return out


def fix_bang(text: str, next_text: str | None) -> str:
    """``text`` with a ``!`` read for a first name's last ``i`` or ``l`` put back (module doc),
    or ``text``; ``next_text``: the next word on the line, or None.

    >>> fix_bang("Rand!", "Ruud"), fix_bang("Kar!", "Hansen")
    ('Randi', 'Kari')
    >>> fix_bang("Per!", "Takk"), fix_bang("Rand!", "Takk"), fix_bang("Rand!", None), fix_bang("Rand!", "takk")
    ('Per!', 'Rand!', 'Rand!', 'Rand!')
    """
    m = _BANG.match(text)
    if m is None or not next_text or not next_text[:1].isupper() or not next_text[:1].isalpha():
        return text
    first, common = _lists()
    if m[1].lower() in first and not _surname(next_text, common):
        return text
    return next((m[1] + c for c in "il" if (m[1] + c).lower() in first), text)


def _surname(text: str, common: frozenset[str]) -> bool:
    """``text`` (maybe with a comma after it) is a listed surname and no common word."""
    from pii_scanner.detect import gazetteers

    key = gazetteers.fold(text.rstrip(",.").lower())
    return key in gazetteers.surnames() and key not in common


def fix_bangs(words: Sequence[W]) -> list[W]:
    """``words`` with :func:`fix_bang` applied to each word ending in ``!``."""
    out = list(words)
    for i, w in enumerate(words):
        if not w.text.endswith("!"):
            continue
        nxt = words[i + 1].text if i + 1 < len(words) and words[i + 1].line == w.line else None
        if (fixed := fix_bang(w.text, nxt)) != w.text:
            out[i] = replace(w, text=fixed)
    return out


def split_joined_name(text: str) -> tuple[str, str] | None:
    """``(first name, surname)`` when ``text`` is the two glued by a lost space (module doc,
    3; a comma or full stop after it stays with the surname), else None.

    >>> split_joined_name("JonasJakobsen,"), split_joined_name("KariHansen")
    (('Jonas', 'Jakobsen,'), ('Kari', 'Hansen'))
    >>> split_joined_name("PowerPoint"), split_joined_name("YouTube"), split_joined_name("Jonas")
    (None, None, None)
    """
    m = _JOINED.match(text)
    if m is None:
        return None
    from pii_scanner.detect import gazetteers

    first, common = _lists()
    given, last = m[1].lower(), m[2].lower()
    whole = (m[1] + m[2]).lower()
    if given not in first or given in common or whole in first or whole in common \
            or whole in gazetteers.surnames() or not _surname(m[2], common):
        return None
    return m[1], m[2] + m[3]


def split_joined_names(words: Sequence[W]) -> list[W]:
    """``words`` with each first name glued to its surname (:func:`split_joined_name`) cut in
    two words, the box divided by the share of the characters."""
    from pii_scanner.extract.ocr_streets import split_words
    return split_words(words, split_joined_name)
