"""Where a name can be: runs of capitalised words, and the regions worth sending to the NER.

One linear regex pass finds runs such as ``Arild Pettersen`` or ``Inga-Lill Rosenberg``
(words joined by single spaces, never across lines). :func:`candidate_regions` turns the
runs that are not plain common words into short, merged windows: the only text the NER
model sees, which keeps detection far faster than tagging every character.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import gazetteers
from pii_scanner.detect import context as ctx
from pii_scanner.detect.common_words import common_words
from pii_scanner.detect.regex_timeout import scan_timeout

# a capital and an apostrophe may open it ('O'Neill', 'D'Souza'); inside it an apostrophe
# comes before a letter ('Kari's'), at its end only as the genitive of a name ending in s, x
# or z ('Hans'', 'Max''): a closing quote is no part of it ("'Berg, Ola Nordmann'")
# so may a surname's prefix before its own capital ('McDonald', 'MacLeod', 'DiCaprio',
# 'LeBlanc', 'VanDyke', 'FitzGerald'): one word, not a run stopping at the inner capital
# round 28A: a double first name written as one word with its inner capital ('AnnaMaria',
# 'LisaMarie', 'KarlJohan', as Swedish signatures write them) is one word too, kept only where
# both parts are listed first names (:func:`_joined_first_names`; 'PowerPoint' is no run)
# (its letters as runs of lower case, each apostrophe between two: the same words as a loop
# over single letters and apostrophes, but the regex module scans a run of one class ~5x faster)
_WORD = (r"(?:\p{Lu}['’]|(?:Ma?c|Fitz|D[aei]|L[ae]|V[ao]n)(?=\p{Lu}\p{Ll}))?\p{Lu}"
         r"['’]?\p{Ll}+(?:['’]\p{Ll}+)*(?:(?<=[sxz])['’])?"
         r"(?:(?<=\p{Ll}\p{Ll})\p{Lu}\p{Ll}{2,})?"
         r"(?:-\p{Lu}?[\p{Ll}]+)*")
_PARTICLE = r"(?:van|von|de|der|den|af|av|la|le|di|da|bin|al)"
_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))
# not inside a word, an address ('x@Example') or a dotted/hyphenated token; an @-mention
# ('@Kari Nordmann', '@' after a space or at the start) is a run
# an initial ('K. Nordmann', 'Jan-Erik O. Larsen') belongs to the run but is no token
_INITIAL = r"\p{Lu}\."
# one or two particles ('af Klinteberg', 'van der Berg') may join two words of a name
# Markdown emphasis with underscores ('_Kari Nordmann_') wraps a run as '*' does; an
# underscore inside a token ('CV_Kari_Nordmann') does not (see joined_names)
# up to three initials ('P. A. Olsen', 'J.R. Berg', 'J. R. R. Tolkien') may open it
_INITIALS = r"(?:" + _INITIAL + r"[ ]?){0,2}" + _INITIAL + r"[ ]"
# (every run opens with a capital, an initial's or a word's: the look-ahead for it rules out a
# lower-case word's start before the initials' and the surname prefixes' alternatives are tried)
RUN = regex.compile(r"(?:(?<![\w.\-])|(?<=(?<![\w.\-])_))(?<!\S@)(?=\p{Lu})(?:" + _INITIALS + r")?"
                    + _WORD + r"(?:[ ](?:(?:" + _PARTICLE + r"[ ]){1,2}|" + _INITIALS + r")?"
                    + _WORD + r"){0,3}(?:(?![\w@])|(?=_(?![\w@])))")
TOKEN = lazy_compile(_WORD)
#: Two to four words in capitals ('KARI NORDMANN', 'ANNE-MARIE BERG'): names in forms and
#: subject lines. Most such runs are shouting or acronyms; the PERSON recognizer keeps only
#: those made of name-list words.
_CAPS_WORD = r"\p{Lu}{2,}(?:-\p{Lu}{2,})*"
CAPS_RUN = regex.compile(r"(?<![\w.\-])(?<!\S@)" + _CAPS_WORD + r"(?:[ ](?:" + _PARTICLE.upper()
                         + r"[ ])?" + _CAPS_WORD + r"){1,3}(?![\w@])")
#: One word in capitals right after a name label, on its line or one of the next two (a passport's
#: 'Etternavn/Surname' over 'HAUGEN', 'Fornavn: KARI'): a person's name label (not a firm's,
#: a user's or a file's: 'Firmanavn', 'Brukernavn'), a second language's label may follow a
#: slash; a dot OCR read after the label at its line's end is no sentence's (``Given names.``
#: over ``ANNA``, round 34F; only where one word at most stands before the label on its line,
#: not a sentence's 'write your last name.': :func:`_card_label`). The PERSON recognizer keeps
#: the word only when it is a listed name (``person._capitals_name``).
LABELLED_CAPS = lazy_compile(r"(?<!\w)(?i:navn|namn|name|nimi|fornavn|etternavn|mellomnavn|fornamn|etternamn|förnamn"
                              r"|efternamn|efternavn|surname|given[ ]names?|first[ ]name|last[ ]name|family[ ]name"
                              r"|etunimi|sukunimi)(?:[ \t]*/[ \t]*[^\n:/]{1,30}?)?[ \t]*(?::|\.(?=[ \t]*\n))?[ \t]*(?:\n[ \t]*){0,2}"
                              r"(" + _CAPS_WORD + r")(?=[ \t]*(?:\n|$)|\t)")
#: Half-width of the window around a run that the NER model sees.
WINDOW = 40
MAX_REGIONS_CHARS = 4000


class Run(NamedTuple):
    """A capitalised run and its tokens' offsets: a named tuple, one per capitalised word or
    run of them (built a few times cheaper than a frozen dataclass)."""

    start: int
    end: int
    tokens: tuple[tuple[int, int], ...]


def runs(text: str) -> list[Run]:
    """Capitalised word runs (and runs of words in capitals), each with its token offsets."""
    joined = _INNER_CAPITAL.search(text) is not None  # (rare: most texts hold no 'AnnaMaria')
    found = _runs(RUN, text, joined)
    caps = _runs(CAPS_RUN, text, joined)
    caps += [Run(m.start(1), m.end(1), ((m.start(1), m.end(1)),)) for m in _labelled_caps(text)]
    return sorted(found + caps, key=lambda r: r.start) if caps else found


#: a word's inner capital after two lower-case letters ('AnnaMaria'; not a surname's prefix:
#: 'McDonald', 'DiCaprio', 'MacLeod', 'FitzGerald', 'VanDyke')
#: (the capital first, then the look-behinds: a tenth of the cost of a scan led by the letters)
_INNER_CAPITAL = lazy_compile(r"(?<=\p{Ll}\p{Ll})(?<!\b(?:Mac|Fitz|Van|Von))\p{Lu}")


def _joined_first_names(word: str) -> bool:
    """Whether a word with an inner capital is two first names written as one ('AnnaMaria',
    'LisaMarie'): listed so (the Swedish list holds 'Annamaria') or each part listed."""
    first = gazetteers.first_names()
    cut = _INNER_CAPITAL.search(word).start()
    key = word.lower()
    return key in first or (key[:cut] in first and key[cut:].partition("-")[0] in first)


def _split_joined(group: str, start: int) -> list[tuple[int, str]]:
    """The pieces of a matched run left when its words with an inner capital that are no
    joined first names are cut out (as before such words were read: 'PowerPoint' no run)."""
    pieces, pos, piece_start, words = [], start, start, []
    for word in group.split(" "):
        if _INNER_CAPITAL.search(word) and not _joined_first_names(word):
            if words:
                pieces.append((piece_start, " ".join(words)))
            words, piece_start = [], pos + len(word) + 1
        else:
            words.append(word)
        pos += len(word) + 1
    if words:
        pieces.append((piece_start, " ".join(words)))
    trimmed = []
    for at, piece in pieces:  # ('Kari van PowerPoint': the particle belonged to the word cut)
        while " " in piece and (piece.rpartition(" ")[2].lower() in _PARTICLES or piece[-1] == "."):
            piece = piece.rpartition(" ")[0]
        while " " in piece and piece.partition(" ")[0] in _PARTICLES:  # ('PowerPoint van Berg')
            at, piece = at + len(piece.partition(" ")[0]) + 1, piece.partition(" ")[2]
        if piece[:1].isupper() and piece[-1] != ".":
            trimmed.append((at, piece))
    return trimmed


def _runs(pattern, text: str, joined: bool) -> list[Run]:
    """The runs of ``pattern``'s matches; ``joined``: whether ``text`` holds a word with an
    inner capital at all (searched once per text, for both patterns)."""
    found = []
    for match in pattern.finditer(text, **scan_timeout(len(text), 5.0)):
        start, end = match.span()
        group = match.group()
        if joined and _INNER_CAPITAL.search(group):
            found += [_run(text, at, at + len(piece), piece)
                      for at, piece in _split_joined(group, start)]
        elif " " not in group and group[-1] != "'":  # one word (most runs): its own token
            found.append(Run(start, end, ((start, end),)))
        else:
            found.append(_run(text, start, end, group))
    return found


def _run(text: str, start: int, end: int, group: str) -> Run:
    """The run of one match of a run pattern, or of a piece of it."""
    if group[-1] == "'" and text[start - 1:start] == "'":
        end, group = end - 1, group[:-1]  # "'Jones'": a closing quote, not a genitive
    if " " not in group:  # one word (most runs): the run is its token
        return Run(start, end, ((start, end),))
    # words joined by single spaces: the capitalised ones are the tokens (a particle
    # such as 'van' or an initial is not), exactly what TOKEN finds in the run
    tokens, pos = [], start
    for word in group.split(" "):
        if word[0].isupper() and word.lower() not in _PARTICLES and word[-1] != ".":
            tokens.append((pos, pos + len(word)))
        pos += len(word) + 1
    return Run(start, end, tuple(tokens))


def windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged line-bounded windows (``WINDOW`` chars each side) around ``spans``."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        start, end = _line_start(text, s, WINDOW), _line_end(text, e, WINDOW)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def candidate_regions(text: str) -> list[tuple[int, int]]:
    """Merged windows around runs that hold at least one non-common word."""
    common = common_words()
    regions: list[tuple[int, int]] = []
    for run in runs(text):
        if all(text[s:e].lower() in common for s, e in run.tokens):
            continue
        start = _line_start(text, run.start, WINDOW)
        end = _line_end(text, run.end, WINDOW)
        if regions and start <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(end, regions[-1][1]))
        else:
            regions.append((start, end))
    return regions


def _line_start(text: str, pos: int, width: int) -> int:
    floor = max(0, pos - width)
    newline = text.rfind("\n", floor, pos)
    if newline != -1:
        return newline + 1
    cuts = [c for c in (text.find(" ", floor, pos), text.find("\t", floor, pos)) if c != -1]
    space = min(cuts) if cuts else -1  # (a TSV row's tab cuts as a space does)
    start = space + 1 if space != -1 and floor > 0 else floor
    return _word_edge(text, start, -1)


def _line_end(text: str, pos: int, width: int) -> int:
    ceiling = min(len(text), pos + width)
    newline = text.find("\n", pos, ceiling)
    if newline != -1:
        return newline
    space = max(text.rfind(" ", pos, ceiling), text.rfind("\t", pos, ceiling))
    end = space if space != -1 and ceiling < len(text) else ceiling
    return _word_edge(text, end, 1)


def labelled_caps(text: str, start: int) -> bool:
    """Whether a name label leads up to the word in capitals at ``start`` (:data:`LABELLED_CAPS`)."""
    return any(m.start(1) == start and _card_label(text, m)
               for m in LABELLED_CAPS.finditer(text, max(0, start - 64), start + 64))


def _card_label(text: str, m) -> bool:
    """Whether a :data:`LABELLED_CAPS` match is a label: with a dot after it, one word at most
    before it on its line (a card's first language: ``Fomam Given names.``)."""
    if not text[m.start():m.start(1)].rstrip(" \t\n").endswith("."):
        return True
    return len(text[ctx.line_start(text, m.start()):m.start()].split()) <= 1


#: what every label of :data:`LABELLED_CAPS` holds: the pattern is tried only around these
_LABEL_PIECES = ("navn", "namn", "name", "nimi")


def _labelled_caps(text: str) -> list:
    """The matches of :data:`LABELLED_CAPS` in ``text``, tried only at the start of a word
    holding a label piece, or of the word before it ('given names'): a few string finds and
    anchored matches instead of a case-insensitive scan of every position."""
    low = text.lower()
    if len(low) != len(text):
        return [m for m in LABELLED_CAPS.finditer(text) if _card_label(text, m)]
    found, seen = [], set()
    for piece in _LABEL_PIECES:
        at = low.find(piece)
        while at != -1:
            start = at
            while start and low[start - 1].isalpha():
                start -= 1
            starts = [start]
            if start > 1 and low[start - 1] == " " and low[start - 2].isalpha():
                before = start - 1
                while before and low[before - 1].isalpha():
                    before -= 1
                starts.append(before)  # 'given names', 'last name'
            for begin in starts:
                m = LABELLED_CAPS.match(text, begin)
                if m is not None and m.start(1) not in seen and _card_label(text, m):
                    seen.add(m.start(1))
                    found.append(m)
            at = low.find(piece, at + len(piece))
    return sorted(found, key=lambda m: m.start(1))


def _word_edge(text: str, pos: int, step: int) -> int:
    """``pos`` moved out of a word it cuts (``Ali|ngsås`` in a TSV row with no space near): the
    model reads a window's cut word as a word of its own, and 'Ali' is a first name."""
    if step < 0:
        while 0 < pos and text[pos - 1].isalnum() and text[pos].isalnum():
            pos -= 1
    else:
        while pos < len(text) and text[pos - 1].isalnum() and text[pos].isalnum():
            pos += 1
    return pos
