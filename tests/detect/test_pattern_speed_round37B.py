"""Round 37B (speed, same findings): the cheap tests put before a regex call in the pattern
recognizers' scoring answer what the call answered, on generated inputs and near misses."""

from __future__ import annotations

import copy
import random

import pytest

from pii_scanner.detect import context as ctx
from pii_scanner.detect.digit_lines import DigitLines
from pii_scanner.detect.recognizers.boundaries import DATA_FORMS, FIELD_FORMS, KeyForms, field_key
from pii_scanner.detect.recognizers.generic.gps import NordicGpsRecognizer
from pii_scanner.detect.recognizers.generic.phone import NordicPhoneRecognizer

_PIECES = ("(dd/mm/yyyy)", "(mobil)", "(x)", ")", "(", ": ", ":", "=", " ", "  ", "\t", "\n",
           "tlf", "fnr", "kari", "dato", ",", ";", ".", "!", "?", ". ", "41234567", "12",
           '"', "'", '"orgNo": "', "ssn='", "<kunde>", "key=", "a", "Å", "1")


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 24)))


def _window_before(text_lower: str, start: int, end: int, before: int, after: int) -> str:
    """:func:`context.window` as it was before round 37B (the note's search at every span)."""
    if start and text_lower[start - 1] in " \t:=)" and (
            note := ctx._LABEL_NOTE.search(text_lower, max(0, start - 32), start)) is not None:
        before += note.end() - note.start()
    return (text_lower[ctx._after_cut_word(text_lower, max(0, start - before)):start] + "\n"
            + text_lower[end:ctx._before_cut_word(text_lower, min(len(text_lower), end + after))])


def _clause_head_cut_before(head: str):
    cut = None
    for cut in ctx._CLAUSE_END.finditer(head):
        pass
    return cut


@pytest.mark.parametrize("seed", range(40))
def test_window_and_clause_window_as_before(seed):
    rng = random.Random(seed)
    for _ in range(60):
        text = _text(rng).lower()
        for start in range(len(text) + 1):
            end = min(len(text), start + rng.randint(0, 3))
            assert ctx.window(text, start, end, 48, 16) == _window_before(text, start, end, 48, 16)
        head = text[-24:]
        found = _clause_head_cut_before(head)
        if found is not None:  # (a clause's end is found only where one of its marks is)
            assert any(mark in head for mark in ",;.!?")


def test_a_note_before_the_value_still_widens_the_window():
    text = "date of birth (dd/mm/yyyy):  1"
    assert ctx.window(text, 29, 30, 16, 0) == _window_before(text, 29, 30, 16, 0)
    assert ctx.window(text, 29, 30, 16, 0).startswith("date of birth")
    # the note five characters back (') :  '), and one six back that never counted
    assert ctx.window("fødselsdato (ddmmåå) :  1", 24, 25, 12, 0).startswith("fødselsdato")
    assert ctx.window("x (a) b: 1", 9, 10, 4, 0) == _window_before("x (a) b: 1", 9, 10, 4, 0)


def _unquoted(forms: KeyForms) -> KeyForms:
    """``forms`` without the quote test: its pattern searched wherever a mark stands."""
    bare = copy.copy(forms)
    object.__setattr__(bare, "quoted", False)
    return bare


def test_only_the_forms_that_all_hold_a_quote_skip_the_search():
    assert FIELD_FORMS.quoted
    assert not DATA_FORMS.quoted and not KeyForms(bare=True).quoted
    assert not KeyForms(yaml=True).quoted and not KeyForms(xml=True).quoted


@pytest.mark.parametrize("forms", [FIELD_FORMS, KeyForms(json=False, quoted_yaml=True), DATA_FORMS,
                                   KeyForms(bare=True)])
def test_field_key_as_with_the_search_everywhere(forms):
    rng = random.Random(37)
    unquoted = _unquoted(forms)
    for _ in range(3000):
        text = _text(rng) + "41234567"
        for start in range(1, len(text)):
            assert field_key(text, start, forms) == field_key(text, start, unquoted), (text, start)


def test_keys_are_still_read():
    assert field_key('{"orgNo": "946206091"}', 11) == "orgNo"
    assert field_key('<a ssn="12058695082">', 8) == "ssn"
    assert field_key("Telefon: 41234567", 9) is None  # (no quote: a plain label, no key)
    assert field_key("x:\n  orgNo: '946206091'", 13, DATA_FORMS) == "orgNo"


def _decimal_pair():
    return next(spec for spec in NordicGpsRecognizer.PATTERNS if spec.name == "decimal pair")


@pytest.mark.parametrize("text", [
    "Latitude: 59.91391\nLongitude: 10.75225",
    "Posisjon:\n59.91391,\n\n10.75225 (kart)",
    '{"lat": 59.91391,\n "lng": 10.75225}',
    "gps 59.91391 10.75225\nneste linje 12",
    "ikke 59.913 og 10.75 her\n59.9 10.7",
])
def test_a_decimal_pair_over_lines_is_found_on_its_digit_lines(text):
    spec = _decimal_pair()
    pattern = spec.compiled()
    whole = [m.span() for m in pattern.finditer(text)]
    gated = [m.span() for pos, end in DigitLines(text).ranges(spec.line_digits, spec.run_digits)
             for m in pattern.finditer(text, pos, end)]
    assert gated == whole
    if "59.91391" in text:
        assert whole


def test_phone_rejects_a_shape_before_its_label_checks():
    phone = NordicPhoneRecognizer("nb")
    text = "Saken: 2024-01-11 og tlf 41234567"
    lower = text.lower()
    spec = next(s for s in phone.PATTERNS if s.name == "national")
    assert phone.score_span(text, lower, spec, 7, 17) is None  # a date, no phone
    found = phone.score_span(text, lower, spec, 25, 33)
    assert found is not None and found.score > 0.5
