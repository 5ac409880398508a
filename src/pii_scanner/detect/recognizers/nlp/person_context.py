"""What is around a capitalised run that tells whether it is a person: a firm's or company's
name going on after it, a street word after it, initials before it, a form field it fills,
its place in a sentence (:mod:`.person` scores runs with these)."""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import gazetteers
from pii_scanner.detect.common_words import COMPANY_SUFFIXES
from pii_scanner.detect.cue_words import GREETINGS, SIGNOFFS, last_word
from pii_scanner.detect.english_words import opens_phrase
from pii_scanner.detect.recognizers.generic import street_address

_FIELD_LABEL = lazy_compile(r"[ \t>*-]*\p{Lu}[\p{L}'’.\-]*(?:[ ][\p{L}'’.\-]+){0,3}[ \t]*:[ \t]*")
#: After the first part of a company's name joined by 'og'/'&' ('Sol og Vind Energi AS').
COMPANY_AFTER = lazy_compile(r"[ ](?:og|&|and|och|und)[ ](?:\p{Lu}[\p{L}'’.\-]*[ ]){1,4}(?:"
                              + "|".join(regex.escape(f) for w in sorted(COMPANY_SUFFIXES)
                                         for f in sorted({w.upper(), w.capitalize()}))
                              + r"|GmbH|ApS|plc)(?![\w])")  # 'AS', not 'as always'
#: Firm names made of surnames ('Ruud, Lie og Gundersen DA', 'Cunningham, Bailey and Ross
#: LLP', 'Berg og Dahl advokatfirma'): more surnames joined by commas and 'og'/'and', then a
#: company form or a professional firm's word
_FIRM_WORDS = ("advokatfirma", "advokatfirmaet", "advokater", "advokatkontor", "advokatbyrå",
               "advokatbyrån", "advokaterne", "solicitors", "lawyers", "attorneys", "llp")
_FIRM_AFTER = lazy_compile(
    r"(?:,[ ]\p{Lu}[\p{L}'’\-]*){0,4},?[ ](?:og|&|and|och|und|ja)[ ](?:\p{Lu}[\p{L}'’.\-]*[ ]){1,3}(?:"
    + "|".join(regex.escape(f) for w in sorted(COMPANY_SUFFIXES) for f in sorted({w.upper()}))
    + r"|GmbH|ApS|LLP|LLC|" + "|".join(f"{w}|{w.capitalize()}" for w in _FIRM_WORDS)
    + r")(?![\w])")
_FIRM_WORD_AFTER = lazy_compile(r"[ ](?:LLP|" + "|".join(f"{w}|{w.capitalize()}" for w in _FIRM_WORDS)
                                 + r")(?![\w])")


#: What must follow a run for the patterns above to match from its end (each tried for
#: every capitalised run: a test of a few characters rules most runs out before the regex)
_JOINED = (" og ", " & ", " and ", " och ", " und ")
_FIRM_JOINED = _JOINED + (" ja ",)
_FIRM_WORD_INITIALS = frozenset(["L"] + [w[0] for w in _FIRM_WORDS]
                                + [w.capitalize()[0] for w in _FIRM_WORDS])


def firm_after(text: str, end: int) -> bool:
    """Whether the run ending at ``end`` opens or ends a firm's name ('Ruud, Lie og
    Gundersen DA', '... and Ross LLP', 'Gundersen advokatfirma')."""
    following = text[end:end + 1]
    if following == ",":  # ('Ruud, Lie og Gundersen DA'): a space after the comma
        return text[end + 1:end + 2] == " " and _FIRM_AFTER.match(text, end) is not None
    return following == " " and (
        text.startswith(_FIRM_JOINED, end) and _FIRM_AFTER.match(text, end) is not None
        or text[end + 1:end + 2] in _FIRM_WORD_INITIALS
        and _FIRM_WORD_AFTER.match(text, end) is not None)


def company_after(text: str, end: int) -> bool:
    """Whether ``COMPANY_AFTER`` matches at ``end``: 'og'/'&' and a company's name go on."""
    return text.startswith(_JOINED, end) and COMPANY_AFTER.match(text, end) is not None


