import io

import docx
import openpyxl

from .extract_fixtures import EMAIL, FNR
from pii_scanner.extract.attachments import ExtractLimits, extract_bytes


def _docx() -> bytes:
    d = docx.Document()
    d.core_properties.author = "Ola Nordmann"
    p = d.add_paragraph(f"Leietaker har fødselsnummer {FNR}.")
    d.add_comment(p.runs, text=f"Send kopi til {EMAIL}", author="Kari Saksbehandler")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Navn", "Telefon"
    t.cell(1, 0).text, t.cell(1, 1).text = "Per Hansen", "912 34 567"
    d.sections[0].header.is_linked_to_previous = False
    d.sections[0].header.paragraphs[0].text = "Konfidensielt: Per Hansen"
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_docx_body_tables_headers_comments_and_authors():
    res = extract_bytes(_docx(), "avtale.bin", ExtractLimits(), None)
    assert res.errors == ()
    by = {p.location: p for p in res.pieces}
    assert FNR in by["body"].text
    assert "Per Hansen\t912 34 567" in by["body"].text
    assert "Per Hansen" in by["section 1 header"].text
    assert EMAIL in by["comment 1"].text
    names = {by["metadata"].text[f.start:f.end] for f in by["metadata"].findings}
    assert names == {"Ola Nordmann", "Kari Saksbehandler"}


def test_pictures_in_docx_are_ocrd_with_their_own_location():
    from PIL import Image

    from pii_scanner.extract.ocr import OcrResult

    class Reader:
        def read(self, image, timeout=None):
            return OcrResult(f"skjermbilde {image.size[0]}", ())

    d = docx.Document()
    d.add_paragraph("Se bildet")
    pic = io.BytesIO()
    Image.new("RGB", (120, 40), "white").save(pic, "PNG")
    pic.seek(0)
    d.add_picture(pic)
    out = io.BytesIO()
    d.save(out)
    res = extract_bytes(out.getvalue(), None, ExtractLimits(), Reader())
    by = {p.location: p.text for p in res.pieces}
    assert by["image 1 > page 1"] == "skjermbilde 240"  # upscaled 2x for OCR


def test_xlsx_every_sheet_and_row_with_cell_ranges():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kunder Kari"
    ws.append(["Navn", "Fnr"])
    ws.append(["Kari", FNR])
    ws2 = wb.create_sheet("Ark2")
    ws2["C5"] = EMAIL
    ws2["D5"] = 12345678901.0
    ws2["E5"] = 1012345678  # an ID that starts with 0, kept by a zero-padded number format
    ws2["E5"].number_format = "00000000000"
    wb.properties.creator = "Ola Nordmann"
    out = io.BytesIO()
    wb.save(out)
    res = extract_bytes(out.getvalue(), None, ExtractLimits(), None)
    by = {p.location: p.text for p in res.pieces}
    assert by["sheet 1!A2:B2"] == f"Kari\t{FNR}"
    assert by["sheet 2!C5:E5"] == f"{EMAIL}\t12345678901\t01012345678"
    assert "Kunder Kari" not in " ".join(by)  # sheet names stay out of locations
    assert by["metadata"] == "creator: Ola Nordmann"


def test_cell_limit_is_recorded():
    wb = openpyxl.Workbook()
    for r in range(50):
        wb.active.append([f"v{r}", r])
    out = io.BytesIO()
    wb.save(out)
    res = extract_bytes(out.getvalue(), None, ExtractLimits(max_cells=10), None)
    assert len([p for p in res.pieces if p.location.startswith("sheet")]) == 5
    assert "more than 10 cells" in res.errors[0]


def test_xlsx_header_row_is_every_rows_context_aligned_by_column():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Navn", "Fødselsnr", "Telefon", "E-post"])
    ws.append(["Kari", None, "41234567", EMAIL])  # an empty cell must not shift the columns
    ws2 = wb.create_sheet("data only")
    ws2.append(["Kari", "41234567"])
    ws2.append(["Ola", "92345678"])
    out = io.BytesIO()
    wb.save(out)
    res = extract_bytes(out.getvalue(), None, ExtractLimits(), None)
    by = {p.location: p for p in res.pieces}
    assert by["sheet 1!A1:D1"].context == ""
    row = by["sheet 1!A2:D2"]
    assert row.text == f"Kari\t41234567\t{EMAIL}" and row.context == "Navn\tTelefon\tE-post"
    assert by["sheet 2!A2:B2"].context == ""  # a first row of data is no header


def _xlsx_bytes(wb) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_xlsx_labels_under_a_title_row_head_the_sheet():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.merge_cells("A1:C1")
    ws["A1"] = "Kundeliste 2025"
    ws.append(["Navn", "Fødselsnr.", "Telefon"])
    ws.append(["Kari Nordmann", FNR, 91234567])
    pieces = extract_bytes(_xlsx_bytes(wb), None, ExtractLimits(), None).pieces
    row = next(p for p in pieces if p.location == "sheet 1!A3:C3")
    assert row.context == "Navn\tFødselsnr.\tTelefon"
    assert next(p for p in pieces if p.location == "sheet 1!A2:C2").context == ""


def test_xlsx_number_cells_read_as_a_person_sees_them():
    """A fødselsnummer typed into a number cell lost its leading zero; ten-digit numbers
    that are not one keep their digits; a date cell has no midnight tail."""
    import datetime

    from stdnum.no import fodselsnummer
    born_early = next(c for c in (f"0101701{n:04d}" for n in range(10000)) if fodselsnummer.is_valid(c))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([int(born_early), float(int(born_early)), 1234567890, datetime.datetime(2025, 3, 4)])
    text = extract_bytes(_xlsx_bytes(wb), None, ExtractLimits(), None).pieces[-1].text
    assert text.split("\t") == [born_early, born_early, "1234567890", "2025-03-04"]


def test_xlsx_whole_numbers_are_laid_into_their_digit_format():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([91234567, 91234567, 123, 91234567, 91234567])
    for col, fmt in zip("ABCDE", ("## ## ## ##", '"+47 "### ## ###', "00000000000", "General", "#,##0")):
        ws[f"{col}1"].number_format = fmt
    text = extract_bytes(_xlsx_bytes(wb), None, ExtractLimits(), None).pieces[-1].text
    assert text.split("\t") == ["91 23 45 67", "+47 912 34 567", "00000000123", "91234567", "91234567"]
