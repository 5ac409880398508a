"""Structural cues that a capitalised run is a person: greetings, sign-offs, headers, chat.

Each cue looks only at the run's own line and the few lines above it, so the cost per
run is bounded. :func:`cues` returns the names of the cues that fire (for explanations).

This module holds the cues read from a phrase right before the run (greeting, sign-off,
label, self-introduction, role, form of address, link), the mail header's cue after it, and
the order and cheap pre-tests of them all; the other cues' rules are in their own modules:
the phrase lists in :mod:`.cue_words`, structured fields, form label cells and address fields
in :mod:`.name_fields`, presentations and departments in :mod:`.introductions`, chat speakers
in :mod:`.chat_speakers`, a name alone on its line in :mod:`.lone_names`, list rows in
:mod:`.list_rows`, speakers and pronouns in :mod:`.name_speech`.
"""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import gazetteers
from pii_scanner.detect import context as ctx
from pii_scanner.detect.chat_speakers import (chat_speaker, chat_time, named_speaker,
                                              timed_named_speaker, timed_speaker)
from pii_scanner.detect.cue_words import (
    DOTTED_HONORIFICS, GREETINGS, HONORIFICS, INTRODUCTIONS, LABELS, LINE_SIGNOFFS, LINKS,
    PARENTHESISED_RELATIONS, PRESENTATIONS, ROLES, SIGNOFFS, alternatives, last_word)
from pii_scanner.detect.introductions import affiliated_after, introduced_after, presented
from pii_scanner.detect.list_rows import list_row, list_row_after
from pii_scanner.detect.lone_names import (
    SLASH_SIGNS, block_label_above, closes_message, label_above, post_nominals, signature_above,
    slash_signed)
from pii_scanner.detect.name_fields import (address_field, label_cell, label_key, name_key,
                                             thing_key)
from pii_scanner.detect.name_speech import (
    QUOTATION_LAST_WORDS, SPEECH_INITIALS, pronoun, quoted_speaker, speaks_before_verb)
from pii_scanner.detect.name_words import listed_first

# a greeting ended by '!' is a sentence of its own: the next capital starts a sentence
# ('Hei! Lurer på ...', 'Hi! Quick question'), not a name ('Hei Kari!', 'Hei, Kari')
_GREETING = lazy_compile(r"(?:^|[\s>])" + alternatives(GREETINGS) + r"[\s,]*$")
_SIGNOFF_INLINE = lazy_compile(r"(?:^|[\s>])" + alternatives(SIGNOFFS) + r"[\s,.!]*$|^[\s>]*"
                                 + alternatives(LINE_SIGNOFFS) + r"[ ]*$")
#: (a label may mark its plural in parentheses: 'First name(s):', 'Fornavn(e):'; round 29A)
_LABEL = lazy_compile(r"(?:^|[\s>(])" + alternatives(LABELS) + r"(?:\(\p{Ll}{1,3}\))?\s*:\s*$")
_LINK = lazy_compile(r"(?:^|\s)" + alternatives(LINKS) + r"\s*$")
_INTRODUCTION = lazy_compile(r"(?:^|[\s>(,])" + alternatives(INTRODUCTIONS) + r"[\s:]*$")


#: The last word of every greeting, sign-off, label, role and linking phrase: a run whose
#: preceding word is not one of these skips those five patterns (most runs).
_CUE_LAST_WORDS = frozenset(last_word(p) for p in GREETINGS + SIGNOFFS + LABELS + ROLES + LINKS
                            + INTRODUCTIONS + LINE_SIGNOFFS)
