"""The writer naming themself, and the department a name works in.

A presentation opening its clause before a listed first name that closes it (round 30D:
``Hei, det er Dag.``, ``Dette er Else som skriver``; not ``Det er Dag 3 av kurset``:
:func:`presented`); a self-introduction after the name (``Brooke from Finance here``, ``Ola
fra IT her``, ``Maja i kundeservice her``: :func:`introduced_after`); and the department after
a name (``Moen i økonomiavdelingen``, ``Sine på kundtjänst``; never a place, ``Moen i Rana``:
:func:`affiliated_after`). The self-introductions before a name (``Jeg heter``) are a phrase
cue of :func:`.name_cues.cues`.
"""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect.common_words import UNIT_SUFFIXES, common_words
from pii_scanner.detect.english_words import DEPARTMENTS
from pii_scanner.detect.cue_words import CHAT_GREETINGS, PRESENTATIONS, alternatives
from pii_scanner.detect.name_words import listed_first

#: a self-introduction after the name, opening its clause: 'Brooke here', 'Kari from
#: Finance here', 'Ola fra IT her', 'Anna från kundtjänst här'; round 30A: the unit after
#: 'i'/'på'/'in'/'at' ('Maja i kundeservice her', 'Sine på kundtjänst här'), a department's
#: word only (:data:`common_words.UNIT_SUFFIXES`; not 'Sol i dag her')
_INTRODUCED_AFTER = lazy_compile(
    r"[ ](?:(?:from|fra|från)[ ](?:the[ ])?[\p{L}&\-]+(?:[ ][\p{L}&\-]+){0,2}[ ]"
    r"|(?:i|på|in|at)[ ](?:the[ ])?(?P<unit>IT|HR|\p{Ll}[\p{Ll}\-]+(?:[ ]service)?)[ ])?"
    r"(?:here|her|här)(?=[ \t]*(?:[.,!;:\-]|$))")


#: a preposition and the department after a name ('i økonomiavdelingen', 'på kundeservice',
#: 'fra IT', 'in customer service', 'på kundtjänst'); round 34C: also after an English verb of
#: working or being there ('Grace works in finance', 'Frank is in accounts')
_UNIT_AFTER = lazy_compile(r"(?:[ ](?:works|worked|is|was|sits))?"
                            r"[ ](?:i|på|fra|frå|från|hos|in|from|at)[ ](?:the[ ])?"
                            r"(IT|HR|[\p{Ll}][\p{Ll}\-]+(?:[ ]service)?)(?![\w])")


def affiliated_after(text: str, end: int) -> bool:
    """Whether a department its bearer works in follows the run ending at ``end`` ('Moen i
    økonomiavdelingen', 'Berg på kundeservice', 'Dahl in customer service'): a unit's word
    (:data:`common_words.UNIT_SUFFIXES`), never a place ('Moen i Rana')."""
    unit = _UNIT_AFTER.match(text, end)
    return unit is not None and _unit_word(unit.group(1))


def _unit_word(word: str) -> bool:
    """Whether ``word`` names a department: 'IT', 'HR', a unit's word ('kundeservice') or an
    English department's (round 34C: 'finance', 'accounts': :data:`english_words.DEPARTMENTS`)."""
    return word in ("IT", "HR") or word.endswith(UNIT_SUFFIXES) or word in DEPARTMENTS


#: round 30D: a presentation opening its clause, at the line's start, after a greeting or after
#: a sentence's or clause's end ('Det er ', 'Hei, dette er ', 'Hej det är ', 'Hi, this is ')
_PRESENTATION = lazy_compile(r"(?:^[\s>]*|[.!?,;:(][ \t]*|(?:^|[\s>])" + alternatives(CHAT_GREETINGS)
                              + r"[ \t,!]+)" + alternatives(PRESENTATIONS) + r"[ \t]+$")
#: ... and what closes the name it presents: the clause's end, 'som'/'who' and its verb, 'her'/
#: 'igjen' ('Det er Dag igjen'), where its bearer is from or works ('fra regnskap', 'på
#: kundtjänst här'); not a number or a noun after it ('Det er Dag 3 av kurset', 'This is May 2024',
#: 'Det er Storm i kveld')
_PRESENTED_AFTER = lazy_compile(
    r"[ \t]*(?:[.,!?;:)]|$)|[ ](?:som|who)[ ]\p{Ll}|[ ](?:her|här|here|igjen|igen|again)\b"
    r"|[ ](?:(?:fra|frå|från|from)[ ](?:the[ ])?[\p{L}&\-]+(?:[ ][\p{L}&\-]+){0,2}?"
    r"|(?:i|på|in|at)[ ](?:the[ ])?(?P<unit>IT|HR|\p{Ll}[\p{Ll}\-]+(?:[ ]service)?))"
    r"(?:[ ](?:her|här|here)\b|[ \t]*(?:[.,!?;:)]|$))")


def presented(run: str, before: str, after: str) -> bool:
    """Whether ``run`` is a name presented after 'det er', 'dette er', 'det är', 'this is'
    (:data:`PRESENTATIONS`) that opens its clause: its first word a listed first name, and the
    clause closed right after it (:data:`_PRESENTED_AFTER`), so that a first name that is also a
    word is the writer's ('Hei, det er Dag.'), not the word ('Det er Dag 3 av kurset')."""
    if not listed_first(run) or _PRESENTATION.search(before) is None:
        return False
    match = _PRESENTED_AFTER.match(after)
    if match is None or match.group("unit") is None:
        return match is not None
    # a department's word, or after 'på' a helpdesk's common word before 'her' ('Sine på
    # ekonomi här'; not 'Sol i dag her')
    unit = match.group("unit")
    return _unit_word(unit) or unit in common_words() and after.startswith((" på ", " at ")) \
        and match.group().endswith(("her", "här", "here"))


def introduced_after(after: str) -> bool:
    """_INTRODUCED_AFTER.match(after), which needs a space first and 'her'/'här' in it."""
    if after[:1] != " " or not ("her" in after or "här" in after):
        return False
    match = _INTRODUCED_AFTER.match(after)
    if match is None:
        return False
    return match.group("unit") is None or _unit_word(match.group("unit"))
