"""DOCX parts python-docx's paragraph text leaves out: tracked changes, content controls,
text boxes, footnotes, nested tables and mailto:/tel: links."""

import io

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

from .extract_fixtures import EMAIL, FNR
from pii_scanner.extract.attachments import ExtractLimits, extract_bytes

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
OLD_PHONE, NEW_PHONE = "41234567", "98765432"


def _docx() -> bytes:
    d = docx.Document()
    p = d.add_paragraph("Telefon: ")
    p._p.append(parse_xml(f'<w:del {W} w:id="1" w:author="A"><w:r><w:delText>{OLD_PHONE}</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {W} w:id="2" w:author="A"><w:r><w:t>{NEW_PHONE}</w:t></w:r></w:ins>'))
    d.element.body.insert(len(d.element.body) - 1, parse_xml(
        f'<w:sdt {W}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Fødselsnummer {FNR}</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    p = d.add_paragraph("Se boks")
    p._p.append(parse_xml(f'<w:r {W} {V}><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r>'
                          f'<w:t>Navn: Kari Nordmann</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    outer = d.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Kunde"
    inner = outer.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Org.nr.", "974 760 673"
    rid = d.part.relate_to(f"mailto:{EMAIL}?subject=Sak", RT.HYPERLINK, is_external=True)
    d.add_paragraph("Kontakt: ")._p.append(parse_xml(
        f'<w:hyperlink {W} {R} r:id="{rid}"><w:r><w:t>send e-post</w:t></w:r></w:hyperlink>'))
    notes = (f'<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             f'</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Kontonummer 1234.56.78903</w:t></w:r></w:p>'
             f'</w:footnote></w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", notes.encode(),
                d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_tracked_changes_content_controls_text_boxes_notes_and_links():
    res = extract_bytes(_docx(), "brev.docx", ExtractLimits(), None)
    assert not res.errors
    by_loc = {p.location: p.text for p in res.pieces}
    body = by_loc["body"].split("\n")
    assert f"Telefon: {NEW_PHONE}" in body and f"Telefon: {OLD_PHONE}" in body  # now, and before the edit
    assert f"Fødselsnummer {FNR}" in body
    assert body[body.index("Se boks") + 1] == "Navn: Kari Nordmann"
    assert body[body.index("Kunde\t") + 1] == "Org.nr.\t974 760 673"  # a nested table's rows follow its row
    assert by_loc["footnote 1"] == "Kontonummer 1234.56.78903"
    assert by_loc["links"] == EMAIL


def test_a_link_whose_address_is_shown_is_not_repeated():
    d = docx.Document()
    rid = d.part.relate_to("tel:+4791234567", RT.HYPERLINK, is_external=True)
    d.add_paragraph("Ring ")._p.append(parse_xml(
        f'<w:hyperlink {W} {R} r:id="{rid}"><w:r><w:t>+47 912 34 567</w:t></w:r></w:hyperlink>'))
    out = io.BytesIO()
    d.save(out)
    res = extract_bytes(out.getvalue(), None, ExtractLimits(), None)
    assert [p.location for p in res.pieces if p.location != "metadata"] == ["body"]
    assert res.pieces[0].text == "Ring +47 912 34 567"
