"""Screenshot renderings of round 6: phone chats scaled 2-3x (large text on coloured bubbles,
a large bold name in the header bar), tiny dark text, Nordic letters in values."""

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pii_scanner.extract.images import ocr_image
from pii_scanner.extract.ocr import TesseractOCR
from pii_scanner.extract.preprocess import lift_light_text


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size=size)


def _white_on_panel(text: str, size: int, panel: int = 110) -> tuple[Image.Image, np.ndarray]:
    font = _font(size)
    w = int(ImageDraw.Draw(Image.new("L", (1, 1))).textlength(text, font=font)) + 4 * size
    im = Image.new("L", (w + 40, 4 * size), 250)
    ImageDraw.Draw(im).rounded_rectangle([20, size // 2, w + 20, 3 * size + size // 2], radius=size // 2, fill=panel)
    ink = Image.new("L", im.size, 0)
    ImageDraw.Draw(ink).text((20 + 2 * size, size + size // 4), text, font=font, fill=255)
    im.paste(255, mask=ink)
    return im, np.asarray(ink) >= 200


def test_lifting_keeps_the_wide_bars_of_large_light_text():
    """A 3x screenshot's 48 px text has bars ('T', 'E', '7') wider than the 15 px window the
    panel under the text was estimated with: they were kept as panel and vanished."""
    im, ink = _white_on_panel("TELEFON 777 FETT", 48)
    out = np.asarray(lift_light_text(im))
    assert (out[ink] <= 80).mean() > 0.9


def test_lifting_leaves_large_bold_dark_text_alone():
    """A 3x header bar's bold name: flat dark cells inside its strokes made it a 'panel'
    and its counters 'light text', and the name came out as a negative."""
    im = Image.new("L", (700, 160), 246)
    d = ImageDraw.Draw(im)
    d.text((60, 40), "Meredith Åsa", font=_font(48, bold=True), fill=0)
    out = np.asarray(lift_light_text(im))
    a = np.asarray(im)
    assert (out[a <= 60] <= 80).mean() > 0.95  # its strokes stay ink
    assert (out[a >= 240] >= 200).mean() > 0.98  # the bar and the counters stay light


def _phone_chat(scale: int, fmt: str = "JPEG") -> Image.Image:
    """An iOS-like chat at ``scale`` (1080 px wide at 3x): a bold name in a light header bar,
    white text on blue bubbles, dark text on grey ones."""
    s = scale
    font, bold = _font(16 * s), _font(16 * s, bold=True)
    im = Image.new("RGB", (360 * s, 300 * s), (236, 229, 221))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, 360 * s, 44 * s], fill=(246, 246, 246))
    d.text((60 * s, 12 * s), "Meredith", font=bold, fill=(0, 0, 0))
    y = 60 * s
    for text, mine in (("Telefon 903 50 983", True), ("Det er 23124106125", False),
                       ("Ta kontakt", True), ("Mvh Line Bach", False)):
        tw = d.textlength(text, font=font)
        x = 360 * s - tw - 26 * s if mine else 26 * s
        d.rounded_rectangle([x - 12 * s, y, x + tw + 12 * s, y + 36 * s], radius=16 * s,
                            fill=(10, 132, 255) if mine else (233, 233, 235))
        d.text((x, y + 10 * s), text, font=font, fill=(255, 255, 255) if mine else (0, 0, 0))
        y += 52 * s
    buf = io.BytesIO()
    im.save(buf, fmt, quality=80)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


@pytest.mark.tesseract
def test_a_3x_phone_chat_is_read():
    text = ocr_image(_phone_chat(3), TesseractOCR()).text
    for value in ("Meredith", "Telefon 903 50 983", "23124106125", "Line Bach"):
        assert value in text


def test_lifting_leaves_the_counters_of_a_large_bold_name_alone():
    """With no light stems to measure, the only 'light text' is the counters of bold dark
    letters (an 'n' of a 3x header's name was turned into a negative)."""
    im = Image.new("L", (1080, 132), 246)
    ImageDraw.Draw(im).text((180, 36), "Younes", font=_font(48, bold=True), fill=0)
    assert lift_light_text(im).tobytes() == im.tobytes()


def test_umlaut_look_takes_the_swedish_models_a_umlaut_only():
    from pii_scanner.extract.ocr import OcrWord
    from pii_scanner.extract.ocr_letters import umlaut_look

    words = [OcrWord("Skårgrånd", (0, 0, 90, 12), 90.0, (1, 1, 1)),
             OcrWord("Umeå", (0, 20, 40, 32), 90.0, (1, 1, 2)),
             OcrWord("Kållström", (0, 40, 90, 52), 90.0, (1, 1, 3)),
             OcrWord("på", (0, 60, 20, 72), 90.0, (1, 1, 4)),
             OcrWord("både", (0, 80, 40, 92), 90.0, (1, 1, 5))]
    swedish = {words[0].bbox: "Skärgränd", words[1].bbox: "Umeå", words[2].bbox: "Kallstrom\n"}
    calls = []

    def read_crop(box, lang="eng"):
        calls.append(lang)
        return swedish[box]

    out = [w.text for w in umlaut_look(words, read_crop)]
    # the third reading differs in letters other than å/ä: it is not taken
    assert out == ["Skärgränd", "Umeå", "Kållström", "på", "både"]
    # two-letter and lower-case words (Norwegian prose has many) are not read again
    assert calls == ["swe", "swe", "swe"]


@pytest.mark.tesseract
def test_a_umlaut_in_swedish_names_and_streets_is_read():
    """The Norwegian model has no 'ä' and reads it as 'å'."""
    font = _font(16)
    im = Image.new("RGB", (640, 150), "white")
    d = ImageDraw.Draw(im)
    for i, line in enumerate(("Kund: Sarra Källström", "Adress: Skärgränd 80, 901 84 Umeå",
                              "Kontaktperson: Åse Nåvik, Gärdesvägen 49")):
        d.text((16, 20 + 40 * i), line, font=font, fill=(33, 37, 41))
    text = ocr_image(im, TesseractOCR()).text
    for value in ("Sarra Källström", "Skärgränd 80, 901 84 Umeå", "Åse Nåvik", "Gärdesvägen 49"):
        assert value in text


def test_a_short_light_name_on_a_wide_3x_header_bar_is_lifted():
    """A chat app's dark header bar, the width of a 3x screenshot, with a short white bold
    name: at 3x its light-text cells were under 3 % of the bar's and the bar was taken for
    a dark surround with a few light specks."""
    im = Image.new("L", (1080, 400), 255)
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, 1080, 132], fill=66)
    ink = Image.new("L", im.size, 0)
    ImageDraw.Draw(ink).text((180, 36), "Rimaz", font=_font(48, bold=True), fill=255)
    im.paste(255, mask=ink)
    out = np.asarray(lift_light_text(im))
    assert (out[np.asarray(ink) >= 200] <= 80).mean() > 0.8  # the name reads as ink
    assert out[10, 900] >= 240  # the bar as paper
