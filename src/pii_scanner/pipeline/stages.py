"""Pipeline stages: each takes a list of :class:`ScanItem` and returns a list.

Order: skip unchanged → extract text → fetch attachments → extract attachments → detect →
locate (boxes in images, metadata findings) → fingerprint (raw values become previews + HMACs here and go no further) → drop allow-listed values → store (the runner
commits rows and checkpoint in one transaction).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

from pii_scanner.errors import ApiError, PiiScannerError, TooLarge
from pii_scanner.extract.html import html_to_text, map_span
from pii_scanner.detect.recognizers.boundaries import words_of_key
from pii_scanner.extract.pieces import detection_text, within_piece
from pii_scanner.pipeline.executor import Executor
from pii_scanner.pipeline.items import AnalysedUnit, ScanItem
from pii_scanner.records import Attachment, Finding, TextUnit
from pii_scanner.store import ErrorRow, FindingRow

log = logging.getLogger(__name__)


def _error(item: ScanItem, stage: str, message: str) -> ErrorRow:
    return ErrorRow(item.kind, item.record.id, stage, message)


class SkipUnchanged:
    """Marks items whose content hash equals the stored one; later stages leave them alone."""

    def __init__(self, known_hashes: Callable[[str, list[str]], dict[str, str]]) -> None:
        self._known = known_hashes

    def process(self, items: Sequence[ScanItem]) -> list[ScanItem]:
        by_kind: dict[str, list[str]] = {}
        for it in items:
            by_kind.setdefault(it.kind, []).append(it.record.id)
        known: dict[tuple[str, str], str] = {}
        for kind, ids in by_kind.items():
            for oid, h in self._known(kind, ids).items():
                known[(kind, oid)] = h
        return [it.evolve(unchanged=True) if known.get((it.kind, it.record.id)) == it.content_hash
                else it for it in items]


class ExtractText:
    """Turns each record's free-text fields into analysable units (HTML → visible text)."""

    def process(self, items: Sequence[ScanItem]) -> list[ScanItem]:
        out = []
        for it in items:
            if it.unchanged:
                out.append(it)
                continue
            units, errors = [], list(it.errors)
            for unit in it.record.text_units():
                try:
                    units.append(to_analysed(unit))
                except Exception as exc:  # hostile HTML must not stop the scan
                    errors.append(_error(it, "extract", f"{unit.field}: {type(exc).__name__}"))
            out.append(it.evolve(units=tuple(units), errors=tuple(errors)))
        return out


_UNSAFE = re.compile("[\x00\ud800-\udfff]")


def to_analysed(unit: TextUnit) -> AnalysedUnit:
    """A unit's analysable text: NULs and lone surrogates become U+FFFD (length kept)."""
    text = _UNSAFE.sub("\ufffd", unit.text)
    if unit.mime == "text/html":
        plain, offsets = html_to_text(text)
        return AnalysedUnit(unit, plain, tuple(offsets))
    return AnalysedUnit(unit, text)


class FetchAttachments:
    """Downloads attachment bytes (streamed, capped); failures become item errors."""

    ATTEMPTS = 3

    def __init__(self, download: Callable[[Attachment, int], bytes], max_bytes: int, enabled: bool) -> None:
        self._download = download
        self._max = max_bytes
        self._enabled = enabled

    def process(self, items: Sequence[ScanItem]) -> list[ScanItem]:
        out = []
        for it in items:
            rec = it.record
            if not self._enabled or it.unchanged or not isinstance(rec, Attachment):
                out.append(it)
                continue
            if rec.size is not None and rec.size > self._max:
                out.append(it.evolve(errors=it.errors + (_error(
                    it, "fetch", f"attachment is {rec.size} bytes, over the {self._max}-byte cap"),)))
                continue
            try:
                data = self._fetch_whole(rec)
            except TooLarge as exc:
                out.append(it.evolve(errors=it.errors + (_error(it, "fetch", str(exc)),)))
                continue
            except (ApiError, PiiScannerError) as exc:
                out.append(it.evolve(errors=it.errors + (_error(it, "fetch", f"{type(exc).__name__}: {exc}"),)))
                continue
            meta = dict(it.meta, downloaded_bytes=len(data))
            out.append(it.evolve(payload=data, meta=meta))
        return out


    def _fetch_whole(self, rec: Attachment) -> bytes:
        """Download, checking the byte count against the size the API declared.

        A proxy or server that cuts a body short (or answers 200 instead of the redirect)
        would otherwise hand us a silently truncated file and lose its findings.
        """
        for _ in range(self.ATTEMPTS):
            data = self._download(rec, self._max)
            if rec.size is None or len(data) == rec.size:
                return data
            log.warning("attachment %s: got %d bytes, API declared %d; downloading again",
                        rec.id, len(data), rec.size)
        raise ApiError(f"downloaded {len(data)} bytes, the API declared {rec.size}")


