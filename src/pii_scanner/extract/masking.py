"""Masked copies of images and PDFs: finding boxes filled, metadata gone.

Images are rebuilt from raw pixels (so no EXIF, XMP, ICC, text chunks or thumbnails survive)
and saved in their own format where Pillow can write it, else PNG. PDFs are rasterised page
by page (the text layer is gone everywhere, not only under the boxes) and written as an
image-only PDF with the original page sizes. Only the masked copy is ever written to disk.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Iterable
from pathlib import Path

from PIL import Image, ImageDraw, ImageSequence

from pii_scanner.extract import sniff as types
from pii_scanner.extract.images import open_image, to_rgb
from pii_scanner.extract.limits import ExtractLimits
from pii_scanner.extract.pieces import Box, ExtractError
from pii_scanner.records import Finding

PAD = 2  # pixels (points for PDFs) added around each box
FILL = (0, 0, 0)
_SAVE_AS = {"PNG": "PNG", "JPEG": "JPEG", "GIF": "GIF", "TIFF": "TIFF", "BMP": "BMP", "WEBP": "WEBP"}


def masked_copy(data: bytes, file_name: str | None, findings: Iterable[Finding],
                limits: ExtractLimits | None = None, pdf_dpi: int = 150) -> bytes:
    """Bytes of a masked copy of an image or PDF. Findings without a box are ignored
    (their text is removed with the text layer or metadata). Raises ``ExtractError`` for
    other file types or unreadable files."""
    limits = limits or ExtractLimits()
    boxes = _boxes_by_page(findings)
    mime = types.sniff(data, file_name)
    if mime == types.PDF:
        return _mask_pdf(data, boxes, limits, pdf_dpi)
    if mime.startswith("image/"):
        if mime in ("image/heic", "image/avif"):
            from pii_scanner.extract.attachments import _register_heif

            _register_heif()
        return _mask_image(data, boxes, limits)
    raise ExtractError(f"masked copies are made for images and PDFs, not {mime}")


def masked_name(data: bytes, masked: bytes) -> str:
    """A file name for the masked copy that says nothing about its content or owner."""
    kind = types.sniff(masked)
    ext = {"application/pdf": ".pdf"}.get(kind, "." + kind.split("/")[-1].replace("jpeg", "jpg"))
    return f"masked-{hashlib.sha256(data).hexdigest()[:16]}{ext}"


def write_masked(data: bytes, file_name: str | None, findings: Iterable[Finding], directory: str | Path,
                 limits: ExtractLimits | None = None) -> Path:
    """Write the masked copy into ``directory`` (created 0700 if missing), readable by the
    owner only, and return its path. The original bytes are never written."""
    masked = masked_copy(data, file_name, findings, limits)
    directory = Path(directory)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = directory / masked_name(data, masked)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(masked)
    return path


def _boxes_by_page(findings: Iterable[Finding]) -> dict[int, list[Box]]:
    out: dict[int, list[Box]] = {}
    for f in findings:
        if f.bbox is not None:
            out.setdefault(f.page or 1, []).append(f.bbox)
    return out


def _fill(im: Image.Image, boxes: list[Box], scale: float = 1.0) -> None:
    draw = ImageDraw.Draw(im)
    for x0, y0, x1, y1 in boxes:
        draw.rectangle([(x0 - PAD) * scale, (y0 - PAD) * scale, (x1 + PAD) * scale, (y1 + PAD) * scale],
                       fill=FILL if im.mode == "RGB" else FILL + (255,))


def _clean(frame: Image.Image) -> Image.Image:
    """A new image holding only the pixels (no info, EXIF, XMP or ICC profile)."""
    has_alpha = frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info)
    src = frame.convert("RGBA") if has_alpha else to_rgb(frame)
    return Image.frombytes(src.mode, src.size, src.tobytes())


def _mask_image(data: bytes, boxes: dict[int, list[Box]], limits: ExtractLimits) -> bytes:
    im = open_image(data, limits)
    fmt = _SAVE_AS.get(im.format or "", "PNG")
    frames = []
    for page, frame in enumerate(ImageSequence.Iterator(im), 1):
        clean = _clean(frame)
        _fill(clean, boxes.get(page, []))
        if fmt == "JPEG" and clean.mode != "RGB":
            clean = clean.convert("RGB")
        frames.append(clean)
    out = io.BytesIO()
    if len(frames) > 1 and fmt in ("TIFF", "GIF", "WEBP", "PNG"):
        frames[0].save(out, fmt, save_all=True, append_images=frames[1:])
    else:
        frames[0].save(out, fmt, **({"quality": 90} if fmt == "JPEG" else {}))
    return out.getvalue()


def _mask_pdf(data: bytes, boxes: dict[int, list[Box]], limits: ExtractLimits, dpi: int) -> bytes:
    from pii_scanner.extract.pdf import open_pdf

    pdf = open_pdf(data)
    pages: list[Image.Image] = []
    try:
        n = len(pdf)
        if n > limits.max_pages:
            raise ExtractError(f"{n} pages, over the {limits.max_pages}-page limit for masked copies")
        if n == 0:
            raise ExtractError("PDF has no pages")
        # one scale for the whole file, so every page keeps its size in points
        largest = max(w * h for w, h in (pdf.get_page_size(i) for i in range(n)))
        scale = min(dpi / 72, (limits.max_pixels / max(largest, 1.0)) ** 0.5)
        for i in range(n):
            page = pdf[i]
            try:
                im = page.render(scale=scale).to_pil().convert("RGB")
            finally:
                page.close()
            _fill(im, boxes.get(i + 1, []), scale)
            pages.append(im)
    finally:
        pdf.close()
    out = io.BytesIO()
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=scale * 72)
    return out.getvalue()
