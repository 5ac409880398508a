"""Other mentions of a person the text names with confidence.

``Hilsen\\nAdebayo Oyelaran`` at the end of a thread says who ``Oyelaran vil ha svar i dag``
is about, though nothing near that mention does (no greeting, no list entry, no model span).
:func:`mentions` takes the confident PERSON findings of a whole text (several words, score >=
:data:`SOURCE_MIN`) and finds each of their words written again, in the same spelling, as a
word of its own, anywhere in the text (across chunk edges too: it runs on the whole text).

A word is carried only if it cannot as well be something else: at least three letters, not
in capitals only, no word of ``dictionary`` (the NER model's list of words NorNE writes in lower
case: ``Strøm``, ``Berg``, ``Strand`` stay out; without the model no mention is added), not
written in lower case elsewhere in the text, no common word, no organisation word, no Norwegian
postal place; a mention is left out where a company form, a firm's rest or a
street number follows it (``Oyelaran AS``, ``Jensen & Co ApS``, ``Hansen vei 3``), a number comes right before it (a
postcode's place, ``4739 Knutsen``; an English street, ``883 Davies Port``; round 32C: a UK
postcode's town, ``W68 8XW Lake Linda``), a preposition of
place does (``kontoret i Sandvik`` under ``Erik Sandvik``) or another finding covers it
(an e-mail address, a street); a genitive ``s`` that makes a common word is that word (``Thi``
in ``This e-mail ...``, ``Finn`` in ``Finns``); round 35C: in English text a first name that is
an English word, opening a sentence before an article or an object pronoun, is the verb
(``Mark the invoice as paid`` under ``Mark Wilson``, ``Bill me for it``); round 36E: or before
a lower-case word that no subject's verb is, the word (``Frank feedback is welcome`` under
``Frank Clark``: :func:`english_words.word_opening`). Explanations say which finding the mention repeats by its
offset, never by its text.
"""

from __future__ import annotations

import ahocorasick
import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import gazetteers
from pii_scanner.detect.english_words import opens_phrase, word_opening
from pii_scanner.detect.extracted_text import card_places
from pii_scanner.detect.common_words import ORGANISATION_WORDS, is_common
from pii_scanner.detect.decisions import Candidate
from pii_scanner.detect.firm_names import firm_spans
from pii_scanner.detect.name_edges import after_uk_postcode, company_suffix_after
from pii_scanner.detect.recognizers.nlp.person_context import company_after, firm_after
from pii_scanner.detect.text_language import reads_english

