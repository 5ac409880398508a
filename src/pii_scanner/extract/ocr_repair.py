"""Repairs for the ways tesseract breaks e-mail addresses in screenshots.

1. ``@`` read as ``(Ø``, ``(Q``, ``(@``, ``&``, or a lone ``Q``, ``G``, ``Ø`` or ``©``
   between lower-case letters and a domain (``kari.berg&outlook.com``, ``kari.bergGoutlook.com``); we put the
   ``@`` back.
2. ``@`` read as a plain letter (the ``nor`` model reads it as ``e``): a word shaped like
   ``name<x>domain.tld`` with no ``@`` gets a second look, its crop read alone with the
   ``eng`` model, and the second reading is kept when it is an address.
3. Addresses split into several words, mostly at ``.`` in monospaced UI fonts
   (``jon. holm@bergeneiendom. no``); words on one line, close together, whose joined form is
   an address are joined, and the joined word's box is the union of theirs.

Both only touch words that end up forming an address; other text is left as read.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Sequence

from pii_scanner.extract.ocr import OcrWord

_AT_MISREAD = re.compile(r"(?<=[\w.])\((?:Ø|ø|Q|@|©)(?=[\w-])")
_Q_FOR_AT = re.compile(r"^([a-z0-9._+-]*[a-z0-9])[QGØ©]([a-z0-9-]+\.(?:[a-z]{2,}(?:\.[a-z]{2,})?)?\.?)$")
_AMP_FOR_AT = re.compile(r"^([a-z0-9._+-]*[a-z0-9])&([a-z0-9-]+\.[a-z]{2,}(?:\.[a-z]{2,})?\.?)$")
_NO_AT_ADDRESS = re.compile(r"^[\w.+-]{2,}[\w-]{2,}\.[a-z]{2,}\.?$")
_LOCAL = re.compile(r"^[\w.+-]+$")
_DOMAIN_PART = re.compile(r"^[\w.-]+$")
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
MAX_GAP = 1.5  # join gap, in median character widths of the line


def fix_at(text: str) -> str:
    """Put back an ``@`` that tesseract read as another glyph pair."""
    text = _AT_MISREAD.sub("@", text)
    if "@" not in text:
        text = _AMP_FOR_AT.sub(r"\1@\2", _Q_FOR_AT.sub(r"\1@\2", text))
    return text


def second_look(words: Sequence[OcrWord], read_crop: Callable[[tuple[int, int, int, int]], str]) -> list[OcrWord]:
    """Re-read words that look like an address missing its ``@`` (``read_crop(box)`` returns
    the text in that box of the same image); keep the new reading only if it is one."""
    out = []
    for w in words:
        text = fix_at(w.text)
        if "@" not in text and _NO_AT_ADDRESS.match(text):
            again = "".join(read_crop(w.bbox).split())
            if _EMAIL.match(fix_at(again).rstrip(".")) and abs(len(again) - len(text)) <= 2:
                text = fix_at(again)
        out.append(OcrWord(text, w.bbox, w.conf, w.line))
    return out


def repair(words: Sequence[OcrWord]) -> list[OcrWord]:
    """Words with ``@`` fixed and split addresses joined (order and lines kept)."""
    fixed = [OcrWord(fix_at(w.text), w.bbox, w.conf, w.line) for w in words]
    out: list[OcrWord] = []
    i = 0
    while i < len(fixed):
        w = fixed[i]
        if "@" not in w.text:
            out.append(w)
            i += 1
            continue
        cw = _char_width(fixed, w.line)
        group = [w]
        # extend left over words that belong to the local part
        while out and _close(out[-1], group[0], cw) and _LOCAL.match(out[-1].text) and (
                out[-1].text.endswith(".") or group[0].text.startswith((".", "@"))):
            group.insert(0, out.pop())
        # extend right while the domain is incomplete
        j = i + 1
        while j < len(fixed) and _close(group[-1], fixed[j], cw) and _DOMAIN_PART.match(fixed[j].text):
            domain = "".join(g.text for g in group).split("@", 1)[1]
            if "." in domain.rstrip(".") and not fixed[j].text.startswith("."):
                break
            group.append(fixed[j])
            j += 1
        joined = "".join(g.text for g in group)
        if len(group) > 1 and _EMAIL.match(joined.rstrip(".")):
            out.append(_merge(group, joined))
        else:
            out.extend(group)
        i = j
    return out


def _close(a: OcrWord, b: OcrWord, cw: float) -> bool:
    return a.line == b.line and 0 <= b.bbox[0] - a.bbox[2] + 1 <= MAX_GAP * cw + 1


def _char_width(words: Sequence[OcrWord], line: tuple[int, ...]) -> float:
    widths = [(w.bbox[2] - w.bbox[0]) / len(w.text) for w in words if w.line == line and w.text]
    return statistics.median(widths) if widths else 10.0


def _merge(group: list[OcrWord], text: str) -> OcrWord:
    return OcrWord(text, (min(g.bbox[0] for g in group), min(g.bbox[1] for g in group),
                          max(g.bbox[2] for g in group), max(g.bbox[3] for g in group)),
                   min(g.conf for g in group), group[0].line)
