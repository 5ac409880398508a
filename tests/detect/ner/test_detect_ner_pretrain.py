"""The recipe's optional tok2vec pretraining stage (models/recipe/pretrain.py)."""

import json
import sys
from pathlib import Path

import pytest
import spacy
from spacy import util
from spacy.tokens import DocBin
from spacy.training.initialize import init_nlp

RECIPE = Path(__file__).resolve().parents[3] / "models" / "recipe"
DATA = RECIPE.parents[2] / "shared" / "data"
sys.path.insert(0, str(RECIPE))

import pretrain  # noqa: E402
import train  # noqa: E402

needs_data = pytest.mark.skipif(not (DATA / "norne").is_dir(), reason="NorNE data not available")


def _names(tmp_path: Path) -> Path:
    names = tmp_path / "names"
    names.mkdir()
    lists = {"no_first_names.txt": "Kari\nOla\n", "no_surnames.txt": "Berg\nOla\n"}
    for files in pretrain.NAME_FILES.values():
        for filename in files:
            (names / filename).write_text(lists.get(filename, "# empty\n"), encoding="utf-8")
    return names


def _raw_text(tmp_path: Path, texts: list[str]) -> Path:
    nlp = spacy.blank("nb")
    path = tmp_path / "raw.jsonl"
    words = pretrain.write_raw_text((nlp.make_doc(t) for t in texts), path)
    assert words == sum(len(nlp.make_doc(t)) for t in texts if t)
    return path


def test_reader_writes_the_gazetteer_codes_the_model_embeds_as_tag(tmp_path):
    raw = _raw_text(tmp_path, ["Hei kari berg , ring Ola i dag", "Ok", ""])
    read = pretrain.create_named_raw_text(str(raw), str(_names(tmp_path)), min_length=3)
    docs = [eg.reference for eg in read(spacy.blank("nb"))]
    assert len(docs) == 1  # "Ok" is shorter than min_length, the empty text was never written
    tags = {t.text: t.tag_ for t in docs[0]}
    assert tags["kari"] == "NAME_F"
    assert tags["berg"] == "NAME_S"
    assert tags["Ola"] == "NAME_FS"
    assert tags["ring"] == "" and tags["dag"] == ""


def test_training_config_loads_the_pretrained_tok2vec_and_the_plain_config_would_not(tmp_path):
    names = _names(tmp_path)
    raw = _raw_text(tmp_path, [f"Kari Berg ringte {i} ganger i går om saken" for i in range(40)])
    settings = pretrain.PretrainSettings(epochs=1, batch_words=100)
    weights = pretrain.run(RECIPE / "config.cfg", raw, names, tmp_path / "pre", settings, seed=3)
    assert weights.name == pretrain.WEIGHTS and not list((tmp_path / "pre").glob("model*.bin"))

    nlp = spacy.blank("nb")
    db = DocBin(docs=[nlp.make_doc("Kari Berg ringte i går")])
    db.to_disk(tmp_path / "c.spacy")
    overrides = {
        "paths.train": str(tmp_path / "c.spacy"), "paths.dev": str(tmp_path / "c.spacy"),
        "paths.names": str(names), "paths.init_tok2vec": str(weights),
    }
    config_path = tmp_path / "with.cfg"
    pretrain.training_config(RECIPE / "config.cfg", settings).to_disk(config_path)
    for path, loads in ((config_path, True), (RECIPE / "config.cfg", False)):
        config = util.load_config(path, overrides=overrides, interpolate=False)
        trained = init_nlp(util.load_model_from_config(config, auto_fill=True).config)
        assert (trained.get_pipe("tok2vec").model.to_bytes() == weights.read_bytes()) is loads


@needs_data
def test_pretraining_text_is_kept_train_sentences_and_snippets_only(tmp_path):
    raw = tmp_path / "raw.jsonl"
    paths, _ = train.build_corpora(DATA, tmp_path, limit=150, synthetic=12, seed=5, heldout_share=0.1, raw_text=raw)
    lines = raw.read_text(encoding="utf-8").splitlines()
    nlp = spacy.blank("nb")
    raw_texts = [json.loads(line)["text"] for line in lines]
    train_docs = list(DocBin().from_disk(paths["train"]).get_docs(nlp.vocab))
    train_texts = {d.text for d in train_docs}
    heldout = {d.text for d in DocBin().from_disk(paths["heldout"]).get_docs(nlp.vocab)}
    dev = {d.text for d in DocBin().from_disk(paths["dev"]).get_docs(nlp.vocab)}
    assert heldout and dev
    assert set(raw_texts) <= train_texts
    assert not set(raw_texts) & (heldout - train_texts)
    assert not set(raw_texts) & (dev - train_texts)
    # every training sentence (no swap copies in this run) is in the raw text once
    assert len(raw_texts) == len(train_docs)
