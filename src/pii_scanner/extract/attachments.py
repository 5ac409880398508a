"""Attachment bytes → typed text pieces: the one entry point the pipeline calls.

``extract_bytes`` sniffs the type by content, hands the bytes to the matching extractor and
returns an :class:`Extracted`. It never raises for a bad file: limits, damage, encryption
and unsupported types end as strings in ``errors`` (no personal data in them), and whatever
was read before the problem is kept.
"""

from __future__ import annotations

from collections.abc import Callable

from pii_scanner.extract import sniff as types
from pii_scanner.extract.job import Job
from pii_scanner.extract.limits import ExtractLimits
from pii_scanner.extract.ocr import OCR
from pii_scanner.extract.pieces import ExtractError, Extracted, TextPiece, WordBox
from pii_scanner.extract.preprocess import SCREENSHOT, Preprocess

__all__ = ["ExtractLimits", "Extracted", "TextPiece", "WordBox", "extract_bytes", "SUPPORTED"]

Handler = Callable[[bytes, Job], tuple[list[TextPiece], list[str]]]

IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp", "image/tiff",
                         "image/bmp", "image/heic", "image/avif"})


def extract_bytes(data: bytes, file_name: str | None = None, limits: ExtractLimits | None = None,
                  ocr: OCR | None = None, prep: Preprocess = SCREENSHOT) -> Extracted:
    """Text pieces of one file. ``file_name`` only breaks ties between text formats;
    ``ocr`` None skips OCR (images then yield only their metadata)."""
    return _extract(data, file_name, Job(limits or ExtractLimits(), ocr, prep))


def _extract(data: bytes, file_name: str | None, job: Job) -> Extracted:
    if len(data) > job.limits.max_bytes:
        return Extracted(types.OCTET, (), (f"file is {len(data)} bytes, over the {job.limits.max_bytes}-byte limit",))
    mime = types.sniff(data, file_name)
    if mime == types.EMPTY:
        return Extracted(mime)
    handler = _handler(mime)
    if handler is None:
        return Extracted(mime, (), (f"unsupported file type {mime}",))
    try:
        pieces, errors = handler(data, job)
    except ExtractError as exc:
        pieces, errors = [], [str(exc)]
    except MemoryError:
        pieces, errors = [], [f"out of memory while reading {mime}"]
    except RecursionError:
        pieces, errors = [], [f"structure nested too deeply in {mime}"]
    except Exception as exc:  # a library choking on hostile input must not stop the scan
        pieces, errors = [], [f"{type(exc).__name__} while reading {mime}"]
    return Extracted(mime, tuple(pieces), tuple(errors))


def _handler(mime: str) -> Handler | None:
    from pii_scanner.extract import archives, images, mail, office, pdf, text

    if mime in IMAGE_TYPES:
        if mime in ("image/heic", "image/avif"):
            _register_heif()
        return images.image_pieces
    return {
        types.PDF: lambda d, j: pdf.pdf_pieces(d, j, _extract),
        types.ZIP: lambda d, j: archives.zip_pieces(d, j, _extract),
        types.DOCX: lambda d, j: office.docx_pieces(d, j, _extract),
        types.XLSX: office.xlsx_pieces,
        types.EML: lambda d, j: mail.eml_pieces(d, j, _extract),
        types.MSG: lambda d, j: mail.msg_pieces(d, j, _extract),
        "text/plain": text.text_pieces,
        "text/html": text.html_pieces,
        "text/csv": text.csv_pieces,
        "text/tab-separated-values": lambda d, j: text.csv_pieces(d, j, "\t"),
    }.get(mime)


def _register_heif() -> None:
    """HEIC/AVIF decoding comes from pillow-heif, which plugs into Pillow on request."""
    try:
        import pillow_heif
    except ImportError:
        raise ExtractError("HEIC support (pillow-heif) is not installed") from None
    pillow_heif.register_heif_opener()


#: MIME types extract_bytes reads (others end as an "unsupported file type" error).
SUPPORTED = IMAGE_TYPES | {types.PDF, types.ZIP, types.DOCX, types.XLSX, types.EML, types.MSG,
                           "text/plain", "text/html", "text/csv", "text/tab-separated-values"}
