"""Screenshot renderings the dev screenshots do not show: text on coloured panels in dark
mode (chat bubbles), and what each fix costs nothing on plain screenshots."""

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw

from .extract_fixtures import _font
from pii_scanner.extract.images import ocr_image
from pii_scanner.extract.ocr import TesseractOCR
from pii_scanner.extract.preprocess import _running, flatten_background, lift_light_text


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


def _light_chat(lines: list[tuple[str, tuple[int, int, int], str]], size=11, width=600):
    """A light-theme chat: small text, most of it white on saturated 'sent' bubbles, some
    dark on pale ones, a dark line of text above them."""
    font = _font(size)
    im = Image.new("RGB", (width, 60 + len(lines) * int(size * 2.8)), "white")
    d = ImageDraw.Draw(im)
    d.text((30, 20), "Hei! Her er opplysningene mine:", font=font, fill=(33, 33, 33))
    y = 20 + int(size * 2.2)
    for i, (line, colour, fg) in enumerate(lines):
        tw = d.textlength(line, font=font)
        x = 30 if i % 3 != 1 else width - tw - 60
        d.rounded_rectangle([x - 12, y - 8, x + tw + 12, y + size + 10], radius=12, fill=colour)
        d.text((x, y), line, font=font, fill=fg)
        y += int(size * 2.8)
    return im


@pytest.mark.tesseract
def test_white_text_on_coloured_bubbles_of_a_light_chat_is_read():
    """A global threshold turns a coloured bubble black with its white text (the IBAN and
    the e-mail address were lost); the text is read once the bubble is lifted to white
    (``lift_light_text``); the dark text on pale bubbles is read as before."""
    white, dark, pale = "white", (33, 33, 33), (225, 240, 255)
    im = _light_chat([("IBAN: NO84 3856 2804 525", (88, 101, 242), white),
                      ("E-post: kari.berg@gmail.com", (220, 60, 90), white),
                      ("Saksnr: #71336", (37, 160, 90), white), ("Kanal: Telefon", (98, 0, 238), white),
                      ("Navn: Kari Berg", pale, dark), ("Telefon: 953 68 499", (0, 150, 136), white),
                      ("Adresse: Storgata 5, 0155 Oslo", (0, 132, 255), white)])
    text = ocr_image(im, TesseractOCR()).text
    for value in ("Hei! Her er opplysningene mine", "NO84 3856 2804 525", "kari.berg@gmail.com",
                  "Kari Berg", "953 68 499", "Storgata 5, 0155 Oslo"):
        assert value in text


def test_lifting_leaves_a_light_screen_without_panels_alone():
    im = Image.new("L", (120, 60), 250)
    ImageDraw.Draw(im).text((10, 20), "Kari 953 68 499", font=_font(12), fill=30)
    assert lift_light_text(im).tobytes() == im.tobytes()


def test_lifting_keeps_dark_text_on_a_grey_panel():
    """A mid-grey panel with dark text (a table header) is not a light-text panel."""
    im = Image.new("L", (160, 60), 250)
    d = ImageDraw.Draw(im)
    d.rectangle([5, 10, 155, 50], fill=170)
    d.text((15, 22), "Fodselsnummer", font=_font(12), fill=20)
    out = np.asarray(lift_light_text(im))
    assert (out[np.asarray(im) <= 60] <= 80).mean() > 0.9  # its text stays dark


def test_lifting_whitens_a_panel_and_darkens_its_light_text():
    im = Image.new("L", (160, 60), 250)
    d = ImageDraw.Draw(im)
    d.rounded_rectangle([5, 10, 155, 50], radius=8, fill=100)
    ink = Image.new("L", im.size, 0)
    ImageDraw.Draw(ink).text((15, 22), "953 68 499", font=_font(12), fill=255)
    im.paste(255, mask=ink)
    out = np.asarray(lift_light_text(im))
    assert out[14, 80] >= 240 and out[45, 30] >= 240  # panel margins read as paper
    assert (out[np.asarray(ink) >= 200] <= 60).mean() > 0.8  # text strokes read as ink
