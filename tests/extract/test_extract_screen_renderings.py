"""Screenshot renderings the dev screenshots do not show: text on coloured panels in dark
mode (chat bubbles), and what each fix costs nothing on plain screenshots."""

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw

from .extract_fixtures import _font
from pii_scanner.extract.images import ocr_image
from pii_scanner.extract.ocr import TesseractOCR
from pii_scanner.extract.preprocess import _running, flatten_background


def _bubbles(lines: list[str], bg=(30, 31, 34), bubble=(50, 70, 110), fg=(225, 225, 225), size=16,
             width=600, height=400):
    """A dark-mode chat: light text on mid-tone bubbles in a mostly empty near-black window
    (the window's share of the pixels is what puts a global threshold between it and the
    bubbles)."""
    font = _font(size)
    im = Image.new("RGB", (width, height), bg)
    d = ImageDraw.Draw(im)
    for i, line in enumerate(lines):
        y = 15 + i * size * 3
        d.rounded_rectangle([10, y - 8, 30 + d.textlength(line, font=font), y + size + 10], radius=12, fill=bubble)
        d.text((20, y), line, font=font, fill=fg)
    return im


def test_flatten_whitens_a_panel_and_keeps_its_text_dark():
    im = Image.new("L", (60, 30), 230)
    im.paste(180, (10, 5, 50, 25))  # a mid-grey panel
    im.paste(40, (28, 12, 30, 18))  # a text stroke on it
    out = flatten_background(im)
    assert out.getpixel((18, 15)) >= 250  # the panel now reads as paper
    assert out.getpixel((29, 15)) <= 70  # the stroke stays ink
    assert out.getpixel((2, 2)) >= 250
    assert min(out.getpixel((x, 15)) for x in (10, 11, 12, 48, 49)) >= 250  # no grey rim inside its edge


def test_running_window_matches_a_plain_sliding_window():
    a = np.random.default_rng(3).integers(0, 256, (31, 17), dtype=np.uint8)
    for k in (1, 2, 3, 5, 8, 9):
        pad = [(k // 2, k - 1 - k // 2)] * 2
        ref = np.lib.stride_tricks.sliding_window_view(np.pad(a, pad, mode="edge"), (k, k)).min(axis=(-2, -1))
        assert (_running(a, k, np.minimum) == ref).all()


@pytest.mark.tesseract
def test_dark_mode_chat_bubbles_are_read():
    im = _bubbles(["Telefon: 953 68 499", "E-post: kari.berg@gmail.com", "Kontonummer: 3874.56.42451"])
    text = ocr_image(im, TesseractOCR()).text
    assert "953 68 499" in text
    assert "kari.berg@gmail.com" in text
    assert "3874.56.42451" in text


@pytest.mark.tesseract
def test_a_shrunk_jpeg_of_a_dark_chat_is_read():
    im = _bubbles(["Hei! Her er opplysningene mine:", "Telefon: +45 38 22 87 16", "CPR-nummer: 040799-1996"],
                  size=16, width=560, height=440)
    im = im.resize((336, 264), Image.LANCZOS)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=70)
    text = ocr_image(Image.open(buf).convert("RGB"), TesseractOCR()).text
    assert "38 22 87 16" in text
    assert "040799-1996" in text



@pytest.mark.tesseract
def test_digit_groups_in_a_narrow_font_keep_their_spaces():
    """Condensed UI fonts print a space narrower than a digit; the engine then reads
    '5574 9350' as one word, and a card number no longer looks like one."""
    font = _font(16)
    im = Image.new("RGB", (340, 36), "white")
    d = ImageDraw.Draw(im)
    d.text((10, 9), "Kortnummer:", font=font, fill=(33, 33, 33))
    x = 130
    for group in ("5574", "9350", "9186", "4902"):
        d.text((x, 9), group, font=font, fill=(33, 33, 33))
        x += d.textlength(group, font=font) + 4  # a space about a third of the usual width
    res = ocr_image(im, TesseractOCR())
    assert "5574 9350 9186 4902" in res.text
    first = next(w for w in res.words if res.text[w.start:w.end] == "5574")
    assert 125 <= first.bbox[0] <= 135 and first.bbox[2] < 130 + d.textlength("5574 ", font=font)
