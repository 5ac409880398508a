"""The recipe's auxiliary part-of-speech task (``train.py --pos-aux``): NorNE's tags read as
Universal POS, a morphologizer trained beside the NER on the shared tok2vec, and a packaged model
of the same shape as without it."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from pii_scanner.detect.ner import load_ner

REPO = Path(__file__).resolve().parents[3]
DATA = REPO.parent / "shared" / "data"
RECIPE = REPO / "models" / "recipe"

pytestmark = pytest.mark.skipif(not (DATA / "norne").is_dir(), reason="NorNE data not available")


@pytest.fixture(scope="module")
def norne():
    sys.path.insert(0, str(RECIPE))
    try:
        import norne as module
    finally:
        sys.path.remove(str(RECIPE))
    return module


def test_ndt_tags_map_to_universal_pos_with_proper_nouns_apart(norne):
    nlp = spacy.blank("nb")
    docs = norne.read_sourced_docs(DATA / "norne" / "no_bokmaal-ndt-train.conll.gz", nlp.vocab,
                                   limit=300, with_pos=True)
    tokens = [t for _, doc in docs for t in doc]
    assert all(t.pos_ in norne.UD_UPOS for t in tokens)
    persons = [t for t in tokens if t.ent_type_ == "PER"]
    assert persons and sum(t.pos_ == "PROPN" for t in persons) / len(persons) > 0.8
    assert {"NOUN", "VERB", "ADP", "PUNCT"} <= {t.pos_ for t in tokens}
    # without the flag the docs carry no POS: the default recipe's corpora are unchanged
    plain = norne.read_sourced_docs(DATA / "norne" / "no_bokmaal-ndt-train.conll.gz", nlp.vocab,
                                    limit=300)
    assert all(t.pos_ == "" for _, doc in plain for t in doc)
    assert [d.text for _, d in plain] == [d.text for _, d in docs]


def test_coarse_pos_reads_ud_and_ndt_columns(norne):
    ndt = ["1", "Kari", "Kari", "subst", "subst", "prop", "0", "SUBJ", "_", "name=B-PER"]
    assert norne.coarse_pos(ndt) == "PROPN"
    assert norne.coarse_pos(ndt[:5] + ["appell|fem|ub|ent"] + ndt[6:]) == "NOUN"
    assert norne.coarse_pos(["1", "og", "og", "konj", "konj", "_", "0", "_", "_", "_"]) == "CCONJ"
    assert norne.coarse_pos(["1", "Oslo", "Oslo", "PROPN", "_", "_", "0", "_", "_", "_"]) == "PROPN"
    assert norne.coarse_pos(["1", "x", "x", "nytt-merke", "_", "_", "0", "_", "_", "_"]) == "X"


def test_a_few_steps_with_the_auxiliary_task_package_the_ner_alone(tmp_path):
    out, metrics_path = tmp_path / "model", tmp_path / "METRICS.json"
    cmd = [sys.executable, str(RECIPE / "train.py"), "--data-dir", str(DATA),
           "--work", str(tmp_path / "work"), "--output", str(out), "--metrics", str(metrics_path),
           "--card", str(tmp_path / "none.md"), "--limit", "120", "--synthetic", "40",
           "--max-steps", "6", "--eval-frequency", "3", "--pos-aux"]
    (tmp_path / "none.md").write_text("<!-- metrics -->\n<!-- /metrics -->\n")
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    trained = spacy.util.load_config(tmp_path / "work" / "run" / "model-best" / "config.cfg")
    assert "morphologizer" in trained["nlp"]["pipeline"]  # it was trained beside the NER
    meta = json.loads((out / "meta.json").read_text())
    assert meta["pipeline"] == ["name_features", "tok2vec", "ner"]  # and is not shipped
    assert json.loads(metrics_path.read_text())["training"]["pos_aux"] is True
    model = load_ner(out)
    assert model is not None and len(model.person_spans(["Hei Kari,", ""])) == 2
