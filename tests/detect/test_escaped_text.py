"""JSON-escaped text (``Bj\\u00f8rn``, ``Hilsen\\nKari``) is read decoded, findings land on the
escapes in the source."""

from __future__ import annotations

import json
import random
import time

import pytest
from faker import Faker

from pii_scanner.detect.escapes import decoded_view


def _decodes_to(source: str, value: str) -> bool:
    return json.loads('"' + source + '"') == value


# -- the view ----------------------------------------------------------------------------------

@pytest.mark.parametrize("source, text", [
    (r'{"navn": "Bj\u00f8rn"}', '{"navn": "Bjørn"}'),
    (r'"a": "Hilsen\nKari\tB"', '"a": "Hilsen\nKari\tB"'),
    (r'x \ud83d\ude00 \u00e5', "x 😀 å"),
    (r'lone \ud83d \u00f8', "lone \\ud83d ø"),        # a lone surrogate stays as written
    (r'ctrl \u0001 \u00f8', "ctrl \\u0001 ø"),        # so does a control character
    (r'"p": "C:\\Users\\kari \u00e6"', '"p": "C:\\Users\\kari æ"'),
    (r'q \"sitat\" \/ \u00c5', 'q "sitat" / Å'),
])
def test_the_view_decodes_json_escapes(source, text):
    view = decoded_view(source)
    assert view is not None and view.text == text
    for i in range(len(view.text)):  # every character maps onto itself or its escape
        start, end = view.source_span(i, i + 1)
        piece = source[start:end]
        assert piece == view.text[i] or piece.startswith("\\")
    assert view.source_span(0, len(view.text)) == (0, len(source))


@pytest.mark.parametrize("source", ["plain text", r"C:\new\temp", "", r"a \n b",
                                    'Windows path "C:\\temp" in prose'])
def test_no_view_without_json_escaping(source):
    assert decoded_view(source) is None


def test_a_megabyte_of_escapes_is_linear():
    source = '{"a": "' + r"\u00f8x\n" * 130_000 + '"}'
    started = time.process_time()
    view = decoded_view(source)
    assert view is not None and len(view.text) == len(source) - 130_000 * 6
    assert time.process_time() - started < 10


# -- detection through the view -----------------------------------------------------------------

def _people(count: int, seed: int) -> list[tuple[str, str]]:
    """(first, last) Norwegian names holding a letter json.dumps escapes (æ, ø, å)."""
    fake = Faker("no_NO")
    fake.seed_instance(seed)
    out = []
    while len(out) < count:
        first, last = fake.first_name(), fake.last_name()
        if any(ch in "æøåÆØÅ" for ch in first + last):
            out.append((first, last))
    return out


def test_names_and_emails_with_escaped_letters_are_found_on_the_escapes(found):
    rng = random.Random(3)
    for first, last in _people(12, seed=11):
        email = f"{first.lower()}.{rng.randint(1, 99)}@firma.no"
        source = json.dumps({"customer": {"name": f"{first} {last}", "email": email,
                                          "plan": "Familie"}})
        assert "\\u00" in source
        hits = {kind: text for kind, text in found(source)}
        assert _decodes_to(hits["PERSON"], f"{first} {last}"), source
        assert _decodes_to(hits["EMAIL_ADDRESS"], email), source


def test_a_signature_after_escaped_line_breaks_is_found(detector):
    for first, last in _people(8, seed=5):
        source = json.dumps({"ticket": 4411, "body": f"Hei!\n\nTakk for hjelpen.\n\nHilsen\n{first} {last}"})
        spans = [source[f.start:f.end] for f in detector.analyze(source, "nb")
                 if f.entity_type == "PERSON"]
        assert any(_decodes_to(span, f"{first} {last}") for span in spans), (source, spans)


def test_an_address_across_an_escaped_line_break_is_one_finding(found):
    source = json.dumps({"adresse": "Storgata 12\n0155 Oslo", "fnr": "12058695082"})
    hits = dict(found(source))
    assert _decodes_to(hits["STREET_ADDRESS"], "Storgata 12\n0155 Oslo")
    assert hits["NO_FODSELSNUMMER"] == "12058695082"
