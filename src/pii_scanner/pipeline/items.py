"""What travels between pipeline stages: one helpdesk object and what we learned about it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from pii_scanner.records import Attachment, Record, TextUnit


@dataclass(frozen=True, slots=True)
class AnalysedUnit:
    """A text unit ready for detection: the text a reader sees, plus how to map offsets back.

    ``offsets`` is ``None`` when ``text`` is the field value itself; for HTML it maps each text
    character to its index in the HTML source, so stored spans point into the field's value.
    """

    unit: TextUnit
    text: str
    offsets: tuple[int, ...] | None = None
    location: str | None = None  # e.g. "page 2" for attachment text
    piece: Any = None  # the extract.pieces.TextPiece it came from (word boxes, metadata findings)


@dataclass(frozen=True, slots=True)
class ScanItem:
    """One object on its way through the stages. Stages return modified copies."""

    record: Record
    content_hash: str
    unchanged: bool = False
    units: tuple[AnalysedUnit, ...] = ()
    findings: tuple = ()  # FindingRow values (no raw data)
    errors: tuple = ()  # ErrorRow values
    meta: dict = field(default_factory=dict)
    payload: bytes | None = None  # attachment bytes, dropped after extraction

    @property
    def kind(self) -> str:
        return self.record.kind

    @property
    def ticket_id(self) -> str | None:
        rec = self.record
        if isinstance(rec, Attachment):
            return rec.ticket_id
        return getattr(rec, "ticket_id", None) or (rec.id if rec.kind == "tickets" else None)

    def evolve(self, **changes) -> ScanItem:
        return replace(self, **changes)
