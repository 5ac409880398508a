"""``redact-file``: the same operators on files outside the helpdesk.

Text is redacted in place of each finding; JSONL and CSV value by value (keys, column
headers and structure stay); images and PDFs become masked copies (boxes filled, metadata
and text layer gone). Overlapping findings are merged so the wider one wins. A PDF whose
text could not be boxed is refused rather than copied with that text still readable.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pii_scanner.errors import ConfigError, PiiScannerError
from pii_scanner.redact import operators as ops
from pii_scanner.redact.policy import RedactPolicy
from pii_scanner.redact.spans import rewrite

FORMATS = ("text", "jsonl", "csv", "image", "pdf")


class TextRedactor:
    """``redact(text) -> (new text, findings)`` with a detector, a policy and the key."""

    def __init__(self, analyze: Callable[[str], list], policy: RedactPolicy,
                 fingerprint: Callable[[str, str], str], token_key: bytes,
                 operator: str | None = None):
        self.analyze = analyze
        self.policy = policy
        self.fingerprint = fingerprint
        self.token_key = token_key
        registry = ops.available()
        self.fixed = ops.get(operator, registry) if operator else None
        self.registry = registry

    def redact(self, text: str) -> tuple[str, int]:
        findings = sorted((f for f in self.analyze(text) if f.end > f.start),
                          key=lambda f: (f.start, -f.end))
        edits: list[tuple[int, int, str]] = []
        for f in findings:
            if edits and f.start < edits[-1][1]:
                continue  # inside (or overlapping) a wider finding already replaced
            value = text[f.start:f.end]
            op = self.fixed or ops.get(self.policy.operator_for(f.entity_type), self.registry)
            ctx = ops.Context(f.entity_type, self.fingerprint(f.entity_type, value),
                              self.token_key)
            edits.append((f.start, f.end, op.replace(value, ctx)))
        return rewrite(text, edits), len(edits)


def sniff_format(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    from pii_scanner.extract import sniff

    mime = sniff.sniff(data, path.name)
    if mime == sniff.PDF:
        return "pdf"
    if mime.startswith("image/"):
        return "image"
    return "text"


def _walk(value: Any, redact: Callable[[str], tuple[str, int]], counter: list[int]) -> Any:
    if isinstance(value, str):
        new, n = redact(value)
        counter[0] += n
        return new
    if isinstance(value, list):
        return [_walk(v, redact, counter) for v in value]
    if isinstance(value, dict):
        return {k: _walk(v, redact, counter) for k, v in value.items()}
    return value


def redact_jsonl(text: str, redactor: TextRedactor) -> tuple[str, int]:
    counter = [0]
    lines = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            lines.append(line)
            continue
        try:
            record = json.loads(line)
        except ValueError:
            raise PiiScannerError(f"line {n} is not JSON") from None
        lines.append(json.dumps(_walk(record, redactor.redact, counter), ensure_ascii=False))
    return "\n".join(lines) + ("\n" if text.endswith("\n") else ""), counter[0]


def redact_csv(text: str, redactor: TextRedactor) -> tuple[str, int]:
    counter = [0]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for n, row in enumerate(csv.reader(io.StringIO(text))):
        writer.writerow(row if n == 0 else _walk(row, redactor.redact, counter))
    return out.getvalue(), counter[0]


def masked_file(data: bytes, name: str, fmt: str, detector) -> tuple[bytes, int]:
    """Masked copy of an image or PDF: OCR/text layer → findings with boxes → filled."""
    from pii_scanner.extract.images import boxed_findings, image_pieces
    from pii_scanner.extract.job import Job
    from pii_scanner.extract.limits import ExtractLimits
    from pii_scanner.extract.masking import masked_copy
    from pii_scanner.extract.ocr import TesseractOCR
    from pii_scanner.extract.pdf import pdf_pieces

    job = Job(ExtractLimits(), TesseractOCR())
    pieces, _errors = (pdf_pieces if fmt == "pdf" else image_pieces)(data, job)
    findings = []
    for piece in pieces:
        if piece.location == "metadata":
            findings.extend(piece.findings)  # gone with the metadata in the copy
            continue
        found = detector.analyze(piece.text) if piece.text.strip() else []
        boxed = boxed_findings(piece, found)
        if fmt == "pdf" and len(boxed) < len([f for f in found if piece.text[f.start:f.end].strip()]):
            raise PiiScannerError("some findings in the PDF have no position; refusing to "
                                  "write a copy in which they would stay readable")
        findings.extend(boxed)
    return masked_copy(data, name, findings), len(findings)


def redact_path(settings, source: Path, target: Path, *, operator: str | None = None,
                fmt: str | None = None) -> dict[str, Any]:
    """Redact ``source`` into ``target``; returns ``{"format", "findings"}``."""
    from pii_scanner.pipeline.build import detector_factory, load_key
    from pii_scanner.store.fingerprint import Fingerprinter

    if source.resolve() == target.resolve():
        raise ConfigError("redact-file: OUT must differ from IN (the input is never overwritten)")
    if fmt is not None and fmt not in FORMATS:
        raise ConfigError(f"redact-file: --format must be one of {', '.join(FORMATS)}")
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise ConfigError(f"redact-file: cannot read {source}: {exc.strerror}") from None
    fmt = fmt or sniff_format(source, data)
    detector = detector_factory(settings)[0]()
    if fmt in ("image", "pdf"):
        out, n = masked_file(data, source.name, fmt, detector)
    else:
        key = load_key(settings, create=True)
        fingerprinter = Fingerprinter(key)
        redactor = TextRedactor(detector.analyze, RedactPolicy.from_mapping(settings.redact),
                                fingerprinter.fingerprint, key, operator)
        text = data.decode("utf-8", errors="replace")
        handler = {"jsonl": redact_jsonl, "csv": redact_csv}.get(fmt)
        new, n = handler(text, redactor) if handler else redactor.redact(text)
        out = new.encode("utf-8")
    target.write_bytes(out)
    return {"format": fmt, "findings": n}
