"""Attachments seen live: a finding's value (for reveal) and screenshots with boxes drawn.

Bytes are downloaded through the connector when an agent asks and are never stored. Text
findings in attachments point into the ``content[n]`` piece the scan extracted; the same
extractor is run again to read the value back. Boxes come from the finding's stored ``bbox``
or, for images, from OCR word boxes of the live image where the value is found again.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping
from typing import Any

from PIL import ImageDraw

from pii_scanner.web.context import WebContext
from pii_scanner.web.live import LiveTicket

_CONTENT = re.compile(r"^content\[(\d+)\]$")
MAX_SIDE = 1600
MASK = (29, 39, 51)
LABEL = (255, 214, 10)


def download(ctx: WebContext, live: LiveTicket, attachment_id: str) -> tuple[str, bytes] | None:
    att = live.attachments.get(str(attachment_id))
    if att is None:
        return None
    connector = ctx.connector_factory()
    try:
        return att.file_name, connector.download(att, ctx.max_image_bytes)
    finally:
        connector.close()


def attachment_value(ctx: WebContext, live: LiveTicket, finding: Mapping[str, Any]) -> str | None:
    """The text at an attachment finding's span, extracted again from the live file."""
    from pii_scanner.pipeline.build import attachment_extractor

    m = _CONTENT.match(finding.get("field") or "")
    extract = attachment_extractor(ctx.settings)
    if m is None or extract is None or finding.get("start") is None:
        return None
    got = download(ctx, live, finding["object_id"])
    if got is None:
        return None
    pieces = extract(got[1], got[0]).pieces
    n = int(m.group(1))
    if n >= len(pieces):
        return None
    text = pieces[n].text
    start, end = int(finding["start"]), int(finding["end"])
    return text[start:end] if 0 <= start < end <= len(text) else None


def ocr_boxes(data: bytes, values: Mapping[int, str]) -> dict[int, list[tuple[int, int, int, int]]]:
    """Finding id -> pixel boxes where its value is read by OCR in the image ``data``."""
    from pii_scanner.extract.attachments import extract_bytes
    from pii_scanner.extract.boxes import spans_to_line_boxes
    from pii_scanner.extract.limits import ExtractLimits
    from pii_scanner.extract.ocr import TesseractOCR

    res = extract_bytes(data, None, ExtractLimits(), TesseractOCR())
    out: dict[int, list] = {}
    for piece in res.pieces:
        if not piece.word_boxes:
            continue
        for fid, value in values.items():
            start = piece.text.find(value)
            while start != -1:
                out.setdefault(fid, []).extend(
                    spans_to_line_boxes(piece.word_boxes, start, start + len(value)))
                start = piece.text.find(value, start + 1)
    return out


def draw(data: bytes, boxes: Mapping[int, Iterable[tuple[int, int, int, int]]],
         numbers: Mapping[int, int]) -> bytes:
    """PNG of the image with each finding's boxes filled (masked) and labelled with its number."""
    from pii_scanner.extract.images import open_image, to_rgb
    from pii_scanner.extract.limits import ExtractLimits

    im = to_rgb(open_image(data, ExtractLimits()))
    pen = ImageDraw.Draw(im)
    for fid, found in boxes.items():
        for x0, y0, x1, y1 in found:
            pen.rectangle((x0 - 2, y0 - 2, x1 + 2, y1 + 2), fill=MASK, outline=LABEL, width=2)
            pen.text((x0 + 2, y0), f"#{numbers.get(fid, fid)}", fill=LABEL)
    im.thumbnail((MAX_SIDE, MAX_SIDE))
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()
