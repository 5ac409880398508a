"""Attachment bytes, rendered only when downloaded, byte-identical for the same seed.

Every file is padded to the size the API announced (``declared_size``) in a way its
format tolerates: trailing bytes after a PNG/JPEG end marker, a ZIP archive comment,
a PDF comment followed by a repeated ``startxref``, trailing text for EML/TXT.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime

from PIL import ExifTags, Image, ImageDraw, ImageFont

from .layout import mix

_FIXED = (2024, 3, 1, 12, 0, 0)
_BOUND = {"png": 40_000, "jpeg": 60_000, "jpeg_gps": 60_000, "photo": 20_000, "pdf_text": 8_000,
          "pdf_scan": 160_000, "docx": 44_000, "xlsx": 12_000, "eml": 4_000, "zip": 8_000, "txt": 1_000,
          "corrupt": 6_000}


def declared_size(kind: str, key: int, oversized_bytes: int) -> int:
    if kind == "oversized" and oversized_bytes:
        return oversized_bytes
    return _BOUND.get(kind, _BOUND["pdf_text"]) + mix(key, 17) % 4096


def _font(size: int):
    return ImageFont.load_default(size=size)


def _text_image(lines, size=(720, 360), scan=False, rng=None) -> Image.Image:
    img = Image.new("RGB", size, (236, 234, 226) if scan else "white")
    draw = ImageDraw.Draw(img)
    if not scan:
        draw.rectangle((0, 0, size[0], 34), fill=(40, 70, 120))
        draw.text((12, 8), "Bygdata Portal", font=_font(18), fill="white")
    y = 56
    for line in lines:
        draw.text((24, y), line, font=_font(26 if scan else 22), fill=(20, 20, 20))
        y += 40
    if scan and rng is not None:
        for _ in range(400):  # speckle like a photocopy
            x, yy = rng.randrange(size[0]), rng.randrange(size[1])
            draw.point((x, yy), fill=(120, 120, 120))
        img = img.rotate(rng.uniform(-1.5, 1.5), fillcolor=(236, 234, 226))
    return img


def _save(img: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


def _gps_exif(lat: float, lon: float) -> Image.Exif:
    exif = Image.Exif()
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)

    def dms(v: float) -> tuple[float, float, float]:
        d, rest = int(v), (v - int(v)) * 60
        return float(d), float(int(rest)), round((rest - int(rest)) * 60, 3)

    gps[ExifTags.GPS.GPSLatitudeRef], gps[ExifTags.GPS.GPSLatitude] = "N", dms(lat)
    gps[ExifTags.GPS.GPSLongitudeRef], gps[ExifTags.GPS.GPSLongitude] = "E", dms(lon)
    exif[ExifTags.Base.Make], exif[ExifTags.Base.Model] = "Sandbox", "Befaring Cam"
    return exif


def _pdf(lines, image: Image.Image | None = None) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2024, 3, 1, 12, 0, tzinfo=dt.UTC))
    pdf.set_producer("sandbox")
    pdf.add_page()
    if image is not None:
        pdf.image(image, x=10, y=10, w=190)
    else:
        pdf.set_font("Helvetica", size=13)
        for line in lines:
            pdf.cell(0, 9, line.encode("latin-1", "replace").decode("latin-1"), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _normalise_zip(data: bytes, comment: bytes = b"") -> bytes:
    """Rewrite a ZIP with fixed timestamps (office libraries stamp 'now', openpyxl even into
    ``docProps/core.xml`` whatever the workbook's properties say)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _STAMP.sub(rb"\g<1>2024-03-01T00:00:00Z\g<2>", body)
            out.writestr(zipfile.ZipInfo(info.filename, _FIXED), body,
                         compress_type=zipfile.ZIP_DEFLATED)
        out.comment = comment
    return buf.getvalue()


def _docx(lines) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.created = document.core_properties.modified = dt.datetime(2024, 3, 1)
    document.core_properties.author = "Bygdata"
    document.add_heading(lines[0] if lines else "Dokument", level=1)
    for line in lines[1:]:
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return _normalise_zip(buf.getvalue())


def _xlsx(lines) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = dt.datetime(2024, 3, 1)
    ws = wb.active
    ws.title = "Beboere"
    ws.append(["Navn", "Fødselsnr", "Telefon", "E-post"])
    for line in lines:
        ws.append(line.split("|"))
    buf = io.BytesIO()
    wb.save(buf)
    return _normalise_zip(buf.getvalue())


def _eml(lines, key: int) -> bytes:
    msg = EmailMessage()
    sender = re.sub(r"^From: ", "", lines[0]) if lines and lines[0].startswith("From: ") else "noreply@bygdata.example"
    msg["From"], msg["To"] = sender, "support@sandbox.zendesk.com"
    msg["Subject"] = "Flytting"
    msg["Date"] = format_datetime(dt.datetime(2024, 3, 1, 12, 0, tzinfo=dt.UTC))
    msg["Message-ID"] = f"<{key}@sandbox.example>"
    msg.set_content("\n".join(lines[1:]) + "\n", cte="8bit")
    return msg.as_bytes()


def _zip(lines) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr(zipfile.ZipInfo("logs/sync.log", _FIXED), "\n".join(lines) + "\n")
        out.writestr(zipfile.ZipInfo("logs/README.txt", _FIXED), "Eksport fra Bygdata\n")
    return buf.getvalue()


def natural_bytes(kind: str, lines, key: int, gps=None) -> bytes:
    rng = random.Random(key)
    if kind == "png":
        return _save(_text_image(lines), "PNG", optimize=False)
    if kind in ("jpeg", "jpeg_gps"):
        img = _text_image(lines, (800, 500), scan=kind == "jpeg", rng=rng)
        return _save(img, "JPEG", quality=80, **({"exif": _gps_exif(*gps)} if gps else {}))
    if kind == "photo":
        img = Image.new("RGB", (160, 160), (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
        ImageDraw.Draw(img).ellipse((40, 30, 120, 130), fill=(230, 200, 170))
        return _save(img, "JPEG", quality=75, **({"exif": _gps_exif(*gps)} if gps else {}))
    if kind == "pdf_text":
        return _pdf(lines)
    if kind == "pdf_scan":
        return _pdf(lines, _text_image(lines, (1000, 700), scan=True, rng=rng).convert("L"))
    if kind == "docx":
        return _docx(lines)
    if kind == "xlsx":
        return _xlsx(lines)
    if kind == "eml":
        return _eml(lines, key)
    if kind == "zip":
        return _zip(lines)
    if kind == "txt":
        return ("\n".join(lines) + "\n").encode("utf-8")
    if kind == "corrupt":
        return b"\x89PNG\r\n\x1a\n" + rng.randbytes(2000)
    return _pdf(("Skannet dokument",))


def pad(kind: str, data: bytes, size: int) -> bytes:
    """Grow ``data`` to exactly ``size`` bytes without breaking the format."""
    missing = size - len(data)
    if missing <= 0:
        return data
    if kind in ("docx", "xlsx", "zip"):
        if missing < 65_536:
            return data[:-2] + missing.to_bytes(2, "little") + b"\x00" * missing  # archive comment
        return data
    if kind.startswith("pdf") or kind == "oversized":
        tail = data[data.rindex(b"startxref"):]
        if missing < len(tail) + 3:
            return data + b"\n" * missing
        filler = max(0, missing - len(tail) - 3)
        return data + b"\n%" + b"0" * filler + b"\n" + tail
    if kind in ("eml", "txt"):
        return data + b"\n" * missing
    return data + b"\x00" * missing  # after PNG IEND / JPEG EOI, or noise


def render(kind: str, lines, key: int, size: int, gps=None) -> bytes:
    if kind == "oversized":
        return pad("oversized", _pdf(("Skannet arkiv",)), size)
    return pad(kind, natural_bytes(kind, lines, key, gps), size)
