"""Round 34B of the screenshot probe (``benchmarks/screenshot_probe.py --layouts r33``): a
paper form's digit comb (one printed box per digit) is erased before OCR (``combs.py``), so
its number reads as digits and joins where the engine cut it at a box's pitch
(``ocr_repair.join_numbers``); a form's next column's label beside ``E-post`` is no address
when the address stands under the label (``ocr_mail_slots``). Values are generated."""

from __future__ import annotations

import random

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pii_scanner.extract.combs import combs, erase_combs
from pii_scanner.extract.images import ocr_image
from pii_scanner.extract.ocr import TesseractOCR, finish
from pii_scanner.extract.ocr_mail_slots import fill_slots
from pii_scanner.extract.ocr_repair import join_numbers

from ..detect.generated import valid_fnr
from .ocr_words import line_words, no_crop

_R = random.Random(3402)


def _font(size: int) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size=size)


def _comb(d: ImageDraw.ImageDraw, x: int, y: int, text: str, cell: int, height: int, size: int) -> int:
    """Draw ``text`` one character per box from ``(x, y)``; a space leaves a gap between two
    combs. Returns the x after the last box."""
    font = _font(size)
    for ch in text:
        if ch == " ":
            x += cell // 4
            continue
        d.rectangle([x, y, x + cell, y + height], outline=40)
        tw = d.textlength(ch, font=font)
        d.text((x + (cell - tw) / 2, y + (height - size) / 2 - 1), ch, font=font, fill=20)
        x += cell
    return x


def _form(fnr: str, cell: int = 24, height: int = 30, size: int = 16) -> Image.Image:
    im = Image.new("L", (640, 160), 255)
    d = ImageDraw.Draw(im)
    d.text((20, 20), "Fødselsnummer (11 siffer)", font=_font(12), fill=110)
    _comb(d, 20, 40, f"{fnr[:6]} {fnr[6:]}", cell, height, size)
    d.text((20, 100), "Telefon", font=_font(12), fill=110)
    return im


@pytest.mark.parametrize("cell, height, size", [(24, 30, 16), (20, 26, 14), (29, 38, 18)])
def test_a_comb_is_found_and_its_boxes_erased(cell, height, size):
    im = _form(valid_fnr(_R), cell, height, size)
    a = np.asarray(im)
    found = combs(a < 195)
    assert [len(c) for c in found] == [7, 6]  # two combs: six boxes and five
    out = np.asarray(erase_combs(im))
    for chain in found:
        for x0, x1, y0, y1 in chain:
            assert (out[y0 + 3:y1 - 3, x0:x1] > 200).all()  # the boxes' sides are gone
    assert (out[15:35] == a[15:35]).all()  # the label above is untouched


def test_shapes_that_are_no_comb():
    im = Image.new("L", (700, 260), 255)
    d = ImageDraw.Draw(im)
    d.rectangle([20, 20, 300, 50], outline=40)                     # a field's lone frame
    d.text((30, 28), "Kari Nordmann", font=_font(14), fill=20)
    for x in (320, 342):                                           # two check boxes
        d.rectangle([x, 24, x + 16, 40], outline=40)
    for row in range(4):                                           # a table: its rules run on
        for col in range(6):
            d.rectangle([20 + 30 * col, 70 + 28 * row, 50 + 30 * col, 98 + 28 * row], outline=40)
    for col in range(5):                                           # a row of wide cells
        d.rectangle([260 + 80 * col, 80, 340 + 80 * col, 110], outline=40)
    d.text((30, 200), "Ill lll III mm", font=_font(30), fill=20)   # stems of letters
    assert combs(np.asarray(im) < 195) == []
    assert np.array_equal(np.asarray(erase_combs(im)), np.asarray(im))


@pytest.fixture(scope="module")
def ocr():
    pytest.importorskip("tesserocr")
    return TesseractOCR()


@pytest.mark.parametrize("cell", [24, 28])
def test_a_number_in_a_comb_reads_as_digits(ocr, cell):
    fnr = valid_fnr(_R)
    text = ocr_image(_form(fnr, cell, 32, 17).convert("RGB"), ocr).text
    assert fnr in text.replace(" ", "")
    assert not any(c in text.split("Telefon")[0].split("siffer)")[1] for c in "|[]")


def test_a_comb_read_cut_at_a_box_pitch_is_joined():
    fnr = valid_fnr(_R)
    # the engine's word for ten boxes and the last box's digit, one box's pitch apart
    words = line_words([fnr[:10]], cw=28) + line_words([fnr[10]], x=10 + 28 * 10 + 18, cw=10)
    words += line_words(["44334555"], x=600)
    assert [w.text for w in join_numbers(words)] == [fnr, "44334555"]
    # no join where the joined digits fail the check digits
    bad = fnr[:10] + str((int(fnr[10]) + 1) % 10)
    words[1] = line_words([bad[10]], x=10 + 28 * 10 + 18, cw=10)[0]
    assert [w.text for w in join_numbers(words)] == [fnr[:10], bad[10], "44334555"]
    # nor at a gap of two boxes
    words[1] = line_words([fnr[10]], x=10 + 28 * 12, cw=10)[0]
    assert [w.text for w in join_numbers(words)] == [fnr[:10], fnr[10], "44334555"]


def test_the_next_columns_label_beside_an_e_mail_label_is_no_address():
    words = (line_words(["E-post"], y=10) + line_words(["Bilens", "reg.nr."], x=400, y=10)
             + line_words(["roarantonsen@epost.no"], y=40, line=(1, 1, 2))
             + line_words(["EL", "44785"], x=400, y=40, line=(1, 1, 2)))
    assert [w.text for w in fill_slots(words)][1:3] == ["Bilens", "reg.nr."]
    # its address misread under it: the same
    words[3] = line_words(["roarantonsenQGepost.no"], y=40, line=(1, 1, 2))[0]
    assert [w.text for w in fill_slots(words)][1:3] == ["Bilens", "reg.nr."]


def test_an_address_beside_its_label_is_still_mended():
    # a key-value layout: the address beside its label, the next row's label under it
    words = (line_words(["E-post:", "k.bengtssonefirma.no"], y=10)
             + line_words(["Telefon:", "412", "34", "567"], y=30, line=(1, 1, 2)))
    assert fill_slots(words)[1].text == "k.bengtsson@firma.no"
    assert finish(words, no_crop).text.startswith("E-post: k.bengtsson@firma.no")
