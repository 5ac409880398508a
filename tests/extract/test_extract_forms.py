"""Screenshots of forms (labels in one column, values in another) read with real tesseract:
every value must come out on the same text line as its label, or label-dependent
identifiers (CPR, Swedish personnummer, organisation numbers) lose their context."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageFont

from pii_scanner.extract.attachments import extract_bytes
from pii_scanner.extract.ocr import TesseractOCR

# synthetic numbers with valid check digits (generated, no one's)
FORM = [("Kontonummer:", "1710.38.71239"), ("CPR-nr.:", "280245-2805"), ("Org.nr.:", "905 668 633"),
        ("Personnummer:", "660906-8314"), ("Kontaktperson:", "Svitlana Worren")]


def _form(dark: bool, size: int, font: str) -> bytes:
    f = ImageFont.truetype(font, size)
    lh = int(size * 1.9)
    bg, fg = ((24, 24, 28), (225, 225, 225)) if dark else ((236, 242, 250), (90, 100, 115))
    im = Image.new("RGB", (40 + 280 + int(size * 14), 60 + lh * (len(FORM) + 3)), bg)
    d = ImageDraw.Draw(im)
    d.text((30, 20), "Dine opplysninger", font=f, fill=fg)
    for i, (label, value) in enumerate(FORM):
        y = 20 + lh * (i + 2)
        d.text((30, y), label, font=f, fill=fg)
        d.text((30 + int(size * 11), y), value, font=f, fill=fg)
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


@pytest.mark.tesseract
@pytest.mark.parametrize("dark,size,font", [(False, 13, "DejaVuSans.ttf"), (True, 14, "DejaVuSerif.ttf"),
                                            (False, 12, "DejaVuSansMono.ttf")])
def test_form_values_share_a_line_with_their_labels(dark, size, font):
    try:
        ImageFont.truetype(font, size)
    except OSError:
        pytest.skip(f"{font} not installed")
    res = extract_bytes(_form(dark, size, font), "form.png", ocr=TesseractOCR())
    lines = ["".join(line.split()) for line in res.text.splitlines()]
    for label, value in FORM:
        assert any(line.startswith(label[:3]) and line.endswith(value.replace(" ", ""))
                   for line in lines), (label, lines)


@pytest.mark.tesseract
@pytest.mark.parametrize("scale", [4.0, 2.5])  # as taken (over 2000 px); shrunk by a chat app
def test_a_tilted_phone_photo_of_a_form_is_read(scale):
    im = Image.open(io.BytesIO(_form(False, 16, "DejaVuSans.ttf"))).convert("RGB")
    im = im.resize((int(im.width * scale), int(im.height * scale)), Image.BICUBIC)
    page = Image.new("RGB", (im.width + 200, im.height + 200), (90, 80, 70))  # the table under it
    page.paste(im, (100, 100))
    page = page.rotate(3.0, resample=Image.BICUBIC, fillcolor=(90, 80, 70))
    out = io.BytesIO()
    page.save(out, "JPEG", quality=75)
    text = "".join(extract_bytes(out.getvalue(), "photo.jpg", ocr=TesseractOCR()).text.split())
    for _, value in FORM:
        assert value.replace(" ", "") in text
