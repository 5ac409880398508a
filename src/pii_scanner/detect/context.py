"""Context words around a match: a bounded window, so every lookup is O(window), never O(text).

A term matches a word in the window when the word starts with it, or (for terms of five
or more letters) contains it, which catches Nordic compounds such as ``depositumskonto``
or ``fødselsnummeret``. Terms with a space are matched as phrases.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

_WORD = regex.compile(r"\w+")


def window(text_lower: str, start: int, end: int, before: int, after: int) -> str:
    """The lower-cased text just before and after a span, joined by a newline."""
    return text_lower[max(0, start - before):start] + "\n" + text_lower[end:end + after]


def hits(win: str, terms: Iterable[str]) -> tuple[str, ...]:
    """The terms that occur in ``win`` (see module doc for the matching rule)."""
    words = _WORD.findall(win)
    found = []
    for term in terms:
        if " " in term or not term.isalnum():
            if term in win:
                found.append(term)
            continue
        long = len(term) >= 5
        for word in words:
            if word.startswith(term) or (long and term in word):
                found.append(term)
                break
    return tuple(found)
