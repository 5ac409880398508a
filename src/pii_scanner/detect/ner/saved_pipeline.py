"""Loading the saved spaCy pipeline without the work that ``from_disk`` throws away (round 36A).

``spacy.load(path)`` builds the pipeline from its config, then reads every saved part over what
it built. Two of those builds are pure start-up cost for our model (about 0.15 CPU-s of a
~2.3 s start-up between them, measured with callgrind):

* the **tokenizer**: ``spacy.Tokenizer.v1`` builds the language's default tokenizer (compiles
  its prefix/suffix/infix patterns, adds ~750 special cases), and ``Tokenizer.from_disk`` then
  resets every one of those settings and loads the saved ones. :data:`SAVED_TOKENIZER` builds
  an empty tokenizer instead, so only the saved one is built. ``from_bytes`` sets each field
  from the file or to None, flushes the caches and reloads the rules last, so what comes out
  depends only on the file: ``to_bytes()`` is byte-identical to ``spacy.load``'s (tested).
  (``from_disk`` requires that file, with or without this: a pipeline saved without its
  tokenizer does not load either way.)
* the **string store** (``vocab/strings.json``, ~85k strings): spaCy's store maps a string's
  64-bit hash, a fixed function of the string, back to the string. The model reads hashes
  only (token attributes are hashed as each word is first seen, which also adds the string);
  the entity labels are added when the ``ner`` component loads its moves. So the ~85k stored
  strings would only serve reverse look-ups of strings the process never meets. Excluding
  them (``exclude=["strings"]``, a serialisation field of ``Vocab.from_disk``) leaves every
  token, tensor and entity unchanged (tested on the shipped model).
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokenizer import Tokenizer
from spacy.util import registry

SAVED_TOKENIZER = "pii_scanner.SavedTokenizer.v1"


@registry.tokenizers(SAVED_TOKENIZER)
def saved_tokenizer():
    """An empty tokenizer, for a pipeline whose ``from_disk`` loads the saved one over it."""

    def empty_tokenizer(nlp) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return empty_tokenizer


def load_pipeline(path: Path):
    """``spacy.load(path)`` less the default tokenizer build and the stored strings (see
    module doc): the same pipeline, the same outputs."""
    return spacy.load(path, config={"nlp": {"tokenizer": {"@tokenizers": SAVED_TOKENIZER}}},
                      exclude=["strings"])
