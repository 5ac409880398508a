"""The subject's copy: masking other people's values in live text (the module's doctests too)."""

from __future__ import annotations

import doctest

from pii_scanner.gdpr import export
from pii_scanner.gdpr.export import mask_others
from pii_scanner.records import Finding


def test_doctests():
    result = doctest.testmod(export)
    assert result.attempted > 0 and result.failed == 0


def _f(entity, text, value, score=0.9):
    start = text.index(value)
    return Finding(entity, start, start + len(value), score, "test")


def test_only_the_subjects_values_stay_and_nested_findings_go_with_their_outer_span():
    text = "Fra: Kari Nordmann <kari@example.no>, kopi Ola Hansen <ola@example.no>, tlf 91234567"
    found = [_f("PERSON", text, "Kari Nordmann"), _f("EMAIL_ADDRESS", text, "kari@example.no"),
             _f("PERSON", text, "Ola Hansen"), _f("EMAIL_ADDRESS", text, "ola@example.no"),
             _f("PHONE_NUMBER", text, "91234567"),
             _f("PERSON", text, "Ola")]  # inside a span already decided
    mine = {"Kari Nordmann", "kari@example.no"}
    out, n = mask_others(text, found, lambda t, v: v in mine)
    assert out == ("Fra: Kari Nordmann <kari@example.no>, kopi [PERSON] <[EMAIL_ADDRESS]>, "
                   "tlf [PHONE_NUMBER]")
    assert n == 3
    # nothing found: the text as it is
    assert mask_others(text, [], lambda t, v: False) == (text, 0)
