import io

import pytest
from PIL import Image

from .extract_fixtures import EMAIL, FNR, RegexDetector, iou, png_with_size, text_image
from pii_scanner.extract.attachments import ExtractLimits, extract_bytes
from pii_scanner.extract.images import detect_image, image_hook
from pii_scanner.extract.ocr import OcrWord, PytesseractOCR, TesseractOCR, assemble
from pii_scanner.extract.pieces import ExtractError

LINES = ["Kundeprofil", f"Fødselsnummer: {FNR}", f"E-post: {EMAIL}", "Status: aktiv"]


class FakeOCR:
    """Returns one word per call at a fixed box, recording what it was given."""

    def __init__(self):
        self.sizes = []

    def read(self, image, timeout=None):
        self.sizes.append(image.size)
        return assemble([OcrWord(FNR, (20, 10, 220, 40), 95.0, (1, 1, 1))])


def test_fake_ocr_boxes_are_mapped_back_to_original_pixels():
    drawn = text_image(["x"], width=400)
    ocr = FakeOCR()
    res = extract_bytes(drawn.data, "a.png", ExtractLimits(), ocr)
    page = [p for p in res.pieces if p.location == "page 1"][0]
    assert ocr.sizes == [(800, Image.open(io.BytesIO(drawn.data)).height * 2)]  # upscaled ×2 for OCR
    assert page.word_boxes[0].bbox == (10, 5, 110, 20)
    assert page.page == 1


def test_multi_frame_tiff_gives_one_piece_per_frame_up_to_the_page_limit():
    frames = [Image.new("RGB", (120, 60), c) for c in ("white", "gray", "black")]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:])
    res = extract_bytes(out.getvalue(), None, ExtractLimits(max_pages=2), FakeOCR())
    assert [p.page for p in res.pieces] == [1, 2]
    assert any("3 frames" in e for e in res.errors)


def test_without_ocr_images_yield_only_metadata():
    res = extract_bytes(text_image(LINES).data, "a.png", ExtractLimits(), None)
    assert res.mime == "image/png" and res.pieces == () and res.errors == ()


def test_pixel_limit_is_checked_before_decoding():
    res = extract_bytes(png_with_size(100_000, 100_000), "bomb.png", ExtractLimits(), FakeOCR())
    assert res.pieces == () and "pixel" in res.errors[0]
    small = extract_bytes(text_image(LINES).data, None, ExtractLimits(max_pixels=1000), FakeOCR())
    assert "over the 1000-pixel limit" in small.errors[0]


@pytest.mark.tesseract
@pytest.mark.parametrize("fmt,dark", [("PNG", False), ("JPEG", False), ("PNG", True), ("WEBP", False)])
def test_planted_values_are_found_with_their_boxes(fmt, dark):
    drawn = text_image(LINES, fmt=fmt, dark=dark)
    findings = detect_image(drawn.data, RegexDetector(), TesseractOCR())
    by_type = {f.entity_type: f for f in findings}
    assert set(by_type) == {"NO_FODSELSNUMMER", "EMAIL_ADDRESS"}
    assert iou(by_type["NO_FODSELSNUMMER"].bbox, drawn.boxes[FNR]) >= 0.5
    assert iou(by_type["EMAIL_ADDRESS"].bbox, drawn.boxes[EMAIL]) >= 0.5
    assert all(f.page == 1 for f in findings)


@pytest.mark.tesseract
def test_command_line_adapter_reads_the_same():
    drawn = text_image(LINES)
    a = TesseractOCR().read(Image.open(io.BytesIO(drawn.data)).convert("L"))
    b = PytesseractOCR().read(Image.open(io.BytesIO(drawn.data)).convert("L"))
    assert FNR in a.text and FNR in b.text
    wa = [w for w in a.words if a.text[w.start:w.end] == FNR][0]
    wb = [w for w in b.words if b.text[w.start:w.end] == FNR][0]
    assert iou(wa.bbox, wb.bbox) > 0.8


@pytest.mark.tesseract
def test_ocr_timeout_is_reported():
    from pii_scanner.extract.ocr import OcrTimeout

    page = Image.open(io.BytesIO(text_image(LINES * 20, width=1500).data))  # far more than 1 ms of work
    with pytest.raises(OcrTimeout):
        TesseractOCR().read(page, timeout=0.001)


@pytest.mark.tesseract
def test_image_hook_reads_paths_and_keeps_boxed_findings(tmp_path):
    path = tmp_path / "s.png"
    path.write_bytes(text_image(LINES).data)
    hook = image_hook(RegexDetector())
    found = hook(str(path))
    assert {f.entity_type for f in found} == {"NO_FODSELSNUMMER", "EMAIL_ADDRESS"}
    assert all(f.bbox for f in found)


def test_detect_image_raises_on_unreadable_image():
    with pytest.raises(ExtractError):
        detect_image(b"\x89PNG\r\n\x1a\nnot really", RegexDetector(), FakeOCR())