#: ... and of each pattern's own phrases: a run after 'med' or 'til' tries the link or label
#: pattern only, not all six (each search tries every position of the line before the run)
_GREETING_LAST_WORDS = frozenset(last_word(p) for p in GREETINGS)
_SIGNOFF_LAST_WORDS = frozenset(last_word(p) for p in SIGNOFFS + LINE_SIGNOFFS)
_LABEL_LAST_WORDS = frozenset(last_word(p) for p in LABELS)
_INTRODUCTION_LAST_WORDS = frozenset(last_word(p) for p in INTRODUCTIONS)
_PRESENTATION_LAST_WORDS = frozenset(last_word(p) for p in PRESENTATIONS)
_LINK_LAST_WORDS = frozenset(last_word(p) for p in LINKS)
_ROLE_LAST_WORDS = frozenset(last_word(p) for p in ROLES)
#: each role phrase under its last word: a run's line is tested against the few that end in
#: the word before the run, by ``str.endswith``, not a search of all of them at every position
_ROLES_BY_LAST: dict[str, tuple[str, ...]] = {}
for _phrase in ROLES:
    _ROLES_BY_LAST[last_word(_phrase)] = _ROLES_BY_LAST.get(last_word(_phrase), ()) + (_phrase,)


def _role_before(before: str, last: str) -> bool:
    """Whether ``before`` (lower case) ends in a role phrase whose last word is ``last``,
    after whitespace or at its start (no search of every role phrase at every position); a
    comma may close it before a name in apposition ('naboen min, Per Olsen, har ...')."""
    tail = before.rstrip()
    if tail.endswith(","):
        tail = tail[:-1]
    return _role_phrase_ends(tail, last)


def _role_phrase_ends(tail: str, last: str) -> bool:
    """Whether ``tail`` ends in a role phrase whose last word is ``last``, after whitespace
    or at its start."""
    for phrase in _ROLES_BY_LAST.get(last, ()):
        if tail.endswith(phrase) and (len(tail) == len(phrase) or tail[-len(phrase) - 1].isspace()):
            return True
    return False


#: A mail header's or a quoted reply's tail after a name: an address in angle brackets, a
#: '[mailto:', a note in parentheses, 'skrev:'/'wrote:', Outlook's "Last, First" before '<'
# (an acronym in parentheses is an organisation's short name: 'Nord-Trøndelag (HUNT), ...')
_AFTER_HEADER = lazy_compile(r"^\s*(?:\"?\s*<[^>\n]{1,80}@|\[mailto:|"
                              r"\((?!\s*\p{Lu}{2,8}\s*\)|\p{Ll}{1,3}\)\s*:)\s*\w[^)\n]{0,40}\)\s*[:,(]|"
                              # a quoted reply's header line ('Kari Nordmann skrev:', 'Ola
                              # wrote on 12 Mar 2024, 10:15:'), never prose ('Han sa at ...')
                              r"\s*(?:skrev|wrote|skreiv|said|sa)(?:[ \t]*:|\b[^\n]{0,60}:[ \t]*$)|"
                              # 'Nordmann, Kari <kari@...>': Outlook's "Last, First" display name
                              r",\s*\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?\"?\s*<[^>\n]{1,80}@)")
# Cheap tests that rule a pattern out before it runs (most runs fire no cue at all). Python's
# whitespace (str.strip, str.isspace) holds all of the regex module's \s, and four more.

#: The first character after a run's spaces that can open a header's tail (_AFTER_HEADER):
#: '"<', '[mailto:', '(', ',' or 'skrev'/'wrote'/'said'...
_HEADER_OPENINGS = frozenset('"<[(,sw') | {""}

