"""The NLP engine hands NER person spans to PERSON; a fake model stands in for the real one."""

import pytest

from pii_scanner.detect.engine import build_analyzer, NordicDetector
from pii_scanner.detect.options import DetectOptions


class FakeNer:
    """Marks every occurrence of 'Zyxwvu Qwerty' as a person; records what it was shown."""

    def __init__(self):
        self.seen = []

    def person_spans(self, texts):
        self.seen.extend(texts)
        return [[(t.find("Zyxwvu"), t.find("Zyxwvu") + 13, 0.9)] if "Zyxwvu" in t else []
                for t in texts]


def test_ner_spans_reach_person_and_only_candidate_regions_are_read():
    ner = FakeNer()
    detector = NordicDetector(build_analyzer(DetectOptions(), ner=ner), DetectOptions())
    filler = "dette er en lang tekst med små bokstaver og ingen navn i det hele tatt. " * 40
    text = filler + "jeg har snakket med Zyxwvu Qwerty om saken. " + filler
    found = [(f.entity_type, text[f.start:f.end], f.explain().get("ner"))
             for f in detector.analyze(text, "nb")]
    assert ("PERSON", "Zyxwvu Qwerty", 0.9) in found
    assert sum(len(t) for t in ner.seen) < len(text) / 10


@pytest.mark.model
def test_shipped_model_finds_a_name_outside_the_gazetteer():
    from pii_scanner.detect import ner

    model = ner.load_ner()
    if model is None:
        pytest.skip("NER model not installed")
    from pii_scanner.detect.engine import build_detector

    detector = build_detector(DetectOptions(use_ner=True))
    text = "Jeg snakket med Sigvaldi Thorkelsdottir i går om leiekontrakten."
    assert any(f.entity_type == "PERSON" and "Sigvaldi" in text[f.start:f.end]
               for f in detector.analyze(text, "nb"))
