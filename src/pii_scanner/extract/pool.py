"""Spread extraction (OCR above all) over a process pool.

Tesseract is limited to one thread per process (``OMP_THREAD_LIMIT=1``), so files and pages
run side by side in worker processes instead; on 2 cores this is what doubles throughput
(``benchmarks/ocr_throughput.py`` prints the measured speed-up). ``workers=1`` runs in the
calling process, which tests and small scans use. A worker that dies on a file (killed for
memory) costs only that file: see :mod:`.workers`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from pii_scanner.extract.attachments import extract_bytes
from pii_scanner.extract.limits import ExtractLimits
from pii_scanner.extract.ocr import OCR
from pii_scanner.extract.pieces import Extracted
from pii_scanner.extract.workers import WorkerDied, WorkerPool


#: Per worker process: the limits and OCR engine handed over once by the initializer, so a
#: worker loads the language models once, not once per file. Only pool workers set it.
_WORKER: dict[str, object] = {}


def _init_worker(limits: ExtractLimits, ocr: OCR | None) -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"
    _WORKER.update(limits=limits, ocr=ocr)


def _one(args: tuple[bytes, str | None]) -> Extracted:
    data, name = args
    return extract_bytes(data, name, _WORKER["limits"], _WORKER["ocr"])


class ExtractPool:
    """``map`` files to :class:`Extracted` results, in input order; a file whose worker died
    twice gives its :class:`~pii_scanner.extract.workers.WorkerDied` error (the exception
    instance) in its place, and the other files their results.

    ``ocr`` must be picklable (``TesseractOCR`` is). Use as a context manager, or call
    ``close()``; the pipeline's extract stage opens one per scan.
    """

    def __init__(self, limits: ExtractLimits | None = None, ocr: OCR | None = None,
                 workers: int | None = None) -> None:
        self.limits = limits or ExtractLimits()
        self.ocr = ocr
        self.workers = workers or os.cpu_count() or 1
        self._pool = (WorkerPool(self.workers, _init_worker, (self.limits, ocr))
                      if self.workers > 1 else None)

    def map(self, files: Iterable[tuple[bytes, str | None]]) -> Iterator[Extracted | WorkerDied]:
        if self._pool is None:
            return (extract_bytes(data, name, self.limits, self.ocr) for data, name in files)
        return self._results([self._pool.submit(_one, file) for file in files])

    @staticmethod
    def _results(waits) -> Iterator[Extracted | WorkerDied]:
        for wait in waits:
            try:
                yield wait()
            except WorkerDied as exc:
                yield exc

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def __enter__(self) -> ExtractPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
