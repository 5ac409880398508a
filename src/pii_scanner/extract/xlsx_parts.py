"""XLSX text outside the cells: cell notes (comments) and text boxes/shapes on sheets.

openpyxl in read-only mode reads neither, and a note ("Kunden ringte, fnr ...") is where
people type personal data beside a sheet. The parts are found the way Excel does, from
the workbook's sheet order through the relationship files, so each piece names its sheet
by position like the cell pieces: ``"sheet 2!B7 note"``, ``"sheet 1 drawing"``. Threaded
comments are read only where a sheet has no legacy notes (Excel writes both, same text).
Note authors become PERSON metadata.
"""

from __future__ import annotations

import posixpath
import zipfile

from lxml import etree

from pii_scanner.extract.archives import read_member
from pii_scanner.extract.job import Job
from pii_scanner.extract.pieces import TextPiece

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
DRAW_T = "{http://schemas.openxmlformats.org/drawingml/2006/main}t"
DRAW_P = "{http://schemas.openxmlformats.org/drawingml/2006/main}p"
THREADED = "{http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def sheet_extras(zf: zipfile.ZipFile, job: Job) -> tuple[list[TextPiece], list[str]]:
    """Note and drawing pieces of every sheet, and the note authors' names."""
    pieces: list[TextPiece] = []
    authors: list[str] = []
    names = set(zf.namelist())
    for s, sheet in enumerate(_sheet_paths(zf, job, names), 1):
        targets = _rels(zf, job, names, sheet)
        legacy = [t for kind, t in targets if kind == "comments"]
        threaded = [t for kind, t in targets if kind == "threadedComment"]
        for path in legacy or threaded:
            root = _xml(zf, job, names, path)
            if root is None:
                continue
            authors.extend(a.text or "" for a in root.iter(MAIN + "author") if not (a.text or "").startswith("tc="))
            for note in [*root.iter(MAIN + "comment"), *root.iter(THREADED + "threadedComment")]:
                text = "".join(t.text or "" for t in note.iter(MAIN + "t", THREADED + "text"))
                if text.strip():
                    job.take_chars(len(text))
                    pieces.append(TextPiece(text.strip(), f"sheet {s}!{note.get('ref', '')} note"))
        for path in (t for kind, t in targets if kind == "drawing"):
            root = _xml(zf, job, names, path)
            if root is None:
                continue
            lines = ["".join(t.text or "" for t in p.iter(DRAW_T)) for p in root.iter(DRAW_P)]
            text = "\n".join(line for line in lines if line.strip())
            if text:
                job.take_chars(len(text))
                pieces.append(TextPiece(text, f"sheet {s} drawing"))
    return pieces, authors


def _sheet_paths(zf, job, names) -> list[str]:
    book = _xml(zf, job, names, "xl/workbook.xml")
    if book is None:
        return []
    by_id = {rid: path for kind, path, rid in _rel_entries(zf, job, names, "xl/workbook.xml")}
    return [by_id.get(sheet.get(R_ID), "") for sheet in book.iter(MAIN + "sheet")]


def _rels(zf, job, names, part: str) -> list[tuple[str, str]]:
    return [(kind, path) for kind, path, _ in _rel_entries(zf, job, names, part)]


def _rel_entries(zf, job, names, part: str) -> list[tuple[str, str, str]]:
    """(type's last word, target path, id) of a part's internal relationships."""
    if not part:
        return []
    folder, base = posixpath.split(part)
    root = _xml(zf, job, names, posixpath.join(folder, "_rels", base + ".rels"))
    if root is None:
        return []
    out = []
    for rel in root.iter(REL):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        out.append((rel.get("Type", "").rsplit("/", 1)[-1], path, rel.get("Id", "")))
    return out


def _xml(zf: zipfile.ZipFile, job: Job, names: set[str], path: str):
    if path not in names:
        return None
    try:
        return etree.fromstring(read_member(zf, zf.getinfo(path), job), _PARSER)
    except etree.XMLSyntaxError:
        return None
