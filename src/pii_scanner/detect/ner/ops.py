"""Making the small NER model fast on CPU: numpy's BLAS for matrix products, one thread.

thinc's :class:`~thinc.api.NumpyOps` multiplies matrices with the ``blis`` wheel, which
on many virtual CPUs (AMD EPYC guests among them) falls back to its generic kernel: about 3x
slower than numpy's OpenBLAS for the model's small matrices. OpenBLAS, in turn, starts one
thread per core for every product; on matrices of a few dozen rows the hand-off costs far more
than it saves, and on a busy machine it costs milliseconds. So the model gets
:class:`BlasOps` (numpy ``dot`` for ``gemm``, everything else unchanged) and each call runs
under :func:`single_blas_thread`. Measured in ``benchmarks/detect_throughput.py``.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator

from thinc.api import NumpyOps, Ops


class BlasOps(NumpyOps):
    """NumpyOps whose ``gemm`` is numpy's (OpenBLAS) instead of blis's."""

    name = "numpy_blas"

    def gemm(self, x, y, out=None, trans1=False, trans2=False):
        return Ops.gemm(self, x, y, out=out, trans1=trans1, trans2=trans2)


def use_blas_ops(nlp) -> None:
    """Give every layer of ``nlp``'s trainable components :class:`BlasOps`."""
    ops = BlasOps()
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


@functools.cache
def _blas_libraries() -> tuple:
    """threadpoolctl's controllers of the BLAS libraries loaded in this process (found once)."""
    import numpy  # noqa: F401  (the controller only sees libraries loaded before it)
    from threadpoolctl import ThreadpoolController

    return tuple(ThreadpoolController().select(user_api="blas").lib_controllers)


@contextlib.contextmanager
def single_blas_thread() -> Iterator[None]:
    """Limit BLAS to one thread for the block (and restore the previous limits after).

    Each library's thread count is read and set through its controller directly:
    ``ThreadpoolController.limit`` re-reads every library's full info on each entry and exit
    (about 1 % of a short model call's instructions under callgrind)."""
    changed = []
    for lib in _blas_libraries():
        before = lib.get_num_threads()
        if before != 1:
            lib.set_num_threads(1)
            changed.append((lib, before))
    try:
        yield
    finally:
        for lib, before in changed:
            lib.set_num_threads(before)
