"""Attachments: check the live file still holds the findings, upload a masked copy where one
can be made safely, then redact the original (Zendesk replaces it by an empty file).

A masked copy (images and PDFs, from :mod:`pii_scanner.extract.masking`) is made only when
every finding in the file's content has a box or sits in its metadata (which the copy drops):
a PDF copy is rasterised, so text found without a box would stay readable in it. Otherwise
the original is removed without a copy.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pii_scanner.errors import PiiScannerError
from pii_scanner.records import Finding

Row = Mapping[str, Any]
#: what the private note holding a masked copy says (no names, no values)
NOTE = "pii-scanner: masked copy of an attachment that was redacted for privacy."
REDACTED_NAME = "redacted.txt"


class CopyWithoutRedaction(PiiScannerError):
    """The masked copy went up (``writes`` ticket updates) but redacting the original then
    failed with ``cause``: the updates made still count against the ticket's limit."""

    def __init__(self, writes: int, cause: PiiScannerError):
        super().__init__(str(cause))
        self.writes = writes
        self.cause = cause


@dataclass(frozen=True, slots=True)
class AttachmentResult:
    writes: int
    stale: list[Row] = field(default_factory=list)
    reason: str = ""
    copied: bool = False


class AttachmentRedactor:
    """``extract(bytes, file_name) -> (pieces, problems, mime)`` re-reads the file for the
    fingerprint check (the scan's own extractor); ``mask(bytes, name, findings)`` returns the
    masked copy's bytes, ``name(original, masked)`` its file name."""

    def __init__(self, writeback, extract: Callable | None, max_bytes: int,
                 mask: Callable | None = None, name: Callable | None = None):
        self.writeback = writeback
        self.extract = extract
        self.max_bytes = max_bytes
        self.mask = mask
        self.name = name

    @staticmethod
    def find(comments: Mapping[str, dict], attachment_id: str) -> tuple[str, dict] | None:
        for cid, comment in comments.items():
            for att in comment.get("attachments") or ():
                if isinstance(att, dict) and str(att.get("id")) == attachment_id:
                    return cid, att
        return None

    def redact(self, target, rows: Sequence[Row], comments: Mapping[str, dict],
               fingerprint: Callable[[str, str], str]) -> AttachmentResult:
        found = self.find(comments, target.object_id)
        if found is None:
            return AttachmentResult(0, list(rows), "attachment no longer exists")
        cid, att = found
        if att.get("file_name") == REDACTED_NAME and not att.get("size"):
            return AttachmentResult(0, list(rows), "attachment was already redacted")
        data = self.writeback.download(str(att.get("content_url")), self.max_bytes)
        good, stale = self._check(rows, att, data, fingerprint)
        if not good:
            return AttachmentResult(0, stale, "live attachment no longer holds the value")
        writes, copied = 0, False
        content = [r for r in good if r["field"].startswith("content")]
        if self.mask is not None and content and all(r.get("bbox") or _in_metadata(r)
                                                     for r in content):
            boxes = [Finding(r["entity_type"], 0, 0, r["score"], r["recognizer"], (),
                             r.get("page"), tuple(r["bbox"])) for r in content if r.get("bbox")]
            try:
                masked = self.mask(data, att.get("file_name"), boxes)
            except PiiScannerError:
                masked = None
            if masked:
                name = self.name(data, masked) if self.name else "masked-copy"
                token = self.writeback.upload(name, "application/octet-stream", masked)
                self.writeback.add_private_note(target.ticket_id, NOTE, [token])
                writes, copied = writes + 1, True
        try:
            self.writeback.redact_attachment(target.ticket_id, cid, target.object_id)
        except PiiScannerError as exc:
            if writes:
                raise CopyWithoutRedaction(writes, exc) from exc
            raise
        return AttachmentResult(writes + 1, stale, "live attachment no longer holds the value",
                                copied)

    def _check(self, rows, att: dict, data: bytes, fingerprint) -> tuple[list[Row], list[Row]]:
        pieces = None
        good, stale = [], []
        for row in rows:
            start, end = row.get("start"), row.get("end")
            if row["field"] == "file_name":
                text = str(att.get("file_name") or "")
            elif row["field"].startswith("content[") and self.extract is not None:
                if pieces is None:
                    pieces = piece_texts(self.extract(data, str(att.get("file_name") or "")))
                n = int(row["field"][len("content["):-1])
                text = pieces[n] if n < len(pieces) else ""
            else:
                text = None
            ok = (text is not None and start is not None and end is not None
                  and 0 <= start < end <= len(text)
                  and fingerprint(row["entity_type"], text[start:end]) == row["fingerprint"])
            (good if ok else stale).append(row)
        return good, stale

    def verify(self, target, comments: Mapping[str, dict]) -> bool:
        found = self.find(comments, target.object_id)
        if found is None:
            return True
        att = found[1]
        return att.get("file_name") == REDACTED_NAME and not att.get("size")


def _in_metadata(row: Row) -> bool:
    """Found in the file's metadata (EXIF, document properties), which a masked copy drops."""
    return (row.get("explanation") or {}).get("location") == "metadata"


def piece_texts(result: Any) -> list[str]:
    """The texts numbered as the scan numbers ``content[n]``, from the extractor's result
    (``Extracted`` with ``pieces``; or the older ``(pieces, problems, mime)`` tuple)."""
    pieces = getattr(result, "pieces", None)
    if pieces is not None:
        return [p.text for p in pieces]
    return [text for text, _location in result[0]]
