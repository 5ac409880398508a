"""Field labels whose diacritics the OCR misread, put back.

Tesseract runs with Norwegian and English models, so ``ä``, ``ö``, ``ø`` and ``å`` in the
labels of Swedish, Danish and Finnish forms come out as another letter (``Syntymåaika``,
``Fedselsdato``, ``Henkilotunnus``, ``Såhköposti``) and the value beside the label loses the
context word the detector needs. A word that is one known label with one or two of its
diacritic letters read as a confusable letter (:data:`CONFUSABLE`) gets the label's letters
back; its length does not change, so word boxes stay valid. A name label with ``rn`` read
as ``m`` (``Eftemamn``) gets its ``rn`` back (:func:`rn_label`; one letter longer, within
its word's box), also as a part of a bilingual label (``Etternavn/Sumame``).

Only positions where the label has a diacritic may differ, and the label is at least
:data:`MIN_LEN` letters long, so an ordinary word never becomes a label (``fedt`` is a Danish
word, not ``født``); a label spelled without diacritics (``fodselsnummer``) is still the label.

Round 32B: a long identity or birth label misread by a letter or two more (``Födebedatum``,
``Perssonummer``, ``Fødselsnumer``) is put back where a label stands, its line's or cell's
first word or a word before its colon (:func:`fix_label_places`): within two edits of a label
of twelve letters or more, one of eight to eleven (the ``regex`` module's fuzzy matching,
diacritics folded), and never when another label or a real word near it (``Personalnummer``,
``Kortnummer``, ``Personnumret``: :data:`NEAR_WORDS`) is as near.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

#: Birth, identity and contact labels in Norwegian (bokmål, nynorsk), Danish, Swedish and
#: Finnish that contain a diacritic letter (the others are not damaged this way).
LABELS = (
    # Norwegian / Danish
    "fødselsdato", "fødselsdag", "fødselsnummer", "fødselsnr", "fødselsår", "fødested",
    "fødestad", "fødselsdatoen", "fødselsnummeret", "bopæl", "bopælsadresse", "kjønn",
    # Swedish
    "födelsedatum", "födelsedag", "födelsenummer", "födelsenr", "födelseår", "födelseort",
    # Finnish
    "syntymäaika", "syntymäpäivä", "syntymäpäivämäärä", "syntymäpaikka", "henkilötunnus",
    "henkilötunnuksen", "henkilötunnukseni", "äidinkieli",
    # not "sähköposti": addresses need no label, and the detector reads the repaired word
    # as a PERSON on phone-style profiles (4 false alarms in 120 generated screenshots)
)
#: Letters OCR confuses with each diacritic letter (one class per row).
CONFUSABLE = ("øöoe06œéèë", "åäaàáã", "æœ")
DIACRITICS = frozenset("øöåäæ")
MIN_LEN = 6
MAX_FIXES = 2


class _Word(Protocol):
    text: str
    bbox: tuple[int, int, int, int]
    line: tuple[int, ...]


W = TypeVar("W", bound=_Word)

_CLASS = {c: row[0] for row in CONFUSABLE for c in row}
_EDGE = re.compile(r"^(\W*)(.*?)(\W*)$", re.S)


def _skeleton(word: str) -> str:
    return "".join(_CLASS.get(c, c) for c in word)


def _index(labels: tuple[str, ...]) -> dict[str, str]:
    return {_skeleton(lab): lab for lab in labels if len(lab) >= MIN_LEN and DIACRITICS & set(lab)}


_BY_SKELETON = _index(LABELS)


def fix_label(word: str) -> str:
    """``word`` with a known label's diacritics put back, or a name label's ``rn`` read as
    ``m`` (:func:`rn_label`), or ``word`` unchanged. A bilingual label written with a slash
    (an identity document's ``Etternavn/Surname``, read ``Etternavn/Sumame``) is mended
    part by part."""
    if "/" in word:
        return "/".join(map(_fix_one, word.split("/")))
    return _fix_one(word)


def _fix_one(word: str) -> str:
    lead, core, trail = _EDGE.match(word).groups()
    low = core.lower()
    label = _BY_SKELETON.get(_skeleton(low)) if len(low) >= MIN_LEN else None
    if label is None and "m" in low and len(low) >= MIN_LEN - 1 and (fixed := rn_label(core)):
        return lead + fixed + trail
    if label is None or label == low:
        return word
    diffs = [i for i, (a, b) in enumerate(zip(low, label)) if a != b]
    if len(diffs) > MAX_FIXES or any(label[i] not in DIACRITICS for i in diffs):
        return word
    chars = list(core)
    for i in diffs:
        chars[i] = label[i].upper() if core[i].isupper() else label[i]
    return lead + "".join(chars) + trail


@functools.cache
def _name_labels() -> frozenset[str]:
    """One-word name labels the detector knows (``cue_words.LABELS``) that hold ``rn``."""
    from pii_scanner.detect.cue_words import LABELS as NAME_LABELS

    return frozenset(lab for lab in NAME_LABELS if "rn" in lab and " " not in lab)


def rn_label(core: str) -> str | None:
    """``core`` with one ``m`` put back as the ``rn`` the engine read it for, when that makes
    a name label (``Eftemamn`` for ``Efternamn``, ``Fomavn``, ``Ettemavn``, ``Sumame``);
    else None. Without its label a surname on a form with its labels above its values is a
    lone capitalised word (a profile's 'Engström' under 'Eftemamn' was missed). Only a word
    that becomes a label exactly is changed; 'Kommune', 'Hammer' stay."""
    low = core.lower()
    labels = _name_labels()
    for i, c in enumerate(low):
        if c == "m" and low[:i] + "rn" + low[i + 1:] in labels:
            return core[:i] + ("RN" if core[i].isupper() and core[i + 1:].isupper() else "rn") + core[i + 1:]
    return None


def join_label(left: str, right: str) -> str | None:
    """A known label the engine cut in two words (small capitals: ``SYNTY MAAIKA``), as one
    word with its diacritics back (``SYNTYMÄAIKA``); None when the two are no label."""
    if not (left.isalpha() and right[:1].isalpha()):
        return None
    joined = fix_label(left + right)
    return joined if joined != left + right or _BY_SKELETON.get(_skeleton(joined.lower())) else None


# ---------------------------------------------------------------- labels two edits away

#: Long identity and birth labels (after their diacritics are folded, :func:`_skeleton`) that
#: the engine misreads by a letter or two beyond a diacritic (``Födebedatum``,
#: ``Perssonummer``, ``Fødselsnumer``): without its label the value beside it (a Swedish
#: personal number, a bare birth date) is no finding. Only these, the labels whose value needs
#: them, are looked for.
FUZZY_LABELS = (
    "personnummer", "födelsedatum", "födelsenummer", "samordningsnummer", "fødselsnummer",
    "fødselsdato", "henkilötunnus", "syntymäaika", "syntymäpäivä", "kontonummer",
)
#: Real words within two edits of a label that are other fields' labels or the label's own
#: inflections: a word nearer to one of these (or as near) than to the label stays as read
#: (an employee's ``Personalnummer`` is no personal number, a ``Kortnummer`` no account).
NEAR_WORDS = (
    "personalnummer", "personnumret", "personnumre", "personnumren", "personnumrene",
    "personnummeret", "fødselsnumre", "fødselsnummeret", "fødselsnumrene", "födelsenumret",
    "födelsedatumet", "födelsedagen", "fødselsdatoen", "fødselsdatoer", "fødselsdag",
    "fødselsdagen", "kortnummer", "kontonumre", "kontonummeret", "kontonumret", "kundenummer",
    "kundnummer", "syntymäaikaa", "syntymäpäivää", "henkilötunnuksen", "henkilötunnukset",
    "personalnumret", "samordningsnumret", "samordningsnumren",
)


def max_edits(label: str) -> int:
    """Edits allowed between a misread word and ``label``: two for a label of twelve letters
    or more, one for eight to eleven, none below (a short word has too many neighbours)."""
    return 2 if len(label) >= 12 else 1 if len(label) >= 8 else 0


@functools.cache
def _fuzzy(skeleton: str, edits: int):
    import regex

    return regex.compile(r"(?b)(?:" + regex.escape(skeleton) + r"){e<=" + str(edits) + "}")


def _edits(word: str, skeleton: str, bound: int) -> int | None:
    """Levenshtein distance between ``word`` and ``skeleton`` when at most ``bound`` (the
    ``regex`` module's fuzzy matching), else None."""
    if abs(len(word) - len(skeleton)) > bound:
        return None
    m = _fuzzy(skeleton, bound).fullmatch(word)
    return sum(m.fuzzy_counts) if m else None


@functools.cache
def _fuzzy_index() -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    labels = tuple((_skeleton(lab), lab) for lab in FUZZY_LABELS)
    near = tuple({_skeleton(w) for w in NEAR_WORDS + LABELS} - {s for s, _ in labels})
    return labels, near


def near_label(word: str) -> str | None:
    """The label (:data:`FUZZY_LABELS`) that ``word`` is a misreading of, within
    :func:`max_edits` of it after folding diacritics, in the word's case; None when it is
    none, when two labels are as near, or when a real word close to the label
    (:data:`NEAR_WORDS`, the diacritic labels) is as near (``Personalnummer`` stays).
    A trailing colon or full stop is kept (``Perssonummer:``)."""
    lead, core, trail = _EDGE.match(word).groups()
    if lead or len(core) < 8 or not core.isalpha():
        return None
    skel = _skeleton(core.lower())
    labels, near = _fuzzy_index()
    found = [(d, lab) for s, lab in labels if (d := _edits(skel, s, max_edits(lab))) is not None]
    if not found:
        return None
    best = min(d for d, _ in found)
    hits = [lab for d, lab in found if d == best]
    label = hits[0]
    if core.lower() == label or len(hits) > 1 or any(_edits(skel, s, best) is not None for s in near):
        return None
    cased = label.upper() if core.isupper() else label.capitalize() if core[0].isupper() else label
    return cased + trail


#: a gap this many of the word before's character widths opens a cell (a form's second column)
CELL_GAP = 2.0


def _opens_cell(words: Sequence[W], i: int) -> bool:
    """Whether ``words[i]`` opens its line, or a cell of it: a gap of :data:`CELL_GAP`
    characters or more after the word before (a form's labels side by side on one line)."""
    if i == 0 or words[i - 1].line != words[i].line:
        return True
    prev, w = words[i - 1], words[i]
    width = (prev.bbox[2] - prev.bbox[0]) / max(len(prev.text), 1)
    return w.bbox[0] - prev.bbox[2] >= CELL_GAP * width


def fix_label_places(words: Sequence[W]) -> list[W]:
    """``words`` with a misread label put back (:func:`near_label`) where a label stands: its
    line's or cell's first word (:func:`_opens_cell`), or a word ending with ``:``. Elsewhere
    a word near a label is prose (``ditt personalnummer``) or a value, and stays as read."""
    out: list[W] = []
    for i, w in enumerate(words):
        if len(w.text) >= 8 and (w.text.endswith(":") or _opens_cell(words, i)) \
                and (label := near_label(w.text)):
            w = replace(w, text=label)
        out.append(w)
    return out
