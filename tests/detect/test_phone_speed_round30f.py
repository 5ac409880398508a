"""Round 30F: the phone recognizer's cheaper validation gives phonenumbers' own verdicts.

Two shortcuts: a '+47'/'+45' number of eight digits is built without ``phonenumbers.parse``
(as eight national digits in NO and DK already were), and one analysis validates a value
written twice only once (never across analyses). Both are checked against the plain path.
"""

from __future__ import annotations

from unittest import mock

import phonenumbers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pii_scanner.detect.recognizers.generic import phone
from pii_scanner.detect.recognizers.generic.phone import NordicPhoneRecognizer

_RECOGNIZERS = {lang: NordicPhoneRecognizer(lang) for lang in ("nb", "sv", "da", "fi", "en")}

_DIGITS = st.text("0123456789", min_size=1, max_size=4)
_MARK = st.sampled_from(["", "", " ", "-", "(", ")", ") ", " -", "  ", "."])
#: a prefix as candidates open: a country code ('+47', '(+45)', '0047', '%2B47'), a trunk 0
_PREFIX = st.sampled_from(["", "", "+47", "+47 ", "(+47) ", "+45", "+45-", "(+45)", "+4", "+46 ",
                           "+358 ", "+44(0)", "0047 ", "0045", "00", "0", "(0", "%2B47", "+", "("])
_PHONE_LIKE = st.builds(lambda prefix, parts: prefix + "".join(m + d for m, d in parts), _PREFIX,
                        st.lists(st.tuples(_MARK, _DIGITS), min_size=1, max_size=6))


def _parsed(parse, value, region):
    try:
        return parse(value, region)
    except phonenumbers.NumberParseException:
        return None


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PHONE_LIKE, st.sampled_from([None, "NO", "DK", "SE", "FI", "GB"]))
def test_parse_shortcut_equals_phonenumbers_parse(value, region):
    got = _parsed(phone._parse, value, region)
    expected = _parsed(phonenumbers.parse, value, region)
    assert got == expected
    if got is not None:
        assert phonenumbers.is_valid_number(got) == phonenumbers.is_valid_number(expected)
        assert phonenumbers.is_possible_number(got) == phonenumbers.is_possible_number(expected)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_PHONE_LIKE, st.text("0123456789", min_size=6, max_size=13)),
       st.sampled_from(sorted(_RECOGNIZERS)))
def test_verdict_equals_the_plain_phonenumbers_path(value, lang):
    recognizer = _RECOGNIZERS[lang]
    fast = recognizer.validate_result(value)
    token = phone._VERDICTS.set({})  # as inside an analysis: through the memo, twice
    try:
        assert recognizer.validate_result(value) == fast
        assert recognizer.validate_result(value) == fast
    finally:
        phone._VERDICTS.reset(token)
    with mock.patch.object(phone, "_parse", phonenumbers.parse):
        assert recognizer.validate_result(value) == fast


def test_the_shortcut_serves_eight_digits_after_their_own_country_code():
    with mock.patch("phonenumbers.parse", wraps=phonenumbers.parse) as parse:
        for value in ("+47 412 34 567", "(+47) 41 23 45 67", "+4541234567", "+45 22-33-44-55"):
            assert phone._parse(value, None) == phonenumbers.PhoneNumber(
                country_code=int(value.lstrip("(")[1:3]),
                national_number=int("".join(c for c in value.lstrip("(")[3:] if c.isdigit())))
    assert parse.call_count == 0


def test_near_misses_of_the_shortcut_are_parsed():
    """A leading 0 after the code, a trunk '(0)', nine digits, another code, a dot: parsed."""
    for value in ("+47 012 34 567", "+47 (0)412 34 567", "+47 412 34 5678", "+46 412 34 567",
                  "+47 412.34.567", "+4 412 34 567"):
        with mock.patch("phonenumbers.parse", wraps=phonenumbers.parse) as parse:
            assert _parsed(phone._parse, value, None) == _parsed(phonenumbers.parse, value, None)
        assert parse.call_count == 2, value  # (the shortcut's and the reference's)


def _validations(texts):
    recognizer = _RECOGNIZERS["nb"]
    with mock.patch.object(NordicPhoneRecognizer, "_validate", autospec=True,
                           side_effect=NordicPhoneRecognizer._validate) as validate:
        found = [recognizer.analyze(text, ["PHONE_NUMBER"]) for text in texts]
    return validate.call_count, found


def test_one_analysis_validates_a_repeated_number_once():
    text = "Ring meg på 412 34 567.\n\nHilsen Kari\nTlf 412 34 567"
    calls, [found] = _validations([text])
    assert calls == 1
    assert [text[r.start:r.end] for r in found] == ["412 34 567", "412 34 567"]


def test_the_memo_does_not_outlive_its_analysis():
    """Two analyses (the benchmark repeats texts) validate afresh; different numbers in one
    analysis each get their own verdict."""
    calls, found = _validations(["Tlf 412 34 567", "Tlf 412 34 567"])
    assert calls == 2 and all(len(f) == 1 for f in found)
    assert phone._VERDICTS.get() is None
    calls, [found] = _validations(["Tlf 412 34 567, tlf 412 34 568 og tlf 0412 34 567"])
    assert calls == 3
