"""DOCX (python-docx) and XLSX (openpyxl, read-only) text with locations.

DOCX: the body in reading order (paragraphs, table rows with cells joined by tabs; tracked
changes, content controls and text boxes included, see ``wordml``) is one piece ``"body"``;
every section's headers and footers, every comment, footnote and endnote are pieces of their
own; addresses behind mailto:/tel: links that the text does not show are one ``"links"`` piece; pictures in it are OCR'd (``"image 1 > page 1"``); author names in core properties
and on comments become PERSON metadata findings.
XLSX: every non-empty row of every sheet is a piece at ``"sheet N!A3:F3"``, cell notes and
text boxes are pieces too (see ``xlsx_parts``) (sheets by
position: sheet names can carry personal data); a first row of labels is every other row's
context, so ``Telefon`` above a column still tells the detector what the numbers are.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Callable

from pii_scanner.extract.archives import check_container, open_zip
from pii_scanner.extract.job import Job
from pii_scanner.extract.metadata import metadata_piece
from pii_scanner.extract.pieces import ExtractError, Extracted, TextPiece, relocated
from pii_scanner.extract.text import header_cells, row_piece, split_text
from pii_scanner.extract.wordml import W, link_addresses, story_lines
from pii_scanner.extract.xlsx_parts import sheet_extras

Nested = Callable[[bytes, str | None, Job], Extracted]


def docx_pieces(data: bytes, job: Job, nested: Nested | None = None) -> tuple[list[TextPiece], list[str]]:
    import docx

    check_container(data, job)
    try:
        doc = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise ExtractError(f"unreadable DOCX ({type(exc).__name__})") from None
    pieces: list[TextPiece] = []
    errors: list[str] = []
    names = [("author", doc.core_properties.author, "PERSON"),
             ("last_modified_by", doc.core_properties.last_modified_by, "PERSON")]
    try:
        body = "\n".join(story_lines(doc.element.body))
        job.take_chars(len(body))
        pieces.extend(split_text(body, "body"))
        rels = [doc.part.rels]
        for s, section in enumerate(doc.sections, 1):
            for kind in ("header", "first_page_header", "even_page_header",
                         "footer", "first_page_footer", "even_page_footer"):
                part = getattr(section, kind)
                if part.is_linked_to_previous:
                    continue
                rels.append(part.part.rels)
                text = "\n".join(story_lines(part._element))
                if text.strip():
                    pieces.append(TextPiece(text, f"section {s} {kind.replace('_', ' ')}"))
        for n, comment in enumerate(doc.comments, 1):
            names.append(("comment author", comment.author, "PERSON"))
            text = "\n".join(story_lines(comment._comment_elm))
            if text.strip():
                pieces.append(TextPiece(text, f"comment {n}"))
        pieces.extend(_notes(doc, job))
        seen = _squeezed(" ".join(p.text for p in pieces))
        hidden = [a for a in link_addresses_of(rels) if _squeezed(a) not in seen]
        if hidden:
            pieces.append(TextPiece("\n".join(hidden), "links"))
        if nested is not None:
            _embedded_images(doc, job, nested, pieces, errors)
    except ExtractError as exc:
        errors.append(str(exc))
    meta = metadata_piece([(k, v, e) for k, v, e in names if v], "docx")
    if meta:
        pieces.append(meta)
    return pieces, errors


def _embedded_images(doc, job: Job, nested: Nested, pieces: list[TextPiece], errors: list[str]) -> None:
    """Pictures pasted into the document (screenshots!) are OCR'd like attachments."""
    n = 0
    for rel in doc.part.rels.values():
        if "image" not in rel.reltype or rel.is_external:
            continue
        n += 1
        label = f"image {n}"
        try:
            res = nested(rel.target_part.blob, None, job.child())
        except ExtractError as exc:
            errors.append(f"{label}: {exc}")
            continue
        pieces.extend(relocated(p, label) for p in res.pieces)
        errors.extend(f"{label}: {e}" for e in res.errors)


def link_addresses_of(rels_list) -> list[str]:
    out: list[str] = []
    for rels in rels_list:
        out.extend(a for a in link_addresses(rels) if a not in out)
    return out


def _squeezed(text: str) -> str:
    """``text`` without the spaces and punctuation a shown phone number has and a link lacks."""
    return "".join(ch for ch in text if ch not in " \t\n().-").lower()


def _notes(doc, job: Job) -> list[TextPiece]:
    """Footnotes and endnotes (their parts python-docx does not read), one piece each."""
    from docx.oxml import parse_xml

    pieces = []
    for rel in doc.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind not in ("footnotes", "endnotes") or rel.is_external:
            continue
        root = parse_xml(rel.target_part.blob)
        for note in root:
            if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = "\n".join(story_lines(note))
            if text.strip():
                job.take_chars(len(text))
                pieces.append(TextPiece(text, f"{kind[:-1]} {len(pieces) + 1}"))
    return pieces


