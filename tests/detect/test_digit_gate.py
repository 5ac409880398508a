"""``MIN_DIGITS`` is a true lower bound: skipping texts with fewer digits loses nothing."""

import pytest

from pii_scanner.detect.engine import build_detector
from pii_scanner.detect.options import DetectOptions
from pii_scanner.detect.recognizers.base import NordicRecognizer, digit_count


def _sandbox_texts(n_tickets: int = 150) -> list[str]:
    from pii_scanner_zendesk.sandbox.config import SandboxConfig
    from pii_scanner_zendesk.sandbox.world import World

    world = World(SandboxConfig(tickets=n_tickets, seed=21))
    texts = []
    for tid in range(1, n_tickets + 1):
        ticket = world._ticket(tid)
        if ticket:
            texts += [c.plain_body for c in ticket.comments]
    return texts


def test_digit_count_counts_every_script():
    assert digit_count("fnr 120586 95082") == 11
    assert digit_count("٣٤٥ and 12") == 5  # Arabic-Indic digits are \d too
    assert digit_count("ingen tall her") == 0


def test_gated_recognizers_find_exactly_what_ungated_ones_find(monkeypatch):
    texts = _sandbox_texts() + ["Ring 41234567", "fnr: 120586 95082", "IBAN NO93 8601 1117 947",
                                "Kort 4111 1111 1111 1111", "bor i Storgata 5", "Født 1.2.85"]
    gated = build_detector(DetectOptions(use_ner=False))
    found = [gated.analyze(t, "nb") for t in texts]
    classes = {type(r) for r in gated.analyzer.registry.recognizers
               if isinstance(r, NordicRecognizer) and r.MIN_DIGITS}
    assert len(classes) >= 10
    for cls in classes:
        monkeypatch.setattr(cls, "MIN_DIGITS", 0)
    ungated = build_detector(DetectOptions(use_ner=False))
    assert [ungated.analyze(t, "nb") for t in texts] == found
    assert sum(map(len, found)) > 200


@pytest.mark.parametrize("text", ["Takk for hjelpen!", "Hei, det virker nå. Mvh Kari"])
def test_a_text_without_digits_skips_every_number_recognizer(text):
    detector = build_detector(DetectOptions(use_ner=False))
    language_recs = [r for r in detector.analyzer.registry.recognizers
                     if isinstance(r, NordicRecognizer) and r.MIN_DIGITS and r.supported_language == "nb"]
    for rec in language_recs:
        rec_calls = []
        original = rec.applies_to
        rec.applies_to = lambda lower, _o=original: rec_calls.append(1) or _o(lower)
        try:
            assert rec.analyze(text, [rec.ENTITY]) == [] and not rec_calls
        finally:
            del rec.applies_to