#: After a genitive ('Kyrres', 'VIIs') or a regnal number: a street word makes the run a
#: street's name, not a person ('Olav Kyrres gate', 'Haakon VIIs gate').
_STREET_WORD = "(?:" + "|".join(regex.escape(w) for w in sorted(
    street_address.GENITIVE_STREET_WORDS, key=len, reverse=True)) + r")(?![\w])"
#: Finnish streets named in the genitive ('Nils Westermarckin bulevardi', 'Werner Wirénin tie')
_FINNISH_STREET_WORDS = ("bulevardi", "puistotie", "puistokatu", "tie", "katu", "kuja", "polku",
                         "väylä", "ranta", "aukio", "tori", "rinne", "kaari", "raitti")
#: A street word and a house number after a name: the name is the street's ('Beate Allé 39',
#: 'Storm Allé 75', 'Kari Vei 3')
STREET_NUMBER_AFTER = lazy_compile(r"[ ](?:" + "|".join(regex.escape(w.capitalize()) for w in sorted(
    street_address.GENITIVE_STREET_WORDS, key=len, reverse=True)) + r")[ ]\d{1,4}(?!\d)")
STREET_AFTER = lazy_compile(r"(?<=s)[ ](?:[IVX]{1,4}s[ ])?" + _STREET_WORD
                              + r"|[ ][IVX]{1,4}s[ ]" + _STREET_WORD
                              + r"|(?<=\p{Ll}n)[ ](?:" + "|".join(_FINNISH_STREET_WORDS)
                              + r")(?![\w])")
#: a word ending in a genitive 's' and a street word written as one ('Brahesgade', 'Bangsvej',
#: 'Wergelandsveien'): the street's name, with the person's name before it
GENITIVE_COMPOUND_END = lazy_compile(street_address.GENITIVE_COMPOUND_STREET + r"$")
#: a house number of up to four digits after a space
_HOUSE_NUMBER_AFTER = lazy_compile(r"[ ]\d{1,4}(?!\d)")
INITIAL_BEFORE = lazy_compile(r"(?<![\w.])(?:\p{Lu}\.[ ]?){0,2}\p{Lu}\.[ ]$")  # 1-3 initials
#: the first letter of every street word STREET_NUMBER_AFTER knows
_STREET_INITIALS = frozenset(w.capitalize()[0] for w in street_address.GENITIVE_STREET_WORDS)


def street_number_after(text: str, end: int) -> bool:
    """Whether ``STREET_NUMBER_AFTER`` matches at ``end`` ('Beate Allé 39'), or the run ends
    in a street word compounded with a genitive before a house number ('Sofie Brahesgade 17',
    'Peter Bangsvej 4': a street named after a person, :data:`GENITIVE_COMPOUND_END`)."""
    if text[end:end + 1] != " ":
        return False
    if text[end + 1:end + 2].isdigit():
        return GENITIVE_COMPOUND_END.search(text, max(0, end - 30), end) is not None \
            and _HOUSE_NUMBER_AFTER.match(text[end:end + 6]) is not None
    return text[end + 1:end + 2] in _STREET_INITIALS \
        and STREET_NUMBER_AFTER.match(text, end) is not None


def street_after(text: str, end: int) -> bool:
    """Whether ``STREET_AFTER`` matches at ``end`` ('Olav Kyrres gate', 'Haakon VIIs gate',
    'Werner Wirénin tie'): the run ends in 's' or 'n', or a regnal number follows it."""
    return text[end:end + 1] == " " and (text[end - 1:end] in ("s", "n")
                                         or text[end + 1:end + 2] in ("I", "V", "X")) \
        and STREET_AFTER.match(text, end) is not None


def initial_before(text: str, pos: int, start: int):
    """``INITIAL_BEFORE.search(text, pos, start)``: initials ending right before ``start``."""
    if not text.endswith((". ", ". \n"), pos, start):  # ('$' matches before a last newline)
        return None
    return INITIAL_BEFORE.search(text, pos, start)
_PREVIOUS_WORD = lazy_compile(r"\w[\w\-]*(?=[ \t]*$)")