class ExtractAttachments:
    """Attachment bytes → text pieces (with OCR word boxes) via ``pii_scanner.extract``.

    ``extract`` reads one file; ``extract_many`` (optional) reads a batch of files at once, e.g.
    over a process pool, and is used when given. If the batch call fails as a whole (a worker
    died on a hostile file), each file is read again on its own so one file costs only itself.
    """

    def __init__(self, extract: Callable[[bytes, str], Any] | None,
                 extract_many: Callable[[list[tuple[bytes, str]]], Iterable[Any]] | None = None) -> None:
        self._extract = extract  # (data, file_name) -> extract.pieces.Extracted
        self._extract_many = extract_many

    def _read_all(self, files: list[tuple[bytes, str]]) -> list[Any]:
        if self._extract_many is not None and len(files) > 1:
            try:
                return list(self._extract_many(files))
            except Exception as exc:
                log.warning("batch extraction failed (%s); reading files one by one",
                            type(exc).__name__)
        out = []
        for data, name in files:
            try:
                out.append(self._extract(data, name))
            except Exception as exc:  # a hostile file never stops a scan
                out.append(exc)
        return out

    def process(self, items: Sequence[ScanItem]) -> list[ScanItem]:
        todo = [i for i, it in enumerate(items) if it.payload is not None]
        if not todo or self._extract is None:
            return [it.evolve(payload=None) if it.payload is not None else it for it in items]
        results = dict(zip(todo, self._read_all(
            [(items[i].payload, items[i].record.file_name) for i in todo]), strict=True))
        out = []
        for i, it in enumerate(items):
            if i not in results:
                out.append(it)
                continue
            rec, res = it.record, results[i]
            meta = dict(it.meta)
            units, errors = list(it.units), list(it.errors)
            if isinstance(res, Exception):
                pieces, problems = (), (f"{type(res).__name__} while extracting",)
            else:
                pieces, problems, meta["sniffed_mime"] = res.pieces, res.errors, res.mime
            for n, piece in enumerate(pieces):
                if not piece.text:
                    continue
                unit = TextUnit("attachment", rec.id, f"content[{n}]", piece.text,
                                ticket_id=rec.ticket_id)
                units.append(AnalysedUnit(unit, piece.text, None, piece.location, piece))
            errors.extend(_error(it, "extract", p) for p in problems)
            out.append(it.evolve(payload=None, units=tuple(units), errors=tuple(errors), meta=meta))
        return out


class LocateInFiles:
    """Findings in OCR'd text get their page and pixel box; metadata findings (EXIF GPS,
    document authors) found during extraction join the detector's."""

    def __init__(self, boxed: Callable[[Any, list[Finding]], list[Finding]]) -> None:
        self._boxed = boxed

    def process(self, items: Sequence[ScanItem]) -> list[ScanItem]:
        out = []
        for it in items:
            if it.unchanged or not any(u.piece is not None for u in it.units):
                out.append(it)
                continue
            by_unit: dict[int, list[Finding]] = {}
            for unit, f in it.findings:
                by_unit.setdefault(id(unit), []).append(f)
            located = [(u, f) for u, f in it.findings if u.piece is None]
            for unit in it.units:
                if unit.piece is None:
                    continue
                found = by_unit.get(id(unit), [])
                if unit.piece.word_boxes:
                    found = self._boxed(unit.piece, found)
                located += [(unit, f) for f in (*found, *unit.piece.findings)]
            out.append(it.evolve(findings=tuple(located)))
        return out


