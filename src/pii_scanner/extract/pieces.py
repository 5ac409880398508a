"""Typed results of attachment extraction: text pieces with locations and word boxes.

A :class:`TextPiece` is one unit of text found inside a file, with a human-readable location
(``"page 2"``, ``"sheet Kunder!B3"``, ``"member a.zip/b.docx > page 1"``, ``"metadata"``).
Pieces from images and scanned pages carry :class:`WordBox` values mapping character spans of
``text`` to pixel boxes, so a finding's span can be turned into a box (see ``boxes.py``).
Error strings never contain extracted text, only types, counts and limits.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from pii_scanner.errors import PiiScannerError
from pii_scanner.records import Finding

Box = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class WordBox:
    """Characters ``start:end`` of a piece's text were read from ``bbox`` (x0, y0, x1, y1).

    Image boxes are in original-image pixels; PDF boxes are in page points (1/72 inch) with
    the origin at the top-left corner. ``conf`` is the OCR confidence 0-100 (-1: not OCR).
    """

    start: int
    end: int
    bbox: Box
    conf: float = -1.0


@dataclass(frozen=True, slots=True)
class TextPiece:
    """Text from one place in a file.

    ``page`` is 1-based for PDF pages and image frames, ``None`` elsewhere. ``findings`` are
    known at extraction time (EXIF GPS position, metadata author names); their offsets point
    into ``text`` like detector findings do, so the caller masks and fingerprints them alike.
    """

    text: str
    location: str
    page: int | None = None
    word_boxes: tuple[WordBox, ...] = ()
    findings: tuple[Finding, ...] = ()
    #: What a reader sees with this piece but is not part of it: the header row of a table
    #: read row by row (``Navn  Fødselsnr  Telefon``), cells in the same columns. The detector
    #: reads it just before the piece (:func:`detection_text`); nothing is reported inside it.
    context: str = ""


def detection_text(piece: TextPiece) -> tuple[str, int]:
    """The text to analyse for ``piece`` (its context, then the piece) and where the piece
    starts in it."""
    if not piece.context:
        return piece.text, 0
    return piece.context + "\n" + piece.text, len(piece.context) + 1


def within_piece(findings, offset: int) -> list[Finding]:
    """``findings`` on :func:`detection_text` as offsets into the piece (context ones dropped)."""
    if not offset:
        return list(findings)
    return [dataclasses.replace(f, start=f.start - offset, end=f.end - offset)
            for f in findings if f.start >= offset]


@dataclass(frozen=True, slots=True)
class Extracted:
    """Everything extracted from one file: its sniffed type, text pieces and recorded errors."""

    mime: str
    pieces: tuple[TextPiece, ...] = ()
    errors: tuple[str, ...] = ()

    @property
    def metadata_findings(self) -> list[tuple[TextPiece, Finding]]:
        """Findings decided during extraction (EXIF/XMP), with the piece they point into."""
        return [(p, f) for p in self.pieces for f in p.findings]

    @property
    def text(self) -> str:
        """All piece texts joined (for logging sizes or quick checks, never for storage)."""
        return "\n".join(p.text for p in self.pieces)


class ExtractError(PiiScannerError):
    """A file (or part of one) could not be read; the message is safe to record and log."""


def relocated(piece: TextPiece, prefix: str) -> TextPiece:
    """The same piece seen from a container: ``"member 2 > page 1"``."""
    return dataclasses.replace(piece, location=f"{prefix} > {piece.location}")
