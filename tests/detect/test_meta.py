"""Every recognizer is discovered, has a test file, survives junk; every validator too."""

from __future__ import annotations

import pathlib

import pytest
from stdnum.exceptions import ValidationError

from pii_scanner.detect import registry
from pii_scanner.detect.validators import number_modules

RECOGNIZERS = pathlib.Path(__file__).resolve().parents[2] / "src/pii_scanner/detect/recognizers"
TESTS = pathlib.Path(__file__).parent / "recognizers"
JUNK = ["", " ", "\x00", "0" * 50, "-" * 30, "😀" * 10, "\ud800abc", "<script>", "9" * 11,
        "a@b", "+47", "1.1.1.1.1.1", "°'\"", "\n\t\r", "Æøå ÆØÅ", "12345678901234567890" * 5]


#: modules under recognizers/ that hold no recognizer, only what recognizers share or use
_HELPERS = ("__init__.py", "base.py", "boundaries.py", "person_context.py", "lower_case_names.py")


def _modules() -> set[str]:
    return {str(p.relative_to(RECOGNIZERS).with_suffix("")).replace("/", ".")
            for p in RECOGNIZERS.rglob("*.py")
            if p.name not in _HELPERS}


def test_every_recognizer_module_is_registered_as_entry_point():
    classes = registry.recognizer_classes()
    registered = {c.__module__.removeprefix("pii_scanner.detect.recognizers.") for c in classes.values()}
    assert _modules() <= registered


@pytest.mark.parametrize("module", sorted(_modules()))
def test_every_recognizer_has_a_test_file(module):
    assert (TESTS / f"test_{module.replace('.', '_')}.py").is_file()


@pytest.mark.parametrize("name", sorted(registry.recognizer_classes()))
def test_recognizer_survives_junk(name):
    recognizer = registry.build(registry.recognizer_classes()[name], "nb")
    for junk in JUNK:
        for result in recognizer.analyze(junk, None):
            assert 0 <= result.start < result.end <= len(junk)
            assert 0 < result.score <= 1


@pytest.mark.parametrize("module", list(number_modules()), ids=lambda m: m.__name__)
def test_validator_survives_junk(module):
    for junk in JUNK:
        assert module.is_valid(junk) in (True, False)
        try:
            module.validate(junk)
        except ValidationError:
            pass


def test_every_entry_point_is_documented():
    doc = (RECOGNIZERS.parent / "RECOGNIZERS.md").read_text(encoding="utf-8")
    for name in registry.recognizer_classes():
        assert f"`{name}`" in doc
