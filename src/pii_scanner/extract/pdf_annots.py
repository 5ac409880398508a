"""What a PDF page holds outside its text layer: filled-in form fields and annotations.

A filled form (AcroForm) keeps its values in the fields, not in the page text; sticky
notes, free-text boxes and review comments keep theirs in the annotation's ``Contents``.
Each page with any becomes one piece ``"page N annotations"``: a field as ``name: value``
(the field name is the label a person typed beside), a note as its text.
"""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pii_scanner.extract.pieces import TextPiece

_MAX_UNITS = 1 << 16  # characters read from one value


def annotation_piece(pdf: pdfium.PdfDocument, page: pdfium.PdfPage, number: int) -> TextPiece | None:
    """Form field values and annotation texts of ``page`` (1-based ``number``), or None."""
    form = getattr(pdf, "formenv", None)
    handle = form.raw if form is not None else None
    lines: list[str] = []
    for k in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, k)
        if not annot:
            continue
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) == pdfium_c.FPDF_ANNOT_WIDGET:
                value = _field(handle, annot, pdfium_c.FPDFAnnot_GetFormFieldValue) if handle else ""
                value = value or _string(annot, b"V")
                if value.strip() and value.strip().lower() not in ("off", "yes"):
                    name = _field(handle, annot, pdfium_c.FPDFAnnot_GetFormFieldName) if handle else ""
                    lines.append(f"{_label(name)}: {value}" if name else value)
            else:
                contents = _string(annot, b"Contents")
                if contents.strip():
                    lines.append(contents)
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    text = "\n".join(" ".join(line.split()) if "\n" not in line else line for line in lines)
    return TextPiece(text, f"page {number} annotations", number) if text.strip() else None


def _label(name: str) -> str:
    """A field's own name (``person.fodselsnummer``, ``Telefon_1``) as a label."""
    return name.rsplit(".", 1)[-1].replace("_", " ").strip()


def _string(annot, key: bytes) -> str:
    size = pdfium_c.FPDFAnnot_GetStringValue(annot, key, None, 0)
    return _read(lambda buf, n: pdfium_c.FPDFAnnot_GetStringValue(annot, key, buf, n), size)


def _field(handle, annot, getter) -> str:
    size = getter(handle, annot, None, 0)
    return _read(lambda buf, n: getter(handle, annot, buf, n), size)


def _read(fill, size: int) -> str:
    """A UTF-16LE string pdfium writes into a buffer of ``size`` bytes (with its NUL)."""
    if size <= 2:
        return ""
    size = min(size, 2 * _MAX_UNITS)
    buf = ctypes.create_string_buffer(size)
    fill(ctypes.cast(buf, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), size)
    return buf.raw[: size - 2].decode("utf-16-le", "replace")
