"""Irregular inflections of context words: the committed table is current, and it is used."""

import pytest

from pii_scanner.detect import context as ctx
from pii_scanner.detect import inflections
from pii_scanner.detect.engine import build_detector
from pii_scanner.detect.options import DetectOptions


def test_committed_table_matches_the_lexicon_for_the_current_context_words():
    pytest.importorskip("spacy_lookups_data", reason="test extra not installed")
    expected = inflections.render(inflections.build(inflections.builtin_terms()))
    assert inflections.TABLE.read_text(encoding="utf-8") == expected, \
        "run: python -m pii_scanner.detect.inflections"


def test_table_holds_the_plurals_prefix_matching_misses():
    forms = inflections.forms()
    assert "fødselsnumrene" in forms["fødselsnummer"]
    assert "konti" in forms["konto"]
    assert all(not f.startswith(word) for word, fs in forms.items() for f in fs)


def test_terms_match_irregular_forms_of_their_words_only():
    terms = ctx.Terms(["fødselsnummer"])
    assert terms.hits("fødselsnumrene til barna: ") == ("fødselsnumrene",)
    assert terms.hits("fodselsnumre: ") == ("fodselsnumre",)  # diacritics lost as well
    assert ctx.Terms(["telefon"]).hits("fødselsnumrene: ") == ()


def test_a_plural_label_gives_the_number_after_it_its_context(monkeypatch):
    """A Swedish personnummer needs a context word; 'personnumrene' is one only through the
    lexicon (it does not start with 'personnummer')."""
    text = "Personnumrene til de to svenske leietakerne: 811218-9876"
    found = build_detector(DetectOptions(use_ner=False)).analyze(text, "nb")
    assert [(f.entity_type, dict(f.explanation)["context"]) for f in found] == \
        [("SE_PERSONNUMMER", ("personnumrene",))]
    monkeypatch.setattr(inflections, "forms", lambda: {})  # prefix matching alone
    assert build_detector(DetectOptions(use_ner=False)).analyze(text, "nb") == []
