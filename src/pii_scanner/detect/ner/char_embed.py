"""``pii_scanner.CharMultiHashEmbed.v1``: spaCy's hashed token features plus character bytes.

spaCy ships the two embeddings apart: ``MultiHashEmbed`` (hashed NORM/PREFIX/SUFFIX/SHAPE/TAG,
which carries our gazetteer feature in ``TAG``) and ``CharacterEmbed`` (the first and last
``nC / 2`` UTF-8 bytes of a word, each embedded, plus one hashed attribute). This architecture
concatenates both, so an unseen name still shows its spelling (``-sen``, ``-ić``, ``Ø``) next to
the gazetteer's verdict, and mixes them with one Maxout + layer norm, as each of spaCy's does.
The hashed part uses the same seeds as ``MultiHashEmbed.v2``.

Registered when :mod:`pii_scanner.detect.ner` is imported (the model loader and the recipe do).
"""

from __future__ import annotations

from spacy.attrs import intify_attr
from spacy.ml import _character_embed
from spacy.ml.featureextractor import FeatureExtractor
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, chain, concatenate, list2ragged, ragged2list, with_array

ARCHITECTURE = "pii_scanner.CharMultiHashEmbed.v1"


@registry.architectures(ARCHITECTURE)
def char_multi_hash_embed(width: int, attrs: list[str], rows: list[int], nM: int, nC: int):
    """Hashed ``attrs`` (``rows`` per table, ``width`` wide each) + ``nC`` character bytes
    embedded ``nM`` wide, mixed to ``width``. ``Model[List[Doc], List[Floats2d]]``."""
    if len(rows) != len(attrs):
        raise ValueError(f"{len(attrs)} attrs but {len(rows)} row counts")
    columns = [intify_attr(attr) for attr in attrs]
    if any(column is None for column in columns):
        raise ValueError(f"unknown attribute in {attrs}")
    tables = [HashEmbed(width, rows[i], column=i, seed=8 + i, dropout=0.0) for i in range(len(attrs))]
    hashed = chain(FeatureExtractor(columns), list2ragged(), with_array(concatenate(*tables)))
    chars = chain(_character_embed.CharacterEmbed(nM=nM, nC=nC), list2ragged())
    mix = with_array(Maxout(width, width * len(attrs) + nM * nC, nP=3, dropout=0.0, normalize=True))
    return chain(concatenate(hashed, chars), mix, ragged2list())
