"""Round 15: a PDF page's text layer reads its line breaks as '\\n', as the other extractors
deliver them (pdfium writes '\\r\\n'), so a detector rule that reads the next line (a postcode
under its street) sees the same text in a PDF as in a DOCX or a mail."""

from pii_scanner.extract.attachments import ExtractLimits, extract_bytes
from pii_scanner.extract.boxes import spans_to_bbox

from .extract_fixtures import text_pdf


def test_pdf_lines_end_in_a_newline_and_word_boxes_still_fit():
    data = text_pdf([["HAUGE AS", "Bergmyra 23", "9484 HARSTAD", "FAKTURA"]])
    page = [p for p in extract_bytes(data, "faktura.pdf", ExtractLimits(), None).pieces
            if p.location == "page 1"][0]
    assert "\r" not in page.text
    assert "Bergmyra 23\n9484 HARSTAD" in page.text
    for word in ("HAUGE", "Bergmyra", "HARSTAD", "FAKTURA"):
        k = page.text.index(word)
        box = [w for w in page.word_boxes if w.start == k]
        assert box and box[0].end == k + len(word)
    # the fourth line lies 3 x 16 pt under the first
    k1, k4 = page.text.index("HAUGE"), page.text.index("FAKTURA")
    y1 = spans_to_bbox(page.word_boxes, k1, k1 + 5)[1]
    y4 = spans_to_bbox(page.word_boxes, k4, k4 + 7)[1]
    assert 44 <= y4 - y1 <= 52


def test_an_address_in_a_pdf_is_found_across_its_line_break():
    from pii_scanner.detect.engine import build_detector
    from pii_scanner.detect.options import DetectOptions

    detector = build_detector(DetectOptions(use_ner=False))
    data = text_pdf([["HAUGE AS", "Bergmyra 23", "9484 HARSTAD", "FAKTURA"]])
    page = [p for p in extract_bytes(data, "faktura.pdf", ExtractLimits(), None).pieces
            if p.location == "page 1"][0]
    found = [page.text[f.start:f.end] for f in detector.analyze(page.text, "nb")
             if f.entity_type == "STREET_ADDRESS"]
    assert found == ["Bergmyra 23\n9484 HARSTAD"]
