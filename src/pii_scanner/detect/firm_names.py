"""Firms named after their partners, with no company form after them: a list of three
surnames or more ('Berntsen, Jensen og Knudsen', 'Birch, Williams and Evans') or a name with
'og Sønner' / '& Co.' / 'and Sons' ('Andresen og Sønner', 'Fredriksen & co.').

Such names head letters, payslips, invoices and contracts. Every word of them is a surname,
so the name lists, the cues and the model read each as a person; a run of three listed
surnames or more joined by commas and 'og'/'and', with at most one of them a first name too,
is a firm, as people are not listed by surname alone. (A firm name followed by AS, DA, LLP or a lawyer's word is :mod:`.person_context`'s.)

Round 35G: such a list may hold more first names where it opens with a surname that is none
('Myklebust, Lien og Ali': a list of people names them by first name, and 'Berg, Kari og
Ola' fails anyway, 'Ola' being no surname); and two surnames or more joined by hyphens, with
no first name among them, alone in their line or cell, are a firm's name too
('Solberg-Eide', 'Ruud-Arnesen' under 'Organisasjon', a signature's firm line): a person so
named is written with a first name (:func:`partner_pairs`; the person recognizer keeps such a
name under a cue that names a person: a greeting, a name label, a name column). A surname
read without its Nordic letters counts ('Sivertsen, Jorgensen og Lunde').
"""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import gazetteers
from pii_scanner.detect.context import cell_bounds

#: the joining word before a list's last name, or before 'Sønner' / 'Co.'
_JOIN = lazy_compile(r"[ ](?:og|Og|OG|and|And|och|Och|&)[ ](?=\p{Lu}|co(?![\w]))")
_WORD = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?"
#: two names or more before the joining word, joined by commas ('Eliassen, Andersen')
_LIST_BEFORE = lazy_compile(r"(?<![\w\-])(?:" + _WORD + r",[ ]){1,4}" + _WORD + r"$")
_LAST = lazy_compile(_WORD + r"(?![\w\-])")
#: the partners' heirs or associates after the joining word
_HEIRS = lazy_compile(r"(?:Sønner|Sønn|Søn|Sønnar|Söner|Sons|Son|Døtre|Co\.?|co\.?|CO\.?|"
                       r"Partners|Partnere|Associates)(?![\w])")
_ONE_NAME_BEFORE = lazy_compile(r"(?<![\w\-])(?:" + _WORD + r"[ ]){0,2}" + _WORD + r"$")
#: how far before the joining word a list may open
_REACH = 90


def firm_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each firm name in ``text`` of the kinds in the module doc.

    >>> text = "Fra Berntsen, Jensen og Knudsen til Kari, Ola og Per. Hansen & Co. svarte."
    >>> [text[a:b] for a, b in firm_spans(text)]
    ['Berntsen, Jensen og Knudsen', 'Hansen & Co.']
    """
    found: list[tuple[int, int]] = []
    if " og " not in text and " and " not in text and " & " not in text and " och " not in text \
            and " Og " not in text:
        return found
    first, surnames = gazetteers.first_names(), gazetteers.surnames()

    def surnames_only(words: list[str]) -> bool:
        # (one of them may be a first name too: 'Tangen, Ruud og Nguyen'; more where the
        # list opens with one that is none)
        parts = [p.lower() for w in words for p in w.split("-")]
        # (a name twice counts once: 'Aune, Haugland og Aune')
        return all(_surname(p, surnames) for p in parts) and (len(set(parts) & first) <= 1
                                                              or parts[0] not in first)

    for join in _JOIN.finditer(text):
        at, after = join.start(), join.end()
        heirs = _HEIRS.match(text, after)
        if heirs is not None:
            before = _ONE_NAME_BEFORE.search(text, max(0, at - 60), at)
            if before is not None:  # ('Miles and Sons': a first name's heirs are a firm too)
                found.append((before.start(), heirs.end()))
            continue
        last = _LAST.match(text, after)
        before = _LIST_BEFORE.search(text, max(0, at - _REACH), at) if last else None
        if before is None:
            continue
        words = [w.strip() for w in before.group().split(",")] + [last.group()]
        if surnames_only(words):
            found.append((before.start(), last.end()))
    return found


#: two capitalised words or more joined by hyphens ('Solberg-Eide')
_PAIR = lazy_compile(r"(?<![\w\-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+(?![\w\-])")


def partner_pairs(text: str) -> list[tuple[int, int]]:
    r"""``(start, end)`` of each hyphenated name of listed surnames, not all of them listed
    first names too, standing alone in its line or tab-separated cell (see the module doc).

    >>> text = "Organisasjon\nRuud-Arnesen\nKari Ruud-Arnesen\nAnne-Marie\tAune-Berg\nHilsen Moe-Eide"
    >>> [text[a:b] for a, b in partner_pairs(text)]
    ['Ruud-Arnesen', 'Aune-Berg']
    """
    found: list[tuple[int, int]] = []
    if "-" not in text:
        return found
    first, surnames = gazetteers.first_names(), gazetteers.surnames()
    for match in _PAIR.finditer(text):
        start, end = match.span()
        line_start, line_end = cell_bounds(text, start, end)
        if text[line_start:start].strip(" >") or text[end:line_end].strip(" "):
            continue
        parts = match.group().lower().split("-")
        # (one part may be a first name too, 'Aune-Kristensen'; a double first name's parts
        # are all first names: 'Anne-Marie', 'Bjørn-Stein')
        if all(_surname(p, surnames) for p in parts) and not all(p in first for p in parts):
            found.append((start, end))
    return found


def _surname(key: str, surnames: frozenset[str]) -> bool:
    """Whether the lower-cased ``key`` is a listed surname, also with one Nordic letter lost
    (round 35G: 'Jorgensen' as OCR or a keyboard without 'ø' writes 'Jørgensen'; each letter
    put back in turn, no folded copy of the lists built)."""
    if key in surnames:
        return True
    if not key.isascii():
        return False
    for at, ch in enumerate(key):
        for nordic in _NORDIC.get(ch, ()):
            if key[:at] + nordic + key[at + 1:] in surnames:
                return True
    at = key.find("ae")
    while at != -1:
        if key[:at] + "æ" + key[at + 2:] in surnames:
            return True
        at = key.find("ae", at + 1)
    return False


#: the Nordic letters an ASCII letter may stand for
_NORDIC = {"o": ("ø", "ö"), "a": ("å", "ä")}
