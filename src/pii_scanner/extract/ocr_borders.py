"""A table's cell borders that tesseract reads into words.

A cell border read as ``|`` (with a dash from the corner) glued to the word in the cell
(``—|kari.bergGoutlook.com``, ``|Andrea``): :func:`strip_rule` drops it, so the word reads as
it is printed (an address's ``@`` misread, a name); a border read as a word of its own is
dropped too (:func:`rule_only`), or it is one more cell in its row.
"""

from __future__ import annotations

import re

from pii_scanner.extract.ocr import OcrWord

#: a cell border read into a word: bars, maybe after a dash from the border's corner, at
#: the word's start or end, or the whole word
_RULE_HEAD = re.compile(r"^[—–_-]*[|¦]+(?=\w)")
_RULE_TAIL = re.compile(r"(?<=\w)[|¦]+[—–_-]*$")
_RULE_ONLY = re.compile(r"^[—–_-]*[|¦]+[—–_-]*$")


def rule_only(word: OcrWord) -> bool:
    """``word`` is nothing but a table border (``|``, ``—|``): a cell between two others that
    the engine read as a word of its own. Left in, it was one more cell in its row, and
    every cell after it lost the header of its column ('Simo Heikkilä | 251067-2374 ...')."""
    return bool(_RULE_ONLY.match(word.text))


def strip_rule(word: OcrWord) -> OcrWord:
    """``word`` without a table border the engine glued to its start or end (``—|`` in
    ``—|rbohlinØkommune.no``, ``|`` in ``|Andrea``), its box narrowed by the share of the
    characters dropped. The border hid the word's shape from every rule that reads a whole
    word (an address with ``@`` misread, a name). No word starts or ends with a bar."""
    text = word.text
    head = m.end() if (m := _RULE_HEAD.match(text)) else 0
    tail = m.start() if (m := _RULE_TAIL.search(text, head)) else len(text)
    if (head, tail) == (0, len(text)) or tail - head < 2:
        return word
    x0, y0, x1, y1 = word.bbox
    n = len(text)
    box = (x0 + (x1 - x0) * head // n, y0, x1 - (x1 - x0) * (n - tail) // n, y1)
    return OcrWord(text[head:tail], box, word.conf, word.line)
