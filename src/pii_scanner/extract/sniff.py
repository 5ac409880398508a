"""Type a file by its content, never by its name or the MIME type the helpdesk reported.

Magic numbers come from ``puremagic``; ZIP and OLE containers are opened to tell DOCX/XLSX
and Outlook MSG from plain archives; files with no magic that decode as text are text,
sub-typed as HTML, e-mail or CSV by their content (the file name only breaks a CSV/text tie).
"""

from __future__ import annotations

import io
import re
import zipfile

import puremagic

from pii_scanner.extract.text import utf16_encoding

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MSG = "application/vnd.ms-outlook"
OLE = "application/x-ole-storage"
ZIP = "application/zip"
PDF = "application/pdf"
EML = "message/rfc822"
OCTET = "application/octet-stream"
EMPTY = "application/x-empty"

_ALIASES = {"image/x-ms-bmp": "image/bmp", "image/x-bmp": "image/bmp", "image/heif": "image/heic"}
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif"}
_HEADER = re.compile(rb"^(?:From|To|Subject|Date|Received|Return-Path|Message-ID|MIME-Version|"
                     rb"Delivered-To|Reply-To|Cc|X-[\w-]+|Content-Type):[ \t]", re.I | re.M)


def sniff(data: bytes, file_name: str | None = None) -> str:
    """MIME type of ``data`` judged by content."""
    if not data:
        return EMPTY
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return MSG if "__substg1.0_".encode("utf-16-le") in data[:1 << 20] else OLE
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return "image/avif" if data[8:12] == b"avif" else "image/heic"
    try:
        found = [m for m in puremagic.magic_string(data) if m.mime_type]
    except (puremagic.PureError, ValueError):
        found = []
    best = max(found, key=lambda m: m.confidence, default=None)
    if best is not None and best.confidence >= 0.3 and not best.mime_type.startswith(("text/", "message/")):
        return _ALIASES.get(best.mime_type, best.mime_type)
    if b"%PDF-" in data[:1024]:  # PDF readers accept junk before the header
        return PDF
    text_kind = _text_kind(data, file_name)
    if text_kind:
        return text_kind
    if best is not None:  # weak magic (e.g. "BM") on something that is not text
        return _ALIASES.get(best.mime_type, best.mime_type)
    return OCTET


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist()[:5000])
    except (zipfile.BadZipFile, OSError, ValueError):
        return ZIP  # let the archive extractor record the damage
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    return ZIP


def _text_kind(data: bytes, file_name: str | None) -> str | None:
    sample = data[:65536]
    wide = utf16_encoding(sample)
    if wide:  # judge UTF-16 text by its characters, not by its zero bytes
        sample = sample[:len(sample) // 2 * 2].decode(wide, "replace").encode("utf-8")
    if b"\x00" in sample:
        return None
    if sum(b < 9 or 13 < b < 32 for b in sample) > len(sample) // 100 + 2:
        return None
    low = sample.lstrip()[:512].lower()
    if low.startswith((b"<!doctype html", b"<html")) or b"<body" in sample[:4096].lower():
        return "text/html"
    if _HEADER.match(sample) and len(_HEADER.findall(sample[:8192])) >= 2:
        return EML
    name = (file_name or "").lower()
    if name.endswith(".tsv"):
        return "text/tab-separated-values"
    if name.endswith(".csv"):
        return "text/csv"
    return "text/plain"
