"""A Ctrl-C raised where Python cannot propagate it (a finaliser) still stops the scan."""

import os
import signal
import sys

import pytest

from pii_scanner.pipeline.interrupt import InterruptLatch


@pytest.fixture(autouse=True)
def default_sigint():
    """Python's own Ctrl-C handler, whatever the test runner was started with."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


def test_sigint_interrupts_at_once_and_is_latched():
    with InterruptLatch() as latch:
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(10_000_000):  # the handler runs between bytecodes
                pass
        assert latch.requested
        with pytest.raises(KeyboardInterrupt):
            latch.check()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_interrupt_swallowed_in_a_finaliser_is_still_seen_by_check():
    class Swallows:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGINT)  # KeyboardInterrupt inside __del__: "ignored"
            for _ in range(1_000_000):
                pass

    with InterruptLatch() as latch:
        Swallows()  # collected at once; the exception cannot leave __del__, the scan goes on
        with pytest.raises(KeyboardInterrupt):
            latch.check()  # ... and stops at the next batch boundary


def test_an_ignored_sigint_stays_ignored():
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # e.g. a scan started in the background
    with InterruptLatch() as latch:
        os.kill(os.getpid(), signal.SIGINT)
        latch.check()  # nothing raised: the signal was ignored, as the caller asked
    assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN


def test_the_swallowed_interrupt_is_not_printed_but_other_finaliser_errors_are():
    """Python prints an exception it cannot raise from a finaliser ("Exception ignored in",
    a traceback) through ``sys.unraisablehook``: the latched Ctrl-C is kept quiet there (an
    operator would read a traceback as a crash), any other error still reaches the hook that
    was in place, and that hook is back after the latch."""
    seen = []
    before = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: seen.append(unraisable.exc_type)
    try:
        class Interrupted:
            def __del__(self):
                os.kill(os.getpid(), signal.SIGINT)
                for _ in range(1_000_000):
                    pass

        class Broken:
            def __del__(self):
                raise ValueError("a finaliser's own bug")

        recorder = sys.unraisablehook
        with InterruptLatch() as latch:
            Interrupted()
            Broken()
            assert latch.requested
        assert seen == [ValueError]
        assert sys.unraisablehook is recorder
    finally:
        sys.unraisablehook = before


def test_sigint_inside_a_deferred_section_waits_for_its_end():
    """A store write is not cut by Ctrl-C (a commit cut half-way can leave SQLite's write lock
    held, so the run could not be marked interrupted): the signal is latched and raised as
    the section ends, not inside it."""
    reached_end = False
    with InterruptLatch() as latch:
        with pytest.raises(KeyboardInterrupt):
            with latch.deferred():
                os.kill(os.getpid(), signal.SIGINT)
                for _ in range(2_000_000):  # the handler runs between bytecodes
                    pass
                assert latch.requested  # the signal came and was latched ...
                reached_end = True  # ... and did not cut the section
    assert reached_end


def test_a_deferred_section_without_sigint_raises_nothing():
    with InterruptLatch() as latch:
        with latch.deferred():
            with latch.deferred():  # nested: only the outer end would raise
                pass
        assert not latch.requested