#: after 'Takk!' a new sentence, not a signature: one capitalised word, then small words
#: ('Takk! Sender avtalen til ...', 'Tack! Skickar avtalet ...'; round 31A: after 'Thanks.'
#: too, and English 'I' as a small word: 'Thanks. Can I have your number?'); a name signs
#: off alone or before its surname, title or number ('Takk! Kari', 'Takk! Kari Nordmann')
_SENTENCE_AFTER_THANKS = lazy_compile(r"[ ](?:\p{Ll}{2,}|I)[ ]\p{Ll}")
#: what alone opens a line before a name that signs after a slash or a dash ('/Hans', '- Kari';
#: :func:`lone_names.slash_signed`)
_SLASHES = ("/", "-", "--")
#: How much of a run's line before it the cues read (the longest cue phrase is ~25 chars).
BEFORE_CHARS = 80
#: round 36E: ', she handles …': a personal pronoun after the run, as its clause's subject
#: before a verb that is no verb of speech (reported speech names the speaker, not the run);
#: round 37C: the Nordic third persons too, Norwegian and Danish 'hun'/'han', nynorsk 'ho',
#: Swedish 'hon'/'han', Finnish 'hän' (', hun har ansvaret for …', ', hon sköter …'), and
#: their verbs of speech and opinion ('sa', 'sier', 'sagde', 'säger', 'mener', 'tror', 'sanoi')
_SPEECH_AFTER_PRONOUN = (
    "said|says|asked|asks|told|tells|wrote|writes|added|adds|explained|explains|replied|"
    "replies|thinks|thought|believes|believed|means|meant|"
    "sa|sagt|sagde|sade|sier|seier|siger|säger|spurte|spurde|spurgte|spør|spørger|frågade|"
    "frågar|skrev|skreiv|skriver|mener|meiner|menar|tror|trur|troede|trodde|tenkte|tænkte|"
    "tänkte|syns|synes|syntes|tycker|tyckte|svarte|svara|svarede|svarer|svarade|svarar|"
    "forklarte|forklara|forklarede|förklarade|la|lagde|skriv|"
    "sanoi|sanoo|kysyi|kysyy|kirjoitti|kirjoittaa|uskoo|luulee|luuli|vastasi|vastaa|kertoi|"
    "kertoo|mainitsi|ajattelee|ajatteli")
_PRONOUN_AFTER = lazy_compile(
    r",[ ](?:she|he|hun|han|ho|hon|hän)[ ](?!(?:" + _SPEECH_AFTER_PRONOUN + r")(?![\p{L}]))"
    r"(?:\p{Ll}+[ ])?\p{Ll}")


#: round 37C: kinship nouns whose genitive owns the name a run spells ('in my father's name,
#: Reece Phillips', 'i min fars navn, …', 'i min mammas namn, …'), English and Nordic
_KIN = ("father", "mother", "dad", "mum", "mom", "wife", "husband", "son", "daughter",
        "brother", "sister", "partner", "spouse", "grandmother", "grandfather", "grandson",
        "granddaughter", "aunt", "uncle", "nephew", "niece", "cousin", "fiancée", "fiancé",
        "far", "mor", "pappa", "mamma", "bror", "broder", "søster", "syster", "datter",
        "dotter", "søn", "sønn", "son", "mann", "mand", "man", "kone", "kona", "hustru", "fru",
        "maka", "make", "samboer", "sambo", "samlever", "bestemor", "bestefar", "farmor",
        "farfar", "mormor", "morfar", "onkel", "tante", "ektefelle", "ægtefælle")
_KIN_NAME_BEFORE = lazy_compile(
    r"(?:^|\s)(?:my|our|his|her|min|mi|mitt|mit|vår|vor|hans|hennes|hendes)\s+(?:"
    + "|".join(sorted(set(_KIN), key=len, reverse=True))
    + r")(?:'s|’s|s)\s+(?:name|navn|namn)\s*[,:]\s*$")


def _sentence_after_thanks(before: str, run: str, after: str) -> bool:
    """Whether a one-word run after 'Takk!' opens a sentence (:data:`_SENTENCE_AFTER_THANKS`)."""
    return before.rstrip(" \t").endswith(("!", ".")) and " " not in run \
        and bool(_SENTENCE_AFTER_THANKS.match(after))


