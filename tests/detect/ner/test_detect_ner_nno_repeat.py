"""Nynorsk oversampling (`train.py --nno-repeat`): only kept nynorsk train sentences are repeated,
seeded, and the step budget grows with the corpus."""

import sys
from collections import Counter
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

REPO = Path(__file__).resolve().parents[3]
DATA = REPO.parent / "shared" / "data"
sys.path.insert(0, str(REPO / "models" / "recipe"))

import train  # noqa: E402

needs_data = pytest.mark.skipif(not (DATA / "norne").is_dir(), reason="NorNE data not available")


def _docs(count: int):
    nlp = spacy.blank("nb")
    return [nlp(f"Setning nummer {i} her .") for i in range(count)]


def test_repeat_one_and_a_half_adds_a_seeded_half_once():
    docs = _docs(101)
    extra = train.repeat_docs(docs, 1.5, seed=3)
    assert len(extra) == 50
    assert len({id(d) for d in extra}) == 50  # each picked sentence once more, not three times
    assert all(any(d is o for o in docs) for d in extra)
    assert [d.text for d in train.repeat_docs(docs, 1.5, seed=3)] == [d.text for d in extra]
    assert [d.text for d in train.repeat_docs(docs, 1.5, seed=4)] != [d.text for d in extra]


def test_repeat_whole_and_fractional_parts_and_off():
    docs = _docs(10)
    assert train.repeat_docs(docs, 1.0, seed=1) == []
    counts = Counter(id(d) for d in train.repeat_docs(docs, 2.3, seed=1))
    assert sum(counts.values()) == 13
    assert sorted(Counter(counts.values()).items()) == [(1, 7), (2, 3)]
    with pytest.raises(ValueError):
        train.repeat_docs(docs, 0.5, seed=1)


def test_scaled_steps_follows_growth_and_rounds_down():
    assert train.scaled_steps(3600, 1.0) == 3600
    assert train.scaled_steps(3600, 1.2019) == 4300
    assert train.scaled_steps(3600, 1.5) == 5400


@needs_data
def test_only_kept_nynorsk_sentences_are_repeated(tmp_path):
    plain, growth_off = train.build_corpora(DATA, tmp_path / "a", limit=200, synthetic=10, seed=5, heldout_share=0.1)
    more, growth = train.build_corpora(
        DATA, tmp_path / "b", limit=200, synthetic=10, seed=5, heldout_share=0.1, nno_repeat=1.5
    )
    assert growth_off == 1.0 and growth > 1.0
    vocab = spacy.blank("nb").vocab

    def texts(paths, key):
        return Counter(d.text for d in DocBin().from_disk(paths[key]).get_docs(vocab))

    before, after = texts(plain, "train"), texts(more, "train")
    added = after - before
    assert not before - after
    assert sum(added.values()) > 0
    nno = Counter(d.text for d in train.norne.read_docs(DATA / "norne" / train.NYNORSK_TRAIN, vocab, limit=200))
    assert set(added) <= set(nno)
    heldout = texts(plain, "heldout")
    assert texts(more, "heldout") == heldout and texts(more, "dev") == texts(plain, "dev")
    assert not set(added) & (set(heldout) - set(before))
    words = lambda counter: sum(len(text.split()) * n for text, n in counter.items())  # noqa: E731
    assert growth == pytest.approx(words(after) / words(before), rel=0.05)
