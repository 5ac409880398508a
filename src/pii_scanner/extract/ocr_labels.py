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
"""

from __future__ import annotations

import functools
import re

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

