"""Images: safe decoding, OCR of every frame, and findings with pixel boxes.

``detect_image`` is what the ``detect`` contract uses for ``{"id", "image"}`` records;
``image_hook`` builds the one-argument callable the CLI keeps for a whole run.
"""

from __future__ import annotations

import dataclasses
import io
import math
from collections.abc import Callable, Iterator
from pathlib import Path

from PIL import Image, ImageSequence

from pii_scanner.detect.base import Detector
from pii_scanner.extract.boxes import spans_to_bbox
from pii_scanner.extract.job import Job
from pii_scanner.extract.limits import ExtractLimits
from pii_scanner.extract.metadata import image_metadata
from pii_scanner.extract.ocr import OCR, OcrResult, OcrTimeout
from pii_scanner.extract.pieces import ExtractError, TextPiece, WordBox
from pii_scanner.extract.preprocess import SCREENSHOT, Preprocess, looks_born_digital, prepare
from pii_scanner.records import Finding


def open_image(data: bytes, limits: ExtractLimits) -> Image.Image:
    """Open without decoding pixels; refuse images over ``limits.max_pixels``."""
    try:
        im = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError:
        raise ExtractError(f"image over the {limits.max_pixels}-pixel limit (decompression bomb)") from None
    except Exception as exc:
        raise ExtractError(f"unreadable image ({type(exc).__name__})") from None
    check_pixels(im.size, limits)
    return im