SOURCE_MIN = 0.8
MENTION_SCORE = 0.65
RECOGNIZER = "PersonMentions"
_COUNT_FIRST = 20_000  # up to this length, str.count per word beats building the automaton
_NAME_WORD = lazy_compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’]*\p{Ll}[\p{L}\p{M}'’]*")
_GLUED_BEFORE = "_@./\\-"  # part of an address, a path or a compound
_FREE_AFTER = lazy_compile(r"(?:s|'s|’s)?(?![\p{L}\p{M}\d_@/]|[.\-][\p{L}\d])")
_NUMBER_AFTER = lazy_compile(r"(?:s|'s|’s)?[ ]\p{L}{0,12}[ ]?\d")  # 'Hansen 12', 'Hansens vei 3'
#: prepositions of place (nb/nn/sv/da 'i', en 'in'; 'kontoret i Sandvik', 'based in Holm'):
#: the word after one is a place of that name, not the person ('Erik Sandvik'), whose name no
#: list of places we ship may hold (Swedish and Danish towns)
_IN_PLACE = lazy_compile(r"(?<![\p{L}\p{M}])(?:i|in)[ ]\Z")
#: round 35C: an English article, demonstrative, possessive or object pronoun right after a
#: word: what a verb takes as its object and no subject is ever followed by ('Mark the invoice
#: as paid', 'Bill me for it'; a subject takes its verb: 'Mark said', 'Mark will call')
_OBJECT_AFTER = lazy_compile(r"[ ](?:the|a|an|this|these|those|me|us|him|them|it|my|your|our|"
                             r"their|his|its)(?![\p{L}\p{M}\d'’\-])")


def _english_verb_opening(text: str, start: int, end: int, language: str | None) -> bool:
    """Round 35C: whether the mention at ``start:end`` is a first name that is a common
    English word (:func:`gazetteers.english_word_names`: 'mark', 'bill', 'will') opening a
    sentence or line of English text before its object: the imperative verb ('Mark the invoice
    as paid' under 'Mark Wilson from accounts asked ...'), not the person named again."""
    key = text[start:end].lower()
    return (key in gazetteers.english_word_names()
            and (_OBJECT_AFTER.match(text, end) is not None and opens_phrase(text, start)
                 # round 36E: or the word before a lower-case word that is no subject's verb
                 # ('Frank feedback is welcome' under a 'Frank Clark' signature)
                 or word_opening(text, key, start, end))
            and (language == "en" or language in (None, "xx") and reads_english(text.lower())))


def _alone(text: str, pos: int, word: str) -> bool:
    """Whether ``word`` at ``pos`` stands as a word of its own (a genitive ``s`` may follow)."""
    end = pos + len(word)
    before = text[pos - 1] if pos else " "
    return (not (before.isalnum() or before in _GLUED_BEFORE) and _FREE_AFTER.match(text, end)
            is not None  # (a bare genitive 's' that makes a word is that word: 'Thi', 'This')
            and not (text.startswith("s", end) and is_common(word.lower() + "s")))


#: the capitalised word after a space that follows a mention ('Jacobsen Gruppen', 'Lund Media')
_NEXT_WORD = lazy_compile(r"[ ](\p{Lu}\p{Ll}+)(?![\w])")


def _organisation_word_after(text: str, end: int) -> bool:
    """Whether an organisation's word (``ORGANISATION_WORDS``) follows the word ending at
    ``end``: the surname is a firm's name there, as a signature's firm line writes it; round
    35G: or another name and a company form ('Abrahamsson Karlsson AB', a payslip's employer
    over 'Alice Abrahamsson')."""
    match = _NEXT_WORD.match(text, end)
    return match is not None and (match.group(1).lower() in ORGANISATION_WORDS
                                  or company_suffix_after(text, match.end()))


def _carried(word: str, dictionary: frozenset[str]) -> bool:
    key = word.lower()
    return (len(key) >= 3 and key not in dictionary and not is_common(key)
            and key not in ORGANISATION_WORDS and key not in gazetteers.place_names())


def _occurrences(text: str, words: dict[str, int]) -> tuple[dict[str, list[int]], set[str]]:
    """One pass over ``text`` (an Aho-Corasick automaton of the words and their lower-case
    forms): where each word stands alone, and which words stand alone in lower case too."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, (word, False))
        automaton.add_word(word.lower(), (word, True))
    automaton.make_automaton()
    found: dict[str, list[int]] = {word: [] for word in words}
    lowered: set[str] = set()
    for last, (word, lower) in automaton.iter(text):
        pos = last - len(word) + 1
        if _alone(text, pos, word.lower() if lower else word):
            if lower:
                lowered.add(word)
            else:
                found[word].append(pos)
    return found, lowered


def mentions(text: str, found: list[Candidate], dictionary: frozenset[str],
             language: str | None = None) -> list[Candidate]:
    """PERSON candidates for the repeated words of ``found``'s confident multi-word names
    (none without a ``dictionary`` to tell a surname from a word). Linear in the text.
    ``language``: the text's normalised language code (``en``, ``nb``, ``xx`` ...), if known."""
    if not dictionary:
        return []
    sources: dict[str, int] = {}
    for cand in found:
        if cand.entity_type != "PERSON" or cand.score < SOURCE_MIN:
            continue
        words = _NAME_WORD.findall(text, cand.start, cand.end)
        if len(words) < 2:
            continue
        for word in words:
            if word not in sources and _carried(word, dictionary):
                sources[word] = cand.start
    if len(text) <= _COUNT_FIRST:  # most names are written once: a cheap necessary test
        sources = {word: at for word, at in sources.items() if text.count(word) > 1}
    if not sources:
        return []
    places, lowered = _occurrences(text, sources)
    taken = bytearray(len(text))  # characters another finding covers
    for start, end in [(c.start, c.end) for c in found] + firm_spans(text) + card_places(text):
        taken[start:end] = b"\x01" * (end - start)  # ('Oyelaran & Søn', a firm; a vCard
        # address's town, 'ADR:;;Storgata 5;Johannessen;;6565;Norge': round 36E)
    out: list[Candidate] = []
    for word, source in sources.items():
        if word in lowered or len(places[word]) < 2:  # a word here too, or written once
            continue
        for start in places[word]:
            end = start + len(word)
            if taken.find(1, start, end) != -1:
                continue
            if company_suffix_after(text, end) or _NUMBER_AFTER.match(text, end) \
                    or company_after(text, end) or firm_after(text, end) \
                    or (text[start - 2:start - 1].isdigit() and text[start - 1] == " ") \
                    or _IN_PLACE.search(text, max(0, start - 4), start) \
                    or after_uk_postcode(text, start) or _organisation_word_after(text, end) \
                    or _english_verb_opening(text, start, end, language):
                continue  # 'Hansen AS', 'Hansens vei 3', 'Jensen & Co ApS', '4739 Knutsen',
                # '883 Davies Port', 'kontoret i Sandvik', round 32C: 'W68 8XW Lake Linda',
                # round 33C: 'Jacobsen Gruppen' (a signature's firm line under 'Markus Jacobsen'),
                # round 35C: 'Mark the invoice as paid' (the verb, under 'Mark Wilson')
            taken[start:end] = b"\x01" * (end - start)
            out.append(Candidate("PERSON", start, end, MENTION_SCORE, RECOGNIZER, (
                ("recognizer", RECOGNIZER), ("cue", ("same name found elsewhere in the text",)),
                ("repeats_finding_at", source), ("score", MENTION_SCORE))))
    return out
