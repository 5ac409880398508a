import io

import pytest
from PIL import Image

from .extract_fixtures import FNR, text_image
from pii_scanner.extract.attachments import ExtractLimits, extract_bytes
from pii_scanner.extract.ocr import TesseractOCR
from pii_scanner.extract.pool import ExtractPool


def test_pool_keeps_input_order_and_isolates_bad_files():
    files = [(f"fil {i}: {FNR}".encode(), f"{i}.txt") for i in range(6)]
    files.insert(3, (b"%PDF-1.4 broken", "bad.pdf"))
    with ExtractPool(ExtractLimits(), None, workers=2) as pool:
        results = list(pool.map(files))
    assert [r.pieces[0].text if r.pieces else None for r in results] == \
        [f"fil {i}: {FNR}" for i in range(3)] + [None] + [f"fil {i}: {FNR}" for i in range(3, 6)]
    assert results[3].errors


@pytest.mark.tesseract
def test_pool_runs_tesseract_in_workers():
    files = [(text_image([f"Fnr {FNR}", f"linje {i}"]).data, None) for i in range(3)]
    with ExtractPool(ExtractLimits(), TesseractOCR(), workers=2) as pool:
        results = list(pool.map(files))
    assert all(FNR in r.pieces[0].text for r in results)


def test_heic_is_read_through_pillow_heif():
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "white").save(out, "HEIF")

    class Box:
        def read(self, image, timeout=None):
            from pii_scanner.extract.ocr import OcrResult
            from pii_scanner.extract.pieces import WordBox
            assert image.size == (128, 96)
            return OcrResult("x", (WordBox(0, 1, (0, 0, 10, 10)),))

    res = extract_bytes(out.getvalue(), "IMG_0001.HEIC", ExtractLimits(), Box())
    assert res.mime == "image/heic" and res.errors == ()
    assert res.pieces[0].word_boxes[0].bbox == (0, 0, 5, 5)
