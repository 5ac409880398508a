import io
import os
import stat

import pypdfium2 as pdfium
import pytest
from PIL import Image

from .extract_fixtures import EMAIL, FNR, text_image, text_pdf
from pii_scanner.extract.attachments import ExtractLimits, extract_bytes
from pii_scanner.extract.boxes import spans_to_bbox
from pii_scanner.extract.masking import masked_copy, write_masked
from pii_scanner.extract.pieces import ExtractError
from pii_scanner.records import Finding


def _exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x013B] = "Kari Nordmann"
    exif[0x8825] = {1: "N", 2: (59.0, 54.0, 44.4), 3: "E", 4: (10.0, 45.0, 3.6)}
    return exif


def _dark_fraction(im: Image.Image, box) -> float:
    crop = im.convert("L").crop(box)
    px = crop.tobytes()
    return sum(v < 60 for v in px) / len(px)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_image_boxes_are_filled_and_metadata_stripped(fmt):
    drawn = text_image(["Kunde", f"Fnr: {FNR}", f"E-post: {EMAIL}"], fmt=fmt, exif=_exif())
    box = drawn.boxes[FNR]
    out = masked_copy(drawn.data, "x", [Finding("NO_FODSELSNUMMER", 0, 11, 0.9, "t", page=1, bbox=box)])
    im = Image.open(io.BytesIO(out))
    assert im.format == fmt and im.size == Image.open(io.BytesIO(drawn.data)).size
    assert _dark_fraction(im, box) > 0.95
    assert _dark_fraction(im, drawn.boxes[EMAIL]) < 0.5  # not masked
    assert not im.getexif() and "xmp" not in im.info and "exif" not in im.info
    # nothing of the metadata survives in the bytes
    assert b"Kari Nordmann" not in out
    meta = extract_bytes(out, None, ExtractLimits(), None)
    assert meta.metadata_findings == []


def test_multi_frame_tiff_masks_the_right_frame():
    frames = [Image.new("RGB", (100, 60), "white") for _ in range(2)]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
    out = masked_copy(buf.getvalue(), None, [Finding("PERSON", 0, 1, 0.9, "t", page=2, bbox=(10, 10, 40, 30))])
    im = Image.open(io.BytesIO(out))
    assert im.n_frames == 2
    assert _dark_fraction(im, (10, 10, 40, 30)) == 0.0
    im.seek(1)
    assert _dark_fraction(im, (10, 10, 40, 30)) == 1.0


def test_pdf_is_rasterised_without_text_layer_and_keeps_page_size():
    data = text_pdf([[f"Fnr: {FNR}", "annen tekst"], [f"E-post: {EMAIL}"]])
    page = [p for p in extract_bytes(data, None, ExtractLimits(), None).pieces if p.page == 1][0]
    k = page.text.index(FNR)
    box = spans_to_bbox(page.word_boxes, k, k + len(FNR))
    out = masked_copy(data, "a.pdf", [Finding("NO_FODSELSNUMMER", k, k + 11, 0.9, "t", page=1, bbox=box)])
    pdf = pdfium.PdfDocument(out)
    assert len(pdf) == 2
    w, h = pdf[0].get_size()
    assert abs(w - 595) < 1 and abs(h - 842) < 1
    assert all(pdf[i].get_textpage().count_chars() == 0 for i in range(2))
    scale = 150 / 72
    im = pdf[0].render(scale=scale).to_pil()
    assert _dark_fraction(im, tuple(int(v * scale) for v in box)) > 0.95


def test_other_types_are_refused():
    with pytest.raises(ExtractError):
        masked_copy(b"just text", "a.txt", [])


def test_write_masked_is_owner_only_and_named_by_hash(tmp_path):
    drawn = text_image([f"Fnr: {FNR}"])
    finding = Finding("NO_FODSELSNUMMER", 5, 16, 0.9, "t", page=1, bbox=drawn.boxes[FNR])
    path = write_masked(drawn.data, "kari_nordmann.png", [finding], tmp_path / "masked")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(tmp_path / "masked").st_mode) == 0o700
    assert "kari" not in path.name and path.suffix == ".png"
    assert _dark_fraction(Image.open(path), drawn.boxes[FNR]) > 0.95
