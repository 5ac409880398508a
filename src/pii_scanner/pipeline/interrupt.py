"""Ctrl-C that is never lost: the first SIGINT interrupts at once, as usual, and is also latched.

Python raises ``KeyboardInterrupt`` wherever the main thread happens to be; when that is inside
a finaliser (a generator closed by the garbage collector, a ``__del__``) the exception is
printed as "ignored" and the scan would go on. :class:`InterruptLatch` remembers the signal, and
the scan calls :meth:`InterruptLatch.check` after every committed batch, so it stops there at
the latest. Python would also print such a swallowed interrupt ("Exception ignored in ...",
with a traceback) on stderr, where an operator reads it as a crash: while the latch is in place
its ``sys.unraisablehook`` keeps that one quiet and passes every other unraisable exception on.
"""

from __future__ import annotations

import signal
import sys
import threading
from contextlib import contextmanager
from typing import Iterator


class InterruptLatch:
    """Context manager installing the latching SIGINT handler (main thread only, and only
    where SIGINT has Python's default handler)."""

    def __init__(self) -> None:
        self.requested = False
        self._deferring = 0
        self._previous = None
        self._previous_hook = None

    def __enter__(self) -> InterruptLatch:
        # only in place of Python's own Ctrl-C handling: an ignored SIGINT (a scan started in
        # the background by a scheduler) or someone else's handler stays as it is
        if threading.current_thread() is threading.main_thread() \
                and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            self._previous = signal.signal(signal.SIGINT, self._handle)
            self._previous_hook = sys.unraisablehook
            sys.unraisablehook = self._unraisable
        return self

    def __exit__(self, *exc) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
            self._previous = None
            sys.unraisablehook = self._previous_hook
            self._previous_hook = None

    def _handle(self, signum, frame) -> None:
        self.requested = True
        if not self._deferring:
            raise KeyboardInterrupt

    @contextmanager
    def deferred(self) -> Iterator[None]:
        """A section Ctrl-C does not cut: a store write. An interrupt raised inside a
        transaction's commit or rollback can leave its connection holding SQLite's write lock,
        and the run could then not be marked interrupted (``database is locked`` after the busy
        timeout, exit 1 instead of 130). A SIGINT inside the section is latched and raised
        as it ends."""
        self._deferring += 1
        try:
            yield
        finally:
            self._deferring -= 1
        if not self._deferring:
            self.check()

    def _unraisable(self, unraisable) -> None:
        """The latched Ctrl-C, raised inside a finaliser (a regex parse tree's ``__del__`` run
        by the garbage collector, say), is not printed: the latch holds it and the scan stops at
        the next batch. Anything else goes to the hook that was in place before."""
        if self.requested and unraisable.exc_type is not None \
                and issubclass(unraisable.exc_type, KeyboardInterrupt):
            return
        self._previous_hook(unraisable)

    def check(self) -> None:
        """Raise ``KeyboardInterrupt`` if a SIGINT came since the latch was entered."""
        if self.requested:
            raise KeyboardInterrupt
