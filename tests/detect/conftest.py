"""Shared fixtures for detection tests: one detector per session (model loaded once)."""

from __future__ import annotations

import pytest

from pii_scanner.detect.engine import build_detector
from pii_scanner.detect.options import DetectOptions


@pytest.fixture(scope="session")
def detector():
    """The default detector without the NER model (fast, deterministic)."""
    return build_detector(DetectOptions(use_ner=False))


@pytest.fixture(scope="session")
def found(detector):
    """``found(text, lang)`` -> list of (entity_type, matched text)."""
    def run(text: str, lang: str | None = "nb"):
        return [(f.entity_type, text[f.start:f.end]) for f in detector.analyze(text, lang)]
    return run


@pytest.fixture(scope="session")
def found_ner():
    """``found`` with the NER model loaded (one model-backed detector per session)."""
    detector = build_detector(DetectOptions(use_ner=True))

    def run(text: str, lang: str | None = "nb"):
        return [(f.entity_type, text[f.start:f.end]) for f in detector.analyze(text, lang)]
    return run