def cues(text: str, start: int, end: int) -> tuple[str, ...]:
    """Names of the structural cues around the run ``text[start:end]``."""
    line_start, line_end = ctx.line_bounds(text, start, end)
    before = _tail(text, line_start, start)
    after = text[end:line_end]
    # (read once: the cues below test the run, and the line before it stripped so, often)
    run = text[start:end]
    opening = before.strip(" \t>")  # empty where the run opens its line (a quote's '>' aside)
    trimmed = before.rstrip(" \t")
    found = []
    last = last_word(before)
    worded = last in _CUE_LAST_WORDS
    if worded and last in _GREETING_LAST_WORDS and _GREETING.search(before):
        found.append("greeting")
    if worded and last in _SIGNOFF_LAST_WORDS and _SIGNOFF_INLINE.search(before) \
            and not _sentence_after_thanks(before, run, after):
        found.append("sign-off")
    if worded and last in _LABEL_LAST_WORDS and _LABEL.search(before):
        found.append("label")
    elif before[-1:] in "\"'>=:" and (before and name_key(before) or label_key(text, start)) \
            or before.endswith((": ", ":\t")) and ("nam" in before or "navn" in before) \
            and name_key(before):
        found.append("label")  # (round 34A: a YAML key before a plain value, 'first_name: Per')
    elif before[-1:] == "\t" and not after.strip(" \t") and label_cell(before, run):
        # 'Etternavn *<TAB>Rasmussen': the value closes its line ('Fornavn<TAB>Etternavn' is
        # a header row over the values)
        found.append("label")
    if "label" in found and thing_key(text, start):
        found.remove("label")  # round 35F: 'Product Name: Storm', 'Produktnavn: Storm': a thing's
    if "label" not in found and trimmed.endswith(";") and address_field(text, start):
        found.append("label")  # 'Til: Hansen, Ola; Bradshaw, Diane': the next recipient
    if worded and last in _INTRODUCTION_LAST_WORDS and _INTRODUCTION.search(before):
        found.append("introduction")
    elif last in _PRESENTATION_LAST_WORDS and presented(run, before, after):
        found.append("introduction")  # round 30D: 'Hei, det er Dag.', 'Dette er Else som skriver'
    elif trimmed[-1:] in ",.!\n>" or not opening:
        if introduced_after(after):  # 'Hi team, Brooke from Finance here.'
            found.append("introduction")
        elif after[:1] == " " and listed_first(run) and affiliated_after(after, 0):
            # (the list first: most runs reaching here are unknown words opening a sentence)
            # round 30A: 'Maja i kundeservice har sett på saken', 'Sine på kundtjänst svarar':
            # a first name opening its clause before the department its bearer works in
            found.append("department after")
    if after[:2] == ", " and _PRONOUN_AFTER.match(after):
        # round 36E: 'Please send it to Rose Lane, she handles our accounts': a personal
        # pronoun taking up the run as its verb's subject names a person (not a place's 'it',
        # nor reported speech, 'I live on Rose Lane, she said'; round 37C: 'hun'/'hon'/'hän')
        found.append("pronoun after")
    if before.endswith("@") and (len(before) == 1 or not before[-2].strip()):
        found.append("mention")  # '@Kari Nordmann' in an internal note
    if start - line_start <= 24 and chat_time(text[max(0, line_start - 1):start]):
        if timed_speaker(run, after):
            found.append("chat")  # (not '[17:30] Client: thanks')
    elif (not opening or before.endswith(("]", "] "))) and chat_speaker(text, start, end, before, after):
        found.append("chat")  # '[chat] Kari: hei', 'Kari 10:32: hei' (a tag or the line's start
        # before it, as chat_speaker's own first tests ask: most runs stand mid-line)
    elif named_speaker(before, after) and (listed_first(run)
                                           or timed_named_speaker(run, before, after)):
        found.append("chat")  # round 31A: '[10:02] Agent Katie: Hi!', 'Kunde (Søs): hej';
        # round 37F: after a chat line's time an unlisted name too, as with no role word
    if (lead := after[:4].lstrip()[:1]) in _HEADER_OPENINGS and (lead or after.strip()) \
            and _AFTER_HEADER.match(after) and not pronoun(run):
        found.append("header")  # ('' too: a longer run of spaces before text; not the line's
        # end, where no tail follows: most names closing their line, a signature's)
    bounded = start - line_start <= BEFORE_CHARS
    alone = bounded and not opening and _name_closes_line(after)
    if alone and (signature_above(text, line_start)
                  or run.lower() in gazetteers.common_first_names()
                  and closes_message(text, line_start, line_end)):
        found.append("signature")
    # (the line's opening first: a space before the run, most runs, is one of SLASH_SIGNS)
    if bounded and before[-1:] in SLASH_SIGNS and opening in _SLASHES \
            and slash_signed(before, run) and _name_closes_line(after):
        found.append("sign-off")  # 'Tack för hjälpen!\n/Hans', '- Kari' closing a message
    if alone and "label" not in found and (label_above(text, line_start)
                                           or block_label_above(text, line_start, line_end)):
        found.append("label")
    if worded and last in _ROLE_LAST_WORDS and _role_before(before, last) and "label" not in found:
        found.append("role")
        if _honorific(before):
            found.append("honorific")
    elif worded and last in _LINK_LAST_WORDS and _LINK.search(before):
        found.append("link")
    elif trimmed.endswith("(") and after[:1] == ")" and "label" not in found \
            and _relative_in_parentheses(trimmed[:-1].rstrip(), run):
        found.append("role")  # round 35D: 'snakket m/ datteren (Erna)', 'pratade m. maken (Pierre)'
    if trimmed[-1:] in ",:" and trimmed[-5:-1] in ("name", "navn", "namn") \
            and "label" not in found and _KIN_NAME_BEFORE.search(trimmed):
        found.append("label")  # round 37C: 'the account is in my father's name, Reece Phillips';
        # round 37F: a label, as 'Name:' is, so two unlisted words after it are the name too
    if bounded and list_row_after(after) and list_row(text, line_start, line_end, start, end, before):
        found.append("list")
    if "header" not in found and after[1:2] in SPEECH_INITIALS and after[:1] == " " \
            and speaks_before_verb(run, after, last):  # (not 'Kundeservice i Lier sa')
        found.append("speaker")
    elif last in QUOTATION_LAST_WORDS and quoted_speaker(run, before, after):
        found.append("speaker")  # '..., sier Hansen.', '«...», sa Kari Berg til avisa'
    return tuple(found)


