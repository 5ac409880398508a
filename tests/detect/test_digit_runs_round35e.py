"""Round 35E (speed, same findings): a number pattern whose match holds a run of consecutive
digits is tried only on the lines whose longest digit run is that long
(PatternSpec.run_digits, DigitLines.ranges(min_digits, min_run))."""

from __future__ import annotations

import random

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pii_scanner.detect.digit_lines import DigitLines
from pii_scanner.detect.engine import build_detector
from pii_scanner.detect.options import DetectOptions
from pii_scanner.detect.recognizers.base import NordicRecognizer


def _run_specs():
    detector = build_detector(DetectOptions(use_ner=False))
    seen = {}
    for rec in detector.analyzer.registry.recognizers:
        if isinstance(rec, NordicRecognizer):
            for spec, pattern in rec._compiled:
                if spec.run_digits:
                    seen.setdefault((rec.name, spec.name), (spec, pattern))
    return seen


RUNS = _run_specs()


def test_the_long_runs_are_declared():
    declared = {key: spec.run_digits for key, (spec, _) in RUNS.items()}
    assert declared[("NoFodselsnummerRecognizer", "11 digits")] == 11
    assert declared[("NoBankAccountRecognizer", "11 digits")] == 11
    assert declared[("NoOrgnrRecognizer", "9 digits")] == 9
    assert declared[("SePersonnummerRecognizer", "10 digits")] == 10
    assert declared[("DkCprRecognizer", "6-4")] == 6
    # a run is declared only with the line's digits, and never longer than them
    assert all(spec.line_digits >= spec.run_digits for spec, _ in RUNS.values())
    # patterns whose digits come in short groups declare none ('1 2 0 5 8 6 9 5 0 8 2')
    assert ("NoFodselsnummerRecognizer", "digit by digit") not in RUNS
    assert ("NordicPhoneRecognizer", "national") not in RUNS


def test_a_log_line_holds_many_digits_but_no_long_run():
    log = "2024-01-11 ERROR job 8275367 failed on 10.0.214.18 after 247 ms"
    text = f"Hei Kari,\n{log}\nFødselsnummer: 21059541177\nTelefon: +47 81 59 08 30"
    lines = DigitLines(text)
    log_start = text.index(log)
    fnr_start = text.index("Fødselsnummer")
    fnr_end = text.index("\nTelefon")
    assert lines.ranges(11) == [(log_start, fnr_end)]  # (two lines, joined; the phone's has 10)
    assert lines.ranges(11, 11) == [(fnr_start, fnr_end)]
    assert lines.ranges(11, 7) == [(log_start, fnr_end)]  # the job number's seven digits
    assert lines.ranges(8, 3) == [(log_start, fnr_end)]  # the phone's groups of two: no run of 3
    assert lines.ranges(8, 2) == [(log_start, len(text))]
    assert lines.ranges(11, 12) == []


def test_every_match_holds_its_declared_run():
    rng = random.Random(35)
    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    texts = [f"fnr {digits(11)}, konto {digits(4)}.{digits(2)}.{digits(5)}, org {digits(3)} "
             f"{digits(3)} {digits(3)} MVA, pnr 19{digits(6)}-{digits(4)}, cpr {digits(6)} "
             f"{digits(4)}, kort {digits(4)} {digits(4)} {digits(4)} {digits(4)}, "
             f"født {digits(2)}{digits(2)}{digits(2)}, {digits(rng.randint(5, 20))}"
             for _ in range(200)]
    matched = 0
    for (rec, name), (spec, pattern) in RUNS.items():
        run = regex.compile(r"\d{%d}" % spec.run_digits)
        for text in texts:
            for m in pattern.finditer(text):
                matched += 1
                assert run.search(m.group()) is not None, (rec, name, m.group())
    assert matched > 1000


def _gated(pattern, text, spec):
    lines = DigitLines(text)
    return [m.span() for pos, end in lines.ranges(spec.line_digits, spec.run_digits)
            for m in pattern.finditer(text, pos, end)]


_ALPHABET = list("0123456789" * 6 + "  --..\n\n,:/+()#@&=?;" + "ABNOMVAabfnr" + "٣")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=160))
def test_run_gated_scan_equals_whole_scan(text):
    for (rec, name), (spec, pattern) in RUNS.items():
        assert _gated(pattern, text, spec) == [m.span() for m in pattern.finditer(text)], (rec, name)


@pytest.mark.parametrize("seed", range(20))
def test_run_gated_scan_equals_whole_scan_on_lines_of_groups(seed):
    rng = random.Random(seed)
    groups = ["".join(rng.choice("0123456789") for _ in range(rng.randint(1, 13)))
              for _ in range(60)]
    seps = ("\n", " ", "-", ".", ", ", "+", " 19", "\t", "  ")
    text = "".join(g + rng.choice(seps) for g in groups)
    for (rec, name), (spec, pattern) in RUNS.items():
        assert _gated(pattern, text, spec) == [m.span() for m in pattern.finditer(text)], (rec, name)


def test_iban_shapes_on_one_line_are_read_on_their_digit_lines():
    assert RUNS[("NordicIbanRecognizer", "compact")][0].line_digits == 2
    assert RUNS[("NordicIbanRecognizer", "grouped, country apart")][0].run_digits == 2
    assert ("NordicIbanRecognizer", "grouped") not in RUNS  # (a group may stand on the next line)


def _gps(text):
    detector = build_detector(DetectOptions(use_ner=False))
    return [(f.entity_type, text[f.start:f.end]) for f in detector.analyze(text, "nb")
            if f.entity_type == "GPS_COORDINATES"]


def test_gps_shapes_gated_on_their_marks_still_found():
    assert _gps("Posisjon: 59°54'46.2\"N 10°45'03.5\"E") != []
    assert _gps("Kart: https://www.google.com/maps/@59.9127,10.7461,15z") != []
    assert _gps("Kart: https://www.openstreetmap.org/?mlat=59.9127&mlon=10.7461") != []


def test_gps_gates_are_necessary_marks_only():
    detector = build_detector(DetectOptions(use_ner=False))
    gps = next(r for r in detector.analyzer.registry.recognizers
               if r.name == "NordicGpsRecognizer" and r.supported_language == "nb")
    spec = {s.name: s for s, _ in gps._compiled}
    assert not gps.pattern_applies(spec["dms"], "posisjon 59 54 46 n")  # no degree sign
    assert gps.pattern_applies(spec["dms"], "posisjon 59°54'46\"n")
    assert not gps.pattern_applies(spec["map url"], "kart: 59.9127, 10.7461")  # no link
    assert gps.pattern_applies(spec["map url"], "maps/@59.9127,10.7461")
