"""Builds store rows from raw synthetic values the way the pipeline does."""

from __future__ import annotations

from pii_scanner.records import content_hash
from pii_scanner.store import FindingRow, ObjectRow
from pii_scanner.store.fingerprint import Fingerprinter
from pii_scanner.store.preview import masked_preview

FP = Fingerprinter(b"test-key-0123456789abcdef")


def obj(kind: str, oid: str, body: str = "", **kw) -> ObjectRow:
    return ObjectRow(kind, oid, content_hash({"id": oid, "body": body}), **kw)


def finding(kind: str, oid: str, entity: str, value: str, start: int = 0, field: str = "body",
            score: float = 0.9, **kw) -> FindingRow:
    return FindingRow(kind, oid, field, entity, start, start + len(value), score, "test",
                      masked_preview(entity, value), FP.fingerprint(entity, value), **kw)
