"""Hostile input: a result or a clear per-record error, never a hang."""

from __future__ import annotations

import io
import json
import os
import random
import time

import pytest

from pii_scanner.detect.contract import run_detect


def test_empty_and_whitespace(detector):
    assert detector.analyze("", "nb") == []
    assert detector.analyze(" \n\t ", None) == []


def test_binary_garbage_and_lone_surrogates(detector):
    garbage = os.urandom(20_000).decode("latin-1")
    detector.analyze(garbage, None)
    text = "Hei \ud800 Kari\udfff, fnr 12058695082 \x00\x01"
    found = {(f.entity_type, text[f.start:f.end]) for f in detector.analyze(text, "nb")}
    assert ("NO_FODSELSNUMMER", "12058695082") in found


def test_100k_digit_string_has_no_findings_and_is_fast(detector):
    digits = "".join(random.Random(1).choice("0123456789") for _ in range(100_000))
    started = time.perf_counter()
    assert detector.analyze(digits, "nb") == []
    assert time.perf_counter() - started < 15


def test_megabyte_of_digits_and_separators_is_linear(detector):
    rng = random.Random(2)
    def blob(n):
        return "".join(rng.choice("0123456789 -.+()/:") for _ in range(n))
    small, large = _seconds(detector, blob(100_000), rounds=2), _seconds(detector, blob(1_000_000))
    assert large < 60
    assert large < small * 25  # 10x the input, well under quadratic growth


def _seconds(detector, text: str, rounds: int = 1) -> float:
    """CPU seconds of this process (best of ``rounds``): other jobs on a busy machine do not
    stretch it, as they stretch wall time, so the growth ratios compare like with like."""
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        detector.analyze(text, "nb")
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.slow
def test_ten_megabytes_of_text(detector):
    text = ("Hei, dette er en lang logg uten noe spesielt. " * 230_000)[:10_000_000]
    started = time.perf_counter()
    detector.analyze(text, "nb")
    assert time.perf_counter() - started < 240


def test_bad_records_get_errors_and_the_run_goes_on(detector):
    lines = [
        "not json",
        json.dumps([1, 2]),
        json.dumps({"id": "n", "text": 42}),
        json.dumps({"id": "x"}),
        json.dumps({"id": "ok", "text": "fnr 12058695082"}),
    ]
    out = io.StringIO()
    failed = run_detect(io.StringIO("\n".join(lines) + "\n"), out, detector)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert failed == 4
    assert [bool(r.get("error")) for r in rows] == [True, True, True, True, False]
    assert rows[-1]["findings"][0]["entity_type"] == "NO_FODSELSNUMMER"
    assert "12058695082" not in out.getvalue().replace(lines[-1], "")


def test_one_endless_line_of_capitalised_words_is_linear(detector):
    """Name cues read a bounded stretch before each word, not the whole line (once quadratic)."""
    rng = random.Random(5)
    words = ["Lorem", "Ipsum", "Dolor", "Amet", "og", "med", "Kari", "vaktmester", "Hilsen"]
    def line(n):
        return " ".join(rng.choice(words) for _ in range(n // 6))
    small, large = _seconds(detector, line(20_000), rounds=2), _seconds(detector, line(200_000))
    assert large < small * 25  # 10x the input, well under quadratic growth
