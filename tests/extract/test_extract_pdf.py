import pytest

from .extract_fixtures import EMAIL, FNR, RegexDetector, image_pdf, iou, text_image, text_pdf
from pii_scanner.extract.attachments import ExtractLimits, extract_bytes
from pii_scanner.extract.boxes import spans_to_bbox
from pii_scanner.extract.images import boxed_findings
from pii_scanner.extract.ocr import TesseractOCR


def test_text_layer_pages_with_word_boxes_in_points():
    data = text_pdf([["Kunde: Kari Nordmann", f"Fnr: {FNR}"], [f"E-post: {EMAIL}"]], author="Kari Nordmann")
    res = extract_bytes(data, "kontrakt.pdf", ExtractLimits(), None)
    assert res.mime == "application/pdf" and res.errors == ()
    pages = {p.location: p for p in res.pieces}
    assert set(pages) == {"metadata", "page 1", "page 2"}
    p1 = pages["page 1"]
    assert FNR in p1.text and p1.page == 1
    k = p1.text.index(FNR)
    x0, y0, x1, y1 = spans_to_bbox(p1.word_boxes, k, k + len(FNR))
    # second line of text: baseline 770 - 16 pt from the bottom of an 842 pt page, 12 pt Helvetica
    assert 95 < x0 < 110 and 75 < y0 < 88 and 88 < y1 < 95 and x1 - x0 > 50
    assert pages["metadata"].findings[0].entity_type == "PERSON"


def test_page_limit_is_recorded():
    data = text_pdf([[f"side {i}"] for i in range(1, 8)])
    res = extract_bytes(data, None, ExtractLimits(max_pages=3), None)
    assert [p.page for p in res.pieces] == [1, 2, 3]
    assert res.errors == ("7 pages; pages after 3 not read",)


@pytest.mark.tesseract
def test_scanned_page_is_ocrd_and_boxes_are_in_points():
    drawn = text_image(["Skannet side", f"Fnr: {FNR}"], size=26)
    res = extract_bytes(image_pdf(drawn, dpi=144), "scan.pdf", ExtractLimits(), TesseractOCR())
    (page,) = [p for p in res.pieces if p.page == 1]
    (f,) = boxed_findings(page, RegexDetector().analyze(page.text))
    expected = tuple(round(v / 2) for v in drawn.boxes[FNR])  # 144 dpi image → 72 dpi points
    assert iou(f.bbox, expected) >= 0.5


@pytest.mark.tesseract
def test_picture_on_a_text_page_is_ocrd_with_boxes_in_points():
    from .extract_fixtures import pdf_with_picture

    shot = text_image(["Skjermbilde", f"Fnr: {FNR}"], size=26, width=500)
    data = pdf_with_picture([["Vedlagt skjermbilde fra kunden, se under."]], shot, at=(72, 200), width_pt=250)
    res = extract_bytes(data, None, ExtractLimits(), TesseractOCR())
    by = {p.location: p for p in res.pieces}
    assert FNR not in by["page 1"].text
    pic = by["page 1 picture 1"]
    (f,) = boxed_findings(pic, RegexDetector().analyze(pic.text))
    expected = tuple(v * 0.5 + off for v, off in zip(shot.boxes[FNR], (72, 200, 72, 200)))  # 500 px → 250 pt
    assert iou(f.bbox, expected) >= 0.5


@pytest.mark.tesseract
def test_scanned_page_with_a_tinted_block_keeps_its_text():
    """A grey photocopy area on a white page: a global threshold turns the whole area black
    (tesseract then reads nothing); the scan settings binarise locally."""
    import io

    from PIL import Image, ImageDraw

    from .extract_fixtures import _font

    page = Image.new("RGB", (1240, 1754), "white")  # A4 at 150 dpi
    draw = ImageDraw.Draw(page)
    draw.rectangle((60, 60, 1180, 900), fill=(232, 230, 222))
    for n, line in enumerate(("HUSLEIEKONTRAKT", "Kari Nordmann", f"Fnr: {FNR}")):
        draw.text((100, 120 + n * 60), line, font=_font(34), fill=(20, 20, 20))
    out = io.BytesIO()
    page.save(out, "PDF", resolution=150)
    res = extract_bytes(out.getvalue(), "scan.pdf", ExtractLimits(), TesseractOCR())
    text = "\n".join(p.text for p in res.pieces)
    assert FNR in text and "Nordmann" in text, text
