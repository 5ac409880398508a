"""Module-level patterns compiled on first use instead of at import (round 32U).

    _DATE = lazy_compile(r"\\d{1,2}\\.\\d{1,2}\\.\\d{4}")
    _DATE.search(text)          # compiles the pattern here, the first time only

The detector's modules define some 240 helper patterns; compiling them all at import was
~0.26 CPU-s of every start-up, the recognizers' 70 at build another ~0.13 (the ``regex``
module parses a pattern in Python), while a
first scan of a few tickets uses less than half of them: a label form, a table header or a
mail-export shape that the text does not hold never needs its pattern. A :class:`LazyPattern`
keeps the source and compiles it the first time an attribute (``search``, ``finditer``, ...)
is asked for; the attribute is then kept on the object, so later calls cost about what a
compiled pattern's do (a bound method's call: ~0.1 µs more). The compiled pattern is exactly what ``regex.compile`` gives for the same
arguments (:meth:`LazyPattern.compiled`), so matching, and every finding, is unchanged.

Patterns that the regex audit finds at a timed scan (:mod:`.regex_timeout`) stay compiled
at import: they are scanned over every text anyway.
"""

from __future__ import annotations

import regex


class LazyPattern:
    """A ``regex`` pattern compiled the first time it is used; see module doc."""

    def __init__(self, pattern: str, flags: int = 0, **kwargs):
        self.__dict__["_args"] = (pattern, flags, kwargs)
        self.__dict__["pattern"] = pattern  # (read by code that builds on a pattern's source)

    def compiled(self) -> regex.Pattern:
        """The compiled pattern (compiled now if it is not yet)."""
        found = self.__dict__.get("_compiled")
        if found is None:
            pattern, flags, kwargs = self._args
            found = self.__dict__["_compiled"] = regex.compile(pattern, flags, **kwargs)
        return found

    def __getattr__(self, name: str):
        # called only for what the object does not hold yet: ``search``, ``finditer``, ...
        if name.startswith("__") or name in ("_args", "_compiled"):
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        self.__dict__[name] = value  # (a bound method of the compiled pattern: next time direct)
        return value

    def __reduce__(self):
        pattern, flags, kwargs = self._args
        return _rebuild, (pattern, flags, kwargs)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def _rebuild(pattern: str, flags: int, kwargs: dict) -> LazyPattern:
    return LazyPattern(pattern, flags, **kwargs)


def lazy_compile(pattern: str, flags: int = 0, **kwargs) -> LazyPattern:
    """``regex.compile(pattern, flags, **kwargs)``, done when the pattern is first used."""
    return LazyPattern(pattern, flags, **kwargs)
