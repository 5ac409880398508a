"""PDF with pypdfium2: text layer with character boxes; pages without text OCR'd, and
pictures on text pages (pasted screenshots) OCR'd as pieces of their own.

Each page is one piece (``"page N"``); its form field values and annotation texts are
another (``"page N annotations"``, see ``pdf_annots``). Word boxes are in page points (1/72 inch, origin at
the top-left), both for text-layer words and for OCR'd words of scanned pages, so masking
and review see one coordinate system. Encrypted and broken PDFs are recorded errors.
"""

from __future__ import annotations

from collections.abc import Callable

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pii_scanner.extract.images import check_pixels, ocr_image
from pii_scanner.extract.job import Job
from pii_scanner.extract.metadata import metadata_piece
from pii_scanner.extract.pdf_annots import annotation_piece
from pii_scanner.extract.ocr import OcrTimeout
from pii_scanner.extract.pieces import ExtractError, Extracted, TextPiece, WordBox, relocated
from pii_scanner.extract.preprocess import SCAN, Preprocess

#: pictures on text pages are rendered at OCR resolution already and not tilted
SCAN_PICTURE = Preprocess(upscale=1.0)

Nested = Callable[[bytes, str | None, Job], Extracted]


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ExtractError("encrypted PDF (password required)") from None
        raise ExtractError("unreadable PDF (damaged structure)") from None


def pdf_pieces(data: bytes, job: Job, nested: Nested | None = None) -> tuple[list[TextPiece], list[str]]:
    pieces: list[TextPiece] = []
    errors: list[str] = []
    pdf = open_pdf(data)
    try:
        _init_forms(pdf)
        meta = pdf.get_metadata_dict(skip_empty=True)
        author = metadata_piece([(k, meta[k], "PERSON") for k in ("Author",) if meta.get(k)], "pdf")
        if author:
            pieces.append(author)
        n = len(pdf)
        if n > job.limits.max_pages:
            errors.append(f"{n} pages; pages after {job.limits.max_pages} not read")
        for i in range(min(n, job.limits.max_pages)):
            try:
                found = _page_pieces(pdf, i, job)
            except ExtractError as exc:
                errors.append(f"page {i + 1}: {exc}")
                if "time limit" in str(exc):
                    break
                continue
            for piece in found + _annotations(pdf, i):
                job.take_chars(len(piece.text))
                pieces.append(piece)
        if nested is not None:
            _embedded(pdf, job, nested, pieces, errors)
    except ExtractError as exc:
        errors.append(str(exc))
    finally:
        pdf.close()
    return pieces, errors


def _init_forms(pdf: pdfium.PdfDocument) -> None:
    """Load the AcroForm (before any page) so filled-in field values can be read."""
    try:
        pdf.init_forms()
    except Exception:  # a broken form must not stop the page text
        pass


def _annotations(pdf: pdfium.PdfDocument, i: int) -> list[TextPiece]:
    page = pdf[i]
    try:
        piece = annotation_piece(pdf, page, i + 1)
    finally:
        page.close()
    return [piece] if piece else []


#: pictures smaller than this share of the page, or this many points on a side, are not OCR'd
MIN_PICTURE_SHARE = 0.02
MIN_PICTURE_SIDE = 36.0
MAX_PICTURES = 5


def _page_pieces(pdf: pdfium.PdfDocument, i: int, job: Job) -> list[TextPiece]:
    """The page's text layer, or its OCR when the text layer is (nearly) empty; on a page
    with a text layer, pictures on it (pasted screenshots) are OCR'd as pieces of their own
    (``"page N picture K"``)."""
    page = pdf[i]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            text, words = page_text(textpage, height)
        finally:
            textpage.close()
        layer = [TextPiece(text, f"page {i + 1}", i + 1, words)] if text.strip() else []
        if job.ocr is None or not job.limits.ocr:
            return layer
        scale = job.limits.pdf_ocr_dpi / 72
        if len(text.strip()) >= job.limits.pdf_min_text_chars:
            pictures = _pictures(page, width, height)
            if not pictures:
                return layer
            check_pixels((round(width * scale), round(height * scale)), job.limits)
            rendered = page.render(scale=scale).to_pil().convert("RGB")
            return layer + [p for k, box in enumerate(pictures, 1)
                            if (p := _ocr_region(rendered, box, scale, job, f"page {i + 1} picture {k}", i + 1))]
        check_pixels((round(width * scale), round(height * scale)), job.limits)
        rendered = page.render(scale=scale).to_pil().convert("RGB")
        scan = _ocr_region(rendered, None, scale, job, f"page {i + 1}", i + 1)
        if scan is None or len(scan.text.strip()) <= len(text.strip()):  # a short text layer beats OCR
            return layer
        return [scan]
    finally:
        page.close()


