"""XLSX cell notes and text boxes (outside the cells openpyxl reads) are pieces of their sheet."""

import io
import zipfile

import openpyxl
from openpyxl.comments import Comment

from .extract_fixtures import EMAIL, FNR
from pii_scanner.extract.attachments import ExtractLimits, extract_bytes

DRAWING = ('<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:sp>'
           '<xdr:txBody><a:p><a:r><a:t>Kontakt: </a:t></a:r><a:r><a:t>{email}</a:t></a:r></a:p>'
           '</xdr:txBody></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>')
RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" '
        'Target="../drawings/drawing1.xml"/></Relationships>')


def _workbook() -> bytes:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Oversikt"
    second = wb.create_sheet("Kunder")
    second["A1"] = "Navn"
    second["B7"].comment = Comment(f"Kunden ringte, fødselsnummer {FNR}", "Ola Hansen")
    out = io.BytesIO()
    wb.save(out)
    # a text box on the first sheet, the way Excel stores one
    src = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    final = io.BytesIO()
    with zipfile.ZipFile(final, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("xl/worksheets/_rels/sheet1.xml.rels", RELS)
        dst.writestr("xl/drawings/drawing1.xml", DRAWING.format(email=EMAIL))
    return final.getvalue()


def test_notes_and_text_boxes_are_read_with_their_sheet_position():
    res = extract_bytes(_workbook(), None, ExtractLimits(), None)
    assert not res.errors
    by_loc = {p.location: p.text for p in res.pieces}
    assert by_loc["sheet 2!B7 note"] == f"Kunden ringte, fødselsnummer {FNR}"
    assert by_loc["sheet 1 drawing"] == f"Kontakt: {EMAIL}"
    assert "note author: Ola Hansen" in by_loc["metadata"]