def _relative_in_parentheses(tail: str, run: str) -> bool:
    """Whether a run set off in parentheses (``tail`` the lower-cased line before the ``(``)
    follows a role or kinship phrase, as a note names the person it means ('talte m/
    datteren (Erna)', 'kunden (Per Olsen)'); a kinship noun that is also another word
    ('mannen', 'mor', 'far': :data:`cue_words.PARENTHESISED_RELATIONS`) only before a listed
    first name."""
    word = last_word(tail)
    if word in _ROLE_LAST_WORDS and _role_phrase_ends(tail, word):
        return True
    return word in PARENTHESISED_RELATIONS and tail.endswith(word) and (
        listed_first(run) or all(listed_first(part) for part in run.split("-")))  # 'Per-Olof'


def _name_closes_line(after: str) -> bool:
    """Whether ``after``, the rest of a run's line, is empty or post-nominal letters only
    ('Sian Murphy MRICS')."""
    return not after.strip(" \t,.") or post_nominals(after)


def _honorific(before: str) -> bool:
    """Whether ``before`` (lower-cased) ends with a form of address ('dear ms. ', 'fru ')."""
    word = last_word(before)
    return word in HONORIFICS or (word in DOTTED_HONORIFICS and before.rstrip().endswith("."))


def _tail(text: str, line_start: int, start: int) -> str:
    """The lower-cased line before ``start``, at most ``BEFORE_CHARS`` of it, cut at a space.

    Every cue is a short phrase right before the run (the patterns end in ``$``), so a long
    line is never scanned whole once per run: that was quadratic in the line's length.
    """
    if start - line_start <= BEFORE_CHARS:
        return text[line_start:start].lower()
    piece = text[start - BEFORE_CHARS:start]
    space = next((i for i, ch in enumerate(piece) if ch.isspace()), -1)
    if space == -1:  # a long token, a link's query or a log's fields ('…&efternamn='): cut
        # where a word ends, so a field's key right before the run is still read (round 33A)
        space = next((i for i, ch in enumerate(piece) if not ch.isalnum() and ch != "_"), -1)
    # keep the space itself, so "(?:^|\s)word$" still sees a word boundary before the cue
    return ("\u0000" + piece[space:] if space != -1 else "\u0000").lower()


def after_role_word(text: str, start: int) -> bool:
    """Whether a role word ('vaktmester', 'kollega', 'snakket med') ends just before ``start``."""
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    if line_start == start:
        return False  # a line's first word (most runs): nothing before it
    before = text[max(line_start, start - 40):start].lower()
    # the regex tries every position of ``before``: most runs fail the last-word test first
    last = last_word(before)
    return last in _ROLE_LAST_WORDS and _role_before(before, last)
