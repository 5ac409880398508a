"""OCR behind a small protocol, with a tesseract adapter.

An :class:`OCR` reads one Pillow image and returns its text plus one :class:`WordBox` per
word, boxes in the pixels of the image it was given (callers that preprocess map them back).
Text is assembled line by line (``\\n`` between lines, ``\\n\\n`` between blocks). Tests use
fakes; the real adapter needs the ``tesseract`` binary and its language data.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, runtime_checkable

from PIL import Image

from pii_scanner.extract.ocr_labels import fix_label, fix_label_places, join_label
from pii_scanner.extract.ocr_numbers import (MIN_RUN, fix_date_letters, fix_ibans, fix_number_word,
                                             fix_separators, split_digit_groups)
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


#: Tesseract's ``thresholding_method`` per binarisation name: global Otsu (its default, best
#: on clean screenshots) or local Sauvola, which keeps text on a grey or uneven background
#: (a scanned page with a tinted area) that a global threshold turns into one black block.
THRESHOLDING = {"otsu": "0", "sauvola": "2"}


@runtime_checkable
class OCR(Protocol):
    def read(self, image: Image.Image, timeout: float | None = None, *,
             binarize: str = "otsu") -> OcrResult:
        """Text and word boxes of ``image``; raise :class:`OcrTimeout` past ``timeout`` s.
        ``binarize`` names the thresholding (:data:`THRESHOLDING`)."""


def assemble(words: Iterable[OcrWord]) -> OcrResult:
    """Join words into text: label and value blocks side by side merged into rows, a space
    between words, a tab before a word that starts a table column or follows a wide gap
    (see ``layout.py``), newlines between lines and blank lines
    between blocks (``line[0]`` is the block). Each word keeps its span and box."""
    from pii_scanner.extract.layout import separators, visual_rows

    kept = visual_rows([w for w in words if w.text.strip()])
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


def finish(words: list[OcrWord], read_crop) -> OcrResult:
    """Drop table borders glued to words (``ocr_borders.py``), repair field labels
    (``ocr_labels.py``), e-mail addresses (``ocr_repair.py``), a capital ``I`` read as ``l``,
    an ``ä`` read as ``å`` and a surname's capital read small (``ocr_letters.py``), addresses
    in an address's place (``ocr_mail_slots.py``), a house number glued to its street
    (``ocr_streets.py``), a postal place misread after its postcode (``ocr_places.py``), a first name's lost ring (``ocr_names.py``), an avatar's initial glued to a name, a first name glued to its surname or its ``i`` read as ``!``
    (``ocr_name_marks.py``), a formula bar's ``fx`` (``ocr_formula_bar.py``) and numbers
    (``ocr_numbers.py``: letters for digits, identifiers cut in two, separators read as one
    another, a date's day or month with a letter read for a digit) and assemble the text."""
    # (these import OcrWord from here)
    from pii_scanner.extract.ocr_borders import rule_only, strip_rule
    from pii_scanner.extract.ocr_letters import fix_initial_i, fix_surname_case, umlaut_look
    from pii_scanner.extract.ocr_repair import join_mrz, join_numbers, repair, second_look
    from pii_scanner.extract.ocr_formula_bar import fix_marks
    from pii_scanner.extract.ocr_mail_slots import fill_slots
    from pii_scanner.extract.ocr_name_marks import fix_bangs, split_initials, split_joined_names
    from pii_scanner.extract.ocr_names import restore_initials
    from pii_scanner.extract.ocr_spaced_digits import join_spaced_digits
    from pii_scanner.extract.ocr_streets import split_house_numbers
    from pii_scanner.extract.ocr_places import fix_places

    words = [replace(w, text=fixed) if (fixed := fix_initial_i(fix_label(fix_number_word(w.text)))) != w.text else w
             for w in map(strip_rule, join_labels(words)) if not rule_only(w)]
    words = fix_label_places(words)
    words = fill_slots(repair(umlaut_look(second_look(fix_marks(words), read_crop), read_crop)))
    words = fix_bangs(split_joined_names(split_initials(restore_initials(join_numbers(join_spaced_digits(join_mrz(fix_places(split_house_numbers(words)))))))))
    res = assemble(fix_surname_case(words))
    return OcrResult(fix_date_letters(fix_separators(fix_ibans(res.text))), res.words)


#: a label's two halves are at most this many character widths apart
LABEL_GAP = 1.0


def join_labels(words: list[OcrWord]) -> list[OcrWord]:
    """Two neighbouring words of a line that together are a known label (``SYNTY MAAIKA``,
    ``ocr_labels.join_label``) become one word with the union box."""
    out: list[OcrWord] = []
    for w in words:
        prev = out[-1] if out else None
        if prev is not None and prev.line == w.line and w.bbox[0] > prev.bbox[0]:
            cw = (prev.bbox[2] - prev.bbox[0]) / max(len(prev.text), 1)
            if w.bbox[0] - prev.bbox[2] <= LABEL_GAP * cw and (label := join_label(prev.text, w.text)):
                box = (prev.bbox[0], min(prev.bbox[1], w.bbox[1]), w.bbox[2], max(prev.bbox[3], w.bbox[3]))
                out[-1] = OcrWord(label, box, min(prev.conf, w.conf), prev.line)
                continue
        out.append(w)
    return out


def _crop(image: Image.Image, box: Box) -> Image.Image:
    x0, y0, x1, y1 = box
    pad = max(2, (y1 - y0) // 3)
    return image.crop((max(0, x0 - pad), max(0, y0 - pad), x1 + pad, y1 + pad))


def tessdata_dir() -> str | None:
    """Where the installed language data is: ``TESSDATA_PREFIX``, else what the ``tesseract``
    binary reports, else ``None`` (the library's own default)."""
    if os.environ.get("TESSDATA_PREFIX"):
        return os.environ["TESSDATA_PREFIX"]
    import re
    import shutil
    import subprocess

    exe = shutil.which("tesseract")
    if not exe:
        return None
    out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    m = re.search(r'"([^"]+)"', out.stdout + out.stderr)
    return m.group(1) if m else None


class TesseractOCR:
    """Tesseract in-process through ``tesserocr`` (language models loaded once per process).

    ``langs`` comes from config (``nor+eng`` by default; ``swe``, ``dan`` are installed too).
    OpenMP is limited to one thread (``OMP_THREAD_LIMIT=1``): throughput comes from files in
    parallel processes (``pool.py``). The engine is created on first use in each process, so
    the adapter pickles into pool workers. Same results as :class:`PytesseractOCR`, about a
    third of the CPU time per screenshot (``benchmarks/ocr_throughput.py``).
    """

    def __init__(self, langs: str = DEFAULT_LANGS, psm: int = 3, tessdata: str | None = None) -> None:
        self.langs, self.psm, self.tessdata = langs, psm, tessdata
        self._api = self._line_api = None
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")

    def __getstate__(self) -> dict:
        return {"langs": self.langs, "psm": self.psm, "tessdata": self.tessdata}

    def __setstate__(self, state: dict) -> None:
        self.__init__(**state)

    def _engine(self, langs: str, psm: int):
        from tesserocr import PyTessBaseAPI

        if self.tessdata is None:
            self.tessdata = tessdata_dir() or ""
        kwargs = {"path": self.tessdata} if self.tessdata else {}
        return PyTessBaseAPI(lang=langs, psm=psm, **kwargs)

    def read(self, image: Image.Image, timeout: float | None = None, *,
             binarize: str = "otsu") -> OcrResult:
        from tesserocr import PSM, RIL, iterate_level

        if self._api is None:
            self._api = self._engine(self.langs, self.psm)
        api = self._api
        api.SetVariable("thresholding_method", THRESHOLDING[binarize])
        api.SetImage(image)
        if not api.Recognize(timeout=int((timeout or 0) * 1000)):
            raise OcrTimeout("OCR time limit reached")
        words: list[OcrWord] = []
        block = par = line = 0
        it = api.GetIterator()
        for w in iterate_level(it, RIL.WORD) if it is not None else ():
            block += w.IsAtBeginningOf(RIL.BLOCK)
            par += w.IsAtBeginningOf(RIL.PARA)
            line += w.IsAtBeginningOf(RIL.TEXTLINE)
            try:
                text = (w.GetUTF8Text(RIL.WORD) or "").strip()
            except RuntimeError:  # tesserocr raises "No text returned" for empty word boxes
                continue
            box = w.BoundingBox(RIL.WORD)
            if text and box:
                words.append(OcrWord(text, tuple(box), float(w.Confidence(RIL.WORD)), (block, par, line)))

        if any(len(w.text) >= MIN_RUN and w.text.isdigit() for w in words):
            words = _split_digit_runs(words, api)

        def read_crop(box: Box, lang: str = "eng") -> str:  # one word, read again alone
            if self._line_api is None:
                self._line_api = {}
            if lang not in self._line_api:
                self._line_api[lang] = self._engine(lang, PSM.SINGLE_LINE)
            api = self._line_api[lang]
            api.SetImage(_crop(image, box))
            return api.GetUTF8Text() or ""

        return finish(words, read_crop)


def _split_digit_runs(words: list[OcrWord], api) -> list[OcrWord]:
    """Long digit runs split where the engine dropped a space between digit groups
    (``ocr_numbers.split_digit_groups``), judged from its character boxes."""
    from tesserocr import RIL, iterate_level

    it = api.GetIterator()
    symbols = [tuple(box) for s in (iterate_level(it, RIL.SYMBOL) if it is not None else ())
               if (box := s.BoundingBox(RIL.SYMBOL))]
    out: list[OcrWord] = []
    for w in words:
        parts = []
        if len(w.text) >= MIN_RUN and w.text.isdigit():
            x0, y0, x1, y1 = w.bbox
            inside = sorted((b for b in symbols if x0 <= (b[0] + b[2]) / 2 <= x1 and y0 <= (b[1] + b[3]) / 2 <= y1),
                            key=lambda b: b[0])
            parts = split_digit_groups(w.text, inside)
        out.extend(OcrWord(t, box, w.conf, w.line) for t, box in parts) if parts else out.append(w)
    return out


class PytesseractOCR:
    """Tesseract through the ``tesseract`` command (pytesseract): a new process per image,
    so slower, but needs only the binary. Same protocol and results as :class:`TesseractOCR`."""

    def __init__(self, langs: str = DEFAULT_LANGS, psm: int = 3, extra_config: str = "") -> None:
        self.langs = langs
        self.config = f"--psm {psm} {extra_config}".strip()
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")

    def read(self, image: Image.Image, timeout: float | None = None, *,
             binarize: str = "otsu") -> OcrResult:
        import pytesseract

        config = f"{self.config} -c thresholding_method={THRESHOLDING[binarize]}"
        try:
            data = pytesseract.image_to_data(image, lang=self.langs, config=config,
                                             output_type=pytesseract.Output.DICT,
                                             timeout=timeout or 0)
        except RuntimeError as exc:  # pytesseract signals its timeout this way
            if "timeout" in str(exc).lower():
                raise OcrTimeout("OCR time limit reached") from None
            raise

        def read_crop(box: Box, lang: str = "eng") -> str:  # one word, read again alone
            try:
                return pytesseract.image_to_string(_crop(image, box), lang=lang, config="--psm 7",
                                                   timeout=timeout or 0)
            except (RuntimeError, pytesseract.TesseractError):
                return ""

        return finish(list(_words(data)), read_crop)


def _words(data: dict[str, Sequence]) -> Iterable[OcrWord]:
    for i, text in enumerate(data["text"]):
        if not text or not text.strip():
            continue
        x, y, w, h = (int(data[k][i]) for k in ("left", "top", "width", "height"))
        line = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        yield OcrWord(text.strip(), (x, y, x + w, y + h), float(data["conf"][i]), line)
