"""Round 36A: start-up work cut without changing a single output.

The model is loaded by :func:`pii_scanner.detect.ner.saved_pipeline.load_pipeline`: only the
saved tokenizer is built (not spaCy's default first), and the stored string table is not read.
These tests hold it to ``spacy.load``: the same tokenizer bytes, and the same tokens, token
attributes, tok2vec tensors and entities on a large varied sample.
"""

import hashlib
import random
import sys
from pathlib import Path

import numpy
import pytest
import spacy
from spacy.attrs import IS_SPACE, LOWER, NORM, ORTH, PREFIX, SHAPE, SUFFIX, TAG

from pii_scanner.detect import cue_words
from pii_scanner.detect.ner import load_ner
from pii_scanner.detect.ner.saved_pipeline import SAVED_TOKENIZER, load_pipeline

SHIPPED = Path(__file__).resolve().parents[2] / "models" / "nb_pii_ner"

ODD = ["", " ", "\n\n", "\t x \u00a0 y\u3000z",
       "e-post: ola.nordmann@example.no, https://www.example.com/a?b=c&d=1.",
       "kl. 10.30, f.eks. bl.a. ca. 5 kr. o.l.", "(Kari)", "«Ola»", "\"Per\"", "Per's bil", "12.05.1986",
       "+47 912 34 567", "A/S", "AS-en", "Dr. Hansen", "mvh\nKari", "St.meld. nr. 7", "1.-3. klasse",
       "Hei!!!", "...", "--", "Ærlig talt, Øyvind Åsen?", "O'Brien-Smith", "#123 @kari :-)", "50%/år",
       "kundenr:12345678", "NO-0150", "3,5 mill.", "jan.-mars", "http://x.no/y_(z)"]


def _sample(nlp, n: int = 400, seed: int = 36) -> list[str]:
    """Every tokenizer special case in context, odd strings, and seeded mixes of the model's
    own words (common words, names) with digits and punctuation."""
    rng = random.Random(seed)
    words = sorted((SHIPPED / "common_words.txt").read_text(encoding="utf-8").split())[::7]
    names = sorted(nlp.get_pipe("name_features").first)[::11]
    pieces = words + [name.title() for name in names] + list(nlp.tokenizer.rules)
    marks = [",", ".", ":", "!", "?", "(", ")", "«", "»", "\"", "'", "-", "/", "\n", "\n\n", " - ", ";"]
    texts = [f"Se {rule} her." for rule in sorted(nlp.tokenizer.rules)] + ODD
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 25)):
            kind = rng.random()
            if kind < 0.7:
                parts.append(rng.choice(pieces))
            elif kind < 0.85:
                parts.append(str(rng.randint(0, 10 ** rng.randint(1, 11))))
            else:
                parts.append(rng.choice(marks))
        glued = "".join(p + rng.choice(["", " ", " "]) for p in parts)
        texts.append(" ".join(parts) if rng.random() < 0.5 else glued)
    return texts


def _outputs_digest(nlp, texts: list[str]) -> tuple[str, int]:
    digest = hashlib.sha256()
    entities = 0
    for doc in nlp.pipe(texts, batch_size=64):
        digest.update(repr([(t.idx, t.text, t.whitespace_, t.norm_, t.prefix_, t.suffix_, t.shape_, t.tag_)
                            for t in doc]).encode())
        digest.update(doc.to_array([ORTH, NORM, PREFIX, SUFFIX, SHAPE, TAG, LOWER, IS_SPACE]).tobytes())
        digest.update(repr([(e.start_char, e.end_char, e.label_) for e in doc.ents]).encode())
        digest.update(numpy.ascontiguousarray(doc.tensor).tobytes())
        entities += len(doc.ents)
    return digest.hexdigest(), entities


@pytest.fixture(scope="module")
def both():
    if not (SHIPPED / "meta.json").is_file():
        pytest.skip("NER model not installed")
    return spacy.load(SHIPPED), load_pipeline(SHIPPED)


@pytest.mark.model
def test_the_saved_tokenizer_is_built_once_and_is_byte_identical_to_spacy_load(both):
    spacy_nlp, ours = both
    assert ours.config["nlp"]["tokenizer"]["@tokenizers"] == SAVED_TOKENIZER
    assert spacy_nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "spacy.Tokenizer.v1"
    assert ours.tokenizer.to_bytes(exclude=["vocab"]) == spacy_nlp.tokenizer.to_bytes(exclude=["vocab"])
    assert ours.tokenizer.to_bytes(exclude=["vocab"]) == (SHIPPED / "tokenizer").read_bytes()
    assert len(ours.tokenizer.rules) > 300  # the special cases are there, not an empty tokenizer


@pytest.mark.model
def test_without_the_stored_strings_every_token_tensor_and_entity_is_unchanged(both):
    spacy_nlp, ours = both
    assert len(ours.vocab.strings) < len(spacy_nlp.vocab.strings) // 10  # the table was not read
    texts = _sample(spacy_nlp)
    assert len(texts) > 700
    expected = _outputs_digest(spacy_nlp, texts)
    assert expected[1] > 300  # the sample has entities to compare
    assert _outputs_digest(ours, texts) == expected
    for label in ("PER", "ORG", "LOC", "MISC"):  # labels still read back as strings
        assert label in ours.vocab.strings


@pytest.mark.model
def test_load_ner_takes_the_quick_path_and_finds_the_same_people():
    if not (SHIPPED / "meta.json").is_file():
        pytest.skip("NER model not installed")
    model = load_ner(SHIPPED)
    assert model._nlp.config["nlp"]["tokenizer"]["@tokenizers"] == SAVED_TOKENIZER
    texts = ["Hei Kari,\n\nTakk for svaret.\n\nMed vennlig hilsen\nOla Nordmann",
             "Fra: Ingrid Solberg <ingrid.solberg@example.com>\nEmne: Faktura"]
    slow = spacy.load(SHIPPED)
    expected = [[(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"]
                for doc in slow.pipe(texts)]
    assert [[(s, e) for s, e, _ in spans] for spans in model.person_spans(texts)] == expected
    assert expected == [[(4, 8), (48, 60)], [(5, 19)]]


def test_a_customised_saved_tokenizer_is_the_one_loaded(tmp_path):
    nlp = spacy.blank("nb")
    nlp.tokenizer.add_special_case("ABCD", [{"ORTH": "AB"}, {"ORTH": "CD"}])
    nlp.to_disk(tmp_path / "model")
    loaded = load_pipeline(tmp_path / "model")
    assert [t.text for t in loaded("se ABCD, f.eks. nå")] == ["se", "AB", "CD", ",", "f.eks.", "nå"]
    assert loaded.tokenizer.to_bytes(exclude=["vocab"]) == nlp.tokenizer.to_bytes(exclude=["vocab"])


def test_the_written_out_unicode_spaces_are_exactly_what_isspace_holds():
    every = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())
    assert cue_words.UNICODE_SPACES == every
    assert cue_words.last_word("hilsen\u3000Kari\u2003,\u00a0") == "Kari"
    assert cue_words.last_word("Mvh ,\u2028") == "Mvh"
