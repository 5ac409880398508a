"""Filled-in PDF form fields and annotation notes are read (they are not page text)."""

from .extract_fixtures import EMAIL, FNR
from pii_scanner.extract.attachments import ExtractLimits, extract_bytes


def _pdf(objects: list[str]) -> bytes:
    """A PDF of numbered objects with a correct cross-reference table (object 1 the catalog)."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _form_pdf() -> bytes:
    page_text = b"BT /F1 12 Tf 50 780 Td (Skjema for kunde) Tj ET"
    return _pdf([
        "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R 5 0 R] >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 7 0 R"
        " /Resources << /Font << /F1 8 0 R >> >> /Annots [4 0 R 5 0 R 6 0 R] >>",
        f"<< /Type /Annot /Subtype /Widget /FT /Tx /T (person.fodselsnummer) /V ({FNR})"
        " /Rect [50 700 250 720] /P 3 0 R >>",
        "<< /Type /Annot /Subtype /Widget /FT /Btn /T (samtykke) /V /Off /Rect [50 650 60 660] /P 3 0 R >>",
        f"<< /Type /Annot /Subtype /Text /Contents (Ring kunden, e-post {EMAIL}) /Rect [300 700 320 720] >>",
        f"<< /Length {len(page_text)} >>\nstream\n{page_text.decode()}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def test_form_field_values_and_notes_are_a_piece_of_their_page():
    res = extract_bytes(_form_pdf(), "skjema.pdf", ExtractLimits(), None)
    assert not res.errors
    by_loc = {p.location: p for p in res.pieces}
    assert "Skjema for kunde" in by_loc["page 1"].text
    notes = by_loc["page 1 annotations"]
    assert notes.page == 1
    assert notes.text.split("\n") == [f"fodselsnummer: {FNR}", f"Ring kunden, e-post {EMAIL}"]
