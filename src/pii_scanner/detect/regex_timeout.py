"""When a pattern scan carries the ``regex`` module's ``timeout=``, and when it need not.

The timeout turns a pattern's runaway backtracking into a ``TimeoutError`` (a logged, skipped
pattern) instead of a hung scan. It is not free: the module checks the clock inside its
matching loop by a system call (``clock_gettime``, ~270 calls per 1 KB ticket, ~23,000 per
100 KB), so a timed scan of a capitalised-word pattern over 1 KB costs ~95 µs against ~40 µs
untimed (even ``timeout=None`` costs more than no argument). That cost is kernel time: an
instruction count under callgrind does not see it (round 31S measured it in CPU time and
syscall counts; an earlier estimate of "15 % of instructions" did not reproduce).

Runaway backtracking comes in two kinds: exponential, which hangs on a text of a few dozen
characters, and polynomial (quadratic), which needs a long one. Every built-in pattern that
:func:`scan_timeout` lets run untimed is audited for both at :data:`UNTIMED_MAX_CHARS`
(``tests/detect/test_regex_audit_round31S.py``: each pattern over adversarial texts of that
length built from its own characters, runs, alternations with separators and near-miss
repetitions of a match, under a one-second timeout; an exponential pattern added later fails
it). So a built-in pattern scans a range of at most :data:`UNTIMED_MAX_CHARS` characters
without the timeout (every chunk the engine cuts, ``engine.CHUNK_CHARS``, is that short), a
longer range with it. Patterns nobody audited always keep it: custom regexes from the
config (Presidio's ``PatternRecognizer`` passes its own timeout) and third-party
recognizers (:attr:`NordicRecognizer.untimed_chars <pii_scanner.detect.recognizers.base.
NordicRecognizer>` is -1 for a class defined outside this package).
"""

from __future__ import annotations

from types import MappingProxyType

#: Seconds one pattern may spend on one range of text before it is abandoned (CPU seconds: the
#: regex module counts the process's CPU time, so on a loaded machine it waits longer by the wall).
REGEX_TIMEOUT_S = 2.0
#: A built-in pattern scans a range of at most this many characters without the timeout.
UNTIMED_MAX_CHARS = 20_000
#: The package whose recognizer classes are audited (a class defined elsewhere is not).
AUDITED_PACKAGE = "pii_scanner.detect."

_UNTIMED = MappingProxyType({})
_TIMED = MappingProxyType({"timeout": REGEX_TIMEOUT_S})


def scan_timeout(chars: int, seconds: float = REGEX_TIMEOUT_S,
                 untimed_chars: int = UNTIMED_MAX_CHARS) -> MappingProxyType:
    """The keyword arguments for a scan of an audited pattern over ``chars`` characters:
    none up to ``untimed_chars``, ``timeout=seconds`` beyond (``pattern.finditer(text,
    **scan_timeout(len(text)))``).

    >>> dict(scan_timeout(1_000)), dict(scan_timeout(50_000)), dict(scan_timeout(10, 5.0, -1))
    ({}, {'timeout': 2.0}, {'timeout': 5.0})
    """
    if chars <= untimed_chars:
        return _UNTIMED
    return _TIMED if seconds == REGEX_TIMEOUT_S else MappingProxyType({"timeout": seconds})


def audited_class(cls: type) -> bool:
    """Whether ``cls``'s patterns are the package's own, audited ones (a third-party
    recognizer, a subclass of a built-in one included, is not).

    >>> from pii_scanner.detect.recognizers.generic.email import NordicEmailRecognizer
    >>> audited_class(NordicEmailRecognizer), audited_class(type("Theirs", (NordicEmailRecognizer,),
    ...                                                   {"__module__": "their_plugin"}))
    (True, False)
    """
    return cls.__module__.startswith(AUDITED_PACKAGE)