def _pictures(page: pdfium.PdfPage, width: float, height: float) -> list[tuple[float, float, float, float]]:
    """Boxes (points, top-left origin) of the larger images drawn on the page."""
    out = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        left, right = max(0.0, left), min(width, right)
        y0, y1 = max(0.0, height - top), min(height, height - bottom)
        w, h = right - left, y1 - y0
        if w >= MIN_PICTURE_SIDE and h >= MIN_PICTURE_SIDE and w * h >= MIN_PICTURE_SHARE * width * height:
            out.append((left, y0, right, y1))
    return out[:MAX_PICTURES]


def _ocr_region(rendered, box, scale: float, job: Job, location: str, page: int) -> TextPiece | None:
    """OCR the rendered page (or the part of it under ``box``, in points); word boxes in points."""
    if box is None:
        image, dx, dy, prep = rendered, 0, 0, SCAN
    else:
        dx, dy = int(box[0] * scale), int(box[1] * scale)
        image = rendered.crop((dx, dy, int(box[2] * scale) + 1, int(box[3] * scale) + 1))
        prep = SCAN_PICTURE
    try:
        res = ocr_image(image, job.ocr, prep, timeout=job.ocr_seconds_left())
    except OcrTimeout:
        raise ExtractError(f"OCR time limit of {job.limits.ocr_timeout_s:g} s reached") from None
    if not res.text.strip():
        return None
    pts = tuple(WordBox(w.start, w.end, (round((w.bbox[0] + dx) / scale), round((w.bbox[1] + dy) / scale),
                                         round((w.bbox[2] + dx) / scale), round((w.bbox[3] + dy) / scale)), w.conf)
                for w in res.words)
    return TextPiece(res.text, location, page, pts)


def page_text(textpage: pdfium.PdfTextPage, page_height: float) -> tuple[str, tuple[WordBox, ...]]:
    """The page's characters in reading order (one per pdfium char index, except that a line
    break pdfium writes as ``\r\n`` is read as ``\n``, as the other extractors deliver it)
    and a box per whitespace-separated word, in points from the top-left."""
    n = textpage.count_chars()
    chars: list[str] = []
    words: list[WordBox] = []
    start = None
    box = None
    codes = [pdfium_c.FPDFText_GetUnicode(textpage.raw, i) for i in range(n)]
    for i, code in enumerate(codes):
        if code == 13 and i + 1 < n and codes[i + 1] == 10:
            continue  # '\r' of a '\r\n' line break
        ch = chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else " "
        if ch in "\x00\ufffe\uffff\x02":
            ch = "-" if ch == "\x02" else " "  # \x02: soft hyphen pdfium inserts at line ends
        at = len(chars)
        chars.append(ch)
        if ch.isspace():
            if start is not None:
                words.append(WordBox(start, at, box))
                start, box = None, None
            continue
        left, bottom, right, top = textpage.get_charbox(i)
        cb = (int(left), int(page_height - top), int(right + 0.999), int(page_height - bottom + 0.999))
        if start is None:
            start, box = at, cb
        else:
            box = (min(box[0], cb[0]), min(box[1], cb[1]), max(box[2], cb[2]), max(box[3], cb[3]))
    if start is not None:
        words.append(WordBox(start, len(chars), box))
    return "".join(chars), tuple(words)


def _embedded(pdf: pdfium.PdfDocument, job: Job, nested: Nested, pieces: list[TextPiece],
              errors: list[str]) -> None:
    """Files attached inside the PDF are read like archive members."""
    for k in range(pdf.count_attachments()):
        label = f"embedded file {k + 1}"
        try:
            child = job.child()
            data = bytes(pdf.get_attachment(k).get_data())
        except ExtractError as exc:
            errors.append(f"{label}: {exc}")
            continue
        except Exception as exc:
            errors.append(f"{label}: {type(exc).__name__}")
            continue
        res = nested(data, None, child)
        pieces.extend(relocated(p, label) for p in res.pieces)
        errors.extend(f"{label}: {e}" for e in res.errors)

