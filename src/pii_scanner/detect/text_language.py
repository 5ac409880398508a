"""Which language a text without a language hint reads as, where a rule depends on it.

The ``detect`` contract's ``lang`` is a hint and may be missing (the recognizers then run as
``xx``). A rule that holds in one language only (a British mobile written unspaced,
``07778002840``, is a phone in English text) asks :func:`reads_english`: it counts the
text's function words, short closed-class words every sentence uses, in English and in the
Scandinavian languages; words that are both (``i``, ``for``, ``min``, ``kan``) count for none.
"""

from __future__ import annotations

import regex

#: English function words that are no Norwegian, Danish or Swedish word
ENGLISH = frozenset((
    "the", "and", "to", "of", "is", "am", "are", "was", "were", "be", "been", "you", "your",
    "my", "me", "we", "our", "on", "in", "it", "this", "that", "with", "please", "thanks",
    "thank", "can", "could", "would", "will", "have", "has", "not", "at", "from", "if", "all",
    "but", "any", "there", "what", "when", "which", "who", "here", "just", "also", "hi", "hello",
    "dear", "regards", "cheers", "best", "kind", "day", "number", "call", "back"))
#: Norwegian, Danish and Swedish function words that are no English word
SCANDINAVIAN = frozenset((
    "og", "och", "jeg", "jag", "eg", "er", "är", "det", "ikke", "ikkje", "inte", "på", "til",
    "till", "med", "meg", "mig", "mitt", "mit", "mine", "har", "vil", "vill", "ska", "skal",
    "som", "av", "af", "ett", "et", "en", "hei", "hej", "takk", "tak", "tack", "hilsen",
    "hälsningar", "mvh", "vh", "eller", "meddelande", "nummer", "nytt", "nyt"))
_WORD = regex.compile(r"\p{L}+")
#: the part of a long text that is read (a ticket's first lines tell its language)
_READ_CHARS = 2000


def reads_english(lower: str) -> bool:
    """Whether the lower-cased ``lower`` reads as English: at least two of its English
    function words, more than its Scandinavian ones.

    >>> reads_english("i am on 07778002840"), reads_english("jeg er på 07778002840")
    (True, False)
    >>> reads_english("07778002840")
    False
    """
    english = nordic = 0
    for word in _WORD.findall(lower, 0, _READ_CHARS):
        if word in ENGLISH:
            english += 1
        elif word in SCANDINAVIAN:
            nordic += 1
    return english >= 2 and english > nordic
