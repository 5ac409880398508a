"""A process pool that outlives a worker's death, and blames only the task that caused it.

When one worker of a :class:`~concurrent.futures.ProcessPoolExecutor` dies (the kernel kills
it for memory on a hostile file, or a native library crashes), the executor is *broken*: every
task still queued or running fails with ``BrokenProcessPool``, innocent ones included, and the
executor takes no more work. :class:`WorkerPool` replaces a broken executor and runs each task
that failed that way once more, alone, in a one-worker spare pool: an innocent task gets its
result, and a task that kills its worker a second time raises :class:`WorkerDied`, which the
caller records as that item's error. The hostile input is never retried in the caller's own
process (where it could take the scan down with it).

Used by the scan's attachment extraction (:mod:`.pool`) and ``detect``'s screenshot OCR
(:mod:`.prefetch`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any


class WorkerDied(RuntimeError):
    """A worker process died on this task twice (killed for memory, or crashed)."""


class WorkerPool:
    """``submit(fn, *args)`` starts ``fn(*args)`` in a worker and returns a callable that
    waits for its result (or raises what ``fn`` raised, or :class:`WorkerDied`).

    ``fn`` and ``args`` must be picklable; ``initializer(*initargs)`` runs once in every worker.
    The retries after a breakage run one at a time, in the order results are waited for.
    """

    def __init__(self, workers: int, initializer: Callable[..., None] | None = None,
                 initargs: tuple = (), mp_context=None) -> None:
        self.workers = max(1, workers)
        self._initializer = initializer
        self._initargs = initargs
        self._mp_context = mp_context
        self._lock = threading.Lock()
        self._main: ProcessPoolExecutor | None = None
        self._spare: ProcessPoolExecutor | None = None
        self.restarts = 0  # executors replaced after a worker died

    @property
    def started(self) -> bool:
        """Whether a worker process has been asked for (the pool starts at the first submit)."""
        return self._main is not None or self._spare is not None

    def _new(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=self._mp_context,
                                   initializer=self._initializer, initargs=self._initargs)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Callable[[], Any]:
        with self._lock:
            if self._main is None:
                self._main = self._new(self.workers)
            executor = self._main
            future = executor.submit(fn, *args)

        def wait() -> Any:
            try:
                return future.result()
            except BrokenProcessPool:
                self._discard(executor)
                return self._alone(fn, args)

        return wait

    def _discard(self, executor: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._main is executor:
                self._main = None
                self.restarts += 1
        executor.shutdown(wait=False, cancel_futures=True)

    def _alone(self, fn: Callable[..., Any], args: tuple) -> Any:
        with self._lock:
            if self._spare is None:
                self._spare = self._new(1)
            spare = self._spare
        try:
            return spare.submit(fn, *args).result()
        except BrokenProcessPool:
            with self._lock:
                if self._spare is spare:
                    self._spare = None
                    self.restarts += 1
            spare.shutdown(wait=False, cancel_futures=True)
            raise WorkerDied("a worker process died on this item twice "
                             "(killed for memory, or crashed)") from None

    def close(self) -> None:
        with self._lock:
            executors = [e for e in (self._main, self._spare) if e is not None]
            self._main = self._spare = None
        for executor in executors:
            executor.shutdown(cancel_futures=True)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
