"""The synthetic generator's negatives (`train.py --facts-share`): name-free fact lines are the
only source of LOC/ORG spans, and their share follows the setting."""

import sys
from pathlib import Path

import spacy

RECIPE = Path(__file__).resolve().parents[3] / "models" / "recipe"
sys.path.insert(0, str(RECIPE))

import helpdesk  # noqa: E402

NAMES = helpdesk.NameLists(
    first=("Kari", "Ola", "Ingrid", "Sigurd", "Marit"),
    surnames=("Nordmann", "Hansen", "Bakken", "Solberg"),
    nordic_first=("Sven", "Karin", "Mette"),
    nordic_surnames=("Andersson", "Jensen"),
)


def _labels(facts_share: float, n: int = 300) -> list[str]:
    generator = helpdesk.HelpdeskGenerator(spacy.blank("nb"), NAMES, seed=7, places=("Bergen", "Bodø"),
                                           facts_share=facts_share)
    return [ent.label_ for doc in generator.docs(n) for ent in doc.ents]


def test_no_fact_lines_means_no_place_or_company_spans():
    labels = _labels(0.0)
    assert "PER" in labels
    assert not {"LOC", "ORG"}.intersection(labels)


def test_more_fact_lines_give_more_negatives():
    def negatives(share):
        return sum(label in ("LOC", "ORG") for label in _labels(share))

    assert 0 < negatives(0.1) < negatives(0.3) < negatives(0.9)
