"""`train.py --char-bytes N`: the recipe's config with character bytes beside the hashed
features (run J); it builds and trains, and the packaged model takes the fused path."""

import sys
from pathlib import Path

import pytest
import spacy

RECIPE = Path(__file__).resolve().parents[3] / "models" / "recipe"
sys.path.insert(0, str(RECIPE))

import train  # noqa: E402


def test_char_config_keeps_the_hashed_features_and_adds_the_bytes(tmp_path):
    out = train.write_char_config(RECIPE / "config.cfg", 8, tmp_path / "c.cfg")
    base = spacy.util.load_config(RECIPE / "config.cfg", interpolate=False)
    embed = spacy.util.load_config(out, interpolate=False)["components"]["tok2vec"]["model"]["embed"]
    old = base["components"]["tok2vec"]["model"]["embed"]
    assert embed["@architectures"] == "pii_scanner.CharMultiHashEmbed.v1"
    assert (embed["attrs"], embed["rows"], embed["nC"]) == (old["attrs"], old["rows"], 8)
    with pytest.raises(ValueError, match="MultiHashEmbed"):
        train.write_char_config(out, 8, tmp_path / "again.cfg")


@pytest.mark.slow
def test_a_few_steps_with_char_bytes_give_a_model_the_fused_path_computes(tmp_path):
    from pii_scanner.detect.ner import load_ner

    code = train.main(["--limit", "60", "--synthetic", "40", "--max-steps", "4", "--eval-frequency", "2",
                       "--char-bytes", "6", "--work", str(tmp_path / "work"), "--output", str(tmp_path / "m"),
                       "--metrics", str(tmp_path / "METRICS.json"), "--card", str(tmp_path / "CARD.md")])
    assert code in (0, None)
    model = load_ner(tmp_path / "m")
    assert model._fused is not None and model._fused.chars is not None
    assert model._fused.chars.shape[0] == 6
