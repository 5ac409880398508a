"""PDF with pypdfium2: text layer with character boxes; pages without text OCR'd.

Each page is one piece (``"page N"``). Word boxes are in page points (1/72 inch, origin at
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
from pii_scanner.extract.ocr import OcrTimeout
from pii_scanner.extract.pieces import ExtractError, Extracted, TextPiece, WordBox, relocated
from pii_scanner.extract.preprocess import SCAN

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
        meta = pdf.get_metadata_dict(skip_empty=True)
        author = metadata_piece([(k, meta[k], "PERSON") for k in ("Author",) if meta.get(k)], "pdf")
        if author:
            pieces.append(author)
        n = len(pdf)
        if n > job.limits.max_pages:
            errors.append(f"{n} pages; pages after {job.limits.max_pages} not read")
        for i in range(min(n, job.limits.max_pages)):
            try:
                piece = _page_piece(pdf, i, job)
            except ExtractError as exc:
                errors.append(f"page {i + 1}: {exc}")
                if "time limit" in str(exc):
                    break
                continue
            if piece is not None:
                job.take_chars(len(piece.text))
                pieces.append(piece)
        if nested is not None:
            _embedded(pdf, job, nested, pieces, errors)
    except ExtractError as exc:
        errors.append(str(exc))
    finally:
        pdf.close()
    return pieces, errors


def _page_piece(pdf: pdfium.PdfDocument, i: int, job: Job) -> TextPiece | None:
    page = pdf[i]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            text, words = page_text(textpage, height)
        finally:
            textpage.close()
        if len(text.strip()) >= job.limits.pdf_min_text_chars or job.ocr is None or not job.limits.ocr:
            return TextPiece(text, f"page {i + 1}", i + 1, words) if text.strip() else None
        scale = job.limits.pdf_ocr_dpi / 72
        check_pixels((round(width * scale), round(height * scale)), job.limits)
        image = page.render(scale=scale).to_pil().convert("RGB")
        try:
            res = ocr_image(image, job.ocr, SCAN, timeout=job.ocr_seconds_left())
        except OcrTimeout:
            raise ExtractError(f"OCR time limit of {job.limits.ocr_timeout_s:g} s reached") from None
        pts = tuple(WordBox(w.start, w.end, tuple(round(v / scale) for v in w.bbox), w.conf)
                    for w in res.words)
        if len(res.text.strip()) <= len(text.strip()):  # a short text layer read better than OCR
            return TextPiece(text, f"page {i + 1}", i + 1, words) if text.strip() else None
        return TextPiece(res.text, f"page {i + 1}", i + 1, pts)
    finally:
        page.close()


def page_text(textpage: pdfium.PdfTextPage, page_height: float) -> tuple[str, tuple[WordBox, ...]]:
    """The page's characters in reading order (one per pdfium char index) and a box per
    whitespace-separated word, in points from the top-left."""
    n = textpage.count_chars()
    chars: list[str] = []
    words: list[WordBox] = []
    start = None
    box = None
    for i in range(n):
        code = pdfium_c.FPDFText_GetUnicode(textpage.raw, i)
        ch = chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else " "
        if ch in "\x00\ufffe\uffff\x02":
            ch = "-" if ch == "\x02" else " "  # \x02: soft hyphen pdfium inserts at line ends
        chars.append(ch)
        if ch.isspace():
            if start is not None:
                words.append(WordBox(start, i, box))
                start, box = None, None
            continue
        left, bottom, right, top = textpage.get_charbox(i)
        cb = (int(left), int(page_height - top), int(right + 0.999), int(page_height - bottom + 0.999))
        if start is None:
            start, box = i, cb
        else:
            box = (min(box[0], cb[0]), min(box[1], cb[1]), max(box[2], cb[2]), max(box[3], cb[3]))
    if start is not None:
        words.append(WordBox(start, n, box))
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

