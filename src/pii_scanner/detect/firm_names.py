"""Firms named after their partners, with no company form after them: a list of three
surnames or more ('Berntsen, Jensen og Knudsen', 'Birch, Williams and Evans') or a name with
'og Sønner' / '& Co.' / 'and Sons' ('Andresen og Sønner', 'Fredriksen & co.').

Such names head letters, payslips, invoices and contracts. Every word of them is a surname,
so the name lists, the cues and the model read each as a person; a run of three listed
surnames or more joined by commas and 'og'/'and', with at most one of them a first name too,
is a firm, as people are not listed by surname alone. (A firm name followed by AS, DA, LLP or a lawyer's word is :mod:`.person_context`'s.)
"""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import gazetteers

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
        # (one of them may be a first name too: 'Tangen, Ruud og Nguyen')
        parts = [p.lower() for w in words for p in w.split("-")]
        return all(p in surnames for p in parts) and sum(p in first for p in parts) <= 1

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
