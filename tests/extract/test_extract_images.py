import io

import pytest
from PIL import Image

from .extract_fixtures import EMAIL, FNR, RegexDetector, iou, png_with_size, text_image
from pii_scanner.extract.attachments import ExtractLimits, extract_bytes
from pii_scanner.extract.images import detect_image, image_hook
from pii_scanner.extract.ocr import OcrResult, OcrWord, PytesseractOCR, TesseractOCR, assemble
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


def test_a_camera_image_gets_no_panel_lift_a_screenshot_does(monkeypatch):
    """A JPEG may be a photo of paper on a dark table: lifting 'panels' there read the sheet's
    edge as one and lost its text (generated photos 41/41 -> 33/41 values)."""
    import pii_scanner.extract.preprocess as preprocess

    calls = []
    real = preprocess.lift_light_text
    monkeypatch.setattr(preprocess, "lift_light_text", lambda im, *a, **k: calls.append(1) or real(im, *a, **k))
    from pii_scanner.extract.images import read_image

    for fmt, expected in (("PNG", 1), ("JPEG", 0)):
        calls.clear()
        read_image(text_image(["Kundeprofil", f"E-post: {EMAIL}"], fmt=fmt).data, TesseractOCR())
        assert len(calls) == expected, fmt
