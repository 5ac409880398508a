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


ALL = ("PER", "LOC", "ORG")


def _pools_from(doc_list: list[Doc]) -> swap.SpanPools:
    return swap.SpanPools.from_docs(doc_list, places=("Hamar", "Bø i Telemark", "Os i Østerdalen"))


def _others() -> list[Doc]:
    return [
        _doc(["Han", "bor", "i", "Tromsø", "og", "jobber", "i", "Statoil", "."],
             ["O", "O", "O", "B-LOC", "O", "O", "O", "B-ORG", "O"]),
        _doc(["NRK", "meldte", "fra", "Bergen", "."], ["B-ORG", "O", "O", "B-LOC", "O"]),
        _doc(["Arbeiderpartiet", "vant", "i", "Nordland", "."], ["B-ORG", "O", "O", "B-LOC", "O"]),
    ]


def test_places_and_organisations_get_strings_of_their_own_type():
    pools = _pools_from([_sentence()] + _others())
    loc_pool = {" ".join(p) for p in pools.loc + pools.places}
    org_pool = {" ".join(p) for p in pools.org}
    assert {"Oslo", "Tromsø", "Hamar", "Bø i Telemark"} <= loc_pool and "Statoil" in org_pool
    assert not loc_pool & org_pool
    seen_loc, seen_org = set(), set()
    for seed in range(20):
        copy = swap.swap_doc(_sentence(), swap.NameSwapper(NAMES, seed=seed, pools=pools), ALL)
        labels = [ent.label_ for ent in copy.ents]
        assert labels == ["PER", "ORG", "LOC", "PER"]  # the same slots, the same types
        org, loc = copy.ents[1].text, copy.ents[2].text
        assert org in org_pool and org != "Stortinget"
        assert loc in loc_pool and loc != "Oslo"
        seen_loc.add(loc)
        seen_org.add(org)
        # words outside the entities are untouched
        assert [t.text for t in copy if t.ent_iob_ == "O"] == ["Ifølge", "har", "i", "snakket", "med", "."]
    assert len(seen_loc) > 2 and len(seen_org) > 2
    assert seen_loc & {"Hamar", "Bø i Telemark", "Os i Østerdalen"}  # the place list is drawn from
    assert seen_loc & {"Tromsø", "Bergen", "Nordland"}  # and so are other sentences' LOC strings


def test_a_genitive_place_or_organisation_slot_keeps_a_genitive():
    doc = _doc(["Bergens", "ordfører", "og", "NRKs", "sjef"], ["B-LOC", "O", "O", "B-ORG", "O"])
    pools = _pools_from(_others())
    for seed in range(15):
        copy = swap.swap_doc(doc, swap.NameSwapper(NAMES, seed=seed, pools=pools), ALL)
        assert all(ent.text.endswith(("s", "'")) for ent in copy.ents), [e.text for e in copy.ents]


def test_only_the_requested_labels_are_swapped():
    pools = _pools_from(_others())
    copy = swap.swap_doc(_sentence(), swap.NameSwapper(NAMES, seed=2, pools=pools), ("PER",))
    assert [(e.text, e.label_) for e in copy.ents if e.label_ != "PER"] == [("Stortinget", "ORG"), ("Oslo", "LOC")]
    assert swap.swap_doc(_others()[0], swap.NameSwapper(NAMES, seed=2, pools=pools), ("PER",)) is None
    assert swap.swap_doc(_others()[0], swap.NameSwapper(NAMES, seed=2, pools=pools), ALL) is not None


def test_all_label_copies_also_take_sentences_without_people():
    docs = [_sentence() for _ in range(4)] + _others() * 2  # 4 with a person, 6 with only LOC/ORG
    assert len(swap.swap_copies(docs, NAMES, share=0.5, seed=1)) == 2
    copies = swap.swap_copies(docs, NAMES, share=0.5, seed=1, labels=ALL, places=("Hamar",))
    assert len(copies) == 5
    again = swap.swap_copies(docs, NAMES, share=0.5, seed=1, labels=ALL, places=("Hamar",))
    assert [d.text for d in copies] == [d.text for d in again]


def test_run_e_mix_draws_no_foreign_names_and_fewer_made_up_ones():
    swapper = swap.NameSwapper(NAMES, seed=7, mix=swap.RUN_E_MIX)
    known = {n for n in NAMES.first + NAMES.surnames + NAMES.nordic_first + NAMES.nordic_surnames}
    drawn = [swapper.name(1)[0] for _ in range(400)]
    unknown = sum(1 for name in drawn if name not in known)
    assert 0.04 < unknown / len(drawn) < 0.17  # 10 % made-up, no Faker names
