"""Where the detect stage's work runs: in-process now, a process pool on request.

Work is handed over as plain data (texts and a picklable detector factory), never shared
in-memory state, so the same stage runs unchanged under a process pool or a cluster. A worker
that dies (killed for memory) fails only the chunk it held, and the stage then retries that
chunk's texts one by one (:mod:`pii_scanner.extract.workers`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Protocol

from pii_scanner.detect.base import Detector
from pii_scanner.extract.workers import WorkerPool
from pii_scanner.records import Finding

DetectorFactory = Callable[[], Detector]
Texts = Sequence[tuple[str, str | None]]


class Executor(Protocol):
    def detect(self, texts: Texts) -> list[list[Finding]]: ...

    def close(self) -> None: ...


class InlineExecutor:
    """Runs detection in this process; the detector is built on first use and kept."""

    def __init__(self, factory: DetectorFactory) -> None:
        self._factory = factory
        self._detector: Detector | None = None

    def detect(self, texts: Texts) -> list[list[Finding]]:
        if self._detector is None:
            self._detector = self._factory()
        return self._detector.analyze_many(list(texts))

    def close(self) -> None:
        self._detector = None


_worker_detector: list[Detector] = []  # one per worker process, set by the initializer


def _init_worker(factory: DetectorFactory) -> None:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    _worker_detector[:] = [factory()]


def _detect_chunk(texts: Texts) -> list[list[Finding]]:
    return _worker_detector[0].analyze_many(list(texts))


class ProcessExecutor:
    """Spreads detection over worker processes (each loads the detector once)."""

    def __init__(self, factory: DetectorFactory, workers: int | None = None, chunk: int = 64) -> None:
        self._pool = WorkerPool(workers or os.cpu_count() or 1, _init_worker, (factory,))
        self._chunk = chunk

    def detect(self, texts: Texts) -> list[list[Finding]]:
        items = list(texts)
        chunks = [items[i:i + self._chunk] for i in range(0, len(items), self._chunk)]
        out: list[list[Finding]] = []
        for wait in [self._pool.submit(_detect_chunk, chunk) for chunk in chunks]:
            out.extend(wait())
        return out

    def close(self) -> None:
        self._pool.close()


def executor_workers(kind: str) -> int | None:
    """Worker count for ``scan.executor``: 1 for "inline", N for "process:N", None (one per
    core) for "process"; anything else is a ConfigError naming the key."""
    if kind == "inline":
        return 1
    if kind == "process":
        return None
    if kind.startswith("process:") and kind[8:].isdigit() and int(kind[8:]) > 0:
        return int(kind[8:])
    from pii_scanner.errors import ConfigError

    raise ConfigError(f"scan.executor: expected 'inline', 'process' or 'process:N', got {kind!r}")


def make_executor(kind: str, factory: DetectorFactory) -> Executor:
    workers = executor_workers(kind)
    if workers == 1:
        return InlineExecutor(factory)
    return ProcessExecutor(factory, workers)