class Detect:
    """Runs the detector over every unit of every changed item, in one batch."""

    def __init__(self, executor: Executor) -> None:
        self._executor = executor

    def process(self, items: Sequence[ScanItem]) -> list[ScanItem]:
        flat = [(i, u) for i, it in enumerate(items) if not it.unchanged for u in it.units]
        if not flat:
            return list(items)
        inputs = [_detection_input(u) for _, u in flat]
        try:
            results = self._executor.detect([(text, u.unit.lang)
                                             for (text, _), (_, u) in zip(inputs, flat)])
        except Exception as exc:  # fall back per unit so one bad text costs only itself
            log.warning("batch detection failed (%s); retrying unit by unit", type(exc).__name__)
            results = []
            for (text, _), (_, u) in zip(inputs, flat):
                try:
                    results.extend(self._executor.detect([(text, u.unit.lang)]))
                except Exception as inner:
                    results.append(inner)
        results = [res if isinstance(res, Exception) else within_piece(res, offset)
                   for res, (_, offset) in zip(results, inputs)]
        found: dict[int, list] = {}
        errors: dict[int, list] = {}
        for (i, unit), res in zip(flat, results, strict=True):
            if isinstance(res, Exception):
                errors.setdefault(i, []).append(
                    _error(items[i], "detect", f"{unit.unit.field}: {type(res).__name__}"))
            else:
                found.setdefault(i, []).extend((unit, f) for f in res)
        return [it.evolve(findings=tuple(found.get(i, ())),
                          errors=it.errors + tuple(errors.get(i, ()))) if not it.unchanged else it
                for i, it in enumerate(items)]


def _detection_input(unit: AnalysedUnit) -> tuple[str, int]:
    """What the detector reads for ``unit``: an attachment piece with its context (a table's
    header row) before it, a field's value after its title (``fodselsdato: 12.03.1985``, the
    key read as words: ``telefon_privat`` -> ``telefon privat``; a one-line plain value only: a
    field of several lines holds prose, which a title would not label), and where the unit's own
    text starts (findings in the context or the title are dropped)."""
    if getattr(unit.piece, "context", ""):
        return detection_text(unit.piece)
    if unit.unit.label and unit.offsets is None and "\n" not in unit.text:
        title = f"{words_of_key(unit.unit.label)}: "
        return title + unit.text, len(title)
    return unit.text, 0


class Fingerprint:
    """Replaces (unit, Finding) pairs by FindingRows: masked preview + HMAC, spans in field coords."""

    def __init__(self, fingerprint: Callable[[str, str], str], preview: Callable[[str, str], str]) -> None:
        self._fp = fingerprint
        self._preview = preview

    def process(self, items: Sequence[ScanItem]) -> list[ScanItem]:
        out = []
        for it in items:
            if it.unchanged:
                out.append(it)
                continue
            rows = [self._row(it, unit, f) for unit, f in it.findings]
            out.append(it.evolve(findings=tuple(rows)))
        return out

    def _row(self, it: ScanItem, unit: AnalysedUnit, f) -> FindingRow:
        value = unit.text[f.start:f.end]
        start, end = f.start, f.end
        if unit.offsets is not None and start < end <= len(unit.offsets):
            start, end = map_span(unit.unit.text, unit.offsets, start, end)
        explanation = f.explain()
        if unit.location:
            explanation["location"] = unit.location
        if unit.offsets is not None:
            explanation["text_span"] = [f.start, f.end]
        return FindingRow(
            kind=it.kind, object_id=it.record.id, field=unit.unit.field,
            entity_type=f.entity_type, start=start, end=end, score=round(float(f.score), 4),
            recognizer=f.recognizer, preview=self._preview(f.entity_type, value),
            fingerprint=self._fp(f.entity_type, value), explanation=explanation,
            page=f.page, bbox=f.bbox, ticket_id=it.ticket_id,
        )


class DropAllowed:
    """Drops findings whose ``(entity_type, fingerprint)`` is on the allow-list.

    ``allowed`` is called once per batch and should return a set the runner loaded once per run.
    """

    def __init__(self, allowed: Callable[[], Collection[tuple[str, str]]]) -> None:
        self._allowed = allowed

    def process(self, items: Sequence[ScanItem]) -> list[ScanItem]:
        allowed = self._allowed()
        if not allowed:
            return list(items)
        out = []
        for it in items:
            kept = tuple(r for r in it.findings if (r.entity_type, r.fingerprint) not in allowed)
            out.append(it if it.unchanged or len(kept) == len(it.findings)
                       else it.evolve(findings=kept))
        return out
