"""Context terms match Nordic words with their diacritics lost (OCR, plain keyboards)."""

import pytest

from pii_scanner.detect import context as ctx
from pii_scanner.detect.engine import build_detector
from pii_scanner.detect.options import DetectOptions


@pytest.mark.parametrize("term,written", [
    ("fødselsdato", "fodselsdato"), ("födelsedatum", "fodelsedatum"), ("født", "fodt"),
    ("fødselsnummer", "fødselsnummer"), ("personnummer", "personnummer"),
    ("mobilnummer", "mobilnummer"), ("bæreevne", "baereevne"), ("bæreevne", "bäreevne"),
    ("låneavtale", "laneavtale"),
])
def test_a_term_matches_its_plain_spelling(term, written):
    assert ctx.Terms([term]).hits(f"se {written}: ") != ()


@pytest.mark.parametrize("term,written", [
    ("lån", "lan"),           # short terms stay exact: too many plain words look alike
    ("født", "fedt"),
    ("fødselsdato", "fxdselsdato"),
])
def test_no_match_beyond_the_plain_forms(term, written):
    assert ctx.Terms([term]).hits(f"se {written}: ") == ()


@pytest.fixture(scope="module")
def detector():
    return build_detector(DetectOptions(use_ner=False))


@pytest.mark.parametrize("label", ["Fodselsdato", "Fodelsedatum", "Fødselsdato"])
def test_date_of_birth_under_a_label_without_diacritics(detector, label):
    text = f"{label}\n\n21 mars 1970\n\nAdresse"
    found = [(f.entity_type, text[f.start:f.end]) for f in detector.analyze(text, "sv")]
    assert ("DATE_OF_BIRTH", "21 mars 1970") in found


def test_a_date_with_no_birth_word_stays_undetected(detector):
    text = "Fakturadato\n\n21 mars 1970\n"
    assert not [f for f in detector.analyze(text, "nb") if f.entity_type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("written, hit", [("f. 12.03", True), ("f.12.03", True), ("(f.)", True),
                                          ("f.eks. 12.03", False), ("kari@f.no", False)])
def test_an_abbreviation_term_is_not_the_start_of_a_longer_word(written, hit):
    assert bool(ctx.Terms(["f."]).hits(written)) == hit


@pytest.mark.parametrize("text", ["Skriv datoen på formen f.eks. 12.03.1985 i feltet.",
                                  "Sendt fra kari@b.no 12.03.2020"])
def test_no_birth_date_after_an_abbreviation_that_only_starts_like_a_birth_word(detector, text):
    assert not [f for f in detector.analyze(text, "nb") if f.entity_type == "DATE_OF_BIRTH"]
