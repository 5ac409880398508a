"""A national ID written as bare digits, with no label, in its own country's language.

A Swede writes a personnummer without its dash as often as with it (``mitt nummer är
8112189876``, ``Angående 6203188401 - uppdatera registret.``); ten digits alone are weak (an
order's, a customer's or a parcel's number has the shape), so the pattern scores low and needs a
label. Where the text reads as the ID's country's language (the hint, or none and
:func:`text_language.nordic_language`), the digits pass the ID's own check (a date and the Luhn
digit: about one random ten-digit number in 270 passes) and nothing in the value's clause names
another kind of number, it is reported at a low score (round 34C). A number opening with the
trunk ``0`` is a phone's shape (round 37H: ``00``, the international prefix, opens no
national number: a birth in 2000 is no phone), one with another long number on its line a list's or a log's,
and one before a currency an amount: those stay out. Round 36E: in English text, the same
digits passing the personnummer's date and Luhn digit where they are a message's subject
(a reply's or a subject's mark alone before them: ``Re: 9208147117 - please update``) are
reported at 0.5 (:func:`subject_of_line`), under the same tests.

>>> stands_bare("mitt nummer är 8112189876, tack", 15, 25)
True
>>> stands_bare("ordernummer 8112189876, tack", 12, 22)
False
>>> stands_bare("betala 8112189876 kr", 7, 17), stands_bare("ring 0701234567", 5, 15)
(False, False)
>>> stands_bare("8112189876 8112189876", 0, 10)
False
>>> stands_bare("angående 0012029591 - uppdatera", 9, 19)
True
"""

from __future__ import annotations

from pii_scanner.detect import context as ctx
from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import number_words

#: added to a bare national ID's score in its own language (the personnummer's 10 digits:
#: 0.25 + the Swedish prior 0.1 -> 0.55; the default threshold is 0.5)
BOOST = 0.2
#: the explanation's note
NOTE = "bare digits in the ID's own language, no other number's word; valid as this one"

#: Nordic words naming another kind of number (the recognizers' own negative words count too;
#: :mod:`.number_words`); the English ones are read as well
NORDIC_OTHER_NUMBER_WORDS = number_words.NORDIC_OTHER_NUMBER_WORDS
_OTHER = ctx.shared_terms(number_words.ENGLISH_OTHER_NUMBER_WORDS + NORDIC_OTHER_NUMBER_WORDS)
#: a currency right after the value: an amount
_CURRENCY = lazy_compile(r"[ \t]?(?:kr\b|kr\.|sek\b|nok\b|dkk\b|eur\b|:-|,-)")
#: another run of six digits or more on the value's line
_LONG_NUMBER = lazy_compile(r"\d{6,}")
#: characters read before and after the value (its clause only: :func:`context.clause_window`)
BEFORE, AFTER = 40, 16


#: round 36E: a line opening with a reply's or a subject's mark before the value alone
#: ('Re: 9208147117 - please update', 'Subject: 9208147117', 'Regarding 9208147117:')
_SUBJECT_BEFORE = lazy_compile(r"(?:^|\n)(?:[ ]*>)*[ ]*(?:(?:re|fw|fwd|aw|sv|vs)[ ]?:[ ]*)*"
                               r"(?:(?:re|fwd?|subject|regarding|concerning|about)[ ]?:?[ ]*)\Z")
#: added to an English text's bare personnummer in a subject's position (0.25 -> 0.5)
SUBJECT_BOOST = 0.25
SUBJECT_NOTE = ("bare digits as a message's subject, no other number's word; valid as this "
                "one (a date and its check digit)")


def subject_of_line(lower: str, start: int) -> bool:
    """Whether the value at ``start`` is what its line's reply or subject mark is about: the
    mark alone before it (``re: 9208147117 - …``, ``subject: 9208147117``), no word between.

    >>> subject_of_line("re: 9208147117 - please update", 4)
    True
    >>> subject_of_line("re: order 9208147117", 10), subject_of_line("tel 9208147117", 4)
    (False, False)
    """
    return _SUBJECT_BEFORE.search(lower, max(0, start - 40), start) is not None


def stands_bare(lower: str, start: int, end: int) -> bool:
    """Whether the digits at ``lower[start:end]`` stand alone as an ID: no trunk ``0``, no
    other long number on their line, no currency after them and no word naming another kind
    of number in their clause."""
    if lower[start] == "0" and lower[start + 1:start + 2] != "0" or _CURRENCY.match(lower, end):
        # (round 37H: '00' opens no national number, the international prefix's, so a
        # personnummer of a year 2000 birth, '0012029591', is no phone's shape)
        return False
    line_start, line_end = ctx.line_bounds(lower, start, end)
    if _LONG_NUMBER.search(lower, line_start, start) or _LONG_NUMBER.search(lower, end, line_end):
        return False
    return not _OTHER.hits(ctx.clause_window(lower, start, end, BEFORE, AFTER))
