"""A surname or first name repeated alone elsewhere in a text that names the person in full."""

from __future__ import annotations

import pytest

from pii_scanner.detect.decisions import Candidate
from pii_scanner.detect.name_mentions import RECOGNIZER, mentions

DICTIONARY = frozenset({"strøm", "berg", "strand", "vil", "ha", "svar"})


def _full(text: str, name: str, score: float = 0.9) -> Candidate:
    start = text.rindex(name)
    return Candidate("PERSON", start, start + len(name), score, "PersonRecognizer", ())


def _found(text: str, found: list[Candidate], dictionary=DICTIONARY) -> list[str]:
    return [text[c.start:c.end] for c in mentions(text, found, dictionary)]


def test_a_surname_repeated_alone_is_the_same_person():
    text = "Oyelaran vil ha svar. Vi skrev til Oyelaran i går.\n\nHilsen\nAdebayo Oyelaran"
    got = mentions(text, [_full(text, "Adebayo Oyelaran")], DICTIONARY)
    assert [(text[c.start:c.end], c.entity_type) for c in got] == [("Oyelaran", "PERSON")] * 2
    # the explanation points at the full name by offset, never by its text
    assert all("Oyelaran" not in repr(c.explanation) for c in got)
    assert all(c.recognizer == RECOGNIZER for c in got)


def test_a_genitive_mention_is_found_as_its_name():
    text = "Det gjelder Oyelarans leilighet.\nMvh Adebayo Oyelaran"
    assert _found(text, [_full(text, "Adebayo Oyelaran")]) == ["Oyelaran"]


@pytest.mark.parametrize("text, name", [
    ("Strøm a konto kr 200\nFaktura til: Astrid Strøm", "Astrid Strøm"),      # a word too
    ("Oyelaran AS sendte faktura.\nMvh Adebayo Oyelaran", "Adebayo Oyelaran"),  # a company
    ("Levering til Oyelarans vei 3.\nMvh Adebayo Oyelaran", "Adebayo Oyelaran"),  # a street
    ("Bergen kommune\nHilsen Kari Bergen", "Kari Bergen"),                       # a postal place
    ("Adresse: Storgata 5, 4739 Oyelaran\nMvh Adebayo Oyelaran", "Adebayo Oyelaran"),  # a place
    ("Address: 883 Oyelaran Port\nRegards, Adebayo Oyelaran", "Adebayo Oyelaran"),  # a street
    ("mvh adebayo oyelaran og oyelaran\nAdebayo Oyelaran", "Adebayo Oyelaran"),  # lower case here
    ("Se oyelaran@example.com.\nMvh Adebayo Oyelaran", "Adebayo Oyelaran"),      # an address
    ("ADEBAYO vil ha svar.\nMvh Adebayo Oyelaran", "Adebayo Oyelaran"),          # capitals only
    ("Kontoret i Sandvik er stengt.\nMvh Erik Sandvik", "Erik Sandvik"),         # a town
    ("Vi har ett kontor i Sandvik.\nHälsningar\nErik Sandvik", "Erik Sandvik"),  # a town (sv)
    ("Our team in Holm will call.\nRegards, Peter Holm", "Peter Holm"),          # a town (en)
    ("Oyelaran & Co ApS\tFakturanr.: 11794\nKunde:\nAdebayo Oyelaran", "Adebayo Oyelaran"),  # a firm
    ("Faktura fra Oyelaran og Sønn AS.\nMvh Adebayo Oyelaran", "Adebayo Oyelaran"),  # a firm
    ("Oyelaran & Søn har svart.\nMvh Adebayo Oyelaran", "Adebayo Oyelaran"),  # heirs, no form
])
def test_no_mention_where_the_word_can_be_something_else(text, name):
    assert _found(text, [_full(text, name)]) == []


def test_a_preposition_of_place_is_a_whole_word():
    """'i'/'in' before the mention makes it a place; the same letters ending a word do not."""
    text = "Ring Sandvik i dag, og send kopi til Sandvik.\nMvh Erik Sandvik"
    assert _found(text, [_full(text, "Erik Sandvik")], frozenset({"dag"})) == ["Sandvik"] * 2
    text = "Spør Sandvik. Kontor i Sandvik. Hei Sandvik.\nMvh Erik Sandvik"
    assert _found(text, [_full(text, "Erik Sandvik")], frozenset({"dag"})) == ["Sandvik"] * 2


def test_only_confident_multi_word_names_are_sources():
    text = "Oyelaran ringte. Oyelaran igjen.\nMvh Adebayo Oyelaran"
    assert _found(text, [_full(text, "Adebayo Oyelaran", score=0.7)]) == []
    assert _found(text, [_full(text, "Oyelaran", score=0.95)]) == []


def test_no_dictionary_no_mentions():
    text = "Oyelaran ringte.\nMvh Adebayo Oyelaran"
    assert _found(text, [_full(text, "Adebayo Oyelaran")], frozenset()) == []


@pytest.mark.model
def test_the_engine_finds_a_mention_chunks_away_from_the_full_name():
    from pii_scanner.detect.engine import CHUNK_CHARS, build_detector

    detector = build_detector()
    if getattr(detector.analyzer.nlp_engine, "ner", None) is None:
        pytest.skip("NER model not installed")
    filler = "Vi har sett på saken og kommer tilbake med mer informasjon senere.\n"
    text = ("Oyelaran har ikke fått svar på fakturaen.\n" + filler * (2 * CHUNK_CHARS // len(filler))
            + "\nMed vennlig hilsen\nAdebayo Oyelaran\nKundeservice")
    found = [(f.entity_type, text[f.start:f.end]) for f in detector.analyze(text, "nb")]
    assert ("PERSON", "Adebayo Oyelaran") in found
    assert found.count(("PERSON", "Oyelaran")) == 1 and found[0] == ("PERSON", "Oyelaran")


def test_a_name_and_a_bare_s_that_make_a_word_are_that_word():
    """'Thi' signed the mail; 'This e-mail may contain ...' in its disclaimer is no mention
    (round 14: a long thread repeats the disclaimer under every quoted message)."""
    text = ("Hei Thi, takk.\n\nMed vennlig hilsen\nThi Hatteland\n\n"
            "This e-mail may contain confidential information.\n")
    assert _found(text, [_full(text, "Thi Hatteland")], frozenset({"may"})) == ["Thi"]
    # a genitive that is no word of its own is still a mention
    text = "Det gjelder Karis leilighet.\nMvh Kari Oyelaran"
    assert _found(text, [_full(text, "Kari Oyelaran")], frozenset({"det"})) == ["Kari"]
