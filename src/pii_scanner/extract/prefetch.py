"""OCR of the ``detect`` contract's image records in worker processes, ahead of their turn.

Tesseract reads one image on one core (``OMP_THREAD_LIMIT=1``); a run holding screenshots
spent most of its time there, one image after another, while the other core idled. With
:class:`ImageOcrPool` the contract's reader thread (``detect.contract.run_detect``) hands every
image record to the pool as soon as it is read; the workers OCR (each loads Tesseract once),
and this process, which holds the detector and its NER model, analyses the OCR'd text when
the record's turn comes. Findings are the same as :func:`~pii_scanner.extract.images.detect_image`
gives in one process; only the time differs (``benchmarks/ocr_throughput.py``). The pool is
started at the first image, so a run of texts only never starts it. A worker that dies on an
image (killed for memory) fails only that image's record (:mod:`.workers`).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from pathlib import Path

from pii_scanner.detect.base import Detector
from pii_scanner.extract.images import boxed_only, image_findings, read_image
from pii_scanner.extract.limits import ExtractLimits
from pii_scanner.extract.ocr import OCR
from pii_scanner.extract.pieces import TextPiece
from pii_scanner.extract.preprocess import SCREENSHOT, Preprocess
from pii_scanner.extract.workers import WorkerPool
from pii_scanner.records import Finding

#: Per worker process: the OCR engine and settings handed over once by the initializer.
_WORKER: dict[str, object] = {}


def _init_worker(ocr: OCR, limits: ExtractLimits, prep: Preprocess) -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"
    _WORKER.update(ocr=ocr, limits=limits, prep=prep)


def _read(path: str) -> list[TextPiece]:
    return read_image(Path(path), _WORKER["ocr"], _WORKER["limits"], _WORKER["prep"])


class ImageOcrPool:
    """``submit(path)`` starts an image's OCR in a worker and returns a callable that waits
    for it and gives the image's findings (raising what ``detect_image`` would raise, or
    :class:`~pii_scanner.extract.workers.WorkerDied`)."""

    def __init__(self, detector: Detector, workers: int, ocr: OCR | None = None,
                 limits: ExtractLimits | None = None, prep: Preprocess = SCREENSHOT,
                 lang: str | None = None) -> None:
        from pii_scanner.extract.ocr import TesseractOCR

        self.detector = detector
        self.workers = max(1, workers)
        self.ocr = ocr or TesseractOCR()
        self.limits = limits or ExtractLimits()
        self.prep = prep
        self.lang = lang
        # 'spawn': the caller has threads (the reader) and a loaded model; a fresh
        # interpreter imports only what OCR needs. Workers start at the first submit.
        self._pool = WorkerPool(self.workers, _init_worker, (self.ocr, self.limits, self.prep),
                                mp_context=multiprocessing.get_context("spawn"))

    def submit(self, path: Path) -> Callable[[], list[Finding]]:
        wait = self._pool.submit(_read, str(path))
        return lambda: boxed_only(image_findings(wait(), self.detector, self.lang))

    @property
    def started(self) -> bool:
        return self._pool.started

    def close(self) -> None:
        self._pool.close()

    def __enter__(self) -> ImageOcrPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
