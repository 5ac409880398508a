"""Letters tesseract reads for others in words that are no addresses: names above all.

1. A capital ``I`` starting a word read as ``l`` (``llari``, ``lngrid``, ``lvar``):
   :func:`fix_initial_i`. No Nordic or English word starts with a small ``l`` and then
   ``l``, ``b``, ``d``, ``g``, ``k``, ``m``, ``n``, ``r``, ``s``, ``t`` or ``v``; a name that
   lost its capital is no longer read as a name.
2. ``ä`` read as ``å`` by the Norwegian model, which has no ``ä`` (``Skårgrånd``,
   ``Kållström``): :func:`umlaut_look` reads such words again with the Swedish model.
3. A surname whose capital the engine read as its small letter, for the letters whose
   capital differs only in size (``Stian ødegård``): :func:`fix_surname_case` capitalises a
   listed surname right after a capitalised listed first name.

(The ``@`` of an address read as a letter is mended in ``ocr_repair.py``; a first name's lost
ring in ``ocr_names.py``.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pii_scanner.extract.ocr import OcrWord

#: ``l`` then a consonant no word starts with, then at least two more small letters
_L_FOR_I = re.compile(r"^l(?=[lbdgkmnrstv][a-zäöåæøéü]{2,}(?:[-,.:;]|$))")


def fix_initial_i(text: str) -> str:
    """``text`` with a word-initial ``l`` that must be a capital ``I`` put right (1. above)."""
    return _L_FOR_I.sub("I", text) if text[:1] == "l" else text


#: letters the Norwegian model reads where a Swedish, Finnish or German ``ä`` is printed
_A_RING = frozenset("åÅ")
_UMLAUT = {"å": "ä", "Å": "Ä"}


def umlaut_look(words: Sequence[OcrWord], read_crop: Callable[..., str]) -> list[OcrWord]:
    """Words with ``å`` read again with the Swedish model (``read_crop(box, lang="swe")``),
    which knows both ``å`` and ``ä``: the Norwegian one has no ``ä`` and reads it as ``å``
    (``Skärgränd`` as ``Skårgrånd``, ``Källström`` as ``Kållström``); each such word costs a
    line read (~8 ms), so only capitalised words of three letters or more (names, streets,
    towns) are read again. Only an ``å`` the
    second reading, letter for letter the same otherwise, has as ``ä`` is changed."""
    out = list(words)
    for i, w in enumerate(words):
        if len(w.text) < 3 or not w.text[0].isupper() or not _A_RING & set(w.text):
            continue  # two-letter words ('på', 'nå', 'så', 'är') are no names, and lower-case
            # words ('både', 'står', 'året') no names or streets: Norwegian text has many
        again = "".join(read_crop(w.bbox, lang="swe").split())
        if len(again) != len(w.text):
            continue
        pairs = list(zip(w.text, again))
        if any(a != b and _UMLAUT.get(a) != b for a, b in pairs):
            continue
        fixed = "".join(b if _UMLAUT.get(a) == b else a for a, b in pairs)
        if fixed != w.text:
            out[i] = OcrWord(fixed, w.bbox, w.conf, w.line)
    return out


#: lower-case letters whose capital has the same shape, only bigger: the engine's case for
#: them comes from the letter's height alone
_CASE_LOOKALIKE = frozenset("cosvwxzøæ")


def fix_surname_case(words: Sequence[OcrWord]) -> list[OcrWord]:
    """A surname whose capital the engine read as its small letter (``Stian ødegård``): the
    word after a capitalised listed first name on the same line, starting with a letter
    whose capital differs only in size (``ø``/``Ø``, ``s``/``S``, ``o``/``O``...), gets its
    capital back when capitalised it is a listed surname and lower-case it is no common
    word, and it ends the line or a capitalised word follows it (in running text a small
    word after a name is the sentence going on: 'Kari skal', 'Eva sover')."""
    from pii_scanner.detect import gazetteers
    from pii_scanner.detect.common_words import common_words

    out = list(words)
    for i in range(1, len(words)):
        w, prev = words[i], words[i - 1]
        if w.text[:1] not in _CASE_LOOKALIKE or prev.line != w.line or not prev.text[:1].isupper():
            continue
        nxt = words[i + 1] if i + 1 < len(words) and words[i + 1].line == w.line else None
        if nxt is not None and nxt.text[:1].islower():
            continue
        core = w.text.rstrip(",.;:")
        key = gazetteers.fold(core.lower())
        if not core.isalpha() or len(core) < 3 or key in common_words() or key not in gazetteers.surnames():
            continue
        if gazetteers.fold(prev.text.rstrip(",").lower()) not in gazetteers.first_names():
            continue
        out[i] = OcrWord(w.text[0].upper() + w.text[1:], w.bbox, w.conf, w.line)
    return out
