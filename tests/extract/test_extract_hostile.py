"""The hostile set from the issue: each ends as findings or a recorded error, in time."""

import io
import time

import pytest
from PIL import Image

from .extract_fixtures import FNR, RegexDetector, nested_zip, png_with_size, text_image, text_pdf, zip_of
from pii_scanner.extract.attachments import ExtractLimits, extract_bytes
from pii_scanner.extract.ocr import TesseractOCR


class BlankOCR:
    def read(self, image, timeout=None):
        from pii_scanner.extract.ocr import OcrResult
        return OcrResult("", ())


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (400, 300), "white").save(out, "JPEG")
    return out.getvalue()


def _bad_crc_png() -> bytes:
    data = bytearray(text_image([f"Fnr {FNR}"]).data)
    k = data.index(b"IDAT")
    length = int.from_bytes(data[k - 4:k], "big")
    data[k + 4 + length] ^= 0xFF  # first CRC byte of the IDAT chunk
    return bytes(data)


HOSTILE = {
    "pixel bomb": (png_with_size(60_000, 60_000), "bomb.png"),
    "zip bomb": (zip_of({"zeros.bin": b"\0" * 20_000_000}), "bomb.zip"),
    "nested zips 20 deep": (nested_zip(20, f"fnr {FNR}".encode()), "deep.zip"),
    "truncated JPEG": (_jpeg()[:300], "cut.jpg"),
    "PNG with bad CRC": (_bad_crc_png(), "crc.png"),
    "PDF with broken xref": (text_pdf([[f"Fnr {FNR}"]], break_xref=True), "xref.pdf"),
    "encrypted PDF": (text_pdf([[f"Fnr {FNR}"]], encrypt=True), "locked.pdf"),
    "0-byte file": (b"", "empty.txt"),
    ".png that is really a ZIP": (zip_of({"a.txt": f"fnr {FNR}".encode()}), "photo.png"),
    "200-page PDF": (text_pdf([[f"side {i}", "tekst " * 20] for i in range(200)]), "long.pdf"),
    "binary junk": (bytes(range(256)) * 64, "junk.dat"),
}


@pytest.mark.tesseract
@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_file_ends_as_findings_or_recorded_error(name):
    data, file_name = HOSTILE[name]
    t = time.monotonic()
    res = extract_bytes(data, file_name, ExtractLimits(), TesseractOCR())
    assert time.monotonic() - t < 20
    findings = [f for p in res.pieces for f in RegexDetector().analyze(p.text)]
    assert findings or res.errors or name == "0-byte file"
    for e in res.errors:
        assert FNR not in e and "side " not in e  # errors carry no extracted text


def test_expected_outcomes():
    out = {n: extract_bytes(d, f, ExtractLimits(), BlankOCR()) for n, (d, f) in HOSTILE.items()}
    assert "pixel" in out["pixel bomb"].errors[0]
    assert "ratio" in out["zip bomb"].errors[0]
    assert any("nesting deeper than 5" in e for e in out["nested zips 20 deep"].errors)
    assert out["truncated JPEG"].errors
    # Pillow does not check IDAT checksums: the pixels decode and are OCR'd as usual
    assert out["PNG with bad CRC"].mime == "image/png" and [p.page for p in out["PNG with bad CRC"].pieces] == [1]
    assert out["encrypted PDF"].errors == ("encrypted PDF (password required)",)
    assert out["0-byte file"].mime == "application/x-empty"
    assert out[".png that is really a ZIP"].mime == "application/zip"
    assert any(FNR in p.text for p in out[".png that is really a ZIP"].pieces)
    long = out["200-page PDF"]
    assert len([p for p in long.pieces if p.page]) == 100 and "200 pages" in long.errors[0]
    assert "unsupported file type" in out["binary junk"].errors[0]


def test_oversized_file_is_refused_before_sniffing():
    res = extract_bytes(b"x" * 2000, None, ExtractLimits(max_bytes=1000), None)
    assert res.pieces == () and "over the 1000-byte limit" in res.errors[0]


def test_ocr_time_budget_is_shared_by_the_pages_of_a_file():
    class SlowOCR:
        def read(self, image, timeout=None):
            time.sleep(0.3)
            from pii_scanner.extract.ocr import OcrResult
            return OcrResult("", ())

    frames = [Image.new("RGB", (50, 50)) for _ in range(10)]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
    t = time.monotonic()
    res = extract_bytes(buf.getvalue(), None, ExtractLimits(ocr_timeout_s=0.5), SlowOCR())
    assert time.monotonic() - t < 2
    assert any("OCR time limit" in e for e in res.errors)


def test_limits_from_config_mapping():
    from pii_scanner.errors import ConfigError

    lim = ExtractLimits.from_mapping({"max_pages": 7, "ocr_timeout_s": 5, "ocr": False})
    assert (lim.max_pages, lim.ocr_timeout_s, lim.ocr, lim.max_depth) == (7, 5.0, False, ExtractLimits().max_depth)
    for bad in ({"max_page": 1}, {"max_pages": -1}, {"max_pages": "9"}, {"ocr": 1}):
        with pytest.raises(ConfigError):
            ExtractLimits.from_mapping(bad)
