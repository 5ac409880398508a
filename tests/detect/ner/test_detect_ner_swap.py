"""Entity-swap augmentation (models/recipe/swap.py): renamed copies keep every other word and tag."""

import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

RECIPE = Path(__file__).resolve().parents[3] / "models" / "recipe"
sys.path.insert(0, str(RECIPE))

import helpdesk  # noqa: E402
import swap  # noqa: E402

NAMES = helpdesk.NameLists(
    first=("Kari", "Ola", "Ingrid", "Sigurd", "Marit"),
    surnames=("Nordmann", "Hansen", "Bakken", "Solberg"),
    nordic_first=("Sven", "Karin", "Mette"),
    nordic_surnames=("Andersson", "Jensen"),
)


def _doc(words: list[str], tags: list[str]) -> Doc:
    return Doc(spacy.blank("nb").vocab, words=words, ents=tags)


def _tags(doc: Doc) -> list[str]:
    return [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]


def _sentence() -> Doc:
    return _doc(
        ["Ifølge", "Jens", "Stoltenberg", "har", "Stortinget", "i", "Oslo", "snakket", "med", "Stoltenberg", "."],
        ["O", "B-PER", "I-PER", "O", "B-ORG", "O", "B-LOC", "O", "O", "B-PER", "O"],
    )


def test_copy_renames_person_spans_and_keeps_everything_else():
    doc = _sentence()
    copy = swap.swap_doc(doc, swap.NameSwapper(NAMES, seed=3))
    assert copy is not None
    pers = [ent for ent in copy.ents if ent.label_ == "PER"]
    assert len(pers) == 2
    assert pers[0].text != "Jens Stoltenberg" and pers[1].text != "Stoltenberg"
    assert len(pers[0]) == 2 and len(pers[1]) == 1  # a full name stays full, a single word stays single
    # every non-person token and tag is where it was, relative to the person spans
    outside = [(t.text, tag) for t, tag in zip(copy, _tags(copy)) if not tag.endswith("PER")]
    original = [(t.text, tag) for t, tag in zip(doc, _tags(doc)) if not tag.endswith("PER")]
    assert outside == original
    assert [(e.text, e.label_) for e in copy.ents if e.label_ != "PER"] == [("Stortinget", "ORG"), ("Oslo", "LOC")]
    assert all(tag in ("B-PER", "I-PER") for t, tag in zip(copy, _tags(copy)) if t.i in range(pers[0].start, pers[0].end))


def test_the_same_original_name_gets_the_same_replacement_within_a_sentence():
    doc = _doc(["Kari", "ringte", "og", "Kari", "kom", "."], ["B-PER", "O", "O", "B-PER", "O", "O"])
    for seed in range(10):
        copy = swap.swap_doc(doc, swap.NameSwapper(NAMES, seed=seed))
        first, second = [ent.text for ent in copy.ents]
        assert first == second


@pytest.mark.parametrize("word", ["Obamas", "Stoltenbergs", "Paulus'"])
def test_a_genitive_stays_a_genitive(word):
    doc = _doc([word, "bil", "."], ["B-PER", "O", "O"])
    for seed in range(10):
        name = swap.swap_doc(doc, swap.NameSwapper(NAMES, seed=seed)).ents[0].text
        assert name.endswith(("s", "'")), name


@pytest.mark.parametrize("word", ["Paulus", "Næss", "Aarnes", "Holmås", "Hansen"])
def test_a_name_ending_in_s_is_not_taken_for_a_genitive(word):
    assert not swap.NameSwapper(NAMES, seed=1).is_genitive(word)


def test_upper_case_names_stay_upper_case():
    doc = _doc(["OLA", "NORDMANN", "vant"], ["B-PER", "I-PER", "O"])
    copy = swap.swap_doc(doc, swap.NameSwapper(NAMES, seed=5))
    assert copy.ents[0].text.isupper()


def test_sentences_without_people_give_no_copy():
    doc = _doc(["Oslo", "vant", "."], ["B-LOC", "O", "O"])
    assert swap.swap_doc(doc, swap.NameSwapper(NAMES, seed=1)) is None


def test_unseen_names_are_outside_the_lists():
    swapper = swap.NameSwapper(NAMES, seed=11, mix=swap.SwapMix(nordic=0.0, pseudo=1.0, foreign=0.0))
    made = {swapper.name(1)[0] for _ in range(50)}
    known = {n.lower() for n in NAMES.first + NAMES.surnames + NAMES.nordic_first + NAMES.nordic_surnames}
    assert len(made) > 5
    assert all(name[0].isupper() and name.isalpha() for name in made)
    assert not {name.lower() for name in made} & known


def test_copies_are_seeded_and_sized_by_share():
    docs = [_sentence() for _ in range(10)] + [_doc(["Oslo", "vant"], ["B-LOC", "O"]) for _ in range(5)]
    copies = swap.swap_copies(docs, NAMES, share=0.5, seed=4)
    assert len(copies) == 5  # half of the ten sentences that hold a person
    again = swap.swap_copies(docs, NAMES, share=0.5, seed=4)
    assert [d.text for d in copies] == [d.text for d in again]
    other = swap.swap_copies(docs, NAMES, share=0.5, seed=5)
    assert [d.text for d in other] != [d.text for d in copies]
    assert swap.swap_copies(docs, NAMES, share=0.0, seed=4) == []
