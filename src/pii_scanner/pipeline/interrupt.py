"""Ctrl-C that is never lost: the first SIGINT interrupts at once, as usual, and is also latched.

Python raises ``KeyboardInterrupt`` wherever the main thread happens to be; when that is inside
a finaliser (a generator closed by the garbage collector, a ``__del__``) the exception is
printed as "ignored" and the scan would go on. :class:`InterruptLatch` remembers the signal, and
the scan calls :meth:`InterruptLatch.check` after every committed batch, so it stops there at
the latest.
"""

from __future__ import annotations

import signal
import threading


class InterruptLatch:
    """Context manager installing the latching SIGINT handler (main thread only, and only
    where SIGINT has Python's default handler)."""

    def __init__(self) -> None:
        self.requested = False
        self._previous = None

    def __enter__(self) -> InterruptLatch:
        # only in place of Python's own Ctrl-C handling: an ignored SIGINT (a scan started in
        # the background by a scheduler) or someone else's handler stays as it is
        if threading.current_thread() is threading.main_thread() \
                and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
            self._previous = None

    def _handle(self, signum, frame) -> None:
        self.requested = True
        raise KeyboardInterrupt

    def check(self) -> None:
        """Raise ``KeyboardInterrupt`` if a SIGINT came since the latch was entered."""
        if self.requested:
            raise KeyboardInterrupt
