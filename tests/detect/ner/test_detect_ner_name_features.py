"""The gazetteer feature component shipped inside the model."""

import spacy

from pii_scanner.detect.ner.name_features import FACTORY, NameFeatures


def test_sets_tag_codes_case_insensitively(tmp_path):
    first = tmp_path / "first.txt"
    first.write_text("Kari\nPer\n", encoding="utf-8")
    sur = tmp_path / "sur.txt"
    sur.write_text("Nordmann\nPer\n", encoding="utf-8")
    nlp = spacy.blank("nb")
    pipe = nlp.add_pipe(FACTORY)
    pipe.initialize(first_names=[str(first)], surnames=[str(sur)])
    doc = nlp("hei kari Nordmann og PER bilen")
    assert [t.tag_ for t in doc] == ["", "NAME_F", "NAME_S", "", "NAME_FS", ""]


def test_lists_survive_to_disk_and_back(tmp_path):
    nlp = spacy.blank("nb")
    pipe: NameFeatures = nlp.add_pipe(FACTORY)
    pipe.set_lists(["Ola"], ["Hansen"])
    nlp.to_disk(tmp_path / "m")
    loaded = spacy.load(tmp_path / "m")
    assert [t.tag_ for t in loaded("Ola Hansen")] == ["NAME_F", "NAME_S"]


def test_foreign_lists_give_their_own_codes_only_where_the_nordic_lists_are_silent(tmp_path):
    nlp = spacy.blank("nb")
    pipe: NameFeatures = nlp.add_pipe(FACTORY)
    pipe.set_lists(["Kari"], ["Hansen"], foreign_first=["Kari", "Jamal"], foreign_surnames=["Okafor"])
    doc = nlp("Kari Hansen møtte jamal Okafor i går")
    assert [t.tag_ for t in doc] == ["NAME_F", "NAME_S", "", "XNAME_F", "XNAME_S", "", ""]


def test_foreign_lists_survive_to_disk_and_a_model_without_them_still_loads(tmp_path):
    nlp = spacy.blank("nb")
    pipe: NameFeatures = nlp.add_pipe(FACTORY)
    pipe.set_lists(["Ola"], ["Hansen"], foreign_surnames=["Okafor"])
    nlp.to_disk(tmp_path / "with")
    assert [t.tag_ for t in spacy.load(tmp_path / "with")("Ola Okafor")] == ["NAME_F", "XNAME_S"]
    pipe.set_lists(["Ola"], ["Hansen"])
    nlp.to_disk(tmp_path / "without")
    names = (tmp_path / "without" / FACTORY / "names.json").read_text(encoding="utf-8")
    assert "foreign" not in names  # the shipped model's file shape, unchanged
    assert [t.tag_ for t in spacy.load(tmp_path / "without")("Ola Okafor")] == ["NAME_F", ""]