def open_for_ocr(data: bytes, limits: ExtractLimits) -> tuple[Image.Image, float, float]:
    """Like :func:`open_image`, but a JPEG over ``limits.max_pixels`` (a 50-200 megapixel
    phone photo) is decoded at 1/2, 1/4 or 1/8 size by libjpeg's DCT scaling, which never
    allocates the full image, instead of being refused. Returns the image and the factors
    (x, y) its pixels are smaller by, to map OCR boxes back to the original's pixels."""
    try:
        im = Image.open(io.BytesIO(data))
    except Exception:
        return open_image(data, limits), 1.0, 1.0  # raises the usual error
    w, h = im.size
    if w * h > limits.max_pixels and im.format == "JPEG":
        for f in (2, 4, 8):
            if math.ceil(w / f) * math.ceil(h / f) <= limits.max_pixels:
                im.draft("RGB", (w // f, h // f))  # libjpeg rounds up: ceil(w / f)
                break
    check_pixels(im.size, limits)
    return im, w / im.size[0], h / im.size[1]


def check_pixels(size: tuple[int, int], limits: ExtractLimits) -> None:
    w, h = size
    if w * h > limits.max_pixels:
        raise ExtractError(f"image is {w}x{h} pixels, over the {limits.max_pixels}-pixel limit")


def frames(im: Image.Image, limits: ExtractLimits, errors: list[str]) -> Iterator[tuple[int, Image.Image]]:
    """(1-based frame number, RGB frame) for the first ``max_pages`` frames."""
    n = getattr(im, "n_frames", 1)
    for i, frame in enumerate(ImageSequence.Iterator(im), 1):
        if i > limits.max_pages:
            errors.append(f"{n} frames; frames after {limits.max_pages} not read")
            return
        check_pixels(frame.size, limits)
        try:
            yield i, to_rgb(frame)
        except ExtractError:
            raise
        except Exception as exc:
            raise ExtractError(f"image data unreadable at frame {i} ({type(exc).__name__})") from None


def to_rgb(frame: Image.Image) -> Image.Image:
    """RGB copy; transparent areas become white so dark text stays readable."""
    if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
        rgba = frame.convert("RGBA")
        bg = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(bg, rgba).convert("RGB")
    return frame.convert("RGB")


def ocr_image(image: Image.Image, ocr: OCR, prep: Preprocess = SCREENSHOT,
              timeout: float | None = None) -> OcrResult:
    """Preprocess, OCR, and map word boxes back to ``image``'s own pixels."""
    p = prepare(image, prep)
    res = (ocr.read(p.image, timeout=timeout) if prep.binarize == "otsu"
           else ocr.read(p.image, timeout=timeout, binarize=prep.binarize))
    words = tuple(WordBox(w.start, w.end, p.to_original(w.bbox), w.conf) for w in res.words)
    return OcrResult(res.text, words)


#: formats cameras write: such an image may be a photo of paper, so it is straightened
CAMERA_FORMATS = frozenset({"JPEG", "MPO", "HEIF", "AVIF"})


def image_pieces(data: bytes, job: Job) -> tuple[list[TextPiece], list[str]]:
    """One piece per frame (OCR text with word boxes) plus a metadata piece."""
    pieces: list[TextPiece] = []
    errors: list[str] = []
    im, fx, fy = open_for_ocr(data, job.limits)
    prep = job.prep
    if prep.deskew_camera and not prep.deskew and im.format in CAMERA_FORMATS:
        # a camera's image may be a photo of paper: straightened, and no coloured panels
        # lifted (a sheet's edge on a dark table read as one: photos 41/41 -> 33/41); a
        # JPEG screenshot (flat UI background) keeps the lift: a header bar's white text
        prep = dataclasses.replace(prep, deskew=True,
                                   lift_panels=prep.lift_panels and looks_born_digital(im))
    meta = image_metadata(im)
    if meta is not None:
        pieces.append(meta)
    if job.ocr is None or not job.limits.ocr:
        return pieces, errors
    try:
        for page, frame in frames(im, job.limits, errors):
            try:
                res = ocr_image(frame, job.ocr, prep, timeout=job.ocr_seconds_left())
            except OcrTimeout:
                raise ExtractError(f"OCR time limit of {job.limits.ocr_timeout_s:g} s reached") from None
            job.take_chars(len(res.text))
            words = res.words if (fx, fy) == (1.0, 1.0) else tuple(
                dataclasses.replace(w, bbox=(math.floor(w.bbox[0] * fx), math.floor(w.bbox[1] * fy),
                                             math.ceil(w.bbox[2] * fx), math.ceil(w.bbox[3] * fy)))
                for w in res.words)
            pieces.append(TextPiece(res.text, f"page {page}", page, words))
    except ExtractError as exc:
        errors.append(str(exc))
    return pieces, errors


def boxed_findings(piece: TextPiece, findings: list[Finding]) -> list[Finding]:
    """Give each finding in an OCR'd piece its page and the union box of its words;
    findings that cover no word (whitespace only) are dropped."""
    out = []
    for f in findings:
        box = f.bbox or spans_to_bbox(piece.word_boxes, f.start, f.end)
        if box is None:
            continue
        out.append(dataclasses.replace(f, page=piece.page, bbox=box))
    return out


def detect_image(source: str | Path | bytes, detector: Detector, ocr: OCR | None = None,
                 limits: ExtractLimits | None = None, lang: str | None = None,
                 prep: Preprocess = SCREENSHOT) -> list[Finding]:
    """Findings in an image file: OCR'd text findings with ``page`` and ``bbox`` in original
    pixels, plus metadata findings (GPS, author; ``bbox`` None). Raises ``ExtractError`` when
    the image cannot be read at all."""
    return image_findings(read_image(source, ocr, limits, prep), detector, lang)


def read_image(source: str | Path | bytes, ocr: OCR | None = None,
               limits: ExtractLimits | None = None, prep: Preprocess = SCREENSHOT) -> list[TextPiece]:
    """:func:`detect_image`'s first half, the OCR: the image's pieces (frames and metadata).
    Raises ``ExtractError`` when the image cannot be read at all."""
    from pii_scanner.extract.ocr import TesseractOCR

    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    job = Job(limits or ExtractLimits(), ocr or TesseractOCR(), prep)
    pieces, errors = image_pieces(data, job)
    if errors and not any(p.word_boxes for p in pieces):
        raise ExtractError(errors[0])
    return pieces


def image_findings(pieces: list[TextPiece], detector: Detector, lang: str | None = None) -> list[Finding]:
    """:func:`detect_image`'s second half: findings in the pieces :func:`read_image` gave."""
    out: list[Finding] = []
    for piece in pieces:
        if piece.location == "metadata":
            out.extend(piece.findings)
        elif piece.text.strip():
            out.extend(boxed_findings(piece, detector.analyze(piece.text, lang)))
    return out


def image_hook(detector: Detector, ocr: OCR | None = None, limits: ExtractLimits | None = None,
               lang: str | None = None) -> Callable[[str | Path], list[Finding]]:
    """A ``path -> findings`` callable for the ``detect`` contract's image records: one OCR
    engine and detector for the whole run; only findings with a box are returned."""
    from pii_scanner.extract.ocr import TesseractOCR

    engine = ocr or TesseractOCR()

    def hook(path: str | Path) -> list[Finding]:
        return boxed_only(detect_image(path, detector, engine, limits, lang))

    return hook


def boxed_only(findings: list[Finding]) -> list[Finding]:
    """The findings the ``detect`` contract reports for an image: those with a box."""
    return [f for f in findings if f.bbox is not None]
