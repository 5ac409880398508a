"""The recipe still trains: a few steps on a small slice, end to end (convert, train, evaluate, package)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pii_scanner.detect.ner import load_ner

REPO = Path(__file__).resolve().parents[3]
DATA = REPO.parent / "shared" / "data"
RECIPE = REPO / "models" / "recipe" / "train.py"

pytestmark = pytest.mark.skipif(not (DATA / "norne").is_dir(), reason="NorNE data not available")


@pytest.mark.parametrize("pretrain_epochs", [0, 1])
def test_recipe_trains_a_few_steps_and_packages_a_loadable_model(tmp_path, pretrain_epochs):
    out = tmp_path / "model"
    metrics_path = tmp_path / "METRICS.json"
    cmd = [
        sys.executable, str(RECIPE),
        "--data-dir", str(DATA), "--work", str(tmp_path / "work"), "--output", str(out),
        "--metrics", str(metrics_path), "--limit", "120", "--synthetic", "40",
        "--max-steps", "6", "--eval-frequency", "3", "--pretrain-epochs", str(pretrain_epochs),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]

    metrics = json.loads(metrics_path.read_text())
    for variant in ("nob", "nno", "combined"):
        scores = metrics["per"][variant]
        assert 0.0 <= scores["f1"] <= 1.0
    assert metrics["per"]["combined"]["gold_entities"] > 0
    assert metrics["per"]["combined"]["gold_entities"] == (
        metrics["per"]["nob"]["gold_entities"] + metrics["per"]["nno"]["gold_entities"]
    )
    assert metrics["training"]["overrides"]["training.max_steps"] == 6
    assert metrics["training"]["pretraining"]["epochs"] == pretrain_epochs
    assert (metrics["training"]["pretraining"]["cpu_seconds"] > 0) is bool(pretrain_epochs)

    meta = json.loads((out / "meta.json").read_text())
    assert meta["pipeline"] == ["name_features", "tok2vec", "ner"]
    assert "PER" in meta["labels"]["ner"]
    assert any(source["name"] == "NorNE" for source in meta["sources"])
    assert (out / "common_words.txt").stat().st_size > 0
    # Source texts and derived corpora stay in the work folder, never in the model.
    assert not list(out.rglob("*.spacy"))
    assert not list(out.rglob("*.jsonl")) and not list(out.rglob("tok2vec-pretrained.bin"))

    model = load_ner(out)
    assert model is not None
    assert len(model.person_spans(["Hei Kari,", ""])) == 2
