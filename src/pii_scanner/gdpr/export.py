"""A data subject's copy (GDPR art. 15(3), art. 20): their tickets as they are now, others masked.

The store never holds ticket text, so the copy is read live from the helpdesk: every ticket
the subject lookup placed them in (by an identifier, or as requester), its fields and comments
as visible text. The detector runs again on that text, and every value it finds that is not
one of the subject's identifiers is replaced by ``[TYPE]``: the copy must not disclose other
people's data (art. 15(4)). What the detector misses stays, so the officer reads the file before
sending it; places matched only by a name, address or birth date are left out unless asked for.

The file is the one place this tool writes personal data on purpose: it is created new (never
overwritten) with mode 0600, and its path, not its content, goes to the audit log.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from pii_scanner.errors import ConfigError
from pii_scanner.gdpr.subject import SubjectReport, numeric_order, subject_fingerprints
from pii_scanner.store.fingerprint import Fingerprinter


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    tickets: int
    masked: int          # other people's values replaced
    left_out: list[str]  # places to confirm that were not exported
    failed: dict[str, str]  # ticket id -> why it could not be read


def mask_others(text: str, findings: Sequence[Any], is_subjects: Callable[[str, str], bool]
                ) -> tuple[str, int]:
    """``text`` with every finding that is not the subject's replaced by ``[TYPE]``, and how many.

    >>> from pii_scanner.records import Finding
    >>> found = [Finding("PERSON", 4, 8, 0.9, "r"), Finding("PHONE_NUMBER", 14, 22, 0.9, "r")]
    >>> mask_others("Hei Kari, tlf 91234567.", found, lambda t, v: v == "Kari")
    ('Hei Kari, tlf [PHONE_NUMBER].', 1)
    """
    spans: list[tuple[int, int, str]] = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if spans and f.start < spans[-1][1]:
            continue  # inside one already masked (or kept)
        keep = is_subjects(f.entity_type, text[f.start:f.end])
        spans.append((f.start, f.end, "" if keep else f.entity_type))
    out, at, n = [], 0, 0
    for start, end, label in spans:
        if label:
            out += [text[at:start], f"[{label}]"]
            at, n = end, n + 1
    return "".join(out) + text[at:], n


def export_subject(report: SubjectReport, values: Sequence[str], fingerprinter: Fingerprinter,
                   connector: Any, detector: Any, out: Path, *, reference: str | None,
                   now: datetime, include_shared: bool = False,
                   public_only: bool = False) -> ExportResult:
    """Write the subject's copy to ``out`` (a new file); see the module doc."""
    out = Path(out)
    if out.exists():
        raise ConfigError(f"{out} exists; the export never overwrites a file")
    own = set(subject_fingerprints(values, fingerprinter))

    def is_subjects(entity_type: str, value: str) -> bool:
        return fingerprinter.fingerprint(entity_type, value) in own

    places = report.places()
    tickets = [p for p in places if p["kind"] == "ticket" and (include_shared or not p["confirm"])]
    left_out = [p["id"] for p in places if p["kind"] == "ticket" and p not in tickets]
    from pii_scanner.web.live import fetch_ticket

    copies, failed, masked = [], {}, 0
    for place in sorted(tickets, key=lambda p: numeric_order(p["id"])):
        try:
            live = fetch_ticket(connector, place["id"])
        except Exception as exc:  # noqa: BLE001 - one unreadable ticket must not stop the copy
            failed[place["id"]] = type(exc).__name__
            continue
        copy, n = _ticket_copy(live, detector, is_subjects, public_only)
        copies.append(copy)
        masked += n
    document = {
        "about": "Personal data held about you in our support system, as it is now. Values "
                 "that belong to other people are replaced by their kind, e.g. [PERSON].",
        "reference": reference, "generated_at": now.isoformat(),
        "tickets": copies,
        "not_included": {"tickets_to_confirm": len(left_out), "unreadable": sorted(failed),
                         "attachments": "listed by name; ask for a copy of a file"},
    }
    _write_new(out, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return ExportResult(out, len(copies), masked, left_out, failed)


def _ticket_copy(live, detector, is_subjects, public_only: bool) -> tuple[dict[str, Any], int]:
    masked = 0

    def clean(text: str) -> str:
        nonlocal masked
        text, n = mask_others(text, detector.analyze(text, None), is_subjects)
        masked += n
        return text

    t = live.ticket
    fields = [{"field": f.label, "text": clean(f.text)} for f in live.fields
              if f.kind == "tickets" and f.text.strip()]
    comments = []
    for c in live.comments:
        if public_only and not c.public:
            continue
        texts = [clean(f.text) for f in live.fields
                 if f.kind == "comments" and f.object_id == str(c.id) and f.text.strip()]
        comments.append({"id": c.id, "created_at": c.created_at, "public": c.public,
                         "text": "\n".join(texts),
                         "attachments": [a.file_name for a in c.attachments]})
    return {"id": t.id, "status": t.status, "created_at": t.created_at,
            "updated_at": t.updated_at, "fields": fields, "comments": comments}, masked


def _write_new(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
