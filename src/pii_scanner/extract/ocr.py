"""OCR behind a small protocol, with a tesseract adapter.

An :class:`OCR` reads one Pillow image and returns its text plus one :class:`WordBox` per
word, boxes in the pixels of the image it was given (callers that preprocess map them back).
Text is assembled line by line (``\\n`` between lines, ``\\n\\n`` between blocks). Tests use
fakes; the real adapter needs the ``tesseract`` binary and its language data.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PIL import Image

from pii_scanner.extract.pieces import Box, WordBox

#: Languages read when the config names none: Norwegian first, English for UI chrome.
DEFAULT_LANGS = "nor+eng"


@dataclass(frozen=True, slots=True)
class OcrWord:
    """One recognised word before assembly: ``line`` groups words of one text line."""

    text: str
    bbox: Box
    conf: float
    line: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class OcrResult:
    text: str
    words: tuple[WordBox, ...]

    @property
    def mean_conf(self) -> float:
        confs = [w.conf for w in self.words if w.conf >= 0]
        return sum(confs) / len(confs) if confs else -1.0


class OcrTimeout(Exception):
    """The OCR engine ran past its time budget (the file gets a recorded error)."""


@runtime_checkable
class OCR(Protocol):
    def read(self, image: Image.Image, timeout: float | None = None) -> OcrResult:
        """Text and word boxes of ``image``; raise :class:`OcrTimeout` past ``timeout`` s."""


def assemble(words: Iterable[OcrWord]) -> OcrResult:
    """Join words into text: a space between words, a tab before a word that starts a table
    column or follows a wide gap (see ``layout.py``), newlines between lines and blank lines
    between blocks (``line[0]`` is the block). Each word keeps its span and box."""
    from pii_scanner.extract.layout import separators

    kept = [w for w in words if w.text.strip()]
    parts: list[str] = []
    boxes: list[WordBox] = []
    pos = 0
    for w, sep in zip(kept, separators(kept)):
        parts.append(sep)
        pos += len(sep)
        parts.append(w.text)
        boxes.append(WordBox(pos, pos + len(w.text), w.bbox, w.conf))
        pos += len(w.text)
    return OcrResult("".join(parts), tuple(boxes))


class TesseractOCR:
    """Tesseract through pytesseract's ``image_to_data`` (word boxes and confidences).

    ``langs`` comes from config (``nor+eng`` by default; ``swe``, ``dan`` are installed too).
    Tesseract's own OpenMP threads are limited to one (``OMP_THREAD_LIMIT=1``): throughput
    comes from running files in parallel processes (see ``pool.py``), not threads per page.
    """

    def __init__(self, langs: str = DEFAULT_LANGS, psm: int = 3, extra_config: str = "") -> None:
        self.langs = langs
        self.config = f"--psm {psm} {extra_config}".strip()
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")

    def read(self, image: Image.Image, timeout: float | None = None) -> OcrResult:
        import pytesseract

        try:
            data = pytesseract.image_to_data(image, lang=self.langs, config=self.config,
                                             output_type=pytesseract.Output.DICT,
                                             timeout=timeout or 0)
        except RuntimeError as exc:  # pytesseract signals its timeout this way
            if "timeout" in str(exc).lower():
                raise OcrTimeout("OCR time limit reached") from None
            raise
        from pii_scanner.extract.ocr_repair import repair, second_look

        def read_crop(box: Box) -> str:  # one word, read again with the English model
            x0, y0, x1, y1 = box
            pad = max(2, (y1 - y0) // 3)
            crop = image.crop((max(0, x0 - pad), max(0, y0 - pad), x1 + pad, y1 + pad))
            try:
                return pytesseract.image_to_string(crop, lang="eng", config="--psm 7", timeout=timeout or 0)
            except (RuntimeError, pytesseract.TesseractError):
                return ""

        return assemble(repair(second_look(list(_words(data)), read_crop)))


def _words(data: dict[str, Sequence]) -> Iterable[OcrWord]:
    for i, text in enumerate(data["text"]):
        if not text or not text.strip():
            continue
        x, y, w, h = (int(data[k][i]) for k in ("left", "top", "width", "height"))
        line = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        yield OcrWord(text.strip(), (x, y, x + w, y + h), float(data["conf"][i]), line)
