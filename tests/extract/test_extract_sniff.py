import io

import docx
import openpyxl
from PIL import Image

from .extract_fixtures import text_pdf, zip_of
from pii_scanner.extract import sniff as types
from pii_scanner.extract.sniff import sniff


def _img(fmt: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(out, fmt)
    return out.getvalue()


def test_images_typed_by_content_not_name():
    for fmt, mime in (("PNG", "image/png"), ("JPEG", "image/jpeg"), ("GIF", "image/gif"),
                      ("WEBP", "image/webp"), ("TIFF", "image/tiff"), ("BMP", "image/bmp")):
        assert sniff(_img(fmt), "report.pdf") == mime


def test_containers_are_opened_to_tell_office_from_zip():
    d = io.BytesIO()
    docx.Document().save(d)
    x = io.BytesIO()
    openpyxl.Workbook().save(x)
    assert sniff(d.getvalue(), "a.zip") == types.DOCX
    assert sniff(x.getvalue(), "a.docx") == types.XLSX
    assert sniff(zip_of({"a.txt": b"hi"}), "photo.png") == types.ZIP


def test_text_kinds():
    assert sniff(text_pdf([["x"]]), "a.txt") == types.PDF
    assert sniff(b"<html><body>hei</body></html>") == "text/html"
    assert sniff(b"From: a@example.no\nTo: b@example.no\nSubject: hei\n\nbody") == types.EML
    assert sniff(b"navn;fnr\nKari;1\n", "kunder.csv") == "text/csv"
    assert sniff(b"navn;fnr\nKari;1\n", "kunder.txt") == "text/plain"
    assert sniff("BMW-bilen til Ærlend".encode("latin-1")) == "text/plain"  # "BM" is not a bitmap here
    assert sniff(b"") == types.EMPTY
    assert sniff(bytes(range(256)) * 4) == types.OCTET
