"""The shipped model: present, small, its recorded metrics (load time included) match the card, finds persons."""

import json
import re
from pathlib import Path

import pytest

from pii_scanner.detect.ner import load_ner

MODELS = Path(__file__).resolve().parents[3] / "models"
SHIPPED = MODELS / "nb_pii_ner"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def model():
    loaded = load_ner(SHIPPED)
    assert loaded is not None, "models/nb_pii_ner is missing: run `make model`"
    return loaded


def card_claims() -> dict[str, float]:
    card = (MODELS / "MODEL_CARD.md").read_text(encoding="utf-8")
    line = re.search(r"Recorded PER F1 on NorNE dev: (.+)", card)
    assert line, "MODEL_CARD.md must state the recorded PER F1"
    return {k: float(v) for k, v in re.findall(r"(nob|nno|combined) ([0-9.]+)", line.group(1))}


def test_recorded_metrics_are_present_and_at_least_what_the_card_states():
    metrics = json.loads((MODELS / "METRICS.json").read_text(encoding="utf-8"))
    claims = card_claims()
    assert set(claims) == {"nob", "nno", "combined"}
    for variant, claimed in claims.items():
        scores = metrics["per"][variant]
        assert {"precision", "recall", "f1"} <= set(scores)
        assert scores["f1"] >= claimed
    meta = json.loads((SHIPPED / "meta.json").read_text(encoding="utf-8"))
    assert meta["performance_norne_dev_per"] == metrics["per"]


def test_model_is_small_and_its_recorded_load_time_is_under_the_target():
    """Size on disk and the load time the recipe measured and recorded (METRICS.json), both
    against the issue's targets (<= 50 MB, < 2 s). The load is not timed here: a test's wall
    clock on a shared CI box says more about the box than the model (the live figure is
    ``benchmarks/detect_throughput.py``'s start-up line)."""
    size = sum(p.stat().st_size for p in SHIPPED.rglob("*") if p.is_file())
    assert size <= 50 * 1024 * 1024
    metrics = json.loads((MODELS / "METRICS.json").read_text(encoding="utf-8"))
    assert metrics["size_bytes"] <= 50 * 1024 * 1024
    assert 0 < metrics["load_seconds"] < 2.0
    assert load_ner(SHIPPED) is not None


HELPDESK = [
    ("Hei Kari,\n\nTakk for svaret. Pakken kom i dag.\n\nMed vennlig hilsen\nOla Nordmann", ["Kari", "Ola Nordmann"]),
    ("Fra: Ingrid Solberg <ingrid.solberg@example.com>\nEmne: Faktura\n\nHei, fakturaen er feil.", ["Ingrid Solberg"]),
    ("Jeg har snakket med Lars Johansen i dag, og han ringer deg i morgen.", ["Lars Johansen"]),
    ("hei\n\npassordet mitt virker ikke.\n\nmvh\nkari hansen", ["kari hansen"]),
]


@pytest.mark.parametrize("text,names", HELPDESK)
def test_finds_persons_in_helpdesk_text(model, text, names):
    (spans,) = model.person_spans([text])
    found = [text[s:e] for s, e, _ in spans]
    for name in names:
        assert any(name in f or f in name for f in found), (found, name)
    # nothing outside the names is tagged as a person
    assert all(any(f in name for name in names) for f in found), found


def test_regions_only_run_finds_the_same_helpdesk_names(model):
    texts = [text for text, _ in HELPDESK]
    assert model.person_spans_in_regions(texts) == model.person_spans(texts)
