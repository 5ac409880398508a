"""File metadata that is personal data: EXIF/XMP GPS positions and author/owner names.

Metadata becomes one ``TextPiece`` at location ``"metadata"`` whose text lists the values
(``"GPS: 59.912340, 10.752340"``, ``"Artist: Kari Nordmann"``) and whose ``findings`` point at
them: GPS_COORDINATES for positions, PERSON for names. The caller masks and fingerprints them
like any detector finding; the raw text is never stored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PIL import ExifTags, Image

from pii_scanner.extract.pieces import TextPiece
from pii_scanner.records import Finding

_EXIF_NAMES = ((0x013B, "Artist"), (0x9C9D, "XPAuthor"))
_XMP_NAMES = ("dc:creator", "xmp:Author", "pdf:Author", "photoshop:AuthorsPosition")
_XMP_GPS = re.compile(r"exif:GPS(Latitude|Longitude)\s*(?:=\s*[\"']|>)\s*([0-9.,]+[NSEW])")


def metadata_piece(values: Iterable[tuple[str, str, str]], source: str) -> TextPiece | None:
    """One piece from ``(label, value, entity_type)`` triples; ``None`` when all are empty."""
    lines, findings, pos = [], [], 0
    seen = set()
    for label, value, entity in values:
        value = " ".join(str(value).split())
        if not value or (label, value) in seen:
            continue
        seen.add((label, value))
        prefix = f"{label}: "
        start = pos + len(prefix)
        lines.append(prefix + value)
        findings.append(Finding(entity, start, start + len(value), 0.95 if entity == "GPS_COORDINATES" else 0.85,
                                f"metadata:{source}", (("field", label),)))
        pos += len(prefix) + len(value) + 1
    if not lines:
        return None
    return TextPiece("\n".join(lines), "metadata", findings=tuple(findings))


def image_metadata(im: Image.Image) -> TextPiece | None:
    """GPS position and author names from an image's EXIF and XMP."""
    values: list[tuple[str, str, str]] = []
    try:
        exif = im.getexif()
    except Exception:  # malformed EXIF must not stop OCR of the pixels
        exif = None
    if exif:
        for tag, label in _EXIF_NAMES:
            name = _exif_text(exif.get(tag))
            if name:
                values.append((label, name, "PERSON"))
        try:
            gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
        except Exception:
            gps = {}
        pos = gps_from_exif(gps)
        if pos:
            values.append(("GPS", f"{pos[0]:.6f}, {pos[1]:.6f}", "GPS_COORDINATES"))
    xmp = _xmp_text(im)
    if xmp:
        values.extend(xmp_values(xmp))
    return metadata_piece(values, "image")


def gps_from_exif(gps: dict) -> tuple[float, float] | None:
    """Decimal (lat, lon) from an EXIF GPS IFD (tags 1-4), or ``None``."""
    try:
        lat, lon = _dms(gps[2]), _dms(gps[4])
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return None
    if str(gps.get(1, "N")).upper().startswith("S"):
        lat = -lat
    if str(gps.get(3, "E")).upper().startswith("W"):
        lon = -lon
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None
    return lat, lon


def xmp_values(xmp: str) -> list[tuple[str, str, str]]:
    """Author names and the GPS position in an XMP packet (regex over the XML text)."""
    out: list[tuple[str, str, str]] = []
    for tag in _XMP_NAMES:
        for m in re.finditer(rf"<{tag}\b[^>]*>(.*?)</{tag}>", xmp, re.S):
            items = re.findall(r"<rdf:li\b[^>]*>(.*?)</rdf:li>", m.group(1), re.S) or [m.group(1)]
            out.extend((tag, i.strip(), "PERSON") for i in items if i.strip() and "<" not in i)
        for m in re.finditer(rf"\b{tag}\s*=\s*\"([^\"]+)\"", xmp):
            out.append((tag, m.group(1).strip(), "PERSON"))
    coords = {k: v for k, v in _XMP_GPS.findall(xmp)}
    if "Latitude" in coords and "Longitude" in coords:
        try:
            lat, lon = _xmp_coord(coords["Latitude"]), _xmp_coord(coords["Longitude"])
            out.append(("GPS", f"{lat:.6f}, {lon:.6f}", "GPS_COORDINATES"))
        except ValueError:
            pass
    return out


def _dms(v) -> float:
    d, m, s = (float(x) for x in v)
    return d + m / 60 + s / 3600


def _xmp_coord(v: str) -> float:
    """XMP GPSCoordinate: ``DDD,MM,SSk`` or ``DDD,MM.mmk``."""
    ref, nums = v[-1], [float(x) for x in v[:-1].split(",")]
    deg = nums[0] + (nums[1] if len(nums) > 1 else 0) / 60 + (nums[2] if len(nums) > 2 else 0) / 3600
    return -deg if ref in "SW" else deg


def _exif_text(raw) -> str:
    if raw is None:
        return ""
    if isinstance(raw, bytes):  # XP* tags are UTF-16LE byte strings
        try:
            return raw.decode("utf-16-le").rstrip("\x00").strip()
        except UnicodeDecodeError:
            return ""
    if isinstance(raw, tuple):  # some writers give XP* tags as a tuple of byte values
        return _exif_text(bytes(raw))
    return str(raw).rstrip("\x00").strip()


def _xmp_text(im: Image.Image) -> str:
    raw = im.info.get("xmp") or im.info.get("XML:com.adobe.xmp")
    if isinstance(raw, bytes):
        return raw.decode("utf-8", "replace")
    return raw or ""