_AFTER_STRUCTURE = ("<", ":", "(", "skrev", "wrote", "skreiv", "\t", ",")
#: round 35C: the last words of sign-offs and greetings, which a comma may close inline
#: ('... N1U 3PG. Thanks, Reece Miller', deep in its line)
_INLINE_CUE_LAST_WORDS = frozenset(last_word(p) for p in SIGNOFFS + GREETINGS).union(
    ("name", "navn", "namn"))  # round 37F: "in my daughter's name, …" (name_cues decides)


def structural_position(text: str, start: int, end: int) -> bool:
    """Cheap pre-test: could a strong cue fire here (line start, after a label, before '<')?"""
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    before = text[max(line_start, start - 200):start].strip(" >\t")
    if len(before) <= 40 or before.endswith((":", "=")):
        return True  # (a parameter's '=' deep in a link or a log line: '…&surname=Bruun')
    if before.endswith(",") and last_word(before).lower() in _INLINE_CUE_LAST_WORDS:
        return True  # round 35C: a sign-off or greeting and its comma deep in the line
    if text[start - 1:start] in ("'", '"') and before[:-1].rstrip()[-1:] in (":", "="):
        return True  # a quoted field's value deep in a log line ("... {'last_name': 'Dawson'")
    return text[end:end + 8].lstrip(" ").startswith(_AFTER_STRUCTURE)


def field_value(text: str, start: int, end: int) -> bool:
    """Whether the run is the whole value of a short form field ('Kontoinnehaver: Per Hansen',
    'Navn på barn: Ola'): a label of a few words and ':' before it, nothing after it."""
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    line_end = text.find("\n", end, end + 40)
    after = text[end:line_end if line_end != -1 else end + 40]
    return (not after.strip(" \t.,;") and (line_start > 0 or start <= 40)
            and _FIELD_LABEL.fullmatch(text, line_start, start) is not None)


def mid_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows other words of its sentence (not a sentence
    start, nor the end of a Title Case phrase: 'Customer Success Manager' cut to 'Success',
    'Storebrand Liv')."""
    before = text[max(0, start - 3):start].rstrip(" \t")
    if not before or before[-1] in ".!?:;\n\"'([-–•*>)]" or before[-1].isdigit():
        return False
    word = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    # after a capitalised word the run ends a Title Case phrase or a brand ('DNB Liv',
    # 'Storebrand Liv'), which the run itself left out: no sign of a name; after 'i'/'in' it
    # is where something is ('bor i Rana'), not who, unless it owns what follows ('i Karis
    # innboks')
    if word is None:
        return True
    if word.group() in _LOCATIVES:
        own = _WORD_AT.match(text, start)
        return own is not None and own.group().endswith(("s", "'s", "’s"))
    if not word.group()[0].isupper():
        return True
    # round 35C: an auxiliary or modal verb opening a question puts its subject right after
    # it ('Can Emma call me?', 'Did Emma send it?', 'Will Emma from support call me?' once
    # 'Will' is read as the verb, 'Kan Kari ringe meg?', 'Har Kari skickat den?'): the run
    # follows a word of its sentence, no Title Case phrase (unless the run is a first name
    # that is an English word, as likely the noun of a phrase: 'Did Grace period end?')
    return word.group().lower() in QUESTION_VERBS and opens_phrase(text, word.start()) \
        and (own := _WORD_AT.match(text, start)) is not None \
        and own.group().lower() not in gazetteers.english_word_names()


#: round 35C: English auxiliaries and Nordic auxiliaries and modal verbs that open a question
#: before its subject (a Nordic question puts any verb first; these are the ones before a
#: name that asks about a person most)
QUESTION_VERBS = frozenset((
    "can", "could", "will", "would", "shall", "should", "may", "might", "must", "do", "does",
    "did", "has", "have", "had", "is", "are", "was", "were",
    "kan", "kunne", "vil", "ville", "skal", "skulle", "har", "hadde", "er", "var", "må", "bør",
    "får", "fikk", "fekk", "kunde", "ska", "vill", "hade", "är", "måste", "fick", "havde", "fik"))


#: the prepositions of where, never before a person's name in the nominative
_LOCATIVES = frozenset(("i", "in"))
_WORD_AT = lazy_compile(r"\w+(?:['’]s)?")
