"""The ``detect`` JSONL contract: one record in, one line out, errors per record.

Input lines carry ``id`` and ``text`` (and optional ``lang``) or ``image``; output lines are
``{"id", "findings": [{"entity_type", "start", "end", "score"}]}`` or, for a record that
failed, ``{"id", "findings": [], "error": "..."}``. HTML text is analysed on its visible
text with offsets mapped back. Run ``python -m pii_scanner.detect.contract < in.jsonl``.

With an :class:`ImagePrefetch`, a reader thread reads ahead (at most ``READ_AHEAD`` lines)
and hands each image record to it as soon as it is read, so screenshots are OCR'd in worker
processes while the texts before them are analysed; output stays in input order, one line per
record as before, and a line is written as soon as its record is done.
"""

from __future__ import annotations

import json
import logging
import queue
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol, TextIO

from pii_scanner.detect.base import Detector
from pii_scanner.detect.html_input import analyze_html, looks_like_html
from pii_scanner.records import Finding

log = logging.getLogger(__name__)
#: Texts longer than this are refused per record (the scan caps inputs earlier).
MAX_TEXT_CHARS = 20_000_000
ImageHook = Callable[[Path], list[Finding]]
#: Lines the reader thread may run ahead of the record being analysed.
READ_AHEAD = 64


class ImagePrefetch(Protocol):
    """Starts an image's work now; the returned callable gives its findings (or raises)."""

    def submit(self, path: Path) -> Callable[[], list[Finding]]: ...


def finding_json(f: Finding) -> dict:
    """The contract's view of a finding (no value, no explanation)."""
    out: dict = {"entity_type": f.entity_type, "score": round(f.score, 4)}
    if f.bbox is not None:
        out["bbox"] = list(f.bbox)
        if f.page is not None:
            out["page"] = f.page
    else:
        out["start"], out["end"] = f.start, f.end
    return out


def detect_record(record: dict, detector: Detector, base_dir: Path | None = None,
                  image_hook: ImageHook | None = None,
                  pending: Callable[[], list[Finding]] | None = None) -> dict:
    """One output object for one input record (raises on a bad record). ``pending`` is the
    record's image work already started by an :class:`ImagePrefetch`."""
    if "text" in record:
        text = record["text"]
        if not isinstance(text, str):
            raise ValueError("text must be a string")
        if len(text) > MAX_TEXT_CHARS:
            raise ValueError(f"text longer than {MAX_TEXT_CHARS} characters")
        lang = record.get("lang") if isinstance(record.get("lang"), str) else None
        if looks_like_html(text):
            findings = analyze_html(detector, text, lang)
        else:
            findings = detector.analyze(text, lang)
        return {"findings": [finding_json(f) for f in findings]}
    if "image" in record:
        if pending is not None:
            return {"findings": [finding_json(f) for f in pending()]}
        if image_hook is None:
            return {"findings": [], "error": "image input not supported yet"}
        path = (base_dir or Path(".")) / str(record["image"])
        return {"findings": [finding_json(f) for f in image_hook(path)]}
    raise ValueError("record has neither text nor image")


def run_detect(inp: TextIO, out: TextIO, detector: Detector, base_dir: Path | None = None,
               image_hook: ImageHook | None = None, prefetch: ImagePrefetch | None = None) -> int:
    """Process every line of ``inp``; return the number of records that failed."""
    failed = 0
    lines = (_read_ahead(inp, prefetch, base_dir or Path(".")) if prefetch is not None
             else ((number, line, None) for number, line in enumerate(inp, 1)))
    for number, line, pending in lines:
        if not line.strip():
            continue
        record_id = None
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("line is not a JSON object")
            record_id = record.get("id")
            result = {"id": record_id, **detect_record(record, detector, base_dir, image_hook,
                                                       pending)}
        except Exception as exc:  # one bad record must not stop the run
            failed += 1
            reason = f"{type(exc).__name__}: {exc}" if isinstance(exc, ValueError) \
                else type(exc).__name__
            log.warning("record at line %d failed: %s", number, type(exc).__name__)
            result = {"id": record_id, "findings": [], "error": reason}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return failed


def _read_ahead(inp: TextIO, prefetch: ImagePrefetch, base_dir: Path
                ) -> Iterator[tuple[int, str, Callable[[], list[Finding]] | None]]:
    """(line number, line, started image work or None), read by a thread ahead of the caller."""
    lines: queue.Queue = queue.Queue(maxsize=READ_AHEAD)

    def read() -> None:
        try:
            for number, line in enumerate(inp, 1):
                lines.put((number, line, _start_image(line, prefetch, base_dir)))
        except BaseException as exc:  # (an unreadable input: raised again by the caller)
            lines.put(exc)
        lines.put(None)

    threading.Thread(target=read, name="detect-read-ahead", daemon=True).start()
    while (item := lines.get()) is not None:
        if isinstance(item, BaseException):
            raise item
        yield item


def _start_image(line: str, prefetch: ImagePrefetch, base_dir: Path):
    """The image work for ``line`` if it is a well-formed image record (else None: the caller
    reads the line again and reports what is wrong with it)."""
    if '"image"' not in line:
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict) or "text" in record or "image" not in record:
        return None
    return prefetch.submit(base_dir / str(record["image"]))


def main(argv: list[str] | None = None) -> int:
    """``--input``/``--output`` files (stdin/stdout when omitted); exit 0 even if records failed."""
    import argparse

    from pii_scanner.detect.engine import build_detector

    parser = argparse.ArgumentParser(prog="python -m pii_scanner.detect.contract")
    parser.add_argument("--input")
    parser.add_argument("--output")
    parser.add_argument("--no-ner", action="store_true")
    args = parser.parse_args(argv)
    from pii_scanner.detect.options import DetectOptions

    detector = build_detector(DetectOptions(use_ner=not args.no_ner))
    inp = open(args.input, encoding="utf-8") if args.input else sys.stdin
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    base = Path(args.input).parent if args.input else Path(".")
    try:
        run_detect(inp, out, detector, base_dir=base)
    finally:
        if args.input:
            inp.close()
        if args.output:
            out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
