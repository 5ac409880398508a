"""Generated test files: images with planted text, PDFs, Office files, mails, archives.

Everything is built in memory at test time (no binary blobs). Identifiers are synthetic
numbers with valid check digits that belong to no one.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

from pii_scanner.records import Finding

FNR = "13124723633"  # synthetic fødselsnummer with valid check digits
EMAIL = "kari.nordmann@example.no"


@dataclass(frozen=True)
class Drawn:
    data: bytes
    boxes: dict[str, tuple[int, int, int, int]]  # planted value → drawn box in pixels


def _font(size: int) -> ImageFont.FreeTypeFont:
    """DejaVu Sans (a common UI font) when installed, else Pillow's bundled font."""
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size=size)


def text_image(lines: list[str], fmt: str = "PNG", size: int = 22, dark: bool = False,
               width: int = 760, margin: int = 30, exif: Image.Exif | None = None,
               mark: tuple[str, ...] = (FNR, EMAIL)) -> Drawn:
    font = _font(size)
    line_h = int(size * 1.9)
    height = margin * 2 + line_h * len(lines)
    bg, fg = ((30, 30, 34), (235, 235, 235)) if dark else ((255, 255, 255), (20, 20, 20))
    im = Image.new("RGB", (width, height), bg)
    draw = ImageDraw.Draw(im)
    boxes = {}
    for n, line in enumerate(lines):
        y = margin + n * line_h
        draw.text((margin, y), line, font=font, fill=fg)
        for value in mark:
            k = line.find(value)
            if k >= 0:
                x0 = margin + draw.textlength(line[:k], font=font)
                bb = draw.textbbox((x0, y), value, font=font)
                boxes[value] = tuple(int(v) for v in bb)
    out = io.BytesIO()
    kwargs = {"exif": exif} if exif is not None else {}
    im.save(out, fmt, **kwargs)
    return Drawn(out.getvalue(), boxes)


def iou(a, b) -> float:
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union else 0.0


class RegexDetector:
    """A stand-in detector: 11-digit numbers (space/dash tolerant) and e-mail addresses."""

    PATTERNS = (("NO_FODSELSNUMMER", re.compile(r"\b\d{6}[ -]?\d{5}\b")),
                ("EMAIL_ADDRESS", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")))

    def analyze(self, text: str, lang: str | None = None) -> list[Finding]:
        return [Finding(t, m.start(), m.end(), 0.9, "regex") for t, rx in self.PATTERNS for m in rx.finditer(text)]

    def analyze_many(self, items):
        return [self.analyze(t, lang) for t, lang in items]


# ----------------------------------------------------------------------------- PDF

def _pdf_escape(s: str) -> bytes:
    return s.encode("cp1252", "replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text_pdf(pages: list[list[str]], encrypt: bool = False, break_xref: bool = False,
             author: str | None = None) -> bytes:
    """A minimal PDF with a Helvetica text layer, one list of lines per page (A4)."""
    n = len(pages)
    objs: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n))
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, lines in enumerate(pages):
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                    f"<< /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode())
        body = b"BT /F1 12 Tf 16 TL 72 770 Td " + b" ".join(b"(" + _pdf_escape(l) + b") Tj T*" for l in lines) + b" ET"
        objs.append(b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream")
    info = None
    if author:
        objs.append(b"<< /Author (" + _pdf_escape(author) + b") >>")
        info = len(objs)
    enc = None
    if encrypt:
        objs.append(b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>")
        enc = len(objs)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % ((off * 7 + 13) if break_xref else off)
    trailer = f"<< /Size {len(objs) + 1} /Root 1 0 R".encode()
    if info:
        trailer += f" /Info {info} 0 R".encode()
    if enc:
        trailer += f" /Encrypt {enc} 0 R /ID [<{'ab' * 16}> <{'ab' * 16}>]".encode()
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % (xref + (999 if break_xref else 0))
    return bytes(out)


def image_pdf(drawn: Drawn, dpi: int = 144) -> bytes:
    """A scanned-style PDF: one page holding the image, no text layer."""
    out = io.BytesIO()
    Image.open(io.BytesIO(drawn.data)).convert("RGB").save(out, "PDF", resolution=dpi)
    return out.getvalue()


# ----------------------------------------------------------------------- archives

def zip_of(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def nested_zip(depth: int, payload: bytes, name: str = "note.txt") -> bytes:
    data = zip_of({name: payload})
    for d in range(depth - 1):
        data = zip_of({f"level{d}.zip": data})
    return data


def png_with_size(width: int, height: int) -> bytes:
    """A PNG whose header declares ``width`` x ``height`` over one tiny IDAT (a pixel bomb)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


def pdf_with_picture(pages: list[list[str]], picture: Drawn, at: tuple[float, float], width_pt: float) -> bytes:
    """``text_pdf(pages)`` with ``picture`` drawn on page 1, top-left corner at ``at``
    (points from the top-left), ``width_pt`` wide."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(text_pdf(pages))
    page = pdf[0]
    im = Image.open(io.BytesIO(picture.data)).convert("RGB")
    obj = pdfium.PdfImage.new(pdf)
    obj.set_bitmap(pdfium.PdfBitmap.from_pil(im))
    h_pt = width_pt * im.height / im.width
    obj.set_matrix(pdfium.PdfMatrix().scale(width_pt, h_pt).translate(at[0], 842 - at[1] - h_pt))
    page.insert_obj(obj)
    page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()