@pytest.mark.tesseract
def test_a_jpeg_over_the_pixel_limit_is_read_shrunk_with_boxes_in_original_pixels():
    # a 50-200 megapixel phone photo, here scaled down with the limit: 4.6 MP against 2 MP
    drawn = text_image(LINES, fmt="JPEG", size=88, width=3040, margin=120)
    with Image.open(io.BytesIO(drawn.data)) as im:
        assert im.width * im.height > 2_000_000
    limits = ExtractLimits(max_pixels=2_000_000)
    findings = detect_image(drawn.data, RegexDetector(), TesseractOCR(), limits)
    by_type = {f.entity_type: f for f in findings}
    assert iou(by_type["NO_FODSELSNUMMER"].bbox, drawn.boxes[FNR]) >= 0.5
    assert iou(by_type["EMAIL_ADDRESS"].bbox, drawn.boxes[EMAIL]) >= 0.5
    png = text_image(LINES, fmt="PNG", size=88, width=3040, margin=120)  # no cheap shrink: refused
    assert "pixel limit" in extract_bytes(png.data, None, limits, TesseractOCR()).errors[0]


def _photo_of_paper(fmt: str = "JPEG") -> bytes:
    """A phone photo of a printed page: the sheet on a brown table, lighting falling off to
    one side, sensor noise, blur; no grey covers a quarter of it, unlike a screen's."""
    import numpy as np
    from PIL import ImageFilter

    page = Image.open(io.BytesIO(text_image(["Kundeprofil", f"E-post: {EMAIL}"], size=30).data)).convert("RGB")
    sheet = Image.new("RGB", (page.width + 160, page.height + 160), (90, 80, 70))
    sheet.paste(page, (80, 80))
    a = np.asarray(sheet).astype(np.float32) * np.linspace(0.75, 1.0, sheet.width)[None, :, None]
    a += np.random.default_rng(5).normal(0, 6, a.shape)
    photo = Image.fromarray(a.clip(0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(1.2))
    out = io.BytesIO()
    photo.save(out, fmt, quality=70)
    return out.getvalue()


def test_a_camera_photo_gets_no_panel_lift_a_screenshot_does_jpeg_or_not(monkeypatch):
    """A JPEG may be a photo of paper on a dark table: lifting 'panels' there read the sheet's
    edge as one and lost its text (generated photos 41/41 -> 33/41 values). A JPEG of a
    screen (flat background) is lifted like a PNG: its header bar's white labels were lost."""
    import pii_scanner.extract.preprocess as preprocess

    calls = []
    real = preprocess.lift_light_text
    monkeypatch.setattr(preprocess, "lift_light_text", lambda im, *a, **k: calls.append(1) or real(im, *a, **k))
    from pii_scanner.extract.images import read_image

    screen = ["Kundeprofil", f"E-post: {EMAIL}"]
    for name, data, expected in (("PNG screen", text_image(screen, fmt="PNG").data, 1),
                                 ("JPEG screen", text_image(screen, fmt="JPEG").data, 1),
                                 ("JPEG photo", _photo_of_paper(), 0)):
        calls.clear()
        read_image(data, TesseractOCR())
        assert len(calls) == expected, name


def test_born_digital_tells_screens_from_photos():
    from pii_scanner.extract.preprocess import looks_born_digital

    assert looks_born_digital(Image.open(io.BytesIO(text_image(LINES, fmt="JPEG", dark=True).data)))
    assert not looks_born_digital(Image.open(io.BytesIO(_photo_of_paper())))


@pytest.mark.tesseract
def test_white_header_labels_of_a_jpeg_screenshot_table_are_read():
    """A grid table screenshot sent as JPEG, its column names white on a blue header bar:
    the bar went black with its labels (no lift for camera formats), so the numbers below
    lost the label that says what they are."""
    from PIL import ImageDraw

    from .extract_fixtures import _font

    font, size = _font(18), 18
    lh, xs = 38, (20, 130, 360, 520, 700)
    rows = [("34528", "Alexander Blomberg", "731009-4169", "073-275 39 86"),
            ("20173", "Sven-Erik Hansen", "750106-5614", "073-571 17 38"),
            ("27437", "Birgitta Lindblad", "540711-5681", "076-274 72 36"),
            ("15190", "Lars Andersson", "800404-3454", "070-923 17 84")]
    im = Image.new("RGB", (720, 40 + lh * (len(rows) + 1)), "white")
    d = ImageDraw.Draw(im)
    d.rectangle([20, 20, 700, 20 + lh], fill=(40, 90, 160))
    for x, head in zip(xs, ("Kundnr", "Namn", "Personnr", "Mobil")):
        d.text((x + 10, 20 + (lh - size) // 2), head, font=font, fill="white")
    for k, row in enumerate(rows, 1):
        for x, v in zip(xs, row):
            d.text((x + 10, 20 + k * lh + (lh - size) // 2), v, font=font, fill=(33, 33, 33))
    for x in xs:
        d.line([x, 20, x, 20 + (len(rows) + 1) * lh], fill=(210, 210, 210))
    for k in range(len(rows) + 2):
        d.line([20, 20 + k * lh, 700, 20 + k * lh], fill=(210, 210, 210))
    out = io.BytesIO()
    im.save(out, "JPEG", quality=70)
    from pii_scanner.extract.images import read_image

    text = read_image(out.getvalue(), TesseractOCR())[-1].text
    assert "Personnr" in text and "731009-4169" in text
