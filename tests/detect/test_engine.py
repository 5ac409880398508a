from pii_scanner.detect.base import Detector
from pii_scanner.detect.engine import CHUNK_CHARS, normalise_language


def test_is_a_detector(detector):
    assert isinstance(detector, Detector)


def test_norwegian_number_found_in_any_language(detector):
    text = "Please update, my fødselsnummer is 12058695082"
    for lang in ("en", "sv", "da", "nn", None, "xx-unknown", "de"):
        assert [f.entity_type for f in detector.analyze(text, lang)] == ["NO_FODSELSNUMMER"]


def test_language_hints_normalised():
    assert [normalise_language(x) for x in ("nb-NO", "no", "NN", "sv_SE", None, "de")] == \
        ["nb", "nb", "nn", "sv", "xx", "xx"]


def test_explanations_never_hold_the_value(detector):
    text = ("Hei Kari,\nfnr 12058695082, konto 1254.12.94366, kari.nordmann@example.no, "
            "+47 928 69 429, Storgata 5, 0150 Oslo\nMvh\nOla Nordmann")
    findings = detector.analyze(text, "nb")
    assert len(findings) >= 7
    for f in findings:
        value = text[f.start:f.end]
        assert value not in repr(f.explanation)
        assert f.explain()["recognizer"]


def test_long_texts_are_chunked_without_losing_or_doubling_findings(detector):
    filler = "Dette er en helt vanlig setning uten noe spesielt i seg. "
    text = filler * (CHUNK_CHARS // len(filler)) + "fnr 12058695082 " + filler * 400
    text += "Mvh\nKari Nordmann"
    found = [(f.entity_type, text[f.start:f.end]) for f in detector.analyze(text, "nb")]
    assert found == [("NO_FODSELSNUMMER", "12058695082"), ("PERSON", "Kari Nordmann")]


def test_analyze_many_keeps_order(detector):
    items = [("fnr 12058695082", "nb"), ("", None), ("Mvh\nKari", "nb")]
    out = detector.analyze_many(items)
    assert [[f.entity_type for f in fs] for fs in out] == [["NO_FODSELSNUMMER"], [], ["PERSON"]]
