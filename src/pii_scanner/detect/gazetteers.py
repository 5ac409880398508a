"""Package data the recognizers look up: name lists, postal codes, common words.

Each loader reads its files once per process (``functools.cache``) and returns frozen
sets/mappings; see ``data/ATTRIBUTION.md`` for sources and licenses.
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources
from types import MappingProxyType

_DATA = "pii_scanner.detect.data"


def _fold_table() -> dict[int, str]:
    """Lower-case Latin letters with accents -> their base letter, except the Nordic ones;
    Icelandic 'ð' and 'þ' as they are written in ASCII ('Guðrún' -> 'gudrun', 'Þór' -> 'thor')."""
    table = {ord("ı"): "i", ord("đ"): "d", ord("ŧ"): "t", ord("ŋ"): "n", ord("ł"): "l",
             ord("ð"): "d", ord("þ"): "th"}
    for code in range(0xE0, 0x250):
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if ch not in "åäöøæ" and ch.islower() and base != ch and base.isascii() and base.isalpha():
            table[code] = base
    return table


_FOLD = _fold_table()


def fold(key: str) -> str:
    """``key`` (lower-cased) with accents the name lists may lack taken off: 'sárá' -> 'sara',
    'josé' -> 'jose', 'yılmaz' -> 'yilmaz', 'guðrún' -> 'gudrun'; Nordic letters stay ('åse',
    'bjørn', 'östen').
    The lists hold both forms of a name written with accents."""
    return key if key.isascii() else key.translate(_FOLD)


def _lines(name: str) -> list[str]:
    text = resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def _name_parts(name: str) -> list[str]:
    """The lower-cased parts of the names in list ``name``, a double name's apart ('Anne-Marie'
    -> 'anne', 'marie'): the whole file's words at once, as its lines' words one by one gave
    them (round 32U: ~2x faster, the first-name lists being ~61,000 lines of start-up)."""
    text = resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    return text.replace("-", " ").lower().split()


def _with_folded(names: set[str]) -> frozenset[str]:
    """``names`` and their :func:`fold` forms (an ASCII name is its own)."""
    return frozenset(names | {n.translate(_FOLD) for n in names if not n.isascii()})


@functools.cache
def first_names() -> frozenset[str]:
    """Lower-cased Norwegian, Swedish, Danish and (round 31E) Finnish first names (multi-word
    ones split)."""
    names: set[str] = set()
    for country in ("no", "se", "dk", "fi"):
        names.update(_name_parts(f"{country}_first_names.txt"))
    return _with_folded(names)


@functools.cache
def finnish_first_names() -> frozenset[str]:
    """Lower-cased Finnish first names alone (round 34E: a name's Finnish case endings,
    :mod:`pii_scanner.detect.finnish_cases`)."""
    return frozenset(_name_parts("fi_first_names.txt"))


@functools.cache
def surnames() -> frozenset[str]:
    """Lower-cased Norwegian, Swedish, Danish and (round 31E) Finnish surnames."""
    names: set[str] = set()
    for country in ("no", "se", "dk", "fi"):
        names.update(n.lower() for n in _lines(f"{country}_surnames.txt"))
    return frozenset(names | {fold(n) for n in names})


@functools.cache
def common_first_names() -> frozenset[str]:
    """The Norwegian and Danish first names (curated lists; the Swedish one has a long tail)."""
    names: set[str] = set()
    for country in ("no", "dk"):
        names.update(_name_parts(f"{country}_first_names.txt"))
    return _with_folded(names)


@functools.cache
def postal_codes() -> MappingProxyType:
    """Norwegian postnummer -> lower-cased poststed."""
    pairs = (line.split("\t") for line in _lines("no_postal_codes.tsv"))
    return MappingProxyType({code: place.lower() for code, place in pairs})


@functools.cache
def postal_places() -> frozenset[str]:
    """Lower-cased Norwegian poststed names (for 'Oslo', 'Bodø' after a code)."""
    return frozenset(postal_codes().values())



@functools.cache
def municipalities() -> frozenset[str]:
    """Lower-cased names of Norway's municipalities (round 30A: 'Rana', 'Sigdal', 'Bærum', which
    no postal place is called), the Sámi names too; the file's ``#`` lines are its header."""
    return frozenset(line.lower() for line in _lines("no_municipalities.txt")
                     if not line.startswith("#"))


@functools.cache
def place_names() -> frozenset[str]:
    """Lower-cased Norwegian places: the postal register's places and the municipalities."""
    return postal_places() | municipalities()


@functools.cache
def country_names() -> frozenset[str]:
    """Lower-cased country names (``mali``, ``iran``, ``tyskland``; several words kept whole),
    as :mod:`.country_names` took them from phonenumbers' geocoder data."""
    return frozenset(line for line in _lines("country_names.txt") if not line.startswith("#"))


@functools.cache
def english_word_names() -> frozenset[str]:
    """Lower-cased listed first names that are common English words (``grace``, ``frank``,
    ``mark``), as :mod:`.english_words` took them from spacy-lookups-data (round 32A)."""
    return frozenset(line for line in _lines("en_word_names.txt") if not line.startswith("#"))


@functools.cache
def english_common_words() -> frozenset[str]:
    """Lower-cased frequent English words written mostly in lower case that no name list holds
    (``period``, ``release``), as :mod:`.english_words` took them from spacy-lookups-data
    (round 33F)."""
    return frozenset(line for line in _lines("en_common_words.txt") if not line.startswith("#"))


@functools.cache
def language_names() -> frozenset[str]:
    """Lower-cased one-word language names in English, Danish, Norwegian, Swedish and Finnish
    (``danish``, ``tysk``, ``svenska``), as :mod:`.language_names` took them from iso-codes."""
    return frozenset(line for line in _lines("language_names.txt") if not line.startswith("#"))
