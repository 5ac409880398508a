"""Who speaks: a name before a verb of saying, or after a quotation's verb, and the pronouns
that are no names.

``Hansen sa at ...``, ``Anna said ...``: a run before a verb of saying is its speaker when the
lists know a word of it (:func:`speaks_before_verb`); ``«...», sier Hansen.``, ``"...", said
Anna``: a run after a quotation's verb ending its clause is one (:func:`quoted_speaker`). The
subjects of those verbs that are pronouns (``Han``, ``Ho``, ``De``: some listed first names)
are none (:data:`PRONOUNS`, :func:`pronoun`, :func:`pronoun_led`).
"""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import gazetteers
from pii_scanner.detect.common_words import common_words
from pii_scanner.detect.cue_words import alternatives

#: verbs of saying right after a name ('Hansen sa at ...', 'Per fortalte ...', 'Anna said
#: ...'); a header's 'skrev:' is the header cue
_SPEECH_VERBS = ("sa", "sier", "seier", "sei", "sagt", "skrev", "skreiv", "fortalte", "fortalde",
                 "forklarte", "forklarde", "svarte", "svara", "lovet", "lovte", "lova", "mente",
                 "meinte", "said", "says", "told", "wrote", "explained", "replied", "promised",
                 "sade", "säger", "berättade", "förklarade", "svarade", "lovade", "tyckte",
                 "sagde", "siger", "forklarede", "svarede", "lovede")
_SPEECH_AFTER = lazy_compile(r"[ ]" + alternatives(_SPEECH_VERBS) + r"\b(?![ \t]*:)")
#: (a verb's initial, the character after the run's space: a cheap test before the pattern)
SPEECH_INITIALS = frozenset(verb[0] for verb in _SPEECH_VERBS)
#: subjects of those verbs that are no names, though some are listed ones ('Han', 'Ho', 'De')
PRONOUNS = frozenset((
    "han", "hun", "ho", "hen", "de", "dei", "dem", "vi", "me", "eg", "jeg", "du", "dere",
    "den", "det", "man", "ein", "en", "noen", "nokon", "ingen", "alle", "begge", "hon", "dom",
    "jag", "ni", "någon", "alla", "nogen", "he", "she", "they", "we", "i", "you", "it",
    "someone", "somebody", "everyone", "nobody"))


#: a quotation's verb of saying before the speaker at the clause's end ('..., sier Hansen.',
#: '«...», seier Grossman.', '"...", said Anna')
_QUOTATION_VERBS = ("sa", "sier", "seier", "sei", "skriver", "skriv", "forteller", "fortel",
                    "forklarer", "said", "says", "writes", "säger", "sade", "siger", "sagde")
_SPEECH_BEFORE = lazy_compile(r"[,»\"'”][ \t]*(?:" + "|".join(_QUOTATION_VERBS) + r")[ \t]+$")
#: (the line's last word before the run: a cheap test before the pattern)
QUOTATION_LAST_WORDS = frozenset(_QUOTATION_VERBS)
#: what ends the speaker's clause: its end, or a few words of where and to whom ('til VG')
_CLAUSE_END = lazy_compile(r"[ \t]*(?:[.,;!?)]|$|(?:til|to|i|på|for)[ ])")


#: prepositions of where: the run after one is a place, not who speaks ('Kundeservice i Lier
#: sa at ...')
_LOCATIVES = frozenset(("i", "in"))


def pronoun_led(span: str) -> bool:
    """Whether ``span`` (a model's) opens with a pronoun and goes on in lower case: the
    sentence's subject and its verb ('He said', 'Han sa'), not a name."""
    words = span.split()
    return len(words) > 1 and words[0].lower() in PRONOUNS and any(
        w.islower() for w in words[1:])


def pronoun(run: str) -> bool:
    """A pronoun, or a compound naming a role ('Oktober-sjefen', 'NRK-journalisten')."""
    return run.lower() in PRONOUNS or "-" in run and run.rsplit("-", 1)[1].islower()


_NAME_WORD = lazy_compile(r"\p{L}+(?:-\p{L}+)?")


def _listed_speaker(run: str) -> bool:
    """Whether a run before a verb of saying is a name by the lists: a word of it a listed
    first name or surname, and none of it a pronoun."""
    words = [gazetteers.fold(w) for w in _NAME_WORD.findall(run.lower())]
    if not words or any(w in PRONOUNS for w in words):
        return False
    if len(words) == 1 and words[0] in common_words() \
            and words[0] not in gazetteers.common_first_names():
        return False  # 'Da sa statsministeren ...': an adverb the long lists also hold
    first, surnames = gazetteers.first_names(), gazetteers.surnames()
    return any(w in first or w in surnames for w in words)


def speaks_before_verb(run: str, after: str, last: str) -> bool:
    """Whether ``run`` speaks: a verb of saying opens ``after`` (the rest of its line: 'Hansen
    sa at ...', not 'skrev:'), the lists know a word of it (:func:`_listed_speaker`), and the
    word before it, ``last``, is no preposition of where ('Kundeservice i Lier sa at ...')."""
    return _SPEECH_AFTER.match(after) is not None and _listed_speaker(run) \
        and last not in _LOCATIVES


def quoted_speaker(run: str, before: str, after: str) -> bool:
    """Whether ``run`` is a quotation's speaker: a quotation's verb of saying ends ``before``
    (its line before the run, lower case: '..., sier ', '«...», said '), the clause ends after
    it ('.', 'til VG') and it is no pronoun ('«...», sa han.')."""
    return _SPEECH_BEFORE.search(before) is not None and _CLAUSE_END.match(after) is not None \
        and not pronoun(run)
