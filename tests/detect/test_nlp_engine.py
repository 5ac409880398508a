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


class CountingNer(FakeNer):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def person_spans(self, texts):
        self.calls += 1
        return super().person_spans(texts)


def test_a_batch_asks_the_model_once_and_finds_what_single_calls_find():
    texts = [(f"Sak {i}: jeg snakket med Zyxwvu Qwerty om saken, tlf 41234567.", "nb")
             for i in range(5)] + [("Ingen navn her.", "nb"), ("", "nb"),
                                   ("kontakt Zyxwvu Qwerty, fnr 12058695082", "en")]
    batch_ner, single_ner = CountingNer(), CountingNer()
    batched = NordicDetector(build_analyzer(DetectOptions(), ner=batch_ner), DetectOptions())
    single = NordicDetector(build_analyzer(DetectOptions(), ner=single_ner), DetectOptions())
    many = batched.analyze_many(texts)
    one_by_one = [single.analyze(text, lang) for text, lang in texts]
    assert many == one_by_one
    assert batch_ner.calls == 1
    assert single_ner.calls == 6  # every text with a borderline run asks on its own
    assert all(any(f.entity_type == "PERSON" and f.explain().get("ner") == 0.9 for f in found)
               for found in many[:5])


def test_a_long_text_asks_the_model_once_for_all_its_chunks():
    from pii_scanner.detect import engine

    ner = CountingNer()
    detector = NordicDetector(build_analyzer(DetectOptions(), ner=ner), DetectOptions())
    para = "jeg har snakket med Zyxwvu Qwerty om saken. " + "vanlig tekst uten navn. " * 60
    text = para * (3 * engine.CHUNK_CHARS // len(para))
    found = [text[f.start:f.end] for f in detector.analyze(text, "nb") if f.entity_type == "PERSON"]
    assert ner.calls == 1
    assert len(found) == text.count("Zyxwvu Qwerty")


@pytest.fixture(scope="module")
def with_model():
    from pii_scanner.detect.engine import build_detector

    detector = build_detector(DetectOptions(use_ner=True))
    return lambda text, lang: [(f.entity_type, text[f.start:f.end]) for f in detector.analyze(text, lang)]


@pytest.mark.parametrize("label", ["Sähköposti", "Henkilötunnus", "Puhelinnumero", "Osoite",
                                   "Sähköpostiosoite", "Käyttäjätunnus", "Syntymäaika"])
@pytest.mark.parametrize("lang", [None, "fi"])
def test_finnish_form_labels_alone_above_a_value_are_no_names(with_model, label, lang):
    # (a capitalised word alone above an address reads as the name of a contact block, and
    # the model tags some of these labels; OCR of a Finnish profile screen gives such lines)
    assert not any(t == "PERSON" for t, _ in with_model(f"{label}\nkari.virtanen@firma.fi", lang))
    assert ("PERSON", "Matti Virtanen") in with_model("Matti Virtanen\nkari.virtanen@firma.fi", lang)
