"""OCR words made by hand for the repair tests of the screenshot probe's rounds."""

from __future__ import annotations

from pii_scanner.extract.ocr import OcrWord

L1, L2 = (1, 1, 1), (1, 1, 2)


def line_words(texts, line=L1, x=10, y=10, cw=8, gap=8) -> list[OcrWord]:
    """Words of one line, ``cw`` pixels a character, ``gap`` pixels apart."""
    out = []
    for t in texts:
        out.append(OcrWord(t, (x, y, x + cw * len(t), y + 14), 90.0, line))
        x += cw * len(t) + gap
    return out


def no_crop(box, lang="eng"):
    """An OCR re-read of a box that finds nothing (``finish``'s crop callback)."""
    return ""
