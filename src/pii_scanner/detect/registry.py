"""Recognizer discovery: the ``pii_scanner.recognizers`` entry-point group, built-ins included.

Our own recognizers are registered in ``pyproject.toml`` exactly as a third-party package
would register its own, so the mechanism is exercised on every run. An entry point names a
class (``pkg.module:Class``) built as ``Class(supported_language=lang)``.
"""

from __future__ import annotations

import logging
from importlib.metadata import entry_points

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer

from pii_scanner.detect.options import CustomRecognizerSpec
from pii_scanner.errors import ConfigError

GROUP = "pii_scanner.recognizers"
log = logging.getLogger(__name__)


def recognizer_classes() -> dict[str, type]:
    """Entry-point name -> recognizer class, for every installed recognizer."""
    found = {}
    for ep in entry_points(group=GROUP):
        try:
            cls = ep.load()
        except Exception as exc:  # a broken plug-in must not stop the scanner
            log.warning("recognizer entry point %s failed to load: %s", ep.name, type(exc).__name__)
            continue
        if isinstance(cls, type) and issubclass(cls, EntityRecognizer):
            found[ep.name] = cls
        else:
            log.warning("recognizer entry point %s is not an EntityRecognizer class", ep.name)
    return found


def build(cls: type, language: str) -> EntityRecognizer:
    """Instantiate ``cls`` for ``language`` (Presidio recognizers take supported_language)."""
    try:
        return cls(supported_language=language)
    except TypeError:
        recognizer = cls()
        recognizer.supported_language = language
        return recognizer


def custom_recognizer(spec: CustomRecognizerSpec, language: str) -> PatternRecognizer:
    """A Presidio PatternRecognizer for one ``[[detect.custom]]`` entry."""
    patterns = [Pattern(name=f"custom{i}", regex=expr, score=score)
                for i, (expr, score) in enumerate(spec.patterns)]
    try:
        return PatternRecognizer(supported_entity=spec.entity, name=spec.name or f"custom:{spec.entity}",
                                 patterns=patterns or None, deny_list=list(spec.deny_list) or None,
                                 context=list(spec.context) or None, supported_language=language)
    except ValueError as exc:
        raise ConfigError(f"detect.custom.{spec.entity}: {exc}") from None
