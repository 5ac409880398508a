"""A national ID whose country nothing names: a dashed number in English text, no label.

Danish CPR numbers (DDMMYY-SSSS) and Swedish personnummer (YYMMDD-NNNN) share their shape;
a Danish or a Swedish ticket's language tells which (``NordicRecognizer.LANGUAGE_PRIOR``), but
an English one (``Re: 261176-0941 - please update the record.``) names no country. A privacy
tool should not miss a valid national ID for that: where the number passes a country's check
(the CPR's old mod 11, the personnummer's Luhn digit) and no label names it, it is reported
at a low score, the explanation saying that no label or language named the country (round
33D). Where both readings pass, the finding's explanation names the other as its alternative
(:mod:`pii_scanner.detect.decisions`). A number that an English word names as another kind
(an order's, a case's, a booking's, a phone's: :data:`OTHER_NUMBER_WORDS`) stays out.

>>> in_english_text("re: 261176-0941 - please update the record.", 4, 15, "xx")
True
>>> in_english_text("case 261176-0941 - please update the record.", 5, 16, "xx")
False
>>> in_english_text("gjelder 261176-0941 - oppdater registeret.", 8, 19, "xx")
False
"""

from __future__ import annotations

from pii_scanner.detect import context as ctx
from pii_scanner.detect import number_words
from pii_scanner.detect.text_language import nordic_language, reads_english

#: added to a dashed national ID's score where the country is unclear (CPR with the old mod
#: 11: 0.4 -> 0.5; personnummer: 0.45 -> 0.55; the default threshold is 0.5)
BOOST = 0.1
#: the explanation's note
NOTE = "no label or language names the country; valid as this one"

#: English words naming another kind of number of the same shape (the recognizers' own
#: negative words, order/invoice/reference, count as well; :mod:`.number_words`)
OTHER_NUMBER_WORDS = number_words.ENGLISH_OTHER_NUMBER_WORDS
_OTHER = ctx.shared_terms(OTHER_NUMBER_WORDS)
#: characters read before the value (its clause only: :func:`context.clause_window`)
BEFORE, AFTER = 40, 12


def in_english_text(lower: str, start: int, end: int, language: str) -> bool:
    """Whether the number at ``lower[start:end]`` stands in English text (the hint ``en``,
    or none, ``xx``, and the text reads English and no Nordic language) with no English word
    naming another kind of number in its clause."""
    if language == "xx":
        if not reads_english(lower) or nordic_language(lower) is not None:
            return False
    elif language != "en":
        return False
    return not _OTHER.hits(ctx.clause_window(lower, start, end, BEFORE, AFTER))