def xlsx_pieces(data: bytes, job: Job) -> tuple[list[TextPiece], list[str]]:
    import openpyxl

    check_container(data, job)
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:
        raise ExtractError(f"unreadable XLSX ({type(exc).__name__})") from None
    pieces: list[TextPiece] = []
    errors: list[str] = []
    try:
        props = wb.properties
        names = [(k, v, "PERSON") for k, v in (("creator", props.creator), ("last_modified_by", props.lastModifiedBy)) if v]
        with open_zip(data) as zf:
            extras, authors = sheet_extras(zf, job)
        meta = metadata_piece(names + [("note author", a, "PERSON") for a in authors if a.strip()], "xlsx")
        if meta:
            pieces.append(meta)
        for s, ws in enumerate(wb.worksheets, 1):
            header, looked = None, 0
            for row in ws.iter_rows():
                cells = []
                r = None
                for cell in row:
                    value = getattr(cell, "value", None)
                    if value is None or getattr(cell, "row", None) is None:
                        continue
                    job.count_cell()
                    r = cell.row
                    cells.append((cell.column - 1, _cell_text(value, getattr(cell, "number_format", ""))))
                piece = row_piece(cells, r, f"sheet {s}!", header) if r is not None else None
                if piece:
                    job.take_chars(len(piece.text))
                    pieces.append(piece)
                    if header is None and looked < HEADER_ROWS:
                        header, looked = _header_row(cells, looked), looked + 1
        pieces.extend(extras)
    except ExtractError as exc:
        errors.append(str(exc))
    except Exception as exc:
        errors.append(f"damaged XLSX ({type(exc).__name__})")
    finally:
        wb.close()
    return pieces, errors


#: How many non-empty rows at a sheet's top may hold its column labels (a title, a merged
#: banner or a blank-ish line often comes first).
HEADER_ROWS = 5


def _header_row(cells: list[tuple[int, str]], looked: int) -> dict[int, str] | None:
    """The row as the sheet's column labels: the first row if it is labels, or a later row
    of at least two labels (one cell below it is a title such as ``Kundeliste 2025``)."""
    labels = header_cells(cells)
    if labels and (looked == 0 or len(labels) >= 2):
        return labels
    return None


def _cell_text(value, number_format: str = "") -> str:
    """The text a person sees: whole floats without ``.0``, whole numbers in their digit
    format (``00000000000`` keeps an ID's leading zeros, ``## ## ## ##`` spaces a phone)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)  # 12345678901.0 → the digits a person typed
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0 and _DIGIT_FORMAT.match(number_format):
        return _digit_format(str(value), number_format)
    if isinstance(value, int) and not isinstance(value, bool) and 10**8 < value < 10**10:
        return _lost_zero(str(value))
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()  # a date cell: no 00:00:00 tail
    return str(value)


#: A whole-number format of digit placeholders, spaces, dashes and quoted text, such as
#: ``00000000000`` (ID columns), ``## ## ## ##`` or ``"+47 "### ## ###`` (phone columns).
_DIGIT_FORMAT = re.compile(r'^(?=[^;]*[0#])(?:[0# -]|"[^"]*")+$')


def _digit_format(digits: str, number_format: str) -> str:
    """``digits`` laid into the format as Excel shows them: placeholders filled from the
    right, ``0`` padding with zeros, ``#`` left out when no digit is left, any extra digits
    in front."""
    tokens = re.findall(r'"[^"]*"|.', number_format)
    out: list[str] = []
    rest = digits
    for k in range(len(tokens) - 1, -1, -1):
        tok = tokens[k]
        if tok in ("0", "#"):
            if rest:
                out.append(rest[-1])
                rest = rest[:-1]
                if not any(t in ("0", "#") for t in tokens[:k]):
                    out.append(rest)  # digits beyond the placeholders go in front
                    rest = ""
            elif tok == "0":
                out.append("0")
            else:
                out.append("\x00")
        else:
            out.append(tok.strip('"'))
    text = "".join(reversed(out))
    return " ".join(text.replace("\x00", "").split()) if "\x00" in text else text


def _lost_zero(digits: str) -> str:
    """A fødselsnummer typed into a number cell loses its leading zero (born on the 1st to
    the 9th); its two check digits tell it from other ten-digit numbers, so put it back."""
    from stdnum.no import fodselsnummer

    if len(digits) == 10 and fodselsnummer.is_valid("0" + digits):
        return "0" + digits
    return digits
