"""Number patterns tried only on the lines that hold enough digits find what a scan of the
whole text finds (detect.digit_lines, PatternSpec.line_digits)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pii_scanner.detect.digit_lines import JOIN_GAP, DigitLines, digit_lines
from pii_scanner.detect.engine import build_detector
from pii_scanner.detect.nlp_engine import TextArtifacts
from pii_scanner.detect.options import DetectOptions
from pii_scanner.detect.recognizers.base import NordicRecognizer


def _gated_specs():
    detector = build_detector(DetectOptions(use_ner=False))
    seen = {}
    for rec in detector.analyzer.registry.recognizers:
        if isinstance(rec, NordicRecognizer):
            for spec, pattern in rec._compiled:
                if spec.line_digits:
                    seen.setdefault((rec.name, spec.name), (spec, pattern))
    return seen


GATED = _gated_specs()


def _whole(pattern, text):
    return [m.span() for m in pattern.finditer(text)]


def _gated(pattern, text, spec):
    lines = DigitLines(text)
    return [m.span() for pos, end in lines.ranges(spec.line_digits, spec.run_digits)
            for m in pattern.finditer(text, pos, end)]


def test_the_number_recognizers_declare_their_digits():
    names = {rec for rec, _ in GATED}
    assert {"NoFodselsnummerRecognizer", "NordicPhoneRecognizer", "NoBankAccountRecognizer",
            "NoOrgnrRecognizer", "NordicCreditCardRecognizer", "SePersonnummerRecognizer",
            "DkCprRecognizer"} <= names
    # a pattern that reads across a line break is never gated ('120586\n95082')
    assert ("NoFodselsnummerRecognizer", "6+5 separated") not in GATED


def test_lines_and_their_digits():
    text = "Hei\ntlf 912 34 567\nkonto 1234.56.78903 og 12\n\nslutt 1"
    lines = DigitLines(text)
    first = text.index("tlf")
    second = text.index("konto")
    assert lines.ranges(8) == [(first, second + len("konto 1234.56.78903 og 12"))]
    assert lines.ranges(12) == [(second, second + len("konto 1234.56.78903 og 12"))]
    assert lines.ranges(14) == []
    assert lines.ranges(1)[-1][1] == len(text)  # the last line ends at the text's end


def test_distant_lines_are_separate_parts_and_near_ones_joined():
    prose = "x" * (JOIN_GAP + 10)
    text = f"12345678\n{prose}\n87654321\nab\n11223344"
    parts = DigitLines(text).ranges(8)
    assert len(parts) == 2
    assert text[parts[0][0]:parts[0][1]] == "12345678"
    assert text[parts[1][0]:parts[1][1]] == "87654321\nab\n11223344"


def test_counted_once_per_text_on_the_artifacts():
    text = "tlf 91234567"
    artifacts = TextArtifacts(text, "nb")
    first = digit_lines(text, artifacts)
    assert digit_lines(text, artifacts) is first
    assert digit_lines("annen tekst 1", artifacts) is not first  # another text: counted anew


_ALPHABET = list("0123456789" * 5 + "  --..\n\n\r,:/+()#@&>=?%;_" + "ABCNOMVAabcfnrkt" + "٣")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=160))
def test_gated_scan_equals_whole_scan_on_random_text(text):
    for (rec, name), (spec, pattern) in GATED.items():
        assert _gated(pattern, text, spec) == _whole(pattern, text), (rec, name)


def _ticket_like(rng: random.Random) -> str:
    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    pieces = [f"tlf {digits(3)} {digits(2)} {digits(3)}", f"+47 {digits(8)}", f"fnr:{digits(11)}",
              f"{digits(6)} {digits(5)}", f"konto {digits(4)}.{digits(2)}.{digits(5)}",
              f"NO {digits(3)} {digits(3)} {digits(3)} MVA",
              f"{digits(4)}-{digits(4)}-{digits(4)}-{digits(4)}",
              f"født {digits(2)}.{digits(2)}.19{digits(2)}", f"10.0.{digits(1)}.{digits(2)}",
              f"?fnr={digits(11)}&x=1", "Hei Kari,", "Mvh", "> > ", f"{digits(1)} " * 11,
              f"P<NOR{digits(9)}", f"19{digits(6)}-{digits(4)}", f"{digits(6)}-{digits(3)}A",
              f"ring {digits(7)}", f"+47 {digits(5)}", f"+{digits(1)} {digits(5)}", f"00{digits(6)}",
              f"{digits(6)}\n{digits(5)}",
              f"{digits(2)}.{digits(2)}", f"{digits(4)}-{digits(2)}-{digits(2)}", f"AB{digits(6)}",
              f"{digits(rng.randint(1, 20))}"]
    out = []
    for _ in range(rng.randint(5, 40)):
        out.append(rng.choice(pieces))
        out.append(rng.choice(("\n", "\r\n", " ", ", ", "\n\n", " og ", "\t")))
    return "".join(out)


@pytest.mark.parametrize("seed", range(60))
def test_gated_scan_equals_whole_scan_on_ticket_like_text(seed):
    text = _ticket_like(random.Random(seed))
    for (rec, name), (spec, pattern) in GATED.items():
        assert _gated(pattern, text, spec) == _whole(pattern, text), (rec, name)


def test_findings_are_those_of_the_whole_scan():
    """The engine with the gate finds exactly what it finds without it (line_digits off), on
    ticket-like text and on the sandbox helpdesk's comments."""
    from pii_scanner_zendesk.sandbox.config import SandboxConfig
    from pii_scanner_zendesk.sandbox.world import World

    rng = random.Random(5)
    texts = [_ticket_like(rng) for _ in range(30)]
    world = World(SandboxConfig(tickets=80, seed=33))
    for tid in range(1, 81):
        if (ticket := world._ticket(tid)) is not None:
            texts += [comment.plain_body for comment in ticket.comments]
    detector = build_detector(DetectOptions(use_ner=False))
    gated = [detector.analyze(text, "nb") for text in texts]
    specs = [(rec, i, spec) for rec in detector.analyzer.registry.recognizers
             if isinstance(rec, NordicRecognizer) for i, (spec, _) in enumerate(rec._compiled)]
    saved = [(rec, list(rec._compiled)) for rec in {id(r): r for r, _, _ in specs}.values()]
    try:
        for rec, compiled in saved:
            rec._compiled = [(type(spec)(spec.name, spec.regex, spec.score, spec.group, spec.lead),
                              pattern) for spec, pattern in compiled]
        whole = [detector.analyze(text, "nb") for text in texts]
    finally:
        for rec, compiled in saved:
            rec._compiled = compiled
    assert sum(len(f) for f in gated) > 500
    assert gated == whole
